"""Enqueue background tasks when the transaction commits, never before.

Every feature's slow side effect (an e-mail, a schedule solve, embeddings of a changed profile) is a task of
Django's tasks framework (``django_tasks.task``; ``django.tasks`` from Django 6 on) defined in the feature's
``tasks.py`` and taking ids.  Domain functions call ``enqueue_on_commit`` inside their transaction: the task is
stored (a row of django-tasks-db's DBTaskResult) only once the transaction has committed, so a worker never
sees rows that are not there yet, and nothing is done for a change that was rolled back.
"""

from __future__ import annotations

from django.db import transaction


class _Enqueue:
    """An on-commit callback that enqueues one task; ``key`` tells identical ones apart."""

    def __init__(self, task, kwargs: dict):
        self.task, self.kwargs = task, kwargs
        self.key = (task.module_path, tuple(sorted(kwargs.items())))

    def __call__(self) -> None:
        self.task.enqueue(**self.kwargs)


def enqueue_on_commit(task, **kwargs) -> None:
    """Enqueue ``task`` with these keyword arguments (ids) once the current transaction commits (at once
    outside a transaction).  Side effects: on commit, one task row; on rollback (of the transaction, or of the
    savepoint it was asked in), nothing.  The same task with the same arguments is enqueued once per
    transaction (a profile import changing 1,000 profiles of one organiser indexes them in one task)."""
    connection = transaction.get_connection()
    callback = _Enqueue(task, kwargs)
    # Django keeps the transaction's pending callbacks here (and drops those of a rolled-back savepoint)
    pending = connection.run_on_commit if connection.in_atomic_block else []
    if any(getattr(func, "key", None) == callback.key for _sids, func, _robust in pending):
        return
    transaction.on_commit(callback)
