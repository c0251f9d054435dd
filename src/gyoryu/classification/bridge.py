"""A KSIC 11 -> ISIC Rev.4 -> NAICS bridge built from the official tables (no official KSIC concordance exists).

KSIC is derived from ISIC: their divisions (2 digits) mostly coincide and the English names of classes are
often ISIC's wording. For every KSIC code of 3-5 digits we take its 4-digit class (or the code itself when
shorter), and pick the ISIC code of the same level whose English description shares the most words (stemmed,
idf-weighted), preferring the same division. ``quality`` is that overlap (0..1): 1 means the same words.
NAICS codes come from the official NAICS 2017 -> ISIC 4 concordance read backwards (one ISIC class usually
maps to several NAICS industries; all are listed).

Measured on the official files: see ``BridgeStats`` via ``KsicBridge.stats()`` (printed in the final note).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from gyoryu.matchmaking.engine.text import en_terms


@dataclass(frozen=True)
class BridgeLink:
    """KSIC code -> ISIC code with the word overlap of their names, and the NAICS codes of that ISIC code."""

    ksic: str
    isic: str
    quality: float
    naics: tuple[str, ...] = ()


class KsicBridge:
    """Maps KSIC codes to ISIC and NAICS codes."""

    def __init__(self, *, ksic=(), isic=(), naics_isic=()) -> None:
        self.ksic = {r.code: r for r in ksic if not r.code.isalpha()}
        self.isic = {r.code: r for r in isic if not r.code.isalpha()}
        self.isic_to_naics: dict[str, list[str]] = {}
        for link in naics_isic:
            self.isic_to_naics.setdefault(link.target_code, []).append(link.source_code)
        self._terms = {c: set(en_terms(r.name_en)) for c, r in self.isic.items()}
        df = Counter(t for terms in self._terms.values() for t in terms)
        n = max(len(self._terms), 1)
        self._idf = {t: math.log(1 + n / d) for t, d in df.items()}
        self._cache: dict[str, BridgeLink | None] = {}

    @classmethod
    def from_tables(cls, tables) -> KsicBridge:
        """From a ``codesets.CodeTables``."""
        return cls(ksic=tables.ksic, isic=tables.isic, naics_isic=tables.naics_isic)

    def link(self, ksic_code: str) -> BridgeLink | None:
        """The ISIC (and NAICS) codes for a KSIC code, or None when no ISIC code shares its words."""
        if ksic_code not in self._cache:
            self._cache[ksic_code] = self._link(ksic_code)
        return self._cache[ksic_code]

    def _link(self, ksic_code: str) -> BridgeLink | None:
        code = ksic_code[:4]
        record = self.ksic.get(code)
        if record is None or not self.isic:
            return None
        mine = set(en_terms(record.name_en))
        if not mine:
            return None
        best, best_score = None, 0.0
        for other, terms in self._terms.items():
            if len(other) != len(code) or not terms:
                continue
            shared = sum(self._idf.get(t, 0.0) for t in mine & terms)
            union = sum(self._idf.get(t, 0.0) for t in mine | terms)
            score = shared / union if union else 0.0
            if other[:2] == code[:2]:
                score += 0.15
            if score > best_score:
                best, best_score = other, score
        if best is None or best_score < 0.25:
            return None
        naics = tuple(sorted(set(self._naics_for(best))))
        return BridgeLink(ksic=ksic_code, isic=best, quality=round(min(best_score, 1.0), 3), naics=naics)

    def _naics_for(self, isic_code: str) -> list[str]:
        return self.isic_to_naics.get(isic_code, [])

    def stats(self) -> dict[str, float]:
        """Share of KSIC 4-digit classes linked, and linked with high overlap (>= 0.6)."""
        classes = [c for c in self.ksic if len(c) == 4]
        links = [self.link(c) for c in classes]
        linked = [x for x in links if x]
        return {
            "ksic_classes": len(classes),
            "linked": round(len(linked) / max(len(classes), 1), 3),
            "high_overlap": round(sum(x.quality >= 0.6 for x in linked) / max(len(classes), 1), 3),
            "with_naics": round(sum(bool(x.naics) for x in linked) / max(len(classes), 1), 3),
        }
