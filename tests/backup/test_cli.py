"""`gyoryu backup` and `gyoryu restore` from the command line: one file, clear refusals."""

import subprocess
import sys


def _gyoryu(tmp_path, *args):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "GYORYU_DEBUG": "1"}
    env["GYORYU_DATA_DIR"] = str(tmp_path / "var")
    return subprocess.run(
        [sys.executable, "-m", "gyoryu", *args], env=env, cwd=tmp_path, capture_output=True, text=True
    )


def test_backup_and_restore_commands(tmp_path):
    assert _gyoryu(tmp_path, "migrate").returncode == 0
    (tmp_path / "var" / "media").mkdir(parents=True)
    (tmp_path / "var" / "media" / "a.txt").write_text("안녕", encoding="utf-8")
    done = _gyoryu(tmp_path, "backup", "site.tar.gz")
    assert done.returncode == 0 and "1 uploaded files (sqlite" in done.stdout, done.stderr
    again = _gyoryu(tmp_path, "backup", "site.tar.gz")
    assert (again.returncode, again.stderr.strip()) == (
        1,
        "gyoryu backup: site.tar.gz exists already; choose a new file name (a backup never overwrites)",
    )
    refused = _gyoryu(tmp_path, "restore", "site.tar.gz")
    assert refused.returncode == 1
    assert "gyoryu restore: the database is not empty (1 files in" in refused.stderr
    assert _gyoryu(tmp_path, "restore", "site.tar.gz", "--replace").returncode == 0
    assert (tmp_path / "var" / "media" / "a.txt").read_text(encoding="utf-8") == "안녕"
    missing = _gyoryu(tmp_path, "restore", "nothing.tar.gz")
    assert (missing.returncode, missing.stderr.strip()) == (
        1,
        "gyoryu restore: nothing.tar.gz does not exist",
    )
