"""`gyoryu remind`, follow-up's part: check-in e-mails, task and next-step reminders (``--today`` is read by
the `remind` command itself, in ``gyoryu.cli``)."""

from __future__ import annotations

import argparse
import json


def run(args: argparse.Namespace) -> int:
    from gyoryu.followup import tasks

    today = getattr(args, "today", None)
    checkins = tasks.send_due_checkins(today=today)
    reminders = tasks.send_reminders(today=today)
    print(json.dumps({"checkins": checkins, **reminders}))
    return 0
