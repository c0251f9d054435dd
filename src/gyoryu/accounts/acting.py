"""The organiser an account acts for when it creates records, imports, exports or draws the network.

An account that is staff of one organiser acts for it.  One that works for several (and administrators, when
there are several organisers) must say which: on the pages with the selector in the header (kept in the
session), in the API with the ``organiser`` query parameter or the ``X-Gyoryu-Organiser`` header (a slug),
on the command line with ``--organiser``.  Nothing is ever created for an organiser picked silently.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from gyoryu.accounts.models import Organiser
from gyoryu.accounts.queries import organisers_for

SESSION_KEY = "gyoryu_organiser"
HEADER = "X-Gyoryu-Organiser"


class ChooseOrganiser(Exception):
    """The account works for several organisers and did not say for which one it acts."""

    def __init__(self, choices: list[Organiser]):
        super().__init__("choose the organiser to act for: " + ", ".join(o.slug for o in choices))
        self.choices = choices


def requested_slug(request, explicit: str | None = None) -> str:
    """The slug asked for: ``explicit`` (a query parameter), else the header, else the session's choice."""
    if explicit:
        return explicit
    header = request.headers.get(HEADER, "").strip()
    if header:
        return header
    session = getattr(request, "session", None)
    return (session.get(SESSION_KEY) or "") if session is not None else ""


def choose(user, slug: str = "") -> Organiser:
    """The organiser named by ``slug`` among those ``user`` may act for, or its only one.

    Raises PermissionDenied when the account acts for no organiser or names one it does not work for, and
    ChooseOrganiser when it works for several and named none."""
    choices = organisers_for(user)
    if slug:
        found = choices.filter(slug=slug).first()
        if found is None:
            raise PermissionDenied
        return found
    found = list(choices[:2])
    if not found:
        raise PermissionDenied
    if len(found) > 1:
        raise ChooseOrganiser(list(choices))
    return found[0]


def acting_organiser(request, explicit: str | None = None) -> Organiser:
    """The organiser the request acts for (see the module docstring).  A choice kept in the session that no
    longer holds (the membership ended) counts as none."""
    slug = requested_slug(request, explicit)
    from_session = not explicit and not request.headers.get(HEADER, "").strip()
    try:
        return choose(request.user, slug)
    except PermissionDenied:
        if from_session and slug:
            request.session.pop(SESSION_KEY, None)
            return choose(request.user, "")
        raise


def current(request) -> Organiser | None:
    """The organiser shown as chosen in the header (None when the account must still choose or acts for
    none).  Never raises."""
    try:
        return acting_organiser(request)
    except (PermissionDenied, ChooseOrganiser):
        return None
