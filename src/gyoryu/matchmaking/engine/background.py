"""Background sentences: what an unrelated profile sentence looks like to an embedding model.

A sentence pair is shown as a reason only when its similarity stands out from the query sentence's
similarities to a background (``reasons.PAIR_Z``). The background is these fixed sentences, from many
industries in both languages, plus a sample of the index's own sentences; so it works for a small index and
for any embedding model, whatever its range of cosines.
"""

from __future__ import annotations

import threading

import numpy as np

SENTENCES = (
    "식품 및 음료 제조, 전통 발효 식품 수출",
    "Organic food ingredients and beverage bottling",
    "의류 및 섬유 제품 디자인과 생산",
    "Apparel design, knitting and textile dyeing",
    "기업용 회계 소프트웨어와 클라우드 서비스",
    "Accounting software and cloud hosting for small businesses",
    "국제 물류, 항만 하역 및 창고 보관",
    "Freight forwarding, port handling and warehousing",
    "호텔, 여행사 및 관광 안내 서비스",
    "Hotels, tour operators and travel services",
    "은행, 보험 및 투자 자문",
    "Retail banking, insurance and investment advice",
    "아파트 건설과 토목 공사",
    "Residential construction and civil engineering works",
    "대학 교육과 연구, 유학생 교류",
    "University teaching, research and student exchange",
    "화장품 원료와 스킨케어 제품",
    "Cosmetic ingredients and skin-care products",
    "농산물 재배와 수산물 가공",
    "Crop farming and seafood processing",
    "영화, 음악, 게임 콘텐츠 제작",
    "Film, music and video game production",
    "병원 진료와 건강 검진 서비스",
    "Hospital care and health check-up services",
    "가구와 인테리어 소품 판매",
    "Furniture and home decoration retail",
    "태양광 발전소 건설과 운영",
    "Solar power plant construction and operation",
    "자동차 정비와 중고차 판매",
    "Car repair and used car sales",
    "도서관 장서 관리와 독서 프로그램",
    "Library collections and reading programmes",
    "스포츠 경기 운영과 생활 체육 교류",
    "Sports events and community sports exchange",
    "법률 자문과 회계 감사",
    "Legal advice and audit services",
    "화학 원료와 플라스틱 수지 생산",
    "Chemical feedstock and plastic resin production",
    "철강 압연과 금속 구조물 제작",
    "Steel rolling and structural metal fabrication",
)

_lock = threading.Lock()
_vectors: dict[str, np.ndarray] = {}


def vectors(backend) -> np.ndarray:
    """The background sentences embedded by ``backend`` (once per backend and process)."""
    with _lock:
        if backend.name not in _vectors:
            _vectors[backend.name] = np.asarray(backend.encode(list(SENTENCES)), dtype=np.float32)
        return _vectors[backend.name]
