"""The plain data every agenda exporter takes: one owner's meetings and programme items (or a whole
mission's, for the master agenda) of one published schedule version."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

LANGS = ("ko", "en")


@dataclass(frozen=True)
class AgendaItem:
    uid: str  # stable across schedule versions and edits, e.g. "meeting-42@gyoryu" (caller supplies)
    sequence: int  # ICS SEQUENCE: rises only when this event changed (the caller keeps count)
    start: datetime  # timezone-aware
    end: datetime  # timezone-aware
    tz: str  # IANA zone of the stop, e.g. "America/Los_Angeles"; display times in this zone
    title_ko: str
    title_en: str  # e.g. "(주)세진에어로텍 – 보잉" / "Sejin Aerotech – Boeing"
    place_ko: str
    place_en: str  # venue and room/table, e.g. "레드먼드 시청, Council room"
    address: str = ""
    with_ko: str = ""
    with_en: str = ""  # counterpart and attending people
    interpreter: str = ""  # interpreter name and pair, e.g. "Shin Ah-rim (ko-en)", or ""
    notes_ko: str = ""
    notes_en: str = ""
    cancelled: bool = False  # a meeting removed from a published agenda, a cancelled programme item
    tentative: bool = False  # a programme item still only planned
    end_tz: str = ""  # IANA zone of the end when it differs (a flight lands elsewhere); "" = tz
    kind_ko: str = ""
    kind_en: str = ""  # e.g. "1:1 상담" / "1:1 meeting", "공식 방문" / "Official visit"

    def __post_init__(self):
        for name in ("start", "end"):
            value = getattr(self, name)
            if value.tzinfo is None or value.utcoffset() is None:
                raise ValueError(f"AgendaItem {self.uid}: {name} must be timezone-aware, got {value!r}")
        if self.end < self.start:
            raise ValueError(f"AgendaItem {self.uid}: end {self.end} is before start {self.start}")

    @property
    def end_zone(self) -> str:
        return self.end_tz or self.tz

    def text(self, field: str, lang: str) -> str:
        """The item's ``field`` ("title", "place", "with", "notes", "kind") in ``lang``, else the other."""
        check_lang(lang)
        other = "en" if lang == "ko" else "ko"
        return getattr(self, f"{field}_{lang}") or getattr(self, f"{field}_{other}")


@dataclass(frozen=True)
class Agenda:
    owner_ko: str
    owner_en: str  # whose agenda: a firm, a person, an interpreter, a venue
    mission_ko: str
    mission_en: str
    version: int
    items: tuple[AgendaItem, ...]
    home_tz: str = ""  # when set, times are printed in this zone too (the home office's, e.g. Asia/Seoul)
    home_ko: str = ""
    home_en: str = ""  # the home zone's name for readers, e.g. "서울" / "Seoul"

    def text(self, field: str, lang: str) -> str:
        """``owner`` or ``mission`` in ``lang``, falling back to the other language."""
        check_lang(lang)
        other = "en" if lang == "ko" else "ko"
        return getattr(self, f"{field}_{lang}") or getattr(self, f"{field}_{other}")


def check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, got {lang!r}")
