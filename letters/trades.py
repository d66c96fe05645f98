"""The user's trade, read from the interview's role, and what the wizard says in its
voice: the example on each step and the closings it suggests.

An electrician, a nurse and an analyst each see examples from work like theirs, and
nobody is offered "a one-page sketch by Friday". Pure data and one lookup, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

WORD_RE = re.compile(r"[a-z0-9+]+")
BRACKETS_RE = re.compile(r"\([^()]{0,120}\)")


@dataclass(frozen=True)
class Trade:
    key: str
    words: frozenset[str]  # a role containing one of these words is this trade
    examples: dict[str, str]  # step name -> an example in this trade's voice
    closings: tuple[str, ...]  # the closing step's examples: modest, in the trade's voice
    stems: tuple[str, ...] = ()  # a word starting with one of these ("saddl": saddler, saddlery)
    phrases: tuple[str, ...] = ()  # words that name it only together ("patient transport")

    def names(self, words: set[str], *, skip: frozenset[str] = frozenset(), said: str = "") -> bool:
        """One of ``words`` (less ``skip``) is this trade's word or starts with its stem,
        or ``said`` (the words in their order) has one of its phrases."""
        return any(
            w not in skip and (w in self.words or (self.stems and w.startswith(self.stems)))
            for w in words
        ) or any(f" {phrase} " in f" {said} " for phrase in self.phrases)


def _trade(
    key: str,
    words: str,
    examples: dict[str, str],
    closings: tuple[str, ...],
    stems: str = "",
    phrases: tuple[str, ...] = (),
) -> Trade:
    return Trade(key, frozenset(words.split()), examples, closings, tuple(stems.split()), phrases)


TRADES: tuple[Trade, ...] = (
    _trade(
        "crops",
        "vineyard vineyards orchard orchards viticulture vine vines horticulture "
        "horticultural grower growers greenhouse glasshouse harvest",
        {
            "connection": "We both spent our student summers picking in the same valley.",
            "fit": "I ran a picking crew of twelve through two harvests.",
            "problem": "You mentioned that picking runs late when the crews are short.",
            "idea": "I would plan each crew's rows the evening before.",
            "gain": "At my last farm we finished the harvest four days sooner.",
            "benefit": "That would mean fruit picked at its best and fewer overtime days.",
            "question": "How many crews do you run at harvest?",
        },
        (
            "I'd be glad to come out and walk the blocks, if it helps.",
            "I'm happy to answer anything else about the crews I have run.",
        ),
    ),
    _trade(
        "salon",
        "barber barbers stylist hair hairdresser hairdressing salon beauty beautician nail "
        "nails esthetician aesthetician lash brow makeup manicurist",
        {
            "connection": "We both trained at the same academy, and you still use the "
            "scissors you bought there.",
            "fit": "I kept my rebooking rate at about 75% for two years.",
            "problem": "You mentioned that Saturdays turn walk-ins away while midweek sits quiet.",
            "idea": "I would book each client's next visit before they leave the chair.",
            "gain": "At my last salon that took rebooking from 50% to 70%.",
            "benefit": "That would mean fuller books midweek.",
            "question": "How are walk-ins handled on Saturdays now?",
        },
        (
            "I'd be glad to come in and do a trial service, if it helps.",
            "I'm happy to answer anything else about my clients and my work.",
        ),
    ),
    _trade(
        "warehouse",
        "warehouse forklift picker packer storeperson storeman loader stacker reach "
        "racking distribution",
        {
            "connection": "We both started on the night shift at the same DC, years apart.",
            "fit": "I kept my pick accuracy above 99.8% for two years.",
            "problem": "You mentioned that mis-picks spike on the Monday wave.",
            "idea": "I would slot the fast movers next to the packing benches.",
            "gain": "At my last site that cut walking time by about a fifth.",
            "benefit": "That would mean fewer mis-picks and trucks out on time.",
            "question": "Which waves run latest now?",
        },
        (
            "I'd be glad to come in and do a trial shift on the floor, if it helps.",
            "I'm happy to answer anything else about my licences and the sites I have worked.",
        ),
    ),
    _trade(
        "workshop",
        "machinist cnc welder welding fabricator fabrication mechanic toolmaker turner "
        "boilermaker panelbeater beater machining millwright millwrights",
        {
            "connection": "You showed me the old lathe you learned on, and I learned on "
            "the same model.",
            "fit": "I cut setup time on my cell by about a third with standard setup sheets.",
            "problem": "You mentioned that scrap is high on the long runs.",
            "idea": "I would check the first part and every 50th part against the drawing.",
            "gain": "At my last shop scrap went from 4% to under 1%.",
            "benefit": "That would mean less scrap and fewer parts made twice.",
            "question": "Which jobs have the most scrap now?",
        },
        (
            "I'd be glad to come in and run a test part, if it helps.",
            "I'm happy to answer anything else about the machines I have run.",
        ),
    ),
    _trade(
        "cafe",
        "barista coffee cafe café espresso",
        {
            "connection": "We both started as baristas at a market stall, years apart.",
            "fit": "I kept ticket times under four minutes through the morning rush.",
            "problem": "You mentioned that the queue runs out the door from 7:30 to 8:30.",
            "idea": "I would put one person on mobile orders only during the rush.",
            "gain": "At my last café that cut average ticket times from 6 minutes to 4.",
            "benefit": "That would mean a shorter queue and fewer walkouts.",
            "question": "When is the rush at its worst?",
        },
        (
            "I'd be glad to come in for a trial shift on the bar, if it helps.",
            "I'm happy to answer anything else about the cafés I have worked in.",
        ),
    ),
    # Before the clinic and the building trades: a "Spa Therapist" gives treatments, not
    # a clinic's appointments; a "Saddler and Saddle Fitter" makes saddles, not pipework.
    _trade(
        "spa",
        "spa spas massage masseur masseuse masseurs reflexologist reflexology "
        "aromatherapist aromatherapy wellness hilot reiki sauna facialist",
        {
            "connection": "We both trained at the same massage school, years apart.",
            "fit": "I have given over 2,000 treatments, and most of my clients book again.",
            "problem": "You mentioned that the treatment rooms sit empty midweek.",
            "idea": "I would offer each guest a shorter midweek treatment when they book.",
            "gain": "At my last spa that filled most of the quiet midweek slots.",
            "benefit": "That would mean fuller treatment rooms midweek.",
            "question": "Which treatments do your guests book most?",
        },
        (
            "I'd be glad to talk through how I would fill the quiet midweek slots.",
            "I'm happy to answer anything else about the treatments I give.",
        ),
        stems="massag reflexolog aromather",
    ),
    # A farrier's examples are a farrier's own: a groom or a work rider shoes no horses.
    # Before the crafts, so a "Farrier / Blacksmith" shoes horses; a blacksmith alone
    # ("Architectural Blacksmith") makes gates and railings, a craft's pieces to order.
    _trade(
        "farrier",
        "farrier farriers farriery",
        {
            "connection": "We talked about your old thoroughbred, and I learned to ride on "
            "one just like him.",
            "fit": "I have shod racehorses for twelve years and work alongside vets on "
            "remedial cases.",
            "problem": "You mentioned that some horses go lame between visits.",
            "idea": "I would note each horse's feet at every visit and tell the vet about "
            "any change the same day.",
            "gain": "At my last yard we lost half as many training days to lameness.",
            "benefit": "Your horses would lose fewer days to sore feet.",
            "question": "How many horses do you see in a week?",
        },
        (
            "I'd be glad to talk through how I would keep notes on each horse's feet.",
            "I'm happy to answer anything else about the horses I have worked with.",
        ),
    ),
    _trade(
        "craft",
        "saddler saddlers saddlery saddle saddles leather leatherworker bookbinder "
        "bookbinding bindery conservator weaver weavers weaving loom potter pottery "
        "ceramicist upholsterer upholstery cobbler shoemaker tailor tailors tailoring "
        "seamstress dressmaker goldsmith silversmith jeweller jeweler jewellery jewelry "
        "watchmaker clockmaker horologist luthier glassblower cabinetmaker woodworker "
        "woodturner carver engraver sailmaker milliner knitter embroiderer blacksmith blacksmiths "
        "blacksmithing metalsmith",
        {
            "connection": "You showed me the first piece you ever made, and I still have mine.",
            "fit": "I have made and repaired pieces to order for six years, and most "
            "customers come back.",
            "problem": "You mentioned that repairs wait weeks before anyone starts on them.",
            "idea": "I would sort the repairs by the hours each one needs and give every "
            "customer a date.",
            "gain": "At my last workshop the wait for a repair went from five weeks to two.",
            "benefit": "That would mean customers get their pieces back sooner.",
            "question": "How many orders are waiting in the workshop now?",
        },
        (
            "I'd be glad to talk through how I would sort the repair orders.",
            "I'm happy to answer anything else about the pieces I have made.",
        ),
        stems="saddl leather bookbind weav uphols tailor jewel goldsmith silversmith "
        "cabinetmak woodwork",
    ),
    _trade(
        "clinic",
        "dental hygienist pharmacy pharmacist lab laboratory mlt vet veterinary rvn "
        "therapist pta physio radiology phlebotomist optician optometric opticians "
        "optical mri radiographer sonographer technologist",
        {
            "connection": "You told me you started at the front desk, and so did I.",
            "fit": "I kept a three-provider schedule running on time for four years.",
            "problem": "You mentioned that patients wait half an hour past their time.",
            "idea": "I would prepare each chart the afternoon before and set up the "
            "rooms before the first patient.",
            "gain": "At my last clinic the average wait went from 25 minutes to 10.",
            "benefit": "Patients would be seen on time, and the day would end on time.",
            "question": "Which part of the day runs furthest behind?",
        },
        (
            "I'd be glad to talk through how I would get the first patients in on time.",
            "I'm happy to answer anything else about how I ran the front desk.",
        ),
        stems="physiother",
    ),
    # Before the wards and the classroom: a "Medical Secretary" or a "School Secretary"
    # types the letters and answers the phones, whatever the office is part of.
    _trade(
        "admin",
        "secretary secretaries secretarial typist transcriptionist",
        {
            "connection": "You told me you started out answering the phones, and so did I.",
            "fit": "I kept three diaries and typed about 60 letters a week for four years.",
            "problem": "You mentioned that letters take up to two weeks to go out.",
            "idea": "I would send the urgent letters the same day and the rest within two days.",
            "gain": "At my last office I got letters out in 2 days instead of 9.",
            "benefit": "That would mean fewer calls from people chasing their letters.",
            "question": "When are the phones busiest?",
        },
        (
            "I'd be glad to talk through how I would clear the letters each day.",
            "I'm happy to answer anything else about the offices I have worked in.",
        ),
    ),
    # An ambulance crew's own work, not a ward's: the vehicle, the station, the shift,
    # the handover at the hospital. After the workshop: an "Ambulance Mechanic" mends
    # the vehicles.
    _trade(
        "ambulance",
        "ambulance ambulances paramedic paramedics paramedicine emt emts ems",
        {
            "connection": "You told me you started out on patient transport, and so did I.",
            "fit": "I have worked on emergency ambulances for five years without a "
            "preventable collision.",
            "problem": "You mentioned that crews wait too long to hand over patients at "
            "the hospital.",
            "idea": "I would check the vehicle and restock the kit at the start of every shift.",
            "gain": "At my last station we cut hospital handover times from 40 minutes to 20.",
            "benefit": "That would mean crews back on the road sooner and faster responses.",
            "question": "How long do crews wait to hand over at the hospital now?",
        },
        (
            "I'd be glad to talk through how I would run the vehicle checks on each shift.",
            "I'm happy to answer anything else about my time on the road.",
        ),
        phrases=("emergency medical", "patient transport"),
    ),
    # A fire station's work: the drills, the appliance and kit checks, the turnout. Never
    # "fire" alone: a "Fire Alarm Technician" or a "Fire Safety Officer" fights no fires.
    # After the ambulance: a "Firefighter/Paramedic" writes of the medic units.
    _trade(
        "fire",
        "firefighter firefighters firefighting fireman firemen firewoman smokejumper "
        "smokejumpers arff",
        {
            "connection": "We both trained at the same fire academy, years apart.",
            "fit": "I ran my crew's equipment checks for six years, and nothing we carried "
            "failed at an incident.",
            "problem": "You mentioned that the equipment checks get rushed when the crew is short.",
            "idea": "I would run the appliance and equipment checks at the start of every "
            "shift, with a short drill after them.",
            "gain": "At my last station our turnout time came down from 90 seconds to 60.",
            "benefit": "That would mean faster turnouts and kit that is ready when the call comes.",
            "question": "How often does each crew drill now?",
        },
        (
            "I'd be glad to talk through how I would run the checks and drills on each shift.",
            "I'm happy to answer anything else about the stations I have served at.",
        ),
        phrases=(
            "fire and rescue",
            "fire rescue",
            "fire service",
            "fire services",
            "fire brigade",
            "fire department",
            "fire station",
            "fire crew",
            "fire engine",
            "fire apparatus",
            "fire captain",
            "fire lieutenant",
            "fire chief",
            "watch manager",
            "watch commander",
        ),
    ),
    _trade(
        "health",
        "nurse rn lpn cna nursing patient care medical caregiver aide health healthcare hca carer",
        {
            "connection": "We talked about how we both started as aides before nursing school.",
            "fit": "I was our unit's infection-prevention lead for two years.",
            "problem": "You mentioned four line infections on the unit since June.",
            "idea": "I would run a short line audit with the charge nurse on each shift.",
            "gain": "On my last unit we went 14 months without a line infection.",
            "benefit": "That would mean fewer infections and shorter stays.",
            "question": "Who owns the line audits on the unit today?",
        },
        (
            "I'd be glad to talk through how I would run the line audits on each shift.",
            "I'm happy to answer anything else about my time as infection-prevention lead.",
        ),
    ),
    _trade(
        "building",
        "electrician electrical plumber plumbing carpenter carpentry hvac "
        "technician tech maintenance landscaper landscaping foreman "
        "installer roofer painter mason apprentice journeyman fitter pipefitter "
        "crane rigger rigging locksmith arborist scaffolding groundworker "
        "tiler tiling plasterer plastering joiner joinery bricklayer glazier scaffolder "
        "drywall drywaller decorator tyre tyres tire concreter concreters formwork "
        "formworker",
        {
            "connection": "You showed me the panel you rebuilt in the old mill, and it "
            "reminded me of my first job as an apprentice.",
            "fit": "I have run my own jobs for three years, and most pass inspection "
            "the first time.",
            "problem": "You mentioned that jobs sit open for two weeks waiting for the inspector.",
            "idea": "I would book the inspection when the permit is pulled and send "
            "photos of the rough-in ahead.",
            "gain": "At my last shop that cut the time to invoice from 19 days to 8.",
            "benefit": "You would get paid for each job sooner.",
            "question": "Who books the inspections now, the office or the crews?",
        },
        (
            "I'd be glad to talk through how I would book the inspections, if it helps.",
            "I'm happy to answer anything else about the jobs I have run.",
        ),
    ),
    # People, not freight: a chauffeur or a bus driver keeps no reefer loads in range.
    _trade(
        "passengers",
        "chauffeur chauffeurs limo limousine taxi cab cabbie rideshare shuttle transit "
        "paratransit tram",
        {
            "connection": "We both started out on the early airport runs, years apart.",
            "fit": "I have driven passengers for six years without a complaint or a "
            "preventable accident.",
            "problem": "You mentioned that pickups run late when flights or traffic change.",
            "idea": "I would check each booking and the traffic before I set off and plan "
            "a second route.",
            "gain": "At my last company late pickups went from about ten a month to two.",
            "benefit": "That would mean passengers picked up on time and fewer complaints.",
            "question": "Which pickups run latest now?",
        },
        (
            "I'd be glad to talk through how I plan my pickups, if it helps.",
            "I'm happy to answer anything else about my driving record.",
        ),
        # the driver's, not the workshop's: a "Bus and Coach Technician" drives no one
        phrases=(
            "coach driver",
            "coach operator",
            "coach captain",
            "bus driver",
            "bus operator",
            "bus captain",
            "private driver",
            "executive driver",
            "personal driver",
        ),  # fmt: skip
    ),
    _trade(
        "driving",
        "driver cdl truck trucking otr delivery courier "
        "logistics dispatcher haul hauler bus charter messenger",
        {
            "connection": "We talked about the run down to Memphis, and I grew up an hour "
            "from your yard.",
            "fit": "I have driven 1.2 million miles without a preventable accident.",
            "problem": "You mentioned that reefer loads get turned away for temperature.",
            "idea": "I pre-cool the trailer and download the temperature log at every delivery.",
            "gain": "I have not had a load rejected in five years.",
            "benefit": "That would mean fewer rejected loads and claims.",
            "question": "How many loads were rejected this year?",
        },
        (
            "I'd be glad to talk through how I keep reefer loads in range.",
            "I'm happy to answer anything else about my driving record.",
        ),
    ),
    _trade(
        "food",
        "cook chef sous kitchen baker bakery pastry prep restaurant server bartender catering deli",
        {
            "connection": "We both worked under the same chef at the Grand, years apart.",
            "fit": "I ran the sauté station on a 250-cover Saturday for four years.",
            "problem": "You mentioned that prepped vegetables get thrown out by Tuesday.",
            "idea": "I would build the prep list from the last three weekends' sales.",
            "gain": "We cut waste by about 30% that way at my last kitchen.",
            "benefit": "That would mean less waste and a lower food cost.",
            "question": "When does the winter menu go out?",
        },
        (
            "I'd be glad to talk through how I would build the prep list.",
            "I'm happy to answer anything else about the stations I have run.",
        ),
    ),
    _trade(
        "care",
        "teacher preschool childcare nanny daycare classroom school tutor educator "
        "teaching nursery senco",
        {
            "connection": "You laughed about the hamster that came in for show-and-tell, "
            "and I had a story just like it.",
            "fit": "I taught the three-year-olds' room at an accredited center for four years.",
            "problem": "You mentioned that parents feel out of the loop.",
            "idea": "We could send parents one photo and a two-line note every Friday.",
            "gain": "At my last center, re-enrolment went from 78% to 90% in a year.",
            "benefit": "Parents would feel part of the week and re-enrol.",
            "question": "Does the center use an app to talk with parents?",
        },
        (
            "I'd be glad to talk through how the Friday notes to parents would work.",
            "I'm happy to answer anything else about my time in the three-year-olds' room.",
        ),
    ),
    _trade(
        "security",
        "security guard doorman door supervisor cctv patrol bouncer steward",
        {
            "connection": "You told me you started on the doors too, and we knew the same venues.",
            "fit": "I have held my door supervisor licence for six years.",
            "problem": "You mentioned that handovers between shifts miss things.",
            "idea": "I would write up each incident before the end of the shift.",
            "gain": "At my last site every report was in on time for a year.",
            "benefit": "That would mean complete reports and fewer questions at audits.",
            "question": "Which shifts are hardest to cover?",
        },
        (
            "I'd be glad to talk through how I would handle the shift handovers.",
            "I'm happy to answer anything else about the sites I have worked.",
        ),
    ),
    # A dairy's or a cattle farm's own examples: calves, a herd, the calf shed.
    _trade(
        "livestock",
        "dairy dairies ranch rancher herdsman herdsperson herdsmen livestock stockman "
        "stockperson cattle cowman calf calves beef",
        {
            "connection": "We both grew up helping out on family farms.",
            "fit": "I have milked and fed a 200-cow herd twice a day for three years.",
            "problem": "You mentioned that calves get sick over the winter.",
            "idea": "I would keep a simple log of feeds and temperatures in the calf shed.",
            "gain": "At my last farm we lost no calves over the winter.",
            "benefit": "That would mean healthier calves and fewer vet call-outs.",
            "question": "How many calves do you rear each year?",
        },
        (
            "I'd be glad to talk through how I would keep the calf shed log.",
            "I'm happy to answer anything else about the herd I looked after.",
        ),
    ),
    # Any other farm (fish ponds, laying hens, hives): the stock, whatever it is.
    _trade(
        "farm",
        "farm farms farmer farmhand farmhands farmworker farmworkers agricultural "
        "agriculture groundskeeper poultry beekeeper apiarist hatchery aquaculture fishery "
        "catfish tilapia trout salmon sheep pig pigs piggery goat goats",
        {
            "connection": "We both grew up helping out on family farms.",
            "fit": "I have fed and checked the stock twice a day for three years.",
            "problem": "You mentioned that losses go up over the cold months.",
            "idea": "I would keep a simple daily log of feed, water checks and losses.",
            "gain": "At my last farm we halved our losses over the cold months.",
            "benefit": "That would mean fewer losses and fewer vet call-outs.",
            "question": "Which time of year brings the most losses?",
        },
        (
            "I'd be glad to talk through how I would keep the daily log.",
            "I'm happy to answer anything else about the stock I looked after.",
        ),
        phrases=("station hand",),  # a sheep or cattle station's; not a fire station's
    ),
    _trade(
        "horses",
        "equine stable stables groom horse horses stud riding jockey",
        {
            "connection": "We talked about your old thoroughbred, and I learned to ride on "
            "one just like him.",
            "fit": "I have looked after racehorses for six years and work alongside vets "
            "on injured horses.",
            "problem": "You mentioned that some horses go sore in their first weeks of fast work.",
            "idea": "I would check each horse's legs and feet every day and tell the vet "
            "about any change the same day.",
            "gain": "At my last yard we lost half as many training days to lameness.",
            "benefit": "Your horses would lose fewer days to sore feet.",
            "question": "How many horses do you have in work at the moment?",
        },
        (
            "I'd be glad to talk through how I would keep notes on each horse's legs and feet.",
            "I'm happy to answer anything else about the horses I have worked with.",
        ),
    ),
    _trade(
        "shop",
        "retail store shop cashier produce grocery merchandiser clerk",
        {
            "connection": "You started as a cashier too, and it showed in how you talked "
            "about the floor.",
            "fit": "At my last store I brought shrink down from 2.9% to 1.2%.",
            "problem": "You mentioned that shelves run empty by Saturday afternoon.",
            "idea": "I would check the gaps before the Saturday rush and fill them from the back.",
            "gain": "At our volume that would save about $40,000 a year.",
            "benefit": "That would mean full shelves on the busiest days.",
            "question": "Which days run shortest on stock?",
        },
        (
            "I'd be glad to talk through how I would keep the shelves full at weekends.",
            "I'm happy to answer anything else about my last store.",
        ),
    ),
    # Last: a "Football Club Steward" is security's, a "Swim Teacher" the classroom's.
    _trade(
        "sport",
        "coach coaches coaching sport sports cricket football soccer rugby netball hockey "
        "tennis basketball baseball softball volleyball squash badminton boxing judo karate "
        "taekwondo climbing bouldering ski skiing snowboard snowboarding surf surfing "
        "rowing fitness gym squad squads conditioning",
        {
            "connection": "We both learned at the same club as juniors, years apart.",
            "fit": "I have coached juniors and beginners for six years, and most stay on "
            "for a second season.",
            "problem": "You mentioned that beginners drop out after their first few sessions.",
            "idea": "I would give each beginner one thing to work on at the end of every session.",
            "gain": "At my last club nine in ten beginners signed up for a second term.",
            "benefit": "That would mean more beginners staying on.",
            "question": "How many sessions a week does each group have?",
        },
        (
            "I'd be glad to talk through how I would run the beginners' sessions.",
            "I'm happy to answer anything else about the groups I have coached.",
        ),
        stems="swim gymnast athlet",
    ),
    # Instruction of any other kind: first aid, driving, sailing, a language.
    _trade(
        "instruction",
        "instructor instructors instruction",
        {
            "connection": "You told me about your own first lesson, and mine went much "
            "the same way.",
            "fit": "I have taught over 300 learners, and most passed the first time.",
            "problem": "You mentioned that learners drop out after the first few lessons.",
            "idea": "I would give each learner a short plan for their next three lessons.",
            "gain": "At my last school nine in ten learners finished the course.",
            "benefit": "That would mean more learners finishing the course.",
            "question": "How many learners does each instructor teach in a week?",
        },
        (
            "I'd be glad to talk through how I would plan each learner's lessons.",
            "I'm happy to answer anything else about the learners I have taught.",
        ),
    ),
)

ADMIN = next(t for t in TRADES if t.key == "admin")
FIRE = next(t for t in TRADES if t.key == "fire")

OFFICE = _trade(
    "office",
    "",
    {
        # Also the examples of every role no trade names (a park ranger, a ward clerk, a
        # ramp agent): so they speak of what any work has, new starters finding their
        # feet, and of no one trade's (no month-end, no analysts).
        "connection": "You told me how you started out, and it sounded a lot like my "
        "own first year.",
        "fit": "At my last job I trained four new starters in my first year.",
        "problem": "You mentioned that new starters take weeks to find their feet.",
        "idea": "I would write a one-page guide to the first week for each new starter.",
        "gain": "At my last job that had new starters working on their own in half the time.",
        "benefit": "New starters would be working on their own sooner.",
        "question": "Which part of the week is busiest for the team?",
    },
    (
        "I'd be glad to talk the idea through on a short call, if it helps.",
        "I'm happy to answer anything else about how I would start.",
    ),
)

# For someone who interviewed the user but does not decide: a recruiter, HR, a colleague.
PANEL_CLOSINGS = (
    "Please let me know if there is anything else you need from me.",
    "I'm happy to answer anything else the team needs from me.",
    "I look forward to hearing about the next steps.",
)

# The closing the step offers in one click when the user left it empty. It says nothing
# the person has not: with their idea in the letter, an offer to talk it through;
# without one, no offer at all. A visit, a trial shift or a piece of work to send is the
# person's own to offer (the trade's closings above show the kind), never a default.
IDEA_CLOSINGS = (
    "I'd be glad to talk the idea through with you, if it would help.",
    "If it's useful, I'm happy to go through the idea in more detail.",
    "I'm happy to say more about the idea whenever it suits you.",
)
PANEL_IDEA_CLOSINGS = (
    "I'm happy to go through the idea with anyone on the team, if it would help.",
    "If it's useful, I'm happy to say more about the idea.",
)
# Never a wish to hear back ("I hope to hear from you soon."): the closing step calls
# that a stock phrase when the person types it (``wizard``), so it never offers one.
PLAIN_CLOSINGS = (
    "I'm happy to answer anything else you would like to know.",
    "I'm glad to send anything else that would help.",
)


def trade_for(role: str, company: str = "") -> Trade:
    """The trade whose words the role contains ("Journeyman Electrician" is building);
    when the role says none ("Shift Lead"), the company's words ("Ground Floor Coffee
    Co."); office work when neither matches. The first trade listed wins a tie. An
    office job in a field's role ("Medical Secretary", "Ward Clerk – Medical Assessment
    Unit") is the office's; a farm's role takes what the farm keeps from its brackets or
    its company ("Farm Assistant (Dairy)", "Farm Hand" at "Henning Family Dairy")."""
    lowered = (role or "").lower()
    role_words = _words(lowered)
    # The role's own words before what its brackets add: a "Snowplow Operator (Sidewalk
    # Plow and Loader)" drives a loader, he is no warehouse's loader.
    head_words = _words(BRACKETS_RE.sub(" ", lowered))
    bracket_words = _words(" ".join(BRACKETS_RE.findall(lowered)))
    company_words = _words((company or "").lower())
    trade = _named_trade(head_words, role_words, company_words)
    if trade is OFFICE and "fire" in bracket_words and set(bracket_words) <= FIRE_SERVICE_WORDS:
        return FIRE  # "Station Officer (Fire)", "Crew Commander (Fire & Rescue)"
    if trade.key in OFFICE_IN_FIELDS and set(head_words) & OFFICE_JOB_WORDS:
        return ADMIN  # "Medical Records Clerk", "School Receptionist": the office's work
    if trade.key in FARM_KINDS:
        return _farm_kind(trade, role_words, bracket_words, company_words)
    return trade


# Words that say another thing together than alone, read as what they say: "Customer
# Care" is the service desk's, not a care home's; a "Nursery Nurse" looks after small
# children, a "Plant Nursery" grows plants; a "Fire Door" is a door, not a station's.
# Two or three words, matched whole (no regex on user text).
READ_AS = {
    "customer care": "customer service",
    "lawn care": "lawn",
    "pet care": "pet",
    "car care": "car",
    "skin care": "skincare",
    "child care": "childcare",
    "day care": "daycare",
    "health and safety": "safety",
    "environmental health": "environmental",
    "fire fighter": "firefighter",
    "fire fighters": "firefighters",
    "fire fighting": "firefighting",
    "fire door": "firedoor",
    "fire doors": "firedoors",
    "nursery nurse": "nursery",
    "plant nursery": "plant",
    "tree nursery": "tree",
    "garden nursery": "garden",
}


def _words(text: str) -> list[str]:
    """The words of ``text`` as the trades read them (``READ_AS``)."""
    said = f" {' '.join(WORD_RE.findall(text))} "
    for phrase, reading in READ_AS.items():
        said = said.replace(f" {phrase} ", f" {reading} ")
    return said.split()


# A role's brackets that name the fire service and nothing else: the head is its rank.
FIRE_SERVICE_WORDS = frozenset({
    "fire", "rescue", "and", "service", "services", "brigade", "department",
})  # fmt: skip


def _named_trade(head_words: list[str], role_words: list[str], company_words: list[str]) -> Trade:
    for words in (head_words, role_words):
        for trade in TRADES:
            if trade.names(set(words), skip=WEAK_ROLE_WORDS, said=" ".join(words)):
                return trade  # "Nail Technician" is the salon's, not the workshop's "tech"
        if set(words) - GENERIC_ROLE_WORDS - WEAK_ROLE_WORDS:
            return OFFICE  # "Full-Charge Bookkeeper" at a plumbing firm is office work
    for trade in TRADES:
        if trade.names(set(role_words), said=" ".join(role_words)):
            return trade
    for trade in TRADES:
        if trade.names(set(company_words), said=" ".join(company_words)):
            return trade
    return OFFICE


# What a farm keeps says which farm's examples fit: a "Farm Assistant (Dairy)" or a "Farm
# Hand" at "Henning Family Dairy" rears calves; a "Stockperson (Sheep)" milks no herd.
# The role's brackets say it first; the company's name only when the role says no more
# than "farm" (a "Poultry Farm Supervisor" keeps hens wherever he works).
FARM_KINDS = ("crops", "livestock", "farm")
ANY_FARM_WORDS = frozenset({
    "farm", "farms", "farmer", "farmers", "farmhand", "farmhands", "farmworker",
    "farmworkers", "agricultural", "agriculture",
})  # fmt: skip


def _farm_kind(
    trade: Trade, role_words: list[str], bracket_words: list[str], company_words: list[str]
) -> Trade:
    kinds = [t for t in TRADES if t.key in FARM_KINDS]
    said_of_any = trade.key == "farm" and set(role_words) & trade.words <= ANY_FARM_WORDS
    for words in (bracket_words, company_words if said_of_any else []):
        if kind := next((t for t in kinds if t.names(set(words) - ANY_FARM_WORDS)), None):
            return kind
    return trade


# The trades whose words name a field, not a job ("Medical", "Patient", "School"): with
# one of these words the role is the field's office work, its letters and phones.
OFFICE_IN_FIELDS = ("health", "care")
OFFICE_JOB_WORDS = frozenset({
    "secretary", "secretaries", "secretarial", "receptionist", "receptionists", "typist",
    "transcriptionist", "administrator", "administrators", "administrative",
    "administration", "admin", "clerk", "clerks", "clerical", "records", "billing",
    "coder", "scheduler",
})  # fmt: skip


# Words many trades use ("Nail Technician", "Night Cleaning Supervisor", "Joiner (site &
# shop)", "Life Coach", "Teacher Aide"): they name the trade only when the role has no
# other word for it ("Head Coach" at a cricket academy is sport's; a "Life Coach" is no
# one trade's; a "Teacher Aide" is the classroom's, an "Aide" the ward's).
WEAK_ROLE_WORDS = frozenset({
    "tech", "technician", "supervisor", "shop", "assistant", "clerk", "coach", "aide",
})  # fmt: skip

# A role of these words alone says nothing of the trade ("Shift Lead", "Team Member"):
# the company's words do ("Ground Floor Coffee Co.").
GENERIC_ROLE_WORDS = frozenset({
    "shift", "lead", "senior", "junior", "assistant", "manager", "supervisor", "team",
    "member", "associate", "crew", "staff", "worker", "hand", "operative", "general",
    "head", "deputy", "trainee", "key", "holder", "leader", "part", "full", "time", "night",
    "nights", "day", "days", "weekend", "1", "2", "3", "i", "ii", "iii",
})  # fmt: skip


EXAMPLE_KEY = {
    "connection": "connection",
    "fit": "fit",
    "value_problem": "problem",
    "value_idea": "idea",
    "value_gain": "benefit",
    "value_gain_detail": "gain",
    "question": "question",
}


@cache
def offered_closings() -> frozenset[str]:
    """Every closing the closing step offers, as an example or in one click: a letter
    that took one keeps it (the length notice never names it to cut). Built once: the
    tables are constants."""
    return frozenset(
        c
        for group in (
            *(t.closings for t in (*TRADES, OFFICE)),
            PANEL_CLOSINGS,
            IDEA_CLOSINGS,
            PANEL_IDEA_CLOSINGS,
            PLAIN_CLOSINGS,
        )
        for c in group
    )


def example_for(key: str, trade_key: str = "") -> str:
    """An example sentence for an answer, in the voice of the trade."""
    trade = next((t for t in (*TRADES, OFFICE) if t.key == trade_key), OFFICE)
    if key == "closing":
        return trade.closings[0]
    return trade.examples.get(EXAMPLE_KEY.get(key, ""), trade.examples["fit"])


# Where the person last worked, as their trade says it: "At my last depot I …".
WORKPLACES = {
    "clinic": "clinic",
    "admin": "office",
    "ambulance": "station",
    "fire": "station",
    "health": "ward",
    "building": "job",
    "driving": "depot",
    "passengers": "company",
    "food": "kitchen",
    "care": "centre",
    "security": "site",
    "farm": "farm",
    "livestock": "farm",
    "horses": "yard",
    "farrier": "yard",
    "shop": "store",
    "salon": "salon",
    "warehouse": "site",
    "workshop": "shop",
    "cafe": "café",
    "crops": "farm",
    "spa": "spa",
    "craft": "workshop",
    "sport": "club",
    "instruction": "school",
}


def workplace(trade_key: str = "") -> str:
    """ "depot" for a driver, "kitchen" for a cook; "job" when the trade says none."""
    return WORKPLACES.get(trade_key, "job")
