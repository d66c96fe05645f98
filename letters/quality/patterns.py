"""The checker's regular expressions and word lists: what a greeting, a recalled moment,
a result, an offer, a next step or a stock phrase looks like in a follow-up letter."""

from __future__ import annotations

import re


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
