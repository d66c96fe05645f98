"""Demo data for ``seed_demo``: a job search in full swing, relative to ``now``.

Replaces the user's interviews and interviewers on every run, so running it twice
gives the same data. Other demo modules rely on:
- "Northwind Analytics" ended two hours ago and has no letter yet;
- every past interview has a decision-maker and a second panelist (letters/demo.py
  writes letters for some of them);
- Dana Whitfield (Acme Corp) and Jordan Kim (Hooli) were met in two rounds.
"""

from datetime import datetime, time, timedelta

from interviews.models import Interview, Interviewer
from interviews.services import PanelEntry, interview_save

NORTHWIND = "Northwind Analytics"

PEOPLE = {
    "priya": ("Priya Raman", "VP of Data", NORTHWIND, "priya.raman@northwind.example"),
    "tom": ("Tom Becker", "Staff Data Engineer", NORTHWIND, "tom.becker@northwind.example"),
    "dana": ("Dana Whitfield", "Director of Engineering", "Acme Corp", "dana@acme.example"),
    "marcus": ("Marcus Lee", "Senior Data Engineer", "Acme Corp", "marcus.lee@acme.example"),
    "elena": ("Elena Petrova", "Product Lead, Data Platform", "Acme Corp", "elena@acme.example"),
    "grace": ("Grace Kim", "CTO", "Umbrella Health", "grace.kim@umbrella.example"),
    "leo": ("Leo Park", "Data Platform Lead", "Umbrella Health", "leo.park@umbrella.example"),
    "jordan": ("Jordan Kim", "Analytics Manager", "Hooli", "jordan.kim@hooli.example"),
    "ava": ("Ava Chen", "Senior Data Analyst", "Hooli", "ava.chen@hooli.example"),
    "nora": ("Nora Patel", "Head of Engineering", "Brightwave Health", "nora@brightwave.example"),
    "chris": ("Chris Doyle", "Tech Lead", "Brightwave Health", "chris.doyle@brightwave.example"),
    "omar": ("Omar Haddad", "Engineering Manager", "Initech", "omar.haddad@initech.example"),
    "jane": ("Jane Doe", "Head of Product Analytics", "Globex", "jane.doe@globex.example"),
    "sam": ("Sam Ortiz", "Technical Recruiter", "Globex", "sam.ortiz@globex.example"),
}


def seed(*, user, now) -> dict[str, int]:
    # Interviews first: their letters go with them (deleting the people first would
    # leave those letters to be deleted with their recipients emptied, for nothing).
    user.interviews.all().delete()
    user.interviewers.all().delete()
    people = {
        key: Interviewer.objects.create(
            owner=user,
            name=name,
            job_title=title,
            company=company,
            email=email,
            linkedin_url=f"https://www.linkedin.com/in/{name.lower().replace(' ', '-')}-demo",
        )
        for key, (name, title, company, email) in PEOPLE.items()
    }
    for starts_at, ends_at, fields, panel in _interviews(user=user, now=now):
        interview = Interview(owner=user, starts_at=starts_at, ends_at=ends_at, **fields)
        entries = [
            PanelEntry(
                interviewer=people[key],
                is_decision_maker=index == 0,
                discussed=discussed,
                problem_mentioned=problem,
            )
            for index, (key, discussed, problem) in enumerate(panel)
        ]
        interview_save(interview=interview, panel=entries, now=now)
    return {"interviews": user.interviews.count(), "interviewers": user.interviewers.count()}


def _interviews(*, user, now):
    """(starts_at, ends_at, fields, panel); the first panelist is the decision-maker."""

    def local(days: int, hour: int, minute: int = 0) -> datetime:
        day = (now.astimezone(user.zone) + timedelta(days=days)).date()
        return datetime.combine(day, time(hour, minute), tzinfo=user.zone)

    def lasting(start: datetime, minutes: int):
        return start, start + timedelta(minutes=minutes)

    return [
        (
            *lasting(local(-21, 11), 60),
            _fields("Umbrella Health", "Analytics Engineer", "final", "video", "rejected"),
            [
                (
                    "grace",
                    "Why they moved claims analytics off spreadsheets last year.",
                    "Clinicians wait two days for readmission numbers.",
                ),
                (
                    "leo",
                    "Their dbt project layout and test coverage.",
                    "Flaky source freshness checks page the team at night.",
                ),
            ],
        ),
        (
            *lasting(local(-12, 14), 60),
            _fields("Acme Corp", "Data Engineer", "first", "video", "next_round"),
            [
                (
                    "dana",
                    "My Kafka migration at my last job and how we cut batch lag.",
                    "Reports arrive a day late because the ETL runs overnight.",
                ),
                (
                    "marcus",
                    "Airflow DAG design and backfills.",
                    "Backfills block the nightly run for hours.",
                ),
            ],
        ),
        (
            *lasting(local(-9, 16), 45),
            _fields("Hooli", "Senior Data Analyst", "first", "video", "next_round"),
            [
                (
                    "jordan",
                    "How the growth team decides which experiments to run.",
                    "Half of their A/B tests end without a clear answer.",
                ),
                (
                    "ava",
                    "The dashboard I built for churn cohorts.",
                    "Analysts rebuild the same cohort queries every week.",
                ),
            ],
        ),
        (
            *lasting(local(-4, 10), 90),
            _fields("Acme Corp", "Data Engineer", "second", "onsite", "awaiting"),
            [
                (
                    "dana",
                    "The streaming design exercise; she liked the idempotent sink.",
                    "Their finance team wants same-day revenue numbers by Q3.",
                ),
                (
                    "elena",
                    "Roadmap for self-serve data products.",
                    "Product managers cannot trust metric definitions across teams.",
                ),
            ],
        ),
        (
            now - timedelta(hours=30),
            now - timedelta(hours=29),
            _fields("Brightwave Health", "Backend Developer", "first", "video", "awaiting"),
            [
                (
                    "nora",
                    "Their move from a monolith to services for patient scheduling.",
                    "Appointment reminders go out late when the queue backs up.",
                ),
                (
                    "chris",
                    "Django ORM performance and N+1 queries.",
                    "The scheduling page takes eight seconds for large clinics.",
                ),
            ],
        ),
        (
            now - timedelta(hours=3),
            now - timedelta(hours=2),
            _fields(NORTHWIND, "Senior Data Engineer", "second", "video", "awaiting"),
            [
                (
                    "priya",
                    "Her plan to move the nightly batch jobs to streaming.",
                    "Sales dashboards are a day stale, so account managers call "
                    "customers with yesterday’s numbers.",
                ),
                (
                    "tom",
                    "How I tested the CDC pipeline at my last job.",
                    "Schema changes upstream break the loaders without warning.",
                ),
            ],
        ),
        (
            *lasting(local(1, 11), 30),
            _fields("Initech", "Backend Developer", "screening", "phone", "awaiting"),
            [("omar", "", "")],
        ),
        (
            *lasting(local(3, 13), 180),
            _fields("Globex", "Product Analyst", "final", "onsite", "awaiting"),
            [("jane", "", ""), ("sam", "", "")],
        ),
        (
            *lasting(local(6, 15), 60),
            _fields("Hooli", "Senior Data Analyst", "second", "video", "awaiting"),
            [("jordan", "", ""), ("ava", "", "")],
        ),
    ]


def _fields(company, role, interview_round, interview_format, outcome) -> dict:
    location = {
        "video": "https://meet.example.com/demo-" + company.lower().replace(" ", "-"),
        "phone": "They will call my mobile",
        "onsite": f"{company} office, 5th floor reception",
    }[interview_format]
    return {
        "company": company,
        "role": role,
        "round": interview_round,
        "format": interview_format,
        "outcome": outcome,
        "location": location,
        "job_posting_url": f"https://jobs.example.com/{company.lower().replace(' ', '-')}",
        "notes": f"Prepared two stories about pipeline reliability for {company}.",
    }
