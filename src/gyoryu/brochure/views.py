from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from gyoryu.brochure import domain, queries
from gyoryu.brochure.forms import ContactForm
from gyoryu.brochure.models import Brochure
from gyoryu.common.permissions import allowed, require, viewable
from gyoryu.common.views import add_errors
from gyoryu.missions.models import Mission
from gyoryu.organizations.models import Person


def _mission(request, pk: int):
    return viewable(request.user, "brochure.view_brochure", Mission.objects.select_related("organiser"), pk=pk)


def _lang(request) -> str:
    lang = request.GET.get("lang") or (request.LANGUAGE_CODE or "ko")[:2]
    if lang not in ("ko", "en"):
        raise Http404
    return lang


def _contact_form(mission, data=None):
    current = Brochure.objects.filter(mission=mission).values_list("contact_id", flat=True).first()
    people = Person.objects.filter(organiser=mission.organiser).order_by("name_en", "name_ko")
    return ContactForm(data, people=people, initial={"contact": current})


@login_required
def page(request, pk: int):
    """The brochure as a printable web page, in the language asked for (``?lang=ko|en``)."""
    mission = _mission(request, pk)
    lang = _lang(request)
    context = {
        "mission": mission,
        "data": queries.brochure(mission=mission, lang=lang),
        "lang": lang,
        "can_manage": allowed(request.user, "brochure.change_brochure", mission),
    }
    if context["can_manage"]:
        context["form"] = _contact_form(mission)
    return render(request, "brochure/brochure.html", context)


@login_required
def pdf(request, pk: int):
    from gyoryu.brochure.pdf import brochure_pdf

    mission = _mission(request, pk)
    lang = _lang(request)
    content = brochure_pdf(queries.brochure(mission=mission, lang=lang))
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="brochure-{mission.pk}-{lang}.pdf"'
    return response


@login_required
@require_POST
def contact(request, pk: int):
    mission = _mission(request, pk)
    require(request.user, "brochure.change_brochure", mission)
    form = _contact_form(mission, request.POST)
    if form.is_valid():
        try:
            domain.set_contact(mission=mission, person=form.cleaned_data["contact"])
        except ValidationError as exc:
            add_errors(form, exc)
        else:
            messages.success(request, _("Saved."))
            return redirect("brochure:page", pk=mission.pk)
    lang = _lang(request)
    context = {
        "mission": mission,
        "data": queries.brochure(mission=mission, lang=lang),
        "lang": lang,
        "can_manage": True,
        "form": form,
    }
    return render(request, "brochure/brochure.html", context)
