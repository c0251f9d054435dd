import io

import pytest
from openpyxl import Workbook, load_workbook

from gyoryu.organizations import transfer
from gyoryu.organizations.models import Organisation, Person
from tests.factories import OrganisationFactory, OrganiserFactory

pytestmark = pytest.mark.django_db

GOOD = (
    "kind,name_ko,name_en,country,city,employees,offers_ko,offers_en,certifications,languages,codes\n"
    "company,대한정밀,Daehan Precision,kr,Changwon,85,항공기 엔진 부품 정밀 가공,Machined engine parts,"
    '"AS9100, ISO 9001","ko, en",KSIC 30310\n'
    "company,,Cascade Aero,US,Everett,,,,,en,NAICS 336413\n"
)


def _import(organiser, text, kind="organisations", name="orgs.csv", encoding="utf-8"):
    return transfer.import_file(organiser=organiser, kind=kind, name=name, content=text.encode(encoding))


def test_import_twice_creates_no_duplicates():
    organiser = OrganiserFactory()
    first = _import(organiser, GOOD)
    assert (first.ok, first.created, first.updated) == (True, 2, 0)
    again = _import(organiser, GOOD)
    assert (again.ok, again.created, again.updated, again.unchanged) == (True, 0, 0, 2)
    assert Organisation.objects.filter(organiser=organiser).count() == 2
    daehan = Organisation.objects.get(name_en="Daehan Precision")
    assert daehan.country == "KR" and daehan.certifications == ["AS9100", "ISO 9001"]
    assert daehan.languages == ["ko", "en"] and daehan.employees == 85
    assert list(daehan.codes.values_list("scheme", "code")) == [("KSIC", "30310")]


def test_a_file_with_any_bad_row_imports_nothing_and_lists_every_problem():
    organiser = OrganiserFactory()
    bad = GOOD + (
        "factory,나쁜회사,,KOR,,-3,,,,,KSIC 9\ncompany,,,US,,,,,,,\ncompany,,Cascade Aero,US,,,,,,,\n"
    )
    result = _import(organiser, bad)
    assert not result.ok
    assert [str(p) for p in result.problems] == [
        "row 4, column kind: Select a valid choice. factory is not one of the available choices.",
        "row 4, column country: Use a two-letter ISO country code such as KR or US.",
        "row 4, column employees: Ensure this value is greater than or equal to 0.",
        "row 4, column codes: “9” is not a valid KSIC code.",
        "row 5, column name_en: Give a name in Korean or English (or both).",
        "row 6, column name_en: same organisation as row 3",
    ]
    assert Organisation.objects.count() == 0


def test_unknown_columns_and_broken_files_are_reported():
    organiser = OrganiserFactory()
    result = _import(organiser, "name_en,country,colour\nX,KR,red\n")
    assert [str(p) for p in result.problems] == [
        "row 1, column colour: unknown column (known: " + ", ".join(transfer.ORG_COLUMNS) + ")"
    ]
    assert [str(p) for p in _import(organiser, "", name="x.csv").problems] == [
        "row 0, column -: The file is empty: the first row must name the columns."
    ]
    assert [str(p) for p in _import(organiser, "a", name="x.pdf").problems] == [
        "row 0, column -: Unsupported file type: use .csv or .xlsx."
    ]
    broken = transfer.import_file(organiser=organiser, kind="organisations", name="x.xlsx", content=b"nope")
    assert broken.problems[0].message.startswith("The XLSX file cannot be read")


def test_korean_excel_csv_in_cp949_is_read():
    organiser = OrganiserFactory()
    result = _import(organiser, "name_ko,country\n창원정밀,KR\n", encoding="cp949")
    assert result.ok and Organisation.objects.get().name_ko == "창원정밀"


def test_xlsx_round_trip_and_people_import():
    organiser = OrganiserFactory()
    assert _import(organiser, GOOD).ok
    data = transfer.export_bytes(organiser=organiser, kind="organisations", fmt="xlsx")
    rows = list(load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True))
    assert rows[0] == tuple(transfer.ORG_COLUMNS)
    again = transfer.import_file(organiser=organiser, kind="organisations", name="o.xlsx", content=data)
    assert (again.ok, again.created, again.unchanged) == (True, 0, 2)

    book = Workbook()
    book.active.append(
        ["name_ko", "name_en", "organisation", "email", "languages", "consent_date", "consent_scope"]
    )
    book.active.append(
        ["김민준", "Minjun Kim", "Daehan Precision", "mj@daehan.example", "ko, en", "2027-01-15", "contact"]
    )
    book.active.append(["", "Nobody", "No Such Org", "", "", "", ""])
    out = io.BytesIO()
    book.save(out)
    result = transfer.import_file(organiser=organiser, kind="people", name="p.xlsx", content=out.getvalue())
    assert [str(p) for p in result.problems] == [
        "row 3, column organisation: no organisation named “No Such Org”"
    ]
    assert Person.objects.count() == 0


def test_people_import_is_idempotent_by_email():
    organiser = OrganiserFactory()
    OrganisationFactory(organiser=organiser, name_en="Daehan Precision")
    text = "name_en,organisation,email,languages\nMinjun Kim,Daehan Precision,mj@x.example,ko\n"
    assert _import(organiser, text, kind="people").created == 1
    assert _import(organiser, text, kind="people").updated == 1
    assert Person.objects.get().organisation.name_en == "Daehan Precision"


def test_export_csv_opens_in_excel_and_lists_only_this_organiser():
    organiser = OrganiserFactory()
    OrganisationFactory(organiser=organiser, name_en="Mine", name_ko="우리")
    OrganisationFactory(name_en="Theirs")
    data = transfer.export_bytes(organiser=organiser, kind="organisations", fmt="csv")
    assert data.startswith("\ufeff".encode())
    lines = data.decode("utf-8-sig").splitlines()
    assert len(lines) == 2 and lines[1].startswith("company,우리,Mine,KR")


def test_cli_import_and_export(tmp_path, capsys):
    from gyoryu.cli import main

    OrganiserFactory(slug="cw")
    src = tmp_path / "orgs.csv"
    src.write_text(GOOD, encoding="utf-8")
    assert main(["import", "organisations", str(src)]) == 0
    assert capsys.readouterr().out == f"{src}: 2 created, 0 updated, 0 unchanged\n"
    bad = tmp_path / "bad.csv"
    bad.write_text("name_en,country\nX,Korea\n", encoding="utf-8")
    assert main(["import", "organisations", str(bad)]) == 1
    assert "row 2, column country: Use a two-letter ISO country code" in capsys.readouterr().err
    out = tmp_path / "out.xlsx"
    assert main(["export", "organisations", str(out)]) == 0
    assert capsys.readouterr().out == f"{out}: 2 rows\n"
