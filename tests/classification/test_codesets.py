"""Parsers of the official code files: exact records, and errors that name the file and line."""

from __future__ import annotations

import pytest

from gyoryu.classification.codesets import (
    CodesetError,
    load_hs,
    load_isic,
    load_ksic,
    load_ksic_notes,
    load_naics,
    load_naics_isic,
    load_tables,
)


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_ksic_records(tmp_path):
    path = write(
        tmp_path,
        "k.csv",
        "code,level,section,name_ko,name_en\n30,2,C,자동차 제조업,Manufacture of cars\n303,3,C,부품,Parts\n",
    )
    records = load_ksic(path)
    assert [(r.code, r.level, r.parent, r.name_ko) for r in records] == [
        ("30", 2, "", "자동차 제조업"),
        ("303", 3, "30", "부품"),
    ]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("", 1, "empty file"),
        ("code,name_ko\n", 1, "header lacks column(s) name_en"),
        ("code,level,section,name_ko,name_en\n30,2,C,a,b\n3x3,3,C,a,b\n", 3, "bad code '3x3'"),
        ("code,level,section,name_ko,name_en\n303,4,C,a,b\n", 2, "level 4 does not match code 303"),
        ("code,level,section,name_ko,name_en\n303,3\n", 2, "2 columns, expected 5"),
    ],
)
def test_ksic_errors_name_file_and_line(tmp_path, text, line, message):
    path = write(tmp_path, "ksic.csv", text)
    with pytest.raises(CodesetError) as info:
        load_ksic(path)
    assert info.value.line == line
    assert str(info.value).startswith(f"{path}, line {line}: {message}")


def test_missing_file(tmp_path):
    with pytest.raises(CodesetError, match="cannot open"):
        load_isic(tmp_path / "nope.csv")


def test_notes_errors(tmp_path):
    path = write(tmp_path, "n.jsonl", '{"code": "01", "examples": ["벼"]}\n\n{oops\n')
    with pytest.raises(CodesetError) as info:
        load_ksic_notes(path)
    assert info.value.line == 3 and "invalid JSON" in str(info.value)
    ok = write(
        tmp_path, "ok.jsonl", '{"code": "01110", "definition": "d", "examples": ["벼"], "exclusions": []}\n'
    )
    assert load_ksic_notes(ok)[0].examples == ("벼",)


def test_naics_hs_concordance(tmp_path):
    naics = write(
        tmp_path, "n.csv", 'Code,Title,Description\n111,"Crop ProductionT","grow"\n111110,Soybean Farming,x\n'
    )
    assert [(r.code, r.name_en, r.parent) for r in load_naics(naics)] == [
        ("111", "Crop Production", "11"),
        ("111110", "Soybean Farming", "11111"),
    ]
    hs = write(tmp_path, "h.csv", 'code,parent,text\nTOTAL,#,Total\n0101,01,"0101 - Horses; live"\n')
    assert [(r.code, r.name_en, r.parent) for r in load_hs(hs)] == [("0101", "Horses; live", "01")]
    conc = write(tmp_path, "c.csv", "a,b,c,d,e,f,g\n,0,Multiple,,9810,x,y\n*,111110,Soy,*,111,Cereals,\n")
    links = load_naics_isic(conc)
    assert [(x.source_code, x.target_code, x.partial) for x in links] == [("111110", "0111", True)]


@pytest.mark.shared_data
def test_official_files_parse(shared_data):
    tables = load_tables(shared_data / "reference")
    assert (len(tables.ksic), len(tables.ksic_notes), len(tables.isic)) == (2017, 1975, 766)
    assert (len(tables.naics), len(tables.naics_isic), len(tables.hs)) == (2125, 1653, 6939)
    car = next(r for r in tables.ksic if r.code == "30")
    assert car.name_en.startswith("Manufacture of motor vehicles")
