"""`gyoryu index`: compute and store the embeddings of every profile (and warm the code coder)."""

from __future__ import annotations

import time


def warm() -> tuple[int, float]:
    """Index every organiser's profiles; return (profiles, seconds).  Side effects: ProfileVector rows."""
    from gyoryu.accounts.models import Organiser
    from gyoryu.classification.service import coder
    from gyoryu.matchmaking.service import engine_for

    start = time.perf_counter()
    total = 0
    for organiser_id in Organiser.objects.values_list("pk", flat=True):
        total += len(engine_for(organiser_id))
    coder()
    return total, time.perf_counter() - start


def run(args) -> int:
    profiles, seconds = warm()
    print(f"indexed {profiles} profiles in {seconds:.1f} s")
    return 0
