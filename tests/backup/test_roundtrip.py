"""A backup restores every row of every table and every uploaded file, on SQLite and PostgreSQL alike.

The comparison is generic over Django's model registry, so tables that later features add are covered
without touching this test."""

import datetime as dt
import io
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
from gyoryu.common.worker import beat
from gyoryu.demo.load import load_demo
from gyoryu.meetings.domain import request_meeting
from gyoryu.missions.models import Mission
from gyoryu.scheduling.tasks import solve_schedule
from tests.world import build_world

pytestmark = pytest.mark.django_db(transaction=True)


def _natural(field, value):
    if value is None:
        return None
    model = field.related_model
    return model._base_manager.get(pk=value).natural_key()


def snapshot() -> dict[str, list[tuple]]:
    """Every row of every table, ordered by key; references to content types and permissions (made anew by
    `migrate`, so with other ids) by their natural keys.  Rows of many-to-many link tables by what they link:
    a backup keeps the links, not their own ids (which `loaddata` numbers anew; on PostgreSQL the original
    ones follow the sequence numbers earlier tests used up, rollbacks or not)."""
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
    solve_schedule.enqueue(schedule_id=1)  # a task waiting for a worker, and a worker's heartbeat
    beat(worker_id="host-1-abc", started=dt.datetime(2027, 3, 8, 9, 0, 0, 654321, tzinfo=dt.UTC))
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


@pytest.mark.parametrize("bad", ["../escaped.txt", "/tmp/escaped.txt", "link"])
def test_a_backup_that_would_write_outside_its_folder_is_refused(tmp_path, settings, bad):
    """`..` and links are refused and absolute paths written inside or refused (tarfile's "data" filter, or
    the same checks on a Python older than 3.11.4, such as Debian 12's 3.11.2): nothing is written outside."""
    settings.MEDIA_ROOT = tmp_path / "media"
    good = tmp_path / "good.tar.gz"
    create_backup(path=good)
    (tmp_path / "work").mkdir()
    evil = tmp_path / "work" / "evil.tar"
    with tarfile.open(good) as src, tarfile.open(evil, "w") as tar:
        for member in src.getmembers():
            tar.addfile(member, src.extractfile(member) if member.isfile() else None)
        member = tarfile.TarInfo(bad)
        if bad == "link":
            member.type, member.linkname = tarfile.SYMTYPE, "/etc/passwd"
            tar.addfile(member)
        else:
            member.size = 4
            tar.addfile(member, io.BytesIO(b"evil"))
    if bad.startswith("/"):  # the "data" filter writes it inside (leading slash stripped); the checks refuse it
        try:
            restore_backup(path=evil, replace=True)
        except BackupError as exc:
            assert "escaped.txt" in str(exc)
    else:
        with pytest.raises(BackupError, match=r"escaped\.txt|'link'"):
            restore_backup(path=evil, replace=True)
    assert not (tmp_path / "escaped.txt").exists()
    assert not Path("/tmp/escaped.txt").exists()


def test_an_older_backup_with_the_old_job_queue_restores_its_waiting_jobs_as_tasks(full_site, tmp_path):
    """A backup made before the job queue became Django's tasks (migration common 0002): its rows of the
    removed table common.job are mapped, the jobs still to run to tasks, the finished ones left out."""
    from django_tasks_db.models import DBTaskResult

    from gyoryu.scheduling.models import Schedule

    mission_schedule = Schedule.objects.create(mission=Mission.objects.first(), number=9, time_limit=5)
    archive, older = tmp_path / "new.tar.gz", tmp_path / "old.tar.gz"
    create_backup(path=archive)
    before = snapshot()
    with tarfile.open(archive) as tar:
        manifest = json.loads(tar.extractfile("manifest.json").read())
        rows = [json.loads(line) for line in tar.extractfile("data.jsonl").read().decode().splitlines()]
    new_tables = ("django_tasks_database.dbtaskresult", "common.workerheartbeat")
    rows = [r for r in rows if r["model"] not in new_tables]
    job = {"kind": "scheduling.solve", "error": "", "started": None, "finished": None}
    rows += [
        {
            "model": "common.job",
            "pk": pk,
            "fields": {
                **job,
                "args": {"schedule_id": sid},
                "status": status,
                "created": f"2026-11-2{pk}T10:00:00.123456+00:00",
            },
        }
        for pk, sid, status in [(1, 1, "done"), (2, 1, "failed"), (3, mission_schedule.pk, "queued")]
    ]
    manifest["migrations"] = [
        m
        for m in manifest["migrations"]
        if m[0] != "django_tasks_database" and m != ["common", "0002_workerheartbeat_delete_job"]
    ]
    with tarfile.open(older, "w:gz") as tar:
        for name, data in (
            ("manifest.json", json.dumps(manifest).encode()),
            ("data.jsonl", "".join(json.dumps(r) + "\n" for r in rows).encode()),
        ):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))

    restore_backup(path=older, replace=True)
    after = snapshot()
    changed = sorted(label for label in before if before[label] != after[label])
    assert changed == ["common.WorkerHeartbeat", "django_tasks_database.DBTaskResult"]
    assert after["common.WorkerHeartbeat"] == []
    [task] = DBTaskResult.objects.all()
    assert (task.status, task.task_path, task.args_kwargs, task.worker_ids) == (
        "READY",
        "gyoryu.scheduling.tasks.solve_schedule",
        {"args": [], "kwargs": {"schedule_id": mission_schedule.pk}},
        [],
    )
    assert task.enqueued_at == dt.datetime(2026, 11, 23, 10, 0, 0, 123456, tzinfo=dt.UTC)
