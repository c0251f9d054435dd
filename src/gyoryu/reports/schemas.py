"""Output schemas of the reports API (read only), separate from the ORM classes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from ninja import Field, Schema

from gyoryu.common.api import one_of
from gyoryu.followup.models import Attendance, Interest, Stage
from gyoryu.meetings.models import Meeting
from gyoryu.reports.registry import COLUMN_KINDS


class OrgRef(Schema):
    id: int
    name_ko: str
    name_en: str
    country: str


class StopRef(Schema):
    id: int
    order: int
    city_ko: str
    city_en: str
    country: str
    timezone: str


class PlaceOut(Schema):
    venue_ko: str
    venue_en: str
    room: str
    interpreter: str | None


class MoneyOut(Schema):
    """An amount as recorded, with its value at the mission's rates (None when the mission has no rate)."""

    amount: Decimal
    currency: str
    usd: Decimal | None
    krw: Decimal | None


class MeetingOut(Schema):
    id: int
    status: str = one_of(Meeting.Status)
    firm: OrgRef
    partner: OrgRef
    stop: StopRef | None
    day: dt.date | None
    start: dt.datetime | None
    end: dt.datetime | None
    place: PlaceOut | None
    attendance: str = one_of(Attendance.Status, blank=True, description="empty: not checked in")
    consultation: bool
    has_outcome: bool
    lead_id: int | None


class OutcomeOut(Schema):
    meeting_id: int
    interest: str = one_of(Interest)
    consultation: MoneyOut | None
    expected_contract: MoneyOut | None
    onsite_contract: MoneyOut | None
    mou_signed: bool
    products_discussed: str
    next_step: str
    next_step_due: dt.date | None
    notes: str
    updated: dt.datetime
    version: int


class CheckInOut(Schema):
    months: int
    due: dt.date
    answered_at: dt.datetime | None
    stage: str = one_of(Stage, blank=True, description="empty: not answered")
    export: MoneyOut | None


class LeadOut(Schema):
    id: int
    meeting_id: int
    firm: OrgRef
    partner: OrgRef
    stage: str = one_of(Stage)
    lost_reason: str
    export: MoneyOut | None
    checkins: list[CheckInOut]


class LineOut(Schema):
    key: str
    label: str
    count: int | None
    usd: Decimal | None
    krw: Decimal | None


class ColumnOut(Schema):
    key: str
    label: str
    kind: str = Field(..., json_schema_extra={"enum": list(COLUMN_KINDS)})


class TableOut(Schema):
    key: str
    title: str
    note: str
    columns: list[ColumnOut]
    rows: list[dict[str, Any]]
    totals: dict[str, Any] | None


class ReportOut(Schema):
    mission_id: int
    title: str
    subtitle: str
    lang: str
    filters: dict[str, str]
    summary: list[LineOut]
    tables: list[TableOut]


class OverviewMissionOut(Schema):
    mission_id: int
    title_ko: str
    title_en: str
    year: int
    figures: list[LineOut]


class OverviewYearOut(Schema):
    year: int
    missions: int
    figures: list[LineOut]


class OverviewOut(Schema):
    missions: list[OverviewMissionOut]
    years: list[OverviewYearOut]
