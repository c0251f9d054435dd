"""A profile created or changed is embedded by the worker after the commit (one task per organiser and
transaction), so that the engine of a web process finds its vectors stored and computes nothing."""

import pytest
from django.db import transaction
from django_tasks_db.models import DBTaskResult

from gyoryu.matchmaking import service
from gyoryu.matchmaking.models import ProfileVector
from gyoryu.matchmaking.tasks import index_profiles
from gyoryu.organizations import domain
from tests.factories import OrganiserFactory
from tests.queue import queued, run_tasks

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_engines():
    service.reset()
    yield
    service.reset()


def _stored() -> dict[int, tuple]:
    return {
        row[0]: row[1:] for row in ProfileVector.objects.values_list("organisation", "version", "created")
    }


def test_profiles_changed_in_one_transaction_are_embedded_by_one_task():
    organiser, other = OrganiserFactory(), OrganiserFactory()
    with transaction.atomic():  # as an import does
        firm = domain.create_organisation(
            organiser=organiser,
            data={"name_ko": "세진에어로텍", "country": "KR", "offers_ko": "항공기 엔진 부품 정밀 가공"},
        )
        buyer = domain.create_organisation(
            organiser=organiser,
            data={"name_en": "Puget Aerostructures", "country": "US", "seeks_en": "machined engine parts"},
        )
        domain.create_organisation(
            organiser=other, data={"name_en": "Elsewhere", "country": "JP", "offers_en": "logistics"}
        )
    assert ProfileVector.objects.count() == 0
    assert run_tasks() == [
        ("index_profiles", {"organiser_id": organiser.pk}),
        ("index_profiles", {"organiser_id": other.pk}),
    ]
    assert [t.return_value for t in DBTaskResult.objects.order_by("enqueued_at")] == [2, 1]
    versions = {pk: service.to_document(o).content_hash() for pk, o in ((firm.pk, firm), (buyer.pk, buyer))}
    assert {pk: v for pk, (v, _) in _stored().items() if pk in versions} == versions

    # the web process's engine finds them stored: nothing computed, nothing written
    before = _stored()
    engine = service.engine_for(organiser.pk)
    assert (len(engine), _stored()) == (2, before)


def test_an_edit_is_embedded_again_and_an_unchanged_save_enqueues_nothing():
    organiser = OrganiserFactory()
    buyer = domain.create_organisation(
        organiser=organiser,
        data={"name_en": "Puget Aerostructures", "country": "US", "seeks_en": "machined engine parts"},
    )
    run_tasks()
    old = _stored()[buyer.pk][0]
    domain.update_organisation(organisation=buyer, data={"seeks_en": "machined engine parts"})
    assert run_tasks() == []  # nothing changed, nothing to embed
    domain.update_organisation(organisation=buyer, data={"seeks_en": "ECG patches for cardiology wards"})
    assert run_tasks() == [("index_profiles", {"organiser_id": organiser.pk})]
    new = _stored()[buyer.pk][0]
    assert new != old and new == service.to_document(buyer).content_hash()
    assert index_profiles.call(organiser_id=organiser.pk) == 0  # run again: nothing left to compute
    assert queued() == []
