"""`gyoryu serve` and `gyoryu demo` run a background worker in the web process unless --no-worker; the
worker is django-tasks-db's, on the real database (SQLite, or PostgreSQL when DATABASE_URL names it)."""

import socket
import time
import urllib.request

import pytest

from tests.sites import Site

SEED = """
from gyoryu.scheduling.domain import request_schedule
from tests.world import build_small_mission

schedule = request_schedule(mission=build_small_mission(), time_limit=10)
print(schedule.pk)
"""
TASKS = "SELECT task_path, status, return_value FROM django_tasks_database_dbtaskresult ORDER BY enqueued_at"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _until(done, server, seconds: float):
    """Poll ``done()`` until it is true, the server exits or ``seconds`` pass; return its last value."""
    deadline = time.monotonic() + seconds
    while not (value := done()) and server.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    return value


def _answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/login/", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def _stop(server) -> str:
    server.terminate()
    return server.communicate(timeout=30)[0]


def test_serve_runs_the_worker_which_solves_a_requested_schedule(site):
    schedule = int(site.run_python(SEED))
    solve = "gyoryu.scheduling.tasks.solve_schedule"
    assert site.query(TASKS) == [(solve, "READY", None)]  # enqueued on commit; nobody ran it yet
    server = site.start("serve", "--port", str(_free_port()))
    status = "SELECT status FROM scheduling_schedule WHERE id = %s"
    try:
        assert _until(lambda: site.query(status, schedule) == [("draft",)], server, 120)
        assert _until(lambda: site.query(TASKS)[0][1] == "SUCCESSFUL", server, 30)
    finally:
        output = _stop(server)
    [(path, state, returned)] = site.query(TASKS)
    assert (path, state, returned in ('"draft"', "draft")) == (solve, "SUCCESSFUL", True), output
    placed = site.query("SELECT count(*) FROM scheduling_placement WHERE schedule_id = %s", schedule)
    assert placed == [(6,)]
    assert "gyoryu serve: background tasks run in this process" in output


def test_serve_with_no_worker_leaves_the_queue_to_gyoryu_worker(site):
    site.run_python(SEED)
    port = _free_port()
    server = site.start("serve", "--port", str(port), "--no-worker")
    try:
        assert _until(lambda: _answers(port), server, 60)
        # a worker beats before it claims anything: none beat, and the task waits
        assert site.query("SELECT count(*) FROM common_workerheartbeat") == [(0,)]
        assert [row[1] for row in site.query(TASKS)] == ["READY"]
    finally:
        output = _stop(server)
    assert "background tasks run in this process" not in output
    done = site.command("worker", "--once")
    assert done.returncode == 0
    assert [row[1] for row in site.query(TASKS)] == ["SUCCESSFUL"]
    assert site.query("SELECT status FROM scheduling_schedule") == [("draft",)]


@pytest.mark.slow
def test_the_demo_serves_with_a_worker(tmp_path):
    """`gyoryu demo` loads its own SQLite database (whatever DATABASE_URL says), runs the tasks its loading
    queued (e-mails to the demo's people, written as files), then serves with a worker."""
    port = _free_port()
    data = tmp_path / "demo"
    demo = Site(f"sqlite:///{data / 'gyoryu.sqlite3'}", tmp_path)
    demo.env["GYORYU_DATA_DIR"] = str(data)
    server = demo.start("demo", "--port", str(port))
    try:
        assert _until(lambda: _answers(port), server, 1800)  # (a minute on a quiet machine)
        before = demo.query("SELECT status, count(*) FROM django_tasks_database_dbtaskresult GROUP BY status")
        assert [status for status, _ in before] == ["SUCCESSFUL"]  # all run before serving
        assert len(list((data / "mail").iterdir())) >= 1
        organiser = demo.query("SELECT id FROM accounts_organiser WHERE slug = 'changwon'")[0][0]
        demo.run_python(
            "from gyoryu.matchmaking.tasks import index_profiles\n"
            f"index_profiles.enqueue(organiser_id={organiser})\n"
        )
        ready = "SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status != 'SUCCESSFUL'"
        assert _until(lambda: demo.query(ready) == [(0,)], server, 60)
    finally:
        output = _stop(server)
    assert "gyoryu demo: background tasks run in this process" in output
