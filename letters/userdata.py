"""The letters app's part of the user's data export (see ``accounts.userdata``)."""

from accounts.userdata import stored_rows
from letters.models import Letter


def letters(*, user) -> list[dict]:
    return stored_rows(Letter.objects.for_user(user))
