"""Property-based fuzzing of the whole REST API from its own OpenAPI document (schemathesis).

Every operation in /api/openapi.json is exercised with generated valid and invalid input, as organiser
staff with a bearer token: no answer may be a server error, and every documented answer must match its
schema.  The operations come from the document, so endpoints that later features add are fuzzed too.
"""

import pytest
import schemathesis
from django.apps import apps
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from gyoryu.accounts.domain import issue_api_token
from tests.world import build_world

EXAMPLES = 12  # per operation: a bounded budget that keeps the suite's time reasonable


@pytest.fixture
def keep_connection():
    """The WSGI handler closes the database connection after each request, which would end the test's
    transaction; Django's own test client keeps it open the same way."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def token(db, keep_connection):
    POOL.clear()
    world = build_world()
    return issue_api_token(user=world.staff, name="fuzz")


def _schema():
    # (schemathesis' lazy fixture loader does not work with pytest 9; the document needs no database)
    from gyoryu.wsgi import application

    return schemathesis.openapi.from_wsgi("/api/openapi.json", application)


schema = _schema()


POOL: dict[str, list[int]] = {}  # per test: fixed at first use, so that generation stays reproducible


def _ids(prefix: str) -> list[int]:
    """Keys of the rows a path parameter ``<prefix>_id`` may name (models whose name starts so)."""
    if prefix not in POOL:
        models = [m for m in apps.get_models() if m.__module__.startswith("gyoryu.")]
        found = [m for m in models if m._meta.model_name.startswith(prefix)]
        POOL[prefix] = sorted({pk for m in found for pk in m._base_manager.values_list("pk", flat=True)})
    return POOL[prefix]


@schema.hook("flatmap_path_parameters")
def real_ids_half_the_time(context, path_parameters):
    """Random numbers mostly name nothing (404); half the cases name rows that exist instead."""
    real = {}
    for name in path_parameters or {}:
        ids = _ids(name.removesuffix("_id")) if name.endswith("_id") else []
        if ids:
            real[name] = st.sampled_from(ids)
    if not real:
        return st.just(path_parameters)
    fixed = {k: st.just(v) for k, v in path_parameters.items()}
    return st.one_of(st.just(path_parameters), st.fixed_dictionaries({**fixed, **real}))


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_api_answers_without_server_errors_and_as_documented(case, token):
    case.call_and_validate(
        headers={"Authorization": f"Bearer {token}"},
        checks=[not_a_server_error, response_schema_conformance, content_type_conformance],
    )
