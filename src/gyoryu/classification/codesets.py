"""Parsers of the official industry/product code files into plain records (no Django).

Formats (as published; see ``../shared/data/reference`` for samples):

* KSIC 11 codes, CSV ``code,level,section,name_ko,name_en`` (KOSTAT) -> ``load_ksic``
* KSIC 11 notes, JSON lines ``{"code", "name_ko", "definition", "examples", "exclusions"}`` -> ``load_ksic_notes``
* ISIC Rev.4, CSV ``Code,Description`` (UN) -> ``load_isic``
* NAICS 2022, CSV ``Code,Title,Description`` (US Census; titles carry a trailing "T" footnote mark) -> ``load_naics``
* NAICS 2017 -> ISIC 4 concordance, CSV of 7 columns (US Census) -> ``load_naics_isic``
* HS 2022, CSV ``code,parent,text`` (UN Comtrade) -> ``load_hs``

Every loader raises ``CodesetError`` naming the file and the line of the first problem.
``load_tables(directory)`` loads whichever of the standard file names a folder holds.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

KSIC_FILE = "ksic11_codes.csv"
KSIC_NOTES_FILE = "ksic11_notes.jsonl"
ISIC_FILE = "isic4_codes.csv"
NAICS_FILE = "naics2022_codes.csv"
NAICS_ISIC_FILE = "naics2017_to_isic4.csv"
HS_FILE = "hs2022_codes.csv"


class CodesetError(ValueError):
    """A code file could not be read; ``path`` and ``line`` (1-based, 0 if unknown) say where."""

    def __init__(self, *, path: str | Path, line: int, message: str) -> None:
        self.path = str(path)
        self.line = line
        super().__init__(f"{path}, line {line}: {message}" if line else f"{path}: {message}")


@dataclass(frozen=True)
class CodeRecord:
    """One code of a classification."""

    scheme: str  # "ksic" | "isic" | "naics" | "hs"
    code: str
    name_en: str
    name_ko: str = ""
    level: int = 0  # number of digits (KSIC, ISIC, NAICS, HS) or 1 for a section letter
    parent: str = ""
    section: str = ""
    description: str = ""


@dataclass(frozen=True)
class KsicNote:
    """KSIC explanatory note of one code (Korean)."""

    code: str
    definition: str = ""
    examples: tuple[str, ...] = ()
    exclusions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Concordance:
    """One link of an official concordance; ``partial`` if only part of the source code maps."""

    source_scheme: str
    source_code: str
    target_scheme: str
    target_code: str
    partial: bool = False


@dataclass
class CodeTables:
    """Everything loaded from one folder of official files (any part may be empty)."""

    ksic: list[CodeRecord] = field(default_factory=list)
    ksic_notes: list[KsicNote] = field(default_factory=list)
    isic: list[CodeRecord] = field(default_factory=list)
    naics: list[CodeRecord] = field(default_factory=list)
    naics_isic: list[Concordance] = field(default_factory=list)
    hs: list[CodeRecord] = field(default_factory=list)


def _open_csv(path: Path, required: list[str]):
    try:
        handle = open(path, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise CodesetError(path=path, line=0, message=f"cannot open ({exc.strerror})") from None
    reader = csv.reader(handle)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        handle.close()
        raise CodesetError(path=path, line=1, message="empty file, expected a header line") from None
    except (csv.Error, UnicodeDecodeError) as exc:
        handle.close()
        raise CodesetError(path=path, line=1, message=f"not a UTF-8 CSV file ({exc})") from None
    missing = [c for c in required if c not in header]
    if missing:
        handle.close()
        raise CodesetError(
            path=path, line=1, message=f"header lacks column(s) {', '.join(missing)}: {header}"
        )
    return handle, reader, header


def _rows(path: Path, required: list[str]):
    """Yield (line number, {column: value}) of a CSV file with a header."""
    handle, reader, header = _open_csv(path, required)
    with handle:
        try:
            for row in reader:
                if not any(c.strip() for c in row):
                    continue
                if len(row) < len(header):
                    raise CodesetError(
                        path=path, line=reader.line_num, message=f"{len(row)} columns, expected {len(header)}"
                    )
                yield reader.line_num, {h: v.strip() for h, v in zip(header, row, strict=False)}
        except (csv.Error, UnicodeDecodeError) as exc:
            raise CodesetError(path=path, line=reader.line_num, message=str(exc)) from None


def _check_code(path: Path, line: int, code: str, pattern: str) -> str:
    if not re.fullmatch(pattern, code):
        raise CodesetError(path=path, line=line, message=f"bad code {code!r}")
    return code


def load_ksic(path: str | Path) -> list[CodeRecord]:
    """KSIC 11 codes (sections A-U and 2-5 digit codes) with Korean and English names."""
    path = Path(path)
    out = []
    for line, r in _rows(path, ["code", "name_ko", "name_en"]):
        code = _check_code(path, line, r["code"], r"[A-Z]|\d{2,5}")
        level = 1 if code.isalpha() else len(code)
        if r.get("level") and r["level"].isdigit() and not code.isalpha() and int(r["level"]) != level:
            raise CodesetError(path=path, line=line, message=f"level {r['level']} does not match code {code}")
        if not r["name_ko"] and not r["name_en"]:
            raise CodesetError(path=path, line=line, message=f"code {code} has no name")
        parent = "" if level <= 2 else code[:-1]
        out.append(
            CodeRecord(
                scheme="ksic",
                code=code,
                name_en=r["name_en"],
                name_ko=r["name_ko"],
                level=level,
                parent=parent,
                section=r.get("section", ""),
            )
        )
    return out


def load_ksic_notes(path: str | Path) -> list[KsicNote]:
    """KSIC 11 explanatory notes (JSON lines)."""
    path = Path(path)
    out = []
    try:
        handle = open(path, encoding="utf-8")
    except OSError as exc:
        raise CodesetError(path=path, line=0, message=f"cannot open ({exc.strerror})") from None
    with handle:
        for line, text in enumerate(handle, start=1):
            if not text.strip():
                continue
            try:
                obj = json.loads(text)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise CodesetError(path=path, line=line, message=f"invalid JSON ({exc})") from None
            if not isinstance(obj, dict) or not isinstance(obj.get("code"), str):
                raise CodesetError(path=path, line=line, message='expected an object with a string "code"')
            lists = [obj.get(k) or [] for k in ("examples", "exclusions")]
            if not all(isinstance(x, list) for x in lists):
                raise CodesetError(path=path, line=line, message='"examples" and "exclusions" must be lists')
            out.append(
                KsicNote(
                    code=_check_code(path, line, obj["code"], r"[A-Z]|\d{2,5}"),
                    definition=str(obj.get("definition") or ""),
                    examples=tuple(str(x) for x in lists[0]),
                    exclusions=tuple(str(x) for x in lists[1]),
                )
            )
    return out


def load_isic(path: str | Path) -> list[CodeRecord]:
    """ISIC Rev.4 sections, divisions, groups and classes."""
    path = Path(path)
    out, section = [], ""
    for line, r in _rows(path, ["code", "description"]):
        code = _check_code(path, line, r["code"], r"[A-Z]|\d{2,4}")
        if code.isalpha():
            section = code
        level = 1 if code.isalpha() else len(code)
        parent = section if level == 2 else ("" if level == 1 else code[:-1])
        out.append(
            CodeRecord(
                scheme="isic",
                code=code,
                name_en=r["description"],
                level=level,
                parent=parent,
                section=section,
            )
        )
    return out


def _naics_title(title: str) -> str:
    return re.sub(r"(?<=[a-z)])T$", "", title.strip())


def load_naics(path: str | Path) -> list[CodeRecord]:
    """NAICS 2022 codes (2-6 digits; ranges such as ``31-33`` are kept as they are)."""
    path = Path(path)
    out = []
    for line, r in _rows(path, ["code", "title"]):
        code = _check_code(path, line, r["code"], r"\d{2,6}|\d{2}-\d{2}")
        level = 2 if "-" in code else len(code)
        out.append(
            CodeRecord(
                scheme="naics",
                code=code,
                name_en=_naics_title(r["title"]),
                level=level,
                parent="" if level <= 2 else code[:-1],
                description=r.get("description", ""),
            )
        )
    return out


def load_naics_isic(path: str | Path) -> list[Concordance]:
    """NAICS 2017 -> ISIC Rev.4 links (ISIC codes zero-padded to 4 digits; the 0 "multiple" rows skipped)."""
    path = Path(path)
    handle, reader, header = _open_csv(path, [])
    if len(header) < 6:
        handle.close()
        raise CodesetError(
            path=path, line=1, message=f"expected 7 columns (NAICS, title, ISIC...), got {header}"
        )
    out = []
    with handle:
        for row in reader:
            if not any(c.strip() for c in row):
                continue
            line = reader.line_num
            if len(row) < 6:
                raise CodesetError(path=path, line=line, message=f"{len(row)} columns, expected 7")
            naics, isic = row[1].strip(), row[4].strip()
            if naics == "0":
                continue
            _check_code(path, line, naics, r"\d{6}")
            _check_code(path, line, isic, r"\d{1,4}")
            out.append(
                Concordance(
                    source_scheme="naics",
                    source_code=naics,
                    target_scheme="isic",
                    target_code=isic.zfill(4),
                    partial=bool(row[0].strip() or row[3].strip()),
                )
            )
    return out


def load_hs(path: str | Path) -> list[CodeRecord]:
    """HS 2022 chapters, headings and subheadings (the aggregate rows ALL/TOTAL/AGn are skipped)."""
    path = Path(path)
    out = []
    for line, r in _rows(path, ["code", "parent", "text"]):
        code = r["code"]
        if not code.isdigit():
            if code in ("ALL", "TOTAL") or re.fullmatch(r"AG\d", code):
                continue
            raise CodesetError(path=path, line=line, message=f"bad code {code!r}")
        _check_code(path, line, code, r"\d{2}|\d{4}|\d{6}")
        text = re.sub(rf"^{code}\s*-\s*", "", r["text"])
        parent = r["parent"] if r["parent"].isdigit() else ""
        out.append(CodeRecord(scheme="hs", code=code, name_en=text, level=len(code), parent=parent))
    return out


def load_tables(directory: str | Path) -> CodeTables:
    """Load the standard file names found in ``directory`` (missing files give empty lists)."""
    d = Path(directory)
    t = CodeTables()
    if (d / KSIC_FILE).exists():
        t.ksic = load_ksic(d / KSIC_FILE)
    if (d / KSIC_NOTES_FILE).exists():
        t.ksic_notes = load_ksic_notes(d / KSIC_NOTES_FILE)
    if (d / ISIC_FILE).exists():
        t.isic = load_isic(d / ISIC_FILE)
    if (d / NAICS_FILE).exists():
        t.naics = load_naics(d / NAICS_FILE)
    if (d / NAICS_ISIC_FILE).exists():
        t.naics_isic = load_naics_isic(d / NAICS_ISIC_FILE)
    if (d / HS_FILE).exists():
        t.hs = load_hs(d / HS_FILE)
    return t
