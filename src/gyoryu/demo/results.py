"""The demo's earlier mission, a year into follow-up, so that the result report has every table filled:
several partner countries and currencies, MoUs, a no-show, and check-in answers with exports.  Loaded
through the domain functions; its schedule is made by the optimiser like the main mission's."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.utils import timezone

from gyoryu.demo.results_data import MEETINGS, PARTNERS, PAST_MISSION, RATES, STOPS, VISITS
from gyoryu.followup import domain as followup
from gyoryu.meetings.domain import create_meeting
from gyoryu.meetings.models import Meeting
from gyoryu.missions import domain as missions
from gyoryu.missions.models import Mission
from gyoryu.organizations import domain as organizations
from gyoryu.organizations.models import Organisation


def _firms(current: Mission) -> dict[str, Organisation]:
    by_name = {e.organisation.name_en: e.organisation for e in current.delegation.select_related("organisation")}
    from gyoryu.demo import data

    return {o["key"]: by_name[o["name_en"]] for o in data.ORGANISATIONS if o["name_en"] in by_name}


def _money(pair):
    return (Decimal(pair[0]), pair[1]) if pair else (None, "")


def _visits(mission: Mission, stops: list, partners: dict) -> int:
    """Side effects: the past mission's confirmed programme items (before its schedule is made, so meetings
    are planned around them).  Returns how many."""
    import zoneinfo

    from gyoryu.programme import domain as programme

    for stop_index, kind, host, day, start, end, title_ko, title_en, address in VISITS:
        stop = stops[stop_index]
        zone = zoneinfo.ZoneInfo(stop.timezone)
        when = [dt.datetime.combine(dt.date.fromisoformat(day), dt.time.fromisoformat(t), tzinfo=zone)
                for t in (start, end)]
        item = programme.create_item(
            mission=mission,
            data={"kind": kind, "stop": stop, "start": when[0], "end": when[1], "place": "site",
                  "site": partners[host], "address": address, "attendance": "officials", "title_ko": title_ko, "title_en": title_en},
            host_organisations=[partners[host]],
        )
        programme.confirm_item(item=item)
    return len(VISITS)


def load_past_mission(current: Mission) -> dict[str, int]:
    """Side effects: partner organisations, the 2025 mission with stops, venues, delegation (the current
    mission's), targets, rates, meetings, a published schedule, attendance, outcomes, leads and check-in
    answers.  Returns counts."""
    from gyoryu.demo.meetings import publish_first_schedule

    organiser = current.organiser
    mission = missions.create_mission(organiser=organiser, data=PAST_MISSION)
    stops = []
    for spec in STOPS:
        data = {k: v for k, v in spec.items() if k != "venue"}
        data["start_date"], data["end_date"] = (dt.date.fromisoformat(data[k]) for k in ("start_date", "end_date"))
        stop = missions.add_stop(mission=mission, data=data)
        missions.save_venue(stop=stop, data=spec["venue"], rooms=[(f"Table {n}", 4) for n in (1, 2, 3)])
        stops.append(stop)
    firms = _firms(current)
    for firm in firms.values():
        missions.add_to_delegation(mission=mission, organisation=firm, travellers=[])
    partners = {}
    for key, stop, kind, name_ko, name_en, country, city, does_en, does_ko in PARTNERS:
        partners[key] = organizations.create_organisation(
            organiser=organiser,
            data={"kind": kind, "name_ko": name_ko, "name_en": name_en, "country": country, "city": city,
                  "description_en": does_en, "description_ko": does_ko, "languages": ["en"]},
        )
        missions.set_target(mission=mission, organisation=partners[key], priority=1, stop=stops[stop], notes="")
    for code, usd, krw in RATES:
        followup.set_rate(mission=mission, currency=code, usd_per_unit=usd, krw_per_unit=krw)
    stop_of = {p[0]: stops[p[1]] for p in PARTNERS}
    meetings = []
    counts_visits = _visits(mission, stops, partners)
    for firm, partner, *_rest in MEETINGS:
        stop = stop_of[partner]
        meetings.append(
            create_meeting(
                mission=mission,
                data={"requester": firms[firm], "counterpart": partners[partner], "stop": stop,
                      "status": Meeting.Status.ACCEPTED, "priority": 1},
            )
        )
    schedule = publish_first_schedule(mission, time_limit=10)
    counts = {"meetings": len(meetings), "placed": schedule.placements.count(), "outcomes": 0, "answers": 0,
              "programme items": counts_visits}
    staff = organiser.memberships.filter(role="staff").select_related("user").first()
    user = staff.user if staff else None
    today = timezone.localdate()
    for meeting, (_f, _p, attendance, outcome, answers) in zip(meetings, MEETINGS, strict=True):
        if attendance == "no_show":
            followup.mark_no_show(meeting=meeting, user=user)
            continue
        followup.check_in(meeting=meeting, user=user)
        interest, consult, expected, onsite, mou, products = outcome
        data = {"interest": interest, "mou_signed": mou, "products_discussed": products, "notes": "",
                "next_step": "Quarterly call with the buyer" if interest != "none" else ""}
        for prefix, pair in (("consultation", consult), ("expected_contract", expected), ("onsite_contract", onsite)):
            data[f"{prefix}_amount"], data[f"{prefix}_currency"] = _money(pair)
        followup.save_outcome(meeting=meeting, user=user, data=data, version=0)
        counts["outcomes"] += 1
        meeting.refresh_from_db()
        lead = getattr(meeting, "lead", None)
        for months, (stage, export, comment) in sorted(answers.items()):
            checkin = lead.checkins.get(months=months)
            followup.issue_checkin_link(checkin=checkin, today=today)
            amount, currency = _money(export)
            followup.answer_checkin(checkin=checkin, stage=stage, export_amount=amount, export_currency=currency,
                                    comment=comment, today=today)
            counts["answers"] += 1
    return counts
