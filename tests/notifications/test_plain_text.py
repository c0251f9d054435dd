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
