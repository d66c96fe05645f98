"""The panel of an interview with each member's letter, for "What happens next"."""

from dataclasses import dataclass

from django import template

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
