"""What the command line's ``--user NAME`` means for every command that reads data: the command does what that
account may do, asking the same permissions as the pages and the API.  Without ``--user`` it is the server's
operator, who sees everything (as a database backup does)."""

from __future__ import annotations


def account(name: str | None):
    """The account named ``name`` (SystemExit when there is none), or the operator (an unsaved administrator)."""
    from django.contrib.auth.models import User

    from gyoryu.accounts.queries import Scope

    if not name:
        user = User(username="gyoryu-cli", is_superuser=True, is_active=True)
        user._gyoryu_scope = Scope(is_admin=True)  # never saved
        return user
    user = User.objects.filter(username=name).first()
    if user is None:
        raise SystemExit(f"gyoryu: no account named {name!r}")
    if not user.is_active:
        raise SystemExit(f"gyoryu: the account {name!r} is deactivated")
    return user


def require(user, perm: str, obj, what: str) -> None:
    """SystemExit naming ``what`` unless the account has ``perm`` on ``obj``."""
    from gyoryu.common.permissions import allowed

    if not allowed(user, perm, obj):
        raise SystemExit(f"gyoryu: the account {user.get_username()!r} may not {what}")


def organiser(user, slug: str | None):
    """The organiser ``--organiser SLUG`` names among those the account may act for, or its only one."""
    from django.core.exceptions import PermissionDenied

    from gyoryu.accounts.acting import ChooseOrganiser, choose
    from gyoryu.accounts.models import Organiser

    try:
        return choose(user, slug or "")
    except ChooseOrganiser as exc:
        known = ", ".join(o.slug for o in exc.choices)
        raise SystemExit(f"gyoryu: name the organiser with --organiser (known: {known})") from None
    except PermissionDenied:
        if slug and not Organiser.objects.filter(slug=slug).exists():
            known = ", ".join(Organiser.objects.values_list("slug", flat=True)) or "none yet"
            raise SystemExit(f"gyoryu: no organiser {slug!r} (known: {known})") from None
        if not Organiser.objects.exists():
            raise SystemExit("gyoryu: there is no organiser yet") from None
        raise SystemExit(f"gyoryu: the account {user.get_username()!r} does not work for that organiser") from None
