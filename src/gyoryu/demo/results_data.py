"""The demo's earlier mission (November 2025, Frankfurt and Hanoi), a year into its follow-up: partners in
Germany, Vietnam and Japan, amounts in EUR, VND, JPY and USD, MoUs, and the firms' check-in answers at 2, 6
and 12 months with exports.  Fictional organisations; rates as the office fixed them for the mission."""

PAST_MISSION = {
    "title_ko": "2025 창원시 독일·베트남 경제협력 대표단",
    "title_en": "Changwon 2025 Economic Mission to Germany and Vietnam",
    "purpose_ko": "프랑크푸르트와 하노이에서 지역 제조기업의 수출상담회와 현지 기관 방문을 진행했다.",
    "purpose_en": "Export consultations for local manufacturers in Frankfurt and Hanoi, with visits to local "
    "institutions.",
    "status": "follow_up",
}
STOPS = [
    {"city_ko": "프랑크푸르트", "city_en": "Frankfurt", "country": "DE", "timezone": "Europe/Berlin",
     "start_date": "2025-11-03", "end_date": "2025-11-05",
     "venue": {"name_ko": "메세 프랑크푸르트 비즈니스 라운지", "name_en": "Messe Frankfurt Business Lounge",
               "address": "Ludwig-Erhard-Anlage 1, 60327 Frankfurt am Main"}},
    {"city_ko": "하노이", "city_en": "Hanoi", "country": "VN", "timezone": "Asia/Ho_Chi_Minh",
     "start_date": "2025-11-07", "end_date": "2025-11-08",
     "venue": {"name_ko": "롯데센터 하노이 컨퍼런스홀", "name_en": "Lotte Center Hanoi Conference Hall",
               "address": "54 Lieu Giai, Ba Dinh, Hanoi"}},
]
RATES = [("USD", "1", "1390"), ("KRW", "0.00072", "1"), ("EUR", "1.07", "1487"), ("VND", "0.0000395", "0.0549"),
         ("JPY", "0.0066", "9.17")]
PARTNERS = [  # key, stop index, kind, name_ko, name_en, country, city, what they do (en, ko)
    ("rhein-praezision", 0, "company", "라인마인 정밀기술", "Rhein-Main Präzisionstechnik GmbH", "DE", "Offenbach",
     "Machining of aerospace and automotive parts", "항공·자동차 부품 정밀 가공"),
    ("hessen-medtech", 0, "company", "헤센 메드테크 유통", "Hessen MedTech Vertrieb GmbH", "DE", "Frankfurt",
     "Distribution of medical devices to hospitals in Hesse", "헤센주 병원 대상 의료기기 유통"),
    ("frankfurt-wifoe", 0, "city_government", "프랑크푸르트 경제진흥공사", "FrankfurtRheinMain Economic Development",
     "DE", "Frankfurt", "Investment promotion of the Frankfurt region", "프랑크푸르트 지역 투자유치"),
    ("hanoi-electronics", 1, "company", "하노이 전자부품", "Hanoi Electronics Components JSC", "VN", "Hanoi",
     "Assembly of display modules and sensors", "디스플레이 모듈·센서 조립"),
    ("vina-autoparts", 1, "company", "비나 오토파츠", "VinaAuto Parts Corporation", "VN", "Hai Phong",
     "Automation of car-part assembly lines", "자동차 부품 조립 라인 자동화"),
    ("kansai-trading", 1, "company", "간사이 트레이딩", "Kansai Trading Co., Ltd.", "JP", "Osaka",
     "Trading house buying composite materials for Asia", "아시아 대상 복합소재 구매 상사"),
]
# firm key, partner key, attendance, outcome or None:
#   (interest, consultation, expected contract, on-site contract, MoU, products) with amounts as (amount, currency)
#   answers: {months: (stage, export amount and currency or None, comment)}
MEETINGS = [
    ("sejin-aerotech", "rhein-praezision", "held",
     ("high", ("1200000", "EUR"), ("3500000", "EUR"), ("250000", "EUR"), True, "Turbine brackets, machined"),
     {2: ("sample_quotation", None, ""), 6: ("contract", None, ""), 12: ("exporting", ("420000", "EUR"), "")}),
    ("hangyeol-automation", "rhein-praezision", "held",
     ("medium", ("300000", "EUR"), ("800000", "EUR"), None, False, "Robot cells for deburring"),
     {2: ("sample_quotation", None, ""), 6: ("negotiation", None, "")}),
    ("onnuri-meditech", "hessen-medtech", "held",
     ("high", ("650000", "USD"), ("1500000", "USD"), None, True, "Patient monitors, CE marked"),
     {2: ("negotiation", None, ""), 6: ("exporting", ("180000", "USD"), ""), 12: ("exporting", ("460000", "USD"), "")}),
    ("vitalband", "hessen-medtech", "no_show", None, {}),
    ("bitnuri-display", "hanoi-electronics", "held",
     ("high", ("9500000000", "VND"), ("30000000000", "VND"), ("2000000000", "VND"), True, "Display modules"),
     {2: ("contract", None, ""), 6: ("exporting", ("150000", "USD"), ""), 12: ("exporting", ("390000", "USD"), "")}),
    ("hangyeol-automation", "vina-autoparts", "held",
     ("medium", ("400000", "USD"), ("900000", "USD"), None, False, "Assembly-line automation"),
     {2: ("negotiation", None, ""), 6: ("lost", None, "A local integrator offered a lower price")}),
    ("vitalband", "hanoi-electronics", "held",
     ("low", ("120000", "USD"), None, None, False, "Wearable sensors"), {}),
    ("ceracarbon", "kansai-trading", "held",
     ("high", ("80000000", "JPY"), ("150000000", "JPY"), None, True, "Carbon-ceramic brake discs"),
     {2: ("sample_quotation", None, ""), 6: ("negotiation", None, ""), 12: ("contract", None, "")}),
    ("sejin-aerotech", "kansai-trading", "held",
     ("medium", ("200000", "USD"), ("500000", "USD"), None, False, "Composite fittings"),
     {2: ("sample_quotation", None, "")}),
]
# programme items of the past mission (confirmed, so the report counts them): the city's call on Frankfurt's
# economic development agency, hosted by it, for the officials; (stop index, kind, host key, day, from, until,
# title ko, title en, address)
VISITS = [
    (0, "official_visit", "frankfurt-wifoe", "2025-11-04", "15:00", "16:00",
     "프랑크푸르트 경제진흥공사 예방 (지역 간 협력 협의)", "Call on FrankfurtRheinMain Economic Development (regional cooperation)",
     "Unterschweinstiege 8, 60549 Frankfurt am Main"),
]
