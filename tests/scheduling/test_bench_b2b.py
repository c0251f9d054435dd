"""The b2b bench command prints one JSON line per instance and names malformed input."""

import argparse
import json

from gyoryu.bench import b2b

from .b2b_small import SMALL, variant


def _run(path, capsys, fairness=2):
    parser = argparse.ArgumentParser()
    b2b.add_arguments(parser)
    code = b2b.run(parser.parse_args([str(path), "--fairness", str(fairness), "--time-limit", "20"]))
    return code, [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_folder_of_instances(tmp_path, capsys):
    (tmp_path / "a-small.dzn").write_text(SMALL)
    (tmp_path / "b-cycle.dzn").write_text(variant(precedences="[{4}, {}, {}, {1}]"))
    code, lines = _run(tmp_path, capsys)
    assert code == 0
    for line in lines:
        line.pop("seconds")
    assert lines == [
        {"instance": "a-small", "status": "optimal", "breaks": 1, "bound": 1, "valid": True},
        {
            "instance": "b-cycle",
            "status": "infeasible",
            "breaks": None,
            "bound": None,
            "valid": None,
            "why": [{"code": "precedence_cycle", "meetings": ["4", "1"]}],
        },
    ]


def test_malformed_file_is_named_with_field_and_position(tmp_path, capsys):
    bad = tmp_path / "bad.dzn"
    bad.write_text(SMALL.replace("nTables = 1;", "nTables = [1;"))
    code, lines = _run(bad, capsys)
    assert code == 1
    assert lines == [
        {"instance": "bad.dzn", "error": f"{bad}:4:13: field 'nTables' expected ',' or ']', found ';'"}
    ]
