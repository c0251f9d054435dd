from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from gyoryu.common.permissions import require, viewable
from gyoryu.common.views import get_or_404
from gyoryu.meetings.forms import RunForm
from gyoryu.missions.models import Mission
from gyoryu.scheduling import domain, queries
from gyoryu.scheduling.models import Schedule


def _mission(request, pk, *, change: bool = False):
    """404 when the account cannot see the mission; 403 unless it is the organiser's staff."""
    mission = viewable(request.user, "missions.view_mission", Mission.objects.select_related("organiser"), pk=pk)
    require(request.user, "scheduling.change_schedule" if change else "scheduling.view_schedule", mission)
    return mission


@login_required
@require_http_methods(["GET", "POST"])
def overview(request, pk: int):
    mission = _mission(request, pk, change=request.method == "POST")
    form = RunForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        schedule = domain.request_schedule(
            mission=mission,
            user=request.user,
            time_limit=form.cleaned_data["time_limit"],
            reschedule=form.cleaned_data["reschedule"],
        )
        messages.success(request, _("The optimiser is working on it; you may leave this page."))
        return redirect("scheduling:detail", pk=mission.pk, number=schedule.number)
    return render(
        request,
        "scheduling/overview.html",
        {
            "mission": mission,
            "form": form,
            "schedules": mission.schedules.all()[:20],
            "published": queries.published(mission),
            "n_meetings": mission.meetings.filter(status="accepted").count(),
        },
    )


@login_required
def detail(request, pk: int, number: int):
    mission = _mission(request, pk)
    schedule = get_or_404(mission.schedules.all(), number=number)
    published = queries.published(mission)
    context = {"mission": mission, "schedule": schedule, "published": published}
    if schedule.status in (Schedule.Status.DRAFT, Schedule.Status.PUBLISHED, Schedule.Status.SUPERSEDED):
        context["grid"] = queries.full_grid(schedule)
        context["movable"] = schedule.status in (Schedule.Status.DRAFT, Schedule.Status.PUBLISHED)
        context["unscheduled"] = mission.meetings.filter(pk__in=schedule.unscheduled).select_related(
            "requester", "counterpart"
        )
        if schedule.status == Schedule.Status.DRAFT:
            context["changes"] = queries.changes(published, schedule) if published else None
    return render(request, "scheduling/detail.html", context)


@login_required
def status(request, pk: int, number: int):
    """The progress fragment, polled by the page while the optimiser runs."""
    mission = _mission(request, pk)
    schedule = get_or_404(mission.schedules.all(), number=number)
    response = render(request, "scheduling/_status.html", {"mission": mission, "schedule": schedule})
    if schedule.status not in (Schedule.Status.QUEUED, Schedule.Status.RUNNING):
        response["HX-Refresh"] = "true"
    return response


@login_required
@require_POST
def publish(request, pk: int, number: int):
    mission = _mission(request, pk, change=True)
    schedule = get_or_404(mission.schedules.all(), number=number)
    try:
        domain.publish(schedule=schedule)
    except domain.NotPublishable:
        messages.error(request, _("Only a finished draft can be published."))
    else:
        messages.success(request, _("Published. Everyone concerned by a change has been listed below."))
    return redirect("scheduling:detail", pk=mission.pk, number=number)


@login_required
@require_POST
def move(request, pk: int, number: int):
    """Drag and drop (JSON answer) or the move form (redirect): one meeting to another time and table."""
    import datetime as dt

    from django.http import JsonResponse

    from gyoryu.missions.models import Room
    from gyoryu.scheduling.moves import MoveRefused, move_meeting

    mission = _mission(request, pk, change=True)
    schedule = get_or_404(mission.schedules.all(), number=number)
    wants_json = request.headers.get("Accept", "").startswith("application/json")
    meeting = (
        mission.meetings.filter(pk=request.POST.get("meeting") or 0).first()
        if (request.POST.get("meeting", "").isdigit())
        else None
    )
    room = (
        Room.objects.filter(pk=request.POST.get("room") or 0, venue__stop__mission=mission).first()
        if (request.POST.get("room", "").isdigit())
        else None
    )
    try:
        start = dt.datetime.fromisoformat(request.POST.get("start", ""))
        if start.tzinfo is None:
            raise ValueError
    except ValueError:
        start = None
    try:
        if meeting is None or room is None or start is None:
            raise MoveRefused([_("Choose a meeting, a time and a table.")])
        draft = move_meeting(schedule=schedule, meeting=meeting, start=start, room=room, user=request.user)
    except MoveRefused as exc:
        if wants_json:
            return JsonResponse({"ok": False, "reasons": exc.reasons}, status=409)
        for reason in exc.reasons:
            messages.error(request, reason)
        return redirect("scheduling:detail", pk=mission.pk, number=number)
    url = f"/missions/{mission.pk}/schedule/{draft.number}/"
    if wants_json:
        return JsonResponse({"ok": True, "url": url})
    messages.success(request, _("Moved. Publish the draft to tell those concerned."))
    return redirect(url)
