"""Daily work (`gyoryu remind`): expire late requests, remind of unanswered ones and of tomorrow's agenda.
Each notice carries a key, so running twice a day sends nothing twice."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from django.utils import timezone

from gyoryu.meetings import domain
from gyoryu.meetings.models import Meeting


def remind_unanswered(*, now=None) -> int:
    """Requests whose deadline falls within a day: the asked side is reminded once.  Returns how many."""
    now = now or timezone.now()
    count = 0
    soon = Meeting.objects.filter(
        status=Meeting.Status.REQUESTED, deadline__gt=now, deadline__lte=now + dt.timedelta(days=1)
    ).select_related("counterpart", "mission")
    for meeting in soon:
        domain._tell(meeting, meeting.counterpart, "request_reminder")
        count += 1
    return count


def remind_tomorrow(*, now=None) -> int:
    """Everyone with meetings tomorrow (in the stop's local time) gets their day's list once."""
    from gyoryu.notifications.domain import notify, recipients_of
    from gyoryu.organizations.models import Organisation
    from gyoryu.scheduling.models import Placement, Schedule

    now = now or timezone.now()
    sent = 0
    placements = Placement.objects.filter(
        schedule__status=Schedule.Status.PUBLISHED,
        start__gt=now,
        start__lt=now + dt.timedelta(hours=48),
    ).select_related("stop", "room__venue", "meeting__requester", "meeting__counterpart", "schedule__mission")
    by_org: dict[tuple, list] = {}
    for p in placements:
        tz = zoneinfo.ZoneInfo(p.stop.timezone)
        if p.start.astimezone(tz).date() != (now.astimezone(tz) + dt.timedelta(days=1)).date():
            continue
        for org_id in (p.meeting.requester_id, p.meeting.counterpart_id):
            by_org.setdefault((org_id, p.schedule.mission.pk, p.start.astimezone(tz).date()), []).append(p)
    for (org_id, mission_id, day), items in by_org.items():
        org = Organisation.objects.get(pk=org_id)
        notify(
            recipients=recipients_of(organisation_ids=[org_id]),
            kind="agenda_tomorrow",
            context={
                "organisation": org,
                "placements": sorted(items, key=lambda p: p.start),
                "day": day,
                "mission": items[0].schedule.mission,
            },
            url=f"/missions/{mission_id}/agenda/organisation/{org_id}/",
            key=f"tomorrow-{org_id}-{day}",
        )
        sent += 1
    return sent


def run_daily(*, now=None) -> dict[str, int]:
    """Side effects: expiries and reminders (see the functions above)."""
    return {
        "expired": domain.expire_requests(now=now),
        "reminded_unanswered": remind_unanswered(now=now),
        "agendas_for_tomorrow": remind_tomorrow(now=now),
    }
