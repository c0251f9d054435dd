"""The plain document the engine indexes: one organisation profile (or any text record), no Django.

``content_hash`` identifies a version of a document's text, so stored vectors can be reused until the
profile changes (key: ``(doc id, content hash, backend name)``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from .text import clean


@dataclass(frozen=True)
class Document:
    """One organisation (or any record) in Korean, English or both; every field may be empty.

    ``codes`` are industry codes as ``(scheme, code)``, e.g. ``("ksic", "30320")``; ``attrs`` holds anything
    filters need (kind, country, mission stops...), it is never indexed.
    """

    id: str
    name_ko: str = ""
    name_en: str = ""
    offers_ko: str = ""
    offers_en: str = ""
    seeks_ko: str = ""
    seeks_en: str = ""
    description_ko: str = ""
    description_en: str = ""
    certifications: tuple[str, ...] = ()
    codes: tuple[tuple[str, str], ...] = ()
    attrs: dict = field(default_factory=dict, compare=False, hash=False)

    def offer_texts(self) -> list[str]:
        """Cleaned texts describing what the organisation is and offers (names first)."""
        parts = [self.name_ko, self.name_en, self.offers_ko, self.offers_en, self.description_ko]
        parts += [self.description_en, " ".join(self.certifications)]
        return [t for t in (clean(p) for p in parts) if t]

    def seek_texts(self) -> list[str]:
        """Cleaned texts of what the organisation looks for."""
        return [t for t in (clean(p) for p in (self.seeks_ko, self.seeks_en)) if t]

    def content_hash(self) -> str:
        """A short stable hash of everything indexed (not ``attrs``)."""
        payload = [
            self.name_ko,
            self.name_en,
            self.offers_ko,
            self.offers_en,
            self.seeks_ko,
            self.seeks_en,
            self.description_ko,
            self.description_en,
            list(self.certifications),
            [list(c) for c in self.codes],
        ]
        raw = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()
        return hashlib.sha256(raw).hexdigest()[:16]


def document_from_dict(data: dict) -> Document:
    """Build a Document from a plain dict (unknown keys go to ``attrs``)."""
    known = {f for f in Document.__dataclass_fields__ if f != "attrs"}
    kwargs = {k: v for k, v in data.items() if k in known}
    kwargs["id"] = str(kwargs["id"])
    kwargs["certifications"] = tuple(kwargs.get("certifications") or ())
    kwargs["codes"] = tuple((str(s).lower(), str(c)) for s, c in (kwargs.get("codes") or ()))
    for key in known - {"id", "certifications", "codes"}:
        if key in kwargs and kwargs[key] is None:
            kwargs[key] = ""
    attrs = dict(data.get("attrs") or {})
    attrs.update({k: v for k, v in data.items() if k not in known and k != "attrs"})
    return Document(**kwargs, attrs=attrs)
