"""Back up and restore the whole site: every row of every table, and the uploads under DATA_DIR/media.

A backup is one tar.gz file:

    manifest.json   format, gyoryu version, database vendor, time, applied migrations, rows per table
    data.jsonl      every row (Django's JSON-lines serialisation, natural keys for content types and
                    permissions, which `migrate` makes anew), read in one transaction
    media/...       the uploaded files

The rows are database-neutral: a SQLite backup restores into PostgreSQL and back.  Restoring migrates the
database to this version of gyoryu and loads the rows: a backup made by an older version restores into a
newer one where the changes since are additions (new tables, new columns with defaults); a backup made by a
newer version is refused.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import tarfile
import tempfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction

from gyoryu import __version__

FORMAT = "gyoryu-backup/1"
# Made by `migrate` itself; referred to by natural key in the rows.
NOT_DUMPED = ("contenttypes", "auth.permission")


class BackupError(Exception):
    """What went wrong, said so that the operator can act on it."""


def _models():
    skip = {"contenttypes.contenttype", "auth.permission"}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.label_lower not in skip and not model._meta.proxy and model._meta.managed:
            yield model


def row_counts() -> dict[str, int]:
    """Rows per table of everything a backup holds."""
    return {m._meta.db_table: m._base_manager.count() for m in _models()}


def _applied() -> list[list[str]]:
    from django.db.migrations.recorder import MigrationRecorder

    return sorted([app, name] for app, name in MigrationRecorder(connection).applied_migrations())


def media_root() -> Path:
    return Path(settings.MEDIA_ROOT)


def create_backup(*, path: Path) -> dict:
    """Write a backup of the database and the uploads to ``path`` (refused if it exists); return its
    manifest.  Side effects: the file, written under a temporary name then renamed, so a failed backup
    leaves no half file.  The rows are read in one transaction (a consistent snapshot)."""
    path = Path(path)
    if path.exists():
        raise BackupError(f"{path} exists already; choose a new file name (a backup never overwrites)")
    if not path.parent.is_dir():
        raise BackupError(f"folder {path.parent} does not exist")
    with tempfile.TemporaryDirectory(prefix="gyoryu-backup-") as tmp:
        rows = Path(tmp) / "data.jsonl"
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            call_command(
                "dumpdata",
                exclude=list(NOT_DUMPED),
                natural_foreign=True,
                use_base_manager=True,
                format="gyoryu-jsonl",
                output=str(rows),
                verbosity=0,
            )
            manifest = {
                "format": FORMAT,
                "gyoryu": __version__,
                "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "database": connection.vendor,
                "migrations": _applied(),
                "rows": row_counts(),
            }
        media = media_root()
        files = sorted(p for p in media.rglob("*") if p.is_file()) if media.is_dir() else []
        manifest["media_files"] = len(files)
        partial = path.with_name(path.name + ".partial")
        with tarfile.open(partial, "w:gz") as tar:
            data = json.dumps(manifest, indent=1, ensure_ascii=False).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size, info.mtime = len(data), int(dt.datetime.now().timestamp())
            tar.addfile(info, io.BytesIO(data))
            tar.add(rows, arcname="data.jsonl")
            for file in files:
                tar.add(file, arcname=f"media/{file.relative_to(media).as_posix()}")
        partial.rename(path)
    return manifest
