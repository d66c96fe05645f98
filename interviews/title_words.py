"""The words the title reader knows, by what they tell it.

Lists, not patterns: the reader looks each word up once. Add a word where it
belongs and a row to tests/interviews/test_calendar_titles.py that needs it.
"""

WRAPPERS = (
    "updated invitation with note:", "updated invitation:", "invitation with note:",
    "invitation:", "new event:", "updated event:", "fw:", "fwd:", "re:", "accepted:",
    "tentatively accepted:", "tentative:", "declined:", "canceled:", "cancelled:",
    "rescheduled:", "updated:", "reminder:",
)  # fmt: skip
WEEKDAYS = frozenset({"mon", "tue", "wed", "thu", "fri", "sat", "sun"})
GLUED = (("|", " | "), ("<>", " <> "), ("–", " – "), ("—", " — "), ("·", " · "), ("•", " • "))

# Nouns that name the meeting, not who or what: "Final round", "Recruiter screen".
EVENT_NOUNS = frozenset({
    "interview", "interviews", "call", "screen", "screening", "chat", "meeting", "round",
    "loop", "session", "conversation", "discussion", "debrief", "review", "sync", "catch-up",
    "intro", "introduction", "onsite", "on-site", "visit", "assessment", "presentation",
    "coffee", "lunch", "breakfast", "dinner", "meet", "interviewing", "follow-up",
})  # fmt: skip
# Words that describe such a meeting when they come before one of those nouns.
MODIFIERS = frozenset({
    "final", "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "initial",
    "last", "next", "technical", "tech", "phone", "video", "zoom", "teams", "virtual",
    "remote", "in-person", "onsite", "on-site", "panel", "culture", "fit", "behavioral",
    "behavioural", "coding", "case", "portfolio", "recruiter", "recruiting", "hr", "team",
    "peer", "informational", "exploratory", "minute", "minutes", "min", "mins", "hour",
    "quick", "intro", "introductory", "follow-up", "group", "skype", "google", "microsoft",
    "values", "leadership", "take-home", "interview", "screening", "job",
})  # fmt: skip
MODIFIER_PAIRS = frozenset({("hiring", "manager"), ("system", "design"), ("take", "home")})
# An aside that says who decides ("Priya Shah (Hiring Manager)"), never the role applied for.
DECIDERS = frozenset(
    {"hiring manager", "decision maker", "the hiring manager", "the decision maker"}
)
# Words left over from a role or a sentence: "Backend Developer position",
# "Your interview with Globex is confirmed".
FILLERS = frozenset({
    "position", "role", "opening", "vacancy", "job", "opportunity", "confirmed",
    "scheduled", "rescheduled", "booked", "is", "has", "been", "was", "now",
})  # fmt: skip
# Tools whose names open a title ("Workday: …", "Zoom meeting: …") but never hire.
TOOLS = frozenset({
    "zoom", "teams", "microsoft", "google", "meet", "webex", "workday", "greenhouse",
    "lever", "ashby", "calendly", "goodtime", "gem", "icims", "smartrecruiters", "skype",
})  # fmt: skip
# The head nouns of job titles, across trades.
JOB_NOUNS = frozenset({
    "engineer", "developer", "programmer", "manager", "analyst", "designer", "scientist",
    "nurse", "teacher", "accountant", "technician", "associate", "specialist",
    "coordinator", "director", "lead", "architect", "consultant", "administrator",
    "assistant", "writer", "editor", "officer", "representative", "rep", "supervisor",
    "electrician", "plumber", "carpenter", "welder", "mechanic", "driver", "clerk",
    "cashier", "intern", "apprentice", "recruiter", "sourcer", "vp", "head", "chief",
    "president", "founder", "cto", "ceo", "cfo", "coo", "cio", "principal", "counsel",
    "attorney", "lawyer", "paralegal", "pharmacist", "physician", "doctor", "therapist",
    "dentist", "hygienist", "aide", "caregiver", "tutor", "instructor", "professor",
    "lecturer", "librarian", "researcher", "strategist", "marketer", "buyer", "planner",
    "scheduler", "dispatcher", "operator", "foreman", "superintendent", "estimator",
    "inspector", "auditor", "bookkeeper", "controller", "treasurer", "actuary",
    "underwriter", "banker", "teller", "advisor", "adviser", "agent", "broker", "chef",
    "cook", "bartender", "barista", "housekeeper", "janitor", "custodian", "guard",
    "firefighter", "paramedic", "emt", "surgeon", "midwife", "rn", "lpn", "cna", "sre",
    "sdet", "qa", "tester", "steward", "stewardess", "picker", "packer", "loader",
    "clinician", "counselor", "counsellor", "psychologist", "worker", "laborer",
    "labourer", "machinist", "fabricator", "installer", "painter", "roofer",
    "landscaper", "photographer", "animator", "illustrator", "producer", "journalist",
    "reporter", "translator", "interpreter", "fellow", "trainee", "generalist",
    "secretary", "receptionist", "concierge", "waiter", "waitress", "stocker",
    "merchandiser", "owner", "partner", "executive", "professional", "expert",
})  # fmt: skip
# Words that end a company's name; they win over a job noun ("Sales Associates Inc").
COMPANY_WORDS = frozenset({
    "inc", "corp", "corporation", "llc", "ltd", "limited", "gmbh", "ag", "plc", "co",
    "company", "group", "holdings", "labs", "logistics", "health", "healthcare",
    "hospital", "clinic", "bank", "university", "college", "school", "district",
    "systems", "technologies", "solutions", "capital", "ventures", "studios",
    "industries", "electric", "foods", "motors", "pharma", "insurance", "consulting",
    "agency", "media", "networks", "software", "traders", "trading", "partners",
})  # fmt: skip
SEPARATORS = {
    "-": "-", "–": "-", "—": "-", "|": "-", "/": "-", ":": "-", "·": "-", "•": "-", "~": "-",
    "<>": "party", "x": "party", "×": "party", "&lt;&gt;": "party",
    "@": "at", "at": "at", "with": "with", "for": "for", "between": "between",
}  # fmt: skip
