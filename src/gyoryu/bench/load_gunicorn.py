"""gunicorn settings of `gyoryu bench load`: each worker loads the matching engine before it serves, so the
first visitor of a profile page does not wait for the embedding models (tens of CPU-seconds a process on
this machine; run gunicorn with a --timeout above that).  A deployment can use the same file:
gunicorn -c python:gyoryu.bench.load_gunicorn --timeout 600 gyoryu.wsgi

**One thread a worker** (gunicorn's sync workers, its default).  A page is mostly Python, so two threads of one
process take turns holding the interpreter lock: a thread whose database answer has arrived waits for the
other to let go (up to 5 ms each time, about a dozen queries a page).  With one thread a worker the operating
system shares the cores instead.  Measured on the 2-core machine with `gyoryu bench load` (p95 by how many
cores the web workers kept busy): 4 workers x 1 thread 320 ms at 1.38, 480 at 1.45, 570 at 1.50; 4 x 2 470 and
490 at 1.40, 1600 at 1.46, 1000 at 1.52.  A shared machine's speed moves, so compare at the same load."""

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
