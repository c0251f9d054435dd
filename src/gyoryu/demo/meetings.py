"""The demo's meetings come from the product itself: each partner company meets the delegation firms the
matching engine ranks best for it; city halls, associations, libraries and universities meet the city.
Then the optimiser makes version 1 of the schedule and it is published."""

from __future__ import annotations

from gyoryu.meetings.domain import create_meeting
from gyoryu.meetings.models import Meeting
from gyoryu.missions.models import Mission
from gyoryu.organizations.models import Kind

FIRMS_PER_PARTNER = 2


def plan_meetings(mission: Mission) -> int:
    """Side effects: Meeting rows (accepted) for the mission's targets.  Returns how many."""
    from gyoryu.matchmaking.service import engine_for

    engine = engine_for(mission.organiser_id)
    delegation = list(mission.delegation.select_related("organisation").prefetch_related("travellers"))
    city = next((e for e in delegation if e.organisation.kind == Kind.CITY_GOVERNMENT), None)
    firms = {str(e.organisation_id): e for e in delegation if e is not city}
    count = 0
    for target in mission.targets.select_related("organisation", "stop"):
        partner = target.organisation
        if partner.kind != Kind.COMPANY and city is not None:
            chosen = [city]
        else:
            ranked = engine.suggest_for(doc_id=str(partner.pk), k=FIRMS_PER_PARTNER, allow=set(firms))
            chosen = [firms[r.id] for r in ranked]
        for entry in chosen:
            create_meeting(
                mission=mission,
                data={
                    "requester": entry.organisation,
                    "counterpart": partner,
                    "priority": target.priority,
                    "stop": target.stop,
                    "status": Meeting.Status.ACCEPTED,
                    "mutual": target.priority == 1,
                    "kind": Meeting.Kind.ONE_TO_ONE if entry is not city else Meeting.Kind.VISIT,
                },
                members=list(entry.travellers.all())[:2],
            )
            count += 1
    return count


def publish_first_schedule(mission: Mission, *, time_limit: int = 20):
    """Side effects: schedule version 1 solved in this process and published."""
    from gyoryu.common.jobs import run_pending
    from gyoryu.scheduling.domain import publish, request_schedule

    schedule = request_schedule(mission=mission, time_limit=time_limit, reschedule=False)
    run_pending()
    schedule.refresh_from_db()
    if schedule.status == schedule.Status.DRAFT:
        publish(schedule=schedule)
        schedule.refresh_from_db()
    return schedule
