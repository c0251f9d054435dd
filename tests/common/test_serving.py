"""A web process's settings (gyoryu.common.serving), each checked in a process of its own: they change
process-wide state."""

import json
import subprocess
import sys

CHECK = """
import gc, json
from threadpoolctl import threadpool_info
from gyoryu.common.serving import settled, web_process
kept = [[i] for i in range(10000)]  # what a process loads once
web_process()
settled()
print(json.dumps({
    "blas_threads": [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"],
    "frozen": gc.get_freeze_count(),
    "tracked": len(gc.get_objects()),
}))
"""


def test_a_web_process_uses_one_blas_thread_and_keeps_what_it_loaded_out_of_the_collector():
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=True)
    seen = json.loads(done.stdout)
    assert seen["blas_threads"] and set(seen["blas_threads"]) == {1}
    assert seen["frozen"] > 10000  # the lists above and everything imported
    assert seen["tracked"] < 100  # left for the collector to walk: only what was made after
