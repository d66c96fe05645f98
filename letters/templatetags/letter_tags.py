"""What the "What happens next" panel shows: the panel with their letters, the check-ins."""

from dataclasses import dataclass

from django import template

from letters import selectors
from letters.models import Letter

register = template.Library()


@dataclass(frozen=True)
class PanelLetter:
    panelist: object
    letter: Letter | None


@register.simple_tag
def panel_letters(interview, exclude_recipient=None) -> list[PanelLetter]:
    """Every panel member (but ``exclude_recipient``), each with their letter or None.

    Uses the interview's prefetched panelists and letters when the page has them.
    """
    cached = getattr(interview, "_prefetched_objects_cache", {})
    panelists = (
        cached["panelists"]
        if "panelists" in cached
        else interview.panelists.select_related("interviewer")
    )
    letters = cached["letters"] if "letters" in cached else interview.letters.all()
    by_recipient = {letter.recipient_id: letter for letter in letters}
    exclude_id = getattr(exclude_recipient, "pk", exclude_recipient)
    return [
        PanelLetter(panelist=panelist, letter=by_recipient.get(panelist.interviewer_id))
        for panelist in panelists
        if panelist.interviewer_id != exclude_id
    ]


@register.simple_tag
def check_in_outlook(interview, user) -> str:
    """The sentence about check-ins the message after marking a letter sent also says."""
    return selectors.check_in_outlook(interview=interview, user=user)
