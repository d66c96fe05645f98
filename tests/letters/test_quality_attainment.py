"""A share of a target is a measured result, not a hollow figure (issue 19): "I hit 140%
of quota" says how far past the number someone else set the writer went, where "300%
ROI" or "110% effort" measures nothing."""

import pytest

from tests.letters.test_quality import QUESTION, codes, letter


@pytest.mark.parametrize(
    "result",
    [
        "I hit 140% of quota last year selling dental supplies to clinics in my region.",
        "My crew finished at 118% of the pick target on every night shift in March.",
        "Our kitchen ran at 112% of its covers budget through the festival fortnight.",
        "I reached 125% of my annual sales plan by visiting every farm supply store twice.",
    ],
)
def test_a_share_of_a_target_is_a_result_not_a_hollow_claim(result):
    assert "hollow_claim" not in codes(body=letter(result=result))


@pytest.mark.parametrize(
    "claim",
    [
        "I always give 110% of my effort, 24/7.",
        "I will deliver a 300% ROI on your marketing spend.",
        "I bring 200% commitment to every target you set.",
        "You will see 10x growth on the plan within a year.",
    ],
)
def test_figures_for_effort_or_a_return_stay_hollow(claim):
    assert "hollow_claim" in codes(body=letter(ask=f"{QUESTION} {claim}"))
