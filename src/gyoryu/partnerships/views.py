"""Agreement pages: thin views over ``queries`` (who sees what) and the domain functions (every change)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from gyoryu.accounts.acting import acting_organiser
from gyoryu.common.permissions import allowed, require, viewable
from gyoryu.common.views import add_errors, get_or_404
from gyoryu.partnerships import documents, domain, forms, lifecycle, queries
from gyoryu.partnerships.models import Agreement, Area, Document, Kind, Status


def agreement_or_404(request, pk: int) -> Agreement:
    agreements = queries.with_details(Agreement.objects.all())
    return viewable(request.user, "partnerships.view_agreement", agreements, pk=pk)


def managed(request, pk: int) -> Agreement:
    """The agreement when the account may change it: 404 when it cannot see it, 403 when it only reads."""
    agreement = agreement_or_404(request, pk)
    require(request.user, "partnerships.change_agreement", agreement)
    return agreement


@login_required
def agreement_list(request):
    filters = {k: request.GET.get(k, "").strip() for k in ("status", "kind", "area", "q")}
    return render(
        request,
        "partnerships/list.html",
        {
            "agreements": queries.agreement_list(request.user, **filters),
            "filters": filters,
            "statuses": Status.choices,
            "kinds": Kind.choices,
            "areas": Area.choices,
            "can_create": allowed(request.user, "partnerships.add_agreement"),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def create(request):
    require(request.user, "partnerships.add_agreement")
    organiser = acting_organiser(request)
    form = forms.AgreementForm(request.POST or None, organiser=organiser)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        parties = data.pop("parties")
        try:
            agreement = domain.create_agreement(
                organiser=organiser, data=data, parties=parties, user=request.user
            )
        except ValidationError as exc:
            add_errors(form, exc)
        else:
            messages.success(request, _("Agreement created (proposed)."))
            return redirect("partnerships:detail", pk=agreement.pk)
    context = {"form": form, "title": _("New agreement"), "organiser": organiser}
    return render(request, "partnerships/form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, pk: int):
    agreement = managed(request, pk)
    form = forms.AgreementForm(request.POST or None, instance=agreement, organiser=agreement.organiser)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        parties = data.pop("parties")
        try:
            domain.update_agreement(agreement=agreement, data=data, parties=parties)
        except ValidationError as exc:
            add_errors(form, exc)
        else:
            messages.success(request, _("Saved."))
            return redirect("partnerships:detail", pk=agreement.pk)
    return render(
        request,
        "partnerships/form.html",
        {"form": form, "agreement": agreement, "title": _("Edit agreement")},
    )


def _detail(request, agreement, **bound):
    can_manage = allowed(request.user, "partnerships.change_agreement", agreement)
    context = {
        "agreement": agreement,
        "can_manage": can_manage,
        "next_statuses": lifecycle.allowed(agreement.status),
        "area_labels": dict(Area.choices),
    }
    if can_manage:
        context.update(
            status_form=bound.get("status_form") or forms.StatusForm(agreement=agreement),
            document_form=bound.get("document_form") or forms.DocumentForm(),
            signatory_form=bound.get("signatory_form") or forms.SignatoryForm(agreement=agreement),
            obligation_form=bound.get("obligation_form") or forms.ObligationForm(agreement=agreement),
            link_form=bound.get("link_form") or forms.LinkForm(agreement=agreement),
        )
    return render(request, "partnerships/detail.html", context)


@login_required
def detail(request, pk: int):
    return _detail(request, agreement_or_404(request, pk))


@login_required
@require_POST
def change_status(request, pk: int):
    agreement = managed(request, pk)
    form = forms.StatusForm(request.POST, agreement=agreement)
    if form.is_valid():
        try:
            domain.change_status(agreement=agreement, user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            add_errors(form, exc)
        else:
            messages.success(
                request, _("Status changed to %(status)s.") % {"status": agreement.get_status_display()}
            )
            return redirect("partnerships:detail", pk=agreement.pk)
    return _detail(request, agreement, status_form=form)


def _save_part(request, pk, form_class, key, save, message):
    agreement = managed(request, pk)
    form = form_class(request.POST, agreement=agreement)
    if form.is_valid():
        try:
            save(agreement, form.cleaned_data)
        except ValidationError as exc:
            add_errors(form, exc)
        else:
            messages.success(request, message)
            return redirect("partnerships:detail", pk=agreement.pk)
    return _detail(request, agreement, **{key: form})


@login_required
@require_POST
def add_signatory(request, pk: int):
    return _save_part(
        request,
        pk,
        forms.SignatoryForm,
        "signatory_form",
        lambda a, d: domain.add_signatory(agreement=a, person=d["person"]),
        _("Signatory added."),
    )


@login_required
@require_POST
def add_obligation(request, pk: int):
    return _save_part(
        request,
        pk,
        forms.ObligationForm,
        "obligation_form",
        lambda a, d: domain.add_obligation(agreement=a, data=d),
        _("Saved."),
    )


@login_required
@require_POST
def add_link(request, pk: int):
    return _save_part(
        request,
        pk,
        forms.LinkForm,
        "link_form",
        lambda a, d: (
            domain.link_meeting(agreement=a, meeting=d["meeting"], user=request.user)
            if d.get("meeting")
            else domain.link_programme_item(agreement=a, item=d["programme_item"], user=request.user)
        ),
        _("Linked to the agreement."),
    )


@login_required
@require_POST
def upload_document(request, pk: int):
    agreement = managed(request, pk)
    form = forms.DocumentForm(request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            documents.attach_document(
                agreement=agreement,
                content=documents.read_upload(upload),
                filename=upload.name,
                title=form.cleaned_data["title"],
                user=request.user,
            )
        except ValidationError as exc:
            add_errors(form, exc)
        else:
            messages.success(request, _("Document uploaded."))
            return redirect("partnerships:detail", pk=agreement.pk)
    return _detail(request, agreement, document_form=form)


@login_required
def download(request, doc_id: int):
    """The PDF, only for accounts that may see its agreement (404 otherwise)."""
    doc = viewable(request.user, "partnerships.view_document", Document.objects.select_related("agreement"), pk=doc_id)
    response = FileResponse(doc.file.open("rb"), content_type="application/pdf", filename=doc.filename)
    response["Cache-Control"] = "private, no-store"
    return response


REMOVERS = {
    "documents": lambda obj: documents.remove_document(document=obj),
    "signatories": lambda obj: domain.remove_signatory(signatory=obj),
    "links": lambda obj: domain.unlink(link=obj),
}


@login_required
@require_POST
def remove_part(request, pk: int, part: str, item: int):
    agreement = managed(request, pk)
    if part not in REMOVERS:
        raise Http404
    REMOVERS[part](get_or_404(getattr(agreement, part).all(), pk=item))
    messages.success(request, _("Removed."))
    return redirect("partnerships:detail", pk=agreement.pk)


@login_required
@require_POST
def obligation_done(request, pk: int, item: int):
    agreement = managed(request, pk)
    obligation = get_or_404(agreement.obligations.all(), pk=item)
    domain.mark_done(obligation=obligation, done=request.POST.get("done") != "0")
    return redirect("partnerships:detail", pk=agreement.pk)
