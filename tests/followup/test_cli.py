"""`gyoryu remind --today DATE` runs the daily work as if on DATE, so that one can see the 2, 6 and 12-month
check-ins go out (issue 13, item 8); its answer links work."""

import datetime as dt
import json
import re

import pytest
from django.core import mail

from gyoryu.cli import main
from gyoryu.followup import domain
from gyoryu.followup.models import CheckIn
from gyoryu.meetings import domain as meetings
from tests.factories import TargetFactory
from tests.followup.conftest import outcome_data
from tests.queue import run_tasks

pytestmark = pytest.mark.django_db


def _remind(capsys, day: str) -> list[str]:
    assert main(["remind", "--today", day]) == 0
    return capsys.readouterr().out.splitlines()


def test_remind_as_if_on_a_date_sends_that_days_checkins(client, capsys, flight):
    domain.save_outcome(meeting=flight.meeting, user=flight.delegate, data=outcome_data(), version=0)
    assert sorted(CheckIn.objects.values_list("months", "due")) == [
        (2, dt.date(2027, 5, 10)),
        (6, dt.date(2027, 9, 10)),
        (12, dt.date(2028, 3, 10)),
    ]
    other = TargetFactory(mission=flight.mission).organisation
    meetings.request_meeting(mission=flight.mission, requester=flight.firm, counterpart=other)  # answer by Dec
    run_tasks()
    mail.outbox.clear()
    lines = _remind(capsys, "2027-05-09")
    assert lines[0] == "expired=1 reminded_unanswered=0 agendas_for_tomorrow=0"
    # the next step was due 2027-04-01: overdue on that day, so its owner is reminded (once)
    assert json.loads(lines[1]) == {"checkins": 0, "tasks": 0, "next_steps": 1}
    run_tasks()
    mail.outbox.clear()
    lines = _remind(capsys, "2027-05-10")
    assert json.loads(lines[1])["checkins"] == 1
    run_tasks()  # the e-mails leave through the worker
    [sent] = mail.outbox
    assert (sent.to, sent.subject) == (["ceo@daegu.example"], f"{flight.partner.name_ko}와(과)의 진행 상황은 어떠신가요?")
    link = re.search(r"http://127\.0\.0\.1:8000(/followup/answer/[^\s/]+/)", sent.body).group(1)
    assert CheckIn.objects.get(months=2).sent_at is not None
    page = client.get(link + "?lang=en")
    assert page.status_code == 200 and "How is it going?" in page.content.decode()
    assert json.loads(_remind(capsys, "2027-09-09")[1])["checkins"] == 0
    assert json.loads(_remind(capsys, "2027-09-10")[1])["checkins"] == 1
    assert json.loads(_remind(capsys, "2028-03-10")[1])["checkins"] == 1
    assert CheckIn.objects.filter(sent_at__isnull=True).count() == 0


def test_remind_refuses_a_date_it_cannot_read(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["remind", "--today", "10/05/2027"])
    assert exc.value.code == 2
    assert "'10/05/2027' is not a date like 2027-05-14" in capsys.readouterr().err
