"""Vehicle makes and models as they are written, for an answer typed in lower case ("an
old nissan patrol", "a camry with broken ac"): the wizard capitalises them only where
it is certain. A make or model no English word spells ("nissan", "camry", "hilux") is a
name wherever it stands; a model that is an English word too ("patrol", "ranger",
"transit") only right after its make ("nissan patrol"), and a make that is a word
("ford", "kia": a river crossing, "kia ora") only right before a model ("ford ranger").
"ac" is air conditioning, in capitals, only in a sentence about a car ("with no ac").
"""

from __future__ import annotations

# No English word spells these: a name wherever typed.
MAKES = {
    "toyota": "Toyota", "nissan": "Nissan", "hyundai": "Hyundai", "mitsubishi": "Mitsubishi",
    "subaru": "Subaru", "mazda": "Mazda", "volkswagen": "Volkswagen", "chevrolet": "Chevrolet",
    "lexus": "Lexus", "suzuki": "Suzuki", "isuzu": "Isuzu", "peugeot": "Peugeot",
    "renault": "Renault", "skoda": "Skoda", "bmw": "BMW", "mercedes": "Mercedes",
    "honda": "Honda", "volvo": "Volvo", "audi": "Audi", "porsche": "Porsche",
    "chrysler": "Chrysler", "cadillac": "Cadillac",
}  # fmt: skip
MODELS = {
    "camry": "Camry", "hilux": "Hilux", "prado": "Prado", "pajero": "Pajero",
    "navara": "Navara", "altima": "Altima", "sentra": "Sentra", "yaris": "Yaris",
    "elantra": "Elantra", "landcruiser": "LandCruiser", "rav4": "RAV4", "tiguan": "Tiguan",
    "qashqai": "Qashqai", "amarok": "Amarok", "hiace": "HiAce",
}  # fmt: skip
# Makes that are English words too: a name only before one of their models.
WORD_MAKES = {"ford": "Ford", "kia": "Kia", "jeep": "Jeep", "dodge": "Dodge", "tesla": "Tesla"}
# Models that are English words too: a name only after their make.
WORD_MODELS = {
    "patrol": "Patrol", "ranger": "Ranger", "transit": "Transit", "sprinter": "Sprinter",
    "corolla": "Corolla", "civic": "Civic", "accord": "Accord", "tundra": "Tundra",
    "golf": "Golf", "polo": "Polo", "sunny": "Sunny", "focus": "Focus", "fiesta": "Fiesta",
    "wrangler": "Wrangler", "cherokee": "Cherokee", "ram": "Ram", "outlander": "Outlander",
    "sportage": "Sportage",
}  # fmt: skip
ALL_MAKES = MAKES | WORD_MAKES
ALL_MODELS = MODELS | WORD_MODELS
CAR_WORDS = frozenset({"car", "cars", "van", "vans", "truck", "trucks", "cab", "taxi", "bus",
                       "ute", "suv", "jeep", "limo", "limousine", "pickup", "sedan"})  # fmt: skip
AC_NEAR = 6  # words before "ac" a car is named in


def vehicle_name(word: str, before: str, after: str) -> str | None:
    """How a lower-case make or model is written ("nissan" -> "Nissan", "patrol" after
    "nissan" -> "Patrol"), or None where the word may be an English one."""
    if word in MAKES:
        return MAKES[word]
    if word in MODELS:
        return MODELS[word]
    if word in WORD_MAKES and after in ALL_MODELS:
        return WORD_MAKES[word]  # "ford ranger", not "ford the river"
    if word in WORD_MODELS and before in ALL_MAKES:
        return WORD_MODELS[word]  # "nissan patrol", "toyota corolla"
    return None


def air_con_here(earlier: list[str]) -> bool:
    """ "ac" in capitals: a car was named in the few words before it ("a camry with broken
    ac", "the van had no ac")."""
    near = [w.lower().strip(".,;:!?()") for w in earlier[-AC_NEAR:]]
    return any(w in ALL_MAKES or w in MODELS or w in CAR_WORDS for w in near)
