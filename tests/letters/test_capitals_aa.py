"""Set AA (AA06, AA19, AA09, AA17, AA05, AA20): capitals the wizard got wrong or never
offered.

- A firm's name in Title Case typing lost its capitals: "At Ruby Linen We Reduced …"
  became "At ruby linen we …" though the user's notes name "Ruby Linen Services", and
  "Dunlop Carr Lawyers" became "Dunlop Carr lawyers". The words before a firm's suffix
  after "at", "with", "for" are a name, kept in the record's other sentences too; the
  suffix after a kept name keeps its capital as a place's kind does ("Paarl East").
- A job title typed in Title Case is lowered whole ("as a conveyancing clerk").
- Money and measures: "Rs" keeps its capital, "lakh" and "kg" are lower case.
- A common word known to the name list as a surname ("fisher") is no name typed in
  lower case; a company's word that is ordinary words made one ("microfinance") is not
  capitalised on its own; products are spelled as their makers do ("Power BI").

Sentences from other trades than set AA's."""

import pytest

from letters.fragments import Facts, check_answer

FACTS = Facts(
    names=("Ms Dana Reid", "Sam Lee"),
    recipient="Ms Dana Reid",
    company="Acme Foods",
    role="Shift Supervisor",
)


def _said(typed, facts=FACTS, key="fit"):
    return " ".join(check_answer(key, typed, facts=facts).sentences)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("I Was A Paralegal At Whitlock Beaumont Solicitors In Leeds For Four Years",
      "at Whitlock Beaumont Solicitors in Leeds"),
     ("I Kept The Books At Mensah Okoro Partners For Three Years",
      "at Mensah Okoro Partners for"),
     ("I Was A Relief Milker At Golden Valley Farms For Five Years",
      "at Golden Valley Farms for"),
     ("I Drove Cranes For Blue Harbour Group Every Night", "for Blue Harbour Group every")],
)  # fmt: skip
def test_a_firms_name_ending_in_its_suffix_keeps_its_capitals(typed, kept):
    assert kept in _said(typed)


@pytest.mark.parametrize(
    ("record", "typed", "kept"),
    [("My 6 Years At Golden Fleece Services, Shearing In Otago",
      "At Golden Fleece We Cut Second Cuts By 20% In One Season.", "At Golden Fleece we cut"),
     ("My 5 Years At Blue Harbour Cranes Ltd In Durban",
      "At Blue Harbour I Cut Idle Lifts From 12 To 4 A Shift.", "At Blue Harbour I cut"),
     ("Eight Years With Silver Birch Accountants",
      "With Silver Birch I Ran Payroll For 40 Staff.", "With Silver Birch I ran")],
)  # fmt: skip
def test_a_firm_the_record_names_keeps_its_capitals_without_its_suffix(record, typed, kept):
    facts = Facts(names=FACTS.names, company="Acme Foods", typed=(record,), noted=(record,))
    assert kept in _said(typed, facts)


@pytest.mark.parametrize(
    ("typed", "said"),
    [("I Worked With Two Lawyers Every Day", "I worked with two lawyers every day."),
     ("I Cleaned Wards At The Hospital At Night", "I cleaned wards at the hospital at night."),
     ("I Paid The Takings Into The Bank For The Group",
      "I paid the takings into the bank for the group."),
     ("We Planted Silver Birch Along The Road", "We planted silver birch along the road.")],
)  # fmt: skip
def test_the_same_words_as_ordinary_words_are_lowered(typed, said):
    record = ("Ten Years At Silver Birch Farms",)
    facts = Facts(names=FACTS.names, company="Acme Foods", typed=record)
    assert _said(typed, facts) == said


@pytest.mark.parametrize(
    ("typed", "part"),
    [("At Ganesh Traders We Saved Nearly Rs 40,000 A Month", "Rs 40,000"),
     ("I Handled Loans Up To 2 Lakh Each Week", "2 lakh each"),
     ("I Lifted 25 Kg Sacks All Day", "25 kg sacks"),
     ("We Packed Around 1,800 Kg Of Mangoes A Day", "1,800 kg of mangoes")],
)  # fmt: skip
def test_money_keeps_its_capital_and_measures_are_lower_case(typed, part):
    assert part in _said(typed)


def test_a_job_title_in_title_case_is_lowered_whole():
    facts = Facts(names=FACTS.names, company="Acme Foods", role="Phlebotomy Technician")
    said = _said("3 Years As A Phlebotomy Technician At St Mary's, Around 40 Draws A Day", facts)
    assert "phlebotomy technician" in said


@pytest.mark.parametrize(
    ("typed", "part"),
    [("i worked as a deck hand on a sport fisher out of the marina", "sport fisher"),
     ("i skippered a crab fisher for two seasons", "crab fisher"),
     ("i cooked for the fisher crews at the wharf", "fisher crews")],
)  # fmt: skip
def test_a_common_word_on_the_name_list_is_not_capitalised(typed, part):
    assert part in _said(typed)


def test_a_name_known_only_as_a_name_is_still_capitalised():
    assert "in Eugene" in _said("i drove a bus in eugene for two years")


@pytest.mark.parametrize(
    ("company", "typed", "part"),
    [("Crestfield Microfinance Bank, Ibadan",
      "i was a teller at a microfinance bank in oyo town", "a microfinance bank"),
     ("Sunrise Microbrewing Co", "i brewed at a microbrewing outfit for 3 years",
      "a microbrewing outfit")],
)  # fmt: skip
def test_a_companys_ordinary_word_alone_is_not_capitalised(company, typed, part):
    facts = Facts(names=FACTS.names, company=company)
    assert part in _said(typed, facts)


@pytest.mark.parametrize(
    ("typed", "part"),
    [("i built the weekly dashboards in power bi", "Power BI"),
     ("i kept the shift rota in sharepoint", "SharePoint"),
     ("i overhauled the alfa laval purifiers every 2000 hours", "Alfa Laval")],
)  # fmt: skip
def test_a_product_typed_in_lower_case_takes_its_makers_capitals(typed, part):
    assert part in _said(typed)
