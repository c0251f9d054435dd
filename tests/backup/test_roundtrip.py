"""A backup restores every row of every table and every uploaded file, on SQLite and PostgreSQL alike.

The comparison is generic over Django's model registry, so tables that later features add are covered
without touching this test."""

import datetime as dt
import json
import tarfile
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.backends.db import SessionStore

from gyoryu.accounts.domain import invite_partner, issue_api_token
from gyoryu.backup.domain import BackupError, create_backup
from gyoryu.backup.restore import restore_backup
from gyoryu.common import jobs
from gyoryu.demo.load import load_demo
from gyoryu.meetings.domain import request_meeting
from tests.world import build_world

pytestmark = pytest.mark.django_db(transaction=True)


def _natural(field, value):
    if value is None:
        return None
    model = field.related_model
    return model._base_manager.get(pk=value).natural_key()


def snapshot() -> dict[str, list[tuple]]:
    """Every row of every table, ordered by key; references to content types and permissions (made anew by
    `migrate`, so with other ids) by their natural keys.  Many-to-many links are compared as the pairs
    they hold: Django's serialisation lists them on the object and `loaddata` adds them anew, in the
    related model's order, so their own ids may differ from the original ones (nothing refers to them)."""
    rows = {}
    for model in apps.get_models(include_auto_created=True):
        if model in (ContentType, Permission):
            continue
        fields = model._meta.concrete_fields
        if model._meta.auto_created:  # a many-to-many link: its pair is the row; its own id means nothing
            fields = [f for f in fields if not f.primary_key]
        out = []
        for row in model._base_manager.order_by("pk").values_list(*[f.attname for f in fields]):
            out.append(
                tuple(
                    _natural(f, v) if f.is_relation and f.related_model in (ContentType, Permission) else v
                    for f, v in zip(fields, row, strict=True)
                )
            )
        rows[model._meta.label] = sorted(out) if model._meta.auto_created else out
    return rows


@pytest.fixture
def full_site(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    load_demo()
    w = build_world()
    request_meeting(
        mission=w.mission, requester=w.firm, counterpart=w.partner, user=w.delegate, message="R&D 협력 ✓"
    )
    issue_api_token(user=w.staff, name="crm")
    invite_partner(organiser=w.mission.organiser, organisation=w.partner2)
    jobs.enqueue("scheduling.solve", schedule_id=1)
    group = Group.objects.create(name="auditors")
    group.permissions.add(Permission.objects.get(codename="view_user"))
    w.staff.groups.add(group)
    session = SessionStore()
    session["k"] = "v"
    session.create()
    AccessAttempt.objects.create(username="kim", ip_address="10.0.0.1", failures_since_start=2, path_info="/")
    (settings.MEDIA_ROOT / "reports" / "2027").mkdir(parents=True)
    (settings.MEDIA_ROOT / "reports" / "2027" / "보고서.pdf").write_bytes(b"%PDF-1.4 \x00\xff binary")
    (settings.MEDIA_ROOT / "logo.png").write_bytes(bytes(range(256)))
    return settings.MEDIA_ROOT


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_backup_then_restore_gives_back_every_row_and_file(full_site, tmp_path):
    before, files = snapshot(), _files(full_site)
    filled = [label for label, rows in before.items() if rows]
    assert len(filled) >= 24, filled  # of the site's tables, those the data above fills
    archive = tmp_path / "site.tar.gz"
    manifest = create_backup(path=archive)
    assert manifest["media_files"] == len(files) >= 2  # ours and whatever the demo uploads (logos)
    assert sum(manifest["rows"].values()) == sum(len(r) for r in before.values())
    with tarfile.open(archive) as tar:
        assert sorted(tar.getnames())[:2] == ["data.jsonl", "manifest.json"]
        assert json.loads(tar.extractfile("manifest.json").read())["format"] == "gyoryu-backup/1"

    with pytest.raises(BackupError, match="the database is not empty .*pass --replace"):
        restore_backup(path=archive)
    assert snapshot() == before  # a refused restore changes nothing

    restore_backup(path=archive, replace=True)
    after = snapshot()
    assert [label for label in before if before[label] != after[label]] == []
    assert after == before
    assert _files(full_site) == files


def test_microseconds_survive(full_site, tmp_path):
    from gyoryu.accounts.models import ApiToken

    ApiToken.objects.update(created=dt.datetime(2027, 3, 8, 9, 0, 0, 123456, tzinfo=dt.UTC))
    create_backup(path=tmp_path / "b.tar.gz")
    restore_backup(path=tmp_path / "b.tar.gz", replace=True)
    assert ApiToken.objects.get().created.microsecond == 123456


def test_clear_errors(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    with pytest.raises(BackupError, match="does not exist"):
        restore_backup(path=tmp_path / "missing.tar.gz")
    (tmp_path / "junk.tar.gz").write_bytes(b"not a tar file")
    with pytest.raises(BackupError, match="cannot be read as a gyoryu backup"):
        restore_backup(path=tmp_path / "junk.tar.gz")
    with tarfile.open(tmp_path / "other.tar", "w") as tar:
        tar.add(__file__, arcname="something.py")
    with pytest.raises(BackupError, match="is not a gyoryu backup"):
        restore_backup(path=tmp_path / "other.tar")
    create_backup(path=tmp_path / "b.tar.gz")
    with pytest.raises(BackupError, match="exists already"):
        create_backup(path=tmp_path / "b.tar.gz")
    with pytest.raises(BackupError, match="folder .* does not exist"):
        create_backup(path=tmp_path / "no" / "b.tar.gz")
