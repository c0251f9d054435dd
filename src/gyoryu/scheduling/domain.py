"""State changes of schedules: ask for one (a background task), publish a draft."""

from __future__ import annotations

import logging

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from gyoryu.audit.domain import update_logged
from gyoryu.common.queue import enqueue_on_commit
from gyoryu.scheduling import queries, tasks
from gyoryu.scheduling.models import Schedule


@transaction.atomic
def request_schedule(*, mission, user=None, time_limit: int = 60, reschedule: bool = True) -> Schedule:
    """Queue a solver run.  With ``reschedule`` (default) and a published schedule, the run changes it as
    little as possible.  Side effects: a queued Schedule and, once committed, the ``solve_schedule`` task for
    the worker (none if the transaction rolls back)."""
    number = (mission.schedules.aggregate(n=Max("number"))["n"] or 0) + 1
    base = mission.schedules.filter(status=Schedule.Status.PUBLISHED).first() if reschedule else None
    schedule = Schedule.objects.create(
        mission=mission,
        number=number,
        base=base,
        created_by=user,
        time_limit=max(5, min(int(time_limit), 3600)),
        fairness=mission.fairness,
    )
    enqueue_on_commit(tasks.solve_schedule, schedule_id=schedule.pk)
    return schedule


class NotPublishable(Exception):
    pass


@transaction.atomic
def publish(*, schedule: Schedule) -> Schedule:
    """Make a draft the published schedule.  Side effects: the previously published one is superseded; the
    draft becomes published; everyone a change concerns (both organisations' people and accounts, the people
    who join, the interpreters before and after) gets one notice listing their changes, in their language."""
    schedule = Schedule.objects.select_for_update().get(pk=schedule.pk)
    if schedule.status != Schedule.Status.DRAFT:
        raise NotPublishable(schedule.status)
    old = queries.published(schedule.mission)
    update_logged(
        schedule.mission.schedules.filter(status=Schedule.Status.PUBLISHED), status=Schedule.Status.SUPERSEDED
    )
    schedule.status, schedule.published = Schedule.Status.PUBLISHED, timezone.now()
    schedule.save(update_fields=["status", "published"])
    _notify(schedule, queries.changes(old, schedule))
    return schedule


def _notify(schedule: Schedule, changes: list) -> None:
    from gyoryu.notifications.domain import notify, recipients_of

    by_recipient: dict[tuple, tuple] = {}
    for change in changes:
        concerned = [*change.people, *(i.person for i in change.interpreters)]
        for r in recipients_of(organisation_ids=[o.pk for o in change.organisations], people=concerned):
            key = ("p", r.person.pk) if r.person else ("u", r.user.pk)
            by_recipient.setdefault(key, (r, []))[1].append(change)
    mission = schedule.mission
    for recipient, own in by_recipient.values():
        notify(
            recipients=[recipient],
            kind="schedule_changed",
            context={"mission": mission, "schedule": schedule, "changes": own},
            url=f"/missions/{mission.pk}/",
            key=f"schedule-{schedule.pk}",
        )


class RescheduleFailed(Exception):
    """The rescheduler found no schedule; nothing was published (the message says why, translated)."""


def reschedule_now(*, mission, user=None, without=None, time_limit: int = 20) -> Schedule:
    """Make and publish at once a schedule that changes the published one as little as possible, leaving
    out ``without`` (a ``build.Without``: a stop, venue or rooms about to be removed, items about to be
    cancelled).  Runs the solver in this process (up to ``time_limit`` seconds), outside any transaction.
    Side effects: a new Schedule with its placements, published: the old one is superseded and everyone whose
    meeting moves or is dropped gets one notice in their language (see ``publish``).  Raises
    ``RescheduleFailed`` when no schedule was found (then nothing is published)."""
    from django.utils.translation import gettext as _

    number = (mission.schedules.aggregate(n=Max("number"))["n"] or 0) + 1
    schedule = Schedule.objects.create(
        mission=mission,
        number=number,
        base=queries.published(mission),
        created_by=user,
        time_limit=time_limit,
        fairness=mission.fairness,
    )
    try:
        tasks.solve(schedule_id=schedule.pk, without=without)
    except Exception as exc:  # the cause goes to the log (and the schedule's error); the person reads why not
        logging.getLogger(__name__).exception("rescheduling mission %s failed", mission.pk)
        raise RescheduleFailed(
            _("The rescheduler failed; nothing was changed. The cause is in the server's log.")
        ) from exc
    schedule.refresh_from_db()
    if schedule.status != Schedule.Status.DRAFT:
        raise RescheduleFailed(_("The rescheduler found no schedule; nothing was changed."))
    return publish(schedule=schedule)
