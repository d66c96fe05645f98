"""The migration that lets an interviewer be deleted fills in every letter's recipient text."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

# Every app back to its first migration, so the old models match the tables exactly.
BEFORE = [
    ("accounts", "0001_initial"),
    ("interviews", "0001_initial"),
    ("letters", "0001_initial"),
]
AFTER = [("letters", "0002_letter_recipient_text")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_existing_letters_get_their_recipients_name_and_sent_ones_the_address():
    old = migrate(BEFORE)
    user = old.get_model("accounts", "User").objects.create(email="alex@example.com")
    start = datetime(2026, 6, 1, 14, tzinfo=UTC)
    interview = old.get_model("interviews", "Interview").objects.create(
        owner=user,
        company="Acme",
        role="Data Engineer",
        starts_at=start,
        ends_at=start.replace(hour=15),
    )
    Interviewer = old.get_model("interviews", "Interviewer")
    dana = Interviewer.objects.create(owner=user, name="Dana Whitfield", email="dana@acme.example")
    omar = Interviewer.objects.create(owner=user, name="Omar Haddad", email="omar@acme.example")
    Letter = old.get_model("letters", "Letter")
    Letter.objects.create(owner=user, interview=interview, recipient=dana, status="sent")
    Letter.objects.create(owner=user, interview=interview, recipient=omar, status="draft")
    try:
        new = migrate(AFTER)
        letters = new.get_model("letters", "Letter").objects.order_by("recipient_name")
        assert list(letters.values_list("recipient_name", "recipient_email")) == [
            ("Dana Whitfield", "dana@acme.example"),
            ("Omar Haddad", ""),
        ]
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
