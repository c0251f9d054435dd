"""Import of the official code files into the database (idempotent: importing twice changes nothing)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from gyoryu.classification import codesets
from gyoryu.classification.models import CodeEntry, CodeLink

LOADERS = {
    "ksic": codesets.load_ksic,
    "isic": codesets.load_isic,
    "naics": codesets.load_naics,
    "hs": codesets.load_hs,
}
ENTRY_FIELDS = ["level", "parent", "section", "name_ko", "name_en", "description"]


@dataclass
class CodeImport:
    scheme: str
    rows: int
    created: int


@transaction.atomic
def import_code_file(*, scheme: str, path: str | Path) -> CodeImport:
    """Load one official file.  ``scheme``: ksic, ksic-notes, isic, naics, hs or naics-isic.

    Side effects: CodeEntry rows created or updated (ksic-notes: KSIC entries get their notes); for
    naics-isic the NAICS->ISIC CodeLink rows are replaced.  A malformed file raises
    ``codesets.CodesetError`` naming the file and line, and nothing is written.
    """
    before = CodeEntry.objects.count() + CodeLink.objects.count()
    if scheme in LOADERS:
        records = LOADERS[scheme](path)
        CodeEntry.objects.bulk_create(
            [
                CodeEntry(scheme=r.scheme, code=r.code, **{f: getattr(r, f) for f in ENTRY_FIELDS})
                for r in records
            ],
            update_conflicts=True,
            unique_fields=["scheme", "code"],
            update_fields=ENTRY_FIELDS,
            batch_size=500,
        )
        rows = len(records)
    elif scheme == "ksic-notes":
        notes = codesets.load_ksic_notes(path)
        entries = {
            e.code: e for e in CodeEntry.objects.filter(scheme="ksic", code__in=[n.code for n in notes])
        }
        for note in notes:
            entry = entries.get(note.code)
            if entry is not None:
                entry.definition, entry.examples, entry.exclusions = (
                    note.definition,
                    list(note.examples),
                    list(note.exclusions),
                )
        CodeEntry.objects.bulk_update(
            entries.values(), ["definition", "examples", "exclusions"], batch_size=500
        )
        rows = len(notes)
    elif scheme == "naics-isic":
        links = codesets.load_naics_isic(path)
        CodeLink.objects.filter(source_scheme="naics", target_scheme="isic").delete()
        CodeLink.objects.bulk_create(
            [
                CodeLink(
                    source_scheme=c.source_scheme,
                    source_code=c.source_code,
                    target_scheme=c.target_scheme,
                    target_code=c.target_code,
                    partial=c.partial,
                )
                for c in links
            ],
            ignore_conflicts=True,
            batch_size=500,
        )
        rows = len(links)
    else:
        raise ValueError(f"unknown code file kind {scheme!r}")
    return CodeImport(
        scheme=scheme, rows=rows, created=CodeEntry.objects.count() + CodeLink.objects.count() - before
    )
