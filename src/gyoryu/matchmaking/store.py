"""The engine's vector store on the database: one row per (organisation, backend), newest version only."""

from __future__ import annotations

from django.db import transaction

from gyoryu.matchmaking.engine import VectorKey, pack, unpack
from gyoryu.matchmaking.models import ProfileVector

CHUNK = 500  # ids per query (SQLite accepts at most 999 parameters in older builds)


class DatabaseVectorStore:
    """Implements ``engine.VectorStore`` on ProfileVector, with batch reads and writes; the same on SQLite and
    PostgreSQL."""

    def get(self, key: VectorKey):
        return self.get_many([key]).get(key)

    def put(self, key: VectorKey, vectors) -> None:
        self.put_many([(key, vectors)])

    def get_many(self, keys: list[VectorKey]) -> dict:
        """The stored vectors of ``keys`` (one query per 500 keys of one backend)."""
        wanted = {(int(k.doc_id), k.backend): k for k in keys}
        out = {}
        for backend in {k.backend for k in keys}:
            ids = [org for org, b in wanted if b == backend]
            for start in range(0, len(ids), CHUNK):
                rows = ProfileVector.objects.filter(
                    organisation_id__in=ids[start : start + CHUNK], backend=backend
                ).values_list("organisation_id", "version", "data")
                for org, version, data in rows:
                    key = wanted[(org, backend)]
                    if key.version == version:
                        out[key] = unpack(bytes(data))
        return out

    def put_many(self, items: list) -> None:
        """Store vectors, replacing older versions (two queries per 500 profiles)."""
        by_backend: dict[str, list] = {}
        for key, vectors in items:
            by_backend.setdefault(key.backend, []).append((key, vectors))
        with transaction.atomic():
            for backend, rows in by_backend.items():
                for start in range(0, len(rows), CHUNK):
                    chunk = rows[start : start + CHUNK]
                    ids = [int(k.doc_id) for k, _ in chunk]
                    ProfileVector.objects.filter(organisation_id__in=ids, backend=backend).delete()
                    ProfileVector.objects.bulk_create(
                        [
                            ProfileVector(
                                organisation_id=int(k.doc_id),
                                backend=backend,
                                version=k.version,
                                data=pack(v),
                            )
                            for k, v in chunk
                        ],
                        ignore_conflicts=True,  # another process stored the same version meanwhile
                    )
