"""The lifecycle of an agreement as a table: from each status, the statuses it may move to.

    proposed -> under review -> signed -> active -> renewal due -> renewed -> renewal due -> ...
                                                         renewal due -> lapsed (not renewed in time)
    any status but ended -> ended (withdrawn, terminated)

A review can send a proposal back (under review -> proposed); a lapsed agreement can still be renewed late.
``domain.change_status`` is the only writer; it refuses anything not in this table with ``refusal()``.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from gyoryu.partnerships.models import Status

TRANSITIONS: dict[str, tuple[str, ...]] = {
    Status.PROPOSED: (Status.UNDER_REVIEW, Status.ENDED),
    Status.UNDER_REVIEW: (Status.SIGNED, Status.PROPOSED, Status.ENDED),
    Status.SIGNED: (Status.ACTIVE, Status.ENDED),
    Status.ACTIVE: (Status.RENEWAL_DUE, Status.ENDED),
    Status.RENEWAL_DUE: (Status.RENEWED, Status.LAPSED, Status.ENDED),
    Status.RENEWED: (Status.RENEWAL_DUE, Status.ENDED),
    Status.LAPSED: (Status.RENEWED, Status.ENDED),
    Status.ENDED: (),
}
IN_FORCE = (Status.ACTIVE, Status.RENEWAL_DUE, Status.RENEWED)  # what the agreement binds the parties to


def allowed(status: str) -> tuple[str, ...]:
    return TRANSITIONS.get(status, ())


def is_allowed(current: str, target: str) -> bool:
    return target in allowed(current)


def refusal(current: str, target: str) -> str:
    """Why ``current`` cannot become ``target``, in the active language, naming what it can become."""
    labels = dict(Status.choices)
    if target not in labels:
        return _("“%(status)s” is not a status of an agreement.") % {"status": target}
    if current == target:
        return _("The agreement is already “%(status)s”.") % {"status": labels[current]}
    nexts = allowed(current)
    if not nexts:
        return _("The agreement has ended; its status can no longer change.")
    return _(
        "An agreement that is “%(current)s” cannot become “%(target)s”. From “%(current)s” it can "
        "become: %(allowed)s."
    ) % {
        "current": labels[current],
        "target": labels[target],
        "allowed": ", ".join(str(labels[s]) for s in nexts),
    }
