"""The engine's vector store on the database: one row per (organisation, backend), newest version only."""

from __future__ import annotations

from gyoryu.matchmaking.engine import VectorKey, pack, unpack
from gyoryu.matchmaking.models import ProfileVector


class DatabaseVectorStore:
    """Implements ``engine.VectorStore`` on ProfileVector; the same on SQLite and PostgreSQL."""

    def get(self, key: VectorKey):
        row = (
            ProfileVector.objects.filter(
                organisation_id=int(key.doc_id), backend=key.backend, version=key.version
            )
            .values_list("data", flat=True)
            .first()
        )
        return unpack(bytes(row)) if row is not None else None

    def put(self, key: VectorKey, vectors) -> None:
        ProfileVector.objects.update_or_create(
            organisation_id=int(key.doc_id),
            backend=key.backend,
            defaults={"version": key.version, "data": pack(vectors)},
        )
