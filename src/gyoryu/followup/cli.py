"""`gyoryu remind`: the daily follow-up run (check-in e-mails, task and next-step reminders)."""

from __future__ import annotations

import argparse
import datetime as dt
import json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None, help="run as if on this date")


def run(args: argparse.Namespace) -> int:
    from gyoryu.followup import tasks

    today = getattr(args, "today", None)
    checkins = tasks.send_due_checkins(today=today)
    reminders = tasks.send_reminders(today=today)
    print(json.dumps({"checkins": checkins, **reminders}))
    return 0
