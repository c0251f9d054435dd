"""Background tasks in tests: what the commit of the test's transaction would do, then a worker's run.

Tests run inside a transaction that is rolled back at the end, so ``transaction.on_commit`` callbacks (which
enqueue tasks, see ``gyoryu.common.queue``) wait for a commit that never comes.  ``run_tasks`` plays that commit
(as Django's ``captureOnCommitCallbacks(execute=True)`` does) and then runs the queued tasks with the real
database backend, one after the other in this thread (``gyoryu.common.worker.run_queued``).  In live-server
tests the callbacks ran already at the real commit; only the queue is left to run.
"""

import uuid

from django.db import transaction

from gyoryu.common.worker import run_queued


def commit_callbacks() -> int:
    """Run the on-commit callbacks registered so far in the test's transaction; return how many."""
    connection = transaction.get_connection()
    count = 0
    while connection.in_atomic_block and connection.run_on_commit:
        pending, connection.run_on_commit = connection.run_on_commit, []
        for _sids, func, _robust in pending:
            func()
            count += 1
    return count


def run_tasks() -> list[tuple[str, dict]]:
    """Enqueue what the test's changes asked for, then run every queued task (and what they enqueue in turn)
    until the queue is empty; return the tasks run, (task name, keyword arguments) in the order they ran."""
    from django_tasks_db.models import DBTaskResult

    worker_id = f"test-{uuid.uuid4().hex[:8]}"
    while True:
        commit_callbacks()
        if not run_queued(worker_id=worker_id):
            break
    rows = DBTaskResult.objects.exclude(started_at=None).order_by("started_at")
    return [_named(r) for r in rows if worker_id in r.worker_ids]


def _named(row) -> tuple[str, dict]:
    return row.task_path.rsplit(".", 1)[1], row.args_kwargs["kwargs"]


def queued() -> list[tuple[str, dict]]:
    """The tasks waiting in the queue: (task name, keyword arguments), oldest first."""
    from django_tasks_db.models import DBTaskResult

    return [_named(r) for r in DBTaskResult.objects.ready().order_by("enqueued_at")]
