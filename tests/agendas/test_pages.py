"""Agenda pages and files by role: staff see all, a delegate their firm's and its people's (and the master
agenda when the organiser allows it), a guest their own, an interpreter theirs; times local, Seoul beside."""

import shutil
import subprocess

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from gyoryu.accounts.models import Role
from gyoryu.agendas.models import CalendarFeed
from tests.agendas.conftest import build, member

pytestmark = pytest.mark.django_db


def _status(client, url):
    return client.get(url).status_code


def test_who_sees_which_agenda(client, w):
    m = w.mission
    base = f"/missions/{m.pk}/agenda"
    cto_b = w.entries[1].travellers.order_by("pk").last()
    urls = {
        "master": f"{base}/",
        "firm_a": f"{base}/organisation/{w.firm_a.pk}/",
        "firm_b": f"{base}/organisation/{w.firm_b.pk}/",
        "ceo_a": f"{base}/person/{w.ceo_a.pk}/",
        "cto_b": f"{base}/person/{cto_b.pk}/",
        "partner": f"{base}/organisation/{w.partners[0].pk}/",
        "contact": f"{base}/person/{w.contact.pk}/",
        "interpreter": f"{base}/interpreter/{w.interpreter.pk}/",
        "venue": f"{base}/venue/{w.hall.pk}/",
    }
    staff = member(m.organiser)
    delegate = member(m.organiser, Role.DELEGATE, w.firm_a, person=w.ceo_a)
    guest = member(m.organiser, Role.GUEST, w.partners[0])
    interpreter = member(m.organiser, Role.GUEST, w.partners[1], person=w.interpreter.person)
    outsider = member(build().mission.organiser)

    def seen(user):
        client.force_login(user)
        return {k for k, url in urls.items() if _status(client, url) == 200}

    assert seen(staff) == set(urls)
    assert seen(delegate) == {"firm_a", "ceo_a"}
    assert seen(guest) == {"partner", "contact"}
    assert seen(interpreter) == {"interpreter"}
    assert seen(outsider) == set()
    client.force_login(staff)
    client.post(f"{base}/settings/", {"delegation_sees_master": "on"})
    assert seen(delegate) == {"master", "firm_a", "ceo_a"}
    assert seen(guest) == {"partner", "contact"}  # partners never see the master agenda


def test_personal_agenda_shows_programme_items_and_meetings_with_seoul_beside(client, w):
    client.force_login(member(w.mission.organiser, Role.DELEGATE, w.firm_a, person=w.ceo_a))
    html = client.get(f"/missions/{w.mission.pk}/agenda/person/{w.ceo_a.pk}/?home=1").content.decode()
    assert "Firm A – Partner 1" in html and "Firm A – Partner 2" in html
    assert "Roundtable with KSEA" in html and "Dress code: Business" in html
    assert "KE023 Incheon – San Francisco" in html
    assert "09:00 KST → 04:30 PST" in html  # the flight: departure and arrival zones
    assert "Factory tour" not in html  # Firm B's
    assert "Mon 8 Mar 2027" in html and "Tue 9 Mar 2027" in html
    assert '<span class="home" data-testid="home-time">Seoul 3/10 04:00–05:00</span>' in html  # 11:00 PST
    ko = client.get(
        f"/missions/{w.mission.pk}/agenda/person/{w.ceo_a.pk}/?home=1", HTTP_ACCEPT_LANGUAGE="ko"
    ).content.decode()
    assert "KSEA 간담회" in ko and "2027년 3월 9일 (화)" in ko and "서울 3/10 04:00–05:00" in ko


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_pdf_and_ics_of_a_personal_agenda(client, w, lang):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext missing: apt-get install poppler-utils")
    client.force_login(member(w.mission.organiser))
    url = f"/missions/{w.mission.pk}/agenda/person/{w.ceo_a.pk}"
    pdf = client.get(f"{url}.pdf", HTTP_ACCEPT_LANGUAGE=lang)
    assert pdf["Content-Type"] == "application/pdf"
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf.content, capture_output=True, check=True).stdout
    text = " ".join(text.decode().split())
    expected = {
        "ko": [
            "대표 0 – 일정표",
            "KSEA 간담회",
            f"기업 0 – {w.partners[0].name_ko}",
            "복장: 비즈니스 정장",
            "2027년 3월 9일 (화)",
            "비즈니스 정장",
        ],
        "en": ["CEO 0 – Agenda", "Roundtable with KSEA", "Firm A – Partner 1", "Tue 9 Mar 2027", "Business"],
    }[lang]
    for snippet in expected:
        assert snippet in text, snippet
    ics = client.get(f"{url}.ics", HTTP_ACCEPT_LANGUAGE=lang)
    assert ics["Content-Type"] == "text/calendar; charset=utf-8"
    assert ics["Content-Disposition"] == f'attachment; filename="agenda-person-{w.ceo_a.pk}-{lang}.ics"'
    assert ics.content.count(b"BEGIN:VEVENT") == 4


def test_the_person_makes_and_revokes_their_feed_others_cannot(client, w):
    delegate = member(w.mission.organiser, Role.DELEGATE, w.firm_a, person=w.ceo_a)
    client.force_login(delegate)
    page = client.post(
        f"/missions/{w.mission.pk}/agenda/person/{w.ceo_a.pk}/feeds/", {"lang": "en", "home": "1"}
    )
    url = page.context["new_feed"]
    assert url.startswith("http://testserver/calendar/") and url.endswith(".ics")
    feed = CalendarFeed.objects.get()
    assert (feed.owner, feed.owner_id, feed.lang, feed.home_zone, feed.created_by) == (
        "person",
        w.ceo_a.pk,
        "en",
        True,
        delegate,
    )
    assert b"Seoul time: 2027-03-10 04:00" in client.get(url).content
    other = member(w.mission.organiser, Role.DELEGATE, w.firm_b)
    client.force_login(other)
    assert client.post(f"/missions/{w.mission.pk}/agenda/feeds/{feed.pk}/revoke/").status_code == 404
    assert client.post(f"/missions/{w.mission.pk}/agenda/person/{w.ceo_a.pk}/feeds/").status_code == 404
    client.force_login(delegate)
    assert client.post(f"/missions/{w.mission.pk}/agenda/feeds/{feed.pk}/revoke/").status_code == 302
    client.logout()
    assert client.get(url).status_code == 410


def test_master_agenda_queries_do_not_grow_with_the_mission(client, db):
    counts = []
    for size in (1, 2):
        w = build(meetings_per_firm=size, firms=2 * size)
        client.force_login(member(w.mission.organiser))
        url = f"/missions/{w.mission.pk}/agenda/"
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            html = client.get(url).content.decode()
        counts.append((len(queries), html.count('<li class="agenda-item')))
    (few, n_few), (many, n_many) = counts
    assert (n_few, n_many) == (2 + 3, 8 + 3)  # meetings + programme items
    assert many == few
