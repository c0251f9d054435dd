"""`gyoryu import codes SCHEME FILE`: the official KSIC, ISIC, NAICS and HS files."""

from __future__ import annotations

from gyoryu.classification import codesets, domain


def run_import(args) -> int:
    try:
        result = domain.import_code_file(scheme=args.scheme, path=args.file)
    except codesets.CodesetError as exc:
        raise SystemExit(f"gyoryu: nothing imported: {exc}") from None
    print(f"{args.file}: {result.rows} {args.scheme} rows read, {result.created} new")
    return 0
