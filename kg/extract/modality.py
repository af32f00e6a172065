"""Modality of a clause: asserted, planned, reported or negated, from cue words around its trigger.

The order follows the corpus rules: hearsay markers ("according to media reports") make a claim
reported; negation ("will not take part", "opted out") negates it; future and scheduling cues
("will be held", "is set to", "upcoming") make it planned, even inside an official's quotation;
what is left is reported inside a quotation or a reported clause, and asserted otherwise.
"""

from __future__ import annotations

import functools
import re

from ..models import Modality
from .cues import Cue, fold, folded, found

__all__ = ["classify", "is_future", "is_hearsay"]

# Media no one names, which relay both what is and what is not: "according to Russian media", "according to
# state media", "Iranian state media said"
_UNNAMED_MEDIA_WORDS = (r"(?i:according)\s+to\s+(?:the\s+)?(?:[A-Z][a-z]+\s+|state\s+|local\s+|official\s+){1,2}media|"
                        r"(?:[A-Z][a-z]+|state|local|official)\s+media\s+(?:said|reported|say|report)")
_UNNAMED_MEDIA = re.compile(rf"\b(?:{_UNNAMED_MEDIA_WORDS})\b")
_HEARSAY = re.compile(r"\b(?:according to (?:media |press |news )?reports?|according to (?:sources|media)|"
                      + _UNNAMED_MEDIA_WORDS + "|"
                      r"according to (?:(?:two|three|several|unnamed|anonymous|diplomatic|military|security|western|"
                      r"local|intelligence|informed|senior)\s+){1,3}(?:sources?|officials|diplomats)|"
                      r"reportedly|is reported|are reported|was reported|were reported|media reports?|"
                      # "Some Russian media outlets had reported earlier this month that ...": unnamed sources
                      r"(?:media|media\s+outlets|outlets|newspapers|reports)\s+(?:(?:had|have|has)\s+)?"
                      r"(?:reported|claimed|suggested|speculated)|"
                      r"is said to|are said to|allegedly|is believed to|are believed to|quoted .{1,60} as saying)\b",
                      re.I)
# ("What the drills do and do not signal": both sides of a question, no denial)
# What a state sends to drills, by the noun its forces are counted with ("No Bolivian engineers took part")
FORCES_SENT = (r"troops|forces|soldiers|servicemen|personnel|units|contingents?|ships|warships|vessels|sailors|"
               r"marines|engineers|aircraft")
_NEGATION = re.compile(r"\b(?<!\bdo and do )(?<!\bdoes and does )(?<!\bis and is )"
                       r"(?<!\bare and are )(?:not|never|neither|no longer|opted out|opt out|refused|refuses|declined|"
                       r"declines|"
                       # "Ukraine has yet to join NATO", "A and B are yet to sign it": not done so far
                       r"(?:has|have|had|is|are|was|were)\s+yet\s+to|"
                       r"(?:took|takes?|taking)\s+no\s+part|"  # "Armenia took no part in the drills"
                       # "Belarus lost its observer status in the council": a status no longer held
                       r"(?:lost|loses|gave\s+up|relinquished)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}status|"
                       # "..., with Serbia declining to take part" (not "despite refusing to host US troops")
                       r"(?:declining|refusing)\s+to\s+(?:take\s+part|participate|join|attend|send|sign)|"
                       # "Kosovo cannot join NATO", "Serbia's refusal to take part" (not "Moscow cannot stop A from
                       # joining", "Despite A's refusal to join, B signed": another's act)
                       r"cannot\s+(?:join|take\s+part|participate|become)|refusal\s+to\s+(?:take\s+part|participate)|"
                       # "Kyiv's renunciation of plans to join NATO", "abandoned its bid to join"
                       r"renunciation\s+of|renounc(?:e|es|ed|ing)|abandon(?:s|ed|ing)?\s+(?:its\s+|their\s+)?"
                       r"(?:plans?|bid|ambitions?|aspirations?)|"
                       r"was left out|were left out|ruled out|rules out|pulled out|withdrew from taking part|"
                       r"withdr(?:ew|aws|awn)\s+from\s+(?:[\w'’-]+\s+){0,6}"
                       r"(?:exercises?|drills|manoeuvres|maneuvers)|"
                       r"cancell?ed|called off|without|boycott\w*|skip(?:s|ped|ping)?|stay(?:ed|s)?\s+(?:away|out)|"
                       # ("Bolivia suspended its Andean Shield drills with Peru in 2017": no drills held since)
                       r"suspend(?:ed|s)?\s+(?:its|their|the|all)\s+(?:[\w'’-]+\s+){0,4}"
                       r"(?:exercises|drills|manoeuvres|maneuvers|war\s+games)\b|"
                       r"(?:sits|sat|sit|sitting)\s+out|(?:is|are|was|were)\s+(?:again\s+|also\s+)?absent|"
                       # ("Notably absent is Venezuela", "Missing from this year's list is Argentina")
                       r"\b(?:absent|missing)\s+(?:from\s+[^,;.]{1,40}?\s+)?(?:is|are|was|were)\b|"
                       r"(?:is|are|was|were|remains?|remained|stays?|stayed)\s+"  # a body
                       r"(?:(?:also|still|formally|technically|officially)\s+){0,2}outside|"
                       r"(?:is|are|was|were|been)\s+(?:excluded|barred)\s+from|"
                       # "whose neutrality bars it from joining NATO", "Neutrality prevents Austria from joining"
                       # (not "Nothing stops Georgia from joining": no bar)
                       r"(?<!nothing\s)\b(?:bars?|barred|barring|prevents?|prevented|preventing|precludes?|precluded|"
                       r"prohibits?|prohibited|forbids?|forbade|keeps?|kept|stops?|stopped)\s+(?:it|them|the\s+country|"
                       r"(?-i:[A-Z])[\w-]+)\s+from\b|"
                       r"no\s+(?:intention|plans?)\s+(?:of|to)|"  # "has no intention of leaving the OAS"
                       # "has received no request from A to [leave] the bloc", "there is no plan for B to [leave]": the
                       # request right before the verb (the clause ends at it)
                       r"no\s+(?:(?:official|formal|such)\s+)?(?:requests?|applications?|bids?|proposals?|plans?|"
                       r"moves?|decision)\s+(?:(?:from|by|for)\s+[^,;.]{1,40}?\s+)?to(?=\s*$)|"
                       # "the Presidency failed to approve the participation of ..."
                       r"fail(?:ed|s)\s+(?:[\w,]+\s+){0,3}?to\s+(?:approve|back|endorse|authori[sz]e|agree\s+on)|"
                       r"none\s+of\s+(?:which|whom|them)|"  # "A and B, none of which are members of NATO"
                       # "No Russian observers were invited to X", "no Chinese military observers are expected"
                       # (only opening the clause: not "held X with no foreign observers present", which happened)
                       r"^\s*no\s+(?:[\w-]+\s+)?(?:(?:military|defen[cs]e)\s+)?observers\b|"
                       # "No Ukrainian engineers took part this year": none of that state's forces
                       rf"^\s*no\s+(?:[\w-]+\s+)?(?:{FORCES_SENT})\b|"
                       # "Armenia sent no troops to the drills"
                       r"(?:sent|sends?|sending|deploy(?:s|ed)?|contribut(?:e|es|ed))\s+no\s+"
                       r"(?!(?:additional|more|further|extra|new|fewer|less)\b)(?:[\w-]+\s+){0,2}?"
                       r"(?:troops|forces|soldiers|servicemen|personnel|units|contingents?|ships|warships|vessels|"
                       r"aircraft|jets|observers|officers|delegation))\b|"
                       # "None of the five - A, B and C - has signed the protocol"
                       r"\bnone\s+of\s+the\s+(?:[\w-]+\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+|"
                       r"states|countries|nations|members|powers)\b|"
                       # (a contraction has no word boundary before its "n't")
                       r"n['’]t\b", re.I)
_FUTURE = re.compile(r"\b(?:will|would|shall|'ll|’ll|is to|are to|is due to|are due to|due to take|"
                     r"to be held|to be conducted|to be staged|to take place|scheduled|slated|set to|plans? to|"
                     # ("planned by the Chilean Army", "planned and executed by X": by whom, no plan to come)
                     r"planned(?!\s+(?:jointly\s+|and\s+(?:executed|conducted|led|run)\s+)?by\s+(?:the\s+)?"
                     r"(?-i:[A-Z]))|planning to|intends? to|upcoming|"
                     r"going to|expected to|"
                     # "Bolivia is in the process of joining", "on track to join the bloc": not yet a member
                     r"in the process of (?:joining|becoming|acceding)|on (?:track|course) to (?:join|become|accede)|"
                     # "Argentina asked to become a NATO global partner": a standing sought, not yet held (but an
                     # application "applied to become" is made: see relations._APPLIED)
                     r"(?:asked|asks|requested|requests|sought|seeks|seeking|wants|wanted|hopes|hoped|aims|"
                     r"aspires)\s+to\s+become(?![^,;.]{0,30}\bmembers?\b)|"
                     # ("Bosnia was asked to become a member": invited, as "invited ... to join" below)
                     r"(?:was|were|been)\s+asked\s+to\s+(?:become|join)\b|"
                     r"next (?:week|month|year)|"
                     r"later this (?:year|month)|in the coming|invited .{1,40} to join|"
                     # "have agreed to hold the drills": a decision on what is still to be done
                     # "a request from A to [leave] the bloc", "Kyrgyzstan's bid to [quit]": asked for, not yet done
                     r"(?:\ban?|\bthe|\bits|\btheir|['’]s)\s+(?:(?:official|formal)\s+)?(?:request|bid|proposal)\s+"
                     r"(?:(?:from|by)\s+[^,;.]{1,40}?\s+)?to(?=\s*$)|"
                     # ("agreed on Wednesday to invite A and B": a time between)
                     r"(?:agreed|decided|resolved|pledged|vowed|promised)\s+"
                     r"(?:(?:on|in|at|last|this|earlier\s+this)\s+[\w.]+(?:\s+\d{1,2})?,?\s+)?to\s+(?:jointly\s+)?"
                     r"(?:invite|hold|conduct|stage|host|organi[sz]e|launch|sign|join|resume|"
                     # ("leaders agreed to grant the same status to A and B"; not "agreed to admit X's bid, and X
                     # joined": the clause after is no plan)
                     r"grant(?=\s+(?:the\s+same\s+|[\w-]+\s+){0,2}status))|"
                     r"(?:is|are|was|were|has been|have been|had been) invited|"
                     r"is to be|are to be|will see|"
                     # a headline's "Uzbekistan and Russia to hold joint exercise": a name, then what it is to do
                     # (not "Drills Come to End", "Warships Sailed to Open Sea": a headline's verb before "to")
                     r"^(?-i:(?![A-Z]\w*ed\b|Come\b|Comes\b|Came\b|Draws?\b|Drew\b|Go\b|Goes\b|Went\b|Head\b|Heads\b)"
                     r"[A-Z][\w’'-]*,?\s+(?:and\s+)?){1,6}to\s+(?:hold|host|join|stage|conduct|sign|send|deploy|"
                     r"take\s+part|participate|begin|start|launch|resume|kick\s+off|open|"
                     r"wrap\s+up|end|close))\b", re.I)


# Words one of which each cue of a kind holds: a clause with none of them is not searched for that kind.
_HEARSAY_CUE = Cue(_HEARSAY, "accord", "report", "said to", "alleged", "believed to", "quoted", "media", "outlets",
                   "newspapers")
_NEGATION_CUE = Cue(_NEGATION, "not", "never", "neither", "no longer", "n't", "n’t", "opt", "refuse", "decline",
                    "lost", "loses", "gave up", "relinquish",
                    "yet to", "no part", "declining", "refusing", "refusal", "renunc", "abandon",
                    "left out", "rule", "pulled out", "withdr", "cancel", "called off", "without", "boycott", "skip",
                    "suspend",
                    "stay", "sit", "sat", "absent", "outside", "excluded", "barred", "no intention", "no plan", "fail",
                    "bar", "prevent", "preclud", "prohibit", "forbid", "forbade", "keep", "kept", "stop",
                    "none of", "no request", "no application", "no bid", "no proposal", "no move",
                    "no decision", "no official", "no formal", "no such", "observers", "sent no", "send no", "sends no",
                    "sending no", "deploy no", "deploys no", "deployed no", "contribute no", "contributes no",
                    "contributed no", "no ")
_FUTURE_CUE = Cue(_FUTURE, "will", "would", "shall", "'ll", "’ll", "is to", "are to", "due to", "to be", "to take",
                  "scheduled", "slated", "set to", "plan", "intend", "upcoming", "going to", "expected to", "next",
                  "later this", "in the coming", "agreed to", "decided to", "resolved to", "pledged to", "vowed to",
                  "promised to", "invited", "process of", "on track", "on course",
                  "to hold", "to host", "to join", "to stage", "to conduct", "to sign",
                  "to send", "to deploy", "to take part", "to participate", "to begin", "to start", "to launch",
                  "to resume", "to kick off", "to open", "to wrap up", "to end", "to close", "request", "bid",
                  "proposal", "to become")


def is_hearsay(text: str) -> bool:
    """Whether ``text`` relays what no one it names said ("according to media reports", "reportedly")."""
    return _HEARSAY_CUE.search(text, folded(text)) is not None


def is_future(text: str) -> bool:
    """Whether ``text`` speaks of what is to come: a future tense, or a schedule in the present tense ("The
    drills open Tuesday", "run through Friday"), which is what a weekday it names is read by."""
    return _FUTURE_CUE.search(text, folded(text)) is not None or (
        "day" in text and _SCHEDULED_WEEKDAY.search(text) is not None)


# A present tense that schedules: "open Tuesday", "begins on Monday", "runs through Friday", a headline's "to get
# under way Sunday".
_SCHEDULED_WEEKDAY = re.compile(r"\b(?:opens?|starts?|begins?|kicks?\s+off|runs?|ends?|closes?|concludes?|wraps?\s+up|"
                                r"gets?\s+under\s?way)"
                                r"(?:\s+(?:on|until|through|to|till))?\s+"
                                r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


@functools.lru_cache(maxsize=4096)  # a pure function, asked again for every fact of a list
def classify(clause: str, *, sentence: str = "", quoted: bool = False, attributed: bool = False) -> Modality:
    """The modality of a fact stated in ``clause``.

    Args:
        clause: the words around the fact's trigger (the part of the sentence that states the fact).
        sentence: the whole sentence: a hearsay marker anywhere in it ("..., according to media
            reports") covers every clause; negation and tense belong to the clause.
        quoted: the clause lies inside a quotation.
        attributed: the clause is reported speech ("X said that ...").
    """
    folded_clause = fold(clause.lower())
    # A clause that lies within its sentence holds none of the cue words the sentence lacks: those
    # (found once per sentence) spare most clauses a search of their own.
    words = found(folded(sentence)) if sentence and clause in sentence else -1
    if (words & _HEARSAY_CUE.mask and _HEARSAY_CUE.search(clause, folded_clause)) or (
            sentence and _HEARSAY_CUE.search(sentence, folded(sentence))):
        # (what the media deny stays denied: "According to Russian media, Serbia will not take part")
        negated = words & _NEGATION_CUE.mask and _NEGATION_CUE.search(clause, folded_clause)
        return Modality.NEGATED if negated and _UNNAMED_MEDIA.search(sentence or clause) else Modality.REPORTED
    if words & _NEGATION_CUE.mask and _NEGATION_CUE.search(clause, folded_clause):
        return Modality.NEGATED
    if words & _FUTURE_CUE.mask and _FUTURE_CUE.search(clause, folded_clause):
        return Modality.PLANNED
    if quoted or attributed:
        return Modality.REPORTED
    return Modality.ASSERTED
