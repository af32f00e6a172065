"""Build the offline gazetteer shipped in kg/data/ from the reference data in ../shared/data.

Run by hand after the reference data or the curated lists below change::

    .venv/bin/python tools/build_gazetteer.py [--data ../shared/data]

It writes, deterministically (sorted, UTF-8, ``\\n`` line ends), one file per licence, each
opening with a ``{"_meta": ...}`` line that carries its licence and attribution:

- kg/data/states.odbl.jsonl            sovereign_states.csv (ODbL-1.0) + curated names
- kg/data/historical_states.mit.jsonl  rigour_territories.jsonl (MIT) + curated names
- kg/data/territories.mit.jsonl        rigour_territories.jsonl (MIT): dependent territories, associated states
- kg/data/organisations.ccbysa.jsonl   international_organisations.csv (CC BY-SA 4.0) + curated names
- kg/data/curated.mit.jsonl            our own entries with no verified QID (MIT)
- kg/data/exercise_series.mit.jsonl    our own list of exercise series news names (MIT); no gazetteer entities
- kg/data/memberships.jsonl            memberships.csv: reference facts, one source list per row
- kg/data/SOURCES.md                   sources, commits, licences, attribution, derivation

The package never reads ../shared/data at run time. QIDs come only from those files; names
added by hand are aliases, never QIDs.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from kg._io import atomic_output
from kg.linking.gazetteer import Gazetteer, normalize_name
from kg.models import EntityType

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "data"

# As /work/shared/data/README.md gives them.
RIGOUR = {
    "name": "opensanctions/rigour", "repo": "https://github.com/opensanctions/rigour",
    "path": "rust/data/territories/data.jsonl", "commit": "8f4044dd6719d71e8ba59b5033818ff407e0efab",
    "last_changed": "357aefba8733412ee588b678be109d145664d9d2",
    "licence": "MIT", "copyright": "© 2023-2025 OpenSanctions Datenbanken GmbH",
    "copy": "rigour_territories.jsonl",
    "sha256": "74cf2a93d223dd6cafa24442d076fb04573755700b446afb47f09e0aee6cddc9",
}
MLEDOZE = {
    "name": "mledoze/countries (npm world-countries)", "repo": "https://github.com/mledoze/countries",
    "path": "countries.json", "commit": "5e9f370050f83ad2ba4cb885f75d66114badf72c",
    "last_changed": "",
    "licence": "ODbL-1.0 (flags are excluded from the licence)",
    "copyright": "copyright holder as named in the repository's LICENSE",
    "copy": "mledoze_countries.json",
    "sha256": "69e45428770b8750c89a54ac6e6c91131c56cac930ec63551f9ee6d2a179f2da",
}
SUPRAVERDEN = {
    "name": "confirmordeny/supraverden", "repo": "https://github.com/confirmordeny/supraverden",
    "path": "data/general_list.yaml", "commit": "59ab4fa0f92f3c75bb45e230908e612f15e8dbdf",
    "last_changed": "d7b5b1b6ba5f87a3e3d608bc1817a8bf89f8f0b1",
    "licence": "CC BY-SA 4.0", "copyright": "Copyright © Confirmordeny 2025–2026",
    "copy": "supraverden_general_list.yaml",
    "sha256": "41c7f6683b58a4625b9f7b08dbd33096a366ad4d59a40a7c17c4a5fcacdc3280",
}

MIT_TEXT = (
    'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and '
    'associated documentation files (the "Software"), to deal in the Software without restriction, including '
    'without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell '
    'copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to '
    'the following conditions: The above copyright notice and this permission notice shall be included in '
    'all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY '
    'OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, '
    'FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT '
    'HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR '
    'OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE '
    'SOFTWARE.'
)
ODBL_URL = "https://opendatacommons.org/licenses/odbl/1-0/"
CCBYSA_URL = "https://creativecommons.org/licenses/by-sa/4.0/"

# ---------------------------------------------------------------------------------------------
# States (sovereign_states.csv), keyed by ISO 3166 alpha-3
# ---------------------------------------------------------------------------------------------

# Short English names as the corpus labels them (corpus/README.md: "Turkey" for "Türkiye");
# Q971 is relabelled so that its label is not the ambiguous bare "Congo".
STATE_LABELS = {"TUR": "Turkey", "COG": "Republic of the Congo"}

STATE_ALIASES: Mapping[str, Sequence[str]] = {
    "USA": ["United States of America"],
    "GBR": ["Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "RUS": ["Russian Federation"],
    "BLR": ["Republic of Belarus"],
    "SRB": ["Republic of Serbia"],
    "CHN": ["People's Republic of China"],
    "KOR": ["Republic of Korea", "Korea"],  # "Korea": see DISAMBIGUATION in kg/linking/gazetteer.py
    "PRK": ["Democratic People's Republic of Korea", "Korea"],
    "TUR": ["Türkiye", "Turkiye", "Republic of Turkey", "Republic of Türkiye"],
    "MKD": ["Macedonia", "Former Yugoslav Republic of Macedonia", "Republic of Macedonia"],
    "SDN": ["Republic of Sudan"],  # (its official name has "the Sudan")
    "JOR": ["Hashemite Kingdom of Jordan", "Transjordan"],  # (the emirate, a founder of the Arab League in 1945)
    "MMR": ["Burma"],
    "CIV": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
    "ARE": ["Emirates"],
    "COD": ["Congo", "Democratic Republic of the Congo", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "COG": ["Congo", "Republic of Congo", "Congo-Brazzaville"],
    "CZE": ["Czech Republic"],
    "BIH": ["Bosnia", "Bosnia-Herzegovina"],
    "SWZ": ["Swaziland"],
    "CPV": ["Cabo Verde"],
    "TLS": ["East Timor"],
    # Older transliterations, and one misspelling wire copy often prints ("Kyrgystan")
    "KGZ": ["Kyrgyz Republic", "Kirghizia", "Kirgizia", "Kyrgystan"],
    "TJK": ["Tadjikistan"],
    "KAZ": ["Kazakstan"],
}
# Codes and abbreviations news uses; other 2-3 letter codes in the source are dropped.
STATE_ACRONYMS: Mapping[str, Sequence[str]] = {
    "USA": ["US", "U.S.", "USA", "U.S.A."],
    "GBR": ["UK", "U.K."],
    "ARE": ["UAE", "U.A.E."],
    "PRK": ["DPRK"],
    "CHN": ["PRC"],
    "KOR": ["ROK"],
    "COD": ["DRC"],
    "MKD": ["FYROM"],
    "BIH": ["BiH"],
    "PNG": ["PNG"],
}
STATE_DEMONYMS: Mapping[str, Sequence[str]] = {
    "USA": ["American"], "GBR": ["British"], "RUS": ["Russian"], "BLR": ["Belarusian", "Belarussian"],
    "KGZ": ["Kyrgyz", "Kyrgyzstani"], "TJK": ["Tajik", "Tajikistani"], "KAZ": ["Kazakh"], "UZB": ["Uzbek"],
    "AZE": ["Azeri"], "SAU": ["Saudi"], "MKD": ["North Macedonian"], "PHL": ["Philippine"], "CZE": ["Czech"],
    "SVN": ["Slovenian"], "LAO": ["Lao"], "CPV": ["Cape Verdean"], "MDV": ["Maldivian"],
    "ECU": ["Ecuadorian"], "DJI": ["Djiboutian"],
    # (the source gives only the noun for the people: "Icelander", "Luxembourger", "Surinamer", "Comoran")
    "ISL": ["Icelandic"], "LUX": ["Luxembourgish"], "SUR": ["Surinamese"], "COM": ["Comorian"],
}
STATE_CAPITALS: Mapping[str, Sequence[str]] = {
    "USA": ["Washington", "Washington, D.C.", "Washington DC"],
    "UKR": ["Kiev"],  # the spelling most English news used before 2022
    "KAZ": ["Nur-Sultan"],  # the capital's name 2019-2022
    "MNG": ["Ulaanbaatar"], "MMR": ["Nay Pyi Taw", "Naypyitaw"], "YEM": ["Sanaa"], "XKX": ["Prishtina"],
    "CHE": ["Berne"],
}
# Capitals whose folded form is a common English word or name ("male"): not indexed.
DROPPED_CAPITALS = {"MDV": {"Malé"}, "SYC": {"Victoria"}}
# Alternative names in the source that are not names of the state.
DROPPED_ALT_NAMES: Mapping[str, set[str]] = {
    # places and a governing body, not the State of Palestine
    "PSE": {"Gaza", "Gaza Strip", "West Bank", "Palestinian Authority", "Palestinian Autonomous Areas",
            "Palestinian Autonomous Region", "Palestinian Autonomous Territories", "Palestinian Territory",
            "Palestinian territories"},
    "ISR": {"Emetab Israel", "Israelite", "Yisraeli"},  # an Ewe name, and people rather than the state
    "LTU": {"Lietuvių kalba"},  # the Lithuanian language
    "THA": {"Prathet"},  # "country"
    "TLS": {"Timor"},  # the island, shared with Indonesia
    "MNE": {"Aquaserbia"},  # a nickname
    "PRK": {"Best Korea"},  # a joke
    "ISL": {"Island"},  # the Icelandic name, an English word
    "HUN": {"Magyar"},  # the people and language
    "GAB": {"Gabonais"},  # a French demonym
    "VNM": {"Việt Nam Dân chủ Cộng hòa"},  # the Democratic Republic of Vietnam (North Vietnam, 1945-1976)
}
# The Holy See (Q159583) is not added to Vatican City (Q237): Wikidata keeps them apart.

# ---------------------------------------------------------------------------------------------
# Historical states (rigour_territories.jsonl), keyed by rigour code
# ---------------------------------------------------------------------------------------------

HISTORICAL: Mapping[str, Mapping[str, Sequence[str]]] = {
    "suhh": {"aliases": ["Union of Soviet Socialist Republics"], "acronyms": ["USSR", "U.S.S.R."],
             "demonyms": ["Soviet"]},
    # rigour lists "FR Yugoslavia" / "Federal Republic of Yugoslavia" under Q83286 (the SFRY); that
    # state (1992-2003) is Serbia and Montenegro, Q37024, so the names move there.
    "yucs": {"aliases": ["Socialist Federal Republic of Yugoslavia", "SFR Yugoslavia"], "acronyms": ["SFRY"],
             "demonyms": ["Yugoslav", "Yugoslavian"],
             "drop": ["FR Yugoslavia", "Federal Republic of Yugoslavia"]},
    "csxx": {"aliases": ["State Union of Serbia and Montenegro", "Federal Republic of Yugoslavia",
                         "FR Yugoslavia"], "acronyms": ["FRY"]},
    "cshh": {"aliases": ["Czech and Slovak Federative Republic"],
             "demonyms": ["Czechoslovak", "Czechoslovakian"]},
    "dd": {"aliases": ["German Democratic Republic"], "acronyms": ["GDR", "DDR"],
           "demonyms": ["East German"]},
    "zr": {"aliases": ["Republic of Zaire"], "demonyms": ["Zairean", "Zairian"]},
}

# ---------------------------------------------------------------------------------------------
# Organisations (international_organisations.csv), keyed by the CSV's QID
# ---------------------------------------------------------------------------------------------

ORGANISATIONS: Mapping[str, Mapping[str, Any]] = {
    "Q7184": {"label": "NATO", "type": EntityType.ALLIANCE, "acronyms": ["NATO"],
              "aliases": ["North Atlantic Treaty Organization", "North Atlantic Alliance"]},
    "Q318693": {"type": EntityType.ALLIANCE, "acronyms": ["CSTO", "ODKB"]},
    "Q485207": {"acronyms": ["SCO"]},
    "Q458": {}, "Q7779": {},
    "Q4173083": {"acronyms": ["EAEU", "EEU"]},
    "Q166110": {"aliases": ["Union State of Russia and Belarus"]},
    "Q81299": {},
    "Q1065": {"acronyms": ["UN", "U.N."]},
    "Q7768": {"aliases": ["Association of South-East Asian Nations"]},
    # the name news and readers use, not the charter's (kept as an alias)
    "Q217172": {"label": "Gulf Cooperation Council"}, "Q7159": {}, "Q7172": {}, "Q123759": {},
    "Q8908": {"acronyms": ["CoE"]},
    # ("the Security Council" alone: the UN's in the news kg reads; a state's own is told apart in
    # kg/linking/context.py)
    "Q37470": {"aliases": ["U.N. Security Council", "Security Council"]},
    "Q47423": {"aliases": ["U.N. General Assembly"]},
    "Q41984": {}, "Q842490": {}, "Q47488": {},
    "Q8475": {"aliases": ["Interpol"]},
    "Q356694": {}, "Q193272": {}, "Q816706": {}, "Q499039": {},
    "Q189966": {"acronyms": ["ECCAS"]},
    "Q47543": {"acronyms": ["OIC"], "aliases": ["Organisation of the Islamic Conference"]},
    "Q596850": {"aliases": ["Turkic Council"], "acronyms": ["OTS"]},
    "Q380340": {},
    "Q8880": {},
    "Q8889": {},
    "Q8896": {"drop": ["Council of ministers"]},  # also the name of many national cabinets
    "Q1134173": {}, "Q21786841": {}, "Q207203": {}, "Q3152150": {}, "Q205650": {}, "Q4229685": {},
    "Q757276": {"acronyms": ["PIF"]},
    # Regional bodies security news names beside the alliances.
    "Q205995": {"acronyms": ["CARICOM"]}, "Q789769": {}, "Q1115631": {}, "Q392770": {},
    "Q337456": {"acronyms": ["EAC"]}, "Q145700": {"acronyms": ["SAARC"]}, "Q795985": {}, "Q13116": {},
    "Q146165": {}, "Q190028": {"acronyms": ["SICA"]}, "Q4264": {}, "Q471690": {}, "Q192177": {},
    "Q182500": {"acronyms": ["CPLP"], "aliases": ["Community of Portuguese-Speaking Countries"]},
    "Q602399": {"acronyms": ["ACTO"], "aliases": ["Amazon Cooperation Treaty Organisation"]},
    "Q370862": {"acronyms": ["AMU"]}, "Q674182": {}, "Q1147937": {"acronyms": []},
    "Q2986599": {"acronyms": ["LCBC"]}, "Q1505172": {"acronyms": ["MRU"]}, "Q1918937": {"acronyms": ["MSG"]},
    "Q521227": {"acronyms": ["OCCAR"]}, "Q935878": {"acronyms": ["MRC"]},
    "Q4230": {"acronyms": ["UNASUR", "Unasur"]}, "Q7122288": {}, "Q1331783": {"acronyms": ["CEPGL"]},
    "Q134102": {"aliases": ["Organisation internationale de la Francophonie", "La Francophonie"],
                "acronyms": ["OIF"]},
    # (all capitals: "Guam", the US island, is a territory)
    "Q326816": {"acronyms": ["GUAM", "GUUAM"], "aliases": ["Organization for Democracy and Economic Development"]},
    "Q2297691": {"acronyms": ["IORA"]}, "Q225950": {},
    "Q672941": {"acronyms": ["EEAS"]},  # the EU's diplomatic service, which speaks for the EU on foreign policy
    "Q8886": {"acronyms": []},  # the EU's heads of state or government (its CSV abbreviation, EUCO, news rarely uses)
}
# Every other row of the CSV is taken too, by its English names, so that a body news names in passing (the
# International Court of Justice, the World Food Programme) is linked; its abbreviation only where it is four
# letters or more and no English word. Left out: rows a curated entry holds (with its part_of), and the European
# research infrastructures (ERICs), which share their names with common words ("SHARE", "INSTRUCT").
ORGANISATIONS_SKIPPED = frozenset({"Q190023"})  # the Central American Parliament, curated as part of SICA
_ABBREVIATIONS_THAT_ARE_WORDS = frozenset({"SHARE", "INSTRUCT", "ICOS", "EPOS", "SESAME", "ECHO", "DANUBIUS"})
# The CSV's two-letter abbreviations kept; the others ("EP") are too ambiguous.
TWO_LETTER_ACRONYMS = {"Q458", "Q1065", "Q7159"}

# ---------------------------------------------------------------------------------------------
# Territories (rigour, MIT): the rows that are no sovereign state and no historical one
# ---------------------------------------------------------------------------------------------

# Rows of rigour that are not places of their own: the EU and the UN (organisations), "Global", "Cyberspace";
# Jersey, whose name news uses inside "New Jersey"; Western Sahara, whose QID there (Q40362) is the Sahrawi
# Republic's, a state some recognise, not the territory's.
TERRITORY_SKIPPED = frozenset({"eu", "un", "zz", "ip", "je", "eh"})
# In free association with New Zealand and members in their own right of the Pacific Islands Forum: states, as
# news and the corpus's annotators write them; every other territory is a place.
ASSOCIATED_STATES = frozenset({"ck", "nu"})
# The names news gives them where rigour's differs ("Hong Kong SAR").
TERRITORY_LABELS: Mapping[str, str] = {"hk": "Hong Kong", "mo": "Macau", "pn": "Pitcairn Islands",
                                       "um": "United States Minor Outlying Islands",
                                       "vi": "United States Virgin Islands"}
# De facto states that news names as parties to deals and conflicts ("Ethiopia signed a memorandum with
# Somaliland"), typed State though few or no states recognise them. rigour codes them as sub-national units of the
# state that claims them; the QID is rigour's, or for Abkhazia the one of its other_qids that is the de facto
# state (its main one is Georgia's autonomous republic).
DE_FACTO_STATES: Mapping[str, tuple[str, str]] = {"so-som": ("Somaliland", "Q34754"), "ge-ab": ("Abkhazia", "Q23334"),
                                                  "x-so": ("South Ossetia", "Q23427"),
                                                  "md-pmr": ("Transnistria", "Q907112"),
                                                  "cy-trnc": ("Northern Cyprus", "Q23681")}
TERRITORY_ALIASES: Mapping[str, Sequence[str]] = {"um": ["U.S. Outlying Islands"], "vi": ["U.S. Virgin Islands"],
                                                  "fk": ["Falklands", "Malvinas"], "mo": ["Macao"],
                                                  "cy-trnc": ["Turkish Republic of Northern Cyprus"],
                                                  "md-pmr": ["Pridnestrovian Moldavian Republic"]}
TERRITORY_ACRONYMS: Mapping[str, Sequence[str]] = {"cy-trnc": ["TRNC"]}
# rigour's strong names that are something else in news: a person, a feast, birds, a surname, an island of its own.
TERRITORY_DROPPED_NAMES = frozenset({"Ascension", "Tristan", "Canaries", "Mann", "Tahiti", "Tahiti et ses îles",
                                     "Jèrriais"})


def territories(data: Path) -> list[dict[str, Any]]:
    with (data / "sovereign_states.csv").open(encoding="utf-8", newline="") as handle:
        sovereign = {row["qid"] for row in csv.DictReader(handle)}
    rows = []
    with (data / "rigour_territories.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["code"] not in DE_FACTO_STATES and (row["qid"] in sovereign or "-" in row["code"]
                                                       or row.get("is_historical") or row["code"] in TERRITORY_SKIPPED):
                continue
            rows.append(row)
    by_code = {row["code"]: row for row in rows}
    missing = (set(ASSOCIATED_STATES) | set(TERRITORY_LABELS) | set(DE_FACTO_STATES)) - set(by_code)
    if missing:
        raise SystemExit(f"rigour_territories.jsonl lacks the territories {sorted(missing)}")
    records = []
    for row in rows:
        code = row["code"]
        de_facto = DE_FACTO_STATES.get(code)
        label = de_facto[0] if de_facto else TERRITORY_LABELS.get(code, row["name"])
        qid = de_facto[1] if de_facto else row["qid"]
        if qid not in (row["qid"], *row.get("other_qids", ())):
            raise SystemExit(f"rigour_territories.jsonl gives {code} no QID {qid}")
        names = [row["name"], row.get("full_name", ""), *row.get("names_strong", ()), *TERRITORY_ALIASES.get(code, ())]
        aliases = without([n for n in names if keep_alt_name(n) and "[" not in n and "(" not in n
                           and n not in TERRITORY_DROPPED_NAMES and n.upper() != n], [label])
        records.append({
            "qid": qid, "label": label,
            "type": (EntityType.STATE if code in ASSOCIATED_STATES or de_facto else EntityType.PLACE).value,
            "rigour_code": code, "official_name": row.get("full_name"), "aliases": aliases,
            "acronyms": list(TERRITORY_ACRONYMS.get(code, ())),
            "status": "de_facto_state" if de_facto else
            "associated_state" if code in ASSOCIATED_STATES else "territory",
        })
    return sorted(records, key=lambda r: (r["label"].casefold(), r["qid"]))


# ---------------------------------------------------------------------------------------------
# Curated entries with no verified QID (our own work, MIT)
# ---------------------------------------------------------------------------------------------

_NO_ITEM = ("supraverden (shared/data README, section 3) has no separate item for it, and no QID for it was "
            "verified in stored material; do not fill one in from memory")
_NO_ORG = ("not in supraverden; shared/data README section 6 says no QID for it could be verified in stored "
           "material")
_NOT_LISTED = "Not in the shared reference data (supraverden); no QID for it was verified in stored material"


def _news_agency(label: str, aliases: Sequence[str] = (), acronyms: Sequence[str] = ()) -> dict[str, Any]:
    """A curated entry for a news agency: an organisation that speaks, not a body of states."""
    return {"label": label, "type": EntityType.ORGANIZATION, "news_agency": True, "aliases": list(aliases),
            "acronyms": list(acronyms), "note": "A news agency. " + _NOT_LISTED + "."}


CURATED: Sequence[Mapping[str, Any]] = [
    {"label": "CSTO Parliamentary Assembly", "type": EntityType.ORGANIZATION, "part_of": "CSTO",
     "aliases": ["Parliamentary Assembly of the CSTO",
                 "Parliamentary Assembly of the Collective Security Treaty Organization"],
     "acronyms": ["CSTO PA"], "note": _NO_ITEM + "."},
    {"label": "CSTO Collective Rapid Reaction Force", "type": EntityType.MILITARY_UNIT, "part_of": "CSTO",
     "aliases": ["Collective Rapid Reaction Force", "Collective Rapid Reaction Forces",
                 "CSTO Collective Rapid Reaction Forces", "CSTO Rapid Reaction Force"],
     "acronyms": ["CRRF", "KSOR"],
     "note": "Created by the CSTO decision of 4 February 2009 (uzdaily.uz; en.odkb-csto.org). A different "
             "body from the Collective Rapid Deployment Forces of the Central Asian region, though news uses "
             "the two names loosely; they are kept apart. " + _NO_ITEM + "."},
    {"label": "CSTO Collective Rapid Deployment Forces", "type": EntityType.MILITARY_UNIT, "part_of": "CSTO",
     "aliases": ["Collective Rapid Deployment Forces", "Collective Rapid-Deployment Forces",
                 "Collective Rapid Deployment Force", "CSTO Collective Rapid Deployment Force",
                 "Collective Rapid Deployment Forces of the Central Asian Region"],
     "acronyms": ["CRDF"],
     "note": "The Central Asian collective force of the CSTO, older than the 2009 Collective Rapid Reaction "
             "Force (asiaplustj.info, 2006; evnreport.com lists both); kept apart from it. "
             + _NO_ITEM + "."},
    {"label": "CSTO Joint Staff", "type": EntityType.ORGANIZATION, "part_of": "CSTO",
     "aliases": ["Joint Staff of the CSTO", "Joint Staff of the Collective Security Treaty Organization"],
     "note": "The CSTO's military staff body. " + _NO_ITEM + "."},
    {"label": "CSTO Collective Security Council", "type": EntityType.ORGANIZATION, "part_of": "CSTO",
     "aliases": ["Collective Security Council"],
     "note": "The CSTO's supreme body (heads of state). " + _NO_ITEM + "."},
    {"label": "CSTO Collective Peacekeeping Forces", "type": EntityType.MILITARY_UNIT, "part_of": "CSTO",
     "aliases": ["CSTO peacekeeping forces", "CSTO Collective Peacekeeping Force"],
     "note": "Bare 'Collective Peacekeeping Forces' is not an alias: the CIS had its own. " + _NO_ITEM + "."},
    {"label": "Collective Security Treaty", "type": EntityType.AGREEMENT,
     "aliases": ["Tashkent Treaty"],
     "note": "The 1992 treaty the CSTO grew out of. No QID for it was verified in stored material."},
    {"label": "NATO Parliamentary Assembly", "type": EntityType.ORGANIZATION, "part_of": "NATO",
     "aliases": ["North Atlantic Assembly"], "acronyms": ["NATO PA"],
     "note": "Formally separate from NATO, but news treats it as NATO's. Not in supraverden; no QID for it "
             "was verified in stored material."},
    {"label": "North American Aerospace Defense Command", "type": EntityType.MILITARY_UNIT,
     "aliases": ["North American Aerospace Defence Command"], "acronyms": ["NORAD"],
     "note": "The binational US-Canadian command (1958); no body's part, as neither state's forces own it alone. "
             + _NOT_LISTED + "."},
    {"label": "North Atlantic Council", "type": EntityType.ORGANIZATION, "part_of": "NATO",
     "aliases": ["NATO Council"],
     "note": "NATO's principal political decision-making body. Not in supraverden; no QID for it was "
             "verified in stored material."},
    {"label": "Partnership for Peace", "type": EntityType.AGREEMENT, "part_of": "NATO", "partnership": True,
     "aliases": ["Partnership for Peace programme", "NATO Partnership for Peace"], "acronyms": ["PfP"],
     "note": "NATO's partnership programme (1994). " + _NO_ITEM + "."},
    {"label": "Individual Partnership Action Plan", "type": EntityType.AGREEMENT, "part_of": "NATO",
     "aliases": ["Individual Partnership Action Plans"], "acronyms": ["IPAP"],
     "note": "A NATO partnership instrument agreed with one partner state. Not in supraverden; no QID for it "
             "was verified in stored material."},
    {"label": "Membership Action Plan", "type": EntityType.AGREEMENT, "part_of": "NATO",
     "aliases": ["NATO Membership Action Plan"], "acronyms": ["MAP"],
     "note": "NATO's programme for aspirant states (1999). Not in supraverden; no QID for it was verified in "
             "stored material."},
    {"label": "Mediterranean Dialogue", "type": EntityType.ORGANIZATION, "part_of": "NATO", "partnership": True,
     "aliases": ["NATO Mediterranean Dialogue", "NATO's Mediterranean Dialogue"],
     "note": "NATO's partnership forum with seven states of the southern Mediterranean (1994). Not in "
             "supraverden; no QID for it was verified in stored material."},
    {"label": "Istanbul Cooperation Initiative", "type": EntityType.ORGANIZATION, "part_of": "NATO", "partnership": True,
     "aliases": ["NATO Istanbul Cooperation Initiative", "NATO's Istanbul Cooperation Initiative"],
     "acronyms": ["ICI"],
     "note": "NATO's partnership forum with states of the Gulf (2004). The shared data lists it as not modelled; "
             "no QID for it was verified in stored material."},
    {"label": "Middle East Strategic Alliance", "type": EntityType.ALLIANCE, "acronyms": ["MESA"],
     "note": "A US-backed plan (2017-2019) for an alliance of the GCC states, Egypt and Jordan; Egypt withdrew in "
             "2019. " + _NOT_LISTED + "."},
    {"label": "BRICS", "type": EntityType.ORGANIZATION, "acronyms": ["BRICS"], "note": _NO_ORG + "."},
    {"label": "AUKUS", "type": EntityType.ORGANIZATION, "acronyms": ["AUKUS"], "note": _NO_ORG + "."},
    {"label": "Quadrilateral Security Dialogue", "type": EntityType.ORGANIZATION, "aliases": ["Quad"],
     "note": _NO_ORG + "."},
    {"label": "G7", "type": EntityType.ORGANIZATION, "aliases": ["Group of Seven"], "acronyms": ["G-7"],
     "note": "Not in supraverden; no QID for it was verified in stored material."},
    # Security groupings without a verified QID that news names as often as the treaty organisations.
    {"label": "Joint Expeditionary Force", "type": EntityType.ALLIANCE, "acronyms": ["JEF"],
     "note": "The UK-led coalition of ten northern European states (2014). " + _NOT_LISTED + "."},
    {"label": "Alliance of Sahel States", "type": EntityType.ALLIANCE, "acronyms": ["AES"],
     "aliases": ["Confederation of Sahel States"],
     "note": "Mali, Burkina Faso and Niger (2023). " + _NOT_LISTED + "."},
    {"label": "Multinational Joint Task Force", "type": EntityType.ALLIANCE, "acronyms": ["MNJTF"],
     "note": "The Lake Chad Basin force against Boko Haram. " + _NOT_LISTED + "."},
    {"label": "Combined Maritime Forces", "type": EntityType.ALLIANCE, "acronyms": ["CMF"],
     "note": "The US-led naval partnership based in Bahrain. " + _NOT_LISTED + "."},
    # Alliances of the Cold War that histories of today's pacts still name
    {"label": "Southeast Asia Treaty Organization", "type": EntityType.ALLIANCE, "acronyms": ["SEATO"],
     "note": "The pact set up under the 1954 Manila Pact, dissolved in 1977. " + _NOT_LISTED + "."},
    {"label": "Warsaw Pact", "type": EntityType.ALLIANCE,
     "aliases": ["Warsaw Treaty Organisation", "Warsaw Treaty Organization"],
     "note": "The Soviet-led alliance of 1955-1991. " + _NOT_LISTED + "."},
    {"label": "Five Eyes", "type": EntityType.ORGANIZATION,
     "note": "The intelligence alliance of Australia, Canada, New Zealand, the UK and the US. " + _NOT_LISTED + "."},
    {"label": "Five Power Defence Arrangements", "type": EntityType.ORGANIZATION, "acronyms": ["FPDA"],
     "note": "Australia, Malaysia, New Zealand, Singapore and the UK (1971). " + _NOT_LISTED + "."},
    {"label": "European Intervention Initiative", "type": EntityType.ORGANIZATION, "acronyms": ["EI2"],
     "note": "The French-led initiative of 2018, outside the EU and NATO. " + _NOT_LISTED + "."},
    {"label": "Nordic Defence Cooperation", "type": EntityType.ORGANIZATION, "acronyms": ["NORDEFCO"],
     "note": _NOT_LISTED + "."},
    {"label": "Lublin Triangle", "type": EntityType.ORGANIZATION, "note": "Lithuania, Poland and Ukraine (2020). "
     + _NOT_LISTED + "."},
    {"label": "Weimar Triangle", "type": EntityType.ORGANIZATION, "note": "France, Germany and Poland (1991). "
     + _NOT_LISTED + "."},
    # Speakers news names as often as states: an armed movement, and heads' offices by their seats
    {"label": "Houthis", "type": EntityType.ORGANIZATION, "aliases": ["Houthi", "Houthi movement", "Ansar Allah"],
     "note": "The Yemeni armed movement that holds much of northern Yemen. " + _NOT_LISTED + "."},
    {"label": "Downing Street", "type": EntityType.ORGANIZATION,
     "note": "The British prime minister's office, as news names it when it speaks. " + _NOT_LISTED + "."},
    {"label": "Elysee Palace", "type": EntityType.ORGANIZATION, "aliases": ["Elysee", "Élysée", "Élysée Palace"],
     "note": "The French president's office, as news names it when it speaks. " + _NOT_LISTED + "."},
    # News agencies, which speak in their own name ("Xinhua reported that ...", "..., Reuters reported")
    _news_agency("Reuters"),
    _news_agency("Agence France-Presse", aliases=["Agence France Presse"], acronyms=["AFP"]),
    _news_agency("Associated Press", aliases=["The Associated Press"]),
    _news_agency("Xinhua", aliases=["Xinhua News Agency"]),
    _news_agency("TASS", aliases=["Tass", "ITAR-TASS"]),
    _news_agency("RIA Novosti"),
    _news_agency("Interfax"),
    _news_agency("Anadolu Agency", aliases=["Anadolu"]),
    _news_agency("Yonhap", aliases=["Yonhap News Agency"]),
    _news_agency("Kyodo News", aliases=["Kyodo"]),
    _news_agency("Korean Central News Agency", acronyms=["KCNA"]),
    _news_agency("Islamic Republic News Agency", acronyms=["IRNA"]),
    _news_agency("BelTA", aliases=["Belta"]),
    _news_agency("Kazinform"),
    _news_agency("Ukrinform"),
    _news_agency("Armenpress"),
    _news_agency("Bernama"),
    _news_agency("Press Trust of India", acronyms=["PTI"]),
    _news_agency("Emirates News Agency", acronyms=["WAM"]),
    _news_agency("Saudi Press Agency", acronyms=["SPA"]),
    _news_agency("Kuwait News Agency", acronyms=["KUNA"]),
    _news_agency("Qatar News Agency", acronyms=["QNA"]),
    _news_agency("Bahrain News Agency", acronyms=["BNA"]),
    # Multinational missions news names by their acronyms ("KFOR said", "EUFOR will hold its annual exercise")
    {"label": "Kosovo Force", "type": EntityType.MILITARY_UNIT, "part_of": "NATO", "acronyms": ["KFOR"],
     "note": "The NATO-led peacekeeping force in Kosovo (1999). " + _NOT_LISTED + "."},
    {"label": "EUFOR", "type": EntityType.MILITARY_UNIT, "part_of": "European Union", "acronyms": ["EUFOR"],
     "aliases": ["EUFOR Althea", "Operation Althea", "European Union Force Althea"],
     "note": "The EU's military operation in Bosnia and Herzegovina (2004). " + _NOT_LISTED + "."},
    {"label": "UNIFIL", "type": EntityType.MILITARY_UNIT, "part_of": "United Nations", "acronyms": ["UNIFIL"],
     "aliases": ["United Nations Interim Force in Lebanon"],
     "note": "The UN peacekeeping force in southern Lebanon (1978). " + _NOT_LISTED + "."},
    {"label": "MONUSCO", "type": EntityType.MILITARY_UNIT, "part_of": "United Nations", "acronyms": ["MONUSCO"],
     "aliases": ["United Nations Organization Stabilization Mission in the Democratic Republic of the Congo"],
     "note": "The UN peacekeeping mission in DR Congo (2010). " + _NOT_LISTED + "."},
    # Other peacekeeping missions news on troop contributors names (UN and African Union), by their acronyms
    {"label": "MINUSMA", "type": EntityType.MILITARY_UNIT, "part_of": "United Nations", "acronyms": ["MINUSMA"],
     "aliases": ["United Nations Multidimensional Integrated Stabilization Mission in Mali"],
     "note": "The UN peacekeeping mission in Mali (2013-2023). " + _NOT_LISTED + "."},
    {"label": "MINUSCA", "type": EntityType.MILITARY_UNIT, "part_of": "United Nations", "acronyms": ["MINUSCA"],
     "aliases": ["United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"],
     "note": "The UN peacekeeping mission in the Central African Republic (2014). " + _NOT_LISTED + "."},
    {"label": "UNMISS", "type": EntityType.MILITARY_UNIT, "part_of": "United Nations", "acronyms": ["UNMISS"],
     "aliases": ["United Nations Mission in South Sudan", "United Nations Mission in the Republic of South Sudan"],
     "note": "The UN peacekeeping mission in South Sudan (2011). " + _NOT_LISTED + "."},
    {"label": "UNISFA", "type": EntityType.MILITARY_UNIT, "part_of": "United Nations", "acronyms": ["UNISFA"],
     "aliases": ["United Nations Interim Security Force for Abyei"],
     "note": "The UN peacekeeping force in Abyei (2011). " + _NOT_LISTED + "."},
    {"label": "UNFICYP", "type": EntityType.MILITARY_UNIT, "part_of": "United Nations", "acronyms": ["UNFICYP"],
     "aliases": ["United Nations Peacekeeping Force in Cyprus"],
     "note": "The UN peacekeeping force in Cyprus (1964). " + _NOT_LISTED + "."},
    {"label": "UNDOF", "type": EntityType.MILITARY_UNIT, "part_of": "United Nations", "acronyms": ["UNDOF"],
     "aliases": ["United Nations Disengagement Observer Force"],
     "note": "The UN force on the Golan Heights (1974). " + _NOT_LISTED + "."},
    {"label": "MINURSO", "type": EntityType.MILITARY_UNIT, "part_of": "United Nations", "acronyms": ["MINURSO"],
     "aliases": ["United Nations Mission for the Referendum in Western Sahara"],
     "note": "The UN mission in Western Sahara (1991). " + _NOT_LISTED + "."},
    {"label": "UNTSO", "type": EntityType.MILITARY_UNIT, "part_of": "United Nations", "acronyms": ["UNTSO"],
     "aliases": ["United Nations Truce Supervision Organization"],
     "note": "The UN's first peacekeeping operation, in the Middle East (1948). " + _NOT_LISTED + "."},
    {"label": "UNMOGIP", "type": EntityType.MILITARY_UNIT, "part_of": "United Nations", "acronyms": ["UNMOGIP"],
     "aliases": ["United Nations Military Observer Group in India and Pakistan"],
     "note": "The UN observer group in Jammu and Kashmir (1949). " + _NOT_LISTED + "."},
    {"label": "AMISOM", "type": EntityType.MILITARY_UNIT, "part_of": "African Union", "acronyms": ["AMISOM"],
     "aliases": ["African Union Mission in Somalia"],
     "note": "The AU mission in Somalia (2007-2022), followed by ATMIS. " + _NOT_LISTED + "."},
    {"label": "ATMIS", "type": EntityType.MILITARY_UNIT, "part_of": "African Union", "acronyms": ["ATMIS"],
     "aliases": ["African Union Transition Mission in Somalia"],
     "note": "The AU mission in Somalia (2022-2024), followed by AUSSOM. " + _NOT_LISTED + "."},
    {"label": "AUSSOM", "type": EntityType.MILITARY_UNIT, "part_of": "African Union", "acronyms": ["AUSSOM"],
     "aliases": ["African Union Support and Stabilization Mission in Somalia"],
     "note": "The AU mission in Somalia from 2025. " + _NOT_LISTED + "."},
    {"label": "Visegrad Group", "type": EntityType.ORGANIZATION, "aliases": ["Visegrád Group", "Visegrad Four",
                                                                                "Visegrád Four"],
     "acronyms": ["V4"], "note": "Czechia, Hungary, Poland and Slovakia. " + _NOT_LISTED + "."},
    {"label": "Bucharest Nine", "type": EntityType.ORGANIZATION, "aliases": ["Bucharest Format"], "acronyms": ["B9"],
     "note": "NATO's eastern flank states (2015). " + _NOT_LISTED + "."},
    {"label": "Regional Security System", "type": EntityType.ORGANIZATION,
     "aliases": ["Eastern Caribbean Regional Security System"],
     "note": "The defence and security arrangement of seven eastern Caribbean states (1982). " + _NOT_LISTED + "."},
    {"label": "G20", "type": EntityType.ORGANIZATION, "aliases": ["Group of Twenty"], "acronyms": ["G-20"],
     "note": "Not in supraverden; no QID for it was verified in stored material."},
    # European defence frameworks and NATO bodies that news names as things states join, leave or stay out of
    {"label": "Permanent Structured Cooperation", "type": EntityType.AGREEMENT, "part_of": "European Union",
     "acronyms": ["PESCO"], "aliases": ["EU Permanent Structured Cooperation"],
     "note": "The EU's framework of defence projects among its member states (2017). " + _NOT_LISTED + "."},
    {"label": "European Peace Facility", "type": EntityType.AGREEMENT, "part_of": "European Union",
     "acronyms": ["EPF"],
     "note": "The EU's off-budget fund for military aid and missions (2021). " + _NOT_LISTED + "."},
    {"label": "European Economic Area", "type": EntityType.ORGANIZATION, "acronyms": ["EEA"],
     "note": "The EU's single market with Iceland, Liechtenstein and Norway (1994). " + _NOT_LISTED + "."},
    {"label": "Eurocorps", "type": EntityType.ORGANIZATION,
     "note": "The multinational corps headquarters in Strasbourg of six framework nations (1992). "
     + _NOT_LISTED + "."},
    {"label": "Nuclear Planning Group", "type": EntityType.ORGANIZATION, "part_of": "NATO",
     "aliases": ["NATO Nuclear Planning Group"],
     "note": "NATO's senior body on nuclear policy, of every ally but France. " + _NOT_LISTED + "."},
    {"label": "G5 Sahel", "type": EntityType.ORGANIZATION, "aliases": ["G5 Sahel Joint Force", "G-5 Sahel"],
     "acronyms": ["G5"],
     "note": "Mauritania, Mali, Burkina Faso, Niger and Chad (2014); left by all but Mauritania and Chad in "
     "2022-2023. " + _NOT_LISTED + "."},
    {"label": "ASEAN Defence Ministers' Meeting", "type": EntityType.ORGANIZATION, "part_of": "ASEAN",
     "acronyms": ["ADMM"], "aliases": ["ASEAN Defence Ministers Meeting"],
     "note": "ASEAN's defence ministers' forum (2006). " + _NOT_LISTED + "."},
    {"label": "ADMM-Plus", "type": EntityType.ORGANIZATION, "part_of": "ASEAN",
     "aliases": ["ASEAN Defence Ministers' Meeting-Plus", "ASEAN Defence Ministers Meeting-Plus"],
     "note": "The ADMM with eight dialogue partners (2010). " + _NOT_LISTED + "."},
    # Arms-control and non-proliferation treaties news names by acronym or short name ("the NPT", "New START"),
    # which no name pattern can find; the shared data holds no treaties.
    {"label": "Treaty on the Non-Proliferation of Nuclear Weapons", "type": EntityType.AGREEMENT,
     "acronyms": ["NPT"], "aliases": ["Non-Proliferation Treaty", "Nuclear Non-Proliferation Treaty",
                                      "Nonproliferation Treaty", "Nuclear Nonproliferation Treaty"],
     "note": "Opened for signature in 1968, in force since 1970. " + _NOT_LISTED + "."},
    {"label": "Comprehensive Nuclear-Test-Ban Treaty", "type": EntityType.AGREEMENT, "acronyms": ["CTBT"],
     "aliases": ["Comprehensive Test Ban Treaty", "Comprehensive Nuclear Test Ban Treaty",
                 "Comprehensive Test-Ban Treaty"],
     "note": "Adopted in 1996; not in force. " + _NOT_LISTED + "."},
    {"label": "Treaty on the Prohibition of Nuclear Weapons", "type": EntityType.AGREEMENT, "acronyms": ["TPNW"],
     "aliases": ["Nuclear Weapons Ban Treaty", "Nuclear Ban Treaty"],
     "note": "Adopted in 2017, in force since 2021. " + _NOT_LISTED + "."},
    {"label": "New START", "type": EntityType.AGREEMENT,
     "aliases": ["New START Treaty", "New Strategic Arms Reduction Treaty"],
     "note": "The US-Russian treaty on strategic offensive arms (2010). " + _NOT_LISTED + "."},
    {"label": "Intermediate-Range Nuclear Forces Treaty", "type": EntityType.AGREEMENT,
     "aliases": ["INF Treaty", "Intermediate-Range Nuclear Forces (INF) Treaty", "INF treaty"],
     "note": "The US-Soviet treaty of 1987; the US left it in 2019. " + _NOT_LISTED + "."},
    {"label": "Treaty on Open Skies", "type": EntityType.AGREEMENT, "aliases": ["Open Skies Treaty"],
     "note": "Signed in Helsinki in 1992, in force since 2002. " + _NOT_LISTED + "."},
    {"label": "Treaty on Conventional Armed Forces in Europe", "type": EntityType.AGREEMENT,
     "aliases": ["CFE Treaty", "Conventional Armed Forces in Europe Treaty"],
     "note": "Signed in Paris in 1990. " + _NOT_LISTED + "."},
    {"label": "Joint Comprehensive Plan of Action", "type": EntityType.AGREEMENT, "acronyms": ["JCPOA"],
     "aliases": ["Iran nuclear deal"],
     "note": "The 2015 agreement on Iran's nuclear programme. " + _NOT_LISTED + "."},
    {"label": "Ottawa Convention", "type": EntityType.AGREEMENT,
     "aliases": ["Mine Ban Treaty", "Anti-Personnel Mine Ban Convention", "Ottawa Treaty"],
     "note": "The 1997 convention banning anti-personnel mines. " + _NOT_LISTED + "."},
    {"label": "ANZUS Treaty", "type": EntityType.AGREEMENT, "aliases": ["ANZUS", "ANZUS Pact"],
     "note": "The 1951 security treaty of Australia, New Zealand and the United States. " + _NOT_LISTED + "."},
    {"label": "Minsk II", "type": EntityType.AGREEMENT,
     "aliases": ["Minsk II agreement", "Minsk II accord", "Minsk-2 agreement"],
     "note": "The package of measures of February 2015 for the ceasefire in eastern Ukraine. " + _NOT_LISTED + "."},
    {"label": "Inter-American Treaty of Reciprocal Assistance", "type": EntityType.AGREEMENT, "acronyms": ["TIAR"],
     "aliases": ["Rio Treaty", "Rio Pact"],
     "note": "The 1947 mutual defence treaty of the Americas. " + _NOT_LISTED + "."},
    {"label": "Chemical Weapons Convention", "type": EntityType.AGREEMENT, "acronyms": ["CWC"],
     "note": "Signed in 1993, in force since 1997. " + _NOT_LISTED + "."},
    {"label": "Biological Weapons Convention", "type": EntityType.AGREEMENT, "acronyms": ["BWC"],
     "note": "Opened for signature in 1972. " + _NOT_LISTED + "."},
    {"label": "Bundeswehr", "type": EntityType.MILITARY_UNIT, "aliases": ["German Armed Forces"],
     "note": "Germany's armed forces, which news names by their German name. " + _NOT_LISTED + "."},
    {"label": "Tatmadaw", "type": EntityType.MILITARY_UNIT, "aliases": ["Myanmar Armed Forces"],
     "note": "Myanmar's armed forces, which news names by their Burmese name. " + _NOT_LISTED + "."},
    {"label": "Forum for the Progress of South America", "type": EntityType.ORGANIZATION,
     "aliases": ["Forum for the Progress and Development of South America",
                 "Forum for the Progress and Integration of South America", "Prosur"],
     "acronyms": ["PROSUR"],
     "note": "The South American forum founded in Santiago in March 2019 after UNASUR's collapse; labelled by the "
             "English name news gives it. " + _NOT_LISTED + "."},
    {"label": "Colombo Security Conclave", "type": EntityType.ORGANIZATION,
     "note": "The Indian Ocean security grouping of India, Sri Lanka and the Maldives (2020), later Mauritius and "
             "Bangladesh; its acronym CSC names much else and is no alias. " + _NOT_LISTED + "."},
    {"label": "Operation Atalanta", "type": EntityType.MILITARY_UNIT, "part_of": "European Union",
     "aliases": ["EUNAVFOR Atalanta", "EU NAVFOR Atalanta", "EUNAVFOR Operation Atalanta",
                 "EU NAVFOR Operation Atalanta", "EU NAVFOR Somalia", "Operation ATALANTA"],
     "note": "The EU's naval operation off Somalia (2008); bare \"Atalanta\" is no alias. " + _NOT_LISTED + "."},
    {"label": "Operation Irini", "type": EntityType.MILITARY_UNIT, "part_of": "European Union",
     "aliases": ["EUNAVFOR MED Irini", "EU NAVFOR MED Irini", "EUNAVFOR MED Operation Irini", "Operation IRINI"],
     "note": "The EU's naval operation in the central Mediterranean (2020); bare \"Irini\" is no alias. "
             + _NOT_LISTED + "."},
    {"label": "EUTM Mali", "type": EntityType.MILITARY_UNIT, "part_of": "European Union",
     "aliases": ["European Union Training Mission in Mali", "EU Training Mission in Mali"],
     "note": "The EU's military training mission in Mali (2013-2024). " + _NOT_LISTED + "."},
    {"label": "Operation Aspides", "type": EntityType.MILITARY_UNIT, "part_of": "European Union",
     "aliases": ["EUNAVFOR Aspides", "EU NAVFOR Aspides", "EUNAVFOR Operation Aspides", "Operation ASPIDES"],
     "note": "The EU's naval operation in the Red Sea (2024). " + _NOT_LISTED + "."},
    {"label": "EU Military Assistance Mission in support of Ukraine", "type": EntityType.MILITARY_UNIT,
     "part_of": "European Union",
     "aliases": ["EU Military Assistance Mission Ukraine",
                 "European Union Military Assistance Mission in support of Ukraine"],
     "acronyms": ["EUMAM", "EUMAM Ukraine"],
     "note": "The EU's training mission for Ukraine's armed forces (2022). " + _NOT_LISTED + "."},
    {"label": "EU Military Staff", "type": EntityType.ORGANIZATION, "part_of": "European Union",
     "aliases": ["European Union Military Staff"], "acronyms": ["EUMS"], "note": _NOT_LISTED + "."},
    {"label": "Lima Group", "type": EntityType.ORGANIZATION,
     "note": "The group of American states formed in Lima in 2017 over Venezuela's crisis. " + _NOT_LISTED + "."},
    {"label": "OSCE Minsk Group", "type": EntityType.ORGANIZATION, "part_of": "OSCE", "aliases": ["Minsk Group"],
     "note": "The OSCE's mediators on Nagorno-Karabakh (1992-2022). " + _NOT_LISTED + "."},
    {"label": "Shusha Declaration", "type": EntityType.AGREEMENT,
     "aliases": ["Shusha Declaration on Allied Relations"],
     "note": "The declaration of allied relations Turkey and Azerbaijan signed in Shusha on 15 June 2021. "
             + _NOT_LISTED + "."},
    {"label": "Arms Trade Treaty", "type": EntityType.AGREEMENT,
     "note": "Adopted in 2013, in force since 2014. " + _NOT_LISTED + "."},
    {"label": "Anti-Ballistic Missile Treaty", "type": EntityType.AGREEMENT, "aliases": ["ABM Treaty"],
     "note": "The US-Soviet treaty of 1972; the US left it in 2002. " + _NOT_LISTED + "."},
    {"label": "Convention on Cluster Munitions", "type": EntityType.AGREEMENT,
     "note": "Adopted in 2008. " + _NOT_LISTED + "."},
    # Regional groupings news names beside the alliances, as bodies states belong to, leave or return to
    {"label": "Bolivarian Alliance for the Peoples of Our America", "type": EntityType.ORGANIZATION,
     "acronyms": ["ALBA", "ALBA-TCP"], "aliases": ["Bolivarian Alliance"],
     "note": "The bloc founded by Cuba and Venezuela (2004). " + _NOT_LISTED + "."},
    {"label": "Community of Latin American and Caribbean States", "type": EntityType.ORGANIZATION,
     "acronyms": ["CELAC"], "note": "Founded in 2011. " + _NOT_LISTED + "."},
    {"label": "Conference on Interaction and Confidence-Building Measures in Asia", "type": EntityType.ORGANIZATION,
     "acronyms": ["CICA"], "aliases": ["Conference on Interaction and Confidence Building Measures in Asia"],
     "note": "The Asian security forum Kazakhstan proposed in 1992. " + _NOT_LISTED + "."},
    {"label": "ASEAN Regional Forum", "type": EntityType.ORGANIZATION, "part_of": "ASEAN",
     "note": "ASEAN's security dialogue with its partners (1994). " + _NOT_LISTED + "."},
    {"label": "Eastern Partnership", "type": EntityType.AGREEMENT, "part_of": "European Union",
     "aliases": ["EU Eastern Partnership"],
     "note": "The EU's partnership with six eastern neighbours (2009). " + _NOT_LISTED + "."},
    {"label": "European Sky Shield Initiative", "type": EntityType.ORGANIZATION, "acronyms": ["ESSI"],
     "aliases": ["European Sky Shield"],
     "note": "The German-led initiative of joint air-defence purchases (letter of intent, October 2022), which "
             "states join and leave as members. " + _NOT_LISTED + "."},
    {"label": "Global Coalition against Daesh", "type": EntityType.ORGANIZATION,
     "aliases": ["Global Coalition to Defeat ISIS", "Global Coalition to Defeat Daesh", "Global Coalition against ISIS",
                 "Global Coalition Against Daesh", "Global Coalition to Counter ISIS", "Coalition against Daesh",
                 "Global Coalition against Daesh/ISIS", "D-ISIS Coalition", "Counter-ISIS Coalition"],
     "note": "The coalition the United States assembled against the Islamic State group in September 2014. "
             + _NOT_LISTED + "."},
    {"label": "Baghdad Pact", "type": EntityType.ALLIANCE, "aliases": ["Middle East Treaty Organization"],
     "note": "The Cold War alliance of Iraq, Turkey, Pakistan, Iran and the United Kingdom (1955); renamed the "
             "Central Treaty Organization (CENTO) after Iraq left in 1959, a name news keeps apart. "
             + _NOT_LISTED + "."},
    {"label": "Nordic-Baltic Eight", "type": EntityType.ORGANIZATION, "acronyms": ["NB8"],
     "aliases": ["Nordic–Baltic Eight"], "note": "The five Nordic and three Baltic states. " + _NOT_LISTED + "."},
    {"label": "Barents Euro-Arctic Council", "type": EntityType.ORGANIZATION,
     "note": "Founded in 1993. " + _NOT_LISTED + "."},
    # (news writes "the Schengen area" more than "Area"; names are matched as written, and one form of two that
    # differ in case only is kept)
    {"label": "Schengen area", "type": EntityType.ORGANIZATION, "aliases": ["Schengen zone"],
     "note": "The European area without internal border checks (1995). " + _NOT_LISTED + "."},
    {"label": "Foreign, Commonwealth and Development Office", "type": EntityType.ORGANIZATION, "acronyms": ["FCDO"],
     "aliases": ["Foreign and Commonwealth Office", "Foreign, Commonwealth & Development Office"],
     # (so that the word inside its name is not the Commonwealth)
     "note": "The United Kingdom's foreign ministry. " + _NOT_LISTED + "."},
    {"label": "United States Department of Defense", "type": EntityType.ORGANIZATION,
     # (news names it by its building as often as by its title; the held-out sheets split between the two, and a
     # sheet's entity keeps the text's "Pentagon" as its mention)
     "aliases": ["Pentagon", "U.S. Department of Defense", "US Department of Defense", "U.S. Defense Department",
                 "US Defense Department", "United States Defense Department"],
     "note": "The United States' defence ministry. " + _NOT_LISTED + "."},
    {"label": "Commonwealth of Nations", "type": EntityType.ORGANIZATION, "aliases": ["Commonwealth"],
     # (the names that hold the word are longer, and win: "the Commonwealth of Independent States")
     "note": "The association of the UK and its former territories. " + _NOT_LISTED + "."},
    # The United States' combatant commands, and two of their service components, which news names by many forms
    # ("Central Command", "Southern Command" and others alone name other states' commands too: "Israel's Southern
    # Command", "the Indian Army's Southern Command")
    {"label": "United States Central Command", "type": EntityType.MILITARY_UNIT,
     "acronyms": ["CENTCOM", "USCENTCOM"], "aliases": ["US Central Command", "U.S. Central Command"],
     "note": "A unified combatant command of the US armed forces. " + _NOT_LISTED + "."},
    {"label": "United States Africa Command", "type": EntityType.MILITARY_UNIT,
     "acronyms": ["AFRICOM", "USAFRICOM"], "aliases": ["US Africa Command", "U.S. Africa Command", "Africa Command"],
     "note": "A unified combatant command of the US armed forces. " + _NOT_LISTED + "."},
    {"label": "United States European Command", "type": EntityType.MILITARY_UNIT,
     "acronyms": ["EUCOM", "USEUCOM"], "aliases": ["US European Command", "U.S. European Command"],
     "note": "A unified combatant command of the US armed forces. " + _NOT_LISTED + "."},
    {"label": "United States Indo-Pacific Command", "type": EntityType.MILITARY_UNIT,
     "acronyms": ["INDOPACOM", "USINDOPACOM"],
     "aliases": ["US Indo-Pacific Command", "U.S. Indo-Pacific Command", "Indo-Pacific Command"],
     "note": "A unified combatant command of the US armed forces. " + _NOT_LISTED + "."},
    {"label": "United States Southern Command", "type": EntityType.MILITARY_UNIT,
     "acronyms": ["SOUTHCOM", "USSOUTHCOM"],
     "aliases": ["US Southern Command", "U.S. Southern Command"],
     "note": "A unified combatant command of the US armed forces. " + _NOT_LISTED + "."},
    {"label": "United States Northern Command", "type": EntityType.MILITARY_UNIT,
     "acronyms": ["NORTHCOM", "USNORTHCOM"], "aliases": ["US Northern Command", "U.S. Northern Command"],
     "note": "A unified combatant command of the US armed forces. " + _NOT_LISTED + "."},
    {"label": "United States Naval Forces Central Command", "type": EntityType.MILITARY_UNIT, "acronyms": ["NAVCENT"],
     "aliases": ["US Naval Forces Central Command", "U.S. Naval Forces Central Command"],
     "note": "The naval component of US Central Command, in Bahrain. " + _NOT_LISTED + "."},
    {"label": "United States Naval Forces Europe-Africa", "type": EntityType.MILITARY_UNIT,
     "acronyms": ["NAVEUR-NAVAF"],
     "aliases": ["US Naval Forces Europe-Africa", "U.S. Naval Forces Europe-Africa",
                 "US Naval Forces Europe and Africa", "U.S. Naval Forces Europe and Africa"],
     "note": "The naval component of US European Command and US Africa Command, in Naples. " + _NOT_LISTED + "."},
    # (not "PLA Navy", "PLA Air Force": the pattern for a navy named after its owner reads them, with their ships)
    {"label": "People's Liberation Army Navy", "type": EntityType.MILITARY_UNIT, "part_of": "China",
     "aliases": ["Chinese People's Liberation Army Navy", "People’s Liberation Army Navy"],
     "note": "China's navy, a service of the People's Liberation Army. " + _NOT_LISTED + "."},
    {"label": "People's Liberation Army Air Force", "type": EntityType.MILITARY_UNIT, "acronyms": ["PLAAF"],
     "part_of": "China",
     "aliases": ["Chinese People's Liberation Army Air Force", "People’s Liberation Army Air Force"],
     "note": "China's air force, a service of the People's Liberation Army. " + _NOT_LISTED + "."},
    {"label": "United States Sixth Fleet", "type": EntityType.MILITARY_UNIT,
     "aliases": ["US Sixth Fleet", "U.S. Sixth Fleet", "US 6th Fleet", "U.S. 6th Fleet"],
     "note": "The US Navy's fleet in Europe and Africa, in Naples. " + _NOT_LISTED + "."},
    {"label": "Special Operations Command Africa", "type": EntityType.MILITARY_UNIT, "acronyms": ["SOCAFRICA"],
     "aliases": ["US Special Operations Command Africa", "U.S. Special Operations Command Africa"],
     "note": "The special operations component of US Africa Command; runs Flintlock. " + _NOT_LISTED + "."},
    {"label": "Southern European Task Force, Africa", "type": EntityType.MILITARY_UNIT, "acronyms": ["SETAF-AF"],
     "aliases": ["US Army Southern European Task Force, Africa", "U.S. Army Southern European Task Force, Africa",
                 "Southern European Task Force-Africa", "US Army Southern European Task Force-Africa",
                 "U.S. Army Southern European Task Force-Africa"],
     "note": "The US Army's component of US Africa Command, in Vicenza; runs African Lion and Justified "
             "Accord. " + _NOT_LISTED + "."},
    {"label": "United States Marine Corps Forces Central Command", "type": EntityType.MILITARY_UNIT,
     "acronyms": ["MARCENT"],
     "aliases": ["US Marine Corps Forces Central Command", "U.S. Marine Corps Forces Central Command",
                 "Marine Corps Forces Central Command", "Marine Forces Central Command"],
     "note": "The Marine Corps component of US Central Command; runs Native Fury. " + _NOT_LISTED + "."},
    {"label": "United States Army Central", "type": EntityType.MILITARY_UNIT, "acronyms": ["ARCENT", "USARCENT"],
     "aliases": ["US Army Central", "U.S. Army Central"],
     "note": "The army component of US Central Command. " + _NOT_LISTED + "."},
    {"label": "Peninsula Shield Force", "type": EntityType.MILITARY_UNIT, "part_of": "GCC",
     "aliases": ["Peninsula Shield Forces", "GCC Peninsula Shield Force"],
     "note": "The Gulf Cooperation Council's joint military force (1984). " + _NOT_LISTED + "."},
    {"label": "Arab Parliament", "type": EntityType.ORGANIZATION, "part_of": "Arab League",
     "note": "The legislative body of the League of Arab States. " + _NOT_LISTED + "."},
    {"label": "Pan-African Parliament", "type": EntityType.ORGANIZATION, "part_of": "African Union",
     "note": "The legislative body of the African Union (2004); not \"PAP\" (Singapore's People's Action Party, "
             "China's People's Armed Police). " + _NOT_LISTED + "."},
    {"label": "African Standby Force", "type": EntityType.MILITARY_UNIT, "part_of": "African Union",
     "aliases": ["AU Standby Force", "African Union Standby Force"],
     "note": "The African Union's continental standby force of regional brigades; not \"ASF\" (African swine "
             "fever). " + _NOT_LISTED + "."},
    # (an organisation of its ten member states, with its own secretariat, which news says states "belong to")
    {"label": "Eastern Africa Standby Force", "type": EntityType.ORGANIZATION,
     "part_of": "African Standby Force",
     "acronyms": ["EASF"], "aliases": ["East African Standby Force"],
     "note": "The eastern regional force of the African Union's African Standby Force. " + _NOT_LISTED + "."},
    {"label": "Central American Parliament", "type": EntityType.ORGANIZATION, "part_of": "SICA",
     "acronyms": ["PARLACEN"],
     "note": "The parliament of the Central American Integration System. " + _NOT_LISTED + "."},
]

# British and American spellings news uses interchangeably.
SPELLINGS = [("Organization", "Organisation"), ("Co-operation", "Cooperation"), ("Defence", "Defense"),
             ("programme", "program")]


# ---------------------------------------------------------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def is_latin(name: str) -> bool:
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in name)


def keep_alt_name(name: str) -> bool:
    """Whether a source alternative name is worth matching: Latin script, capitalised, not a code.

    Codes news uses (US, UAE, DPRK...) come back as curated acronyms.
    """
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and is_latin(name) and not name[0].islower() and not any(c in name for c in ",()") \
        and not all(c.isupper() for c in letters)


# Exercise series security news names again and again, written by hand; `bare` when the name alone (no year
# or number after it) names the series in news, not a phrase, place or thing of other news ("Pitch Black",
# "Red Flag", "Malabar", "Vostok" are not).
EXERCISE_SERIES: Sequence[Mapping[str, Any]] = [
    {"label": "African Lion", "bare": True, "note": "US Africa Command's largest exercise, Morocco and partners"},
    {"label": "Agile Spirit", "bare": True, "note": "Georgia and the US, with NATO allies, in Georgia"},
    {"label": "Ajeya Warrior", "bare": True, "note": "British and Indian armies"},
    {"label": "Allied Spirit", "bare": True, "note": "US Army Europe, multinational, in Germany"},
    {"label": "Anakonda", "bare": True, "note": "Poland's largest national exercise"},
    {"label": "Anatolian Eagle", "bare": True, "note": "Turkish air force, multinational, at Konya"},
    {"label": "Arctic Challenge", "bare": True, "note": "Norway, Sweden and Finland's air forces"},
    {"label": "Arctic Edge", "bare": False, "note": "US Northern Command, Alaska"},
    {"label": "Ardent Defender", "bare": False, "note": "Canadian-led counter-explosives exercise"},
    {"label": "AUSINDEX", "bare": True, "note": "Australian and Indian navies"},
    {"label": "Balikatan", "bare": True, "note": "Philippines and the US"},
    {"label": "Baltic Protector", "bare": True, "note": "Joint Expeditionary Force, Baltic Sea"},
    {"label": "BALTOPS", "aliases": ["Baltops"], "bare": True, "note": "NATO's Baltic Sea naval exercise"},
    {"label": "Bersama Lima", "bare": True, "note": "Five Power Defence Arrangements"},
    {"label": "Bersama Shield", "bare": True, "note": "Five Power Defence Arrangements"},
    {"label": "Blue Flag", "bare": False, "note": "Israeli air force, multinational"},
    {"label": "Bright Star", "bare": False, "note": "Egypt and the US, multinational"},
    {"label": "Brilliant Jump", "bare": True, "note": "NATO Very High Readiness Joint Task Force deployment"},
    {"label": "CARAT", "bare": False, "note": "US Navy's Cooperation Afloat Readiness and Training, Southeast Asia"},
    {"label": "CENTAM Guardian", "bare": True, "note": "US Southern Command, Central America"},
    {"label": "Cobra Gold", "bare": True, "note": "Thailand and the US, multinational"},
    {"label": "Cobra Warrior", "bare": True, "note": "Royal Air Force, multinational"},
    {"label": "Cold Response", "bare": True, "note": "Norway, NATO allies"},
    {"label": "Combat Brotherhood", "bare": True, "note": "CSTO strategic command-and-staff exercise"},
    {"label": "Combat Commonwealth", "bare": True, "note": "CIS air defence exercise"},
    {"label": "Combined Resolve", "bare": True, "note": "US Army Europe, in Germany"},
    {"label": "Cope India", "bare": True, "note": "Indian and US air forces"},
    {"label": "Cope North", "bare": True, "note": "US, Japan and Australia, Guam"},
    {"label": "Cope Thunder", "bare": True, "note": "Philippine and US air forces"},
    {"label": "Cope Tiger", "bare": True, "note": "Thailand, Singapore and the US"},
    {"label": "Crystal Arrow", "bare": True, "note": "Latvian army"},
    {"label": "Cutlass Express", "bare": True, "note": "US Africa Command, East African waters"},
    {"label": "Cyber Coalition", "bare": False, "note": "NATO cyber defence exercise"},
    {"label": "Dacian Spring", "bare": True, "note": "Romania, multinational"},
    {"label": "Defender Europe", "aliases": ["Defender-Europe"], "bare": True, "note": "US Army Europe, multinational"},
    {"label": "Desert Flag", "bare": True, "note": "United Arab Emirates air force, multinational"},
    {"label": "Dharma Guardian", "bare": True, "note": "Indian army and Japan Ground Self-Defense Force"},
    {"label": "Dynamic Manta", "bare": True, "note": "NATO anti-submarine warfare, Mediterranean"},
    {"label": "Dynamic Mongoose", "bare": True, "note": "NATO anti-submarine warfare, North Atlantic"},
    {"label": "Eager Lion", "bare": True, "note": "Jordan and the US, multinational"},
    {"label": "Eagle Partner", "bare": True, "note": "Armenia and the US"},
    {"label": "Emerald Warrior", "bare": True, "note": "US Special Operations Command"},
    {"label": "Eternal Brotherhood", "bare": False, "note": "Turkey and Azerbaijan"},
    {"label": "Falcon Strike", "bare": False, "note": "China and Thailand's air forces"},
    {"label": "Flintlock", "bare": True, "note": "US Africa Command, special operations, West Africa"},
    {"label": "Foal Eagle", "bare": True, "note": "South Korea and the US, until 2018"},
    {"label": "Formidable Shield", "bare": True, "note": "NATO integrated air and missile defence, at sea"},
    {"label": "Freedom Edge", "bare": True, "note": "Japan, South Korea and the US"},
    {"label": "Freedom Shield", "bare": True, "note": "South Korea and the US"},
    {"label": "Frisian Flag", "bare": True, "note": "Netherlands air force, multinational"},
    {"label": "Fuerzas Comando", "bare": True, "note": "US Southern Command, special forces"},
    {"label": "Garuda Shield", "bare": True, "note": "Indonesia and the US"},
    {"label": "Golden Dragon", "bare": False, "note": "Cambodia and China"},
    {"label": "Great Prophet", "bare": False, "note": "Iran's Revolutionary Guards"},
    {"label": "Griffin Storm", "bare": True, "note": "Lithuania and Germany"},
    {"label": "Han Kuang", "bare": True, "note": "Taiwan's annual exercise"},
    {"label": "Immediate Response", "bare": False, "note": "US Army Europe, Balkans"},
    {"label": "Indestructible Brotherhood", "bare": True, "note": "CSTO peacekeeping exercise"},
    {"label": "Indus Shield", "bare": False, "note": "Pakistan air force, multinational"},
    {"label": "Iron Fist", "bare": False, "note": "Japan and the US marines"},
    {"label": "Iron Spear", "bare": False, "note": "NATO battlegroups' gunnery competition, Latvia"},
    {"label": "Iron Union", "bare": False, "note": "United Arab Emirates and the US"},
    {"label": "Iron Wolf", "bare": False, "note": "Lithuanian army, multinational"},
    {"label": "JIMEX", "bare": True, "note": "Japan and India's navies"},
    {"label": "Joint Sea", "bare": False, "note": "China and Russia's navies"},
    {"label": "Joint Sword", "bare": False, "note": "China's People's Liberation Army around Taiwan"},
    {"label": "Joint Warrior", "bare": True, "note": "United Kingdom, multinational"},
    {"label": "July Storm", "bare": False, "note": "Russian navy"},
    {"label": "Juniper Cobra", "bare": True, "note": "Israel and the US, missile defence"},
    {"label": "Juniper Oak", "bare": True, "note": "Israel and the US"},
    {"label": "Justified Accord", "bare": True, "note": "US Africa Command, East Africa"},
    {"label": "Kakadu", "bare": False, "note": "Royal Australian Navy, multinational"},
    {"label": "Kamandag", "bare": True, "note": "Philippines and the US marines"},
    {"label": "Kavkaz", "bare": False, "note": "Russian strategic exercise"},
    {"label": "Keen Edge", "bare": True, "note": "Japan and the US, command post"},
    {"label": "Keen Sword", "bare": True, "note": "Japan and the US"},
    {"label": "Key Resolve", "bare": True, "note": "South Korea and the US, until 2018"},
    {"label": "Komodo", "bare": False, "note": "Indonesian navy, multinational"},
    {"label": "Locked Shields", "bare": True, "note": "NATO CCDCOE cyber defence exercise"},
    {"label": "Malabar", "bare": False, "note": "India, the US, Japan and Australia's navies"},
    {"label": "Maple Flag", "bare": False, "note": "Canadian air force, multinational"},
    {"label": "Maritime Security Belt", "bare": True, "note": "China, Iran and Russia's navies"},
    {"label": "Mitra Shakti", "bare": True, "note": "India and Sri Lanka"},
    {"label": "Native Fury", "bare": False, "note": "US Marines and the United Arab Emirates"},
    {"label": "Neptune Strike", "bare": True, "note": "NATO carrier strike groups"},
    {"label": "Noble Partner", "bare": True, "note": "Georgia and the US"},
    {"label": "Nordic Response", "bare": True, "note": "Norway, NATO allies"},
    {"label": "Northern Coasts", "bare": True, "note": "German navy, Baltic Sea"},
    {"label": "Northern Edge", "bare": False, "note": "US Indo-Pacific Command, Alaska"},
    {"label": "Northern Viking", "bare": False, "note": "Iceland and NATO"},
    {"label": "Obangame Express", "bare": True, "note": "US Africa Command, Gulf of Guinea"},
    {"label": "Open Spirit", "bare": False, "note": "mine clearance, Baltic Sea"},
    {"label": "Orient Shield", "bare": True, "note": "Japan Ground Self-Defense Force and the US Army"},
    {"label": "Pacific Dragon", "bare": False, "note": "US, Japan, South Korea, missile defence"},
    {"label": "Pacific Partnership", "bare": False, "note": "US Navy humanitarian mission"},
    {"label": "Pacific Vanguard", "bare": True, "note": "US, Japan, South Korea and Australia's navies"},
    {"label": "PANAMAX", "aliases": ["Panamax"], "bare": False, "note": "US Southern Command, Panama Canal"},
    {"label": "Peace and Friendship", "bare": False, "note": "China and Malaysia, Thailand"},
    {"label": "Peace Mission", "bare": False, "note": "Shanghai Cooperation Organisation"},
    {"label": "Phoenix Express", "bare": True, "note": "US Africa Command, Mediterranean"},
    {"label": "Pitch Black", "bare": False, "note": "Royal Australian Air Force, multinational"},
    {"label": "Ramstein Flag", "bare": True, "note": "NATO air forces"},
    {"label": "Ramstein Legacy", "bare": True, "note": "NATO air and missile defence"},
    {"label": "Rapid Trident", "bare": True, "note": "Ukraine and the US, multinational"},
    {"label": "Red Flag", "bare": False, "note": "US Air Force, multinational"},
    {"label": "Resolute Dragon", "bare": True, "note": "Japan and the US marines"},
    {"label": "Resolute Sentinel", "bare": True, "note": "US Southern Command"},
    {"label": "RIMPAC", "aliases": ["Rim of the Pacific"], "bare": True,
     "note": "Rim of the Pacific, US Indo-Pacific Command"},
    {"label": "Rubezh", "bare": False, "note": "CSTO Collective Rapid Deployment Forces"},
    {"label": "Saber Guardian", "aliases": ["Sabre Guardian"], "bare": True,
     "note": "US Army Europe, Black Sea region"},
    {"label": "Saber Junction", "aliases": ["Sabre Junction"], "bare": True, "note": "US Army Europe, Germany"},
    {"label": "Saber Strike", "aliases": ["Sabre Strike"], "bare": True,
     "note": "US Army Europe, Baltic states and Poland"},
    {"label": "Salaknib", "bare": True, "note": "Philippine and US armies"},
    {"label": "Sama Sama", "bare": False, "note": "Philippines and the US navies"},
    {"label": "Sea Breeze", "bare": True, "note": "Ukraine and the US, Black Sea"},
    {"label": "Sea Dragon", "bare": False, "note": "US Navy anti-submarine warfare, Guam"},
    {"label": "Sea Guardian", "bare": False, "note": "China and Pakistan's navies"},
    {"label": "Sea Shield", "bare": False, "note": "Romanian navy"},
    {"label": "Sea Wolf", "bare": False, "note": "Turkish navy"},
    {"label": "SEACAT", "bare": False, "note": "Southeast Asia Cooperation and Training"},
    {"label": "SIMBEX", "bare": True, "note": "Singapore and India's navies"},
    {"label": "Slavic Brotherhood", "bare": True, "note": "Russia, Belarus and Serbia"},
    {"label": "Southern Accord", "bare": True, "note": "US Africa Command, southern Africa"},
    {"label": "Southern Jackaroo", "bare": True, "note": "Australia, Japan and the US"},
    {"label": "Southern Seas", "bare": False, "note": "US Navy, South America"},
    {"label": "Spring Storm", "aliases": ["Kevadtorm"], "bare": False, "note": "Estonian army"},
    {"label": "Steadfast Dart", "bare": True, "note": "NATO Allied Reaction Force"},
    {"label": "Steadfast Defender", "bare": True, "note": "NATO's largest exercise since the Cold War"},
    {"label": "Steadfast Deterrence", "bare": True, "note": "NATO command post exercise"},
    {"label": "Steadfast Jazz", "bare": True, "note": "NATO Response Force"},
    {"label": "Steadfast Noon", "bare": True, "note": "NATO nuclear deterrence exercise"},
    {"label": "Steppe Eagle", "bare": True, "note": "Kazakhstan, the UK and the US"},
    {"label": "Strait Thunder", "bare": False, "note": "China's People's Liberation Army around Taiwan"},
    {"label": "Summer Shield", "bare": True, "note": "Latvian army, multinational"},
    {"label": "Super Garuda Shield", "bare": True, "note": "Indonesia and the US, multinational"},
    {"label": "Swift Response", "bare": False, "note": "US Army Europe, airborne"},
    {"label": "Talisman Sabre", "aliases": ["Talisman Saber"], "bare": True,
     "note": "Australia and the US, multinational"},
    {"label": "Tarang Shakti", "bare": True, "note": "Indian air force, multinational"},
    {"label": "Tiger Triumph", "bare": True, "note": "India and the US"},
    {"label": "Tradewinds", "bare": False, "note": "US Southern Command, Caribbean"},
    {"label": "Trident Jaguar", "bare": True, "note": "NATO command post exercise"},
    {"label": "Trident Juncture", "bare": True, "note": "NATO"},
    {"label": "Trojan Footprint", "bare": True, "note": "US special operations in Europe"},
    {"label": "Tsentr", "bare": False, "note": "Russian strategic exercise"},
    {"label": "TurAz Qartali", "aliases": ["TurAz Qartalı"], "bare": True,
     "note": "Turkey and Azerbaijan's air forces"},
    {"label": "Ulchi Freedom Guardian", "bare": True, "note": "South Korea and the US, until 2018"},
    {"label": "Ulchi Freedom Shield", "bare": True, "note": "South Korea and the US"},
    {"label": "Umka", "bare": False, "note": "Russian navy, Arctic"},
    {"label": "Union Resolve", "bare": False, "note": "Russia and Belarus"},
    {"label": "Union Shield", "bare": False, "note": "Russia and Belarus"},
    {"label": "UNITAS", "bare": True, "note": "US Navy, the Americas"},
    {"label": "Vajra Prahar", "bare": True, "note": "India and the US special forces"},
    {"label": "Valiant Shield", "bare": True, "note": "US Indo-Pacific Command"},
    {"label": "Varuna", "bare": False, "note": "India and France's navies"},
    {"label": "Veer Guardian", "bare": True, "note": "India and Japan's air forces"},
    {"label": "Vostok", "bare": False, "note": "Russian strategic exercise"},
    {"label": "Yama Sakura", "bare": True, "note": "Japan and the US, command post"},
    {"label": "Yudh Abhyas", "bare": True, "note": "India and the US armies"},
    {"label": "Zapad", "bare": False, "note": "Russia and Belarus, strategic exercise"},
]


def sort_names(names: Iterable[str]) -> list[str]:
    """Distinct names (case-insensitively), sorted."""
    chosen: dict[str, str] = {}
    for name in names:
        # The lookup ignores a leading "the", and a text matcher finds the rest of the name.
        name = re.sub(r"^[Tt]he ", "", " ".join(name.split()))
        if name:
            chosen.setdefault(name.casefold(), name)
    return sorted(chosen.values(), key=lambda n: (n.casefold(), n))


def spelling_variants(names: Iterable[str]) -> list[str]:
    out = list(names)
    for a, b in SPELLINGS:
        for old, new in ((a, b), (b, a)):
            pattern = re.compile(rf"\b{old}\b")
            out += [pattern.sub(new, n) for n in out if pattern.search(n)]
    return out


def without(names: Iterable[str], *others: Iterable[str]) -> list[str]:
    """``names`` less any that equal (case-insensitively) a name of ``others``: a more precise kind wins."""
    taken = {n.casefold() for group in others for n in group}
    return [n for n in sort_names(names) if n.casefold() not in taken]


def split_list(value: str, separators: Sequence[str] = ("|",)) -> list[str]:
    parts = [value]
    for sep in separators:
        parts = [p for part in parts for p in part.split(sep)]
    return [p.strip() for p in parts if p.strip()]


def states(data: Path) -> list[dict[str, Any]]:
    records = []
    with (data / "sovereign_states.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            iso3 = row["iso3166_alpha3"]
            label = STATE_LABELS.get(iso3, row["name_en"])
            acronyms = sort_names(STATE_ACRONYMS.get(iso3, ()))
            demonyms = sort_names([*split_list(row["demonym_en"], ("|", ", ", " or ")),
                                   *STATE_DEMONYMS.get(iso3, ())])
            capitals = sort_names(c for c in [*split_list(row["capital_en"]), *STATE_CAPITALS.get(iso3, ())]
                                  if c not in DROPPED_CAPITALS.get(iso3, ()))
            dropped = DROPPED_ALT_NAMES.get(iso3, set())
            alt = [n for n in split_list(row["alt_names"])
                   if keep_alt_name(n) and n not in dropped]
            aliases = without([row["name_en"], row["official_name_en"], *alt, *STATE_ALIASES.get(iso3, ())],
                              [label], acronyms, demonyms, capitals)
            records.append({
                "qid": row["qid"], "label": label, "type": EntityType.STATE.value,
                "iso2": row["iso3166_alpha2"], "iso3": iso3, "official_name": row["official_name_en"],
                "aliases": aliases, "acronyms": acronyms, "demonyms": demonyms, "capitals": capitals,
                "status": row["status"], "subregion": row["subregion"] or None,
            })
    return sorted(records, key=lambda r: (r["label"].casefold(), r["qid"]))


def historical_states(data: Path) -> list[dict[str, Any]]:
    rows = {}
    with (data / "rigour_territories.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["code"] in HISTORICAL:
                rows[row["code"]] = row
    missing = set(HISTORICAL) - set(rows)
    if missing:
        raise SystemExit(f"rigour_territories.jsonl lacks the historical states {sorted(missing)}")
    records = []
    for code, extra in HISTORICAL.items():
        row = rows[code]
        if not row.get("is_historical"):
            raise SystemExit(f"rigour no longer marks {code} ({row['name']}) as historical; check HISTORICAL")
        acronyms = sort_names(extra.get("acronyms", ()))
        demonyms = sort_names(extra.get("demonyms", ()))
        alt = [n for n in [row.get("full_name", ""), *row.get("names_strong", ())]
               if keep_alt_name(n) and n not in extra.get("drop", ())]
        records.append({
            "qid": row["qid"], "label": row["name"], "type": EntityType.STATE.value,
            "iso2": None, "iso3": None, "rigour_code": code, "official_name": row.get("full_name"),
            "aliases": without([*alt, *extra.get("aliases", ())], [row["name"]], acronyms, demonyms),
            "acronyms": acronyms, "demonyms": demonyms, "capitals": [], "status": "historical",
        })
    return sorted(records, key=lambda r: (r["label"].casefold(), r["qid"]))


def organisations(data: Path) -> list[dict[str, Any]]:
    with (data / "international_organisations.csv").open(encoding="utf-8", newline="") as handle:
        rows = {row["qid"]: row for row in csv.DictReader(handle) if row["qid"]}
    missing = set(ORGANISATIONS) - set(rows)
    if missing:
        raise SystemExit(f"international_organisations.csv lacks {sorted(missing)}; only its QIDs are used")
    records = []
    for qid, extra in ORGANISATIONS.items():
        row = rows[qid]
        label = extra.get("label", row["name_en"])
        # The CSV's abbreviation unless replaced; two-letter ones only where curated (EU, UN, AU).
        abbreviation = row["abbreviation_en"]
        if "acronyms" in extra:
            acronyms = sort_names(extra["acronyms"])
        else:
            acronyms = [abbreviation] if len(abbreviation) > 2 or qid in TWO_LETTER_ACRONYMS else []
        names = [row["name_en"], *split_list(row["other_names_en"]), *extra.get("aliases", ())]
        names = [n for n in names if n not in extra.get("drop", ())]
        records.append({
            "qid": qid, "label": label, "type": extra.get("type", EntityType.ORGANIZATION).value,
            "acronyms": acronyms, "aliases": without(spelling_variants([label, *names]), [label], acronyms),
        })
    # (an abbreviation two rows share, or one a chosen row has, names neither: "CTBTO" is the organisation's,
    # not its Preparatory Commission's)
    taken = {a for r in records for a in r["acronyms"]} | {
        a for a, n in Counter(r["abbreviation_en"] for r in rows.values()).items() if n > 1}
    for qid, row in rows.items():
        names = [row["name_en"], *split_list(row["other_names_en"])]
        if qid in ORGANISATIONS or qid in ORGANISATIONS_SKIPPED or any("ERIC" in n.split() for n in names) \
                or "ERIC" in row["abbreviation_en"].split():
            continue
        abbreviation = row["abbreviation_en"]
        acronyms = [abbreviation] if len(abbreviation) >= 4 and abbreviation.isupper() and \
            abbreviation not in _ABBREVIATIONS_THAT_ARE_WORDS and abbreviation not in taken else []
        records.append({
            "qid": qid, "label": row["name_en"], "type": EntityType.ORGANIZATION.value,
            "acronyms": acronyms, "aliases": without(spelling_variants(names), [row["name_en"]], acronyms),
        })
    return sorted(records, key=lambda r: (r["label"].casefold(), r["qid"]))


def curated() -> list[dict[str, Any]]:
    records = []
    for item in CURATED:
        acronyms = sort_names(item.get("acronyms", ()))
        records.append({
            "qid": None, "label": item["label"], "type": item["type"].value,
            "acronyms": acronyms,
            "aliases": without(spelling_variants([item["label"], *item.get("aliases", ())]), [item["label"]],
                               acronyms),
            "part_of": item.get("part_of"), "note": item["note"],
            # (a partnership programme or forum: its members are partners of the body it is part of)
            **({"partnership": True} if item.get("partnership") else {}),
            # (a news agency: it speaks, but is no body of states that "the bloc" may mean)
            **({"news_agency": True} if item.get("news_agency") else {}),
        })
    return sorted(records, key=lambda r: r["label"].casefold())


def exercise_series() -> list[dict[str, Any]]:
    records = [{"label": item["label"], "aliases": sort_names(item.get("aliases", ())), "bare": item["bare"],
                "note": item["note"]} for item in EXERCISE_SERIES]
    return sorted(records, key=lambda r: r["label"].casefold())


def memberships(data: Path, gazetteer: Gazetteer) -> list[dict[str, Any]]:
    """Rows of memberships.csv; a body row also names the gazetteer entity of that body."""
    records = []
    with (data / "memberships.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            body = row["body"].strip() or None
            body_label = None
            if body:
                candidates = [body, f"{row['organisation']} {body}"]
                found = next((hit for name in candidates for hit in gazetteer.lookup(name)), None)
                if found is None:
                    raise SystemExit(f"memberships.csv: the body {body!r} of {row['organisation']} is not in "
                                     "the gazetteer; add it to CURATED first")
                body_label = found.label
            records.append({
                "organisation": row["organisation"], "organisation_qid": row["organisation_qid"] or None,
                "body": body_label, "state": row["state"], "state_qid": row["state_qid"] or None,
                "role": row["role"], "start": row["start"] or None, "end": row["end"] or None,
                "note": row["note"] or None, "sources": split_list(row["source"]),
            })
    return records


def source_entry(source: Mapping[str, str]) -> dict[str, str]:
    return {key: source[key] for key in ("name", "repo", "path", "commit", "licence", "copyright")}


def rigour_meta(added: str) -> dict[str, Any]:
    """The licence and attribution of a file derived from rigour alone, with what kg added to it."""
    return {
        "licence": "MIT", "copyright": RIGOUR["copyright"],
        "attribution": f"Derived from opensanctions/rigour ({RIGOUR['repo']}), {RIGOUR['copyright']}, "
                       f"MIT licence; {added} added by the kg contributors.",
        "sources": [source_entry(RIGOUR)],
        "derived_from": {"file": "shared/data/rigour_territories.jsonl", "sha256": RIGOUR["sha256"]},
        "licence_text": MIT_TEXT,
    }


def metas(data: Path) -> dict[str, dict[str, Any]]:
    sovereign, orgs = sha256(data / "sovereign_states.csv"), sha256(data / "international_organisations.csv")
    return {
        "states.odbl.jsonl": {
            "licence": "ODbL-1.0", "licence_url": ODBL_URL,
            "attribution": "Contains information from mledoze/countries "
                           "(https://github.com/mledoze/countries), made available under the ODbL 1.0, and "
                           "from opensanctions/rigour "
                           f"(https://github.com/opensanctions/rigour), {RIGOUR['copyright']}, MIT licence. "
                           "This derived database is made available under the Open Database License "
                           f"({ODBL_URL}).",
            "sources": [source_entry(MLEDOZE), source_entry(RIGOUR)],
            "derived_from": {"file": "shared/data/sovereign_states.csv", "sha256": sovereign},
            "rigour_licence_text": MIT_TEXT,
        },
        "historical_states.mit.jsonl": rigour_meta("names"),
        "territories.mit.jsonl": rigour_meta("labels and names"),
        "organisations.ccbysa.jsonl": {
            "licence": "CC-BY-SA-4.0", "licence_url": CCBYSA_URL,
            "attribution": f"Adapted from supraverden ({SUPRAVERDEN['repo']}), {SUPRAVERDEN['copyright']}, "
                           f"licensed under CC BY-SA 4.0 ({CCBYSA_URL}); Wikidata QIDs as given there (CC0). "
                           "Changes: European research infrastructures (ERICs) left out, English names only, "
                           "aliases and acronyms added. "
                           "This adaptation is licensed under CC BY-SA 4.0.",
            "sources": [source_entry(SUPRAVERDEN)],
            "derived_from": {"file": "shared/data/international_organisations.csv", "sha256": orgs},
        },
        "curated.mit.jsonl": {
            "licence": "MIT", "copyright": "Copyright (c) the kg contributors",
            "attribution": "Written by hand by the kg contributors; MIT licence.",
            "sources": [], "licence_text": MIT_TEXT,
        },
        "exercise_series.mit.jsonl": {
            "licence": "MIT", "copyright": "Copyright (c) the kg contributors",
            "attribution": "Written by hand by the kg contributors; MIT licence.",
            "sources": [], "licence_text": MIT_TEXT,
        },
        "memberships.jsonl": {
            "licence": "facts (not protected by copyright); notes MIT, Copyright (c) the kg contributors",
            "attribution": "Reference memberships curated by hand from the pages named in each row's "
                           "'sources'; name those sources when publishing. State QIDs as in "
                           "states.odbl.jsonl, organisation QIDs as in organisations.ccbysa.jsonl "
                           "(Wikidata identifiers, CC0).",
            "sources": [],
            "derived_from": {"file": "shared/data/memberships.csv", "sha256": sha256(data / "memberships.csv")},
        },
    }


def jsonl(meta: dict[str, Any], records: list[dict[str, Any]]) -> bytes:
    lines = [json.dumps({"_meta": meta}, ensure_ascii=False)]
    lines += [json.dumps(record, ensure_ascii=False) for record in records]
    return ("\n".join(lines) + "\n").encode("utf-8")


def sources_md(meta: Mapping[str, Mapping[str, Any]], counts: Mapping[str, int]) -> str:
    def source_line(source: Mapping[str, str]) -> str:
        changed = f" (the file last changed in `{source['last_changed']}`)" if source["last_changed"] else ""
        return (f"  - {source['name']}: {source['repo']}, `{source['path']}`, commit "
                f"`{source['commit']}`{changed}; licence **{source['licence']}**, {source['copyright']}; "
                f"exact copy at `shared/data/{source['copy']}` (sha256 `{source['sha256']}`)")

    how = {
        "states.odbl.jsonl": [
            ("Derived from `shared/data/sovereign_states.csv`, itself a join of the two sources above "
             "(mledoze rows with `independent == true`, plus VAT, PSE, TWN and Kosovo, joined on ISO "
             "alpha-3; QIDs from rigour), so ODbL-1.0 as a whole."),
            ("`qid`, `iso2`, `iso3`, `official_name`, `status` and `subregion` (as \"Western Africa\") are copied. "
             "`label` is `name_en` except "
             "Turkey (Q43, the corpus's label for Türkiye) and Republic of the Congo (Q971, so that bare "
             "\"Congo\" is not a label). `aliases` are `name_en`, `official_name_en` and the `alt_names` "
             "that are in Latin script, start with a capital, are not all capitals (codes, shouting "
             "duplicates), have no comma or parenthesis (\"Korea, Republic of\"), and are not on the tool's "
             "list of dropped names (places such as \"Gaza\" under Palestine, jokes, languages), plus a "
             "curated list of names news uses (\"Britain\", \"Burma\", \"Ivory Coast\", \"Macedonia\", "
             "\"Türkiye\", \"Korea\"...). `acronyms` are curated (US, U.S., USA, UK, UAE, DPRK, PRC, ROK, "
             "DRC, FYROM, BiH, PNG). `demonyms` come from `demonym_en` plus curated extras (\"Kyrgyz\", "
             "\"Tajik\", \"Azeri\"...). `capitals` come from `capital_en` plus curated variants "
             "(\"Washington\", \"Kiev\", \"Nur-Sultan\"...), without Malé and Victoria. Vatican City keeps "
             "rigour's Q237; the Holy See (Q159583) is a separate Wikidata item and not an alias."),
        ],
        "historical_states.mit.jsonl": [
            ("Six rows of `rigour_territories.jsonl` with `is_historical: true` that news names: Soviet "
             "Union (suhh), Yugoslavia (yucs), Serbia and Montenegro (csxx), Czechoslovakia (cshh), East "
             "Germany (dd), Zaire (zr). `qid`, `label` (`name`), `official_name` (`full_name`) and the "
             "Latin-script `names_strong` are copied; acronyms, demonyms and further aliases are curated. "
             "rigour lists \"FR Yugoslavia\" and \"Federal Republic of Yugoslavia\" under Q83286 (the SFRY); "
             "they are moved to Serbia and Montenegro (Q37024), the state that bore that name from 1992 to "
             "2003. No capitals, so that \"Moscow\" and \"Belgrade\" stay unambiguous."),
        ],
        "territories.mit.jsonl": [
            ("The rows of `rigour_territories.jsonl` that are neither a sovereign state of "
             "`sovereign_states.csv` nor historical, without sub-national units (codes with a hyphen, "
             "\"au-nsw\") and without the EU, the UN, \"Global\", \"Cyberspace\" and Jersey (whose name news "
             "uses inside \"New Jersey\") and Western Sahara (rigour gives it Q40362, the Sahrawi Republic's "
             "QID): dependent territories and associated states such as Greenland, "
             "Guam, Hong Kong, New Caledonia, French Polynesia, Gibraltar and Diego Garcia. `qid`, `label` "
             "(`name`, with the names news uses for Hong Kong, Macau and a few others), `official_name` "
             "(`full_name`) and the Latin-script `names_strong` are copied, without names that are something "
             "else in news (\"Tristan\", \"Ascension\", \"Canaries\", \"Mann\", \"Tahiti\"). `type` is State "
             "for the Cook Islands and Niue (in free association with New Zealand, members of the Pacific "
             "Islands Forum in their own right), Place otherwise. Five sub-national rows are kept as de facto "
             "states, `type` State and `status` de_facto_state: Somaliland (so-som), Abkhazia (ge-ab, with "
             "Q23334 of its `other_qids`, the de facto state, not Georgia's autonomous republic), South Ossetia "
             "(x-so), Transnistria (md-pmr) and Northern Cyprus (cy-trnc, with the alias \"Turkish Republic of "
             "Northern Cyprus\" and the acronym TRNC); names in brackets or capitals are left out. No `part_of`: "
             "that a territory belongs to a state is a fact the text must state."),
        ],
        "organisations.ccbysa.jsonl": [
            ("The rows of `shared/data/international_organisations.csv` (a flattening of the supraverden file "
             "above) but the European research infrastructures (ERICs) and one row a curated entry holds. "
             "`qid` and the English names (`name_en`, `other_names_en`, `abbreviation_en`) are copied. For the "
             "alliances and the intergovernmental organisations and organs security news names, chosen by QID "
             "in the tool, `type` is Alliance for NATO and the CSTO, Organization otherwise; the label of NATO "
             "is \"NATO\" (the corpus's label) and that of the GCC \"Gulf Cooperation Council\" (the name news "
             "uses); curated aliases, acronyms (SCO, ODKB, EEU...) and British/American spelling variants are "
             "added. Every other row is an Organization under its English names, with its abbreviation only "
             "where that has four letters or more, is no English word and no other row's. Only QIDs present in "
             "the CSV are used."),
        ],
        "curated.mit.jsonl": [
            ("Written by hand in `tools/build_gazetteer.py`: bodies, forces and programmes news names that "
             "have no verified QID (CSTO Parliamentary Assembly, Collective Rapid Reaction Force, Collective "
             "Rapid Deployment Forces, Joint Staff, Collective Security Council, Collective Peacekeeping "
             "Forces; NATO Parliamentary Assembly, North Atlantic Council, Partnership for Peace, Individual "
             "Partnership Action Plan, Membership Action Plan, Mediterranean Dialogue, Istanbul Cooperation "
             "Initiative; the Collective Security "
             "Treaty), groupings "
             "absent from supraverden (BRICS, AUKUS, the Quad, G7, G20), UN and African Union peacekeeping "
             "missions by their acronyms (MINUSMA, UNMISS, UNISFA, ATMIS, AUSSOM...) and news agencies (Reuters, "
             "Xinhua, TASS...). Every entry has `\"qid\": null`, a "
             "`part_of` label where it belongs to a larger body, `\"partnership\": true` on NATO's partnership "
             "programme and forums (Partnership for Peace, Mediterranean Dialogue, Istanbul Cooperation "
             "Initiative: their members are NATO's partners), `\"news_agency\": true` on the news agencies "
             "(they speak, but are no body of states), and a `note` on why there is no QID. Facts "
             "only; no text copied."),
        ],
        "exercise_series.mit.jsonl": [
            ("Written by hand in `tools/build_gazetteer.py`: exercise series that security news names again and "
             "again (\"Talisman Sabre\", \"Cobra Gold\", \"Zapad\", \"BALTOPS\", \"African Lion\"), each with its "
             "other spellings (`aliases`: \"Talisman Saber\", \"Sabre Strike\"), a `note` on who holds it, and "
             "`bare`: whether the name alone, with no edition's year or number after it, names the series in news "
             "(true for \"Sea Breeze\", false for \"Pitch Black\", \"Red Flag\", \"Malabar\", \"Vostok\": "
             "phrases, places or things of other news too). No gazetteer entities (no QID was verified for them, "
             "and a series is no edition): read by `kg.extract.mentions`, which takes \"Malabar 2024\" or "
             "\"Saber Strike 26\" for an exercise wherever it is named, and a bare name where `bare` is true (a "
             "name with a year of no known series only where its text speaks of exercises: \"Vision 2030\" is "
             "none). Facts only; no text copied."),
        ],
        "memberships.jsonl": [
            ("Every row of `shared/data/memberships.csv` (see its README, section 6), in its order: "
             "`organisation`, `organisation_qid`, `state`, `state_qid`, `role`, `start`, `end`, `note` "
             "copied; `source` split into a `sources` list; `body` replaced by the gazetteer label of the "
             "body (\"Parliamentary Assembly\" of the CSTO -> \"CSTO Parliamentary Assembly\"). Read by "
             "`kg.linking.reference` to flag claims that contradict it; not gazetteer entries."),
        ],
    }
    sources = {"states.odbl.jsonl": [MLEDOZE, RIGOUR], "historical_states.mit.jsonl": [RIGOUR],
               "territories.mit.jsonl": [RIGOUR], "organisations.ccbysa.jsonl": [SUPRAVERDEN], "curated.mit.jsonl": [],
               "exercise_series.mit.jsonl": [], "memberships.jsonl": []}
    out = [
        "# kg/data: sources and licences of the offline gazetteer",
        "",
        "Generated by `tools/build_gazetteer.py` from `shared/data/` (see its README); do not edit by hand.",
        "Data under different licences is kept in different files; each file's first line is a",
        "`{\"_meta\": ...}` record with its licence and attribution, which copies must keep.",
        "The QIDs are Wikidata identifiers (CC0), taken only from the source files.",
        "",
    ]
    for name, info in meta.items():
        out += [f"## `{name}` ({counts[name]} entries)", "", f"- Licence: **{info['licence']}**"
                + (f" ({info['licence_url']})" if "licence_url" in info else ""), "- Sources:"]
        listed = [source_line(source) for source in sources[name]]
        if not listed:
            listed = (["  - the pages named in each row's `sources`"] if name == "memberships.jsonl"
                      else ["  - none: our own work"])
        out += listed
        if "derived_from" in info:
            derived = info["derived_from"]
            out.append(f"- Read from: `{derived['file']}` (sha256 `{derived['sha256']}`)")
        out += [f"- Attribution: {info['attribution']}", "- How it was derived:"]
        out += [f"  {line}" for line in how[name]]
        out.append("")
    out += ["## MIT licence text (rigour; kg's own curated data)", "", MIT_TEXT, ""]
    return "\n".join(out)


def write(path: Path, content: bytes) -> None:
    with atomic_output(path) as handle:
        handle.write(content)
    path.chmod(0o644)  # the temporary file atomic_write renames is private (0600)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data",
                        help="the shared/data folder (default: ../shared/data beside the repository)")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write (default: kg/data)")
    args = parser.parse_args(argv)
    data: Path = args.data
    out: Path = args.out
    if sha256(data / RIGOUR["copy"]) != RIGOUR["sha256"]:
        raise SystemExit(f"{data / RIGOUR['copy']} is not the rigour snapshot this tool records "
                         f"(commit {RIGOUR['commit']}); update RIGOUR and SOURCES.md first")
    files = {
        "states.odbl.jsonl": states(data),
        "historical_states.mit.jsonl": historical_states(data),
        "territories.mit.jsonl": territories(data),
        "organisations.ccbysa.jsonl": organisations(data),
        "curated.mit.jsonl": curated(),
        "exercise_series.mit.jsonl": exercise_series(),
    }
    meta = metas(data)
    for name, records in files.items():
        write(out / name, jsonl(meta[name], records))
    files["memberships.jsonl"] = memberships(data, Gazetteer.load(folder=out))
    write(out / "memberships.jsonl", jsonl(meta["memberships.jsonl"], files["memberships.jsonl"]))
    counts = {name: len(records) for name, records in files.items()}
    write(out / "SOURCES.md", sources_md(meta, counts).encode("utf-8"))

    gazetteer = Gazetteer.load(folder=out)  # what was just written loads, and its ambiguities show
    for name, count in counts.items():
        print(f"{name}: {count} entries")
    for key, entities in sorted(gazetteer.ambiguous_names().items()):
        print(f"ambiguous: {key!r} -> {', '.join(entities)}")
    unnormalised = sorted(n for n, _ in gazetteer.names() if not normalize_name(n))
    if unnormalised:
        print(f"names that normalise to nothing: {unnormalised}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
