"""Background workers: django-tasks-db's worker, and the one step it lacks, running again the task of a
worker that died.

Tasks are rows of the library's ``DBTaskResult`` (enqueued by ``common.queue.enqueue_on_commit``).  Workers:

* ``gyoryu worker``: the library's ``db_worker`` command (production: a service beside the web processes);
* ``gyoryu serve`` and ``gyoryu demo``: the library's ``Worker`` in a thread of the web process
  (``WorkerThread``), unless ``--no-worker``;
* ``run_queued()``: the queued tasks one after the other in the caller's thread, then return (the demo's
  loader, tests).

**A dead worker's task.**  The library marks a task RUNNING when a worker claims it and never looks at it
again, so a task whose worker was killed (power cut, out of memory, ``kill -9``, a redeploy) would stay
RUNNING for ever.  Around the library, each of our workers runs a ``Heartbeat`` thread: every
``dead_after / 6`` seconds it writes the worker's ``WorkerHeartbeat`` row and calls ``recover()``, which puts
back in the queue (READY) every RUNNING task claimed more than ``dead_after`` seconds ago
(``worker_dead_after_seconds``, default 60) by a worker whose heartbeat is older than that.  Another worker
(or the same one, restarted) then claims it; the task's ``worker_ids`` lists every worker that ran it.  A
task whose workers died ``MAX_ATTEMPTS`` times is marked FAILED instead (a task that kills its worker must
not kill every worker in turn).  Tasks therefore run at least once, and each is written to be safe to run
again.  Workers must be started through ``gyoryu`` (which beats): a bare ``manage db_worker`` does not, and
its tasks would be taken for a dead worker's after ``dead_after`` seconds.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import threading
import uuid

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from gyoryu.common.models import WorkerHeartbeat

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 3
BACKEND, QUEUE = "default", "default"


class WorkerDied(Exception):
    """The exception recorded on a task after its workers died ``MAX_ATTEMPTS`` times running it."""


def new_worker_id() -> str:
    return f"{socket.gethostname()[:30]}-{os.getpid()}-{uuid.uuid4().hex[:8]}"[:64]


def dead_after() -> dt.timedelta:
    return dt.timedelta(seconds=settings.GYORYU_WORKER_DEAD_AFTER_SECONDS)


def beat(*, worker_id: str, started: dt.datetime) -> None:
    """Side effects: the worker's WorkerHeartbeat row, seen now."""
    WorkerHeartbeat.objects.update_or_create(
        worker_id=worker_id,
        defaults={
            "host": socket.gethostname()[:255],
            "pid": os.getpid(),
            "started": started,
            "seen": timezone.now(),
        },
    )


def recover(*, now: dt.datetime | None = None) -> dict[str, int]:
    """Put back in the queue the tasks left RUNNING by dead workers (see the module's docstring); return
    how many were retried and failed.  Side effects: those DBTaskResult rows READY again (or FAILED with
    ``WorkerDied`` after ``MAX_ATTEMPTS``); heartbeats older than a day deleted.  Safe to run in several
    workers at once: each row changes only if it is still the RUNNING claim that was judged dead."""
    from django_tasks_db.compat import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    now = now or timezone.now()
    cutoff = now - dead_after()
    alive = set(WorkerHeartbeat.objects.filter(seen__gte=cutoff).values_list("worker_id", flat=True))
    counts = {"retried": 0, "failed": 0}
    stale = DBTaskResult.objects.running().filter(started_at__lt=cutoff)
    for row in stale.only("id", "worker_ids", "started_at", "task_path"):
        if row.worker_ids and row.worker_ids[-1] in alive:
            continue  # a long task of a living worker
        claim = DBTaskResult.objects.filter(
            pk=row.pk, status=TaskResultStatus.RUNNING, started_at=row.started_at
        )
        if len(row.worker_ids) >= MAX_ATTEMPTS:
            message = f"{WorkerDied.__module__}.WorkerDied: workers {row.worker_ids} died running it"
            counts["failed"] += claim.update(
                status=TaskResultStatus.FAILED,
                finished_at=now,
                exception_class_path=f"{WorkerDied.__module__}.WorkerDied",
                traceback=message,
            )
            log.error("task %s (%s) failed: %s", row.pk, row.task_path, message)
        else:
            counts["retried"] += claim.update(status=TaskResultStatus.READY)
            log.warning(
                "task %s (%s): worker %s stopped beating; the task is queued again",
                row.pk,
                row.task_path,
                row.worker_ids[-1] if row.worker_ids else "?",
            )
    WorkerHeartbeat.objects.filter(seen__lt=now - dt.timedelta(days=1)).delete()
    return counts


class Heartbeat:
    """Beats for ``worker_id`` and recovers dead workers' tasks, in a thread of its own, until ``stop()``."""

    def __init__(self, worker_id: str):
        self.worker_id, self.started = worker_id, timezone.now()
        self.period = dead_after().total_seconds() / 6
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"heartbeat-{worker_id}", daemon=True)

    def start(self) -> Heartbeat:
        """Beat and recover once now (before the worker claims anything), then every ``period`` seconds."""
        beat(worker_id=self.worker_id, started=self.started)
        recover()
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(self.period):
            try:
                beat(worker_id=self.worker_id, started=self.started)
                recover()
            except Exception:  # the database may be briefly locked or away: beat again next time
                log.exception("heartbeat of worker %s", self.worker_id)
        connection.close()

    def stop(self) -> None:
        """Side effects: the thread ends; the heartbeat row is deleted (a clean stop leaves no task)."""
        self._stop.set()
        self._thread.join()
        try:
            WorkerHeartbeat.objects.filter(worker_id=self.worker_id).delete()
        except Exception:  # the database is away: the row simply grows old, as a dead worker's would
            log.exception("removing the heartbeat of worker %s", self.worker_id)


def _library_worker(*, worker_id: str, interval: float, batch: bool):
    from django_tasks_db.management.commands.db_worker import Worker

    return Worker(
        queue_names=[QUEUE],
        interval=interval,
        batch=batch,
        backend_name=BACKEND,
        startup_delay=False,
        max_tasks=None,
        worker_id=worker_id,
        excluded_queue_names=[],
    )


def run_worker(*, once: bool = False, interval: float | None = None, verbosity: int = 1) -> None:
    """``gyoryu worker``: the library's ``db_worker`` in this (main) thread, which stops cleanly on SIGTERM
    or Ctrl-C (after the running task), beside a ``Heartbeat``.  ``once``: run what is queued, then return."""
    from django.core.management import call_command

    worker_id = new_worker_id()
    heart = Heartbeat(worker_id).start()
    try:
        call_command(
            "db_worker",
            worker_id=worker_id,
            queue_name=QUEUE,
            backend_name=BACKEND,
            interval=settings.GYORYU_WORKER_POLL_SECONDS if interval is None else interval,
            batch=once,
            reload=False,
            startup_delay=False,
            verbosity=verbosity,
        )
    finally:
        heart.stop()


class WorkerThread:
    """The library's worker loop in a daemon thread of this process, with a ``Heartbeat``
    (``gyoryu serve`` and ``gyoryu demo``; production runs ``gyoryu worker`` as a service instead)."""

    def __init__(self, *, interval: float | None = None):
        self.worker_id = new_worker_id()
        interval = settings.GYORYU_WORKER_POLL_SECONDS if interval is None else interval
        self.worker = _library_worker(worker_id=self.worker_id, interval=interval, batch=False)
        self.heart = Heartbeat(self.worker_id)
        self._thread = threading.Thread(target=self._run, name="gyoryu-worker", daemon=True)

    def start(self) -> WorkerThread:
        self.heart.start()
        self._thread.start()
        return self

    def _run(self) -> None:
        import time

        while self.worker.running:
            try:
                self.worker.run()
            except Exception:  # e.g. the database went away for a moment: keep serving
                log.exception("worker %s", self.worker_id)
                time.sleep(self.worker.interval or 1)
        connection.close()

    def stop(self) -> None:
        """Stop after the running task (if any) and the current wait."""
        self.worker.running = False
        self._thread.join()
        self.heart.stop()


def run_queued(*, worker_id: str = "inline") -> int:
    """Run the queued tasks in this thread, one after the other (each by the library's ``run_task``), until
    none is left; return how many ran.  For the demo's loader and tests: unlike the library's loop it does
    not close database connections between tasks, so it also works inside a test's transaction."""
    from django_tasks_db.models import DBTaskResult

    worker = _library_worker(worker_id=worker_id, interval=0, batch=True)
    count = 0
    while True:
        with transaction.atomic():
            ready = DBTaskResult.objects.ready().filter(backend_name=BACKEND, queue_name=QUEUE)
            result = ready.get_locked()
            if result is None:
                return count
            result.claim(worker_id)
        worker.run_task(result)
        count += 1
