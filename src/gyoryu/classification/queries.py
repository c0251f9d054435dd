"""Reads of the imported code tables, in the plain form the matching engine and the coder take."""

from __future__ import annotations

from gyoryu.classification import codesets
from gyoryu.classification.models import CodeEntry, CodeLink


def tables_version() -> tuple[int, int]:
    """Changes whenever codes are imported (used to rebuild cached engines)."""
    return (CodeEntry.objects.count(), CodeLink.objects.count())


def code_tables() -> codesets.CodeTables:
    """Everything imported, as ``codesets.CodeTables`` (empty lists where nothing was imported)."""
    tables = codesets.CodeTables()
    by_scheme = {"ksic": tables.ksic, "isic": tables.isic, "naics": tables.naics, "hs": tables.hs}
    for e in CodeEntry.objects.order_by("scheme", "code").iterator(chunk_size=2000):
        if e.scheme in by_scheme:
            by_scheme[e.scheme].append(
                codesets.CodeRecord(
                    scheme=e.scheme,
                    code=e.code,
                    name_en=e.name_en,
                    name_ko=e.name_ko,
                    level=e.level,
                    parent=e.parent,
                    section=e.section,
                    description=e.description,
                )
            )
        if e.scheme == "ksic" and (e.definition or e.examples or e.exclusions):
            tables.ksic_notes.append(
                codesets.KsicNote(
                    code=e.code,
                    definition=e.definition,
                    examples=tuple(e.examples),
                    exclusions=tuple(e.exclusions),
                )
            )
    tables.naics_isic = [
        codesets.Concordance(
            source_scheme=link.source_scheme,
            source_code=link.source_code,
            target_scheme=link.target_scheme,
            target_code=link.target_code,
            partial=link.partial,
        )
        for link in CodeLink.objects.all()
    ]
    return tables


def code_names(pairs) -> dict[tuple[str, str], dict]:
    """{(SCHEME, code): {"name_ko", "name_en"}} for (scheme, code) pairs in any case of scheme."""
    pairs = [(s.lower(), c) for s, c in pairs]
    if not pairs:
        return {}
    rows = CodeEntry.objects.filter(code__in={c for _, c in pairs}).values(
        "scheme", "code", "name_ko", "name_en"
    )
    found = {(r["scheme"], r["code"]): r for r in rows}
    return {
        (s.upper(), c): {"name_ko": found[(s, c)]["name_ko"], "name_en": found[(s, c)]["name_en"]}
        for s, c in pairs
        if (s, c) in found
    }
