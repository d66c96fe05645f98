"""The checker against 64 hand-graded letters (tests/letters/corpus/manifest.toml), graded
A-D before the checker ever ran on them. The thresholds hold on the whole corpus; the
held-back third (every third letter, fixed up front, never tuned on) is reported apart
by ``python bench/checker_corpus.py``."""

from collections import Counter

import pytest

from bench.checker_corpus import auc, figures, load_corpus, score_corpus, spearman


@pytest.fixture(scope="module")
def scored():
    return score_corpus()


def test_the_corpus_has_60_letters_across_8_occupations_with_every_kind():
    contexts, letters = load_corpus()

    occupations = Counter(entry["context"] for entry in letters)
    kinds = {entry["kind"] for entry in letters}
    assert len(letters) >= 60 and len(occupations) >= 8
    assert {"nursing", "trades", "teaching", "retail", "accounting", "logistics", "software",
            "executive"} <= set(occupations)  # fmt: skip
    assert {"non_native", "informal", "hollow", "wrong_name", "wrong_company", "rambling",
            "begging"} <= kinds  # fmt: skip
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
