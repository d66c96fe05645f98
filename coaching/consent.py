"""Who coaches whom: the coach role, the client's consent, and the admin scoping built on it.

A coach is a staff user in the "Career coaches" group. A coach sees a client's letters,
interviews and interviewers only while the client's ``CoachAccess`` row is active: the
client invites a coach by email and can revoke that access at any time, effective at once.
"""

from __future__ import annotations

from datetime import timedelta
from functools import partial

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.http import Http404
from django.utils import timezone

from accounts import limits
from accounts.models import QuotaUse, User
from coaching.models import CoachAccess

COACH_GROUP = "Career coaches"

# Exactly what a coach needs, and no more:
# - view and change letters: the review queue is the letter changelist, and the review
#   form and the approve/request-changes actions need "change" (the letter's own fields
#   stay read-only in the admin: the letter is written in the client's voice, by the client);
# - add and view review comments: write a review, read earlier ones;
# - view interviews, interviewers and panelists: the context of the letter and the
#   interviewer notes. Coaches never edit a client's interview records.
# No auth permissions at all: coaches cannot open user accounts, passwords or groups.
COACH_PERMISSIONS = (
    ("letters", "view_letter"),
    ("letters", "change_letter"),
    ("coaching", "add_reviewcomment"),
    ("coaching", "view_reviewcomment"),
    ("interviews", "view_interview"),
    ("interviews", "view_interviewer"),
    ("interviews", "view_panelist"),
)


# --- The coach role -------------------------------------------------------------------


def coach_permissions() -> list[Permission]:
    wanted = models.Q()
    for app_label, codename in COACH_PERMISSIONS:
        wanted |= models.Q(content_type__app_label=app_label, codename=codename)
    found = list(Permission.objects.filter(wanted))
    if len(found) < len(COACH_PERMISSIONS):
        # Right after the first migrate the permissions of a later app may not exist yet.
        from django.contrib.auth.management import create_permissions

        for app_label in {label for label, _ in COACH_PERMISSIONS}:
            create_permissions(apps.get_app_config(app_label), verbosity=0)
        found = list(Permission.objects.filter(wanted))
    return found


def ensure_coach_group() -> Group:
    """Create the coach group, or put its permissions back to exactly the needed ones."""
    group, _ = Group.objects.get_or_create(name=COACH_GROUP)
    group.permissions.set(coach_permissions())
    return group


def ensure_coach_group_after_migrate(sender, using="default", **kwargs):
    # post_migrate is sent once per app, in INSTALLED_APPS order; coaching comes after
    # interviews and letters, so by then every permission the group needs exists.
    if sender.label == "coaching":
        ensure_coach_group()


def is_coach(user) -> bool:
    return bool(
        user.is_authenticated and user.is_staff and user.groups.filter(name=COACH_GROUP).exists()
    )


def make_coach(*, email: str, link_pending: bool = True) -> tuple[User, list[str]]:
    """Make the account for ``email`` a coach, creating it if needed.

    Returns the coach and what was done, one sentence each (empty when nothing changed).
    A new account gets an unusable password: the coach sets one with "forgot password".
    Staff making a coach (``assign_coach``, the admin) also link the invitations still
    waiting for that address; accepting one invitation (``link_pending=False``) links
    only that one.
    """
    email = User.objects.normalize_email(email).lower()
    done = []
    group = ensure_coach_group()
    coach = User.objects.filter(email__iexact=email).first()
    if coach is None:
        coach = User(email=email, is_staff=True)
        coach.set_unusable_password()
        coach.save()
        done.append(f"Created the coach account {email} (staff, no password yet).")
    elif not coach.is_staff:
        coach.is_staff = True
        coach.save(update_fields=["is_staff"])
        done.append(f"{email} can now sign in to the admin (staff).")
    if not coach.groups.filter(pk=group.pk).exists():
        coach.groups.add(group)
        done.append(f"Added {email} to the “{COACH_GROUP}” group.")
    linked = link_pending_invitations(coach=coach) if link_pending else 0
    if linked:
        done.append(f"Linked {linked} pending invitation(s) to {email}.")
    return coach, done


# --- Consent --------------------------------------------------------------------------


def clients_of(coach) -> models.QuerySet:
    """The users whose letters ``coach`` may see right now."""
    return get_user_model().objects.filter(
        pk__in=CoachAccess.objects.active().filter(coach=coach).values("client")
    )


def client_ids_subquery(coach) -> models.QuerySet:
    return CoachAccess.objects.active().filter(coach=coach).values_list("client", flat=True)


def coaches_of(client) -> models.QuerySet:
    """The coaches who may review ``client``'s letters right now."""
    return get_user_model().objects.filter(
        pk__in=CoachAccess.objects.active().filter(client=client).values("coach")
    )


def open_accesses(client) -> models.QuerySet:
    """Active and still-pending invitations of ``client``, oldest first."""
    return (
        CoachAccess.objects.filter(client=client, revoked_at__isnull=True)
        .select_related("coach")
        .order_by("created_at")
    )


def coaches(coach, client) -> bool:
    return CoachAccess.objects.active().filter(coach=coach, client=client).exists()


def grant_access(*, coach: User, client: User, now=None) -> tuple[CoachAccess, bool]:
    """Staff assign ``client`` to ``coach`` (``assign_coach``); returns (access, created)."""
    now = now or timezone.now()
    if coach.pk == client.pk:
        raise ValidationError("A coach cannot be their own client.")
    with transaction.atomic():
        access = (
            CoachAccess.objects.select_for_update()
            .filter(client=client, coach_email__iexact=coach.email, revoked_at__isnull=True)
            .first()
        )
        if access and access.coach_id == coach.pk:
            return access, False
        if access:  # an invitation waiting for this coach's account
            access.coach = coach
            access.accepted_at = access.accepted_at or now
            access.save(update_fields=["coach", "accepted_at"])
            return access, True
        access = CoachAccess.objects.create(
            client=client, coach=coach, coach_email=coach.email, created_at=now, accepted_at=now
        )
        return access, True


def invitation_expires_at(access: CoachAccess):
    return access.created_at + timedelta(days=settings.COACH_INVITATION_DAYS)


def is_expired(access: CoachAccess, *, now=None) -> bool:
    """An invitation nobody accepted within COACH_INVITATION_DAYS (14) can't be accepted."""
    return access.coach_id is None and invitation_expires_at(access) <= (now or timezone.now())


def expired_message() -> str:
    return (
        "This invitation has expired: an invitation can be accepted for "
        f"{settings.COACH_INVITATION_DAYS} days. Ask your client to invite you again from "
        "their profile page."
    )


def _unexpired(queryset, *, now):
    cutoff = now - timedelta(days=settings.COACH_INVITATION_DAYS)
    return queryset.filter(models.Q(coach__isnull=False) | models.Q(created_at__gt=cutoff))


def invitations_sent(*, client: User, now) -> int:
    """Invitations ``client`` made in the last 24 hours (revoked ones too: each sent an email)."""
    return CoachAccess.objects.filter(
        client=client, created_at__gte=now - limits.QUOTA_PERIOD
    ).count()


def invite_coach(*, client: User, email: str, now=None) -> tuple[CoachAccess, bool]:
    """The client gives a coach access to their letters; returns (access, created).

    An existing coach account gets access at once; anyone else first accepts the
    invitation link (``accept_invitation``). The emails go out after commit.

    The invitation is an email from Followup to a third party, so the client needs a
    confirmed address and stays within COACH_INVITES_PER_DAY (``limits.SendingNotAllowed``).
    """
    now = now or timezone.now()
    email = User.objects.normalize_email(email).strip().lower()
    if email == client.email.lower():
        raise ValidationError("That is your own address: invite your coach’s email instead.")
    existing = CoachAccess.objects.filter(
        client=client, coach_email__iexact=email, revoked_at__isnull=True
    ).first()
    if existing and not is_expired(existing, now=now):
        return existing, False
    limits.require_verified_email(client, what="email an invitation for you")
    limits.check_quota(
        used=max(
            invitations_sent(client=client, now=now),
            # the same address under an account deleted since
            limits.quota_used(user=client, kind=QuotaUse.Kind.COACH_INVITATION, now=now),
        ),
        limit=settings.COACH_INVITES_PER_DAY,
        what="coach invitations",
    )
    if existing:
        # Expired: it makes way for the new one (the old link stops working for good).
        CoachAccess.objects.filter(pk=existing.pk, revoked_at__isnull=True).update(revoked_at=now)
    coach = User.objects.filter(email__iexact=email, is_staff=True).first()
    if coach is not None and not is_coach(coach):
        coach = None
    try:
        with transaction.atomic():
            access = CoachAccess.objects.create(
                client=client,
                coach=coach,
                coach_email=email,
                created_at=now,
                accepted_at=now if coach else None,
            )
            limits.record_use(user=client, kind=QuotaUse.Kind.COACH_INVITATION, now=now)
    except IntegrityError:
        # A double submit raced us to the same invitation: the first one stands.
        return CoachAccess.objects.get(
            client=client, coach_email__iexact=email, revoked_at__isnull=True
        ), False
    from coaching import tasks as review_tasks

    transaction.on_commit(partial(review_tasks.send_coach_invitation.delay, access_id=access.pk))
    return access, True


def pending_invitation(*, token: str, user: User) -> CoachAccess:
    """The open invitation behind ``token`` addressed to ``user``; Http404 otherwise.

    It may have expired (``is_expired``): the page says so rather than pretend it is gone.
    """
    access = (
        CoachAccess.objects.filter(token=token, revoked_at__isnull=True)
        .select_related("client")
        .first()
    )
    if access is None or access.coach_email.lower() != user.email.lower():
        raise Http404("No such invitation.")
    return access


def accept_invitation(*, access: CoachAccess, user: User, now=None) -> CoachAccess:
    """The invited person accepts: they become a coach with access to this client only.

    Other clients' invitations to the same address stay pending until each is accepted:
    accepting one never grants another.
    """
    now = now or timezone.now()
    if access.client_id == user.pk:
        raise ValidationError("You cannot coach yourself.")
    if access.coach_id == user.pk:
        return access
    if is_expired(access, now=now):
        raise ValidationError(expired_message())
    make_coach(email=user.email, link_pending=False)
    access.coach = user
    access.accepted_at = now
    access.save(update_fields=["coach", "accepted_at"])
    return access


def link_pending_invitations(*, coach: User, now=None) -> int:
    """Invitations sent to this coach's email before they had an account now apply
    (staff made the account a coach); expired ones don't."""
    now = now or timezone.now()
    pending = CoachAccess.objects.filter(
        coach__isnull=True, coach_email__iexact=coach.email, revoked_at__isnull=True
    ).exclude(client=coach)
    return _unexpired(pending, now=now).update(coach=coach, accepted_at=now)


def revoke_access(*, access: CoachAccess, now=None) -> None:
    """The client withdraws consent: the coach loses access with the next request."""
    from coaching import review

    now = now or timezone.now()
    with transaction.atomic():
        CoachAccess.objects.filter(pk=access.pk, revoked_at__isnull=True).update(revoked_at=now)
        access.revoked_at = now
        review.withdraw_orphaned_reviews(client=access.client, now=now)
