"""XLSX read back by a second library (python-calamine): numbers, formats and totals equal the database's;
PDF text and fonts checked with poppler; CSV of every meeting; formula injection neutralised."""

import csv
import datetime as dt
import io
import subprocess
import zipfile
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from gyoryu.reports import exporters, queries, report
from gyoryu.reports.filters import Filters
from tests.reports.conftest import TODAY

pytestmark = pytest.mark.django_db
D = Decimal


def build(results, lang="en", user=None, firm=None):
    user = user or results.staff
    mission, firms = queries.report_mission(user, results.a.pk)
    return report.build(user=user, mission=mission, firms=firms, lang=lang, today=TODAY, firm=firm)


def sheets(data: bytes) -> dict[str, list[list]]:
    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def table(rows: list[list]) -> tuple[list, list[list], list]:
    """header, data rows, totals row of a report sheet (header on the fourth row)."""
    header, body = rows[3], [r for r in rows[4:] if any(v != "" for v in r)]
    return header, body[:-1], body[-1]


def test_xlsx_has_one_sheet_per_table_and_totals_equal_the_database(results):
    data = exporters.render(build(results), "xlsx")
    book = sheets(data)
    assert list(book) == [
        "Summary", "Amounts without a conversion ra", "Results by delegation firm", "Results by partner country",
        "Results by partner", "Results by stop", "Results by day", "Results by industry",
        "Notable deals and MoUs", "Follow-up status", "Conversion funnel", "Leads by stage",
        "Meetings and outcomes",
    ]
    header, rows, total = table(book["Results by delegation firm"])
    col = {h: i for i, h in enumerate(header)}
    usd = col["Consultation amount (USD)"]
    assert [r[0] for r in rows] == ["Daegu Motors", "Busan Optics", "Idle Co"]
    assert [r[usd] for r in rows] == [101333.32, 0.0, 0.0]  # numbers, not text
    assert total[0] == "Total"
    for name in ("Consultation amount", "Contract promotion amount", "On-site contract amount", "Exports"):
        i, k = col[f"{name} (USD)"], col[f"{name} (KRW)"]
        assert D(str(total[i])) == sum(D(str(r[i])) for r in rows)  # the totals row is the sum of its rows
        assert D(str(total[k])) == sum(D(str(r[k])) for r in rows)
    # and equals the database's, summed independently in test_kpi: 101,333.32 USD / 139,840,112 KRW etc.
    assert [D(str(total[col[f"{n} (USD)"]])).quantize(D("0.01")) for n in
            ("Consultation amount", "Contract promotion amount", "On-site contract amount", "Exports")] == [
        D("101333.32"), D("60000.00"), D("32400.00"), D("21600.00")
    ]
    assert total[col["Consultation amount (KRW)"]] == 139840112
    assert (total[col["Consultations"]], total[col["MoUs signed"]], total[col["Meetings requested"]]) == (4, 2, 8)
    header, rows, total = table(book["Meetings and outcomes"])
    col = {h: i for i, h in enumerate(header)}
    assert len(rows) == 8 and total[col["Consultation"]] == 4
    missing = book["Amounts without a conversion ra"]
    assert missing[4][:3] == ["JPY", 1, 5000000.0]


def test_xlsx_formats_frozen_header_and_no_formulas(results):
    data = exporters.render(build(results, lang="ko"), "xlsx")
    book = load_workbook(io.BytesIO(data))
    sheet = book["기업별 성과"] if "기업별 성과" in book.sheetnames else book.worksheets[2]
    assert sheet.freeze_panes == "B5"
    header = [c.value for c in sheet[4]]
    usd_col = next(i for i, h in enumerate(header, start=1) if h and h.endswith("(USD)"))
    krw_col = usd_col + 1
    assert sheet.cell(row=5, column=usd_col).number_format == "#,##0.00"
    assert sheet.cell(row=5, column=krw_col).number_format == "#,##0"
    archive = zipfile.ZipFile(io.BytesIO(data))
    xml = "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/"))
    assert "<f>" not in xml
    deals = sheets(data)[book.sheetnames[8]]
    assert '=HYPERLINK("http://evil.example")' in [v for row in deals for v in row]  # text, as typed


def test_csv_lists_every_meeting_with_outcomes_and_neutralises_formulas(results):
    data = exporters.render(build(results), "csv")
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    col = {h: i for i, h in enumerate(header)}
    assert len(body) == 8
    assert sum(D(r[col["Consultation amount (USD)"]] or "0") for r in body) == D("101333.32")
    first = next(r for r in body if r[col["Meeting no."]] == str(results.m[1].pk))
    assert first[col["Products discussed"]] == "'=HYPERLINK(\"http://evil.example\")"
    assert (first[col["Consultation amount"]], first[col["Currency"]]) == ("1234.56", "EUR")
    third = next(r for r in body if r[col["Meeting no."]] == str(results.m[3].pk))
    assert third[col["Without a rate"]] == "5000000.00 JPY"


def _pdftext(data: bytes, tmp_path) -> str:
    path = tmp_path / "r.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("lang,words", [("ko", ["사절단 A", "대구모터스", "101,333.32", "₩139,840,112"]),
                                        ("en", ["Mission A", "Daegu Motors", "101,333.32", "Conversion funnel"])])
def test_pdf_has_the_figures_in_both_languages_with_the_font_embedded(results, tmp_path, lang, words):
    data = exporters.render(build(results, lang=lang), "pdf")
    text = _pdftext(data, tmp_path)
    for word in words:
        assert word in text
    path = tmp_path / "r.pdf"
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "NanumGothic" in fonts and " no " not in fonts.split("\n", 2)[2].replace("yes no", "")


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("ko", "조건: 방문지: 2. 시애틀, 참가기업: 대구모터스, 상대국: DE, 기간: 2027-03-01 – …"),
        ("en", "Filtered: Stop: 2. Seattle, Delegation firm: Daegu Motors, Partner country: DE, Period: 2027-03-01 – …"),
    ],
)
def test_the_pdf_names_its_filters_in_the_readers_language(results, tmp_path, lang, line):
    stop = results.a.stops.get(order=2)
    filters = Filters(stop=stop.pk, firm=results.firm1.pk, country="DE", date_from=dt.date(2027, 3, 1))
    mission, firms = queries.report_mission(results.staff, results.a.pk)
    rep = report.build(user=results.staff, mission=mission, firms=firms, lang=lang, today=TODAY, filters=filters)
    text = " ".join(_pdftext(exporters.render(rep, "pdf"), tmp_path).split())
    assert line in text
    assert "stop=" not in text and "firm=" not in text


def test_the_firm_sheet_is_one_page(results, tmp_path):
    data = exporters.render(build(results, lang="ko", firm=results.firm1), "pdf")
    path = tmp_path / "f.pdf"
    path.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info
    text = _pdftext(data, tmp_path)
    assert "대구모터스" in text and "부산광학" not in text
