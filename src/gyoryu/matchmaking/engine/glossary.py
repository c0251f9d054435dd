"""A small Korean <-> English glossary of trade and manufacturing terms, for cross-lingual query expansion.

Each line is ``korean = english[, english...]``. Terms are analysed with the same analysers as documents, so
the glossary speaks in index terms (``ko:가공`` <-> ``en:machin``). Extend it by passing extra lines to
``Glossary.from_lines`` (e.g. from a per-organiser table).
"""

from __future__ import annotations

from functools import lru_cache

from .text import en_terms, ko_terms

BUILTIN = """
항공기 = aircraft, aerospace, aviation
항공 = aerospace, aviation, aeronautical
우주 = space, aerospace
엔진 = engine
부품 = parts, components
정밀 = precision
가공 = machining, processing, machined
기계가공 = machining
절삭 = cutting, machining
인증 = certification, certified
공급 = supply, supplier
공급업체 = supplier, vendor
제조 = manufacturing, manufacture
제조업체 = manufacturer
생산 = production
의료기기 = medical devices
의료 = medical, healthcare
진단 = diagnostic, diagnostics
의약품 = pharmaceuticals, drugs, medicine
심전도 = ecg, ekg, electrocardiogram, electrocardiography
심장 = cardiac, heart, cardiology
혈압 = blood pressure
혈당 = blood glucose
환자 = patient, patients
병원 = hospital, hospitals
클리닉 = clinic
임상 = clinical
헬스케어 = healthcare
웨어러블 = wearable, wearables
패치 = patch, patches
모니터링 = monitoring
모니터 = monitor
바이오 = biotech, bio
화장품 = cosmetics
식품 = food
음료 = beverages, drinks
반도체 = semiconductor, chips
디스플레이 = display
전자 = electronic, electronics
전기 = electric, electrical
배터리 = battery, batteries
이차전지 = battery, rechargeable
전지 = battery, cell
센서 = sensor, sensors
소프트웨어 = software
인공지능 = artificial intelligence, ai
통신 = telecommunications, communication
자동차 = automotive, car, vehicle
차량 = vehicle
조선 = shipbuilding
선박 = ship, vessel, marine
철강 = steel
금속 = metal
알루미늄 = aluminium, aluminum
티타늄 = titanium
합금 = alloy
소재 = materials, material
복합재 = composites, composite
탄소섬유 = carbon fiber
플라스틱 = plastic, plastics
고무 = rubber
화학 = chemical, chemicals
섬유 = textile, fiber
의류 = apparel, clothing
금형 = mold, mould, die
주조 = casting
단조 = forging
용접 = welding
도장 = painting, coating
코팅 = coating
도금 = plating
사출 = injection molding
프레스 = press, stamping
로봇 = robot, robotics
자동화 = automation
장비 = equipment
기계 = machinery, machine
설비 = equipment, facility
공작기계 = machine tools
유압 = hydraulic
베어링 = bearing
밸브 = valve
펌프 = pump
모터 = motor
기어 = gear
에너지 = energy
태양광 = solar, photovoltaic
풍력 = wind power
수소 = hydrogen
환경 = environmental
물류 = logistics
운송 = transport, shipping
수출 = export
수입 = import
유통 = distribution
도매 = wholesale
소매 = retail
구매 = purchasing, buyer, sourcing
바이어 = buyer
투자 = investment
합작 = joint venture
기술 = technology
연구개발 = research and development, r&d
개발 = development
설계 = design
시험 = testing, test
검사 = inspection
측정 = measurement, metrology
품질 = quality
광학 = optical, optics
레이저 = laser
조명 = lighting
건설 = construction
건축 = building, architecture
게임 = game, gaming
콘텐츠 = content
방위 = defense, defence
방산 = defense
국방 = defense
농업 = agriculture
수산 = fisheries, seafood
포장 = packaging
인쇄 = printing
가구 = furniture
""".strip()


class Glossary:
    """Bidirectional term map between analysed Korean and English index terms."""

    def __init__(self) -> None:
        self.map: dict[str, dict[str, float]] = {}

    @classmethod
    def from_lines(cls, lines: str | list[str]) -> Glossary:
        """Parse ``korean = english, english`` lines (blank lines and ``#`` comments ignored)."""
        g = cls()
        rows = lines.splitlines() if isinstance(lines, str) else lines
        for row in rows:
            row = row.split("#", 1)[0].strip()
            if "=" not in row:
                continue
            ko, en = row.split("=", 1)
            ko_t = ko_terms(ko.strip())
            for phrase in en.split(","):
                en_t = en_terms(phrase.strip())
                g._link(ko_t, en_t)
        return g

    def _link(self, ko_t: list[str], en_t: list[str]) -> None:
        if not ko_t or not en_t:
            return
        for a in ko_t:
            for b in en_t:
                self.map.setdefault(a, {})[b] = 1.0 / len(en_t)
                self.map.setdefault(b, {})[a] = 1.0 / len(ko_t)

    def expand(self, terms: list[str]) -> dict[str, float]:
        """Translations of ``terms`` with weights in (0, 1]; terms already present are left out."""
        have = set(terms)
        out: dict[str, float] = {}
        for t in dict.fromkeys(terms):  # in the text's order, so results never depend on hash seeds
            for other, w in self.map.get(t, {}).items():
                if other not in have:
                    out[other] = max(out.get(other, 0.0), w)
        return out

    def pairs(self, *, query_terms: list[str], doc_terms: set[str]) -> list[tuple[str, str]]:
        """(query term, document term) pairs linked by the glossary, for reasons."""
        return [(q, d) for q in query_terms for d in self.map.get(q, {}) if d in doc_terms]


@lru_cache(maxsize=1)
def builtin_glossary() -> Glossary:
    """The built-in glossary (parsed once)."""
    return Glossary.from_lines(BUILTIN)
