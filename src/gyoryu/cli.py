"""The ``gyoryu`` command: thin, lazy-loading subcommands that call domain functions.

Each subcommand imports what it needs only when it runs, so ``gyoryu bench b2b`` never loads Django and
``gyoryu --help`` is instant.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

# name -> module with add_arguments(parser) and run(args) -> int; the module imports heavy things in run().
BENCHES = {
    "matching": "gyoryu.bench.matching",
    "matching-scale": "gyoryu.bench.matching_scale",
    "b2b": "gyoryu.bench.b2b",
    "schedule-scale": "gyoryu.bench.schedule_scale",
    "load": "gyoryu.bench.load",
}
# the daily runs of `gyoryu remind` after the meetings' own: modules with run(args) -> int
REMINDERS = ("gyoryu.followup.cli", "gyoryu.partnerships.cli", "gyoryu.privacy.cli")
# what `gyoryu import KIND` and `gyoryu export KIND` handle -> module with run_import/run_export(args)
TRANSFERS = {
    "organisations": "gyoryu.organizations.cli",
    "people": "gyoryu.organizations.cli",
    "codes": "gyoryu.classification.cli",
}


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gyoryu.settings")
    import django

    from gyoryu.config import ConfigError

    try:
        django.setup()
    except ConfigError as exc:
        raise SystemExit(f"gyoryu: configuration error: {exc}") from None


def _cmd_manage(args: argparse.Namespace) -> int:
    setup_django()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["gyoryu", *args.rest])
    return 0


def _cmd_migrate(args: argparse.Namespace) -> int:
    setup_django()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=1)
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    """Django's system checks (with --deploy: the deployment checks) on our settings; warnings fail."""
    setup_django()
    from django.core.management import call_command
    from django.core.management.base import SystemCheckError

    try:
        call_command("check", deploy=args.deploy, fail_level="WARNING")
    except SystemCheckError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    setup_django()
    from django.core.management import call_command

    from gyoryu.common.serving import web_process

    web_process()

    if not args.no_worker:
        from gyoryu.common.worker import WorkerThread

        WorkerThread().start()
        print(
            "gyoryu serve: background tasks run in this process (or: --no-worker and `gyoryu worker`)",
            flush=True,
        )
    call_command("runserver", f"{args.host}:{args.port}", use_reloader=False, use_threading=True)
    return 0


def demo_environment(port: int) -> None:
    """The demo's settings, unless the environment says otherwise: development mode, its own data folder,
    e-mails written as files under it (data_dir/mail), and links in them to the demo on ``port``."""
    os.environ.setdefault("GYORYU_DEBUG", "1")
    os.environ.setdefault("GYORYU_DATA_DIR", "var/demo")
    os.environ.setdefault("GYORYU_EMAIL_BACKEND", "file")
    os.environ.setdefault("GYORYU_BASE_URL", f"http://127.0.0.1:{port}")


def _cmd_demo(args: argparse.Namespace) -> int:
    demo_environment(args.port)
    module = importlib.import_module("gyoryu.demo.cli")
    return module.run(args)


def _cmd_transfer(args: argparse.Namespace) -> int:
    setup_django()
    module = importlib.import_module(TRANSFERS[args.kind])
    return getattr(module, f"run_{args.direction}")(args)


def _cmd_worker(args: argparse.Namespace) -> int:
    """The library's database worker (django-tasks-db's db_worker) with our heartbeat, which also runs again
    the tasks of workers that died (see gyoryu.common.worker)."""
    setup_django()
    from gyoryu.common.worker import run_worker

    if not args.once:
        print("gyoryu worker: waiting for background tasks (Ctrl-C or SIGTERM to stop)", flush=True)
    run_worker(once=args.once, interval=args.interval)
    return 0


def _as_if_on(day):
    """This moment's time of day on ``day`` (in the configured zone), or None (now) without a day."""
    if day is None:
        return None
    from django.utils import timezone

    now = timezone.localtime()
    return now.replace(year=day.year, month=day.month, day=day.day)


def _cmd_remind(args: argparse.Namespace) -> int:
    """Daily: expire late requests, reminders, tomorrow's agendas, follow-up check-ins, agreement renewals
    and due obligations (run from cron)."""
    setup_django()
    from gyoryu.meetings.tasks import run_daily

    counts = run_daily(now=_as_if_on(args.today))
    print(" ".join(f"{k}={v}" for k, v in counts.items()))
    for name in REMINDERS:
        importlib.import_module(name).run(args)
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    setup_django()
    module = importlib.import_module("gyoryu.backup.cli")
    return module.run_backup(args) if args.command == "backup" else module.run_restore(args)


def _cmd_index(args: argparse.Namespace) -> int:
    setup_django()
    return importlib.import_module("gyoryu.matchmaking.cli").run(args)


def _cmd_brochure(args: argparse.Namespace) -> int:
    setup_django()
    return importlib.import_module("gyoryu.brochure.cli").run(args)


def _cmd_privacy(args: argparse.Namespace) -> int:
    setup_django()
    return importlib.import_module("gyoryu.privacy.cli").run_privacy(args)


def _cmd_report(args: argparse.Namespace) -> int:
    setup_django()
    return importlib.import_module("gyoryu.reports.cli").run(args)


def _cmd_bench(args: argparse.Namespace) -> int:
    return importlib.import_module(BENCHES[args.bench]).run(args)


def _iso_date(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2027-05-14") from None


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value < float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds (0 or more)")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gyoryu", description="gyoryu (교류): economic delegations and partnerships"
    )
    parser.add_argument(
        "--as",
        dest="as_user",
        metavar="USER",
        default="",
        help="the account named as the actor in the history of what the command changes "
        "(default: the system, with the operating-system user noted)",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("demo", help="fresh database with the demo mission, then serve it")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--no-serve", action="store_true", help="load the demo and exit")
    p.add_argument("--no-worker", action="store_true", help="do not run background tasks in this process")
    p.set_defaults(func=_cmd_demo)

    p = sub.add_parser("serve", help="serve the web app (development server)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--no-worker", action="store_true", help="do not run background tasks in this process")
    p.set_defaults(func=_cmd_serve)

    p = sub.add_parser("check", help="check the configuration (--deploy: as for production)")
    p.add_argument("--deploy", action="store_true", help="also Django's deployment checks")
    p.set_defaults(func=_cmd_check)

    p = sub.add_parser("migrate", help="create or upgrade the database tables")
    p.set_defaults(func=_cmd_migrate)

    p = sub.add_parser("worker", help="run background tasks (e-mails, schedule optimisation, matching index)")
    p.add_argument("--once", action="store_true", help="run what is queued, then exit")
    p.add_argument(
        "--interval",
        type=_seconds,
        help="seconds to wait when the queue is empty before looking again (default: worker_poll_seconds)",
    )
    p.set_defaults(func=_cmd_worker)

    p = sub.add_parser("remind", help="daily reminders, expiries and follow-up check-ins (run from cron)")
    p.add_argument(
        "--today",
        type=_iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="run as if on this date (to try what would be sent then, e.g. the 2/6/12-month check-ins)",
    )
    p.set_defaults(func=_cmd_remind)

    p = sub.add_parser("backup", help="write the database and the uploads to one file (.tar.gz)")
    p.add_argument("file", help="the backup file to write (never overwritten)")
    p.set_defaults(func=_cmd_backup)

    p = sub.add_parser("restore", help="load a backup file into an empty database")
    p.add_argument("file", help="a file written by `gyoryu backup`")
    p.add_argument(
        "--replace", action="store_true", help="delete everything in the database and the uploads first"
    )
    p.set_defaults(func=_cmd_backup)

    p = sub.add_parser("index", help="compute the matching index of every profile (after large imports)")
    p.set_defaults(func=_cmd_index)

    p = sub.add_parser("brochure", help="the delegation brochure of a mission as a PDF")
    importlib.import_module("gyoryu.brochure.cli").add_arguments(p)
    p.set_defaults(func=_cmd_brochure)
    p = sub.add_parser("report", help="a mission's result report as xlsx, pdf or csv (meetings)")
    importlib.import_module("gyoryu.reports.cli").add_arguments(p)
    p.set_defaults(func=_cmd_report)

    p = sub.add_parser("privacy", help="personal data: export or erase a person, purge after the retention period")
    importlib.import_module("gyoryu.privacy.cli").add_arguments(p)
    p.set_defaults(func=_cmd_privacy)

    p = sub.add_parser("manage", help="run a Django management command (createsuperuser, shell, ...)")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=_cmd_manage)

    for direction in ("import", "export"):
        p = sub.add_parser(
            direction, help=f"{direction} organisations, people or industry codes (CSV or XLSX)"
        )
        kinds = p.add_subparsers(dest="kind", required=True)
        for kind in TRANSFERS:
            if kind == "codes" and direction == "export":
                continue
            k = kinds.add_parser(kind)
            if kind == "codes":
                k.add_argument("scheme", choices=["ksic", "ksic-notes", "isic", "naics", "hs", "naics-isic"])
            k.add_argument("file", help="a .csv or .xlsx file (or - for standard output on export)")
            k.add_argument("--organiser", help="organiser slug (defaults to the only one)")
            if kind != "codes":
                k.add_argument("--user", help="act as this account: only an organiser it works for as staff")
            k.set_defaults(func=_cmd_transfer, direction=direction)

    p = sub.add_parser("bench", help="benchmarks that print figures as JSON")
    benches = p.add_subparsers(dest="bench", required=True)
    for name, module in BENCHES.items():
        b = benches.add_parser(name)
        try:
            importlib.import_module(module).add_arguments(b)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            b.set_defaults(
                func=lambda a, n=name: sys.exit(f"gyoryu: bench {n} is not available in this build")
            )
            continue
        b.set_defaults(func=_cmd_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from gyoryu.audit.context import VIA_CLI, acting, os_user

    if args.as_user:
        setup_django()
        from django.contrib.auth.models import User

        if not User.objects.filter(username=args.as_user, is_active=True).exists():
            print(f"gyoryu: --as {args.as_user}: no active account of that name", file=sys.stderr)
            return 2
    with acting(via=VIA_CLI, username=args.as_user, extra={"os_user": os_user()}):
        return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
