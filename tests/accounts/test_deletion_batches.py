"""Deleting an account goes in batches of short transactions, so other users' writes go in
between (on SQLite a transaction holds the only write lock); bench/delete_account.py
times the benchmark's heavy account."""

import pytest
from django.db import connection
from django.db.models.signals import pre_delete
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import User
from accounts.userdata import delete_account
from interviews.models import Interview, Interviewer
from letters.models import Letter
from reminders.models import Reminder
from tests.factories import (
    InterviewerFactory,
    InterviewFactory,
    LetterFactory,
    PanelistFactory,
    ReminderFactory,
    UserFactory,
)


class Interrupted(Exception):
    pass


@pytest.fixture
def interrupt_at():
    """Stop the deletion (as a killed worker would) when it reaches this interviewer."""
    target = {}

    def receiver(sender, instance, **kwargs):
        if instance.pk == target.get("pk"):
            raise Interrupted

    pre_delete.connect(receiver, sender=Interviewer, dispatch_uid="test-interrupt")
    yield lambda person: target.update(pk=person.pk if person else None)
    pre_delete.disconnect(sender=Interviewer, dispatch_uid="test-interrupt")


def an_account(*, people: int):
    user = UserFactory()
    interview = InterviewFactory(owner=user)
    dm = PanelistFactory(interview=interview, is_decision_maker=True)
    LetterFactory(interview=interview, recipient=dm.interviewer)
    ReminderFactory(interview=interview)
    InterviewerFactory.create_batch(people - 1, owner=user)
    return user


@pytest.mark.django_db(transaction=True)
def test_an_interrupted_deletion_keeps_the_batches_it_committed_and_a_second_run_finishes(
    interrupt_at,
):
    user = an_account(people=25)
    other = an_account(people=2)
    people = list(Interviewer.objects.filter(owner=user).order_by("pk"))
    interrupt_at(people[15])  # in the second batch of ten

    with pytest.raises(Interrupted):
        delete_account(user=user, batch_size=10)

    # The reminders, letters and interviews went first, then one batch of ten people:
    # each in its own transaction, committed; the batch that was cut short rolled back.
    assert not Reminder.objects.filter(user=user).exists()
    assert not Letter.objects.filter(owner=user).exists()
    assert not Interview.objects.filter(owner=user).exists()
    assert list(Interviewer.objects.filter(owner=user).order_by("pk")) == people[10:]
    assert User.objects.filter(pk=user.pk).exists()

    interrupt_at(None)
    delete_account(user=user, batch_size=10)

    assert not User.objects.filter(pk=user.pk).exists()
    assert not Interviewer.objects.filter(owner_id=user.pk).exists()
    assert Interviewer.objects.filter(owner=other).count() == 2
    assert Letter.objects.filter(owner=other).count() == 1


@pytest.mark.django_db(transaction=True)  # committed batches, as in production
def test_deleting_an_account_costs_the_same_queries_with_3_or_60_interviewers(
    django_assert_max_num_queries,
):
    small, big = an_account(people=3), an_account(people=60)
    with CaptureQueriesContext(connection) as with_three:
        delete_account(user=small)

    # (The first deletion also fills Django's content-type cache.)
    with django_assert_max_num_queries(len(with_three)):
        delete_account(user=big)


def an_account_with(interviews: int):
    user = UserFactory(name="Heavy Harriet")
    for n in range(interviews):
        interview = InterviewFactory(owner=user, company=f"Company {n}")
        PanelistFactory(interview=interview)
    return user


@pytest.mark.django_db
def test_the_admins_confirmation_counts_what_goes_instead_of_listing_every_row(
    client, django_assert_max_num_queries
):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    small, big = an_account_with(2), an_account_with(20)
    with CaptureQueriesContext(connection) as for_two:
        client.get(reverse("admin:accounts_user_delete", args=[small.pk]))

    with django_assert_max_num_queries(len(for_two)):
        page = client.get(reverse("admin:accounts_user_delete", args=[big.pk]))

    assert page.status_code == 200
    assert "<li>Interviews: 20</li>" in page.text
    assert "<li>Interviewers: 20</li>" in page.text
    assert "Company 7" not in page.text  # no row by row
    assert "Cannot delete" not in page.text
