"""Which matched words may be shown as a reason why two organisations fit.

Ranking uses every term; a *reason* must be a word a person accepts as why two profiles fit. So never:

* legal forms and company words (「주식회사」, 「(주)」, "Co., Ltd.", "Inc", 「기업」, "company"): every firm has them;
* places and markets ("North American", 「북미」, 「해외」, "local"): where a partner is, is a filter, not a fit;
* words every profile uses ("manufacturing", 「제품」, "solutions", "years"), stop words, bare numbers and
  one-syllable Korean fragments (「사」 of 「유통사」, 「차」 of 「전기차」);
* the organisations' own names (``strip_names``).

The lists are written as plain words and analysed like every text, so they speak in index terms.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .text import clean, en_terms, ko_terms

LEGAL_FORMS = """
주식회사 유한회사 유한책임회사 합자회사 합명회사 사단법인 재단법인 사회적협동조합 법인 회사 (주) (유) (재) (사) 주
co corp corporation inc incorporated ltd limited llc llp lp plc gmbh ag sa sas srl bv nv pte pty kk oy ab
company companies
"""

GENERIC = """
기업 업체 전문 전문기업 분야 관련 제공 지원 보유 다양 주요 이상 규모 연간 월 연 년 개 대 명 신규 기존 자체 자사 당사
제조 제조업 생산 제품 제작 개발 기술 사업 산업 서비스 솔루션 시장 고객 파트너 협력 네트워크 프로그램 분야별 현장 사용
기반 결합 공동 시스템 장비 하나 둘 셋 넷 다섯 열 백 천 만 억
business businesses firm firms enterprise enterprises organisation organization group holdings partner partners
customer customers client clients service services solution solutions product products industry industries
industrial market markets technology technologies manufacturing manufacture manufacturer manufacturers make makes
maker makers production produce produces development develop develops year years month months unit units based
leading new include including provide provides providing offer offers offering seek seeks looking support
supports network networks programme programmes program programs joint system systems equipment day days
week weeks one two three four five six seven eight nine ten hundred hundreds thousand thousands million
millions billion first second third
"""

PLACES = """
미국 북미 남미 한국 국내 해외 글로벌 세계 현지 지역 국제 유럽 아시아 동남아 중동 아프리카 국가
north south east west northern southern eastern western america american americas us usa korea korean
asia asian europe european africa african global international overseas domestic local world worldwide region
regional pacific
"""


@lru_cache(maxsize=1)
def non_reasons() -> frozenset[str]:
    """Index terms (``ko:…``/``en:…``) that never count as a reason."""
    words = " ".join((LEGAL_FORMS, GENERIC, PLACES)).split()
    terms: set[str] = set()
    for word in words:
        terms.update(ko_terms(word) if re.search(r"[\uac00-\ud7a3]", word) else en_terms(word))
    return frozenset(terms)


def is_reason_term(term: str) -> bool:
    """True if a matched index term may be shown as a reason."""
    lang, _, form = term.partition(":")
    if term in non_reasons() or not form:
        return False
    if lang == "ko":
        return len(form) > 1
    return not re.fullmatch(r"[\d.]+", form) and len(form) > 1


_LEGAL_RE = re.compile(
    r"\(\s*(?:주|유|재|사)\s*\)|㈜|주식회사|유한회사|유한책임회사|사단법인|재단법인"
    r"|\b(?:co|corp|corporation|inc|incorporated|ltd|limited|llc|llp|plc|gmbh)\b\.?",
    re.I,
)


def name_core(name: str) -> str:
    """A name without its legal form: 「(주)세진에어로텍」 -> 「세진에어로텍」, "VitalBand Co., Ltd." -> "VitalBand"."""
    core = _LEGAL_RE.sub(" ", clean(name))
    return re.sub(r"\s+", " ", core).strip(" ,.-&")


def strip_names(text: str, names: list[str] | tuple[str, ...]) -> str:
    """``text`` with every mention of the given organisation names (whole or without legal form) removed."""
    for name in names:
        for form in dict.fromkeys((clean(name), name_core(name))):  # the whole name first
            if len(form) >= 2:
                text = re.sub(re.escape(form), " ", text, flags=re.I)
    return text
