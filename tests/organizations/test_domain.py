import pytest
from django.core.exceptions import ValidationError

from gyoryu.organizations import domain
from gyoryu.organizations.codes import parse_codes
from tests.factories import OrganisationFactory, OrganiserFactory

pytestmark = pytest.mark.django_db


def test_create_and_update_bump_the_version_only_on_change():
    org = domain.create_organisation(
        organiser=OrganiserFactory(),
        data={"name_ko": "대한정밀", "country": "KR", "offers_ko": "항공기 엔진 부품"},
        codes=[("KSIC", "30310")],
    )
    assert org.version == 1
    assert list(org.codes.values_list("scheme", "code")) == [("KSIC", "30310")]
    domain.update_organisation(
        organisation=org, data={"offers_ko": "항공기 엔진 부품"}, codes=[("KSIC", "30310")]
    )
    assert org.version == 1
    domain.update_organisation(organisation=org, data={"offers_en": "machined engine parts"})
    assert org.version == 2
    domain.update_organisation(organisation=org, data={}, codes=[("NAICS", "336413")])
    assert org.version == 3
    assert list(org.codes.values_list("scheme", "code")) == [("NAICS", "336413")]


def test_an_organisation_needs_a_name_in_one_language():
    with pytest.raises(ValidationError) as info:
        domain.create_organisation(organiser=OrganiserFactory(), data={"country": "KR"})
    assert "Constraint “organisation_has_a_name” is violated." in str(info.value)


def test_invalid_update_changes_nothing():
    org = OrganisationFactory(name_en="Keep", country="KR")
    with pytest.raises(ValidationError):
        domain.update_organisation(organisation=org, data={"name_en": "", "name_ko": ""})
    org.refresh_from_db()
    assert (org.name_en, org.version) == ("Keep", 1)


def test_code_notation_is_parsed_and_checked():
    assert parse_codes("KSIC 26410, naics:334510; HS 8471.30\nKSIC 26410") == [
        ("KSIC", "26410"),
        ("NAICS", "334510"),
        ("HS", "847130"),
    ]
    with pytest.raises(ValidationError) as info:
        parse_codes("KSIC 2641000, XYZ 1, 26410")
    assert info.value.messages == [
        "“2641000” is not a valid KSIC code.",
        "Unknown code scheme “XYZ”: use KSIC, ISIC, NAICS or HS.",
        "“26410”: write a scheme and a code, e.g. KSIC 26410.",
    ]
