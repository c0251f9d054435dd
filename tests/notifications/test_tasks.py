"""E-mails leave from the worker after the commit: none for a change rolled back; a notice stays in the app
when the SMTP server fails (the failure recorded on it); a notice is e-mailed once."""

import datetime as dt
import socket

import pytest
from django.core import mail
from django.db import transaction
from django_tasks_db.models import DBTaskResult

from gyoryu.accounts.models import Role
from gyoryu.meetings import domain
from gyoryu.meetings.models import Meeting
from gyoryu.notifications.models import Notification
from gyoryu.notifications.tasks import send_notification
from tests.factories import (
    DelegationEntryFactory,
    MembershipFactory,
    MissionFactory,
    PersonFactory,
    StopFactory,
    TargetFactory,
)
from tests.queue import queued, run_tasks

pytestmark = pytest.mark.django_db


@pytest.fixture
def request_meeting():
    mission = MissionFactory()
    StopFactory(mission=mission, start_date=dt.date(2027, 3, 8), end_date=dt.date(2027, 3, 10))
    firm = DelegationEntryFactory(mission=mission).organisation
    partner = TargetFactory(mission=mission).organisation
    PersonFactory(organisation=partner, languages=["en"], email="buyer@example.com")
    guest = MembershipFactory(organiser=mission.organiser, role=Role.GUEST, organisation=partner).user
    delegate = MembershipFactory(organiser=mission.organiser, role=Role.DELEGATE, organisation=firm).user

    def ask():
        return domain.request_meeting(
            mission=mission, requester=firm, counterpart=partner, user=delegate, message="Let us talk"
        )

    ask.guest = guest
    return ask


def test_a_rolled_back_change_sends_nothing(request_meeting):
    class Changed(Exception):
        pass

    with pytest.raises(Changed), transaction.atomic():
        request_meeting()
        assert (
            Notification.objects.count() == 2
        )  # the buyer's and the guest account's, written in the transaction ...
        raise Changed  # ... which a later step of the same change rolls back
    assert (Meeting.objects.count(), Notification.objects.count()) == (0, 0)
    assert run_tasks() == []
    assert (DBTaskResult.objects.count(), mail.outbox) == (0, [])


def test_the_email_leaves_after_the_commit(request_meeting):
    request_meeting()
    note = Notification.objects.get(email="buyer@example.com")  # (the guest account has no address)
    assert (note.sent, mail.outbox, queued()) == (None, [], [])  # nothing before the commit
    assert run_tasks() == [("send_notification", {"notification_id": note.pk})]
    note.refresh_from_db()
    assert (note.sent is not None, note.error, [m.to for m in mail.outbox]) == (
        True,
        "",
        [["buyer@example.com"]],
    )
    assert send_notification.call(notification_id=note.pk) is False  # run again: not sent twice
    assert len(mail.outbox) == 1


def test_a_notice_stays_in_the_app_when_the_smtp_server_fails(request_meeting, settings, client):
    with socket.socket() as s:  # a port nobody listens on: the connection is refused
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 2
    request_meeting()
    note = Notification.objects.get(email="buyer@example.com")
    assert run_tasks() == [("send_notification", {"notification_id": note.pk})]
    note.refresh_from_db()
    assert note.sent is None and "refused" in note.error.lower()
    task = DBTaskResult.objects.get()
    assert (task.status, task.return_value) == ("SUCCESSFUL", False)  # recorded on the notice, not raised
    client.force_login(request_meeting.guest)
    assert "Let us talk" in client.get("/notifications/").content.decode()
