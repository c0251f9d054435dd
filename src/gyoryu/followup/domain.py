"""Every state change of follow-up, one keyword-only function each; each docstring lists its side effects.

Refusals are ``ValidationError`` (a dict of field -> message where a field is to blame) raised before anything
is written; functions that write more than one row do it in one transaction, so nothing is half-saved.
"""

from __future__ import annotations

import calendar
import datetime as dt
import secrets
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from gyoryu.accounts.models import hash_token
from gyoryu.audit.domain import record_change
from gyoryu.followup import queries
from gyoryu.followup.models import (
    Attendance,
    CheckIn,
    CurrencyRate,
    Interest,
    Lead,
    LeadEvent,
    Outcome,
    Stage,
    Task,
    currency_code,
)
from gyoryu.meetings.models import Meeting

CHECKIN_MONTHS = (2, 6, 12)
LINK_DAYS = 90  # a check-in link works this many days after it was sent
AMOUNTS = ("consultation", "expected_contract", "onsite_contract")
OUTCOME_FIELDS = (
    "interest",
    *(f"{p}_{s}" for p in AMOUNTS for s in ("amount", "currency")),
    "mou_signed",
    "products_discussed",
    "next_step",
    "next_step_owner",
    "next_step_due",
    "notes",
)
CLOSED = (Meeting.Status.CANCELLED, Meeting.Status.DECLINED)


def add_months(day: dt.date, months: int) -> dt.date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _event(lead: Lead, kind: str, user=None, **detail) -> LeadEvent:
    return LeadEvent.objects.create(lead=lead, at=timezone.now(), kind=kind, detail=detail, by=user)


# Attendance -------------------------------------------------------------------------------------------


def _not_agreed(meeting: Meeting, what: str) -> ValidationError | None:
    """Attendance and outcomes belong to accepted meetings only (a request, a proposal or an expired one
    was never agreed, so it cannot have been held)."""
    if meeting.status in CLOSED:
        if what == "attendance":
            return ValidationError(_("This meeting was cancelled or declined; attendance cannot be recorded."))
        return ValidationError(_("This meeting was cancelled or declined; no outcome can be recorded."))
    if meeting.status != Meeting.Status.ACCEPTED:
        return ValidationError(
            _("This meeting was never agreed (it is “%(status)s”): accept it first, then record it.")
            % {"status": meeting.get_status_display()},
            code="not_agreed",
        )
    return None


def _attend(meeting: Meeting, user, status: str) -> Attendance:
    refused = _not_agreed(meeting, "attendance")
    if refused:
        raise refused
    current = Attendance.objects.filter(meeting=meeting).first()
    if current is not None and current.status == status:
        return current
    if status == Attendance.Status.NO_SHOW and Outcome.objects.filter(meeting=meeting).exists():
        raise ValidationError(_("An outcome was recorded for this meeting, so it was held."))
    attendance, _created = Attendance.objects.update_or_create(
        meeting=meeting, defaults={"status": status, "at": timezone.now(), "by": user}
    )
    return attendance


def check_in(*, meeting: Meeting, user) -> Attendance:
    """Record that the meeting was held.  Side effects: the meeting's Attendance is created or switched to
    held (time and account recorded); unchanged when it already says held.  Refused unless the meeting was
    accepted (cancelled, declined, still requested or proposed, expired)."""
    return _attend(meeting, user, Attendance.Status.HELD)


def mark_no_show(*, meeting: Meeting, user) -> Attendance:
    """Record that the meeting did not take place.  Side effects: the meeting's Attendance is created or
    switched to no-show; unchanged when it already says so.  Refused unless the meeting was accepted, and
    for meetings with a recorded outcome."""
    return _attend(meeting, user, Attendance.Status.NO_SHOW)


# Money ------------------------------------------------------------------------------------------------


def _decimal(value, field: str, errors: dict, places: int = 2) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        errors[field] = _("Enter a number.")
        return None
    if not number.is_finite():
        errors[field] = _("Enter a number.")
    elif number < 0:
        errors[field] = _("Amounts cannot be negative.")
    elif number >= Decimal("1e14") or number != number.quantize(Decimal(1).scaleb(-places)):
        errors[field] = _("Use at most %(n)d decimal places and at most 14 digits before the point.") % {
            "n": places
        }
    return number


def check_amount(*, mission, amount, currency: str, prefix: str, errors: dict, rates=None):
    """Validate one amount and its currency against the mission's rates; adds messages to ``errors``.
    Returns (amount, currency) normalised: no amount means no currency."""
    number = _decimal(amount, f"{prefix}_amount", errors)
    code = (currency or "").strip().upper()
    if number is None:
        return None, ""
    if not code:
        errors[f"{prefix}_currency"] = _("Give the currency of this amount.")
        return number, code
    rates = queries.rates(mission) if rates is None else rates
    if code not in rates:
        errors[f"{prefix}_currency"] = _(
            "There is no conversion rate for %(code)s in this mission (rates: %(known)s). "
            "Organiser staff can add it on the mission's currency rates page."
        ) % {"code": code, "known": ", ".join(sorted(rates)) or "—"}
    return number, code


def set_rate(*, mission, currency: str, usd_per_unit, krw_per_unit) -> CurrencyRate:
    """Store what one unit of ``currency`` is worth in USD and KRW for this mission.  Side effects: the
    mission's CurrencyRate for that currency is created or replaced (reports convert at the new rate).
    USD must be worth 1 USD and KRW 1 KRW."""
    code = (currency or "").strip().upper()
    errors: dict = {}
    try:
        currency_code(code)
    except ValidationError as exc:
        errors["currency"] = exc.messages
    usd = _decimal(usd_per_unit, "usd_per_unit", errors, places=10)
    krw = _decimal(krw_per_unit, "krw_per_unit", errors, places=6)
    for name, value in (("usd_per_unit", usd), ("krw_per_unit", krw)):
        if name not in errors and not value:
            errors[name] = _("Enter a rate greater than zero.")
        elif name not in errors and value >= Decimal("1e9"):
            errors[name] = _("This rate is too large.")
    if code == "USD" and usd is not None and usd != 1:
        errors["usd_per_unit"] = _("One US dollar is worth exactly 1 USD.")
    if code == "KRW" and krw is not None and krw != 1:
        errors["krw_per_unit"] = _("One won is worth exactly 1 KRW.")
    if errors:
        raise ValidationError(errors)
    rate, _created = CurrencyRate.objects.update_or_create(
        mission=mission, currency=code, defaults={"usd_per_unit": usd, "krw_per_unit": krw}
    )
    return rate


# Outcomes and leads -----------------------------------------------------------------------------------


def _clean_outcome(meeting: Meeting, data: dict) -> dict:
    errors: dict = {}
    clean = {k: data.get(k) for k in OUTCOME_FIELDS if k in data}
    if clean.get("interest", Interest.NONE) not in Interest.values:
        errors["interest"] = _("Choose one of the listed values.")
    rates = queries.rates(meeting.mission)
    for prefix in AMOUNTS:
        amount, code = check_amount(
            mission=meeting.mission,
            amount=data.get(f"{prefix}_amount"),
            currency=data.get(f"{prefix}_currency", ""),
            prefix=prefix,
            errors=errors,
            rates=rates,
        )
        clean[f"{prefix}_amount"], clean[f"{prefix}_currency"] = amount, code
    for text in ("products_discussed", "next_step", "notes"):
        clean[text] = (clean.get(text) or "").strip()
    clean["mou_signed"] = bool(clean.get("mou_signed"))
    if errors:
        raise ValidationError(errors)
    return clean


def save_outcome(*, meeting: Meeting, user, data: dict, version: int) -> Outcome:
    """Record or correct what a meeting produced.  ``version`` is the version the editor loaded (0: none
    existed); when someone saved in between, the save is refused and nothing is written.  Refused unless the
    meeting was accepted, and for a no-show.

    The rule (pages and API alike): an outcome means the meeting was held, so saving one for a meeting never
    checked in records it as held.

    Side effects, in one transaction: the Outcome is created (version 1) or updated (version + 1); a meeting
    without attendance is checked in as held; when interest is low, medium or high and the meeting has no lead
    yet, a Lead is created (stage contacted) with its 'created' event and its three CheckIns (2, 6 and 12
    months after the mission's last stop); an existing lead gets an 'outcome_updated' event.  A lead is never
    removed when interest drops to none: staff mark it lost with a reason."""
    refused = _not_agreed(meeting, "outcome")
    if refused:
        raise refused
    if Attendance.objects.filter(meeting=meeting, status=Attendance.Status.NO_SHOW).exists():
        raise ValidationError(_("This meeting is marked as a no-show. Check it in as held first."))
    clean = _clean_outcome(meeting, data)
    stale = ValidationError(
        _(
            "This outcome was saved by someone else (or by an earlier submission of this form) after you "
            "opened it. Your changes were not saved: reload the page to see the current version, then enter "
            "your changes again."
        ),
        code="stale",
    )
    try:
        with transaction.atomic():
            if version == 0:
                outcome = Outcome.objects.create(meeting=meeting, recorded_by=user, version=1, **clean)
            else:
                before = Outcome.objects.filter(meeting=meeting, version=version).first()
                updated = Outcome.objects.filter(meeting=meeting, version=version).update(
                    **clean, recorded_by=user, updated=timezone.now(), version=F("version") + 1
                )
                if not updated:
                    raise stale
                outcome = Outcome.objects.get(meeting=meeting)
                record_change(before=before, after=outcome)  # (a queryset update: no save signal)
            if not Attendance.objects.filter(meeting=meeting).exists():
                Attendance.objects.create(
                    meeting=meeting, status=Attendance.Status.HELD, at=timezone.now(), by=user
                )
            lead = Lead.objects.filter(meeting=meeting).first()
            if lead is not None:
                _event(lead, "outcome_updated", user, interest=outcome.interest, version=outcome.version)
            elif outcome.interest != Interest.NONE:
                _create_lead(meeting, user)
    except IntegrityError:  # another outcome (or lead) for this meeting was created at the same moment
        raise stale from None
    return outcome


def _create_lead(meeting: Meeting, user) -> Lead:
    lead = Lead.objects.create(
        mission=meeting.mission, meeting=meeting, firm=meeting.requester, partner=meeting.counterpart
    )
    _event(lead, "created", user, stage=lead.stage)
    last = meeting.mission.stops.order_by("-end_date").values_list("end_date", flat=True).first()
    base = last or timezone.localdate()
    CheckIn.objects.bulk_create(
        CheckIn(lead=lead, firm=lead.firm, months=m, due=add_months(base, m)) for m in CHECKIN_MONTHS
    )
    return lead


def change_stage(*, lead: Lead, stage: str, user=None, lost_reason: str = "", source: str = "page") -> Lead:
    """Move a lead to ``stage`` (lost needs a reason).  Side effects: the lead's stage (and lost reason,
    cleared when it leaves lost) is saved and a 'stage' event records from, to, reason and source (page,
    checkin).  Nothing happens when stage and reason are unchanged."""
    reason = (lost_reason or "").strip()
    if stage not in Stage.values:
        raise ValidationError({"stage": _("Choose one of the listed stages.")})
    if stage == Stage.LOST and not reason:
        raise ValidationError({"lost_reason": _("Say why the lead was lost.")})
    if stage != Stage.LOST:
        reason = ""
    if (lead.stage, lead.lost_reason) == (stage, reason):
        return lead
    before = lead.stage
    with transaction.atomic():
        lead.stage, lead.lost_reason = stage, reason
        lead.save(update_fields=["stage", "lost_reason", "updated"])
        _event(lead, "stage", user, **{"from": before, "to": stage, "reason": reason, "source": source})
    return lead


def set_export(*, lead: Lead, amount, currency: str, user=None, source: str = "page") -> Lead:
    """Record the lead's actual export amount.  Side effects: the lead's export amount and currency are saved
    and an 'export' event records them.  Refused for negative or non-numeric amounts and currencies without a
    rate in the mission."""
    errors: dict = {}
    number, code = check_amount(
        mission=lead.mission, amount=amount, currency=currency, prefix="export", errors=errors
    )
    if errors:
        raise ValidationError(errors)
    if (lead.export_amount, lead.export_currency) == (number, code):
        return lead
    with transaction.atomic():
        lead.export_amount, lead.export_currency = number, code
        lead.save(update_fields=["export_amount", "export_currency", "updated"])
        _event(
            lead,
            "export",
            user,
            amount=str(number) if number is not None else "",
            currency=code,
            source=source,
        )
    return lead


def add_task(*, lead: Lead, title: str, due: dt.date | None = None, owner=None, user=None) -> Task:
    """Side effects: a Task on the lead and a 'task_added' event.  An open task with the same title, due date
    and owner is refused (a double submission adds one task)."""
    title = (title or "").strip()
    if not title:
        raise ValidationError({"title": _("Say what is to be done.")})
    if Task.objects.filter(lead=lead, title=title, due=due, owner=owner, done=False).exists():
        raise ValidationError({"title": _("This task is already on the list.")})
    with transaction.atomic():
        task = Task.objects.create(lead=lead, title=title, due=due, owner=owner)
        _event(lead, "task_added", user, task=task.pk, title=title, due=due.isoformat() if due else "")
    return task


def complete_task(*, task: Task, user=None, done: bool = True) -> Task:
    """Side effects: the task is marked done (or open again) and a 'task_done' or 'task_reopened' event is
    written; nothing happens when it already is."""
    if task.done == done:
        return task
    with transaction.atomic():
        task.done = done
        task.save(update_fields=["done"])
        _event(task.lead, "task_done" if done else "task_reopened", user, task=task.pk, title=task.title)
    return task


# Check-ins --------------------------------------------------------------------------------------------


def issue_checkin_link(*, checkin: CheckIn, today: dt.date) -> str:
    """A new raw token for the check-in's answer link.  Side effects: only its hash is stored, with the
    sending time and an expiry LINK_DAYS after ``today`` or the real date, whichever is later (a run `as if`
    on a past date still gives a link that works; an earlier link stops working)."""
    raw = secrets.token_urlsafe(32)
    checkin.token_hash = hash_token(raw)
    checkin.sent_at = timezone.now()
    checkin.expires = max(today, timezone.localdate()) + dt.timedelta(days=LINK_DAYS)
    checkin.save(update_fields=["token_hash", "sent_at", "expires"])
    return raw


def answer_checkin(
    *,
    checkin: CheckIn,
    stage: str,
    export_amount=None,
    export_currency: str = "",
    comment: str = "",
    today=None,
) -> CheckIn:
    """The firm's answer, given once (a second answer, also a double submission, is refused; the recorded
    answer stays).  Side effects, in one transaction: the CheckIn records the answer; the lead moves to
    ``stage`` (lost takes the comment as reason) and takes the export amount when one is given, with their
    events (source checkin); a 'checkin_answered' event."""
    today = today or timezone.localdate()
    if checkin.answered_at is not None:
        raise ValidationError(_("This check-in was already answered. Thank you!"), code="answered")
    if checkin.expires is None or checkin.expires < today:
        raise ValidationError(_("This link has expired."), code="expired")
    comment = (comment or "").strip()
    errors: dict = {}
    if stage not in Stage.values:
        errors["stage"] = _("Choose one of the listed stages.")
    if stage == Stage.LOST and not comment:
        errors["comment"] = _("Please tell us briefly why it did not work out.")
    lead = checkin.lead
    number, code = check_amount(
        mission=lead.mission, amount=export_amount, currency=export_currency, prefix="export", errors=errors
    )
    if errors:
        raise ValidationError(errors)
    now = timezone.now()
    with transaction.atomic():
        before = CheckIn.objects.get(pk=checkin.pk)
        claimed = CheckIn.objects.filter(pk=checkin.pk, answered_at__isnull=True).update(
            answered_at=now, stage=stage, export_amount=number, export_currency=code, comment=comment
        )
        if not claimed:
            raise ValidationError(_("This check-in was already answered. Thank you!"), code="answered")
        record_change(before=before, after=CheckIn.objects.get(pk=checkin.pk))
        change_stage(lead=lead, stage=stage, lost_reason=comment, source="checkin")
        if number is not None:
            set_export(lead=lead, amount=number, currency=code, source="checkin")
        _event(lead, "checkin_answered", None, months=checkin.months, stage=stage, comment=comment)
    checkin.refresh_from_db()
    return checkin
