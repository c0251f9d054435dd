"""The relationship network of one organiser, as a networkx graph that other features may reuse.

Nodes are organisations ("o<id>"; city governments stand for their cities) and people ("p<id>").  An edge
between two nodes carries the list of ``ties`` that link them, each {"kind", "on", "area", "ref"}, read from
meetings held, programme items, agreements, exchange programmes, leads and delegations (``ties.py`` says
how each is read).

People are also tied to their own organisation (kind ``member``, not a contact).  ``build_graph`` filters
by field, country and date; ``measures`` and ``key_connectors`` use networkx's centrality functions;
``ties_of`` answers "who already knows whom".
"""

from __future__ import annotations

import datetime as dt

import networkx as nx

from gyoryu.common.bilingual import pick
from gyoryu.organizations.models import Kind, Organisation, Person
from gyoryu.partnerships.ties import CONTACT_KINDS, all_ties, org_node, person_node

__all__ = [
    "CONTACT_KINDS",
    "build_graph",
    "cytoscape",
    "key_connectors",
    "measures",
    "org_node",
    "person_node",
    "ties_of",
]


def build_graph(
    organiser_id: int,
    *,
    area: str = "",
    country: str = "",
    since: dt.date | None = None,
) -> nx.Graph:
    """The organiser's network, keeping only ties of ``area`` (a field of cooperation), ties that involve an
    organisation of ``country`` (ISO code) and ties dated ``since`` or later.  Nodes without ties are left
    out.  Node attributes: type (organisation, city, person), label_ko, label_en, country, org (a person's
    organisation node).  Edge attributes: ties, kinds, areas, last (latest dated tie), weight."""
    graph = nx.Graph()
    for a, b, tie in all_ties(organiser_id):
        if (area and tie["area"] != area) or (since and (tie["on"] is None or tie["on"] < since)):
            continue
        if graph.has_edge(a, b):
            graph[a][b]["ties"].append(tie)
        else:
            graph.add_edge(a, b, ties=[tie])
    _describe(graph, organiser_id)
    if country:
        country = country.upper()
        keep = [
            (a, b)
            for a, b in graph.edges
            if country in (graph.nodes[a].get("country"), graph.nodes[b].get("country"))
        ]
        graph = graph.edge_subgraph(keep).copy()
    for _a, _b, data in graph.edges(data=True):
        ties = data["ties"]
        data["kinds"] = sorted({t["kind"] for t in ties})
        data["areas"] = sorted({t["area"] for t in ties})
        data["last"] = max((t["on"] for t in ties if t["on"]), default=None)
        data["weight"] = len({(t["kind"], t["ref"]) for t in ties})
    _add_membership(graph)
    return graph


def _describe(graph: nx.Graph, organiser_id: int) -> None:
    orgs = [int(n[1:]) for n in graph if n.startswith("o")]
    people = [int(n[1:]) for n in graph if n.startswith("p")]
    for o in Organisation.objects.filter(pk__in=orgs, organiser_id=organiser_id):
        graph.add_node(
            org_node(o.pk),
            type="city" if o.kind == Kind.CITY_GOVERNMENT else "organisation",
            label_ko=pick(o, "name", "ko"),
            label_en=pick(o, "name", "en"),
            country=o.country,
            org_kind=o.kind,
        )
    for p in Person.objects.filter(pk__in=people, organiser_id=organiser_id).select_related("organisation"):
        graph.add_node(
            person_node(p.pk),
            type="person",
            label_ko=pick(p, "name", "ko"),
            label_en=pick(p, "name", "en"),
            country=p.organisation.country if p.organisation else "",
            org=org_node(p.organisation_id) if p.organisation_id else "",
        )


def _add_membership(graph: nx.Graph) -> None:
    for node, data in list(graph.nodes(data=True)):
        org = data.get("org")
        if org and org in graph and not graph.has_edge(node, org):
            graph.add_edge(node, org, ties=[], kinds=["member"], areas=[], last=None, weight=1)


def measures(graph: nx.Graph) -> dict[str, dict[str, float]]:
    """Degree and betweenness centrality of every node (networkx, normalised to 0..1)."""
    return {
        "degree": nx.degree_centrality(graph) if len(graph) > 1 else dict.fromkeys(graph, 0.0),
        "betweenness": nx.betweenness_centrality(graph),
    }


def key_connectors(graph: nx.Graph, k: int = 5) -> list[dict]:
    """The ``k`` nodes that most often lie on the shortest paths between others (betweenness), ties broken
    by degree; nodes that connect nobody (betweenness 0) are left out."""
    m = measures(graph)
    ranked = sorted(graph, key=lambda n: (-m["betweenness"][n], -m["degree"][n], n))
    return [
        {
            "node": n,
            **graph.nodes[n],
            "betweenness": round(m["betweenness"][n], 4),
            "degree": round(m["degree"][n], 4),
            "ties": graph.degree(n),
        }
        for n in ranked[:k]
        if m["betweenness"][n] > 0
    ]


def ties_of(graph: nx.Graph, node: str) -> list[dict]:
    """Who ``node`` already knows: each neighbour with how (kinds), in which fields and the last contact,
    latest contact first (undated ties last); memberships are left out."""
    if node not in graph:
        return []
    out = []
    for other, data in graph[node].items():
        kinds = [k for k in data["kinds"] if k in CONTACT_KINDS]
        if kinds:
            out.append(
                {
                    "node": other,
                    **graph.nodes[other],
                    "kinds": kinds,
                    "areas": data["areas"],
                    "last": data["last"],
                }
            )
    return sorted(out, key=lambda t: (t["last"] is None, -(t["last"] or dt.date.min).toordinal(), t["node"]))


def cytoscape(graph: nx.Graph, lang: str) -> dict:
    """Elements for Cytoscape.js: labels in ``lang``, centrality on each node, dates as ISO strings."""
    m = measures(graph)
    nodes = [
        {
            "data": {
                "id": n,
                "label": d.get(f"label_{lang}") or n,
                "type": d.get("type", "organisation"),
                "country": d.get("country", ""),
                "degree": round(m["degree"][n], 4),
                "betweenness": round(m["betweenness"][n], 4),
            }
        }
        for n, d in graph.nodes(data=True)
    ]
    edges = [
        {
            "data": {
                "id": f"{a}-{b}",
                "source": a,
                "target": b,
                "kinds": d["kinds"],
                "kind": d["kinds"][0] if len(d["kinds"]) == 1 else "several",
                "areas": d["areas"],
                "last": d["last"].isoformat() if d["last"] else "",
                "weight": d["weight"],
            }
        }
        for a, b, d in graph.edges(data=True)
    ]
    return {"nodes": nodes, "edges": edges}
