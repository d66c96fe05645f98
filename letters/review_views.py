"""The job seeker's side of coach review: ask for one."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect

from letters import review
from letters.models import Letter


@login_required
def letter_request_review(request, pk):
    letter = get_object_or_404(Letter, pk=pk, owner=request.user)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        review.request_review(letter=letter)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, "Your coach has been asked to review this letter.")
    return redirect(letter)
