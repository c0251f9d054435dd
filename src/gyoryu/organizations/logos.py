"""Organisation logos: checked for type, size and pixels, then stored as a fresh PNG under the data folder's
``media/logos/``.  Re-encoding drops whatever else the uploaded file carried (metadata, a second payload)
and gives the PDF brochure one format to embed."""

from __future__ import annotations

import io
import warnings

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

MAX_BYTES = 2 * 1024 * 1024
MAX_SIDE = 4000  # pixels, read from the header before decoding
STORED_SIDE = 800  # the longest side kept
FORMATS = {"PNG": "PNG", "JPEG": "JPEG", "WEBP": "WebP", "GIF": "GIF"}


def logo_png(content: bytes) -> bytes:
    """The uploaded image as PNG bytes, at most STORED_SIDE pixels on its longest side; raises
    ValidationError (in the active language) for anything that is not a PNG, JPEG, WebP or GIF image of
    at most 2 MB and 4000 × 4000 pixels."""
    if not content:
        raise ValidationError(_("The logo file is empty."), code="empty")
    if len(content) > MAX_BYTES:
        raise ValidationError(
            _("The logo is %(size)s MB; the limit is 2 MB."),
            params={"size": f"{len(content) / 1024 / 1024:.1f}"},
            code="too_large",
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(content))
            kind = image.format
            if kind not in FORMATS:
                raise UnidentifiedImageError(kind)
            if max(image.size) > MAX_SIDE:
                raise ValidationError(
                    _("The logo is %(w)d × %(h)d pixels; the limit is 4000 × 4000."),
                    params={"w": image.size[0], "h": image.size[1]},
                    code="too_many_pixels",
                )
            image.load()
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombWarning):
        raise ValidationError(
            _("The logo must be a PNG, JPEG, WebP or GIF image (SVG and PDF files cannot be used)."),
            code="not_an_image",
        ) from None
    image = image.convert("RGBA")
    image.thumbnail((STORED_SIDE, STORED_SIDE))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
