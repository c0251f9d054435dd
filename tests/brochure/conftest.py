"""A mission with a city and three delegation firms whose profiles fill the brochure."""

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from gyoryu.classification.models import CodeEntry
from gyoryu.organizations import domain
from tests.factories import (
    DelegationEntryFactory,
    IndustryCodeFactory,
    MissionFactory,
    OrganisationFactory,
    PersonFactory,
    StopFactory,
)

LONG_KO = " ".join(["정밀 가공 부품과 복합소재 성형, 표면 처리까지 한 공장에서 일관 생산합니다."] * 40)
LONG_EN = " ".join(
    ["Precision machined parts, composite moulding and surface finishing under one roof."] * 40
)


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (400, 160), (11, 92, 173)).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def mission(db):
    m = MissionFactory(
        title_ko="2027 창원시 미국 경제협력 대표단",
        title_en="Changwon 2027 Economic Mission",
        purpose_ko="지역 제조기업 3개사와 함께 실리콘밸리를 방문합니다.",
        purpose_en="Three local manufacturers visit Silicon Valley.",
    )
    import datetime as dt

    StopFactory(
        mission=m,
        order=1,
        city_ko="새너제이",
        city_en="San Jose",
        start_date=dt.date(2027, 3, 8),
        end_date=dt.date(2027, 3, 10),
    )
    StopFactory(
        mission=m,
        order=2,
        city_ko="시애틀",
        city_en="Seattle",
        start_date=dt.date(2027, 3, 11),
        end_date=dt.date(2027, 3, 13),
    )
    city = OrganisationFactory(
        organiser=m.organiser,
        kind="city_government",
        name_ko="창원특례시",
        name_en="Changwon Special City",
        description_ko="국내 대표 기계 산업 도시",
        description_en="Korea's machinery hub",
    )
    DelegationEntryFactory(mission=m, organisation=city)
    CodeEntry.objects.create(
        scheme="ksic", code="30310", name_ko="항공기용 부품 제조업", name_en="Manufacture of aircraft parts"
    )
    firms = []
    for n, (ko, en) in enumerate(
        (("(주)세진에어로텍", "Sejin Aerotech"), ("(주)바이탈밴드", "VitalBand"), ("세라카본", "CeraCarbon"))
    ):
        org = OrganisationFactory(
            organiser=m.organiser,
            name_ko=ko,
            name_en=en,
            city="창원",
            region="경상남도",
            description_ko=f"{ko} 소개",
            description_en=f"About {en}",
            offers_ko=LONG_KO if n == 0 else f"{ko}의 제품",
            offers_en=LONG_EN if n == 0 else f"{en} products",
            seeks_ko=f"{ko}가 찾는 바이어",
            seeks_en=f"Buyers for {en}",
            export_markets_ko="미국, 독일",
            export_markets_en="USA, Germany",
            certifications=["AS9100D", "ISO 9001"] if n == 0 else [],
            employees=40 + n,
            founded=2001 + n,
        )
        IndustryCodeFactory(organisation=org, scheme="KSIC", code="30310")
        IndustryCodeFactory(organisation=org, scheme="NAICS", code="336413")  # no table: the bare code
        entry = DelegationEntryFactory(mission=m, organisation=org)
        entry.travellers.add(
            PersonFactory(
                organisation=org,
                name_ko=f"김대표{n}",
                name_en=f"Kim CEO{n}",
                title_ko="대표이사",
                title_en="CEO",
                email=f"ceo{n}@example.org",
                phone=f"+82-55-000-000{n}",
            )
        )
        firms.append(org)
    domain.set_logo(organisation=firms[0], content=_png())
    m.firms = firms
    m.city = city
    return m


def pdf_pages(data: bytes, tmp_path: Path) -> list[str]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext missing: apt-get install poppler-utils")
    path = tmp_path / "b.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


def word_boxes(data: bytes, tmp_path: Path) -> list[tuple[float, float, float, float, float]]:
    """(page width, xMin, xMax, yMax, page height) of every word, from pdftotext -bbox."""
    import re

    path = tmp_path / "bbox.pdf"
    path.write_bytes(data)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    boxes = []
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S):
        width, height = float(page[1]), float(page[2])
        for w in re.finditer(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)"', page[3]):
            boxes.append((width, float(w[1]), float(w[2]), float(w[3]), height))
    return boxes
