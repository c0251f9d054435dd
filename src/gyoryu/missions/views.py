from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from gyoryu.accounts.acting import acting_organiser
from gyoryu.accounts.permissions import own_orgs
from gyoryu.common.permissions import allowed, require, viewable
from gyoryu.common.views import add_errors
from gyoryu.missions import domain, forms, queries
from gyoryu.missions.models import Mission
from gyoryu.organizations.models import Kind, Organisation, Person


@login_required
def mission_list(request):
    return render(request, "missions/list.html", {"missions": queries.mission_list(request.user)})


@login_required
def dashboard(request, pk: int):
    user = request.user
    mission = viewable(user, "missions.view_mission", queries.with_everything(), pk=pk)
    mine = own_orgs(user, mission.organiser_id)
    context = {
        "mission": mission,
        "can_manage": allowed(user, "missions.change_mission", mission),
        "sees_planning": allowed(user, "missions.view_planning", mission),
        "sees_target_notes": allowed(user, "missions.view_target_notes", mission),
        "days": queries.itinerary_days(mission, user=user),
        "my_orgs": [e.organisation for e in mission.delegation.all() if e.organisation_id in mine]
        + [t.organisation for t in mission.targets.all() if t.organisation_id in mine],
    }
    return render(request, "missions/dashboard.html", context)


def _managed(request, pk: int) -> Mission:
    """The mission when the account may change it: 404 when it cannot see it, 403 when it only reads."""
    mission = viewable(request.user, "missions.view_mission", Mission.objects.select_related("organiser"), pk=pk)
    require(request.user, "missions.change_mission", mission)
    return mission


@login_required
@require_http_methods(["GET", "POST"])
def create(request):
    require(request.user, "missions.add_mission")
    organiser = acting_organiser(request)
    form = forms.MissionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        mission = domain.create_mission(organiser=organiser, data=form.cleaned_data)
        messages.success(request, _("Mission created. Add its stops next."))
        return redirect("missions:dashboard", pk=mission.pk)
    context = {"form": form, "title": _("New mission"), "organiser": organiser}
    return render(request, "missions/form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, pk: int):
    mission = _managed(request, pk)
    form = forms.MissionForm(request.POST or None, instance=mission)
    if request.method == "POST" and form.is_valid():
        domain.update_mission(mission=mission, data=form.cleaned_data)
        messages.success(request, _("Saved."))
        return redirect("missions:dashboard", pk=mission.pk)
    return render(
        request, "missions/form.html", {"form": form, "mission": mission, "title": _("Edit mission")}
    )


def _directory(mission: Mission):
    return Organisation.objects.filter(organiser=mission.organiser)


def _people(mission: Mission):
    return Person.objects.filter(organiser=mission.organiser).select_related("organisation")


PARTS = {
    "stop": (
        gettext_lazy("Add a stop"),
        lambda m, data: forms.StopForm(data, mission=m),
        lambda m, f: domain.add_stop(mission=m, data=f.cleaned_data, order=f.cleaned_data.get("order")),
    ),
    "venue": (
        gettext_lazy("Add a venue"),
        lambda m, data: forms.VenueForm(data, mission=m, organisations=_directory(m)),
        lambda m, f: domain.save_venue(
            stop=f.cleaned_data["stop"], data=f.cleaned_data, rooms=f.cleaned_data["rooms"]
        ),
    ),
    "delegation": (
        gettext_lazy("Add to the delegation"),
        lambda m, data: forms.DelegationForm(
            data, organisations=_directory(m).exclude(kind=Kind.CITY_GOVERNMENT), people=_people(m)
        ),
        lambda m, f: domain.add_to_delegation(
            mission=m, organisation=f.cleaned_data["organisation"], travellers=f.cleaned_data["travellers"]
        ),
    ),
    "target": (
        gettext_lazy("Add a target"),
        lambda m, data: forms.TargetForm(data, mission=m, organisations=_directory(m)),
        lambda m, f: domain.set_target(
            mission=m, **{k: f.cleaned_data[k] for k in ("organisation", "priority", "stop", "notes")}
        ),
    ),
    "interpreter": (
        gettext_lazy("Add an interpreter"),
        lambda m, data: forms.InterpreterForm(data, people=_people(m)),
        lambda m, f: domain.set_interpreter(
            mission=m,
            person=f.cleaned_data["person"],
            language_pairs=f.cleaned_data["language_pairs"],
            available_days=f.cleaned_data["available_days"],
        ),
    ),
}


@login_required
@require_http_methods(["GET", "POST"])
def add_part(request, pk: int, part: str):
    mission = _managed(request, pk)
    if part not in PARTS:
        raise Http404
    title, make_form, save = PARTS[part]
    form = make_form(mission, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            save(mission, form)
        except ValidationError as exc:
            add_errors(form, exc)
        else:
            messages.success(request, _("Saved."))
            return redirect("missions:dashboard", pk=mission.pk)
    return render(request, "missions/part_form.html", {"form": form, "mission": mission, "title": title})
