"""The worker around django-tasks-db: the task of a worker that died is run again (by a real worker
process after another was killed, and on rows left running with an old claim), at most MAX_ATTEMPTS times;
the worker thread of `gyoryu serve` runs tasks as they are committed."""

import datetime as dt
import json
import signal
import time

import pytest
from django.core import mail
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from gyoryu.common.models import WorkerHeartbeat
from gyoryu.common.worker import MAX_ATTEMPTS, WorkerThread, beat, recover
from gyoryu.notifications.models import Notification
from gyoryu.scheduling.domain import request_schedule
from gyoryu.scheduling.models import Schedule
from gyoryu.scheduling.tasks import solve_schedule
from tests.common.blocking_tasks import hold_first_attempt
from tests.factories import PersonFactory
from tests.queue import commit_callbacks, run_tasks
from tests.world import build_small_mission

TASK = "SELECT status, worker_ids, return_value FROM django_tasks_database_dbtaskresult"


def _until(done, seconds: float, *processes):
    """Poll ``done`` until it is true (the test database is a file on SQLite: a poll during the worker's
    write waits for the lock, see tests/settings.py)."""
    deadline = time.monotonic() + seconds
    while not (value := done()) and time.monotonic() < deadline:
        assert all(p.poll() is None for p in processes), [p.communicate()[0] for p in processes]
        time.sleep(0.1)
    return value


def _status(site) -> str:
    return site.query(TASK)[0][0]


def test_the_task_of_a_killed_worker_process_is_run_by_the_next_worker(site, tmp_path):
    folder = tmp_path / "attempts"
    folder.mkdir()
    site.run_python(
        "from tests.common.blocking_tasks import hold_first_attempt\n"
        f"hold_first_attempt.enqueue(folder={str(folder)!r})\n"
    )
    quick = {"GYORYU_WORKER_DEAD_AFTER_SECONDS": "6"}  # beats every second
    first = site.start("worker", "--interval", "0.2", env=quick)
    try:
        assert _until(lambda: (folder / "attempt-1").exists(), 60, first)
        assert _status(site) == "RUNNING"
        first.send_signal(signal.SIGKILL)  # dies in the middle of the task, without a word
    finally:
        first.kill()
        first.communicate(timeout=30)
    dead = (folder / "attempt-1").read_text()
    assert site.query("SELECT pid FROM common_workerheartbeat WHERE worker_id = %s", dead) == [(first.pid,)]
    assert _status(site) == "RUNNING"  # the library alone would leave it so for ever
    second = site.start("worker", "--interval", "0.2", env=quick)
    try:
        # within 6 s of silence the heartbeat takes the first worker for dead and queues the task again
        assert _until(lambda: _status(site) == "SUCCESSFUL", 90, second)
    finally:
        second.send_signal(signal.SIGTERM)  # a clean stop: exits, and takes its heartbeat row away
        output = second.communicate(timeout=60)[0]
    assert second.returncode == 0, output
    [(status, worker_ids, returned)] = site.query(TASK)
    worker_ids = json.loads(worker_ids) if isinstance(worker_ids, str) else worker_ids
    alive = (folder / "attempt-2").read_text()
    assert (status, worker_ids, str(returned)) == ("SUCCESSFUL", [dead, alive], "2")
    assert site.query("SELECT worker_id FROM common_workerheartbeat") == [(dead,)]
    assert "stopped beating; the task is queued again" in output


@pytest.mark.django_db
def test_recover_queues_again_only_the_tasks_of_silent_workers():
    now = timezone.now()
    old, recent = now - dt.timedelta(minutes=5), now - dt.timedelta(seconds=5)
    beat(worker_id="alive", started=old)
    beat(worker_id="silent", started=old)
    WorkerHeartbeat.objects.filter(worker_id="silent").update(seen=old)

    def running(folder: str, worker_ids: list[str], started: dt.datetime) -> str:
        row = hold_first_attempt.enqueue(folder=folder).db_result
        DBTaskResult.objects.filter(pk=row.pk).update(
            status="RUNNING", worker_ids=worker_ids, started_at=started
        )
        return folder

    running("long task of a living worker", ["alive"], old)
    running("claimed a moment ago", ["silent"], recent)
    running("silent worker", ["silent"], old)
    running("never heard of", ["plain-db_worker"], old)
    running("third death", ["w1", "w2", "silent"][:MAX_ATTEMPTS], old)
    assert recover(now=now) == {"retried": 2, "failed": 1}
    rows = {r.args_kwargs["kwargs"]["folder"]: r for r in DBTaskResult.objects.all()}
    assert {k: r.status for k, r in rows.items()} == {
        "long task of a living worker": "RUNNING",
        "claimed a moment ago": "RUNNING",
        "silent worker": "READY",
        "never heard of": "READY",
        "third death": "FAILED",
    }
    failed = rows["third death"]
    assert failed.exception_class_path == "gyoryu.common.worker.WorkerDied"
    assert (
        failed.traceback == "gyoryu.common.worker.WorkerDied: workers ['w1', 'w2', 'silent'] died running it"
    )
    assert failed.task_result.errors[0].exception_class_path == "gyoryu.common.worker.WorkerDied"
    assert recover(now=now) == {"retried": 0, "failed": 0}  # what is READY stays so until a worker claims it


@pytest.mark.django_db
def test_a_schedule_left_running_by_a_dead_worker_is_solved_by_the_next():
    schedule = request_schedule(mission=build_small_mission(), time_limit=10)
    commit_callbacks()
    # a worker claimed the solve, marked the schedule running, and died; its last beat was 5 minutes ago
    long_ago = timezone.now() - dt.timedelta(minutes=5)
    beat(worker_id="dead-1", started=long_ago)
    WorkerHeartbeat.objects.update(seen=long_ago)
    task = DBTaskResult.objects.get()
    task.claim("dead-1")
    DBTaskResult.objects.filter(pk=task.pk).update(started_at=long_ago)
    Schedule.objects.filter(pk=schedule.pk).update(status=Schedule.Status.RUNNING)
    assert run_tasks() == []  # nobody else takes a RUNNING task ...
    assert recover() == {"retried": 1, "failed": 0}  # ... until its worker is known to be dead
    assert run_tasks() == [("solve_schedule", {"schedule_id": schedule.pk})]
    task.refresh_from_db()
    assert (task.status, task.return_value, len(task.worker_ids), task.worker_ids[0]) == (
        "SUCCESSFUL",
        "draft",
        2,
        "dead-1",
    )
    schedule.refresh_from_db()
    assert (schedule.status, schedule.placements.count(), schedule.unscheduled) == ("draft", 6, [])


@pytest.mark.django_db
def test_a_task_run_twice_does_its_work_once():
    schedule = request_schedule(mission=build_small_mission(), time_limit=10)
    run_tasks()
    schedule.refresh_from_db()
    finished = (schedule.status, schedule.finished, list(schedule.placements.values_list("pk", flat=True)))
    assert solve_schedule.call(schedule_id=schedule.pk) == "draft"  # e.g. after a worker died just after it
    schedule.refresh_from_db()
    assert (
        schedule.status,
        schedule.finished,
        list(schedule.placements.values_list("pk", flat=True)),
    ) == finished
    assert solve_schedule.call(schedule_id=schedule.pk + 1000) == "missing"  # deleted since: nothing to do


@pytest.mark.django_db(transaction=True)
def test_the_worker_thread_runs_what_is_committed_and_the_heartbeat_goes_with_it(settings):
    """What `gyoryu serve` runs: the library's worker loop in a thread, on the real database backend."""
    settings.GYORYU_WORKER_POLL_SECONDS = 1
    mission = build_small_mission()
    firm = mission.delegation.first().organisation
    PersonFactory(organisation=firm, email="ceo@firm.example", languages=["ko"])
    worker = WorkerThread().start()
    try:
        assert list(WorkerHeartbeat.objects.values_list("worker_id", flat=True)) == [worker.worker_id]
        schedule = request_schedule(mission=mission, time_limit=10)  # committed: the worker may start
        assert _until(lambda: Schedule.objects.get(pk=schedule.pk).status == "draft", 120)
        from gyoryu.scheduling.domain import publish

        publish(schedule=Schedule.objects.get(pk=schedule.pk))  # tells the firm's CEO and both interpreters
        notes = Notification.objects.exclude(email="")
        assert sorted(notes.values_list("email", flat=True))[0] == "ceo@firm.example" and notes.count() == 3
        assert _until(lambda: not notes.filter(sent=None).exists(), 60)
    finally:
        worker.stop()
    assert WorkerHeartbeat.objects.count() == 0
    assert sorted(m.to[0] for m in mail.outbox) == sorted(notes.values_list("email", flat=True))
    tasks = DBTaskResult.objects.order_by("enqueued_at")
    assert [(t.task_path.rsplit(".", 1)[1], t.status, t.worker_ids) for t in tasks] == [
        ("solve_schedule", "SUCCESSFUL", [worker.worker_id]),
        *[("send_notification", "SUCCESSFUL", [worker.worker_id])] * 3,
    ]
