"""The checker's word lists. No regular expression here runs over a whole letter: the
checks work on tokens (see ``text.tokens``), so their cost grows linearly with the text.

The lists describe *kinds* of words (units, offer verbs, buzzwords), not phrases a
letter must contain: a letter earns its points by what it names, not by its wording.
"""

from __future__ import annotations

import re


def word_set(text: str) -> frozenset[str]:
    """The words of ``text``, space-separated, as a set to look words up in."""
    return frozenset(text.split())


def _phrases(text: str) -> tuple[tuple[str, ...], ...]:
    """One phrase a line, as token tuples (the same tokens ``text.tokens`` makes)."""
    from letters.quality.text import tokens

    return tuple(tuple(tokens(line)) for line in text.strip().splitlines() if line.strip())


# Anchored at the start of a short line only; one quantifier per group.
SUBJECT_LINE_RE = re.compile(r"subject\s*:", re.IGNORECASE)

# A full stop after these never ends a sentence ("Dr. Park", "St. Brigid's").
TITLE_ABBREVIATIONS = word_set("mr mrs ms mx dr prof st mt jr sr")
# Ranks and titles written before a name: "Capt. Dubois", "Sgt. Okafor", "Cllr. Doyle".
RANK_ABBREVIATIONS = word_set("capt cpt sgt lt col gen cpl insp supt rev fr hon cllr engr arch")
ABBREVIATIONS = TITLE_ABBREVIATIONS | word_set("inc ltd co corp vs etc approx no e.g i.e a.m p.m")
# "Co. Cavan": Ireland's counties, some of them English words ("Co. Cork", "Co. Down").
IRISH_COUNTIES = word_set(
    "antrim armagh carlow cavan clare cork derry donegal down dublin fermanagh galway "
    "kerry kildare kilkenny laois leitrim limerick londonderry longford louth mayo meath "
    "monaghan offaly roscommon sligo tipperary tyrone waterford westmeath wexford wicklow"
)
# French titles too: "Madame Isabelle Gagnon" is greeted "Dear Madame Gagnon".
TITLES = word_set("mr mrs ms miss mx dr prof professor madame mme monsieur mlle")
# Ranks a trade greets people by, without their name ("Hi Chef,", "Dear Captain,").
RANKS = word_set(
    "chef captain chief coach doctor sergeant sarge lieutenant officer sister matron "
    "professor judge commander skipper sgt capt lt major father pastor rev reverend "
    # police, fire, military: "Dear Inspector Byrne", "Dear Superintendent Okafor"
    "inspector insp superintendent supt constable detective commissioner sheriff trooper "
    "colonel brigadier corporal admiral commandant marshal cmdr"
    # Nigeria and Ghana: "Dear Engr. Adebayo"; councils: "Dear Cllr Doyle"
    " engr engineer cllr councillor"
    # job titles a post holder is greeted by: "Dear Postmaster Alvarez", "Dear Principal Mensah"
    " postmaster postmistress principal headmaster headmistress headteacher warden mayor"
    " rabbi imam"
    # Malta's architects and civil engineers: "Dear Perit Camilleri"
    " perit"
)
# A name that starts with either is greeted with it: "Dear Chef Bellini", "Dear Dr. Patel".
NAME_TITLES = TITLES | RANKS
NOT_NAMES = word_set("and or the of to it may all again there")
GENERIC_ADDRESSEES = word_set(
    "sir sirs madam whom concern hiring manager managers team all everyone everybody there "
    "recruiter recruiters recruiting recruitment committee panel folks colleagues friends hr "
    "human resources talent acquisition interviewer interviewers guys y'all"
)
GREETING_WORDS = word_set("dear hi hello hey greetings good morning afternoon evening")
SIGN_OFFS = word_set(
    "regards|best regards|kind regards|warm regards|warmest regards|many thanks|thanks"
    "|best wishes|with thanks|best|sincerely|yours sincerely|yours truly|yours|cheers"
    "|thank you|thank you so much|all the best|respectfully|with kind regards|thanks again"
    "|with gratitude|gratefully|warmly|warm wishes|with appreciation|with thanks and regards"
    "|respectfully yours|cordially|take care|all best|thanks so much|many thanks again".replace(
        " ", "_"
    ).replace("|", " ")
)

GENERIC_SUBJECT_WORDS = word_set(
    "thank thanks you follow up following followup follow-up interview interviewing our my "
    "the today yesterday todays today's meeting conversation call chat quick note just "
    "checking in application position role job for a re fw fwd from after your time touching "
    "base hello hi again update regarding about on of and with me candidate opportunity great "
    "it was nice chatting talking speaking connecting lovely wonderful pleasure some more "
    "thoughts please consider"
)

# Words that carry no content of their own: grammar, politeness, interview small talk.
STOPWORDS = word_set(
    "a an the and or but nor so yet if then than that this these those there here it its "
    "i me my mine we us our ours you your yours he him his she her they them their theirs "
    "is am are was were be been being do does did done have has had having will would "
    "shall should can could may might must not no yes to of in on at by for from with "
    "about into onto over under after before during until since while as up down out off "
    "again also just only even very really quite much many more most some any each every "
    "all both few other same such own too well still already always never ever often soon "
    "what which who whom whose when where why how whether because though although however "
    "thank thanks thankful grateful appreciate appreciated enjoyed enjoy loved love liked "
    "like glad happy pleased pleasure great good nice lovely wonderful amazing awesome "
    "exciting excited interesting interested hope hoping hear hearing forward look looking "
    "meet met meeting meetings talk talked talking spoke speaking chat chatting conversation "
    "discussion discussed discuss interview interviews interviewed today yesterday tomorrow "
    "time times week day chance opportunity role position job company team teams firm "
    "know learn learned learning think thinking thought mind stayed stuck kept keep came "
    "come coming get got getting make made making take took taking give gave go going went "
    "want wanted need needed say said tell told mentioned explained described shared asked "
    "let way something anything everything nothing thing things lot bit part sure "
    "again once ago last next first second new old whole able back around across "
    "please dear hi hello hey best regards kind sincerely cheers yours "
    "one two"
)

# Benefit claims: the words a letter uses to promise value. A sentence made of these
# and nothing concrete is a hollow claim, and these words never make a sentence concrete.
BUZZWORDS = word_set(
    "efficiency efficient efficiencies efficiently productivity productive profit profits "
    "profitability profitable revenue revenues cost costs costly saving savings save saves "
    "saved money budget budgets value values valuable roi growth grow growing scale "
    "scalability scalable streamline streamlined streamlining streamlines optimize optimise "
    "optimized optimised optimizing optimising optimization optimisation maximize maximise "
    "maximizing maximising minimize minimise minimizing boost boosting boosted increase "
    "increased increasing decrease reduce reduced reducing reduction improve improved "
    "improving improvement improvements enhance enhanced enhancing deliver delivered "
    "delivering drive driving drove leverage leveraging leveraged synergy synergies "
    "innovative innovation transformational transformation strategic strategy excellence "
    "operational operations process processes solution solutions results result outcomes "
    "outcome performance engagement impact impactful win-win best-in-class world-class "
    "best practices practice proven track record data-driven results-oriented "
    "results-driven customer-centric holistic holistically seamless seamlessly robust "
    "dynamic agile paradigm bandwidth alignment aligned stakeholder stakeholders "
    "shareholder satisfaction waste workload workflow workflows productivity challenges "
    "challenge problems problem issues issue needs goals objectives success successful "
    "significant significantly substantial across board industry sector multiple various "
    "overall add adds added cut cuts cutting money-saving time-saving faster better more "
    "idea ideas approach approaches help helps helping ensure achieve achieving potential "
    "opportunities organization organisation business businesses competitive edge "
    "bottom line function functions brand brands journey future vision markets market "
    "customer-centricity centricity mindset execution next-level game-changer game-changing "
    "transform transforming revolutionize revolutionise skyrocket supercharge unlock "
    "exponential exponentially"
)

# The benefit a claim promises. A sentence with one of these and nothing concrete is a
# hollow claim ("One idea could save your team time and money").
CLAIMS = word_set(
    "efficiency efficient efficiencies productivity productive profit profits profitability "
    "profitable revenue revenues cost costs costly saving savings save saves money roi "
    "growth scalability streamline streamlined streamlining streamlines optimize optimise "
    "optimized optimised optimizing optimising maximize maximise maximizing maximising "
    "minimize minimise minimizing boost boosting boosted increase increasing reduce "
    "reducing reduction improve improving enhance enhancing synergy synergies "
    "value value-add win-win throughput transform transforming revolutionize revolutionise "
    "skyrocket supercharge unlock exponential exponentially"
)

# The nouns a job title ends in ("the Data Analyst role", "a Sous Chef"): the wrong role
# named (``facts``), and a title that is no claim ("the revenue analyst job", ``substance``).
JOB_HEADS = word_set(
    "nurse engineer manager accountant electrician teacher supervisor analyst developer "
    "designer technician director officer coordinator specialist assistant associate "
    "apprentice plumber carpenter welder mechanic driver chef cook clerk administrator "
    "consultant representative rep executive scientist therapist pharmacist paramedic "
    "bookkeeper controller auditor architect lead planner buyer marketer recruiter "
    "receptionist cashier merchandiser dispatcher operator foreman installer "
    "electrician"
)
ROLE_NOUNS = frozenset({"role", "position", "job", "opening", "post", "vacancy"})

# People and places every letter mentions: they echo the notes without naming anything.
GENERIC_NOUNS = word_set(
    "team teams staff people employees employee colleagues customers customer clients client "
    "students student patients patient users user members member company companies "
    "organization department school store shop hospital office site ward unit group "
    "candidate leader leaders manager managers management experience years career "
    "call calls email note letter everyone anyone someone"
)

NUMBER_WORDS = word_set(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred hundreds thousand thousands million millions billion half twice "
    "double triple dozen dozens quarter third"
)
TIME_UNITS = word_set(
    "second seconds minute minutes hour hours day days night nights week weeks weekend "
    "weekends month months quarter quarters year years term terms semester shift shifts "
    "a.m p.m am pm"
)
TIME_WORDS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday tonight weekend morning "
    "afternoon january february march april may june july august september october "
    "november december"
)
# The time words that are names, written with a capital ("Monday", "March"); "may" aside,
# since it is mostly the verb.
CALENDAR_NAMES = TIME_WORDS - word_set("tonight weekend morning afternoon may")
RATE_WORDS = word_set("per percent in out of a an each every")
CHANGE_WORDS = word_set(
    "went fell dropped rose came grew climbed shrank halved doubled tripled sank jumped "
    "moved dipped stopped from"
)
FIRST_PERSON = word_set("i we my our us me")
SECOND_PERSON = word_set("you your yours")

# Where the candidate steps forward to act: "I can", "happy to", "shall I", "let me".
# What follows is an offer when it does something for them (``offers.read_offer``):
# offers are told by what they act on, not by their verb.
OFFER_OPENINGS = _phrases("""
i can
i could
i will
i would
i shall
i am happy to
i am glad to
i am available to
i am free to
shall i
should i
can i
could i
may i
let me
happy to
glad to
pleased to
keen to
willing to
want me to
like me to
for me to
we could
we can
my team could
my team can
if i
i have put together
i put together
i have drafted
i drafted
i have sketched
i sketched
i have attached
i attached
attached is
i suggest
i would suggest
i propose
i recommend
my suggestion
here is
here are
i enclosed
i am bringing
i am sending
i am attaching
my plan
my idea
my proposal
my first step
first thing i would
if you would like
would you like
""")
# Verbs that do nothing for the reader: the candidate's feelings, hopes and wishes.
NOT_ACTIONS = word_set(
    "hear learn grow join be think believe feel hope love like enjoy appreciate welcome "
    "look wait answer provide discuss talk chat meet speak follow reiterate thank "
    "contribute apply consider fit become continue keep know understand see say mention "
    "elaborate expand reconnect connect express convey extend prefer"
)
# What an offer may act on that is about the candidate or nothing at all.
NOT_FOR_THEM = word_set(
    "question questions reference references information info detail details anything "
    "everything something more further answer answers availability background skills "
    "skill qualifications qualification resume cv portfolio vision journey passion career "
    "thoughts thinking mindset energy enthusiasm commitment dedication table lot part "
    "next steps step process chance opportunity role position team company interest "
    "conversation discussion call chat meeting note email considerations convenience "
    "points ideas idea contribution contributions difference decision"
)
# The yardsticks of a hollow result: "improved sales by 15%" says nothing of what changed.
METRIC_WORDS = word_set(
    "sales revenue revenues cost costs profit profits performance efficiency productivity "
    "process processes engagement outcomes outcome results result growth satisfaction kpi "
    "kpis metrics metric numbers margin margins conversions conversion roi output "
    "effectiveness quality morale"
)
# Figures with no mechanism behind them: "10x", "300% ROI", "110% effort", "24/7".
EFFORT_WORDS = word_set(
    "commitment committed effort energy dedication dedicated passion focus focused give "
    "giving roi return returns guarantee guaranteed"
)
# Words that point back to the previous sentence: "I can send *it*".
BACK_REFERENCES = word_set("it this that these those them same")

# --- tone: one phrase a line --------------------------------------------------------
BEGGING = _phrases("""
begging
beg you
please please
desperate
desperately
really need this job
need this job
give me a chance
give me another chance
will do anything
anything you want
my family depends
i really need this
rent is due
pay my rent
out of work for
please hire me
i am begging
""")
PRESSURE = _phrases("""
another offer
other offers
other offer
need your answer by
need an answer by
need a decision
or i will take
or i will go
will go elsewhere
final deadline
offer deadline
decide by
have another interview
have other interviews
have other options
accept another offer
accept another position
accept another job
accept another role
take another job
take another position
go with another offer
go with another company
not see the point
cut to the chase
decide quickly
decision quickly
seen enough to decide
rather not do the second
rather not do another
no need for another round
""")
SALARY = _phrases("""
salary
an hour plus
per hour plus
base pay
compensation package
will not accept less
will not consider anything under
not consider anything under
expect a base
expect at least
pay range
salary range
currently earning
currently earn
how much pto
pto would i
benefits and pto
pto and benefits
about the benefits
benefits package
weeks of vacation
pay to reflect
""")
# No phrase of nerves alone ("was so nervous", "a bundle of nerves"): nerves told with a
# laugh are no apology; ``tone._apology`` reads whether they spoiled the showing.
APOLOGY = _phrases("""
sorry about my interview
sorry about the interview
sorry for my interview
sorry for the interview
apologize for my
apologise for my
apologize for the interview
apologise for the interview
do not judge me
did not answer your questions well
not interview well
not interviewed well
not at my best
talked too much
came out wrong
mind went blank
i went blank
going blank on
do myself justice
not come across well
not present myself well
""")
BLAME = _phrases("""
incompetent
toxic
not my fault
none of the problems were my fault
was not my fault
his fault
her fault
their fault
blamed me
never supported me
terrible boss
terrible manager
useless manager
had it out for me
out to get me
never backed
played favourites
played favorites
wrote me up
under the bus
set me up to fail
treated us terribly
treated us badly
treated us poorly
treated me terribly
treated me badly
treated me poorly
never trained me
never trained us
never trained anyone
never listened to
never gave me a fair
yelled at
screamed at
took his side
took her side
took their side
sided with him
sided with her
""")

# Hedges: each softens a claim or an offer. One or two are natural; a letter full of them
# talks its own idea down ("I might possibly be able to help, if it's not overstepping").
HEDGES = _phrases("""
possibly
perhaps
maybe
sort of
kind of
i think
i suppose
i guess
not sure
just a thought
overstepping
overstep
feel free to ignore
of any interest
a bit
hopefully
i hope it is all right
i hope it is okay
if that is okay
no expert
could be wrong
might be wrong
for what it is worth
i am sure you have
i am sure your team
probably already
a small thought
if it is helpful
if it is not helpful
if that would be
grain of salt
better than i do
i wonder whether
i wonder if
might be worth
i hope some of this
if any of this
""")

# Stock phrases any candidate could write.
GENERIC_PHRASES = _phrases("""
thank you for your time
thank you for taking the time
thank you for the opportunity
thank you again for your time
thanks for your time
thank you for your consideration
look forward to hearing from you
looking forward to hearing from you
look forward to hearing back
looking forward to hearing back
great fit
perfect fit
strong fit
ideal fit
ideal candidate
team player
passionate
hard working
hard-working
hard worker
self-starter
go-getter
detail-oriented
results-driven
results-oriented
hit the ground running
synergy
synergies
add value
value-add
fast-paced
wear many hats
touch base
circle back
strong work ethic
do not hesitate
reiterate my interest
remain very interested
excited about the opportunity
thrilled
rockstar
ninja
think outside the box
hope this email finds you well
hope this message finds you well
above and beyond
values and mission
vision and values
proven track record
win-win
across the board
best practices
""")
