"""`gyoryu backup FILE` and `gyoryu restore FILE [--replace]`."""

from __future__ import annotations

from pathlib import Path


def _summary(manifest: dict) -> str:
    rows = manifest["rows"]
    return (
        f"{sum(rows.values())} rows in {sum(1 for n in rows.values() if n)} tables, "
        f"{manifest['media_files']} uploaded files ({manifest['database']}, gyoryu {manifest['gyoryu']}, "
        f"{manifest['created']})"
    )


def run_backup(args) -> int:
    from gyoryu.backup.domain import BackupError, create_backup

    try:
        manifest = create_backup(path=Path(args.file))
    except BackupError as exc:
        raise SystemExit(f"gyoryu backup: {exc}") from None
    print(f"gyoryu backup: {args.file}: {_summary(manifest)}")
    return 0


def run_restore(args) -> int:
    from gyoryu.backup.domain import BackupError
    from gyoryu.backup.restore import restore_backup

    try:
        manifest = restore_backup(path=Path(args.file), replace=args.replace)
    except BackupError as exc:
        raise SystemExit(f"gyoryu restore: {exc}") from None
    print(f"gyoryu restore: {args.file}: {_summary(manifest)}")
    return 0
