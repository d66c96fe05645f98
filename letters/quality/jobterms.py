"""Words the general dictionary lacks but people write in follow-up letters every day:
the jargon of each trade, and British spellings.

Words wordfreq's English list (``lexicon``) lacks or holds as rare typos.
Lower case; a word here is never flagged. Keep each trade's words on its own lines.
"""

from __future__ import annotations

import re


def _words(text: str) -> list[str]:
    return text.split()


_BY_TRADE = {
    "software": """
        adtech analytics api apis arr aws backend backends backlog backlogs bi changelog ci
        cicd codebase codebases cron cronjob cronjobs crm csat cto dashboards datadog dataset
        datasets dbt devops django dockerized dockerised ecommerce edtech erp etl figma fintech
        frontend frontends fullstack gcp github gitlab golang grafana healthtech idempotency
        idempotent ios javascript jira kafka kanban kotlin kubernetes lakehouse linter linters
        looker microservice microservices mlops monorepo mysql nodejs nosql oncall pagerduty
        postgres postgresql proptech qa redis refactor refactored refactoring refactors regtech
        repo repos runbook runbooks saas serverless sre standup standups terraform typescript
        ui upsert upserts upserted upserting ux webhook webhooks
    """,
    "nursing": """
        handover handovers preceptor preceptors precepted precepting preceptee ehr emr
        telehealth triage triaged hipaa icu picu nicu med meds obs rostering rota rotas
        phlebotomy sepsis ward wards charting
    """,
    "trades": """
        apprentice apprentices conduit conduits journeyman journeymen retrofit retrofits
        rework reworked hvac plc plcs ppe osha switchgear busbar drywall formwork rebar
        subcontractor subcontractors toolbox snagging
    """,
    "teaching": """
        maths ofsted senco sats gcse gcses ks2 ks3 phonics timetable timetabled timetabling
        edtech differentiation scaffolding retrieval starters plenary plenaries
    """,
    "retail": """
        planogram planograms merchandising shrink restock restocking tills bopis omnichannel
        footfall upsell upsells upsold cross-sell sku skus
    """,
    "accounting": """
        accruals actuals capex chargeback chargebacks ebitda gaap ifrs netsuite opex payroll
        pnl recs reconciliations reconciliation reconciling xero quickbooks sap
    """,
    "logistics": """
        3pl mispick mispicks mis-pick mis-picks putaway slotting cross-dock crossdock forklift
        forklifts wms pallet pallets palletised palletized replenishment dock docks
    """,
    "executive": """
        b2b b2c cfo cmo coo ceo evp svp vp gtm go-to-market kpi kpis okr okrs offboarding
        onboarding onboarded reskilling upskilling stakeholder stakeholders hris hr""",
    "healthcare": """
        auth auths preauth preauths prior-auth prior-auths precert precerts copay copays
        caseload caseloads discharges telemetry surg med-surg medsurg tele peds ortho neuro
        onc obgyn l&d postop post-op preop pre-op prn ehrs
    """,
    "electrical": """
        eicr eicrs rcd rcds rcbo rcbos mcb mcbs sparky sparkies megger meggered
        snag snags snagged
    """,
    "general": """
        rollout rollouts headcount walkthrough signoff timeline timelines comp comps
        3pl actuals adtech ae analytics api apis arr aws b2b b2c backend backlog
        backlogs bi cac capex ceo cfo chargeback chargebacks ci cicd cmo codebase coo
        crm cross-sell csat cto dashboards datadog dataset datasets dbt devops django
        dockerized ebitda ecommerce edtech ehr erp etl evp figma fintech frontend
        fullstack gcp gdpr github gitlab go-to-market golang grafana gtm healthtech
        hipaa hr hris hubspot insurtech ios iso javascript jira kanban kotlin kpi kpis
        kubernetes lakehouse linkedin logins looker ltv martech maths microservice
        microservices mlops mrr mysql nodejs nosql nps offboarding okr okrs omnichannel
        onboarded onboarding oncall opex pagerduty pm pms pnl postgres postgresql ppc
        proptech qa redis refactor refactored refactoring regtech repo repos reskilling
        rfp rfps roadmap roadmaps roi runbook runbooks saas salesforce scalability sdr
        sdrs seo serverless shopify sku skus sla slack slas snowflake sql sre
        stakeholder stakeholders standup standups svp tableau telehealth terraform tpm
        tpms typescript ui upsell upsells upskilling upsold uptime ux vp wearables
        webhook webhooks workflow workflows zendesk
    """,
}
JOB_TERMS = frozenset(word for words in _BY_TRADE.values() for word in words.split())

BRITISH_SPELLINGS = frozenset(
    _words(
        """
        colour colours coloured favour favours favourite behaviour behaviours honour
        labour neighbour centre centres theatre metre metres litre litres fibre
        programme programmes catalogue dialogue analogue licence defence offence
        practise practised travelled travelling cancelled cancelling modelling labelled
        levelled fulfil enrol enrolment organise organised organising organisation
        organisations realise realised recognise recognised prioritise prioritised
        apologise apologised analyse analysed minimise maximise optimise optimised
        standardise standardised summarise summarised utilise specialise specialised
        emphasise criticise finalise finalised mum grey tyre kerb cheque jewellery
        ageing judgement learnt spelt whilst amongst towards
        """
    )
)

# Turn a British spelling into the American one the dictionary knows.
BRITISH_TO_AMERICAN = [
    (re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1"),  # organised
    (re.compile(r"our"), "or"),  # colour, behaviour
    (re.compile(r"tre(s?)$"), r"ter\1"),  # centre
    (re.compile(r"yse(s|d)?$"), r"yze\1"),  # analyse
    (re.compile(r"ll(ed|ing|er)$"), r"l\1"),  # travelled
    (re.compile(r"ogue(s?)$"), r"og\1"),  # catalogue
    (re.compile(r"ence$"), "ense"),  # licence
]
PREFIXES = ("mis", "pre", "re", "co", "non", "un", "sub", "multi", "anti", "semi", "mid",
            "post", "cross", "inter", "over", "under", "self", "ex")  # fmt: skip
