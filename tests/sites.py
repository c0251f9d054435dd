"""gyoryu in other processes (the `site` fixture of tests/conftest.py): commands, Python snippets and plain
SQL reads on a database those processes share with the test."""

import sqlite3
import subprocess
import sys
from pathlib import Path


class Site:
    """gyoryu in other processes, on ``scratch_database``: commands, Python snippets and plain SQL reads."""

    def __init__(self, database_url: str, folder):
        self.url, self.folder, self.python = database_url, Path(folder), sys.executable
        self.env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(self.folder),
            "GYORYU_DEBUG": "1",
            "GYORYU_DATA_DIR": str(self.folder / "var"),
            "GYORYU_EMAIL_BACKEND": "file",
            "DATABASE_URL": database_url,
        }
        self.cwd = Path(__file__).resolve().parents[1]  # the project: `tests` importable by the processes

    def command(self, *args: str, env: dict | None = None):
        return subprocess.run(
            [self.python, "-m", "gyoryu", *args],
            env={**self.env, **(env or {})},
            cwd=self.cwd,
            check=True,
            capture_output=True,
            text=True,
        )

    def start(self, *args: str, env: dict | None = None):
        """`gyoryu ARGS` running in the background (a Popen; output piped)."""
        return subprocess.Popen(
            [self.python, "-m", "gyoryu", *args],
            env={**self.env, **(env or {})},
            cwd=self.cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )

    def run_python(self, code: str) -> str:
        """Run ``code`` in a new process with Django set up on this site; return what it printed."""
        script = "from gyoryu.cli import setup_django\nsetup_django()\n" + code
        done = subprocess.run(
            [self.python, "-c", script], env=self.env, cwd=self.cwd, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def query(self, sql: str, *params) -> list[tuple]:
        """Rows of a read on the site's database, through the driver (no Django in this process)."""
        if self.url.startswith("sqlite:"):
            with sqlite3.connect(self.url.removeprefix("sqlite:///")) as db:
                return db.execute(sql.replace("%s", "?"), params).fetchall()
        import psycopg

        with psycopg.connect(self.url) as db:
            return db.execute(sql, params).fetchall()
