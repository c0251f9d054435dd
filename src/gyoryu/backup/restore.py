"""Restore a backup made by ``backup.domain.create_backup`` (see there for the file's contents)."""

from __future__ import annotations

import json
import shutil
import tarfile
import tempfile
from pathlib import Path

from auditlog.context import disable_auditlog
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connection, transaction
from django.db.migrations.executor import MigrationExecutor

from gyoryu.backup.domain import FORMAT, BackupError, media_root, row_counts


def _extract(tar: tarfile.TarFile, into: Path, path: Path) -> None:
    """Extract, refusing absolute paths, `..` and links or devices: tarfile's "data" filter where this Python
    has it (3.11.4 and later), else the same checks made here (Debian 12's Python is 3.11.2)."""
    if hasattr(tarfile, "data_filter"):
        try:
            tar.extractall(into, filter="data")
        except tarfile.FilterError as exc:
            raise BackupError(f"{path}: {exc}") from None
        return
    for member in tar.getmembers():
        name = Path(member.name)
        if name.is_absolute() or ".." in name.parts or not (member.isfile() or member.isdir()):
            raise BackupError(f"{path}: {member.name!r} would be written outside the restore or is a link")
    tar.extractall(into)  # noqa: S202 - every member checked above


def _read(path: Path, into: Path) -> dict:
    if not path.is_file():
        raise BackupError(f"{path} does not exist")
    try:
        with tarfile.open(path, "r:*") as tar:
            names = set(tar.getnames())
            if not {"manifest.json", "data.jsonl"} <= names:
                raise BackupError(f"{path} is not a gyoryu backup (no manifest.json and data.jsonl inside)")
            _extract(tar, into, path)
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise BackupError(f"{path} cannot be read as a gyoryu backup ({exc})") from None
    manifest = json.loads((into / "manifest.json").read_text(encoding="utf-8"))
    if manifest.get("format") != FORMAT:
        raise BackupError(
            f"{path}: unknown backup format {manifest.get('format')!r} (this gyoryu reads {FORMAT})"
        )
    return manifest


def _job_row(row: dict) -> dict | None:
    """A row of the old job queue (common.job, removed in common 0002): a job still to run becomes a task."""
    from gyoryu.common.legacy import task_fields

    fields = row["fields"]
    task = task_fields(kind=fields["kind"], args=fields["args"], status=fields["status"])
    if task is None:
        return None
    pk = str(task.pop("id"))
    task["run_after"] = task["run_after"].isoformat()
    task["enqueued_at"] = fields["created"]
    return {"model": "django_tasks_database.dbtaskresult", "pk": pk, "fields": task}


# Tables an older gyoryu had and this one has not: their rows are mapped (a row, or None: left out)
REMOVED = {"common.job": _job_row}


def _map_removed(rows: Path) -> Path:
    """The backup's rows with those of removed tables mapped by ``REMOVED`` (a new file beside it)."""
    out = rows.with_name("data-mapped.jsonl")
    with rows.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            if not line.strip():
                continue
            row = json.loads(line)
            convert = REMOVED.get(row["model"])
            if convert is None:
                dst.write(line if line.endswith("\n") else line + "\n")
            elif (mapped := convert(row)) is not None:
                dst.write(json.dumps(mapped, ensure_ascii=False) + "\n")
    return out


def _targets(executor: MigrationExecutor, applied: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """The migration state of the backup, as one target per app (apps it had not yet: none applied)."""
    graph = executor.loader.graph
    unknown = sorted(f"{a}.{n}" for a, n in applied if (a, n) not in graph.nodes)
    if unknown:
        raise BackupError(
            "the backup was made by a newer gyoryu (migrations unknown here: "
            + ", ".join(unknown[:5])
            + "); install that version or newer, then restore"
        )
    targets = []
    for app in sorted({a for a, _ in executor.loader.graph.leaf_nodes()}):
        mine = [key for key in applied if key[0] == app]
        if not mine:
            targets.append((app, None))
            continue
        # the latest: the applied migration of this app that no other applied one of the app depends on
        parents = {p for key in mine for p in graph.node_map[key].parents if p[0] == app}
        [last] = [key for key in mine if key not in parents] or [sorted(mine)[-1]]
        targets.append(last)
    return targets


def restore_backup(*, path: Path, replace: bool = False) -> dict:
    """Load a backup into this site's database and media folder; return its manifest.

    Refused when the database holds rows or the media folder files, unless ``replace``: then both are
    emptied first.  Side effects: the database is migrated to this version, emptied (with ``replace``) and
    filled with the backup's rows (a backup of an older version: columns added since take their defaults,
    fields removed since are ignored, rows of tables removed since are mapped by ``REMOVED``); the media folder receives the backup's files.  A failure while
    loading rolls the rows back."""
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="gyoryu-restore-") as tmp:
        tmp = Path(tmp)
        manifest = _read(path, tmp)
        applied = {tuple(pair) for pair in manifest["migrations"]}
        executor = MigrationExecutor(connection)
        _targets(executor, applied)  # refuses a backup from a newer gyoryu
        call_command("migrate", interactive=False, verbosity=0)  # tables exist before they are counted
        held = {table: n for table, n in row_counts().items() if n}
        media = media_root()
        files = [p for p in media.rglob("*") if p.is_file()] if media.is_dir() else []
        if (held or files) and not replace:
            what = ", ".join(f"{t} ({n})" for t, n in sorted(held.items())[:6])
            raise BackupError(
                "the database is not empty ("
                + (what or f"{len(files)} files in {media}")
                + "); restore into an empty database, or pass --replace to delete everything in it first"
            )
        if replace:
            call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=False)
            shutil.rmtree(media, ignore_errors=True)
        rows = _map_removed(tmp / "data.jsonl")
        if rows.stat().st_size:  # (loaddata warns about an empty file)
            # loading rows is no change to record: the backup's own audit trail comes back as it was
            with transaction.atomic(), disable_auditlog():
                call_command(
                    "loaddata", str(rows), verbosity=0, database=DEFAULT_DB_ALIAS, ignorenonexistent=True
                )
        if (tmp / "media").is_dir():
            shutil.copytree(tmp / "media", media, dirs_exist_ok=True)
    return manifest
