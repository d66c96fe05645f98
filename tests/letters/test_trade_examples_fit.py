"""Examples and offered closings from the person's own trade (set Y): a saddler was shown
"how I would book the inspections" (the building trade's "fitter"), a cricket coach "how
I keep reefer loads in range" (the driving trade's "coach"), a spa therapist "get the
first patients in on time" (the clinic's "therapist"), and nearly everyone whose role
names no trade "Is the delay worst at month-end …?". The closing step offered "I hope to
hear from you soon." while other letters were told such a wish is a stock phrase."""

import pytest

from letters import trades
from letters.trades import OFFICE, TRADES, example_for, trade_for
from tests.letters.letter_helpers import notices_text, wizard_draft

STEPS = ("connection", "fit", "value_problem", "value_idea", "value_gain",
         "value_gain_detail", "question", "closing")  # fmt: skip


def said(key):
    return " ".join(example_for(step, key) for step in STEPS)


@pytest.mark.parametrize(
    ("role", "company", "trade"),
    [("Farrier", "", "farrier"),
     ("Bookbinder", "Fenwick Bindery", "craft"),
     ("Leatherworker", "", "craft"),
     ("Bespoke Tailor", "", "craft"),
     ("Upholsterer", "", "craft"),
     ("Silversmith", "", "craft"),
     ("Cabinetmaker", "", "craft"),
     ("Handloom Weaver", "", "craft"),
     ("Swim Coach", "", "sport"),
     ("Assistant Football Coach", "", "sport"),
     ("Head Coach", "Riverside Netball Club", "sport"),
     ("Coach, Under-12 Squad", "", "sport"),
     ("Gymnastics Instructor", "", "sport"),
     ("Reflexologist", "", "spa"),
     ("Aromatherapist", "", "spa"),
     ("Massage Therapist", "Lakeside Hotel", "spa"),
     ("Wellness Therapist", "", "spa"),
     ("Sailing Instructor", "", "instruction"),
     ("First Aid Instructor", "", "instruction"),
     ("Musculoskeletal Physiotherapist", "", "clinic")],
)  # fmt: skip
def test_a_role_is_read_as_its_own_trade(role, company, trade):
    assert trade_for(role, company).key == trade


@pytest.mark.parametrize(
    ("role", "company", "trade"),
    [("Coach Driver", "", "passengers"),
     ("Charter Coach Operator", "Prairie Coach Lines", "passengers"),
     ("Bus and Coach Technician", "", "driving"),
     ("Tyre Fitter", "", "building"),
     ("Kitchen Fitter", "", "building"),
     ("Gas Fitter", "", "building"),
     ("Occupational Therapist", "", "clinic"),
     ("Physical Therapist Assistant", "", "clinic"),
     ("Nail Technician", "", "salon"),
     ("Dog Groomer", "", "office"),
     ("Life Coach", "", "office"),
     ("Data Analyst", "", "office"),
     ("Truck Driver", "", "driving"),
     ("Teaching Assistant (Year 2)", "", "care"),
     ("Stable Groom", "", "horses")],
)  # fmt: skip
def test_the_other_roles_keep_their_trade(role, company, trade):
    assert trade_for(role, company).key == trade


@pytest.mark.parametrize(
    ("role", "foreign"),
    [("Bookbinder", "inspection"), ("Swim Coach", "reefer"), ("Reflexologist", "patients"),
     ("Farrier", "month-end"), ("Saddle Maker", "inspection")],
)  # fmt: skip
def test_no_example_of_another_trade(role, foreign):
    assert foreign not in said(trade_for(role).key)


def test_the_fallback_speaks_of_no_one_trade():
    fallback = said(OFFICE.key)
    for word in ("month-end", "analysts", "data", "reports", "invoice", "patients"):
        assert word not in fallback
    own = {line for t in TRADES for line in (*t.examples.values(), *t.closings)}
    assert not own & {*OFFICE.examples.values(), *OFFICE.closings}


@pytest.mark.parametrize("role", ["Lighthouse Keeper", "Ferry Deckhand", "Glass Blower"])
def test_a_role_of_no_trade_gets_the_fallback_question(role):
    assert "month-end" not in example_for("question", trade_for(role).key)


def test_every_trade_has_every_example_and_a_workplace():
    for trade in (*TRADES, OFFICE):
        assert set(trade.examples) >= {"connection", "fit", "problem", "idea", "gain",
                                       "benefit", "question"}  # fmt: skip
        assert trade.closings


# --- stock closings ----------------------------------------------------------------------

STOCK_WISHES = ("hope to hear", "hoping to hear", "forward to hearing from you",
                "forward to hearing back", "hear from you soon", "hear back soon")  # fmt: skip


def test_no_offered_closing_is_a_stock_wish():
    own = (c for t in (*TRADES, OFFICE) for c in t.closings)
    offered = (*trades.PLAIN_CLOSINGS, *trades.PANEL_CLOSINGS, *trades.IDEA_CLOSINGS,
               *trades.PANEL_IDEA_CLOSINGS, *own)  # fmt: skip
    for closing in offered:
        assert not any(wish in closing.lower() for wish in STOCK_WISHES), closing


@pytest.mark.parametrize(
    "closing",
    ["I'm hoping to hear from you soon.",
     "Hope to hear back soon, God bless.",
     "I am really looking forward to hearing from you and blessings.",
     "I look forward to hearing from you."],
)  # fmt: skip
def test_a_stock_wish_in_the_closing_is_told_every_time(closing):
    result = wizard_draft({"closing": closing}, role="Bookbinder", company="Fenwick Bindery")
    assert "stock phrase" in notices_text(result, "closing")


@pytest.mark.parametrize(
    "closing",
    ["I'd be glad to bring the two ledgers I rebound last spring.",
     "I hope to hear how the Hartley commission goes.",
     "I'm looking forward to hearing what the conservator thinks of the sample."],
)  # fmt: skip
def test_a_closing_of_its_own_is_not_called_stock(closing):
    result = wizard_draft({"closing": closing}, role="Bookbinder", company="Fenwick Bindery")
    assert "stock phrase" not in notices_text(result, "closing")
