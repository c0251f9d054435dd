"""Who may see suggested partners: of an organisation, whoever may see its profile (candidates are limited to
profiles the account sees, ``queries.candidates``); free-text search runs over the acting organiser's
directory, for its staff."""

from __future__ import annotations

import rules

from gyoryu.accounts.permissions import is_admin, is_organiser_staff
from gyoryu.organizations.permissions import acts_for, is_involved

rules.add_perm("matchmaking.view_suggestions", is_admin | is_organiser_staff | acts_for | is_involved)
rules.add_perm("matchmaking.search_directory", is_admin | is_organiser_staff)
