"""The user's own data: export all of it, or delete all of it.

Why a registry in ``accounts`` and not a view in the ``followup`` package: what a user
stored is spread over every app, and each app knows best which of its rows are the
user's and what they mean (interviews its panels, coaching the comments on a client's
letters and the ones a coach wrote). A module in ``followup`` would have to know every
model of every app and be edited whenever one changes. So, as with ``accounts.scoping``,
each app registers its part in its ``AppConfig.ready``:

- ``register_export_section(name, fn)``: ``fn(*, user)`` returns the section's rows as
  JSON-ready dicts, in a fixed number of queries (``values()``), whatever their count;
- ``register_export_table(name, fn, headers=...)``: ``fn(*, user)`` returns the rows of a
  CSV a person reads (labels, local times, names), keyed by ``headers``;
- ``register_before_delete(fn)``: ``fn(*, user, now)`` runs in the deletion's first
  transaction, before any row goes (cancel what is pending, end coach access).

The deletion itself is the cascade from the user row, in batches of short transactions;
the models say what goes with it (``CASCADE``) and what outlives it (``SET_NULL``: a
coach's comments on a client's letter). Admin history about the deleted rows goes too:
its entries quote them.
"""

import io
from collections import Counter, defaultdict
from collections.abc import Callable

from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import router, transaction
from django.db.models import CASCADE
from django.db.models.deletion import Collector
from django.utils import timezone

from accounts.csvfile import write_csv

ExportSection = Callable[..., object]
BeforeDelete = Callable[..., None]

FORMAT_VERSION = 1

_export_sections: dict[str, ExportSection] = {}
_export_tables: dict[str, tuple[ExportSection, list[str]]] = {}
_before_delete: dict[str, BeforeDelete] = {}


def register_export_section(name: str, fn: ExportSection) -> None:
    """Add (or replace) the export section ``name``; ``fn(*, user)`` returns its rows."""
    _export_sections[name] = fn


def register_export_table(name: str, fn: ExportSection, *, headers: list[str]) -> None:
    """Add (or replace) the CSV table ``name``: ``fn(*, user)`` returns dicts keyed by
    ``headers``, with the words and local times the user reads in the app."""
    _export_tables[name] = (fn, headers)


def register_before_delete(name: str, fn: BeforeDelete) -> None:
    """Run ``fn(*, user, now)`` in the deletion's first transaction, before any row goes."""
    _before_delete[name] = fn


def export_sections() -> list[str]:
    return list(_export_sections)


def stored_rows(queryset, *, exclude: tuple[str, ...] = ()) -> list[dict]:
    """Every stored column of every row, in one query (foreign keys as ``..._id``)."""
    names = [
        field.attname for field in queryset.model._meta.concrete_fields if field.name not in exclude
    ]
    return list(queryset.order_by("pk").values(*names))


# --- export --------------------------------------------------------------------------


def export_data(*, user, now=None) -> dict:
    """Everything ``user`` stored, one key per registered section."""
    now = now or timezone.now()
    data = {"format": FORMAT_VERSION, "exported_at": now}
    for name, fn in _export_sections.items():
        data[name] = fn(user=user)
    return data


def export_csv(*, user, section: str) -> str:
    """One registered table (``register_export_table``) as CSV text, headers first.

    A cell that a spreadsheet would run as a formula is written as text
    (``accounts.csvfile``): notes and imported invites hold text written by other people.
    """
    table, fields = _export_tables[section]
    rows = table(user=user)
    out = io.StringIO()
    write_csv(out, header=fields, rows=([row.get(key, "") for key in fields] for row in rows))
    return out.getvalue()


# --- deletion ------------------------------------------------------------------------


def delete_account(*, user, now=None, batch_size: int | None = None) -> dict[str, int]:
    """Delete ``user`` and everything they stored; returns what was deleted, per model.

    In short transactions, so other users' writes go in between (on SQLite a
    transaction holds the only write lock): first the registered steps (reminders
    cancelled, coach access ended), then the rows that point at the user, a batch at a
    time, each with its cascade and the admin history about it, and the user row last,
    with whatever is left. Interrupted, it keeps what it deleted; running it again
    finishes the job.
    """
    now = now or timezone.now()
    batch_size = batch_size or DELETE_BATCH_SIZE
    using = router.db_for_write(user._meta.model, instance=user)
    with transaction.atomic(using=using):
        for step in _before_delete.values():
            step(user=user, now=now)
    deleted: Counter[str] = Counter()
    for rows in _rows_of(user, using=using):
        while batch := list(rows.order_by("pk")[:batch_size]):
            with transaction.atomic(using=using):
                deleted.update(_delete_with_history(batch, using=using, origin=user))
    with transaction.atomic(using=using):
        deleted.update(_delete_with_history([user], using=using, origin=user))
    return dict(deleted)


def stored_counts(*, user) -> dict[type, int]:
    """How many rows of each model point at ``user`` and go with the account (their own
    cascade aside), one count per model: the admin's confirmation page shows these."""
    using = router.db_for_read(user._meta.model, instance=user)
    counts = {rows.model: rows.count() for rows in _rows_of(user, using=using)}
    return {model: count for model, count in counts.items() if count}


# Rows deleted per transaction, with their cascade: a few hundred rows, tens of
# milliseconds, whatever the account holds.
DELETE_BATCH_SIZE = 300


def _rows_of(user, *, using: str) -> list:
    """A queryset per model whose rows point at the user and go with them (CASCADE),
    those that point at another of these models first (a reminder before its letter,
    a letter before its interview), so no batch cascades into the next model's rows."""
    relations = [
        rel
        for rel in user._meta.related_objects
        if rel.on_delete is CASCADE and not rel.many_to_many
    ]
    models = {rel.related_model for rel in relations}

    def depth(model, seen=frozenset()) -> int:
        targets = {
            field.related_model
            for field in model._meta.concrete_fields
            if field.is_relation and field.related_model in models - seen - {model}
        }
        return 1 + max((depth(t, seen | {model}) for t in targets), default=-1)

    relations.sort(key=lambda rel: -depth(rel.related_model))
    return [
        rel.related_model._base_manager.using(using).filter(**{rel.field.name: user})
        for rel in relations
    ]


def _delete_with_history(objs, *, using: str, origin) -> dict[str, int]:
    collector = Collector(using=using, origin=origin)
    collector.collect(objs)
    _forget_admin_history(collector, using=using)
    return collector.delete()[1]


def _forget_admin_history(collector: Collector, *, using: str) -> None:
    """Delete admin log entries about the rows the collector will delete: their
    ``object_repr`` quotes them (an interview's title, a person's name)."""
    pks: dict[type, set] = defaultdict(set)
    for model, instances in collector.data.items():
        pks[model].update(obj.pk for obj in instances)
    for queryset in collector.fast_deletes:
        pks[queryset.model].update(queryset.values_list("pk", flat=True))
    for model, ids in pks.items():
        if not ids:
            continue
        content_type = ContentType.objects.db_manager(using).get_for_model(model)
        LogEntry.objects.using(using).filter(
            content_type=content_type, object_id__in=[str(pk) for pk in ids]
        ).delete()
