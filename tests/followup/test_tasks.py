import argparse
import datetime as dt
import json
import re

import pytest
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext

from gyoryu.followup import cli, domain, tasks
from gyoryu.followup.models import CheckIn, Lead
from gyoryu.notifications.models import Notification
from tests.factories import PersonFactory
from tests.followup.conftest import outcome_data
from tests.queue import run_tasks

pytestmark = pytest.mark.django_db


@pytest.fixture
def lead(flight):
    domain.save_outcome(meeting=flight.meeting, user=flight.staff, data=outcome_data(), version=0)
    return Lead.objects.get()


def test_due_check_ins_are_sent_once_with_a_working_link(client, settings, flight, lead):
    settings.BASE_URL = "https://gyoryu.example.org/"
    assert tasks.send_due_checkins(today=dt.date(2027, 5, 9)) == 0
    assert mail.outbox == []
    assert tasks.send_due_checkins(today=dt.date(2027, 5, 10)) == 1
    assert tasks.send_due_checkins(today=dt.date(2027, 5, 11)) == 0
    assert mail.outbox == []  # the worker sends it once the transaction has committed
    assert run_tasks() == [("send_notification", {"notification_id": Notification.objects.get().pk})]
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ceo@daegu.example"]
    with translation.override("ko"):  # a Korean firm's person reads Korean (the partner's Korean name)
        expected = gettext("How is it going with %(p)s?") % {"p": flight.partner.name_ko}
    assert message.subject == expected
    link = re.search(r"https://gyoryu.example.org(/followup/answer/[\w-]+/)$", message.body).group(1)
    assert CheckIn.objects.get(months=2).token_hash != link  # only the hash is stored
    response = client.post(link, {"stage": "sample_quotation", "comment": "", "consent": "on"})
    assert response.status_code == 200
    assert Lead.objects.get().stage == "sample_quotation"


def test_check_ins_wait_for_people_and_skip_lost_leads(flight, lead):
    flight.firm_person.delete()
    assert tasks.send_due_checkins(today=dt.date(2027, 9, 10)) == 0
    PersonFactory(organisation=flight.firm, email="export@daegu.example")
    domain.change_stage(lead=lead, stage="lost", lost_reason="went with a competitor")
    assert tasks.send_due_checkins(today=dt.date(2027, 9, 10)) == 0
    domain.change_stage(lead=lead, stage="negotiation")
    assert tasks.send_due_checkins(today=dt.date(2027, 9, 10)) == 2  # the 2- and 6-month ones
    run_tasks()
    assert [m.to for m in mail.outbox] == [["export@daegu.example"], ["export@daegu.example"]]


def test_reminders_for_tasks_due_tomorrow_and_overdue_next_steps(flight, lead):
    owner = PersonFactory(organisation=None, organiser=flight.mission.organiser, email="staff@city.example")
    domain.add_task(lead=lead, title="Send quotation", due=dt.date(2027, 4, 2), owner=owner)
    domain.add_task(lead=lead, title="Later", due=dt.date(2027, 4, 9), owner=owner)
    assert tasks.send_reminders(today=dt.date(2027, 3, 31)) == {"tasks": 0, "next_steps": 0}
    assert tasks.send_reminders(today=dt.date(2027, 4, 1)) == {"tasks": 1, "next_steps": 0}
    assert tasks.send_reminders(today=dt.date(2027, 4, 2)) == {"tasks": 0, "next_steps": 1}
    assert tasks.send_reminders(today=dt.date(2027, 4, 3)) == {"tasks": 0, "next_steps": 0}
    run_tasks()
    with translation.override("ko"):
        overdue = gettext("Overdue next step with %(p)s") % {"p": flight.partner.name_ko}
    assert [(m.to, m.subject) for m in mail.outbox] == [
        (["staff@city.example"], "Due tomorrow: Send quotation"),
        (["ceo@daegu.example"], overdue),
    ]


def test_cli_prints_the_counts(capsys, flight, lead):
    assert cli.run(argparse.Namespace(today=dt.date(2027, 5, 10))) == 0
    assert json.loads(capsys.readouterr().out) == {"checkins": 1, "tasks": 0, "next_steps": 1}
    assert Notification.objects.count() == 2
