"""`gyoryu brochure MISSION --lang en|ko -o FILE.pdf [--user NAME]`: the delegation brochure as a PDF file
(with ``--user``, only of a mission that account may see: ``brochure.view_brochure``)."""

from __future__ import annotations

import sys
from pathlib import Path


def add_arguments(parser) -> None:
    parser.add_argument("mission", type=int, help="the mission's number (as in /missions/N/)")
    parser.add_argument("--lang", choices=["ko", "en"], default="en", help="language of the booklet")
    parser.add_argument("-o", "--output", required=True, help="the PDF file to write (- for standard output)")
    parser.add_argument("--user", help="make it as this account may (a mission it sees)")


def run(args) -> int:
    from gyoryu.brochure.pdf import brochure_pdf
    from gyoryu.brochure.queries import brochure
    from gyoryu.common import cli
    from gyoryu.common.pdffonts import FontMissing
    from gyoryu.missions.models import Mission

    user = cli.account(getattr(args, "user", None))
    mission = Mission.objects.select_related("organiser").filter(pk=args.mission).first()
    if mission is None or not user.has_perm("brochure.view_brochure", mission):
        print(f"gyoryu: no mission {args.mission}" + (" visible to this account" if getattr(args, "user", None) else ""), file=sys.stderr)
        return 2
    data = brochure(mission=mission, lang=args.lang)
    try:
        content = brochure_pdf(data)
    except FontMissing as exc:
        print(f"gyoryu: {exc}", file=sys.stderr)
        return 2
    if args.output == "-":
        sys.stdout.buffer.write(content)
    else:
        Path(args.output).write_bytes(content)
        print(f"{args.output}: {1 + len(data.firms)} sections, {len(content):,} bytes", file=sys.stderr)
    return 0
