"""The lifecycle of agreements: every legal transition works and is recorded, every other one is refused
with a message in the reader's language, and dates stay in order."""

import datetime as dt
import itertools

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from gyoryu.partnerships import domain, lifecycle
from gyoryu.partnerships.models import Agreement, Status, StatusChange
from tests.partnerships.conftest import make_agreement

pytestmark = pytest.mark.django_db
TODAY = dt.date(2027, 3, 20)
# a way to reach each status from proposed, along the table
PATHS = {
    "proposed": [],
    "under_review": ["under_review"],
    "signed": ["under_review", "signed"],
    "active": ["under_review", "signed", "active"],
    "renewal_due": ["under_review", "signed", "active", "renewal_due"],
    "renewed": ["under_review", "signed", "active", "renewal_due", "renewed"],
    "lapsed": ["under_review", "signed", "active", "renewal_due", "lapsed"],
    "ended": ["ended"],
}
LEGAL = [(a, b) for a, nexts in lifecycle.TRANSITIONS.items() for b in nexts]
ILLEGAL = [(a, b) for a, b in itertools.product(Status.values, Status.values) if (a, b) not in LEGAL]


def move(agreement, to, on=dt.date(2027, 3, 12), **kw):
    if to == "renewed" and "ends_on" not in kw:
        kw["ends_on"] = dt.date(2032, 3, 11)
    return domain.change_status(agreement=agreement, to=to, on=on, today=TODAY, **kw)


def reach(t, status):
    agreement = make_agreement(t, ends_on=dt.date(2030, 3, 11))
    for step in PATHS[status]:
        move(agreement, step)
    assert agreement.status == status
    return agreement


def test_the_table_covers_every_status_and_only_ended_is_final():
    assert set(lifecycle.TRANSITIONS) == set(Status.values)
    assert [s for s, nexts in lifecycle.TRANSITIONS.items() if not nexts] == ["ended"]
    assert len(LEGAL) == 16 and len(ILLEGAL) == 64 - 16


def test_creation_records_the_first_step(ties):
    agreement = make_agreement(ties)
    change = agreement.changes.get()
    assert (agreement.status, change.from_status, change.to_status, change.on, change.by) == (
        "proposed",
        "",
        "proposed",
        dt.date(2027, 1, 10),
        ties.staff,
    )
    assert sorted(p.organisation.name_en for p in agreement.parties.all()) == ["Changwon", "City of Redmond"]


@pytest.mark.parametrize(("current", "target"), LEGAL)
def test_every_legal_transition_is_made_and_recorded(ties, current, target):
    agreement = reach(ties, current)
    before = StatusChange.objects.filter(agreement=agreement).count()
    change = move(agreement, target, on=dt.date(2027, 3, 15), note=" checked ", user=ties.staff)
    agreement.refresh_from_db()
    assert agreement.status == target
    assert (change.from_status, change.to_status, change.on, change.by, change.note) == (
        current,
        target,
        dt.date(2027, 3, 15),
        ties.staff,
        "checked",
    )
    assert agreement.changes.count() == before + 1


@pytest.mark.parametrize(("current", "target"), ILLEGAL)
def test_every_other_transition_is_refused_and_changes_nothing(ties, current, target):
    agreement = reach(ties, current)
    before = agreement.changes.count()
    with pytest.raises(ValidationError) as exc:
        move(agreement, target, on=dt.date(2027, 3, 15))
    assert exc.value.message_dict["to"] == [lifecycle.refusal(current, target)]
    agreement.refresh_from_db()
    assert (agreement.status, agreement.changes.count()) == (current, before)


def test_refusals_are_clear_in_english_and_korean(ties):
    agreement = make_agreement(ties)
    with translation.override("en"), pytest.raises(ValidationError) as en:
        move(agreement, "active")
    assert en.value.message_dict["to"] == [
        "An agreement that is “Proposed” cannot become “Active”. From “Proposed” it can become: Under review, Ended."
    ]
    with translation.override("ko"), pytest.raises(ValidationError) as ko:
        move(agreement, "active")
    assert ko.value.message_dict["to"] == [
        "“제안” 상태의 협약은 “발효” 상태가 될 수 없습니다. “제안” 상태에서 가능한 다음 상태: 검토 중, 종료."
    ]
    ended = reach(ties, "ended")
    with translation.override("en"), pytest.raises(ValidationError) as final:
        move(ended, "active")
    assert final.value.message_dict["to"] == ["The agreement has ended; its status can no longer change."]
    with translation.override("en"), pytest.raises(ValidationError) as same:
        move(agreement, "proposed")
    assert same.value.message_dict["to"] == ["The agreement is already “Proposed”."]


def test_signing_and_activating_set_the_dates(ties):
    agreement = reach(ties, "under_review")
    move(agreement, "signed", on=dt.date(2027, 3, 12))
    move(agreement, "active", on=dt.date(2027, 3, 14), ends_on=dt.date(2030, 3, 13))
    agreement.refresh_from_db()
    assert (agreement.signed_on, agreement.starts_on, agreement.ends_on) == (
        dt.date(2027, 3, 12),
        dt.date(2027, 3, 14),
        dt.date(2030, 3, 13),
    )


def test_a_renewal_needs_a_later_end_date(ties):
    agreement = reach(ties, "renewal_due")
    with pytest.raises(ValidationError) as missing:
        domain.change_status(agreement=agreement, to="renewed", on=dt.date(2027, 3, 15), today=TODAY)
    assert missing.value.message_dict == {"ends_on": ["Give the new end date of the renewed agreement."]}
    with pytest.raises(ValidationError) as early:
        move(agreement, "renewed", on=dt.date(2027, 3, 15), ends_on=dt.date(2030, 3, 11))
    assert early.value.message_dict == {
        "ends_on": ["The new end date must be later than the current one and the renewal."]
    }
    move(agreement, "renewed", on=dt.date(2027, 3, 15), ends_on=dt.date(2033, 3, 11))
    assert Agreement.objects.get(pk=agreement.pk).ends_on == dt.date(2033, 3, 11)


def test_dates_of_changes_are_not_in_the_future_nor_before_the_previous_one(ties):
    agreement = make_agreement(ties)
    with pytest.raises(ValidationError) as future:
        move(agreement, "under_review", on=TODAY + dt.timedelta(days=1))
    assert future.value.message_dict == {"on": ["The date of a change cannot be in the future."]}
    with pytest.raises(ValidationError) as before:
        move(agreement, "under_review", on=dt.date(2027, 1, 9))
    assert before.value.message_dict == {
        "on": ["The date cannot be before the previous change (2027-01-10)."]
    }
    with pytest.raises(ValidationError) as end_date:
        move(agreement, "under_review", ends_on=dt.date(2030, 1, 1))
    assert end_date.value.message_dict == {
        "ends_on": ["An end date is set when signing, activating or renewing."]
    }
    assert Agreement.objects.get(pk=agreement.pk).status == "proposed"


def test_a_stale_object_cannot_skip_a_step(ties):
    """Two people on the same page: the second change is checked against the stored status."""
    agreement = make_agreement(ties)
    stale = Agreement.objects.get(pk=agreement.pk)
    move(agreement, "ended")
    with pytest.raises(ValidationError):
        move(stale, "under_review")
    assert Agreement.objects.get(pk=agreement.pk).status == "ended"


def test_agreements_are_checked_when_created(ties):
    with pytest.raises(ValidationError) as one:
        make_agreement(ties, ties.city)
    assert one.value.message_dict == {"parties": ["An agreement has at least two parties."]}
    with pytest.raises(ValidationError) as cities:
        make_agreement(ties, ties.city, ties.library, kind="sister_city")
    assert cities.value.message_dict == {
        "parties": ["A sister-city or friendship-city agreement is between city governments."]
    }
    with pytest.raises(ValidationError) as areas:
        make_agreement(ties, areas=[])
    assert areas.value.message_dict == {"areas": ["Choose at least one field of cooperation."]}
    with pytest.raises(ValidationError) as bad:
        make_agreement(ties, areas=["industry", "cooking"])
    assert bad.value.message_dict == {"areas": ["Choose fields from the list."]}
    assert Agreement.objects.count() == 0
