"""Delegation members and partner guests use gyoryu only after agreeing to the current privacy notice.

Until then every page sends them to the notice (``privacy:consent``) and the API answers 403; signing out,
switching the language, the notice itself and links that need no account (calendar feeds, follow-up
answers, which ask on their own) still work.  Bearer tokens are checked in ``common.api.BearerToken``.
"""

from urllib.parse import urlencode

from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from gyoryu.privacy.queries import organisers_needing_consent

OPEN = ("/static/", "/i18n/", "/privacy/", "/logout/", "/login/", "/invite/", "/calendar/", "/followup/answer/")


def consent_required_message() -> str:
    return _("Agree to the privacy notice first: open gyoryu in a browser and sign in.")


class ConsentMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not path.startswith(OPEN)
            and organisers_needing_consent(user)
        ):
            if path.startswith("/api/"):
                return JsonResponse({"detail": consent_required_message()}, status=403)
            return redirect(f"{reverse('privacy:consent')}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)
