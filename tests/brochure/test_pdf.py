"""The brochure PDF read back: a cover, then one page (or more) per firm with its profile, in ko and en."""

import pytest

from gyoryu.brochure.pdf import brochure_pdf
from gyoryu.brochure.queries import brochure, date_range
from gyoryu.cli import main
from tests.brochure.conftest import pdf_pages, word_boxes

pytestmark = pytest.mark.django_db


def _firm_pages(pages: list[str], names: list[str]) -> dict[str, str]:
    """The text of each firm's page(s): from the page its name heads to the next firm's."""
    starts = [next(i for i, p in enumerate(pages) if p.lstrip().startswith(n)) for n in names]
    ends = [*starts[1:], len(pages)]
    return {n: "\n".join(pages[s:e]) for n, s, e in zip(names, starts, ends, strict=True)}


def test_english_brochure_has_a_cover_and_a_page_per_firm(mission, tmp_path):
    pages = pdf_pages(brochure_pdf(brochure(mission=mission, lang="en")), tmp_path)
    cover = pages[0]
    for text in (
        "Delegation brochure",
        "Changwon 2027 Economic Mission",
        "Changwon Special City",
        "Korea's machinery hub",
        "Three local manufacturers visit Silicon Valley.",
        "San Jose, US",
        "8–10 Mar 2027",
        "Seattle, US",
        "11–13 Mar 2027",
        "Sejin Aerotech – Company",
    ):
        assert text in cover, text
    firms = _firm_pages(pages, ["Sejin Aerotech", "VitalBand", "CeraCarbon"])
    assert len(pages) >= 5  # the long profile flows on to a second page
    for n, (name, text) in enumerate(firms.items()):
        flat = " ".join(text.split())
        assert f"About {name}" in flat
        assert "KSIC 30310 – Manufacture of aircraft parts" in flat
        assert "NAICS 336413" in flat and "NAICS 336413 –" not in flat  # no table: the bare code
        assert "Export markets USA, Germany" in flat
        assert f"What it seeks Buyers for {name}" in flat
        assert f"Kim CEO{n}, CEO" in flat and f"ceo{n}@example.org · +82-55-000-000{n}" in flat
        assert f"Employees {40 + n} · Founded {2001 + n}" in flat
    assert "Sejin Aerotech (주)세진에어로텍 Company · KR" in " ".join(firms["Sejin Aerotech"].split())
    assert "Certifications AS9100D, ISO 9001" in " ".join(firms["Sejin Aerotech"].split())
    assert "Certifications" not in firms["VitalBand"]
    assert " ".join(firms["Sejin Aerotech"].split()).count("under one roof.") == 40
    assert "VitalBand products" in firms["VitalBand"] and "VitalBand products" not in firms["CeraCarbon"]


def test_korean_brochure_in_korean_glyphs_and_nothing_off_the_page(mission, tmp_path):
    data = brochure_pdf(brochure(mission=mission, lang="ko"))
    pages = pdf_pages(data, tmp_path)
    cover = " ".join(pages[0].split())
    for text in (
        "대표단 소개 책자",
        "2027 창원시 미국 경제협력 대표단",
        "창원특례시",
        "새너제이, US",
        "2027년 3월 8일 – 3월 10일",
        "(주)세진에어로텍 – 기업",
    ):
        assert text in cover, text
    firms = _firm_pages(pages, ["(주)세진에어로텍", "(주)바이탈밴드", "세라카본"])
    for n, (name, text) in enumerate(firms.items()):
        flat = " ".join(text.split())
        assert f"{name} 소개" in flat
        assert "KSIC 30310 – 항공기용 부품 제조업" in flat
        assert "수출 시장 미국, 독일" in flat
        assert "기업 · 창원, 경상남도, KR" in flat
        assert f"김대표{n}, 대표이사" in flat
    # every word inside the page's printable width and above its footer
    boxes = word_boxes(data, tmp_path)
    assert len(boxes) > 500
    assert max(x_max - width for width, _x0, x_max, _y, _h in boxes) < -40
    assert min(x_min for _w, x_min, _x1, _y, _h in boxes) > 40


def test_cli_writes_the_pdf(mission, tmp_path, capsys):
    out = tmp_path / "brochure-ko.pdf"
    assert main(["brochure", str(mission.pk), "--lang", "ko", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "4 sections" in capsys.readouterr().err
    assert main(["brochure", "999999", "--lang", "en", "-o", str(out)]) == 2
    assert "no mission 999999" in capsys.readouterr().err


def test_cli_makes_it_as_an_account_may(mission, tmp_path, capsys):
    from gyoryu.accounts.models import Role
    from tests.factories import MembershipFactory, OrganiserFactory

    out = tmp_path / "brochure.pdf"
    other = MembershipFactory(organiser=OrganiserFactory(), role=Role.STAFF).user
    own = MembershipFactory(organiser=mission.organiser, role=Role.STAFF).user
    argv = ["brochure", str(mission.pk), "--lang", "en", "-o", str(out), "--user"]
    assert main([*argv, other.username]) == 2
    assert f"no mission {mission.pk} visible to this account" in capsys.readouterr().err
    assert not out.exists()
    assert main([*argv, own.username]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_date_ranges_in_both_languages():
    import datetime as dt

    d = dt.date
    assert date_range(d(2027, 3, 8), d(2027, 3, 10), "en") == "8–10 Mar 2027"
    assert date_range(d(2027, 3, 30), d(2027, 4, 2), "en") == "30 Mar – 2 Apr 2027"
    assert date_range(d(2027, 12, 30), d(2028, 1, 2), "en") == "30 Dec 2027 – 2 Jan 2028"
    assert date_range(d(2027, 3, 8), d(2027, 3, 8), "ko") == "2027년 3월 8일"
    assert date_range(d(2027, 12, 30), d(2028, 1, 2), "ko") == "2027년 12월 30일 – 2028년 1월 2일"
