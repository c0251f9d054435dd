"""``gyoryu bench b2b PATH --fairness D --time-limit S``: the B2B meeting scheduling benchmark.

Reads one ``.dzn`` file or every ``.dzn`` of a folder, solves each with the product engine
(:func:`gyoryu.scheduling.solver.solve`), re-checks the answer with the independent validator, and prints one
JSON line per instance: ``instance, status, breaks, bound, seconds, valid`` (plus ``why``, the first
conflicts found by :func:`gyoryu.scheduling.explain.check`, when infeasible). A summary goes to standard error.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="a .dzn file or a folder of them")
    parser.add_argument("--fairness", type=int, default=2, help="max difference of break counts (d)")
    parser.add_argument("--time-limit", type=float, default=60.0, help="seconds per instance")
    parser.add_argument("--workers", type=int, default=2, help="solver threads")


def solve_instance(*, path: Path, fairness: int | None, time_limit: float, workers: int = 2) -> dict:
    """Solve and validate one instance; returns the JSON record. Side effects: reads ``path``."""
    from gyoryu.scheduling.dzn import load_instance, problem_from_instance
    from gyoryu.scheduling.solver import solve
    from gyoryu.scheduling.validate import validate_b2b

    t0 = time.time()
    instance = load_instance(path)
    problem = problem_from_instance(instance, fairness=fairness)
    schedule = solve(problem=problem, time_limit=time_limit, workers=workers)
    seconds = round(time.time() - t0, 2)
    record = {
        "instance": instance.name,
        "status": schedule.status,
        "breaks": schedule.total_breaks,
        "bound": schedule.breaks_bound,
        "seconds": seconds,
        "valid": None,
    }
    if schedule.status == "infeasible":
        from gyoryu.scheduling.explain import check

        record["why"] = [{"code": c.code, **c.params} for c in check(problem=problem)[:3]]
    if schedule.assignments:
        slot_of = {int(a.meeting): int(a.slot) for a in schedule.assignments}
        report = validate_b2b(instance=instance, slot_of=slot_of, fairness=fairness)
        record["valid"] = report.valid and report.total_breaks == schedule.total_breaks
        if not record["valid"]:
            record["violations"] = report.violations[:5]
    return record


def run(args: argparse.Namespace) -> int:
    """Run the benchmark; prints JSON lines. Returns 1 on a malformed file or an invalid answer."""
    from gyoryu.scheduling.dzn import DznError

    path = Path(args.path)
    files = sorted(path.glob("*.dzn")) if path.is_dir() else [path]
    if not files:
        print(f"gyoryu: no .dzn files in {path}", file=sys.stderr)
        return 1
    code, total, t0 = 0, 0, time.time()
    for f in files:
        try:
            record = solve_instance(
                path=f, fairness=args.fairness, time_limit=args.time_limit, workers=args.workers
            )
        except DznError as exc:
            print(json.dumps({"instance": f.name, "error": str(exc)}), flush=True)
            code = 1
            continue
        if record["valid"] is False:
            code = 1
        total += 1
        print(json.dumps(record), flush=True)
    print(json.dumps({"instances": total, "seconds": round(time.time() - t0, 2)}), file=sys.stderr)
    return code
