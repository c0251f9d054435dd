"""Value-chain pages: thin views over ``permissions`` (who may see and do what, asked through
``common.permissions``), ``queries`` (role-scoped lists), ``gaps`` (the map), ``matching`` (the engine) and
the domain functions (every change)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from gyoryu.accounts.acting import acting_organiser
from gyoryu.common.bilingual import pick
from gyoryu.common.permissions import allowed, require, require_or_404, viewable
from gyoryu.common.views import add_errors, get_or_404
from gyoryu.valuechains import domain, forms, gaps, matching, queries, sectors
from gyoryu.valuechains.models import Chain, Placement

TIE_LABELS = {
    "meeting": gettext_lazy("meeting held"),
    "agreement": gettext_lazy("agreement"),
    "programme": gettext_lazy("programme"),
    "lead": gettext_lazy("lead"),
}


def chain_or_404(request, pk: int) -> Chain:
    return viewable(request.user, "valuechains.view_chain", queries.with_details(Chain.objects.all()), pk=pk)


def managed(request, pk: int) -> Chain:
    """The chain when the account may change it: 404 when it cannot see it, 403 when it only reads."""
    chain = chain_or_404(request, pk)
    require(request.user, "valuechains.change_chain", chain)
    return chain


def _mission(request, chain):
    """The mission that suggestions are for: the one asked for, else the newest that is not closed."""
    missions = forms.target_missions(chain)
    asked = request.GET.get("mission") or request.POST.get("mission") or ""
    if asked.isdigit():
        found = missions.filter(pk=int(asked)).first()
        if found is not None:
            return found
    return missions.first()


def _map_url(chain, mission=None, stage=None) -> str:
    url = reverse("valuechains:map", args=[chain.pk])
    if mission is not None:
        url += f"?mission={mission.pk}"
    return url + (f"#stage-{stage.order}" if stage is not None else "")


@login_required
def chain_list(request):
    return render(
        request,
        "valuechains/list.html",
        {"chains": queries.chain_list(request.user), "can_create": allowed(request.user, "valuechains.add_chain")},
    )


@login_required
@require_http_methods(["GET", "POST"])
def create(request):
    require(request.user, "valuechains.add_chain")
    organiser = acting_organiser(request)
    form = forms.ChainForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        stages = sectors.template(data["sector"]) if data.pop("from_template") else []
        chain = domain.create_chain(organiser=organiser, data=data, stages=stages)
        messages.success(request, _("Value chain created. Let the matching engine propose placements next."))
        return redirect("valuechains:map", pk=chain.pk)
    return render(request, "valuechains/form.html", {"form": form, "title": _("New value chain")})


@login_required
def chain_map(request, pk: int):
    """Stages in order with local firms, partners, their ties and the gaps; for staff also the proposals
    to decide and, for each gap, suggested targets (loaded into the page by htmx, or as a page of their
    own without script)."""
    chain = chain_or_404(request, pk)
    manage = allowed(request.user, "valuechains.change_chain", chain)
    placements = queries.placement_list(request.user, chain=chain)
    rows = gaps.chain_map(chain, placements, with_ties=allowed(request.user, "valuechains.view_planning", chain))
    context = {
        "chain": chain,
        "rows": rows,
        "can_manage": manage,
        "labels": TIE_LABELS,
        "n_gaps": sum(1 for r in rows if r.gap),
    }
    if manage:
        context.update(
            missions=forms.target_missions(chain),
            mission=_mission(request, chain),
            place_form=forms.PlaceForm(chain=chain),
        )
    return render(request, "valuechains/map.html", context)


@login_required
def suggestions(request, pk: int, stage: int):
    """Suggested targets for one stage's gap (an htmx fragment of the map, or a page)."""
    chain = chain_or_404(request, pk)
    require_or_404(request.user, "valuechains.view_planning", chain)
    the_stage = get_or_404(chain.stages.prefetch_related("codes"), pk=stage)
    mission = _mission(request, chain)
    results = matching.targets_for_stage(request.user, stage=the_stage, mission=mission, k=5)
    context = {"chain": chain, "stage": the_stage, "mission": mission, "results": results}
    template = (
        "valuechains/_suggestions.html"
        if request.headers.get("HX-Request")
        else "valuechains/suggestions.html"
    )
    return render(request, template, context)


@login_required
@require_POST
def add_target(request, pk: int, stage: int):
    chain = managed(request, pk)
    the_stage = get_or_404(chain.stages.all(), pk=stage)
    form = forms.TargetForm(request.POST, chain=chain)
    if not form.is_valid():
        messages.error(request, " ".join(str(e) for errs in form.errors.values() for e in errs))
        return redirect(_map_url(chain, stage=the_stage))
    mission, org = form.cleaned_data["mission"], form.cleaned_data["organisation"]
    try:
        domain.add_gap_target(mission=mission, organisation=org, stage=the_stage, user=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            _("%(org)s added to the targets of %(mission)s.")
            % {"org": pick(org, "name"), "mission": pick(mission, "title")},
        )
    return redirect(_map_url(chain, mission, the_stage))


@login_required
@require_POST
def propose(request, pk: int):
    chain = managed(request, pk)
    made = domain.record_proposals(chain=chain, proposals=matching.propose(chain))
    if made:
        messages.success(
            request, _("%(n)d new placements proposed: accept or reject them.") % {"n": len(made)}
        )
    else:
        messages.success(request, _("No new placements to propose."))
    return redirect("valuechains:map", pk=chain.pk)


@login_required
@require_POST
def place(request, pk: int):
    chain = managed(request, pk)
    form = forms.PlaceForm(request.POST, chain=chain)
    if form.is_valid():
        try:
            placement = domain.place(
                stage=form.cleaned_data["stage"],
                organisation=form.cleaned_data["organisation"],
                user=request.user,
                note=form.cleaned_data["note"],
            )
        except ValidationError as exc:
            add_errors(form, exc)
        else:
            messages.success(request, _("Placement proposed: accept or reject it."))
            return redirect(_map_url(chain, stage=placement.stage))
    messages.error(request, " ".join(str(e) for errs in form.errors.values() for e in errs))
    return redirect("valuechains:map", pk=chain.pk)


@login_required
@require_POST
def decide(request, pk: int, placement: int):
    chain = managed(request, pk)
    placements = queries.placement_details(Placement.objects.filter(stage__chain=chain))
    the_placement = viewable(request.user, "valuechains.view_placement", placements, pk=placement)
    require(request.user, "valuechains.change_placement", the_placement)
    form = forms.DecisionForm(request.POST)
    decision = request.POST.get("decision")
    action = {"accept": domain.accept_placement, "reject": domain.reject_placement}.get(decision)
    if action is None or not form.is_valid():
        messages.error(request, _("Choose accept or reject."))
    else:
        try:
            action(placement=the_placement, user=request.user, note=form.cleaned_data["note"])
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            done = _("accepted") if decision == "accept" else _("rejected")
            messages.success(
                request,
                _("%(org)s at “%(stage)s”: %(done)s.")
                % {
                    "org": pick(the_placement.organisation, "name"),
                    "stage": pick(the_placement.stage, "name"),
                    "done": done,
                },
            )
    return redirect(_map_url(chain, stage=the_placement.stage))


@login_required
@require_http_methods(["GET", "POST"])
def stage_form(request, pk: int, stage: int | None = None):
    chain = managed(request, pk)
    instance = get_or_404(chain.stages.all(), pk=stage) if stage else None
    form = forms.StageForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        codes = data.pop("codes")
        if instance is None:
            saved = domain.add_stage(chain=chain, data=data, codes=codes, order=data.pop("order"))
        else:
            saved = domain.update_stage(stage=instance, data=data, codes=codes)
        messages.success(request, _("Saved."))
        return redirect(_map_url(chain, stage=saved))
    title = _("Edit stage") if instance else _("Add a stage")
    return render(request, "valuechains/form.html", {"form": form, "title": title, "chain": chain})


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, pk: int):
    chain = managed(request, pk)
    form = forms.ChainForm(request.POST or None, instance=chain)
    if request.method == "POST" and form.is_valid():
        domain.update_chain(chain=chain, data=form.cleaned_data)
        messages.success(request, _("Saved."))
        return redirect("valuechains:map", pk=chain.pk)
    return render(
        request, "valuechains/form.html", {"form": form, "title": _("Edit value chain"), "chain": chain}
    )
