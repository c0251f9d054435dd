"""State changes of schedules: ask for one (a background job), publish a draft."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from gyoryu.common import jobs
from gyoryu.scheduling.models import Schedule


@transaction.atomic
def request_schedule(*, mission, user=None, time_limit: int = 60, reschedule: bool = True) -> Schedule:
    """Queue a solver run.  With ``reschedule`` (default) and a published schedule, the run changes it as
    little as possible.  Side effects: a queued Schedule and a Job for the worker."""
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
    jobs.enqueue("scheduling.solve", schedule_id=schedule.pk)
    return schedule


class NotPublishable(Exception):
    pass


@transaction.atomic
def publish(*, schedule: Schedule) -> Schedule:
    """Make a draft the published schedule.  Side effects: the previously published one is superseded; the
    draft becomes published (what changed, and for whom, is ``queries.changes(old, new)``)."""
    schedule = Schedule.objects.select_for_update().get(pk=schedule.pk)
    if schedule.status != Schedule.Status.DRAFT:
        raise NotPublishable(schedule.status)
    schedule.mission.schedules.filter(status=Schedule.Status.PUBLISHED).update(
        status=Schedule.Status.SUPERSEDED
    )
    schedule.status, schedule.published = Schedule.Status.PUBLISHED, timezone.now()
    schedule.save(update_fields=["status", "published"])
    return schedule
