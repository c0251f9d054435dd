"""Requests no page or operation can honour, refused before any view runs."""

from __future__ import annotations

from django.http import HttpResponseBadRequest, JsonResponse
from django.utils.translation import gettext as _


class NulBytesMiddleware:
    """A NUL character in the query string answers 400: PostgreSQL cannot compare text with one (a search
    would fail with a server error there, and quietly find nothing on SQLite).  Form and JSON input is
    refused by the forms' own validators."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any("\x00" in key or "\x00" in value for key, values in request.GET.lists() for value in values):
            message = _("The address contains a NUL character.")
            if request.path_info.startswith("/api/"):
                return JsonResponse({"detail": message}, status=400)
            return HttpResponseBadRequest(message)
        return self.get_response(request)
