"""The home-made job queue that Django's tasks framework replaced (table ``common_job``, removed by migration
common 0002).  Its jobs still to run become tasks: in that migration, and when a backup made before it is
restored.  Kept as it is: both read rows of that old shape."""

from __future__ import annotations

import datetime as dt
import uuid

# job kind -> the task that does the same work now (every kind the old queue knew)
TASK_OF_KIND = {"scheduling.solve": "gyoryu.scheduling.tasks.solve_schedule"}
DATE_MAX = dt.datetime(9999, 1, 1, tzinfo=dt.UTC)  # django-tasks-db's "no run_after"


def task_fields(*, kind: str, args: dict, status: str) -> dict | None:
    """The fields of a READY DBTaskResult for an old job that had still to run (queued, or running when its
    worker stopped); None for a finished one (done or failed: nothing left to do) or an unknown kind."""
    if status not in ("queued", "running") or kind not in TASK_OF_KIND:
        return None
    return {
        "id": uuid.uuid4(),
        "status": "READY",
        "args_kwargs": {"args": [], "kwargs": dict(args)},
        "priority": 0,
        "task_path": TASK_OF_KIND[kind],
        "queue_name": "default",
        "backend_name": "default",
        "run_after": DATE_MAX,
        "worker_ids": [],
        "return_value": None,
        "exception_class_path": "",
        "traceback": "",
    }
