"""Set AB (AB08, AB19, AB11, AB07): capitals the wizard got wrong, or claimed to fix.

- A letter that labels a grade, a league or a place, typed In Title Case, lost its
  capital: "For A Junior A Team" became "for a junior a team", which reads as an article.
  The letter keeps its capital, and the word it labels too ("a Junior A team", "Plan B",
  "Bay C"); a verb's "a" ("I Plan A Route") and a second object ("Gave The Junior A Lift")
  stay an article, and lower-case typing ("a junior a team") is left as typed.
- An ordinary word run together from two ("Barcode"), typed In Title Case, kept its
  capital as if a brand's; one written in the plural too is a word ("a barcode inventory"),
  a brand is not ("Salesforce", "Blademaster").
- A company's ordinary word, alone In Title Case, kept its capital as the company's:
  "as a Lettings negotiator" (Headrow Lettings & Estates), "as a Conveyancing clerk"
  (Harbourside Conveyancing). Alone it is the job's word; beside the company's other
  words it is the name ("At Headrow Lettings we").
- Names typed in lower case: a nickname set off by commas after a word for a person
  ("the same coach, big tam, who …") and towns listed after "around" ("around hay,
  deniliquin and balranald") are asked about; "capitalised names" is not claimed when
  the only name capitalised became "you".

Sentences from other trades than set AB's, and sentences that must stay as they are."""

import pytest

from letters.fragments import Facts, check_answer

FACTS = Facts(
    names=("Ms Dana Reid", "Sam Lee"),
    recipient="Ms Dana Reid",
    company="Acme Foods",
    role="Shift Supervisor",
)


def _check(typed, facts=FACTS, key="fit"):
    return check_answer(key, typed, facts=facts)


def _said(typed, facts=FACTS, key="fit"):
    return " ".join(_check(typed, facts, key).sentences)


# 1. A letter that labels a grade, a league or a place


@pytest.mark.parametrize(
    ("typed", "part"),
    [("Four Seasons As Equipment Manager For A Junior A Team, 26 Players And About 30 Road "
      "Trips A Year", "for a Junior A team"),
     ("I Coached A Division B Team For Three Years", "a Division B team"),
     ("We Always Kept A Plan B Ready For Wet Weather Days", "a Plan B ready"),
     ("I Was A Grade A Welder At The Shipyard For Six Years", "a Grade A welder"),
     ("I Moved Pallets From Bay A To Bay C Every Shift", "from Bay A to Bay C"),
     ("I Ran The Night Shift On Ward C For Two Years", "on Ward C for")],
)  # fmt: skip
def test_a_letter_labelling_a_grade_or_place_keeps_its_capital(typed, part):
    assert part in _said(typed)


@pytest.mark.parametrize(
    ("typed", "part"),
    [("I Plan A Route For Each Driver Every Morning", "I plan a route for each driver"),
     ("I Gave The Junior A Lift Home After Every Game", "I gave the junior a lift home"),
     ("We Give Each Player A Checklist Before The Bus Leaves",
      "give each player a checklist before"),
     ("I Made The Night Shift A Lot Easier To Run", "the night shift a lot easier")],
)  # fmt: skip
def test_an_article_after_a_verb_or_a_first_object_stays_an_article(typed, part):
    assert part in _said(typed)


@pytest.mark.parametrize(
    ("typed", "part"),
    [("i coached a junior a team for four seasons", "a junior a team"),
     ("I coached a Junior A team for four seasons.", "a Junior A team"),
     ("I was a grade a welder at the shipyard for six years", "a grade a welder")],
)  # fmt: skip
def test_a_letter_is_left_as_typed_outside_title_case(typed, part):
    assert part in _said(typed)


# 2. An ordinary word run together from two


@pytest.mark.parametrize(
    ("typed", "part"),
    [("I Would Set Up A Barcode Inventory For Sticks And Gear", "a barcode inventory"),
     ("I Would Fit A Wetsuit Rack In Every Van", "a wetsuit rack"),
     ("I Hand Every Guest A Keycard At Check In", "a keycard"),
     ("I Ran The Skatepark Sessions On Saturdays", "the skatepark sessions")],
)  # fmt: skip
def test_a_word_run_together_in_title_case_is_lowered(typed, part):
    assert part in _said(typed)


@pytest.mark.parametrize(
    ("typed", "part"),
    [("I Track Every Lead In Salesforce", "in Salesforce"),
     ("I Am Certified On Blademaster Machines", "on Blademaster machines"),
     ("We Shared The Site Photos On Dropbox", "on Dropbox")],
)  # fmt: skip
def test_a_brand_run_together_keeps_its_capital(typed, part):
    assert part in _said(typed)


# 3. A company's ordinary word alone


@pytest.mark.parametrize(
    ("company", "typed", "part"),
    [("Headrow Lettings & Estates, Leeds",
      "Three Years As A Lettings Negotiator, Averaging 24 Lets A Month",
      "as a lettings negotiator"),
     ("Harbourside Conveyancing Pty Ltd, Gosford NSW",
      "3 Years As A Conveyancing Clerk At Dunlop Carr Lawyers In Newcastle",
      "as a conveyancing clerk at Dunlop Carr"),
     ("Greenway Landscaping Ltd", "I Worked Four Years As A Landscaping Foreman",
      "as a landscaping foreman"),
     ("Tasman Scaffolding Services", "I Was A Scaffolding Supervisor On Two Tower Jobs",
      "a scaffolding supervisor")],
)  # fmt: skip
def test_a_companys_ordinary_word_alone_in_title_case_is_lowered(company, typed, part):
    facts = Facts(names=FACTS.names, recipient=FACTS.recipient, company=company)
    assert part in _said(typed, facts)


@pytest.mark.parametrize(
    ("company", "typed", "part"),
    [("Headrow Lettings & Estates, Leeds", "At Headrow Lettings We Let 30 Homes A Month",
      "At Headrow Lettings we let"),
     ("Greenway Landscaping Ltd", "I Joined Greenway Landscaping In 2019 As A Labourer",
      "I joined Greenway Landscaping in 2019")],
)  # fmt: skip
def test_a_companys_words_together_keep_their_capitals(company, typed, part):
    facts = Facts(names=FACTS.names, recipient=FACTS.recipient, company=company)
    assert part in _said(typed, facts)


# 4. Names typed in lower case


AB11 = Facts(
    names=("fiona mackay (hr business partner)", "callum reid", "clydeside leisure trust"),
    recipient="fiona mackay (hr business partner)",
    sender="callum reid",
    company="clydeside leisure trust",
    role="duty manager – leisure centre",
)


def test_the_reader_made_you_is_no_capitalised_name_and_a_nickname_is_asked():
    check = _check(
        "fiona said she used to swim for the club at the centre when she was wee, same as "
        "me, and we both had the same coach, big tam, who apparently still does the 6am "
        "sessions",
        AB11,
        "connection",
    )
    assert "capitalised names" not in check.message
    assert "“big tam”" in check.message


@pytest.mark.parametrize(
    "typed",
    ["we both worked under the same foreman, big mick, who still runs the yard at dunmore",
     "we had the same head chef, wee rab, who trained half the cooks in the city",
     "we both learned from the same instructor, old dave, who still takes the night classes"],
)  # fmt: skip
def test_a_nickname_set_off_after_a_person_is_asked_about(typed):
    check = _check(typed, AB11, "connection")
    nickname = typed.split(", ")[1]
    assert f"“{nickname}”" in check.message.lower()  # "big Mick": the name's capital kept


@pytest.mark.parametrize(
    ("typed", "asked"),
    [("i class about 40 clips a year around hay, deniliquin and balranald",
      ("hay", "balranald")),
     ("i did deliveries around bourke, cobar and nyngan for 3 years", ("cobar", "nyngan")),
     ("i shore around gore, balclutha and tapanui for 5 seasons", ("gore", "tapanui"))],
)  # fmt: skip
def test_towns_listed_after_around_are_asked_about(typed, asked):
    check = _check(typed, AB11)
    for word in asked:
        assert f"“{word}" in check.message or word.capitalize() in " ".join(check.sentences)


@pytest.mark.parametrize(
    "typed",
    ["i worked around the clock, weekends and nights for 3 years",
     "i cleaned around tables, chairs and benches every night",
     "6 years on the floor at a loft in opua, cutting and patterning"],
)  # fmt: skip
def test_ordinary_words_listed_after_around_are_not_asked_about(typed):
    message = _check(typed, AB11).message
    assert "“cutting" not in message
    assert "“tables" not in message
    assert "“weekends" not in message


def test_a_name_capitalised_and_kept_is_still_claimed():
    check = _check("thanks for your time fiona, hope to hear from you soon", AB11, "closing")
    assert "capitalised names" in check.message
    assert "Fiona" in " ".join(check.sentences)


@pytest.mark.parametrize(
    "typed",
    ["I have my Cert IV in Dental Assisting and three years chairside at a practice",
     "I know Fred Dispense well and I did the Cert IV in pharmacy",
     "OSHA grain handling and bin entry trained, and I have my CDL Class A"],
)  # fmt: skip
def test_capitals_the_user_typed_are_no_capitalised_names(typed):
    assert "capitalised names" not in _check(typed).message


@pytest.mark.parametrize(
    ("company", "typed", "part"),
    [("Baker Foods", "I Packed Foods For Three Supermarkets", "I packed foods for"),
     ("Baker Foods", "At Baker Foods I Packed 300 Boxes A Shift", "At Baker Foods I packed")],
)  # fmt: skip
def test_a_companys_word_is_a_name_only_beside_its_other_words(company, typed, part):
    facts = Facts(names=FACTS.names, recipient=FACTS.recipient, company=company)
    assert part in _said(typed, facts)


@pytest.mark.parametrize(
    ("typed", "part"),
    [("I Worked With Hockey N Football Teams", "with hockey N football"),
     ("I Can Start Monday If U Need Me", "if you need me")],
)  # fmt: skip
def test_a_letter_typed_for_a_word_is_no_label(typed, part):
    assert part in _said(typed)
