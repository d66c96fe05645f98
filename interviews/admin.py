from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import transaction
from django.forms.models import BaseInlineFormSet
from django.utils import timezone

from accounts import timefmt
from accounts.scoping import OwnerScopedAdmin
from interviews.models import Interview, Interviewer, Panelist, Reply
from interviews.signals import interview_closed, interview_scheduled


class PanelistAdminForm(forms.ModelForm):
    def validate_constraints(self):
        # Checked across the rows by the formset instead: against the saved rows,
        # moving the decision-maker mark from one person to another would look like two.
        # Saving works because the current decision-maker is the first row (Meta
        # ordering), so its mark is cleared before another row takes it.
        exclude = self._get_validation_exclusions() | {"interview"}
        try:
            self.instance.validate_constraints(exclude=exclude)
        except ValidationError as error:
            self._update_errors(error)


class PanelistInlineFormSet(BaseInlineFormSet):
    def clean(self):
        super().clean()
        marked = [
            form
            for form in self.forms
            if form.cleaned_data.get("is_decision_maker") and not form.cleaned_data.get("DELETE")
        ]
        if len(marked) > 1:
            raise ValidationError("Mark only one interviewer as the decision-maker.")


class PanelistInline(admin.TabularInline):
    model = Panelist
    form = PanelistAdminForm
    formset = PanelistInlineFormSet
    extra = 0
    autocomplete_fields = ["interviewer"]
    fields = ["interviewer", "is_decision_maker", "discussed", "problem_mentioned"]


class FollowUpFilter(admin.SimpleListFilter):
    """The coach summary's "Overdue follow-ups" links here (templates/admin/index.html)."""

    title = "follow-up"
    parameter_name = "follow_up"

    def lookups(self, request, model_admin):
        return [("overdue", "Overdue: window closed, nothing sent"), ("done", "Followed up")]

    def queryset(self, request, queryset):
        if self.value() == "overdue":
            return queryset.overdue(now=timezone.now())
        if self.value() == "done":
            return queryset.filter(follow_up_done_at__isnull=False)
        return queryset


@admin.register(Interview)
class InterviewAdmin(OwnerScopedAdmin, admin.ModelAdmin):
    list_display = [
        "company",
        "role",
        "job_seeker",
        "round",
        "format",
        "starts",
        "outcome",
        "followed_up",
    ]
    list_filter = [FollowUpFilter, "round", "format", "outcome"]
    search_fields = ["company", "role", "owner__email"]
    list_select_related = ["owner"]
    date_hierarchy = "starts_at"
    autocomplete_fields = ["owner"]
    readonly_fields = [
        "follow_up_done_at",
        "reply_received_at",
        "their_reply",
        "created_at",
        "updated_at",
    ]
    inlines = [PanelistInline]

    # Column names a coach reads, not field names ("FOLLOW UP DONE AT").

    @admin.display(description="Job seeker", ordering="owner__name")
    def job_seeker(self, obj):
        return obj.owner.get_full_name()

    @admin.display(description="Starts", ordering="starts_at")
    def starts(self, obj):
        return timefmt.when(obj.starts_at)

    @admin.display(description="Followed up", ordering="follow_up_done_at")
    def followed_up(self, obj):
        return timefmt.when(obj.follow_up_done_at) or "Not yet"

    @admin.display(description="Their reply")
    def their_reply(self, obj):
        # Written in the app by the user (or the reminder email's link, or found in their
        # mailbox); read here.
        reply = Reply.objects.filter(interview=obj).first()
        if reply is None:
            return "–"
        kind = reply.get_kind_display() if reply.kind else "Not said yet"
        found = " (found in their mailbox)" if reply.source == Reply.Source.MAILBOX else ""
        return f"{timefmt.day(reply.received_on)}{found}: {kind}. {reply.note}".strip()

    def save_model(self, request, obj, form, change):
        times_changed = not change or {"starts_at", "ends_at"} & set(form.changed_data)
        if change and times_changed:
            obj.calendar_sequence += 1  # as interview_save: calendars take the new times
        super().save_model(request, obj, form, change)
        if times_changed:
            # Same rule as interviews.services.interview_save: new times, new reminders.
            interview_scheduled.send(sender=Interview, interview=obj, now=timezone.now())

    def delete_model(self, request, obj):
        with transaction.atomic():
            interview_closed.send(sender=Interview, interview=obj, now=timezone.now())
            super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        with transaction.atomic():
            for interview in queryset:
                interview_closed.send(sender=Interview, interview=interview, now=timezone.now())
            super().delete_queryset(request, queryset)


@admin.register(Interviewer)
class InterviewerAdmin(OwnerScopedAdmin, admin.ModelAdmin):
    list_display = ["name", "job_title", "company", "email", "owner"]
    search_fields = ["name", "email", "company", "owner__email"]
    list_select_related = ["owner"]
    autocomplete_fields = ["owner"]
