"""Every schema of the API has its own name: the OpenAPI document keys its components by class name, so two
features' ``TargetOut`` would silently document one feature's answers with the other's fields."""

from collections import defaultdict

from ninja import Schema

from gyoryu.urls import api


def _subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def test_schema_class_names_are_unique_across_features():
    api.get_openapi_schema()  # imports every router's schemas
    homes = defaultdict(set)
    for cls in _subclasses(Schema):
        if cls.__module__.startswith("gyoryu."):
            homes[cls.__name__].add(cls.__module__)
    assert {name: sorted(mods) for name, mods in homes.items() if len(mods) > 1} == {}
