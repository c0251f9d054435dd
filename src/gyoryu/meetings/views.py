from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from gyoryu.common.permissions import require, viewable
from gyoryu.common.views import add_errors, get_or_404
from gyoryu.meetings import domain
from gyoryu.meetings.forms import MeetingForm
from gyoryu.missions.models import Mission


def _managed(request, pk):
    mission = viewable(request.user, "missions.view_mission", Mission.objects.select_related("organiser"), pk=pk)
    require(request.user, "meetings.change_meetings", mission)
    return mission


@login_required
def meeting_list(request, pk: int):
    mission = _managed(request, pk)
    meetings = mission.meetings.select_related("requester", "counterpart", "stop").prefetch_related("members")
    return render(request, "meetings/list.html", {"mission": mission, "meetings": meetings})


@login_required
@require_http_methods(["GET", "POST"])
def create(request, pk: int):
    mission = _managed(request, pk)
    form = MeetingForm(request.POST or None, mission=mission)
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k not in ("members", "after")}
        try:
            domain.create_meeting(
                mission=mission,
                data=data,
                members=form.cleaned_data["members"],
                after=form.cleaned_data["after"],
            )
        except ValidationError as exc:
            add_errors(form, exc)
        else:
            messages.success(request, _("Meeting added."))
            return redirect("meetings:list", pk=mission.pk)
    return render(
        request, "missions/part_form.html", {"form": form, "mission": mission, "title": _("Add a meeting")}
    )


@login_required
@require_POST
def cancel(request, pk: int, meeting: int):
    mission = _managed(request, pk)
    domain.cancel_meeting(meeting=get_or_404(mission.meetings.all(), pk=meeting))
    messages.success(request, _("Meeting cancelled; the next schedule leaves it out."))
    return redirect("meetings:list", pk=mission.pk)
