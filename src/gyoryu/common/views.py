"""Helpers for thin views."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import Http404


def get_or_404(queryset, **lookup):
    """Fetch from an already permission-scoped queryset; absent or not visible both answer 404."""
    try:
        return queryset.get(**lookup)
    except queryset.model.DoesNotExist:
        raise Http404 from None


def add_errors(form, exc: ValidationError) -> None:
    """Put a model ValidationError (from a domain function) onto the form it came from."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc)
