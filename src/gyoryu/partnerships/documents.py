"""Documents of agreements: uploaded PDFs, checked by their content (not their name) and size, stored under
the data folder's ``media`` (``settings.MEDIA_ROOT``) with a name of our own, served only by the page that
checks who may see the agreement."""

from __future__ import annotations

import hashlib
import io
import uuid
import warnings
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _

from gyoryu.partnerships.models import Agreement, Document

MAX_BYTES = 10 * 1024 * 1024  # matches the upload limit of the web server settings
HEADER_WINDOW = 1024  # the PDF header may follow a little junk (ISO 32000-1, annex H)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def check_pdf(content: bytes) -> int:
    """The number of pages of a PDF given as bytes; ValidationError when it is empty, larger than
    ``MAX_BYTES``, not a PDF by its content, password-protected or unreadable."""
    if not content:
        raise ValidationError({"file": _("The file is empty.")})
    if len(content) > MAX_BYTES:
        raise ValidationError(
            {
                "file": _("The file is %(size)s; a document may be at most %(max)s.")
                % {"size": _megabytes(len(content)), "max": _megabytes(MAX_BYTES)}
            }
        )
    if b"%PDF-" not in content[:HEADER_WINDOW]:
        raise ValidationError({"file": _("This file is not a PDF. Upload the agreement as a PDF file.")})
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(content))
            if reader.is_encrypted and not reader.decrypt(""):
                raise ValidationError(
                    {"file": _("This PDF is password-protected; upload a copy without a password.")}
                )
            pages = len(reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise ValidationError({"file": _("This PDF is damaged or unreadable.")}) from exc
    if pages < 1:
        raise ValidationError({"file": _("This PDF has no pages.")})
    return pages


def _filename(name: str) -> str:
    base = PurePath((name or "").replace("\\", "/")).name.strip() or "document.pdf"
    base = "".join(c for c in base if c.isprintable() and c not in '"<>:|?*')[:180]
    return base if base.lower().endswith(".pdf") else f"{base}.pdf"


def read_upload(upload, limit: int = MAX_BYTES) -> bytes:
    """The bytes of an uploaded file, reading at most one byte past ``limit`` (enough to refuse it)."""
    upload.seek(0)
    return upload.read(limit + 1)


@transaction.atomic
def attach_document(*, agreement: Agreement, content: bytes, filename: str, title: str = "", user=None):
    """Side effects: the PDF is written under MEDIA_ROOT/agreements/YEAR/ with a random name; a Document row
    (title, original file name, size, pages, SHA-256, who uploaded it).  Refused before anything is
    written when ``check_pdf`` refuses it."""
    pages = check_pdf(content)
    name = _filename(filename)
    doc = Document(
        agreement=agreement,
        title=(title or "").strip()[:200] or name[:-4],
        filename=name,
        size=len(content),
        pages=pages,
        sha256=hashlib.sha256(content).hexdigest(),
        uploaded_by=user,
    )
    doc.file.save(f"{uuid.uuid4().hex}.pdf", ContentFile(content), save=False)
    try:
        doc.full_clean()
        doc.save()
    except Exception:
        doc.file.delete(save=False)
        raise
    return doc


@transaction.atomic
def remove_document(*, document: Document) -> None:
    """Side effects: the Document row is deleted and its file removed from the data folder."""
    storage, name = document.file.storage, document.file.name
    document.delete()
    transaction.on_commit(lambda: storage.delete(name))
