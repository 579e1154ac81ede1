"""Ordinary English for reading claims: function words, lemmas, synonyms and event classes.

Nothing here is about any particular story: these are the words news prose is
made of, grouped so that two wordings of one thing normalise to the same tokens
("residents" / "civilians" / "inhabitants" -> ``person``; "said" / "announced" ->
the event ``e:announce``).
"""

from __future__ import annotations

import re

__all__ = [
    "ADVERBS",
    "AUXILIARIES",
    "CONJUNCTIONS",
    "CONTRASTIVE",
    "DETERMINERS",
    "GENERIC",
    "HEDGES",
    "MEASURES",
    "MEASURE_SHORT_FORMS",
    "NEGATIONS",
    "PREPOSITIONS",
    "REPORTING",
    "SPEECH_VERBS",
    "event_class",
    "is_verb_form",
    "lemma",
    "noun_token",
]

DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
        "some",
        "any",
        "each",
        "every",
        "both",
        "all",
        "either",
        "neither",
        "no",
        "such",
        "what",
        "which",
        "whose",
    ]
)
PREPOSITIONS = frozenset(
    [
        "of",
        "in",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "across",
        "on",
        "into",
        "onto",
        "over",
        "under",
        "about",
        "after",
        "before",
        "during",
        "since",
        "through",
        "throughout",
        "against",
        "among",
        "amid",
        "between",
        "per",
        "via",
        "within",
        "without",
        "near",
        "toward",
        "towards",
        "upon",
        "around",
        "behind",
        "beyond",
        "despite",
        "except",
        "inside",
        "outside",
        "like",
        "worth",
        "including",
    ]
)
AUXILIARIES = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "has",
        "have",
        "had",
        "having",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "shall",
        "should",
        "must",
        "do",
        "does",
        "did",
        "get",
        "gets",
        "got",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "hasn't",
        "haven't",
        "hadn't",
        "won't",
        "wouldn't",
        "couldn't",
        "can't",
        "didn't",
        "doesn't",
        "don't",
    ]
)
CONJUNCTIONS = frozenset(
    ["and", "or", "but", "nor", "yet", "so", "while", "whereas", "although", "though", "because"]
)
RELATIVES = frozenset(["who", "whom", "whose", "which", "that", "where", "when"])
PRONOUNS = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "him",
        "them",
        "us",
        "me",
        "his",
        "hers",
        "its",
        "their",
    ]
)
# A count qualified by one of these is a different set from the same count without it.
CONTRASTIVE = frozenset(["other", "another", "additional", "further", "remaining", "more", "else"])
HEDGES = frozenset(
    [
        "allegedly",
        "alleged",
        "reportedly",
        "accused",
        "suspected",
        "purportedly",
        "purported",
        "apparently",
        "possibly",
        "probably",
        "likely",
        "could",
        "may",
        "might",
        "unconfirmed",
        "believed",
    ]
)
NEGATIONS = frozenset(["not", "no", "never", "none", "neither", "nor", "without", "n't", "cannot"])
SPEECH_VERBS = frozenset(
    [
        "say",
        "said",
        "says",
        "saying",
        "tell",
        "told",
        "tells",
        "announce",
        "announced",
        "announces",
        "state",
        "stated",
        "states",
        "add",
        "added",
        "adds",
        "report",
        "reported",
        "reports",
        "confirm",
        "confirmed",
        "confirms",
        "declare",
        "declared",
        "claim",
        "claimed",
        "claims",
        "allege",
        "alleged",
        "alleges",
        "write",
        "wrote",
        "writes",
        "note",
        "noted",
        "notes",
        "explain",
        "explained",
        "explains",
        "testify",
        "testified",
    ]
)
# Verbs of reporting: the day something was said is the day of one outlet's report.
REPORTING = frozenset(
    [
        "say",
        "tell",
        "state",
        "report",
        "add",
        "note",
        "explain",
        "write",
        "confirm",
        "publish",
        "update",
        "post",
        "comment",
        "speak",
        "quote",
    ]
)
# Adverbs that stand between a count and its verb without changing what is counted.
ADVERBS = frozenset(
    [
        "also",
        "still",
        "later",
        "then",
        "since",
        "now",
        "reportedly",
        "allegedly",
        "all",
        "both",
        "each",
        "initially",
    ]
)
# Words that say when, not who: "X today reported", "the ministry on Friday said".
TIME_WORDS = frozenset(
    [
        "today",
        "yesterday",
        "tonight",
        "tomorrow",
        "now",
        "earlier",
        "later",
        "recently",
        "previously",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "morning",
        "afternoon",
        "evening",
        "night",
    ]
)
# Determiners that make the next word a noun: "its report", "a statement", "their claims".
NOUN_MARKERS = frozenset(["a", "an", "its", "their", "his", "her", "our", "my", "your"])
# Speech verbs that are also nouns ("in its report"): only these can be read as a noun.
SPEECH_NOUNS = frozenset(["report", "claim", "note", "state", "statement"])
# Words of status between a count and its event: "37 people were confirmed dead".
STATUS_WORDS = frozenset(
    [
        "confirmed",
        "feared",
        "believed",
        "presumed",
        "thought",
        "known",
        "listed",
        "declared",
        "remain",  # "two remain hospitalized", "one remained unaccounted for"
        "remained",
        "remains",
    ]
)
# Nouns of a difference between two figures: "a margin of 2,339 votes" is not a vote count.
DIFFERENCES = frozenset(["margin", "difference", "gap", "lead", "shortfall"])
# Nouns too vague to say what a figure measures: "The figure was 42."
VAGUE = frozenset(["figure", "number", "amount", "total", "level", "count", "one", "thing"])
# Nouns that count what the word before them names: "the death toll", "the injury count".
TALLIES = frozenset(["toll", "tally", "count"])
# Verbs that link a subject to its figure: "turnout was 38 percent", "sales rose to $2 billion".
LINKING = frozenset(
    "is was are were stood stands came comes rose rises fell falls grew grows "
    "totaled totalled reached hit topped climbed jumped dropped declined amounted remained".split()
)
# Nouns of a scale whose number follows them: "a magnitude 6.4 earthquake", "a Category 4
# storm". The number is a reading on the scale, not a count of the noun after it.
SCALES = frozenset(["magnitude", "category", "level", "grade"])
# Units of time, distance and age: a count of them measures, it is never a count of victims.
MEASURES = frozenset(
    [
        "year",
        "month",
        "week",
        "day",
        "hour",
        "minute",
        "second",
        "time",
        "mile",
        "foot",
        "inch",
        "yard",
        "meter",
        "metre",
        "kilometer",
        "kilometre",
        "acre",
        "hectare",
        "percent",
        "degree",
        "round",
        "shot",
    ]
)
# Heads too general to tell two counts apart without anything else: "4 people" alone.
# The short forms of those units ("12 km", "40 ft"): as general as the words they stand for.
MEASURE_SHORT_FORMS = frozenset("km kms ft yd yds mi hr hrs min mins sec secs yr yrs".split())
GENERIC = frozenset(
    ["person", "man", "woman", "thing", "other", "one", *MEASURES, *MEASURE_SHORT_FORMS]
)
# Words carrying no meaning of their own in an attribute phrase.
FILLER = (
    DETERMINERS
    | AUXILIARIES
    | CONJUNCTIONS
    | RELATIVES
    | PRONOUNS
    | frozenset(
        [
            "than",
            "more",
            "less",
            "fewer",
            "least",
            "most",
            "nearly",
            "almost",
            "about",
            "around",
            "roughly",
            "some",
            "approximately",
            "just",
            "over",
            "under",
            "up",
            "as",
            "many",
            "much",
            "also",
            "only",
            "even",
            "still",
            "then",
            "there",
            "here",
            "not",
        ]
    )
)

_IRREGULAR = {
    "people": "person",
    "persons": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "laid": "lay",  # "will be laid off"
    "died": "die",
    "dies": "die",
    "dying": "die",
    "dead": "die",
    "stole": "steal",
    "stolen": "steal",
    "paid": "pay",
    "said": "say",
    "says": "say",
    "told": "tell",
    "shot": "shoot",
    "held": "hold",
    "ran": "run",
    "got": "get",
    "made": "make",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "brought": "bring",
    "caught": "catch",
    "fled": "flee",
    "struck": "strike",
    "left": "leave",
    "lost": "lose",
    "won": "win",
    "sold": "sell",
    "bought": "buy",
    "found": "find",
    "kept": "keep",
    "led": "lead",
    "met": "meet",
    "sent": "send",
    "spent": "spend",
    "spoke": "speak",
    "spoken": "speak",
    "built": "build",
    "fell": "fall",
    "fallen": "fall",
    "rose": "rise",
    "risen": "rise",
    "grew": "grow",
    "grown": "grow",
    "knew": "know",
    "known": "know",
    "saw": "see",
    "seen": "see",
    "began": "begin",
    "begun": "begin",
    "wrote": "write",
    "written": "write",
    "drove": "drive",
    "driven": "drive",
    "sought": "seek",
    "thought": "think",
    "fined": "fine",
    "broke": "break",
    "broken": "break",
    "won't": "will",
    "data": "data",
    "news": "news",
    "series": "series",
    "species": "species",
    "police": "police",
    "media": "media",
    "us": "us",
    "was": "be",
    "were": "be",
    "is": "be",
    "are": "be",
    "has": "have",
    "had": "have",
    "wounded": "wound",
    "injuries": "injury",
    "killings": "killing",
    "hostages": "hostage",
}
_KEEP_S = frozenset(
    [
        "bus",
        "gas",
        "lens",
        "news",
        "series",
        "species",
        "chaos",
        "crisis",
        "thesis",
        "basis",
        "analysis",
    ]
)

# Synonyms folded into one token, so that wording does not split one thing in two.
_SYNONYMS = {
    "person": "person",
    "individual": "person",
    "citizen": "person",
    "national": "person",
    "resident": "person",
    "tenant": "person",  # the residents of a building: "two tenants" / "two residents"
    "civilian": "person",
    "adult": "person",
    "inhabitant": "person",
    "company": "company",
    "firm": "company",
    "business": "company",
    "corporation": "company",
    "employer": "company",
    "enterprise": "company",
    "kid": "child",
    "minor": "child",
    "youngster": "child",
    "fatality": "death",
    "casualty": "casualty",
    "wound": "injury",
    "job": "job",
    "position": "job",
    "post": "job",
    "worker": "employee",  # the people a firm or a site has on its payroll
    "employee": "employee",
    "staffer": "employee",
    "staff": "employee",
    "workforce": "employee",
    "vehicle": "vehicle",
    "car": "vehicle",
    "semi": "truck",  # a semitrailer truck, as "tractor-trailer" (a compound: see claims)
    "lorry": "truck",
    "quake": "earthquake",
    "temblor": "earthquake",
    "blaze": "fire",  # an incident by its other names: "the blaze" is the fire
    "inferno": "fire",
    "blast": "explosion",
    "house": "home",
    "residence": "home",
    "dwelling": "home",
    "dollar": "money",
    "fund": "money",
    "income": "profit",  # "net income" is what is left of the revenue: a profit
    "earning": "profit",
    "sale": "revenue",
    "turnover": "revenue",
    "expense": "cost",
    "location": "site",
    "site": "site",
    "premise": "site",
    "scam": "scheme",
    "repay": "restitution",  # paying back what was taken is restitution
    "repayment": "restitution",
    "begin": "start",
    "scorch": "burn",
    "char": "burn",
    "containment": "contain",  # "full containment by Aug. 20": the fire contained by then
    "gust": "wind",  # "gusts of up to 40 mph" are winds of up to 40 mph
    "adopt": "approve",  # "adopted a budget" / "approved a budget"
    "detect": "discover",
    "gun": "firearm",
    "deficit": "shortfall",  # what a budget lacks: "a $3 million deficit", "shortfall", "gap"
    "gap": "shortfall",
}

# Verbs and nouns of one event, folded to one class token: "killed" and "died" say the same.
_EVENTS = {
    "killed": "kill die slay slain murder death dead fatal fatally killing homicide succumb "
    "massacre massacr deceased",
    "injured": "injure wound hurt hospitalize injury stab graze treat",
    "shot": "shoot shooting gunshot",
    "arrested": "arrest detain apprehend custody",
    "charged": "charge",
    "indicted": "indict indictment",
    "convicted": "convict conviction",
    "sentenced": "sentence",
    "announced": "announce announcement say state tell declare statement disclose reveal report",
    "stolen": "steal theft rob robbery",
    "evacuated": "evacuate evacuation",
    "displaced": "displace",
    "rescued": "rescue",
    "missing": "missing unaccounted",  # "remained unaccounted for": missing
    "raised": "raise",
    "earned": "earn",
    "paid": "pay payment",
    "seized": "seize seizure",
    "searched": "search",
    "fired": "fire layoff lay",
    "hired": "hire",
    "generated": "generate",
    "demanded": "demand ransom extort",  # "demanding $2 million", "a $2 million ransom"
    "caused": "cause",
    "spent": "spend",
    "lost": "lose loss",
    "damaged": "damage",
    "destroyed": "destroy",
    "infected": "infect infection encrypt",  # ransomware "encrypted 200 computers": infected
    "born": "bear birth",
    "crashed": "crash",
    "struck": "strike",
    "held": "hold",
}
_EVENT_OF = {word: name for name, words in _EVENTS.items() for word in words.split()}

_VERB_STEMS = frozenset(_EVENT_OF) | frozenset(
    (
        "accept accuse add admit agree allege allow announce appear apply approve argue ask "
        "assist attack attend avoid bar begin believe blend block bring build buy call cancel "
        "carry change charge choose claim close come comment complete compromise confirm "
        "consider continue cost count cover create cut decide declare decline decrease defend "
        "deliver deny deploy describe destroy discover drop earn employ end enter evade "
        "expand expect explain face fail fall file fill find fire flee follow force form fund "
        "gain give go grant grow handle happen hear help hold host identify improve include "
        "increase injure insist intend invest investigate involve issue join keep kill launch "
        "lead leave lift limit list live locate lose make manage meet move name need note "
        "obtain offer open operate oppose order own pass pay place plan plead post prepare "
        "present prevent procure produce promise propose protect prove provide publish pull "
        "push raise reach receive record reduce refuse reject release rely remain remove "
        "repeat replace report request require rescue resign respond rise rule run safeguard "
        "save say schedule search see seek seize sell send serve set settle shoot show shut "
        "sign speak spend stand start state stay stop strike submit suffer suggest supply "
        "support suspend take target tell test threaten train transfer treat try turn urge "
        "use vote wait warn win withdraw work write break"
    ).split()
)

_TOKEN = re.compile(r"[a-z]+(?:['’][a-z]+)?")


_LEMMAS: dict[str, str] = {}  # lemma's answers so far: extraction asks for a few words often
_LEMMAS_KEPT = 50_000  # then the answers are forgotten, so a corpus does not grow it


def lemma(word: str) -> str:
    """The dictionary form of an English word, by rule and a list of irregulars.

    >>> [lemma(w) for w in ["Families", "residents", "evacuated", "fled", "taxes", "rescued"]]
    ['family', 'resident', 'evacuate', 'flee', 'tax', 'rescue']
    """
    found = _LEMMAS.get(word)
    if found is None:
        if len(_LEMMAS) >= _LEMMAS_KEPT:
            _LEMMAS.clear()
        found = _LEMMAS[word] = _lemma(word)
    return found


def _lemma(word: str) -> str:
    """:func:`lemma`, worked out."""
    w = word.casefold().replace("’", "'")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if word[:1].isupper() and w.endswith(("ing", "ed")) and not _known_stem(w):
        return w  # a name ("Lansing", "Redmond"), not a verb form
    w = w.removesuffix("'s")
    if len(w) <= 3 or w in _KEEP_S:
        return w
    for suffix, repl in (
        ("ies", "y"),
        ("sses", "ss"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("xes", "x"),
    ):
        if w.endswith(suffix):
            return w[: -len(suffix)] + repl
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    if w.endswith("ied"):
        return w[:-3] + "y"
    if w.endswith("ed"):
        return _verb_stem(w[:-2])
    if w.endswith("ing") and len(w) > 5:
        return _verb_stem(w[:-3])
    return w


def _known_stem(word: str) -> bool:
    """Whether an -ing/-ed word is a form of a verb in the lexicon."""
    stem = word[:-3] if word.endswith("ing") else word[:-2]
    return _verb_stem(stem) in _VERB_STEMS


def _verb_stem(stem: str) -> str:
    """Undo the spelling changes of -ed/-ing: doubled consonants and a dropped e."""
    if stem in _VERB_STEMS:
        return stem
    if stem + "e" in _VERB_STEMS:
        return stem + "e"
    if (
        len(stem) > 2
        and stem[-1] == stem[-2]
        and stem[-1] not in "lsz"
        and stem[:-1] in _VERB_STEMS
    ):
        return stem[:-1]
    if stem.endswith(("at", "iz", "uc", "ag", "ut", "ov", "ur", "ib", "ag", "ud", "us")):
        return stem + "e"
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]
    return stem


def is_verb_form(word: str) -> bool:
    """Whether a word is a past or present participle, or a finite form, of a verb we know.

    >>> is_verb_form("evacuated"), is_verb_form("families"), is_verb_form("killed")
    (True, False, True)
    """
    w = word.casefold()
    if w in _IRREGULAR and _IRREGULAR[w] in _VERB_STEMS:
        return True
    if w.endswith(("ed", "ing")) and len(w) > 4:
        return True
    return w in _VERB_STEMS


def event_class(word: str) -> str | None:
    """The event a verb or noun names, as a token ("e:killed"), or None.

    >>> event_class("died"), event_class("announcement"), event_class("said"), event_class("cat")
    ('e:killed', 'e:announced', 'e:announced', None)
    """
    name = _EVENT_OF.get(lemma(word)) or _EVENT_OF.get(word.casefold())
    return f"e:{name}" if name else None


def noun_token(word: str) -> str | None:
    """The normalised token of a content word, or None for a word that carries no meaning here.

    >>> [noun_token(w) for w in ["the", "U.S.", "residents", "civilians", "businesses", "taxes"]]
    [None, 'u.s.', 'person', 'person', 'company', 'tax']
    """
    w = word.casefold().strip("“”\"'’‘()[],;:")
    if not w or w in FILLER or not any(map(str.isalpha, w)):
        return None
    if "." in w and len(w) <= 6:
        return w
    base = lemma(w)
    return _SYNONYMS.get(base, base)


def words(text: str) -> list[str]:
    """The lowercase words of a text."""
    return _TOKEN.findall(text.casefold())


# Nouns for one person that say the person's sex: "a 36-year-old woman" is a woman, so the
# age of a man named in another account is not hers. Nouns of a role ("teacher") say none.
SEXED_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        "man male boy father son husband brother grandfather uncle nephew gentleman businessman"
        " policeman fireman congressman chairman spokesman".split(),
        "male",
    ),
    **dict.fromkeys(
        "woman female girl mother daughter wife sister grandmother aunt niece lady businesswoman"
        " policewoman congresswoman chairwoman spokeswoman".split(),
        "female",
    ),
}
