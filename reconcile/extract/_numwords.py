"""The words :mod:`reconcile.extract.numbers` reads numbers with: ordinary English, as data.

Nothing here is about a particular story. These are the words that spell numbers,
scale them, bound them, name currencies, and the function words that end a counted
noun phrase. Phrases are written as plain strings and tokenised by the reader, so
they follow its tokenisation ("approx." is ``approx`` then ``.``).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

__all__ = [
    "BOUND_PHRASES",
    "CALL_NOUNS",
    "CHANGE_PARTICLES",
    "CHANGE_WORDS",
    "CURRENCY_CODES",
    "CURRENCY_PREFIX_WORDS",
    "CURRENCY_SYMBOLS",
    "CURRENCY_WORDS",
    "DIAL_VERBS",
    "DOLLAR_PREFIXES",
    "EDITION_WORDS",
    "FRACTIONS",
    "FUNCTION_WORDS",
    "GLUED_SCALES",
    "GO_FORMS",
    "ING_NOUNS",
    "LABEL_NOUNS",
    "LY_WORDS",
    "MEASURE_SUFFIXES",
    "MONTHS",
    "NON_HEADS",
    "NOT_PLURAL",
    "NP_STOP",
    "ONE_IDIOMS",
    "ONE_PRECEDERS",
    "ORDINALS",
    "ORDINAL_FRAMES",
    "ORDINAL_OWNERS",
    "ORDINAL_SERIAL",
    "ORDINAL_SKIP",
    "PLURAL_NOUNS",
    "POSTFIX_PHRASES",
    "RANK_VERBS",
    "SCALES",
    "SINGULAR_UNITS",
    "SIZE_WORDS",
    "SMALL",
    "STREET_WORDS",
    "TIME_WORDS",
    "TIME_ZONES",
    "UNICODE_FRACTIONS",
    "UNIT_ORDINALS",
    "VAGUE",
    "VAGUE_OF",
    "WEEKDAYS",
    "YEAR_PRECEDERS",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_RSQUO = "\u2019"  # the right single quote news text prints as its apostrophe


# --- numbers spelled out ------------------------------------------------------------------

SMALL: Final = MappingProxyType(
    {
        "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4,
        "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
        "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    }
)  # fmt: skip

# Scale words that may follow a number, spelled out or in digits ("3 million", "13 lakh").
# "hundred" is here too; "dozen" multiplies by twelve.
SCALES: Final = MappingProxyType(
    {
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000,
        "crores": 10_000_000, "dozen": 12, "bn": 1_000_000_000, "bln": 1_000_000_000,
        "mn": 1_000_000, "mln": 1_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
        "tln": 1_000_000_000_000,
    }
)  # fmt: skip

# Abbreviations glued to digits ("200k", "1.5bn", "$3m"). Case matters: a lowercase "m"
# or "t" is a metre or a tonne unless a currency is stated, so those two are looked up
# with the currency rule in numbers.py.
GLUED_SCALES: Final = MappingProxyType(
    {
        "k": 1_000, "K": 1_000, "M": 1_000_000, "MM": 1_000_000,
        "mn": 1_000_000, "mln": 1_000_000, "mil": 1_000_000, "b": 1_000_000_000,
        "B": 1_000_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000, "Bn": 1_000_000_000,
        "T": 1_000_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000,
        "tln": 1_000_000_000_000, "tr": 1_000_000_000_000,
    }
)  # fmt: skip

# Denominators: "a third", "two thirds", "three quarters", "one-fifth".
FRACTIONS: Final = MappingProxyType(
    {
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
        "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
        "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
        "tenth": 10, "tenths": 10, "twelfth": 12, "twelfths": 12, "sixteenth": 16,
        "sixteenths": 16, "twentieth": 20, "twentieths": 20, "thirtieth": 30,
        "thirtieths": 30, "fortieth": 40, "fortieths": 40, "fiftieth": 50, "fiftieths": 50,
        "sixtieth": 60, "sixtieths": 60, "seventieth": 70, "seventieths": 70,
        "eightieth": 80, "eightieths": 80, "ninetieth": 90, "ninetieths": 90, "hundredth": 100,
        "hundredths": 100, "thousandth": 1_000, "thousandths": 1_000,
        "millionth": 1_000_000, "millionths": 1_000_000, "billionth": 1_000_000_000,
        "billionths": 1_000_000_000, "trillionth": 1_000_000_000_000,
        "trillionths": 1_000_000_000_000,
    }
)  # fmt: skip

# The last word of a compound denominator after a tens word: "one twenty-fifth",
# "three twenty-firsts". Alone, "first" and "second" are no denominators.
UNIT_ORDINALS: Final = MappingProxyType(
    {
        "first": 1, "firsts": 1, "second": 2, "seconds": 2, "third": 3, "thirds": 3,
        "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
        "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    }
)  # fmt: skip

UNICODE_FRACTIONS: Final = MappingProxyType(
    {
        "½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5),
        "⅖": (2, 5), "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅐": (1, 7),
        "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8), "⅑": (1, 9), "⅒": (1, 10),
    }
)  # fmt: skip

# Vague plurals and their intervals [low, high). The convention: the plural of a unit
# means at least two of it, and fewer than the next unit a writer would switch to.
# For "dozens" and "scores" that is a dozen dozens (a gross) and a score of scores;
# for the powers of ten it is the next scale word English names ("thousands" runs up
# to a million, because "tens of thousands" are still thousands).
VAGUE: Final = MappingProxyType(
    {
        "tens": (20.0, 100.0),
        "dozens": (24.0, 144.0),
        "scores": (40.0, 400.0),
        "hundreds": (200.0, 1e3),
        "thousands": (2e3, 1e6),
        "millions": (2e6, 1e9),
        "billions": (2e9, 1e12),
        "trillions": (2e12, 1e15),
    }
)
# "tens of thousands" = [20, 100) thousands; "hundreds of millions" = [200, 1000) millions.
VAGUE_OF: Final = MappingProxyType(
    {"thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12}
)

# --- bounds -------------------------------------------------------------------------------

# Each phrase before a number, by what it does to the interval around the number v:
# "gt" makes it open above v and "ge" closed above v; "lt" open below v and "le" closed
# below v; "near" reaches near_window below v, v excluded ("nearly"); "over" reaches
# near_window above v, v excluded ("just over"); "approx" reaches approx_window either
# side ("about"); "eq" is v itself ("exactly"); "between" and "from" open a range.
BOUND_PHRASES: Final = MappingProxyType(
    {
        "gt": (
            "more than", "over", "in excess of", "upwards of", "upward of", "above",
            "greater than", "larger than", "higher than", "bigger than", "exceeding",
            "exceeds", "exceeded", "exceed", "surpassing", "surpassed", "surpass",
            "topping", "north of", "well over", "well above", "well more than",
            "well in excess of", "more then", ">",
        ),
        "ge": (
            "at least", "no fewer than", "no less than", "not less than", "not fewer than",
            "a minimum of", "minimum of", "at minimum", "at a minimum",
            "at least or equal to", "greater than or equal to",
            "more than or equal to", "equal to or more than", "equal to or greater than",
            "bigger or equal than", "higher or equal than", "larger or equal than",
            "greater or equal than", "> =", ">=", "≥",
        ),
        # The low extreme a thing reached ("levels as low as 0.8 mg", "fares for as little
        # as $5"): that value, stated; never a floor the thing stays above ("at least").
        "min": ("as few as", "as little as", "as low as"),
        "near": (
            "nearly", "almost", "just under", "just below", "close to", "closer to",
            "approaching", "just shy of", "not quite", "slightly less than",
            "slightly fewer than", "slightly under", "slightly below", "a little less than",
            "a little under", "little less than", "just short of", "just less than",
            "just fewer than", "a bit less than", "a bit under",
        ),
        "over": (
            "just over", "just above", "slightly more than", "slightly over",
            "slightly above", "a little more than", "a little over", "little more than",
            "just more than", "a bit more than", "a bit over",
        ),
        "approx": (
            "about", "around", "roughly", "some", "an estimated", "estimated",
            "approximately", "approx", "approx .", "circa", "ca .", "around about",
            "somewhere around", "somewhere near", "in the region of", "on the order of",
            "of the order of", "an approximate", "more or less", "give or take",
            "something like", "~", "≈",
            # "near 300 homes", "temperatures near 100 degrees": close to it on either side
            # (unlike "nearly"), as "somewhere near" is
            "near",
        ),
        "le": (
            "up to", "as many as", "as much as", "at most", "no more than", "not more than",
            "a maximum of", "maximum of", "at maximum", "at a maximum", "at the most",
            "as high as", "less than or equal to", "fewer than or equal to",
            "equal to or less than", "equal to or fewer than", "smaller or equal than",
            "lower or equal than", "less or equal than", "not exceeding", "no greater than",
            "no higher than", "no larger than", "< =", "<=", "≤",
        ),
        "lt": (
            "fewer than", "less than", "under", "below", "lower than", "smaller than",
            "short of", "well under", "well below", "well short of", "shy of", "well shy of",
            "<",
        ),
        "eq": (
            "exactly", "precisely", "equal to", "equals", "equals to", "equaling",
            "equaling to", "equalling", "equalling to",
        ),
        "between": ("between", "somewhere between", "anywhere between", "anywhere from"),
        "from": ("from",),
    }
)  # fmt: skip

# After a number (or its noun): "100 or more", "500 people or fewer", "20 or so".
POSTFIX_PHRASES: Final = MappingProxyType(
    {
        "ge": (
            "or more", "or greater", "or higher", "or above", "or over", "and more",
            "and above", "and over", "and up", "and upwards", "or upwards",
            "or greater than", "or more than",
        ),
        "le": (
            "or less", "or fewer", "or lower", "or below", "or under", "and under",
            "and below", "and less", "or less than", "or fewer than",
        ),
        "approx": ("or so", "or thereabouts", "give or take"),
    }
)  # fmt: skip

# --- money --------------------------------------------------------------------------------

CURRENCY_SYMBOLS: Final = MappingProxyType(
    {
        "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "￥": "JPY", "₹": "INR", "₩": "KRW",
        "₽": "RUB", "₺": "TRY", "₪": "ILS", "₦": "NGN", "₱": "PHP", "฿": "THB", "₫": "VND",
        "₴": "UAH", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₮": "MNT", "₸": "KZT", "元": "CNY",
        "円": "JPY",
    }
)  # fmt: skip

# Letters written before "$" to say which dollar ("US$5", "C$16", "HK$ 10").
DOLLAR_PREFIXES: Final = MappingProxyType(
    {
        "us": "USD", "u.s.": "USD", "usd": "USD", "c": "CAD", "ca": "CAD", "can": "CAD",
        "cad": "CAD", "a": "AUD", "au": "AUD", "aud": "AUD", "nz": "NZD", "nzd": "NZD",
        "hk": "HKD", "hkd": "HKD", "s": "SGD", "sg": "SGD", "sgd": "SGD", "nt": "TWD",
        "r": "BRL", "mex": "MXN", "mx": "MXN", "mxn": "MXN",
    }
)  # fmt: skip

# ISO 4217 codes written in capitals before or after an amount ("EUR 125", "200 USD").
CURRENCY_CODES: Final = _words(
    "USD EUR GBP JPY CNY INR CHF CAD AUD NZD HKD SGD KRW RUB BRL MXN ZAR SEK NOK DKK PLN TRY"
    " ILS AED SAR QAR KWD BHD OMR NGN KES GHS EGP PKR BDT LKR NPR IDR MYR THB PHP VND TWD UAH"
    " CZK HUF RON BGN ARS CLP COP PEN UYU ISK MAD TND DZD JOD IQD IRR KZT ETB UGX TZS XOF XAF"
)
# Other written prefixes of amounts ("Rs 500", "RMB 10", "Rp 5,000").
CURRENCY_PREFIX_WORDS: Final = MappingProxyType(
    {"RMB": "CNY", "Rs": "INR", "Rp": "IDR", "RM": "MYR", "Ksh": "KES", "KSh": "KES"}
)

# Currency names after an amount, as lowercase phrases. None means the word names no one
# currency ("francs", "pesos"): the amount is money, the currency unknown. Bare "dollars"
# is the US dollar and bare "rupees" the Indian rupee, as news style books assume.
CURRENCY_WORDS: Final = MappingProxyType(
    {
        "dollar": "USD", "dollars": "USD", "us dollar": "USD", "us dollars": "USD",
        "u.s. dollar": "USD", "u.s. dollars": "USD", "american dollars": "USD",
        "canadian dollar": "CAD", "canadian dollars": "CAD", "australian dollar": "AUD",
        "australian dollars": "AUD", "new zealand dollars": "NZD", "hong kong dollars": "HKD",
        "singapore dollars": "SGD", "taiwan dollars": "TWD", "new taiwan dollars": "TWD",
        "taiwanese dollars": "TWD", "jamaican dollars": "JMD", "namibian dollars": "NAD",
        "euro": "EUR", "euros": "EUR", "yen": "JPY", "japanese yen": "JPY", "yuan": "CNY",
        "chinese yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "rupee": "INR",
        "rupees": "INR", "indian rupees": "INR", "pakistani rupees": "PKR",
        "sri lankan rupees": "LKR", "nepalese rupees": "NPR", "nepali rupees": "NPR",
        "rupiah": "IDR", "indonesian rupiah": "IDR", "mexican pesos": "MXN",
        "argentine pesos": "ARS", "argentinian pesos": "ARS", "chilean pesos": "CLP",
        "colombian pesos": "COP", "philippine pesos": "PHP", "cuban pesos": "CUP",
        "uruguayan pesos": "UYU", "ruble": "RUB", "rubles": "RUB", "rouble": "RUB",
        "roubles": "RUB", "russian rubles": "RUB", "russian roubles": "RUB", "lira": "TRY",
        "liras": "TRY", "turkish lira": "TRY", "turkish liras": "TRY", "rand": "ZAR",
        "south african rand": "ZAR", "reais": "BRL", "brazilian reais": "BRL",
        "brazilian real": "BRL", "kronor": "SEK", "swedish kronor": "SEK",
        "swedish krona": "SEK", "norwegian kroner": "NOK", "norwegian krone": "NOK",
        "danish kroner": "DKK", "danish krone": "DKK", "icelandic kronur": "ISK",
        "czech korunas": "CZK", "czech koruna": "CZK", "czech crowns": "CZK",
        "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "polish zlotys": "PLN",
        "forint": "HUF", "forints": "HUF", "hungarian forints": "HUF", "shekel": "ILS",
        "shekels": "ILS", "new shekels": "ILS", "israeli shekels": "ILS",
        "pound sterling": "GBP", "pounds sterling": "GBP", "sterling": "GBP",
        "british pounds": "GBP", "egyptian pounds": "EGP", "lebanese pounds": "LBP",
        "syrian pounds": "SYP", "sudanese pounds": "SDG", "naira": "NGN",
        "nigerian naira": "NGN", "kenyan shillings": "KES", "ugandan shillings": "UGX",
        "tanzanian shillings": "TZS", "riyal": "SAR", "riyals": "SAR", "saudi riyals": "SAR",
        "qatari riyals": "QAR", "iranian rials": "IRR", "rials": "IRR", "dirham": "AED",
        "dirhams": "AED", "uae dirhams": "AED", "emirati dirhams": "AED",
        "moroccan dirhams": "MAD", "kuwaiti dinars": "KWD", "iraqi dinars": "IQD",
        "jordanian dinars": "JOD", "serbian dinars": "RSD", "algerian dinars": "DZD",
        "tunisian dinars": "TND", "bahraini dinars": "BHD", "libyan dinars": "LYD",
        "swiss francs": "CHF", "swiss franc": "CHF", "congolese francs": "CDF",
        "rwandan francs": "RWF", "guinean francs": "GNF", "south korean won": "KRW",
        "korean won": "KRW", "north korean won": "KPW", "baht": "THB", "thai baht": "THB",
        "ringgit": "MYR", "malaysian ringgit": "MYR", "vietnamese dong": "VND",
        "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH", "ukrainian hryvnias": "UAH",
        "tenge": "KZT", "kazakh tenge": "KZT", "cedis": "GHS", "ghanaian cedis": "GHS",
        "birr": "ETB", "ethiopian birr": "ETB", "taka": "BDT", "bangladeshi taka": "BDT",
        "afghanis": "AFN", "romanian lei": "RON", "bulgarian leva": "BGN",
        "francs": None, "franc": None, "pesos": None, "peso": None, "dinars": None,
        "dinar": None, "shillings": None, "kroner": None, "krone": None, "krona": None,
        "pounds": "GBP", "pound": "GBP", "won": "KRW", "cents": "USD", "cent": "USD",
        "pence": "GBP", "penny": "GBP", "pesetas": None, "guilders": None, "markka": None,
        "lire": None,
        "finnish markka": None,
        "dutch guilders": None,
        "french francs": None,
        "belgian francs": None,
        "german marks": None,
        "deutsche marks": None, "escudos": None, "drachmas": None,
        # No ISO 4217 code; singular "bitcoin" is left out, as it mostly modifies a noun
        # ("two bitcoin ATMs"), but its ticker and its subunit after an amount name money.
        "bitcoins": None, "btc": None, "satoshis": None,
    }
)  # fmt: skip

# --- what numbers are not -----------------------------------------------------------------

MONTHS: Final = _words(
    "January February March April May June July August September October November December"
    " Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
)
WEEKDAYS: Final = _words("monday tuesday wednesday thursday friday saturday sunday")

# Words after a number that make it a time of day.
TIME_WORDS: Final = _words(f"am pm a.m. p.m. o'clock o{_RSQUO}clock")
TIME_ZONES: Final = _words(
    "GMT UTC BST CET CEST EST EDT CST CDT MST MDT PST PDT ET PT IST JST AEST AEDT HKT SGT"
)

# Nouns that label a thing by a number: "Section 230", "page 5", "flight 370", "No. 10".
LABEL_NOUNS: Final = _words(
    "section sections sec article articles art chapter chapters page pages pp paragraph para"
    " clause title rule amendment flight route highway interstate room gate platform terminal"
    " level grade phase stage step version ver episode season volume vol issue number no nos"
    " nr nrs item figure fig table exhibit appendix annex district precinct ward unit building"
    " floor apartment apt suite box block bus train line exit category class type size act"
    " part psalm verse channel model code tier week day game round heat lap hole question"
    " problem exercise resolution proposition prop lot seat row pier berth track"
)

# Road prefixes that make the number after them a road's name, matched as printed ("U.S. 41",
# "US-75", "I-35", "SR 7", "Hwy. 101"); the spelled-out ones ("Route 9", "Interstate 35",
# "Highway 101") are label nouns.
ROAD_PREFIXES: Final = _words("U.S. US I SR CR SH FM Hwy HWY Rte Rt RT")

# Words before a year that make a 4-digit number a year even before a noun ("the 2020
# election", "in 2019 protesters...").
YEAR_PRECEDERS: Final = _words(
    "the a an its their his her our your my this that these those in since by until till"
    f" from during before after through circa early late mid fiscal 's {_RSQUO}s ©"
)

# "one" is a count only before a counted noun; not in "no one", "the one who", "one day".
ONE_PRECEDERS: Final = _words("the this that which each every any no another whichever whatever")
ONE_IDIOMS: Final = _words(
    "day time night morning afternoon evening way hand point moment stage occasion end"
    " another other side thing"
)

# --- noun phrases -------------------------------------------------------------------------

_DETERMINERS = (
    "a an the this that these those my your his her its our their some any each every no"
    " another all both either neither such what which whose much many few several enough"
)
_PREPOSITIONS = (
    "of in on at by for with from to into onto upon over under about above below after before"
    " between among amid amongst through throughout during without within against across"
    " along around behind beyond beside besides despite except toward towards via per than"
    " like unlike near off out up down inside outside since until till versus vs including"
    " excluding regarding concerning following worth plus minus"
)
_CONJUNCTIONS = (
    "and or but nor so yet because although though while whereas if unless whether as once"
    " when whenever where wherever"
)
_WH = "who whom whose which that what why how"
_PRONOUNS = (
    "i me you he him she her it we us they them myself yourself himself herself itself"
    " ourselves themselves mine yours hers ours theirs someone anyone everyone nobody"
)
_AUXILIARIES = (
    "be is are was were been being am have has had having do does did will would shall should"
    f" can could may might must ought 's {_RSQUO}s"
)
_NEGATIONS = "not never n't"
_ADVERBS = (
    "also still already just even only now then there here ago later earlier yet too very soon"
    " again away back together alone instead however therefore thus meanwhile nearly almost"
    " about around roughly approximately each apiece altogether overall combined respectively"
    " most least else yesterday today tomorrow tonight last next"
    " familiar responsible available involved present aged total dead alive hurt old"
)
_VERBS = (
    "say says said tell tells told make makes made take takes took taken give gives gave given"
    " get gets got gotten go goes went gone come comes came become becomes became remain"
    " remains include includes seem seems appear appears know knows knew known think thinks"
    " thought want wants seek seeks sought flee flees fled find finds found feel feels felt"
    " meant led send sends sent build builds built fought caught taught drove driven write"
    " wrote written broke broken chose chosen spoke spoken steal steals stole stolen wore eat"
    " ate eaten flew flown hid hidden sank sunk swam threw thrown woke arose borne beaten"
    " bitten blew blown drew drawn forgot forgotten froze frozen hung laid lain rode ridden"
    " rang rung shook shaken shone sang sung slid spun stuck struck swore sworn tore torn"
    " understood withdrew withdrawn die dies kill kills leave leaves left lose loses lost won"
    " ran see sees saw seen showed shown hold holds held keep keeps kept bring brings brought"
    " buy bought sell sells sold pay pays paid spend spends spent met stood sat fell fallen"
    " rose risen grew grown began begun stay stays try tries according face faces work live"
    " need needs accused charged"
)
_MONTHS_LOWER = (
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec"
    " monday tuesday wednesday thursday friday saturday sunday"
)

FUNCTION_WORDS: Final = frozenset().union(
    *map(
        _words,
        (_DETERMINERS, _PREPOSITIONS, _CONJUNCTIONS, _WH, _PRONOUNS, _AUXILIARIES),
    ),
    _words(_NEGATIONS),
    _words(_ADVERBS),
)

# Words that end a counted noun phrase ("60 local residents | to attend").
NP_STOP: Final = (
    FUNCTION_WORDS
    | _words(_VERBS)
    | _words(_MONTHS_LOWER)
    | _words(
        "percent pct cent per half dozen dozens hundred thousand million billion trillion"
        " hundreds thousands millions billions percentage"
    )
    | frozenset(SMALL)
)

# Words that cannot end a counted noun phrase: "four other" counts no noun.
NON_HEADS: Final = _words(
    "other more less fewer additional further such same own last next many few several various"
    " extra separate whole entire main new old top key major minor senior junior former"
    # the state a person is in: "3 critical" counts three people in critical condition
    " critical serious stable grave guarded satisfactory"
)

# Words in -ly that are nouns or adjectives, not adverbs ("50 family members").
LY_WORDS: Final = _words(
    "family ally rally belly jelly bully lily supply assembly reply monopoly anomaly fly"
    " butterfly daily weekly monthly quarterly yearly elderly early friendly lonely costly"
    " deadly holy ugly lovely likely unlikely orderly jolly tally gully melancholy"
)

# Street words: "2401 University Avenue" is an address, not a count.
STREET_WORDS: Final = _words(
    "Avenue Ave Street St Road Rd Boulevard Blvd Drive Dr Lane Ln Way Court Ct Place Pl"
    " Parkway Pkwy Terrace Circle Highway Hwy Square Sq Trail Pike Broadway Plaza"
)

# Singular units after a number above one make a compound adjective with its hyphens left
# out: "a 17 year old", "a 10 mile drive" (as "13-year-old" is one with them).
SINGULAR_UNITS: Final = _words(
    "year month week day hour minute second mile foot inch metre meter kilometre kilometer"
    " kilogram pound ounce gallon acre story storey yard"
)

# Words after a number that make it a name or a size, not a count.
SIZE_WORDS: Final = _words("caliber calibre gauge")

# Verbs before a bare number that make it a phone or code number ("called 911").
DIAL_VERBS: Final = _words(
    "call calls called calling dial dials dialed dialled dialing text texted texting"
)
# Nouns of a call before "to" and a bare number: "callers to 911", "calls to 311".
CALL_NOUNS: Final = _words("call calls caller callers")

# -ing words that are nouns ("one meeting"), so not read as participles.
ING_NOUNS: Final = _words(
    "building meeting hearing killing shooting bombing funding spending housing ruling filing"
    " finding warning offering ceiling evening morning string spring sibling wedding pudding"
    " clothing training uprising crossing opening landing listing posting recording painting"
    " setting feeling beginning timing rating ranking being stabbing kidnapping looting"
    " rioting wrongdoing thing king ring wing sting swing"
)

# Nouns that are plural without a final "s", and words ending in "s" that are not plural.
PLURAL_NOUNS: Final = _words(
    "people men women children police personnel cattle feet teeth mice geese alumni criteria"
    " data media staff folk livestock clergy"
)
NOT_PLURAL: Final = _words(
    "news series species means headquarters politics economics physics mathematics athletics"
    " ethics diabetes measles gas lens bus this his its yes plus bonus campus census virus"
    " status crisis basis analysis thesis chassis corps us"
)

# Units glued to digits that make the number a measure ("10kg", "29km"): a count of that unit.
MEASURE_SUFFIXES: Final = _words(
    "km m cm mm kg g mg lb lbs oz ft mi mph kph kmh ml l L ha kW kw MW GW kWh MWh GWh TWh"
    " Mbps Gbps GB MB TB KB Hz GHz MHz kHz V W h hr hrs min sec yd bp bps kt"
)


# Words of a change of a level (verbs in every form, and nouns): after one of them, "from
# X to Y" states the old level X and the new level Y, not a span ("raised the fare from $2
# to $2.50", "the fare increase, from $2 to $2.50"); "ranged from 60 to 70" stays a span.
CHANGE_WORDS: Final = frozenset(
    """raise raises raised raising increase increases increased increasing cut cuts cutting
    lower lowers lowered lowering reduce reduces reduced reducing reduction grow grows grew
    grown growing growth fall falls fell fallen falling drop drops dropped dropping climb
    climbs climbed climbing rise rises rose risen rising jump jumps jumped jumping boost
    boosts boosted boosting hike hikes hiked hiking change changes changed changing move
    moves moved moving decrease decreases decreased decreasing decline declines declined
    declining slash slashes slashed slashing trim trims trimmed trimming shrink shrinks
    shrank shrunk shrinking expand expands expanded expanding soar soars soared soaring
    surge surges surged surging plunge plunges plunged plunging swell swells swelled
    swollen swelling restate restates restated restating revise revises revised revising
    narrow narrows narrowed narrowing widen widens widened widening slip slips slipped
    slipping""".split()
    + """double doubles doubled doubling triple triples tripled tripling tumble tumbles
    tumbled tumbling sink sinks sank sunk sinking dip dips dipped dipping slide slides slid
    sliding slump slumps slumped slumping leap leaps leapt leaped leaping spike spikes
    spiked spiking skyrocket skyrockets skyrocketed skyrocketing balloon balloons
    ballooned ballooning rebound rebounds rebounded rebounding edge edges edged
    edging lift lifts lifted lifting bump bumps bumped bumping""".split()
)
# "went up from 3 to 4", "is down from 40 to 32": only right before "from".
CHANGE_PARTICLES: Final = frozenset({"up", "down"})
# "went from 40 to 55": a change too, right before "from" only ("went 40 to 55" is not).
GO_FORMS: Final = frozenset({"go", "goes", "went", "gone", "going"})

# Ordinals spelled out, for the editions of a yearly event ("the fifth annual fair").
ORDINALS: Final = MappingProxyType(
    {
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
        "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
        "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
        "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
        "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    }
)  # fmt: skip
# Words after an ordinal that make it the number of an edition: "the 14th annual
# marathon", "its 14th edition", "the race's 14th running".
EDITION_WORDS: Final = frozenset({"annual", "edition", "running", "installment", "instalment"})

# --- ordinals as values ------------------------------------------------------------------

# Words before an ordinal that make it the place of a thing in a series of its own: "the
# fourth failure", "his 12th term", "its second recall" (not "a second look": another one).
ORDINAL_OWNERS: Final = frozenset(
    {"the", "its", "his", "her", "their", "our", "my", "your", "this", "that"}
)
# Nouns (or words inside the noun phrase) that make an ordinal a count of a series however
# the sentence goes on: "the 150th anniversary", "his 12th term", "the third straight
# loss", "its fifth consecutive quarter".
ORDINAL_SERIAL: Final = _words(
    "anniversary anniversaries term birthday straight consecutive successive"
)
# Words after an ordinal's noun, in its clause, that say what series it is counted in:
# "the fourth failure this year", "the second crash since May", "the third in a row",
# "the worst on record", "the second in state history", "the first ever", "so far".
ORDINAL_FRAMES: Final = _words("since ever row record history so date")
# Nouns an ordinal names a thing by, not a place in a series: "the 21st century", "the
# second half", "the first degree", "the fifth grade", "the second amendment", "the first
# time" needs a frame as any noun does; these never take one ("the third quarter" is dated).
ORDINAL_SKIP: Final = _words(
    "century centuries millennium half quarter degree grade amendment person world class block"
    " rate hand round inning period generation"
)
# Verbs a rank follows without an article: "finished 23rd", "placed second", "ranked 14th".
RANK_VERBS: Final = _words("finished finishes finish placed places ranked ranks came comes")
