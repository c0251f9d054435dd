"""`gyoryu brochure MISSION --lang en|ko -o FILE.pdf`: the delegation brochure as a PDF file."""

from __future__ import annotations

import sys
from pathlib import Path


def add_arguments(parser) -> None:
    parser.add_argument("mission", type=int, help="the mission's number (as in /missions/N/)")
    parser.add_argument("--lang", choices=["ko", "en"], default="en", help="language of the booklet")
    parser.add_argument("-o", "--output", required=True, help="the PDF file to write (- for standard output)")


def run(args) -> int:
    from gyoryu.brochure.pdf import brochure_pdf
    from gyoryu.brochure.queries import brochure
    from gyoryu.common.pdffonts import FontMissing
    from gyoryu.missions.models import Mission

    mission = Mission.objects.select_related("organiser").filter(pk=args.mission).first()
    if mission is None:
        print(f"gyoryu: no mission {args.mission}", file=sys.stderr)
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
