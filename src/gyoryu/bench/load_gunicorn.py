"""gunicorn settings of `gyoryu bench load`: each worker loads the matching engine before it serves, so
the first visitor of a profile page does not wait for the embedding models (several seconds a process).
A deployment can use the same file: gunicorn -c python:gyoryu.bench.load_gunicorn gyoryu.wsgi"""

import os
from pathlib import Path


def post_worker_init(worker):
    from gyoryu.matchmaking.cli import warm

    warm()
    marks = os.environ.get("GYORYU_BENCH_WARM_DIR")
    if marks:
        Path(marks).mkdir(parents=True, exist_ok=True)
        (Path(marks) / str(os.getpid())).touch()
