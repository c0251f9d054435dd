"""Output schemas of the agendas API (the exporters' plain data, as JSON)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from ninja import Schema


class Who(StrEnum):
    organisation = "organisation"
    person = "person"
    interpreter = "interpreter"
    venue = "venue"


class AgendaItemOut(Schema):
    uid: str
    sequence: int
    start: dt.datetime
    end: dt.datetime
    tz: str
    end_tz: str
    kind_ko: str
    kind_en: str
    title_ko: str
    title_en: str
    place_ko: str
    place_en: str
    address: str
    with_ko: str
    with_en: str
    interpreter: str
    notes_ko: str
    notes_en: str
    cancelled: bool
    tentative: bool


class AgendaOut(Schema):
    owner_ko: str
    owner_en: str
    mission_ko: str
    mission_en: str
    version: int
    home_tz: str
    items: list[AgendaItemOut]
