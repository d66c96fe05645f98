"""Rows claimed with a lease: the outbox's sweep claims its emails this way, and the
mailbox checks (``inbox``) their connections.

A claim sets a lease (a time after which another worker may claim the row again, because
this one died) that is also the claim's token: every later write of the claim's holder is
conditional on it, so a worker whose lease lapsed changes nothing.
"""

import secrets
from datetime import datetime, timedelta

from django.db import connection, transaction


def lease_token(*, now: datetime, lease: timedelta) -> datetime:
    # A few random microseconds: two workers claiming in the same instant still hold
    # different tokens.
    return now + lease + timedelta(microseconds=secrets.randbelow(1000) + 1)


def claim_rows(due, *, limit: int, changes: dict, order, fields=("pk",), token_field="lease_until"):
    """Claim up to ``limit`` rows of ``due()`` for this worker by writing ``changes`` on
    them (the token is ``changes[token_field]``); a second worker skips them. Returns
    ``fields`` (the first is ``pk``) of the rows claimed, in ``order``.

    ``SELECT ... FOR UPDATE SKIP LOCKED`` where the database has it (PostgreSQL), then one
    UPDATE that changes only the rows still due. Where nothing held the rows we read (no
    SKIP LOCKED, and not SQLite's immediate transactions, which keep other writers out)
    another worker may have claimed one since: it stays theirs, and ours are read back by
    our token.
    """
    with transaction.atomic():
        rows = due()
        if connection.features.has_select_for_update_skip_locked:
            rows = rows.select_for_update(skip_locked=True)
        found = list(rows.values_list(*fields)[:limit])
        pks = [row[0] for row in found]
        if due().filter(pk__in=pks).update(**changes) < len(found):
            ours = rows.model.objects.filter(pk__in=pks, **{token_field: changes[token_field]})
            found = list(ours.order_by(*order).values_list(*fields))
        return found
