"""Who may run, read, move and publish a mission's schedules: staff of its organiser (and administrators).
Everyone else reads the published schedule through the agendas (``agendas.view_agenda``)."""

from __future__ import annotations

import rules

from gyoryu.missions.permissions import manages_mission

rules.add_perm("scheduling.view_schedule", manages_mission)
rules.add_perm("scheduling.change_schedule", manages_mission)
