"""Who may see what.  Every list and detail, page or API, starts from these scopes."""

from __future__ import annotations

from dataclasses import dataclass, field

from gyoryu.accounts.models import Invitation, Membership, Organiser, Role


@dataclass(frozen=True)
class Scope:
    """What one account acts as: administrator, staff of organisers, or for its own organisations."""

    is_admin: bool = False
    staff_organisers: frozenset[int] = field(default_factory=frozenset)
    delegate: frozenset[tuple[int, int]] = field(default_factory=frozenset)  # (organiser id, organisation id)
    guest: frozenset[tuple[int, int]] = field(default_factory=frozenset)

    @property
    def delegate_orgs(self) -> frozenset[int]:
        return frozenset(org for _, org in self.delegate)

    @property
    def guest_orgs(self) -> frozenset[int]:
        return frozenset(org for _, org in self.guest)

    @property
    def own_orgs(self) -> frozenset[int]:
        return self.delegate_orgs | self.guest_orgs

    @property
    def is_staff_anywhere(self) -> bool:
        return self.is_admin or bool(self.staff_organisers)

    @property
    def is_guest_only(self) -> bool:
        """A partner guest and nothing else (no staff or delegation role)."""
        return bool(self.guest_orgs) and not (self.is_staff_anywhere or self.delegate_orgs)

    @property
    def role_names(self) -> list[str]:
        names = ["admin"] if self.is_admin else []
        names += ["staff"] if self.staff_organisers else []
        names += ["delegate"] if self.delegate_orgs else []
        names += ["guest"] if self.guest_orgs else []
        return names


def scope_for(user) -> Scope:
    """The scope of an account (cached on the user object for one request)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return Scope()
    cached = getattr(user, "_gyoryu_scope", None)
    if cached is not None:
        return cached
    staff, delegate, guest = set(), set(), set()
    for organiser_id, role, org_id in Membership.objects.filter(user=user).values_list(
        "organiser_id", "role", "organisation_id"
    ):
        if role == Role.STAFF:
            staff.add(organiser_id)
        elif role == Role.DELEGATE:
            delegate.add((organiser_id, org_id))
        elif role == Role.GUEST:
            guest.add((organiser_id, org_id))
    scope = Scope(user.is_superuser, frozenset(staff), frozenset(delegate), frozenset(guest))
    user._gyoryu_scope = scope
    return scope


def organisers_for(user):
    """The organisers the account may act for (create records, import, export): those it is staff of; every
    organiser for administrators.  Slug order, as the header's selector shows them."""
    scope = scope_for(user)
    if scope.is_admin:
        return Organiser.objects.all()
    return Organiser.objects.filter(pk__in=scope.staff_organisers)


def managed_invitations(user):
    """Invitation links the account may see and revoke: its organisers' (staff), or all (administrators)."""
    scope = scope_for(user)
    qs = Invitation.objects.select_related("organisation", "organiser", "used_by").order_by("-created")
    if scope.is_admin:
        return qs
    return qs.filter(organiser_id__in=scope.staff_organisers)
