"""A throwaway PostgreSQL server for `gyoryu bench load` (as scripts/test.sh makes one for the tests)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _bin() -> Path:
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/postgres"), key=lambda p: int(p.parts[-3]))
    if not versions:
        raise SystemExit("gyoryu bench load: PostgreSQL is not installed (apt-get install postgresql)")
    return versions[-1].parent


def _as_postgres(cmd: list[str]) -> list[str]:
    """initdb and postgres refuse to run as root: run them as the postgres user then."""
    if os.geteuid() != 0:
        return cmd
    return ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(f"'{c}'" for c in cmd)]


class ThrowawayPostgres:
    """initdb in ``folder``, started on 127.0.0.1 and a free port; stop() removes nothing (folder is reused)."""

    def __init__(self, folder: Path):
        self.folder, self.port, self.bin = folder, free_port(), _bin()
        self.data = folder / "data"

    def start(self) -> str:
        if self.data.exists():
            shutil.rmtree(self.data)
        self.folder.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        run = dict(check=True, capture_output=True)
        subprocess.run(
            _as_postgres(
                [
                    str(self.bin / "initdb"),
                    "-D",
                    str(self.data),
                    "-U",
                    "postgres",
                    "--auth=trust",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                ]
            ),
            **run,
        )
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c max_connections=200"
        subprocess.run(
            _as_postgres(
                [
                    str(self.bin / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-l",
                    str(self.folder / "server.log"),
                    "-w",
                    "-o",
                    options,
                    "start",
                ]
            ),
            **run,
        )
        psql = [str(self.bin / "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-qc"]
        subprocess.run([*psql, "CREATE ROLE gyoryu LOGIN PASSWORD 'gyoryu'"], **run)
        subprocess.run([*psql, "CREATE DATABASE gyoryu OWNER gyoryu"], **run)
        return f"postgres://gyoryu:gyoryu@127.0.0.1:{self.port}/gyoryu"

    def stop(self) -> None:
        subprocess.run(
            _as_postgres([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop"]),
            capture_output=True,
        )
