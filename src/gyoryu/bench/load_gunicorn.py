"""gunicorn settings of `gyoryu bench load`: each worker loads the matching engine before it serves, so the
first visitor of a profile page does not wait for the embedding models (tens of CPU-seconds a process on
this machine; run gunicorn with a --timeout above that).  A deployment can use the same file:
gunicorn -c python:gyoryu.bench.load_gunicorn --timeout 600 gyoryu.wsgi"""

import os
from pathlib import Path


def post_worker_init(worker):
    from django.db import connection

    from gyoryu.common.serving import settled
    from gyoryu.matchmaking.cli import warm

    warm()
    connection.close()
    settled()
    marks = os.environ.get("BENCH_WARM_DIR")
    if marks:
        Path(marks).mkdir(parents=True, exist_ok=True)
        (Path(marks) / str(os.getpid())).touch()
