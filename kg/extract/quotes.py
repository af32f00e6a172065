"""Who said what: direct quotations and reported speech, with their speaker.

A speech act is found from its shape, never its content:

- a quotation followed or preceded by an attribution (``"...," X said``, ``X said: "..."``,
  ``"...," said X``; «...» as “...”), several fragments of one speaker in one paragraph joined with `` … ``;
- reported speech (``X said (that) CLAUSE``, ``X told reporters on Tuesday that CLAUSE``,
  ``According to X, CLAUSE``, ``CLAUSE, X said``, ``..., saying (noting) that CLAUSE``).

The speaker is a person (by name, surname or a pronoun after a named person), an organisation,
state or unit; "the press service" or "the statement" stand for the last institution that spoke.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ..models import EntityType
from .cues import Words, folded
from .mentions import (
    _MONTHS_AND_DAYS,
    BRACKETED_ABBREVIATION,
    NAME_SET_OFF,
    PARTY_MEMBER_TITLES,
    RETIRED_MARK,
    SHIP_NAME,
    SHIP_NOUNS,
    Mention,
    _trie_pattern,
)
from .sentences import Sentence

__all__ = ["Speech", "attribution_stretches", "find_speech"]

SPEECH_VERB = (r"said|says|say|told|tells|added|stressed|stresses|noted|pointed out|points out|posted|"
               r"explained|stated|announced|announces|declared|warned|emphasized|emphasised|underlined|"
               r"clarified|suggested|insisted|confirmed|claimed|argued|signaled|signalled|wrote|remarked|"
               r"welcomed|recalled|acknowledged|asserted|reiterated|assured|vowed|estimated|concluded|"
               # ("HE the GCC Secretary-General affirmed that ...", as Gulf and Chinese state media write; "affirmed
               # the importance of X" too, as "stressed" and annotators have it)
               r"affirmed|reaffirmed|underscored|promised|"
               # ("Indonesia voiced concern in 2021 that AUKUS could fuel an arms race": its words, with "that")
               r"voiced concern|expressed concern|voiced concerns|expressed concerns|"
               r"continued|went on|replied|answered|complained|admitted|denied|believes|thinks|hopes|informed|informs|"
               r"reminded|"
               # ("X put it bluntly: '...'")
               r"put it bluntly|puts it bluntly|put it simply|puts it simply|put it plainly|put it this way|"
               # ("accused Russia of developing a banned missile": the charge, its target and all, as annotators take
               # it)
               r"accused|accuses|accuse|"
               # the present that reports a stance ("Ethiopia insists it is not seeking ...")
               r"insists|warns|claims|argues|notes|adds|confirms|denies|declares|announces|"
               # ... and its plural ("Djiboutian officials insist there is no contradiction")
               r"insist|warn|argue|"
               # a news agency or a press service speaks for itself ("..., the Belta news agency reported")
               r"reported|reports|"
               # "..., the JCS was quoted as saying": relayed words (see _REPORTED_SECOND_HAND)
               r"quoted as saying")
_QUOTE = re.compile(r"[“\"](?P<q>[^“”\"]{3,}?)[”\"]")
_GUILLEMETS = str.maketrans("«»", "“”")
_SPEAKER_WORDS = ("Person", "Organization", "State", "Alliance", "MilitaryUnit")
_PRONOUN = re.compile(r"^(?:he|she)$", re.I)
_PASSIVE_AUXILIARY_AT_END = re.compile(r"\s+(?:was|were|is|has\s+been|had\s+been)$")
_STATEMENT = re.compile(r"\b(?:statement|communiqu[eé]|release|report)\b", re.I)
# "a KDF statement", "Yonhap news agency reported": the source "the statement" or "the report" means after
_STATEMENT_AFTER = re.compile(r"(?:’s|'s)?\s+(?:[a-z]+\s+)?(?:statement|communiqu[eé]|release)\b|"
                              r"\s+(?:news\s+agency\s+)?reported\b|"
                              # "Lithuania's foreign ministry issued a statement condemning them"
                              r"\s+(?:(?:has|had|also|then|later|on\s+\w+day)\s+){0,2}(?:issued|published|released|"
                              r"put\s+out|posted)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+)?(?:statement|communiqu[eé])\b")
_STATEMENT_BY_BEFORE = re.compile(r"\b(?:statement|communiqu[eé]|release)\s+(?:issued\s+)?(?:by|from)\s+(?:the\s+)?$|"
                                  r"\b[Ii]n\s+an?\s+(?:[\w-]+\s+)?statement,\s+(?:the\s+)?$")  # "In a statement, NATO"
_INSTITUTION_NOUN = re.compile(r"^(?:the\s+)?(?:[\w’'-]+\s+){0,3}(?:press service|statement|ministry|spokesman|"
                               r"spokeswoman|spokesperson|press office|communiqué|communique|release|report)$", re.I)
_MINISTRY = re.compile(r"\b(?:Ministry|Department)\b")
_ISSUERS = (EntityType.ORGANIZATION, EntityType.MILITARY_UNIT, EntityType.ALLIANCE, EntityType.STATE)
# ("the Kyrgyz presidential press service", "the French presidency", "the Saudi royal court": a state's office)
_PRESS_OFFICE_AT_END = re.compile(r"\b(?:press\s+(?:service|office)|presidency|presidential\s+office|royal\s+court)$",
                                  re.IGNORECASE)
_ARTICLE_OPENING = re.compile(r"^(?:the|an?)\s+", re.IGNORECASE)
# A ministry named by its capitalised title alone ("the Ministry of Defence", "the Defence Ministry")
_NAMED_MINISTRY = re.compile(r"(?:the\s+)?(?P<name>Ministry\s+of\s+(?:National\s+)?(?:Defen[cs]e|Foreign\s+Affairs|"
                             r"External\s+Affairs|Home\s+Affairs|Interior)|"
                             r"(?:Defen[cs]e|Foreign|Interior)\s+Ministry)")
# "the minister said", "the admiral told reporters": a person named earlier with that title
# ("the senior Russian diplomat said": a rank and a nationality may come before the noun)
# ("HE the GCC Secretary-General", "the NATO Secretary General": a style, a body's acronym)
_ROLE_NOUN = re.compile(r"(?:(?-i:HE|HH|HRH)\s+)?the\s+(?:\d{2}-year-old\s+)?"  # ("the 54-year-old minister")
                        # ("the acting minister says": the one the text called the acting minister)
                        r"(?:(?:deputy|vice|defen[cs]e|foreign|prime|senior|top|veteran|acting|interim)\s+){0,2}"
                        # ("the Secretary General": that office, not a general)
                        r"(?:(?-i:(?!Secretary\b)[A-Z][a-z]+|[A-Z]{2,6})\s+)?"
                        r"(minister|general|admiral|head\s+of\s+state|head\s+of\s+government|"
                        r"ambassador|commander|envoy|colonel|president|premier|chancellor|"
                        r"secretary[\s-]+general|secretary|"
                        r"director|analyst|expert|diplomat|"
                        r"researcher|professor|high\s+commissioner|commissioner|chair(?:person|man|woman)|"
                        r"spokesman|spokeswoman|spokesperson|leader)", re.I)
_PERSON_ROLE_BEFORE_VERB = re.compile(r"\s+(?:president|prime\s+minister|premier|(?:foreign|defen[cs]e)\s+minister|"
                                     r"minister|ambassador|envoy)\s+(?:(?:has|had|also|then)\s+)?", re.IGNORECASE)
_MINISTRY_OFFICIAL = re.compile(r"(?:an?|the)\s+(?:senior\s+)?ministry\s+"
                                r"(?:official|spokes(?:man|woman|person)|source)", re.IGNORECASE)
# 'what he called "exemplary preparation"': a quotation of a speaker's, however short
_WHAT_ONE_CALLED = re.compile(r"\bwhat\s+(?:he|she|they|it)\s+(?:called|termed|described\s+as)\s+$")
# ("The ministry also said", "The ministry has said": the body, past its adverb or auxiliary)
# "In her view, A": a person's words, set before them
_IN_ONES_VIEW = re.compile(r"In\s+(his|her)\s+(?:view|opinion|assessment),\s+")
_ADVERB_AT_END = re.compile(r"(?:\s+(?:has|have|had))?(?:\s+(?:also|then|later|further|again|too|since|already))?$")
# The titles "the head of state" may stand for: the word itself first, as _ROLES_A_NOUN_MAY_MEAN lists a noun's
_HEADS_OF_STATE = ("head of state", "president", "king", "emir", "sultan")
_HEADS_OF_GOVERNMENT = (*_HEADS_OF_STATE, "prime minister", "premier", "chancellor", "leader")
# "The two presidents also said ...", "Both ministers said ...": two people the text named before with that title
_THE_TWO_ROLES = re.compile(r"\s*(?:The\s+two|Both(?:\s+the\s+two)?)\s+(?:[a-z]+\s+)?(?P<role>presidents|ministers|"
                            r"leaders|premiers|chancellors|ambassadors|envoys|commanders|chiefs)\s+"
                            r"(?:also\s+|later\s+|then\s+|jointly\s+)?(?=[a-z]+ed\b|told\b|said\b)")
_TITLE_RIGHT_BEFORE = re.compile("(?i:" + "|".join(title.replace(" ", r"\s+") for title in _HEADS_OF_STATE) + r")\s+"
                                 r"(?:[A-Z][\w.'-]*\s+){0,2}$")


def _titled_head_of_state(person: Mention, before: str) -> bool:
    """Whether the title right before ``person``'s name is a head of state's ("Kenyan President X", not the
    minister X named after him)."""
    return _TITLE_RIGHT_BEFORE.search(before) is not None


def _of_nationality(adjective: str) -> Callable[[Mention, str], bool]:
    """Whether a person may be "the senior Russian diplomat": titled with that adjective, or of no other
    nationality the text gave (not "Chinese Foreign Minister X")."""
    titled = re.compile(rf"\b{adjective}\s+(?:[\w.-]+\s+){{0,4}}$")
    return lambda person, before: titled.search(before) is not None or person.nationality is None


# A royal style that stands for its holder ("His Royal Highness the Crown Prince said"), and the titles it goes with
_HIGHNESS = re.compile(r"\b(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty)"
                       r"(?:\s+the\s+(?P<role>Crown\s+Prince|King|Emir|Sultan|Queen))?\s*$")
_ROYALS = ("crown prince", "king", "emir", "sultan", "queen")
_STYLED_BEFORE_NAME = re.compile(r"\b(?:Highness|Majesty)\s+(?:[A-Z][\w-]*\s+){0,3}$")
_QUALIFIED_MINISTER = re.compile(r"\b(prime|defen[cs]e|foreign)\s+minister\b", re.IGNORECASE)
_ROLES_A_NOUN_MAY_MEAN = {"diplomat": ("diplomat", "[Ff]oreign [Mm]inister", "[Aa]mbassador", "[Ee]nvoy"),
                          "head of state": _HEADS_OF_STATE,
                          # ("..., the head of government said": the prime minister the text named)
                          "head of government": ("prime minister", "premier", "chancellor"),
                          "premier": ("premier", "prime minister"),
                          # ("..., the Indian leader said": the head of state or government so called)
                          "leader": ("leader", *_HEADS_OF_GOVERNMENT[:-1])}
_BODY_AFTER = re.compile(r"\s+the\s+(?:[\w’'-]+\s+){0,2}?(?:ministry|press service|press office|statement|"
                         r"department|joint staff|general staff|command)\b", re.I)
# "according to a statement from the Somali presidency": the office of a state its adjective names
_STATEMENT_OF_A_STATES_OFFICE = re.compile(
    r"\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|release)\s+(?:issued\s+)?(?:from|by)\s+the\s+"
    r"(?P<np>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?:presidency|government|presidential\s+office|"
    r"prime\s+minister's\s+office|royal\s+court|cabinet))\b")
_ENDS_THE_CLAUSE = re.compile(r"\s*(?:[.,;]|$)")
_SERVICE_AFTER = re.compile(r"\s+the\s+(navy|army|air\s+force|coast\s+guard)\b", re.IGNORECASE)
_SAID_ACCORDING_TO_AN_OUTLET = re.compile(r"\b(?:said|says|told|stated|added|announced)\b[^;]{3,300},\s*"
                                          r"according\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:broadcaster|"
                                          r"news\s+agency|newspaper|daily|television|radio|media|outlet)\b")
_REPORTED_SECOND_HAND = re.compile(r"\bquoted\b.{0,80}\bas saying\b|\bwas quoted\b|\bcited\b.{0,40}\bas saying\b",
                                   re.I)
# A sentence opening with a subordinate or adverbial clause: what precedes the comma is not speech.
_SUBORDINATE = re.compile(r"\s*(?:When|While|As|After|Before|Asked|In|At|During|Speaking|Commenting|Referring|"
                          r"Responding|Following|Since|Although|Though|If)\b|"
                          # "Officially opening the exercise, X said ...", "Addressing the troops, X said ..."
                          # (not a name ending so: "Beijing and Islamabad have agreed ..., X told a briefing")
                          r"\s*(?:[A-Z][a-z]+ly\s+[a-z]+ing|[A-Z][a-z]+ing)\s+"
                          r"(?!(?:and|or|has|have|had|is|are|was|were|will|would|says|said|on|in)\s)[a-z]+\s")
# "Asked whether Yerevan had informed its allies, X said ...": a speech verb in the question is no speech act
_ASKED_OPENING = re.compile(r"\s*(?:When\s+)?[Aa]sked\b[^,;]{2,200},")
# "..., Petrov said, adding that B": B goes on with the same speech act (see _continuation).
# ("..., X said, highlighting that B": B too; not "..., X said, signalling a rift": the writer's reading)
_GOING_ON = r"adding|noting|stressing|warning|saying"  # participles that go on with the same speech act
_CONTINUATION = re.compile(rf",\s+(?:{_GOING_ON})\s+(?:that\s+)?|"
                           r",\s+(?:underscoring|highlighting|signall?ing|emphasi[sz]ing)\s+that\s+")
_SHORT_THEN_CONTINUATION = re.compile(r"\s[^,.;:]{2,40}" + _CONTINUATION.pattern)  # "... said last week, adding"
# What may follow a speech verb that closes a sentence ("..., Petrov said on Monday."): no words of its own.
# (the one told a whole word: not "Washingt" and then "on ...")
# ("..., the ministry said earlier.", "..., X told reporters on Monday.")
_ENDS_THE_SENTENCE = re.compile(r"\s*(?:(?:reporters|journalists|the press|the media|[A-Z][\w’'-]+)\b\s*)?"
                                r"(?:(?:earlier|later|separately|yesterday|today|then)\b\s*)?"
                                r"(?:(?:on|in|at|during|to|after|before)\b[^,;:]{0,50})?[.!?]?\s*")
_WORDS_GO_ON = re.compile(r"[”\"]\s+[a-z]")  # after a quotation, the reported clause's own words
# ('"up to ten" Oreshnik missile systems could be ...': a name may follow the words quoted)
_QUOTE_THEN_WORDS = re.compile(r"[“\"][^“”\"]+[”\"]\s+[A-Za-z][\w’'-]*\s+\w")
# ("Bolivia announced its withdrawal", "Chile announced plans to buy jets", "announced the step on Tuesday": an
# act announced)
_POSSESSED_OBJECT = re.compile(r"\s+(?:its|their|his|her|(?:new\s+)?plans\s+(?:to|for)|the\s+(?:move|step))\s")
# (not an infinitive's: "..., the only state to have taken that step")
_FINITE = re.compile(r"(?<!\bto )\b(?:is|are|was|were|will|would|has|have|had|can|could|should|must|may|might)\b")
# What is declared or announced as a thing ("declared a six-month moratorium"), not as words
# ("Belgrade declared military neutrality in 2007": without an article too)
_DECLARED_A_THING = re.compile(r"\s+(?!that\b)(?:(?:an?|its|their)\s+)?(?:[\w-]+\s+){0,4}?"
                               # (a state of emergency; not "announced the move on state television")
                               r"(?:moratorium|state(?!\s+(?:television|TV|media|radio|broadcaster))|ban|ceasefire|"
                               r"truce|"
                               r"freeze|halt|policy|neutrality|emergency|mobili[sz]ation|plan|decision|"
                               # "declared Friday and Saturday public holidays", "declared martial law"
                               r"holidays?|mourning|war|independence|victory|law|zone)\b|"
                               # "declared the exercise open", "declared the summit closed": a ceremony, no words
                               r"\s+(?!that\b)(?:the\s+|this\s+year['’]s\s+)?(?:(?!(?:is|are|was|were|would|will)\b)"
                               r"[\w-]+\s+){0,5}?(?:open|opened|closed)\b")
# After "concluded", "continued": a time or place, as an event's end or course has, or the event itself ("concluded
# a joint exercise", "continued its patrols"), not words (as those verbs' "that" clause or quotation would be)
_AN_EVENT_GOES_ON = re.compile(r"\s+(?:on|in|at|after|with|without|last|this|early|late|earlier|later|until|"
                               r"through|for|off|near|across|an?|its|their)\b")
# Verbs whose object is usually a noun phrase: they report words only with "that".
_NOUN_OBJECT_VERB = re.compile(r"noting|signaled|signalled|welcomed|recalled|acknowledged|denied|concluded|continued|"
                               r"admitted|posted|"  # ("posted a video": a thing; "posted on X that ...": words)
                               r"went on|answered|replied|remarked|believes|thinks|hopes|estimated|"
                               r"voiced concerns?|expressed concerns?|promised")
_INFORMED_OF = re.compile(r"\s+[^,;.]{1,60}?\s+(?:about|of|on)\s")
# verbs whose object, the one told, stands before the words ("reminded the public that ...")
_TOLD = ("told", "tells", "telling", "informed", "informs", "reminded")
# "warned Finland and Sweden against joining the alliance": whom one warns and against what, no words
# ("warned Finland against joining", "have warned of a possible encirclement": what of, no words)
_WARNED_OF = re.compile(r"\s+(?:[^,;.]{1,60}?\s+)?against\s|\s+(?:of|about)\s")
_ANNOUNCING = ("announced", "announces", "confirmed", "confirms", "declared", "declares")
# ("announced plans for the exercise in June, saying at the time that ...": a bare plural, announced)
_A_THING_THEN_SAYING = re.compile(r"\s+(?:(?:the|its|his|her|their|a|an)\s+|plans\s+)[^,;\"“]{1,100}?,\s+saying\s")
# What may stand between a speech verb and its "that" ("said on Tuesday that", "stressed again that").
# ("told soldiers assembled on Cathedral Square in Vilnius on Thursday that ...": people told, where and when)
_TOLD_AUDIENCE_THAT = re.compile(r"\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:ceremony|conference|meeting|forum|summit|"
                                 r"audience|gathering|briefing|parliament|assembly|committee|crowd)|(?:the\s+)?"
                                 r"(?:soldiers|troops|sailors|airmen|marines|officers|cadets|graduates|guests|"
                                 r"students|delegates|diplomats|lawmakers|legislators|parliamentarians|senators|"
                                 r"parliament|"
                                 r"veterans|residents|supporters|leaders|ministers|envoys|participants))\b"
                                 r"(?:(?!\b(?:it|he|she|they|we|I)\b)[^,.;]){0,80}?\s+that\s+")
_BEFORE_THAT = re.compile(r"\s*,?\s*(?:(?:on|in|at|during|over|last|earlier|this|late|after|before|later|yesterday|"
                          r"the\s+same\s+(?:day|week|month|evening|morning)|"
                          # ("had reported a day earlier that ...")
                          r"(?:a|one|two|three|four|five|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+"
                          r"(?:earlier|before|later|ago)|"
                          r"today|again|also|repeatedly|publicly|previously|separately|then|however|only|simply|"
                          r"merely|\w+day)\b"
                          r"(?:[^,.;]|\.(?=\s\d))*)?,?\s*"
                          r"that\s+$",
                          re.I)
_NO_OBJECT = re.compile(r"\s*(?:[.!?]|$|(?:on|in|at|during|after|before|to)\b)")
# ("MOSCOW/ANKARA, April 18 (Reuters) - ": two towns of a joint report)
_DATELINE = re.compile(r"(?:[A-Z][A-Z .'/-]+(?:,\s+[^-—–()]{0,40}?(?:\([^)]{1,40}\))?\s*(?:-|—|–|--)|:|"
                       r"\s+(?:—|–|--))|"
                       # "Warsaw, 16 March (PAP) - ", "Islamabad (AFP) – ": a town in mixed case and its agency
                       r"[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){0,2}(?:,\s+[^-—–()]{0,40}?)?\s*\([A-Z][\w.]{1,12}\)\s*"
                       r"(?:-|—|–|--)|"
                       # "ALMATY. KAZINFORM The ...": a town and its agency in capitals, no dash after them (the
                       # town may end the sentence before)
                       r"(?:[A-Z]{3,}(?:[ -][A-Z]{3,})?\.\s+)?[A-Z]{3,}(?=\s+(?:The|A|An)\s))\s+")
_LEADING_ADVERBIALS = re.compile(
    r"^(?:,\s*)?(?:(?:on|late on|early on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"week|month)|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|earlier|later|also|"
    r"at the time|at that time|repeatedly|previously|recently|last year|this week|this month|"
    r"again|then|in a (?:statement|interview|speech|briefing)[^,]{0,60}?|in (?:an|his|her) [^,]{0,60}?|"
    r"at a [^,]{0,60}?|during [^,]{0,60}?|on [A-Z][a-z]+ \d{1,2}|"
    # "said in February it had frozen ...", "said last September it would ..."
    r"(?:in|last|early|late|earlier|in\s+early|in\s+late)\s+(?-i:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)(?:\s+\d{4})?|in\s+\d{4})\s*,?\s*", re.I)

# Where the audience was told, before words without "that" ("told reporters in Taipei the armed forces ...")
_WHERE_TOLD = re.compile(r"in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+(?=(?:the|a|an|its|his|her|their)\s)")

# "\b" + a speech verb, as a trie whose boundary test follows the first letter (see _trie_pattern): the
# verbs are whole words, so at most one matches at a position and the trie finds the one the
# alternation finds. "[aA](?<!\w.)(?i:ccording to)" is "\b(?i:according to)" ('a' has no other case).
_VERB_AT_WORD = _trie_pattern(SPEECH_VERB.split("|"), word_start=True)
_SPEECH_CUE = re.compile(rf"{_VERB_AT_WORD}\b|[aA](?<!\w.)(?i:ccording to)\b|s(?<!\ws)aying\b|"
                         r"n(?<!\wn)oting(?=\s+that\b)|"  # "He did not name Russia, noting that ..."
                         # "..., with President X warning that ...", "commented on the deal, telling reporters that"
                         r"w(?<!\ww)arning(?=\s+that\b)|a(?<!\wa)rguing(?=\s+that\b)|"
                         # ("declined to bring it to a vote, complaining that ...")
                         r"c(?<!\wc)omplaining(?=\s+that\b)|i(?<!\wi)nsisting(?=\s+that\b)|"
                         r"a(?<!\wa)cknowledging(?=\s+that\b)|"
                         # ("..., claiming she had turned the country into ...": a clause, not "claiming
                         # responsibility")
                         r"c(?<!\wc)laiming(?=\s+(?:that\b|(?:he|she|it|they|we)\s+"
                         r"(?:had|has|was|were|is|are|would|will|could)\b))|"
                         # ("accepted the result, writing on X that ...": a post's words)
                         r"w(?<!\ww)riting(?=\s+(?:on\s+[A-Z][\w-]*\s+)?that\b)|"
                         r"t(?<!\wt)elling(?=\s+(?:reporters|journalists|the\s+press|the\s+media|[A-Z]|"
                         # ("He went further, telling parliament that ...")
                         r"parliament|lawmakers|legislators|deputies|delegates|senators|(?:them|him|her)\s+that\s|"
                         r"(?:the|an?)\s+[^,.;]{2,60}?\s+that\s))|"
                         # a question quoted ('"... what message does that send?" she asked.'), where "asked" ends
                         # the clause ("Estonia asked NATO to deploy jets, X said" is X's words, no question)
                         r"a(?<!\wa)sked(?=\s*(?:[.,;]|$))|"
                         # ('"...," the statement read': a statement's words)
                         r"(?<=statement )read(?=\s*(?:[.,;]|$))|(?<=statement )reads(?=\s*(?:[.,;]|$))|"
                         # or opens an inverted clause right after it ('"... send?" asked Minister X.')
                         # (not '"..." asked NATO to withdraw': a request)
                         r"(?<=[”\"]\s)asked(?=\s+(?:the\s|[A-Z]))(?![^,.;]*\s(?:to|for|about|whether|if)\s)")
# Most sentences hold none of these words (in lower case): they are not searched for a speech verb.
# Participles that report the words of their clause's subject ("X criticised the drills, saying ...", "X suspended
# its part, arguing that ...")
_SPEAKING_PARTICIPLES = ("saying", "noting", "warning", "telling", "arguing", "complaining", "insisting", "writing",
                         "acknowledging", "claiming")
_SPEECH_WORDS = Words(*SPEECH_VERB.split("|"), "according to", "asked", "statement read", *_SPEAKING_PARTICIPLES)
_SPEECH_VERB_WORD = re.compile(rf"{_VERB_AT_WORD}\b")
_SPEECH_VERB_OR_SAYING = re.compile(
    rf"{_trie_pattern(SPEECH_VERB.split('|') + list(_SPEAKING_PARTICIPLES), word_start=True)}\b")
# "..., and Petrov saying", "..., with its foreign ministry saying": the subject of the clause
_AND_OR_WITH = re.compile(r"\b(?:and|with|while)\s+(?:its\s+|their\s+|the\s+)?$")
_RELAYED = re.compile(r"\bquoted\s+(?!by\s)(.{2,80}?)\s+as\s+saying\b")  # (not "X was quoted by TASS as saying")
_RELATIVE_PRONOUN_BEFORE = re.compile(r"\b(?:which|that|who|whom)\s+(?:[\w’'-]+\s+){0,3}$")
_PAUSE_BEFORE = re.compile(r"[,”\"]\s*(?:[\w’'-]+\s+){0,3}$")
# ("On Tuesday he also criticised X, saying ...": past a time set before the pronoun)
_PRONOUN_OPENING = re.compile(r"\s*(?:(?:On|In|Later|Earlier|Last)\s+(?:[A-Z]?[a-z]+|\d{1,2})"
                              r"(?:\s+[A-Z]?[a-z\d]+)?,?\s+)?"
                              r"(?P<pronoun>[Hh]e|[Ss]he)\s")
_PRONOUN_BEFORE = re.compile(r"\b(?=[hs])(he|she)\s+(?:also\s+|then\s+|later\s+)?$", re.I)
# ("He did not rule out that others could join, but said ...", "She thanked Chile and added ...")
# (past a short quoted phrase: 'He thanked Chile for what he called "decades of leadership" and said ...')
_PRONOUN_THEN_SECOND_VERB = re.compile(r"\s*(?:He|She)\s+(?:[^.;:“”\"]|[“\"][^“”\"]{1,60}[”\"])*?,?\s+(?:but|and)\s+"
                                       r"(?:also\s+|then\s+|later\s+)?$")
# A name with the rank or honorific before it, set off after the title it holds
_RANKS = (r"(?:(?:Admiral|Adm\.?|General|Gen\.?|Colonel|Col\.?|Major|Maj\.?|Captain|Capt\.?|Commander|Cmdr\.?|Cdr\.?|"
          r"Lieutenant|Lt\.?|Brigadier|Brig\.?|Commodore|Cdre\.?|Marshal|Sergeant|Sgt\.?|Air|Vice|Rear|Dr\.?|Mr\.?|"
          r"Ms\.?|Mrs\.?|Professor|Prof\.)\s+)+")
_RANKED_NAME = _RANKS + r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
# "said US Navy Rear Admiral X": the ranked officer of the service named first speaks
_RANK_BEFORE_NAME = re.compile(rf"\s+{_RANKS}")
_TITLE_THEN_RANKED_NAME = re.compile(rf"[^,;]{{1,80}},\s+(?={_RANKED_NAME}(?:[,;]|\.?$|\.\s))")
_ACCORDING_TO_OPENING = re.compile(r"\s*According to [^,]{1,80},\s*"
                                   # "According to X, a retired rear admiral who ..., the station ...": past the
                                   # speaker's apposition, which names a role
                                   r"(?:an?\s+(?:[\w-]+\s+){0,3}?(?:analyst|expert|admiral|general|colonel|officer|"
                                   r"official|diplomat|professor|lecturer|researcher|fellow|commander|minister|"
                                   r"ambassador|spokes(?:man|woman|person)|advis[eo]r|director|scholar|specialist)"
                                   r"\b[^,;\"“]{0,100},\s*|"
                                   # "According to the Chief of the Defence Force, Admiral X Y, ...": a ranked name
                                   rf"{_RANKED_NAME},\s*|"
                                   # "According to SOCAFRICA, AFRICOM's special operations component, ...": the body
                                   # whose part the speaker is
                                   r"(?:the\s+|one\s+of\s+)?[A-Z][\w.-]*['’]s\s+(?:[a-z-]+\s+){0,4}?"
                                   r"(?:component|agency|arm|body|unit|command|branch|wing|office|department|service|"
                                   r"mission|operation)s?"
                                   r"(?:,\s+(?:which|who|that)\s+[^,;\"“]{2,80})?,\s*)?")
# A speech verb whose object is a noun phrase, no clause ("stressed its commitment", "welcomed the decision")
_NOUN_OBJECT_OPENS = re.compile(rf"\b(?:{SPEECH_VERB})\s+(?:its|their|his|her|the|a|an)\s+(?!\w+\s+(?:would|will|was|"
                                r"were|is|are|had|has|have|could|should|must|might)\b)[^,;]*$")
_PRONOUN_SPEAKS = re.compile(rf",[”\"]?\s*(?:he|she|it)\s+(?:{SPEECH_VERB})\b")
# ", the ministry said", ", a Navy official said on condition of anonymity", ", the alliance said on
# Wednesday, as the initiative marked 15 years": the sentence may end with a clause on the setting
# ", said Brig Gen X, the army spokesperson.": a named officer who ends the sentence, past a role set off
_OFFICER_SPEAKS = re.compile(rf",\s+said\s+{_RANKS}(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}})"
                             r"(?:,\s+(?:an?|the)\s+[^,;]{2,90})?[.!?]?\s*$")
_BODY_SPEAKS = re.compile(rf",\s*(?:the|an?)\s+[\w’'-]+(?:\s+[\w’'-]+){{0,3}}\s+(?:{SPEECH_VERB})\b[^,]*"
                          # ("..., the ministry added, without giving a reason")
                          # ("..., the alliance said, but the ceremony will be held without guests")
                          # ("..., the embassy said Tuesday, days after a cutter was left without clearance")
                          r"(?:,\s+(?:as|while|amid|when|without|citing|but|(?:(?:a|one|two|three|\d+)\s+)?"
                          r"(?:days?|hours?|weeks?)\s+(?:after|before))\s[^,]*)?$")


@dataclass(frozen=True, slots=True)
class Speech:
    """One speech act: the speaker's mention, the words, and the sentence that carries them."""

    speaker: Mention
    words: str
    start: int  # offsets of the evidence (the sentence, or the quoted passage's paragraph)
    end: int
    direct: bool
    second_hand: bool  # the article relays the quote from another outlet
    clause: tuple[int, int]  # where the reported words lie, for the modality of facts inside them


# A quotation in single marks: opened before a word, after a space or a line's start; closed after a word or a stop
# and before a space or a stop, with three words at least (an apostrophe within a word, "the state's", is no mark)
_SINGLE_QUOTED = re.compile(r"(?:^|(?<=[\s(]))'(?=[A-Za-z])(?P<q>(?:[^'\n]|(?<=\w)'(?=\w)){8,}?(?<=[\w,.!?]))'"
                            r"(?=[\s,.;:!?)]|$)", re.MULTILINE)


def _single_quotes_doubled(text: str) -> str:
    """``text`` with each quotation in single marks ('A,' said X) in double ones, of the same length."""
    quoted = [match for match in _SINGLE_QUOTED.finditer(text) if len(match.group("q").split()) >= 3]
    if not quoted:
        return text
    chars = list(text)
    # (not one within a quotation in double marks: '“We call it 'the new normal,' he said”')
    doubled = [m.span() for m in _QUOTE.finditer(text)] if '"' in text or "“" in text else []
    for match in quoted:
        if not any(a < match.end() and match.start() < b for a, b in doubled):
            chars[match.start()], chars[match.end() - 1] = "“", "”"
    return "".join(chars)


def find_speech(text: str, sentences: list[Sentence], mentions: list[Mention]) -> list[Speech]:
    """Every speech act of the article, in text order (``mentions`` in text order, as found)."""
    if "«" in text:  # «...», as Russian and continental agencies quote: the same marks, one character each
        text = text.translate(_GUILLEMETS)
        sentences = [replace(sentence, text=sentence.text.translate(_GUILLEMETS)) for sentence in sentences]
    if "'" in text and (doubled := _single_quotes_doubled(text)) != text:
        # 'A,' said X: a text that quotes in single marks, as British and African outlets do (one character each)
        text = doubled
        sentences = [replace(sentence, text=text[sentence.start:sentence.end]) for sentence in sentences]
    starts = [m.start for m in mentions]
    spans = {(m.start, m.end) for m in mentions}
    next_sentence = {sentence.start: after for sentence, after in itertools.pairwise(sentences)}
    speeches: list[Speech] = []
    recent = _Recent()
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    # A release's "Quotes attributable to <office>, <name>:" and the paragraphs of quotation after it, one act
    release: tuple[Mention, list[tuple[int, int, str]], int, int] | None = None
    introduced: Mention | None = None  # the speaker of a paragraph "X said:" with no words, for the one after

    def close_release() -> None:
        if release is not None and release[1]:
            speaker, parts, start, end = release
            speeches.append(Speech(speaker, " … ".join(q[2] for q in parts), start, end, True, False,
                                   (parts[0][0], parts[-1][1])))

    for paragraph in sorted(by_paragraph):
        group = by_paragraph[paragraph]
        p_start, p_end = group[0].start, group[-1].end
        para = text[p_start:p_end]
        attributable = _QUOTES_ATTRIBUTABLE.match(para)
        if attributable is not None or release is not None and not para.startswith(("“", '"')):
            close_release()  # (appended where its paragraphs end: the acts stay in text order)
            speaker = next((m for m in reversed(mentions) if p_start <= m.start < p_end
                            and m.type is EntityType.PERSON), None) if attributable is not None else None
            release = (speaker, [], p_start, p_end) if speaker is not None else None
            if release is not None:
                introduced = None  # (the release's speaker has the quotations after it)
                continue
        quotation = _WHOLE_QUOTATION.fullmatch(para) if para.endswith(("”", '"')) else None
        below = by_paragraph.get(paragraph + 1) if quotation is not None and text.startswith("\n", p_end) else None
        signer = next((m for m in mentions if m.start == below[0].start and m.type is EntityType.PERSON
                       and text.startswith(", ", m.end) and _SIGNATURE_AFTER_NAME.fullmatch(
                           text, m.end, below[-1].end)), None) if below else None
        if introduced is not None and quotation is not None:
            # "Defence Secretary X said:" then a paragraph that is one quotation: X's words
            q_start, q_end = p_start + quotation.start("q"), p_start + quotation.end("q")
            speeches.append(Speech(introduced, text[q_start:q_end], p_start, p_end, True, False, (q_start, q_end)))
            introduced = None
            continue
        introduced = None
        if signer is not None and quotation is not None:
            # A release's quotation, then its speaker's name and title on the line below ("“A.”\nX, High
            # Representative of ..."): one act of that person's
            q_start, q_end = p_start + quotation.start("q"), p_start + quotation.end("q")
            speeches.append(Speech(signer, text[q_start:q_end], p_start, p_end, True, False, (q_start, q_end)))
            continue
        if release is not None:
            # ('“A.' then '“B.”': a quotation may run over paragraphs, each opened again, closed at the end)
            words = para[1:].strip().rstrip("”\"").strip()
            release = (release[0], [*release[1], (p_start + 1, p_end, words)], release[2], p_end)
            continue
        # (four words at least, or two after a verb that quotes right after its speaker's name: 'X hailed the
        # purchase as "a historic day"'; not 'what Buenos Aires called Venezuela's "growing threat"')
        # (not a name in quotation marks: 'The "Maritime Security Belt 2024" exercise')
        quotes = [(m.start("q") + p_start, m.end("q") + p_start, m.group("q")) for m in
                  (_QUOTE.finditer(para) if '"' in para or "“" in para else ())  # an opening mark is needed
                  # (or a single word so quoted: 'a move the Kremlin called "unfriendly"')
                  # (not a capitalised word: 'called the group "Wagner"' gives a name)
                  if (len(m.group("q").split()) > 3
                      # (not a word quoted inside the noun phrase it qualifies: 'described X as an "existential"
                      # matter')
                      or (len(m.group("q").split()) > 1 or m.group("q")[:1].islower()
                          and (not _NOUN_AFTER_QUOTE.match(para, m.end())
                               or _WHAT_ONE_CALLED_A.search(para, max(0, m.start() - 80), m.start())))
                      and (_quoted_by_the_name_before(para, p_start, m.start(), mentions)
                           # ('"We are ready," X said': a short sentence quoted, its speaker after it)
                           or m.group("q").rstrip().endswith((",", "!", "?"))
                           and _SPEECH_VERB_AFTER_QUOTE.match(para, m.end()))
                      # ('Asked whether Peru would join, Ruiz said: "Not this year."')
                      or _SPEECH_VERB_AND_COLON.search(para, max(0, m.start() - 40), m.start())
                      # ('thanked Chile for what he called "exemplary preparation"': his words, however few)
                      or "what " in para and len(m.group("q").split()) > 1
                      and _WHAT_ONE_CALLED.search(para, max(0, m.start() - 30), m.start()))
                  and (m.start("q") + p_start, m.end("q") + p_start) not in spans]
        quoted_spans = [(a, b) for a, b, _ in quotes]
        pending: list[tuple[int, int, str]] = []
        speaker_of_paragraph: Mention | None = None
        co_speakers_of_paragraph: list[Mention] = []  # ('"A," X, Y and Z said': the list speaks the quotation)
        acts_before = len(speeches)
        for sentence in group:
            inside = [q for q in quotes if sentence.start <= q[0] < sentence.end]
            outside = _outside(sentence, quoted_spans)
            # The sentence's mentions, by bisection: scanning all of them for every sentence costs more.
            low, high = bisect.bisect_left(starts, sentence.start), bisect.bisect_left(starts, sentence.end)
            in_sentence = mentions[low:high]
            who = (_WHO_SAID.search(outside) or _WHO_SAID_THEN_ACTED.search(outside)
                   or _WHO_SAYS_THEN_ACTED.search(outside) or _WHO_SAID_AT_END.search(outside)) \
                if ", who " in outside or ", which " in outside else None
            relative_speaker = next((m for m in in_sentence if m.end == sentence.start + who.start() and (
                m.type is EntityType.PERSON if who.group("pronoun") == "who" else m.type in _ISSUERS
                and m.kind != "demonym")), None) if who else None
            if relative_speaker is not None:
                # "X, who has repeatedly said A, insisted that B": A is X's too, and the clause is set aside for B
                start, end = sentence.start + who.start("words"), sentence.start + who.end("words")
                speeches.append(Speech(relative_speaker, text[start:end], sentence.start, sentence.end, False,
                                       _second_hand(sentence.text), (start, end)))
                blank = " " * (who.end() - who.start())
                outside = outside[:who.start()] + blank + outside[who.end():]
                sentence = replace(sentence, text=sentence.text[:who.start()] + blank + sentence.text[who.end():])
            view = _IN_ONES_VIEW.match(outside) if outside[:3] == "In " and not inside else None
            if view is not None and recent.person is not None and not _SPEECH_CUE.search(outside, view.end()):
                # "In her view, the chance of a deal has shrunk further.": the words of the person the text spoke of
                end = sentence.start + len(sentence.text.rstrip().rstrip(".!?"))
                speeches.append(Speech(_standing_for(recent.person, view.group(1), sentence.start),
                                       text[sentence.start + view.end():end], sentence.start, sentence.end, False,
                                       _second_hand(sentence.text), (sentence.start + view.end(), end)))
            speaker = _speaker_in(outside, in_sentence, recent, sentence)
            the_two = _THE_TWO_ROLES.match(outside) if speaker is None and (
                "two " in outside[:12] or outside.lstrip().startswith("Both ")) else None
            pair = recent.pair_called(the_two.group("role")) if the_two is not None else None
            if pair is not None:  # "The two presidents also said ...": both people the text titled so lately
                speaker = _standing_for(pair[1], the_two.group("role"), sentence.start)
                speeches_before = len(speeches)
            attributed = _BODY_SPEAKS.search(outside) if speaker is not None and not inside else None
            if attributed is not None and speaker.end - sentence.start < attributed.start() and (
                    _NOUN_OBJECT_OPENS.search(outside, 0, attributed.start())
                    or "report" not in attributed.group(0)):
                # "Armenia stressed its commitment to the talks, the foreign ministry said": the words are all the
                # ministry's, the first verb's object a noun's, no speech of Armenia's of its own; "Peru has told
                # Washington it is pausing visits, the embassy said": the embassy relays the telling
                speaker = _speaker_in(outside, in_sentence, recent, sentence, attributed.start()) or speaker
            officer = _OFFICER_SPEAKS.search(outside) if speaker is not None and speaker.kind != "person" \
                and not inside and ", said " in outside else None
            relayer = next((m for m in in_sentence if m.type is EntityType.PERSON
                            and m.start - sentence.start == officer.start("name")), None) \
                if officer is not None and speaker.end - sentence.start < officer.start() else None
            told = _reported_clause(text, sentence, speaker, mentions) if relayer is not None else None
            if relayer is not None:
                # "Ecuador has informed the bloc that it will not send troops, said Brig Gen X, the army
                # spokesperson": the officer relays the telling, which is Ecuador's as he reports it
                if told is not None and told[0] < sentence.start + officer.start():
                    start, end = told[0], sentence.start + officer.start()
                    speeches.append(Speech(speaker, text[start:end], sentence.start, sentence.end, False, True,
                                           (start, end)))
                speaker = relayer
            trailing = _TRAILING_ACCORDING.search(outside) if ", according to" in outside and (
                speaker is None or not inside and _reported_clause(text, sentence, speaker, mentions) is None) \
                else None
            if trailing is not None:
                # "Contingents from A have confirmed their participation, according to the ministry": the source the
                # sentence ends with, where its first verb has no speaker or no words of its own
                speaker = _speaker_in(outside, in_sentence, recent, sentence, trailing.start()) or speaker
            if speaker is None and inside:
                # "Kallas described the partnership as “a signal ...”", "called the drills “a provocation”":
                # a verb that quotes, read as "said" where the quotation is its object
                # (the quotation a verb quotes may follow another: 'signed an "Agreement on X", which Y described
                # as "a historic step"': the words from it on)
                named_at, naming = next(((k, found) for k, quoted in enumerate(inside) if (
                    found := _QUOTING_VERB.search(text, sentence.start, quoted[0])) is not None), (0, None))
                if naming is not None:
                    inside = inside[named_at:]
                    start, end = naming.start("verb") - sentence.start, naming.end("verb") - sentence.start
                    # ("condemned the visit, calling it “...”": the participle's, the subject of its clause)
                    verb = "saying" if naming.group("verb") == "calling" else "said"
                    as_said = outside[:start] + verb.ljust(end - start) + outside[end:]
                    relative = _RELATIVE_QUOTER.search(as_said, 0, start)
                    if relative is not None:  # "..., which Scholz described as": Scholz's words all the same
                        as_said = as_said[:relative.start(1)] + " " * len(relative.group(1)) + as_said[relative.end(1):]
                    speaker = _speaker_in(as_said, in_sentence, recent, sentence)
            if speaker is not None and inside and inside[0][1] < speaker.start:
                # 'A called it "B," while Y said C': the quotation before Y's clause is A's, by the verb that quotes
                # (the comma inside the closing mark or after it: '"B," while', '"B", while')
                other = _OTHER_SPEAKER_ACT.match(text, inside[0][1] - (text[inside[0][1] - 1] == ","))
                first_act = _quoted_by_the_first_clause(text, sentence, inside[0], in_sentence) \
                    if other is not None and other.end("who") == speaker.end else None
                if first_act is not None and first_act[0] is not speaker:
                    speeches.append(Speech(first_act[0], text[first_act[1][0]:first_act[1][1]], sentence.start,
                                           sentence.end, True, _second_hand(sentence.text), first_act[1]))
                    inside = inside[1:]
            embedded = None
            reported = _reported_clause(text, sentence, speaker, mentions) if speaker is not None else None
            following = _next_words(text, sentence, reported, speaker, in_sentence) \
                if reported is not None and speaker is not None else None
            two_acts = following is not None and all(reported[0] <= q[0] < reported[1] or following[1][0] <= q[0]
                                                     for q in inside)
            if two_acts:
                # "X said A, and last month he said B", "..., and TASS quoted him as saying that B", "X said A,
                # while Y wrote that B": two acts (each relayed or not by its own verb)
                (other, next_words) = following
                # ('A called it "B," while Y said C': the clause before Y's is not Y's, see above)
                acts = () if other is speaker and _OTHER_SPEAKER_ACT.match(text, reported[1]) else \
                    ((speaker, reported, (sentence.start, reported[1])),)
                for who, (start, end), (a, b) in (*acts, (other, next_words, (reported[1], next_words[1]))):
                    speeches.append(Speech(who, text[start:end], sentence.start, sentence.end, False,
                                           _second_hand(text[a:b]), (start, end)))
                inside = []
            if inside and reported is not None and \
                    not _COLON_OPENS_QUOTE.search(text, reported[0], inside[0][0]) and (
                    inside[0][0] - reported[0] > 5 and reported[1] > inside[0][0] or (
                        0 <= inside[0][0] - reported[0] <= 1 and reported[1] > inside[-1][1] + 10
                        and _WORDS_GO_ON.match(text, inside[-1][1])
                        # (not '"A," said X, according to his office': the quotation is X's words)
                        and not _SPEECH_VERB_RIGHT_AFTER.match(text, inside[-1][1]))):
                # 'he intended to "act as tough as possible"', 'saying that "commitments at home" prevented
                # it from taking part': indirect speech that quotes some of its words
                embedded = reported
            if embedded is not None and speaker is not None:
                start, end = embedded
                for who in (*_co_speakers(speaker, in_sentence, sentence), speaker):
                    speeches.append(Speech(who, text[start:end], sentence.start, sentence.end, False,
                                           _second_hand(sentence.text), (start, end)))
            elif inside:
                added = _continuation(text, sentence, inside[0][:2]) if speaker is not None else None
                if added is not None:  # '"A," he said, adding that B (with "a phrase" quoted)': one speech act
                    inside = [q for q in inside if q[1] <= added[0]] + [(*added, text[added[0]:added[1]])]
                if speaker is not None and speaker_of_paragraph is not None and pending and \
                        speaker.label != speaker_of_paragraph.label:
                    # '"A," X said. Y met her. "B," Y said.': each speaker of the paragraph with their own words
                    speeches += _paragraph_acts(speaker_of_paragraph, co_speakers_of_paragraph, pending, para,
                                                p_start, p_end)
                    pending = []
                # (the first quotation inside the words a second act reports, if one before it is outside them)
                covered = next((i for i, q in enumerate(inside) if reported[0] <= q[0] <= q[1] <= reported[1] + 2),
                               0) if added is None and speaker is not None and reported is not None else 0
                if covered > 0 and _THEN_SAID.match(text, inside[covered - 1][1], reported[0]):
                    # 'called the decision "regrettable" and said the forces would train "in every format"': the
                    # second act's whole clause, its quotation within it
                    inside = inside[:covered] + [(*reported, text[reported[0]:reported[1]])]
                called = [q for q in inside if _WHAT_ONE_CALLED.search(text, max(0, q[0] - 31), q[0] - 1)] \
                    if speaker is not None and "what " in sentence.text else []
                for start, end, words in called:
                    # 'He thanked Chile for what he called "exemplary preparation"': an act of its own, not one
                    # more fragment of the paragraph's quotation
                    speeches.append(Speech(speaker, words, sentence.start, sentence.end, True,
                                           _second_hand(sentence.text), (start, end)))
                pending.extend(q for q in inside if q not in called)
                if speaker is not None:
                    speaker_of_paragraph = speaker
                    co_speakers_of_paragraph = _co_speakers(speaker, in_sentence, sentence)
                own = _own_words_beside_quotes(text, reported, inside) \
                    if added is None and reported is not None and speaker is not None else None
                if own is not None:
                    speeches.append(Speech(speaker, text[own[0]:own[1]], sentence.start, sentence.end, False,
                                           _second_hand(sentence.text), own))
            elif speaker is not None and not two_acts:
                dash = _DASH_QUOTE.match(para)
                if dash and reported is not None and reported[0] == sentence.start and sentence is not group[0]:
                    # "– A. B, says Minister X": a paragraph opened by a dash quotes everything before its speaker
                    reported = (p_start + dash.end(), reported[1])
                parts = _speech_parts(text, reported) if reported is not None else []
                if parts and _ADDED_BEFORE.search(text, max(sentence.start, reported[0] - 8), reported[0]) and \
                        _THING_ADDED.match(text, reported[0], reported[1]):
                    parts = []  # "Peru added a third ship to the task force": a thing added, no words
                lead = (_ATTRIBUTION_SET_OFF.match(sentence.text) or _PRONOUN_SET_OFF.match(sentence.text)) \
                    if reported is not None else None
                if lead is not None and _LINKING_LEAD.fullmatch(lead.group("lead")):
                    lead = None  # ("Still, he added, A": A alone)
                if lead is not None and sentence.start + lead.end() == reported[0]:
                    # "The drills, according to X, were defensive": the subject, then the predicate
                    parts = [(sentence.start, sentence.start + lead.end("lead")), reported]
                continuation = _continuation(text, sentence, reported) if reported is not None else None
                parts += [continuation] if continuation else []
                if parts:  # one speech act, its parts joined as the corpus joins fragments
                    words = " … ".join(text[start:end] for start, end in parts)
                    for who in (*_co_speakers(speaker, in_sentence, sentence), speaker):
                        speeches.append(Speech(who, words, sentence.start, sentence.end, False,
                                               _second_hand(sentence.text), (parts[0][0], parts[-1][1])))
            if pair is not None:
                speeches += [replace(said, speaker=_standing_for(pair[0], said.speaker.text, sentence.start))
                             for said in speeches[speeches_before:] if said.speaker is speaker]
            for mention in in_sentence:
                recent.saw(mention, text, sentence)
            following = next_sentence.get(sentence.start)
            if speaker is None and recent.person is not None and following is not None:
                recent.person = _subject_over_object(recent.person, in_sentence, text, sentence, following)
            if speaker is not None and speaker.type is not EntityType.PERSON and speaker.kind != "pronoun":
                recent.institution = recent.body = speaker
                if speaker.kind == "org" and _MINISTRY.search(speaker.label):
                    recent.ministry = speaker  # "the Ministry of Defence said" by its title alone, then "the ministry"
                if _STATEMENT.search(sentence.text):  # "the ministry said in a statement"
                    recent.source = speaker
            elif speaker is not None and speaker.kind != "pronoun":
                recent.person = speaker
            elif speaker is not None and speaker.type is not EntityType.PERSON and speaker.type is not EntityType.STATE:
                recent.body = speaker  # "..., the ministry said. It said ...": the body that spoke last
        if para[-1:] == ":" and speaker is not None and not quotes and len(speeches) == acts_before \
                and text.startswith("\n", p_end):
            introduced = speaker  # (a line of its own that introduces words it does not hold)
        # Quotations nobody is said to have spoken (titles, scare quotes) are not speech.
        if pending and speaker_of_paragraph is not None:
            speeches += _paragraph_acts(speaker_of_paragraph, co_speakers_of_paragraph, pending, para, p_start, p_end)
            if speaker_of_paragraph.type is EntityType.PERSON:
                recent.person = speaker_of_paragraph
    close_release()  # (the release's quotations ran to the text's end)
    return speeches


def _words_of_the_paragraph(speaker: Mention, quoted: list[tuple[int, int, str]], para: str, p_start: int,
                            p_end: int) -> Speech:
    """The quotations of a paragraph that ``speaker`` spoke, as one speech act, its fragments joined as the corpus
    joins them."""
    words = " … ".join(q[2].strip().rstrip(",") for q in quoted)
    return Speech(speaker, words, p_start, p_end, True, _second_hand(para), (quoted[0][0], quoted[-1][1]))


def _own_words_beside_quotes(text: str, reported: tuple[int, int],
                             inside: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The span of words a speaker reports in their own sentence beside its quotations, as a second part of what
    they said, if there are such words."""
    if reported[0] > inside[-1][1] and _THEN_SAID.match(text, inside[-1][1], reported[0]):
        # 'called the drills "a destabilising step" but said Yerevan remained committed': a second act after the
        # quotation, with words of its own
        return reported
    if reported[0] < inside[0][0] < reported[1]:
        # 'told reporters that A, adding: "B"': A, then the quotation
        adding = _ADDING_THEN_COLON.search(text, reported[0], inside[0][0])
        return (reported[0], adding.start()) if adding and len(text[reported[0]:adding.start()].split()) >= 3 \
            else None
    if reported[1] <= inside[0][0] and _THEN_QUOTED.match(text, reported[1], inside[0][0]):
        # 'said Chile valued the pact, and described it as "a model"': words of their own before the speaker's next
        # act quotes
        return reported
    return None


# ('confirmed the withdrawal, telling reporters: "Yes, that is true."': a colon gives the quotation as the words)
_COLON_OPENS_QUOTE = re.compile(r":\s*[“\"«]?$")
_ADDING_THEN_COLON = re.compile(rf",\s+(?:{_GOING_ON})\s*:\s*[“\"«]?$")
_QUOTES_ATTRIBUTABLE = re.compile(r"\s*Quotes?\s+(?:attributable|attributed)\s+to\s+[^\n]{3,150}:\s*$")


# After a speech verb, the words that may say when ("said on Tuesday that", "warned last month",
# "said at the closing ceremony on June 16"): up to a pause, "that" or the reported words.
_ATTRIBUTION_TAIL = re.compile(r"(?:(?!\bthat\b)[^,;:\"“”(])*")


_DASH_QUOTE = re.compile(r"[–—]\s+(?=[A-Z“\"])")  # Nordic and continental press quote with a dash


def attribution_stretches(text: str, speech: Speech) -> list[tuple[int, int]]:
    """Where the attribution of ``speech`` goes on after its speech verbs, outside the reported words:
    the places that say when the words were spoken."""
    stretches = []
    for verb in _SPEECH_VERB_WORD.finditer(text, speech.start, speech.end):
        if speech.clause[0] <= verb.start() < speech.clause[1]:
            continue
        stop = speech.clause[0] if verb.end() <= speech.clause[0] else speech.end
        tail = _ATTRIBUTION_TAIL.match(text, verb.end(), min(stop, verb.end() + 60))
        if tail.end() > verb.end():
            stretches.append((verb.end(), tail.end()))
    return stretches


# "said that A, but stressed that B": the speaker goes on, and "but stressed that" is not their words.
# Reported words a verb takes without "that": a pronoun, then a finite verb ("warned they would resume")
_CLAUSE_WITHOUT_THAT = r"\s+(?=(?:it|they|he|she|we)\s+(?:would|will|could|might|must|had|was|were|is|are)\b)"
# ("said A, but warned they would resume if B": the words the second verb reports too)
_NEXT_SPEECH_ACT = re.compile(rf",?\s+(?:but|and|while)\s+(?:also\s+)?(?:(?:{SPEECH_VERB})\s+that\s+|"
                              rf"(?:warned|added|stressed|insisted|cautioned){_CLAUSE_WITHOUT_THAT})")


# A verb that quotes whatever follows its colon, however short ('she said: "No."', 'told reporters: "Not yet."')
_SPEECH_VERB_AND_COLON = re.compile(r"\b(?:said|says|told\s+(?:[\w-]+\s+){0,3}?[\w-]+|added|replied|answered|"
                                    r"responded|stated|declared|wrote|insisted|warned)\s*:\s*$")
# After a quotation: its speaker and a speech verb, or the verb and then its speaker ('"...," X said', '"...,"
# said X')
# ('"We are ready," Soto, 54, told reporters', '..., the 54-year-old minister told': an age among the words)
_SPEECH_VERB_AFTER_QUOTE = re.compile(r"\s+(?:(?:[A-Z][\w.’'-]*|[a-z\d][a-z\d-]*),?\s+){0,8}?"
                                      r"(?:said|says|told|added|stated|noted|stressed|warned|explained)\b")


def _quoted_by_the_name_before(para: str, p_start: int, mark: int, mentions: list[Mention]) -> bool:
    """Whether the quotation opening at ``mark`` (in ``para``, which starts at ``p_start``) is the object of a verb
    that quotes, right after a speaker's name ('Vucic hailed the purchase as "a historic day"')."""
    naming = _QUOTING_VERB.search(para, max(0, mark - 80), mark + 1)
    verb = naming.start("verb") + p_start if naming else -1
    # (or after a person's apposition: 'X, a professor at the Y College, called it "dangerous shorthand"')
    # (or past an auxiliary or a relative clause: 'X, who attended the summit, has called the deal "null and
    # void"')
    return naming is not None and any(
        m.type in _SPEAKER_TYPES and (0 < verb - m.end <= 2 or p_start <= m.end < verb and _AUXILIARY_GAP.fullmatch(
            para, m.end - p_start, verb - p_start) or m.type is EntityType.PERSON and p_start <= m.end < verb
            and _APPOSITION_GAP.fullmatch(para, m.end - p_start, verb - p_start))
        for m in mentions)


# ('launched what X called a "defensive" action': X's word, however it qualifies the noun)
_WHAT_ONE_CALLED_A = re.compile(r"\bwhat\s+[^.;“”\"]{1,60}?\bcalled\s+(?:an?\s+)?$")
_NOUN_AFTER_QUOTE = re.compile(r"\s+(?!(?:and|or|but|as|to|in|on|at|by|for|of|from|with)\b)[a-z]")
_APPOSITION_GAP = re.compile(r",\s+(?:(?:a|an|the)\s[^,;“”\"]{2,100}|who\s[^,;“”\"]{2,80}),\s+"
                             r"(?:(?:has|have|had)\s+(?:also\s+)?)?")
_AUXILIARY_GAP = re.compile(r"\s+(?:has|have|had)\s+(?:also\s+|repeatedly\s+|previously\s+|since\s+)?")


_SPEAKER_TYPES = (EntityType.PERSON, EntityType.STATE, EntityType.ALLIANCE, EntityType.ORGANIZATION)


# A verb whose object is the quotation that follows it: "described the pact as “...”", "called it “...”".
# ("denounced the drills as “a dangerous provocation ...”", "described the drills as a product of “Cold War ...”")
_QUOTING_VERB = re.compile(r"\b(?P<verb>described|describes|called|calls|calling|termed|dubbed|branded|hailed|denounced|"
                           r"denounces|condemned|condemns|labell?ed|characteri[sz]ed|decried|"
                           # ("rejected the accusations as “baseless”": only with "as" before the words)
                           r"(?:rejected|rejects|dismissed|dismisses)(?=\s+(?:[\w’'%-]+\s+){0,5}?as\s))\s+"
                           # ("described a 5% target as", "described the cooperation between A and B as")
                           r"(?:[\w’'%-]+\s+){0,5}?(?:(?:[\w’'%-]+\s+){1,4}?(?=as\s))?"
                           r"(?:as\s+(?:(?:an?|the)\s+)?(?:[\w’'-]+\s+(?:of|for)\s+)?)?[“\"]$")
def _quoted_by_the_first_clause(text: str, sentence: Sentence, quoted: tuple[int, int, str],
                                mentions: list[Mention]) -> tuple[Mention, tuple[int, int]] | None:
    """The speaker and words of ``quoted``, the quotation of a sentence's first clause, where a verb quotes it ('A
    called it "B,"'): the one named right before the verb, and the quotation; None without such a verb."""
    naming = _QUOTING_VERB.search(text, sentence.start, quoted[0])
    if naming is None:
        return None
    who = next((m for m in reversed(mentions) if m.end <= naming.start("verb") and m.type.value in _SPEAKER_WORDS
                and _SPEAKER_BEFORE_QUOTING_VERB.fullmatch(text, m.end, naming.start("verb"))), None)
    return (who, (quoted[0], quoted[1])) if who is not None else None


_SPEAKER_BEFORE_QUOTING_VERB = re.compile(r"\s+(?:(?:has|had|also|then|later|once)\s+){0,2}")
# "which X described as": the relative pronoun before the one whose verb quotes ("which" blanked, see find_speech)
_RELATIVE_QUOTER = re.compile(r",\s+(which|that)\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:has\s+|had\s+)?$")
_PARTY_MEMBER_GAP = re.compile(rf"\s+(?:[A-Z][\w.-]*\s+){{0,3}}?{PARTY_MEMBER_TITLES}\s+")
# ("declined to say whether ...": no words said; the next verb may have them)
# ("members should insist that ...": advice to them, no words of theirs)
# ("has neither confirmed nor denied the report": no act of speech)
_NOT_BEFORE_VERB = re.compile(r"\b(?:not|never|yet\s+to|declined\s+to|refused\s+to|should|ought\s+to|neither|nor)\s+"
                              r"(?:(?:yet|publicly|officially)\s+)?$|n['’]t\s+$")
# The speaker's next act without reported words of its own ("..., and congratulated Kyrgyzstan on ...").
# ("..., but he declined to give a date": the speaker named again by a pronoun)
_SPEAKERS_NEXT_VERB = (r",?\s+(?:but|and)\s+(?:(?:he|she)\s+)?(?:also\s+)?(?:added|urged|called\s+on|"
                       r"congratulated|warned|accused|"
                       # ("and refused to rule out ...": the speaker's; not "X had violated the deal and
                       # refused to withdraw", the reported subject's)
                       r"refused\s+to\s+(?:comment|rule\s+out|elaborate|say|answer|discuss|confirm|name)|"
                       r"stressed|insisted|praised|thanked|welcomed|reiterated|declined|rejected|"
                       r"dismissed|"
                       # ("said Chile would be invited, but offered no timetable", "declared that ... and
                       # pledged to keep aid flowing": the speaker's promise, no words reported)
                       r"offered|pledged|vowed|promised|stopped\s+short|described|called|"
                       # ("said the UAE "remains a partner" and referred further questions to Emirati officials")
                       r"referred\s+(?:further\s+|all\s+|other\s+)?(?:questions|queries|inquiries)|"
                       r"denied|did\s+not\s+(?:specify|say|elaborate|explain|disclose|give|name))\b"
                       r"(?!\s+that\b|" + _CLAUSE_WITHOUT_THAT + ")")
_SPEAKERS_NEXT_ACT = re.compile(_SPEAKERS_NEXT_VERB + r"|"
                                # "announced it would not attend, citing an attack": the reason the writer gives
                                # (not "were withdrawing, citing costs, and more would follow": the words go on)
                                # ("insisted that Chile was "a serious ally", pointing to the troops it sent")
                                r",\s+(?:citing|pointing\s+to)\b(?![^,;]*,\s+(?:and|but)\s)|"
                                # ("A and B have said that X, and the two countries signed their own deal in 2020":
                                # the speakers' own act, told by the writer; not "... would sign", still their words)
                                r",\s+and\s+the\s+(?:two|three|four)\s+(?:countries|states|sides|governments|nations|"
                                r"neighbou?rs)\s+(?!(?:would|will|had|could|should|must|might|may)\b)[a-z]+ed\b")
# ... before a quotation ('said A, and described it as "B"', 'said A, but added: "B"')
_THEN_QUOTED = re.compile(_SPEAKERS_NEXT_VERB)
# "..., and last month he said B", "..., and TASS quoted him as saying that B": the speaker's next speech act
# ("..., though he later told reporters that B", "..., but she later said B")
_SPEAKERS_NEXT_WORDS = re.compile(r",\s+(?:and|but|though|although)\s+(?:(?:last|this|earlier|later|in|on)\s+\w+\s+)?"
                                  r"(?:(?:he|she)\s+(?:later\s+|also\s+)?(?:said|added|told)|"
                                  r"[A-Z][\w-]+\s+quoted\s+(?:him|her)\s+as\s+saying)\b")


def _next_words(text: str, sentence: Sentence, reported: tuple[int, int], speaker: Mention,
                mentions: list[Mention]) -> tuple[Mention, tuple[int, int]] | None:
    """Who goes on to speak in the same sentence after ``reported`` ends, and the span of their words:
    the speaker again (_SPEAKERS_NEXT_WORDS) or another one (_OTHER_SPEAKER_ACT), if anyone does."""
    following = _SPEAKERS_NEXT_WORDS.match(text, reported[1])
    who: Mention | None = speaker
    if following is None:
        # ("A confirmed that ..., with leader B saying ...": B's words after A's)
        following = _OTHER_SPEAKER_ACT.match(text, reported[1]) or _WITH_ANOTHER_SAYING.match(text, reported[1])
        # (the name of "while Foreign Minister Y said", its title before it)
        # ("while one of the MPs who voted against, Anna Kask (Center), said": the one named in the aside)
        group = "named" if following is not None and following.group("who").startswith("one") else "who"
        who = next((m for m in reversed(mentions) if following is not None and m.type.value in _SPEAKER_WORDS
                    and following.start(group) <= m.start and m.end == following.end(group)), None)
    if following is None or who is None:
        return None
    # "wrote on Twitter that B": the words after "that", where the verb has one; else right after the verb
    tail = _ATTRIBUTION_TAIL.match(text, following.end(), min(sentence.end, following.end() + 40))
    that = _THAT.match(text, tail.end())
    start = that.end() if that else _SPACES.match(text, following.end()).end()
    end = sentence.end
    while end > start and text[end - 1] in ".!?\"”":
        end -= 1
    return (who, (start, end)) if len(text[start:end].split()) >= 3 else None


_THAT = re.compile(r"\s*that\s+")
# After a quotation, a second verb of the same speaker that reports words: '"..." but said ', '"...," and added that '
_THEN_SAID = re.compile(rf"[”\"]?,?\s+(?:but|and)\s+(?:also\s+)?(?:{SPEECH_VERB})(?:\s+that)?\s+")
# "acknowledged, however, that ...": a connective set off between the verb and its clause
_ASIDE_THEN_THAT = re.compile(r"\s*,\s*(?:however|though|nonetheless|meanwhile|in\s+turn|for\s+(?:his|her|its|their)"
                              r"\s+part)\s*,\s*that\s+")
# "said last September, on the sidelines of the summit in Samarkand, that ...": a time, then a place or occasion set
# off by commas
_OCCASION_THEN_THAT = re.compile(r"(?:\s+(?:on|in|at|during|last|earlier|this|late|\w+day)\b[^,.;“”\"]{0,40}?)?,\s+"
                                 r"(?:on|in|at|during|while|after|before|speaking)\b"
                                 r"(?:(?!\bthat\b)[^.;“”\"]){0,160}?,\s+that\s+")
_SPACES = re.compile(r"\s*")
# "said it had frozen its part in the CSTO, which also includes A and B": the writer's note on the body's members
_BODYS_MEMBERS_AFTER = re.compile(r",\s+which\s+also\s+(?:includes|comprises|groups|brings\s+together|unites)\s")
# The writer's comment set off after words or their attribution ("..., the clearest signal yet that ...")
# ("..., a claim Western experts have questioned": the writer's word on the words)
# ("..., something no country has done since it broke away": the writer's note on what the words tell)
_WRITERS_COMMENT = (r",\s+(?:(?:in\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:signal|sign|move|step|indication|blow|"
                    r"setback|claim|shift|turnaround|reversal|rebuke|snub)\b|"
                    r"something\s+(?:that\s+)?(?:no|few|no\s+other|only)\s)")
# ... after the attribution ("A, the ministry said on Monday, the latest sign that ..."): no words of its own
# ... or a participle of the writer's ("A, the Kremlin confirmed, bringing to an end a mission that ...", "...,
# marking the first time ..."; not "adding", "noting": the speaker's, see _CONTINUATION)
# ... or when it was said ("A, X said, days after damage to a pipeline")
_WHEN_SAID = r"(?:(?:two|three|four|five|several|a\s+few)\s+)?(?:hours|days|weeks|months)\s+(?:after|before)\s"
_WHEN_SAID_OPENING = re.compile(_WHEN_SAID)
_COMMENT_AFTER_ATTRIBUTION = re.compile(r"[^,.;]{0,50}(?:" + _WRITERS_COMMENT + r"|,\s+(?:bringing|ending|marking|"
                                        r"putting|raising|capping|closing|completing|paving)\s|"
                                        # ("..., the ministry said Friday, effectively barring a Chinese ship")
                                        r",\s+(?:effectively|thereby|in\s+effect|further)\s+[a-z]+ing\s|"
                                        r",\s+" + _WHEN_SAID + ")")
# "X said A, the clearest signal yet that ...", "..., a move that ...": the writer's comment on the words
_COMMENT_ON_THE_WORDS = re.compile(_WRITERS_COMMENT + r"|"
                                   # "..., a charge Moscow denied": what another made of the words
                                   r",\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:charge|claim|accusation|allegation)\s+"
                                   r"(?:that\s+|which\s+)?[A-Z]|"
                                   # "..., dismissing speculation that ...": how the writer sees the speaker act
                                   r",\s+(?:dismissing|rejecting|brushing\s+aside|shrugging\s+off)\s|"
                                   # "..., deepening a rift with the bloc": what the words do, in the writer's view
                                   # ("..., removing a lingering irritant as the two neighbours mend ties")
                                   # ("..., dealing a blow to a $23 billion arms package")
                                   r",\s+(?:deepening|widening|heightening|escalating|underscoring|underlining|"
                                   r"removing|easing|dealing|delivering|dashing|reversing|overturning|undoing)\s|"
                                   # "..., accusing it of failing to help": the speaker's act, told by the writer
                                   r",\s+(?:accusing|blaming|critici[sz]ing|condemning)\s|"
                                   # "..., as he made his last visit": when, in the writer's words
                                   r",\s+as\s+(?:he|she)\s+(?:made|paid|began|ended|wrapped\s+up|arrived|prepared|"
                                   r"visited|toured|left)\b|"
                                   # ("..., as Berlin formally inaugurated the brigade": a named subject's past act)
                                   r",\s+as\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:[a-z]+ly\s+)?[a-z]+ed\b|"
                                   # "..., repeating objections his government raised in 2018": the same
                                   r",\s+(?:repeating|echoing|reiterating)\s+(?:the\s+|an?\s+|its\s+|his\s+|her\s+|"
                                   r"their\s+|[A-Z][\w-]*(?:’s|'s)\s+)?"
                                   r"(?:[\w-]+\s+){0,2}?(?:objections?|criticism|concerns?|warnings?|"
                                   r"calls?|claims?|position|stance|remarks?|comments?|accusations?)\b")


def _speech_parts(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """``span`` of reported words, without the words that introduce a further part ("but stressed that")."""
    start, end = span
    parts = []
    for match in _NEXT_SPEECH_ACT.finditer(text, start, end):
        if len(text[start:match.start()].split()) >= 3:
            parts.append((start, match.start()))
            start = match.end()
    if len(text[start:end].split()) >= 3:
        parts.append((start, end))
    return parts


def _continuation(text: str, sentence: Sentence, reported: tuple[int, int]) -> tuple[int, int] | None:
    """The words after "..., X said, adding that" when the reported words end before them; or the predicate
    they go on with after their speaker ("A will end on May 2, the navy said in a statement, and will ...")."""
    match = _CONTINUATION.search(text, reported[1], sentence.end)
    if match is not None and _SPEECH_VERB_WORD.search(text, reported[1], match.start()):
        start = match.end()
    else:
        verb = _SPEECH_VERB_WORD.search(text, reported[1], min(sentence.end, reported[1] + 60))
        goes_on = _PREDICATE_GOES_ON.match(text, verb.end()) if verb else None
        if goes_on is None:
            return None
        start = goes_on.start("conjunction")
    end = sentence.end
    while end > start and text[end - 1] in ".!?":
        end -= 1
    return (start, end) if len(text[start:end].split()) >= 3 else None


_ADDED_BEFORE = re.compile(r"\badded\s+$")
# What "added" takes as a thing, not words: a noun phrase with no verb of a clause of its own
_THING_ADDED = re.compile(r"(?:the|a|an|its|their|another|new|two|three|four)\s"
                          r"(?:(?!(?:is|are|was|were|will|would|has|have|had|can|could|may|might|must|"
                          r"should)\b)[^,;.])*[.;]?$")
# After "..., the navy said in a statement": "and" or "but" and a predicate without a subject of its own
_PREDICATE_GOES_ON = re.compile(r"(?:\s+[\w’'-]+){0,4},\s+(?P<conjunction>(?:and|but)\s+(?:also\s+)?(?=(?:will|would|"
                                r"is|are|was|were|has|have|had|could|should|may|might|must|can)\s))")


def _second_hand(text: str) -> bool:
    """Whether ``text`` relays words from another outlet (_REPORTED_SECOND_HAND, whose every match holds
    "quoted" or "cited": a text without them is not searched; or "X said A, according to broadcaster Y")."""
    lower = folded(text)
    return ("quoted" in lower or "cited" in lower) and _REPORTED_SECOND_HAND.search(text) is not None or \
        "according to" in lower and _SAID_ACCORDING_TO_AN_OUTLET.search(text) is not None


def _outside(sentence: Sentence, quoted: list[tuple[int, int]]) -> str:
    """The sentence with quoted passages blanked (same length, so offsets hold)."""
    if not any(a < sentence.end and sentence.start < b for a, b in quoted):
        return sentence.text  # most sentences quote nobody: no copy of every character
    chars = list(sentence.text)
    for a, b in quoted:
        for i in range(max(a, sentence.start) - sentence.start, min(b, sentence.end) - sentence.start):
            if 0 <= i < len(chars):
                chars[i] = " "
    return "".join(chars)


@dataclass(slots=True)
class _Recent:
    """Who spoke or was named last, for the speakers a sentence does not name ("he", "the ministry")."""

    person: Mention | None = None
    institution: Mention | None = None
    ministry: Mention | None = None  # "the ministry said" means a ministry even after a fleet spoke
    source: Mention | None = None  # "the statement said" means the body whose statement was named last
    # people with the words around their name, for "the minister said" (the last one the text called so)
    titled: list[tuple[Mention, str, str]] = field(default_factory=list)
    body: Mention | None = None  # "..., it added" means the body that spoke last
    bloc: Mention | None = None  # "..., the alliance said" means the alliance or organisation named last
    # by head, then label: "the Navy said" means the navy named last, "the army said" the one army named
    units: dict[str, dict[str, Mention]] = field(default_factory=dict)
    # by the last word of its name: "the agency said" means the "Saudi Press Agency" named last
    heads: dict[str, Mention] = field(default_factory=dict)

    def saw(self, mention: Mention, text: str, sentence: Sentence) -> None:
        """Note ``mention``, named in ``sentence`` of ``text``, as the last of its kind."""
        if mention.type is EntityType.PERSON and mention.kind in ("person", "surname"):  # ("Vucic, who ...": him)
            self.person = mention
            start = max(sentence.start, mention.start - 60)
            around = text[start:min(sentence.end, mention.end + 60)]
            self.titled.append((mention, around.lower(), text[start:mention.start]))
        elif mention.type is EntityType.MILITARY_UNIT and (SHIP_NAME.match(mention.label) or _SHIP_BEFORE.search(
                text, max(0, mention.start - 60), mention.start) and not _FORCE_HEAD_AT_END.search(mention.label)):
            pass  # "led by the corvette Rezkiy": a ship, no body that issues statements ("the press service added")
        elif mention.type in (EntityType.ORGANIZATION, EntityType.MILITARY_UNIT):
            self.institution = mention
            if _MINISTRY.search(mention.label):
                self.ministry = mention
            force = _FORCE_HEAD_AT_END.search(mention.label) if mention.type is EntityType.MILITARY_UNIT else None
            if force:
                named = self.units.setdefault(_force_key(force.group(1)), {})
                named.pop(mention.label, None)  # the most recent last
                named[mention.label] = mention
        if mention.type in _ISSUERS and mention.kind != "demonym" and (
                _STATEMENT_AFTER.match(text, mention.end)
                or _STATEMENT_BY_BEFORE.search(text, max(0, mention.start - 30), mention.start)):
            self.source = mention  # "a KDF statement", "a statement by the ministry", "In a statement, NATO ..."
        if mention.type in (EntityType.ALLIANCE, EntityType.ORGANIZATION) and mention.kind in (
                "gazetteer", "grouping", "organisation") and not mention.part_of:
            self.bloc = mention
        if mention.type in (EntityType.ALLIANCE, EntityType.ORGANIZATION, EntityType.MILITARY_UNIT):
            for head in _heads(mention.label):
                self.heads[head] = mention

    def called(self, role: str, *, alone: bool = False,
               fits: Callable[[Mention, str], bool] | None = None) -> Mention | None:
        """The last person named beside ``role`` ("minister" for "Defence Minister X" or "X, the minister"); with
        ``alone``, none where another was named so shortly before (which of the two is meant is unsaid); with
        ``fits``, only one it accepts with the words right before the name ("Russian Deputy Foreign Minister ")."""
        word = re.compile(rf"(?<![\w-]){role}\b")  # (not "vice-president" for "the president")
        # (titled right before the name, or in an aside right after it: not "chaired by the Secretary General and
        # attended by President X", whose title is another's)
        # (nor a former holder: "then prime minister X" is not "the Prime Minister" who speaks now)
        matches = (person for person, around, before in reversed(self.titled)
                   if word.search(around) and _titled_beside(word, around, before)
                   and not _former_holder(before)
                   and (fits is None or fits(person, before)))
        last = next(matches, None)
        other = next((p for p in matches if p.label != last.label), None) if alone and last is not None else None
        return None if other is not None and last.start - other.start < 400 else last

    def pair_called(self, plural: str) -> tuple[Mention, Mention] | None:
        """The last two people named beside the role named in the ``plural`` ("The two presidents said", "Both
        ministers said"), no more than 600 characters apart, the earlier first; None unless there are just two."""
        plural = plural.lower()
        roles = _HEADS_OF_GOVERNMENT if plural == "leaders" else (plural[:-1],)
        word = re.compile(r"\b(?:" + "|".join(roles) + r")\b")
        people: list[Mention] = []
        for person, around, before in reversed(self.titled[-6:]):
            # (titled right before the name, or in an apposition right after it: "A met Peruvian President B" is
            # no minister's; "A and her Peruvian counterpart B" holds A's title)
            after = around[len(before) + len(person.text):]
            titled = word.search(before[-35:].lower()) or "counterpart" in before[-35:] or \
                after.startswith(", ") and word.search(after[:40])
            if titled and all(p.label != person.label for p in people):
                people.append(person)
        if len(people) != 2 or people[0].start - people[1].start > 600:
            return None
        return people[1], people[0]

    def holder(self, role: str, body: Mention) -> Mention | None:
        """The one person named lately with ``role`` of ``body`` ("NATO Secretary General X", "X, NATO's Secretary
        General"), held now and in full (not a deputy's or a former holder's office); None if none or several."""
        word = re.compile(rf"\b{role}\b", re.IGNORECASE)
        names = {body.text.lower(), body.label.lower()}
        # (a deputy titled before the name or after it: "X, NATO's Deputy Secretary General,")
        held = {person.label: (person, before) for person, around, before in self.titled if word.search(around)
                and any(name in around for name in names) and not _DEPUTY_OR_FORMER.search(before[-30:])
                and not _DEPUTY_OR_FORMER.search(around[len(before):len(before) + len(person.text) + 30])}
        # (the one titled so before the name first: "A, Secretary-General of the GCC HE B" is B's)
        titled_before = [person for person, before in held.values() if word.search(before)
                         and any(name in before.lower() for name in names)]
        if len(titled_before) == 1:
            return titled_before[0]
        return next(iter(held.values()))[0] if len(held) == 1 else None

    def forces(self, noun: str) -> list[Mention]:
        """The units named with the head ``noun`` ("Navy", "army"), the most recent last."""
        return list(self.units.get(_force_key(noun), {}).values())


def _titled_beside(word: re.Pattern[str], around: str, before: str) -> bool:
    """Whether ``word`` (a role, lower case) titles ``person``: in the words right before the name with no verb or
    "and" after it, or in the words after the name."""
    found = list(word.finditer(around, 0, len(before)))
    if not found or "counterpart" in around[max(0, len(before) - 30):len(before)]:
        return True  # (after the name: "X, the minister, ..."; "A met his counterpart X": A's title is X's too)
    return not _VERB_OR_JOIN.search(around, found[-1].end(), len(before))


_FORMER_TITLE_BEFORE_NAME = re.compile(r"\b(?i:then|former|ex)[\s-]+(?:[\w-]+\s+){1,3}$")


def _former_holder(before: str) -> bool:
    """Whether the words ``before`` a name title a former holder ("then prime minister X", "former president X")."""
    tail = before[-40:]
    return ("hen" in tail or "ormer" in tail or "x" in tail) and _FORMER_TITLE_BEFORE_NAME.search(tail) is not None
_VERB_OR_JOIN = re.compile(r"\b(?:and|attended|met|with|by|told|said|joined|called)\b")


def _subject_over_object(last: Mention, in_sentence: list[Mention], text: str, sentence: Sentence,
                         following: Sentence) -> Mention:
    """The person a "he" of the ``following`` sentence means after ``sentence``: the one it opens with, its
    subject, rather than ``last`` where that one is the object of a preposition ("Gen. X held talks with Prime
    Minister Y. He said ...": X), as readers take it. Not for "she", often the other of a man and a woman kg cannot
    tell apart ("X met Prime Minister Y. She said ..."), nor for one something was given "to" ("X handed the medal
    to Y. He said he accepted it ..."): the one named last."""
    if last.start < sentence.start:
        return last
    first = next((m for m in in_sentence if m.type is EntityType.PERSON and m.kind in ("person", "surname")), None)
    if first is None or first is last or first.label == last.label \
            or not _TITLES_ONLY.fullmatch(text, sentence.start, first.start) \
            or not (_PREPOSITION_AND_TITLES.search(text, max(sentence.start, last.start - 60), last.start)
                    or _VERB_THEN_TITLES.fullmatch(text, first.end, last.start)):
        return last
    pronoun = _FIRST_PRONOUN.search(following.text)
    return first if pronoun is not None and pronoun.group(0).lower() == "he" else last


# The words a sentence may open with before its subject's name ("Gen.", "Swedish Prime Minister", "The")
# (after an opening phrase set off: "In a statement released by the Kremlin, Putin thanked Kim.")
_TITLES_ONLY = re.compile(r"(?:[A-Z][^,;.]{0,80},\s+)?(?:(?:[Tt]he|[A-Z][\w.’'-]*)\s+){0,6}")
# "X thanked Y", "X met Prime Minister Y": the object of the subject's verb
_VERB_THEN_TITLES = re.compile(r"\s+(?:also\s+)?(?!(?:and|or|nor|who|which|said|says)\b)[a-z]{2,}\s+"
                               # ("thanked North Korean leader Y"; not "handed the medal to Y": given to)
                               r"(?:(?:(?!(?:to|for|with|from|by|at|in|on|of|about)\s)[a-z]+|"
                               r"[A-Z][\w.’'-]*)\s+){0,6}")
_FIRST_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_PREPOSITION_AND_TITLES = re.compile(r"\b(?:with|by|from|alongside|against|toward|towards)\s+"
                                     r"(?:(?:the|his|her|[A-Z][\w.’'-]*)\s+){0,6}$")


_PORTFOLIOS = r"(defen[cs]e|foreign|interior|home|internal|emergenc)"
_PORTFOLIO = re.compile(rf"\b{_PORTFOLIOS}", re.I)
_PORTFOLIO_AFTER = re.compile(rf"\s+(?:of|for)\s+(?:the\s+)?{_PORTFOLIOS}", re.IGNORECASE)


# A state's adjective before "ministry" (not the portfolio: "the Defense Ministry" may be the "Ministry of Defence")
_CAPITALISED_WORD = re.compile(r"\b(?!(?:The|Ministry|Defen[cs]e|Foreign|Interior|National|Affairs)\b)[A-Z][a-z]+\b")


_RELATIVE_SET_OFF_AT_END = re.compile(r",\s+(?:which|who)\s+[^,;“”\"]{2,120}$")
# The short noun phrase that ends the words before a verb ("the minister", "the Chilean navy")
_NOUN_PHRASE_AT_END = re.compile(r"(?:^|[,.”\"]\s*)(?P<np>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3})\s*$")


def _standing_for(referent: Mention, words: str, at: int) -> Mention:
    """A mention at ``at`` of ``referent`` by other ``words`` ("he", "the minister", "the alliance", "the agency"),
    as the speaker of a verb there."""
    return Mention(at, at, words, referent.label, referent.type, qid=referent.qid, kind="pronoun")


# "the office of the Ukrainian president", "the Moldovan presidential office", "the Ukrainian president's office"
_OFFICE_OF_A_HEAD = (r"(?:office\s+of\s+the\s+(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?P<head>president|"
                     r"prime\s+minister)|(?P<owner2>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:presidential\s+office|"
                     r"(?P<head2>president|prime\s+minister)['’]s\s+office))")
_HEAD_OF_STATES_OFFICE = re.compile(rf"(?:the\s+)?{_OFFICE_OF_A_HEAD}")
# ... speaking at the end of a clause: longer than the phrases that name other speakers
_OFFICE_OF_THE_HEAD_AT_END = re.compile(rf"[,.”\"]\s*(?P<np>the\s+{_OFFICE_OF_A_HEAD})\s*$")


def _ministry_meant(words: str, start: int, recent: _Recent, mentions: list[Mention]) -> Mention | None:
    """The ministry named last, if ``words`` (at ``start`` in the text: "the defence ministry") may mean it: not
    a foreign ministry, nor another state's (one of ``mentions`` in ``words`` names the state by adjective)."""
    ministry = recent.ministry
    owner = _CAPITALISED_WORD.search(words)
    if ministry is not None and owner is not None and owner.group(0) not in ministry.label and not any(
            m.type is EntityType.STATE and start <= m.start < start + len(words) and m.label in ministry.label
            for m in mentions):
        return None  # "the Russian ministry said" after the Indian Defense Ministry: another state's
    portfolio = _PORTFOLIO.search(words)
    if ministry is None or portfolio is None:
        return ministry
    # (the State Department is a foreign ministry: not "the Ministry of Defence" said after it)
    named = _PORTFOLIO.search(ministry.label.replace("State Department", "foreign"))
    return ministry if named is None or named.group(1)[:5].lower() == portfolio.group(1)[:5].lower() else None


_UNDER_ASIDE = re.compile(r",\s+under\s+[^,;]{2,60},")


# "Prime Minister X of Peru said", "analyst X of the Lima-based Y Institute said": where the person is from or works
_OF_THE_WORKPLACE = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*[-–]based\s+)?")


def _speaker_in(outside: str, mentions: list[Mention], recent: _Recent, sentence: Sentence,
                from_position: int = 0) -> Mention | None:
    """The speaker of a speech verb in ``outside`` (the sentence without its quotations), if any: of the first
    such verb from ``from_position`` on."""
    if not _SPEECH_WORDS.any_in(folded(outside)):
        return None
    asked = _ASKED_OPENING.match(outside)  # "Asked whether Yerevan had informed its allies, X said ...": X's verb
    verb = _SPEECH_CUE.search(outside, max(from_position, asked.end() if asked else 0))
    # (a passive needs an auxiliary: most sentences have none, and their verbs are not tested for one)
    auxiliary = " is " in outside or " are " in outside or " was " in outside or " were " in outside or \
        " be" in outside
    while verb is not None and (verb.group(0).lower() in ("concluded", "continued") and _AN_EVENT_GOES_ON.match(
            outside, verb.end()) or _NOT_BEFORE_VERB.search(outside, max(0, verb.start() - 24), verb.start())
            or _noun_use(outside, verb) or verb.group(0) == "posted" and _A_THING_BEFORE_PARTICIPLE.search(
                outside, max(0, verb.start() - 30), verb.start())
            or auxiliary and _passive_without_words(outside, verb) and _SPEECH_CUE.search(outside, verb.end())
            is not None):
        # "The drills concluded on Monday, the ministry said": the drills' end, no words; "Kyiv has not confirmed
        # that ..., and its General Staff said ...": no words said; "rejected the reports, saying ...": a noun;
        # "The move was welcomed by X, who said ...": a passive, no one's words; the verb after is the speech act
        verb = _SPEECH_CUE.search(outside, verb.end())
    if verb is None:
        return None
    verb = _reporting_verb(_SPEECH_CUE, outside, verb)
    if ", under " in outside:  # ("Seoul, under then President X, announced ...": the aside's person does not speak)
        outside = _UNDER_ASIDE.sub(lambda aside: " " * len(aside.group(0)), outside)
    candidates = [m for m in mentions if sentence.start <= m.start < sentence.end
                  and (m.type.value in _SPEAKER_WORDS and m.kind not in ("place", "demonym")
                       or m.label.endswith(" Headquarters"))  # "Defence Headquarters in Abuja said": its staff
                  and outside[m.start - sentence.start:m.end - sentence.start].strip()
                  and not _EXCEPTED.search(outside, 0, m.start - sentence.start)]  # "All allies except Denmark"
    people_ends = {m.end for m in candidates if m.type is EntityType.PERSON}
    if people_ends:  # "Prime Minister X of Peru said": the person, not the state their title is of
        # (nor the force or body: "Brig. Gen. X of the Peruvian Army, the exercise director, said")
        candidates = [m for m in candidates if m.type is EntityType.PERSON or not any(
            _OF_THE_WORKPLACE.fullmatch(outside, end - sentence.start, m.start - sentence.start) for end in people_ends
            if end <= m.start)]
    v_start, v_end = verb.start() + sentence.start, verb.end() + sentence.start
    word = verb.group(0).lower()
    if word == "declared" and _DECLARED_NO_WORDS.match(outside, verb.end()):
        return None  # "Britain declared war on Germany": an act, not words
    # (a perfect before the verb: no inversion after it, and no words after "has added" but a clause's)
    perfect = _PERFECT_BEFORE_VERB.search(outside, max(0, verb.start() - 24), verb.start())
    if word == "added" and perfect and not _WORDS_OPEN_AFTER.match(outside, verb.end()):
        return None  # "NATO has since added troops to Poland": what was added, no words
    added = next((m for m in mentions if m.type is EntityType.STATE and m.start == v_end + 1), None) \
        if word == "added" else None
    if added is not None and _ADDED_AS_OBJECT.match(outside, added.end - sentence.start):
        return None  # "BRICS added South Africa in 2010": a member added, no words
    if word in _NOUNS_TOO and _POSSESSIVE_BEFORE_NOUN.search(outside, max(0, verb.start() - 40), verb.start()) \
            and _NOUN_FOLLOWERS.match(outside, verb.end()):
        return None  # "overlaps with China's sweeping claims in the sea": a noun (not "Russia's ministry claims X")
    if _passive_without_words(outside, verb):
        return None
    relayed = _RELAYED.search(outside) if "quoted" in outside else None
    if relayed:
        inside = [m for m in candidates if relayed.start(1) <= m.start - sentence.start < relayed.end(1)]
        people = [m for m in inside if m.type is EntityType.PERSON]
        if people or inside:
            return (people or inside)[-1]
    if _RELATIVE_PRONOUN_BEFORE.search(outside[:verb.start()]) and not _PAUSE_BEFORE.search(outside[:verb.start()]):
        return None  # a relative clause ("which X said do not work"): not the sentence's speech act
    pronoun_subject = _PRONOUN_BEFORE.search(outside[:verb.start()])
    earlier = [m for m in candidates if m.type is EntityType.PERSON and m.end <= v_start] if pronoun_subject else []
    if earlier and _PAUSE_BEFORE_PRONOUN.search(outside, 0, pronoun_subject.start()):
        return earlier[-1]  # "X, a former chief of staff, put it bluntly: the region, he said, ...": X
    if pronoun_subject and recent.person is not None:
        return _standing_for(recent.person, pronoun_subject.group(1), v_start)
    if recent.person is not None and _PRONOUN_THEN_SECOND_VERB.match(outside, 0, verb.start()):
        # "He did not rule out X, but said ...": the second verb of the sentence "he" opens
        return _standing_for(recent.person, outside.split()[0], v_start)
    if word == "according to":
        # "According to Kovac, ...", "According to Namibian Chief of the General Staff X, ...": the name
        # before the comma, a person first.
        # (a person's titles may be long: "according to Norwegian Joint Headquarters spokesperson Lieutenant Colonel X")
        after = [m for m in candidates if m.start >= v_end
                 and m.start - v_end <= (90 if m.type is EntityType.PERSON else 60)
                 and "," not in outside[v_end - sentence.start:m.start - sentence.start]
                 and not _UNNAMED_MEMBER.match(outside, m.end - sentence.start)]  # "a US Navy official"
        # (a person first; an owner last: "according to Egypt's state news agency MENA" is MENA's)
        after = sorted(after, key=lambda m: (m.type is not EntityType.PERSON,
                                             outside.startswith(("'s", "’s"), m.end - sentence.start)))
        if len(after) >= 2 and after[0].type in _BODIES and after[1].type in _BODIES and after[0].end < after[1].start \
                and _BODYS_AGENCY_NAMED.fullmatch(outside, after[0].end - sentence.start,
                                                  after[1].start - sentence.start):
            after = after[1:]  # "according to the UN refugee agency UNHCR": the agency named after its body's
        titled = _TITLE_THEN_RANKED_NAME.match(outside, verb.end()) \
            if after and after[0].type is not EntityType.PERSON else None
        person = next((m for m in candidates if titled and m.type is EntityType.PERSON
                       and 0 <= m.start - (sentence.start + titled.end()) <= 40), None)
        if person is not None:  # "According to Nigeria's Chief of Defence Staff, General X, ...": the ranked name
            return person
        if after:
            return after[0]
        officials = _OFFICIALS_OF.match(outside, verb.end() + 1)
        state = next((m for m in mentions if officials and m.kind == "demonym" and m.type is EntityType.STATE
                      and m.start - sentence.start == officials.start(1)), None)
        if state is not None:  # "According to the Kazakh side, ...", "..., according to Tajik officials": the state
            return state
        titled = _TITLE_THEN_RANKED_NAME.match(outside, verb.end())
        person = next((m for m in candidates if titled and m.type is EntityType.PERSON
                       and 0 <= m.start - (sentence.start + titled.end()) <= 40), None)
        if person is not None:  # "According to the Chief of the Defence Force, Admiral X, ...": the ranked name
            return person
        pronoun = re.match(r"\s*(him|her)\b", outside[verb.end():])
        if pronoun and recent.person is not None:
            return recent.person
        role = _ROLE_NOUN.match(outside, verb.end() + 1) if outside.startswith(" the ", verb.end()) else None
        if role is not None and _ENDS_THE_CLAUSE.match(outside, role.end()):
            # "..., according to the minister.": the one the text called the minister
            word = re.sub(r"[\s-]+", r"[\\s-]+", role.group(1).lower())
            person = recent.called(word, alone=True)
            if person is not None:
                return _standing_for(person, role.group(0), v_start)
        by_head = _BODY_BY_HEAD.match(outside, verb.end() + 1) if outside.startswith(" the ", verb.end()) else None
        named = recent.heads.get(by_head.group(1).lower()) if by_head and _ENDS_THE_CLAUSE.match(
            outside, by_head.end()) else None
        if named is not None:  # "..., according to the centre.": the "Centre of Excellence" named before
            return _standing_for(named, by_head.group(0), v_start)
        service = _SERVICE_AFTER.match(outside, verb.end())
        if service and recent.institution is not None and service.group(1).lower() in recent.institution.label.lower():
            return recent.institution  # "The Chilean navy said ... . Ships will arrive, according to the navy."
        office = _STATEMENT_OF_A_STATES_OFFICE.match(outside, verb.end())
        owner = next((m for m in mentions if office and m.kind == "demonym" and m.type is EntityType.STATE
                      and m.start - sentence.start == office.start("np")), None)
        if owner is not None:  # "..., according to a statement from the Somali presidency": that office
            return _office_named(sentence.start + office.start("np"), office.group("np"))
        bloc_voice = _BLOC_NOUN.match(outside, verb.end() + 1) if outside.startswith(" the ", verb.end()) else None
        if bloc_voice is not None and _ENDS_THE_CLAUSE.match(outside, bloc_voice.end()):
            # "..., according to the alliance's press service.": the alliance named last
            # (an alliance, where the text says "the alliance": not the alliance's staff named after it)
            kinds = (EntityType.ALLIANCE,) if "alliance" in bloc_voice.group(0).lower() else \
                (EntityType.ALLIANCE, EntityType.ORGANIZATION)
            named = [m for m in mentions if m.end <= v_start and m.type in kinds]
            bloc = named[-1] if named else recent.bloc
            if bloc is not None:
                return _standing_for(bloc, bloc_voice.group(0), v_start)
        body = _BODY_AFTER.match(outside, verb.end())  # "..., according to the ministry."
        # (with the portfolio after it: "according to the Ministry of Defence" is no foreign ministry named before)
        portfolio = _PORTFOLIO_AFTER.match(outside, body.end()) if body else None
        if body and "ministr" in body.group(0).lower() and _ministry_meant(
                body.group(0) + (portfolio.group(0) if portfolio else ""), sentence.start + body.start(), recent,
                mentions) is not None:
            return recent.ministry
        if body and _STATEMENT.search(body.group(0)) and recent.source is not None:
            return recent.source
        named = _NAMED_MINISTRY.match(outside, verb.end() + 1) if body and "ministr" in body.group(0).lower() \
            else None
        if named is not None and _ENDS_THE_CLAUSE.match(outside, named.end()):
            # "According to the Ministry of Defence, ...": a ministry the text names by its title alone
            return _office_named(sentence.start + named.start("name"), named.group("name"))
        if body and "ministr" in body.group(0).lower():
            return None  # a ministry the text has not named is no other body it has
        if body and recent.institution is not None and any(
                word[:1].isupper() and word not in recent.institution.label for word in body.group(0).split()[1:]):
            return None  # "according to the Arica fire department": a body of its own, not the one named before
        return recent.institution if body else None
    # "X said", "X, the Y, said", "said X": the nearest mention before the verb, else just after it.
    # A person's apposition may be long ("X, a security analyst at the Belgrade Centre for Security Policy,").
    # (the gap without the blank of a relative clause taken out: "Moscow, which has warned that A, has said B")
    before = [m for m in candidates if m.end <= v_start and len(
                  outside[m.end - sentence.start:v_start - sentence.start].strip()) <= (
                  200 if m.type is EntityType.PERSON or _SET_OFF_RELATIVE.fullmatch(
                      outside, m.end - sentence.start, v_start - sentence.start) else 60) + (
                  120 if m.type is EntityType.PERSON and _PERSONS_RELATIVE_CLAUSE.fullmatch(
                      outside, m.end - sentence.start, v_start - sentence.start) else 0)
              and not _IN_RELATIVE_CLAUSE.search(outside[:m.start - sentence.start])
              and not _STOP_BEFORE_VERB.search(outside[m.end - sentence.start:v_start - sentence.start])
              # ("the former Nauru president said": a person the state qualifies, not the state)
              and not (m.type is EntityType.STATE and _PERSON_ROLE_BEFORE_VERB.fullmatch(
                  outside, m.end - sentence.start, v_start - sentence.start))
              and (_names_the_speaker(outside[m.end - sentence.start:v_start - sentence.start])
                   # "... was criticised by X, who said ...", "... by the ministry, which said ...": the clause
                   # set off after an object is its speech act (not "X, which had confirmed A, withdrew")
                   or _SET_OFF_SPEECH_CLAUSE.fullmatch(outside, m.end - sentence.start, v_start - sentence.start)
                   and _OBJECT_POSITION.search(outside, 0, m.start - sentence.start)
                   or (m.type is EntityType.PERSON
                       and (_person_apposition(outside[m.end - sentence.start:v_start - sentence.start])
                            or _ACTS_THEN_SPEAKS.fullmatch(outside, m.end - sentence.start,
                                                           v_start - sentence.start)
                            or _PERSONS_RELATIVE_CLAUSE.fullmatch(outside, m.end - sentence.start,
                                                                  v_start - sentence.start))))]
    if before and word not in _SPEAKING_PARTICIPLES and before[-1].type in _BODIES:
        # "The NATO Secretary General said ...": the one the text named with that title, not the body
        body = before[-1]
        office = _OFFICER_OF_THE_BODY.fullmatch(outside, body.end - sentence.start, v_start - sentence.start)
        # (one holder only, titled with this body's name before or after: not "the NATO Secretary General" after
        # NATO's deputy, a former one or another body's)
        holder = recent.holder(re.sub(r"[\s-]+", r"[\\s-]+", office.group("role").lower()), body) \
            if office and _THE_BEFORE_BODY.search(outside, 0, body.start - sentence.start) else None
        if holder is not None:
            return _standing_for(holder, outside[body.start - sentence.start:v_start - sentence.start], v_start)
    if before and word not in _SPEAKING_PARTICIPLES:
        best = before[-1]
        if _AND_BEFORE_VERB.search(outside, 0, verb.start()):
            # "X thanked Portugal and said ...": the subject of the first verb says it, a person first ("Sweden is
            # not a member of NATO and has said ...": the sentence's subject, not the body its predicate names)
            people = [m for m in before if m.type is EntityType.PERSON]
            opening = next((m for m in candidates if m.end <= v_start
                            and _SUBJECT_OPENING.fullmatch(outside, 0, m.start - sentence.start)), None)
            return people[0] if people else opening if opening is not None else before[0]
        if best.type is not EntityType.PERSON and any(
                (m.type is best.type or m.type in _BODIES and best.type in _BODIES)
                and _LIST_GAP.fullmatch(outside, m.end - sentence.start, best.start - sentence.start)
                # (not a list in an apposition: "Austria, a member of the EU and the OSCE, has said": Austria)
                and not _APPOSITION_OPEN_BEFORE.search(outside, 0, m.start - sentence.start)
                for m in candidates) and \
                outside[best.end - sentence.start:v_start - sentence.start].strip(" ,") in _LIST_SPEAKS_GAPS:
            # "The US and South Korea said ...": each of the list speaks (see _co_speakers); but "A, B and C have
            # confirmed that they ...": the words are the list's plan, no one's speech
            return best if word in _LIST_SPEECH_VERBS and _co_speakers(best, candidates, sentence) else None
        # "Xu Yan, China's defence minister, told ...": the person before the apposition speaks.
        # "Armenia, one of the founding members of the CSTO, announced ...": so does a state or body.
        for speaker in sorted(before, key=lambda m: m.type is not EntityType.PERSON):
            between = outside[speaker.end - sentence.start:v_start - sentence.start]
            if any(m.start > speaker.end + between.rfind(",") for m in before):
                continue  # ("a Chilean officer, Commodore X, will serve as ..., the Pentagon confirmed": its own)
            # ("the Alliance of Sahel States (AES), the confederation ..., described": past its acronym)
            if re.fullmatch(r"(?:\s*\([A-Z][\w-]{1,10}\))?,\s+(?:[^.;]|(?<=\b[A-Z])\.){2,90},\s*(?:\w+\s+){0,2}",
                            between) or (
                    speaker.type is EntityType.PERSON and (_person_apposition(between)
                                                           or _PERSONS_RELATIVE_CLAUSE.fullmatch(between))):
                return speaker
        # "Kremlin spokesman Dmitry Peskov": the person after an institution speaks, not the institution.
        people = [m for m in before if m.type is EntityType.PERSON]
        if people and people[-1].end > best.start - 2:
            best = people[-1]
        return best
    if word in _SPEAKING_PARTICIPLES:  # "X criticized the drills, saying ...": the subject, a person first
        opening = _PRONOUN_OPENING.match(outside)
        if opening is not None and recent.person is not None:
            # "He did not name Russia directly, noting that ...": the person "he" is, not the state named
            return _standing_for(recent.person, opening.group("pronoun"), v_start)
        earlier = [m for m in candidates if m.start < v_start]
        clause = _BLOC_OPENS_LAST_CLAUSE.search(outside, 0, v_start - sentence.start)
        if clause is not None and not any(m.start - sentence.start >= clause.start("bloc") for m in earlier):
            # "A applied to join NATO, but the alliance's 31 members have declined ..., saying only that ...":
            # the alliance, the subject of the clause the participle goes on with
            kinds = (EntityType.ALLIANCE,) if "alliance" in clause.group("bloc").lower() else \
                (EntityType.ALLIANCE, EntityType.ORGANIZATION)
            bloc = next((m for m in reversed(earlier) if m.type in kinds), recent.bloc)
            if bloc is not None:
                return _standing_for(bloc, clause.group("bloc"), v_start)
        if earlier and outside[earlier[-1].end - sentence.start:v_start - sentence.start] == " " and \
                _AND_OR_WITH.search(outside, 0, earlier[-1].start - sentence.start):
            # "..., with its foreign ministry saying that ...", "..., and NATO saying it was watching": the
            # subject of the clause "saying" opens
            return earlier[-1]
        people = [m for m in earlier if m.type is EntityType.PERSON]
        if not people and len(earlier) > 1 and earlier[0].type is EntityType.STATE and \
                earlier[1].type is not EntityType.STATE and outside.startswith(
                    ("'s ", "’s "), earlier[0].end - sentence.start) and earlier[1].start - earlier[0].end <= 3:
            earlier = earlier[1:]  # "Peru's Bureau for Border Policies condemned X, saying ...": the body, not Peru
        if people or not earlier or word != "saying":
            return (people or earlier or [None])[0]
        last = 0  # "A and B issued a joint statement saying ...": the list's last, whom the others join (_co_speakers)
        while last + 1 < len(earlier) and earlier[last + 1].type is earlier[0].type and _CO_SPEAKER_GAP.fullmatch(
                outside, earlier[last].end - sentence.start, earlier[last + 1].start - sentence.start):
            last += 1
        return earlier[last]
    # "said X", "said Lieutenant General X": the name right after the verb, past any title (an inversion, which
    # no auxiliary opens: "the union has since added Armenia" names what was added)
    after = [] if perfect else [m for m in candidates if m.start >= v_end and (m.start - v_end <= 3 or re.fullmatch(
        # ("asked the Hungarian Foreign Minister Peter Szijjarto": a title after "the", the name after it)
        # ("said Petty Officer 2nd Class X": an ordinal in the rank)
        rf"\s+(?:the\s+)?[A-Z][\w.-]*\s+(?:{RETIRED_MARK}\s+)?(?:(?:[A-Z][\w.-]*|\d(?:st|nd|rd|th)|of|for|the)\s+)"
        r"{0,4}",
        outside[v_end - sentence.start:m.start - sentence.start]) or _ROLE_THEN_NAME.fullmatch(
        outside, v_end - sentence.start, m.start - sentence.start) or m.type is EntityType.PERSON
        and (_BODY_ROLE_THEN_NAME.fullmatch(outside, v_end - sentence.start, m.start - sentence.start)
             or _EXPERT_THEN_NAME.fullmatch(outside, v_end - sentence.start, m.start - sentence.start)))
        and not _VERB_AFTER_NAME.match(outside, m.end - sentence.start)  # "said Chile would": the words' subject
        # ("said the Azerbaijani President X's aide Y": the aide, not X)
        and not (m.type is EntityType.PERSON and outside.startswith(("'s", "’s"), m.end - sentence.start))]
    if after:
        owned = next((m for m in candidates if m.type is EntityType.PERSON and m.start > after[0].end
                      and _POSSESSIVE_THEN_TITLE.fullmatch(outside, after[0].end - sentence.start,
                                                           m.start - sentence.start)), None)
        if owned is not None:
            return owned  # "said Turkey's President Recep Tayyip Erdogan": the person, not the state
        titled = next((m for m in candidates if m.type is EntityType.PERSON and m.start > after[0].end
                       and after[0].type is not EntityType.PERSON and _BODYS_TITLE_SET_OFF.fullmatch(
                           outside, after[0].end - sentence.start, m.start - sentence.start)), None) \
            if outside.startswith(" ", after[0].end - sentence.start) else None
        if titled is not None:
            # "said NATO Assistant Secretary General for Political Affairs, Ambassador X": the holder of the title
            return titled
        holder = next((m for m in candidates if m.type is EntityType.PERSON and m.start > after[0].end
                       and after[0].type is not EntityType.PERSON and _TITLE_OF_THE_BODY.fullmatch(
                           outside, v_end - sentence.start, after[0].start - sentence.start)
                       and _HOLDER_SET_OFF.fullmatch(outside, after[0].end - sentence.start,
                                                     m.start - sentence.start)), None)
        if holder is not None:
            # "said the Secretary General of the IOC, Mr. X": the holder of the body's office, set off after it
            return holder
        member = next((m for m in after[1:] if m.type is EntityType.PERSON), None)
        if member is not None and (_PARTY_MEMBER_GAP.fullmatch(
                outside, after[0].end - sentence.start, member.start - sentence.start)
                or after[0].type is not EntityType.PERSON and (_ROLE_BEFORE_NAME.fullmatch(
                    outside, after[0].end - sentence.start, member.start - sentence.start)
                    or _RANK_BEFORE_NAME.fullmatch(outside, after[0].end - sentence.start,
                                                   member.start - sentence.start))):
            # "said National Alliance MP Janis Krumins", "said State Department spokesman Ned Price", "said U.S.
            # Army Maj. Gen. X": the member, the official or the officer, not the party, the body or the service
            return member
        return after[0]
    prefix = outside[:verb.start()].rstrip(" ,")
    if _AND_IT_BEFORE.search(outside, 0, verb.start()):
        opening = next((m for m in candidates if m.type is EntityType.STATE
                        and _SUBJECT_OPENING.fullmatch(outside, 0, m.start - sentence.start)), None)
        if opening is not None:  # "Astana has not recognised X, and it has said that ...": the state
            return opening
    style = _HIGHNESS.search(prefix) if "ighness" in prefix or "ajesty" in prefix else None
    if style is not None:  # "His Royal Highness (the Crown Prince) said": the one the text styled so right before
        # his name ("His Royal Highness Crown Prince X"), else the one it titled so
        role_words = style.group("role").lower().split() if style.group("role") else []
        styled = next((p for p, _, before in reversed(recent.titled) if (styled_by := _STYLED_BEFORE_NAME.search(
            before)) is not None and all(word in styled_by.group(0).lower() for word in role_words)), None)
        words = (style.group("role").lower(),) if style.group("role") else _ROYALS
        person = styled or next((p for word in words if (p := recent.called(word)) is not None), None)
        if person is not None:
            return _standing_for(person, style.group(0), v_start)
    # (or "the office of the Ukrainian president", longer than the phrases that name a speaker otherwise)
    # ("The bloc, which was founded in 1975, said": the noun phrase before the relative clause set off)
    relative = _RELATIVE_SET_OFF_AT_END.search(prefix) if ", wh" in prefix else None
    np_end = relative.start() if relative is not None else len(prefix)
    tail = _NOUN_PHRASE_AT_END.search(prefix, 0, np_end) or _OFFICE_OF_THE_HEAD_AT_END.search(prefix)
    inverted = tail is None and prefix.endswith(("”", '"'))
    if inverted:
        tail = _INVERTED_SUBJECT.match(outside, verb.end())  # '"...," said the minister.': the one so called
    if tail:
        np = tail.group("np").strip()
        if verb.group(0) == "quoted as saying":
            np = _PASSIVE_AUXILIARY_AT_END.sub("", np)  # '"...," he was quoted as saying': "he"
        if _PRONOUN.match(np) and recent.person is not None:
            return _standing_for(recent.person, np, v_start)
        role = _ROLE_NOUN.fullmatch(_ADVERB_AT_END.sub("", np))  # ("The Deputy Minister also informed ...")
        # ("..., the diplomat stressed": the one the text called a foreign minister, an ambassador or an envoy)
        # (not after "a Chinese diplomat" of its own sentence: the one met, unnamed)
        words = _ROLES_A_NOUN_MAY_MEAN.get(role.group(1).lower(), (role.group(1).lower(),)) if role else ()
        # ("the Secretary-General said" after "Secretary General X": however the title is hyphenated)
        words = tuple(re.sub(r"[\s-]+", r"[\\s-]+", word) for word in words)
        qualified = _QUALIFIED_MINISTER.search(np) if words == ("minister",) else None
        if qualified is not None:  # "the Prime Minister said": the one so called, not the last minister of any kind
            kind = qualified.group(1).lower().replace("defence", "defen[cs]e").replace("defense", "defen[cs]e")
            words = (f"{kind}[\\s-]+minister",) + (() if kind == "prime" else words)
        if len(words) > 1 and re.search(rf"\b{words[0]}", outside[:tail.start()]):
            words = words[:1]
        # (after the quote, only where one person was so called lately: not after "A's defence minister met his
        # counterpart B")
        # ("the senior Russian diplomat": one whose title before the name has the adjective too; "the head of
        # state": one whose title right before the name is the president's, not one named after him)
        adjective = re.search(r"(?<!^)\b(?P<adjective>(?-i:[A-Z][a-z]+))\s+\S+$", np) if role else None
        fits = _of_nationality(adjective.group("adjective")) if adjective else \
            _titled_head_of_state if role and role.group(1).lower().endswith("of state") else None
        person = next((p for word in words if (p := recent.called(word, alone=inverted, fits=fits)) is not None), None)
        if person is not None:  # "..., the minister said": the one the text called the minister
            return _standing_for(person, np, v_start)
        if np.lower() in ("it", "it also") and recent.body is not None and recent.body.type is not EntityType.STATE:
            return recent.body  # "Observers have also been invited, it added": the ministry that spoke
        if _BLOC_NOUN.fullmatch(np):  # "NATO will ..., the alliance said": the alliance named last
            named = [m for m in candidates if m.end <= v_start and m.type in (EntityType.ALLIANCE,
                                                                              EntityType.ORGANIZATION)]
            bloc = named[-1] if named else recent.bloc
            if bloc is not None:  # standing where the verb is, as "he" does: the words are before it
                return _standing_for(bloc, np, v_start)
        if _MINISTRY_OFFICIAL.fullmatch(np):  # "X's defence ministry summoned Y, a ministry official said"
            # (none where two ministries of the sentence may be meant)
            named = {m.label for m in candidates if m.end <= v_start and m.type is EntityType.ORGANIZATION
                     and _MINISTRY.search(m.label)}
            ministry = next((m for m in reversed(candidates) if m.label in named), recent.ministry) \
                if len(named) <= 1 else None
            if ministry is not None:
                return _standing_for(ministry, np, v_start)
        head_noun = _BODY_BY_HEAD.fullmatch(np)
        key = head_noun.group(1).lower() if head_noun else None
        # (one named in this sentence, before the verb: "X (SOCAFRICA) leads it, the command said")
        named_by_head = next((m for m in reversed(candidates) if key and m.end <= v_start and m.type in (
            EntityType.ALLIANCE, EntityType.ORGANIZATION, EntityType.MILITARY_UNIT) and key in _heads(m.label)),
            recent.heads.get(key) if key else None)
        if named_by_head is not None:  # "..., the agency said": the "Saudi Press Agency" named before
            return _standing_for(named_by_head, np, v_start)
        office = _HEAD_OF_STATES_OFFICE.fullmatch(np)
        group = "owner" if office and office.group("owner") else "owner2"
        owner = next((m for m in mentions if office and m.kind == "demonym" and m.type is EntityType.STATE
                      and m.start - sentence.start == tail.start("np") + office.start(group)), None)
        if owner is not None:  # "..., the office of the Ukrainian president said": that office
            head = office.group("head") or office.group("head2") or "president"
            name = f"Office of the {head.title()} of {owner.label}"
            start = sentence.start + tail.start("np")
            return Mention(start, start + len(np), np, name, EntityType.ORGANIZATION, kind="org")
        officials = _OFFICIALS_OF.fullmatch(np)  # (np opens at tail.start("np") of the sentence's text)
        state = next((m for m in mentions if officials and m.kind == "demonym" and m.type is EntityType.STATE
                      and m.start - sentence.start == tail.start("np") + officials.start(1)), None)
        if state is not None:  # "Tajik officials have said": the state
            return state
        np_start = sentence.start + tail.start("np")
        bare = _ADVERB_AT_END.sub("", np)  # ("The ministry also said ...")
        if (_INSTITUTION_NOUN.match(bare) or _NAMED_MINISTRY.fullmatch(bare)) and "ministr" in bare.lower():
            meant = _ministry_meant(bare, np_start, recent, mentions)
            named = _NAMED_MINISTRY.fullmatch(bare) if meant is None else None
            if named:  # "..., the Ministry of Defence said": a ministry the text names by its title alone
                return _office_named(np_start + named.start("name"), named.group("name"))
            return meant  # (None: a ministry the text has not named)
        if _INSTITUTION_NOUN.match(bare) and _STATEMENT.search(bare):
            # the body whose statement was named, or the last that spoke (not the last one named: "under the UN
            # mandate")
            return recent.source or recent.body
        owner = next((m for m in mentions if m.type is EntityType.STATE and m.kind == "demonym"
                      and np_start <= m.start < np_start + len(np)), None) if _PRESS_OFFICE_AT_END.search(np) else None
        if owner is not None and (recent.institution is None or owner.text not in recent.institution.label):
            # "..., the Kyrgyz presidential press service said": that state's service, not the last body named
            name = _ARTICLE_OPENING.sub("", np)
            return _office_named(np_start + len(np) - len(name), name)
        # (first: "an Army spokesperson said" is the army's, not the Air Force named after it)
        head = _FORCE_NOUN.fullmatch(np)
        named = recent.forces(head.group(1)) if head else []
        if named and (len(named) == 1 or head.group(1)[0].isupper() and np[:2].lower() != "a "):
            return named[-1]  # "the Navy said": the navy named last; "a Navy official said": the only one
        if _INSTITUTION_NOUN.match(np) and "ministr" not in np.lower() and recent.institution is not None:
            qualifier = _QUALIFIED_SPOKESPERSON.match(np) or _BODYS_SPOKESPERSON.match(np)
            if qualifier is not None and qualifier.group(1).lower().replace("defense", "defence") not in \
                    recent.institution.label.lower().replace("defense", "defence"):
                # "a Defence spokesperson confirmed" after AUKUS: a department the text has not named; "an embassy
                # spokesperson said" after the Royal Navy: the embassy named by its noun, or none the text names
                return recent.heads.get(qualifier.group(1).lower())
            return recent.institution  # a ministry the text has not named is no other body it has
        titled = _TITLED_OFFICE.fullmatch(np)
        if titled is not None:  # "..., the Presidential Communications Directorate said": a body by its title
            return _office_named(np_start + titled.start("name"), titled.group("name"))
    return None


# A body kg does not know, named by its capitalised title ("the Presidential Communications Directorate")
_TITLED_OFFICE = re.compile(r"(?:the\s+)?(?P<name>(?:[A-Z][\w-]+\s+){1,4}(?:Directorate|Office|Agency|Service|"
                            r"Department|Administration|Bureau|Secretariat|Presidency|Commission|Committee))")


def _office_named(start: int, name: str) -> Mention:
    """A speaking office kg knows only by the words that name it at ``start`` ("the Ministry of Defence", "the
    Somali presidency", "Kyrgyz presidential press service")."""
    return Mention(start, start + len(name), name, name, EntityType.ORGANIZATION, kind="org")


# ("a Defence spokesperson": a word, not an acronym such as "an MoD spokesperson", "an IDF spokesperson")
_QUALIFIED_SPOKESPERSON = re.compile(r"(?:the\s+|an?\s+)?([A-Z][a-z]{2,})\s+spokes(?:man|woman|person)$")
_BODYS_SPOKESPERSON = re.compile(r"(?:the\s+|an?\s+)?(embassy|consulate|mission|navy|army|police)\s+"
                                 r"spokes(?:man|woman|person)$")


_SPEECH_VERB_RIGHT_AFTER = re.compile(r"[,.?!]?[”\"]?,?\s+(?:said|says|asked|added|told|stressed|noted)\b")
_POSSESSIVE_THEN_TITLE = re.compile(r"(?:'s|’s)\s+(?:[A-Z][\w.-]*\s+){0,4}")
_WORDS_OPEN_AFTER = re.compile(r"\s*(?:that\b|[:,“\"])")
_PERFECT_BEFORE_VERB = re.compile(r"\b(?:has|have|had)\s+(?:(?:since|also|now|already|just|[a-z]+ly)\s+)?$")
_INVERTED_SUBJECT = re.compile(r"\s+(?P<np>the\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)\s*(?:[.;]|,(?!\s+[A-Z])|$)")
# Speech verbs that are nouns too, and the possessive that makes them nouns ("China's sweeping claims")
_NOUNS_TOO = frozenset({"claims", "notes", "reports", "remarks", "comments", "statements", "warnings"})
_NOUN_FOLLOWERS = re.compile(r"\s*(?:[,.;)]|$|\s(?:in|to|of|over|on|about|for|against|and|were|was|are|is|have|has)\b)")


def _noun_use(text: str, word: re.Match[str]) -> bool:
    """Whether a speech verb that is a noun too is a noun after an article ("rejected the reports, saying ...")."""
    return word.group(0).lower() in _NOUNS_TOO and _ARTICLE_BEFORE_NOUN.search(
        text, max(0, word.start() - 12), word.start()) is not None and \
        _NOUN_FOLLOWERS.match(text, word.end()) is not None


# "In a message posted on social media, X said": the participle of a thing, not a speaker's verb
_A_THING_BEFORE_PARTICIPLE = re.compile(r"\b(?i:an?|the|its|his|her|their)\s+(?:[a-z-]+\s+){1,2}$")
_ARTICLE_BEFORE_NOUN = re.compile(r"\b(?i:the|these|those|such|media|news|press)\s+$")
_POSSESSIVE_BEFORE_NOUN = re.compile(r"(?:['’]s|\b(?:its|their|his|her|our))\s+(?:[a-z-]+\s+){0,2}$")
_PASSIVE_AUXILIARY_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$")
_AS_SAYING_AFTER = re.compile(r"\s+(?:by\s+[^,;]{1,60}?\s+)?as\s+(?:saying|telling)\b")
_VERB_AFTER_NAME = re.compile(r"\s+(?:would|will|is|are|was|were|has|have|had|could|should|must|may|might|can|"
                              r"did|does|do|plans|intends|wants)\b")
# ("the corvettes Rezkiy and Aldar Tsydenzhapov": the second ship too; not "the destroyer X and Pacific Fleet
# support vessels", a fleet)
_SHIP_BEFORE = re.compile(rf"\b(?:{SHIP_NOUNS})s?\s+(?:the\s+)?(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}}\s+and\s+)?$")
# ... and its press service ("the fleet's press service said": the Baltic Fleet named before)
_BODY_BY_HEAD = re.compile(r"the\s+(agency|forum|presidency|council|commission|secretariat|embassy|mission|consulate|"
                           r"community|force|corps|command|fleet|centre|center)"
                           r"(?:['’]s\s+press\s+(?:service|office))?",
                           re.IGNORECASE)
# A head inside a name that ends in its region or service: "Special Operations Command Africa", "Command Pacific"
_COMMAND_INSIDE = re.compile(r"\b(Command)\s+[A-Z][\w-]*$|\b(Cent(?:re|er))\s+of\s+[A-Z][\w-]*$")
_HEAD_BEFORE_OF = re.compile(r"(Embassy|Mission|Delegation|Consulate)\s+of\s")


def _heads(label: str) -> tuple[str, ...]:
    """The nouns a body named ``label`` may be called by ("the agency" for the "Saudi Press Agency", "the
    command" for "Special Operations Command Africa", "the centre" for a "Centre of Excellence"), lower-cased."""
    inside = _COMMAND_INSIDE.search(label)
    last = label.rsplit(None, 1)[-1].lower()
    # ("the centre" for the "NATO Energy Security Centre of Excellence")
    if inside:
        return last, (inside.group(1) or inside.group(2)).lower()
    # ("the embassy" for the "Embassy of the United States in Armenia")
    head_of = _HEAD_BEFORE_OF.match(label)
    return (last, head_of.group(1).lower()) if head_of else (last,)
# The subject of a sentence's last clause, if "the alliance" or its members ("..., but the alliance's 31 members have
# declined to ..., saying"): no other clause after it
_BLOC_OPENS_LAST_CLAUSE = re.compile(r"(?:[,;]\s+(?:but|while|and|yet)\s+|;\s+)(?P<bloc>the\s+(?:alliance|bloc|"
                                     r"organi[sz]ation)(?:['’]s\s+(?:\d+\s+|[a-z]+\s+)?(?:members|allies|"
                                     r"member\s+states|leaders))?)\s+(?:[^,;]|,(?=\d))*,\s+$")
# ("the alliance's press service said": the alliance's own voice)
# ("an alliance official said": the alliance speaks, as "a NATO official said" is NATO)
_BLOC_NOUN = re.compile(r"the\s+(?:[\w-]+-led\s+)?(?:alliance|bloc|organi[sz]ation|grouping)"
                        r"(?:['’]s\s+(?:press\s+(?:service|office)|spokes(?:man|woman|person)))?|"
                        r"(?:an?|the)\s+(?:senior\s+)?(?:alliance|bloc)\s+(?:official|spokes(?:man|woman|person)|"
                        r"source|diplomat)", re.I)
# A paragraph that is one quotation; the line after it a name's, then its title and no verb
_WHOLE_QUOTATION = re.compile(r"[“\"](?P<q>[^“”\"]{20,})[”\"]")
_SIGNATURE_AFTER_NAME = re.compile(r",\s+[A-Z][^\n.;:“”\"]{3,150}")
# "Tajik officials have said", "Kyrgyz authorities said": the state whose people they are
# ("Tajik officials have said", "the Iranian side said": the state of the demonym)
_OFFICIALS_OF = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w-]+)\s+(?:officials|authorities|side)"
                           r"(?:\s+(?:have|had|also|have\s+also))?")
# "the UN refugee agency UNHCR": a body's agency, described, then named
_BODYS_AGENCY_NAMED = re.compile(r"\s+(?:[a-z-]+\s+){0,3}(?:agency|body|organi[sz]ation|office|mission|force|command|"
                                 r"watchdog|arm)\s+")
# ("It said no live-fire scenarios were planned": the body that spoke last)
_OPENING_BODY = re.compile(rf"(?:(?:The|Its)\s+(?:[\w’'-]+\s+){{1,3}}?|It\s+(?:also\s+)?)(?=(?:{SPEECH_VERB})\b)")
# ... and a second clause of the sentence ("X skipped the summit in 2023, and in February 2024 he announced ...")
_PAUSE_BEFORE_PRONOUN = re.compile(r"[:,]\s*(?:[\w’'-]+\s+){0,3}$|,\s+and\s+(?:[\w’'-]+\s+){0,4}$")
# "Vietnam, which is sending troops to Khaan Quest for only the third time, said ...": a body's long aside
_SET_OFF_RELATIVE = re.compile(r",\s+(?:which|whose)\s[^;,]{2,150},\s+(?:(?:has|had|have|also)\s+)?|"
                               # ("The African Union (AU), historically the mission's largest funder ..., has said")
                               # ("A and B, both members of the Association of Southeast Asian Nations, have")
                               r"(?:\s*\([A-Z][\w-]{1,9}\))?,\s+(?:[a-z]+ly\s+)?(?:the|an?|both)\s[^;,]{2,120},\s+"
                               r"(?:(?:has|had|have|also)\s+)?")
_EXCEPTED = re.compile(r"\b(?:except|excluding|other\s+than|apart\s+from|save)\s+(?:for\s+)?(?:the\s+)?$")
_AND_BEFORE_VERB = re.compile(r"\s\w+\s+[^,;]*\band\s+(?:(?:also|then|later|has|have|had|long|repeatedly|previously|"
                              r"already|often|consistently)\s+){0,3}$")
_SUBJECT_OPENING = re.compile(r"\s*(?:The\s+)?")
_AND_IT_BEFORE = re.compile(r",\s+(?:and|but)\s+it\s+(?:(?:has|have|had|also|repeatedly|already|since)\s+)*$")
_LIST_GAP = re.compile(r",?\s+and\s+(?:the\s+)?")  # the gap before a list's last item
# (or a bare title of: "X, commander of U.S. Naval Forces Southern Command and U.S. 4th Fleet, said")
_APPOSITION_OPEN_BEFORE = re.compile(r",\s+(?:a|an|the|one\s+of|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+of)\s+[^,;]*$")
_LIST_SPEAKS_GAPS = frozenset({"", "have", "has", "have also", "have both", "have all", "both", "all", "also"})
_LIST_SPEECH_VERBS = frozenset({"said", "say", "told", "stated", "announced", "warned", "added", "noted"})
# ("A, the only Arab state on the council, and B, which ..., both said": past an aside on the item before)
_CO_SPEAKER_GAP = re.compile(r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?|"
                             r",\s+(?:the|an?|which|who)\s+[^,;]{2,80},\s+and\s+(?:the\s+)?")
# Where a list of speakers may begin: the sentence's or a clause's opening, not after a preposition ("After talks
# with France and Germany, Poland said": Poland; "Troops from A and B said": the troops), or after a dateline's
# agency ("(AFP) --", "(Reuters) -")
# ('"...," Chilean Defence Minister A and Peruvian Defence Minister B said': right after the quotation too)
_LIST_OPENS_CLAUSE = re.compile(r"(?:^|[;:,]\s*|[,!?][\"”]\s*|\b(?:and|but|while|whereas|which|when|as)\s+|"
                                # ("NATO members A and B said", "Fellow EU member states A and B warned": members
                                # of a body, by its name)
                                r"(?:(?:^|[;:,]\s*|\b(?:and|but|while|whereas)\s+)(?:[Ff]ellow\s+)?"
                                r"(?:[A-Z][\w-]*\s+){1,3}(?:members|member\s+states|allies)\s+)|"
                                r"\)\s*(?:--?|[–—])\s*|"
                                # ("the four defence ministers – A's X, B's Y and C's Z – said": set off after
                                # the office)
                                r"\b[Tt]he\s+(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z]+\s+)?"
                                r"(?:ministers|leaders|presidents|chiefs)\s*(?:--?|[–—])\s*|"
                                # ("The European parties to the deal - A, B and C - have warned": a plural noun's
                                # list set off)
                                r"\b(?:parties|members|states|countries|nations|allies|governments|powers|"
                                r"signatories)\b[^–—;:]{0,60}?\s(?:--?|[–—])\s*)(?:[Tt]he\s+)?$")
_BODIES = frozenset({EntityType.ALLIANCE, EntityType.ORGANIZATION})
# "the NATO Secretary General said", "HE the GCC Secretary-General affirmed": an office of the body before the verb
# (not "a NATO spokesman said": no one named, the body speaks)
_OFFICER_OF_THE_BODY = re.compile(r"\s+(?P<role>(?i:secretary[\s-]+general|chair(?:man|woman|person)|president|"
                                  # ("the Kremlin spokesman said": the one the text titled so)
                                  r"commander|director[\s-]+general|spokes(?:man|woman|person)|press\s+secretary))"
                                  r"\s*,?\s+(?:(?:has|had|also|then)\s+)?")
_THE_BEFORE_BODY = re.compile(r"(?:^|\s)(?:the|The)\s+$")
_DEPUTY_OR_FORMER = re.compile(r"\b(?i:deputy|vice|former|assistant|ex)\b")


def _paragraph_acts(speaker: Mention, co_speakers: list[Mention], quotations: list[tuple[int, int, str]], para: str,
                    p_start: int, p_end: int) -> list[Speech]:
    """The act of the paragraph's quotations by ``speaker``, and the same words of each one who spoke them with
    it."""
    act = _words_of_the_paragraph(speaker, quotations, para, p_start, p_end)
    return [*(replace(act, speaker=other) for other in co_speakers), act]


def _co_speakers(speaker: Mention, mentions: list[Mention], sentence: Sentence) -> list[Mention]:
    """The items of the list that ``speaker`` (a state or body) ends in ``sentence`` ("The US and South Korea
    said ...", "NATO and the EU warned"), where the list opens its clause: they speak the same words."""
    if speaker.type is EntityType.PERSON:
        return _co_speaking_people(speaker, mentions, sentence)
    text, offset = sentence.text, sentence.start
    kinds = _BODIES if speaker.type in _BODIES else {speaker.type}
    others: list[Mention] = []
    end_of_next = speaker.start
    for mention in reversed([m for m in mentions if m.end <= speaker.start]):
        if mention.type not in kinds or mention.kind in ("place", "demonym") or \
                not _CO_SPEAKER_GAP.fullmatch(text, mention.end - offset, end_of_next - offset):
            break
        others.insert(0, mention)
        end_of_next = mention.start
    opening = text[:others[0].start - offset] if others else ""
    return others if others and (_LIST_OPENS_CLAUSE.search(opening) or _DATELINE.fullmatch(opening)) else []


# Between two people of a list of speakers: a comma or "and", then the next one's titles ("X, Australian Deputy
# Prime Minister and Defence Minister Y and British Defence Secretary Z said"), capitalised words only
_TITLED_CO_SPEAKER_GAP = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?:[A-Z][\w.’'-]*|and|of|for)\s+){0,8}")
# ("Pentagon chief A, ...": a title with a word in lower case)
_TITLES_OPENING = re.compile(r"(?:(?:[A-Z][\w.’'-]*|and|of|for|chief|spokesman|spokeswoman|spokesperson|envoy|"
                             r"minister|secretary|commander)\s+){0,8}$")


def _co_speaking_people(speaker: Mention, mentions: list[Mention], sentence: Sentence) -> list[Mention]:
    """The people of the list that ``speaker`` ends, where the list, with its titles, opens its clause: "U.S.
    Defense Secretary A, Australian Defence Minister B and British Defence Secretary C said ..." """
    text, offset = sentence.text, sentence.start
    others: list[Mention] = []
    end_of_next = speaker.start
    # (the gap's capitalised words may name a state: "Australian", "U.S.")
    for mention in reversed([m for m in mentions if m.end <= speaker.start and m.type is EntityType.PERSON]):
        if not _TITLED_CO_SPEAKER_GAP.fullmatch(text, mention.end - offset, end_of_next - offset):
            break
        others.insert(0, mention)
        end_of_next = mention.start
    if not others:
        return []
    titles = _TITLES_OPENING.search(text, 0, others[0].start - offset)
    return others if _LIST_OPENS_CLAUSE.search(text[:titles.start()]) else []


# Someone of a body the text does not name: "according to a US Navy official", "... two ministry sources".
_UNNAMED_MEMBER = re.compile(r"\s+(?:[a-z]+\s+)?(?:officials?|sources?|diplomats?|officers?)\b")
_DECLARED_NO_WORDS = re.compile(r"\s+(?:war|independence|martial\s+law|(?:a|an)\s+(?:state|emergency))\b")
# A force named by its head alone: "the Navy" (capitalised: the one the text named last), "the command" (the only
# one the text named; "the army" after two armies may be either).
_FORCE_HEAD = r"(Navy|Army|Air\s+Force|Fleet|Command|Guard|Forces|Corps|Division|Brigade)"
# "the Navy said", "a Navy official said", "the navy spokesman said", "the navy's media wing said": the force
# named last
_FORCE_NOUN = re.compile(rf"(?:the|an?)\s+{_FORCE_HEAD}(?:\s+(?:official|spokesman|spokeswoman|spokesperson|source)|"
                         r"(?:’s|'s)\s+(?:media\s+wing|press\s+(?:service|office)|public\s+relations\s+\w+))?",
                         re.I)
# ... and "U.S. Special Operations Command Africa" is a command ("the command said")
_FORCE_HEAD_AT_END = re.compile(rf"\b{_FORCE_HEAD}(?:\s+(?:Africa|Europe|Pacific|Korea|Japan|Central|South|North))?$",
                                re.I)


def _force_key(head: str) -> str:
    return " ".join(head.lower().split())


# '"...," said the exercise director, Major-Brigadier X': the role the speaker holds, set before the name
# "said State Department spokesman Ned Price": a body's official named after the verb, the body's name in
# capitals first ("said National Security Council spokesman X"), the official's rank perhaps after the role
_ROLE_WORDS = (r"(?:spokes(?:man|woman|person)|official|adviser|advisor|envoy|representative|chief|head|commander|"
               r"minister|secretary|director|ambassador|officer)")
# ("said NATO Secretary General X", "said EU foreign policy chief X": a title in capitals, or with its field first)
_ROLE_BEFORE_NAME = re.compile(rf"\s+(?:[A-Za-z][\w-]*\s+){{0,3}}?(?i:{_ROLE_WORDS})\s+(?:[A-Z][\w.-]*\s+){{0,3}}")
# ("said EU foreign policy chief X": or the body, then the field of the role in lower case)
_BODY_ROLE_THEN_NAME = re.compile(rf"\s+(?:the\s+)?(?:(?:[A-Z][\w.’'-]*\s+){{1,5}}|"
                                  rf"[A-Z][\w.’'-]*\s+(?:[a-z][\w-]*\s+){{1,3}}){_ROLE_WORDS}\s+"
                                  rf"(?:[A-Z][\w.-]*\s+){{0,3}}")
# '"...," said Lima-based security analyst X', 'said Peruvian analyst X': an expert, named after the verb
# ('said police spokeswoman X', 'said operations manager X': a role in lower case too)
_EXPERT_THEN_NAME = re.compile(r"\s+(?:[A-Z][\w-]*[-–]based\s+|[A-Z][a-z]+\s+)?(?:[a-z]+\s+){0,2}?"
                               r"(?:analyst|expert|researcher|professor|commentator|scholar|fellow|lecturer|economist|"
                               r"historian|diplomat|observer|spokes(?:man|woman|person)|official|officer|commander|"
                               r"manager|owner|mayor|governor|coordinator|advis[eo]r|lawyer|consultant)\s+")
# ("said NATO Assistant Secretary General for Political Affairs and Security Policy, Ambassador X": a body's title,
# and its holder set off after it)
_BODYS_TITLE_SET_OFF = re.compile(r"\s+(?:[A-Z][\w.’'-]*\s+){0,4}?(?:Secretary|Minister|Director|Commander|Chief|"
                                  r"Head|Ambassador|Spokes(?:man|woman|person)|Envoy|Representative)(?:[- ]General)?"
                                  r"(?:\s+(?:for|of)\s+(?:(?:the|and)\s+|[A-Z][\w’'-]*\s+){0,8}?[A-Z][\w’'-]*)?,\s+"
                                  r"(?:[A-Z][\w.-]*\s+){0,3}")
_TITLE_OF_THE_BODY = re.compile(r"\s+the\s+(?:[A-Z][\w-]*\s+){0,3}?(?:Secretary|Minister|Director|Commander|Chief|Head|"
                                r"President|Chair(?:man|woman|person)?)(?:[- ]General)?\s+of\s+(?:the\s+)?")
# ("said the Commander of the Chilean Navy, Rear Admiral X": the holder's rank before the name)
_HOLDER_SET_OFF = re.compile(rf"(?:\s*\([A-Z][\w-]{{1,10}}\))?{NAME_SET_OFF}(?:[A-Z][\w.-]*\s+){{0,3}}")
# ("said the Polish Defence Minister, Jan Kowalski": the role may be written as a title)
# ("said the Minister of National Defence, X": the office's portfolio after the role)
_ROLE_THEN_NAME = re.compile(r"\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,4}?"
                             r"(?i:director|spokes(?:man|woman|person)|commander|"
                             r"chief|minister|head|ambassador|officer|secretary)"
                             # ("said the commander of the Peruvian fleet, Vice Admiral X": in lower case too)
                             r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Za-z][\w’'-]*\s+(?:and\s+)?){0,4}?"
                             r"[A-Za-z][\w’'-]*)?,\s+"
                             r"(?:[A-Z][\w.-]*\s+){0,3}")
# "..., X told Arab News, although ...": whom the speaker told, then a clause of the writer's own.
# ("..., X told journalists after the closing session, with the active phase in August")
# "told Reuters the drills would go ahead", "told the Financial Times it was ready": the one told, named, then the
# reported clause without "that"
_TOLD_OUTLET = re.compile(r"\s+(?:(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|reporters|journalists|lawmakers|"
                          r"the\s+(?:press|media|newspaper|agency|broadcaster)|state\s+(?:media|television|TV|radio)|"
                          r"an?\s+(?:news|press)\s+(?:conference|briefing)|"
                          r"the\s+(?:conference|meeting|forum|summit|audience|gathering|briefing|parliament|crowd))"
                          r"(?=\s+(?:the|a|an|it|its|his|her|their|he|she|they|we|there|this|these|those)\s)")
# When or where the words were said, right after a speech verb that follows them ("..., X said Wednesday, after
# meeting Y", "..., X said in Brussels")
# ("..., Rutte told reporters in Helsinki after a summit of the alliance's members": the audience first)
_WHEN_OR_WHERE_AFTER_VERB = re.compile(r"\s*(?:(?:reporters|journalists|lawmakers|the\s+press|the\s+media)\s+)?"
                                       r"(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                                       r"(?:in|at|on|during|to|after|before)\b")
# ("..., X told lawmakers last week, despite growing public support for the idea")
_TOLD_THEN_ASIDE = re.compile(r"\s*(?:reporters|journalists|lawmakers|legislators|parliament|delegates|"
                              r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
                              r"(?:\s+(?:after|before|on|at|in|during|last|this|earlier)\b[^,;]{0,50})?,\s+"
                              r"(?:although|though|but|while|whereas|as|even as|with|citing|despite|"
                              # "X told AFP on Wednesday, a day after the bloc opened talks": when, set off
                              r"(?:just\s+|only\s+)?(?:a|an|one|two|three|several|\d+)\s+(?:days?|hours?|weeks?)\s+"
                              r"(?:after|before))\b")
# What ends the clause of a name before a speech verb: not an initial's full stop, nor one right after the name,
# which the sentence splitter kept as an abbreviation's ("Gen. Rodrigo Perez Jr. said": the mention stops at "Jr").
# "Iceland's foreign minister, X, joined the meeting by video link and said ...": the person's first verb, then "and"
# ("X, a Peruvian diplomat, welcomed the resolution and said": past an apposition too)
_ACTS_THEN_SPEAKS = re.compile(r"(?:,\s+(?!(?:who|which|that|and|but|while)\b)[^,;]{2,80}(?=,))?"
                               r",\s+(?!(?:who|which|that|and|but|while)\b)[a-z][\w-]*\s+[^,;]*?\s+and\s+"
                               r"(?:also\s+|then\s+|later\s+)?")
_STOP_BEFORE_VERB = re.compile(r"[;:]|(?<!\b[A-Z])(?<!^)\.")
# A name inside "..., which has troops in South Korea, said": not the one who speaks.
# (and "Protesters who have been camped at Manama's Pearl Square said": a clause on people no name gives)
_IN_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whose|that)\b(?:[^,;]|,(?=\d))*$|"
                                 r"\b[A-Za-z]+s\s+who\s+(?:have|has|had|are|were|was|is)\b[^,;]*$")


# ", who said", ", which has warned": a relative clause that opens with its speech verb, set off after a name
_SET_OFF_SPEECH_CLAUSE = re.compile(r",\s+(?:who|which)\s+(?:also\s+|later\s+|then\s+)?(?:(?:has|have|had)\s+)?")
# A name as the object of a verb or a preposition, past its titles ("drew criticism from Foreign Minister X")
_OBJECT_POSITION = re.compile(r"\b(?:by|from|with|to|for|met|[a-z]+ed)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,6}$")


def _passive_without_words(outside: str, verb: re.Match[str]) -> bool:
    """"before the force is declared fully operational", "is said to be": a passive, no one's words (but "X was
    quoted by TASS as saying" relays X's)."""
    at = verb.start()
    if outside[at:at + 5] in ("denie", "Denie") and _CLAIM_NOUN_BEFORE_ITS_DENIER.search(outside, max(0, at - 60), at):
        return True  # "..., a charge Moscow denied": a relative clause on the claim, no words of Moscow's
    return _PASSIVE_AUXILIARY_BEFORE.search(outside, max(0, at - 20), at) is not None and \
        not verb.group(0).lower().startswith("quoted") and not _AS_SAYING_AFTER.match(outside, verb.end())


_CLAIM_NOUN_BEFORE_ITS_DENIER = re.compile(r"\b(?:a|an|the)\s+(?:[a-z]+\s+)?(?:charge|claim|accusation|allegation)s?\s+"
                                           r"(?:that\s+|which\s+)?(?:[A-Z][\w’'.-]*\s+){1,3}(?:has\s+|have\s+|had\s+)?"
                                           r"(?:(?:always|repeatedly|strongly|flatly|firmly)\s+)?$")


# "X, who attended the ceremony with the chief of staff, General Y, said", "X, whose appointment ... was never
# endorsed by the Security Council, told": a person's long relative clause (one apposition inside it), then the verb
# ("X, 27, who is heading to her second tour, said": past an age)
_PERSONS_RELATIVE_CLAUSE = re.compile(r"(?:,\s+\d{2})?,\s+(?:who|whose)\s(?:[^,;]|,(?=\d)){2,250}"
                                      r"(?:,\s+[^,;]{2,60})?,\s*"
                                      r"(?:(?:has|have|had|also)\s+)?")


def _names_the_speaker(between: str) -> bool:
    """Whether the words between a name and its speech verb keep the name the verb's subject:
    "Russia's press service said", "X, the alliance's secretary general, said" do; "drills in Belarus
    in September, officials said" does not."""
    if "," not in between:
        return True
    if _UNNAMED_SPEAKERS_AT_END.search(between):
        return False  # "with A, B and C on May 6-14, officials said": others speak, unnamed
    # ("the commander, Rear Admiral X, was quoted as saying")
    return bool(re.fullmatch(r"(?:’s|'s)?,\s*(?:(?:has|have|had|was|were)\s+(?:also\s+)?)?"
                             # ("Peru's president, X, has repeatedly said")
                             r"(?:(?:also|repeatedly|previously|often|long|since|already|publicly)\s+)?|"
                             r",\s+\d{2},\s*(?:(?:has|have|had)\s+)?|"  # ("X, 54, told reporters": an age)
                             # "Ethiopia, for its part, insists", "Peru, however, says"
                             # "Garba, in turn, thanked Moscow and said"
                             # ("Riyadh, for its part, has said": an auxiliary after the aside)
                             # ("Senegal, by contrast, has said")
                             # ("The Foreign Office in Lima, however, said": where the body sits)
                             r"(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"
                             r",\s+(?:for\s+(?:its|their|his|her)\s+part|however|meanwhile|in\s+turn|"
                             # ("Peru's defence ministry, in a statement on Monday, said")
                             r"in\s+(?:a|an|its|their|his|her)\s+(?:joint\s+|written\s+|brief\s+)?(?:statement|"
                             r"communiqu[eé]|interview|speech|address|post|letter|message)(?:\s+[^,;]{1,40}?)?|"
                             r"by\s+contrast|in\s+contrast|too|instead),\s*"
                             r"(?:(?:has|have|had)\s+(?:also\s+)?|[^,;]*?\s+and\s+(?:also\s+|then\s+)?)?|"
                             # ("The African Union (AU), historically the mission's largest funder, has said")
                             # ("A and B, both members of X, said")
                             # ("Peru's government, which had asked for X, said": the noun the possessive owns)
                             r"(?:(?:’s|'s)(?:\s+[a-z][\w-]*){0,2})?(?:\s*\([A-Z][\w-]{1,9}\))?,\s+(?:[a-z]+ly\s+)?"
                             r"(?:the|a|an|its|their|who|"
                             r"both|all|each|"
                             # ("X, Antigua and Barbuda's ambassador, said": an owner of several words)
                             r"which|whose|one|another|[A-Z][\w-]*(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\w-]*){0,3}"
                             r"(?:’s|'s))\s(?:[^,]|,(?=\d)){2,120},\s*"
                             r"(?:\w+\s+){0,2}|"
                             # "X welcomed the commander of Y, General Z, in Lima and announced": the subject of
                             # the first verb, past the apposition on its object
                             r"\s+(?!(?:who|which|that)\b)[a-z][\w-]*\s+[^,;]*?,\s+[^,;]{2,80},\s+[^,;]*?\band\s+"
                             r"(?:also\s+|then\s+|later\s+)?", between))


_UNNAMED_SPEAKERS_AT_END = re.compile(r",\s*(?:(?:military|government|defen[cs]e|western|local|senior)\s+)?"
                                      r"(?:officials|sources|diplomats|analysts|experts|reports|organi[sz]ers)\s*$")


def _person_apposition(between: str) -> bool:
    """"John Wade, commander of the task force, said", "X, Deputy Commander of Y, said": a bare title set off by
    commas after a person, which a relative clause about the title's body may follow ("X, commander of the
    4th Fleet, which has run the exercise since 1960, told reporters"); or where the person works ("X of
    the Y Centre said")."""
    return _PERSON_APPOSITION.fullmatch(between) is not None


_PERSON_APPOSITION = re.compile(
    # ("X, General Officer Commanding-in-Chief, Southern Command, said": two words before the office's)
    rf"(?:{BRACKETED_ABBREVIATION})?,\s+(?:[a-z]|(?:[A-Z][a-z]+\s+){{0,2}}(?:Deputy|Commander|Commanding|Chief|Head|"
    r"Director|Minister|Secretary|Spokes(?:man|woman|person)|President|Chair(?:man|woman)?|Ambassador|Inspector|"
    r"Envoy|Adviser|Advisor|"
    # ("X, Emir of Qatar, said", "X, Crown Prince of Abu Dhabi, said": a monarch's title)
    r"Representative|Coordinator|Governor|King|Queen|Emir|Amir|Sultan|Prince|Princess|Emperor|Premier|Mayor)\b)"
    r"[^,]{2,140}"
    # "commander of U.S. Naval Forces Central Command, the U.S. 5th Fleet and the Combined Maritime Forces": offices
    r"(?:,\s+[^,]{2,60}\s+and\s+[^,]{2,60})?"
    # "commander of the Southern European Task Force, Africa (SETAF-AF)": a name with a comma of its own
    # ("a deputy of the Jogorku Kenesh, Kyrgyzstan's parliament,": or what the body is, its state's)
    r"(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:(?:’s|'s)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?"
    r"(?:\s+\([A-Z][\w-]*\))?(?=,))?"
    r"(?:,\s+(?:which|who)\s[^,;]{2,100})?,\s*(?:\w+\s+){0,2}|"
    # "..., Anna Kask (Center), said": a person's party in brackets, set off by commas
    rf"{BRACKETED_ABBREVIATION},\s*|"
    # "analyst X of the Vilnius-based Eastern Europe Studies Centre said": where the person works
    # ("Brig. Gen. X of the Peruvian Army, the exercise director, said": and the post set off after it)
    # ("X of the Swedish Army, deputy commander of the land component, said": a bare title set off after it)
    r"\s+(?:of|from|at)\s+(?:the\s+)?[^,;.“”\"]{2,80}?"
    r"(?:,\s+(?:(?:the|a|an)\s+|(?=[a-z]))[^,;.“”\"]{2,80},)?\s+|"
    # "X of Norway, said", "X of Italy, who heads the office in Belgrade, told": the state the person is from
    r"\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:,\s+(?:which|who)\s[^,;]{2,100})?,\s*")


# "A, the minister said last week, a figure the alliance has cited": a noun set off after the verb describes the words
_WORDS_DESCRIBED_AFTER = re.compile(r"[^,.;]{0,30},\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:figure|claim|number|estimate|"
                                    r"assessment|assertion|view|position|remark|statement|charge|accusation)\b")
# ", who has repeatedly said Serbia will not join NATO, insisted": a person's earlier words, before the sentence's verb
# ... or "Moscow, which has warned that A, has said B": a state or a body's earlier words, set off
_WHO_SAID = re.compile(rf",\s+(?P<pronoun>who|which)\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?(?:said|stated|"
                       rf"insisted|stressed|maintained|argued|warned)\s+(?:that\s+)?"
                       rf"(?P<words>[^,;“”\"]{{5,200}}?),\s+"
                       rf"(?=(?:(?:has|have|had)\s+(?:also\s+)?)?(?:{SPEECH_VERB})\b)")
# ... or before another act of the subject's: "Russia, which had warned a year earlier that it could block the
# renewal, voted in favour this time" (with "that", so the clause's end is the words')
_WHO_SAID_THEN_ACTED = re.compile(r",\s+(?P<pronoun>who|which)\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?"
                                  r"(?:said|stated|insisted|stressed|maintained|argued|warned|threatened)\s+"
                                  r"(?:(?:a|one|two|three|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+"
                                  r"(?:earlier|before|ago)\s+|(?:last|this)\s+[a-z]+\s+|in\s+(?:19|20)\d\d\s+)?"
                                  r"that\s+(?P<words>[^,;“”\"]{5,200}?),\s+"
                                  r"(?=(?:(?:has|have|had|also|then|later|now)\s+)*[a-z]+(?:ed|s)\b)")
# ... or, without "that", before the subject's act in the past or after an auxiliary: "Baykar, which says it has signed
# contracts with 30 countries, did not respond to our questions"
_WHO_SAYS_THEN_ACTED = re.compile(r",\s+(?P<pronoun>who|which)\s+(?:says|said)\s+(?:that\s+)?"
                                  r"(?P<words>[^,;“”\"]{5,200}?),\s+"
                                  r"(?=(?:did|does|do|has|have|had|was|were|is|are)\s+(?:not\s+)?[a-z]+\b|"
                                  r"(?:[a-z]+ly\s+)?[a-z]{3,}ed\b)")
# ... or closing the sentence: "drawing a furious reaction from Somalia, which said the deal had no legal basis."
_WHO_SAID_AT_END = re.compile(r",\s+(?P<pronoun>who|which)\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?(?:said|says|"
                              r"stated|insisted|stressed|maintained|argued|warned|added|noted)\s+(?:that\s+)?"
                              r"(?P<words>[^;“”\"]{5,200}?)\s*\.?$")
_SPEAKERS_ROLE_TO_THE_END = re.compile(r",\s+(?:an?|the)\s+[^,;:\"“”]{2,90}[.!?]?\s*")
_SET_OFF_SPEAKER = re.compile(rf",\s+(?:(?:was|were|has|have|had)\s+)?(?:{SPEECH_VERB})\b")


# A sentence that opens on a title, set off before the name of its holder ("The Bolivian defence minister, General
# X,"), and the predicate the name's closing comma leads to (", greeted the troops and told ...")
_TITLE_SET_OFF_OPENING = re.compile(r"(?:The|Its|Their|[A-Z][\w-]*(?:’s|'s))\s+(?:[\w-]+\s+){0,5}?[\w-]+,\s+"
                                    r"(?:[A-Z][\w.-]*\s+){0,3}")
_PREDICATE_AFTER_SET_OFF = re.compile(r",\s+(?:(?:also|then|later)\s+)?[a-z]+ed\b")
# "A, while one of the MPs of the coalition, X, said B": the speaker picked out of a group, set off; B is X's
_ONE_OF_THEM_BEFORE = re.compile(r"(?:^|,\s+)(?:and|but|while|whereas)\s+(?:one|some|two|three|several|many|most|"
                                 r"each|either|neither)\s+of\s+[^,;]{2,60}$")
# (or one named by what it is: "..., while the fast-attack submarine USS Helena docked at Guantanamo", "..., while
# the embassy lodged a protest"; not "..., while the navy will add two frigates": a plan, the speaker's words go on)
_WHILE_ANOTHER = re.compile(r",\s+(?:while|whereas)\s+(?:(?:the\s+)?[A-Z]|"
                            r"the\s+[a-z](?![^,.;]*\b(?:will|would|could|might|should|can|may|shall)\b)|"
                            # ("..., while the opposition argued that parliament should vote first": another's words)
                            r"the\s+[a-z](?=[^,.;]*\b(?:said|says|argued|warned|claimed|insisted|noted|added|"
                            r"stressed|told|announced|denied|countered|replied)\b))")
# ("A, X said last week, and B is set to follow": a clause of the article's own after the attribution)
# ... or a concession of the writer's ("A, Swedish officials have said, though it signed a pact with the US")
_AND_ANOTHER_AFTER_ATTRIBUTION = re.compile(r"(?:\s+(?:last|this|next|on|in|earlier|later)\b[^,;.]{0,20})?,\s+"
                                            r"(?:(?:while|whereas|and)\s+(?:the\s+)?[A-Z]|"
                                            r"(?:though|although|even\s+though)\s+)")
# "said full membership was the goal, but Turkey has never applied": after words backshifted to the past of their
# verb, a named subject whose verb is not backshifted speaks in the writer's present (but "said Turkey has done
# its part, but Sweden still has to act" reports both)
# ("voiced concern that AUKUS could fuel an arms race, though its tone has since softened": the writer's, on the
# speaker)
_BUT_ANOTHER = re.compile(r",\s+(?:and|but|yet|although|though|even\s+though)\s+(?:(?:the\s+)?[A-Z]|"
                          r"(?:its|his|her|their)\s+(?=[a-z]+\s+(?:has|have)\s+since\b))")
_BACKSHIFTED_VERB = r"\b(?:would|had|could|might|was|were)\b"  # the tense of reported words
_BACKSHIFTED = re.compile(rf"[^;.]{{0,80}}?{_BACKSHIFTED_VERB}")
_BACKSHIFTED_WORDS = re.compile(_BACKSHIFTED_VERB)
_NARRATED_PERFECT = re.compile(r"[^;.,]{0,60}?\b(?:has|have)\s+(?:(?:not|never|since|already|yet|also|so\s+far)\s+)*"
                               r"(?!to\b)(?:been|[a-z]+ed|given|kept|made|taken|done|sent|held|won|shown|seen|told|"
                               r"put|set|left|met|brought|begun|become|chosen|known|grown|built|gone)\b")
# ('..., while X, the Croat member of the Presidency, wrote on Twitter that ...': set off after a quotation's comma too)
# ("..., and Finland has said it intends to follow": an auxiliary or an adverb before the verb)
# ("..., while one of the two MPs who voted against, Anna Kask (Center), said ...": a speaker named in an aside)
# ("..., and its spokesman Dmitry Peskov said ...": a title owned by the one who spoke before, then the name)
_OTHER_SPEAKER_ACT = re.compile(rf"[”\"]?,[”\"]?\s+(?:and|but|while|whereas)\s+"
                                rf"(?P<who>(?:(?:its|his|her|their)\s+[a-z-]+(?:\s+[a-z-]+)?\s+|the\s+)?"
                                rf"[A-Z][\w’'.-]*"
                                rf"(?:\s+[\w’'.-]+){{0,5}}?|one\s+of\s+[^,;]{{2,60}}?(?=,))"
                                rf"(?:,\s+(?:the|a|an)\s[^,;]{{2,80}},|"
                                rf",\s+(?P<named>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){{0,3}})"
                                rf"(?:\s*\([^()]{{1,20}}\))?,)?\s+"
                                rf"(?:(?:has|have|had|also|later|then|too|repeatedly|previously)\s+){{0,2}}"
                                rf"(?:{SPEECH_VERB})\b")
# "X said his country had made the request, and on Saturday President Y thanked Turkey": the writer's next clause,
# dated, on another named subject's act in the past (not "..., and on Monday NATO would ...": still reported)
_AND_ANOTHER_DATED_ACT = re.compile(r",\s+and\s+(?:on|in|last|earlier|later)\s+[A-Z]?[a-z]+(?:\s+\d{1,2})?,?\s+"
                                    r"(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}(?:[a-z]+ed|said|told|wrote|met)\b")
# "A confirmed that ..., with leader B saying ...": another speaker, set after "with" with a participle of speech
_WITH_ANOTHER_SAYING = re.compile(r",\s+with\s+(?P<who>(?:its\s+|their\s+|the\s+)?(?:[\w’'.-]+\s+){0,5}?"
                                  r"[\w’'.-]+)\s+(?:saying|telling|adding|noting|warning|insisting|arguing|claiming|"
                                  r"stressing)\b")


# "..., according to the command", "..., according to the command, which is based in Riyadh", "..., according to
# Colonel X, the spokesman of the Y"
# ... or "A, according to the IOM, and B": the source of the clause before only
# ("..., according to the force's commander, Major General X": a title, then the name set off)
# ("..., according to Rear Admiral X, director of maritime operations at U.S. Naval Forces Africa": a bare office)
_TRAILING_ACCORDING = re.compile(r",\s*according to [^,]{1,80}"
                                 r"(?:,\s+(?:which|who)\s[^;]*|,\s+(?:the|a|an)\s[^,;]{1,80}|"
                                 r",\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:of|at|for)\s[^;]{1,100}|"
                                 rf"(?<=[a-z]),\s+(?={_RANKED_NAME}\.?$)[^,;]{{2,60}}|"
                                 r",\s+(?:and|but|while)\s+[^;]*)?$")


def _reporting_verb(pattern: re.Pattern[str], words: str, verb: re.Match[str]) -> re.Match[str]:
    """``verb``, or the speech verb of ``pattern`` that a verb of a noun object is joined to: "X welcomed the
    vote and said he ..."."""
    if _NOUN_OBJECT_VERB.fullmatch(verb.group(0)):
        later = pattern.search(words, verb.end())
        if later is not None and (_AND_BEFORE_VERB.search(words, verb.end(), later.start()) or _WHO_BEFORE.search(
                words, max(0, verb.start() - 12), verb.start()) and _RELATIVE_CLOSES.fullmatch(
                    words, verb.end(), later.start())):
            # ("Admiral X, who welcomed the crew on Monday, said ...": the verb after the relative clause)
            return later
    return verb


_WHO_BEFORE = re.compile(r",\s+who\s+(?:(?:has|have|had)\s+)?$")
_RELATIVE_CLOSES = re.compile(r"[^;:\"“”]{3,120}?,\s+(?:(?:has|have|had)\s+)?")


# "On February 21, 2023, X announced ...": a time set before the subject, no words put before their speaker
_MONTH_OR_DAY = rf"(?:{_MONTHS_AND_DAYS}|Jan\.?|Feb\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_FRONTED_TIME_ONLY = re.compile(rf"(?:On|In|By|Since|Until|From|During)\s+(?:the\s+)?(?:{_MONTH_OR_DAY}|\d{{1,2}}\s+"
                                rf"{_MONTH_OR_DAY}|(?:19|20)\d\d)(?:\s+\d{{1,2}})?(?:,?\s*(?:19|20)\d\d)?|"
                                r"(?:Last|Earlier\s+this|Later\s+this|This|Next)\s+(?:week|month|year)")


def _names_only(s: str, base: int, end: int, mentions: list[Mention]) -> bool:
    """Whether the first ``end`` characters of the sentence ``s`` (at ``base`` in the text) are names only."""
    dateline = _DATELINE.match(s, 0, end)  # ("DAKAR, Jan 28 (Reuters) - A, B and C said": names after it)
    blanked = list(" " * dateline.end() + s[dateline.end():end] if dateline else s[:end])
    # (the sentence's mentions only, by bisection: the list holds the article's)
    for m in mentions[bisect.bisect_left(mentions, base, key=lambda m: m.start):]:
        if m.start >= base + end:
            break
        if m.end <= base + end:
            blanked[m.start - base:m.end - base] = " " * (m.end - m.start)
    return _LIST_WORDS_ONLY.fullmatch("".join(blanked)) is not None


_LIST_WORDS_ONLY = re.compile(r"(?:[\s,]|\b(?:the|and)\b)*")


# An attribution set off between a clause's subject and its predicate: "The exercise, NATO Secretary General X said,
# shows that ...", "The drills, according to Kremlin spokesman X, were defensive"
# (one speaker, not a pair: "The plan, A and B said, ..." is a clause of their own words)
_ATTRIBUTION_SET_OFF = re.compile(r"(?P<lead>(?:The|This|These|Those|Its|Their)\s[^,;:\"“”]{2,60}?),\s+"
                                  r"(?P<who>(?:according\s+to\s+(?:(?!\band\b)[^,;\"“”]){2,80}?|"
                                  rf"(?:(?!\band\b)[^,;\"“”]){{2,80}}?\s+(?:{SPEECH_VERB}))"
                                  # (not an apposition on the one named: "A, according to X, the force
                                  # commander.")
                                  r"(?:\s+(?:reporters|journalists|[A-Z][\w-]+))?),\s+(?=[a-z])"
                                  # (nor a bare office: "..., according to Rear Admiral X, director of ...")
                                  r"(?!(?:the|a|an|his|her|its|their)\s|(?:deputy\s+|senior\s+)?(?:director|head|"
                                  r"chief|commander|spokes(?:man|woman|person)|minister|secretary|president|"
                                  r"chair(?:man|woman|person)?|coordinator|advis[eo]r|officer|analyst|researcher|"
                                  r"professor)\b)")

# ... set off by a pronoun's speech verb ("Still, he added, the episode showed that ...")
_PRONOUN_SET_OFF = re.compile(r"(?P<lead>[A-Z][^,;:\"“”]{0,60}?),\s+(?P<who>(?:he|she)\s+(?:also\s+)?(?:said|added|"
                              r"argued|noted|stressed|warned|insisted|explained|continued|says|adds))"
                              r"(?:\s+on\s+\w+day)?,\s+(?=[a-z])")
# A lead that is a linking adverb, no words of the speaker's ("Still, he added, ...")
_LINKING_LEAD = re.compile(r"(?:Still|However|But|And|Yet|Instead|Now|Indeed|Moreover|Meanwhile|So|Nonetheless|"
                           r"Separately|Elsewhere|In\s+a\s+(?:separate|related)\s+development|"
                           r"Nevertheless|Even\s+so|In\s+(?:short|any\s+case|the\s+end)|For\s+now|Above\s+all)")

_LINKING_OPENING = re.compile(_LINKING_LEAD.pattern + r",\s+(?=[a-z]|the\s|[A-Z][a-z]+\s)")


# What follows a state that "added" takes as its object ("added South Africa in 2010", "added Iran as a member")
_ADDED_AS_OBJECT = re.compile(r"\s*(?:[.;,]|$)|\s+(?:in|as|to|and|on|last|this)\b")


# A relative clause on the speaker between the name and the verb ("X, who is also defence minister, said")
_RELATIVE_SET_OFF = re.compile(r",\s+(?:who|which)\s[^,;]{3,60},\s+")


# "says goodbye to", "said farewell", "said grace": an act, no words reported
_NO_WORDS_SAID = re.compile(r"\s+(?:goodbye|good-bye|farewell|hello|grace)\b")


def _reported_clause(text: str, sentence: Sentence, speaker: Mention,
                     mentions: list[Mention]) -> tuple[int, int] | None:
    """The span of the reported words of an indirect speech act in ``sentence``, if it has one."""
    s = sentence.text
    base = sentence.start
    end = sentence.end
    while end > sentence.start and text[end - 1] in ".!?":
        end -= 1
    rel_speaker_end = speaker.end - base
    if rel_speaker_end >= 0:
        match = _SPEECH_VERB_OR_SAYING.search(s, rel_speaker_end)
        while match is not None and (_noun_use(s, match) or _NO_WORDS_SAID.match(s, match.end())):
            # "rejected the reports, saying ...": the participle's; "says goodbye to her daughter": no words
            match = _SPEECH_VERB_OR_SAYING.search(s, match.end())
        match = _reporting_verb(_SPEECH_VERB_OR_SAYING, s, match) if match is not None else None
    else:  # "The ministry stressed that ...": a body named in an earlier sentence, referred to at the opening
        opening = _OPENING_BODY.match(s)
        match = _SPEECH_VERB_OR_SAYING.match(s, opening.end()) if opening else None
    according = _ACCORDING_TO_OPENING.match(s)
    if according:
        return base + according.end(), end
    aside = _ATTRIBUTION_SET_OFF.match(s) if speaker.kind != "pronoun" else None
    pronoun_aside = _PRONOUN_SET_OFF.match(s) if aside is None and (", he " in s or ", she " in s) else None
    if pronoun_aside is not None:
        # "Still, he added, the episode showed that ...", "The plan, she said, is ready": the words around it
        return base + pronoun_aside.end(), end
    if aside is not None and _WHEN_SAID_OPENING.match(s, aside.end()):
        aside = None  # "The leaders agreed to ..., X said, days after ...": the words before, then when they were said
    if aside is not None and aside.start("who") <= rel_speaker_end <= aside.end("who"):
        # "The exercise, NATO Secretary General X said, shows that ...": the words around the attribution (the
        # subject before it is added in find_speech)
        return base + aside.end(), end
    trailing_according = _TRAILING_ACCORDING.search(s.rstrip(".!?"))
    # ... but "X has stressed that A, according to a copy seen by Reuters": X's own verb reports A
    # (or past a relative clause on X: "X, who is also defence minister, said A, according to broadcaster RTE")
    own_verb = match is not None and trailing_according is not None and match.start() < trailing_according.start() \
        and (0 <= match.start() - rel_speaker_end <= 25
             or _RELATIVE_SET_OFF.fullmatch(s, max(rel_speaker_end, 0), match.start()) is not None)
    if trailing_according and trailing_according.start() > 15 and not own_verb:
        return base, base + trailing_according.start()
    if own_verb:
        end = base + trailing_according.start()  # the attribution of the report is no part of X's words
    comma = s.rfind(",", 0, max(speaker.start - base, 0) + 1) if speaker.kind != "pronoun" else -1
    if speaker.kind == "pronoun" or not base <= speaker.start < sentence.end:
        # The speaker is named elsewhere: "..., he said", "..., the ministry said".
        anaphor = _PRONOUN_SPEAKS.search(s) or _BODY_SPEAKS.search(s)
        comma = anaphor.start() if anaphor else -1
    # "TITLE, X, said B": a title set off before its holder, not words put before their speaker; "A, the
    # TITLE, X, said": the words end before the title
    set_off = _SET_OFF_SPEAKER.match(s, max(rel_speaker_end, 0)) if speaker.kind != "pronoun" else None
    if set_off is not None:
        comma = s.rfind(",", 0, comma) if len(s[set_off.end():].split()) <= 3 else -1
    # "A, and President X has said B": a second clause, not words put before their speaker
    # ("A, B, C and D said they would leave": the speakers' list, no words before them)
    # ("The Bolivian defence minister, General X, greeted them and told them ...": the speaker's title set off
    # before the name, whose own predicate follows it)
    titled_subject = set_off is None and rel_speaker_end > 0 and _TITLE_SET_OFF_OPENING.fullmatch(
        s, 0, speaker.start - base) is not None and _PREDICATE_AFTER_SET_OFF.match(s, rel_speaker_end) is not None
    if comma > 15 and len(s[:comma].split()) >= 4 and not re.match(r",\s+(?:and|but|while|whereas)\b", s[comma:]) \
            and not _FRONTED_TIME_ONLY.fullmatch(s, 0, comma) and not _ONE_OF_THEM_BEFORE.search(s, 0, comma) \
            and not _names_only(s, base, comma, mentions) and not titled_subject:
        after = s[comma:]
        verb_after = _SPEECH_VERB_WORD.search(after)
        if verb_after and verb_after.group(0) != "quoted as saying" and \
                re.search(r"\b(?:was|were|is|are|been|be)\b", after[:verb_after.start()]):
            verb_after = None  # "where Belarus was formally admitted": a passive verb, not speech
        rest = after[verb_after.end():] if verb_after else ""
        if verb_after and _NOUN_OBJECT_VERB.fullmatch(verb_after.group(0)) and not _NO_OBJECT.match(rest):
            verb_after = None  # "Founded in 2001 by ..., the SCO admitted India in 2017": an object, no speech
        if verb_after and verb_after.group(0).startswith("warn") and _WARNED_OF.match(rest):
            # "A, where Kyiv's commanders have warned of an encirclement": what they spoke of (but "A, he said of
            # the plan": A is what he said)
            verb_after = None
        # ("A, the ministry said last week, adding that B": A, and B goes on with it)
        continued = (_CONTINUATION.match(rest) or _SHORT_THEN_CONTINUATION.match(rest)) if verb_after else None
        if verb_after and _SUBORDINATE.match(s) and not (_ENDS_THE_SENTENCE.fullmatch(rest) or continued):
            verb_after = None  # "When asked about X, Petrov said it was fine": the opening is no speech
        # ("A, the ministry said on Monday, the latest sign that ...": the writer's comment after)
        if verb_after and (continued or _WORDS_DESCRIBED_AFTER.match(rest) or _COMMENT_AFTER_ATTRIBUTION.match(rest)
                           or not re.match(r"[^.]{0,40}?\bthat\b", rest)
                           # ("..., X said Wednesday, after meeting Y in Budapest": when, after the verb)
                           and (len(rest.split()) <= 8 or _WHEN_OR_WHERE_AFTER_VERB.match(rest)
                                # ("A, said Lt. Col. X, a spokesperson for the Bolivian navy": the speaker's role)
                                or comma + len(verb_after.group(0)) < rel_speaker_end
                                and _SPEAKERS_ROLE_TO_THE_END.fullmatch(s, rel_speaker_end)
                                # ("A, X said, while Y announced B": another speaker's act after)
                                or _TOLD_THEN_ASIDE.match(rest) or _AND_ANOTHER_AFTER_ATTRIBUTION.match(rest))):
            # ("However, A, said X": the linking word is the writer's)
            head = _ACCORDING_TO_OPENING.match(s) or _DATELINE.match(s) or _LINKING_OPENING.match(s)
            return base + (head.end() if head else 0), base + comma
    if match is None:
        return None
    if _NOT_BEFORE_VERB.search(s, max(0, match.start() - 24), match.start()):
        # "Moscow has not confirmed whether they will come", "Kyiv has not confirmed that its troops left": no
        # words said
        return None
    rest = s[match.end():]
    offset = match.end()
    if s[:match.start()].rstrip().endswith(("”", '"')) and _INVERTED_SUBJECT.fullmatch(rest.rstrip(".!?")):
        return None  # '"...," said the defence minister.': the words after the verb are its subject, no speech
    if _DECLARED_A_THING.match(rest) and match.group(0) in ("declared", "announced", "proclaimed"):
        return None  # "Belgrade declared a six-month moratorium on exercises": a thing declared, no words
    told = (re.match(r"\s+(?:reporters|journalists|the press|the media|the public|"
                     r"[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}?)"
                     r"(?=\s+(?:on|that|in|at)\b|,)|\s+(?:them|him|us|me)\b(?=\s+[a-z])", rest)
            or _TOLD_OUTLET.match(rest)) \
        if match.group(0) in _TOLD else None
    if told:
        offset += told.end()
        rest = s[offset:]
    # "told reporters on Tuesday that ...", but not "said it opposed any cooperation that targets ...".
    # "that" right after the verb first: the pattern's leading space would else let it reach a later "that"
    that = re.match(r"\s*,?\s+that\s+", rest) or _ASIDE_THEN_THAT.match(rest) or re.match(
        # ("told reporters on Dec. 21 that": a month's stop)
        r"(?:\s*,?\s*(?:(?!\b(?:it|he|she|they|we|I)\b)(?:[^,.;]|\.(?=\s\d))){0,60}?)?\s+that\s+", rest) or (
        # "told the opening ceremony on board a US Navy amphibious ship at Garden Island that ...": the audience
        _TOLD_AUDIENCE_THAT.match(rest) if match.group(0) in _TOLD and not told else None)
    # ("told reporters the drills were meant to show that ...": after the one told, the same)
    if that and (match.group(0) not in _TOLD or told) and not _BEFORE_THAT.match(rest, 0, that.end()):
        that = None  # "said the decision showed that ...": the words before "that" are reported too
    that = that or _OCCASION_THEN_THAT.match(rest)
    if that and "“" not in that.group(0) and '"' not in that.group(0):
        start = offset + that.end()
    elif match.group(0) == "informed" and _INFORMED_OF.match(rest):
        return None  # "informed the participants about the agenda": what they were told of, no words
    elif _NOUN_OBJECT_VERB.fullmatch(match.group(0)) or match.group(0) in ("warned", "warns") and \
            _WARNED_OF.match(rest) or match.group(0) in _ANNOUNCING and (
                thing := _A_THING_THEN_SAYING.match(rest)) is not None and not _FINITE.search(thing.group(0)):
        # "warned Finland against joining the alliance, saying ...", "announced the suspension in his address,
        # saying ...": the object is no words
        saying = re.search(r",\s+saying\s+(?:at\s+the\s+time\s+|only\s+|simply\s+|merely\s+)?(?:that\s+)?", rest)
        if saying is None:
            return None  # "he signaled Belgrade's interest": an object, not reported words
        start = offset + saying.end()  # "welcomed the move, saying the country would ..."
    else:
        adverbials = _LEADING_ADVERBIALS.match(rest.lstrip()) or (
            _WHERE_TOLD.match(rest.lstrip()) if told else None)  # "told reporters in Taipei the armed forces ..."
        start = offset + (len(rest) - len(rest.lstrip())) + (adverbials.end() if adverbials else 0)
        if rest.lstrip().startswith((":", ",")):
            return None
        if match.group(0) in ("announced", "confirmed", "announces", "confirms") and \
                _POSSESSED_OBJECT.match(rest) and not _FINITE.search(rest):
            return None  # "Bolivia announced its withdrawal from the OAS": an act announced, no words
    if match.group(0) in _SPEAKING_PARTICIPLES and rel_speaker_end >= 0 and \
            s[rel_speaker_end:match.start()].strip() == ",":
        # "Slovakia, arguing that the sanctions hurt it, blocked the package": the words end with the aside
        aside_end = text.find(",", base + start + 1, end)
        end = aside_end if aside_end > 0 else end
    dateline = _DATELINE.match(text, base + start, end)
    if dateline:  # "MOSCOW, March 3 (Reuters) - Russia will ...": the place and agency are not the words
        start = dateline.end() - base
    clause = text[base + start:end].strip()
    if len(clause.split()) < 3 or clause[:1] in "“\"" and not _QUOTE_THEN_WORDS.match(clause):
        return None  # a quotation, not reported words; but '"commitments at home" prevented it from ...' is
    first = clause.split()[0]
    # (a preposition opens no reported words, unless "that" came first: "told reporters that during X's tenure")
    if not (that and "that" in that.group(0)) and first.lower() in ("in", "on", "at", "during", "to", "for", "by",
                                                                     "with") or (
            first.lower() == "about" and not re.match(r"about\s+[\d,.]+", clause)):
        return None
    lead = len(text[base + start:end]) - len(text[base + start:end].lstrip())
    own_act = _SPEAKERS_NEXT_ACT.search(text, base + start + lead, end)
    if own_act is not None and len(text[base + start + lead:own_act.start()].split()) >= 3:
        end = own_act.start()  # "said the deal was fair, but added: ...": the speaker's act, not their words
    for pattern in (_SPEAKERS_NEXT_WORDS, _COMMENT_ON_THE_WORDS, _BODYS_MEMBERS_AFTER):
        cut = pattern.search(text, base + start + lead, end)
        if cut is not None and len(text[base + start + lead:cut.start()].split()) >= 3:
            end = cut.start()
    for pattern in (_OTHER_SPEAKER_ACT, _WITH_ANOTHER_SAYING, _AND_ANOTHER_DATED_ACT):
        other_act = pattern.search(text, base + start + lead, end)
        if other_act is not None and len(text[base + start + lead:other_act.start()].split()) >= 3:
            # "A said that ..., and B's ministry said in a statement that ...", "A confirmed that ..., with leader
            # B saying ...": B's words
            end = other_act.start()
    contrasts = [*_WHILE_ANOTHER.finditer(text, base + start + lead, end)]
    if not match.group(0).endswith("s"):
        # (after backshifted words, or before a clause in the present perfect that narrates: "has said it supports
        # the bids, although X's government has given no timetable")
        contrasts += (found for found in _BUT_ANOTHER.finditer(text, base + start + lead, end)
                      if _BACKSHIFTED_WORDS.search(text, base + start + lead, found.start())
                      or _NARRATED_PERFECT.match(text, found.end() - 1, end))
    for contrast in sorted(contrasts, key=lambda found: found.start()):
        if len(text[base + start + lead:contrast.start()].split()) >= 3 \
                and not _BACKSHIFTED.match(text, contrast.end() - 1, end):
            # "X said the Norrbotten Regiment would send a battalion, while Finland plans to ...": the writer's
            # own clause on another subject (but "..., while France and Germany would each send ..." goes on
            # reporting)
            end = contrast.start()
            break
    return base + start + lead, end
