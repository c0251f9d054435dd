"""`gyoryu import codes ...` into the database, and code suggestions from the imported tables."""

import pytest

from gyoryu.classification import domain
from gyoryu.classification.codesets import CodesetError
from gyoryu.classification.models import CodeEntry, CodeLink
from gyoryu.classification.queries import code_tables

pytestmark = pytest.mark.django_db

SMALL_KSIC = (
    "code,level,section,name_ko,name_en\n"
    "C,1,C,제조업,Manufacturing\n"
    "31,2,C,기타 운송장비 제조업,Manufacture of other transport equipment\n"
    "313,3,C,항공기 우주선 및 부품 제조업,Manufacture of aircraft spacecraft and parts\n"
    "3132,4,C,항공기용 엔진 및 부품 제조업,Manufacture of aircraft engines and parts\n"
    "31322,5,C,항공기용 부품 제조업,Manufacture of parts for aircraft\n"
)


def test_import_is_idempotent_and_feeds_the_tables(tmp_path):
    path = tmp_path / "ksic.csv"
    path.write_text(SMALL_KSIC, encoding="utf-8")
    first = domain.import_code_file(scheme="ksic", path=path)
    assert (first.rows, first.created) == (5, 5)
    again = domain.import_code_file(scheme="ksic", path=path)
    assert (again.rows, again.created) == (5, 0)
    entry = CodeEntry.objects.get(scheme="ksic", code="31322")
    assert (entry.level, entry.name_ko, entry.name_en) == (
        5,
        "항공기용 부품 제조업",
        "Manufacture of parts for aircraft",
    )
    assert [r.code for r in code_tables().ksic] == ["31", "313", "3132", "31322", "C"]


def test_malformed_file_names_the_line_and_imports_nothing(tmp_path):
    path = tmp_path / "ksic.csv"
    path.write_text(SMALL_KSIC + "3X1,3,C,잘못,Bad\n", encoding="utf-8")
    with pytest.raises(CodesetError, match=r"ksic.csv, line 7: bad code '3X1'"):
        domain.import_code_file(scheme="ksic", path=path)
    assert CodeEntry.objects.count() == 0


def test_cli_imports_the_official_files(shared_data, capsys):
    from gyoryu.cli import main

    ref = shared_data / "reference"
    assert main(["import", "codes", "ksic", str(ref / "ksic11_codes.csv")]) == 0
    assert main(["import", "codes", "ksic-notes", str(ref / "ksic11_notes.jsonl")]) == 0
    assert main(["import", "codes", "isic", str(ref / "isic4_codes.csv")]) == 0
    assert main(["import", "codes", "naics-isic", str(ref / "naics2017_to_isic4.csv")]) == 0
    out = capsys.readouterr().out
    assert "ksic11_codes.csv: 2017 ksic rows read, 2017 new" in out
    assert CodeEntry.objects.filter(scheme="ksic").count() == 2017
    assert CodeEntry.objects.exclude(definition="").filter(scheme="ksic").count() > 1000
    assert CodeLink.objects.filter(source_scheme="naics", target_scheme="isic").count() > 1000
    with pytest.raises(SystemExit, match="nothing imported: .*naics2022_codes.csv, line 1: header lacks"):
        main(["import", "codes", "ksic", str(ref / "naics2022_codes.csv")])
