"""Wizard round 17: examples from the person's own trade. A blind simulated user saw a
forklift driver given a truck driver's examples, a hairdresser given a shop's fitting
rooms, a barista "At my last kitchen" and a CNC machinist "book the inspections"."""

import pytest

from letters.trades import example_for, trade_for, workplace


@pytest.mark.parametrize(
    ("role", "trade", "foreign"),
    [("Forklift Operator", "warehouse", "reefer"),
     ("Reach Truck Operator", "warehouse", "miles"),
     ("Senior Stylist", "salon", "fitting rooms"),
     ("Barber", "salon", "shrink"),
     ("Nail Technician", "salon", "fitting rooms"),
     ("Barista", "cafe", "kitchen"),
     ("CNC Machinist", "workshop", "inspection"),
     ("Structural Welder", "workshop", "inspection"),
     ("Panel Beater", "workshop", "inspection")],
)  # fmt: skip
def test_each_trade_gets_examples_and_closings_of_its_own_work(role, trade, foreign):
    key = trade_for(role).key
    assert key == trade
    said = " ".join(
        example_for(step, key)
        for step in ("connection", "fit", "value_problem", "value_idea", "value_gain",
                     "value_gain_detail", "question", "closing")
    )  # fmt: skip
    assert foreign not in said


@pytest.mark.parametrize(
    ("role", "trade"),
    [("Line Cook", "food"), ("Electrician", "building"), ("Truck Driver", "driving"),
     ("Pharmacy Technician", "clinic"), ("Maintenance Technician", "building"),
     ("Retail Supervisor", "shop")],
)  # fmt: skip
def test_the_other_trades_are_as_they_were(role, trade):
    assert trade_for(role).key == trade


def test_a_salon_worker_last_worked_at_a_salon():
    assert workplace("salon") == "salon"


@pytest.mark.parametrize(
    ("role", "trade", "foreign"),
    [("Vineyard Supervisor", "crops", "calves"), ("Produce Manager", "shop", "fitting rooms")],
)
def test_a_vineyard_and_a_produce_manager_get_their_own_work(role, trade, foreign):
    key = trade_for(role).key
    assert key == trade
    said = " ".join(example_for(step, key) for step in ("value_problem", "value_idea", "closing"))
    assert foreign not in said


@pytest.mark.parametrize(
    ("role", "trade"),
    [("Accounts Payable Clerk", "office"), ("Ward Clerk", "office"), ("Shop Clerk", "shop"),
     ("Grocery Clerk", "shop")],
)  # fmt: skip
def test_a_clerk_is_of_the_trade_the_rest_of_the_role_names(role, trade):
    assert trade_for(role).key == trade
