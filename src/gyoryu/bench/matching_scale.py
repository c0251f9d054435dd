"""``gyoryu bench matching-scale --profiles N``: index N synthetic bilingual profiles, time top-20 suggestions.

Profiles come from a fixed seed: Korean and English offers/seeks drawn from a small bilingual catalogue of
manufacturing activities, certifications and KSIC codes (only codes present in the imported tables are kept,
when ``--reference`` or the default reference folder is found). Prints one JSON line: ``profiles,
index_seconds, query_p50_ms, query_p95_ms, peak_rss_mb``.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

ACTIVITIES = [
    ("항공기 엔진 부품 정밀 가공", "precision machining of aircraft engine parts", "30320"),
    ("자동차 브레이크 부품 제조", "automotive brake parts manufacturing", "30393"),
    ("의료용 영상 진단 장비", "medical imaging diagnostic equipment", "27112"),
    ("반도체 검사 장비 개발", "semiconductor inspection equipment", "29271"),
    ("리튬 이차전지 소재", "lithium battery materials", "28202"),
    ("탄소섬유 복합재 성형", "carbon fiber composite molding", "22299"),
    ("산업용 로봇 자동화 시스템", "industrial robot automation systems", "29280"),
    ("OLED 디스플레이 모듈", "OLED display modules", "26212"),
    ("스테인리스 강관 제조", "stainless steel pipe manufacturing", "24131"),
    ("화장품 OEM 생산", "cosmetics contract manufacturing", "20423"),
    ("건강기능식품 원료", "health functional food ingredients", "10799"),
    ("선박용 엔진 부품", "marine engine components", "29111"),
    ("태양광 모듈 설치", "solar module installation", "28114"),
    ("정밀 금형 설계 제작", "precision mold design and making", "29294"),
    ("유압 밸브 및 펌프", "hydraulic valves and pumps", "29131"),
    ("LED 조명 기구", "LED lighting fixtures", "28423"),
    ("물류 자동화 소프트웨어", "logistics automation software", "58222"),
    ("티타늄 합금 단조", "titanium alloy forging", "25911"),
    ("광학 렌즈 코팅", "optical lens coating", "27301"),
    ("바이오 진단 키트", "biotech diagnostic kits", "21102"),
]
NEEDS_KO = [
    "해외 유통 파트너",
    "공동 연구개발",
    "현지 조립 공장",
    "기술 라이선스",
    "부품 공급업체",
    "투자 유치",
]
NEEDS_EN = [
    "distribution partner",
    "joint research",
    "local assembly plant",
    "technology licensing",
    "component supplier",
    "investors",
]
CERTS = ["AS9100", "ISO 9001", "ISO 13485", "IATF 16949", "CE", "FDA 510(k)", "ISO 14001"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``gyoryu bench matching-scale``."""
    parser.add_argument("--profiles", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=200, help="how many profiles ask for suggestions")
    parser.add_argument("--seed", type=int, default=20260101)
    parser.add_argument("--reference", help="folder of official code files (default: as for bench matching)")
    parser.add_argument(
        "--embedding",
        choices=("auto", "use", "use+e5"),
        default="auto",
        help="embedding backend, as the matching_embedding setting (auto: use+e5 up to 2,000 profiles)",
    )


def make_profiles(*, n: int, seed: int) -> list[dict]:
    """``n`` bilingual profiles as plain dicts (deterministic for a seed)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        offers = rng.sample(ACTIVITIES, k=rng.randint(1, 3))
        seeks = rng.sample(ACTIVITIES, k=rng.randint(0, 2))
        need = rng.randrange(len(NEEDS_KO))
        lang = rng.random()
        profile = {
            "id": f"p{i}",
            "name_ko": f"교류{i}산업" if lang < 0.7 else "",
            "name_en": f"Gyoryu {i} Industries" if lang > 0.3 else "",
            "offers_ko": ", ".join(a[0] for a in offers) if lang < 0.7 else "",
            "offers_en": ", ".join(a[1] for a in offers) if lang > 0.3 else "",
            "seeks_ko": ", ".join([a[0] for a in seeks] + [NEEDS_KO[need]]) if lang < 0.7 else "",
            "seeks_en": ", ".join([a[1] for a in seeks] + [NEEDS_EN[need]]) if lang > 0.3 else "",
            "certifications": rng.sample(CERTS, k=rng.randint(0, 2)),
            "codes": [("ksic", a[2]) for a in offers[:1]],
            "country": rng.choice(["KR", "US", "DE", "FR", "JP", "VN"]),
        }
        out.append(profile)
    return out


def run(args: argparse.Namespace) -> int:
    """Index the profiles, time ``suggest_for`` (top 20) for a sample of them, print one JSON line."""
    import numpy as np

    from gyoryu.bench.matching import peak_rss_mb, reference_dir
    from gyoryu.classification.codesets import load_tables
    from gyoryu.matchmaking.engine import CodeKnowledge, Engine, document_from_dict
    from gyoryu.matchmaking.engine.embed import backend_for

    profiles = make_profiles(n=args.profiles, seed=args.seed)
    ref = reference_dir(explicit=args.reference, bench_dir=Path("../shared/data/bench/x"))
    started = time.perf_counter()
    knowledge = CodeKnowledge.from_tables(load_tables(ref)) if ref else CodeKnowledge()
    docs = []
    for p in profiles:
        p = dict(p, codes=[c for c in p["codes"] if c[1] in knowledge.records])
        docs.append(document_from_dict(p))
    engine = Engine(knowledge=knowledge, backend=backend_for(args.embedding, documents=len(docs)))
    engine.add_many(docs)
    index_seconds = time.perf_counter() - started
    rng = random.Random(args.seed + 1)
    sample = rng.sample([d.id for d in docs], k=min(args.queries, len(docs)))
    times = []
    for doc_id in sample:
        t0 = time.perf_counter()
        engine.suggest_for(doc_id=doc_id, k=20)
        times.append((time.perf_counter() - t0) * 1000)
    figures = {
        "profiles": len(docs),
        "embedding": engine.backend.name,
        "index_seconds": round(index_seconds, 2),
        "query_p50_ms": round(float(np.percentile(times, 50)), 2),
        "query_p95_ms": round(float(np.percentile(times, 95)), 2),
        "peak_rss_mb": peak_rss_mb(),
    }
    print(json.dumps(figures))
    return 0
