"""A KSIC 11 -> ISIC Rev.4 -> NAICS bridge built from the official tables (no official KSIC concordance exists).

KSIC is derived from ISIC: their divisions (2 digits) mostly coincide and the English names of classes are
often ISIC's wording. A KSIC division is first mapped to the ISIC division with the closest English name
(the same number counts in its favour); a KSIC code (cut to 4 digits) is then mapped, inside that ISIC
division, to the ISIC code of the same level whose description shares the most words with the KSIC name and
its sub-codes' names (stemmed, idf-weighted). ``quality`` (0..1) averages the division and code overlaps.
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

    def _sim(self, mine: set[str], terms: set[str]) -> float:
        shared = sum(self._idf.get(t, 0.0) for t in mine & terms)
        union = sum(self._idf.get(t, 0.0) for t in mine | terms)
        return shared / union if union else 0.0

    def _words(self, code: str) -> set[str]:
        """English stems of a KSIC code's name and its direct sub-codes' names."""
        words = set(en_terms(self.ksic[code].name_en))
        for child, r in self.ksic.items():
            if len(child) == len(code) + 1 and child.startswith(code):
                words |= set(en_terms(r.name_en))
        return words

    def _division(self, division: str) -> tuple[str | None, float]:
        if division not in self.ksic:
            return None, 0.0
        mine = self._words(division)
        best, best_score = None, 0.0
        for other, terms in self._terms.items():
            if len(other) == 2:
                score = self._sim(mine, terms | self._child_terms(other)) + (
                    0.15 if other == division else 0.0
                )
                if score > best_score:
                    best, best_score = other, score
        return best, min(best_score, 1.0)

    def _link(self, ksic_code: str) -> BridgeLink | None:
        code = ksic_code[:4]
        if code not in self.ksic or not self.isic:
            return None
        division, div_score = self._division(code[:2])
        if division is None or div_score < 0.1:
            return None
        if len(code) == 2:
            best, score = division, div_score
        else:
            mine = self._words(code)
            candidates = [c for c in self._terms if len(c) == len(code) and c.startswith(division)]
            scored = sorted(((self._sim(mine, self._terms[c]), c) for c in candidates), reverse=True)
            if not scored:
                return None
            score, best = scored[0]
            if len(scored) == 1:
                score = max(score, 0.5)
            elif score == 0.0:
                best = division  # no shared words below the division: say only as much as we know
            score = 0.5 * div_score + 0.5 * score
        naics = tuple(sorted(set(n for c in self._isic_classes(best) for n in self._naics_for(c))))
        return BridgeLink(ksic=ksic_code, isic=best, quality=round(min(score, 1.0), 3), naics=naics)

    def _child_terms(self, isic_code: str) -> set[str]:
        return {
            t for c, terms in self._terms.items() if len(c) == 3 and c.startswith(isic_code) for t in terms
        }

    def _isic_classes(self, code: str) -> list[str]:
        return [c for c in self.isic if len(c) == 4 and c.startswith(code)]

    def _naics_for(self, isic_code: str) -> list[str]:
        return self.isic_to_naics.get(isic_code, [])

    def stats(self) -> dict[str, float]:
        """Share of KSIC 4-digit classes linked, and linked with high overlap (>= 0.6)."""
        classes = [c for c in self.ksic if len(c) == 4]
        links = [self.link(c) for c in classes]
        linked = [x for x in links if x]
        return {
            "ksic_classes": len(classes),
            "to_isic_class": round(sum(len(x.isic) == 4 for x in linked) / max(len(classes), 1), 3),
            "linked": round(len(linked) / max(len(classes), 1), 3),
            "high_overlap": round(sum(x.quality >= 0.6 for x in linked) / max(len(classes), 1), 3),
            "with_naics": round(sum(bool(x.naics) for x in linked) / max(len(classes), 1), 3),
        }
