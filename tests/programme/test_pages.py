import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from gyoryu.accounts.models import Role
from gyoryu.notifications.models import Notification
from gyoryu.programme import domain
from gyoryu.programme.models import ProgrammeItem
from tests.factories import MembershipFactory
from tests.programme.world import at, programme_world, visit

pytestmark = pytest.mark.django_db


@pytest.fixture
def w(client):
    w = programme_world()
    w.staff = MembershipFactory(organiser=w.mission.organiser, role=Role.STAFF).user
    client.force_login(w.staff)
    return w


def _form(w, **over):
    data = {
        "kind": "site_tour",
        "title_en": "Factory tour",
        "title_ko": "공장 견학",
        "stop": w.san_jose.pk,
        "start": "2027-03-09T10:00",
        "end": "2027-03-09T12:30",
        "place": "venue",
        "venue": w.hall.pk,
        "room": w.room.pk,
        "attendance": "firms",
        "attending_organisations": [w.firm_a.pk],
        "interpreters": [w.interpreter.pk],
    }
    return {**data, **over}


def test_add_confirm_and_cancel_an_item_on_the_pages(client, w):
    base = f"/missions/{w.mission.pk}/programme"
    assert client.get(f"{base}/new/?kind=flight").status_code == 200
    response = client.post(f"{base}/new/", _form(w))
    item = ProgrammeItem.objects.get()
    assert response["Location"] == f"{base}/{item.pk}/"
    assert (item.start, item.end, item.start_zone) == (at(9, 10), at(9, 12, 30), "America/Los_Angeles")
    page = client.get(response["Location"]).content.decode()
    assert "Factory tour" in page and "03-09 10:00–12:30" in page and "CEO A" in page
    client.post(f"{base}/{item.pk}/confirm/")
    client.post(f"{base}/{item.pk}/cancel/")
    item.refresh_from_db()
    assert (item.status, item.revision) == ("cancelled", 2)
    assert Notification.objects.filter(kind="programme_cancelled").count() == 3  # CEO A, CTO A, interpreter


def test_an_item_is_edited_on_its_edit_page(client, w):
    """(/missions/N/programme/M/edit/ once fell into the mission's own part pattern and answered 404.)"""
    base = f"/missions/{w.mission.pk}/programme"
    client.post(f"{base}/new/", _form(w))
    item = ProgrammeItem.objects.get()
    page = client.get(f"{base}/{item.pk}/edit/")
    assert page.status_code == 200
    assert page.context["item"] == item
    response = client.post(f"{base}/{item.pk}/edit/", _form(w, title_en="Factory tour and lunch"))
    assert response["Location"] == f"{base}/{item.pk}/"
    item.refresh_from_db()
    assert item.title_en == "Factory tour and lunch"


def test_the_form_shows_the_domains_errors_in_korean(client, w):
    response = client.post(
        f"/missions/{w.mission.pk}/programme/new/",
        _form(w, end="2027-03-09T09:00", attendance="firms", attending_organisations=[]),
        HTTP_ACCEPT_LANGUAGE="ko",
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors == {"end": ["종료 시각이 시작 시각보다 앞섭니다."]}
    response = client.post(
        f"/missions/{w.mission.pk}/programme/new/",
        _form(w, attending_organisations=[]),
        HTTP_ACCEPT_LANGUAGE="ko",
    )
    assert response.context["form"].errors == {"attending_organisations": ["참석하는 기업을 고르세요."]}
    assert ProgrammeItem.objects.count() == 0


def test_a_flight_is_written_in_its_departure_and_arrival_zones(client, w):
    client.post(
        f"/missions/{w.mission.pk}/programme/new/",
        {
            "kind": "flight",
            "title_en": "KE023",
            "arrival_stop": w.san_jose.pk,
            "start": "2027-03-08T19:30",
            "start_zone": "Asia/Seoul",
            "end": "2027-03-08T12:55",
            "place": "transit",
            "attendance": "delegation",
        },
    )
    item = ProgrammeItem.objects.get()
    assert (item.start.isoformat(), item.end.isoformat()) == (
        "2027-03-08T10:30:00+00:00",
        "2027-03-08T20:55:00+00:00",
    )
    dashboard = client.get(f"/missions/{w.mission.pk}/").content.decode()
    assert "19:30 <small>Asia/Seoul</small> → 12:55" in dashboard


def test_others_cannot_write_and_see_only_their_items(client, w):
    domain.create_item(mission=w.mission, data=visit(w, title_en="Officials", attendance="officials"))
    delegate = MembershipFactory(
        organiser=w.mission.organiser, role=Role.DELEGATE, organisation=w.firm_a
    ).user
    client.force_login(delegate)
    assert client.get(f"/missions/{w.mission.pk}/programme/new/").status_code == 403
    listing = client.get(f"/missions/{w.mission.pk}/programme/").content.decode()
    assert "Officials" not in listing and "No programme items yet." in listing


def test_dashboard_query_count_does_not_grow_with_items(client, w):
    def add(n):
        for k in range(n):
            item = domain.create_item(
                mission=w.mission, data=visit(w, title_en=f"Item {k}"), host_people=[w.president]
            )
            domain.confirm_item(item=item)

    add(2)
    with CaptureQueriesContext(connection) as few:
        assert client.get(f"/missions/{w.mission.pk}/").status_code == 200
    add(10)
    with CaptureQueriesContext(connection) as many:
        page = client.get(f"/missions/{w.mission.pk}/").content.decode()
    assert len(many) == len(few)
    assert page.count('data-testid="entry-item"') == 12


def test_removing_a_stop_on_the_page_lists_what_it_affects_then_reschedules(client, w):
    item = domain.create_item(mission=w.mission, data=visit(w))
    domain.confirm_item(item=item)
    url = f"/missions/{w.mission.pk}/stop/{w.san_jose.pk}/remove/"
    page = client.post(url, HTTP_ACCEPT_LANGUAGE="ko")
    assert page.status_code == 409
    text = page.content.decode()
    assert "공식 방문·예방 “예방”, 2027-03-09 10:00 (확정)" in text and 'name="reschedule" value="1"' in text
    w.san_jose.refresh_from_db()
    response = client.post(url, {"reschedule": "1"})
    assert response["Location"] == f"/missions/{w.mission.pk}/"
    assert not w.mission.stops.filter(pk=w.san_jose.pk).exists()
    item.refresh_from_db()
    assert (item.status, item.stop) == ("cancelled", None)
    assert Notification.objects.filter(kind="programme_cancelled").count() == 4  # the four travellers


def test_a_flight_landing_the_evening_before_shows_on_the_first_day(client, w):
    domain.create_item(
        mission=w.mission,
        data={
            "kind": "flight",
            "title_en": "Evening arrival",
            "arrival_stop": w.san_jose,
            "start": at(7, 9),
            "end": at(7, 21),
            "start_zone": "America/Los_Angeles",
        },
    )
    page = client.get(f"/missions/{w.mission.pk}/").content.decode()
    first_day = page.split(f'data-testid="day-{w.san_jose.pk}-2027-03-08"')[1].split('data-testid="day-')[0]
    assert "Evening arrival" in first_day


def test_an_item_page_lists_the_published_meetings_it_clashes_with(client, w):
    from gyoryu.meetings import domain as meetings
    from gyoryu.scheduling.models import Placement, Schedule
    from tests.factories import OrganisationFactory

    buyer = OrganisationFactory(organiser=w.mission.organiser, country="US", name_en="Buyer")
    meeting = meetings.create_meeting(mission=w.mission, data={"requester": w.firm_b, "counterpart": buyer})
    schedule = Schedule.objects.create(mission=w.mission, number=1, status="published")
    Placement.objects.create(
        schedule=schedule, meeting=meeting, start=at(9, 10, 30), end=at(9, 11), stop=w.san_jose, room=w.room
    )
    item = domain.create_item(
        mission=w.mission, data=visit(w, attendance="firms"), attending_organisations=[w.firm_b]
    )
    page = client.get(f"/missions/{w.mission.pk}/programme/{item.pk}/").content.decode()
    assert "03-09 10:30 · Firm B – Buyer · Hall A" in page
    other = domain.create_item(
        mission=w.mission, data=visit(w, attendance="firms"), attending_organisations=[w.firm_a]
    )
    assert (
        'data-testid="clashes"'
        not in client.get(f"/missions/{w.mission.pk}/programme/{other.pk}/").content.decode()
    )


def test_the_dashboard_itinerary_takes_as_many_queries_for_many_items_and_sessions_as_for_one(client, w):
    """Staff and a delegate: programme items and published 1:1 meetings are read in a fixed number of
    queries (a deferred field read per row once cost a query per placement)."""
    from gyoryu.meetings import domain as meetings
    from gyoryu.scheduling.models import Placement, Schedule
    from tests.factories import OrganisationFactory

    delegate = MembershipFactory(organiser=w.mission.organiser, role=Role.DELEGATE, organisation=w.firm_b).user
    schedule = Schedule.objects.create(mission=w.mission, number=1, status="published")

    def add(n):
        for _ in range(n):
            buyer = OrganisationFactory(organiser=w.mission.organiser, country="US")
            meeting = meetings.create_meeting(
                mission=w.mission, data={"requester": w.firm_b, "counterpart": buyer}
            )
            Placement.objects.create(
                schedule=schedule, meeting=meeting, start=at(9, 14), end=at(9, 14, 30), stop=w.san_jose, room=w.room
            )
            domain.create_item(
                mission=w.mission, data=visit(w, attendance="firms"), attending_organisations=[w.firm_b]
            )

    def queries(user):
        client.force_login(user)
        with CaptureQueriesContext(connection) as done:
            page = client.get(f"/missions/{w.mission.pk}/").content.decode()
        return len(done), page.count("Courtesy call")

    add(1)
    few = {user: queries(user) for user in (w.staff, delegate)}
    add(6)
    many = {user: queries(user) for user in (w.staff, delegate)}
    assert [n for n, _ in many.values()] == [n for n, _ in few.values()]
    assert [shown for _, shown in many.values()] == [7, 7]


def test_a_delegates_dashboard_reads_the_delegation_targets_and_interpreters_once(client, w):
    """The permissions and the itinerary's visibility use the rows the dashboard's mission already loaded
    (missions.queries.with_everything) instead of reading them again."""
    delegate = MembershipFactory(organiser=w.mission.organiser, role=Role.DELEGATE, organisation=w.firm_b).user
    domain.create_item(mission=w.mission, data=visit(w, attendance="firms"), attending_organisations=[w.firm_b])
    client.force_login(delegate)
    with CaptureQueriesContext(connection) as done:
        page = client.get(f"/missions/{w.mission.pk}/")
    assert page.status_code == 200 and "Courtesy call" in page.content.decode()
    for table in ("missions_delegationentry", "missions_target", "missions_interpreter"):
        reads = [q["sql"] for q in done.captured_queries if f'WHERE "{table}"."mission_id"' in q["sql"]]
        assert len(reads) == 1, (table, reads)
