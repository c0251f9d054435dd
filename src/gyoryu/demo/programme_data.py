"""The demo programme's items, as data: see :mod:`gyoryu.demo.programme` for the story and the loader."""

from __future__ import annotations

import datetime as dt
import zoneinfo

LA, SEOUL = zoneinfo.ZoneInfo("America/Los_Angeles"), zoneinfo.ZoneInfo("Asia/Seoul")

COUNCIL = [  # (name ko, name en, title ko, title en): invented people of the City of Redmond
    ("앤절라 모리슨", "Angela Morrison", "시의회 의장", "Council President"),
    ("대니얼 레예스", "Daniel Reyes", "시의원", "Councilmember"),
    ("프리야 샤", "Priya Shah", "시의원", "Councilmember"),
    ("토머스 버그", "Thomas Berg", "시의원", "Councilmember"),
    ("나오미 클라크", "Naomi Clarke", "시의원", "Councilmember"),
]
OFFICIALS = ["Park Sung-woo", "Lee Eun-jeong", "Jung Min-jae"]
SIEMENS_GROUP = ["Park Sung-woo", "Lee Eun-jeong", "Song Ki-cheol", "Moon Ye-rin", "Jo Ha-neul"]
BOEING_GROUP = ["Park Sung-woo", "Lee Eun-jeong", "Yoon Jae-seok", "Seo Ji-min", "Kwon Hyuk-jun"]


def at(day: int, hour: int, minute: int = 0, tz=LA) -> dt.datetime:
    return dt.datetime(2027, 3, day, hour, minute, tzinfo=tz)


def items(s) -> list[tuple[dict, dict]]:
    """(fields, links) of each item; ``s`` holds the stops, venues, rooms, people and organisations."""
    sj, sea = s.stops
    delegation = {"attendance": "delegation"}
    return [
        (
            {
                "kind": "flight",
                "arrival_stop": sj,
                "start": at(8, 19, 30, SEOUL),
                "end": at(8, 12, 55),
                "start_zone": "Asia/Seoul",
                "title_en": "Flight KE023 Incheon – San Francisco",
                "title_ko": "항공 KE023 인천 – 샌프란시스코",
                "notes_en": "Incheon Terminal 2, check-in from 16:30.",
                "notes_ko": "인천공항 제2터미널, 16:30부터 탑승 수속.",
                **delegation,
            },
            {},
        ),
        (
            {
                "kind": "transfer",
                "stop": sj,
                "start": at(8, 13, 45),
                "end": at(8, 15),
                "place": "transit",
                "title_en": "Coach SFO – San Jose",
                "title_ko": "전세버스 SFO – 새너제이",
                **delegation,
            },
            {},
        ),
        (
            {
                "kind": "check_in",
                "stop": sj,
                "start": at(8, 15),
                "end": at(8, 16),
                "place": "site",
                "address": "170 S Market St, San Jose, CA 95113",
                "title_en": "Hotel check-in",
                "title_ko": "호텔 체크인",
                **delegation,
            },
            {},
        ),
        (
            {
                "kind": "briefing",
                "stop": sj,
                "start": at(8, 16, 30),
                "end": at(8, 17, 30),
                "place": "venue",
                "venue": s.kotra,
                "title_en": "Market briefing by KOTRA Silicon Valley",
                "title_ko": "KOTRA 실리콘밸리무역관 시장 브리핑",
                **delegation,
            },
            {"host_people": [s.person["Jung Da-eun"]]},
        ),
        (
            {
                "kind": "roundtable",
                "stop": sj,
                "start": at(9, 17, 30),
                "end": at(9, 19),
                "place": "site",
                "site": s.org["ksea"],
                "address": "5001 Great America Pkwy, Santa Clara, CA 95054",
                "title_en": "Technology roundtable with KSEA",
                "title_ko": "KSEA 기술교류 간담회",
                "description_en": "Korean-American scientists and engineers meet the delegation's firms.",
                "description_ko": "재미한인과학기술자협회 회원과 대표단 기업의 기술 교류.",
                **delegation,
            },
            {"host_people": [s.person["Grace Kim"]]},
        ),
        (
            {
                "kind": "reception",
                "stop": sj,
                "start": at(9, 19),
                "end": at(9, 21, 30),
                "place": "site",
                "site": s.org["ksea"],
                "address": "5001 Great America Pkwy, Santa Clara, CA 95054",
                "title_en": "KSEA networking dinner",
                "title_ko": "KSEA 교류 만찬",
                "dress_code_en": "Business casual",
                "dress_code_ko": "비즈니스 캐주얼",
                **delegation,
            },
            {"host_people": [s.person["Grace Kim"]]},
        ),
        (
            {
                "kind": "site_tour",
                "stop": sj,
                "start": at(10, 9, 30),
                "end": at(10, 11, 30),
                "place": "site",
                "site": s.org["siemens"],
                "address": "46871 Bayside Pkwy, Fremont, CA 94538",
                "title_en": "Siemens Digital Industries: Xcelerator experience centre",
                "title_ko": "지멘스 디지털 인더스트리 엑셀러레이터 체험관 방문",
                "attendance": "people",
            },
            {
                "attending_people": [s.person[n] for n in SIEMENS_GROUP],
                "host_people": [s.person["Katrin Weber"]],
                "interpreters": [s.shin],
            },
        ),
        (
            {
                "kind": "transfer",
                "stop": sj,
                "start": at(10, 17),
                "end": at(10, 18),
                "place": "transit",
                "title_en": "Coach to San Jose airport",
                "title_ko": "새너제이 공항으로 이동",
                **delegation,
            },
            {},
        ),
        (
            {
                "kind": "flight",
                "stop": sj,
                "arrival_stop": sea,
                "start": at(10, 18, 45),
                "end": at(10, 20, 55),
                "title_en": "Flight AS 1977 San Jose – Seattle",
                "title_ko": "항공 AS 1977 새너제이 – 시애틀",
                "notes_en": "Then by coach to the hotel in downtown Seattle and check-in.",
                "notes_ko": "도착 후 전세버스로 시애틀 시내 호텔 이동, 체크인.",
                **delegation,
            },
            {},
        ),
        (
            {
                "kind": "official_visit",
                "stop": sea,
                "start": at(11, 10, 30),
                "end": at(11, 11, 15),
                "place": "venue",
                "venue": s.city_hall,
                "room": s.chambers,
                "attendance": "officials",
                "title_en": "Courtesy call on the Redmond City Council",
                "title_ko": "레드먼드 시의회 예방",
                "dress_code_en": "Business formal",
                "dress_code_ko": "정장",
            },
            {"host_people": s.council, "interpreters": [s.shin]},
        ),
        (
            {
                "kind": "signing",
                "stop": sea,
                "start": at(11, 11, 15),
                "end": at(11, 12),
                "place": "venue",
                "venue": s.city_hall,
                "room": s.chambers,
                "title_en": "Signing of the Changwon–Redmond exchange agreement",
                "title_ko": "창원시–레드먼드시 교류협력 협약 체결식",
                "dress_code_en": "Business formal",
                "dress_code_ko": "정장",
                **delegation,
            },
            {"host_people": [*s.council, s.person["Jessica Alvarez"]], "interpreters": [s.shin]},
        ),
        (
            {
                "kind": "site_tour",
                "stop": sea,
                "start": at(12, 8, 30),
                "end": at(12, 12),
                "place": "site",
                "site": s.org["boeing"],
                "address": "8415 Paine Field Blvd, Mukilteo, WA 98275",
                "title_en": "Boeing Everett factory tour and supplier talk",
                "title_ko": "보잉 에버렛 공장 견학 및 공급망 설명회",
                "attendance": "people",
            },
            {
                "attending_people": [s.person[n] for n in BOEING_GROUP],
                "host_people": [s.person["Mark Henderson"]],
                "interpreters": [s.cho],
            },
        ),
        (
            {
                "kind": "official_visit",
                "stop": sea,
                "start": at(12, 14),
                "end": at(12, 15),
                "place": "venue",
                "venue": s.library,
                "room": s.library_room,
                "attendance": "officials",
                "title_en": "Meeting at The Seattle Public Library: cultural exchange and book donation",
                "title_ko": "시애틀 공공도서관 면담: 문화교류 및 도서 기증",
            },
            {"host_people": [s.person["Thomas Nguyen"]], "interpreters": [s.cho]},
        ),
        (
            {
                "kind": "free_time",
                "stop": sea,
                "start": at(13, 9),
                "end": at(13, 11),
                "place": "site",
                "address": "85 Pike St, Seattle, WA 98101",
                "title_en": "Free time: Pike Place Market",
                "title_ko": "자유 시간: 파이크 플레이스 마켓",
                **delegation,
            },
            {},
        ),
        (
            {
                "kind": "flight",
                "stop": sea,
                "start": at(13, 13, 45),
                "end": at(14, 17, 25, SEOUL),
                "end_zone": "Asia/Seoul",
                "title_en": "Flight KE020 Seattle – Incheon",
                "title_ko": "항공 KE020 시애틀 – 인천",
                **delegation,
            },
            {},
        ),
    ]
