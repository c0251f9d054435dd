"""API plumbing shared by features: authentication and error answers."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from ninja import Field
from ninja.errors import HttpError
from ninja.security import HttpBearer, django_auth


class BearerToken(HttpBearer):
    """Authorization: Bearer gy_... (tokens are issued on the account page or by `gyoryu manage`)."""

    def authenticate(self, request, token):
        from gyoryu.accounts.domain import user_for_token
        from gyoryu.privacy.middleware import consent_required_message
        from gyoryu.privacy.queries import organisers_needing_consent

        user = user_for_token(token)
        if user is not None:
            request.user = user
            request.gyoryu_token = token[:8]  # the token's public prefix, noted in the audit trail
            if organisers_needing_consent(user):
                raise HttpError(403, consent_required_message())
        return user


AUTH = [BearerToken(), django_auth]


class InvalidInput(Exception):
    """Carries field errors to the API's 422 answer."""

    def __init__(self, errors: list[dict]):
        self.errors = errors


def form_errors(form) -> list[dict]:
    return [
        {"field": "" if name == "__all__" else name, "message": str(message)}
        for name, messages in form.errors.items()
        for message in messages
    ]


def validation_errors(exc: ValidationError) -> list[dict]:
    if hasattr(exc, "error_dict"):
        return [{"field": f, "message": m} for f, errs in exc.message_dict.items() for m in errs]
    return [{"field": "", "message": m} for m in exc.messages]


def check(form) -> dict:
    """Validate a form; raise InvalidInput with every error; return cleaned data."""
    if not form.is_valid():
        raise InvalidInput(form_errors(form))
    return form.cleaned_data


def not_found():
    return HttpError(404, "Not found")


def one_of(choices, default=..., *, blank: bool = False, null: bool = False, **kwargs):
    """A field documented with its allowed values (an ``enum`` in the OpenAPI document) from a model's
    choices; ``blank`` adds "" (e.g. "any" in a filter), ``null`` adds null (patches).  Input is still
    checked by the feature's form or domain function, so a wrong value gets the reader's language."""
    values = [*choices.values, *([""] if blank else []), *([None] if null else [])]
    return Field(default, json_schema_extra={"enum": values}, **kwargs)
