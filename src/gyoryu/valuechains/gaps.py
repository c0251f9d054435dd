"""The value-chain map: each stage in order with its local firms, its foreign partners, the partners each
local firm is tied to, and its gap.  Reads only.

- **Local firms** are the organisations of the chain's home country accepted on the stage; **partners**
  the others accepted on it.  Proposed and rejected placements are neither.
- A local firm's **partner ties** come from the relationship network
  (``gyoryu.partnerships.network.build_graph``): ties of the kinds in ``PARTNER_TIE_KINDS`` (a meeting
  held, an agreement, an exchange programme, a follow-up lead) with a partner accepted anywhere on the
  chain.  A group visit or travelling in the same delegation is no partner tie.
- A stage's **gap**: ``no_local`` when no local firm is accepted on it; ``no_tie`` when it has local firms
  but none of them has a partner tie; "" otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gyoryu.valuechains.models import PlacementStatus

PARTNER_TIE_KINDS = ("meeting", "agreement", "programme", "lead")
NO_LOCAL, NO_TIE = "no_local", "no_tie"


@dataclass
class StageRow:
    stage: object
    local: list = field(default_factory=list)  # accepted placements of local firms
    partners: list = field(default_factory=list)  # accepted placements of foreign organisations
    proposed: list = field(default_factory=list)
    rejected: list = field(default_factory=list)
    ties: dict = field(default_factory=dict)  # local organisation id -> [{"partner", "kinds", "last"}]
    gap: str = ""
    suggestions: list = field(default_factory=list)

    @property
    def local_with_ties(self) -> list[dict]:
        return [{"placement": p, "ties": self.ties.get(p.organisation_id, [])} for p in self.local]

    @property
    def tied(self) -> bool:
        return any(self.ties.get(p.organisation_id) for p in self.local)


def partner_ties(organiser_id: int, local_ids, partners: dict) -> dict[int, list[dict]]:
    """For each local organisation id, its ties with the partners (organisation id -> Organisation), latest
    contact first: {"partner": Organisation, "kinds": [...], "last": date or None}."""
    from gyoryu.partnerships import network

    if not local_ids or not partners:
        return {}
    graph = network.build_graph(organiser_id)
    out: dict[int, list[dict]] = {}
    for firm in local_ids:
        node = network.org_node(firm)
        ties = []
        for pid, partner in partners.items():
            other = network.org_node(pid)
            if pid == firm or not graph.has_edge(node, other):
                continue
            kept = [t for t in graph[node][other]["ties"] if t["kind"] in PARTNER_TIE_KINDS]
            if kept:
                dates = [t["on"] for t in kept if t["on"]]
                ties.append(
                    {
                        "partner": partner,
                        "kinds": sorted({t["kind"] for t in kept}, key=PARTNER_TIE_KINDS.index),
                        "last": max(dates) if dates else None,
                    }
                )
        ties.sort(
            key=lambda t: (t["last"] is None, -(t["last"].toordinal() if t["last"] else 0), t["partner"].pk)
        )
        out[firm] = ties
    return out


def chain_map(chain, placements, *, with_ties: bool = True) -> list[StageRow]:
    """The stages of ``chain`` in order, each with the given ``placements`` (already scoped to what the
    account may see, organisation selected) sorted into local firms, partners, proposed and rejected; with
    ``with_ties``, the partner ties of the local firms and the gaps."""
    rows = {s.pk: StageRow(stage=s) for s in chain.stages.all()}
    for p in placements:
        row = rows.get(p.stage_id)
        if row is None:
            continue
        if p.status == PlacementStatus.ACCEPTED:
            (row.local if p.organisation.country == chain.home_country else row.partners).append(p)
        elif p.status == PlacementStatus.PROPOSED:
            row.proposed.append(p)
        else:
            row.rejected.append(p)
    ordered = sorted(rows.values(), key=lambda r: r.stage.order)
    if not with_ties:
        return ordered
    local_ids = {p.organisation_id for r in ordered for p in r.local}
    partners = {p.organisation_id: p.organisation for r in ordered for p in r.partners}
    ties = partner_ties(chain.organiser_id, local_ids, partners)
    for row in ordered:
        row.ties = {p.organisation_id: ties.get(p.organisation_id, []) for p in row.local}
        row.gap = NO_LOCAL if not row.local else ("" if row.tied else NO_TIE)
    return ordered


def gaps(chain, placements) -> list[StageRow]:
    """The rows of the map that have a gap, in stage order."""
    return [row for row in chain_map(chain, placements) if row.gap]
