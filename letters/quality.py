"""How good is a follow-up letter? A pure, deterministic checker.

A strong follow-up goes to the decision-maker by name, is short (about 75-200
words), recalls a specific moment of the interview, reminds them of one to three
results that matter to them, offers something of value (an idea that saves time
or money or solves a problem they mentioned), asks a question, invites the next
conversation, and goes out within 24 hours. ``check_letter`` looks for each of
those with plain regular expressions and word lists, so it needs no database and
no network and is fast enough to run on every keystroke (a few milliseconds for a
200-word letter once the spelling dictionary is loaded).

Heuristics, not grammar: every check errs towards staying quiet on a letter that
does the thing in any reasonable wording, and towards speaking up on a letter
that only says "thank you, I'm a great fit, I look forward to hearing from you".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import NamedTuple

from spellchecker import SpellChecker


class Rule(NamedTuple):
    weight: int  # points taken off a perfect 100
    severity: str  # "error" | "warning" | "tip"
    fix: str


# One row per finding, in the order findings are reported. The four things that
# make a follow-up worth sending (the decision-maker's name, a moment from the
# conversation, a result, something of value) weigh most; polish weighs least.
# Timing weighs nothing: the score rates the words, and a late letter is still
# worth polishing and sending today, which its own finding says.
RULES: dict[str, Rule] = {
    "vague_subject": Rule(6, "warning", "Name the role or the topic you discussed, e.g. "
                          "“Backend Engineer: an idea for the invoice backlog”."),
    "generic_greeting": Rule(12, "error", "Open with “Dear {name},”: the letter is for the "
                             "person who decides."),
    "missing_name": Rule(10, "error", "Start with “Dear {name},” on its own line."),
    "misspelled_name": Rule(15, "error", "Write “{name}” exactly as they spell it; check "
                            "their email signature."),
    "too_short": Rule(15, "error", "Aim for 75-200 words: a sentence each for the moment you "
                      "recall, your result and your idea."),
    "too_long": Rule(20, "error", "Cut to under 200 words: keep one result and one idea."),
    "long": Rule(5, "warning", "Trim to 200 words or fewer: drop a sentence that repeats your CV."),
    "no_specific_reference": Rule(20, "error", "Recall a moment, e.g. “When you mentioned the "
                                  "two-day invoice backlog, ...”, so they remember you."),
    "no_skill_reminder": Rule(15, "warning", "Add one concrete result, ideally with a number: "
                              "“At Acme I cut month-end close from 6 days to 3.”"),
    "no_value_offer": Rule(20, "error", "Offer one idea for a problem they mentioned and say "
                           "what it saves or earns: time, money, errors."),
    "no_question": Rule(6, "warning", "Ask one real question about their problem, e.g. “Is "
                        "the backlog worst at month-end?”"),
    "no_next_step": Rule(10, "warning", "Invite the next step: “Would you be open to a "
                         "20-minute call to walk through the idea?”"),
    "generic_phrases": Rule(12, "warning", "Replace each with something only you could say: "
                            "a fact from the interview, a result, an idea."),
    "spelling": Rule(4, "warning", "Correct them; spell names and products the way their "
                     "owners do."),
    "hard_to_read": Rule(6, "warning", "Split long sentences and prefer plain words; aim for "
                         "under 25 words a sentence."),
    "too_similar": Rule(10, "warning", "Interviewers compare notes: recall what this person "
                        "asked and offer them their own idea."),
    "late": Rule(0, "warning", "Send it today anyway: a late, specific letter beats none."),
    "send_soon": Rule(0, "tip", "Fix the errors, then send it now: good enough today beats "
                      "perfect tomorrow."),
}  # fmt: skip
RULE_ORDER = {code: i for i, code in enumerate(RULES)}

MIN_WORDS = 75
IDEAL_MAX_WORDS = 200
MAX_WORDS = 250
DUE_WITHIN = timedelta(hours=24)
SEND_SOON_WITHIN = timedelta(hours=4)
# Over ~35 words a sentence needs a second reading. Flesch reading ease under 40
# reads like a report, not a note read between meetings; plain business letters
# (all our samples) score 50-95.
MAX_SENTENCE_WORDS = 35
MIN_READING_EASE = 40.0
# Word-trigram Jaccard of 0.5 means about two thirds of a letter is word-for-word
# the same as the other (J = f / (2 - f) for a shared fraction f). Reusing one
# paragraph about your results stays well below it; swapping only the name and a
# sentence lands above 0.8.
SIMILARITY_THRESHOLD = 0.5


@dataclass(frozen=True)
class Finding:
    code: str
    message: str
    fix: str
    severity: str  # "error" | "warning" | "tip"


@dataclass(frozen=True)
class Report:
    score: int
    word_count: int
    findings: tuple[Finding, ...]

    def as_dict(self) -> dict:
        return {
            "score": self.score,
            "word_count": self.word_count,
            "findings": [
                {"code": f.code, "message": f.message, "fix": f.fix} for f in self.findings
            ],
        }


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)


WORD_RE = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
TOKEN_RE = re.compile(r"[\w'’]+")
URL_OR_EMAIL_RE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\S+")
SENTENCE_END_RE = re.compile(r"(?<=[.!?])[\"'”’)]*\s+")
ABBREVIATION_END_RE = re.compile(
    r"\b(?:mr|mrs|ms|mx|dr|prof|st|mt|jr|sr|inc|ltd|co|corp|vs|etc|approx|no|e\.g|i\.e)\.$",
    re.IGNORECASE,
)
SIGN_OFF_RE = re.compile(
    r"^\s*(?:(?:best|kind|warm|warmest|many|with)?\s*(?:regards|wishes|thanks)|best|sincerely"
    r"|cheers|thank you|all the best|yours(?: sincerely| truly)?|respectfully)\s*[,.!]?\s*$",
    re.IGNORECASE,
)
SUBJECT_LINE_RE = re.compile(r"^\s*subject\s*:\s*(.*)$", re.IGNORECASE)

GREETING_RE = re.compile(
    r"^\s*(?:dear|hi|hello|hey|greetings|good (?:morning|afternoon|evening))\b[\s,]*"
    r"(?P<name>(?:(?:mr|mrs|ms|mx|dr|prof)\.\s*)?[^,:;!.?\n—–]*?)(?=\s+-\s|[,:;!.?\n—–]|$)",
    re.IGNORECASE,
)
BARE_NAME_GREETING_RE = re.compile(
    r"^\s*(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*,\s*$"
)
PREFIXES = {"mis", "pre", "re", "co", "non", "un", "sub", "multi", "anti", "semi", "mid", "post",
            "cross", "inter", "over", "under", "self", "ex", "e"}  # fmt: skip
BRITISH_TO_AMERICAN = [
    (r"is(e|es|ed|ing|ation|ations)$", r"iz\1"),  # organised
    (r"our", "or"),  # colour, behaviour
    (r"tre(s?)$", r"ter\1"),  # centre
    (r"yse(s|d)?$", r"yze\1"),  # analyse
    (r"ll(ed|ing|er)$", r"l\1"),  # travelled
    (r"ogue(s?)$", r"og\1"),  # catalogue
    (r"ence$", "ense"),  # licence
]
TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor"}
NOT_NAMES = {"and", "or", "the", "of", "to", "it", "may", "all", "again", "there"}
GENERIC_ADDRESSEES = {
    "sir", "sirs", "madam", "whom", "concern", "hiring", "manager", "managers", "team",
    "all", "everyone", "everybody", "there", "recruiter", "recruiters", "recruiting",
    "recruitment", "committee", "panel", "folks", "colleagues", "friends", "hr", "human",
    "resources", "talent", "acquisition", "interviewer", "interviewers", "guys", "y'all",
}  # fmt: skip

GENERIC_SUBJECT_WORDS = {
    "thank", "thanks", "you", "follow", "up", "following", "followup", "follow-up", "interview",
    "interviewing", "our", "my", "the", "today", "yesterday", "todays", "today's", "meeting",
    "conversation", "call", "chat", "quick", "note", "just", "checking", "in", "application",
    "position", "role", "job", "for", "a", "re", "fw", "fwd", "from", "after", "your", "time",
    "touching", "base", "hello", "hi", "again", "update", "regarding", "about", "on", "of",
    "and", "with", "me", "candidate", "opportunity", "great", "it", "was", "nice", "chatting",
    "talking", "speaking", "connecting", "lovely", "wonderful", "pleasure",
}  # fmt: skip

STOPWORDS = {
    "about", "above", "after", "again", "also", "among", "because", "been", "before", "being",
    "both", "could", "does", "doing", "done", "down", "during", "each", "even", "ever", "every",
    "from", "further", "have", "having", "here", "into", "just", "like", "made", "make",
    "many", "more", "most", "much", "must", "only", "other", "ours", "over", "same", "should",
    "some", "still", "such", "than", "that", "their", "theirs", "them", "then", "there",
    "these", "they", "thing", "things", "this", "those", "through", "very", "want", "well",
    "were", "what", "when", "where", "which", "while", "will", "with", "would", "your",
    "yours", "you're", "we're", "it's", "i've", "i'm", "i'd", "said", "mentioned", "discussed",
    "talked", "spoke", "shared", "described", "explained", "noted", "asked", "told",
    "enjoyed", "really", "truly", "learning", "hearing", "talking", "conversation",
    "discussion", "interview", "role", "position", "company", "team", "teams", "opportunity",
    "organization", "today", "yesterday", "time", "work", "working", "exciting", "excited",
    "great", "wonderful", "amazing", "interesting", "culture", "mission", "vision", "values",
    "future", "everything", "people", "meeting", "speaking", "chat", "call", "learn",
    "glad", "happy", "thank", "thanks", "chance", "getting", "know", "pleasure", "today's",
    "goals", "plans", "journey", "environment", "firm", "business", "department", "year",
    "years", "week", "awesome", "building", "growth", "products", "product", "services",
}  # fmt: skip

REFERENCE_RE = _words(
    r"when (?:we|you) (?:discussed|talked|spoke|were discussing|walked me through|described"
    r"|mentioned|explained|showed|asked|said)"
    r"|you (?:mentioned|said|noted|described|explained|shared|pointed out|raised|brought up"
    r"|asked|told me|walked me through|showed me|were describing)"
    r"|(?:our|the) (?:conversation|discussion|chat|talk|exchange) (?:about|on|around|regarding|of)"
    r"|(?:we|you and i) (?:discussed|talked about|spoke about|touched on|covered|dug into)"
    r"|I (?:enjoyed|loved|appreciated|liked) (?:hearing|learning|talking|discussing|digging)"
    r"|your (?:point|question|comment|story|example|description|explanation|remark) "
    r"(?:about|on|that|of|regarding)"
    r"|the (?:challenge|problem|issue|bottleneck|goal|project|question)s? (?:you|that you)"
    r"|(?:open|candid|frank|honest) (?:\w+ ){0,2}about|I (?:appreciated|enjoyed|loved|valued) "
    r"(?:how|your|the way)|for (?:explaining|sharing|describing|walking me through"
    r"|showing me)|stuck with me|stood out|struck me|caught my (?:attention|eye)|made me think"
    r"|kept thinking about|I've been thinking about|since we spoke"
)
ACHIEVEMENT_RE = _words(
    r"(?:I|we|my team)(?:'ve|’ve| have| had)?(?: \w+)? (?:led|built|reduced|grew|cut|increased"
    r"|launched|shipped|designed|managed|migrated|automated|saved|scaled|improved|delivered"
    r"|created|implemented|negotiated|closed|drove|doubled|tripled|halved|redesigned|rebuilt"
    r"|ran|trained|hired|mentored|wrote|introduced|rolled out|set up|streamlined|lowered"
    r"|raised|boosted|generated|won|owned|founded|restructured|consolidated|replaced"
    r"|optimized|optimised|developed|resolved|recovered|secured|expanded|brought|turned|took"
    r"|moved|got|coordinated|organized|organised|planned|oversaw|supervised|established"
    r"|achieved|kept|maintained|sold|put in place)"
)
EXPERIENCE_RE = _words(
    r"my (?:experience|background|track record|years|time) (?:with|in|at|on|leading|building"
    r"|running|managing|as)"
)
METRIC_RE = re.compile(
    r"[$€£]\s?\d|\bfrom \S+ to \d|\bby (?:half|a third|a quarter|\d)|\b(?:twice|double|triple)\b"
    r"|\d\+|\bzero\b"
    r"|\b(?:\d+(?:[.,]\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
    r"|thirty|forty|fifty|hundred|hundreds|thousands)"
    r"\s*(?:%|percent\b|x\b|k\b|m\b|million\b|quarters?\b|in a row\b"
    r"|thousand\b|hours?\b|minutes?\b|seconds?\b"
    r"|days?\b|weeks?\b|months?\b|people\b|engineers\b|customers\b|clients\b|users\b"
    r"|accounts\b|stores\b|countries\b|tickets\b|services\b|reps\b|nurses\b|students\b"
    r"|events\b|projects\b|sites\b|shifts\b|locations\b|patients\b|orders\b|shipments\b"
    r"|deals\b|seasons\b|teams\b|markets\b|products\b|releases\b|schools\b|classes\b"
    r"|employees\b|staff\b|agents\b|vendors\b|suppliers\b|hires\b|calls\b|members\b)",
    re.IGNORECASE,
)
AT_COMPANY_RE = re.compile(
    r"\b[Aa]t [A-Z][\w&'’-]+|\b(?:my|this) (?:last|current|previous|former|old) "
    r"(?:role|job|position|team|company|department)"
)
FIRST_PERSON_RE = _words(r"I|I'd|I've|I'm|my|we|our")
YOU_RE = _words(r"you|your")
OFFER_RE = _words(
    r"ideas?|suggest\w*|propos\w*|solutions?|approach|plan|sketch\w*|outlin\w*|put together"
    r"|attached|what if|one way|recommend\w*|pilot|quick win|prototype|experiment|thought"
    r"|(?:you|we) (?:could|might) (?:try|test|start)|worth (?:trying|testing)|consider"
    r"|(?:could|can) be (?:tried|tested|piloted)|costs? nothing|at (?:almost |nearly )?no cost"
)
# "should lift sales": a growth verb counts when it names what grows.
GROWTH_RE = _words(
    r"(?:could|would|might|should|will) (?:\w+ ){0,2}(?:lift|raise|boost|increase|grow|improve"
    r"|protect|double)"
)
GAIN_RE = _words(
    r"(?:could|would|might|can|will|should) (?:\w+ ){0,2}(?:save|cut|reduce|shorten|halve"
    r"|eliminate|automate|speed up|free up|lower|pay for (?:itself|the))"
)
BENEFIT_RE = _words(
    r"efficien\w*|profit\w*|revenue|costs?|costly|sav(?:e|es|ed|ing|ings)"
    r"|faster|quicker|speed\w*|reduc\w*|cut\w*|lower\w*|churn|conversions?|margins?|budget"
    r"|money|spend\w*|throughput|errors?|mistakes?|risks?|retention|backlog|bottlenecks?"
    r"|delays?|waste|manual|problem|challenge|pain|cheaper|roi|sales|leads|downtime|outages?"
    r"|incidents?|tickets?|complaints?|fewer|no-shows?|halv\w*|wait\w*|refunds?|penalt\w*"
    r"|recover\w*|overbill\w*|pay for"
)
NEXT_STEP_RE = _words(
    r"walk you through|would you be (?:open|available|free|interested)|are you (?:open|available"
    r"|free)|next conversation|(?:I'd|I’d|I would) (?:welcome|love|be glad|be happy) (?:the chance"
    r"|a chance|to (?:show|walk|share|send|present|demo|go through|set up|sketch))"
    r"|(?:could|can|shall) we (?:schedule|set up|find|book|meet|talk|chat)"
    r"|(?:schedule|set up|book) (?:a|some) (?:\w+ )?(?:call|time|meeting|chat)|\d+[- ]minute"
    r"|(?:happy|glad) to (?:share|send|show|walk|present|demo|talk|discuss|go over"
    r"|put together|bring|sketch)"
    r"|does (?:monday|tuesday|wednesday|thursday|friday|next week|this week)"
    r"|(?:continue|pick up) (?:the|our) conversation|(?:shall|should) I send|would it help if I"
    r"|(?:I can|I could|I'll|I will) (?:send|share|show|sketch|put together|draft|walk|bring "
    r"(?:it|them|the \w+|a (?:draft|sketch|plan|copy|template)))|when we (?:meet|speak|talk) "
    r"(?:again|next)|meet again"
)
# Product-specific clichés; proselint adds its clichés, corporate speak and hedging.
GENERIC_PHRASES_RE = _words(
    r"thank you (?:again )?for (?:your time|taking the time|the opportunity|considering)"
    r"|thanks for your time|(?:I )?look(?:ing)? forward to hearing (?:from you|back)"
    r"|(?:great|perfect|good|strong|ideal) fit|ideal candidate|team player|passionate"
    r"|hard[- ]?working|self[- ]starter|go[- ]getter|detail[- ]oriented|results[- ]driven"
    r"|hit the ground running|synergy|synergies|add value|value[- ]add|fast[- ]paced"
    r"|wear many hats|touch base|circle back|strong work ethic|(?:please )?do(?:n't| not) "
    r"hesitate|reiterate my (?:strong )?interest|remain (?:very )?(?:interested|excited)"
    r"|excited about the opportunity|thrilled|rock ?star|ninja|think outside the box"
    r"|(?:hope|trust) this (?:email|message|note) finds you well|above and beyond"
)
PROSELINT_CHECK_PREFIXES = ("cliches", "industrial_language", "hedging")

# Words pyspellchecker's English dictionary lacks but job seekers write every day.
_JOB_TERMS_TEXT = """
3pl actuals adtech ae analytics api apis arr aws b2b b2c backend backlog backlogs bi cac capex
ceo cfo chargeback chargebacks ci cicd cmo codebase coo crm cross-sell csat cto dashboards
datadog dataset datasets dbt devops django dockerized ebitda ecommerce edtech ehr erp etl evp
figma fintech frontend fullstack gcp gdpr github gitlab go-to-market golang grafana gtm
healthtech hipaa hr hris hubspot insurtech ios iso javascript jira kanban kotlin kpi kpis
kubernetes lakehouse linkedin logins looker ltv martech maths microservice microservices mlops
mrr mysql nodejs nosql nps offboarding okr okrs omnichannel onboarded onboarding oncall opex
pagerduty pm pms pnl postgres postgresql ppc proptech qa redis refactor refactored refactoring
regtech repo repos reskilling rfp rfps roadmap roadmaps roi runbook runbooks saas salesforce
scalability sdr sdrs seo serverless shopify sku skus sla slack slas snowflake sql sre
stakeholder stakeholders standup standups svp tableau telehealth terraform tpm tpms typescript
ui upsell upsells upskilling upsold uptime ux vp wearables webhook webhooks workflow workflows
zendesk
"""
JOB_TERMS = frozenset(_JOB_TERMS_TEXT.split())


def check_letter(
    *,
    subject: str,
    body: str,
    recipient_name: str = "",
    known_names: Iterable[str] = (),
    interview_ended_at: datetime | None = None,
    drafted_at: datetime | None = None,
    now: datetime | None = None,
    other_bodies: Iterable[str] = (),
) -> Report:
    """Rate a follow-up letter and say what to fix.

    ``known_names`` are the people, company and role words of the interview: never
    spelling mistakes, and the names a greeting may misspell. ``other_bodies`` are
    the drafts to the other interviewers of the same interview. The letter is due
    24 hours after ``interview_ended_at``, judged at ``now``; ``drafted_at`` (when
    the draft was last saved) only tells a late letter that was ready in time from
    one written late. Findings come in the order of ``RULES``.
    """
    known_names = tuple(known_names)
    known_words = [w for n in (recipient_name, *known_names) for w in _name_tokens(n)]
    sentences = _sentences(body)
    word_count = len(WORD_RE.findall(body))
    greeting_words, misspelled = _greeting(body, recipient_name, known_names)
    findings = [
        *_check_subject(subject),
        *_check_greeting(greeting_words, misspelled, recipient_name),
        *_check_length(word_count),
        *_check_content(sentences, {_fold(w) for w in known_words}),
        *_check_phrases(body),
        *_check_spelling(subject, body, known_words, {_fold(w) for w in greeting_words or ()}),
        *_check_readability(sentences, word_count),
        *_check_similarity(body, other_bodies),
        *_check_timing(interview_ended_at, drafted_at, now),
    ]
    findings.sort(key=lambda f: RULE_ORDER[f.code])  # already so; one place says it
    penalty = sum(RULES[f.code].weight for f in findings)
    return Report(
        score=max(0, min(100, 100 - penalty)), word_count=word_count, findings=tuple(findings)
    )


def similarity(a: str, b: str) -> float:
    """Share of word trigrams two letters have in common (Jaccard), from 0 to 1."""
    shingles_a, shingles_b = _shingles(a), _shingles(b)
    if not shingles_a or not shingles_b:
        return 0.0
    return len(shingles_a & shingles_b) / len(shingles_a | shingles_b)


def parse_letter_file(text: str) -> tuple[str, str]:
    """Split a text file into (subject, body); the first line may be ``Subject: ...``."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    subject = ""
    if lines and (match := SUBJECT_LINE_RE.match(lines[0])):
        subject, lines = match.group(1).strip(), lines[1:]
    return subject, "\n".join(lines).strip()


# --- the checks ------------------------------------------------------------------


def _finding(code: str, message: str, **fix_args: object) -> Finding:
    rule = RULES[code]
    return Finding(code, message, rule.fix.format(**fix_args), rule.severity)


def _check_subject(subject: str) -> list[Finding]:
    words = {w.lower() for w in TOKEN_RE.findall(subject)}
    if not words:
        return [_finding("vague_subject", "The subject line is empty.")]
    if words <= GENERIC_SUBJECT_WORDS:
        message = f"The subject “{subject.strip()}” could be any candidate's follow-up."
        return [_finding("vague_subject", message)]
    return []


def _greeting(
    body: str, recipient_name: str, known_names: tuple[str, ...]
) -> tuple[list[str] | None, tuple[str, str] | None]:
    """The words naming whom the greeting addresses (None without a greeting) and, if one
    of them is a near miss of a known name, that (wrong, right) pair."""
    first_line = next((line for line in body.splitlines() if line.strip()), "")
    if re.search(r"\bto whom it may concern\b", first_line, re.IGNORECASE):
        return ["whom", "concern"], None
    match = GREETING_RE.match(first_line) or BARE_NAME_GREETING_RE.match(first_line)
    if not match:
        return None, None
    words = [w for w in _name_tokens(match.group("name")) if _fold(w) not in TITLES][:4]
    known = [w for n in (recipient_name, *known_names) for w in _name_tokens(n)]
    for word in words:
        if _fold(word) not in GENERIC_ADDRESSEES | NOT_NAMES and (near := _near_miss(word, known)):
            return words, (word, near)
    return words, None


def _near_miss(word: str, known: list[str]) -> str | None:
    """The known name that ``word`` nearly but not exactly spells: Jon for John."""
    folded = _fold(word)
    # Names are capitalised: "of" in "Bank of America" is no name to misspell.
    candidates = [k for k in known if k[:1].isupper()]
    if any(_fold(k) == folded for k in candidates):
        return None
    for candidate in candidates:
        limit = 1 if len(candidate) <= 5 else 2  # Jon/John; Stephen/Steven
        if _edit_distance(folded, _fold(candidate)) <= limit:
            return candidate
    return None


def _check_greeting(
    words: list[str] | None, misspelled: tuple[str, str] | None, recipient_name: str
) -> list[Finding]:
    if misspelled:
        wrong, right = misspelled
        message = f"The greeting spells the name “{wrong}”; did you mean “{right}”?"
        return [_finding("misspelled_name", message, name=right)]
    name = recipient_name.split()[0] if recipient_name.strip() else "FirstName"
    greeted = {_fold(w) for w in words or ()}
    recipient = {_fold(w) for w in _name_tokens(recipient_name)} - TITLES
    if greeted & GENERIC_ADDRESSEES and not greeted & recipient:
        message = "The greeting addresses nobody in particular."
        return [_finding("generic_greeting", message, name=name)]
    addressed = greeted & recipient if recipient else greeted  # any name will do without one
    if addressed:
        return []
    message = f"The letter doesn't open with {recipient_name or 'the decision-maker'}'s name."
    return [_finding("missing_name", message, name=name)]


def _check_length(word_count: int) -> list[Finding]:
    if word_count < MIN_WORDS:
        message = f"At {word_count} words there is no room for a moment, a result and an idea."
        return [_finding("too_short", message)]
    if word_count > MAX_WORDS:
        return [_finding("too_long", f"At {word_count} words it reads like a second cover letter.")]
    if word_count > IDEAL_MAX_WORDS:
        message = f"At {word_count} words it is a little long for a busy decision-maker."
        return [_finding("long", message)]
    return []


def _check_content(sentences: list[str], known: set[str]) -> list[Finding]:
    findings = []
    # A claim and its backing often sit in two sentences: "One idea: ... . It would
    # save ..."; "At Acme I led ... . Overtime fell 30%."
    pairs = list(zip(sentences, [*sentences[1:], ""], strict=False))  # none for no sentences
    if not any(_recalls_moment(s, known) for s in sentences):
        message = "Nothing recalls a specific moment or topic of your conversation."
        findings.append(_finding("no_specific_reference", message))
    if not any(_reminds_of_result(s, then) for s, then in pairs):
        message = "Nothing reminds them of a skill or result that matters to them."
        findings.append(_finding("no_skill_reminder", message))
    if not any(_offers_value(s, then) for s, then in pairs):
        message = "The letter offers nothing of value: no idea, solution or saving."
        findings.append(_finding("no_value_offer", message))
    if not any(_asks(s) for s in sentences):
        findings.append(_finding("no_question", "The letter asks no question."))
    if not any(NEXT_STEP_RE.search(s) for s in sentences):
        findings.append(_finding("no_next_step", "The letter doesn't invite a next conversation."))
    return findings


def _recalls_moment(sentence: str, known: set[str]) -> bool:
    """A reference phrase ("you mentioned") with at least two telling words around it;
    the company's own name tells nothing ("learning about Acme and its goals")."""
    match = REFERENCE_RE.search(sentence)
    if not match:
        return False
    rest = WORD_RE.findall(sentence[: match.start()] + " " + sentence[match.end() :])
    rest = [re.sub(r"['’]s$", "", w) for w in rest]
    ignored = STOPWORDS | known
    telling = [w for w in rest if w.isdigit() or (len(w) >= 4 and _fold(w) not in ignored)]
    return len(telling) >= 2


def _reminds_of_result(sentence: str, then: str) -> bool:
    """ "My experience with", or a first-person result backed by a number or an employer."""
    if EXPERIENCE_RE.search(sentence):
        return True
    if METRIC_RE.search(sentence) and FIRST_PERSON_RE.search(sentence):
        # "We grew sign-ups 30%" is a result; "you said the team spends 2 days" is not.
        return not YOU_RE.search(sentence)
    backing = f"{sentence} {then}"
    return bool(
        ACHIEVEMENT_RE.search(sentence)
        and (METRIC_RE.search(backing) or AT_COMPANY_RE.search(sentence))
    )


def _offers_value(sentence: str, then: str) -> bool:
    """ "Could save/cut/automate ...", or an idea or proposal tied to a cost or a problem."""
    if GAIN_RE.search(sentence) or (GROWTH_RE.search(sentence) and BENEFIT_RE.search(sentence)):
        return True
    return bool(OFFER_RE.search(sentence) and BENEFIT_RE.search(f"{sentence} {then}"))


def _asks(sentence: str) -> bool:
    return sentence.rstrip("\"'”’) ").endswith("?") and len(WORD_RE.findall(sentence)) >= 3


def _check_phrases(body: str) -> list[Finding]:
    found = {m.start(): m.group(0) for m in GENERIC_PHRASES_RE.finditer(body)}
    padded = f"\n{body}\n"  # as proselint's own LintFile pads it
    for check in _proselint_checks():
        for result in check.check_with_flags(padded):
            start, end = result.span
            found.setdefault(start - 1, padded[start:end].strip())
    phrases: dict[str, str] = {}  # lower case -> as first written
    for _, phrase in sorted(found.items()):
        phrases.setdefault(phrase.lower(), phrase)
    if not phrases:
        return []
    listed = ", ".join(f"“{p}”" for p in list(phrases.values())[:5])
    return [_finding("generic_phrases", f"Stock phrases any candidate could write: {listed}.")]


def _check_spelling(subject: str, body: str, known: list[str], skip: set[str]) -> list[Finding]:
    """Words the dictionary lacks. A capitalised word inside a sentence is taken for a
    proper noun (a former employer, a town) unless it is a near miss of a known name."""
    checker = _spellchecker()
    names = {_fold(w) for w in known} | skip
    suspects: dict[str, tuple[str, str | None]] = {}  # lower case -> (as written, known name)
    for sentence in [subject, *_sentences(_before_signature(body))]:
        sentence = URL_OR_EMAIL_RE.sub(" ", sentence)
        for index, match in enumerate(TOKEN_RE.finditer(sentence)):
            word = re.sub(r"['’]s$", "", match.group()).replace("’", "'").strip("'")
            prefix = sentence[match.end() : match.end() + 1] == "-" and word.lower() in PREFIXES
            if word.lower() in suspects or _fold(word) in names or prefix or _unspellable(word):
                continue
            if _in_dictionary(checker, word.lower()):
                continue
            if not index or not word[0].isupper():
                suspects[word.lower()] = (word, None)
            elif near := _near_miss(word, known):
                suspects[word.lower()] = (word, near)
    if not suspects:
        return []
    listed = ", ".join(
        _with_suggestion(word, near or checker.correction(word.lower()))
        for word, near in list(suspects.values())[:8]
    )
    return [_finding("spelling", f"Possible spelling mistakes: {listed}.")]


def _with_suggestion(word: str, suggestion: str | None) -> str:
    return f"{word} ({suggestion}?)" if suggestion and suggestion != word.lower() else word


def _unspellable(word: str) -> bool:
    """Too short, a code or number, an acronym, or CamelCase like HubSpot."""
    return (
        len(word) < 2
        or any(c.isdigit() or c == "_" for c in word)
        or word.isupper()
        or any(c.isupper() for c in word[1:])
    )


def _in_dictionary(checker: SpellChecker, word: str) -> bool:
    # The dictionary is American and lacks many prefixed words: accept "organised"
    # for "organized" and "overbill" for "over" + "bill".
    variants = {word, *(re.sub(old, new, word) for old, new in BRITISH_TO_AMERICAN)}
    variants |= {word[len(p) :] for p in PREFIXES if len(p) > 1 and word.startswith(p)}
    variants.discard(word)
    return not checker.unknown([word]) or any(
        len(v) > 3 and not checker.unknown([v]) for v in variants
    )


def _before_signature(body: str) -> str:
    """The body up to the sign-off ("Best regards,"): the name under it is no word to check."""
    lines = body.splitlines()
    for i, line in enumerate(lines):
        if i and SIGN_OFF_RE.match(line):
            return "\n".join(lines[: i + 1])
    return body


def _check_readability(sentences: list[str], word_count: int) -> list[Finding]:
    lengths = [len(WORD_RE.findall(s)) for s in sentences]
    longest = max(lengths, default=0)
    if longest > MAX_SENTENCE_WORDS:
        start = " ".join(sentences[lengths.index(longest)].split()[:6])
        message = f"The sentence starting “{start} ...” runs to {longest} words."
        return [_finding("hard_to_read", message)]
    ease = _reading_ease(sentences)
    if word_count >= 40 and ease < MIN_READING_EASE:
        message = f"The letter is dense: Flesch reading ease {ease:.0f}, where 50+ reads easily."
        return [_finding("hard_to_read", message)]
    return []


def _check_similarity(body: str, other_bodies: Iterable[str]) -> list[Finding]:
    closest = max((similarity(body, other) for other in other_bodies), default=0.0)
    if closest < SIMILARITY_THRESHOLD:
        return []
    message = f"This draft repeats {closest:.0%} of another draft for the same interview."
    return [_finding("too_similar", message)]


def _check_timing(
    interview_ended_at: datetime | None, drafted_at: datetime | None, now: datetime | None
) -> list[Finding]:
    if interview_ended_at is None:
        return []
    now = now or datetime.now(UTC)
    if any(t is not None and t.tzinfo is None for t in (interview_ended_at, drafted_at, now)):
        raise ValueError("check_letter needs timezone-aware datetimes.")
    due = interview_ended_at + DUE_WITHIN
    if now > due:
        ready = ", though this draft was ready in time" if drafted_at and drafted_at <= due else ""
        message = f"The 24 hours after the interview ran out {_ago(now - due)} ago{ready}."
        return [_finding("late", message)]
    if due - now < SEND_SOON_WITHIN:
        minutes = int((due - now) / timedelta(minutes=1))
        message = f"Only {minutes // 60} h {minutes % 60:02d} min left of the 24 hours."
        return [_finding("send_soon", message)]
    return []


def _ago(delta: timedelta) -> str:
    hours = int(delta / timedelta(hours=1))
    return "less than an hour" if hours < 1 else f"{hours} hour{'s' if hours > 1 else ''}"


# --- helpers --------------------------------------------------------------------


@cache
def _spellchecker() -> SpellChecker:
    # Loaded once (~0.2 s). Per-letter names are skipped, never taught: teaching
    # the shared dictionary would make one user's result depend on another's.
    checker = SpellChecker(distance=1)  # distance 2 suggestions cost ~50 ms per long word
    checker.word_frequency.load_words(JOB_TERMS)
    return checker


@cache
def _proselint_checks() -> tuple:
    # Imported late: proselint builds all its checks on import (~0.1 s).
    from proselint.checks import __register__

    return tuple(c for c in __register__ if c.path.startswith(PROSELINT_CHECK_PREFIXES))


def _sentences(body: str) -> list[str]:
    """Lines split at . ! ? (a greeting or a sign-off is a sentence of its own)."""
    sentences = []
    for line in body.splitlines():
        pieces = [p.strip() for p in SENTENCE_END_RE.split(line) if p.strip()]
        for i, piece in enumerate(pieces):
            if i and ABBREVIATION_END_RE.search(pieces[i - 1]):
                sentences[-1] = f"{sentences[-1]} {piece}"  # "at St. Anne's" goes on
            else:
                sentences.append(piece)
    return sentences


def _name_tokens(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", text or "")


def _fold(word: str) -> str:
    """Lower case without accents, so “José” and “jose” compare equal."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance counting a swap of neighbours as one edit (“Jonh” → “John”)."""
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            row.append(min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (ca != cb)))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def _reading_ease(sentences: list[str]) -> float:
    """Flesch reading ease: 206.835 - 1.015 words/sentence - 84.6 syllables/word."""
    words = [w for s in sentences for w in WORD_RE.findall(s)]
    if not words:
        return 100.0
    syllables = sum(_syllables(w) for w in words)
    return 206.835 - 1.015 * len(words) / len(sentences) - 84.6 * syllables / len(words)


def _syllables(word: str) -> int:
    """Vowel groups, less a silent final e: right for most English words, cheap for all."""
    word = word.lower()
    count = len(re.findall(r"[aeiouy]+", word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    return max(1, count)


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = [w.lower() for w in WORD_RE.findall(text)]
    size = 3 if len(words) >= 3 else 1
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}
