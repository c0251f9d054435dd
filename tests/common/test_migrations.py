"""Migration common 0002 removes the home-made job queue: the jobs it still held become tasks."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django_tasks_db.models import DBTaskResult


@pytest.mark.django_db(transaction=True)
def test_jobs_still_to_run_become_tasks_and_the_job_table_goes():
    before, after = [("common", "0001_initial")], [("common", "0002_workerheartbeat_delete_job")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    Job = executor.loader.project_state(before).apps.get_model("common", "Job")
    for kind, schedule, status in [
        ("scheduling.solve", 1, "done"),
        ("scheduling.solve", 2, "failed"),
        ("scheduling.solve", 3, "queued"),
        ("scheduling.solve", 4, "running"),  # its worker stopped with the old queue
        ("reports.unknown", 5, "queued"),
    ]:
        Job.objects.create(kind=kind, args={"schedule_id": schedule}, status=status)
    executor = MigrationExecutor(connection)
    executor.migrate(after)
    assert "common_job" not in connection.introspection.table_names()
    tasks = DBTaskResult.objects.order_by("args_kwargs__kwargs__schedule_id")
    assert [(t.status, t.task_path, t.args_kwargs["kwargs"], t.worker_ids) for t in tasks] == [
        ("READY", "gyoryu.scheduling.tasks.solve_schedule", {"schedule_id": 3}, []),
        ("READY", "gyoryu.scheduling.tasks.solve_schedule", {"schedule_id": 4}, []),
    ]
    assert [t.task.name for t in tasks] == ["solve_schedule", "solve_schedule"]
