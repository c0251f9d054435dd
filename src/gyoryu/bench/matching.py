"""``gyoryu bench matching DIR``: the product's engine on any BEIR folder, one JSON line of figures.

Each corpus entry becomes a ``Document`` (title -> name, text -> offers in its language; an entry whose text
or title is exactly a KSIC name is given that code). Industry code tables are read from ``--reference``
(default: ``GYORYU_REFERENCE_DIR``, else a ``reference`` folder next to the benchmark's parent, else
``../shared/data/reference``), as the product reads its imported code tables; without them the engine runs
without the KSIC bridge. ``qrels/train.tsv``, where present, is learned from (``Engine.learn``); only test
queries are scored. The unlabelled test queries serve as the reference set for hubness correction
(``Engine.set_reference_queries``, a transductive, label-free use of the query set, as in bitext mining);
``--no-hubness`` turns that off.

Method in short (see ``gyoryu.matchmaking.engine``): per candidate, BM25 on kiwipiepy/Snowball terms with
glossary and KSIC-name expansion, BM25 on KSIC code profiles, the profile terms of the query's likely codes,
USE v3 cosine (hubness-corrected) and best sentence pair, shared/related KSIC codes (given or inferred), the
candidate's closeness by meaning to the query's KSIC groups relative to all groups (``engine.codespace``);
min-max scaled and added with default weights, the industry signals gated by how much the query is about
industries. With train qrels: nearest examples, centroids, a softmax model over terms+embeddings
(cross-fitted), a prior and division-level smoothing, all fused with weights learned on the train queries.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``gyoryu bench matching``."""
    parser.add_argument(
        "dir", help="a BEIR folder: corpus.jsonl, queries.jsonl, qrels/test.tsv [, qrels/train.tsv]"
    )
    parser.add_argument(
        "--reference", help="folder of official code files (ksic11_codes.csv, ksic11_notes.jsonl)"
    )
    parser.add_argument("--no-train", action="store_true", help="ignore qrels/train.tsv")
    parser.add_argument("--no-hubness", action="store_true", help="no hubness correction from the query set")
    parser.add_argument(
        "--embedding",
        choices=("auto", "use", "e5", "use+e5"),
        default="auto",
        help="embedding backend, as the matching_embedding setting (auto: use+e5 up to 2,000 documents)",
    )


def reference_dir(*, explicit: str | None, bench_dir: Path) -> Path | None:
    """Where the code tables are, or None."""
    candidates = [explicit, os.environ.get("GYORYU_REFERENCE_DIR")]
    candidates += [bench_dir.resolve().parent.parent / "reference", Path("../shared/data/reference")]
    for c in candidates:
        if c and (Path(c) / "ksic11_codes.csv").is_file():
            return Path(c)
    return None


def to_document(*, doc_id: str, entry: dict, knowledge):
    """A BEIR corpus entry as an engine Document."""
    from gyoryu.matchmaking.engine import Document
    from gyoryu.matchmaking.engine.text import has_korean

    title, text = entry.get("title") or "", entry.get("text") or ""
    codes = ()
    if knowledge:
        names = {knowledge.code_for_name(text), knowledge.code_for_name(title)} - {None}
        if names:
            own = doc_id if doc_id in knowledge.records and knowledge.name(doc_id) == text else None
            codes = (("ksic", own or sorted(names, key=len)[0]),)
    lang_field = "offers_ko" if has_korean(text) else "offers_en"
    name_field = "name_ko" if has_korean(title) else "name_en"
    return Document(id=doc_id, **{name_field: title, lang_field: text}, codes=codes)


def metrics(*, ranked: list[str], gold: dict[str, int]) -> dict[str, float]:
    """acc@1, recall@5/10, reciprocal rank and nDCG@10 of one ranking."""
    relevant = {d for d, s in gold.items() if s > 0}
    hits = [d in relevant for d in ranked]
    first = next((i for i, h in enumerate(hits) if h), None)
    dcg = sum((2 ** gold.get(d, 0) - 1) / math.log2(i + 2) for i, d in enumerate(ranked[:10]))
    ideal = sorted((s for s in gold.values() if s > 0), reverse=True)[:10]
    idcg = sum((2**s - 1) / math.log2(i + 2) for i, s in enumerate(ideal))
    n = max(len(relevant), 1)
    return {
        "acc@1": float(bool(hits[:1] and hits[0])),
        "recall@5": sum(hits[:5]) / n,
        "recall@10": sum(hits[:10]) / n,
        "mrr": 0.0 if first is None else 1.0 / (first + 1),
        "ndcg@10": dcg / idcg if idcg else 0.0,
    }


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB."""
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def evaluate(
    *,
    directory: Path,
    reference: Path | None,
    train: bool = True,
    hubness: bool = True,
    embedding: str = "auto",
) -> dict:
    """Index, learn, rank every test query; the figures as a dict."""
    import numpy as np

    from gyoryu.classification.codesets import load_tables
    from gyoryu.matchmaking.engine import CodeKnowledge, Engine
    from gyoryu.matchmaking.engine.beir import load_beir
    from gyoryu.matchmaking.engine.embed import backend_for

    data = load_beir(directory)
    started = time.perf_counter()
    knowledge = CodeKnowledge.from_tables(load_tables(reference)) if reference else CodeKnowledge()
    engine = Engine(knowledge=knowledge, backend=backend_for(embedding, documents=len(data.corpus)))
    engine.add_many(to_document(doc_id=i, entry=e, knowledge=knowledge) for i, e in data.corpus.items())
    if train and data.train:
        pairs = [(_qtext(data.queries[q]), d) for q, ds in data.train.items() for d, s in ds.items() if s > 0]
        engine.learn(examples=pairs)
    index_seconds = time.perf_counter() - started
    test_ids = [q for q in data.test if q in data.queries]
    if hubness:
        engine.set_reference_queries(texts=[_qtext(data.queries[q]) for q in test_ids])
    totals: dict[str, float] = {}
    times = []
    for qid in test_ids:
        t0 = time.perf_counter()
        results = engine.search(text=_qtext(data.queries[qid]), k=10, explain_results=False)
        times.append((time.perf_counter() - t0) * 1000)
        for name, value in metrics(ranked=[r.id for r in results], gold=data.test[qid]).items():
            totals[name] = totals.get(name, 0.0) + value
    n = len(test_ids)
    out = {"dataset": data.name, "queries": n, "embedding": engine.backend.name}
    out.update({k: round(v / n, 4) for k, v in totals.items()})
    out.update(
        index_seconds=round(index_seconds, 2),
        query_p50_ms=round(float(np.percentile(times, 50)), 2),
        query_p95_ms=round(float(np.percentile(times, 95)), 2),
        peak_rss_mb=peak_rss_mb(),
    )
    return out


def _qtext(entry: dict) -> str:
    return " ".join(x for x in (entry.get("title") or "", entry.get("text") or "") if x)


def run(args: argparse.Namespace) -> int:
    """Print one JSON line of figures; 2 with a message naming file and line on malformed input."""
    from gyoryu.classification.codesets import CodesetError
    from gyoryu.matchmaking.engine.beir import BenchDataError

    directory = Path(args.dir)
    reference = reference_dir(explicit=args.reference, bench_dir=directory)
    try:
        figures = evaluate(
            directory=directory,
            reference=reference,
            train=not args.no_train,
            hubness=not args.no_hubness,
            embedding=args.embedding,
        )
    except (BenchDataError, CodesetError) as exc:
        print(f"gyoryu: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(figures, ensure_ascii=False))
    return 0
