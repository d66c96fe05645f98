from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from letters import preview, selectors, services, wizard
from letters.assembly import ANSWER_ORDER
from letters.dictionary import DictionaryError, personal_word_add
from letters.forms import (
    STEP_FORMS,
    CheckForm,
    LetterDraftForm,
    LetterFilterForm,
    MarkSentForm,
    PersonalWordForm,
    RecipientForm,
    ValueForm,
)
from letters.services import Assembly, LetterError

PAGE_SIZE = 20
SENT_IS_READ_ONLY = "This letter has been sent, so it can no longer be changed."
MAY_HAVE_BEEN_SENT = "We may have sent this letter: say whether it went out before changing it."


def _read_only(request, letter, *, level=messages.ERROR):
    """A sent letter, or one that may have gone out, cannot be changed: back to its page
    with the reason (None when it can be)."""
    if not (letter.is_sent or letter.is_sending):
        return None
    messages.add_message(
        request, level, SENT_IS_READ_ONLY if letter.is_sent else MAY_HAVE_BEEN_SENT
    )
    return redirect("letter_detail", letter.pk)


ASSEMBLY_MESSAGES = {
    Assembly.UPDATED: "Your draft is ready. Edit it freely: the checker scores it as you type.",
    Assembly.KEPT_EDITS: "Your answers changed, but you had edited the letter, so we kept your "
    "text. The re-assembled draft is below if you want it.",
    Assembly.UNCHANGED: "Your answers are saved; the draft is unchanged.",
}


@login_required
@require_GET
def letter_list(request):
    filters = LetterFilterForm(request.GET)
    q = filters.cleaned_data["q"] if filters.is_valid() else ""
    # Not page_of: the first page is read in list order from an index, which a window
    # over every letter would give up.
    page = Paginator(selectors.letter_list(user=request.user, q=q), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    selectors.add_list_links(page.object_list)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "letters/letter_list.html",
        {
            "page": page,
            "letters": page.object_list,
            "total_steps": len(wizard.STEPS),
            "filters": filters,
            "filtered": bool(q),
            "query": query.urlencode(),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def letter_start(request, interview_pk):
    interview = selectors.interview_for_user(user=request.user, pk=interview_pk)
    panel = selectors.interview_panel(interview)
    existing = selectors.letters_by_recipient(interview)
    for panelist in panel:
        panelist.letter = existing.get(panelist.interviewer_id)
    form = RecipientForm(
        request.POST or None, panel=panel, initial=_initial_recipient(request, panel)
    )
    if request.method == "POST" and form.is_valid():
        letter, created = services.letter_start(
            owner=request.user, interview=interview, recipient=form.cleaned_data["recipient"]
        )
        if created:
            return redirect("letter_wizard", letter.pk, letter.wizard_step)
        return redirect(selectors.continue_url(letter))
    return render(
        request,
        "letters/letter_wizard.html",
        {
            "interview": interview,
            "panel": panel,
            "form": form,
            "step": wizard.step(wizard.FIRST_STEP),
            "steps": wizard.STEPS,
            "form_action": reverse("letter_start", args=[interview.pk]),
        },
    )


def _initial_recipient(request, panel) -> dict:
    wanted = request.GET.get("recipient", "")
    ids = [p.interviewer_id for p in panel]
    if wanted.isdigit() and int(wanted) in ids:
        return {"recipient": int(wanted)}
    decision_maker = next((p for p in panel if p.is_decision_maker), None)
    if decision_maker:
        return {"recipient": decision_maker.interviewer_id}
    return {"recipient": ids[0]} if ids else {}


@login_required
@require_http_methods(["GET", "POST"])
def letter_wizard(request, pk, step):
    letter = selectors.letter_for_user(user=request.user, pk=pk)
    if step not in wizard.STEP_BY_NUMBER:
        raise Http404("No such step.")
    if refused := _read_only(request, letter, level=messages.INFO):
        return refused
    context = selectors.letter_context(letter)
    if step == wizard.FIRST_STEP:
        return _recipient_step(request, context)

    form_class = STEP_FORMS[wizard.step(step).name]
    kwargs = {
        "initial": context.initial_answers(),
        "check_url": reverse("letter_step_check", args=[letter.pk, step]),
    }
    if form_class is ValueForm:
        kwargs["is_decision_maker"] = context.is_decision_maker
    form = form_class(request.POST or None, **kwargs)
    if request.method == "POST":
        direction = request.POST.get("direction", "next")
        if direction == "back":
            # Back keeps what was typed, complete or not.
            go_to = wizard.previous_step(step)
            services.letter_save_step(context=context, answers=form.partial_answers(), go_to=go_to)
            return redirect("letter_wizard", letter.pk, go_to)
        if form.is_valid():
            go_to = wizard.FINISHED if direction == "finish" else wizard.next_step(step)
            outcome = services.letter_save_step(
                context=context, answers=form.answers(), go_to=go_to
            )
            if outcome is None:
                return redirect("letter_wizard", letter.pk, go_to)
            level = messages.WARNING if outcome is Assembly.KEPT_EDITS else messages.SUCCESS
            messages.add_message(request, level, ASSEMBLY_MESSAGES[outcome])
            return redirect("letter_detail", letter.pk)
    return _render_step(request, context, form, wizard.step(step))


def _recipient_step(request, context):
    letter = context.letter
    form = RecipientForm(
        request.POST or None, panel=context.panel, initial={"recipient": letter.recipient_id}
    )
    if request.method == "POST" and form.is_valid():
        chosen = services.letter_choose_recipient(
            context=context, recipient=form.cleaned_data["recipient"]
        )
        if chosen.pk != letter.pk:
            return redirect(selectors.continue_url(chosen))
        # The recipient may have changed: the next step's notes are about the new one.
        context = selectors.letter_context(chosen)
        services.letter_save_step(context=context, answers={}, go_to=wizard.FIRST_STEP + 1)
        return redirect("letter_wizard", letter.pk, wizard.FIRST_STEP + 1)
    return _render_step(request, context, form, wizard.step(wizard.FIRST_STEP))


@login_required
@require_POST
def letter_step_check(request, pk, step):
    """What the step says about its answers as they are typed (an htmx partial): used,
    a fix to take in one click, or left out and why. Saves nothing."""
    letter = selectors.letter_for_user(user=request.user, pk=pk)
    if step not in wizard.STEP_BY_NUMBER or step == wizard.FIRST_STEP:
        raise Http404("No such step.")
    context = selectors.letter_context(letter)
    form = STEP_FORMS[wizard.step(step).name](request.POST)
    form.is_valid()  # a paste over a field's limit is said, not checked
    too_long = [
        f"{form.fields[name].label}: {errors[0]}"
        for name, errors in form.errors.items()
        if name in form.fields and form.data.get(name)
    ]
    return render(
        request,
        "letters/includes/step_check.html",
        {"notices": _step_notices(context, wizard.step(step), form), "errors": too_long},
    )


def _step_notices(context, step, form=None):
    """The notices on this step's answers: as typed when ``form`` is bound."""
    answers = context.letter.answers
    if form is not None and form.is_bound:
        answers = answers | form.partial_answers()
    notices = wizard.step_notices(context.draft(answers_through(answers, step.name)), step.name)
    if context.letter.assembled_body:
        # Back from a draft too short to be read: what this step can add to the whole
        # letter (none while it is first written, when the later answers are still to come).
        notices += wizard.thin_notices(context.draft(answers), step.name)
    return notices


def answers_through(answers: dict, step_name: str) -> dict:
    """``answers`` without those the letter says after this step's: the assembly checks
    each answer against what the letter says before it, so the later ones change nothing
    in this step's notices and need not be checked on every view and keystroke."""
    keys = wizard.STEP_ANSWERS.get(step_name, ())
    if not keys:
        return answers
    last = max(ANSWER_ORDER.index(key) for key in keys)
    later = set(ANSWER_ORDER[last + 1 :])
    return {key: value for key, value in answers.items() if key not in later}


def _render_step(request, context, form, step):
    letter = context.letter
    return render(
        request,
        "letters/letter_wizard.html",
        {
            "letter": letter,
            "interview": letter.interview,
            "panel": context.panel,
            "panelist": context.panelist,
            "is_decision_maker": context.is_decision_maker,
            "form": form,
            "step": step,
            "steps": wizard.STEPS,
            "next_step": wizard.STEP_BY_NUMBER.get(step.number + 1),
            "form_action": reverse("letter_wizard", args=[letter.pk, step.number]),
            "notices": _step_notices(context, step, form) if step.name != "recipient" else [],
            "trade": (trade := wizard.trade_for(letter.interview.role, letter.interview.company)),
            "step_examples": step.examples(trade),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def letter_detail(request, pk):
    letter = selectors.letter_for_user(user=request.user, pk=pk)
    if selectors.wizard_in_progress(letter):
        return redirect(selectors.continue_url(letter))
    context = selectors.letter_context(letter)
    if letter.is_sent:
        if request.method == "POST":
            messages.error(request, SENT_IS_READ_ONLY)
            return redirect("letter_detail", letter.pk)
        return render(
            request,
            "letters/letter_sent.html",
            {"letter": letter, "undo_until": services.letter_undo_sent_until(letter)},
        )
    if letter.is_sending:
        if request.method == "POST":
            messages.error(request, MAY_HAVE_BEEN_SENT)
            return redirect("letter_detail", letter.pk)
        return render(
            request,
            "letters/letter_sending.html",
            {"letter": letter, "claim": services.sending_claim(letter)},
        )

    check_url = reverse("letter_check", args=[letter.pk])
    if request.method == "POST":
        form = LetterDraftForm(request.POST, check_url=check_url)
        if form.is_valid():
            services.letter_update_draft(context=context, **form.cleaned_data)
            messages.success(request, f"Draft saved. Its score is {letter.score}/100.")
            return redirect("letter_detail", letter.pk)
        text = CheckForm(request.POST).text()
        report = context.report(subject=text["subject"], body=text["body"])
    else:
        form = LetterDraftForm(
            initial={"subject": letter.subject, "body": letter.body}, check_url=check_url
        )
        report = context.report()
    return render(
        request,
        "letters/letter_detail.html",
        {
            "letter": letter,
            "interview": letter.interview,
            "is_decision_maker": context.is_decision_maker,
            "form": form,
            "report": report,
            "mailto_url": services.letter_mailto_url(letter),
            "mark_sent_form": MarkSentForm(),
            "has_unapplied_assembly": services.has_unapplied_assembly(letter),
            **_draft_notices(context),
            "send_problem": services.letter_send_problem(letter=letter),
        },
    )


def _draft_notices(context) -> dict:
    """What the draft page says again about the answers: each one left out, and each one
    the letter uses in a corrected version, with the step to change it on. Recorded
    when the wizard assembled the letter; worked out again for a letter assembled before
    that was recorded."""
    letter = context.letter
    if not letter.answers:
        return {"left_out": [], "corrected": [], "about_letter": []}
    notices = letter.assembly_notices
    if notices is None:
        notices = services.draft_notices(context.draft())
    answers = [n for n in notices if n["answer"] != "draft"]
    with_step = [(n, wizard.step_for_answer(n["answer"])) for n in answers]
    # About the assembled letter's length: moot once the user has written in it themselves.
    as_assembled = letter.body == letter.assembled_body
    return {
        "left_out": [(n, step) for n, step in with_step if not n["fixed"]],
        "corrected": [(n, step) for n, step in with_step if n["fixed"]],
        "about_letter": [n for n in notices if n["answer"] == "draft"] if as_assembled else [],
    }


@login_required
@require_POST
def letter_check(request, pk):
    """The checker's panel for the text being typed (an htmx partial); saves nothing."""
    return _checker_panel(request, selectors.letter_for_user(user=request.user, pk=pk))


@login_required
@require_POST
def letter_add_word(request, pk):
    """ "Add to my dictionary" beside a spelling finding: the word is never flagged again
    for this user. Answers the checker's panel for the text being typed (htmx)."""
    letter = selectors.letter_for_user(user=request.user, pk=pk)
    form = PersonalWordForm(request.POST)
    error = ""
    if form.is_valid():
        try:
            personal_word_add(owner=request.user, word=form.cleaned_data["word"])
        except DictionaryError as problem:
            error = str(problem)
    else:
        error = form.errors["word"][0]
    if not request.htmx:
        if error:
            messages.error(request, error)
        return redirect("letter_detail", letter.pk)
    return _checker_panel(request, letter, dictionary_error=error)


def _checker_panel(request, letter, *, dictionary_error=""):
    form = CheckForm(request.POST)
    text = form.text()
    context = selectors.letter_context(letter)
    report = context.report(subject=text["subject"], body=text["body"])
    return render(
        request,
        "letters/includes/checker.html",
        {
            "report": report,
            "letter": letter,
            "too_long_error": form.errors.get("body", [""])[0],
            "dictionary_error": dictionary_error,
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def letter_replace_draft(request, pk):
    """GET asks first; POST replaces, once: the form carries the version of the text the
    user agreed to lose, and a second click (or a stale tab) finds a different one."""
    letter = selectors.letter_for_user(user=request.user, pk=pk)
    if refused := _read_only(request, letter):
        return refused
    if not services.has_unapplied_assembly(letter):
        messages.info(request, "Your draft already reads as the wizard assembled it.")
        return redirect("letter_detail", letter.pk)
    version = preview.draft_version(letter)
    if request.method == "POST":
        if request.POST.get("version") != version:
            messages.warning(
                request,
                "Your draft changed since you asked to replace it, so we left it as it is. "
                "Look at it again before replacing it.",
            )
            return redirect("letter_replace_draft", letter.pk)
        try:
            services.letter_replace_with_assembled(context=selectors.letter_context(letter))
        except LetterError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, "Your draft now reads as the wizard assembled it.")
        return redirect("letter_detail", letter.pk)
    return render(
        request, "letters/letter_confirm_replace.html", {"letter": letter, "version": version}
    )


@login_required
@require_http_methods(["GET", "POST"])
def letter_send(request, pk):
    """GET shows the exact email and asks to confirm; POST sends it."""
    letter = selectors.letter_for_user(user=request.user, pk=pk)
    if refused := _read_only(request, letter):
        return refused
    if request.method == "POST":
        version = request.POST.get("version")
        if version is not None and version != preview.draft_version(letter):
            messages.warning(
                request, "The letter changed since you saw the preview. Check it again."
            )
            return redirect("letter_send", letter.pk)
        try:
            services.letter_send_by_email(letter=letter)
        except LetterError as error:
            messages.error(request, error.html)
        else:
            messages.success(
                request,
                f"Sent to {letter.to_name}. A private copy is in your inbox, "
                "and replies come to you.",
            )
        return redirect("letter_detail", letter.pk)
    # No address, no text, an unconfirmed account or the daily limit: say so up front.
    problem = services.letter_send_problem(letter=letter)
    if problem:
        messages.error(request, problem.html)
        return redirect("letter_detail", letter.pk)
    return render(
        request,
        "letters/letter_send_preview.html",
        {
            "letter": letter,
            "preview": preview.send_preview(letter),
            "tests_left": preview.tests_left_today(user=request.user),
        },
    )


@login_required
@require_POST
def letter_send_test(request, pk):
    letter = selectors.letter_for_user(user=request.user, pk=pk)
    try:
        preview.letter_send_test(letter=letter)
    except LetterError as error:
        messages.error(request, error.html)
    else:
        messages.success(
            request,
            f"A test is on its way to {request.user.email}, marked [Test]. "
            f"The letter to {letter.to_name} is not sent yet.",
        )
    if letter.is_sent:
        return redirect("letter_detail", letter.pk)
    return redirect("letter_send", letter.pk)


@login_required
@require_POST
def letter_resolve_sending(request, pk):
    """The answer to "we may have sent this": it went out, or try again."""
    letter = selectors.letter_for_user(user=request.user, pk=pk)
    sent = request.POST.get("answer") == "sent"
    try:
        services.letter_resolve_sending(
            letter=letter, sent=sent, claim=request.POST.get("claim", "")
        )
    except LetterError as error:
        messages.info(request, str(error))
    else:
        if sent:
            outlook = selectors.check_in_outlook(interview=letter.interview, user=request.user)
            messages.success(request, f"Marked as sent. {outlook}")
        else:
            messages.info(request, "The letter is unsent again: you can send it now.")
    return redirect("letter_detail", letter.pk)


@login_required
@require_http_methods(["GET", "POST"])
def letter_mark_sent(request, pk):
    """ "Yes, I sent it": GET asks to confirm (how it went, what follows); POST marks it."""
    letter = selectors.letter_for_user(user=request.user, pk=pk)
    if request.method == "GET":
        if letter.is_sent or letter.is_sending:  # nothing to confirm: its page says why
            return redirect("letter_detail", letter.pk)
        form = MarkSentForm(request.GET if "via" in request.GET else None)
        return render(
            request,
            "letters/letter_confirm_sent.html",
            {
                "letter": letter,
                "form": form if form.is_bound and form.is_valid() else MarkSentForm(),
                "outlook": selectors.check_in_outlook(
                    interview=letter.interview, user=request.user
                ),
                "undo_minutes": _undo_minutes(),
            },
        )
    form = MarkSentForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Tell us how you sent it.")
        return redirect("letter_detail", letter.pk)
    try:
        services.letter_mark_sent(letter=letter, via=form.cleaned_data["via"])
    except LetterError as error:
        messages.error(request, str(error))
    else:
        outlook = selectors.check_in_outlook(interview=letter.interview, user=request.user)
        messages.success(request, f"Marked as sent. {outlook}")
    return redirect("letter_detail", letter.pk)


@login_required
@require_POST
def letter_undo_sent(request, pk):
    """Take back "Yes, I sent it" within a few minutes: the letter is unlocked again."""
    letter = selectors.letter_for_user(user=request.user, pk=pk)
    try:
        services.letter_undo_sent(letter=letter)
    except LetterError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            f"The letter to {letter.to_name} is no longer marked as sent: you can change "
            "it and send it, and its reminders are back.",
        )
    return redirect("letter_detail", letter.pk)


def _undo_minutes() -> int:
    return int(services.UNDO_SENT_WITHIN.total_seconds() // 60)


@login_required
@require_GET
def letter_eml(request, pk):
    letter = selectors.letter_for_user(user=request.user, pk=pk)
    response = HttpResponse(services.letter_eml(letter), content_type="message/rfc822")
    response["Content-Disposition"] = (
        f'attachment; filename="{services.letter_eml_filename(letter)}"'
    )
    return response


@login_required
@require_http_methods(["GET", "POST"])
def letter_delete(request, pk):
    letter = selectors.letter_for_user(user=request.user, pk=pk)
    if refused := _read_only(request, letter):
        return refused
    if request.method == "POST":
        services.letter_delete(letter=letter)
        messages.success(request, f"The letter to {letter.to_name} is deleted.")
        return redirect("letter_list")
    return render(request, "letters/letter_confirm_delete.html", {"letter": letter})


@login_required
@require_GET
def dashboard(request):
    now = timezone.now()
    data = selectors.dashboard(user=request.user, now=now)
    return render(request, "letters/dashboard.html", {"data": data, "now": now})
