"""Pages of the request workflow: ask, answer, propose another time, withdraw, and the organiser's matrix."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from gyoryu.accounts.queries import scope_for
from gyoryu.common.views import get_or_404
from gyoryu.meetings import domain, queries, times
from gyoryu.missions.queries import can_manage, participant_ids, visible_missions
from gyoryu.organizations.models import Organisation


def _context(request, pk):
    mission = get_or_404(visible_missions(request.user).select_related("organiser"), pk=pk)
    manager = can_manage(request.user, mission)
    mine = set(scope_for(request.user).own_orgs) & participant_ids(mission)
    if not manager and not mine:
        raise PermissionDenied
    return mission, manager, mine


@login_required
def requests_page(request, pk: int):
    mission, manager, mine = _context(request, pk)
    qs = mission.meetings.select_related("requester", "counterpart", "stop").order_by("-created")
    planned = queries.planned_stops(mission)
    clock = queries.clock_of(mission=mission, organisation_ids=() if manager else mine)
    context = {"mission": mission, "manager": manager, "mine": mine, "clock": clock}
    if manager:
        context["sections"] = [(_("All requests"), _rows(qs[:500], planned), "all")]
    else:
        received = qs.filter(counterpart_id__in=mine).exclude(requester_id__in=mine)
        sent = qs.filter(requester_id__in=mine)
        context["sections"] = [
            (_("Requests to you"), _rows(received[:500], planned), "received"),
            (_("Requests you sent"), _rows(sent[:500], planned), "sent"),
        ]
    if manager:
        rows = [e.organisation for e in mission.delegation.select_related("organisation")]
        cols = [t.organisation for t in mission.targets.select_related("organisation")]
        latest = {}
        for m in mission.meetings.order_by("created"):
            latest[(m.requester_id, m.counterpart_id)] = m
            latest.setdefault((m.counterpart_id, m.requester_id), m)
        context["matrix"] = {
            "cols": cols,
            "rows": [{"org": r, "cells": [(c, latest.get((r.pk, c.pk))) for c in cols]} for r in rows],
        }
    return render(request, "meetings/requests.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def request_new(request, pk: int):
    mission, manager, mine = _context(request, pk)
    directory = Organisation.objects.filter(organiser=mission.organiser, pk__in=participant_ids(mission))
    as_id, to_id = request.GET.get("as", ""), request.GET.get("to", "")
    requester = directory.filter(pk=int(as_id)).first() if as_id.isdigit() else None
    counterpart = directory.filter(pk=int(to_id)).first() if to_id.isdigit() else None
    if requester is None and len(mine) == 1:
        requester = directory.filter(pk__in=mine).first()
    if requester is None or counterpart is None or (not manager and requester.pk not in mine):
        raise PermissionDenied
    if request.method == "POST":
        priority = request.POST.get("priority", "2")
        try:
            domain.request_meeting(
                mission=mission,
                requester=requester,
                counterpart=counterpart,
                user=request.user,
                message=request.POST.get("message", ""),
                priority=int(priority) if priority in ("1", "2", "3") else 2,
            )
        except domain.RequestRefused as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("Request sent. %(org)s is notified.") % {"org": counterpart})
            return redirect("meetings:requests", pk=mission.pk)
    return render(
        request,
        "meetings/request_new.html",
        {"mission": mission, "requester": requester, "counterpart": counterpart},
    )


def _rows(meetings, planned) -> list[dict]:
    return [{"m": m, "conflict": queries.stop_conflict(m, planned)} for m in meetings]


def _proposed(meeting, raw: str):
    """A datetime-local value, read on the clocks of the meeting's stop (or of the stop that day)."""
    try:
        wall = dt.datetime.fromisoformat(raw)
    except ValueError:
        raise domain.RequestRefused(_("Give the time you propose.")) from None
    try:
        return times.from_wall(meeting=meeting, wall=wall)
    except times.TimeRefused as exc:
        raise domain.RequestRefused(str(exc)) from None


@login_required
@require_POST
def request_answer(request, pk: int, meeting: int):
    mission, manager, mine = _context(request, pk)
    m = get_or_404(mission.meetings.all(), pk=meeting)
    decision = request.POST.get("decision", "")
    try:
        if decision in ("take", "leave"):
            if not (manager or m.requester_id in mine):
                raise PermissionDenied
            domain.answer_proposal(meeting=m, user=request.user, accept=decision == "take")
        elif decision == "withdraw":
            if not (manager or m.requester_id in mine):
                raise PermissionDenied
            domain.withdraw_request(meeting=m, user=request.user)
        else:
            if not (manager or m.counterpart_id in mine):
                raise PermissionDenied
            proposed = (
                _proposed(m, request.POST.get("proposed_start", "")) if decision == "propose" else None
            )
            domain.answer_request(
                meeting=m,
                user=request.user,
                decision=decision,
                answer=request.POST.get("answer", ""),
                proposed_start=proposed,
            )
    except domain.RequestRefused as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Saved. The other side is notified."))
    return redirect("meetings:requests", pk=mission.pk)
