"""Extraction: from an article's text to a fact sheet, offline, with rules over entity types,
trigger words and sentence structure.

The stages, each its own module: page clutter is set aside (:func:`kg.articles.find_clutter`),
the text is split into sentences (:mod:`.sentences`), names are found with the gazetteer and with
patterns (:mod:`.mentions`), times are normalised against a reference date (:mod:`.timex`),
speech acts are attributed (:mod:`.quotes`), relation rules run per sentence
(:mod:`.relations`) and each fact gets its modality (:mod:`.modality`), evidence and confidence.

>>> from kg.models import Article
>>> sheet = extract(Article("demo", "Estonia and Latvia are members of NATO."))
>>> sorted((f.subject, f.relation, f.object) for f in sheet.facts)
[('Estonia', 'member_of', 'NATO'), ('Latvia', 'member_of', 'NATO')]
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from .._version import __version__
from ..articles import find_clutter
from ..linking.gazetteer import Gazetteer, GazetteerEntry, MatchKind
from ..linking.reference import ReferenceFacts
from ..models import Article, Entity, EntityType, Evidence, Fact, FactSheet, Modality
from . import modality as _modality
from .cues import Cue, folded, found
from .layout import OffsetMap, first_line, regular_layout, same_width
from .mentions import (
    AND_THE_GAP,
    COUNTERPARTS_NAMED,
    EDITION_ADJECTIVE,
    EXERCISE_NOUN,
    HYPHENATED_YEAR_END,
    IS_A_ROLE_AFTER,
    PARTY_MEMBER_TITLES,
    SERIES_CUES,
    SHIPS_BROUGHT,
    SHIPS_DEPLOYED,
    TWO_TO_TEN,
    WHO_BECAME_AFTER,
    WHO_BECAME_AT_END,
    Mention,
    MentionFinder,
    accredited_only,
    after_of,
    is_military_rank,
    office_became,
)
from .quotes import Speech, attribution_stretches, find_speech
from .relations import (
    DATELINE_OPENING,
    DENIES_A_STANDING,
    FORCES_WHO_PRACTISE,
    NOT_A_HABIT,
    PREDECESSOR_BEFORE,
    STANDINGS,
    WITH_BEFORE,
    WITHOUT_SOMEONES_PART,
    Candidate,
    SentenceContext,
    is_organ,
    list_after,
    sentence_facts,
)
from .sentences import Sentence, sentence_at, sentence_before, split_paragraphs, split_sentences
from .timex import ReferenceDate, find_times, infer_reference_date

__all__ = ["Extractor", "extract", "METHOD", "partial_extraction"]

METHOD = f"kg-rules {__version__}"
_LITERAL_RELATIONS = frozenset({"exercise_date", "agreement_date", "founded_in", "holds_position", "said"})

# ("a joint air patrol": the bombers' flights of two air forces, as news counts them among exercises)
_JOINT_PATROL = r"joint\s+(?:strategic\s+)?(?:(?:air|naval|maritime|bomber)\s+)?patrols?"
# ... and "Djibouti, Kenya and the Seychelles are serving as host nations", "Morocco is the host nation": the hosts
# of the one the text is on (see _HOST_OF_A_MEETING)
_EXERCISE_WORD = Cue(re.compile(rf"\b(?:{EXERCISE_NOUN}|exercise|field[- ]training|{_JOINT_PATROL}|"
                                r"(?:are|is)\s+(?:serving\s+as\s+|acting\s+as\s+)?(?:the\s+)?"
                                r"(?:co-)?host\s+(?:nations?|countr(?:y|ies))(?=\s*[.,;]))", re.I),
                     "exercise", "drill", "maneuv", "manoeuv", "games", "field", "patrol", "host")
_HOST_OF_A_MEETING = re.compile(r"\b(?:summit|meeting|talks|conference|forum|ministerial)\b", re.IGNORECASE)
_ANONYMOUS_EXERCISE = re.compile(
    rf"(?:^|\b(?:an?|the|their|its|our)\s+|"
    # "Turkish and Azerbaijani forces launched large-scale joint military exercises": the verb's object, bare
    # (not "accused Beijing of having staged drills", "has conducted exercises for decades", "which held drills")
    rf"(?<!having\s)(?<!has\s)(?<!have\s)(?<!had\s)(?<!which\s)(?<!who\s)(?<!that\s)"
    rf"\b(?P<verb>(?-i:launched|held|hold|holding|conducted|conduct|conducting|staged|staging|began|started))\s+)"
    rf"(?:(?:second|third|next|new|annual|largest|biggest|latest)\s+)?"
    # ("a two-day joint naval exercise", "a week-long joint drill": how long it runs is no part of its name)
    rf"(?:(?:(?:\d+|{TWO_TO_TEN}|eleven|twelve|fourteen|fifteen)-(?:day|week|month)|(?:week|month|fortnight)-?long)\s+"
    rf"(?:(?:annual|new|regular)\s+)?)?"
    # ("their first joint naval drill": the first is the name news gives it)
    rf"(?P<np>(?:first\s+)?(?:(?:[Jj]oint|military|naval|navy|strategic|tactical|large-scale|major|"
    rf"command-and-staff|counter-terror(?:ism)?|anti-terror(?:ist)?|peacekeeping|air|land|sea|trilateral|"
    # ("a multilateral maritime security exercise"; not "a security drill" of police or airport staff)
    rf"bilateral|multinational|multilateral|maritime(?:\s+security)?|amphibious|combined|international|staff|"
    rf"command-post|live-fire|tabletop)\s+)+(?:{EXERCISE_NOUN}|drill)|"
    rf"(?:first\s+)?{_JOINT_PATROL}(?<!s))\b", re.I)
# "It is being held at X", "It runs until June 3": a sentence on the exercise the one before it named
# ("According to the U.S. military, it drew troops from ...": after its source)
_IT_IS_HELD_OPENING = re.compile(r"(?:It|According\s+to\s+[^,;]{2,60},\s+it)\s+"
                                 r"(?:is\s+(?:being\s+|also\s+)?|was\s+|will\s+(?:also\s+)?be\s+|has\s+been\s+)?"
                                 r"(?:held|staged|conducted|hosted|co-hosted|taking\s+place|takes\s+place|took\s+place|"
                                 r"will\s+take\s+place|runs|ran|will\s+run|involves|involved|will\s+involve|"
                                 r"brings\s+together|brought\s+together|"
                                 # ("It drew troops from 20 countries, including A and B")
                                 r"dr[ae]ws?\s+(?:some\s+|about\s+|more\s+than\s+)?[\d,]*\s*(?:troops|forces|"
                                 r"personnel|sailors|soldiers|participants)\s+from)\b")
# Sentences that go on about the exercise just named without naming it or saying "exercise".
_CARRY_OVER = Cue(re.compile(r"\b(?:take part|taking part|took part|particip(?:at\w*|ants?)|send|sends|sending|sent|"
                             r"dispatch(?:es|ed|ing)?|(?:is|are|was|were)\s+(?:again\s+|also\s+)?absent|"
                             # (not "it regularly trains with the Ohio National Guard": a habit, no exercise)
                             rf"{NOT_A_HABIT}(?:train|trains|trained)|training alongside|"
                             r"(?<=are )training|(?<=were )training|"
                             r"(?<=are )flying|(?<=were )flying|(?<=will )fly(?=:)|(?<=will )sail(?=:)|"
                             r"alongside|joined|invited|"
                             r"(?:co-)?organi[sz]ed by|"
                             r"observers?|observing\s+(?:countries|nations|states|navies)|attach[ée]s\s+(?:of|from)\b|"
                             r"will\s+(?:also\s+)?(?:observe|watch)|contribut\w+|scheduled|slated|"
                             r"due to (?:open|start|begin|end)|phase|"
                             r"(?:first|second|third|final|last|next|initial|main|active)\s+"
                             r"(?:stage|episodes?\b(?!\s+of\b))|"
                             r"^As\s+(?:the\s+)?host\b|"  # "As host nation, Estonia will provide fuel"
                             # "Albania is hosting the largest share of the Balkan events"
                             r"host(?:s|ed|ing)?\s+(?:the\s+)?(?:largest\s+share|bulk|most|parts?|some|much)\s+of\b|"
                             # "Papua New Guinea will host a component of the exercise"; "Among the units involved are"
                             r"host(?:s|ed|ing)?\s+(?:an?|the|one)\s+(?:[\w-]+\s+)?(?:component|phase|segment|"
                             r"portion|leg|stage)\s+of\b|"
                             # "Kenya is hosting it for the fourth year running, while A and B host smaller
                             # components": the exercise just named
                             # (not "hosted it last year", "will host components in 2025", "wants to host it")
                             r"(?:is|are)\s+hosting\s+it\b(?![^.;]*\b(?:19|20)\d\d\b)|"
                             r"(?<!will )(?<!to )(?<!would )host\s+(?:smaller\s+|some\s+)?(?:components|phases)\b"
                             r"(?![^.;]*\b(?:19|20)\d\d\b)|"
                             # "Ghana and Senegal will host maritime security training", "Tunisia, which will host a
                             # command post exercise": the parts of the exercise spoken of
                             r"host(?:s|ed|ing)?\s+(?:(?:an?|the)\s+)?(?:[a-z-]+\s+){1,3}(?:training|activities|"
                             r"(?<=command post )exercise|(?<=field training )exercise)\b(?![^.;]*\b(?:19|20)\d\d\b)|"
                             r"(?:units|forces|countries|nations|ships|navies)\s+involved\b|"
                             # "About 20 ships are involved, including the USS X"
                             r"(?:ships|vessels|troops|personnel|units|aircraft)\s+(?:are|were|will\s+be)\s+"
                             r"(?:also\s+)?involved\b|"
                             # "Ships of the Standing NATO Maritime Group 2 are also involved"
                             r"(?:are|were)\s+also\s+involved\b|"
                             # "They bring together contingents of the CRRF from A, B and C"
                             r"(?<=They )(?:bring|brought)\s+together\b|"
                             r"will (?:open|start|begin|end|run)|contingents?\s+from|invitations?|excluded|barred|"
                             # "The Turkish contingent of about 150 soldiers comes from the 66th ... Brigade"
                             r"contingent\s+(?:of\s+[^,.;]{1,40}?\s+)?(?:comprises|consists\s+of|includes|"
                             r"(?:is\s+drawn|comes|is)\s+from|(?:will\s+be|is|was)\s+formed\s+on\s+the\s+basis\s+of)|"
                             # "contingents have arrived from A and B", "Joining the host's forces are units from C"
                             r"(?:have|has|had)\s+(?:arrived|come)\s+from|units\s+from|^(?:Also\s+)?Joining\s|"
                             # "Besides A and B, contingents came from C and D"
                             # ("Allied troops come from eight countries, among them A and B")
                             r"\b(?:contingents|troops|units|forces|soldiers|sailors)\s+(?:also\s+)?"
                             r"(?:came|come|arrived)\s+from\b|"
                             # "The remainder come from eight allied countries: A, B and C" (of the troops counted)
                             r"(?:^|(?:soldiers|troops|personnel|servicemen|sailors|forces)\s+are\s+[\w-]+,\s+and\s+)"
                             r"(?:the\s+)?(?:remainder|rest|others)\s+(?:come|came|are|were)\s+from\b|"
                             r"(?:are|were|will\s+be)\s+competing|"  # "Teams from A and B are competing in ..."
                             # "For nine days, commandos from A, B and C practised hostage rescue"
                             # ("... will practise counter-terrorism operations", "are rehearsing landings")
                             rf"\b(?:{FORCES_WHO_PRACTISE})\s+from\s[^.;:]{{2,120}}?\s(?:practi[cs]ed|rehearsed|"
                             r"(?:will|are|were)\s+(?:practi[cs](?:e|ing)|rehears(?:e|ing)))\b|"
                             # "Twenty nations are taking part. They include A, B" (see relations' _THEY_INCLUDE)
                             r"^(?:[^,;]{0,40},\s+)?they\s+(?:include|are)\s+(?=(?:the\s+)?(?-i:[A-Z]))|"
                             r"^among\s+them\s+(?:are|were)\b|"
                             # ("Forces will operate off the coasts of A and B", "Training in X will take place at")
                             r"^(?:the\s+)?(?:forces|ships|units|troops)\s+will\s+operate\b|"
                             r"^training(?:\s+in\s+[^,;]{2,30}?)?\s+will\s+take\s+place\b|"
                             # "Training is taking place at A, B and C", "They are being held mainly in X": where
                             # ("Training events are taking place in A", "Most of the live-fire episodes are
                             # planned at X", "The main phase will be held in Y": parts of the drills)
                             r"^(?:training(?:\s+(?:events|activities|serials))?|they|(?:most\s+of\s+)?the\s+"
                             r"(?:live-fire\s+)?(?:episodes|serials)|the\s+(?:main|final|first|second)\s+phase)\s+"
                             r"(?:is|are|was|were|will\s+be)\s+(?:\w+ly\s+)?(?:taking\s+place|"
                             r"being\s+(?:held|conducted)|held|conducted|planned)\b|"
                             r"^(?:on\s+land,\s+|at\s+sea,\s+|ashore,\s+)?activity\s+(?:centres|centers|centred|"
                             r"centered)\s+on\b|"
                             # "Activities are spread across A, B and C"; "Chile, the main host, is providing ..."
                             r"^(?:the\s+)?(?:activities|training|events|serials)\s+(?:are|were|will\s+be)\s+"
                             r"spread\s+(?:across|over)\b|"
                             r",\s+the\s+(?:(?:main|principal|lead|chief)\s+)?host(?:\s+(?:nation|country))?(?=,)|"
                             # "(1) Japan: approximately 33,000 personnel from ...": a release's tally of forces
                             r":\s+(?:(?:approximately|about|around|some|roughly)\s+)?[\d,]+\s+(?:personnel|troops)|"
                             r"(?:is|are|be|was|were)\s+(?:being\s+)?represented\s+by|(?:sits|sat|sitting)\s+out|"
                             r"field(?:s|ed|ing)|(?<=will )field|(?<=to )field|"
                             # "France and Canada will also deploy small contingents"
                             r"deploy(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}?(?:contingents?|troops|units|teams|forces|"
                             r"soldiers|personnel|companies|platoons|detachments?|battalions?)|"
                             + SHIPS_BROUGHT + "|" + SHIPS_DEPLOYED + r"|"
                             # "It will involve about 1,000 soldiers from ..."
                             r"(?:it|the\s+drills?|the\s+exercise)\s+(?:will\s+)?(?:involves?|brings?\s+together|"
                             r"gathers?)|"
                             # "Five submarines are involved: the Italian Navy's X, ..."
                             r"(?:are|is|were|will\s+be)\s+(?:also\s+)?involved(?=\s*:)|"
                             # "Over 2,000 servicemen from A, B and C are involved" (a list of 17 states too)
                             r"\bfrom\s[^.;:]{2,320}?\s(?:are|were|will\s+be)\s+(?:also\s+)?involved|"
                             # "175 Armenian servicemen and 85 U.S. soldiers are involved"
                             r"\b(?:troops|soldiers|servicemen|service\s+members|personnel|sailors|marines|airmen)\b"
                             r"[^.;:]{0,80}?\s(?:are|were|will\s+(?:also\s+)?be)\s+(?:also\s+)?involved|"
                             # "Latvian, Estonian and Lithuanian units are also involved." (not "forces were involved
                             # in a missile strike")
                             r"\b(?:units|contingents|warships)\s+(?:are|were|will\s+(?:also\s+)?be)\s+(?:also\s+)?"
                             r"involved(?=\s*[.;]|\s+in\s+(?:the\s+)?(?:drills?|exercises?|manoeuvres|maneuvers)\b)|"
                             # "Seven submarines from the French Navy and the U.S. Navy are operating under ..."
                             r"\b(?:submarines|ships|vessels|warships|frigates|destroyers|aircraft|jets|fighters)\s+"
                             r"from\s(?:[^.;:]|(?<=[A-Z])\.){2,120}?\s(?:are|were|will\s+be)\s+(?:also\s+)?"
                             r"(?:operating|sailing|flying)\b|"
                             # "The Russian group includes the corvettes A and B": a state's ships, listed
                             r"\b(?:group|detachment|flotilla|squadron)\s+(?:includes|included|comprises|comprised|"
                             r"consists\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:ships?|vessels?|frigates?|corvettes?|"
                             r"destroyers?|submarines?|cruisers?|minesweepers?|patrol\s+boats?))\b",
                             re.I),
                  "part", "particip", "send", "sent", "dispatch", "absent", "train", "alongside", "joined", "invited",
                  "flying",
                  "organi", "observer", "observing", "attach",
                  "contribut", "scheduled", "slated", "due to", "phase", "stage", "episode", "will", "contingent",
                  "invitation",
                  "excluded", "barred", "represented", "sits out", "sat out", "sitting out", "field", "deploy",
                  "brought", "brings", "bringing", "involve", "bring together", "gather", "arrived", "come", "came",
                  "includ", "compris", "consists of",
                  "practi",
                  "rehears",
                  "units from", "joining", "competing", "personnel", "troops", "host", "they include", "they are",
                  "among them", "remainder", "rest", "others", "operating", "sailing", "taking place", "held",
                  "conducted", "planned", "activity centre", "activity center", "spread")
_PAST_TENSE = re.compile(r"\b(?:took part|participated|sent|joined|contributed|deployed|were|was|flew|sailed|trained|"
                         r"attended|fielded|dispatched)\b")
_PRESENT_OR_FUTURE = re.compile(r"\b(?:have|has|will|are|is|this year|now)\b")
# "It" opening a sentence as the subject of a verb of status or action ("It is a member of ...", "It joined").
# ... or "The Central American country" ("The country is a member of ALBA").
_IT_OPENS = re.compile(r"(?:It|The\s+(?:[\w-]+\s+){0,2}?(?:country|nation))\s+"
                       r"(?:(?:formally|officially|later|then|now|still|subsequently)\s+)?"  # "It formally applied"
                       r"(?:is|was|has|had|remains|became|does|did|"
                       r"joined|will|would|also|already|signed|sent|hosted|took|takes|applied|left|withdrew|"
                       r"quit|rejoined|exited|suspended|froze|ratified|"
                       r"cooperates|cooperated|participates|participated|belongs|belonged|seeks|sought|"
                       # "It holds observer status in the Arab League but is not a member."
                       r"holds|held|enjoys|enjoyed|resumed)\b")
# "..., although it has been a partner of ...": a clause whose subject is the sentence's own
# ("..., and in 2006 it signed an IPAP with NATO": past a time that opens the clause)
_CLAUSE_IT = re.compile(r",\s+(?:although|though|while|but|and|as|since|where|however)\s+"
                        r"(?:(?:in|by)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d,?\s+|later\s+|then\s+)?(it)\s+"
                        r"(?:(?:has|had)\s+(?:also\s+)?been|"
                        r"is|was|became|remains|remained|"
                        # "..., though it cooperates with the alliance through an IPAP"
                        r"cooperates|cooperated|joined|signed|participates|participated|applied)\s")
# Before a sentence's subject: nothing, or a time set off ("Until then, ", "In 2024, ")
_OPENS_THE_SENTENCE = re.compile(r"(?:(?:[A-Z][\w-]*\s+){0,3}[\w-]+,\s+)?(?:the\s+)?"
                                 # "Neighbouring Serbia, ..., though it ...": a word that describes the state
                                 r"(?:(?:Neighbou?ring|Nearby|Neutral|Landlocked|Tiny|Small|Fellow|Oil-rich)\s+)?")
_ANOTHER_EXERCISE = re.compile(
    rf"\b(?:(?:its|their)\s+own|(?:a|an)\s+(?:separate|parallel|rival|unscheduled|snap|counter))\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{EXERCISE_NOUN})\b|"
    # "Further drills are planned for July", "Additional exercises will follow": others than this one
    rf"(?:^|[.;]\s+)(?i:further|additional|more|other|separate|subsequent)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{EXERCISE_NOUN})\b|"
    # "Azerbaijan and Turkey held further joint drills in Nakhchivan last month": others, held before
    rf"\b(?:held|staged|conducted)\s+(?:further|additional|separate|other)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{EXERCISE_NOUN})\b|"
    # "pulled out of the first BIMSTEC military exercise": a body's first, not the article's
    rf"\b(?i:the\s+first)\s+[A-Z][\w-]*\s+(?:[a-z-]+\s+){{0,2}}?{EXERCISE_NOUN}\b|"
    # "trained in Russia last October, when they joined Russian servicemen in a tactical anti-terrorist exercise":
    # one taken part in before
    rf"\blast\s+(?:year|January|February|March|April|May|June|July|August|September|October|November|December|"
    rf"spring|summer|autumn|fall|winter)\b[^.;]{{0,80}}?"
    rf"\b(?:joined|took\s+part|participated|trained)\b[^.;]{{0,60}}?\bin\s+an?\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{EXERCISE_NOUN}\b|"
    # "Zambia will host next year's SADC maritime security exercise": another body's, another year's
    rf"\b(?i:next|last)\s+year['’]s\s+[A-Z][\w-]*\s+(?:[\w-]+\s+){{0,3}}?{EXERCISE_NOUN}\b|"
    # "to train and hold joint exercises", "are holding national exercises", "take part in NATO exercises
    # scheduled for next year": exercises in general, no one of them
    r"\b(?:hold|holds|holding|held|conduct|conducts|conducting|in)\s+(?:(?:joint|national|military|regular|"
    r"bilateral|naval|more|[A-Z]{2,})\s+){1,2}(?:exercises|drills)\b|"
    # "does not take part in any exercises with Russia": none in particular
    rf"\b(?i:any)\s+(?:[\w-]+\s+)?(?:exercises|drills|manoeuvres|maneuvers)\b|"
    # "An exercise of this kind near the Black Sea is not (something we support)": a kind, no one exercise
    rf"\b(?i:an?)\s+(?:[\w-]+\s+)?(?:{EXERCISE_NOUN})\s+"
    r"(?:of\s+(?:this|that)\s+(?:kind|sort|type)|like\s+(?:this|that))\b")
# "the two countries would hold their first joint naval drill": a new one, not the article's
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
# ("flew their ninth joint strategic air patrol": one of a count of their own, not the article's exercise)
_THEIR_FIRST = re.compile(rf"\b(?:their|its)\s+{_ORDINAL}\s+(?:[\w-]+\s+){{0,3}}?(?:{EXERCISE_NOUN}|{_JOINT_PATROL})\b")
_THEIR_NTH_HELD = re.compile(rf"\b(?:flew|held|conducted|staged|carried\s+out)\s+(?:their|its)\s+"
                             rf"(?!first\b){_ORDINAL}\s+(?:[\w-]+\s+){{0,3}}?(?:{EXERCISE_NOUN}|{_JOINT_PATROL})\b")
# "the working group is set to hold a field training exercise off Brunei": after the article's exercise, one
# to come that is not named (in a lead sentence it is the article's own, named later)
_EXERCISE_TO_COME = re.compile(
    rf"\b(?:will|(?:is|are)\s+(?:set|due|scheduled|expected|planning|to))\s+(?:to\s+)?(?:hold|host|conduct|stage)\s+"
    rf"(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{EXERCISE_NOUN}\b")


_LOG = logging.getLogger(__name__)


class Extractor:
    """Extracts fact sheets from articles; build once (it compiles the gazetteer) and reuse."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or Gazetteer.load()
        self.finder = MentionFinder(self.gazetteer)
        # (who has belonged to which body: what "the bloc" of a list of its members is, when the text is unclear)
        self._rosters = ReferenceFacts.load().rosters()
        # (the agencies news is credited to: they speak, but are no body "the coalition" may mean)
        self._news_agencies = frozenset(entry.label for entry in self.gazetteer.entries if entry.news_agency)

    def _is_news_agency(self, mention: Mention) -> bool:
        return mention.kind == "gazetteer" and not mention.qid and mention.label in self._news_agencies

    def extract(self, article: Article) -> FactSheet:
        """The fact sheet of ``article``: its entities and facts, each fact with its evidence.

        The rules run on the text in a regular layout (see :mod:`kg.extract.layout`); evidence is given in
        the article's own text. Should a rule fail on some lines of the text (a bug of kg's, which a new text
        can always meet), the sheet holds the facts of the other lines, and a note (:func:`partial_extraction`)
        names the lines left out, by their characters in the article's text; kg logs a warning. A failure that
        no line explains (every line fails) is raised.
        """
        text, offsets = regular_layout(article.text, title=article.title)
        working = article
        if text != article.text:
            title = same_width(article.title) if article.title else article.title
            headline = first_line(text)
            if title and headline.lower() == title.strip().lower():
                title = headline  # (the headline as the copy writes it: from capitals, a sentence)
            working = replace(article, text=text, title=title)
        try:
            sheet = self._extract(working)
        except Exception as error:  # noqa: BLE001 - a rule's bug must not cost the article's other facts
            sheet, left_out = self._extract_around(working, error)
            spans = [offsets.span(start, end) if offsets else (start, end) for start, end in left_out]
            note = (f"{_PARTIAL} {', '.join(f'{start}-{end}' for start, end in spans)} left out: extraction "
                    f"failed on them ({type(error).__name__}: {error}); the other lines' facts are kept; please "
                    "report this article with kg's version")
            _LOG.warning("%s: %s", article.id, note)
            sheet = replace(sheet, notes=(*sheet.notes, note))
        return sheet if working is article else _in_original_text(sheet, article, text, offsets)

    def _extract_around(self, article: Article, error: Exception) -> tuple[FactSheet, list[tuple[int, int]]]:
        """The sheet of ``article`` without the lines on which extraction fails, and those lines' spans. Each
        line is tried alone first; then each that failed alone is tried again in the text of the others (some
        fail for want of what those say), the text with the failing ones blanked (offsets unchanged) giving
        the sheet. Should the others fail together, every line is added that way, one at a time (slow, and
        rare). Raises ``error`` when every line fails."""
        lines = [(line.start(), line.end()) for line in re.finditer(r"[^\n]*\S[^\n]*", article.text)]

        def attempt(text: str) -> FactSheet | None:
            """The sheet of ``text``, or None where extraction fails on it."""
            try:
                return self._extract(replace(article, text=text))
            except Exception:  # noqa: BLE001 - the lines tried are left out, and said to be
                return None

        blank = re.sub(r"[^\n]", " ", article.text)

        def only(kept: list[tuple[int, int]]) -> str:
            shown = set(kept)
            return "".join((article.text if piece in shown else blank)[piece[0]:piece[1]]
                           for piece in _pieces(len(blank), kept))

        failing_alone = [(start, end) for start, end in lines if attempt(article.text[start:end]) is None]
        kept = [line for line in lines if line not in failing_alone]
        left_out: list[tuple[int, int]] = []
        sheet = attempt(only(kept))
        if sheet is None:  # lines that fail only together: the slow way
            kept, failing_alone = [], lines
        for line in failing_alone:
            # (a line may fail alone for want of what the others say: "..., he said" with no one named)
            trial = sorted([*kept, line])
            with_line = attempt(only(trial))
            if with_line is None:
                left_out.append(line)
            else:
                sheet, kept = with_line, trial
        if not kept or sheet is None:
            raise error
        return replace(sheet, article=article), left_out

    def _extract(self, article: Article) -> FactSheet:
        text = article.text
        clutter = find_clutter(text)
        paragraphs = split_paragraphs(text, clutter)  # for the sentences and for the names
        sentences = split_sentences(text, clutter, paragraphs=paragraphs)
        mentions = self.finder.find(text, clutter, paragraphs=paragraphs)
        reference = infer_reference_date(article.date, _without(text, clutter))
        mentions = _label_exercises(_other_numbered_editions(mentions, text, clutter), sentences, text, reference)
        mentions = _head_noun_anaphors(_bracketed_aliases(mentions, text), text)
        pairs = _pairs_who_speak(mentions, text) if "two " in text else []
        speeches = find_speech(text, sentences, sorted(mentions + pairs, key=lambda m: m.start) if pairs else mentions)
        facts: list[Fact] = []
        facts += _speech_facts(text, speeches, reference)
        facts += _person_facts(text, sentences, mentions, self.finder)
        facts += _structure_facts(text, sentences, mentions, speeches, self.gazetteer)
        edition_facts, series_named = _editions_of_named_series(text, sentences, mentions, speeches)
        facts += edition_facts
        sentence_facts_, anonymous = self._sentence_rules(text, sentences, mentions, speeches, reference)
        anonymous += series_named
        facts = facts + sentence_facts_
        named = {m.label for m in mentions}
        facts += _followers(facts, sentences, mentions, reference)
        facts = _scheduled(_partners_of_programmes(facts, self.gazetteer, named), reference)
        facts, mentions = _described_agreements_named(facts, mentions)
        facts, mentions = _like_agreements_told_apart(facts, mentions)
        facts = _dated_with_exercise(facts, mentions, reference.year)
        if sentences and article.title and sentences[0].text.strip() == article.title.strip():
            facts = _without_headline_restatements(facts, sentences[0].end)
        facts = _without_coarser_offices(_without_coarser_dates(_deduplicate(facts)))
        facts = _without_observers_taking_part(_without_reported_restatements(facts))
        used = {f.subject for f in facts} | {f.object for f in facts if f.relation not in _LITERAL_RELATIONS}
        entities = _entities(sorted(mentions + anonymous, key=lambda m: m.start), used)
        notes = (f"reference date for relative times: {reference.value or 'none'} ({reference.reason})",)
        return FactSheet(article=article, entities=entities, facts=tuple(facts),
                         source=article.source, method=METHOD, notes=notes)

    def _sentence_rules(self, text: str, sentences: list[Sentence], mentions: list[Mention],
                        speeches: list[Speech], reference: ReferenceDate) -> tuple[list[Fact], list[Mention]]:
        facts: list[Fact] = []
        anonymous: list[Mention] = []
        last_org: Mention | None = None
        last_mission: Mention | None = None  # the last mission, force or operation named: what "the mission" is
        bodies: list[Mention] = []  # every last_org so far, latest last
        state_lists: list[list[Mention]] = []
        named_exercises = [m for m in mentions if m.type is EntityType.EXERCISE and m.kind == "exercise"]
        current_exercise: Mention | None = None
        # The exercise the article is about: the one it names most often (the first of those).
        counts = Counter(m.label for m in named_exercises)
        main_exercise = max(counts, key=lambda label: counts[label]) if counts else None
        # An article whose headline is on an exercise: what it says of taking part is about the one it names most
        # for longer after it was named, until another is named ("The remainder come from A, B and C" before the
        # paragraph on the larger exercise it is a component of; an earlier edition named early ends it too)
        # (a byline or heading line before it, one without a full stop, is not the lead: "From U.S. 4th Fleet Public
        # Affairs"; the exercise named by its name counts as much as the word: "the opening ceremony of UNITAS LXV")
        lead = sentences[:2] if sentences and not sentences[0].text.rstrip().endswith((".", ")", '"', "”")) \
            else sentences[:1]
        headline_on_exercise = any(_EXERCISE_WORD.search(sentence.text, folded(sentence.text)) is not None or any(
            sentence.start <= m.start < sentence.end for m in named_exercises) for sentence in lead)
        one_exercise_until = min((m.start for m in named_exercises if m.label != main_exercise),
                                 default=len(text)) if headline_on_exercise else -1
        passing: tuple[Mention, int] | None = None  # an earlier year's exercise and the sentence naming it
        exercise_seen_at = -10
        subject_lists: list[list[Mention]] = []
        official_pair: list[Mention] = []  # the states of the last two officials named together: "the two leaders"
        states_of_officials: dict[str, Mention] = {}  # each official's state, by titles: "Polish Minister X"
        opening_state: Mention | None = None  # the state the previous sentence opened with
        last_named_org: Mention | None = None
        before_last_named_org: Mention | None = None  # the one named before it, under another name
        last_agreement: Mention | None = None
        agreements: list[Mention] = []  # every agreement named so far, the last named last
        recent_exercises: list[Mention] = []  # the named exercises, one a label, the last named last
        section_exercise: Mention | None = None  # the exercise the last subheading named ("Flintlock shifts south")
        pair_before: list[Mention] = []  # the state the sentence before opened with and the one it has ties with
        topic_pairs: list[tuple[int, list[Mention]]] = []  # "Relations between A and B ...", by paragraph
        paragraph_sizes = Counter(s.paragraph for s in sentences)
        index = 0
        for number, sentence in enumerate(sentences):
            if topic_pairs and topic_pairs[-1][0] != sentence.paragraph:
                # (a pair a paragraph was about is not what "the two countries" of the next one mean)
                subject_lists = [run for run in subject_lists if all(run is not pair for _, pair in topic_pairs)]
                topic_pairs = []
            in_sentence = []
            while index < len(mentions) and mentions[index].start < sentence.start:
                index += 1
            cursor = index
            while cursor < len(mentions) and mentions[cursor].start < sentence.end:
                in_sentence.append(mentions[cursor])
                cursor += 1
            opens = _IT_OPENS.match(sentence.text) if opening_state is not None and sentence.text.startswith(
                ("It ", "The ")) else None
            if opens:
                # "India ... . It is a member of the Quad": the state the sentence before was about
                subject = opens.group(0).rsplit(None, 1)[0]
                in_sentence.insert(0, Mention(sentence.start, sentence.start + len(subject), subject,
                                              opening_state.label, EntityType.STATE, qid=opening_state.qid,
                                              kind="pronoun", confidence=opening_state.confidence))
            first = next((m for m in in_sentence if m.kind != "demonym"), None)
            clause_it = _CLAUSE_IT.search(sentence.text) if " it " in sentence.text and first is not None \
                and first.type is EntityType.STATE and (first.kind != "pronoun" or first.start == sentence.start) \
                and _OPENS_THE_SENTENCE.fullmatch(text, sentence.start, first.start) else None
            if clause_it:
                # "Sweden remains outside NATO, although it has been a partner of the alliance since 1994": the
                # subject the sentence opened with
                start = sentence.start + clause_it.start(1)
                in_sentence.append(Mention(start, start + 2, "it", first.label, EntityType.STATE, qid=first.qid,
                                           kind="pronoun", confidence=first.confidence))
                in_sentence.sort(key=lambda m: m.start)
            opening_state = first if first is not None and first.type is EntityType.STATE and (
                first.start - sentence.start <= 4 or first.kind == "pronoun") else None
            before = current_exercise
            stages = _stages_of(sentence, in_sentence, current_exercise) if current_exercise is not None and (
                "stages" in sentence.text or "phases" in sentence.text or "parts" in sentence.text) else []
            if stages:  # named stages of the exercise: theirs are part_of facts, the rest is the exercise's
                in_sentence = [m for m in in_sentence if m not in stages]
            component = _component_of(sentence, in_sentence, current_exercise) \
                if current_exercise is not None and "part of" in sentence.text else None
            whole = _whole_of(sentence, in_sentence, current_exercise) \
                if current_exercise is not None and "part of" in sentence.text else None
            alias = _another_name_of(text, sentence, in_sentence, current_exercise, reference.year)
            if alias is not None:  # "Brazil is hosting the ninth edition of the Cruzeiro do Sul exercise"
                in_sentence = [m for m in in_sentence if m is not alias]
            dated = _dated_edition_after(sentence, in_sentence, reference.year) if "edition" in sentence.text else None
            if dated is not None:  # "Niger hosted Flintlock 2018, and Burkina Faso co-hosted the 2019 edition"
                in_sentence = sorted([*in_sentence, dated], key=lambda m: m.start)
            exercise = _exercise_of(sentence, in_sentence, named_exercises, current_exercise, reference.year)
            if number and paragraph_sizes[sentence.paragraph] == 1 and _SUBHEADING.fullmatch(sentence.text):
                named_here = [m for m in in_sentence if m.type is EntityType.EXERCISE]
                # ("From Cold Response to Nordic Response": the section is on the one it comes to)
                section_exercise = (exercise if _FROM_ONE_TO_ANOTHER.match(sentence.text) else named_here[0]) \
                    if named_here else None
            elif section_exercise is not None and exercise is not None and exercise.label != section_exercise.label:
                # "African Lion's close came a week after X wrapped up Flintlock 2024" under "Flintlock shifts
                # south": of two exercises named, the one the section is on
                exercise = next((m for m in in_sentence if m.type is EntityType.EXERCISE
                                 and m.label == section_exercise.label), exercise)
            if whole is not None and exercise is whole and not _ANAPHORIC_OPENING.match(sentence.text) and \
                    not _RELATIVE_AFTER_NAME.match(text, whole.end):
                # "A and B host the exercise, which is part of Y, NATO's largest ...": the clause's is the one named
                # before; what the sentence says of Y is in the aside on it
                exercise = current_exercise
            aside = _ANAPHORIC_OPENING_ASIDE.match(sentence.text) if exercise is not None and \
                exercise.kind == "series" and current_exercise is not None else None
            if aside is not None and exercise.end <= sentence.start + aside.end():
                # "The drills, the latest in an annual series of X exercises, are scheduled to take place at Y":
                # the series named in the aside, the drills the ones spoken of
                exercise = current_exercise
            if exercise is not None and exercise.kind == "series" and current_exercise is not None and \
                    current_exercise.label.startswith(f"{exercise.label} ") and \
                    _ANAPHORIC_OPENING.match(sentence.text) and ", which " in text[sentence.start:exercise.start]:
                # "The exercise is run by X, which has organised Locked Shields every year since 2010": this year's,
                # whose series the clause on its organiser names
                exercise = current_exercise
            reach = 5 if sentence.end <= one_exercise_until and current_exercise is not None and \
                current_exercise.label == main_exercise else 2
            if exercise is None and current_exercise is not None and number - exercise_seen_at <= reach \
                    and _CARRY_OVER.search(sentence.text, folded(sentence.text)) \
                    and not _ANOTHER_OCCASION_OPENING.match(sentence.text) \
                    and not _ANOTHER_EXERCISE.search(sentence.text) and not _takes_part_in_a_body(text, in_sentence) \
                    and not _THEIR_FIRST.search(sentence.text):
                # "Finland and Latvia will each send two minehunters."; "Troops from Benin and Togo took part"
                # right after an earlier year's exercise named in passing is about that one, and so is the next
                # such sentence
                past = passing is not None and number - passing[1] == 1 and \
                    _PAST_TENSE.search(sentence.text) and not _PRESENT_OR_FUTURE.search(sentence.text)
                exercise = passing[0] if past and passing is not None else current_exercise
                passing = (passing[0], number) if past and passing is not None else passing
            if passing is not None and number - passing[1] <= 2 and _THAT_EXERCISE_OPENING.match(sentence.text) and (
                    exercise is None or exercise is current_exercise or exercise.kind == "anonymous") and \
                    _PAST_TENSE.search(sentence.text) and not _PRESENT_OR_FUTURE.search(sentence.text):
                # "The last edition, X 23, ran from ... . That drill was co-led by A and B": the one named in passing
                exercise, passing = passing[0], (passing[0], number)
            if passing is not None and number - passing[1] == 1 and exercise is current_exercise and \
                    exercise is not None and passing[0].year and exercise.year != passing[0].year and \
                    exercise not in in_sentence and str(passing[0].year) in sentence.text and \
                    _THE_DRILLS_OPENING.match(sentence.text):
                # "... code-named Firm Wave, hosted by Bangladesh, between 29 and 31 December 2012. The drills took
                # place at Y on 29-31 December 2012": the ones the sentence before named, dated by their own year
                exercise, passing = passing[0], (passing[0], number)
            if exercise is None and current_exercise is not None and number - exercise_seen_at == 1 \
                    and _IT_IS_HELD_OPENING.match(sentence.text):
                exercise = current_exercise  # "X 2026 began on Monday. It is being held at Y": the one just named
            if exercise is not None:
                exercise_seen_at = number
            if exercise is not None and (exercise.kind in ("edition", "series") or exercise is component
                                         or exercise is whole):
                pass  # an earlier edition named in passing, the series, a component or the whole the exercise is
                # part of: the article's own exercise stays current
            elif exercise is not None and exercise.kind != "anonymous":
                others = {m.label for m in in_sentence if m.type is EntityType.EXERCISE and m.label != main_exercise}
                if main_exercise is not None and exercise.label != main_exercise and (
                        exercise.year and reference.year and exercise.year < reference.year
                        # "The next edition, X 2026, is scheduled for May 2026": another edition, named in passing
                        or exercise.year and _ANOTHER_EDITION_SET_OFF_BEFORE.search(
                            text, max(sentence.start, exercise.start - 40), exercise.start)
                        or not exercise.year and _PLURAL_NOUN_AFTER.match(text, exercise.end)
                        # "Two special exercises, X and Y, will run in parallel": parts of the main one, which
                        # stays what "the drills" are after
                        or len(others) >= 2 and current_exercise is not None
                        and current_exercise.label == main_exercise
                        # "This year the exercise is conducted in conjunction with X": the one it runs beside
                        or _ANAPHORIC_SUBJECT.search(sentence.text) and _ALONGSIDE_ANOTHER_BEFORE.search(
                            text, max(sentence.start, exercise.start - 30), exercise.start)
                        # "The exercise replaces Cold Response, ...": the one before it
                        or PREDECESSOR_BEFORE.search(text, max(sentence.start, exercise.start - 30),
                                                      exercise.start)):
                    # an earlier year's other exercise, or another series ("trains with US troops, including in
                    # the annual Defender Europe exercises"), named in passing
                    passing = (exercise, number)
                elif current_exercise is not None and current_exercise.year and not exercise.year and \
                        current_exercise.label.startswith(f"{exercise.label} "):
                    pass  # "Exercise X is an annual event ...": the series of this year's X, which stays current
                else:
                    current_exercise = exercise
            elif exercise is not None:
                anonymous.append(exercise)
            year = exercise.year if exercise is not None and exercise.year else None

            def times(sentence: Sentence = sentence, year: int | None = year, exercise: Mention | None = exercise,
                      in_sentence: list[Mention] = in_sentence) -> list[tuple[int, int, str, str]]:
                future = functools.partial(_modality.is_future, sentence.text)  # asked only for a weekday
                # "In February, Armenia signed a roadmap with France, and in September 2023 it hosted Eagle Partner
                # 2023": the exercise's year fills the dates of its own clause, not of the clauses before it
                boundary = max((m.end() for m in _CLAUSE_BOUNDARY.finditer(sentence.text, 0, exercise.start
                                                                            - sentence.start)), default=0) \
                    if year and exercise is not None and sentence.start < exercise.start < sentence.end else 0
                if boundary and not any(m.type is EntityType.AGREEMENT and m.start < sentence.start + boundary
                                        for m in in_sentence):
                    boundary = 0  # (only a clause on an agreement: "Held from February 25, and hosted by A, X 2025")
                pieces = [(0, boundary, None), (boundary, len(sentence.text), year)] if boundary else \
                    [(0, len(sentence.text), year)]
                # ("In November that year": the year named last before the sentence)
                year_before = _year_named_before(text, sentence.start) if "that year" in sentence.text or \
                    "same year" in sentence.text else None
                return [(t.start, t.end, t.value, t.kind) for lo, hi, default in pieces
                        for t in find_times(sentence.text[lo:hi], offset=sentence.start + lo, reference=reference,
                                            default_year=default, year_before=year_before, future=future)]

            context = SentenceContext(text, sentence, in_sentence, last_org, state_lists, exercise, times,
                                      subject_lists, last_named_org, last_agreement, bodies, official_pair,
                                      before_last_named_org=before_last_named_org,
                                      states_of_officials=states_of_officials, agreements=agreements,
                                      pair_before=pair_before, last_mission=last_mission)
            # (the two states a sentence names, the one it opens with and one it has ties "with", by name: what
            # "the two countries" of the next one may be)
            named_states = list({m.label: m for m in in_sentence if m.type is EntityType.STATE
                                 and m.kind == "gazetteer"}.values())
            pair_before = named_states if len(named_states) == 2 and (named_states[0].start - sentence.start <= 4 or (
                _FRONTED_TIME_BEFORE_SUBJECT.fullmatch(text, sentence.start, named_states[0].start))) \
                and (WITH_BEFORE.search(text, named_states[1].start - 12, named_states[1].start)
                     or _TIES_TO_BEFORE.search(text, named_states[1].start - 24, named_states[1].start)) \
                and not _NOT_WORD.search(sentence.text) else []
            evidence = None  # made for the first fact: most sentences state none
            # Facts of one trigger ("X, Y and Z are members of NATO") share their modality: found once. Where
            # a place lies is no clause's (see _fact_modality), though its trigger may be a location's.
            modalities: dict[tuple[tuple[int, int], tuple[int, int] | None, bool, bool], Modality] = {}
            exceptions = _exceptions(sentence) if "xcept" in sentence.text or "part from" in sentence.text or \
                "either" in sentence.text else None
            first_fact = len(facts)
            stage_facts = [Candidate(stage, "part_of", before, None, (stage.start, stage.end), 0.7)
                           for stage in [*stages, *([component] if component is not None else [])]
                           if before is not None]
            if whole is not None and before is not None:  # "The exercise is part of DEFENDER-Europe 21"
                stage_facts.append(Candidate(before, "part_of", whole, None, (sentence.start, whole.end), 0.7))
            if exercise is not None and exercise.kind == "edition" and exercise not in in_sentence:
                # an edition named by its place ("the previous edition, in 2018"): an entity of the sheet, which its
                # facts need to be mapped (no part of the series is said: dev's annotators note none for these)
                anonymous.append(exercise)
            candidates = itertools.chain(_with_relative_clause_apart(context, before, reference.year), stage_facts)
            counted = _the_ones_counted(sentence, in_sentence, recent_exercises) \
                if exercise is not None and len(recent_exercises) >= 2 and any(
                    noun in sentence.text for noun in _COUNTED_NOUNS) else []
            if counted and exercise is not None:  # "Armenia will not take part in any of the three exercises"
                candidates = _for_each_exercise(candidates, exercise, counted)
            if last_org is not None and last_org.start < sentence.start and bodies:
                candidates = _members_by_roster(candidates, sentence, bodies, self._rosters, functools.partial(
                    _fact_modality, sentence=sentence, speeches=speeches, text=text))
            adversaries = _ADVERSARY_WORDS.search(sentence.text) is not None
            asked = _ASKED_WHETHER.search(sentence.text) if "hether" in sentence.text else None
            question_end = sentence.start + (next((m.start() for m in _QUESTION_END.finditer(
                sentence.text, asked.end())), len(sentence.text)) if asked else 0)
            for candidate in candidates:
                if asked is not None and candidate.relation != "said" and \
                        sentence.start + asked.end() <= candidate.trigger[0] < question_end:
                    continue  # "X was asked whether Armenia intended to withdraw": a question, no fact stated
                if candidate.relation in STANDINGS and candidate.object is not None and \
                        text.endswith(("non-", "Non-"), 0, candidate.object.start) and \
                        not DENIES_A_STANDING.fullmatch(text, *candidate.trigger):
                    continue  # "non-NATO members Austria and Ireland", "Norway, a non-EU member": outside it
                if adversaries and candidate.relation in _SIDES_RELATIONS and any(
                        end is not None and end.type is EntityType.STATE
                        and _only_faced(end, in_sentence, text, sentence)
                        for end in (candidate.subject, candidate.object)):
                    continue  # "A and B signed a pact amid tensions with China": the one they face, no side
                if candidate.relation == "signed_agreement_with" and (candidate.subject.kind == "company" or (
                        candidate.object is not None and candidate.object.kind == "company")):
                    continue  # "Hyundai Rotem has signed contracts with Poland": a firm's contract, no states' pact
                # (a rule that gave the words its fact stands on has placed it outside "Neither do A ...")
                excepted = exceptions is not None and candidate.scope is None and _excepted(text, exceptions, candidate)
                key = (candidate.trigger, candidate.scope, candidate.relation == "part_of", excepted)
                modality = modalities.get(key)
                if modality is None:
                    modality = modalities[key] = (Modality.NEGATED if excepted else
                                                  _fact_modality(candidate, sentence, speeches, text))
                if evidence is None:
                    evidence = _evidence(sentence)
                facts.append(_fact(candidate, modality, evidence))
            if len(facts) > first_fact and (", " in sentence.text or " and " in sentence.text):
                facts += _gapped(sentence, in_sentence, context, facts[first_fact:])
            if len(facts) > first_fact and " with " in sentence.text:
                facts += _standing_shared_with(sentence, in_sentence, context, facts[first_fact:])
            if len(facts) > first_fact and reference.value and len(reference.value) == 10 and \
                    _AT_THE_EVENT.match(sentence.text) and _PAST_SIGNING.search(sentence.text) and not context.times \
                    and not _A_TIME_BEFORE.search(text, max(0, sentence.start - 300), sentence.start):
                facts += _signed_at_the_event(facts[first_fact:], reference.value)
            if len(facts) > first_fact and ", " in sentence.text:
                if ", as " in sentence.text:
                    facts += _as_is(sentence, in_sentence, context, facts[first_fact:])
                if "nlike " in sentence.text:
                    facts[first_fact:] = _contrasted(sentence, in_sentence, context, facts[first_fact:])
                if _BESIDES.match(sentence.text):
                    facts += _besides(sentence, in_sentence, context, facts[first_fact:])
            for mention in in_sentence:
                if mention.type in (EntityType.MILITARY_UNIT, EntityType.ORGANIZATION) and (
                        "Mission" in mention.text or "Force" in mention.text or "Operation" in mention.text):
                    last_mission = mention
                # a body ("the CSTO Joint Staff said") is not what "the bloc" means; a grouping of states is
                # (nor a news agency: "Agence France-Presse" in a byline)
                if mention.type in (EntityType.ALLIANCE, EntityType.ORGANIZATION) and (
                        mention.qid or mention.kind in ("grouping", "gazetteer")) and not mention.part_of \
                        and not self._is_news_agency(mention):
                    # (nor an organ named after its body: "the UN General Assembly" is not "the organization",
                    # though "the council" may be the UN Security Council)
                    if not is_organ(mention):
                        last_org = mention
                    bodies.append(mention)
                if mention.type in (EntityType.ALLIANCE, EntityType.ORGANIZATION) and mention.kind in (
                        "gazetteer", "organisation") and not self._is_news_agency(mention):
                    # named: known, or found by its head noun or acronym
                    if last_named_org is not None and last_named_org.label != mention.label:
                        before_last_named_org = last_named_org
                    last_named_org = mention
                if mention.type is EntityType.AGREEMENT:
                    if not _AGREEMENT_AS_MODIFIER.match(text, mention.end):
                        last_agreement = mention  # (not "Warsaw Pact states": the states it names, no pact spoken of)
                    agreements.append(mention)
            for mention in in_sentence:
                if mention.type is EntityType.STATE and mention.kind == "demonym" and (
                        mention.start - sentence.start <= 4
                        or DATELINE_OPENING.fullmatch(text[sentence.start:mention.start])):
                    # "Chinese and Tajik forces began drills ...": the pair "the two countries" refers to after
                    run = list_after(context, mention.start, (EntityType.STATE,), max_gap=0, allow_demonyms=True)
                    if len(run) >= 2 and all(m.kind == "demonym" for m in run):
                        state_lists.append(run)
                        subject_lists.append(run)
                if mention.type is EntityType.STATE and mention.kind != "demonym":
                    run = list_after(context, mention.start, (EntityType.STATE,), max_gap=0)
                    # (not the tail of the list just taken: "A, B, C, D and E" holds no list "C, D and E" that "the
                    # three countries" could mean)
                    if len(run) >= 2 and (not state_lists or state_lists[-1][0].start != run[0].start) and not (
                            state_lists and state_lists[-1][0].start < run[0].start <= state_lists[-1][-1].start):
                        state_lists.append(run)
                        if run[0].start - sentence.start <= 4 or DATELINE_OPENING.fullmatch(
                                text[sentence.start:run[0].start]) or _ADVERB_OPENING.fullmatch(
                                    text, sentence.start, run[0].start):
                            # "Lithuania and Poland have signed ...", "Meanwhile Russia and Belarus started drills"
                            subject_lists.append(run)
                        elif len(run) == 2 and _PAIR_TOPIC_OPENING.fullmatch(text, sentence.start, run[0].start):
                            # "Relations between A and B have soured": the pair the paragraph goes on about
                            subject_lists.append(run)
                            topic_pairs.append((sentence.paragraph, run))
            officials_states = _states_of_officials_listed(text, in_sentence) if " of " in sentence.text else []
            if officials_states:
                # "Presidents A of Chile, B of Argentina and C of Peru, and Guyana's ambassador D": "the four
                # countries" after it
                state_lists.append(officials_states)
            for mention in in_sentence:
                if mention.type is EntityType.EXERCISE and mention.kind == "exercise":
                    recent_exercises = [m for m in recent_exercises if m.label != mention.label] + [mention]
            officials = _states_of_two_officials(text, in_sentence) \
                if sum(m.type is EntityType.PERSON for m in in_sentence) >= 2 else []
            if officials:  # "Armenian Prime Minister X met French President Y": the pair "the two leaders" are
                official_pair = officials
            for mention in in_sentence:
                if mention.type is EntityType.PERSON and mention.kind != "pronoun":
                    state = _state_titled_before(text, in_sentence, mention, names=True)
                    if state is not None:
                        states_of_officials[mention.label] = state
        return facts, anonymous


_CLAUSE_BOUNDARY = re.compile(r",\s+(?:and|but|while)\s+|;\s+")
_QUESTION_END = re.compile(r"[,;:]|\s+and\s")  # "asked whether the drills would go ahead, a spokesperson said"
# "was asked whether", "it is unclear whether", "asked if": what follows is a question
# ("Whether Serbia will ever join the EU remains unclear": a sentence that opens with its question)
_ASKED_WHETHER = re.compile(r"\b(?:asked|asking|wondered|unclear|uncertain|not\s+clear|undecided|question)\s+"
                            r"(?:[\w-]+\s+){0,6}?whether\b|^[\"“]?Whether\b")


def _signed_at_the_event(new_facts: list[Fact], date: str) -> list[Fact]:
    """"On the sidelines of the meeting, A and B signed a memorandum on X": an agreement signed at the event the
    article reports, on the article's date, where the sentence gives no time of its own."""
    parties = {f.subject: f.evidence for f in new_facts if f.relation == "agreement_party"
               and f.modality is Modality.ASSERTED}
    dated = {f.subject for f in new_facts if f.relation == "agreement_date"}
    return [Fact(agreement, "agreement_date", date, Modality.ASSERTED, None, evidence, confidence=0.6)
            for agreement, evidence in parties.items() if agreement not in dated]


# ... opening the sentence, the event the article reports (not "at their last summit", "recalled that A signed")
_AT_THE_EVENT = re.compile(r"(?:[Aa]t\s+the\s+end\s+of|[Oo]n\s+the\s+(?:sidelines|margins)\s+of|[Aa]t|[Dd]uring|"
                           r"[Aa]fter)\s+(?:the|this|their|his|her)\s+(?!(?:last|next|previous|first)\b)"
                           r"(?:[\w-]+\s+){0,2}?"
                           # ("During his visit to Brasilia, ...", "At the end of the talks in Nairobi, ...")
                           r"(?:meeting|talks|visit|summit|ceremony|session)(?:\s+(?:to|in)\s+[A-Z][\w-]+)?,\s+"
                           r"(?![^.;]{0,60}\b(?:recalled|noted|said|reviewed)\b)")
# A date or a weekday told just before (the meeting's own day, or another time): the article's date may not be it
_A_TIME_BEFORE = re.compile(r"\b(?:(?:19|20)\d\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|"
                            r"last\s+(?:week|month))\b")
# A signing told in the simple past (not "has signed": done at some time before)
_PAST_SIGNING = re.compile(r"(?<!has )(?<!have )(?<!had )\b(?:signed|adopted|inked)\b")


# "any of the three exercises", "all three drills", "both exercises", "the two exercises"
_THE_ONES_COUNTED = re.compile(
    rf"\b(?:(?:any|all|each|none|either|neither)\s+of\s+(?:the|these|those)\s+|all\s+(?:(?:the|these)\s+)?|"
    rf"the\s+|these\s+)(?P<count>{TWO_TO_TEN})\s+(?:exercises|drills|manoeuvres|maneuvers)\b|"
    r"\bboth\s+(?:the\s+)?(?:exercises|drills|manoeuvres|maneuvers)\b", re.IGNORECASE)
_COUNTED_NOUNS = ("exercises", "drills", "manoeuvres", "maneuvers")  # (a cheap test first)
_COUNTS = {word: index + 2 for index, word in enumerate(TWO_TO_TEN.split("|"))}
_SOME_OF = re.compile(rf"\b(?:one|{TWO_TO_TEN}|first|second|third|last|only\s+one|some|most)\s+of\s+$", re.IGNORECASE)
_DRILL_RELATIONS = frozenset({"participates_in_exercise", "hosts_exercise", "organizes_exercise",
                              "exercise_located_in", "exercise_date"})


def _the_ones_counted(sentence: Sentence, mentions: list[Mention], recent: list[Mention]) -> list[Mention]:
    """The exercises a sentence naming none counts in place of the one it is about ("Armenia sent no troops to
    any of the three exercises"): the last ones named, as many as it counts, or []."""
    if any(m.type is EntityType.EXERCISE and m.kind == "exercise" for m in mentions):
        return []
    counted = _THE_ONES_COUNTED.search(sentence.text)
    if counted is None or _SOME_OF.search(sentence.text, 0, counted.start()):
        return []  # "took part in two of the three exercises": which ones, the sentence does not say
    count = _COUNTS[counted.group("count").lower()] if counted.group("count") else 2
    return recent[-count:] if count <= len(recent) else []


def _for_each_exercise(candidates: Iterable[Candidate], exercise: Mention,
                       counted: list[Mention]) -> Iterator[Candidate]:
    """``candidates``, each fact of ``exercise`` said of every one of ``counted`` instead."""
    for candidate in candidates:
        if candidate.relation not in _DRILL_RELATIONS or exercise not in (candidate.subject, candidate.object):
            yield candidate
            continue
        for other in counted:
            if candidate.object is exercise:
                yield replace(candidate, object=other)
            else:
                yield replace(candidate, subject=other)


# "Last year, troops from A practised ...": a sentence on another occasion goes on about no exercise named before
_ANOTHER_OCCASION_OPENING = re.compile(r"(?:Last\s+year|In\s+(?:19|20)\d\d|Earlier|Previously|In\s+response)\b")
_ADVERB_OPENING = re.compile(r"(?:Meanwhile|Separately|Elsewhere|Also|However|Earlier|Later|Now|Today|Then|"
                             r"(?:On|Last|This|Next)\s+\w+day|(?:In|On|Since|By)\s+(?:[A-Z][a-z]+\s+)?\d{1,4}),?\s+")
# What a sentence opens with before a pair it is about ("Relations between ", "Military ties between the ")
_PAIR_TOPIC_OPENING = re.compile(r"(?:[A-Z][a-z]+|The\s+[a-z]+)(?:\s+[a-z]+){0,2}\s+between\s+(?:the\s+)?")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+[^,;.]*$")
_FORMER_BEFORE = re.compile(r"\b(?:[Ff]ormer|[Ee]x-?|[Tt]hen-?)\s*$")
# What stands between a state's adjective and the official it names ("Armenian Prime Minister ", "French ")
_TITLE_BEFORE_NAME = re.compile(r"(?:\s+(?:[A-Z][a-z]+|of|and|for))*\s+")
# ("US Defense Secretary ", "Chile's Defence Minister "): a state's name, then at least one title word
_TITLES_AFTER_STATE_NAME = re.compile(r"(?:['’]s)?(?:\s+[A-Z][a-z]+)(?:\s+(?:[A-Z][a-z]+|of|and|for))*\s+")


def _states_of_two_officials(text: str, mentions: list[Mention]) -> list[Mention]:
    """The states of the two people a sentence names by their states' adjectives and their titles ("Armenian
    Prime Minister Nikol Pashinyan met French President Emmanuel Macron"), or [] (fewer, more, or one state)."""
    people = [m for m in mentions if m.type is EntityType.PERSON]
    if len(people) > 2 and _BETWEEN_BEFORE.search(text, max(0, people[-2].start - 60), people[-2].start):
        people = people[-2:]  # "X brokered talks between Somali President A and Ethiopian Prime Minister B"
    if len(people) != 2:
        return []
    states = [_state_titled_before(text, mentions, person) for person in people]
    if None in states or states[0].label == states[1].label:
        return []
    return states


def _state_titled_before(text: str, mentions: list[Mention], person: Mention, names: bool = False) -> Mention | None:
    """The state whose adjective and titles come right before a person ("French President X"; with ``names``, its
    name too: "US Defense Secretary X", "Chile's Defence Minister X"), or None (none, or "Former Ukrainian President
    X": one who no longer acts for the state)."""
    state = next((m for m in reversed(mentions) if m.type is EntityType.STATE and m.end < person.start and (
        _TITLE_BEFORE_NAME.fullmatch(text, m.end, person.start) if m.kind == "demonym" else
        names and _TITLES_AFTER_STATE_NAME.fullmatch(text, m.end, person.start))), None)
    return None if state is None or _FORMER_BEFORE.search(text, max(0, state.start - 12), state.start) else state


# "Poland, which took part in X 2024, will not take part this year": a relative clause on an earlier edition
# before the main clause's participation verb; "India, an observer at the 2023 iteration, has sent": an apposition.
_RELATIVE_THEN_TAKING_PART = re.compile(
    r"(?P<clause>,\s+(?:which|who|an?\s+(?:observer|participant)\s+(?:at|in|of)|the\s+host\s+of)\s[^;]{2,200}?),\s+"
    r"(?:(?:is|are|was|were|has|have|had|will|would|did|does|do)\s+)?"
    r"(?:(?:not|never|also|again|now)\s+)*(?:be\s+)?(?:taking\s+part|take\s+part|participat\w*|join\w*|send\w*|sent|"
    r"deploy\w*|attend\w*|declined|withdr\w+|pulled\s+out|skipp\w*|opted\s+out|absent|boycott\w*)\b")
_EARLIER_TIME = re.compile(r"\b(?:last\s+year|(?:in|since)\s+(?:19|20)\d\d|(?:19|20)\d\d\s+(?:edition|iteration)|"
                           r"previous|earlier|past|first|second|third|(?:spring|summer|autumn|winter)\s+round)\b")


def _with_relative_clause_apart(context: SentenceContext, current: Mention | None,
                                reference_year: int | None) -> Iterator[Candidate]:
    """The candidates of a sentence, where a relative clause on an earlier edition sits between a participant
    and the verb of its main clause ("Denmark, which sent a frigate last year, is not taking part this time"):
    the main clause is about the exercise the article is on, the clause about the one it names ("which took
    part in X 2024"), or the edition it numbers ("which sent observers to the 2023 iteration"), or none."""
    sentence = context.sentence
    match = _RELATIVE_THEN_TAKING_PART.search(sentence.text) if current is not None and ", " in sentence.text \
        else None
    if match is None or current is None:
        yield from sentence_facts(context)
        return
    start, end = sentence.start + match.start("clause"), sentence.start + match.end("clause")
    inside = [m for m in context.mentions if start <= m.start < end]
    named = [m for m in inside if m.type is EntityType.EXERCISE]
    if any(m.label == current.label for m in named) or not any(
            m.start < start and m.type in (EntityType.STATE, EntityType.MILITARY_UNIT) for m in context.mentions) \
            or not (named or _EARLIER_TIME.search(context.text, start, end)):
        yield from sentence_facts(context)
        return
    yield from sentence_facts(replace(context, exercise=None))  # what the sentence says of anything else
    # The main clause on the article's exercise, its triggers looked for outside the relative clause
    masked = sentence.text[:start - sentence.start] + " " * (end - start) + sentence.text[end - sentence.start:]
    main = replace(context, sentence=Sentence(sentence.start, sentence.end, masked, sentence.paragraph),
                   mentions=[m for m in context.mentions if m not in inside], exercise=current)
    for candidate in sentence_facts(main):
        if candidate.object is current or candidate.subject is current:
            yield candidate
    other = _OTHER_EDITION.search(sentence.text, match.start("clause"), match.end("clause")) \
        if not named and (not current.year or _EDITION_SUFFIX.search(current.label)) else None
    edition = None if other is None else _edition(other, sentence, current, reference_year) if current.year \
        else _dated_edition_of_series(other, sentence, current)
    if edition is not None and edition.year != current.year:
        named = [edition]
    if named:
        clause = replace(context, sentence=Sentence(sentence.start, end, context.text[sentence.start:end],
                                                    sentence.paragraph),
                         mentions=sorted([m for m in context.mentions if m.start < end] + [
                             m for m in named if m not in context.mentions], key=lambda m: m.start),
                         exercise=named[0])
        for candidate in sentence_facts(clause):
            if (candidate.object is named[0] or candidate.subject is named[0]) and start <= candidate.trigger[0] < end:
                yield candidate


# "Finland joined the alliance in April 2023, Sweden in March 2024": a state and a time, the verb left out
# (after a body's acronym too; "Croatia has been a member since 2009, Montenegro since 2017")
_GAPPED_TIME = re.compile(r"(?:\s+\([A-Z][A-Za-z]{1,9}\))?\s+(?:(?:only|just|finally)\s+)?(?:in|since)\s+")
# ", Iran in 2023", "..., and Belarus in 2024", "followed by Iran in 2023" (after a dated fact, so "and" alone too)
_GAP_OPENS = re.compile(r"(?:,|\band|\bfollowed\s+by)\s+(?:the\s+)?$")
_GAP_ENDS = re.compile(r"\s*(?:[.;]|,\s|\s+and\s|$)")
_GAPPABLE = ("member_of", "left", "applied_for_membership_of", "observer_of", "partner_of",
             "suspended_participation_in")


# What one takes part in or joins, when it is not an exercise: "take part in NATO's X (NSATU)", "joined the
# initiative as observers"
_TAKING_PART_IN = re.compile(r"\b(?:(?:take|takes|taking|took)\s+part|participat\w*)\s+in\s+(?:the\s+)?$|"
                             r"\bjoin(?:s|ed)?\s+(?:the\s+)?$")
_A_BODY_JOINED = re.compile(r"\b(?:(?:take|takes|taking|took)\s+part\s+in|join(?:s|ed)?)\s+the\s+(?:initiative|bloc|"
                            r"alliance|organi[sz]ation|programme|program|mission|grouping|coalition)\b", re.IGNORECASE)
_IN_AN_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*$")


def _takes_part_in_a_body(text: str, mentions: list[Mention]) -> bool:
    """Whether a sentence (its ``mentions``) speaks of taking part in a body or programme rather than an
    exercise: what it says is not carried over to the exercise named before."""
    named = (m.start for m in mentions if m.type in (EntityType.ALLIANCE, EntityType.ORGANIZATION, EntityType.AGREEMENT)
             and _TAKING_PART_IN.search(text, max(0, m.start - 30), m.start))
    referred = (match.start() for match in (_A_BODY_JOINED.finditer(text, mentions[0].start, mentions[-1].end + 60)
                                            if mentions else ()))
    # (not in an aside: "Sweden, which joined NATO in 2024, will also send units", "A, whose bid to join NATO is
    # stalled, will take part")
    return any(not _IN_AN_ASIDE.search(text, max(0, at - 120), at) for at in itertools.chain(named, referred))


# "a member of the Quad grouping with A, B and C", "was granted observer status in the SCO in 2005, together with
# A and B": the states the standing is shared with, a list that ends the clause
_SHARED_WITH = re.compile(r"(?:\s+(?:grouping|group|bloc|alliance|framework|format))?"
                          r"(?:\s+(?:in|since)\s+(?:\d{4}|[A-Z][a-z]+\s+\d{4}))?,?\s+"
                          r"(?:together\s+with|along\s+with|with)\s+(?:the\s+)?")
# (not a verb after it: "A and B, both members of NATO, along with C, oppose ...": C is the verb's subject)
# ("with Russia, which invaded it", "with China, a neighbour, watching": a state set beside the subject, no co-member;
# but "with A, B and C, a framework the Philippines is not part of": an apposition on the body ends it)
_SHARED_LIST_ENDS = re.compile(r"(?:\s+(?:in|since)\s+\d{4})?\s*(?:[.;]|$|,\s+(?:and|but|while|whereas)\b|"
                               r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:framework|grouping|group|bloc|format|forum|"
                               r"alliance|partnership|pact|arrangement|organi[sz]ation|body|club)\b(?!['’]))")
_SHARED_STANDINGS = ("member_of", "observer_of", "partner_of")


def _standing_shared_with(sentence: Sentence, mentions: list[Mention], context: SentenceContext,
                          facts: list[Fact]) -> list[Fact]:
    """The standings of a sentence's subject that a list after the body ("with A, B and C") shares."""
    out = []
    for fact in facts:
        if fact.relation not in _SHARED_STANDINGS or fact.modality is not Modality.ASSERTED:
            continue
        for body in (m for m in mentions if m.label == fact.object):
            shared = _SHARED_WITH.match(context.text, body.end)
            states = list_after(context, shared.end(), (EntityType.STATE,), max_gap=0) if shared else []
            if not states or not _SHARED_LIST_ENDS.match(context.text, states[-1].end) or \
                    any(m.type is EntityType.STATE and m.label == fact.subject for m in states):
                continue
            # (the time too, where they joined together: "joined NATO in 1999 with A and B")
            together = "together" in shared.group(0) or "along" in shared.group(0) or \
                any(c.isdigit() for c in shared.group(0))
            out += [replace(fact, subject=state.label, time=fact.time if together else None, confidence=0.65)
                    for state in states if not any(f.subject == state.label and f.relation == fact.relation
                                                   and f.object == fact.object for f in facts)]
    return out


_THE_DRILLS_OPENING = re.compile(r"(?:The|These|Those)\s+(?:[a-z-]+\s+)?(?:drills?|exercises?|manoeuvres|maneuvers|"
                                 r"war\s+games)\b")


def _year_named_before(text: str, position: int) -> int | None:
    """The year the text names last in the 400 characters before ``position``: the last it dates something by
    ("in 2011", "in March 2011"), else the last it names ("the 2014 annexation"); not a number that only looks
    like one ("Resolution 1973", "Vision 2030")."""
    start = max(0, position - 400)
    years = _DATED_IN_YEAR.findall(text, start, position) or _NAMED_YEAR.findall(text, start, position)
    return int(years[-1]) if years else None


def _members_by_roster(candidates: Iterable[Candidate], sentence: Sentence, bodies: list[Mention],
                       rosters: dict[str, frozenset[str]],
                       modality_of: Callable[[Candidate], Modality]) -> list[Candidate]:
    """``candidates``, with the members of a body an earlier sentence named ("the bloc's members are A and B")
    moved to the latest body named before it that has had them all as members, where the reference data says
    the body named last never had any of them. "It has not applied to join the European Union. Besides Armenia,
    the bloc's members are Belarus, Kazakhstan and Russia." after the CSTO: the CSTO's; the EU named in passing is
    not the bloc the article is about. A list that "the ten members" set off, of no body named, is dropped. A
    membership denied stays ("Austria has stayed out of the alliance")."""
    candidates = list(candidates)
    by_body: dict[tuple[tuple[int, int], int], list[Candidate]] = {}
    for candidate in candidates:
        if candidate.relation == "member_of" and candidate.object is not None and \
                candidate.object.start < sentence.start:
            by_body.setdefault((candidate.trigger, candidate.object.start), []).append(candidate)
    moved: dict[int, Mention] = {}  # the new body of each candidate moved, by the candidate's id
    dropped: set[int] = set()  # the candidates of a list no body named had as members, by id
    for group in by_body.values():
        body = group[0].object
        states = {candidate.subject.qid for candidate in group}
        roster = rosters.get(body.qid or "")
        if roster is None or None in states or states & roster or modality_of(group[0]) is Modality.NEGATED:
            continue
        other = next((m for m in reversed(bodies) if m.qid != body.qid and states <= rosters.get(m.qid or "", set())),
                     None)
        if other is not None:
            moved.update((id(candidate), other) for candidate in group)
        elif len(states) >= 2 and _COUNTED_MEMBERS_UNNAMED.match(sentence.text, group[0].trigger[0] - sentence.start):
            # "The EU urged a vote. Two of the 15 members – Russia and China – abstained": of no body named
            dropped.update(id(candidate) for candidate in group)
    if not moved and not dropped:
        return candidates
    return [replace(candidate, object=moved[id(candidate)]) if id(candidate) in moved else candidate
            for candidate in candidates if id(candidate) not in dropped]


def _only_faced(state: Mention, in_sentence: list[Mention], text: str, sentence: Sentence) -> bool:
    """Whether every mention of ``state`` in ``sentence`` is one a pact or drills face ("amid tensions with X"),
    not one that ends a dispute ("to end its border dispute with X") nor one named elsewhere as a side ("Despite
    years of rivalry with Pakistan, India joined the drills alongside Pakistani troops")."""
    named = False  # (a state named only inside a name, "a German-Lithuanian agreement", is no state faced)
    for mention in in_sentence:
        if mention.label != state.label or mention.type is not EntityType.STATE:
            continue
        named = True
        faced = _ADVERSARY_BEFORE.search(text, max(sentence.start, mention.start - 40), mention.start)
        if faced is None or _ENDING_IT_BEFORE.search(text, max(sentence.start, faced.start() - 30), faced.start()):
            return False
    return named


# What ends a dispute, before the words that name it: "to end its border dispute with", "to ease tensions with"
_ENDING_IT_BEFORE = re.compile(r"\b(?:end|ends|ended|ending|resolve|resolves|resolved|resolving|settle|settles|"
                               r"settled|settling|ease|eases|eased|easing|defuse|defusing)\b(?:\s+[\w-]+){0,3}\s*$")
# A state a pact or drills are aimed at, not one of their sides: "amid rising tensions with China", "to counter
# Russia", "in the face of threats from North Korea"
_ADVERSARY_BEFORE = re.compile(r"\b(?:(?:tensions?|rivalry|disputes?|standoff|row|frictions?|confrontation|feud)\s+"
                               r"(?:[\w-]+\s+){0,2}?with|"
                               r"(?:to|aimed\s+at)\s+(?:counter(?:ing)?|deter(?:ring)?|contain(?:ing)?)|"
                               r"threats?\s+(?:from|posed\s+by))\s+(?:the\s+)?$")
_ADVERSARY_WORDS = re.compile(r"\b(?:tension|rivalry|dispute|standoff|row|friction|confrontation|feud|"
                              r"counter(?!part)|deter|"
                              r"contain|threat)")
_SIDES_RELATIONS = frozenset({"agreement_party", "signed_agreement_with", "participates_in_exercise",
                              "organizes_exercise", "hosts_exercise"})
# "the 15 members – A and B –": members of a body the words do not name (see relations' _ITS_MEMBERS_DASH)
_COUNTED_MEMBERS_UNNAMED = re.compile(r"the\s+(?:\d+|[a-z]+)\s+members\b")


def _gapped(sentence: Sentence, mentions: list[Mention], context: SentenceContext, facts: list[Fact]) -> list[Fact]:
    """The facts of a clause that leaves out its verb after a fact of the same sentence: a state set off
    after it with a time of its own ("..., Sweden in March 2024") takes the relation of the nearest dated fact
    before it ("India and Pakistan joined it in 2017, Iran in 2023, and Belarus ...": Iran's is Pakistan's)."""
    dated = {f.subject: f for f in facts if f.relation in _GAPPABLE and f.time}
    # "Lithuania joined the Ottawa Convention in 2003, Estonia in 2004": a party, then another with its own time
    parties = {f.object: f for f in facts if f.relation == "agreement_party" and f.modality is not Modality.NEGATED}
    if not dated and not parties:
        return []
    # "Pakistan quit SEATO in 1972 and CENTO in 1979": a body after a dated fact on another takes its relation
    dated_bodies = {f.object: f for f in facts if f.relation in _GAPPABLE and f.time}
    times = context.times  # found only now: most sentences have no such fact
    out = []
    for mention in mentions:
        body = mention.type in (EntityType.ALLIANCE, EntityType.ORGANIZATION)
        if mention.kind == "demonym" or not (mention.type is EntityType.STATE and mention.label not in dated
                                             and mention.label not in parties
                                             or body and mention.label not in dated_bodies):
            continue
        opening = sentence.text[max(0, mention.start - sentence.start - 12):mention.start - sentence.start]
        gap = _GAPPED_TIME.match(sentence.text, mention.end - sentence.start)
        time = next((t for t in times if gap and t[0] == sentence.start + gap.end()), None)
        if not _GAP_OPENS.search(opening) or time is None or \
                not _GAP_ENDS.match(sentence.text, time[1] - sentence.start):
            continue
        known = dated_bodies if body else dated
        before = [m for m in mentions if m.end <= mention.start and m.label in known]
        if before and body:
            out.append(replace(known[before[-1].label], object=mention.label, time=time[2]))
        elif before:
            out.append(replace(known[before[-1].label], subject=mention.label, time=time[2]))
        elif not body and (party := [m for m in mentions if m.end <= mention.start and m.label in parties]):
            out.append(replace(parties[party[-1].label], object=mention.label))
    return out


# "A and B are members of NATO, as is C": the states after it share what the clause before says of its subject
_AS_IS = re.compile(r",\s+as\s+(?:is|are|was|were|does|do|did|has|have|had)\s+(?:also\s+)?")
_SHARED_AS_IS = (*_GAPPABLE, "participates_in_exercise")


def _as_is(sentence: Sentence, mentions: list[Mention], context: SentenceContext, facts: list[Fact]) -> list[Fact]:
    """The facts of the states set after "as is" ("..., as is Albania") that the states before it have."""
    match = _AS_IS.search(sentence.text)
    start = sentence.start + match.end() if match else -1
    run = list_after(context, start, (EntityType.STATE,), max_gap=0) if match else []
    if not run or run[0].start != start:
        return []
    before = {m.label for m in mentions if m.type is EntityType.STATE and m.end <= sentence.start + match.start()}
    shared = {(f.relation, f.object): f for f in facts if f.subject in before and f.relation in _SHARED_AS_IS}
    return [replace(fact, subject=state.label) for fact in shared.values() for state in run
            if state.label not in before]


# "Besides host Egypt and the United States, forces from A and B are taking part": the states set before the
# clause take part too (a membership of its subjects is not theirs: "Besides A, NATO members B and C ...")
_BESIDES = re.compile(r"(?:Besides|In addition to|Apart from|Alongside)\s+(?:(?:the\s+)?hosts?\s+)?(?:the\s+)?")


def _besides(sentence: Sentence, mentions: list[Mention], context: SentenceContext, facts: list[Fact]) -> list[Fact]:
    """The participations of the states the sentence opens with after "Besides" that the clause after them
    gives others."""
    opening = _BESIDES.match(sentence.text)
    run = list_after(context, sentence.start + opening.end(), (EntityType.STATE,), max_gap=0)
    if not run or run[0].start != sentence.start + opening.end() or \
            not sentence.text.startswith(",", run[-1].end - sentence.start):
        return []
    named = {m.label for m in run}
    # (and the members a body's list after it counts: "Apart from A and B, its members are C, D")
    relations = ("participates_in_exercise", "member_of") if _MEMBERS_ARE_AFTER.search(sentence.text) \
        else ("participates_in_exercise",)
    shared = {(f.relation, f.object): f for f in facts if f.subject not in named and f.relation in relations}
    return [replace(fact, subject=state.label) for fact in shared.values() for state in run]


_MEMBERS_ARE_AFTER = re.compile(r",\s+(?:its|their|the\s+\w+['’]s)\s+(?:full\s+)?(?:members|member\s+states)\s+are\b")


# "Unlike Australia, New Zealand is not ...", "But unlike A and B, C will take part": states set against the
# sentence's subject.
# ("Unlike its neighbour Niger, Chad ...", "Unlike the United States, ...": past a descriptor or an article)
_UNLIKE = re.compile(r"(?:[\w’'-]+\s+){0,2}?[Uu]nlike\s+(?:(?:its|their)\s+(?:[a-z-]+\s+){1,2}|the\s+(?=[A-Z]))?")
_CONTRASTED_SUBJECT_GAP = re.compile(r",\s+(?:the\s+)?")
_UNLIKE_AT_THE_END = re.compile(r",\s+unlike\s+(?:the\s+)?(?=[A-Z])")
# A past event after ", after": a verb in the simple past, no auxiliary of another tense
_PAST_EVENT = re.compile(r"^(?!.*\b(?:will|would|shall|has|have|is|are|am|be)\b)"
                         r".*\b(?:[a-z]{2,}ed|took|held|met|made|won|began|sent|gave|led|left|went|came)\b", re.DOTALL)
# ("... and wants to join the alliance, unlike A": a verb of wanting too)
_SECOND_PREDICATE = re.compile(r"\s+and\s+(?=(?:is|are|was|were|has|have|will|did|does|do|wants|want|seeks|"
                               r"hopes|aims|plans|intends)\b)")
_NO_WORD = re.compile(r"(?!)")
_RELATION_WORDS = {"member_of": re.compile(r"\bmembers?\b"), "observer_of": re.compile(r"\bobservers?\b"),
                   "partner_of": re.compile(r"\bpartners?\b"),
                   "participates_in_exercise": re.compile(r"\b(?:take|taking|took)\s+part|\bparticipat|\bjoin")}
# ("Unlike A, B will take part": A will not)
_CONTRAST_FLIPS = {Modality.NEGATED: Modality.ASSERTED, Modality.ASSERTED: Modality.NEGATED,
                   Modality.PLANNED: Modality.NEGATED}
_FUTURE = re.compile(r"\b(?:will|would|plans?|planned|is\s+to|are\s+to)\b")


def _contrasted(sentence: Sentence, mentions: list[Mention], context: SentenceContext,
                facts: list[Fact]) -> list[Fact]:
    """The facts of a sentence, where what it denies of its subject holds of the states it sets the subject
    against, and the other way round: "Unlike Australia, New Zealand is not a member of AUKUS" (Australia is
    one); the rules' facts of those states (taken for a list with the subject) give way."""
    opening = _UNLIKE.match(sentence.text)
    closing = _UNLIKE_AT_THE_END.search(sentence.text) if opening is None and "nlike" in sentence.text else None
    start = sentence.start + (opening or closing).end() if opening or closing else -1
    run = list_after(context, start, (EntityType.STATE,), max_gap=0) if opening or closing else []
    if not run or run[0].start != start:
        return facts
    if closing is not None:
        # "Uzbekistan is not a member of the CSTO, unlike A, B and C": set against the sentence's subject, the list
        # ending the sentence
        subject = next((m for m in mentions if m.start < start and m.type is EntityType.STATE
                        and m.kind != "demonym"), None)
        if subject is None or context.text[run[-1].end:sentence.end].strip() not in (".", ""):
            return facts
        contrasted, clause_at = run, sentence.start
        # (of a second predicate, only what it says: "quit X in 2012 and is not a member of it, unlike A")
        second = next(reversed(list(_SECOND_PREDICATE.finditer(context.text, subject.end, start))), None)
        if second is not None:
            words = context.text[second.end():start]
            facts_set_against = [f for f in facts if f.subject != subject.label
                                 or _RELATION_WORDS.get(f.relation, _NO_WORD).search(words)]
            return [f for f in _contrasted_facts(facts_set_against, subject, contrasted, planned=False)
                    if f not in facts_set_against] + facts
    else:
        # (the list runs on into the subject: "Unlike A and B, C ..." ends after the item "and" brings)
        joined = next((i for i in range(1, len(run))
                       if " and " in context.text[run[i - 1].end - 1:run[i].start + 1]), 0)
        contrasted = run[:joined + 1]
        gap = _CONTRASTED_SUBJECT_GAP.match(context.text, contrasted[-1].end)
        subject = next((m for m in mentions if gap and m.start == gap.end() and m.type is EntityType.STATE), None)
        if subject is None:
            return facts
        clause_at = gap.end()
    planned = _FUTURE.search(sentence.text, clause_at - sentence.start) is not None
    return _contrasted_facts(facts, subject, contrasted, planned=planned)


def _contrasted_facts(facts: list[Fact], subject: Mention, contrasted: list[Mention], *, planned: bool) -> list[Fact]:
    """``facts`` with what they say of ``subject`` said, flipped, of the ``contrasted`` states instead of what the
    rules said of them."""
    labels = {m.label for m in contrasted}
    said_of_subject = {(f.relation, f.object) for f in facts if f.subject == subject.label}
    out = [f for f in facts if f.subject not in labels or (f.relation, f.object) not in said_of_subject]
    for fact in facts:
        flipped = _CONTRAST_FLIPS.get(fact.modality)
        if fact.subject != subject.label or flipped is None:
            continue
        if flipped is Modality.ASSERTED and planned:
            flipped = Modality.PLANNED  # "Unlike A, B will not take part": A will
        out += [replace(fact, subject=state.label, modality=flipped, confidence=min(fact.confidence, 0.7))
                for state in contrasted]
    return out


def _fact_modality(candidate: Candidate, sentence: Sentence, speeches: list[Speech], text: str) -> Modality:
    """The modality of a candidate: that of the clause (or scope) around its trigger."""
    t_start, t_end = candidate.trigger
    if candidate.relation == "part_of" and _NOT_PART_OF.search(text, t_start, t_end):
        return Modality.NEGATED  # "The JEF is not part of NATO": denied in its own words
    if candidate.relation in STANDINGS and DENIES_A_STANDING.fullmatch(text, t_start, t_end):
        return Modality.NEGATED  # "non-EU Switzerland", "EU states outside NATO": denied in their own words
    if candidate.relation == "part_of":
        clause = ""  # where a place lies is not planned or negated with the clause ("will be held in X, Y")
    elif candidate.scope is not None:
        clause = text[candidate.scope[0]:candidate.scope[1]]
    else:
        stop = None
        if " not " in sentence.text or " neither " in sentence.text or " never " in sentence.text:
            # (not a relative clause after both ends that denies something of its own: "the only member of the EU
            # that belongs neither to NATO nor to ...", where the membership of the EU is not denied)
            ends = max(t_end, candidate.subject.end if candidate.subject is not None else 0,
                       candidate.object.end if candidate.object is not None else 0)
            relative = _DENYING_RELATIVE.search(text, ends, sentence.end)
            stop = relative.start() if relative is not None else None
        clause = _clause(text, sentence, t_start, t_end, stop)
    modality = _modality_at(clause, text, sentence, speeches, t_start)
    if candidate.relation == "participates_in_exercise" and candidate.object is not None and \
            _WITHDREW_FROM_BEFORE.search(text, max(sentence.start, candidate.object.start - 30),
                                         candidate.object.start):
        # "Bolivia withdrew from Condor Shield 2026": a leaving (of a body: see relations._LEFT) that denies taking
        # part in an exercise
        return Modality.NEGATED
    partners = _WITH_PARTNERS_AFTER.search(text, sentence.start, candidate.subject.start) \
        if modality is Modality.NEGATED and candidate.relation == "participates_in_exercise" else None
    if partners is not None and _DENIED_PARTICIPATION.search(text, sentence.start, partners.start()):
        # "Serbia will not take part in X with Russia and Belarus": the partners named after it still do
        return _modality_at(_without_denial(clause), text, sentence, speeches, t_start)
    if modality is Modality.NEGATED and candidate.relation in _HELD_ALL_THE_SAME and "without " in clause:
        # "Chile will host X without Peruvian warships": those left out are denied, not the hosting
        modality = _modality_at(_WITHOUT_SOMEONE.sub("", clause), text, sentence, speeches, t_start)
    if modality is Modality.NEGATED and candidate.relation in _OWN_PROPERTIES_OF_AN_EXERCISE:
        # "Serbia will not take part in the X exercise in Belarus", "failed to approve the participation of A in
        # the NATO-led exercise X in Romania": who stays away is denied, not where, when or by whom it is held
        denied = _DENIED_PARTICIPATION.search(clause)
        if denied is not None and (candidate.relation != "organizes_exercise"
                                   or candidate.subject.start >= t_start and clause.find(
                                       candidate.subject.text) > denied.end()):
            modality = _modality_at(_without_denial(clause), text, sentence, speeches, t_start)
    return modality


_DENYING_RELATIVE = re.compile(r"\s(?:that|which)\s+(?:belongs?|belonged|is|are|was|were|has|have|had|does|do|did)"
                               r"\s+(?:neither|not|never)\b")
_WITHDREW_FROM_BEFORE = re.compile(r"\bwithdr(?:ew|aws|awn|awing|aw)\s+(?:[a-z]+ly\s+)?from\s+(?:the\s+)?\Z")
_NOT_PART_OF = re.compile(r"\b(?:not|no\s+longer)\s+(?:an?\s+)?(?:integral\s+)?part\s+of\b")
_WITH_PARTNERS_AFTER = re.compile(r"\s(?:with|alongside)\s+(?:the\s+)?(?:[^,;.]{0,40}?(?:,\s*|\s+and\s+))?\Z")
_OWN_PROPERTIES_OF_AN_EXERCISE = frozenset({"exercise_located_in", "exercise_date", "organizes_exercise"})
_HELD_ALL_THE_SAME = _OWN_PROPERTIES_OF_AN_EXERCISE | {"hosts_exercise"}
_WITHOUT_SOMEONE = re.compile(r"\bwithout\s+[^,;.]{1,60}")
# A denial of taking part, and the words that deny it ("will not take part", "failed on Monday to approve the
# participation", "declined to send"): removed, the clause says what it says of the exercise itself.
_DENIED_PARTICIPATION = re.compile(
    r"\b(?:(?P<aux>will|would|did|does|do|shall|could|can|is|are|was|were|wo(?=n[’']t))\s*(?:not|n[o’']t)\s+"
    r"(?:\w+\s+){0,2}?|"
    r"fail(?:ed|s)\s+(?:[\w,]+\s+){0,3}?to\s+(?:approve|back|endorse)\s+(?:the\s+)?|"
    r"declin(?:ed|es)\s+to\s+|refus(?:ed|es)\s+to\s+)"
    r"(?P<verb>take\s+part|taking\s+part|participat\w*|send|sending|join|joining|attend|attending|contribut\w*)|"
    # "Armenian troops were absent from the X drills held in Belarus", "stayed away from X, which were held in Y"
    # ("withdrew from the X drills", "took no part in X": the exercise itself goes on)
    r"\b(?P<absent>(?:is|are|was|were)\s+(?:also\s+)?absent\s+from|stay(?:ed|s)?\s+away\s+from|"
    r"withdr(?:ew|aws|awn)\s+from|(?:took|takes?|taking)\s+no\s+part\s+in|"
    r"skip(?:s|ped|ping)?|boycott(?:s|ed|ing)?|(?:sat|sits|sit|sitting)\s+out)\b|"
    # "held the drills in Kyrgyzstan without the participation of Armenia": Armenia's part is denied
    rf"\b(?P<without>{WITHOUT_SOMEONES_PART})\b|"
    # "None of the three sent troops to X, the US-led exercise held in Y"
    rf"\b(?P<none>[Nn]one\s+of\s+(?:the|these|those)\s+(?:{TWO_TO_TEN}|\d+)(?:\s+[a-z]+)?\s+"
    r"(?:sent|took\s+part|participated|joined|attended|contributed))\b|"
    # "No Bolivian engineers took part this year": the exercise itself was held
    rf"^\s*(?P<no_forces>[Nn]o)\s+(?=(?:[\w-]+\s+){{0,3}}?(?:{_modality.FORCES_SENT})\b)")


def _without_denial(clause: str) -> str:
    """``clause`` with each denial of taking part affirmed, its tense kept ("will not take part" -> "will take
    part")."""
    return _DENIED_PARTICIPATION.sub(_affirmed, clause)


def _affirmed(denial: re.Match[str]) -> str:
    """One denial of taking part without its negation (see _without_denial)."""
    if denial.group("absent"):
        return "took part in"
    if denial.group("without"):
        return "with the participation of"
    if denial.group("none"):
        return "all took part"
    if denial.group("no_forces"):
        return ""
    aux = {"wo": "will"}.get(denial.group("aux") or "", denial.group("aux") or "")
    return f"{aux} {denial.group('verb')}".strip()


def _exceptions(sentence: Sentence) -> list[tuple[int, int]] | None:
    """Where the names a sentence excepts or denies begin ("All allies except Denmark", "Apart from Armenia,
    all CSTO states", "Neither A nor B sent troops"), and where what is denied of them ends, as text offsets;
    ``None`` when it has none."""
    spans = []
    for m in _EXCEPTION.finditer(sentence.text):
        if m.group(0).lower().startswith("neither"):  # up to the clause that follows ("..., though both ...")
            turn = _TURN.search(sentence.text, m.end())
            spans.append((sentence.start + m.end(), sentence.start + (turn.start() if turn else len(sentence.text))))
        elif not m.group(0).lower().startswith("apart") or _EVERY.search(sentence.text, m.end()):
            spans.append((sentence.start + m.end(), sentence.end))
    return spans or None


def _excepted(text: str, exceptions: list[tuple[int, int]], candidate: Candidate) -> bool:
    """Whether an end of ``candidate`` is one of the names excepted, and its trigger within what is denied:
    it is negated, and the rest of its clause keeps its own modality ("All allies except Denmark took part
    in X in Latvia")."""
    for mention in (candidate.subject, candidate.object):
        if mention is not None and any(start <= mention.start and candidate.trigger[0] < stop
                                       and _NAMES_BEFORE.fullmatch(text, start, mention.start)
                                       for start, stop in exceptions):
            return True
    return False


# The words that except what follows them; "apart from" only with a whole that it is taken from ("Apart from
# Armenia, all CSTO states ...": not "Apart from Armenia, Russia also sent troops", which adds it).
_EXCEPTION = re.compile(r"\b(?i:except(?:\s+for)?|apart\s+from|excluding|with\s+the\s+exception\s+of|neither)\s+"
                        r"(?:the\s+)?(?=[A-Z])")
_TURN = re.compile(r",\s+(?:but|though|although|yet)\b|;")
_EVERY = re.compile(r"\b(?:all|every|each)\b", re.I)
# Earlier names of the list the exception opens: "except Armenia, Belarus and".
_NAMES_BEFORE = re.compile(r"(?:(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*)*"
                           r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|nor)\s+))*")


def _modality_at(clause: str, text: str, sentence: Sentence, speeches: list[Speech], position: int) -> Modality:
    """The modality of ``clause``, stated at ``position`` of ``sentence``: inside a quotation or a reported
    clause there, or not. An empty clause leaves only reported or asserted."""
    quoted = _inside_quote(text, sentence, position)
    if not quoted and ('"' in clause or "“" in clause):
        clause = _SHORT_QUOTED_PHRASE.sub('""', clause)  # a "partnership without limits" denies nothing here
    attributed = any(s.clause[0] <= position < s.clause[1] for s in speeches)
    if clause and not attributed:
        attributed = _relayed_at(sentence.text, position - sentence.start)
    if clause and not attributed and " and " in sentence.text:
        # "Mali, Burkina Faso and Niger said on Sunday they were leaving ECOWAS": the list's words (no one
        # speaker of them is named, see quotes.py, but they are reported all the same)
        words_at = _list_speaks_words_at(sentence.text)
        attributed = words_at is not None and position - sentence.start >= words_at
    return _modality.classify(clause, sentence=sentence.text, quoted=quoted, attributed=attributed)


def _relayed_at(sentence: str, position: int) -> bool:
    """Whether ``position`` lies in words a source the text does not name relays ("..., the Navy said.",
    "..., officials told reporters.", "According to the ministry, ..."); a relative clause ("X, which has
    held observer status since 1976, ...") is the article's own aside."""
    if sentence.startswith("According to "):
        opening = _ACCORDING_TO_UNNAMED.match(sentence)
        return opening is not None and position >= opening.end()
    stretches = _relayed_stretches(sentence) if "said" in sentence or "told" in sentence or \
        "announced" in sentence or "according to" in sentence or "report" in sentence else None
    return stretches is not None and position < stretches[0] and not any(a <= position < b for a, b in stretches[1])


@functools.lru_cache(maxsize=256)  # asked for each fact of the sentence
def _relayed_stretches(sentence: str) -> tuple[int, tuple[tuple[int, int], ...]] | None:
    """Where a trailing attribution to an unnamed source starts in ``sentence``, and its asides."""
    tail = _TRAILING_ATTRIBUTION.search(sentence)
    if tail is not None and "correspondent" in tail.group(0):
        return None  # "..., a Kazinform correspondent reports": the outlet's own voice
    return (tail.start(), tuple(m.span() for m in _RELATIVE_ASIDE.finditer(sentence))) if tail else None


@functools.lru_cache(maxsize=256)  # asked for each fact of the sentence, as _relayed_stretches is
def _list_speaks_words_at(sentence: str) -> int | None:
    """Where the words of a list of speakers that opens ``sentence`` begin ("A, B and C said on Sunday ..."), if
    one does."""
    opening = _LIST_SPEAKS_OPENING.match(sentence)
    return opening.end() if opening else None


_NAME_WORDS = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*)*"
_LIST_SPEAKS_OPENING = re.compile(rf"(?:{_NAME_WORDS},\s+)*{_NAME_WORDS},?\s+and\s+{_NAME_WORDS}\s+"
                                  r"(?:(?:have|has|had|also|jointly)\s+)*(?:said|announced|stated|declared|warned)\b"
                                  r"[^,;.]{0,30}?\s(?=\w)")
# An opening attribution to a source the text does not name ("According to the ministry, ..."); quotes.py has
# its own for any source, named or not.
_ACCORDING_TO_UNNAMED = re.compile(r"According to (?:the|a|an)\s+[^,]{2,60},\s*")
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*,")
_TRAILING_ATTRIBUTION = re.compile(r",\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w’'.-]+\s+){0,5}?(?:said|told\s+[\w’' ]{2,30}?|"
                                   r"announced)(?:\s+(?:on|in|last|this)\s+[\w ]{2,20}?)?\s*[.!]?[\"”’]?\s*$|"
                                   # ... "..., BelTA reported.", "..., as the agency reported on Monday": a source
                                   # that reports (not "..., which Reuters first reported", "with no incidents
                                   # reported", "a fact widely reported")
                                   r",\s+(?:as\s+)?(?:(?:the|a|an|its|their)\s+)?(?:[\w’'.-]+\s+){0,4}?"
                                   r"(?:[A-Z][\w’'.-]*|agency|newspaper|daily|broadcaster|television|channel|radio|"
                                   r"outlet|media|website)\s+(?:reported|reports)"
                                   r"(?:\s+(?:on|in|last|this|earlier)\s*[\w ]{0,20}?)?\s*[.!]?[\"”’]?\s*$|"
                                   # "..., according to the fleet.": a source the text names by its noun only
                                   r",\s+according\s+to\s+(?:the|a|an|its|their)\s+[a-z][\w’' -]{1,40}?\s*[.!]?\s*$")


def _fact(candidate: Candidate, modality: Modality, evidence: Evidence) -> Fact:
    subject = candidate.subject.label
    obj = candidate.object.label if candidate.object is not None else (candidate.literal or "")
    confidence = min(candidate.confidence, candidate.subject.confidence,
                     candidate.object.confidence if candidate.object is not None else 1.0)
    return Fact(subject, candidate.relation, obj, modality, candidate.time, evidence, confidence=round(confidence, 2))


def extract(article: Article, *, gazetteer: Gazetteer | None = None) -> FactSheet:
    """Extract one article (builds an :class:`Extractor`; reuse one for many articles)."""
    return Extractor(gazetteer).extract(article)


# How the note of a sheet extracted in part begins (see Extractor.extract).
_PARTIAL = "lines at characters"


def partial_extraction(sheet: FactSheet) -> str | None:
    """The note saying which lines of the article kg left out because extraction failed on them, if any."""
    return next((note for note in sheet.notes if note.startswith(_PARTIAL)), None)


def _pieces(length: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (in order, apart) and the stretches between them, covering ``range(length)``."""
    pieces, at = [], 0
    for start, end in spans:
        pieces += [(at, start), (start, end)] if at < start else [(start, end)]
        at = end
    return [*pieces, (at, length)] if at < length else pieces


def _in_original_text(sheet: FactSheet, article: Article, regular: str, offsets: OffsetMap | None) -> FactSheet:
    """``sheet``, extracted from ``regular``, the regular copy of ``article``'s text, with each fact's evidence
    taken again from the article's own text, at the offsets the copy's map gives (the same where it gives none),
    and the quotation marks and apostrophes of quoted words (``said``) and of the entities' mentions the article's own
    again."""
    def start(offset: int) -> int:
        return offsets.start(offset) if offsets else offset

    def quoted(words: str, evidence: Evidence) -> str:
        # each fragment of the words ("... … ...") where the copy has it in the evidence, its marks the article's
        fragments = []
        for fragment in words.split(" … "):
            at = regular.find(fragment, evidence.start, evidence.end)
            fragments.append(fragment if at < 0 else "".join(
                article.text[start(at + i)] if char in "'\"" else char for i, char in enumerate(fragment)))
        return " … ".join(fragments)

    def in_original(fact: Fact) -> Fact:
        found = fact.evidence
        if found is None or found.start is None or found.end is None:
            return fact
        words = quoted(fact.object, found) if fact.relation == "said" else fact.object
        first, last = offsets.span(found.start, found.end) if offsets else (found.start, found.end)
        if words == fact.object and first == found.start and last == found.end and \
                article.text.startswith(found.text, first):
            return fact  # (most facts: a new copy of each would cost more than the check)
        return replace(fact, object=words, evidence=Evidence(article.text[first:last], first, last))

    def as_written(mention: str) -> str:
        # ("People’s Liberation Army": a mention with the article's own apostrophe, where the copy has a straight one)
        found = re.search(re.escape(mention).replace("'", "['’]"), article.text)
        return found.group(0) if found else mention

    entities = sheet.entities if "’" not in article.text else tuple(
        replace(entity, mentions=tuple(as_written(m) if "'" in m else m for m in entity.mentions))
        if any("'" in m for m in entity.mentions) else entity for entity in sheet.entities)
    return replace(sheet, article=article, entities=entities, facts=tuple(in_original(fact) for fact in sheet.facts))


# -- stages -----------------------------------------------------------------------------------------

def _evidence(sentence: Sentence) -> Evidence:
    return Evidence(sentence.text, sentence.start, sentence.end)


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text  # most articles have no clutter: no copy of every character
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


# "The exercise will consist of three stages, Interaction-2025, Search-2025 and Echelon-2025", "its phases:"
_STAGES = re.compile(r"\b(?:stages|phases|parts)\b(?:\s*[:,—–-]|\s+(?:named|called|code-named|dubbed))\s+"
                     r"(?:(?:the|a|an)\s+)?$")


def _another_name_of(text: str, sentence: Sentence, in_sentence: list[Mention], current: Mention | None,
                     reference_year: int | None) -> Mention | None:
    """An exercise named without a number that a sentence calls "the ninth edition of X" while this year's exercise is
    the one the article is on: another name of that one ("the Cruzeiro do Sul exercise" for CRUZEX 2024)."""
    if current is None or not current.year or current.year != reference_year or "edition of" not in sentence.text \
            or _DIGIT.search(sentence.text):
        return None  # (not "From July 3 to 16, A trained with B in the 16th edition of X": another, dated)
    return next((m for m in in_sentence if m.type is EntityType.EXERCISE and not _DIGIT.search(m.text)
                 and m.label != current.label
                 and _NTH_EDITION_OF.search(text, max(sentence.start, m.start - 40), m.start)), None)


_DIGIT = re.compile(r"\d")
_NTH_EDITION_OF = re.compile(r"\b(?:this\s+year['’]s|(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|"
                             r"fifth|sixth|seventh|eighth|ninth|tenth|[a-z]+teenth|[a-z]+tieth))\s+edition\s+of\s+"
                             r"(?:the\s+)?$")


_PERSON_OF_STATE_GAP = re.compile(r" of (?:the )?")
_OFFICIALS_LIST_GAP = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# ("..., and by Guyana's ambassador to Chile, George Talbot": one more state, by its official)
_AND_ANOTHER_STATES_OFFICIAL = re.compile(r",?\s+and\s+(?:by\s+)?")


def _states_of_officials_listed(text: str, mentions: list[Mention]) -> list[Mention]:
    """The states of a list of officials each named with the state they are of ("A of Chile, B of Argentina and C
    of Peru"), and of one more named after it by a possessive ("and by Guyana's ambassador"); [] if fewer than
    two."""
    states: list[Mention] = []
    last_end = -1
    for person, state in itertools.pairwise(mentions):
        if person.type is not EntityType.PERSON or state.type is not EntityType.STATE or state.kind == "demonym" \
                or not _PERSON_OF_STATE_GAP.fullmatch(text, person.end, state.start):
            continue
        if states and not _OFFICIALS_LIST_GAP.fullmatch(text, last_end, person.start):
            if states[1:]:
                break
            states = []
        states.append(state)
        last_end = state.end
    if not states[1:]:  # (most sentences: none, or one official of a state)
        return []
    more = _AND_ANOTHER_STATES_OFFICIAL.match(text, last_end)
    owner = next((m for m in mentions if more and m.start == more.end() and m.type is EntityType.STATE
                  and m.kind != "demonym" and text.startswith(("'s ", "’s "), m.end)), None)
    return [*states, owner] if owner is not None else states


def _stages_of(sentence: Sentence, in_sentence: list[Mention], current: Mention) -> list[Mention]:
    """The exercises a sentence names as the stages of the ``current`` one: a list right after "stages:"."""
    exercises = [m for m in in_sentence if m.type is EntityType.EXERCISE and m.label != current.label]
    first = next((m for m in exercises if _STAGES.search(sentence.text, 0, m.start - sentence.start)), None)
    if first is None:
        return []
    stages = [first]
    for mention in exercises[exercises.index(first) + 1:]:
        gap = sentence.text[stages[-1].end - sentence.start:mention.start - sentence.start]
        if not re.fullmatch(r",?\s*(?:and\s+)?(?:the\s+)?", gap):
            break
        stages.append(mention)
    return stages


# "As part of the exercise, the Multinational Corps Northeast will run its Griffin Lightning 2026 command post
# exercise": a component named inside the exercise the article is on
_AS_PART_OF_IT = re.compile(r"(?:Also,?\s+)?(?:As|as)\s+(?:a\s+|the\s+)?part\s+of\s+(?:the|this|these)\s+"
                            r"(?:exercises?|drills?|manoeuvres|maneuvers|war\s?games)\b")


def _component_of(sentence: Sentence, in_sentence: list[Mention], current: Mention) -> Mention | None:
    """The one exercise other than ``current`` that a sentence opening with "As part of the exercise" names."""
    if not _AS_PART_OF_IT.match(sentence.text):
        return None
    others = [m for m in in_sentence if m.type is EntityType.EXERCISE and m.kind == "exercise"
              and m.label != current.label]
    return others[0] if len({m.label for m in others}) == 1 else None


def _whole_of(sentence: Sentence, in_sentence: list[Mention], current: Mention) -> Mention | None:
    """The exercise a sentence opening on ``current`` ("The exercise, led by X, is part of Y") names as the whole
    it is part of: Y, whose own clause (", which will be held in ...") the sentence goes on with."""
    # ... or names it after "the exercise, which is part of" ("A and B are hosting the exercise, which is part of Y")
    part_of = _PART_OF_BEFORE if _ANAPHORIC_OPENING.match(sentence.text) else _ANAPHOR_WHICH_IS_PART_OF
    return next((m for m in in_sentence if m.type is EntityType.EXERCISE and m.label != current.label
                 and part_of.search(sentence.text, 0, m.start - sentence.start)), None)


# A phrase of a few words quoted inside a sentence (a slogan, a name): its words are not the sentence's modality.
_SHORT_QUOTED_PHRASE = re.compile(r"[\"“](?:[^\"“”\s]+\s){0,5}[^\"“”\s]+[\"”]")
_PLURAL_NOUN_AFTER = re.compile(r"\s+(?:exercises|drills|manoeuvres|maneuvers|war\s?games|series)\b")


# 'named "Janubiy Qalqon-2025" ("Southern Shield-2025")': a name and its translation in brackets
_BRACKET_OPENS = re.compile(r"[\"”’']?\s*\(\s*[\"“‘']?")
_BRACKET_CLOSES = re.compile(r"[\"”’']?\s*\)")


# The last words of bodies' names that news uses alone for the body named before ("the conclave"); not the common
# nouns ("the court", "the commission", "the assembly", "the meeting": often another one's), nor those the rules
# read themselves wherever they stand ("the alliance", "the bloc"), nor "the council", often another body's
_ANAPHOR_HEADS = frozenset((
    "conclave", "symposium", "initiative", "forum", "union", "framework", "community", "commonwealth", "league",
    "partnership", "dialogue", "arrangements", "caucus", "confederation"))


# "Confederation of Sahel States": the noun a body's name opens with, before "of"
_BODY_HEAD_BEFORE_OF = re.compile(r"([A-Z][a-z]+)\s+of\s+[A-Z]")


def _head_noun_anaphors(mentions: list[Mention], text: str) -> list[Mention]:
    """"the conclave" after the Colombo Security Conclave, "the symposium" after the Indian Ocean Naval Symposium:
    the last body named whose name ends with that noun (the rules read "the alliance" and "the bloc" themselves),
    or opens it before "of" ("the Confederation" after the Confederation of Sahel States)."""
    heads: dict[str, list[Mention]] = {}
    for body in mentions:
        head = body.label.rsplit(None, 1)[-1]
        if " of " in body.text and (named := _BODY_HEAD_BEFORE_OF.match(body.text)) is not None:
            head = named.group(1)
        if body.type in (EntityType.ALLIANCE, EntityType.ORGANIZATION) and body.kind != "demonym" and \
                head[:1].isupper() and head.lower() in _ANAPHOR_HEADS:
            heads.setdefault(head.lower(), []).append(body)
    extra = []
    for head, bodies in heads.items():
        # ("the initiative's", "the Initiative" of a press release; not "the forum of defence ministers", a forum
        # of its own)
        for match in re.finditer(rf"\b[Tt]he\s+([{head[0]}{head[0].upper()}]{head[1:]})\b(?!-|[’'](?!s\b)|\s+of\b)",
                                 text):
            start, end = match.span(1)
            referent = next((b for b in reversed(bodies) if b.end <= start), None)
            # (not after another one of that kind: "joined a regional fisheries forum, and left the forum")
            another = referent is not None and re.search(
                rf"\b(?:an?|another)\s+(?:(?!(?:of|the|in|at)\b)[\w-]+\s+){{0,3}}{head}\b", text[referent.end:start],
                re.IGNORECASE)
            if referent is not None and not another and not any(m.start < end and start < m.end for m in mentions):
                extra.append(replace(referent, start=start, end=end, text=match.group(1), inner=(), acronym=None))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def _bracketed_aliases(mentions: list[Mention], text: str) -> list[Mention]:
    """Exercises named again in brackets right after their name (a translation, the name in the other
    language) as one exercise: the bracketed one takes the first name's label. An exercise named "X, or Y,"
    is one too, everywhere the text names it: by the name it goes by after "or"."""
    out = list(mentions)
    renamed: dict[str, Mention] = {}
    for index, (first, second) in enumerate(itertools.pairwise(mentions)):
        if first.type is EntityType.EXERCISE and second.type is EntityType.EXERCISE and \
                second.label != first.label and _BRACKET_OPENS.fullmatch(text, first.end, second.start) and \
                _BRACKET_CLOSES.match(text, second.end):
            out[index + 1] = replace(second, label=first.label, year=first.year, kind=first.kind)
        elif first.type is EntityType.EXERCISE and second.type is EntityType.EXERCISE and \
                second.label != first.label and _OR_ALIAS.fullmatch(text, first.end, second.start) and \
                text.startswith(",", second.end) and not (first.year and second.year and first.year != second.year):
            renamed[first.label] = second  # "Baltic Operations 2024, or BALTOPS 24, brings together ..."
    return [replace(m, label=alias.label, year=alias.year or m.year)
            if (alias := renamed.get(m.label)) is not None else m for m in out] if renamed else out


_OR_ALIAS = re.compile(r",\s+or\s+")


def _exercise_of(sentence: Sentence, in_sentence: list[Mention], named: list[Mention], current: Mention | None,
                 reference_year: int | None) -> Mention | None:
    """The exercise a sentence is about: named in it, else the one the article is on (a named one
    later in the text for a lead sentence), else an anonymous one named by its noun phrase."""
    explicit = [m for m in in_sentence if m.type is EntityType.EXERCISE and m.kind != "series_of_edition"]
    if explicit and current is not None and current.year and _THIS_YEARS.search(sentence.text) and all(
            m.year and m.year < current.year for m in explicit):
        return current  # "X, which flew at Pitch Black 2024, withdrew from this year's exercise"
    if explicit and current is not None and current.year and _ANAPHORIC_OPENING.match(sentence.text) and all(
            (not m.year or m.year < current.year) and _SINCE_BEFORE.search(sentence.text, 0, m.start - sentence.start)
            for m in explicit):
        return current  # "The exercise involves A and B, the largest since the drills began in 2009 as X": this one
    from_one = _FROM_ONE_TO_ANOTHER.match(sentence.text) if explicit else None
    if from_one is not None and (len(explicit) > 1 or current is not None):
        # "From Cold Response to Nordic Response": the one it comes to (the one the text is on, if kg knows no other)
        after = [m for m in explicit if m.start >= sentence.start + from_one.end()]
        return after[-1] if after else current
    if explicit:  # an edition before its series: "regular drills under the X format; the latest, X-2026, ..."
        return next((m for m in explicit if m.kind != "series"), explicit[0])
    other = _OTHER_EDITION.search(sentence.text) if current is not None and current.year else None
    if other is not None and _ASIDE_BEFORE.search(sentence.text, 0, other.start()) and \
            not _REPORTED_BEFORE.search(sentence.text, 0, other.start()):
        other = None  # "X, which had skipped the previous edition, did not respond": the clause is an aside
    if other is not None and current is not None and other.group("dated") == str(current.year):
        return current  # "the 2026 edition", "the 2025 iteration brings together ...": the one the article is about
    named_after = _NAMED_AFTER_RANK.match(other.group(0)) if other is not None else None
    if named_after is not None and current is not None and named_after.group(1) not in current.label:
        # "The first Joint Sea drills were held in 2012" in an article on another exercise: an edition of the series
        # it names, if the article names one of its editions ("Joint Sea-2021"); none of "the first NATO exercises"
        same_series = next((m for m in named if m.year and m.label.startswith(named_after.group(1))), None)
        return _edition(other, sentence, same_series, reference_year) if same_series is not None else None
    if other is not None and current is not None and current.year and _EDITION_SUFFIX.search(current.label):
        # "The next edition will be held in Bahrain in 2028", "last year's edition took place in Tajikistan"
        return _edition(other, sentence, current, reference_year) or current
    dated = _OTHER_EDITION.search(sentence.text) if current is not None and not current.year and \
        ("edition" in sentence.text or "iteration" in sentence.text) else None
    if dated is not None and current is not None and not _ASIDE_BEFORE.search(sentence.text, 0, dated.start()):
        # "The UAE hosts the Desert Flag exercise every year. France took part in the 2023 edition": of that series
        edition = _dated_edition_of_series(dated, sentence, current)
        if edition is not None:
            return edition
    this_years = _THIS_YEARS.search(sentence.text) if current is not None else None
    if this_years is not None and current is not None and current.year and reference_year and \
            current.year != reference_year and _EDITION_SUFFIX.search(current.label):
        # "the Malabar exercise, which Australia rejoined in 2020. This year's edition is due ...": this year's
        start = sentence.start + this_years.start()
        label = _EDITION_SUFFIX.sub("", current.label) + _year_joiner(current.label) + str(reference_year)
        return Mention(start, sentence.start + this_years.end(), this_years.group(0), label, EntityType.EXERCISE,
                       kind="edition", year=reference_year, confidence=0.6)
    if current is not None and (this_years is not None or "the current " in sentence.text
                                and _CURRENT_EDITION.search(sentence.text)):
        # "Senegal and Mauritania are co-hosting this year's iteration", "... are organising the current iteration"
        return current
    if not (word := _EXERCISE_WORD.search(sentence.text, folded(sentence.text))):
        return None
    if "host" in word.group(0).lower() and _HOST_OF_A_MEETING.search(sentence.text) and \
            all("host" in m.group(0).lower() for m in _EXERCISE_WORD.pattern.finditer(sentence.text)):
        return None  # "Bangkok will host the ministers' meeting, and Thailand is the host nation": the meeting's
    # ("Lithuania and Poland, which are holding national exercises at the same time, will not send troops":
    # what an aside says of them)
    another = _ANOTHER_EXERCISE.search(_RELATIVE_ASIDE.sub(",", sentence.text) if ", wh" in sentence.text
                                       else sentence.text)
    if another is not None and current is None and another.group(0).startswith(("held ", "conducted ",
                                                                                 "holding ")) and \
            _WHEN_HELD.match(sentence.text, another.end()) and not _HABIT.search(
                _without_trailing_relative(sentence.text)):
        another = None  # "Russia and China held joint naval drills in the Sea of Japan last week": one, dated
    if another is not None and not (sentence.start < _LEAD_LENGTH and another.group(0).startswith("in ")
                                    and _PLACE_AND_SOON.match(sentence.text, another.end())):
        return None  # "Russia's Baltic Fleet began its own naval exercise": not the one the article is on
    # (but a lead's "will not take part in military exercises in Belarus next week": those the article names)
    if sentence.start >= _LEAD_LENGTH and _A_PAST_EXERCISE.search(sentence.text) and \
            not _PART_OF_THE_EXERCISE.search(sentence.text):
        # "In August, Russian and Tajik troops took part in a joint command-and-staff exercise": past the lead, one
        # the sentence brings in as new (its article "a"), not the one the article is on (nor one named later)
        anonymous = _anonymous_exercise(sentence)
        if anonymous is not None:
            return anonymous
    if current is not None and _THEIR_NTH_HELD.search(sentence.text):
        # "Chinese and Russian bombers flew their ninth joint air patrol": one of their own count, even in the lead
        return _anonymous_exercise(sentence)
    if current is not None and sentence.start >= _LEAD_LENGTH and _THEIR_FIRST.search(sentence.text):
        # "will take part in their first joint exercise": past the lead, a new one (in the lead, the one the
        # article names later)
        return _anonymous_exercise(sentence)
    if current is not None and _EXERCISE_TO_COME.search(sentence.text):
        # "... will host a joint exercise with Mali. The drills, code-named "Silent Resolve", ...": the one
        # the next sentence names for the first time, if it does
        earlier = {m.label for m in named if m.start < sentence.start}
        return next((m for m in named if sentence.end <= m.start < sentence.end + 120 and m.label not in earlier
                     and m.label != current.label), None)
    opening_year = _OPENING_YEAR.match(sentence.text) if current is not None and current.year else None
    if opening_year is not None and int(opening_year.group(1)) < current.year and \
            not _FUTURE_IN_PAST.search(sentence.text):
        # "In January 2023, Yerevan refused to host the CSTO exercises", in an article on the 2024 edition: drills
        # of another year
        return _anonymous_exercise(sentence)
    if current is not None:
        return current
    # A lead sentence may speak of "a naval drill" that the article names only later; with several
    # named exercises the one meant cannot be told, so only a sole one is taken.
    # (past the lead, a name far down the article is of another exercise: "the first joint search-and-rescue
    # exercise of the two navies" is not the Zapad-2025 a later paragraph's observers attend)
    # (nor is a name first met at the article's end: "Russian and Uzbek troops concluded a joint tactical exercise"
    # opens an article that closes on the Peace Mission-2025 drills to come)
    following = {m.label: m for m in named if sentence.end <= m.start <= sentence.end + (
        _LEAD_NAME_REACH if sentence.start < _LEAD_LENGTH else _LEAD_LENGTH)}
    # ... the one of the year the sentence gives ("to hold first joint land exercise in 2026"), else this year's
    years = {int(year) for year in _YEAR_IN_TEXT.findall(sentence.text)}
    dated = [m for m in following.values() if m.year in years]
    if len(dated) == 1:
        return dated[0]
    this_year = [m for m in following.values() if reference_year and m.year == reference_year]
    if len(following) == 1 or len(this_year) == 1:
        return this_year[0] if this_year else next(iter(following.values()))
    return _anonymous_exercise(sentence)


def _anonymous_exercise(sentence: Sentence) -> Mention | None:
    """An exercise the sentence speaks of by its noun phrase only ("a joint naval exercise"), if it does."""
    match = _ANONYMOUS_EXERCISE.search(sentence.text)
    if match is None or match.group("verb") and (
            _HABIT.search(_without_trailing_relative(sentence.text))
            or _AUXILIARY_OR_RELATIVE_BEFORE.search(sentence.text, 0, match.start("verb"))):
        # ("... held joint naval drills for years"; "in 2019, 2021 and 2023"; "which also held", "has repeatedly
        # conducted": no one of them)
        return None
    np = match.group("np")
    start = sentence.start + match.start("np")
    return Mention(start, start + len(np), np, np, EntityType.EXERCISE, kind="anonymous", confidence=0.5)


_YEAR_IN_TEXT = re.compile(r"\b((?:19|20)\d\d)\b")
# A sentence that opens with its date: "In January 2023,", "In 2019", "On May 5, 2022,", "Back in 2021,"
_OPENING_YEAR = re.compile(r"(?:Back\s+in|In|On|By|During)\s+(?:(?:early|late|mid-?)\s*)?"
                           r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
                           r"December)\s+)?(?:\d{1,2},?\s+)?((?:19|20)\d\d)\b")
# ("In December 2025, the ministers agreed that the drills would be held in Arica": of drills to come)
_FUTURE_IN_PAST = re.compile(r"\b(?:would|will)\b")
_PLACE_AND_SOON = re.compile(r"\s+in\s+(?:[A-Z][\w-]+\s+){1,2}(?:next|this|later\s+this)\s+(?:week|month)\b")
_LEAD_LENGTH = 500  # characters: an article's lead, and how far past a later sentence a name may come
# ("joined naval forces from A and B in a five-day maritime security exercise")
_A_PAST_EXERCISE = re.compile(r"\b(?:(?:took\s+part|participated|held|conducted|staged|carried\s+out)\s+(?:in\s+)?|"
                              r"joined\s+[^.;]{1,80}?\s+in\s+)an?\s+"
                              r"(?:[\w-]+\s+){0,4}?(?:exercise|drill|manoeuvres|maneuvers)\b|"
                              # "had flown a joint patrol near Alaska"
                              rf"\b(?:flew|flown|conducted|carried\s+out|held)\s+an?\s+{_JOINT_PATROL}\b")
# ("conducted a joint live-fire drill as part of the exercise": a drill of the article's exercise)
_PART_OF_THE_EXERCISE = re.compile(r"\b(?:as\s+part\s+of|during|within|in\s+the\s+course\s+of)\s+"
                                   r"(?:the|this\s+year['’]s)\s+(?:[\w-]+\s+){0,2}?"
                                   r"(?:exercises?|drills|manoeuvres|maneuvers|war\s+games)\b")
_LEAD_NAME_REACH = 1500  # characters: how far past the lead the name of the exercise it speaks of may come


def _dated_edition_after(sentence: Sentence, mentions: list[Mention], reference_year: int | None) -> Mention | None:
    """Another edition, by its year, of the series an exercise the sentence names belongs to, named after it
    ("A hosted X 2018, and B co-hosted the 2019 edition"), if there is one."""
    named = next((m for m in mentions if m.type is EntityType.EXERCISE and m.kind == "exercise" and m.year), None)
    other = _OTHER_EDITION.search(sentence.text, named.end - sentence.start) if named is not None else None
    if other is None or not other.group("dated") or int(other.group("dated")) == named.year:
        return None
    return _edition(other, sentence, named, reference_year)


def _edition(other: re.Match[str], sentence: Sentence, current: Mention, reference_year: int | None) -> Mention | None:
    """The edition of the ``current`` exercise (its label ending in a year) that ``other`` (a match of
    _OTHER_EDITION in the sentence) names; None where no year tells which ("The first was held last week")."""
    assert current.year is not None
    stated = int(other.group("dated")) if other.group("dated") else _year_stated_in(sentence.text, reference_year)
    if other.group("nth"):  # "Kuwait would host the fifth edition in 2027": an edition by its number in the series
        own = _ITS_OWN_YEAR.match(sentence.text, other.end())  # (not "..., up from 200 in 2019")
        return _nth_edition(other, sentence, current, int(own.group(1)) if own else None)
    numbered = _numbered_label(current)
    if numbered is not None and (other.group("next") or other.group("back_edition") and int(numbered.group(2)) > 1):
        # "Colombia will host the next edition" of "Sand Guard 4": number 5, its year unknown unless stated
        number = int(numbered.group(2)) + (1 if other.group("next") else -1)
        own = _ITS_OWN_YEAR.match(sentence.text, other.end())
        return Mention(sentence.start + other.start(), sentence.start + other.end(), other.group(0),
                       f"{numbered.group(1)} {number}", EntityType.EXERCISE, kind="edition",
                       year=int(own.group(1)) if own else None, confidence=0.6)
    forward = bool(other.group("next") or other.group("next_year"))
    if other.group("rank"):  # the year the first one was held in is when the series began, and its own
        years = {int(match.group(1)) for match in _YEAR_OF_EVENT.finditer(sentence.text)}
        stated = years.pop() if len(years) == 1 else None
        if not stated or stated == current.year:
            return None
    year = stated if stated and stated != current.year else current.year + (1 if forward else -1)
    label = _EDITION_SUFFIX.sub("", current.label) + _year_joiner(current.label)
    start = sentence.start + other.start()
    return Mention(start, sentence.start + other.end(), other.group(0), f"{label}{year}", EntityType.EXERCISE,
                   kind="edition", year=year, confidence=0.6)


_OF_ANOTHER = re.compile(r"\s+of\s")
_BACK_EDITION = re.compile(r"(?:last|previous)\s+(?:edition|iteration)", re.IGNORECASE)


def _dated_edition_of_series(other: re.Match[str], sentence: Sentence, series: Mention) -> Mention | None:
    """The edition ``other`` (a match of _OTHER_EDITION) dates, of an exercise named without a year ("the 2023
    edition" of "Desert Flag": "Desert Flag 2023"); None where no year is given or the exercise has no name."""
    if series.kind == "anonymous" or _OF_ANOTHER.match(sentence.text, other.end()):
        return None  # (not "the 2019 edition of the World Cup")
    # ("The last edition was held in Iquique in September 2019": one before, dated by the one year its sentence gives)
    year = int(other.group("dated")) if other.group("dated") else \
        _year_stated_in(sentence.text, None) if _BACK_EDITION.fullmatch(other.group(0)) else None
    if year is None:
        return None
    return Mention(sentence.start + other.start(), sentence.start + other.end(), other.group(0),
                   f"{series.label} {year}", EntityType.EXERCISE, kind="edition", year=year, confidence=0.6)


def _nth_edition(other: re.Match[str], sentence: Sentence, current: Mention, stated: int | None) -> Mention | None:
    """The edition ``other`` numbers ("the fifth edition"): of a numbered series ("Arab Gulf Security 4"), the
    one of that number; of a series dated by years, the one of the year ``stated`` right after it; None where that
    is the ``current`` one or no year tells which."""
    ordinal = other.group("nth").lower()
    number = int(ordinal[:-2]) if ordinal[0].isdigit() else _ORDINAL_WORDS.index(ordinal) + 2
    numbered = _numbered_label(current)
    if numbered is not None:
        if int(numbered.group(2)) == number:
            return None
        label, year = f"{numbered.group(1)} {number}", stated if stated != current.year else None
    elif stated and stated != current.year:
        label, year = f"{_EDITION_SUFFIX.sub('', current.label)}{_year_joiner(current.label)}{stated}", stated
    else:
        return None
    return Mention(sentence.start + other.start(), sentence.start + other.end(), other.group(0), label,
                   EntityType.EXERCISE, kind="edition", year=year, confidence=0.6)


_ASIDE_BEFORE = re.compile(r"\b(?:which|who|that)\s[^,;]*$")
# "told The Peninsula that Kuwait would host the fifth edition": a reported clause, no aside
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|told|announced|added|stated|noted)\b[^,;]{0,40}\bthat\s[^,;]*$")
def _numbered_label(exercise: Mention) -> re.Match[str] | None:
    """The series and number of a label that numbers its edition ("Arab Gulf Security 4"), not one whose two
    digits are its year ("BALTOPS 24" of 2024)."""
    numbered = _NUMBERED_LABEL.fullmatch(exercise.label)
    if numbered is None or exercise.year and int(numbered.group(2)) == exercise.year % 100:
        return None
    return numbered


# The year an edition named by its place is dated by, right after it: "the fifth edition in 2027", "the next
# edition, in 2028", "the 10th iteration, held in 2019"
_ITS_OWN_YEAR = re.compile(r",?\s+(?:(?:will\s+be\s+|was\s+|is\s+)?(?:held|hosted|staged)\s+)?in\s+((?:19|20)\d\d)\b")
_ORDINAL_WORDS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_NUMBERED_LABEL = re.compile(r"(.*\S)\s+(\d{1,2})")  # "Arab Gulf Security 4": a series numbering its editions
_NAMED_AFTER_RANK = re.compile(r"(?i:first|second|third|fourth|fifth)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})")
_CURRENT_EDITION = re.compile(r"\bthe\s+current\s+(?:edition|iteration|round)\b")
_THIS_YEARS = re.compile(r"\bthis\s+year['’]s\s+(?:[\w-]+\s+)?(?:exercise|drills|edition|iteration|round)", re.I)
# Another edition of the exercise the article is about, named by its place in the series.
_OTHER_EDITION = re.compile(r"\b(?:(?P<next>next|following|upcoming)\s+(?:year['’]s\s+)?edition|"
                            r"(?P<next_year>next)\s+year['’]s\s+(?:edition|exercise|drills)|"
                            r"(?:last|previous)\s+year['’]s\s+(?:edition|exercise|drills|iteration)|"
                            r"(?P<back_edition>previous\s+(?:edition|iteration|exercise|drills|manoeuvres|maneuvers|"
                            r"one(?=\s+(?:was|took)\s))|"
                            # "The last iteration, in 2022, brought together ..." (not "will be the last edition")
                            r"(?<!be the )last\s+(?:edition|iteration))|"
                            r"(?P<dated>(?:19|20)\d\d)\s+(?:edition|iteration)|"
                            # "The first were held in 2015 in X": an edition by its rank, dated where it is named
                            # ... and "The first Joint Sea drills were held in 2012": its series named
                            r"(?<=\bthe\s)(?P<rank>first|second|third|fourth|fifth)"
                            r"(?:\s+(?:(?-i:[A-Z])[\w-]*\s+){0,3}?"
                            r"(?:edition|iteration|one|drills|exercises?|manoeuvres|maneuvers))?"
                            r"(?=\s+(?:was|were)\s+(?:held|staged|conducted)\b)|"
                            # "would host the fifth edition in 2027" (not "the fifth edition of X": see
                            # _NTH_EDITION_OF)
                            r"(?<=\bthe\s)(?P<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                            r"\d{1,2}(?:st|nd|rd|th))\s+(?:edition|iteration)(?!\s+of\b))\b", re.I)
# The same words before a series' name: "the next edition of X", "next year's X", "last year's X".
# ("the upcoming Malabar exercise, which India will host next month": the coming one, which may be this year's)
_OTHER_EDITION_BEFORE = re.compile(r"\b(?:(?:next|following)\s+(?:year['’]s\s+)?(?:edition\s+of\s+(?:the\s+)?)?|"
                                   r"upcoming\s+(?:year['’]s\s+(?:edition\s+of\s+(?:the\s+)?)?|"
                                   r"edition\s+of\s+(?:the\s+)?)|next\s+year['’]s\s+|"
                                   r"(?P<back>(?:last|previous)\s+(?:year['’]s\s+(?:edition\s+of\s+(?:the\s+)?)?|"
                                   # "The previous Rubezh drills" (not "like previous X exercises": any of them)
                                   r"edition\s+of\s+(?:the\s+)?)|(?<=the\s)previous\s+))$", re.I)
_ANOTHER_EDITION_SET_OFF_BEFORE = re.compile(r"\b(?:next|following|upcoming|last|previous|prior)\s+"
                                             r"(?:edition|iteration),\s+$", re.IGNORECASE)
_NOT_WORD = re.compile(r"\b(?:not|never|no)\b|n['’]t\b")
# A subheading: a short line of its own, with no full stop ("Flintlock shifts south", "Bright Star next"; not a
# photo's caption, "US special forces during Flintlock 2024")
_SUBHEADING = re.compile(r"(?![^\n]*\b(?:during|at\s+the|in\s+the|off\s+the)\s)[A-Z][^.!?:;\"“”]{2,60}(?<![.!?])")
_THAT_EXERCISE_OPENING = re.compile(r"(?:That|Those)\s+(?:exercises?|drills?|manoeuvres|maneuvers|war\s+games|"
                                    r"edition|iteration)\b")
# ("This year the exercise ...": after a time it opens with)
_ANAPHORIC_OPENING = re.compile(r"(?:(?:This|Last|Next)\s+year,?\s+(?=the\s)|In\s+(?:19|20)\d\d,?\s+(?=the\s))?"
                                r"(?:[Tt]he|This|These)\s+(?:exercises?|drills?|manoeuvres|maneuvers|war\s+games)\b|"
                                r"It\s")
_ANAPHORIC_OPENING_ASIDE = re.compile(r"(?:The|These)\s+(?:exercises?|drills?|manoeuvres|maneuvers|war\s+games),\s+"
                                     r"[^,;]{4,100},")
_PART_OF_BEFORE = re.compile(r"\b(?:(?:is|was|forms|formed)|"
                             r"(?:is|was|will\s+be)\s+(?:being\s+)?(?:held|staged|conducted|run)\s+as)\s+"
                             r"(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:part|component|phase)\s+"
                             r"of\s+(?:the\s+)?(?:[A-Z][\w-]*(?:’s|'s)\s+)?$")
_RELATIVE_AFTER_NAME = re.compile(r",\s+(?:which|that)\b")  # "... part of Y, which NATO organises"
_ANAPHOR_WHICH_IS_PART_OF = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:exercise|drills?|manoeuvres|maneuvers),\s+"
                                       r"which\s+(?:is|was|are|were|forms?)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?"
                                       r"(?:part|component|phase)\s+"
                                       r"of\s+(?:the\s+)?(?:[A-Z][\w-]*(?:’s|'s)\s+)?$")
_SINCE_BEFORE = re.compile(r"\b(?:since|began|first\s+held)\b")
# "(This year) the exercise is being conducted in conjunction with X": the exercise the text is on, beside another
_ANAPHORIC_SUBJECT = re.compile(r"^(?:[A-Z][\w ]{0,30}?,?\s+)?(?:[Tt]he|[Tt]his\s+year's)\s+(?:exercise|drills)\s+"
                                r"(?:is|was|are|were|will\s+be)\b")
_FROM_ONE_TO_ANOTHER = re.compile(r"From\s+[^.;]{2,60}?\s+to\s+")
_ALONGSIDE_ANOTHER_BEFORE = re.compile(r"\b(?:in\s+conjunction\s+with|alongside|back-to-back\s+with|"
                                       r"together\s+with)\s+(?:the\s+)?$")
# "Morgan-16", "Strait Thunder-2026A", "ASEX 01-N", "Warrior-VIII"
_ENDS_IN_ITS_ROMAN_NUMBER = re.compile(r"-[IVXL]{1,6}$")
_ENDS_IN_ITS_NUMBER = re.compile(rf"\d(?:-?[A-Z])?$|{_ENDS_IN_ITS_ROMAN_NUMBER.pattern}")
_EDITION_SUFFIX = re.compile(r"[\s/-]*(?:19|20)\d\d$|\s+(?:[IVXL]+|\d\d?|\d\d-\d|1[34]\d\d)$")
# "UNITAS LXVII", "Han Kuang 42", "Freedom Edge 26", "Saif Sareea 4"
_NUMBERED_EDITION = re.compile(r"\s(?:[IVXL]+|\d\d?)$")
_YEAR_AND_PHASE = re.compile(r"\s(\d\d)-\d$")  # "Freedom Edge 24-2": a year's second edition
_SOLAR_HIJRI_YEAR = re.compile(r"\s(1[34]\d\d)$")  # "Eqtedar 1404", named by the Iranian calendar's year


def _other_numbered_editions(mentions: list[Mention], text: str, clutter: list[tuple[int, int]]) -> list[Mention]:
    """Other editions of a series the text names by number ("Red Wave-8" beside "which took part in Red
    Wave-7 last year"): each an exercise, wherever it stands."""
    numbers = [(m, _NUMBER_OF_AN_EDITION.search(m.label)) for m in mentions if m.type is EntityType.EXERCISE]
    numbered = {m.label[:number.start()] for m, number in numbers if number and number.start() >= 3}
    if not numbered:
        return mentions
    taken = [(m.start, m.end) for m in mentions] + clutter
    found = []
    for series in numbered:
        for match in re.finditer(rf"\b{re.escape(series)}[ -]\d{{1,2}}\b(?![-/]?\d)", text):
            if not any(a < match.end() and match.start() < b for a, b in taken):
                found.append(Mention(match.start(), match.end(), match.group(0), match.group(0), EntityType.EXERCISE,
                                     kind="exercise", confidence=0.7))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


# "Red Wave-8", "Saif Sareea 4": a series' name and the number of one of its editions (not a year)
_NUMBER_OF_AN_EDITION = re.compile(r"[ -]\d{1,2}$")


def _numbered_editions(mentions: list[Mention], sentences: list[Sentence], text: str,
                       reference: ReferenceDate) -> list[Mention]:
    """Editions numbered in Roman numerals or two digits ("UNITAS LXVII", "Han Kuang 42") keep their names
    and get the year each is dated by where it is named, else the article's; an undated edition numbered
    below the series' latest undated or this year's one ("the previous edition, Surya Kiran XVIII" beside
    XIX) is as many years before. Two digits that name a year near the article's are that year ("Freedom
    Edge 26")."""
    stated: dict[int, int | None] = {}
    latest: dict[str, int] = {}
    out = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.type is not EntityType.EXERCISE or mention.year:
            continue
        phase = _YEAR_AND_PHASE.search(mention.label)
        if phase is not None and reference.year is not None and \
                abs(2000 + int(phase.group(1)) - reference.year) <= 2:
            out[index] = replace(mention, year=2000 + int(phase.group(1)))  # "Andean Edge 24-2": of 2024
            continue
        hijri = _SOLAR_HIJRI_YEAR.search(mention.label)
        if hijri is not None:
            # "Eqtedar 1404": the Iranian year from March 2025 to March 2026, the article's year where it is one
            # of the two
            year = int(hijri.group(1)) + 621
            out[index] = replace(mention, year=year + 1 if reference.year == year + 1 else year)
            continue
        if not _NUMBERED_EDITION.search(mention.label):
            continue
        series, numeral = mention.label.rsplit(None, 1)
        if numeral.isdigit() and (reference.year is None or abs(2000 + int(numeral) - reference.year) <= 2):
            if reference.year is not None:  # the name as written: "MILEX 25" is the 2025 edition
                out[index] = replace(mention, year=2000 + int(numeral))
            continue
        sentence = sentence_at(sentences, mention.start)
        # "the UAE hosted Arabian Gulf Security 2 in 2020 and Saudi Arabia staged ... 3 in 2023": its own year
        right_after = _YEAR_RIGHT_AFTER.match(text, mention.end)
        year = stated[index] = int(right_after.group(1)) if right_after else (
            _year_around(text, sentence, mention, reference.year)
            or _year_of_yearless_dates(text, sentence, mention, reference)) if sentence is not None else None
        if year is None or year == reference.year:
            latest[series.casefold()] = max(latest.get(series.casefold(), 0), _edition_number(numeral))
    for index, year in stated.items():
        series, numeral = mentions[index].label.rsplit(None, 1)
        behind = max(0, latest.get(series.casefold(), 0) - _edition_number(numeral))
        year = year or (reference.year - behind if reference.year else None)
        if year:
            out[index] = replace(mentions[index], year=year)
    return out


def _phase(edition: Mention) -> int:
    """Which of its year's editions ``edition`` is by its name ("Andean Edge 24-2": 2), 0 if it does not say."""
    phase = _YEAR_AND_PHASE.search(edition.label)
    return int(phase.group()[-1]) if phase else 0


def _edition_number(numeral: str) -> int:
    if numeral.isdigit():
        return int(numeral)
    values = [_ROMAN_DIGITS[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _told_on_in_the_past(sentences: list[Sentence], sentence: Sentence | None, labelled: list[Mention],
                         series: Mention) -> Mention | None:
    """The earlier edition of ``series`` that the sentence before named, if ``sentence`` goes on about it in the past
    tense ("Last year, Pitch Black ... drew 140 aircraft ... in 2024. Spain and Italy flew aircraft at Pitch Black
    for the first time": the 2024 one); ``labelled`` are the mentions labelled so far, in text order."""
    if sentence is None or not _PAST_TENSE.search(sentence.text) or _PRESENT_OR_FUTURE.search(sentence.text):
        return None
    before = sentence_before(sentences, sentence)
    if before is None or before.paragraph != sentence.paragraph:
        return None
    opening = series.label.casefold() + " "
    return next((m for m in reversed(labelled) if before.start <= m.start < before.end and m.year
                 and m.type is EntityType.EXERCISE and m.label.casefold().startswith(opening)), None)


def _label_exercises(mentions: list[Mention], sentences: list[Sentence], text: str,
                     reference: ReferenceDate) -> list[Mention]:
    """Exercise labels carry their iteration's year; a series name stands for the iteration the
    article is about unless the sentence speaks of the series ("held every two years")."""
    mentions = [_unshouted(m) for m in _numbered_editions(mentions, sentences, text, reference)]
    iterations: dict[str, Mention] = {}
    for mention in mentions:
        if mention.type is EntityType.EXERCISE and mention.year:
            base = _EDITION_SUFFIX.sub("", mention.label).split("/")[0].casefold()
            known = iterations.get(base)
            # The iteration of the article's own year stands for the series (its latest phase: "Andean Edge
            # 24-2" after "24-1"); else the latest one.
            if known is None or (mention.year == reference.year and (
                    known.year != reference.year or _phase(mention) >= _phase(known))) or (
                    known.year != reference.year and (mention.year or 0) > (known.year or 0)):
                iterations[base] = mention
            head = base.split("-")[0]
            if head != base and len(head) >= 4 and " " not in head:
                iterations.setdefault(head, mention)  # "the flagship Defender drill" of "Defender-Europe 21"
    editions = {m.start: m for m in mentions if m.type is EntityType.EXERCISE and m.year}
    out = []
    for mention in mentions:
        if mention.type is EntityType.EXERCISE and not mention.year:
            gap = _APPOSED_EDITION_GAP.match(text, mention.end)
            if gap is not None and gap.end() in editions:
                # "the Rim of the Pacific exercise, RIMPAC 2024, ...": the edition set off after it, by its name
                edition = editions[gap.end()]
                out.append(replace(mention, label=edition.label, year=edition.year))
                continue
            sentence = sentence_at(sentences, mention.start)
            generic = sentence is not None and _speaks_of_a_series(text, sentence, mention)
            iteration = iterations.get(mention.label.casefold())
            if iteration is not None and iteration.year == reference.year and _EDITION_OF_BEFORE.search(
                    text, max(0, mention.start - 80), mention.start) and (
                    (dated := _DATED_EDITION_OF_BEFORE.search(text, max(0, mention.start - 80), mention.start)) is None
                    or int(dated.group("year")) == iteration.year):
                # "the 67th edition of UNITAS": the series this year's edition belongs to, named in a sentence
                # about the edition (whose facts stay the edition's)
                out.append(replace(mention, part_of=iteration.label, kind="series_of_edition"))
                continue
            told_on = _told_on_in_the_past(sentences, sentence, out, mention) if not generic else None
            if told_on is not None and reference.year and told_on.year < reference.year:
                out.append(replace(mention, label=told_on.label, year=told_on.year, kind="edition"))
                continue
            if iteration is not None and reference.year and iteration.year < reference.year and not generic:
                # an earlier iteration is named; this one is the article's own (but a later one named is the one
                # the article announces: "will host the 13th edition of MILAN ... in February 2026" in December)
                iteration = None
            stated = _year_around(text, sentence, mention, reference.year) if sentence is not None and not generic \
                else None
            if iteration is not None and stated and stated != iteration.year:
                # "Slavic Brotherhood exercises near Belgrade in November 2016": another edition than the one the
                # article is about, named in passing (it does not become the exercise later sentences speak of)
                label = f"{mention.label}{_year_joiner(iteration.label)}{stated}"
                mention = replace(mention, label=label, year=stated, kind="edition")
                out.append(mention)
                continue
            base = iteration if iteration is not None and iteration.year else None
            other = _OTHER_EDITION_BEFORE.search(text, max(0, mention.start - 40), mention.start) \
                if not generic and (base is not None or reference.year) else None
            first = _THE_FIRST_BEFORE.search(text, max(0, mention.start - 12), mention.start) \
                if other is None and not generic and sentence is not None else None
            held = {int(year) for year in _YEAR_IN_TEXT.findall(sentence.text)} if first is not None else set()
            if first is not None and not held and reference.year:
                # "Armenia hosted the first Eagle Partner exercise last September": the year a relative date gives
                held = {int(t.value[:4]) for t in find_times(sentence.text, reference=reference)
                        if t.kind != "weekday" and t.value[:4].isdigit()}
            now = base.year if base is not None else reference.year
            if len(held) == 1 and now and (year := held.pop()) < now:
                # "The first Mosi exercise was held off Cape Town in November 2019": the first edition, of its year
                joiner = _year_joiner(base.label) if base is not None else " "
                series = _EDITION_SUFFIX.sub("", base.label) if base is not None else mention.label
                out.append(replace(mention, label=f"{series}{joiner}{year}", year=year, kind="edition"))
                continue
            if other is not None:
                # "Kenya will host the next edition of X", "last year's X": the edition a year on or back, unless
                # the sentence dates it ("the next edition of X in September", in a March article: this year's)
                stated = stated or (_year_of_yearless_dates(text, sentence, mention, reference) if sentence else None)
                year = stated or (base.year if base is not None else reference.year) + (
                    -1 if other.group("back") else 1)
                joiner = _year_joiner(base.label) if base is not None else " "
                label = f"{_EDITION_SUFFIX.sub('', base.label if base is not None else mention.label)}{joiner}{year}" \
                    if base is not None or not _ENDS_IN_ITS_NUMBER.search(mention.label) else mention.label
                out.append(replace(mention, label=label, year=year, kind="edition"))  # ("the previous Morgan-15")
                continue
            if iteration is not None and not generic:
                mention = replace(mention, label=iteration.label, year=iteration.year)
            # A name that ends in a number ("Morgan-16", "Strait Thunder-2026A") names its edition already: no year
            # is added.
            elif iteration is None and not generic and stated and _ENDS_IN_ITS_ROMAN_NUMBER.search(mention.label):
                # "The previous round, Warrior-VII, was held in 2019": that year's, its name unchanged
                mention = replace(mention, year=stated)
            elif iteration is None and not generic and reference.year and not _ENDS_IN_ITS_NUMBER.search(mention.label):
                # "In September 2023, Armenia hosted the Eagle Partner exercise"; "held the X exercise in November"
                # in a March article: last November
                year = stated or _year_of_yearless_dates(text, sentence, mention, reference) or reference.year
                mention = replace(mention, label=f"{mention.label} {year}", year=year)
            elif iteration is not None:
                mention = replace(mention, part_of=iteration.label, kind="series")
        out.append(mention)
    return out


_THE_FIRST_BEFORE = re.compile(r"\b[Tt]he\s+first\s+$")
_APPOSED_EDITION_GAP = re.compile(rf"(?:\s+(?:{EXERCISE_NOUN}|exercise))?,\s+")


# A word of a name set in capitals: not a Roman numeral ("UNITAS LXVII") and not a short acronym.
_SHOUTED_WORD = re.compile(r"\b(?![IVXLC]+\b)[A-Z][A-Z’']{2,}\b")


def _unshouted(mention: Mention) -> Mention:
    """An exercise a press release names in capitals, labelled as names are written elsewhere ("OBANGAME
    EXPRESS 2021" as "Obangame Express 2021"); one word in capitals is an acronym or a name so written
    ("BALTOPS"), and any other mention is returned as it is."""
    label = mention.label
    if mention.type is not EntityType.EXERCISE or not label.isupper() or len(_SHOUTED_WORD.findall(label)) < 2:
        return mention
    return replace(mention, label=_SHOUTED_WORD.sub(lambda word: word.group(0).capitalize(), label))


def _year_joiner(label: str) -> str:
    """What joins a year to a series' name as ``label`` joins its own: "Zapad-2025", "Sea Breeze 2025"."""
    return "-" if HYPHENATED_YEAR_END.search(label) else " "


def _speaks_of_a_series(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Whether the sentence naming ``mention`` speaks of its series ("X has been held annually since
    2003"); "as the annual X exercise kicks off" describes this edition."""
    described = {m.start(1) for m in EDITION_ADJECTIVE.finditer(sentence.text)}
    # ("X, which has been held in Thailand since 1982, opened on Monday": an aside on the series; this one opened)
    asides = [a.span() for a in _RELATIVE_ASIDE_ON_IT.finditer(sentence.text)] if ", which" in sentence.text else []
    # ("Unlike previous editions of X, this year's ... will be hosted by A": this year's edition beside past ones)
    this_year = _THIS_YEARS_EDITION.search(sentence.text) is not None
    return any(cue.start() not in described and not any(a <= cue.start() < b for a, b in asides)
               and not (this_year and cue.group(0).lower().endswith("editions"))
               for cue in SERIES_CUES.finditer(sentence.text))


_THIS_YEARS_EDITION = re.compile(r"\bthis\s+year['’]s\b|\b(?:will|is\s+to|is\s+set\s+to)\s+be\s+(?:held|hosted)\b",
                                 re.IGNORECASE)


# ... before the main clause's event ("opened on Monday"; not "has grown into one of the largest", the series')
# (a past or present event: "will open next month" is told of the series as well)
_RELATIVE_ASIDE_ON_IT = re.compile(r",\s+which\s[^,;]{3,120},(?=\s+(?:(?:is|was|has|had)\s+)?(?:opened|opens|"
                                   r"began|begins|started|starts|kicked\s+off|kicks\s+off|got\s+under\s?way|ended|"
                                   r"ends|concluded|concludes|closed|closes|returned|returns|resumed|resumes|"
                                   r"got\s+going|wrapped\s+up)\b)")
_EDITION_OF_BEFORE = re.compile(r"\bedition\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$")
# "the 2023 edition of the annual Search exercise": an edition by its year, right before its series' name
_THE_YEAR_RIGHT_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Ll]ast\s+year['’]s)\s+(?P<year>(?:19|20)\d\d)\s+$")
_DATED_EDITION_OF_BEFORE = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s+(?:edition|iteration|round)\s+of\s+(?:the\s+)?"
                                      r"(?:[\w-]+\s+){0,3}$")
_TIME_HINT = re.compile(r"\d|day\b|week|month|year|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|"
                        r"today|tonight|yesterday", re.I)


def _speech_time(text: str, speech: Speech, reference: ReferenceDate) -> str | None:
    """When the words were spoken, where the attribution says so ("said on Tuesday", "warned last
    month"); a week becomes the month (or year) it lies in. None where the text does not say."""
    for start, end in attribution_stretches(text, speech):
        if not _TIME_HINT.search(text, start, end):
            continue  # most attributions say no time ("..., he said."): the time patterns are not tried
        for time in find_times(text[start:end], offset=start, reference=reference):
            if "X" in time.value:
                continue
            return _period([time.value]) if "/" in time.value else time.value
    return None


_MONTH_NAMES = ("January|February|March|April|May|June|July|August|September|October|November|December|"
                "Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.")
# What "that year" is: a year something is dated by ("in 2011", "in March 2011"), else one the text names ("the 2014
# annexation"), not a number that only looks like one ("Resolution 1973", "Vision 2030")
_DATED_IN_YEAR = re.compile(rf"\b(?:(?i:in|since|during|by|until|of|from)\s+(?:(?:early|mid|late)[- ]?)?|"
                            rf"(?:{_MONTH_NAMES})\s+(?:\d{{1,2}},?\s+)?)((?:19|20)\d\d)\b(?![-/]\d)")
_NAMED_YEAR = re.compile(r"(?<!Resolution )(?<!Resolutions )(?<!No\. )(?<!No )(?<!Vision )(?<!Agenda )(?<!Decree )"
                         r"(?<!Law )(?<!Order )(?<!number )(?<!Article )\b((?:19|20)\d\d)\b(?![-/]\d)")
# When drills were held, in their clause after them: "last week", "on Monday", "in March 2024", "in 2019"
# ... or where: "Russia and China held naval drills in the Sea of Japan", "are holding joint drills off Vladivostok"
_WHEN_HELD = re.compile(rf"[^,;]{{0,60}}?\b(?:last\s+(?:week|month|year|[A-Z][a-z]+day)|on\s+[A-Z][a-z]+day|"
                        rf"in\s+(?:(?:early|mid|late)[- ])?(?:{_MONTH_NAMES}|(?:19|20)\d\d))\b|"
                        r"\s+(?:in\s+the\s+|off\s+(?:the\s+)?|near\s+(?:the\s+)?)(?-i:[A-Z])")
# Drills held as a habit, or more than once: no one exercise ("for years", "twice a month", "in 2019 and again in
# 2023"), in the sentence's own words (not ", which the two armies hold annually": a clause on the series)
_HABIT = re.compile(r"\bfor\s+(?:years|decades|months)\b|\b(?:regularly|annually|routinely|repeatedly|every\s+\w+|"
                    r"each\s+year|twice|several\s+times|since\s+(?:19|20)\d\d|again)\b|"
                    r"\b(?:19|20)\d\d\s*(?:,|and|&)\s*(?:19|20)\d\d\b")
_TRAILING_RELATIVE = re.compile(r",\s+(?:which|who)\b[^;]*$")
_AUXILIARY_OR_RELATIVE_BEFORE = re.compile(r"\b(?:which|who|that|has|have|had|having)\s+(?:\w+ly\s+|also\s+)?$")


def _without_trailing_relative(sentence: str) -> str:
    """``sentence`` without a relative clause that ends it ("..., which the two armies hold annually")."""
    return _TRAILING_RELATIVE.sub("", sentence)

_YEAR_OF_EVENT = re.compile(rf"\b(?:(?:[Ii]n|[Oo]n|[Dd]uring)\s+(?:(?:early|mid|late|mid-)\s*)?"
                            r"(?:the\s+(?:spring|summer|autumn|fall|winter)\s+of\s+)?"  # "in the spring of 2019"
                            # "in October and November 2018", "in May-June 2023"
                            # "on the 3rd of March, 2023"
                            rf"(?:(?:\d{{1,2}}\s+|the\s+\d{{1,2}}(?:st|nd|rd|th)\s+of\s+)?(?:{_MONTH_NAMES})"
                            rf"(?:\s*(?:and|to|-|–)\s*(?:{_MONTH_NAMES}))?"
                            rf",?\s+(?:\d{{1,2}},?\s+)?)?|"
                            # "from August 29 to September 9, 2022"
                            rf"(?:[Ff]rom|[Bb]etween)\s+(?:{_MONTH_NAMES})\s+\d{{1,2}}\s*(?:to|and|-|–)\s*"
                            rf"(?:(?:{_MONTH_NAMES})\s+)?\d{{1,2}},?\s+|"
                            # "from 22 January to 03 February 2024", "from 15th to 28th April 2024": day first
                            rf"(?:[Ff]rom|[Bb]etween)\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:(?:{_MONTH_NAMES})\s+)?"
                            rf"(?:to|and|-|–)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_NAMES}),?\s+)"
                            r"((?:19|20)\d\d)\b")
# "on 20.09.2024", "from 20.09.2024 to 24.09.2024": the year of a date written with full stops
_DOTTED_DATE_YEAR = re.compile(r"\b(?<![\d.])[0-3]?\d\.[01]?\d\.((?:19|20)\d\d)(?![\d.]\d)")
# "X 2 in 2020": the year right after an edition's name, which is that edition's
_YEAR_RIGHT_AFTER = re.compile(rf"\s+in\s+(?:(?:{_MONTH_NAMES})\s+)?((?:19|20)\d\d)\b")


# "first held in 2009", "held since 2009", "launched in 2009": the series' year, not this edition's.
_SERIES_YEAR_BEFORE = re.compile(r"\b(?:first|since|inaugura\w*|launched|founded|established|created)\b[^,;]*$", re.I)


_RELATIVE_YEAR = re.compile(r"\b(?:[Ll]ast|[Nn]ext|[Tt]his)\s+year\b")


def _relative_year(words: str, reference_year: int) -> int:
    """The year "last year", "this year" or "next year" (``words``, as _RELATIVE_YEAR found them) means."""
    return reference_year + {"l": -1, "n": 1, "t": 0}[words[0].lower()]


_ANOTHER_TIME_BEFORE = re.compile(r"\b(?:will|would|next|week|month|as|than|since|from|compared)\s*$|"
                                  r"\b(?:will|next\s+(?:week|month))\b")


def _year_around(text: str, sentence: Sentence, mention: Mention, reference_year: int | None) -> int | None:
    """The year the words around ``mention`` date it by: those within 60 characters, not the whole
    sentence ("the moratorium, imposed in 2022 ..., had frozen its part in the Slavic Brotherhood drills"), nor
    another clause ("X 2 was held in the UAE in 2020, and X 3 took place in Saudi Arabia in 2022")."""
    dated = _DATED_EDITION_OF_BEFORE.search(text, max(sentence.start, mention.start - 80), mention.start) or (
        _THE_YEAR_RIGHT_BEFORE.search(text, max(sentence.start, mention.start - 12), mention.start)
        if not any(c.isdigit() for c in mention.text) else None)
    if dated is not None:  # "hosted the 2023 edition of the Search exercise", "during the 2023 Balikatan exercise":
        return int(dated.group("year"))  # that year's, whatever else is said
    start, end = max(sentence.start, mention.start - 60), min(sentence.end, mention.end + 60)
    for joint in _CLAUSES_JOINED.finditer(text, start, mention.start):
        start = joint.end()
    joint_after = _CLAUSES_JOINED.search(text, mention.end, end)
    # ("X, which has been held in Thailand since 1982, opened on Monday", "the X exercise, which the Y Navy
    # initiated in 2010": when the series began, not this one)
    words = _SINCE_A_YEAR.sub("", text[start:joint_after.start() if joint_after else end])
    year = _year_stated_in(_SERIES_BEGUN_IN.sub("", words) if "which" in words or "that" in words else words,
                           reference_year)
    if year is not None or any(c.isdigit() for c in mention.text):
        return year
    # The rest of a longer clause after the name, up to 120 characters
    far_end = min(sentence.end, mention.end + 120)
    far_joint = _CLAUSES_JOINED.search(text, mention.end, far_end)
    clause_end = far_joint.start() if far_joint else far_end
    far = text[mention.end:clause_end]
    if joint_after is None and "which" not in far and "that" not in far:
        # ("A and B staged the X air force exercise in northeastern A's Y province in August 2022": the year at
        # the end of a longer clause, the only one the clause gives)
        year = _year_stated_in(far, None)
    if year is None and reference_year:
        # ("The seventh edition of Exercise X between A and B was held at Y, Z last year": a year said relative to
        # the article's, at the end of a longer clause)
        relative = list(_RELATIVE_YEAR.finditer(text, mention.end, clause_end))
        # (not "will launch X next week, staging twice as many events as last year": a comparison, another time)
        if len(relative) == 1 and not _A_YEAR.search(text, mention.end, far_end) and not \
                _ANOTHER_TIME_BEFORE.search(text, mention.end, relative[0].start()):
            year = _relative_year(relative[0].group(0), reference_year)
    return year


_SINCE_A_YEAR = re.compile(r"\bsince\s+(?:19|20)\d\d\b")
_SERIES_BEGUN_IN = re.compile(r"\b(?:which|that)\s+[^,;.]{0,40}?\b(?:initiated|launched|inaugurated|started|began|"
                              r"founded|created|first\s+held)\s+in\s+(?:19|20)\d\d\b")
_CLAUSES_JOINED = re.compile(r",\s+(?:and|while|but|whereas)\s|;\s")


def _year_of_yearless_dates(text: str, sentence: Sentence | None, mention: Mention,
                            reference: ReferenceDate) -> int | None:
    """The one year that the dates around ``mention`` without a year of their own ("in November", "on
    May 5") fall in, read from the reference date and the sentence's tense."""
    if sentence is None or not reference.value or len(reference.value) < 10:
        return None
    start, end = max(sentence.start, mention.start - 60), min(sentence.end, mention.end + 60)
    if _A_YEAR.search(text, start, end):
        return None  # the years written there date it, or leave it undated when they disagree
    future = functools.partial(_modality.is_future, sentence.text)
    # Dates that begin near the name, read whole: "from 30 August to 13 September 2027" is 2027's
    years = {int(t.value[:4]) for t in find_times(sentence.text, offset=sentence.start, reference=reference,
                                                  future=future)
             # ("hosted X last September": a month named relative to the article's, of a year that is clear)
             if start <= t.start < end and (not t.is_relative or t.kind in ("relative_month", "month_relative_year"))
             and t.value[:4].isdigit()}
    return years.pop() if len(years) == 1 else None


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _year_stated_in(words: str, reference_year: int | None) -> int | None:
    """The one year ``words`` (those around an exercise's name) date their event by ("in 2023", "in
    September 2023", "on 5 May 2024", "last year")."""
    years = {int(match.group(1)) for match in _YEAR_OF_EVENT.finditer(words)
             if not _SERIES_YEAR_BEFORE.search(words, 0, match.start())}
    years |= {int(match.group(1)) for match in _DOTTED_DATE_YEAR.finditer(words)} if "." in words else set()
    if reference_year:
        years |= {_relative_year(match.group(0), reference_year)
                  for match in _RELATIVE_YEAR.finditer(words)}
    return years.pop() if len(years) == 1 else None


# A line that ends without a sentence's punctuation: a headline, a deck or a summary bullet ("Cyprus says it
# has applied to join NATO's Partnership for Peace"), which the article's own sentences say again
_UNFINISHED_LINE = re.compile(r"[\w)]\s*$")


def _in_a_headline(text: str, position: int) -> bool:
    """Whether ``position`` lies in a short line of ``text`` that ends without a full stop (a headline,
    deck or summary line): no one's words are quoted there as said."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start:end if end >= 0 else len(text)].strip()
    return bool(line) and len(line.split()) <= 30 and _UNFINISHED_LINE.search(line) is not None


def _pairs_who_speak(mentions: list[Mention], text: str) -> list[Mention]:
    """"The two sides said in a joint statement": a speaker that is the two states named together last before it
    (its ``inner``, each of which said the words; see _speech_facts)."""
    out = []
    for match in _TWO_SIDES_SPEAK.finditer(text):
        before = [m for m in mentions if m.end <= match.start() and m.type is EntityType.STATE
                  and m.kind in ("gazetteer", "demonym") and match.start() - m.end <= 600]
        # the last two states named as a pair ("Niger and Burkina Faso"), within a few sentences
        # (not the last two of a longer list: "set up by A, B, C and D")
        pair = next(((before[i], before[i + 1]) for i in range(len(before) - 2, -1, -1)
                     if before[i].label != before[i + 1].label
                     and AND_THE_GAP.fullmatch(text, before[i].end, before[i + 1].start)
                     and not (i and text[before[i - 1].end:before[i].start].strip() == ",")), None)
        if pair is not None:  # (no pair named, no speakers: "A hosted B, C and D. The two sides said")
            first, second = pair
            out.append(Mention(match.start("pair"), match.end("pair"), match.group("pair"), first.label,
                               EntityType.STATE, qid=first.qid, kind="pair", inner=(first, second), confidence=0.6))
    return out


_TWO_SIDES_SPEAK = re.compile(r"\b(?P<pair>[Tt]he\s+two\s+(?:sides|countries|nations|governments))"
                              r"(?=\s+(?:said|say|says|stated|added|noted|stressed|declared|announced)\b)")


def _speech_facts(text: str, speeches: list[Speech], reference: ReferenceDate) -> list[Fact]:
    facts = []
    for speech in speeches:
        words = speech.words.strip()
        if not speech.direct:
            words = words.rstrip(".").strip()  # the corpus writes reported clauses without their full stop
        # (a quotation of a word or two is kept only where a verb quotes it: 'the Kremlin called it "unfriendly"')
        if len(words.split()) < (1 if speech.direct else 3) or _in_a_headline(text, speech.start):
            continue
        modality = Modality.REPORTED if speech.second_hand else Modality.ASSERTED
        evidence = text[speech.start:speech.end]
        speakers = speech.speaker.inner if speech.speaker.kind == "pair" else (speech.speaker,)
        for speaker in speakers:  # ("the two sides said": each of them)
            facts.append(Fact(speaker.label, "said", words, modality, _speech_time(text, speech, reference),
                              Evidence(evidence, speech.start, speech.end),
                              confidence=0.8 if speech.direct else 0.7))
    return facts


_ROLE_BEFORE_NAME = Cue(re.compile(
    r"\bthe\s+(?P<role>(?:[a-z][a-z-]+\s+){0,2}(?:director|commander|chief|head|spokesman|spokeswoman|"
    r"spokesperson|leader|coordinator|representative|envoy|organiser|organizer)),\s+"),
    "director", "commander", "chief", "head", "spokes", "leader", "coordinator", "representative", "envoy", "organi")

# ("On 30 November the US suspended its partnership with Georgia": a time, then the subject)
_FRONTED_TIME_BEFORE_SUBJECT = re.compile(r"(?:On|In|Since|Last|This|Earlier|Later)\s+[\w ]{1,25}?,?\s+(?:the\s+)?")
# ("Morocco has bound itself ever more tightly to the United States": the state it has ties with)
_TIES_TO_BEFORE = re.compile(r"\b(?:closer|tightly|closely)\s+to\s+(?:the\s+)?$")
# "Nationalist Party MP X", "opposition lawmaker X": a seat, of the party the words before it name
_PARTY_MEMBER_BEFORE_NAME = Cue(re.compile(
    rf"(?:^|(?<=[\s(“\"]))(?P<role>(?:(?!(?:The|A|An|In|On|At|For|But|And|When|After|Before|Veteran)\s)"
    rf"(?:[A-Z][\w-]*|opposition)\s+){{1,3}}{PARTY_MEMBER_TITLES})"
    r"\s+(?=[A-Z])"), "mp ", "mep ", "lawmaker", "legislator")

# "Peru was represented by its Chief of Defence Force, Major General X": an office of the state "its" stands for
_ITS_ROLE_BEFORE_NAME = Cue(re.compile(
    r"\bits\s+(?P<role>(?:[A-Z][\w-]*\s+){0,3}?(?:Chief|Commander|Minister|Ambassador|Head|Director)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?),\s+"), "its ")
# "Its commander, Rear Admiral X,": the role of the unit or body the sentence before opens with
_ITS_OWN_ROLE_OPENING = re.compile(r"Its\s+(?P<role>commander|spokes(?:man|woman|person)|director|chief|head)\s*,\s+")


# "Mauritania's army chief of staff, General X,": a role of the state the possessive names, set off before a name
_STATES_ROLE_BEFORE_NAME = Cue(re.compile(
    # ("The brigade's commander, Brigadier General X,": the unit named before, referred back to)
    r"(?:^|(?<=[\s(“\"]))(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}|(?<=[Tt]he\s)(?:brigade|battalion|division|"
    r"regiment|fleet|squadron|contingent|mission|corps|commission|council|bloc|alliance|battlegroup))(?:’s|'s)\s+"
    r"(?P<role>(?:[A-Za-z][\w-]*\s+){0,3}?(?:[Cc]hief\s+of\s+(?:the\s+)?(?:[Gg]eneral\s+|[Nn]aval\s+|"
    r"[Dd]efen[cs]e\s+)?[Ss]taff|[Cc]ommander(?:-in-[Cc]hief)?|"
    r"[Mm]inister(?:\s+of\s+[Ss]tate)?(?:\s+(?:for|of)\s+[A-Z][\w]*(?:\s+(?:and\s+)?[A-Z][\w]*){0,3})?|"
    r"[Ss]pokes(?:man|woman|person)|(?<=’s )[Pp]resident|(?<='s )[Pp]resident|[Ss]ecretary[- ][Gg]eneral|"
    # ("Chile's chief negotiator, X,", "Peru's national security adviser, X,")
    r"[Nn]egotiator|[Aa]dvis[eo]r|"
    r"(?:[Aa]mbassador|[Ee]nvoy)(?P<to>\s+to\s+(?:the\s+)?[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w-]*){0,3})?))\s*,\s+"),
    "chief", "commander", "minister", "spokes", "ambassador", "envoy", "president", "secretary", "negotiator",
    "advis")


# "The commander of the Chilean Army, Lieutenant General X," / "Chief of Staff of the Guyana Defence Force,
# Brigadier X,"; "X, commander of the US 4th Fleet, told ...": an office of a named body, beside the name
_OFFICE_OF = (r"(?:(?:(?:[Dd]eputy|[Ss]enior|[Oo]perational|[Ff]orce|[Ee]xercise|[Vv]ice)\s+)?"
              r"(?:[Cc]ommander(?:-in-[Cc]hief)?|"
              r"[Cc]hief\s+of\s+(?:the\s+)?(?:[Gg]eneral\s+|[Nn]aval\s+|[Dd]efen[cs]e\s+|[Aa]ir\s+)?[Ss]taff|"
              # "the Vice Chief of the Defence Forces"
              r"(?<=[Vv]ice\s)[Cc]hief|(?<=[Dd]eputy\s)[Cc]hief|"
              r"[Cc]o-?[Dd]irector|[Dd]irector|[Hh]ead|"
              # "The Chairperson of the African Union Commission, X,", "The President of the European Commission, X"
              # ("commander of the self-styled Libyan National Army": what the body calls itself)
              r"[Cc]hair(?:person|man|woman)|(?<=[Tt]he\s)President)\s+of\s+(?:the\s+)?(?:self-styled\s+|so-called\s+)?"
              r"[A-Z][^,;()]{2,90}?|"
              # ("The Defence Adviser at the High Commission of India in Victoria, Captain X,")
              r"(?:[Dd]efen[cs]e|[Mm]ilitary|[Nn]aval|[Aa]ir)\s+(?:[Aa]dvis[eo]r|[Aa]ttach[ée])\s+(?:at|to)\s+"
              r"(?:the\s+)?[A-Z][^,;()]{2,90}?)")
_ROLE_OF_BEFORE_NAME = Cue(re.compile(rf"(?:^|\b[Tt]he\s+|[,;:]\s+)(?P<role>{_OFFICE_OF}),\s+"),
                           "commander", "chief", "director", "head", "chair", "president", "advis", "attach")
# ("X, head of Türkiye's Defense Industries Agency (SSB), said": the body's acronym is no part of the office)
# ("X, commander of NATO's Combined Air Operations Centre (CAOC) in Uedem, Germany,": where the body sits)
_ROLE_OF_AFTER_NAME = re.compile(rf",\s+(?:the\s+)?(?P<role>{_OFFICE_OF})(?:\s+\([A-Z][A-Za-z]{{1,9}}\))?"
                                 r"(?:(?<=\))\s+in\s+[A-Z][\w-]+)?"
                                 # (a sentence's end, not an abbreviation's point: "the U.S. Navy's ...")
                                 r"(?=,|\s+(?:said|says|told|tells)\b|(?:(?<=[a-z]{2})|(?<=\)))\.(?:\s|$))")
_PUNCTUATION = re.compile(r"[,;.]")
# "the Rapid Support Forces (RSF), commanded by General X,", "the Lowy Institute, headed by Professor Y,": who
# commands or heads the body
_COMMANDED_BY = re.compile(r"(?:\s*\([A-Z][A-Za-z]{1,9}\))?,\s+(?P<verb>commanded|headed)\s+by\s+")
# "X, the JEF's chief of staff,", "X, the brigade's commander, told": a role of the body the possessive names
_BODYS_ROLE_AFTER_NAME = re.compile(
    r",\s+the\s+(?P<owner>[^,;:.]{2,60}?)(?:’s|'s)\s+(?P<role>(?:deputy\s+|senior\s+)?(?:commander(?:-in-chief)?|"
    r"chief\s+of\s+(?:(?:the\s+)?(?:general\s+|naval\s+|defen[cs]e\s+|joint\s+)?staff|joint\s+operations)|"
    r"spokes(?:man|woman|person)|director|head|chair(?:man|woman)?|secretary[- ]general|commanding\s+officer))"
    r"(?=,|\s+(?:said|says|told|tells|added)\b|\.\s|\.?$)")
_BODY_TYPES_OF_ROLES = (EntityType.ORGANIZATION, EntityType.ALLIANCE, EntityType.MILITARY_UNIT)
# "X, the current SADC chairperson,": a body's office with the body's name before it
_BODYS_CHAIR_AFTER_NAME = re.compile(r",\s+the\s+(?:current|rotating|outgoing|new)?\s*"
                                     r"(?P<role>[A-Z][\w-]{1,12}\s+(?:chair(?:man|woman|person)?|"
                                     r"secretary[- ]general|president))(?=,|\.\s|\.?$|\s+(?:said|says|told)\b)")
# "X, who commands the Turkish contingent": the office the verb names (the words after "who")
# ("who had commanded KFOR since October": until the change of command the text tells)
_WHO_COMMANDS_TAIL = (r"(?P<verb>commands|(?:has|had(?=\s+\w+\s[^,;.]{2,80}?\s+since\b))\s+commanded|heads|"
                      r"has\s+headed|leads|has\s+led|chairs|"
                      # ("who directs maritime operations for X", "who chaired the council's senior officials")
                      # (not "who chaired the meeting": an event chaired, no office held)
                      r"directs|chaired(?!\s+(?:the|a|an|this|that|its)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|session|"
                      r"summit|conference|discussions?|ceremony|panel|debate|hearing|gathering)\b)|"
                      # ("who commands the U.S. 4th Fleet": the points of an abbreviation end nothing)
                      # ("who chairs the Organ on Politics, Defence and Security Cooperation": a title's list)
                      r"has\s+chaired)\s+(?P<unit>(?:the\s+)?(?:[^,;.]|(?<=\b[A-Z])\.(?=[A-Z]|\s+\w)|"
                      r",(?=\s+[A-Z][\w-]*\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s*(?:[,.;]|$))){2,80}?)"
                      r"(?=\s+(?:since|during|until)\b|\s*;|"
                      r"\s*,(?!\s+[A-Z][\w-]*\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s*"
                      r"(?:[,.;]|$))|"
                      r"\.(?!(?<=\b[A-Z]\.)(?:[A-Z]|\s+\w))|\s*$)")
_WHO_COMMANDS = re.compile(r",\s+who\s+" + _WHO_COMMANDS_TAIL)
# ... after a short apposition: "X, the veteran South African diplomat who heads UNMISS, told"
_APPOSED_WHO_COMMANDS = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,5}?[a-z][\w-]*\s+who\s+" + _WHO_COMMANDS_TAIL)
# "X today assumed command of the NATO-led Kosovo Force (KFOR) from Y", "X took over command of the fleet on Monday":
# the body's commander (the one the command passed from held it before, as the text says elsewhere)
_TOOK_COMMAND = re.compile(r"\s+(?:(?:today|yesterday|formally|officially|on\s+[A-Z][a-z]+(?:\s+\d{1,2})?)\s+){0,2}"
                           r"(?:assumed|assumes|took(?:\s+over)?|takes(?:\s+over)?|has\s+(?:assumed|taken(?:\s+over)?))"
                           r"\s+(?:the\s+)?command\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*-led\s+)?")
_OF_A_STATE_AFTER_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?=,\s+who\s)")
# "who heads the X": head of the X; "who chairs the Y": chair of the Y (the verb's stem, its office)
_OFFICE_OF_VERB = (("comm", "commander"), ("head", "head"), ("le", "head"), ("chair", "chair"), ("dir", "director"))
_ELECTED = Cue(re.compile(
    r"(?<=[\w’'])\s+(?:(?:was|has been|had been|is)\s+(?:re-?elected|elected|appointed|named|sworn in)|"
    # "Alexander Stubb took office as President of Finland", "X became Secretary General of NATO"
    r"took\s+office|became)\s+(?:as\s+)?(?:the\s+)?(?:(?P<owner>[A-Z][\w-]+)\s+)?(?P<title>[A-Z][\w ]{2,30}?)"
    r"(?:\s+of\s+(?P<of>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))?"
    r"(?=\s+(?:in|on|at|for|after|last|this|with)\b|[,.;]|$)"),
    "elected", "appointed", "named", "sworn in", "took office", "became")


# A command given in lower case, which the offices above do not hold: "was appointed operation commander"
_APPOINTED_TO_COMMAND = re.compile(r"(?<=[\w’'])\s+(?:was|has\s+been|had\s+been|is)\s+(?:appointed|named)\s+"
                                   r"(?:as\s+)?(?:the\s+)?(?:new\s+)?(?P<role>(?:(?:operation|force|mission|deputy|"
                                   r"overall|joint)\s+)?commander(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*"
                                   r"(?:\s+[A-Z][\w-]*){0,4})?)(?=[\s,.;]|$)")
# (a ministry's: "Ukrainian Navy spokesman X" speaks for a force, and is of no state said)
_SPOKESPERSON_AT_END = re.compile(r"\b[Mm]inistry\s+spokes(?:man|woman|person)$")
# "President X named Y as prime minister", "appointed Y defence minister": an office another gave, of the giver's state
_APPOINTED_BEFORE = re.compile(r"\b(?:named|appointed|nominated)\s+$")
_OFFICE_GIVEN = re.compile(r"\s+(?:as\s+)?(?:the\s+)?(?:new\s+|acting\s+)?(?P<title>[A-Za-z][A-Za-z ]{2,30}?)"
                           r"(?=\s+(?:in|on|at|after|last|this|with|to|and|replacing|succeeding)\b|[,.;]|$)")


def _offices_given(text: str, sentences: list[Sentence], mentions: list[Mention],
                   finder: MentionFinder) -> list[Fact]:
    facts = []
    people = [m for m in mentions if m.type is EntityType.PERSON]
    for appointed in people:
        given = _OFFICE_GIVEN.match(text, appointed.end) if _APPOINTED_BEFORE.search(
            text, max(0, appointed.start - 12), appointed.start) else None
        sentence = sentence_at(sentences, appointed.start) if given else None
        if sentence is None or given.end() > sentence.end:
            continue
        # (the giver: the person the clause opens with, whose state the office is of)
        giver = next((m for m in people if sentence.start <= m.start and m.end <= appointed.start), None)
        state = next((m.nationality for m in people if giver is not None and m.label == giver.label
                      and m.nationality), None)  # ("Tokayev named Y": the surname of "Kazakh President X Tokayev")
        if state and finder.office(state, given.group("title")):  # (a government's title: not "the winner")
            title = " ".join(w if w == "of" else w[:1].upper() + w[1:] for w in given.group("title").split())
            facts.append(Fact(appointed.label, "holds_position", f"{title} of {after_of(state)}", Modality.ASSERTED,
                              None, _evidence(sentence), confidence=0.7))
    return facts


def _owner_of_role(possessed: re.Match[str], mentions: list[Mention], person: Mention) -> Mention | None:
    """The body whose role a possessive after a name gives: the one it names ("the JEF's"), or the last one
    named before whose name holds the noun it refers back by ("the brigade's": "the 45th Armoured Brigade")."""
    owner_end = possessed.end("owner")
    named = next((m for m in mentions if m.end == owner_end and m.start >= possessed.start("owner")
                  and m.type in _BODY_TYPES_OF_ROLES), None)
    if named is not None:
        return named
    return _unit_referred_to(possessed.group("owner"), mentions, person.start)


def _unit_referred_to(noun: str, mentions: list[Mention], position: int) -> Mention | None:
    """The body named last before ``position`` whose name holds ``noun``, the noun it is referred back by
    ("the brigade": "the 45th Armoured Brigade"); None for a noun no unit or body is named by."""
    noun = noun.lower()
    if noun not in _NOUNS_OF_BODIES:
        return None
    return next((m for m in reversed(mentions) if m.end <= position and m.type in _BODY_TYPES_OF_ROLES
                 and re.search(rf"\b{noun}\b", m.label, re.IGNORECASE)), None)


_NOUNS_OF_BODIES = frozenset({"brigade", "battalion", "division", "regiment", "fleet", "squadron", "contingent",
                              "alliance", "force", "forces", "command", "corps", "mission", "army", "navy", "bloc",
                              "organisation", "organization", "grouping", "commission", "council", "battlegroup"})


_LOWER_CASE_WORD = re.compile(r"(?<![\w.-])(?!(?:of|the|and|for|de|del|bin|al)\b)[a-z][a-z]+\b")


def _cue_matches(cue: Cue, text: str, words: int) -> Iterator[re.Match[str]]:
    """The matches of ``cue`` in ``text``, whose cue words are ``words`` (:func:`.cues.found`): none are looked for
    without them."""
    return cue.pattern.finditer(text) if words & cue.mask else iter(())


def _person_named_after(people_at: dict[int, Mention], text: str, position: int) -> Mention | None:
    """The person named within 40 characters after ``position`` with no punctuation between ("the exercise
    director, Major General X"): the holder of a role set off before the name."""
    return next((m for start, m in people_at.items() if position <= start <= position + 40
                 and not _PUNCTUATION.search(text[position:start])
                 # (a rank or a title between, not a verb: "Australia's prime minister, met X" is no role of X's)
                 and not _LOWER_CASE_WORD.search(text, position, start)
                 # (nor the next of a list: "signed by X, Chile's defence minister, and Y" is X's role)
                 and not text.startswith("and ", position)), None)


# What may open an author's note before the name ("About the author: X is a ...")
_AUTHOR_OPENING = re.compile(r"(?:(?:About|On)\s+the\s+authors?\s*[:.–—-]\s*|\*\s*)?")


def _person_facts(text: str, sentences: list[Sentence], mentions: list[Mention],
                  finder: MentionFinder) -> list[Fact]:
    facts = []
    # "the exercise director, Major General X": a role given before the name, set off by a comma.
    people_at = {m.start: m for m in mentions if m.type is EntityType.PERSON}
    people_ending_at = {m.end: m for m in reversed(mentions) if m.type is EntityType.PERSON}  # (the first wins)
    states_at = {m.start: m for m in mentions if m.type is EntityType.STATE and m.kind == "gazetteer"}
    # (the cue words of each sentence, found once for the six cues below)
    sentence_words = [found(folded(sentence.text)) for sentence in sentences]
    for sentence, words in zip(sentences, sentence_words):
        for match in itertools.chain(_cue_matches(_ROLE_BEFORE_NAME, sentence.text, words),
                                     _cue_matches(_ROLE_OF_BEFORE_NAME, sentence.text, words)):
            person = _person_named_after(people_at, text, sentence.start + match.end())
            if person is not None:
                facts.append(Fact(person.label, "holds_position", match.group("role"), Modality.ASSERTED, None,
                                  _evidence(sentence), confidence=0.7))
        for match in _cue_matches(_PARTY_MEMBER_BEFORE_NAME, sentence.text, words):
            person = people_at.get(sentence.start + match.end())
            if person is None or person.position:
                continue
            role = match.group("role")
            people = next((m for m in mentions if m.start == sentence.start + match.start("role")
                           and m.kind == "demonym" and m.type is EntityType.STATE), None) \
                if role.endswith(" MP") and role.count(" ") == 1 else None
            if people is not None:
                # "Finnish MP X": a member of the state's parliament, of its people (as "Finnish lawmaker X" is)
                role = f"Member of Parliament of {after_of(people.label)}"
                facts.append(Fact(person.label, "nationality", people.label, Modality.ASSERTED, None,
                                  _evidence(sentence), confidence=0.7))
            facts.append(Fact(person.label, "holds_position", role, Modality.ASSERTED, None,
                              _evidence(sentence), confidence=0.7))
    for before, sentence, words in zip([None, *sentences], sentences, sentence_words):
        opening = _ITS_OWN_ROLE_OPENING.match(sentence.text) if sentence.text[:4] == "Its " and before else None
        person = _person_named_after(people_at, text, sentence.start + opening.end()) if opening else None
        # "Standing NATO Maritime Group Two is taking part. Its commander, Rear Admiral X, ...": the office of the
        # unit or body the sentence before opens with
        opened = before.start if person is not None else -1
        body = next((m for m in mentions if (m.start == opened or m.start == opened + 4
                                             and before.text.startswith("The "))
                     and m.type in _BODY_TYPES_OF_ROLES and m.kind != "demonym"), None) if opened >= 0 else None
        if body is not None:
            facts.append(Fact(person.label, "holds_position", f"{opening.group('role')} of {_body_named(body)}",
                              Modality.ASSERTED, None, _evidence(sentence), confidence=0.7))
        for match in _cue_matches(_ITS_ROLE_BEFORE_NAME, sentence.text, words):
            # "Peru was represented by its Chief of Defence Force, Major General X": the office of the one state
            # the sentence names before "its"
            person = _person_named_after(people_at, text, sentence.start + match.end())
            owner = _owner_its_stands_for(mentions, sentence, sentence.start + match.start(), text) \
                if person is not None else None
            if owner is not None:
                facts.append(Fact(person.label, "holds_position", f"{match.group('role')} of {after_of(owner)}",
                                  Modality.ASSERTED, None, _evidence(sentence), confidence=0.7))
        for match in _cue_matches(_STATES_ROLE_BEFORE_NAME, sentence.text, words):
            # "Mauritania's army chief of staff, General X, said", "Nigeria's Minister of State for Foreign Affairs,
            # X, told": the role, of that state
            # (the state's name ends where the possessive begins: "In Mauritania's ..." opens with another word)
            owner_start, owner_end = sentence.start + match.start("owner"), sentence.start + match.end("owner")
            owner = next((m for m in states_at.values() if m.end == owner_end and m.start >= owner_start), None)
            # ("The Iron Wolf Brigade's commander, Colonel X,", "the Chilean Navy's commander-in-chief, Admiral X,": a
            # unit's or a body's office)
            body = next((m for m in mentions if m.end == owner_end and m.start >= owner_start and m.kind != "demonym"
                         and m.type in _BODY_TYPES_OF_ROLES), None) if owner is None else None
            person = _person_named_after(people_at, text, sentence.start + match.end())
            if owner is None and body is None and person is not None and match.group("owner").islower():
                body = _unit_referred_to(match.group("owner"), mentions, owner_start)
            if owner is not None and person is not None:
                # ("Peru's ambassador to the OAS, X,": the ambassador of Peru to the OAS)
                to = match.group("to") or ""
                role = match.group("role")[:len(match.group("role")) - len(to)]
                facts.append(Fact(person.label, "holds_position", f"{role} of {owner.label}{to}",
                                  Modality.ASSERTED, None, _evidence(sentence), confidence=0.7))
            elif body is not None and person is not None:
                role = match.group("role")
                people = next((m for m in mentions if m.type is EntityType.STATE and m.kind == "demonym"
                               and m.start == sentence.start + match.start("role")), None)
                if people is not None and " " in role:
                    # "the battlegroup's Czech commander, Colonel X": his people's adjective, no word of the office
                    role = role.split(" ", 1)[1]
                    facts.append(Fact(person.label, "nationality", people.label, Modality.ASSERTED, None,
                                      _evidence(sentence), confidence=0.7))
                facts.append(Fact(person.label, "holds_position", f"{role} of {_body_named(body)}",
                                  Modality.ASSERTED, None, _evidence(sentence), confidence=0.7))
    for person in people_at.values():
        # "X, the Y of Z, said"; "X, who commands the Turkish contingent, ...", "X, who has commanded EUFOR since"
        of_state = _OF_A_STATE_AFTER_NAME.match(text, person.end)  # "X of Italy, who heads ..."
        after = of_state.end() if of_state else person.end
        office = _ROLE_OF_AFTER_NAME.match(text, person.end) or (
            _WHO_COMMANDS.match(text, after) if text.startswith(", who ", after) else None) or (
            _APPOSED_WHO_COMMANDS.match(text, person.end) if text.startswith(", ", person.end)
            and " who " in text[person.end:person.end + 80] else None)
        sentence = sentence_at(sentences, person.start) if office else None
        if sentence is not None and office.end() <= sentence.end:
            verb = office.group("verb").split()[-1] if office.re is not _ROLE_OF_AFTER_NAME else ""
            role = office.group("role") if office.re is _ROLE_OF_AFTER_NAME else \
                f"{next(title for stem, title in _OFFICE_OF_VERB if verb.startswith(stem))} of {office.group('unit')}"
            facts.append(Fact(person.label, "holds_position", role, Modality.ASSERTED, None,
                              _evidence(sentence), confidence=0.7))
        took = _TOOK_COMMAND.match(text, person.end) if " command of " in text[person.end:person.end + 60] else None
        body = next((m for m in mentions if took and m.start == took.end() and m.type in _BODY_TYPES_OF_ROLES), None)
        sentence = sentence_at(sentences, person.start) if body is not None else None
        if sentence is not None and body.end <= sentence.end:
            facts.append(Fact(person.label, "holds_position", f"commander of {_body_named(body)}", Modality.ASSERTED,
                              None, _evidence(sentence), confidence=0.7))
        demonym = _A_DEMONYM_AFTER_NAME.match(text, person.end) if text.startswith((", a ", ", an "), person.end) \
            else None
        state = next((m for m in mentions if demonym and m.start == demonym.start("adjective")
                      and m.type is EntityType.STATE and m.kind == "demonym"), None)
        sentence = sentence_at(sentences, person.start) if state is not None else None
        if sentence is not None:  # "GCC Secretary-General X, a Kuwaiti, said": the apposition gives it
            facts.append(Fact(person.label, "nationality", state.label, Modality.ASSERTED, None,
                              _evidence(sentence), confidence=0.75))
        is_a = IS_A_ROLE_AFTER.match(text, person.end) if text.startswith(" is a", person.end) else None
        sentence = sentence_at(sentences, person.start) if is_a else None
        if sentence is not None and _AUTHOR_OPENING.fullmatch(text, sentence.start, person.start):
            # "Ana Soto is a research fellow at the Andean Institute.": an author's note (the workplace after "at"
            # is no part of the role, as elsewhere)
            facts.append(Fact(person.label, "holds_position", is_a.group("role"), Modality.ASSERTED, None,
                              _evidence(sentence), confidence=0.7))
        became = WHO_BECAME_AFTER.match(text, person.end + 1) if text.startswith(", who ", person.end) else None
        sentence = sentence_at(sentences, person.start) if became else None
        if sentence is not None and became.end() <= sentence.end:  # "X, who became chairperson of Y in May, said"
            facts.append(Fact(person.label, "holds_position", office_became(became), Modality.ASSERTED, None,
                              _evidence(sentence), confidence=0.7))
        possessed = _BODYS_ROLE_AFTER_NAME.match(text, person.end)
        sentence = sentence_at(sentences, person.start) if possessed else None
        owner = _owner_of_role(possessed, mentions, person) if sentence is not None else None
        if owner is not None and possessed.end() <= sentence.end:
            # "X, the JEF's chief of staff, said", "Brigadier General X, the brigade's commander, told": of the body
            facts.append(Fact(person.label, "holds_position", f"{possessed.group('role')} of {_body_named(owner)}",
                              Modality.ASSERTED, None, _evidence(sentence), confidence=0.7))
        chair = _BODYS_CHAIR_AFTER_NAME.match(text, person.end)
        sentence = sentence_at(sentences, person.start) if chair else None
        if sentence is not None and chair.end() <= sentence.end and any(
                m.start == chair.start("role") and m.type in _BODY_TYPES_OF_ROLES for m in mentions):
            # "Zimbabwe's President X, the current SADC chairperson, ...": the body's office, as written
            facts.append(Fact(person.label, "holds_position", chair.group("role"), Modality.ASSERTED, None,
                              _evidence(sentence), confidence=0.7))
    for body in mentions if ", commanded by " in text or ", headed by " in text else ():
        # "The Rapid Support Forces (RSF), commanded by General X,": the commander or the head of the body
        led = _COMMANDED_BY.match(text, body.end) if body.type in _BODY_TYPES_OF_ROLES and body.kind != "demonym" \
            else None
        person = _person_named_after(people_at, text, led.end()) if led else None
        sentence = sentence_at(sentences, body.start) if person is not None else None
        if sentence is not None and person.end <= sentence.end:
            office = "commander" if led.group("verb") == "commanded" else "head"
            facts.append(Fact(person.label, "holds_position", f"{office} of {_body_named(body)}", Modality.ASSERTED,
                              None, _evidence(sentence), confidence=0.7))
    # "Vucic was elected as Serbian President", "X took office as President of Finland": an office taken, said
    # after the name
    for sentence, words in zip(sentences, sentence_words):
        for match in _cue_matches(_ELECTED, sentence.text, words):
            person = people_ending_at.get(sentence.start + match.start())  # (where the verb's space begins)
            if person is None:
                continue
            # ("was appointed Defence Minister of Sweden": a title of two words first, then "Serbian President")
            position = (finder.office(match.group("of"), f"{match.group('owner')} {match.group('title')}")
                        if match.group("owner") else None) \
                or finder.office(match.group("owner") or match.group("of"), match.group("title"))
            if position:
                facts.append(Fact(person.label, "holds_position", position, Modality.ASSERTED, None,
                                  _evidence(sentence), confidence=0.7))
        for match in _APPOINTED_TO_COMMAND.finditer(sentence.text) if "commander" in sentence.text else ():
            # "X was appointed operation commander, while Y was named force commander": the commands given
            person = people_ending_at.get(sentence.start + match.start())
            if person is not None:
                facts.append(Fact(person.label, "holds_position", match.group("role"), Modality.ASSERTED, None,
                                  _evidence(sentence), confidence=0.7))
    facts += _offices_given(text, sentences, mentions, finder)
    dateline_state = _dateline_state(text, sentences, finder)
    for mention in mentions:
        if mention.type is not EntityType.PERSON:
            continue
        sentence = sentence_at(sentences, mention.start)
        if sentence is None:
            continue
        evidence = _evidence(sentence)
        for position in (mention.position, *mention.other_positions):
            if position:
                # ("In Ivory Coast, President X", "the UAE by Vice President and Prime Minister X": that state's)
                position = _bare_office_of_state_before(text, sentence, mention, position, mentions) or \
                    _bodys_office_before(text, mention, position, mentions) or \
                    _bare_office_of_dateline_state(position, mention, sentence, mentions, dateline_state) or position
                facts.append(Fact(mention.label, "holds_position", position, Modality.ASSERTED, None,
                                  evidence, confidence=0.8))
        # "Minister of Defence Kari Hovland (Norway)": the state in brackets after the name
        bracketed = states_at.get(mention.end + 2) if text.startswith(" (", mention.end) else None
        nationality = mention.nationality or (bracketed.label if bracketed is not None
                                              and text.startswith(")", bracketed.end) else None)
        if nationality is None and mention.position and _SPOKESPERSON_AT_END.search(mention.position):
            # "Chinese Foreign Ministry spokesperson X": a Chinese spokesperson, whose office keeps its words
            nationality = finder.state_of_adjective(mention.position)
        if nationality and bracketed is None and " of " in text[max(0, mention.start - 60):mention.start] and \
                _only_an_office_of_the_state(text, mention, nationality, mentions):
            nationality = None  # "Minister of Defence of Estonia X": an office of the state, no adjective of his
        if nationality:
            facts.append(Fact(mention.label, "nationality", nationality, Modality.ASSERTED, None,
                              evidence, confidence=0.75))
    facts += _counterparts(sentences, mentions, facts)
    facts = [_office_in_relative(f) if f.relation == "holds_position" else f for f in facts]
    return facts


# A state's offices that a text may give bare ("President X"), and what may come between the state named just before
# and the office: "In Ivory Coast, President X", "the UAE by Vice President and Prime Minister X", "Seoul, under
# then President X"
# (the offices of a head of state or government and of the two ministers news names most, bare)
_HEAD_OR_MINISTER = r"(?:Vice\s+)?President|(?:Deputy\s+)?Prime\s+Minister|Defen[cs]e\s+Minister|Foreign\s+Minister"
_BARE_STATE_OFFICE = re.compile(_HEAD_OR_MINISTER + r"|King|Emir|Crown\s+Prince|Chancellor")
_BARE_OFFICE_OPENING = r"(?:then\s+|former\s+)?(?:(?:Vice\s+)?President\s+and\s+)?"
_STATE_THEN_BARE_OFFICE = re.compile(r"(?:,\s+under\s+|\s+(?:was\s+|were\s+)?(?:represented\s+)?by\s+)"
                                     + _BARE_OFFICE_OPENING)
_FRONTED_STATE_THEN_BARE_OFFICE = re.compile(r",\s+" + _BARE_OFFICE_OPENING)  # "In Ivory Coast, President X"
_IN_BEFORE_STATE = re.compile(r"(?:^|(?<=[.;:]\s))In\s+(?:the\s+)?$")
_OF_THE_STATE_BEFORE = re.compile(r"\bof\s+(?:the\s+)?(?:Republic\s+of\s+)?$")
# Between a title's last word and the name: a comma, a style and an honorific at most
_TITLE_END_TO_NAME = re.compile(r",?\s+(?:(?:the\s+Hon(?:ourable)?|His\s+Excellency|Her\s+Excellency|H\.E\.|HE|"
                                r"Mr|Mrs|Ms|Dr)\.?\s+){0,2}")


def _only_an_office_of_the_state(text: str, person: Mention, state: str, mentions: list[Mention]) -> bool:
    """Whether the title before ``person``'s name names their state ``state`` only as the one its office is of
    ("Minister of Defence of Estonia X", "the Prime Minister of Papua New Guinea, the Hon X"): the corpus gives a
    nationality for an adjective or an apposition ("Estonian Defence Minister X", "X, the prime minister of Chile"),
    and no sheet gives one for such a title."""
    title_end = next((m for m in mentions if m.label == state and m.type is EntityType.STATE and m.kind != "demonym"
                      and _TITLE_END_TO_NAME.fullmatch(text, m.end, person.start)), None)
    return title_end is not None and _OF_THE_STATE_BEFORE.search(text, max(0, title_end.start - 30),
                                                                 title_end.start) is not None


def _bare_office_of_state_before(text: str, sentence: Sentence, person: Mention, position: str,
                                 mentions: list[Mention]) -> str | None:
    """A bare office of a state ("President") as the office of the state named right before it in the sentence
    ("In Ivory Coast, President X": "President of Ivory Coast"), or None."""
    if not _BARE_STATE_OFFICE.fullmatch(position):
        return None
    known = next((m.nationality for m in mentions if m.label == person.label and m.nationality), None)
    if known is not None:  # ("US President Joe Biden ... President Biden said": the state the text gave him)
        return f"{position} of {after_of(known)}"
    at = text.rfind(position, max(sentence.start, person.start - 80), person.start)
    if at < 0:
        return None
    state = next((m for m in reversed(mentions) if m.end <= at and sentence.start <= m.start
                  and m.type is EntityType.STATE and m.kind != "demonym"), None)
    if state is None:
        return None
    fronted = _IN_BEFORE_STATE.search(text, sentence.start, state.start) is not None  # (the comma its own)
    between = _FRONTED_STATE_THEN_BARE_OFFICE if fronted else _STATE_THEN_BARE_OFFICE
    return f"{position} of {after_of(state.label)}" if between.fullmatch(text, state.end, at) else None


# The town of a dateline that opens a story ("SEOUL –", "Port Moresby, May 22 (AP) -"), as the gazetteer may know it
_DATELINE_TOWN = re.compile(r"(?P<town>[A-Z][A-Za-z'-]+(?:\s[A-Z][A-Za-z'-]+){0,2})(?:,[^—–.\n]{0,50}?)?"
                            r"(?:\s*\([A-Z][\w.]{1,12}\))?\s*(?:—|–|--|-)\s")
# An office a state's head or government holds, as its own people name it bare
_HEAD_OFFICE = re.compile(rf"(?:(?:Acting|Interim|Caretaker|acting|interim)\s+)?(?:{_HEAD_OR_MINISTER})")


def _dateline_state(text: str, sentences: list[Sentence], finder: MentionFinder) -> str | None:
    """The state whose capital opens the story as its dateline ("SEOUL –": South Korea), or None."""
    for sentence in sentences[:3]:
        town = _DATELINE_TOWN.match(text, sentence.start)
        if town is None:
            continue
        name = " ".join(word.capitalize() if word.isupper() else word for word in town.group("town").split())
        return next((entry.label for entry in finder.gazetteer.lookup(name)
                     if entry.match is MatchKind.CAPITAL), None)
    return None


def _bare_office_of_dateline_state(position: str, person: Mention, sentence: Sentence, mentions: list[Mention],
                                   state: str | None) -> str | None:
    """A head's office given bare ("President X") in a story datelined in a state's capital, as that state's
    ("SEOUL - ... President X": "President of South Korea"), as its own press names its leaders; None where the text
    gives the person a state, or the sentence names another state, whose leader the person may be ("the election
    in Belarus that gave President X a sixth term")."""
    if state is None or not _HEAD_OFFICE.fullmatch(position) or any(
            (m.label == person.label and m.nationality) or (
                m.type is EntityType.STATE and m.kind != "demonym" and m.label != state
                and sentence.start <= m.start < sentence.end) for m in mentions):
        return None
    return f"{position} of {after_of(state)}"


# A body's offices a text may write after the body's name of several words ("Andean Community Secretary-General X")
_BODYS_BARE_OFFICE = re.compile(r"(?:Deputy\s+)?Secretary[- ]General|Executive\s+Secretary|Chair(?:man|woman|person)?|"
                                r"Director[- ]General|Secretary")
_POSSESSIVE_OR_SPACE = re.compile(r"(?:’s|'s)?\s")


def _bodys_office_before(text: str, person: Mention, position: str, mentions: list[Mention]) -> str | None:
    """A bare office of a body ("Secretary-General") written right after the body's name, with or without its
    possessive ("the Andean Community's Secretary-General X"), as the office of that body, or None."""
    if not _BODYS_BARE_OFFICE.fullmatch(position):
        return None
    at = person.start - len(position) - 1
    if at < 0 or not text.startswith(position, at):
        return None
    body = next((m for m in mentions if m.type in (EntityType.ORGANIZATION, EntityType.ALLIANCE) and " " in m.label
                 and _POSSESSIVE_OR_SPACE.fullmatch(text, m.end, at)), None)
    if body is None:
        return None
    return f"{position} of {_body_named(body)}"


def _body_named(body: Mention) -> str:
    """A body's label as an office's owner after "of": "NATO", "the Joint Expeditionary Force"."""
    return body.label if body.label.isupper() else f"the {body.label}"


def _counterparts(sentences: list[Sentence], mentions: list[Mention], facts: list[Fact]) -> list[Fact]:
    """"Hungarian Prime Minister X wrote to his Swedish counterpart Y": Y holds X's office, of Y's state."""
    out = []
    for sentence in sentences:
        if "counterpart" not in sentence.text:
            continue
        in_sentence = [m for m in mentions if sentence.start <= m.start < sentence.end]
        for match in itertools.chain(_COUNTERPART_BEFORE_NAME.finditer(sentence.text),
                                     _COUNTERPART_AFTER_NAME.finditer(sentence.text)):
            at = sentence.start + match.start("adjective" if match.group("adjective") else "from")
            state = next((m for m in in_sentence if m.start == at and m.type is EntityType.STATE), None)
            if match.re is _COUNTERPART_BEFORE_NAME:  # "his Swedish counterpart Y": the other named before
                # (after the state a counterpart is from: "his counterpart from Georgia, Y")
                name_at = sentence.start + match.end() if state is None or match.group("adjective") else state.end
                person = next((m for m in in_sentence if m.type is EntityType.PERSON
                               and 0 <= m.start - name_at <= 2), None)
                before = sentence.start + match.start()
            else:  # "Y, his Swedish counterpart": the other named before Y
                person = next((m for m in in_sentence if m.type is EntityType.PERSON
                               and m.end == sentence.start + match.start()), None)
                before = person.start if person is not None else 0
            other = next((m for m in reversed(in_sentence) if m.type is EntityType.PERSON and m.end <= before), None)
            office = _office_of_a_state(other, facts) if state is not None and person is not None else None
            if office is not None and (fact := _counterpart_fact(person, office, state, sentence)) is not None:
                out.append(fact)
        for match in COUNTERPARTS_NAMED.finditer(sentence.text) if "counterparts" in sentence.text else ():
            # "X hosted his German and Polish counterparts, A and B": each holds X's office, of the state in its place
            adjectives = [m for m in in_sentence if m.type is EntityType.STATE
                          and sentence.start + match.start("adjectives") <= m.start
                          < sentence.start + match.end("adjectives")]
            people = [m for m in in_sentence if m.type is EntityType.PERSON
                      and sentence.start + match.start("names") <= m.start < sentence.start + match.end("names")]
            other = next((m for m in reversed(in_sentence) if m.type is EntityType.PERSON
                          and m.end <= sentence.start + match.start()), None)
            office = _office_of_a_state(other, facts) if len(adjectives) == len(people) else None
            for state, person in zip(adjectives, people) if office is not None else ():
                if (fact := _counterpart_fact(person, office, state, sentence)) is not None:
                    out.append(fact)
    return out


def _office_of_a_state(person: Mention | None, facts: list[Fact]) -> str | None:
    """The office of a state ``person`` holds by a fact of the sheet ("Prime Minister" of "Prime Minister of
    Hungary"), if any."""
    return next((office.group(1) for f in facts if person is not None and f.subject == person.label
                 and f.relation == "holds_position" and (office := _OFFICE_OF_A_STATE.fullmatch(f.object)) is not None),
                None)


def _counterpart_fact(person: Mention, office: str, state: Mention, sentence: Sentence) -> Fact | None:
    """``person`` holding ``office`` in ``state``, by that state's own name for it: "his German counterpart" of a
    Prime Minister is Germany's Chancellor; of an office the state has not, no fact."""
    held = _OFFICE_IN_STATE.get((_DEFENSE.sub("Defence", office), state.label), office)
    return None if held is None else Fact(person.label, "holds_position", f"{held} of {after_of(state.label)}",
                                          Modality.ASSERTED, None, _evidence(sentence), confidence=0.65)


_DEFENSE = re.compile(r"\bDefense\b")
_OFFICE_IN_STATE: dict[tuple[str, str], str | None] = {
    ("Prime Minister", "Germany"): "Chancellor", ("Prime Minister", "Austria"): "Chancellor",
    ("Prime Minister", "United States"): None, ("Defence Minister", "United States"): "Secretary of Defense",
    ("Foreign Minister", "United States"): "Secretary of State",
    ("Foreign Minister", "United Kingdom"): "Foreign Secretary",
    ("Defence Minister", "United Kingdom"): "Defence Secretary",
}
# "his Swedish counterpart Ulf Kristersson", "her Russian counterpart, Sergei Lavrov", "his counterpart from
# Georgia, Levan Maisuradze"
_COUNTERPART_BEFORE_NAME = re.compile(r"\b(?:his|her|their)\s+(?:(?P<adjective>[A-Z][\w-]*)\s+counterparts?|"
                                      r"counterparts?\s+from\s+(?:the\s+)?(?P<from>(?=[A-Z])))"
                                      r"(?(adjective),?\s+)")
# "Tomas Kaunas, his Lithuanian counterpart, ..."
_COUNTERPART_AFTER_NAME = re.compile(r",\s+(?:his|her|their)\s+(?P<adjective>[A-Z][\w-]*)\s+counterpart\b")
# (an office written in lower case too: "defense minister of Armenia", from "Armenia's defense minister")
_OFFICE_OF_A_STATE = re.compile(r"((?i:prime|foreign|defen[cs]e|interior|finance|deputy|vice|first)\b[\w\s-]{0,40}?"
                                r"(?i:minister|secretary)|(?i:president)|"
                                r"(?i:chief of (?:the )?(?:general|defence) staff)) of (?:the )?[A-Z][\w\s-]+")


def _office_in_relative(fact: Fact) -> Fact:
    """"the Djiboutian diplomat who became chairperson of the AU Commission": the office the relative clause
    gives."""
    if " since " in fact.object:  # "X, Chile's prime minister since 2022,": the office, without when it began
        fact = replace(fact, object=_SINCE_A_YEAR_INSIDE.sub("", fact.object))
    relative = WHO_BECAME_AT_END.search(fact.object) if " who " in fact.object else None
    if relative is not None:
        return replace(fact, object=office_became(relative))
    held = _WHO_HOLDS_AT_END.search(fact.object) if " who " in fact.object else None
    if held is not None:  # "the New York Democrat who chairs the House Foreign Affairs Committee": its chair
        title = next(title for stem, title in _OFFICE_OF_VERB if held.group("verb").startswith(stem))
        return replace(fact, object=f"{title} of {held.group('unit')}")
    return fact


_SINCE_A_YEAR_INSIDE = re.compile(r"\s+since\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b")
_WHO_HOLDS_AT_END = re.compile(r"\bwho\s+(?P<verb>chairs|heads|commands|leads)\s+(?P<unit>the\s+[A-Z][^,;]{2,80})$")


_A_DEMONYM_AFTER_NAME = re.compile(r",\s+an?\s+(?P<adjective>[A-Z][\w-]+)(?:\s+(?:national|citizen))?(?=\s*[,.;])")


def _structure_facts(text: str, sentences: list[Sentence], mentions: list[Mention], speeches: list[Speech],
                     gazetteer: Gazetteer) -> list[Fact]:
    """part_of facts the gazetteer knows (a body of an organisation) and exercise iterations of a series,
    and units named with their owner ("Russia's Baltic Fleet"). Such a fact is reported where its
    sentence is (the corpus rule: it is the source's word), and asserted otherwise: a name's structure is
    not planned or negated with the clause around it."""
    facts = []
    for mention in mentions:
        if not mention.part_of and mention.type in _BODY_TYPES:
            # "United Nations Security Council", "NATO Response Force": a body named after the one it is part of,
            # where the text names it so (not "the Security Council": the parent is not named)
            whole_named = _named_after_its_body(mention.label, gazetteer)
            if whole_named is not None and not _names_the_whole(mention.text, whole_named, gazetteer):
                whole_named = None
            mention = replace(mention, part_of=whole_named)
        if not mention.part_of and mention.type is EntityType.MILITARY_UNIT and \
                text.endswith(("its ", "Its "), 0, mention.start):
            mention = replace(mention, part_of=_owner_its_stands_for(mentions, sentence_at(sentences, mention.start),
                                                                     mention.start, text))
        if not mention.part_of or mention.type is EntityType.STATE:
            continue
        sentence = sentence_at(sentences, mention.start)
        if sentence is None:
            continue
        whole = gazetteer.lookup(mention.part_of)
        label = whole[0].label if whole else mention.part_of
        if mention.type is EntityType.AGREEMENT and not _owner_stated(text, mention, whole[0] if whole else None):
            continue  # a programme belongs to its organisation only where the text says so ("NATO's PfP")
        modality = _modality_at("", text, sentence, speeches, mention.start)
        if mention.kind in ("series", "series_of_edition"):
            facts.append(Fact(mention.part_of, "part_of", mention.label, modality, None,
                              _evidence(sentence), confidence=0.7))
        else:
            facts.append(Fact(mention.label, "part_of", label, modality, None,
                              _evidence(sentence), confidence=0.8))
    return facts


_BODY_TYPES = (EntityType.ORGANIZATION, EntityType.ALLIANCE, EntityType.MILITARY_UNIT)


def _owner_its_stands_for(mentions: list[Mention], sentence: Sentence | None, at: int, text: str) -> str | None:
    """The state "its" at ``at`` stands for: the one state its sentence names before it, with no body between
    ("Russia sent the cruiser Varyag, flagship of its Pacific Fleet", "Peru was represented by its Chief of Defence
    Force, X"); None where there is not just one."""
    if sentence is None:
        return None
    before = [m for m in mentions if sentence.start <= m.start < at]
    states = {m.label for m in before if m.type is EntityType.STATE and m.kind != "demonym"}
    if len(states) != 1 or any(m.type in (EntityType.ORGANIZATION, EntityType.ALLIANCE) for m in before):
        return None
    if before[-1].type is EntityType.MILITARY_UNIT and "," not in text[before[-1].end:at]:
        return None  # "the Nepal Army is represented by its Srijung Battalion": the force's own
    return states.pop()


def _names_the_whole(surface: str, whole: str, gazetteer: Gazetteer) -> bool:
    """Whether the words ``surface`` name the body ``whole`` (by its name or an acronym: "UN Security Council",
    "U.N. Security Council"), as the opening of a name after its body does."""
    names = {whole, *(acronym for entry in gazetteer.lookup(whole) for acronym in entry.acronyms)}
    return any(surface.replace(".", "").startswith(name.replace(".", "")) for name in names)


def _named_after_its_body(label: str, gazetteer: Gazetteer) -> str | None:
    """The organisation whose full name or acronym opens ``label`` before a name of its own ("United
    Nations" of "United Nations Mission in South Sudan"), if the gazetteer knows it and owns the body."""
    if accredited_only(label):
        return None
    words = label.split()
    for size in range(len(words) - 1, 0, -1):
        if not words[size][:1].isupper():
            continue
        prefix = " ".join(words[:size])
        for entry in gazetteer.lookup(prefix):
            if entry.type in (EntityType.ORGANIZATION, EntityType.ALLIANCE) and (
                    prefix == entry.label or prefix in entry.acronyms):
                # ("the V4 EU Battlegroup": the EU's, the body named right before the head, formed by the V4)
                nearer = next((e for e in gazetteer.lookup(words[size]) if size < len(words) - 1
                               and e.type in (EntityType.ORGANIZATION, EntityType.ALLIANCE)
                               and words[size] in e.acronyms), None)
                return nearer.label if nearer is not None else entry.label
    return None


_IN_THE_SERIES = re.compile(r"\b(?:in|of)\s+the\s+(?:[\w-]+\s+)?series\b")
# A sentence that ties an edition to its series: "the latest edition of", "the 2025 iteration", "the series"
_TIES_AN_EDITION = re.compile(r"\b(?:edition|iteration|series|(?:previous|last|latest|next|first|prior)\s+one,)",
                              re.IGNORECASE)  # "The previous one, X 2024, was held in March"
# What an edition is said to be, right after its name: "X-26 is the ninth edition of ...", "X 2025, the largest
# iteration yet of ...", "X-14, the latest of the X exercises".
_SAID_TO_BE_AN_EDITION = re.compile(r"(?:\s+(?:is|was|will\s+be|was\s+to\s+be|marks)|,)\s+the\s+(?:[\w-]+\s+){0,3}?"
                                    r"(?:edition|iteration|latest\s+of\s+the)\b")
# The words that name an edition by its place in a series, right before the series' name: "the 10th edition of",
# "the 20th edition of India-USA Joint Military Exercise", "the fourth iteration of" (an iteration too, unlike
# _EDITION_OF_BEFORE: a year's phase, "the second iteration of X", is still an edition of the series)
_NO_DRILLS_HEAD = re.compile(r"\b(?:Dialogue|Conference|Forum|Summit|Index|Balance|Report|Expo|Show|Festival|Meeting|"
                             r"Congress|Assembly|Symposium|Games|Watch)$", re.IGNORECASE)
_NO_DRILLS_HEAD_AFTER = re.compile(r"\s+(?:index|forum|conference|summit|dialogue|report|expo|exhibition|show|"
                                   r"festival|ranking|games)\b", re.IGNORECASE)
_PLACE_IN_ITS_SERIES_BEFORE = re.compile(r"\b(?:edition|iteration)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$")
# "Anakonda-26", "Red Wave-8", "Guinex-III": an edition's number joined to its series' name
_HYPHENED_EDITION_NUMBER = re.compile(r"-(?:\d\d?|[IVXL]{1,5})$")


def _editions_of_named_series(text: str, sentences: list[Sentence], mentions: list[Mention],
                              speeches: list[Speech]) -> tuple[list[Fact], list[Mention]]:
    """Every dated edition of a series the article names as such is part of it: "Sea Breeze has been held
    since 1997" beside "last year's edition, Sea Breeze 2025," and "Sea Breeze 2026 opened", or one its
    sentence calls an edition "in the series". An edition is not tied to a series the article does not name
    bare elsewhere (a name with a year may be all there is). With the facts, the series no mention names
    whole ("the second edition of the Solid Bridge drills"), as the text first writes them."""
    series = {m.label.casefold(): m.label for m in mentions
              if m.type is EntityType.EXERCISE and not m.year and not _EDITION_SUFFIX.search(m.label)
              and not _ENDS_IN_ITS_NUMBER.search(m.label)}
    # (the edition a series mention stands beside has its fact from _structure_facts)
    seen = {m.part_of for m in mentions if m.kind in ("series", "series_of_edition")}
    facts = []
    named: list[Mention] = []
    for mention in mentions:
        if mention.type is not EntityType.EXERCISE or mention.label in seen:
            continue
        base = _EDITION_SUFFIX.sub("", mention.label)
        sentence = sentence_at(sentences, mention.start)
        said_to_be = _SAID_TO_BE_AN_EDITION.match(text, mention.end)
        if base == mention.label and (said_to_be or _HYPHENED_EDITION_NUMBER.sub("", base).casefold() in series):
            base = _HYPHENED_EDITION_NUMBER.sub("", base)  # ("The previous edition, AMAN-23, ..." after "AMAN")
        # "Cold Response 2022 is the ninth exercise in the series": the series its name is an edition of
        # ... or "the 10th edition of Mitra Shakti": an edition named by its place in the series the text names
        edition_of = _PLACE_IN_ITS_SERIES_BEFORE.search(text, max(0, mention.start - 80), mention.start)
        if edition_of and (_NO_DRILLS_HEAD.search(base) or _NO_DRILLS_HEAD_AFTER.match(text, mention.end)):
            edition_of = None  # "the 22nd edition of the Shangri-La Dialogue": a meeting's, not drills'
        if edition_of and sentence is not None and not _DIGIT.search(sentence.text) and any(
                m.type is EntityType.EXERCISE and m.start < mention.start and m.year == mention.year
                and _EDITION_SUFFIX.sub("", m.label) != base for m in mentions):
            edition_of = None  # "... Iron Lynx 2026. Chile is hosting the ninth edition of X": its other name
        whole = series.get(base.casefold()) or (
            base if sentence is not None and base != mention.label and len(base) >= 4
            and (said_to_be or edition_of or mention.year and _IN_THE_SERIES.search(sentence.text)) else None)
        if whole is None or whole == mention.label or sentence is None:
            continue
        if not (said_to_be or _TIES_AN_EDITION.search(sentence.text) or any(
                m.type is EntityType.EXERCISE and m.label.casefold() == whole.casefold()
                and sentence.start <= m.start < sentence.end for m in mentions)):
            # ("Niger, whose troops trained during African Lion 2023, was not invited": an edition named in
            # passing; the sentence must say what it is of, or name the series too)
            continue
        if whole.casefold() not in series:  # a series no mention names whole: named as the text first writes it
            at = text.find(whole)
            if at < 0 and edition_of:  # "the 20th edition of ... YUDH ABHYAS": the name in capitals
                capitals = re.compile(re.escape(whole), re.IGNORECASE).search(text, edition_of.start())
                at = capitals.start() if capitals else -1
            if at < 0:
                continue  # (a series it cannot name as the text does is no entity of the sheet)
            series[whole.casefold()] = whole
            named.append(Mention(at, at + len(whole), whole, whole, EntityType.EXERCISE, kind="series"))
        seen.add(mention.label)
        modality = _modality_at("", text, sentence, speeches, mention.start)
        facts.append(Fact(mention.label, "part_of", whole, modality, None, _evidence(sentence), confidence=0.7))
    return facts, named


def _owner_stated(text: str, mention: Mention, owner: GazetteerEntry | None) -> bool:
    """Whether the text ties ``mention`` to its owner: "NATO's Partnership for Peace", "... of NATO", "the
    alliance's Partnership for Peace"."""
    if owner is None:
        return False
    names = "|".join(re.escape(n) for n, _ in owner.surface_forms())
    before = text[max(0, mention.start - 60):mention.start]
    after = text[mention.end:mention.end + 60]
    # ("the alliance's Partnership for Peace", "the bloc's PESCO": the body it belongs to, named by what it is;
    # "Nato's", as some papers write it)
    names += "|the alliance|the Alliance" if owner.type is EntityType.ALLIANCE else "|the bloc|the union|the Union"
    return bool(re.search(rf"\b(?i:{names})(?:’s|'s)\s+(?:[a-z-]+\s+){{0,2}}$", before)
                or re.match(rf"(?:{names})\s", mention.text)  # ("the PESCO Military Mobility project")
                or re.match(rf"\s+(?:programme\s+|program\s+)?(?:of|with)\s+(?:the\s+)?(?:{names})\b", after)
                # "the European Peace Facility (EPF), the EU's off-budget fund", "..., an EU fund for ..."
                or re.match(rf"(?:\s*\([^()]{{1,12}}\))?,\s+(?:(?:the\s+)?(?:{names})(?:’s|'s)|an?\s+(?:{names}))\s",
                            after))


_PARTNER_COUNTRIES = re.compile(r"\bpartner\s+(?:countries|states|nations)\s+in\b")


def _partners_of_programmes(facts: list[Fact], gazetteer: Gazetteer, named: set[str]) -> list[Fact]:
    """Membership of an alliance's partnership programme or forum makes a partner of the alliance (a member of
    NATO's Partnership for Peace or Mediterranean Dialogue is a NATO partner), where the article names the
    alliance; not so a union's (the EU's Eastern Partnership states are members of the programme, no "partners"
    of the EU). The gazetteer marks which bodies are such programmes. A "partner" in such a programme ("Kuwait
    and Qatar are partners in NATO's Istanbul Cooperation Initiative") is a member of it. Returns ``facts`` so
    mended, with the partnerships they make."""
    facts = [replace(fact, relation="member_of") if fact.relation == "partner_of" and (
        programme := gazetteer.lookup(fact.object)) and programme[0].partnership else fact for fact in facts]
    derived = []
    # ("NATO's Mediterranean Dialogue", one name of the gazetteer's: the alliance named inside it)
    tied = {(f.subject, f.object) for f in facts
            if f.relation == "part_of" and f.evidence is not None and f.object in f.evidence.text}
    for fact in facts:
        if fact.relation != "member_of" or fact.modality is Modality.NEGATED:
            continue  # (outside the programme, a state may still partner the organisation otherwise)
        # ("one of seven partner countries in NATO's Mediterranean Dialogue": a body of NATO's, its partners')
        partners_named = fact.evidence is not None and "partner" in fact.evidence.text \
            and _PARTNER_COUNTRIES.search(fact.evidence.text) is not None
        programme = gazetteer.lookup(fact.object)
        if programme and (programme[0].partnership or partners_named) and programme[0].part_of:
            owner = gazetteer.lookup(programme[0].part_of)
            if owner and (owner[0].label in named or (programme[0].label, owner[0].label) in tied) \
                    and owner[0].type is EntityType.ALLIANCE:
                derived.append(replace(fact, relation="partner_of", object=owner[0].label,
                                       confidence=round(fact.confidence * 0.9, 2)))
    return facts + derived


# "b(?<!\wb)ut" is "\bbut" (the boundary tested after the "b"): each branch then opens with a character,
# and re scans for those with its fast loop instead of trying every position.
# ...; the comma that ends a subject's relative clause or apposition before its verb ("Norway, which is
# not an EU member, has sent ..."): the clause's "not" is not the verb's.
_SUBORDINATORS = "since|after|because|when|until"  # conjunctions that open a clause with a subject of its own
_SUBORDINATOR_WORDS = re.compile(rf"\s(?:{_SUBORDINATORS})\s")
_CLAUSE_OPENER = re.compile(r";|b(?<!\wb)ut\b|, while\b|, whereas\b|, (?:al)?though\b|, however\b|—|"
                            # a concessive clause the sentence opens with ("Although not yet a member, Sweden is
                            # taking part ...": its "not" is not the main clause's)
                            r"^(?:(?:Alt|T)hough|Even though|While|Whilst|Despite)\b[^,;]*,|"
                            # a second clause with a subject of its own ("X skipped the summit in 2023, and in
                            # February he announced ...": what "skipped" denies is the first's)
                            r", and\s+(?:(?:in|on|by|at)\s+[^,;]{1,30}?\s+|later\s+|then\s+)?(?:he|she|they|it)\b|"
                            # an event set off after the main clause ("invited both to join, after A and B signed a
                            # memorandum": what happened, whatever the invitation plans)
                            r", after\b|"
                            # a clause of its own that a conjunction opens with a subject's name ("has stayed outside
                            # X since Ecuador joined it": the joining is not denied)
                            rf"\s(?:{_SUBORDINATORS})\s+(?=[A-Z][a-z])|"
                            # a relative clause closed before the trigger is an aside ("the drills, which are due
                            # to end on May 16, were taking place at X"); one still open holds it (a number's
                            # comma is none: "..., involve some 8,000 troops from")
                            r", (?:which|who)\b[^,;—]*,(?=(?:[^,;—]|(?<=\d),(?=\d))*$)|, (?:which|who)\b|,\s*$|"
                            r",(?=\s+(?:has|have|had|is|are|was|were|will|would|did|does|do)\s+(?:[a-z]+\s+)?$)")
# (a second predicate closes one: "kicked off at X and are scheduled to run until May 6")
_CLAUSE_CLOSER = re.compile(r";|,|b(?<!\wb)ut\b|—|\s[-–]\s|"
                            r"\band\s+(?=(?:is|are|was|were|will|would|has|have|had)\s)|"
                            # ... a second predicate that denies ("froze its participation in X in February and
                            # skipped the bloc's drills": the freeze is not denied)
                            r"\band\s+(?=(?:skipped|boycotted|refused|declined|snubbed|shunned)\s)|"
                            # ... or speaks ("has frozen its participation in X and says it will not attend ...")
                            r"\band\s+(?=(?:says|said|insists|insisted|warns|warned|adds|added)\s)|"
                            # ... and a relative clause on what is to come ("signed a memorandum that will see ...")
                            r"\s(?:that|which)\s+(?=(?:will|would)\s)|"
                            # ("signed an accord under which Tokyo will keep supporting ...": what it provides)
                            r"\s(?:under|by|through)\s+which\s")
# A comma inside a list of names, which closes no clause ("Troops from A, B, C and D are to join ...")
_LIST_COMMA = re.compile(r",\s+(?:and\s+)?(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
                         r"(?=\s*,|\s+(?:and|or)\s)")


def _clause(text: str, sentence: Sentence, start: int, end: int, stop: int | None = None) -> str:
    """The clause of ``sentence`` around a trigger: from the last ';', 'but', ', while' before it to the
    next ',' or ';' after it ("Armenia, which has frozen its participation, did not send ..."), and not past
    ``stop``."""
    left = text[sentence.start:start]
    right = text[end:sentence.end if stop is None or stop >= sentence.end else max(end, stop)]
    # Every opener holds ',', ';', '—' or "but": without them the clause starts with the sentence.
    opens = "," in left or ";" in left or "—" in left or "but" in left or _SUBORDINATOR_WORDS.search(left) is not None
    openers = list(_CLAUSE_OPENER.finditer(left)) if opens else []
    if openers and openers[-1].group(0) == ", after" and not _PAST_EVENT.search(
            left[openers[-1].end():] + text[start:end] + right.split(",", 1)[0]):
        openers.pop()  # "will sign in May, after A and B sign a border treaty": the event is still to come
    cut = max((m.end() for m in openers), default=0)
    stop, limit, position = len(right), 60, 0
    while (closer := _CLAUSE_CLOSER.search(right, position)) is not None:
        in_list = _LIST_COMMA.match(right, closer.start()) if right.startswith(",", closer.start()) else None
        if in_list is None or closer.start() - position > 40:
            stop = closer.start()
            break
        position = in_list.end()  # past one more name of the list the trigger opens
        limit = position + 60
    return left[cut:] + text[start:end] + right[:min(stop, limit)]


def _inside_quote(text: str, sentence: Sentence, position: int) -> bool:
    """Whether ``position`` is inside a quotation: not a short phrase the writer sets in quotation marks
    ('NATO's other "partners across the globe" are A, B'), which is the article's own words."""
    line_start = text.rfind("\n", 0, position) + 1
    before = text[line_start:position]
    curly = before.count("“") - before.count("”")
    inside = curly > 0 or before.count('"') % 2 == 1
    if not inside:
        return False
    opening = max(before.rfind("“"), before.rfind('"')) + line_start
    closing = _CLOSING_QUOTE.search(text, position)
    return closing is None or not _SCARE_QUOTED.fullmatch(text, opening + 1, closing.start())


_CLOSING_QUOTE = re.compile(r"[”\"\n]")
# A few words set in quotation marks, no sentence of their own: no punctuation that ends or breaks one inside
_SCARE_QUOTED = re.compile(r"[^\s,.;:!?\"“”]+(?:\s[^\s,.;:!?\"“”]+){0,4}")


# The drills have begun ("began on May 12", "are taking part ..., which end on January 27"): a date in
# that sentence is no sign of an event yet to come.
_HAPPENED = re.compile(r"\b(?:began|started|opened|kicked off|ended|concluded|wrapped up|took place|"
                       r"(?:was|were)\s+(?:held|launched|staged|conducted)|(?:is|are)\s+(?:taking part|under\s?way|"
                       r"ongoing|continuing)|until|to end|will end|ends)\b", re.I)
# ... but not "will run until May 31", "is scheduled to run until": an end still to come
_RUNS_UNTIL_LATER = re.compile(r"\b(?:will|to)\s+(?:run|last|continue|go\s+on)\s+(?:[\w.,-]+\s+){0,3}?$")


def _has_happened(sentence: str) -> bool:
    """Whether ``sentence`` says its exercise has begun (see _HAPPENED)."""
    return any(match.group(0).lower() != "until"
               or not _RUNS_UNTIL_LATER.search(sentence, max(0, match.start() - 40), match.start())
               for match in _HAPPENED.finditer(sentence))


# A pact's name as a modifier ("Warsaw Pact states", "Abraham Accords countries"): the pact is not what later
# sentences speak of as "the treaty"
_AGREEMENT_AS_MODIFIER = re.compile(r"\s+(?:states|countries|nations|members|allies|forces|signatories|partners)\b")


# The facts of an exercise that happen with it (who organises it is settled before, and stays asserted).
_EXERCISE_RELATIONS = frozenset({"participates_in_exercise", "hosts_exercise", "observer_of", "exercise_located_in",
                                  "exercise_date"})


def _scheduled(facts: list[Fact], reference: ReferenceDate) -> list[Fact]:
    """Facts of an exercise whose dates all lie after the reference date, stated as asserted ("Participants
    include ...", "The drills run from 3 to 9 June" in a May article), made planned: the corpus counts
    announcements of scheduled events as planned, whatever their tense."""
    if reference.value is None or len(reference.value) < 10:
        return facts
    starts: dict[str, list[str]] = {}
    # (the dates a release gives, "..., according to a SOCAFRICA news release", where the text gives no other)
    stated = {f.subject for f in facts if f.relation == "exercise_date" and f.modality in (Modality.ASSERTED,
                                                                                          Modality.PLANNED)}
    for fact in facts:
        if fact.relation == "exercise_date" and fact.modality is Modality.REPORTED and fact.evidence is not None \
                and _announced(fact) and _has_happened(fact.evidence.text):
            # "... began the X exercise on Sunday, the command announced": begun, whatever else the text dates
            starts.setdefault(fact.subject, []).append("X")
        elif fact.relation == "exercise_date" and (fact.modality in (Modality.ASSERTED, Modality.PLANNED) or (
                fact.subject not in stated and _announced(fact))):
            first = fact.object.split("/", 1)[0]
            if fact.evidence is not None and _has_happened(fact.evidence.text):
                first = "X"  # "the drills began on May 12": they took place (the page's date may be off)
            elif fact.evidence is not None and _HAPPENED.search(fact.evidence.text):
                continue  # "will run until February 11": an end to come, begun or not
            starts.setdefault(fact.subject, []).append(first if len(first) == 10 else (first + "-01-01")[:10])
    upcoming = {exercise for exercise, dates in starts.items()
                if all(not date.startswith("X") and date > reference.value for date in dates)}
    if not upcoming:
        return facts

    def exercise_of(fact: Fact) -> str:
        return fact.subject if fact.relation in ("exercise_date", "exercise_located_in") else fact.object

    return [replace(fact, modality=Modality.PLANNED)
            if fact.relation in _EXERCISE_RELATIONS and _announced(fact) and exercise_of(fact) in upcoming else fact
            for fact in facts]


def _announced(fact: Fact) -> bool:
    """Whether ``fact`` is stated, even when attributed to an official or a release: not hearsay."""
    return fact.modality is Modality.ASSERTED or fact.modality is Modality.REPORTED and \
        fact.evidence is not None and not _modality.is_hearsay(fact.evidence.text)


# Who takes part in, hosts, observes or organises an exercise does so when the exercise happens.
_TIMED_BY_EXERCISE = frozenset({"participates_in_exercise", "hosts_exercise", "observer_of", "organizes_exercise"})


def _period(dates: list[str]) -> str | None:
    """The month all of ``dates`` fall in, else their year ("2025-09-08/2025-09-19" and "2025-09" give
    "2025-09"); a coarser date that a finer one refines adds nothing."""
    values = {v for date in dates for v in date.split("/")}
    if any(not v[:4].isdigit() for v in values):
        return None  # a date without its year ("XXXX-09-18") fixes no period
    finest = {v for v in values if not any(o != v and o.startswith(v) for o in values)}
    months = {v[:7] for v in finest}
    if len(months) == 1 and all(len(v) >= 7 for v in finest):
        return months.pop()
    years = {v[:4] for v in finest}
    return years.pop() if len(years) == 1 else None


_SHORT_NUMBER_END = re.compile(r"[ -](\d\d)$")


def _dated_with_exercise(facts: list[Fact], mentions: list[Mention],
                         reference_year: int | None = None) -> list[Fact]:
    """The facts of an exercise's participants, host, observers and organisers take the period its dates
    give ("2025-09" for drills from 8 to 19 September 2025), or else the year its name carries: the
    year alone is all the rules that find those facts know."""
    years = {m.label: str(m.year) for m in mentions if m.type is EntityType.EXERCISE and m.year}
    if reference_year:
        # A name numbered by edition or by a short year ("ASEX 02", "MILEX 25"): the year it names, if it
        # is about now, else the year the article is about.
        for mention in mentions:
            short = _SHORT_NUMBER_END.search(mention.label) if mention.type is EntityType.EXERCISE else None
            if short and mention.label not in years:
                named = 2000 + int(short.group(1))
                years[mention.label] = str(named if abs(named - reference_year) <= 1 else reference_year)
    dates: dict[str, list[str]] = {}
    for fact in facts:
        if fact.relation == "exercise_date" and fact.modality in (Modality.ASSERTED, Modality.PLANNED):
            dates.setdefault(fact.subject, []).append(fact.object)
    periods = {exercise: period for exercise, values in dates.items()
               if (period := _period(values)) is not None}
    out = []
    for fact in facts:
        if fact.relation in _TIMED_BY_EXERCISE and (fact.object in years or fact.object in periods):
            period = periods.get(fact.object)
            year = years.get(fact.object)
            if period is None or (year and not period.startswith(year)):
                period = year  # dates of another year belong to another edition
            if period and (fact.time is None or period.startswith(fact.time)):
                fact = replace(fact, time=period)
        out.append(fact)
    return out


def _without_coarser_dates(facts: list[Fact]) -> list[Fact]:
    """An exercise's date that a more precise one of the same exercise refines is left out ("in April"
    in the lead, "April 14-21" below it): the article gives one date, more or less precisely."""
    dates: dict[str, list[str]] = {}
    for fact in facts:
        if fact.relation == "exercise_date":
            dates.setdefault(fact.subject, []).append(fact.object)

    def refined(subject: str, value: str) -> bool:
        return "/" not in value and any(
            other != value and len(other) > len(value) and any(end.startswith(value) for end in other.split("/"))
            for other in dates[subject])

    return [f for f in facts if f.relation != "exercise_date" or not refined(f.subject, f.object)]


def _without_coarser_offices(facts: list[Fact]) -> list[Fact]:
    """A person's office that a fuller one of the same person names with its body is left out ("Vice Minister"
    beside "Vice Minister of National Defence", as a later mention by title and initial gives it)."""
    offices: dict[str, set[str]] = {}
    for fact in facts:
        if fact.relation == "holds_position" and fact.modality is Modality.ASSERTED:
            offices.setdefault(fact.subject, set()).add(fact.object)
    if not any(len(held) > 1 for held in offices.values()):
        return facts
    return [f for f in facts if f.relation != "holds_position" or f.modality is not Modality.ASSERTED
            or not any(other.startswith(f"{f.object} of ") for other in offices[f.subject])]


_POSITION_FILLERS = frozenset({"of", "the", "a", "an"})


def _position_key(position: str) -> str:
    """A position's words in any order: "commander of the X Fleet" is the "X Fleet commander"."""
    return " ".join(sorted(w for w in re.findall(r"[\w’'-]+", position.casefold()) if w not in _POSITION_FILLERS))


def _followers(facts: list[Fact], sentences: list[Sentence], mentions: list[Mention],
               reference: ReferenceDate) -> list[Fact]:
    """"A and B joined the X in 2020. C followed in December of that year and D in January 2021.": a sentence of
    states that only "followed" (each with its time, the verb left out after the first) does what the sentence
    before did last, of the same body or pact."""
    out: list[Fact] = []
    for before, sentence in itertools.pairwise(sentences):
        # (the sentence right after, or the one opening the next paragraph after a blank line)
        next_to = sentence.paragraph == before.paragraph or sentence.start - before.end <= 2
        if "followed" not in sentence.text or not next_to:
            continue
        # (up to a clause of concession: "..., although Khartoum's deal has never been ratified")
        concession = _CONCESSION.search(sentence.text)
        words = sentence.text[:concession.start()] if concession else sentence.text
        if _ONLY_FOLLOWED.fullmatch(words) is None:
            continue
        states = [m for m in mentions if sentence.start <= m.start < sentence.start + len(words)
                  and m.type is EntityType.STATE and m.kind != "demonym"]
        # (nothing but the states, "followed", "and", and times: "Morocco followed in December and Sudan in 2021")
        times = find_times(words, offset=sentence.start, reference=reference, year_before=_last_year(before.text))
        rest = words
        for start, end in sorted({(m.start, m.end) for m in (*states, *times)}, reverse=True):
            rest = rest[:start - sentence.start] + rest[end - sentence.start:]
        if not states or _FOLLOWED_WORDS.sub("", rest).strip(" ,.;") != "":
            continue
        done = [f for f in facts if f.evidence is not None and before.start <= f.evidence.start < before.end
                and f.modality is Modality.ASSERTED and f.relation in _FOLLOWED_RELATIONS]
        if not done:
            continue
        last = max(done, key=lambda f: f.evidence.start)
        # ("A and B followed on 2 December 2023": one time after the list, for each of it)
        shared = times[0].value if len(times) == 1 and times[0].value[:4].isdigit() and all(
            state.end <= times[0].start for state in states) else None
        for state in states:
            when = next((t.value for t in times if t.start >= state.end and t.value[:4].isdigit()
                         and not any(state.end < other.start <= t.start for other in states)), shared)
            if last.relation == "agreement_party":
                out.append(Fact(last.subject, last.relation, state.label, Modality.ASSERTED, when,
                                _evidence(sentence), confidence=0.6))
            else:
                out.append(Fact(state.label, last.relation, last.object, Modality.ASSERTED, when,
                                _evidence(sentence), confidence=0.6))
    return out


def _last_year(text: str) -> int | None:
    years = _A_YEAR.findall(text)
    return int(years[-1]) if years else None


_ONLY_FOLLOWED = re.compile(r"[A-Z][^.;:]{1,40}?\s+followed\b[^;:]{0,80}\.?")
# (or a participle's clause on what it left: "..., leaving A and B as the only remaining members")
_CONCESSION = re.compile(r",\s+(?:although|though|but|while|even\s+though|leaving)\b")
_FOLLOWED_WORDS = re.compile(r"\b(?:followed|suit|and|in|on|the|of|that|same|year|month|later|a)\b")
_FOLLOWED_RELATIONS = frozenset({"member_of", "left", "agreement_party", "suspended_participation_in",
                                 "applied_for_membership_of", "partner_of", "observer_of"})


def _described_agreements_named(facts: list[Fact], mentions: list[Mention]) -> tuple[list[Fact], list[Mention]]:
    """An agreement the article describes ("Lithuania and Poland signed an agreement on joint air-defence
    training") and names ("the Lithuanian-Polish Air Defence Training Agreement"), between the same two or more
    parties and not dated apart: one agreement, by its name, the description one more mention of it."""
    parties: dict[str, set[str]] = {}
    dates: dict[str, set[str]] = {}
    for fact in facts:
        if fact.relation == "agreement_party" and fact.modality is not Modality.NEGATED:
            parties.setdefault(fact.subject, set()).add(fact.object)
        elif fact.relation == "agreement_date":
            dates.setdefault(fact.subject, set()).add(fact.object)
    described = {m.label for m in mentions if m.type is EntityType.AGREEMENT and m.label[:1].islower()}
    named = [label for label in parties if label[:1].isupper()]
    renamed: dict[str, str] = {}
    for label in described & parties.keys():
        same = [name for name in named if len(parties[label]) >= 2 and parties[label] == parties[name]
                and not (dates.get(label) and dates.get(name) and dates[label].isdisjoint(dates[name]))]
        if len(same) == 1:
            renamed[label] = same[0]
    if not renamed:
        return facts, mentions
    return ([replace(f, subject=renamed.get(f.subject, f.subject)) for f in facts],
            [replace(m, label=renamed[m.label]) if m.type is EntityType.AGREEMENT and m.label in renamed else m
             for m in mentions])


# The words of an agreement's kind written as a title ("the Defence Cooperation Agreement (DCA)"): a kind that many
# pairs of states sign, so that two of one article may share these words
_KIND_OF_AGREEMENT_TITLED = re.compile(
    r"(?:(?:Defen[cs]e|Security|Military|Technical|Co-?operation|Framework|Status\s+of|Visiting|Forces|Reciprocal|"
    r"Access|Mutual|Bilateral|Strategic|Partnership)\s+){1,4}"
    r"(?:Agreement|Pact|Treaty|Accord|Arrangement|Memorandum(?:\s+of\s+Understanding)?)")


def _like_agreements_told_apart(facts: list[Fact], mentions: list[Mention]) -> tuple[list[Fact], list[Mention]]:
    """Two pacts an article describes alike ("the Defence Cooperation Agreement (DCA) between Kenya and the
    United Kingdom ... Kenya signed a defence cooperation agreement with the United States"), each labelled with
    its two parties ("Kenya-United States defence cooperation agreement"): not one agreement with three parties.
    Those of a sentence that names two parties of one are that pair's; the words the text used stay mentions.
    (A hyphen joins the parties, as most writers do: an en dash is lost in ASCII.)"""
    def described(label: str) -> bool:
        return " between " not in label and (label[:1].islower() or bool(_KIND_OF_AGREEMENT_TITLED.fullmatch(label)))

    parties: dict[str, list[str]] = {}
    in_sentence: dict[tuple[str, int], list[str]] = {}
    for fact in facts:
        if fact.relation == "agreement_party" and fact.modality is not Modality.NEGATED and described(fact.subject):
            for named in (parties.setdefault(fact.subject, []),
                          in_sentence.setdefault((fact.subject, fact.evidence.start), [])):
                if fact.object not in named:
                    named.append(fact.object)
    alike: Counter[str] = Counter(label.casefold() for label in parties)
    if not parties or all(alike[label.casefold()] == 1 and len(pair) <= 2 for label, pair in parties.items()):
        return facts, mentions  # (most articles: each described pact has its own words, and its pair)
    first_named: dict[str, int] = {}
    for mention in mentions:
        first_named.setdefault(mention.label, mention.start)

    def label_of(pair: list[str], label: str) -> str:
        return "-".join(sorted(pair, key=lambda party: first_named.get(party, 0))) + f" {label}"

    # ("the Defence Cooperation Agreement" and "a defence cooperation agreement": two pacts, each of one pair)
    whole = {label: label_of(pair, label) for label, pair in parties.items()
             if alike[label.casefold()] > 1 and len(pair) == 2}
    # ("Kenya signed a defence cooperation agreement with Italy ... and one with Spain": each sentence's pair)
    by_sentence = {key: label_of(pair, key[0]) for key, pair in in_sentence.items()
                   if key[0] not in whole and len(parties[key[0]]) > 2 and len(pair) == 2}
    if not whole and not by_sentence:
        return facts, mentions
    spans = {(f.evidence.start, f.evidence.end) for f in facts if (f.subject, f.evidence.start) in by_sentence}

    def renamed(label: str, at: int) -> str:
        sentence = next((start for start, end in spans if start <= at < end), -1) if by_sentence else -1
        return whole.get(label) or by_sentence.get((label, sentence), label)

    relabelled: list[Mention] = []
    for mention in mentions:
        label = renamed(mention.label, mention.start) if mention.type is EntityType.AGREEMENT else mention.label
        if label != mention.label:
            words = mention.text.find(mention.label)  # ("five-year defence cooperation agreement": and its kind)
            if words > 0 or words == 0 and len(mention.text) > len(mention.label):
                at = mention.start + words
                relabelled.append(replace(mention, start=at, end=at + len(mention.label), text=mention.label,
                                          label=label))
            mention = replace(mention, label=label)
        relabelled.append(mention)
    return ([replace(f, subject=renamed(f.subject, f.evidence.start),
                     object=f.object if f.relation in _LITERAL_RELATIONS else renamed(f.object, f.evidence.start))
             for f in facts], relabelled)


def _deduplicate(facts: list[Fact]) -> list[Fact]:
    """One fact per (subject, relation, object, modality), a position's words in any order: the first that
    gives a time (its sentence dates it: "Belarus, a member since 2024" after "the SCO has ten members:
    ..."), else the first; with the highest confidence of them all."""
    best: dict[tuple[str, str, str, Modality] | tuple[str, str, str, Modality, str], Fact] = {}
    for fact in facts:
        if fact.subject == fact.object or not fact.object:
            continue
        what = _position_key(fact.object) if fact.relation == "holds_position" else fact.object.casefold()
        key = (fact.subject.casefold(), fact.relation, what, fact.modality)
        if fact.relation == "signed_agreement_with" and fact.time is not None and key in best and \
                best[key].time is not None and not _same_event_times(best[key].time, fact.time):
            # two signings of the same states at times that cannot be one ("signed a DCA in 2023", "the 1951
            # agreement between them"): one fact each, as the corpus counts them
            key = (*key, fact.time)
        known = best.get(key)
        if known is None:
            best[key] = fact
        elif known.time is None and fact.time is not None:
            best[key] = replace(fact, confidence=max(fact.confidence, known.confidence))
        elif fact.confidence > known.confidence:
            best[key] = replace(known, confidence=fact.confidence)
    return _without_vaguer_dates(_without_partial_positions(list(best.values())))


def _same_event_times(first: str, second: str) -> bool:
    """Whether two times may date one event: one is the other or a part of it ("2023-12" and "2023-12-21")."""
    return first.startswith(second) or second.startswith(first)


_DATE_RELATIONS = frozenset({"agreement_date", "exercise_date", "founded_in"})


def _without_vaguer_dates(facts: list[Fact]) -> list[Fact]:
    """Without a date of a thing that another date of it, of the same modality, makes more precise ("signed last
    month", 2024-12, beside "signed in Minsk on December 6", 2024-12-06): the precise date agrees with the vague one."""
    dates: dict[tuple[str, str, Modality], list[str]] = {}
    for fact in facts:
        if fact.relation in _DATE_RELATIONS and fact.object and "/" not in fact.object:
            dates.setdefault((fact.subject, fact.relation, fact.modality), []).append(fact.object)
    return [fact for fact in facts if not (
        fact.relation in _DATE_RELATIONS and "/" not in fact.object and any(
            other != fact.object and other.startswith(fact.object + "-")
            for other in dates.get((fact.subject, fact.relation, fact.modality), ())))]


def _without_reported_restatements(facts: list[Fact]) -> list[Fact]:
    """Without the reported facts the article also asserts in its own voice: as the corpus README says, facts
    stated *only* inside a quotation or a reported clause are reported ("Chile joined NATO in 2024. 'Chile joined
    because it had to,' X said." asserts the membership once)."""
    asserted = {(f.subject, f.relation, f.object) for f in facts if f.modality is Modality.ASSERTED}
    return [f for f in facts
            if f.modality is not Modality.REPORTED or (f.subject, f.relation, f.object) not in asserted]


def _without_observers_taking_part(facts: list[Fact]) -> list[Fact]:
    """Without a state's observer standing at an exercise the article also has it take part in, host or run, in its
    own voice: "The drills are held by Russia and Belarus. Delegations from Russia and Belarus watched the drills"
    has no observers, and a state that sends observers to one phase and troops to another takes part."""
    # (both in the article's voice: a planned observer beside a planned part may be either, and kg keeps both)
    doing = {(f.subject, f.object) for f in facts if f.modality is Modality.ASSERTED
             and f.relation in ("participates_in_exercise", "hosts_exercise", "organizes_exercise")}
    return [f for f in facts if f.relation != "observer_of" or f.modality is not Modality.ASSERTED
            or (f.subject, f.object) not in doing]


def _without_headline_restatements(facts: list[Fact], headline_end: int) -> list[Fact]:
    """Without the facts a headline (ending at ``headline_end``) asserts that the body states too: "China, Iran,
    Russia start ... drill" over "..., IRNA reported" says no more than the body, which keeps each modality it gives
    the fact (before _deduplicate, which would merge a body fact of the headline's modality into the headline's)."""
    def in_headline(fact: Fact) -> bool:
        return fact.evidence is not None and fact.evidence.end is not None and fact.evidence.end <= headline_end

    in_body = {(f.subject, f.relation, f.object) for f in facts if not in_headline(f)}
    return [f for f in facts if not (in_headline(f) and f.modality is Modality.ASSERTED
                                     and (f.subject, f.relation, f.object) in in_body)]


def _without_partial_positions(facts: list[Fact]) -> list[Fact]:
    """A position a sentence gives its holder twice, once in part ("commander", "Lapland Air Command
    commander" beside "commander of the Lapland Air Command at Rovaniemi"), is given once, in full."""
    keyed = [(fact, frozenset(_position_key(fact.object).split())
              if fact.relation == "holds_position" and fact.evidence is not None else None) for fact in facts]
    positions: dict[tuple[str, str], list[frozenset[str]]] = {}
    for fact, words in keyed:
        if words is not None:
            positions.setdefault((fact.subject, fact.evidence.text), []).append(words)
    if all(len(found) == 1 for found in positions.values()):
        return facts
    return [fact for fact, words in keyed
            if words is None or is_military_rank(fact.object)
            or not any(words < other for other in positions[(fact.subject, fact.evidence.text)])]


def _entities(mentions: list[Mention], used: set[str]) -> tuple[Entity, ...]:
    """One entity per label: every surface form as a mention; gazetteer entities always, others when used."""
    by_label: dict[str, tuple[EntityType, str | None, list[str]]] = {}
    for mention in mentions:
        if mention.kind == "pronoun":
            continue
        keep = mention.qid is not None or mention.label in used
        if not keep:
            continue
        _, _, forms = by_label.setdefault(mention.label, (mention.type, mention.qid, []))
        if mention.text not in forms:
            forms.append(mention.text)
    return tuple(Entity(label, entity_type, tuple(forms), qid) for label, (entity_type, qid, forms)
                 in by_label.items())
