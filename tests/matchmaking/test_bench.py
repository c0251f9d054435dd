"""``gyoryu bench matching`` on tiny BEIR folders: exact metrics, learning, and clear errors for bad folders."""

from __future__ import annotations

import json

import pytest

from gyoryu.bench.matching import evaluate, metrics
from gyoryu.matchmaking.engine import Document, Engine
from gyoryu.matchmaking.engine.beir import BenchDataError, load_beir


def make_folder(tmp_path, *, corpus, queries, test, train=None):
    (tmp_path / "qrels").mkdir()
    (tmp_path / "corpus.jsonl").write_text(
        "\n".join(json.dumps(c, ensure_ascii=False) for c in corpus) + "\n"
    )
    (tmp_path / "queries.jsonl").write_text(
        "\n".join(json.dumps(q, ensure_ascii=False) for q in queries) + "\n"
    )
    (tmp_path / "qrels" / "test.tsv").write_text("query-id\tcorpus-id\tscore\n" + test)
    if train is not None:
        (tmp_path / "qrels" / "train.tsv").write_text("query-id\tcorpus-id\tscore\n" + train)
    return tmp_path


CORPUS = [
    {"_id": "c1", "title": "", "text": "항공기 엔진 부품 정밀 가공"},
    {"_id": "c2", "title": "", "text": "화장품 OEM 생산"},
    {"_id": "c3", "title": "", "text": "김 스낵 수출"},
]
QUERIES = [
    {"_id": "q1", "text": "machined aircraft engine parts"},
    {"_id": "q2", "text": "cosmetics contract manufacturing"},
]


def test_metrics_are_exact():
    assert metrics(ranked=["a", "b", "c"], gold={"b": 1}) == {
        "acc@1": 0.0,
        "recall@5": 1.0,
        "recall@10": 1.0,
        "mrr": 0.5,
        "ndcg@10": pytest.approx(0.6309, abs=1e-4),
    }


def test_evaluate_small_folder(tmp_path):
    folder = make_folder(tmp_path, corpus=CORPUS, queries=QUERIES, test="q1\tc1\t1\nq2\tc2\t1\n")
    figures = evaluate(directory=folder, reference=None)
    assert (figures["queries"], figures["acc@1"], figures["mrr"]) == (2, 1.0, 1.0)
    assert set(figures) == {
        "dataset", "queries", "embedding", "acc@1", "recall@5", "recall@10", "mrr", "ndcg@10",
        "index_seconds", "query_p50_ms", "query_p95_ms", "peak_rss_mb",
    }  # fmt: skip


def test_learning_from_examples_moves_a_label():
    engine = Engine()
    engine.add_many([Document(id="a", offers_en="alpha widgets"), Document(id="b", offers_en="beta gadgets")])
    assert engine.search(text="zorblax", k=1)[0].id in {"a", "b"}
    engine.learn(examples=[("zorblax gizmo", "b"), ("zorblax gizmos", "b"), ("alpha widget", "a")])
    assert engine.search(text="zorblax", k=1)[0].id == "b"


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: (d / "corpus.jsonl").write_text('{"_id": "c1", "text": "x"}\n{broken\n'), "corpus.jsonl, line 2: invalid JSON"),
        (lambda d: (d / "queries.jsonl").write_text('{"text": "x"}\n'), 'queries.jsonl, line 1: expected an object with "_id"'),
        (lambda d: (d / "qrels" / "test.tsv").write_text("query-id\tcorpus-id\tscore\nq1\tc9\t1\n"), "test.tsv, line 2: unknown corpus id 'c9'"),
        (lambda d: (d / "qrels" / "test.tsv").write_text("query-id\tcorpus-id\tscore\nq1 c1 1\n"), "test.tsv, line 2: expected 3 tab-separated columns, got 1"),
        (lambda d: (d / "corpus.jsonl").unlink(), "corpus.jsonl: missing (corpus file)"),
    ],
)  # fmt: skip
def test_malformed_folders_name_file_and_line(tmp_path, mutate, message):
    folder = make_folder(tmp_path, corpus=CORPUS, queries=QUERIES, test="q1\tc1\t1\n")
    mutate(folder)
    with pytest.raises(BenchDataError) as info:
        load_beir(folder)
    assert message in str(info.value)


def test_cli_prints_a_clear_message(tmp_path, capsys):
    from gyoryu.cli import main

    assert main(["bench", "matching", str(tmp_path / "nowhere")]) == 2
    assert capsys.readouterr().err.strip() == f"gyoryu: {tmp_path / 'nowhere'}: not a folder"
