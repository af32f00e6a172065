"""Entity mentions: gazetteer names found with one Aho-Corasick pass, and patterns for the names no
gazetteer holds (people with their roles, exercises, places, units, ministries, agreements).

Every pattern is written over name shapes (capitalised words), trigger nouns ("exercise",
"Region", "Ministry", "Protocol") and role titles, never over a particular article.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace

import ahocorasick

from ..linking.context import CONTEXT_RULES, disambiguate
from ..linking.gazetteer import (
    ExerciseSeries,
    Gazetteer,
    GazetteerEntry,
    MatchKind,
    load_exercise_series,
    normalize_name,
)
from ..models import EntityType
from .cues import Cue, Words, fold, folded, found
from .sentences import split_paragraphs

__all__ = ["Mention", "MentionFinder", "EXERCISE_NOUN", "PARTY_MEMBER_TITLES", "RETIRED_MARK", "TWO_TO_TEN"]


def _guard(pattern: str, initials: Iterable[str], ranges: str = "") -> str:
    """``pattern`` behind a look-ahead for the characters its matches can start with (``initials``, and
    the character-class ``ranges``; it matches no empty string). It finds the same, but a position that
    starts none of them is given up after one test instead of one per branch or repeat: ``re`` tries a
    pattern opening with a group, an assertion or a repeat at every position of a text."""
    chars = sorted(set(initials))
    if (not chars and not ranges) or "" in chars:
        raise ValueError("a guarded pattern needs the first character of each of its matches")
    return "(?=[" + ranges + "".join(re.escape(c) for c in chars) + "])" + pattern


_UPPER = "A-ZÀ-ÖØ-ÞĀ-Žƀ-ɏḀ-ỿ"  # (and Latin Extended-B and Additional: Romanian "Ș", Vietnamese "Ễ")
_LOWER = "a-zß-öø-ÿā-žƀ-ɏḀ-ỿ"  # ("Popșoi", "Nguyễn")
# MaryKay, Kassym-Jomart; O'Neil, D'Souza and Hu'akavameiliku (an apostrophe inside, not a possessive's "'s")
_CAP_WORD = (rf"[{_UPPER}](?:['’][{_UPPER}])?[{_LOWER}]+(?:['’][{_LOWER}]{{2,}})?(?:[{_UPPER}][{_LOWER}]+)?"
             rf"(?:-[{_UPPER}]?[{_LOWER}]+)?")
# "Lula da Silva", "Ludwig van der Berg", "Mohammed Shia al-Sudani": the lower-case particles of a surname
# ... and the Irish "Ó", "Ní", "Nic" ("Cathal Ó Briain")
# ("Juan de la Cruz", "Juan Andrés De la Maza")
# ("Admiral Juan Andrés De La Maza": capitalised, as some names write them, with a first name of two words)
_PARTICLES = (r"(?:(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|bin|ibn|la|las|los|le|"
              # ("Rashid bin Abdullah Al Khalifa": the Gulf's capitalised article before a family name)
              r"De|Da|Dos|Del|Della|Di|Du|La|Las|Los|Le|Al)[ \u00a0]+){1,2}|"
              r"(?:al|el|ad|ash)-|"
              r"(?:Ó|Ní|Nic)[ \u00a0]+")
# ("Dean R Thompson": a middle initial without its full stop, as British style writes it; not "A" or "I", words)
_NAME = (rf"{_CAP_WORD}(?:[ \u00a0]+(?:[{_UPPER}]\.[ \u00a0]+|(?![AI]\s)[{_UPPER}][ \u00a0]+(?=[{_UPPER}][{_LOWER}])|"
         rf"{_PARTICLES})?{_CAP_WORD}){{1,3}}"
         r"(?:(?<=\sJr)\.|(?<=\sSr)\.)?")  # "Ramon D. Villaluz Jr."
_NAME_AFTER_CAPITAL = _NAME[len(f"[{_UPPER}]"):]  # _NAME without the class of its first character
# Characters folded for gazetteer matching; each maps to one character, so offsets are kept.
_MATCH_FOLD = str.maketrans({"\u00a0": " ", "-": " ", "\u2010": " ", "\u2011": " ", "\u2012": " ", "\u2013": " ",
                             "\u2014": " ", "’": "'", "‘": "'", "\n": " ", "\t": " "})

EXERCISE_NOUN = r"(?:exercises?|drills?|maneuvers|manoeuvres|maneuvres|war\s?games|wargames)"
# How news counts in words ("the two countries", "a seven-nation grouping")
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
TWO_TO_TEN = "|".join(NUMBER_WORDS)
# What a member of a party or parliament is called after the party's name ("National Alliance MP X")
PARTY_MEMBER_TITLES = r"(?:MP|MEP|TD|MK|MLA|lawmaker|legislator)"
# What marks a rank as held once, between it and the name ("Colonel (ret.) Henri Lavergne")
RETIRED_MARK = r"\((?:ret|retd|rtd|retired)\.?\)"
# A party or an acronym in brackets after a name: "Kaisa Lehtonen (SDP)", "US Army Pacific (USARPAC)"
BRACKETED_ABBREVIATION = r"\s+\([A-Z][\w.-]{1,12}\)"
_EXERCISE_CONTEXT = re.compile(rf"\b(?=[demw])(?:{EXERCISE_NOUN}|Exercise)\b", re.I)  # guarded by the initials

# Titles that make the following capitalised words a person; government titles take "of STATE".
_GOVERNMENT_TITLES = (
    "Prime Minister|Deputy Prime Minister|President|Vice President|Vice-President|Foreign Minister|"
    "Defence Minister|Defense Minister|Interior Minister|Minister of Defence|Minister of Defense|"
    # ("Union Home Minister X" of India, "Internal Market Commissioner Y" of the EU: the portfolio's words)
    "Home Minister|Union Home Minister|Internal Market Commissioner|Trade Commissioner|Chief Minister|"
    "Minister of Foreign Affairs|Minister of Interior Affairs|Minister of Interior|Minister of the Interior|"
    "Minister of Internal Affairs|Minister of Home Affairs|Minister|Secretary General|Secretary-General|"
    "Deputy Secretary General|"
    "Secretary of State|Defense Secretary|Defence Secretary|Secretary of Defense|Secretary of Defence|"
    "Secretary of War|War Secretary|Deputy Secretary of State|Deputy Secretary of Defense|"
    "Deputy Secretary of Defence|Deputy Secretary of War|Chief of the General Staff|Chief of General Staff|"
    "Chancellor|Chief Minister|King|Queen|Emir|Crown Prince|Ambassador|ambassador|"
    "High Commissioner|Chairman|chairman|"
    "Chairperson|chairperson|Chairwoman|chairwoman|Speaker|"
    # "AU Commission Deputy Chairperson X": the deputy's office, not the chair's
    "Deputy Chairperson|Deputy Chairman|Deputy Chairwoman|Vice Chairperson|Vice-Chairperson|Vice Chairman|"
    "Vice-Chairman|"
    "Supreme Leader|Leader|"
    "Foreign Secretary|Foreign Affairs Secretary|Home Secretary|Homeland Security Secretary|"
    "Secretary of Homeland Security|Cabinet Secretary|"
    "Security Council Secretary|National Security Adviser|"
    "National Security Advisor|Security Adviser|Foreign Affairs Adviser|Foreign Policy Adviser|Defence Adviser|"
    "Defense Adviser|Military Adviser|Defence Chief|Chief of Defence|Chief of the Defence Forces|"
    "Chief of Defence Forces|Chief of Defense Forces|Commanding General|Commanding Officer|Deputy Commander|"
    # NATO's two strategic commanders ("X, NATO's Supreme Allied Commander Europe,")
    "Supreme Allied Commander Europe|Supreme Allied Commander Transformation|Supreme Allied Commander|"
    "Deputy Chief|Deputy Director|Deputy Head|Press Secretary|Deputy Press Secretary|"
    "Taoiseach|Tánaiste|Tanaiste|Deputy Foreign Minister|Deputy Defence Minister|Deputy Defense Minister|"
    "Vice Foreign Minister|First Vice Foreign Minister|Vice Defence Minister|Vice Defense Minister|"
    "Chief Cabinet Secretary|"
    # (the offices of Bangladesh's interim government and India's Hindi titles, as their releases write them)
    "Chief Adviser|Foreign Adviser|Home Adviser|Raksha Mantri|"
    # portfolios news writes before "Minister" ("External Affairs Minister X", "Defence Procurement Minister X")
    "External Affairs Minister|Foreign Affairs Minister|Home Affairs Minister|European Affairs Minister|"
    "International Relations Minister|"
    "Veterans Affairs Minister|Defence Procurement Minister|Defense Procurement Minister|Armed Forces Minister|"
    "Defence Industry Minister|Defense Industry Minister|Finance Minister|Trade Minister|Justice Minister|"
    "Energy Minister|Economy Minister|Public Security Minister|Internal Security Minister|Security Minister|"
    "Information Minister|Intelligence Minister|Communications Minister|Transport Minister|Health Minister|"
    "Industry Minister|Oil Minister|Petroleum Minister|Immigration Minister|Development Minister|"
    # Commonwealth and Irish usage names the portfolio after "for" ("Minister for Defence X")
    "Minister for Defence|Minister for Defense|Minister for Foreign Affairs|Minister for Home Affairs|"
    "State Minister for Defence|State Minister for Defense|Minister of State for Defence|Vice Minister|"
    # "French Minister for the Armed Forces X", "Spanish Secretary of State for Defense X"
    "Minister for the Armed Forces|Minister of the Armed Forces|Secretary of State for Defence|"
    "Secretary of State for Defense|Secretary of State for Foreign Affairs|"
    "Police Commissioner|Commissioner of Police|"
    # "Italian Defence Undersecretary X", "the EU's Defence Commissioner X"
    "Undersecretary|Under-Secretary|Defence Undersecretary|Defense Undersecretary|Deputy Minister|"
    # the UN's ("UN Under-Secretary-General for Peace Operations X")
    "Under-Secretary-General|Under Secretary-General|Assistant Secretary-General|Assistant Secretary General|"
    "Defence Commissioner|Defense Commissioner|Executive Secretary|Deputy Executive Secretary|"
    "State Secretary|Deputy State Secretary|State Secretary for Defence|State Secretary for Defense|"
    "Ambassador-at-Large|Ambassador at Large|"
    # "X, Russia's Permanent Representative to the CSTO": an ambassador to a body
    "Permanent Representative|Deputy Permanent Representative|Special Representative|Special Envoy|"
    "High Representative|"
    # "State Department Counselor X": the department's senior adviser
    "Counselor|Counsellor|"
    # "Turkish National Defense Minister X"
    "National Defense Minister|National Defence Minister|Deputy National Defense Minister|"
    "Deputy National Defence Minister|Deputy Minister of Defense|Deputy Minister of Defence|"
    "Deputy Minister of National Defense|Minister of National Defense|Minister of National Defence|"
    # "Secretary of National Defense of the Philippines X", "US Chairman of the Joint Chiefs of Staff X"
    "Secretary of National Defense|Secretary of National Defence|Chairman of the Joint Chiefs of Staff|"
    "Vice Chairman of the Joint Chiefs of Staff|President-elect|Premier|"
    # a one-party state's ("Vietnamese State President X", "Party General Secretary Y")
    "State President|Party General Secretary|General Secretary"
)
_OTHER_TITLES = (
    "chair|"  # "X, chair of NATO's Military Committee" (a body's office, no state's)
    "spokesman|spokeswoman|spokesperson|press secretary|Lieutenant Colonel|Lt\\. Col\\.|Lieutenant Commander|"
    "Lt\\. Cmdr\\.|Lt\\. Cdr\\.|Colonel|Col\\.|Lieutenant General|Lt\\. Gen\\.|"
    "Major General|Maj\\. Gen\\.|General|Gen\\.|Admiral|Adm\\.|Rear Admiral|Vice Admiral|Vice Adm\\.|"
    "Rear Adm\\.|Commodore|Brigadier General|Brig\\. Gen\\.|Brig\\.|Brigadier|Air Marshal|Commander|"
    "Air Vice Marshal|Air Vice-Marshal|Air Chief Marshal|Air Commodore|Group Captain|Wing Commander|"
    # (its last words alone, so that no name opens with them: not "Vice Marshal Jane Doyle")
    "Vice Marshal|Vice-Marshal|"
    "Senior Colonel|Senior Col\\.|"
    "Field Marshal|Colonel General|Colonel-General|"
    # civil offices that end in "General", no rank ("Director General X", "Attorney General X")
    "Director General|Director-General|Inspector General|Attorney General|Solicitor General|Surgeon General|"
    "Governor General|Governor-General|Auditor General|Prosecutor General|Procurator General|Comptroller General|"
    # British usage writes the abbreviations without points ("Lt Gen James Whitfield", "Gen Prayut")
    "Lt Gen|Maj Gen|Brig Gen|Lt Col|Vice Adm|Rear Adm|Gen|Col|Adm|Capt|Cdr|"
    # ... and American usage with points ("Capt. Daniel Keeler", "Lt. Maria Okafor"), enlisted ranks first ("Sgt. 1st
    # Class X", "Spc. Y", "Staff Sgt. Z")
    "Sgt\\. 1st Class|Sgt 1st Class|Staff Sgt\\.|Staff Sgt|Master Sgt\\.|1st Sgt\\.|Spc\\.|Pfc\\.|Pvt\\.|Cpl\\.|"
    "Capt\\.|Lt\\.|Sgt\\.|Cmdr\\.|Cdr\\.|Cdre\\.|Maj\\.|Sgt|"
    # East African and Nigerian usage joins them with a hyphen ("Lt-Gen Joseph Chelimo")
    "Lt-Gen|Maj-Gen|Brig-Gen|Lt-Col|Vice-Adm|Rear-Adm|Lt\\.-Gen\\.|Maj\\.-Gen\\.|Brig\\.-Gen\\.|Lt\\.-Col\\.|"
    "Lieutenant-General|Major-General|Brigadier-General|Lieutenant-Colonel|Vice-Admiral|Rear-Admiral|"
    # ranks in lower case, as an apposition writes them ("X, a retired rear admiral, ..."); not "general" alone
    "rear admiral|vice admiral|admiral|colonel|lieutenant colonel|lieutenant general|major general|brigadier general|"
    "defence attaché|defense attaché|military attaché|attaché|Executive Director|executive director|head|"
    # the Russian navy's ranks ("Captain 1st Rank X")
    "Captain 1st Rank|Captain 2nd Rank|Captain 3rd Rank|"
    # ("Sergeant First Class X", "Leading Seaman Y", "Private Z": before the ranks they open with or end in)
    "Sergeant First Class|Leading Seaman|Able Seaman|First Lieutenant|Second Lieutenant|Flight Lieutenant|"
    "Squadron Leader|Specialist|Private|"
    "commander|Captain|Major|Lieutenant|Sergeant|analyst|expert|political scientist|political analyst|"
    # enlisted naval ranks ("Petty Officer 2nd Class X", "Chief Petty Officer Y")
    "Petty Officer 1st Class|Petty Officer 2nd Class|Petty Officer 3rd Class|Petty Officer First Class|"
    "Petty Officer Second Class|Petty Officer Third Class|Chief Petty Officer|Senior Chief Petty Officer|"
    "Master Chief Petty Officer|Petty Officer|Seaman|Staff Sergeant|Master Sergeant|Sergeant Major|Corporal|"
    "Lance Corporal|Private First Class|Warrant Officer|"
    "military analyst|defence analyst|defense analyst|scientist|researcher|economist|sociologist|professor|Professor|"
    "lawyer|maritime lawyer|security consultant|consultant|"
    "lawmaker|senator|Senator|Rep\\.|deputy representative|Deputy Representative|Representative|"
    "envoy|official|diplomat|journalist|historian|director|Director|officer|"
    # people a local paper quotes ("operations manager X", "café owner Y", "Arica mayor Z", "local councillor W")
    "manager|owner|mayor|deputy mayor|councillor|councilor|"
    # a company's officers ("Hanwha Aerospace chief executive X", "Baykar's general manager Y")
    "chief executive|chief executive officer|CEO|general manager|managing director|"
    # ("X, an executive vice-president of the European Commission,"; "said Senior District Prosecutor X")
    "vice-president|Vice-President|executive vice-president|Executive Vice-President|executive vice president|"
    "Executive Vice President|prosecutor|Prosecutor|District Prosecutor|"
    "fellow|senior fellow|research fellow|lecturer|senior lecturer|chief|Navy chief|Army chief|Air Force chief|"
    "counterpart|chief of staff|"
    "Chief of Staff|"
    # police ranks
    "Inspector|Chief Inspector|Superintendent|Chief Superintendent|Assistant Commissioner|Deputy Commissioner|"
    # local government ("OKU Regent X", "Governor X")
    "Governor|Deputy Governor|Mayor|Regent|"
    # members of a council that governs ("Federal Councillor X" of Switzerland's government)
    "Federal Councillor|Federal Councilor|Councillor|Councilor|Commissioner"
)
# A style ("HE", His Excellency) or a rank word, which no portfolio's name holds ("Minister of Interior HE
# Lieutenant General X"; but "Chief of Armed Forces General Staff")
_STYLE_OR_RANK = r"(?:HE|HH|HRH|Sheikh|Lieutenant|Major|Brigadier|General(?!\s+Staff)|Admiral|Colonel|Commodore)\b"
# A portfolio's last word is no name's first ("Minister of Public Security Ana Ruiz"), unless a rank follows it
# ("Vice Chief of the Defence Forces Lt-Gen X": the name is the rank's)
_PORTFOLIO_GOES_ON = (r"(?!\s+(?:Security|Affairs|Defen[cs]e|Forces|Staff|Police|Guard|Service|Industry|Ministry|"
                      r"Department|Agency|Office|Commission|Committee|Council|Command|Cooperation)\s+"
                      r"(?!(?:Lt|Gen|Maj|Brig|Col|Capt|Cdr|Adm|Vice|Rear|Lieutenant|General|Major|Colonel|Admiral|"
                      r"Brigadier|Commodore|Captain|Commander|Air|Field|Senior|Group|Wing)\b))")
# "Minister of ", "Deputy Prime Minister for ", "Secretary for ": a portfolio's words follow
_PORTFOLIO_OPENS_BEFORE = re.compile(r"\b(?:Minister|Secretary|Commissioner)\s+(?:of|for)\s+$")
_PORTFOLIO_LAST_WORD = (r"(?:Integration|Trade|Development|Cooperation|Diaspora|Veterans|Communications|Planning|"
                        r"Industry|Technology|Affairs|Security|Aviation|Intelligence)\b")
# A second portfolio a ministry's name joins to the first ("Ministry of National Defence and Veterans Affairs",
# "Ministry of Foreign Affairs and International Cooperation")
_SECOND_PORTFOLIO = rf"(?:\s+and\s+(?:[A-Z][\w-]+\s+){{0,3}}{_PORTFOLIO_LAST_WORD})?"
# Ranks as news abbreviates them, written out in the position ("Col." -> "Colonel").
_RANK_ABBREVIATIONS = {"Col": "Colonel", "Gen": "General", "Adm": "Admiral", "Lt": "Lieutenant", "Maj": "Major",
                       "Brig": "Brigadier", "Capt": "Captain", "Cmdr": "Commander", "Cdr": "Commander",
                       "Sgt": "Sergeant", "Cdre": "Commodore", "Rep": "Representative", "Spc": "Specialist",
                       "Pfc": "Private First Class", "Pvt": "Private", "Cpl": "Corporal", "1st": "First"}
# News writes titles in lower case after a name ("X, the foreign minister of Nepal").
_GOVERNMENT_TITLES += "|" + "|".join(t.lower() for t in _GOVERNMENT_TITLES.split("|") if t.lower() != t)


def _first_word_capitalised(titles: str) -> str:
    """The titles of several words in lower case in ``titles`` (an alternation), with only their first word
    capitalised, as written after a possessive or opening a sentence ("Somalia's Defence minister X"); in their
    order, which the alternation's is (a longer title before its start), and none ``titles`` holds already."""
    known = frozenset(titles.split("|"))
    return "|".join(title for title in dict.fromkeys(t[0].upper() + t[1:] for t in titles.split("|")
                                                     if t[:1].islower() and " " in t) if title not in known)


_GOVERNMENT_TITLES += "|" + _first_word_capitalised(_GOVERNMENT_TITLES)
# A title opening a sentence is capitalised ("Analyst Ivo Petrov said").
_OTHER_TITLES += "|" + "|".join(t[0].upper() + t[1:] for t in _OTHER_TITLES.split("|") if t[:1].islower())
_TITLE = rf"(?:{_GOVERNMENT_TITLES}|{_OTHER_TITLES})"
# Lower-case words that qualify a title ("foreign policy expert", "military historian").
_MODIFIER_WORDS = ("military|political|foreign|policy|security|defen[cs]e|senior|chief|leading|independent|"
                   "regional|international|naval|maritime|strategic|former|retired|deputy|press|ministry|army|navy|"
                   "exercise|acting|interim|caretaker|outgoing|intelligence|spy|air force|coast guard|national|"
                   "transitional|top|most|current|incoming|"
                   # ("Kyrgyz border service spokesman X")
                   "border|service|police|opposition|"
                   # ("EU foreign affairs spokesman X")
                   "affairs|"
                   # ("Danish Arctic researcher X", "Chilean nuclear expert Y", "Finnish international law
                   # professor Z": the field of the work)
                   "Arctic|polar|nuclear|legal|law|economic|energy|cyber|"
                   # ("Acting Defense Minister X" opening a sentence: an office held for a time)
                   "Acting|Interim|Caretaker|Transitional")
_MODIFIER_INITIALS = {word[0] for word in _MODIFIER_WORDS.split("|")}
_NOW_MODIFIER = re.compile(r"^(?:current|incoming)\s+")
_MODIFIERS = r"(?:" + _guard(f"(?:{_MODIFIER_WORDS})", _MODIFIER_INITIALS) + r"\s+){0,3}"
_TITLE_WORD = re.compile(_TITLE)
_SPOKESPERSON = re.compile(r"spokes(?:man|woman|person)|press secretary")
_GENERIC_PERSON_NOUNS = frozenset({"officer", "official", "counterpart"})  # ("a Kyrgyz officer"; but a diplomat is one)
_GOVERNMENT = re.compile(rf"(?:{_GOVERNMENT_TITLES})$")
# "UN", "EU", "AU": two letters, an abbreviation that annotators write out ("Secretary-General of the United Nations"),
# where they keep a longer acronym read as a name ("Chairman of ECOWAS")
_ACRONYM_OWNER = re.compile(r"[A-Z]{2}")
# "acting President", "former Defence Minister": an office of government all the same, held for a time
_TEMPORARY_OR_PAST = re.compile(r"^(?:(?:acting|interim|caretaker|outgoing|former|transitional)\s+)+",
                                re.IGNORECASE)
# "X, the ambassador, had told reporters", "X has repeatedly said": what may come before the speech verb
_SPEECH_AUXILIARIES = r"(?:(?:has|had|have|also|earlier|later|then|previously|repeatedly)\s+){0,2}"
_SPEECH_VERBS = (r"said|says|told|added|stressed|noted|pointed out|explained|stated|announced|declared|warned|"
                 r"emphasized|emphasised|underlined|clarified|suggested|insisted|confirmed|claimed|argued|"
                 r"signaled|signalled|wrote|remarked|welcomed|urged|recalled|acknowledged|asserted|"
                 # (as quotes.SPEECH_VERB has them; "X, an adviser to the president, was quoted by AFP as saying")
                 r"affirmed|reaffirmed|underscored|was\s+quoted(?:\s+by\s+[^,;.]{2,40}?)?\s+as\s+saying|"
                 r"reiterated|assured|vowed|admitted|denied|replied|"  # ("X reiterated that ...")
                 r"posted(?=\s+on\s+[A-Z][\w-]*\s+that\b)")  # ("X posted on Telegram that ...")

_PLACE_HEADS = (r"Region|region|exclave|enclave|Krai|Oblast|oblast|Province|province|Prefecture|prefecture|Governorate|"
                r"governorate|Territory|Peninsula|Sea|Ocean|Gulf|Strait|"
                r"Bay|Valley|Mountains|Desert|training ground|firing range|test site|testing ground|Air Base|"
                r"air base|naval air base|Naval Base|naval base|Headquarters|District|Island|Islands|training area|"
                r"training range|"
                r"range|proving ground|Field Firing Ranges|Firing Ranges|Range|Field Firing Range|Proving Ground|"
                r"Training Area|military base|"
                r"Military Base|airfield|Airfield|port|Port|airbase|Airbase|beach|Beach|district|"
                r"Training Centre|Training Center|training centre|training center|Combat Training Centre|"
                r"Live Fire Complex|Live-Fire Complex|Training Complex|Range Complex|"
                r"County|county|Prefecture|Governorate|governorate|Voivodeship|Parish|Municipality|River|Channel|Lake|"
                r"Autonomous Republic|Autonomous Region|Autonomous Okrug|Autonomous Oblast|Barracks|Cantonment|"
                r"Air Force Base|Air Station|Naval Air Station|Naval Station|Air Force Station|Marine Corps Base")
_ONLY_A_PLACE_HEAD = re.compile(rf"(?:{_PLACE_HEADS})")
# How a region's name ends: a name that ends so is no exercise's ("the Kingdom's Eastern Province, the largest ...")
_REGION_ENDINGS = (" Province", " Region", " Oblast", " Krai", " County", " Prefecture", " Governorate", " Voivodeship")
# The divisions of a state that a town is placed in ("Yeoju, Gyeonggi Province", "Warri, Delta State").
REGION_HEADS = ("Province", "province", "Region", "region", "Oblast", "oblast", "Krai", "County", "county", "Prefecture",
                "Governorate", "governorate", "Voivodeship", "District", "district", "Parish", "State", "Territory",
                "Municipality")
# The services a text may name bare, without their state ("the Army's 82nd Airborne Division").
SERVICES = ("Army", "Navy", "Air Force", "Marines", "Marine Corps", "Coast Guard", "Space Force")
_BARE_SERVICE = re.compile("|".join(SERVICES))
# The services a state's name or adjective opens ("US Army Major General X", "Ukrainian Navy spokesman X")
_STATE_SERVICES = r"(?:Army|Navy|Air\s+Force|Marine\s+Corps|Marines?|Coast\s+Guard)"
_STATE_SERVICE_NAME = re.compile(_STATE_SERVICES + r"|National\s+Guard|Armed\s+Forces|Special\s+Forces")
_UNIT_HEADS = (r"Forces Group|Strike Group|Task (?:Force|Group) \d{1,3}(?!\d|,\d)|Task Force(?! on\b)|"
               r"Battlegroup|Battle Group|"  # ("the Multinational Battlegroup in Slovakia", "the V4 EU Battlegroup")
               r"Expeditionary (?:Force|Unit)|Mobile Force|Military District|Fleet|Flotilla|Army|Navy|Naval Force|"
               r"Air Force|"
               r"Armed Forces|"
               r"Division|Brigade Combat Team|Brigade|Regiment|Battalion|"
               r"Corps|Command|Joint Headquarters|Operational Headquarters|"  # ("the Norwegian Joint Headquarters")
               r"National Guard|Border Guard|Coast Guard|Police Force|Police Service|Constabulary|"
               r"Police|Gendarmerie|Marines|Ground Forces|Border Service|Border Troops|Frontier Service|"
               r"Aerospace Forces|Airborne Forces?|"
               # "the 380th Air Expeditionary Wing" (not "the West Wing")
               r"(?:Airlift|Fighter|Combat|Bomb|Expeditionary|Mobility|Tanker|Refueling|Reconnaissance|Transport|"
               r"Helicopter|Operations|Air)\s+(?:Wing|Squadron)|"
               # ("the Chilean Navy's Pacific Squadron", "the Atlantic Squadron": a fleet's squadron by its sea)
               r"(?:(?<=Pacific )|(?<=Atlantic )|(?<=Northern )|(?<=Southern )|(?<=Eastern )|(?<=Western ))Squadron|"
               r"Rapid Reaction Force|Response Force|Self-Defen[cs]e Forces?|Defen[cs]e Force|Forces|"
               r"(?<=\d )(?:Commando|Squadron|Wing)|"
               # regiments named for their arm: "the Rajputana Rifles", "the Royal Welsh Fusiliers", "the Scots Guards"
               r"Rifles|Fusiliers|Guards|Rangers|Hussars|Lancers|Dragoons")
# The prefixes navies write before their ships' names ("USS", Peru's "BAP", Fiji's "RFNS", Oman's "RNOV").
_SHIP_PREFIXES = ("USS|USNS|HMS|HMAS|HMNZS|HMCS|HMJS|INS|JS|RFS|FGS|BAP|ARA|RFNS|RNOV|SAS|KRI|HTMS|ROKS|BRP|TCG|ITS|"
                  "HNLMS|HDMS|HNoMS|HSwMS|KD|RSS|PNS|BNS|NRP|ESPS|ORP|ARC|ROCS|KNM|FS|ICGS|SLNS|SLCGS|BCGS|TNS|KNS|"
                  "NNS|GNS|LÉ|USCGC|HMBS|HS|ENS|FNS|LNS|EML|LVNS|ROS|BAE|ROU|RBNS|QENS|UAENS")
# HS: the Hellenic Navy's, ENS: the Egyptian Navy's, FNS: the Finnish Navy's, LNS: Lithuania's, EML: Estonia's,
# ROS: Romania's, BAE: Ecuador's, RBNS: Bahrain's, QENS: Qatar's
SHIP_NAME = re.compile(rf"(?:{_SHIP_PREFIXES})\s")
# A kind of ship, after up to two words that qualify it ("patrol ship", "offshore patrol vessel").
SHIP_NOUNS = (r"frigate|destroyer|corvette|cruiser|submarine|ship|boat|vessel|carrier|tanker|minehunter|minesweeper|"
               r"minelayer|icebreaker")
_SHIP_KIND = rf"(?:[\w-]+\s+){{0,2}}?(?:{SHIP_NOUNS})"  # "Aegis destroyer", "Gepard-class frigate"
_SHIP_AFTER_NAVY = re.compile(rf"(?:’s|'s)?\s+(?:[a-z-]+\s+){{0,2}}(?:{SHIP_NOUNS}|offshore patrol vessel)\s+")
APPOSITION_ARTICLE = re.compile(r",\s+(?:a|an|the)\s+")
_GOVERNMENT_OF_BEFORE = re.compile(r"\bGovernment\s+of\s+$")
_APPOSITION_OR_IS_A = re.compile(r",\s+(?:a|an|the)\s+|\s+(?:is|was)\s+(?:a|an|the)\s+")
_SHIP_TYPE_AFTER = re.compile(rf"\s+{_SHIP_KIND}\b")
# "the frigates Drazki and Gordi", "the minehunter Tsibar": ships named after their kind, without a prefix
# ("the aircraft carrier Charles de Gaulle", "the training ship Juan Sebastián de Elcano": a particle of a name)
_SHIP_NAME_WORDS = rf"[{_UPPER}][\w’'-]+(?:\s+(?:(?:de|da|del|di|van|von|de\s+la)\s+)?[{_UPPER}][\w’'-]+){{0,2}}"
_UNPREFIXED_NAME = rf"(?!(?:{_SHIP_PREFIXES})\s){_SHIP_NAME_WORDS}"  # a ship's name with no navy's prefix
# ("the Type 052D destroyer Zibo", "the Project 22350 frigate Admiral Gorshkov": a class designator first)
_NAMED_SHIPS = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:(?:Type|Project)\s+\d[\dA-Z]{{1,5}}\s+)?"
                          rf"(?:[{_UPPER}][a-z]+\s+)?(?:[a-z-]+\s+){{0,2}}?"
                          rf"(?:{SHIP_NOUNS})s?\s+"  # ("The Venezuelan frigate Mariscal Sucre")
                          rf"(?P<first>{_UNPREFIXED_NAME})(?![\w-])"
                          # ("the corvettes Ilo, Paita and Chala": more names, set off by commas)
                          rf"(?P<more>(?:,\s+{_UNPREFIXED_NAME}(?![\w-]))*)"
                          rf"(?:,?\s+and\s+(?P<second>{_UNPREFIXED_NAME})(?![\w-]))?")
# "Hero of the Russian Federation X", "Hero of the Soviet Union Y": an honorific that opens a ship's longer name
_OF_A_NAME_AFTER = re.compile(r"\s+of\s+the\s+(?:Russian\s+Federation|Soviet\s+Union)\b")
_UNPREFIXED_SHIP = re.compile(rf"(?P<name>{_UNPREFIXED_NAME})(?![\w-])")
_SHIP_KIND_KEYS = Words(*SHIP_NOUNS.split("|"))
# What a force brings or deploys to an exercise (not "brought the talks to an end", "troops deployed in X"):
# ships or aircraft, by their kind
_SHIPS_OBJECT = (r"(?:the\s+|a\s+|an\s+|its\s+|their\s+|two\s+|three\s+|four\s+)?"
                 r"(?:(?:detachment|flotilla|group|squadron|pair|contingent)\s+of\s+)?(?:[\w-]+\s+){0,2}?"
                 rf"(?:(?:{SHIP_NOUNS})s?|jets|aircraft|fighters|helicopters)\b")
SHIPS_BROUGHT = rf"(?:brought|brings|bringing)\s+(?={_SHIPS_OBJECT})"
SHIPS_DEPLOYED = rf"deploy(?:s|ed|ing)?\s+(?={_SHIPS_OBJECT})"
_NAVY_HEADS = ("Navy", "Naval Forces", "Naval Force", "Naval Command", "Coast Guard", "Fleet")
# Between a navy and the ships it fields: lower-case words only ("is taking part with", "have sent").
_FIELDS_SHIPS = re.compile(r"\s+(?:[a-z]+\s+){1,6}")
_SHIP_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_SENDS_SHIP = re.compile(rf"\s+(?:[a-z]+\s+){{0,2}}(?:{_SHIP_KIND}s|ships|vessels),\s+|"
                         # ("Two Indian Navy training ships, INS Tir and INS Sujata,": the navy's, named after it)
                         rf"\s+(?:[a-z]+\s+){{0,4}}(?:send|sends|sent|sending|deploy|deploys|deployed|deploying|"
                         rf"dispatch|dispatches|dispatched|brought|brings|bring|bringing|contributes|contributed|"
                         rf"contributing|fields|fielded|fielding|represented\s+by)\s+(?:(?:the\s+|a\s+|its\s+)?"
                         rf"{_SHIP_KIND}s?\s+)?")  # "deployed SLCGS Suraksha", "deployed the patrol vessels TNS X"
# "... the destroyer HMAS Sydney (DDG-42) and the replenishment ship HMAS Stalwart": the next ship sent
_NEXT_SHIP_SENT = re.compile(rf"(?:\s*\([A-Z]{{1,4}}-?\d{{1,4}}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|a\s+)?"
                             rf"{_SHIP_KIND}\s+")
_PORTFOLIOS = r"Defen[cs]e|Foreign Affairs|External Affairs|Home Affairs|Interior|Public Security|Internal Affairs"
_AGREEMENT_HEADS = (r"Agreement|Treaty|Treaties|Protocols?|Memorandum|Accord|Pact|Plan|Charter|Convention|"
                    r"Declaration|Code of Conduct|Partnership|Arrangement|Joint Statement|Programme|Program|Package|"
                    # ("the Defence Investment Pledge", "the 2022 Strategic Concept")
                    r"Statute|Pledge|Strategic Concept|Framework|Statement of Intent|Letter of Intent")
_ORG_HEADS = r"Ministry|Council|Parliament|Assembly|Committee|Commission|Agency|Service|Office|Department"
_BODY_AFTER_PREFIX = re.compile(rf"\S+\s+(?:{_ORG_HEADS}|Secretariat|Summit|Chairman|Chair|Commander)\b")
# Head nouns and words of institutions, places and media: a name holding one is no person's.
_NON_PERSON_WORD = re.compile(
    rf"\b(?:{_ORG_HEADS}|{_UNIT_HEADS}|{_PLACE_HEADS}|{_AGREEMENT_HEADS}|Organization|"
    r"Organisation|Union|Alliance|Forces?|Flotilla|Squadron|News|Agency|Times|Post|Press|Television|"
    r"Channel|Radio|Airlines|Summit|Group|University|Institute|Party|Defen[cs]e|Affairs|Security|"
    r"National|Foreign|Interior|State|Staff|Authority|Directorate|Bureau|Board|Centre|Center|Corporation|Company|"
    r"Foundation|Fund|Programme|Program|Initiative|Action|Assistance|Mission|Network|Society|Association|Academy|"
    r"Bank|Project|Facility|Base|Secretariat|"  # ("Head of the IAEA Low Enriched Uranium Bank Project", "the PLA
    # Support Base", "Executive Director of the CICA Secretariat X")
    r"College|Trade|Integration|Relations|Cooperation|Development|Operations|Communications|Intelligence|"
    r"Atlantic|Pacific|Arctic|Mediterranean|Caribbean|"  # ("in the North Atlantic, a spokesperson said")
    # ("the King Fahd Causeway", "King Khalid Military City"; not Street or Square, which are surnames too)
    r"Causeway|Airport|Stadium|Avenue|Palace|Mosque|Cathedral|Military|City|"
    r"Highness|Majesty|Excellency)\b")  # ("His Royal Highness said": a style, whose holder the text titled)
# "the seven-nation BIMSTEC", "the US-led, 47-nation Combined Maritime Forces": a grouping of states by its name
_GROUPING_SIZE = (rf"(?:\d+|{TWO_TO_TEN}|eleven|twelve|[a-z]+teen|[a-z]+ty(?:-[a-z]+)?)-"
                  r"(?:nation|member|country)\s+")
_GROUPING_NAME = rf"[{_UPPER}][\w-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[{_UPPER}][\w-]*){{0,5}}"
# ("the 54-member association on Saturday": no name after a preposition)
_GROUPING = re.compile(rf"\b{_GROUPING_SIZE}(?:(?!(?:on|in|at|of|for|since|from|to|by|with|until)\s)[a-z]+\s+){{0,2}}?"
                       rf"(?P<name>{_GROUPING_NAME})\b"
                       r"(?!\s+(?:[a-z-]+\s+){0,2}(?:exercises?|drills?|manoeuvres|maneuvers|war\s+games|summit|"
                       r"meeting|talks|conference)\b|['’])|"
                       # "the Joint Expeditionary Force (JEF), a ten-nation grouping"
                       rf"(?<![\w-])(?P<named>{_GROUPING_NAME})(?:\s+\((?P<acronym>[A-Z]{{2,8}})\))?,\s+(?:a|an|the)\s+"
                       rf"{_GROUPING_SIZE}|"
                       # "the Nordic-Baltic Eight (NB8), an informal cooperation format": a name and its acronym,
                       # then the kind of body they name
                       rf"(?<![\w-])(?P<defined>{_GROUPING_NAME})\s+\((?P<defined_acronym>[A-Z][A-Z0-9]{{1,7}})\),\s+"
                       r"(?:a|an)\s+(?:[a-z-]+\s+){0,2}(?:format|grouping|bloc|coalition)\b")


def _grouping_mentions(line: str, groupings: dict[str, str]) -> list[Mention]:
    """Every mention in ``line`` of a grouping's name or acronym (see :meth:`MentionFinder._groupings`)."""
    return [Mention(match.start(), match.end(), name, label, EntityType.ORGANIZATION, kind="grouping",
                    confidence=0.7)
            for name, label in groupings.items() if name in line
            for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", line)]


# "US-led", "Bahrain-based": who leads a body or where it sits, no word of its name
# ", the 1951 " before "security treaty": a description set off after a name
_DESCRIPTION_SET_OFF = re.compile(r",\s+the\s+(?:(?:19|20)\d\d\s+)?$")
_AGREEMENT_DESCRIBED_SET_OFF = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}$")
_DESCRIBED_TYPES = (EntityType.ALLIANCE, EntityType.ORGANIZATION, EntityType.AGREEMENT)
_LED_BY_WORD = re.compile(r"^(?:[\w.]+-(?:led|based)\s+)+")
_SPONSOR_BEFORE_NAME = re.compile(r"^(?:[A-Z][\w.]*\s+){0,3}[\w.]+-(?:led|sponsored|hosted|backed|organi[sz]ed)\s+"
                                  r"(?=[A-Z])")
_LEADING_PREPOSITION = re.compile(r"(?:For|To|As|Like|Unlike|Against)\s")
_LEADING_NOISE = re.compile(r"^(?:The|A|An|In|At|On|During|For|To|As|Like|Unlike|This|That|These|Those|Last|Next|Its|"
                            r"His|Her|"
                            r"Their|Our|Both|Each|Some|All|After|Before|While|When|Since|Under|With|From|By|"
                            r"Exercise|Operation|Including|Among|More|Other|Several|Many|Every|Any|Another|"
                            # "Designated UNITAS LXV, the exercise ...": a participle that names what follows
                            r"Designated|Dubbed|Named|Codenamed|Code-named|Called)\s+")
# What counts or picks from a plural before a name's head ("12 More CIS Agreements", "Including Soviet-Era Pacts")
_COUNTED_BEFORE_NAME = re.compile(rf"\b(?:\d+|{TWO_TO_TEN}|eleven|twelve|several|many|"
                                  r"more|other|some|all|including|among)\s+$", re.I)
_MONTHS_AND_DAYS = (r"January|February|March|April|May|June|July|August|September|October|November|December|"
                    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
# Words of time and order that may lead an exercise's name without being part of it ("September Zapad-2021").
_TIME_OR_ORDER_WORDS = (rf"{_MONTHS_AND_DAYS}|Summer|Winter|Spring|Autumn|Fall|"
                        r"First|Second|Third|Fourth|Fifth|Last|Previous|Upcoming|Similar|Such|"
                        # "Further drills are planned for July": more of them, no name
                        r"Further|Additional|Subsequent|Later|Earlier|Future|Recent|Separate|Parallel|"
                        # "06 Oct 2025" (not "Mar", "Jan" or "Jun": words of towns' and people's names)
                        r"Feb|Apr|Jul|Aug|Sept?|Oct|Nov|Dec")
_ORGAN_OF_LED = re.compile(r"(?P<organ>[A-Za-z][\w-]+(?:\s+[A-Za-z][\w-]+){0,3})\s+of\s+the\s+[\w-]+-led\s+\Z")
# ("West African", "South American": a region's adjective after its direction)
_REGION_ADJECTIVE = re.compile(r"(?:(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)\s+)?(?:"
                               r"African|American|Asian|European|Atlantic|Pacific|Mediterranean)|"
                               r"Arctic|Antarctic|Baltic|Caribbean|Nordic|Balkan|"
                               r"Caspian|Adriatic|Aegean|Gulf|Indo-Pacific|Red\s+Sea|"
                               r"Black\s+Sea|High\s+North|Northern|Southern|Eastern|Western|Central|Regional|"
                               r"Continental|Coastal|"
                               r"Winter|Summer")
# (not "the 1951 Mutual Defense Treaty", a name of its own)
_GENERIC_AGREEMENT_NAME = re.compile(r"(?:(?:Defen[cs]e|Security|Cooperation|Military)\s+){1,2}Agreement")
_YEAR_BEFORE_NAME = re.compile(r"\b(?:19|20)\d\d\s+\Z")
_NO_QUOTES = str.maketrans("", "", "“”\"")
_HEADLINE_VERB = re.compile(r"\b(?:Sign|Signs|Signed|Ink|Inks|Inked|Seal|Seals|Sealed|Agree|Agrees|Agreed|Approve|"
                            r"Approves|Approved|Ratify|Ratifies|Ratified|Adopt|Adopts|Adopted|Extend|Extends|"
                            r"Renew|Renews|Renewed)\b")
_TITLE_CASE_LINK_WORD = re.compile(r"\s(?:With|Over|Amid|Into|After|As|At|By|From|To)\s")
# The domains' words that may open an exercise's name ("Sea Shield", "Air Defender"), and what follows them in words
# that name a kind of drill, not an exercise ("air defence drills")
_DOMAIN_OPENERS = ("Sea", "Air", "Joint")  # ("the Joint Protector exercise", "the Joint Viking exercise")
_GENERIC_DOMAIN_NOUN = re.compile(r"Defen[cs]e|Forces?|Power|Operations?|Combat|Assault|Landing|Patrol|Policing|"
                                  r"Superiority|Support|Control|Strike|Rescue|Borne|Raid|Denial|Traffic")
_DOMAIN_NUMBERED = re.compile(r"(?:Sea|Air|Land|Ground)\s+[A-Z][a-z]+[-–]\d{1,2}")
# ("a U.S. Southern Command-sponsored exercise", "the Caribbean-focused exercise": who runs it or what it is on)
_LED_WORD = re.compile(r"[\w.]+[-–](?:led|backed|sponsored|hosted|run|focused|oriented|centred|centered|funded|"
                       r"organi[sz]ed|driven)$")
_PLURAL_EXERCISE_NOUNS = ("exercises", "drills", "manoeuvres", "maneuvers", "war games")
# A verb after the name that follows a plural exercise noun: "exercises AFRICOM runs", "drills NATO has held"
_RUNNER_OF_THE_EXERCISES = re.compile(r"\s+(?:(?:has|have|had|will|would|also|regularly|jointly)\s+)*"
                                      r"(?:runs?|ran|holds?|held|conducts?|conducted|organi[sz]es?|organi[sz]ed|"
                                      r"stages?|staged|leads?|led|hosts?|hosted|sponsors?|sponsored|plans?|planned|"
                                      r"facilitates?|facilitated|coordinates?|coordinated|oversees?|oversaw|"
                                      r"co-?hosts?|co-?hosted|supports?|supported)\b")
_NAMING_VERB_BEFORE = re.compile(r"(?:named|dubbed|called|designated)\s+$")
_NOT_EXERCISE_WORDS = re.compile(
    rf"^(?:{_TIME_OR_ORDER_WORDS}|Joint|Military|Naval|Navy|Strategic|Tactical|Annual|Regular|Large|Major|Massive|"
    # "Two special exercises ... will run in parallel": how many, no name
    r"Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Both|Some|Many|"
    r"Big|New|Combined|Command|Staff|Field|Live|Air|Ground|Sea|Land|Peacekeeping|Counter|Anti|Snap|Surprise|"
    r"International|Multinational|Bilateral|Trilateral|Exercise|Exercises|Drills?|Games|"
    r"Live-[Ff]ire|Large-[Ss]cale|Full-[Ss]cale|Small-[Ss]cale|Command-[Pp]ost|"  # "Live-fire drills will be held"
    # "Boarding drills, search and rescue ...": what is drilled, opening a sentence
    r"Boarding|Landing|Firing|Shooting|Rescue|Evacuation|Training|Diving|Mine-?[Cc]learing|Demining|"
    # a headline's "Navies drill in the Gulf of Guinea", "Troops Drill ...": who drills, no name
    r"Navies|Troops|Forces|Armies|Militaries|Soldiers|Marines|Sailors|Warships|Commandos|Paratroopers)"
    r"(?:['’]s)?$")  # ("Sunday's exercise is the second edition of X": a day's, no name)

# The posts "who became ..." may give ("who became chairperson of the AU Commission"; not "who became famous")
_WHO_BECAME_POSTS = (r"chair(?:man|woman|person)?|president|head|director|commander|chief|secretary|minister|"
                     r"ambassador|envoy|spokes(?:man|woman|person)|governor|leader|coordinator|representative|deputy")
# Nouns a bare apposition names a person by ("foreign policy secretary of ...", "commander of the division").
_ROLE_NOUNS = (r"secretary|commander|spokes(?:man|woman|person)|chief|head|director|chair(?:man|woman|person)?|"
               r"minister|leader|member|adviser|advisor|envoy|ambassador|representative|delegate|deputy|analyst|"
               r"researcher|expert|professor|"
               r"MP|MEP|lawmaker|legislator|parliamentarian|senator|"
               # "a Sahel specialist at the Egmont Institute", "a senior fellow at CSIS"
               r"specialist|fellow|scholar|lecturer|strategist|diplomat|economist|historian|negotiator|coordinator|"
               r"official|officer")
# An author's note: "X is a senior fellow at the Y Forum", "X is a correspondent for Z based in W": the role
_AUTHORS_ROLE = rf"(?:[a-z-]+\s+){{0,2}}(?:{_ROLE_NOUNS}|correspondent|editor|journalist|reporter)"
# ("X is a Dhaka-based security researcher": where one works is no part of the role)
IS_A_ROLE_AFTER = re.compile(rf"\s+is\s+(?:a|an)\s+(?:[A-Z][\w.-]*-based\s+)?(?P<role>{_AUTHORS_ROLE})"
                             # ("a Warsaw-based journalist covering Belarus")
                             r"(?=\s+(?:at|of|for|with|in|on|based|covering|writing|focusing|specialising|"
                             r"specializing|who)\b|[,.;]|\s+and\s+[A-Z])")


# "the presidents of Russia and Kyrgyzstan, Vladimir Putin and Almazbek Atambayev": the holders of an office of each
# state, in the list's order
_NAME_OF_A_LIST = rf"[{_UPPER}][\w’'.-]+(?:\s+[{_UPPER}][\w’'.-]+){{0,3}}"
_PLURAL_OFFICES = r"presidents|prime\s+ministers|defen[cs]e\s+ministers|foreign\s+ministers"
_OFFICES_OF_LISTED_STATES = re.compile(
    rf"\b[Tt]he\s+(?P<role>{_PLURAL_OFFICES})\s+of\s+"
    rf"(?P<names>{_NAME_OF_A_LIST}(?:(?:,\s+|,?\s+and\s+){_NAME_OF_A_LIST}){{3,9}})(?=[,.;)]|\s+(?:who|at|in|on)\b)")
_LISTED_PERSON = re.compile(_NAME_OF_A_LIST)
# "X and Y, the leaders of A and B": the holders first, then the offices of the states in the same order
_HOLDERS_THEN_OFFICES_OF_LISTED_STATES = re.compile(
    rf"(?P<people>{_NAME_OF_A_LIST}(?:(?:,\s+|,?\s+and\s+){_NAME_OF_A_LIST}){{1,5}}),\s+(?:then\s+)?the\s+"
    rf"(?P<role>{_PLURAL_OFFICES}|leaders)\s+of\s+"
    rf"(?P<states>(?:the\s+)?{_NAME_OF_A_LIST}(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?{_NAME_OF_A_LIST}){{1,5}})"
    r"(?=[,.;)]|\s+(?:who|at|in|on)\b)")
# An author's line at the end of an analysis: the name, then the post ("Jane Doe, Senior Research Fellow, Institute
# of X"; not "By Jane Doe", a byline)
_SIGN_OFF_LINE = re.compile(rf"(?!By\s)(?P<name>[{_UPPER}][\w’'.-]+(?:\s+[{_UPPER}][\w’'.-]+){{1,3}}),\s+"
                            rf"(?P<title>(?:[{_UPPER}][\w-]*\s+){{0,3}}(?:Fellow|Researcher|Analyst|Professor|"
                            # (an initial's point in the programme's name: "Peter D. Bell Rule of Law Program")
                            r"Lecturer|Director|Editor|Correspondent|Scholar|Associate)\b"
                            r"(?:[^.;:\n]|\.(?=\s[A-Z])){0,100}?)\s*")


def _speaks_of_exercises(text: str, lowered: str) -> bool:
    """Whether ``text`` (``lowered`` its lower case) speaks of exercises: a line, or a whole article."""
    return bool(_EXERCISE_KEYS.any_in(fold(lowered)) and _EXERCISE_CONTEXT.search(text))


_SEASON = re.compile(r"Summer|Winter|Spring|Autumn|Fall")
# A month opens a name too, after "the" ("the July Storm naval exercise"; not "In September Zapad-2025 drills
# began", nor "May" or "March", words of other kinds too)
_MONTH_OPENING = re.compile(r"January|February|April|June|July|August|September|October|November|December")


def _names_a_season(words: list[str]) -> bool:
    """Whether a season opens an exercise's name ("Spring Storm", "Summer Shield"), where it is followed
    by a word of the name's own, not by another word of a description ("Spring Military Drills")."""
    return len(words) > 1 and bool(_SEASON.fullmatch(words[0])) and \
        not _NOT_EXERCISE_WORDS.match(words[1]) and words[1] != "Training"


@dataclass(slots=True, unsafe_hash=True)
class Mention:
    """A name in the text and the entity it stands for.

    ``kind`` says what found it ('gazetteer', 'person', 'exercise', 'place', 'unit', 'org',
    'organisation', 'agreement', 'demonym', 'capital', 'surname', 'government': a state named by its
    government); ``position`` and ``nationality`` describe a
    person as the text introduces them; ``year`` is the iteration year of an exercise name.

    Treat a mention as immutable (:func:`dataclasses.replace` gives a changed copy). It is not declared
    frozen only because a frozen dataclass sets each field through ``object.__setattr__``, which made
    the few hundred mentions of an article cost four times as much to build; it hashes as it did.
    """

    start: int
    end: int
    text: str
    label: str
    type: EntityType
    qid: str | None = None
    kind: str = "gazetteer"
    position: str | None = None
    nationality: str | None = None
    other_positions: tuple[str, ...] = ()  # further titles the text gives ("Colonel X, a spokesman for ...")
    part_of: str | None = None
    year: int | None = None
    confidence: float = 0.9
    inner: tuple[Mention, ...] = field(default=())
    acronym: str | None = None  # defined beside the name ("the Alliance of Sahel States (AES)")
    subregion: str | None = None  # a state's part of the world, as the gazetteer has it ("Western Africa")
    de_facto: bool = False  # a state few recognise, also named as a region of the one that claims it (Somaliland)
    capital_of: str | None = None  # a capital named as a place: the state it is the capital of ("in Washington")


class MentionFinder:
    """Finds entity mentions in article text; build once, use for many articles (holds no article state)."""

    def __init__(self, gazetteer: Gazetteer, exercise_series: Iterable[ExerciseSeries] | None = None) -> None:
        """Build the finder over ``gazetteer``, and over ``exercise_series`` (default: those kg ships)."""
        self.gazetteer = gazetteer
        series = tuple(load_exercise_series() if exercise_series is None else exercise_series)
        # An edition of a known series is an exercise wherever it is named ("for Malabar 2024, hosted by India");
        # another name with a year only where the text speaks of exercises ("Vision 2030", "Euro 2024")
        self._series_names = frozenset(name.casefold() for one in series for name in one.names())
        # (an alias written out, "Rim of the Pacific", names the series as its label does: "RIMPAC")
        self._series_labels = {name.casefold(): one.label for one in series for name in one.aliases}
        # (one pass in C finds where any of them is written as the list writes it)
        self._series_automaton: ahocorasick.Automaton | None = None
        if series:
            self._series_automaton = ahocorasick.Automaton()
            for one in series:
                for name in one.names():
                    self._series_automaton.add_word(name, (len(name), one.bare))
            self._series_automaton.make_automaton()
        self._automaton = ahocorasick.Automaton()
        forms: dict[str, list[GazetteerEntry]] = {}
        for surface, entry in gazetteer.names():
            if len(surface) < 2:
                continue
            forms.setdefault(surface.translate(_MATCH_FOLD), []).append(entry)
            if len(surface) >= 4 and surface.isalpha() and surface.isupper() and entry.type is not EntityType.STATE \
                    and surface not in _WRITTEN_IN_CAPITALS_ONLY:
                # British and Asian house styles write acronyms that are said as words in title case:
                # "Nato", "Asean", "Ecowas".
                forms.setdefault(surface.capitalize(), []).append(entry)
            if surface.endswith(" Force"):  # "the Collective Rapid Reaction Forces"
                forms.setdefault((surface + "s").translate(_MATCH_FOLD), []).append(entry)
            if surface.startswith("the "):
                forms.setdefault(surface[4:].translate(_MATCH_FOLD), []).append(entry)
        for surface, entries in forms.items():
            self._automaton.add_word(surface, (surface, tuple(entries)))
        self._automaton.make_automaton()
        self._lookups: dict[str, list[GazetteerEntry]] = {}
        self._state_codes = {e.qid: e.iso3 for e in gazetteer.entries
                             if e.type is EntityType.STATE and e.qid and e.iso3 and e.iso3 not in forms}
        self._surface_forms = frozenset(forms)
        # Surface forms (as the automaton holds them) whose reading depends on the context.
        self._context_forms = frozenset(form for form in forms if normalize_name(form) in CONTEXT_RULES)
        demonyms = sorted({re.escape(d) for e in gazetteer.entries if e.type is EntityType.STATE
                           for d in e.demonyms if len(d) > 2}, key=len, reverse=True)
        # (every name a state is written by but its demonyms and capital: "St. Vincent and the Grenadines" too)
        states = sorted({re.escape(n) for e in gazetteer.entries if e.type is EntityType.STATE
                         for n, kind in e.surface_forms() if kind in (MatchKind.LABEL, MatchKind.ALIAS,
                                                                      MatchKind.ACRONYM)
                         and (len(n) > 2 or "." in n)},
                        key=len, reverse=True)
        self._demonym = _trie_pattern(d.replace("\\", "") for d in demonyms)
        self._state = _trie_pattern(n.replace("\\", "") for n in states)
        # The same after a word boundary ("\\b" + trie), for patterns that open with them.
        self._demonym_word = _trie_pattern((d.replace("\\", "") for d in demonyms), word_start=True)
        self._state_word = _trie_pattern((n.replace("\\", "") for n in states), word_start=True)
        # What an owner before a title can start with: a demonym, a state, or one of the words of _compile.
        self._demonym_initials = {d.replace("\\", "")[:1] for d in demonyms}
        self._state_initials = {n.replace("\\", "")[:1] for n in states}
        # "PIF Secretary General X", "SADC Executive Secretary X": a body's acronym before a title
        acronyms = sorted({a for e in gazetteer.entries if e.type in (EntityType.ALLIANCE, EntityType.ORGANIZATION)
                           for a in e.acronyms if 2 <= len(a) <= 8 and a.isalnum() and a.isupper()})
        self._body_acronym = _trie_pattern(acronyms) if acronyms else "(?!)"  # (none: a pattern that never matches)
        self._owner_initials = self._demonym_initials | self._state_initials | set("FDINCSEUKP") | {
            a[0] for a in acronyms}
        self._compile()

    def _lookup(self, name: str) -> list[GazetteerEntry]:
        """:meth:`Gazetteer.lookup`, remembered: the same few hundred names recur in every article."""
        found = self._lookups.get(name)
        if found is None:
            if len(self._lookups) > 100_000:
                self._lookups.clear()
            found = self._lookups[name] = self.gazetteer.lookup(name)
        return found

    def _compile(self) -> None:
        demonym, state = self._demonym, self._state
        # ("India's External Affairs Ministry spokesperson X")
        owner = (rf"(?:(?:{demonym}\s+)?(?:Foreign|Defen[cs]e|Interior|(?:External|Foreign)\s+Affairs)\s+Ministry|"
                 # "US Army Major General X", "U.S. Marine Lieutenant General X": a state's service before a rank
                 rf"(?:{demonym}|{state}|US|UK)\s+{_STATE_SERVICES}|"
                 rf"{demonym}|{state}(?:'s|’s)?|NATO|CSTO|"
                 # (two-letter state acronyms are no names the state pattern holds: "US President X", "UK ...")
                 # ("ECOWAS Commission President X", "AU Commission chairperson X": the body's organ)
                 rf"SCO|EU|UN|US|UK|Kremlin|Pentagon|{self._body_acronym}(?:\s+(?:Commission|Secretariat))?(?![\w-])|"
                 # "European Commission spokesman X": a body the gazetteer names in words
                 r"European\s+(?:Commission|Council|Union)|White\s+House|State\s+Department|"
                 r"African\s+Union(?:\s+Commission)?|Arab\s+League|"
                 r"United\s+Nations)"
                 # ("NATO's Secretary General X": a body's office, as "Russia's Defence Minister X" is a state's)
                 r"(?:(?<=[A-Z])(?:'s|’s))?")
        owner = _guard(owner, self._owner_initials | set("EWSAU"))
        # Each pattern that opens with a group, assertion or repeat is guarded by its first characters.
        # Guarded by what its matches open with: an owner's first character, else the first three
        # characters of "then-", "former", "ex-", a modifier or a title written in lower case (one
        # letter would let most positions of a line through).
        openings = ["then", "former", "ex-", "ex "] + _MODIFIER_WORDS.replace("defen[cs]e", "defence").split("|") \
            + _TITLES
        initials = self._owner_initials | {word[0] for word in openings if not word[0].islower()}
        prefixes = sorted({word[:3] for word in openings if word[0].islower() and word[0] not in initials})
        self._person_titled = re.compile(
            "(?=[" + "".join(re.escape(c) for c in sorted(initials)) + "]|" + _trie_pattern(prefixes) + ")"
            r"(?<!\w)"  # ("ahead of Japanese Prime Minister X": no "head of" inside a word; but "Then-Latvian")
            rf"(?:(?P<then>then|former|ex)[- ])?(?:(?P<owner>{owner})\s+)?"
            # ("South Korea's newly elected President X": when the office was taken is no part of it)
            r"(?:(?<=\s)(?:newly[- ](?:elected|appointed)|new|incoming|re-?elected)\s+)?"
            rf"(?P<mod>{_MODIFIERS})"
            # "The Minister of Defence and Military Veterans, X": a portfolio that goes on after "and"
            rf"(?P<title>{_TITLE_TRIE}(?:(?<=Defence|Defense|Affairs)\s+and\s+(?:[A-Z][\w-]+\s+){{0,2}}[A-Z][\w-]+"
            rf"(?=,)|"
            # ("Minister of Foreign Affairs and European Integration Nicu Popescu": a portfolio's last word)
            rf"(?<=Defence|Defense|Affairs)\s+and\s+(?:[A-Z][\w-]+\s+){{0,2}}?{_PORTFOLIO_LAST_WORD}(?=\s+[A-Z]))?)"
            # ("EU Commissioner for Defence X", "AU Commissioner for Peace and Security X": the portfolio)
            # ("Deputy Prime Minister for Reintegration X")
            rf"(?P<field>(?:(?<=ommissioner)(?<!['’]s Commissioner)|(?<=Minister))\s+for\s+[{_UPPER}][\w-]+"
            rf"(?:(?:,\s+|\s+and\s+)[{_UPPER}][\w-]+){{0,4}}?)?"
            # "Polish Deputy Prime Minister and Defence Minister X": two offices of the same state
            rf"(?:\s+and\s+(?P<title2>{_TITLE_TRIE})(?=\s+[{_UPPER}]))?"
            # "Chief of Staff General X" holds an office and a rank, not the office of a "Staff General"
            # ("Minister of Interior HE Lieutenant General X": the portfolio ends before a style or a rank)
            rf"(?:\s+of\s+(?:the\s+)?(?P<of>{state}|(?!Staff\b)[A-Z][\w-]+(?:\s+(?!{_STYLE_OR_RANK})[A-Z][\w-]+)*?)"
            rf"{_PORTFOLIO_GOES_ON})?"
            rf"(?:\s+of\s+(?P<of_state>{state}))?"  # "Minister of Defense of Mongolia"
            # "Ambassador to Georgia", "Permanent Representative to the CSTO"
            rf"(?:\s+to\s+(?:the\s+)?(?P<to>{state}|{_ENVOYS_BODIES}))?"
            rf"(?:(?<=counterpart)\s+from\s+(?:the\s+)?(?P<from>{state}))?"  # "his counterpart from Georgia, X"
            # "Russia's ambassador in Belgrade, X": the capital of the state the holder is posted to
            rf"(?:(?<=mbassador)\s+in\s+(?P<in_capital>[{_UPPER}][\w-]+(?:\s[{_UPPER}][\w-]+)?)(?=,))?"
            rf"(?:\s*{RETIRED_MARK})?,?\s+"  # "Colonel (ret.) X": a rank held once
            r"(?:\((?:Navy|Army|Air\s+Force)\)\s+)?"  # "Captain (Navy) X": the service the rank is of
            r"(?:(?:Hon|Mr|Mrs|Ms|Dr)\.?\s+)?"  # "The Minister of Defence, Hon. X": no part of the name
            # "Omani Minister of Interior HE X": the Gulf's "His Excellency", "His Highness" (a "Sheikh" or "Sayyid"
            # after them is cut from the label with the other honorifics, see _HONORIFIC_OPENING)
            # ("The SADC Executive Secretary, His Excellency Mr X", "the Prime Minister of PNG, the Hon X MP")
            r"(?:(?:HE|HH|HRH|H\.E\.|H\.H\.|(?:His|Her)\s+Excellency|the\s+Hon(?:ourable)?\.?)\s+"
            r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?)?"
            r"(?:(?:Prince|Princess)\s+(?=[A-Z]))?"  # "Saudi Foreign Minister Prince X": a royal's rank, no name
            # "G. Batjargal", "Ts. Batbold": an initial and a surname, as Mongolian names are written
            # ("Executive Director of the CICA Secretariat X": the body's head noun is no first name; nor the rest of
            # its name, "The Chairperson of the African Union Commission, X")
            rf"(?!(?:{_TITLE_TRIE}|Secretariat|Council|Committee|Commission|Union|Nations|Ministry|Department|"
            rf"Agency|Command|Organi[sz]ation)\b)(?P<name>{_NAME}|"
            # ("Vice Admiral J.T. Anderson", "General J. R. Smith": initials before the surname)
            rf"(?:(?:[{_UPPER}]|Ts|Ch|Sh|Kh|Zh)\.[ \u00a0]?){{1,3}}(?<=[. \u00a0]){_CAP_WORD}"
            rf"(?:[ \u00a0]+{_CAP_WORD})?(?![\w-]))")
        # Patterns that open with a character class are scanned for it by re's fast loop; the tests of
        # a name's start come after its capital (the look-behinds see the text before it).
        self._person_apposition = re.compile(
            # ("Tomas Kaunas, his Lithuanian counterpart, ...")
            # ("His Excellency Dr X, President of ...": a style, whose honorific the label drops)
            rf"(?P<name>[{_UPPER}](?<![\w-].)(?<=(?!(?:{_TITLE_TRIE}|Excellency|Highness)\b).)"
            rf"{_NAME_AFTER_CAPITAL}),\s+"
            # ("Fumio Kishida, then Japan's prime minister,": an office held then)
            # ("X, now an adviser to the president,": the office held now)
            r"(?:then\s+(?=[A-Z]|the\s)|now\s+(?=[A-Z]|the\s|an?\s))?"
            r"(?:the\s+|a\s+|an\s+|(?:his|her)\s+(?=\S+\s+counterpart\b))?"
            # "X, a former Swedish chief of defence staff": a modifier may come first
            # ("X, a veteran Chilean diplomat": how long, not what)
            rf"(?:(?:former|retired|veteran|seasoned|long-?time|long-serving|career)\s+(?=(?:{demonym})\s))?"
            rf"(?:[{_UPPER}][\w]+-based\s+)?"  # "X, a Bishkek-based political analyst": where, not what
            # "X, the navy's spokesman": a service the text names bare
            # ("X, NATO's secretary general, said": a body's office, as a state's is written)
            # ("X, then US Defense Secretary,": the two-letter codes the state pattern leaves out)
            rf"(?:(?P<owner>{demonym}|{state}(?:'s|’s)?|(?:US|UK)(?:'s|’s)?(?=\s+(?:[A-Z][\w-]*\s+){{0,2}}"
            r"(?:Secretary|Minister|President|Ambassador|Envoy|Chancellor|Attorney)\b)|Army|Navy|Air Force|"
            rf"(?:[Nn]avy|[Aa]rmy|[Mm]inistry)(?:'s|’s)|"
            # (after "the" the speaker pattern reads it: "X, the CSTO's deputy secretary general, said")
            rf"(?<!the )(?:NATO|CSTO|SCO|EU|UN|OSCE|{self._body_acronym})(?:'s|’s))\s+)?"
            rf"(?P<mod>{_MODIFIERS})"
            # "the commander of the RAAF's Air Combat Group", "commander of the Iron Wolf brigade", "chief of
            # defence staff" (an office named in lower case)
            rf"(?P<title>{_TITLE_TRIE}(?:\s+of\s+(?:defen[cs]e|general|naval|air|army|joint)\s+staff)?)"
            # ("a professor of international relations at X": the field is the office's)
            r"(?P<field>(?<=professor)\s+(?:of|in)\s+[a-z][a-z -]{2,40}?(?=\s+at\s|[,;.]))?"
            # (not a state that opens a body's name: "the chairman of the U.S. Joint Chiefs of Staff")
            # ("commander of the battalion", "head of the observer mission": a unit the text names in lower case)
            # ("the commander of the paramilitary Rapid Support Forces": what kind of force, no part of its name)
            rf"(?:\s+of\s+(?:the\s+)?(?:(?:paramilitary|multinational|regional|joint|combined|elite)\s+(?=[A-Z]))?"
            rf"(?P<of>{_LOWER_UNIT}(?=[,;.])|{state}{_NO_BODY_NAMED_AFTER}|"
            rf"(?:[A-Z][\w.-]*(?:'s|’s)\s+)?"
            # ("the commanding general of U.S. Army Europe and Africa"; not "U.S" cut from "U.S. Naval Forces")
            rf"[A-Z\d][\w.-]+(?<![A-Z]\.[A-Z])(?:\s+(?:and\s+|of\s+)?[A-Z\d][\w-]+)*?"
            rf"(?:\s+(?:brigade|division|battalion|regiment|contingent))?))?"
            # ("X, the current chairman of the Caribbean Community (CARICOM)."): the body's acronym after it
            r"(?:\s+\([A-Z][A-Za-z]{1,9}\)(?=[,.;]))?"
            rf"(?:\s+from\s+(?:the\s+)?(?P<from>{state}))?"
            # ("X, Russia's Permanent Representative to the CSTO, told ...")
            rf"(?:\s+to\s+(?:the\s+)?(?P<to>{state}|{_ENVOYS_BODIES}))?"
            # ("X, Australia's Deputy Prime Minister and Defence Minister, said": a second office of the owner's)
            # ("X, President of the Republic of Chile and Chairperson of the Andean Community,": of its own body)
            rf"(?:\s+and\s+(?P<title2>{_TITLE_TRIE})(?:\s+of\s+(?:the\s+)?"
            rf"(?P<of2>[A-Z][\w.-]+(?:\s+(?:and\s+|of\s+)?[A-Z][\w-]+)*?))?(?=[,.;]))?"
            # "a spokesman for China's defence ministry", "a senior fellow at the X Institute"
            rf"(?P<for>\s+(?:for|at|with)\s+(?:the\s+)?[^,;.]{{3,90}}?)?(?=[,.;]|\s+(?:who|which|that)\b|"
            # ("X, Ecuador's president since 2023, said": since when is no part of the office)
            r"\s+since\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d[,;.])")
        # "X said", "X, the powerful sister of the leader and a senior party official, said"
        # "X, commander of the division, told reporters": a bare title, set off, as an article's apposition is
        # "X, who leads the programme at Y, said": a relative clause set off as an apposition is
        # "Kaisa Lehtonen (SDP), chair of ..., told", "Anna Kask (Center), said": a party after the name
        self._person_speaking = re.compile(rf"(?P<name>{_NAME})(?:{BRACKETED_ABBREVIATION},?)?"
                                           # ("X, speaking at a news conference in Y, said": a participle)
                                           rf"(?:,\s+(?:(?:the|a|an|who|whose)\s+|(?=(?:speaking|addressing|talking|"
                                           rf"writing|visiting)\s)|"
                                           # ("X, NATO's top civilian official, said": a body's, then the role)
                                           # ("X, Antigua and Barbuda's ambassador and chair of Y, said")
                                           rf"(?=(?:[{_UPPER}][\w.-]*(?:\s+(?:and\s+(?:the\s+)?)?"
                                           rf"[{_UPPER}][\w.-]*){{0,3}}['’]s\s+)?(?:[a-z-]+\s+){{0,3}}"
                                           rf"(?:{_ROLE_NOUNS})\b|{_TITLE_TRIE}\b))"
                                           # ("the ECOWAS Commissioner for Political Affairs, Peace and Security")
                                           # ("X, the new U.S. secretary of defense, said": the points of an
                                           # abbreviation)
                                           rf"(?:[^,.;\"“”]|(?<=[A-Z])\.(?=[A-Z]\.|\s)){{3,150}}?"
                                           rf"(?:,\s+[{_UPPER}][^,.;\"“”]{{2,60}}?\s+and\s+"
                                           rf"[^,.;\"“”]{{2,60}}?)?"
                                           # ("X, a deputy of the Jogorku Kenesh, Kyrgyzstan's parliament, told")
                                           rf"(?:,\s+[{_UPPER}][\w-]*(?:\s[{_UPPER}][\w-]*)?['’]s\s+[a-z][\w-]*"
                                           rf"(?:\s[a-z][\w-]*)?(?=,))?,)?\s+"
                                           rf"{_SPEECH_AUXILIARIES}(?:{_SPEECH_VERBS})\b|"
                                           # "ECOWAS Commissioner for Political Affairs, Kwesi Mensah, said"
                                           rf"(?<=, )(?P<set_off>{_NAME}),\s+{_SPEECH_AUXILIARIES}"
                                           rf"(?:{_SPEECH_VERBS})\b|"
                                           # '"...," said Ivo Petrov, a spokesman': the verb before the name
                                           rf"(?<=[”\",] )(?:said|says|added|noted|stressed|warned|explained)\s+"
                                           # "said National Alliance MP Janis Krumins": a member of a party
                                           rf"(?:(?:[{_UPPER}][\w-]*\s+){{0,4}}?{PARTY_MEMBER_TITLES}\s+)?"
                                           r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mme)\.\s+)?"  # "said Dr. X": no part of the name
                                           rf"(?P<after_verb>{_NAME})(?=\s*[,.;]|\s+(?:on|in|at|to|who|when)\b)|"
                                           # an author's note: "Aminata Keita is a senior fellow at the X Forum"
                                           rf"(?P<is_a>{_NAME})(?=\s+is\s+(?:a|an)\s+(?:[{_UPPER}][\w.-]*-based\s+)?"
                                           rf"{_AUTHORS_ROLE}\b)|"
                                           # "the agency quoted X as saying": the one quoted
                                           rf"(?P<quoted>[{_UPPER}](?<=quoted .){_NAME_AFTER_CAPITAL})"
                                           rf"(?=\s+as\s+(?:saying|telling)\b)|"
                                           # "Alexander Stubb took office as President of Finland": an office taken
                                           rf"(?P<took_office>{_NAME})(?=\s+(?:(?:was|has\s+been)\s+(?:re-?elected|"
                                           rf"elected|appointed|named|sworn\s+in)|took\s+office|became)\s+"
                                           rf"(?:as\s+)?(?:the\s+)?(?:[{_UPPER}][\w-]+\s+)?{_TITLE_TRIE}\b)|"
                                           # "Tokayev named Alikhan Smailov as prime minister": an office given
                                           rf"(?P<appointed>[{_UPPER}](?:(?<=named .)|(?<=appointed .)|(?<=nominated .))"
                                           rf"{_NAME_AFTER_CAPITAL})(?=\s+(?:as\s+)?(?:the\s+)?(?:new\s+|acting\s+)?"
                                           rf"{_TITLE_TRIE}\b)")
        # Both open with their head noun, so that re scans for it fast; the words before it are read after.
        self._organisation = re.compile(
            # ("the Bolivarian Alliance for the Peoples of Our America": a second phrase; "Council of Arab and
            # African States": two adjectives of peoples joined)
            # ("the International Coalition against Piracy": what a coalition is against, in its name)
            rf"(?P<head>(?:{_NEW_ORG_HEADS})\b(?:\s+(?:of|for|(?<=Coalition\s)against)\s+(?:the\s+)?"
            rf"(?:(?:[{_UPPER}][\w-]*\s+)?[{_UPPER}][\w-]*(?:an|ic|ese|ish)\s+and\s+)?"
            # ("the Forum for the Progress and Development of South America (Prosur)": two nouns joined, in a name
            # its acronym closes)
            rf"(?:[{_UPPER}][\w-]+\s+and\s+(?=[{_UPPER}][^()]{{0,60}}\([{_UPPER}][A-Za-z]{{1,7}}\)))?[{_UPPER}][\w-]+"
            rf"(?:\s+[{_UPPER}][\w-]+){{0,3}}){{0,2}})(?:\s+\((?P<acronym>[{_UPPER}][A-Za-z]{{1,7}})\))?")
        # ... or "the provincial capital Pemba", "the regional capital, Tamale"
        # ... or "off the coast of Sicily", "the southern coasts of Crete"
        self._place_of = re.compile(rf"(?:(?:city|town|port|village|island|province|region|county|district|coasts?)"
                                    rf"\s+of|"
                                    rf"(?:provincial|regional|district|county)\s+capital,?)\s+"
                                    rf"(?P<name>[{_UPPER}][\w-]+(?:\s[{_UPPER}][\w-]+)?)")
        # ... or "Bukavu, the capital of South Kivu": a town and the region it is the capital of
        self._capital_of_region = re.compile(rf"(?<![\w-])(?P<town>[{_UPPER}][\w-]+(?:\s[{_UPPER}][\w-]+)?),\s+the\s+"
                                             r"(?:provincial\s+|regional\s+|state\s+)?capital\s+of\s+(?:the\s+)?"
                                             rf"(?P<region>[{_UPPER}][\w-]+(?:\s[{_UPPER}][\w-]+){{0,2}})(?=[,.;]|$)")
        # A word is taken whole ("*+"): the space or hyphen after it is no word character, so giving back
        # letters can never find one (the same matches, without the backtracking).
        self._exercise_year = re.compile(
            # "Iron Wolf 2025-II": a year's second edition
            # "Ngao ya Bahari 2026", "Fuerzas de Paz 2026": a connecting word of another language inside the name
            rf"(?P<name>[{_UPPER}](?:[\w’'/]*+(?:[ -]|\s(?:ya|wa|de|del|la|el|al|du|des|di|da)\s)[{_UPPER}]){{0,3}}"
            rf"[\w’'/]*+)[ -](?P<year>(?:19|20)\d\d)(?![\d])"
            # "Joint Sword-2024A", "Joint Sword-2024B": the year's first and second rounds
            rf"(?:-I{{1,3}}(?![\w-])|[AB](?![\w-]))?")
        self._exercise_quoted = re.compile(
            # 'exercise "Alpine Shield 26"', 'the annual exercise "Quick Response 2026"'
            # ('India-Japan Joint Military Exercise "DHARMA GUARDIAN"': the noun of a title, before a name in
            # capitals; not a headline's 'Moscow Calls NATO Exercise "Provocation"')
            r"(?:dubbed|code-?named|codenamed|called|named|titled|entitled|exercises?|drills?|"
            r"Exercises?(?=\s+[“\"‘'][A-Z][A-Z0-9 -]+[”\"’'])|"
            # ('38 countries are taking part in "Serbia 2018"': what one takes part in, named with its year)
            r"(?:(?:take|takes|taking|took)\s+part|participat(?:e|es|ed|ing))\s+in"
            r"(?=\s+[“\"][A-Z][^”\"]{1,50}?\s(?:19|20)\d\d[”\"]))\s+[“\"‘']"
            r"(?P<name>[A-Z][^”\"’']{1,59}?)[,.]?[”\"’']")
        # 'the fourth joint security exercise of the GCC countries, "Arabian Gulf Security 4",': set off after it
        self._exercise_quoted_apposed = re.compile(
            r"\b(?:exercises?|drills?|manoeuvres|maneuvers)(?:\s+of\s+[^,“\"]{2,60})?,\s+[“\"]"
            r"(?P<name>[A-Z][^”\"]{1,59}?)[,.]?[”\"](?=,)|"
            # 'organised “Serbia 2018”, the largest civil emergency exercise': the apposition after it says what
            r"[“\"](?P<single>[A-Z][^”\"]{1,59}?)[”\"],\s+(?:a|an|the)\s+[^,;“”\"]{0,60}?"
            r"\b(?:exercises?|drills?|manoeuvres|maneuvers)\b")
        self._exercise_named = re.compile(
            # "the Varuna 24 exercise": an edition's number after the name
            # ... and "the Cruzeiro do Sul exercise", "the Condor del Sur exercise": a particle between its words
            # (a sentence's "The" opens no word of it: "ALMATY. KAZINFORM The international exercise X")
            rf"(?P<name>[{_UPPER}](?:[\w’'-]++\s+(?:of\s+(?:the\s+)?|(?:do|da|dos|das|de|del|di|du)\s+)?"
            rf"(?!(?:The|This|These|Its|Their)\s)[{_UPPER}]){{0,2}}"
            rf"[\w’'-]++"
            # "the Rim of the Pacific exercise": a name with "of"; "its Amalgam Dart 25-2 exercise": a year's second
            rf"(?:\s(?:\d{{1,2}}(?:-\d)?|[IVXL]{{1,6}})(?![\w-]))?)"
            rf"(?:\s+\([A-Z]{{2,8}}\))?"  # "their annual Ulchi Freedom Shield (UFS) exercise": its acronym
            r"(?:\s+series\s+of)?"  # "the Al-Samsaam series of exercises": a series by its name
            # ("the Medusa air and naval exercise")
            rf"\s+(?:{_EXERCISE_MODIFIER}\s+(?:and\s+(?={_EXERCISE_MODIFIER}\s))?){{0,3}}"
            # (not "the USAF exercise director": one who directs the force's part in an exercise)
            # ... or its capitalised head: "the Arctic Challenge Exercise" (not a headline's "Solidarity Exercise
            # Sails Into ...", nor a name after it, "Exercise Cobra Warrior", or one it goes by, "the ASEAN
            # Solidarity Exercise, known as ASEX 01-N", or set off after it, "the Chilean-led Pacific Maritime
            # Exercise, Iron Lynx 2026,": see _exercise_titled and _exercise_apposed)
            rf"(?:{EXERCISE_NOUN}|Exercise(?!\s+[{_UPPER}\d]|,\s+[{_UPPER}]|"
            r",?\s+(?:known|also|dubbed|code-?named|called|named)\b))"
            rf"\b{_NOT_A_ROLE_AFTER}")
        self._exercise_titled = re.compile(
            # "the ASEAN Solidarity Exercise, known as ASEX 01-N": a name it goes by
            rf"(?=[Eedmw])\b(?:(?:Exercise|exercises?|drills?|maneuvers|manoeuvres|war games),?\s+known\s+as|"
            rf"Exercise|(?:exercises?|drills?|maneuvers|manoeuvres|war games)(?:,?\s+(?:code-?named|dubbed|"
            rf"called|named|designated)(?:\s+Exercise)?)?)\s+"  # "code-named Exercise Kwando Bridge"
            # ("codenamed Eqtedar 1404 after the current year in the Iranian calendar": a Solar Hijri year)
            # ("exercise Arab Gulf Security 3": a third word before an edition's number)
            # ("Exercise Croix du Sud", "Exercise Fuerzas de Paz": a particle of its language inside)
            rf"(?P<name>[{_UPPER}][\w-]+(?:\s+(?:(?:du|de|del|des|la|le|da|do|dos)\s+)?[{_UPPER}][\w-]+)?"
            rf"(?:\s+[{_UPPER}][\w-]+(?=\s\d{{1,2}}(?![\w-])))?"
            rf"(?:\s(?:[IVXL]{{1,6}}|\d{{1,2}}(?:-[A-Z])?|1[34]\d\d)(?![\w-]))?)")
        # "the Estonian Defense Forces' largest annual exercise, Spring Storm (Kevadtorm), got underway": a
        # name in apposition to a described exercise noun
        self._exercise_apposed = re.compile(
            rf"(?=[lbmafp])\b(?:largest|biggest|main|annual|flagship|major|premier|first)\s+(?:[\w-]+\s+){{0,2}}?"
            # "their first joint naval exercise in 13 years, Sea of Friendship, in ..."
            rf"(?:exercise|drills|war games|manoeuvres|maneuvers)(?:\s+in\s+(?:\w+\s+){{0,2}}?(?:years?|decades?))?,\s+"
            rf"(?P<name>[{_UPPER}][\w-]+(?:\s+(?:of\s+)?[{_UPPER}][\w-]+){{0,2}})(?=\s*[,(]|\s+(?:got|began|begins|kicked|"
            rf"kicks|started|starts|opened|opens|will|is|was|has|brings|brought)\b)")
        # "to test drones in a Pillar II exercise, Maritime Big Play, in Portugal": a name set off after an
        # exercise the sentence brings in, then where (or when, or by whom) it is held
        self._exercise_apposed_then_where = re.compile(
            rf"(?<=\s)(?=[iafdtw])(?:in|at|for|during|to|with|from)\s+an?\s+(?:[\w-]+\s+){{0,3}}?"
            rf"(?:exercise|drills|war games|manoeuvres|maneuvers),\s+"
            rf"(?P<name>[{_UPPER}][\w-]+(?:\s+(?:of\s+)?[{_UPPER}][\w-]+){{0,2}})"
            r"(?=,\s+(?:in|off|at|near|on|held|hosted|led|scheduled|planned|set|due)\b)")
        # "Balikatan, the annual exercise held by ...", "Keen Edge, a biennial command post exercise": a name set
        # off before the noun phrase that describes it
        self._exercise_described_after = re.compile(
            # (not "According to Voronin, the first joint search-and-rescue exercise ...": the source)
            # (nor "concluded X on August 15, a two-week exercise": a day)
            rf"(?<![Aa]ccording to ){_NO_DAY_OR_MONTH}"
            # (nor "During Dragon-24, the Polish-led exercise ...": a preposition opening the sentence)
            rf"(?!{_OPENING_PREPOSITIONS}\s)"
            rf"(?P<name>[{_UPPER}][\w-]+(?:\s+(?:of\s+)?[{_UPPER}][\w-]+){{0,2}}"
            # ("the Africa India Key Maritime Engagement (AIKEYME), a large-scale ... exercise": a longer name, with
            # its acronym)
            rf"(?:(?:\s+[{_UPPER}][\w-]+){{1,2}}(?=\s+\([{_UPPER}]))?"
            rf"(?:\s(?:\d{{1,2}}|(?:19|20)\d\d|[IVXL]{{1,6}}))?)"
            rf"(?:\s+\([{_UPPER}][{_UPPER}\d-]{{1,11}}\))?,\s+"
            rf"(?:(?:the|an?|their|its)\s+"  # ("Blue Horizon, their first three-way naval exercise")
            # ("NANOOK-TUUGAALIK, the Canadian Armed Forces' annual summer exercise": its owner first)
            rf"(?:[{_UPPER}][\w-]*(?:\s+[{_UPPER}][\w-]*){{0,3}}(?:’s|'s|’|')\s+)?|"
            # ("Flintlock 2023, U.S. Africa Command's premier and largest annual ... exercise": no article)
            rf"[{_UPPER}][\w.-]*(?:\s+[{_UPPER}][\w.-]*){{0,3}}(?:’s|'s)\s+"
            r"(?:[a-z]+\s+and\s+(?=[a-z]+est\s))?)"
            # ("Amber Lance, a NATO exercise held in Lithuania", "X, a US-led exercise": its holder's acronym)
            rf"(?:(?:[{_UPPER}]{{2,}}|[{_UPPER}][\w]*-led)\s+)?"
            rf"(?:(?!(?:of|for|in|with|to|and)\b)[a-z][\w-]*\s+){{0,5}}"
            # (nor "Commander X, Royal Danish Navy, the exercise director": the officer's service, then his role)
            rf"(?:exercises?|drills|war games|manoeuvres|maneuvers)\b{_NOT_A_ROLE_AFTER}"
            rf"(?!\s+(?:of|by|near|in|at)\s+[{_UPPER}]"
            rf"(?![\w-]*\s+waters\b))"  # (but "... exercise in Arctic waters")
            # (not "Bab el-Mandeb, the US-led maritime exercise Cutlass Express 2024": the name after the noun; nor
            # '... with the Rapid Reaction Forces, the special exercise with reconnaissance forces "Y-2021"': the
            # next of a list of exercises, each with its forces)
            rf"(?!\s+[{_UPPER}]|\s+with\s+(?:[a-z-]+\s+){{1,3}}[\"“])"
            # ("According to the Defence Ministry, the drills will include ...": a clause's subject, no apposition)
            r"(?!\s+(?:will|would|is|are|was|were|has|have|had|can|could|may|might|must|should|began|begin|begins|"
            r"start|starts|started|include|includes|included|involve|involves|involved|run|runs|ran|took|take|takes|"
            r"opened|opens|ended|ends|got|gets)\b)")
        # "Dubbed Blue Horizon, the three-day drills are taking place ...": a name the sentence opens by giving
        self._exercise_dubbed_opening = re.compile(
            rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))(?:Dubbed|Code-?named|Codenamed|Named|Called|Designated)\s+"
            rf"(?P<name>[{_UPPER}][\w-]+(?:\s+(?:of\s+)?[{_UPPER}][\w-]+){{0,2}}"
            rf"(?:[\s-](?:\d{{1,4}}|[IVXL]{{1,6}}))?),\s+"
            rf"(?:the|these|their|its)\s+(?:(?!(?:of|behind|around|that|which|where|who|whose|for|in|on|at|by|"
            rf"near|after|before)\b)[\w-]+\s+){{0,4}}"
            rf"(?:exercises?|drills?|war games|manoeuvres|maneuvers)\b")
        self._quoted_name = re.compile(
            rf"[“\"](?P<name>[A-Z][^”\"]{{2,50}}?)[”\"]\s+(?:[a-z-]+\s+){{0,4}}(?:{EXERCISE_NOUN})\b|"
            # "the 'Desert Flag 11' air exercise": single quotes, as agencies write them
            rf"(?<![\w’'])[‘'](?P<single>[A-Z][^’'\"“”]{{2,50}}?)[’'](?!\w)\s+(?:[a-z-]+\s+){{0,4}}"
            rf"(?:{EXERCISE_NOUN})\b")
        self._place = re.compile(
            # ("the Peter the Great Gulf": a place named after a ruler by his epithet)
            rf"(?P<name>[{_UPPER}](?:[\w’'-]++\s+(?:the\s+Great\s+)?(?:[{_UPPER}][\w’'-]++\s+){{0,2}}"
            # (not "the Norwegian Joint Headquarters": a command, see _UNIT_HEADS)
            rf"(?:{_PLACE_HEADS})(?<!Joint Headquarters)(?<!Operational Headquarters)|"
            rf"(?:(?<=B)ay|(?<=G)ulf|(?<=S)ea|(?<=S)trait|(?<=I)sle|(?<=H)orn)\s+of\s+(?:the\s+)?[{_UPPER}][\w-]+|"
            # ("Lake Kivu", "Lake Chad": a lake, not the state it may share its name with)
            rf"(?<=L)ake\s+[{_UPPER}][\w-]+))\b"
            r"(?!\s+city\s+of\b)")  # "the PNG port city of Lae": the city is the place
        self._unit = re.compile(_guard(
            # "U.S. Africa Command", "U.S. Naval Forces Southern Command": a state's name, then up to three words of
            # the unit's own; "U.S. 4th Fleet"
            rf"(?:the\s+)?(?P<name>(?:(?:{demonym}|{state})\s+(?:[{_UPPER}][\w-]+\s+){{0,3}}|"
            # ("Space Training and Readiness Command": two words of its own joined, neither a state's)
            rf"(?!(?:{demonym}|{state})\s)[{_UPPER}][\w-]+\s+(?:[{_UPPER}][\w-]+\s+)?and\s+"
            rf"(?!(?:{demonym}|{state})\s)[{_UPPER}][\w-]+\s+(?=Command\b)|"
            rf"(?:[{_UPPER}][\w’'-]+\s+){{1,3}}|"
            # ("Task Force 50, part of the Chilean Navy,": a numbered task force needs no word before it)
            r"(?=Task\s(?:Force|Group)\s\d)|"
            # ("the 38th Separate Guards Air Assault Brigade": four words after a number)
            rf"(?:(?:{state})\s+|(?:[{_UPPER}][\w’'-]+\s+){{0,2}})(?<!\d)[1-9]\d{{0,2}}(?:st|nd|rd|th)\s+"
            rf"(?:[{_UPPER}][\w-]+\s+){{0,4}}|"
            # "Britain's 3 Commando Brigade", "16 Air Assault Brigade": a bare number, as British units are named
            # ("Nigeria's 1 Division": the number alone before the head)
            rf"(?:{state}|[{_UPPER}][\w-]*)(?:’s|'s)\s+[1-9]\d{{0,2}}\s+(?!{_TIME_OR_ORDER_WORDS}\b)"
            rf"(?:[{_UPPER}][\w-]+\s+){{0,3}}"
            rf"(?=(?:Brigade|Division|Regiment|"
            rf"Battalion)\b(?!\s+(?:league|clubs?|football|team|title|side|champions?)\b))|"
            # "40 Commando", "617 Squadron", "No. 1 Squadron": a bare number before a head that is a unit's alone
            rf"(?:No\.\s+)?(?<![\d,.])[1-9]\d{{0,2}}\s+(?=(?:Commando|Squadron|Wing)\b)|"
            # "V Corps", "XVIII Airborne Corps": a corps by its Roman numeral
            rf"(?<![\w-])[IVX]{{1,5}}\s+(?:Airborne\s+|Armou?red\s+|Army\s+)?(?=Corps\b))"
            rf"(?:{_UNIT_HEADS})(?:\s+(?:Europe(?:\s+and\s+Africa|-Africa)?|Africa|Pacific|Japan|Korea|Alaska|"
            # ("Multinational Division South-East", "Brigade North": the quarter the unit covers)
            rf"Forces\s+Korea|(?:North|South)(?:-?[EeWw](?:ast|est))?|East|West|Centre|Center|"
            # ("the Multinational Battlegroup in Slovakia": a battlegroup named by the state it stands in)
            rf"(?<=Battlegroup\s)in\s+(?:{state}))(?![\w-]))?)\b"
            # a full stop only after an abbreviation ("HMCS St. John's"), not a sentence's ("HMAS Stalwart. The")
            rf"|(?P<ship>(?:{_SHIP_PREFIXES})\s+"
            # "USS St. Louis", "USS John S. McCain", not "JS Ise. The Royal Australian Navy ...": a full stop
            # ends a name but for a title's or an initial's
            # ... and a nickname in quotes ("USS Hershel "Woody" Williams")
            # ("HMS Prince of Wales": "of" between two capitalised words)
            rf"(?:(?:(?:St|Mt|Ft|Dr|Lt|Gen|Adm|Sgt|Cdr|Capt|Col|Maj|[{_UPPER}])\.(?=\s)|[{_UPPER}][\w'-]*+(?:\.(?!\s))?|"
            rf"(?<=[a-z] )of(?= [{_UPPER}])|"
            # ("ITS Luigi Durand de la Penne": the particles of a surname)
            rf"(?<=[a-z] )(?:de la|de|da|di|del|van|von)(?= [{_UPPER}])|"
            rf"[\"“][{_UPPER}][\w'-]*+[\"”](?=\s[{_UPPER}]))\s?)"
            rf"{{1,5}})",
            {"t"} | self._demonym_initials | self._state_initials, _UPPER + "1-9"))
        self._ministry = re.compile(_guard(
            # ("the Turkish National Defense Ministry announced")
            # ("the UK Ministry of Defence": a state's abbreviation as its adjective)
            rf"(?P<name>(?:(?P<owner>{demonym}|{state}|U\.S\.|US|U\.K\.|UK)(?P<possessive>’s|'s)?\s+)"
            # ("Singapore's MFA said": the ministry by the abbreviation its own officials use)
            rf"(?:(?P<abbreviation>MFA|MOFA|MoFA|MoD|MOD)(?![\w-])|(?:(?:National\s+(?=Defen))?"
            rf"(?:Defence|Defense|Foreign|Interior|Emergencies|Foreign Affairs)\s+)?Ministry"
            rf"(?:\s+of\s+(?:National\s+)?(?:{_PORTFOLIOS}){_SECOND_PORTFOLIO})?|Foreign\s+Office|"
            # "the Australian Department of Defence", "the Philippine Department of Foreign Affairs"
            rf"Department\s+of\s+(?:National\s+)?(?:{_PORTFOLIOS}))|"
            rf"Ministry of (?:National\s+)?(?:{_PORTFOLIOS}){_SECOND_PORTFOLIO} of (?:the\s+)?(?P<of>{state})|"
            # "the Ministry of Defence in Copenhagen": the ministry of the state whose capital it sits in
            rf"Ministry of (?:National\s+)?(?:{_PORTFOLIOS}) in (?P<capital>[{_UPPER}][\w-]+(?: [{_UPPER}][\w-]+)?)|"
            # "the Defence Ministry in Belgrade": the same, named by its state's adjective
            rf"(?P<kind_in>Defence|Defense|Foreign|Interior) Ministry in (?P<capital_of_kind>[{_UPPER}][\w-]+"
            rf"(?: [{_UPPER}][\w-]+)?)|"
            # "the Defense Ministry of Kyrgyzstan"
            rf"(?:Defence|Defense|Foreign|Interior|Emergencies) Ministry of (?:the\s+)?(?P<of_kind>{state}))",
            {"M", "D", "F", "I", "E"} | self._demonym_initials | self._state_initials))
        # "the Hungarian government said", "Cameroon's government insists", "the Government of the Republic of
        # Mozambique has announced": a government as a speaker, which speaks for its state (as the state stands for
        # it elsewhere: the party to an agreement, the member, the participant)
        self._government = re.compile(_guard(
            rf"(?P<name>(?P<owner>{demonym}|{state})(?:’s|'s)?\s+[Gg]overnment|Government\s+of\s+(?:the\s+)?"
            rf"(?:(?:Federal\s+|Islamic\s+|Democratic\s+|Socialist\s+)?(?:Republic|Kingdom)\s+of\s+(?:the\s+)?)?"
            rf"(?P<of>{state}))(?=,?\s+(?:(?:has|have|had|also|again|then|later|now|on\s+\w+day)\s+){{0,2}}"
            rf"(?:{_SPEECH_VERBS}|says|insists|warns|claims|argues|notes|adds|confirms|denies|declares|announces)\b)",
            {"G"} | self._demonym_initials | self._state_initials))
        # "Iran's navy said", "Poland's armed forces announced": the service speaks, named as news names it by
        # its state's adjective (elsewhere "Serbia's army ... will take part" is the state's part, as its state)
        self._service_speaking = re.compile(_guard(
            # ("..., according to South Korea's Joint Chiefs of Staff": a source named after its words)
            rf"(?P<according>(?<=according to )|(?<=according to the )|(?<=According to )|(?<=According to the ))?"
            rf"(?P<name>(?P<owner>{state})(?:’s|'s|(?<=s)['’])\s+"
            rf"(?P<head>[Aa]rmy|[Nn]avy|[Aa]ir\s+[Ff]orce|[Aa]rmed\s+[Ff]orces|"
            rf"[Mm]ilitary|[Cc]oast\s+[Gg]uard|[Bb]order\s+[Gg]uard|"
            # "South Korea's Joint Chiefs of Staff said", "Japan's Joint Staff said"
            rf"Joint\s+Chiefs\s+of\s+Staff|(?:Joint|General|Defen[cs]e)\s+Staff))"
            rf"(?(according)|(?=,?\s+(?:(?:has|have|had|also|again|then|later|"
            rf"now|on\s+\w+day)\s+){{0,2}}(?:{_SPEECH_VERBS}|says|insists|warns|claims|notes|adds|confirms|denies|"
            rf"declares|announces|reported|reports)\b))",
            self._state_initials))
        self._signed_agreement = re.compile(
            # ("agreed on a joint action plan for border security")
            r"(?=[scraiaeh])\b(?:signed|sign|signs|signing|concluded|conclude|ratified|ratify|renewed|adopted|inked|"
            # ("Chile has a reciprocal access agreement with Peru": a pair's pact)
            r"(?:has|have|had)(?=\s+an?\s+[a-z][a-z -]{2,50}?\s(?:agreement|pact|treaty|accord)\s+with\s+[A-Z])|"
            # ("the parliament has endorsed a defence agreement signed with B": one signed before)
            # (not "approved a draft memorandum to be signed with B", "... signed with B by C": another's)
            # ("agreed a U.S.-brokered maritime border deal": a deal agreed is one made)
            r"sealed|agreed\s+(?:on|upon)|agreed(?=\s+an?\s)|"
            r"(?:endorsed|approved)(?=\s+(?:an?|the|their)\s+[^,;.]{0,60}?"
            r"(?<!\bto\sbe)\s+signed\s+with\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?!\s+by\b)))"
            # ("signed, through their air force commanders, a joint declaration": an aside before the object)
            r"(?:,\s+(?:in|through|via|at|during)\s[^,;]{2,60},)?\s+"
            # ("signed in Santiago a memorandum of understanding on X", "signed on Wednesday a framework agreement")
            # ("renewed their 2015 defence cooperation agreement": one they hold; "signed its memorandum of
            # understanding with B")
            r"(?:in\s+[A-Z][\w-]+\s+|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(?:an?|the|their|its)\s+"
            r"(?:own\s+)?"  # ("signed their own maritime delimitation agreement": whose, no word of its name)
            # ("a long-delayed bilateral security agreement": the writer's word on it is no part of its name)
            r"(?:(?:long-(?:delayed|awaited|stalled|anticipated)|much-(?:delayed|awaited|anticipated)|landmark|"
            r"historic|controversial|contentious|sweeping|far-reaching|ambitious|key)\s+)?"
            # ("a U.S.-brokered maritime border deal": who brokered it is no part of its name, when words of its own
            # remain: "a Brazil-brokered agreement" is so named)
            r"(?:[A-Z][\w.]*-(?:brokered|mediated|backed)\s+"
            r"(?=(?!(?:agreement|accord|deal|treaty|pact|memorandum|ceasefire|truce)\b)[a-z][a-z-]*\s))?"
            # "a 25-year cooperation agreement", "the Pukpuk mutual defence treaty", "a memorandum of
            # understanding on defence cooperation"
            # ("signed the Baltic Defence Line agreement": a name of capitalised words before a head in lower case)
            # (no preposition but "of" among the words before the head: "adopted a common position on the pact" is no
            # pact, "a status of forces agreement" is one)
            r"(?P<name>(?P<head>(?:(?:new\s+)?(?:[A-Z][\w-]+\s+){0,4}"
            r"(?:(?!(?:on|for|to|with|the|in|at|by|from|about|over|against)\s)[\da-z][\da-z-]*\s){0,6}?"
            r"(?:agreement|accord|"
            r"memorandum(?: of understanding)?|"
            # ("signed a plan of bilateral military cooperation for 2026", "a strategic partnership charter")
            r"treaty|pact|protocol|roadmap|deal|contract|declaration|charter|(?<=\s)plan|programme|program|arrangement|"
            r"(?<=joint )statement)|memorandum of understanding|letter of intent))"
            # "a memorandum of understanding (MOU) on defense cooperation": its acronym is no part of the name
            rf"(?:{_ACRONYM_INSIDE.pattern}(?=\s+(?:on|for|of)\s))?"
            # ("an agreement on stationing Russian tactical nuclear weapons on Belarusian territory": a state's
            # adjective may be in it, a name of a day or month may not)
            # (not "an agreement of their own": whose it is)
            r"(?:\s+(?:on|for|of)\s+(?!(?:their|its|his|her)\s+own\b)[a-z][a-z -]{2,50}?"
            r"(?:[A-Z][a-z]+(?:an|ese|ish|ian|i)\s[a-z][a-z -]{2,50}?)?)?"
            # "... for 2026": a year's plan (not "for the 2025-2027 period")
            r"(?:\s+for\s+(?:19|20)\d\d(?![-–\d]))?)"
            # ("signed a treaty on strategic partnership during X's visit": an adjunct of time after it)
            r"(?=\s+(?:with|in|on|at|between|that|which|to|for|under|during|after|before|when|while|last|"
            # ("ratified a defence and economic cooperation agreement signed with B": signed before)
            r"signed|concluded|"
            # ("signed a memorandum of cooperation Sunday to ...": the day without "on")
            r"earlier|yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|[,.;]|$|"
            # "signed a military training and cooperation agreement and a naval cooperation protocol"
            r"\s+and\s+(?:an?|the)\s+[a-z]|"
            # ... or a participle on it ("a joint declaration opening a new stage", "a memorandum covering ...")
            r"\s+[a-z]{2,}ing\b|"
            # ... or whose it is ("signed a maritime delimitation agreement of their own")
            r"\s+of\s+(?:their|its|his|her)\s+own\b)")
        # "A and B have an intergovernmental agreement on ... dating back to 2001", "under a defence agreement
        # signed with the UAE": an agreement held or acted under, named by its description where a signing or its
        # age follows (without it, "have a deal" may be a manner of speaking)
        self._held_agreement = re.compile(
            r"(?=[hu])\b(?:have|has|had|under)\s+(?:an?|the|their)\s+"
            r"(?P<name>(?:[\da-z][\da-z -]{0,50}?\s)?(?:agreement|accord|treaty|pact|protocol|"
            r"memorandum of understanding)(?:\s+(?:on|for)\s+[a-z][a-z -]{2,50}?)?)"
            # ("has a status of forces agreement with Canada, signed in 2009": the other party before the signing)
            r"(?=(?:\s+with\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2},)?"
            r"\s+(?:signed|concluded|dating\s+back|that\s+dates\s+back)\b)")
        # "Chile's 2019 defence pact with Peru": an agreement named by its description, a state's, with another
        self._possessed_agreement = re.compile(
            r"\b[A-Z][\w-]+['’]s\s+(?:(?:19|20)\d\d\s+)?(?P<name>(?:[a-z][a-z-]*\s+){1,3}(?:agreement|accord|treaty|"
            r"pact|deal))(?=\s+with\s+(?:the\s+)?[A-Z])")
        # "The joint statement signed by X and Y", "A free trade agreement between the two countries, signed in
        # Beijing last October": an agreement named by its description, its signing right after it
        self._agreement_then_signed = re.compile(
            # ("the 10-year military cooperation roadmap that Morocco signed with the United States")
            # (how long it runs is its mention's, not its label's)
            r"(?<![\w-])(?:[Tt]he|[Aa]n?)\s+(?P<name>(?:\d+-year\s+)?(?:(?:[a-z][a-z-]*\s+){1,3}|"
            # ("a German-Lithuanian agreement that A and his Lithuanian counterpart B signed": the pair's, by
            # their adjectives)
            r"(?P<pair>[A-Z][a-z]+(?:an|ese|ish|ian|i|ch)[-–][A-Z][a-z]+(?:an|ese|ish|ian|i|ch)\s+"
            r"(?:[a-z][a-z-]*\s+){0,2})|"
            # ("the Reciprocal Provision of Supplies and Services agreement, which A and B signed": a name of
            # capitalised words before a head noun in lower case)
            r"[A-Z][\w-]+(?:\s+(?:(?:and|of|on|for)\s+)?[A-Z][\w-]+){1,6}\s+)(?:agreement|accord|treaty|pact|"
            r"declaration|roadmap|road\s+map|charter|protocol|(?<=joint )statement|(?<=trilateral )statement|"
            # ("the strategic partnership A and B signed in 2008": a partnership signed is a pact)
            r"(?<=strategic )partnership)|"
            # ("under a memorandum of understanding the two countries signed in November 2020", "a road map that A
            # and B signed")
            r"memorandum\s+of\s+understanding|road\s+map|"
            # "a treaty on friendship, trade and navigation that A and B signed": what it is on names it, when a
            # relative clause on its signers follows
            # ("a bilateral treaty on friendship that A and B signed", "... that the two countries signed")
            r"(?:[a-z][a-z-]*\s+){0,2}?(?:agreement|accord|treaty|pact|protocol|memorandum)\s+on\s+"
            r"[a-z][a-z -]{2,50}?(?:,\s+[a-z][a-z -]{2,50}?)*"
            rf"(?=\s+(?:that|which)\s+(?:[A-Z]|the\s+(?:two|three|four)\s+{_SIGNING_SIDES}\s))|"
            # ("a Russian-brokered ceasefire signed by A, B and C on Nov. 10, 2020": a truce, signed)
            r"(?:[A-Z][a-z]+-(?:brokered|mediated)\s+|(?:[a-z][a-z-]*\s+){0,2})(?:ceasefire|truce|armistice))"
            r"(?=(?:\s+between\s+[^,;]{2,40})?,?\s+"
            r"(?:signed|concluded)\s+"
            r"(?:by|in|on|last)\b|"
            # "the framework agreement Poland and South Korea signed in 2022", "a separate agreement that A and B
            # signed": the signers in a relative clause
            r",?\s+(?:that\s+|which\s+)?(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?:,?\s+and\s+(?:the\s+)?"
            r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})?\s+(?:(?:had|have|has)\s+)?(?:signed|concluded)\b|"
            rf"\s+(?:(?:that|which)\s+)?(?:the\s+(?:two|three|four)\s+{_SIGNING_SIDES}|they)\s+"
            r"(?:(?:had|have|has)\s+)?(?:signed|concluded)\b|"
            r"(?(pair)\s+(?:that|which)\s+[^,;.]{2,80}?\s+(?:(?:had|have|has)\s+)?(?:signed|concluded)\b|(?!)))")
        # "A memorandum of understanding was signed by A and B", "The memorandum of understanding on the group was
        # signed by the defence ministers of A, B and C": an agreement named by its kind, the subject of a passive
        # signing whose signers follow
        self._agreement_signed_by = re.compile(
            r"(?<![\w-])(?:[Tt]he|[Aa]n?)\s+(?P<name>memorandum\s+of\s+understanding|"
            # (not "the text of the agreement", "a copy of the memorandum")
            r"(?:(?!(?:of|the|a|an)\s)[a-z][a-z-]*\s+){1,3}"
            r"(?:agreement|accord|treaty|pact|protocol|memorandum))(?=(?:\s+on\s+(?:the\s+)?[a-z][a-z -]{1,40}?)?"
            r"\s+(?:was|were|has\s+been|had\s+been)\s+signed\s+(?:by|between)\b)")  # ("... between A and B")
        # "the Latvian army said", "the Kazakh defence ministry": lower-case heads after a demonym.
        self._demonym_body = re.compile(
            # ("the French general staff said": the staff of the state's forces)
            rf"(?P<name>{self._demonym_word}\s+(?P<head>army|navy|air force|armed forces|military|coast guard|border guard|"
            rf"general staff|defen[cs]e staff|"  # ("the Spanish Defence Staff said": the staff of its forces)
            rf"[Cc]ustoms|"  # ("Finnish Customs has said": the state's customs service, an agency)
            rf"(?:defen[cs]e|foreign|interior)\s+ministry))\b(?!\s+(?:base|bases|officers?|officials?|sources?|"
            rf"exercises?|drills?|chief|command|equipment|units?|aircraft|planes?|jets?|helicopters?|vehicles?|"
            rf"personnel|transport|hardware|cooperation|ties|analysts?|experts?|observers?|"
            # "Lithuanian, Latvian and Estonian military engineers": people of the states, not the body
            rf"engineers|sappers|pilots|instructors|specialists|troops|forces|servicemen|servicemembers|"
            rf"spending|budgets?|intelligence|leaders?|leadership|commanders?|academy|police)\b)")
        self._city_of = re.compile(  # ("Pakistan's southern port city of Karachi": the state's name, possessive)
            # ("the Honduran Caribbean port city of La Ceiba": two words may describe it)
            rf"(?:(?P<demonym>{self._demonym_word})\s+(?:(?:[a-z]+|{ADJECTIVE_OF_A_PLACE})\s+){{0,2}}?|"
            rf"(?P<owner>{self._state_word}|U\.?S\.?(?=\sstate\s))(?:(?:’s|'s)\s+(?:[a-z]+\s+){{0,2}}?|"
            r"\s+(?=(?:state|province)\s)))"
            rf"(?:{_CITY_NOUNS})\s+of\s+"  # ("the US state of Alaska": a state's name as an adjective)
            rf"(?P<name>[{_UPPER}][\w-]+(?:\s[{_UPPER}][\w-]+)?)")
        # "the Seychelles capital, Victoria", "the Kenyan port town Lamu": a town after its state's noun, set off or
        # not (a name the gazetteer lacks)
        self._city_named = re.compile(
            rf"\b(?:the|The)\s+(?:(?P<demonym>{self._demonym_word})|(?P<owner>{self._state_word}))\s+"
            r"(?:[a-z]+\s+)?(?:capital|port\s+city|city|port|town),?\s+"
            rf"(?P<name>[{_UPPER}][\w-]+(?:\s[{_UPPER}][\w-]+)?)"
            r"(?=\s*[,.;]|\s+(?:on|in|at|for|to|near|where|which|last|this|and|earlier|later)\b)")
        # "Batanes, the Philippines' northernmost province", "Kabwe, the Zambian garrison town": a place the text
        # describes as one of a state's
        # ("Kaliningrad, a Russian exclave", "Kiel, a German port", "Guam, a U.S. territory": the article "a" too)
        self._place_apposed = re.compile(
            # ("Abkhazia and South Ossetia, Georgia's two breakaway regions": both of a pair set off before)
            rf"(?:(?P<first>[{_UPPER}][\w’'-]+(?:\s[{_UPPER}][\w-]+)?)\s+and\s+"
            rf"(?=[{_UPPER}][\w’'-]+(?:\s[{_UPPER}][\w-]+)?,\s+(?:the\s+)?{self._state_word}"
            rf"(?:’s|'s|(?<=s)['’])\s+(?:[a-z][\w-]+\s+){{0,2}}?(?:regions|provinces|islands|territories)\b))?"
            rf"(?P<name>[{_UPPER}][\w’'-]+(?:\s[{_UPPER}][\w-]+)?),\s+(?:the\s+|an?\s+)?"
            # ("Naqoura, the southern Lebanese border town": where in the state)
            r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+"
            r"(?=[A-Z]))?"
            rf"(?:{self._state_word}(?:’s|'s|(?<=s)['’](?=\s)|(?=\s+(?:overseas\s+)?territory\b))|"
            rf"{self._demonym_word})\s+(?:[a-z][\w-]*\s+){{0,2}}?"
            r"(?:province|region|island|city|port|town|capital|state|county|district|exclave|enclave|territory|"
            r"(?<=\s)(?:regions|provinces|islands|territories))\b"
            # (not "Volkov, a Russian city official", "Petrenko, a Ukrainian port worker": a person, so described)
            r"(?!\s+(?:of|in)\b)(?!\s+(?:officials?|workers?|residents?|natives?|councillors?|council|mayor|leaders?|"
            r"lawmakers?|politicians?|businessm[ae]n|employees?|police|authorities|administration|governor|hall|"
            r"dwellers?|man|woman|men|women)\b)")
        # "Finland's accession protocol": the Accession Protocol for Finland
        self._accession_protocol = re.compile(
            rf"(?P<state>{self._state_word})(?:’s|'s|(?<=s)['’])\s+(?:NATO\s+)?accession\s+protocol\b(?!s)")
        self._state_ministry = re.compile(  # ("the New Zealand foreign ministry": a state's name as an adjective)
            rf"(?P<state>{self._state_word})(?:’s|'s)?\s+(?P<kind>defen[cs]e|foreign|interior)\s+ministry\b")
        self._institution = re.compile(r"\b(?P<name>Kremlin|Pentagon|White House|State Department|"
                                       # ("the US Department of State announced": the department, not the state)
                                       r"(?:US|U\.S\.)\s+Department\s+of\s+(?:State|Defense)|"
                                       r"(?:Federal\s+)?Foreign Office)\b")
        # "the US Embassy in Belgrade", "the Embassy of Japan": the mission, not the capital's state.
        # "the Navy of Peru", "the Armed Forces of Armenia": a state's service named after it
        self._service_of_state = re.compile(
            rf"(?P<name>(?:Royal\s+|National\s+)?(?:Navy|Army|Air Force|Armed Forces|Coast Guard|Defen[cs]e Forces|"
            rf"National Guard|Marine Corps|Border Guard|Border Service|Border Troops|National Police|Land Forces|"
            rf"Ground Forces|Naval Forces)\s+of\s+(?:the\s+)?(?P<state>{state}))\b")
        # Named "Embassy of <state> in <city>" whatever the wording ("Russia's embassy", "the Russian embassy in X");
        # a Commonwealth state's is a High Commission ("the High Commission of India in Male").
        self._embassy = re.compile(
            rf"(?P<name>(?P<owner>{demonym}|{state}|U\.S\.|US|U\.K\.|UK)(?:’s|'s)?\s+"
            # ("Israel's mission to the United Nations": its permanent mission, as the mission to a body is)
            rf"(?P<kind>[Ee]mbassy|High\s+Commission|[Pp]ermanent\s+[Mm]ission|[Mm]ission(?=\s+to\s+(?:the\s+)?[A-Z]))"
            rf"(?:\s+in\s+(?P<city>[{_UPPER}][\w-]+(?:\s[{_UPPER}][\w-]+)?))?|"
            rf"(?P<of_kind>Embassy|High\s+Commission|Permanent\s+Mission)\s+of\s+(?:the\s+)?(?P<of>{state})"
            rf"(?:\s+in\s+(?P<of_city>[{_UPPER}][\w-]+(?:\s[{_UPPER}][\w-]+)?))?)"
            # ("the Permanent Mission of Chile to the United Nations": a state's mission to a body)
            rf"(?:\s+to\s+(?P<body>(?:the\s+)?[{_UPPER}][\w-]+(?:\s+[{_UPPER}][\w-]+){{0,2}}))?")
        self._agreement = re.compile(
            # ("the U.S.-Ukraine Bilateral Security Agreement": an acronym with its stops before a dash)
            rf"(?=[{_UPPER}tbdms])(?P<name>(?:(?:[A-Z]\.){{2,3}}[-–])?"
            # (no head that a phrase of its own follows: "the Agreement on Strategic Partnership and Mutual
            # Assistance" is the agreement's, not a "Partnership" with words before it)
            # ("the Papua New Guinea – Australia Mutual Defence Treaty": two parties' names set apart by a dash)
            rf"(?:(?:[{_UPPER}][\w-]+\s+){{1,3}}–\s+)?"
            rf"(?:(?!(?:{_AGREEMENT_HEADS})\s+(?:on|for|of|between)\s)[{_UPPER}][\w–-]+\s+(?:(?:and|of|on|for)\s+)?)"
            rf"{{0,5}}(?:{_AGREEMENT_HEADS})"
            r"(?![a-rt-z]|s[a-z])"
            # ("the Treaty Establishing the Regional Security System")
            # (not "the Montreux Convention regarding Russian and Ukrainian vessels": what it is about, said in words)
            rf"(?:\s+(?:on|for|of|between|(?:concerning|regarding)(?!\s+[A-Z][a-z]+(?:an|ese|ish)\b)|Establishing|"
            rf"Creating)\s+{_NO_DAY_OR_MONTH}"
            # "... for the Exchange of Naval Nuclear Propulsion Information", "... Related to Naval Propulsion"
            # ("... for the Further Reduction and Limitation of ...": "the" after a preposition, not after "and";
            # "the Treaty on a Nuclear-Weapon-Free Zone in Central Asia")
            rf"(?:the\s+|a\s+(?=[{_UPPER}]))?[{_UPPER}][\w-]+"
            # ("the Treaty on the Creation of a Union State")
            rf"(?:\s+(?:(?:and|(?:of|to|on|for)(?:\s+the|\s+a(?=\s+[{_UPPER}]))?)\s+{_NO_DAY_OR_MONTH})?"
            rf"[{_UPPER}][\w-]+)*"
            # a second phrase: "... of Amity and Cooperation in Southeast Asia", "... between Ukraine and Ireland"
            # ("... on Cooperation in Protecting the External Borders")
            # (not "... between the Armed Forces of the two countries": whose, said in words, not a name)
            # ("... on Cooperation in the Field of Cyber Defense"; no other "of": "... of Armenia" names a party)
            rf"(?:\s+(?:in|between)\s+(?:the\s+)?(?!Armed\s+Forces\b){_NO_DAY_OR_MONTH}[{_UPPER}][\w-]+"
            # ("... between Spain and the United States")
            rf"(?:\s+(?:and\s+(?:the\s+)?|the\s+)?[{_UPPER}][\w-]+|(?:(?<=Field)|(?<=Area)|(?<=Sphere))\s+of\s+(?!the\b)"
            rf"[{_UPPER}][\w-]+)*"
            # ("... on the Coordination of Operations at Sea": where the operations are, a part of the title)
            r"|\s+at\s+Sea(?![\w-]))?)?"
            # ("the Plan of Bilateral Military Cooperation for 2024": the years it covers are its name's)
            r"(?:\s+for\s+(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?(?![\w-]))?)"
            # ('a "no limits" partnership agreement': the words it is known by, quoted, are its name's)
            # ("a trilateral military cooperation programme", "a military cooperation plan for 2025")
            r"|(?P<plain>(?:(?:trilateral|bilateral|tripartite)\s+)?(?:defen[cs]e|military|security)\s+cooperation\s+"
            r"(?:plan|program|programme|roadmap)(?!\w)|"
            r"(?:(?:[“\"][\w\s-]{2,30}[”\"]\s+)?(?:(?:trilateral|bilateral|tripartite)(?:\s+defen[cs]e|"
            r"\s+security|\s+military)?|defen[cs]e cooperation|military cooperation|security)|"
            # ('a "comprehensive strategic partnership" treaty': the quoted words alone)
            # (two words at least: 'a "historic" agreement' is no name)
            r"[“\"][\w-]+(?:\s+[\w-]+){1,5}[”\"](?:\s+partnership)?|[“\"][\w-]+[”\"]\s+partnership)\s+"
            r"(?:memorandum|agreement|accord|pact|treaty))")
        # 'adopted a "Commitment to Consult"', 'adopted the "Camp David Principles" and a joint statement known as
        # the "Spirit of Camp David"': what is signed or adopted, named in quotation marks
        self._quoted_agreement = re.compile(
            r"\b(?:adopted|adopt|signed|sign|issued|endorsed|concluded|approved)\s+(?:a|an|the)\s+[“\"]"
            # (its own name, not a kind of act: 'signed an "America First" executive order')
            r"(?P<name>[A-Z][^“”\"]{2,60}?)[,.;:!?]?[”\"](?!\s+(?:[a-z-]+\s+)?(?:order|decree|act|bill|law|"
            r"budget|resolution|statement|doctrine|strategy|campaign|policy|programme|program)\b)"
            r"(?:\s+and\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}"
            r"(?:known\s+as|called|dubbed|titled|entitled)\s+(?:the\s+)?[“\"]"
            r"(?P<second>[A-Z][^“”\"]{2,60}?)[,.;:!?]?[”\"])?")
        # "a peace agreement between A and B", "a 1995 treaty between A and B": an agreement named by its kind and
        # what tells it apart (its parties follow: the relations find them)
        # (not one proposed, hoped for or rejected: "rejected a proposed peace agreement between A and B")
        self._agreement_between = re.compile(
            r"(?<![\w-])(?:[Tt]he|[Aa]n?)\s+(?:(?:new|separate|landmark|historic|long-awaited)\s+)?"
            r"(?!(?:proposed|draft|possible|potential|future|hypothetical)\s)"
            # ("the November 27, 2024 ceasefire agreement between A and B": the day it was made, no part of its name)
            r"(?:(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+"
            r"\d{1,2},\s+|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
            r"December)\s+)(?:19|20)\d\d\s+)?"
            # ("a status of forces agreement between A and B", "the memorandum of understanding between A and B")
            r"(?P<name>(?:(?:19|20)\d\d\s+)?(?:status\s+of\s+forces\s+agreement|memorandum\s+of\s+understanding|"
            r"(?:(?!(?:of|the|an?|and|or|its|their)\s)[a-z][a-z-]*\s+){0,3}"
            r"(?:agreement|accord|treaty|pact|memorandum|protocol|convention)))"
            r"(?=\s+between\s+(?:the\s+)?(?:[A-Z]|two\s|three\s))")
        # "the Armenia-Azerbaijan peace agreement", "the 1995 Russia-Armenia basing treaty": named by its two parties
        self._pair_agreement = re.compile(
            rf"(?<![\w-])(?P<name>(?:(?:19|20)\d\d\s+)?[{_UPPER}][\w.]+[-–][{_UPPER}][\w.]+\s+"
            r"(?:[a-z][a-z-]*\s+){0,3}(?:agreement|accord|treaty|pact|memorandum|protocol|deal|contract|MoU|MOU))"
            r"(?![\w-])")

    # -- finding ------------------------------------------------------------------------------------

    def find(self, text: str, skip: Iterable[tuple[int, int]] = (), *,
             paragraphs: Sequence[tuple[int, int]] | None = None) -> list[Mention]:
        """Every mention in ``text`` outside the ``skip`` spans, without overlaps (longer and more
        specific mentions win). Names never run across a line break. ``paragraphs`` is
        :func:`.sentences.split_paragraphs` of the same text and spans, if the caller has it already."""
        chosen: list[Mention] = []
        groupings = self._groupings(text)
        # An article about exercises ("RIMPAC 2026: 29 Nations Gather ...", tagged "Naval Exercises") may name
        # one where a paragraph has no word of its own for it ("RIMPAC 2026 runs until August 1")
        about_exercises = _speaks_of_exercises(text, text.lower())
        paragraphs = split_paragraphs(text, skip) if paragraphs is None else paragraphs
        for start, end in paragraphs:
            line = text[start:end]
            candidates = self._gazetteer_mentions(line) + _grouping_mentions(line, groupings)
            candidates += self._pattern_mentions(line, candidates, about_exercises, article=text, at=start)
            chosen += [_shift(m, start) for m in _resolve_overlaps(candidates)]
        chosen = _with_full_years(_with_edition_numbers(text, _add_exercise_repeats(text, chosen, skip)))
        chosen = _series_named_by_their_edition(text, chosen)
        chosen = _short_for_longer_names(_editions_by_their_acronym(_add_acronyms(text, chosen, skip,
                                                                                self._state_codes)))
        chosen = _operations_by_their_name(text, chosen, skip) if "Operation " in text or "EUNAVFOR " in text \
            else chosen
        chosen = _companies_named_again(text, chosen, skip) if "company" in [m.kind for m in chosen] else chosen
        chosen = _bodies_of_their_owners(text, self._with_dateline_town(text, chosen, paragraphs))
        chosen = self._with_towns_before_their_states(text, chosen, skip)
        chosen = self._with_regions_after_their_places(text, chosen) if ", " in text else chosen
        chosen = _quoted_bodies(text, chosen, skip)
        return _without_honorifics(self._add_surnames(text, _agreements_named_later(text, chosen), skip))

    def _demonyms_only(self, word: str) -> bool:
        """Whether ``word`` is a state's adjective, or several joined by hyphens ("Chilean", "Chilean-Peruvian")."""
        parts = [part for part in re.split(r"[-–]", word) if part]
        return bool(parts) and all((hits := self._lookup(part)) and hits[0].match is MatchKind.DEMONYM
                                   for part in parts)

    def _with_dateline_town(self, text: str, mentions: list[Mention],
                            paragraphs: Sequence[tuple[int, int]]) -> list[Mention]:
        """``mentions`` and the town of a dateline that names its state ("CARTAGENA, Colombia, July 10 (HPA) –"),
        a place of that state, written as names are ("Cartagena"); one of the first paragraphs (after a headline
        and a byline) may open with one. A capital's state goes without saying: no place is added for it."""
        for start, _ in paragraphs[:4]:
            match = _DATELINE_TOWN.match(text, start)
            state = next((m for m in mentions if match and m.start == match.end() and m.type is EntityType.STATE
                          and m.kind != "demonym"), None)
            group = "town" if match is not None and match.group("town") else "titled"
            if state is None or not _dateline_goes_on(text, group, state) or any(
                    match.start() <= m.start < match.end(group) for m in mentions):
                continue
            name = " ".join(word.capitalize() for word in match.group(group).split())
            if self._lookup(name):
                continue
            town = Mention(match.start(group), match.end(group), match.group(group), name, EntityType.PLACE,
                           kind="place", part_of=state.label, confidence=0.7)
            return sorted([*mentions, town], key=lambda m: m.start)
        return mentions

    def _with_regions_after_their_places(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` and the regions the gazetteer lacks that a text names after a place and a comma, where
        the sentence goes on after them ("at Naval Station Mayport, Florida, on Monday", "at Joint Base San
        Antonio, Texas, before ..."): the place lies in the region. Not a list ("in Alta, Tromsø and Bodø"), nor
        a clause's subject ("in Moscow, Putin said")."""
        added: list[Mention] = []
        replaced: dict[int, Mention] = {}
        for index, place in enumerate(mentions):
            if place.type is not EntityType.PLACE or place.part_of or place.kind != "place":
                continue
            region = _REGION_AFTER_PLACE.match(text, place.end)
            name = region.group("name") if region else ""
            if not name or _NOT_A_PLACE_WORD.match(name) or _TITLE_WORD.match(name) or any(
                    m.start < region.end("name") and region.start("name") < m.end for m in mentions):
                continue
            hits = self._lookup(name)
            if hits and hits[0].type is not EntityType.PLACE:
                continue
            label = hits[0].label if hits else name
            added.append(Mention(region.start("name"), region.end("name"), name, label, EntityType.PLACE,
                                 kind="place", confidence=0.6))
            replaced[index] = replace(place, part_of=label)
        if not added:
            return mentions
        return sorted([replaced.get(index, m) for index, m in enumerate(mentions)] + added, key=lambda m: m.start)

    def _with_towns_before_their_states(self, text: str, mentions: list[Mention],
                                        skip: Iterable[tuple[int, int]]) -> list[Mention]:
        """``mentions`` and the towns the gazetteer lacks that a text places by naming their state after a comma
        ("on his flight from Samarkand, Uzbekistan, where ...", "talks in Arica, Chile, on Monday") or after the
        part of it they lie in ("from Tacna in southern Peru"): places of that state. A name a mention or a skipped
        span holds is none ("In Lima, Chile said": Lima is known)."""
        if ", " not in text and "ern " not in text and "central " not in text:
            return mentions
        covered: bytearray | None = None
        added = []
        for state in mentions:
            if state.type is not EntityType.STATE or state.kind == "demonym":
                continue
            # ("in The Hague, the Netherlands, on 24 June": the state's article)
            article = 0 if text.endswith(", ", 0, state.start) else 4 if text.endswith(", the ", 0, state.start) \
                else -1
            within = _IN_A_PART_OF_STATE_BEFORE.search(text, max(0, state.start - 20), state.start) \
                if article < 0 and text.endswith(" ", 0, state.start) else None
            if article < 0 and within is None:
                continue
            # ("from Tacna in southern Peru": the town, then the part of its state it lies in)
            town = _TOWN_BEFORE_ITS_STATE.search(text, max(0, state.start - 54), state.start - article) \
                if within is None else _TOWN_BEFORE_ITS_PART.search(text, max(0, within.start() - 40), within.start())
            if town is None or not (within or _AFTER_A_TOWNS_STATE.match(text, state.end)) or \
                    _MONTH_OR_DAY_WORD.match(town.group("town")) or self._lookup(town.group("town")):
                continue
            covered = _covered(text, mentions, skip) if covered is None else covered
            if any(covered[town.start("town"):town.end("town")]):
                continue
            added.append(Mention(town.start("town"), town.end("town"), town.group("town"), town.group("town"),
                                 EntityType.PLACE, kind="place", part_of=state.label, confidence=0.7))
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions

    def _gazetteer_mentions(self, text: str) -> list[Mention]:
        found = []
        folded = text.translate(_MATCH_FOLD)
        lookup, context_forms = self._lookup, self._context_forms
        for end_index, (surface, entries) in self._automaton.iter(folded):
            start, end = end_index - len(surface) + 1, end_index + 1
            if not _word_bounded(folded, start, end):
                continue
            name = text[start:end]
            hits = lookup(name) or list(entries)
            if len(hits) > 1 and not (_CAPITALS_BEFORE.search(text, max(0, start - 50), start)
                                      and _DATELINE_AFTER.match(text, end)):
                # ("GUAM", the organisation, not "Guam", the island): the names written so first (but not in a
                # dateline in capitals, "HAGATNA, GUAM (AP)")
                written = {e.key for e in entries}
                hits = [e for e in hits if e.key in written] or hits
            entry = hits[0]
            if entry.type is EntityType.STATE and _NUMBERED_AFTER_A_STATE.match(text, end):
                continue  # "told France 24", "on Russia 1": a channel named after the state, not the state
            kind = _MATCH_KINDS.get(entry.match, "gazetteer")
            if kind == "capital" and not _capital_stands_for_state(text, start, end):
                found.append(Mention(start, end, name, name, EntityType.PLACE, None, "place", confidence=0.75,
                                     capital_of=entry.label))
                continue
            # A place named after a state, not the state: "Burma Camp in Accra"; "Port Sudan" (a capital so named
            # is known by name)
            named_after = _PLACE_NAMED_AFTER_A_STATE.match(text, end) if entry.type is EntityType.STATE else None
            place = (start, named_after.end()) if named_after is not None else (start - 5, end) \
                if entry.type is EntityType.STATE and text.endswith("Port ", 0, start) else None
            if place is not None:
                found.append(Mention(*place, text[place[0]:place[1]], text[place[0]:place[1]], EntityType.PLACE, None,
                                     "place", confidence=0.75))
                continue
            confidence = 0.95 if kind == "gazetteer" else 0.8
            if len(hits) > 1 or surface in context_forms:
                reading = disambiguate(name, hits, _sentence_around(text, start, end), self.gazetteer, document=text)
                if reading.entry is None:
                    continue  # the context points to something the gazetteer lacks (Georgia, the US state)
                entry = reading.entry
                confidence = min(reading.confidence, confidence)
            if " and " in name and self._names_two_states(text, start, name, entry):
                continue  # the shorter names matched on their own stand
            found.append(Mention(start, end, name, entry.label, entry.type, entry.qid, kind,
                                 part_of=entry.part_of, confidence=confidence, subregion=entry.subregion,
                                 de_facto=entry.de_facto))
        return self._with_led_bodies_organs(text, found) if "-led " in text else found

    def _with_led_bodies_organs(self, text: str, found: list[Mention]) -> list[Mention]:
        """``found`` and the organs of a body named with its leader between ("the Parliamentary Assembly of the
        Russia-led Collective Security Treaty Organization"), by the name the gazetteer has for that organ."""
        for mention in list(found):
            organ = _ORGAN_OF_LED.search(text, max(0, mention.start - 80), mention.start) \
                if mention.type in (EntityType.ALLIANCE, EntityType.ORGANIZATION) else None
            # ("observer status in the parliamentary assembly of the Russian-led CSTO": the words that name it)
            words = organ.group("organ").split() if organ else []
            named = next(((len(" ".join(words[-size:])), entries[0]) for size in range(len(words), 0, -1)
                          if (entries := self._lookup(f"{' '.join(words[-size:])} of the {mention.text}"))), None)
            if named is not None:
                length, entry = named
                start = organ.end("organ") - length
                found.append(Mention(start, mention.end, text[start:mention.end], entry.label, entry.type,
                                     entry.qid, "gazetteer", part_of=entry.part_of, confidence=0.9))
        return found

    def _names_two_states(self, text: str, start: int, name: str, entry: GazetteerEntry) -> bool:
        """Whether ``name``, the name of one state joined from two ("Serbia and Montenegro", the state union
        of 1992-2006), names the two states of today as news names them ("Serbia and Montenegro signed ..."):
        only "the former ..." or "the State Union of ..." is the historical state."""
        first, _, second = name.partition(" and ")
        parts = [next((e for e in self._lookup(part) if e.type is EntityType.STATE), None) for part in (first, second)]
        if any(part is None or part.qid == entry.qid for part in parts) or parts[0].qid == parts[1].qid:
            return False
        return not _NAMES_FORMER_UNION.search(text, max(0, start - 25), start)

    def _groupings(self, text: str) -> dict[str, str]:
        """Names the text gives groupings of states ("the seven-nation BIMSTEC", "the 47-nation Combined
        Maritime Forces"), which the gazetteer lacks, and their acronyms, each with the grouping's name: they
        are organisations wherever the text names them ("a JEF exercise" is no exercise named JEF)."""
        if "-nation " not in text and "-member " not in text and "-country " not in text and "), a" not in text:
            return {}
        names: dict[str, str] = {}
        for match in _GROUPING.finditer(text):
            # (a sentence's "The" is no word of the name)
            name = _LED_BY_WORD.sub("", match.group("name") or match.group("named") or match.group("defined"))
            name = name.removeprefix("The ")
            group = next(g for g in ("name", "named", "defined") if match.group(g))
            if text.endswith(("'s ", "’s "), 0, match.start(group)):
                continue  # "the AU's Peace and Security Council (PSC), the 15-member body": a body of another's
            if " and " in name and any(self._lookup(part) for part in name.split(" and ")):
                continue  # "Burkina Faso and Niger, a two-nation core", "the 27-nation EU and Ukraine": two names
            if not self._lookup(name):
                names[name] = name
                acronym = match.group("acronym") or match.group("defined_acronym")
                if acronym:
                    names[acronym] = name
        return names

    def _pattern_mentions(self, text: str, known: list[Mention], about_exercises: bool = False, *,
                          article: str | None = None, at: int = 0) -> list[Mention]:
        """The mentions the name patterns find in ``text``, a paragraph of ``article`` that begins ``at`` in it."""
        out: list[Mention] = []
        gazetteer_spans = [(m.start, m.end, m) for m in known]
        groupings = {m.text for m in known if m.kind == "grouping"}

        def inner(start: int, end: int) -> tuple[Mention, ...]:
            return tuple(m for a, b, m in gazetteer_spans if start <= a and b <= end)

        lowered = text.lower()
        # The cue words of the line (case-sensitive), found once for the Words tests below.
        line_words = found(text)
        titled = _has_title_word(text)
        person_patterns = ([(self._person_titled, True), (self._person_apposition, True)] if titled else []) + \
            ([(self._person_speaking, False)] if line_words & _SPEECH_VERB_KEYS.mask or " is a" in text
             or titled and _OFFICE_TAKEN_KEYS.any_in(lowered) else [])
        apposed: set[int] = set()  # where a name's apposition gave its position
        for listed in _OFFICES_OF_LISTED_STATES.finditer(text) if "s of " in text else ():
            out.extend(self._holders_of_listed_offices(listed))
        for listed in _HOLDERS_THEN_OFFICES_OF_LISTED_STATES.finditer(text) if "s of " in text else ():
            out.extend(self._holders_before_listed_offices(listed))
        for pattern, has_title in person_patterns:
            for match in _matches_past_rejects(pattern, text, self._looks_like_non_person):
                if pattern is self._person_apposition:
                    following = _NAME_SET_OFF_AFTER.match(text, match.end())
                    name_at = match.start("name")
                    if following is not None and not self._lookup(following.group(1)) and (
                            _TITLE_THEN_COMMA_BEFORE.search(text, max(0, name_at - 80), name_at)
                            or _TITLE_RIGHT_BEFORE.search(text, max(0, name_at - 60), name_at)):
                        # "attended by the Head of MONUSCO, X, the Governor of South Kivu, Y, and ...": in a list
                        # of titles each set off before its name, the title before the next name is that one's (not
                        # "..., Solomon Islands,": a place; nor "A, the Defence Minister, B, the Foreign Minister":
                        # names first); so too after one titled right before the name ("observed by CSTO Secretary
                        # General X, the Minister of Defence of Tajikistan, Colonel General Y, and ...")
                        continue
                    apposed.add(match.end("name"))
                group = _name_group(match)
                name = _strip_possessive(match.group(group))
                start = match.start(group)
                inner_honorific = _INNER_HONORIFIC.search(name) if " Shri " in name or " Smt" in name else None
                if inner_honorific is not None and len(name[inner_honorific.end():].split()) >= 2:
                    # "Raksha Mantri Shri Rajnath Singh": the name after the honorific, the title before it
                    name, start = name[inner_honorific.end():], start + inner_honorific.end()
                honorific = _HONORIFIC_OPENING.match(name) if len(name.split()) > 2 else None
                if honorific:  # "Dr Hamisi Mwakyusa": the name without its honorific, and with the word it kept out
                    name, start = name[honorific.end():], start + honorific.end()
                    more = _NEXT_NAME_WORD.match(text, start + len(name))
                    name += more.group(0) if more else ""
                malay = _MALAY_TITLED_NAME.match(text, start) if name.startswith(("Tan ", "Tun ", "Dat", "Toh ",
                                                                                   "Puan ")) else None
                if malay is not None:  # "General Tan Sri Dato' Seri Ahmad bin Ismail": the name after its titles
                    name, start = malay.group("name"), malay.start("name")
                if not has_title and group == "name" and \
                        _PORTFOLIO_OPENS_BEFORE.search(text, max(0, start - 40), start):
                    continue  # "Minister of Justice Luis Vega said": the portfolio's word is no name's (see titled)
                position = nationality = None
                offices: tuple[str, ...] = ()
                titled_before = _TITLE_SET_OFF_BEFORE.search(text, max(0, start - 120), start) \
                    if group == "set_off" else None
                if titled_before is not None:
                    # "The AU's Commissioner for Peace and Security, Smail Chergui, told": the office set off before
                    position, nationality = self._position(titled_before)
                office_of_body = _OFFICE_OF_BODY_BEFORE.search(text, max(0, start - 100), start) \
                    if not has_title and group == "name" else None
                if office_of_body is not None:  # "Chief of the CSTO Joint Staff Andrei Serdyukov said"
                    position = office_of_body.group("office")
                if has_title:
                    position, nationality = self._position(match)
                    local = _LOCAL_BODY_BEFORE_TITLE.search(text, max(0, match.start("title") - 50),
                                                            match.start("title")) \
                        if position in _LOCAL_OFFICES else None
                    if local is not None:  # "Nye County Commissioner X": the county's office, not any commissioner's
                        position = f"{local.group(1)} {position}"
                    town = _TOWN_BEFORE_LOCAL_OFFICE.search(text, max(0, match.start("title") - 40),
                                                            match.start("title")) \
                        if position in _LOCAL_OFFICES_IN_LOWER_CASE else None
                    if town is not None and (town.group("city_of")
                                             or town.group("town").split()[0] not in _NO_TOWN_WORDS):
                        # "said Arica mayor X": the mayor of Arica; "City of Rockingham councillor Y"
                        position = f"{position} of {'the ' if town.group('city_of') else ''}{town.group('town')}"
                    before_rank = _office_before_rank(text, match.start("title"), match.group("title"))
                    office = before_rank[0] if before_rank else None
                    paired = _PAIRED_OFFICE_BEFORE.search(text, max(0, before_rank[1] - 60), before_rank[1]) \
                        if before_rank else None
                    first_office = None
                    if paired is not None:  # "Lao Deputy Prime Minister and Defense Minister Gen. X": both offices
                        first_office, of_state = self._office_of_state(paired.group("office"))  # of the state
                        if of_state is not None and _GOVERNMENT.match(office):
                            office = f"{office} of {after_of(of_state)}"
                        nationality = nationality or of_state
                    elif office:  # "Vietnamese Defense Minister General X": the office of a state, and its holder's
                        office, of_state = self._office_of_state(office)
                        nationality = nationality or of_state
                    set_off = _STATES_OFFICE_SET_OFF.search(text, max(0, match.start() - 100), match.start()) \
                        if not office and _RANK.search(match.group("title")) else None
                    owner = self._lookup(set_off.group("owner"))[:1] if set_off and (
                        set_off.group("possessive") or text.startswith((",", ".", ";"), start + len(name))
                        and not _NON_STATE_GROUP.search(set_off.group("office"))) else []
                    if owner and owner[0].type is EntityType.STATE:
                        # "Norway's Chief of Defence, General X, told": the office set off before the rank, the state's
                        office = set_off.group("office") if not set_off.group("lowered") else \
                            " ".join(word if word in ("of", "the") else word.capitalize()
                                     for word in set_off.group("office").split())
                        office = f"{office} of {after_of(owner[0].label)}"
                        if set_off.group("office2"):
                            first_office = office
                            office = f"{set_off.group('office2')} of {after_of(owner[0].label)}"
                        if not set_off.group("possessive"):  # (an adjective names the holder's state too)
                            nationality = nationality or owner[0].label
                    elif not office and _RANK.search(match.group("title")):
                        # "the spokesman of the Egyptian Armed Forces, Colonel X, said", "NATO's Supreme Allied
                        # Commander Europe, US General X": an office set off before the rank, the body's
                        office = self._office_set_off(text, match.start(),
                                                      closed=text.startswith((",", ".", ";", ")"),
                                                                             start + len(name)))
                    offices = (office,) if office and office != position else ()
                    offices = (first_office, *offices) if first_office else offices
                    lowered_word = (position or "").partition(" ")
                    if offices and lowered_word[2] and lowered_word[0].islower() and \
                            offices[0].endswith(f" {lowered_word[0]}"):
                        position = lowered_word[2]  # "Indian Navy chief Admiral X": the office, and the rank
                    office, rank = _split_rank(position or "")
                    if rank:  # "Minister of Defense Colonel General X": the office and the rank
                        position, offices = office, (rank, *offices)
                    second = self._position(_Retitled(match, match.group("title2"),
                                                      match.groupdict().get("of2")))[0] \
                        if match.groupdict().get("title2") else None
                    offices = (*offices, second) if second and second != position else offices
                    works_at = _WORKPLACE_AFTER_NAME.match(text, start + len(name)) \
                        if position and _WORKER_TITLE.search(position) and group == "name" else None
                    if works_at:  # "defence analyst X of the Eastern Europe Studies Centre said"
                        position = f"{position} {works_at.group('where')}"
                    of_state = _OF_A_STATE_AFTER_NAME.match(text, start + len(name)) \
                        if position and nationality is None and group == "name" and _GOVERNMENT.match(position) \
                        and " of " not in position else None
                    hits = self._lookup(of_state.group("state")) if of_state else []
                    if of_state and of_state.group("and_more") and not hits:  # ("X of Chile and Peru's Y")
                        hits = self._lookup(of_state.group("state")[:-len(of_state.group("and_more"))])
                    chaired = _MEETING_BEFORE_TITLE.search(text, max(0, match.start("title") - 14),
                                                           match.start("title")) if hits else None
                    if chaired is not None and hits[0].type is EntityType.STATE:
                        # "Conference President X of Argentina": the meeting's chair, from that state
                        position, nationality = f"{chaired.group(1)} {position}", hits[0].label
                    elif hits and hits[0].type is EntityType.STATE and hits[0].match is not MatchKind.CAPITAL:
                        # "Defence Minister X of Chile and ...": the office of the state after the name
                        position, nationality = f"{position} of {after_of(hits[0].label)}", hits[0].label
                    described = _DEMONYM_NOUN_BEFORE.search(text, max(0, match.start() - 40), match.start()) \
                        if nationality is None and text.endswith(", ", 0, match.start()) else None
                    adjective = self._lookup(described.group("adjective")) if described else []
                    if adjective and adjective[0].type is EntityType.STATE and adjective[0].match is MatchKind.DEMONYM:
                        nationality = adjective[0].label  # "A Turkish officer, Captain X, said": the holder's
                became = WHO_BECAME_AFTER.match(text, match.end()) if pattern is self._person_apposition else None
                if became is not None:  # "X, the Chilean diplomat who became chairperson of Y in May,": that post
                    position = office_became(became)
                out.append(Mention(start, start + len(name), name, name, EntityType.PERSON, kind="person",
                                   position=position, nationality=nationality, other_positions=offices,
                                   confidence=0.85 if has_title else 0.7,
                                   inner=inner(match.start(), match.end())))
        for match in COUNTERPARTS_NAMED.finditer(text) if "counterparts" in text else ():
            # "his German and Polish counterparts, A and B": each the holder of the office for the state in its place
            # (the office is read off the one they are counterparts of, see kg.extract._counterparts)
            adjectives = _NAMES_LISTED.findall(match.group("adjectives"))
            names = list(re.finditer(_NAME, match.group("names")))
            if len(adjectives) != len(names):
                continue
            for adjective, name in zip(adjectives, names):
                hits = self._lookup(adjective)[:1]
                start = match.start("names") + name.start()
                out.append(Mention(start, start + len(name.group(0)), name.group(0), name.group(0),
                                   EntityType.PERSON, kind="person", confidence=0.7,
                                   nationality=hits[0].label if hits and hits[0].type is EntityType.STATE else None))
        for opener in _OFFICE_THEN_NAMES_OF_STATES.finditer(text) if "inisters" in text or "residents" in text else ():
            # "The foreign ministers – Penny Wong of Australia, Takeshi Iwaya of Japan and S. Jaishankar of India –
            # met": each the office's holder for the state named after the name
            office = " ".join(word.capitalize() for word in (opener.group("office") or opener.group("titled"))
                              .split())[:-1]
            position = opener.end()
            while (named := _NAME_OF_A_STATE.match(text, position) or _STATES_NAME.match(text, position)) is not None:
                hits = self._lookup(named.group("state"))[:1]
                if not hits or hits[0].type is not EntityType.STATE or hits[0].match is MatchKind.DEMONYM:
                    break
                name, start = named.group("name"), named.start("name")
                # (a state's possessive gives no nationality: "Poland's X" may hold a post of Poland's as a foreigner)
                out.append(Mention(start, start + len(name), name, name, EntityType.PERSON, kind="person",
                                   position=f"{office} of {after_of(hits[0].label)}",
                                   nationality=None if named.re is _STATES_NAME else hits[0].label, confidence=0.7))
                position = named.end()
        for listed in _OFFICE_OF_STATES_RESPECTIVELY.finditer(text) if "respectively" in text else ():
            # "the defence ministers of A, B and C – X, Y and Z respectively –": each the office's holder for the
            # state in the same place of the list
            states = [self._lookup(name)[:1] for name in _LIST_SEPARATOR.split(listed.group("states"))]
            names = list(_PERSON_NAME.finditer(text, listed.start("names"), listed.end("names")))
            if len(names) != len(states) or not all(hits and hits[0].type is EntityType.STATE and
                                                    hits[0].match is not MatchKind.DEMONYM for hits in states) or \
                    any(self._lookup(name.group()) for name in names):
                continue  # (names of people: not "New Delhi and Abu Dhabi respectively")
            office = _singular_office(listed.group("office"))
            for name, hits in zip(names, states, strict=True):
                out.append(Mention(name.start(), name.end(), name.group(), name.group(), EntityType.PERSON,
                                   kind="person", position=f"{office} of {after_of(hits[0].label)}",
                                   nationality=hits[0].label, confidence=0.7))
        # A release's quotation signed on the line below it: "X, High Representative of the Union for ..."; or an
        # analysis's author signing off, wherever: "Jane Doe, Senior Fellow, Maritime Security Programme"
        signature = _SIGNATURE_LINE.fullmatch(text.rstrip()) if article is not None and \
            article.endswith(('"\n', "”\n"), 0, at) else None
        signature = signature or (_SIGN_OFF_LINE.fullmatch(text) if ", " in text and len(text) <= 160 else None)
        start, end = signature.span("name") if signature is not None else (0, 0)
        if signature is not None and not self._lookup(signature.group("name")) and (
                signature.re is _SIGNATURE_LINE or not self._looks_like_non_person(signature.group("name"))) and \
                not any(m.start < end and start < m.end for m in out):
            out.append(Mention(start, end, signature.group("name"), signature.group("name"), EntityType.PERSON,
                               kind="person", position=signature.group("title").strip(), confidence=0.7))
        byline = _BYLINE_WITH_ROLE.match(text) if text[:3] == "By " else None
        if byline is not None and not self._looks_like_non_person(byline.group("name")):
            # "By Jane Doe, security correspondent": the author and the beat (not the outlet before it: "Ledger
            # staff writer" is a staff writer)
            start, end = byline.span("name")
            out.append(Mention(start, end, byline.group("name"), byline.group("name"), EntityType.PERSON,
                               kind="person", position=byline.group("title"), confidence=0.7))
        for royal in _ROYAL_NAME.finditer(text) if _ROYAL_TITLE_KEYS.any_in(text) else ():
            # "Jordan's King Abdullah II said", "Emir Tamim met": a monarch named by one name (and a numeral)
            start, end = royal.span("name")
            if any(a < end and start < b for a, b, _ in gazetteer_spans) or any(
                    m.start < end and start < m.end for m in out):
                continue
            owner = royal.group("adjective") or royal.group("owner")
            hits = self._lookup(owner)[:1] if owner else []
            state = hits[0] if hits and hits[0].type is EntityType.STATE else None
            title = " ".join(royal.group("title").split())
            out.append(Mention(start, end, royal.group("name"), royal.group("name"), EntityType.PERSON, kind="person",
                               position=f"{title} of {after_of(state.label)}" if state else title,
                               nationality=state.label if state and hits[0].match is MatchKind.DEMONYM else None,
                               confidence=0.7))
        for aged in _AGED_NAME.finditer(text) if "year-old" in text or _AGE_SET_OFF.search(text) else ():
            # "Juan Soto, 81, of Arica, ...", "78-year-old Ana Ruiz": only a person's name has an age
            group = "name" if aged.group("name") else "name2"
            start, end = aged.span(group)
            name = aged.group(group)
            if not self._looks_like_non_person(name) and not any(a < end and start < b for a, b, _ in gazetteer_spans) \
                    and not any(m.start < end and start < m.end for m in out):
                out.append(Mention(start, end, name, name, EntityType.PERSON, kind="person", confidence=0.7))
        if line_words & _SPEECH_VERB_KEYS.mask:
            out.extend(self._roles_set_off(text, [m for m in out if m.end not in apposed]))
        exercise_context = _speaks_of_exercises(text, lowered)
        for match in (self._exercise_year.finditer(text) if _YEAR_AFTER_GAP.search(text) else ()):
            name = _exercise_year_name(_clean_name(_POSSESSIVE.split(match.group("name"))[-1]).strip(" -"),
                                       hyphenated=text[match.start("year") - 1] == "-",  # "CSTO's X-2022"
                                       after_article=text.endswith(("the ", "The "), 0, match.start("name")))
            words = name.split()
            while len(words) > 1 and any(e.type in (EntityType.ALLIANCE, EntityType.ORGANIZATION)
                                         for e in self._lookup(words[0])[:1]):
                words.pop(0)  # "CSTO Rubezh-2025 drills": the body that holds them, then the name
            name = " ".join(words)
            if (not name or self._lookup(name) or _MONTHS_ONLY.fullmatch(name)  # "in April-May 2023": a span
                    # "Mirage 2000 fighters": a model's number, long before any edition news writes of
                    or int(match.group("year")) < 2010 and _GEAR_AFTER.match(text, match.end())
                    # "Emirati Mirage 2000s and F-16s": a model's number in the plural, no year
                    or _PLURAL_NUMBER.match(text, match.end())
                    or not (name.casefold() in self._series_names and not _OTHER_EVENT_AFTER.match(text, match.end())
                            or self._is_exercise_context(text, match.start(), match.end(), exercise_context,
                                                         about_exercises))):
                continue
            start = match.start("name") + match.group("name").rindex(name)
            end = match.end()
            out.append(Mention(start, end, text[start:end], text[start:end], EntityType.EXERCISE, kind="exercise",
                               year=int(match.group("year")), confidence=0.85))
        for match in (_EXERCISE_ACRONYM_YEAR.finditer(text) if exercise_context and " (" in text else ()):
            # "International Maritime Exercise (IMX) 2022": a name, its acronym, then the edition's year
            name, acronym = match.group("name"), match.group("acronym")
            if name.endswith(" Exercise") or _abbreviates(acronym, tuple(name.split())):
                out.append(Mention(match.start(), match.end(), match.group(), f"{name} {match.group('year')}",
                                   EntityType.EXERCISE, kind="exercise", year=int(match.group("year")),
                                   acronym=acronym, confidence=0.85))
        series_named = list(self._series_automaton.iter(text)) if self._series_automaton is not None else []
        for match in (_SHORT_YEAR_NAME.finditer(text) if (exercise_context or series_named)
                      and _SHORT_YEAR_GATE.search(text) else ()):
            name = _exercise_year_name(match.group("name"), hyphenated=text[match.start("year") - 1] == "-")
            of_a_series = name.casefold() in self._series_names  # ("Saber Strike 24": an edition wherever named)
            if not (of_a_series or exercise_context):
                continue
            if (name != match.group("name") or _NOT_SHORT_YEAR_NAME.search(name) or _GEAR_AFTER.match(text, match.end())
                    or f"({match.group()})" in (article or text)  # "Andean Challenge 2025 (ACE 25)": see _add_acronyms
                    or self._lookup(name) or self._lookup(name.split()[0])
                    or not (of_a_series or self._is_exercise_context(text, match.start(), match.end(),
                                                                     exercise_context, about_exercises))):
                continue
            # (no year: the number may be an edition's, "Han Kuang 39"; see _with_full_years)
            out.append(Mention(match.start(), match.end(), match.group(), match.group(), EntityType.EXERCISE,
                               kind="exercise", confidence=0.75))
        for last, (length, bare) in series_named:
            # the bare name of a series: "Ukraine has hosted Sea Breeze since 1997"; not before an edition's number,
            # which the patterns of names with a year read, nor inside a longer name ("Arctic Challenge Exercise")
            start, end = last + 1 - length, last + 1
            numeral = _ROMAN_EDITION.match(text, end) if not _WORD_GOES_ON_BEFORE.search(
                text, max(0, start - 1), start) else None
            if numeral is not None and numeral.group(0).strip() == "I" and not _PAUSE_AFTER.match(text, numeral.end()):
                numeral = None  # (not "In Malabar I think ...": the pronoun)
            if numeral is not None:  # "UNITAS LXV": a series' edition by its Roman number
                out.append(Mention(start, numeral.end(), text[start:numeral.end()], text[start:numeral.end()],
                                   EntityType.EXERCISE, kind="exercise", confidence=0.8))
                continue
            year = _YEAR_AFTER_GAP.match(text, end) if any(word.islower() for word in text[start:end].split()) \
                else None
            if year is not None:  # "Rim of the Pacific 2024": a series whose name has lower-case words, and a year
                series_label = self._series_labels.get(text[start:end].casefold(), text[start:end])
                out.append(Mention(start, year.end(), text[start:year.end()], series_label + text[end:year.end()],
                                   EntityType.EXERCISE, kind="exercise", year=int(year.group(0)[1:]),
                                   confidence=0.85))
                continue
            if bare and not _WORD_GOES_ON_BEFORE.search(text, max(0, start - 1), start) \
                    and not _SERIES_NAME_GOES_ON.match(text, end):
                out.append(Mention(start, end, text[start:end], text[start:end], EntityType.EXERCISE,
                                   kind="exercise", confidence=0.8))
        quoted = '"' in text or "“" in text or "‘" in text or "'" in text
        for pattern in ((self._exercise_quoted, self._quoted_name, self._exercise_quoted_apposed) if quoted else ()):
            for match in pattern.finditer(text):
                if not exercise_context:
                    continue
                group = "single" if match.groupdict().get("single") else "name"
                name = match.group(group).strip(" ,.")
                start = match.start(group)
                out.append(Mention(start, start + len(name), name, name, EntityType.EXERCISE, kind="exercise",
                                   year=_trailing_year(name), confidence=0.85))
        for pattern in ((self._exercise_named, self._exercise_titled, self._exercise_apposed,
                         self._exercise_apposed_then_where, self._exercise_described_after,
                         self._exercise_dubbed_opening) if exercise_context
                        else ()):
            for match in pattern.finditer(text):
                if pattern is self._exercise_titled and text.startswith("Exercise", match.start()) and \
                        not text.startswith("known", match.start() + 10) and \
                        _CAPITALISED_WORD_BEFORE.search(text, max(0, match.start() - 30), match.start()) and \
                        not _PREPOSITION_BEFORE.search(text, max(0, match.start() - 12), match.start()) and \
                        not _NAME_IN_CAPITALS.match(match.group("name")):
                    # "Solidarity Exercise Sails Into ...": the head of a name (or a headline), no title; but
                    # "Unlike Exercise Mosi II, ..." opens a sentence with one, and "Joint Special Forces Exercise
                    # KHANJAR" gives its name in capitals, as Indian releases write them
                    continue
                if pattern is self._exercise_titled and text.startswith(_PLURAL_EXERCISE_NOUNS, match.start()) and \
                        _RUNNER_OF_THE_EXERCISES.match(text, match.end("name")) and \
                        not _NAMING_VERB_BEFORE.search(text, match.start(), match.start("name")):
                    continue  # "one of several exercises AFRICOM runs": who runs them, in a relative clause
                if pattern is self._exercise_named and _NAME_AND_YEAR_BEFORE.search(
                        text, max(0, match.start("name") - 40), match.start("name")):
                    continue  # "the Dynamic Manta 2025 ASW exercise": what kind of exercise the named one is
                name = _clean_name(_POSSESSIVE.split(match.group("name"))[-1])  # "NATO's Steadfast Deterrence"
                words = name.split()
                while len(words) > 1 and _LED_WORD.match(words[0]):
                    words.pop(0)  # "the US-led Baltops 23 exercise": its leader, then its name
                if words and (_LED_WORD.match(words[0]) or _LED_WORD.match(words[-1])):
                    continue  # "at European-led drills", "a Southern Command-sponsored exercise": who leads them
                while len(words) > 1 and (_HEADLINE_ONLY_VERB.fullmatch(words[0])
                                          or _HEADLINE_VERB_WORD.fullmatch(words[0])):
                    words.pop(0)  # "US Postpones Noble Partner Exercise with Georgia": the headline's verb
                # ("the Umka-2021 Arctic exercise": the name ends with its year, words after it describe it)
                words = next((words[:index + 1] for index, word in enumerate(words[:-1])
                              if HYPHENATED_YEAR_END.search(word)), words)
                name = " ".join(words)
                # A name set off after a described exercise noun is one, whatever its words ("Sea of Friendship"),
                # and so is one the text gives ("the drills, designated Sea Guardian-3")
                if pattern is self._exercise_described_after and (_FRONTED_PLACE_PHRASE.search(
                        text, max(0, match.start("name") - 60), match.start("name"))
                        or _NAME_THEN_PLACE_PREPOSITION.search(text, max(0, match.start("name") - 40),
                                                               match.start("name"))):
                    # "For fishers in Balabac, the drills meant ...": a place a fronted phrase names; "hosted Condor
                    # Shield in Atacama, an exercise it co-organises": where the exercise named before was held
                    continue
                given = pattern in (self._exercise_apposed, self._exercise_apposed_then_where,
                                    self._exercise_described_after, self._exercise_dubbed_opening) or \
                    _NAMING_VERB_BEFORE.search(text, match.start(), match.start("name")) is not None or \
                    text.startswith("Exercise ", match.start())
                # ... or one the text numbers elsewhere ("their Sea Guardian exercise" beside "Sea Guardian-3")
                given = given or len(words) > 1 and _numbered_elsewhere(name, article or text)
                # ... or a domain's name numbered as an edition ("the Sea Guardian-4 naval exercise")
                given = given or len(words) > 1 and _DOMAIN_NUMBERED.fullmatch(name) is not None
                given = given or len(words) > 1 and _MONTH_OPENING.fullmatch(words[0]) is not None and \
                    not _NOT_EXERCISE_WORDS.match(words[1]) and (
                        text.endswith("the ", 0, match.start("name")) or match.group("name").startswith("The "))
                if pattern is self._exercise_named and match.group(0).endswith("Exercise") and (
                        text.endswith(("a ", "an ", "A ", "An "), 0, match.start("name"))
                        or all(_GENERIC_EXERCISE_WORD.fullmatch(word) for word in words)
                        or name.casefold() not in self._series_names and any(
                            _NOT_EXERCISE_WORDS.match(word) for word in words)):
                    # "the International Maritime Exercise": a name whole, no "Maritime" within it; "a Passage
                    # Exercise", "the Mass Casualty Exercise": a kind of drill (but "the Sea Breeze Exercise")
                    continue
                given = given or pattern is self._exercise_named and match.group(0).endswith("Exercise")  # (whole)
                # ("the Sea Shield exercise", "the Air Defender exercise": a domain's word that opens a name of two)
                given = given or len(words) == 2 and words[0] in _DOMAIN_OPENERS and not _NOT_EXERCISE_WORDS.match(
                    words[1]) and not _GENERIC_DOMAIN_NOUN.fullmatch(words[1])
                domain = bool(words) and words[0] in _DOMAIN_OPENERS and not given
                while words and _NOT_EXERCISE_WORDS.match(words[0]) and not _names_a_season(words) and not given:
                    words.pop(0)
                if domain and len(words) == 1 and _GENERIC_DOMAIN_NOUN.fullmatch(words[0]):
                    continue  # "the Air Defence exercise": a kind of drill, not one named "Defence"
                if not words or words[0][:1].isdigit() or _TITLE_WORD.fullmatch(words[0]) or _RANK.match(name) or \
                        _DETERMINER_WORD.fullmatch(words[0]) or (
                        any(_NOT_EXERCISE_WORDS.match(w) for w in words[_names_a_season(words):])
                        if not given else all(_NOT_EXERCISE_WORDS.match(w) for w in words)):
                    # "a live-fire exercise May 19": a date; "Director of the Exercise Brigadier General X": a rank
                    continue
                while len(words) > 1 and self._demonyms_only(words[0]):
                    words.pop(0)  # "the Chilean Condor Shield drills", "the U.S.-South Korean X drills": whose
                name = " ".join(words)
                start = match.start("name") + match.group("name").rindex(name)
                if _PLACE_OF.match(name) or _REGION_ADJECTIVE.fullmatch(name):
                    continue  # "the Bay of Bengal exercise", "Arctic naval drills": where it is held
                if name.isupper() and len(words) == 1 and f"({name})" in (article or text) and re.search(
                        rf"[a-z,]\s+\({re.escape(name)}\)", article or text):
                    continue  # "VBSS drills" after "visit, board, search and seizure (VBSS)": a kind of drill
                if self._lookup(name) or name in groupings or not (given and len(words) >= 3) and any(
                        self._lookup(part) for w in words for part in re.split(r"[-–]", w)):
                    # "CSTO drills", "NATO-led drills", "Russian exercises": not a name (but a name of three
                    # words or more set off, "the Africa India Key Maritime Engagement, a ... exercise", is one)
                    continue
                if len(words) == 1 and not given and not any(c.isdigit() for c in name) and \
                        name.casefold() not in self._series_names and (re.search(
                            rf"{_WHERE_A_PLACE_IS_NAMED}\s+{re.escape(name)}\b(?![\w-])", article or text)
                            or re.search(rf"(?<![\w-]){re.escape(name)},\s+{_A_PLACE_DESCRIBED}", article or text)):
                    # "the Bizerte drill" after "a drill is planned at Bizerte": where it is held (not "in" or
                    # "off": one takes part in BALTOPS, and the Philippines kicks off Balikatan); "the Balabac
                    # drill" after "Balabac, the southernmost municipality of Palawan": the place it is held in
                    continue
                out.append(Mention(start, start + len(name), name, name, EntityType.EXERCISE, kind="exercise",
                                   year=_trailing_year(name), confidence=0.75))
        # (a paragraph that only says "Training will take place in X" of an article about an exercise: its venue)
        venue_context = exercise_context or about_exercises
        for match in (_BARE_PLACE.finditer(text) if venue_context or " in " in text else ()):
            # "got under way in Visakhapatnam", "off Guam", "in Jaji": a town the gazetteer lacks, where an
            # exercise sentence puts something; "at Adazi in Latvia", "based at Amari in Estonia": in a state
            name = match.group("name")
            start = match.start("name")
            owner = match.group("owner")
            if owner and (not any(e.type is EntityType.STATE for e in self._lookup(owner)[:1])
                          or _NO_TOWN_AFTER_OWNER.search(name) or _TITLE_WORD.match(name)):
                continue  # "at NATO's Brunssum", "at Ghana's Independence Day" (but "off Ghana's Takoradi")
            in_a_state = self._state_named(_IN_A_NAME.match(text, match.end("name")) or
                                           _COMMA_A_NAME.match(text, match.end("name")) or
                                           _NAME_IN_PARENTHESES.match(text, match.end("name")))
            if not in_a_state and (pair := _AND_A_TOWN.match(text, match.end("name"))) is not None:
                # "training sites in Tamale and Damongo in Ghana": both of the state named after the pair (by its
                # name: not "X in Niamey and Y in Abuja", two people and their capitals)
                state = _IN_A_NAME.match(text, pair.end()) or _BOTH_IN_A_NAME.match(text, pair.end())
                in_a_state = state is not None and any(e.type is EntityType.STATE and e.match is not MatchKind.CAPITAL
                                                       for e in self._lookup(state.group("name")))
            if not (venue_context or in_a_state) or match.group(0).startswith("to") and (
                    not in_a_state or _POSSESSIVE_AFTER_STATE.match(text, match.end("name"))):
                continue  # (not "deployed to Rafah in Israel's offensive": whose act, not where)
            # (its sentence, roughly: "until Sept. 20 off X" goes on past the abbreviation)
            stop = _rough_sentence_start(text, start)
            next_break = _ROUGH_SENTENCE_BREAK.search(text, start)
            sentence = text[stop:next_break.start() if next_break else len(text)]
            entries = self._lookup(name)
            named_place = any(e.type is EntityType.PLACE or e.match is MatchKind.CAPITAL for e in entries)
            if (_NOT_A_PLACE_WORD.match(name) or entries and not named_place
                    or _ADJECTIVE_BEFORE_A_NOUN.fullmatch(name) and _NOUN_AFTER.match(text, match.end("name"))
                    or _NOT_WHERE_IT_HAPPENS.search(text, max(0, match.start() - 40), match.start() + 1) and not (
                        # "their summit in Arusha, Tanzania": a town of a state all the same (no venue, see relations)
                        in_a_state and _MET_THERE.search(text, max(0, match.start() - 40), match.start() + 1))
                    # (an exercise the sentence names makes it one on an exercise: "began Shakti 2024 in Umroi")
                    or not (in_a_state or _EXERCISE_SENTENCE.search(sentence, folded(sentence)) or any(
                        m.type is EntityType.EXERCISE and stop <= m.start < start for m in out))
                    or inner(start, start + len(name)) and not named_place):
                continue
            towns = [] if named_place else [Mention(start, start + len(name), name, name, EntityType.PLACE,
                                                    kind="place", confidence=0.6)]
            # "in Luzon and Palawan, including Batanes, Cagayan and the Kalayaan Island Group": the list it opens
            following = _PLACE_LIST_NEXT.match(text, start + len(name))
            listed = False
            while following is not None:
                name, start = following.group("name"), following.start("name")
                if _NOT_A_PLACE_WORD.match(name) or self._lookup(name) or inner(start, start + len(name)) or \
                        following.group("owner") and (" and" not in following.group(0) or not any(
                            e.type is EntityType.STATE for e in self._lookup(following.group("owner"))[:1])
                            or _NO_TOWN_AFTER_OWNER.search(name) or _TITLE_WORD.match(name)
                            or _VERB_AFTER_TOWN.match(text, following.end("name"))):
                    # ("in Isiolo, Kenya's Defence Cabinet Secretary X said": after a bare comma, a new clause;
                    # "off Takoradi and Nigeria's President Tinubu will attend": a person, in a clause of its own)
                    break
                towns.append(Mention(start, start + len(name), name, name, EntityType.PLACE, kind="place",
                                     confidence=0.6))
                listed = "and" in following.group(0)
                following = _PLACE_LIST_NEXT.match(text, following.end("name"))
            # After a place the gazetteer knows ("in Taipei, Taichung and Kaohsiung"), only a list that ends as
            # one ("and ...") goes on: "in Moscow, Putin said" names no town
            out += towns if not named_place or listed else []
        for match in (_EDITION_OF.finditer(text) if "edition of" in text else ()):
            name = match.group("name")  # "the 67th edition of UNITAS": the series an edition is of
            if not any(self._lookup(part) for part in re.split(r"[-–\s]", name)) and \
                    not _NOT_EXERCISE_WORDS.match(name.split()[0]):
                out.append(Mention(match.start("name"), match.end("name"), name, name, EntityType.EXERCISE,
                                   kind="exercise", confidence=0.7))
        for match in (_NAMED_EDITION.finditer(text) if exercise_context and "dition of" in text else ()):
            name = match.group("name")  # the apposition says what it is: "Sea" may open it ("Sea Breeze")
            if not self._lookup(name) and not all(_NOT_EXERCISE_WORDS.match(word) for word in name.split()):
                out.append(Mention(match.start("name"), match.end("name"), name, name, EntityType.EXERCISE,
                                   kind="exercise", year=_trailing_year(name), confidence=0.7))
        for match in (_NUMBERED_IN_APPOSITION.finditer(text) if exercise_context and _SHORT_NUMBER_COMMA.search(text)
                      else ()):
            # "began MILEX 25, the largest military exercise ...", "The second edition, ASEX 02, opened":
            # a name with a short number, set beside the exercise's noun
            name = match.group("name") or match.group("after")
            start = match.start("name") if match.group("name") else match.start("after")
            cleaned = _clean_name(name)  # "Designated UNITAS LXV, the exercise ...": the name after the participle
            start, name = start + name.rindex(cleaned) if cleaned else start, cleaned
            if name and not self._lookup(name) and not _NOT_EXERCISE_WORDS.match(name.split()[0]):
                out.append(Mention(start, start + len(name), name, name, EntityType.EXERCISE, kind="exercise",
                                   confidence=0.7))
        for match in itertools.chain(
                _NUMBERED_AFTER_VERB.finditer(text) if (exercise_context or about_exercises) else (),
                _NUMBERED_IN_BRACKETS.finditer(text) if "(" in text else ()) if _TWO_DIGITS.search(text) else ():
            name = match.group("name")
            if not self._lookup(name) and not _NOT_EXERCISE_WORDS.match(name.split()[0]):
                out.append(Mention(match.start("name"), match.end("name"), name, name, EntityType.EXERCISE,
                                   kind="exercise", confidence=0.7))
        for match in (self._place.finditer(text) if line_words & _PLACE_HEAD_KEYS.mask else ()):
            name = _clean_name(_POSSESSIVE.split(match.group("name"))[-1])
            # "Russian-controlled Crimean Peninsula": the control is a claim, not part of the name.
            # ("the Chinese-funded Ream Naval Base": who paid for it)
            name = re.sub(r"^(?:\S+-(?:controlled|held|occupied|annexed|backed|led|run|funded|built|financed|"
                          r"operated)\s+)+", "", name)
            head = _LOWER_HEAD_AT_END.search(name) if name else None
            if not name or not name[0].isupper() or self._lookup(name) or self._described(name) or \
                    _ONLY_A_PLACE_HEAD.fullmatch(name) or head and head.group(0).strip() in ("port", "city", "town") \
                    and _WATERS_AT_END.search(name, 0, head.start()):
                # (not "the FPDA's Headquarters": a head with no name of its own; nor "Romania's main Black Sea
                # port": a known place's kind of town, no name)
                continue
            start = match.end("name") - len(name)
            if re.match(rf"(?:{_UNIT_HEADS})\b", text[start:]) or (
                    (_ADJECTIVE_AND_NOUN.fullmatch(name) or _LOWER_HEAD_AT_END.search(name)
                     and text.endswith(("the ", "The ", "'s ", "’s "), 0, start)
                     and not self._of_a_state(text, match.end("name")))
                    and _OF_A_NAME.match(text, match.end("name"))):
                # "the central Anatolian province of Konya", "Saudi Arabia's Red Sea port of Jeddah": the name is
                # Konya's, Jeddah's ("Sattahip district" and "in Tarna district of Velmar region" name one)
                continue
            if name.endswith((" exclave", " enclave")) and " " not in name[:-8]:
                name = name[:-8]  # "whose Kaliningrad exclave borders Lithuania": Kaliningrad, an exclave
            out.append(Mention(start, start + len(name), name, name, EntityType.PLACE, kind="place", confidence=0.75,
                               inner=inner(start, start + len(name))))
        for match in (_KINDS_OF_PLACES.finditer(text) if "s of " in text else ()):
            # "the counties of Troms and Finnmark", "the provinces of Batanes and Palawan": each a place; "the US
            # states of Florida and Texas": each a place of the state named
            owner_name = match.group("owner") or match.group("adjective") or match.group("possessor")
            owner = self._lookup(owner_name) if owner_name else None
            part_of = owner[0].label if owner and owner[0].type is EntityType.STATE else None
            for name in _NAMES_LISTED.finditer(match.group("names")):
                start = match.start("names") + name.start()
                if not self._lookup(name.group(0)):
                    out.append(Mention(start, start + len(name.group(0)), name.group(0), name.group(0),
                                       EntityType.PLACE, kind="place", part_of=part_of, confidence=0.7))
        for match in (_OCEAN_NAMED_BARE.finditer(text) if "the Pacific" in text or "the Atlantic" in text else ()):
            # "conducted in the Pacific between A and B": the ocean, named without its head noun (not "the Pacific
            # Fleet", "the Atlantic Council", "the Pacific's island states")
            start, end = match.span()
            if not any(m.start < end and start < m.end for m in out):
                out.append(Mention(start, end, match.group(0), f"{match.group(0)} Ocean", EntityType.PLACE,
                                   kind="place", confidence=0.7))
        for match in (_SEA_NAMED_BARE.finditer(text) if "the " in text and _SEA_WORDS.search(text) else ()):
            # "held in the Eastern Mediterranean from 26 to 28 August", "patrols in the Baltic since 2023": a sea
            # (or part of it) named without its head noun, where no noun follows that the name qualifies ("the
            # Baltic states", "the Mediterranean coast")
            start, end = match.span("name")
            if not any(m.start < end and start < m.end for m in out):
                label = match.group("name") if match.group("part") else f"{match.group('name')} Sea"
                out.append(Mention(start, end, match.group("name"), label, EntityType.PLACE, kind="place",
                                   confidence=0.7))
        for match in (_SHARED_PLURAL_HEAD.finditer(text) if "Seas" in text or "Oceans" in text else ()):
            # "the Baltic and Caspian Seas", "the Pacific and Arctic Oceans": a sea or ocean of each name (not "the
            # Russian and Chinese ...": a name the gazetteer holds as a state's)
            head = match.group("head")[:-1]
            for group in ("first", "second"):
                if self._lookup(match.group(group)):
                    continue
                # (the second with the head, so that a list goes on past it: "... Oceans and the Baltic ...")
                start, end = match.start(group), match.end(group if group == "first" else "head")
                out.append(Mention(start, end, text[start:end], f"{match.group(group)} {head}", EntityType.PLACE,
                                   kind="place", confidence=0.7))
        for match in (_BODY_HEADQUARTERS.finditer(text) if "eadquarters" in text else ()):
            # "at NATO headquarters in Brussels": the body's seat, a place, as written with its capital
            out.append(Mention(match.start(), match.end(), match.group(0), f"{match.group('body')} Headquarters",
                               EntityType.PLACE, kind="place", confidence=0.7))
        for match in (_BASE_NAMED.finditer(text) if " Base " in text or " Station " in text or "Camp " in text
                      or "Fort " in text else ()):
            # "RAAF Base Tindal", "Naval Station Norfolk", "Camp Lemonnier", "Fort Bragg": a base named after its kind
            name, start = match.group("name"), match.start("name")
            if name.startswith(("Camp", "Fort")) and _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 30), start) \
                    and _is_title_case_line(text):
                continue  # "Training Camp Opens in Poland", "Boot Camp Graduates": a headline's words
            if not self._lookup(name):
                out.append(Mention(start, start + len(name), name, name, EntityType.PLACE, kind="place",
                                   confidence=0.75, inner=inner(start, start + len(name))))
        for match in (_PLACE_DESCRIBED.finditer(text) if ", a" in text and (" of " in text or " in " in text)
                      and line_words & _DESCRIBED_AS_PART.mask else ()):
            # "Greenland, a self-governing part of Denmark", "Tataouine, a town in southern Tunisia": a place the
            # text describes as part of a state
            group = "place" if match.group("place") else "town"
            name, start = match.group(group), match.start(group)
            state = self._lookup(match.group("whole") or match.group("state"))
            if state and state[0].type is EntityType.STATE and not self._lookup(name) \
                    and not _NOT_A_PLACE_WORD.match(name) and not any(m.start <= start < m.end for m in out):
                out.append(Mention(start, start + len(name), name, name, EntityType.PLACE, kind="place",
                                   confidence=0.7))
        for match in (_PLACE_OF_A_STATE.finditer(text) if ("’s " in text or "'s " in text)
                      and line_words & _PLACE_OF_A_STATE_KEYS.mask else ()):
            # "Gotland, Sweden's largest island", "Kaliningrad, Russia's exclave": a place the text gives its state
            name, start = match.group("place"), match.start("place")
            state = self._lookup(match.group("state"))
            if state and state[0].type is EntityType.STATE and not self._lookup(name) \
                    and not _NOT_A_PLACE_WORD.match(name) and not any(m.start <= start < m.end for m in out):
                out.append(Mention(start, start + len(name), name, name, EntityType.PLACE, kind="place",
                                   confidence=0.7))
        for match in _TOWN_IN_REGION.finditer(text) if line_words & _REGION_HEAD_KEYS.mask else ():
            for part in ("town", "region"):
                name, start = match.group(part), match.start(part)
                end = start + len(name)
                if _NOT_A_PLACE_WORD.match(name) or any(m.start <= start and end <= m.end for m in out):
                    continue
                entries = self._lookup(name)
                if entries and not any(e.type is EntityType.PLACE or e.match is MatchKind.CAPITAL for e in entries):
                    break  # "in Russia, Krasnodar Krai": a state, not a town
                out.append(Mention(start, end, name, name, EntityType.PLACE, kind="place", confidence=0.7))
        for match in (self._organisation.finditer(text) if line_words & _NEW_ORG_KEYS.mask else ()):
            # "the Alliance of Sahel States (AES)": an organisation the gazetteer lacks, named by its head noun
            before = _CAPITALISED_WORDS_BEFORE.search(text, max(0, match.start() - 80), match.start())
            first = before.start() if before else match.start()
            words = text[first:match.end("head")].split()
            # ("the Cairo-based East Mediterranean Gas Forum": where it sits, no word of its name)
            while words and (words[0] in ("The", "A", "An", "New") or _LED_BY_WORD.match(words[0] + " ")):
                words.pop(0)
            owner = None
            owned = next((i for i in range(len(words) - len(match.group("head").split()) - 1, -1, -1)
                          if _POSSESSIVE_WORD_END.search(words[i])), None)
            if owned is not None:
                owner = next(iter(self._lookup(_strip_possessive(" ".join(words[:owned + 1])))), None)
                if owner is not None and owner.type is EntityType.STATE:
                    # "Estonia's Foreign Intelligence Service": the state's own service, named after its possessive
                    words = words[owned + 1:]
                else:
                    owner = None
            if len(words) < 2 or len(words) < 3 and match.group("head").startswith("Defen"):
                continue  # "Alliance", "the Organisation": a noun, not a name (nor "the Defence Staff", no one's)
            opened_by_the = text.startswith(("The ", "the "), first) or text.endswith(("the ", "The "), 0, first)
            if match.group("head").split()[0] in _BODY_HEADS and (
                    len(words) - len(match.group("head").split()) < 2 or not opened_by_the):
                # "the Defence Council", "the Council of Ministers", "Ukraine's Security Council": too short or owned
                continue
            name = _clean_name(" ".join(words))
            start = text.index(name, first)
            end = start + len(name)
            held = inner(start, end)
            if held and match.group("head") in _STAFF_HEADS and all(m.kind == "demonym" and m.start == start
                                                                     for m in held):
                held = ()  # "the Polish General Staff": a state's body, named by its adjective
            if self._lookup(name) or _POSSESSIVE.search(name) or any(
                    m.type in (EntityType.ALLIANCE, EntityType.ORGANIZATION) and m.kind != "grouping"
                    or m.kind == "demonym" and (m.start == start or m.end == end) for m in held):
                # a known name, or one that holds a known organisation's ("Council of the European Union"; but a
                # grouping's may stand in one: "the Community of Latin American and Caribbean States") or
                # opens with a people's ("the Polish Armed Forces") or ends in one (a longer name cut short: "the
                # Community of Latin American"); a place's may name one ("the Accra Initiative"), and a region's
                # adjective ("the Central American Armed Forces Conference")
                continue
            acronym = match.group("acronym")
            out.append(Mention(start, end, name, name, EntityType.ORGANIZATION, kind="organisation",
                               acronym=acronym if acronym and not self._lookup(acronym) else None, confidence=0.7,
                               part_of=owner.label if owner is not None else None))
        for match in (_MINISTRY_OF_ITS_OWN.finditer(text) if "the Ministry of " in text else ()):
            name = match.group(0)
            if not self._lookup(name) and not any(m.start <= match.start() < m.end for m in out):
                out.append(Mention(match.start(), match.end(), name, name, EntityType.ORGANIZATION,
                                   kind="organisation", confidence=0.7))
        for match in (_MISSION_NAMED_AFTER.finditer(text) if "mission in " in text else ()):
            # "SADC's mission in Mozambique, SAMIM, is due to end": the body's mission, by the acronym set off after
            owner = next((e for e in self._lookup(match.group("owner"))
                          if e.type in (EntityType.ORGANIZATION, EntityType.ALLIANCE)), None)
            if owner is not None and not self._lookup(match.group("acronym")):
                out.append(Mention(match.start("acronym"), match.end("acronym"), match.group("acronym"),
                                   match.group("acronym"), EntityType.MILITARY_UNIT, kind="unit", part_of=owner.label,
                                   confidence=0.7))
        for match in (_PAIRED_COUNCIL.finditer(text) if "-" in text and line_words & _PAIRED_COUNCIL_KEYS.mask
                      else ()):
            # "the NATO-Ukraine Council (NUC)", "the EU-Ukraine Association Council": a body of the pair it names
            # (whose two names are no mentions of their own)
            if all(self._lookup(part) for part in match.group("pair").split("-")):
                acronym = match.group("acronym")
                out.append(Mention(match.start("name"), match.end("name"), match.group("name"), match.group("name"),
                                   EntityType.ORGANIZATION, kind="organisation",
                                   acronym=acronym if acronym and not self._lookup(acronym) else None,
                                   confidence=0.7))
        defined = (_DEFINED_NAME.search(text, max(0, acronym.start() - 150), acronym.end())
                   for acronym in (_ACRONYM_IN_BRACKETS.finditer(text) if " (" in text else ()))
        for match in (m for m in defined if m is not None):
            # "the Eastern Africa Standby Force (EASF)", "the Nordic Defence Cooperation (NORDEFCO)": a name
            # the gazetteer lacks, vouched for by the acronym the text defines for it
            words = match.group("name").split()
            acronym = match.group("acronym")
            if acronym[-1].isdigit() and (not words[-1].istitle()
                                          or str(NUMBER_WORDS.get(words[-1].lower())) != acronym[-1]):
                continue  # ("the Indo-Pacific Four (IP4)": the digit is the count that ends the name)
            # "Members of the Latvia Defence Force (LDF)": the name is the longest tail the acronym fits (or whose
            # initials it reorders, as a name in its own language: "the Ministry of National Defence (MDN)")
            count = words.pop() if acronym[-1].isdigit() else None
            letters = acronym[:-1] if count else acronym
            while len(words) >= 2 and (words[0] in ("The", "A", "An", "New") or not words[0][:1].isupper()
                                       or not _abbreviates(letters, tuple(words))
                                       and not _initials_reordered(letters, " ".join(words))):
                words.pop(0)
            words += [count] if count else []
            if len(words) < 2:
                continue
            # "the Estonian Defense Forces' (EDF) largest exercise": the owner's name, without its possessive
            words[-1] = _TRAILING_POSSESSIVE.sub("", words[-1])
            end = match.end("name") - len(_TRAILING_POSSESSIVE.search(match.group("name")).group())
            start = match.start("name") + [m.start() for m in re.finditer(r"\S+", match.group("name"))][-len(words)]
            name = text[start:end]  # the text's own spaces, whatever they are
            entity_type, kind = _DEFINED_HEAD_TYPES.get(words[-1], (EntityType.ORGANIZATION, "organisation"))
            if words[0] == "Government":  # "the Government of National Accord (GNA)": a government, not a pact
                entity_type, kind = EntityType.ORGANIZATION, "organisation"
            if (words[0] == "Multinational" or words[-2:] == ["Standby", "Force"]) and \
                    entity_type is EntityType.MILITARY_UNIT:
                # states' joint force ("the Eastern Africa Standby Force (EASF)"): its members are states
                entity_type, kind = EntityType.ORGANIZATION, "grouping"
            if words[-1] in _PLAN_HEADS and _SIGNED_BEFORE.search(text, max(0, start - 40), start) or \
                    _AGREEMENT_NOUN_AFTER.match(text, end):
                # "signed an Individually Tailored ... Programme", "a Reciprocal Exchange of Logistics Support (RELOS)
                # agreement": the name of a pact
                entity_type, kind = EntityType.AGREEMENT, "agreement"
            elif _EXERCISE_NOUN_AFTER_ACRONYM.match(text, end):
                # "the annual Cooperation Afloat Readiness and Training (CARAT) exercise": the name of drills
                entity_type, kind = EntityType.EXERCISE, "exercise"
            # "the Jamaica Defence Force (JDF)": a state's own force may bear its name
            # ("the Stockholm International Peace Research Institute (SIPRI)": a city in the name, no entity of its own)
            held = [m for m in inner(start, end) if m.kind != "demonym" and not (
                entity_type is EntityType.MILITARY_UNIT and m.start == start and m.type is EntityType.STATE)
                and not (m.kind == "place" and len(words) >= 3)]
            if held or self._lookup(name) or self._lookup(acronym):
                continue
            # "NATO's Operational Reserve Forces (ORF)": the force, and whose it is
            # ("South Korea's Defense Acquisition Program Administration (DAPA)": a state's agency, by its possessive)
            owner = next((m for _, b, m in gazetteer_spans if (entity_type is EntityType.MILITARY_UNIT or
                                                               entity_type is EntityType.ORGANIZATION
                                                               and m.type is EntityType.STATE and kind == "organisation")
                          and m.kind != "demonym" and m.type in (EntityType.STATE, EntityType.ALLIANCE,
                                                                 EntityType.ORGANIZATION)
                          and _UNIT_OWNER_GAP.fullmatch(text, b, start)), None)
            out.append(Mention(start, end, name, name, entity_type, kind=kind, acronym=acronym, confidence=0.7,
                               part_of=owner.label if owner is not None else None))
        for match in (self._unit.finditer(text) if line_words & _UNIT_KEYS.mask else ()):
            group = "ship" if match.group("ship") else "name"
            name = _LED_BY_WORD.sub("", _clean_name(match.group(group)))
            if group == "ship":
                name = name.rstrip(".")  # "... the patrol vessel HMS Tamar.": the sentence's full stop
                if _BODY_AFTER_PREFIX.match(name):
                    continue  # "the RSS Council of Ministers": a body's acronym that is also a ship prefix
            start = text.find(name, match.start(group))
            count = _COUNT_OPENING.match(name) if group == "name" else None
            if count is not None:  # "Two Indian Navy training ships": how many, no word of the unit's name
                start, name = start + count.end(), name[count.end():]
            pair = _FIRST_WORD.match(name) if group == "name" and text[start - 1:start] == "-" else None
            if pair is not None and any(e.type is EntityType.STATE for e in self._lookup(pair.group(1))[:1]):
                # "the South Korea-U.S. Combined Forces Command": the second state of the pair is no word of the name
                start, name = start + pair.end(), name[pair.end():]
            if group == "name" and _COMMANDING_TITLE.match(name):
                continue  # "Rear Admiral X, Flag Officer Commanding Eastern Fleet": his post, not a unit
            owner = _POSSESSIVE_OWNER.match(name)
            hits = self._lookup(owner.group("owner")) if owner else None
            whole = hits[0] if hits and hits[0].type in _UNIT_OWNERS and owner.group("owner") not in hits[0].demonyms \
                else None
            force = owner is not None and not hits and _NUMBERED_UNIT.match(name, owner.end()) is not None \
                and _ONE_CAPITALISED_WORD.fullmatch(owner.group("owner")) is not None
            # ("the US Navy's Sixth Fleet": a state's service, named by the state, and its unit)
            service = _STATES_SERVICE.fullmatch(owner.group("owner")) if owner is not None and not hits else None
            force = force or service is not None and bool(self._lookup(service.group("state")))
            if force:  # "the Bundeswehr's 45th Armoured Brigade": a force kg does not know, and its unit
                out.append(Mention(start, start + len(owner.group("owner")), owner.group("owner"),
                                   owner.group("owner"), EntityType.MILITARY_UNIT, kind="unit", confidence=0.7))
                start += owner.end()
                out.append(Mention(start, start + len(name) - owner.end(), name[owner.end():], name[owner.end():],
                                   EntityType.MILITARY_UNIT, kind="unit", part_of=owner.group("owner"),
                                   confidence=0.75))
                continue
            if whole is not None or (owner and _BARE_SERVICE.fullmatch(owner.group("owner"))) or (
                    owner and _SERVICE_ACRONYM.fullmatch(owner.group("owner"))):
                # "Russia's Baltic Fleet", "NATO's Allied Maritime Command": the unit, and whose it is;
                # "the Army's 82nd Airborne Division", "the JASDF's Air Defense Command": the unit of a service
                # the text does not name in full
                start += owner.end()
                name = name[owner.end():]
            if not name or self._lookup(name):
                continue
            # "Colombia's Marine Corps", "Brazil's Army": the state's service, named as its adjective names it (not
            # one "Marine Corps" of every state an article speaks of)
            area = _AREA_AFTER_A_UNIT.match(text, start + len(name)) if _UNIT_HEAD_AT_END.search(name) else None
            if area is not None and (not area.group("state") or any(
                    e.type is EntityType.STATE for e in self._lookup(area.group("state"))[:1])):
                name = text[start:area.end()]  # "Multinational Division North", "Multinational Brigade Latvia"
            label = f"{whole.demonyms[0]} {name}" if whole is not None and whole.type is EntityType.STATE \
                and whole.demonyms and _STATE_SERVICE_NAME.fullmatch(name) else name
            out.append(Mention(start, start + len(name), name, label, EntityType.MILITARY_UNIT, kind="unit",
                               part_of=whole.label if whole is not None else None, confidence=0.75,
                               inner=inner(start, start + len(name))))
        for match in _CARRIER_GROUP.finditer(text) if "arrier" in text else ():
            # "the Liaoning aircraft carrier group", "the George Washington Carrier Strike Group": a ship's group
            # (not "the French aircraft carrier strike group": a state's, as its adjective says)
            name = match.group(0)
            if not self._lookup(match.group("ship")) and \
                    not any(m.start <= match.start() and match.end() <= m.end for m in out):
                out.append(Mention(match.start(), match.end(), name, name, EntityType.MILITARY_UNIT, kind="unit",
                                   confidence=0.7, inner=inner(match.start(), match.end())))
        for match in (_OPERATION_NAME.finditer(text) if "Operation " in text or "EU" in text else ()):
            # "Operation Prosperity Guardian", "EUNAVFOR ASPIDES": a named force grouping (an EU one is the EU's), of
            # the body a possessive before it names ("the European Union's (EU) anti-piracy Operation Atalanta")
            start, end = match.span()
            if any(m.start < end and start < m.end for m in out):
                continue
            known = self._lookup(match.group(0))
            if known:  # "EUNAVFOR ATALANTA": a known operation's name in capitals, which the gazetteer's scan misses
                if known[0].type is EntityType.MILITARY_UNIT and not match.group("name").istitle():
                    out.append(Mention(start, end, match.group(0), known[0].label, EntityType.MILITARY_UNIT,
                                       kind="unit", part_of=known[0].part_of, confidence=0.75))
                continue
            words = match.group("name").split()
            label = f"{match.group('kind')} " + " ".join(w.capitalize() if w.isupper() and len(w) > 3 else w
                                                          for w in words)
            owner = _OWNER_BEFORE_OPERATION.search(text, max(0, start - 80), start)
            hits = self._lookup(owner.group("owner")) if owner else []
            whole = hits[0].label if hits and hits[0].type in _UNIT_OWNERS else \
                "European Union" if match.group("kind") != "Operation" else None
            out.append(Mention(start, end, match.group(0), label, EntityType.MILITARY_UNIT, kind="unit",
                               part_of=whole, confidence=0.7))
        for match in (self._service_of_state.finditer(text) if " of " in text and line_words & _UNIT_KEYS.mask else ()):
            start, end = match.span("name")
            if not any(m.start <= start and end <= m.end for m in out if m.kind == "unit"):
                out = [m for m in out if not (m.kind == "unit" and start <= m.start and m.end <= end)]  # "Navy"
                out.append(Mention(start, end, match.group("name"), match.group("name"), EntityType.MILITARY_UNIT,
                                   kind="unit", confidence=0.75, inner=inner(start, end)))
        units = [m for m in out if m.kind == "unit"]
        for owner, unit in zip(units, units[1:]):
            if unit.part_of is None and (_UNIT_OWNER_GAP.fullmatch(text, owner.end, unit.start) or (
                    owner.label.endswith(("Navy", "Coast Guard")) and SHIP_NAME.match(unit.label)
                    and _SHIP_AFTER_NAVY.fullmatch(text, owner.end, unit.start))):
                # "the Indian Navy's Eastern Naval Command", "the United States Navy's 7th Fleet", "the
                # Peruvian Navy frigate BAP Aguirre", "the Royal Navy's patrol ship HMS Medway"
                out[out.index(unit)] = replace(unit, part_of=owner.label)
        units = [m for m in out if m.kind == "unit"]  # with the owners just found
        for index in range(1, len(units)):
            # "the Chilean Army's 7th Brigade and 8th Brigade": a second numbered unit of the same kind, the same owner
            first, second = units[index - 1], units[index]
            if first.part_of and second.part_of is None and _NUMBERED_UNIT.match(first.label) and \
                    _NUMBERED_UNIT.match(second.label) and first.label.split()[-1] == second.label.split()[-1] \
                    and AND_THE_GAP.fullmatch(text, first.end, second.start) \
                    and not _OWNER_SET_AFTER.match(text, second.end):  # (not "... and the 36th Brigade of Ukraine")
                out[out.index(second)] = units[index] = replace(second, part_of=first.part_of)
        for ship, owner in zip(units, units[1:]):
            # "HMJS Cornwall, a JDF Coast Guard offshore patrol vessel": the navy in the ship's apposition (or its
            # predicate: "HMS Trent is a Royal Navy offshore patrol vessel")
            if ship.part_of is None and SHIP_NAME.match(ship.label) and owner.label.endswith(("Navy", "Coast Guard")) \
                    and _APPOSITION_OR_IS_A.fullmatch(text, ship.end, owner.start) \
                    and _SHIP_TYPE_AFTER.match(text, owner.end):
                out[out.index(ship)] = replace(ship, part_of=owner.label)
        out += self._named_ships(text, units, out)
        ships = [i for i, m in enumerate(out) if m.kind == "unit" and SHIP_NAME.match(m.label)]
        senders = [m for m in units if m.label.endswith(_NAVY_HEADS)] if ships else []
        for number, index in enumerate(ships):
            ship = out[index]
            if ship.part_of is not None:
                continue
            # "the Fiji Navy is to send the patrol boat RFNS X": its own ship (a state's is not its part)
            sender = max((m for m in senders if m.end <= ship.start), key=lambda m: m.end, default=None)
            before = out[ships[number - 1]] if number else None
            if sender is not None and _SENDS_SHIP.fullmatch(text, sender.end, ship.start):
                out[index] = replace(ship, part_of=sender.label)
            elif before is not None and before.part_of and (
                    _NEXT_SHIP_SENT.fullmatch(text, before.end, ship.start)
                    or _SHIP_LIST_GAP.fullmatch(text, before.end, ship.start)
                    and ship.label.split()[0] == before.label.split()[0]) \
                    and not any(before.end <= m.start < ship.start for m in known):
                # "... and the replenishment ship HMAS Y", "TNS Msoro and TNS Mwitongo" (not "..., Indian frigate
                # INS Z", nor "HMAS X and HMS Y": another's)
                out[index] = replace(ship, part_of=before.part_of)
        for org in (known if line_words & _ORG_BODY_KEYS.mask else ()):
            # "the ECOWAS Commission", "the CSTO Secretariat", "the EU Military Staff": a body named by its
            # organisation's name and a head noun, which the gazetteer does not hold
            if org.type not in (EntityType.ALLIANCE, EntityType.ORGANIZATION) or org.kind != "gazetteer":
                continue
            # "the SCO's Regional Anti-Terrorist Structure": named as the "SCO Regional Anti-Terrorist Structure"
            possessive = text.startswith(("’s", "'s"), org.end)
            body = _ORG_BODY.match(text, org.end + 2 if possessive else org.end)
            if body is None or possessive and (body.group("head") not in _OWNED_BODY_HEADS
                                               and not _PROPER_ORGAN.fullmatch(body.group("body"))
                                               or self._lookup(body.group("body"))):
                continue  # "the EU's European Parliament": a body the gazetteer knows by its own name
            if _HEADLINE_VERB.search(body.group("body")) or \
                    _HEADLINE_VERB_WORD.fullmatch(body.group("body").split()[0]):  # (a word: not "Joint Staff")
                continue  # "EU Extends Monitoring Mission In Armenia": a headline's verb, no body's name
            end = body.end()
            standing = _STANDING_BEFORE.search(text, max(0, org.start - 9), org.start) if not possessive else None
            start = standing.start() if standing else org.start  # "Standing NATO Maritime Group Two"
            name = text[start:end]
            if possessive:
                name = f"{text[org.start:org.end]} {body.group('body')}"
            name, entity_type, known_body = self._organ_named(name, body.group("head"))
            if known_body and not possessive:
                continue  # (the gazetteer finds "the CSTO Joint Staff" itself; not "the CSTO's Joint Staff")
            owner = None if accredited_only(name) else org.label
            out.append(Mention(start, end, text[start:end], name, entity_type,
                               kind="unit" if entity_type is EntityType.MILITARY_UNIT else "org",
                               part_of=owner, confidence=0.75, inner=(org,)))
        for its in (_ITS_BODY.finditer(text) if "Its " in text and line_words & _ORG_BODY_KEYS.mask else ()):
            # "The SCO was founded in 2001. Its Regional Anti-Terrorist Structure sits in Tashkent": the body of the
            # organisation the sentence before names last (the possessive's, as "the SCO's" is)
            body = _ORG_BODY.match(text, its.end() - 1)
            owner = next((m for m in reversed(known) if m.end <= its.start() and its.start() - m.end <= 300
                          and m.type in (EntityType.ALLIANCE, EntityType.ORGANIZATION) and m.kind == "gazetteer"
                          and not m.part_of), None)
            if body is None or owner is None or (body.group("head") not in _OWNED_BODY_HEADS
                                                 and not _PROPER_ORGAN.fullmatch(body.group("body"))):
                continue
            if any(owner.end < m.start < its.start() and m.type in (EntityType.ALLIANCE, EntityType.ORGANIZATION,
                                                                      EntityType.STATE) for m in known):
                continue  # (another body or a state named in between: whose it is, is not clear)
            start, end = its.end(), body.end()
            label, entity_type, _ = self._organ_named(f"{owner.text} {body.group('body')}", body.group("head"))
            out.append(Mention(start, end, text[start:end], label, entity_type,
                               kind="unit" if entity_type is EntityType.MILITARY_UNIT else "org",
                               part_of=owner.label, confidence=0.7))
        for org in (known if " of the " in text and line_words & _ORG_BODY_KEYS.mask else ()):
            # "the Permanent Council of the Organization of American States": a body named before its organisation,
            # called as the gazetteer calls its bodies, by the organisation's short name first ("OAS Permanent
            # Council")
            if org.type not in (EntityType.ALLIANCE, EntityType.ORGANIZATION) or org.kind != "gazetteer":
                continue
            body = _BODY_OF_THE.search(text, max(0, org.start - 80), org.start)
            entry = self._lookup(org.text)[:1] if body is not None else []
            short = min(entry[0].acronyms, key=lambda a: (len(a), a)) if entry and entry[0].acronyms else org.label
            name = f"{short} {body.group('body').rstrip()}" if body is not None else ""
            known_body = self._lookup(body.group("body").rstrip()) if body is not None else []
            if body is None or known_body and not _an_organ_cut_short(known_body[0].label, body.group("body")) \
                    or self._lookup(name):
                # ("the European Parliament of the EU": a body the gazetteer knows by its own name; but "the Security
                # Council of the CSTO" is no UN Security Council, which news calls "the Security Council" too)
                continue
            out.append(Mention(body.start("body"), org.end, text[body.start("body"):org.end], name,
                               EntityType.ORGANIZATION, kind="org", part_of=org.label, confidence=0.75, inner=(org,)))
        for match in (self._city_of.finditer(text) if " of " in text and line_words & _CITY_KEYS.mask
                      and _CITY_OF_GATE.search(text) else ()):
            # "the Kazakh city of Almaty": a place, and the state it lies in
            hits = self._lookup(match.group("demonym") or match.group("owner"))
            name = match.group("name")
            if hits and hits[0].type is EntityType.STATE and not self._lookup(name):
                out.append(Mention(match.start("name"), match.end("name"), name, name, EntityType.PLACE,
                                   kind="place", part_of=hits[0].label, confidence=0.75))
        for match in (self._city_named.finditer(text) if line_words & _CITY_NAMED_KEYS.mask else ()):
            hits = self._lookup(match.group("demonym") or match.group("owner"))
            name = match.group("name")
            if _FRONTED_PLACE_BEFORE.search(text, max(0, match.start() - 20), match.start()) and \
                    text[match.start("name") - 2:match.start("name")] == ", " and \
                    not text.startswith(",", match.end("name")):
                # "In the Serbian capital, Vucic and Lukashenko signed", "Speaking in the Chinese capital, Wang Yi on
                # Tuesday urged": the subject of the clause the place opens (but "At the Polish port, Gdynia, the
                # frigates ...": the town set off)
                continue
            if hits and hits[0].type is EntityType.STATE and not self._lookup(name) and \
                    not _NOT_A_PLACE_WORD.match(name) and not any(m.start <= match.start("name") < m.end for m in out):
                out.append(Mention(match.start("name"), match.end("name"), name, name, EntityType.PLACE,
                                   kind="place", part_of=hits[0].label, confidence=0.7))
        for match in (self._place_apposed.finditer(text) if line_words & _PLACE_APPOSED_KEYS.mask and (
                ", the " in text or ", a " in text or ", an " in text or ("’s " in text or "'s " in text) and (
                    "regions" in text or "provinces" in text or "islands" in text or "territories" in text)) else ()):
            for group in ("first", "name") if match.group("first") else ("name",):
                name = match.group(group)
                if not self._lookup(name) and not _NOT_A_PLACE_WORD.match(name):
                    out.append(Mention(match.start(group), match.end(group), name, name, EntityType.PLACE,
                                       kind="place", confidence=0.7))
        for match in (_RECOGNISED_AS_PART.finditer(text) if "part of" in text else ()):
            # "Nagorno-Karabakh, a mountainous region internationally recognised as part of Azerbaijan": a place
            name, whole = match.group("name"), self._lookup(match.group("whole"))
            opening = _SENTENCE_ADVERB.match(name)  # ("Today Crimea is ...": the adverb is no part of the name)
            name = name[opening.end():] if opening else name
            if name and whole and whole[0].type is EntityType.STATE and not self._lookup(name) and \
                    not _NOT_A_PLACE_WORD.match(name):  # (of a state: not "Sea Breeze is part of NATO's plans")
                out.append(Mention(match.end("name") - len(name), match.end("name"), name, name, EntityType.PLACE,
                                   kind="place", confidence=0.7))
        placed = {m.start for m in out if m.type is EntityType.PLACE}
        for match in (self._place_of.finditer(text) if (" of " in text or " capital" in text)
                      and line_words & _PLACE_OF_KEYS.mask else ()):
            # "the port city of Vladivostok", "the Aegean city of Izmir": a place, its state unsaid
            name = match.group("name")
            if match.start("name") not in placed and _THE_BEFORE.search(text, max(0, match.start() - 40),
                                                                        match.start()) and not self._lookup(name):
                out.append(Mention(match.start("name"), match.end("name"), name, name, EntityType.PLACE,
                                   kind="place", confidence=0.7))
        for match in (self._capital_of_region.finditer(text) if " capital of " in text else ()):
            for group in ("town", "region"):
                name = match.group(group)
                if match.start(group) not in placed and not self._lookup(name) and not _NOT_A_PLACE_WORD.match(name):
                    out.append(Mention(match.start(group), match.end(group), name, name, EntityType.PLACE,
                                       kind="place", confidence=0.7))
        for match in (self._accession_protocol.finditer(text) if "ccession protocol" in text else ()):
            hits = self._lookup(match.group("state"))
            if hits and hits[0].type is EntityType.STATE:
                label = f"Accession Protocol for {hits[0].label}"
                out.append(Mention(match.start(), match.end(), match.group(0), label,
                                   EntityType.AGREEMENT, kind="agreement", confidence=0.7,
                                   inner=inner(match.start(), match.end())))
        for match in (self._state_ministry.finditer(text) if line_words & _LOWER_MINISTRY.mask else ()):
            # "Belarus's defence ministry": named, as news names it, by the state's adjective; "the New Zealand
            # foreign ministry" by the state's name, as the text does
            possessive = text[match.end("state"):match.end("state") + 1] in "'’"
            hits = [] if possessive else self._lookup(match.group("state"))
            label = f"{hits[0].label} {match.group('kind').capitalize()} Ministry" if hits and \
                hits[0].type is EntityType.STATE else self._ministry_label(match.group("state"), match.group("kind"))
            if label is None:
                continue
            out.append(Mention(match.start(), match.end(), match.group(0), label, EntityType.ORGANIZATION,
                               kind="org", confidence=0.75, inner=inner(match.start(), match.end())))
        for match in (_CAPITALS_MINISTRY.finditer(text) if line_words & _LOWER_MINISTRY.mask else ()):
            # "Beijing's defence ministry said": the ministry of the state whose capital is named
            hits = self._lookup(match.group("capital"))
            state = hits[0].label if hits and hits[0].match is MatchKind.CAPITAL else None
            label = self._ministry_label(state, match.group("kind")) if state is not None else None
            if label is not None:
                out.append(Mention(match.start(), match.end(), match.group(0), label, EntityType.ORGANIZATION,
                                   kind="org", confidence=0.7, inner=inner(match.start(), match.end())))
        for match in (_OWN_MINISTRY.finditer(text) if "inistry" in text and _SPOKE.search(text) else ()):
            # "Kazakhstan will host ..., its defence ministry said": the ministry of the state the clause is about
            stop = text.rfind(". ", 0, match.start())
            opening = stop + 2 if stop >= 0 else 0
            if match.group("country"):
                # ("... in the Azerbaijani capital Baku, the country's Defense Ministry announced": the one named last)
                state = next((m for m in reversed(known) if m.type is EntityType.STATE
                              and opening <= m.start < match.start()), None)
            else:
                state = next((m for m in known if m.type is EntityType.STATE and m.kind != "demonym"
                              and opening <= m.start < match.start()), None)
                if state is None:
                    # ("The Turkish Naval Forces have completed ..., the National Defence Ministry said": the
                    # ministry of the forces the sentence opens with)
                    forces = _STATES_FORCES_OPENING.match(text, opening)
                    state = next((m for m in known if forces and m.start == forces.start("people")
                                  and m.type is EntityType.STATE and m.kind == "demonym"), None)
            if state is None and match.group(0).startswith("Its") and match.start() == opening and stop >= 0:
                before = text.rfind(". ", 0, stop) + 2  # (the sentence before: from its start, or the line's)
                state = next((m for m in known if m.type is EntityType.STATE and m.kind != "demonym"
                              and (before if before >= 2 else 0) <= m.start < stop), None)
            label = self._ministry_label(state.label, match.group("kind")) if state is not None else None
            if label is None:
                continue
            if match.group("national"):  # "the National Defense Ministry": the "Turkish National Defense Ministry"
                demonym, _, ministry = label.partition(" ")
                label = f"{demonym} National {ministry}"
            start = match.start("national") if match.group("national") else match.start("kind")
            out.append(Mention(start, match.end(), text[start:match.end()], label, EntityType.ORGANIZATION,
                               kind="org", confidence=0.7))
        for match in (self._demonym_body.finditer(text) if line_words & _BODY_KEYS.mask else ()):
            name = match.group("name")
            kind, entity_type = (("org", EntityType.ORGANIZATION) if "ministry" in match.group("head")
                                 or "staff" in match.group("head") or "ustoms" in match.group("head")
                                 else ("unit", EntityType.MILITARY_UNIT))
            label = " ".join(word[:1].upper() + word[1:] for word in name.split())  # "Latvian Army"
            body = Mention(match.start(), match.end(), name, label, entity_type, kind=kind, confidence=0.75,
                           inner=inner(match.start(), match.end()))
            out.append(body)
            owned = next((i for i, m in enumerate(out) if m.kind == "unit" and m.part_of is None
                          and m.start > body.end and _UNIT_OWNER_GAP.fullmatch(text, body.end, m.start)), None) \
                if kind == "unit" else None
            if owned is not None:  # "the Israeli army's 98th Division": a unit of the service named so
                out[owned] = replace(out[owned], part_of=label)
        for match in (self._ministry.finditer(text) if "Ministry" in text or "Department of" in text
                      or "Foreign Office" in text or "MFA" in text or "MoD" in text or "MOD" in text
                      or "MoFA" in text or "MOFA" in text else ()):
            name = label = match.group("name")
            start = match.start("name")
            if match.group("abbreviation"):
                hits = self._lookup(match.group("owner"))
                if not hits or hits[0].type is not EntityType.STATE:
                    continue
                portfolio = "Defence" if match.group("abbreviation").lower() == "mod" else "Foreign Affairs"
                label = f"Ministry of {portfolio} of {hits[0].label}"
            elif match.group("possessive"):  # "Georgia's Defense Ministry", named as "Georgian Defense Ministry"
                hits = self._lookup(match.group("owner"))
                if not hits or hits[0].type is not EntityType.STATE or not hits[0].demonyms:
                    continue
                rest = name[match.end('possessive') - start:].strip()
                # "India's Ministry of External Affairs" is the "Ministry of External Affairs of India"
                label = f"{rest} of {hits[0].label}" if rest.startswith(("Ministry of", "Department of")) else \
                    f"{hits[0].demonyms[0]} {rest}"
            elif match.group("capital"):
                hits = self._lookup(match.group("capital"))
                if not hits or hits[0].match is not MatchKind.CAPITAL:
                    continue
                label = f"{name[:name.rindex(' in ')]} of {after_of(hits[0].label)}"
            elif match.group("capital_of_kind"):
                hits = self._lookup(match.group("capital_of_kind"))
                if not hits or hits[0].match is not MatchKind.CAPITAL or not hits[0].demonyms:
                    continue
                label = f"{hits[0].demonyms[0]} {match.group('kind_in')} Ministry"
            # ("Russia's Ministry of Defence": the state's own, as the possessive says; not "the Russian Defence
            # Ministry", which the corpus leaves without one)
            owner = hits[0].label if match.group("possessive") else None
            out.append(Mention(start, start + len(name), name, label, EntityType.ORGANIZATION, kind="org",
                               confidence=0.8, inner=inner(start, start + len(name)), part_of=owner))
        for match in (self._government.finditer(text) if "overnment" in text else ()):
            hits = self._lookup(match.group("owner") or match.group("of"))
            if not hits or hits[0].type is not EntityType.STATE:
                continue
            out.append(Mention(match.start("name"), match.end("name"), match.group("name"), hits[0].label,
                               EntityType.STATE, hits[0].qid, kind="government", confidence=0.8,
                               inner=inner(match.start("name"), match.end("name"))))
        for match in (self._service_speaking.finditer(text) if "' " in text or "’ " in text or "'s " in text
                      or "’s " in text else ()):
            hits = self._lookup(match.group("owner"))
            if not hits or hits[0].type is not EntityType.STATE or not hits[0].demonyms:
                continue
            head = " ".join(word if word == "of" else word.capitalize() for word in match.group("head").split())
            out.append(Mention(match.start("name"), match.end("name"), match.group("name"),
                               f"{hits[0].demonyms[0]} {head}", EntityType.MILITARY_UNIT, kind="unit",
                               part_of=hits[0].label, confidence=0.75,
                               inner=inner(match.start("name"), match.end("name"))))
        for match in itertools.chain(
                _ACRONYM_SPEAKING.finditer(text) if line_words & _SPEECH_VERB_KEYS.mask or " reported " in lowered
                else (),
                _ACRONYM_FOUNDED.finditer(text) if line_words & _FOUNDED_KEYS.mask else ()):
            # "It will run until October 25, KFOR said in a statement", "ZOPACAS was launched in 1986 by ...": a
            # body by an acronym the gazetteer lacks and the text never defines (one it defines is named in full
            # elsewhere)
            acronym = match.group("acronym")
            if not self._lookup(acronym) and f"({acronym})" not in (article or text) and \
                    not _NOT_AN_ACRONYM.fullmatch(acronym):
                out.append(Mention(match.start(), match.end(), acronym, acronym, EntityType.ORGANIZATION,
                                   kind="org", confidence=0.6))
        for match in (self._embassy.finditer(text) if "mbassy" in text or "High Commission" in text
                      or "ission to " in text or "ermanent Mission" in text or "ermanent mission" in text else ()):
            hits = self._lookup(match.group("owner") or match.group("of"))
            if not hits or hits[0].type is not EntityType.STATE:
                continue
            city = match.group("city") or match.group("of_city")
            kind = (match.group("kind") or match.group("of_kind")).lower()
            kind = "Embassy" if kind.startswith("e") else "High Commission" if kind.startswith("h") else \
                "Permanent Mission"
            body = match.group("body") if kind.startswith("P") else None  # (an embassy's "to" is no part of it)
            to = self._lookup(body.removeprefix("the ")) if body else None
            if not to or to[0].type not in (EntityType.ORGANIZATION, EntityType.ALLIANCE):
                body = None  # (a mission to a body: not "Peru's mission to Haiti")
            if body is None and kind.startswith("P") and "ermanent" not in match.group("name"):
                continue  # ("a mission to the Sahel": no state's mission to a body)
            label = f"{kind} of {after_of(hits[0].label)}" + (f" in {city}" if city else "") + (
                f" to {body}" if body else "")
            # ("Russia's embassy in Tallinn": the state's own, as its possessive says)
            owned = match.group("owner") is not None and text.startswith(("'s", "’s"), match.end("owner"))
            end = match.end() if body else match.end("name")
            out.append(Mention(match.start("name"), end, text[match.start("name"):end], label,
                               EntityType.ORGANIZATION, kind="org", confidence=0.8,
                               inner=inner(match.start("name"), end), part_of=hits[0].label if owned else None))
        for match in (_STATES_INSTITUTION.finditer(text) if ("'s " in text or "’s " in text)
                      and line_words & _STATES_INSTITUTION_KEYS.mask else ()):
            hits = self._lookup(match.group("owner"))
            if hits and hits[0].type is EntityType.STATE and hits[0].match is not MatchKind.CAPITAL:
                name = " ".join(match.group("name").split())
                out.append(Mention(match.start("name"), match.end("name"), match.group("name"),
                                   f"{name} of {after_of(hits[0].label)}", EntityType.ORGANIZATION, kind="org",
                                   confidence=0.75, part_of=hits[0].label))
        for match in (self._institution.finditer(text) if line_words & _INSTITUTION_KEYS.mask else ()):
            out.append(Mention(match.start("name"), match.end("name"), match.group("name"), match.group("name"),
                               EntityType.ORGANIZATION, kind="org", confidence=0.8))
        for match in (_NEWS_AGENCY.finditer(text) if "news agency" in lowered or "press agency" in lowered
                      or "broadcaster " in lowered else ()):
            # "the Belta state news agency reported"
            group = "name" if match.group("name") else "named" if match.group("named") else \
                "aired" if match.group("aired") else "full"
            name = match.group(group)
            if not self._lookup(name) and (group == "full" or not _NOT_A_PLACE_WORD.match(name)):
                out.append(Mention(match.start(group), match.end(group), name, name, EntityType.ORGANIZATION,
                                   kind="org", confidence=0.75))
        for match in (_COMPANY.finditer(text) if line_words & _COMPANY_KEYS.mask else ()):
            group = "described" if match.group("described") else "formed" if match.group("formed") else "headed"
            name = match.group(group)
            opening = _FIRST_WORD.match(name)
            if opening is not None and opening.group(1) in _NO_COMPANYS_FIRST_WORD:
                continue  # ("The Industries ...", "In March Hanwha Aerospace": no company opens so)
            hits = self._lookup(name)
            if hits and hits[0].type is not EntityType.PLACE:
                continue  # a body or a state kg knows by the name
            # ("Hyundai Rotem Co. (HR)": the legal form in the mention, for the acronym after it; not in the label)
            end = match.end() if group == "formed" else match.end(group)
            out.append(Mention(match.start(group), end, text[match.start(group):end], name, EntityType.ORGANIZATION,
                               kind="company", confidence=0.7, inner=inner(match.start(group), end)))
        for match in (_NEWSPAPER.finditer(text) if line_words & _NEWSPAPER_KEYS.mask else ()):
            # "the Hindustan Times reported", "according to The Times of India": a paper, whose name may hold a
            # state's ("India") that is no speaker
            name = match.group("name")
            if not self._lookup(name) and (match.group("before") or _REPORTS_AFTER.match(text, match.end("name"))):
                out.append(Mention(match.start("name"), match.end("name"), name, name, EntityType.ORGANIZATION,
                                   kind="org", confidence=0.7, inner=inner(match.start("name"), match.end("name"))))
        for match in itertools.chain(
                self._signed_agreement.finditer(text) if line_words & _SIGNING_KEYS.mask else (),
                self._held_agreement.finditer(text) if line_words & _HELD_AGREEMENT_KEYS.mask else (),
                (m for m in self._possessed_agreement.finditer(text) if self._possessor_is_a_state(m))
                if "s " in text and " with " in text else (),
                self._agreement_then_signed.finditer(text) if "signed " in text or "concluded " in text else (),
                self._agreement_signed_by.finditer(text) if "signed by" in text or "signed between" in text else ()):
            if match.re is self._agreement_signed_by and match.group(0)[:1] in "Tt" and \
                    _named_before(_AGREEMENT_HEAD_OF.sub("", match.group("name")).split()[-1].capitalize(),
                                  article or text, at + match.start() if article else match.start()):
                continue  # "The memorandum ... was signed by" after "the Lima Memorandum": the one named before
            name_end = match.end("name")
            if match.re is self._signed_agreement:  # what it is on, to its end ("an agreement on the delivery of ...")
                name_end = _complement_end(text, match.end("head")) or name_end
                what_it_does = _WHAT_IT_DOES.match(text, name_end) if name_end == match.end("head") and \
                    " " not in match.group("head").strip() else None
                if what_it_does:  # "signed a memorandum delimiting their maritime zones in 2019": what it does names it
                    name_end = what_it_does.end()
                named_work = _TO_MAKE_A_NAMED_WORK.match(text, name_end)
                if named_work:  # "signed an agreement to build the Baltic Defence Line": what it makes names it
                    name_end = named_work.end()
            second = _AND_ANOTHER_AGREEMENT.match(text, name_end)
            second_end = (_complement_end(text, second.end("name")) or second.end("name")) if second else 0
            for name, start in ((text[match.start("name"):name_end].strip(), match.start("name")),
                                *(((text[second.start("name"):second_end], second.start("name")),) if second else ())):
                if _GENERIC_AGREEMENT.match(name) or " " not in name or self._known_pact_and_its_noun(name):
                    continue  # "a similar agreement", "another deal", "an agreement": no name to give it
                # "a five-year defence cooperation agreement": how long it runs is no part of what it is called
                label = _ACRONYM_INSIDE.sub("", _DURATION_OPENING.sub("", name))
                out.append(Mention(start, start + len(name), name, label if " " in label else name,
                                   EntityType.AGREEMENT, kind="agreement", confidence=0.65))
        if " proj" in text or " progr" in text:
            out += self._bodys_programmes(text)
        for match in (self._agreement.finditer(text) if line_words & _AGREEMENT_HEAD_KEYS.mask else ()):
            group = "plain" if match.group("plain") else "name"
            name = _clean_name(match.group(group))
            start = match.end(group) - len(name)
            if name.endswith("Package") and _NO_PACT_PACKAGE.search(name):
                continue  # "the 14th Sanctions Package", "an Aid Package": measures, no pact between parties
            if "Government of " in name or _GOVERNMENT_OF_BEFORE.search(text, max(0, start - 20), start):
                continue  # "Libya's Government of National Accord": a government, named after the pact behind it
            plural = text.startswith("s", match.end(group)) and not text[match.end(group) + 1:][:1].isalnum()
            if group == "plain" and plural:
                continue  # "signed military cooperation agreements with A and B": several, none named
            if group == "plain" and text.endswith(("such a ", "such an ", "Such a "), 0, start):
                continue  # "the first country to sign such a bilateral pact": a kind of pact, none of its own
            if group == "name" and plural:
                # "Ukraine Quits 12 More CIS Agreements, Including Soviet-Era Military Pacts" counts and gives
                # examples; "the Camp David Accords" is a name ("the Five Power Defence Arrangements" a grouping's)
                if _COUNTED_BEFORE_NAME.search(text, max(0, match.start(group) - 20), start):
                    continue
                name += "s" if name.endswith(("Accord", "Agreement")) else ""
            before = name.split(" between ", 1)[0] if group == "name" and " between " in name else ""
            if len(before.split()) >= 2 and (_ENDS_WITH_AGREEMENT_HEAD.search(before) or _NAME_GOES_ON.match(
                    text, match.end(group))):  # "... between the Ministry of Defence of X and ...": not the title's
                # "the Visiting Forces Agreement between A and B": its parties, not its name; after a head that
                # opens a title ("Agreement on Security Cooperation ... between Ukraine and Ireland") it is the title's
                name = before
            listed = _TITLE_LIST_GOES_ON.match(text, start + len(name)) \
                if group == "name" and text.startswith(",", start + len(name)) and _TITLE_OF.search(name) else None
            if listed and not any(self._lookup(word) for item in _LIST_ITEM_SPLIT.split(listed.group()) if item
                                  for word in (item, item.split()[0])):
                name = text[start:listed.end()]  # (not "the Treaty of Lisbon, Russia and China said": names)
            first, joined, rest = name.partition(" and ") if group == "name" else ("", "", "")
            if joined and any(hit.type in (EntityType.ALLIANCE, EntityType.ORGANIZATION, EntityType.STATE)
                              for hit in self._lookup(first)):
                # "signed by NATO and Warsaw Pact states": a body and another, not one pact's name
                start, name = start + len(first) + len(joined), rest
            where = _IN_A_PLACE_AT_END.search(name) if group == "name" else None
            if where and self._lookup(where.group(1)):
                name = name[:where.start()]  # "the Treaty of Accession in Mogadishu": signed there, not so named
            if not name or group == "name" and (len(name.split()) < 2 or self._lookup(name)):
                continue
            if self._known_pact_and_its_noun(name):
                continue
            if group == "name" and (_HEADLINE_VERB.search(name) or _TITLE_CASE_LINK_WORD.search(name)):
                # "Montenegro, Albania Sign Defence Pact": a headline's verb, no name; "Deepens NATO Ties With New
                # Partnership Plan": a headline's words, a preposition capitalised with them
                continue
            if group == "plain" and any(b == start - 1 and m.type in (EntityType.ALLIANCE, EntityType.ORGANIZATION)
                                        for _, b, m in gazetteer_spans):
                continue  # "the AUKUS security pact": the body, described
            apposed = _DESCRIPTION_SET_OFF.search(text, max(0, start - 14), start) if group == "plain" else None
            if apposed and any(b == apposed.start() and m.type in _DESCRIBED_TYPES for _, b, m in gazetteer_spans):
                continue  # "ANZUS, the 1951 security treaty it signed with ...": the one named, described
            described = _AGREEMENT_DESCRIBED_SET_OFF.search(text, max(0, start - 50), start) \
                if group == "plain" else None
            if described and any(m.end == described.start() and m.type is EntityType.AGREEMENT for m in out):
                continue  # "the Lima Code of Conduct, a regional maritime security agreement": the one named
            year = _YEAR_BEFORE_NAME.search(text, max(0, start - 6), start) \
                if group == "name" and _GENERIC_AGREEMENT_NAME.fullmatch(name) else None
            if year is not None:  # "the 1951 Defence Agreement": a name of generic words, told apart by its year
                start, name = year.start(), text[year.start():start + len(name)]
            # ('"no limits" partnership agreement': the quotation marks are no part of the label)
            label = name.translate(_NO_QUOTES) if group == "plain" else name
            out.append(Mention(start, start + len(name), name, label, EntityType.AGREEMENT, kind="agreement",
                               confidence=0.7, inner=inner(start, start + len(name))))
        for match in (_SIGNED_THE_NAME.finditer(text) if "signed the " in text else ()):
            # "Australia signed the Falepili Union with Tuvalu": what one signs is a document, whatever its name
            name, start = match.group("name"), match.start("name")
            if not self._lookup(name) and not inner(start, start + len(name)):
                out.append(Mention(start, start + len(name), name, name, EntityType.AGREEMENT, kind="agreement",
                                   confidence=0.65))
        for match in (self._quoted_agreement.finditer(text) if "“" in text or '"' in text else ()):
            for group in ("name", "second"):
                if match.group(group) and not self._lookup(match.group(group)) and \
                        not _DOMESTIC_ACT_END.search(match.group(group)):
                    out.append(Mention(match.start(group), match.end(group), match.group(group), match.group(group),
                                       EntityType.AGREEMENT, kind="agreement", confidence=0.65))
        for match in (self._agreement_between.finditer(text) if " between " in text and line_words & _PACT_KEYS.mask
                      else ()):
            name, start = match.group("name"), match.start("name")
            ranking = _RANKING_OPENING.match(name)
            if ranking:  # "the first defence agreement between A and B": what ranks it is no part of its name
                name, start = name[ranking.end():], start + ranking.end()
            # "AUKUS, the 2021 submarine pact between A, B and C", "New START, the 2010 arms control treaty
            # between ...": a body or a treaty named before, described
            apposed = text[:match.start()].endswith(", ") and any(
                m.end == match.start() - 2 and m.type in (EntityType.ALLIANCE, EntityType.ORGANIZATION,
                                                          EntityType.AGREEMENT) for m in (*known, *out))
            hoped = _HOPED_FOR_BEFORE.search(text, max(0, match.start() - 30), match.start()) or \
                _HOPED_FOR_AFTER.match(text, match.end())
            if " " not in name or apposed or hoped or _GENERIC_AGREEMENT.match(name):
                continue  # (and "the strongest agreement between A and B since ...": a judgement, no name)
            # (the parties named in its label: two ceasefire agreements between other pairs are two agreements)
            # (by the names the gazetteer has for them: not "... and Azerbaijan Friday")
            between = _BETWEEN_NAMES.match(text, match.end("name"))
            parties = [m.label for m in known if between and between.start() < m.start < between.end()
                       and m.type in _PAIR_PARTY_TYPES and m.kind == "gazetteer"]
            label = f"{name} between {', '.join(parties[:-1])} and {parties[-1]}" if len(parties) >= 2 else name
            out.append(Mention(start, match.end("name"), name, label, EntityType.AGREEMENT,
                               kind="agreement", confidence=0.65))
        for match in (_NAMED_PLURAL_PACTS.finditer(text) if "treaties" in text or "accords" in text
                      or "agreements" in text or "arrangements" in text else ()):
            # "the Lancaster House treaties", "the Minsk agreements": a set of pacts, named by the place or words
            # they are known by (not "the NATO agreements", "the Serbia agreements": whose)
            owners = [e for e in self._lookup(match.group("words"))[:1] if e.match is not MatchKind.CAPITAL]
            if owners or _MONTH_OR_DAY_WORD.search(match.group("words")) or _NOT_A_PACTS_NAME.search(
                    match.group("words")):
                continue
            out.append(Mention(match.start("name"), match.end("name"), match.group("name"), match.group("name"),
                               EntityType.AGREEMENT, kind="agreement", confidence=0.6))
        for match in (_CAPITALS_AGREEMENT.finditer(text) if " agreement" in text else ()):
            # "The Beijing agreement was signed by ...": an agreement named by the capital it was made in (which
            # _signed_agreement finds only after its verb)
            hits = self._lookup(match.group("words"))[:1]
            if hits and hits[0].match is MatchKind.CAPITAL:
                out.append(Mention(match.start("name"), match.end("name"), match.group("name"), match.group("name"),
                                   EntityType.AGREEMENT, kind="agreement", confidence=0.6))
        for match in (_NAMED_PACT.finditer(text) if "treaty" in text or "accord" in text or "pact" in text else ()):
            # "Australia's Falepili Union treaty with Tuvalu", "the Pukpuk treaty": a pact named by words that no
            # state, body or people owns (not "the Russian treaty", "the Japanese-Philippine pact")
            # (nor "the INF Treaty accord", "the Union State treaty": a known pact or body, and a noun)
            words = match.group("words")
            known_pact = next((e for e in self._lookup(match.group("name"))[:1]
                               if e.type is EntityType.AGREEMENT and e.match is not MatchKind.CAPITAL), None)
            if known_pact is not None and match.group("name")[-1].islower() and not any(
                    m.start < match.end("name") and match.start("name") < m.end and m.type is EntityType.AGREEMENT
                    for m in known):
                # "the Ottawa treaty": a pact the gazetteer names with a capital head ("Ottawa Treaty"), which its
                # case-sensitive scan does not find written in lower case (its label, not the text's, if another
                # pattern took the same words for a name of their own)
                out = [m for m in out if (m.start, m.end) != match.span("name")]
                out.append(Mention(match.start("name"), match.end("name"), match.group("name"), known_pact.label,
                                   EntityType.AGREEMENT, kind="agreement", confidence=0.7, qid=known_pact.qid))
                continue
            if any(e.match is not MatchKind.CAPITAL for part in (words, *_NAME_PARTS.split(words))
                   for e in self._lookup(part)[:1]) or _MONTH_OR_DAY_WORD.search(words) or \
                    _NOT_A_PACTS_NAME.search(words) or self._lookup(match.group("name")):
                continue
            out.append(Mention(match.start("name"), match.end("name"), match.group("name"), match.group("name"),
                               EntityType.AGREEMENT, kind="agreement", confidence=0.6))
        context = article or text  # (the article names the council, if any line does)
        council = "esolution " in text and ("Security Council" in context or "UNSC" in context)
        for match in _COUNCIL_RESOLUTION.finditer(text) if council else ():
            # "Resolution 2719", "UN Security Council Resolution 1701": the council's, in an article that names it
            # (one label for each, however the text writes it)
            out.append(Mention(match.start(), match.end(), match.group(), f"{COUNCIL_RESOLUTION_LABEL} "
                               f"{match.group('number')}", EntityType.AGREEMENT, kind="agreement", confidence=0.75))
        pact_words = line_words & _PACT_KEYS.mask  # (every match of the two patterns below holds one)
        for match in (self._pair_agreement.finditer(text) if pact_words and ("-" in text or "–" in text) else ()):
            dash = match.start() + re.search(r"[-–]", match.group()).start()
            parties = [m for m in inner(match.start(), match.end())
                       if m.kind == "gazetteer" and m.type in _PAIR_PARTY_TYPES]
            # two names, one each side of the dash ("Guinea-Bissau" is one state, not Guinea and Bissau)
            if len(parties) == 2 and parties[0].end == dash and parties[1].start == dash + 1 and \
                    parties[0].label != parties[1].label:
                out.append(Mention(match.start(), match.end(), match.group(), match.group(), EntityType.AGREEMENT,
                                   kind="agreement", confidence=0.7, inner=tuple(parties)))
        shared = self._sharing_a_head(text) if _SHARED_HEAD_GATE.search(text) else []
        if shared:  # "the Baltic, Caspian and Mediterranean seas": each a sea, and no other name of those words
            out = [m for m in out if not any(m.start < p.end and p.start < m.end for p in shared)] + shared
        out += self._exercises_sharing_a_noun(text, out) if " exercises" in text or " drills" in text or \
            " manoeuvres" in text or " maneuvers" in text else []
        # "the exercise in the Kingdom's Eastern Province, the largest military manoeuvres ...": a region, no name;
        # "several of the Centre's exercises": an owner, no name
        return [m for m in out if m.type is not EntityType.EXERCISE
                or not m.label.endswith(_REGION_ENDINGS) and not m.label.endswith(("'s", "’s"))]

    def _exercises_sharing_a_noun(self, text: str, found: list[Mention]) -> list[Mention]:
        """The other exercises listed before one named with a plural noun ("its Interaction, Search and Echelon
        exercises": Interaction and Search too), where no other mention holds their words."""
        out = []
        for last in found:
            if last.type is not EntityType.EXERCISE or last.kind != "exercise" or \
                    not _PLURAL_EXERCISE_NOUN_AFTER.match(text, last.end):
                continue
            listed = _EXERCISES_LISTED_BEFORE.search(text, max(0, last.start - 120), last.start)
            if listed is None:
                continue
            items = [(listed.start("items") + item.start(), item.group())
                     for item in _LISTED_EXERCISE.finditer(listed.group("items"))]
            # ("the Chilean-Peruvian Condor Shield and Andes Shield drills": whose drills, before the first name)
            first = items[0][1].split(" ", 1) if items else []
            if len(first) == 2 and self._demonyms_only(first[0]):
                items[0] = (items[0][0] + len(first[0]) + 1, first[1])
            # all of them names, or none ("the CSTO, Russia and Belarus exercises": bodies and states; "the Northern,
            # Joint Sea and Vostok exercises": a word of where)
            if any(self._lookup(name) or _NOT_AN_EXERCISE_WORD.search(name)
                   or any(m.start < start + len(name) and start < m.end for m in found) for start, name in items):
                continue
            out += [Mention(start, start + len(name), name, name, EntityType.EXERCISE, kind="exercise",
                            year=_trailing_year(name), confidence=0.7) for start, name in items]
        return out

    def _sharing_a_head(self, text: str) -> list[Mention]:
        """The places named in a list that shares one plural head noun ("the Pacific and Arctic oceans", "the
        Kapustin Yar, Prudboi and Ashuluk training grounds"), each by its name and the head ("Arctic Ocean")."""
        out = []
        for match in _SHARED_HEAD.finditer(text):
            head = _SINGULAR_HEADS[" ".join(match.group("head").lower().split())]
            names = list(_LISTED_NAME.finditer(match.group("names")))
            # "the East and South China seas": a compass word before a longer last name shares its other words
            shared = " ".join(names[-1].group(0).split()[1:])
            for name in names:
                start = match.start("names") + name.start()
                elided = " " + shared if shared and name is not names[-1] and _COMPASS.fullmatch(name.group(0)) \
                    else ""
                label = f"{name.group(0)}{elided} {head}"
                if head not in ("Sea", "Ocean") and self._lookup(name.group(0)) and not self._lookup(label):
                    continue  # ("the Russian and Belarusian training grounds": the states', no names; but "the
                    # Norwegian and Barents seas" names a sea by an adjective)
                out.append(Mention(start, start + len(name.group(0)), name.group(0), label, EntityType.PLACE,
                                   kind="place", confidence=0.7))
        return out

    def _of_a_state(self, text: str, at: int) -> bool:
        """Whether ``text`` goes on at ``at`` with "of" and a state ("the Hambantota port of Sri Lanka": the port's
        own name is before it)."""
        of = _OF_A_STATE_NAME.match(text, at)
        return of is not None and any(e.type is EntityType.STATE for e in self._lookup(of.group("name"))[:1])

    def _named_ships(self, text: str, units: list[Mention], found: list[Mention]) -> list[Mention]:
        """Ships named after their kind without a prefix ("the frigates Drazki and Gordi, the corvette
        Bodri"), part of the navy that fields them in the clause before ("The Bulgarian Navy is taking
        part with ...", "the Romanian Naval Forces have sent ...")."""
        if not _SHIP_KIND_KEYS.any_in(text):
            return []
        # (a place inside a ship's name is no reason to drop it: "the frigate Mariscal Sucre")
        taken = _covered(text, [m for m in found if m.type is not EntityType.PLACE], ())
        places = {(m.start, m.end) for m in found if m.type is EntityType.PLACE}
        navies = [m for m in units if m.label.endswith(_NAVY_HEADS)]
        out: list[Mention] = []
        navy: Mention | None = None
        last_end = -1
        for match in _NAMED_SHIPS.finditer(text):
            if last_end < 0 or not _SHIP_LIST_GAP.fullmatch(text, last_end, match.start()):
                navy = max((m for m in navies if m.end <= match.start()), key=lambda m: m.end, default=None)
                if navy is not None and not _FIELDS_SHIPS.fullmatch(text, navy.end, match.start()):
                    navy = None
            spans = [match.span("first"), *((match.start("more") + more.start("name"),
                                             match.start("more") + more.end("name"))
                                            for more in _UNPREFIXED_SHIP.finditer(match.group("more"))),
                     match.span("second")]
            for start, end in spans:
                name = text[start:end] if start >= 0 else ""
                if not name or self._lookup(name) or name.split()[0] in _NOT_NAME_WORDS \
                        or 1 in taken[start:end] or (start, end) in places or _OF_A_NAME_AFTER.match(text, end):
                    continue  # (not "Hero" of "the corvette Hero of the Russian Federation X")
                out.append(Mention(start, end, name, name, EntityType.MILITARY_UNIT,
                                   kind="unit", part_of=navy.label if navy is not None else None, confidence=0.7))
            last_end = match.end()
        for navy in navies:
            # "the German Navy frigate Hessen": a ship named after its navy and its kind, without a prefix
            kind = _SHIP_AFTER_NAVY.match(text, navy.end)
            named = _UNPREFIXED_SHIP.match(text, kind.end()) if kind else None
            name = named.group("name") if named else ""
            if named and not self._lookup(name) and name.split()[0] not in _NOT_NAME_WORDS \
                    and 1 not in taken[named.start("name"):named.end("name")] \
                    and not any(m.start == named.start("name") for m in out):
                out.append(Mention(named.start("name"), named.end("name"), name, name, EntityType.MILITARY_UNIT,
                                   kind="unit", part_of=navy.label, confidence=0.7))
        return out

    def _described(self, name: str) -> bool:
        """Whether ``name`` is a state's adjective and a common noun ("Russian port", "Belarusian
        training ground"): a description of a place, whose name may follow ("... city of Baltiysk")."""
        first, _, rest = name.partition(" ")
        hits = self._lookup(first) if rest[:1].islower() else []
        # ("the Moscow region", "Kyiv oblast": a region named after the capital, no description of the state)
        return bool(hits) and hits[0].type is EntityType.STATE and not (
            first in hits[0].capitals and rest in _REGION_NOUNS)

    def _state_named(self, match: re.Match[str] | None) -> bool:
        """Whether ``match`` (of _IN_A_NAME) names a state the gazetteer knows."""
        return match is not None and any(e.type is EntityType.STATE for e in self._lookup(match.group("name")))

    def _is_exercise_context(self, text: str, start: int, end: int, anywhere: bool, article: bool = False) -> bool:
        window = text[max(0, start - 80): end + 80]
        if _EXERCISE_CONTEXT.search(window) or (anywhere and re.search(r"[-/]", text[start:end])):
            return True
        # "Serbia hosted Slavic Brotherhood-2016": a hyphenated year after a verb exercises take, and
        # no noun after it that names another kind of event ("took part in Army-2022 forum").
        if re.search(r"-(?:19|20)\d\d$", text[start:end]) and _EXERCISE_VERB_BEFORE.search(text, 0, start) \
                and not _OTHER_EVENT_AFTER.match(text, end):
            return True
        # "African Lion 2026, led by ..., will be hosted by Morocco", "during African Lion 2025 at the ...",
        # "will join Northern Coasts 2026": what is done to an exercise (or during one) in a text that speaks
        # of exercises
        # (not "The NATO Summit 2026 is scheduled to be held in Ankara", "Shangri-La Dialogue 2026": events named)
        return (anywhere or article) and not _OTHER_EVENT_AFTER.match(text, end) and not _OTHER_EVENT_WORD.search(
            text, start, end) and bool(
            _EXERCISE_VERB_AFTER.match(text, end) or _DURING_BEFORE.search(text, 0, start)
            or _EXERCISE_VERB_BEFORE.search(text, max(0, start - 40), start)
            or _trained_at(text, start))

    def _roles_set_off(self, text: str, people: list[Mention]) -> list[Mention]:
        """The positions set off after people the titled patterns found, before a verb of speech: "Brigadier
        General X, executive director of the Philippine side of the exercises, told", "X, the contingent
        commander, said"; "the JEF's chief of staff" where the gazetteer knows the owner ("chief of staff of
        the Joint Expeditionary Force"), none where it does not ("the brigade's commander")."""
        roles: list[Mention] = []
        for person in people:
            match = _ROLE_SET_OFF.match(text, person.end) or (
                _ROLE_SET_OFF_AT_THE_END.match(text, person.end)
                if _SPEECH_VERB_THEN_TITLE.search(text, max(0, person.start - 60), person.start) else None)
            if match is None or not _ROLE_WORD.search(match.group("role")) or (
                    match.group("role").islower() and _OF_SOMETHING_UNNAMED.search(match.group("role"))) or \
                    _NO_ROLE_WORDS.search(match.group("role")) or \
                    match.re is _ROLE_SET_OFF_AT_THE_END and _NO_ROLE_AT_THE_END.search(match.group("role")):
                # ('said X, a day after meeting the army chief.', 'an economist by training', 'a diplomat turned
                # novelist')
                continue
            if any(other is not person and match.start("role") <= other.start < match.end("role")
                   and not _PREPOSITION_IN.search(text, match.start("role"), other.start) for other in people):
                # "hosts A, Ethiopian Prime Minister B for talks, says": the next one of a list, titled (not "X,
                # adviser to President B, said": an office of X's, named after B)
                continue
            role = match.group("role")
            town = _BASED_IN_AT_END.search(role)
            if town is not None and (town.group(0).lstrip().startswith("based") or any(
                    e.type is EntityType.PLACE or e.match is MatchKind.CAPITAL
                    for e in self._lookup(town.group("town")))):
                role = role[:town.start()]  # "a security analyst based in Nairobi" (not "the US ambassador in Poland")
            # ("X, a former Ethiopian foreign minister, said": "former" is no part of the office, whose state the
            # adjective names)
            once = _ONCE_OR_LONG.match(role)
            first, _, rest = role[once.end() if once else 0:].partition(" ")
            adjective = self._lookup(first)[:1] if rest and first[:1].isupper() and rest[:1].islower() and \
                not _NOT_A_HOLDERS_ADJECTIVE.match(rest) else []
            nationality = None
            if adjective and adjective[0].type is EntityType.STATE and adjective[0].match is MatchKind.DEMONYM:
                # "an Armenian political analyst": an Armenian one; "the Ethiopian foreign minister": Ethiopia's
                role, nationality = self.office(first, rest) or rest, adjective[0].label
            # "the JEF's director of logistics and the exercise director for X": the owner's office, then another
            role, and_the, second = role.partition(" and the ") if match.group("owner") else (role, "", "")
            if match.group("owner"):
                hits = self._lookup(match.group("owner"))
                if not hits:
                    continue
                # ("of the Joint Expeditionary Force", "of NATO")
                article = "the " if hits[0].type is not EntityType.STATE and not hits[0].label.isupper() else ""
                role = f"{role} of {article}{hits[0].label}"
            # "general secretary of the Workers' Party of Korea and president of the State Affairs": two offices
            offices = _SECOND_OFFICE_OF.split(role) if " of " in role and not match.group("owner") else [role]
            offices += [second] if and_the and _ROLE_WORD.search(second) else []
            for office in offices:
                if office not in (person.position, *person.other_positions):
                    roles.append(replace(person, position=office, other_positions=(), nationality=nationality,
                                         confidence=0.7))
        return roles

    def _possessor_is_a_state(self, match: re.Match[str]) -> bool:
        """Whether the word before "'s" in ``match`` names a state ("Chile's defence pact with Peru")."""
        possessor = match.group(0).split("'")[0].split("’")[0]
        return any(e.type is EntityType.STATE for e in self._lookup(possessor))

    def _bodys_programmes(self, text: str) -> list[Mention]:
        """A body's programmes named with the body's name and the noun: "the PESCO Military Mobility project", "the
        NATO Science for Peace programme" (between the two), "the PESCO project Upgrade of Maritime Surveillance"
        (after the noun). Each is part of the body; one takes part in it, not in the body."""
        out = []
        for match in _BODYS_NAMED_PROJECT.finditer(text):
            words = match.group("words").split()
            for cut in range(1, len(words)):
                owner, name = " ".join(words[:cut]), " ".join(words[cut:])
                if name.split()[0] in ("for", "of", "and", "on") or self._lookup(name):
                    continue
                body = self._programme_owner(owner)
                if body is not None:
                    out.append(Mention(match.start("words"), match.end("words"), match.group("words"), name,
                                       EntityType.AGREEMENT, kind="agreement", part_of=body.label, confidence=0.7))
                    break
        for match in _BODYS_PROJECT_NAMED_AFTER.finditer(text):
            body = self._programme_owner(match.group("owner"))
            if body is not None and not self._lookup(match.group("name")):
                out.append(Mention(match.start(), match.end(), match.group(0), match.group("name"),
                                   EntityType.AGREEMENT, kind="agreement", part_of=body.label, confidence=0.7))
        return out

    def _programme_owner(self, name: str) -> GazetteerEntry | None:
        """The body (an organisation, an alliance or a body's framework such as PESCO) ``name`` names, if any."""
        return next((e for e in self._lookup(name) if e.type in (
            EntityType.ORGANIZATION, EntityType.ALLIANCE, EntityType.AGREEMENT)), None)

    def _known_pact_and_its_noun(self, name: str) -> bool:
        """"the New START treaty": a pact the gazetteer knows, and the noun it is one of."""
        known, _, head = name.rpartition(" ")
        return head.islower() and any(e.type is EntityType.AGREEMENT for e in self._lookup(known))

    def _holders_of_listed_offices(self, match: re.Match[str]) -> list[Mention]:
        """The people after "the presidents of A and B," each the holder of that office of the state in the same
        place of the list ("the presidents of Russia and Kyrgyzstan, Vladimir Putin and Almazbek Atambayev")."""
        at = match.start("names")
        names = [(at + m.start(), m.group(0)) for m in _LISTED_PERSON.finditer(match.group("names"))]
        hits = [self._lookup(name) for _, name in names]
        count = next((i for i, hit in enumerate(hits) if not (hit and hit[0].type is EntityType.STATE)), len(hits))
        people = names[count:]
        # (a state whose name holds "and", "Trinidad and Tobago", is no two: the counts then differ)
        if count < 2 or len(people) != count or any(self._looks_like_non_person(name) for _, name in people) or \
                not match.group("names").startswith(", ", people[0][0] - at - 2):
            return []
        role = _singular_office(match.group("role"))
        return [Mention(start, start + len(name), name, name, EntityType.PERSON, kind="person",
                        position=f"{role} of {after_of(hit[0].label)}", confidence=0.7)
                for (start, name), hit in zip(people, hits)]

    def _holders_before_listed_offices(self, match: re.Match[str]) -> list[Mention]:
        """The people before ", the leaders of A and B", each the holder of that office of the state in the same
        place of the list ("X and Y, the leaders of the United States and the Soviet Union")."""
        at = match.start("people")
        people = [(at + m.start(), m.group(0)) for m in _LISTED_PERSON.finditer(match.group("people"))]
        states = [self._lookup(m.group(0)) for m in _LISTED_PERSON.finditer(match.group("states"))]
        if len(people) != len(states) or not all(hits and hits[0].type is EntityType.STATE
                                                 and hits[0].match is not MatchKind.DEMONYM for hits in states) or \
                any(self._lookup(name) or self._looks_like_non_person(name) for _, name in people):
            return []
        role = _singular_office(match.group("role"))
        return [Mention(start, start + len(name), name, name, EntityType.PERSON, kind="person",
                        position=f"{role} of {after_of(hits[0].label)}", confidence=0.7)
                for (start, name), hits in zip(people, states)]

    def _looks_like_non_person(self, name: str) -> bool:
        words = name.split()
        if _LEADING_NOISE.match(name + " "):
            return True  # "The Kremlin said", "In Moscow officials said"
        # Exact surface forms only: "Un" in "Kim Jong Un" is no "UN". A surname may be a place's name
        # ("Brigadier General Alfredo Santiago", "Colonel Xavier Trinidad"): the last word after a first name
        # that is none.
        named = words[:-1] if len(words) > 1 else words
        if len(words) > 1 and words[0] in _GIVEN_NAMES_OF_PLACES:
            named = named[1:]  # "said Sofia Reinholt", "Victoria Nuland said": a first name, not the capital
        if (self._lookup(name) or any(w.translate(_MATCH_FOLD) in self._surface_forms for w in named)
                or any(_TITLE_WORD.fullmatch(w) for w in words) or words[0] in _TITLE_LAST_WORDS
                or _TITLE_WORD.fullmatch(name)  # ("the Crown Prince said": a title, no name)
                or len(words) > 2 and _TITLE_OPENING.match(name)):
            # "... Secretary David Lammy said": the title's last word is no first name; "Executive Secretary X
            # said": a title of two words
            return True
        # ("Italian General Takes Over NATO's KFOR": a headline's verb after a rank, no name)
        return bool(_NON_PERSON_WORD.search(name) or _NOT_EXERCISE_WORDS.match(words[0])
                    or _HEADLINE_PERSON_VERB.fullmatch(words[0]))

    def office(self, owner: str | None, title: str) -> str | None:
        """The position a government title names ("Serbian" + "President" -> "President of Serbia", "NATO" +
        "Secretary General" -> "Secretary General of NATO"), or None when ``title`` is no government title."""
        if not _GOVERNMENT.match(title.strip()):
            return None
        hits = self._lookup(owner) if owner else []
        state = hits[0].label if hits and hits[0].type is EntityType.STATE else None
        if hits and hits[0].type in (EntityType.ALLIANCE, EntityType.ORGANIZATION):
            return f"{title.strip()} of {after_of(hits[0].label)}"  # "Secretary General of NATO"
        return f"{title.strip()} of {state}" if state else title.strip()

    def _position(self, match: re.Match[str]) -> tuple[str | None, str | None]:
        title = ((match.groupdict().get("mod") or "") + match.group("title")).rstrip(".")
        title += match.groupdict().get("field") or ""
        if "." in title or re.split(r"[ -]", title)[-1] in _RANK_ABBREVIATIONS:  # "Vice Adm." is a Vice Admiral
            title = " ".join(_RANK_ABBREVIATIONS.get(word.rstrip("."), word) for word in re.split(r"[ -]", title))
        owner = match.group("owner")
        of = match.group("of")
        state_entry = None
        owner_label = None
        body_label = None  # the full name of a body named by its acronym
        # A nationality is the adjective's ("Kazakh President X", "U.S. Rear Admiral X"), not a state's name
        # ("Australia's Defence Minister X", "Solomon Islands Prime Minister X"): annotators record the first and
        # leave the second, an office of the state rather than a statement of where its holder is from
        by_name = False
        service = _SERVICE_AFTER_STATE.search(owner) if owner else None
        if service is not None and not _RANK.search(title):
            return f"{owner} {title}", None  # "Ukrainian Navy spokesman X": the service's office, as written
        if owner:
            hits = self._lookup(_strip_possessive(owner[:service.start()] if service else owner))
            community = _WORD_BEFORE.search(match.string, max(0, match.start("owner") - 20), match.start("owner"))
            if community and hits and hits[0].match is MatchKind.DEMONYM and self._demonyms_only(community.group(1)):
                # "Turkish Cypriot President X", "Greek Cypriot negotiator Y": a community's office, as written
                return f"{community.group(1)} {owner} {title}", None
            if hits and hits[0].type is EntityType.STATE:
                state_entry = hits[0]
                # ("U.S. Rear Admiral X", "UK Defence Secretary X": an abbreviation stands as the adjective does;
                # so does a name without "'s", "New Zealand Prime Minister X", "Solomon Islands Prime Minister Y")
                by_name = owner.endswith(("'s", "’s")) or state_entry.match not in (
                    MatchKind.DEMONYM, MatchKind.ACRONYM, MatchKind.LABEL, MatchKind.ALIAS)
            elif hits and _ENVOY_TITLE.fullmatch(title) and (sender := self._sender_before(match)) is not None:
                # "Russia's UN ambassador X", "Russian UN envoy X": the sending state's envoy to the body (as
                # "Peru's ambassador to the OAS" is written)
                return f"{title} of {after_of(sender.label)} to {after_of(hits[0].label)}", \
                    sender.label if sender.match is MatchKind.DEMONYM else None
            elif hits:
                owner_label = hits[0].label if hits[0].label == "NATO" else _strip_possessive(owner)
                if _ACRONYM_OWNER.fullmatch(owner_label) and " " in hits[0].label:
                    body_label = hits[0].label  # "UN Secretary-General X": of the United Nations, as annotators write
            else:
                owner_label = _strip_possessive(owner)  # "the navy's spokesman"
        if of:
            hits = self._lookup(of)
            if hits and hits[0].type is EntityType.STATE:
                state_entry = hits[0]
            else:
                owner_label = of  # "commander of SOUTHCOM": the body as the text names it
        origin = match.groupdict().get("from")
        if origin and state_entry is None:  # "a political analyst from Nepal"
            hits = self._lookup(origin)
            state_entry = hits[0] if hits and hits[0].type is EntityType.STATE else None
        nationality = state_entry.label if state_entry and not by_name else None
        if title.lower() in _GENERIC_PERSON_NOUNS:
            return None, nationality  # "a Kyrgyz officer": a nationality, not a position
        employer = match.groupdict().get("for")
        # "a spokesman for the Kazakh defence ministry", "a security analyst at the Belgrade Centre ..." (the
        # workplace is part of the position, as most annotators write it)
        if employer and of and state_entry is None and re.match(r"\s*for\s+[A-Z]", employer):
            # "X, High Representative of the Union for Foreign Affairs and Security Policy": one office, as written
            written = match.string[match.start("title"):match.end("for")]
            return re.sub(r"\s*\([A-Z]{2,8}\)$", "", written), nationality  # (not its acronym after it)
        if employer and not of:  # without the city the workplace is in ("... at the Lowy Institute in Sydney"); a
            # body named by "of" is the office's ("commander of the Lapland Air Command at Rovaniemi")
            return f"{title}{_IN_A_CITY_AT_END.sub('', employer)}", nationality
        posted = match.groupdict().get("to")
        capital = match.groupdict().get("in_capital")
        if capital and not posted and not _BODY_ACRONYM.search(match.group(0)):  # (not "Hungary's EU ambassador")
            hits = self._lookup(capital)
            posted = hits[0].label if hits and hits[0].match is MatchKind.CAPITAL else None
        if posted and owner and state_entry is not None and state_entry.match is MatchKind.ACRONYM and \
                match.groupdict().get("to"):
            # "U.S. Ambassador to Georgia": as written, as most sheets keep it (an adjective's office is the state's:
            # "Ambassador of China to Serbia", which the sheets' "Chinese Ambassador to Serbia" matches too)
            return f"{owner.strip()} {title}{match.string[match.end('title'):match.end('to')]}", nationality
        if posted:  # "Guyana's ambassador to Chile": an office of the state that sends the holder
            hits = self._lookup(posted)
            where = hits[0].label if hits else posted
            sender = after_of(state_entry.label) if state_entry else owner_label
            # (of the sender's nationality, as an adjective before any title says: "Chinese Ambassador to Serbia X")
            return (f"{title} of {sender} to {where}" if sender else f"{title} to {where}"), nationality
        if of and of[:1].islower() and not owner:
            # "X, deputy commander of the exercise": a unit the text names in lower case, the office as written
            return _NOW_MODIFIER.sub("", match.string[match.start("mod"):match.end("of")]), nationality
        if _GOVERNMENT.match(title) and state_entry is None and owner_label and owner_label.endswith("Ministry"):
            return f"{owner_label} {title}", None  # "Defense Ministry State Secretary X": the ministry's office
        if _GOVERNMENT.match(_TEMPORARY_OR_PAST.sub("", title)) or (_SPOKESPERSON.search(title)
                                                                  and state_entry is not None):
            # "Kazakh President X": the office's state is the holder's nationality too; "PIF Secretary General X":
            # the body's, as the text names it
            where = state_entry.label if state_entry else f"the {body_label}" if body_label else owner_label
            if where and not state_entry and where.endswith((" Commission", " Secretariat")):
                where = f"the {where}"  # "ECOWAS Commission President X": the President of the ECOWAS Commission
            return (f"{title} of {after_of(where)}" if where else title), nationality
        if owner_label and not state_entry and title.startswith("former "):
            # "X, the former chairwoman of the AU Commission": the office of the body, as it was
            the = "the " if owner_label.endswith((" Commission", " Secretariat")) else ""
            return f"{title} of {the}{after_of(owner_label)}", None
        if of and not owner and owner_label and not state_entry:
            # "X, the current chairman of the Caribbean Community": the office of the body, as written (not the
            # modifier of its time)
            if isinstance(match, _Retitled):  # ("chairman and chief executive of X": the second office, of X too)
                return f"{title} of {of}", None
            return _NOW_MODIFIER.sub("", match.string[match.start("mod"):match.end("of")]), None
        if owner_label and not state_entry:
            return f"{owner_label} {title}", None
        if of and owner_label:  # "Nigeria's Chief of the Naval Staff": the body's, in the state's service
            return f"{owner_label} {title}", nationality
        return title, nationality

    def _sender_before(self, match: re.Match[str]) -> GazetteerEntry | None:
        """The state named (or whose adjective stands) right before a title's owner ("Russia's" of "Russia's UN
        ambassador"), if any."""
        before = _STATE_WORDS_BEFORE.search(match.string, max(0, match.start("owner") - 40), match.start("owner"))
        hits = self._lookup(before.group("state")) if before else []
        return hits[0] if hits and hits[0].type is EntityType.STATE else None

    def _office_set_off(self, text: str, at: int, *, closed: bool) -> str | None:
        """The office set off by a comma before a rank that begins at ``at``, of the body that owns it if the
        text names one ("NATO's Supreme Allied Commander Europe, US General X": of NATO); ``closed``: a comma or
        the sentence's end follows the name, which closes the apposition."""
        set_off = _OFFICE_SET_OFF_BEFORE_RANK.search(text, max(0, at - 100), at)
        if set_off is None or not closed:
            # (an apposition closed after the name: not "According to the spokesman of X, Colonel Y led the
            # drills", whose office is another's)
            return None
        office, owner_name = set_off.group("office"), set_off.group("owner")
        if owner_name is None:
            return office
        words = owner_name.split()
        # (the body its last words name: "NATO" of "Yesterday NATO's spokesman")
        owner = next((hits[0] for i in range(len(words)) if (hits := self._lookup(" ".join(words[i:])))), None)
        if owner is not None:
            return f"{office} of {after_of(owner.label)}"
        # "The Romanian Navy's spokesman, Captain X": a service or body kg does not hold, named by its head noun
        return f"{office} of the {owner_name}" if len(words) > 1 and _BODY_HEAD_AT_END.search(owner_name) else None

    def state_of_adjective(self, words: str) -> str | None:
        """The state the adjective that opens ``words`` names ("Chinese Foreign Ministry spokesperson": China)."""
        return self._office_of_state(words)[1]

    def _office_of_state(self, office: str) -> tuple[str, str | None]:
        """``office`` written as the corpus writes a state's offices, and the state an adjective that opens it
        names: "Vietnamese Defense Minister" is the "Defense Minister of Vietnam" (of a Vietnamese holder); a
        spokesperson's stays as written ("Chinese Foreign Ministry spokesperson"), of a Chinese one."""
        first, _, rest = office.partition(" ")
        hits = self._lookup(first) if rest else []
        if not hits or hits[0].type is not EntityType.STATE or hits[0].match is not MatchKind.DEMONYM:
            return office, None
        state = hits[0].label
        # ("Malian transitional President", "Nigerien head of state": a state's office all the same)
        bare = rest[_TEMPORARY_OR_PAST.match(rest).end():] if _TEMPORARY_OR_PAST.match(rest) else rest
        bare = bare.removeprefix("First ")  # ("Tajik First Deputy Defence Minister": a deputy's office)
        return (f"{rest} of {after_of(state)}" if _GOVERNMENT.match(bare) or bare == "head of state" else office), \
            state

    def _ministry_label(self, state: str, kind: str) -> str | None:
        """A state's ministry as news names it, by the state's adjective ("Kazakh Defence Ministry"), or None
        when ``state`` names no state with one."""
        hits = self._lookup(state)
        if not hits or hits[0].type is not EntityType.STATE or not hits[0].demonyms:
            return None
        # (the adjective written as the state's name is: "Kyrgyz", not "Kirghiz", for Kyrgyzstan)
        label = hits[0].label
        demonym = next((d for d in hits[0].demonyms if len(d) >= 4 and d[:4].lower() == label[:4].lower()),
                       hits[0].demonyms[0])
        return f"{demonym} {kind.capitalize()} Ministry"

    def _with_full_name_set_off_before(self, text: str, person: Mention) -> Mention:
        """``person`` ("Mr Mvondo Ella") by the full name the text set off by a comma before, often after a title
        kg does not know ("Cameroon's Minister Delegate at the Presidency in charge of Defence, Jean-Pierre Mvondo
        Ella."): the one such name, if the text gives no other and no word of it is a title or in the gazetteer."""
        opening = _HONORIFIC_OPENING.match(person.label)
        name = person.label[opening.end():] if opening else person.label
        set_off = re.compile(rf",\s+(?P<given>(?:[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?\s+){{1,2}})"
                             rf"{re.escape(name)}(?=[.,;])")
        full_names = {match.group("given") + name for match in set_off.finditer(text, 0, person.start)
                      if not any(_TITLE_WORD.fullmatch(word) or self._lookup(word)
                                 for word in match.group("given").split())}
        return replace(person, label=full_names.pop()) if len(full_names) == 1 else person

    def _speakers_by_surname_alone(self, text: str, mentions: list[Mention],
                                   skip: Iterable[tuple[int, int]]) -> list[Mention]:
        """Speakers named by a surname alone ("Lazic, for his part, told journalists") whose full name the text
        gave before, often after a title kg does not know ("State Secretary of the Serbian Defense Ministry Zoran
        Lazic"): people, by that full name (a given name being no body's head, time word or name kg found)."""
        if not _SPEECH_VERB_KEYS.any_in(text):
            return []
        taken = [(m.start, m.end) for m in mentions] + list(skip)
        named = {word for m in mentions if m.type is EntityType.PERSON for word in m.label.split()}
        spans = [(m.start, m.end) for m in mentions]
        out: list[Mention] = []
        for match in _LONE_SURNAME_SPEAKS.finditer(text):
            surname, start = match.group("surname"), match.start("surname")
            if surname in named or surname in _NEWS_AGENCIES or _NO_GIVEN_NAME.match(surname) or \
                    surname in ("Highness", "Majesty", "Excellency") or \
                    self._lookup(surname) or _TITLE_WORD.fullmatch(surname) or _NOT_A_PLACE_WORD.match(surname) or \
                    any(a < match.end("surname") and start < b for a, b in taken):
                continue
            full = None
            for earlier in re.compile(rf"(?<![\w’'-]){re.escape(surname)}(?![\w’'-])").finditer(text, 0, start):
                given = _GIVEN_NAME_BEFORE.search(text, max(0, earlier.start() - 30), earlier.start())
                # (not "Yesterday Belic met", "toured Fort Bragg", nor a word of a name kg found)
                if given and not _TITLE_WORD.fullmatch(given.group("given")) and not _NO_GIVEN_NAME.match(
                        given.group("given")) and not self._lookup(given.group("given")) and \
                        not any(a <= given.start() < b for a, b in [*skip, *spans]):
                    full = f"{given.group('given')} {surname}"
                    if _TITLE_WORD.fullmatch(full):
                        full = None  # "the Crown Prince said": a title of two words, no name
                    break
            if full is not None:
                named.add(surname)
                out.append(Mention(start, start + len(surname), surname, full, EntityType.PERSON, kind="person",
                                   confidence=0.7))
        return out

    def _organ_named(self, name: str, head: str) -> tuple[str, EntityType, bool]:
        """The label and type of an organisation's organ named ``name`` ("SCO Regional Anti-Terrorist Structure"),
        whose head noun is ``head``: the gazetteer's, else the name's, a force by its head; and whether the gazetteer
        knows it."""
        known = self._lookup(name)[:1]
        if known:
            return known[0].label, known[0].type, True
        force = head.endswith(_FORCE_HEADS) or _NAVAL_GROUP.search(name) is not None
        return name, EntityType.MILITARY_UNIT if force else EntityType.ORGANIZATION, False

    def _add_surnames(self, text: str, mentions: list[Mention], skip: Iterable[tuple[int, int]]) -> list[Mention]:
        """Later mentions of a person by surname alone ("Prorokovic said"), with an honorific ("Mr Petrov")
        or by full name without title."""
        mentions = [self._with_full_name_set_off_before(text, m) if m.type is EntityType.PERSON and m.kind == "person"
                    and _HONORIFIC_BEFORE.search(text, max(0, m.start - 6), m.start + 4) else m for m in mentions]
        mentions = sorted(mentions + self._speakers_by_surname_alone(text, mentions, skip), key=lambda m: m.start)
        people = {}
        family_names: set[str] = set()  # the names that open a person's name ("Kim" of "Kim Jong Un")
        for mention in mentions:
            if mention.type is EntityType.PERSON and not _HONORIFIC.match(mention.label):
                people.setdefault(mention.label, mention)
                words = mention.label.split()
                if len(words) >= 3 and _NAME_SUFFIX.fullmatch(words[-1]):
                    words = words[:-1]  # "Gilberto Ramos Jr.", then "Secretary Ramos said": the surname before it
                people.setdefault(words[-1], mention)
                article = _ARABIC_ARTICLE.match(words[-1]) if len(words) >= 2 else None
                if article:  # "Abdel Fattah al-Sisi", then "Sisi said": the surname without its article
                    people.setdefault(words[-1][article.end():], mention)
                # "Ahn Dong-hyun", then "Ahn said"; "Cai Weiming", then "Cai said"; "Kim Jong Un", then "Kim said";
                # "Japanese Defense Minister Kihara Minoru", then "Kihara said" (a Japanese name may be written either
                # way round): the family name first
                family_first = len(words) == 2 and (
                    _KOREAN_GIVEN_NAME.fullmatch(words[1])
                    or words[0] in _CHINESE_FAMILY_NAMES and _PINYIN_GIVEN_NAME.fullmatch(words[1])
                    or mention.nationality == "Japan" or mention.position and mention.position.endswith(" of Japan")) \
                    or len(words) == 3 and words[0] in _KOREAN_FAMILY_NAMES and _KOREAN_SYLLABLE.fullmatch(words[1]) \
                    and _KOREAN_SYLLABLE.fullmatch(words[2])
                if family_first:
                    people.setdefault(words[0], mention)
                    family_names.add(words[0])
                if len(words) >= 2 and (mention.nationality in _CALLED_BY_GIVEN_NAME or mention.position and
                                        mention.position.endswith(_OF_STATES_CALLED_BY_GIVEN_NAME)):
                    # "Ethiopian Prime Minister Abiy Ahmed", then "Abiy said": the given name, as Ethiopians,
                    # Eritreans and Icelanders are called (the second name is the father's)
                    people.setdefault(words[0], mention)
                elif len(words) == 3 and len(words[1]) >= 3 and len(words[2]) >= 3 and words[1][:1].isupper() \
                        and words[1][-1].isalpha():  # (not "Jong" of "Kim Jong Un")
                    # "Héctor Ulloa Banegas", then "Ulloa said": a Spanish or Portuguese name's first surname
                    people.setdefault(words[1], mention)
        if not people:
            return mentions
        mentions = [replace(m, label=people[m.label.split()[-1]].label)
                    if m.type is EntityType.PERSON and _HONORIFIC.match(m.label) and m.label.split()[-1] in people
                    else m for m in mentions]
        # "K. Gogelienė" after "Kamilė Gogelienė": the same person by the initial of the given name
        mentions = [replace(m, label=people[named.group("surname")].label)
                    if m.type is EntityType.PERSON and (named := _INITIAL_THEN_SURNAME.fullmatch(m.label))
                    and named.group("surname") in people
                    and people[named.group("surname")].label.startswith(named.group("initial"))
                    and not _INITIAL_THEN_SURNAME.fullmatch(people[named.group("surname")].label) else m
                    for m in mentions]
        # "Minister Albuquerque Lins" after "Ricardo Albuquerque Lins": the same person by a longer surname
        long_names = [name for name, m in people.items() if name == m.label and name.count(" ") >= 2]
        if long_names:
            mentions = [replace(m, label=full) if m.type is EntityType.PERSON and " " in m.label and (
                full := next((n for n in long_names if n != m.label and n.endswith(" " + m.label)), None)
                # "Mohamed Khaled said" after "Mohamed Khaled Nordin": the one longer name it opens
                or _only([n for n in long_names if n.startswith(m.label + " ")])) else m
                for m in mentions]
        taken = [(m.start, m.end) for m in mentions] + list(skip)
        extra = []
        # Names by their first word, longest first, so that "Ivo Petrov" wins over "Petrov" alone.
        by_first: dict[str, list[str]] = {}
        for name in sorted(people, key=len, reverse=True):
            by_first.setdefault(name.split()[0], []).append(name)
        for start, names in _word_occurrences(text, by_first):
            name = next((n for n in names if text.startswith(n, start) and not _word_char_at(text, start + len(n))),
                        None)
            if name is None or any(a < start + len(name) and start < b for a, b in taken):
                continue
            person = people[name]
            if name in family_names and _NAME_GOES_ON_AFTER.match(text, start + len(name)):
                continue  # "Kim Yo Jong" after "Kim Jong Un": another of the family, not "Kim" alone
            if _another_given_name_before(text, start, name, person.label):
                continue  # "Luis Soto Vega" after "Ana Soto Vega": another of the name, not Ana Soto Vega again
            extra.append(Mention(start, start + len(name), name, person.label, EntityType.PERSON,
                                 kind="surname", confidence=0.8))
        return sorted(mentions + extra, key=lambda m: m.start)



_FIRST_WORD = re.compile(r"(\S+)\s+(?=\S)")


def _only(names: list[str]) -> str | None:
    """The one name of ``names``, or None when there are none or several (which one is meant is unsaid)."""
    return names[0] if len(names) == 1 else None


_NAME_SUFFIX = re.compile(r"(?:Jr|Sr)\.?|II|III|IV")
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_INITIAL_THEN_SURNAME = re.compile(r"(?P<initial>[A-Z])\.\s?(?P<surname>[\w’'-]+)")
_HONORIFIC_WORD = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Mme|Mister|Sheikh|Shaikh|Sir|Dame|Lord|Lady|Shri|Smt)\.?")
# The words of a name that may stand before a surname: capitalised, or a particle ("bin", "al", "de")
_NAME_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))([A-Z][\w’'-]*|bin|bint|ibn|al|el|de|da|del|van|von)\s+$")


def _another_given_name_before(text: str, start: int, name: str, label: str) -> bool:
    """Whether the words of a name right before ``name`` at ``start`` make another person's name than ``label``
    ("Luis Soto Vega" for "Soto Vega" after "Ana Soto Vega"), past titles and a sentence's opening word."""
    written = name
    cursor = start
    for _ in range(4):
        word = _NAME_WORD_BEFORE.search(text, max(0, cursor - 24), cursor)
        if word is None:
            return False
        written = f"{word.group(1)} {written}"
        if not (label == written or label.endswith(" " + written)):
            before = text[max(0, word.start(1) - 2):word.start(1)]
            # ("Secretary Ramos said": a title kg knows only with its field, "Defence Secretary")
            return word.group(1)[:1].isupper() and not _TITLE_WORD.fullmatch(word.group(1)) and \
                word.group(1) not in ("Secretary", "Commandant", "Chief") and \
                before not in (". ", "\n", "") and not before.endswith(("\n", "“", '"')) and \
                not _HONORIFIC_WORD.fullmatch(word.group(1))
        cursor = word.start(1)
    return False


_ARABIC_ARTICLE = re.compile(r"(?:al|el|Al|El)-(?=[A-Z])")


def _without_honorifics(mentions: list[Mention]) -> list[Mention]:
    """``mentions``, a person the text only calls "Mr Petrov" labelled "Petrov": the name, which an annotator
    who knows the full name from elsewhere (a caption, a headline) still recognises."""
    return [replace(m, label=m.label.split()[-1]) if m.type is EntityType.PERSON and _HONORIFIC.fullmatch(m.label)
            else m for m in mentions]


_CALLED_BY_GIVEN_NAME = frozenset({"Ethiopia", "Eritrea", "Iceland"})
_OF_STATES_CALLED_BY_GIVEN_NAME = tuple(f" of {state}" for state in sorted(_CALLED_BY_GIVEN_NAME))


def _agreements_named_later(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions``, where an agreement first called by its kind is named later: by a title that opens with those
    words ("signed a memorandum of cooperation ... The Memorandum of Cooperation on the Trilateral Security
    Cooperation Framework was inked by ..."), or by the title the next sentence gives what was signed ("signed a
    landmark defense pact ... A and B inked the Reciprocal Access Agreement"): the one agreement, by its title."""
    generic = [m for m in mentions if m.type is EntityType.AGREEMENT and m.label[:1].islower() and " " in m.label]
    if not generic:
        return mentions
    titles = [m for m in mentions if m.type is EntityType.AGREEMENT and m.label[:1].isupper()]
    renamed = {}
    for mention in generic:
        opening = mention.label.lower() + " "
        title = next((t for t in titles if t.start > mention.end and t.label.lower().startswith(opening)), None)
        if title is None:
            title = next((t for t in titles if t.start > mention.end), None)
            if title is None or title.start - mention.end > 400 or \
                    not _SIGNED_THE_TITLE.search(text, max(0, title.start - 12), title.start) or \
                    _WITH_ANOTHER_PARTY.match(text, title.end) or \
                    "." not in text[mention.end:title.start] or any(
                        g.start > mention.end and g.end < title.start for g in generic):
                continue  # (the next sentence's, signed by no other pair, and no other agreement between)
        renamed[mention.start] = replace(mention, label=title.label)
    return [renamed.get(m.start, m) if m.type is EntityType.AGREEMENT else m for m in mentions] if renamed \
        else mentions


# A grouping the text names in quotation marks, in lower case: 'the so-called "coalition of the willing"'
_QUOTED_BODY = re.compile(r"[\"“]((?:[a-z]+\s+){0,3}?(?:coalition|alliance|club|group|format|axis|quartet|bloc)"
                          r"(?:\s+of\s+(?:the\s+)?[a-z]+)?)[\"”]")
_QUOTED_BODY_KEYS = Words("coalition", "alliance", "club", "group", "format", "axis", "quartet", "bloc")


def _quoted_bodies(text: str, mentions: list[Mention], skip: Iterable[tuple[int, int]]) -> list[Mention]:
    """``mentions`` and the groupings a text names in quotation marks in lower case ('the so-called "coalition of
    the willing"'), wherever it writes that name again, quoted or not: an organisation kg does not know. A name of
    one word is none ("the "club""): the words around a head noun make it a name."""
    if "“" not in text and '"' not in text or not _QUOTED_BODY_KEYS.any_in(text):
        return mentions
    names = {match.group(1) for match in _QUOTED_BODY.finditer(text) if " " in match.group(1)}
    if not names:
        return mentions
    spans = [(m.start, m.end) for m in mentions] + list(skip)
    added = []
    for name in names:
        for again in re.finditer(rf"\b{re.escape(name)}\b", text):
            if not any(start < again.end() and again.start() < end for start, end in spans):
                added.append(Mention(again.start(), again.end(), name, name, EntityType.ORGANIZATION,
                                     kind="grouping", confidence=0.75))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


_SIGNED_THE_TITLE = re.compile(r"\b(?:signed|inked|sealed)\s+the\s+$")
_WITH_ANOTHER_PARTY = re.compile(r"(?:\s*\([A-Z]{2,8}\))?\s+with\s")  # ("signed the X with Australia": another's)


# A capitalised word alone before a speech verb ("Belic, for his part, told"; not "the Air Force said")
_LONE_SURNAME_SPEAKS = re.compile(rf"(?<![\w’'.-])(?<![Tt]he\s)(?<![Aa]\s)(?<![Aa]n\s)(?<![Ii]ts\s)"
                                  rf"(?P<surname>[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?)"
                                  rf"(?:,\s+for\s+(?:his|her)\s+part,)?\s+(?:{_SPEECH_VERBS})\b")
_GIVEN_NAME_BEFORE = re.compile(rf"(?<![\w’'.-])(?P<given>[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?)\s$")
# Capitalised words before a surname that are no given name: the heads of the bodies and offices news names
# (and no surname either), and the words that open a sentence
_NO_GIVEN_NAME = re.compile(r"(?:Ministry|Defen[cs]e|Forces|Army|Navy|Affairs|Command|Council|Office|Department|"
                            r"Agency|Staff|Guard|Service|Security|Police|Republic|Kingdom|State|States|Union|Party|"
                            r"Embassy|Committee|Assembly|Parliament|Government|Nations|Force|Fleet|Corps|Brigade|"
                            r"Division|Group|Centre|Center|Institute|University|Coalition|Alliance|Organi[sz]ation|"
                            r"Thomson|News|Press|The|And|But|As|In|On|At|For|With|After|Before|When|While|If|Since|"
                            r"Then|So|Yet|Also|Meanwhile|However|Last|Next|This|That|Speaking|Asked|Today|Yesterday|"
                            r"Later|Earlier|Now|Here|Camp|Fort|Port|Mount|Cape|Lake|Saint|San|Monday|Tuesday|"
                            r"Wednesday|Thursday|Friday|Saturday|Sunday)$")
# News agencies, which speak by one capitalised word ("Xinhua said")
_NEWS_AGENCIES = frozenset({"Reuters", "Xinhua", "Anadolu", "Interfax", "Yonhap", "Kyodo", "Sputnik", "Bernama",
                            "Antara", "Tass", "Belta", "Kazinform", "Akipress", "Trend", "Armenpress", "Ukrinform"})


def _named_before(head: str, text: str, position: int) -> bool:
    """Whether a name with ``head`` ("Memorandum") stands in ``text`` before ``position``."""
    return re.compile(rf"\b[{_UPPER}][\w-]*\s+{re.escape(head)}\b").search(text, 0, position) is not None


_AGREEMENT_HEAD_OF = re.compile(r"\s+of\s+understanding$")  # "memorandum of understanding": a memorandum
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mister|Dr|Mme|Prof)\.?\s")


_KOREAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")
# Korean family names, which open a name whose given name is two syllables written apart ("Kim Jong Un", "Choe
# Son Hui", as North Korea romanises them)
_KOREAN_FAMILY_NAMES = frozenset({
    "Kim", "Lee", "Ri", "Rhee", "Park", "Pak", "Choi", "Choe", "Jung", "Jong", "Chong", "Kang", "Cho", "Jo", "Yoon",
    "Yun", "Jang", "Chang", "Lim", "Rim", "Han", "Oh", "O", "Seo", "So", "Shin", "Sin", "Kwon", "Hwang", "Ahn", "An",
    "Song", "Yoo", "Ryu", "Hong", "Moon", "Mun", "Roh", "No", "Chun", "Jeon", "Ko", "Nam", "Baek", "Paek", "Heo",
})
_KOREAN_SYLLABLE = re.compile(r"[A-Z][a-z]{1,4}")
_NAME_GOES_ON_AFTER = re.compile(r"[ -][A-Z][a-z]")
# The commonest Chinese family names, written in pinyin before a given name of one or two syllables
_CHINESE_FAMILY_NAMES = frozenset({
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu",
    "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng",
    "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu",
    "Ding", "Ren", "Shen", "Yao", "Jin", "Fu", "Qin", "Xue", "Lei", "Hou", "Meng", "Bai", "Qiao", "Wen", "Fan",
    "Kong", "Cui", "Tan", "Mao", "Shi", "Jia", "Xia", "Zou", "Qian", "Xi", "Hua", "Geng", "Zhai", "Yan", "Fang",
    "Duan", "Shao", "Lai", "Mo",
})
_PINYIN_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,12}")  # ("Wang Yi", "Li Qiang")
# "..., its defence ministry said", "..., the Defence Ministry announced": a ministry its state's clause names.
# "... in Chisinau said", "with its foreign ministry saying that ..."
_CAPITALS_MINISTRY = re.compile(rf"\b(?P<capital>[{_UPPER}][\w-]+(?:\s[{_UPPER}][\w-]+)?)(?:’s|'s)\s+"
                                r"(?P<kind>defen[cs]e|foreign|interior)\s+ministry\b")
_MINISTRY_SPOKE = (r"(?:\s+in\s+[A-Z][\w-]+)?(?:\s+(?:has|had|have))?(?:\s+(?:also|repeatedly|previously|again))?"
                   r"\s+(?:said|announced|stated|confirmed|saying)\b")
# ("Chile rejected the pact. Its foreign ministry has repeatedly said ...": the state the sentence before is on)
# ("the Gulf state's foreign ministry said": a state described, the one the sentence opens with)
_OWN_MINISTRY = re.compile(r"\b(?:[Ii]ts|the(?P<country>\s+country['’]s)?"
                           r"(?P<described>\s+[A-Z][a-z]+\s+(?:country|state|kingdom|nation|republic)['’]s)?)\s+"
                           r"(?P<national>[Nn]ational\s+)?"
                           r"(?P<kind>[Dd]efen[cs]e|[Ff]oreign)\s+"
                           rf"[Mm]inistry\b(?={_MINISTRY_SPOKE})")
# "The Turkish Naval Forces ...": a sentence that opens with a people's forces
_STATES_FORCES_OPENING = re.compile(r"The\s+(?P<people>[A-Z][\w-]+)\s+(?:Naval\s+Forces|Armed\s+Forces|Land\s+Forces|"
                                    r"Air\s+Force|Navy|Army|Coast\s+Guard|military|navy|army|air\s+force|"
                                    r"armed\s+forces|troops|forces)\b")
_SPOKE = re.compile("inistry" + _MINISTRY_SPOKE)  # _OWN_MINISTRY's gate: the words each of its matches ends with
# ("In 2025 Steel Shield exercises ...": a time before a name, not a name)
_NAME_AND_YEAR_BEFORE = re.compile(r"\b(?!(?:In|On|By|Since|Until|From|After|Before|During|The|For|Of)\b)"
                                   r"[A-Z][\w-]*\s+(?:19|20)\d\d\s+$")
# A meeting or a chamber whose chair a title names ("Conference President X", "Assembly Speaker Y")
_MEETING_BEFORE_TITLE = re.compile(r"\b(Conference|Assembly|Summit|Congress|Forum|Court|Council)\s+$")
_CAPITALISED_WORD_BEFORE = re.compile(rf"(?<![\w’'-])[{_UPPER}][\w’'-]*\s+$")
_PREPOSITION_BEFORE = re.compile(r"(?<![\w’'-])(?:Unlike|Like|During|After|Before|In|At|For|With|Since|As|Following|"
                                 r"Under|From|Until|Despite|Besides|Amid|Including)\s+$")
# (with a format's figures before them: "the 5+5 Defence Initiative")
# ("the Andean Law Enforcement and Security Cooperation Centre": two nouns joined, inside the name)
_CAPITALISED_WORDS_BEFORE = re.compile(rf"(?<![\w’'+-])(?:\d\+\d\s+)?(?:[{_UPPER}][\w’'-]*\s+){{1,4}}"
                                       rf"(?:and\s+(?:[{_UPPER}][\w’'-]*\s+){{1,3}})?$")
# "the port", "the central Anatolian", "Russia's Black Sea"
_THE_BEFORE = re.compile(r"(?:\b[Tt]he|’s|'s)\s+(?:[\w-]+\s+){0,2}$|\b[Tt]he\s+[a-z]+\s+and\s+[a-z]+\s+$")
def _covered(text: str, mentions: list[Mention], skip: Iterable[tuple[int, int]]) -> bytearray:
    """A byte per character of ``text``, 1 where a mention or a skipped span holds it."""
    covered = bytearray(len(text) + 1)
    for a, b in [(m.start, m.end) for m in mentions] + list(skip):
        covered[a:b] = b"\x01" * (b - a)
    return covered


_LONG_ACRONYM = re.compile(r"\b[A-Z]{5,12}\b")  # (shorter ones fit too many names by chance)
# "a five-year defence cooperation agreement": how long an agreement runs, before what it is
_DURATION_OPENING = re.compile(rf"^(?:\d+|{TWO_TO_TEN}|twenty|twenty-five|thirty|fifty)-year\s+")
# ("SOCAFRICA", "STRIKFORNATO": a found name's may be long, as its letters must fit it)
_ACRONYM_BESIDE = re.compile(r"\s+\(([A-Z][A-Za-z]{1,11})\)")
# A force's acronym in its own language, which its English name does not spell ("the Indonesian National Armed Forces
# (TNI)", "the Royal Armed Forces (FAR)"); no news agency's
_FOREIGN_ACRONYM = re.compile(r"(?!(?:AFP|AP|TASS|DPA|ANI|PTI|IANS|KUNA|WAM|SPA|BTA|PAP|CNA|UPI|EFE|ANSA|BNA|QNA|IRNA|"
                              r"KCNA|MENA|APA|GNA|NAN)$)[A-Z]{2,6}")
# an exercise's name, its acronym, then the edition's year ("International Maritime Exercise (IMX) 2022")
_EXERCISE_ACRONYM_YEAR = re.compile(rf"(?P<name>[{_UPPER}][\w-]+(?:\s[{_UPPER}][\w-]+){{1,4}})\s"
                                    r"\((?P<acronym>[A-Z]{2,8})\)\s(?P<year>(?:19|20)\d\d)(?!\d)")
# an exercise's short name and edition ("(ACE 25)", "(NR24)")
_EXERCISE_ACRONYM_BESIDE = re.compile(r"\s+\(([A-Z]{2,8}[ -]?(\d\d))\)")


# ("the Indo-Pacific Four (IP4)": a count's digit closing the acronym)
_ACRONYM_IN_BRACKETS = re.compile(r" \([A-Z]{2,10}\d?\)")  # where a defined name may end: found first, as it is rare
# ("Radio Télévision du Sahel (RTS)": a connecting word of another language, as in the name)
_DEFINED_NAME = re.compile(rf"(?P<name>(?:[{_UPPER}][\w’'-]*\s+(?:(?:of|for|and|in|on|du|de|des|del|della)\s+"
                           rf"(?:the\s+)?)?){{1,7}}"
                           rf"[{_UPPER}][\w’'-]*)\s+\((?P<acronym>[{_UPPER}][A-Z]{{1,9}}\d?)\)$")
# A programme or plan the text says was signed is an agreement (a "Development Programme" may be a body).
_PLAN_HEADS = frozenset({"Programme", "Program", "Plan", "Roadmap"})
_SIGNED_BEFORE = re.compile(r"\b(?:signed|signs|sign|signing|adopted|adopts|adopt|ratified|concluded)\s+"
                            r"(?:an?|the|its|their)\s+(?:[a-z][\w-]*\s+)?$")
_OF_A_NAME = re.compile(rf"\s+of\s+[{_UPPER}]")
_OF_A_STATE_NAME = re.compile(rf"\s+of\s+(?:the\s+)?(?P<name>[{_UPPER}][\w-]+(?:\s+[{_UPPER}][\w-]+)*)")
# The waters a kind of town is named by: "a Black Sea port", "its Baltic coast city" (a description, no name; but
# "the Black Sea region" is one)
_WATERS_AT_END = re.compile(r"\b(?:Sea|Ocean|Gulf|Strait|Coast|Arctic|Baltic|Pacific|Atlantic|Mediterranean|Caribbean|"
                            r"Adriatic|Aegean|Caspian|Indian Ocean)$")
_LOWER_HEAD_AT_END = re.compile(r"\s(?:port|city|town|province|region|district|county|island)$")
# An adjective of a people or a region, by its ending: "Anatolian", "Chinese", "Swedish", "Baltic", "northern".
ADJECTIVE_OF_A_PLACE = r"[A-Za-z][\w-]*(?:ian|an|ese|ish|ic|ern)"
_ADJECTIVE_AND_NOUN = re.compile(rf"{ADJECTIVE_OF_A_PLACE}\s+[a-z]+")
# "in the Central Asian collective security region": an adjective before its noun, no place's name
_ADJECTIVE_BEFORE_A_NOUN = re.compile(rf"(?:\S+\s+)?{ADJECTIVE_OF_A_PLACE}")
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|on|in|at|from|to|for|with|by|until|since|during|near|off|as|the|this|"
                         r"last|next|where|which|who|while|but|after|before|over|under|is|are|was|were|will|has|"
                         r"have|had|coast|shore|shores|waters|sea|border|steppe|desert|mountains|peninsula)\b)[a-z]")
_TRAILING_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])?$")
_DEFINED_HEAD_TYPES = {
    **{head: (EntityType.MILITARY_UNIT, "unit") for head in (
        "Force", "Forces", "Command", "Navy", "Army", "Guard", "Fleet", "Corps", "Mission", "Brigade", "Division")},
    **{head: (EntityType.AGREEMENT, "agreement") for head in (
        "Treaty", "Agreement", "Pact", "Accord", "Protocol", "Declaration", "Arrangement", "Memorandum")},
}


_COMPOUND_PREFIX = re.compile(r"multi|inter|trans|counter")


@functools.lru_cache(maxsize=1024)
def _abbreviates(acronym: str, words: tuple[str, ...]) -> bool:
    """Whether ``acronym`` is built from the starts of ``words`` in order, each capitalised word giving one
    letter or more ("EASF"; "NORDEFCO" of "Nordic Defence Cooperation"; "UNMISS" of "... Mission in South
    Sudan"); a small word gives its initial, nothing, or a small letter of the acronym ("AFBiH")."""
    if any("-" in word for word in words):  # "FSMTC" of "Federal Service for Military-Technical Cooperation"
        split = tuple(part for word in words for part in (
            word.split("-") if all(p[:1].isupper() for p in word.split("-")) else [word]))
        if split != words and _abbreviates(acronym, split):
            return True
    letters = acronym.lower()

    def fits(at: int, word: int) -> bool:
        if word == len(words):
            return at == len(letters)
        text = words[word].lower()
        small = not words[word][:1].isupper()
        if small and fits(at, word + 1):
            return True
        if small and at < len(acronym) and acronym[at].islower() and fits(at + 1, word + 1):
            return True  # "AFBiH" of "Armed Forces of Bosnia and Herzegovina": a small word in the name's language
        prefix = _COMPOUND_PREFIX.match(text)  # "MNJTF" of "Multinational Joint Task Force": a prefix's own letter
        if prefix and letters[at:at + 2] == text[0] + text[prefix.end():prefix.end() + 1] and fits(at + 2, word + 1):
            return True
        size = 0
        while at + size < len(letters) and size < len(text) and letters[at + size] == text[size]:
            size += 1
            if fits(at + size, word + 1):
                return True
            if small:
                return False
        return False

    return fits(0, 0)


def _abbreviates_a_tail(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` fits the last two or more of ``words`` ("PLA" of "Chinese People's Liberation Army",
    "AFRICOM" of "US Africa Command")."""
    return any(_abbreviates(acronym, tuple(words[start:])) for start in range(len(words) - 1))


def _initials_reordered(acronym: str, label: str) -> bool:
    """Whether ``acronym`` has the initials of ``label``'s capitalised words in another order, as an acronym of
    the name in its own language has ("FAR" of "Royal Armed Forces", Forces Armées Royales)."""
    initials = sorted(word[0] for word in label.split() if word[:1].isupper())
    return len(acronym) >= 3 and acronym.isupper() and sorted(acronym) == initials


def _initials_but_one(acronym: str, label: str) -> bool:
    """Whether ``acronym`` has the initials of ``label``'s capitalised words (and their hyphened parts) in order,
    but for one left out ("CTBT" of "Comprehensive Nuclear-Test-Ban Treaty")."""
    initials = [part[0] for word in label.split() for part in word.split("-") if part[:1].isupper()]
    return len(acronym) >= 3 and acronym.isupper() and len(initials) == len(acronym) + 1 and any(
        initials[:skipped] + initials[skipped + 1:] == list(acronym) for skipped in range(1, len(initials) - 1))


def _syllable_acronym(acronym: str, label: str) -> bool:
    """Whether ``acronym`` is made of the openings of some of ``label``'s words, in order ("NAVAF" of "US Naval
    Forces Africa", "SETAF-AF" of "Southern European Task Force, Africa"): at least two words, four letters."""
    letters = acronym.replace("-", "").upper()
    words = [w.upper() for w in re.findall(r"[A-Za-z]+", label)]

    @functools.cache
    def fits(at: int, word: int, used: int) -> bool:
        if at == len(letters):
            return used >= 2
        return any(words[w][:size] == letters[at:at + size] and fits(at + size, w + 1, used + 1)
                   for w in range(word, len(words)) for size in range(1, min(len(words[w]), len(letters) - at) + 1))

    return len(letters) >= 4 and acronym.replace("-", "").isupper() and fits(0, 0, 0)


def _add_acronyms(text: str, mentions: list[Mention], skip: Iterable[tuple[int, int]],
                  state_codes: Mapping[str, str] | None = None) -> list[Mention]:
    """An organisation defined with its acronym ("the Alliance of Sahel States (AES)") is meant wherever the
    text uses the acronym alone ("Chad will not join the AES"); so is a state named in full by its ISO code
    ("Papua New Guinea" beside "PNG troops", "PNG's cabinet"), which needs no definition."""
    defined = {m.acronym: m for m in mentions if m.acronym}
    codes: set[str] = set()
    state_codes = state_codes or {}
    for mention in mentions if state_codes else ():
        code = state_codes.get(mention.qid or "")
        if code and mention.type is EntityType.STATE and mention.kind == "gazetteer" and code in text:
            codes.add(code)
            defined.setdefault(code, mention)
    for mention in mentions:  # "the Organization of Turkic States (OTS)": a known name, an acronym kg lacks
        # ("the Treaty on Conventional Armed Forces in Europe (CFE)": a treaty kg knows, by its acronym too)
        gazetteer = mention.type in (EntityType.ALLIANCE, EntityType.ORGANIZATION, EntityType.AGREEMENT) and \
            mention.kind == "gazetteer"
        if gazetteer or (mention.kind in ("unit", "org", "organisation", "agreement", "company")
                         and mention.acronym is None):
            beside = _ACRONYM_BESIDE.match(text, mention.end)
            # "the South African National Defence Force (SANDF)": a found name, when the letters fit
            if beside is not None and (gazetteer and len(beside.group(1)) <= 8
                                       or _abbreviates_a_tail(beside.group(1), mention.label.split())
                                       or _initials_reordered(beside.group(1), mention.label)
                                       or _initials_but_one(beside.group(1), mention.label)
                                       or _syllable_acronym(beside.group(1), mention.label)
                                       or _FOREIGN_ACRONYM.fullmatch(beside.group(1)) is not None
                                       and mention.kind == "unit" and len(mention.label.split()) >= 3):
                defined.setdefault(beside.group(1), mention)
        elif mention.type is EntityType.EXERCISE and mention.kind == "exercise" and mention.acronym is None and (
                short := _EXERCISE_ACRONYM_BESIDE.match(text, mention.end)) and (
                not mention.year or int(short.group(2)) == mention.year % 100):
            defined.setdefault(short.group(1), mention)  # "Arctic Challenge Exercise 2025 (ACE 25)"
        elif mention.type is EntityType.EXERCISE and mention.kind == "exercise" and mention.acronym is None and (
                beside := _ACRONYM_BESIDE.match(text, mention.end)) and len(mention.text.split()) >= 2 \
                and _abbreviates(beside.group(1), tuple(mention.text.split())):
            defined.setdefault(beside.group(1), mention)  # "the Ulchi Freedom Shield (UFS) exercise"
    found_names = [m for m in mentions if m.kind in ("unit", "org", "organisation", "company") and m.acronym is None
                   and len(m.label.split()) >= 3]
    for word in {w for w in _LONG_ACRONYM.findall(text) if w not in defined} if found_names else ():
        # "SOCAFRICA" in a text that names "U.S. Special Operations Command Africa" but never defines it
        named = [m for m in found_names if _abbreviates_a_tail(word, m.label.split())]
        if len({m.label for m in named}) == 1:
            defined[word] = named[0]
    if not defined:
        return mentions
    covered = _covered(text, mentions, skip)
    extra = []
    for acronym, mention in defined.items():
        # not where the acronym opens a longer name ("the AES Unified Force", "AES's")
        # ... but a state's code takes a possessive ("PNG's cabinet")
        # ... and a body's, its members ("IMSC's members are A and B")
        after = rf"(?!\s+[{_UPPER}]|-|['’](?!s\b))" if acronym in codes else \
            rf"(?!\s+[{_UPPER}]|-|['’](?!s\s+(?:full\s+)?(?:members|member\s+states|partners|observers)\b))"
        for match in re.finditer(rf"\b{re.escape(acronym)}\b{after}", text):
            start, end = match.span()
            if 1 not in covered[start:end]:
                covered[start:end] = b"\x01" * (end - start)
                extra.append(replace(mention, start=start, end=end, text=acronym, inner=(), acronym=None))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def _editions_by_their_acronym(mentions: list[Mention]) -> list[Mention]:
    """Editions named by the acronym an exercise was defined with ("International Maritime Exercise (IMX) 2022",
    then "IMX 22" and "IMX 2023") labelled with the series' full name and the edition's full year."""
    series = {m.acronym: m.label[:-5] for m in mentions
              if m.acronym and m.type is EntityType.EXERCISE and m.year and m.label.endswith(f" {m.year}")}
    if not series:
        return mentions
    out = []
    for mention in mentions:
        short = _ACRONYM_AND_YEAR.fullmatch(mention.label) if mention.type is EntityType.EXERCISE else None
        if short is not None and short.group("acronym") in series:
            year = int(short.group("year")) + (2000 if len(short.group("year")) == 2 else 0)
            mention = replace(mention, label=f"{series[short.group('acronym')]} {year}", year=year)
        out.append(mention)
    return out


_ACRONYM_AND_YEAR = re.compile(r"(?P<acronym>[A-Z]{2,8})[ -](?P<year>\d\d|(?:19|20)\d\d)")


# "CARTAGENA, Colombia, July 10 (HPA) –": the town a story is filed from, in capitals, and its state
# Words before a state's name joined from two that make it the historical state ("the former Serbia and
# Montenegro", "the State Union of Serbia and Montenegro", "then-Serbia and Montenegro")
_NAMES_FORMER_UNION = re.compile(r"(?:former|[Uu]nion\s+of|then-?|ex-)\s*(?:the\s+)?\Z")
# "from Samarkand, Uzbekistan": a preposition of place, one or two capitalised words, the comma before the state;
# and after the state, the end of its phrase ("..., where", ", on Monday", ".")
# ("in Sharm el-Sheikh, Egypt", "in Ras al-Khaimah, UAE": an Arabic article joined to the second word)
_TOWN_BEFORE_ITS_STATE = re.compile(r"\b(?:in|at|from|near|outside|to|into|off)\s+"
                                    r"(?P<town>(?:The\s)?[A-Z][a-z’'-]+(?:\s(?:(?:el|al|ad|as|ash|ar|an|ed|es)-)?"
                                    r"[A-Z][a-z’'-]+)?),\s+$")
_TOWN_BEFORE_ITS_PART = re.compile(rf"\b(?:in|at|from|near|outside|off)\s+"
                                   rf"(?P<town>[{_UPPER}][{_LOWER}’'-]+(?:-[{_UPPER}][{_LOWER}’'-]+)?)$")
_IN_A_PART_OF_STATE_BEFORE = re.compile(r"\s+in\s+(?:north|south|east|west|central|(?:north|south)-?(?:east|west))"
                                        r"(?:ern)?\s+$")
# (not a list going on: "awarded to Rheinmetall, Germany, and Hanwha", "fled from Darfur, Chad, and South Sudan")
_AFTER_A_TOWNS_STATE = re.compile(r"\s*(?:,(?!\s+(?:and\s+|or\s+)?(?:the\s+)?[A-Z])|[.;]|$|"
                                  r"\s(?:on|in|where|last|this|earlier|late|early)\b)")
# (a rank may come first: ", Colonel General Sherali Mirzo,")
_NAME_SET_OFF_AFTER = re.compile(rf",\s+([{_UPPER}][\w’'-]+\s+[{_UPPER}][\w’'-]+(?:\s+[{_UPPER}][\w’'-]+){{0,2}})"
                                 r"\s*(?:,|\s+and\b)")
_DATELINE_TOWN = re.compile(r"(?P<town>[A-Z][A-Z’'.]+(?:[ -][A-Z][A-Z’'.]+){0,2}),\s+|"
                            # ("Odesa (Ukraine) (AFP) –", "Odesa, Ukraine –": a town in title case, the state's
                            # name in brackets or before the dash)
                            r"(?P<titled>[A-Z][a-z’'.-]+(?:[ -][A-Z][a-z’'.-]+){0,2})(?:,\s+|\s+\()")
_AFTER_DATELINE_STATE = re.compile(r",|\s*\(|\s*(?:—|–|--|-)\s")
_AFTER_TITLED_DATELINE_STATE = re.compile(r"(?:\s*\([A-Z][\w. ]{1,20}\))?\s*(?:—|–|--)\s")  # (past its bracket)


def _dateline_goes_on(text: str, group: str, state: Mention) -> bool:
    """Whether a dateline goes on past the state its town is named with: "CARTAGENA, Colombia, July 10 (HPA) –"; a
    town in title case only up to the dash ("Odesa, Ukraine –"), past the bracket the state closes ("Odesa
    (Ukraine) (AFP) –")."""
    if group == "town":
        return _AFTER_DATELINE_STATE.match(text, state.end) is not None
    end = state.end
    if text.startswith("(", state.start - 1):
        if not text.startswith(")", end):
            return False
        end += 1
    return _AFTER_TITLED_DATELINE_STATE.match(text, end) is not None


# "Freedom Edge 24-2", "Han Kuang 41": an edition's short year or number, with the year's own edition after it
_EDITION_NUMBER_AFTER = re.compile(r" \d\d(?:-\d)?(?![\d\w-])")


def _with_edition_numbers(text: str, mentions: list[Mention]) -> list[Mention]:
    """Exercise names found without the edition number written right after them, given it (and a year's
    numbered round: "Pacific Partnership 2024-2", the year's second)."""
    return [replace(m, end=number.end(), text=text[m.start:number.end()], label=m.label + number.group(0))
            if m.type is EntityType.EXERCISE and m.kind == "exercise" and (
                not m.year and (number := _EDITION_NUMBER_AFTER.match(text, m.end)) is not None
                or m.year and m.label.endswith(str(m.year))
                and (number := _ROUND_OF_THE_YEAR_AFTER.match(text, m.end)) is not None) else m
            for m in mentions]


_ROUND_OF_THE_YEAR_AFTER = re.compile(r"-[1-9](?![\d\w-])")


_SHORT_YEAR = re.compile(r"(?P<series>.+?)[- ](?P<year>\d\d)")


def _with_full_years(mentions: list[Mention]) -> list[Mention]:
    """Exercises named with a short year ("AMAN-25") labelled as the same article names them in full
    ("AMAN 2025", "Aman 2025"): one exercise, not two. A number that no full name matches may be an edition
    ("Han Kuang 41")."""
    full = {m.label.casefold(): m for m in mentions if m.type is EntityType.EXERCISE and m.kind == "exercise"
            and m.year}
    if not full:
        return mentions
    out = []
    for mention in mentions:
        short = _SHORT_YEAR.fullmatch(mention.label.casefold()) if mention.type is EntityType.EXERCISE \
            and not mention.year else None
        named = next((full[name] for gap in (" ", "-")
                      if (name := f"{short.group('series')}{gap}20{short.group('year')}") in full), None) \
            if short else None
        out.append(replace(mention, label=named.label, year=named.year) if named is not None else mention)
    return out


# (" exercise, ", ", "): between a series' name and the edition set off after it
_DIGITS = re.compile(r"\d")
_EDITION_APPOSED = re.compile(r"(?:\s+(?:exercises?|drills?|series|manoeuvres|maneuvers))?,\s+(?:the\s+)?")


def _series_named_by_their_edition(text: str, mentions: list[Mention]) -> list[Mention]:
    """A series' bare name with one of its editions set off right after it ("its biennial AMAN exercise, AMAN-25,")
    names that edition: labelled as it, not as the series (nor as this year's edition of it)."""
    out = list(mentions)
    for i, (series, edition) in enumerate(itertools.pairwise(mentions)):
        if series.type is EntityType.EXERCISE and edition.type is EntityType.EXERCISE and \
                not _DIGITS.search(series.text) and _DIGITS.search(edition.label) and \
                edition.label.casefold().startswith(series.label.casefold()) and \
                _EDITION_APPOSED.fullmatch(text, series.end, edition.start):
            out[i] = replace(series, label=edition.label, year=edition.year)
    return out


def _add_exercise_repeats(text: str, mentions: list[Mention], skip: Iterable[tuple[int, int]]) -> list[Mention]:
    """An exercise named where the text says "exercise" ("the Iron Lynx 2027 drills") is the same
    exercise where a later or earlier sentence names it alone ("Iron Lynx 2027 opened on Monday"),
    and another edition of its series is an exercise too ("Noble Partner 2022")."""
    names = {m.text: m for m in mentions if m.type is EntityType.EXERCISE and m.kind == "exercise"}
    if not names:
        return mentions
    # "Justified Accord 2026 brings together ...", "the Maritime Security Belt series", "the second Cyber Coalition
    # held": a name the text gives an exercise is no agreement, place or body found by its head noun elsewhere
    exercise_names = set(names) | {_EDITION_YEAR.sub("", name) for name in names}
    mentions = [m for m in mentions if m.kind not in ("agreement", "place", "organisation")
                or m.text not in exercise_names]
    # ("Arabian Gulf Security 2" beside "Arabian Gulf Security 4": the place its name opens with is no part of it)
    places = [m for m in mentions if m.type is EntityType.PLACE and any(m.text in name for name in names)]
    covered = _covered(text, [m for m in mentions if m not in places], skip)
    extra = []

    def add(mention: Mention, start: int, end: int, **changes: object) -> None:
        covered[start:end] = b"\x01" * (end - start)
        extra.append(replace(mention, start=start, end=end, inner=(), **changes))

    for name, mention in names.items():
        if "\n" in name:
            continue
        start = text.find(name)
        while start != -1:
            end = start + len(name)
            longer = _longer_name_start(text, start, covered)
            if longer is not None and _word_bounded(text, start, end) and 1 not in covered[start:end]:
                add(mention, longer, end, text=text[longer:end], label=text[longer:end], year=None)
            elif _word_bounded(text, start, end) and 1 not in covered[start:end] and (
                    mention.year or not _EDITION_AT.match(text, end)):  # "Cobra Gold 2026": an edition, below
                add(mention, start, end)
            start = text.find(name, end)
    # The series of a name with a year ("Noble Partner" of "Noble Partner 2022"), or a name without one.
    # "Gulf Shield" of "Gulf Shield 2" too: an edition numbered from one ("Gulf Shield 1, held in 2018")
    series = {_EDITION_NUMBER.sub("", _EDITION_YEAR.sub("", m.text)): m for m in names.values()
              if not m.year or _EDITION_YEAR.search(m.text)}
    for base, mention in series.items():
        if len(base) < 4 or "\n" in base:
            continue
        start = text.find(base)
        while start != -1:
            edition = _EDITION_AT.match(text, start + len(base))
            end = edition.end() if edition else start + len(base)  # the separator and a year or a numeral
            bounded = (start == 0 or not _word_char_at(text, start - 1)) and text[start - 1:start] != "-"
            longer = _longer_name_start(text, start, covered) if bounded and not edition else None
            if longer is not None and _word_bounded(text, start, end) and 1 not in covered[start:end]:
                add(mention, longer, end, text=text[longer:end], label=text[longer:end], year=None)
            elif edition and bounded and 1 not in covered[start:end]:
                number = edition.group(1)
                add(mention, start, end, text=text[start:end], label=text[start:end],
                    # two digits or a numeral ("LXVI", of four letters too): a number, read with the date
                    year=int(number) if len(number) == 4 and number.isdigit() else None)
            elif (not edition and _EDITION_YEAR.search(mention.text) and bounded and _word_bounded(text, start, end)
                  and 1 not in covered[start:end] and SERIES_CUES.search(_sentence_around(text, start, end))):
                # "Khaan Quest has been held annually since 2003": the series itself, where a sentence
                # speaks of it as one (elsewhere a bare name is too often something else)
                add(mention, start, end, text=base, label=base, year=None)
            start = text.find(base, start + len(base))
    if extra and places:
        mentions = [m for m in mentions if m not in places or not any(e.start <= m.start and m.end <= e.end
                                                                       for e in extra)]
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


_EDITION_YEAR = re.compile(r"[ -](?:19|20)\d\d$")
_EDITION_NUMBER = re.compile(r"(?<=[a-z]) [1-9]$")
_EDITION_NUMBER_AT = re.compile(r"[ -](?:\d|[IVXL]+\b)")
_LONGER_NAME_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+) $")
# Capitalised words before an exercise's name that are no part of a longer name.
_NOT_NAME_WORDS = frozenset(
    "The This That These Those Last Next Its Their Our His Her During In At On For With After Before Since From "
    "And But Of As By Annual Joint Exercise Exercises Operation Drills When While Until Both Each Every "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December".split())
# Words of a sentence that speaks of an exercise's series, not of one edition.
# ("told a regular press briefing" is no series)
SERIES_CUES = re.compile(r"\b(?:every|regular(?!\s+(?:(?:press|news)\s+)?(?:briefings?|conferences?))|regularly|"
                         r"annual|annually|series|held since|biennial|each\s+(?:year|summer|winter|spring|autumn)|"
                         # "X, first held in 2015, is co-led by ...": the subject's apposition (not "hosted the X
                         # exercise, which was first held in 2009", this year's)
                         r"(?<=, )first\s+(?:held|staged|conducted)\s+in\s+(?:19|20)\d\d"
                         # (not "X, first held in 1997, opened on Monday": this year's)
                         r"(?=,\s+(?:is|are|has|have|remains|involves|brings|includes|draws|pairs|unites|links|"
                         r"trains|tests|focuses|aims|features|rotates)\b)|"
                         # "First held in 1972, BALTOPS is ...", "X began in 1992 as a bilateral exercise": the series
                         r"^first\s+(?:held|staged|conducted)\s+in\s+(?:19|20)\d\d(?=,)|"
                         # ("X began as a three-nation drill between A, B and C": the series, its year untold)
                         r"(?:began|started)(?:\s+in\s+(?:19|20)\d\d)?\s+as\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}"
                         r"(?:exercise|drills?|manoeuvres|maneuvers)|"
                         # "which have all hosted past editions of X": the series, not this year's
                         r"(?:past|previous|earlier|prior|several|many|most|all)\s+(?:\w+\s+)?editions|"
                         r"held\s+for\s+(?:\w+\s+){0,2}(?:years|decades)|"  # "X has been held for four decades"
                         # "X, which A and B have co-sponsored since 2005"
                         r"traditionally|(?<=ed )since\s+(?:19|20)\d\d|"
                         # "A and B have jointly hosted the biennial X since 2013", "X has been held in A since 2015"
                         r"(?:has|have)\s+(?:been\s+)?(?:(?:jointly|regularly|also)\s+)?(?:co-)?"
                         r"(?:hosted|held|organi[sz]ed|staged|"
                         r"conducted)\s[^.;]{0,80}?\bsince\s+(?:19|20)\d\d)\b", re.I)
# ... except an adjective of one edition: "their annual amphibious exercise", "as the annual X exercise kicks off".
EDITION_ADJECTIVE = re.compile(r"(?:\b(?:the|their|its|this\s+year['’]s|[\w.]+['’]s)|"
                               r"(?<=s)['’](?:\s+\([A-Z]{2,8}\))?)\s+"
                               r"(?:(?:largest|biggest|main|[a-z]+est)\s+)?"
                               # "the U.S. military's largest annual exercise", "the Defense Forces' (EDF) annual ..."
                               r"(annual|biennial)\b", re.I)


# An edition's year, or its Roman numeral ("UNITAS LXVII", "Mosi III").
# A year, a Roman numeral or two digits after a series' name ("Noble Partner 2022", "UNITAS LXVII", "Han Kuang 42")
_EDITION_AT = re.compile(r"[ -]((?:19|20)\d\d|\d\d?|(?=[IVXL]{2,7}\b|I\b|V\b|X\b)[IVXL]+)(?![\w-]|[.,]\d)")


# Words one of which a line must hold for a pattern to be worth running (cheap substring tests).
# Head nouns of organisations the gazetteer may not hold ("the Alliance of Sahel States", "the Lublin
# Triangle"), and the cue words that gate their pattern.
# A council or commission two bodies or states hold together, named by the pair: "the NATO-Russia Council"
_PAIRED_COUNCIL = re.compile(rf"(?P<name>(?P<pair>[{_UPPER}][\w]+-[{_UPPER}][\w]+)\s+(?:[{_UPPER}][a-z]+\s+){{0,2}}"
                             r"(?:Council|Commission|Board|Committee))\b(?:\s+\((?P<acronym>[A-Z]{2,6})\))?")
_PAIRED_COUNCIL_KEYS = Words("Council", "Commission", "Board", "Committee")
_NEW_ORG_HEADS = ("Alliance|Organization|Organisation|Community|Triangle|Forum|Initiative|Coalition|League|Bureau|"
                  "Conclave|Movement|Authority|Conference|Contact Group|"
                  # (research bodies news quotes: "the International Institute for Strategic Studies", "the Lowy
                  # Institute", "the Center for Strategic and International Studies", "the University of Helsinki")
                  "Institute|Institution|Centre|Center|University|"
                  # (a state's services: "the National Intelligence Service", "the Federal Security Service")
                  "Intelligence Service|Security Service|Intelligence Agency|Security Agency|"
                  # (a body's heads: a name of three words or more, "the South American Defence Council")
                  "Council|Board|Committee|Commission|"  # ("the Mekong River Commission")
                  # (the last five as _STAFF_HEADS below)
                  "Commonwealth|General Staff|Joint Staff|Chiefs of Staff|Defence Staff|Defense Staff")
_BODY_HEADS = frozenset({"Council", "Board", "Committee", "Commission"})
# Head nouns of an organisation's bodies ("ECOWAS Commission", "SCO Regional Anti-Terrorist Structure").
_ORG_BODY = re.compile(
    # ("the African Union Peace and Security Council": an "and" inside its words)
    # (but not two subjects: "the EU Member States and Commission", "NATO Defence Ministers and Military Committee")
    # ("the SCO Heads of State Council": an "of" too, there)
    # (nor a title and its holder: "European Council President X and European Commission President Y")
    rf"\s+(?!(?:President|Vice|Chair(?:man|woman)?|Secretary|Minister|Commissioner|Head|Chief|Director)\s)"
    rf"(?P<body>(?:[{_UPPER}][\w’'-]+\s+(?:(?<![sS]\s)and\s+(?!(?:Military\s+)?(?:Commission|Secretariat|"
    rf"Committee|Council|Assembly|Command|Parliament|Court)\b)|(?<=Heads\s)of\s+(?=State|Government))?){{0,4}}?"
    rf"(?P<head>Commission|Secretariat|secretariat|Military Staff|Joint Staff|"
    # ("the OSCE Minsk Group": a group with a name of its own)
    # ("the IAEA Board of Governors")
    rf"Military Committee|Committee|Standby Force|Council|Board|Assembly|Authority|Command|Forces?|Structure|"
    # ("Standing NATO Maritime Group Two": one of several, numbered)
    rf"(?<=[a-z] )Group(?:\s+(?:One|Two|Three|Four|[1-4])\b)?|"
    # "the EU Monitoring Mission in Georgia", "the OSCE Mission to Moldova", "the EU Rapid Deployment Capacity"
    rf"Parliament|Court|Centre|Center|Office|Mission|Capacity)\b(?:\s+(?:of|on|for|(?<=Mission )(?:in|to)|"
    # ("the NATO Liaison Office in Chisinau")
    rf"(?<=Office )in)\s+"
    rf"(?:the\s+)?"
    rf"(?!(?:{_TIME_OR_ORDER_WORDS})\b)"
    rf"[{_UPPER}][\w-]+"
    # "the United Nations Office on Drugs and Crime", "the EU Military Staff", "... Mission in the Democratic
    # Republic of the Congo"
    rf"(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[{_UPPER}][\w-]+){{0,4}})?)")
# "the Permanent Council of the ", "the Executive Committee of the ": a body's name, then its organisation's
# ("The Peace and Security Council of the African Union": an "and" inside its words)
_BODY_OF_THE = re.compile(rf"\b(?:[Tt]he\s+)(?P<body>(?:[{_UPPER}][\w’'-]+\s+(?:and\s+)?){{0,3}}"
                          rf"(?:Commission|Secretariat|Committee|Council|Assembly|Court|Parliament|Board|Conference)"
                          # ("the Council of Heads of State of the ...")
                          rf"(?:\s+of\s+(?:[{_UPPER}][\w’'-]+\s+)(?:(?:of|and|for)\s+)?"
                          rf"(?:[{_UPPER}][\w’'-]+\s+(?:and\s+)?){{0,3}})?)"
                          rf"\s*of\s+the\s+$")
# "the Pacific and Arctic oceans", "the Baltic, Caspian and Mediterranean seas", "the A, B and C training grounds"
_SINGULAR_HEADS = {"seas": "Sea", "oceans": "Ocean", "islands": "Islands", "training grounds": "training ground",
                   "ranges": "range", "training ranges": "training range"}
_SHARED_HEAD_GATE = re.compile(r"\b(?:seas|oceans|islands|grounds|ranges)\b")
_NAME_IN_LIST = rf"[{_UPPER}][\w’'-]+(?:\s+[{_UPPER}][\w’'-]+)?"
_SHARED_HEAD = re.compile(rf"\bthe\s+(?P<names>{_NAME_IN_LIST}(?:,\s+{_NAME_IN_LIST})*,?\s+and\s+{_NAME_IN_LIST})\s+"
                          r"(?P<head>seas|oceans|islands|training\s+grounds|training\s+ranges|ranges)\b")
_LISTED_NAME = re.compile(_NAME_IN_LIST)
_COMPASS = re.compile(r"(?:North|South|East|West)(?:ern)?")
#: A direction that names a part of a place ("northern Luzon", "south-eastern Turkey")
DIRECTION_ADJECTIVE = r"(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)"
#: ... also without its "-ern", as news agencies write it ("Qingdao, east China's Shandong Province")
DIRECTION = r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?|central)"
# A capitalised name after a preposition of place: a town, a coast, an island the gazetteer lacks.
# "Visakhapatnam", "Tan-Tan", "Rio de Janeiro", "Dar es Salaam", "Mar del Plata"
_TOWN_NAME = (rf"[{_UPPER}][{_LOWER}]+(?:(?:[ -]|\s(?:de|do|da|dos|das|del|de\s+la|di|du|des|es|el|al)\s|"
              r"\s(?:el|al|ad|as|ash|ar|an|ed|es)-)"
              rf"[{_UPPER}][{_LOWER}]+){{0,2}}")
# ("spread across Queensland, the Northern Territory and ...", "in waters between Valparaiso and Coquimbo")
_ROUGH_SENTENCE_BREAK = re.compile(rf"[.!?]\s+(?=[\"“‘'(\[{_UPPER}])")
_BARE_PLACE = re.compile(rf"\b(?=[inoabts])(?:in|off|near|at|around|"
                         # "activity centres on Finnmark and Troms in Norway"
                         rf"(?:(?<=centres )|(?<=centers ))on|"
                         # ("will take place at sites including A, B and C")
                         rf"(?:(?<=at )|(?<=in ))(?:sites|locations|ranges|bases)\s+(?:including|such\s+as)|"
                         rf"(?<=in the vicinity )of|"
                         # "deployed to Cabo Delgado in Mozambique": where forces went, in a state named after
                         rf"(?:(?<=deployed )|(?<=sent )|(?<=dispatched )|(?<=redeployed )|(?<=moved ))to|"
                         rf"(?:(?<=spread )|(?<=held )|(?<=place )|(?<=run )|"
                         # "will run until August 4 across Queensland, ...": where drills happen (not "navies
                         # across the Americas")
                         rf"(?<=runs )|(?<=conducted )|(?<=staged )|(?<=\d ))across|"
                         rf"(?<=waters )between|(?<=zone )between)\s+"
                         rf"(?:the\s+)?"
                         rf"(?:(?:coasts?|waters|shores)\s+(?:of|off)\s+)?"
                         rf"(?:{DIRECTION_ADJECTIVE}\s+)?"  # "in northern Luzon": the part of it
                         # "off Ghana's Takoradi": a town of the state the possessive names
                         rf"(?:(?P<owner>[{_UPPER}][\w-]+(?:\s[{_UPPER}][\w-]+)?)(?:’s|'s|(?<=s)['’])\s+)?"
                         # (not "X (ABC)": an acronym; but "at Pithoragarh (India)": a town, its state after it)
                         rf"(?P<name>{_TOWN_NAME})\b(?![ -]?[\d’']|"
                         rf"[ -]?\((?![{_UPPER}][a-z][\w-]*(?:\s[{_UPPER}][\w-]+)?\))|"
                         rf"\s+[{_UPPER}]|-|\s+(?:city|town|port|region|province|island|village|coast)\s+of\b|"
                         # "at the Joint Training and Evaluation Centre": the first words of an institution's name
                         rf"\s+and\s+(?:[{_UPPER}][\w-]+\s+){{1,3}}(?:Centre|Center|Institute|School|Academy|College|"
                         rf"University|Command)\b)")
# What a state's possessive names that is no town ("Ghana's Independence Day", "Nigeria's Navy Week")
_NO_TOWN_AFTER_OWNER = re.compile(r"\b(?:Day|Week|Month|Year|Festival|Celebrations?|Games)$")
_OFFICES_HELD_BY_MANY = r"(?:[Ff]oreign|[Dd]efen[cs]e|[Pp]rime|[Ii]nterior)\s+[Mm]inisters|[Pp]residents"
# "the foreign ministers – A of Australia, B of Japan and C of India –": an office, then names each of a state
# (the office opens its noun phrase: not "the deputy foreign ministers", "the central bank presidents", "Former
# presidents")
# "his German and Polish counterparts, Annalena Baerbock and Radoslaw Sikorski"
COUNTERPARTS_NAMED = re.compile(rf"\b(?:his|her|their)\s+(?P<adjectives>[{_UPPER}][\w-]*(?:(?:,\s+|,?\s+and\s+)"
                                 rf"[{_UPPER}][\w-]*)+)\s+counterparts,?\s+"
                                 rf"(?P<names>{_NAME}(?:(?:,\s+|,?\s+and\s+){_NAME})+)")
# ... or the office as a title in capitals, the names right after it ("signed by Presidents A of Chile, B of Peru")
_OFFICE_THEN_NAMES_OF_STATES = re.compile(r"\b[Tt]he\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|Quad|G7|G20|"
                                          r"BRICS|ASEAN|NATO|EU|SCO)\s+)?"
                                          rf"(?P<office>{_OFFICES_HELD_BY_MANY})\s*(?:[–—:]|--|,)\s*|"
                                          r"\b(?:by|with|and|between|of|including)\s+"
                                          r"(?P<titled>Presidents|Prime\s+Ministers|(?:Foreign|Defen[cs]e)\s+Ministers)"
                                          r"\s+(?=[A-Z])")
# "the defence ministers of Japan, Italy and the United Kingdom – X, Y and Z respectively –"
_OFFICE_OF_STATES_RESPECTIVELY = re.compile(
    rf"\b[Tt]he\s+(?P<office>{_OFFICES_HELD_BY_MANY}|[Ff]inance\s+[Mm]inisters|[Cc]hiefs\s+of\s+[Dd]efen[cs]e)\s+of\s+"
    r"(?P<states>[^–—;:()]{3,120}?)\s*(?:[–—(:]|--|,)\s*"
    # (names only: not "speaking from New Delhi and Abu Dhabi respectively")
    rf"(?P<names>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME}),?\s+respectively\b")
_LIST_SEPARATOR = re.compile(r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?|^the\s+")
_PERSON_NAME = re.compile(_NAME)
_NAME_OF_A_STATE = re.compile(rf"(?:,\s+(?:and\s+)?|\s+and\s+)?(?P<name>{_NAME}|[{_UPPER}]\.\s?{_CAP_WORD})"
                              rf"\s+of\s+(?:the\s+)?(?P<state>[{_UPPER}][\w-]+(?:\s+[{_UPPER}][\w-]+)?)(?![\w-])")
# ("the four defence ministers – Poland's X, Lithuania's Y and Latvia's Z –": each named after a state's possessive)
_STATES_NAME = re.compile(rf"(?:,\s+(?:and\s+)?|\s+and\s+)?"
                          rf"(?P<state>[{_UPPER}][\w-]+(?:\s+[{_UPPER}][\w-]+)?)['’]s\s+"
                          rf"(?P<name>{_NAME})(?![\w-]|['’]s)")
_POSSESSIVE_AFTER_STATE = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+"
                                     r"(?!(?:north|south|east|west|central|far|border|region|province)\w*)")
_AND_A_TOWN = re.compile(rf"\s+and\s+{_TOWN_NAME}\b(?![ -]?[\d’'(])")
# ("moved to Antofagasta and Iquique, both in Chile")
_BOTH_IN_A_NAME = re.compile(rf",\s+both\s+in\s+(?:the\s+)?(?:{DIRECTION_ADJECTIVE}\s+)?"
                             rf"(?P<name>[{_UPPER}][\w-]+(?:\s+[{_UPPER}][\w-]+)?)")
_VERB_AFTER_TOWN = re.compile(r"\s+(?:will|would|has|have|had|is|are|was|were|said|says|told)\b")
# ("based in Iquique in northern Chile": a part of the state named)
_IN_A_NAME = re.compile(rf"\s+in\s+(?:the\s+)?(?:{DIRECTION_ADJECTIVE}\s+)?"
                        rf"(?P<name>[{_UPPER}][\w-]+(?:\s+[{_UPPER}][\w-]+)?)")
# "the summit in Arusha, Tanzania, last week": a state after a comma that ends there (not "in Lima, Chile said")
# ("near Agadez, in central Niger", "in Gliwice, southern Poland": a part of the state named)
_COMMA_A_NAME = re.compile(rf",\s+(?:(?:in\s+)?{DIRECTION_ADJECTIVE}\s+)?"
                           rf"(?P<name>[{_UPPER}][\w-]+(?:\s+[{_UPPER}][\w-]+)?)"
                           rf"(?=\s*[,.;:]|\s*$|\s+(?:on|in|at|last|this|next|for|during|from|to|earlier|later)\b)")
# "at Pithoragarh (India)": a state in parentheses after a town, as Indian releases write it
_NAME_IN_PARENTHESES = re.compile(rf"\s+\((?P<name>[{_UPPER}][\w-]+(?:\s+[{_UPPER}][\w-]+)?)\)")
# ("in the Black Sea, the Aegean and the eastern Mediterranean": a part of it named by its direction)
_PLACE_LIST_NEXT = re.compile(rf"(?:,\s+(?:including\s+|and\s+)?|\s+and\s+)(?:the\s+)?(?:{DIRECTION_ADJECTIVE}\s+)?"
                              rf"(?:(?P<owner>[{_UPPER}][\w-]+(?:\s[{_UPPER}][\w-]+)?)(?:’s|'s|(?<=s)['’])\s+)?"
                              rf"(?P<name>{_TOWN_NAME})\b(?![ -]?[\d’'(])")
_PLACE_DESCRIBED = re.compile(rf"(?:^|(?<=[.;:] )|(?<=\bin )|(?<=\bof )|(?<=\bto )|(?<=\bon ))(?P<place>{_TOWN_NAME}),\s+"
                              r"an?\s+(?:[\w-]+\s+){0,2}?(?:part|territory|region|province)\s+of\s+(?:the\s+)?"
                              rf"(?P<whole>[{_UPPER}][\w-]+(?:\s+[{_UPPER}][\w-]+)?)|"
                              # "near Tataouine, a town in southern Tunisia": a town the text places in a state
                              # ("Pokrovsk, a logistics hub in eastern Ukraine, fell": one that opens the sentence)
                              rf"(?:(?<=\bin )|(?<=\bat )|(?<=\bof )|(?<=\bnear )|^|(?<=[.;:] )|(?<=\n)|"
                              # ("Troops took Tacna, a small town in southern Peru")
                              r"\b(?:took|captured|seized|entered|hit|struck|shelled|attacked|visited|reached|bombed|"
                              r"liberated|recaptured|retook)\s+)"
                              rf"(?P<town>{_TOWN_NAME}),\s+an?\s+(?:[\w-]+\s+){{0,2}}?"
                              r"(?:town|city|village|port|hub|settlement|stronghold)\s+in\s+(?:the\s+)?"
                              r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|"
                              # ("a town in northern Iraq's Nineveh province": the state of the region)
                              rf"west|central)(?:ern)?\s+)?(?P<state>[{_UPPER}][\w-]+(?:\s+[{_UPPER}][\w-]+)?)"
                              r"(?=[\s,.;]|[’']s\s)")
_PLACE_OF_A_STATE = re.compile(rf"(?P<place>{_TOWN_NAME}),\s+(?P<state>[{_UPPER}][\w-]+(?:\s+[{_UPPER}][\w-]+)?)"
                               r"(?:’s|'s)\s+(?:[\w-]+\s+){0,2}?(?:capital|city|port|town|region|province|island|"
                               r"exclave|enclave|peninsula)\b")
_PLACE_OF_A_STATE_KEYS = Words("capital", "city", "port", "town", "region", "province", "island", "exclave", "enclave",
                               "peninsula")  # one is in every match of _PLACE_OF_A_STATE
# one is in every match of _PLACE_DESCRIBED
_DESCRIBED_AS_PART = Words("part", "territory", "region", "province", "town", "city", "village", "port", "hub",
                           "settlement", "stronghold")
# "in Warri, Delta State": a town named with the division it lies in, in any sentence
_TOWN_IN_REGION = re.compile(rf"\b(?=[inoaf])(?:in|near|at|outside|off|from)\s+(?P<town>{_TOWN_NAME}),\s+"
                             # ("in Mapinga, Tanzania's Pwani Region": the state's possessive is no part of the name)
                             rf"(?:[{_UPPER}][\w-]+(?:’s|'s)\s+)?"
                             rf"(?P<region>[{_UPPER}][\w-]+(?:[ -][{_UPPER}][\w-]+){{0,2}}\s+"
                             rf"(?:{'|'.join(REGION_HEADS)}))\b")
# "the Belta state news agency", "the state news agency Andina": an agency that reports (it speaks for itself)
# Capitalised words that open a sentence before a name ("Meanwhile Saudi Press Agency reported", "In March Kuwait
# News Agency said") and are no part of it
_WORDS_BEFORE_A_NAME = ("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
                        "June|July|August|September|October|November|December|State|Official|The|Meanwhile|Later|"
                        "Earlier|In|On|At|Also|However|Separately|Late|Early|Last|Next|Then|Today|Yesterday")
# ("Russian state news agency TASS": the name after the noun, not the adjective before it)
_NEWS_AGENCY = re.compile(rf"\b(?:the\s+)?(?P<name>[{_UPPER}][\w-]+)\s+(?:(?:state|official|state-run|private)\s+)?"
                          rf"news\s+agency\b(?!\s+(?!(?:{_WORDS_BEFORE_A_NAME})\b)[{_UPPER}])|"
                          rf"\b(?:state|official|state-run)\s+news\s+agency\s+"
                          rf"(?P<named>[{_UPPER}][\w-]+)\b|"
                          # ("Norwegian broadcaster NRK reported", "state broadcaster VTV", "broadcaster Al Jazeera")
                          rf"\bbroadcaster\s+(?P<aired>[{_UPPER}][\w-]+(?:\s+[{_UPPER}][\w-]+){{0,2}})\b|"
                          # "the state-run Bahrain News Agency": the agency's name in capitals
                          # (not "State-run" or "Sunday" before it: "Late on Sunday Kuwait News Agency reported")
                          rf"\b(?<![\w-])(?P<full>(?:(?!(?:{_WORDS_BEFORE_A_NAME})\b)[{_UPPER}]\w+\s+){{1,3}}"
                          rf"(?:News|Press)\s+Agency)\b")
# A newspaper's name, where it reports or is reported to ("the Hindustan Times reported", "told The Moscow Times")
_NEWSPAPER_HEADS = ("Times", "Post", "Herald", "Tribune", "Gazette", "Journal", "Telegraph", "Guardian", "Independent",
                    "Chronicle", "Standard", "Observer", "Inquirer", "Monitor", "Express")
_NEWSPAPER = re.compile(
    rf"(?P<before>\b(?:[Aa]ccording\s+to|told|quoted\s+by|cited\s+by|interview\s+with|reported\s+by)\s+)?\b[Tt]he\s+"
    # ("according to the Independent Election Commission", "the Post Office": the head word ends the name)
    rf"(?P<name>(?:[{_UPPER}][\w-]+\s+){{0,3}}(?:{'|'.join(_NEWSPAPER_HEADS)})(?:\s+of\s+[{_UPPER}][\w-]+)?)\b"
    r"(?!\s+[A-Z])")
# ("the X Post had reported", "the X Times has said")
_REPORTS_AFTER = re.compile(r"\s+(?:(?:on|late|earlier)\s+\w+\s+)?(?:(?:had|has|have)\s+(?:also\s+)?)?"
                            r"(?:reported|reports|said|says|wrote|writes|quoted|"
                            r"cited|cites)\b")
_NEWSPAPER_KEYS = Words(*_NEWSPAPER_HEADS)
# A company, where defence news names one: after what it makes or is ("Turkish defence company Baykar", "Spanish
# shipbuilder Navantia", "state-run arms group PGZ"), before its legal form ("Hyundai Rotem Co.", "Korea Aerospace
# Industries Ltd.") or by its industry's head word ("Dassault Aviation", "Hanwha Aerospace"; not "the Russian
# Aerospace Forces" or "the Civil Aviation Authority", a name that goes on)
_COMPANY_NAME = rf"[{_UPPER}][\w&-]*(?:\s+[{_UPPER}][\w&-]*){{0,3}}"
_COMPANY = re.compile(
    r"\b(?:(?:(?:defen[cs]e|arms|aerospace|aircraft|drone|weapons|missile|shipbuilding|industrial|engineering|"
    r"state-run|state-owned|private|technology)\s+){1,3}(?:company|firm|maker|manufacturer|contractor|group|"
    r"conglomerate|giant|producer)|shipbuilder|manufacturer|contractor)\s+"
    rf"(?P<described>(?:PT\s+)?{_COMPANY_NAME})(?![\w&-])|"  # (and its possessive: "drone maker Baykar's TB2")
    rf"\b(?P<formed>{_COMPANY_NAME})\s+(?:Co\.|Ltd\.?|Inc\.?|Corp\.|plc\b|PLC\b|S\.A\.|AG\b|GmbH\b)|"
    rf"\b(?P<headed>(?:{_COMPANY_NAME}\s+)?[{_UPPER}][\w&-]*\s+(?:Aerospace(?:\s+Industries)?|Aviation|Industries|"
    rf"Dynamics|Shipbuilding|Shipyards?|Electronics))\b(?!\s+[{_UPPER}]|-)")
_NO_COMPANYS_FIRST_WORD = frozenset({"A", "An", *_WORDS_BEFORE_A_NAME.split("|")})  # ("The" is among those)
_COMPANY_KEYS = Words("company", "firm", "maker", "manufacturer", "contractor", "group", "conglomerate", "giant",
                      "producer", "shipbuilder", "Co.", "Ltd", "Inc", "Corp.", "plc", "PLC", "S.A.", "AG", "GmbH",
                      "Aerospace", "Aviation", "Industries", "Dynamics", "Shipbuilding", "Shipyard", "Shipyards",
                      "Electronics")
_AGREEMENT_NOUN_AFTER = re.compile(r"(?:\s*\([A-Z][\w-]{1,10}\))?\s+(?:agreement|accord|pact|treaty|memorandum|"
                                   r"deal|arrangement)s?\b")
# ", Florida, on Monday", ", Texas, where", ", Mato Grosso do Sul." after a place: the region it lies in
_REGION_AFTER_PLACE = re.compile(rf",\s+(?P<name>[{_UPPER}][{_LOWER}]+(?:[\s-](?:(?:do|de|del|of)\s+)?"
                                 rf"[{_UPPER}][{_LOWER}]+){{0,3}})"
                                 r"(?=,\s+(?:on|in|last|this|next|where|from|during|until|before|after|at|to|for|"
                                 r"when|while)\b|\.(?:\s|$))")
_NOT_A_PLACE_WORD = re.compile(rf"(?:{_TIME_OR_ORDER_WORDS}|The|This|That|These|Those|His|Her|Its|Their|Our|"
                               rf"Exercise|Operation|Phase|Stage|Part|Article|Chapter|Section|Parliament|Congress|"
                               rf"Christmas|Easter|Ramadan|"
                               # a text of law ("the status enshrined in the Constitution")
                               rf"Constitution|Charter|Statute|Code|Act|Law|Bill|Resolution|Protocol|Declaration)\b|"
                               # a side of the world's politics, not a place ("our partners in the East")
                               rf"(?:East|West|North|South)$|"
                               # institutions, and the continents and oceans news does not count as a venue
                               rf".*\b(?:Institute|University|College|Council|Ministry|Agency|Foundation|Forum|Group|"
                               rf"Service|Office|Department|Committee|Commission|Centre|Center|School|Academy|"
                               rf"Africa|Asia|Europe|America|Pacific|Atlantic|Arctic|Aegean|Mediterranean)$")
# Where people met or a body is seated ("their summit in Arusha, Tanzania", "headquartered in Oeiras, Portugal"):
# a town of the state all the same (no venue, see relations)
_MET_THERE = re.compile(r"\b(?:met|meeting|summit|talks|conference|based|headquartered)\b[^.;]{0,25}$", re.IGNORECASE)
# Where someone speaks or an office sits, not where an exercise takes place.
_NOT_WHERE_IT_HAPPENS = re.compile(r"\b(?:said|says|told|reporters|journalists|conference|briefing|statement|"
                                   r"speaking|spoke|interview|based|headquartered|embassy|office|born|visit\w*|"
                                   r"met|meeting|summit|talks|signed|university|studied)\b[^.;]{0,25}$", re.I)
# ("Forces will operate off the coasts of A and B": where the forces of an exercise article train)
# ("The 2019 edition was conducted at Iquique": an edition, of an article on an exercise)
_EXERCISE_SENTENCE = Cue(re.compile(rf"\b(?:{EXERCISE_NOUN}|exercise|held|take place|takes place|took place|"
                                    rf"under way|underway|phase|hosted|hosts|hosting|(?<=will )operate|edition)\b",
                                    re.I),
                         "exercise", "drill", "maneuv", "manoeuv", "games", "held", "take place", "takes place",
                         "took place", "under way", "underway", "phase", "host", "will operate", "edition")
# what every match of _NUMBERED_AFTER_VERB and _NUMBERED_IN_BRACKETS holds
_TWO_DIGITS = re.compile(r"[ -]\d\d(?![\d\w-])")
# "the exercise director", "the drills' spokesman": a role in the exercise, not the exercise
_NOT_A_ROLE_AFTER = (r"(?!\s+(?:director|commander|coordinator|planner|spokes(?:man|woman|person)|officer|chief|leader|"
                     r"manager)\b)")
# "told France 24": a channel, named by a state and a number (not "France 24 March": a date)
_NUMBERED_AFTER_A_STATE = re.compile(r" \d{1,2}(?![\w.,:/%-])(?! (?:January|February|March|April|May|June|July|August|"
                                     r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|"
                                     r"Dec)\b)")
# ", Mrs. X" after an office: the holder's name set off, an honorific before it at most
NAME_SET_OFF = r",\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
_COUNT_OPENING = re.compile(rf"(?:{'|'.join(map(str.title, NUMBER_WORDS))}|Several|Both|All)\s+(?=[A-Z])")
# "the Ministry of Maritime Affairs and Insular Policy", "the Ministry of Migration and Asylum": a ministry named by
# its own portfolios, which no state's adjective names (those of defence, foreign affairs and the interior alone are
# found with their state; "the Ministry of Defence and Veterans Affairs" is one of its own)
_PORTFOLIO_WORDS = rf"[{_UPPER}][\w-]+(?:\s+[{_UPPER}][\w-]+){{0,2}}"  # ("Maritime Affairs", "Insular Policy")
_MINISTRY_OF_ITS_OWN = re.compile(rf"(?<=the )Ministry of (?!(?:National\s+)?(?:{_PORTFOLIOS})\b(?!\s+and\s))"
                                  rf"{_PORTFOLIO_WORDS}(?:,\s+{_PORTFOLIO_WORDS}(?=,\s+and\s))?"
                                  rf"(?:,?\s+and\s+{_PORTFOLIO_WORDS})?(?![\w-])")
# "SADC's mission in Mozambique, SAMIM,": a body's mission, by the acronym set off after it
_MISSION_NAMED_AFTER = re.compile(r"\b(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})(?:'s|’s)\s+(?:[a-z]+\s+)?mission\s+"
                                  r"in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s+(?P<acronym>[A-Z]{3,8})(?=,)")


def accredited_only(name: str) -> bool:
    """Whether the body ``name`` is one its namesake accredits but does not own: "the NATO Cooperative Cyber
    Defence Centre of Excellence" is founded and run by its member states, outside the alliance's structure."""
    return name.endswith((" of Excellence", " of excellence"))


_SHORT_NUMBER_COMMA = re.compile(r"[ -](?:\d\d?|[IVXL]+),")  # what every match of _NUMBERED_IN_APPOSITION holds
# "MILEX 25", "ASEX 02", "IBSAMAR IX": a name numbered by a short year or its edition
# ("Ramstein Alloy 26-3": a year's third)
_OPENING_PREPOSITIONS = r"(?:During|After|Before|Since|Until|Under|Despite|Following|Ahead|Throughout|Amid)"
_NUMBERED_NAME = rf"[{_UPPER}][\w]*+(?:[ -][{_UPPER}][\w]*+){{0,2}}[ -](?:\d\d?(?:-\d)?|[IVXL]{{1,6}})(?![\d\w])"
_EDITION_OF = re.compile(rf"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                         rf"tenth|latest|last|next|previous|this\s+year[’']s|new)\s+edition\s+of\s+(?:the\s+)?"
                         rf"(?P<name>[{_UPPER}][\w-]+(?:\s+[{_UPPER}][\w-]+){{0,2}})(?![\w’'-])"
                         rf"(?!\s+(?:[\w-]+\s+){{0,3}}{EXERCISE_NOUN})")
# "Sea Breeze, the 24th edition of the multinational exercise, opened": an edition named before its number
_NAMED_EDITION = re.compile(rf"(?P<name>[{_UPPER}][\w-]*+(?:\s[{_UPPER}][\w-]*+){{0,2}}),\s+(?:the|its|their)\s+"
                            rf"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                            rf"latest)\s+(?:edition|iteration)\s+of\b")
# A name with its edition's two digits ("Immediate Response 25")
_NAME_WITH_TWO_DIGITS = rf"(?P<name>[{_UPPER}][\w]*+(?:[ -][{_UPPER}][\w]*+){{0,2}}[ -]\d\d)"
# "are taking part in Immediate Response 25", "hosted Cutlass Express 24": after a verb exercises take
_NUMBERED_AFTER_VERB = re.compile(
    r"\b(?:(?:take|takes|took|taking)\s+part\s+in|participat\w+\s+in|host(?:s|ed|ing)?|join(?:s|ed|ing)?|"
    # "approved the participation of 120 soldiers in X 25", "took part in 17 exercises last year, including X 24"
    r"participation\s+of\s+[^,.;]{1,50}?\s+in|(?:exercises|drills)\b[^.;]{0,40}?,?\s+including|"
    # "jumped into drop zones on Monday, opening Swift Response 26, the airborne component of ..."
    r"open(?:s|ed|ing)|launch(?:es|ed|ing)|kick(?:s|ed|ing)?\s+off|wrap(?:s|ped|ping)?\s+up)\s+"
    rf"(?:the\s+)?{_NAME_WITH_TWO_DIGITS}(?![\d\w-])")
# "Conduct of Japan-U.S. Joint Exercise (Keen Sword 25)": in brackets after the noun
_NUMBERED_IN_BRACKETS = re.compile(rf"\b(?:[Ee]xercises?|[Dd]rills?)\s*\({_NAME_WITH_TWO_DIGITS}\)")
_NUMBERED_IN_APPOSITION = re.compile(
    # (not "During Dragon-24, the Polish-led exercise": the preposition that opens the sentence)
    rf"(?P<name>(?!{_OPENING_PREPOSITIONS}\s){_NUMBERED_NAME}),\s+(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){{0,8}}?"
    rf"{EXERCISE_NOUN}\b|"
    rf"\b(?:{EXERCISE_NOUN}|edition|iteration),\s+(?P<after>{_NUMBERED_NAME}),")
_ITS_BODY = re.compile(r"(?<![\w-])Its\s(?=[A-Z])")  # "Its Joint Staff said": a sentence opening on a body's organ
# Bodies an organisation's possessive names ("the SCO's Regional Anti-Terrorist Structure"); not its "Council",
# "Office" or "Forces", which a possessive names as often in passing ("NATO's forces", "the EU's office in Kyiv")
_OWNED_BODY_HEADS = frozenset({"Secretariat", "Structure", "Military Staff", "Joint Staff", "Military Committee",
                               "Standby Force", "Parliament", "Court"})
_ORG_BODY_KEYS = Words("Commission", "Secretariat", "secretariat", "Staff", "Committee", "Force", "Council", "Assembly",
                       "Group", "Board",
                       "Authority", "Command", "Structure", "Parliament", "Court", "Centre", "Center", "Office",
                       "Mission", "Capacity")
_FORCE_HEADS = ("Force", "Forces", "Command")
# "Standing NATO Maritime Group 2", "Standing NATO Mine Countermeasures Group Two": a body's ships, a force
_NAVAL_GROUP = re.compile(r"\b(?:Maritime|Countermeasures|Task|Strike|Naval)\s+Group\b")
_STAFF_HEADS = ("General Staff", "Joint Staff", "Chiefs of Staff", "Defence Staff", "Defense Staff")
# ... and, after a possessive, a council or a committee a name of two words or more before it makes the body's
# own organ: "the African Union's Peace and Security Council", "the EU's Political and Security Committee"
_PROPER_ORGAN = re.compile(rf"[{_UPPER}][\w’'-]+\s+(?:(?:and|of)\s+)?[{_UPPER}][\w’'-]+\s+"
                           r"(?:[A-Z][\w’'-]+\s+)?(?:Council|Committee|Assembly)")
_OFFICE_TAKEN_KEYS = Words("elected", "appointed", "named", "sworn in", "took office", "became")
_NEW_ORG_KEYS = Words(*_NEW_ORG_HEADS.split("|"))
_UNIT_KEYS = Words("District", "Fleet", "Flotilla", "Headquarters", "Army", "Navy", "Force", "Division", "Brigade",
                   "Regiment", "Battalion",
                   "Corps", "Command", "Guard", "Marines", "Gendarmerie", "Border Service", "Border Troops",
                   "Frontier Service", "Squadron", "Wing", "Commando", "Rifles", "Fusiliers", "Guards", "Rangers",
                   "Hussars", "Lancers", "Dragoons", "Battlegroup", "Battle Group",
                   *(f"{prefix} " for prefix in _SHIP_PREFIXES.split("|")))
_DAY_OR_MONTH = (r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
                 r"September|October|November|December|"
                 # ("on Jan. 1", "on Sept 3": a month abbreviated before its day)
                 r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\.?\s+\d)")
_NO_DAY_OR_MONTH = rf"(?!(?:{_DAY_OR_MONTH})\b)"
# A unit or body the text names in lower case after an office ("commander of the battalion", "head of the observer
# mission"), up to two words before its noun
_LOWER_UNIT = (r"(?:[a-z][\w-]*\s+){0,2}?(?:division|brigade|battalion|regiment|contingent|delegation|mission|"
               r"task\s+force|fleet|flotilla|squadron|corps|garrison|detachment|operation|exercise|drills|committee|"
               r"commission|secretariat)")
# A state that opens a body's name is no office's owner: "the chairman of the U.S. Joint Chiefs of Staff"
_NO_BODY_NAMED_AFTER = (r"(?!\.?\s+(?:[A-Z][\w-]*\s+){0,3}(?:Joint|Naval|Army|Air|Forces|Command|Chiefs|Fleet|Staff|"
                        r"Navy|Marine|Marines|Coast|Guard|Senate|House|Congress|Department|Agency|Council|Committee|"
                        r"Mission|Embassy|Institute|Centre|Center)\b)")
# Words that name kinds of drill, capitalised in releases: "a Passage Exercise", "the Maritime Partnership Exercise"
_GENERIC_EXERCISE_WORD = re.compile(r"Passage|Partnership|Photo|Disaster|Response|Relief|Humanitarian|Assistance|and|"
                                    r"Mass|Casualty|Replenishment|Tabletop|Table-top|Evacuation|Emergency|Boarding|"
                                    r"Gunnery|Communications?|Manoeuvring|Maneuvering|Cross-deck|Flying|Readiness|"
                                    r"Search|Rescue|Maritime|Naval|Security|Field|Training|Live-fire|Firing|Command|"
                                    r"Post|Staff|Tactical|Joint|Combined|Bilateral|Trilateral|Multilateral|Military|"
                                    r"Defence|Defense|Air|Land|Sea|Amphibious|Medical|Mine|Countermeasures?|Logistics|"
                                    r"Counter-terrorism|Counterterrorism|Anti-submarine|Submarine|Harbour|Harbor|Port")
_MONTHS_ONLY = re.compile(rf"(?:{_DAY_OR_MONTH})(?:\s*[-–/]\s*(?:{_DAY_OR_MONTH}))*")
_NAME_GOES_ON = re.compile(r"\s+of\s|’s|'s")
_IN_A_PLACE_AT_END = re.compile(r"\s+in\s+(?:the\s+)?([^\s].*)$")
# "the Treaty of Friendship, Cooperation and Mutual Assistance": a title's subjects listed with commas
_TITLE_LIST_GOES_ON = re.compile(rf"(?:,\s+(?P<item>[{_UPPER}][\w-]+(?:\s+[{_UPPER}][\w-]+){{0,2}}))+,?\s+and\s+"
                                 rf"(?P<last>[{_UPPER}][\w-]+(?:\s+[{_UPPER}][\w-]+){{0,2}})\b"
                                 # (not "the Treaty of X, Putin and Kim announced": people, then their verb)
                                 r"(?!\s+(?!(?:was|is|has|signed|remains|expires|lapsed)\b)[a-z]+(?:ed|s)\b)")
_LIST_ITEM_SPLIT = re.compile(r",?\s+and\s+|,\s+")
_TITLE_OF = re.compile(r"\s(?:of|on)\s(?!.*\s(?:of|on|between|in)\s)")
_NAMED_PLURAL_PACTS = re.compile(r"\b(?<=[Tt]he )(?P<name>(?P<words>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s+"
                                 r"(?:treaties|accords|agreements|arrangements))\b")
_NAMED_PACT = re.compile(r"\b(?:(?<=[Tt]he )|(?<=['’]s ))(?P<name>(?P<words>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s+"
                         r"(?:treaty|accord|pact))\b")
_CAPITALS_AGREEMENT = re.compile(r"(?<=[Tt]he )(?P<name>(?P<words>[A-Z][a-z]+)\s+agreement)\b")
_NAME_PARTS = re.compile(r"[-–\s]+")
# ("the US-brokered accords", "the Kremlin agreements": who brokered or made them, no name)
_NOT_A_PACTS_NAME = re.compile(r"[-–](?:brokered|backed|led|era|sponsored|style)\b|"
                               r"\b(?:Kremlin|White House|Pentagon)\b")
_MONTH_OR_DAY_WORD = re.compile(rf"\b(?:{_MONTHS_AND_DAYS})\b")
_ENDS_WITH_AGREEMENT_HEAD = re.compile(rf"\s(?:{_AGREEMENT_HEADS})$")
# ("... agreement and a naval cooperation protocol": the second of two signed, in lower case like the first)
# (not ", and the ministers said the deal would ...": a clause of its own)
_AND_ANOTHER_AGREEMENT = re.compile(r",?\s+(?:and|together\s+with|as\s+well\s+as)\s+(?:an?|the)\s+"
                                    r"(?P<name>(?:(?!(?:the|an?|said|says|that|which|who|will|would)\b)[a-z][a-z-]*\s+)"
                                    r"{0,3}(?:agreement|accord|memorandum|treaty|pact|protocol|roadmap|deal|"
                                    r"declaration)|letter\s+of\s+intent)(?=[\s,.;]|$)")


# "an agreement to build the Baltic Defence Line": a work the agreement is to make, named
# (not "to build a Russian nuclear power plant", "to establish a NATO-style command": a name, with its head noun)
_TO_MAKE_A_NAMED_WORK = re.compile(r"\s+to\s+(?:build|create|establish|set\s+up|develop|construct|launch|form)\s+"
                                   rf"the\s+(?:[{_UPPER}][\w-]*\s+){{1,4}}(?:Line|Wall|Shield|Corridor|Canal|Pipeline|"
                                   r"Railway|Bridge|Base|Centre|Center|Zone|Facility|Complex|Hub|Network|System)\b")


# "its Interaction, Search and Echelon exercises": the names listed before the last, which the noun follows
_PLURAL_EXERCISE_NOUN_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:exercises|drills|manoeuvres|maneuvers)\b")
# (one way only to read a name, so that a list that is no list fails at once: words of letters joined by hyphens)
_EXERCISE_NAME_WORDS = rf"[{_UPPER}]\w*+(?:-[{_UPPER}0-9]\w*+)*+(?: [{_UPPER}0-9]\w*+(?:-\w++)*+){{0,2}}+"
_EXERCISES_LISTED_BEFORE = re.compile(rf"\b(?:the|its|their)\s+(?P<items>(?:{_EXERCISE_NAME_WORDS},\s+)*"
                                      rf"{_EXERCISE_NAME_WORDS},?\s+and\s+)$")
_LISTED_EXERCISE = re.compile(_EXERCISE_NAME_WORDS)
_NOT_AN_EXERCISE_WORD = re.compile(r"\b(?:Northern|Southern|Eastern|Western|Central|North|South|East|West|Pacific|"
                                   r"Atlantic|Indian|Arctic|Baltic|Black|Ocean|Sea|Gulf|Mediterranean|Caribbean|"
                                   r"Joint|Combined|Naval|Air|Army|Annual|Spring|Summer|Autumn|Winter)\b")


# "a memorandum delimiting their maritime zones", "an agreement establishing a joint commission": a participle and
# its object in lower-case words, up to where the sentence says where, when or with whom
_WHAT_IT_DOES = re.compile(r"\s+(?:delimiting|demarcating|delineating|establishing|creating|setting\s+up|governing|"
                           r"regulating|covering|allowing|permitting|providing\s+for|ending|formalising|formalizing)"
                           r"(?:\s+(?!(?:in|on|at|with|last|this|earlier|that|which|and|by|during|after|before)\b)"
                           r"[a-z][a-z-]*){1,5}(?=\s+(?:in|on|at|with|last|this|earlier|that|which|and|by|during|"
                           r"after|before)\b|\s*[,.;]|$)"
                           # "signed an agreement to strengthen military cooperation": what it is for names it
                           r"|\s+to\s+(?:strengthen|deepen|expand|boost|enhance|bolster|step\s+up|intensify)\s+"
                           r"(?:[a-z][a-z-]*\s+){0,3}?(?:cooperation|co-operation|ties|partnership)\b")


def _complement_end(text: str, end: int) -> int | None:
    """Where the complement of an agreement's head noun that ends at `end` ends: "an agreement on the delivery of
    three GM200 radars built by ...", "a plan of military cooperation for 2024-2025", "a joint statement on further
    deepening their partnership, ...". The words run on to where the sentence says where, when, by whom, to whom or
    what else ("in Moscow", "on Monday", "built by", "which", a comma); `end` itself where no complement opens there,
    None where it runs on too long to be part of a name."""
    opening = _COMPLEMENT_OPENS.match(text, end)
    if opening is None:
        return end
    last = end
    for words, token in enumerate(_COMPLEMENT_TOKEN.finditer(text, opening.end()), start=1):
        word = token.group("word")
        if word is None:
            break  # a comma, a stop, a bracket, a quotation mark
        lowered = word.lower()
        if lowered in _COMPLEMENT_STOPS or _COMPLEMENT_STOP_WORD.fullmatch(word) or _BY_AFTER.match(text, token.end()):
            break  # (a participle before "by": "radars built by Thales")
        if lowered in _COMPLEMENT_GOES_ON and not _COMPLEMENT_GOES_ON[lowered].match(text, token.end()):
            break
        if words > 14:
            return None
        if lowered not in _COMPLEMENT_LINKS:
            last = token.end()
    return last


# What "on" an agreement is signed that is no part of it: "on the sidelines of the summit", "on the same day"
_AN_OCCASION = r"sidelines|margins|fringes|occasion|eve|day"
# What opens an agreement's complement (not "on the sidelines of the summit", "on Monday", "for the first time")
# ("a letter of intent to operate their aircraft as one air force": what it is for, no part of its name)
_COMPLEMENT_OPENS = re.compile(r"(?:\s+\([A-Z][\w-]{1,10}\))?\s+(?:on|of|for|concerning|regarding)(?=\s)"
                               r"(?!\s+(?:their|its|his|her)\s+own\b)"  # ("an agreement of their own": whose)
                               # (not "on 14 May", "on a visit to Paris", "on the fringes of the summit")
                               r"(?!\s+\d{1,2}\b|\s+(?:an?\s+|his\s+|her\s+|their\s+)?"
                               r"(?:first\s+|official\s+|state\s+)?visit\b)"
                               rf"(?!\s+(?:the\s+)?(?:{_AN_OCCASION}|basis|behalf|first|"
                               rf"second|third|last|next|same|{_DAY_OR_MONTH})\b)")
_COMPLEMENT_TOKEN = re.compile(r"\s+(?:(?P<word>[\w’'-]+)|[^\s\w])|[^\s\w]")
# Words that end it: where, when, by whom, how much, a relative clause, another verb
_COMPLEMENT_STOPS = frozenset((
    "with", "between", "that", "which", "who", "whose", "signed", "made", "worth", "valued", "under", "during",
    "after", "before", "when", "while", "at", "by", "from", "as", "amid", "last", "this", "next", "earlier", "later",
    "today", "yesterday", "tomorrow", "until", "since", "will", "would", "could", "can", "may", "is", "are", "was",
    "were", "has", "have", "had", "but", "or", "if", "aimed", "designed", "intended", "expected", "due", "reached",
    "agreed", "concluded", "covering", "allowing", "providing", "enabling", "granting", "giving", "paving", "calling",
    "reaffirming", "including", "following", "said", "says", "also", "within", "through", "into", "against", "via",
    "per", "each", "every", "both", "so", "because", "although", "unless", "where", "whereby", "than", "like",
    "according", "ahead", "over", "among", "across", "about", "around", "along", "near", "off", "beyond", "toward",
    "towards", "inside", "outside", "running", "lasting", "meant",
    "to"))  # ("an agreement on supplying radars to Armenia": to whom, no part of its name)
_COMPLEMENT_STOP_WORD = re.compile(_DAY_OR_MONTH)
_COMPLEMENT_GOES_ON = {
    # ("an agreement on cooperation in the field of public security", not "... in Moscow", "in 2019")
    "in": re.compile(r"\s+the\s+(?:fields?|areas?|spheres?|domains?)\s+of\s"),
    "on": re.compile(rf"\s+(?!(?:the\s+)?(?:{_AN_OCCASION})\b|(?:an?\s+|his\s+|her\s+)?"
                     r"(?:first\s+|official\s+)?visit\b)[a-z]"),
    # ("a plan of cooperation for 2025-2026", not "... for the first time", "for the 2025-2027 period")
    "for": re.compile(r"\s+(?!the\s+(?:first|second|third|last|next|(?:19|20)\d\d)\b)"
                      r"(?:[a-z]|(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?\b)"),
    # ("on trade and security", not "and a letter of intent", "and agreed to meet", "and the EU")
    "and": re.compile(r"\s+(?!(?:an?|the|will|would|also|then|to|its|their)\b)[a-z]+(?<!ed)\b"),
}
_BY_AFTER = re.compile(r"\s+by\b")
_COMPLEMENT_LINKS = frozenset(("of", "the", "a", "an", "and", "on", "for", "in", "their", "its", "further"))
# ("the PESCO Military Mobility project": the words of the body's name, then the programme's, before the noun)
_BODYS_NAMED_PROJECT = re.compile(rf"(?<=\bthe\s)(?P<words>[{_UPPER}][\w-]*(?:\s+(?:(?:for|of|and|on)\s+)?"
                                  rf"[{_UPPER}][\w-]*){{1,6}})\s+(?:project|programme|program)\b")
# ("the PESCO project Upgrade of Maritime Surveillance, coordinated by Greece": the name after the noun)
_BODYS_PROJECT_NAMED_AFTER = re.compile(rf"(?<=\bthe\s)(?P<owner>[{_UPPER}][\w-]*(?:\s+[{_UPPER}][\w-]*){{0,3}})\s+"
                                        rf"(?:project|programme|program)\s+(?P<name>[{_UPPER}][\w-]*"
                                        rf"(?:\s+(?:(?:of|for|and|on)\s+)?[{_UPPER}][\w-]*){{0,5}})"
                                        r"(?=\s*[,.;)]|\s+(?:and|which|coordinated|led|run)\b)")
_GENERIC_AGREEMENT = re.compile(r"(?:(?:first|second|third|last|only)\s+such|similar|such|new|another|same|separate|"
                                r"further|earlier|previous|number of|first|possible|any|potential)\b")
# Acronyms said as words whose title case is another name ("Alba Iulia", Scotland's "Alba Party", "Guam")
_WRITTEN_IN_CAPITALS_ONLY = frozenset({"ALBA", "GUAM"})
# A dateline in capitals right before a name ("HAGATNA, GUAM (AP)", "ANDERSEN AIR FORCE BASE, GUAM")
_CAPITALS_BEFORE = re.compile(r"(?:^|\n)[A-Z][A-Z .'-]+,\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:\(|,\s*[A-Z][a-z]{2,}\.?\s+\d|[—–-])")
# What a state or a council adopts on its own, in quotation marks: no agreement between parties
_DOMESTIC_ACT_END = re.compile(r"\b(?:Act|Bill|Law|Order|Decree|Statement|Resolution|Budget|Strategy|Doctrine)$")
# "between Armenia and Azerbaijan", "between Australia, Britain and the United States": the names of the parties
_PARTY_NAME = rf"(?:the\s+)?[{_UPPER}][\w.’'-]*(?:\s+[{_UPPER}][\w.’'-]*){{0,3}}"
_BETWEEN_NAMES = re.compile(rf"\s+between\s+{_PARTY_NAME}(?:,\s+{_PARTY_NAME}){{0,4}},?\s+and\s+{_PARTY_NAME}\b")
# What makes "an agreement between A and B" one hoped for, called for or doubted, not one made
_HOPED_FOR_BEFORE = re.compile(r"\b(?:call(?:s|ed|ing)?\s+for|reject(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|"
                               r"urg(?:e|es|ed|ing)|seek(?:s|ing)?|sought|push(?:es|ed|ing)?\s+for|negotiating|"
                               r"talks\s+(?:on|over|about)|hopes?\s+for|no)\s+$", re.IGNORECASE)
_HOPED_FOR_AFTER = re.compile(r"[^.;]{0,40}?\b(?:is|was|remains|seems|looks)\s+(?:still\s+)?(?:unlikely|elusive|"
                              r"near|distant|out\s+of\s+reach|far\s+off)\b")
_BODY_KEYS = Words("army", "navy", "air force", "armed forces", "military", "guard", "ministry", "general staff",
                   "defence staff", "defense staff", "customs", "Customs")
# _demonym_body and _state_ministry write their heads in lower case and are matched case-sensitively,
# so the line itself (not its lower case) must hold one of these words.
_LOWER_MINISTRY = Words("ministry")
# States whose names English writes with "the" after a preposition ("the Embassy of the United States",
# "President of the United States").
_NAMED_WITH_THE = frozenset({"United States", "United Kingdom", "United Arab Emirates", "Philippines", "Netherlands",
                             "Bahamas", "Maldives", "Comoros", "Seychelles", "Solomon Islands", "Marshall Islands",
                             "Central African Republic", "Dominican Republic", "Gambia",
                             # ... and bodies ("Secretary-General of the United Nations")
                             "United Nations", "European Union", "African Union", "European Commission"})


def after_of(state: str) -> str:
    """A state's name as it follows "of" ("Embassy of Russia", "Ministry of Defence of the United Kingdom")."""
    return f"the {state}" if state in _NAMED_WITH_THE else state
# What every match of _city_of holds: its place noun and "of" after white space.
_CITY_NOUNS = ("city|town|port|region|province|village|capital|island|state|republic|oblast|enclave|exclave|territory|"
               "county|district")
_FRONTED_PLACE_BEFORE = re.compile(r"(?:^|[.!?\n]\s*)(?:(?:Speaking|Meeting|Later)\s+)?(?:[Ii]n|[Aa]t|[Ff]rom)\s+$")
_CITY_NAMED_KEYS = Words("capital", "city", "port", "town")  # one is in every match of _city_named
_CITY_OF_GATE = re.compile(rf"(?:{_CITY_NOUNS})\s+of\s")
# Who may name an agreement by a pair of names ("the EU-Ukraine association agreement")
_PAIR_PARTY_TYPES = (EntityType.STATE, EntityType.ALLIANCE, EntityType.ORGANIZATION)
# Who "the two ..." that signed an agreement may be ("the two countries", "the two ministers")
_SIGNING_SIDES = r"(?:countries|sides|states|nations|governments|leaders|presidents|(?:[a-z]+\s+)?ministers)"
# The head nouns of _pair_agreement and _agreement_between, as they write them
# A name of capitalised words right after "signed the", then whom or where it was signed with, or a pause
_SIGNED_THE_NAME = re.compile(rf"\bsigned\s+the\s+(?P<name>[{_UPPER}][\w’'-]+(?:\s+[{_UPPER}][\w’'-]+){{1,4}})"
                              r"(?=\s+(?:with|in|on|at|last|this|between)\b|[,.;])")
_PACT_KEYS = Words("agreement", "accord", "treaty", "pact", "memorandum", "protocol", "convention", "deal", "contract",
                   "MoU", "MOU")
_SIGNING_KEYS = Words("sign", "conclu", "ratif", "renew", "adopt", "inked", "sealed", "agreed on", "agreed upon",
                      "agreed a",
                      "agreement with", "pact with", "treaty with", "accord with")
_HELD_AGREEMENT_KEYS = Words("dating back", "dates back", "signed", "concluded")  # what _held_agreement looks ahead to
# A place named by its kind and "of" ("Bay of Bengal"): no exercise's name, though "exercise" follows it.
_PLACE_OF = re.compile(r"(?:Bay|Gulf|Sea|Straits?|Isles?|Islands?|Cape|Port|Horn|Lake|Coast|Republic|Kingdom)\s+of\b")
# Words that may stand between an exercise's name and its noun ("Cobra Gold multinational military exercise").
_EXERCISE_MODIFIER = (r"(?:multinational|international|joint|combined|military|naval|maritime|air|land|amphibious|"
                      r"annual|biennial|bilateral|trilateral|multilateral|field|command-post|staff|live-fire|"
                      r"large-scale|tactical|counter-terrorism|peacekeeping|special-forces|army|navy|force|forces|"
                      r"anti-terror|anti-terrorism|counter-terror|riverine|border|coast|guard|police|cyber|mountain|"
                      r"winter|summer|spring|autumn|search-and-rescue|rescue|humanitarian|air-defence|air-defense|"
                      r"anti-submarine|defen[cs]e|missile|deterrence|nuclear|strategic|command|post|special|"
                      r"computer-assisted|command-and-staff|counter-narcotics|counter-drug|counter-piracy|"
                      r"anti-piracy|counter-insurgency|disaster-relief|disaster-response|medical|airborne|"
                      r"logistics|interdiction|mine-countermeasures|training|readiness|operational|"
                      r"operational-strategic|operational-tactical|snap|surprise|combat)")
# "(CARAT) exercise", "(CARAT) naval exercise" after a name it defines: drills so named (not "(CHA) opened the drills")
_EXERCISE_NOUN_AFTER_ACRONYM = re.compile(rf"\s*\([A-Z][\w-]{{1,10}}\)\s+(?:{_EXERCISE_MODIFIER}\s+){{0,2}}"
                                          r"(?:exercises?|drills?|manoeuvres|maneuvers)\b")
_EXERCISE_KEYS = Words("exercise", "drill", "maneuv", "manoeuv", "games")  # of _EXERCISE_CONTEXT, in lower case
_CITY_KEYS = Words(*_CITY_NOUNS.split("|"))
_PLACE_APPOSED_KEYS = Words(*_CITY_NOUNS.split("|"), "exclave")  # what _place_apposed's kinds of place hold
_PLACE_OF_KEYS = Words("city", "town", "port", "village", "island", "province", "region", "county", "district",
                       "capital", "coast")
# "Togo's National Assembly", "Russia's Security Council", "Sudan's Sovereignty Council": a state's own institution,
# named by its possessive (and so part of it)
_STATES_INSTITUTION = re.compile(rf"(?P<owner>[{_UPPER}][\w-]*(?:\s+[{_UPPER}][\w-]*){{0,2}})['’]s\s+"
                                 r"(?P<name>National\s+Assembly|Parliament|Senate|Sovereignty\s+Council|"
                                 r"(?:National\s+)?Security\s+Council|Supreme\s+Court|Constitutional\s+Court|"
                                 r"Council\s+of\s+Ministers)\b(?!\s+(?:of|for)\s)")
_STATES_INSTITUTION_KEYS = Words("National Assembly", "Parliament", "Senate", "Sovereignty Council", "Security Council",
                                 "Supreme Court", "Constitutional Court", "Council of Ministers")
_INSTITUTION_KEYS = Words("Kremlin", "Pentagon", "White House", "State Department", "Foreign Office", "Department of")
# The head nouns of _place and _agreement as they write them (case-sensitive): one is in every match.
_PLACE_HEAD_KEYS = Words(*_PLACE_HEADS.split("|"), "Isle", "Horn of")
# ("the areas of Cape Kaliakra, Cape Emine and Burgas Bay", "the ports of Varna and Burgas")
# ... and "the Cypriot ports of Larnaca and Limassol", "Georgia's breakaway regions of A and B": of that state
_KINDS_OF_PLACES = re.compile(rf"(?:\bthe\s+(?:{DIRECTION_ADJECTIVE}\s+)?"  # ("the northern Norwegian counties of")
                              rf"(?:(?P<adjective>[{_UPPER}][\w-]+)\s+(?=[a-z]))?|"
                              rf"\b(?P<possessor>[{_UPPER}][\w-]+)(?:’s|'s)\s+)"
                              rf"(?:(?:[a-z-]+\s+)?(?:regions|provinces|islands|counties|districts|oblasts|"
                              rf"governorates|ports|towns|cities|areas)|"
                              # "the US states of Florida and Texas" (sovereign states are the gazetteer's)
                              rf"(?P<owner>[{_UPPER}][\w.]*(?:\s+[{_UPPER}][\w.]*)?)\s+states)\s+of\s+"
                              rf"(?P<names>[{_UPPER}][\w-]+(?:\s[{_UPPER}][\w-]+)?"
                              rf"(?:(?:,\s+|,?\s+and\s+)[{_UPPER}][\w-]+(?:\s[{_UPPER}][\w-]+)?){{1,5}})")
_COUNCIL_RESOLUTION = re.compile(r"(?<![\w-])(?:(?:UN|U\.N\.|United\s+Nations)\s+)?(?:(?:Security\s+Council|UNSC)\s+)?"
                                 r"[Rr]esolution\s+(?P<number>[1-9]\d{1,3})(?![\w/-])")
COUNCIL_RESOLUTION_LABEL = "United Nations Security Council Resolution"  # and its number
_CARRIER_GROUP = re.compile(rf"(?<![\w-])(?!The\b)(?P<ship>[{_UPPER}][\w-]+(?:\s+[{_UPPER}][\w-]+)?)\s+"
                            r"(?:[Aa]ircraft\s+)?[Cc]arrier\s+(?:[Ss]trike\s+)?[Gg]roup\b")
_NAMES_LISTED = re.compile(rf"[{_UPPER}][\w-]+(?:\s[{_UPPER}][\w-]+)?")
# "the Baltic and Caspian Seas": two names that share a plural head
_SHARED_PLURAL_HEAD = re.compile(rf"\b(?P<first>[{_UPPER}][a-z]+)\s+and\s+(?:the\s+)?(?P<second>[{_UPPER}][a-z]+)\s+"
                                 r"(?P<head>Seas|Oceans)\b")
_ACRONYM_INSIDE = re.compile(r"\s+\([A-Z][\w-]{1,10}\)")


def _is_title_case_line(line: str) -> bool:
    """Whether ``line`` is set as a headline: most of its words capitalised, and no full stop at its end."""
    words = line.split()
    return len(words) >= 3 and not line.rstrip().endswith(".") and \
        sum(word[:1].isupper() for word in words) >= 0.6 * len(words)


_BASE_OFFICE = r"(?:Chief|Manager|Commander|Director|Head|Officer|Chaplain|Staff|Chairman|Spokesman|Engineer)"
# (an air force's acronym before it: "RAAF Base Tindal", "PAF Base Bholari")
_BODY_HEADQUARTERS = re.compile(r"\b(?P<body>NATO|EU|UN|OSCE|CSTO|SCO|ASEAN|AU)\s+headquarters\b")
_BASE_NAMED = re.compile(rf"\b(?P<name>(?:[A-Z]{{2,6}}|Naval|Joint|Marine\s+Corps|Air\s+Force|Army)\s+"
                         # (not an office: "the CIA Station Chief", "the UN Base Commander")
                         rf"(?:Base|Station|Air\s+Station)\s+(?!{_BASE_OFFICE}\b)[{_UPPER}][\w-]+"
                         rf"(?:\s+(?!{_BASE_OFFICE}\b)[{_UPPER}][\w-]+)?|"
                         # (one word after "Camp" or "Fort": not "Camp Lemonnier Djibouti's port")
                         rf"(?:Camp|Fort)\s+[{_UPPER}][\w-]+|"
                         # ("Air Base 101 in Niamey": a base by its number)
                         r"(?:Air|Naval)\s+Base\s+\d{1,3})\b")
_REGION_HEAD_KEYS = Words(*REGION_HEADS)
# The bodies a state's envoy is accredited to ("Permanent Representative to the CSTO", "Ambassador to NATO")
_ENVOYS_BODIES = "NATO|EU|UN|OSCE|CSTO|SCO|AU|ASEAN|IAEA"
_REGION_NOUNS = frozenset({"region", "oblast", "province", "governorate", "district", "county", "prefecture"})
_NO_PACT_PACKAGE = re.compile(r"\b(?:Sanctions?|Aid|Relief|Stimulus|Economic|Financial|Support|Assistance)\b")
_AGREEMENT_HEAD_KEYS = Words("Agreement", "Treaty", "Treaties", "Protocol", "Memorandum", "Accord", "Pact", "Plan",
                             "Statute", "Pledge", "Strategic Concept", "Framework",
                             "Charter", "Convention", "Declaration", "Partnership", "Arrangement", "Statement",
                             "Program", "Package", "Code of Conduct", "memorandum", "agreement", "accord", "pact",
                             "treaty", "cooperation plan", "cooperation program", "cooperation roadmap")
# "..., KFOR said": an acronym that speaks (not a person's initials, a title or a day)
# ("Britain's maritime security agency UKMTO had earlier reported a fire": past an adverb too)
_ACRONYM_SPEAKING = re.compile(r"(?<![\w.’'-])(?P<acronym>[A-Z][A-Z0-9]{2,7})(?=\s+(?:has\s+|had\s+|also\s+)?"
                               r"(?:(?:earlier|later|previously|also|first)\s+)?"
                               r"(?:said|says|announced|reported|added|stated|told)\b)")
_FOUNDED_KEYS = Words("established", "founded", "launched", "created", "set up", "formed")
# ("ZOPACAS was launched in 1986 by A and B", but not "RISAT2 was launched in 2009", "an ICBM was launched": a
# satellite's or missile's launch; nor an acronym with a digit)
_ACRONYM_FOUNDED = re.compile(r"(?<![\w.’'-])(?P<acronym>[A-Z]{3,8})(?![\w-])"
                             r"(?=\s+(?:was|were)\s+(?:first\s+|formally\s+|officially\s+)?"
                             r"(?:established|founded|created|set\s+up|formed|"
                             r"launched\s+(?:[^.;]{0,40}?\s)?by\s+(?:the\s+)?[A-Z]))")
_NOT_AN_ACRONYM = re.compile(r"GMT|UTC|CEO|MEP|THE|AND|BUT|NOT")  # (in a headline set in capitals, words)
# of _person_speaking, as it writes them ("quoted" for its pattern with white space)
_SPEECH_VERB_KEYS = Words(*(verb for verb in _SPEECH_VERBS.split("|") if "\\" not in verb), "quoted", "posted",
                          "according to")


_POSSESSIVE = re.compile(r"(?:'s|’s|(?<=s)['’])\s+")  # "CSTO's Cooperation-2022", "Belarus' Vitebsk Region"
_POSSESSIVE_WORD_END = re.compile(r"(?:'s|’s|(?<=s)['’])$")  # a word that is a possessive ("Estonia's")
_STANDING_BEFORE = re.compile(r"\bStanding\s$")  # "Standing NATO Maritime Group Two": the word opens the name
_WORD = re.compile(r"(?<![\w’'-])[^\W\d_][\w’'-]*")


def _word_occurrences(text: str, words: dict[str, list[str]]) -> list[tuple[int, list[str]]]:
    """Where each key of ``words`` stands as a whole word of ``text`` (a match of _WORD), in text order,
    with its value. A few names are looked for with ``str.find``: cheaper than cutting the whole text
    into words."""
    found = []
    for word, value in words.items():
        start = text.find(word)
        while start >= 0:
            match = _WORD.match(text, start)  # its lookbehind sees the text before ``start``
            if match is not None and match.end() == start + len(word):
                found.append((start, value))
            start = text.find(word, start + 1)
    found.sort(key=lambda item: item[0])
    return found


def _word_char_at(text: str, index: int) -> bool:
    return index < len(text) and (text[index].isalnum() or text[index] == "_")


# What every match of _exercise_year ends with: a line without it is not searched.
_YEAR_AFTER_GAP = re.compile(r"[ -](?:19|20)\d\d(?!\d)")
# "Defender-Europe 21, which began in mid-March", "BALTOPS 22 got under way": a name and the last two digits of its
# year, as NATO numbers its exercises; no gear ("Orlan-10 drones"), no unit ("Task Force 51"), no disease ("Covid-19")
_SHORT_YEAR_GATE = re.compile(r"[a-zA-Z][ -][0-3]\d(?!\d)")
_SHORT_YEAR_NAME = re.compile(
    r"(?<![\w’'.-])(?!(?:The|This|That|These|Those|Its|Our|Their|His|Her|Last|Next|Each|Every|All|Any|Some|Record)\b)"
    rf"(?!{_OPENING_PREPOSITIONS}\s)"
    r"(?P<name>[A-Z](?:[a-z]{2,}|[A-Z]{2,})(?:[ -][A-Z](?:[a-z]{2,}|[A-Z]{2,})){0,2})[ -](?P<year>[0-3]\d)"
    # "Cope Thunder 25-1", "Red Flag 24-2": the year's first or second iteration
    r"(?:[-–][1-9](?=[\s.,;:)’'”\"]|$))?"
    r"(?![\w%/’'-]|[.,:]\d)")
_NOT_SHORT_YEAR_NAME = re.compile(
    r"(?:^|[ -])(?:covid|sars|mers|task|group|force|forces|unit|brigade|division|squadron|fleet|regiment|"
    r"battalion|wing|corps|command|day|phase|stage|week|article|resolution|chapter|room|highway|route|pier|block|"
    r"class|type|model|mark|flight|section|paragraph|item|point|number|page|level|grade|district|zone|sector|area|"
    r"camp|base|protocol|annex|rule|law|act|decree|bill|order|report|index|rank|top|under)$|"
    # "YEREVAN, Jan 10 (Reuters) -": a month's abbreviation before its day, a dateline's
    r"^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$|"
    # "Since 24 February 2022 ...", "Until 12 March": a preposition before a day
    r"^(?:since|until|till|from|before|after|by|on|in|during|through)$", re.IGNORECASE)
_PLURAL_NUMBER = re.compile(r"s\b")  # (not "Zapad-2021's": a possessive)
_GEAR_AFTER = re.compile(
    r"\s+(?:[\w-]+(?<![sd])\s+)?(?:drones?|UAVs?|jets?|aircraft|fighters?|bombers?|systems?|launchers?|missiles?|"
    r"tanks?|helicopters?|vehicles?|guns?|rifles?|rockets?|radars?|ships?|vessels?|submarines?|complex(?:es)?|"
    r"howitzers?|pandemic|virus|vaccines?|variant|percent|per\s+cent|"
    # "Draws Record 18 Nations": a count
    r"nations|countries|states|troops|soldiers|servicemen|personnel|sailors|marines|members|participants|people|"
    r"partners|allies|officers|years|months|weeks|days|hours|km|miles|tons)\b", re.IGNORECASE)


def _trie_pattern(words: Iterable[str], *, word_start: bool = False) -> str:
    """One regular expression for many names, factored by common prefixes: Python's ``re`` tries the
    branches of a plain alternation one by one at every position, which costs 20 times more here.
    It is guarded by the names' first characters (:func:`_guard`).

    With ``word_start`` it matches what ``\\b`` followed by it matches, written so that ``re`` finds its
    openings with its fast scan for a first character: no guard, and the boundary is tested after the
    first character, as a look-behind (the character before it is a word character, or not, as the
    first one is not, or is)."""
    words = list(words)
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    if word_start:
        branches = [re.escape(char) + (r"(?<!\w.)" if re.match(r"\w", char) else r"(?<=\w.)") + build(child)
                    for char, child in sorted(trie.items()) if char]
        return "(?:" + "|".join(branches) + ")"
    return "(?:" + _guard(build(trie), (word[:1] for word in words)) + ")"


# The titles of _TITLE factored by their prefixes (the trie escapes what it is given), for the person
# patterns: where one title starts another ("Major", "Major General") _TITLE lists the longer first and
# the trie tries it first, so both find the same; the trie skips most branches at each position.
_TITLES = f"{_GOVERNMENT_TITLES}|{_OTHER_TITLES}".replace(chr(92), "").split("|")
_TITLE_TRIE = _trie_pattern(_TITLES)
# A position set off after a name, before a verb of speech; a party ("Kaisa Lehtonen (SDP), chair of ...")
# or an acronym after it ("deputy commanding general of US Army Pacific (USARPAC)") is no part of it.
# ("X, now an adviser to the president, said": when the office is held is no part of it)
# ("Commander X, Royal Danish Navy, the exercise director, said": the service the officer belongs to comes first)
_ROLE_OPENS = (rf"(?:{BRACKETED_ABBREVIATION})?"
               r"(?:,\s+(?:[A-Z][\w-]*\s+){1,3}(?:Navy|Army|Air\s+Force|Marine\s+Corps))?"
               rf",\s+(?:(?:now|then)\s+(?=[a-zA-Z]))?(?:(?:the|a|an)\s+)?"
               r"(?:(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})(?:'s|’s)\s+)?"
               r"(?!(?:who|which|whose|whom|where|when|as|in|on|at|after|before|during|like)\b)"
               # "X, speaking in Brussels after talks with ... chief Y, said": what X did, no office
               r"(?![a-z]+ing\b)"
               # "the brigade's commander": an owner the text does not name
               r"(?!(?:(?:the|a|an)\s+)?[a-z][\w-]*(?:'s|’s)\s)"
               r"(?P<role>[a-zA-Z][^,;:\"“”()]{2,100}?)"
               rf"(?:{BRACKETED_ABBREVIATION})?")
_ROLE_SET_OFF = re.compile(_ROLE_OPENS + rf",\s+{_SPEECH_AUXILIARIES}(?:{_SPEECH_VERBS})\b")
# The "and" between two offices of a set-off position, the first of something: "chair of X and president of Y" (not
# "Minister of Foreign Affairs and Trade", "head of the Army and Navy")
_ONCE_OR_LONG = re.compile(r"(?:former|veteran|retired|seasoned|long-?time|career)\s+(?=[A-Z])")
_SECOND_OFFICE_OF = re.compile(rf"(?<=[\w)])\s+and\s+(?=(?:the\s+)?{_MODIFIERS}{_TITLE_TRIE}\s+of\s)")
# ... or after the speaker of an inverted speech, up to the sentence's end: '"...," said General X, SOUTHCOM's
# director of exercises.'
# (not the stop of an abbreviation: "director of maritime operations at U.S. Naval Forces Africa.")
_ROLE_SET_OFF_AT_THE_END = re.compile(_ROLE_OPENS + r"(?<!\b[A-Z]\.[A-Z])(?=\.(?:\s|$)|$)")
# (or "according to": "..., according to Rear Admiral X, director of maritime operations at Y.")
_SPEECH_VERB_THEN_TITLE = re.compile(rf"\b(?:{_SPEECH_VERBS}|according\s+to)\s+(?:[A-Z][\w.-]*\s+){{0,4}}$")
# "X, the Chilean diplomat who became chairperson of Y in May,", "X, who has been chairperson of Y since 2019,": the
# post (without the time it was taken), after a name (WHO_BECAME_AFTER) or at the end of a position's text
# ("who took over as Chile's defence minister in March": the state's office, its owner after "of")
_WHO_BECAME = (r"who\s+(?:became|serves\s+as|is\s+now|has\s+been|was\s+named|was\s+appointed|took\s+over\s+as)\s+"
               r"(?:the\s+|(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:’s|'s)\s+)?"
               # ("who became prime minister in February after a general election": when and why are no part of it)
               r"(?P<office>(?:[a-z][\w-]*\s+){0,2}(?:" + _WHO_BECAME_POSTS + r")\b"
               r"(?:(?!\s(?:in|since|on|after|following)\s)[^,;]){0,60}?)"
               r"(?:\s+(?:in|since|on|after|following)\s+[^,;]{2,60})?")
WHO_BECAME_AFTER = re.compile(r"\s+" + _WHO_BECAME + r"[,.;]")
WHO_BECAME_AT_END = re.compile(r"\b" + _WHO_BECAME + r"$")


def office_became(became: re.Match[str]) -> str:
    """The office a match of WHO_BECAME_AFTER or WHO_BECAME_AT_END gives, of its owner where one is named."""
    owner = became.group("owner")
    return f"{became.group('office')} of {owner}" if owner else became.group("office")


_BASED_IN_AT_END = re.compile(r"\s+(?:based\s+)?in\s+(?:the\s+)?(?P<town>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)$")
# ("a Russian affairs specialist": an adjective of the subject, not of the holder)
_NOT_A_HOLDERS_ADJECTIVE = re.compile(r"(?:affairs|studies|politics|policy|history|issues|language|literature)\b")
_NO_ROLE_WORDS = re.compile(r"\b(?:by\s+training|turned)\b")
_NO_ROLE_AT_THE_END = re.compile(r"\b(?:after|before|by|with|then|while|when|whom|who)\b|^(?:flanked|accompanied|"
                                 r"together|along|hours|days?|minutes|weeks?|shortly|just)\b", re.IGNORECASE)
# "head of the exercise": an office of something the text does not name (in a role of lower-case words)
_OF_SOMETHING_UNNAMED = re.compile(r"\s(?:of|for|at)\s+(?:the|an?|its|their)\s+[a-z][a-z\s-]*$")
# What a position set off names: a role, or a title that opens it ("Inspector of the Southern Zone").
_ROLE_WORD = re.compile(rf"\b(?:{_ROLE_NOUNS}|inspector|officer|general|admiral)s?\b|^(?:{_TITLE_TRIE})\b",
                        re.IGNORECASE)
_TITLE_OPENING = re.compile(rf"(?:{_TITLE_TRIE})\s")
_TITLE_LAST_WORDS = frozenset(t.split()[-1] for t in _TITLES if " " in t and t[:1].isupper())
_TITLE_INITIALS = {title[0] for title in f"{_GOVERNMENT_TITLES}|{_OTHER_TITLES}".split("|")}
# Any title word at all: lines without one skip the person patterns. The titles go into one
# Aho-Corasick pass: _has_title_word tells what re.search(rf"\b{_TITLE_TRIE}\b", line) would find,
# without trying the trie at every position of a line.
_TITLE_AUTOMATON = ahocorasick.Automaton()
for _title in _TITLES:
    _TITLE_AUTOMATON.add_word(_title, len(_title))
_TITLE_AUTOMATON.make_automaton()


def _has_title_word(text: str) -> bool:
    """Whether ``text`` holds a title of _TITLE_TRIE with a word boundary (as ``\\b``
    has it) at its start, and at its end unless it ends with an abbreviation's stop ("Vice Adm.")."""
    for last, length in _TITLE_AUTOMATON.iter(text):
        start, end = last - length + 1, last + 1
        if (start > 0 and _word_char_at(text, start - 1)) != _word_char_at(text, start) and (
                text[end - 1] == "." or _word_char_at(text, end - 1) != _word_char_at(text, end)):
            return True
    return False


_TIME_OR_ORDER_WORD = re.compile(rf"^(?:{_TIME_OR_ORDER_WORDS})$")
# Words that open a noun phrase, not a name ("No exercise activity is planned", "Any drills")
_DETERMINER_WORD = re.compile(r"No|Any|Every|Each|This|That|These|Those|Such|Some|Another|Our|Their|Its|Which|What|"
                              r"Neither|Either|Both|All|Most|Many|Few|Other|Same")
_NOUN_OF_EXERCISES = re.compile(r"^(?:Exercises?|Drills?|Games|Maneuvers|Manoeuvres)$")
# Words that describe an exercise rather than name it ("Large-Scale Naval Exercise", "Command Post Exercise")
_DESCRIBED_EXERCISE = re.compile(r"^(?:(?:Joint|Military|Naval|Combined|Annual|Large-Scale|Command|Post|Field|Staff|"
                                 r"Live-Fire|Tactical|Strategic|Training|Readiness|Air|Land|Sea|Ground|Bilateral|"
                                 r"Trilateral|Multinational|International|Regional)(?:\s+|$))+$")


def _trained_at(text: str, start: int) -> bool:
    """Whether troops "trained" or "took part" at what begins at ``start``, with no other kind of event between."""
    trained = _TRAINED_AT_BEFORE.search(text, max(0, start - 120), start)
    return trained is not None and not _OTHER_EVENT_WORD.search(trained.group(0))


# A place a text says is (recognised as) part of a state: "Transnistria is internationally recognised as part of
# Moldova", "Nagorno-Karabakh, a mountainous region internationally recognised as part of Azerbaijan"
RECOGNISED_AS_PART = (r"(?:,\s+an?\s+(?:[\w-]+\s+){0,3}?(?:region|territory|province|enclave|exclave|peninsula|city|"
                      r"town|area)\s+|\s+(?:is|remains)\s+)(?:(?:internationally|widely|legally|formally)\s+)?"
                      r"(?:recogni[sz]ed|considered)\s+as\s+(?:a\s+)?part\s+of\s+(?:the\s+)?")
_SENTENCE_ADVERB = re.compile(r"(?:Today|But|Officially|And|Yet|Now|Still|Legally|Formally|Technically|However)\s+")
_RECOGNISED_AS_PART = re.compile(rf"(?P<name>(?<![\w-])[{_UPPER}][\w-]+(?:[ -][{_UPPER}][\w-]+)?)"
                                 rf"(?={RECOGNISED_AS_PART}(?P<whole>[{_UPPER}][\w-]+(?:\s[{_UPPER}][\w-]+)?)"
                                 r"(?![’'\w]))")  # (a state's name, not its possessive: "part of Russia's cycle")
# Bodies whose ambassadors sit in a capital they are not posted to ("Hungary's EU ambassador in Brussels")
_BODY_ACRONYM = re.compile(r"\b(?:EU|NATO|UN|OSCE|AU|ASEAN|CSTO|SCO|OAS|GCC|ECOWAS|SADC|BRICS|OIC|IAEA)\b")
# The title of one who commands a unit, which names the unit after it ("Officer Commanding Eastern Fleet")
_COMMANDING_TITLE = re.compile(r"(?:Flag\s+|General\s+)?(?:Officer\s+Commanding|Commanding\s+Officer|"
                               r"Commander|Commandant)\s")
# "Serbian troops last trained alongside soldiers from Russia and Belarus at Slavic Brotherhood 2021"
_TRAINED_AT_BEFORE = re.compile(r"\b(?:train(?:s|ed|ing)?|exercis(?:ed|ing)|took\s+part|taking\s+part)\b[^.;:]{0,80}?"
                                r"\s(?:at|during)\s+(?:the\s+)?$", re.IGNORECASE)
_EXERCISE_VERB_BEFORE = re.compile(
    r"\b(?:host(?:s|ed|ing)?|h[oe]ld(?:s|ing)?|(?:take|takes|took|taking)\s+part\s+in|participat\w+\s+in|"
    r"join(?:s|ed|ing)?|stag(?:e|es|ed|ing)|conduct(?:s|ed|ing)?|skip(?:s|ped|ping)?|boycott(?:s|ed|ing)?|"
    r"observ(?:e|es|ed|ing)|"
    # "KAZBRIG on Thursday wrapped up Steppe Eagle 2025", "launched Zapad-2025"
    r"wrap(?:s|ped|ping)?\s+up|launch(?:es|ed|ing)?|conclud(?:es|ed|ing)|kick(?:s|ed)?\s+off|began|begins|opened|"
    r"opens|completed|(?:came|come|comes|coming)\s+together\s+for)\s+(?:the\s+)?$", re.I)
_EXERCISE_VERB_AFTER = re.compile(
    # ("X 2025 ("Protective Shield") ran from 5 to 9 May": past its name's translation)
    r"(?:\s*\([^()]{1,40}\))?"
    # ("Malabar 2024, hosted by India", "Malabar 2025 is scheduled to be held off Guam")
    r"(?:,[^;]{2,100}?,)?,?\s+(?:will\s+be\s+|was\s+|were\s+|is\s+(?:being\s+)?|(?:is|are|was|were)\s+"
    r"(?:scheduled|set|due|expected|planned|slated)\s+to\s+be\s+)?(?:co-)?(?:hosted|held|staged|"
    r"conducted|kicks?\s+off|kicked\s+off|got\s+under\s?way|gets\s+under\s?way|began|begins|opened|opens|"
    r"will\s+run|runs|ran\s+from|brought\s+together|brings\s+together)\b")
_DURING_BEFORE = re.compile(r"\bduring\s+(?:the\s+)?$")
_OTHER_EVENT_NOUNS = (r"forum|expo|exhibition|show|air\s+show|summit|championship|cup|games|olympiad|conference|"
                      r"festival|parade|contest|talks|regatta|marathon|fair|ceremony|election|vote|dialogue")
# A name that ends with its year after a hyphen: "Zapad-2025" (not "Sea Breeze 2025")
HYPHENATED_YEAR_END = re.compile(r"\w-(?:19|20)\d\d$")
_WORD_GOES_ON_BEFORE = re.compile(r"[\w’'-]$")
# (nor a force of the same name: "the Zapad group of forces", "the Iron Wolf brigade")
_PAUSE_AFTER = re.compile(r"\s*(?:[,.;:)]|$)")
_ROMAN_EDITION = re.compile(r"\s(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?<=[IVXLC])(?![\w’'-])")
_SERIES_NAME_GOES_ON = re.compile(rf"[\w’'-]|\s+(?:\d|[IVX]+\b|[{_UPPER}]|(?:group|grouping|military\s+district|"
                                  r"brigade|battalion|forces?)\b)")
_OTHER_EVENT_AFTER = re.compile(rf"\s+(?:international\s+)?(?:{_OTHER_EVENT_NOUNS})\b", re.IGNORECASE)
# ("took part in the air show at MAKS 2021": the event the window names)
_OTHER_EVENT_WORD = re.compile(rf"\b(?:{_OTHER_EVENT_NOUNS}|shows)\b", re.IGNORECASE)


def _numbered_elsewhere(name: str, text: str) -> bool:
    """Whether ``text`` names ``name`` with an edition's number or numeral after it ("Sea Guardian-3")."""
    start = text.find(name)
    while start != -1:
        end = start + len(name)
        if (start == 0 or not _word_char_at(text, start - 1)) and _EDITION_NUMBER_AT.match(text, end):
            return True
        start = text.find(name, end)
    return False


_NAMED_PAIR = re.compile(rf"[{_UPPER}][\w]+[-–][{_UPPER}][\w]+")


# A word that ranks an agreement ("the first defence agreement between A and B"): no part of its name
_RANKING_OPENING = re.compile(r"(?:most|best|first|only|biggest|largest|strongest|[a-z]+est)\s")
# The verbs a headline writes in title case after a rank ("Italian General Takes Over NATO's KFOR")
_HEADLINE_PERSON_VERB = re.compile(r"(?:Take|Hand|Step|Visit|Meet|Warn|Urge|Call|Back|Lead|Quit|Reject|Say|Vow|Pledge|"
                                   r"Sign|Join|Host|Head|Assume|Arrive|Open|Launch|Postpone|Cancel)s|Launches")
# ... and those that open no exercise's name ("U.S. Postpones Noble Partner 2024 Exercise")
_HEADLINE_ONLY_VERB = re.compile(r"(?:Postpone|Cancel|Suspend|Delay|Scrap)s|Postponed|Cancell?ed|Suspended|Delayed|"
                                 r"Scrapped")
# The verbs a headline writes in title case before an exercise's name
_HEADLINE_VERB_WORD = re.compile(r"(?:Launch|Begin|Start|Hold|Open|Join|Host|Stage|Conclude|End|Wrap|Kick|Complete|"
                                 r"Resume|Skip|Boycott|Mark|Enter|Conduct)s?|Launches|Began|Held|Launched|Opened|"
                                 r"Joined|Hosted|Staged|Concluded|Ended|Completed|Resumed|Skipped|Kicked|Wrapped|"
                                 r"Started|Conducted")


def _exercise_year_name(name: str, *, hyphenated: bool, after_article: bool = False) -> str:
    """The name before an exercise's year ("Sea Breeze" of "Sea Breeze 2021"), without the time words
    that may lead it ("September Zapad-2021"); "" for no name ("Summer 2021", "Joint Drills 2021").
    Generic words alone name an exercise only with the year joined by a hyphen ("Joint Sea-2024")."""
    words = name.split()
    verb = next((index for index, w in enumerate(words) if _HEADLINE_VERB_WORD.fullmatch(w) and (
        index or words[1:2] in (["Off"], ["Up"])) or _HEADLINE_ONLY_VERB.fullmatch(w)), None)
    if verb is not None:  # "US, Armenian Troops Launch Eagle Partner 2024 Drills": a headline's verb, then the name
        words = words[verb + 1:]  # (not "Open Spirit 2026", "Hold Fast 2026": a name's first word)
        if words[:1] in (["Off"], ["Up"]):  # "Troops Kick Off Eagle Partner 2026"
            words = words[1:]
    elif words[:1] in (["Off"], ["Up"]) and len(words) > 2:
        words = words[1:]  # ("Partners Kick Off International Maritime Exercise 2023": the verb left behind)
    while words and _TIME_OR_ORDER_WORD.match(words[0]):
        words.pop(0)
    # "International Maritime Exercise 2025": a name that ends in its noun, after words of its own
    # ... or after the pair that holds it ("NATO-Georgia Exercise 2025")
    headed = words[-1:] == ["Exercise"] and (len(words) >= 3 and not _DESCRIBED_EXERCISE.match(" ".join(words[:-1]))
                                             or len(words) == 2 and _NAMED_PAIR.fullmatch(words[0]) is not None)
    own_words = words[:-1] if headed else words
    # ("the ASEAN Solidarity Exercise Natuna 2023": the noun inside a name after an article, after a word of its
    # own and before its place; not a headline's "Troops To Exercise Vostok 2022")
    inside = [index for index, w in enumerate(own_words) if after_article and w == "Exercise"
              and 0 < index < len(own_words) - 1
              and not all(_NOT_EXERCISE_WORDS.match(before) for before in own_words[:index])]
    # ("Dacian Spring 2025": a season after a word of the name's own is part of it)
    if not words or any(_NOUN_OF_EXERCISES.match(w) and index not in inside or _TIME_OR_ORDER_WORD.match(w) and not (
            index and _SEASON.fullmatch(w) and not _TIME_OR_ORDER_WORD.match(own_words[index - 1]))
            for index, w in enumerate(own_words)):
        return ""
    if not hyphenated and all(_NOT_EXERCISE_WORDS.match(w) for w in words):
        return ""
    return " ".join(words)


# "A Turkish officer, Captain X": a noun of people with the holder's nationality, set before the name
_DEMONYM_NOUN_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:senior\s+|retired\s+|former\s+)?"
                                  r"(?P<adjective>[A-Z][\w-]+)\s+"
                                  r"(?:(?:military|army|naval|navy|defen[cs]e|government)\s+)?"
                                  r"(?:officer|official|diplomat|commander|general|admiral|spokes(?:man|woman|person)|"
                                  r"analyst|expert|pilot),\s+$")
_SERVICE_AFTER_STATE = re.compile(rf"\s+{_STATE_SERVICES}$")
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Mme|Mister)\.?\s+\S+$")
# A title whose holder news places in an institution after the name ("Inspector X of New Zealand Police")
_WORKER_TITLE = re.compile(r"(?:analyst|researcher|expert|fellow|professor|scientist|Inspector|Superintendent)$")
_WORKPLACE_AFTER_NAME = re.compile(rf"\s+(?P<where>(?:of|at|from)\s+(?:the\s+)?[{_UPPER}][\w-]+"
                                   rf"(?:\s+(?:of\s+|for\s+|and\s+)?[{_UPPER}][\w-]+){{0,6}})"
                                   # ("... of the X Institute in Zagreb said": the city it sits in is no part of it)
                                   rf"(?=\s*(?:\([A-Z]{{2,8}}\)\s*)?"
                                   rf"(?:\s+in\s+[{_UPPER}][\w-]+(?:\s+[{_UPPER}][\w-]+)?)?"
                                   rf"(?:,|\s+(?:{_SPEECH_VERBS})\b))")
# ("Prime Minister X of St Vincent and the Grenadines": a name with "and", tried whole first)
_OF_A_STATE_AFTER_NAME = re.compile(rf"\s+of\s+(?:the\s+)?(?P<state>[{_UPPER}][\w-]+(?:\s+[{_UPPER}][\w-]+)?"
                                    rf"(?P<and_more>\s+and\s+(?:the\s+)?[{_UPPER}][\w-]+)?)"
                                    # ("Defence Minister X of Chile visited ...": before any verb of the past)
                                    r"(?=\s*[,.;]|\s+(?:and|said|says|signed|told|met|on|in|at|has|had|was|will|"
                                    r"[a-z]{3,}ed)\b)")
_IN_A_CITY_AT_END = re.compile(rf"\s+in\s+[{_UPPER}][\w-]+(?:\s[{_UPPER}][\w-]+)?$")
# Malaysia's honorific titles, which news writes before a name, one or several ("Tan Sri Dato' Seri X bin Y")
_MALAY_TITLED_NAME = re.compile(r"(?:(?:Tun|Tan\s+Sri|Toh\s+Puan|Puan\s+Sri|Datuk\s+Seri|Dato['’]?\s+S(?:er)?i|"
                                r"Datuk|Dato['’]?|Datin)\s+)+"
                                r"(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:bin|binti|bte)\s+)?[A-Z][\w’'-]+){1,3})")
# (and India's "Shri", "Smt.": "Raksha Mantri Shri Rajnath Singh")
_INNER_HONORIFIC = re.compile(r"\s(?:Shri|Smt)\.?\s+")
_HONORIFIC_OPENING = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Mme|Mister|Prof|Sheikh|Sheikha|Sheik|Shaikh|Shaikha|Sayyid|"
                                r"Sayyida|Shri|Smt)\.?\s+")
# (not a headline's tag: "Exercise LIVE:", "Exercise VIDEO shows")
_NAME_IN_CAPITALS = re.compile(r"(?!(?:LIVE|UPDATE|UPDATES|NEWS|VIDEO|VIDEOS|BREAKING|PHOTOS?|WATCH|EXCLUSIVE|ANALYSIS|"
                               r"OPINION|EXPLAINED|REPORT|DIGEST)\b)[A-Z]{4,}\b(?!\s*:)")
_NEXT_NAME_WORD = re.compile(rf"[ \u00a0]{_CAP_WORD}(?![\w’'-])")
_POSSESSIVE_GAP = re.compile(r"(?:’s|'s|(?<=s)’|(?<=s)')\s+")
_SERVICE_ACRONYM = re.compile(r"[A-Z]{2,8}")
#: What joins two names of a pair ("A and the B") and what puts a name after another's ("X of (the) Y"), shared by
#: the stages of extraction
AND_THE_GAP = re.compile(r"\s+and\s+(?:the\s+)?")
OF_THE_GAP = re.compile(r"\s+of\s+(?:the\s+)?")
_OWNER_SET_AFTER = re.compile(r"\s+of\s|,\s+(?:a|an|the)\s")
_UNIT_OWNER_GAP = re.compile(_POSSESSIVE_GAP.pattern + r"(?:\([A-Z]{2,8}\)\s+)?")  # "the Army's (PLA) Eastern ..."
# "Operation Prosperity Guardian", "EUNAVFOR ASPIDES", "EUFOR Althea" (not "Operation Command", a unit's head)
_OPERATION_NAME = re.compile(r"\b(?P<kind>Operation|EUNAVFOR|EUFOR|EUTM|EUCAP)\s+"
                             r"(?P<name>(?!(?:Command|Centre|Center|Forces?|Group|Headquarters)\b)[A-Z][\w-]+"
                             r"(?:\s+(?!(?:and|of|in|on|for|the)\b)[A-Z][\w-]+){0,2})")
# ... and the owner before it: "the European Union's (EU) anti-piracy Operation Atalanta"
_OWNER_BEFORE_OPERATION = re.compile(r"(?:the\s+)?(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})(?:’s|'s)\s+"
                                     r"(?:\([A-Z]{2,8}\)\s+)?(?:[a-z][\w-]*\s+){0,3}$")
_PREPOSITION_IN = re.compile(r"\b(?:to|of|for|at|under|with|in)\b")
_STATES_SERVICE = re.compile(r"(?P<state>U\.S\.|[A-Z][\w-]*)\s+" + _STATE_SERVICES)  # "US Navy", "Russian Army"
_ENVOY_TITLE = re.compile(r"(?:[Dd]eputy\s+)?(?:[Aa]mbassador|[Ee]nvoy|[Pp]ermanent\s+[Rr]epresentative)")
_STATE_WORDS_BEFORE = re.compile(r"(?<![\w’'-])(?P<state>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}?)(?:’s|'s)?\s+$")
_POSSESSIVE_OWNER = re.compile(r"(?P<owner>[^\s’']+(?:\s+[^\s’']+)?)" + _POSSESSIVE_GAP.pattern)
_UNIT_OWNERS = (EntityType.STATE, EntityType.ALLIANCE, EntityType.ORGANIZATION)
_NUMBERED_UNIT = re.compile(r"\d+(?:st|nd|rd|th)\s+[A-Z]")  # "45th Armoured Brigade"
_ONE_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]{3,}")  # "Bundeswehr" (not "People" of "People's Liberation Army")


def _singular_office(plural: str) -> str:
    """The office one of the holders a plural names holds: "prime ministers": "Prime Minister", "chiefs of
    defence": "Chief of Defence"."""
    first, _, rest = plural.partition(" of ")
    return " ".join(word.capitalize() for word in first.split())[:-1] + (f" of {rest.capitalize()}" if rest else "")


def _clean_name(name: str) -> str:
    """``name`` without leading articles, prepositions and determiners ("The", "In", "Exercise"), and
    without the quotation marks a headline sets it in ("second 'Peace Harbour' drills")."""
    previous = None
    name = name.strip().strip("'‘’")
    while previous != name:
        previous = name
        name = _LEADING_NOISE.sub("", name + " ").strip()
    # ("the Southern Command-sponsored Tradewinds exercise": who runs it is no part of its name)
    return _SPONSOR_BEFORE_NAME.sub("", name) if "-" in name else name


def _rough_sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` starts, roughly: after the last full stop before a capital."""
    return max((b.start() + 1 for b in _ROUGH_SENTENCE_BREAK.finditer(text, max(0, position - 400), position + 1)
                if b.end() <= position), default=0)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence a mention lies in, roughly: from the previous to the next full stop before a capital (not
    "Sept. 20") or line break."""
    left = max(_rough_sentence_start(text, start), text.rfind("\n", 0, start) + 1)
    following = _ROUGH_SENTENCE_BREAK.search(text, end)
    line_end = text.find("\n", end)
    right = min(following.start() + 1 if following else len(text), line_end if line_end >= 0 else len(text))
    return text[left:right]


def _shift(m: Mention, offset: int) -> Mention:
    # Built directly: dataclasses.replace costs three times as much, and this runs for every mention.
    return Mention(m.start + offset, m.end + offset, m.text, m.label, m.type, m.qid, m.kind, m.position,
                   m.nationality, m.other_positions, m.part_of, m.year, m.confidence,
                   tuple(_shift(i, offset) for i in m.inner) if m.inner else (), m.acronym, m.subregion, m.de_facto,
                   m.capital_of)


# The words of a rank before its head ("Lieutenant General", "Lt-Gen", "Air Vice Marshal"), and the rank itself.
# ("Army General", the Russian rank)
_RANK_MODIFIER = (r"(?:Senior|Vice|Rear|Lieutenant|Lt\.?|Major|Maj\.?|Brigadier|Brig\.?|Colonel|Col\.?|Field|Air|Chief|"
                  r"Army)")
_RANK = re.compile(rf"(?:{_RANK_MODIFIER}[\s-]+)*(?:General|Gen\.?|Admiral|Adm\.?|Colonel|Col\.?|Marshal|Commodore|"
                   rf"Brigadier|Captain|Capt\.?|Major|Captain\s+[123](?:st|nd|rd)\s+Rank)$")
# "Chief of Army Staff Field Marshal X", "Defence Secretary Lt Gen X", "KDF spokesperson Col X": an office
# written before the rank, both held.
# ("KFOR commander Major General X", "Egyptian armed forces spokesman Colonel X": an office in lower case, after
# the body's name or adjective)
_OFFICE_BEFORE = re.compile(
    # (not a word of time or place the sentence opens with: "On Monday Tajik Defence Minister General X")
    rf"(?<![\w’'`-])(?P<office>(?:(?:(?!(?:On|In|At|By|From|After|Before|Last|This|Next|The|An?|"
    rf"{_MONTHS_AND_DAYS})\b)"
    r"[A-Z][\w’'-]*|armed|forces|military|army|navy|naval|defen[cs]e|ministry|"
    # ("Tajik First Deputy Defence Minister Major General X": four words before the office's head)
    r"transitional|interim|acting|exercise)\s+){0,4}"
    # ("Malian transitional President Colonel X", "Nigerien head of state General X")
    # ("Exercise director Brigadier X": the drills' office)
    r"(?:Minister|Secretary|Chief|chief|Commandant|Commander-in-Chief|Commander|commander|Director|director|President|"
    r"head\s+of\s+state|"
    # ("Chief of the General Staff of the Serbian Armed Forces General X": two phrases of what it heads)
    r"Head|Inspector|spokes(?:person|man|woman))"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?!(?:HE|HH|HRH)\b)[A-Z][\w’'-]*){0,3}){0,2})"
    # ("Bahraini Minister of Interior HE Lieutenant General X": a style between)
    rf"(?:\s+(?:HE|HH|HRH))?\s+(?:{_RANK_MODIFIER}[\s-]+)*$")


def _office_before_rank(text: str, title_start: int, title: str) -> tuple[str, int] | None:
    """The office written before a military rank that titles a name ("Chief of Army Staff Field Marshal
    X": "Chief of Army Staff"), and where it starts, if there is one."""
    if not _RANK.search(title) and title != "Commander":  # ("spokesman Commander X": a naval rank)
        return None
    match = _OFFICE_BEFORE.search(text, max(0, title_start - 80), title_start)
    if match is None:
        return None
    office = match.group("office")
    words = office.split()
    if len(words) < 2 or words[-1] in ("of", "for", "the") or words[-1] in _RANK_WORDS \
            or (words[-1] in _OFFICES_NAMED_GENERAL and title.startswith("General")):
        return None  # a bare "spokesperson" says little; "Assistant Secretary General X" holds one office
    return office, match.start("office")


# The first of two offices one person holds, before the second and a rank ("Lao Deputy Prime Minister and Defense
# Minister Gen. X")
_PAIRED_OFFICE_BEFORE = re.compile(r"(?<![\w’'-])(?P<office>(?:[A-Z][\w’'-]*\s+){1,3}(?:Minister|President|Premier))"
                                   r"\s+and\s+$")


class _Retitled:
    """A title pattern's match read with another title: the second of "Deputy Prime Minister and Defence
    Minister X", which has the first one's owner. Of the first one's modifiers only a past one carries over
    ("Latvia's former foreign minister and defence minister"; not "deputy prime minister and defence minister")."""

    def __init__(self, match: re.Match[str], title: str, of: str | None = None) -> None:
        self._match, self._title, self._of = match, title, of  # (the second title's own body, "and Chair of Y")
        self._modifier = "".join(word + " " for word in (match.groupdict().get("mod") or "").split()
                                 if word in ("former", "retired"))

    def group(self, name: str) -> str | None:
        if name == "of" and self._of is not None:
            return self._of
        return self._title if name == "title" else self._modifier if name == "mod" else self._match.group(name)

    def groupdict(self) -> dict[str, str | None]:
        return {**self._match.groupdict(), "title": self._title, "mod": self._modifier,
                **({"of": self._of} if self._of is not None else {})}

    @property
    def string(self) -> str:
        return self._match.string

    def start(self, name: str) -> int:
        return self._match.start(name)


def _split_rank(position: str) -> tuple[str, str | None]:
    """``position`` cut into an office and the rank that ends it ("Minister of Defense Colonel General"),
    or left whole with no rank."""
    words = position.split()
    if not words or words[-1] not in ("General", "Admiral", "Marshal"):
        return position, None
    first = len(words) - 1
    while first > 0 and words[first - 1] in _RANK_MODIFIERS:
        first -= 1
    if first == 0 or words[first - 1] in _OFFICES_NAMED_GENERAL or (first == 1 and words[0].islower()):
        return position, None  # a rank alone ("Rear Admiral"), an office ("Secretary General"), "chief Admiral"
    return " ".join(words[:first]), " ".join(words[first:])


_OFFICES_NAMED_GENERAL = frozenset("Secretary Attorney Inspector Governor Director Consul Surgeon Solicitor Prosecutor "
                                   "Procurator Auditor Comptroller".split())
_RANK_MODIFIERS = frozenset("Senior Vice Rear Lieutenant Major Brigadier Colonel Field Air Chief Army".split())
_RANK_WORDS = frozenset("General Admiral Colonel Lieutenant Major Brigadier Marshal Commodore Captain".split())


def is_military_rank(position: str) -> bool:
    """Whether ``position`` is a military rank alone ("General", "Rear Admiral"): a position of its own beside an
    office whose name holds the same word ("Chief of the General Staff")."""
    return _RANK.fullmatch(position) is not None


# An office, of a body and for a portfolio, set off by a comma before its holder's name: "the AU's Commissioner
# for Peace and Security, X", "ECOWAS Commissioner for Political Affairs, X" (the groups _position reads)
# ("Ghana's Chief of the Defence Staff (CDS), Vice Admiral X"; "Azerbaijani Defense Minister, Colonel General X,":
# a state's adjective, where a comma closes the apposition after the name)
_STATES_OFFICE_SET_OFF = re.compile(
    # ("Laos' Deputy Prime Minister and Minister of National Defence, General X": two offices of the state's)
    rf"(?<![\w-])(?P<owner>[{_UPPER}][\w.-]*)(?P<possessive>['’]s|(?<=s)['’])?\s+"
    rf"(?P<office>(?:[{_UPPER}][\w’'-]*\s+){{0,3}}?"
    r"(?:Minister|Secretary|Chief|Commander|Director|Head)(?:\s+(?:of|for)\s+(?:the\s+)?"
    rf"[{_UPPER}][\w’'-]*(?:\s+[{_UPPER}][\w’'-]*){{0,3}})?|"
    # ("The Belarusian defence minister, Lieutenant General X": an office in lower case)
    # ("Norway's chief of defence, General X")
    r"(?P<lowered>(?:defen[cs]e|foreign|interior|army|navy|military|air\s+force)\s+(?:minister|chief|commander)|"
    r"chief\s+of\s+(?:the\s+)?(?:defen[cs]e|general\s+staff|defen[cs]e\s+staff)))"
    rf"(?:\s+and\s+(?P<office2>(?:[{_UPPER}][\w’'-]*\s+){{0,3}}?(?:Minister|Secretary|Chief|Commander)"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?[{_UPPER}][\w’'-]*(?:\s+[{_UPPER}][\w’'-]*){{0,3}})?))?"
    r"(?:\s*\([A-Z]{2,8}\))?,\s+$")
# ("Russian Separatist Commander, Colonel X": an adjective on a group's office, not a state's)
_NON_STATE_GROUP = re.compile(r"\b(?:Separatist|Rebel|Militia|Opposition|Insurgent|Party|Movement|Front|Resistance)\b")
_BODY_HEAD_AT_END = re.compile(r"\b(?:Navy|Army|Air Force|Forces|Force|Command|Ministry|Fleet|Guard|Corps|Staff|"
                               r"Agency|Service|Council|Commission|Secretariat)$")
# "the spokesman of the Egyptian Armed Forces, Colonel X", "NATO's Supreme Allied Commander Europe, US General X",
# "The mission's operational commander, Greek Rear Admiral X": an office set off before a rank (and an adjective)
_OFFICE_SET_OFF_BEFORE_RANK = re.compile(
    # ("A spokesman for the Chilean Navy, Captain X")
    rf"(?:(?<![\w-])(?:[Tt]he|[Aa])\s+(?:[a-z]+['’]s\s+)?|(?<![\w-])(?:[Tt]he\s+)?"
    rf"(?P<owner>[{_UPPER}][\w.-]*(?:\s+[{_UPPER}][\w.-]*){{0,2}})['’]s\s+)"
    r"(?P<office>(?:[a-z][\w-]*\s+){0,2}?(?:spokesman|spokesperson|spokeswoman|director|commander|chief|head)"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?[{_UPPER}][\w’'-]*(?:\s+[{_UPPER}][\w’'-]*){{0,4}})?|"
    # ("The Chair of the NATO Military Committee, Admiral X")
    rf"(?:[{_UPPER}][\w’'-]*\s+){{0,3}}?(?:Spokesman|Spokesperson|Director|Commander|Chief|Head|Chair|Chairman|"
    # ("The Inspector General of the Royal Moroccan Armed Forces, General X")
    r"Chairperson|Minister|Inspector\s+General)"
    # ("the Minister of Defence of the Republic of Tajikistan, Colonel General X")
    rf"(?:(?:\s+(?:of|for)\s+(?:the\s+)?[{_UPPER}][\w’'-]*(?:\s+[{_UPPER}][\w’'-]*){{0,4}}){{1,3}}|"
    rf"\s+[{_UPPER}][\w-]*)?)"
    # ("The Chief of Army Staff, Lt.-Gen. X": past the rank's first word; "the Supreme Allied Commander Europe
    # (SACEUR), General X": the office's acronym after it)
    rf"(?:\s*\([A-Z]{{2,8}}\))?,\s+(?:[{_UPPER}][\w.-]*(?:\s+|(?<=-)))?$")
# "the Head of MONUSCO, X": a title set off before a name
_TITLE_THEN_COMMA_BEFORE = re.compile(rf"(?<![\w-]){_TITLE_TRIE}\b[^,;.]{{0,60}},\s+$")
_TITLE_RIGHT_BEFORE = re.compile(rf"(?<![\w-]){_TITLE_TRIE}\s+$")
_TITLE_SET_OFF_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?P<owner>[{_UPPER}][\w.-]*(?:['’]s)?)\s+)?(?P<mod>)(?P<title>{_TITLE_TRIE})"
    # ("Somalia's Permanent Representative to the United Nations, X, said")
    rf"(?P<of>)(?P<for>\s+(?:for|to)\s+(?:the\s+)?(?:[{_UPPER}][\w-]*\s+(?:and\s+)?){{0,4}}[{_UPPER}][\w-]*),\s+$")


def _name_group(match: re.Match[str]) -> str:
    """The group that holds a person pattern's name ("set_off" for a name set off by commas before its verb,
    "after_verb" for one after it)."""
    for group in ("name", "set_off", "after_verb", "is_a", "took_office", "appointed", "quoted"):
        if group in match.re.groupindex and match.group(group) is not None:
            return group
    return "name"


# The office a speaker holds in a body, written before the name ("Chief of the CSTO Joint Staff Andrei Serdyukov")
_OFFICE_OF_BODY_BEFORE = re.compile(r"(?:^|(?<=[,;:(]\s)|(?<=\.\s))(?P<office>(?:Deputy\s+)?(?:Chief|Commander|Head|"
                                    r"Director|Chairman|Secretary(?:[- ]General)?)\s+of\s+the\s+"
                                    r"(?:[A-Z][\w-]*\s+){1,6}?(?:Staff|Force|Forces|Command|Service|Committee|"
                                    r"Council|Secretariat|Centre|Center|Structure|Agency))\s+$")


def _matches_past_rejects(pattern: re.Pattern[str], text: str,
                          rejected: Callable[[str], bool]) -> Iterator[re.Match[str]]:
    """``pattern``'s matches whose name is not ``rejected``; after a rejected one the search goes on
    from its title's end ("Vice Chief of the Defence Forces Lt Gen X": the name is the rank's), or from its
    name's second word."""
    position = 0
    while (match := pattern.search(text, position)) is not None:
        group = _name_group(match)
        if not rejected(_strip_possessive(match.group(group))):
            yield match
            position = match.end()
        elif _LEADING_PREPOSITION.match(match.group(group)) and match.group(group).count(" ") >= 2:
            # "For Ana Ruiz, a Chilean political scientist, the risk ...": the name after the preposition
            position = match.start(group) + match.group(group).index(" ") + 1
        elif "title" in pattern.groupindex:
            position = match.end("title")
        else:
            # "Chief of the CSTO Joint Staff Andrei Serdyukov said": a body's name glued before the speaker's;
            # the search goes on from the name's next word
            space = match.group(group).find(" ")
            position = match.start(group) + space + 1 if space > 0 and match.group(group).count(" ") >= 2 \
                else match.end()


def _longer_name_start(text: str, start: int, covered: bytearray) -> int | None:
    """Where a longer exercise name begins that holds the known one at ``start`` ("Ulchi Freedom Shield"
    beside "Freedom Shield": another exercise), if a capitalised word of a name stands right before it."""
    longer = _LONGER_NAME_BEFORE.search(text, max(0, start - 20), start)
    if longer is None or longer.group(1) in _NOT_NAME_WORDS or 1 in covered[longer.start():start]:
        return None
    return None if _title_case_line(text, start) else longer.start()  # a headline capitalises its verbs


def _title_case_line(text: str, position: int) -> bool:
    """Whether the line holding ``position`` capitalises most of its words, as headlines in title case do."""
    end = text.find("\n", position)
    line = text[text.rfind("\n", 0, position) + 1:end if end != -1 else len(text)]
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_")


# ("Moscow also pulled out of the Barents Euro-Arctic Council": an adverb between)
_STATE_ACTS = re.compile(r"\s+(?:(?:also|then|later|formally|officially|eventually|subsequently|unilaterally)\s+)?"
                         r"(?:criticised|criticized|condemned|rejected|protested|objected|denounced|decided|"
                         r"withdrew|suspended|opposed|blocked|vetoed|approved|pulled\s+out|quit|exited|froze|"
                         r"rejoined)\b")
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|to|near)\s+$")
# ("Manila also has a status of forces agreement with Canberra": an adverb between)
_STATE_VERB = re.compile(rf"(?:'s|’s|\s+(?:(?:also|still|now|already)\s+)?(?:{_SPEECH_VERBS}|has|have|had|is|was|are|"
                         r"were|will|would|wants|needed|"
                         r"needs|refused|agreed|accused|insists|expects|signed|ratified|concluded|joined|applied|"
                         # ("Belgrade does not seek ...", "Tbilisi sent ...": not "Kyiv remains under fire")
                         r"submitted|asked|does|did|seeks|sought|declared|proclaimed|cooperates|sent|hosted|hosts|"
                         # ("Tokyo left the International Whaling Commission", "Pyongyang pulled out of the talks")
                         r"left|quit|withdrew|pulled\s+out|rejoined|pledged|vowed|promised|"
                         # ("the initiative, which Warsaw and Zagreb co-founded in 2016")
                         r"(?:co-)?founded|established|co-organi[sz]ed|"
                         # ("Tehran became a member of BRICS", "Abu Dhabi remains a member of the GCC")
                         r"(?:became|becomes|remains|remained)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?"
                         r"(?:member|observer|partner)(?!\s+of\s+(?:the\s+)?[A-Z][\w-]*\s+of\b)|"
                         r"(?:take|takes|took)\s+part|participates|participated)|"
                         # "from Yerevan, which remains formally a member of the CSTO"
                         r",\s+which\s+(?:is|was|remains|has\s+been)\s+(?:(?:still|formally|also|now|not|no\s+longer)\s+)*"
                         r"(?:a\s+|an\s+)?(?:member|observer|partner))\b")


# ("co-organised by Budapest and Washington", "hosted by Canberra")
_MADE_BY_BEFORE = re.compile(r"\b(?:launched|founded|created|established|set\s+up|formed|signed|inked|concluded|"
                             r"(?:co-)?organi[sz]ed|(?:co-)?hosted)\s+"
                             r"(?:(?:in|on)\s+(?:[A-Z][a-z]+\s+\d{1,2},\s+\d{4}|[^,;]{1,20}?)\s+)?"
                             r"by\s+(?:(?:[A-Z][\w.-]+\s+)?[A-Z][\w.-]+(?:,\s+|"
                             r",?\s+and\s+))*$")


# A camp, barracks or street named after a state ("Burma Camp", "Liberia Barracks")
_PLACE_NAMED_AFTER_A_STATE = re.compile(r" (?:Camp|Barracks|Cantonment|Road|Street|Avenue|Square)\b")
# The line under a quotation that signs it: a name, a comma, a title and nothing else
_SIGNATURE_LINE = re.compile(rf"(?P<name>[{_UPPER}][\w’'-]+(?:\s+[{_UPPER}][\w’'-]+){{1,2}}),\s+"
                             rf"(?P<title>(?:[{_UPPER}][\w’'-]*\s+){{0,3}}{_TITLE_TRIE}\b[^\n.;:“”\"]{{0,120}})")
# "Jordan's King Abdullah II", "Qatari Emir Tamim", "Sultan Haitham bin Tarik": a monarch's one name, not a place
# named after one ("King Abdulaziz Air Base": another capitalised word follows)
_ROYAL_TITLE_KEYS = Words("King ", "Queen ", "Emir ", "Sultan ")
# "By Jane Doe, security correspondent", "By Jane Doe, Ledger staff writer": a byline with the author's beat
_BYLINE_WITH_ROLE = re.compile(rf"By\s+(?P<name>[{_UPPER}][\w’'.-]+(?:\s+[{_UPPER}][\w’'.-]+){{1,3}}),\s+"
                               rf"(?:[{_UPPER}][\w’'-]*\s+)?(?P<title>(?:[a-z]+\s+){{0,2}}"
                               r"(?:correspondent|writer|reporter|editor|columnist|journalist))\b")
# The offices of a local body, and the body's name before one ("Nye County Commissioner", "Rockhampton Regional
# Council Mayor")
_LOCAL_OFFICES = frozenset({"Mayor", "Commissioner", "Councillor", "Councilor", "Governor"})
# "Arica mayor X", "City of Rockingham councillor Y": the town before a local office in lower case
_LOCAL_OFFICES_IN_LOWER_CASE = frozenset({"mayor", "deputy mayor", "councillor", "councilor"})
_TOWN_BEFORE_LOCAL_OFFICE = re.compile(rf"(?<![\w’'-])(?P<town>(?P<city_of>(?:City|Town|Municipality|County)\s+of\s+)?"
                                       rf"[{_UPPER}][\w-]+(?:\s+[{_UPPER}][\w-]+)?)\s+(?:deputy\s+)?$")
_NO_TOWN_WORDS = frozenset({"Local", "The", "A", "An", "Former", "Veteran", "Town", "City", "Deputy", "Acting"})
_LOCAL_BODY_BEFORE_TITLE = re.compile(rf"(?<![\w’'-])((?:[{_UPPER}][\w’'-]+\s+){{1,3}}"
                                      r"(?:County|City|Regional\s+Council|Council|District|Municipal|Town))\s+$")
# An age set off after a name ("Juan Soto, 81, of Arica"): the cheap test before the pattern below
_AGE_SET_OFF = re.compile(r",\s\d\d,\s")
# A name with an age set off after it or before it as "N-year-old"
_AGED_NAME = re.compile(rf"(?<![\w’'-])(?P<name>[{_UPPER}][a-z’'-]+(?:\s+[{_UPPER}][a-z’'-]+){{1,2}}),\s\d\d,\s|"
                        rf"\b\d{{1,3}}-year-old\s+(?P<name2>[{_UPPER}][a-z’'-]+(?:\s+[{_UPPER}][a-z’'-]+){{1,2}})\b")
_ROYAL_NAME = re.compile(rf"(?:(?P<adjective>[{_UPPER}][a-z]+)\s+|(?P<owner>[{_UPPER}][\w-]+)['’]s\s+)?"
                         r"(?P<title>King|Queen|Emir|Sultan)\s+(?:Sheikh\s+)?"
                         r"(?!(?:Mosque|Palace|University|Hospital|Airport|Bridge|Street|Road|Stadium|Square|Hall|"
                         r"Cent(?:re|er)|Park|Academy|College|School|Foundation|Prize|Award|Cup|Port|Canal|Island|"
                         r"Dam|Avenue|Base|Causeway|Tower|Museum)\b)"
                         rf"(?P<name>[{_UPPER}][a-z]{{2,}}(?:\s+[IVX]{{1,4}}\b)?"
                         rf"(?:\s+(?:bin|bint|ibn)\s+[{_UPPER}][\w-]+)?)"
                         rf"\b(?!\s+[{_UPPER}]|['’-])")


def _capital_stands_for_state(text: str, start: int, end: int) -> bool:
    """'Moscow said', "Belgrade's drive", 'Washington and Beijing agreed', 'Ankara criticised the deal': a
    capital used for its state (not 'the presidential office in Taipei condemned', 'analysts in Kathmandu said':
    a place)."""
    if text.startswith(("'s", "’s"), end):
        return True  # "Belgrade's drive", "in Moscow's view"
    if _PACT_WITH_BEFORE.search(text, max(0, start - 80), start) and not _NAME_GOES_ON_AFTER_CAPITAL.match(
            text, end) and not _CITIES_PACT_BEFORE.search(text, max(0, start - 80), start):
        return True  # "signed security agreements with Kyiv", "Ankara's ties with Moscow": the other party
    if _TIES_BETWEEN_BEFORE.search(text, max(0, start - 60), start) and not _NAME_GOES_ON_AFTER_CAPITAL.match(
            text, end):
        return True  # "the Mutual Defense Treaty between Manila and Washington", "talks between Baku and Yerevan"
    if _MADE_BY_BEFORE.search(text, max(0, start - 80), start) and not _NAME_GOES_ON_AFTER_CAPITAL.match(text, end):
        return True  # "AUKUS was launched by Canberra, London and Washington": the founders
    paired = _AND_ANOTHER_NAME.match(text, end)  # "the pact that Tokyo and Manila signed"
    end = paired.end() if paired else end
    aside = _ADVERB_SET_OFF.match(text, end) or _WHICH_SET_OFF.match(text, end)  # "Lima, however, will not take part"
    end = aside.end() if aside else end  # ("Washington, which had pushed for X, said": past the relative clause)
    return bool((_STATE_VERB.match(text[end:end + 70]) or _STATE_ACTS.match(text, end))
                and not _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 6), start)
                # ("Analysts in Belgrade and Pristina said": the second of two places)
                and not (_PLACE_THEN_AND_BEFORE.search(text, max(0, start - 40), start)
                         and not _AUXILIARY_AFTER.match(text, end)))  # (but "due in Istanbul and Kyiv has said")


_WHICH_SET_OFF = re.compile(r",\s+which\s[^,;()]{2,150},(?=\s)")
# ("The city of Kyiv has twinning agreements with Warsaw and Riga": the cities')
_CITIES_PACT_BEFORE = re.compile(r"\b(?:twinning|twin[- ]cit(?:y|ies)|sister[- ]cit(?:y|ies)|city\s+of|municipal)\b",
                                 re.IGNORECASE)
# ("a deal with Washington-based Lockheed Martin", "an agreement with Santiago Peña": no state)
_NAME_GOES_ON_AFTER_CAPITAL = re.compile(rf"[-–]|\s+(?!(?:{_MONTHS_AND_DAYS}|In|On|At|The)\b)[A-Z]")
# ("signed a DCA with Washington": an agreement by its acronym; "the pact it signed with Mogadishu")
# ("Tokyo's Reciprocal Access Agreement with Canberra": a name's last word too)
# ("... agreements with Canberra, London and Manila": each of a list after "with")
_PACT_WITH_BEFORE = re.compile(r"\b(?:[Aa]greements?|[Aa]ccords?|deals?|[Tt]reaty|[Tt]reaties|[Pp]acts?|"
                               r"[Mm]emorand(?:um|a|ums)|contracts?|ties|"
                               r"relations|\bsigned|\bsign(?:ed|s)?\s+an?\s+[A-Z]{2,6})\s+with\s+"
                               r"(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:,\s+|,?\s+and\s+))*$")
# (a pact or ties between two states: not "flights between Paris and London")
_TIES_BETWEEN_BEFORE = re.compile(r"\b(?:[Tt]reaty|[Tt]reaties|[Aa]greements?|[Aa]ccords?|[Pp]acts?|deals?|talks|"
                                  r"relations|ties|tensions|rift|dialogue|alliance|partnership|cooperation|"
                                  r"[Mm]emorand(?:um|a|ums))\s+between\s+"
                                  r"(?:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+and\s+)?$")
_AUXILIARY_AFTER = re.compile(r"\s+(?:has|have|had|is|was|will|would|says)\b")
_ADVERB_SET_OFF = re.compile(r",\s+(?:however|meanwhile|for\s+its\s+part|in\s+turn|too|though|instead|"
                             r"in\s+(?:response|contrast)|by\s+contrast),")
_PLACE_THEN_AND_BEFORE = re.compile(r"\b(?:in|at|from)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+and\s+$")
_AND_ANOTHER_NAME = re.compile(r"\s+and\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?=\s)")


_POSSESSIVE_END = re.compile(r"(?:'s|’s|'|’)$")


def _strip_possessive(name: str) -> str:
    return _POSSESSIVE_END.sub("", name.strip())


def _trailing_year(name: str) -> int | None:
    match = re.search(r"(?:19|20)\d\d$", name)
    return int(match.group(0)) if match else None


_MATCH_KINDS = {MatchKind.DEMONYM: "demonym", MatchKind.CAPITAL: "capital"}  # how a gazetteer name was found
# (a company's name over a person's at equal length: "Dassault Aviation said" is no one's name)
_KIND_RANK = {"company": -1, "person": 0, "exercise": 1, "agreement": 2, "unit": 2, "org": 2, "government": 2,
              "place": 3,
              "gazetteer": 1, "grouping": 1, "capital": 4, "demonym": 4, "surname": 5}


def _merge_people(mentions: list[Mention]) -> list[Mention]:
    """One person mention per span, with what each pattern learnt ("Major General X, a Kyrgyz officer")."""
    people: dict[tuple[int, int], Mention] = {}
    others = []
    for mention in mentions:
        if mention.type is not EntityType.PERSON:
            others.append(mention)
            continue
        known = people.get((mention.start, mention.end))
        if known is None:
            people[(mention.start, mention.end)] = mention
        else:
            more = known.other_positions
            if known.position and mention.position and mention.position != known.position:
                more += (mention.position,)
            people[(mention.start, mention.end)] = replace(
                known, position=known.position or mention.position, other_positions=more,
                nationality=known.nationality or mention.nationality,
                confidence=max(known.confidence, mention.confidence))
    return others + list(people.values())


# "in the Pacific", "across the Atlantic": an ocean without its head noun (not "the Pacific Fleet", "the Pacific and
# Indian Oceans")
_SEA_WORDS = re.compile(r"\b(?:Mediterranean|Baltic|Caribbean|Adriatic|Aegean)\b")
_SEA_NAMED_BARE = re.compile(r"\bthe\s+(?P<name>(?:(?P<part>Eastern|Western|Northern|Southern|Central|North|South|East|"
                             r"West)\s+)?(?:Mediterranean|Baltic|Caribbean|Adriatic|Aegean))"
                             r"(?=\s*[,.;:)]|\s+(?:in|on|at|from|to|and|or|off|near|between|during|for|since|with|"
                             r"until|where|while|last|this|next|as|after|before|by|was|were|is|are|has|have|will)\b)")
_OCEAN_NAMED_BARE = re.compile(r"(?<=\bthe )(?:Pacific|Atlantic)(?![\w’'-]|\s+[A-Z0-9]|\s+(?:and|or)\s+[A-Z])")
# The area a multinational unit's name ends with: "Multinational Division North", "Multinational Brigade Latvia"
_UNIT_HEAD_AT_END = re.compile(r"\b(?:Brigade|Division|Corps|Battlegroup|Battle\s+Group)$")
_AREA_AFTER_A_UNIT = re.compile(r" (?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Central|"
                                r"(?P<state>[A-Z][a-z]+))\b(?![’'-])")
# A phrase that opens a sentence with where ("For fishers in X, ...", "In X, ..."): no subject of it before X
_NAME_THEN_PLACE_PREPOSITION = re.compile(r"[A-Z][\w-]*(?:\s+\d{2,4})?"
                                          r"(?:\s+(?:exercises?|drills|manoeuvres|maneuvers))?"
                                          r"\s+(?:in|at|near|off)\s+$")
_FRONTED_PLACE_PHRASE = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)(?:(?:For|Among|To)\s+[^.;,]{0,50}?\s+)?"
                                   r"(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]ff)\s+$")
# How a text describes a place set off after its name: "X, the southernmost municipality of Palawan"
_A_PLACE_DESCRIBED = (r"(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:municipality|town|city|village|island|port|province|"
                      r"district|county|region)\b")
# Words before a place's name: "at", "near", "the port of", "the waters off", "arrived in"
_WHERE_A_PLACE_IS_NAMED = (r"\b(?:at|near|(?:port|city|town|harbou?r)\s+of|waters\s+off|coast\s+of|arrived\s+in|"
                           r"based\s+in)")
# First names that are also names of states and capitals: before a surname, in a speaker's place, a person's
_GIVEN_NAMES_OF_PLACES = frozenset({"Sofia", "Victoria", "Jordan", "Georgia", "Chad", "Santiago", "Florence",
                                    "Austin", "Dallas", "Adelaide", "Sydney", "Regina", "Lorraine", "Paris",
                                    "Wellington", "Lincoln", "Orlando", "Charlotte", "Madison", "Alexandria"})
_OWNERS_BEFORE = re.compile(r"['’]s\s+$")


def _an_organ_cut_short(label: str, written: str) -> bool:
    """Whether ``written`` names the organ ``label`` without its body's name ("Security Council" of "United Nations
    Security Council"): a name other bodies' organs have too."""
    written = written.strip()
    return label != written and label.endswith(f" {written}")


def _short_for_longer_names(mentions: list[Mention]) -> list[Mention]:
    """A body's one-word name stands for a longer name of that word that the article uses: "the Commonwealth" in
    an article on the Commonwealth of Independent States (or the CIS) is that body, not the Commonwealth of
    Nations."""
    bodies = (EntityType.ALLIANCE, EntityType.ORGANIZATION)
    longer = {m.label: m for m in mentions if m.type in bodies and m.kind == "gazetteer" and " of " in m.label}
    if not longer:
        return mentions
    out = []
    for mention in mentions:
        meant = next((m for label, m in longer.items() if mention.kind == "gazetteer" and mention.type in bodies
                      and " " not in mention.text and label.startswith(f"{mention.text} of ")
                      and label != mention.label), None)
        out.append(mention if meant is None else replace(mention, label=meant.label, qid=meant.qid,
                                                         part_of=meant.part_of))
    return out


def _operations_by_their_name(text: str, mentions: list[Mention], skip: Iterable[tuple[int, int]]) -> list[Mention]:
    """An operation named once in full ("Operation Atalanta", "EUNAVFOR Atalanta") and then by its one-word name
    ("Atalanta has said its ships will ..."): each later bare name is the operation."""
    named = {m.label.split()[1]: m for m in mentions if m.type is EntityType.MILITARY_UNIT
             and _ONE_WORD_OPERATION.fullmatch(m.label) and m.text.endswith(m.label.split()[1])}
    if not named:
        return mentions
    covered = _covered(text, mentions, skip)
    added = [replace(named[match.group(0)], start=match.start(), end=match.end(), text=match.group(0), inner=(),
                     acronym=None)
             for match in re.finditer(rf"\b(?:{'|'.join(map(re.escape, named))})\b", text)
             if not covered[match.start()] and match.start() > named[match.group(0)].start]
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


_ONE_WORD_OPERATION = re.compile(r"Operation [A-Z][a-z]+")


def _companies_named_again(text: str, mentions: list[Mention], skip: Iterable[tuple[int, int]]) -> list[Mention]:
    """A company named once with what it is ("Spanish shipbuilder Navantia", "Hyundai Rotem Co.") and then by its
    bare name ("Navantia said ..."): each later bare name is the company."""
    named = {m.label: m for m in mentions if m.kind == "company"}
    covered = _covered(text, mentions, skip)
    added = [replace(named[match.group(0)], start=match.start(), end=match.end(), text=match.group(0), inner=(),
                     acronym=None)
             for match in re.finditer(rf"(?<![\w-])(?:{'|'.join(map(re.escape, named))})(?![\w-])", text)
             if not any(covered[match.start():match.end()]) and match.start() > named[match.group(0)].start]
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _bodies_of_their_owners(text: str, mentions: list[Mention]) -> list[Mention]:
    """A body the text names as an organisation's ("the AU's Peace and Security Council (PSC)") is part of it,
    wherever it is named (by its acronym too): no body a state is suspended from or joins on its own."""
    owners: dict[str, str] = {}
    for previous, mention in itertools.pairwise(mentions):
        if mention.type is EntityType.ORGANIZATION and mention.kind == "organisation" and not mention.part_of and \
                previous.type in (EntityType.ORGANIZATION, EntityType.ALLIANCE) and previous.kind == "gazetteer" and \
                _OWNERS_BEFORE.fullmatch(text, previous.end, mention.start):
            owners[mention.label] = previous.label
    if not owners:
        return mentions
    return [replace(m, part_of=owners[m.label]) if m.label in owners and m.kind == "organisation" else m
            for m in mentions]


def _resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest mention where mentions overlap; on equal length the more specific kind."""
    mentions = _merge_people(mentions)
    ordered = sorted(mentions, key=lambda m: (-(m.end - m.start), _KIND_RANK.get(m.kind, 9), m.start))
    chosen: list[Mention] = []
    if mentions and all(m.start < m.end for m in mentions):
        # The characters the chosen mentions cover: a mention overlaps one of them where it covers one
        # too (the same test as below, for mentions that are not empty).
        covered = bytearray(max(m.end for m in mentions))
        for mention in ordered:
            if 1 in covered[mention.start:mention.end]:
                continue
            covered[mention.start:mention.end] = b"\x01" * (mention.end - mention.start)
            chosen.append(mention)
    else:
        for mention in ordered:
            if any(c.start < mention.end and mention.start < c.end for c in chosen):
                continue
            chosen.append(mention)
    result = []
    names = [m for m in mentions if m.kind in _NAME_KINDS]  # what may lie inside
    starts = sorted(m.start for m in names)
    for mention in sorted(chosen, key=lambda m: m.start):
        # Names that start within the mention other than itself, counted first: most mentions hold none.
        within = bisect.bisect_left(starts, mention.end) - bisect.bisect_left(starts, mention.start)
        if not mention.inner and within > (mention.kind in _NAME_KINDS):
            inner = tuple(m for m in names if mention.start <= m.start and m.end <= mention.end and m is not mention)
            if inner:
                mention = replace(mention, inner=inner)
        result.append(mention)
    return result


_NAME_KINDS = ("gazetteer", "demonym", "capital")
