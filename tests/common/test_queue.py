"""Tasks are enqueued when the transaction commits: never for a change rolled back, once per transaction."""

import pytest
from django.db import transaction

from gyoryu.common.queue import enqueue_on_commit
from gyoryu.matchmaking.tasks import index_profiles
from gyoryu.scheduling.tasks import solve_schedule
from tests.queue import commit_callbacks, queued


@pytest.mark.django_db
def test_enqueued_on_commit_once_per_task_and_arguments():
    with transaction.atomic():
        enqueue_on_commit(index_profiles, organiser_id=1)
        enqueue_on_commit(index_profiles, organiser_id=1)
        with transaction.atomic():
            enqueue_on_commit(index_profiles, organiser_id=1)
            enqueue_on_commit(index_profiles, organiser_id=2)
        enqueue_on_commit(solve_schedule, schedule_id=1)
        assert queued() == []
    commit_callbacks()
    assert queued() == [
        ("index_profiles", {"organiser_id": 1}),
        ("index_profiles", {"organiser_id": 2}),
        ("solve_schedule", {"schedule_id": 1}),
    ]


@pytest.mark.django_db
def test_nothing_is_enqueued_for_a_rolled_back_change():
    class Refused(Exception):
        pass

    with transaction.atomic():
        enqueue_on_commit(index_profiles, organiser_id=1)
        try:
            with transaction.atomic():
                enqueue_on_commit(index_profiles, organiser_id=2)
                enqueue_on_commit(solve_schedule, schedule_id=7)
                raise Refused
        except Refused:
            pass
        # asked again after the savepoint that asked first was rolled back: enqueued this time
        enqueue_on_commit(solve_schedule, schedule_id=7)
    commit_callbacks()
    assert queued() == [("index_profiles", {"organiser_id": 1}), ("solve_schedule", {"schedule_id": 7})]


@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_a_task_is_enqueued_at_once_and_a_rollback_enqueues_nothing():
    enqueue_on_commit(index_profiles, organiser_id=3)
    assert queued() == [("index_profiles", {"organiser_id": 3})]
    with pytest.raises(ZeroDivisionError), transaction.atomic():
        enqueue_on_commit(solve_schedule, schedule_id=9)
        1 / 0  # noqa: B018
    assert queued() == [("index_profiles", {"organiser_id": 3})]
