"""Settings of a process that serves web requests (gunicorn's workers through ``gyoryu.wsgi``, ``gyoryu
serve``, ``gyoryu demo``).

**One BLAS thread.**  A web process answers many small requests at once, in several processes and threads;
the matrix products of one request (a profile's suggestions, a search) are small.  OpenBLAS starts a helper
thread per core for each product, and its helpers spin waiting for work between products, taking the CPU that
the other requests need: measured on the 2-core machine, the match page cost 87 ms of CPU for 44 ms of
wall time with the default, 40 ms for 40 ms with one thread.  Batch work (``gyoryu worker``'s indexing,
benchmarks) keeps the default.

**What is loaded once is not collected.**  Once a web process has loaded Django and the matching models,
:func:`settled` moves every object it holds out of the garbage collector's reach (``gc.freeze``): a full
collection walked them all, 51 ms with the demo's models loaded, during which both threads of the process
stand still; after freezing it takes 0.5 ms.  Objects made afterwards are collected as usual."""

import gc

from threadpoolctl import threadpool_limits


def web_process() -> None:
    """Limit this process's BLAS to one thread (see the module docstring)."""
    import numpy  # noqa: F401 - loads OpenBLAS now: the limit applies to the libraries already loaded

    threadpool_limits(limits=1, user_api="blas")


def settled() -> None:
    """Call when the process has loaded what it keeps for its lifetime (see the module docstring)."""
    gc.collect()
    gc.freeze()
