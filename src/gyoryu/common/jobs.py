"""A small database-backed job queue: any process may enqueue; `gyoryu worker` (or the demo's worker thread)
runs the jobs.  The state lives in the database, so web processes stay stateless."""

from __future__ import annotations

import importlib
import logging
import threading
import traceback

from django.db import close_old_connections, transaction
from django.utils import timezone

from gyoryu.common.models import Job

log = logging.getLogger(__name__)

# kind -> "module:function"; the function takes the job's args as keyword arguments
KINDS = {
    "scheduling.solve": "gyoryu.scheduling.tasks:solve_schedule",
}


def enqueue(kind: str, **args) -> Job:
    """Side effects: one queued Job row (committed with the caller's transaction)."""
    if kind not in KINDS:
        raise ValueError(f"unknown job kind {kind!r}")
    return Job.objects.create(kind=kind, args=args)


def _claim() -> Job | None:
    with transaction.atomic():
        job = (
            Job.objects.select_for_update(skip_locked=True)
            .filter(status=Job.Status.QUEUED)
            .order_by("id")
            .first()
        )
        if job is None:
            return None
        job.status, job.started = Job.Status.RUNNING, timezone.now()
        job.save(update_fields=["status", "started"])
        return job


def run_one() -> Job | None:
    """Run the oldest queued job, if any.  Side effects: whatever the job does; the Job row's status."""
    job = _claim()
    if job is None:
        return None
    module, _, name = KINDS[job.kind].partition(":")
    try:
        getattr(importlib.import_module(module), name)(**job.args)
    except Exception:  # a job's failure is recorded, never lost, and the worker goes on
        log.exception("job %s failed", job.pk)
        job.status, job.error = Job.Status.FAILED, traceback.format_exc()[-4000:]
    else:
        job.status = Job.Status.DONE
    job.finished = timezone.now()
    job.save(update_fields=["status", "error", "finished"])
    return job


def run_pending() -> int:
    """Run queued jobs until none is left; return how many ran (tests and `gyoryu worker --once`)."""
    count = 0
    while run_one() is not None:
        count += 1
    return count


def work_forever(*, poll: float = 1.0, stop: threading.Event | None = None) -> None:
    stop = stop or threading.Event()
    while not stop.is_set():
        close_old_connections()
        try:
            ran = run_one()
        except Exception:  # the database may be briefly locked or gone; try again
            log.exception("worker loop")
            ran = None
        if ran is None:
            stop.wait(poll)
    close_old_connections()


def start_worker_thread() -> threading.Thread:
    """A worker inside this process (the demo and `gyoryu serve`); production runs `gyoryu worker`."""
    thread = threading.Thread(target=work_forever, name="gyoryu-worker", daemon=True)
    thread.start()
    return thread
