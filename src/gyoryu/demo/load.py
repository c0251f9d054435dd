"""Load the demo story into the database through the domain functions (the same path users take)."""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from gyoryu.accounts import domain as accounts
from gyoryu.accounts.models import Role
from gyoryu.demo.brochure import dress as dress_brochure
from gyoryu.missions import domain as missions
from gyoryu.organizations import domain as organizations
from gyoryu.organizations.codes import parse_codes
from gyoryu.privacy.domain import give_consent


def _load_organiser(organiser_data: dict, orgs: list[dict], people: list[dict]):
    organiser = accounts.create_organiser(**organiser_data)
    org_by_key, person_by_key = {}, {}
    for item in orgs:
        data = {k: v for k, v in item.items() if k not in {"key", "codes"}}
        org_by_key[item["key"]] = organizations.create_organisation(
            organiser=organiser, data=data, codes=parse_codes(", ".join(item.get("codes", [])))
        )
    for item in people:
        data = {k: v for k, v in item.items() if k not in {"key", "org"}}
        data["organisation"] = org_by_key.get(item.get("org")) if item.get("org") else None
        if data.get("consent_date"):
            data["consent_date"] = dt.date.fromisoformat(data["consent_date"])
        person_by_key[item["key"]] = organizations.create_person(organiser=organiser, data=data)
    return organiser, org_by_key, person_by_key


def _load_mission(organiser, spec: dict, orgs: dict, people: dict):
    mission = missions.create_mission(
        organiser=organiser, data={k: v for k, v in spec.items() if isinstance(v, str)}
    )
    stops = []
    for stop_spec in spec.get("stops", []):
        data = {k: v for k, v in stop_spec.items() if k != "venues"}
        data["start_date"] = dt.date.fromisoformat(data["start_date"])
        data["end_date"] = dt.date.fromisoformat(data["end_date"])
        stop = missions.add_stop(mission=mission, data=data)
        stops.append(stop)
        for venue in stop_spec.get("venues", []):
            vdata = {k: venue.get(k, "") for k in ("name_ko", "name_en", "address")}
            vdata["host"] = orgs.get(venue.get("host")) if venue.get("host") else None
            missions.save_venue(stop=stop, data=vdata, rooms=[(n, int(s)) for n, s in venue.get("rooms", [])])
    for entry in spec.get("delegation", []):
        missions.add_to_delegation(
            mission=mission,
            organisation=orgs[entry["org"]],
            travellers=[people[k] for k in entry.get("travellers", [])],
        )
    for target in spec.get("targets", []):
        stop = stops[target["stop"]] if target.get("stop") is not None and stops else None
        missions.set_target(
            mission=mission,
            organisation=orgs[target["org"]],
            priority=target.get("priority", 2),
            stop=stop,
            notes=target.get("notes", ""),
        )
    for interp in spec.get("interpreters", []):
        missions.set_interpreter(
            mission=mission,
            person=people[interp["person"]],
            language_pairs=interp["language_pairs"],
            available_days=interp.get("available_days", []),
        )
    return mission


def _load_accounts(organiser, specs: list[dict], orgs: dict, people: dict) -> list[dict]:
    signins = []
    for spec in specs:
        role = spec["role"]
        user = accounts.create_account(
            username=spec["username"], password=spec["password"], is_superuser=role == "admin"
        )
        if role != "admin":
            accounts.grant(
                user=user,
                organiser=organiser,
                role={"guest": Role.GUEST}.get(role, role),
                organisation=orgs.get(spec.get("org")) if spec.get("org") else None,
            )
        if spec.get("person"):
            person = people[spec["person"]]
            person.user = user
            person.save(update_fields=["user"])
        if role in ("delegate", "guest"):  # the demo's people agreed to the privacy notice when they joined
            give_consent(user=user, organiser_ids=[organiser.pk], language="ko")
        signins.append({"role": role, "username": spec["username"], "password": spec["password"]})
    return signins


@transaction.atomic
def load_demo() -> list[dict]:
    """Load both organisers' stories; return the sign-ins (role, username, password).
    Side effects: organisers, organisations, people, missions and accounts are created."""
    from gyoryu.demo import data

    organiser, orgs, people = _load_organiser(data.ORGANISER, data.ORGANISATIONS, data.PEOPLE)
    mission = _load_mission(organiser, data.MISSION, orgs, people)
    dress_brochure(mission=mission, orgs=orgs, people=people)
    signins = _load_accounts(organiser, data.ACCOUNTS, orgs, people)
    other, other_orgs, other_people = _load_organiser(
        data.OTHER_ORGANISER, data.OTHER_ORGANISATIONS, getattr(data, "OTHER_PEOPLE", [])
    )
    _load_mission(other, data.OTHER_MISSION, other_orgs, other_people)
    signins += _load_accounts(other, data.OTHER_ACCOUNTS, other_orgs, other_people)
    return signins
