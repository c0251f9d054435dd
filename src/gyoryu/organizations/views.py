from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from gyoryu.accounts.acting import acting_organiser
from gyoryu.common.permissions import allowed, require, viewable
from gyoryu.common.views import add_errors
from gyoryu.followup.queries import timeline_visible
from gyoryu.missions.queries import request_options
from gyoryu.organizations import domain, queries, transfer
from gyoryu.organizations.forms import OrganisationForm, PersonForm
from gyoryu.organizations.models import Kind, Organisation, Person, Scheme


@login_required
def directory(request):
    filters = {
        k: (request.GET.get(k) or "").strip()[:100] for k in ("q", "kind", "country", "scheme", "code")
    }
    organisations = queries.directory(request.user, **filters)[:500]
    context = {
        "organisations": organisations,
        "filters": filters,
        "kinds": Kind.choices,
        "schemes": Scheme.choices,
    }
    template = (
        "organizations/_results.html" if request.headers.get("HX-Request") else "organizations/directory.html"
    )
    return render(request, template, context)


@login_required
def detail(request, pk: int, invitation_url: str = ""):
    user = request.user
    org = viewable(user, "organizations.view_organisation", Organisation.objects.prefetch_related("codes"), pk=pk)
    context = {
        "org": org,
        "people": queries.visible_people(user).filter(organisation=org),
        "can_edit": allowed(user, "organizations.change_organisation", org),
        "can_invite": allowed(user, "organizations.invite_partner", org),
        "can_timeline": timeline_visible(user, org),
        "invitation_url": invitation_url,
        "request_links": request_options(request.user, org),
    }
    return render(request, "organizations/detail.html", context)


@login_required
@require_POST
def invite(request, pk: int):
    """Organiser staff create a sign-in link for a partner organisation (shown once)."""
    from gyoryu.accounts.domain import invite_partner

    org = viewable(request.user, "organizations.view_organisation", Organisation.objects.all(), pk=pk)
    require(request.user, "organizations.invite_partner", org)
    raw = invite_partner(organiser=org.organiser, organisation=org)
    return detail(request, pk, invitation_url=request.build_absolute_uri(f"/invite/{raw}/"))


def _save_org(request, form, organisation=None, organiser=None):
    if not form.is_valid():
        return None
    data = {k: v for k, v in form.cleaned_data.items() if k not in ("codes", "logo", "remove_logo")}
    try:
        if organisation is None:
            organisation = domain.create_organisation(
                organiser=organiser, data=data, codes=form.cleaned_data["codes"]
            )
        else:
            domain.update_organisation(organisation=organisation, data=data, codes=form.cleaned_data["codes"])
        if form.cleaned_data.get("logo"):
            domain.set_logo(organisation=organisation, content=form.cleaned_data["logo"])
        elif form.cleaned_data.get("remove_logo"):
            domain.remove_logo(organisation=organisation)
        return organisation
    except ValidationError as exc:
        add_errors(form, exc)
        return None


@login_required
@require_http_methods(["GET", "POST"])
def create(request):
    require(request.user, "organizations.add_organisation")
    organiser = acting_organiser(request)
    form = OrganisationForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and (org := _save_org(request, form, organiser=organiser)):
        messages.success(request, _("Profile created."))
        return redirect("organizations:detail", pk=org.pk)
    return render(request, "organizations/form.html", {"form": form, "organiser": organiser})


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, pk: int):
    # 404, not 403, for a profile the account sees but may not edit (as the API's PATCH answers)
    org = viewable(request.user, "organizations.change_organisation", Organisation.objects.all(), pk=pk)
    form = OrganisationForm(request.POST or None, request.FILES or None, instance=org)
    if request.method == "POST" and _save_org(request, form, org):
        messages.success(request, _("Profile saved."))
        return redirect("organizations:detail", pk=org.pk)
    return render(request, "organizations/form.html", {"form": form, "org": org})


@login_required
def logo(request, pk: int):
    """A profile's logo, for whoever may see the profile."""
    from django.http import FileResponse

    org = viewable(request.user, "organizations.view_organisation", Organisation.objects.all(), pk=pk)
    if not org.logo or not org.logo.storage.exists(org.logo.name):
        raise Http404
    response = FileResponse(org.logo.open("rb"), content_type="image/png")
    response["Cache-Control"] = "private, max-age=3600"
    return response


@login_required
def people(request):
    q = (request.GET.get("q") or "").strip()[:100]
    qs = queries.visible_people(request.user).select_related("organisation")
    if q:
        from django.db.models import Q

        qs = qs.filter(
            Q(name_ko__icontains=q)
            | Q(name_en__icontains=q)
            | Q(organisation__name_en__icontains=q)
            | Q(organisation__name_ko__icontains=q)
        )
    return render(request, "organizations/people.html", {"people": qs[:500], "q": q})


@login_required
def person_detail(request, pk: int):
    person = viewable(
        request.user, "organizations.view_person", Person.objects.select_related("organisation"), pk=pk
    )
    return render(request, "organizations/person.html", {"person": person})


def _person_form(request, instance=None):
    return PersonForm(
        request.POST or None, instance=instance, organisations=queries.editable_organisations(request.user)
    )


@login_required
@require_http_methods(["GET", "POST"])
def person_create(request):
    require(request.user, "organizations.add_person")
    form = _person_form(request)
    if request.method == "POST" and form.is_valid():
        org = form.cleaned_data.get("organisation")
        organiser = org.organiser if org else acting_organiser(request)
        try:
            person = domain.create_person(organiser=organiser, data=form.cleaned_data)
        except ValidationError as exc:
            add_errors(form, exc)
        else:
            messages.success(request, _("Person added."))
            return redirect("organizations:person_detail", pk=person.pk)
    return render(request, "organizations/person_form.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def person_edit(request, pk: int):
    person = viewable(request.user, "organizations.change_person", Person.objects.all(), pk=pk)
    form = _person_form(request, person)
    if request.method == "POST" and form.is_valid():
        try:
            domain.update_person(person=person, data=form.cleaned_data)
        except ValidationError as exc:
            add_errors(form, exc)
        else:
            messages.success(request, _("Saved."))
            return redirect("organizations:person_detail", pk=person.pk)
    return render(request, "organizations/person_form.html", {"form": form, "person": person})


@login_required
@require_http_methods(["GET", "POST"])
def import_file(request):
    organiser = acting_organiser(request)
    require(request.user, "organizations.import_directory", organiser)
    result = None
    if request.method == "POST":
        kind = request.POST.get("kind")
        upload = request.FILES.get("file")
        if kind not in transfer.KINDS or upload is None:
            messages.error(request, _("Choose what to import and a CSV or XLSX file."))
        else:
            result = transfer.import_file(
                organiser=organiser, kind=kind, name=upload.name, content=upload.read()
            )
    context = {"result": result, "kinds": transfer.KINDS, "organiser": organiser}
    return render(request, "organizations/import.html", context)


@login_required
def export_file(request, kind: str, fmt: str):
    if kind not in transfer.KINDS or fmt not in ("csv", "xlsx"):
        raise Http404
    organiser = acting_organiser(request)
    require(request.user, "organizations.export_directory", organiser)
    content = transfer.export_bytes(organiser=organiser, kind=kind, fmt=fmt)
    content_type = (
        "text/csv; charset=utf-8"
        if fmt == "csv"
        else ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    )
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{kind}.{fmt}"'
    return response
