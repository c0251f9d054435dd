"""Erasing a person: personal fields and the audit trail's copies go, references stay, so every meeting and
total of the results report is unchanged.  Export: everything held about a person, for staff only."""

import json
import re

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError

from gyoryu.accounts.models import ApiToken
from gyoryu.audit.context import acting
from gyoryu.audit.models import AuditEntry
from gyoryu.cli import main
from gyoryu.meetings.models import Meeting
from gyoryu.missions import domain as missions
from gyoryu.notifications.models import Notification
from gyoryu.organizations import domain as organizations
from gyoryu.organizations.models import Person
from gyoryu.privacy.domain import erase_person
from gyoryu.privacy.export import person_data
from gyoryu.privacy.models import Erasure
from gyoryu.reports.report import build
from tests.factories import PersonFactory
from tests.reports.conftest import TODAY
from tests.world import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def w():
    return build_world()


def _figures(report):
    return report.summary.rows, [(t.key, t.totals_row(), len(t.rows)) for t in report.tables]


def _all_text() -> str:
    return "\n".join(
        json.dumps([e.object_repr, e.changes, e.actor_email, e.additional_data], ensure_ascii=False)
        for e in AuditEntry.objects.all()
    )


def test_erasing_the_people_keeps_every_meeting_and_total(results):
    """The reports' hand-computed mission (tests/reports/conftest.py), with people everywhere: travellers,
    meeting members, next-step and task owners, an interpreter, a delegate with an account."""
    from gyoryu.followup import domain as followup
    from gyoryu.followup.models import Outcome

    r = results
    people = [PersonFactory(organisation=org) for org in (r.firm1, r.firm1, r.firm2, r.acme, r.berlin)]
    people[0].user = r.delegate1
    people[0].save()
    with acting(via="web", username=r.staff.username):
        missions.add_to_delegation(mission=r.a, organisation=r.firm1, travellers=people[:2])
        missions.add_to_delegation(mission=r.a, organisation=r.firm2, travellers=[people[2]])
        missions.set_interpreter(mission=r.a, person=people[1], language_pairs=["ko-en"])
        for meeting, person in ((r.m[1], people[0]), (r.m[1], people[3]), (r.m[2], people[4])):
            meeting.members.add(person)
        Outcome.objects.filter(meeting=r.m[1]).update(next_step_owner=people[0])
        followup.add_task(lead=r.m[1].lead, title="Send samples", owner=people[0], user=r.staff)
    members_before = sorted(Meeting.members.through.objects.values_list("meeting_id", "person_id"))
    meetings_before = sorted(Meeting.objects.values_list("pk", "status", "requester", "counterpart", "mission"))
    before = {
        (mission.pk, lang): _figures(build(user=r.admin, mission=mission, firms=None, lang=lang, today=TODAY))
        for mission in (r.a, r.b)
        for lang in ("ko", "en")
    }
    assert before[(r.a.pk, "en")][0] != []
    secrets = {p.email for p in people} | {p.name_ko for p in people} | {p.name_en for p in people}
    for person in people:
        erase_person(person=person, by=r.staff)
    after = {
        (mission.pk, lang): _figures(build(user=r.admin, mission=mission, firms=None, lang=lang, today=TODAY))
        for mission in (r.a, r.b)
        for lang in ("ko", "en")
    }
    assert after == before
    assert sorted(Meeting.members.through.objects.values_list("meeting_id", "person_id")) == members_before
    assert sorted(Meeting.objects.values_list("pk", "status", "requester", "counterpart", "mission")) == meetings_before
    assert Outcome.objects.get(meeting=r.m[1]).next_step_owner == people[0]
    text = _all_text()
    assert sorted(s for s in secrets if s in text) == []  # the trail keeps no name or address of theirs
    assert Erasure.objects.count() == 5


def test_a_person_with_an_account_is_erased_everywhere(client, w):
    person = w.firm_person
    person.user = w.delegate
    person.phone = "+82 10 1234 5678"
    person.save()
    old = {"name_ko": person.name_ko, "name_en": person.name_en, "email": person.email}
    with acting(via="web", username=w.staff.username):
        missions.add_to_delegation(mission=w.mission, organisation=w.firm, travellers=[person])
        missions.set_interpreter(mission=w.mission, person=person, language_pairs=["ko-en"])
        organizations.update_person(person=person, data={"title_en": "CEO"})
    first_username = w.delegate.username  # in the name of the account's role since build_world
    w.delegate.email, w.delegate.username = "kim@firm.example", "kim.minsu"
    w.delegate.save()
    Notification.objects.create(user=w.delegate, language="en", kind="x", subject="Hello Kim", body="…")
    Notification.objects.create(person=person, language="en", kind="x", subject="Hello", body="…")
    token = ApiToken.objects.get(pk=_token(w.delegate))
    old_username = "kim.minsu"

    erasure = erase_person(person=person, by=w.staff)

    person.refresh_from_db()
    assert (person.name_ko, person.name_en, person.title_en, person.email, person.phone, person.languages) == (
        f"(삭제됨 #{person.pk})",
        f"(erased #{person.pk})",
        "",
        "",
        "",
        [],
    )
    user = User.objects.get(pk=w.delegate.pk)
    assert (user.username, user.email, user.is_active, user.has_usable_password()) == (
        f"erased-{user.pk}",
        "",
        False,
        False,
    )
    token.refresh_from_db()
    assert token.revoked is not None
    assert Notification.objects.filter(user=user).count() == Notification.objects.filter(person=person).count() == 0
    assert (erasure.by, erasure.reason, erasure.organiser) == (w.staff, "request", w.mission.organiser)
    # references stay: the delegation still lists the (erased) traveller, the interpreter row is there
    assert list(w.mission.delegation.get(organisation=w.firm).travellers.all()) == [person]
    assert w.mission.interpreters.filter(person=person).exists()
    text = _all_text()
    gone = (*old.values(), old_username, "kim@firm.example", "+82 10 1234 5678", "CEO")
    assert [v for v in gone if v in text] == []  # nor in the names of their role or interpreter entries
    assert re.search(rf"\b{re.escape(first_username)}\b", text) is None
    assert f"(erased #{person.pk})" in text
    with pytest.raises(ValidationError, match="erased already"):
        erase_person(person=person)


def _token(user):
    from gyoryu.accounts.domain import issue_api_token

    issue_api_token(user=user, name="crm")
    return ApiToken.objects.get(user=user).pk


def test_staff_erase_from_the_person_page_after_confirming(client, w):
    person = w.partner_person
    client.force_login(w.staff)
    page = client.get(f"/privacy/people/{person.pk}/erase/")
    assert page.status_code == 200
    refused = client.post(f"/privacy/people/{person.pk}/erase/", {})
    assert "Tick the box to confirm the erasure." in refused.content.decode()
    assert not Erasure.objects.exists()
    done = client.post(f"/privacy/people/{person.pk}/erase/", {"confirm": "on"})
    assert done["Location"] == f"/organisations/people/{person.pk}/"
    assert Erasure.objects.get().person == person
    body = client.get(f"/organisations/people/{person.pk}/").content.decode()
    assert 'data-testid="erased"' in body
    # who may not see the person: 404; the firm's own delegate sees its colleague but may not erase: 403
    for user, status in ((w.other_staff, 404), (w.delegate, 403), (w.guest, 404)):
        client.force_login(user)
        erase = client.post(f"/privacy/people/{w.firm_person.pk}/erase/", {"confirm": "on"})
        assert erase.status_code == status
        assert client.get(f"/privacy/people/{w.firm_person.pk}/export.json").status_code == status


def test_export_lists_everything_held_about_the_person(client, w):
    person = w.firm_person
    person.user = w.delegate
    person.save()
    with acting(via="web", username=w.staff.username):
        missions.add_to_delegation(mission=w.mission, organisation=w.firm, travellers=[person])
        organizations.update_person(person=person, data={"phone": "010-0000-0000"})
    meeting = Meeting.objects.create(mission=w.mission, requester=w.firm, counterpart=w.partner, requested_by=w.delegate)
    meeting.members.add(person)
    client.force_login(w.staff)
    response = client.get(f"/privacy/people/{person.pk}/export.json")
    assert response["Content-Disposition"] == f'attachment; filename="person-{person.pk}.json"'
    data = json.loads(response.content)
    assert data["format"] == "gyoryu-person-export/1"
    assert (data["person"]["name_en"], data["person"]["phone"]) == (person.name_en, "010-0000-0000")
    assert [r["id"] for r in data["refers_to_person"]["meetings.Meeting.members"]] == [meeting.pk]
    assert [r["organisation"] for r in data["refers_to_person"]["missions.DelegationEntry.travellers"]] == [w.firm.pk]
    assert data["account"]["username"] == w.delegate.username and "password" not in data["account"]
    assert [r["id"] for r in data["refers_to_account"]["meetings.Meeting.requested_by"]] == [meeting.pk]
    assert {r["organiser"] for r in data["refers_to_account"]["privacy.Consent.user"]} == {w.mission.organiser_id}
    changes = [c for h in data["history_about_person"] for c in h["changes"]]
    assert {"field": "phone", "before": "—", "after": "010-0000-0000"} in changes


def test_every_model_that_refers_to_a_person_is_in_the_export(w):
    from django.apps import apps

    relations = {
        f"{m._meta.label}.{f.name}"
        for m in apps.get_models()
        for f in [*m._meta.concrete_fields, *m._meta.many_to_many]
        if f.is_relation and f.related_model is Person and m._meta.label != "audit.AuditEntry"
    }
    assert len(relations) >= 15
    from gyoryu.privacy import export

    found = set()
    for other in apps.get_models():
        for f in [*other._meta.concrete_fields, *other._meta.many_to_many]:
            if f.is_relation and f.related_model is Person and other._meta.label not in export.SKIP:
                found.add(f"{other._meta.label}.{f.name}")
    assert found == relations
    assert set(person_data(w.firm_person)) >= {"person", "refers_to_person", "account", "history_about_person"}


def test_the_command_line_exports_and_erases(w, tmp_path, capsys):
    out = tmp_path / "p.json"
    assert main(["privacy", "export", str(w.firm_person.pk), str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["person"]["email"] == w.firm_person.email
    assert main(["privacy", "erase", str(w.firm_person.pk)]) == 2
    assert "add --yes to confirm" in capsys.readouterr().err
    assert main(["--as", w.staff.username, "privacy", "erase", str(w.firm_person.pk), "--yes"]) == 0
    erasure = Erasure.objects.get()
    assert (erasure.person, erasure.by) == (w.firm_person, w.staff)
    entry = AuditEntry.objects.get(content_type__model="erasure")
    assert (entry.actor, entry.via) == (w.staff, "cli")
    assert main(["privacy", "erase", str(w.firm_person.pk), "--yes"]) == 1
    assert "erased already" in capsys.readouterr().err
