"""Industry auto-coding: propose KSIC 11 codes (with ISIC/NAICS where the bridge has them) for free text.

The coder is the matching engine run over the KSIC codes themselves: each code is a document whose profile
is its Korean/English names, its sub-codes and the notes' examples and definitions; a text (Korean or
English) is matched against them (BM25 in both languages, multilingual embeddings, fused). Labelled
examples (text, code) — accepted codes of real profiles, or a benchmark's train qrels — sharpen it through
``learn`` (nearest examples, a prior, learned fusion weights).

    coder = KsicCoder.from_tables(load_tables("reference/"), levels=(5,))
    coder.suggest(text="항공기 엔진 부품 정밀 가공", k=5)  # -> [CodeSuggestion(code="31322", ...), ...]
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from gyoryu.matchmaking.engine import CodeKnowledge, Document, Engine

from .bridge import KsicBridge

TEMPERATURE = 3.0


@dataclass(frozen=True)
class CodeSuggestion:
    """One proposed KSIC code; ``confidence`` in (0, 1], the suggestions of one text sum to at most 1."""

    code: str
    name_ko: str
    name_en: str
    confidence: float
    isic: str = ""
    naics: tuple[str, ...] = ()
    bridge_quality: float = 0.0


class KsicCoder:
    """Suggests KSIC codes of the given levels (number of digits) for a text."""

    def __init__(
        self, *, knowledge: CodeKnowledge, bridge: KsicBridge | None = None, levels=(5,), backend=None
    ):
        self.knowledge = knowledge
        self.bridge = bridge
        self.levels = tuple(levels)
        self.engine = Engine(knowledge=knowledge, backend=backend, infer_codes=False)
        docs = [
            Document(id=code, name_ko=r.name_ko, name_en=r.name_en, codes=(("ksic", code),))
            for code, r in sorted(knowledge.records.items())
            if len(code) in self.levels
        ]
        self.engine.add_many(docs)

    @classmethod
    def from_tables(cls, tables, *, levels=(5,), backend=None) -> KsicCoder:
        """From a ``codesets.CodeTables`` (KSIC codes and notes; ISIC and NAICS for the bridge if present)."""
        return cls(
            knowledge=CodeKnowledge.from_tables(tables),
            bridge=KsicBridge.from_tables(tables),
            levels=levels,
            backend=backend,
        )

    def learn(self, *, examples: list[tuple[str, str]]) -> None:
        """Learn from (text, KSIC code) pairs; codes deeper than the coder's levels are cut to them."""
        pairs = []
        for text, code in examples:
            target = next((code[:n] for n in sorted(self.levels, reverse=True) if len(code) >= n), None)
            if target in self.engine:
                pairs.append((text, target))
        self.engine.learn(examples=pairs)

    def suggest(self, *, text: str, k: int = 5) -> list[CodeSuggestion]:
        """Up to ``k`` codes for ``text``, most likely first; [] for an empty text or no code tables."""
        if not text or not text.strip() or not len(self.engine):
            return []
        results = self.engine.search(text=text, k=max(k, 20), explain_results=False)
        if not results:
            return []
        top = results[0].score
        weights = [math.exp(TEMPERATURE * (r.score - top)) for r in results]
        total = sum(weights)
        out = []
        for r, w in list(zip(results, weights, strict=True))[:k]:
            link = self.bridge.link(r.id) if self.bridge else None
            out.append(
                CodeSuggestion(
                    code=r.id,
                    name_ko=self.knowledge.name(r.id, lang="ko"),
                    name_en=self.knowledge.name(r.id, lang="en"),
                    confidence=round(w / total, 4),
                    isic=link.isic if link else "",
                    naics=link.naics if link else (),
                    bridge_quality=link.quality if link else 0.0,
                )
            )
        return out
