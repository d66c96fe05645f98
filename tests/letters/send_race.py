"""A separate process that sends one letter from several threads at once (for the tests).

    python -m tests.letters.send_race seed              -> prints the new letter's id
    python -m tests.letters.send_race race ID THREADS   -> prints "ready", waits for "go"
                                                           on stdin, prints the outcomes
    python -m tests.letters.send_race status ID         -> prints the letter's status

Settings come from the environment (DATABASE_URL, EMAIL_URL...), as in production.
"""

import json
import sys
import threading


def seed() -> None:
    from datetime import timedelta

    from allauth.account.models import EmailAddress
    from django.utils import timezone

    from accounts.models import User
    from interviews.models import Interview, Interviewer, Panelist
    from letters import wizard
    from letters.models import Letter

    now = timezone.now()
    user = User.objects.create_user(email="alex@example.com", password="x", name="Alex Morgan")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    interview = Interview.objects.create(
        owner=user,
        company="Acme Corp",
        role="Data Engineer",
        starts_at=now - timedelta(hours=3),
        ends_at=now - timedelta(hours=2),
    )
    dana = Interviewer.objects.create(owner=user, name="Dana Whitfield", email="dana@acme.example")
    Panelist.objects.create(interview=interview, interviewer=dana, is_decision_maker=True)
    letter = Letter.objects.create(
        owner=user,
        interview=interview,
        recipient=dana,
        subject="Thank you for today",
        body="Dear Dana,\n\nThank you for the conversation.\n\nAlex",
        wizard_step=wizard.FINISHED,
    )
    print(letter.pk)


def race(letter_id: int, threads: int) -> None:
    from django.db import connection

    from letters import services
    from letters.models import Letter

    go = threading.Event()
    outcomes: list[str] = []
    lock = threading.Lock()

    def click(letter):
        go.wait(30)
        try:
            services.letter_send_by_email(letter=letter)
            outcome = "sent"
        except services.LetterError as error:
            outcome = f"refused: {error}"
        finally:
            connection.close()
        with lock:
            outcomes.append(outcome)

    # Each click loaded the letter before any of them sent it, like concurrent requests.
    letters = [
        Letter.objects.select_related("owner", "interview", "recipient").get(pk=letter_id)
        for _ in range(threads)
    ]
    workers = [threading.Thread(target=click, args=(letter,)) for letter in letters]
    for worker in workers:
        worker.start()
    print("ready", flush=True)
    sys.stdin.readline()
    go.set()
    for worker in workers:
        worker.join(60)
    print(json.dumps(outcomes), flush=True)


def status(letter_id: int) -> None:
    from letters.models import Letter

    letter = Letter.objects.get(pk=letter_id)
    print(json.dumps({"status": letter.status, "sent_via": letter.sent_via}))


if __name__ == "__main__":
    import django

    django.setup()
    command, *args = sys.argv[1:]
    if command == "seed":
        seed()
    elif command == "race":
        race(int(args[0]), int(args[1]))
    else:
        status(int(args[0]))
