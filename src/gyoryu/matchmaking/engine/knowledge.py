"""Industry-code knowledge for matching: the bilingual KSIC names and Korean notes as a cross-lingual bridge.

Built from the official tables (``gyoryu.classification.codesets``) that the product imports; with no tables
it is empty and every method returns nothing, so the engine still works (with less bridging).

* ``profile_texts(code)``: short texts describing a code (its names, its sub-codes' names, the notes' examples).
* ``profile_terms(code)``: index terms of the profile plus the notes' definitions, in both languages.
* ``code_scores(terms)``: which codes a text is about (BM25 over code profiles, Korean and English).
* ``bridge_terms(terms)``: terms of the other language, taken from the best matching codes.
* ``group_texts()``: the names under each 3-digit group, for the dense code signal (``codespace``).
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from .bm25 import BM25Index
from .text import analyze, clean, en_terms, ko_terms

_MAX_PIECES = 120


class CodeKnowledge:
    """KSIC names and notes, indexed for bridging languages and for coding texts."""

    def __init__(self, *, ksic=(), notes=()) -> None:
        self.records = {r.code: r for r in ksic if not r.code.isalpha()}
        self.notes = {n.code: n for n in notes}
        self._children: dict[str, list[str]] = {}
        for code in sorted(self.records):
            parent = code[:-1] if len(code) > 2 else ""
            if parent in self.records:
                self._children.setdefault(parent, []).append(code)
        self._by_name: dict[str, str] = {}
        for code in sorted(self.records, key=lambda c: (len(c), c)):
            r = self.records[code]
            for name in (r.name_ko, r.name_en):
                self._by_name.setdefault(_key(name), code)
        self._index: BM25Index | None = None
        self._codes: list[str] = []
        self.profile_terms = lru_cache(maxsize=4096)(self._profile_terms)

    @classmethod
    def from_tables(cls, tables) -> CodeKnowledge:
        """From a ``codesets.CodeTables``."""
        return cls(ksic=tables.ksic, notes=tables.ksic_notes)

    def __bool__(self) -> bool:
        return bool(self.records)

    def name(self, code: str, *, lang: str = "ko") -> str:
        """The code's name in ``lang`` ('' if unknown)."""
        r = self.records.get(code)
        return "" if r is None else (r.name_ko if lang == "ko" else r.name_en)

    def code_for_name(self, name: str) -> str | None:
        """The (shortest) KSIC code whose Korean or English name is exactly ``name``."""
        return self._by_name.get(_key(name))

    def descendants(self, code: str) -> list[str]:
        """The code and all its sub-codes, depth first."""
        out, stack = [], [code]
        while stack:
            c = stack.pop()
            out.append(c)
            stack.extend(reversed(self._children.get(c, [])))
        return out

    def group_texts(self) -> dict[str, list[str]]:
        """Per 3-digit KSIC group: the Korean names of the group and of all its sub-codes, and its English
        name (what ``codespace`` embeds to place a text among the groups)."""
        out = {}
        for group in sorted(c for c in self.records if len(c) == 3):
            names = [self.name(c) for c in self.descendants(group)] + [self.name(group, lang="en")]
            out[group] = list(dict.fromkeys(clean(n) for n in names if clean(n)))
        return out

    def profile_texts(self, code: str) -> list[str]:
        """Short texts about the code: names (ko, en), sub-code names and the notes' examples."""
        if code not in self.records:
            return []
        r = self.records[code]
        out = [r.name_ko, r.name_en]
        seen = set(out)
        for c in self.descendants(code):
            note = self.notes.get(c)
            items = [self.records[c].name_ko] + (list(note.examples) if note else [])
            for t in items:
                t = clean(t)
                if t and t not in seen:
                    seen.add(t)
                    out.append(t)
        return [t for t in out if t][:_MAX_PIECES]

    def _profile_terms(self, code: str) -> tuple[str, ...]:
        terms: list[str] = []
        for c in self.descendants(code):
            r = self.records[c]
            terms += ko_terms(clean(r.name_ko)) + en_terms(r.name_en)
            note = self.notes.get(c)
            if note:
                terms += ko_terms(clean(" ".join((note.definition, *note.examples))))
        return tuple(terms)

    def _ensure_index(self) -> BM25Index:
        if self._index is None:
            self._codes = sorted(c for c in self.records if len(c) >= 3)
            self._index = BM25Index(k1=1.2, b=0.5)
            for slot, code in enumerate(self._codes):
                self._index.add(slot=slot, terms=list(self.profile_terms(code)))
        return self._index

    def code_scores(self, terms: dict[str, float], *, top: int = 5) -> dict[str, float]:
        """Best matching codes (3-5 digits) for weighted terms, as probabilities over ``top`` codes."""
        if not self.records or not terms:
            return {}
        index = self._ensure_index()
        scores = index.score(query=terms, size=len(self._codes))
        best = np.argsort(-scores)[:top]
        best = [i for i in best if scores[i] > 0]
        if not best:
            return {}
        peak = float(scores[best[0]])
        weights = [math.exp(3.0 * (float(scores[i]) - peak) / max(peak, 1e-6)) for i in best]
        total = sum(weights)
        return {self._codes[i]: w / total for i, w in zip(best, weights, strict=True)}

    def industry_strength(self, terms: dict[str, float], codes: dict[str, float]) -> float:
        """How much a text is about industries (0..1).

        The share of its idf mass found in its best code's names, discounted when fewer than 3 words match.
        """
        if not codes:
            return 0.0
        best = max(codes, key=codes.get)
        names = {t for c in self.descendants(best) for t in self._name_terms(c)}
        evidence = min(1.0, sum(1 for t in terms if t in names) / 3.0)  # one or two words prove little
        return self._coverage(terms, names) * evidence

    def _name_terms(self, code: str) -> list[str]:
        r = self.records[code]
        return ko_terms(clean(r.name_ko)) + en_terms(r.name_en)

    def _coverage(self, terms: dict[str, float], profile: set[str]) -> float:
        index = self._ensure_index()
        total = sum(index.idf(t) for t in terms)  # unknown terms count with the highest idf
        return sum(index.idf(t) for t in terms if t in profile) / total if total else 0.0

    def bridge_terms(self, terms: dict[str, float], *, top: int = 3) -> dict[str, float]:
        """Terms of the other language from the codes the text is about, weighted by code probability."""
        codes = self.code_scores(terms, top=top)
        lang = "en" if any(t.startswith("ko:") for t in terms) else "ko"
        out: dict[str, float] = {}
        for code, p in codes.items():
            name = self.name(code, lang=lang)
            for t in analyze(clean(name)):
                if t not in terms:
                    out[t] = max(out.get(t, 0.0), p)
        return out

    def code_similarity(self, a: str, b: str) -> float:
        """1 for the same code (or one inside the other), less for a shared 4/3/2-digit parent, else 0."""
        if a.startswith(b) or b.startswith(a):
            return 1.0
        n = 0
        for x, y in zip(a, b, strict=False):
            if x != y:
                break
            n += 1
        return {5: 1.0, 4: 0.8, 3: 0.6, 2: 0.3}.get(min(n, 5), 0.0) if n >= 2 else 0.0


def _key(name: str) -> str:
    return " ".join(clean(name).lower().split())
