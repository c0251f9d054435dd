"""The brochure's web page and PDF download: who may see them, the contact setting, queries per page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from gyoryu.accounts.models import Role
from gyoryu.brochure.models import Brochure
from tests.factories import DelegationEntryFactory, MembershipFactory, PersonFactory, TargetFactory

pytestmark = pytest.mark.django_db


def _login(client, **membership):
    user = MembershipFactory(**membership).user
    client.force_login(user)
    return user


def test_every_role_of_the_mission_reads_the_brochure_others_get_404(client, mission):
    partner = TargetFactory(mission=mission).organisation
    for membership in (
        {"organiser": mission.organiser, "role": Role.STAFF},
        {"organiser": mission.organiser, "role": Role.DELEGATE, "organisation": mission.firms[0]},
        {"organiser": mission.organiser, "role": Role.GUEST, "organisation": partner},
    ):
        _login(client, **membership)
        page = client.get(f"/missions/{mission.pk}/brochure/?lang=en")
        assert page.status_code == 200
        html = page.content.decode()
        assert html.count('data-testid="firm"') == 3
        assert "KSIC 30310</b> – Manufacture of aircraft parts" in html
        assert f'src="/organisations/{mission.firms[0].pk}/logo.png"' in html
        pdf = client.get(f"/missions/{mission.pk}/brochure.pdf?lang=ko")
        assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
        # everyone who reads the brochure may see the logos on it
        logo = client.get(f"/organisations/{mission.firms[0].pk}/logo.png")
        assert logo.status_code == 200 and b"".join(logo.streaming_content)  # read through: the client closes it
    _login(client, role=Role.STAFF)  # another organiser's staff
    assert client.get(f"/missions/{mission.pk}/brochure/").status_code == 404
    assert client.get(f"/missions/{mission.pk}/brochure.pdf").status_code == 404


def test_korean_page_and_unknown_language(client, mission):
    _login(client, organiser=mission.organiser, role=Role.STAFF)
    html = client.get(f"/missions/{mission.pk}/brochure/?lang=ko").content.decode()
    assert '<article class="booklet" lang="ko"' in html
    assert "<h3>수출 시장</h3>" in html and "미국, 독일" in html and "<h2>참가 기업·기관</h2>" in html
    assert client.get(f"/missions/{mission.pk}/brochure/?lang=fr").status_code == 404


def test_staff_choose_the_contact_only_from_their_organiser(client, mission):
    user = _login(client, organiser=mission.organiser, role=Role.STAFF)
    officer = PersonFactory(
        organisation=None,
        organiser=mission.organiser,
        name_en="Jung Min-jae",
        title_en="Trade Officer",
        email="mj@example.org",
        phone="+82-55-1",
    )
    outsider = PersonFactory()
    refused = client.post(f"/missions/{mission.pk}/brochure/contact/?lang=en", {"contact": outsider.pk})
    assert refused.status_code == 200 and "contact" in refused.context["form"].errors
    assert not Brochure.objects.filter(mission=mission).exists()
    assert (
        client.post(f"/missions/{mission.pk}/brochure/contact/", {"contact": officer.pk}).status_code == 302
    )
    html = client.get(f"/missions/{mission.pk}/brochure/?lang=en").content.decode()
    assert "<b>Jung Min-jae</b>, Trade Officer" in html and "mj@example.org" in html
    delegate = MembershipFactory(
        organiser=mission.organiser, role=Role.DELEGATE, organisation=mission.firms[0]
    )
    client.force_login(delegate.user)
    assert client.post(f"/missions/{mission.pk}/brochure/contact/", {"contact": ""}).status_code == 403
    assert Brochure.objects.get(mission=mission).contact == officer
    assert user


def test_brochure_page_queries_do_not_grow_with_the_delegation(client, mission):
    _login(client, organiser=mission.organiser, role=Role.STAFF)
    url = f"/missions/{mission.pk}/brochure/?lang=en"
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for _ in range(5):
        entry = DelegationEntryFactory(mission=mission)
        entry.travellers.add(PersonFactory(organisation=entry.organisation))
    with CaptureQueriesContext(connection) as many:
        page = client.get(url)
    assert page.content.decode().count('data-testid="firm"') == 8
    assert len(many) == len(few)


def test_the_page_carries_the_content_security_policy_and_the_pdf_none(client, mission):
    """Chrome shows a PDF in a page of its own that a policy would break (see common/security.py)."""
    _login(client, organiser=mission.organiser, role=Role.STAFF)
    page = client.get(f"/missions/{mission.pk}/brochure/?lang=en")
    assert "default-src 'self'" in page["Content-Security-Policy"]
    assert 'type="button" data-print>' in page.content.decode()  # printed by gyoryu.js, not an onclick
    pdf = client.get(f"/missions/{mission.pk}/brochure.pdf?lang=ko")
    assert (pdf.status_code, pdf["Content-Type"], "Content-Security-Policy" in pdf) == (200, "application/pdf", False)
