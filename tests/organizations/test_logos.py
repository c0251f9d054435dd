"""Profile logos: checked for type and size, stored as PNG under the data folder's media, served by role."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from gyoryu.accounts.models import Role
from gyoryu.organizations.models import Organisation
from tests.factories import MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def _image(fmt="PNG", size=(300, 120), colour=(11, 92, 173)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format=fmt)
    return out.getvalue()


def _form(org, **extra):
    data = {
        "kind": "company",
        "name_ko": org.name_ko,
        "name_en": org.name_en,
        "country": "KR",
        "export_markets_ko": "미국, 독일",
        "export_markets_en": "USA, Germany",
    }
    data.update(extra)
    return data


@pytest.fixture
def staff(client):
    m = MembershipFactory(role=Role.STAFF)
    client.force_login(m.user)
    client.organiser = m.organiser
    return client


def test_jpeg_logo_is_stored_as_png_and_served_to_who_may_see_it(staff, media):
    org = OrganisationFactory(organiser=staff.organiser)
    upload = SimpleUploadedFile("logo.jpg", _image("JPEG", (1600, 400)), content_type="image/jpeg")
    response = staff.post(f"/organisations/{org.pk}/edit/", _form(org, logo=upload))
    assert response.status_code == 302
    org.refresh_from_db()
    assert org.export_markets_en == "USA, Germany" and org.export_markets_ko == "미국, 독일"
    assert org.logo.name.startswith(f"logos/org-{org.pk}-") and org.logo.name.endswith(".png")
    stored = media / org.logo.name
    with Image.open(stored) as image:
        assert (image.format, image.size) == ("PNG", (800, 200))
    served = staff.get(f"/organisations/{org.pk}/logo.png")
    assert served.status_code == 200 and served["Content-Type"] == "image/png"
    assert b"".join(served.streaming_content) == stored.read_bytes()
    page = staff.get(f"/organisations/{org.pk}/").content.decode()
    assert f'src="/organisations/{org.pk}/logo.png?v=' in page

    other = MembershipFactory(role=Role.STAFF).user
    staff.force_login(other)
    assert staff.get(f"/organisations/{org.pk}/logo.png").status_code == 404


def test_a_new_logo_replaces_the_old_file_and_remove_deletes_it(staff, media):
    org = OrganisationFactory(organiser=staff.organiser)
    staff.post(f"/organisations/{org.pk}/edit/", _form(org, logo=SimpleUploadedFile("a.png", _image())))
    first = Organisation.objects.get(pk=org.pk).logo.name
    staff.post(
        f"/organisations/{org.pk}/edit/",
        _form(org, logo=SimpleUploadedFile("b.png", _image(colour=(200, 0, 0)))),
    )
    second = Organisation.objects.get(pk=org.pk).logo.name
    assert second != first and not (media / first).exists() and (media / second).exists()
    staff.post(f"/organisations/{org.pk}/edit/", _form(org, remove_logo="on"))
    assert Organisation.objects.get(pk=org.pk).logo.name == ""
    assert not (media / second).exists()
    assert staff.get(f"/organisations/{org.pk}/logo.png").status_code == 404


@pytest.mark.parametrize(
    ("name", "content", "message_en", "message_ko"),
    [
        (
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"/>',
            "The logo must be a PNG, JPEG, WebP or GIF image (SVG and PDF files cannot be used).",
            "로고는 PNG, JPEG, WebP, GIF 이미지여야 합니다(SVG·PDF 파일은 쓸 수 없습니다).",
        ),
        (
            "big.png",
            b"\x89PNG" + b"0" * (2 * 1024 * 1024 + 10),
            "The logo is 2.0 MB; the limit is 2 MB.",
            "로고 파일이 2.0MB입니다. 2MB까지 올릴 수 있습니다.",
        ),
        (
            "wide.png",
            _image(size=(4100, 10)),
            "The logo is 4100 × 10 pixels; the limit is 4000 × 4000.",
            "로고가 4100 × 10 픽셀입니다. 4000 × 4000 픽셀까지 쓸 수 있습니다.",
        ),
    ],
)
def test_bad_logo_is_refused_in_the_readers_language_and_nothing_is_saved(
    staff, media, name, content, message_en, message_ko
):
    org = OrganisationFactory(organiser=staff.organiser, name_en="Before")
    for lang, message in (("en", message_en), ("ko", message_ko)):
        response = staff.post(
            f"/organisations/{org.pk}/edit/",
            _form(org, name_en="After", logo=SimpleUploadedFile(name, content)),
            HTTP_ACCEPT_LANGUAGE=lang,
        )
        assert response.status_code == 200
        assert response.context["form"].errors["logo"] == [message]
        assert response.context["form"]["name_en"].value() == "After"  # the rest of the form is kept
    org.refresh_from_db()
    assert (org.name_en, org.logo.name) == ("Before", "")
    assert not media.exists() or not any(media.rglob("*.png"))
