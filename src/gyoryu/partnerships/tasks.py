"""The daily run of partnerships (``gyoryu remind``): renewals falling due, agreements lapsing, obligations and
actions coming due.

Idempotent: a status moves once (the lifecycle refuses a second move); each notice has a key per agreement
and end date (renewal, lapse) or per item and due date (actions), so running twice a day sends nothing new.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from gyoryu.accounts.models import Membership, Role
from gyoryu.notifications.domain import notify, recipients_for
from gyoryu.partnerships import domain
from gyoryu.partnerships.lifecycle import IN_FORCE
from gyoryu.partnerships.models import Agreement, Obligation, Status

ACTION_DAYS = 7  # an open obligation or action is announced this many days before it is due


def _staff(organiser_id: int) -> list:
    return [
        m.user
        for m in Membership.objects.filter(organiser_id=organiser_id, role=Role.STAFF).select_related("user")
    ]


def recipients(agreement: Agreement, person=None) -> list:
    """Who hears about an agreement: the given person, else its responsible person, else the organiser's
    staff accounts."""
    person = person or agreement.owner
    if person is not None:
        return recipients_for(people=[person])
    return recipients_for(users=_staff(agreement.organiser_id))


def _move(agreement: Agreement, to: str, on: dt.date, today: dt.date) -> bool:
    """Dated ``on``, but not before the previous change; not at all while that one is after today (data
    entered ahead of time waits for its day)."""
    last = agreement.changes.order_by("-on").values_list("on", flat=True).first()
    if last is not None and last > today:
        return False
    domain.change_status(
        agreement=agreement, to=to, user=None, on=min(max(on, last or on), today), today=today
    )
    return True


def advance_statuses(today: dt.date) -> dict[str, int]:
    """Side effects: agreements in force whose renewal notice period has begun move to renewal due (dated
    the day the notice began); agreements due for renewal whose end date has passed move to lapsed (dated
    the day after the end).  Both changes are recorded without an account; an agreement whose last change is
    dated after today is left until that day."""
    counts = {"renewal_due": 0, "lapsed": 0}
    for a in Agreement.objects.filter(status__in=(Status.ACTIVE, Status.RENEWED), ends_on__isnull=False):
        notice = a.ends_on - dt.timedelta(days=a.renewal_notice_days)
        if notice <= today:
            counts["renewal_due"] += _move(a, Status.RENEWAL_DUE, notice, today)
    for a in Agreement.objects.filter(status=Status.RENEWAL_DUE, ends_on__lt=today):
        counts["lapsed"] += _move(a, Status.LAPSED, a.ends_on + dt.timedelta(days=1), today)
    return counts


def send_reminders(today: dt.date | None = None) -> dict[str, int]:
    """Move statuses (``advance_statuses``), then notify, once each: every agreement due for renewal and
    every lapsed agreement with an end date (its responsible person, else the organiser's staff), and the
    owner of every open obligation or action due within ``ACTION_DAYS`` (or overdue) of an agreement that
    has not ended.  Returns counts: {"renewal_due", "lapsed", "renewal_notices", "lapse_notices",
    "actions"}."""
    today = today or timezone.localdate()
    counts = advance_statuses(today)
    counts.update({"renewal_notices": 0, "lapse_notices": 0, "actions": 0})
    notices = (
        (Status.RENEWAL_DUE, "partnership_renewal", "renewal", "renewal_notices"),
        (Status.LAPSED, "partnership_lapsed", "lapsed", "lapse_notices"),
    )
    for status, kind, key, counter in notices:
        qs = Agreement.objects.filter(status=status).select_related("owner__organisation", "owner__user")
        if status == Status.LAPSED:
            qs = qs.filter(ends_on__isnull=False)
        for agreement in qs:
            end = agreement.ends_on.isoformat() if agreement.ends_on else "open"
            if notify(
                recipients=recipients(agreement),
                kind=kind,
                context={"agreement": agreement},
                url=f"/partnerships/{agreement.pk}/",
                key=f"partnership-{key}-{agreement.pk}-{end}",
            ):
                counts[counter] += 1
    items = (
        Obligation.objects.filter(
            done_on__isnull=True, due__isnull=False, due__lte=today + dt.timedelta(days=ACTION_DAYS)
        )
        .filter(agreement__status__in=(*IN_FORCE, Status.PROPOSED, Status.UNDER_REVIEW, Status.SIGNED))
        .select_related("agreement__owner__organisation", "owner__organisation", "owner__user")
    )
    for item in items:
        if notify(
            recipients=recipients(item.agreement, item.owner),
            kind="partnership_action",
            context={"item": item},
            url=f"/partnerships/{item.agreement_id}/",
            key=f"partnership-action-{item.pk}-{item.due.isoformat()}",
        ):
            counts["actions"] += 1
    return counts
