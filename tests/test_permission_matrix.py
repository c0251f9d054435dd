"""The permission matrix: every URL pattern and every API operation, for every role, answers as designed.

HOW TO ADD A ROW (a new page or API operation; the test fails until it has one):

    "feature:url_name":          R("pk=mission", "L 200 404 200 200 L 200"),
    "GET /api/feature/{id}":     R("id=mission", "401 200 404 200 200 200 200"),

- the key is the URL's name (``namespace:name``, as ``reverse`` takes it) or, for the API, the method and the
  path of the OpenAPI document; ``name#variant`` adds another row for the same URL (other objects, data);
- the first argument fills the URL's arguments: a name of ``tests.world.build_full_world`` (``mission``,
  ``firm``, ``lead2``, ``agreement_b`` ...: the id is taken), ``@name`` for a link's secret, ``'text'`` (or
  any other word) for the text itself;
- the second lists the expected answer of each role, in the order of ``ROLES``:
  anonymous, staff (organiser A), staff_b (organiser B), delegate (A, for ``firm``), guest (A, for
  ``partner``), token (staff A's API token, ``Authorization: Bearer``; on pages it is nobody), admin;
  ``L`` = a redirect to the sign-in page, any other value the exact status code;
- then, when needed: the method (``"POST"``; default GET), ``query=`` (a query string) and ``data=`` (form
  fields for pages; JSON for the API, else a minimal valid body is made from the OpenAPI schema); in
  ``data``, ``"{name}"`` is the id of a world object.

Conventions (``gyoryu.common.permissions``): what a role may not see answers 404, as if it did not exist; what
it sees but may not do answers 403; pages send anonymous visitors to sign in, the API answers 401.
``test_guessed_ids_reveal_nothing`` then tries, for every row and role, the ids of every object of the same
kind that the role must not reach (``build_full_world``'s ``hidden``) and a free id: they all answer alike,
and refuse.  Requests run in a savepoint rolled back after each, over one world built once per module.
"""

from __future__ import annotations

import json
import re
from typing import NamedTuple

import pytest
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.world import ROLES, full_world_for_module


class Row(NamedTuple):
    args: str
    expect: str
    method: str = "GET"
    query: str = ""
    data: dict | None = None


pytestmark = pytest.mark.django_db  # (each test nests in the module's world, rolled back after it)

R = Row
ALL_200 = "200 200 200 200 200 200 200"
SIGNED_IN = "L 200 200 200 200 L 200"
STAFF_ONLY = "L 200 404 403 403 L 200"  # A's mission: B's staff cannot see it, A's delegate and guest may not
API_STAFF_ONLY = "401 200 404 403 403 200 200"

MATRIX: dict[str, Row] = {
    # public: the secret in the address is the key
    "calendar_feed": R("token=@feed", ALL_200),
    "calendar_feed#unknown": R("token=unknown", "404 404 404 404 404 404 404"),
    "invitation": R("token=@invitation", "302 302 302 302 302 302 302"),
    "invitation#unknown": R("token=unknown", "404 404 404 404 404 404 404"),
    "followup:answer": R("token=@checkin", ALL_200),
    "followup:answer#unknown": R("token=unknown", "404 404 404 404 404 404 404"),
    "set_language": R("", "302 302 302 302 302 302 302", "POST", data={"language": "ko", "next": "/"}),
    "login": R("", ALL_200),
    "logout": R("", "L L L L L L L", "POST"),
    "home": R("", "302 302 302 302 302 302 302"),
    "api:openapi-json": R("", ALL_200),
    "api:openapi-view": R("", ALL_200),
    "api:api-root": R("", "404 404 404 404 404 404 404"),
    # accounts
    "tokens": R("", SIGNED_IN),
    "revoke_token": R("pk=api_token", "L 302 404 404 404 L 404", "POST"),
    "invitations": R("", "L 200 200 403 403 L 200"),
    "revoke_invitation": R("pk=invitation", "L 302 404 404 404 L 302", "POST"),
    "choose_organiser": R("", "L 200 200 404 404 L 200"),
    "notifications:inbox": R("", SIGNED_IN),
    "notifications:read_all": R("", "L 302 302 302 302 L 302", "POST"),
    # organisations and people (admin works for both organisers: it must choose before creating)
    "organizations:directory": R("", SIGNED_IN),
    "organizations:create": R("", "L 200 200 403 403 L 302"),
    "organizations:detail": R("pk=partner", "L 200 404 200 200 L 200"),
    "organizations:edit": R("pk=partner", "L 200 404 404 200 L 200"),
    "organizations:invite": R("pk=partner", "L 200 404 403 403 L 200", "POST"),
    "organizations:logo": R("pk=partner", "L 200 404 200 200 L 200"),
    "organizations:people": R("", SIGNED_IN),
    "organizations:person_create": R("", SIGNED_IN),
    "organizations:person_detail": R("pk=partner_person", "L 200 404 404 200 L 200"),
    "organizations:person_edit": R("pk=partner_person", "L 200 404 404 200 L 200"),
    "organizations:import": R("", "L 200 200 403 403 L 302"),
    "organizations:export": R("kind=organisations fmt=csv", "L 200 200 403 403 L 302"),
    "matchmaking:suggestions": R("pk=firm", "L 200 404 200 200 L 200"),
    "matchmaking:codes": R("", "L 200 200 200 200 L 200", "POST"),
    # missions
    "missions:list": R("", SIGNED_IN),
    "missions:create": R("", "L 200 200 403 403 L 302"),
    "missions:dashboard": R("pk=mission", "L 200 404 200 200 L 200"),
    "missions:dashboard#a2": R("pk=mission_a2", "L 200 404 404 404 L 200"),
    "missions:edit": R("pk=mission", STAFF_ONLY),
    "missions:add_part": R("pk=mission part='stop'", STAFF_ONLY),
    "missions:edit_part": R("pk=mission part='stop' item=stop", STAFF_ONLY),
    "missions:remove_part": R("pk=mission part='interpreter' item=interpreter", "L 302 404 403 403 L 302", "POST"),
    # meetings and requests
    "meetings:list": R("pk=mission", STAFF_ONLY),
    "meetings:create": R("pk=mission", STAFF_ONLY),
    "meetings:cancel": R("pk=mission meeting=meeting2", "L 302 404 403 403 L 302", "POST"),
    "meetings:requests": R("pk=mission", "L 200 404 200 200 L 200"),
    "meetings:request_new": R("pk=mission", "L 200 404 200 403 L 200", query="as=firm&to=partner2"),
    "meetings:request_answer": R(
        "pk=mission meeting=request", "L 302 404 302 404 L 302", "POST", data={"decision": "withdraw"}
    ),
    "meetings:request_answer#asked": R(
        "pk=mission meeting=request2", "L 302 404 404 302 L 302", "POST", data={"decision": "decline"}
    ),
    "meetings:request_answer#wrong_side": R(
        "pk=mission meeting=request", "L 302 404 403 404 L 302", "POST", data={"decision": "accept"}
    ),
    # schedules (organiser staff) and agendas
    "scheduling:overview": R("pk=mission", STAFF_ONLY),
    "scheduling:detail": R("pk=mission number=1", STAFF_ONLY),
    "scheduling:status": R("pk=mission number=1", STAFF_ONLY),
    "scheduling:publish": R("pk=mission number=1", "L 302 404 403 403 L 302", "POST"),
    "scheduling:move": R("pk=mission number=1", "L 302 404 403 403 L 302", "POST"),
    "scheduling:agenda": R("pk=mission who=organisation item=firm", "L 200 404 200 404 L 200"),
    "scheduling:agenda_file": R("pk=mission who=organisation item=firm fmt=ics", "L 200 404 200 404 L 200"),
    "agendas:master": R("pk=mission", "L 200 404 404 404 L 200"),
    "agendas:master_file": R("pk=mission fmt=pdf", "L 200 404 404 404 L 200"),
    "agendas:master_feed_create": R("pk=mission", "L 200 404 404 404 L 200", "POST"),
    "agendas:master_settings": R("pk=mission", "L 302 404 403 403 L 302", "POST"),
    "agendas:agenda": R("pk=mission who=organisation item=firm", "L 200 404 200 404 L 200"),
    "agendas:agenda#partner": R("pk=mission who=organisation item=partner", "L 200 404 404 200 L 200"),
    "agendas:agenda#firm_person": R("pk=mission who=person item=firm_person", "L 200 404 200 404 L 200"),
    "agendas:agenda#venue": R("pk=mission who='venue' item=venue", "L 200 404 404 404 L 200"),
    "agendas:agenda#interpreter": R("pk=mission who='interpreter' item=interpreter", "L 200 404 404 404 L 200"),
    "agendas:agenda_file": R("pk=mission who=organisation item=partner fmt=pdf", "L 200 404 404 200 L 200"),
    "agendas:feed_create": R("pk=mission who=organisation item=firm", "L 200 404 200 404 L 200", "POST"),
    "agendas:feed_revoke": R("pk=mission feed=feed", "L 302 404 302 404 L 302", "POST"),
    # programme
    "programme:list": R("pk=mission", "L 200 404 200 200 L 200"),
    "programme:new": R("pk=mission", STAFF_ONLY),
    "programme:detail": R("pk=mission item_id=item", "L 200 404 200 200 L 200"),
    "programme:detail#item2": R("pk=mission item_id=item2", "L 200 404 404 404 L 200"),
    "programme:edit": R("pk=mission item_id=item", STAFF_ONLY),
    "programme:confirm": R("pk=mission item_id=item", "L 302 404 403 403 L 302", "POST"),
    "programme:cancel": R("pk=mission item_id=item", "L 302 404 403 403 L 302", "POST"),
    "brochure:page": R("pk=mission", "L 200 404 200 200 L 200"),
    "brochure:pdf": R("pk=mission", "L 200 404 200 200 L 200"),
    "brochure:contact": R("pk=mission", "L 302 404 403 403 L 302", "POST"),
    # follow-up: the delegation's own notes; partner guests see none of it
    "followup:today": R("pk=mission", "L 200 404 200 404 L 200"),
    "followup:rates": R("pk=mission", STAFF_ONLY),
    "followup:pipeline": R("pk=mission", "L 200 404 200 404 L 200"),
    "followup:attendance": R("meeting_id=meeting", "L 302 404 302 404 L 302", "POST"),
    "followup:outcome": R("meeting_id=meeting", "L 200 404 200 404 L 200"),
    "followup:lead": R("pk=lead", "L 200 404 200 404 L 200"),
    "followup:lead_stage": R("pk=lead", "L 200 404 200 404 L 200", "POST"),
    "followup:add_task": R("pk=lead", "L 200 404 200 404 L 200", "POST"),
    "followup:task_done": R("pk=task", "L 302 404 302 404 L 302", "POST"),
    "followup:timeline": R("org_id=partner", "L 200 404 200 404 L 200"),
    "followup:timeline#unrelated": R("org_id=unrelated", "L 200 404 404 404 L 200"),
    # results
    "reports:overview": R("", "L 200 200 200 404 L 200"),
    "reports:dashboard": R("pk=mission", "L 200 404 200 404 L 200"),
    "reports:download": R("pk=mission", "L 200 404 200 404 L 200"),
    "reports:firm": R("pk=mission org_id=firm", "L 200 404 200 404 L 200"),
    "reports:firm#firm2": R("pk=mission org_id=firm2", "L 200 404 404 404 L 200"),
    # partnerships
    "partnerships:list": R("", SIGNED_IN),
    "partnerships:create": R("", "L 200 200 403 403 L 302"),
    "partnerships:network": R("", "L 200 200 404 404 L 302"),
    "partnerships:mission_ties": R("pk=mission", "L 200 404 404 404 L 200"),
    "partnerships:document": R("doc_id=document", "L 200 404 200 200 L 200"),
    "partnerships:programme": R("pk=programme", "L 200 404 200 200 L 200"),
    "partnerships:programme_edit": R("pk=programme", STAFF_ONLY),
    "partnerships:detail": R("pk=agreement", "L 200 404 200 200 L 200"),
    "partnerships:detail#agreement2": R("pk=agreement2", "L 200 404 404 404 L 200"),
    "partnerships:edit": R("pk=agreement", STAFF_ONLY),
    "partnerships:status": R("pk=agreement", STAFF_ONLY, "POST"),
    "partnerships:upload": R("pk=agreement", STAFF_ONLY, "POST"),
    "partnerships:add_signatory": R("pk=agreement", STAFF_ONLY, "POST"),
    "partnerships:add_obligation": R("pk=agreement", STAFF_ONLY, "POST"),
    "partnerships:obligation_done": R("pk=agreement item=obligation", "L 302 404 403 403 L 302", "POST"),
    "partnerships:add_link": R("pk=agreement", STAFF_ONLY, "POST"),
    "partnerships:programme_create": R("pk=agreement", STAFF_ONLY),
    "partnerships:remove_part": R("pk=agreement part=links item=link", "L 302 404 403 403 L 302", "POST"),
    # value chains: staff of the organiser manage; a delegate or guest whose organisation is accepted on a
    # stage sees the chain's outline (its own placements), never the planning (gaps, suggestions)
    "valuechains:list": R("", SIGNED_IN),
    "valuechains:create": R("", "L 200 200 403 403 L 302"),
    "valuechains:map": R("pk=chain", "L 200 404 200 200 L 200"),
    "valuechains:map#chain2": R("pk=chain2", "L 200 404 404 404 L 200"),
    "valuechains:edit": R("pk=chain", STAFF_ONLY),
    "valuechains:propose": R("pk=chain", "L 302 404 403 403 L 302", "POST"),
    "valuechains:place": R(
        "pk=chain", "L 302 404 403 403 L 302", "POST", data={"stage": "{stage2}", "organisation": "{unrelated}"}
    ),
    "valuechains:stage_create": R("pk=chain", STAFF_ONLY),
    "valuechains:stage_edit": R("pk=chain stage=stage", STAFF_ONLY),
    "valuechains:suggestions": R("pk=chain stage=stage", "L 200 404 404 404 L 200"),
    "valuechains:add_target": R(
        "pk=chain stage=stage", "L 302 404 403 403 L 302", "POST",
        data={"mission": "{mission}", "organisation": "{unrelated}"},
    ),  # fmt: skip
    "valuechains:decide": R("pk=chain placement=placement2", "L 302 404 403 403 L 302", "POST",
                            data={"decision": "accept"}),  # fmt: skip
    # history: organiser staff only (delegates and guests never read it, even of what they see)
    "audit:organiser": R("", "L 200 200 403 403 L 200"),
    "audit:organiser_export": R("fmt='csv'", "L 200 200 403 403 L 200"),
    "audit:object": R("kind='agreement' pk=agreement", "L 200 404 404 404 L 200"),
    "audit:object#mission": R("kind='mission' pk=mission", "L 200 404 404 404 L 200"),
    "audit:object#person": R("kind='person' pk=partner_person", "L 200 404 404 404 L 200"),
    "audit:object#chain": R("kind='chain' pk=chain", "L 200 404 404 404 L 200"),
    "audit:object#unknown_kind": R("kind='secret' pk=agreement", "L 404 404 404 404 L 404"),
    "audit:recent": R("kind='agreement' pk=agreement", "L 200 404 404 404 L 200"),
    "audit:object_export": R("kind='agreement' pk=agreement fmt='xlsx'", "L 200 404 404 404 L 200"),
    # personal data: everyone's own consents; staff of the person's organiser export and erase
    "privacy:page": R("", SIGNED_IN),
    "privacy:consent": R("", "L 302 302 302 302 L 302"),
    "privacy:withdraw": R("", "L 302 302 302 302 L 302", "POST"),
    "privacy:export": R("pk=partner_person", "L 200 404 404 403 L 200"),
    "privacy:erase": R("pk=partner_person", "L 200 404 404 403 L 200"),
    "privacy:erase#firm_person": R("pk=firm_person", "L 200 404 403 404 L 200"),
    # ---- the API (anonymous: 401; the token is staff A's) ----
    "GET /api/organisations/": R("", "401 200 200 200 200 200 200"),
    "POST /api/organisations/": R("", "401 422 422 403 403 422 422"),
    "GET /api/organisations/{org_id}": R("org_id=partner", "401 200 404 200 200 200 200"),
    "PATCH /api/organisations/{org_id}": R("org_id=partner", "401 200 404 404 200 200 200"),
    "DELETE /api/organisations/{org_id}": R("org_id=firm2", "401 204 404 403 403 204 204"),
    "GET /api/people/": R("", "401 200 200 200 200 200 200"),
    "POST /api/people/": R("", "401 201 422 201 422 201 201", data={"name_en": "Kim", "organisation": "{firm}"}),
    "GET /api/people/{person_id}": R("person_id=partner_person", "401 200 404 404 200 200 200"),
    "PATCH /api/people/{person_id}": R("person_id=partner_person", "401 200 404 404 200 200 200"),
    "GET /api/missions/": R("", "401 200 200 200 200 200 200"),
    "POST /api/missions/": R("", "401 201 201 403 403 201 422", data={"title_en": "Next mission"}),
    "GET /api/missions/{mission_id}": R("mission_id=mission", "401 200 404 200 200 200 200"),
    "PATCH /api/missions/{mission_id}": R("mission_id=mission", "401 200 404 403 403 200 200"),
    "POST /api/missions/{mission_id}/stops": R("mission_id=mission", "401 422 404 403 403 422 422"),
    "POST /api/missions/{mission_id}/venues": R("mission_id=mission", "401 422 404 403 403 422 422"),
    "POST /api/missions/{mission_id}/delegation": R(
        "mission_id=mission", "401 201 404 403 403 201 201", data={"organisation": "{unrelated}"}
    ),
    "POST /api/missions/{mission_id}/targets": R(
        "mission_id=mission", "401 201 404 403 403 201 201", data={"organisation": "{unrelated}"}
    ),
    "POST /api/missions/{mission_id}/interpreters": R("mission_id=mission", "401 422 404 403 403 422 422"),
    "GET /api/missions/{mission_id}/programme": R("mission_id=mission", "401 200 404 200 200 200 200"),
    "POST /api/missions/{mission_id}/programme": R("mission_id=mission", "401 422 404 403 403 422 422"),
    "GET /api/missions/{mission_id}/programme/{item_id}": R(
        "mission_id=mission item_id=item", "401 200 404 200 200 200 200"
    ),
    "GET /api/missions/{mission_id}/programme/{item_id}#item2": R(
        "mission_id=mission item_id=item2", "401 200 404 404 404 200 200"
    ),
    "PATCH /api/missions/{mission_id}/programme/{item_id}": R("mission_id=mission item_id=item", API_STAFF_ONLY),
    "POST /api/missions/{mission_id}/programme/{item_id}/confirm": R(
        "mission_id=mission item_id=item", API_STAFF_ONLY
    ),
    "POST /api/missions/{mission_id}/programme/{item_id}/cancel": R(
        "mission_id=mission item_id=item", API_STAFF_ONLY
    ),
    "GET /api/missions/{mission_id}/agenda": R("mission_id=mission", "401 200 404 404 404 200 200"),
    "GET /api/missions/{mission_id}/agenda/{who}/{item_id}": R(
        "mission_id=mission who=organisation item_id=firm", "401 200 404 200 404 200 200"
    ),
    "GET /api/matchmaking/organisations/{org_id}/suggestions": R("org_id=firm", "401 200 404 200 200 200 200"),
    "POST /api/matchmaking/search": R("", "401 200 200 403 403 200 422"),
    "POST /api/matchmaking/codes": R("", "401 200 200 200 200 200 200"),
    "GET /api/missions/{mission_id}/meetings": R("mission_id=mission", "401 200 404 200 404 200 200"),
    "GET /api/missions/{mission_id}/outcomes": R("mission_id=mission", "401 200 404 200 404 200 200"),
    "GET /api/missions/{mission_id}/leads": R("mission_id=mission", "401 200 404 200 404 200 200"),
    "GET /api/missions/{mission_id}/report": R("mission_id=mission", "401 200 404 200 404 200 200"),
    "GET /api/missions/{mission_id}/report/file": R("mission_id=mission", "401 200 404 200 404 200 200"),
    "GET /api/reports/overview": R("", "401 200 200 200 404 200 200"),
    "GET /api/partnerships/agreements": R("", "401 200 200 200 200 200 200"),
    "POST /api/partnerships/agreements": R("", "401 422 422 403 403 422 422"),
    "GET /api/partnerships/agreements/{agreement_id}": R("agreement_id=agreement", "401 200 404 200 200 200 200"),
    "PATCH /api/partnerships/agreements/{agreement_id}": R("agreement_id=agreement", API_STAFF_ONLY),
    "POST /api/partnerships/agreements/{agreement_id}/status": R(
        "agreement_id=agreement", "401 422 404 403 403 422 422"
    ),
    "POST /api/partnerships/agreements/{agreement_id}/documents": R(
        "agreement_id=agreement", "401 201 404 403 403 201 201"
    ),
    "POST /api/partnerships/agreements/{agreement_id}/obligations": R(
        "agreement_id=agreement", "401 422 404 403 403 422 422"
    ),
    "GET /api/partnerships/programmes": R("", "401 200 200 200 200 200 200"),
    "POST /api/partnerships/agreements/{agreement_id}/programmes": R(
        "agreement_id=agreement", "401 422 404 403 403 422 422"
    ),
    "GET /api/partnerships/programmes/{programme_id}": R("programme_id=programme", "401 200 404 200 200 200 200"),
    "PATCH /api/partnerships/programmes/{programme_id}": R("programme_id=programme", API_STAFF_ONLY),
    "GET /api/partnerships/network": R("", "401 200 200 404 404 200 422"),
    # follow-up over the API: as the pages (the meeting's delegation firm records; partner guests do not)
    "POST /api/missions/{mission_id}/meetings/{meeting_id}/attendance": R(
        "mission_id=mission meeting_id=meeting", "401 200 404 200 404 200 200", data={"status": "held"}
    ),
    "POST /api/missions/{mission_id}/meetings/{meeting_id}/attendance#mission_b": R(
        "mission_id=mission_b meeting_id=meeting", "401 404 404 404 404 404 404", data={"status": "held"}
    ),
    "PUT /api/missions/{mission_id}/meetings/{meeting_id}/outcome": R(
        "mission_id=mission meeting_id=meeting", "401 200 404 200 404 200 200", data={"version": 1, "interest": "high"}
    ),
    # value chains
    "GET /api/valuechains/chains": R("", "401 200 200 200 200 200 200"),
    "POST /api/valuechains/chains": R(
        "", "401 201 201 403 403 201 422", data={"sector": "aerospace", "name_en": "Drones", "from_template": False}
    ),
    "GET /api/valuechains/chains/{chain_id}": R("chain_id=chain", "401 200 404 200 200 200 200"),
    "GET /api/valuechains/chains/{chain_id}#chain2": R("chain_id=chain2", "401 200 404 404 404 200 200"),
    "GET /api/valuechains/chains/{chain_id}/stages": R("chain_id=chain", "401 200 404 200 200 200 200"),
    "POST /api/valuechains/chains/{chain_id}/stages": R(
        "chain_id=chain", "401 201 404 403 403 201 201", data={"name_en": "Materials"}
    ),
    "GET /api/valuechains/chains/{chain_id}/placements": R("chain_id=chain", "401 200 404 200 200 200 200"),
    "POST /api/valuechains/chains/{chain_id}/placements": R(
        "chain_id=chain", "401 201 404 403 403 201 201", data={"stage_id": "{stage2}", "organisation": "{unrelated}"}
    ),
    "POST /api/valuechains/chains/{chain_id}/proposals": R("chain_id=chain", "401 201 404 403 403 201 201"),
    "GET /api/valuechains/chains/{chain_id}/gaps": R("chain_id=chain", "401 200 404 404 404 200 200"),
    "GET /api/valuechains/chains/{chain_id}/stages/{stage_id}/suggestions": R(
        "chain_id=chain stage_id=stage", "401 200 404 404 404 200 200"
    ),
    "POST /api/valuechains/chains/{chain_id}/stages/{stage_id}/targets": R(
        "chain_id=chain stage_id=stage", "401 201 404 403 403 201 201",
        data={"mission": "{mission}", "organisation": "{unrelated}"},
    ),  # fmt: skip
    "GET /api/valuechains/placements/{placement_id}": R("placement_id=placement", "401 200 404 200 404 200 200"),
    "GET /api/valuechains/placements/{placement_id}#partner": R(
        "placement_id=placement_partner", "401 200 404 404 200 200 200"
    ),
    "POST /api/valuechains/placements/{placement_id}/accept": R(
        "placement_id=placement2", "401 200 404 404 404 200 200"
    ),
    "POST /api/valuechains/placements/{placement_id}/accept#own": R(
        "placement_id=placement", "401 422 404 403 404 422 422"
    ),
    "POST /api/valuechains/placements/{placement_id}/reject": R(
        "placement_id=placement2", "401 200 404 404 404 200 200", data={"note": "Not at this stage"}
    ),
    # the history
    "GET /api/history": R("", "401 200 200 403 403 200 200"),
    "GET /api/history#chain": R("", "401 200 404 403 403 200 200", query="kind='chain'&id=chain"),
}

DENIED = {"L", "401", "403", "404"}


# The world, once per module ----------------------------------------------------------------------------


class Setup(NamedTuple):
    world: object
    sessions: dict  # role -> session cookie value (None: no session)
    free_id: int


@pytest.fixture(scope="module")
def setup(django_db_setup, django_db_blocker, tmp_path_factory):
    from django.conf import settings

    from gyoryu.matchmaking import service

    with full_world_for_module(django_db_blocker, tmp_path_factory.mktemp("matrix-media")) as world:
        service.engine_for(world.objects["mission"].organiser_id)  # vectors stored once, not per request
        sessions = {}
        for role in ROLES:
            user = world.users[role]
            if role in ("anonymous", "token") or user is None:
                sessions[role] = None
                continue
            client = Client()
            client.force_login(user)
            sessions[role] = client.cookies[settings.SESSION_COOKIE_NAME].value
        yield Setup(world, sessions, 10 + max(obj.pk for obj in world.objects.values()))


@pytest.fixture(autouse=True)
def _media():
    """(The conftest's per-test upload folder would hide the world's documents: the module keeps its own.)"""


# Requests ----------------------------------------------------------------------------------------------


def _value(setup: Setup, raw: str, override: dict | None = None):
    name = (override or {}).get(raw, raw)
    if isinstance(name, int):
        return name
    if name.startswith("'"):
        return name.strip("'")
    if name.startswith("@"):
        return setup.world.secrets[name[1:]]
    obj = setup.world.objects.get(name)
    return obj.pk if obj is not None else name


def _args(row: Row) -> dict[str, str]:
    return dict(part.split("=", 1) for part in row.args.split())


def _query(setup: Setup, query: str, override: dict | None = None) -> str:
    if not query:
        return ""
    pairs = [p.split("=", 1) for p in query.split("&")]
    return "?" + "&".join(f"{k}={_value(setup, v, override)}" for k, v in pairs)


def _url(setup: Setup, key: str, row: Row, override: dict | None = None) -> str:
    base = key.split("#")[0]
    kwargs = {k: _value(setup, v, override) for k, v in _args(row).items()}
    if " " in base:  # an API operation: fill the OpenAPI path
        path = base.split(" ", 1)[1]
        return re.sub(r"\{(\w+)\}", lambda m: str(kwargs[m.group(1)]), path) + _query(setup, row.query, override)
    return reverse(base, kwargs=kwargs) + _query(setup, row.query, override)


def _client(setup: Setup, role: str) -> Client:
    from django.conf import settings

    client = Client(HTTP_AUTHORIZATION=f"Bearer {setup.world.token}") if role == "token" else Client()
    if setup.sessions[role]:
        client.cookies[settings.SESSION_COOKIE_NAME] = setup.sessions[role]
    return client


def _answer(response) -> str:
    if response.status_code == 302 and response["Location"].startswith("/login/"):
        return "L"
    return str(response.status_code)


def _request(setup: Setup, role: str, key: str, row: Row, override: dict | None = None) -> str:
    url = _url(setup, key, row, override)
    client = _client(setup, role)
    base = key.split("#")[0]
    method = base.split(" ", 1)[0] if " " in base else row.method
    with transaction.atomic():
        if method == "GET":
            response = client.get(url)
        elif " " in base:
            response = _api_write(client, key, _ids(setup, row.data), url)
        else:
            data = _form(_ids(setup, row.data))
            response = client.generic(method, url, data, "application/x-www-form-urlencoded")
        if response.streaming:  # read to the end: the test client then closes the file (and only that)
            b"".join(response.streaming_content)
        transaction.set_rollback(True)
    return _answer(response)


def _ids(setup: Setup, data: dict | None) -> dict | None:
    """``"{name}"`` values become the ids of world objects."""
    if data is None:
        return None
    return {
        k: setup.world.objects[v[1:-1]].pk if isinstance(v, str) and re.fullmatch(r"\{\w+\}", v) else v
        for k, v in data.items()
    }


def _form(data: dict | None) -> str:
    from urllib.parse import urlencode

    return urlencode(data or {})


def _api_write(client: Client, key: str, data: dict | None, url: str):
    from tests.api_bodies import minimal_body, pdf_upload

    method, path = key.split("#")[0].split(" ", 1)
    if method == "POST" and path.endswith("/documents"):
        return client.post(url, {"file": pdf_upload(), "title": "MoU"})
    body = data if data is not None else minimal_body(method, path)
    return client.generic(method, url, json.dumps(body), "application/json")


# The tests ---------------------------------------------------------------------------------------------


def _walk(patterns, prefix: str = "", namespace: str = ""):
    for p in patterns:
        if isinstance(p, URLResolver):
            ns = namespace + (f"{p.namespace}:" if p.namespace else "")
            yield from _walk(p.url_patterns, prefix + str(p.pattern), ns)
        elif isinstance(p, URLPattern):
            yield namespace + (p.name or ""), prefix + str(p.pattern)


def _operations() -> dict[str, str]:
    """"METHOD /api/path" -> path, from the OpenAPI document."""
    from gyoryu.api import api

    doc = api.get_openapi_schema()
    return {f"{m.upper()} {path}": path for path, ops in doc["paths"].items() for m in ops}


def test_every_url_and_operation_has_a_row():
    """The URL resolver's patterns (pages) and the OpenAPI document's operations (API) are the matrix's rows:
    a new view without a row fails here, and so does a row whose view is gone."""
    operations = _operations()
    api_paths = {re.sub(r"\{(\w+)\}", r"<\1>", p.removeprefix("/")) for p in operations.values()}
    pages, unnamed = set(), []
    for name, pattern in _walk(get_resolver().url_patterns):
        if name.startswith("api:") and pattern in api_paths:
            continue  # an API operation: its rows are keyed by method and path
        if not name or name.endswith(":"):
            unnamed.append(pattern)
        pages.add(name)
    assert unnamed == []  # every URL pattern has a name, so that it can have a row
    rows = {key.split("#")[0] for key in MATRIX}
    assert sorted((pages | set(operations)) - rows) == []  # views without a row
    assert sorted(rows - pages - set(operations)) == []  # rows without a view


@pytest.mark.parametrize("key", sorted(MATRIX))
def test_matrix(setup, key):
    row = MATRIX[key]
    assert len(row.expect.split()) == len(ROLES)
    actual = " ".join(_request(setup, role, key, row) for role in ROLES)
    assert actual == row.expect  # anonymous staff staff_b delegate guest token admin


def _guessable(setup: Setup, row: Row) -> list[tuple[str, str]]:
    """(URL argument, kind) of the row's arguments that name world objects."""
    out = []
    for arg, value in _args(row).items():
        if value in setup.world.objects:
            out.append((arg, setup.world.kinds[value]))
    for pair in row.query.split("&") if row.query else []:
        arg, value = pair.split("=", 1)
        if value in setup.world.objects:
            out.append((f"?{value}", setup.world.kinds[value]))
    return out


# Variants whose arguments are of other kinds than their URL's first row (other owners of agendas); the
# other variants name other objects of the same kinds, which go the same way through the view.
GUESS_VARIANTS = {
    "agendas:agenda#firm_person", "agendas:agenda#venue", "agendas:agenda#interpreter", "audit:object#mission",
    "audit:object#person", "audit:object#chain", "GET /api/history#chain",
    "GET /api/valuechains/placements/{placement_id}#partner",
}  # fmt: skip


def _guess_rows() -> list[str]:
    return sorted(
        key
        for key, row in MATRIX.items()
        if ("#" not in key or key in GUESS_VARIANTS) and re.search(r"=[a-z]", row.args + " " + row.query)
    )


@pytest.mark.parametrize("key", _guess_rows())
def test_guessed_ids_reveal_nothing(setup, key):
    """For each role, every object of the URL's kinds that the role must not reach answers exactly as a free
    id does, and that answer is a refusal: ids cannot be probed.  (An id in the query string may be ignored
    rather than refused, e.g. a delegation member always asks as its own firm: it must still answer alike.)"""
    row = MATRIX[key]
    problems = []
    for arg, kind in _guessable(setup, row):
        for role in ROLES:
            hidden = setup.world.hidden[role].get(kind, [])
            if not hidden:
                continue
            value = _args(row).get(arg) or arg.removeprefix("?")
            free = _request(setup, role, key, row, {value: setup.free_id})
            if free not in DENIED and not arg.startswith("?"):
                problems.append(f"{role} {arg}=<free id>: {free}")
            for name in hidden:
                got = _request(setup, role, key, row, {value: name})
                if got != free:
                    problems.append(f"{role} {arg}={name}: {got}, a free id {free}")
    assert problems == []
