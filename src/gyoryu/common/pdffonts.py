"""TrueType fonts with Hangul for the PDFs (agendas, brochure).

reportlab only embeds TrueType outlines (glyf), not the CFF outlines of Noto Sans CJK's .otf/.ttc, so we use
Nanum Gothic from Debian's ``fonts-nanum`` (or any Hangul .ttf passed as ``font_path``).  No Django here.
"""

from __future__ import annotations

import os
import zlib
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_PATHS = (
    # Debian / Ubuntu: fonts-nanum
    "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
    "/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf",
    "/usr/share/fonts/truetype/nanum/NanumSquareR.ttf",
    # Fedora: naver-nanum-gothic-fonts
    "/usr/share/fonts/naver-nanum/NanumGothic.ttf",
    # Debian: fonts-unfonts-core
    "/usr/share/fonts/truetype/unfonts-core/UnDotum.ttf",
    # macOS (Nanum installed by hand) and Windows (Malgun Gothic ships with Windows)
    "/Library/Fonts/NanumGothic.ttf",
    os.path.expanduser("~/Library/Fonts/NanumGothic.ttf"),
    "C:/Windows/Fonts/malgun.ttf",
)


class FontMissing(RuntimeError):
    """No TrueType font with Hangul was found for the PDF."""


def font_path(font_path: str | None = None) -> str:
    """The TrueType (.ttf) font to embed: ``font_path`` if given, else the first of :data:`FONT_PATHS`
    that exists; raises :class:`FontMissing` when there is none."""
    if font_path is not None:
        if not os.path.isfile(font_path):
            raise FontMissing(
                f"font_path {font_path!r} does not exist: install fonts-nanum (Debian) or pass font_path"
            )
        return font_path
    for path in FONT_PATHS:
        if os.path.isfile(path):
            return path
    raise FontMissing(
        "No TrueType font with Hangul found (looked in "
        + ", ".join(FONT_PATHS)
        + "): install fonts-nanum (Debian) or pass font_path"
    )


def _bold_sibling(path: str) -> str | None:
    root, ext = os.path.splitext(path)
    for candidate in (root + "Bold" + ext, root + "-Bold" + ext, root + "bd" + ext):
        if os.path.isfile(candidate):
            return candidate
    return None


@cache
def register(path: str) -> tuple[str, str]:
    """Register the font (and its bold sibling, if any) with reportlab once; return (regular, bold) names."""
    key = f"Gyoryu{zlib.crc32(path.encode()):08x}"
    try:
        pdfmetrics.registerFont(TTFont(key, path))
    except Exception as exc:  # reportlab raises TTFError and others for CFF/.ttc/broken files
        raise FontMissing(
            f"cannot embed {path!r} ({exc}): pass a TrueType .ttf with Hangul as font_path, e.g. from fonts-nanum"
        ) from exc
    bold = key
    if (bold_path := _bold_sibling(path)) is not None:
        try:
            pdfmetrics.registerFont(TTFont(key + "B", bold_path))
            bold = key + "B"
        except Exception:  # a broken bold face falls back to the regular one
            bold = key
    pdfmetrics.registerFontFamily(key, normal=key, bold=bold, italic=key, boldItalic=bold)
    return key, bold
