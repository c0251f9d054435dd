"""Retention: people with no activity for the configured number of months are erased by `gyoryu remind`
(or `gyoryu privacy purge`, which can show first what it would do)."""

import datetime as dt

import pytest
from django.utils import timezone

from gyoryu.cli import main
from gyoryu.config import ConfigError, load
from gyoryu.missions import domain as missions
from gyoryu.organizations.models import Person
from gyoryu.partnerships.models import Agreement, Signatory
from gyoryu.privacy.domain import purge
from gyoryu.privacy.models import Erasure
from gyoryu.privacy.queries import _months_before
from tests.factories import MembershipFactory, PersonFactory, StopFactory
from tests.world import build_world

pytestmark = pytest.mark.django_db
TODAY = dt.date(2030, 1, 15)


def _age(person, day):
    moment = dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC)
    Person.objects.filter(pk=person.pk).update(created=moment, updated=moment)


@pytest.fixture
def people():
    w = build_world()  # its mission's stop ends 2027-03-10
    old = [w.unrelated_person, w.partner_person, w.firm2_person]
    for person in Person.objects.all():
        _age(person, dt.date(2020, 1, 5))
    traveller = w.firm_person  # travels on a mission that ends in 2029: active
    late = missions.create_mission(organiser=w.mission.organiser, data={"title_en": "Late mission"})
    StopFactory(mission=late, start_date=dt.date(2029, 10, 1), end_date=dt.date(2029, 10, 3))
    missions.add_to_delegation(mission=late, organisation=w.firm, travellers=[traveller])
    _age(traveller, dt.date(2020, 1, 5))
    employee = PersonFactory(organisation=None, organiser=w.mission.organiser)
    employee.user = MembershipFactory(organiser=w.mission.organiser).user
    employee.save()
    _age(employee, dt.date(2020, 1, 5))
    signatory = PersonFactory(organisation=w.partner)
    agreement = Agreement.objects.create(organiser=w.mission.organiser, kind="mou", title_en="MoU")
    Signatory.objects.create(agreement=agreement, person=signatory, organisation=w.partner)
    _age(signatory, dt.date(2020, 1, 5))
    recent = PersonFactory(organisation=w.unrelated)
    _age(recent, dt.date(2029, 6, 1))
    return w, old, [traveller, employee, signatory, recent]


def test_a_dry_run_lists_the_inactive_and_changes_nothing(people):
    w, old, kept = people
    due, cutoff = purge(months=24, organiser_ids=[w.mission.organiser_id], dry_run=True, today=TODAY)
    assert cutoff == dt.date(2028, 1, 15)
    interpreter = w.interpreter.person  # interprets for the 2027 mission: inactive too
    assert sorted(p.pk for p in due) == sorted([*(p.pk for p in old), interpreter.pk])
    assert Erasure.objects.count() == 0


def test_the_purge_erases_them_and_keeps_the_others(people):
    w, old, kept = people
    due, _ = purge(months=24, organiser_ids=[w.mission.organiser_id], today=TODAY)
    assert set(Erasure.objects.values_list("person_id", flat=True)) == {p.pk for p in due}
    assert {e.reason for e in Erasure.objects.all()} == {"retention"}
    for person in kept:
        person.refresh_from_db()
        assert not person.name_en.startswith("(erased")
    again, _ = purge(months=24, organiser_ids=[w.mission.organiser_id], today=TODAY)
    assert again == []  # erased people are never due again
    other, _ = purge(months=24, organiser_ids=[w.other_mission.organiser_id], today=TODAY)
    assert [p.organiser_id for p in other] == [w.other_mission.organiser_id]


def test_the_commands(people, capsys, settings):
    w, old, kept = people
    assert main(["privacy", "purge", "--dry-run"]) == 2
    assert "no retention period" in capsys.readouterr().err
    # today (the real one) the 2027 mission of the interpreter lies ahead: only the three old contacts are due
    assert main(["privacy", "purge", "--dry-run", "--months", "1", "--organiser", "a"]) == 0
    out = capsys.readouterr().out
    cutoff = _months_before(timezone.localdate(), 1)
    assert out.splitlines()[0] == f"gyoryu privacy: would erase 3 people inactive since before {cutoff.isoformat()}"
    assert f"  {old[0].pk}\t{old[0].name_ko}\t{old[0].name_en}" in out
    assert Erasure.objects.count() == 0
    settings.GYORYU_PRIVACY_RETENTION_MONTHS = 0
    assert main(["remind"]) == 0
    assert Erasure.objects.count() == 0
    settings.GYORYU_PRIVACY_RETENTION_MONTHS = 1
    assert main(["remind"]) == 0
    assert "gyoryu privacy: erased 4 people inactive since before" in capsys.readouterr().out
    assert sorted(Erasure.objects.values_list("person_id", flat=True)) == sorted(
        [p.pk for p in old] + [w.other_person.pk]
    )


def test_the_setting(tmp_path):
    env = {"GYORYU_DEBUG": "1", "GYORYU_PRIVACY_RETENTION_MONTHS": "36"}
    assert load(env, tmp_path / "none.toml")["privacy_retention_months"] == 36
    assert load({"GYORYU_DEBUG": "1"}, tmp_path / "none.toml")["privacy_retention_months"] == 0
    with pytest.raises(ConfigError, match="'privacy_retention_months' must be 0 \\(never\\) or more, got -1"):
        load({**env, "GYORYU_PRIVACY_RETENTION_MONTHS": "-1"}, tmp_path / "none.toml")


def test_months_before_keeps_to_real_days():
    assert _months_before(dt.date(2030, 3, 31), 1) == dt.date(2030, 2, 28)
    assert _months_before(dt.date(2030, 1, 15), 24) == dt.date(2028, 1, 15)
    assert _months_before(dt.date(2030, 1, 15), 1) == dt.date(2029, 12, 15)
