"""`gyoryu remind`, partnerships' part: renewals, lapses and due obligations (see ``tasks``)."""

from __future__ import annotations

import argparse
import json


def run(args: argparse.Namespace) -> int:
    from gyoryu.partnerships import tasks

    print(json.dumps({"partnerships": tasks.send_reminders(today=getattr(args, "today", None))}))
    return 0
