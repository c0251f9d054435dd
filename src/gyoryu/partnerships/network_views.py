"""The relationship network page and "who already knows whom" for a mission's targets (organiser staff)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from gyoryu.accounts.acting import acting_organiser
from gyoryu.common.bilingual import active_lang
from gyoryu.common.permissions import require_or_404, viewable
from gyoryu.missions.models import Mission
from gyoryu.partnerships import forms, network
from gyoryu.partnerships.models import Area

TIE_LABELS = {
    "meeting": _("meeting held"),
    "visit": _("visit or event"),
    "agreement": _("agreement"),
    "programme": _("programme"),
    "lead": _("lead"),
    "delegation": _("same delegation"),
    "member": _("works for"),
    "last": _("last contact"),
    "degree": _("Degree"),
    "betweenness": _("Betweenness"),
    "ties": _("Ties"),
    "none": _("no ties"),
}


@login_required
def graph(request):
    """The network with filters; the graph is drawn by Cytoscape.js from data in the page, the key
    connectors are listed as a table (readable without script)."""
    require_or_404(request.user, "partnerships.view_network")
    organiser = acting_organiser(request, request.GET.get("organiser") or None)
    form = forms.NetworkFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    g = network.build_graph(
        organiser.pk,
        area=filters.get("area", ""),
        country=filters.get("country", ""),
        since=filters.get("since"),
    )
    lang = active_lang()
    connectors = network.key_connectors(g, k=8)
    for c in connectors:
        c["label"] = c.get(f"label_{lang}") or c["node"]
    return render(
        request,
        "partnerships/network.html",
        {
            "form": form,
            "elements": network.cytoscape(g, lang),
            "connectors": connectors,
            "n_nodes": g.number_of_nodes(),
            "n_edges": g.number_of_edges(),
            "labels": {**TIE_LABELS, **{k: str(v) for k, v in Area.choices}},
        },
    )


@login_required
def mission_ties(request, pk: int):
    """Each target of the mission with the ties it already has (latest contact first), marking those with
    the mission's own delegation."""
    mission = viewable(request.user, "missions.view_mission", Mission.objects.select_related("organiser"), pk=pk)
    require_or_404(request.user, "partnerships.view_mission_ties", mission)
    g = network.build_graph(mission.organiser_id)
    delegation = {network.org_node(e.organisation_id) for e in mission.delegation.all()}
    lang = active_lang()
    rows = []
    for target in mission.targets.select_related("organisation", "stop"):
        ties = network.ties_of(g, network.org_node(target.organisation_id))
        for t in ties:
            t["label"] = t.get(f"label_{lang}") or t["node"]
            t["ours"] = t["node"] in delegation or t.get("org") in delegation
        rows.append(
            {
                "target": target,
                "ties": ties,
                "ours": [t for t in ties if t["ours"]],
                "last": max((t["last"] for t in ties if t["last"]), default=None),
            }
        )
    return render(
        request,
        "partnerships/mission_ties.html",
        {"mission": mission, "rows": rows, "labels": {**TIE_LABELS, **dict(Area.choices)}},
    )
