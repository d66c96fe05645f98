"""Demo data for ``seed_demo``: letters and reminders (the Letters issue fills it)."""


def seed(*, user, now) -> dict[str, int]:
    return {"letters": user.letters.count()}
