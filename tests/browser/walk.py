"""One walk through the app as a newcomer sees it, shared by the axe and the 390 px tests.

The walk seeds the demo data set (the same one ``make run`` shows), then visits every page
signed out, as the demo job seeker and as the demo coach in the admin. At each page it
calls ``check(page, name)``; the caller collects what it finds and asserts at the end, so
one run reports every page's problems at once.
"""

from datetime import timedelta
from pathlib import Path

from django.utils import timezone

from accounts.demo import seed_user
from accounts.models import User
from coaching import demo as coaching_demo
from inbox import demo as inbox_demo
from inbox.models import MailboxMatch
from interviews import demo as interview_demo
from interviews.models import Interview, Interviewer
from interviews.services import interview_save
from letters import demo as letter_demo
from letters import wizard
from letters.models import Letter
from reminders import demo as reminder_demo

DEMO_EMAIL = "demo@followup.local"
DEMO_PASSWORD = "followup-demo-2026"
NEWCOMER_EMAIL = "newcomer@followup.local"
INVITE = Path(__file__).parents[1] / "interviews" / "ics" / "greenhouse_panel_hiring_manager.ics"


def seed_demo():
    """The demo job seeker and coach, as ``manage.py seed_demo`` makes them."""
    now = timezone.now()
    user, _ = seed_user(email=DEMO_EMAIL, password=DEMO_PASSWORD)
    interview_demo.seed(user=user, now=now)
    letter_demo.seed(user=user, now=now)
    reminder_demo.seed(user=user, now=now)
    inbox_demo.seed(user=user, now=now)
    coaching_demo.seed(user=user, now=now)
    return user


def _sign_in(page, base_url, *, email, path="/accounts/login/"):
    page.goto(f"{base_url}{path}")
    page.locator("input[name=login], input[name=username]").first.fill(email)
    page.locator("input[name=password]").fill(DEMO_PASSWORD)
    page.locator("form button[type=submit], form input[type=submit]").last.click()
    page.wait_for_load_state()


def walk(page, base_url, *, check):
    """Visit every page of the tour, calling ``check(page, name)`` on each."""
    user = seed_demo()

    def visit(name, path):
        page.goto(f"{base_url}{path}")
        page.wait_for_load_state()
        check(page, name)

    # Signed out.
    visit("landing", "/")
    visit("sign in", "/accounts/login/")
    visit("sign up", "/accounts/signup/")
    page.get_by_label("Your name").fill("maya okafor")
    page.get_by_role("button", name="Use “Maya Okafor”").wait_for()
    check(page, "sign up, offering capitals")
    visit("password reset", "/accounts/password/reset/")

    # The job seeker, with the demo data.
    _sign_in(page, base_url, email=DEMO_EMAIL)
    interview = Interview.objects.filter(owner=user, panelists__isnull=False).latest("starts_at")
    interviewer = Interviewer.objects.filter(owner=user).order_by("pk").first()
    draft = Letter.objects.filter(owner=user).exclude(status=Letter.Status.SENT).order_by("pk")[0]
    in_review = Letter.objects.filter(owner=user, status=Letter.Status.IN_REVIEW).first()
    ahead = (
        Interview.objects.filter(owner=user, starts_at__gt=timezone.now(), panelists__isnull=False)
        .order_by("starts_at")
        .first()
    )
    if ahead is not None:  # a letter drafted before the interview: the dashboard links to it
        Letter.objects.get_or_create(
            interview=ahead,
            recipient=ahead.panelists.first().interviewer,
            defaults={"owner": user, "wizard_step": 2},
        )
    # The dashboard lists a reply found in the mailbox and an "Is this their reply?".
    visit("dashboard", "/dashboard/")
    visit("interviews", "/interviews/")
    visit("interview", f"/interviews/{interview.pk}/")
    for state, name in [
        (MailboxMatch.State.RECORDED, "interview, reply found in the mailbox"),
        (MailboxMatch.State.SUGGESTED, "interview, is this their reply?"),
    ]:
        found = MailboxMatch.objects.filter(owner=user, state=state).first()
        visit(name, f"/interviews/{found.letter.interview_id}/")
    unstaffed = interview_save(
        interview=Interview(
            owner=user,
            company="Vandelay Industries",
            role="Data Analyst",
            starts_at=timezone.now() - timedelta(days=1, hours=1),
            ends_at=timezone.now() - timedelta(days=1),
        ),
        panel=[],
    )
    visit("interview, no interviewers yet", f"/interviews/{unstaffed.pk}/")
    visit("interviews, none match", "/interviews/?q=no+such+company")
    visit("letters, none match", "/letters/?q=no+such+letter")
    visit("interviewers, none match", "/interviewers/?q=no+such+person")
    visit("new interview", "/interviews/new/")
    visit("next round", f"/interviews/new/?after={interview.pk}")
    visit("import", "/interviews/import/")
    visit("interviewers", "/interviewers/")
    visit("interviewer", f"/interviewers/{interviewer.pk}/")
    visit("letters", "/letters/")
    visit("insights", "/insights/")
    for step in wizard.STEPS:
        visit(f"wizard step {step.number}", f"/letters/{draft.pk}/step/{step.number}/")
    visit("draft", f"/letters/{draft.pk}/")
    visit("mark sent", f"/letters/{draft.pk}/sent/?via=manual")
    visit("profile", "/profile/")
    visit("preferences", "/preferences/")
    visit("mailbox", "/profile/mailbox/")
    visit("email addresses", "/accounts/email/")
    page.goto(f"{base_url}/interviews/import/")
    page.get_by_label("Calendar invite (.ics)").set_input_files(str(INVITE))
    page.get_by_role("button", name="Read the invite").click()
    page.get_by_text("We read these details from the invite").wait_for()
    check(page, "imported invite")
    name = user.name
    User.objects.filter(pk=user.pk).update(name="maya okafor")
    visit("dashboard, offering capitals", "/dashboard/")
    visit("profile, offering capitals", "/profile/")
    User.objects.filter(pk=user.pk).update(name=name)

    # Someone who has just signed up: the insights' empty states.
    page.context.clear_cookies()
    seed_user(email=NEWCOMER_EMAIL, password=DEMO_PASSWORD)
    _sign_in(page, base_url, email=NEWCOMER_EMAIL)
    visit("insights, new user", "/insights/")

    # The coach, in the admin.
    page.context.clear_cookies()
    _sign_in(page, base_url, email=coaching_demo.COACH_EMAIL, path="/admin/login/?next=/admin/")
    visit("admin index", "/admin/")
    visit("admin review queue", "/admin/letters/letter/?status__exact=in_review")
    visit("admin letter review", f"/admin/letters/letter/{in_review.pk}/change/")
    visit("admin overdue follow-ups", "/admin/interviews/interview/?follow_up=overdue")
