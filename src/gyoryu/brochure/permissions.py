"""Who may read a mission's delegation brochure (whoever sees the mission: it presents the delegation's public
profiles) and choose its contact person (staff of the organiser)."""

from __future__ import annotations

import rules

from gyoryu.missions.permissions import is_targeted, manages_mission, travels_with

rules.add_perm("brochure.view_brochure", manages_mission | travels_with | is_targeted)
rules.add_perm("brochure.change_brochure", manages_mission)
