"""Each user's data version: a new random value whenever any of their rows changes.

Pages cached per user (``accounts.pagecache``) carry the version in their key, so a page
cached before a change is never served after it. The version lives on the user's row,
which every signed-in request loads anyway: reading it costs nothing.

Who says what changed:

- Saving or deleting a tracked model (``track``, called by each app at ready for its own
  models) changes the version of the users the row belongs to.
- ``TrackedQuerySet`` does the same for ``update()`` (and so ``bulk_update()``) and
  ``bulk_create()``, which send no signals.
- Code that writes with raw SQL says so itself with ``changed(user_id, ...)`` (reminder
  dispatch does, once per batch).

The new version is written once per transaction, after it commits: a page rendered
before the commit and cached under the old version is never asked for again, and no
row of the user is locked by the writes of other rows.
"""

from __future__ import annotations

import secrets

from django.db import connections, models, router, transaction
from django.db.models.signals import post_delete, post_save

# The largest value a signed 64-bit column holds: versions are random in [1, MAX].
MAX_VERSION = 2**63 - 1


def new_version() -> int:
    return secrets.randbelow(MAX_VERSION) + 1


# Owners known only through a relation that is not loaded: (related model, path from it to
# the user's id) -> primary keys of the related rows. Looked up in one query per relation
# when the new versions are written: a cascade deleting 1,500 panelists reads nothing row
# by row, and a parent deleted with them has announced its owner itself.
Via = dict[tuple[type[models.Model], str], set[int]]


def changed(*user_ids: int | None, using: str = "default", via: Via | None = None) -> None:
    """The data of these users changed (and of the owners ``via`` names): give each a new
    version once the change commits."""
    ids = {pk for pk in user_ids if pk}
    if not ids and not via:
        return
    connection = connections[using]
    if not connection.in_atomic_block or connection.atomic_blocks[0]._from_testcase:
        # Autocommit: the change is committed already. (Inside a test case's transaction
        # nothing ever commits; the test's own writes count as committed, as they do for
        # every query the test makes next.)
        _write(ids | _look_up(via or {}, using), using)
        return
    # One UPDATE per transaction, however many rows it wrote. A rolled-back transaction
    # or savepoint drops the callback with its changes; the next change registers anew.
    state = getattr(connection, "_freshness", None)
    if state is None or not any(entry[1] is state[0] for entry in connection.run_on_commit):
        pending: set[int] = set()
        pending_via: Via = {}

        def flush() -> None:
            connection._freshness = None
            _write(pending | _look_up(pending_via, using), using)

        state = connection._freshness = (flush, pending, pending_via)
        # Robust: the data is committed; a failure here is logged, never the user's error.
        transaction.on_commit(flush, using=using, robust=True)
    state[1].update(ids)
    for relation, pks in (via or {}).items():
        state[2].setdefault(relation, set()).update(pks)


def _look_up(via: Via, using: str) -> set[int]:
    ids: set[int] = set()
    for (model, path), pks in via.items():
        rows = model._base_manager.using(using).filter(pk__in=pks).values_list(path, flat=True)
        ids.update(pk for pk in rows if pk)
    return ids


def _write(ids: set[int], using: str) -> None:
    from accounts.models import User

    if not ids:
        return
    # One statement for all of them: the value need not differ between users, the key
    # holds the user too. Rows are locked in key order, as by every other such UPDATE.
    User.objects.using(using).filter(pk__in=sorted(ids)).update(data_version=new_version())


# --- Tracking -----------------------------------------------------------------------

# model -> the paths from a row of the model to the ids of the users it belongs to
_OWNER_PATHS: dict[type[models.Model], tuple[str, ...]] = {}


def track(model: type[models.Model], *paths: str) -> None:
    """Change the version of the users a row of ``model`` belongs to whenever one is
    saved or deleted. ``paths`` lead from the model to those users' ids: ``"owner_id"``,
    ``"interview__owner_id"``, or several (a coaching access matters to both sides)."""
    _OWNER_PATHS[model] = paths
    uid = f"freshness:{model._meta.label}"
    post_save.connect(_on_write, sender=model, dispatch_uid=uid, weak=False)
    post_delete.connect(_on_write, sender=model, dispatch_uid=uid, weak=False)


def _on_write(sender, instance, using=None, **kwargs) -> None:
    if sender in _OWNER_PATHS:
        _changed_rows(sender, [instance], using=using or router.db_for_write(sender))


def _changed_rows(model: type[models.Model], rows, *, using: str) -> None:
    """Announce the owners of ``rows``: read from the rows, from a loaded parent, or
    looked up by the parent's key when the change is written (see ``Via``)."""
    ids: set[int] = set()
    via: Via = {}
    for path in _OWNER_PATHS[model]:
        first, _, rest = path.partition("__")
        if not rest:
            ids.update(getattr(row, first) for row in rows)
            continue
        field = model._meta.get_field(first)
        for row in rows:
            if field.is_cached(row):
                parent = getattr(row, first)
                if parent is not None:
                    ids.add(_follow(parent, rest))
            elif (key := getattr(row, field.attname)) is not None:
                via.setdefault((field.related_model, rest), set()).add(key)
    changed(*ids, using=using, via=via)


def _follow(obj: models.Model, path: str) -> int | None:
    *relations, last = path.split("__")
    for name in relations:
        obj = getattr(obj, name)
        if obj is None:
            return None
    return getattr(obj, last)


def owners_of(queryset: models.QuerySet) -> set[int]:
    """The users the rows of ``queryset`` belong to (one query)."""
    paths = _OWNER_PATHS.get(queryset.model, ())
    ids: set[int] = set()
    if paths:
        for row in queryset.order_by().values_list(*paths).distinct():
            ids.update(pk for pk in row if pk)
    return ids


class TrackedQuerySet(models.QuerySet):
    """``update()`` and ``bulk_create()`` change the owners' versions as ``save()`` does
    (Django sends no signal for them); ``bulk_update()`` runs through ``update()``."""

    def update(self, **kwargs):
        owners = owners_of(self)  # before: the update may move rows out of the filter
        rows = super().update(**kwargs)
        if rows:
            changed(*owners, using=self.db)
        return rows

    update.alters_data = True

    def bulk_create(self, objs, *args, **kwargs):
        objs = super().bulk_create(objs, *args, **kwargs)
        self._changed(objs)
        return objs

    bulk_create.alters_data = True

    def _changed(self, objs) -> None:
        if self.model in _OWNER_PATHS:
            _changed_rows(self.model, objs, using=self.db)
