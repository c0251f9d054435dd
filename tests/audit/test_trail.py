"""Every state change leaves an entry naming who made it (page, API token, command line or the system), when,
and each field before and after."""

import datetime as dt
import json

import pytest
from django.contrib.contenttypes.models import ContentType

from gyoryu.accounts.domain import issue_api_token
from gyoryu.audit.context import acting
from gyoryu.audit.models import AuditEntry
from gyoryu.cli import main
from gyoryu.followup import domain as followup
from gyoryu.meetings.models import Meeting
from gyoryu.missions import domain as missions
from gyoryu.organizations import domain as organizations
from gyoryu.organizations.models import Organisation, Person
from tests.world import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def w():
    return build_world()


def _about(obj, action=AuditEntry.Action.UPDATE):
    return AuditEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(type(obj)), object_id=obj.pk, action=action
    ).order_by("id")


def test_a_change_on_a_page_names_the_signed_in_account(client, w):
    person = w.firm_person
    client.force_login(w.staff)
    response = client.post(
        f"/organisations/people/{person.pk}/edit/",
        {
            "organisation": person.organisation_id,
            "name_ko": person.name_ko,
            "name_en": "Kim Min-su",
            "title_ko": "대표",
            "title_en": "CEO",
            "email": person.email,
            "phone": "",
            "languages": "ko, en",
            "consent_date": "",
            "consent_scope": "",
        },
    )
    assert response.status_code == 302
    [entry] = _about(person)
    assert (entry.actor, entry.via, entry.organiser_id, entry.subject_type, entry.subject_id) == (
        w.staff,
        "web",
        w.mission.organiser_id,
        "person",
        person.pk,
    )
    assert entry.changes == {
        "name_en": [person.name_en, "Kim Min-su"],
        "title_ko": ["", "대표"],
        "title_en": ["", "CEO"],
        "languages": [[], ["ko", "en"]],
    }


def test_a_change_through_the_api_names_the_tokens_account_and_the_token(client, w):
    token = issue_api_token(user=w.staff, name="crm")
    response = client.patch(
        f"/api/organisations/{w.unrelated.pk}",
        {"city": "Changwon"},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )
    assert response.status_code == 200
    [entry] = _about(w.unrelated)
    assert (entry.actor, entry.via, entry.additional_data) == (w.staff, "api", {"token": token[:8]})
    assert entry.changes == {"city": ["", "Changwon"]}


def test_a_change_by_a_domain_function_alone_is_the_systems(w):
    missions.update_mission(mission=w.mission, data={"status": "recruiting"})
    [entry] = _about(w.mission)
    assert (entry.actor, entry.via, entry.changes) == (None, "system", {"status": ["planning", "recruiting"]})
    assert (entry.organiser_id, entry.mission_id, entry.subject_type) == (
        w.mission.organiser_id,
        w.mission.pk,
        "mission",
    )


def test_the_command_line_names_the_account_given_with_as_or_the_system(w, tmp_path, capsys):
    csv = tmp_path / "people.csv"
    csv.write_text("name_ko,name_en,email\n이서연,Lee Seo-yeon,lee@example.org\n", encoding="utf-8")
    assert main(["--as", w.staff.username, "import", "people", str(csv), "--organiser", "a"]) == 0
    person = Person.objects.get(email="lee@example.org")
    [entry] = _about(person, AuditEntry.Action.CREATE)
    assert (entry.actor, entry.via, entry.changes["name_en"]) == (w.staff, "cli", [None, "Lee Seo-yeon"])
    assert set(entry.additional_data) == {"os_user"}
    assert main(["--as", "nobody", "import", "people", str(csv), "--organiser", "a"]) == 2
    assert "gyoryu: --as nobody: no active account of that name" in capsys.readouterr().err
    with acting(via="cli"):
        organizations.update_person(person=person, data={"phone": "+82 10"})
    [entry] = _about(person)
    assert (entry.actor, entry.via, entry.changes) == (None, "cli", {"phone": ["", "+82 10"]})


def test_many_to_many_changes_keep_names_and_ids(w):
    entry = w.mission.delegation.get(organisation=w.firm)
    missions.add_to_delegation(mission=w.mission, organisation=w.firm, travellers=[w.firm_person])
    logged = _about(entry).last()
    assert logged.changes == {
        "travellers": {"type": "m2m", "operation": "add", "objects": [str(w.firm_person)], "pks": [w.firm_person.pk]}
    }
    assert (logged.mission_id, logged.subject_type, logged.subject_id) == (w.mission.pk, "mission", w.mission.pk)


def test_an_outcome_corrected_under_its_lock_is_logged_with_before_and_after(w):
    meeting = Meeting.objects.create(
        mission=w.mission, requester=w.firm, counterpart=w.partner, status=Meeting.Status.ACCEPTED
    )
    data = {"interest": "medium", "consultation_amount": "1000", "consultation_currency": "USD"}
    from gyoryu.followup.models import CurrencyRate

    CurrencyRate.objects.create(mission=w.mission, currency="USD", usd_per_unit=1, krw_per_unit=1400)
    outcome = followup.save_outcome(meeting=meeting, user=w.delegate, data=data, version=0)
    with acting(via="web", username=w.staff.username):
        followup.save_outcome(
            meeting=meeting, user=w.staff, data={**data, "consultation_amount": "2500.50"}, version=outcome.version
        )
    [entry] = _about(outcome)
    assert (entry.actor, entry.mission_id) == (w.staff, w.mission.pk)
    assert entry.changes == {
        "consultation_amount": ["1000.00", "2500.50"],
        "recorded_by": [w.delegate.pk, w.staff.pk],
    }


def test_bulk_made_rows_and_queryset_updates_are_logged_too(w):
    organizations.update_organisation(organisation=w.unrelated, data={}, codes=[("KSIC", "30310")])
    code = w.unrelated.codes.get()
    [made] = _about(code, AuditEntry.Action.CREATE)
    assert made.changes == {"organisation": [None, w.unrelated.pk], "scheme": [None, "KSIC"], "code": [None, "30310"]}
    assert (made.subject_type, made.subject_id) == ("organisation", w.unrelated.pk)


def test_deletions_keep_their_place_in_the_missions_history(w):
    stop = w.mission.stops.get()
    pk, name = stop.pk, str(stop)
    missions.remove_stop(stop=stop)
    [gone] = AuditEntry.objects.filter(content_type__model="stop", object_id=pk, action=AuditEntry.Action.DELETE)
    assert (gone.organiser_id, gone.mission_id, gone.object_repr) == (w.mission.organiser_id, w.mission.pk, name)
    assert gone.changes["city_en"] == ["San Jose", None]


def test_secrets_and_noise_are_never_written(w):
    token = issue_api_token(user=w.staff, name="crm")
    [entry] = AuditEntry.objects.filter(content_type__model="apitoken")
    assert sorted(entry.changes) == ["expires", "name", "prefix", "user"]  # never the hash
    assert token[8:] not in json.dumps(entry.changes) and entry.changes["prefix"] == [None, token[:8]]
    org = Organisation.objects.get(pk=w.unrelated.pk)
    organizations.update_organisation(organisation=org, data={"city": "Busan"})
    [entry] = _about(org)
    assert entry.changes == {"city": ["", "Busan"]}  # no "updated", no "version"


def test_every_entry_carries_a_timestamp_of_its_change(w):
    before = dt.datetime.now(dt.UTC)
    missions.update_mission(mission=w.mission, data={"status": "matching"})
    entry = _about(w.mission).get()
    assert before <= entry.timestamp <= dt.datetime.now(dt.UTC)
