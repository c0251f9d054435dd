"""gunicorn settings of `gyoryu bench load`: each worker loads the matching engine as soon as it starts
(in a thread, so the worker keeps answering gunicorn's heartbeat), so that the first visitor of a profile
page does not wait for the embedding models (tens of CPU-seconds a process on this machine).  A deployment
can use the same file: gunicorn -c python:gyoryu.bench.load_gunicorn gyoryu.wsgi"""

import os
import threading
from pathlib import Path


def _warm():
    from django.db import connection

    from gyoryu.matchmaking.cli import warm

    warm()
    connection.close()
    marks = os.environ.get("BENCH_WARM_DIR")
    if marks:
        Path(marks).mkdir(parents=True, exist_ok=True)
        (Path(marks) / str(os.getpid())).touch()


def post_worker_init(worker):
    threading.Thread(target=_warm, name="gyoryu-warm", daemon=True).start()
