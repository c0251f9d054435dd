"""Consent: delegation members and partner guests agree to the privacy notice before anything else; what
they agreed to (version, language, time, channel) is recorded; withdrawing blocks them again."""

import datetime as dt

import pytest

from gyoryu.accounts.domain import issue_api_token
from gyoryu.accounts.models import Role
from gyoryu.privacy import notice
from gyoryu.privacy.models import Consent
from tests.factories import MembershipFactory, PersonFactory
from tests.world import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def w():
    return build_world()


@pytest.fixture
def newcomer(w):
    """A delegation member of organiser A who has not agreed yet, with a person record."""
    membership = MembershipFactory(organiser=w.mission.organiser, role=Role.DELEGATE, organisation=w.firm, consented=False)
    PersonFactory(organisation=w.firm, user=membership.user, name_en="Park Ji-hoon")
    return membership.user


def test_the_notice_never_changes_under_a_given_consent():
    assert notice.digest(notice.CURRENT) == notice.DIGESTS[notice.CURRENT]
    assert sorted(notice.DIGESTS) == sorted(p.name.split(".")[0] for p in notice.FOLDER.glob("*.ko.html"))


def test_the_notice_names_the_organiser_in_each_language(w, settings):
    organiser = w.mission.organiser
    settings.GYORYU_PRIVACY_RETENTION_MONTHS = 24
    ko = notice.render(organiser=organiser, lang="ko")
    en = notice.render(organiser=organiser, lang="en")
    assert f"{organiser.name_ko}(이하 “주최 기관”)" in ko and "마지막 활동 후 24개월까지 보유한 뒤 파기합니다." in ko
    assert f"{organiser.name_en} (the organiser)" in en and "Until 24 months after your last activity" in en


def test_pages_wait_for_consent_then_it_is_recorded(client, w, newcomer):
    client.force_login(newcomer)
    for url in ("/missions/", f"/missions/{w.mission.pk}/", "/organisations/"):
        response = client.get(url)
        assert (response.status_code, response["Location"].split("?")[0]) == (302, "/privacy/consent/")
    page = client.get("/privacy/consent/?next=/organisations/")
    assert [n for n in page.context["notices"] if w.mission.organiser.name_en in n] != []
    refused = client.post("/privacy/consent/", {"next": "/organisations/"})
    assert "Tick the box to agree, or sign out if you do not agree." in refused.content.decode()
    assert Consent.objects.filter(user=newcomer).count() == 0
    done = client.post("/privacy/consent/", {"agree": "on", "next": "/organisations/"})
    assert done["Location"] == "/organisations/"
    [consent] = Consent.objects.filter(user=newcomer)
    assert (consent.organiser, consent.version, consent.language, consent.channel, consent.withdrawn) == (
        w.mission.organiser,
        notice.CURRENT,
        "en",
        "sign_in",
        None,
    )
    assert consent.person.name_en == "Park Ji-hoon"
    assert abs(consent.given - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
    assert client.get("/missions/").status_code == 200


def test_the_api_refuses_until_consent_by_session_and_by_token(client, w, newcomer):
    token = issue_api_token(user=newcomer, name="x")
    by_token = client.get("/api/missions/", HTTP_AUTHORIZATION=f"Bearer {token}")
    message = "Agree to the privacy notice first: open gyoryu in a browser and sign in."
    assert (by_token.status_code, by_token.json()) == (403, {"detail": message})
    client.force_login(newcomer)
    by_session = client.get("/api/missions/")
    assert (by_session.status_code, by_session.json()) == (403, {"detail": message})
    client.post("/privacy/consent/", {"agree": "on"})
    assert client.get("/api/missions/").status_code == 200
    assert client.get("/api/missions/", HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 200


def test_staff_and_administrators_are_not_asked(client, w):
    for user in (w.staff, w.admin):
        client.force_login(user)
        assert client.get("/missions/").status_code == 200
    assert Consent.objects.filter(user__in=[w.staff, w.admin]).count() == 0


def test_what_stays_open_without_consent(client, w, newcomer):
    client.force_login(newcomer)
    assert client.get("/privacy/").status_code == 200
    assert client.post("/i18n/setlang/", {"language": "ko", "next": "/privacy/consent/"}).status_code == 302
    assert client.post("/logout/").status_code == 302


def test_withdrawing_blocks_the_account_again(client, w):
    client.force_login(w.delegate)
    assert client.get("/missions/").status_code == 200
    assert client.post("/privacy/withdraw/")["Location"] == "/privacy/"
    assert Consent.objects.get(user=w.delegate).withdrawn is not None
    assert client.get("/missions/")["Location"] == "/privacy/consent/?next=%2Fmissions%2F"
    client.post("/privacy/consent/", {"agree": "on"})
    assert Consent.objects.filter(user=w.delegate, withdrawn__isnull=True).count() == 1
    assert client.get("/missions/").status_code == 200


def test_next_goes_nowhere_outside_the_site(client, w, newcomer):
    client.force_login(newcomer)
    done = client.post("/privacy/consent/", {"agree": "on", "next": "https://evil.example/"})
    assert done["Location"] == "/missions/"


def test_the_consent_page_speaks_korean(client, w, newcomer):
    client.force_login(newcomer)
    client.cookies["django_language"] = "ko"
    body = client.get("/privacy/consent/", HTTP_ACCEPT_LANGUAGE="ko").content.decode()
    assert "개인정보 수집·이용 안내" in body and "동의하고 계속" in body
    client.post("/privacy/consent/", {"agree": "on"}, HTTP_ACCEPT_LANGUAGE="ko")
    assert Consent.objects.get(user=newcomer).language == "ko"


def test_the_person_page_shows_staff_the_consents(client, w, newcomer):
    client.force_login(newcomer)
    client.post("/privacy/consent/", {"agree": "on"})
    person = newcomer.person
    client.force_login(w.staff)
    body = client.get(f"/organisations/people/{person.pk}/").content.decode()
    assert 'data-testid="privacy-card"' in body and f"notice version {notice.CURRENT}" in body
    client.force_login(w.delegate)
    assert 'data-testid="privacy-card"' not in client.get(f"/organisations/people/{person.pk}/").content.decode()
