"""The daily run: renewals fall due, unrenewed agreements lapse, obligations and actions are announced, each
once however often it runs, to the right people in their language."""

import datetime as dt
import json

import pytest
from django.core import mail

from gyoryu.notifications.models import Notification
from gyoryu.partnerships import domain, tasks
from gyoryu.partnerships.models import Agreement
from tests.partnerships.conftest import make_agreement
from tests.queue import run_tasks

pytestmark = pytest.mark.django_db


def active(t, ends_on=dt.date(2030, 3, 11), notice=90, owner=None, on=dt.date(2027, 3, 12)):
    agreement = make_agreement(
        t, ends_on=ends_on, renewal_notice_days=notice, owner=owner, today=on - dt.timedelta(days=60)
    )
    for to in ("under_review", "signed", "active"):
        domain.change_status(agreement=agreement, to=to, on=on, today=on)
    return agreement


def test_renewal_falls_due_once_at_the_start_of_the_notice_period(ties):
    agreement = active(ties, owner=ties.mayor)
    before = dt.date(2029, 12, 10)  # 2030-03-11 minus 90 days is 2029-12-11
    assert tasks.send_reminders(today=before) == {
        "renewal_due": 0,
        "lapsed": 0,
        "renewal_notices": 0,
        "lapse_notices": 0,
        "actions": 0,
    }
    counts = tasks.send_reminders(today=dt.date(2029, 12, 12))
    assert (counts["renewal_due"], counts["renewal_notices"]) == (1, 1)
    agreement.refresh_from_db()
    change = agreement.changes.first()
    assert (agreement.status, change.to_status, change.on, change.by) == (
        "renewal_due",
        "renewal_due",
        dt.date(2029, 12, 11),
        None,
    )
    note = Notification.objects.get()
    assert (note.person, note.language, note.kind, note.url) == (
        ties.mayor,
        "ko",
        "partnership_renewal",
        f"/partnerships/{agreement.pk}/",
    )
    assert note.subject == "갱신 예정: 교류협력 협약"
    run_tasks()
    assert mail.outbox[0].to == [ties.mayor.email]
    again = tasks.send_reminders(today=dt.date(2029, 12, 13))
    assert (again["renewal_due"], again["renewal_notices"]) == (0, 0)
    assert Notification.objects.count() == 1 and agreement.changes.count() == 5


def test_without_a_responsible_person_the_organisers_staff_hear_of_it(ties):
    agreement = active(ties, ends_on=dt.date(2027, 6, 1))
    tasks.send_reminders(today=dt.date(2027, 4, 1))
    note = Notification.objects.get()
    assert (note.user, note.person, note.language, note.subject) == (
        ties.staff,
        None,
        "en",
        "Renewal due: Exchange agreement",
    )
    assert Agreement.objects.get(pk=agreement.pk).status == "renewal_due"


def test_an_agreement_not_renewed_by_its_end_lapses(ties):
    agreement = active(ties, ends_on=dt.date(2027, 6, 1), owner=ties.foreign_official)
    tasks.send_reminders(today=dt.date(2027, 4, 1))
    counts = tasks.send_reminders(today=dt.date(2027, 6, 10))
    assert (counts["lapsed"], counts["lapse_notices"]) == (1, 1)
    agreement.refresh_from_db()
    assert (agreement.status, agreement.changes.first().on) == ("lapsed", dt.date(2027, 6, 2))
    assert [n.subject for n in Notification.objects.order_by("id")] == [
        "Renewal due: Exchange agreement",
        "Lapsed: Exchange agreement",
    ]
    assert tasks.send_reminders(today=dt.date(2027, 6, 11))["lapse_notices"] == 0


def test_a_renewal_starts_the_cycle_again_with_the_new_end_date(ties):
    agreement = active(ties, ends_on=dt.date(2027, 6, 1), owner=ties.mayor)
    tasks.send_reminders(today=dt.date(2027, 4, 1))
    domain.change_status(
        agreement=agreement,
        to="renewed",
        on=dt.date(2027, 4, 2),
        ends_on=dt.date(2030, 6, 1),
        today=dt.date(2027, 4, 2),
    )
    assert tasks.send_reminders(today=dt.date(2027, 6, 10))["lapsed"] == 0
    counts = tasks.send_reminders(today=dt.date(2030, 3, 10))
    assert (counts["renewal_due"], counts["renewal_notices"]) == (1, 1)  # a new key: the new end date
    assert Notification.objects.filter(kind="partnership_renewal").count() == 2


def test_obligations_and_actions_are_announced_once_before_they_are_due(ties):
    agreement = active(ties)
    action = domain.add_obligation(
        agreement=agreement,
        data={
            "type": "action",
            "title_en": "Send the fellowship plan",
            "owner": ties.mayor,
            "due": dt.date(2027, 4, 30),
        },
    )
    no_owner = domain.add_obligation(
        agreement=agreement,
        data={"type": "obligation", "title_ko": "청소년 선수단 초청", "due": dt.date(2027, 5, 2)},
    )
    domain.add_obligation(agreement=agreement, data={"title_en": "Later", "due": dt.date(2027, 9, 1)})
    done = domain.add_obligation(
        agreement=agreement, data={"title_en": "Done already", "due": dt.date(2027, 4, 25)}
    )
    domain.mark_done(obligation=done, today=dt.date(2027, 4, 20))
    assert tasks.send_reminders(today=dt.date(2027, 4, 22))["actions"] == 0  # 8 days before: not yet
    assert tasks.send_reminders(today=dt.date(2027, 4, 23))["actions"] == 1
    assert tasks.send_reminders(today=dt.date(2027, 4, 24))["actions"] == 0
    assert tasks.send_reminders(today=dt.date(2027, 5, 3))["actions"] == 1  # overdue, once
    notes = list(Notification.objects.order_by("id"))
    assert [(n.person, n.user, n.subject) for n in notes] == [
        (ties.mayor, None, "기한 2027-04-30: Send the fellowship plan"),
        (None, ties.staff, "Due 2027-05-02: 청소년 선수단 초청"),
    ]
    assert [n.key for n in notes] == [
        f"partnership-action-{action.pk}-2027-04-30",
        f"partnership-action-{no_owner.pk}-2027-05-02",
    ]


def test_actions_of_ended_agreements_are_left_alone(ties):
    agreement = active(ties)
    domain.add_obligation(agreement=agreement, data={"title_en": "Visit", "due": dt.date(2027, 4, 1)})
    domain.change_status(agreement=agreement, to="ended", on=dt.date(2027, 3, 20), today=dt.date(2027, 3, 20))
    assert tasks.send_reminders(today=dt.date(2027, 3, 30))["actions"] == 0


def test_a_change_dated_after_today_is_not_overtaken(ties):
    """Data entered ahead of time (a change dated after today) waits: the run dates nothing before it."""
    agreement = active(ties, ends_on=dt.date(2027, 5, 1), on=dt.date(2027, 3, 12))
    assert tasks.send_reminders(today=dt.date(2027, 3, 1))["renewal_due"] == 0
    assert Agreement.objects.get(pk=agreement.pk).status == "active"
    assert tasks.send_reminders(today=dt.date(2027, 3, 12))["renewal_due"] == 1


def test_gyoryu_remind_runs_the_partnerships_part(ties, capsys):
    from gyoryu.cli import main

    today = dt.date.today()
    active(ties, ends_on=today + dt.timedelta(days=10), on=today - dt.timedelta(days=30))
    assert main(["remind"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert json.loads(lines[-1])["partnerships"] == {
        "renewal_due": 1,
        "lapsed": 0,
        "renewal_notices": 1,
        "lapse_notices": 0,
        "actions": 0,
    }
