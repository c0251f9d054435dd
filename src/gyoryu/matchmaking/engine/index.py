"""The matching engine: an incremental bilingual index of documents, ranked by a fusion of signals.

Typical use::

    engine = Engine(knowledge=CodeKnowledge.from_tables(tables), store=my_vector_store)
    engine.add_many([Document(id="1", offers_ko="항공기 엔진 부품 정밀 가공", ...), ...])
    engine.search(text="aerospace supplier for machined engine parts", k=10)
    engine.suggest_for(doc_id="1", k=20, allow=lambda doc: doc.attrs.get("country") != "KR")

Signals per candidate (see ``fusion.FEATURES``): BM25 on the document's own words with cross-lingual expansion
(glossary + KSIC names), BM25 on the profiles of its industry codes, dense cosine of whole texts and best
sentence pairs (multilingual embeddings), shared/related industry codes (given, or inferred from the text),
the documents' closeness by meaning to the query's KSIC groups (``codespace``), and, once ``learn`` has seen
labelled examples, nearest labelled examples and a label prior.
"""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable

import numpy as np

from . import background, codespace, fusion
from .bm25 import BM25Index
from .documents import Document
from .embed import EmbeddingBackend, default_backend
from .glossary import Glossary, builtin_glossary
from .knowledge import CodeKnowledge
from .query import Query, build_query
from .reasons import Result, explain
from .store import VectorKey, VectorStore
from .text import analyze, clean, sentences

SIDES = ("offers", "seeks")
_MAX_PIECES = 24
SUGGESTIONS_KEPT = 2000  # suggest_for's answers kept per engine (a few KB each)


class _Side:
    """Per-side (offers or seeks) lexical index and vectors."""

    def __init__(self) -> None:
        self.lex = BM25Index()
        self.mean: dict[int, np.ndarray] = {}
        self.pieces: dict[int, tuple[list[str], np.ndarray]] = {}
        self._cache: tuple | None = None

    def matrices(self, size: int, dim: int):
        """(mean matrix [size, dim], has-vector mask, piece matrix, piece owners, piece texts), cached."""
        if self._cache is None or self._cache[0].shape[0] != size:
            mean = np.zeros((size, dim), dtype=np.float32)
            has = np.zeros(size, dtype=bool)
            for slot, v in self.mean.items():
                mean[slot] = v
                has[slot] = True
            owners, mats, texts = [], [], []
            for slot in sorted(self.pieces):
                t, m = self.pieces[slot]
                owners.append(np.full(len(m), slot, dtype=np.int64))
                mats.append(m)
                texts.extend(t)
            piece = np.concatenate(mats) if mats else np.zeros((0, dim), dtype=np.float32)
            owner = np.concatenate(owners) if owners else np.zeros(0, dtype=np.int64)
            starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]]) if len(owner) else owner
            # re-point the per-slot arrays at the new matrices, so the vectors are held once, not twice
            for slot in self.mean:
                self.mean[slot] = mean[slot]
            pos = 0
            for slot in sorted(self.pieces):
                t, m = self.pieces[slot]
                self.pieces[slot] = (t, piece[pos : pos + len(m)])
                pos += len(m)
            self._cache = (mean, has, piece, owner, texts, starts)
        return self._cache

    def invalidate(self) -> None:
        self._cache = None


class Engine:
    """Bilingual (Korean/English) matching over plain ``Document`` objects."""

    def __init__(
        self,
        *,
        backend: EmbeddingBackend | None = None,
        knowledge: CodeKnowledge | None = None,
        glossary: Glossary | None = None,
        store: VectorStore | None = None,
        weights: dict[str, float] | None = None,
        infer_codes: bool = True,
    ) -> None:
        self.backend = backend or default_backend()
        self.knowledge = knowledge or CodeKnowledge()
        self.glossary = glossary if glossary is not None else builtin_glossary()
        self.store = store
        self.weights = dict(weights or fusion.DEFAULT_WEIGHTS)
        self.infer_codes = infer_codes
        self.hub_pool: np.ndarray | None = None
        self._hub_cache: tuple | None = None
        self._ids: list[str | None] = []
        self._slot: dict[str, int] = {}
        self._free: list[int] = []
        self.docs: dict[str, Document] = {}
        self.sides = {s: _Side() for s in SIDES}
        self.code_lex = BM25Index(k1=1.2, b=0.5)
        self.codes: dict[int, dict[str, float]] = {}
        self._code_post: dict[str, dict[int, float]] = {}
        self._code_vecs: dict[str, np.ndarray] = {}
        self.examples = None
        self._groups: np.ndarray | None = None
        self._coded: set[str] = set()  # ids of documents with known KSIC codes
        self._background: dict[str, tuple[int, np.ndarray]] = {}
        self._group_z: dict[str, tuple] = {}  # side -> (documents' matrix, group index, z-scores)
        self._generation = 0  # counts changes of the indexed documents (add_many, remove)
        self._suggested: OrderedDict[tuple, tuple] = OrderedDict()  # key -> (hub_pool, examples, answer)
        self._suggested_lock = threading.Lock()
        self._reasons_memo: dict | None = None  # texts read by ``reasons`` (reasons._memo)

    # ---------- documents ----------
    def __len__(self) -> int:
        return len(self.docs)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self.docs

    def add(self, doc: Document) -> None:
        """Index (or re-index) one document."""
        self.add_many([doc])

    def add_many(self, docs: Iterable[Document]) -> None:
        """Index documents, embedding the new versions in one batch (stored vectors are reused)."""
        docs = list(docs)
        vectors = self._vectors_for(docs)
        for doc in docs:
            self._index(doc, vectors[doc.id])
        self._generation += 1

    update = add

    def remove(self, doc_id: str) -> bool:
        """Forget a document; False if it was not indexed."""
        slot = self._slot.pop(doc_id, None)
        if slot is None:
            return False
        del self.docs[doc_id]
        self._coded.discard(doc_id)
        self._drop_slot(slot)
        self._ids[slot] = None
        self._free.append(slot)
        self._generation += 1
        return True

    def _drop_slot(self, slot: int) -> None:
        for side in self.sides.values():
            side.lex.remove(slot=slot)
            side.mean.pop(slot, None)
            side.pieces.pop(slot, None)
            side.invalidate()
        self.code_lex.remove(slot=slot)
        for code in self.codes.pop(slot, {}):
            for prefix in _prefixes(code):
                post = self._code_post.get(prefix)
                if post is not None:
                    post.pop(slot, None)

    def _texts(self, doc: Document) -> dict[str, list[str]]:
        offers = doc.offer_texts()
        body = [t for t in offers if t not in (doc.name_ko.strip(), doc.name_en.strip())] or offers
        out = {"offers_mean": [" ".join(body)[:2000]] if body else []}
        out["offers_pieces"] = [s for t in body for s in sentences(t)][:_MAX_PIECES]
        seeks = doc.seek_texts()
        out["seeks_mean"] = [" ".join(seeks)[:2000]] if seeks else []
        out["seeks_pieces"] = [s for t in seeks for s in sentences(t)][:_MAX_PIECES]
        return out

    def _vectors_for(self, docs: list[Document]) -> dict[str, dict]:
        result, todo, flat = {}, [], []
        keys = {doc.id: VectorKey(doc.id, doc.content_hash(), self.backend.name) for doc in docs}
        found = self._stored(list(keys.values()))
        for doc in docs:
            texts = self._texts(doc)
            key = keys[doc.id]
            stored = found.get(key)
            if stored is not None and _fits(stored, texts):
                result[doc.id] = {"texts": texts, "vectors": stored}
                continue
            todo.append((doc, key, texts, len(flat)))
            for name in ("offers_mean", "offers_pieces", "seeks_mean", "seeks_pieces"):
                flat.extend(texts[name])
        encoded = self.backend.encode(flat) if flat else np.zeros((0, self.backend.dim), dtype=np.float32)
        for doc, _key, texts, start in todo:
            vecs, pos = {}, start
            for name in ("offers_mean", "offers_pieces", "seeks_mean", "seeks_pieces"):
                n = len(texts[name])
                vecs[name] = encoded[pos : pos + n]
                pos += n
            result[doc.id] = {"texts": texts, "vectors": vecs}
        if self.store is not None and todo:
            fresh = [(key, result[doc.id]["vectors"]) for doc, key, _, _ in todo]
            if hasattr(self.store, "put_many"):
                self.store.put_many(fresh)
            else:
                for key, vecs in fresh:
                    self.store.put(key, vecs)
        return result

    def _stored(self, keys: list[VectorKey]) -> dict[VectorKey, dict]:
        """Stored vectors of these keys (in one go where the store can: ``get_many``)."""
        if self.store is None or not keys:
            return {}
        if hasattr(self.store, "get_many"):
            return self.store.get_many(keys)
        found = {key: self.store.get(key) for key in keys}
        return {key: v for key, v in found.items() if v is not None}

    def _index(self, doc: Document, data: dict) -> None:
        slot = self._slot.get(doc.id)
        if slot is None:
            slot = self._free.pop() if self._free else len(self._ids)
            if slot == len(self._ids):
                self._ids.append(doc.id)
            else:
                self._ids[slot] = doc.id
            self._slot[doc.id] = slot
        else:
            self._drop_slot(slot)
        self.docs[doc.id] = doc
        texts, vecs = data["texts"], data["vectors"]
        offer_terms = [t for text in doc.offer_texts() for t in analyze(text)]
        self.sides["offers"].lex.add(slot=slot, terms=offer_terms)
        self.sides["seeks"].lex.add(slot=slot, terms=[t for text in doc.seek_texts() for t in analyze(text)])
        explicit = [c for s, c in doc.codes if s == "ksic" and c in self.knowledge.records]
        if explicit:
            self._coded.add(doc.id)
        else:
            self._coded.discard(doc.id)
        code_terms = [t for c in explicit for t in self.knowledge.profile_terms(c)]
        self.code_lex.add(slot=slot, terms=code_terms)
        codes = {c: 1.0 for c in explicit}
        if not codes and self.infer_codes and self.knowledge:
            codes = self.knowledge.code_scores(dict(Counter(offer_terms)), top=5)
        self.codes[slot] = codes
        for code, w in codes.items():
            for prefix in _prefixes(code):
                post = self._code_post.setdefault(prefix, {})
                post[slot] = max(post.get(slot, 0.0), w)
        for name in SIDES:
            side = self.sides[name]
            if len(vecs[f"{name}_mean"]):
                side.mean[slot] = vecs[f"{name}_mean"][0]
            ptexts, pvecs = list(texts[f"{name}_pieces"]), vecs[f"{name}_pieces"]
            if name == "offers" and explicit:
                ctexts = [t for c in explicit for t in self.knowledge.profile_texts(c)]
                ptexts += ctexts
                pvecs = np.concatenate([pvecs.reshape(-1, self.backend.dim), self._code_vectors(explicit)])
            if len(ptexts):
                side.pieces[slot] = (ptexts, np.asarray(pvecs, dtype=np.float32))
            side.invalidate()

    def _code_vectors(self, codes: list[str]) -> np.ndarray:
        missing = [c for c in codes if c not in self._code_vecs]
        if missing:
            texts = [self.knowledge.profile_texts(c) for c in missing]
            flat = self.backend.encode([t for ts in texts for t in ts])
            pos = 0
            for c, ts in zip(missing, texts, strict=True):
                self._code_vecs[c] = flat[pos : pos + len(ts)]
                pos += len(ts)
        return np.concatenate([self._code_vecs[c] for c in codes])

    # ---------- learning ----------
    def learn(self, *, examples: list[tuple[str, str]]) -> dict[str, float]:
        """Learn from labelled (text, doc id) pairs: nearest-example signals, a prior, fusion weights.

        Returns the learned weights (also kept in ``self.weights``). Pairs whose doc is unknown are ignored.
        """
        from .examples import ExampleIndex

        pairs = [(t, d) for t, d in examples if d in self._slot]
        if not pairs:
            return self.weights
        self._groups = self._division_groups()
        self.examples = ExampleIndex.build(engine=self, pairs=pairs)
        samples = []
        for i, (text, doc_id) in enumerate(pairs):
            q = build_query(engine=self, text=text)
            feats = self._features(q, side="offers", exclude_example=i)
            samples.append((feats, [self._slot[doc_id]], 1.0))
        self.weights = fusion.learn_weights(samples=samples)
        return self.weights

    # ---------- ranking ----------
    def _features(
        self, q: Query, *, side: str, exclude_example: int | None = None, by_meaning: bool = True
    ) -> dict[str, np.ndarray]:
        """Every signal for every slot. ``by_meaning``: with the dense code signal, for a search by text; a
        profile's suggestions go without it (a partner's fit is its needs against the offers, not a
        neighbouring industry: a distributor of medical devices is no better partner for a band maker than
        the brand that wants a band ODM)."""
        size = len(self._ids)
        s = self.sides[side]
        feats = {"lex": s.lex.score(query=q.weighted_terms, size=size)}
        if q.code_terms:
            feats["code_query"] = s.lex.score(query=q.code_terms, size=size)
        if side == "offers":
            feats["code_lex"] = self.code_lex.score(query=q.weighted_terms, size=size)
        mean, has, piece, owner, _, starts = s.matrices(size, self.backend.dim)
        dense = mean @ q.vector
        if self.hub_pool is not None and len(self.hub_pool) >= 10:
            dense = dense - self._hub_penalty(mean)
        feats["dense"] = np.where(has, dense, dense[has].min() if has.any() else 0.0)
        dmax = np.full(size, -1.0, dtype=np.float32)
        if len(piece) and (exclude_example is not None or self.weights.get("dense_max", 0.0) != 0.0):
            best = (piece @ q.sentence_vectors.T).max(axis=1)
            dmax[owner[starts]] = np.maximum.reduceat(best, starts)
        feats["dense_max"] = dmax
        feats["codes"] = self._code_match(q.codes, size)
        if by_meaning and q.codes and self.knowledge:
            feats["code_dense"] = self._code_dense(side, mean, q.codes)
        if self.examples is not None and side == "offers":
            feats.update(self.examples.features(query=q, size=size, exclude=exclude_example))
            feats.update(self._division_features(feats))
        return feats

    def _code_dense(self, side: str, mean: np.ndarray, codes: dict[str, float]) -> np.ndarray:
        """``codespace``: the documents' standardised closeness to the query's KSIC groups (cached per side
        and document matrix)."""
        cached = self._group_z.get(side)
        if cached is None or cached[0] is not mean:
            backend, part = codespace.view(self.backend)
            names, centroids = codespace.groups(self.knowledge, backend)
            z = codespace.zscores(mean[:, part], centroids)
            cached = self._group_z[side] = (mean, {c: i for i, c in enumerate(names)}, z)
        return codespace.score(cached[2], cached[1], codes)

    def _hub_penalty(self, mean: np.ndarray) -> np.ndarray:
        """Half each document's mean cosine to its 3 nearest reference queries; the same for every query,
        so computed once per reference set and document matrix."""
        key = (id(self.hub_pool), id(mean))
        cached = self._hub_cache
        if cached is None or cached[0] != key:
            sims = mean @ self.hub_pool.T
            k = min(3, sims.shape[1])
            cached = (key, 0.5 * np.sort(sims, axis=1)[:, -k:].mean(axis=1), self.hub_pool, mean)
            self._hub_cache = cached  # holds the arrays, so their ids stay theirs while cached
        return cached[1]

    def _division_features(self, feats: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """Hierarchical smoothing: each signal's best value (softmax mass for ``linear``) over the documents
        of the same KSIC division, for indexes of coded documents (industry groups, code tables)."""
        groups = self._groups
        if groups is None or len(groups) != len(self._ids):
            return {}
        n_groups = int(groups.max()) + 1
        out = {}
        for name in ("linear", "centroid_dense", "knn_lex", "code_lex"):
            x = feats.get(name)
            if x is None:
                continue
            if name == "linear":
                agg = np.zeros(n_groups)
                np.add.at(agg, groups, np.exp(x - x.max()))
                out["div_" + name] = np.log(agg[groups] + 1e-12)
            else:
                agg = np.full(n_groups, -np.inf)
                np.maximum.at(agg, groups, x)
                out["div_" + name] = agg[groups]
        return out

    def _division_groups(self) -> np.ndarray | None:
        """Group number per slot: the KSIC division of the document's first code (None if under half coded)."""
        keys = []
        for doc_id in self._ids:
            doc = self.docs.get(doc_id) if doc_id is not None else None
            code = next((c for s, c in doc.codes if s == "ksic"), None) if doc is not None else None
            keys.append(code[:2] if code else f"slot:{len(keys)}")
        if sum(not k.startswith("slot:") for k in keys) < len(keys) / 2:
            return None
        index = {k: i for i, k in enumerate(dict.fromkeys(keys))}
        return np.array([index[k] for k in keys], dtype=np.int64)

    def _weights_for(self, q: Query) -> dict[str, float]:
        """Learned weights as they are; default weights with the industry signals gated by the query.

        In an index of coded documents (industry groups, code tables) the industry signals always count, except
        the dense code signal, which counts by the share of documents without a known code.
        """
        if self.examples is not None:
            return self.weights
        coded = len(self._coded) / len(self.docs) if self.docs else 0.0
        weights = fusion.gated(self.weights, max(q.industry, coded))
        # the dense code signal guesses a document's industry from its text: a known code supersedes the guess
        weights["code_dense"] = weights.get("code_dense", 0.0) * (1.0 - coded)
        return weights

    def _code_match(self, qcodes: dict[str, float], size: int) -> np.ndarray:
        out = np.zeros(size, dtype=np.float32)
        for code, p in qcodes.items():
            best = np.zeros(size, dtype=np.float32)
            for prefix in _prefixes(code)[::-1]:
                level = 1.0 if prefix == code else {4: 0.8, 3: 0.6, 2: 0.3}[len(prefix)]
                for slot, w in self._code_post.get(prefix, {}).items():
                    best[slot] = max(best[slot], level * w)
            out += p * best
        return out

    def _rank(
        self, q: Query, *, side: str, k: int, allow, exclude: set[str], mask: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        feats = self._features(q, side=side)
        mask = self._mask(allow, exclude) if mask is None else mask
        if not mask.any():
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        fused = np.full(len(self._ids), -np.inf)
        weights = self._weights_for(q)
        fused[mask] = fusion.combine({n: v[mask] for n, v in feats.items()}, weights)
        order = np.argsort(-fused, kind="stable")[: min(k, int(mask.sum()))]
        return order, fused

    def _mask(self, allow, exclude: set[str]) -> np.ndarray:
        mask = np.array([i is not None and i not in exclude for i in self._ids], dtype=bool)
        if allow is not None:
            if isinstance(allow, Callable):
                keep = [allow(self.docs[i]) if m else False for i, m in zip(self._ids, mask, strict=True)]
            else:
                allowed = set(allow)
                keep = [i in allowed for i in self._ids]
            mask &= np.array(keep, dtype=bool)
        return mask

    def search(
        self,
        *,
        text: str,
        k: int = 10,
        side: str = "offers",
        allow=None,
        explain_results: bool = True,
        codes: dict[str, float] | None = None,
    ) -> list[Result]:
        """Best documents for a free-text query (in any language) against their ``side`` texts.

        ``allow``: a predicate on ``Document`` or a collection of ids; others are left out.  ``codes``: the
        query's KSIC codes with weights when they are known (e.g. a value-chain stage's), instead of the
        codes guessed from the text.
        """
        if not self.docs:
            return []
        q = build_query(engine=self, text=text, codes=codes or None)
        order, fused = self._rank(q, side=side, k=k, allow=allow, exclude=set())
        return [self._result(q, int(s), float(fused[s]), side, explain_results) for s in order]

    def find(self, *, text: str, k: int = 500, allow=None) -> list[Result]:
        """Directory search: only the documents that match ``text`` (``directory.find``), best first."""
        from .directory import find

        return find(self, text=text, k=k, allow=allow)

    def set_reference_queries(self, *, texts: list[str] | None) -> None:
        """Texts typical of the queries to come (e.g. a batch, or all profiles' seeks), or None.

        Dense similarity is then corrected for hubness (CSLS-style): a document close to many reference
        queries is discounted, so it does not crowd out the specific matches.
        """
        if not texts:
            self.hub_pool = None
            return
        self.hub_pool = self.backend.encode([clean(t) or "." for t in texts])

    def search_many(
        self, *, texts: list[str], k: int = 10, side: str = "offers", allow=None
    ) -> list[list[Result]]:
        """Rank many queries at once; the batch also serves as the reference for hubness correction."""
        if not self.docs:
            return [[] for _ in texts]
        previous = self.hub_pool
        self.set_reference_queries(texts=texts)
        try:
            return [self.search(text=t, k=k, side=side, allow=allow, explain_results=False) for t in texts]
        finally:
            self.hub_pool = previous

    def suggest_for(self, *, doc_id: str, k: int = 10, allow=None) -> list[Result]:
        """Partners for an indexed document: its seeks vs others' offers, and its offers vs others' seeks.

        Answers are kept (the last ``SUGGESTIONS_KEPT``) until the engine changes: a profile page asks for the
        same profile's partners again and again, and the reasons of ten partners cost tens of milliseconds.
        An ``allow`` given as a function is asked anew each time (nothing is kept)."""
        if isinstance(allow, Callable):
            return self._suggest_for(doc_id=doc_id, k=k, allow=allow)
        key = (
            doc_id,
            k,
            None if allow is None else frozenset(allow),
            self._generation,
            tuple(self.weights.items()),
        )
        with self._suggested_lock:
            kept = self._suggested.get(key)
            # the reference queries and examples are compared as objects (held here, so an id is never reused)
            if kept is not None and kept[0] is self.hub_pool and kept[1] is self.examples:
                self._suggested.move_to_end(key)
                return list(kept[2])
        found = self._suggest_for(doc_id=doc_id, k=k, allow=allow)
        with self._suggested_lock:
            self._suggested[key] = (self.hub_pool, self.examples, found)
            while len(self._suggested) > SUGGESTIONS_KEPT:
                self._suggested.popitem(last=False)
        return list(found)

    def _suggest_for(self, *, doc_id: str, k: int, allow) -> list[Result]:
        doc = self.docs.get(doc_id)
        if doc is None:
            return []
        codes = {c: 1.0 for s, c in doc.codes if s == "ksic"} or self.codes.get(self._slot[doc_id], {})
        total = np.zeros(len(self._ids))
        parts: list[tuple[np.ndarray, Query, str]] = []
        plans = [("seeks", "offers"), ("offers", "seeks")]
        mask = self._mask(allow, {doc_id})
        if not mask.any():
            return []
        for mine, theirs in plans:
            text = " ".join(doc.seek_texts() if mine == "seeks" else doc.offer_texts())
            if not text or (theirs == "seeks" and not self.sides["seeks"].mean):
                continue
            q = build_query(
                engine=self,
                text=text,
                codes=codes if mine == "offers" else None,
                vectors=self._own(doc_id, mine),
                names=(doc.name_ko, doc.name_en),
            )
            feats = self._features(q, side=theirs, by_meaning=False)
            part = np.zeros(len(self._ids))
            part[mask] = fusion.combine({n: v[mask] for n, v in feats.items()}, self._weights_for(q))
            total += part
            parts.append((part, q, theirs))
        if not parts:
            return []
        total[~mask] = -np.inf
        order = np.argsort(-total, kind="stable")[: min(k, int(mask.sum()))]
        which = np.argmax(np.stack([p for p, _, _ in parts]), axis=0)
        out = []
        for s in order:
            _, q, theirs = parts[which[s]]
            out.append(self._result(q, int(s), float(total[s]), theirs, True))
        return out

    def sentence_background(self, *, side: str) -> np.ndarray:
        """Sentences a pair's similarity is compared with (``reasons``): the fixed background sentences and up
        to 2,000 of the index's own sentences on ``side``."""
        _, _, piece, _, _, _ = self.sides[side].matrices(len(self._ids), self.backend.dim)
        cached = self._background.get(side)
        if cached is None or cached[0] != len(piece):
            sample = piece[:: max(1, len(piece) // 2000)][:2000]
            cached = (len(piece), np.concatenate([background.vectors(self.backend), sample]))
            self._background[side] = cached
        return cached[1]

    def _own(self, doc_id: str, side: str) -> tuple | None:
        """An indexed document's own vectors of one side: (whole-text vector, its sentences, their vectors),
        or None."""
        slot = self._slot[doc_id]
        mean = self.sides[side].mean.get(slot)
        if mean is None:
            return None
        texts, vectors = self.sides[side].pieces.get(slot, ([], np.zeros((0, len(mean)), dtype=np.float32)))
        n = len(self._texts(self.docs[doc_id])[f"{side}_pieces"])  # its own sentences come before code texts
        return mean, texts[:n], vectors[:n]

    def _result(self, q: Query, slot: int, score: float, side: str, with_reasons: bool) -> Result:
        doc_id = self._ids[slot]
        reasons = explain(engine=self, query=q, slot=slot, side=side) if with_reasons else {}
        return Result(id=doc_id, score=round(score, 4), reasons=reasons)


def _fits(stored: dict, texts: dict[str, list[str]]) -> bool:
    """Stored vectors match the texts as they are split now (an older version may have split them otherwise)."""
    return all(name in stored and len(stored[name]) == len(t) for name, t in texts.items())


def _prefixes(code: str) -> list[str]:
    """'30320' -> ['30', '303', '3032', '30320'] (2 digits and longer)."""
    return [code[:n] for n in range(2, len(code) + 1)]
