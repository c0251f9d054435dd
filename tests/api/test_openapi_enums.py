"""Values that come from a fixed list (a model field's choices) appear as enums in the OpenAPI document.

Generic over the document: any property or parameter named like a choice field of any model must carry
an enum, so a new feature's schema cannot forget it."""

from django.apps import apps

from gyoryu.api import api

# Names of choice fields that are free text elsewhere (none today); add with a reason.
FREE_TEXT: set[str] = set()


def _choice_names() -> dict[str, set[str]]:
    """name -> the JSON types of the model choice fields so named ("string" or "integer")."""
    names: dict[str, set[str]] = {}
    for m in apps.get_models():
        if not m.__module__.startswith("gyoryu."):
            continue
        for f in m._meta.concrete_fields:
            if f.choices and f.name not in FREE_TEXT:
                kind = "integer" if f.get_internal_type().endswith("IntegerField") else "string"
                names.setdefault(f.name, set()).add(kind)
    return names


def _types(schema: dict) -> set[str]:
    if "type" in schema:
        return {schema["type"]}
    return {t for s in schema.get("anyOf", []) for t in _types(s)} - {"null"}


def _is_choice(name: str, schema: dict, names: dict[str, set[str]]) -> bool:
    """A property named like a choice field, unless its type shows it is something else (an ``owner`` that
    is a person's id is not the agenda's ``owner`` choice)."""
    if name not in names:
        return False
    types = _types(schema)
    return not types or "array" in types or bool(types & names[name])


def _has_enum(schema: dict) -> bool:
    if "enum" in schema or "$ref" in schema:  # (a nested object is no choice)
        return True
    if "items" in schema:
        return _has_enum(schema["items"])
    return any(_has_enum(s) for s in schema.get("anyOf", []) if s.get("type") != "null")


def test_choice_fields_are_enums_in_the_document():
    doc = api.get_openapi_schema()
    names = _choice_names()
    assert names.keys() >= {"kind", "status", "scheme", "priority", "revenue_band"}
    missing, checked = [], 0
    for schema_name, schema in doc["components"]["schemas"].items():
        for prop, spec in schema.get("properties", {}).items():
            if _is_choice(prop, spec, names):
                checked += 1
                if not _has_enum(spec):
                    missing.append(f"{schema_name}.{prop}")
    for path, operations in doc["paths"].items():
        for method, op in operations.items():
            for param in op.get("parameters", []):
                if _is_choice(param["name"], param["schema"], names):
                    checked += 1
                    if not _has_enum(param["schema"]):
                        missing.append(f"{method.upper()} {path} ?{param['name']}")
    assert sorted(missing) == []
    assert checked >= 60


def test_enum_values_are_the_models_choices():
    doc = api.get_openapi_schema()["components"]["schemas"]
    assert doc["MissionIn"]["properties"]["status"]["enum"] == [
        "planning",
        "recruiting",
        "matching",
        "scheduled",
        "under_way",
        "follow_up",
        "closed",
    ]
    assert doc["TargetIn"]["properties"]["priority"]["enum"] == [1, 2, 3]
    assert doc["OrganisationPatch"]["properties"]["revenue_band"]["enum"][-2:] == ["", None]


def test_a_person_id_named_like_a_choice_field_is_no_choice():
    names = {"owner": {"string"}, "priority": {"integer"}}
    assert _is_choice("owner", {"type": "integer"}, names) is False
    assert _is_choice("owner", {"anyOf": [{"type": "integer"}, {"type": "null"}]}, names) is False
    assert _is_choice("owner", {"type": "string"}, names) is True
    assert _is_choice("priority", {"type": "integer"}, names) is True
    assert _is_choice("areas", {"type": "array"}, names) is False


def test_programme_and_partnership_enums_are_the_models_choices():
    from gyoryu.partnerships.models import Area
    from gyoryu.programme.models import ProgrammeItem

    doc = api.get_openapi_schema()["components"]["schemas"]
    assert doc["ItemIn"]["properties"]["kind"]["enum"] == list(ProgrammeItem.Kind.values)
    assert doc["AgreementIn"]["properties"]["areas"]["items"]["enum"] == list(Area.values)
    assert doc["MeetingOut"]["properties"]["attendance"]["enum"] == ["held", "no_show", ""]
