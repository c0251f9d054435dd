"""Background work of follow-up, run daily (``gyoryu remind``): check-in e-mails and reminders.

Both are idempotent: a check-in is e-mailed once (its link is made when it is sent, and the notification key
is per check-in); a reminder is sent once per task or next step and due date.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from gyoryu.followup import domain
from gyoryu.followup.models import CheckIn, Outcome, Stage, Task
from gyoryu.notifications.domain import notify, recipients_for
from gyoryu.organizations.models import Person


def _people_of(org_ids) -> dict[int, list[Person]]:
    people = defaultdict(list)
    for p in Person.objects.filter(organisation_id__in=set(org_ids)).select_related("organisation", "user"):
        people[p.organisation_id].append(p)
    return people


def answer_base() -> str:
    """Where the site is reachable from an e-mail (``settings.BASE_URL``, e.g. https://gyoryu.example.org);
    empty gives a relative link, which only the in-app notification can follow.  TODO(config): declare
    ``base_url`` in gyoryu.config with the other settings."""
    return str(getattr(settings, "BASE_URL", "") or "").rstrip("/")


def send_due_checkins(today: dt.date | None = None) -> int:
    """E-mail each due, unsent, unanswered check-in of a lead that is not lost to the firm's people, with a
    fresh password-less answer link.  Check-ins of firms without people wait until someone is added.
    Returns how many check-ins were sent."""
    today = today or timezone.localdate()
    due = list(
        CheckIn.objects.filter(due__lte=today, answered_at__isnull=True, sent_at__isnull=True)
        .exclude(lead__stage=Stage.LOST)
        .select_related("lead__mission", "lead__partner", "lead__firm", "firm")
    )
    people = _people_of(c.firm_id for c in due)
    sent = 0
    for checkin in due:
        recipients = recipients_for(people=people[checkin.firm_id])
        if not recipients:
            continue
        with transaction.atomic():
            raw = domain.issue_checkin_link(checkin=checkin, today=today)
            notify(
                recipients=recipients,
                kind="followup_checkin",
                context={"checkin": checkin, "lead": checkin.lead},
                url=f"{answer_base()}/followup/answer/{raw}/",
                key=f"followup-checkin-{checkin.pk}",
            )
        sent += 1
    return sent


def send_reminders(today: dt.date | None = None) -> dict[str, int]:
    """Remind task owners of open tasks due tomorrow, and next-step owners of overdue next steps (without an
    owner: the firm's people), once each.  Leads that are lost are left alone.  Returns the counts of
    reminders sent: {"tasks": n, "next_steps": n}."""
    today = today or timezone.localdate()
    tasks = list(
        Task.objects.filter(done=False, due=today + dt.timedelta(days=1))
        .exclude(lead__stage=Stage.LOST)
        .select_related("lead__firm", "lead__partner", "lead__mission", "owner__organisation", "owner__user")
    )
    steps = list(
        Outcome.objects.filter(next_step_due__lt=today)
        .exclude(next_step="")
        .exclude(meeting__lead__stage=Stage.LOST)
        .select_related(
            "meeting__requester",
            "meeting__counterpart",
            "next_step_owner__organisation",
            "next_step_owner__user",
        )
    )
    people = _people_of([t.lead.firm_id for t in tasks] + [o.meeting.requester_id for o in steps])
    counts = {"tasks": 0, "next_steps": 0}
    for task in tasks:
        owners = [task.owner] if task.owner else people[task.lead.firm_id]
        if notify(
            recipients=recipients_for(people=owners),
            kind="followup_task",
            context={"task": task, "lead": task.lead},
            url=f"/followup/leads/{task.lead_id}/",
            key=f"followup-task-{task.pk}-{task.due.isoformat()}",
        ):
            counts["tasks"] += 1
    for outcome in steps:
        owners = (
            [outcome.next_step_owner] if outcome.next_step_owner else people[outcome.meeting.requester_id]
        )
        if notify(
            recipients=recipients_for(people=owners),
            kind="followup_next_step",
            context={"outcome": outcome},
            url=f"/followup/meetings/{outcome.meeting_id}/outcome/",
            key=f"followup-next-step-{outcome.pk}-{outcome.next_step_due.isoformat()}",
        ):
            counts["next_steps"] += 1
    return counts
