"""Asking the features' permissions (``rules``, declared in each feature's ``permissions.py``) from pages, the
API and the command line, with the app's one convention for a refusal:

- what the account may not see answers **404**, exactly as if it did not exist (ids cannot be probed);
- what it sees but may not do answers **403**;
- pages send an anonymous visitor to the sign-in page first (``login_required``), the API answers 401.

A permission name that no feature declares is a programming error (ImproperlyConfigured), never a quiet
"no".
"""

from __future__ import annotations

import rules
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.http import Http404

NO_OBJECT = object()  # a permission asked of no object (e.g. "may create missions at all")


def allowed(user, perm: str, obj=None) -> bool:
    if not rules.perm_exists(perm):
        raise ImproperlyConfigured(f"no permission {perm!r} is declared (see the features' permissions.py)")
    return user.has_perm(perm, obj)


def require(user, perm: str, obj=NO_OBJECT) -> None:
    """403 unless allowed (the account already sees ``obj``).  An ``obj`` of None (looked up and not
    found) is a 404 even for administrators, whom Django allows everything."""
    if obj is None:
        raise Http404
    if not allowed(user, perm, None if obj is NO_OBJECT else obj):
        raise PermissionDenied


def require_or_404(user, perm: str, obj=NO_OBJECT) -> None:
    """404 unless allowed: for what the account must not even learn exists (or what is not there)."""
    if obj is None or not allowed(user, perm, None if obj is NO_OBJECT else obj):
        raise Http404


def viewable(user, perm: str, queryset, **lookup):
    """The object of ``queryset`` found by ``lookup`` when ``perm`` allows it, else 404 (absent and not
    allowed answer alike).  ``queryset`` is not scoped by role: the permission decides."""
    fits = all(not isinstance(v, int) or -(2**63) <= v < 2**63 for v in lookup.values())  # else the driver fails
    obj = queryset.filter(**lookup).first() if lookup and fits else None
    if obj is None or not allowed(user, perm, obj):
        raise Http404
    return obj
