"""`gyoryu demo [--port N]`: a fresh demo database, the demo mission, then the server."""

from __future__ import annotations

import os
from pathlib import Path


def _import_reference_codes() -> None:
    """Industry code tables for code suggestions and matching, from the public reference data when present
    (users import the official files with `gyoryu import codes ...`)."""
    from django.conf import settings

    from gyoryu.classification.domain import import_code_file

    ref = settings.SHARED_DATA_DIR / "reference"
    files = [
        ("ksic", "ksic11_codes.csv"),
        ("ksic-notes", "ksic11_notes.jsonl"),
        ("isic", "isic4_codes.csv"),
        ("naics", "naics2022_codes.csv"),
        ("naics-isic", "naics2017_to_isic4.csv"),
    ]
    if not (ref / files[0][1]).exists():
        print(f"gyoryu demo: no reference code tables at {ref}; code suggestions stay empty until imported")
        return
    for scheme, name in files:
        import_code_file(scheme=scheme, path=ref / name)
    print(f"gyoryu demo: industry code tables imported from {ref}")


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
    _import_reference_codes()
    from gyoryu.matchmaking.cli import warm

    profiles, seconds = warm()
    print(f"gyoryu demo: matching index of {profiles} profiles ready ({seconds:.0f} s)")
    from gyoryu.demo.meetings import plan_meetings, publish_first_schedule
    from gyoryu.demo.programme import plan_programme
    from gyoryu.missions.models import Mission

    mission = Mission.objects.get(organiser__slug="changwon")
    print(f"gyoryu demo: {plan_programme(mission)} programme items (flights, visits, tours, ceremonies)")
    print(f"gyoryu demo: {plan_meetings(mission)} meetings planned from the matching engine's suggestions")
    schedule = publish_first_schedule(mission)
    from gyoryu.demo.meetings import bring_to_life

    life = bring_to_life(mission)
    from gyoryu.demo.partnerships import bring_partnerships_to_life

    partnerships = bring_partnerships_to_life(mission)
    from gyoryu.demo.valuechains import load_value_chains, plan_next_mission

    staff = mission.organiser.memberships.filter(role="staff").select_related("user").first()
    chains = load_value_chains(mission.organiser, user=staff.user if staff else None)
    plan_next_mission(mission.organiser)
    from gyoryu.missions.domain import update_mission

    update_mission(mission=mission, data={"status": "under_way"})
    from gyoryu.demo.results import load_past_mission

    past = load_past_mission(mission)
    print(
        f"gyoryu demo: the 2025 mission in follow-up: {past['placed']} meetings placed, {past['outcomes']} outcomes, "
        f"{past['answers']} check-in answers"
    )
    print(
        f"gyoryu demo: schedule version {schedule.number} {schedule.status}: {schedule.solver_status}, "
        f"{schedule.placements.count()} meetings placed, {schedule.total_breaks} idle gaps, {schedule.seconds} s"
    )
    print("gyoryu demo: in full flight: " + ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in life.items()))
    print("gyoryu demo: partnerships: " + ", ".join(f"{v} {k}" for k, v in partnerships.items()))
    print("gyoryu demo: value chains: " + ", ".join(f"{v} {k}" for k, v in chains.items()))
    from gyoryu.common.worker import WorkerThread, run_queued

    print(
        f"gyoryu demo: {run_queued()} queued background tasks run (e-mails, written under {data_dir / 'mail'})"
    )
    url = f"http://127.0.0.1:{args.port}/"
    print(f"gyoryu demo: database {database}")
    print(f"Open {url} and sign in as:")
    for s in signins:
        print(f"  {s['role']:<9} {s['username']:<14} password: {s['password']}")
    print(f"API documentation: {url}api/docs")
    from django.conf import settings

    if settings.EMAIL_BACKEND.endswith("filebased.EmailBackend"):
        print(
            f"E-mails are written as files to {settings.EMAIL_FILE_PATH}/ (one .log file per run of the server "
            f"or of `gyoryu remind`); their links lead to {settings.BASE_URL}/"
        )
    if args.no_serve:
        return 0
    from gyoryu.common.serving import settled, web_process

    web_process()
    settled()  # after warm(): the matching models stay out of the collector's walks
    if not args.no_worker:
        WorkerThread().start()
        print("gyoryu demo: background tasks run in this process", flush=True)
    call_command("runserver", f"127.0.0.1:{args.port}", use_reloader=False, use_threading=True)
    return 0
