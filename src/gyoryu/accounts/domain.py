"""State changes of organisers, accounts, API tokens and invitations."""

from __future__ import annotations

import datetime as dt
import secrets

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from gyoryu.accounts.models import ApiToken, Invitation, Membership, Organiser, Role, hash_token


@transaction.atomic
def create_organiser(*, slug: str, name_ko: str = "", name_en: str = "") -> Organiser:
    """Side effects: one Organiser row."""
    organiser = Organiser(slug=slug, name_ko=name_ko, name_en=name_en)
    organiser.full_clean()
    organiser.save()
    return organiser


@transaction.atomic
def create_account(*, username: str, password: str, email: str = "", is_superuser: bool = False) -> User:
    """Side effects: one User row with a hashed password."""
    user = User(username=username, email=email, is_superuser=is_superuser, is_staff=is_superuser)
    user.set_password(password)
    user.full_clean()
    user.save()
    return user


@transaction.atomic
def grant(*, user: User, organiser: Organiser, role: str, organisation=None) -> Membership:
    """Give an account a role at an organiser.  Side effects: one Membership row (or the existing one)."""
    if role != Role.STAFF and organisation is None:
        raise ValueError("delegates and guests act for an organisation")
    if organisation is not None and organisation.organiser_id != organiser.pk:
        raise ValueError("the organisation belongs to another organiser")
    membership, _ = Membership.objects.get_or_create(
        user=user, organiser=organiser, role=role, organisation=organisation if role != Role.STAFF else None
    )
    return membership


TOKEN_DAYS = (30, 90, 365)  # lifetimes offered on the account page


@transaction.atomic
def issue_api_token(*, user: User, name: str, days: int = 90) -> str:
    """Create a bearer token valid for ``days`` and return it; only its hash is kept.
    Side effects: one ApiToken row."""
    if days < 1:
        raise ValueError("a token lives at least one day")
    raw = "gy_" + secrets.token_urlsafe(32)
    ApiToken.objects.create(
        user=user,
        name=name,
        digest=hash_token(raw),
        prefix=raw[:8],
        expires=timezone.now() + dt.timedelta(days=days),
    )
    return raw


@transaction.atomic
def revoke_api_token(*, user: User, token_id: int) -> ApiToken:
    """Stop one of the account's own tokens at once.  Side effects: the token's ``revoked`` time (kept if
    already revoked).  Raises ApiToken.DoesNotExist for another account's token."""
    token = ApiToken.objects.select_for_update().get(pk=token_id, user=user)
    if token.revoked is None:
        token.revoked = timezone.now()
        token.save(update_fields=["revoked"])
    return token


def user_for_token(raw: str) -> User | None:
    """The active account a bearer token stands for, or None (unknown, expired or revoked token, or a
    deactivated account).  Side effects: records the time of use."""
    token = ApiToken.objects.select_related("user").filter(digest=hash_token(raw)).first()
    if token is None or not token.is_active(timezone.now()) or not token.user.is_active:
        return None
    ApiToken.objects.filter(pk=token.pk).update(last_used=timezone.now())
    return token.user


@transaction.atomic
def invite_partner(*, organiser: Organiser, organisation, person=None, days: int = 60) -> str:
    """Create an invitation link token for a partner organisation; return the raw token.
    Side effects: one Invitation row (only the hash of the token is stored)."""
    if organisation.organiser_id != organiser.pk:
        raise ValueError("the organisation belongs to another organiser")
    raw = secrets.token_urlsafe(24)
    Invitation.objects.create(
        organiser=organiser,
        organisation=organisation,
        person=person,
        digest=hash_token(raw),
        expires=timezone.now() + dt.timedelta(days=days),
    )
    return raw


class InvitationInvalid(Exception):
    pass


@transaction.atomic
def accept_invitation(*, raw: str) -> User:
    """Turn an invitation link into a guest account (the same account on every later visit).
    Side effects: on first use a User with an unusable password, a guest Membership, and the person linked."""
    invitation = (
        Invitation.objects.select_for_update(of=("self",))
        .select_related("organisation", "person", "used_by")
        .filter(digest=hash_token(raw))
        .first()
    )
    if invitation is None or not invitation.is_active(timezone.now()):
        raise InvitationInvalid
    if invitation.used_by is not None:
        return invitation.used_by
    user = User(username=f"guest-{invitation.pk}-{secrets.token_hex(3)}")
    user.set_unusable_password()
    user.save()
    grant(user=user, organiser=invitation.organiser, role=Role.GUEST, organisation=invitation.organisation)
    if invitation.person and invitation.person.user_id is None:
        invitation.person.user = user
        invitation.person.save(update_fields=["user"])
    invitation.used_by = user
    invitation.save(update_fields=["used_by"])
    return user


@transaction.atomic
def revoke_invitation(*, invitation: Invitation) -> Invitation:
    """Stop an invitation link at once.  Side effects: the invitation's ``revoked`` time; when the link was
    used, the guest account it made is deactivated (its sessions end; its history stays)."""
    invitation = (
        Invitation.objects.select_for_update(of=("self",)).select_related("used_by").get(pk=invitation.pk)
    )
    if invitation.revoked is None:
        invitation.revoked = timezone.now()
        invitation.save(update_fields=["revoked"])
    guest = invitation.used_by
    if guest is not None and guest.is_active and not guest.is_superuser:
        guest.is_active = False
        guest.save(update_fields=["is_active"])
    return invitation
