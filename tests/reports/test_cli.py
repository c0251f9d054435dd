"""`gyoryu report MISSION_ID --format xlsx|pdf|csv --lang ko|en -o FILE`."""

import csv
import io

import pytest

from gyoryu.cli import main

pytestmark = pytest.mark.django_db


def test_report_command_writes_each_format(results, tmp_path, capsys):
    for fmt in ("xlsx", "pdf", "csv"):
        out = tmp_path / f"r.{fmt}"
        assert main(["report", str(results.a.pk), "--format", fmt, "--lang", "ko", "-o", str(out)]) == 0
        assert out.stat().st_size > 1000
    assert capsys.readouterr().out.splitlines()[-1].startswith(f"{tmp_path}/r.csv: csv, 8 meetings, ")
    rows = list(csv.reader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8-sig"))))
    assert len(rows) == 9


def test_report_command_as_a_delegate_with_filters_and_errors(results, tmp_path, capsys):
    out = tmp_path / "d.csv"
    argv = ["report", str(results.a.pk), "--format", "csv", "-o", str(out), "--user", results.delegate2.username]
    assert main([*argv, "--country", "US"]) == 0
    assert "2 meetings" in capsys.readouterr().out
    with pytest.raises(SystemExit, match="country: Use a two-letter country code"):
        main([*argv, "--country", "USA"])
    with pytest.raises(SystemExit, match="not visible to this account"):
        main(["report", str(results.a.pk), "-o", str(out), "--user", results.guest.username])
    with pytest.raises(SystemExit, match="not in this mission's delegation"):
        main(["report", str(results.a.pk), "-o", str(out), "--firm", str(results.acme.pk)])
