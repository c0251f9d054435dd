"""`gyoryu bench load --users 200 --seconds 300`: the demo served as in production, under many people.

Steps: the demo mission is loaded into its own SQLite file (`gyoryu demo --no-serve`), backed up and
restored into PostgreSQL (a throwaway server, as scripts/test.sh starts one, or DATABASE_URL when it names
an empty PostgreSQL database); gunicorn serves it on 127.0.0.1 with several worker processes, debug off;
simulated people (locust, in `load_users`) sign in, browse, request meetings and log outcomes.  Prints one
JSON line: requests, errors, p50/p95/p99 in ms, requests per second; and, to compare runs on a shared
machine, what the server's processes used (CPU ms a request, cores busy: web, database, the simulated people)
and CPU-speed readings before, during and after (``cpu_loop_s``).  Only 127.0.0.1 is ever contacted."""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--users", type=int, default=200, help="simulated people at once")
    parser.add_argument("--seconds", type=int, default=300, help="measured time, after all have signed in")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    parser.add_argument(
        "--threads",
        type=int,
        default=1,
        help="threads per worker process (1: gunicorn's sync workers, which answer sooner; see load_gunicorn)",
    )
    parser.add_argument("--folder", default="var/bench/load", help="working folder (made anew)")
    parser.add_argument("--reuse-demo", action="store_true", help="reuse the demo backup of an earlier run")
    parser.add_argument(
        "--profile", action="store_true", help="first print each page's queries and time (standard error)"
    )


def _gyoryu(*args: str, env: dict, log) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "gyoryu", *args], env=env, stdout=log, stderr=subprocess.STDOUT
    )
    if done.returncode:
        raise SystemExit(f"gyoryu bench load: `gyoryu {' '.join(args)}` failed; see {log.name}")


def _wait_until_up(url: str, server: subprocess.Popen, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("gyoryu bench load: gunicorn stopped; see its log in the working folder")
        try:
            with urllib.request.urlopen(url, timeout=5) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"gyoryu bench load: {url} did not answer within {seconds:.0f} s")


def cpu_loop_seconds(iterations: int = 3_000_000) -> float:
    """CPU seconds of a fixed pure-Python loop (of 3 million steps, scaled from ``iterations``): how fast this
    machine runs Python right now.  A shared machine varies, before and during a run alike (0.16 to 0.3 s on
    the 2-core machine of the issue's bar), and every latency figure varies with it."""
    start, total = time.process_time(), 0
    for i in range(iterations):
        total += i * i % 7
    return round((time.process_time() - start) * 3_000_000 / iterations, 3)


def _stop(signum, frame):
    raise SystemExit(
        f"gyoryu bench load: stopped by signal {signum}"
    )  # the servers are stopped on the way out


def run(args: argparse.Namespace) -> int:
    import signal

    from gyoryu.bench.load_pg import ThrowawayPostgres, free_port

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)

    folder = Path(args.folder).resolve()
    archive = folder / "demo.tar.gz"
    if not (args.reuse_demo and archive.exists()):
        shutil.rmtree(folder, ignore_errors=True)
    for made_anew in ("pg", "serve", "warm"):
        shutil.rmtree(folder / made_anew, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    log = open(folder / "steps.log", "w", encoding="utf-8")  # noqa: SIM115 - open for the whole run
    base = {k: v for k, v in os.environ.items() if not k.startswith("GYORYU_") and k != "DATABASE_URL"}
    if not archive.exists():
        demo = {**base, "GYORYU_DATA_DIR": str(folder / "demo")}
        print("gyoryu bench load: loading the demo mission", file=sys.stderr)
        _gyoryu("demo", "--no-serve", env=demo, log=log)
        sqlite = {
            **demo,
            "GYORYU_DEBUG": "1",
            "DATABASE_URL": f"sqlite:///{folder / 'demo' / 'gyoryu.sqlite3'}",
        }
        _gyoryu("backup", str(archive), env=sqlite, log=log)

    given = os.environ.get("DATABASE_URL", "")
    pg = None if given.startswith(("postgres://", "postgresql://")) else ThrowawayPostgres(folder / "pg")
    url = given if pg is None else pg.start()
    server = None
    try:
        serve = {
            **base,
            "DATABASE_URL": url,
            "GYORYU_SECRET_KEY": secrets.token_urlsafe(50),
            "GYORYU_DATA_DIR": str(folder / "serve"),
            "GYORYU_ALLOWED_HOSTS": "127.0.0.1",
            "GYORYU_EMAIL_BACKEND": "file",
            "DJANGO_SETTINGS_MODULE": "gyoryu.settings",
            "BENCH_WARM_DIR": str(folder / "warm"),
        }
        print(
            f"gyoryu bench load: restoring it into PostgreSQL ({'throwaway' if pg else 'DATABASE_URL'})",
            file=sys.stderr,
        )
        _gyoryu("restore", str(folder / "demo.tar.gz"), env=serve, log=log)
        planning = [sys.executable, "-m", "gyoryu.bench.load_plan", *(["--profile"] if args.profile else [])]
        plan = subprocess.run(planning, env=serve, capture_output=True, text=True)
        if plan.returncode:
            raise SystemExit(f"gyoryu bench load: planning failed:\n{plan.stderr[-3000:]}")
        sys.stderr.write(plan.stderr)
        (folder / "plan.json").write_text(plan.stdout, encoding="utf-8")

        port = free_port()
        host = f"http://127.0.0.1:{port}"
        gunicorn = [
            sys.executable,
            "-m",
            "gunicorn",
            "gyoryu.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(args.workers),
            "--threads",
            str(args.threads),
            "--worker-class",
            "gthread" if args.threads > 1 else "sync",
            "--timeout",
            "900",  # a worker loads the matching engine before it serves (load_gunicorn)
            "--backlog",
            "2048",
            "--log-level",
            "warning",
            "--config",
            "python:gyoryu.bench.load_gunicorn",
        ]
        server = subprocess.Popen(gunicorn, env=serve, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 900
        while len(list((folder / "warm").glob("*"))) < args.workers:  # each has loaded the matching engine
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("gyoryu bench load: the workers did not load the matching engine in 15 min")
            time.sleep(1)
        _wait_until_up(f"{host}/login/", server)
        print(
            f"gyoryu bench load: gunicorn ({args.workers} workers x {args.threads} threads) on {host}; "
            f"{args.users} people for {args.seconds} s",
            file=sys.stderr,
        )
        speed_before = cpu_loop_seconds()  # the server is idle: nobody has arrived yet
        postgres = (folder / "pg" / "data" / "postmaster.pid") if pg is not None else None
        watched = {"web": server.pid}
        if postgres is not None and postgres.exists():
            watched["database"] = int(postgres.read_text().split()[0])
        command = [
            sys.executable,
            "-m",
            "gyoryu.bench.load_users",
            host,
            str(folder / "plan.json"),
            str(args.users),
            str(args.seconds),
            json.dumps(watched),
        ]
        out, err = open(folder / "users.out", "w+"), open(folder / "users.err", "w+")  # noqa: SIM115
        with out, err:
            users = subprocess.Popen(command, env=base, stdout=out, stderr=err, text=True)
            during = []  # a short reading every 10 s while the people browse (a tenth of the loop)
            try:
                while users.poll() is None:
                    time.sleep(10)
                    during.append(cpu_loop_seconds(300_000))
            finally:
                if users.poll() is None:  # stopped by a signal: the people leave too
                    users.kill()
                    users.wait()
            out.seek(0)
            err.seek(0)
            stdout, stderr = out.read(), err.read()
        sys.stderr.write(stderr[-6000:])
        if users.returncode or not stdout.strip():
            raise SystemExit("gyoryu bench load: the simulated users failed")
        figures = json.loads(stdout.strip().splitlines()[-1])
        figures["cpu_loop_s"] = {  # before the people arrived, while they browsed (median), after they left
            "before": speed_before,
            "during": sorted(during)[len(during) // 2] if during else None,
            "after": cpu_loop_seconds(),
        }
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=60)
        if pg is not None:
            pg.stop()
    figures.update(
        server="gunicorn",
        workers=args.workers,
        threads=args.threads,
        database="postgresql",
        load_average=round(os.getloadavg()[0], 2),
    )
    print(json.dumps(figures))
    return 0
