"""Where each account starts, and what the header offers it (issue 13, item 7): a partner guest lands on the
requests waiting for their answer and is not offered the API; everyone else starts at the missions."""

from urllib.parse import quote

import pytest
from django.test import Client

from gyoryu.accounts.domain import invite_partner
from gyoryu.meetings import domain as meetings
from tests.world import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def w():
    return build_world()


def _sign_in(user) -> Client:
    client = Client()
    response = client.post("/login/", {"username": user.username, "password": "correct-horse"})
    assert response.status_code == 302
    client.landing = response["Location"]
    return client


def test_a_guest_lands_on_the_requests_waiting_for_their_answer(w):
    meetings.request_meeting(mission=w.mission, requester=w.firm, counterpart=w.partner)
    guest = _sign_in(w.guest)
    assert guest.landing == f"/missions/{w.mission.pk}/requests/"
    assert guest.get("/")["Location"] == f"/missions/{w.mission.pk}/requests/"
    assert (_sign_in(w.staff).landing, _sign_in(w.delegate).landing) == ("/missions/", "/missions/")
    assert _sign_in(w.staff).get("/")["Location"] == "/missions/"


def test_a_guest_from_an_invitation_link_lands_there_too(w):
    meetings.request_meeting(mission=w.mission, requester=w.firm, counterpart=w.partner2)
    raw = invite_partner(organiser=w.mission.organiser, organisation=w.partner2)
    guest = Client()
    response = guest.get(f"/invite/{raw}/", follow=True)
    requests = f"/missions/{w.mission.pk}/requests/"
    # a new guest agrees to the privacy notice first (privacy.middleware), then lands on the requests
    assert response.redirect_chain[-1] == (f"/privacy/consent/?next={quote(requests, safe='')}", 302)
    agreed = guest.post("/privacy/consent/", {"agree": "on", "next": requests})
    assert agreed["Location"] == requests
    assert guest.get(requests).status_code == 200


def test_a_guest_without_requests_lands_on_the_requests_page_of_their_mission(w):
    assert _sign_in(w.guest).landing == f"/missions/{w.mission.pk}/requests/"


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_header_offers_the_api_to_staff_and_delegates_not_to_guests(w, lang):
    for user, offered in ((w.guest, False), (w.staff, True), (w.delegate, True)):
        page = _sign_in(user).get("/missions/", HTTP_ACCEPT_LANGUAGE=lang).content.decode()
        assert ('<a href="/api/docs">API</a>' in page) is offered, user


def test_the_partners_own_profile_has_no_timeline_link_that_answers_404(w):
    guest = _sign_in(w.guest)
    profile = guest.get(f"/organisations/{w.partner.pk}/").content.decode()
    assert f"/followup/organisations/{w.partner.pk}/timeline/" not in profile
    assert guest.get(f"/followup/organisations/{w.partner.pk}/timeline/").status_code == 404
    staff = _sign_in(w.staff)
    profile = staff.get(f"/organisations/{w.partner.pk}/").content.decode()
    assert f"/followup/organisations/{w.partner.pk}/timeline/" in profile
    assert staff.get(f"/followup/organisations/{w.partner.pk}/timeline/").status_code == 200
    delegate = _sign_in(w.delegate)
    own = delegate.get(f"/organisations/{w.firm.pk}/").content.decode()
    assert f"/followup/organisations/{w.firm.pk}/timeline/" not in own  # no meetings yet: nothing to show
    meetings.request_meeting(mission=w.mission, requester=w.firm, counterpart=w.partner)
    own = delegate.get(f"/organisations/{w.firm.pk}/").content.decode()
    assert f"/followup/organisations/{w.firm.pk}/timeline/" in own
    assert delegate.get(f"/followup/organisations/{w.firm.pk}/timeline/").status_code == 200
