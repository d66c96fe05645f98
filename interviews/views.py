"""Interview and interviewer pages. Each view fetches through the signed-in user first."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods

from interviews import ics_export, selectors, services
from interviews.calendar import MAX_ICS_BYTES, CalendarImportError
from interviews.caps import AccountFull
from interviews.forms import (
    MAX_PANEL_ROWS,
    PANEL_PREFIX,
    InterviewerFilterForm,
    InterviewerForm,
    InterviewerSearchForm,
    InterviewFilterForm,
    InterviewForm,
    InviteUploadForm,
    OutcomeForm,
    PanelistForm,
    ReplyForm,
    next_round_initial,
    panel_formset,
    panel_initial,
    posted_interviewers,
)
from interviews.models import Interview, Interviewer
from interviews.uploads import InviteUploadHandler

PAGE_SIZE = 20


@login_required
@require_GET
def interview_list(request):
    now = timezone.now()
    filters = InterviewFilterForm(request.GET)
    criteria = filters.cleaned_data if filters.is_valid() else {}
    interviews = selectors.interview_list(
        user=request.user, now=now, q=criteria.get("q", ""), outcome=criteria.get("outcome", "")
    )
    page = selectors.page_of(interviews, request.GET.get("page"), per_page=PAGE_SIZE)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "interviews/interview_list.html",
        {
            "page": page,
            "sections": selectors.interview_sections(page.object_list),
            "filters": filters,
            "outcome_chosen": filters["outcome"].value(),  # once, not once per option
            "filtered": bool(criteria.get("q") or criteria.get("outcome")),
            "query": query.urlencode(),
            "now": now,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def interview_create(request):
    previous = _previous_round(request)
    if previous is not None:
        # "Log the next round": the form filled in from the last one, for the user to save.
        fields, rows = next_round_initial(previous)
        return _render_form(
            request,
            form=InterviewForm(initial=fields),
            formset=panel_formset(
                interviewers=_people(request, also=[row["interviewer"] for row in rows]),
                initial=rows,
                blank_rows=0 if rows else 1,
            ),
            previous=previous,
        )
    form = InterviewForm(request.POST or None)
    formset = panel_formset(
        interviewers=_people(request, also=posted_interviewers(request.POST)),
        data=request.POST or None,
    )
    # Validate both so every error shows at once.
    if request.method == "POST" and all([form.is_valid(), formset.is_valid()]):
        interview = form.save(commit=False)
        interview.owner = request.user
        try:
            services.interview_save(interview=interview, panel=formset.panel())
        except AccountFull as full:
            form.add_error(None, full)
        else:
            messages.success(request, f"Saved: {interview}.")
            return redirect(interview)
    return _render_form(request, form=form, formset=formset)


def _previous_round(request):
    """The user's interview named by ``?after=`` on a GET, or None; someone else's is 404."""
    after = request.GET.get("after", "")
    if request.method != "GET" or not after:
        return None
    if not after.isdigit():
        raise Http404
    return get_object_or_404(
        Interview.objects.for_user(request.user).prefetch_related("panelists"), pk=after
    )


@login_required
@require_http_methods(["GET", "POST"])
@csrf_exempt  # CSRF is checked by _interview_import, after the upload handler is set
def interview_import(request):
    """Upload an invite; a readable one comes back as the create form, prefilled."""
    # Keep at most MAX_ICS_BYTES of the upload, in memory; the rest is read and dropped.
    # Handlers must be set before anything reads the body, hence the CSRF order above.
    handler = InviteUploadHandler(request, max_bytes=MAX_ICS_BYTES)
    request.upload_handlers = [handler]
    return _interview_import(request, handler=handler)


@csrf_protect
def _interview_import(request, *, handler):
    if request.method != "POST":
        return render(request, "interviews/interview_import.html", {"upload": InviteUploadForm()})
    # Bound even when empty: a dropped oversized file leaves no field at all.
    upload = InviteUploadForm(request.POST, request.FILES, too_large=handler.too_large)
    if upload.is_valid():
        try:
            draft = services.invite_draft(
                owner=request.user, data=services.read_invite(upload.cleaned_data["invite"])
            )
        except CalendarImportError as exc:
            upload.add_error("invite", str(exc))
        else:
            if draft.notice:
                messages.warning(request, draft.notice)
            form = InterviewForm(initial=draft.fields)
            known = [entry.interviewer.pk for entry in draft.panel if entry.interviewer]
            formset = panel_formset(
                interviewers=_people(request, also=known),
                initial=[_row_initial(entry) for entry in draft.panel],
                blank_rows=0 if draft.panel else 1,
            )
            return _render_form(request, form=form, formset=formset, imported=True)
    return render(request, "interviews/interview_import.html", {"upload": upload})


def _row_initial(entry: services.PanelEntry) -> dict:
    # "(Hiring Manager)" in the invite ticks Decision-maker; the user can untick it.
    marked = {"is_decision_maker": True} if entry.is_decision_maker else {}
    if entry.interviewer is not None:
        return {"interviewer": entry.interviewer.pk, **marked}
    row = {"name": entry.name, "email": entry.email, **marked}
    if entry.job_title:
        row["job_title"] = entry.job_title
    return row


@login_required
@require_GET
def interview_detail(request, pk):
    interview = get_object_or_404(selectors.interview_detail(user=request.user), pk=pk)
    return _render_detail(request, interview, outcome_form=OutcomeForm.for_interview(interview))


def _render_detail(request, interview, *, outcome_form):
    return render(
        request,
        "interviews/interview_detail.html",
        {"interview": interview, "outcome_form": outcome_form, "now": timezone.now()},
    )


@login_required
@require_http_methods(["GET", "POST"])
def interview_edit(request, pk):
    interview = get_object_or_404(Interview.objects.for_user(request.user).with_panel(), pk=pk)
    form = InterviewForm(request.POST or None, instance=interview)
    initial = panel_initial(interview)
    on_panel = [row["interviewer"] for row in initial] + posted_interviewers(request.POST)
    formset = panel_formset(
        interviewers=_people(request, also=on_panel),
        data=request.POST or None,
        initial=initial,
    )
    # Validate both so every error shows at once.
    if request.method == "POST" and all([form.is_valid(), formset.is_valid()]):
        try:
            services.interview_save(interview=form.save(commit=False), panel=formset.panel())
        except AccountFull as full:
            form.add_error(None, full)
        else:
            messages.success(request, f"Saved: {interview}.")
            return redirect(interview)
    return _render_form(request, form=form, formset=formset, interview=interview)


def _render_form(request, *, form, formset, interview=None, imported=False, previous=None):
    return render(
        request,
        "interviews/interview_form.html",
        {
            "form": form,
            "formset": formset,
            "interview": interview,
            "imported": imported,
            "previous": previous,
            "max_rows": MAX_PANEL_ROWS,
        },
    )


@login_required
@require_GET
def interview_panel_row(request):
    """One more blank interviewer row for the form (htmx), at the index the form asks for."""
    try:
        index = int(request.GET.get(f"{PANEL_PREFIX}-TOTAL_FORMS", ""))
    except ValueError:
        raise Http404 from None
    if not 0 <= index < MAX_PANEL_ROWS:
        raise Http404
    formset = panel_formset(interviewers=_people(request))
    return render(
        request,
        "interviews/includes/panel_row_added.html",
        {
            "row": formset.row_form(index),
            "total": index + 1,
            "prefix": formset.prefix,
            "max_rows": MAX_PANEL_ROWS,
        },
    )


@login_required
@require_GET
def interviewer_search(request):
    """A panel row's picker narrowed to the user's people matching ``q`` (htmx), at most
    ``selectors.PICKER_SIZE`` of them; an empty ``q`` brings the recent ones back."""
    search = InterviewerSearchForm(request.GET)
    if not search.is_valid():
        raise Http404
    people = selectors.interviewer_search(user=request.user, q=search.cleaned_data["q"])
    row = PanelistForm(prefix=search.cleaned_data["row"], interviewers=people)
    return render(
        request,
        "interviews/includes/panel_picker_found.html",
        {
            "row": row,
            "found": len(people),
            "limit": selectors.PICKER_SIZE,
            "searched": bool(search.cleaned_data["q"].strip()),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def interview_delete(request, pk):
    interview = get_object_or_404(Interview.objects.for_user(request.user), pk=pk)
    if request.method == "POST":
        services.interview_delete(interview=interview)
        messages.success(request, f"Deleted: {interview}.")
        return redirect("interview_list")
    return render(
        request,
        "interviews/interview_confirm_delete.html",
        {"interview": interview, "letter_count": interview.letters.count()},
    )


@login_required
@require_http_methods(["GET", "POST"])
def interview_outcome(request, pk):
    """Set the outcome and whether they replied (detail page and dashboard)."""
    interview = get_object_or_404(selectors.interview_detail(user=request.user), pk=pk)
    if request.method == "GET":
        return redirect(interview)
    form = OutcomeForm(request.POST)
    if not form.is_valid():
        return _render_detail(request, interview, outcome_form=form)
    services.interview_record_outcome(
        interview=interview,
        outcome=form.cleaned_data["outcome"],
        reply_received=form.cleaned_data["reply_received"],
    )
    messages.success(request, f"Updated: {interview} — {interview.get_outcome_display()}.")
    return _back(request, form.cleaned_data["next"], fallback=interview)


def _back(request, next_url: str, *, fallback):
    """To ``next_url`` (the page the form was on) if it is a path on this site, else to
    ``fallback``. HttpResponseRedirect, because redirect() would try to read a bare word
    such as "0" as a view name and fail."""
    if next_url.startswith("/") and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return HttpResponseRedirect(next_url)
    return redirect(fallback)


@login_required
@require_GET
def interview_calendar(request, pk):
    """ "Add to calendar": the interview and its follow-up deadline, as one .ics file."""
    interview = get_object_or_404(Interview.objects.for_user(request.user), pk=pk)
    calendar = ics_export.interview_calendar(interview, now=timezone.now())
    return ics_export.ics_response(calendar, filename=f"interview-{interview.pk}.ics")


@login_required
@require_http_methods(["GET", "POST"])
def interview_reply(request, pk):
    """ "They replied": the date (today by default), what it was, and a note. The short
    form beside a reply found in the mailbox posts here too, with the page to go back to."""
    interview = get_object_or_404(
        Interview.objects.for_user(request.user).select_related("reply"), pk=pk
    )
    today = timezone.localdate(timezone.now(), request.user.zone)
    form = ReplyForm.for_interview(interview, today=today, data=request.POST or None)
    if request.method == "POST" and form.is_valid():
        reply = services.interview_record_reply(
            interview=interview,
            received_on=form.cleaned_data["received_on"],
            kind=form.cleaned_data["kind"],
            note=form.cleaned_data["note"],
        )
        messages.success(
            request,
            f"Recorded: {reply.get_kind_display().lower()} from {interview.company}. "
            "No more check-ins for this interview.",
        )
        return _back(request, form.cleaned_data["next"], fallback=interview)
    return render(
        request, "interviews/interview_reply.html", {"interview": interview, "form": form}
    )


@login_required
@require_GET
def interviewer_list(request):
    filters = InterviewerFilterForm(request.GET)
    q = filters.cleaned_data["q"] if filters.is_valid() else ""
    people = selectors.interviewer_list(user=request.user, q=q)
    # Not page_of: the first page is read in name order from an index, which a window
    # over every person would give up.
    page = Paginator(people, PAGE_SIZE).get_page(request.GET.get("page"))
    if page.object_list:
        selectors.add_meetings(page.object_list, now=timezone.now())
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "interviews/interviewer_list.html",
        {"page": page, "filters": filters, "filtered": bool(q), "query": query.urlencode()},
    )


@login_required
@require_GET
def interviewer_detail(request, pk):
    interviewer = get_object_or_404(Interviewer.objects.for_user(request.user), pk=pk)
    meetings = selectors.interviewer_meetings(interviewer=interviewer)
    return render(
        request,
        "interviews/interviewer_detail.html",
        {"interviewer": interviewer, "meetings": meetings, "now": timezone.now()},
    )


@login_required
@require_http_methods(["GET", "POST"])
def interviewer_edit(request, pk):
    interviewer = get_object_or_404(Interviewer.objects.for_user(request.user), pk=pk)
    form = InterviewerForm(request.POST or None, instance=interviewer)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, f"Saved: {interviewer.name}.")
        return redirect(interviewer)
    return render(
        request, "interviews/interviewer_form.html", {"form": form, "interviewer": interviewer}
    )


@login_required
@require_http_methods(["GET", "POST"])
def interviewer_delete(request, pk):
    interviewer = get_object_or_404(Interviewer.objects.for_user(request.user), pk=pk)
    if request.method == "POST":
        services.interviewer_delete(interviewer=interviewer)
        messages.success(request, f"Deleted: {interviewer.name}.")
        return redirect("interviewer_list")
    return render(
        request,
        "interviews/interviewer_confirm_delete.html",
        {
            "interviewer": interviewer,
            "interview_count": interviewer.panelists.count(),
            "letter_count": interviewer.letters.count(),
        },
    )


def _people(request, *, also=()):
    """The people the panel rows offer: the recent ones and ``also``, never everyone."""
    return selectors.panel_choices(user=request.user, also=also)
