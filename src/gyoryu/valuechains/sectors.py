"""Stages a new chain of a sector starts with (staff change them freely afterwards), in order from the end
product to the materials, or from the parts to the users.  Each stage: names and descriptions in Korean and
English, and the industry codes (KSIC 11, NAICS 2022) of the firms that work at it.  The codes are what
``proposals`` compares with the organisations' own codes; the descriptions are what the matching engine
reads."""

from __future__ import annotations

from gyoryu.valuechains.models import Sector

TEMPLATES: dict[str, list[dict]] = {
    Sector.AEROSPACE: [
        {
            "name_ko": "완제기(OEM)·체계종합",
            "name_en": "Aircraft OEM and systems integration",
            "description_ko": "항공기·무인기의 설계, 최종 조립, 형식 인증",
            "description_en": "Design, final assembly and type certification of aircraft and unmanned aircraft",
            "codes": ["KSIC 31311", "KSIC 31312", "NAICS 336411"],
        },
        {
            "name_ko": "1차 협력사: 기체 구조물·시스템",
            "name_en": "Tier 1: airframe structures and systems",
            "description_ko": "동체·날개 구조물 조립, 엔진과 착륙장치 등 시스템을 완제기 업체에 공급",
            "description_en": "Fuselage and wing structure assemblies, engines, landing gear and other systems "
            "supplied to the aircraft maker",
            "codes": ["KSIC 31321", "NAICS 336412", "NAICS 336413"],
        },
        {
            "name_ko": "2차 협력사: 정밀 가공 부품",
            "name_en": "Tier 2: machined parts",
            "description_ko": "티타늄·알루미늄·인코넬 항공 부품의 정밀 가공, 도면 기반 수탁 생산",
            "description_en": "Precision machining of titanium, aluminium and Inconel aircraft parts, "
            "build-to-print production",
            "codes": ["KSIC 31322", "KSIC 25924", "NAICS 332710"],
        },
        {
            "name_ko": "소재·표면처리",
            "name_en": "Materials and surface treatment",
            "description_ko": "탄소섬유 복합재와 특수합금 등 항공 소재, 열처리·도금·코팅 특수공정",
            "description_en": "Aerospace materials such as carbon-fibre composites and special alloys; "
            "special processes: heat treatment, plating, coating",
            "codes": ["KSIC 23995", "KSIC 22292", "KSIC 2592", "NAICS 332811", "NAICS 332813"],
        },
    ],
    Sector.MEDICAL_DEVICES: [
        {
            "name_ko": "부품·센서",
            "name_en": "Components and sensors",
            "description_ko": "생체신호 센서, 전극, 전자부품과 인쇄회로기판",
            "description_en": "Biosignal sensors, electrodes, electronic components and printed circuit boards",
            "codes": ["KSIC 26294", "KSIC 2622", "NAICS 334419"],
        },
        {
            "name_ko": "의료기기 제조",
            "name_en": "Medical device manufacturing",
            "description_ko": "진단·모니터링 기기의 설계와 제조, 품질시스템(ISO 13485)과 인허가(FDA, 식약처)",
            "description_en": "Design and manufacture of diagnostic and monitoring devices, quality system "
            "(ISO 13485) and approvals (FDA, MFDS)",
            "codes": ["KSIC 2711", "KSIC 2719", "NAICS 334510", "NAICS 339112"],
        },
        {
            "name_ko": "의료 소프트웨어·데이터",
            "name_en": "Medical software and data",
            "description_ko": "심전도 등 생체신호의 AI 판독 소프트웨어와 의료 데이터 클라우드 플랫폼",
            "description_en": "AI reading software for ECG and other biosignals, cloud platforms for "
            "medical data",
            "codes": [],
        },
        {
            "name_ko": "유통·인허가 지원",
            "name_en": "Distribution and market access",
            "description_ko": "의료기기 도매 유통망, 물류와 서비스, 보험 수가 자문",
            "description_en": "Medical device distribution networks, logistics and service, reimbursement "
            "advice",
            "codes": ["KSIC 46592", "NAICS 423450"],
        },
        {
            "name_ko": "의료기관·임상",
            "name_en": "Hospitals and clinical use",
            "description_ko": "병원과 의료기관의 시범 도입, 임상 평가와 구매",
            "description_en": "Pilot deployments, clinical evaluation and purchasing by hospitals and "
            "health networks",
            "codes": ["KSIC 861", "NAICS 622110"],
        },
    ],
    Sector.WEARABLES: [
        {
            "name_ko": "센서·칩",
            "name_en": "Sensors and chips",
            "description_ko": "광혈류(PPG)·가속도 센서, 저전력 블루투스 칩",
            "description_en": "PPG and motion sensors, low-power Bluetooth chips",
            "codes": ["KSIC 26294", "KSIC 2611", "NAICS 334413"],
        },
        {
            "name_ko": "기기 개발·생산(ODM)",
            "name_en": "Device design and manufacturing (ODM)",
            "description_ko": "스마트밴드·웨어러블 기기의 설계부터 양산까지",
            "description_en": "Smart bands and wearable devices from design to mass production",
            "codes": ["KSIC 26429", "NAICS 334220"],
        },
        {
            "name_ko": "앱·데이터 서비스",
            "name_en": "Apps and data services",
            "description_ko": "건강·수면·운동 데이터 분석 앱과 클라우드",
            "description_en": "Health, sleep and fitness analytics apps and cloud services",
            "codes": [],
        },
        {
            "name_ko": "브랜드·유통 채널",
            "name_en": "Brands and retail channels",
            "description_ko": "소비자 브랜드, 온라인·전문점 유통",
            "description_en": "Consumer brands, online and specialist retail",
            "codes": ["NAICS 449210"],
        },
    ],
    Sector.DISPLAYS: [
        {
            "name_ko": "소재·부품",
            "name_en": "Materials and components",
            "description_ko": "유리, 광학 필름, 구동칩(DDI), 터치 센서",
            "description_en": "Glass, optical films, display driver ICs, touch sensors",
            "codes": ["KSIC 2611", "NAICS 334413"],
        },
        {
            "name_ko": "패널",
            "name_en": "Panels",
            "description_ko": "LCD·OLED 패널 제조",
            "description_en": "Manufacture of LCD and OLED panels",
            "codes": ["KSIC 2621"],
        },
        {
            "name_ko": "모듈·본딩",
            "name_en": "Modules and bonding",
            "description_ko": "고휘도 TFT 모듈, 광학 본딩과 터치 일체형 모듈",
            "description_en": "High-brightness TFT modules, optical bonding and integrated touch modules",
            "codes": ["KSIC 26219", "NAICS 334419"],
        },
        {
            "name_ko": "완제품·시스템 업체",
            "name_en": "End products and system makers",
            "description_ko": "산업용·차량용·의료용 단말과 시스템에 디스플레이를 채용하는 업체",
            "description_en": "Makers of industrial, automotive and medical terminals and systems that "
            "build displays in",
            "codes": ["NAICS 334118", "NAICS 334310"],
        },
    ],
}


def template(sector: str) -> list[dict]:
    """The stages a chain of ``sector`` starts with ([] for sectors without a template)."""
    return [dict(stage, codes=list(stage["codes"])) for stage in TEMPLATES.get(sector, [])]
