"""The world the article generator writes about: states, blocs, theatres, names and phrase lists.

States, blocs and their QIDs come from the kg gazetteer (``kg.linking.Gazetteer``); this module
adds what the gazetteer does not hold: which states belong to which bloc (real rosters, so that
generated articles do not contradict the reference memberships kg ships), founding dates,
theatres of operation, and the invented material (exercise names, people, training grounds).
Everything here is constant data; :func:`build_world` turns it into typed values once.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["NO_PRESIDENT", "Bloc", "Ent", "State", "Theatre", "World", "build_world", "feminine"]


@dataclass(frozen=True, slots=True)
class Ent:
    """An entity as gold fact sheets name it: canonical label, fact-sheet type, QID or None."""

    label: str
    type: str
    qid: str | None = None


@dataclass(frozen=True, slots=True)
class State:
    """A sovereign state with the words an article uses for it."""

    ent: Ent
    demonym: str
    capital: str | None
    forms: tuple[str, ...]  # other names for a later mention: "Russian Federation", "U.S.", "Türkiye"
    the: bool  # "the United States", "the Philippines"
    pool: str  # which pool of personal names its people get

    @property
    def label(self) -> str:
        return self.ent.label


@dataclass(frozen=True, slots=True)
class Bloc:
    """An alliance or organisation, with its roster as of 2024 (used only to keep prose plausible)."""

    ent: Ent
    full: str  # the long name used at first mention ("Collective Security Treaty Organization")
    short: str  # the form used afterwards ("CSTO"); equal to ``full`` when there is no acronym
    the_short: bool  # "the CSTO" but "NATO"
    members: tuple[str, ...]
    founders: tuple[str, ...]
    founded: str  # ISO date, month or year
    founded_in: str | None  # city of founding
    observers: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    candidates: tuple[str, ...] = ()
    former: tuple[tuple[str, int], ...] = ()  # (state, year it left)
    secretary: str | None = None  # title of its chief official, if it has one
    drills: bool = False  # plausibly organises military exercises
    kind: str = "organisation"  # "alliance", "bloc", "organisation", "union", "grouping"

    @property
    def label(self) -> str:
        return self.ent.label


@dataclass(frozen=True, slots=True)
class Theatre:
    """A part of the world: its states, blocs, seas and what news calls the region."""

    name: str
    regions: tuple[str, ...]
    states: tuple[str, ...]
    outsiders: tuple[str, ...]  # states from elsewhere that often exercise there
    seas: tuple[str, ...]
    blocs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class World:
    states: dict[str, State]
    blocs: dict[str, Bloc]
    bodies: dict[str, tuple[tuple[Ent, str, str], ...]]  # bloc label -> (body, full form, short form)
    theatres: tuple[Theatre, ...]


# --- states -------------------------------------------------------------------------------

# Names needing "the" in running text.
_THE = {"United States", "United Kingdom", "Netherlands", "Philippines", "United Arab Emirates",
        "Czech Republic", "Central African Republic", "Dominican Republic", "Gambia", "Bahamas",
        "Comoros", "Maldives", "Marshall Islands", "Solomon Islands", "Seychelles", "Republic of the Congo"}

# Later-mention forms, each checked against the gazetteer (alias or acronym) before use.
_FORMS = {
    "United States": ("U.S.", "US", "United States of America"), "United Kingdom": ("UK", "Britain"),
    "Russia": ("Russian Federation",), "Turkey": ("Türkiye",), "China": ("People's Republic of China",),
    "United Arab Emirates": ("UAE",), "Czechia": ("Czech Republic",), "Belarus": ("Republic of Belarus",),
    "Serbia": ("Republic of Serbia",), "Armenia": ("Republic of Armenia",),
    "Moldova": ("Republic of Moldova",), "Kazakhstan": ("Republic of Kazakhstan",),
    "South Korea": ("Republic of Korea",), "Iran": ("Islamic Republic of Iran",),
    "North Macedonia": ("Republic of North Macedonia",),
}

_DEMONYM = {"Kazakhstan": "Kazakh", "Kyrgyzstan": "Kyrgyz", "Tajikistan": "Tajik", "Uzbekistan": "Uzbek",
            "Azerbaijan": "Azerbaijani", "Saudi Arabia": "Saudi", "Philippines": "Philippine",
            "North Macedonia": "North Macedonian", "Slovenia": "Slovenian", "Belarus": "Belarusian"}

# States whose head of state is a monarch or a governor-general: no "President" among their offices.
NO_PRESIDENT = frozenset({
    "Canada", "Australia", "New Zealand", "Japan", "Netherlands", "Belgium", "Denmark", "Norway", "Sweden",
    "Spain", "Luxembourg", "Thailand", "Malaysia", "Cambodia", "Saudi Arabia", "United Arab Emirates",
    "Qatar", "Bahrain", "Kuwait", "Oman", "Jordan", "Morocco", "Brunei", "United Kingdom",
})

# Personal-name pools by state (others fall back to their theatre's default).
_POOL = {
    "Russia": "ru", "Belarus": "ru", "Ukraine": "ru", "Moldova": "ro",
    "Serbia": "yu", "Montenegro": "yu", "Bosnia and Herzegovina": "yu", "Croatia": "yu", "Slovenia": "yu",
    "North Macedonia": "yu", "Bulgaria": "ru", "Poland": "pl", "Czechia": "pl", "Slovakia": "pl",
    "Armenia": "cau", "Georgia": "cau", "Azerbaijan": "cau", "Kazakhstan": "ca", "Kyrgyzstan": "ca",
    "Tajikistan": "ca", "Uzbekistan": "ca", "Turkmenistan": "ca", "Mongolia": "ca",
    "United States": "en", "United Kingdom": "en", "Canada": "en", "Australia": "en", "New Zealand": "en",
    "Ireland": "en", "Germany": "ger", "Austria": "ger", "Netherlands": "ger", "Denmark": "ger",
    "Norway": "ger", "Sweden": "ger", "Finland": "ger", "Iceland": "ger", "Belgium": "ger",
    "Switzerland": "ger", "Luxembourg": "ger", "Estonia": "bal", "Latvia": "bal", "Lithuania": "bal",
    "France": "rom", "Italy": "rom", "Spain": "rom", "Portugal": "rom", "Romania": "ro", "Malta": "rom",
    "Greece": "gr", "Cyprus": "gr", "Albania": "al", "Kosovo": "al", "Hungary": "hu", "Turkey": "tr",
    "India": "sa", "Pakistan": "sa", "Bangladesh": "sa", "Sri Lanka": "sa", "Nepal": "sa",
    "Afghanistan": "fa", "Iran": "fa", "China": "cn", "Taiwan": "cn", "Japan": "jp", "South Korea": "kr",
    "Indonesia": "sea", "Malaysia": "sea", "Philippines": "sea", "Thailand": "sea", "Vietnam": "sea",
    "Singapore": "sea", "Cambodia": "sea", "Laos": "sea", "Myanmar": "sea", "Brunei": "sea",
}

_THEATRES = (
    Theatre("balkans", ("the Balkans", "the Western Balkans", "South-East Europe"),
            ("Serbia", "Montenegro", "North Macedonia", "Bosnia and Herzegovina", "Croatia", "Albania",
             "Bulgaria", "Greece", "Hungary", "Romania", "Slovenia"),
            ("Russia", "Belarus", "United States", "Italy", "France", "Turkey", "Germany"),
            ("Adriatic Sea", "Aegean Sea", "Black Sea", "Ionian Sea"),
            ("NATO", "European Union", "Collective Security Treaty Organization",
             "Organization of the Black Sea Economic Cooperation")),
    Theatre("eurasia", ("Central Asia", "the South Caucasus", "the post-Soviet space", "Eurasia"),
            ("Russia", "Belarus", "Armenia", "Azerbaijan", "Kazakhstan", "Kyrgyzstan", "Tajikistan",
             "Uzbekistan", "Turkmenistan", "Mongolia"),
            ("China", "India", "Serbia", "Iran", "Pakistan", "Turkey"),
            ("Caspian Sea", "Sea of Japan", "Barents Sea"),
            ("Collective Security Treaty Organization", "Shanghai Cooperation Organisation",
             "Commonwealth of Independent States", "Eurasian Economic Union", "Union State",
             "Organization of Turkic States")),
    Theatre("baltic", ("the Baltic region", "Northern Europe", "the Nordic region", "NATO's eastern flank"),
            ("Estonia", "Latvia", "Lithuania", "Poland", "Finland", "Sweden", "Norway", "Denmark", "Germany",
             "Iceland", "Netherlands"),
            ("United States", "United Kingdom", "Canada", "France"),
            ("Baltic Sea", "Norwegian Sea", "Barents Sea", "North Sea"),
            ("NATO", "European Union")),
    Theatre("black_sea", ("the Black Sea region", "Eastern Europe"),
            ("Ukraine", "Georgia", "Moldova", "Romania", "Bulgaria", "Turkey"),
            ("United States", "United Kingdom", "Poland", "France", "Greece"),
            ("Black Sea",),
            ("NATO", "European Union", "Organization of the Black Sea Economic Cooperation")),
    Theatre("indo_pacific", ("the Indo-Pacific", "South-East Asia", "the Asia-Pacific region"),
            ("India", "Japan", "Australia", "Philippines", "Indonesia", "Vietnam", "Malaysia", "Singapore",
             "Thailand", "South Korea", "New Zealand", "Cambodia", "Brunei"),
            ("United States", "United Kingdom", "France", "Canada"),
            ("South China Sea", "Bay of Bengal", "Arabian Sea", "Sea of Japan", "Philippine Sea",
             "East China Sea", "Andaman Sea", "Java Sea", "Coral Sea"),
            ("Association of Southeast Asian Nations", "Quadrilateral Security Dialogue", "AUKUS")),
    Theatre("south_asia", ("South Asia", "the Indian Ocean region"),
            ("India", "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "China", "Iran"),
            ("Russia", "United States", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan"),
            ("Arabian Sea", "Bay of Bengal", "Indian Ocean"),
            ("Shanghai Cooperation Organisation", "BRICS")),
    Theatre("gulf", ("the Gulf", "the Middle East", "the Arabian Peninsula"),
            ("Saudi Arabia", "United Arab Emirates", "Qatar", "Bahrain", "Kuwait", "Oman", "Egypt", "Jordan",
             "Iraq"),
            ("United States", "United Kingdom", "France", "Pakistan", "India"),
            ("Persian Gulf", "Red Sea", "Gulf of Aden", "Arabian Sea", "Gulf of Oman"),
            ("Gulf Cooperation Council", "Arab League")),
    Theatre("mediterranean", ("the Mediterranean", "the Eastern Mediterranean", "North Africa"),
            ("Italy", "France", "Spain", "Greece", "Cyprus", "Turkey", "Egypt", "Morocco", "Algeria",
             "Tunisia", "Malta", "Portugal"),
            ("United States", "United Kingdom", "Germany"),
            ("Mediterranean Sea", "Aegean Sea", "Tyrrhenian Sea", "Ionian Sea", "Alboran Sea"),
            ("NATO", "European Union", "Arab League", "African Union")),
    Theatre("africa", ("West Africa", "the Sahel", "East Africa", "the Horn of Africa", "southern Africa"),
            ("Nigeria", "Ghana", "Senegal", "Mali", "Niger", "Burkina Faso", "Kenya", "Ethiopia", "Uganda",
             "Tanzania", "Rwanda", "South Africa", "Mozambique", "Somalia", "Djibouti", "Chad", "Cameroon",
             "Zambia", "Botswana"),
            ("France", "United States", "China", "Turkey", "Russia"),
            ("Gulf of Guinea", "Indian Ocean", "Red Sea", "Mozambique Channel"),
            ("African Union", "Economic Community of West African States",
             "Southern African Development Community", "Intergovernmental Authority on Development")),
    Theatre("americas", ("Latin America", "South America", "the Western Hemisphere", "the Caribbean"),
            ("United States", "Canada", "Brazil", "Argentina", "Chile", "Colombia", "Mexico", "Peru",
             "Ecuador", "Uruguay", "Paraguay"),
            ("Spain", "United Kingdom", "France"),
            ("Caribbean Sea", "Pacific Ocean", "South Atlantic", "Gulf of Mexico"),
            ("Organization of American States",)),
)

_DEFAULT_POOL = {"balkans": "yu", "eurasia": "ru", "baltic": "ger", "black_sea": "ro", "indo_pacific": "sea",
                 "south_asia": "sa", "gulf": "ar", "mediterranean": "rom", "africa": "af", "americas": "la"}

# --- blocs (rosters as of 2024; founding data as commonly given) --------------------------

_NATO = ("Albania", "Belgium", "Bulgaria", "Canada", "Croatia", "Czechia", "Denmark", "Estonia", "Finland",
         "France", "Germany", "Greece", "Hungary", "Iceland", "Italy", "Latvia", "Lithuania", "Luxembourg",
         "Montenegro", "Netherlands", "North Macedonia", "Norway", "Poland", "Portugal", "Romania",
         "Slovakia", "Slovenia", "Spain", "Sweden", "Turkey", "United Kingdom", "United States")
_EU = ("Austria", "Belgium", "Bulgaria", "Croatia", "Cyprus", "Czechia", "Denmark", "Estonia", "Finland",
       "France", "Germany", "Greece", "Hungary", "Ireland", "Italy", "Latvia", "Lithuania", "Luxembourg",
       "Malta", "Netherlands", "Poland", "Portugal", "Romania", "Slovakia", "Slovenia", "Spain", "Sweden")

# label -> dict of Bloc fields other than ent/full/short (filled from the gazetteer)
_BLOCS: dict[str, dict[str, object]] = {
    "NATO": {
        "members": _NATO,
        "founded": "1949-04-04",
        "founded_in": "Washington",
        "founders": ("Belgium", "Canada", "Denmark", "France", "Iceland", "Italy", "Luxembourg",
                     "Netherlands", "Norway", "Portugal", "United Kingdom", "United States"),
        "partners": ("Serbia", "Bosnia and Herzegovina", "Georgia", "Ukraine", "Moldova", "Austria",
                     "Switzerland", "Ireland", "Malta", "Armenia", "Azerbaijan", "Kazakhstan",
                     "Kyrgyzstan", "Uzbekistan", "Japan", "Australia", "South Korea", "New Zealand",
                     "Mongolia"),
        "candidates": ("Ukraine", "Georgia", "Bosnia and Herzegovina"),
        "secretary": "Secretary General",
        "drills": True,
        "kind": "alliance",
    },
    "Collective Security Treaty Organization": {
        "members": ("Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan"),
        "founded": "2002-10-07",
        "founded_in": "Chisinau",
        "founders": ("Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan"),
        "observers": ("Serbia", "Afghanistan"),
        "former": (("Uzbekistan", 2012), ("Azerbaijan", 1999), ("Georgia", 1999)),
        "secretary": "Secretary General",
        "drills": True,
        "kind": "alliance",
    },
    "Shanghai Cooperation Organisation": {
        "members": ("China", "India", "Iran", "Kazakhstan", "Kyrgyzstan", "Pakistan", "Russia",
                    "Tajikistan", "Uzbekistan", "Belarus"),
        "founded": "2001-06-15",
        "founded_in": "Shanghai",
        "founders": ("China", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan", "Uzbekistan"),
        "observers": ("Mongolia", "Afghanistan"),
        "partners": ("Armenia", "Azerbaijan", "Cambodia", "Nepal", "Sri Lanka", "Turkey", "Egypt", "Qatar",
                     "Saudi Arabia"),
        "secretary": "Secretary-General",
        "drills": True,
        "kind": "bloc",
    },
    "European Union": {
        "members": _EU,
        "founded": "1993-11-01",
        "founded_in": "Maastricht",
        "founders": ("Belgium", "Denmark", "France", "Germany", "Greece", "Ireland", "Italy", "Luxembourg",
                     "Netherlands", "Portugal", "Spain", "United Kingdom"),
        "candidates": ("Serbia", "Montenegro", "North Macedonia", "Albania", "Turkey", "Ukraine",
                       "Moldova", "Georgia", "Bosnia and Herzegovina"),
        "former": (("United Kingdom", 2020),),
        "kind": "union",
    },
    "Association of Southeast Asian Nations": {
        "members": ("Brunei", "Cambodia", "Indonesia", "Laos", "Malaysia", "Myanmar", "Philippines",
                    "Singapore", "Thailand", "Vietnam"),
        "founded": "1967-08-08",
        "founded_in": "Bangkok",
        "founders": ("Indonesia", "Malaysia", "Philippines", "Singapore", "Thailand"),
        "observers": ("Papua New Guinea", "Timor-Leste"),
        "candidates": ("Timor-Leste",),
        "secretary": "Secretary-General",
        "drills": True,
        "kind": "bloc",
    },
    "Commonwealth of Independent States": {
        "members": ("Armenia", "Azerbaijan", "Belarus", "Kazakhstan", "Kyrgyzstan", "Moldova", "Russia",
                    "Tajikistan", "Uzbekistan"),
        "founded": "1991-12-08",
        "founded_in": "Minsk",
        "founders": ("Belarus", "Russia", "Ukraine"),
        "former": (("Georgia", 2009), ("Ukraine", 2018)),
        "drills": True,
        "kind": "grouping",
    },
    "Eurasian Economic Union": {
        "members": ("Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan", "Russia"),
        "founded": "2015-01-01",
        "founded_in": None,
        "founders": ("Belarus", "Kazakhstan", "Russia"),
        "observers": ("Moldova", "Uzbekistan", "Cuba"),
        "kind": "union",
    },
    "Quadrilateral Security Dialogue": {
        "members": ("Australia", "India", "Japan", "United States"),
        "founded": "2007",
        "founded_in": None,
        "founders": (),
        "kind": "grouping",
    },
    "AUKUS": {
        "members": ("Australia", "United Kingdom", "United States"),
        "founded": "2021-09-15",
        "founded_in": None,
        "founders": ("Australia", "United Kingdom", "United States"),
        "kind": "pact",
    },
    "Gulf Cooperation Council": {
        "members": ("Bahrain", "Kuwait", "Oman", "Qatar", "Saudi Arabia", "United Arab Emirates"),
        "founded": "1981-05-25",
        "founded_in": "Abu Dhabi",
        "founders": ("Bahrain", "Kuwait", "Oman", "Qatar", "Saudi Arabia", "United Arab Emirates"),
        "secretary": "Secretary-General",
        "drills": True,
        "kind": "bloc",
    },
    "BRICS": {
        "members": ("Brazil", "Russia", "India", "China", "South Africa", "Egypt", "Ethiopia", "Iran",
                    "United Arab Emirates"),
        "founded": "2009",
        "founded_in": "Yekaterinburg",
        "founders": ("Brazil", "Russia", "India", "China"),
        "candidates": ("Turkey", "Malaysia", "Thailand", "Algeria"),
        "kind": "grouping",
    },
    "Union State": {
        "members": ("Russia", "Belarus"),
        "founded": "1999-12-08",
        "founded_in": "Moscow",
        "founders": ("Russia", "Belarus"),
        "drills": True,
        "kind": "union",
    },
    "Organization of Turkic States": {
        "members": ("Azerbaijan", "Kazakhstan", "Kyrgyzstan", "Turkey", "Uzbekistan"),
        "founded": "2009-10-03",
        "founded_in": "Nakhchivan",
        "founders": ("Azerbaijan", "Kazakhstan", "Kyrgyzstan", "Turkey"),
        "observers": ("Hungary", "Turkmenistan"),
        "secretary": "Secretary General",
        "kind": "organisation",
    },
    "Organization of the Black Sea Economic Cooperation": {
        "members": ("Albania", "Armenia", "Azerbaijan", "Bulgaria", "Georgia", "Greece", "Moldova",
                    "Romania", "Russia", "Serbia", "Turkey", "Ukraine", "North Macedonia"),
        "founded": "1992-06-25",
        "founded_in": "Istanbul",
        "founders": (),
        "kind": "organisation",
    },
    "Arab League": {
        "members": ("Egypt", "Saudi Arabia", "United Arab Emirates", "Qatar", "Bahrain", "Kuwait", "Oman",
                    "Jordan", "Iraq", "Lebanon", "Syria", "Morocco", "Algeria", "Tunisia", "Libya"),
        "founded": "1945-03-22",
        "founded_in": "Cairo",
        "founders": ("Egypt", "Iraq", "Jordan", "Lebanon", "Saudi Arabia", "Syria", "Yemen"),
        "secretary": "Secretary-General",
        "kind": "organisation",
    },
    "African Union": {
        "members": ("Nigeria", "Ghana", "Senegal", "Kenya", "Ethiopia", "Uganda", "Tanzania", "Rwanda",
                    "South Africa", "Mozambique", "Somalia", "Djibouti", "Chad", "Cameroon", "Egypt",
                    "Algeria", "Morocco", "Tunisia", "Zambia", "Botswana"),
        "founded": "2002-07-09",
        "founded_in": "Durban",
        "founders": (),
        "kind": "union",
    },
    "Economic Community of West African States": {
        "members": ("Nigeria", "Ghana", "Senegal", "Ivory Coast", "Benin", "Togo", "Guinea",
                    "Sierra Leone", "Liberia", "Gambia"),
        "founded": "1975-05-28",
        "founded_in": "Lagos",
        "founders": (),
        "former": (("Mali", 2025), ("Niger", 2025), ("Burkina Faso", 2025)),
        "drills": True,
        "kind": "bloc",
    },
    "Southern African Development Community": {
        "members": ("South Africa", "Mozambique", "Tanzania", "Zambia", "Zimbabwe", "Botswana", "Namibia",
                    "Angola", "Malawi"),
        "founded": "1992-08-17",
        "founded_in": "Windhoek",
        "founders": (),
        "drills": True,
        "kind": "bloc",
    },
    "Intergovernmental Authority on Development": {
        "members": ("Djibouti", "Ethiopia", "Kenya", "Somalia", "Sudan", "Uganda", "South Sudan"),
        "founded": "1996",
        "founded_in": "Nairobi",
        "founders": (),
        "kind": "bloc",
    },
    "Organization of American States": {
        "members": ("United States", "Canada", "Brazil", "Argentina", "Chile", "Colombia", "Mexico",
                    "Peru", "Ecuador", "Uruguay", "Paraguay"),
        "founded": "1948-04-30",
        "founded_in": "Bogotá",
        "founders": (),
        "former": (("Nicaragua", 2023), ("Venezuela", 2019)),
        "secretary": "Secretary General",
        "kind": "organisation",
    },
}

# How blocs are written: (full name as in text, short form or None, "the" before the short form)
_BLOC_NAMES = {
    "NATO": ("North Atlantic Treaty Organization", "NATO", False),
    "Collective Security Treaty Organization": ("Collective Security Treaty Organization", "CSTO", True),
    "Shanghai Cooperation Organisation": ("Shanghai Cooperation Organization", "SCO", True),
    "European Union": ("European Union", "EU", True),
    "Association of Southeast Asian Nations": ("Association of Southeast Asian Nations", "ASEAN", False),
    "Commonwealth of Independent States": ("Commonwealth of Independent States", "CIS", True),
    "Eurasian Economic Union": ("Eurasian Economic Union", "EAEU", True),
    "Quadrilateral Security Dialogue": ("Quadrilateral Security Dialogue", "Quad", True),
    "AUKUS": ("AUKUS", None, False),
    "Gulf Cooperation Council": ("Gulf Cooperation Council", "GCC", True),
    "BRICS": ("BRICS", None, False),
    "Union State": ("Union State of Russia and Belarus", "Union State", True),
    "Organization of Turkic States": ("Organization of Turkic States", None, True),
    "Organization of the Black Sea Economic Cooperation": (
        "Organization of the Black Sea Economic Cooperation", "BSEC", False),
    "Arab League": ("Arab League", None, True),
    "African Union": ("African Union", "AU", True),
    "Economic Community of West African States": ("Economic Community of West African States", "ECOWAS",
                                                  False),
    "Southern African Development Community": ("Southern African Development Community", "SADC", False),
    "Intergovernmental Authority on Development": ("Intergovernmental Authority on Development", "IGAD",
                                                   False),
    "Organization of American States": ("Organization of American States", "OAS", True),
}

# Bodies of blocs (part_of): gazetteer label -> (bloc label, full form in text, short form in text)
_BODIES = {
    "CSTO Joint Staff": ("Collective Security Treaty Organization", "CSTO Joint Staff", "Joint Staff"),
    "CSTO Parliamentary Assembly": ("Collective Security Treaty Organization", "CSTO Parliamentary Assembly",
                                    "Parliamentary Assembly"),
    "CSTO Collective Security Council": ("Collective Security Treaty Organization",
                                         "Collective Security Council", "Collective Security Council"),
    "CSTO Collective Rapid Reaction Force": ("Collective Security Treaty Organization",
                                             "Collective Rapid Reaction Force",
                                             "Collective Rapid Reaction Force"),
    "North Atlantic Council": ("NATO", "North Atlantic Council", "North Atlantic Council"),
    "NATO Parliamentary Assembly": ("NATO", "NATO Parliamentary Assembly", "Parliamentary Assembly"),
    "European Commission": ("European Union", "European Commission", "European Commission"),
    "European Parliament": ("European Union", "European Parliament", "European Parliament"),
    "European Defence Agency": ("European Union", "European Defence Agency", "European Defence Agency"),
}

# --- invented material --------------------------------------------------------------------

EXERCISE_ADJECTIVES = (
    "Amber", "Arctic", "Azure", "Bold", "Brave", "Bright", "Coastal", "Cobalt", "Combined", "Crimson",
    "Desert", "Eastern", "Enduring", "Firm", "Frontier", "Golden", "Granite", "Guardian", "Highland",
    "Indivisible", "Iron", "Joint", "Loyal", "Mountain", "Noble", "Northern", "Resolute", "Sapphire",
    "Silent", "Silver", "Southern", "Steadfast", "Steel", "Steppe", "Sturdy", "Swift", "Thunder", "Trusted",
    "Unbreakable", "United", "Valiant", "Vigilant", "Western", "Winter", "Emerald", "Northern Star",
    "Scarlet", "Solid", "Stone", "Storm",
)
EXERCISE_NOUNS = (
    "Anchor", "Arrow", "Aurora", "Bastion", "Brotherhood", "Bridge", "Citadel", "Compass", "Dawn", "Eagle",
    "Falcon", "Fortress", "Friendship", "Gate", "Guard", "Harbour", "Hawk", "Horizon", "Lance", "Lynx",
    "Meridian", "Partner", "Partnership", "Phalanx", "Rampart", "Response", "Resolve", "Sentinel", "Shield",
    "Spear", "Spirit", "Strike", "Sword", "Tide", "Trident", "Union", "Vanguard", "Watch", "Wind", "Wolf",
    "Cooperation", "Frontier", "Thunder", "Shore", "Peak", "Ridge", "Current", "Beacon", "Crossing", "Wave",
)
TOPONYM_STEMS = (
    "Borovik", "Kaldera", "Pasmar", "Tarnak", "Velesko", "Ashvar", "Korvin", "Dalmak", "Semenka", "Orlik",
    "Zelvany", "Marovo", "Tovrin", "Kestrava", "Lunden", "Harnsk", "Mirevo", "Dubrak", "Sarvan", "Kolpino",
    "Vyshnya", "Rakitno", "Belomor", "Ostrava Heath", "Tarsk", "Ulmen", "Gravik", "Nordal", "Kessel",
    "Almora", "Sandvik", "Perenne", "Castelo Alto", "Monteverde", "Ravensmoor", "Kingsfield",
    "Ashford Ridge", "Karatau", "Koshkar", "Zhaltyr", "Tamdy", "Bayterek", "Sarybel", "Qazyk", "Nakhla",
    "Wadi Safra", "Ras Hilal", "Tiwala", "Kapanga", "Mbeya Heights", "Sungai Merah", "Batu Lintang",
    "Kalimpong", "Devgarh", "Ramnagar",
)
UNIT_TYPES = (
    ("Mechanised Brigade", "Mechanized Brigade"), ("Motorised Infantry Brigade",
                                                   "Motorized Infantry Brigade"),
    ("Air Assault Brigade", None), ("Mountain Brigade", None), ("Special Forces Brigade", None),
    ("Marine Brigade", None), ("Airborne Battalion", None), ("Engineer Regiment", None),
    ("Artillery Brigade", None), ("Guards Brigade", None), ("Reconnaissance Battalion", None),
    ("Signals Regiment", None), ("Air Defence Regiment", "Air Defense Regiment"), ("Tank Battalion", None),
)
AGENCIES = (
    ("Balkan Defence Wire", "balkandefencewire.example"), ("Eurasia Security Monitor",
                                                           "eurasiamonitor.example"),
    ("Pacific Strategic Review", "pacificstrategic.example"), ("Global Defence Desk",
                                                               "globaldefencedesk.example"),
    ("Continental Press Service", "continentalpress.example"), ("Northern Herald", "northernherald.example"),
    ("Regional Security Bulletin", "securitybulletin.example"), ("Meridian News Agency",
                                                                 "meridiannews.example"),
    ("Frontline Dispatch", "frontlinedispatch.example"), ("Capital Wire Service", "capitalwire.example"),
    ("Atlas Policy Journal", "atlaspolicy.example"), ("Harbour Times", "harbourtimes.example"),
)

NAME_POOLS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = {
    # pool: (male given names, female given names, family names, order "gf" given-first or "fg" family-first)
    "ru": (("Dmitry", "Sergei", "Nikolai", "Andrei", "Pavel", "Oleg", "Viktor", "Yuri", "Mikhail", "Igor",
            "Alexei", "Konstantin", "Roman", "Vadim", "Stanislav"),
           ("Elena", "Olga", "Natalia", "Irina", "Tatiana", "Svetlana", "Yulia", "Daria", "Anna", "Marina"),
           ("Petrov", "Sokolov", "Volkov", "Morozov", "Kuznetsov", "Lebedev", "Orlov", "Belov", "Zaitsev",
            "Grachev", "Yermakov", "Polyakov", "Melnikov", "Tarasov", "Davydov", "Korolev", "Savin",
            "Frolov"), "gf"),
    "yu": (("Aleksandar", "Milan", "Dragan", "Marko", "Stefan", "Goran", "Dejan", "Nenad", "Zoran", "Bojan",
            "Vladimir", "Nikola", "Dusan", "Ivan"),
           ("Ana", "Marija", "Jelena", "Milica", "Katarina", "Vesna", "Ivana", "Snezana", "Dragana",
            "Tijana"),
           ("Jovanović", "Petrović", "Nikolić", "Marković", "Stojanović", "Ilić", "Pavlović", "Kovačević",
            "Todorović", "Radović", "Lazić", "Vuković", "Simić", "Mitrović", "Novaković", "Popović"), "gf"),
    "pl": (("Tomasz", "Piotr", "Krzysztof", "Marek", "Jan", "Pavel", "Martin", "Lukas", "Michal", "Adam"),
           ("Katarzyna", "Agnieszka", "Magdalena", "Petra", "Jana", "Eva", "Zuzana", "Monika"),
           ("Kowalski", "Nowicki", "Zielinski", "Wiśniewski", "Lewandowski", "Novák", "Dvořák", "Horváth",
            "Kamiński", "Wójcik", "Svoboda", "Kučera"), "gf"),
    "cau": (("Armen", "Davit", "Levan", "Giorgi", "Tigran", "Gagik", "Zaza", "Vugar", "Rashad", "Elchin",
             "Aram", "Irakli"),
            ("Lusine", "Nino", "Tamar", "Gayane", "Aynur", "Sevda", "Ani", "Mariam", "Leyla"),
            ("Grigoryan", "Hakobyan", "Mkrtchyan", "Avetisyan", "Beridze", "Kapanadze", "Lomidze",
             "Gelashvili", "Huseynov", "Mammadov", "Hasanov", "Babayan", "Tsiklauri"), "gf"),
    "ca": (("Nurlan", "Askar", "Timur", "Bakhtiyar", "Erlan", "Daniyar", "Rustam", "Farrukh", "Bakyt",
            "Aidos", "Marat", "Batbayar"),
           ("Aigerim", "Dinara", "Gulnara", "Madina", "Zarina", "Saule", "Aizhan", "Nodira"),
           ("Nurpeisov", "Karimov", "Sadykov", "Tokhtarov", "Rakhimov", "Yusupov", "Iskakov", "Bekov",
            "Ismoilov", "Seitkali", "Abdurakhmanov", "Zhunusov", "Alimov"), "gf"),
    "en": (("James", "Michael", "David", "Robert", "Thomas", "Daniel", "Andrew", "Mark", "Paul", "Richard",
            "Peter", "Stephen", "Christopher"),
           ("Sarah", "Emily", "Laura", "Rachel", "Karen", "Helen", "Jennifer", "Claire", "Rebecca", "Susan"),
           ("Carter", "Mitchell", "Hughes", "Bennett", "Reynolds", "Porter", "Harris", "Foster", "Collins",
            "Walsh", "Turner", "Brooks", "Hayes", "Murray", "Sullivan", "Grant", "Fletcher", "Holloway"),
           "gf"),
    "ger": (("Jan", "Lars", "Henrik", "Stefan", "Matthias", "Erik", "Johan", "Mikael", "Jonas", "Pekka",
             "Klaus", "Sven", "Anders"),
            ("Anna", "Katrin", "Ingrid", "Sofia", "Eva", "Karin", "Liisa", "Maja", "Hanna", "Birgit"),
            ("Becker", "Hoffmann", "Lindqvist", "Johansson", "Andersen", "Nieminen", "Virtanen", "Jansen",
             "de Vries", "Berg", "Hansen", "Krause", "Vogel", "Larsen", "Eriksson", "Korhonen", "Peeters"),
            "gf"),
    "bal": (("Tomas", "Mindaugas", "Andris", "Jānis", "Kristjan", "Rein", "Darius", "Arturs", "Toomas"),
            ("Rasa", "Ilze", "Kadri", "Inga", "Laura", "Kristiina", "Dace"),
            ("Kazlauskas", "Bērziņš", "Tamm", "Ozols", "Petrauskas", "Kalnins", "Saar", "Mägi",
             "Jankauskas"), "gf"),
    "rom": (("Marco", "Luca", "Pierre", "Antoine", "Javier", "Carlos", "Miguel", "João", "Nicolas",
             "Giovanni", "Alberto", "Rui"),
            ("Giulia", "Sophie", "Claire", "Isabel", "Lucia", "Carmen", "Chiara", "Marta", "Camille", "Inês"),
            ("Rossi", "Moretti", "Dubois", "Lefèvre", "García", "Fernández", "Silva", "Costa", "Bianchi",
             "Laurent", "Moreau", "Romano", "Navarro", "Ferreira", "Girard", "Colombo"), "gf"),
    "ro": (("Andrei", "Mihai", "Bogdan", "Cristian", "Vlad", "Radu", "Ion", "Sorin", "Oleksandr", "Taras"),
           ("Ioana", "Elena", "Andreea", "Cristina", "Oksana", "Mihaela", "Irina"),
           ("Popescu", "Ionescu", "Marin", "Dumitrescu", "Stan", "Ciobanu", "Rusu", "Moraru", "Kovalenko",
            "Shevchuk", "Bondarenko"), "gf"),
    "gr": (("Nikos", "Giorgos", "Dimitris", "Kostas", "Yannis", "Andreas", "Christos"),
           ("Maria", "Eleni", "Katerina", "Sofia", "Despina"),
           ("Papadopoulos", "Nikolaidis", "Georgiou", "Konstantinou", "Vlachos", "Christodoulou",
            "Antoniou"), "gf"),
    "al": (("Arben", "Ilir", "Besnik", "Dritan", "Genci", "Fatmir"),
           ("Elira", "Teuta", "Mimoza", "Arta"),
           ("Hoxha", "Krasniqi", "Shehu", "Gashi", "Dervishi", "Leka"), "gf"),
    "hu": (("László", "Gábor", "Zoltán", "Péter", "Attila", "Tamás"),
           ("Katalin", "Eszter", "Judit", "Réka"),
           ("Nagy", "Tóth", "Szabó", "Kovács", "Varga", "Molnár"), "gf"),
    "tr": (("Mehmet", "Ahmet", "Murat", "Emre", "Kemal", "Serkan", "Hakan", "Burak"),
           ("Ayşe", "Elif", "Zeynep", "Selin", "Derya"),
           ("Yılmaz", "Demir", "Kaya", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Koç"), "gf"),
    "sa": (("Rajesh", "Arjun", "Vikram", "Sanjay", "Imran", "Faisal", "Anil", "Rohan", "Tariq", "Suresh",
            "Kamal"),
           ("Priya", "Ananya", "Sunita", "Kavita", "Ayesha", "Nadia", "Meera"),
           ("Sharma", "Verma", "Iyer", "Nair", "Khan", "Qureshi", "Malik", "Reddy", "Gupta", "Chowdhury",
            "Perera", "Thapa", "Menon", "Siddiqui"), "gf"),
    "fa": (("Reza", "Ali", "Hossein", "Mehdi", "Amir", "Hamid", "Ahmad"),
           ("Maryam", "Zahra", "Leila", "Shirin"),
           ("Hosseini", "Rahimi", "Karimi", "Moradi", "Ahmadi", "Jafari", "Noori", "Sultani"), "gf"),
    "cn": (("Wei", "Jun", "Hao", "Lei", "Ming", "Jian", "Tao", "Yong", "Bo", "Qiang"),
           ("Li", "Yan", "Ling", "Xiu", "Mei", "Fang", "Hui"),
           ("Zhang", "Wang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma"), "fg"),
    "jp": (("Hiroshi", "Takeshi", "Kenji", "Satoshi", "Daisuke", "Makoto", "Shinji"),
           ("Yuko", "Akiko", "Naoko", "Emi", "Keiko", "Haruka"),
           ("Tanaka", "Suzuki", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Sato", "Ito", "Kato"),
           "gf"),
    "kr": (("Min-jun", "Ji-hoon", "Sung-ho", "Dong-hyun", "Jae-won", "Young-soo"),
           ("Ji-yeon", "Seo-yeon", "Hye-jin", "Eun-ji"),
           ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Han"), "fg"),
    "sea": (("Budi", "Agus", "Rizal", "Somchai", "Arief", "Jose", "Ramon", "Anan", "Hafiz", "Minh", "Thanh"),
            ("Siti", "Dewi", "Maria", "Malee", "Ratna", "Nurul", "Lan"),
            ("Santoso", "Wibowo", "Hakim", "Wongsakul", "Reyes", "Santos", "Pratama", "Suwannarat", "Rahman",
             "Ibrahim", "Tran", "Villanueva"), "gf"),
    "ar": (("Ahmed", "Khalid", "Omar", "Youssef", "Tarek", "Hassan", "Faisal", "Karim", "Samir", "Nabil"),
           ("Fatima", "Layla", "Noura", "Amira", "Mona", "Rania", "Huda"),
           ("Al-Mansouri", "Haddad", "Nasser", "Saleh", "Al-Hashimi", "Khalil", "Mansour", "Farouk",
            "Al-Rashid", "Aziz", "Al-Qahtani", "Bakri"), "gf"),
    "af": (("Kwame", "Olusegun", "Tendai", "Abebe", "Moses", "Samuel", "Joseph", "Ibrahim", "Emmanuel",
            "Thabo"),
           ("Amina", "Grace", "Wanjiru", "Chipo", "Ngozi", "Fatou", "Aisha", "Nomvula"),
           ("Mensah", "Okafor", "Mwangi", "Banda", "Diallo", "Tesfaye", "Ochieng", "Adeyemi", "Kamau",
            "Ndlovu", "Traoré", "Sow", "Mutasa", "Haile"), "gf"),
    "la": (("Carlos", "Luis", "Diego", "Alejandro", "Fernando", "Ricardo", "Paulo", "Rafael", "Andrés",
            "Jorge"),
           ("Ana", "Mariana", "Gabriela", "Camila", "Lucía", "Fernanda", "Valentina"),
           ("González", "Rodríguez", "Martínez", "Pereira", "Oliveira", "Herrera", "Castillo", "Vargas",
            "Mendoza", "Rojas", "Navarro", "Araújo"), "gf"),
}


def feminine(surname: str, pool: str) -> str:
    """The feminine form of a Slavic or Baltic family name (Petrov -> Petrova, Kowalski -> Kowalska)."""
    if pool in ("ru", "ca", "cau") and surname.endswith(("ov", "ev", "in")):
        return surname + "a"
    if pool == "pl" and surname.endswith(("ski", "cki", "dzki")):
        return surname[:-1] + "a"
    if pool == "bal" and surname.endswith("as"):
        return surname[:-2] + "ienė"
    return surname


def build_world(gazetteer: object) -> World:
    """Typed world data over ``gazetteer`` (a :class:`kg.linking.Gazetteer`).

    Raises:
        KeyError: a state or bloc named here is missing from the gazetteer.
    """
    by_label = {e.label: e for e in gazetteer.entries}  # type: ignore[attr-defined]
    states: dict[str, State] = {}
    theatre_of: dict[str, str] = {}
    for theatre in _THEATRES:
        for label in theatre.states:
            theatre_of.setdefault(label, theatre.name)
    for entry in gazetteer.entries:  # type: ignore[attr-defined]
        if entry.type.value != "State" or entry.source != "states.odbl.jsonl" or not entry.demonyms:
            continue
        known = {*entry.aliases, *entry.acronyms}
        forms = tuple(f for f in _FORMS.get(entry.label, ()) if f in known or f == "Türkiye")
        pool = _POOL.get(entry.label) or _DEFAULT_POOL.get(theatre_of.get(entry.label, ""), "en")
        states[entry.label] = State(
            ent=Ent(entry.label, "State", entry.qid),
            demonym=_DEMONYM.get(entry.label, entry.demonyms[0]),
            capital=entry.capitals[0] if entry.capitals else None,
            forms=forms, the=entry.label in _THE, pool=pool)
    blocs: dict[str, Bloc] = {}
    for label, fields in _BLOCS.items():
        entry = by_label[label]
        full, short, the_short = _BLOC_NAMES[label]
        known = dict(fields)
        for key in ("members", "founders", "observers", "partners", "candidates"):
            known[key] = tuple(s for s in known.get(key, ()) if s in states)  # type: ignore[attr-defined]
        known["former"] = tuple(f for f in known.get("former",
                                                     ()) if f[0] in states)  # type: ignore[attr-defined]
        blocs[label] = Bloc(ent=Ent(label, entry.type.value, entry.qid), full=full, short=short or full,
                            the_short=the_short, **known)  # type: ignore[arg-type]
    bodies: dict[str, list[tuple[Ent, str, str]]] = {}
    for label, (bloc, full, short) in _BODIES.items():
        entry = by_label[label]
        bodies.setdefault(bloc, []).append((Ent(label, entry.type.value, entry.qid), full, short))
    theatres = tuple(Theatre(t.name, t.regions, tuple(s for s in t.states if s in states),
                             tuple(s for s in t.outsiders if s in states), t.seas,
                             tuple(b for b in t.blocs if b in blocs)) for t in _THEATRES)
    return World(states=states, blocs=blocs, bodies={k: tuple(v) for k, v in bodies.items()},
                 theatres=theatres)

