"""Pages about personal data: the consent step, one's own consents, and staff's export and erasure."""

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from gyoryu.accounts.models import Organiser
from gyoryu.common.bilingual import active_lang
from gyoryu.common.permissions import require, viewable
from gyoryu.organizations.models import Person
from gyoryu.privacy import domain, notice, queries
from gyoryu.privacy.export import person_data
from gyoryu.privacy.forms import ConsentForm, EraseForm


def _next(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("missions:list")


@login_required
@require_http_methods(["GET", "POST"])
def consent(request):
    """The privacy notice of each organiser still waiting for the account's consent, and the agreement."""
    missing = queries.organisers_needing_consent(request.user)
    if not missing:
        return redirect(_next(request))
    form = ConsentForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        domain.give_consent(user=request.user, organiser_ids=missing, language=active_lang())
        messages.success(request, _("Thank you. Your consent was recorded; you can withdraw it on the Privacy page."))
        return redirect(_next(request))
    organisers = Organiser.objects.filter(pk__in=missing)
    notices = [notice.render(organiser=o, lang=active_lang()) for o in organisers]
    return render(request, "privacy/consent.html", {"form": form, "notices": notices, "next": _next(request)})


@login_required
def page(request):
    """What the account agreed to, the notices, and the way to withdraw."""
    asked = Organiser.objects.filter(pk__in=queries.organisers_asking(request.user))
    context = {
        "consents": queries.consents_of_user(request.user),
        "notices": [(o, notice.render(organiser=o, lang=active_lang())) for o in asked],
    }
    return render(request, "privacy/page.html", context)


@login_required
@require_POST
def withdraw(request):
    count = domain.withdraw_consent(user=request.user)
    if count:
        messages.success(
            request,
            _("Your consent was withdrawn. You can use gyoryu again only after agreeing; to have your data erased, ask the organiser."),
        )
    return redirect("privacy:page")


def _person(request, pk: int, perm: str):
    """The person when the account may ``perm`` them: 404 when it may not see them, 403 when it only sees."""
    person = viewable(request.user, "organizations.view_person", Person.objects.all(), pk=pk)
    require(request.user, perm, person)
    return person


@login_required
def export(request, pk: int):
    """Everything held about one person, as JSON (organiser staff)."""
    person = _person(request, pk, "privacy.export_person")
    data = json.dumps(person_data(person), cls=DjangoJSONEncoder, ensure_ascii=False, indent=1)
    response = HttpResponse(data.encode(), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="person-{person.pk}.json"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def erase(request, pk: int):
    person = _person(request, pk, "privacy.erase_person")
    form = EraseForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            domain.erase_person(person=person, by=request.user)
        except ValidationError as exc:
            messages.error(request, exc.messages[0])
        else:
            messages.success(request, _("The person's personal data were erased."))
        return redirect("organizations:person_detail", pk=person.pk)
    return render(request, "privacy/erase.html", {"person": person, "form": form})
