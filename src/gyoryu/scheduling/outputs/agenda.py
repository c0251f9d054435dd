"""The plain data every agenda exporter takes: one owner's meetings of one published schedule version."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

LANGS = ("ko", "en")


@dataclass(frozen=True)
class AgendaItem:
    uid: str  # stable across schedule versions, e.g. "meeting-42@gyoryu" (caller supplies)
    sequence: int  # schedule version, increases on every published change (ICS SEQUENCE)
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
    cancelled: bool = False  # a meeting removed from a published agenda

    def __post_init__(self):
        for name in ("start", "end"):
            value = getattr(self, name)
            if value.tzinfo is None or value.utcoffset() is None:
                raise ValueError(f"AgendaItem {self.uid}: {name} must be timezone-aware, got {value!r}")
        if self.end < self.start:
            raise ValueError(f"AgendaItem {self.uid}: end {self.end} is before start {self.start}")

    def text(self, field: str, lang: str) -> str:
        """The item's ``field`` ("title", "place", "with", "notes") in ``lang``, falling back to the other."""
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

    def text(self, field: str, lang: str) -> str:
        """``owner`` or ``mission`` in ``lang``, falling back to the other language."""
        check_lang(lang)
        other = "en" if lang == "ko" else "ko"
        return getattr(self, f"{field}_{lang}") or getattr(self, f"{field}_{other}")


def check_lang(lang: str) -> None:
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, got {lang!r}")
