"""`gyoryu import|export organisations|people FILE`."""

from __future__ import annotations

import sys
from pathlib import Path

from gyoryu.accounts.models import Organiser
from gyoryu.organizations import transfer


def _organiser(slug: str | None) -> Organiser:
    qs = Organiser.objects.all()
    if slug:
        qs = qs.filter(slug=slug)
    found = list(qs[:2])
    if len(found) != 1:
        known = ", ".join(Organiser.objects.values_list("slug", flat=True)) or "none yet"
        raise SystemExit(f"gyoryu: name the organiser with --organiser (known: {known})")
    return found[0]


def run_import(args) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise SystemExit(f"gyoryu: {path}: no such file")
    result = transfer.import_file(
        organiser=_organiser(args.organiser), kind=args.kind, name=path.name, content=path.read_bytes()
    )
    if not result.ok:
        print(f"{path}: nothing imported; {len(result.problems)} problem(s):", file=sys.stderr)
        for problem in result.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print(f"{path}: {result.created} created, {result.updated} updated, {result.unchanged} unchanged")
    return 0


def run_export(args) -> int:
    fmt = "xlsx" if args.file.lower().endswith(".xlsx") else "csv"
    organiser = _organiser(args.organiser)
    rows = transfer.export_rows(organiser=organiser, kind=args.kind)
    data = transfer.export_bytes(organiser=organiser, kind=args.kind, fmt=fmt, rows=rows)
    if args.file == "-":
        sys.stdout.buffer.write(data)
    else:
        Path(args.file).write_bytes(data)
        print(f"{args.file}: {len(rows) - 1} rows")
    return 0
