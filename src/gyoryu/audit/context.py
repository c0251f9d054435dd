"""Who is acting, for the audit trail: set once per request, command or task, read when an entry is written.

A ``ContextVar`` (one per thread and per task), so concurrent requests never mix their actors.  Nothing here
imports Django, so the command line can open a context before Django is set up.

* web pages and the API: ``audit.middleware.AuditMiddleware`` puts the request here; the actor is read from
  ``request.user`` when an entry is written, so an API request authenticated by a bearer token (which sets
  the user after the middleware ran) is attributed to the token's account;
* the command line: ``gyoryu [--as USER] COMMAND`` opens a "cli" context (the operating-system user is
  noted beside it);
* anything else (the background worker, tests): no context, entries are the system's.
"""

from __future__ import annotations

import contextlib
import getpass
from contextvars import ContextVar
from dataclasses import dataclass, field

VIA_WEB, VIA_API, VIA_CLI, VIA_SYSTEM = "web", "api", "cli", "system"


@dataclass
class Acting:
    via: str = VIA_SYSTEM
    request: object | None = None  # a Django request: its user is the actor
    username: str = ""  # the command line's --as account, looked up when first needed
    extra: dict = field(default_factory=dict)  # noted beside each entry (OS user, token prefix)
    cache: dict = field(default_factory=dict)  # lookups shared by the entries of one request or command


_current: ContextVar[Acting | None] = ContextVar("gyoryu_audit_acting", default=None)


def current() -> Acting:
    return _current.get() or Acting()


@contextlib.contextmanager
def acting(**kwargs):
    """``with acting(via="cli", username="kim"): ...`` — entries written inside carry this actor."""
    token = _current.set(Acting(**kwargs))
    try:
        yield _current.get()
    finally:
        _current.reset(token)


def os_user() -> str:
    """The operating-system account running a command (noted beside its entries)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (containers)
        return ""
