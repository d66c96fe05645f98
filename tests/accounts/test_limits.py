"""Daily limits count per address as well as per account (accounts.limits)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts import limits
from accounts.models import QuotaUse
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_same_mailbox_gives_the_same_address_hash():
    same = {
        limits.address_hash(email)
        for email in ("alex@example.com", " Alex@Example.COM ", "alex+jobs@example.com")
    }

    assert len(same) == 1
    assert limits.address_hash("alexa@example.com") not in same
    assert "alex" not in same.pop()


def test_a_use_is_forgotten_after_a_day_and_keeps_no_address():
    user = UserFactory(email="alex@example.com")
    now = timezone.now()
    limits.record_use(user=user, kind=QuotaUse.Kind.TEST_SEND, now=now - timedelta(hours=25))
    limits.record_use(user=user, kind=QuotaUse.Kind.TEST_SEND, now=now)

    assert QuotaUse.objects.count() == 1
    assert limits.quota_used(user=user, kind=QuotaUse.Kind.TEST_SEND, now=now) == 1
    assert limits.quota_used(user=user, kind=QuotaUse.Kind.LETTER, now=now) == 0
    assert not QuotaUse.objects.filter(address_hash__icontains="example").exists()


def test_another_address_on_the_same_account_still_counts():
    user = UserFactory(email="alex@example.com")
    now = timezone.now()
    limits.reserve(user=user, kind=QuotaUse.Kind.TEST_SEND, limit=1, what="tests", now=now)
    user.email = "alex@elsewhere.example"

    with pytest.raises(limits.SendingNotAllowed, match="limit of 1 tests"):
        limits.reserve(user=user, kind=QuotaUse.Kind.TEST_SEND, limit=1, what="tests", now=now)

    assert QuotaUse.objects.count() == 1
