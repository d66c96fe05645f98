"""Demo data for ``seed_demo``: the account itself."""

from accounts.models import User

DEMO_NAME = "Alex Morgan"
DEMO_TIME_ZONE = "America/New_York"


def seed_user(*, email: str, password: str) -> tuple[User, bool]:
    user, created = User.objects.get_or_create(email=email.lower())
    user.name = DEMO_NAME
    user.time_zone = DEMO_TIME_ZONE
    user.is_active = True
    user.set_password(password)
    user.save()
    _mark_email_verified(user)
    return user, created


def _mark_email_verified(user: User) -> None:
    from allauth.account.models import EmailAddress

    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
