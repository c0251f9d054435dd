"""Pages that need the acting organiser send an account that works for several, and has not chosen, to the
chooser first (the API answers 422 instead: see ``gyoryu.api``)."""

from urllib.parse import urlencode

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from gyoryu.accounts.acting import ChooseOrganiser


class ChooseOrganiserMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, ChooseOrganiser):
            return None
        messages.info(request, _("You work for several organisers: choose the one you act for."))
        back = request.get_full_path() if request.method == "GET" else request.META.get("HTTP_REFERER", "")
        return redirect(reverse("choose_organiser") + "?" + urlencode({"next": back}))
