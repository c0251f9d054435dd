"""The relationship network: ties from meetings held, agreements, programmes, leads and delegations;
filters by field, country and date; measures from networkx; "who already knows whom" on a mission."""

import datetime as dt

import networkx as nx
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from gyoryu.followup import domain as followup
from gyoryu.meetings.models import Meeting
from gyoryu.partnerships import domain, network, programmes
from gyoryu.partnerships.network import org_node, person_node
from gyoryu.scheduling.models import Placement, Schedule
from tests.factories import MissionFactory, OrganisationFactory, RoomFactory
from tests.partnerships.conftest import login, make_agreement

pytestmark = pytest.mark.django_db


def held_meeting(t, requester, counterpart, start, members=()):
    meeting = Meeting.objects.create(mission=t.mission, requester=requester, counterpart=counterpart)
    meeting.members.set(members)
    schedule, _ = Schedule.objects.get_or_create(
        mission=t.mission, number=1, defaults={"status": "published"}
    )
    room = RoomFactory(venue__stop=t.mission.stops.get())
    Placement.objects.create(
        schedule=schedule,
        meeting=meeting,
        start=start,
        end=start + dt.timedelta(minutes=30),
        stop=room.venue.stop,
        room=room,
    )
    followup.check_in(meeting=meeting, user=t.staff)
    return meeting


@pytest.fixture
def story(ties):
    # 2027-03-09 01:00 UTC is still 2027-03-08 in Seattle: the date is the local one
    held_meeting(ties, ties.firm, ties.partner, dt.datetime(2027, 3, 9, 1, 0, tzinfo=dt.UTC), [ties.firm_ceo])
    exchange = make_agreement(ties, areas=["industry", "sports"])
    domain.add_signatory(agreement=exchange, person=ties.mayor)
    domain.change_status(
        agreement=exchange, to="under_review", on=dt.date(2027, 2, 1), today=dt.date(2027, 2, 1)
    )
    library = make_agreement(
        ties, ties.city, ties.library, areas=["library"], kind="mou", today=dt.date(2026, 5, 4)
    )
    programmes.create_programme(
        agreement=library,
        data={
            "type": "library_cooperation",
            "title_en": "Books",
            "starts_on": dt.date(2026, 10, 1),
            "ends_on": dt.date(2026, 10, 2),
            "state": "held",
        },
        participants=[ties.librarian],
        today=dt.date(2026, 11, 1),
    )
    return {"exchange": exchange, "library": library}


def test_the_graph_has_every_kind_of_tie(ties, story):
    g = network.build_graph(ties.organiser.pk)
    edge = lambda a, b: g[a][b]  # noqa: E731
    c, f, fc, lib, p = (
        org_node(o.pk) for o in (ties.city, ties.firm, ties.foreign_city, ties.library, ties.partner)
    )
    assert (edge(f, p)["kinds"], edge(f, p)["last"], edge(f, p)["areas"]) == (
        ["meeting"],
        dt.date(2027, 3, 8),
        ["industry"],
    )
    assert edge(person_node(ties.firm_ceo.pk), p)["kinds"] == ["meeting"]
    assert (edge(c, fc)["kinds"], edge(c, fc)["areas"], edge(c, fc)["last"]) == (
        ["agreement"],
        ["industry", "sports"],
        dt.date(2027, 2, 1),
    )
    assert edge(person_node(ties.mayor.pk), fc)["kinds"] == ["agreement"]
    assert (edge(c, lib)["kinds"], edge(c, lib)["last"], edge(c, lib)["weight"]) == (
        ["agreement", "programme"],
        dt.date(2026, 10, 2),
        2,
    )
    assert edge(person_node(ties.librarian.pk), c)["kinds"] == ["programme"]
    assert (edge(c, f)["kinds"], edge(c, f)["last"]) == (["delegation"], dt.date(2027, 3, 8))
    assert edge(person_node(ties.firm_ceo.pk), f)["kinds"] == ["member"]
    assert g.nodes[c]["type"] == "city" and g.nodes[p]["type"] == "organisation"
    assert g.nodes[person_node(ties.mayor.pk)]["type"] == "person"


def test_leads_are_ties(ties, story):
    meeting = Meeting.objects.get()
    followup.save_outcome(
        meeting=meeting,
        user=ties.staff,
        version=0,
        data={
            "interest": "high",
            "products_discussed": "",
            "next_step": "",
            "notes": "",
            "mou_signed": False,
        },
    )
    g = network.build_graph(ties.organiser.pk)
    assert g[org_node(ties.firm.pk)][org_node(ties.partner.pk)]["kinds"] == ["lead", "meeting"]


def test_filters_by_field_country_and_date(ties, story):
    sports = network.build_graph(ties.organiser.pk, area="sports")
    c, fc, mayor = org_node(ties.city.pk), org_node(ties.foreign_city.pk), person_node(ties.mayor.pk)
    assert {frozenset(e) for e in sports.edges} == {
        frozenset((c, fc)),
        frozenset((mayor, fc)),
        frozenset((mayor, c)),
    }
    recent = network.build_graph(ties.organiser.pk, since=dt.date(2027, 1, 1))
    assert org_node(ties.library.pk) not in recent  # its last ties are from 2026
    assert recent.has_edge(org_node(ties.firm.pk), org_node(ties.partner.pk))
    korean = OrganisationFactory(organiser=ties.organiser, country="KR")
    ties.firm.country = ties.city.country = "KR"
    ties.firm.save(), ties.city.save()
    us = network.build_graph(ties.organiser.pk, country="us")
    assert not us.has_edge(org_node(ties.city.pk), org_node(ties.firm.pk))  # both Korean
    assert us.has_edge(org_node(ties.city.pk), org_node(ties.foreign_city.pk))
    assert org_node(korean.pk) not in us


def test_key_connectors_come_from_networkx(ties, story):
    g = network.build_graph(ties.organiser.pk)
    expected = nx.betweenness_centrality(g)
    connectors = network.key_connectors(g, k=3)
    ranked = sorted((n for n in expected if expected[n] > 0), key=lambda n: (-expected[n], -g.degree(n), n))
    assert [c["node"] for c in connectors] == ranked[:3]
    assert len(ranked) == 2  # the city and the firm lie between others; nobody else does
    assert connectors[0]["node"] == org_node(ties.city.pk)
    assert connectors[0]["betweenness"] == round(expected[org_node(ties.city.pk)], 4)
    assert connectors[0]["ties"] == g.degree(org_node(ties.city.pk))


def test_the_network_is_the_organisers_own(ties, story):
    other = MissionFactory()
    assert network.build_graph(other.organiser_id).number_of_nodes() == 0


def test_who_already_knows_whom_on_the_missions_targets(client, ties, story):
    ties_of = network.ties_of(network.build_graph(ties.organiser.pk), org_node(ties.foreign_city.pk))
    assert [(t["label_en"], t["kinds"], t["last"]) for t in ties_of] == [
        ("Changwon", ["agreement"], dt.date(2027, 2, 1)),
        ("Park Sung-woo", ["agreement"], dt.date(2027, 2, 1)),
    ]
    login(client, ties.staff)
    page = client.get(
        f"/partnerships/missions/{ties.mission.pk}/ties/", HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    assert "2 ties · last contact 2027-02-01 · 2 with our delegation" in page
    assert "No ties yet: a new contact." not in page  # every target has met someone
    login(client, ties.delegate)
    assert client.get(f"/partnerships/missions/{ties.mission.pk}/ties/").status_code == 404


def test_the_network_page_and_its_query_count(client, ties, story):
    login(client, ties.staff)
    with CaptureQueriesContext(connection) as few:
        response = client.get("/partnerships/network/")
    assert response.status_code == 200
    data = response.context["elements"]
    assert len(data["nodes"]) == 8 and len(data["edges"]) == response.context["n_edges"]
    for i in range(6):
        extra = make_agreement(
            ties, ties.city, OrganisationFactory(organiser=ties.organiser, name_en=f"Extra {i}")
        )
        programmes.create_programme(
            agreement=extra,
            data={
                "type": "sports_event",
                "title_en": "Match",
                "starts_on": dt.date(2027, 5, 1),
                "ends_on": dt.date(2027, 5, 1),
            },
        )
    with CaptureQueriesContext(connection) as many:
        response = client.get("/partnerships/network/?area=sports")
    assert len(response.context["elements"]["nodes"]) == 9
    assert len(many) == len(few)
    assert client.get("/partnerships/network/?since=not-a-date").status_code == 200


def courtesy_call(t, start):
    from gyoryu.programme import domain as programme
    from tests.factories import RoomFactory

    room = RoomFactory(venue__stop=t.mission.stops.get(), capacity=20)
    item = programme.create_item(
        mission=t.mission,
        data={
            "kind": "official_visit",
            "stop": room.venue.stop,
            "title_en": "Courtesy call",
            "title_ko": "예방",
            "start": start,
            "end": start + dt.timedelta(hours=1),
            "place": "venue",
            "venue": room.venue,
            "room": room,
            "attendance": "officials",
        },
        host_people=[t.foreign_official],
    )
    return programme.confirm_item(item=item)


def test_confirmed_visits_are_ties_in_the_fields_of_the_agreement_they_served(ties):
    # 2027-03-12 04:00 UTC is 2027-03-11 20:00 in Seattle (the stop's zone)
    item = courtesy_call(ties, dt.datetime(2027, 3, 12, 4, 0, tzinfo=dt.UTC))
    g = network.build_graph(ties.organiser.pk)
    c, fc = org_node(ties.city.pk), org_node(ties.foreign_city.pk)
    assert (g[c][fc]["kinds"], g[c][fc]["areas"], g[c][fc]["last"]) == (
        ["visit"],
        ["other"],
        dt.date(2027, 3, 11),
    )
    assert not g.has_edge(org_node(ties.firm.pk), fc)  # officials only: the firm was not there
    agreement = make_agreement(ties, areas=["culture", "sports"])
    domain.link_programme_item(agreement=agreement, item=item, user=ties.staff)
    g = network.build_graph(ties.organiser.pk, area="culture")
    assert g[c][fc]["kinds"] == ["agreement", "visit"]
    assert [link.programme_item for link in agreement.links.all()] == [item]


def test_links_stay_within_the_organiser(ties):
    from django.core.exceptions import ValidationError

    item = courtesy_call(ties, dt.datetime(2027, 3, 12, 4, 0, tzinfo=dt.UTC))
    stranger = make_agreement(ties)
    stranger.organiser = MissionFactory().organiser
    with pytest.raises(ValidationError) as exc:
        domain.link_programme_item(agreement=stranger, item=item)
    assert exc.value.message_dict == {"programme_item": ["Choose a programme item of one of your missions."]}
    meeting = held_meeting(ties, ties.firm, ties.partner, dt.datetime(2027, 3, 9, 1, 0, tzinfo=dt.UTC))
    with pytest.raises(ValidationError) as exc:
        domain.link_meeting(agreement=stranger, meeting=meeting)
    assert exc.value.message_dict == {"meeting": ["Choose a meeting of one of your missions."]}
