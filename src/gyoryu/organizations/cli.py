"""`gyoryu import|export organisations|people FILE [--organiser SLUG] [--user NAME]`.

Without ``--user`` the server's operator imports or exports any organiser's directory; with it, only an
organiser that account works for as staff (``organizations.import_directory`` / ``export_directory``)."""

from __future__ import annotations

import sys
from pathlib import Path

from gyoryu.common import cli
from gyoryu.organizations import transfer


def _organiser(args, perm: str, what: str):
    user = cli.account(getattr(args, "user", None))
    organiser = cli.organiser(user, args.organiser)
    cli.require(user, perm, organiser, f"{what} {organiser.slug}'s directory")
    return organiser


def run_import(args) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise SystemExit(f"gyoryu: {path}: no such file")
    organiser = _organiser(args, "organizations.import_directory", "import into")
    result = transfer.import_file(organiser=organiser, kind=args.kind, name=path.name, content=path.read_bytes())
    if not result.ok:
        print(f"{path}: nothing imported; {len(result.problems)} problem(s):", file=sys.stderr)
        for problem in result.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print(f"{path}: {result.created} created, {result.updated} updated, {result.unchanged} unchanged")
    return 0


def run_export(args) -> int:
    fmt = "xlsx" if args.file.lower().endswith(".xlsx") else "csv"
    organiser = _organiser(args, "organizations.export_directory", "export")
    rows = transfer.export_rows(organiser=organiser, kind=args.kind)
    data = transfer.export_bytes(organiser=organiser, kind=args.kind, fmt=fmt, rows=rows)
    if args.file == "-":
        sys.stdout.buffer.write(data)
    else:
        Path(args.file).write_bytes(data)
        print(f"{args.file}: {len(rows) - 1} rows")
    return 0
