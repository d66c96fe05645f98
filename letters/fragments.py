"""Each wizard answer checked as the user types it: is it a sentence the letter can carry,
does it need a fix the user can take in one click, or is it left out, and why.

The rule for what a sentence is lives in the checker (``letters.quality.sentences``):
the wizard only calls it. What the wizard adds are fixes (``answer_case``: shorthand,
capitals, "she" -> "you"; ``answer_fixes``: a long sentence split, a subject left out
phone-style put back). Each is a *fix*: the step shows it before "Next" with a one-click
"Use this", and the letter uses the fixed text, so the draft page lists what it
corrected. A note whose words go into a sentence of certain grammar with only a subject
and a verb put before them ("8 yrs service plumbing" -> "I have 8 years of service
plumbing experience") is fixed the same way. An answer that is still a note is left out
with an example, in the user's own words where a lead fits them ("You told me about
residents losing weight."), else in the voice of their trade; both the step and the
draft page say which and why. Nothing is dropped silently.

Pure functions of plain values, no database; the input is capped at 600 characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from letters import gazetteer
from letters.answer_case import (
    CALENDAR,
    CAPITALISED_NAMES,
    LONE_HIM,
    NAMED_THEN,
    PAIR,
    PRONOUNS,
    UNSURE_YOU,
    WROTE_YOU,
    Facts,
    _inside_a_name,
    all_capitals,
    as_question,
    asks_the_reader,
    cased,
    fewer,
    finished,
    forward_to,
    names_capitalised,
    not_the_reader,
    plain_case,
    takes_up_a_noun,
    thanks_comma,
    tidy,
    to_second_person,
)
from letters.answer_digit_words import counted_at_end
from letters.answer_examples import (
    as_would,
    own_words_example,
    problem_example,
    question_example,
    typed_as_name,
    whose_result,
)
from letters.answer_fixes import (
    LONG_SENTENCE_WORDS,
    NO_ORDER_KEYS,
    READER_OBJECTS,
    also_once,
    article,
    asked_after_comma,
    can_be_finite,
    describes,
    gain_is_note,
    have_been,
    is_note,
    joined_with_and,
    mend,
    named_report,
    not_the_users,
    problem_is_note,
    safe_split,
    says_who,
    shaped,
    so_near,
    span_note_head,
    split_long,
    split_second_action,
    trailing_report,
    verbless_note,
    with_main_clause,
    with_subject,
    without_frame,
)
from letters.answer_grammar import (
    ask_hint,
    asked_directly,
    hire_as_me,
    kindly_hint,
    listed_by_and,
    mend_grammar,
    verbless_list_hint,
    years_hint,
)
from letters.answer_names import NOT_NAMES, lower_case_hint, title_case_hint
from letters.answer_notes import (
    TIME_HEADS,
    and_head_note,
    and_i_head,
    colon_mended,
    colon_named,
    colon_note_example,
    counted_none,
    counted_none_hint,
    counted_participle_hint,
    glued_heading,
    glued_heading_hint,
    head_note,
    idea_note_example,
    labelled_note,
    of_note,
    participle_gain,
    participle_note,
    timed_part,
    verbless_tail_hint,
)
from letters.answer_reader import reader_in_body, sir_asked
from letters.answer_runons import (
    label_hint,
    later_note_parts,
    later_notes_hint,
    later_unsaid_part,
    past_said_with_i,
    reason_after_question,
    reason_for_asking,
    split_and_chain,
    split_comma_splice,
    subjectless_change_hint,
    subjectless_tail_hint,
    tacked_count_hint,
)
from letters.answer_shorthand import (
    POLITE_WORDS,
    shorthand_left,
    times_sign,
    unsure_shorthand,
)
from letters.answer_slips import slips_hint
from letters.answer_spelling import spell_checked, unknown_words_hint
from letters.answer_words import (
    BASE_VERBS,
    CLOSED_WORDS,
    DETERMINERS,
    FIRST_PERSON,
    GAIN_STARTS,
    NUMBER_WORDS,
    OTHER_PEOPLE,
    PAST_MARKERS,
    PREPOSITIONS,
    SPAN_UNITS,
)
from letters.answer_writer import writer_named, writer_to_first
from letters.quality import lexicon
from letters.quality import sentences as grammar
from letters.quality.patterns import NAME_TITLES
from letters.quality.quantities import CHANGED_BY, FACTORS
from letters.quality.text import fold, name_tokens, person_name, salutation
from letters.quality.tone import raises_pay
from letters.trades import example_for

MAX_ANSWER_CHARS = 600  # the longest wizard field; the view caps input before this
USED, FIXED, LEFT_OUT = "used", "fixed", "left_out"


@dataclass(frozen=True)
class Check:
    """What the wizard says about one answer (one item of the fit list)."""

    key: str  # the answer's key: "connection", "fit", "value_idea", ...
    typed: str  # what the user typed, on one line
    status: str  # USED, FIXED or LEFT_OUT
    sentences: tuple[str, ...]  # what the letter carries (empty when left out)
    message: str  # what the step and the draft page say
    fix: str = ""  # the corrected answer offered in one click
    number: int = 0  # the fit item's place (1-3), 0 for other answers

    @property
    def used(self) -> bool:
        return self.status != LEFT_OUT

    def left_out(self, message: str) -> Check:
        return Check(self.key, self.typed, LEFT_OUT, (), message, self.fix, self.number)


def one_line(text) -> str:
    return " ".join(str(text or "")[:MAX_ANSWER_CHARS].split())


def check_answer(key: str, typed: str, *, facts: Facts, number: int = 0) -> Check | None:
    """The check of one answer, or None for an empty one."""
    typed = one_line(typed)
    if not typed.strip(" .!?,;:-"):
        return None
    text, changes = tidy(typed, facts)
    text = spell_checked(text, facts, changes, typed)  # "demensia", "to much", "a hour"
    text = reader_in_body(text, facts, changes)  # "Mr van Wyk, would …", "Could Ciara …"
    if not text.strip(" .!?,;:-"):
        # Only an emoji or a filler ("lol"): tidied away, there is nothing left to use.
        message = f"“{_quote(typed)}” has no words for your letter: say it as a sentence."
        return Check(key, typed, LEFT_OUT, (), message, number=number)
    if key == "closing" and is_sign_off_phrase(text):
        # "God bless", "Cheers", "Best wishes": a sign-off, which the letter closes with
        return Check(key, typed, USED, (finished(text),), "Used as you wrote it.", number=number)
    to_self = key == "question" and NOTE_TO_SELF.match(text.strip())
    if to_self and not {"you", "you're", "your"} & set(to_self.group("rest").lower().split()):
        # "want to ask Bruce if they run ...": what to ask, not the question itself
        asked = _asked_directly(to_self.group("rest"))
        example = f"for example “{asked}”" if asked else "with “Is …?” or “Could you …?”"
        message = (
            f"“{_quote(typed)}” reads as a note to yourself, so it is not in your letter: "
            f"ask it to them directly, {example}"
        )
        return Check(key, typed, LEFT_OUT, (), message, number=number)
    if key in ("closing", "question") and (said := _told_self(text)) is not None:
        # "thank her and say I can come any day", "tell him I can start Monday": what to
        # write, noted for oneself; the letter says it to them.
        example = f"for example “{finished(said)}”" if said else "in your own words."
        message = (
            f"“{_quote(typed)}” reads as a note to yourself, so it is not in your letter: "
            f"say it to them directly, {example}"
        )
        return Check(key, typed, LEFT_OUT, (), message, number=number)
    if key in ("value_idea", "closing", "fit") and (offered := _offered_now(key, text)):
        # "I said I would check departures early": what was said at the interview; the
        # letter offers it now ("I would check departures early.")
        again = check_answer(key, offered, facts=facts, number=number)
        if again is not None and again.used and not again.sentences[0].startswith("I said"):
            fixed = " ".join(again.sentences)
            change = (
                "said it with “I would”"
                if text.lower().startswith("to ")
                else "said it as your result"
                if key == "fit"
                else "left out “I said”: the letter offers it now"
            )
            message = (
                f"We suggest a corrected version ({change}): “{fixed}” Your letter uses it; "
                "change it here if it is not what you mean."
            )
            return Check(key, typed, FIXED, again.sentences, message, fix=fixed, number=number)
    text = trailing_report(key, text, facts, changes)  # "…, you said" -> "You said …"
    if key in REPORTED_NOTE_KEYS and (part := _reported_part(text)):
        # "she said rooms not ready", "you said happier guests": the interview note
        # after "said" has no verb, so the letter would tell it back as a heading.
        message = _note_message(key, [part], facts) + lower_case_hint(
            typed, (text,), facts.noted_lower()
        )
        return Check(key, typed, LEFT_OUT, (), message, number=number)
    if key not in ARROW_NOTE_KEYS and (tail := _arrow_tail(typed)):
        # "helped set up hourly rounding -> falls way down": "so falls way down" has no
        # verb, so it is no sentence to offer as the wizard's; what happened is theirs
        arrow, said = tail
        message = (
            f"“{arrow} {said}” has no verb, so this answer is not in your letter: say it "
            f"as a sentence, with {MARK_WORDS[arrow]} and a verb of its own."
        ) + lower_case_hint(typed, (text,), facts.noted_lower())
        return Check(key, typed, LEFT_OUT, (), message, number=number)
    # "Aoife thanks Dr Brennan for her time …": the closing speaks of the writer by name
    of_self = (
        key == "closing" and bool(writer_named(text, facts)) and not asks_the_reader(text, facts)
    )
    if (
        key == "connection"
        or (key in REPORTED_KEYS and _reports(text, facts))
        or (key in ("question", "closing") and asks_the_reader(text, facts))
        or of_self
    ):
        made = len(changes)
        named = to_second_person(text, facts, changes)
        if named != text and key in REPORTED_NOTE_KEYS and (part := _reported_part(named)):
            # "Declan said fewer callbacks": a note once the name is "You", as "you said" is
            message = _note_message(key, [part], facts) + lower_case_hint(
                typed, (text,), facts.noted_lower()
            )
            return Check(key, typed, LEFT_OUT, (), message, number=number)
        if named != text or of_self:
            # "Danielle thanks you for your time and hopes …": with the reader "you", no
            # "her" is left that may be the writer's, so their own name is "I" now
            named = writer_to_first(named, facts, changes)
        if of_self and writer_named(named, facts):
            # "Ibrahim thanks you …, and he hopes …": not every word of theirs and of the
            # writer's switches, so the closing stays as typed and the step says both
            named = text
            del changes[made:]
        text = named
    text = without_frame(key, text, changes)  # "You said I could do …" -> "I could do …"
    unsure_you = next((c for c in changes if c.startswith(UNSURE_YOU)), "")
    if unsure_you:
        changes.remove(unsure_you)
    text = mend_grammar(key, text, changes)  # "discussed about", "on same building"
    if key == "question":
        text = hire_as_me(text, facts.role, changes)  # "want the BA to sit" -> "want me to"
        text = asked_after_comma(text, facts, changes)  # "she mentioned X, does the ..."
        text = as_question(asked_directly(text, changes), changes)
        text = reason_after_question(text, changes)  # "Are you …? I would be happy to …"
    text = forward_to(text, changes)
    text = without_polite_words(text, changes)  # "Thank you po for the time"
    pieces = grammar.split_sentences(text)
    pieces = [fewer(cased(p, facts, changes), changes) for p in pieces]
    if all_capitals(text):
        # "Thank You", "Field Training Officer": too short for the checker to call
        # Title Case, but every word capitalised is the keyboard, not names.
        pieces = [plain_case(p, facts) for p in pieces]
        if pieces != grammar.split_sentences(text):
            changes.append("corrected the capital letters")
    pieces = split_long(pieces, changes)
    if pieces is None:
        # the example starts from the case-fixed words: "I would use a proper survey sheet",
        # never the Title Case typed ("I Would Use A Proper …")
        fixed = " ".join(cased_only(typed, text, facts))
        return Check(key, typed, LEFT_OUT, (), _too_long(key, typed, fixed), number=number)
    pieces = split_and_chain(pieces, changes)  # "… and we unloaded … and I trained …"
    splice: list[str] = []
    spliced = split_comma_splice(pieces, splice)  # "I worked there 5 years, I know …"
    if key not in FIRST_PERSON_KEYS or says_who(spliced[:1]) or not says_who(pieces[:1]):
        # not where the first part would no longer say it is the user's ("She needs
        # someone to help train, I trained …": a result that is theirs as a whole)
        pieces = spliced
        changes += splice
    pieces = [listed_by_and(p, changes) for p in pieces]  # "fewer X and happier Y and …"
    if key == "connection" and (whole := [with_main_clause(p) or p for p in pieces]) != pieces:
        # "When you told me about …, and I said …": "I remember when you told me …"
        pieces = whole
        changes.append("said it as a whole sentence")
    typed_lower = typed[:1].islower()
    text = " ".join(pieces)
    # "Full C licence, I do the pump installs": the note before the comma, as typed (an
    # "I" put before it would read "full" or "clean" as a verb: "I clean driving licence")
    heads = [head for p in pieces if (head := head_note(p))] if key == "fit" else []
    if not heads and (said := with_subject(key, text, facts, typed_lower=typed_lower)):
        # "ran my own service calls" -> "I ran my own service calls": phone style leaves
        # out who did it, as it leaves out letters; the fix puts back only that word.
        pieces = grammar.split_sentences(said)
        text = said
        changes.append("said who does it")
    if key == "closing" and len(pieces) > 1:
        # "Thanks again! Can do a trial shift any morning.": the next step said with "I"
        pieces = _later_said(pieces, lambda p: _closing_said(p, facts), changes)
        text = " ".join(pieces)
    if key == "connection" and len(pieces) > 1:
        # "You said you got into it …. Told you my 1st crew boss …": to the reader, the
        # one who told them is the writer ("I told you …")
        pieces = _later_said(pieces, _told_you_said, changes)
        text = " ".join(pieces)
    if key == "value_idea" and len(pieces) > 1 and says_who(pieces[:1]):
        # "I would flood test every roof. Plug the outlet and fill it.": the steps of the
        # plan go on as orders; each is said with "I would", as the first one is
        pieces = _later_said(pieces, lambda p: _said_as_mine(p, facts), changes)
        text = " ".join(pieces)
    if key == "fit" and (near := so_near(text)) != text:
        text = near  # "I live in Wick so 20 minutes from the sites": "so I'm 20 minutes"
        pieces = grammar.split_sentences(text)
        changes.append("said who does it")
    if key == "fit" and text.startswith(("I ", "I'", "I’")) and ", got " in text:
        # "I've been tiling 8 years, got NVQ level 2": the second part said with "I've"
        text = text.replace(", got ", ", and I've got ", 1)
        pieces = grammar.split_sentences(text)
        changes.append("said who does it")
    if key == "fit" and (said := [past_said_with_i(p) for p in pieces]) != pieces:
        # "I have 3 years as a CRC …, ran 6 trials at once": "…, and I ran 6 trials"
        pieces = said
        text = " ".join(pieces)
        changes += [] if "said who does it" in changes else ["said who does it"]
    if key in ("value_idea", "connection"):
        past = key == "connection"
        pieces = [joined_with_and(p, changes, past=past) for p in pieces]
        if key == "value_idea":
            pieces = split_second_action(pieces, changes)  # "…, and order …" over 35 words
            pieces = also_once(pieces, changes)  # "I would also …. I would also …"
        text = " ".join(pieces)
    notes = [
        p
        for at, p in enumerate(pieces)
        if not (key == "closing" and is_sign_off_phrase(p))  # "…. God bless."
        and not (key == "question" and reason_for_asking(pieces, at))  # "…? Because I …"
        and not (key == "closing" and OTHER_THANKS_RE.match(p))  # "Asante sana for …"
        and (is_note(p) or verbless_note(key, p) or _jotted(key, p) or _shaped_note(key, p))
    ]
    if key == "fit" and not notes:
        # "4 years chairside with registered dental assistant cert and I'm confident …":
        # the first part is a note with no certain shape to say it in (else ``shaped``
        # says it, "I have 8 years of … experience and I know …")
        notes = [
            head for p in pieces if (head := span_note_head(p) or head_note(p) or and_i_head(p))
        ] or heads
    joined_note = False
    if key == "value_idea" and not notes:
        # "Pre-job photos … before the truck leaves, and we did it …": the first part
        notes = [head for p in pieces if (head := and_head_note(p))]
        joined_note = bool(notes)
    if key == "value_idea":
        # "I would scan …. Batch thermoforming days.": a later line jotted as a note
        notes += [p for p in later_note_parts(tuple(pieces)) if p not in notes]
    if key == "question" and not notes:
        notes = [p for p in pieces if _bare_question(p)]  # "Start date?", "Commission?"
    if not notes and (key == "value_problem" and problem_is_note(text) or gain_is_note(key, text)):
        notes = [text]
    offer = shaped(key, text, facts, typed_lower=typed_lower)
    if notes and not offer:
        offer = mend(key, text, facts, typed_lower=typed_lower)
    colon_example = ""
    if offer and ":" in offer and ":" not in text:
        # "6 yrs obs + general, CASE accredited" -> "… experience: CASE accredited": a
        # colon the user never typed joins a second note on. A state of theirs is said
        # with "I am"; a sector ("FM sector") has no certain word before it, so it is a
        # note with the likely sentence as its example; a list of kinds stays after it.
        if mended := colon_mended(offer):
            offer = mended
        elif (colon_example := colon_note_example(offer)) or colon_named(offer):
            # "7 yrs fencing, Mid Canterbury": no "…experience: Mid Canterbury." offered;
            # a place has its "in" in the example, a firm's name none ("at", "with"?)
            offer = ""
            notes = notes or [text]
    if offer:
        # "5 years cooking at a care home so used to big batches": "so I'm used to"
        offer = have_been(offer.replace(" so used to ", " so I'm used to "))
        # "I have spent 6 years cleaning, I know the codes": the wizard's own sentence is
        # one the step would call run together, so it joins it itself ("…, and I know …")
        offer = " ".join(_run_together((s,)) or s for s in grammar.split_sentences(offer))
        # "I have spent 3 years picking, my accuracy was 99.8%": a stop, as typed back
        offer = " ".join(split_comma_splice(grammar.split_sentences(offer), []))
        # "I have four seasons of experience … and I did 61 games … and my assessments
        # were …": a chain the step splits when typed back, so it is split here too
        offer = " ".join(split_and_chain(grammar.split_sentences(offer), []))
        if key == "fit":
            # "I have 4 seasons of experience on …, did most of the tubing checks": the
            # note's past verb said with "I", as a typed sentence's is ("…, and I did …")
            offer = " ".join(past_said_with_i(s) for s in grammar.split_sentences(offer))
    if offer and not any(is_note(p) for p in grammar.split_sentences(offer)):
        # "8 yrs service plumbing" -> "I have 8 years of service plumbing experience":
        # the note's own words in a shape whose grammar is certain (a subject and a verb
        # put before them, nothing else), so the letter uses it, as it does a casing fix,
        # and the step shows it to change.
        sentences = tuple(grammar.split_sentences(offer))
        noted_lower = facts.noted_lower()
        message = _offer_message(key, offer) + title_case_hint(typed, sentences, noted_lower)
        message += _shorthand_hint(offer) + lower_case_hint(typed, sentences, noted_lower)
        message += unknown_words_hint(offer, facts, message)  # "ctrl": shorthand left
        message += tacked_count_hint(sentences)  # "I have worked 4 years as barista, 2 as …"
        message += _pay_hint(key, offer) + slips_hint(sentences)  # "the rods is"
        return Check(key, typed, FIXED, sentences, message, offer, number)
    if notes and colon_example:
        message = (
            f"“{_quote(typed)}” reads as a note, so it is not in your letter: say it as a "
            f"sentence, for example “{colon_example}”"
        ) + _shorthand_hint(text)
        return Check(key, typed, LEFT_OUT, (), message, number=number)
    if notes:
        # "both served our time ... the church roof in Ilkley story": the whole answer is
        # left out, so the notice says so, not only the half that is a note.
        part_of = typed if len(notes) < len(pieces) or not set(notes) <= set(pieces) else ""
        message = _note_message(
            key,
            notes,
            facts,
            joined=joined_note,
            part_of=part_of,
            shown=_as_typed(notes, pieces, typed),
        )
        message += _shorthand_hint(text)
        if times_sign(text):
            message += _times_hint(text)  # "about 3 hours saved, 4 fitters x £18 an hour"
        message += lower_case_hint(typed, tuple(pieces), facts.noted_lower())
        message += _reader_as_her_hint(text, facts)  # "Her Ladybird collection vs my …"
        return Check(key, typed, LEFT_OUT, (), message, number=number)
    if (
        key == "value_idea"
        and says_who(pieces[:1])  # else the whole idea is named as not saying it is you
        and (unsaid := later_unsaid_part(tuple(pieces)))
    ):
        # "I will do time study …. Will keep 2 operators …": left out, as a whole answer
        # with no subject is, and named with the subject it likely lacks
        words = _quote(unsaid).split()
        message = (
            f"“{_quote(typed)}” is not in your letter, because “{' '.join(words[:4])} …” "
            "does not say it is you: say it with “I” or “we”, for example "
            f"“I {words[0].lower()} {' '.join(words[1:4])} …”."
        )
        return Check(key, typed, LEFT_OUT, (), message, number=number)
    if key in FIRST_PERSON_KEYS and (
        not says_who(pieces[:1]) or not_the_users(key, pieces[0])
    ):  # "He could try …, like we did": said of someone else, though "we" comes later
        return Check(
            key,
            typed,
            LEFT_OUT,
            (),
            _not_you_message(key, typed, " ".join(pieces), facts),
            number=number,
        )
    if key == "closing":
        pieces = [thanks_comma(p, facts, changes) for p in pieces]
    sentences = tuple(finished(p) for p in pieces)
    joined = _joined_run_ons(sentences) if changes else sentences
    if " ".join(joined) != " ".join(sentences):
        # The corrected version is one the next round takes as it is: it puts in the
        # "and" or the full stop the step would otherwise ask for once it is typed back.
        mark = "a full stop" if len(joined) > len(sentences) else "“and”"
        sentences = joined
        changes.append(f"put {mark} between two sentences run together")
    fixed = " ".join(sentences)
    if CAPITALISED_NAMES in changes and not names_capitalised(typed, sentences):
        changes[:] = [c for c in changes if c != CAPITALISED_NAMES]  # "fiona" made "you"
    longest = max((len(s.split()) for s in sentences), default=0)
    hint = (
        f" One sentence is still {longest} words; a reader takes in about "
        f"{LONG_SENTENCE_WORDS} at once, so split it if you can."
        if longest > LONG_SENTENCE_WORDS
        else ""
    )
    if key in ("fit", "value_gain_detail") and (said_with_i := whose_result(sentences[0], facts)):
        hint += f" It does not say who did it: say it with “I” or “we”, for example “{said_with_i}”"
    if run_on := _run_together(sentences):
        hint += (
            " It reads as two sentences run together: put a full stop or “and” between "
            f"them, for example “{run_on}”"
        )
    if key == "value_problem" and (doing := _no_main_verb(sentences[0])):
        verb = doing.split()[0]
        lead = "You mentioned that" if facts.decision_maker else "I understand that"
        # "The cruise groups waiting too long …" (set Z): the letter has it, but it is a
        # note, and its notice says so, as every note's does, with the sentence to write
        hint += f" It reads as a note, with no verb of its own before “{doing} …”: say what they do"
        if base := _doing_base(verb):
            # "taking" -> "take", "running" -> "run": the whole verb, not "tak …"
            said = _doing_said(sentences[0], verb, base) or f"… {base}"
            hint += f", for example “{lead} {said} …” rather than “… {verb} …”."
        else:
            hint += "."
    elif key == "value_problem" and (told := _as_told(sentences[0], facts)):
        heard = "what they told you" if facts.decision_maker else "what you heard"
        example = f"starting with “{told}”." if told in (HEARD, TOLD) else f"for example “{told}”"
        hint += (
            f" It reads as a fact told to them about their own work: say it as {heard}, {example}"
        )
    if key == "fit" and (doing := _tacked_doing(sentences)):
        part, example = doing  # "I had zero lost-time injuries, line handling in all weather."
        hint += f" “{part}” after a comma has no verb: say it with one, for example “{example}”"
    if key in ("fit", "value_gain_detail"):
        hint += counted_none_hint(sentences)  # "…, 412 joints no leaks at startup"
    if key == "fit":
        hint += counted_participle_hint(sentences)  # "9 of my boys selected in …"
    if key not in ("question", "closing"):
        hint += glued_heading_hint(sentences)  # "2022 Motiva TA we had 412 joints …"
    if key == "value_idea" and (owned := _described_tail(sentences)):
        part, example = owned  # "I can do full season November to March, own gear."
        hint += f" “{part}” after a comma has no verb: say it with one, for example “{example}”"
    elif key == "value_idea" and (bare := _verbless_part(sentences)) and _no_subject(bare):
        hint += f" “{bare}” after a comma does not say what does it: for example “… and it {bare}”."
    elif key == "value_idea" and (bare := _verbless_part(sentences)):
        hint += (
            f" “{bare}” after a comma has no verb: say what you would do with it, "
            "starting with “I would also …”."
        )
    if key == "value_idea" and _order_first(key, sentences[0]):
        # "Coordinate with the milling side …, so we see the trend": an order to them,
        # its "we" only in the clause after it; the letter keeps it, the notice asks
        verb = sentences[0].split()[0].lower()
        hint += (
            " It reads as an order to them: say it as what you would do, starting with "
            f"“I would …”, for example “I would {verb} …”."
        )
    if key in ("value_idea", "closing") and (bare := _no_article(sentences)):
        said, example = bare
        hint += f" “{said}” reads like a note without “a” or “the”: for example “{example}”"
    if key == "value_gain" and (would := as_would(sentences[0])):
        hint += f" Say it as what would happen for them, for example “{would}”"
    if key == "question" and (asked := ask_hint(fixed)):
        hint += asked  # "I want to ask you if the supervisor gets a bakkie"
    elif key == "question" and (asked := next(filter(None, map(question_example, sentences)), "")):
        hint += f" It reads a little like a note: ask it in full, for example “{asked}”"
    hint += kindly_hint(fixed)  # "Sir kindly tell me …?" -> "Could you tell me …?"
    hint += _pay_hint(key, fixed)  # "Salary and weekly off?": the checker's salary_demand
    if key == "closing" and _thanks_again(sentences):
        hint += (
            " Your letter already opens with a thank-you: a small next step reads better "
            "here, one you would really offer, in your own words; for example "
            f"“{example_for('closing', facts.trade)}”"
        )
    if marks := _note_marks(fixed):
        # the marks the user typed: "$$" to who typed "$$", never "£££"
        shown = " and ".join(f"“{m}”" for m in marks)
        verb = "reads" if len(marks) == 1 else "read"
        hint += f" {shown} {verb} as a note: {_mark_examples(marks)}."
    if unsure_you == UNSURE_YOU + LONE_HIM:
        hint += _them_hint("him", facts)  # no one else in it: "If “him” means Mr. Brennan"
    elif unsure_you.startswith(UNSURE_YOU + NAMED_THEN):
        # their name made "you"; a "she" after someone else may be either of them
        hint += _them_hint(_third_person(sentences) or unsure_you.split()[-1], facts)
    elif unsure_you.startswith(UNSURE_YOU + PAIR):
        hint += _pair_hint(unsure_you.removeprefix(UNSURE_YOU + PAIR), fixed)
    elif unsure_you:
        hint += _unsure_you_hint(unsure_you.removeprefix(UNSURE_YOU))
    elif key != "connection" and (pronoun := _third_person(sentences, facts)):
        hint += _them_hint(pronoun, facts)
    elif key == "connection":
        hint += _reader_as_her_hint(fixed, facts)  # "Her Ladybird collection is …"
    if key == "connection" and WROTE_YOU in changes:
        hint += _you_and_mine_hint(sentences)  # "…, and my dad …. We worked out they probably …"
    if key == "connection":
        hint += subjectless_tail_hint(sentences)  # "…, was nice": what was nice
    if key in TAIL_KEYS and (tail := verbless_tail_hint(sentences)):
        hint += tail  # "…running late, contract at risk"
    if key != "question":
        hint += subjectless_change_hint(sentences)  # "…, went from 6 regulars to 19"
        hint += label_hint(sentences)  # "Nevis: stoppages roughly halved …"
    if key == "value_idea":
        hint += later_notes_hint(sentences)  # "I would scan …. Batch thermoforming days."
    if (
        (key == "connection" or facts.decision_maker)
        and (named := _reader_named(sentences, facts, greeted=key != "connection"))
    ) or (key == "closing" and (named := _reader_thanked(sentences, facts))):
        hint += (
            f" “{named}” is the reader, spoken of in the third person: the letter is to "
            "them, so write “you” there."
        )
    if key == "closing" and (mine := writer_named(fixed, facts)):
        # "Muthukumar thanks Sir for his time …": whose "his" is not certain, so as typed
        hint += (
            f" “{mine}” is you, spoken of in the third person: the letter is from you, so "
            "write “I”, “me” or “my” there, and “you” for the reader."
        )
    if key in ("question", "closing") and (asked := sir_asked(fixed, facts)):
        # "Will sir give me …?" to someone untitled: sir may be them or the boss
        hint += (
            f" If “{fixed.split()[1]}” is the reader, ask them directly, for example "
            f"“{asked}”; the letter is to them."
        )
    if key in ("value_gain", "value_gain_detail") and (tail := _verbless_gain(sentences)):
        first, part, after = tail
        hint += (
            f" “{part}” after a comma has no verb: join it on, for example "
            f"“{first}, which means {part}{after}.”"
        )
    if key in THEY_KEYS and (they := _they_hint(sentences, facts)):
        hint += they
    hint += years_hint(fixed) + (listed := verbless_list_hint(fixed))  # "8 years med surg …"
    if not listed:
        hint += tacked_count_hint(sentences)  # "I'm reach and counterbalance certified, 7 years."
    hint += slips_hint(sentences)  # "the 7018 rods is", "the technician leave", "equipments"
    if times_sign(fixed):
        hint += _times_hint(fixed)
    hint += _shorthand_hint(fixed) + _polite_hint(fixed)
    hint += _left_shorthand_hint(fixed)
    hint += _phone_mark_hint(sentences)
    hint += lower_case_hint(typed, sentences, facts.noted_lower())
    if key in ("connection", "fit"):  # where schools, places and workplaces are named
        hint += title_case_hint(typed, sentences, facts.noted_lower())
    hint += unknown_words_hint(fixed, facts, hint)  # "ctrl", "hv": shorthand left
    if changes and _shorthand_unsure(fixed, hint):  # "used 2 buy", "cust", "fwd"
        changes = [SOME_SHORTHAND if c == ALL_SHORTHAND else c for c in changes]
    if changes and unsure_you and not unsure_you.startswith(KEEPS_THE_SWITCH):
        # the reader left as "he" or "they": while a pronoun is left unswitched, what the
        # letter uses is not called a corrected version; it carries only the mends (the
        # capitals, the stops), shown so the letter never holds words the step hides
        lead = (
            f"Your letter uses it with only these mends ({', '.join(dict.fromkeys(changes))})"
            f", not as a corrected version: “{fixed}” To make it read better:"
        )
        return Check(key, typed, FIXED, sentences, lead + hint, fix=fixed, number=number)
    if changes:
        message = (
            f"We suggest a corrected version ({', '.join(dict.fromkeys(changes))}): "
            f"“{fixed}” Your letter uses it; change it here if it is not what you mean."
        )
        return Check(key, typed, FIXED, sentences, message + hint, fix=fixed, number=number)
    if hint:
        # a request is never hidden behind "Used as you wrote it."
        lead = "Your letter uses it as you wrote it; to make it read better:"
        return Check(key, typed, USED, sentences, lead + hint, number=number)
    return Check(key, typed, USED, sentences, "Used as you wrote it.", number=number)


# Unsure of a pronoun, yet the reader's name made "you" (or no one to switch): offered
KEEPS_THE_SWITCH = (UNSURE_YOU + NAMED_THEN, UNSURE_YOU + LONE_HIM)
NOTE_MARKS = ("=", "£££", "$$$", "££", "$$", "!!")
# What each mark may be said as: "$$" is money, not "so".
MARK_WORDS = {
    "=": "“so” or “which means”", "£££": "“money” or “cost”", "$$$": "“money” or “cost”",
    "££": "“money” or “cost”", "$$": "“money” or “cost”", "!!": "one “!”",
    "->": "“so” or “which meant”", "=>": "“so” or “which meant”", "+": "“and”",
    "@": "“at”", "w/": "“with”", "$": "“money” or “pay”", "£": "“money” or “pay”",
    "€": "“money” or “pay”",
}  # fmt: skip
# A currency sign with no figure, standing for money: "the client docked $", "less $ docked".
LONE_SIGNS = ("$", "£", "€")


def _mark_examples(marks: list[str]) -> str:
    """ "say it in words, for example “money” or “cost”": an example that fits each mark
    ("$$" is money, "=" is "so"), each mark named where there are more than one."""
    if len(marks) == 1:
        return f"say it in words, for example {MARK_WORDS[marks[0]]}"
    said = "; ".join(f"{MARK_WORDS[m]} for “{m}”" for m in marks)
    return f"say them in words, for example {said}"


def _shorthand_hint(text: str) -> str:
    """ "less OT for casuals", "send a tech pack req": shorthand the wizard cannot be sure
    of, named, with the word it may stand for."""
    found = unsure_shorthand(text)
    if not found:
        return ""
    named = " and ".join(f"“{w}”" for w, _ in found)
    meant = ", ".join(f"“{m}”" for _, m in found)
    return f" {named} may be shorthand a reader does not know: write it in full ({meant}?)."


def _polite_hint(text: str) -> str:
    """ "thanks po for the interview": "po" is a polite word in Filipino, which a letter
    in English leaves out; named, as the reader would not know it."""
    typed = text.split()
    found = [
        core
        for place, word in enumerate(typed)
        if (core := word.strip(".,!?;:")) in POLITE_WORDS and _polite_here(typed, place)
    ]
    if not found:
        return ""
    word = found[0]
    return (
        f" “{word}” is a polite word in Filipino that a reader of an English letter may "
        "not know: the letter is polite without it, so leave it out."
    )


# "thanks po", "yes po", "po ma'am": beside these "po" is the polite word, and at a
# sentence's end after a word that owns no thing ("in Tala po."); "raise a po" is an order.
POLITE_BESIDE = frozenset({
    "thanks", "thank", "you", "yes", "no", "salamat", "sir", "ma'am", "maam", "mam", "opo",
})  # fmt: skip
POLITE_NOT_AFTER = frozenset({"a", "the", "each", "every", "one", "that", "this", "my", "our"})


def without_polite_words(text: str, changes: list[str]) -> str:
    """ "Thank you po for the time" -> "Thank you for the time": the polite word the
    step's hint says to leave out (``_polite_hint``), left out of the corrected version
    too, so the letter does not keep what its notice calls out; "opo" ("yes") stays."""
    typed = text.split()
    kept: list[str] = []
    for place, word in enumerate(typed):
        if word.strip(".,!?;:") != "po" or not _polite_here(typed, place):
            kept.append(word)
        elif word[-1:] in ".,!?;:" and kept and kept[-1][-1:] not in ".,!?;:":
            kept[-1] += word[-1]  # "in Tala po." -> "in Tala.": the stop stays with the sentence
    if len(kept) == len(typed) or not kept:
        return text
    changes.append("left out “po”, a polite word a reader of English may not know")
    return " ".join(kept)


def _polite_here(typed: list[str], place: int) -> bool:
    previous = typed[place - 1].lower().strip(".,!?;:") if place else ""
    following = typed[place + 1].lower().strip(".,!?;:") if place + 1 < len(typed) else ""
    if previous in POLITE_BESIDE or following in POLITE_BESIDE:
        return True
    return typed[place][-1:] in ".!?" and previous not in POLITE_NOT_AFTER


ALL_SHORTHAND = "spelled out the shorthand"
SOME_SHORTHAND = "spelled out the shorthand we are sure of"


def _shorthand_unsure(fixed: str, hint: str) -> bool:
    """Shorthand the corrected version still has, which the hint names for the user to
    check: a figure or letter for a word ("used 2 buy"), shorthand with more than one
    reading ("cust"), or letters no reader knows ("fwd")."""
    named = " may not be a word your reader knows" in hint or " may not be words " in hint
    return bool(shorthand_left(fixed) or unsure_shorthand(fixed) or named)


def _left_shorthand_hint(text: str) -> str:
    """ "hurling 4 westmeath", "used 2 buy": a digit or a letter the wizard could not be
    sure stands for a word, left as typed and named, with the word it may be."""
    left = shorthand_left(text)
    if not left:
        return ""
    named = " and ".join(f"“{span}”" for span, _ in left)
    meant = ", ".join(dict.fromkeys(f"“{word}”" for _, word in left))
    return (
        f" The wizard left {named} as you typed {'it' if len(left) == 1 else 'them'}: if "
        f"a figure or a letter there stands for a word ({meant}?), write the word."
    )


def _times_hint(text: str) -> str:
    """ "6 casuals x £14 an hour": the sum in words, from the user's own figures."""
    words = text.rstrip(".!?").split()
    at = next(i for i, w in enumerate(words) if w.lower() == "x" and 0 < i < len(words) - 1)
    after = []
    for word in words[at + 1 : at + 4]:
        after.append(word.rstrip(",;"))
        if word[-1:] in ",;" or word == "=":
            break
    after = [w for w in after if w != "="]
    said = " ".join([*words[max(0, at - 2) : at], "at", *after]).lstrip(",")
    return f" “x” reads as a note: say the sum in words, for example “{said}”."


THEY_KEYS = frozenset({"value_problem", "value_gain", "value_gain_detail", "closing"})
THEY_FORMS = {
    "they": "you", "they're": "you're", "theyre": "you're", "their": "your", "them": "you",
    "they've": "you've", "they'd": "you'd", "they'll": "you'll",
}  # fmt: skip
# People an answer's "they" may mean rather than the reader's business.
PEOPLE = frozenset({
    "crews", "crew", "staff", "customers", "clients", "patients", "families", "guests",
    "kids", "children", "parents", "people", "vets", "nurses", "techs", "drivers",
    "apprentices", "students", "residents", "members", "owners", "users", "doctors",
    "managers", "workers", "fitters", "casuals", "contractors", "suppliers", "vendors",
    "funders", "foundations", "teams", "riders", "players", "visitors", "tenants",
    "buyers", "farmers", "growers", "installers", "builders", "chefs", "cooks",
    "servers", "volunteers", "donors", "companies", "firms", "subs", "subbies", "dentists",
    "labs", "agencies", "shops", "sites", "hospitals", "schools", "councils", "insurers",
    "carriers", "couriers", "engineers", "operators", "trainees", "hires", "folks",
    # one body that is "they": "problems with the hospital when they audit"
    "hospital", "council", "client", "customer", "company", "bank", "school", "insurer",
    "landlord", "supplier", "vendor", "funder", "agency", "government", "department",
    "team", "board", "office", "inspector", "inspectors", "auditor", "auditors", "head",
    "owner", "manager", "franchise", "brand", "contractor", "builder", "developer",
    # the animals a farm, a vet or a fish farm works with: "the lumpfish ... they're there for"
    "animals", "cows", "cattle", "calves", "heifers", "sheep", "ewes", "lambs", "pigs",
    "sows", "hens", "chickens", "birds", "horses", "dogs", "cats", "fish", "salmon", "lice",
    "bees", "herds", "flocks", "livestock", "stock",
})  # fmt: skip
# A gain listed after these is their object ("That would mean X, Y"), not tacked on.
LISTING_VERBS = frozenset({
    "mean", "means", "meaning", "get", "gets", "give", "gives", "bring", "brings", "see",
    "include", "includes", "like",
})  # fmt: skip


def _they_hint(sentences: tuple[str, ...], facts: Facts) -> str:
    """ "You said the cultures keep crashing and they end up buying jellies in": "they"
    for the reader's own business, in a letter to them; unless people it may mean are
    named first ("the crews ... they"), the step asks, with the "you" version."""
    before: list[str] = []  # the answer's words before this sentence
    for sentence in sentences:
        words = sentence.split()
        lowered = [w.lower().strip(".,;:!?").replace("’", "'") for w in words]
        before += lowered
        subjects = ("they", "they're", "they've", "they'd", "they'll")
        found = [
            i
            for i, w in enumerate(lowered)
            if w in subjects or (w == "them" and i and lowered[i - 1] in COSTS_WHOM)
        ]
        if not found:
            continue
        at = found[0]
        if lowered[at] == "them":
            at -= 1  # "costs them roughly $12,000": from the verb
        pronoun = "them" if lowered[at + 1 : at + 2] == ["them"] else "they"
        earlier = before[: len(before) - len(lowered) + at]
        if at + 1 >= len(words) or any(_people(w) for w in earlier):
            return ""
        if _done_to(lowered[at + 1 : at + 4]):
            return ""  # "so they get remade": things, which a business is not
        clause = []
        for word, low in zip(words[at:], lowered[at:], strict=True):
            if len(clause) > 3 and low in ("and", "which", "so", "but", "because"):
                break  # the clause "they" is the subject of, not the whole sentence
            clause.append(THEY_FORMS.get(low, word.rstrip(",;:.!?")))
            if word[-1:] in ",;:.!?" or len(clause) >= 12:
                break
        employer, agency = _employer(facts.company)
        if agency and not facts.decision_maker:
            return ""  # to the agency's recruiter, "they" is the employer, rightly
        whom = employer or "their business"
        return (
            f" If “{pronoun}” means {whom}, write “you”: the letter is to them, for example "
            f"“{' '.join(clause)}”."
        )
    return ""


# Words after "they" that make what follows done to them: "they get remade".
PASSIVE_LEADS = frozenset({"get", "gets", "got", "are", "were", "be", "been", "getting"})


def _done_to(after: list[str]) -> bool:
    """ "they get remade", "they are resprayed": done to "they", which reads as things
    (doors, panels), not as the business the letter is to."""
    if len(after) < 2 or after[0] not in PASSIVE_LEADS:
        return False
    done = after[2] if after[1] in ("all", "just", "often", "always") and after[2:] else after[1]
    again = done[2:] if done.startswith("re") else ""  # "resprayed": "sprayed" again
    participle = lexicon.PARTICIPLE in lexicon.verb_tags(done) | lexicon.verb_tags(again)
    return participle and not lexicon.is_adjective(done)


# Words in the company's field that bring in someone else: "Delta Crest (via Bonny
# Recruitment)", "Ironbark Quarries (thru Workforce XL)".
AGENCY_MARKS = ("(", " via ", " thru ", " through ", " c/o ")


def _employer(company: str) -> tuple[str, bool]:
    """The employer's name as the field has it, without an agency named with it, and
    whether one was: "Delta Crest Drilling Services (via Bonny Energy Recruitment)" ->
    ("Delta Crest Drilling Services", True)."""
    name = company.strip()
    cut = min((at for mark in AGENCY_MARKS if (at := name.lower().find(mark)) > 0), default=-1)
    if cut < 0:
        return name, False
    return name[:cut].strip(" ,-"), True


def _people(word: str) -> bool:
    """Who an answer's "they" may mean: "crews", "nurses", "dentists", "lumpfish", and the
    people named for what they do, "pickers", "packers", "drivers" (a verb and "-ers")."""
    if word in PEOPLE or word.endswith(("ists", "ians", "ees", "fish")):
        return True
    if not word.endswith(("ers", "ors")) or len(word) < 6 or not lexicon.is_noun(word):
        return False
    stem = word[:-3]
    doubled = stem[-1:] == stem[-2:-1]  # "shoppers": "shop"
    done = (stem, f"{stem}e", stem[:-1] if doubled else "")  # "pick", "drive", "shop"
    return any(s and "VB" in lexicon.verb_tags(s) for s in done)


# "costs them $12,000", "saves them a day": "them" the reader's business pays or gains.
COSTS_WHOM = frozenset({
    "costs", "cost", "saves", "save", "saved", "gives", "give", "lets", "let", "leaves",
    "leave", "gets", "get", "makes", "make", "keeps", "keep", "puts", "put", "sets", "set",
})  # fmt: skip


# Verbs a thing follows in an offer: "send sample clinic plan" wants "a".
THING_VERBS = frozenset({
    "send", "bring", "draft", "write", "make", "share", "build", "sketch", "prepare",
    "create", "give", "put", "set", "start", "run", "book", "email", "mock",
})  # fmt: skip
# Nouns said without "a": "send feedback", "do mobile work", "share stock data".
MASS_NOUNS = frozenset({
    "work", "time", "money", "training", "software", "equipment", "data", "feedback",
    "advice", "information", "stock", "payroll", "maintenance", "support", "help",
    "cover", "research", "food", "water", "staff", "gear", "kit", "paperwork", "info",
    "footage", "content", "code", "access", "cash", "evidence", "coverage", "admin",
})  # fmt: skip
THING_ENDS = frozenset({"if", "for", "to", "by", "on", "this", "next", "so", "and", "when"})


def _no_article(sentences: tuple[str, ...]) -> tuple[str, str] | None:
    """ "I can send sample clinic plan if useful": a single thing after an offer's verb
    with no "a" or "the"; (the words, the sentence with "a"), or None."""
    for sentence in sentences:
        words = sentence.split()
        lowered = [w.lower().strip(".,;:!?") for w in words]
        for at, verb in enumerate(lowered[:-2]):
            if verb not in THING_VERBS or not at or lowered[at - 1] not in BEFORE_THING_VERB:
                continue
            start = at + 2 if lowered[at + 1] in ("up", "together", "over") else at + 1
            thing = []
            for word, low in zip(words[start:], lowered[start:], strict=False):
                if low in THING_ENDS:
                    break
                thing.append(low)
                if word[-1:] in ".,;:!?":
                    break
            if len(thing) < 2 or thing[-1].endswith("s") or thing[-1] in MASS_NOUNS:
                continue
            if thing[0] in COUNTED_ALREADY:
                continue  # "put one person on a till": counted, no "a" wanted
            if any(w in CLOSED_WORDS or not w.replace("-", "").isalpha() for w in thing):
                continue
            if not all("-" in w or lexicon.is_noun(w) or lexicon.is_adjective(w) for w in thing):
                continue
            if not lexicon.is_noun(thing[-1]):
                continue
            said = " ".join(
                words[at:start] + [w.strip(".,;:!?") for w in words[start : start + len(thing)]]
            )
            article = "an" if thing[0][:1] in "aeiou" else "a"
            example = " ".join([*words[:start], article, *words[start:]])
            return said, finished(example)
    return None


# "one person", "another till", "each shift": a word that already does an article's work.
COUNTED_ALREADY = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "another",
    "each", "every", "some", "any", "no", "half", "extra", "more", "less", "fewer", "enough",
})  # fmt: skip
BEFORE_THING_VERB = frozenset({"can", "could", "would", "will", "i'll", "i'd", "to", "i", "we"})


def _no_subject(part: str) -> bool:
    """ "takes 5 minutes": a verb with no one doing it, not a thing listed ("parts on
    trolley", "gaps and bevels right": an "-s" word that is a noun too, with no object
    after it that only a verb takes)."""
    words = [w.lower().strip(".,;:()") for w in part.split()]
    if "VBZ" not in lexicon.verb_tags(words[0]):
        return False
    if not lexicon.is_noun(words[0]):
        return True
    after = words[1] if len(words) > 1 else ""
    return after[:1].isdigit() or after in DETERMINERS or after in READER_OBJECTS


PARTICLES = frozenset({"out", "in", "up", "down", "off", "back", "over", "through"})


def _a_verb(word: str) -> bool:
    """A word that can only be a verb here: "costs" may be a noun, "out" a particle."""
    tags = {"VB", "VBP", "VBZ", "VBD", "MD"} & lexicon.verb_tags(word)
    return bool(tags) and not lexicon.is_noun(word) and word not in PARTICLES


ARROWS = ("->", "=>")
# their problem and its gain are read as notes on their own ("Late OT data so late salary")
ARROW_NOTE_KEYS = frozenset({"value_problem", "value_gain", "value_gain_detail"})
ARROW_SUBJECTS = frozenset({"i", "we", "you", "they", "he", "she", "it", "there"})


def _figure(word: str) -> bool:
    return word.lstrip("£$€~")[:1].isdigit()


def _arrow_tail(text: str) -> tuple[str, str] | None:
    """ "… -> falls way down": an arrow and the words after it up to a mark, when they
    have no verb (spelled "so", they would make "so falls way down"); None else."""
    words = text.split()
    for at, word in enumerate(words):
        if word not in ARROWS or not 0 < at < len(words) - 1:
            continue
        if _figure(words[at - 1]) and _figure(words[at + 1]):
            continue  # "covers 40 -> 90 a night": "40 to 90"
        tail = []
        for after in words[at + 1 :]:
            tail.append(after.rstrip(".,;:!?"))
            if after[-1:] in ".,;:!?":
                break
        bare = [w.lower().strip("()") for w in tail if w]
        if bare and not ARROW_SUBJECTS & set(bare) and not any(_a_verb(w) for w in bare):
            return word, " ".join(tail)
    return None


def _verbless_gain(sentences: tuple[str, ...]) -> tuple[str, str, str] | None:
    """ "That frees vet time, more revenue": a gain tacked on after a comma with no verb;
    (the sentence before it, the tacked-on part, what comes after it), or None."""
    for sentence in sentences:
        parts = sentence.rstrip(".!?").split(", ")
        if len(parts) < 2 or is_note(parts[0]):
            continue
        if LISTING_VERBS & {w.lower() for w in parts[0].split()}:
            continue  # "That would mean fewer callbacks, less drive time": a list
        for part in parts[1:]:
            words = [w.lower().strip(".,;:()") for w in part.split()]
            if not words or words[0] not in GAIN_STARTS or len(words) > 6:
                continue
            if any(_a_verb(w) or w in lexicon.MODALS for w in words[1:]):
                continue  # "fewer sales would fall through": "would fall" is its verb
            at = parts.index(part)
            # the verbless gains in a row; a part after them with a verb of its own ("and
            # the receptionist have more time") stays as it was typed, after a comma
            run = [part]
            for later in parts[at + 1 :]:
                bare = later.removeprefix("and ")
                said = [w.lower().strip(".,;:()") for w in bare.split()]
                if not said or said[0] not in GAIN_STARTS or len(said) > 6:
                    break
                if any(_a_verb(w) or w in lexicon.MODALS for w in said[1:]):
                    break
                run.append(bare)
            tail = ", ".join(run[:-1]) + f" and {run[-1]}" if len(run) > 1 else part
            after = "".join(f", {p}" for p in parts[at + len(run) :])
            return ", ".join(parts[:at]), tail, after
    return None


def _note_marks(text: str) -> list[str]:
    """The note marks in an answer, longest first and each once ("$$$" not "$$" too)."""
    found = []
    for mark in NOTE_MARKS:
        present = f" {mark} " in f" {text} " if mark == "=" else mark in text
        if present and not any(mark in f for f in found):
            found.append(mark)
    words = [w.strip(".,;:!?()") for w in text.split()]
    found += [sign for sign in LONE_SIGNS if sign in words and not _after_a_figure(words, sign)]
    return found


def _after_a_figure(words: list[str], sign: str) -> bool:
    """ "5 $ a day": the sign written after its figure, a unit, not money said as a mark."""
    return any(w == sign and i and words[i - 1][:1].isdigit() for i, w in enumerate(words))


def _third_person(sentences, facts: Facts | None = None) -> str:
    """The first "she", "her", "he", "him" or "his" in the answer, as typed, that may be
    the reader (not "his" in a letter to Ms Kulkarni); ""."""
    others = not_the_reader(facts) if facts is not None else frozenset()
    for sentence in sentences:
        words = sentence.split()
        if takes_up_a_noun([w.strip(".,!?;:").lower() for w in words], words):
            continue  # "The millwright who does it, is he on shifts?": he is the millwright
        for at, word in enumerate(words):
            core = word.strip(".,!?;:").lower()
            if facts is not None and at and _someone_named(words[at], words[at - 1], facts):
                return ""  # "if Greg wants me out before he decides": Greg decides
            if facts is not None and at and _named_doing(words, at, facts):
                return ""  # "if Mike wants to talk … or does he go": Mike, a word too
            if core in ("she", "her", "he", "him", "his", "hers") and core not in others:
                if _anyone_of(words, at):
                    return ""  # "every new ref gets a mentor who watches his games"
                if _someone_before(words[:at]):
                    return ""  # "from your current specialist …, so he can focus"
                return word.strip(".,!?;:")
    return ""


def _someone_before(words: list[str]) -> bool:
    """ "your lad", "your current specialist", "the site manager": one person named by
    who they are to someone or by what they do, whom a later "he" or "him" may mean."""
    lowered = [w.strip(".,!?;:()").lower().removesuffix("'s").removesuffix("’s") for w in words]
    return any(
        w in OTHER_PEOPLE or (len(w) > 3 and w.isalpha() and _people(f"{w}s")) for w in lowered
    )


# "every new ref", "each apprentice": anyone of a kind, whom a later "his" may mean
ANY_ONE = frozenset({"every", "each", "any"})
# "every week he sends …": a time, not a person
TIME_AFTER_EVERY = frozenset({
    "day", "days", "week", "weeks", "month", "months", "year", "years", "morning",
    "evening", "night", "time", "shift", "season", "weekend", "hour", "minute", "quarter",
    "other", "so", "single", "one", "two", "few", "couple", "now",
})  # fmt: skip


def _anyone_of(words: list[str], at: int) -> bool:
    """ "every new apprentice" (or "each starter") before the word at ``at``, a noun
    after "every" that is no time: anyone of that kind, so a "his" after it is theirs."""
    for i in range(at - 1):
        if words[i].lower() not in ANY_ONE:
            continue
        following = [w.strip(".,!?;:").lower() for w in words[i + 1 : min(i + 3, at)]]
        noun = following[1] if following[:1] == ["new"] and len(following) > 1 else following[0]
        if lexicon.is_noun(noun) and noun not in TIME_AFTER_EVERY and noun not in CALENDAR:
            return True
    return False


def _named_doing(words: list[str], at: int, facts: Facts) -> bool:
    """ "if Mike wants to talk": a capitalised word inside a sentence, not the reader's,
    the company's or the job's, that does something ("wants", "said"): someone else,
    though "mike" is a word too."""
    word, before = words[at], words[at - 1]
    core = word.strip(".,!?;:()")
    if at + 1 >= len(words) or word[-1:] in ".,!?;:" or before[-1:] in ".!?":
        return False
    if not (core[:1].isupper() and core[1:].islower() and core.isalpha()):
        return False
    known = {fold(w) for w in name_tokens(f"{facts.recipient} {facts.company} {facts.role}")}
    lowered = core.lower()
    if fold(core) in known or lowered in CALENDAR or gazetteer.city(lowered):
        return False
    after = words[at + 1].strip(".,!?;:").lower()
    return after in ("said", "says", "wants", "told", "thinks", "knows")


def _someone_named(word: str, before: str, facts: Facts) -> bool:
    """ "Greg" inside a sentence to Jess: a capitalised word no dictionary knows, not
    the reader's, the company's or the job's, a day or a town, after no sentence's end:
    someone else, whom a "he" or "she" after it may well mean."""
    core = word.strip(".,!?;:()").removesuffix("'s").removesuffix("’s")
    if not (core[:1].isupper() and core[1:].islower() and core.isalpha()) or before[-1:] in ".!?":
        return False
    known = {fold(w) for w in name_tokens(f"{facts.recipient} {facts.company} {facts.role}")}
    lowered = core.lower()
    if lowered in CALENDAR or gazetteer.city(lowered):
        return False  # "on a Saturday", "in Perth": no one a "he" may mean
    return fold(core) not in known and not lexicon.is_english_word(lowered)


def _reader_named(sentences, facts: Facts, *, greeted: bool = False) -> str:
    """The reader's own name left in the answer, as typed ("Dr Okafor also knew my
    uncle" in a letter to Dr Okafor), capitalised as a name; "" else. ``greeted``: an
    answer that may greet them by name ("Thanks again Marc, …") or open with a word that
    is their name too ("Will the night shift …" to Will Carter), where neither is them
    spoken of."""
    parts = [fold(w) for w in name_tokens(person_name(facts.recipient))]
    names = set(parts) - NAME_TITLES
    if not names:
        return ""
    for sentence in sentences:
        words = sentence.split()
        for i, word in enumerate(words):
            core = word.strip(".,!?;:").removesuffix("'s").removesuffix("’s")
            if core[:1].isupper() and fold(core) in names:
                if _inside_a_name(words[:i]):
                    continue  # "San Antonio" is a place, not Chef Antonio
                if greeted and _greets_or_word(words, i, names):
                    continue
                end = i
                while i > 1 and words[i - 1].islower() and fold(words[i - 1]) in names:
                    i -= 1
                    core = f"{words[i]} {core}"  # "Mr van Wyk", not "Wyk"
                before = words[i - 1].strip(".,!?;:") if i else ""
                title = before.rstrip(".").lower() in NAME_TITLES
                last = word
                for after in words[end + 1 : end + 4]:
                    part = after.strip(".,!?;:").removesuffix("'s").removesuffix("’s")
                    if last[-1:] in ".,!?;:" or last.endswith(("'s", "’s")):
                        break  # "Van's", "Van,": the name ends there
                    if not part[:1].isupper() or fold(part) not in names:
                        break
                    core, last = f"{core} {part}", after  # "Mr Van Der Merwe", not "Mr Van"
                return f"{before} {core}" if title else core
    return ""


def _reader_thanked(sentences, facts: Facts) -> str:
    """ "I thank Joanne and Mark for their time" to Joanne: "I thank" and the reader's
    first name is the reader spoken of, to a recruiter too (never a greeting, as "Thanks
    Joanne, …" is); the name as typed, or ""."""
    first = [fold(w) for w in person_name(facts.recipient).split()[:1]]
    for sentence in sentences:
        words = sentence.split()
        for i in range(len(words) - 2):
            if words[i] != "I" or words[i + 1].lower() != "thank":
                continue
            core = words[i + 2].strip(".,!?;:")
            if core[:1].isupper() and [fold(core)] == first:
                return core
    return ""


def _reader_as_her_hint(text: str, facts: Facts) -> str:
    """ "Her Ladybird collection vs my Pelicans" to Sophie Marsh: a sentence opening
    "Her"/"His" and what is theirs, with no one else in the answer it may be (no "my
    mum", no other name), is the reader spoken of; asked about, not changed."""
    if not facts.decision_maker:
        return ""  # to a recruiter, "his" is the one who decides
    words = text.split()
    others = not_the_reader(facts)
    reader = {fold(w) for w in name_tokens(person_name(facts.recipient))}
    owned = set()
    found = None
    for i, word in enumerate(words):
        opens = not i or words[i - 1][-1:] in ".!?"
        if word in ("Her", "His") and opens and word.lower() not in others and found is None:
            said = [word]
            for after in words[i + 1 : i + 4]:
                said.append(after.strip(".,!?;:()"))
                if after[-1:] in ".,!?;:)" or after[:1].islower():
                    break
            if len(said) > 1 and said[1][:1].isalpha():
                found = said
                owned = set(range(i, i + len(said)))
    if not found:
        return ""
    for i, word in enumerate(words):
        core = word.strip('.,!?;:()"“”').removesuffix("'s").removesuffix("’s")
        lowered = core.lower()
        if lowered in OTHER_PEOPLE or lowered.removesuffix("s") in OTHER_PEOPLE:
            return ""  # "your mum … Her Ladybird collection": hers, maybe
        opens = not i or words[i - 1][-1:] in ".!?"
        capital = core[:1].isupper() and not core.isupper() and i not in owned
        if (
            capital
            and not opens
            and fold(core) not in reader
            and not lexicon.is_english_word(lowered)
        ):
            return ""  # "we both met Sarah …": someone the "her" may be
    phrase = " ".join(found)
    yours = " ".join(["Your", *found[1:]])
    return (
        f" “{phrase}” speaks of them as “{found[0].lower()}”: the letter is to them, so "
        f"if it is theirs write “your” there (“{yours}”)."
    )


GREETINGS = frozenset({"thanks", "thank", "thx", "ta", "cheers", "hi", "hello", "dear"})


def _greets_or_word(words: list[str], at: int, names: set[str]) -> bool:
    """ "Thanks again Marc, …", "Thank you Mr Pillay.", "Thanks so much Shannon and …",
    "Marc, …", "Will the …", "at Baker Bros" (another name going on): the reader's name
    word at ``at`` is not them spoken of."""
    word = words[at]
    core = word.strip(".,!?;:")
    before = [w.strip(".,!?;:").lower() for w in words[max(0, at - 4) : at]]
    if any(w in GREETINGS for w in before):
        return True  # greets them: "Thanks Marc", "Thank you so much Mr Pillay"
    if _thanks_then_name(words, at):
        return True  # "Thank you for the time Ms. Dizon.": said to them, comma or none
    if _called_at_the_end(words, at):
        return True  # "Thank you for the time, Dr Nakato.": said to them
    if not at and word[-1:] == "," and core == word[:-1]:
        return True  # "Marc, …": called
    if not at and lexicon.is_english_word(core.lower()):
        return True  # "Will the night shift …", "Grant funding …"
    following = words[at + 1].strip(".,!?;:") if at + 1 < len(words) else ""
    other = following[:1].isupper() and fold(following) not in names
    return other and word[-1:].isalpha() and core == word  # "Baker Bros"


def _called_at_the_end(words: list[str], at: int) -> bool:
    """ "Thank you for the time, Dr Nakato.", "I can bring my waders on Monday, Mr
    Pillay.": their name (and its title) alone after a comma, ending the sentence, is the
    reader spoken to."""
    if at + 1 < len(words) and words[at][-1:] not in ".!?":
        return False  # the name does not end the sentence
    start = at
    while start and words[start - 1].rstrip(".").lower() in NAME_TITLES:
        start -= 1  # "Dr" before "Nakato"
    return start > 0 and words[start - 1].endswith(",")


def _thanks_then_name(words: list[str], at: int) -> bool:
    """ "Thank you for the time Ms. Dizon.", "Thanks for the tour of the bakery Mrs
    Lopez": a name (and its title) ending a clause that opens with a thank-you, after a
    noun, is the reader spoken to; not "Thanks for introducing me to Mrs Lopez"."""
    word = words[at]
    if at + 1 < len(words) and word[-1:] not in ".,!?;:":
        return False  # the name does not end the clause
    start = at
    while start and (
        words[start - 1][-1:] not in ".,!?;:" or words[start - 1].rstrip(".").lower() in NAME_TITLES
    ):
        start -= 1  # back to the clause's first word, past "Ms." and the like
    if words[start].strip(".,!?;:").lower() not in ("thanks", "thank", "cheers"):
        return False
    lead = at - 1
    if lead > start and words[lead].rstrip(".").lower() in NAME_TITLES:
        lead -= 1  # "Ms." before "Dizon"
    previous = words[lead].strip(".,!?;:").lower() if lead > start else ""
    # "the cuppa Ross,": a word the lexicon does not know is a thing thanked for too
    known = lexicon.is_english_word(previous)
    return (
        bool(previous) and (lexicon.is_noun(previous) or not known) and previous not in CLOSED_WORDS
    )


def _them_hint(pronoun: str, facts: Facts) -> str:
    """ "look at the lots with her": the wizard cannot tell whether "her" is the reader."""
    # As the letter greets them: "Mrs. Patel", "Mr. van der Merwe", "Dana".
    name = salutation(facts.recipient)
    whom = f"{name}, the reader" if name else "the reader"
    you = "your" if pronoun.lower() == "his" else "you"
    return (
        f" If “{pronoun}” means {whom}, write “{you}”: the letter is to them, and the "
        "wizard leaves it as typed as it may be someone else."
    )


PAIR_THEY_WORDS = frozenset({"they", "them", "their", "they'd", "they’d", "they're", "they’re"})
# "my dad", "my uncle": someone of the writer's the reader may have shared something with
MY_PEOPLE = frozenset({
    "dad", "father", "mum", "mom", "mother", "uncle", "aunt", "auntie", "brother", "sister",
    "grandfather", "grandad", "granddad", "grandmother", "gran", "nan", "grandma", "grandpa",
    "cousin", "son", "daughter", "husband", "wife", "partner", "friend", "mate", "boss",
})  # fmt: skip


def _you_and_mine_hint(sentences) -> str:
    """ "You started out as a banksman …, and my dad worked on the same job …. We worked
    out they probably shared a canteen.": once the reader is "you", "they" after "my dad"
    may mean the reader and "my dad" together; asked about, not changed."""
    words = [w.lower().strip(".,!?;:") for s in sentences for w in s.split()]
    mine = next(
        (i for i in range(len(words) - 1) if words[i] == "my" and words[i + 1] in MY_PEOPLE),
        None,
    )
    if mine is None or "you" not in words[:mine]:
        return ""
    they = next((w for w in words[mine + 2 :] if w in PAIR_THEY_WORDS), "")
    if not they:
        return ""
    return (
        f" “{they}” may now mean you and {words[mine]} {words[mine + 1]}: the letter calls "
        f"them “you”, so if it does, write “you and {words[mine]} {words[mine + 1]}” there."
    )


def _pair_hint(pair: str, fixed: str) -> str:
    """ "so the two of them had a laugh" in an answer with "I" and "you": which two."""
    said = [w.lower().strip(".,!?;:") for w in fixed.split()]
    pronoun = next((w for w in said if w in PRONOUNS), "")
    hint = _unsure_you_hint(pronoun) if pronoun else ""
    return hint + (
        f" “{pair}” speaks of them in the third person too: write “we” if it means you "
        "and them, or “you both” if it means them and someone else."
    )


def _unsure_you_hint(pronoun: str) -> str:
    """What to change when the wizard cannot tell which "she" is the reader."""
    male = pronoun.replace("’", "'") in ("he", "he's", "him", "his")
    shown = "“he” or “his”" if male else "“she” or “her”"
    example = (
        "“he showed me” becomes “you showed me”"
        if male
        else ("“she showed me” becomes “you showed me”")
    )
    return (
        f" It speaks of them as {shown}, and of someone else too, so the wizard cannot "
        "tell which is them: your letter has it as you typed it. The letter is to them: "
        "write “you” and “your” wherever you mean them "
        f"({example}), and keep “he”, “she” or “her” only for someone else."
    )


FIRST_PERSON_KEYS = ("fit", "value_idea")
TOLD_WORDS = frozenset({
    "you", "your", "you're", "you've", "you'd", "we", "our", "we're", "i", "i'm", "i've",
    "my", "they", "their", "told", "said", "mentioned", "asked", "explained",
})  # fmt: skip


def _as_told(sentence: str, facts: Facts) -> str:
    """ "Prior authorizations are backing up." -> "You mentioned that prior
    authorizations are backing up.": their problem stated flat at them, said as what
    they told; "" when it says who told or whose it is already."""
    words = sentence.split()
    lowered = {w.lower().strip(".,;:!?").replace("’", "'") for w in words[:5]}
    their_own = _their_own(words[:5])
    if their_own:
        # "Customers are overloading their systems", "Parents saying they don't hear":
        # the "their" is the customers', not the reader's, so it says no one told it
        lowered -= {"they", "their"}
    if len(words) < 4 or lowered & TOLD_WORDS or sentence.endswith("?"):
        return ""
    if named_report(words):
        return ""  # "Dr. Okafor talked about the backlog": who told it is said
    if sentence.lower().startswith("the interview touched on "):
        return ""  # the step's own lead: it says where it was heard
    first = words[0]
    named = first in facts.name_words() or typed_as_name(first, facts)  # "Greg sed …"
    if not (named or first.isupper() and len(first) > 1):
        first = first[:1].lower() + first[1:]
    head = sentence.split(",")[0]
    bare = [w.lower().strip(".,;:!?") for w in words]
    # its own verb comes before "because" or "so": "Many outfits coming back for
    # adjustment because the fitting is not correct" has none
    link = next((i for i, w in enumerate(bare) if i and w in SUBORDINATE | {"so"}), len(bare))
    finite = _has_finite(bare)
    if bare[:2] in (["not", "enough"], ["no", "enough"]) and link < len(bare):
        finite = False  # "Not enough ENGB qualified people so engines sit …"
    elif finite and not _has_finite(bare[:link]):
        ahead = bare[:link]
        doing = any(w.endswith("ing") for w in ahead) and not BE_WORDS & set(ahead)
        finite = not (ahead[0] in ("not", "no") or doing)
    if finite and link < len(bare) and _participle_first(bare[:link]):
        # "Contaminated brown and green bins so the load gets rejected": the "-ed" word
        # is said of the bins, no verb of theirs: only the start is certain
        return HEARD if not facts.decision_maker else TOLD
    verbless = problem_is_note(head) or not finite  # "stone arriving late": no "that"
    # "parents saying they don't hear …": "You mentioned parents saying …", no "that"
    verbless = verbless or their_own and lexicon.verb_tags(bare[1]) == {"VBG"}
    said = " ".join([first, *words[1:]]).rstrip(".!")
    if verbless and bare[0] in ("not", "no"):
        return HEARD if not facts.decision_maker else TOLD  # "Not enough drivers so …"
    if verbless and (doing := _plural_doing(bare)):
        # "many outfits coming back …" -> "many outfits are coming back …"
        said = " ".join([first, *words[1:doing], "are", *words[doing:]]).rstrip(".!")
        verbless, finite = False, True
    if not facts.decision_maker:
        # To a recruiter or HR, who may not have said it: "I understand that smaller
        # accounts are being lost"; its start alone when the clause is not certain
        return finished(f"I understand that {said}") if finite and not verbless else HEARD
    return finished(problem_example(said, facts, clause=not verbless, lead="You mentioned"))


HEARD = "I understand …"  # the start of their problem said as what you heard
TOLD = "You mentioned …"  # the start of their problem said as what they told
BE_WORDS = frozenset({"is", "are", "was", "were"})


def _participle_first(ahead: list[str]) -> bool:
    """ "contaminated brown and green bins", "damaged pallets": an "-ed" word before the
    thing it is said of, and no verb of their own after it."""
    first = ahead[0] if ahead else ""
    if len(ahead) < 2 or not first.endswith("ed") or lexicon.is_noun(first):
        return False
    if not {"VBN", "VBD"} & lexicon.verb_tags(first) and not lexicon.is_adjective(first):
        return False
    return not _has_finite(ahead[1:]) and not BE_WORDS & set(ahead)


def _has_finite(bare: list[str]) -> bool:
    return any(
        {"VBZ", "VBP", "VBD", "MD"} & lexicon.verb_tags(w)
        and not lexicon.is_noun(w)
        and not (w.endswith("s") and after.endswith("ing"))  # "templates going missing"
        for w, after in zip(bare, [*bare[1:], ""], strict=True)
    )


def _plural_doing(bare: list[str]) -> int:
    """Where "are" goes in "many outfits coming back …": the place of the "-ing" word
    after a plural noun that opens the note (after "many", "most", "some", "all" or
    an adjective), 0 when the note is not that shape."""
    for at in range(1, min(len(bare), 4)):
        word, noun = bare[at], bare[at - 1]
        if not word.endswith("ing") or "VBG" not in lexicon.verb_tags(word):
            continue
        plural = noun.endswith("s") and not noun.endswith("ss") and lexicon.is_noun(noun)
        before = bare[: at - 1]
        opener = all(w in ("many", "most", "some", "all", "our", "the") for w in before)
        link = next((i for i, w in enumerate(bare) if w in SUBORDINATE | {"so"}), len(bare))
        # "horses going too long … and all the time she spends": two things, no "are"
        single = not {"and", "or"} & set(bare[at:link])
        return at if plural and opener and single else 0
    return 0


def _their_own(words: list[str]) -> bool:
    """ "Customers are overloading their …", "Parents saying they …": the answer opens with
    a plural noun and its verb, so a "they" or "their" after it is that noun's."""
    first = words[0].strip(".,;:!?").lower() if words else ""
    if len(words) < 3 or len(first) < 4 or not first.endswith("s") or first.endswith("ss"):
        return False
    if not lexicon.is_noun(first) or first in TOLD_WORDS:
        return False
    return bool(lexicon.verb_tags(words[1].strip(".,;:!?").lower()))


SAY_VERBS = frozenset({
    "said", "mentioned", "told", "says", "explained", "thinks", "feels", "reckons",
    "reckoned", "estimates", "estimated",
})  # fmt: skip
REPORTED_KEYS = frozenset({"value_problem", "value_idea", "value_gain", "value_gain_detail"})


def _reports(text: str, facts: Facts) -> bool:
    """ "she said the nurse clinics are hardly used", "declan reckons 1 in 5 installs":
    what the reader said, in a letter to the reader, so "she" or their name is "you"."""
    typed = text.split()
    words = [w.lower().strip(".,;:") for w in typed]
    if len(words) < 2:
        return False
    reader = {fold(w) for w in name_tokens(person_name(facts.recipient))} - NAME_TITLES
    if words[1] in SAY_VERBS and (words[0] in ("he", "she") or fold(words[0]) in reader):
        return True
    # "last quarter, Sophie said 3 went overdue", "… a year and Sophie said 3 went
    # overdue": their name opening a clause after a comma or "and"/"but"
    return any(
        (typed[i - 1].endswith(",") or words[i - 1] in ("and", "but"))
        and fold(words[i]) in reader
        and words[i + 1] in SAY_VERBS
        for i in range(1, len(words) - 1)
    )


# --- what the step says -------------------------------------------------------------

NOTE_ADVICE = {
    "connection": "say the moment as a sentence",
    "fit": "say what you did or have as a sentence",
    "value_problem": "say their problem as a sentence",
    "value_idea": "say what you would do as a sentence",
    "value_gain": "say what it would bring them as a sentence",
    "value_gain_detail": "say how much as a sentence",
    "question": "ask it as a full question",
    "closing": "say the next step as a sentence",
}


def _as_typed(notes: list[str], pieces: list[str], typed: str) -> list[str]:
    """The notes with the words the step made "you" or "your" put back as the user typed
    them, where the answer's sentences are the typed ones one for one: "Her father –
    steeplechase …", not "Your father …"; the rest as the step tidied it."""
    typed_parts = grammar.split_sentences(typed)
    if len(typed_parts) != len(pieces):
        return notes
    return [
        _pronouns_as_typed(n, typed_parts[pieces.index(n)]) if n in pieces else n for n in notes
    ]


YOU_FORMS = frozenset({"you", "your", "yours", "yourself", "you're", "you've", "you'd", "you'll"})
THEIR_FORMS = frozenset({
    "he", "she", "him", "her", "his", "hers", "himself", "herself", "he's", "she's", "he'd",
    "she'd", "he'll", "she'll",
})  # fmt: skip


def _pronouns_as_typed(note: str, typed: str) -> str:
    """ "Your father – steeplechase …" with "Her father – steeplechase …" typed: the "you"
    words back as typed, where the two differ in nothing else."""
    said, was = note.split(), typed.split()
    if len(said) != len(was):
        return note
    out = []
    for word, typed_word in zip(said, was, strict=True):
        bare = word.strip(".,;:!?").lower().replace("’", "'")
        typed_bare = typed_word.strip(".,;:!?").lower().replace("’", "'")
        name = typed_word[:1].isupper() and typed_bare.isalpha() and typed_bare not in YOU_FORMS
        if bare not in YOU_FORMS or not (typed_bare in THEIR_FORMS or name):
            out.append(word)  # "to u" typed: "to you" is the step's spelling, kept
        else:
            out.append(
                typed_word[:1].upper() + typed_word[1:] if word[:1].isupper() else typed_word
            )
    return " ".join(out)


def _note_message(
    key: str,
    notes: list[str],
    facts: Facts,
    *,
    joined: bool = False,
    part_of: str = "",
    shown: list[str] | None = None,
) -> str:
    """Why the answer is left out: its notes, named as plain English whether the answer
    is one note, several, or a sentence with notes in it (``part_of``, as typed); the
    notes quoted as ``shown`` (as typed) where given."""
    quoted = _listed([f"“{_quote(n)}”" for n in (shown or notes)])
    said = key == "value_idea" and len(notes) == 1 and idea_note_example(notes[0], joined=joined)
    example = f"for example “{said}”" if said else example_phrase(key, " ".join(notes), facts)
    advice = f"{NOTE_ADVICE.get(key, 'say it as a sentence')}, {example}"
    if part_of:
        parts = (
            "one part of it reads as a note"
            if len(notes) == 1
            else f"{COUNT_WORDS.get(len(notes), 'some')} parts of it read as notes"
        )
        stop = "" if _quote(notes[-1])[-1:] in ".!?…" else "."  # “Resin in the bin.”
        return (
            f"“{_quote(part_of)}” is not in your letter, because {parts}: {quoted}{stop} "
            f"{advice[:1].upper()}{advice[1:]}"
        )
    if len(notes) > 1:
        return f"{quoted} read as notes, so they are not in your letter: {advice}"
    return f"{quoted} reads as a note, so it is not in your letter: {advice}"


COUNT_WORDS = {2: "two", 3: "three", 4: "four", 5: "five"}


def _listed(items: list[str]) -> str:
    """ "“a”", "“a” and “b”", "“a”, “b” and “c”"."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


# What to start the sentence with, when no example in the user's own words is certain:
# an example from someone else's work would tell of someone else's problem.
STARTS = {
    "connection": "“We both …” or “You told me …”",
    "fit": "“I have …”, “I am …” or “I did …”",
    "value_problem": "“You mentioned …” and their problem in your words",
    "value_idea": "“I would …” and what you would do",
    "value_gain": "“That would mean …”",
    "value_gain_detail": "“At my last job we …” and the figure",
    "question": "“What …”, “How …” or “Is …”",
}


HEARD_START = "“I understand …” or “We talked about …” and their problem in your words"


# The answers about the user, where an example from their trade shows the shape; their
# problem, the idea and its gain are the reader's own, so those get what to start with.
TRADE_EXAMPLE_KEYS = frozenset({"connection", "fit", "closing"})


def example_phrase(key: str, note: str, facts: Facts) -> str:
    """ "for example “You told me about product damage in racking.”" when the note's own
    words make a sentence of certain shape; else what to start the sentence with."""
    # "Lower turnover on my shift" has no verb: "I lower turnover …" is no example of it
    if head := glued_heading(note):
        # "2019 Fonterra shutdown we replaced 60 valves": the heading said in the sentence
        said = note[len(head) :].strip().rstrip(".")
        return f"for example “During the {head}, {said}.”"
    # "412 joints no leaks at startup": no lead makes a sentence of it ("It could be worth …")
    heading = key == "fit" and verbless_note(key, note) or counted_none(note) is not None
    if not heading and (example := own_words_example(key, note, facts)):
        return f"for example “{so_near(example) if key == 'fit' else example}”"
    if key == "fit":
        # Someone else's result, so only its shape: "I have …" and the user's own words.
        return (
            f"starting with {STARTS['fit']} and your own words, the way someone in your "
            f"work might write “{example_for(key, facts.trade)}”"
        )
    if key == "connection" and note.strip():
        # "Mr Ganesh also from Klang": their own moment, only said as a sentence; someone
        # else's story ("You told me how you started out …") would read as one to use instead
        return f"starting with {STARTS['connection']} and the moment you typed."
    if key in TRADE_EXAMPLE_KEYS:
        return f"for example “{example_for(key, facts.trade)}”"
    gain = example_for(key, facts.trade) if key == "value_gain" and facts.trade else ""
    if gain.startswith(GAIN_START):
        # Someone else's gain, so only its shape, as for a result ("On time" makes no
        # "That would mean on time."); a trade's own line, never the office one's
        # analysts to a ski-lift operator, and only one that starts as the step asks
        return (
            f"starting with {STARTS['value_gain']} and your own words, the way someone in "
            f"your work might write “{gain}”"
        )
    if key == "value_gain_detail" and _forecast(note):
        # "maybe 2 to 3 points off food cost": what they would gain, not a past result
        return "starting with “That could save you …” or “That would be about …” and the figure."
    if key == "value_gain_detail" and _last_job_said(note, facts):
        # "At my last job we moved a stop …" in the idea: a second "At my last job" would
        # open like the sentence just before it
        return f"starting with {OTHER_DETAIL_START}."
    if key == "value_problem" and not facts.decision_maker:
        # To a recruiter or HR: not "You mentioned …", as they may not have said it
        return f"starting with {HEARD_START}."
    return f"starting with {STARTS.get(key, STARTS['fit'])}."


OTHER_DETAIL_START = "“We …” and the figure"
GAIN_START = "That would mean "
LAST_JOB = "at my last job"


def _last_job_said(note: str, facts: Facts) -> bool:
    """ "At my last job" typed in another answer (the idea, a result): the start
    suggested for how much would repeat it."""
    typed = " ".join((*facts.typed, facts.said)).lower()
    return typed.count(LAST_JOB) > note.lower().count(LAST_JOB)


# "maybe", "if", "could save", "a week extra": a figure for what they would gain, not one
# from the past.
FORECAST_MARKS = frozenset({
    "maybe", "could", "would", "should", "might", "if", "probably", "reckon", "hopefully",
    "potentially", "possibly", "expect", "estimate", "save", "saves", "saving", "extra",
    "you'd", "you'll", "perhaps",
})  # fmt: skip


def _forecast(note: str) -> bool:
    words = {w.lower().strip(".,;:!?") for w in note.split()}
    if words & FORECAST_MARKS:
        return True
    # "About 3-4 hours saved per get-in": an amount saved with no past job named in it
    # is what they would gain ("Around €600 a month saved at my last place" is a result)
    return bool(words & grammar.AMOUNT_PARTICIPLES) and not words & PAST_MARKERS


def _offer_message(key: str, offer: str) -> str:
    return (
        f"This reads as a note, so your letter says it as a sentence: “{offer}” "
        "Change it here if it is not what you mean."
    )


def _not_you_message(key: str, typed: str, shown: str, facts: Facts) -> str:
    what = "what you did" if key == "fit" else "what you would do"
    return (
        f"“{_quote(typed)}” does not say it is you, so it is not in your letter: say "
        f"{what}, with “I” or “we”, {example_phrase(key, shown, facts)}"
    )


JOINERS = frozenset({
    "and", "but", "so", "because", "when", "that", "if", "as", "where", "before", "after",
    "since", "until", "till", "while", "or", "which", "who", "than", "what", "how", "why",
    "then", "once", "whether", "like", "though", "although", "whom",
})  # fmt: skip
# "the plant I started at", "the only one I know": a clause about the noun, not a new one.
NOUN_LEADS = frozenset({
    "the", "a", "an", "same", "every", "any", "only", "first", "last", "more", "fewer",
    "enough", "some", "other", "those", "these",
})  # fmt: skip

# "anything I find that needs them", "everything I learned": a pronoun the clause after
# it is about (its object), not the end of a sentence before a new one.
CLAUSE_PRONOUN_HEADS = frozenset({
    "anything", "everything", "something", "nothing", "anyone", "everyone", "someone",
    "anybody", "everybody", "somebody", "whatever", "whoever", "all",
})  # fmt: skip


SUBJECTS = frozenset({"i", "i'd", "i'm", "i've", "we", "we'd", "we're", "you", "you're"})
SUBORDINATE = frozenset({
    "when", "if", "after", "before", "because", "since", "as", "while", "although",
    "though", "once", "until", "whenever", "where",
})  # fmt: skip


def _a_noun(word: str) -> bool:
    """A noun, or the plural of one ("assists", "times")."""
    return lexicon.is_noun(word) or (word.endswith("s") and lexicon.is_noun(word[:-1]))


def _tacked_doing(sentences: tuple[str, ...]) -> tuple[str, str] | None:
    """ "I had zero lost-time injuries, line handling in all weather.": after a whole
    sentence and one comma, a noun and an "-ing" word with no verb or "and" of their own
    (a list goes on: "CIP, dry hopping and yeast harvesting"); (the part, the sentence
    said with "and I did"), or None."""
    for sentence in sentences:
        parts = sentence.rstrip(".!?").split(", ")
        if len(parts) != 2 or is_note(parts[0]) or not says_who(parts[:1]):
            continue
        words = [_bare(w) for w in parts[1].split()]
        if len(words) < 2 or {"and", "or"} & set(words) or JOTTED_BLOCKERS & set(words):
            continue
        first, doing = words[0], words[1]
        if first in DETERMINERS or first in PREPOSITIONS or first.endswith("s"):
            continue  # "customers ringing back": who does it, not a thing done
        if not lexicon.is_noun(first) or lexicon.verb_tags(first) - {"VB"}:
            continue
        if not doing.endswith("ing") or "VBG" not in lexicon.verb_tags(doing):
            continue
        if any(_finite_word(w) or _verb_only(w) for w in words[2:]):
            continue
        return parts[1], f"{parts[0]}, and I did {parts[1]}."
    return None


def _no_main_verb(sentence: str) -> str:
    """ "A handful of facilities calling 911 ... which ties up the units": a plural noun
    and an "-ing" word, and the only verb in the "which" clause; the "-ing" part, or ""."""
    if named_report(sentence.split()):
        return ""  # "Declan told me about sheets coming in late": "told" is its verb
    words = [w.lower().strip(".,;:!?()") for w in sentence.split()]
    cut = next((i for i, w in enumerate(words) if w in ("which", "that", "who")), len(words))
    for i in range(1, min(cut, 10)):
        noun, word = words[i - 1], words[i]
        plural = noun.endswith("s") and not noun.endswith("ss") and lexicon.is_noun(noun)
        if plural and word.endswith("ing") and len(word) > 5:
            before, after = words[: i - 1], words[i + 1 : cut]
            if any(w in OWN_WORDS or w in lexicon.MODALS for w in before):
                return ""
            if any(w in lexicon.AUXILIARY_FORMS and w not in ("be", "been") for w in before):
                return ""  # "Late discharges are blocking beds for patients waiting"
            finite = {"VB", "VBP", "VBD"}  # after a plural: "get", "went"; not "assists"
            # "Parents saying they don't hear …": a clause with its own subject is what
            # they say, as after "that"; its verb is not the sentence's
            said = next((j for j, w in enumerate(after) if w in SAID_SUBJECTS), len(after))
            if any(finite & lexicon.verb_tags(w) and not _a_noun(w) for w in after[:said]):
                return ""  # "Customers waiting 20 minutes get angry": "get" is the verb
            return " ".join(sentence.split()[i : i + 3])
    return ""


SAID_SUBJECTS = frozenset({"they", "we", "i", "he", "she", "you", "it", "they're", "it's"})
SAID_MAX = 12  # words of the problem the example says again, up to its first joint


def _doing_said(sentence: str, verb: str, base: str) -> str:
    """ "The cruise groups waiting too long at the start and …" -> "the cruise groups wait
    too long at the start": its thing and the verb said with "-ing" cut, up to the first
    "and", "which" or comma; "" when that is longer than ``SAID_MAX`` words."""
    words = sentence.rstrip(".!?").split()
    at = next((i for i, w in enumerate(words) if w.strip(".,;:!?()") == verb), -1)
    if at < 1:
        return ""
    # "The care staff rushing … and residents missing breakfast": the part with the verb
    start = max((i + 1 for i in range(at) if words[i].lower() == "and"), default=0)
    if at - start < 1:
        return ""
    end = next(
        (
            i
            for i in range(at + 1, len(words))
            if words[i].lower() in ("and", "which", "that", "who", "so", "but")
            or words[i - 1].endswith((",", ";"))
        ),
        len(words),
    )
    said = [*words[start:at], base, *words[at + 1 : end]]
    if len(said) > SAID_MAX:
        return ""
    if not (said[0][1:2].isupper() or said[0] == "I"):
        said[0] = said[0].lower()
    return " ".join(said).rstrip(",;")


def _doing_base(verb: str) -> str:
    """ "taking" -> "take", "running" -> "run", "calling" -> "call": the form that
    follows a plural subject ("jobs take"), from the dictionary, never the "-ing" word
    with its ending cut off ("tak"); "are" for "being"; "" when the dictionary has no
    such verb."""
    word = verb.lower().strip(".,;:!?()")
    if word == "being":
        return "are"
    base = lexicon.verb_lemma(word)
    if base == word or "VB" not in lexicon.verb_tags(base):
        return ""
    return base


PART_LEADS = frozenset({
    "and", "then", "so", "but", "which", "who", "that", "or", "plus", "like", "including",
    "especially", "with", "without", "instead", "because", "before", "after", "while",
})  # fmt: skip


LIST_DASHES = (" - ", " – ", " — ", ": ")
LIST_LEAD = re.compile(r"\b(?:such as|like|including|e\.g\.?|eg)\s+\S+$", re.IGNORECASE)


VERBS_THAT_ARE_NOUNS = frozenset({"does", "will", "must"})  # "supervisor does surprise visits"


def _later_said(pieces: list[str], said, changes: list[str]) -> list[str]:
    """The answer's sentences after the first, each as ``said`` gives it; "said who does
    it" recorded once when any changed."""
    later = [said(p) for p in pieces[1:]]
    if later == pieces[1:]:
        return pieces
    changes.append("said who does it")
    return [pieces[0], *later]


# What the writer did to the reader: "Told you …", "Showed you …" with no subject is "I".
TO_YOU_VERBS = frozenset({"told", "showed", "asked", "reminded", "promised", "sent"})


def _told_you_said(piece: str) -> str:
    """ "Told you my 1st crew boss …" -> "I told you my 1st crew boss …"."""
    words = piece.split()
    if len(words) < 3 or words[0].lower() not in TO_YOU_VERBS or words[1].lower() != "you":
        return piece
    return " ".join(["I", words[0].lower(), *words[1:]])


def _closing_said(piece: str, facts: Facts) -> str:
    """A later sentence of the closing said with "I", keeping its "!" or "?"."""
    said = with_subject("closing", piece, facts, typed_lower=True) or piece
    return said.rstrip(".") + piece[-1:] if piece[-1:] in "!?" and said.endswith(".") else said


ORDER_LEADS = frozenset({"then", "also", "and", "plus"})
# After an order's verb: "Plug the outlet", "Then measure it", "fill it up"
ORDER_OBJECTS = frozenset({
    "the", "a", "an", "my", "our", "their", "your", "every", "each", "all", "any", "this",
    "that", "these", "those", "it", "them", "up", "out", "down", "off", "over", "back",
})  # fmt: skip


def _said_as_mine(piece: str, facts: Facts) -> str:
    """ "Plug the outlet and fill it." -> "I would plug the outlet and fill it."; "Then
    measure it every day." -> "Then I would measure it every day.": a later step of the
    idea typed as an order, its verb before a determiner, a pronoun or a particle, or
    after "Then" (so "Staff sign off", "Checks take 5 minutes", "Then staff sign off"
    stay). Narrower than ``with_subject``, which reads a later note ("Clear check shell
    for tricky ones.") as an order too."""
    words = piece.split()
    lead = 1 if words and words[0].lower().strip(",") in ORDER_LEADS else 0
    if len(words) < lead + 2 or not words[lead].isalpha():
        return piece
    verb, following = words[lead].lower(), words[lead + 1].lower().strip(".,;:")
    tags = lexicon.verb_tags(verb) | ({"VB"} if verb in BASE_VERBS else set())
    # "And fit surge protectors", "Then set the torque": after a lead, a plain form that
    # is its own past ("fit", "set", "cut", "put") is the order; alone it may be a report
    past = "VBD" in tags and not (lead and _plain_past(verb))
    done = verb == "do" and following in DETERMINERS  # "Also do the cord log …"
    if "VB" not in tags or past or "VBZ" in tags or verb in CLOSED_WORDS and not done:
        return piece
    paired = following == "and" and _plain_verb(words[lead + 2 : lead + 3])
    if following not in ORDER_OBJECTS and not paired and not (lead and not _people(verb)):
        return piece  # after "Then", a verb that names no people is an order: "Then measure time"
    if lead and words[0].lower().strip(",") == "also":
        return " ".join(["I", "would", "also", verb, *words[lead + 1 :]])  # not "Also I would"
    return " ".join([*words[:lead], "I", "would", verb, *words[lead + 1 :]])


# What an order's verb goes on to: "Coordinate with the milling side", "Rotate the stock".
ORDER_FOLLOWERS = ORDER_OBJECTS | {"with", "on", "in", "at", "to", "for", "from", "into"}
# Where a clause of its own starts inside an order: "… so we see the trend".
ORDER_BREAKS = frozenset({
    "so", "because", "when", "and", "that", "if", "then", "until", "before", "after",
    "while", "once", "as", "which",
})  # fmt: skip


def _order_first(key: str, piece: str) -> bool:
    """ "Coordinate with the milling side …, so we see the trend before it trips.": an
    idea that opens as an order, its "we" only in a clause after it, so it does not say
    who would do it (``says_who`` finds the later "we")."""
    words = [w.lower().replace("’", "'").strip('.,;:!?()"“”') for w in piece.split()[:60]]
    if key != "value_idea" or len(words) < 3 or not words[0].isalpha():
        return False
    first, following = words[0], words[1]
    tags = lexicon.verb_tags(first) | ({"VB"} if first in BASE_VERBS else set())
    if "VB" not in tags or tags & {"VBD", "VBZ"} or first in lexicon.MODALS:
        return False
    if (
        first in FIRST_PERSON
        or first in lexicon.AUXILIARY_FORMS
        or following not in ORDER_FOLLOWERS
    ):
        return False  # "Staff sign off …": a subject and its verb, no order
    mine = next(
        (i for i, w in enumerate(words) if w in FIRST_PERSON - {"my", "our", "me", "us"}), 0
    )
    return bool(mine) and any(w in ORDER_BREAKS for w in words[1:mine])


def _plain_past(verb: str) -> bool:
    """ "fit", "set", "cut", "put": a verb's plain form that is its past form too (not
    "led", whose plain form is "lead")."""
    return lexicon.verb_lemma(verb) == verb


def _plain_verb(words: list[str]) -> bool:
    """ "call" in "Text and call the tenant": a second order joined by "and" (a verb's plain
    form, no "-s" or past form that a noun's list would have: "fish and chips")."""
    word = words[0].lower().strip(".,;:") if words else ""
    tags = lexicon.verb_tags(word)
    return "VB" in tags and not tags & {"VBD", "VBZ"} and word not in CLOSED_WORDS


def _described_tail(sentences: tuple[str, ...]) -> tuple[str, str] | None:
    """ "I can do full season November to March, own gear": the last two words after the
    one comma a thing and what it is ("own gear", "clean licence"), no verb of their own,
    and an example said with "I have"; None for any other tail."""
    for sentence in sentences:
        head, comma, tail = sentence.rstrip(".!?").rpartition(", ")
        words = tail.split()
        if not comma or "," in head or len(words) != 2:
            continue
        first, noun = (w.lower() for w in words)
        if not describes(first, noun):
            continue
        if first == "own":
            return tail, f"I have my own {noun}."
        plural = noun.endswith("s") and not noun.endswith("ss")
        return tail, f"I have {'' if plural else article(tail) + ' '}{tail[:1].lower()}{tail[1:]}."
    return None


def _verbless_part(sentences: tuple[str, ...]) -> str:
    """ "I would fill the forms on site, photos of CU and earthing, template for Zappi
    jobs": a thing listed after a comma with no verb to say what one would do with it."""
    for sentence in sentences:
        parts = sentence.rstrip(".!?").split(", ")
        if len(parts) == 2:
            # "I would test every door before leaving, checklist": a thing tacked on
            last = [w.lower().strip(".,;:()") for w in parts[1].split()]
            tacked = 0 < len(last) <= 2 and last[0] not in PART_LEADS | OWN_WORDS | CLOSED_WORDS
            if tacked and all(lexicon.is_noun(w) and not _a_verb(w) for w in last):
                return parts[1]
            if 1 < len(last) <= 4 and last[0] not in OWN_WORDS and _no_subject(parts[1]):
                return parts[1]  # "..., takes 5 minutes"
            if last[0] not in PART_LEADS | OWN_WORDS and timed_part(parts[1]):
                return parts[1]  # "…, early shift 5am before heat"
        if len(parts) < 3:
            continue  # one comma may be a list of two things done by the same verb
        for before, part in zip(parts, parts[1:], strict=False):
            words = [w.lower().strip(".,;:()") for w in part.split()]
            if len(words) < 3 or words[0] in PART_LEADS or words[0] in OWN_WORDS:
                continue
            if LIST_LEAD.search(before):
                continue  # "such as batteries, straps and pressure tests": the list goes on
            opened = ", ".join(parts[: parts.index(part)])
            if opened.count("(") > opened.count(")"):
                continue  # "(the 20 most used springs, cables, rollers and remotes)": things
            if any(d in f" {p} " for p in parts[: parts.index(part)] for d in LIST_DASHES):
                continue  # "before line stops - films, labels, parts on trolley": a list
            verbs = [
                w
                for w in words
                if {"VB", "VBP", "VBZ", "VBD", "MD"} & lexicon.verb_tags(w)
                and (not lexicon.is_noun(w) or w in VERBS_THAT_ARE_NOUNS)
            ]
            first = words[0]
            thing = lexicon.is_noun(first) and not {"VB", "VBP"} & lexicon.verb_tags(first)
            if not verbs and thing and first not in NOT_NAMES and not first.endswith("ing"):
                return part  # "photos of CU ...", not "the ladders", "track rejections"
    return ""


OWN_WORDS = frozenset({"i", "we", "you", "they", "he", "she", "it", "there", "i'd", "we'd"})
# Where a state tacked on after a comma ("…, contract at risk") is not met by another hint.
TAIL_KEYS = frozenset({"connection", "value_problem"})  # fit has ``_tacked_doing``
# Where a heading of a thing "of" another ("Tour of new scan rooms") is a note.
OF_NOTE_KEYS = frozenset({"connection", "fit", "value_problem", "value_gain", "value_gain_detail"})


def _shaped_note(key: str, piece: str) -> bool:
    """A note in a shape the checker takes for a sentence (``answer_notes``)."""
    if key == "question":
        return False
    if labelled_note(piece):
        return True  # "Old shop: turnaround 2 days down to the same day"
    if key in ("fit", "value_gain_detail") and counted_none(piece):
        return True  # "412 joints no leaks at startup"
    if key in OF_NOTE_KEYS and of_note(piece):
        return True  # "Tour of new scan rooms with Helen Marsh, lead sonographer."
    if key == "value_idea" and participle_note(piece):
        return True  # "Quick stuff (sail patches, webbing) done in 48 hours"
    return key in ("value_gain", "value_gain_detail") and participle_gain(piece)


# --- notes the checker takes for sentences ---------------------------------------------

JOTTED_KEYS = frozenset({*NO_ORDER_KEYS, "value_idea"})
# What ends the part a note's verb would be in: "Mood boards before any design."
JOTTED_ENDS = frozenset({*SUBORDINATE, "so", "which", "that", "who", "then", "that's", "who's"})
# Words that say who does it or that only a sentence has: not a note.
JOTTED_BLOCKERS = frozenset({
    *OWN_WORDS, "me", "us", "them", "him", "her", "my", "our", "your", "their", "his",
    "its", "this", "these", "those", "not", "never", "let's",
})  # fmt: skip


def _jotted(key: str, sentence: str) -> bool:
    """A note the checker reads as a sentence, as a word that is a noun too stands where
    its verb would be: after a modifier, an "-s" word that is a plural ("Smaller displays
    on weekdays", "Previous studio: amend rounds from 5 to 2"; in the idea also "Mood
    boards before any design"); in the idea, a plural and a participle with no "are"
    before it and no object after ("Tickets scanned on the wharf"), or a plural, a word
    that may be a verb and a noun with no "a" or "the" ("Bikes and prams rear door
    only"). A heading before a colon is judged by what follows it."""
    if key not in JOTTED_KEYS:
        return False
    first, mine, _ = sentence.replace(", and mine ", ", mine ").partition(", mine ")
    if mine and grammar.is_fragment(first + "."):
        return True  # "Your ship HMAS Success, mine HMAS Sirius.": two notes, no verb
    label, colon, rest = sentence.partition(": ")
    if colon and rest and _heading_words(label):
        sentence = rest
    words = _main_words(sentence)
    clause = _main_words(sentence, past_commas=True)
    if len(words) < 2 or JOTTED_BLOCKERS & set(clause) or any(map(_finite_word, clause)):
        return False  # "Different wards, and I do the medication rounds": who does it
    kind = _compound_head(words)
    if kind == "adjective" or kind == "verb" and key in NO_ORDER_KEYS:
        return True  # "Amend rounds …" is an order in the idea
    if key != "value_idea":
        return False
    if kind == "time":
        return True  # "Morning slots for landlord certs": no "the", so no subject
    if kind == "noun":
        # "Mood boards before any design", not "Footfall doubles on Saturdays"
        follows = words[2] if len(words) > 2 else _next_word(sentence, words)
        return follows in STEP_ORDER
    every = {_bare(w) for w in sentence.split()}
    told = every & (PAST_MARKERS | OWN_WORDS) or any(w[:1].isdigit() for w in every)
    if not told and _bare_participle(words):
        return True  # not "Complaints dropped by half when we did it": a result told
    return _verb_before_bare_noun(words)


STEP_ORDER = frozenset({"", "before", "after", "only"})  # a step's place in a plan
# What things did, told as a result ("Complaints dropped", "Sales doubled"), not a step
RESULT_PARTICIPLES = FACTORS | CHANGED_BY | frozenset({
    "jumped", "decreased", "stayed", "worked", "happened", "changed", "moved", "started",
    "finished", "ended", "arrived", "waited", "complained", "improved", "picked", "spiked",
    "dipped", "peaked", "soared", "surged", "recovered", "slowed", "settled", "vanished",
    "disappeared", "returned", "failed", "lasted", "closed", "opened", "turned",
})  # fmt: skip


def _next_word(sentence: str, words: list[str]) -> str:
    """The word after the part ``_main_words`` read: "before" in "Mood boards before …"."""
    rest = [_bare(w) for w in sentence.split()[: MAX_JOTTED_WORDS + 1]]
    rest = [w for w in rest if w]
    return rest[len(words)] if len(rest) > len(words) else ""


def _bare(word: str) -> str:
    return word.lower().replace("’", "'").strip('.,;:!?()"“”')


def _heading_words(label: str) -> bool:
    """ "Previous studio", "Result": one to three words with no verb or pronoun."""
    words = [_bare(w) for w in label.split()]
    return 0 < len(words) <= 3 and not any(
        w in JOTTED_BLOCKERS or _finite_word(w) or lexicon.verb_tags(w) - {"VB"} for w in words
    )


def _main_words(sentence: str, *, past_commas: bool = False) -> list[str]:
    """The words up to a comma or a word that opens another clause ("before", "so");
    ``past_commas``: on past commas too ("Different wards, and I do the rounds")."""
    words = []
    for raw in sentence.split()[:MAX_JOTTED_WORDS]:
        word = _bare(raw)
        if words and word in JOTTED_ENDS:
            break
        if word:
            words.append(word)
        if raw[-1:] in ",;" and not past_commas:
            break
    return words


MAX_JOTTED_WORDS = 40


def _finite_word(word: str) -> bool:
    """A word only a clause has: a modal, an auxiliary, "I'd", "won't"."""
    return word in lexicon.MODALS or word in lexicon.AUXILIARY_FORMS or "'" in word


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith("ss") and lexicon.is_noun(word)


def _verb_only(word: str) -> bool:
    """A verb form that is no noun: "go", "went", "sells" is a noun too."""
    return bool(lexicon.verb_tags(word)) and not lexicon.is_noun(word)


def _rest_has_verb(words: list[str]) -> bool:
    """A later word that may be a verb, after a word that may be its subject (a noun or a
    name: "Fresh orders on Monday go out faster") or that is a verb and no noun; not an
    order joined on by "and" ("and fill more often")."""
    for at, word in enumerate(words):
        before = words[at - 1] if at else ""
        if before in ("and", "or") or not lexicon.verb_tags(word) & {"VB", "VBD", "VBZ"}:
            continue
        if _verb_only(word):
            return True
        subject = (
            lexicon.is_noun(before) or before.isalpha() and not lexicon.is_english_word(before)
        )
        if subject and before not in DETERMINERS and before not in PREPOSITIONS:
            return True
    return False


def _compound_head(words: list[str]) -> str:
    """ "time", "adjective", "verb" or "noun" for a first word of that kind before a second that
    is an "-s" form and a plural ("smaller displays", "amend rounds", "mood boards"), then
    a preposition or nothing; "" else. The plural is the note's head, not a verb: an
    adjective or a verb cannot be its subject, and a noun with no "the" hardly is."""
    first, second = words[0], words[1]
    if "VBZ" not in lexicon.verb_tags(second) or not _plural(second):
        return ""
    if first.endswith("s") or first in DETERMINERS or not first.isalpha():
        return ""
    if len(words) > 2 and words[2] not in PREPOSITIONS and words[2] not in ("only", "and"):
        return ""  # "Stock runs out", "Traffic builds up"
    if _rest_has_verb(words[2:]):
        return ""
    if first in TIME_HEADS:
        return "time"  # "Morning slots for …", "Weekend shifts on …": when, not who
    noun, adjective = lexicon.is_noun(first), lexicon.is_adjective(first)
    if adjective and not noun and not lexicon.verb_tags(first):
        return "adjective"
    if "VB" in lexicon.verb_tags(first) and not noun and not adjective:
        return "verb"
    return "noun" if noun and not lexicon.verb_tags(first) else ""


def _noun_phrase(words: list[str]) -> bool:
    """ "tickets", "bikes and prams": nouns (and their modifiers) ending in a plural or
    joined by "and", with no "the" a subject would have in a sentence written out."""
    if not words or words[0] in DETERMINERS or words[-1] == "and":
        return False
    if not all(w == "and" or lexicon.is_noun(w) or lexicon.is_adjective(w) for w in words):
        return False
    return _plural(words[-1]) or "and" in words


def _bare_participle(words: list[str]) -> bool:
    """ "Tickets scanned on the wharf": a plural, then a participle ("-ed") with no
    object after it and no "are" before it; a plan's step, not what the tickets did."""
    for at in range(1, min(len(words), 5)):
        word = words[at]
        if "VBN" not in lexicon.verb_tags(word) or not word.endswith("ed"):
            continue
        if word in RESULT_PARTICIPLES:
            return False
        after = words[at + 1] if at + 1 < len(words) else ""
        if after and after not in PREPOSITIONS and not lexicon.is_adverb(after):
            return False  # "Drivers scanned every ticket": its object
        return _noun_phrase(words[:at]) and not _rest_has_verb(words[at + 1 :])
    return False


def _verb_before_bare_noun(words: list[str]) -> bool:
    """ "Bikes and prams rear door only": after the plural, a word that is a noun as
    well as a verb, then a noun with no "a" or "the" and nothing, "only" or a
    preposition after it."""
    for at in range(1, min(len(words) - 1, 5)):
        word, thing = words[at], words[at + 1]
        tags = lexicon.verb_tags(word)
        if "VB" not in tags or tags & {"VBD", "VBZ"} or not lexicon.is_noun(word):
            continue
        if not _noun_phrase(words[:at]) or thing.endswith("s") or not lexicon.is_noun(thing):
            return False
        if lexicon.verb_tags(thing) or lexicon.is_adjective(thing):
            return False  # "Staff need training", "Kids love fresh …"
        rest = words[at + 2 :]
        if rest and rest[0] not in PREPOSITIONS and rest[0] != "only":
            return False
        return not _rest_has_verb(rest)
    return False


def _bare_question(text: str) -> bool:
    """ "Start date?", "Commission?": a question of a word or two with no verb; "Contract
    labour payroll in-house or vendor?": a choice of up to 7 words with no verb or pronoun."""
    words = [w.lower().strip("?.,!") for w in text.split()]
    if not words or words[0] in QUESTION_OPENERS:
        return False
    choice = text.endswith("?") and "or" in words[1:-1] and len(words) <= CHOICE_NOTE_MAX
    if len(words) > 3 and not (choice and not NOTE_PRONOUNS & set(words)):
        return False
    return not any({"VBZ", "VBP", "VBD", "MD"} & lexicon.verb_tags(w) for w in words)


CHOICE_NOTE_MAX = 7
NOTE_PRONOUNS = frozenset({
    "i", "you", "we", "they", "he", "she", "it", "me", "us", "them", "there", "i'm", "it's",
})  # fmt: skip


QUESTION_OPENERS = frozenset({
    "who", "what", "when", "where", "why", "how", "which", "is", "are", "do", "does",
    "did", "can", "could", "will", "would", "should", "have", "has",
})  # fmt: skip


REPORTED_NOTE_KEYS = frozenset({
    "connection", "value_problem", "value_gain", "value_gain_detail", "question", "closing",
})  # fmt: skip
REPORTERS = frozenset({"she", "he", "you", "they"})
# "You mentioned the Saturday queue" says it as a sentence; "You said the Saturday
# queue" and "you told me happier guests" are notes.
REPORT_VERBS = ("said", "says", "told me", "told us")


def _reported_part(text: str) -> str:
    """ "she said rooms not ready for early check in" -> "rooms not ready for early check
    in": the part after "said" when it has no verb of its own (a note); "" else."""
    words = text.rstrip(" .!?").split()
    if len(words) < 4 or words[0].lower() not in REPORTERS:
        return ""
    lowered = [w.lower().strip(",:") for w in words]
    verb = next((v for v in REPORT_VERBS if lowered[1 : 1 + len(v.split())] == v.split()), "")
    if not verb:
        return ""
    rest = words[1 + len(verb.split()) :]
    if rest and rest[0].lower() == "that":
        rest = rest[1:]
    part = " ".join(rest).split(",")[0].strip()
    if len(part.split()) < 2 or part.lower().split()[0] in ("about", "how", "what", "if"):
        return ""
    if "," in " ".join(rest):
        return ""  # "you said the manager decide, when can I ...": more than a note
    return part if _no_verb(part) else ""


def _no_verb(part: str) -> bool:
    """ "rooms not ready for early check in", "happier guests and better reviews": no
    word that says who does something or what happens (no pronoun, auxiliary, modal, or
    a verb form that is no noun or follows its subject)."""
    words = [w.lower().replace("’", "'").strip('.,;:!?()"“”') for w in part.split()]
    words = [w for w in words if w]
    if any(w in OWN_WORDS or w in lexicon.AUXILIARY_FORMS or "'" in w for w in words):
        return False
    if any(w.endswith("ing") and w not in ("morning", "evening", "ceiling") for w in words):
        return False  # "staff leaving early": a verb the note leaves its "are" out of
    return not any(_finite(words, i) for i in range(len(words)) if i == 0 or words[i - 1] != "not")


def _finite(words: list[str], place: int) -> bool:
    word = words[place]
    tags = lexicon.verb_tags(word)
    if {"VBD", "VBZ", "VBP", "MD"} & tags and not lexicon.is_noun(word):
        return True
    if tags & {"VBD", "VBZ"} or word.endswith("s"):
        return False  # "guests", "reviews": a plural, as nothing before it is its subject
    particle = place + 1 < len(words) and words[place + 1] in PARTICLES
    if particle and "VB" in tags and place > 0 and words[place - 1].endswith("s"):
        return True  # "walk ins pile up": a plural, a verb and its particle
    return place > 0 and can_be_finite(words, place)


OFFER_LEAD = re.compile(
    r"i\s+(?:said|told\s+(?:her|him|them|you))(?:\s+that)?\s+(?P<rest>(?:i\s+would|i'd|i\s+could"
    r"|i\s+can|i\s+will|i'll)\s.*)$",
    re.IGNORECASE,
)


def _offered_now(key: str, text: str) -> str:
    """ "I said I would check departures early" -> "I would check departures early";
    in an idea, "I said check departures early" and "to make a checklist" -> "I would
    check departures early", "I would make a checklist"; "" else."""
    stripped = text.strip()
    if said := OFFER_LEAD.match(stripped):
        return said.group("rest")
    words = stripped.split()
    lowered = [w.lower() for w in words[:4]]
    if key == "fit" and len(words) > 4 and lowered[0] in REPORTERS and lowered[1] == "liked":
        # "he liked that I have SIA licences": the result is what the letter says
        rest = words[3:] if lowered[2] == "that" else words[2:]
        return " ".join(rest) if rest[0] == "I" else ""
    if key != "value_idea":
        return ""
    lead = [w.lower() for w in words[:2]]
    skip = 2 if lead == ["i", "said"] else 1 if lead[:1] == ["to"] else 0
    if skip and len(words) > skip + 1:
        first = words[skip].lower()
        tags = lexicon.verb_tags(first)
        if "VB" in tags and not tags & {"VBD", "VBZ"} and first not in OWN_WORDS:
            return "I would " + " ".join(words[skip:])
    return ""


TOLD_SELF = re.compile(
    r"(?:(?:thank|tell|remind|ask)\s+(?:her|him|them)(?:\s+and\s+(?:say|tell|ask|mention))?"
    r"|mention|say)(?:\s+that)?(?P<rest>\s.*)?$",
    re.IGNORECASE,
)


def _told_self(text: str) -> str | None:
    """ "thank her and say I can come any day" -> "I can come any day"; "mention that I
    have my CSCS card" -> "I have my CSCS card"; "" when there is nothing to say
    directly with certainty; None when it is no note to self."""
    match = TOLD_SELF.match(text.strip())
    if not match:
        return None
    rest = (match.group("rest") or "").strip(" .")
    first = rest.split()[0].lower() if rest else ""
    third = {"he", "she", "him", "her", "his", "they", "them", "their"}
    if first in ("i", "i'm", "i'd", "i'll", "i've") and not third & set(rest.lower().split()):
        return rest  # "so she can see me": who "she" is in the letter is not certain
    return ""


NOTE_TO_SELF = re.compile(
    r"(?:(?:want|wanted|need|have|must|should|got|going|remember|meant)\s+to\s+)?"
    r"(?:ask|find\s+out|check)(?P<rest>\s.*)$",
    re.IGNORECASE,
)


def _asked_directly(rest: str) -> str:
    """ " Bruce if they run the 4 on 4 off roster" -> "Do you run the 4 on 4 off roster?";
    " about the van allowance" -> "Could you tell me about the van allowance?"; "" when
    the question cannot be said to them with certainty."""
    words = rest.strip(" .?!").split()
    lowered = [w.lower() for w in words]
    lead = next((i for i, w in enumerate(lowered) if w in ("if", "whether", "about")), None)
    if lead is None or lead > 2:
        return ""
    said = words[lead + 1 :]
    if lowered[lead] == "about":
        return f"Could you tell me about {' '.join(said)}?" if said else ""
    if len(said) < 3 or said[0].lower() != "they":
        return ""  # "if he runs": he may be the reader or someone else
    verb = said[1].lower()
    body = " ".join("your" if w.lower() == "their" else w for w in said[2:])
    if verb in ("are", "were", "have", "can", "could", "will", "would", "do", "did"):
        return f"{verb.capitalize()} you {body}?"
    if "VB" in lexicon.verb_tags(verb) and not verb.endswith("s"):
        return f"Do you {verb} {body}?"  # "if they run the 4 on 4 off roster"
    return ""


def _run_together(sentences: tuple[str, ...]) -> str:
    """ "You like roses I told you about my grandpa's garden", "You have a 68 Chevelle, I
    restored a 70": a new subject and its verb with no stop or joining word before it;
    the first such sentence split there ("... roses. I told ...", "... Chevelle, and I
    restored ..."), else "". Not after "the plant I started at" (a clause about a noun)
    nor after "When I got there, I ..." (the first part leads into the second). A short
    phrase with a preposition just before the new subject goes with it ("…, in Hull I
    was …" -> "… . In Hull I was …"), and after a verb it opens what was said ("the chef
    says on busy Sundays we …"): no split there (``_phrase_lead``)."""
    for sentence in sentences:
        words = sentence.split()
        if not words or words[0].lower() in SUBORDINATE or sentence.endswith("?"):
            continue
        for i in range(2, len(words) - 2):
            before, word = words[i - 1], words[i].lower().replace("’", "'")
            if word not in SUBJECTS or before.lower().strip(",") in JOINERS:
                continue
            about_noun = {w.lower() for w in words[max(0, i - 4) : i]} & NOUN_LEADS
            if (about_noun or before.lower() in CLAUSE_PRONOUN_HEADS) and not before.endswith(","):
                continue
            follows = words[i + 1].lower().strip(".,")
            verb = {"VBD", "VBZ", "VBP", "VB", "MD"} & lexicon.verb_tags(follows)
            if before.endswith(",") and _opening_phrase(words[:i]):
                continue  # "In my current team, we raised ...": one sentence
            clause = words[max(1, i - 6) : i]
            opened = [
                j
                for j, w in enumerate(clause[:-1])
                if w.lower() in SUBORDINATE or _time_clause(clause, j)
            ]
            if opened and not any(w.endswith(",") for w in clause[opened[-1] :]):
                continue  # "That way when something fails UT you know …": one sentence
            if before.endswith(",") and _leading_clause_ends(words, i):
                continue  # "In my role, after we moved to …, we were able …": one sentence
            if before.endswith(",") and head_note(sentence) == " ".join(words[:i])[:-1]:
                continue  # "Full C licence, I do …": a note before it, ", and" no sentence
            if before.endswith(",") and (verb or follows in ("both", "also")):
                return f"{' '.join(words[:i])} and {' '.join(words[i:])}"
            after = words[i + 2].lower().strip(".,") if i + 2 < len(words) else ""
            if not before.endswith(",") and (not after or after in GAP_AFTER):
                continue  # "some parts I made and ...", "the SOP I wrote for ...": about a noun
            said = before.lower()
            if lexicon.verb_tags(said) and not lexicon.is_noun(said):
                continue  # "You mentioned you started ...": what was said, not a new one
            if said in PREPOSITIONS or said in SUBORDINATE or said.startswith("what"):
                continue  # "thank you for you're time", "whenever you need me": one sentence
            if said in LEADS_INTO_CLAUSE or words[i - 2].lower() in ("how", "what"):
                continue  # "how much I loved the rice", "That should mean you pass": one
            if said in REPORTED:
                continue  # "You told me you ...", "it turned out I ...": one sentence
            seen = [w.lower() for w in words[max(0, i - 5) : i - 1]]
            if set(seen) & SEEING and not any(w.endswith(",") for w in words[max(0, i - 5) : i]):
                continue  # "You saw on my CV I did …": what was seen ("that" left out)
            if said == "you" and words[i - 2].lower() in TOLD_YOU:
                continue  # "and I told you I also volunteered": what was told
            if i > 2 and words[i - 3].endswith(",") and _counted_span(words[i - 2 : i]):
                continue  # "…, 6 years I was …": no stop leaves "…, 6 years." alone
            first, second = " ".join(words[:i]), " ".join(words[i:])
            if (lead := _phrase_lead(words, i)) is not None:
                if not words[lead - 1].endswith(","):
                    continue  # "the chef says on busy Sundays we …": what was said
                # "… drawings, in Leeds I was …": the place goes with what follows it
                first, second = " ".join(words[:lead]).rstrip(","), " ".join(words[lead:])
            if said in LEADING_ADVERBS and words[i - 2].endswith(","):
                # "... before sending sample, also I can do ...": the new sentence starts
                # at "also" ("... sample. Also I can do ..."), not after it
                first, second = " ".join(words[: i - 1]).rstrip(","), " ".join(words[i - 1 :])
            if is_note(first) or is_note(second) or not safe_split([first, second]):
                continue  # "At my current practice. We went ...": no sentence before it
            if before[-1:].isalpha() and (word.startswith("i") or verb):
                return f"{first}. {second[:1].upper()}{second[1:]}"
    return ""


def _leading_clause_ends(words: list[str], i: int) -> bool:
    """ "In my current role, after we moved to a weekly forecast, we …": the comma before
    ``words[i]`` closes a clause that a subordinating word opened at the sentence's start
    or just after a comma, so what follows is its main clause; not "I cleaned the trucks
    when we got back, I …" (the clause hangs on a sentence already said)."""
    start = max(0, i - 14)
    for j in range(i - 2, start - 1, -1):
        if words[j].endswith(",") and j < i - 1:
            return False  # another comma first: the clause is not the one closing here
        if words[j].lower() in SUBORDINATE:
            return j == 0 or words[j - 1].endswith(",")
    return False


# "You saw on my CV I did …", "I read in the ad you need …": a verb of seeing or knowing
# a few words before the new subject, with no comma between: what was seen, one sentence.
SEEING = frozenset({
    "saw", "see", "seen", "noticed", "read", "heard", "knew", "know", "spotted", "learned",
    "learnt", "found", "realised", "realized",
})  # fmt: skip


# "next time she farrows we watch", "every time I ring they answer": "time" after one of
# these opens a clause ("when"), so the subject after that clause is the same sentence's.
TIME_CLAUSE_LEADS = frozenset({"next", "every", "each", "first", "last", "any"})


def _time_clause(words: list[str], at: int) -> bool:
    return (
        at > 0
        and words[at].lower() == "time"
        and words[at - 1].lower().strip(",") in TIME_CLAUSE_LEADS
    )


PHRASE_LEAD = 4  # words: a phrase such as "in that time" or "on busy Saturdays"


def _counted_span(pair: list[str]) -> bool:
    """ "6 years", "two seasons": a count and its span."""
    count, unit = (w.lower().strip(".,;:") for w in pair)
    return (count[:1].isdigit() or count in NUMBER_WORDS) and unit in SPAN_UNITS | {"yrs"}


def _phrase_lead(words: list[str], subject: int) -> int | None:
    """Where a short phrase opening with a preposition starts right before the new
    subject ("…, in Hull I was running …", "says on busy Saturdays we …"), after a comma
    or a verb: that phrase belongs to the clause after it, never left at the end of the
    one before. None when there is no such phrase, or it follows a noun ("the pumps in
    the yard I also …")."""
    for place in range(subject - 1, max(0, subject - PHRASE_LEAD) - 1, -1):
        word = words[place]
        if place < subject - 1 and word.endswith((",", ";", ".")):
            return None
        if word.lower() in PREPOSITIONS:
            if place == 0:
                return None
            before = words[place - 1].lower().strip(",")
            if words[place - 1].endswith(","):
                return place
            if lexicon.verb_tags(before) and not lexicon.is_noun(before):
                return place
            return None
    return None


def _joined_run_ons(sentences: tuple[str, ...]) -> tuple[str, ...]:
    """Each sentence the step would call run together, as its example has it."""
    joined: list[str] = []
    for sentence in sentences:
        run_on = _run_together((sentence,))
        parts = grammar.split_sentences(run_on or sentence)
        if run_on and len(parts) == 1 and len(run_on.split()) > LONG_SENTENCE_WORDS:
            parts = split_long(parts, []) or [sentence]  # as the next round would split it
        joined += [sentence] if any(is_note(p) for p in parts) else parts
    return tuple(joined)


# "how much I loved", "should mean you pass", "so sure we": a word the next clause belongs to.
LEADS_INTO_CLAUSE = frozenset({
    "how", "what", "why", "where", "when", "whether", "if", "than", "that", "mean", "means",
    "meant", "sure", "glad", "hope", "hoped", "think", "thought", "know", "knew", "guess",
})  # fmt: skip


def _opening_phrase(words: list[str]) -> bool:
    """ "In my current team,", "Over the last two years,": a phrase that opens a sentence,
    with no subject of its own, so the subject after its comma is the sentence's."""
    lowered = [w.lower().strip(",") for w in words]
    subjects = SUBJECTS | {"they", "he", "she", "it", "there"}
    return lowered[0] in OPENING_WORDS and not set(lowered) & subjects


OPENING_WORDS = frozenset({
    "in", "at", "on", "over", "during", "for", "with", "by", "from", "across", "within",
    "throughout", "last", "this", "next", "every", "each", "today", "yesterday", "recently",
    "previously", "now", "currently", "lately", "overall",
})  # fmt: skip


# ", also I can ...", ", now I am ...", ", actually I am ...": a word that opens the
# sentence after a comma, never left at the end of the one before ("… Dublin, actually.").
LEADING_ADVERBS = frozenset({
    "also", "now", "then", "plus", "still", "currently", "later", "actually", "honestly",
    "basically", "obviously", "luckily", "fortunately", "unfortunately", "usually",
    "normally", "generally", "sometimes", "often", "nowadays", "today", "recently",
    "lately", "presently", "anyway", "besides", "otherwise", "meanwhile", "afterwards",
    "finally", "mostly", "mainly", "personally", "really", "definitely", "hopefully",
    "ideally", "originally", "eventually",
})  # fmt: skip


# After "the SOP I made", a word that says the verb's object was the noun before it.
GAP_AFTER = frozenset({
    "and", "for", "with", "at", "in", "on", "to", "from", "last", "before", "when", "so",
    "but", "or", "myself", "yesterday", "there", "here", "recently", "if", "because",
})  # fmt: skip


TOLD_YOU = frozenset({
    "told", "tell", "asked", "showed", "promised", "reminded", "warned", "assured", "taught",
})  # fmt: skip


# Words after which a subject goes on the same sentence: "You told me you worked ...",
# "It turned out I worked ...", "We realised we had ...".
REPORTED = frozenset({"me", "us", "him", "her", "them", "out", "sure", "glad", "said"})


# A thanks in the user's own language before "for": "Asante sana for your time", "Merci
# beaucoup for the tour", "Gracias for your time".
OTHER_THANKS = (
    r"(?:asante(?:\s+sana)?|merci(?:\s+beaucoup)?|gracias|danke(?:\s+sch(?:ö|oe)n)?"
    r"|grazie(?:\s+mille)?|obrigad[oa]|shukran|spasibo|arigato|dhanyavaad|ngiyabonga"
    r"|siyabonga|dankie|tack|takk)(?=\s+for\b)"
)
OTHER_THANKS_RE = re.compile(rf"\s*{OTHER_THANKS}", re.IGNORECASE)


# A sentence that opens by thanking, in any of the ways people say it: "Thanks again",
# "Thank you", "Cheers for your time", "Many thanks", "Much appreciated", "Ta for the
# tour", "I'm grateful for your time", "I really appreciate it".
THANKS_OPENING_RE = re.compile(
    rf"\s*(?:{OTHER_THANKS}|"
    r"thanks?|thx|cheers|many\s+thanks|much\s+appreciated|ta(?=\s+(?:for|very|again)\b)"
    r"|(?:i\s+)?(?:really\s+|truly\s+)?appreciate"
    r"|(?:i'm\s+|i’m\s+|i\s+am\s+)?(?:so\s+|very\s+|really\s+|truly\s+)?grateful)\b",
    re.IGNORECASE,
)


def opens_with_thanks(sentence: str) -> bool:
    """ "Cheers for your time.", "Thank you for passing this on.": a sentence that starts
    by thanking; "Could you thank Marc for me?" does not."""
    return bool(THANKS_OPENING_RE.match(sentence[:200]))


def _thanks_again(sentences: tuple[str, ...]) -> bool:
    """A closing that only thanks again ("Thank you for your time.", "I appreciate
    you.", "Cheers for your time."), longer than a thanks to sign off with."""
    words = [w.strip(".,!") for w in " ".join(sentences).lower().split()]
    thanks = bool(sentences) and opens_with_thanks(sentences[0])
    # "Thanks so much, Carol", "Cheers, Mick" sign off
    more = [w for w in words if w not in SIGN_OFF_THANKS | {"cheers", "ta"}]
    offers = NEXT_STEP_RE.search(" ".join(sentences))  # "Thanks again, I'd love to do a trial"
    return (
        thanks and len(more) > 1 and len(sentences) == 1 and "?" not in sentences[0] and not offers
    )


# A closing that offers a step after its thanks: "I'd love to do a trial shift", "happy to
# come in", "ready to do a trial on any client", "I can start on Monday".
NEXT_STEP_RE = re.compile(
    r"\b(?:happy|glad|keen|ready|free|available|love)\s+(?:to|for)\b"
    r"|\bi(?:'d|’d|\s+would|\s+can|\s+could|'m|’m|\s+am)\s+(?:be\s+)?"
    r"(?:happy|glad|keen|ready|free|available|love|come|start|send|do|bring|show|shadow|work)\b"
    r"|\bcan\s+(?:start|come|do|send|bring|work|cover|pop)\b",  # "thx again, can start Monday"
    re.IGNORECASE,
)


# A closing that is a sign-off of its own, a blessing or a wish, not a note.
SIGN_OFF_PHRASES = frozenset({
    "god bless", "god bless you", "god bless you all", "cheers", "best wishes", "take care",
    "all the best", "best regards", "kind regards", "warm regards", "warmest regards",
    "many thanks", "with thanks", "regards", "blessings", "stay blessed", "best",
})  # fmt: skip


def is_sign_off_phrase(text: str) -> bool:
    """ "God bless", "Cheers!", "Best wishes.", "Cheers Dave": a phrase a letter signs
    off with, to the reader by name or not."""
    return bool(sign_off_phrase(text))


# A name after a sign-off ("Cheers Dave", "Take care, Tom."): one or two words with
# their capitals, no more.
NAMED_SIGN_OFF_RE = re.compile(r"(?P<phrase>.{2,30}?),?\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?")


def sign_off_phrase(text: str) -> str:
    """The sign-off in ``text`` as typed, less a name after it ("Cheers Dave" ->
    "Cheers", "God bless you Mary" -> "God bless you"); "" when it is no sign-off."""
    core = " ".join(text[:40].strip(" .!,").split())
    if core.lower() in SIGN_OFF_PHRASES:
        return core
    named = NAMED_SIGN_OFF_RE.fullmatch(core)
    if named and named.group("phrase").lower() in SIGN_OFF_PHRASES:
        return named.group("phrase")
    return ""


SIGN_OFF_THANKS = frozenset(["thank", "thanks", "you", "so", "much", "again", "many", "very"])


COUNTED_BEFORE = frozenset({
    "level", "lvl", "year", "yr", "band", "tier", "grade", "page", "stage", "part", "step",
    "class", "team", "division", "league", "of", "to", "or", "and", "the", "for", "x",
    "version", "ward", "unit", "room", "bay", "line", "shift", "zone", "gate", "platform",
    "floor", "phase", "plot", "day", "days", "week", "weeks", "section", "hub",
})  # fmt: skip


# A "2" after these is an amount: "to ~2", "about 2", "under 2", "down to 2".
AMOUNT_BEFORE = frozenset({
    "~", "<", ">", "from", "about", "around", "roughly", "approximately", "approx", "nearly",
    "almost", "under", "over", "below", "above", "than", "only", "just", "down", "up",
    "between", "maybe", "max", "min", "least", "most",
})  # fmt: skip


def _in_range(words: list[str]) -> bool:
    """ "from 6 hrs to 2", "between 1 and 2", "6 hours - 2": a figure earlier in the
    sentence with "from", "between" or a dash: the last "2" ends a range."""
    lowered = [w.lower().strip(",;:") for w in words]
    figure = any(c.isdigit() for w in lowered for c in w)
    marks = {"from", "between", "-", "–", "->", "→"} & set(lowered)
    spans = any(w[:1].isdigit() and ("-" in w or "–" in w) for w in lowered)  # "1-2 a week"
    return (figure and bool(marks)) or spans


def _phone_mark_hint(sentences: tuple[str, ...]) -> str:
    """ "he supports west ham 2": a "2" ending a sentence may be phone style for "too";
    the wizard cannot be sure ("level 2", "West Ham 2"), so the notice asks."""
    for sentence in sentences:
        words = sentence.rstrip(".!?").split()
        if len(words) < 3:
            continue
        last, before = words[-1], words[-2].lower().strip(",")
        if before in AMOUNT_BEFORE or _in_range(words[:-1]) or counted_at_end(words):
            continue  # "6 hrs to ~2", "from 6 hours to about 2", "18 a month ... it was 2"
        if last == "2" and before.isalpha() and before not in COUNTED_BEFORE:
            return " If the “2” at the end means “too”, write “too”."
    return ""


PAY_ADVICE = {
    "question": "ask it later, when they make an offer; ask here about the work instead.",
    "closing": "leave it until they make an offer; offer a next step about the work here instead.",
}


def _pay_hint(key: str, text: str) -> str:
    """ "Salary and weekly off?", "What is the pay rate?": pay raised where the letter asks
    or closes, read as the checker reads it (``tone.raises_pay``, its ``salary_demand``),
    so the step says what the score will say."""
    if key not in PAY_ADVICE or not (asked := raises_pay(text)):
        return ""
    return (
        f" “{_quote(asked)}” raises pay: in a follow-up letter that reads as a demand and "
        f"lowers its score, so {PAY_ADVICE[key]}"
    )


def cased_only(typed: str, text: str, facts: Facts) -> list[str]:
    """The typed words with their capitals fixed and nothing else changed: the sentences
    of ``text`` in plain case when they are ``typed``'s words, else ``typed`` as it is."""
    plain = [cased(p, facts, []) for p in grammar.split_sentences(text)]
    plain = [plain_case(p, facts) for p in plain] if all_capitals(text) else plain
    same = " ".join(plain).lower().split() == typed.lower().split()
    return plain if same else [typed]


def _too_long(key: str, typed: str, fixed: str = "") -> str:
    # "I am used to …, so I would plan …. I would also be glad to …, since …": the
    # sentence too long to read is named and counted, not the whole answer
    sentences = grammar.split_sentences(typed) or [typed]
    longest = max(range(len(sentences)), key=lambda i: len(sentences[i].split()))
    typed = sentences[longest]
    fixed_sentences = grammar.split_sentences(fixed) if fixed else []
    fixed = fixed_sentences[longest] if len(fixed_sentences) == len(sentences) else ""
    start = _first_part(key, fixed or typed)
    example = f" For example, start with “{start}”" if start else ""
    return (
        f"“{_quote(typed)}” is one sentence of {len(typed.split())} words, too long to read, "
        "and the wizard cannot split it without changing your words, so it is not in your "
        f"letter: say it in two or three shorter sentences.{example}"
    )


def _first_part(key: str, typed: str) -> str:
    """The long sentence up to its first "and" or "so" (after a few words), said as a
    sentence: the first of the shorter ones the user is asked for."""
    words = typed.rstrip(" .!?").split()
    cut = next((i for i, w in enumerate(words) if i > 5 and w.lower() in ("and", "so")), None)
    if not cut or cut > LONG_SENTENCE_WORDS:
        return ""
    if words[0].lower() in SUBORDINATE:
        return ""  # "When he had me stage on Saturday.": no sentence on its own
    part = " ".join(words[:cut]).rstrip(",;:")
    for lead in ("what i would do is ", "what i'd do is ", "what we would do is "):
        if part.lower().startswith(lead):
            # "what I would do is set up checks" -> "I would set up checks"
            rest = part[len(lead) :]
            part = ("We would " if lead.startswith("what we") else "I would ") + rest
            words = part.split()
    if key == "value_idea" and words[0].lower() not in ("i", "i'd", "we", "we'd", "we'll"):
        acronym = words[0].isupper() and len(words[0]) > 1  # "RMT the whole herd"; not "A"
        first = words[0].lower()
        if not acronym and ("VB" not in lexicon.verb_tags(first) or first in DETERMINERS):
            # "She seemed open …", "A simple forecast by SKU …": not "I would a simple …"
            return ""
        start = part if acronym else part[:1].lower() + part[1:]
        part = f"I would {start}"  # "RMT the whole herd": the letters keep their capitals
    if len(part.split()) > LONG_SENTENCE_WORDS:
        return ""  # an example too long to pass the step's own check
    said = finished(LOWER_I_RE.sub("I", part[:1].upper() + part[1:]))  # "…, i'd log dough"
    if grammar.is_fragment(said):
        return ""  # "Hazy ipas sitting in the fermenters …": no sentence to start with
    return said


# A lower-case "i" on its own or before its ending: "i", "i'd", "i'm", "i've", "i'll".
LOWER_I_RE = re.compile(r"(?<![\w'’.-])i(?=['’](?:d|m|ve|ll)\b|[\s,;:!?]|\.(?!\w)|$)")


def _quote(text: str, limit: int = 70) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
