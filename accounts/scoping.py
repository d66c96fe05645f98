"""Admin pages that show each staff user only the rows of the owners they may see.

``accounts`` is the lowest app and knows nothing of coaching. Which owners a staff user
may see is a rule of a higher app, so it is a hook: the coaching app registers its rule
(a coach sees the clients whose consent is active) with ``register_visible_owners`` in
its ``AppConfig.ready``. With no rule registered, a non-superuser sees no one's rows.
Superusers always see everything.
"""

from collections.abc import Callable

from django.contrib import admin
from django.contrib.admin import helpers
from django.contrib.auth import get_user_model
from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.db import models
from django.http import Http404

_visible_owners: Callable[[object], models.QuerySet] | None = None


def register_visible_owners(rule: Callable[[object], models.QuerySet]) -> None:
    """Set the rule: ``rule(user)`` returns a flat ``values_list`` queryset of owner ids."""
    global _visible_owners
    _visible_owners = rule


def visible_owner_ids(user) -> models.QuerySet:
    """The ids of the owners whose rows ``user`` may see in the admin (a subquery)."""
    if _visible_owners is None:
        return get_user_model().objects.none().values_list("pk", flat=True)
    return _visible_owners(user)


def may_see_owner(request, owner_id) -> bool:
    """Superusers see everything; other staff only the owners the registered rule allows."""
    if request.user.is_superuser:
        return True
    ids = getattr(request, "_visible_owner_ids", None)
    if ids is None:
        # Read once per request, never longer: a revoke applies to the very next request.
        ids = set(visible_owner_ids(request.user))
        request._visible_owner_ids = ids
    return owner_id in ids


def _owner_id(obj, owner_field: str):
    for part in owner_field.split("__")[:-1]:
        obj = getattr(obj, part)
    return getattr(obj, f"{owner_field.split('__')[-1]}_id")


class OwnerScopedAdmin:
    """Mix into a ModelAdmin so non-superusers see only the rows of owners they may see.

    ``owner_field`` is the lookup to the owning user ("owner", "interview__owner").
    Anything outside the scope answers 404, whether opened by GET or POST; an action on
    a row outside it answers 403; related widgets and filters list in-scope rows only.
    """

    owner_field = "owner"

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if request.user.is_superuser:
            return qs
        return qs.filter(**{f"{self.owner_field}__in": visible_owner_ids(request.user)})

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        if obj is None:
            # The stock admin redirects with "doesn't exist"; out of scope is simply 404.
            raise Http404("No such object.")
        return obj

    def _in_scope(self, request, obj) -> bool:
        return obj is None or may_see_owner(request, _owner_id(obj, self.owner_field))

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self._in_scope(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._in_scope(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._in_scope(request, obj)

    def get_list_filter(self, request):
        filters = super().get_list_filter(request)
        if request.user.is_superuser:
            return filters
        # A plain related filter lists every row of the related table, other users
        # included; the "related only" filter lists those in this (scoped) changelist.
        scoped = []
        for item in filters:
            if isinstance(item, str) and self._is_relation(item):
                item = (item, admin.RelatedOnlyFieldListFilter)
            scoped.append(item)
        return scoped

    def _is_relation(self, path: str) -> bool:
        model = self.model
        field = None
        for part in path.split("__"):
            try:
                field = model._meta.get_field(part)
            except FieldDoesNotExist:
                return False
            model = getattr(field, "related_model", None) or model
        return bool(field and field.is_relation)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        formfield = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if formfield is not None and not request.user.is_superuser:
            formfield.queryset = _scope_related(formfield.queryset, request.user)
        return formfield

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        formfield = super().formfield_for_manytomany(db_field, request, **kwargs)
        if formfield is not None and not request.user.is_superuser:
            formfield.queryset = _scope_related(formfield.queryset, request.user)
        return formfield

    def response_action(self, request, queryset, *args, **kwargs):
        selected = request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)
        if selected and not request.user.is_superuser:
            try:
                visible = self.get_queryset(request).filter(pk__in=selected).count()
            except (ValueError, ValidationError):
                visible = -1
            if visible != len(set(selected)):
                raise PermissionDenied
        return super().response_action(request, queryset, *args, **kwargs)


def _scope_related(queryset, user):
    model = queryset.model
    if model is get_user_model():
        return queryset.filter(pk__in=visible_owner_ids(user))
    names = {f.name for f in model._meta.get_fields()}
    if "owner" in names:
        return queryset.filter(owner__in=visible_owner_ids(user))
    if "interview" in names:
        return queryset.filter(interview__owner__in=visible_owner_ids(user))
    return queryset.none()
