"""Input and output of the follow-up API: attendance and outcomes of meetings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ninja import Field, Schema

from gyoryu.common.api import one_of
from gyoryu.followup.models import Attendance, Interest


class AttendanceIn(Schema):
    status: str = one_of(Attendance.Status, description="held, or no_show when the meeting did not take place")


class AttendanceOut(Schema):
    meeting_id: int
    status: str = one_of(Attendance.Status)
    at: dt.datetime


class OutcomeIn(Schema):
    """What a meeting produced.  Saving an outcome for a meeting never checked in records it as held."""

    version: int = Field(0, ge=0, description="the version you read (0: none yet); a save in between answers 409")
    interest: str = one_of(Interest, Interest.NONE.value)
    consultation_amount: Decimal | None = None
    consultation_currency: str = Field("", max_length=3)
    expected_contract_amount: Decimal | None = None
    expected_contract_currency: str = Field("", max_length=3)
    onsite_contract_amount: Decimal | None = None
    onsite_contract_currency: str = Field("", max_length=3)
    mou_signed: bool = False
    products_discussed: str = Field("", max_length=5000)
    next_step: str = Field("", max_length=5000)
    next_step_due: dt.date | None = None
    notes: str = Field("", max_length=10000)


class OutcomeSaved(Schema):
    meeting_id: int
    version: int
    interest: str = one_of(Interest)
    attendance: str = one_of(Attendance.Status, description="always held: an outcome means the meeting took place")
    checked_in_now: bool = Field(description="true when this save recorded the meeting as held")
    lead_id: int | None
