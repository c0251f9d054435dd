"""Who may do what: the predicates every feature builds its permissions from (``rules``).

Each feature declares its permissions in its own ``permissions.py`` with ``rules.add_perm("missions.view_mission",
predicate)``; pages, the API and the command line ask ``user.has_perm("missions.view_mission", mission)`` (through
:mod:`gyoryu.common.permissions`), never a role test of their own.  Lists keep their role-scoped querysets
(``visible_*`` in the features' ``queries``): a queryset and the ``view_*`` permission of its model decide
alike, which ``tests/accounts/test_rules_agree.py`` checks object by object for every role.

Administrators (``is_superuser``) pass every permission: Django answers ``has_perm`` for them before asking
a backend.  Predicates take ``(user, obj)``; an ``obj`` of None (a permission asked without an object) is
False unless the predicate says otherwise.
"""

from __future__ import annotations

import rules
from django.contrib.auth.backends import ModelBackend

from gyoryu.accounts.models import Organiser
from gyoryu.accounts.queries import scope_for


def memo(user, key, compute):
    """``compute()`` once per account object (that is, per request): permission checks repeat within a page."""
    cache = user.__dict__.setdefault("_gyoryu_memo", {})
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def own_orgs(user, organiser_id: int, *, delegate: bool = True, guest: bool = True) -> frozenset[int]:
    """The organisations the account acts for at one organiser (as a delegation member and/or guest)."""
    scope = scope_for(user)
    pairs = (scope.delegate if delegate else frozenset()) | (scope.guest if guest else frozenset())
    return frozenset(org for organiser, org in pairs if organiser == organiser_id)


@rules.predicate
def is_admin(user) -> bool:
    return scope_for(user).is_admin


@rules.predicate
def is_staff_anywhere(user) -> bool:
    """Staff of some organiser (or an administrator)."""
    return scope_for(user).is_staff_anywhere


@rules.predicate
def is_organiser_staff(user, obj) -> bool:
    """Staff of the organiser that ``obj`` (anything with ``organiser_id``, or an Organiser) belongs to."""
    if obj is None:
        return False
    organiser_id = obj.pk if isinstance(obj, Organiser) else obj.organiser_id
    return organiser_id in scope_for(user).staff_organisers


@rules.predicate
def is_delegate_or_guest(user) -> bool:
    return bool(scope_for(user).own_orgs)


@rules.predicate
def owns_invitation(user, invitation) -> bool:
    return invitation is not None and invitation.organiser_id in scope_for(user).staff_organisers


rules.add_perm("accounts.manage_invitations", is_admin | is_staff_anywhere)
rules.add_perm("accounts.revoke_invitation", is_admin | owns_invitation)


class PasswordBackend(ModelBackend):
    """Signs people in by user name and password, as Django's ``ModelBackend``, and grants nothing: every
    permission comes from the features' rules (``rules.permissions.ObjectPermissionBackend``).  Django's
    per-user and per-group model permissions are not used here (there is no admin site), and asking them
    for every refused check cost two queries on each page a delegate or guest opened."""

    def get_user_permissions(self, user_obj, obj=None) -> set:
        return set()

    def get_group_permissions(self, user_obj, obj=None) -> set:
        return set()

    def get_all_permissions(self, user_obj, obj=None) -> set:
        return set()

    def has_perm(self, user_obj, perm, obj=None) -> bool:
        return False
