"""Follow-up pages: thin views over ``queries`` (who sees what) and ``domain`` (every change)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from gyoryu.common.bilingual import active_lang
from gyoryu.common.permissions import allowed, require, require_or_404, viewable
from gyoryu.common.views import add_errors
from gyoryu.followup import domain, forms, queries
from gyoryu.followup.models import Attendance, Lead, Outcome, Task
from gyoryu.meetings.models import Meeting
from gyoryu.missions.models import Mission
from gyoryu.organizations.models import Organisation
from gyoryu.privacy.domain import give_link_consent
from gyoryu.privacy.notice import render as render_notice


def _mission(request, pk: int):
    return viewable(request.user, "missions.view_mission", Mission.objects.select_related("organiser"), pk=pk)


def _meeting(request, meeting_id: int):
    meetings = Meeting.objects.select_related("mission", "requester", "counterpart")
    return viewable(request.user, "followup.record_meeting", meetings, pk=meeting_id)


def _is_htmx(request) -> bool:
    return request.headers.get("HX-Request") == "true"


@login_required
def today(request, pk: int):
    mission = _mission(request, pk)
    require_or_404(request.user, "followup.view_today", mission)
    days = queries.today(request.user, mission)
    manage = allowed(request.user, "missions.change_mission", mission)
    return render(request, "followup/today.html", {"mission": mission, "days": days, "can_manage": manage})


@login_required
@require_POST
def attendance(request, meeting_id: int):
    meeting = _meeting(request, meeting_id)
    status = request.POST.get("status")
    error = ""
    try:
        if status == Attendance.Status.HELD:
            domain.check_in(meeting=meeting, user=request.user)
        elif status == Attendance.Status.NO_SHOW:
            domain.mark_no_show(meeting=meeting, user=request.user)
        else:
            error = _("Choose held or no-show.")
    except ValidationError as exc:
        error = " ".join(exc.messages)
    if _is_htmx(request):
        row = queries.row_for(meeting)
        if row is None:
            raise Http404
        return render(request, "followup/_row.html", {"row": row, "error": error})
    if error:
        messages.error(request, error)
    return redirect("followup:today", pk=meeting.mission_id)


@login_required
@require_http_methods(["GET", "POST"])
def outcome(request, meeting_id: int):
    meeting = _meeting(request, meeting_id)
    current = Outcome.objects.filter(meeting=meeting).first()
    initial = {"version": current.version if current else 0}
    currencies = sorted(queries.rates(meeting.mission))
    form = forms.OutcomeForm(
        request.POST or None, instance=current, initial=initial, meeting=meeting, currencies=currencies
    )
    checked_in = Attendance.objects.filter(meeting=meeting).first()
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            domain.save_outcome(meeting=meeting, user=request.user, data=data, version=data["version"])
        except ValidationError as exc:
            add_errors(form, exc)
        else:
            if checked_in is None:
                messages.success(request, _("Outcome saved. The meeting is now checked in as held."))
            else:
                messages.success(request, _("Outcome saved."))
            return redirect("followup:today", pk=meeting.mission_id)
    return render(
        request,
        "followup/outcome.html",
        {
            "meeting": meeting,
            "mission": meeting.mission,
            "form": form,
            "outcome": current,
            "currencies": currencies,
            "checked_in": checked_in,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def rates(request, pk: int):
    mission = _mission(request, pk)
    require(request.user, "followup.change_rates", mission)
    form = forms.RateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            domain.set_rate(mission=mission, **form.cleaned_data)
        except ValidationError as exc:
            add_errors(form, exc)
        else:
            messages.success(request, _("Rate saved."))
            return redirect("followup:rates", pk=mission.pk)
    return render(
        request,
        "followup/rates.html",
        {"mission": mission, "form": form, "rates": queries.rates(mission).values()},
    )


@login_required
def pipeline(request, pk: int):
    mission = _mission(request, pk)
    require_or_404(request.user, "followup.view_pipeline", mission)
    return render(
        request,
        "followup/pipeline.html",
        {
            "mission": mission,
            "columns": queries.pipeline(request.user, mission),
            "totals": queries.totals(request.user, mission),
            "can_manage": allowed(request.user, "missions.change_mission", mission),
        },
    )


def _lead(request, pk: int) -> Lead:
    return viewable(request.user, "followup.view_lead", queries.with_lead_details(Lead.objects.all()), pk=pk)


@login_required
def lead(request, pk: int, stage_form=None, task_form=None):
    lead = _lead(request, pk)
    mission_rates = queries.rates(lead.mission)
    outcome = lead.meeting.outcome if queries.has_related(lead.meeting, "outcome") else None
    return render(
        request,
        "followup/lead.html",
        {
            "lead": lead,
            "mission": lead.mission,
            "outcome": outcome,
            "amounts": queries.outcome_amounts(outcome, mission_rates) if outcome else {},
            "export": queries.convert(lead.export_amount, lead.export_currency, mission_rates),
            "stage_form": stage_form
            or forms.StageForm(
                initial={
                    "stage": lead.stage,
                    "lost_reason": lead.lost_reason,
                    "export_amount": lead.export_amount,
                    "export_currency": lead.export_currency,
                }
            ),
            "task_form": task_form or forms.TaskForm(lead=lead),
            "currencies": sorted(mission_rates),
        },
    )


@login_required
@require_POST
def lead_stage(request, pk: int):
    obj = _lead(request, pk)
    require(request.user, "followup.change_lead", obj)
    form = forms.StageForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            with transaction.atomic():
                domain.change_stage(
                    lead=obj, stage=data["stage"], lost_reason=data["lost_reason"], user=request.user
                )
                domain.set_export(
                    lead=obj,
                    amount=data["export_amount"],
                    currency=data["export_currency"],
                    user=request.user,
                )
        except ValidationError as exc:
            add_errors(form, exc)
        else:
            messages.success(request, _("Lead updated."))
            return redirect("followup:lead", pk=obj.pk)
    return lead(request, pk, stage_form=form)


@login_required
@require_POST
def add_task(request, pk: int):
    obj = _lead(request, pk)
    require(request.user, "followup.change_lead", obj)
    form = forms.TaskForm(request.POST, lead=obj)
    if form.is_valid():
        try:
            domain.add_task(lead=obj, user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            add_errors(form, exc)
        else:
            messages.success(request, _("Task added."))
            return redirect("followup:lead", pk=obj.pk)
    return lead(request, pk, task_form=form)


@login_required
@require_POST
def task_done(request, pk: int):
    task = viewable(request.user, "followup.change_task", Task.objects.select_related("lead__mission"), pk=pk)
    domain.complete_task(task=task, user=request.user, done=request.POST.get("done", "1") == "1")
    return redirect("followup:lead", pk=task.lead_id)


@login_required
def timeline(request, org_id: int):
    organisation = viewable(request.user, "followup.view_timeline", Organisation.objects.all(), pk=org_id)
    items = queries.timeline(request.user, organisation)
    return render(request, "followup/timeline.html", {"organisation": organisation, "items": items})


@require_http_methods(["GET", "POST"])
def answer(request, token: str):
    """The firm's answer to a check-in, by the link in its e-mail: no account, no password."""
    checkin = queries.checkin_by_token(token)
    if checkin is None:
        return render(request, "followup/answer_gone.html", {"reason": "unknown"}, status=404)
    lang = request.GET.get("lang") or ("ko" if checkin.firm.country == "KR" else "en")
    with translation.override(lang if lang in ("ko", "en") else "en"):
        if checkin.answered_at is not None:
            return render(request, "followup/answer.html", {"checkin": checkin, "answered": True})
        if checkin.expires is None or checkin.expires < timezone.localdate():
            return render(request, "followup/answer_gone.html", {"reason": "expired"}, status=410)
        form = forms.AnswerForm(request.POST or None, initial={"stage": checkin.lead.stage})
        if request.method == "POST" and form.is_valid():
            answer = {k: v for k, v in form.cleaned_data.items() if k != "consent"}
            try:
                with transaction.atomic():  # the consent and the answer are kept together, or neither
                    give_link_consent(
                        organiser=checkin.lead.mission.organiser, organisation=checkin.firm, language=active_lang()
                    )
                    domain.answer_checkin(checkin=checkin, **answer)
            except ValidationError as exc:
                if getattr(exc, "code", None) == "answered":
                    checkin.refresh_from_db()
                    return render(request, "followup/answer.html", {"checkin": checkin, "answered": True})
                add_errors(form, exc)
            else:
                checkin.refresh_from_db()
                return render(
                    request, "followup/answer.html", {"checkin": checkin, "answered": True, "thanks": True}
                )
        notice = render_notice(organiser=checkin.lead.mission.organiser, lang=active_lang())
        return render(
            request,
            "followup/answer.html",
            {
                "checkin": checkin,
                "form": form,
                "currencies": sorted(queries.rates(checkin.lead.mission)),
                "notice": notice,
            },
        )
