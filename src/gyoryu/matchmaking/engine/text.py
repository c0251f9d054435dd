"""Text cleaning and analysis for Korean and English (and any mix of the two).

* ``clean`` strips HTML, control characters and emoji, and normalises Unicode (NFKC) and spaces.
* ``analyze`` turns a text into lexical terms: Korean through kiwipiepy (nouns, roots, foreign words),
  English tokenised and Snowball-stemmed. Korean terms are prefixed ``ko:``, English ones ``en:`` so the two
  vocabularies never collide in one BM25 index.
* ``sentences`` splits a text into sentences (for the "best matching sentence pair" reason).

The Korean analyser is loaded lazily, once per process (about a second).
"""

from __future__ import annotations

import html
import re
import threading
import unicodedata
from functools import lru_cache

MAX_CHARS = 20_000  # longer texts are cut: matching never needs more, analysis stays bounded

_TAG_RE = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]{0,2000}>", re.S | re.I)
_HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")
_LATIN_WORD_RE = re.compile(r"[a-z][a-z0-9]*(?:[-'][a-z0-9]+)*|\d+(?:\.\d+)?")
_SENT_RE = re.compile(r"(?<=[.!?。])\s+|\n+|(?<=다\.)|[;·•▪■●◆]|\s+/\s+|,\s*")
_KO_KEEP = {"NNG", "NNP", "SL", "SN", "XR", "SH"}
_KO_ROOTS = {"VV", "VA", "VV-R", "VA-R", "VV-I", "VA-I"}
EN_STOP = frozenset(
    """a an the and or of for to in on at by with from as is are be been was were this that these those it its
    we our us you your they their i my me he she his her not no nor but if so than then there here into onto
    over under up down out about also etc other others such which who whom what when where how all any each
    can could will would shall should may might must do does did done have has had having including include
    includes e g ie eg s t via per more most some""".split()
)
KO_STOP = frozenset("등 및 기타 그 이 저 것 수 때 곳 중 위 외 관련 각종 업 류 용 해당 경우 따위".split())


def clean(text: str | None) -> str:
    """Plain text from user input: HTML removed, entities decoded, NFKC, emoji/control chars dropped."""
    if not text:
        return ""
    text = str(text)[: MAX_CHARS * 2]
    if "<" in text:
        text = _TAG_RE.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    text = unicodedata.normalize("NFKC", text)
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat[0] in "LNP" or ch in "+-&/%#.@":
            out.append(ch)
        elif cat[0] == "Z" or ch in "\n\t\r" or cat[0] in "SC":
            out.append("\n" if ch == "\n" else " ")
    return re.sub(r"[ \t\r]+", " ", "".join(out)).strip()[:MAX_CHARS]


def has_korean(text: str) -> bool:
    """True if the text contains Hangul syllables."""
    return bool(_HANGUL_RE.search(text or ""))


def language(text: str) -> str:
    """'ko', 'en' or '' (nothing to analyse), by the share of Hangul among letters."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return ""
    ko = sum(1 for c in letters if "\uac00" <= c <= "\ud7a3" or "\u1100" <= c <= "\u11ff")
    return "ko" if ko >= 0.2 * len(letters) else "en"


_kiwi = None
_kiwi_lock = threading.Lock()


def kiwi():
    """The process-wide kiwipiepy analyser (loaded on first use)."""
    global _kiwi
    if _kiwi is None:
        with _kiwi_lock:
            if _kiwi is None:
                from kiwipiepy import Kiwi

                # the typo and multi-word dictionaries cost ~180 MB and matter little for profile texts
                _kiwi = Kiwi(num_workers=1, load_typo_dict=False, load_multi_dict=False)
    return _kiwi


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball (Porter2) stem of one lower-case English word."""
    return _stemmer().stemWord(word)


# A standard's name and number are one term: "ISO 13485" is not "ISO 9001" (and "13485" alone means little).
_STANDARD_RE = re.compile(r"\b(iso|iec|astm|ansi|din|ul|ks|jis|ipc|iatf|sae)[ -]?(\d{2,6}[a-z]?)\b")


def en_terms(text: str) -> list[str]:
    """Stemmed English terms (stop words removed), prefixed ``en:``."""
    words = _LATIN_WORD_RE.findall(_STANDARD_RE.sub(r"\1\2", text.lower()))
    return ["en:" + stem(w) for w in words if w not in EN_STOP and (len(w) > 1 or w.isdigit())]


_LATIN_TAGS = frozenset({"SL", "SN", "SH", "W_SERIAL"})


@lru_cache(maxsize=100_000)
def _ko_terms_cached(text: str) -> tuple[str, ...]:
    terms: list[str] = []
    span: tuple[int, int] | None = None  # a run of Latin letters and digits, analysed as English text is
    for tok in kiwi().tokenize(text):
        tag = tok.tag
        form = tok.form
        joined = tag in _LATIN_TAGS or (tag == "SO" and form in "-'")
        if joined and span is not None and (tok.start == span[1] or text[span[1] : tok.start].isspace()):
            span = (span[0], tok.start + tok.len)
            continue
        if span is not None:
            terms.extend(en_terms(text[span[0] : span[1]]))
            span = None
        if tag in _LATIN_TAGS:
            # "IP68", "AS9100D", "Tier-1" stay one term, as in English text (kiwi splits letters from digits)
            span = (tok.start, tok.start + tok.len)
        elif tag in _KO_KEEP or tag in _KO_ROOTS:
            if form in KO_STOP or (len(form) == 1 and tag not in ("NNG", "NNP")):
                continue
            terms.append("ko:" + form)
    if span is not None:
        terms.extend(en_terms(text[span[0] : span[1]]))
    return tuple(terms)


def ko_terms(text: str) -> list[str]:
    """Korean content terms of a (possibly mixed) text: nouns, roots, foreign words (English-stemmed)."""
    return list(_ko_terms_cached(text))


def analyze(text: str) -> list[str]:
    """Lexical terms of a cleaned text in any mix of Korean and English."""
    if not text:
        return []
    if has_korean(text):
        return ko_terms(text)
    return en_terms(text)


def sentences(text: str, *, limit: int = 64) -> list[str]:
    """Sentences (or list items) of a cleaned text, at most ``limit``, each at most 400 characters."""
    text = text or ""
    parts, start = [], 0
    for cut in _SENT_RE.finditer(text):
        before = text[start : cut.start()]
        if before.count("(") > before.count(")") or before.count("[") > before.count("]"):
            continue  # "(FDA, UL)": a list inside brackets stays in its sentence
        parts.append(before)
        start = cut.end()
    parts.append(text[start:])
    out = [p[:400] for p in (p.strip(" ,.-") for p in parts) if p and len(p) > 1]
    return out[:limit]
