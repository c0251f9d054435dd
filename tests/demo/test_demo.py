"""The demo story loads through the domain functions, and each demo role sees what it should."""

import pytest
from django.contrib.auth.models import User

from gyoryu.demo.load import load_demo
from gyoryu.missions.models import Mission
from gyoryu.missions.queries import visible_missions
from gyoryu.organizations.models import Organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def signins():
    return {s["username"]: s for s in load_demo()}


def test_demo_has_the_story(signins):
    assert set(signins) >= {"admin", "staff", "delegate", "partner"}
    mission = Mission.objects.get(organiser__slug="changwon")
    assert [s.city_en for s in mission.stops.order_by("order")][:2] == [
        "San Jose",
        "Seattle",
    ] or mission.stops.count() >= 2
    assert mission.delegation.exclude(organisation__kind="city_government").count() == 6
    assert mission.interpreters.count() == 2
    assert mission.targets.count() >= 15
    for org in Organisation.objects.filter(organiser__slug="changwon"):
        assert org.name_ko and org.name_en, org
        assert (org.description_ko or org.offers_ko) and (org.description_en or org.offers_en), org


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("username", ["admin", "staff", "delegate", "partner", "other-staff"])
def test_each_demo_role_browses_in_both_languages(client, signins, username, lang):
    signin = client.post("/login/", {"username": username, "password": signins[username]["password"]})
    assert signin.status_code == 302  # through the sign-in page (django-axes wants the request)
    user = User.objects.get(username=username)
    missions = list(visible_missions(user))
    listing = client.get("/missions/", HTTP_ACCEPT_LANGUAGE=lang)
    assert listing.status_code == 200
    for mission in missions:
        title = mission.title_ko if lang == "ko" else mission.title_en
        assert title in listing.content.decode()
        assert client.get(f"/missions/{mission.pk}/", HTTP_ACCEPT_LANGUAGE=lang).status_code == 200
    assert client.get("/organisations/", HTTP_ACCEPT_LANGUAGE=lang).status_code == 200
    expected = {"admin": 2, "staff": 1, "delegate": 1, "partner": 1, "other-staff": 1}[username]
    assert len(missions) == expected
    others = Mission.objects.exclude(pk__in=[m.pk for m in missions])
    for mission in others:
        assert client.get(f"/missions/{mission.pk}/").status_code == 404
        assert client.get(f"/api/missions/{mission.pk}").status_code == 404


def test_the_demo_mission_is_in_full_flight(signins):
    from gyoryu.demo.meetings import bring_to_life, plan_meetings, publish_first_schedule
    from gyoryu.demo.programme import plan_programme
    from gyoryu.followup.models import Lead
    from gyoryu.matchmaking import service

    service.reset()
    mission = Mission.objects.get(organiser__slug="changwon")
    assert plan_programme(mission) == 15
    planned = plan_meetings(mission)
    assert planned >= 30
    schedule = publish_first_schedule(mission, time_limit=30)
    assert (schedule.status, schedule.solver_status, schedule.placements.count()) == (
        "published",
        "optimal",
        planned,
    )
    _meetings_go_around_the_programme(mission, schedule)
    assert bring_to_life(mission) == {"held": 8, "no_show": 2, "outcomes": 8, "leads": 7, "requests": 4}
    assert set(Lead.objects.values_list("stage", flat=True)) == {
        "contacted",
        "sample_quotation",
        "negotiation",
        "contract",
        "exporting",
        "lost",
    }
    assert set(mission.meetings.values_list("status", flat=True)) == {
        "accepted",
        "requested",
        "declined",
        "proposed",
    }
    _the_proposal_is_a_meeting_time_where_the_partner_is_met(mission)


def _the_proposal_is_a_meeting_time_where_the_partner_is_met(mission):
    """Issue 13, item 1: the demo's other time is 15:00 on a meeting day at the partner's stop, not 02:00."""
    import zoneinfo

    from gyoryu.meetings import times

    proposed = mission.meetings.select_related("stop", "requester", "counterpart").get(status="proposed")
    target = mission.targets.get(organisation=proposed.counterpart)
    assert proposed.stop == target.stop or target.stop is None
    local = proposed.proposed_start.astimezone(zoneinfo.ZoneInfo(proposed.stop.timezone))
    assert (local.strftime("%H:%M"), local.weekday() < 5) == ("15:00", True)
    times.check(meeting=proposed, moment=proposed.proposed_start)  # a meeting slot of its stop


def _meetings_go_around_the_programme(mission, schedule):
    import zoneinfo

    from gyoryu.programme.models import ProgrammeItem
    from gyoryu.scheduling import build
    from gyoryu.scheduling.validate import validate_schedule

    la = zoneinfo.ZoneInfo("America/Los_Angeles")
    items = {i.title_en: i for i in ProgrammeItem.objects.filter(mission=mission)}
    kinds = sorted({i.kind for i in items.values()})
    assert kinds == sorted(k for k in ProgrammeItem.Kind.values if k != "")
    call = items["Courtesy call on the Redmond City Council"]
    assert sorted(p.title_en for p in call.host_people.all()) == ["Council President"] + ["Councilmember"] * 4
    assert [o.name_en for o in call.host_organisations.all()] == ["City of Redmond"]
    assert items["Free time: Pike Place Market"].status == "planned"
    assert {i.status for t, i in items.items() if not t.startswith("Free time")} == {"confirmed"}
    days = sorted({p.start.astimezone(la).strftime("%a") for p in schedule.placements.all()})
    assert days == ["Fri", "Thu", "Tue", "Wed"]  # Monday is the arrival, Saturday has no meetings
    problem, look = build.build_problem(mission)
    assert len(problem.busy) == 14
    engine = [
        build.solver.Assignment(
            meeting=f"m{p.meeting_id}",
            slot=look.slot_at(p.stop_id, p.start),
            venue=f"v{p.room.venue_id}",
            room=f"r{p.room_id}",
            interpreter=f"i{p.interpreter_id}" if p.interpreter_id else None,
        )
        for p in schedule.placements.select_related("room")
    ]
    answer = build.solver.Schedule("optimal", tuple(engine), (), {}, 0, 0, 0, 0, 0.0)
    assert [v for v in validate_schedule(problem=problem, schedule=answer).violations if v[0] == "busy"] == []


def test_the_demo_partnerships(signins):
    """The Redmond relationship (exchange agreement signed on the visit, sister-city under review), the
    library cooperation and Sejin's joint-research MoU, with programmes; the delegate sees Sejin's only."""
    from gyoryu.demo.partnerships import bring_partnerships_to_life
    from gyoryu.demo.programme import plan_programme
    from gyoryu.partnerships import network, queries
    from gyoryu.partnerships.models import Agreement

    mission = Mission.objects.get(organiser__slug="changwon")
    plan_programme(mission)
    assert bring_partnerships_to_life(mission) == {"agreements": 4, "documents": 1, "programmes": 7, "links": 3}
    statuses = dict(Agreement.objects.values_list("title_en", "status"))
    assert statuses == {
        "Exchange and Cooperation Agreement between Changwon and Redmond": "active",
        "Sister-city relationship between Changwon and Redmond": "under_review",
        "Library Cooperation MoU: Changwon and The Seattle Public Library": "active",
        "MoU on joint composite research: Sejin Aerotech and Cascadia Polytechnic": "signed",
    }
    exchange = Agreement.objects.get(kind="exchange")
    assert (exchange.signed_on.isoformat(), exchange.areas, exchange.documents.get().pages) == (
        "2027-03-12",
        ["industry", "culture", "sports", "academia"],
        1,
    )
    delegate = User.objects.get(username="delegate")
    assert [a.kind for a in queries.visible_agreements(delegate)] == ["mou"]
    assert queries.visible_agreements(User.objects.get(username="other-staff")).count() == 0
    assert queries.mission_programmes(mission)["programmes"] == 2
    graph = network.build_graph(mission.organiser_id)
    top = {c["label_en"] for c in network.key_connectors(graph, k=2)}
    assert top == {"Changwon Special City", "City of Redmond"}  # before any meeting: the two cities


def test_the_demo_value_chains(signins, client):
    """An aerospace and a medical-device chain from the templates, proposed by the codes and the engine
    and decided by staff (some accepted, some rejected with reasons, some still proposed), with gaps; the
    next mission is what the map's suggested targets are for; the delegate (Sejin) and the partner (Boeing)
    see the aerospace chain with their own placement only."""
    from gyoryu.demo.partnerships import bring_partnerships_to_life
    from gyoryu.demo.programme import plan_programme
    from gyoryu.demo.valuechains import load_value_chains, plan_next_mission
    from gyoryu.matchmaking import service
    from gyoryu.valuechains import gaps, queries
    from gyoryu.valuechains.models import Chain, Placement

    service.reset()
    mission = Mission.objects.get(organiser__slug="changwon")
    plan_programme(mission)
    bring_partnerships_to_life(mission)
    staff = User.objects.get(username="staff")
    counts = load_value_chains(mission.organiser, user=staff)
    next_mission = plan_next_mission(mission.organiser)
    assert counts == {"chains": 2, "stages": 9, "accepted": 11, "rejected": 3, "proposed": 3}
    found = {}
    for chain in Chain.objects.order_by("pk"):
        placements = Placement.objects.filter(stage__chain=chain).select_related("organisation")
        found[chain.name_en] = [(row.stage.order, row.gap) for row in gaps.gaps(chain, placements)]
        accepted = placements.filter(status="accepted", organisation__country="KR")
        assert {p.decided_by for p in accepted} == {staff}
    assert found == {
        "Aircraft value chain": [(1, "no_local"), (2, "no_local"), (4, "no_tie")],
        "Medical device value chain": [
            (1, "no_tie"),
            (2, "no_tie"),
            (3, "no_local"),
            (4, "no_local"),
            (5, "no_local"),
        ],
    }
    rejected = sorted(
        (p.stage.chain.sector, p.stage.order, p.organisation.name_en, p.note)
        for p in Placement.objects.filter(status="rejected").select_related("stage__chain", "organisation")
    )
    assert rejected == [
        ("aerospace", 1, "Sejin Aerotech Co., Ltd.", "Machines aircraft parts; builds no aircraft (tier 2)."),
        ("aerospace", 2, "The Boeing Company", "The aircraft maker itself: placed at the OEM stage."),
        (
            "medical_devices",
            2,
            "Bayline Medical Distribution, Inc.",
            "A distributor, not a maker: placed at distribution.",
        ),
    ]
    proposed = sorted(
        (p.stage.chain.sector, p.stage.order, p.organisation.name_en)
        for p in Placement.objects.filter(status="proposed").select_related("stage__chain", "organisation")
    )
    assert proposed == [
        ("aerospace", 1, "Lumenfield Systems, Inc."),
        ("aerospace", 1, "Puget Aerostructures, Inc."),
        ("aerospace", 3, "Puget Aerostructures, Inc."),
    ]
    for username in ("delegate", "partner"):
        user = User.objects.get(username=username)
        assert [c.name_en for c in queries.visible_chains(user)] == ["Aircraft value chain"]
    assert [
        p.organisation.name_en for p in queries.visible_placements(User.objects.get(username="delegate"))
    ] == ["Sejin Aerotech Co., Ltd."]
    assert queries.visible_chains(User.objects.get(username="other-staff")).count() == 0
    client.force_login(staff)
    aero = Chain.objects.get(sector="aerospace")
    page = client.get(f"/valuechains/{aero.pk}/").content.decode()
    assert f'<option value="{next_mission.pk}" selected>' in page
    oem = aero.stages.get(order=1)
    body = client.get(
        f"/api/valuechains/chains/{aero.pk}/stages/{oem.pk}/suggestions?mission={next_mission.pk}"
    ).json()
    # the partners at the OEM stage first, then those the engine finds for what the stage does
    assert {(s["name_en"], s["why"]) for s in body[:2]} == {
        ("The Boeing Company", "placed"),
        ("Skyreach Aerial Systems", "placed"),
    }
    assert [(s["name_en"], s["why"]) for s in body[2:3]] == [("Puget Aerostructures, Inc.", "stage")]


def test_the_directory_finds_the_demo_firm_across_languages(client, signins):
    """The README's promise, on the demo's own profiles: 「항공기 엔진 부품 정밀 가공」 is found by "machined engine
    parts" (the buyers who seek such parts come after the firm that offers them), in the page and the API."""
    from gyoryu.matchmaking import service

    service.reset()
    client.post("/login/", {"username": "staff", "password": signins["staff"]["password"]})
    page = client.get("/organisations/", {"q": "machined engine parts"}, HTTP_HX_REQUEST="true")
    found = [org.name_en for org in page.context["organisations"]]
    assert found == ["Sejin Aerotech Co., Ltd.", "Puget Aerostructures, Inc.", "The Boeing Company"]
    sejin = page.context["organisations"][0]
    assert "항공기 엔진 부품 정밀 가공" in sejin.description_ko
    api = client.get("/api/organisations/", {"q": "machined engine parts", "country": "KR"}).json()
    assert [org["name_en"] for org in api] == ["Sejin Aerotech Co., Ltd."]
    service.reset()
