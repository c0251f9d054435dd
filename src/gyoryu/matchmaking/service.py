"""One matching engine per organiser and process, kept in step with the database.

Each call first syncs: profiles whose version changed since the engine saw them are re-indexed (their
vectors come from the database when another process computed them already), deleted ones are removed.
So several web processes stay correct without talking to each other, and nothing is computed twice.
"""

from __future__ import annotations

import threading

from gyoryu.classification import service as codes
from gyoryu.classification.queries import tables_version
from gyoryu.organizations.models import Organisation

_lock = threading.RLock()
_engines: dict[int, tuple[object, dict[str, int], tuple]] = {}


def to_document(org: Organisation):
    from gyoryu.matchmaking.engine import Document

    return Document(
        id=str(org.pk),
        name_ko=org.name_ko,
        name_en=org.name_en,
        offers_ko=org.offers_ko,
        offers_en=org.offers_en,
        seeks_ko=org.seeks_ko,
        seeks_en=org.seeks_en,
        description_ko=org.description_ko,
        description_en=org.description_en,
        certifications=tuple(org.certifications),
        codes=tuple((c.scheme.lower(), c.code) for c in org.codes.all()),
        attrs={"kind": org.kind, "country": org.country},
    )


def engine_for(organiser_id: int):
    """The organiser's engine, synced with the database.  Side effects: vectors of new profile versions are
    computed and stored (ProfileVector rows)."""
    from django.conf import settings

    from gyoryu.matchmaking.engine import Engine
    from gyoryu.matchmaking.engine.embed import backend_for
    from gyoryu.matchmaking.store import DatabaseVectorStore

    with _lock:
        tables = tables_version()  # read once a call: two counts over the code tables
        knowledge = codes.knowledge(version=tables)
        engine, seen, version = _engines.get(organiser_id, (None, {}, None))
        # (version, updated): a profile edited, or a row that replaced another under the same id, is re-read
        rows = Organisation.objects.filter(organiser_id=organiser_id).values_list("pk", "version", "updated")
        current = {str(pk): (version, updated) for pk, version, updated in rows}
        backend = backend_for(settings.GYORYU_MATCHING_EMBEDDING, documents=len(current))
        if engine is None or version != tables or engine.backend.name != backend.name:
            engine, seen = Engine(knowledge=knowledge, store=DatabaseVectorStore(), backend=backend), {}
        changed = [int(pk) for pk, v in current.items() if seen.get(pk) != v]
        if changed:
            orgs = Organisation.objects.filter(pk__in=changed).prefetch_related("codes")
            engine.add_many([to_document(o) for o in orgs])
        for gone in set(seen) - set(current):
            engine.remove(gone)
        _engines[organiser_id] = (engine, current, tables)
        return engine


def store_vectors(organiser_id: int) -> int:
    """Compute the embeddings of the organiser's profiles whose current text has none stored yet (after a
    profile changed: the ``index_profiles`` task), so that every process's engine finds them stored instead of
    computing them in a web request; return how many profiles were embedded.  Side effects: ProfileVector
    rows.  Runs no lexical indexing (each process's engine does that when it syncs, cheaply)."""
    from django.conf import settings

    from gyoryu.matchmaking.engine import CodeKnowledge, Engine
    from gyoryu.matchmaking.engine.embed import backend_for
    from gyoryu.matchmaking.models import ProfileVector
    from gyoryu.matchmaking.store import DatabaseVectorStore

    orgs = list(Organisation.objects.filter(organiser_id=organiser_id).prefetch_related("codes"))
    backend = backend_for(settings.GYORYU_MATCHING_EMBEDDING, documents=len(orgs))
    stored = set(
        ProfileVector.objects.filter(
            organisation__organiser_id=organiser_id, backend=backend.name
        ).values_list("organisation_id", "version")
    )
    todo = [d for d in map(to_document, orgs) if (int(d.id), d.content_hash()) not in stored]
    if todo:
        Engine(
            knowledge=CodeKnowledge(), store=DatabaseVectorStore(), backend=backend, infer_codes=False
        ).add_many(todo)
    return len(todo)


def reset() -> None:
    """Forget cached engines (tests use a fresh database per test)."""
    with _lock:
        _engines.clear()
    codes.reset()
