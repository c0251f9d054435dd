"""`gyoryu serve` runs the background jobs its help promises, in the web process."""

import socket
import sqlite3
import subprocess
import sys
import time


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_runs_queued_jobs(tmp_path):
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "GYORYU_DEBUG": "1",
        "GYORYU_DATA_DIR": str(tmp_path / "var"),
    }
    run = [sys.executable, "-m", "gyoryu"]
    subprocess.run([*run, "migrate"], env=env, cwd=tmp_path, check=True, capture_output=True)
    database = tmp_path / "var" / "gyoryu.sqlite3"
    with sqlite3.connect(database) as db:  # a job for a schedule that does not exist: it runs and fails
        db.execute(
            "INSERT INTO common_job (kind, args, status, created, error) "
            "VALUES ('scheduling.solve', '{\"schedule_id\": 999}', 'queued', '2026-01-01', '')"
        )
    server = subprocess.Popen(
        [*run, "serve", "--port", str(_free_port())],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        status = "queued"
        deadline = time.monotonic() + 60
        while status in ("queued", "running") and time.monotonic() < deadline and server.poll() is None:
            time.sleep(0.2)
            with sqlite3.connect(database) as db:
                status, error = db.execute("SELECT status, error FROM common_job").fetchone()
    finally:
        server.terminate()
        output = server.communicate(timeout=30)[0]
    assert status == "failed", output
    assert "DoesNotExist" in error
    assert "background jobs run in this process" in output
