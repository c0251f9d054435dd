"""`gyoryu report MISSION_ID --format xlsx|pdf|csv --lang ko|en -o FILE [filters] [--user NAME] [--firm ID]`.

The command is run by the server's operator and sees the whole mission (as ``gyoryu export`` does), unless
``--user`` names an account whose view to reproduce (a delegation member's report has its own firm only).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("mission", type=int, help="the mission's number (as in its page address)")
    p.add_argument("--format", choices=["xlsx", "pdf", "csv"], default="xlsx")
    p.add_argument("--lang", choices=["ko", "en"], default="ko")
    p.add_argument("-o", "--output", required=True, help="the file to write (- for standard output)")
    p.add_argument("--user", help="make the report as this account would see it")
    p.add_argument("--firm", type=int, help="one delegation firm's result sheet (organisation number)")
    for name in ("stop", "country", "industry", "date-from", "date-to"):
        p.add_argument(f"--{name}", default="", help=f"keep only meetings with this {name.replace('-', ' ')}")
    p.add_argument("--only-firm", dest="firm_filter", default="", help="filter the report to one firm's rows")


def run(args: argparse.Namespace) -> int:
    from gyoryu.common import cli
    from gyoryu.missions.models import Mission
    from gyoryu.reports import exporters, queries, report
    from gyoryu.reports.filters import FilterError, parse

    user = cli.account(args.user)  # reports.view_report decides, as on the pages (queries.report_mission)
    try:
        mission, firms = queries.report_mission(user, args.mission)
    except Mission.DoesNotExist:
        raise SystemExit(f"gyoryu: mission {args.mission} does not exist or is not visible to this account") from None
    raw = {"stop": args.stop, "firm": args.firm_filter, "country": args.country, "industry": args.industry,
           "date_from": args.date_from, "date_to": args.date_to}
    try:
        filters = parse(raw)
    except FilterError as exc:
        raise SystemExit(f"gyoryu: {exc}") from None
    firm = None
    if args.firm is not None:
        entry = mission.delegation.select_related("organisation").filter(organisation_id=args.firm).first()
        if entry is None or (firms is not None and args.firm not in firms):
            raise SystemExit(f"gyoryu: organisation {args.firm} is not in this mission's delegation")
        firm = entry.organisation
    rep = report.build(user=user, mission=mission, firms=firms, filters=filters, lang=args.lang, firm=firm)
    data = exporters.render(rep, args.format)
    if args.output == "-":
        sys.stdout.buffer.write(data)
    else:
        Path(args.output).write_bytes(data)
        print(f"{args.output}: {args.format}, {len(rep.ctx.rows)} meetings, {len(data):,} bytes")
    return 0
