#!/usr/bin/env python3
"""Git merge driver for the message catalogue (django.po and django.mo): the union of both sides' entries.

Branches that add strings in different features touch the same catalogue; a line-based merge conflicts on
every neighbouring entry and cannot merge the compiled file at all.  Where both sides translate the same msgid
differently, ours wins.  Entries that one side dropped survive; the next `makemessages` marks them obsolete.

Set up once per clone (the .gitattributes line is committed):
    git config merge.catalogue.name "message catalogue union"
    git config merge.catalogue.driver ".venv/bin/python scripts/po_merge.py %O %A %B %P"
"""

import sys

import polib


def _load(path: str, kind: str):
    return polib.mofile(path) if kind == "mo" else polib.pofile(path)


def main(base: str, ours: str, theirs: str, name: str) -> int:
    kind = "mo" if name.endswith(".mo") else "po"
    mine, other = _load(ours, kind), _load(theirs, kind)
    have = {(e.msgctxt, e.msgid) for e in mine}
    for entry in other:
        key = (entry.msgctxt, entry.msgid)
        if key in have:
            own = mine.find(entry.msgid, msgctxt=entry.msgctxt)
            if own is not None and not own.msgstr and entry.msgstr:
                own.msgstr, own.flags = entry.msgstr, [f for f in entry.flags if f != "fuzzy"]
            if own is not None and kind == "po" and own.obsolete and not entry.obsolete:
                own.obsolete = False
            continue
        mine.append(entry)
    mine.save(ours)  # a MOFile saves compiled, a POFile as text
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
