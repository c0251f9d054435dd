"""Helpers for thin views."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404

from gyoryu.accounts.models import Organiser
from gyoryu.accounts.queries import scope_for


def get_or_404(queryset, **lookup):
    """Fetch from an already permission-scoped queryset; absent or not visible both answer 404."""
    try:
        return queryset.get(**lookup)
    except queryset.model.DoesNotExist:
        raise Http404 from None


def acting_organiser(user, requested: str | None = None) -> Organiser:
    """The organiser a staff account creates records for: the one asked for, else its only one."""
    scope = scope_for(user)
    qs = (
        Organiser.objects.all() if scope.is_admin else Organiser.objects.filter(pk__in=scope.staff_organisers)
    )
    if requested:
        qs = qs.filter(slug=requested)
    organisers = list(qs[:2])
    if not organisers:
        raise PermissionDenied
    return organisers[0]


def add_errors(form, exc: ValidationError) -> None:
    """Put a model ValidationError (from a domain function) onto the form it came from."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc)
