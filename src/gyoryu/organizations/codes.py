"""Industry code formats (KSIC, ISIC, NAICS, HS) and the 'SCHEME CODE, ...' notation used in forms and files."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

FORMATS = {
    # section letter or 2-5 digits (KSIC 11 goes to 5 digits)
    "KSIC": re.compile(r"^(?:[A-U]|\d{2,5})$"),
    "ISIC": re.compile(r"^(?:[A-U]|\d{2,4})$"),
    "NAICS": re.compile(r"^\d{2,6}$"),
    "HS": re.compile(r"^(?:\d{2}|\d{4}|\d{6})$"),
}


def normalise(scheme: str, code: str) -> tuple[str, str]:
    """Upper-case the scheme, drop dots and spaces in the code (HS 8471.30 -> 847130); raise ValidationError."""
    scheme = scheme.strip().upper()
    code = re.sub(r"[\s.\-]", "", code.strip()).upper()
    if scheme not in FORMATS:
        raise ValidationError(
            _("Unknown code scheme “%(scheme)s”: use KSIC, ISIC, NAICS or HS."), params={"scheme": scheme}
        )
    if not FORMATS[scheme].match(code):
        raise ValidationError(
            _("“%(code)s” is not a valid %(scheme)s code."), params={"code": code, "scheme": scheme}
        )
    return scheme, code


def parse_codes(text: str) -> list[tuple[str, str]]:
    """'KSIC 26410, NAICS 334510; HS 8471.30' -> [('KSIC','26410'), ...]; errors collected in one ValidationError."""
    pairs, errors = [], []
    for item in re.split(r"[,;\n]+", text or ""):
        item = item.strip()
        if not item:
            continue
        parts = item.replace(":", " ").split(None, 1)
        if len(parts) != 2:
            errors.append(
                ValidationError(
                    _("“%(item)s”: write a scheme and a code, e.g. KSIC 26410."), params={"item": item}
                )
            )
            continue
        try:
            pair = normalise(*parts)
        except ValidationError as exc:
            errors.append(exc)
            continue
        if pair not in pairs:
            pairs.append(pair)
    if errors:
        raise ValidationError(errors)
    return pairs


def format_codes(pairs) -> str:
    return ", ".join(f"{s} {c}" for s, c in pairs)
