"""`gyoryu demo [--port N]`: a fresh demo database, the demo mission, then the server."""

from __future__ import annotations

import os
from pathlib import Path


def run(args) -> int:
    data_dir = Path(os.environ.get("GYORYU_DATA_DIR", "var/demo")).resolve()
    database = data_dir / "gyoryu.sqlite3"
    # The demo never touches a configured database: it always uses its own SQLite file, made anew.
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    data_dir.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)

    from gyoryu.cli import setup_django

    setup_django()
    from django.core.management import call_command

    from gyoryu.demo.load import load_demo

    call_command("migrate", interactive=False, verbosity=0)
    signins = load_demo()
    url = f"http://127.0.0.1:{args.port}/"
    print(f"gyoryu demo: database {database}")
    print(f"Open {url} and sign in as:")
    for s in signins:
        print(f"  {s['role']:<9} {s['username']:<14} password: {s['password']}")
    print(f"API documentation: {url}api/docs")
    if args.no_serve:
        return 0
    call_command("runserver", f"127.0.0.1:{args.port}", use_reloader=False, use_threading=True)
    return 0
