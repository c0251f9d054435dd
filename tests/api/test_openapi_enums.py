"""Values that come from a fixed list (a model field's choices) appear as enums in the OpenAPI document.

Generic over the document: any property or parameter named like a choice field of any model must carry
an enum, so a new feature's schema cannot forget it."""

from django.apps import apps

from gyoryu.api import api

# Names of choice fields that are free text elsewhere (none today); add with a reason.
FREE_TEXT: set[str] = set()
# Fields of features that landed while this test was written (programme, reports), to be given enums with
# their models' choices; listed exactly, so that the list only shrinks and no new gap goes unnoticed.
KNOWN_GAPS = {
    "ItemIn.attendance", "ItemIn.kind", "ItemIn.place",
    "ItemOut.attendance", "ItemOut.kind", "ItemOut.place", "ItemOut.status",
    "ItemPatch.attendance", "ItemPatch.kind", "ItemPatch.place",
    "MeetingOut.attendance", "MeetingOut.status", "OutcomeOut.interest",
    "CheckInOut.stage", "LeadOut.stage", "ColumnOut.kind",
}  # fmt: skip


def _choice_names() -> set[str]:
    return {
        f.name
        for m in apps.get_models()
        if m.__module__.startswith("gyoryu.")
        for f in m._meta.concrete_fields
        if f.choices
    } - FREE_TEXT


def _has_enum(schema: dict) -> bool:
    if "enum" in schema or "$ref" in schema:  # (a nested object is no choice)
        return True
    if "items" in schema:
        return _has_enum(schema["items"])
    return any(_has_enum(s) for s in schema.get("anyOf", []) if s.get("type") != "null")


def test_choice_fields_are_enums_in_the_document():
    doc = api.get_openapi_schema()
    names = _choice_names()
    assert names >= {"kind", "status", "scheme", "priority", "revenue_band"}
    missing, checked = [], 0
    for schema_name, schema in doc["components"]["schemas"].items():
        for prop, spec in schema.get("properties", {}).items():
            if prop in names:
                checked += 1
                if not _has_enum(spec):
                    missing.append(f"{schema_name}.{prop}")
    for path, operations in doc["paths"].items():
        for method, op in operations.items():
            for param in op.get("parameters", []):
                if param["name"] in names:
                    checked += 1
                    if not _has_enum(param["schema"]):
                        missing.append(f"{method.upper()} {path} ?{param['name']}")
    assert sorted(set(missing) - KNOWN_GAPS) == []
    assert sorted(KNOWN_GAPS - set(missing)) == []  # a gap was fixed: take it off the list
    assert checked >= 15


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
