"""A task for tests of the worker itself: its first attempt holds its worker until the test kills it."""

import time
from pathlib import Path

from django_tasks import task


@task(takes_context=True)
def hold_first_attempt(context, *, folder: str) -> int:
    """Write ``attempt-N`` into ``folder``; on the first attempt then wait (at most 5 minutes) to be killed,
    on the next ones return the attempt's number."""
    Path(folder, f"attempt-{context.attempt}").write_text(context.task_result.worker_ids[-1])
    if context.attempt == 1:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            time.sleep(0.05)
        raise TimeoutError("the test did not kill this worker")
    return context.attempt
