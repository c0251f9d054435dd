"""Every user-visible string has a Korean translation, and the compiled catalogue matches the source."""

from pathlib import Path

import polib

LOCALE = Path(__file__).resolve().parents[1] / "src" / "gyoryu" / "locale" / "ko" / "LC_MESSAGES"


def test_every_message_is_translated_and_none_is_fuzzy():
    po = polib.pofile(str(LOCALE / "django.po"))
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []


def test_compiled_catalogue_matches_the_source():
    po = polib.pofile(str(LOCALE / "django.po"))
    mo = polib.mofile(str(LOCALE / "django.mo"))
    # keyed by context and text: one English word may have several translations (pgettext)
    assert {(e.msgctxt, e.msgid): e.msgstr for e in po.translated_entries() if not e.msgid_plural} == {
        (e.msgctxt, e.msgid): e.msgstr for e in mo if not e.msgid_plural and e.msgid
    }
