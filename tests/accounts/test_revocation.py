"""API tokens and invitation links expire and can be revoked; revocation takes effect at once."""

import datetime as dt

import pytest
from django.utils import timezone

from gyoryu.accounts.domain import invite_partner, issue_api_token
from gyoryu.accounts.models import ApiToken, Invitation
from tests.world import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def w():
    return build_world()


def _api(client, token):
    return client.get("/api/missions/", HTTP_AUTHORIZATION=f"Bearer {token}").status_code


def test_a_token_is_made_for_a_chosen_time_and_stops_when_revoked(client, w):
    client.force_login(w.staff)
    page = client.post("/account/tokens/", {"name": "crm", "days": "30"})
    raw = page.context["new_token"]
    token = ApiToken.objects.get(user=w.staff)
    assert abs(token.expires - (timezone.now() + dt.timedelta(days=30))) < dt.timedelta(minutes=1)
    assert _api(client.__class__(), raw) == 200
    assert "valid until " + timezone.localtime(token.expires).strftime("%Y-%m-%d") in page.content.decode()
    assert client.post(f"/account/tokens/{token.pk}/revoke/").status_code == 302
    assert _api(client.__class__(), raw) == 401
    assert "revoked" in client.get("/account/tokens/").content.decode()


def test_expired_tokens_stop_and_bad_lifetimes_are_refused(client, w):
    raw = issue_api_token(user=w.staff, name="old", days=1)
    ApiToken.objects.update(expires=timezone.now() - dt.timedelta(seconds=1))
    assert _api(client, raw) == 401
    client.force_login(w.staff)
    page = client.post("/account/tokens/", {"name": "x", "days": "10000"})
    assert page.context["new_token"] is None
    assert ApiToken.objects.count() == 1


def test_nobody_revokes_another_accounts_token(client, w):
    raw = issue_api_token(user=w.staff, name="crm")
    client.force_login(w.other_staff)
    token = ApiToken.objects.get()
    assert client.post(f"/account/tokens/{token.pk}/revoke/").status_code == 404
    assert _api(client.__class__(), raw) == 200


def test_staff_revoke_an_invitation_link_and_the_guest_who_used_it_is_signed_out(client, w):
    from django.test import Client

    raw = invite_partner(organiser=w.mission.organiser, organisation=w.partner2)
    guest = Client()
    assert guest.get(f"/invite/{raw}/").status_code == 302
    assert guest.post("/privacy/consent/", {"agree": "on"}).status_code == 302
    assert guest.get("/missions/").status_code == 200
    client.force_login(w.staff)
    listing = client.get("/account/invitations/")
    [row] = listing.context["invitations"]
    assert row.organisation == w.partner2 and row.used_by is not None
    assert client.post(f"/account/invitations/{row.pk}/revoke/").status_code == 302
    assert guest.get("/missions/").status_code == 302  # to the sign-in page
    assert Client().get(f"/invite/{raw}/").status_code == 404
    assert Invitation.objects.get().revoked is not None


def test_invitations_are_listed_and_revoked_only_by_their_organisers_staff(client, w):
    invite_partner(organiser=w.mission.organiser, organisation=w.partner2)
    invitation = Invitation.objects.get()
    client.force_login(w.other_staff)
    assert list(client.get("/account/invitations/").context["invitations"]) == []
    assert client.post(f"/account/invitations/{invitation.pk}/revoke/").status_code == 404
    client.force_login(w.delegate)
    assert client.get("/account/invitations/").status_code == 403
    assert Invitation.objects.get().revoked is None


def test_an_expired_invitation_link_no_longer_signs_in(client, w):
    raw = invite_partner(organiser=w.mission.organiser, organisation=w.partner2, days=1)
    Invitation.objects.update(expires=timezone.now() - dt.timedelta(seconds=1))
    answer = client.get(f"/invite/{raw}/")
    assert answer.status_code == 404 and "not valid" in answer.content.decode()
