"""Agenda exporters: .ics that calendars import and update in place, A4 PDFs with real Hangul glyphs."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from gyoryu.agendas.outputs.agenda import Agenda, AgendaItem
from gyoryu.agendas.outputs.ics import agenda_to_ics
from gyoryu.agendas.outputs.pdf import (
    FontMissing,
    agenda_to_pdf,
    font_path,
    interpreter_day_pdf,
    table_plan_pdf,
)
from gyoryu.common import pdffonts

LA = ZoneInfo("America/Los_Angeles")
SEOUL = ZoneInfo("Asia/Seoul")
STAMP = datetime(2025, 9, 1, 12, 0, tzinfo=UTC)


def _item(n, start, *, minutes=30, tz="America/Los_Angeles", **kw):
    defaults = dict(
        uid=f"meeting-{n}@gyoryu",
        sequence=1,
        start=start,
        end=start + timedelta(minutes=minutes),
        tz=tz,
        title_ko="(주)세진에어로텍 – 보잉",
        title_en="Sejin Aerotech – Boeing",
        place_ko="레드먼드 시청, Council room",
        place_en="Redmond City Hall, Council room",
        address="15670 NE 85th St, Redmond, WA 98052",
        with_ko="보잉 · 존 스미스 구매 담당 부사장",
        with_en="Boeing · John Smith, VP Procurement",
        interpreter="Shin Ah-rim (ko-en)",
    )
    defaults.update(kw)
    return AgendaItem(**defaults)


def _agenda(version=1, items=None):
    items = items or (
        # given in UTC on purpose: exporters must show the stop's own zone
        _item(42, datetime(2025, 10, 14, 16, 0, tzinfo=UTC)),  # 09:00 PDT
        _item(
            43,
            datetime(2025, 10, 14, 10, 30, tzinfo=LA),
            title_ko="(주)대경정밀 – 마이크로소프트",
            title_en="Daegyeong Precision – Microsoft",
            place_ko="레드먼드 시청, 2번 테이블",
            place_en="Redmond City Hall, Table 2",
            interpreter="",
        ),
        _item(
            44,
            datetime(2025, 10, 16, 14, 0, tzinfo=SEOUL),
            tz="Asia/Seoul",
            title_ko="(주)세진에어로텍 – 대구시청 보고회",
            title_en="Sejin Aerotech – Daegu City debrief",
            place_ko="대구시청, 대회의실",
            place_en="Daegu City Hall, Main hall",
            address="",
            notes_ko="귀국 후 결과 보고",
            notes_en="Debrief after return",
        ),
    )
    return Agenda(
        owner_ko="(주)세진에어로텍",
        owner_en="Sejin Aerotech",
        mission_ko="2025 대구 북미 경제사절단",
        mission_en="2025 Daegu North America trade mission",
        version=version,
        items=tuple(dataclasses.replace(i, sequence=version) for i in items),
    )


def _events(data: bytes):
    cal = Calendar.from_ical(data)
    return cal, {str(e["UID"]): e for e in cal.walk("VEVENT")}


# --- ICS ----------------------------------------------------------------------------------------------


def test_ics_events_uids_sequence_zone_and_korean():
    data = agenda_to_ics(_agenda(), lang="ko", stamp=STAMP)
    cal, events = _events(data)
    assert str(cal["METHOD"]) == "PUBLISH"
    assert str(cal["X-WR-CALNAME"]) == "2025 대구 북미 경제사절단 – (주)세진에어로텍"
    assert list(events) == ["meeting-42@gyoryu", "meeting-43@gyoryu", "meeting-44@gyoryu"]
    e = events["meeting-42@gyoryu"]
    assert int(e["SEQUENCE"]) == 1
    assert str(e["SUMMARY"]) == "(주)세진에어로텍 – 보잉"
    assert str(e["LOCATION"]) == "레드먼드 시청, Council room, 15670 NE 85th St, Redmond, WA 98052"
    assert "통역: Shin Ah-rim (ko-en)" in str(e["DESCRIPTION"])
    assert str(e["STATUS"]) == "CONFIRMED"
    assert e["DTSTAMP"].dt == STAMP
    start, end = e["DTSTART"], e["DTEND"]
    assert start.params["TZID"] == "America/Los_Angeles"
    assert start.dt == datetime(2025, 10, 14, 9, 0, tzinfo=LA)
    assert (start.dt.hour, start.dt.minute, end.dt.hour, end.dt.minute) == (9, 0, 9, 30)
    assert b"DTSTART;TZID=America/Los_Angeles:20251014T090000\r\n" in data
    seoul = events["meeting-44@gyoryu"]["DTSTART"]
    assert seoul.params["TZID"] == "Asia/Seoul" and seoul.dt.hour == 14
    # a VTIMEZONE for every TZID used, so Outlook and Apple Calendar read the zones
    assert {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")} == {"America/Los_Angeles", "Asia/Seoul"}


def test_ics_english():
    _, events = _events(agenda_to_ics(_agenda(), lang="en", stamp=STAMP))
    e = events["meeting-44@gyoryu"]
    assert str(e["SUMMARY"]) == "Sejin Aerotech – Daegu City debrief"
    assert str(e["LOCATION"]) == "Daegu City Hall, Main hall"
    assert "Notes: Debrief after return" in str(e["DESCRIPTION"])


def test_ics_version_2_keeps_uids_and_cancels_removed_meetings():
    v1 = _agenda(1)
    kept, moved, dropped = v1.items
    v2 = _agenda(
        2,
        (
            kept,
            dataclasses.replace(
                moved, start=moved.start + timedelta(hours=1), end=moved.end + timedelta(hours=1)
            ),
            dataclasses.replace(dropped, cancelled=True),
        ),
    )
    _, e1 = _events(agenda_to_ics(v1, stamp=STAMP))
    _, e2 = _events(agenda_to_ics(v2, stamp=STAMP + timedelta(days=1)))
    assert list(e2) == list(e1)
    assert {int(e["SEQUENCE"]) for e in e2.values()} == {2}
    assert e2["meeting-43@gyoryu"]["DTSTART"].dt == datetime(2025, 10, 14, 11, 30, tzinfo=LA)
    assert str(e2["meeting-44@gyoryu"]["STATUS"]) == "CANCELLED"
    assert str(e2["meeting-42@gyoryu"]["STATUS"]) == "CONFIRMED"


def test_ics_lines_folded_at_75_octets_without_splitting_hangul():
    long_ko = "참석자: " + ", ".join(f"김민지{i} 부장" for i in range(30))
    agenda = _agenda(items=(_item(1, datetime(2025, 10, 14, 9, tzinfo=LA), with_ko=long_ko),))
    data = agenda_to_ics(agenda, stamp=STAMP)
    lines = data.split(b"\r\n")
    assert len(lines) > 20
    for line in lines:
        assert len(line) <= 75, line
        line.decode("utf-8")  # a fold never cuts a character in half
    _, events = _events(data)
    assert long_ko in str(events["meeting-1@gyoryu"]["DESCRIPTION"])


def test_ics_is_reproducible_and_rejects_bad_input():
    assert agenda_to_ics(_agenda(), stamp=STAMP) == agenda_to_ics(_agenda(), stamp=STAMP)
    with pytest.raises(ValueError, match="lang"):
        agenda_to_ics(_agenda(), lang="ja")
    with pytest.raises(ValueError, match="timezone-aware"):
        _item(1, datetime(2025, 10, 14, 9))


def test_ics_empty_agenda():
    cal, events = _events(agenda_to_ics(dataclasses.replace(_agenda(), items=()), stamp=STAMP))
    assert events == {} and str(cal["METHOD"]) == "PUBLISH"


# --- PDF ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def font():
    try:
        return font_path()
    except FontMissing as exc:
        pytest.skip(f"NO KOREAN FONT, PDF tests skipped: {exc}")


def _text(data: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext missing: apt-get install poppler-utils to check the PDF's text")
    path = tmp_path / "a.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True, timeout=30
    ).stdout


def test_font_missing_is_clear(tmp_path):
    with pytest.raises(FontMissing, match="install fonts-nanum"):
        font_path(str(tmp_path / "nope.ttf"))
    with pytest.raises(FontMissing, match="install fonts-nanum"):
        original = pdffonts.FONT_PATHS
        try:
            pdffonts.FONT_PATHS = (str(tmp_path / "nope.ttf"),)
            font_path()
        finally:
            pdffonts.FONT_PATHS = original


def test_agenda_pdf_korean(font, tmp_path):
    v2 = _agenda(2)
    v2 = dataclasses.replace(v2, items=(*v2.items[:2], dataclasses.replace(v2.items[2], cancelled=True)))
    data = agenda_to_pdf(v2, lang="ko", font_path=font)
    assert data.startswith(b"%PDF")
    text = _text(data, tmp_path)
    assert "(주)세진에어로텍 – 일정표" in text
    assert "2025 대구 북미 경제사절단" in text
    assert "(주)세진에어로텍 – 보잉" in text
    assert "09:00–09:30" in text  # 16:00 UTC shown in Redmond's time
    assert "10:30–11:00" in text
    assert "14:00–14:30" in text  # the Seoul stop in Seoul's time
    assert "2025년 10월 14일 (화)" in text and "America/Los_Angeles" in text
    assert "2025년 10월 16일 (목)" in text and "Asia/Seoul" in text
    assert "Shin Ah-rim (ko-en)" in text
    assert "(취소)" in text  # the cancelled meeting is struck out and marked
    assert "버전 2" in text


def test_agenda_pdf_english_without_cancelled(font, tmp_path):
    agenda = _agenda()
    agenda = dataclasses.replace(
        agenda, items=(agenda.items[0], dataclasses.replace(agenda.items[1], cancelled=True))
    )
    text = _text(agenda_to_pdf(agenda, lang="en", font_path=font, show_cancelled=False), tmp_path)
    assert "Sejin Aerotech – Agenda" in text
    assert "Tue 14 Oct 2025" in text
    assert "Sejin Aerotech – Boeing" in text
    assert "Microsoft" not in text


def test_table_plan_and_interpreter_day(font, tmp_path):
    venue = dataclasses.replace(_agenda(), owner_ko="레드먼드 시청", owner_en="Redmond City Hall")
    venue = dataclasses.replace(venue, items=venue.items[:2])
    text = _text(table_plan_pdf(venue, lang="ko", font_path=font), tmp_path)
    assert "레드먼드 시청 – 테이블 배치표" in text
    assert "2번 테이블" in text and "Council room" in text
    assert "레드먼드 시청, 2번 테이블" not in text  # the table without the venue's name
    interp = dataclasses.replace(_agenda(), owner_ko="신아림", owner_en="Shin Ah-rim")
    text = _text(interpreter_day_pdf(interp, lang="ko", font_path=font), tmp_path)
    assert "신아림 – 통역 일정" in text and "09:00–09:30" in text


def test_pdf_page_renders_hangul(font, tmp_path):
    """Renders page 1 to PNG (kept in the test's tmp dir for a person to look at); checks it has ink."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm missing: apt-get install poppler-utils to render the PDF")
    pdf = tmp_path / "agenda.pdf"
    pdf.write_bytes(agenda_to_pdf(_agenda(), lang="ko", font_path=font))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")], check=True
    )
    png = next(tmp_path.glob("p*.png"))
    assert png.stat().st_size > 5_000
    # the Hangul TrueType font is embedded (as a subset), so the page looks the same on any machine
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        embedded = [line for line in fonts.splitlines() if "TrueType" in line and " yes yes " in line]
        assert embedded, fonts
