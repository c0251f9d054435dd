"""Reading a benchmark folder in the BEIR layout, with errors that name the file and the line.

corpus.jsonl (``{"_id", "title", "text"}``), queries.jsonl (``{"_id", "text"}``), qrels/test.tsv and optional
qrels/train.tsv (``query-id<TAB>corpus-id<TAB>score`` after a header line).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path


class BenchDataError(ValueError):
    """A benchmark folder is malformed; the message names the file and line."""


@dataclass
class BeirSet:
    """One BEIR folder in memory."""

    name: str
    corpus: dict[str, dict] = field(default_factory=dict)
    queries: dict[str, dict] = field(default_factory=dict)
    test: dict[str, dict[str, int]] = field(default_factory=dict)
    train: dict[str, dict[str, int]] = field(default_factory=dict)


def _jsonl(path: Path, *, what: str) -> dict[str, dict]:
    if not path.is_file():
        raise BenchDataError(f"{path}: missing ({what} file)")
    out: dict[str, dict] = {}
    with open(path, encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise BenchDataError(f"{path}, line {line_no}: invalid JSON ({exc.msg})") from None
            if not isinstance(obj, dict) or "_id" not in obj:
                raise BenchDataError(f'{path}, line {line_no}: expected an object with "_id"')
            if not isinstance(obj.get("text", ""), str) or not isinstance(obj.get("title", ""), str):
                raise BenchDataError(f'{path}, line {line_no}: "text" and "title" must be strings')
            key = str(obj["_id"])
            if key in out:
                raise BenchDataError(f"{path}, line {line_no}: duplicate _id {key!r}")
            out[key] = obj
    if not out:
        raise BenchDataError(f"{path}: no {what} entries")
    return out


def _qrels(path: Path, *, corpus: dict, queries: dict) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    with open(path, encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if line_no == 1 and not (len(cols) == 3 and cols[2].strip().lstrip("-").isdigit()):
                continue  # header
            if len(cols) != 3:
                raise BenchDataError(
                    f"{path}, line {line_no}: expected 3 tab-separated columns, got {len(cols)}"
                )
            qid, did, score = (c.strip() for c in cols)
            try:
                value = int(score)
            except ValueError:
                raise BenchDataError(f"{path}, line {line_no}: score {score!r} is not an integer") from None
            if qid not in queries:
                raise BenchDataError(f"{path}, line {line_no}: unknown query id {qid!r}")
            if did not in corpus:
                raise BenchDataError(f"{path}, line {line_no}: unknown corpus id {did!r}")
            out.setdefault(qid, {})[did] = value
    return out


def load_beir(directory: str | Path) -> BeirSet:
    """Load and check a BEIR folder; raises BenchDataError."""
    d = Path(directory)
    if not d.is_dir():
        raise BenchDataError(f"{d}: not a folder")
    corpus = _jsonl(d / "corpus.jsonl", what="corpus")
    queries = _jsonl(d / "queries.jsonl", what="query")
    test_path = d / "qrels" / "test.tsv"
    if not test_path.is_file():
        raise BenchDataError(f"{test_path}: missing (test judgements)")
    data = BeirSet(name=d.resolve().name, corpus=corpus, queries=queries)
    data.test = _qrels(test_path, corpus=corpus, queries=queries)
    if not data.test:
        raise BenchDataError(f"{test_path}: no judgements")
    train_path = d / "qrels" / "train.tsv"
    if train_path.is_file():
        data.train = _qrels(train_path, corpus=corpus, queries=queries)
    return data
