"""The time zones a user can choose from: common ones first, then by region, no aliases.

The list comes from the tz database's ``zone.tab`` (one or more current zones per
country, as shipped in the ``tzdata`` package), so deprecated names such as
``US/Eastern`` or ``Asia/Calcutta`` are never offered. A name the browser reports in an
old spelling is mapped to today's through the database's links.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

UTC = "UTC"

# Shown first, in this order: where most users are. Labels start with the city, so
# typing its first letters in the closed list jumps to it (no script needed).
COMMON = [
    "America/Los_Angeles",
    "America/Denver",
    "America/Phoenix",
    "America/Chicago",
    "America/New_York",
    "America/Toronto",
    "America/Mexico_City",
    "America/Sao_Paulo",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Lisbon",
    "Europe/Paris",
    "Europe/Berlin",
    "Europe/Madrid",
    "Europe/Amsterdam",
    "Europe/Stockholm",
    "Europe/Warsaw",
    "Europe/Athens",
    "Europe/Istanbul",
    "Africa/Lagos",
    "Africa/Johannesburg",
    "Asia/Dubai",
    "Asia/Kolkata",
    "Asia/Singapore",
    "Asia/Shanghai",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Pacific/Auckland",
]


def _tzdata(name: str) -> str:
    return resources.files("tzdata.zoneinfo").joinpath(name).read_text(encoding="utf-8")


@cache
def _countries() -> dict[str, str]:
    names = {}
    for line in _tzdata("iso3166.tab").splitlines():
        if line and not line.startswith("#"):
            code, _, name = line.partition("\t")
            names[code] = name.strip()
    return names


@cache
def _zones() -> dict[str, str]:
    """Each current zone name and its country's name, from zone.tab."""
    zones = {}
    for line in _tzdata("zone.tab").splitlines():
        if line and not line.startswith("#"):
            code, _, name, *_ = line.split("\t")
            zones[name] = _countries().get(code, code)
    return zones


@cache
def _links() -> dict[str, str]:
    """Old name -> current name, from the database's links ("L target alias")."""
    links = {}
    for line in _tzdata("tzdata.zi").splitlines():
        if line.startswith("L "):
            _, target, alias = line.split()
            links[alias] = target
    return links


def label(name: str) -> str:
    """'New York, United States'; 'Buenos Aires, Argentina'; 'UTC'."""
    if name == UTC:
        return "UTC (Coordinated Universal Time)"
    city = name.rsplit("/", 1)[-1].replace("_", " ")
    country = _zones().get(name, "")
    return f"{city}, {country}" if country else city


@cache
def time_zone_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """Grouped choices for a select: "Common" first, then one group per region."""
    zones = _zones()
    common = [name for name in COMMON if name in zones]
    regions: dict[str, list[tuple[str, str]]] = {}
    for name in sorted(zones, key=lambda n: label(n)):
        if name in common:
            continue
        regions.setdefault(name.split("/", 1)[0], []).append((name, label(name)))
    return [
        ("Common", [(UTC, label(UTC)), *((name, label(name)) for name in common)]),
        *sorted(regions.items()),
    ]


@cache
def _names() -> frozenset[str]:
    return frozenset(value for _, group in time_zone_choices() for value, _ in group)


def is_valid_time_zone(name: str) -> bool:
    return name in _names()


def canonical_time_zone(name: str) -> str | None:
    """Today's name for ``name`` (an old alias is followed to its zone); None if unknown."""
    if is_valid_time_zone(name):
        return name
    target = _links().get(name)
    return target if target and is_valid_time_zone(target) else None
