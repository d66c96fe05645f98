"""The checker against hand-graded letters, graded A-D before the checker ever ran on them.

- tests/letters/corpus/manifest.toml: the project's own corpus (82 letters, 12 trades);
- ../shared/calibration/letters2/: 40 letters by a reviewer who did not write the checker,
  checked as ``letter_check --json --recipient R --company C`` checks them;
- tests/letters/blind/ (48 letters) and blind2/ … blind12/ (40 each): each written and
  graded by a different reviewer who never read the checker, held back until its one run and
  tuning data since (``TUNING_BLIND_SETS``); each set's README gives the figures of that run;
- tests/letters/blind13/ and blind14/: the held-back part, asserted by
  ``test_each_held_back_set_meets_the_ready_to_send_thresholds``;
- a held-back set the lead adds in the same layout (``tests/letters/blind15/`` and on) is
  asserted by ``test_each_held_back_set_meets_the_ready_to_send_thresholds`` as soon as its
  directory exists. Never tune on one: a change that fixes it must be a rule a coach would
  state for any letter.

Issue 19's thresholds hold on each: AUC >= 0.97 (A/B against D), Spearman >= 0.80, no D
letter at 70 or more, at most one A/B letter under 70. ``python bench/checker_calibration.py``
prints the figures."""

from collections import Counter

import pytest

from bench import checker_calibration
from bench.checker_corpus import auc, figures, load_corpus, score_corpus, spearman


@pytest.fixture(scope="module")
def scored():
    return score_corpus()


def test_the_corpus_has_80_letters_across_12_occupations_with_every_kind():
    contexts, letters = load_corpus()

    occupations = Counter(entry["context"] for entry in letters)
    kinds = {entry["kind"] for entry in letters}
    assert len(letters) >= 80 and len(occupations) >= 12
    assert {"nursing", "trades", "teaching", "retail", "accounting", "logistics", "software",
            "executive", "plumbing", "kitchen", "hvac", "care"} <= set(occupations)  # fmt: skip
    assert {"non_native", "informal", "hollow", "wrong_name", "wrong_company", "rambling",
            "begging", "parrot_notes", "wrong_firm", "copied_facts", "pasted_note",
            "hollow_figures", "title_case", "salary", "skip_process", "names_no_value",
            "apology_blame", "placeholder"} <= kinds  # fmt: skip
    assert all(entry["grade"] in "ABCD" and entry["reason"] for entry in letters)
    assert sum(entry["held_back"] for entry in letters) == len(letters) // 3


def test_strong_letters_rank_above_damaging_ones(scored):
    assert figures(scored)["auc_ab_vs_d"] >= 0.95


def test_the_score_follows_the_grade(scored):
    assert figures(scored)["spearman"] >= 0.8


def test_no_damaging_letter_scores_70_and_no_hollow_letter_50(scored):
    assert [s.file for s in scored if s.grade == "D" and s.score >= 70] == []
    assert [s.file for s in scored if s.kind == "hollow" and s.score >= 50] == []


def test_every_hollow_letter_is_told_its_claims_are_hollow(scored):
    assert all("hollow_claim" in s.codes for s in scored if s.kind == "hollow")


def test_auc_and_spearman_are_computed_as_their_textbooks_say():
    assert auc([3, 2], [1, 2]) == 0.875  # (1 + 1 + 1 + 0.5) / 4
    assert spearman([1, 2, 3], [10, 20, 30]) == pytest.approx(1.0)
    assert spearman([1, 2, 3], [30, 20, 10]) == pytest.approx(-1.0)


# --- issue 19: the same thresholds on each graded set ---------------------------------


def _assert_ready_to_send_thresholds(label: str, scored: list) -> None:
    result = checker_calibration.figures(scored)
    print(f"{label}: {result}")  # shown with -s, and in the failure report
    assert result["auc"] >= 0.97, result
    assert result["spearman"] >= 0.80, result
    assert result["d_at_70"] == 0, result
    assert result["ab_under_70"] <= 1, result


def test_the_own_corpus_meets_the_ready_to_send_thresholds():
    _assert_ready_to_send_thresholds("corpus", checker_calibration.score_corpus())


def test_the_independent_letters2_set_meets_the_ready_to_send_thresholds():
    if not (checker_calibration.letters2_dir() / "manifest.tsv").is_file():
        pytest.skip("../shared/calibration/letters2/ is not beside this checkout")
    _assert_ready_to_send_thresholds("letters2", checker_calibration.score_letters2())


@pytest.mark.parametrize("label", checker_calibration.TUNING_BLIND_SETS)
def test_each_blind_tuning_set_meets_the_ready_to_send_thresholds(label):
    folder = checker_calibration.TUNING_BLIND_SETS[label]
    _assert_ready_to_send_thresholds(label, checker_calibration.score_blind(folder))


# A held-back set is run once; one that missed stays an expected failure with the figures
# of that run, so the day the checker meets the thresholds on it the test says so.
MISSED_HELD_BACK: dict[str, str] = {}


def _held_back_params():
    for folder in checker_calibration.held_back_sets():
        reason = MISSED_HELD_BACK.get(folder.name)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(folder, marks=marks, id=folder.name)


@pytest.mark.parametrize("folder", list(_held_back_params()))
def test_each_held_back_set_meets_the_ready_to_send_thresholds(folder):
    _assert_ready_to_send_thresholds(folder.name, checker_calibration.score_blind(folder))
