"""Pages of the request workflow: ask, answer, propose another time, withdraw, and the organiser's matrix."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from gyoryu.common.permissions import allowed, require, viewable
from gyoryu.common.views import get_or_404
from gyoryu.meetings import domain, queries, times
from gyoryu.meetings.permissions import participating_orgs
from gyoryu.missions.models import Mission
from gyoryu.missions.queries import participant_ids
from gyoryu.organizations.models import Organisation


def _context(request, pk):
    """(mission, whether the account arranges its meetings, the participants it acts for); 404 when it
    cannot see the mission, 403 when it takes no part in it."""
    mission = viewable(request.user, "missions.view_mission", Mission.objects.select_related("organiser"), pk=pk)
    require(request.user, "meetings.view_requests", mission)
    manager = allowed(request.user, "meetings.change_meetings", mission)
    return mission, manager, set(participating_orgs(request.user, mission))


def _requests(mission, manager: bool, mine: set[int]):
    """The mission's requests the account sees: all for those who arrange them, else its own sides'."""
    qs = mission.meetings.all()
    return qs if manager else qs.filter(Q(requester_id__in=mine) | Q(counterpart_id__in=mine))


@login_required
def requests_page(request, pk: int):
    mission, manager, mine = _context(request, pk)
    qs = _requests(mission, manager, mine).select_related("requester", "counterpart", "stop").order_by("-created")
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
    if not as_id and len(mine) == 1:  # asked as nobody: as its only organisation (a wrong ``as`` is refused)
        requester = directory.filter(pk__in=mine).first()
    if requester is None or counterpart is None:
        raise PermissionDenied
    if not manager:
        require(request.user, "organizations.act_for_organisation", requester)
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
    m = get_or_404(_requests(mission, manager, mine).select_related("mission"), pk=meeting)
    decision = request.POST.get("decision", "")
    try:
        if decision in ("take", "leave"):
            require(request.user, "meetings.withdraw_request", m)
            domain.answer_proposal(meeting=m, user=request.user, accept=decision == "take")
        elif decision == "withdraw":
            require(request.user, "meetings.withdraw_request", m)
            domain.withdraw_request(meeting=m, user=request.user)
        else:
            require(request.user, "meetings.answer_request", m)
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
