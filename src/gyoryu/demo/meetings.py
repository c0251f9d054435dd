"""The demo's meetings come from the product itself: each partner company (and the university and the health
network) meets the delegation firms the matching engine ranks best for it.  City halls, associations,
libraries and agencies receive the delegation in the programme (:mod:`gyoryu.demo.programme`) instead.  Then
the optimiser makes version 1 of the schedule around the programme, and it is published."""

from __future__ import annotations

from gyoryu.meetings.domain import create_meeting
from gyoryu.meetings.models import Meeting
from gyoryu.missions.models import Mission
from gyoryu.organizations.models import Kind

FIRMS_PER_PARTNER = 2
MEET_ONE_TO_ONE = (Kind.COMPANY, Kind.UNIVERSITY, Kind.OTHER)


def plan_meetings(mission: Mission) -> int:
    """Side effects: Meeting rows (accepted) for the mission's targets.  Returns how many."""
    from gyoryu.matchmaking.service import engine_for

    engine = engine_for(mission.organiser_id)
    delegation = list(mission.delegation.select_related("organisation").prefetch_related("travellers"))
    firms = {str(e.organisation_id): e for e in delegation if e.organisation.kind == Kind.COMPANY}
    count = 0
    for target in mission.targets.select_related("organisation", "stop"):
        partner = target.organisation
        if partner.kind not in MEET_ONE_TO_ONE:
            continue  # a host of the programme
        ranked = engine.suggest_for(doc_id=str(partner.pk), k=FIRMS_PER_PARTNER, allow=set(firms))
        for entry in [firms[r.id] for r in ranked]:
            create_meeting(
                mission=mission,
                data={
                    "requester": entry.organisation,
                    "counterpart": partner,
                    "priority": target.priority,
                    "stop": target.stop,
                    "status": Meeting.Status.ACCEPTED,
                    "mutual": target.priority == 1,
                },
                members=list(entry.travellers.all())[:2],
            )
            count += 1
    return count


def publish_first_schedule(mission: Mission, *, time_limit: int = 20):
    """Side effects: schedule version 1 solved in this process (the task ``request_schedule`` queues finds it
    solved and leaves it) and published."""
    from gyoryu.scheduling.domain import publish, request_schedule
    from gyoryu.scheduling.tasks import solve_schedule

    schedule = request_schedule(mission=mission, time_limit=time_limit, reschedule=False)
    solve_schedule.call(schedule_id=schedule.pk)
    schedule.refresh_from_db()
    if schedule.status == schedule.Status.DRAFT:
        publish(schedule=schedule)
        schedule.refresh_from_db()
    return schedule


# What a new user should see of a mission in full flight: pending and answered requests, meetings held and
# missed, outcomes with amounts, leads at every stage with tasks.  Fixed choices, so the demo is the same each time.
OUTCOMES = [  # (interest, consultation USD, expected contract USD, on-site contract USD, MoU, stage)
    ("high", 450_000, 1_800_000, 120_000, True, "negotiation"),
    ("high", 300_000, 900_000, 0, True, "sample_quotation"),
    ("medium", 200_000, 350_000, 0, False, "contacted"),
    ("high", 600_000, 2_400_000, 250_000, True, "contract"),
    ("low", 80_000, 0, 0, False, "lost"),
    ("medium", 150_000, 400_000, 0, False, "sample_quotation"),
    ("none", 50_000, 0, 0, False, None),
    ("high", 380_000, 1_100_000, 0, True, "exporting"),
]


def bring_to_life(mission: Mission) -> dict[str, int]:
    """Side effects: currency rates; attendance, outcomes, leads and tasks for the first meetings of the
    published schedule; requests in each state between firms and partners.  Returns counts."""
    import datetime as dt
    import zoneinfo

    from gyoryu.followup import domain as followup
    from gyoryu.meetings import domain as requests
    from gyoryu.scheduling.build import meeting_days
    from gyoryu.scheduling.queries import placements, published

    followup.set_rate(mission=mission, currency="USD", usd_per_unit="1", krw_per_unit="1380")
    followup.set_rate(mission=mission, currency="KRW", usd_per_unit="0.000725", krw_per_unit="1")
    followup.set_rate(mission=mission, currency="EUR", usd_per_unit="1.08", krw_per_unit="1490")
    staff = mission.organiser.memberships.filter(role="staff").select_related("user").first()
    user = staff.user if staff else None
    held = list(placements(published(mission)))
    counts = {"held": 0, "no_show": 0, "outcomes": 0, "leads": 0}
    for index, p in enumerate(held[: len(OUTCOMES) + 2]):
        if index in (3, 7):
            followup.mark_no_show(meeting=p.meeting, user=user)
            counts["no_show"] += 1
            continue
        followup.check_in(meeting=p.meeting, user=user)
        counts["held"] += 1
        interest, consult, expected, onsite, mou, stage = OUTCOMES[counts["outcomes"] % len(OUTCOMES)]
        followup.save_outcome(
            meeting=p.meeting,
            user=user,
            version=0,
            data={
                "interest": interest,
                "consultation_amount": consult,
                "consultation_currency": "USD",
                "expected_contract_amount": expected or None,
                "expected_contract_currency": "USD" if expected else "",
                "onsite_contract_amount": onsite or None,
                "onsite_contract_currency": "USD" if onsite else "",
                "mou_signed": mou,
                "products_discussed": p.meeting.counterpart.seeks_en[:120],
                "next_step": "Send samples and a quotation" if stage else "",
                "notes": "",
            },
        )
        counts["outcomes"] += 1
        lead = getattr(p.meeting, "lead", None)
        if lead is not None and stage:
            counts["leads"] += 1
            if stage != "contacted":
                followup.change_stage(
                    lead=lead,
                    stage=stage,
                    user=user,
                    lost_reason="Price gap with the incumbent supplier" if stage == "lost" else "",
                )
            followup.add_task(
                lead=lead,
                title="Follow-up call with the buyer",
                due=p.stop.end_date + dt.timedelta(days=14),
                user=user,
            )
    # requests in every state, as they stand a week before departure
    firms = [
        e.organisation
        for e in mission.delegation.select_related("organisation")
        if e.organisation.kind != "city_government"
    ]
    partners = [
        t.organisation
        for t in mission.targets.select_related("organisation")
        if t.organisation.kind == "company"
    ]
    fresh = [
        (f, p)
        for f in firms
        for p in partners
        if not mission.meetings.filter(requests.models_q(f, p)).exists()
    ]
    states = ["requested", "requested", "declined", "proposed"]
    for (firm, partner), state in zip(fresh[::7], states, strict=False):
        meeting = requests.request_meeting(
            mission=mission,
            requester=firm,
            counterpart=partner,
            user=user,
            message="We would like to present our capabilities.",
        )
        if state == "declined":
            requests.answer_request(
                meeting=meeting, decision="decline", answer="Not this quarter, thank you."
            )
        elif state == "proposed":
            # another time at the stop where the partner is met: its second meeting day, 15:00 there
            stop = meeting.stop or mission.stops.order_by("order").first()
            day = meeting_days(stop)[min(1, len(meeting_days(stop)) - 1)]
            when = dt.datetime.combine(day, dt.time(15, 0), tzinfo=zoneinfo.ZoneInfo(stop.timezone))
            requests.answer_request(meeting=meeting, decision="propose", proposed_start=when)
    counts["requests"] = min(len(fresh[::7]), len(states))
    return counts
