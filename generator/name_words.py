"""The words the player finder reads names by: titles' heads, function words, organisations' heads."""

from __future__ import annotations

ABBREVIATIONS = {
    "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gen.", "Col.", "Prof.", "Rev.", "St.", "Jr.", "Sr.", "Lt."
}
CONNECTORS = {"de", "da", "do", "dos", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le", "du", "di"}

# Capitalised words that start sentences or headlines, never a name on their own.
FUNCTION_WORDS = frozenset(
    [
        "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we",
        "you", "i", "his", "her", "their", "our", "my", "your", "in", "on", "at", "by", "for", "from", "to", "of",
        "with", "without", "about", "after", "before", "since", "until", "during", "over", "under", "between", "among",
        "into", "onto", "upon", "through", "across", "against", "despite", "amid", "while", "when", "where", "whether",
        "if", "as", "because", "though", "although", "but", "and", "or", "nor", "so", "yet", "also", "still", "then",
        "than", "not", "no", "yes", "all", "any", "both", "each", "every", "some", "many", "much", "more", "most",
        "other", "such", "only", "even", "just", "however", "meanwhile", "moreover", "instead", "rather", "prior",
        "according", "earlier", "later", "today", "tomorrow", "yesterday", "tonight", "now", "once", "last", "next",
        "new", "old", "former", "what", "which", "who", "whom", "whose", "why", "how", "i'm", "i've", "i'd", "i'll",
        "we're", "it's", "another", "several", "various", "numerous", "related", "neither", "either", "like",
        "unlike"
    ]
)
# Capitalised words that end a run of them: "Since Donald Trump" is no name, "New York" is one.
NAME_BREAKS = FUNCTION_WORDS - {"new"}
# Prepositions that, in capitals inside a sentence, are part of a name: "League Against Cruel Sports",
# "Reporters Without Borders".
NAME_PREPOSITIONS = frozenset(["Against", "Without"])
MONTHS = frozenset(
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"
    ]
)
# What a business is called just before its name: "mobile operator Bite Latvija", "lender Banca Carige".
COMPANY_NOUNS = frozenset(
    ["company", "firm", "operator", "carrier", "lender", "insurer", "retailer", "maker", "manufacturer", "producer",
     "automaker", "carmaker", "chipmaker", "developer", "broker", "miner", "supplier", "conglomerate", "airline",
     "bank", "bankers", "startup", "start-up", "distributor", "exporter", "importer", "refiner", "publisher",
     "broadcaster", "brewer", "utility", "subsidiary", "unit", "outlet", "platform", "app"]
)
# "a group known as ...", "a party called ...": what the name that follows is.
GROUP_NOUNS = frozenset(
    ["group", "organisation", "organization", "movement", "party", "network", "militia", "company", "firm", "band",
     "gang", "charity", "campaign", "faction", "coalition", "alliance", "organisations", "groups", "outfit", "cell"]
)
# "Guildford Four", "Maguire Seven": a group named by its number, not a person with a surname.
NUMBER_WORDS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"])
WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
DATE_WORDS = MONTHS | WEEKDAYS
# Months that are also family names ("Theresa May", "Brian May"), and the words that make them dates again.
MONTHS_AS_NAMES = frozenset(["may", "june", "april", "august"])
TIME_MODIFIERS = frozenset(["early", "late", "mid", "since", "until", "last", "next", "this", "in", "by", "from"])
ORG_HEADS = frozenset(
    [
        "party", "ministry", "council", "commission", "committee", "agency", "bank", "court", "parliament", "assembly",
        "union", "organization", "organisation", "association", "institute", "university", "college", "corporation",
        "company", "group", "office", "department", "army", "navy", "force", "forces", "police", "service", "services",
        "fund", "foundation", "alliance", "front", "movement", "authority", "board", "bureau", "government",
        "administration", "coalition", "federation", "inc", "ltd", "corp", "plc", "times", "post", "guard", "guards",
        "brigade", "brigades", "network", "channel", "television", "radio", "airlines", "airways", "exchange", "center",
        "centre", "prosecution", "division", "co", "llc", "church", "command", "tribunal", "directorate",
        "secretariat", "chamber", "survey", "sa", "ag", "nv", "spa", "gmbh", "bv", "ab", "asa",
        "management", "academy", "school", "hospital", "society", "museum", "club",
        # A business's: "Waha Capital", "Samsung Electronics", "Alix Partners", "Capital Gazette". Not "energy" or
        # "resources", which are also ministers' portfolios ("Minister for Energy").
        "capital", "partners", "electronics", "electric", "motors", "industries", "technologies", "pharmaceuticals",
        "investments", "ventures", "holdings", "lp", "gazette", "herald", "tribune",
    ]
)
PLACE_HEADS = frozenset(
    [
        "street", "road", "avenue", "square", "island", "islands", "river", "mountains", "mountain", "province",
        "region", "state", "county", "city", "valley", "sea", "ocean", "airport", "bay", "strait", "peninsula",
        "district", "town", "village", "lake", "desert"
    ]
)
NOT_PLAYER_HEADS = frozenset(
    [
        "war", "wars", "summit", "act", "bill", "law", "treaty", "agreement", "accord", "deal", "plan", "day", "games",
        "cup", "olympics", "revolution", "initiative", "conference", "forum", "election", "elections", "report",
        "programme", "program", "budget", "festival", "award", "prize", "week", "year", "month", "news", "minister",
        "ministers", "president", "secretary", "cabinet", "crisis", "talks", "review", "speech", "strategy",
        "manifesto", "policy", "campaign", "scheme", "protocol", "convention", "questions",
        # Events and movements named in one word, which "said" or a title would otherwise make a person.
        "brexit", "megxit", "grexit", "obamacare", "watergate", "index",
        # Currencies: "Euro, U.S. Dollar, Turkish Lira" is no list of places.
        "euro", "euros", "dollar", "dollars", "yen", "yuan", "renminbi", "lira", "rupee", "rupees", "peso", "pesos",
        "rouble", "roubles", "ruble", "rubles", "franc", "francs", "pound", "sterling"
    ]
)
# Capital letters that are not organisations: units, time zones, common abbreviations.
NOT_ORG_ACRONYMS = frozenset([
    "GDP", "CEO", "CFO", "VAT", "MPS", "MEP", "DNA", "HIV", "AIDS", "IPO", "LNG", "USD", "EUR", "GMT", "UTC", "EST",
    "EDT", "PST", "PDT", "CET", "BST", "CPI", "PMI", "ETF", "API", "SUV", "ATM", "TWO", "ONE", "NEW", "THE",
    # Things, not organisations: a satellite fix, a prisoner of war, a non-governmental body in general.
    "GPS", "POW", "MIA", "NGO", "UAV", "LGBT", "COVID", "PPE",
    # Measures and market indices: "EBITDA", the reserve requirement ratio, "the FTSE 100".
    "EBITDA", "EBIT", "EPS", "RRR", "FDI", "GNP", "ROI", "FTSE", "STOXX", "DAX",
])
# "Hurricane Harvey", "Typhoon Hagibis", "Tropical Storm Imelda": a storm's name, never a person's.
STORMS = frozenset(["hurricane", "typhoon", "cyclone", "storm", "tropical", "tornado"])
ROLE_NOUNS = frozenset(
    [
        "president", "premier", "minister", "leader", "spokesman", "spokeswoman", "spokesperson", "agent", "official",
        "chief", "secretary", "ambassador", "envoy", "senator", "lawmaker", "legislator", "candidate", "chairman",
        "chairwoman", "director", "governor", "mayor", "general", "commander", "king", "queen", "prince", "princess",
        "judge", "lawyer", "activist", "journalist", "reporter", "analyst", "economist", "head", "founder", "owner",
        "executive", "policeman", "officer", "soldier", "spy", "model", "businessman", "tycoon", "dissident", "rival",
        "successor", "predecessor", "protege", "adviser", "advisor", "aide", "diplomat", "mp", "mep", "mps",
        "solicitor", "attorney", "counsel", "correspondent", "editor", "professor", "researcher", "scientist",
        "expert", "investigator",
        # Occupations said before a name, which are not family names too ("Peter Singer", "Adam Driver").
        "meteorologist", "barrister", "magistrate", "cleric", "billionaire", "millionaire", "actor", "actress",
        "rapper", "musician", "comedian", "novelist", "author", "poet", "historian", "sociologist", "psychologist",
        "strategist", "campaigner", "lobbyist", "columnist", "commentator", "blogger", "entrepreneur",
        "philanthropist", "teacher", "surgeon", "physician", "athlete", "footballer", "survivor", "witness",
        "resident", "protester", "engineer", "architect", "scholar", "lecturer", "politician", "businesswoman",
        "preacher", "firefighter", "volunteer"
    ]
)
APPOSITIVE_ROLES = ROLE_NOUNS - {
    "leader", "rival", "owner", "successor", "predecessor", "adviser", "advisor", "agent", "head", "chief", "model",
    "expert", "mp", "mps", "mep",
}
"""Role nouns that make the name before them a person's in an appositive ("John Smithers, a spokesman for the
ministry, said"); the others do only with nothing after them ("the party leader", not "a leader in widgets",
"an adviser to the deal": a firm can be those)."""
KIN = frozenset(
    ["daughter", "son", "wife", "husband", "widow", "widower", "mother", "father", "brother", "sister", "niece",
     "nephew", "granddaughter", "grandson", "cousin", "uncle", "aunt", "stepson", "stepdaughter", "fiancee", "fiance",
     "girlfriend", "boyfriend"]
)
"""What one person is to another: "Keiko Fujimori, the daughter of ...", "Cindy McCain, his wife"."""
PEOPLE_OR_FIRMS = frozenset(["forecaster", "investor", "pollster", "consultant"])
"""Nouns for what a person or a business is ("private forecaster Weatherbell Analytics"): no sign of a person."""
SPEECH = frozenset(
    [
        "said", "says", "say", "told", "tells", "added", "adds", "argued", "argues", "warned", "warns", "claimed",
        "claims", "insisted", "insists", "wrote", "writes", "announced", "announces", "explained", "stated", "noted",
        "asked", "replied", "urged", "urges", "admitted", "denied", "tweeted", "tweets", "posted", "commented",
        "acknowledged", "stressed", "recalled", "conceded", "countered", "responded", "declared", "predicted",
        "cautioned", "complained", "emphasised", "emphasized"
    ]
)
SPEECH_BEFORE = frozenset(
    ["said", "says", "say", "added", "adds", "argued", "argues", "warned", "warns", "claimed", "claims", "insisted",
     "insists", "wrote", "writes", "explained", "stated", "noted", "replied"]
)
"""Verbs whose subject may follow them ("said Smith"); "told Smith" names whom Smith was told."""
COMPASS = frozenset(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"])
REGION_WORDS = frozenset(["upper", "lower", "greater", "far", "outer", "inner"])
"""Words that start the name of a region: "Upper Midwest", "Greater Manchester"."""
NOT_A_SURNAME = (
    FUNCTION_WORDS | ORG_HEADS | PLACE_HEADS | NOT_PLAYER_HEADS | DATE_WORDS | ROLE_NOUNS
    | {"senate", "house", "republican", "democrat", "governor", "state", "times", "today"}
)
NAME_LINKS = frozenset(["of", "for", "against", "in", "on", "the", "and", "to", "de"])
POSSESSIVE_NAME_STARTS = frozenset(["People", "Women", "Children", "Workers", "Veterans", "Farmers", "Citizens"])
"""Words that start names with a possessive: "People’s Liberation Army", "Women’s March"."""
NOT_NAME_ENDINGS = ("ing", "ed", "ly", "ness", "ous", "ive", "ism", "ist", "ical")
"""Endings of adjectives and verbs that start sentences: "Firing Rosenstein", "Political Islam"."""
COMPANY_SUFFIXES = frozenset(
    ["Inc", "Ltd", "Corp", "Co", "Plc", "PLC", "plc", "LLC", "LP", "LLP", "Group", "AG", "SA", "Holdings", "Capital",
     "Partners"]
)
# Countries whose names are also given names; followed by a capitalised word they name a person.
GIVEN_NAME_COUNTRIES = frozenset(["Jordan", "Chad", "Georgia", "India", "Israel"])
# "Chief of Naval Operations John Richardson", "Head of State Xi Jinping": an office named by its portfolio
# after "of", as a title's is ("Secretary of Homeland Security").
OFFICE_HEADS = frozenset(["Chief", "Head"])
HONORIFICS = frozenset([
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady", "Prof.",
    "Professor", "Rev.", "Reverend"
])
DESCRIPTION_WORDS = frozenset(
    [
        "former", "ex", "then", "new", "deputy", "acting", "top", "senior", "opposition", "double", "vice",
        "foreign", "prime", "chief", "interim", "outgoing", "incoming", "veteran", "jailed", "exiled", "ousted",
        "late"
    ]
)
