"""What each role may do: the one table every access check reads (no database access here)."""

from __future__ import annotations

import enum

from django.db.models import Q

from lantoa.accounts.models import Role
from lantoa.organization.models import UnitKind


class Capability(enum.StrEnum):
    """Something a membership lets its user do, at its unit or across the province."""

    # The unit's reporting: unit page and directory, campaigns it takes part in and its plan,
    # activities, evidence, Excel templates, report requests, submissions, the unit's report.
    REPORTING_READ = "reporting_read"
    # Record and correct activities and evidence, upload Excel, submit reports.
    REPORTING_WRITE = "reporting_write"
    # A press agency's plans and published items.
    PRESS_READ = "press_read"
    # File plans and items for the agency.
    PRESS_WRITE = "press_write"
    # Send opinion items observed in the unit's area, and read one's own.
    OPINION_SEND = "opinion_send"
    # The whole province's opinion data (items, claims, models, reports).
    OPINION_READ = "opinion_read"
    # Approved materials of the campaigns the unit takes part in.
    MATERIALS_READ = "materials_read"


class Extent(enum.IntEnum):
    """How far a capability extends from a membership: nowhere, its unit, the province."""

    NONE = 0
    UNIT = 1
    PROVINCE = 2


C = Capability
# What a role may do at the unit where it is held: each role gets only what its job needs.
UNIT_CAPABILITIES: dict[str, frozenset[Capability]] = {
    # Board staff act province-wide from the board (below); held elsewhere, the role only reads.
    Role.BOARD: frozenset({C.REPORTING_READ, C.MATERIALS_READ}),
    # A commune's or committee's leader reads and signs the unit's reporting; staff record it.
    Role.LEADER: frozenset({C.REPORTING_READ, C.MATERIALS_READ}),
    Role.REPORTER: frozenset({C.REPORTING_READ, C.REPORTING_WRITE, C.MATERIALS_READ}),
    # Agencies record their press work as activities too (the demo has no reporter there).
    Role.PRESS: frozenset(
        {C.REPORTING_READ, C.REPORTING_WRITE, C.PRESS_READ, C.PRESS_WRITE, C.MATERIALS_READ}
    ),
    # An opinion collaborator sends what people say; none of the unit's reporting. Approved
    # materials are made to be handed out, so they may read them to answer what they hear.
    Role.COLLABORATOR: frozenset({C.OPINION_SEND, C.MATERIALS_READ}),
}
# What a role held at the board may do across the province (on top of the above).
PROVINCE_CAPABILITIES: dict[str, frozenset[Capability]] = {
    Role.BOARD: frozenset(
        {C.REPORTING_READ, C.REPORTING_WRITE, C.PRESS_READ, C.OPINION_READ, C.MATERIALS_READ}
    ),
    Role.LEADER: frozenset({C.REPORTING_READ, C.PRESS_READ, C.OPINION_READ, C.MATERIALS_READ}),
}
# Roles that see the whole province when held at the board (board staff and leaders).
PROVINCE_WIDE_ROLES = frozenset(PROVINCE_CAPABILITIES)


def makes_board_staff(*, role: str, unit_kind: str) -> bool:
    """Tell whether a role held at a unit of that kind makes its holder board staff."""
    # "Chuyên viên Ban" held at the board; held at a commune it only reads that commune.
    return role == Role.BOARD and unit_kind == UnitKind.BOARD


# The same rule on Membership rows, for the services that count what a user still holds.
BOARD_STAFF_MEMBERSHIP = Q(role=Role.BOARD, unit__kind=UnitKind.BOARD)


def extent_of(*, role: str, unit_kind: str, can: Capability) -> Extent:
    """Return how far one membership (a role at a unit of that kind) lets its user do `can`."""
    if unit_kind == UnitKind.BOARD and can in PROVINCE_CAPABILITIES.get(role, frozenset()):
        return Extent.PROVINCE
    if can in UNIT_CAPABILITIES.get(role, frozenset()):
        return Extent.UNIT
    return Extent.NONE


def capabilities_of(*, role: str, unit_kind: str) -> frozenset[Capability]:
    """Return everything one membership allows, at its unit or beyond."""
    return frozenset(c for c in Capability if extent_of(role=role, unit_kind=unit_kind, can=c))


def roles_with(*, can: Capability, unit_kind: str) -> list[str]:
    """Return the roles that, held at a unit of that kind, allow `can` there."""
    return [role for role in Role.values if extent_of(role=role, unit_kind=unit_kind, can=can)]
