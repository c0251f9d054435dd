"""E-mails are plain text: what people wrote arrives as written, not HTML-escaped."""

import pytest
from django.core import mail

from gyoryu.accounts.models import Role
from gyoryu.meetings import domain
from gyoryu.notifications.models import Notification
from tests.factories import (
    DelegationEntryFactory,
    MembershipFactory,
    MissionFactory,
    PersonFactory,
    StopFactory,
    TargetFactory,
)
from tests.queue import run_tasks

pytestmark = pytest.mark.django_db


def test_a_request_message_arrives_as_written(client):
    mission = MissionFactory(title_en="Aero & Space <2027>")
    StopFactory(mission=mission)
    firm = DelegationEntryFactory(mission=mission, organisation__name_en='Kim\'s R&D "Lab"').organisation
    partner = TargetFactory(mission=mission).organisation
    guest = MembershipFactory(organiser=mission.organiser, role=Role.GUEST, organisation=partner).user
    PersonFactory(organisation=partner, languages=["en"], email="buyer@example.com", user=guest)
    delegate = MembershipFactory(organiser=mission.organiser, role=Role.DELEGATE, organisation=firm).user
    message = "R&D <협력> \"quotes\" & 'apostrophes'"
    domain.request_meeting(
        mission=mission, requester=firm, counterpart=partner, user=delegate, message=message
    )
    run_tasks()
    [sent] = mail.outbox
    assert sent.subject == 'Kim\'s R&D "Lab" asks to meet you'
    assert sent.body.splitlines()[:3] == [
        'Kim\'s R&D "Lab" asks for a meeting during Aero & Space <2027>.',
        "",
        f"“{message}”",
    ]
    note = Notification.objects.get(email="buyer@example.com")
    assert note.body == sent.body.rsplit("\n\n", 1)[0]
    # The inbox page escapes it once, as any page does with text.
    client.force_login(guest)
    page = client.get("/notifications/").content.decode()
    assert "R&amp;D &lt;협력&gt; &quot;quotes&quot; &amp; &#x27;apostrophes&#x27;" in page
    assert "&amp;amp;" not in page


def test_a_korean_reader_gets_the_message_and_the_korean_names_as_written():
    mission = MissionFactory(title_ko="항공 & 우주 <2027>", title_en="Aero & Space <2027>")
    StopFactory(mission=mission)
    firm = DelegationEntryFactory(
        mission=mission, organisation__name_ko="(주)세진 R&D", organisation__name_en="Sejin R&D"
    ).organisation
    partner = TargetFactory(mission=mission, organisation__country="KR").organisation
    PersonFactory(organisation=partner, languages=["ko"], email="buyer@example.kr")
    message = "「R&D」 협력 <시제품> \"견적\""
    domain.request_meeting(mission=mission, requester=firm, counterpart=partner, message=message)
    run_tasks()
    [sent] = mail.outbox
    assert sent.subject == "(주)세진 R&D이(가) 상담을 요청했습니다"
    assert sent.body.splitlines()[:3] == [
        "(주)세진 R&D이(가) 항공 & 우주 <2027> 기간 중 상담을 요청했습니다.",
        "",
        f"“{message}”",
    ]
    assert "&amp;" not in sent.body and "&lt;" not in sent.body and "&quot;" not in sent.body
