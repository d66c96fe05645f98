"""Each user's data version: a new random value whenever any of their rows changes.

Pages cached per user (``accounts.pagecache``) carry the version in their key, so a page
cached before a change is never served after it. The version lives on the user's row,
which every signed-in request loads anyway: reading it costs nothing.

Who says what changed:

- Saving or deleting a tracked model (``track``, called by each app at ready for its own
  models) changes the version of the users the row belongs to.
- ``TrackedQuerySet`` does the same for ``update()``, ``bulk_create()`` and
  ``bulk_update()``, which send no signals.
- Code that writes with raw SQL says so itself with ``changed(user_id, ...)`` (reminder
  dispatch does, once per batch).

The new version is written once per transaction, after it commits: a page rendered
before the commit and cached under the old version is never asked for again, and no
row of the user is locked by the writes of other rows.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable

from django.db import connections, models, router, transaction
from django.db.models.signals import post_delete, post_save

# The largest value a signed 64-bit column holds: versions are random in [1, MAX].
MAX_VERSION = 2**63 - 1


def new_version() -> int:
    return secrets.randbelow(MAX_VERSION) + 1


def changed(*user_ids: int | None, using: str = "default") -> None:
    """The data of these users changed: give each a new version once the change commits."""
    ids = {pk for pk in user_ids if pk}
    if not ids:
        return
    connection = connections[using]
    if not connection.in_atomic_block or connection.atomic_blocks[0]._from_testcase:
        # Autocommit: the change is committed already. (Inside a test case's transaction
        # nothing ever commits; the test's own writes count as committed, as they do for
        # every query the test makes next.)
        _write(ids, using)
        return
    # One UPDATE per transaction, however many rows it wrote. A rolled-back transaction
    # or savepoint drops the callback with its changes; the next change registers anew.
    state = getattr(connection, "_freshness", None)
    if state is None or not any(entry[1] is state[0] for entry in connection.run_on_commit):
        pending: set[int] = set()

        def flush() -> None:
            connection._freshness = None
            _write(pending, using)

        state = connection._freshness = (flush, pending)
        # Robust: the data is committed; a failure here is logged, never the user's error.
        transaction.on_commit(flush, using=using, robust=True)
    state[1].update(ids)


def _write(ids: set[int], using: str) -> None:
    from accounts.models import User

    # One statement for all of them: the value need not differ between users, the key
    # holds the user too. Rows are locked in key order, as by every other such UPDATE.
    User.objects.using(using).filter(pk__in=sorted(ids)).update(data_version=new_version())


# --- Tracking -----------------------------------------------------------------------

# model -> function(instance) returning the ids of the users the row belongs to
_OWNERS: dict[type[models.Model], Callable[[models.Model], Iterable[int | None]]] = {}
# model -> the ORM paths to those users from a queryset of the model
_OWNER_PATHS: dict[type[models.Model], tuple[str, ...]] = {}


def track(model: type[models.Model], *paths: str) -> None:
    """Change the version of the users a row of ``model`` belongs to whenever one is
    saved or deleted. ``paths`` lead from the model to those users' ids: ``"owner_id"``,
    ``"interview__owner_id"``, or several (a coaching access matters to both sides)."""
    _OWNER_PATHS[model] = paths

    def owners(instance: models.Model) -> list[int | None]:
        return [_follow(instance, path) for path in paths]

    _OWNERS[model] = owners
    uid = f"freshness:{model._meta.label}"
    post_save.connect(_on_write, sender=model, dispatch_uid=uid, weak=False)
    post_delete.connect(_on_write, sender=model, dispatch_uid=uid, weak=False)


def _on_write(sender, instance, using=None, **kwargs) -> None:
    owners = _OWNERS.get(sender)
    if owners is not None:
        changed(*owners(instance), using=using or router.db_for_write(sender))


def _follow(instance: models.Model, path: str) -> int | None:
    """``interview__owner_id`` on a panelist: its interview's owner id (the interview is
    read only if it is not loaded already; a deleted parent counts as no owner)."""
    obj = instance
    *relations, last = path.split("__")
    try:
        for name in relations:
            obj = getattr(obj, name)
            if obj is None:
                return None
        return getattr(obj, last)
    except models.ObjectDoesNotExist:
        return None


def owners_of(queryset: models.QuerySet) -> set[int]:
    """The users the rows of ``queryset`` belong to (one query)."""
    paths = _OWNER_PATHS.get(queryset.model, ())
    ids: set[int] = set()
    if paths:
        for row in queryset.order_by().values_list(*paths).distinct():
            ids.update(pk for pk in row if pk)
    return ids


class TrackedQuerySet(models.QuerySet):
    """``update()``, ``bulk_create()`` and ``bulk_update()`` change the owners' versions
    as ``save()`` does (Django sends no signal for them)."""

    def update(self, **kwargs):
        owners = owners_of(self) if self.model in _OWNER_PATHS else set()
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

    def bulk_update(self, objs, *args, **kwargs):
        rows = super().bulk_update(objs, *args, **kwargs)
        self._changed(objs)
        return rows

    bulk_update.alters_data = True

    def _changed(self, objs) -> None:
        owners = _OWNERS.get(self.model)
        if owners is not None:
            changed(*(pk for obj in objs for pk in owners(obj)), using=self.db)
