"""What the background workers tell each other (the tasks themselves are rows of django-tasks-db's
DBTaskResult; see gyoryu.common.worker)."""

from django.db import models


class WorkerHeartbeat(models.Model):
    """One row per running worker, written every few seconds: a task whose worker stopped beating is run again."""

    worker_id = models.CharField(max_length=64, primary_key=True)
    host = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    started = models.DateTimeField()
    seen = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"worker {self.worker_id} on {self.host} (pid {self.pid})"
