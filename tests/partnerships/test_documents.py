"""Documents: PDFs are checked by content and size before anything is stored, and served only to accounts
that may see the agreement."""

import hashlib
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from gyoryu.partnerships import documents
from gyoryu.partnerships.models import Document
from tests.partnerships.conftest import login, make_agreement, pdf_bytes

pytestmark = pytest.mark.django_db
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 200


def attach(agreement, content, filename="agreement.pdf", **kw):
    return documents.attach_document(agreement=agreement, content=content, filename=filename, **kw)


def test_a_pdf_is_stored_with_its_facts(ties, settings):
    agreement = make_agreement(ties)
    content = pdf_bytes(pages=3)
    doc = attach(agreement, content, filename="C:\\scans\\signed copy.pdf", title="", user=ties.staff)
    assert (doc.title, doc.filename, doc.size, doc.pages, doc.sha256, doc.uploaded_by) == (
        "signed copy",
        "signed copy.pdf",
        len(content),
        3,
        hashlib.sha256(content).hexdigest(),
        ties.staff,
    )
    assert doc.file.name.startswith("agreements/") and doc.file.name.endswith(".pdf")
    assert "signed" not in doc.file.name  # stored under a name of our own
    assert (settings.MEDIA_ROOT / doc.file.name).read_bytes() == content


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The file is empty."),
        (PNG, "This file is not a PDF. Upload the agreement as a PDF file."),
        (b"Exchange agreement, plain text", "This file is not a PDF. Upload the agreement as a PDF file."),
        (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\ntruncated", "This PDF is damaged or unreadable."),
    ],
)
def test_what_is_not_a_readable_pdf_is_refused_and_nothing_is_stored(ties, settings, content, message):
    agreement = make_agreement(ties)
    with pytest.raises(ValidationError) as exc:
        attach(agreement, content, filename="looks-like.pdf")
    assert exc.value.message_dict == {"file": [message]}
    assert Document.objects.count() == 0
    assert not (settings.MEDIA_ROOT / "agreements").exists()


def test_an_oversize_file_is_refused(ties, settings):
    agreement = make_agreement(ties)
    big = pdf_bytes() + b"%" + b"0" * (documents.MAX_BYTES)
    with pytest.raises(ValidationError) as exc:
        attach(agreement, big)
    assert exc.value.message_dict == {"file": ["The file is 10.0 MB; a document may be at most 10.0 MB."]}
    assert Document.objects.count() == 0
    exactly = documents.MAX_BYTES + 1
    upload = io.BytesIO(b"%PDF-" + b"0" * exactly)
    assert len(documents.read_upload(upload)) == exactly  # reads no more than needed to refuse


def test_a_password_protected_pdf_is_refused(ties):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    page = canvas.Canvas(buf, encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0))
    page.drawString(72, 720, "secret")
    page.showPage()
    page.save()
    with pytest.raises(ValidationError) as exc:
        attach(make_agreement(ties), buf.getvalue())
    assert exc.value.message_dict == {
        "file": ["This PDF is password-protected; upload a copy without a password."]
    }


def test_the_page_uploads_and_refuses_in_the_readers_language(client, ties):
    agreement = make_agreement(ties)
    login(client, ties.staff)
    url = f"/partnerships/{agreement.pk}/documents/"
    bad = SimpleUploadedFile("agreement.pdf", PNG, content_type="application/pdf")
    response = client.post(url, {"title": "Scan", "file": bad}, HTTP_ACCEPT_LANGUAGE="ko")
    assert response.status_code == 200
    assert "PDF 파일이 아닙니다. 협약서를 PDF 파일로 올려 주세요." in response.content.decode()
    good = SimpleUploadedFile("signed.pdf", pdf_bytes(pages=2), content_type="application/pdf")
    response = client.post(url, {"title": "Signed text", "file": good})
    assert response.status_code == 302
    doc = Document.objects.get()
    assert (doc.title, doc.pages) == ("Signed text", 2)


def test_documents_are_served_only_to_those_who_may_see_the_agreement(client, ties):
    agreement = make_agreement(ties, ties.city, ties.firm)
    content = pdf_bytes()
    doc = attach(agreement, content, filename="mou.pdf")
    url = f"/partnerships/documents/{doc.pk}/"
    for user in (ties.staff, ties.delegate):
        login(client, user)
        response = client.get(url)
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"] == 'inline; filename="mou.pdf"'
        assert b"".join(response.streaming_content) == content
    for user in (ties.guest, ties.other_staff):
        login(client, user)
        assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302  # to the sign-in page


def test_removing_a_document_removes_its_file(ties, settings, django_capture_on_commit_callbacks):
    doc = attach(make_agreement(ties), pdf_bytes())
    path = settings.MEDIA_ROOT / doc.file.name
    with django_capture_on_commit_callbacks(execute=True):
        documents.remove_document(document=doc)
    assert not path.exists() and Document.objects.count() == 0
