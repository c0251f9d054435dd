"""Exchange programme pages (under an agreement)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from gyoryu.common.permissions import allowed, require, viewable
from gyoryu.common.views import add_errors
from gyoryu.partnerships import forms, programmes, queries
from gyoryu.partnerships.models import Programme
from gyoryu.partnerships.views import managed


def _programme(request, pk: int) -> Programme:
    programmes_ = queries.with_programme_details(Programme.objects.all())
    return viewable(request.user, "partnerships.view_programme", programmes_, pk=pk)


def _save(request, agreement, programme=None):
    form = forms.ProgrammeForm(request.POST or None, instance=programme, agreement=agreement)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        participants = data.pop("participants")
        try:
            if programme is None:
                programme = programmes.create_programme(
                    agreement=agreement, data=data, participants=participants
                )
            else:
                programmes.update_programme(programme=programme, data=data, participants=participants)
        except ValidationError as exc:
            add_errors(form, exc)
        else:
            messages.success(request, _("Programme saved."))
            return redirect("partnerships:programme", pk=programme.pk)
    title = _("Edit programme") if programme else _("New exchange programme")
    return render(
        request,
        "partnerships/programme_form.html",
        {"form": form, "agreement": agreement, "programme": programme, "title": title},
    )


@login_required
@require_http_methods(["GET", "POST"])
def create(request, pk: int):
    return _save(request, managed(request, pk))


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, pk: int):
    programme = _programme(request, pk)
    require(request.user, "partnerships.change_programme", programme)
    return _save(request, programme.agreement, programme)


@login_required
def detail(request, pk: int):
    programme = _programme(request, pk)
    return render(
        request,
        "partnerships/programme.html",
        {
            "programme": programme,
            "agreement": programme.agreement,
            "can_manage": allowed(request.user, "partnerships.change_programme", programme),
        },
    )
