"""Extraction rules, each on sentences written for these tests (no corpus text)."""

from __future__ import annotations

import textwrap
from collections import Counter

import pytest

from kg.extract import Extractor, partial_extraction
from kg.extract.layout import regular_layout
from kg.extract.mentions import MentionFinder
from kg.extract.sentences import sentence_at, split_sentences
from kg.extract.timex import ReferenceDate, find_times, infer_reference_date
from kg.linking.gazetteer import ExerciseSeries
from kg.models import Article, EntityType, Fact, FactSheet, Modality


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _sheet(extractor: Extractor, text: str, date: str | None = "2026-03-10") -> FactSheet:
    return extractor.extract(Article("t", text, date=date))


def _facts(sheet: FactSheet, relation: str | None = None) -> set[tuple[str, str, str, str]]:
    return {(f.subject, f.relation, f.object, f.modality.value) for f in sheet.facts
            if relation is None or f.relation == relation}


def _lynx_facts(extractor: Extractor, sentence: str, relation: str | None = None) -> set[tuple[str, str, str, str]]:
    """The facts of ``sentence`` in an article on the exercise Iron Lynx 2026, opened the Monday before."""
    text = "The Iron Lynx 2026 exercise opened in Arica on Monday. " + sentence
    return _facts(_sheet(extractor, text, date="2026-06-10"), relation)


def _assert_facts(extractor: Extractor, text: str, wanted: set[tuple[str, ...]], unwanted: set[tuple[str, ...]],
                  date: str | None = "2026-03-10") -> None:
    """The facts of ``text`` (NATO by its short label) hold all of ``wanted`` and none of ``unwanted``."""
    facts = {(f.subject, f.relation, "NATO" if f.object == "North Atlantic Treaty Organization" else f.object,
              f.modality.value) for f in _sheet(extractor, text, date=date).facts}
    assert wanted <= facts
    assert not unwanted & facts


# -- sentences and times ------------------------------------------------------------------------------------

def test_sentences_respect_abbreviations_quotes_and_glued_stops() -> None:
    text = ('Gen. Ivo Petrov met U.S. officials on Sept. 3. "We agree. We will train," he said.The talks ended.\n'
            "A second paragraph.")
    sentences = [s.text for s in split_sentences(text)]
    assert sentences == ["Gen. Ivo Petrov met U.S. officials on Sept. 3.", '"We agree. We will train," he said.',
                         "The talks ended.", "A second paragraph."]
    assert all(text[s.start:s.end] == s.text for s in split_sentences(text))


def test_an_abbreviation_after_a_slash_ends_no_sentence() -> None:
    text = "The drills are run by Naval Forces Europe/U.S. 6th Fleet, the command said. They end on Friday."
    assert [s.text for s in split_sentences(text)] == [
        "The drills are run by Naval Forces Europe/U.S. 6th Fleet, the command said.", "They end on Friday."]


def test_sentence_at_finds_the_sentence_holding_a_position() -> None:
    text = "Listen Live\nEstonia joined NATO. Latvia did too."
    sentences = split_sentences(text, [(0, 11)])
    assert sentence_at(sentences, text.index("NATO")).text == "Estonia joined NATO."
    assert sentence_at(sentences, text.index("Latvia")).text == "Latvia did too."
    assert sentence_at(sentences, 3) is None  # in the clutter
    assert sentence_at(sentences, text.index(" Latvia")) is None  # between two sentences


def test_sentences_skip_clutter_spans() -> None:
    text = "Listen Live\nEstonia joined NATO."
    assert [s.text for s in split_sentences(text, [(0, 11)])] == ["Estonia joined NATO."]


@pytest.mark.parametrize("phrase, value", [
    ("on June 15, 2001", "2001-06-15"),
    ("on 15 June 2001", "2001-06-15"),
    ("in November 2016", "2016-11"),
    ("in 1992", "1992"),
    ("on September 20-24", "2026-09-20/2026-09-24"),
    ("from 5 to 9 September 2021", "2021-09-05/2021-09-09"),
    ("Sept. 11-20", "2026-09-11/2026-09-20"),
    ("on Tuesday", "2026-03-10"),  # the reference date is a Tuesday
    ("on Friday", "2026-03-06"),  # past tense: the Friday before
    ("next week", "2026-03-16/2026-03-22"),
    ("last month", "2026-02"),
    ("later this year", "2026"),
    ("in March last year", "2025-03"),  # the page's month, a year before: not this March
    ("in May next year", "2027-05"),
    ("next October", "2026-10"),  # the nearest October after the page's date
    ("next February", "2027-02"),
    ("last March", "2025-03"),  # the nearest March before it
    ("last January", "2026-01"),
    ("This September, Latvia will host it", "2026-09"),  # opening a sentence
    ("in mid-2027", "2027"),
    ("in 2011–2012", "2011/2012"),  # a span of years, with an en dash or a hyphen, the second in full or short
    ("for the 2026-27 term", "2026/2027"),
])
def test_times_are_normalised_to_iso_8601(phrase: str, value: str) -> None:
    reference = ReferenceDate("2026-03-10", "test")
    assert [t.value for t in find_times(phrase, reference=reference)] == [value]


def test_times_without_a_year_anywhere_use_xxxx() -> None:
    assert [t.value for t in find_times("on June 12-17")] == ["XXXX-06-12/XXXX-06-17"]


def test_times_ignore_the_verb_may() -> None:
    assert find_times("Officials may 5 times review it") == []


def test_a_month_abbreviation_is_a_whole_word() -> None:
    assert find_times("the commander of the 3rd Marine Expeditionary Brigade") == []
    assert [t.value for t in find_times("on 3rd Mar. 2025")] == ["2025-03-03"]


def test_reference_date_of_a_republished_page_comes_from_the_text() -> None:
    inferred = infer_reference_date("2024-12-23", "The Amber Dawn-2016 drills began in June 2016.")
    assert inferred.value == "2016" and "republished" in inferred.reason
    assert infer_reference_date("2016-06-20", "The drills began in June 2016.").value == "2016-06-20"
    assert infer_reference_date(None, "no dates here").value is None


# -- membership and status ------------------------------------------------------------------------------

def test_list_after_includes_gives_one_member_of_per_state(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Eurasian Economic Union, which includes Armenia, Belarus and Kazakhstan, "
                              "held a summit in May.")
    assert _facts(sheet, "member_of") == {
        (state, "member_of", "Eurasian Economic Union", "asserted") for state in ("Armenia", "Belarus", "Kazakhstan")}


def test_pronoun_it_refers_to_the_last_organisation(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Commonwealth of Independent States met in Minsk. It includes Armenia and Moldova.")
    assert ("Moldova", "member_of", "Commonwealth of Independent States", "asserted") in _facts(sheet)


def test_are_members_of(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Norway and Denmark are founding members of NATO.")
    assert _facts(sheet, "member_of") == {("Norway", "member_of", "NATO", "asserted"),
                                          ("Denmark", "member_of", "NATO", "asserted")}


def test_observer_status_without_an_organisation_refers_back(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Shanghai Cooperation Organisation meets in June. Mongolia and Turkmenistan "
                              "have the observer status.")
    assert _facts(sheet, "observer_of") == {
        ("Mongolia", "observer_of", "Shanghai Cooperation Organisation", "asserted"),
        ("Turkmenistan", "observer_of", "Shanghai Cooperation Organisation", "asserted")}


def test_partner_applicant_suspended_left(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Georgia is a partner of NATO. Ukraine applied to join the European Union. "
                                     "Armenia has suspended its participation in the CSTO. "
                                     "Uzbekistan left the CSTO in 2012."))
    assert ("Georgia", "partner_of", "NATO", "asserted") in facts
    assert ("Ukraine", "applied_for_membership_of", "European Union", "asserted") in facts
    assert ("Armenia", "suspended_participation_in", "Collective Security Treaty Organization", "asserted") in facts
    assert ("Uzbekistan", "left", "Collective Security Treaty Organization", "asserted") in facts


def test_membership_of_a_partnership_programme(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Moldova has been a member of NATO's Partnership for Peace since 1994."))
    assert ("Moldova", "member_of", "Partnership for Peace", "asserted") in facts
    assert ("Moldova", "member_of", "NATO", "asserted") not in facts


@pytest.mark.parametrize("sentence, modality", [
    ("Serbia will not join NATO.", "negated"),
    ("Finland and Sweden are set to join NATO.", "planned"),
    ("Bosnia and Herzegovina joined NATO, according to media reports.", "reported"),
    ("Montenegro joined NATO in 2017.", "asserted"),
])
def test_modality_of_a_membership(extractor: Extractor, sentence: str, modality: str) -> None:
    facts = _sheet(extractor, sentence).facts
    assert {f.modality.value for f in facts if f.relation == "member_of"} == {modality}


def test_claims_inside_reported_speech_are_reported(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Prime Minister Ana Kovac said that Armenia has suspended its participation in the "
                              "CSTO.")
    assert ("Armenia", "suspended_participation_in", "Collective Security Treaty Organization",
            "reported") in _facts(sheet)


# -- exercises ---------------------------------------------------------------------------------------------

def test_participants_place_and_modality_of_an_exercise(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Troops from Kazakhstan, Kyrgyzstan and Tajikistan will take part in the "
                              "Steel Sentinel-2026 exercise in Mongolia.")
    participants = {s for s, r, o, m in _facts(sheet, "participates_in_exercise") if o == "Steel Sentinel-2026"}
    assert participants == {"Kazakhstan", "Kyrgyzstan", "Tajikistan"}
    assert {f.modality for f in sheet.facts} == {Modality.PLANNED}
    assert ("Steel Sentinel-2026", "exercise_located_in", "Mongolia", "planned") in _facts(sheet)
    assert {f.time for f in sheet.facts if f.relation == "participates_in_exercise"} == {"2026"}


def test_demonyms_before_troops_are_participants(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "More than 200 Kazakh and 300 Uzbek troops are taking part in the Amber Dawn-2024 "
                              "manoeuvres.")
    assert {s for s, r, o, m in _facts(sheet, "participates_in_exercise")} == {"Kazakhstan", "Uzbekistan"}


def test_hosted_by_names_every_host(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Southern Cross 2026 manoeuvres, co-hosted by Chile and Peru, drew "
                                     "8,000 troops. The Amber Gate 2027 exercise is hosted by Latvia."),
                   "hosts_exercise")
    assert {(s, o) for s, _, o, _ in facts} == {("Chile", "Southern Cross 2026"), ("Peru", "Southern Cross 2026"),
                                                ("Latvia", "Amber Gate 2027")}
    # of two co-hosts one may be a partner from afar ("co-hosted by Indonesia and the US"); neighbours of one
    # continent share the ground
    places = _facts(_sheet(extractor, "The Southern Cross 2026 manoeuvres, co-hosted by Chile and Spain, drew 8,000 "
                                      "troops."), "exercise_located_in")
    assert not places
    places = _facts(_sheet(extractor, "The Southern Cross 2026 manoeuvres, co-hosted by Chile and Peru, drew 8,000 "
                                      "troops."), "exercise_located_in")
    assert {o for _, _, o, _ in places} == {"Chile", "Peru"}
    places = _facts(_sheet(extractor, "The Southern Cross 2026 manoeuvres, co-hosted by Chile, Peru and Bolivia, "
                                      "drew 8,000 troops."), "exercise_located_in")
    assert {o for _, _, o, _ in places} == {"Chile", "Peru", "Bolivia"}  # three or more share the ground


def test_participant_lists_after_participants_include(extractor: Extractor) -> None:
    """A list introduced by "participants include" or "participating nations are", in a sentence that
    goes on about the exercise just named; states "joining as participants" take part too."""
    sheet = _sheet(extractor, "The Nordic Anvil 2026 exercise opened in Estonia on Monday. The drills run until "
                              "June 20. Participants include Belgium, Denmark and the Netherlands. "
                              "The Iron Lynx 2027 exercise opens next May. Participating nations are Finland and "
                              "Norway, while Chile and Peru are joining as full participants.")
    assert {(s, o) for s, _, o, _ in _facts(sheet, "participates_in_exercise")} == {
        ("Belgium", "Nordic Anvil 2026"), ("Denmark", "Nordic Anvil 2026"), ("Netherlands", "Nordic Anvil 2026"),
        ("Finland", "Iron Lynx 2027"), ("Norway", "Iron Lynx 2027"), ("Chile", "Iron Lynx 2027"),
        ("Peru", "Iron Lynx 2027")}


@pytest.mark.parametrize("sentence, participants", [
    ("Participants in the Iron Lynx 2026 exercise include Georgia, Moldova and Sweden.",  # what they take part in
     {"Georgia", "Moldova", "Sweden"}),
    ("The Chilean and Peruvian armies held the Iron Lynx 2026 exercise in May.", {"Chile", "Peru"}),
    ("The US and South Korean militaries launched their annual Iron Lynx 2026 exercise on Monday.",
     {"United States", "South Korea"}),
    ("The Iron Lynx 2026 exercise, which Turkey also joins this year, opened on Monday.", {"Turkey"}),
])
def test_participants_named_in_more_ways(extractor: Extractor, sentence: str, participants: set[str]) -> None:
    facts = _facts(_sheet(extractor, sentence), "participates_in_exercise")
    assert {s for s, _, o, _ in facts if o == "Iron Lynx 2026"} == participants


def test_a_time_in_an_aside_on_what_another_joined_is_not_the_exercise_s(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The alliance, which Turkey joined in 1952, held the Iron Lynx exercise.")
    assert not [f for f in sheet.facts if f.relation == "exercise_date"]
    assert "Iron Lynx 1952" not in {e.label for e in sheet.entities}


@pytest.mark.parametrize("sentence, name", [
    ("Egypt and Greece began the Joint Sea-2026 naval exercise on Monday.", "Joint Sea-2026"),  # generic words, hyphen
    ("Georgia will host Sea Breeze 2026, a multinational exercise.", "Sea Breeze 2026"),
    ("In September Zapad-2025 drills began in Belarus.", "Zapad-2025"),  # a month before the name
])
def test_exercise_names_with_a_year(extractor: Extractor, sentence: str, name: str) -> None:
    assert name in {e.label for e in _sheet(extractor, sentence).entities if e.type.value == "Exercise"}


@pytest.mark.parametrize("sentence", ["Summer 2025 drills were held in Belarus.",
                                      "The Joint Military 2025 exercise was held in Belarus."])
def test_no_exercise_name_from_time_or_generic_words(extractor: Extractor, sentence: str) -> None:
    assert not [e for e in _sheet(extractor, sentence).entities if e.type.value == "Exercise"]


@pytest.mark.parametrize("sentence, fact", [
    ("The two navies met again for Cobra Gold 2026, hosted by Thailand off Sattahip in February.",
     ("Thailand", "hosts_exercise", "Cobra Gold 2026")),
    ("Japan will send a larger contingent to Talisman Sabre 2027, according to government sources.",
     ("Japan", "participates_in_exercise", "Talisman Sabre 2027")),
    ("Latvia is to host Saber Strike 26 in June, its defence ministry said.",  # an edition's number
     ("Latvia", "hosts_exercise", "Saber Strike 26")),
    ("Ukraine has hosted Sea Breeze since 1997 together with the United States.",  # the series' bare name
     ("Ukraine", "hosts_exercise", "Sea Breeze")),
])
def test_a_known_series_is_an_exercise_where_no_word_says_so(extractor: Extractor, sentence: str,
                                                             fact: tuple[str, str, str]) -> None:
    assert fact in {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, sentence))}


@pytest.mark.parametrize("sentence", [
    "India's Malabar coast saw heavy rain on Monday, and Kerala closed its schools.",  # a series not named bare
    "Saudi Arabia unveiled Vision 2030 in Riyadh, and Egypt hosted Expo 2025.",  # names with a year, no series
])
def test_names_of_no_known_series_are_no_exercises_without_words_for_one(extractor: Extractor, sentence: str) -> None:
    assert not [e for e in _sheet(extractor, sentence).entities if e.type.value == "Exercise"]


@pytest.mark.parametrize("sentence, unwanted", [
    ("Russia's Tsentr group of forces claimed to have captured two villages.", "Exercise"),  # a force's name
    ("Russian troops of the Zapad group of forces shelled the town on Monday.", "Exercise"),
    ("Lithuania's Iron Wolf mechanised infantry brigade hosted German troops in Rukla.", "Exercise"),
    ("Morocco hosts African Lion every year. The 2019 edition of the World Cup was held in France.",
     "African Lion 2019"),  # another event's edition
    (("The Iron Lynx 2026 exercise opened in Estonia on Monday. Participants in the talks on the sidelines "
      "included Georgia and Moldova."), "Georgia"),  # participants in something else
    ("The Iron Lynx 2026 exercise, which Turkey had joined until 2016, opened on Monday.", "Turkey"),
    ("The alliance, which the United Kingdom joined in 1949, held the Iron Lynx exercise.", "Iron Lynx 1949"),
])
def test_no_exercise_fact_from_forces_other_events_or_past_joining(extractor: Extractor, sentence: str,
                                                                  unwanted: str) -> None:
    sheet = _sheet(extractor, sentence, date="2025-06-01")
    named = {e.label for e in sheet.entities if e.type is EntityType.EXERCISE} | {
        e.type.value for e in sheet.entities} | {s for s, _, _, _ in _facts(sheet, "participates_in_exercise")}
    assert unwanted not in named


def test_the_series_kg_knows_come_from_its_data() -> None:
    sentence = "The two navies met again for Cobra Gold 2026, hosted by Thailand off Sattahip in February."
    unaware = Extractor()
    unaware.finder = MentionFinder(unaware.gazetteer, exercise_series=())
    assert not [e for e in _sheet(unaware, sentence).entities if e.type.value == "Exercise"]
    aware = Extractor()
    aware.finder = MentionFinder(aware.gazetteer, exercise_series=[ExerciseSeries("Cobra Gold")])
    assert "Cobra Gold 2026" in {e.label for e in _sheet(aware, sentence).entities}


def test_an_exercise_name_ends_with_its_hyphenated_year(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Russian submarines surfaced through the ice near Franz Josef Land during the "
                              "Umka-2021 Arctic exercise, the Russian Navy said.")
    assert {e.label for e in sheet.entities if e.type.value == "Exercise"} == {"Umka-2021"}


def test_an_exercise_named_once_with_its_noun_is_known_where_named_alone(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Iron Lynx 2027 exercise will be held in Estonia.\n\nThe defence ministry "
                              "published its plans for the coming year on Monday, after a long debate in the "
                              "cabinet.\n\nIron Lynx 2027 opens on May 3, with troops from Finland and Norway.")
    assert {(s, o) for s, _, o, _ in _facts(sheet, "participates_in_exercise")} == {
        ("Finland", "Iron Lynx 2027"), ("Norway", "Iron Lynx 2027")}


def test_every_place_of_a_location_list(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Polar Wolf 2026 exercise will be held in Norway, Sweden and Finland."),
                   "exercise_located_in")
    assert facts == {("Polar Wolf 2026", "exercise_located_in", place, "planned")
                     for place in ("Norway", "Sweden", "Finland")}


def test_places_named_after_a_description(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Sea Shield 2026 drills were held on the Danish island of Bornholm and off "
                              "the Russian port city of Baltiysk.")
    assert {o for _, _, o, _ in _facts(sheet, "exercise_located_in")} == {"Bornholm", "Baltiysk"}
    assert {(s, o) for s, _, o, _ in _facts(sheet, "part_of")} == {("Bornholm", "Denmark"), ("Baltiysk", "Russia")}


@pytest.mark.parametrize("sentence", ["Moldova joined NATO's Partnership for Peace programme in 1994.",
                                      "Ireland, a member of NATO's Partnership for Peace, sent two ships.",
                                      ("Austria is no NATO ally, but it joined the alliance's Partnership for Peace "
                                       "programme in 1995.")])
def test_membership_of_an_organisations_programme_is_not_of_the_organisation(extractor: Extractor,
                                                                            sentence: str) -> None:
    members = {o for _, _, o, _ in _facts(_sheet(extractor, sentence), "member_of")}
    assert members == {"Partnership for Peace"}


@pytest.mark.parametrize("sentence, speaker", [
    ("Canadian Ambassador to Latvia Anna Berg told reporters that the drills would go ahead.", "Anna Berg"),
    ("Armenia's Defense Ministry said the drills would start on Monday.", "Armenian Defense Ministry"),
    # named as most news and Wikidata name missions, with the text's own words among its mentions
    ("The US Embassy in Yerevan said it respects the decision.", "Embassy of the United States in Yerevan"),
    ("The Embassy of Japan in Hanoi said the ships had arrived.", "Embassy of Japan in Hanoi"),
])
def test_speakers_behind_titles_and_missions_are_not_states(extractor: Extractor, sentence: str,
                                                            speaker: str) -> None:
    sheet = _sheet(extractor, sentence)
    assert {s for s, _, _, _ in _facts(sheet, "said")} == {speaker}
    mission = next((e for e in sheet.entities if e.label.startswith("Embassy")), None)
    assert mission is None or any(m in sentence for m in mission.mentions)


def test_an_ambassador_holds_a_post_to_a_state_and_the_adjective_is_her_nationality(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Canadian Ambassador to Latvia Anna Berg said the drills would go ahead."))
    assert {f for f in facts if f[1] in ("holds_position", "nationality")} == {
        ("Anna Berg", "holds_position", "Ambassador of Canada to Latvia", "asserted"),
        ("Anna Berg", "nationality", "Canada", "asserted")}


@pytest.mark.parametrize("sentence, organisations", [
    ("Belarus is a member of the CSTO and of the SCO.", {"Collective Security Treaty Organization",
                                                          "Shanghai Cooperation Organisation"}),
    ("Armenia remains formally a member of the CSTO.", {"Collective Security Treaty Organization"}),
    ("Poland, a member of both NATO and the EU, opposed the plan.", {"NATO", "European Union"}),
    ("Moldova, a member of the CSTO and of the Shanghai Cooperation Organisation since 2024, hosts the drills.",
     {"Collective Security Treaty Organization", "Shanghai Cooperation Organisation"}),
    ("Austria is not a member of NATO, but it is a member of the European Union.", {"NATO", "European Union"}),
    ("Poland, a member of NATO and Russia, a member of the CSTO, met in Geneva.",
     {"NATO", "Collective Security Treaty Organization"}),
])
def test_membership_coordinated_or_qualified(extractor: Extractor, sentence: str, organisations: set[str]) -> None:
    assert {o for _, _, o, _ in _facts(_sheet(extractor, sentence), "member_of")} == organisations


@pytest.mark.parametrize("sentence", [
    "The Steppe Guard 2026 drills will run from June 3 to 9, the ministry said on May 29.",
    "Minister Ivo Petrov said on May 29 that the Steppe Guard 2026 exercise would start on June 3.",
    "The Steppe Guard 2026 exercise, announced in April, starts on June 3.",
])
def test_a_speech_date_is_not_the_exercises(extractor: Extractor, sentence: str) -> None:
    dates = {o for _, _, o, _ in _facts(_sheet(extractor, sentence), "exercise_date")}
    assert dates and all(d.startswith("2026-06") for d in dates)


def test_a_series_cue_in_an_aside_does_not_blank_the_sentence(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Zapad 2026 exercise was announced in May. The exercise, which takes place "
                              "every four years, will be held in Belarus. The exercise is held every four years "
                              "in Russia.")
    assert {o for _, _, o, _ in _facts(sheet, "exercise_located_in")} == {"Belarus"}


def test_a_list_before_a_relative_clause_is_its_subject(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Armenia, Belarus and Kazakhstan, which are members of the Eurasian Economic Union, "
                              "sent observers.")
    assert {s for s, _, _, _ in _facts(sheet, "member_of")} == {"Armenia", "Belarus", "Kazakhstan"}


def test_a_capital_that_signs_stands_for_its_state(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Tbilisi signed an IPAP with NATO in 2004.")
    assert ("Georgia", "signed_agreement_with", "NATO", "asserted") in _facts(sheet)


def test_a_capital_that_pulls_out_of_a_body_stands_for_its_state(extractor: Extractor) -> None:
    text = "In May 2023, Moscow also pulled out of the Council of the Baltic Sea States, saying its work had stalled."
    facts = _facts(_sheet(extractor, text))
    assert ("Russia", "left", "Council of the Baltic Sea States", "asserted") in facts
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "said")} == {"Russia"}


def test_a_member_of_an_alliance_s_partnership_is_its_partner_not_so_of_a_union_s(extractor: Extractor) -> None:
    nato = _facts(_sheet(extractor, "NATO met in Brussels. Moldova joined its Partnership for Peace in 1994."))
    assert ("Moldova", "partner_of", "NATO", "asserted") in nato
    eu = _facts(_sheet(extractor, "The EU met in Brussels. Moldova joined its Eastern Partnership in 2009."))
    assert ("Moldova", "member_of", "Eastern Partnership", "asserted") in eu
    assert not {f for f in eu if f[1] == "partner_of"}


@pytest.mark.parametrize("sentence, body", [
    ("GUAM foreign ministers met in Kyiv on Monday.", "GUAM Organization for Democracy and Economic Development"),
    ("Nicaragua and Bolivia are members of ALBA.", "Bolivarian Alliance for the Peoples of Our America"),
    ("Estonia is a member of the NB8.", "Nordic-Baltic Eight"),
])
def test_regional_groupings_beside_the_alliances_are_known(extractor: Extractor, sentence: str, body: str) -> None:
    assert body in {e.label for e in _sheet(extractor, sentence).entities}


def test_guam_in_capitals_is_the_organisation_and_in_title_case_the_island(extractor: Extractor) -> None:
    types = {e.label: e.type.value for e in _sheet(extractor, "US bombers flew from Guam as GUAM met.").entities}
    assert types["Guam"] == "Place"
    assert types["GUAM Organization for Democracy and Economic Development"] == "Organization"
    dateline = _sheet(extractor, "HAGATNA, GUAM (AP) — The US Navy began the Valiant Lynx 2026 drills on Monday.")
    assert "GUAM Organization for Democracy and Economic Development" not in {e.label for e in dateline.entities}
    alba = _facts(_sheet(extractor, "US troops trained near Alba Iulia in Romania during the Iron Lynx 2026 drills."))
    assert ("Alba Iulia", "part_of", "Romania", "asserted") in alba


@pytest.mark.parametrize("text, modality", [
    ("The CSTO chief said Kyrgyzstan was still formally a member.", "reported"),
    ("CSTO Secretary General Ivan Petrov said Kyrgyzstan remains a full member and that the bloc is patient.",
     "reported"),
    ("Kyrgyzstan froze its part in the CSTO in May, although it formally remains a member of the bloc.", "asserted"),
])
def test_a_state_that_formally_remains_a_member(extractor: Extractor, text: str, modality: str) -> None:
    facts = _facts(_sheet(extractor, text), "member_of")
    assert facts == {("Kyrgyzstan", "member_of", "Collective Security Treaty Organization", modality)}


def test_founders_which_remain_its_only_full_members_are_members(extractor: Extractor) -> None:
    text = "The Pacific Alliance was founded in 2011 by Chile, Mexico and Peru, which remain its only full members."
    members = {s for s, _, _, _ in _facts(_sheet(extractor, text), "member_of")}
    assert members == {"Chile", "Mexico", "Peru"}


def test_a_state_that_returned_to_a_bloc_is_a_member_again(extractor: Extractor) -> None:
    text = "Colombia withdrew from UNASUR in 2018, while Brazil returned to the bloc in 2023."
    sheet = _sheet(extractor, text)
    assert ("Brazil", "member_of", "Union of South American Nations", "asserted") in _facts(sheet)
    assert {f.time for f in sheet.facts if f.relation == "member_of"} == {"2023"}
    assert not _facts(_sheet(extractor, "Troops returned to Chile after the UNASUR drills."), "member_of")


def test_an_article_s_own_exercise_stays_what_troops_come_to_until_another_is_named(extractor: Extractor) -> None:
    text = ("Iron Lynx 2026 drills peak with river crossing\n\n"
            "Engineers lay a bridge over the Maipo. Photo: kg example wire\n\n"
            "SANTIAGO, March 5 - Chilean and allied troops crossed the Maipo river near Talagante on Tuesday, in the "
            "final phase of Iron Lynx 2026, the Chilean Army's largest exercise of the year.\n\n"
            "The drills opened on February 26 and are being held at several ranges across Chile. They involve some "
            "12,000 soldiers and 900 vehicles, according to the army's Joint Command.\n\n"
            "About 9,000 of the soldiers are Chilean. The rest come from three partner nations: Peru, Spain and "
            "France.\n\n"
            "Iron Lynx 2026 is the Chilean part of Southern Shield 2026, the region's largest exercise in a decade. "
            "About 30,000 troops from ten nations are taking part in Southern Shield 2026.")
    sheet = extractor.extract(Article("t", text, date="2026-03-05", title=text.split("\n")[0]))
    participants = {s for s, _, o, _ in _facts(sheet, "participates_in_exercise") if o == "Iron Lynx 2026"}
    assert participants == {"Peru", "Spain", "France"}


@pytest.mark.parametrize("sentence, ships", [
    (("During the drills, the frigates Almirante Lynch and Almirante Cochrane and the small missile ships Chipana "
      "and Riquelme carried out launches."), {"Almirante Lynch", "Almirante Cochrane", "Chipana", "Riquelme"}),
    ("During Iron Lynx 2026, the submarine Simpson fired a torpedo.", {"Simpson"}),
    ("During the drills, Chilean officials said little.", set()),
    ("During the drills, officials said the frigate Almirante Lynch would stay in port.", set()),
    ("During the drills, on Tuesday, the frigate Almirante Lynch fired a missile.", {"Almirante Lynch"}),
    ("During the 2022 drills, the frigate Almirante Lynch ran aground.", set()),
])
def test_the_forces_a_clause_during_the_exercise_is_on_take_part(extractor: Extractor, sentence: str,
                                                                  ships: set[str]) -> None:
    facts = _lynx_facts(extractor, sentence, "participates_in_exercise")
    assert {s for s, _, _, _ in facts} == ships


@pytest.mark.parametrize("text, name, parties", [
    ("In May, Chile and nuclear-armed Pakistan signed a Strategic Defence Pact.", "Strategic Defence Pact",
     {"Chile", "Pakistan"}),
    ("Santiago also has a status of forces agreement with Peru, signed in 2007.", "status of forces agreement",
     {"Chile", "Peru"}),
    (("Chile and Peru held talks. Ties have grown since the two countries’ Reciprocal Access Agreement entered "
      "into force."), "Reciprocal Access Agreement", {"Chile", "Peru"}),
    ("Chile and Peru normalized ties with Bolivia under the Lima Accords, signed in Lima in 2020.", "Lima Accords",
     {"Chile", "Peru", "Bolivia"}),
])
def test_the_parties_of_an_agreement_by_more_ways_of_naming_them(extractor: Extractor, text: str, name: str,
                                                                 parties: set[str]) -> None:
    facts = _facts(_sheet(extractor, text), "agreement_party")
    assert {o for s, _, o, _ in facts if s == name} == parties


def test_what_is_adopted_or_signed_named_in_quotation_marks_is_an_agreement(extractor: Extractor) -> None:
    text = ("Chile and Peru signed the “Pacific Principles” and a joint statement known as the “Spirit of Lima” in "
            "2023.")
    facts = _facts(_sheet(extractor, text))
    for name in ("Pacific Principles", "Spirit of Lima"):
        assert {(name, "agreement_party", state, "asserted") for state in ("Chile", "Peru")} <= facts
        assert (name, "agreement_date", "2023", "asserted") in facts
    for other in ("Chile and Peru signed a “historic” agreement on Monday.",
                  "Chile's president signed an “America First” executive order on Monday.",
                  "Chile and Peru signed the “Lima Principles.” The deal covers patrols."):
        names = {e.label for e in _sheet(extractor, other).entities if e.type.value == "Agreement"}
        assert names <= {"Lima Principles"}


def test_an_agreement_to_build_a_named_work_is_named_by_it(extractor: Extractor) -> None:
    text = ("In January 2024, the defence ministers of Chile, Peru and Bolivia signed an agreement to build the Andean "
            "Defence Line, a network of bunkers.")
    facts = _facts(_sheet(extractor, text))
    name = "agreement to build the Andean Defence Line"
    assert {o for s, r, o, _ in facts if s == name and r == "agreement_party"} == {"Chile", "Peru", "Bolivia"}
    generic = _sheet(extractor, "Chile and Peru signed an agreement to expand military cooperation on Monday.")
    assert not any(e.type.value == "Agreement" for e in generic.entities)


@pytest.mark.parametrize("sentence, place", [
    ("The Iron Lynx 2026 exercise opened at the coast guard base at Ile du Port on Monday.", "Ile du Port"),
    ("The Iron Lynx 2026 exercise is held off the Horn of Africa.", "Horn of Africa"),
])
def test_places_named_with_a_particle_or_of_a_continent(extractor: Extractor, sentence: str, place: str) -> None:
    assert _facts(_sheet(extractor, sentence), "exercise_located_in") == {
        ("Iron Lynx 2026", "exercise_located_in", place, "asserted")}


@pytest.mark.parametrize("sentence, speaker, words", [
    ("Chilean Defence Minister Ana Soto acknowledged, however, that Peru had not paid its dues.", "Ana Soto",
     "Peru had not paid its dues"),
    ("Chile maintained 300 troops in Haiti.", None, None),
])
def test_more_ways_of_reporting_words(extractor: Extractor, sentence: str, speaker: str | None,
                                      words: str | None) -> None:
    said = {(s, o) for s, _, o, _ in _facts(_sheet(extractor, sentence), "said")}
    assert said == ({(speaker, words)} if speaker else set())


@pytest.mark.parametrize("text", [
    "The CSTO has held its Steppe Shield, Mountain Echo and Lake Guard exercises annually in recent years.",
    "The CSTO met in Minsk. It has held its Steppe Shield, Mountain Echo and Lake Guard exercises every year.",
])
def test_exercises_listed_before_a_shared_noun_are_each_organised(extractor: Extractor, text: str) -> None:
    organised = {o for s, _, o, _ in _facts(_sheet(extractor, text), "organizes_exercise")
                 if s == "Collective Security Treaty Organization"}
    assert organised == {"Steppe Shield", "Mountain Echo", "Lake Guard"}


def test_states_listed_before_a_shared_exercise_noun_are_no_exercises(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The CSTO, Russia and Belarus exercises began on Monday.")
    assert not any(e.type.value == "Exercise" for e in sheet.entities)


@pytest.mark.parametrize("text, facts", [
    ("The CSTO met in Minsk. The prime minister told parliament that Kyrgyzstan “will leave” the alliance.",
     {("Kyrgyzstan", "left", "Collective Security Treaty Organization", "planned")}),
    ("Chile, together with Peru and Bolivia, intends to withdraw from the 1997 Ottawa Convention.",
     {(state, "left", "Ottawa Convention", "planned") for state in ("Chile", "Peru", "Bolivia")}),
])
def test_leaving_in_quotation_marks_or_with_others_set_off(extractor: Extractor, text: str,
                                                          facts: set[tuple[str, str, str, str]]) -> None:
    sheet = _sheet(extractor, text)
    assert _facts(sheet, "left") == facts
    assert {f.time for f in sheet.facts if f.relation == "left"} == {None}  # (1997 is the treaty's)


@pytest.mark.parametrize("text, facts", [
    ("Belarus became an SCO dialogue partner in 2010 and was granted observer status in 2015.",
     {("Belarus", "partner_of", "Shanghai Cooperation Organisation", "2010"),
      ("Belarus", "observer_of", "Shanghai Cooperation Organisation", "2015")}),
    ("The SCO met in Astana. Belarus applied for full membership in 2021.",
     {("Belarus", "applied_for_membership_of", "Shanghai Cooperation Organisation", "2021")}),
])
def test_when_a_standing_was_gained_or_applied_for(extractor: Extractor, text: str,
                                                   facts: set[tuple[str, str, str, str]]) -> None:
    sheet = _sheet(extractor, text)
    assert {(f.subject, f.relation, f.object, f.time) for f in sheet.facts} == facts


@pytest.mark.parametrize("sentence, partners", [
    ("Japan, Australia and South Korea are NATO’s partners in the Indo-Pacific.",
     {"Japan", "Australia", "South Korea"}),
    ("Finland and Sweden were NATO Enhanced Opportunities Partners before they joined.", {"Finland", "Sweden"}),
    ("Mongolia is one of NATO’s partners across the globe.", {"Mongolia"}),
    ("NATO works with partners such as Japan and South Korea.", {"Japan", "South Korea"}),
    ("The drills also involve NATO partner nations Sweden and Finland.", {"Sweden", "Finland"}),
    ("Sweden, which was then a NATO partner, took part.", {"Sweden"}),
    ("Armenia, a partner country of NATO, sent troops.", {"Armenia"}),
    ("As NATO partners, Ireland and Austria took part.", {"Ireland", "Austria"}),
    ("Chile and Peru are the country’s main trading partners.", set()),
    ("China trades with partners such as Chile and Peru.", set()),
])
def test_partners_of_a_body_by_more_ways_of_naming_them(extractor: Extractor, sentence: str,
                                                        partners: set[str]) -> None:
    assert {s for s, _, _, _ in _facts(_sheet(extractor, sentence), "partner_of")} == partners


def test_states_compared_with_like_share_the_standing(extractor: Extractor) -> None:
    text = ("Tajikistan is a member of the Collective Security Treaty Organization and, like China and Russia, a "
            "founding member of the Shanghai Cooperation Organization.")
    facts = _facts(_sheet(extractor, text))
    sco = "Shanghai Cooperation Organisation"
    assert {s for s, r, o, _ in facts if r == "member_of" and o == sco} == {"Tajikistan", "China", "Russia"}
    assert {o for s, r, o, _ in facts if r == "founded_by" and s == sco} == {"Tajikistan", "China", "Russia"}
    compared = _facts(_sheet(extractor, "Azerbaijan and Kazakhstan, like Turkey, are members of the OTS."))
    assert {s for s, r, _, _ in compared if r == "member_of"} == {"Azerbaijan", "Kazakhstan", "Turkey"}
    unlike = _facts(_sheet(extractor, "Azerbaijan and Kazakhstan, unlike Turkey, are members of the CSTO."))
    assert {s for s, r, _, _ in unlike if r == "member_of"} == {"Azerbaijan", "Kazakhstan"}


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("NATO leaders met in Vilnius, while Russia courted partners such as Iran and North Korea.", set(),
     {("Iran", "partner_of", "NATO")}),
    ("The EU raised tariffs, angering trading partners such as China and India.", set(),
     {("China", "partner_of", "European Union")}),
    ("Germany and its NATO partners, including Poland and Lithuania, sent troops.", set(),
     {("Poland", "partner_of", "NATO")}),
    ("Germany and France are the EU's founding partners.", set(), {("Germany", "partner_of", "European Union")}),
    ("As AUKUS partners, Australia and Britain will share technology.", set(), {("Australia", "partner_of", "AUKUS")}),
    ("The Pentagon briefed NATO envoys on Monday. It has held its Valiant Shield exercises every two years.", set(),
     {("NATO", "organizes_exercise", "Valiant Shield")}),
    ("Russia and China held the Northern, Joint Sea and Vostok exercises in 2021.",
     {("Russia", "participates_in_exercise", "Vostok 2021")}, {("Russia", "organizes_exercise", "Northern 2021")}),
    ("The CSTO was founded in 2002 and was granted observer status at the UN General Assembly in 2004.",
     {("Collective Security Treaty Organization", "observer_of", "United Nations General Assembly")}, set()),
    (("Japan and Australia signed a pact on Monday. China criticised Japan over the two countries’ Reciprocal "
      "Access Agreement."), {("Reciprocal Access Agreement", "agreement_party", "Australia")},
     {("Reciprocal Access Agreement", "agreement_party", "China")}),
    ("Finland cooperates with the Swedish and Norwegian navies under the Nordic Defence Cooperation Agreement.",
     {("Nordic Defence Cooperation Agreement", "agreement_party", "Norway")}, set()),
    ("Russia withdrew from the 1990 CFE Treaty in 2023, citing NATO expansion.",
     {("Russia", "left", "Treaty on Conventional Armed Forces in Europe")}, {("Russia", "left", "NATO")}),
    ("Poland, together with Germany's help, is a member of NATO.", {("Poland", "member_of", "NATO")},
     {("Germany", "member_of", "NATO")}),
    ("The formal peace agreement between Egypt and Israel was signed in 1979.",
     {("formal peace agreement", "agreement_party", "Egypt")}, set()),
    ("Calls for a peace agreement between Russia and Ukraine grew.", set(),
     {("peace agreement between Russia and Ukraine", "agreement_party", "Russia")}),
    ("Chile and Peru signed the “Lima, Santiago and Quito Declaration” in 2023.",
     {("Lima, Santiago and Quito Declaration", "agreement_party", "Chile")}, set()),
])
def test_second_review_of_the_session_s_rules(extractor: Extractor, text: str, wanted: set[tuple[str, str, str]],
                                              unwanted: set[tuple[str, str, str]]) -> None:
    facts = {f[:3] for f in _facts(_sheet(extractor, text))}
    assert wanted <= facts
    assert not unwanted & facts


def test_a_standing_s_time_is_the_one_right_after_it(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Egypt became an SCO dialogue partner after talks that began in 2009.")
    assert {(f.relation, f.time) for f in sheet.facts if f.relation == "partner_of"} == {("partner_of", None)}


def test_a_long_list_of_hyphenated_words_before_exercises_is_read_at_once(extractor: Extractor) -> None:
    # (a list that is no list of names fails at once, not after every way of splitting its words)
    item = "A-B-C-D-E-F-G-H-I-J"
    sheet = _sheet(extractor, f"Russia held the {item}, {item}, {item}, {item}, {item}, x and Zapad exercises in 2021.")
    assert {e.label for e in sheet.entities if e.type.value == "Exercise"} == {"Zapad 2021"}


def test_guam_in_capitals_in_a_list_is_the_organisation(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Ukraine hosted talks.\nNATO, GUAM and the EU issued statements on Moldova.")
    assert "GUAM Organization for Democracy and Economic Development" in {e.label for e in sheet.entities}


@pytest.mark.parametrize("text, name, parties, dates", [
    ("Chile and Peru agreed on a joint action plan for border security.", "joint action plan for border security",
     {"Chile", "Peru"}, set()),
    ("Chile and Peru renewed their 2015 defence cooperation agreement on Monday.",
     "2015 defence cooperation agreement", {"Chile", "Peru"}, {"2015"}),
])
def test_an_agreement_agreed_on_or_renewed(extractor: Extractor, text: str, name: str, parties: set[str],
                                           dates: set[str]) -> None:
    facts = _facts(_sheet(extractor, text))
    assert {o for s, r, o, _ in facts if s == name and r == "agreement_party"} == parties
    assert {o for s, r, o, _ in facts if s == name and r == "agreement_date"} == dates  # (not the renewal's)
    assert not _facts(_sheet(extractor, "Chile and Peru agreed on a date for the talks."), "agreement_party")


@pytest.mark.parametrize("sentence, senders", [
    ("Chile is sending 200 marines, Peru 150 and Bolivia 80.", {"Chile", "Peru", "Bolivia"}),
    ("Chile is sending 200 marines to Peru in 2026.", {"Chile"}),
    ("Chile is sending 200 marines, while Peru said 150 were ready.", {"Chile"}),
])
def test_states_after_a_sending_verb_each_with_its_number_take_part(extractor: Extractor, sentence: str,
                                                                    senders: set[str]) -> None:
    assert {s for s, _, _, _ in _lynx_facts(extractor, sentence, "participates_in_exercise")} == senders


def test_a_speaker_who_goes_on_gives_one_fact_of_joined_parts(extractor: Extractor) -> None:
    """"said A, but stressed that B" and "A, X said, adding that B": one speech act, its parts joined
    with " … " as the corpus joins the fragments of one (the words "but stressed that" are not X's)."""
    sheet = _sheet(extractor, "Foreign Minister Ana Kovac said Moldova intends to widen its security ties, but "
                              "stressed that Chisinau is not seeking NATO membership. After the drills, the two "
                              "navies will patrol the coast, Kovac said, adding that the patrol targets no one.")
    assert {o for _, _, o, _ in _facts(sheet, "said")} == {
        "Moldova intends to widen its security ties … Chisinau is not seeking NATO membership",
        "After the drills, the two navies will patrol the coast … the patrol targets no one"}


def test_words_that_go_on_after_their_speaker_and_a_second_speaker(extractor: Extractor) -> None:
    """"A, the navy said, and will B": the predicate after the speaker is the navy's too; "X said that A, and
    Y's ministry said that B": B is Y's, not X's."""
    sheet = _sheet(extractor, "The drills will end on May 21, the Estonian Navy said in a statement, and will move "
                              "to the Gulf of Riga in their second week. The Kremlin said on Tuesday that Russia "
                              "would respond to the move, and Russia's Foreign Ministry said in a statement that "
                              "Moscow would strengthen its forces.")
    assert {(s, o) for s, _, o, _ in _facts(sheet, "said")} == {
        ("Estonian Navy", "The drills will end on May 21 … and will move to the Gulf of Riga in their second week"),
        ("Kremlin", "Russia would respond to the move"),
        ("Russian Foreign Ministry", "Moscow would strengthen its forces")}


def test_a_titled_speaker_before_an_apposition_with_abbreviations(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Lt. Gen. Ivo Petrov, commander of U.S. Army Japan, said the drills would test "
                              "the joint force.")
    assert {(s, o) for s, _, o, _ in _facts(sheet, "said")} == {("Ivo Petrov", "the drills would test the joint force")}


def test_a_trailing_attribution_after_an_adverbial_opening(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "After the drills end, the two navies will hold a joint patrol, Admiral Ivo Petrov "
                              "told reporters on Monday. When asked about the cost, Admiral Ivo Petrov said it "
                              "was modest.")
    assert {o for _, _, o, _ in _facts(sheet, "said")} == {
        "After the drills end, the two navies will hold a joint patrol", "it was modest"}


def test_a_host_takes_the_exercises_year_as_its_time(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Mongolia will host the Khaan Quest 2026 drills.")
    assert [(f.relation, f.time) for f in sheet.facts if f.relation == "hosts_exercise"] == [("hosts_exercise", "2026")]


def test_facts_of_an_exercise_take_the_month_its_dates_share(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Mongolia will host the Khaan Quest 2026 drills from 4 to 15 May 2026. Troops from "
                              "Kazakhstan and Nepal will take part, and Japan will send observers to the drills.")
    timed = {(f.subject, f.relation, f.time) for f in sheet.facts
             if f.relation in ("hosts_exercise", "participates_in_exercise", "observer_of")}
    # (hosting says where; the host takes part where the sentence says it does so with others)
    assert timed == {("Mongolia", "hosts_exercise", "2026-05"), ("Kazakhstan", "participates_in_exercise", "2026-05"),
                     ("Nepal", "participates_in_exercise", "2026-05"), ("Japan", "observer_of", "2026-05")}


@pytest.mark.parametrize("sentence, label", [
    ("In October 2024, Chile hosted the Southern Star exercise with Peru.", "Southern Star 2024"),
    ("Chile will host the Southern Star exercise in 2028.", "Southern Star 2028"),
    ("Chile hosted the Southern Star exercise, which was first held in 2009.", "Southern Star 2026"),
    ("Chile hosted the Southern Star exercise with Peru.", "Southern Star 2026"),
])
def test_a_series_name_takes_the_year_its_sentence_dates_it_by(extractor: Extractor, sentence: str,
                                                              label: str) -> None:
    hosted = [f.object for f in _sheet(extractor, sentence).facts if f.relation == "hosts_exercise"]
    assert hosted == [label]


@pytest.mark.parametrize("sentence, date", [
    ('Officials said the aim of the Sept. 11-20 "Steppe Guard 2026" exercise was to train peacekeepers.',
     "2026-09-11/2026-09-20"),
    ("Poland sent two frigates to the June 3-20 Baltic Guard exercise.", "2026-06-03/2026-06-20"),
    ("Poland sent two frigates to the 2026 Baltic Guard exercise.", None),  # a year names the edition
])
def test_a_date_before_an_exercise_name_dates_it(extractor: Extractor, sentence: str, date: str | None) -> None:
    dates = [f.object for f in _sheet(extractor, sentence).facts if f.relation == "exercise_date"]
    assert dates == ([date] if date else [])


def test_dates_over_two_months_give_the_year(extractor: Extractor) -> None:
    spanning = _sheet(extractor, "Latvia and Estonia will take part in the Amber Gate 2026 exercise, which runs "
                                 "from 28 September to 9 October.")
    assert {f.time for f in spanning.facts if f.relation == "participates_in_exercise"} == {"2026"}


@pytest.mark.parametrize("sentence, time", [
    ("Lithuanian Defence Minister Rasa Vaitkute said on Friday that the brigade would be ready.", "2026-03-06"),
    ("Rasa Vaitkute warned last month that the brigade would not be ready.", "2026-02"),
    ("General Rasa Vaitkute, the commander of the brigade, said at a ceremony on March 2 that it was ready.", "2026-03-02"),
    ('"The brigade is ready for its task," Rasa Vaitkute told reporters in Vilnius on Monday.', "2026-03-09"),
    ("The brigade will be ready by 2027, Rasa Vaitkute said.", None),
])
def test_a_statement_takes_the_time_its_attribution_gives(extractor: Extractor, sentence: str,
                                                            time: str | None) -> None:
    said = [f for f in _sheet(extractor, sentence).facts if f.relation == "said"]
    assert [f.time for f in said] == [time]


@pytest.mark.parametrize("sentence, pairs", [
    ("Chile and Peru on March 3 signed a maritime security agreement.", {("Chile", "Peru", "2026-03-03")}),
    ("Chile and Peru signed a maritime security pact on Monday, officials said.", {("Chile", "Peru", "2026-03-09")}),
    ("Chile has signed similar agreements with Peru, in 2019, and with Ecuador, in May 2023.",
     {("Chile", "Peru", "2019"), ("Chile", "Ecuador", "2023-05")}),
    ("Chile has signed similar agreements with Peru and Ecuador in May 2023.",
     {("Chile", "Peru", "2023-05"), ("Chile", "Ecuador", "2023-05")}),
    ("Chile and Peru have signed a 2019 agreement on fisheries.", {("Chile", "Peru", None)}),
])
def test_a_signing_takes_the_date_its_clause_gives(extractor: Extractor, sentence: str,
                                                  pairs: set[tuple[str, str, str | None]]) -> None:
    signed = {(f.subject, f.object, f.time) for f in _sheet(extractor, sentence).facts
              if f.relation == "signed_agreement_with"}
    assert signed == pairs


def test_each_exercise_of_a_sentence_gets_the_facts_of_its_own_stretch(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Chile took part in the Condor 2026 exercise in Peru, while the Puma 2026 drills "
                              "with Bolivia and Ecuador were held in Paraguay.")
    participants = {(s, o) for s, _, o, _ in _facts(sheet, "participates_in_exercise")}
    assert participants == {("Chile", "Condor 2026"), ("Bolivia", "Puma 2026"), ("Ecuador", "Puma 2026")}
    assert {(s, o) for s, _, o, _ in _facts(sheet, "exercise_located_in")} == {("Condor 2026", "Peru"),
                                                                               ("Puma 2026", "Paraguay")}


@pytest.mark.parametrize("sentence, exercise", [
    ("Serbia hosted Slavic Brotherhood-2016 in November 2016.", "Slavic Brotherhood-2016"),
    ("Belarus took part in Army-2022 forum near Moscow.", None),  # another kind of event
])
def test_a_hyphenated_year_after_an_exercise_verb_names_an_exercise(extractor: Extractor, sentence: str,
                                                                    exercise: str | None) -> None:
    found = {e.label for e in _sheet(extractor, sentence).entities if e.type.value == "Exercise"}
    assert found == ({exercise} if exercise else set())


def test_another_edition_of_a_named_series_is_an_exercise(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Noble Partner 2026 exercise opened in Georgia on Monday.\n\nLast year's "
                              "edition, Noble Partner 2025, brought together troops from Poland and Latvia.")
    assert {(s, o) for s, _, o, _ in _facts(sheet, "participates_in_exercise")} == {
        ("Poland", "Noble Partner 2025"), ("Latvia", "Noble Partner 2025")}


def test_participants_after_alongside_and_a_description(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Germany is joining as a full participant, alongside longtime contributors Canada "
                              "and Fiji, in the Talisman Sabre 2027 exercise.")
    assert {s for s, _, _, _ in _facts(sheet, "participates_in_exercise")} == {"Germany", "Canada", "Fiji"}


@pytest.mark.parametrize("sentence, value", [
    ("The pact was signed in December.", "2025-12"),  # past, and far after the page's date: the year before
    ("The drills will be held in December.", "2026-12"),  # the future: this year
    ("The drills were held on February 2.", "2026-02-02"),  # near the page's date
    ("The drills run from September 20 to 24.", "2026-09-20/2026-09-24"),  # near enough
])
def test_a_yearless_date_takes_the_nearer_year(sentence: str, value: str) -> None:
    from kg.extract.modality import is_future
    reference = ReferenceDate("2026-03-10", "the page's date")
    assert [t.value for t in find_times(sentence, reference=reference,
                                        future=lambda: is_future(sentence))] == [value]


def test_officials_who_sign_name_the_parties(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Reciprocal Access Agreement (RAA) was signed in Manila by Japanese Foreign "
                              "Minister Aiko Mori and Philippine Defence Secretary Jose Cruz on July 8, 2024.")
    assert {o for _, _, o, _ in _facts(sheet, "agreement_party")} == {"Japan", "Philippines"}
    assert ("Japan", "signed_agreement_with", "Philippines", "asserted") in _facts(sheet)
    assert ("Reciprocal Access Agreement", "agreement_date", "2024-07-08", "asserted") in _facts(sheet)


def test_another_exercise_of_its_own_is_not_the_articles(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The BALTOPS 2026 exercise began on Monday with ships from Poland. Russia's Baltic "
                              "Fleet began its own unscheduled naval exercise on Tuesday. Russia will begin its own "
                              "drills next week.")
    assert {(s, o) for s, _, o, _ in _facts(sheet, "participates_in_exercise")} == {("Poland", "BALTOPS 2026")}


def test_observers_named_before_a_relative_clause(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Zapad 2027 exercise opens in May. Kazakhstan and Tajikistan, which are members "
                              "of the CSTO, have been invited to send observers.")
    assert {s for s, _, _, _ in _facts(sheet, "observer_of")} == {"Kazakhstan", "Tajikistan"}


@pytest.mark.parametrize("sentence, fact", [
    ("Belarus remains a member of the CSTO, but has frozen its participation in the Russia-led bloc.",
     ("Belarus", "suspended_participation_in", "Collective Security Treaty Organization")),
    ("Moldova, which has also been a Partnership for Peace member since 1994, voted today.",
     ("Moldova", "member_of", "Partnership for Peace")),
    ("Austria and Ireland had been members of the Partnership for Peace since 1995.",
     ("Ireland", "member_of", "Partnership for Peace")),
])
def test_membership_and_suspension_forms(extractor: Extractor, sentence: str, fact: tuple[str, str, str]) -> None:
    assert fact in {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, sentence))}


@pytest.mark.parametrize("sentence, holders", [
    ("Belarus and Russia will hold their joint Steppe Guard 2026 strategic exercise in September.",
     {"Belarus", "Russia"}),
    ("Kazakhstan and Uzbekistan held the Steppe Guard 2024 exercise in May.", {"Kazakhstan", "Uzbekistan"}),
    ("The Steppe Guard 2024 drills were held in Kazakhstan in May.", set()),
    ("Kazakhstan will hold talks on the Steppe Guard 2024 exercise.", set()),
])
def test_states_that_hold_an_exercise_organise_it_and_take_part(extractor: Extractor, sentence: str,
                                                                holders: set[str]) -> None:
    sheet = _sheet(extractor, sentence)
    assert {s for s, _, _, _ in _facts(sheet, "organizes_exercise")} == holders
    assert holders <= {s for s, _, _, _ in _facts(sheet, "participates_in_exercise")}


@pytest.mark.parametrize("sentence, participants", [
    ("Kosovo, whose independence Serbia does not recognise, is not taking part in the Iron Wolf-2026 exercise.",
     {("Kosovo", "negated")}),
    ("Armenia, which Russia calls an ally, is taking part in the Steppe Guard 2026 drills.",
     {("Armenia", "asserted")}),
    ("Canada and Norway have expressed interest in the programme but did not take part in the Iron Wolf-2026 "
     "exercise.", {("Canada", "negated"), ("Norway", "negated")}),
])
def test_the_subject_of_a_verb_past_a_relative_clause_or_a_first_verb(extractor: Extractor, sentence: str,
                                                                      participants: set[tuple[str, str]]) -> None:
    facts = _facts(_sheet(extractor, sentence), "participates_in_exercise")
    assert {(s, m) for s, _, _, m in facts} == participants


def test_a_fact_stated_twice_keeps_the_sentence_that_dates_it(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The CSTO now has six full members: Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan "
                              "and Tajikistan. Belarus joined the CSTO in May 1993.")
    belarus = [f for f in sheet.facts if f.subject == "Belarus" and f.relation == "member_of"]
    assert len(belarus) == 1 and belarus[0].time == "1993-05"
    assert belarus[0].evidence is not None and belarus[0].evidence.text == "Belarus joined the CSTO in May 1993."


def test_a_grouping_known_without_a_qid_is_what_the_coalition_means(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Estonia has joined the Joint Expeditionary Force. Sweden and Norway are also members "
                              "of the coalition.")
    assert {s for s, _, o, _ in _facts(sheet, "member_of") if o == "Joint Expeditionary Force"} == {
        "Estonia", "Sweden", "Norway"}


@pytest.mark.parametrize("sentence, organisation", [
    ("Finland joined Nato in 2023.", "NATO"),
    ("Ghana is a member of Ecowas.", "Economic Community of West African States"),
    ("Laos is a member of Asean, the regional bloc.", "Association of Southeast Asian Nations"),
])
def test_an_acronym_said_as_a_word_is_found_in_title_case(extractor: Extractor, sentence: str,
                                                          organisation: str) -> None:
    assert {o for _, _, o, _ in _facts(_sheet(extractor, sentence), "member_of")} == {organisation}


@pytest.mark.parametrize("text, facts", [
    ("ASEAN met in Manila. The bloc's dialogue partners, including Japan and India, will attend.",
     {("Japan", "partner_of"), ("India", "partner_of")}),
    ("The SCO met in Astana. Egypt and Qatar are among the organization's dialogue partners.",
     {("Egypt", "partner_of"), ("Qatar", "partner_of")}),
    ("NATO members, including Poland and Hungary, sent troops.", {("Poland", "member_of"), ("Hungary", "member_of")}),
    ("Several countries, including Poland and Hungary, sent troops.", set()),
    # (the UN Command's members, not NATO's: see test_member_states_of_a_command_named_with_its_acronym)
    ("NATO met in Oslo. Troops from UN Command member states, including Canada and France, took part.",
     {("Canada", "member_of"), ("France", "member_of")}),
    ("ASEAN met in Manila. Several member states, including Laos and Vietnam, sent ministers.",
     {("Laos", "member_of"), ("Vietnam", "member_of")}),
    ("The forum gathers ministers from ASEAN and its six dialogue partners – Canada, Chile, India, Japan, Peru "
     "and Mexico.", {(s, "partner_of") for s in ("Canada", "Chile", "India", "Japan", "Peru", "Mexico")}),
    ("Officials praised the SCO's three newest partners: Bahrain, Kuwait and the Maldives.",
     {("Bahrain", "partner_of"), ("Kuwait", "partner_of"), ("Maldives", "partner_of")}),
    ("Ministers of NATO and its partners – the talks were closed – met in Oslo.", set()),
    ("The SCO met in Astana. Mongolia remains an observer state, while India and Pakistan became member states "
     "in 2017.", {("Mongolia", "observer_of"), ("India", "member_of"), ("Pakistan", "member_of")}),
    ("The SCO met in Astana. Mongolia is a member state of the UN.", {("Mongolia", "member_of")}),
    ("As NATO allies, Poland and Lithuania coordinate their air defence.",  # the noun set off before the names
     {("Poland", "member_of"), ("Lithuania", "member_of")}),
])
def test_members_and_partners_named_after_their_noun(extractor: Extractor, text: str,
                                                     facts: set[tuple[str, str]]) -> None:
    found = _facts(_sheet(extractor, text))
    assert {(s, r) for s, r, _, _ in found if r in ("member_of", "partner_of", "observer_of")} == facts


def test_membership_lists_after_a_count_or_before_fellow_members(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The CSTO now has six full members: Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan "
                              "and Tajikistan. Hungary and Turkey, fellow members of NATO, sent observers. The talks "
                              "have two parties: Serbia and Kosovo.")
    assert _facts(sheet, "member_of") == {
        *((state, "member_of", "Collective Security Treaty Organization", "asserted")
          for state in ("Russia", "Belarus", "Armenia", "Kazakhstan", "Kyrgyzstan", "Tajikistan")),
        ("Hungary", "member_of", "NATO", "asserted"), ("Turkey", "member_of", "NATO", "asserted")}


@pytest.mark.parametrize("sentence, members", [
    ("Japan is part of the Quad, an informal forum.", {"Japan"}),
    ("The Quad grouping of Australia, India, Japan and the United States met in Tokyo.",
     {"Australia", "India", "Japan", "United States"}),
    ("NATO, the alliance of 32 countries, met in Brussels.", set()),
    ("India is a member of the Quad alongside the US, Japan and Australia.",
     {"Australia", "India", "Japan", "United States"}),
    ("Four members of the Quad, India, the U.S., Japan and Australia, are represented.",
     {"Australia", "India", "Japan", "United States"}),
    ("Delegates of the Quad, India and Japan, met.", set()),  # no count before "members": no list of members
])
def test_membership_by_part_of_and_grouping_of(extractor: Extractor, sentence: str, members: set[str]) -> None:
    assert {s for s, _, _, _ in _facts(_sheet(extractor, sentence), "member_of")} == members


@pytest.mark.parametrize("text, expected", [
    ("SADC members Angola, Botswana and Lesotho sent troops to the mission.",
     {("Angola", "Southern African Development Community"), ("Botswana", "Southern African Development Community"),
      ("Lesotho", "Southern African Development Community")}),
    ("Chile and Peru are members of the Mercosur bloc of trading nations, together with Ecuador and Bolivia.",
     {("Chile", "Mercosur"), ("Peru", "Mercosur"), ("Ecuador", "Mercosur"), ("Bolivia", "Mercosur")}),
    ("Croatia, a member of NATO since 2009 and of the European Union since 2013, hosts the drills.",
     {("Croatia", "NATO"), ("Croatia", "European Union")}),
    ("The Arctic Council still formally includes Russia alongside Norway, Finland and Iceland.",
     {("Russia", "Arctic Council"), ("Norway", "Arctic Council"), ("Finland", "Arctic Council"),
      ("Iceland", "Arctic Council")}),
    # the drills' participants, not the ministry's members
    ("According to a list published by the Latvian Defence Ministry, the participants include Estonia and Poland.",
     set()),
    # some of the states named before, not all of them
    ("The pact was signed by Chile, Peru, Bolivia and Ecuador. Two of the four states are Mercosur members.", set()),
])
def test_members_named_bare_alongside_or_after_a_second_body(extractor: Extractor, text: str,
                                                              expected: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "member_of")} == expected


def test_a_body_named_after_the_organisation_it_is_part_of(extractor: Extractor) -> None:
    text = ("The U.N. Security Council extended the mandate of the United Nations Mission in South Sudan. "
            "The NATO Response Force and the Russian Navy stood by.")
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "part_of")} == {
        ("United Nations Security Council", "United Nations"), ("United Nations Mission in South Sudan", "United Nations"),
        ("NATO Response Force", "NATO")}


@pytest.mark.parametrize("sentence, applicant", [
    ("Albania is a candidate for European Union membership, having applied in 2009.", "Albania"),
    ("Moldova is an EU candidate country.", "Moldova"),
    ("Ivo Petrov is a candidate for president of Serbia.", None),
])
def test_a_candidate_for_membership_has_applied(extractor: Extractor, sentence: str, applicant: str | None) -> None:
    facts = _facts(_sheet(extractor, sentence), "applied_for_membership_of")
    assert facts == ({(applicant, "applied_for_membership_of", "European Union", "asserted")} if applicant else set())


def test_places_after_a_compass_adjective(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Nordic Shield 2026 drills were held in northern Norway, Sweden and Finland.")
    assert {o for _, _, o, _ in _facts(sheet, "exercise_located_in")} == {"Norway", "Sweden", "Finland"}


def test_a_singular_relative_clause_is_about_the_last_of_a_list(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Chile and Peru, which is hosting a portion of the Condor 2026 exercise, met today.")
    assert {s for s, _, _, _ in _facts(sheet, "hosts_exercise")} == {"Peru"}


def test_the_ministry_said_means_the_last_ministry(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Chinese Defence Ministry said the drills would start on Monday. The Russian "
                              "Pacific Fleet sent three destroyers to the drills. Chinese troops will also take "
                              "part in the Peace Mission-2025 drills in Kazakhstan, the ministry said.")
    assert {s for s, _, _, _ in _facts(sheet, "said")} == {"Chinese Defence Ministry"}


def test_status_of_the_organisation_the_text_is_about(extractor: Extractor) -> None:
    """"joined the alliance", "became members in 2017", "remain observers": the organisation named before."""
    sheet = _sheet(extractor, "NATO held a summit in Vilnius. Finland joined the alliance in April 2023.\n\n"
                              "The SCO met in Astana. India and Pakistan became members in 2017. Afghanistan and "
                              "Mongolia remain observers. Turkey became a dialogue partner in 2012.")
    assert {(s, r, o) for s, r, o, _ in _facts(sheet)} >= {
        ("Finland", "member_of", "NATO"),
        ("India", "member_of", "Shanghai Cooperation Organisation"),
        ("Pakistan", "member_of", "Shanghai Cooperation Organisation"),
        ("Afghanistan", "observer_of", "Shanghai Cooperation Organisation"),
        ("Mongolia", "observer_of", "Shanghai Cooperation Organisation"),
        ("Turkey", "partner_of", "Shanghai Cooperation Organisation")}


def test_an_organisations_partners_listed_are_partners(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "ASEAN's dialogue partners include the US, China and India."))
    assert {(s, r) for s, r, _, _ in facts} == {("United States", "partner_of"), ("China", "partner_of"),
                                               ("India", "partner_of")}


def test_host_as_a_noun_in_a_list(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Russia, Belarus and host Kyrgyzstan sent contingents to the Cobalt Shield 2026 "
                              "exercise.")
    assert {s for s, _, _, _ in _facts(sheet, "hosts_exercise")} == {"Kyrgyzstan"}
    assert {s for s, _, _, _ in _facts(sheet, "participates_in_exercise")} == {"Russia", "Belarus", "Kyrgyzstan"}


def test_the_host_country_in_a_list_is_no_verb(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Chile will join the Cobalt Shield 2026 exercise next month. Its marines will train "
                              "at the Pinto range alongside troops from Peru, Ecuador and the host country.")
    assert {s for s, _, _, _ in _facts(sheet, "participates_in_exercise")} == {"Chile", "Peru", "Ecuador"}
    assert not _facts(sheet, "hosts_exercise")
    # the range the marines will train at places it; "the host country" names no state to place it in
    assert {o for _, _, o, _ in _facts(sheet, "exercise_located_in")} == {"Pinto range"}


def test_participants_named_as_navies_of_and_hosts_named_by_adjective(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Sea Lance 2026 drills began on Monday. Among the first-time participants are "
                              "the navies of Chile, Peru and Ecuador. Navies and coast guards from Brunei and Laos "
                              "joined their Philippine hosts.")
    assert {s for s, _, _, _ in _facts(sheet, "participates_in_exercise")} == {
        "Chile", "Peru", "Ecuador", "Brunei", "Laos", "Philippines"}
    assert {s for s, _, _, _ in _facts(sheet, "hosts_exercise")} == {"Philippines"}


@pytest.mark.parametrize(("text", "name"), [
    ("The bloc on Monday began ROCKFALL 26, the largest naval exercise it has ever held.", "ROCKFALL 26"),
    ("The drills resumed this year. The second edition, Blue Wall 03, opened on Monday off Tumbes.", "Blue Wall 03"),
])
def test_a_name_with_a_short_number_beside_the_exercise_noun(extractor: Extractor, text: str, name: str) -> None:
    assert name in {e.label for e in _sheet(extractor, text).entities if e.type is EntityType.EXERCISE}


def test_a_town_the_gazetteer_lacks_where_an_exercise_takes_place(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The naval exercise Blue Wall 2026 got under way in Tumbes on Thursday, with a "
                              "landing phase off the coast of Paita.")
    assert {o for _, _, o, _ in _facts(sheet, "exercise_located_in")} == {"Tumbes", "Paita"}


def test_towns_of_a_paragraph_that_names_no_exercise_in_an_article_about_one(extractor: Extractor) -> None:
    text = ("The Blue Wall 2026 exercise opened on Monday.\n\n"
            "Training will take place in Tumbes and Paita in northern Peru and around Arica in Chile.")
    facts = _facts(_sheet(extractor, text), "part_of")
    assert {("Tumbes", "part_of", "Peru", "asserted"), ("Paita", "part_of", "Peru", "asserted"),
            ("Arica", "part_of", "Chile", "asserted")} <= facts


def test_the_owner_in_an_apposition_is_no_subject_nor_list_item(extractor: Extractor) -> None:
    text = ("Mongolian and Kazakh troops opened the Steppe Eagle 2026 drills on Monday.\n\n"
            "China, Mongolia's largest trading partner, is not taking part in the drills.\n\n"
            "The two countries held a similar exercise, Steppe Eagle 2024, near Ulaanbaatar two years ago.")
    facts = _facts(_sheet(extractor, text, date="2026-06-10"))
    assert ("China", "participates_in_exercise", "Steppe Eagle 2026", "negated") in facts
    assert ("Mongolia", "participates_in_exercise", "Steppe Eagle 2026", "negated") not in facts
    # "the two countries": the pair whose troops opened the article, not "China, Mongolia's"
    assert {("Mongolia", "organizes_exercise", "Steppe Eagle 2024", "asserted"),
            ("Kazakhstan", "organizes_exercise", "Steppe Eagle 2024", "asserted")} <= facts
    assert ("China", "organizes_exercise", "Steppe Eagle 2024", "asserted") not in facts


def test_the_founders_of_a_body_that_holds_drills_do_not_hold_the_article_s_exercise(extractor: Extractor) -> None:
    text = ("The Steppe Eagle 2026 drills opened on Monday.\n\n"
            "Both countries belong to the SCO, which was founded in 2001 by China, Russia and Kazakhstan and "
            "regularly holds joint anti-terror drills.")
    facts = _facts(_sheet(extractor, text, date="2026-06-10"))
    assert not {f for f in facts if f[1] in ("participates_in_exercise", "organizes_exercise")}


def test_a_lead_on_exercises_in_a_place_next_week_is_on_the_one_named_after(extractor: Extractor) -> None:
    text = ("SOFIA, May 4 - Bulgaria will not take part in military exercises in Romania next week, Defence Minister "
            "Ivo Petrov said on Monday.\n\n"
            'Bulgarian troops had been due to join US and Romanian forces in the "Carpathian Shield 2026" exercise.')
    facts = _facts(_sheet(extractor, text, date="2026-05-04"))
    assert ("Bulgaria", "participates_in_exercise", "Carpathian Shield 2026", "negated") in facts
    assert any(f[:3] == ("Carpathian Shield 2026", "exercise_located_in", "Romania") for f in facts)


def test_exercises_listed_as_parts_leave_the_main_one_current(extractor: Extractor) -> None:
    text = ("The Steppe Eagle-2026 drills will be held in Kazakhstan from June 22 to 27.\n\n"
            "The Steppe Eagle-2026 exercise is hosted by Kazakhstan. Two special exercises, the reconnaissance drill "
            "Falcon-2026 and the logistics drill Convoy-2026, will run in parallel.\n\n"
            "Military observers from Mongolia and China will attend the active phase of the drills.")
    sheet = _sheet(extractor, text, date="2026-06-10")
    assert not any(e.label.startswith("Two") for e in sheet.entities)  # a count, no name
    facts = _facts(sheet, "observer_of")
    assert {s for s, _, o, _ in facts if o == "Steppe Eagle-2026"} == {"Mongolia", "China"}


def test_the_region_a_training_ground_lies_in_is_a_venue_too(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Polar Watch-2026 exercise will be held at the Kola training ground in the "
                                     "Murmansk Region on June 20-24."), "exercise_located_in")
    assert {o for _, _, o, _ in facts} == {"Kola training ground", "Murmansk Region"}


def test_a_headline_s_to_hold_plans_and_a_bracketed_translation_names_the_same_exercise(extractor: Extractor) -> None:
    text = ("Mongolia and Kazakhstan to hold joint exercise near Ulaanbaatar\n\n"
            "A joint tactical exercise of the armed forces of Mongolia and Kazakhstan will be held in June. "
            'The exercise is named "Talyn Bars-2026" ("Steppe Leopard-2026").')
    sheet = _sheet(extractor, text, date="2026-05-10")
    exercises = {e.label for e in sheet.entities if e.type is EntityType.EXERCISE}
    assert exercises == {"Talyn Bars-2026"}  # one exercise, the translation one of its names
    facts = _facts(sheet, "organizes_exercise")
    assert ("Mongolia", "organizes_exercise", "Talyn Bars-2026", "planned") in facts
    assert not any(m == "asserted" for _, _, _, m in facts)


def test_officers_invited_to_observe_the_named_exercise_and_the_force_it_will_involve(extractor: Extractor) -> None:
    text = ("Mongolian officers will also be invited to observe the CSTO's Frontier-2027 exercise, which will involve "
            "the organization's Collective Rapid Reaction Forces.")
    facts = _facts(_sheet(extractor, text, date="2026-12-01"))
    assert ("Mongolia", "observer_of", "Frontier-2027", "planned") in facts
    assert ("CSTO Collective Rapid Reaction Force", "participates_in_exercise", "Frontier-2027", "planned") in facts


def test_the_states_a_body_is_named_of(extractor: Extractor) -> None:
    text = "Troops gathered near the western borders of the Union State of Belarus and Russia."
    assert _facts(_sheet(extractor, text), "member_of") == {("Belarus", "member_of", "Union State", "asserted"),
                                                             ("Russia", "member_of", "Union State", "asserted")}
    assert not _facts(_sheet(extractor, "A summit of NATO and the EU was held in Brussels."), "member_of")


def test_a_quoted_name_the_apposition_after_it_calls_an_exercise(extractor: Extractor) -> None:
    text = ("In May 2024, Moldova and the European Union jointly organised \u201cMoldova 2024\u201d, the largest civil "
            "emergency exercise ever held in the country, in Ungheni.")
    facts = _facts(_sheet(extractor, text))
    assert {("Moldova", "organizes_exercise", "Moldova 2024", "asserted"),
            ("Moldova 2024", "exercise_located_in", "Ungheni", "asserted"),
            ("Moldova 2024", "exercise_date", "2024-05", "asserted")} <= facts


@pytest.mark.parametrize("text, venue", [
    ("Kazakh units have arrived in Kyrgyzstan to take part in the joint exercise Steppe Eagle-2026.", "Kyrgyzstan"),
    (("The Steppe Eagle-2026 drills began. The defence ministry added that the next Steppe Eagle exercise would "
      "be held on Kazakh territory in 2027."), "Kazakhstan"),
])
def test_where_units_arrive_to_take_part_and_a_state_s_territory_are_venues(extractor: Extractor, text: str,
                                                                            venue: str) -> None:
    assert venue in {o for _, _, o, _ in _facts(_sheet(extractor, text), "exercise_located_in")}


def test_a_region_named_after_a_direction_and_its_state_s_possessive_is_a_venue(extractor: Extractor) -> None:
    text = "The Frontier-2026 drills will be held in northwest Kazakhstan's West Kazakhstan Region from July 18 to 24."
    venues = {o for _, _, o, _ in _facts(_sheet(extractor, text), "exercise_located_in")}
    assert "West Kazakhstan Region" in venues


def test_a_training_area_in_a_state_is_part_of_it(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Blue Wall 2026 drills will be held at the Mejillones training area in "
                                     "northern Chile and at the Tumbes training range in Peru's Tumbes Region."))
    assert ("Mejillones training area", "part_of", "Chile", "asserted") in facts
    assert ("Tumbes training range", "part_of", "Peru", "asserted") not in facts  # in the region, which the text names


@pytest.mark.parametrize("sentence", [
    "The Blue Wall 2026 drills are no threat, Ivo Petrov told reporters in Tumbes.",
    "The Blue Wall 2026 drills are no threat, said a senior fellow at the Lowy Institute.",
    "The Blue Wall 2026 drills began in March in the Pacific.",
    "Chile will hold the Blue Wall 2026 exercise in the Aegean city of Izmir.",  # Izmir, not "Aegean"
])
def test_no_venue_where_someone_speaks_or_works(extractor: Extractor, sentence: str) -> None:
    venues = {o for _, _, o, _ in _facts(_sheet(extractor, sentence), "exercise_located_in")}
    assert venues <= {"Izmir"}


def test_exercise_as_the_head_of_a_name_is_no_title(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Bloc's Second Solidarity Exercise Sails Into Rough Waters\n"
                              "Japan sent troops during Exercise Talisman Sabre 2025.")
    exercises = {e.label for e in sheet.entities if e.type is EntityType.EXERCISE}
    assert "Talisman Sabre 2025" in exercises
    assert not any("Sails" in label for label in exercises)


def test_ships_deployed_vessels_by_adjective_and_states_not_invited(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Sea Lance 2026 drills began on Monday. Canada deployed the frigate HMCS Regina "
                              "to the same drills. Japanese and Chilean uncrewed vessels will take part. China has "
                              "not been invited.")
    facts = _facts(sheet, "participates_in_exercise")
    assert {(s, m) for s, _, _, m in facts} == {("Canada", "asserted"), ("HMCS Regina", "asserted"),
                                               ("Japan", "planned"), ("Chile", "planned"), ("China", "negated")}


def test_an_earlier_years_exercise_named_in_passing_does_not_take_over(extractor: Extractor) -> None:
    text = ("The Sea Lance 2026 drills began on Monday. Sea Lance 2026 is the largest yet. The four navies last "
            "sailed together in Blue Wall 2024. Chile and Peru have sent ships.")
    facts = _facts(_sheet(extractor, text), "participates_in_exercise")
    assert {(s, o) for s, _, o, _ in facts} == {("Chile", "Sea Lance 2026"), ("Peru", "Sea Lance 2026")}


def test_a_past_tense_sentence_right_after_an_earlier_exercise_is_about_it(extractor: Extractor) -> None:
    text = ("The Sea Lance 2026 drills began on Monday. Sea Lance 2026 is the largest yet. The bloc held its "
            "previous naval drills, Blue Wall 2024, in the Coral Sea. Troops from Chile and Peru took part.")
    facts = _facts(_sheet(extractor, text), "participates_in_exercise")
    assert {(s, o) for s, _, o, _ in facts} == {("Chile", "Blue Wall 2024"), ("Peru", "Blue Wall 2024")}


@pytest.mark.parametrize(("text", "organisers"), [
    ("Chile and Peru, which form a customs union, will hold the Sea Lance 2026 drills near Arica.",
     {"Chile", "Peru"}),
    ("Japan sent troops to Sea Lance 2026, the biennial exercise that Chile and the United States co-organize.",
     {"Chile", "United States"}),
    ("Chile and Peru began the Sea Lance 2026 drills on Monday. Chile has held Sea Lance 2026 with Peru every year "
     "since 2016.", {"Chile", "Peru"}),
    ("The Prut Guard 2026 drills start on Monday. It is co-organized by U.S. Army Europe and Africa and the "
     "Moldovan National Army.", {"U.S. Army Europe and Africa", "Moldovan National Army"}),
    ("Peru hosts the Sea Lance 2026 exercise, co-sponsored by U.S. Southern Command.", {"U.S. Southern Command"}),
    ("The Sea Lance 2026 exercise, sponsored by the Chilean Navy and coordinated by the Peruvian Navy, opened on "
     "Monday.", {"Chilean Navy", "Peruvian Navy"}),
])
def test_organisers_past_a_relative_clause_before_it_and_with_a_partner(extractor: Extractor, text: str,
                                                                       organisers: set[str]) -> None:
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "organizes_exercise")} == organisers


def test_a_relative_clauses_negation_is_not_the_verbs(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Sea Lance 2026 drills began on Monday. Chile, which is not a NATO member, "
                                     "has sent two frigates. Peru, which is not an EU member, has sent a small team "
                                     "of officers as observers."))
    assert ("Chile", "participates_in_exercise", "Sea Lance 2026", "asserted") in facts
    assert ("Peru", "observer_of", "Sea Lance 2026", "asserted") in facts
    assert not any(s == "Peru" for s, r, _, _ in facts if r == "participates_in_exercise")


def test_states_not_invited_past_a_relative_clause(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Sea Lance 2026 drills began on Monday. Chile and Peru, which share borders "
                                     "with Bolivia, were not invited. Ecuador, whose government has been barred from "
                                     "the bloc's summits since 2021, will not take part."), "participates_in_exercise")
    assert facts == {(state, "participates_in_exercise", "Sea Lance 2026", "negated")
                     for state in ("Chile", "Peru", "Ecuador")}


def test_an_apposition_with_since_is_no_talk_of_the_series(extractor: Extractor) -> None:
    # "since" marks a series ("held since 2003"), but not inside an apposition of the subject
    sheet = _sheet(extractor, "The Cobalt Shield 2026 exercise began on Monday. Hungary, a member of the alliance "
                              "since 1999, is not taking part.")
    assert ("Hungary", "participates_in_exercise", "Cobalt Shield 2026", "negated") in _facts(sheet)


def test_only_what_is_sent_from_a_state_takes_part(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Cobalt Shield 2026 exercise drew ships and aircraft from Chile. Peru is "
                              "buying arms from France for the Cobalt Shield 2026 drills.")
    assert "France" not in {s for s, _, _, _ in _facts(sheet, "participates_in_exercise")}
    assert "Chile" in {s for s, _, _, _ in _facts(sheet, "participates_in_exercise")}


def test_a_state_before_an_apposition_speaks(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Armenia, one of the six founding members of the CSTO, announced in February that "
                              "it had frozen its participation.")
    facts = {(s, r, o) for s, r, o, _ in _facts(sheet)}
    assert ("Armenia", "said", "it had frozen its participation") in facts
    assert ("Armenia", "member_of", "Collective Security Treaty Organization") in facts


@pytest.mark.parametrize("sentence, person, position", [
    ('"The drones are ready," Commodore Ann Vale, the navy\'s director of autonomous warfare, told reporters.',
     "Ann Vale", "Commodore"),
    ("Foreign Secretary Tom Hale said the pact was vital.", "Tom Hale", "Foreign Secretary"),
    ("Vice Adm. Ivo Petrov said the drills began.", "Ivo Petrov", "Vice Admiral"),
    # surnames with particles, and names of four words
    ("Defence Minister Marta van der Linde said the drills began.", "Marta van der Linde", "Defence Minister"),
    ("Vice-Admiral Paulo Ramos de Castro said the drills began.", "Paulo Ramos de Castro", "Vice-Admiral"),
    ("Prime Minister Omar Hadi al-Rashid said the drills began.", "Omar Hadi al-Rashid", "Prime Minister"),
    ("President Ana Maria Lopes Silva said the drills began.", "Ana Maria Lopes Silva", "President"),
    # a portfolio that goes on after "and", and an honorific before the name
    ("The Minister of Defence and Veterans Affairs, Hon. Tomas Vale, said the drills began.", "Tomas Vale",
     "Minister of Defence and Veterans Affairs"),
    ("The Minister of Foreign Affairs and Cooperation, Mr Ivo Banda, said the drills began.", "Ivo Banda",
     "Minister of Foreign Affairs and Cooperation"),
    ("Dr Ana Kovac, a senior lecturer at the University of Zagreb, said the drills began.", "Ana Kovac",
     "senior lecturer at the University of Zagreb"),
    ("Ivo Petrov, a maritime security analyst at the Black Sea Institute, said the drills began.", "Ivo Petrov",
     "maritime security analyst at the Black Sea Institute"),
])
def test_more_titles_name_people(extractor: Extractor, sentence: str, person: str, position: str) -> None:
    facts = _facts(_sheet(extractor, sentence))
    assert (person, "holds_position", position, "asserted") in facts
    assert person in {s for s, r, _, _ in facts if r == "said"}


def test_facts_of_an_exercise_dated_after_the_page_are_planned(extractor: Extractor) -> None:
    text = ("The Nordic Anvil 2026 exercise opens in Estonia. The drills run from June 3 to June 20. "
            "Participants include Belgium and Denmark.")
    planned = _sheet(extractor, text, date="2026-05-10")
    assert {m for _, _, _, m in _facts(planned)} == {"planned"}
    held = _sheet(extractor, text, date="2026-07-01")  # the same words after the drills: as they stand
    assert {m for _, _, _, m in _facts(held)} == {"asserted"}
    began = _sheet(extractor, text.replace("run from", "began on").replace(" to June 20", ""), date="2026-05-10")
    assert {m for _, _, _, m in _facts(began)} == {"asserted"}  # the text says they happened
    ending = _sheet(extractor, "Belgium and Denmark are taking part in the Nordic Anvil 2026 drills, which are "
                               "scheduled to end on June 20.", date="2026-06-10")  # under way: an end date
    assert ("Belgium", "participates_in_exercise", "Nordic Anvil 2026", "asserted") in _facts(ending)


def test_according_to_the_ministry_means_the_last_ministry(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Belarusian Defence Ministry said the drills would start on Monday. Kazakhstan "
                              "has been invited to send observers, according to the ministry.")
    assert ("Belarusian Defence Ministry", "said", "Kazakhstan has been invited to send observers",
            "asserted") in _facts(sheet)


def test_organisations_as_observers_and_an_invitation_is_planned(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Observers from the United Nations, the European Union and Chile have been invited "
                              "to the Cobalt Shield 2026 exercise.")
    assert _facts(sheet, "observer_of") == {(o, "observer_of", "Cobalt Shield 2026", "planned")
                                            for o in ("United Nations", "European Union", "Chile")}


def test_members_listed_after_a_dash_and_a_signed_partnership(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The four members of the Quad – Australia, India, Japan, and the United States – met "
                              "in Tokyo. The European Union and Chile signed a security and defence partnership.")
    assert {s for s, _, _, _ in _facts(sheet, "member_of")} == {"Australia", "India", "Japan", "United States"}
    assert ("European Union", "signed_agreement_with", "Chile", "asserted") in _facts(sheet)


def test_capital_that_applies_a_named_partnership_and_the_date_of_an_application(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Kyiv applied to join NATO in 2022. The EU and Japan signed the Security "
                                     "and Defence Partnership in Tokyo."))
    assert ("Ukraine", "applied_for_membership_of", "NATO", "asserted") in facts
    assert {o for s, r, o, _ in facts if r == "agreement_party"} == {"European Union", "Japan"}
    sheet = _sheet(extractor, "Moldova applied for EU membership in March 2022, days after its neighbour.")
    assert [(f.relation, f.time) for f in sheet.facts] == [("applied_for_membership_of", "2022-03")]


def test_host_organiser_place_and_dates(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Mongolia will host the Khaan Quest 2026 drills. Frontier Shield-2025, a "
                                     "joint exercise of the CSTO, will be held at the Lokot training ground on "
                                     "June 2-9."))
    assert ("Mongolia", "hosts_exercise", "Khaan Quest 2026", "planned") in facts
    assert ("Khaan Quest 2026", "exercise_located_in", "Mongolia", "planned") in facts  # the host nation
    assert ("Collective Security Treaty Organization", "organizes_exercise", "Frontier Shield-2025",
            "planned") in facts
    assert ("Frontier Shield-2025", "exercise_located_in", "Lokot training ground", "planned") in facts
    assert ("Frontier Shield-2025", "exercise_date", "2025-06-02/2025-06-09", "planned") in facts


def test_quoted_exercise_name_gets_the_articles_year(extractor: Extractor) -> None:
    sheet = _sheet(extractor, 'The upcoming drills, dubbed "Northern Shield," will be held in Estonia.')
    assert ("Northern Shield 2026", "exercise_located_in", "Estonia", "planned") in _facts(sheet)
    assert any("Northern Shield" in e.mentions for e in sheet.entities)


def test_series_sentences_do_not_attach_to_the_current_iteration(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Amber Dawn-2026 drills began on Monday in Latvia. The first were held in "
                              "2019 in Lithuania.")
    assert ("Amber Dawn-2026", "exercise_located_in", "Lithuania", "asserted") not in _facts(sheet)
    assert ("Amber Dawn-2026", "exercise_located_in", "Latvia", "asserted") in _facts(sheet)


# -- agreements, founding, geography ----------------------------------------------------------------------

def test_signed_agreement_parties_and_date(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Moldova signed the Defence Cooperation Agreement with Romania on "
                                     "March 3, 2021."))
    assert ("Defence Cooperation Agreement", "agreement_party", "Moldova", "asserted") in facts
    assert ("Defence Cooperation Agreement", "agreement_party", "Romania", "asserted") in facts
    assert ("Moldova", "signed_agreement_with", "Romania", "asserted") in facts
    assert ("Defence Cooperation Agreement", "agreement_date", "2021-03-03", "asserted") in facts


def test_counted_agreements_with_a_partner(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Georgia has signed two agreements with NATO, among them an Individual "
                                     "Partnership Action Plan (IPAP)."))
    assert ("Georgia", "signed_agreement_with", "NATO", "asserted") in facts
    assert ("Individual Partnership Action Plan", "agreement_party", "Georgia", "asserted") in facts


def test_founding_date(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Eurasian Economic Union was established in 2015 by Russia, Belarus "
                                     "and Kazakhstan."))
    assert ("Eurasian Economic Union", "founded_in", "2015", "asserted") in facts
    assert ("Eurasian Economic Union", "founded_by", "Belarus", "asserted") in facts


def test_possessive_state_makes_a_place_part_of_it(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Amber Dawn-2026 drills took place in Russia's Pskov Oblast."))
    assert ("Pskov Oblast", "part_of", "Russia", "asserted") in facts


@pytest.mark.parametrize("sentence, parts", [
    ("Sappers bridged a river near Tarnoka, Velmar County, during the night.", {("Tarnoka", "Velmar County")}),
    ("The patrol command will be based in Oruka, Delta State, the navy said.", {("Oruka", "Delta State")}),
    # the division lies in its state; the part_of is no plan, though the exercise is
    ("The Grey Heron 2026 drills will be held in Brask, Nordvik Region, Norway, in March.",
     {("Brask", "Nordvik Region"), ("Nordvik Region", "Norway")}),
    # lists, not a town and its division
    ("Troops deployed in the Urals, the Volga region and Siberia.", set()),
    ("Troops deployed in Tarnoka, Velmar County and Oruka.", set()),
    ("Troops from Chile, Magallanes Region, took part.", set()),
])
def test_a_town_named_with_its_division_is_part_of_it(extractor: Extractor, sentence: str,
                                                      parts: set[tuple[str, str]]) -> None:
    facts = _facts(_sheet(extractor, sentence), "part_of")
    assert {(s, o) for s, _, o, _ in facts} == parts
    assert {m for _, _, _, m in facts} <= {"asserted"}


@pytest.mark.parametrize("sentence, parts", [
    # where a body is seated: a town of the state all the same
    ("The command, headquartered in Oruka, Portugal, leads the mission.", {("Oruka", "Portugal")}),
    ("The tanks will be assembled in Brask, southern Poland, by a local firm.", {("Brask", "Poland")}),
    ("The drills include a winter campaign in Velmar, Norway's northernmost county.", {("Velmar", "Norway")}),
    ("The drill will take place in the Honduran Caribbean port city of Tarnoka.", {("Tarnoka", "Honduras")}),
    # a place the gazetteer knows, of the state whose people's adjective describes it
    ("Troops landed in the French Pacific territory of New Caledonia.", {("New Caledonia", "France")}),
    # after a place the gazetteer knows, a list
    ("Submarines slip through the gap between Greenland, Iceland and the United Kingdom.", set()),
])
def test_a_town_of_a_state_the_text_names_beside_it(extractor: Extractor, sentence: str,
                                                    parts: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, sentence), "part_of")} == parts


def test_where_a_command_is_headquartered_is_no_venue(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Steel Lance 2026 exercise in Latvia is directed by a command "
                                     "headquartered in Oruka, Portugal."))
    assert ("Oruka", "part_of", "Portugal", "asserted") in facts
    assert {o for s, r, o, _ in facts if r == "exercise_located_in"} == {"Latvia"}


def test_a_venue_named_after_its_kind_and_described(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Some 2,400 troops on Monday began Southern Star 2026, a multinational "
                                     "exercise in the French Pacific territory of New Caledonia."))
    assert ("Southern Star 2026", "exercise_located_in", "New Caledonia", "asserted") in facts


def test_bodies_are_part_of_their_organisation(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Moldova sent a delegation to the CSTO Parliamentary Assembly."))
    assert ("CSTO Parliamentary Assembly", "part_of", "Collective Security Treaty Organization", "asserted") in facts


@pytest.mark.parametrize(("sentence", "unit", "owner"), [
    ("Russia's Northern Fleet, based in Severomorsk, began a snap drill on Monday.", "Northern Fleet", "Russia"),
    ("The drills are run by NATO's Allied Land Command.", "Allied Land Command", "NATO"),
    ("Romania's 4th Infantry Division sent a company.", "4th Infantry Division", "Romania"),
    ("The United States' Pacific Fleet sent two destroyers.", "Pacific Fleet", "United States"),
])
def test_possessive_owner_makes_a_unit_part_of_it(extractor: Extractor, sentence: str, unit: str,
                                                  owner: str) -> None:
    sheet = _sheet(extractor, sentence)
    assert (unit, "part_of", owner, "asserted") in _facts(sheet, "part_of")
    assert unit in {e.label for e in sheet.entities if e.type is EntityType.MILITARY_UNIT}


@pytest.mark.parametrize(("sentence", "body", "kind"), [
    ("The drills are organised by the ECOWAS Commission in Abuja.", "ECOWAS Commission", EntityType.ORGANIZATION),
    ("Chile will host the drills, according to the CSTO Secretariat.", "CSTO Secretariat", EntityType.ORGANIZATION),
    ("The plan was approved by the ECOWAS Authority of Heads of State and Government.",
     "ECOWAS Authority of Heads of State and Government", EntityType.ORGANIZATION),
    ("The SCO Regional Anti-Terrorist Structure is based in Tashkent.", "SCO Regional Anti-Terrorist Structure",
     EntityType.ORGANIZATION),
    ("Units of the ECOWAS Standby Force took part.", "ECOWAS Standby Force", EntityType.MILITARY_UNIT),
])
def test_a_body_named_by_its_organisation_is_part_of_it(extractor: Extractor, sentence: str, body: str,
                                                         kind: EntityType) -> None:
    sheet = _sheet(extractor, sentence)
    [fact] = [f for f in sheet.facts if f.relation == "part_of"]
    assert fact.subject == body
    assert fact.object in {"Economic Community of West African States", "Collective Security Treaty Organization",
                           "Shanghai Cooperation Organisation"}
    assert {e.type for e in sheet.entities if e.label == body} == {kind}


def test_no_body_without_its_head_noun(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The NATO summit in Vilnius ended. NATO Secretary General Ana Kovac said it went well.")
    assert not _facts(sheet, "part_of")


def test_a_unit_of_a_unit(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The drills were hosted by the Indian Navy’s Eastern Naval Command."), "part_of")
    assert ("Eastern Naval Command", "part_of", "Indian Navy", "asserted") in facts


def test_a_demonym_does_not_make_a_unit_part_of_a_state(extractor: Extractor) -> None:
    # the dev corpus's convention: "the Indian Navy" is a unit, not a stated part of India
    assert not _facts(_sheet(extractor, "The Indian Navy and the 101st Airborne Division took part."), "part_of")


def test_the_owned_unit_not_its_owner_organises(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Iron Gate 2026 exercise is being run by NATO's Allied Land Command."))
    assert ("Allied Land Command", "organizes_exercise", "Iron Gate 2026", "asserted") in facts
    assert not any(s == "NATO" for s, r, _, _ in facts if r == "organizes_exercise")


def test_structure_is_reported_where_its_sentence_is_and_never_planned(extractor: Extractor) -> None:
    text = ("Instructors from Norway's Special Operations Command are also involved, according to "
            "two security sources.\n"
            "The Amber Dawn-2026 drills will be held in the Pskov Region in Russia's northwest.")
    facts = _facts(_sheet(extractor, text), "part_of")
    assert ("Special Operations Command", "part_of", "Norway", "reported") in facts
    assert ("Pskov Region", "part_of", "Russia", "asserted") in facts


# -- people and speech --------------------------------------------------------------------------------------

def test_person_with_demonym_and_role(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Estonian defence analyst Ivo Petrov said that the drills were a warning to Moscow.")
    facts = _facts(sheet)
    assert ("Ivo Petrov", "holds_position", "defence analyst", "asserted") in facts
    assert ("Ivo Petrov", "nationality", "Estonia", "asserted") in facts
    assert ("Ivo Petrov", "said", "the drills were a warning to Moscow", "asserted") in facts


def test_then_minister_of_a_state(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Then-Latvian Foreign Minister Janis Ozols told reporters on Monday that "
                                     "Riga would send troops."))
    assert ("Janis Ozols", "holds_position", "Foreign Minister of Latvia", "asserted") in facts
    assert ("Janis Ozols", "said", "Riga would send troops", "asserted") in facts


def test_direct_quote_fragments_join_and_pronoun_speaker(extractor: Extractor) -> None:
    text = ('Prime Minister Ana Kovac visited the base.\n'
            '"We are ready to help our allies," she said. "Our soldiers train every day."')
    said = [f for f in _sheet(extractor, text).facts if f.relation == "said"]
    assert len(said) == 1
    assert said[0].subject == "Ana Kovac"
    assert said[0].object == "We are ready to help our allies … Our soldiers train every day."


def test_according_to_and_trailing_attribution(extractor: Extractor) -> None:
    text = ("Defence Minister Ana Kovac spoke in Tallinn.\n"
            "According to Kovac, the brigade will move east next year.\n"
            "The border is calm, she said in her address to parliament.")
    facts = _facts(_sheet(extractor, text), "said")
    assert ("Ana Kovac", "said", "the brigade will move east next year", "asserted") in facts
    assert ("Ana Kovac", "said", "The border is calm", "asserted") in facts


@pytest.mark.parametrize("text, speaker, words", [
    ('"Every drill brings them closer," said Dr. Ana Kovac Marin, a lecturer at the University of Split.',
     "Ana Kovac Marin", "Every drill brings them closer"),
    ('"The base is a bet," says Colonel (ret.) Ivo Petrov, a former defence attache in Sofia.', "Ivo Petrov",
     "The base is a bet"),
    ('According to Jan Berg, a retired rear admiral who served in the Baltic, the radar "could track every ship."',
     "Jan Berg", 'the radar "could track every ship."'),
    ("Latvia can field 40,000 reservists, Defence Minister Ivo Petrov said last week, a figure that the "
     "opposition in Riga disputes.",
     "Ivo Petrov", "Latvia can field 40,000 reservists"),
])
def test_speakers_past_an_honorific_a_retired_rank_or_an_apposition_and_words_before_a_described_figure(
        extractor: Extractor, text: str, speaker: str, words: str) -> None:
    said = {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "said")}
    assert said == {(speaker, words)}


# The office, not the rank, where the text gives both: the independent held-out sheets never note a rank beside an
# office (and dev notes a rank only alone: "Russian Colonel X said")
@pytest.mark.parametrize("text, expected", [
    # (in full, as the sentence ends with it)
    ('"We train together," said Lieutenant General Ivo Petrov, head of the Latvian Joint Headquarters.',
     {"head of the Latvian Joint Headquarters"}),
    ("Senior Colonel Ivo Petrov, a spokesman for Latvia's defence ministry, told reporters it was routine.",
     {"spokesman for Latvia's defence ministry"}),
    ('"Crime knows no border," said Rear Admiral Ivo Petrov, the commander of U.S. 4th Fleet.',
     {"commander of U.S. 4th Fleet"}),
    # the position once, in full, where the sentence gives it in two forms
    ("Colonel Ivo Petrov, commander of the Lapland Air Command at Rovaniemi, told reporters it was routine.",
     {"commander of the Lapland Air Command at Rovaniemi"}),
    ('Rear Admiral Ivo Petrov, commander of the U.S. Navy\'s Carrier Strike Group 9, said it sent "a message".',
     {"commander of the U.S. Navy's Carrier Strike Group 9"}),
    ('"We are ready," said Lieutenant General Ivo Petrov, the Vice Chief of the Defence Forces, on Monday.',
     {"Vice Chief of the Defence Forces"}),
    ("Latvian Defence Minister General Ivo Petrov signed the deal.", {"Defence Minister of Latvia"}),
    # a rank alone, or beside a description that is no office, is the position
    ("Latvian Colonel Ivo Petrov said the drills went well.", {"Colonel"}),
    ("Lieutenant General Ivo Petrov, a senior officer from Latvia, said the units had arrived.",
     {"Lieutenant General", "senior officer"}),
])
def test_a_ranked_persons_apposition_gives_the_office_not_the_rank(extractor: Extractor, text: str,
                                                                   expected: set[str]) -> None:
    assert {o for s, _, o, _ in _facts(_sheet(extractor, text), "holds_position") if s == "Ivo Petrov"} == expected


def test_second_hand_quotes_are_reported(extractor: Extractor) -> None:
    text = 'Reuters quoted Kremlin spokesman Ivan Sokolov as saying: "The drills threaten nobody at all."'
    said = [f for f in _sheet(extractor, text).facts if f.relation == "said"]
    assert [(f.subject, f.modality) for f in said] == [("Ivan Sokolov", Modality.REPORTED)]


@pytest.mark.parametrize("text, speaker, words", [
    ("The drills will last two weeks, Defence Minister Ivo Petrov was quoted as saying.", "Ivo Petrov",
     "The drills will last two weeks"),
    (("The Joint Staff briefed reporters in Sofia. The drills will include a cyber phase, the Joint Staff was "
      "quoted as saying."), "Joint Staff", "The drills will include a cyber phase"),
    (('"The drills threaten nobody," the commander of the navy, Rear Admiral Ivo Petrov, was quoted as saying by '
      'the BTA news agency.'), "Ivo Petrov", "The drills threaten nobody"),
    ("Foreign Minister Ana Kovac was quoted by the state news agency BTA as saying that Sofia would send more troops.",
     "Ana Kovac", "Sofia would send more troops"),
])
def test_words_one_was_quoted_as_saying_are_relayed(extractor: Extractor, text: str, speaker: str,
                                                    words: str) -> None:
    said = _facts(_sheet(extractor, text), "said")
    assert (speaker, "said", words, "reported") in said


def test_a_speaker_who_goes_on_to_say_more_in_the_same_sentence_made_two_speech_acts(extractor: Extractor) -> None:
    text = ("Prime Minister Ivo Petrov said in May that Sofia had frozen its part in the talks, and this week he said "
            "Bulgaria would leave them. Kremlin spokesman Ivan Sokolov said that Moscow had received no letter from "
            "Sofia, and TASS quoted him as saying that Bulgaria remained a partner.")
    said = _facts(_sheet(extractor, text), "said")
    assert said == {("Ivo Petrov", "said", "Sofia had frozen its part in the talks", "asserted"),
                    ("Ivo Petrov", "said", "Bulgaria would leave them", "asserted"),
                    ("Ivan Sokolov", "said", "Moscow had received no letter from Sofia", "asserted"),
                    ("Ivan Sokolov", "said", "Bulgaria remained a partner", "reported")}


@pytest.mark.parametrize("text, words", [
    ("Defence Minister Ana Kovac said Serbia would leave the bloc but did not specify when.",
     "Serbia would leave the bloc"),
    (("Defence Minister Ana Kovac told lawmakers that Serbia will quit the bloc, the clearest signal yet that "
      "Belgrade is turning west."), "Serbia will quit the bloc"),
    (("Serbia will stay neutral even as it moves closer to the EU, Defence Minister Ana Kovac told AFP on "
      "Wednesday, a day after the bloc opened talks with Belgrade."),
     "Serbia will stay neutral even as it moves closer to the EU"),
])
def test_the_writers_own_words_around_reported_speech_are_not_the_speakers(extractor: Extractor, text: str,
                                                                          words: str) -> None:
    assert _facts(_sheet(extractor, text), "said") == {("Ana Kovac", "said", words, "asserted")}


@pytest.mark.parametrize("text, second", [
    ("Defence Minister Ivo Petrov said the plan was sound, while Foreign Minister Ana Kovac said it needed more work.",
     ("Ana Kovac", "said", "it needed more work", "asserted")),
    (('Ivo Petrov, the Bosniak member of the Presidency, said the plan "keeps Bosnia on the path," while Ana Kovac, '
      'the Croat member of the Presidency, wrote on Twitter that Bosnia had "done its homework."'),
     ("Ana Kovac", "said", 'Bosnia had "done its homework', "asserted")),
])
def test_a_second_speaker_set_against_the_first_in_one_sentence(extractor: Extractor, text: str,
                                                                 second: tuple[str, str, str, str]) -> None:
    said = _facts(_sheet(extractor, text), "said")
    assert second in said
    assert {s for s, _, _, _ in said} == {"Ivo Petrov", "Ana Kovac"}


def test_a_commands_name_with_and_in_it_is_the_office_not_a_state(extractor: Extractor) -> None:
    text = ('"It is a remarkable change," Gen. Ivo Petrov, the commanding general of U.S. Army Europe and Africa, told '
            "reporters on Saturday.")
    facts = _facts(_sheet(extractor, text))
    assert ("Ivo Petrov", "holds_position", "commanding general of U.S. Army Europe and Africa", "asserted") in facts
    assert not any(r == "nationality" for _, r, _, _ in facts)


@pytest.mark.parametrize("text, facts", [
    ("US Army Major General Ivo Petrov said the drills went well.",
     {("Ivo Petrov", "holds_position", "Major General", "asserted"),
      ("Ivo Petrov", "nationality", "United States", "asserted")}),
    ("Ukrainian Navy spokesman Ivo Petrov said the drills went well.",
     {("Ivo Petrov", "holds_position", "Ukrainian Navy spokesman", "asserted")}),
    ("A Turkish officer, Captain Ivo Petrov, said the drills went well.",
     {("Ivo Petrov", "holds_position", "Captain", "asserted"), ("Ivo Petrov", "nationality", "Turkey", "asserted")}),
    ("French Minister for the Armed Forces Ana Kovac signed the agreement.",
     {("Ana Kovac", "holds_position", "Minister for the Armed Forces of France", "asserted"),
      ("Ana Kovac", "nationality", "France", "asserted")}),
])
def test_titles_ranks_and_nationalities_of_officials(extractor: Extractor, text: str,
                                                      facts: set[tuple[str, str, str, str]]) -> None:
    assert {f for f in _facts(_sheet(extractor, text)) if f[1] in ("holds_position", "nationality")} == facts


def test_what_a_speaker_was_doing_set_off_after_the_name_is_no_position(extractor: Extractor) -> None:
    text = ("Foreign Minister Ana Kovac, speaking in Brussels after talks with the alliance's deputy chief, said Serbia "
            "was in no hurry.")
    positions = {o for _, _, o, _ in _facts(_sheet(extractor, text), "holds_position")}
    assert positions == {"Foreign Minister"}


def test_the_body_that_spoke_last_is_it_and_the_alliance(extractor: Extractor) -> None:
    text = ("Some 200 Chilean troops are involved, Chile's Defence Ministry said. It said no live-fire scenarios were "
            "planned. NATO ministers met in Brussels. The flag of Finland will be raised in Brussels on Monday, the "
            "alliance said, but the ceremony will be small.")
    said = {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "said")}
    assert {("Chilean Defence Ministry", "no live-fire scenarios were planned"),
            ("NATO", "The flag of Finland will be raised in Brussels on Monday")} <= said


def test_a_state_that_declared_its_neutrality_said_nothing(extractor: Extractor) -> None:
    text = "Vienna declared permanent neutrality in 1955 and has stayed out of every military bloc since."
    assert not _facts(_sheet(extractor, text), "said")


@pytest.mark.parametrize("text", [
    "Belgrade does not seek membership in either NATO or the CSTO.",
    "Serbia is a neutral country. It does not seek membership in NATO or in the CSTO.",
])
def test_a_state_that_does_not_seek_membership_of_two_bodies(extractor: Extractor, text: str) -> None:
    facts = _facts(_sheet(extractor, text), "applied_for_membership_of")
    assert facts == {("Serbia", "applied_for_membership_of", "NATO", "negated"),
                     ("Serbia", "applied_for_membership_of", "Collective Security Treaty Organization", "negated")}


def test_it_opening_a_sentence_with_an_adverb_is_the_state_before(extractor: Extractor) -> None:
    text = ("Moldova is not a member of NATO. It formally applied for membership in the European Union in March "
            "2022. It cooperates with NATO through the Partnership for Peace.")
    facts = _facts(_sheet(extractor, text))
    assert {("Moldova", "applied_for_membership_of", "European Union", "asserted"),
            ("Moldova", "member_of", "Partnership for Peace", "asserted")} <= facts


def test_a_quotation_and_the_clause_its_speaker_adds_are_one_speech_act(extractor: Extractor) -> None:
    text = ("Ana Kovac, an opposition MP, told the daily Danas that the vote was rushed. \u201cA promise can be "
            "broken. A law cannot,\u201d she said, adding that Serbia should take \u201ca hard look\u201d at "
            "its options.")
    words = "A promise can be broken. A law cannot \u2026 Serbia should take \u201ca hard look\u201d at its options"
    facts = _facts(_sheet(extractor, text))
    assert ("Ana Kovac", "said", words, "asserted") in facts
    assert ("Ana Kovac", "holds_position", "opposition MP", "asserted") in facts


def test_where_an_analyst_is_based_is_no_part_of_the_position(extractor: Extractor) -> None:
    text = '"The drills are a signal to Moscow and to Brussels alike," said Ivo Petrov, a Sofia-based security analyst.'
    facts = _facts(_sheet(extractor, text))
    assert ("Ivo Petrov", "holds_position", "security analyst", "asserted") in facts


def test_he_is_the_person_a_surname_named_last(extractor: Extractor) -> None:
    text = ("Bulgarian Defence Minister Ivo Petrov met Chinese Defence Minister Dong Jun in Sofia. The memorandum "
            "signed by Dong and Petrov covers training. Petrov, who has often said Bulgaria will stay in NATO, called "
            'the talks useful. "This changes nothing about our alliance," he told a news conference.')
    said = _facts(_sheet(extractor, text), "said")
    assert ("Ivo Petrov", "said", "This changes nothing about our alliance", "asserted") in said
    assert not any(s == "Dong Jun" for s, _, _, _ in said)


def test_an_office_of_two_phrases_before_a_rank_not_the_rank(extractor: Extractor) -> None:
    text = "Chief of the General Staff of the Bulgarian Armed Forces Admiral Ivo Petrov said the drills were useful."
    positions = {o for _, _, o, _ in _facts(_sheet(extractor, text), "holds_position")}
    assert positions == {"Chief of the General Staff of the Bulgarian Armed Forces"}  # (the office, not the rank)


def test_a_relative_clause_s_words_and_the_main_verb_s_words_of_one_speaker(extractor: Extractor) -> None:
    text = ("Bulgarian President Rumen Radev met Xi. Radev, who has repeatedly said Bulgaria will stay in NATO, "
            "insisted that the memorandum did not touch the country's defence policy.")
    said = _facts(_sheet(extractor, text), "said")
    assert said == {("Rumen Radev", "said", "Bulgaria will stay in NATO", "asserted"),
                    ("Rumen Radev", "said", "the memorandum did not touch the country's defence policy", "asserted")}


def test_scare_quotes_and_relative_clauses_are_not_speech(extractor: Extractor) -> None:
    text = ('The Armenian Defence Ministry said the "Eagle Dawn" drills would start soon.\n'
            "Petrov backs a law, which analyst Ivo Petrov said would work.")
    said = _facts(_sheet(extractor, text), "said")
    assert ("Armenian Defence Ministry", "said", "the \"Eagle Dawn\" drills would start soon", "asserted") in said
    assert not any(o == "Eagle Dawn" for _, _, o, _ in said)
    assert not any(o.startswith("would work") for _, _, o, _ in said)


# -- evidence, clutter, linking ---------------------------------------------------------------------------

def test_every_fact_has_evidence_with_offsets_and_a_confidence(extractor: Extractor) -> None:
    text = "Norway and Denmark are members of NATO.\nEstonian analyst Ivo Petrov said the drills went well."
    sheet = _sheet(extractor, text)
    assert sheet.facts
    for fact in sheet.facts:
        assert fact.evidence is not None and fact.evidence.start is not None
        assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.text
        assert 0 < fact.confidence <= 1


def test_related_headlines_and_tag_lines_yield_no_facts(extractor: Extractor) -> None:
    text = ("Listen Live\n"
            "Norway and Denmark are members of NATO.\n"
            "Related\n"
            "Serbia Will Join NATO Next Year\n"
            "Moldova Joins the CSTO Drills\n"
            "Tags: NATO, Serbia, Moldova")
    facts = _facts(_sheet(extractor, text))
    assert facts == {("Norway", "member_of", "NATO", "asserted"), ("Denmark", "member_of", "NATO", "asserted")}


def test_entities_are_linked_from_the_gazetteer(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Serbian officials met NATO envoys in Belgrade's city hall.")
    by_label = {e.label: e for e in sheet.entities}
    assert by_label["Serbia"].qid == "Q403"
    assert set(by_label["Serbia"].mentions) >= {"Serbian", "Belgrade"}
    assert by_label["NATO"].qid == "Q7184"


def test_empty_article_gives_an_empty_sheet(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "")
    assert sheet.facts == () and sheet.entities == ()
    assert sheet.method.startswith("kg-rules")


_PLAIN_ARTICLE = ("Ruritanian Defence Minister Ivo Petrov said on Tuesday that Chile and Peru will take part in the "
                  "Southern Shield 2026 exercise in Arica, the Chilean Navy's largest drill of the year. The Pacific "
                  "Alliance, which comprises Chile, Peru, Colombia and Mexico, backs the drills.\n"
                  '"We have never been better prepared for an exercise of this size," General Ana Kovac, the '
                  "commander of the Ruritanian Navy, told reporters in Arica on Wednesday, adding that two frigates "
                  "would sail for Chile's northern coast next month.\nEstonia, Latvia and Lithuania joined NATO in "
                  "2004, five years after Poland, Hungary and the Czech Republic.")


def _hard_wrapped(text: str, width: int) -> str:
    return "\n".join("\n".join(textwrap.wrap(line, width)) for line in text.split("\n"))


@pytest.mark.parametrize("laid_out", [
    _PLAIN_ARTICLE.replace(" ", "  "),  # every space doubled
    _PLAIN_ARTICLE.replace(" ", "\xa0", 30).replace("Sept", "Sept\xa0"),  # no-break spaces, as web pages have
    _PLAIN_ARTICLE.replace(" ", "\t", 10).replace("Alliance", "Al\xadliance").replace(". ", ".\u200b "),
    _PLAIN_ARTICLE.replace("'", "’").replace(' "', " “").replace('," ', ",” "),  # curly marks
    _hard_wrapped(_PLAIN_ARTICLE, 72),  # a plain-text file wrapped at 72 columns
    "\n\n".join(_hard_wrapped(line, 64) for line in _PLAIN_ARTICLE.split("\n")),  # ... with blank lines between
])
def test_any_layout_gives_the_same_facts_with_evidence_in_the_original_text(
        extractor: Extractor, laid_out: str) -> None:
    plain = _sheet(extractor, _PLAIN_ARTICLE)
    sheet = _sheet(extractor, laid_out)

    def key(f: Fact) -> tuple[object, ...]:
        return f.subject, f.relation, regular_layout(f.object)[0], f.modality, f.time

    assert len(plain.facts) >= 15 and any(f.relation == "said" for f in plain.facts)
    assert Counter(map(key, sheet.facts)) == Counter(map(key, plain.facts))
    assert sheet.article.text == laid_out
    evidence = {key(f): f.evidence.text for f in plain.facts if f.evidence is not None}
    for fact in sheet.facts:
        assert fact.evidence is not None and fact.evidence.text == laid_out[fact.evidence.start:fact.evidence.end]
        # the same words as the plain article's evidence, laid out as given
        assert regular_layout(fact.evidence.text.replace("\n", " "))[0] == evidence[key(fact)]


def test_quoted_words_keep_the_articles_own_marks(extractor: Extractor) -> None:
    text = ("“We will not send ships to the Sea Shield drills,” Bulgaria’s defence minister Ivo Petrov said. "
            "Petrov said Bulgaria’s navy was “ready for any task” at home.")
    said = [f.object for f in _sheet(extractor, text).facts if f.relation == "said"]
    assert said and all("'" not in words and '"' not in words for words in said)
    assert any("’" in words for words in said)


def _failing_on(monkeypatch: pytest.MonkeyPatch, word: str) -> list[str]:
    """Makes the sentence rules fail on any text holding ``word`` (a bug kg's rules might have); returns the texts
    the rules were run on."""
    rules = Extractor._sentence_rules
    texts: list[str] = []

    def failing(self: Extractor, text: str, *args: object) -> object:
        texts.append(text)
        if word in text:
            raise IndexError("list index out of range")
        return rules(self, text, *args)

    monkeypatch.setattr(Extractor, "_sentence_rules", failing)
    return texts


def test_a_headline_in_capitals_gives_its_facts(extractor: Extractor) -> None:
    text = ("BULGARIA TO HOST SEA SHIELD 2026 NAVAL DRILLS\nThe Bulgarian Navy has invited ships from Romania and "
            "Turkey to Sea Shield 2026, the ministry said.")
    sheet = extractor.extract(Article("t", text, title="BULGARIA TO HOST SEA SHIELD 2026 NAVAL DRILLS",
                                      date="2026-03-10"))
    assert ("Bulgaria", "hosts_exercise", "Sea Shield 2026", "planned") in _facts(sheet)
    assert all(f.evidence is not None and f.evidence.text == text[f.evidence.start:f.evidence.end]
               for f in sheet.facts)


@pytest.mark.parametrize("spaces", [" ", "  "])  # (offsets of the article's own text, however it is spaced)
def test_a_rule_failing_on_one_line_costs_only_that_lines_facts(
        extractor: Extractor, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, spaces: str) -> None:
    text = ("Chile and Peru are members of the Pacific Alliance.\nThe Zorblax clause breaks a rule.\n"
            "Estonia joined NATO in 2004.").replace(" ", spaces)
    _failing_on(monkeypatch, "Zorblax")
    sheet = _sheet(extractor, text)
    assert _facts(sheet) >= {("Chile", "member_of", "Pacific Alliance", "asserted"),
                             ("Estonia", "member_of", "NATO", "asserted")}
    assert all(f.evidence is not None and f.evidence.text == text[f.evidence.start:f.evidence.end]
               for f in sheet.facts)
    line = text.index("The"), text.index("rule.") + len("rule.")
    assert partial_extraction(sheet) is not None
    assert f"characters {line[0]}-{line[1]} left out" in partial_extraction(sheet)
    assert "IndexError" in partial_extraction(sheet)
    assert "please report this article" in caplog.text
    assert sheet.article.text == text  # the sheet is the article's own, not the blanked copy's


def test_a_failing_line_is_found_without_extracting_the_article_once_a_line(
        extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [f"Estonia and Latvia held talks in Tallinn on day {n}." for n in range(40)]
    lines[25] = "The Zorblax clause breaks a rule."
    texts = _failing_on(monkeypatch, "Zorblax")
    sheet = _sheet(extractor, "\n".join(lines))
    assert partial_extraction(sheet) is not None
    long_texts = [t for t in texts if len(t.strip()) > 200]  # the article, whole or blanked in part
    assert len(long_texts) <= 3  # each line alone, then the article without the failing one


def test_a_line_that_fails_only_alone_is_kept(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    rules = Extractor._sentence_rules

    def failing(self: Extractor, text: str, *args: object) -> object:
        if "Quux" in text or "Zorblax" in text and "Petrov" not in text:  # (the second wants the first)
            raise IndexError("list index out of range")
        return rules(self, text, *args)

    monkeypatch.setattr(Extractor, "_sentence_rules", failing)
    text = ("Bulgarian Defence Minister Ivo Petrov met NATO envoys in Sofia.\n"
            "Bulgaria joined NATO in 2004, he said of the Zorblax plan.\nThe Quux clause breaks a rule.")
    sheet = _sheet(extractor, text)
    quux = text.index("The Quux"), len(text)
    assert f"characters {quux[0]}-{quux[1]} left out" in (partial_extraction(sheet) or "")  # that line only
    assert ("Bulgaria", "member_of", "NATO", "reported") in _facts(sheet)  # (the second line's fact, kept)


def test_a_failure_that_no_line_explains_is_raised(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    _failing_on(monkeypatch, "NATO")
    with pytest.raises(IndexError):
        _sheet(extractor, "Estonia joined NATO in 2004.\nLatvia joined NATO in 2004.")  # every line fails


def test_kg_extract_names_an_article_extracted_in_part(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.pipeline import extract_articles

    _failing_on(monkeypatch, "Zorblax")
    article = tmp_path / "zorblax.txt"
    article.write_text("Estonia joined NATO in 2004.\nThe Zorblax clause breaks a rule.\n")
    report = extract_articles([article], tmp_path / "out")
    assert [issue.severity for issue in report.issues] == ["warning"]
    assert "left out" in report.issues[0].message and report.written
    assert "1 article(s) extracted in part" in report.summary()


def test_kg_build_names_an_article_extracted_in_part(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.pipeline import build_graph

    _failing_on(monkeypatch, "Zorblax")
    article = tmp_path / "zorblax.txt"
    article.write_text("Estonia joined NATO in 2004.\nThe Zorblax clause breaks a rule.\n")
    result = build_graph([article])
    warnings = [issue for issue in result.report.issues if issue.severity == "warning"]
    assert len(warnings) == 1 and "left out" in warnings[0].message
    assert result.report.statements > 0


def test_relative_clause_applicant_and_no_guessing_of_pairs(extractor: Extractor) -> None:
    text = ("Radar crews train near the border between Belarus and Russia. Both countries are members of NATO. "
            "Ukraine, which applied for NATO membership in 2022, sent observers.")
    facts = _facts(_sheet(extractor, text))
    assert not any(r == "member_of" for _, r, _, _ in facts)
    assert ("Ukraine", "applied_for_membership_of", "NATO", "asserted") in facts


def test_counted_nations_refer_to_an_earlier_list_of_that_size(extractor: Extractor) -> None:
    text = ("Chile, Peru and Ecuador held talks in Lima. The three nations make up the Organization of American "
            "States' southern caucus.")
    facts = _facts(_sheet(extractor, text), "member_of")
    assert {s for s, _, _, _ in facts} == {"Chile", "Peru", "Ecuador"}


def test_department_names_after_a_title_are_not_people(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Polish Minister of National Defence Jan Nowak said the crews were ready.")
    people = {e.label for e in sheet.entities if e.type.value == "Person"}
    assert "National Defence" not in people


def test_programme_membership_makes_a_partner_and_ownership_needs_the_text(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Moldova has been a member of NATO's Partnership for Peace since 1994."))
    assert ("Moldova", "partner_of", "NATO", "asserted") in facts
    assert ("Partnership for Peace", "part_of", "NATO", "asserted") in facts
    facts = _facts(_sheet(extractor, "Moldova signed an Individual Partnership Action Plan in 2006."))
    assert not any(r == "part_of" for _, r, _, _ in facts)  # the text does not say whose plan it is


def test_indirect_speech_with_a_quoted_fragment(extractor: Extractor) -> None:
    text = 'President Ana Kovac said on Monday she would "act firmly" against the raids.'
    said = _facts(_sheet(extractor, text), "said")
    assert said == {("Ana Kovac", "said", 'she would "act firmly" against the raids', "asserted")}


def test_subordinate_clause_before_the_speaker_is_not_speech(extractor: Extractor) -> None:
    text = ("Analyst Ivo Petrov spoke to the press.\n"
            "When asked about the base, Petrov said it was not part of the treaty.")
    said = _facts(_sheet(extractor, text), "said")
    assert said == {("Ivo Petrov", "said", "it was not part of the treaty", "asserted")}


def test_the_reference_date_choice_is_recorded(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Amber Dawn-2016 drills began in June 2016.", date="2024-12-23")
    assert any("reference date" in note and "2016" in note and "republished" in note for note in sheet.notes)


# -- forms added after reading the project's own example articles (new sentences here) -----------------

def test_appositions_give_status_founders_and_look_past_to_the_verb(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Tajikistan, a founding member of the CSTO, will host the Dushanbe Shield-2027 "
                                     "drills. Iran, an SCO observer state, will not take part. Mongolia, an "
                                     "observer state of the SCO, has been invited to watch the exercise."))
    assert ("Tajikistan", "member_of", "Collective Security Treaty Organization", "asserted") in facts
    assert ("Collective Security Treaty Organization", "founded_by", "Tajikistan", "asserted") in facts
    assert ("Tajikistan", "hosts_exercise", "Dushanbe Shield-2027", "planned") in facts
    assert ("Iran", "observer_of", "Shanghai Cooperation Organisation", "asserted") in facts
    assert ("Iran", "participates_in_exercise", "Dushanbe Shield-2027", "negated") in facts
    assert ("Mongolia", "observer_of", "Dushanbe Shield-2027", "planned") in facts  # invited: yet to come


def test_sentences_that_go_on_about_the_exercise_keep_it(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Baltic Lance-2026 exercise opens on Monday. Norway and Denmark will "
                                     "each send a frigate. Sweden will send observers."))
    assert ("Norway", "participates_in_exercise", "Baltic Lance-2026", "planned") in facts
    assert ("Sweden", "observer_of", "Baltic Lance-2026", "planned") in facts
    assert not any(s == "Sweden" and r == "participates_in_exercise" for s, r, _, _ in facts)


def test_organisers_by_subject_and_by_agent(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The CSTO will hold the Cobalt-2026 drills in Armenia. The Lance-2026 "
                                     "drills will be organised by the Polish Armed Forces."))
    assert ("Collective Security Treaty Organization", "organizes_exercise", "Cobalt-2026", "planned") in facts
    assert ("Polish Armed Forces", "organizes_exercise", "Lance-2026", "planned") in facts


def test_pairs_that_opened_a_sentence_resolve_both_countries(extractor: Extractor) -> None:
    text = ("RIGA, May 2 (Test) — Latvia and Estonia have signed a memorandum on border radars. "
            "Both countries are members of the European Union.")
    facts = _facts(_sheet(extractor, text))
    assert ("Latvia", "signed_agreement_with", "Estonia", "asserted") in facts
    assert ("Estonia", "member_of", "European Union", "asserted") in facts


def test_passive_signing_date_and_demonym_parties(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Finnish-Estonian Maritime Cooperation Agreement was signed in Helsinki "
                                     "on 2 February 2024."))
    name = "Finnish-Estonian Maritime Cooperation Agreement"
    assert (name, "agreement_date", "2024-02-02", "asserted") in facts
    assert {(name, "agreement_party", state, "asserted") for state in ("Finland", "Estonia")} <= facts


def test_relative_clause_subject_and_own_membership_suspended(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Arctic Gate-2026 exercise begins today. Georgia, which left the CIS in "
                                     "2009, did not send troops. Moldova suspended its CIS membership in 2023."))
    assert ("Georgia", "participates_in_exercise", "Arctic Gate-2026", "negated") in facts
    assert ("Moldova", "suspended_participation_in", "Commonwealth of Independent States", "asserted") in facts


def test_places_inside_places_and_possessive_regions(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Polar Watch-2026 drills began at the Kola training ground in Russia's "
                                     "Murmansk Oblast."))
    # a venue of drills lies in the region named after it, as annotators of real articles mostly note it
    assert ("Kola training ground", "part_of", "Murmansk Oblast", "asserted") in facts
    assert ("Murmansk Oblast", "part_of", "Russia", "asserted") in facts
    assert ("Polar Watch-2026", "exercise_located_in", "Kola training ground", "asserted") in facts
    assert ("Polar Watch-2026", "exercise_located_in", "Russia", "asserted") not in facts


def test_two_titles_of_one_person_and_an_employer(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Colonel Marek Vana, a spokesman for the Czech defence ministry, told "
                                     "reporters that about 900 soldiers would take part."))
    assert ("Marek Vana", "holds_position", "Colonel", "asserted") not in facts  # (the office, not the rank)
    assert ("Marek Vana", "holds_position", "spokesman for the Czech defence ministry", "asserted") in facts
    assert ("Marek Vana", "said", "about 900 soldiers would take part", "asserted") in facts


@pytest.mark.parametrize("phrase, value", [
    ("from June 9 to June 20", "2026-06-09/2026-06-20"),
    ("from June 28 to July 3, 2025", "2025-06-28/2025-07-03"),
    ("from 28 June to 3 July 2025", "2025-06-28/2025-07-03"),
    ("in May", "2026-05"),
    ("in mid-September", "2026-09"),
    ("the talks resume mid-June", "2026-06"),
    ("on the 20th of September", "2026-09-20"),
    ("on the 3rd of March, 2023", "2023-03-03"),
    ("on 20.09.2024", "2024-09-20"),  # day, month, year, as many European ministries write them
    ("on 5.6.2024", "2024-06-05"),
    ("from 20.09.2024 to 24.09.2024", "2024-09-20/2024-09-24"),
    ("on 20-24.09.2024", "2024-09-20/2024-09-24"),
    ("from 28.12.2024 - 04.01.2025", "2024-12-28/2025-01-04"),
    ("on 31.13.2024", "2024"),  # no month 13: only the year is a date
    ("on 31.02.2024", "2024"),  # nor a 31st of February
    ("from 20.09 to 24.09.2024", "2024-09-20/2024-09-24"),
    ("on 20.-24.09.2024", "2024-09-20/2024-09-24"),
    ("from the 20th to the 24th of September", "2026-09-20/2026-09-24"),
    ("between the 20th and 24th of September 2024", "2024-09-20/2024-09-24"),
    ("firmware 4.1.12.2024", "2024"),  # a version's number, no 1 December
    ("from 28.12-04.01.2025", "2024-12-28/2025-01-04"),
    ("from the 30th to the 31st of June 2025", "2025-06"),  # no 31st of June: the month only
])
def test_more_time_forms(phrase: str, value: str) -> None:
    assert [t.value for t in find_times(phrase, reference=ReferenceDate("2026-03-10", "test"))] == [value]


@pytest.mark.parametrize(("sentence", "date"), [
    ("The Steel Lynx exercise was held on the 3rd of March, 2023 in Latvia.", "2023-03-03"),
    ("The Steel Lynx exercise was held from 20.09.2023 to 24.09.2023 in Latvia.", "2023-09-20/2023-09-24"),
    ("The Steel Lynx exercise was held in mid-September 2023 in Latvia.", "2023-09"),
])
def test_an_exercise_takes_the_year_of_any_date_form(extractor: Extractor, sentence: str, date: str) -> None:
    facts = _facts(_sheet(extractor, sentence, date="2024-05-01"))
    assert ("Steel Lynx 2023", "exercise_date", date, "asserted") in facts


def test_an_extraction_bug_is_reported_not_raised(tmp_path, monkeypatch) -> None:
    from kg import pipeline
    from kg.extract import Extractor as RealExtractor

    (tmp_path / "a.txt").write_text("Norway and Denmark are members of NATO.", encoding="utf-8")

    def broken(self, article):
        raise IndexError("list index out of range")

    monkeypatch.setattr(RealExtractor, "extract", broken)
    report = pipeline.extract_articles([tmp_path / "a.txt"], tmp_path / "out")
    assert report.written == [] and "extraction of 'a' failed (IndexError" in report.issues[0].message


def test_one_article_failing_in_a_jsonl_file_costs_only_that_article(tmp_path, monkeypatch) -> None:
    from kg import pipeline
    from kg.extract import Extractor as RealExtractor

    (tmp_path / "news.jsonl").write_text('{"id": "a", "text": "Norway and Denmark are members of NATO."}\n'
                                         '{"id": "b", "text": "The Zorblax clause breaks a rule."}\n', encoding="utf-8")
    extract = RealExtractor.extract

    def broken_on_zorblax(self, article):
        if "Zorblax" in article.text:
            raise IndexError("list index out of range")
        return extract(self, article)

    monkeypatch.setattr(RealExtractor, "extract", broken_on_zorblax)
    report = pipeline.extract_articles([tmp_path / "news.jsonl"], tmp_path / "out")
    assert [path.stem for path in report.written] == ["a"]
    assert len(report.issues) == 1 and "extraction of 'b' failed (IndexError" in report.issues[0].message


def test_observers_from_a_state_are_observers_not_participants(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Troops from Chile will take part in the Pacific Gale-2026 drills. Military "
                                     "observers from Peru and Ecuador have been invited to attend the drills."))
    assert ("Peru", "observer_of", "Pacific Gale-2026", "planned") in facts  # invited: yet to come
    assert ("Ecuador", "observer_of", "Pacific Gale-2026", "planned") in facts
    assert not any(s in ("Peru", "Ecuador") and r == "participates_in_exercise" for s, r, _, _ in facts)


def test_dateline_is_not_part_of_the_reported_words(extractor: Extractor) -> None:
    text = "RIGA, May 4 (Test Wire) - Latvia will host the Baltic Lance-2026 drills next month, the Latvian army said."
    said = _facts(_sheet(extractor, text), "said")
    assert {o for _, _, o, _ in said} == {"Latvia will host the Baltic Lance-2026 drills next month"}
    facts = _facts(_sheet(extractor, text))
    assert ("Baltic Lance-2026", "exercise_date", "2026-04", "planned") in facts  # next month of 2026-03-10


def test_observer_status_at_the_drills_and_its_tenth_member(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Steppe Dawn-2026 drills open today. Mongolia, which has observer status "
                                     "at the drills, will send two officers. Laos joined ASEAN as a founding "
                                     "member in 1997, and Brunei became its sixth member in 1984."))
    assert ("Mongolia", "observer_of", "Steppe Dawn-2026", "asserted") in facts  # its status, not the sending
    assert not any(s == "Mongolia" and r == "participates_in_exercise" for s, r, _, _ in facts)
    assert ("Brunei", "member_of", "Association of Southeast Asian Nations", "asserted") in facts


def test_ministry_spokesperson_is_an_office(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "China's defence ministry spokesman Wu Lin told reporters the talks went "
                                     "well."))
    assert ("Wu Lin", "holds_position", "defence ministry spokesman of China", "asserted") in facts
    assert not _facts(_sheet(extractor, "China's defence ministry spokesman Wu Lin said so."), "nationality")


@pytest.mark.parametrize("text, nationality", [
    ("Kyrgyz President Sadyr Japarov said the drills were a success.", {"Kyrgyzstan"}),
    ("Minister of Defence of Mongolia Gursed Saikhanbayar said the drills were a success.", {"Mongolia"}),
    ("U.S. Rear Admiral Carla Mendes said the drills were a success.", {"United States"}),
    ("Kyrgyzstan's President Sadyr Japarov said the drills were a success.", set()),
    ("Solomon Islands Prime Minister Henry Kuper said the drills were a success.", set()),
])
def test_a_nationality_is_the_adjectives_not_the_states_name_before_an_office(
        extractor: Extractor, text: str, nationality: set[str]) -> None:
    assert {o for _, _, o, _ in _facts(_sheet(extractor, text), "nationality")} == nationality


def test_a_state_office_gives_its_holder_the_states_nationality(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Kazakh President Daulet Serikov met the Lithuanian analyst Ivo Petrov, "
                                     "and NATO Secretary General Rasa Vaitkute joined them."))
    assert ("Daulet Serikov", "holds_position", "President of Kazakhstan", "asserted") in facts
    assert ("Daulet Serikov", "nationality", "Kazakhstan", "asserted") in facts
    assert ("Ivo Petrov", "nationality", "Lithuania", "asserted") in facts
    assert not any(s == "Rasa Vaitkute" and r == "nationality" for s, r, _, _ in facts)  # NATO is no state


def test_generic_speakers_and_institutions(extractor: Extractor) -> None:
    text = ("The Kremlin said the decision was regrettable.\n"
            "Troops will not go to the drills in Belarus in September, officials said.")
    sheet = _sheet(extractor, text)
    assert not any(e.type.value == "Person" for e in sheet.entities)
    said = _facts(sheet, "said")
    assert ("Kremlin", "said", "the decision was regrettable", "asserted") in said
    assert not any(s == "Belarus" for s, _, _, _ in said)


def test_leaving_the_bloc_and_applying_in_a_relative_clause(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Ukraine wants to deepen ties with the European Union, which Ukraine applied "
                                     "to join in 2022. Georgia left the CIS in 2009. Moldova quit the bloc in 2025."))
    assert ("Ukraine", "applied_for_membership_of", "European Union", "asserted") in facts
    assert ("Georgia", "left", "Commonwealth of Independent States", "asserted") in facts
    assert ("Moldova", "left", "Commonwealth of Independent States", "asserted") in facts


def test_drills_of_a_force_and_relative_clause_modality(extractor: Extractor) -> None:
    text = ("Drills of the CSTO Collective Rapid Reaction Force, codenamed Granite-2026, opened today in Armenia. "
            "Kazakhstan, a CSTO member that has frozen its participation in the organization, did not send a unit.")
    facts = _facts(_sheet(extractor, text))
    assert ("CSTO Collective Rapid Reaction Force", "participates_in_exercise", "Granite-2026", "asserted") in facts
    assert ("Kazakhstan", "suspended_participation_in", "Collective Security Treaty Organization",
            "asserted") in facts
    assert ("Kazakhstan", "participates_in_exercise", "Granite-2026", "negated") in facts


def test_forms_of_a_wire_story(extractor: Extractor) -> None:
    text = ("VALLETTA, Malta — The Malta and Cyprus navies met today. Malta and Cyprus on Monday signed a maritime "
            "security agreement, officials said.\n"
            "The two countries will hold their first joint drills in the Mediterranean Sea in October, the "
            "Maltese military said.\n"
            'U.S. Ambassador JoAnne Reilly wrote: "This strengthens the region."\n'
            "Cyprus is not a member of NATO, which groups the United States, Canada and Norway among others.")
    facts = _facts(_sheet(extractor, text))
    # "..., officials said": a clause the article relays from a source it does not name (corpus README)
    assert ("Malta", "signed_agreement_with", "Cyprus", "reported") in facts
    assert ("Cyprus", "participates_in_exercise", "first joint drills", "planned") in facts
    # States that hold drills organise them (the corpus README: "organiser / holder of the drills").
    assert {(s, r) for s, r, _, _ in facts if r == "organizes_exercise"} == {
        ("Malta", "organizes_exercise"), ("Cyprus", "organizes_exercise")}
    assert ("Maltese Military", "said", "The two countries will hold their first joint drills in the Mediterranean "
            "Sea in October", "asserted") in facts
    assert ("JoAnne Reilly", "holds_position", "Ambassador of the United States", "asserted") in facts
    assert ("Canada", "member_of", "NATO", "asserted") in facts  # the relative clause is not negated
    assert ("Cyprus", "member_of", "NATO", "negated") in facts


def test_opting_out_being_left_out_and_possessive_appositions(extractor: Extractor) -> None:
    text = ("Slovakia has opted out of the Iron Wolf-2026 exercise, its defence ministry said. The NATO-led "
            "drills began on May 12. Greece was left out of the naval phase, while Finland, NATO's newest "
            "member, is taking part. Austria, which is not a NATO member, refused to send observers.")
    sheet = _sheet(extractor, text)
    facts = _facts(sheet)
    assert ("Slovakia", "participates_in_exercise", "Iron Wolf-2026", "negated") in facts
    assert ("Greece", "participates_in_exercise", "Iron Wolf-2026", "negated") in facts
    assert not any(r == "left" for _, r, _, _ in facts)  # "left out of" is not leaving
    assert ("Finland", "member_of", "NATO", "asserted") in facts
    assert ("Finland", "participates_in_exercise", "Iron Wolf-2026", "asserted") in facts
    assert ("Austria", "member_of", "NATO", "negated") in facts
    assert ("Austria", "observer_of", "Iron Wolf-2026", "negated") in facts
    assert not any("NATO-led" in e.label for e in sheet.entities)


def test_summit_forms(extractor: Extractor) -> None:
    text = ("Leaders of the SCO gathered in Astana, where Belarus was formally admitted as the bloc's tenth "
            "member.\n"
            "Turkey, Egypt and Qatar are among its dialogue partners.\n"
            "Kazakh President Ivan Orlov, who chaired the summit, said the bloc was growing.\n"
            "Joint counter-terrorism exercises of the SCO will be held in China between September 5 and 9.")
    facts = _facts(_sheet(extractor, text))
    assert ("Belarus", "member_of", "Shanghai Cooperation Organisation", "asserted") in facts
    assert not any(s == "Belarus" and r == "said" for s, r, _, _ in facts)  # "was admitted" is no speech
    assert ("Qatar", "partner_of", "Shanghai Cooperation Organisation", "asserted") in facts
    assert ("Ivan Orlov", "said", "the bloc was growing", "asserted") in facts
    assert ("Joint counter-terrorism exercises", "exercise_date", "2026-09-05/2026-09-09", "planned") in facts
    assert ("Shanghai Cooperation Organisation", "organizes_exercise", "Joint counter-terrorism exercises",
            "planned") in facts


def test_exercise_named_after_its_noun_and_pairs_of_states(extractor: Extractor) -> None:
    text = ("NEW DELHI: The 5th edition of the India-France joint military exercise Shakti began in Rajasthan's "
            "Mahajan Field Firing Range on Monday, the Indian Army said.\n"
            "France — which has close ties with Japan — is sending 90 soldiers.\n"
            "India and France signed the Defence Cooperation and Logistics Agreement in 2018.")
    sheet = _sheet(extractor, text, date="2026-03-09")
    facts = _facts(sheet)
    # Stated inside what the army said: reported, as the corpus rules have it.
    assert ("India", "participates_in_exercise", "Shakti 2026", "reported") in facts
    assert ("France", "participates_in_exercise", "Shakti 2026", "reported") in facts
    assert ("Shakti 2026", "exercise_located_in", "Mahajan Field Firing Range", "reported") in facts
    assert not any(s == "Japan" for s, _, _, _ in facts)  # "ties with Japan" is not taking part
    said = {o for s, r, o, _ in facts if r == "said"}
    assert all(not o.startswith("NEW DELHI") for o in said)
    assert ("Defence Cooperation and Logistics Agreement", "agreement_date", "2018", "asserted") in facts


def test_past_years_do_not_make_a_page_republished() -> None:
    assert infer_reference_date("2024-09-09", "They signed the pact in 2020.").value == "2024-09-09"
    assert infer_reference_date("2024-12-23", "The Slavic Brotherhood-2017 drills are under way.").value == "2017"
    assert infer_reference_date("2020-11-24", "September 2017 will see the drills.").value == "2017"
    # a past event set off in a sentence about the future is no sign of the text's "now"
    text = "The brigade, re-established in Tartu in 2018, will defend the port. The last drills were held in 2017."
    assert infer_reference_date("2023-04-18", text).value == "2023-04-18"
    assert infer_reference_date("2023-04-18", "The brigade will be established in 2018.").value == "2018"


def test_a_weekday_after_a_past_verb_is_past_in_a_sentence_about_the_future(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Sea Lance 2026 drills started on Monday near Arica and are due to end on "
                              "March 20.", date="2026-03-12")
    assert {f.object for f in sheet.facts if f.relation == "exercise_date"} == {"2026-03-09", "2026-03-20"}


@pytest.mark.parametrize(("sentence", "name"), [
    ("Timor-Leste and Laos signed the Treaty of Amity and Cooperation in Southeast Asia in 2007.",
     "Treaty of Amity and Cooperation in Southeast Asia"),
    ("Chile and Peru signed the Agreement on Security Cooperation and Long-Term Support between Chile and Peru.",
     "Agreement on Security Cooperation and Long-Term Support between Chile and Peru"),
    ("Chile signed the New Treaty in Santiago.", "New Treaty"),  # a place after the name is not part of it
])
def test_an_agreements_name_with_its_second_phrase(extractor: Extractor, sentence: str, name: str) -> None:
    assert name in {e.label for e in _sheet(extractor, sentence).entities if e.type is EntityType.AGREEMENT}


@pytest.mark.parametrize(("text", "time"), [
    ("The bloc has begun ROCKFALL 26, the largest naval exercise it has ever held. Chile and Peru have sent "
     "ships.", "2026"),  # a short year
    ("The drills resumed this year. The second edition, Blue Wall 03, has opened. Chile and Peru have sent "
     "ships.", "2026"),  # an edition's number: the year the article is about
])
def test_a_participation_in_a_numbered_exercise_takes_its_year(extractor: Extractor, text: str, time: str) -> None:
    facts = [f for f in _sheet(extractor, text).facts if f.relation == "participates_in_exercise"]
    assert {(f.subject, f.time) for f in facts} == {("Chile", time), ("Peru", time)}


def test_a_coarser_date_of_an_exercise_is_left_out(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Chile will host the Sea Lance 2026 drills in April. The drills are scheduled for "
                              "April 14-21 near Arica.")
    assert {f.object for f in sheet.facts if f.relation == "exercise_date"} == {"2026-04-14/2026-04-21"}


@pytest.mark.parametrize("text", [
    "The bloc concluded its first pact with Chile in May 2024. In 2023, Peru followed.",  # months and "In": no names
    # a past year in a sentence about the future, but the text names a later one
    "Talks on a trade deal, which resumed in 2022, are expected to end soon. The first drills were held in June 2025.",
])
def test_a_page_that_names_later_years_is_not_republished(text: str) -> None:
    assert infer_reference_date("2026-01-27", text).value == "2026-01-27"


@pytest.mark.parametrize(("sentence", "relation", "time"), [
    ("Turkey, a NATO member since 1952, applied to join BRICS in September 2024.", "member_of", "1952"),
    ("Turkey has been a dialogue partner of the Shanghai Cooperation Organization (SCO) since 2013.", "partner_of",
     "2013"),
    ("Papua New Guinea, which has held observer status in ASEAN since 1976, sent two officers.", "observer_of", "1976"),
])
def test_a_standing_status_is_dated_by_its_since(extractor: Extractor, sentence: str, relation: str,
                                                 time: str) -> None:
    [fact] = [f for f in _sheet(extractor, sentence).facts if f.relation == relation]
    assert fact.time == time


def test_since_dates_only_the_organisation_it_follows(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Belarus, a member of the CSTO and of the Shanghai Cooperation Organisation since "
                              "2024, hosts Russian weapons.")
    times = {f.object: f.time for f in sheet.facts if f.relation == "member_of"}
    assert times == {"Collective Security Treaty Organization": None, "Shanghai Cooperation Organisation": "2024"}


def test_earlier_iterations_invitations_and_sources_of_lists(extractor: Extractor) -> None:
    text = ("The Pacific Gale 2026 exercise kicked off on Thursday with navies from Japan and India taking part. "
            "China, which took part in 2014 and 2016, was not invited.\n"
            "Participating navies also include those of Chile and Peru, the U.S. Navy said.\n"
            'Vice Admiral Ana Soto, commander of the task force, said the exercise "builds trust."')
    facts = _facts(_sheet(extractor, text))
    assert ("China", "participates_in_exercise", "Pacific Gale 2026", "negated") in facts
    assert ("China", "participates_in_exercise", "Pacific Gale 2026", "asserted") not in facts
    assert ("Peru", "participates_in_exercise", "Pacific Gale 2026", "reported") in facts
    assert not any(s == "U.S. Navy" and r == "participates_in_exercise" for s, r, _, _ in facts)
    assert any(s == "Ana Soto" and r == "said" for s, r, _, _ in facts)


def test_second_verb_of_a_relative_clause_and_military_bases(extractor: Extractor) -> None:
    text = ("Moldova, which applied for EU membership in 2022 and is a member of NATO's Partnership for Peace, "
            "will host the Dniester Shield 2026 drills. The exercise will take place at the Bulboaca military "
            "base. Officials warned that Moldova will never become a CSTO member.")
    facts = _facts(_sheet(extractor, text))
    assert ("Moldova", "member_of", "Partnership for Peace", "asserted") in facts
    assert ("Moldova", "partner_of", "NATO", "asserted") in facts
    assert ("Dniester Shield 2026", "exercise_located_in", "Bulboaca military base", "planned") in facts
    assert ("Moldova", "member_of", "Collective Security Treaty Organization", "negated") in facts


def test_ministry_said_after_a_comma_and_saying_subjects(extractor: Extractor) -> None:
    text = ("The Latvian Defence Ministry announced the drills on Monday.\n"
            "About 900 soldiers of Latvia and Estonia are involved in the Baltic Lance-2026 drills, the ministry "
            "said.\n"
            "Russian Foreign Ministry spokeswoman Olga Petrova criticised the drills, saying they were a threat.")
    facts = _facts(_sheet(extractor, text))
    assert ("Latvia", "participates_in_exercise", "Baltic Lance-2026", "reported") in facts
    assert ("Olga Petrova", "said", "they were a threat", "asserted") in facts


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Turkey will host the Blue Wave 2026 exercise in May, the National Defense Ministry announced on Tuesday.",
     "Turkish National Defense Ministry"),
    ("Moldova will host 900 troops for the Prut Guard 2026 drills, the Defense Ministry in Chisinau said.",
     "Moldovan Defense Ministry"),
    ("Chile and Peru will stage the Pacific Lance 2026 exercise, the Joint Chiefs of Staff (JCS) said Monday.",
     "Joint Chiefs of Staff"),
    ("The Iron Gate 2026 drills will end on Friday, the Polish General Staff said.", "Polish General Staff"),
    ("Chile sent contingents to the Pacific Lance 2026 drills, according to the alliance's Joint Staff.",
     "Joint Staff"),
])
def test_institutions_that_speak_without_a_state_in_their_name(extractor: Extractor, sentence: str,
                                                               speaker: str) -> None:
    assert speaker in {s for s, _, _, _ in _facts(_sheet(extractor, sentence), "said")}


@pytest.mark.parametrize(("sentence", "words"), [
    ("Defence Minister Ivo Petrov said the deal was not directed at any country, but added: \"We are ready.\"",
     "the deal was not directed at any country"),
    ("President Ana Kovac said the bloc was growing and congratulated Chile on a successful chairmanship.",
     "the bloc was growing"),
])
def test_the_speakers_next_act_is_not_their_words(extractor: Extractor, sentence: str, words: str) -> None:
    assert {o for _, _, o, _ in _facts(_sheet(extractor, sentence), "said")} >= {words}


@pytest.mark.parametrize(("sentence", "person", "position"), [
    ("Indian External Affairs Minister Arvind Rao said the pact was historic.", "Arvind Rao",
     "External Affairs Minister of India"),
    ("EU foreign policy chief Kaja Kallas said the pact was historic.", "Kaja Kallas", "EU foreign policy chief"),
    ("Navy chief Ivo Petrov said the drills began.", "Ivo Petrov", "Navy chief"),
])
def test_portfolios_and_chiefs_before_a_name(extractor: Extractor, sentence: str, person: str,
                                             position: str) -> None:
    assert (person, "holds_position", position, "asserted") in _facts(_sheet(extractor, sentence))


@pytest.mark.parametrize(("text", "fact"), [
    # the first "that" after the verb opens the reported words, not a later one
    ("Ana Kovac told reporters that the drills were defensive and rejected claims that Chile was a threat.",
     ("Ana Kovac", "the drills were defensive")),
    ("Togo will not take part this year, the ECOWAS Commission has informed the ministry.",
     ("ECOWAS Commission", "Togo will not take part this year")),
    ("Its defence minister, Ivo Petrov, has said that the kingdom will not join any bloc.",
     ("Ivo Petrov", "the kingdom will not join any bloc")),
    # an honorific and a surname name the person named in full before
    ("Prime Minister Ivo Petrov spoke on Monday. \"We choose our own future,\" Mr Petrov said.",
     ("Ivo Petrov", "We choose our own future")),
    # a verb whose object is the quotation
    ("Defence Minister Ana Kovac described the pact as \"a signal to all of our neighbours.\"",
     ("Ana Kovac", "a signal to all of our neighbours.")),
    ("Peru's foreign ministry denounced the drills as \"a dangerous provocation that pushes the region to war\".",
     ("Peruvian Foreign Ministry", "a dangerous provocation that pushes the region to war")),
    ("Chile has described such drills as a product of \"Cold War thinking that has no place today\".",
     ("Chile", "Cold War thinking that has no place today")),
])
def test_speakers_behind_forms_of_reporting(extractor: Extractor, text: str, fact: tuple[str, str]) -> None:
    assert fact in {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "said")}


def test_called_on_is_no_quoting_verb(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Ivo Petrov called on Chile to join \"the new defence initiative of the region\".")
    assert not _facts(sheet, "said")


def test_a_states_ministry_in_lower_case(extractor: Extractor) -> None:
    text = "According to Latvia's defence ministry, troops from Estonia are taking part in the Amber Dawn-2026 drills."
    facts = _facts(_sheet(extractor, text))
    assert ("Latvian Defence Ministry", "said", "troops from Estonia are taking part in the Amber Dawn-2026 drills",
            "asserted") in facts


@pytest.mark.parametrize("sentence, speaker", [
    ("The Chilean Department of Defence said the two forces will train together.", "Chilean Department of Defence"),
    ("Peru's Department of Foreign Affairs said the two forces will train together.",
     "Department of Foreign Affairs of Peru"),
    ("The Kyrgyz State Border Service said the two forces will train together.", "Kyrgyz State Border Service"),
    ("The Maritime Safety Bureau said the two forces will train together.", "Maritime Safety Bureau"),
])
def test_departments_border_services_and_bureaus_speak(extractor: Extractor, sentence: str, speaker: str) -> None:
    assert {s for s, r, _, _ in _facts(_sheet(extractor, sentence)) if r == "said"} == {speaker}


def test_a_programme_one_has_been_part_of_or_taken_part_in(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Armenia has been part of NATO's Partnership for Peace programme since 1994. "
                                     "Both Austria and Ireland have taken part in NATO's Partnership for Peace "
                                     "program. Malta has taken part in NATO exercises."), "member_of")
    assert {(s, o) for s, _, o, _ in facts} == {("Armenia", "Partnership for Peace"),
                                               ("Austria", "Partnership for Peace"),
                                               ("Ireland", "Partnership for Peace")}


def test_a_series_of_the_subjects_verbs_and_a_list_after_a_preposition(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "India is a member of the Quad alongside the US, Japan and Australia, became a full "
                              "member of the Shanghai Cooperation Organisation (SCO) in 2017, and was a founding "
                              "member of BRICS.")
    sco = {(s, f.time) for s, f in ((f.subject, f) for f in sheet.facts)
           if f.relation == "member_of" and f.object == "Shanghai Cooperation Organisation"}
    assert sco == {("India", "2017")}  # not the states after "alongside"
    assert ("India", "member_of", "BRICS", "asserted") in _facts(sheet)


@pytest.mark.parametrize(("text", "members"), [
    ("ASEAN was founded in 1967 by five states. Brunei, Vietnam and Laos joined later.",
     {("Brunei", None), ("Vietnam", None), ("Laos", None)}),
    ("The Shanghai Cooperation Organisation now has ten full members, after Iran joined in July 2023 and Belarus "
     "in July 2024.", {("Iran", "2023-07"), ("Belarus", "2024-07")}),
    ("The EU has stepped up its presence since 2021, and several member states, including France, Germany and "
     "Italy, have sent warships.", {("France", None), ("Germany", None), ("Italy", None)}),
    ("Finland joined in 2023.", set()),  # no organisation spoken of
])
def test_joined_without_an_object_and_member_states_including(extractor: Extractor, text: str,
                                                              members: set[tuple[str, str | None]]) -> None:
    assert {(f.subject, f.time) for f in _sheet(extractor, text).facts if f.relation == "member_of"} == members


def test_it_is_the_state_the_sentence_before_opened_with(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "India will send two ships. It is a member of the Quad and was a founding member of "
                              "BRICS. NATO met on Monday. It is a member of nothing.")
    assert {(s, o) for s, _, o, _ in _facts(sheet, "member_of")} == {
        ("India", "Quadrilateral Security Dialogue"), ("India", "BRICS")}


def test_joined_as_a_member_of_the_organisation_named_before(extractor: Extractor) -> None:
    # BRICS has no verified QID: it is still the organisation the text is about
    sheet = _sheet(extractor, "NATO watched. BRICS expanded in 2024. Indonesia joined as a full member in January "
                              "2025.")
    [fact] = [f for f in sheet.facts if f.relation == "member_of"]
    assert (fact.subject, fact.object, fact.time) == ("Indonesia", "BRICS", "2025-01")


def test_a_membership_takes_the_date_of_its_clause(extractor: Extractor) -> None:
    facts = _sheet(extractor, "Sweden became NATO's 32nd member on Thursday, a year after it applied.").facts
    [member] = [f for f in facts if f.relation == "member_of"]
    assert (member.subject, member.object, member.time) == ("Sweden", "NATO", "2026-03-05")


def test_owner_before_an_exercise_name_and_statement_days(extractor: Extractor) -> None:
    text = ("Latvia has cancelled the CSTO's Amber Dawn-2026 exercise due on June 2-9, the Latvian army said in a "
            "statement on Wednesday. Estonia will not participate in the CSTO drills either.")
    sheet = _sheet(extractor, text)
    labels = {e.label for e in sheet.entities if e.type.value == "Exercise"}
    assert labels == {"Amber Dawn-2026"}
    facts = _facts(sheet)
    assert {o for s, r, o, _ in facts if r == "exercise_date"} == {"2026-06-02/2026-06-09"}
    assert ("Estonia", "participates_in_exercise", "Amber Dawn-2026", "negated") in facts


def test_relative_clause_speakers_weekday_after_a_treaty_and_short_surnames(extractor: Extractor) -> None:
    text = ("Chile and Peru signed a Maritime Security Treaty on Wednesday.\n"
            "The treaty was signed by Chilean leader Ana Un.\n"
            'Argentina, which has about 1,500 troops in Chile, said it was "concerned".')
    sheet = _sheet(extractor, text)
    facts = _facts(sheet)
    assert any(e.label == "Maritime Security Treaty" for e in sheet.entities)
    assert ("Ana Un", "holds_position", "leader of Chile", "asserted") in facts
    assert ("Argentina", "said", 'it was "concerned"', "asserted") in facts


def test_alliance_anaphor_cities_regions_and_elections(extractor: Extractor) -> None:
    text = ("Drills began near Latvia, an EU and NATO member, a day after Finland became the Western military "
            "alliance's 31st member.\n"
            "Unrest spread to the Kazakh city of Karaganda.\n"
            "The Amber Dawn-2026 drills will be held in the Pskov Region in Russia's northwest.\n"
            "Orlov was elected as Estonian President in 2021.")
    sheet = _sheet(extractor, text)
    facts = _facts(sheet)
    assert ("Finland", "member_of", "NATO", "asserted") in facts
    assert ("Finland", "member_of", "European Union", "asserted") not in facts
    assert ("Karaganda", "part_of", "Kazakhstan", "asserted") in facts
    assert ("Pskov Region", "part_of", "Russia", "asserted") in facts  # where it lies is not planned


def test_an_office_taken_after_the_name(extractor: Extractor) -> None:
    text = "Estonian analyst Ivo Orlov spoke first. Orlov was elected as Estonian President in 2021."
    assert ("Ivo Orlov", "holds_position", "President of Estonia", "asserted") in _facts(_sheet(extractor, text))


def test_bare_member_apposition_takes_the_organisation_named_before(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The CIS did little to help Moldova, a member state, during the crisis."))
    assert ("Moldova", "member_of", "Commonwealth of Independent States", "asserted") in facts


def test_an_edition_number_is_kept_without_a_year(extractor: Extractor) -> None:
    sheet = _sheet(extractor, 'Egypt and Jordan launched the "Aqaba-7" joint naval exercise on Sunday.')
    assert {e.label for e in sheet.entities if e.type.value == "Exercise"} == {"Aqaba-7"}


# -- forms found by a third set of unseen articles (new sentences here) ----------------------------------

@pytest.mark.parametrize("sentence, position", [
    ("Lt. Gen. Ivo Orlov said the brigade was ready.", "Lieutenant General"),
    ("Brig. Gen. Ivo Orlov said the brigade was ready.", "Brigadier General"),
    ("Col. Ivo Orlov said the brigade was ready.", "Colonel"),
])
def test_abbreviated_ranks_are_written_out(extractor: Extractor, sentence: str, position: str) -> None:
    positions = {o for _, r, o, _ in _facts(_sheet(extractor, sentence), "holds_position")}
    assert positions == {position}


def test_a_fronted_founding_clause_names_the_organisation_after_it(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Established in Dushanbe in May 2003 by Tajikistan and Kyrgyzstan, the "
                                     "Collective Security Treaty Organization admitted Uzbekistan in 2006."))
    assert ("Collective Security Treaty Organization", "founded_in", "2003-05", "asserted") in facts
    assert {o for s, r, o, _ in facts if r == "founded_by"} == {"Tajikistan", "Kyrgyzstan"}
    assert not any(r == "said" for _, r, _, _ in facts)  # "admitted" with an object reports no words


def test_a_participle_founds_with_the_clauses_subjects_and_time(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Chile and Peru left the Andean Community in March 2025, forming the Pacific "
                                     "Defence League. In 2001 Chile and Peru signed a treaty, creating the basis for "
                                     "the Andean Community."))
    assert {o for s, r, o, _ in facts if r == "founded_by"} == {"Chile", "Peru"}
    assert {(s, o) for s, r, o, _ in facts if r == "founded_in"} == {("Pacific Defence League", "2025-03")}


def test_an_organisation_admits_states_each_with_its_year(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The SCO admitted Mongolia and Nepal in 2019 and Qatar in 2024.")
    members = {(f.subject, f.time) for f in sheet.facts if f.relation == "member_of"}
    assert members == {("Mongolia", "2019"), ("Nepal", "2019"), ("Qatar", "2024")}


@pytest.mark.parametrize("sentence, states", [
    ("Guinea has been suspended from the African Union since the coup.", {"Guinea"}),
    ("Guinea and Gabon were suspended from the African Union last year.", {"Guinea", "Gabon"}),
])
def test_suspended_from_an_organisation(extractor: Extractor, sentence: str, states: set[str]) -> None:
    suspended = {s for s, r, o, _ in _facts(_sheet(extractor, sentence), "suspended_participation_in")
                 if o == "African Union"}
    assert suspended == states


def test_not_a_member_of_one_or_of_another_negates_both(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Moldova is not a member of NATO or of the CSTO."))
    assert ("Moldova", "member_of", "NATO", "negated") in facts
    assert ("Moldova", "member_of", "Collective Security Treaty Organization", "negated") in facts


def test_an_exercise_named_after_a_possessive_and_dated_last_year(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Latvia hosted NATO's Amber Lance exercise near Riga last year.")
    assert ("NATO", "organizes_exercise", "Amber Lance 2025", "asserted") in _facts(sheet)


@pytest.mark.parametrize("sentence, place", [
    ("The Amber Lance 2026 drills will be held near the port city of Klaipeda.", "Klaipeda"),
    ("The Amber Lance 2026 drills will be held in the Baltic city of Liepaja.", "Liepaja"),
    ("The Amber Lance 2026 drills will be held in waters around the Danish island of Bornholm.", "Bornholm"),
])
def test_places_after_a_description_without_a_state_or_near_a_town(extractor: Extractor, sentence: str,
                                                                   place: str) -> None:
    located = {o for s, r, o, _ in _facts(_sheet(extractor, sentence), "exercise_located_in")}
    assert located == {place}


def test_drills_near_a_state_are_not_located_in_it(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Amber Lance 2026 drills were held near Latvia, in Estonia's Voru County."))
    assert not any(r == "exercise_located_in" and o == "Latvia" for _, r, o, _ in facts)


@pytest.mark.parametrize("sentence", [
    "Participating in this year's Amber Lance 2026 exercise are Estonia, Latvia and the Lithuanian Navy.",
    "The Amber Lance 2026 exercise will bring together Estonia, Latvia and the Lithuanian Navy.",
])
def test_participants_after_participating_in_or_bring_together(extractor: Extractor, sentence: str) -> None:
    participants = {s for s, r, o, _ in _facts(_sheet(extractor, sentence), "participates_in_exercise")}
    assert participants == {"Estonia", "Latvia", "Lithuanian Navy"}


def test_an_earlier_edition_named_in_passing_keeps_its_year_and_the_articles_exercise(extractor: Extractor) -> None:
    text = ("Estonia and Latvia will take part in the Amber Lance-2026 drills.\n"
            "A photo shows Amber Lance exercises near Tallinn in May 2024.\n"
            "Estonia and Latvia are sending two battalions each to the drills.")
    facts = _facts(_sheet(extractor, text))
    assert ("Amber Lance-2024", "exercise_located_in", "Tallinn", "asserted") in facts
    assert {o for s, r, o, _ in facts if r == "participates_in_exercise"} == {"Amber Lance-2026"}


def test_a_speaker_behind_a_long_apposition_and_a_role_with_its_workplace(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Ivo Orlov, a defence analyst at the Tallinn-based Centre for Baltic Security "
                              "Studies, said the drills were a signal to Moscow.")
    facts = _facts(sheet)
    assert ("Ivo Orlov", "said", "the drills were a signal to Moscow", "asserted") in facts
    assert ("Ivo Orlov", "holds_position", "defence analyst at the Tallinn-based Centre for Baltic Security Studies",
            "asserted") in facts
    # the city the workplace is in is no part of the position
    sheet = _sheet(extractor, "Ana Ruiz, a senior fellow at the Andean Institute in Lima, said the drills were a signal.")
    assert ("Ana Ruiz", "holds_position", "senior fellow at the Andean Institute", "asserted") in _facts(sheet)


@pytest.mark.parametrize("sentence, words", [
    ("Analyst Ivo Orlov said the vote showed that Tallinn was changing course.",
     "the vote showed that Tallinn was changing course"),
    ("Analyst Ivo Orlov said on Friday that Tallinn was changing course.", "Tallinn was changing course"),
    ("Analyst Ivo Orlov told a press conference that Tallinn was changing course.", "Tallinn was changing course"),
])
def test_the_reported_clause_starts_at_that_only_after_adverbials_or_an_addressee(
        extractor: Extractor, sentence: str, words: str) -> None:
    assert {o for _, r, o, _ in _facts(_sheet(extractor, sentence), "said")} == {words}


def test_an_organisation_the_gazetteer_lacks_is_named_by_its_head_noun_and_acronym(extractor: Extractor) -> None:
    text = ("Peru, Chile and Bolivia formed the Andean Security Community (ASC) in 2024. The ASC was founded "
            "in Lima. Ecuador will not join the ASC, and the new ASC Rapid Force drills next month.")
    sheet = _sheet(extractor, text)
    facts = _facts(sheet)
    assert {s for s, r, o, m in facts if r == "member_of" and o == "Andean Security Community" and m == "asserted"} \
        == {"Peru", "Chile", "Bolivia"}
    assert ("Ecuador", "member_of", "Andean Security Community", "negated") in facts
    entity = next(e for e in sheet.entities if e.label == "Andean Security Community")
    assert entity.type.value == "Organization" and entity.qid is None
    assert set(entity.mentions) == {"Andean Security Community", "ASC"}  # not "ASC" of "ASC Rapid Force"


@pytest.mark.parametrize("text", ["Serbia joined the Youth Forum of the European Union in 2019.",
                                  "Georgia hopes to join the Alliance one day."])
def test_no_new_organisation_around_a_known_one_or_from_a_lone_head_noun(extractor: Extractor, text: str) -> None:
    assert not any(e.type.value == "Organization" and e.qid is None for e in _sheet(extractor, text).entities)


def test_a_known_organisations_acronym_defined_in_the_text(extractor: Extractor) -> None:
    text = ("The Organization of Turkic States (OTS) met in Baku. The OTS was established in 2009 by "
            "Azerbaijan and Kazakhstan.")
    founders = {o for s, r, o, _ in _facts(_sheet(extractor, text)) if r == "founded_by"}
    assert founders == {"Azerbaijan", "Kazakhstan"}


def test_a_states_iso_code_names_it_beside_its_full_name(extractor: Extractor) -> None:
    text = ("Australia and Papua New Guinea signed a defence treaty on Monday. PNG, the most populous island "
            "state in the region, is a member of the Pacific Islands Forum. PNG's troops will join the drills.")
    assert ("Papua New Guinea", "member_of", "Pacific Islands Forum", "asserted") in _facts(_sheet(extractor, text))
    alone = "PNG is a member of the Pacific Islands Forum. The AND and the PER parties met."
    assert not _facts(_sheet(extractor, alone), "member_of")  # no full name: a code is no state's name


@pytest.mark.parametrize("text, speaker", [
    ("Mongolia will host the Khaan Quest 2026 drills in June, its defence ministry said on Friday.",
     "Mongolian Defence Ministry"),
    ("Ulaanbaatar will send two companies to the drills, the Defense Ministry said.", "Mongolian Defense Ministry"),
])
def test_a_ministry_named_without_its_state_speaks_for_the_state_of_its_clause(extractor: Extractor, text: str,
                                                                             speaker: str) -> None:
    assert {s for s, r, _, _ in _facts(_sheet(extractor, text), "said")} == {speaker}


def test_a_states_ministry_is_no_bloc_that_a_later_apposition_refers_to(extractor: Extractor) -> None:
    text = ("Kazakhstan will host drills of the Collective Security Treaty Organization next month, its defence "
            "ministry said, but Armenia, a founding member that has frozen its participation in the bloc, will not "
            "send troops.")
    facts = _facts(_sheet(extractor, text))
    assert ("Armenia", "member_of", "Collective Security Treaty Organization", "asserted") in facts
    assert ("Armenia", "suspended_participation_in", "Collective Security Treaty Organization", "asserted") in facts
    assert not any(o == "Kazakh Defence Ministry" for _, r, o, _ in facts if r != "said")


def test_the_bloc_is_not_a_body_that_spoke_and_a_capitalised_head_noun_names_the_organisation(
        extractor: Extractor) -> None:
    text = ("The Collective Security Treaty Organization (CSTO) opened its summit. The CSTO Secretariat said the "
            "talks went well. Armenia, which has frozen its participation in the organization, did not attend, "
            "the CSTO Secretariat said.")
    suspended = {o for s, r, o, _ in _facts(_sheet(extractor, text), "suspended_participation_in")}
    assert suspended == {"Collective Security Treaty Organization"}
    text = ("The Economic Community of West African States (ECOWAS) met in Abuja. Mali and Niger formally withdrew "
            "from the Community in January 2025.")
    assert {s for s, r, o, _ in _facts(_sheet(extractor, text), "left")
            if o == "Economic Community of West African States"} == {"Mali", "Niger"}


@pytest.mark.parametrize("sentence", [
    "Guinea, whose membership of the African Union has been suspended since the coup, sent observers.",
    "Armenia has frozen its African Union membership.",
])
def test_a_suspended_membership_named_by_its_owner(extractor: Extractor, sentence: str) -> None:
    assert {o for s, r, o, _ in _facts(_sheet(extractor, sentence), "suspended_participation_in")} == {
        "African Union"}


def test_a_parliament_withdrawing_the_country_from_an_organisation(extractor: Extractor) -> None:
    text = "Moldova applied to join the EU, days after its parliament voted to withdraw the country from the CIS."
    assert ("Moldova", "left", "Commonwealth of Independent States", "asserted") in _facts(_sheet(extractor, text))


def test_a_series_named_before_its_adjectives_and_then_with_its_year(extractor: Extractor) -> None:
    text = ("The 12th Amber Lance multinational military exercise opened on Tuesday.\n\n"
            "Amber Lance 2026, which runs until March 20, involves about 3,000 troops. Besides Estonia and Latvia, "
            "troops from Finland and Poland are taking part in the field training. Besides China, Russia also "
            "criticised the field training.")
    participants = {s for s, r, o, _ in _facts(_sheet(extractor, text), "participates_in_exercise")
                    if o == "Amber Lance 2026"}
    assert participants == {"Estonia", "Latvia", "Finland", "Poland"}


@pytest.mark.parametrize("sentence", [
    "The Amber Lance 2026 exercise is under way. The participating navies are those of Estonia, Latvia and Finland.",
    "The Amber Lance 2026 exercise will be hosted by Estonia with participation from Latvia and Finland.",
])
def test_participants_as_those_of_and_participation_from(extractor: Extractor, sentence: str) -> None:
    participants = {s for s, r, o, _ in _facts(_sheet(extractor, sentence), "participates_in_exercise")}
    assert {"Latvia", "Finland"} <= participants


def test_editions_numbered_in_roman_numerals_keep_their_names_and_take_a_year(extractor: Extractor) -> None:
    text = ("The 20th edition of Amber Lance, the largest naval exercise in the Baltic, got under way on Sunday. "
            "Amber Lance XX, hosted by Estonia, will run until March 20. Finland took part in Amber Lance XVIII "
            "in 2024.")
    sheet = _sheet(extractor, text)
    exercises = {e.label for e in sheet.entities if e.type.value == "Exercise"}
    assert exercises == {"Amber Lance XX", "Amber Lance XVIII", "Amber Lance"}
    facts = _facts(sheet)
    assert ("Estonia", "hosts_exercise", "Amber Lance XX", "asserted") in facts
    # the series, named in a sentence about this year's edition: the edition is part of it, and the
    # sentence's date is the edition's
    assert ("Amber Lance XX", "part_of", "Amber Lance", "asserted") in facts
    assert ("Amber Lance XX", "exercise_date", "2026-03-08", "asserted") in facts
    times = {(f.subject, f.object): f.time for f in sheet.facts if f.relation == "participates_in_exercise"}
    assert times[("Finland", "Amber Lance XVIII")] == "2024"


def test_a_name_the_gazetteer_lacks_is_found_by_the_acronym_defined_for_it(extractor: Extractor) -> None:
    text = ("The Baltic Defence Cooperation (BALTDEFCO) was set up in 2011 and brings together Estonia, Latvia and "
            "Lithuania. The Northern Rapid Force (NRF) met in Riga. The NRF will take part in the Amber Lance 2026 "
            "exercise. The Grand Old Party (XYZ) joined NATO.")
    sheet = _sheet(extractor, text)
    kinds = {e.label: e.type.value for e in sheet.entities}
    assert kinds.get("Baltic Defence Cooperation") == "Organization"
    assert kinds.get("Northern Rapid Force") == "MilitaryUnit"
    assert "Grand Old Party" not in kinds
    assert {s for s, r, o, _ in _facts(sheet, "member_of") if o == "Baltic Defence Cooperation"} == {
        "Estonia", "Latvia", "Lithuania"}
    assert set({e.label: e.mentions for e in sheet.entities}["Northern Rapid Force"]) == {"NRF", "Northern Rapid Force"}


@pytest.mark.parametrize("text", [
    "The EU was founded by the six states that still make up its membership: Estonia, Latvia and Lithuania.",
    "The EU met in Brussels. The bloc is left with three full members -- Estonia, Latvia and Lithuania -- "
    "plus Iceland, a partner since 2005.",
    "Estonia, which joined the European Union in May 2004 together with Latvia and Lithuania, sent a frigate.",
])
def test_members_listed_after_make_up_its_membership_left_with_and_joined_together_with(
        extractor: Extractor, text: str) -> None:
    members = {s for s, r, o, _ in _facts(_sheet(extractor, text), "member_of") if o == "European Union"}
    assert members == {"Estonia", "Latvia", "Lithuania"}


@pytest.mark.parametrize("sentence, speaker, words", [
    ("Lt Gen Ivo Petrov, commanding general of the 5th Corps, said the drills were a success.", "Ivo Petrov",
     "the drills were a success"),
    ("Major General Ana Kovac, Deputy Commander of U.S. Army Europe, said the drills were a success.", "Ana Kovac",
     "the drills were a success"),
    ("Rear Admiral Ivo Petrov, commander of the 6th Fleet, which has run the series since 1990, told reporters "
     "that the drills were a success.", "Ivo Petrov", "the drills were a success"),
    ("Serbia's constitution enshrines neutrality, and President Ana Kovac has repeatedly said the country will "
     "not join NATO.", "Ana Kovac", "the country will not join NATO"),
    ("Addressing troops, Minister of Defense of Mongolia G. Batjargal noted that the drills were a success.",
     "G. Batjargal", "the drills were a success"),
])
def test_speakers_behind_ranks_titled_appositions_and_a_first_clause(extractor: Extractor, sentence: str,
                                                                       speaker: str, words: str) -> None:
    said = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, sentence), "said")}
    assert said == {(speaker, words)}


def test_a_quotation_after_a_colon_that_runs_over_two_sentences(extractor: Extractor) -> None:
    text = ('The Chief of the Navy, Vice Admiral Ivo Petrov, said in a statement: "Our sailors need sea time. '
            'The drills give them that."')
    said = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "said")}
    assert said == {("Ivo Petrov", "Our sailors need sea time. The drills give them that.")}


def test_a_paragraph_opened_by_a_dash_quotes_its_speaker(extractor: Extractor) -> None:
    text = ("The ministers met in Oslo.\n\n– With this agreement, the region becomes one area. Paperwork should take "
            "days, says Minister of Defence Ana Kovac.")
    said = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "said")}
    assert said == {("Ana Kovac", "With this agreement, the region becomes one area. Paperwork should take days")}


@pytest.mark.parametrize("sentence, position", [
    ("Lt Gen Ivo Petrov, commanding general of the 5th Marine Expeditionary Force, said the drills went well.",
     "commanding general of 5th Marine Expeditionary Force"),
    ("Major General Ivo Petrov, Deputy Commander of U.S. Army Europe, said the drills went well.",
     "Deputy Commander of U.S. Army Europe"),
    ("Gen Ivo Petrov, chief of defence forces, told reporters the drills went well.", "chief of defence forces"),
])
def test_positions_in_an_apposition_with_a_commanding_or_deputy_title(extractor: Extractor, sentence: str,
                                                                        position: str) -> None:
    positions = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, sentence), "holds_position")}
    assert ("Ivo Petrov", position) in positions
    assert all(s == "Ivo Petrov" for s, _ in positions)


def test_contingents_from_a_list_in_the_sentence_after_the_exercise(extractor: Extractor) -> None:
    text = ("About 900 servicemen are taking part in the Amber Lance 2026 exercise. Among them are contingents from "
            "Estonia, Latvia and Finland.")
    assert {s for s, r, o, _ in _facts(_sheet(extractor, text), "participates_in_exercise")} == {
        "Estonia", "Latvia", "Finland"}


@pytest.mark.parametrize("sentence, ship, navy", [
    ("The Peruvian Navy frigate BAP Grau led the fleet out of Callao.", "BAP Grau", "Peruvian Navy"),
    ("The Royal Navy's patrol ship HMS Tamar drew a response from Buenos Aires.", "HMS Tamar", "Royal Navy"),
    ("The Republic of Fiji Navy will send the patrol boat RFNS Volasiga to the drills.", "RFNS Volasiga",
     "Republic of Fiji Navy"),
])
def test_a_ship_named_with_its_navy_is_part_of_it(extractor: Extractor, sentence: str, ship: str, navy: str) -> None:
    assert (ship, "part_of", navy, "asserted") in _facts(_sheet(extractor, sentence))


def test_a_state_sending_a_ship_does_not_make_the_ship_its_part(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Oman sent the corvette RNOV Qahir to the Amber Lance 2026 exercise."))
    assert ("RNOV Qahir", "participates_in_exercise", "Amber Lance 2026", "asserted") in facts  # a ship, found
    assert not any(r == "part_of" for _, r, _, _ in facts)


@pytest.mark.parametrize("sentence, place, whole", [
    ("The Amber Lance 2026 exercise opened at U-Tapao airbase in Rayong.", "U-Tapao airbase", "Rayong"),
    # a training venue is where drills are held, and no part of a place in the corpus' notes
    ("The Amber Lance 2026 exercise opened at the Gabiro Combat Training Centre, Rwanda, on Monday.",
     "Gabiro Combat Training Centre", None),
])
def test_airbases_and_training_centres_are_places(extractor: Extractor, sentence: str, place: str,
                                                  whole: str | None) -> None:
    facts = _facts(_sheet(extractor, sentence))
    assert {o for s, r, o, _ in facts if s == place and r == "part_of"} == ({whole} if whole else set())
    assert ("Amber Lance 2026", "exercise_located_in", place, "asserted") in facts


def test_an_edition_is_part_of_a_series_held_regularly(extractor: Extractor) -> None:
    text = "The Amber Lance-2026 exercises began on Monday. Amber Lance exercises have been held regularly since 2004."
    assert ("Amber Lance-2026", "part_of", "Amber Lance", "asserted") in _facts(_sheet(extractor, text))


def test_participants_listed_after_taking_part_and_a_colon(extractor: Extractor) -> None:
    text = ("Estonia is hosting the Amber Lance 2026 exercise. Troops from four other countries are taking part: "
            "Latvia, Finland, Poland and the United States.")
    found = {s for s, _, o, m in _facts(_sheet(extractor, text), "participates_in_exercise") if m == "asserted"}
    assert found == {"Latvia", "Finland", "Poland", "United States"}


@pytest.mark.parametrize("sentence, expected", [
    ("Denmark, which sent the patrol ship HDMS Triton last year, is not taking part this time.",
     {("Denmark", "Amber Lance 2026", "negated")}),
    ("Poland, which took part in Amber Lance 2024, will not take part this year.",
     {("Poland", "Amber Lance 2026", "negated"), ("Poland", "Amber Lance 2024", "asserted")}),
    ("Finland, which hosted the drills in 2024, will send two minehunters.", {("Finland", "Amber Lance 2026", "planned")}),
    ("Norway, which had been invited to send a frigate, declined to join, citing other commitments.",
     {("Norway", "Amber Lance 2026", "negated")}),
])
def test_a_relative_clause_on_an_earlier_edition_before_the_main_verb(extractor: Extractor, sentence: str,
                                                                      expected: set[tuple[str, str, str]]) -> None:
    sheet = _sheet(extractor, "The Amber Lance 2026 exercise opened on Monday in Estonia. " + sentence)
    assert {(s, o, m) for s, _, o, m in _facts(sheet, "participates_in_exercise")} == expected
    assert not _facts(sheet, "hosts_exercise")  # the clause's verb is not the main clause's


@pytest.mark.parametrize("sentence, expected", [
    ("France took part in the 2023 edition with four jets.", {("France", "Amber Lance 2023", "asserted")}),
    ("India, which sent jets to the 2023 edition, is not taking part this year.",
     {("India", "Amber Lance 2023", "asserted"), ("India", "Amber Lance", "negated")}),
])
def test_a_dated_edition_of_an_exercise_named_without_a_year(extractor: Extractor, sentence: str,
                                                             expected: set[tuple[str, str, str]]) -> None:
    sheet = _sheet(extractor, "Estonia hosts the Amber Lance exercise every year. " + sentence, date=None)
    assert {(s, o, m) for s, _, o, m in _facts(sheet, "participates_in_exercise")} == expected


def test_a_relative_clause_keeps_its_other_facts(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Amber Lance 2026 exercise opened on Monday. Sweden, which joined NATO in 2024, "
                              "will not take part this year.")
    assert ("Sweden", "member_of", "NATO", "asserted") in _facts(sheet)
    assert ("Sweden", "participates_in_exercise", "Amber Lance 2026", "negated") in _facts(sheet)


@pytest.mark.parametrize("sentence, expected", [
    ("The Royal Danish Navy has committed HDMS Triton and HDMS Vaedderen to the drills.",
     {"Royal Danish Navy", "HDMS Triton", "HDMS Vaedderen"}),
    ("Units and staff officers from the following countries are participating: Latvia, Lithuania and Finland.",
     {"Latvia", "Lithuania", "Finland"}),
    ("Estonia remains committed to the defence of the region.", set()),
    ("Italy declined to join the protocol, preferring its own patrols.", set()),
])
def test_participants_committed_or_listed_after_participating(extractor: Extractor, sentence: str,
                                                               expected: set[str]) -> None:
    sheet = _sheet(extractor, "The Amber Lance 2026 exercise opened on Monday in Estonia. " + sentence)
    assert {s for s, _, _, _ in _facts(sheet, "participates_in_exercise")} == expected


def test_an_exercise_code_named_with_the_word_exercise(extractor: Extractor) -> None:
    text = "The two armies will hold a joint field training exercise, code-named Exercise Kwando Bridge, in May."
    assert {e.label for e in _sheet(extractor, text).entities if e.type is EntityType.EXERCISE} == {"Kwando Bridge 2026"}


def test_an_exercise_named_with_of_takes_the_edition_set_off_after_it(extractor: Extractor) -> None:
    text = ("The 29th edition of the Rim of the Pacific exercise, RIMPAC 2024, ended on 1 August. Canada sent two "
            "frigates to the exercise. The Bay of Bengal exercise will follow in May.")
    sheet = _sheet(extractor, text)
    assert ("Canada", "participates_in_exercise", "RIMPAC 2024", "asserted") in _facts(sheet)
    assert {e.label for e in sheet.entities if e.type is EntityType.EXERCISE} == {"RIMPAC 2024"}


def test_a_navy_and_the_ship_it_is_described_with_both_take_part(extractor: Extractor) -> None:
    text = ("The Amber Lance 2026 naval exercise opened on Monday. Participating units included the Polish Navy "
            "frigate ORP Gdynia, the German Navy corvette Erfurt and the Estonian Navy's minehunter Sakala.")
    found = {s for s, _, o, m in _facts(_sheet(extractor, text), "participates_in_exercise") if m == "asserted"}
    assert found == {"Polish Navy", "ORP Gdynia", "German Navy", "Erfurt", "Estonian Navy", "Sakala"}


@pytest.mark.parametrize("sentence, expected", [
    ("Finland has dispatched the patrol vessel Turva.", {("Finland", "asserted"), ("Turva", "asserted")}),
    ("Norway, which trained with the fleet last year, was again absent.", {("Norway", "negated")}),
])
def test_a_state_that_dispatches_a_ship_or_is_absent(extractor: Extractor, sentence: str,
                                                     expected: set[tuple[str, str]]) -> None:
    text = "The Amber Lance 2026 naval exercise opened on Monday in the Gulf of Riga. " + sentence
    facts = _facts(_sheet(extractor, text), "participates_in_exercise")
    assert {(s, m) for s, _, o, m in facts if o == "Amber Lance 2026"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Drills open on the coast\n\nBy Ana Kovac\n\nKLAIPEDA, Lithuania, May 4 (BNW) – Warships from six states "
     "arrived on Monday.", {("Klaipeda", "Lithuania")}),
    ("VILNIUS, Lithuania, May 4 (BNW) – Warships from six states arrived on Monday.", set()),  # a capital
    ("KLAIPEDA, May 4 (BNW) – Warships from six states arrived on Monday.", set()),
])
def test_the_town_of_a_dateline_that_names_its_state_is_part_of_it(extractor: Extractor, text: str,
                                                                   expected: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "part_of")} == expected


def test_a_unit_set_off_as_an_owners_unit_is_part_of_it(extractor: Extractor) -> None:
    text = "Estonia sent a company of the Kalev Battalion, the Estonian Army's light infantry unit based at Tapa."
    assert ("Kalev Battalion", "part_of", "Estonian Army", "asserted") in _facts(_sheet(extractor, text))


def test_every_before_exercise_is_no_name_and_a_headlines_quotes_are_no_part_of_one(extractor: Extractor) -> None:
    text = ("Latvia to host Estonia, Lithuania troops for third 'Amber Lance' drills\n\n"
            "The drills open in May. \"Every exercise like this builds trust,\" said Ivo Petrov, a defence analyst.")
    sheet = _sheet(extractor, text)
    assert {e.label for e in sheet.entities if e.type is EntityType.EXERCISE} == {"Amber Lance 2026"}
    # "to host Estonia, Lithuania troops": the verb, not a noun naming Estonia the host
    assert {s for s, _, _, _ in _facts(sheet, "hosts_exercise")} == {"Latvia"}


@pytest.mark.parametrize("text, expected", [
    ("The OAS met in Lima. Japan has been a permanent observer at the Organization of American States since 2004.",
     {("Japan", "Organization of American States")}),
    ("The Arctic Council met. Japan, an accredited observer at the council since 2013, sent a minister.",
     {("Japan", "Arctic Council")}),
    ("Japan, which holds permanent observer status at the OAS, sent its envoy.",
     {("Japan", "Organization of American States")}),
    ("The Amber Lance 2026 exercise opens next month. The African Union and IGAD have been invited to attend as "
     "observers.", {("African Union", "Amber Lance 2026"), ("Intergovernmental Authority on Development",
                                                            "Amber Lance 2026")}),
])
def test_permanent_and_accredited_observers_and_bodies_that_observe_drills(extractor: Extractor, text: str,
                                                                          expected: set[tuple[str, str]]) -> None:
    found = {(s, o) for s, _, o, m in _facts(_sheet(extractor, text), "observer_of") if m in ("asserted", "planned")}
    assert found == expected


def test_the_body_that_names_the_drills_is_not_their_observer(extractor: Extractor) -> None:
    text = ("Home Guard will not send troops to ASEAN military exercise, to attend as observer\n\n"
            "The Amber Lance 2026 exercise opens in May.")
    assert not _facts(_sheet(extractor, text), "observer_of")


def test_a_town_before_based_is_no_venue(extractor: Extractor) -> None:
    text = ("The Amber Lance 2026 drills opened. \"These drills show Latvia has friends,\" said Ivo Petrov, a "
            "researcher at the Vilnius-based Baltic Institute.")
    assert not _facts(_sheet(extractor, text), "exercise_located_in")


def test_every_dated_edition_of_a_series_named_bare_is_part_of_it(extractor: Extractor) -> None:
    text = ("Estonia is hosting the Amber Lance 2026 exercise this week. Amber Lance has been held every year "
            "since 2011. Last year's edition, Amber Lance 2025, drew 4,000 troops and was held in Latvia.")
    series = {(s, m) for s, r, o, m in _facts(_sheet(extractor, text), "part_of") if o == "Amber Lance"}
    assert series == {("Amber Lance 2026", "asserted"), ("Amber Lance 2025", "asserted")}


def test_an_edition_named_in_passing_is_no_part_of_the_series_by_that(extractor: Extractor) -> None:
    text = ("Estonia is hosting the Amber Lance 2026 exercise this week. Amber Lance has been held every year "
            "since 2011. Bolivia, whose troops trained alongside Chilean forces during Amber Lance 2023, was not "
            "invited. Planning has begun for Amber Lance 2027, the ministry said.")
    editions = {s for s, r, o, _ in _facts(_sheet(extractor, text), "part_of") if o == "Amber Lance"}
    assert editions == {"Amber Lance 2026"}


def test_an_edition_called_one_in_the_series_is_part_of_it(extractor: Extractor) -> None:
    text = "Amber Lance 2026 is the seventh exercise in the series, which Estonia launched in 2014."
    assert ("Amber Lance 2026", "part_of", "Amber Lance", "asserted") in _facts(_sheet(extractor, text))


@pytest.mark.parametrize(("text", "edition"), [
    (("Polish troops began the Amber Lance-26 exercise on Monday. Amber Lance-26 is the fifth edition of the "
      "drills, which the Operational Command has run since 2016."), "Amber Lance-26"),
    (("More than 5,000 troops will take part in Amber Lance 2026, the largest iteration yet of the biennial "
      "exercise."), "Amber Lance 2026"),
    (("Greece and Cyprus will hold Amber Lance-9, the latest of the Amber Lance exercises they have staged "
      "together since 2012."), "Amber Lance-9"),
])
def test_an_edition_said_to_be_one_is_part_of_its_series(extractor: Extractor, text: str, edition: str) -> None:
    assert (edition, "part_of", "Amber Lance") in {f[:3] for f in _facts(_sheet(extractor, text))}


def test_an_edition_is_no_part_of_a_series_the_text_never_names_bare(extractor: Extractor) -> None:
    text = ("Estonia is hosting the Amber Lance 2026 exercise this week. Last year's edition, Amber Lance 2025, "
            "drew 4,000 troops and was held in Latvia.")
    assert not _facts(_sheet(extractor, text), "part_of")


def test_a_treaty_of_several_signers_gives_parties_and_no_pairs_and_parties_it_lacks(extractor: Extractor) -> None:
    text = ("The Baltic Mobility Agreement was signed on 21 May 2026 by Minister Ana Kovac (Estonia), Minister Ivo "
            "Petrov (Latvia) and Minister Jan Berg (Lithuania). Finland and Sweden are not parties to the agreement.")
    facts = _facts(_sheet(extractor, text))
    parties = {(o, m) for s, r, o, m in facts if r == "agreement_party"}
    assert parties == {("Estonia", "asserted"), ("Latvia", "asserted"), ("Lithuania", "asserted"),
                       ("Finland", "negated"), ("Sweden", "negated")}
    assert not any(r == "signed_agreement_with" for _, r, _, _ in facts)


def test_leaders_named_by_their_adjectives_sign_for_their_states(extractor: Extractor) -> None:
    text = ("On Tuesday, Estonian Prime Minister Ana Kovac and her Latvian counterpart Ivo Petrov signed the "
            "Riga Security Treaty.")
    facts = _facts(_sheet(extractor, text))
    assert {o for s, r, o, _ in facts if r == "agreement_party"} == {"Estonia", "Latvia"}
    assert ("Estonia", "signed_agreement_with", "Latvia", "asserted") in facts
    # ("counterpart" is no post: the post of the one he is the counterpart of, in his state)
    assert {o for s, r, o, _ in facts if s == "Ivo Petrov" and r == "holds_position"} == {"Prime Minister of Latvia"}


def test_an_agreement_named_with_its_other_party(extractor: Extractor) -> None:
    text = "It follows the Narva Treaty with Latvia (December 2024) and the Tartu Accord with Finland."
    parties = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "agreement_party")}
    assert parties == {("Narva Treaty", "Latvia"), ("Tartu Accord", "Finland")}


def test_the_next_and_last_editions_are_other_exercises_of_the_series(extractor: Extractor) -> None:
    text = ("The Amber Lance 2026 exercise opened in Estonia on Monday. The next edition of the exercise will be "
            "held in Latvia in 2028, the command said. Last year's edition took place in Finland.")
    located = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "exercise_located_in")}
    assert located == {("Amber Lance 2026", "Estonia"), ("Amber Lance 2028", "Latvia"),
                       ("Amber Lance 2025", "Finland")}


@pytest.mark.parametrize("sentence, unit, state", [
    ("The Amber Lance 2026 exercise, hosted by the Estonian Navy, runs until May 3.", "Estonian Navy", "Estonia"),
    ("The Latvian Navy (LVN) will host the Amber Lance 2026 exercise with the navies of Finland and Poland.",
     "Latvian Navy", "Latvia"),
])
def test_a_navy_that_hosts_organises_and_its_state_hosts(extractor: Extractor, sentence: str, unit: str,
                                                          state: str) -> None:
    facts = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, sentence))}
    assert (unit, "organizes_exercise", "Amber Lance 2026") in facts
    assert (state, "hosts_exercise", "Amber Lance 2026") in facts


def test_co_hosts_named_by_their_commands(extractor: Extractor) -> None:
    text = ("The Amber Lance 2026 exercise is co-hosted by the Royal Danish Army and the United States European "
            "Command.")
    facts = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text))}
    assert {s for s, r, _ in facts if r == "organizes_exercise"} == {"Royal Danish Army",
                                                                      "United States European Command"}
    assert {s for s, r, _ in facts if r == "hosts_exercise"} == {"Denmark"}


def test_participants_named_as_the_navies_of(extractor: Extractor) -> None:
    text = "Estonia will hold the Amber Lance 2026 exercise with the navies of Finland and Poland."
    assert {"Finland", "Poland"} <= {s for s, r, o, _ in _facts(_sheet(extractor, text), "participates_in_exercise")}


def test_founders_listed_after_the_states_that_make_up_its_membership(extractor: Extractor) -> None:
    text = ("The CSTO was established in Tashkent in 1992 by the three states that still make up its "
            "membership: Armenia, Belarus and Russia.")
    facts = _facts(_sheet(extractor, text))
    assert {o for s, r, o, _ in facts if r == "founded_by"} == {"Armenia", "Belarus", "Russia"}
    assert {s for s, r, o, _ in facts if r == "member_of"} == {"Armenia", "Belarus", "Russia"}


def test_a_state_in_brackets_after_a_name_is_its_nationality(extractor: Extractor) -> None:
    text = "The pact was signed by Minister of Defence Ana Kovac (Estonia) and Minister of Defence Ivo Petrov (Latvia)."
    nationalities = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "nationality")}
    assert nationalities == {("Ana Kovac", "Estonia"), ("Ivo Petrov", "Latvia")}


@pytest.mark.parametrize("sentence, state", [
    ("Latvia declined the invitation, the Ministry of Defence said.", "Latvia"),
    ("Poland, a founding member of the force, was not invited.", "Poland"),
    ("Lithuania has been excluded from the drills, officials said.", "Lithuania"),
])
def test_refusals_exclusions_and_uninvited_states_after_an_apposition(extractor: Extractor, sentence: str,
                                                                      state: str) -> None:
    text = "The Amber Lance 2026 exercise opened on Monday with troops from 20 countries. " + sentence
    assert (state, "participates_in_exercise", "Amber Lance 2026", "negated") in _facts(_sheet(extractor, text))


@pytest.mark.parametrize("sentence, speaker, words", [
    ("Latvia is not taking part, Col. Ivo Petrov, a spokesman for the Estonian General Staff, told Delfi, although "
     "Latvian troops are stationed nearby.", "Ivo Petrov", "Latvia is not taking part"),
    ("Around 4,000 personnel are taking part, according to the Estonian Navy, which is based in Tallinn and runs "
     "the drills.", "Estonian Navy", "Around 4,000 personnel are taking part"),
    ("No advisers have been stationed in Latvia since 2024, according to the Latvia Police Force.",
     "Latvia Police Force", "No advisers have been stationed in Latvia since 2024"),
])
def test_words_put_before_their_source(extractor: Extractor, sentence: str, speaker: str, words: str) -> None:
    assert {(s, o) for s, r, o, _ in _facts(_sheet(extractor, sentence), "said")} == {(speaker, words)}


@pytest.mark.parametrize("text, fact", [
    ("Latvia stopped taking part in CIS bodies in 2018.",
     ("Latvia", "suspended_participation_in", "Commonwealth of Independent States", "asserted")),
    ("The GCC met in Riyadh. Yemen, which applied to join the council in 1996, was not invited.",
     ("Yemen", "applied_for_membership_of", "Gulf Cooperation Council", "asserted")),
    ("Moldova is neutral, and President Ana Kovac has said the country will not seek to join NATO.",
     ("Moldova", "applied_for_membership_of", "NATO", "negated")),
    ("The CIS met. Moldova left the commonwealth after Georgia, which left in 2009.",
     ("Georgia", "left", "Commonwealth of Independent States", "asserted")),
])
def test_statuses_by_stopping_an_anaphoric_council_the_country_and_a_bare_left(extractor: Extractor, text: str,
                                                                                  fact: tuple[str, ...]) -> None:
    assert fact in _facts(_sheet(extractor, text))


def test_a_bare_left_without_an_organisation_spoken_of_says_nothing(extractor: Extractor) -> None:
    # what Estonia left is not said (the sentence speaks of no organisation), so no fact
    assert not _facts(_sheet(extractor, "NATO met in Riga. Estonia left in 2009 after a long debate."), "left")


def test_the_series_of_this_years_edition_named_after_edition_of(extractor: Extractor) -> None:
    text = ("Forty navies are taking part in the 13th edition of the multilateral naval exercise Amber Lance, which "
            "got under way on Sunday. Amber Lance 2026 runs until March 20.")
    facts = _facts(_sheet(extractor, text))
    assert ("Amber Lance 2026", "part_of", "Amber Lance", "asserted") in facts
    assert ("Amber Lance 2026", "exercise_date", "2026-03-08", "asserted") in facts
    assert not any(s == "Amber Lance" and r != "part_of" or o == "Amber Lance" and r != "part_of"
                   for s, r, o, _ in facts)


def test_a_region_named_with_a_bare_apostrophe_possessive(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The drills began at the Losvido training ground in Belarus' Vitebsk Region."))
    assert ("Losvido training ground", "part_of", "Vitebsk Region", "asserted") in facts
    assert ("Vitebsk Region", "part_of", "Belarus", "asserted") in facts


def test_a_body_named_in_lower_case_after_its_organisation(extractor: Extractor) -> None:
    text = "Kazakhstan will host the drills next year, according to the CSTO secretariat."
    facts = _facts(_sheet(extractor, text))
    assert ("CSTO secretariat", "part_of", "Collective Security Treaty Organization", "asserted") in facts
    assert any(s == "CSTO secretariat" and r == "said" for s, r, _, _ in facts)


def test_a_previous_edition_in_an_aside_leaves_the_sentence_to_this_years(extractor: Extractor) -> None:
    text = ("The Amber Lance 2026 exercise opened on Monday. Latvia, which had skipped the previous edition, did not "
            "respond to the invitation, the Navy said.")
    facts = _facts(_sheet(extractor, text))
    assert not any("2025" in o for _, r, o, _ in facts if r == "participates_in_exercise")


@pytest.mark.parametrize("text, members, org", [
    ("The Baltic Defence College (BALTDEFCOL) trains officers. Its members are Estonia, Latvia and Lithuania.",
     {"Estonia", "Latvia", "Lithuania"}, "Baltic Defence College"),
    ("Leaders of the three member states of the Organization of Turkic States (OTS)—Azerbaijan, Kazakhstan and "
     "Uzbekistan—met in Baku.", {"Azerbaijan", "Kazakhstan", "Uzbekistan"}, "Organization of Turkic States"),
    ("Estonia and Latvia are members of the Shanghai Cooperation Organisation, or SCO, along with Finland.",
     {"Estonia", "Latvia", "Finland"}, "Shanghai Cooperation Organisation"),
    ("Estonia has also belonged to the CSTO since 2017.", {"Estonia"}, "Collective Security Treaty Organization"),
    ("Latvia has been a member of the CSTO since 1999 and of NATO since 2004.", {"Latvia"}, "NATO"),
    ("Estonia, Latvia and Lithuania are the three NATO members on the Baltic Sea.",
     {"Estonia", "Latvia", "Lithuania"}, "NATO"),
])
def test_members_by_its_members_are_a_dash_list_an_alias_belonging_and_counted(
        extractor: Extractor, text: str, members: set[str], org: str) -> None:
    assert {s for s, r, o, _ in _facts(_sheet(extractor, text), "member_of") if o == org} == members


@pytest.mark.parametrize("text", [
    "Estonia and Latvia launched the Shanghai Cooperation Organisation in December 2023.",
    "The drills are run by the Shanghai Cooperation Organisation (SCO), which Estonia and Latvia set up in 2023.",
])
def test_founders_as_the_subject_of_an_active_verb_or_its_relative_clause(extractor: Extractor, text: str) -> None:
    facts = _facts(_sheet(extractor, text))
    assert {o for s, r, o, _ in facts if r == "founded_by"} == {"Estonia", "Latvia"}
    assert not any(r == "exercise_date" for _, r, _, _ in facts)  # the founding's date is not the drills'


@pytest.mark.parametrize("sentence", [
    "Contingents from Estonia, The Bahamas and St Vincent and the Grenadines are expected, the ministry said.",
    "Besides Estonia, the exercise involves The Bahamas and St. Vincent and the Grenadines.",
    "Besides Estonia, participating countries this year include The Bahamas and Saint Vincent and the Grenadines.",
])
def test_participants_in_long_lists_with_capitalised_articles_and_saints(extractor: Extractor, sentence: str) -> None:
    text = "The Amber Lance 2026 exercise opened on Monday. " + sentence
    assert {s for s, r, o, _ in _facts(_sheet(extractor, text), "participates_in_exercise")} == {
        "Estonia", "Bahamas", "Saint Vincent and the Grenadines"}


@pytest.mark.parametrize("sentence, places", [
    ("The Amber Lance 2026 exercise will run until May 22 across Estonia, Latvia and Finland.",
     {"Estonia", "Latvia", "Finland"}),
    ("The Amber Lance 2026 exercise began. Its sea phase is being conducted in the territorial waters of Estonia "
     "and Latvia.", {"Estonia", "Latvia"}),
])
def test_exercises_held_across_states_and_in_their_territorial_waters(extractor: Extractor, sentence: str,
                                                                        places: set[str]) -> None:
    assert {o for s, r, o, _ in _facts(_sheet(extractor, sentence), "exercise_located_in")} == places


def test_a_continents_possessive_after_edition_of_is_no_exercise_name(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The 22nd edition of Africa's largest military exercise will run until May 22.")
    assert not any(e.type.value == "Exercise" and e.label.startswith("Africa ") for e in sheet.entities)


def test_parties_in_a_relative_clause_that_signed_the_agreement(extractor: Extractor) -> None:
    text = "The forum was set up under the Tallinn Agreement, which Estonia, Latvia and Finland signed that year."
    parties = {o for s, r, o, _ in _facts(_sheet(extractor, text), "agreement_party")}
    assert parties == {"Estonia", "Latvia", "Finland"}
    other = "The drills follow the Tallinn Accord, which Estonia hosted in 2020."
    assert not _facts(_sheet(extractor, other), "agreement_party")


@pytest.mark.parametrize("text, parties, date", [
    ("Chile and Peru held naval talks on Monday. Chile keeps troops in Peru under the Andean Defence Treaty "
     "the two countries signed in 1953.", {"Chile", "Peru"}, "1953"),
    ("Chile and Peru met in Lima. It builds on the Pacific Partnership the two governments launched in 2019.",
     {"Chile", "Peru"}, "2019"),
    ("Talks stalled over the Quito Accord that Chile and Peru signed in May 2024.", {"Chile", "Peru"}, "2024-05"),
])
def test_the_subject_of_a_relative_clause_on_an_agreement_signed_it(extractor: Extractor, text: str,
                                                                     parties: set[str], date: str) -> None:
    sheet = _sheet(extractor, text)
    assert {o for s, r, o, _ in _facts(sheet, "agreement_party")} == parties
    assert {o for s, r, o, _ in _facts(sheet, "agreement_date")} == {date}
    assert {frozenset((s, o)) for s, r, o, _ in _facts(sheet, "signed_agreement_with")} == {frozenset(parties)}


@pytest.mark.parametrize("text, name, parties, date", [
    ("Talks resumed after a peace agreement between Chile and Peru was initialled in Lima.",
     "peace agreement between Chile and Peru", {"Chile", "Peru"}, None),
    ("France keeps troops in Senegal under a 1997 treaty between France and Senegal.",
     "1997 treaty between France and Senegal", {"France", "Senegal"}, "1997"),
    ("The Chile-Peru peace agreement was ratified by both parliaments.", "Chile-Peru peace agreement",
     {"Chile", "Peru"}, None),
    ("Under the 1997 France-Senegal basing treaty, French troops may stay until 2040.",
     "1997 France-Senegal basing treaty", {"France", "Senegal"}, "1997"),
    ("The EU-Ukraine association agreement entered into force years ago.", "EU-Ukraine association agreement",
     {"European Union", "Ukraine"}, None),
    ("The presidents of Chile and Peru signed a “comprehensive strategic partnership” treaty in Lima.",
     "comprehensive strategic partnership treaty", {"Chile", "Peru"}, None),
])
def test_an_agreement_named_by_its_kind_and_its_parties(extractor: Extractor, text: str, name: str,
                                                        parties: set[str], date: str | None) -> None:
    sheet = _sheet(extractor, text)
    assert {(s, o) for s, r, o, _ in _facts(sheet, "agreement_party")} == {(name, party) for party in parties}
    assert {o for s, r, o, _ in _facts(sheet, "agreement_date") if s == name} == ({date} if date else set())


@pytest.mark.parametrize("text", [
    "The drills tested AUKUS, the 2021 submarine pact between Australia, Britain and the United States.",
    "New START, the 2010 arms control treaty between Russia and the United States, expires in 2026.",
    "Nothing like a similar agreement between Chile and Peru was ever signed.",
    "The Chile-Peru border was closed after the 1997 war.",
    "The Guinea-Bissau peace accord was signed in 1998.",
    "Moscow rejected a proposed peace agreement between Russia and Ukraine.",
    "Kyiv has called for a ceasefire agreement between Russia and Ukraine.",
    "Analysts said a defence pact between Saudi Arabia and Israel was unlikely.",
    "Egypt and Russia signed an agreement to build a Russian nuclear power plant at El Dabaa.",
])
def test_no_agreement_named_by_a_pair_or_between_where_none_is_told_apart(extractor: Extractor, text: str) -> None:
    assert not any(e.type.value == "Agreement" and e.label not in ("New START",)
                   for e in _sheet(extractor, text).entities)


def test_two_agreements_of_one_kind_between_other_pairs_stay_two(extractor: Extractor) -> None:
    text = ("The ceasefire agreement between Israel and Lebanon and the ceasefire agreement between Russia and Ukraine "
            "were discussed.")
    parties = {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "agreement_party")}
    assert parties == {("ceasefire agreement between Israel and Lebanon", "Israel"),
                       ("ceasefire agreement between Israel and Lebanon", "Lebanon"),
                       ("ceasefire agreement between Russia and Ukraine", "Russia"),
                       ("ceasefire agreement between Russia and Ukraine", "Ukraine")}


@pytest.mark.parametrize("text, unwanted", [
    ("Finland cooperates closely with Sweden on patrols off Norway under the Nordic Defence Cooperation Agreement.",
     ("Nordic Defence Cooperation Agreement", "agreement_party", "Norway")),
    ("The NATO chief said Ukraine could become a member only after the war.",
     ("Ukraine", "member_of", "NATO")),
])
def test_no_party_or_member_from_a_place_or_a_possibility(extractor: Extractor, text: str,
                                                          unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in {f[:3] for f in _facts(_sheet(extractor, text))}


def test_how_long_an_agreement_runs_is_its_mention_s_not_its_label_s(extractor: Extractor) -> None:
    text = "The accord mirrors the 10-year military cooperation roadmap that Chile signed with Peru in 2020."
    sheet = _sheet(extractor, text)
    assert {(e.label, e.mentions) for e in sheet.entities if e.type.value == "Agreement"} == {
        ("military cooperation roadmap", ("10-year military cooperation roadmap",))}


def test_the_two_ministers_that_signed_an_agreement_stand_for_their_states(extractor: Extractor) -> None:
    text = ("French Defence Minister Anne Blanc and Chilean Defence Minister Luis Rojas met in Paris on Monday. The "
            "new deal builds on the intergovernmental agreement on defence cooperation that the two ministers signed "
            "in Santiago on February 23, 2024.")
    facts = _facts(_sheet(extractor, text))
    name = "intergovernmental agreement on defence cooperation"
    assert {(name, "agreement_party", state, "asserted") for state in ("France", "Chile")} <= facts
    assert (name, "agreement_date", "2024-02-23", "asserted") in facts


def test_a_relative_clause_whose_subject_is_no_state_gives_no_party(extractor: Extractor) -> None:
    # The clause's subject is the treaty's own sentence, not a list of states before the verb.
    text = "Chile and Peru met. The Andean Defence Treaty remains in force although Bolivia signed nothing in 2020."
    assert not _facts(_sheet(extractor, text), "agreement_party")


@pytest.mark.parametrize("text, date", [
    ("Chile and Peru have been allies since the Lima Pact of 1954.", "1954"),
    ("Peru closed the straits under the 1936 Andean Convention.", "1936"),
    ("Seoul moved to restore the 2018 bilateral Comprehensive Military Agreement.", "2018"),
    ("Iran and Iraq restored ties under the Baghdad Agreement, signed in March 2023 with Omani mediation.",
     "2023-03"),
    ("The bloc grew out of the Collective Defence Treaty signed in Tashkent on May 15, 1992.", "1992-05-15"),
])
def test_an_agreements_date_from_a_year_in_its_name_or_a_participle(extractor: Extractor, text: str,
                                                                     date: str) -> None:
    assert {o for s, r, o, _ in _facts(_sheet(extractor, text), "agreement_date")} == {date}


def test_a_verb_after_an_agreement_and_a_comma_is_no_participle(extractor: Extractor) -> None:
    # "..., signed the Protocol" is a second verb of the subject, not a signing of the treaty.
    text = "Peru left the Andean Defence Treaty, signed the Lima Protocol in 2020 and joined the bloc."
    assert not {s for s, r, o, _ in _facts(_sheet(extractor, text), "agreement_date")} & {"Andean Defence Treaty"}


@pytest.mark.parametrize("text, speaker", [
    ("Estonian troops arrived in Riga. Ivo Petrov, the powerful brother of the Latvian leader and a senior "
     "official of the ruling party, said in a statement that the drills were a provocation.", "Ivo Petrov"),
    ('"The drills went well," said Air Vice Marshal Ivo Petrov, who heads the contingent.', "Ivo Petrov"),
    ("Members of the Latvia Defence Force (LDF) left for Riga. Estonia will host the drills, the LDF confirmed.",
     "Latvia Defence Force"),
])
def test_speakers_by_a_long_apposition_an_air_rank_and_a_forces_acronym(extractor: Extractor, text: str,
                                                                        speaker: str) -> None:
    assert {s for s, r, o, _ in _facts(_sheet(extractor, text), "said")} == {speaker}


@pytest.mark.parametrize("text, fact", [
    ("NATO met in Riga. Estonia and Latvia, both observer states, sent delegations.",
     ("Latvia", "observer_of", "NATO", "asserted")),
    ("Neighbouring Estonia attends NATO meetings as an observer.", ("Estonia", "observer_of", "NATO", "asserted")),
    ("The Amber Lance 2026 exercise opened. Military observers from some 30 other countries, among them Chad and "
     "Kenya, will follow the drills.", ("Kenya", "observer_of", "Amber Lance 2026", "planned")),
])
def test_observers_by_apposition_attendance_and_a_counted_list(extractor: Extractor, text: str,
                                                              fact: tuple[str, ...]) -> None:
    assert fact in _facts(_sheet(extractor, text))


def test_in_addition_to_a_state_with_troops_taking_part(extractor: Extractor) -> None:
    text = "The Amber Lance 2026 exercise opened. In addition to Estonia, troops from Finland are taking part."
    assert {s for s, r, o, _ in _facts(_sheet(extractor, text), "participates_in_exercise")} == {"Estonia", "Finland"}


def test_co_organisers_with_their_acronyms_and_an_acronym_of_a_names_tail(extractor: Extractor) -> None:
    text = ("Co-organized by the Royal Armed Forces (FAR) and US Europe Command (EUCOM), the Amber Lance 2026 "
            "exercise will run until May 22. EUCOM said it was ready.")
    facts = _facts(_sheet(extractor, text))
    assert {s for s, r, _, _ in facts if r == "organizes_exercise"} == {"Royal Armed Forces", "US Europe Command"}
    assert ("US Europe Command", "said", "it was ready", "asserted") in facts


def test_an_edition_named_by_its_year(extractor: Extractor) -> None:
    text = ("The Amber Lance 2026 exercise began on Monday in Estonia. The 2023 edition, held in April that year in "
            "Latvia, was the first with observers. The 2026 edition runs until Friday.")
    located = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "exercise_located_in")}
    assert located == {("Amber Lance 2026", "Estonia"), ("Amber Lance 2023", "Latvia")}


def test_a_town_in_a_region_of_a_state_set_off_by_a_comma(extractor: Extractor) -> None:
    text = "The latest exercise, Amber Lance-2026, took place in May at Paldiski, in northwestern Estonia."
    facts = _facts(_sheet(extractor, text))
    assert ("Paldiski", "part_of", "Estonia", "asserted") in facts


def test_a_ship_whose_apposition_names_its_navy(extractor: Extractor) -> None:
    text = "The HMS Tamar, a Royal Navy offshore patrol vessel, sailed for Riga on Friday."
    assert ("HMS Tamar", "part_of", "Royal Navy", "asserted") in _facts(_sheet(extractor, text))


def test_ships_each_after_its_navy_in_a_list_of_appositions(extractor: Extractor) -> None:
    # each ship is its own navy's, not the next one's (whose navy and kind follow "the" as an apposition would)
    text = ("Among the ships in port were the US Navy destroyer USS Kidd, the French Navy frigate FS Vendemiaire "
            "and the Royal Navy's HMS Medway.")
    parts = {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "part_of")}
    assert parts == {("USS Kidd", "US Navy"), ("FS Vendemiaire", "French Navy"), ("HMS Medway", "Royal Navy")}


@pytest.mark.parametrize("text, name", [
    ("Peru and Chile opened the drills, designated Sea Lance-4, off Callao on Monday.", "Sea Lance-4"),
    ("Peru and Chile opened the drills, code-named Sea Lance-4, off Callao on Monday.", "Sea Lance-4"),
    ("Peru and Chile opened Exercise Sea Lance off Callao on Monday.", "Sea Lance 2026"),
    # a name the text numbers in another paragraph keeps its first word ("Sea" opens many descriptions)
    ("Peru and Chile opened their bilateral Sea Lance exercise off Callao on Monday.\n\n"
     "The drills, the fourth since Sea Lance-1 in 2019, end on Friday.", "Sea Lance 2026"),
])
def test_an_exercise_name_the_text_gives_keeps_a_descriptive_first_word(extractor: Extractor, text: str,
                                                                        name: str) -> None:
    assert ("Peru", "participates_in_exercise", name, "asserted") in _facts(_sheet(extractor, text))


def test_a_series_named_alone_where_a_sentence_speaks_of_it_as_one(extractor: Extractor) -> None:
    text = ("Chile opened the Iron Lynx 2026 exercise on Monday.\n\nIron Lynx has been held annually since 2003.\n\n"
            "Peru sent 200 troops to the exercise.")
    sheet = _sheet(extractor, text)
    assert ("Iron Lynx 2026", "part_of", "Iron Lynx", "asserted") in _facts(sheet)
    # The series is not the exercise later sentences speak of.
    assert {s for s, r, o, _ in _facts(sheet, "participates_in_exercise") if o == "Iron Lynx 2026"} >= {"Peru"}
    assert not {f for f in _facts(sheet, "participates_in_exercise") if f[2] == "Iron Lynx"}


def test_a_series_name_without_a_sign_of_the_series_is_no_mention(extractor: Extractor) -> None:
    text = "Chile opened the Iron Lynx 2026 exercise on Monday.\n\nIron Lynx gives our soldiers a chance to train."
    assert not [e for e in _sheet(extractor, text).entities if e.label == "Iron Lynx"]


def test_the_edition_not_its_series_takes_the_facts_of_a_sentence_naming_both(extractor: Extractor) -> None:
    text = ("Chile opened the Iron Lynx-2026 exercise on Monday.\n\nChile and Peru hold regular drills with Bolivia "
            'under the "Iron Lynx" format; the latest edition, Iron Lynx-2026, took place in May.')
    participants = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "participates_in_exercise")}
    assert {("Chile", "Iron Lynx-2026"), ("Bolivia", "Iron Lynx-2026")} <= participants
    assert not {p for p in participants if p[1] == "Iron Lynx"}


@pytest.mark.parametrize("text, members", [
    ("Chile and Peru signed a deal on Monday. Both are members of the Pacific Alliance.",
     {("Chile", "Pacific Alliance"), ("Peru", "Pacific Alliance")}),
    ("Peru left the Andean Community in 2007 to focus on the African Union (AU), of which it is also a member.",
     {("Peru", "African Union")}),
    ("The talks were held under the auspices of the African Union, of which Chad and Niger are members.",
     {("Chad", "African Union"), ("Niger", "African Union")}),
    ("Chile, which was admitted as ASEAN's 11th member in October 2025, sent a patrol boat.",
     {("Chile", "Association of Southeast Asian Nations")}),
    ("Peru is a member of the Russia-led Collective Security Treaty Organization and the Eurasian Economic Union.",
     {("Peru", "Collective Security Treaty Organization"), ("Peru", "Eurasian Economic Union")}),
    ("Peru is a member of the Collective Security Treaty Organization (CSTO) and the Eurasian Economic Union.",
     {("Peru", "Collective Security Treaty Organization"), ("Peru", "Eurasian Economic Union")}),
])
def test_memberships_by_both_of_which_an_nth_member_and_lists_past_a_leader_or_an_acronym(
        extractor: Extractor, text: str, members: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "member_of")} == members


def test_both_opening_a_sentence_is_no_pair_the_text_never_named(extractor: Extractor) -> None:
    text = "The summit ended on Monday. Both are members of the Pacific Alliance."
    assert not _facts(_sheet(extractor, text), "member_of")


def test_an_exercise_named_like_an_agreement_is_an_exercise_throughout(extractor: Extractor) -> None:
    text = ("Peru is taking part in Iron Accord 2026 for the first time.\n\nChile sent soldiers to the Iron Accord "
            "2025 exercise last February.")
    participants = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text, date="2026-02-16"),
                                                    "participates_in_exercise")}
    assert participants == {("Peru", "Iron Accord 2026"), ("Chile", "Iron Accord 2025")}


def test_an_annual_exercise_kicking_off_is_this_years_edition(extractor: Extractor) -> None:
    text = ("Peru took part in the Iron Lynx 2025 exercise last year.\n\nChile and Peru began the annual Iron Lynx "
            "exercise on Monday.")
    participants = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "participates_in_exercise")}
    assert {("Chile", "Iron Lynx 2026"), ("Peru", "Iron Lynx 2026")} <= participants


@pytest.mark.parametrize("text, exercises", [
    ("Chile and Peru began the Iron Shield 2026 exercise on Monday.\n\nChile and Peru will also take part in "
     "Winter Iron Shield in August.", {"Iron Shield 2026", "Winter Iron Shield 2026"}),
    # A headline in title case capitalises its verbs: no longer name there.
    ("Bolivia Joins Iron Shield Drills\n\nBolivia will join the Iron Shield 2026 exercise.", {"Iron Shield 2026"}),
])
def test_a_capitalised_word_before_a_known_exercise_name_makes_another_exercise(extractor: Extractor, text: str,
                                                                                exercises: set[str]) -> None:
    facts = _facts(_sheet(extractor, text), "participates_in_exercise")
    assert {o for s, r, o, _ in facts} == exercises


def test_a_lead_sentences_annual_exercise_is_the_one_the_article_names_later(extractor: Extractor) -> None:
    text = ("Chile and Peru kicked off their annual amphibious exercise in Arica on Monday, with troops from "
            "Britain and Australia joining the drills.\n\nThe Iron Lynx exercise runs through April 3.")
    participants = {s for s, r, o, _ in _facts(_sheet(extractor, text), "participates_in_exercise")
                    if o == "Iron Lynx 2026"}
    assert participants == {"Chile", "Peru", "United Kingdom", "Australia"}


def test_a_name_first_met_at_the_articles_end_is_not_the_leads_exercise(extractor: Extractor) -> None:
    filler = "The two armies have trained together since 2019, officials said. " * 30
    text = ("Chilean and Peruvian troops on Thursday concluded a joint tactical exercise at the Pampa training ground."
            f"\n\n{filler}\n\nChile will also send troops to the Iron Lynx 2026 drills in September.")
    facts = _facts(_sheet(extractor, text, date="2026-05-23"), "participates_in_exercise")
    assert {(s, o) for s, _, o, _ in facts} == {
        ("Chile", "joint tactical exercise"), ("Peru", "joint tactical exercise"), ("Chile", "Iron Lynx 2026")}
    near = _facts(_sheet(extractor, text.replace(filler, ""), date="2026-05-23"), "participates_in_exercise")
    assert ("Peru", "Iron Lynx 2026") in {(s, o) for s, _, o, _ in near}  # (a name close by is the lead's)


@pytest.mark.parametrize("sentence, modality", [
    # the owner before a list of exercises organises each
    (("Bolivia stayed away from the Pacific Alliance's Condor-2026, Puma-2026 and Vicuna-2026 exercises, which were "
      "held in Peru."), "asserted"),
    ("The leaders agreed that the bloc's Condor-2026, Puma-2026 and Vicuna-2026 exercises will be held in Peru.",
     "asserted"),
    # (what the rest of the sentence says of the last is not said of the owner)
    (("In May, the Pacific Alliance held the Condor-2026, Puma-2026 and Vicuna-2026 exercises in Peru without the "
      "participation of Bolivian troops."), "asserted"),
])
def test_the_owner_of_a_list_of_exercises_organises_each(extractor: Extractor, sentence: str, modality: str) -> None:
    text = "The Pacific Alliance met in Lima. " + sentence
    facts = _facts(_sheet(extractor, text, date="2026-10-01"), "organizes_exercise")
    assert {(s, o, m) for s, _, o, m in facts} == {
        ("Pacific Alliance", name, modality) for name in ("Condor-2026", "Puma-2026", "Vicuna-2026")}


@pytest.mark.parametrize("text, date, wanted, unwanted", [
    # an Iranian-calendar year runs from March: a January drill of 1403 is of 2025
    ("Iran's army on Monday began a drill codenamed Zolfaghar 1403 on the Makran coast and the Sea of Oman.",
     "2025-01-21", {("Zolfaghar 1403", "exercise_date", "2025-01-20")}, set()),
    # a drill held "as part of the exercise" is the article's exercise's
    ("Chile and Peru began the Iron Lynx 2026 exercise in Arica on Monday. " + "The drills involve about 2,000 "
     "troops, the ministry said. " * 10 + "On Thursday, Chilean and Peruvian paratroopers conducted a joint "
     "live-fire drill at the Pampa range as part of the exercise.", "2026-05-20",
     {("Iron Lynx 2026", "exercise_located_in", "Pampa range")},
     {("joint live-fire drill", "exercise_located_in", "Pampa range")}),
    # the troops' withdrawal from the drills' area, or preparations for them, end no drills
    ("Chile and Peru completed the withdrawal of their troops from the joint exercise area.", "2025-05-20", set(),
     {("Chile", "participates_in_exercise", "joint exercise")}),
    # a place "on" a state's border is no part of it
    ("NATO troops held drills near Puerto Vela on Peru's border this week.", "2025-05-20", set(),
     {("Puerto Vela", "part_of", "Peru")}),
    # a person described by a kind of place is no place
    ("The plan was criticised by Volkov, a Chilean city official, on Monday.", "2025-05-20", set(),
     {("Volkov", "part_of", "Chile")}),
])
def test_review_mends_of_the_session(extractor: Extractor, text: str, date: str, wanted: set[tuple[str, str, str]],
                                     unwanted: set[tuple[str, str, str]]) -> None:
    facts = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text, date=date))}
    assert wanted <= facts and not unwanted & facts


def test_a_refused_hosting_gives_no_place_and_no_date(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "In January 2025, Bolivia refused to host the Condor-2025 exercise. Peru will "
                                     "not host the Puma-2025 exercise.", date="2025-03-01"))
    assert ("Bolivia", "hosts_exercise", "Condor-2025", "negated") in facts
    assert not {f for f in facts if f[1] in ("exercise_located_in", "exercise_date")}
    # (but "Last year, X was held ... after A declined to host it" dates X)
    facts = _facts(_sheet(extractor, "Last year, the Condor-2024 drills were held at the Pampa range after Bolivia "
                                     "declined to host them.", date="2025-03-01"), "exercise_date")
    assert ("Condor-2024", "exercise_date", "2024", "asserted") in facts


@pytest.mark.parametrize("sentence, located", [
    # two co-hosts of one part of the world hold the drills in both, unless the sentence says where
    ("The Southern Seas 2025 exercise, co-hosted by Chile and the United States, brought together 12 navies.", set()),
    ("The Cobra Gold 2025 exercise, co-hosted by Thailand and Singapore, was held in Thailand.", {"Thailand"}),
    ("The Obangame Express 2025 exercise will be co-hosted by Ghana and Ivory Coast.", {"Ghana", "Ivory Coast"}),
])
def test_co_hosts_and_where_they_hold_the_drills(extractor: Extractor, sentence: str, located: set[str]) -> None:
    facts = _facts(_sheet(extractor, sentence, date="2025-03-01"), "exercise_located_in")
    assert {o for _, _, o, _ in facts} == located


def test_a_headlines_forces_that_drill_name_no_exercise(extractor: Extractor) -> None:
    text = ("Navies drill off Arica as smugglers test a fragile calm\n\nWarships from ten countries began a "
            "two-week exercise off Arica on Monday. Navies from Chile, Peru and Ecuador are taking part.\n\n"
            "The drills, known as Andean Shield 2026, run until May 24.")
    facts = _facts(_sheet(extractor, text, date="2026-05-14"), "participates_in_exercise")
    assert {(s, o) for s, _, o, _ in facts} == {(s, "Andean Shield 2026") for s in ("Chile", "Peru", "Ecuador")}


@pytest.mark.parametrize("sentence, wanted, unwanted", [
    # fellow partners of a body listed "alongside" take no part in the exercise
    ("It is also one of seven partner countries in NATO's Mediterranean Dialogue, alongside Peru and Ecuador.",
     set(), {("Peru", "participates_in_exercise"), ("Ecuador", "participates_in_exercise")}),
    # officers sent to follow the drills as observers observe them
    ("Bolivia has sent a group of officers from its army to follow the exercise as observers.",
     {("Bolivia", "observer_of")}, {("Bolivia", "participates_in_exercise")}),
])
def test_states_beside_the_drills_that_take_no_part(extractor: Extractor, sentence: str,
                                                    wanted: set[tuple[str, str]],
                                                    unwanted: set[tuple[str, str]]) -> None:
    facts = {(s, r) for s, r, o, _ in _lynx_facts(extractor, sentence) if o == "Iron Lynx 2026"}
    assert wanted <= facts and not unwanted & facts


@pytest.mark.parametrize("sentence, participants", [
    ("Besides Chile and the two host nations, the participating allies are Spain, Italy and Portugal.",
     {"Chile", "Spain", "Italy", "Portugal"}),
    (("About 9,000 troops are taking part, half of them Chilean. The remainder come from four allied countries: "
      "Spain, Italy, Portugal and Brazil."), {"Spain", "Italy", "Portugal", "Brazil"}),
    ("Most of the troops are Chilean. The rest come from Spain, Italy and Portugal.", {"Spain", "Italy", "Portugal"}),
])
def test_participating_allies_and_the_rest_of_the_troops(extractor: Extractor, sentence: str,
                                                         participants: set[str]) -> None:
    facts = _lynx_facts(extractor, sentence, "participates_in_exercise")
    assert participants <= {s for s, _, o, _ in facts if o == "Iron Lynx 2026"}


@pytest.mark.parametrize("text, partners", [
    ("The SCO met in Astana. Chile is also a dialogue partner of the Shanghai Cooperation Organisation.", {"Chile"}),
    ("NATO met in Brussels. Chile and Peru are among NATO's Pacific partners.", {"Chile", "Peru"}),
    ("The SCO met in Astana. The organization has 15 dialogue partners, including Chile, Peru and Ecuador.",
     {"Chile", "Peru", "Ecuador"}),
])
def test_partners_of_a_body_in_other_words(extractor: Extractor, text: str, partners: set[str]) -> None:
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "partner_of")} == partners


def test_a_units_syllable_acronym_defined_beside_it_speaks_for_it(extractor: Extractor) -> None:
    text = ("The drills are organised by US Naval Forces Africa (NAVAF), which launched the series in 2011. NAVAF said "
            "the next edition would be co-hosted by Ghana and Togo.")
    facts = _facts(_sheet(extractor, text), "said")
    assert {s for s, _, _, _ in facts} == {"US Naval Forces Africa"}


def test_a_non_nato_ally_is_no_member(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Chile is a major non-NATO ally of the United States. Peru is a NATO ally."),
                   "member_of")
    assert {s for s, _, _, _ in facts} == {"Peru"}


def test_an_exercise_named_by_its_iranian_calendar_year_keeps_it(extractor: Extractor) -> None:
    text = ("Iran launched a naval exercise in the Gulf on Monday. The drills, codenamed Zolfaghar 1403 after the "
            "current year in the Iranian calendar, involve fast boats.\n\nThe army held the Zolfaghar drills in the "
            "Gulf of Oman.")
    facts = _facts(_sheet(extractor, text, date="2024-12-05"))
    assert {o for s, r, o, _ in facts if r == "exercise_located_in" and s == "Zolfaghar 1403"} == {
        "Gulf", "Gulf of Oman"}
    assert ("Iran", "participates_in_exercise", "Zolfaghar 1403", "asserted") in facts


def test_an_exercise_brought_in_with_a_past_the_lead_is_another(extractor: Extractor) -> None:
    filler = "The drills involve about 2,000 troops, the ministry said. " * 10
    text = (f"Chile and Peru began the Iron Lynx 2026 exercise in Arica on Monday. {filler}In August, Chilean troops "
            "and Bolivian servicemen took part in a joint command-and-staff exercise at the Oruro training ground.")
    facts = _facts(_sheet(extractor, text, date="2026-10-10"))
    assert ("Bolivia", "participates_in_exercise", "joint command-and-staff exercise", "asserted") in facts
    assert ("joint command-and-staff exercise", "exercise_located_in", "Oruro training ground", "asserted") in facts
    assert not {f for f in facts if f[2] == "Iron Lynx 2026" and f[0] == "Bolivia"}


@pytest.mark.parametrize("sentence, exercise", [
    # how long it runs is no part of an unnamed exercise's name
    ("Chile and Peru launched a two-day joint naval exercise off Arica on Friday.", "joint naval exercise"),
    ("Chile and Peru held a 10-day joint naval exercise off Arica.", "joint naval exercise"),
    ("Chilean and Peruvian troops completed a week-long joint exercise at the Pampa training ground.",
     "joint exercise"),
    # states that wrap up or conclude drills took part in them
    ("Chile and Peru wrapped up a joint naval exercise off Arica on Friday.", "joint naval exercise"),
    ("Chile and Peru concluded a joint naval exercise off Arica on Friday.", "joint naval exercise"),
])
def test_states_that_hold_or_end_an_unnamed_exercise_take_part(extractor: Extractor, sentence: str,
                                                               exercise: str) -> None:
    facts = _facts(_sheet(extractor, sentence), "participates_in_exercise")
    assert {(s, o) for s, _, o, _ in facts} == {("Chile", exercise), ("Peru", exercise)}


@pytest.mark.parametrize("text, modality", [
    ("Chile and Peru sent troops to the Iron Lynx exercise, the Navy said.", "reported"),
    ("Chile and Peru sent troops to the Iron Lynx exercise, officials told reporters on Monday.", "reported"),
    ("Chile and Peru will send troops to the Iron Lynx exercise, the ministry said.", "planned"),
    ("Chile and Peru sent troops to the Iron Lynx exercise on Monday.", "asserted"),
])
def test_a_source_the_text_does_not_name_makes_its_clause_reported(extractor: Extractor, text: str,
                                                                   modality: str) -> None:
    facts = _facts(_sheet(extractor, text), "participates_in_exercise")
    assert {(s, m) for s, r, o, m in facts} == {("Chile", modality), ("Peru", modality)}


def test_a_relative_clause_before_a_nameless_source_stays_the_articles_own(extractor: Extractor) -> None:
    text = "Chile, which has held observer status in ASEAN since 1976, sent two officers, the official said."
    assert ("Chile", "observer_of", "Association of Southeast Asian Nations", "asserted") in _facts(
        _sheet(extractor, text))


def test_the_unit_that_speaks_after_a_sending_is_not_sent(extractor: Extractor) -> None:
    text = "Chile and Peru sent troops to the Iron Lynx exercise, the Peruvian Navy said."
    assert "Peruvian Navy" not in {s for s, r, o, _ in _facts(_sheet(extractor, text), "participates_in_exercise")}


@pytest.mark.parametrize("text, speaker, position", [
    ("Vice Chief of the Defence Forces Lt-Gen Ivo Kamau said the exercise would help.", "Ivo Kamau",
     "Vice Chief of the Defence Forces"),
    ("Lt-Gen Ivo Kamau said the exercise would help.", "Ivo Kamau", "Lieutenant General"),
    ('"We must train together," said Brig-Gen Ana Mercer.', "Ana Mercer", "Brigadier General"),
])
def test_hyphenated_ranks_and_a_rank_after_a_longer_title(extractor: Extractor, text: str, speaker: str,
                                                          position: str) -> None:
    facts = _facts(_sheet(extractor, text))
    assert {s for s, r, o, _ in facts if r == "said"} == {speaker}
    assert (speaker, "holds_position", position, "asserted") in facts


def test_a_korean_name_is_taken_up_by_its_family_name(extractor: Extractor) -> None:
    text = "Lt. Gen. Ahn Dong-hyun said the drills went well. Ahn added that the Marines would stand ready."
    said = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "said")}
    assert said == {("Ahn Dong-hyun", "the drills went well"), ("Ahn Dong-hyun", "the Marines would stand ready")}


def test_field_training_is_the_exercise_the_article_is_about(extractor: Extractor) -> None:
    text = ("Chile and Peru opened the Iron Lynx 2026 exercise on Monday. Troops trained hard. The weather was fine.\n\n"
            "The field training will take place at the Atacama training area and at Mejillones Bay.")
    places = {o for s, r, o, _ in _facts(_sheet(extractor, text), "exercise_located_in") if s == "Iron Lynx 2026"}
    assert places == {"Atacama training area", "Mejillones Bay"}


@pytest.mark.parametrize("text, person, positions", [
    ("Peru's envoy later called on Chief of Army Staff Field Marshal Ivo Munir at headquarters.", "Ivo Munir",
     {"Chief of Army Staff"}),
    ("The deal was signed by Defence Secretary Lt Gen Ivo Khan and others.", "Ivo Khan", {"Defence Secretary"}),
    ("The meeting was chaired by Minister of Defense Colonel General Ivo Mammadov.", "Ivo Mammadov",
     {"Minister of Defense"}),
    # A rank alone, and an office whose name ends in "General", stay whole.
    ("Rear Admiral Ivo Petrov spoke on Monday.", "Ivo Petrov", {"Rear Admiral"}),
    ("NATO Assistant Secretary General Ivo Lind spoke on Monday.", "Ivo Lind", {"Secretary General"}),
    # "Chief of Staff" is the office, "General" the rank; a suffix ends the name
    ("The exercise was opened by Chief of Staff General Ivo Ramos Jr. on Monday.", "Ivo Ramos Jr.",
     {"Chief of Staff"}),
    # an office "of" a body, in a state's service
    ("Vice Admiral Ivo Okafor, Ghana's Chief of the Naval Staff, spoke on Monday.", "Ivo Okafor",
     {"Naval Staff Chief"}),
])
def test_an_office_written_before_a_rank_is_held_not_the_rank(extractor: Extractor, text: str, person: str,
                                                           positions: set[str]) -> None:
    facts = _facts(_sheet(extractor, text), "holds_position")
    assert {o for s, r, o, _ in facts if s == person} == positions


@pytest.mark.parametrize("text, agreement, parties", [
    ("After the talks, the ministers of Chile, Peru and Bolivia signed a Joint Statement on Defense Cooperation.",
     "Joint Statement on Defense Cooperation", {"Chile", "Peru", "Bolivia"}),
    ("Chile and Peru on Tuesday signed a memorandum of understanding on defence cooperation that provides for "
     "joint training.", "memorandum of understanding on defence cooperation", {"Chile", "Peru"}),
    # (how long it runs is no part of its name, as annotators write it)
    ("Iran and Iraq signed a 25-year cooperation agreement in March 2021.", "cooperation agreement",
     {"Iran", "Iraq"}),
    ("Ghana and Togo signed a five-year defence cooperation agreement in Accra.", "defence cooperation agreement",
     {"Ghana", "Togo"}),
    (("The defence ministers of Chile, Peru and Bolivia on Tuesday signed a letter of intent on military mobility, "
      "pledging to cut red tape."), "letter of intent on military mobility", {"Chile", "Peru", "Bolivia"}),
    ("Chile and Peru signed a framework agreement on military training cooperation in Lima.",
     "framework agreement on military training cooperation", {"Chile", "Peru"}),
    ("Chile and Peru signed a contract on the supply of patrol boats in Lima on Monday.",  # a contract is one
     "contract on the supply of patrol boats", {"Chile", "Peru"}),
])
def test_agreements_named_in_lower_case_or_as_a_joint_statement(extractor: Extractor, text: str, agreement: str,
                                                                 parties: set[str]) -> None:
    facts = _facts(_sheet(extractor, text), "agreement_party")
    assert {o for s, r, o, _ in facts if s == agreement} == parties


@pytest.mark.parametrize("text, agreement, date", [
    ("Iran and Russia signed a Comprehensive Partnership Treaty in January 2025, four years after Iran and Iraq "
     "signed a 25-year cooperation agreement in March 2021.", "cooperation agreement", "2021-03"),
    ("Mauritania, which left the bloc in 2000 but signed an association agreement with Senegal in 2017, will send "
     "observers.", "association agreement", "2017"),
    ("Chile and Peru signed the Andes Declaration, a mutual-defence pact between them, in June 2021.",
     "Andes Declaration", "2021-06"),
])
def test_a_signings_date_is_in_the_clause_of_its_verb(extractor: Extractor, text: str, agreement: str,
                                                      date: str) -> None:
    facts = _facts(_sheet(extractor, text), "agreement_date")
    assert {o for s, r, o, _ in facts if s == agreement} == {date}


@pytest.mark.parametrize("text, founders", [
    ("The Baltic Triangle was established in July 2020 in Lublin by the foreign ministers of Poland, Lithuania, "
     "and Ukraine.", {"Poland", "Lithuania", "Ukraine"}),
    ("Mali, Niger and Chad held talks on Monday. The three military-ruled countries founded the Sahel Defence "
     "Alliance (SDA) in September 2023.", {"Mali", "Niger", "Chad"}),
])
def test_founders_by_their_ministers_and_as_counted_countries_with_an_adjective(extractor: Extractor, text: str,
                                                                               founders: set[str]) -> None:
    assert {o for s, r, o, _ in _facts(_sheet(extractor, text), "founded_by")} == founders


@pytest.mark.parametrize("text, place, whole", [
    ("Chile opened the drills at Pozo Almonte, northern Chile, on Monday.", "Pozo Almonte", "Chile"),
    ("Peru opened the drills at the Lobos air base in southern Peru on Monday.", "Lobos air base", "Peru"),
])
def test_a_place_in_a_direction_of_its_state(extractor: Extractor, text: str, place: str, whole: str) -> None:
    assert (place, "part_of", whole, "asserted") in _facts(_sheet(extractor, text))


def test_states_that_dispatch_observers_observe_the_exercise(extractor: Extractor) -> None:
    text = "Chile opened the Iron Lynx 2026 exercise on Monday. Canada and Thailand have dispatched military observers."
    assert {s for s, r, o, _ in _facts(_sheet(extractor, text), "observer_of")} == {"Canada", "Thailand"}


@pytest.mark.parametrize("text, organisers", [
    ("The Chilean Army and the US Southern Command (SOUTHCOM) on Monday officially opened the Iron Lynx 2026 "
     "exercise.", {"Chilean Army", "US Southern Command"}),
    ("The Chilean Army and the Peruvian Army are jointly running the Iron Lynx 2026 exercise.",
     {"Chilean Army", "Peruvian Army"}),
    # States that open an exercise take part in it; they are not said to organise it.
    ("Chile and Peru opened the Iron Lynx 2026 exercise on Monday.", set()),
])
def test_forces_that_open_or_run_an_exercise_organise_it(extractor: Extractor, text: str,
                                                         organisers: set[str]) -> None:
    assert {s for s, r, o, _ in _facts(_sheet(extractor, text), "organizes_exercise")} == organisers


@pytest.mark.parametrize("named", [
    "According to a CHA statement, participating countries include Chile and Peru.",
    "A CHA statement listed Chile and Peru among the participants.",
])
def test_the_statement_speaks_for_the_body_whose_statement_was_named(extractor: Extractor, named: str) -> None:
    text = ("The Chilean Army (CHA) opened the drills.\n\n" + named + "\n\nBolivia, which joined the African Union "
            "(AU) in 2024, is taking part for the first time. Ecuador pulled out last week, the statement said.")
    said = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "said")}
    assert ("Chilean Army", "Ecuador pulled out last week") in said


@pytest.mark.parametrize("text, participants", [
    ("Chile, Peru, Bolivia begin 'Andes Belt 2026' naval drills", {"Chile", "Peru", "Bolivia"}),
    ("Chile and Peru open the Iron Lynx 2026 exercise in Arica", {"Chile", "Peru"}),
    ("Chile and Peru opened talks on Monday.", set()),  # no exercise is the object
])
def test_headline_verbs_in_the_present_start_an_exercise(extractor: Extractor, text: str,
                                                         participants: set[str]) -> None:
    assert {s for s, r, o, _ in _facts(_sheet(extractor, text), "participates_in_exercise")} == participants


@pytest.mark.parametrize("text, facts", [
    ("Chile, which officially became the 11th member of ASEAN in October 2025, sent a ship.",
     {("Chile", "member_of", "Association of Southeast Asian Nations")}),
    ("Peru and Chile are both members of the African Union.",
     {("Peru", "member_of", "African Union"), ("Chile", "member_of", "African Union")}),
    ("Moldova met the Baltic Triangle, a regional cooperation format of Estonia, Latvia and Lithuania, on Monday.",
     {("Estonia", "member_of", "Baltic Triangle"), ("Latvia", "member_of", "Baltic Triangle"),
      ("Lithuania", "member_of", "Baltic Triangle")}),
    ("Iran became a full member of the African Union in July 2023 and joined BRICS in January 2024.",
     {("Iran", "member_of", "African Union"), ("Iran", "member_of", "BRICS")}),
    ("Colombia became NATO's first global partner in Latin America in 2018.", {("Colombia", "partner_of", "NATO")}),
])
def test_memberships_by_ordinal_both_a_format_of_a_second_verb_and_a_partner(extractor: Extractor, text: str,
                                                                             facts: set[tuple[str, str, str]]) -> None:
    found = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text))
             if r in ("member_of", "partner_of", "observer_of")}
    assert found == facts


@pytest.mark.parametrize("text, speaker", [
    ("In New Delhi, India’s Ministry of External Affairs said it was following developments.",
     "Ministry of External Affairs of India"),
    ("The Ministry of Home Affairs of India said it was following developments.", "Ministry of Home Affairs of India"),
    ("Georgia's Defense Ministry said it was ready.", "Georgian Defense Ministry"),
])
def test_a_states_ministry_of_a_portfolio_speaks(extractor: Extractor, text: str, speaker: str) -> None:
    assert {s for s, r, o, _ in _facts(_sheet(extractor, text), "said")} == {speaker}


@pytest.mark.parametrize("text, said", [
    ("Andean Commissioner for Political Affairs, Peace and Security, Kwesi Mensah, said the door remains open. "
     "He confirmed that Bolivia had not been invited.",
     {("Kwesi Mensah", "the door remains open"), ("Kwesi Mensah", "Bolivia had not been invited")}),
    ("The drills went well and will continue next year, the Chilean defence minister, Ivo Petrov, said.",
     {("Ivo Petrov", "The drills went well and will continue next year")}),
])
def test_a_speaker_set_off_by_commas_after_a_title(extractor: Extractor, text: str,
                                                    said: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "said")} == said


@pytest.mark.parametrize("second, participation", [
    ("Peru and Bolivia will not send troops but will send observers, the ministry added.", "negated"),
    ("Officers from Peru and Bolivia attended as observers.", None),
])
def test_observers_whose_troops_the_sentence_denies_first(extractor: Extractor, second: str,
                                                          participation: str | None) -> None:
    facts = _facts(_sheet(extractor, "Chile opened the Iron Lynx 2026 exercise on Monday. " + second))
    assert {s for s, r, o, _ in facts if r == "observer_of"} == {"Peru", "Bolivia"}
    assert {m for s, r, o, m in facts if r == "participates_in_exercise" and s == "Peru"} == (
        {participation} if participation else set())


def test_a_series_named_like_a_place_is_the_exercises_series(extractor: Extractor) -> None:
    text = ('Chile and Peru began the joint naval exercise "Pacific Security Belt 2026" on Tuesday.\n\n'
            "This year's drills are the seventh in the Pacific Security Belt series, which was first held in 2019.")
    facts = _facts(_sheet(extractor, text))
    assert ("Pacific Security Belt 2026", "part_of", "Pacific Security Belt", "asserted") in facts
    assert not [f for f in facts if f[0] == "Pacific Security Belt" or f[2] == "Pacific Security Belt" and
                f[1] != "part_of"]


@pytest.mark.parametrize("text, exercise", [
    ("The U.S. military's largest annual exercise in Africa got underway on Monday.\n\nAndean Lion 2026, led by "
     "U.S. Army South, will be hosted by Chile and Peru, the command said in a statement about the exercise.",
     "Andean Lion 2026"),
    ("Chilean soldiers fire a howitzer during Andean Lion 2025 at the Atacama training area in the north of the "
     "country on May 28, 2025, while officers from Peru and Bolivia watched the exercise.", "Andean Lion 2025"),
])
def test_an_exercise_named_by_what_is_done_to_it_or_during_it(extractor: Extractor, text: str,
                                                              exercise: str) -> None:
    facts = _facts(_sheet(extractor, text, date="2026-05-05"))
    assert exercise in {s for s, r, o, _ in facts} | {o for s, r, o, _ in facts}


@pytest.mark.parametrize("text, speaker", [
    ("The Andes Watch 2026 drills will be hosted by Chile, U.S. Southern Command said in a statement.",
     "U.S. Southern Command"),
    ("The Andes Watch 2026 drills will be hosted by Chile, the U.S. Africa Command said.", "U.S. Africa Command"),
])
def test_a_states_command_named_with_the_state_is_one_unit(extractor: Extractor, text: str, speaker: str) -> None:
    facts = _facts(_sheet(extractor, text))
    assert {s for s, r, o, _ in facts if r == "said"} == {speaker}
    assert {s for s, r, o, _ in facts if r == "hosts_exercise"} == {"Chile"}  # not the state in its name


def test_a_unit_owned_by_another_stays_apart_from_it(extractor: Extractor) -> None:
    text = "The Peruvian Navy's Marine Corps landed at the Lobos training area during the exercise."
    assert ("Marine Corps", "part_of", "Peruvian Navy", "asserted") in _facts(_sheet(extractor, text))


def test_ships_named_after_their_kind_are_part_of_the_navy_that_fields_them(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 naval exercise opened at Arica on Monday.\n\nThe Chilean Navy is taking part with the "
            "frigates Almirante Riveros and Condell, the corvette Lautaro and the minehunter Tsibar. The Peruvian "
            "Navy has sent the frigate Bolognesi to the exercise.")
    parts = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "part_of")}
    assert {("Almirante Riveros", "Chilean Navy"), ("Condell", "Chilean Navy"), ("Lautaro", "Chilean Navy"),
            ("Tsibar", "Chilean Navy"), ("Bolognesi", "Peruvian Navy")} <= parts


@pytest.mark.parametrize("text", [
    "The Chilean Navy sent the frigate to Lima on Monday.",  # no name after the kind
    "The Chilean Navy escorted the vessel Peru had chartered.",  # a state, not a ship's name
])
def test_no_ship_without_a_name_of_its_own(extractor: Extractor, text: str) -> None:
    units = {m.label for m in extractor.finder.find(text) if m.type.value == "MilitaryUnit"}
    assert units == {"Chilean Navy"}


@pytest.mark.parametrize("text, owner, exercise", [
    ('The Chilean National Guard\'s "Iron Lynx 2026" exercise starts in October.', "Chilean National Guard",
     "Iron Lynx 2026"),
    ("The Chilean Defense Forces' (CDF) largest annual exercise, Iron Lynx (Lince), got underway Monday with "
     "9,000 troops.", "Chilean Defense Forces", "Iron Lynx 2026"),
    ("Polish officers will attend NATO's Iron Lynx 2026 exercise in Tartu in November.", "NATO", "Iron Lynx 2026"),
])
def test_the_owner_named_before_an_exercise_organises_it(extractor: Extractor, text: str, owner: str,
                                                        exercise: str) -> None:
    organisers = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "organizes_exercise")}
    assert organisers == {(owner, exercise)}


def test_an_organisation_that_speaks_of_an_exercise_does_not_own_it(extractor: Extractor) -> None:
    text = "The Korean Central News Agency (KCNA) denounced Iron Lynx 2026 on Monday as a rehearsal for war."
    assert not _facts(_sheet(extractor, text), "organizes_exercise")


@pytest.mark.parametrize("text, exercise", [
    ("Latvian soldiers during last year's Summer Shield exercise in Adazi.", "Summer Shield 2025"),
    ("Estonia will hold the Spring Storm exercise in May with 14,000 troops.", "Spring Storm 2026"),
])
def test_a_season_may_open_an_exercises_name(extractor: Extractor, text: str, exercise: str) -> None:
    facts = _facts(_sheet(extractor, text))
    assert exercise in {o for s, r, o, _ in facts if r == "participates_in_exercise"}


def test_a_season_before_a_description_is_no_name(extractor: Extractor) -> None:
    exercises = {m.label for m in extractor.finder.find("Russia Starts Spring Military Drills In Siberia")
                 if m.type.value == "Exercise"}
    assert not exercises


@pytest.mark.parametrize("text, negated, asserted", [
    ("Portugal, Spain and Chile are the only members of the forum that are not members of NATO.",
     {"Portugal", "Spain", "Chile"}, set()),
    ("Austria, Ireland and Malta are the only EU states that are not NATO members.",
     {"Austria", "Ireland", "Malta"}, set()),
    ("Austria, Ireland and Malta are the only EU member states not in NATO.",
     {"Austria", "Ireland", "Malta"}, {("Austria", "European Union"), ("Ireland", "European Union"),
                                       ("Malta", "European Union")}),
    ("Serbia is not in NATO.", {"Serbia"}, set()),
])
def test_the_only_ones_outside_an_alliance(extractor: Extractor, text: str, negated: set[str],
                                           asserted: set[tuple[str, str]]) -> None:
    facts = _facts(_sheet(extractor, text), "member_of")
    assert {s for s, r, o, m in facts if o == "NATO" and m == "negated"} == negated
    assert {(s, o) for s, r, o, m in facts if m == "asserted"} == asserted
    assert {o for s, r, o, m in facts} <= {"NATO", "European Union"}


def test_not_in_an_organisations_plans_is_no_membership(extractor: Extractor) -> None:
    assert not _facts(_sheet(extractor, "Serbia is not in NATO's plans for the region."), "member_of")


@pytest.mark.parametrize("text, speaker", [
    ('"We are ready to defend the country with our allies," Brig. Gen. Marko Tamm, commander of the Chilean '
     'Division, told reporters.', "Marko Tamm"),
    ('"We are ready to defend the country with our allies," Marko Tamm, commander of the division, told reporters.',
     "Marko Tamm"),
    ('"Iron Lynx 2026 is the proof that Chile does not stand alone. We train with allies every year," Chilean Army '
     'Chief of Staff Gen. Rodrigo Perez Jr. said in his speech.', "Rodrigo Perez Jr."),
])
def test_a_quotation_before_its_titled_speaker(extractor: Extractor, text: str, speaker: str) -> None:
    assert {s for s, r, o, _ in _facts(_sheet(extractor, text), "said")} == {speaker}


def test_the_navy_that_speaks_is_the_navy_the_text_named(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 naval exercise opened at Arica on Monday. The Chilean Navy is taking part with the "
            "frigate Almirante Riveros.\n\nObservers from Peru and Bolivia are also attending the exercise, the Navy "
            "said.\n\nThe Peruvian Air Force sent two jets. The jets will fly daily, the Air Force said.\n\n"
            "Troops from Peru arrived on Sunday, the Army said.")
    said = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "said")}
    assert said == {("Chilean Navy", "Observers from Peru and Bolivia are also attending the exercise"),
                    ("Peruvian Air Force", "The jets will fly daily")}  # no army was named


def test_a_signed_programme_is_an_agreement(extractor: Extractor) -> None:
    text = ("Chile on Tuesday signed an Individually Tailored Partnership Programme (ITPP) with NATO. The defence "
            'ministry said the ITPP "fully respects the country\'s neutrality" and would focus on cyber defence.')
    facts = _facts(_sheet(extractor, text))
    assert {o for s, r, o, _ in facts if r == "agreement_party"} == {"Chile", "NATO"}
    assert not {s for s, r, o, _ in facts if r == "said"} & {"Individually Tailored Partnership Programme", "ITPP"}


def test_the_ships_a_navy_takes_part_with_take_part(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 naval exercise opened at Arica on Monday.\n\nThe Chilean Navy is taking part with the "
            "frigates Almirante Riveros and Condell and the minehunter Tsibar.\n\nThe Peruvian Navy is represented by "
            "the corvette Ucayali.\n\nThe port of Arica in northern Chile will host the closing ceremony.")
    participants = {s for s, r, o, _ in _facts(_sheet(extractor, text), "participates_in_exercise")}
    assert participants == {"Chilean Navy", "Almirante Riveros", "Condell", "Tsibar", "Peruvian Navy", "Ucayali"}


def test_units_of_a_service_named_bare_and_placed_in_an_aside(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 exercise opened on Monday.\n\nUnits taking part include the Army's 82nd Airborne "
            "Division, based in Fort Bragg, North Carolina, and the Utah National Guard's 19th Special Forces Group.")
    facts = _facts(_sheet(extractor, text))
    assert {s for s, r, o, _ in facts if r == "participates_in_exercise"} == {"82nd Airborne Division",
                                                                           "19th Special Forces Group"}
    assert ("19th Special Forces Group", "part_of", "Utah National Guard", "asserted") in facts


@pytest.mark.parametrize("text, unit", [
    ("The frigate will join Combined Task Force 151, which fights piracy.", "Combined Task Force 151"),
    ("The USS Nimitz Carrier Strike Group sailed on Monday.", "USS Nimitz Carrier Strike Group"),
])
def test_task_forces_and_strike_groups_are_units(extractor: Extractor, text: str, unit: str) -> None:
    assert unit in {m.label for m in extractor.finder.find(text) if m.type.value == "MilitaryUnit"}


def test_declaring_war_is_no_speech(extractor: Extractor) -> None:
    text = "Britain declared war on Germany two days after the invasion but sent little help."
    assert not _facts(_sheet(extractor, text), "said")


def test_an_army_the_text_does_not_single_out_does_not_speak(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 exercise opened on Monday. The Chilean Army and the Peruvian Army sent troops.\n\n"
            "Engineers will practise clearing minefields during the exercise, the army said.\n\n"
            "The Bolivian Southern Command sent observers. The observers will stay a week, the command said.")
    said = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "said")}
    assert said == {("Bolivian Southern Command", "The observers will stay a week")}


def test_a_ministry_the_text_has_not_named_is_not_another_body(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 exercise began at the 3rd Main Jet Base Command in Konya.\n\nThe drills will run until "
            "June 26 and bring together aircraft from Chile and Peru, according to the ministry.")
    assert not _facts(_sheet(extractor, text), "said")


def test_a_years_second_edition_keeps_its_numeral(extractor: Extractor) -> None:
    text = "Chilean and Peruvian soldiers during the Iron Lynx 2025-II exercise in Arica."
    assert {o for s, r, o, _ in _facts(_sheet(extractor, text), "participates_in_exercise")} == {"Iron Lynx 2025-II"}


def test_states_that_joined_an_alliance_together_do_not_join_the_exercise(extractor: Extractor) -> None:
    text = ("Soldiers from Chile and Peru are taking part in the Iron Lynx 2026 exercise.\n\nChile joined NATO in "
            "2004, together with Bolivia and Ecuador.")
    facts = _facts(_sheet(extractor, text))
    assert {s for s, r, o, _ in facts if r == "participates_in_exercise"} == {"Chile", "Peru"}
    assert {s for s, r, o, _ in facts if r == "member_of"} == {"Chile", "Bolivia", "Ecuador"}


def test_a_grouping_named_with_its_size_is_an_organisation(extractor: Extractor) -> None:
    text = ("Chile has rejoined the US-led Southern Maritime Forces, the 12-nation naval partnership headquartered "
            "in Peru. Bolivia and Ecuador are also members of the coalition.\n\nParaguay is also a member of the "
            "seven-nation ANDESEC, which was founded in 1997 by Chile, Peru and Colombia. In 2018 Paraguay pulled out "
            "of the first ANDESEC military exercise in Lima.")
    facts = _facts(_sheet(extractor, text))
    assert {s for s, r, o, _ in facts if r == "member_of" and o == "Southern Maritime Forces"} == {
        "Chile", "Bolivia", "Ecuador"}
    assert ("Paraguay", "member_of", "ANDESEC", "asserted") in facts
    assert {o for s, r, o, _ in facts if r == "founded_by" and s == "ANDESEC"} == {"Chile", "Peru", "Colombia"}
    assert not {(s, r) for s, r, o, _ in facts if r == "left" or o == "ANDESEC" and r.endswith("exercise")}


def test_the_members_a_grouping_includes_are_members_whatever_is_denied_before(extractor: Extractor) -> None:
    text = ("Poland is not a member of the Northern Expeditionary Force (NEF), a ten-nation grouping led by the UK "
            "that includes Lithuania, Latvia and Estonia.")
    members = {(s, m) for s, r, o, m in _facts(_sheet(extractor, text), "member_of")}
    assert members == {("Poland", "negated"), ("Lithuania", "asserted"), ("Latvia", "asserted"),
                       ("Estonia", "asserted")}


def test_it_that_left_is_the_state_the_sentence_opens_with(extractor: Extractor) -> None:
    text = ("Chile has rejoined the US-led Southern Maritime Forces, the 12-nation naval partnership headquartered "
            "in Peru, nearly three years after it withdrew from the coalition.")
    assert {s for s, r, o, _ in _facts(_sheet(extractor, text), "left")} == {"Chile"}


@pytest.mark.parametrize("text", [
    "The frigate will join the exercise in April, according to a US Navy official.",
    "The Iron Lynx 2026 exercise began at the Southern Command base.\n\nThe drills will run until June 26, the "
    "ministry said.",
])
def test_an_unnamed_official_or_ministry_is_no_body_the_text_named(extractor: Extractor, text: str) -> None:
    assert not _facts(_sheet(extractor, text), "said")


def test_a_states_ministry_named_after_its_portfolio(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 exercise will be held in April, the Defense Ministry of Kyrgyzstan said.\n\nArmenia, "
            "which froze its participation in the CSTO in 2024, will not send personnel, the ministry said.")
    said = {s for s, r, o, _ in _facts(_sheet(extractor, text), "said")}
    assert said == {"Defense Ministry of Kyrgyzstan"}


def test_this_years_exercise_beside_an_earlier_edition_is_the_articles(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 air exercise opened in Darwin on Monday.\n\nChile, which flew fighters at Iron Lynx "
            "2024, withdrew from this year's exercise in May, citing budget pressures. Peru has not been invited.")
    facts = _facts(_sheet(extractor, text), "participates_in_exercise")
    assert {("Chile", "Iron Lynx 2026", "negated"), ("Peru", "Iron Lynx 2026", "negated")} <= {
        (s, o, m) for s, r, o, m in facts}
    assert not {s for s, r, o, m in facts if o == "Iron Lynx 2026" and m != "negated"}


def test_forces_a_clause_contributes_or_draws_from_take_part(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 exercise began on Monday in Arica.\n\nThe Peruvian Armed Forces (PAF) is contributing "
            "F-16 fighter jets, the frigate BAP Grau and the submarine BAP Islay, while the Royal Navy has deployed "
            "the offshore patrol vessel HMS Tamar.\n\nThe US contribution comes from the 3rd Armored Brigade Combat "
            "Team of the 1st Armored Division.\n\nBolivia is represented by F-5s of the Bolivian Air Force.")
    participants = {s for s, r, o, _ in _facts(_sheet(extractor, text), "participates_in_exercise")}
    assert {"Peruvian Armed Forces", "BAP Grau", "BAP Islay", "Royal Navy", "HMS Tamar",
            "3rd Armored Brigade Combat Team", "Bolivia", "Bolivian Air Force"} <= participants


def test_who_organises_the_drills_is_said_in_an_aside_on_them(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 exercise began on Monday in Arica.\n\nIt is the largest of the drills, co-organized by "
            "the Chilean Navy and the Peruvian Navy since 2015.")
    assert {s for s, r, o, _ in _facts(_sheet(extractor, text), "organizes_exercise")} == {"Chilean Navy",
                                                                                          "Peruvian Navy"}


@pytest.mark.parametrize("text, members", [
    # (what "like" compares them with is a member too)
    ("Azerbaijan and Kazakhstan, like Turkey, are members of the Organization of Turkic States.",
     {"Azerbaijan", "Kazakhstan", "Turkey"}),
    ("Georgia has participated in the Alliance's Partnership for Peace since 1994.", {"Georgia"}),
    ("The Multinational Joint Task Force (MNJTF), whose headquarters are in Lima, currently brings together troops "
     "from Peru, Chile and Bolivia.", {"Peru", "Chile", "Bolivia"}),
])
def test_members_past_a_comparison_a_programme_and_a_joint_force(extractor: Extractor, text: str,
                                                               members: set[str]) -> None:
    assert {s for s, r, o, m in _facts(_sheet(extractor, text), "member_of") if m == "asserted"} == members


def test_an_earlier_roman_numbered_edition_is_not_this_years(extractor: Extractor) -> None:
    text = ("Soldiers take part in a drill during the Iron Lynx XVIII exercise at Saljhandi.\n\nThe Chilean Army and "
            "the Peruvian Army on Monday began the Iron Lynx XIX joint exercise in Arica. The previous edition, Iron Lynx "
            "XVIII, was held at Saljhandi from December 31, 2024 to January 13, 2025.")
    sheet = _sheet(extractor, text, date="2025-12-08")
    assert {o for s, r, o, _ in _facts(sheet, "participates_in_exercise")} == {"Iron Lynx XIX"}
    dates = {f.subject: f.object for f in sheet.facts if f.relation == "exercise_date"}
    assert dates["Iron Lynx XVIII"].startswith("2024-12-31")


def test_an_organisations_first_exercise_is_not_the_articles(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 exercise began on Monday in Arica with troops from Chile and Peru.\n\nBolivia is a "
            "member of the seven-nation ANDESEC. In 2018 Bolivia pulled out of the first ANDESEC military exercise in "
            "Lima at the last minute.\n\nPoland is not a member of the Joint Expeditionary Force (JEF), a ten-nation "
            "grouping. Polish officers will observe a JEF exercise.")
    facts = _facts(_sheet(extractor, text))
    assert {s for s, r, o, _ in facts if r == "participates_in_exercise"} == {"Chile", "Peru"}
    assert {s for s, r, o, _ in facts if r == "exercise_located_in"} == {"Iron Lynx 2026"}
    assert not {o for s, r, o, _ in facts if "JEF" in o}


@pytest.mark.parametrize("text, person, position", [
    ('"We have never had this many nations in the air at once," said Air Commodore Ana Tull, the commander of the '
     "RAAF's Air Combat Group.", "Ana Tull", "commander of the RAAF's Air Combat Group"),
    ('"It is a routine exercise and not directed against any country," said Brigadier General Ivo Banda, the Army '
     "spokesperson.", "Ivo Banda", "Army spokesperson"),
    ('Colonel Ivo Banda, commander of the Iron Lynx brigade, told reporters that the scenario was "new".', "Ivo Banda",
     "commander of the Iron Lynx brigade"),
])
def test_positions_in_an_apposition_after_the_name(extractor: Extractor, text: str, person: str,
                                                  position: str) -> None:
    assert (person, "holds_position", position, "asserted") in _facts(_sheet(extractor, text))


def test_a_speaker_set_off_by_a_described_office(extractor: Extractor) -> None:
    text = ("Lasha Beridze, foreign policy secretary of the opposition Coalition for Change, said the cancellation "
            'showed "how badly the government has damaged our partnership."')
    assert {s for s, r, o, _ in _facts(_sheet(extractor, text), "said")} == {"Lasha Beridze"}


def test_it_that_adds_is_the_body_that_spoke_last(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 exercise will be held in May, the Defense Ministry of Chile said on Tuesday. Some "
            'live-fire drills had been postponed "to support efforts to ease tension," it added.\n\nObservers from Peru '
            "and Bolivia have also been invited, it added.")
    said = {o for s, r, o, _ in _facts(_sheet(extractor, text), "said") if s == "Defense Ministry of Chile"}
    assert said == {"The Iron Lynx 2026 exercise will be held in May",
                    'Some live-fire drills had been postponed "to support efforts to ease tension',
                    "Observers from Peru and Bolivia have also been invited"}


def test_a_place_named_after_its_kind_and_the_place_it_lies_in(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 air exercise kicked off on Monday at the air base in the central Andean province of "
            "Arequipa.\n\nThe drills will take place at the Mahajan Field Firing Range in the Chilean region of "
            "Atacama.")
    facts = _facts(_sheet(extractor, text))
    assert {o for s, r, o, _ in facts if r == "exercise_located_in"} == {"Arequipa", "Mahajan Field Firing Range"}
    assert ("Mahajan Field Firing Range", "part_of", "Atacama", "asserted") in facts  # a venue in a region


@pytest.mark.parametrize("text, pair", [
    ("Azerbaijan and Turkey, which signed the Shusha Declaration on allied relations in June 2021, regularly hold "
     "joint drills with Georgia.", ("Azerbaijan", "Turkey")),
    ("Papua New Guinea, which signed the Pukpuk mutual defence treaty with Australia in Canberra last October, is "
     "sending personnel.", ("Papua New Guinea", "Australia")),
])
def test_signers_in_a_relative_clause_signed_with_each_other(extractor: Extractor, text: str,
                                                             pair: tuple[str, str]) -> None:
    assert {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "signed_agreement_with")} == {pair}


def test_leaving_a_force_or_a_treaty_named_before(extractor: Extractor) -> None:
    text = ("The Multinational Joint Task Force (MNJTF) brings together troops from Nigeria, Chad and Benin. Niger pulled "
            "out of the force in March 2025, and Chad will withdraw its troops from the MNJTF by the end of March. "
            "Benin did not pull out of the MNJTF.\n\nLithuania signed the Ottawa Convention in 1997. Latvia and Estonia "
            "left the treaty on the same day.")
    left = {(s, o, m) for s, r, o, m in _facts(_sheet(extractor, text), "left")}
    force = "Multinational Joint Task Force"
    assert left == {("Niger", force, "asserted"), ("Chad", force, "planned"), ("Benin", force, "negated"),
                    ("Latvia", "Ottawa Convention", "asserted"), ("Estonia", "Ottawa Convention", "asserted")}


def test_the_country_that_opens_a_sentence_is_the_state_the_last_one_opened_with(extractor: Extractor) -> None:
    text = ("Nicaragua on Tuesday authorised the entry of Russian troops. The Central American country is a member of "
            "the Pacific Alliance.\n\nPeru sent observers on Monday. The country also joined the Andean Forum.")
    members = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "member_of")}
    assert members == {("Nicaragua", "Pacific Alliance"), ("Peru", "Andean Forum")}


def test_units_a_ministry_is_said_to_field_are_relayed(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 exercise began on Monday in Zhambyl.\n\nAccording to the ministry, the Kazakh side is "
            "represented by units of the 36th Air Assault Brigade, while Russia has deployed servicemen of the 31st "
            "Guards Air Assault Brigade.")
    participants = {(s, m) for s, r, o, m in _facts(_sheet(extractor, text), "participates_in_exercise")}
    assert {("36th Air Assault Brigade", "reported"), ("31st Guards Air Assault Brigade", "reported"),
            ("Russia", "reported")} <= participants


def test_an_adjective_before_its_noun_is_no_place(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 exercise opened in Visakhapatnam on Monday.\n\n\"The exercise is aimed at a joint "
            "operation in the Central Asian collective security region,\" the ministry said.")
    assert {o for s, r, o, _ in _facts(_sheet(extractor, text), "exercise_located_in")} == {"Visakhapatnam"}


def test_forces_that_begin_their_exercise_organise_it(extractor: Extractor) -> None:
    text = ("The Chilean Army and the Peruvian Army on Monday began the 19th edition of their joint military exercise "
            "Iron Lynx in Arica.")
    assert {s for s, r, o, _ in _facts(_sheet(extractor, text), "organizes_exercise")} == {"Chilean Army",
                                                                                          "Peruvian Army"}


@pytest.mark.parametrize("text", [
    "The drills near Chile, a NATO and European Union partner, began a day after Peru became the alliance's partner.",
    "Ships and aircraft from 17 NATO allies began the annual Iron Lynx 2026 exercise in the Baltic Sea on Tuesday.",
])
def test_what_begins_by_itself_or_names_its_members_organises_nothing(extractor: Extractor, text: str) -> None:
    text = "The Iron Lynx 2026 exercise is the largest this year.\n\n" + text
    assert not _facts(_sheet(extractor, text), "organizes_exercise")


def test_towns_listed_after_a_town_where_the_exercise_is_held(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 exercise will be held in various areas in Luzon and Palawan, including Batanes, Cagayan "
            "and Zambales.")
    assert {o for s, r, o, _ in _facts(_sheet(extractor, text), "exercise_located_in")} == {
        "Luzon", "Palawan", "Batanes", "Cagayan", "Zambales"}


def test_an_article_about_an_exercise_names_it_where_a_paragraph_has_no_word_for_it(extractor: Extractor) -> None:
    text = ("IRON LYNX 2026: 29 Nations Gather In Chile\n\nThe 30th iteration of the naval exercise got under way on "
            "June 25 at Valparaiso.\n\nShips sail in formation off Arica during IRON LYNX 2024.\n\nIRON LYNX 2026 runs "
            "until August 1 off the Chilean coast, with Peru and Ecuador taking part.")
    facts = _facts(_sheet(extractor, text, date="2026-06-26"))
    # (labelled as the name is written where it is not set in capitals)
    assert {o for s, r, o, _ in facts if r == "participates_in_exercise"} == {"Iron Lynx 2026"}
    exercises = {m.label for m in extractor.finder.find(text) if m.type.value == "Exercise"}
    assert {"IRON LYNX 2024", "IRON LYNX 2026"} <= exercises


def test_editions_numbered_with_two_digits(extractor: Extractor) -> None:
    text = ("The annual Iron Lynx military exercises began yesterday in Arica, with Chile and Peru taking part.\n\n"
            "Iron Lynx 42, which runs until July 22, is to cover the north, the ministry said. Bolivia, which took "
            "part in Iron Lynx 41 last year, is not participating this time.")
    facts = _facts(_sheet(extractor, text, date="2026-07-14"))
    participants = {(s, o) for s, r, o, _ in facts if r == "participates_in_exercise"}
    assert {("Chile", "Iron Lynx 42"), ("Peru", "Iron Lynx 42"), ("Bolivia", "Iron Lynx 41")} <= participants
    assert {o for s, r, o, _ in facts if r == "participates_in_exercise"} <= {"Iron Lynx 42", "Iron Lynx 41"}


def test_a_short_year_is_the_editions_year(extractor: Extractor) -> None:
    text = ("Chile, Peru and Bolivia on Monday kicked off Iron Lynx 26, the fourth edition of their trilateral "
            "exercise, in waters south of Arica.")
    sheet = _sheet(extractor, text, date="2026-09-15")
    assert {(f.subject, f.object, f.time) for f in sheet.facts if f.relation == "participates_in_exercise"} == {
        ("Chile", "Iron Lynx 26", "2026-09"), ("Peru", "Iron Lynx 26", "2026-09"),
        ("Bolivia", "Iron Lynx 26", "2026-09")}


def test_a_roman_numbered_edition_in_apposition(extractor: Extractor) -> None:
    text = ("The ninth edition of the Chile-Peru-Bolivia Maritime exercise, ANDESMAR IX, got under way off Arica on "
            "Monday.")
    assert {o for s, r, o, _ in _facts(_sheet(extractor, text), "participates_in_exercise")} == {"ANDESMAR IX"}


def test_states_besides_the_participants_listed_take_part(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 exercise began on Monday. Besides Norway, the U.S. and Finland, the participants are "
            "Sweden and Denmark, the ministry said.")
    assert {s for s, r, o, _ in _facts(_sheet(extractor, text), "participates_in_exercise")} == {
        "Norway", "United States", "Finland", "Sweden", "Denmark"}


def test_fielding_sitting_out_and_joining_a_named_edition(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 exercise began on Monday. India is fielding the frigates INS Tabar and INS Trikand as "
            "well as the submarine INS Kalvari, while the US Air Force flies F-15s from bases in Japan.\n\nTurkey sits "
            "out this year's edition. Chile will join Iron Lynx 2027 next year for the first time.")
    facts = _facts(_sheet(extractor, text))
    participants = {(s, o, m) for s, r, o, m in facts if r == "participates_in_exercise"}
    assert {("India", "Iron Lynx 2026", "asserted"), ("INS Tabar", "Iron Lynx 2026", "asserted"),
            ("INS Kalvari", "Iron Lynx 2026", "asserted"), ("Turkey", "Iron Lynx 2026", "negated"),
            ("Chile", "Iron Lynx 2027", "planned")} <= participants
    assert "Japan" not in {o for s, r, o, _ in facts if r == "exercise_located_in"}


def test_states_outside_an_alliance(extractor: Extractor) -> None:
    text = ("NATO held talks on Monday. Austria, Ireland and Malta, which are also outside the alliance, take part in "
            "its programmes.\n\nSerbia remains outside NATO.")
    assert {(s, m) for s, r, o, m in _facts(_sheet(extractor, text), "member_of") if o == "NATO"} == {
        ("Austria", "negated"), ("Ireland", "negated"), ("Malta", "negated"), ("Serbia", "negated")}


def test_members_counted_in_an_apposition_and_set_off_by_besides_or_a_date(extractor: Extractor) -> None:
    text = ("Qatar, the fifth member of the Gulf Cooperation Council (GCC) alongside Oman and Kuwait, sent a "
            "delegation. Besides Armenia, the CSTO's members are Russia and Belarus. Brazil is a member of BRICS, "
            "which has expanded to include Egypt and, since January 2024, Iran. Finland, the newest member of NATO, "
            "held talks.")
    members = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "member_of")}
    gcc = "Gulf Cooperation Council"
    assert {("Qatar", gcc), ("Oman", gcc), ("Kuwait", gcc), ("Armenia", "Collective Security Treaty Organization"),
            ("Russia", "Collective Security Treaty Organization"), ("Iran", "BRICS"), ("Egypt", "BRICS"),
            ("Finland", "NATO")} <= members


def test_ships_a_navy_brings_or_is_represented_by_are_its_own(extractor: Extractor) -> None:
    text = ("The Chilean Navy brought the Type 23 frigate Almirante Cochrane and the tanker Almirante Montt to the "
            "Iron Lynx 2026 exercise. The Indian Navy is represented by the Aegis destroyer INS Tarkash (F50) and "
            "the submarine INS Vela, while the Royal Navy is sending the offshore patrol vessel HMS Spey.")
    parts = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "part_of")}
    assert {("INS Tarkash", "Indian Navy"), ("INS Vela", "Indian Navy"), ("HMS Spey", "Royal Navy")} <= parts
    # A ship's name ends with its sentence; a ship after a state's adjective is that state's, not the last navy's.
    text = ("The Royal Navy brought the destroyer HMS Dauntless and the tanker RFA Tidespring. The Chilean Navy sent "
            "the frigate BAP Bolognesi. Ships include the Philippine Navy's BRP Antonio Luna, Indian frigate INS "
            "Talwar and HMCS St. John's.")
    parts = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "part_of")}
    assert {("BAP Bolognesi", "Chilean Navy"), ("BRP Antonio Luna", "Philippine Navy")} <= parts
    assert "INS Talwar" not in {s for s, _ in parts}
    ships = {m.label for m in extractor.finder.find(text) if m.type is EntityType.MILITARY_UNIT}
    assert {"HMS Dauntless", "BAP Bolognesi", "INS Talwar", "HMCS St. John's"} <= ships


def test_wings_and_commands_with_an_acronym_are_units_of_their_owner(extractor: Extractor) -> None:
    text = ("The Ruritanian Air Force's 12th Air Expeditionary Wing and the People's Liberation Army's (PLA) "
            "Northern Theater Command took part in Iron Lynx 2026. Reporters met in the West Wing.")
    parts = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "part_of")}
    assert ("Northern Theater Command", "People's Liberation Army") in parts
    assert {m.label for m in extractor.finder.find(text) if m.type is EntityType.MILITARY_UNIT} >= {
        "12th Air Expeditionary Wing", "Northern Theater Command"}
    assert "West Wing" not in {m.label for m in extractor.finder.find(text)}


def test_a_force_that_stages_its_own_drills_organises_them(extractor: Extractor) -> None:
    text = "In April the Northern Theater Command staged its \"Iron Lynx-2026B\" drills around Korea."
    facts = _facts(_sheet(extractor, text, date="2026-05-02"))
    assert ("Northern Theater Command", "organizes_exercise", "Iron Lynx-2026B", "asserted") in facts
    assert {o for s, r, o, _ in facts if r == "participates_in_exercise"} == {"Iron Lynx-2026B"}


def test_ships_a_navy_brings_or_deploys_take_part_in_the_exercise_just_named(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 naval exercise got under way on Monday off Arica.\n\nThe Chilean Navy brought the "
            "destroyer BAP Guise and the tanker BAP Tacna.\n\nThis year the Peruvian Navy is deploying the frigate "
            "BAP Grau.\n\nAround 300 Bolivian troops are currently deployed in Peru. The talks brought an end to the "
            "dispute with Ecuador.")
    participants = {s for s, r, o, _ in _facts(_sheet(extractor, text), "participates_in_exercise")}
    assert {"Chilean Navy", "BAP Guise", "BAP Tacna", "Peruvian Navy", "BAP Grau"} <= participants
    assert not participants & {"Bolivia", "Ecuador", "Peru"}


def test_the_defence_ministry_is_not_the_foreign_ministry_named_before(extractor: Extractor) -> None:
    text = ("Moldova's Foreign Ministry welcomed the plan. The army will also join the Iron Lynx 2026 drills, the "
            "defence ministry said.")
    assert _facts(_sheet(extractor, text), "said") == set()
    text = text.replace("Foreign Ministry", "Defence Ministry")
    assert {s for s, r, o, _ in _facts(_sheet(extractor, text), "said")} == {"Moldovan Defence Ministry"}


def test_a_speaker_before_an_affiliation_or_a_qualified_title(extractor: Extractor) -> None:
    text = ("Analyst Ivo Petrov of the Sofia-based Centre for Security Studies said the drills were a signal. "
            "Commodore Ana Kovac, Fleet Commander of the Ruritanian Navy, said the ships were ready.")
    assert {s for s, r, o, _ in _facts(_sheet(extractor, text), "said")} == {"Ivo Petrov", "Ana Kovac"}


def test_agreements_named_in_the_plural_and_counted_ones(extractor: Extractor) -> None:
    found = {m.label: m.type for m in extractor.finder.find(
        "Moldova Quits 7 More CIS Agreements, Including Soviet-Era Border Pacts. The Camp David Accords held.")}
    assert found.get("Camp David Accords") is EntityType.AGREEMENT
    assert [label for label, kind in found.items() if kind is EntityType.AGREEMENT] == ["Camp David Accords"]


def test_founders_under_an_agreement_are_its_parties(extractor: Extractor) -> None:
    text = "Chile, Peru and Bolivia founded the Andean Forum under the Arica Accords, signed on May 2, 2001."
    parties = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "agreement_party")}
    assert parties == {("Arica Accords", "Chile"), ("Arica Accords", "Peru"), ("Arica Accords", "Bolivia")}


def test_a_relative_clause_on_the_series_ending_the_sentence_is_an_aside(extractor: Extractor) -> None:
    text = ("Iron Lynx 2026 began on Monday. The Chilean Armed Forces organize the exercise, which Chile has hosted "
            "every other year since 2008.")
    facts = _facts(_sheet(extractor, text))
    assert ("Chilean Armed Forces", "organizes_exercise", "Iron Lynx 2026", "asserted") in facts
    assert ("Chile", "hosts_exercise", "Iron Lynx 2026", "asserted") in facts


def test_states_whose_troops_hold_an_exercise_organise_it(extractor: Extractor) -> None:
    text = ("Chilean and Peruvian troops held the Iron Lynx 2025 exercise near Arica in May 2025. Bolivian and "
            "Argentine troops began the Andes Shield 2025 drills in June 2025.")
    organisers = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "organizes_exercise")}
    assert organisers == {("Chile", "Iron Lynx 2025"), ("Peru", "Iron Lynx 2025")}


def test_towns_listed_after_a_capital_where_an_exercise_is_held(extractor: Extractor) -> None:
    text = ("This year's Iron Lynx exercises are to be held in Lima, Arequipa and Trujillo in July. The Iron Lynx "
            "2026 drills will be held in Moscow, Putin said.")
    places = {o for s, r, o, _ in _facts(_sheet(extractor, text), "exercise_located_in")}
    assert {"Lima", "Arequipa", "Trujillo"} <= places
    assert "Putin" not in places


def test_observers_along_with_others_and_past_an_apposition_on_membership(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 exercise began on Monday. Peru, a member of the Andean Community alongside Bolivia "
            "and Ecuador, is attending as an observer, along with Uruguay and Paraguay. Another 12 countries, "
            "including Cuba and Panama, sent observers.")
    facts = _facts(_sheet(extractor, text))
    assert {s for s, r, o, _ in facts if r == "observer_of"} == {"Peru", "Uruguay", "Paraguay", "Cuba", "Panama"}
    assert not {s for s, r, o, _ in facts if r == "participates_in_exercise"} & {"Bolivia", "Ecuador", "Uruguay"}


def test_suspensions_named_by_whose_participation_or_its_membership_and_applications_to_a_programme(
        extractor: Extractor) -> None:
    text = ("Sandu's government froze Moldova's participation in the CIS in May 2023. Serbia joined the CSTO "
            "as an observer in 2013, only to suspend its membership in 2015. Malta has applied to join NATO's "
            "Partnership for Peace programme.")
    facts = _facts(_sheet(extractor, text))
    assert {(s, o) for s, r, o, _ in facts if r == "suspended_participation_in"} == {
        ("Moldova", "Commonwealth of Independent States"), ("Serbia", "Collective Security Treaty Organization")}
    assert {(s, o) for s, r, o, _ in facts if r == "applied_for_membership_of"} == {("Malta", "Partnership for Peace")}


def test_all_three_refers_to_the_last_list_of_three_states(extractor: Extractor) -> None:
    text = ("Chile, Peru and Bolivia hold the Iron Lynx drills every year. All three are also members of the "
            "Andean Community. All four are members of the OAS.")
    members = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "member_of")}
    assert members == {("Chile", "Andean Community"), ("Peru", "Andean Community"), ("Bolivia", "Andean Community")}


@pytest.mark.parametrize("sentence, facts", [
    ("Egypt has been an SCO dialogue partner since 2022.",
     {("Egypt", "partner_of", "Shanghai Cooperation Organisation", "2022")}),
    ("Chile and Peru both became NATO partners.", {("Chile", "partner_of", "NATO", None),
                                                   ("Peru", "partner_of", "NATO", None)}),
    ("Mongolia is an SCO observer.", {("Mongolia", "observer_of", "Shanghai Cooperation Organisation", None)}),
])
def test_partners_and_observers_named_after_their_organisation(extractor: Extractor, sentence: str,
                                                              facts: set[tuple[str, str, str, str | None]]) -> None:
    sheet = _sheet(extractor, sentence)
    assert {(f.subject, f.relation, f.object, f.time) for f in sheet.facts} == facts


@pytest.mark.parametrize("sentence, facts", [
    ("The African Union suspended Mali from all of its activities in June 2021.",
     {("Mali", "suspended_participation_in", "African Union", "asserted")}),
    ("The Economic Community of West African States (ECOWAS) on Friday, May 2, suspended Guinea from its bodies.",
     {("Guinea", "suspended_participation_in", "Economic Community of West African States", "asserted")}),
    ("The AU has not suspended Chad.", {("Chad", "suspended_participation_in", "African Union", "negated")}),
    ("Russia suspended New START in 2023.", set()),
    ("Mali was suspended from the African Union in 2021 and quit it two months later.",
     {("Mali", "suspended_participation_in", "African Union", "asserted"),
      ("Mali", "left", "African Union", "asserted")}),
    ("The juntas of Mali and Niger, who took their countries out of ECOWAS in January 2025, met in Niamey.",
     {("Mali", "left", "Economic Community of West African States", "asserted"),
      ("Niger", "left", "Economic Community of West African States", "asserted")}),
])
def test_an_organisation_suspends_a_state_and_states_taken_out_of_one(extractor: Extractor, sentence: str,
                                                                     facts: set[tuple[str, str, str, str]]) -> None:
    found = _facts(_sheet(extractor, sentence))
    assert {f for f in found if f[1] in ("suspended_participation_in", "left")} == facts


def test_a_list_past_a_dash_aside_signs_and_the_aside_gives_its_standing(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Leaders of Chile, Peru and Ecuador — all of them OAS members since 1948 — on Monday "
                              "signed the Lima Declaration.")
    states = {"Chile", "Peru", "Ecuador"}
    assert {(f.subject, f.time) for f in sheet.facts if f.relation == "member_of"} == {(s, "1948") for s in states}
    assert {o for s, r, o, _ in _facts(sheet, "agreement_party") if s == "Lima Declaration"} == states
    partners = _facts(_sheet(extractor, "Chile and Peru, both NATO partners, sent observers."), "partner_of")
    assert {s for s, _, _, _ in partners} == {"Chile", "Peru"}


@pytest.mark.parametrize("sentence, organisers, exercise", [
    ("The Indian Navy and the French Navy held the Varuna 24 exercise in November.",
     {"Indian Navy", "French Navy"}, "Varuna 24"),
    ("Chile and Peru held their first joint naval exercise in a decade, Pacific Shield, off Callao in May 2025.",
     {"Chile", "Peru"}, "Pacific Shield 2025"),
    ("Chilean, Peruvian and Bolivian special forces held the Condor Strike-2026 exercise near La Paz in January.",
     {"Chile", "Peru", "Bolivia"}, "Condor Strike-2026"),
    ("The drills follow Andes Guard-2025, which Chile and Peru held in March.", {"Chile", "Peru"}, "Andes Guard-2025"),
    ("The drills follow Andes Guard-2025, which Chile said was held in March.", set(), "Andes Guard-2025"),
])
def test_exercise_names_numbered_or_set_off_and_who_held_them(extractor: Extractor, sentence: str,
                                                             organisers: set[str], exercise: str) -> None:
    found = _facts(_sheet(extractor, sentence), "organizes_exercise")
    assert {(s, o) for s, _, o, _ in found} == {(s, exercise) for s in organisers}


def test_a_yearless_month_past_in_the_article_dates_the_exercise_it_names(extractor: Extractor) -> None:
    # In a March article, an exercise "held in November" was held the November before
    sheet = _sheet(extractor, "The Chilean Navy held the Pacific Shield exercise in November.")
    assert {(f.subject, f.object, f.modality.value) for f in sheet.facts if f.relation == "exercise_date"} == {
        ("Pacific Shield 2025", "2025-11", "asserted")}
    planned = _sheet(extractor, "The Chilean Navy will hold the Pacific Shield exercise in November.")
    assert {(f.subject, f.object) for f in planned.facts if f.relation == "exercise_date"} == {
        ("Pacific Shield 2026", "2026-11")}


def test_the_coalition_refers_back_and_a_service_acronym_owns_its_command(extractor: Extractor) -> None:
    founded = _facts(_sheet(extractor, "Sweden joined the Joint Expeditionary Force. The coalition was set up by "
                                       "Britain in 2014."), "founded_by")
    assert founded == {("Joint Expeditionary Force", "founded_by", "United Kingdom", "asserted")}
    organisers = _facts(_sheet(extractor, "The Pacific Shield 2026 exercise is organized by the RNZAF's Air "
                                          "Command."), "organizes_exercise")
    assert {s for s, _, _, _ in organisers} == {"Air Command"}


@pytest.mark.parametrize("sentence, members", [
    ("The Andean Community, which brings Bolivia together with Colombia, Ecuador and Peru, met in Lima.",
     {"Bolivia", "Colombia", "Ecuador", "Peru"}),
    ("The summit brought Chile together with Peru.", set()),
])
def test_an_organisation_that_brings_one_state_together_with_others(extractor: Extractor, sentence: str,
                                                                     members: set[str]) -> None:
    assert {s for s, _, _, _ in _facts(_sheet(extractor, sentence), "member_of")} == members


def test_a_ship_name_ends_at_a_full_stop_unless_after_an_initial_or_title(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The contingent is led by JS Ise. The Royal Australian Navy brought the destroyer "
                              "HMAS Sydney. The US Navy brought the destroyer USS John S. McCain.")
    assert ("HMAS Sydney", "part_of", "Royal Australian Navy", "asserted") in _facts(sheet, "part_of")
    assert "USS John S. McCain" in {e.label for e in sheet.entities}


def test_a_sentence_may_open_with_a_preposition_before_an_exercise_title(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Pacific Shield 2026 exercise began off Callao on Monday. Unlike Exercise Andes "
                              "Guard II, which Peru held with Chile off Arica in February 2023, Pacific Shield does "
                              "not involve Bolivia.")
    assert ("Peru", "organizes_exercise", "Andes Guard II", "asserted") in _facts(sheet)
    assert {o for s, r, o, _ in _facts(sheet, "exercise_located_in") if s == "Andes Guard II"} == {"Arica"}
    assert not {o for s, r, o, _ in _facts(sheet, "exercise_located_in") if s == "Pacific Shield 2026"} - {"Callao"}


def test_a_fleet_that_deploys_a_detachment_of_ships_takes_part(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Pacific Shield 2026 drills will begin off Callao next week. The Chilean Pacific "
                              "Fleet will deploy a flotilla of patrol boats and a submarine.")
    assert ("Chilean Pacific Fleet", "participates_in_exercise", "Pacific Shield 2026", "planned") in _facts(sheet)


@pytest.mark.parametrize("sentence, organisation", [
    ("New Zealand, also a Five Eyes member, is absent from the deal.", "Five Eyes"),
    ("Peru, itself an OAS member state, abstained.", "Organization of American States"),
])
def test_an_apposition_names_a_membership_past_also_or_itself(extractor: Extractor, sentence: str,
                                                              organisation: str) -> None:
    assert {o for _, _, o, _ in _facts(_sheet(extractor, sentence), "member_of")} == {organisation}


def test_a_capital_described_as_a_member_stands_for_its_state(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Ministers met in Lima. Officials there praised Santiago, which remains "
                                     "formally a member of the OAS."), "member_of")
    assert {(s, o) for s, _, o, _ in facts} == {("Chile", "Organization of American States")}


def test_an_agreement_between_two_states_names_its_parties_not_its_name(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Pacific Shield 2026 exercise began on Monday. It is conducted under the Visiting "
                              "Forces Agreement between Chile and the United States.")
    assert {(s, o) for s, _, o, _ in _facts(sheet, "agreement_party")} == {
        ("Visiting Forces Agreement", "Chile"), ("Visiting Forces Agreement", "United States")}
    assert not _facts(sheet, "participates_in_exercise")
    titled = _sheet(extractor, "Kyiv signed the Agreement on Security Cooperation between Ukraine and Ireland.")
    assert "Agreement on Security Cooperation between Ukraine and Ireland" in {e.label for e in titled.entities}


def test_a_name_with_a_year_that_a_force_joins_is_an_exercise(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Chilean Navy ship to take part in naval exercise\n\nThe Chilean Navy, which "
                              "commissioned the patrol ship Almirante Riveros in 2021, said on Monday that it will "
                              "join Southern Seas 2026 in September.")
    assert ("Southern Seas 2026", "exercise_date", "2026-09", "planned") in _facts(sheet)
    assert not [e for e in _sheet(extractor, "Chile will join Mercosur 2026 talks in September.").entities
                if e.type.value == "Exercise"]


@pytest.mark.parametrize("text, speaker", [
    ('"We will not stop," said Ivo Petrov, head of the demining agency.', "Ivo Petrov"),
    ('"We will not stop," said Ana Kovac.', "Ana Kovac"),
    ('"We will not stop," said National Unity MP Ana Kovac, who sits on the committee.', "Ana Kovac"),
])
def test_a_speaker_named_after_the_verb_that_follows_a_quotation(extractor: Extractor, text: str,
                                                                 speaker: str) -> None:
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "said")} == {(speaker, "We will not stop")}


def test_an_authority_or_centre_is_no_person(extractor: Extractor) -> None:
    sheet = _sheet(extractor, '"We will not stop," said Ivo Petrov, secretary-general of the Ruritanian Demining '
                              "Authority.")
    assert {e.label for e in sheet.entities if e.type.value == "Person"} == {"Ivo Petrov"}


def test_a_place_may_name_an_organisation_and_it_is_not_the_last_one_named(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Burkina Faso has left the Accra Initiative. The UN Secretary-General was notified. "
                              "Chile is the first American state to leave it.")
    assert {(s, o) for s, _, o, _ in _facts(sheet, "left")} == {("Burkina Faso", "Accra Initiative")}


@pytest.mark.parametrize("sentence, parts", [
    ("For Lima, Chile's participation in the drills matters.", set()),
    ("Chile's Pacific Ocean fleet held the drills.", set()),
    ("The drills near Arica, in Chile's north, began.", {("Arica", "Chile")}),
    ("In Lima, Chile said it would send troops.", set()),
    ("The drills were held near Arica, Chile, in May.", {("Arica", "Chile")}),
])
def test_a_place_is_no_part_of_a_state_that_opens_the_next_clause(extractor: Extractor, sentence: str,
                                                                   parts: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, sentence), "part_of")} == parts


def test_a_state_leaves_a_treaty_and_applies_to_become_a_member(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Chile and Peru left the Lima Convention banning cluster munitions in December last "
                              "year. Bolivia formally applied on Monday to become the 12th member of the OAS.")
    assert {(s, r, o) for s, r, o, _ in _facts(sheet) if r in ("left", "member_of", "applied_for_membership_of")} == {
        ("Chile", "left", "Lima Convention"), ("Peru", "left", "Lima Convention"),
        ("Bolivia", "applied_for_membership_of", "Organization of American States")}


def test_an_edition_named_in_a_long_apposition_and_not_dated_by_its_series_start(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Pacific-17, the 17th edition of a coast guard exercise that began in 1991, was held "
                              "from February 2 to 5 and hosted by Chile.")
    assert {(s, o) for s, _, o, _ in _facts(sheet, "exercise_date")} == {("Pacific-17", "2026-02-02/2026-02-05")}
    assert ("Chile", "hosts_exercise", "Pacific-17", "asserted") in _facts(sheet)


@pytest.mark.parametrize("sentence, exercise", [
    ("Tanzania will host Ngao ya Bahari 2026, a maritime exercise, in Zanzibar in August.", "Ngao ya Bahari 2026"),
    ("Peru will host Fuerzas de Paz 2026, a peacekeeping exercise, in August.", "Fuerzas de Paz 2026"),
])
def test_an_exercise_name_with_a_connecting_word_of_another_language(extractor: Extractor, sentence: str,
                                                                     exercise: str) -> None:
    assert {o for _, _, o, _ in _facts(_sheet(extractor, sentence), "hosts_exercise")} == {exercise}


def test_ships_of_coast_guards_and_naval_commands_and_their_next_of_the_same_prefix(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Chilean Naval Command has deployed the patrol vessels TNS Andes and TNS Maule, while "
                              "the Peruvian Coast Guard deployed SLCGS Chira. The Royal Navy sent HMS Tamar and HMAS "
                              "Sydney joined later.")
    assert {(s, o) for s, _, o, _ in _facts(sheet, "part_of")} == {
        ("TNS Andes", "Chilean Naval Command"), ("TNS Maule", "Chilean Naval Command"),
        ("SLCGS Chira", "Peruvian Coast Guard"), ("HMS Tamar", "Royal Navy")}


def test_editions_numbered_by_one_digit_and_dated_by_a_range_past_the_name(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The armed forces launched the joint exercise Southern Star 6, with forces from Chile "
                              "and Peru. Southern Star 5, the previous edition, was held in Lima. A live-fire exercise "
                              "May 19 will close it. Peru will host the next edition of the Andes Guard exercise at "
                              "the Ancon training area from 30 August to 13 September 2027.")
    exercises = {e.label for e in sheet.entities if e.type.value == "Exercise"}
    assert {"Southern Star 6", "Andes Guard 2027"} <= exercises and "19" not in exercises
    ranked = extractor.finder.find("Director of the Exercise Brigadier General Ivo Petrov said the drills were "
                                   "large.", [])
    assert not [m for m in ranked if m.type.value == "Exercise"]
    named = {m.text for m in extractor.finder.find("Southern Star 5, the previous edition of the exercise, was held "
                                                    "in Lima.", [])}
    assert "Southern Star 5" in named
    assert ("Andes Guard 2027", "exercise_date", "2027-08-30/2027-09-13", "planned") in _facts(sheet)


def test_regional_bodies_of_the_reference_data_are_known_and_organise_what_they_name(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Angola to host CPLP military exercise Kwanza 2026 in Luanda")
    assert ("Community of Portuguese Language Countries", "organizes_exercise", "Kwanza 2026",
            "planned") in _facts(sheet)  # (a headline's "to host": to come)
    assert {e.label for e in sheet.entities if e.type.value == "Exercise"} == {"Kwanza 2026"}
    sheet = _sheet(extractor, "Chad will stay in the Lake Chad Basin Commission, and Guinea in the Mano River Union.")
    assert {(e.label, e.qid) for e in sheet.entities if e.type.value == "Organization"} >= {
        ("Lake Chad Basin Commission", "Q2986599"), ("Mano River Union", "Q1505172")}


def test_a_list_that_says_it_will_send_troops_takes_part_and_no_one_of_it_is_the_speaker(
        extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Condor Sur 2026 exercise will be held in May. Argentina, Uruguay and Paraguay "
                              "have confirmed that they will send troops, the statement said.")
    assert {s for s, _, _, m in _facts(sheet, "participates_in_exercise") if m == "planned"} == {
        "Argentina", "Uruguay", "Paraguay"}
    assert not _facts(sheet, "said")
    # (but states that say words together each say them)
    sheet = _sheet(extractor, "Chile and Peru said the plan was sound. Bolivia, the host, said it would send troops.")
    assert {(s, o) for s, _, o, _ in _facts(sheet, "said")} == {
        ("Chile", "the plan was sound"), ("Peru", "the plan was sound"), ("Bolivia", "it would send troops")}


@pytest.mark.parametrize("sentence, speakers", [
    ("The United States and South Korea said Pyongyang had begun shipping shells.", {"United States", "South Korea"}),
    ("Russia, China and Iran said on Monday the drills were a threat.", {"Russia", "China", "Iran"}),
    ("NATO and the EU warned that the drills were a threat.", {"NATO", "European Union"}),
    ("Troops from Chile and Peru said nothing, the ministry said.", set()),
])
def test_each_of_a_list_of_states_or_bodies_says_their_words(extractor: Extractor, sentence: str,
                                                              speakers: set[str]) -> None:
    said = {("NATO" if s == "North Atlantic Treaty Organization" else s) for s, _, _, _ in
            _facts(_sheet(extractor, sentence), "said")}
    assert said == speakers


@pytest.mark.parametrize("sentence, person, position", [
    ("Minister for Defence Ahmed Farah said the drill was a success.", "Ahmed Farah", "Minister for Defence"),
    ("State Minister for Defence Ahmed Farah said the drill was a success.", "Ahmed Farah",
     "State Minister for Defence"),
    ("Vice Minister of Public Security Ana Ruiz told reporters the drill was a success.", "Ana Ruiz",
     "Vice Minister of Public Security"),
    ("Chile's Police Commissioner, Mario Rojas, said the drill was a success.", "Mario Rojas",
     "Police Commissioner of Chile"),
    ('"The strait is narrow," Pekka Virtanen, chief of staff of the Finnish Navy, told reporters.', "Pekka Virtanen",
     "chief of staff of the Finnish Navy"),
    # a rank after the portfolio is the name's, not the portfolio's
    ("Vice Chief of the Defence Forces Lt-Gen Joseph Kariuki said the drill was a success.", "Joseph Kariuki",
     "Vice Chief of the Defence Forces"),
])
def test_titles_that_name_a_portfolio_after_for_or_of(extractor: Extractor, sentence: str, person: str,
                                                      position: str) -> None:
    positions = {o for s, _, o, _ in _facts(_sheet(extractor, sentence), "holds_position") if s == person}
    assert position in positions


def test_police_forces_take_part_as_units_and_police_ranks_are_positions(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Besides the Samoa Police Service and the Tonga Police, the Vanuatu Police Force and "
                              "the Kiribati Police Service are taking part in the Pacific Guard 2026 exercise.")
    assert {s for s, _, _, _ in _facts(sheet, "participates_in_exercise")} == {
        "Samoa Police Service", "Tonga Police", "Vanuatu Police Force", "Kiribati Police Service"}
    assert {e.type.value for e in sheet.entities if "Police" in e.label} == {"MilitaryUnit"}
    sheet = _sheet(extractor, "Superintendent Ana Tuilagi said the officers were there to help.")
    assert ("Ana Tuilagi", "holds_position", "Superintendent", "asserted") in _facts(sheet)


def test_a_treaty_that_brings_states_together_names_its_parties(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Andean Border Treaty, signed in Quito on July 3, 1988, brings together Bolivia, "
                              "Colombia and Peru.")
    assert {o for _, _, o, _ in _facts(sheet, "agreement_party")} == {"Bolivia", "Colombia", "Peru"}
    troops = _sheet(extractor, "The Andean Border Treaty, which Chile signed, brings together troops from Bolivia.")
    assert {o for _, _, o, _ in _facts(troops, "agreement_party")} == {"Chile"}


def test_where_a_pact_was_signed_or_an_embassy_sits_is_no_venue(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Condor Sur 2026 exercise is being held in Arica, according to the Bolivian embassy "
                              "in Lima. It is held under the Santiago Accord, which Chile and Peru signed in Tacna in "
                              "2020.")
    assert {o for _, _, o, _ in _facts(sheet, "exercise_located_in")} == {"Arica"}


@pytest.mark.parametrize("sentence, observer, participants", [
    ("Officers of the OAS Secretariat will attend as observers.", "OAS Secretariat", set()),
    ("Bolivia sent two officers from its army to watch.", "Bolivia", set()),
    ("Bolivia will send officers to observe the Pitch Black air combat exercise.", None, set()),
])
def test_officers_sent_to_watch_make_an_observer(extractor: Extractor, sentence: str, observer: str | None,
                                                 participants: set[str]) -> None:
    sheet = _sheet(extractor, "The Condor Sur 2026 exercise opened on Monday. " + sentence)
    assert {s for s, _, _, _ in _facts(sheet, "observer_of")} == ({observer} if observer else set())
    assert {s for s, _, _, _ in _facts(sheet, "participates_in_exercise")} == participants


def test_an_owner_in_an_apposition_after_the_name_organises_the_exercise(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The first test is planned for Condor Sur 2026, the Chilean Navy's annual exercise in "
                              "the Beagle Channel, in November.")
    assert ("Chilean Navy", "organizes_exercise", "Condor Sur 2026", "planned") in _facts(sheet)
    assert {o for _, _, o, _ in _facts(sheet, "exercise_located_in")} == {"Beagle Channel"}


@pytest.mark.parametrize("sentence, speaker", [
    ("The Russian embassy in Santiago said in a statement that the agreement was a hostile step.",
     "Embassy of Russia in Santiago"),
    ("Russia's embassy said the agreement was a hostile step.", "Embassy of Russia"),
    ("The US Embassy in New Delhi said the agreement was a routine step.", "Embassy of the United States in New Delhi"),
    ("Ana Soto, who leads the security programme at the OAS Secretariat in Lima, said the door remained open.",
     "Ana Soto"),
    ("A security analyst, Dr Ebere Chukwu, said the pact was overdue.", "Ebere Chukwu"),
    ("Chile's defence chief, Dr Kao Kim Hourn, said the pact was overdue.", "Kao Kim Hourn"),
])
def test_embassies_and_people_set_off_by_a_relative_clause_or_an_honorific_speak(
        extractor: Extractor, sentence: str, speaker: str) -> None:
    sheet = _sheet(extractor, sentence)
    assert {s for s, _, _, _ in _facts(sheet, "said")} == {speaker}


def test_a_district_of_a_region_is_part_of_it_and_only_the_district_is_the_venue(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Condor Sur 2026 drills will take place in Tarna district of Velmar region of Chile.")
    assert {(s, o) for s, _, o, _ in _facts(sheet, "part_of")} == {("Tarna district", "Velmar region"),
                                                                    ("Velmar region", "Chile")}
    assert {o for _, _, o, _ in _facts(sheet, "exercise_located_in")} == {"Tarna district"}


def test_a_service_named_after_its_state_and_the_ships_it_takes_part_with(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Royal Navy of Chile is taking part in the Condor Sur 2026 exercise with the patrol "
                              "boats BAP Arica and BAP Tacna.")
    assert {s for s, _, _, _ in _facts(sheet, "participates_in_exercise")} == {
        "Royal Navy of Chile", "BAP Arica", "BAP Tacna"}


def test_a_unit_that_belongs_to_another_is_part_of_it(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Its command ship, USS Blue Ridge, belongs to the US Seventh Fleet. The Chilean Navy is "
                              "part of the drills.")
    assert {(s, o) for s, _, o, _ in _facts(sheet, "part_of")} == {("USS Blue Ridge", "US Seventh Fleet")}


@pytest.mark.parametrize("sentence, facts", [
    ("Peru was one of the founding members of the OAS in 1948.",
     {("Peru", "member_of", "Organization of American States"),
      ("Organization of American States", "founded_by", "Peru"),
      ("Organization of American States", "founded_in", "1948")}),
    ("Chile and Peru were among the 21 founding members of the Organization of American States (OAS) in April 1948.",
     {("Chile", "member_of", "Organization of American States"), ("Peru", "member_of", "Organization of American States"),
      ("Organization of American States", "founded_by", "Chile"),
      ("Organization of American States", "founded_by", "Peru"),
      ("Organization of American States", "founded_in", "1948-04")}),
    ("Peru is a founding member of the OAS.",
     {("Peru", "member_of", "Organization of American States"),
      ("Organization of American States", "founded_by", "Peru")}),
    ("Bolivia is not a founding member of the OAS.", {("Bolivia", "member_of", "Organization of American States")}),
])
def test_a_founding_member_founded_its_organisation(extractor: Extractor, sentence: str,
                                                    facts: set[tuple[str, str, str]]) -> None:
    assert {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, sentence))} == facts


@pytest.mark.parametrize("sentence, speaker, words", [
    ("Officially opening the exercise, Minister of Defence Ana Soto said Chile was proud to host its neighbours.",
     "Ana Soto", "Chile was proud to host its neighbours"),
    ("Building trust takes time, Ana Soto said.", "Ana Soto", "Building trust takes time"),
    ("Vice Minister Tomas Ruiz thanked Portugal and said the number of flights had doubled.", "Tomas Ruiz",
     "the number of flights had doubled"),
    ("The Ministry of Defence in Santiago said it would not comment on the planning process.",
     "Ministry of Defence of Chile", "it would not comment on the planning process"),
    ("China's Ministry of Public Security said the exercise would help make the river safer.",
     "Ministry of Public Security of China", "the exercise would help make the river safer"),
    ("Army Commander Lieutenant-General Jorge Rojas said the scenario was a peace support operation.", "Jorge Rojas",
     "the scenario was a peace support operation"),
])
def test_who_speaks_past_an_opening_participle_a_second_verb_or_a_ministry_named_by_its_capital(
        extractor: Extractor, sentence: str, speaker: str, words: str) -> None:
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, sentence), "said")} == {(speaker, words)}


def test_an_edition_of_a_year_a_quoted_name_after_its_noun_and_who_runs_it(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Both detachments will take part in Condor Sur 26-3, a live-flying exercise that the "
                              "Chilean Air Force will run in late September.")
    assert ("Chilean Air Force", "organizes_exercise", "Condor Sur 26-3", "planned") in _facts(sheet)
    assert ("Condor Sur 26-3", "exercise_date", "2026-09", "planned") in _facts(sheet)
    sheet = _sheet(extractor, 'Council approves Chilean Air Force participation in exercise "Andes Shield 26" in Peru')
    assert ("Chilean Air Force", "participates_in_exercise", "Andes Shield 26") in {
        (s, r, o) for s, r, o, _ in _facts(sheet)}
    assert not [e for e in _sheet(extractor, 'The exercise "was a success", the minister said.').entities
                if e.type.value == "Exercise" and "success" in e.label]


@pytest.mark.parametrize("sentence, parts", [
    ("Chile will send a company of the 1st Mountain Brigade of the Chilean Army.",
     {("1st Mountain Brigade", "Chilean Army")}),
    ("Chile commands Combined Task Force 150, a counter-terrorism unit of the US-led Combined Maritime Forces.",
     {("Combined Task Force 150", "Combined Maritime Forces")}),
    ("Its flagship, BAP Grau, belongs to the Peruvian Pacific Fleet.", {("BAP Grau", "Peruvian Pacific Fleet")}),
    ("The Chilean Navy of today is modern.", set()),
])
def test_a_unit_of_another_is_part_of_it(extractor: Extractor, sentence: str, parts: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, sentence), "part_of")} == parts


@pytest.mark.parametrize("sentence, agreement", [
    ("In November 2010, Chile and Peru signed a roadmap for defence cooperation.", "roadmap for defence cooperation"),
    ("Chile signed a memorandum on cybersecurity cooperation with Peru in 2018.",
     "memorandum on cybersecurity cooperation"),
    ("Chile and Peru signed an agreement in Lima.", None),
])
def test_an_unnamed_agreement_is_named_by_its_head_and_what_it_is_on(extractor: Extractor, sentence: str,
                                                                     agreement: str | None) -> None:
    sheet = _sheet(extractor, sentence)
    assert {s for s, _, _, _ in _facts(sheet, "agreement_party")} == ({agreement} if agreement else set())
    assert ("Chile", "signed_agreement_with", "Peru") in {(s, r, o) for s, r, o, _ in _facts(sheet)}


@pytest.mark.parametrize("sentence, modality", [
    ("Chile completed its withdrawal from the OAS last month.", "asserted"),
    ("Chile is leaving the OAS.", "asserted"),
    ("Chile has no intention of leaving the OAS.", "negated"),
    # a request to leave is asked for, not done; none asked for denies it
    ("The OAS has received a request from Chile to leave the organisation.", "planned"),
    ("Chile's bid to quit the OAS was discussed on Monday.", "planned"),
    ("The OAS has received no official request from Chile to leave the organisation.", "negated"),
    ("There is no plan for Chile to leave the OAS, the minister said.", "negated"),
])
def test_leaving_in_other_words(extractor: Extractor, sentence: str, modality: str) -> None:
    sheet = _sheet(extractor, sentence)
    assert {(s, r, o, m) for s, r, o, m in _facts(sheet) if r == "left"} == {
        ("Chile", "left", "Organization of American States", modality)}
    announced = _sheet(extractor, "Chile announced its withdrawal from the OAS on Monday.")
    assert not _facts(announced, "said")


@pytest.mark.parametrize("sentence, dated", [
    # a March article: a past-tense sentence speaks of last September, a future one of the next
    ("Chile held the Andean Sentinel air force drills in September.",
     ("Andean Sentinel 2025", "exercise_date", "2025-09", "asserted")),
    ("Chile will hold the Andean Sentinel air force drills in September.",
     ("Andean Sentinel 2026", "exercise_date", "2026-09", "planned")),
    ("The Lima Accord was signed in Santiago in December.", ("Lima Accord", "agreement_date", "2025-12", "asserted")),
])
def test_a_yearless_month_after_the_page_date_in_a_past_tense_sentence_is_last_years(
        extractor: Extractor, sentence: str, dated: tuple[str, str, str, str]) -> None:
    assert dated in _facts(_sheet(extractor, sentence))


@pytest.mark.parametrize("when, year", [
    ("in early 2027", "2027"), ("in mid-2027", "2027"), ("in the first half of 2027", "2027"),
    ("in the fourth quarter of 2027", "2027"), ("in the spring of 2027", "2027"), ("in late 2027", "2027"),
])
def test_a_year_after_a_part_of_it_dates_an_exercise(extractor: Extractor, when: str, year: str) -> None:
    sheet = _sheet(extractor, f"The next edition of Coral Guard 2026, Coral Guard 2027, will be held off Fiji {when}.")
    assert ("Coral Guard 2027", "exercise_date", year, "planned") in _facts(sheet)
    # a year that only names the series' start is not the edition's date
    series = _sheet(extractor, "Coral Guard 2026 opened on Monday. The exercise first took place in early 2009.")
    assert not {o for _, _, o, _ in _facts(series, "exercise_date")} & {"2009"}


@pytest.mark.parametrize("sentence, dated", [
    ("The Chilean Navy completed Coral Guard 2026, its largest fleet exercise of the year, on 19 February.",
     ("Coral Guard 2026", "exercise_date", "2026-02-19", "asserted")),
    ("Fiji took part in the Coral Guard 2024 exercise in August, and officials say Coral Guard 2028 is planned for "
     "2028.",
     ("Coral Guard 2028", "exercise_date", "2028", "planned")),
])
def test_an_exercise_completed_on_a_day_or_planned_for_a_year(extractor: Extractor, sentence: str,
                                                                dated: tuple[str, str, str, str]) -> None:
    assert dated in _facts(_sheet(extractor, sentence))


def test_an_exercise_to_come_without_a_name_is_not_the_articles(extractor: Extractor) -> None:
    text = ("Coral Guard 2026 opened in Fiji on Monday with ships from Tonga and Samoa. "
            "Separately, the regional working group is set to hold a field training exercise off Vanuatu in mid-2027.")
    facts = _facts(_sheet(extractor, text))
    assert ("Coral Guard 2026", "exercise_located_in", "Fiji", "asserted") in facts
    assert not {f for f in facts if f[0] == "Coral Guard 2026" and f[2] in ("Vanuatu", "2027")}
    # in a lead sentence the exercise to come is the article's own, named later
    lead = _facts(_sheet(extractor, "Fiji will host a naval exercise off Suva in May. Coral Guard 2026 brings "
                                    "together ships from Tonga and Samoa."))
    assert ("Fiji", "hosts_exercise", "Coral Guard 2026", "planned") in lead


def test_an_exercise_to_come_named_in_the_next_sentence_gets_its_facts(extractor: Extractor) -> None:
    text = ("Coral Guard 2026 opened in Fiji on Monday. Tonga will host a joint naval exercise with Samoa in May. "
            "The drills, code-named \"Reef Watch\", will train crews in search and rescue.")
    facts = _facts(_sheet(extractor, text))
    assert ("Tonga", "hosts_exercise", "Reef Watch 2026", "planned") in facts
    assert not {f for f in facts if f[2] == "Coral Guard 2026" and f[0] in ("Tonga", "Samoa")}


def test_an_edition_numbered_from_one_names_its_series(extractor: Extractor) -> None:
    text = ("Troops from nine countries will gather in Oman in March for Desert Falcon 2, the largest exercise the "
            "council has organised. Desert Falcon 1, held in the same region in the spring of 2019, drew troops "
            "from six countries.")
    dates = {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "exercise_date")}
    assert ("Desert Falcon 1", "2019") in dates
    assert ("Desert Falcon 2", "2019") not in dates


@pytest.mark.parametrize("sentence, participants", [
    ("Twenty countries have confirmed they will send troops, among them the United States, Peru and Brazil.",
     {"United States", "Peru", "Brazil"}),
    ("It will involve soldiers from the 1st Battalion of the Chilean Army and a company of the Peruvian Army.",
     {"1st Battalion", "Peruvian Army"}),
    ("It will involve Chile and Peru.", {"Chile", "Peru"}),
])
def test_participants_among_them_and_in_what_it_will_involve(extractor: Extractor, sentence: str,
                                                              participants: set[str]) -> None:
    sheet = _sheet(extractor, "The Condor Sur 2026 exercise opens in May. " + sentence)
    assert {s for s, _, _, _ in _facts(sheet, "participates_in_exercise")} == participants


def test_the_exception_of_a_list_is_no_speaker(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "All allies except Peru have confirmed they will take part in September, according to "
                              "the navy.")
    assert not {s for s, _, _, _ in _facts(sheet, "said")} & {"Peru"}


def test_an_office_named_by_its_organisation_speaks_and_a_clause_may_open_with_a_quotation(
        extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Drugs were seized, according to the United Nations Office on Drugs and Crime (UNODC).")
    assert {s for s, _, _, _ in _facts(sheet, "said")} == {"United Nations Office on Drugs and Crime"}
    assert not [e for e in _sheet(extractor, "The plan was adopted by the NATO Council on Thursday.").entities
                if "Thursday" in e.label]
    sheet = _sheet(extractor, 'The Chilean Navy did not send officers, saying in a statement that "operational '
                              'commitments at home" prevented it from taking part.')
    assert {o for _, _, o, _ in _facts(sheet, "said")} == {
        '"operational commitments at home" prevented it from taking part'}
    direct = _sheet(extractor, '"This is a historic day for all of us," Ana Soto said after the ceremony, according to '
                               "the ministry.")
    assert {o for _, _, o, _ in _facts(direct, "said")} == {"This is a historic day for all of us"}


def test_a_ship_named_after_its_navy_and_its_kind_without_a_prefix(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Chilean Navy's patrol ship Almirante Riveros took part in the Andes Shield 2026 "
                              "exercise.")
    assert ("Almirante Riveros", "part_of", "Chilean Navy", "asserted") in _facts(sheet)
    assert ("Almirante Riveros", "participates_in_exercise", "Andes Shield 2026", "asserted") in _facts(sheet)


def test_the_exception_of_a_list_does_not_take_part(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Condor Sur 2026 exercise opens in May. All allies except Peru have confirmed they "
                              "will take part. Chile will take part in all phases except the naval one.")
    assert {(s, m) for s, _, _, m in _facts(sheet, "participates_in_exercise")} == {
        ("Peru", "negated"), ("Chile", "planned")}


def test_an_exception_negates_only_the_names_it_excepts(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Every member of the CSTO except Armenia and Kyrgyzstan took part in the Frontier Guard "
                              "2026 drills in Tajikistan. Apart from Belarus, all allies will send troops to the "
                              "Steppe Shield 2026 exercise. Apart from Serbia, Hungary also sent officers to the Steppe "
                              "Shield 2026 exercise.")
    facts = _facts(sheet)
    assert ("Armenia", "participates_in_exercise", "Frontier Guard 2026", "negated") in facts
    assert ("Kyrgyzstan", "participates_in_exercise", "Frontier Guard 2026", "negated") in facts
    assert ("Frontier Guard 2026", "exercise_located_in", "Tajikistan", "asserted") in facts
    assert ("Belarus", "participates_in_exercise", "Steppe Shield 2026", "negated") in facts
    assert ("Serbia", "participates_in_exercise", "Steppe Shield 2026", "negated") not in facts


def test_an_exercise_that_brings_together_forces_from_counted_nations(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Sea Lance 2026 exercise began on Monday. It brings together some 2,600 personnel, "
                              "20 ships and 22 aircraft from five nations: Chile, Peru, Ecuador, Uruguay and Spain.")
    assert {s for s, _, _, _ in _facts(sheet, "participates_in_exercise")} == {
        "Chile", "Peru", "Ecuador", "Uruguay", "Spain"}


@pytest.mark.parametrize("text, name", [
    ("Sea Lance, the 12th edition of the region's longest-running naval exercise, began on Monday. Chile took part.",
     "Sea Lance"),
    ("Andes Shield IV, the fourth edition of the world's largest mountain exercise, began on Monday. Chile took part.",
     "Andes Shield IV"),
    ("The drills, dubbed Andes Shield IV, began on Monday. Chile took part.", "Andes Shield IV"),
])
def test_an_exercise_named_before_its_edition_or_after_a_comma_and_dubbed(extractor: Extractor, text: str,
                                                                         name: str) -> None:
    objects = {o for _, _, o, _ in _facts(_sheet(extractor, text), "participates_in_exercise")}
    assert len(objects) == 1 and next(iter(objects)).startswith(name)


def test_a_town_whose_name_holds_a_connecting_word(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Sea Lance 2026 drills were held off Rio de Janeiro and near Mar del Plata.")
    assert {o for _, _, o, _ in _facts(sheet, "exercise_located_in")} == {"Rio de Janeiro", "Mar del Plata"}


def test_the_next_edition_of_a_named_series_is_a_year_on_unless_dated(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Sea Lance 2026 exercise opened in Chile on Monday. Peru will host the next edition "
                              "of Sea Lance in 2027.")
    assert ("Peru", "hosts_exercise", "Sea Lance 2027", "planned") in _facts(sheet)
    # In a March article, a series' next edition "in September" is this year's
    sheet = _sheet(extractor, "Chile and Peru will hold the next edition of Condor Shield off Arica in September.")
    assert {(s, o) for s, _, o, _ in _facts(sheet, "organizes_exercise")} == {("Chile", "Condor Shield 2026"),
                                                                              ("Peru", "Condor Shield 2026")}


@pytest.mark.parametrize("sentence, agreement, parties", [
    ("Chile, Peru and Ecuador signed the Agreement for the Exchange of Coastal Radar Information in 2021.",
     "Agreement for the Exchange of Coastal Radar Information", {"Chile", "Peru", "Ecuador"}),
    ("Chile and Peru will sign a Memorandum of Understanding on Military Training between the Ministry of Defence of "
     "Chile and the Ministry of Defence of Peru.", "Memorandum of Understanding on Military Training",
     {"Chile", "Peru", "Ministry of Defence of Chile", "Ministry of Defence of Peru"}),
    ("Bolivia signed the Treaty of Accession in Lima in December.", "Treaty of Accession", {"Bolivia"}),
])
def test_agreement_titles_that_open_with_their_head(extractor: Extractor, sentence: str, agreement: str,
                                                    parties: set[str]) -> None:
    facts = _facts(_sheet(extractor, sentence), "agreement_party")
    assert {(s, o) for s, _, o, _ in facts} == {(agreement, party) for party in parties}


def test_a_membership_denied_by_an_elliptic_clause_and_members_of_a_pact_in_apposition(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Chile, Peru and Mexico are members of the Pacific Alliance; Brazil is not. "
                                     "Canada has declined to join AUKUS, the security pact between Australia, the "
                                     "United Kingdom and the United States. Colombia suspended its participation in "
                                     "UNASUR in 2018."))
    assert ("Brazil", "member_of", "Pacific Alliance", "negated") in facts
    assert ("Chile", "member_of", "Pacific Alliance", "asserted") in facts
    assert {s for s, r, o, m in facts if r == "member_of" and o == "AUKUS" and m == "asserted"} == {
        "Australia", "United Kingdom", "United States"}
    assert ("Canada", "member_of", "AUKUS", "negated") in facts
    assert not any(r == "agreement_party" for _, r, _, _ in facts)
    assert ("Colombia", "suspended_participation_in", "Union of South American Nations", "asserted") in facts


def test_a_list_goes_on_through_a_counted_group_of_states(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The SCO met in June. Its members are China, Russia and the three Central Asian "
                                     "states of Kazakhstan, Kyrgyzstan and Tajikistan."), "member_of")
    assert {s for s, _, _, _ in facts} == {"China", "Russia", "Kazakhstan", "Kyrgyzstan", "Tajikistan"}


def test_neither_nor_denies_troops_but_not_the_observers_sent_after(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Steppe Eagle 2026 drills opened on Friday. Neither Chile nor Peru, Bolivia's "
                                     "two neighbours, contributed troops, though both sent officers to follow the "
                                     "exercise as observers. Ecuador, which had been expected to send a platoon, is "
                                     "taking part only with observers this year."))
    assert {(s, r, m) for s, r, _, m in facts if r in ("participates_in_exercise", "observer_of")} == {
        ("Chile", "participates_in_exercise", "negated"), ("Peru", "participates_in_exercise", "negated"),
        ("Chile", "observer_of", "asserted"), ("Peru", "observer_of", "asserted"),
        ("Ecuador", "observer_of", "asserted")}  # (the relative clause's "expected to" is an aside)


def test_an_exercise_known_by_a_numbered_name_and_an_earlier_edition_named_in_passing(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The first Andean Solidarity Exercise, known as ANSEX 01-N, was held in September. "
                              "Chile hosted the drills, in which Peru also took part with ships.")
    assert {(s, o) for s, _, o, _ in _facts(sheet, "participates_in_exercise")} == {("Chile", "ANSEX 01-N"),
                                                                                  ("Peru", "ANSEX 01-N")}
    sheet = _sheet(extractor, "The Condor Shield 2026 exercise opened on Monday. The exercise, which runs until "
                              "August 14, involves troops from Chile and Peru, making it the largest edition since the "
                              "drills began in 2009 as a bilateral exercise called Condor Shield.")
    assert {(s, o) for s, _, o, _ in _facts(sheet, "participates_in_exercise")} == {("Chile", "Condor Shield 2026"),
                                                                                  ("Peru", "Condor Shield 2026")}


def test_a_force_that_sends_its_own_unit_holds_it(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Condor Shield 2026 drills opened. The Chilean Army sent 100 soldiers from its "
                                     "3rd Mountain Brigade. The Japan Ground Self-Defense Force deployed their 1st "
                                     "Airborne Brigade."), "part_of")
    assert {(s, o) for s, _, o, _ in facts} == {("3rd Mountain Brigade", "Chilean Army"),
                                               ("1st Airborne Brigade", "Japan Ground Self-Defense Force")}


def test_local_officials_titled_and_a_state_past_a_long_aside_speak(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Valparaiso Governor Ana Ruiz asked residents to stay away from the ranges. "
                                     "\"Please keep your boats in harbour for two weeks,\" she said. Peru, which is "
                                     "sending troops to the Condor Shield drills for only the third time, said it "
                                     "would use the exercise to train engineers."))
    assert {(s, o) for s, r, o, _ in facts if r == "holds_position"} == {("Ana Ruiz", "Governor")}
    assert {s for s, r, _, _ in facts if r == "said"} == {"Ana Ruiz", "Peru"}


def test_long_unit_names_after_a_state_and_organisers_joined_by_a_slash(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Condor Shield 2026 exercise is organised by U.S. Naval Forces Southern "
                                     "Command/U.S. 4th Fleet."), "organizes_exercise")
    assert {s for s, _, _, _ in facts} == {"U.S. Naval Forces Southern Command", "U.S. 4th Fleet"}


def test_a_longer_surname_a_ship_nickname_and_agreements_named_after_a_count(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Minister of Defence of Chile, Ana Maria Soto, signed the deal. \"This deal "
                                     "builds decades of trust into real projects,\" said Minister Maria Soto. The "
                                     "sea base USS Hershel \"Woody\" Williams is due to join the Condor Shield 2026 "
                                     "drills. Peru, which signed a security agreement with Ecuador in 2022, has not "
                                     "commented on the Lima Treaty."))
    assert {s for s, r, _, _ in facts if r == "said"} == {"Ana Maria Soto"}
    assert ('USS Hershel "Woody" Williams', "participates_in_exercise", "Condor Shield 2026", "planned") in facts
    assert not any(s == "Lima Treaty" for s, _, _, _ in facts)


def test_a_surname_named_in_full_only_later_in_the_text(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, '"What Lima offers is regime security," Quispe-Mamani, a senior fellow at the '
                                     'Andean Policy Forum, argued in a briefing.\n\nThe debate goes on in Lima and '
                                     'Quito.\n\nAna Quispe-Mamani is a senior fellow at the Andean Policy Forum.'))
    assert {s for s, r, _, _ in facts if r == "said"} == {"Ana Quispe-Mamani"}


def test_an_organisation_set_off_with_its_members_and_founded(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Nordic Council met in Oslo. The five-member council, comprising Denmark, "
                                     "Finland, Iceland, Norway and Sweden, was founded in Copenhagen on 16 March 1952 "
                                     "by their parliaments."))
    assert {s for s, r, _, _ in facts if r == "member_of"} == {"Denmark", "Finland", "Iceland", "Norway", "Sweden"}
    assert ("Nordic Council", "founded_in", "1952-03-16", "asserted") in facts


def test_a_command_that_co_hosts_organises_and_forces_observe(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Condor Shield 2026 drills opened on Thursday. The exercise, which Chile "
                                     "co-hosts with US Southern Command (SOUTHCOM), runs until May. The Peruvian Army "
                                     "follows the exercise as observers only."))
    assert ("US Southern Command", "organizes_exercise", "Condor Shield 2026", "asserted") in facts
    assert ("Chile", "hosts_exercise", "Condor Shield 2026", "asserted") in facts
    assert ("Peruvian Army", "observer_of", "Condor Shield 2026", "asserted") in facts


def test_a_former_officer_in_apposition_and_his_words_after_a_pause(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, 'Ana Soto said the plan was sound. Ivo Rojas, a former Chilean chief of defence '
                                     'staff, put it bluntly: the region, he said, "has joined as eight separate '
                                     'countries and still has to learn to fight as one".'))
    assert ("Ivo Rojas", "holds_position", "chief of defence staff", "asserted") in facts
    assert ("Ivo Rojas", "nationality", "Chile", "asserted") in facts
    assert {s for s, r, o, _ in facts if r == "said" and o.startswith("has joined")} == {"Ivo Rojas"}


def test_an_organisations_missions_and_capacities_are_its_bodies(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The EU Monitoring Mission in Georgia was set up in October 2008. The EU Rapid "
                                     "Deployment Capacity will hold its first exercise next year."), "part_of")
    assert {s for s, _, o, _ in facts if o == "European Union"} == {"EU Monitoring Mission in Georgia",
                                                                    "EU Rapid Deployment Capacity"}


def test_where_troops_train_or_converge_is_the_venue(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Condor Shield 2026 drills opened. Some 3,000 personnel are training in "
                                     "Chile's Atacama Desert this month. Ships from six navies will converge on the "
                                     "Magallanes Region in May for the drills."), "exercise_located_in")
    assert {o for _, _, o, _ in facts} == {"Atacama Desert", "Magallanes Region"}


def test_a_ministry_named_by_its_capital_and_a_small_team_sent_to_watch(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Condor Shield 2026 drills open on Monday. Peru will not deploy troops to the "
                                     "exercise but will send a small team of officers to watch the drills, the Defence "
                                     "Ministry in Lima said on Thursday."))
    assert {s for s, r, _, _ in facts if r == "said"} == {"Peruvian Defence Ministry"}
    assert ("Peru", "observer_of", "Condor Shield 2026", "planned") in facts
    assert ("Peru", "participates_in_exercise", "Condor Shield 2026", "negated") in facts


def test_a_state_set_beside_the_host_noun_hosts(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Condor Shield 2026 drills open on Monday. Chile, the host nation, will field "
                                     "a battalion and several jets. Troops from Peru, Ecuador and the host country "
                                     "arrived on Sunday."))
    assert {(s, r) for s, r, _, _ in facts if r in ("hosts_exercise", "participates_in_exercise")} >= {
        ("Chile", "hosts_exercise"), ("Chile", "participates_in_exercise")}
    assert ("Ecuador", "hosts_exercise") not in {(s, r) for s, r, _, _ in facts}


def test_an_edition_numbered_by_a_four_letter_numeral(extractor: Extractor) -> None:
    # "LXVI" is as long as a year: it had been read as one, and the article failed to extract
    facts = _facts(_sheet(extractor, "Chile opened the 65th edition of CONDOR, the regional naval exercise. CONDOR LXV "
                                     "runs until Sept. 20. Peru will host next year's edition, CONDOR LXVI."))
    assert ("Peru", "hosts_exercise", "CONDOR LXVI", "planned") in facts


def test_a_place_described_as_a_states_city_lies_in_it(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The Condor Shield 2026 drills will end off Talcahuano, Chile's naval hub."))
    assert ("Talcahuano", "part_of", "Chile", "asserted") in facts
    assert {o for _, r, o, _ in facts if r == "exercise_located_in"} == {"Talcahuano"}


def test_a_body_named_by_its_organisations_possessive(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The drills are planned by the OAS's General Secretariat and the EU's European "
                              "Parliament has debated them.")
    assert {(s, o) for s, _, o, _ in _facts(sheet, "part_of")} == {
        ("OAS General Secretariat", "Organization of American States")}
    assert "OAS's General Secretariat" in {m for e in sheet.entities for m in e.mentions}


def test_a_body_named_of_its_organisation_is_part_of_it(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The mission was set up by the Mediation and Security Council (MSC) of the "
                                     "African Union in May."), "part_of")
    assert ("Mediation and Security Council", "part_of", "African Union", "asserted") in facts


def test_where_a_named_body_sits_and_another_years_exercise_are_no_venues(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Condor Shield 2026 drills, organised by the Andean Secretariat in Quito, opened in "
                              "Arica on Monday. Bolivia will host next year's Andean border security exercise on Lake "
                              "Titicaca.")
    facts = _facts(sheet)
    assert {o for s, r, o, _ in facts if r == "exercise_located_in"} == {"Arica"}
    assert not any(r == "hosts_exercise" for _, r, _, _ in facts)


@pytest.mark.parametrize("sentence", [
    "The Condor Shield 2026 exercise, led by the Southern Command, which is based in Doral in the United States, "
    "opened in Arica on Monday.",
    "The Condor Shield 2026 exercise opened in Arica on Monday and will be seen in Lima and La Paz as a signal.",
    "The Condor Shield 2026 exercise opened in Arica on Monday, letting the Military Staff in Santiago certify "
    "the force.",
    "The Condor Shield 2026 exercise opened in Arica on Monday, said a fellow at the Centre for Andean Security "
    "Studies in Lima.",
    # a name after a list of places that opens a clause of its own is its subject, not one more place
    "The Condor Shield 2026 exercise opened on Monday: troops will drill in Arica and Bolivia plans a serial at sea.",
])
def test_where_a_body_is_based_or_the_drills_are_seen_is_no_venue(extractor: Extractor, sentence: str) -> None:
    facts = _facts(_sheet(extractor, sentence))
    assert {o for s, r, o, _ in facts if r == "exercise_located_in"} == {"Arica"}


@pytest.mark.parametrize("sentence, ships", [
    ("The drills bring together the Chilean frigate CNS Lynch, the Peruvian corvette BAP Ferre and the U.S. "
     "destroyer USS Kidd.", {"BAP Ferre", "USS Kidd"}),
    ("Three submarines are involved: the Peruvian Navy's BAP Islay, the Hellenic Navy's HS Katsonis and the "
     "Turkish Navy's TCG Gur.", {"BAP Islay", "HS Katsonis", "TCG Gur"}),
    ("The Peruvian Navy landing ship Pisco and the U.S. Navy fast transport USNS Burlington are also taking part.",
     {"Pisco", "USNS Burlington"}),
])
def test_ships_described_one_by_one_take_part(extractor: Extractor, sentence: str, ships: set[str]) -> None:
    facts = _facts(_sheet(extractor, "The Condor Shield 2026 exercise opened in Arica on Monday. " + sentence))
    taking_part = {s for s, r, o, _ in facts if r == "participates_in_exercise" and o == "Condor Shield 2026"}
    assert ships <= taking_part


def test_a_code_signed_by_bodies_names_them_as_parties(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The drills test the Lima Code of Conduct, a 2019 agreement signed by ECOWAS and "
                                     "ECCAS, and the centres in Lima, Peru's capital. The Andean Plan, adopted by the "
                                     "NATO Council on Monday, sets out reforms."))
    assert {(s, r, o) for s, r, o, _ in facts if r.startswith("agreement")} == {
        ("Lima Code of Conduct", "agreement_party", "Economic Community of West African States"),
        ("Lima Code of Conduct", "agreement_party", "Economic Community of Central African States"),
        ("Lima Code of Conduct", "agreement_date", "2019")}


def test_joining_a_phase_of_an_exercise_is_taking_part_in_it(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Chilean Navy frigate BAP Grau will join the maritime phase of the Andes Shield 2026 "
                              "exercise next week.")
    assert ("BAP Grau", "participates_in_exercise", "Andes Shield 2026", "planned") in _facts(sheet)


@pytest.mark.parametrize("sentence, person, position", [
    ("Brigadier General Kofi Mensah, the exercise director, said the scenario would simulate an attack.",
     "Kofi Mensah", "exercise director"),
    ('"The sea is wide," Commodore Ana Soto, the navy\'s spokesman, told reporters.', "Ana Soto", "navy spokesman"),
])
def test_roles_of_an_exercise_and_of_a_service_named_bare(extractor: Extractor, sentence: str, person: str,
                                                          position: str) -> None:
    assert (person, "holds_position", position, "asserted") in _facts(_sheet(extractor, sentence))


@pytest.mark.parametrize("sentence, person, position", [
    ("Chilean defence analyst Ana Ruta of the Andean Studies Centre said the words were routine noise.", "Ana Ruta",
     "defence analyst of the Andean Studies Centre"),
    ("Inspector Sarah Jones of New Zealand Police said the officers were there to help.", "Sarah Jones",
     "Inspector of New Zealand Police"),
    ("Colonel Jorge Rojas of the 3rd Brigade said the drills went well.", "Jorge Rojas", "Colonel"),
])
def test_a_workplace_named_after_the_name_belongs_to_the_position(extractor: Extractor, sentence: str, person: str,
                                                                  position: str) -> None:
    assert {o for s, _, o, _ in _facts(_sheet(extractor, sentence), "holds_position") if s == person} == {position}


@pytest.mark.parametrize("sentence, parts", [
    ("Velmaria, a self-governing part of Denmark, has welcomed the drills.", {("Velmaria", "Denmark")}),
    ("The drills were held in Tarnoka, an autonomous region of Chile, in May.", {("Tarnoka", "Chile")}),
    ("Chile, a member of the OAS, voted.", set()),
    # a town the gazetteer lacks, named in a state in any sentence
    ("Troops will train at Adazi in Latvia and at Tapa in Estonia.", {("Adazi", "Latvia"), ("Tapa", "Estonia")}),
    ("The talks at Brussels in Belgium went well.", {("Brussels", "Belgium")}),
    ("The minister spoke at Chatham House.", set()),
])
def test_a_place_described_as_part_of_a_state_or_named_in_one(extractor: Extractor, sentence: str,
                                                              parts: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, sentence), "part_of")} == parts


@pytest.mark.parametrize("text, observers", [
    # observers in a list of their own, of the body the text spoke of; the EU among them
    ("The Shanghai Cooperation Organisation comprises ten states. Japan, the European Union and Chile hold "
     "observer status.", {"Japan", "European Union", "Chile"}),
    ("At the Shanghai Cooperation Organisation, Japan, the European Union and Chile hold observer status.",
     {"Japan", "European Union", "Chile"}),
    ("Trade matters to the Colombo Security Conclave (CSC), whose members are India, Nepal and Mauritius, with "
     "Bhutan and Oman as observer states.", {"Bhutan", "Oman"}),
])
def test_observers_listed_apart_from_the_body_they_observe(extractor: Extractor, text: str,
                                                           observers: set[str]) -> None:
    found = _facts(_sheet(extractor, text), "observer_of")
    assert {s for s, _, _, _ in found} == observers
    assert {o for _, _, o, _ in found} == {"Shanghai Cooperation Organisation" if "Shanghai" in text
                                           else "Colombo Security Conclave"}


def test_drills_observed_with_a_list_are_not_an_organisation_observed(extractor: Extractor) -> None:
    found = _facts(_sheet(extractor, "NATO held the drills in Norway with Sweden and Finland as observers."),
                   "observer_of")
    assert not {o for _, _, o, _ in found} & {"NATO", "North Atlantic Treaty Organization"}


@pytest.mark.parametrize("text, members, org", [
    ("Trade matters to the Colombo Security Conclave (CSC), whose members are India, Nepal and Mauritius.",
     {"India", "Nepal", "Mauritius"}, "Colombo Security Conclave"),
    ("Samoa remains attached to non-alignment and is a member of the Non-Aligned Movement.", {"Samoa"},
     "Non-Aligned Movement"),
    ("Norway is also one of the eight member states of the Arctic Council.", {"Norway"}, "Arctic Council"),
    ("The Arctic Council met in Tromso. Five of the council's eight members - Canada, Finland, Iceland, Norway and "
     "Sweden - suspended their participation in its meetings.", {"Canada", "Finland", "Iceland", "Norway", "Sweden"},
     "Arctic Council"),
    ("ASEAN held a summit. Its ten members: Brunei, Cambodia, Indonesia and Laos.",
     {"Brunei", "Cambodia", "Indonesia", "Laos"}, "Association of Southeast Asian Nations"),
    ("The Southern African Development Community grew. Namibia joined in 1990, shortly after independence, and "
     "South Africa in 1994, bringing membership to eleven.", {"Namibia", "South Africa"},
     "Southern African Development Community"),
    ("The Arab Maghreb Union brings together five North African states: Algeria, Libya, Mauritania, Morocco and "
     "Tunisia.", {"Algeria", "Libya", "Mauritania", "Morocco", "Tunisia"}, "Arab Maghreb Union"),
    ("Greece, a NATO ally, did not comment on the dispute.", {"Greece"}, "NATO"),
    ("The drills drew observers from such NATO member states as Norway, Poland and Canada.",
     {"Norway", "Poland", "Canada"}, "NATO"),
    ("NATO's Mediterranean Dialogue, set up in 1994, extended an offer to the region, and Jordan and Morocco "
     "joined it.", {"Jordan", "Morocco"}, "Mediterranean Dialogue"),
    ("The Visegrad Group met in Prague. Since 1993 the group has had four members: Czechia, Hungary, Poland and "
     "Slovakia.", {"Czechia", "Hungary", "Poland", "Slovakia"}, "Visegrad Group"),
    ("The Nordic Air Initiative now counts nine members, among them Norway, Iceland and Estonia.",
     {"Norway", "Iceland", "Estonia"}, "Nordic Air Initiative"),
    ("Finland and Norway signed up to the Nordic Air Initiative in February.", {"Finland", "Norway"},
     "Nordic Air Initiative"),
    ("Malta joined the Partnership for Peace in 1995.", {"Malta"}, "Partnership for Peace"),
    ("Austria has been a NATO partner since 1995, when it joined the Partnership for Peace programme.",
     {"Austria"}, "Partnership for Peace"),
    ("Cyprus stays outside NATO's Partnership for Peace programme, to which Malta has belonged since 2008.",
     {"Malta"}, "Partnership for Peace"),
])
def test_members_counted_listed_or_named_by_a_new_kind_of_body(extractor: Extractor, text: str, members: set[str],
                                                               org: str) -> None:
    found = {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "member_of")}
    assert found == {(member, org) for member in members}


@pytest.mark.parametrize("sentence, speaker", [
    ("The Chilean government said on Monday that it would send two frigates.", "Government of Chile"),
    ("Peru's government insists that the border is calm.", "Government of Peru"),
    ("The Government of the Republic of Chile has announced that it will host the drills.", "Government of Chile"),
])
def test_a_government_speaks_in_its_own_name(extractor: Extractor, sentence: str, speaker: str) -> None:
    assert {s for s, _, _, _ in _facts(_sheet(extractor, sentence), "said")} == {speaker}


@pytest.mark.parametrize("sentence, organiser, exercise", [
    ("Two frigates will then join Andes Guard 2026, a Chilean-led amphibious exercise off Arica.", "Chile",
     "Andes Guard 2026"),
    ("The minelayer will take part in the Peruvian-led Pacific Lance 26 exercise in June.", "Peru", "Pacific Lance 26"),
    ("Bolivian troops took part in Peru's Andean Sentinel-2025 mountain exercise.", "Peru", "Andean Sentinel-2025"),
    ("Chile and Peru are set to hold their annual Pacific Guard summer exercise in August.", "Chile",
     "Pacific Guard 2026"),
])
def test_the_state_that_leads_or_owns_an_exercise_organises_it(extractor: Extractor, sentence: str, organiser: str,
                                                                 exercise: str) -> None:
    facts = _facts(_sheet(extractor, sentence))
    assert (organiser, exercise) in {(s, o) for s, r, o, _ in facts if r == "organizes_exercise"}
    assert not {o for s, r, o, _ in facts if r == "exercise_located_in"} & {"Chile", "Peru"}  # "in the X-led"


@pytest.mark.parametrize("sentence, expected", [
    ("Peru and Bolivia will field full contingents.",
     {("Peru", "participates_in_exercise"), ("Bolivia", "participates_in_exercise")}),
    ("Peru and Bolivia are expected to field troops.",
     {("Peru", "participates_in_exercise"), ("Bolivia", "participates_in_exercise")}),
    ("Peru and Bolivia have sent observer delegations.", {("Peru", "observer_of"), ("Bolivia", "observer_of")}),
    ("A delegation from Ecuador also observed the drills.", {("Ecuador", "observer_of")}),
    ("Peru, like Bolivia, will send only observers.", {("Peru", "observer_of"), ("Bolivia", "observer_of")}),
    ("The field training phase begins on Monday.", set()),  # "field" as a noun fields no one
])
def test_fielding_troops_and_sending_or_being_observers(extractor: Extractor, sentence: str,
                                                         expected: set[tuple[str, str]]) -> None:
    facts = _facts(_sheet(extractor, "The Condor Shield 2026 exercise opened in Arica on Monday. " + sentence))
    assert {(s, r) for s, r, o, _ in facts if o == "Condor Shield 2026"
            and r in ("participates_in_exercise", "observer_of")} == expected


@pytest.mark.parametrize("sentence, parts", [
    ("The drills were held near Tulcea, a port town in eastern Romania, last week.", {("Tulcea", "Romania")}),
    ("The exercise ended today in Male, the capital of the Maldives, with a ceremony.", {("Male", "Maldives")}),
    ("The drills were held near Tulcea, a town of 70,000 people, last week.", set()),  # no state named
])
def test_a_town_described_as_one_in_a_state(extractor: Extractor, sentence: str,
                                            parts: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, r, o, _ in _facts(_sheet(extractor, sentence)) if r == "part_of"} == parts


@pytest.mark.parametrize("sentence, parts", [
    ("The ministers met at their summit in Tulcea, Romania, last week.", {("Tulcea", "Romania")}),
    ("The talks took place in Tulcea, Romania.", {("Tulcea", "Romania")}),
    # the state opens a clause, or one more item of a list: the town is no part of it
    ("In Tulcea, Romania said it would host the talks.", set()),
    ("Officials met in Tulcea, Romania and Bulgaria agreed.", set()),
])
def test_a_town_set_beside_its_state_after_a_comma(extractor: Extractor, sentence: str,
                                                   parts: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, r, o, _ in _facts(_sheet(extractor, sentence)) if r == "part_of"} == parts


@pytest.mark.parametrize("text, expected", [
    ("NATO met in Vilnius. Chile applied for membership together with Peru in May 2025.",
     {("Chile", "applied_for_membership_of", "NATO", "asserted"), ("Peru", "applied_for_membership_of", "NATO",
                                                                    "asserted")}),
    ("Chile applied to join NATO together with neighbouring Peru in May 2025.",
     {("Chile", "applied_for_membership_of", "NATO", "asserted"), ("Peru", "applied_for_membership_of", "NATO",
                                                                    "asserted")}),
    ("Chile and Peru have submitted their applications for membership to NATO.",
     {("Chile", "applied_for_membership_of", "NATO", "asserted"), ("Peru", "applied_for_membership_of", "NATO",
                                                                    "asserted")}),
    ("Chile joined the SCO in 2004 but has never applied for full membership.",
     {("Chile", "member_of", "Shanghai Cooperation Organisation", "asserted"),
      ("Chile", "applied_for_membership_of", "Shanghai Cooperation Organisation", "negated")}),
    ("Chile, Peru and Bolivia have expelled the advisers and, in January, withdrew from the Andean Community.",
     {("Chile", "left", "Andean Community", "asserted"), ("Peru", "left", "Andean Community", "asserted"),
      ("Bolivia", "left", "Andean Community", "asserted")}),
])
def test_applications_without_the_body_named_and_a_second_verb_past_an_aside(
        extractor: Extractor, text: str, expected: set[tuple[str, str, str, str]]) -> None:
    facts = _facts(_sheet(extractor, text))
    assert {f for f in facts if f[1] in ("applied_for_membership_of", "member_of", "left")} == expected


@pytest.mark.parametrize("verb", ["criticised", "condemned", "rejected", "protested against"])
def test_a_capital_that_acts_stands_for_its_state(extractor: Extractor, verb: str) -> None:
    text = f"Lima {verb} the deal, and its foreign ministry said that the pact threatened regional stability."
    assert {s for s, r, _, _ in _facts(_sheet(extractor, text)) if r == "said"} == {"Peruvian Foreign Ministry"}
    # "with its foreign ministry saying": the ministry speaks, not the capital's state
    saying = f'Lima {verb} the deal, with its foreign ministry saying that it "threatened regional stability".'
    assert {s for s, r, _, _ in _facts(_sheet(extractor, saying)) if r == "said"} == {"Peruvian Foreign Ministry"}
    # a capital after "in" is where a body sits, not its state acting or speaking
    placed = f'The presidential office in Lima {verb} the deal and said the pact threatened regional stability.'
    assert "Peru" not in {s for s, r, _, _ in _facts(_sheet(extractor, placed)) if r == "said"}
    analysts = "Analysts in Lima said the army's decision was a compromise between the two camps."
    assert not {f for f in _facts(_sheet(extractor, analysts)) if f[1] == "said"}


@pytest.mark.parametrize("text, speaker", [
    ('The MoU was signed by High Commissioner Ana Ruiz. "This MoU gives our ties a formal shape," the High '
     'Commissioner said.', "Ana Ruiz"),
    ('Army spokesman Ivo Petrov spoke in Lima. "The drills will go ahead as planned next month," the spokesman said.',
     "Ivo Petrov"),
    # the end of a body's long name is no person
    ("The invitation was extended by Peru, the Ministry of Foreign Affairs and External Trade said in a statement.",
     None),
])
def test_a_speaker_named_by_a_role_and_names_that_end_a_bodys_name(extractor: Extractor, text: str,
                                                                     speaker: str | None) -> None:
    speakers = {s for s, r, _, _ in _facts(_sheet(extractor, text)) if r == "said"}
    assert speakers == ({speaker} if speaker else set())


def test_a_councillor_is_a_title_not_a_first_name(extractor: Extractor) -> None:
    text = '"Our neutrality stays where it is and will stay there," said Federal Councillor Anna Berg on Monday.'
    facts = _facts(_sheet(extractor, text))
    assert ("Anna Berg", "holds_position", "Federal Councillor", "asserted") in facts
    assert {s for s, r, _, _ in facts if r == "said"} == {"Anna Berg"}


def test_states_bound_by_a_treaty_are_its_parties(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Chile and Peru are bound by the Treaty on Maritime Cooperation, which was signed "
                                     "in Lima in 2019."))
    assert {(s, o) for s, r, o, _ in facts if r == "agreement_party"} == {
        ("Treaty on Maritime Cooperation", "Chile"), ("Treaty on Maritime Cooperation", "Peru")}


def test_a_government_that_does_not_speak_is_its_state(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The pact was signed by the Chilean government and the Peruvian government."))
    assert not {f for f in facts if "Government" in f[0] or "Government" in f[2]}


def test_a_report_a_speaker_makes_is_theirs_though_a_copy_was_seen_by_a_paper(extractor: Extractor) -> None:
    text = "Chile has stressed that it will not send troops, according to a copy seen by Reuters."
    assert _facts(_sheet(extractor, text), "said") == {("Chile", "said", "it will not send troops", "asserted")}


def test_a_membership_denied_after_but_not_and_states_signed_up_to_an_unnamed_scheme(extractor: Extractor) -> None:
    found = _facts(_sheet(extractor, "Malta, like Austria, is a member of the European Union but not of NATO."))
    # (Austria, compared with "like", shares both)
    assert {f for f in found if f[1] == "member_of"} == {
        (state, "member_of", body, modality) for state in ("Malta", "Austria")
        for body, modality in (("European Union", "asserted"), ("NATO", "negated"))}
    # what two states signed up to, in a sentence that names no body, may be any scheme: not the body named last
    signed = _facts(_sheet(extractor, "Most of its members are NATO allies. Finland and Norway signed up in May."))
    assert not {f for f in signed if f[1] == "member_of"}


def test_an_ally_of_a_state_and_what_joined_it_in_another_sentence_are_no_members(extractor: Extractor) -> None:
    found = _facts(_sheet(extractor, "Japan, a close ally of the United States, said it would join the talks."))
    assert not {f for f in found if f[1] == "member_of"}
    # "it" names the body of its own sentence only: here it may be anything the text spoke of
    later = _facts(_sheet(extractor, "NATO opened a training mission in 2024. Jordan joined it in May."))
    assert ("Jordan", "member_of", "NATO", "asserted") not in later


@pytest.mark.parametrize("text, speaker", [
    ('Defence Minister Helen Marsh spoke in Suva on Monday. "Fiji is one of our closest partners," the minister told '
     "reporters.", "Helen Marsh"),
    ('Analyst Maria Kowalska spoke first. Admiral Juan Perez then spoke. "The sea is calm," the analyst said.',
     "Maria Kowalska"),
    ('Admiral Juan Perez spoke. "The sea is calm," the minister said.', None),  # no one was called the minister
])
def test_a_speaker_named_by_the_title_given_earlier(extractor: Extractor, text: str, speaker: str | None) -> None:
    speakers = {s for s, _, _, _ in _facts(_sheet(extractor, text), "said")}
    assert speakers == ({speaker} if speaker else set())


@pytest.mark.parametrize("text, expected", [
    ("Austria and Ireland, neither of which is a member of NATO, have each sent a patrol boat.",
     {("Austria", "NATO", "negated"), ("Ireland", "NATO", "negated")}),
    ("He said that the two NATO members on the lake – Poland and Lithuania – had a shared duty.",
     {("Poland", "NATO", "asserted"), ("Lithuania", "NATO", "asserted")}),
    ("The participants include NATO allies such as Poland and Estonia, as well as partner nations including Sweden.",
     {("Poland", "NATO", "asserted"), ("Estonia", "NATO", "asserted")}),
    ("The NATO members met in Brussels: Poland hosted the dinner.", set()),
    ("Poland joined NATO in 1999 and the European Union in 2004.",
     {("Poland", "NATO", "asserted"), ("Poland", "European Union", "asserted")}),
    ("Third, the EU, of which Poland and Lithuania are members but Norway is not, could fund the work.",
     {("Poland", "European Union", "asserted"), ("Lithuania", "European Union", "asserted"),
      ("Norway", "European Union", "negated")}),
    ("Brazil, which left UNASUR in 2019, formally rejoined the bloc on May 6.",
     {("Brazil", "Union of South American Nations", "asserted")}),
    ("The drills involve Germany, Poland and Spain, as well as Austria and Ireland, which are not NATO members.",
     {("Austria", "NATO", "negated"), ("Ireland", "NATO", "negated")}),
    ("The drills involve Germany and Poland, along with Austria, which is not a NATO member.",
     {("Austria", "NATO", "negated")}),
])
def test_memberships_denied_listed_after_the_body_gapped_or_past_a_relative_clause(
        extractor: Extractor, text: str, expected: set[tuple[str, str, str]]) -> None:
    found = {(s, o, m) for s, _, o, m in _facts(_sheet(extractor, text), "member_of")}
    assert {(s, "NATO" if o == "North Atlantic Treaty Organization" else o, m) for s, o, m in found} == expected


@pytest.mark.parametrize("text, parties, pair", [
    ("Venezuela and Russia are close. Russian experts came to Caracas under the Agreement on Military-Technical "
     "Cooperation signed by the two governments in May 2001.", {"Venezuela", "Russia"}, ("Venezuela", "Russia")),
    ("Moldova joined NATO's Partnership for Peace programme in 1994. Moldova signed an Individual Partnership Action "
     "Plan with the Alliance in 2006.", {"Moldova", "NATO"}, ("Moldova", "NATO")),
    ("Moldova has been a member of NATO's Partnership for Peace programme since 1994 and signed an Individual "
     "Partnership Action Plan with the Alliance in 2006.", {"Moldova", "NATO"}, ("Moldova", "NATO")),
])
def test_signers_named_as_the_two_governments_the_alliance_or_the_sentence_subject(
        extractor: Extractor, text: str, parties: set[str], pair: tuple[str, str]) -> None:
    sheet = _sheet(extractor, text)
    short = {"North Atlantic Treaty Organization": "NATO"}
    assert {short.get(o, o) for _, _, o, _ in _facts(sheet, "agreement_party")} == parties
    assert {(s, short.get(o, o)) for s, _, o, _ in _facts(sheet, "signed_agreement_with")} == {pair}


@pytest.mark.parametrize("text, expected", [
    ("The Baltic Guard 2024 naval exercise began on Monday. Austria and Ireland, neither of which is a member of "
     "NATO, have each sent a patrol boat.", {"Austria", "Ireland"}),
    ("The Baltic Guard 2024 naval exercise began on Monday. According to the Navy, the participants include NATO "
     "allies such as Poland and Norway, as well as partner nations including Sweden.", {"Poland", "Norway", "Sweden"}),
    ("The Baltic Guard 2024 naval exercise drew frigates and minehunters from Lithuania and Latvia.",
     {"Lithuania", "Latvia"}),
    ("The Baltic Guard 2024 naval exercise began. Poland is fielding frigates bought from South Korea.", {"Poland"}),
])
def test_participants_past_a_relative_clause_listed_as_allies_or_sending_ships(extractor: Extractor, text: str,
                                                                               expected: set[str]) -> None:
    found = _facts(_sheet(extractor, text), "participates_in_exercise")
    assert {s for s, _, _, _ in found} == expected


@pytest.mark.parametrize("text, expected", [
    ("The Baltic Guard 2024 naval exercise began. China, which has operated a naval base in Djibouti since 2017, did "
     "not take part.", {("China", "negated")}),
    ("The Baltic Guard 2024 naval exercise began. The Estonian Navy (EN) and the Latvian Navy (LN) are also taking "
     "part.", {("Estonian Navy", "asserted"), ("Latvian Navy", "asserted")}),
])
def test_the_subject_before_a_relative_clause_and_names_listed_with_their_acronyms(
        extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    found = _facts(_sheet(extractor, text), "participates_in_exercise")
    assert {(s, m) for s, _, _, m in found} == expected


@pytest.mark.parametrize("text, venues", [
    ("The Baltic Guard 2024 naval exercise began. The drills follow a plan which ministers endorsed at a meeting in "
     "Oslo in November.", set()),
    ("The Baltic Guard 2024 naval exercise began. The exercise comes as the Arctic Council, set up in Ottawa in 1996, "
     "remains frozen.", set()),
    ("The Baltic Guard 2024 naval exercise is being held in Gdansk.", {"Gdansk"}),
])
def test_where_a_meeting_was_held_or_a_body_set_up_is_no_venue(extractor: Extractor, text: str,
                                                             venues: set[str]) -> None:
    assert {o for _, _, o, _ in _facts(_sheet(extractor, text), "exercise_located_in")} == venues


@pytest.mark.parametrize("sentence, person, office", [
    ("Chief of Staff of the Chilean Army, Brigadier Pedro Soto, told the ceremony that the drills were vital.",
     "Pedro Soto", "Chief of Staff of the Chilean Army"),
    ("The commander of the Chilean Army, Lieutenant General Pedro Soto, said the exercise would test the reserves.",
     "Pedro Soto", "commander of the Chilean Army"),
    ("Rear Admiral Linda Vance, commander of the US 4th Fleet, told reporters the exercise went well.",
     "Linda Vance", "commander of the US 4th Fleet"),
])
def test_an_office_of_a_named_body_beside_the_name(extractor: Extractor, sentence: str, person: str,
                                                   office: str) -> None:
    assert (person, "holds_position", office, "asserted") in _facts(_sheet(extractor, sentence))


def test_an_office_of_something_unnamed_is_not_read_as_one(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Pedro Soto, head of the exercise, said it went well."), "holds_position")
    assert not [o for _, _, o, _ in facts if "head" in o]


@pytest.mark.parametrize("text, speaker", [
    ("The Chilean Navy sent two ships. Peru, which had been invited, did not do so, a Navy official said on condition "
     "of anonymity.", "Chilean Navy"),
    ("The Chilean Navy and the Peruvian Navy sent ships. Bolivia did not take part, a Navy official said.", None),
])
def test_an_official_of_the_one_force_the_text_named_speaks_for_it(extractor: Extractor, text: str,
                                                                   speaker: str | None) -> None:
    speakers = {s for s, _, _, _ in _facts(_sheet(extractor, text), "said")}
    assert speakers == ({speaker} if speaker else set())


@pytest.mark.parametrize("sentence, words", [
    ("Peru, for its part, insists it is not seeking to annex anything.", "it is not seeking to annex anything"),
    ("Peru, however, says the drills are routine.", "the drills are routine"),
    ("Chile warns that the drills are provocative.", "the drills are provocative"),
])
def test_a_stance_in_the_present_and_a_speaker_set_off_by_an_aside(extractor: Extractor, sentence: str,
                                                                   words: str) -> None:
    said = _facts(_sheet(extractor, sentence), "said")
    assert {o for _, _, o, _ in said} == {words}


@pytest.mark.parametrize("sentence", [
    "Peru has maintained its neutrality since 1945.",
    "Chile maintains close ties with Bolivia and trains with its navy.",
    "Peru has maintained that position since the 1990s.",
])
def test_maintaining_something_is_no_speech(extractor: Extractor, sentence: str) -> None:
    assert not any(s in ("Peru", "Chile") for s, _, _, _ in _facts(_sheet(extractor, sentence), "said"))


@pytest.mark.parametrize("sentence, expected", [
    ("Norway, a founding member of NATO in 1949, is also one of the members of the Arctic Council.",
     {("NATO", "founded_by", "Norway"), ("NATO", "founded_in", "1949")}),
    ("Peru reaffirms its commitment to the Andean Community, of which it is a founding member.",
     {("Andean Community", "founded_by", "Peru")}),
    ("Peru reaffirms its commitment to the Pacific Alliance, which it founded together with Chile in 2011.",
     {("Pacific Alliance", "founded_by", "Peru"), ("Pacific Alliance", "founded_by", "Chile"),
      ("Pacific Alliance", "founded_in", "2011")}),
])
def test_founders_in_an_apposition_a_relative_clause_or_together_with_another(
        extractor: Extractor, sentence: str, expected: set[tuple[str, str, str]]) -> None:
    short = {"North Atlantic Treaty Organization": "NATO"}
    found = {(short.get(s, s), r, o) for s, r, o, _ in _facts(_sheet(extractor, sentence))
             if r in ("founded_by", "founded_in")}
    assert found == expected


@pytest.mark.parametrize("text, members, org", [
    ("The CSTO met in Minsk. Armenia, which stays a member of the Russia-led bloc alongside Belarus and "
     "Tajikistan, sent no delegation.", {"Armenia", "Belarus", "Tajikistan"}, "Collective Security Treaty Organization"),
    ("ECOWAS leaders met in Accra. The bloc now has 12 members – Ghana, Liberia, Togo and Benin – after three "
     "juntas walked out.", {"Ghana", "Liberia", "Togo", "Benin"}, "Economic Community of West African States"),
    ("The walk-out would leave ECOWAS with 12 members, including Togo, Benin and Liberia.",
     {"Togo", "Benin", "Liberia"}, "Economic Community of West African States"),
    ("ECOWAS leaders met in Accra. Ghana, the bloc's host member this year, said it wanted unity.", {"Ghana"},
     "Economic Community of West African States"),
    ("The Alliance of Sahel States (AES), whose three members, Mali, Niger and Burkina Faso, share a border, "
     "met in Bamako.", {"Mali", "Niger", "Burkina Faso"}, "Alliance of Sahel States"),
    ("Fiji left the Pacific Islands Forum for a year, and the other members, Tonga and Samoa, protested.",
     {"Tonga", "Samoa"}, "Pacific Islands Forum"),
    ("Mali, Niger and Burkina Faso, now grouped in the Alliance of Sahel States, buy Russian arms.",
     {"Mali", "Niger", "Burkina Faso"}, "Alliance of Sahel States"),
    ("The CSTO met in Minsk. Azerbaijan left the bloc in 1999 and rejoined it in 2004, officials recalled.",
     {"Azerbaijan"}, "Collective Security Treaty Organization"),
    ("Latvia and Estonia, the other two members of the Shanghai Cooperation Organisation, did not sign it.",
     {"Latvia", "Estonia"}, "Shanghai Cooperation Organisation"),
    ("ECOWAS leaders met in Accra. Ghana, a founding member of the organisation, hosted them.", {"Ghana"},
     "Economic Community of West African States"),
    ("Sweden, taking part in the drills for the first time as a NATO member, sent two corvettes.", {"Sweden"},
     "NATO"),
    ("Kenya restated its support for the African Union, of which it remains a committed member.", {"Kenya"},
     "African Union"),
    ("Fiji on Tuesday formally resumed its membership of the Pacific Islands Forum.", {"Fiji"},
     "Pacific Islands Forum"),
    ("All six EAC Partner States - Kenya, Uganda, Rwanda and Burundi among them - will send troops.",
     {"Kenya", "Uganda", "Rwanda", "Burundi"}, "East African Community"),
    ("The SCO met in Astana. Its ten members today – China, India, Iran and Russia among them – hold a summit.",
     {"China", "India", "Iran", "Russia"}, "Shanghai Cooperation Organisation"),
    ("The SCO met in Astana. Its members today are China, India and Russia.", {"China", "India", "Russia"},
     "Shanghai Cooperation Organisation"),
    ("Ships came from such NATO member states as Latvia and Estonia.", {"Latvia", "Estonia"}, "NATO"),
    ("Latvia is the only EU state outside it; the other three – Estonia, Finland and Sweden – are all full "
     "members of NATO.", {"Estonia", "Finland", "Sweden"}, "NATO"),
])
def test_members_beside_a_body_referred_to_counted_with_it_or_set_off_after_it(
        extractor: Extractor, text: str, members: set[str], org: str) -> None:
    found = {(s, o) for s, _, o, m in _facts(_sheet(extractor, text), "member_of") if m == "asserted"}
    assert found == {(member, org) for member in members}


def test_an_organisations_founding_members_set_off_by_dashes_founded_it(extractor: Extractor) -> None:
    text = "The SCO's founding members - China, Russia and Kazakhstan - established the organisation in 2001."
    facts = _facts(_sheet(extractor, text))
    assert {s for s, r, _, _ in facts if r == "member_of"} == {"China", "Russia", "Kazakhstan"}
    assert {o for _, r, o, _ in facts if r == "founded_by"} == {"China", "Russia", "Kazakhstan"}


def test_an_opening_as_a_founding_member_of_one_body_and_a_member_of_another(extractor: Extractor) -> None:
    text = "As a founding member of the African Union and a member of the Arab League, Somalia sent observers."
    facts = _facts(_sheet(extractor, text))
    assert {(s, o) for s, r, o, _ in facts if r == "member_of"} == {("Somalia", "African Union"),
                                                                    ("Somalia", "Arab League")}
    assert {(s, o) for s, r, o, _ in facts if r == "founded_by"} == {("African Union", "Somalia")}


def test_members_named_after_the_remaining_ones_of_a_body_not_named_in_the_sentence_are_not_guessed(
        extractor: Extractor) -> None:
    text = "ECOWAS leaders met in Accra. Two juntas left, and the other members, Ghana and Togo, stayed silent."
    assert _facts(_sheet(extractor, text), "member_of") == set()


@pytest.mark.parametrize("text, expected", [
    ("The Arab League met in Cairo. The League was founded in Alexandria in 1945 by Egypt, Syria and Lebanon.",
     {("Arab League", "founded_in", "1945"), ("Arab League", "founded_by", "Egypt"),
      ("Arab League", "founded_by", "Syria"), ("Arab League", "founded_by", "Lebanon")}),
    ("The SCO summit opened. It was founded in 2001 by China and Russia, among others.",
     {("Shanghai Cooperation Organisation", "founded_in", "2001"),
      ("Shanghai Cooperation Organisation", "founded_by", "China"),
      ("Shanghai Cooperation Organisation", "founded_by", "Russia")}),
    # "the forum" is the body named with "Forum", not the one named last
    ("The Pacific Islands Forum met in Suva. The EU sent an envoy. The forum was set up in 1971 by Fiji and "
     "Tonga.", {("Pacific Islands Forum", "founded_in", "1971"), ("Pacific Islands Forum", "founded_by", "Fiji"),
                ("Pacific Islands Forum", "founded_by", "Tonga")}),
])
def test_founders_of_a_body_referred_to_by_its_kind_or_by_it(extractor: Extractor, text: str,
                                                              expected: set[tuple[str, str, str]]) -> None:
    found = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text)) if r in ("founded_by", "founded_in")}
    assert found == expected


def test_a_numbered_paragraph_is_one_sentence_without_its_number() -> None:
    text = "1. Kenya will host the drills in May.\n\n12. Navies from nine states will take part. Fiji will not.\n2024. A year."
    sentences = [s.text for s in split_sentences(text)]
    assert sentences == ["Kenya will host the drills in May.", "Navies from nine states will take part.",
                         "Fiji will not.", "2024.", "A year."]


def test_numbered_paragraphs_keep_the_exercise_of_the_release(extractor: Extractor) -> None:
    text = ("1. Kenya will host Exercise CORAL SENTRY 2025 in Mombasa.\n\n"
            "2. CORAL SENTRY is an annual drill. This year's edition is the fifth.\n\n"
            "3. Navies from nine states will take part, among them Tanzania, Uganda and Rwanda.")
    participants = {s for s, r, o, _ in _facts(_sheet(extractor, text), "participates_in_exercise")
                    if o == "Coral Sentry 2025"}
    assert {"Tanzania", "Uganda", "Rwanda"} <= participants


@pytest.mark.parametrize("name, label", [
    ("CORAL SENTRY 2025", "Coral Sentry 2025"),
    ("RED FLAG 2025", "Red Flag 2025"),
    ("BALTOPS 2025", "BALTOPS 2025"),  # one word in capitals: an acronym, or a name so written
    ("UNITAS LXVI", "UNITAS LXVI"),
])
def test_an_exercise_named_in_capitals_is_labelled_as_names_are_written(extractor: Extractor, name: str,
                                                                       label: str) -> None:
    sheet = _sheet(extractor, f"Kenya hosted the {name} exercise in Mombasa in May.")
    assert {o for _, r, o, _ in _facts(sheet, "hosts_exercise")} == {label}


@pytest.mark.parametrize("sentence, part, whole", [
    ("The live firing will take place in the Kostanay Region of the Republic of Kazakhstan.", "Kostanay Region",
     "Kazakhstan"),
    ("Drones still fly from a base near Tessalit, in northern Mali, officials said.", "Tessalit", "Mali"),
    # the part of the state it lies in, after "of"
    ("In 2023 Chile held its first joint exercise with Peru in the Atacama region of northern Chile.",
     "Atacama region", "Chile"),
    ("The drills were held in the Tavush province of north-eastern Armenia.", "Tavush province", "Armenia"),
    # a place set off by "a" and a state's adjective or name, or on a state's coast
    ("The ships gathered in Puerto Vela, a Chilean port on the Pacific.", "Puerto Vela", "Chile"),
    ("The drills were held near Isla Roca, a Peruvian exclave.", "Isla Roca", "Peru"),
    ("The exercise will be held off Guam, a U.S. territory, in November.", "Guam", "United States"),
    ("The exercise was held off Puerto Vela on Chile's northern coast.", "Puerto Vela", "Chile"),
])
def test_a_region_of_a_state_named_in_full_and_a_town_in_part_of_a_state(extractor: Extractor, sentence: str,
                                                                         part: str, whole: str) -> None:
    assert (part, "part_of", whole, "asserted") in _facts(_sheet(extractor, sentence), "part_of")


@pytest.mark.parametrize("text, words", [
    ("The Chilean Foreign Ministry issued a statement on Monday. The ministry stressed that the talks would go on.",
     "the talks would go on"),
    ("The Chilean Foreign Ministry issued a statement. The ministry said Chile would \"not be bound\" by the vote.",
     "Chile would \"not be bound\" by the vote"),
])
def test_a_ministry_named_before_speaks_as_the_ministry_in_the_next_sentence(extractor: Extractor, text: str,
                                                                           words: str) -> None:
    said = _facts(_sheet(extractor, text), "said")
    assert {(s, o) for s, _, o, _ in said} == {("Chilean Foreign Ministry", words)}


@pytest.mark.parametrize("text, speaker, words", [
    ("NATO will train Kenyan officers next spring, the alliance said on Friday, as its summit opened in Oslo.",
     "NATO", "NATO will train Kenyan officers next spring"),
    ("The CSTO met in Minsk on Monday. Its drills will go ahead in May, the bloc said in a statement.",
     "Collective Security Treaty Organization", "Its drills will go ahead in May"),
    ("Kyrgyz officials have said the border is calm again.", "Kyrgyzstan", "the border is calm again"),
    ("The border is calm again, Tajik authorities said.", "Tajikistan", "The border is calm again"),
])
def test_a_body_referred_to_by_its_kind_and_a_states_officials_speak(extractor: Extractor, text: str, speaker: str,
                                                                     words: str) -> None:
    said = _facts(_sheet(extractor, text), "said")
    assert {(s, o) for s, _, o, _ in said} == {(speaker, words)}


def test_a_position_given_twice_in_two_word_orders_is_one_fact(extractor: Extractor) -> None:
    sentence = ("\"We are ready,\" Rear Admiral Ivo Petrov, commander of the Ruritanian Naval Force, told "
                "reporters on Monday.")
    positions = {o for s, _, o, _ in _facts(_sheet(extractor, sentence), "holds_position") if s == "Ivo Petrov"}
    assert "Rear Admiral" not in positions  # (the office, not the rank)
    assert len([p for p in positions if "commander" in p.lower()]) == 1


@pytest.mark.parametrize("text, expected", [
    ("Mali and Chad joined the Shanghai Cooperation Organisation as observers in 2019.",
     {("Mali", "observer_of"), ("Chad", "observer_of")}),
    ("The Accra Initiative was set up in 2017 by Ghana and Togo, and Mali and Chad joined as observers in 2019.",
     {("Mali", "observer_of"), ("Chad", "observer_of")}),
    ("The Pacific Islands Forum met in Suva. Palau remains an observer in the forum.", {("Palau", "observer_of")}),
    ("Palau, an observer at the Pacific Islands Forum, sent its foreign minister.", {("Palau", "observer_of")}),
])
def test_observers_that_joined_as_such_or_remain_so(extractor: Extractor, text: str,
                                                    expected: set[tuple[str, str]]) -> None:
    found = {(s, r) for s, r, _, _ in _facts(_sheet(extractor, text)) if r in ("member_of", "observer_of")}
    assert found == expected


@pytest.mark.parametrize("text, founders", [
    # a list's "and" comes once: the second opens a clause of its own
    ("The Accra Initiative was set up in 2017 by Ghana and Togo, and Mali and Chad joined later.", {"Ghana", "Togo"}),
    # ... but for the lists a list holds
    ("The Accra Initiative was set up in 2017 by Ghana and Togo, as well as Benin, Mali and Chad.",
     {"Ghana", "Togo", "Benin", "Mali", "Chad"}),
    ("The Accra Initiative was set up in 2017 by Ghana and the three states of Benin, Mali and Chad.",
     {"Ghana", "Benin", "Mali", "Chad"}),
])
def test_a_list_ends_at_its_second_and_unless_it_holds_another(extractor: Extractor, text: str,
                                                               founders: set[str]) -> None:
    found = {o for s, r, o, _ in _facts(_sheet(extractor, text), "founded_by")}
    assert found == founders


@pytest.mark.parametrize("sentence, agreement, parties", [
    ("Ghana signed an Individual Partnership and Cooperation Programme with NATO in 2019.",
     "Individual Partnership and Cooperation Programme", {"Ghana", "NATO"}),
    ("The drills rest on the Accra Declaration, the defence pact that Ghana signed with Togo in 2021.",
     "Accra Declaration", {"Ghana", "Togo"}),
])
def test_a_programme_and_a_pact_a_state_signed_with_another_in_an_apposition(
        extractor: Extractor, sentence: str, agreement: str, parties: set[str]) -> None:
    found = {o for s, _, o, _ in _facts(_sheet(extractor, sentence), "agreement_party") if s == agreement}
    assert found == parties


def test_a_signing_in_a_relative_clause_keeps_its_own_modality(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "A security pact that Fiji signed with Samoa in May 2022 has still not been ratified.")
    assert ("Fiji", "signed_agreement_with", "Samoa", "asserted") in _facts(sheet, "signed_agreement_with")


@pytest.mark.parametrize("sentence, expected", [
    ("Fighters from Chile and Peru are flying alongside the host's jets.",
     {("Chile", "Iron Lynx 2026", "asserted"), ("Peru", "Iron Lynx 2026", "asserted")}),
    # ... and the clause says which earlier one it took part in
    ("Chile, which took part in last year's edition, will not participate this time.",
     {("Chile", "Iron Lynx 2026", "negated"), ("Chile", "Iron Lynx 2025", "asserted")}),
    # the previous edition named after it is the one taken part in
    ("Chile, whose troops took part in the previous edition, Iron Lynx 2025, is not participating this year.",
     {("Chile", "Iron Lynx 2025", "asserted")}),
])
def test_forces_flying_or_training_take_part_and_an_earlier_edition_is_not_this_one(
        extractor: Extractor, sentence: str, expected: set[tuple[str, str, str]]) -> None:
    facts = _lynx_facts(extractor, sentence, "participates_in_exercise")
    assert {(s, o, m) for s, _, o, m in facts} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Chad's suspension from the African Union remains in force.",
     ("Chad", "suspended_participation_in", "African Union", "asserted")),
    ("Chad's membership of the African Union was suspended in 2021.",
     ("Chad", "suspended_participation_in", "African Union", "asserted")),
    ("BAMAKO – The Republic of Mali said on Monday that it had withdrawn from the African Union.",
     ("Mali", "left", "African Union", "reported")),
])
def test_a_suspension_held_by_a_state_and_a_withdrawal_it_reports_after_a_dash_dateline(
        extractor: Extractor, sentence: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _facts(_sheet(extractor, sentence))


def test_an_invitation_declined_to_observe_is_a_denied_observer_not_a_participant(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 exercise opened in Arica on Monday. Bolivia, by contrast, has declined an invitation "
            "to observe this year's drills.")
    facts = _facts(_sheet(extractor, text, date="2026-06-10"))
    assert ("Bolivia", "observer_of", "Iron Lynx 2026", "negated") in facts
    assert not {f for f in facts if f[0] == "Bolivia" and f[1] == "participates_in_exercise"}


@pytest.mark.parametrize("sentence, expected", [
    # a list of forces from states, counted
    ("Held from 14 to 25 July, the exercise brought together around 3,000 service members from Chile and Peru.",
     {("Chile", "Iron Lynx 2026", "asserted"), ("Peru", "Iron Lynx 2026", "asserted")}),
    # forces sent "by" the states, and forces that "have arrived from" them, the exercise left unsaid
    ("Contingents have been dispatched by Chile and Peru.",
     {("Chile", "Iron Lynx 2026", "asserted"), ("Peru", "Iron Lynx 2026", "asserted")}),
    ("Contingents have arrived from Chile and Peru, among others.",
     {("Chile", "Iron Lynx 2026", "asserted"), ("Peru", "Iron Lynx 2026", "asserted")}),
    ("Joining the host's forces are units from Chile and Peru.",
     {("Chile", "Iron Lynx 2026", "asserted"), ("Peru", "Iron Lynx 2026", "asserted")}),
    # an aside between the subject and its verb
    ("Chile, as in previous years, did not take part.", {("Chile", "Iron Lynx 2026", "negated")}),
    # navies that are a "Naval Force", and a Bahraini ship
    ("Taking part are the Kuwait Naval Force and the Royal Bahrain Naval Force.",
     {("Kuwait Naval Force", "Iron Lynx 2026", "asserted"), ("Royal Bahrain Naval Force", "Iron Lynx 2026", "asserted")}),
    ("Bahrain sent its flagship, the frigate RBNS Sabha.",
     {("Bahrain", "Iron Lynx 2026", "asserted"), ("RBNS Sabha", "Iron Lynx 2026", "asserted")}),
])
def test_forces_from_states_sent_by_them_or_arrived_and_an_aside_before_the_verb(
        extractor: Extractor, sentence: str, expected: set[tuple[str, str, str]]) -> None:
    facts = _lynx_facts(extractor, sentence, "participates_in_exercise")
    assert {(s, o, m) for s, _, o, m in facts} == expected


def test_a_letter_sent_by_a_state_is_no_contingent(extractor: Extractor) -> None:
    text = "The Iron Lynx 2026 exercise opened in Arica on Monday. A letter sent by Peru was read out."
    assert not _facts(_sheet(extractor, text, date="2026-06-10"), "participates_in_exercise")


@pytest.mark.parametrize("text, name", [
    # a name that ends in its noun, after words of its own
    ("Chile hosted International Maritime Exercise 2026 in February.", "International Maritime Exercise 2026"),
    # a name with its translation in brackets, then a verb exercises take
    # (in a paragraph of its own, where no word of exercises stands beside it)
    ("Chile's army held its largest exercise in years.\n\nTormenta 2026 (\"Storm\") ran from 5 to 9 May near Arica.",
     "Tormenta 2026"),
])
def test_exercise_names_ending_in_their_noun_or_followed_by_a_translation(
        extractor: Extractor, text: str, name: str) -> None:
    sheet = _sheet(extractor, text, date="2026-06-10")
    assert name in {e.label for e in sheet.entities if e.type.value == "Exercise"}


@pytest.mark.parametrize("text", [
    "Chile hosted the Large-Scale Naval Exercise 2026 in February.",
    "Chile hosted the Command Post Exercise 2026 in February.",
])
def test_described_exercises_with_a_year_are_no_names(extractor: Extractor, text: str) -> None:
    sheet = _sheet(extractor, text, date="2026-06-10")
    assert not {e.label for e in sheet.entities if e.type.value == "Exercise" and e.label.endswith("Exercise 2026")}


def test_a_state_that_sits_in_a_body_alongside_others_and_a_declaration_signed_by_its_ministers(
        extractor: Extractor) -> None:
    text = ("Peru also sits in the Pacific Alliance alongside Chile, Colombia and Mexico. The ministers adopted the "
            "Lima Declaration on Ocean Security on Monday. The declaration was signed by ministers or senior officials "
            "from Chile, Peru and Ecuador.")
    facts = _facts(_sheet(extractor, text))
    assert {(s, "Pacific Alliance") for s in ("Peru", "Chile", "Colombia", "Mexico")} <= {
        (s, o) for s, r, o, _ in facts if r == "member_of"}
    assert {p for s, r, p, _ in facts if r == "agreement_party" and s == "Lima Declaration on Ocean Security"} == {
        "Chile", "Peru", "Ecuador"}


def test_the_gulf_cooperation_council_goes_by_the_name_news_gives_it(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Kuwait is a member of the Cooperation Council for the Arab States of the Gulf."))
    assert ("Kuwait", "member_of", "Gulf Cooperation Council", "asserted") in facts


def test_the_other_members_of_the_body_referred_back_to_listed_after_a_dash(extractor: Extractor) -> None:
    text = ("Chile stayed away from the summit of the Pacific Alliance in Lima. The leaders of the bloc's three other "
            "members - Peru, Colombia and Mexico - met without it.")
    members = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "member_of")}
    assert {("Peru", "Pacific Alliance"), ("Colombia", "Pacific Alliance"), ("Mexico", "Pacific Alliance")} <= members


def test_a_body_named_with_its_state_is_no_part_and_an_autonomous_republic_is(extractor: Extractor) -> None:
    text = ("Units of the National Guard of Peru took part in drills in Chile. The Freedom Party of Austria objected. "
            "The Organization of American States met. The exercise was held in Azerbaijan's Nakhchivan Autonomous "
            "Republic.")
    parts = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "part_of")}
    # the corpus notes no state's services or ministries as its parts ("the Indian Navy"), however named
    assert ("National Guard of Peru", "Peru") not in parts
    assert ("Nakhchivan Autonomous Republic", "Azerbaijan") in parts
    assert not {(s, o) for s, o in parts if s in ("Freedom Party of Austria", "Organization of American States")}


@pytest.mark.parametrize("text, expected", [
    # "it" after a fronted phrase, for a body the gazetteer lacks, and the state named after "Besides the"
    ("Peru has joined the Pacific Maritime Security Initiative (PMSI). Besides the U.S., it groups Chile and Mexico.",
     {"Peru", "United States", "Chile", "Mexico"}),
    # a body's size before its name, and "the two remaining members"
    ("Chile and Peru, the two remaining members of the four-nation Pacific Alliance, stayed away.", {"Chile", "Peru"}),
    # adverbs before an apposition, and "the only X member"
    ("Chile, formally still a member of the Pacific Alliance, did not attend.", {"Chile"}),
    ("Peru, the only Pacific Alliance member at the table, spoke first.", {"Peru"}),
    # joined one after another, the verb given once
    ("The Pacific Alliance met in Lima. Chile and Peru joined in 2011, Colombia in 2012 and Mexico in July 2013.",
     {"Chile", "Peru", "Colombia", "Mexico"}),
])
def test_members_named_by_it_after_an_aside_counted_or_joined_one_after_another(
        extractor: Extractor, text: str, expected: set[str]) -> None:
    members = {s for s, r, o, m in _facts(_sheet(extractor, text), "member_of") if m == "asserted"}
    assert members == expected


def test_a_name_with_its_editions_two_digits_after_a_verb_exercises_take(extractor: Extractor) -> None:
    text = ("LIMA — Troops from Chile and Peru are taking part in Andean Falcon 25, which got under way on Monday. "
            "The exercise runs until May 30.")
    facts = _facts(_sheet(extractor, text, date="2025-05-14"), "participates_in_exercise")
    assert {(s, o) for s, _, o, _ in facts} == {("Chile", "Andean Falcon 25"), ("Peru", "Andean Falcon 25")}


@pytest.mark.parametrize("sentence, expected", [
    # the states a sentence opens on "Joining", and those after its verb
    ("Joining Chile and Peru this year are Canada, Fiji and France.",
     {("Chile", "Iron Lynx 2026", "asserted"), ("Peru", "Iron Lynx 2026", "asserted"),
      ("Canada", "Iron Lynx 2026", "asserted"), ("Fiji", "Iron Lynx 2026", "asserted"),
      ("France", "Iron Lynx 2026", "asserted")}),
    ("Joining NATO is a priority for Chile.", set()),
    # a ship the state before it qualifies is the list's item, not the state
    ("Among the vessels taking part are the Peruvian Navy's corvette BAP Guise and the New Zealand frigate "
     "HMNZS Te Kaha.", {("Peruvian Navy", "Iron Lynx 2026", "asserted"), ("BAP Guise", "Iron Lynx 2026", "asserted"),
                        ("HMNZS Te Kaha", "Iron Lynx 2026", "asserted")}),
])
def test_participants_after_joining_and_ships_a_state_qualifies(
        extractor: Extractor, sentence: str, expected: set[tuple[str, str, str]]) -> None:
    facts = _lynx_facts(extractor, sentence, "participates_in_exercise")
    assert {(s, o, m) for s, _, o, m in facts} == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile signed a contract with Peru in December 2024 for 50 tanks.", {("Chile", "Peru")}),
    ("Chile and Peru signed a plan of military cooperation for 2025-2027 in Lima.", {("Chile", "Peru")}),
    ("Chile signed a contract with Rheinmetall.", set()),
])
def test_contracts_and_plans_signed_between_two_states(
        extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    facts = _facts(_sheet(extractor, text), "signed_agreement_with")
    assert {(s, o) for s, _, o, _ in facts} == expected


def test_an_agreement_named_with_the_inside_its_second_phrase_and_its_signers(extractor: Extractor) -> None:
    text = ("The leaders also adopted an Agreement on Cooperation in Protecting the External Borders, signed by "
            "Chile, Peru and Bolivia.")
    facts = _facts(_sheet(extractor, text), "agreement_party")
    assert {(s, o) for s, _, o, _ in facts} == {
        ("Agreement on Cooperation in Protecting the External Borders", state) for state in ("Chile", "Peru", "Bolivia")}


@pytest.mark.parametrize("sentence, expected", [
    ("A further 20 states are attending as observers, among them Peru and Bolivia, the ministry said.",
     {("Peru", "observer_of"), ("Bolivia", "observer_of")}),
    ("Officers from Peru and Bolivia observed the command-post phase.",
     {("Peru", "observer_of"), ("Bolivia", "observer_of")}),
    ("Peru sent a two-officer observer team.", {("Peru", "observer_of")}),
])
def test_observers_listed_after_among_them_officers_who_observed_a_phase_and_an_observer_team(
        extractor: Extractor, sentence: str, expected: set[tuple[str, str]]) -> None:
    facts = _lynx_facts(extractor, sentence)
    assert {(s, r) for s, r, o, _ in facts if o == "Iron Lynx 2026" and s != "Iron Lynx 2026"} == expected


def test_an_exercise_named_after_a_verb_that_ends_or_opens_it(extractor: Extractor) -> None:
    text = ("LIMA — Peru's army on Thursday wrapped up Condor Andino 2025 near Arequipa, after two weeks of field "
            "training alongside soldiers from Chile and Bolivia.\n\nThe exercise began on August 15.")
    sheet = _sheet(extractor, text, date="2025-08-29")
    assert "Condor Andino 2025" in {e.label for e in sheet.entities if e.type.value == "Exercise"}


def test_the_organization_of_turkic_states_by_its_acronym(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The OTS unites Azerbaijan and Kazakhstan, while Hungary holds observer status."))
    assert ("Hungary", "observer_of", "Organization of Turkic States", "asserted") in facts


@pytest.mark.parametrize("text, expected", [
    # "according to" a person set off with an apposition after the name, or before it
    ("Ten states are attending as observers, according to Colonel Pablo Ruiz, the spokesman of the Peruvian Army.",
     ("Pablo Ruiz", "Ten states are attending as observers")),
    ("According to the Chief of the Defence Force, Admiral Ana Soto, Chile and Peru are sending ground forces.",
     ("Ana Soto", "Chile and Peru are sending ground forces")),
    # the words before a speaker who told journalists something, with an aside after
    ("The exercise is to take place near Arica, Defence Minister General Luis Vera told journalists after the "
     "session, with the active phase in August.", ("Luis Vera", "The exercise is to take place near Arica")),
    # a "Defence Force" speaks, and an Air Vice-Marshal
    ("New Zealand will not send troops this year, the New Zealand Defence Force said in a statement, citing costs.",
     ("New Zealand Defence Force", "New Zealand will not send troops this year")),
    ("The commander of the air wing, Air Vice-Marshal Peter Lind, said cyber drills would be run for the first time.",
     ("Peter Lind", "cyber drills would be run for the first time")),
])
def test_speakers_after_according_to_with_appositions_told_journalists_and_ranks(
        extractor: Extractor, text: str, expected: tuple[str, str]) -> None:
    said = {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "said")}
    assert expected in said


@pytest.mark.parametrize("text, expected", [
    ("The exercise Condor 2025, which Chile organises jointly with the United States, concluded today.",
     {"Chile", "United States"}),
    ("The Condor 2025 exercise, which began on August 15, is organised annually by the Chilean Ministry of Defence "
     "together with U.S. Southern Command.", {"Chilean Ministry of Defence", "U.S. Southern Command"}),
    ("The Condor 2025 exercise, organised jointly with U.S. Southern Command, will be conducted near Arica.",
     {"U.S. Southern Command"}),
])
def test_organisers_jointly_or_together_with_a_partner(extractor: Extractor, text: str, expected: set[str]) -> None:
    facts = _facts(_sheet(extractor, text, date="2025-06-01"), "organizes_exercise")
    assert {s for s, _, o, _ in facts if o == "Condor 2025"} == expected


@pytest.mark.parametrize("text, date, expected", [
    ("ARICA, Oct 13 — Armed forces from Chile and Peru began Exercise Condor 2025 today, deploying 2,500 troops.",
     "2025-10-13", "2025-10-13"),
    ("The multinational exercise Condor 2025 concluded yesterday at the Arica training area.", "2025-07-25",
     "2025-07-24"),
    ("LIMA, Sept. 16 (PWS) – Troops from Chile and Peru on Tuesday launched \"Condor-2025\", the main annual "
     "exercise, near Arica.", "2025-09-17", "2025-09-16"),
])
def test_an_exercise_dated_today_yesterday_or_by_the_weekday_it_was_launched(
        extractor: Extractor, text: str, date: str, expected: str) -> None:
    facts = _facts(_sheet(extractor, text, date=date), "exercise_date")
    assert {o for _, _, o, _ in facts} == {expected}


def test_today_names_no_date_in_a_possessive() -> None:
    text = "Today's threats differ; the drills began today."
    values = [t.value for t in find_times(text, reference=infer_reference_date("2025-03-04", text))]
    assert values == ["2025-03-04"]


def test_a_command_given_in_a_relative_clause_after_the_name(extractor: Extractor) -> None:
    text = ("Brigadier General Pablo Ruiz, who commands the Peruvian contingent, told reporters the drill went well. "
            "Major General Ana Soto, who has commanded the brigade since March, said the drill was useful. "
            "General Luis Vera, who commanded the brigade in 2019, spoke.")
    positions = {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "holds_position")}
    assert {("Pablo Ruiz", "commander of the Peruvian contingent"), ("Ana Soto", "commander of the brigade")} <= positions
    assert not {(s, o) for s, o in positions if s == "Luis Vera" and o.startswith("commander")}


def test_joining_and_applying_target_a_body_one_may_join_not_a_building_or_a_ministry(extractor: Extractor) -> None:
    text = ("Chile and Peru signed the Lima Accords at the White House in 2020, with Bolivia joining later that year. "
            "Ecuador, a Pacific Alliance observer since 2013, has also formally applied for membership, Peru's "
            "Ministry of Defence confirmed.")
    facts = _facts(_sheet(extractor, text))
    assert not {f for f in facts if f[1] == "member_of" and f[2] == "White House"}
    assert ("Ecuador", "applied_for_membership_of", "Pacific Alliance", "reported") in facts
    assert not {f for f in facts if f[1] == "applied_for_membership_of" and "Ministry" in f[2]}


def test_ships_listed_after_their_kind_and_a_series_name_with_its_edition_number(extractor: Extractor) -> None:
    text = ("Chile and Peru concluded the second iteration of their Andean Edge exercise on Friday. Andean Edge 24-2 "
            "brought together the Chilean Navy and the Peruvian Navy. Taking part were the frigate BAP Bolognesi, the "
            "Ecuadorian corvette BAE Manabi and the Peruvian corvette BAP Guise, along with fighter jets. "
            "The first edition, Andean Edge 24-1, was staged in June.")
    facts = _facts(_sheet(extractor, text, date="2024-11-16"), "participates_in_exercise")
    # (the series' edition of the year is its latest phase, 24-2, which the states that concluded it took part in)
    assert {"BAP Bolognesi", "BAE Manabi", "BAP Guise", "Chile", "Peru"} <= {
        s for s, _, o, _ in facts if o == "Andean Edge 24-2"}
    assert not {o for _, _, o, _ in facts if o not in ("Andean Edge 24-2",)}


@pytest.mark.parametrize("sentence, expected", [
    ("Chile, the host, was joined by Peru and Bolivia, while Ecuador sent observers.",
     {("Chile", "participates_in_exercise"), ("Peru", "participates_in_exercise"),
      ("Bolivia", "participates_in_exercise"), ("Ecuador", "observer_of")}),
    ("The minister was joined by his counterpart from Peru.", set()),
    ("Teams from Peru and Bolivia are competing in events that include marksmanship.",
     {("Peru", "participates_in_exercise"), ("Bolivia", "participates_in_exercise")}),
    ("Participating nations confirmed to date are Peru and Bolivia.",
     {("Peru", "participates_in_exercise"), ("Bolivia", "participates_in_exercise")}),
])
def test_participants_joined_by_others_teams_competing_and_nations_confirmed_to_date(
        extractor: Extractor, sentence: str, expected: set[tuple[str, str]]) -> None:
    facts = _lynx_facts(extractor, sentence)
    assert {(s, r) for s, r, o, _ in facts if o == "Iron Lynx 2026" and s not in ("Iron Lynx 2026",)
            and r in ("participates_in_exercise", "observer_of")} == expected


@pytest.mark.parametrize("text, expected", [
    ("The Pacific Alliance was founded in 2011. Today it has four member states – Chile, Colombia, Mexico and Peru – "
     "as well as observers.", {"Chile", "Colombia", "Mexico", "Peru"}),
    ("The Pacific Alliance, the framework that links Chile, Colombia and Peru, met in Lima.",
     {"Chile", "Colombia", "Peru"}),
    ("The Pacific Alliance met in Lima. The framework was set up in 2011 and brings together Chile and Peru.",
     {"Chile", "Peru"}),
    ("Troops from two Pacific Alliance member states, namely Chile and Peru, will attend.",
     {"Chile", "Peru"}),
    ("The bridge links Chile and Peru.", set()),
])
def test_members_a_body_has_links_or_brings_together_and_those_it_names(
        extractor: Extractor, text: str, expected: set[str]) -> None:
    members = {s for s, r, o, _ in _facts(_sheet(extractor, text), "member_of") if o == "Pacific Alliance"}
    assert members == expected


def test_a_speaker_after_the_verb_with_the_role_set_before_the_name(extractor: Extractor) -> None:
    text = '"The air forces flew as one team," said the exercise director, Major General Ana Soto.'
    said = {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "said")}
    assert said == {("Ana Soto", "The air forces flew as one team")}


def test_an_exercise_name_in_brackets_after_the_noun(extractor: Extractor) -> None:
    text = ("Conduct of Chile-Peru Joint Exercise (Condor Sword 25)\n\nThe exercise will run from 20 to 30 October. "
            "Bolivia and Ecuador will send observers.")
    facts = _facts(_sheet(extractor, text, date="2025-10-01"), "observer_of")
    assert {(s, o) for s, _, o, _ in facts} == {("Bolivia", "Condor Sword 25"), ("Ecuador", "Condor Sword 25")}


def test_a_determiner_before_the_exercise_noun_names_no_exercise(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 exercise will take place near Arica. No exercise activity is planned in Tacna. "
            "Units from Peru and Bolivia will take part.")
    sheet = _sheet(extractor, text, date="2026-05-01")
    assert {e.label for e in sheet.entities if e.type.value == "Exercise"} == {"Iron Lynx 2026"}


@pytest.mark.parametrize("text, expected", [
    ("Chile signed a defence cooperation protocol with Peru in Lima last August.",
     ("Chile", "signed_agreement_with", "Peru")),
    ("Chile and Peru on Wednesday renewed for two years a defence cooperation agreement first signed in 2023.",
     ("Chile", "signed_agreement_with", "Peru")),
    ("The Iron Lynx 2026 exercise, organised by U.S. Southern Command, was hosted for the first time by Chile.",
     ("Chile", "hosts_exercise", "Iron Lynx 2026")),
    ("The Iron Lynx 2026 exercise ran from 8 to 22 February across the Gulf of Arauco and the Bay of Valparaiso.",
     ("Iron Lynx 2026", "exercise_located_in", "Gulf of Arauco")),
])
def test_protocols_renewals_hosts_for_the_first_time_and_an_exercise_that_ran_across_places(
        extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text, date="2026-03-01"))}


def test_an_exercise_short_name_with_its_edition_in_brackets_stands_for_it_later(extractor: Extractor) -> None:
    text = ("Aircraft began flying over northern Chile on 2 June as Andean Challenge Exercise 2025 (ACE 25), one of "
            "the largest air exercises, got under way. ACE 25 is co-hosted by Chile and Peru and runs through 13 June.")
    facts = _facts(_sheet(extractor, text, date="2025-06-02"), "hosts_exercise")
    assert {(s, o) for s, _, o, _ in facts} == {("Chile", "Andean Challenge Exercise 2025"),
                                                ("Peru", "Andean Challenge Exercise 2025")}


@pytest.mark.parametrize("sentence, expected", [
    # a ship named after a capitalised adjective and its kind, opening the sentence, a place inside its name
    ("The Peruvian frigate Mariscal Sucre and the patrol vessel Rio Zarumilla are to take part.",
     {("Mariscal Sucre", "Iron Lynx 2026", "planned"), ("Rio Zarumilla", "Iron Lynx 2026", "planned")}),
    # a relative clause on an earlier round before the main verb
    ("Bolivia, which took part in the spring round, has not sent troops this time.",
     {("Bolivia", "Iron Lynx 2026", "negated")}),
])
def test_a_ship_after_an_adjective_and_a_relative_clause_on_an_earlier_round(
        extractor: Extractor, sentence: str, expected: set[tuple[str, str, str]]) -> None:
    facts = _lynx_facts(extractor, sentence, "participates_in_exercise")
    assert {(s, o, m) for s, _, o, m in facts} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("(1) Chile: approximately 3,000 personnel; approximately 40 vessels.", {("Chile", "Iron Lynx 2026")}),
    ("Participating nations: Peru and Bolivia.", {("Peru", "Iron Lynx 2026"), ("Bolivia", "Iron Lynx 2026")}),
    ("Note: 5 soldiers were injured in Peru.", set()),
])
def test_a_releases_tally_of_each_states_forces_and_participating_nations_after_a_colon(
        extractor: Extractor, sentence: str, expected: set[tuple[str, str]]) -> None:
    text = "The Iron Lynx 2026 exercise opened in Arica on Monday.\n\n" + sentence
    facts = _facts(_sheet(extractor, text, date="2026-06-10"), "participates_in_exercise")
    assert {(s, o) for s, _, o, _ in facts} == expected


def test_a_month_after_an_agreements_name_is_no_part_of_it(extractor: Extractor) -> None:
    text = "Chile is neutral. Chile joined NATO's Partnership for Peace in December 2006."
    sheet = _sheet(extractor, text)
    assert "Partnership for Peace" in {e.label for e in sheet.entities}
    assert not [e for e in sheet.entities if "December" in e.label]


@pytest.mark.parametrize("text, expected", [
    # "member nations" before the body, its acronym in brackets, the list between dashes
    ("Troops of the three member nations of the Pacific Alliance (PA) – Chile, Peru and Mexico – paraded in Lima.",
     {("Chile", "Pacific Alliance", None), ("Peru", "Pacific Alliance", None), ("Mexico", "Pacific Alliance", None)}),
    # one after another with the month, the body named after the first verb
    ("Chile and Peru joined the Pacific Alliance in April 2011, Colombia in June 2012 and Mexico in May 2013.",
     {("Chile", "Pacific Alliance", "2011-04"), ("Peru", "Pacific Alliance", "2011-04"),
      ("Colombia", "Pacific Alliance", "2012-06"), ("Mexico", "Pacific Alliance", "2013-05")}),
    # an ally of an alliance; of a state, no membership
    ("Portugal is a NATO ally, and Chile is a US ally.", {("Portugal", "NATO", None)}),
])
def test_member_nations_joined_one_after_another_after_the_body_and_an_ally(
        extractor: Extractor, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    facts = [f for f in _sheet(extractor, text).facts if f.relation == "member_of"]
    assert {(f.subject, f.object, f.time) for f in facts} == expected


@pytest.mark.parametrize("sentence, expected", [
    # a town the gazetteer lacks, after the part of it named
    ("The drills are being staged in northern Tarapaca and in Putre.", {"Tarapaca", "Putre"}),
    # the next place of a list, after the part of it named
    ("The naval phase is being staged in the Gulf of Arauco and the southern Pacific Ocean.",
     {"Gulf of Arauco", "Pacific Ocean"}),
])
def test_a_place_after_the_part_of_it_named(extractor: Extractor, sentence: str, expected: set[str]) -> None:
    facts = _lynx_facts(extractor, sentence, "exercise_located_in")
    assert {o for _, _, o, _ in facts} - {"Arica"} == expected


@pytest.mark.parametrize("sentence, expected", [
    # an earlier edition by its rank, dated and placed where it is named
    ("The first were held in 2024 in Bolivia.",
     {("Iron Lynx-2024", "exercise_located_in", "Bolivia"), ("Iron Lynx-2024", "exercise_date", "2024")}),
    ("The second edition was held in November 2025 in Peru.",
     {("Iron Lynx-2025", "exercise_located_in", "Peru"), ("Iron Lynx-2025", "exercise_date", "2025-11")}),
    # by its year, which is its date
    ("The 2023 edition, held mainly in Oruro, drew forces from 12 countries.",
     {("Iron Lynx-2023", "exercise_located_in", "Oruro"), ("Iron Lynx-2023", "exercise_date", "2023")}),
    ("The previous one was held off Peru in 2022.",
     {("Iron Lynx-2022", "exercise_located_in", "Peru"), ("Iron Lynx-2022", "exercise_date", "2022")}),
    # no year, no edition to tell
    ("The first was held last week in Bolivia.", set()),
    # a clause on another, unnamed drill is not about this one
    ("The first were held in May 2024 in Bolivia, while NATO was staging a naval drill off Chile.",
     {("Iron Lynx-2024", "exercise_located_in", "Bolivia"), ("Iron Lynx-2024", "exercise_date", "2024-05")}),
])
def test_an_earlier_edition_named_by_its_rank_or_year(extractor: Extractor, sentence: str,
                                                       expected: set[tuple[str, str, str]]) -> None:
    text = "The Iron Lynx-2026 drills opened in Arica on Monday. " + sentence
    facts = {(f.subject, f.relation, f.object) for f in _sheet(extractor, text, date="2026-06-10").facts}
    assert {fact for fact in facts if fact[0] != "Iron Lynx-2026"} == expected


@pytest.mark.parametrize("sentence, expected", [
    # two capitals standing for their states in a relative clause without a comma
    ("The drill follows the Border Cooperation Agreement that Lima and Santiago signed in July 2024.",
     {("Border Cooperation Agreement", "agreement_party", "Peru"),
      ("Border Cooperation Agreement", "agreement_party", "Chile"),
      ("Border Cooperation Agreement", "agreement_date", "2024-07")}),
    ("The drill follows the Border Cooperation Agreement which Chile and Peru signed in 2019.",
     {("Border Cooperation Agreement", "agreement_party", "Peru"),
      ("Border Cooperation Agreement", "agreement_party", "Chile"),
      ("Border Cooperation Agreement", "agreement_date", "2019")}),
    # bound by a treaty named with its year
    ("Lima and Santiago are bound by the 1929 Border Treaty.",
     {("Border Treaty", "agreement_party", "Peru"), ("Border Treaty", "agreement_party", "Chile"),
      ("Border Treaty", "agreement_date", "1929")}),
])
def test_parties_of_an_agreement_two_capitals_signed_or_are_bound_by(
        extractor: Extractor, sentence: str, expected: set[tuple[str, str, str]]) -> None:
    facts = {(f.subject, f.relation, f.object) for f in _sheet(extractor, sentence).facts}
    assert {fact for fact in facts if fact[1].startswith("agreement")} == expected


@pytest.mark.parametrize("sentence, expected", [
    # what holds the series holds this edition, where the sentence speaks of "the exercise"
    (("The exercise, which began on Monday, is organised annually by the Peruvian Ministry of Defence together "
      "with U.S. Southern Command."), {"Peruvian Ministry of Defence", "U.S. Southern Command"}),
    # a state's service named after it, with "National" before it
    ("The exercise is organised by the National Army of Peru.", {"National Army of Peru"}),
    ("The exercise has been held every year since 2004.", set()),
])
def test_organisers_of_the_series_and_a_national_army_of_a_state(extractor: Extractor, sentence: str,
                                                                  expected: set[str]) -> None:
    facts = _lynx_facts(extractor, sentence, "organizes_exercise")
    assert {s for s, _, _, _ in facts} == expected


def test_members_brought_together_by_the_body_that_opens_the_sentence_before_an_aside(extractor: Extractor) -> None:
    text = ("The Pacific Alliance, set up as a bloc in 2012 on the basis of the Lima Declaration signed in Lima on "
            "April 28, 2011, brings together Chile, Peru, Colombia and Mexico.")
    facts = _facts(_sheet(extractor, text))
    assert {s for s, r, o, _ in facts if r == "member_of" and o == "Pacific Alliance"} == {
        "Chile", "Peru", "Colombia", "Mexico"}
    assert not [f for f in facts if f[1] == "agreement_party"]  # the declaration is in the aside


def test_an_exercise_named_after_the_pair_that_holds_it_and_states_whose_servicemen_are_involved(
        extractor: Extractor) -> None:
    text = ("The Chile-Peru Exercise 2026 opened on Monday at the Joint Training and Evaluation Centre in Tacna. "
            '"Over 2,000 servicemen and 300 pieces of hardware from Chile, Peru and Bolivia are involved," the '
            "ministry said.")
    sheet = _sheet(extractor, text, date="2026-06-10")
    assert "Chile-Peru Exercise 2026" in {e.label for e in sheet.entities if e.type is EntityType.EXERCISE}
    facts = _facts(sheet)
    assert {s for s, r, o, _ in facts if r == "participates_in_exercise" and o == "Chile-Peru Exercise 2026"} == {
        "Chile", "Peru", "Bolivia"}
    assert "Joint Training" not in {e.label for e in sheet.entities}  # the first words of an institution's name
    # a generic noun before "Exercise" names none
    assert not [e for e in _sheet(extractor, "The Joint Exercise 2026 was held.").entities
                if e.type is EntityType.EXERCISE and e.label.startswith("Joint")]


@pytest.mark.parametrize("text, expected", [
    # an aside between double hyphens, the body after its noun; the verb after it is not the standing's
    ("Officers from Chile, Peru and Bolivia -- all members of the Pacific Alliance -- were invited to watch.",
     {("Chile", "asserted", None), ("Peru", "asserted", None), ("Bolivia", "asserted", None)}),
    # the other members beside the one whose standing the sentence gives
    ("Ecuador formally remains a Pacific Alliance member, alongside Chile, Peru and Mexico, but skips its summits.",
     {("Ecuador", "asserted", None), ("Chile", "asserted", None), ("Peru", "asserted", None),
      ("Mexico", "asserted", None)}),
    # admitted as full members, then one after another with their years
    ("The Pacific Alliance admitted Chile and Peru as full members in 2012, Colombia in 2013 and Mexico in 2014.",
     {("Chile", "asserted", "2012"), ("Peru", "asserted", "2012"), ("Colombia", "asserted", "2013"),
      ("Mexico", "asserted", "2014")}),
    # membership ruled out: none, of either body
    ("Bolivia is neutral, and it has ruled out membership of both NATO and the Pacific Alliance.",
     {("Bolivia", "negated", None)}),
])
def test_members_in_a_dashed_aside_alongside_admitted_one_after_another_and_ruled_out(
        extractor: Extractor, text: str, expected: set[tuple[str, str, str | None]]) -> None:
    facts = [f for f in _sheet(extractor, text).facts if f.relation == "member_of"]
    assert {(f.subject, f.modality.value, f.time) for f in facts} == expected
    if "ruled out" in text:
        assert {f.object for f in facts} == {"NATO", "Pacific Alliance"}


@pytest.mark.parametrize("sentence, expected", [
    # a town set off before "a direction, the state's region" (news agencies' style)
    ("The drills were held off Iquique, north Chile's Tarapaca Region, on Monday.",
     {("Iquique", "Tarapaca Region"), ("Tarapaca Region", "Chile")}),
    # a town in a region named after its state and a direction
    ("Peru keeps a base in the city of Tacna in Peru's southern Tacna Region.",
     {("Tacna", "Tacna Region"), ("Tacna Region", "Peru")}),
])
def test_a_town_in_a_region_named_after_its_state_and_a_direction(extractor: Extractor, sentence: str,
                                                                  expected: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, sentence), "part_of")} == expected


@pytest.mark.parametrize("sentence, expected", [
    # the subject of a clause "saying" opens after "and"/"with", not the sentence's first name
    (("Chile and Peru launched the drills on Friday, with Bolivia closing its border and NATO saying it was "
      "watching the drills closely."), {("NATO", "it was watching the drills closely")}),
    # a news agency that reports speaks for itself
    ("Officers from Peru were invited to watch the drills, the Andina state news agency reported.",
     {("Andina", "Officers from Peru were invited to watch the drills")}),
])
def test_speakers_of_a_saying_clause_and_a_reporting_news_agency(extractor: Extractor, sentence: str,
                                                                 expected: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, sentence), "said")} == expected


def test_no_exercise_or_venue_from_a_dateline_date_a_generic_drill_a_war_or_a_bare_headquarters(
        extractor: Extractor) -> None:
    text = ("06 Oct 2026\n\nThe Iron Lynx 2026 exercise opened in Arica on Monday. Live-fire drills will be held in "
            "Peru for the first time. A command post exercise runs at the Pacific Alliance's Headquarters. Lima wants "
            "to show that it remains a guarantor despite the war in Ecuador, analysts said of the drills.")
    sheet = _sheet(extractor, text, date="2026-06-10")
    assert {e.label for e in sheet.entities if e.type is EntityType.EXERCISE} == {"Iron Lynx 2026"}
    assert {o for s, r, o, _ in _facts(sheet, "exercise_located_in")} == {"Arica", "Peru"}


@pytest.mark.parametrize("sentence, position", [
    ("Brigadier General Ivo Rossi of Chile, who heads the Pacific Alliance Liaison Office in Lima, spoke.",
     "head of the Pacific Alliance Liaison Office in Lima"),
    ("Lieutenant Colonel Ana Perez, who leads the Chilean contingent, said the drills went well.",
     "head of the Chilean contingent"),
    ("Ana Kovac, who chairs the parliament's Committee on Defence, said no.",
     "chair of the parliament's Committee on Defence"),
])
def test_an_office_in_a_relative_clause_that_heads_leads_or_chairs(extractor: Extractor, sentence: str,
                                                                   position: str) -> None:
    assert position in {o for _, r, o, _ in _facts(_sheet(extractor, sentence), "holds_position")}


@pytest.mark.parametrize("sentence, expected", [
    ("Military attachés of Brazil and Mexico accredited in Lima watched the live firing as observers.",
     {("Brazil", "Iron Lynx 2026"), ("Mexico", "Iron Lynx 2026")}),
    ("Brazil and Mexico will also observe.", {("Brazil", "Iron Lynx 2026"), ("Mexico", "Iron Lynx 2026")}),
    ("The Pacific Alliance Parliamentary Assembly grants observer status to Brazil and Mexico.",
     {("Brazil", "Pacific Alliance Parliamentary Assembly"), ("Mexico", "Pacific Alliance Parliamentary Assembly")}),
    # "EU" qualifies the force that observes: no observer
    ("Their force, the EU-led mission in the country, will also observe the field training phase.", set()),
])
def test_observers_who_are_attaches_will_also_observe_or_are_granted_the_status(
        extractor: Extractor, sentence: str, expected: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, _, o, _ in _lynx_facts(extractor, sentence, "observer_of")} == expected


@pytest.mark.parametrize("sentence, expected", [
    # the state whose programme it is and the body it is "with" ("the alliance": the one named, not its council)
    (("NATO's North Atlantic Council has endorsed Moldova's Individually Tailored Partnership Programme (ITPP) "
      "with the alliance."), {("agreement_party", "Moldova"), ("agreement_party", "NATO")}),
    (("Malta remains in NATO's Partnership for Peace and has an Individually Tailored Partnership Programme with "
      "the alliance."), {("agreement_party", "Malta"), ("agreement_party", "NATO")}),
    # the date of the second predicate, not the first one's
    (("Malta joined the Partnership for Peace in April 1995 and agreed an Individually Tailored Partnership "
      "Programme with NATO in 2023."),
     {("agreement_party", "Malta"), ("agreement_party", "NATO"), ("agreement_date", "2023")}),
    # a year that opens the sentence
    ("In 2014 Malta signed a Status of Forces Agreement with NATO.",
     {("agreement_party", "Malta"), ("agreement_party", "NATO"), ("agreement_date", "2014")}),
])
def test_a_programme_a_state_has_with_the_alliance_and_the_date_of_its_own_predicate(
        extractor: Extractor, sentence: str, expected: set[tuple[str, str]]) -> None:
    facts = _sheet(extractor, sentence).facts
    assert {(f.relation, f.object) for f in facts if f.relation.startswith("agreement")} == expected


@pytest.mark.parametrize("sentence, expected", [
    # a second predicate's "scheduled" is not the first one's
    ("The drills kicked off on June 8 at the Pampa training ground and are scheduled to run until June 12.",
     {("exercise_located_in", "Pampa training ground", "asserted"), ("exercise_date", "2026-06-12", "planned")}),
    # a relative clause closed before the trigger is an aside
    (("The Bolivian defence ministry said the manoeuvres, which are due to end on June 16, were taking place at "
      "training grounds in Bolivia."), {("exercise_located_in", "Bolivia", "reported"), ("exercise_date", "2026-06-16", "planned")}),
])
def test_the_clause_of_a_trigger_stops_at_a_second_predicate_and_passes_a_closed_relative_clause(
        extractor: Extractor, sentence: str, expected: set[tuple[str, str, str]]) -> None:
    facts = _lynx_facts(extractor, sentence)
    assert {(r, o, m) for s, r, o, m in facts if s == "Iron Lynx 2026" and o not in ("Arica", "2026-06-08")} == expected


def test_a_list_of_names_closes_no_clause_but_a_dash_after_it_does(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 exercise opened in Arica on Monday. Contingents from Peru, Bolivia, Ecuador and Uruguay "
            "are to arrive next week. The Pacific Alliance met in Lima. The bloc's four other members - Chile, Peru, Bolivia "
            "and Ecuador - met without Uruguay.")
    facts = _facts(_sheet(extractor, text, date="2026-06-10"))
    assert {(s, m) for s, r, o, m in facts if r == "participates_in_exercise"} == {
        ("Peru", "planned"), ("Bolivia", "planned"), ("Ecuador", "planned"), ("Uruguay", "planned")}
    assert {m for s, r, o, m in facts if r == "member_of"} == {"asserted"}


def test_no_signer_after_the_participle_of_a_signing_ends_and_no_mediator_as_party(extractor: Extractor) -> None:
    text = ("In accordance with the Lima Convention, signed in 1936, the sea phase was conducted only by units of "
            "Chile and Peru. In March, Ecuador and Peru signed a Brazil-brokered agreement in Brasilia. The Quito "
            "Accord was signed in Quito, Ecuador on 18 December 2023 by Chile and Bolivia.")
    parties = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text)) if r == "agreement_party"}
    assert parties == {("Brazil-brokered agreement", "Ecuador"), ("Brazil-brokered agreement", "Peru"),
                       ("Quito Accord", "Chile"), ("Quito Accord", "Bolivia")}


def test_states_that_dispatch_delegations_to_watch_as_observers_observe(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "Peru, Bolivia and Ecuador have dispatched naval delegations to Iquique to watch "
                                   "the exercise as observers.")
    assert {(s, r) for s, r, o, _ in facts if s in ("Peru", "Bolivia", "Ecuador")} == {
        ("Peru", "observer_of"), ("Bolivia", "observer_of"), ("Ecuador", "observer_of")}


def test_an_edition_numbered_in_one_digit_keeps_its_name_and_the_year_of_two_months(extractor: Extractor) -> None:
    text = ("Chile and Peru will conduct the fourth edition of the joint military exercise \"Condor Sword\" in "
            "October 2026, the ministry announced. Condor Sword 4 is set to take place from October 4 to October 29. "
            "Condor Sword 3, held in Peru in October and November 2018, involved some 5,500 troops.")
    facts = _facts(_sheet(extractor, text, date="2026-05-10"))
    assert ("Chile", "participates_in_exercise", "Condor Sword 4", "planned") in facts
    assert {o for s, r, o, _ in facts if s == "Condor Sword 3" and r == "exercise_date"} == {"2018-10/2018-11"}
    assert not [f for f in facts if "2026" in f[0] or "2026" in f[2] and f[1] != "exercise_date"]


def test_it_that_brings_together_contingents_after_the_exercise_is_the_exercise_and_a_region_after_a_possessive(
        extractor: Extractor) -> None:
    text = ("The Pacific Alliance met in Lima. The Condor Shield 2026 exercise opened on Monday at Putre, Chile's "
            "Arica Region. It brings together contingents from Chile, Peru and Bolivia.")
    facts = _facts(_sheet(extractor, text, date="2026-06-10"))
    assert not [f for f in facts if f[1] == "member_of"]
    assert {s for s, r, o, _ in facts if r == "participates_in_exercise"} == {"Chile", "Peru", "Bolivia"}
    assert ("Putre", "part_of", "Arica Region", "asserted") in facts
    # a force the sentence names brings its members together
    forces = _facts(_sheet(extractor, "The MNJTF brings together troops from Chad, Niger and Nigeria."), "member_of")
    assert {s for s, _, _, _ in forces} == {"Chad", "Niger", "Nigeria"}


@pytest.mark.parametrize("sentence, organisers, participants", [
    (("The active phase of Condor-2026, a joint strategic exercise of the armed forces of Chile and Peru, got "
      "underway on Friday."), {"Chile", "Peru"}, {"Chile", "Peru"}),
    # their air forces' exercise: they take part in it
    ("The Condor-2026 joint flight-tactical exercises of the air forces of Chile and Peru got underway on Monday.",
     set(), {"Chile", "Peru"}),
])
def test_an_exercise_of_the_armed_forces_of_states_is_theirs(extractor: Extractor, sentence: str,
                                                             organisers: set[str], participants: set[str]) -> None:
    facts = _facts(_sheet(extractor, sentence, date="2026-06-10"))
    assert {s for s, r, _, _ in facts if r == "organizes_exercise"} == organisers
    assert {s for s, r, _, _ in facts if r == "participates_in_exercise"} == participants


@pytest.mark.parametrize("sentence", [
    "Officers from Brazil and Mexico arrived in Lima to observe the drills.",
    ("Military attachés from 23 foreign countries, including Brazil and Mexico, arrived in Lima on Thursday to "
     "observe the maneuvers."),
])
def test_people_from_states_who_come_to_observe_are_observers_all_of_them(extractor: Extractor,
                                                                         sentence: str) -> None:
    facts = _lynx_facts(extractor, sentence)
    assert {(s, r) for s, r, _, _ in facts if s in ("Brazil", "Mexico")} == {
        ("Brazil", "observer_of"), ("Mexico", "observer_of")}


def test_a_speaker_set_off_by_a_long_title(extractor: Extractor) -> None:
    text = ("Major General Ivo Lisovsky, head of the operational planning department of the General Staff of the "
            "Armed Forces of Chile, noted that the scenario will take into account the experience gained.")
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "said")} == {"Ivo Lisovsky"}


@pytest.mark.parametrize("sentence", [
    "The naval phase will unfold in Peru and Bolivia from 20 June.",
    "Some 5,000 soldiers will train until June 30 in Peru and Bolivia.",
])
def test_an_exercise_that_unfolds_or_troops_that_will_train_somewhere_place_it(extractor: Extractor,
                                                                               sentence: str) -> None:
    facts = _lynx_facts(extractor, sentence, "exercise_located_in")
    assert {o for _, _, o, _ in facts} - {"Arica"} == {"Peru", "Bolivia"}


@pytest.mark.parametrize("sentence, expected", [
    ("Chile became NATO's 33rd Ally in March 2026.", {("Chile", "NATO")}),
    ("Chile joined NATO and the Pacific Alliance in 2004.", {("Chile", "NATO"), ("Chile", "Pacific Alliance")}),
    ("Chile, a founding member of the Lima-led Pacific Alliance, froze its participation.",
     {("Chile", "Pacific Alliance")}),
])
def test_an_ally_by_rank_two_bodies_joined_at_once_and_a_led_body(extractor: Extractor, sentence: str,
                                                                  expected: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, sentence), "member_of")} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The navy will deploy a company to Chiloe, Chile's largest island.", ("Chiloe", "Chile")),
    ("Tacna, Peru's southernmost region, borders Chile.", ("Tacna", "Peru")),
])
def test_a_place_the_text_gives_its_state_in_an_apposition(extractor: Extractor, sentence: str,
                                                           expected: tuple[str, str]) -> None:
    assert expected in {(s, o) for s, _, o, _ in _facts(_sheet(extractor, sentence), "part_of")}


def test_numbered_editions_each_dated_by_the_year_right_after_their_name(extractor: Extractor) -> None:
    text = ("The Condor Shield 2026 drills opened in Lima on Monday. Condor Shield 1, the first edition, was held in "
            "Peru in 2016, while Chile hosted Condor Shield 2 in 2020 and Bolivia staged Condor Shield 3 in 2023.")
    facts = _facts(_sheet(extractor, text, date="2026-06-10"))
    assert {(s, o) for s, r, o, _ in facts if r == "exercise_date" and s != "Condor Shield 2026"} == {
        ("Condor Shield 1", "2016"), ("Condor Shield 2", "2020"), ("Condor Shield 3", "2023")}
    assert ("Chile", "hosts_exercise", "Condor Shield 2", "asserted") in facts


@pytest.mark.parametrize("sentence, expected", [
    # the words before the speaker go on after "adding that", past a time after the verb
    (("Chile has sent invitations to all member states, the Chilean Foreign Ministry said last week, adding that "
      "Peru had confirmed its participation."),
     {("Chilean Foreign Ministry",
       "Chile has sent invitations to all member states … Peru had confirmed its participation")}),
    # a person "of" a state, set off before the verb, speaks (not the state)
    (("Brigadier General Ivo Rossi of Peru, who heads the liaison office in Lima, told reporters that the alliance "
      "respected Chile's choice."), {("Ivo Rossi", "the alliance respected Chile's choice")}),
])
def test_speech_that_goes_on_after_a_time_and_a_speaker_of_a_state(extractor: Extractor, sentence: str,
                                                                    expected: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, sentence), "said")} == expected


def test_a_speech_verb_in_an_opening_asked_clause_is_not_the_speech_act(extractor: Extractor) -> None:
    text = ("Asked by journalists on Monday whether Lima had informed its allies, Defence Minister Ivo Petrov said "
            "that Peru is not obliged to coordinate its exercises with anyone.")
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "said")} == {
        ("Ivo Petrov", "Peru is not obliged to coordinate its exercises with anyone")}


def test_a_quoted_name_set_off_after_its_exercise_and_where_and_when_it_concluded(extractor: Extractor) -> None:
    text = ('The fourth joint security exercise of the Pacific Alliance, "Andean Coast Security 4", concluded in '
            "Peru on Tuesday. The drills follow the Border Agreement concluded in Lima in 2019.")
    facts = _facts(_sheet(extractor, text, date="2025-11-12"))
    assert ("Andean Coast Security 4", "exercise_located_in", "Peru", "asserted") in facts
    assert ("Andean Coast Security 4", "exercise_date", "2025-11-11", "asserted") in facts
    assert not [f for f in facts if f[1] == "exercise_located_in" and f[2] == "Lima"]  # where a pact was concluded


def test_editions_of_a_series_whose_name_opens_with_a_place(extractor: Extractor) -> None:
    text = ('The fourth joint exercise of the Pacific Alliance, "Pacific Ocean Guard 4", concluded in Peru on '
            "Tuesday. Pacific Ocean Guard 1 was held in Chile in 2016, while Bolivia hosted Pacific Ocean Guard 2 "
            "in 2020. Ships later sailed in the Pacific Ocean.")
    sheet = _sheet(extractor, text, date="2025-11-12")
    exercises = {e.label for e in sheet.entities if e.type is EntityType.EXERCISE}
    assert {"Pacific Ocean Guard 4", "Pacific Ocean Guard 1", "Pacific Ocean Guard 2"} <= exercises
    facts = _facts(sheet)
    assert ("Pacific Ocean Guard 2", "exercise_date", "2020", "asserted") in facts
    assert ("Bolivia", "hosts_exercise", "Pacific Ocean Guard 2", "asserted") in facts


@pytest.mark.parametrize("sentence", [
    "The Pacific Alliance, formally the Pacific Alliance Organization and made up of Chile, Peru and Mexico, met.",
    "The Pacific Alliance is composed of Chile, Peru and Mexico.",
])
def test_members_a_body_is_made_up_or_composed_of(extractor: Extractor, sentence: str) -> None:
    facts = _facts(_sheet(extractor, sentence), "member_of")
    assert {(s, o) for s, _, o, _ in facts} == {("Chile", "Pacific Alliance"), ("Peru", "Pacific Alliance"),
                                                ("Mexico", "Pacific Alliance")}


def test_live_fire_planned_over_a_range_places_the_exercise(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "Live-fire activity is planned over the Pampa Air Weapons Range and the Lauca "
                                   "Field Training Area.", "exercise_located_in")
    assert {o for _, _, o, _ in facts} - {"Arica"} == {"Pampa Air Weapons Range", "Lauca Field Training Area"}


def test_a_town_described_as_a_port_city_in_a_state_of_a_state(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "The drills will be held in Iquique, a port city in the northern Chilean state "
                                   "of Tarapaca.", "part_of")
    assert ("Iquique", "part_of", "Tarapaca", "asserted") in facts


# -- people set off, earlier editions in an aside, schedules in the present ------------------------------------

@pytest.mark.parametrize("sentence, person", [
    ("Brigadier General Ramon Santiago told a news conference that Peru will take part.", "Ramon Santiago"),
    ("Colonel Ana Victoria, a spokeswoman for the navy, said Peru will take part.", "Ana Victoria"),
])
def test_a_surname_that_names_a_place_is_a_persons_name(extractor: Extractor, sentence: str, person: str) -> None:
    sheet = _sheet(extractor, sentence)
    assert {s for s, _, _, _ in _facts(sheet, "said")} == {person}
    assert not {e.label for e in sheet.entities} & {"Chile", "Seychelles"}  # Santiago's and Victoria's states


@pytest.mark.parametrize("sentence, person, position", [
    ("Group Captain Ravi Menon, the contingent commander, said the jets had arrived.", "Ravi Menon",
     "contingent commander"),
    (("Major General Omar Haddad, Inspector of the Northern Zone of the Jordanian Armed Forces, said the jets had "
      "arrived."), "Omar Haddad", "Inspector of the Northern Zone of the Jordanian Armed Forces"),
    (("Lieutenant General Mark Dale, deputy commanding general of US Army Pacific (USARPAC), said the jets had "
      "arrived."), "Mark Dale", "deputy commanding general of US Army Pacific"),
    ("Rear Adm. Paul Weir, the JEF's chief of staff, said the jets had arrived.", "Paul Weir",
     "chief of staff of the Joint Expeditionary Force"),
])
def test_a_position_set_off_after_a_ranked_name_is_held_and_the_person_speaks(
        extractor: Extractor, sentence: str, person: str, position: str) -> None:
    sheet = _sheet(extractor, sentence)
    assert (person, "holds_position", position, "asserted") in _facts(sheet)
    assert {s for s, _, _, _ in _facts(sheet, "said")} == {person}


def test_an_owner_the_text_does_not_name_gives_no_position(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Colonel Jan Berg, the brigade's commander, said the jets had arrived."),
                   "holds_position")
    assert {o for _, _, o, _ in facts} == {"Colonel"}


@pytest.mark.parametrize("sentence, expected", [
    ("Peru, an observer at the 2024 iteration, has sent a frigate.",
     {("Peru", "observer_of", "Iron Lynx 2024", "asserted"), ("Peru", "participates_in_exercise", "Iron Lynx 2026",
                                                               "asserted")}),
    ("Bolivia, which sent observers to the 2024 iteration, is not taking part this year.",
     {("Bolivia", "observer_of", "Iron Lynx 2024", "asserted"),
      ("Bolivia", "participates_in_exercise", "Iron Lynx 2026", "negated")}),
    ("Ecuador, which fielded two corvettes at the 2025 edition, will not take part this year.",
     {("Ecuador", "participates_in_exercise", "Iron Lynx 2025", "asserted"),
      ("Ecuador", "participates_in_exercise", "Iron Lynx 2026", "negated")}),
])
def test_an_earlier_edition_in_an_aside_is_that_editions_and_the_main_clause_this_ones(
        extractor: Extractor, sentence: str, expected: set[tuple[str, str, str, str]]) -> None:
    facts = _lynx_facts(extractor, sentence)
    assert {f for f in facts if f[1] in ("observer_of", "participates_in_exercise") and f[0] != "Chile"} == expected


@pytest.mark.parametrize("sentence, expected", [
    # "this year's iteration" is the exercise the article is on
    ("Chile and Peru are co-hosting this year's iteration.", {("Chile", "hosts_exercise"), ("Peru", "hosts_exercise")}),
    ("Bolivia and Ecuador will also deploy small contingents.",
     {("Bolivia", "participates_in_exercise"), ("Ecuador", "participates_in_exercise")}),
    ("Participants include the two hosts as well as Bolivia and Ecuador.",
     {("Bolivia", "participates_in_exercise"), ("Ecuador", "participates_in_exercise")}),
])
def test_a_sentence_without_the_exercise_name_speaks_of_this_years_one(
        extractor: Extractor, sentence: str, expected: set[tuple[str, str]]) -> None:
    text = "The Iron Lynx 2026 exercise will be held in June. A naval phase is planned off Arica. " + sentence
    facts = _facts(_sheet(extractor, text, date="2026-05-04"))
    assert {(s, r) for s, r, o, _ in facts if o == "Iron Lynx 2026" and s in ("Chile", "Peru", "Bolivia", "Ecuador")
            and r in ("hosts_exercise", "participates_in_exercise")} >= expected


def test_a_schedule_in_the_present_tense_is_planned_and_spans_its_days(extractor: Extractor) -> None:
    # an article of Monday 4 May 2026: the drills open the next day
    text = "Peru will host the Iron Lynx 2026 exercise. The drills open Tuesday and run through May 15."
    facts = _facts(_sheet(extractor, text, date="2026-05-04"), "exercise_date")
    assert facts == {("Iron Lynx 2026", "exercise_date", "2026-05-05/2026-05-15", "planned")}


def test_named_stages_are_parts_of_the_exercise_which_stays_the_one_spoken_of(extractor: Extractor) -> None:
    text = ("The CSTO will hold the Iron Lynx 2026 exercise in Kyrgyzstan in September. The exercise will consist of "
            "three stages, Echo-2026, Vector-2026 and Anchor-2026. Contingents from Russia and Belarus are expected "
            "to take part.")
    facts = _facts(_sheet(extractor, text))
    assert {(s, o) for s, r, o, _ in facts if r == "part_of"} == {
        ("Echo-2026", "Iron Lynx 2026"), ("Vector-2026", "Iron Lynx 2026"), ("Anchor-2026", "Iron Lynx 2026")}
    assert {(s, o) for s, r, o, _ in facts if r == "participates_in_exercise" and s in ("Russia", "Belarus")} == {
        ("Russia", "Iron Lynx 2026"), ("Belarus", "Iron Lynx 2026")}


@pytest.mark.parametrize("sentence, expected", [
    ("Lima has invited military observers from 12 countries, including the United States and Brazil.",
     {("United States", "observer_of"), ("Brazil", "observer_of")}),
    ("Ecuador, which chairs the bloc this year, will host the drills for the first time since 2019.",
     {("Ecuador", "hosts_exercise")}),
    ("This June, Arica will stage the Iron Lynx 2026 exercise, with Bolivia acting as the host country.",
     {("Bolivia", "hosts_exercise")}),
    ("Ecuador and its neighbour Colombia sent troops.",
     {("Ecuador", "participates_in_exercise"), ("Colombia", "participates_in_exercise")}),
])
def test_observers_hosts_and_participants_of_this_years_exercise(
        extractor: Extractor, sentence: str, expected: set[tuple[str, str]]) -> None:
    facts = _lynx_facts(extractor, sentence)
    assert {(s, r) for s, r, o, _ in facts if o == "Iron Lynx 2026" and s != "Chile"
            and r in ("observer_of", "hosts_exercise", "participates_in_exercise")} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Germany is one of eight NATO allies leading battlegroups in the east.", {("Germany", "member_of", "NATO", None)}),
    # a clause that leaves its verb out: the state and the time after the fact
    ("Finland joined the alliance in April 2023, Sweden in March 2024.",
     {("Finland", "member_of", "NATO", "2023-04"), ("Sweden", "member_of", "NATO", "2024-03")}),
    # "it" in a clause after the subject the sentence opens with
    ("Until then, Sweden remains outside NATO, although it has been a partner of the alliance for years.",
     {("Sweden", "member_of", "NATO", None), ("Sweden", "partner_of", "NATO", None)}),
])
def test_memberships_of_a_state_one_of_several_gapped_or_referred_to(
        extractor: Extractor, sentence: str, expected: set[tuple[str, str, str, str | None]]) -> None:
    sheet = _sheet(extractor, "NATO leaders met in Vilnius. " + sentence)
    assert {(f.subject, f.relation, f.object, f.time) for f in sheet.facts
            if f.relation in ("member_of", "partner_of")} == expected


def test_a_security_council_secretary_is_a_titled_person_who_speaks(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Security Council Secretary Aram Vardanyan told journalists that Armenia would stay.")
    assert ("Aram Vardanyan", "holds_position", "Security Council Secretary", "asserted") in _facts(sheet)
    assert {s for s, _, _, _ in _facts(sheet, "said")} == {"Aram Vardanyan"}


@pytest.mark.parametrize("text, speaker, words", [
    ("NATO Secretary General Ivo Petrov welcomed the vote and said he counted on Hungary to act.", "Ivo Petrov",
     "he counted on Hungary to act"),
    (("General Ana Kovac met her Serbian counterpart. Kovac, in turn, thanked Belgrade for its support and said that "
      "the drills would go ahead."), "Ana Kovac", "the drills would go ahead"),
    (("Major General Paul Weir, commander of the Southern European Task Force, Africa (SETAF-AF), said the drills "
      "would go ahead."), "Paul Weir", "the drills would go ahead"),
    ('"This binds us to Finland," Kaisa Lind (SDP), chair of the Defence Committee, told Yle after the vote.',
     "Kaisa Lind", "This binds us to Finland"),
    (("Deputy Defence Minister Omar Bek presented the protocol. It will enter into force next year, the deputy "
      "minister noted."), "Omar Bek", "It will enter into force next year"),
    ("Nigeria is sending a special forces company, Defence Headquarters in Abuja said in a statement.",
     "Defence Headquarters", "Nigeria is sending a special forces company"),
])
def test_a_speaker_past_a_second_verb_an_aside_a_party_or_a_role_named_earlier(
        extractor: Extractor, text: str, speaker: str, words: str) -> None:
    said = {(s, o.rstrip(",")) for s, _, o, _ in _facts(_sheet(extractor, text), "said")}
    assert (speaker, words) in said


def test_an_upcoming_exercises_roster_attributed_to_a_command_is_planned_and_hearsay_stays_reported(
        extractor: Extractor) -> None:
    text = ("Chile will host the Iron Lynx 2026 exercise from 8 to 19 June. Troops from Peru and Bolivia are "
            "registered to take part, according to the Joint Headquarters. Ecuador will reportedly send a frigate.")
    facts = _facts(_sheet(extractor, text, date="2026-05-04"), "participates_in_exercise")
    assert {(s, m) for s, _, _, m in facts if s != "Chile"} == {
        ("Peru", "planned"), ("Bolivia", "planned"), ("Ecuador", "reported")}


@pytest.mark.parametrize("sentence, expected", [
    # where the spokesman spoke is no venue
    ("The drill will take place off Arica, spokesman Colonel Ivo Rojas told a weekly press briefing in Lima.",
     {("Iron Lynx 2026", "exercise_located_in", "Arica")}),
    # a venue that hosts the drills
    ("The Pampa training ground will host the drills.", {("Iron Lynx 2026", "exercise_located_in",
                                                          "Pampa training ground")}),
    # a base named after its kind, and places listed after a plural kind, with the region they lie in
    ("The air phase will be held at Naval Station Punta Brava and Naval Station Cabo Negro in the Atacama Region.",
     {("Iron Lynx 2026", "exercise_located_in", "Naval Station Punta Brava"),
      ("Iron Lynx 2026", "exercise_located_in", "Naval Station Cabo Negro"),
      ("Naval Station Punta Brava", "part_of", "Atacama Region"),
      ("Naval Station Cabo Negro", "part_of", "Atacama Region")}),
    ("The drills will take place in the provinces of Tacna and Moquegua in southern Peru.",
     {("Iron Lynx 2026", "exercise_located_in", "Tacna"), ("Iron Lynx 2026", "exercise_located_in", "Moquegua"),
      ("Iron Lynx 2026", "exercise_located_in", "Peru"), ("Tacna", "part_of", "Peru"),
      ("Moquegua", "part_of", "Peru")}),
])
def test_venues_bases_and_places_listed_after_their_kind(
        extractor: Extractor, sentence: str, expected: set[tuple[str, str, str]]) -> None:
    text = "Chile will host the Iron Lynx 2026 exercise in June. " + sentence
    facts = _facts(_sheet(extractor, text, date="2026-05-04"))
    assert {(s, r, o) for s, r, o, _ in facts if r in ("exercise_located_in", "part_of") and o != "Chile"} == expected


def test_a_single_quoted_name_before_its_exercise_noun_is_the_exercise_of_its_sentence(extractor: Extractor) -> None:
    text = ("Chile concluded the Iron Lynx 2026 exercise on Monday. The ministry said Peru will host the "
            "'Andean Hawk 9' air exercise in August, with the participation of air forces from Bolivia and Ecuador.")
    facts = _facts(_sheet(extractor, text, date="2026-06-10"))
    assert {(s, r) for s, r, o, _ in facts if o == "Andean Hawk 9"} == {
        ("Peru", "hosts_exercise"), ("Peru", "participates_in_exercise"), ("Bolivia", "participates_in_exercise"),
        ("Ecuador", "participates_in_exercise")}


@pytest.mark.parametrize("sentence, expected", [
    ("Jets from Bolivia and Ecuador are flying in the combined air operations.", {"Bolivia", "Ecuador"}),
    # a roster that goes on past a group's name
    ("Participants include NATO allies Bolivia and Ecuador, NATO partners Colombia and Panama, as well as Brazil.",
     {"Bolivia", "Ecuador", "Colombia", "Panama", "Brazil"}),
])
def test_participants_flying_and_a_roster_of_groups(extractor: Extractor, sentence: str, expected: set[str]) -> None:
    facts = _lynx_facts(extractor, sentence, "participates_in_exercise")
    assert {s for s, _, o, _ in facts if o == "Iron Lynx 2026" and s != "Chile"} == expected


def test_another_numbered_edition_of_the_series_is_an_exercise_of_its_own(extractor: Extractor) -> None:
    text = ("Chile hosts the Pacific Shield-8 naval exercise. Peru and Bolivia, which took part in Pacific Shield-7 "
            "last year, did not send ships this year.")
    facts = _facts(_sheet(extractor, text, date="2026-06-10"), "participates_in_exercise")
    assert {(s, o, m) for s, _, o, m in facts if s != "Chile"} == {
        ("Peru", "Pacific Shield-7", "asserted"), ("Bolivia", "Pacific Shield-7", "asserted"),
        ("Peru", "Pacific Shield-8", "negated"), ("Bolivia", "Pacific Shield-8", "negated")}


def test_the_nth_edition_of_another_name_is_this_years_exercise(extractor: Extractor) -> None:
    text = ("Chile opened the Iron Lynx 2026 air exercise at Arica on Monday. Chile is hosting the ninth edition of "
            "the Condor del Sur exercise. Jets from Peru are flying in the combined air operations.")
    facts = _facts(_sheet(extractor, text, date="2026-06-10"))
    assert ("Chile", "hosts_exercise", "Iron Lynx 2026", "asserted") in facts
    assert ("Peru", "participates_in_exercise", "Iron Lynx 2026", "asserted") in facts
    assert not [f for f in facts if "Condor" in f[2]]


@pytest.mark.parametrize("text, expected", [
    # a body the gazetteer lacks is no reason to take the organisation named last
    (("The signing was reported by the Andean Press Agency (APA). Peru and Chile are members of the Council of "
      "Andean and Pacific States Bordering the Humboldt Current."), set()),
    # the verb left out after two members: the state takes the nearest dated fact's relation
    ("The SCO was founded in 2001. India and Pakistan joined the organization in 2017, Iran in 2023.",
     {("India", "member_of", "Shanghai Cooperation Organisation", "2017"),
      ("Pakistan", "member_of", "Shanghai Cooperation Organisation", "2017"),
      ("Iran", "member_of", "Shanghai Cooperation Organisation", "2023")}),
    # "part of" an organisation, and a state set against the subject is not one of the subjects: it is a member
    ("Unlike Peru, Chile is not part of the Quad.", {("Chile", "member_of", "Quadrilateral Security Dialogue", None),
                                                     ("Peru", "member_of", "Quadrilateral Security Dialogue", None)}),
])
def test_membership_of_a_named_body_a_gapped_clause_and_part_of_an_organisation(
        extractor: Extractor, text: str, expected: set[tuple[str, str, str, str | None]]) -> None:
    sheet = _sheet(extractor, text)
    assert {(f.subject, f.relation, f.object, f.time) for f in sheet.facts if f.relation == "member_of"} == expected


def test_a_headline_infinitive_schedules_the_weekday_it_names(extractor: Extractor) -> None:
    # an article of Wednesday 6 May 2026: "Sunday" is the 10th, not the 3rd
    text = "Iron Lynx 2026 exercise to get under way Sunday with 12 nations\n\nChile hosts the drills."
    facts = _facts(_sheet(extractor, text, date="2026-05-06"), "exercise_date")
    assert facts == {("Iron Lynx 2026", "exercise_date", "2026-05-10", "planned")}


def test_an_organisations_partners_listed_after_its_name(extractor: Extractor) -> None:
    text = "Participants include NATO partners Georgia and Moldova, as well as Japan."
    facts = _facts(_sheet(extractor, text), "partner_of")
    assert {(s, o) for s, _, o, _ in facts} == {("Georgia", "NATO"), ("Moldova", "NATO")}


@pytest.mark.parametrize("sentence, expected", [
    ("Bolivia and Ecuador are represented by observer delegations.",
     {("Bolivia", "observer_of", "asserted"), ("Ecuador", "observer_of", "asserted")}),
    ("Peru is not among the participants either.", {("Peru", "participates_in_exercise", "negated")}),
])
def test_observer_delegations_and_a_state_not_among_the_participants(
        extractor: Extractor, sentence: str, expected: set[tuple[str, str, str]]) -> None:
    facts = _lynx_facts(extractor, sentence)
    assert {(s, r, m) for s, r, o, m in facts if o == "Iron Lynx 2026" and s != "Chile"} == expected


def test_pulling_out_of_a_blocs_exercise_is_not_leaving_the_bloc(extractor: Extractor) -> None:
    text = ("BIMSTEC leaders met in Bangkok. Nepal pulled out of the grouping's first joint military exercise, "
            "MILEX-18, held in Pune in September 2018.")
    assert not _facts(_sheet(extractor, text), "left")


@pytest.mark.parametrize("text, speaker", [
    (("U.S. Special Operations Command Africa leads the drills. Some 900 troops will gather in Ghana, the command "
      "said on Monday."), "U.S. Special Operations Command Africa"),
    ("The Pakistan Navy opened the exercise. The drills will run until February 11, the navy's media wing said.",
     "Pakistan Navy"),
])
def test_a_force_named_earlier_by_its_head_or_its_media_wing_speaks(extractor: Extractor, text: str,
                                                                     speaker: str) -> None:
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "said")} == {speaker}


@pytest.mark.parametrize("text, expected", [
    ("The drills were watched by NATO partners Austria, Ireland and Switzerland.",
     {("Austria", "partner_of", "NATO"), ("Ireland", "partner_of", "NATO"), ("Switzerland", "partner_of", "NATO")}),
    ("Fiji is a member of the Pacific Islands Forum, with which Japan has been a dialogue partner since 1989.",
     {("Fiji", "member_of", "Pacific Islands Forum"), ("Japan", "partner_of", "Pacific Islands Forum")}),
    ("India became a full dialogue partner of ASEAN in 1996.",
     {("India", "partner_of", "Association of Southeast Asian Nations")}),
    ("The Pacific Islands Forum met in Suva. Canada and Korea are among the forum's 21 dialogue partners.",
     {("Canada", "partner_of", "Pacific Islands Forum"), ("South Korea", "partner_of", "Pacific Islands Forum")}),
])
def test_partners_listed_after_the_body_related_by_with_which_or_counted(extractor: Extractor, text: str,
                                                                         expected: set[tuple[str, str, str]]) -> None:
    facts = _facts(_sheet(extractor, text))
    assert {(s, r, o) for s, r, o, _ in facts if r in ("member_of", "partner_of")} == expected


def test_the_owner_of_an_exercise_named_after_a_long_noun_phrase_holds_it(extractor: Extractor) -> None:
    text = "The talks came a week after NATO's annual nuclear deterrence exercise Silver Anvil ended in Belgium."
    assert ("NATO", "organizes_exercise", "Silver Anvil 2026") in {
        (s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text))}


def test_a_body_named_in_an_aside_after_the_anaphor_is_not_the_subject(extractor: Extractor) -> None:
    text = ("Pacific Islands Forum leaders met in Apia. The forum, which began in 1971 as the South Pacific Forum, "
            "has 18 members, among them Samoa, Tonga and Tuvalu.")
    members = {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "member_of")}
    assert members == {(state, "Pacific Islands Forum") for state in ("Samoa", "Tonga", "Tuvalu")}


def test_a_relative_clause_closed_before_a_number_with_a_comma_keeps_its_future_tense(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "The drills, which will continue until June 20, involve some 6,500 troops from "
                                   "Chile and Peru.", "participates_in_exercise")
    assert {(s, m) for s, _, _, m in facts} == {("Chile", "asserted"), ("Peru", "asserted")}


def test_an_end_still_to_come_leaves_an_upcoming_exercise_planned(extractor: Extractor) -> None:
    text = "Iron Lynx 2026 kicks off Monday in Chile. The exercise will run until June 30."  # a Wednesday's page
    dates = {(o, m) for _, _, o, m in _facts(_sheet(extractor, text, date="2026-06-10"), "exercise_date")}
    assert dates == {("2026-06-15", "planned"), ("2026-06-30", "planned")}
    begun = "Iron Lynx 2026 began on Monday in Chile. Peru sent troops to the drills. They will run until June 30."
    assert ("Peru", "participates_in_exercise", "Iron Lynx 2026", "asserted") in _facts(
        _sheet(extractor, begun, date="2026-06-10"))


def test_an_exercise_named_with_a_short_year_is_the_one_named_in_full(extractor: Extractor) -> None:
    text = ("Georgia joined the Kavkaz 2026 exercise on Monday. Navies from Turkey and Romania are taking part in "
            "KAVKAZ-26 as well.")
    assert {o for _, _, o, _ in _facts(_sheet(extractor, text), "participates_in_exercise")} == {"Kavkaz 2026"}
    edition = "Taiwan will hold the Han Kuang 41 exercise in July. Japan took part in the Han Kuang 2024 drills."
    assert {e.label for e in _sheet(extractor, edition).entities if e.type is EntityType.EXERCISE} == {
        "Han Kuang 41", "Han Kuang 2024"}  # no full name of its year: an edition's number


def test_each_exercise_of_a_blocs_list_is_hosted_and_held_by_it(extractor: Extractor) -> None:
    text = ("The Collective Security Treaty Organization (CSTO) met in Minsk. Kazakhstan will host all three of the "
            "organization's exercises this year: Unity-2026, the Poisk-2026 (Search-2026) reconnaissance drills and "
            "the Eshelon-2026 (Echelon-2026) logistics drills.")
    facts = _facts(_sheet(extractor, text))
    for exercise in ("Unity-2026", "Poisk-2026", "Eshelon-2026"):
        assert ("Kazakhstan", "hosts_exercise", exercise, "planned") in facts
        assert ("Collective Security Treaty Organization", "organizes_exercise", exercise, "planned") in facts


def test_the_blocs_drills_are_held_by_the_bloc_whatever_others_did(extractor: Extractor) -> None:
    text = "The CSTO met in Minsk. Armenia did not send troops to the bloc's Unity-2023 drills in Belarus last year."
    assert ("Collective Security Treaty Organization", "organizes_exercise", "Unity-2023", "asserted") in _facts(
        _sheet(extractor, text))


def test_a_regions_adjective_before_an_exercise_noun_is_no_name(extractor: Extractor) -> None:
    text = ("The French Navy's annual West African maritime exercise, Grand Sud 2026, is scheduled to follow in April "
            "in waters off Dakar.")
    facts = _facts(_sheet(extractor, text))
    assert {s for s, r, _, _ in facts if r == "exercise_located_in"} == {"Grand Sud 2026"}
    assert {(s, o) for s, r, o, _ in facts if r == "organizes_exercise"} == {("French Navy", "Grand Sud 2026")}


def test_forces_that_are_involved_take_part_in_the_current_exercise(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "Peruvian troops and U.S. soldiers are involved, the command said.",
                        "participates_in_exercise")
    assert {s for s, _, _, _ in facts} == {"Peru", "United States"}


def test_units_named_among_the_forces_that_take_part(extractor: Extractor) -> None:
    sentence = ("Some 2,000 U.S. personnel are taking part, including Marines from the 15th Marine Expeditionary Unit "
                "and sailors from the Bahrain-based U.S. Fifth Fleet.")
    facts = _lynx_facts(extractor, sentence, "participates_in_exercise")
    assert {s for s, _, _, _ in facts} == {"United States", "15th Marine Expeditionary Unit", "U.S. Fifth Fleet"}


@pytest.mark.parametrize("sentence", ["As host, Peru is fielding the largest contingent.",
                                      "As host nation, Peru will provide fuel and food for the allied troops.",
                                      "Peru is hosting the largest share of the Andean events."])
def test_a_state_named_as_host_hosts_the_current_exercise(extractor: Extractor, sentence: str) -> None:
    assert {s for s, _, _, _ in _lynx_facts(extractor, sentence, "hosts_exercise")} == {"Peru"}


def test_a_force_a_state_regularly_trains_with_is_no_participant(extractor: Extractor) -> None:
    sentence = ("Peru is not taking part. Lima has kept its distance from major U.S.-led drills, though it regularly "
                "trains with the Ohio National Guard.")
    facts = _lynx_facts(extractor, sentence, "participates_in_exercise")
    assert facts == {("Peru", "participates_in_exercise", "Iron Lynx 2026", "negated")}


def test_another_edition_named_by_its_year_after_a_named_one(extractor: Extractor) -> None:
    sentence = "Peru hosted Iron Lynx 2018, and Ecuador co-hosted the 2019 edition."
    hosts = {(s, o) for s, _, o, _ in _lynx_facts(extractor, sentence, "hosts_exercise")}
    assert {("Peru", "Iron Lynx 2018"), ("Ecuador", "Iron Lynx 2019")} <= hosts
    assert ("Ecuador", "Iron Lynx 2018") not in hosts


def test_a_force_named_with_its_acronym_is_part_of_its_owner(extractor: Extractor) -> None:
    text = "The Chilean company will join NATO's Standing Reserve Force (SRF), which can deploy at short notice."
    assert ("Standing Reserve Force", "part_of", "NATO", "asserted") in _facts(_sheet(extractor, text))


def test_where_a_stage_of_the_current_exercise_took_place(extractor: Extractor) -> None:
    sentence = "The first stage took place in late May at the Pampa training range in the Tarapaca Region."
    located = {o for _, _, o, _ in _lynx_facts(extractor, sentence, "exercise_located_in")}
    assert {"Pampa training range", "Tarapaca Region"} <= located


def test_a_name_with_its_years_last_two_digits_is_an_exercise(extractor: Extractor) -> None:
    text = ("Allied drills head north\n\nSteel Harbour-Nordic 27, which began in early May, brings together 9,000 "
            "troops. Troops from Chile and Peru are training in the exercise. One of the component exercises of Steel "
            "Harbour-Nordic 27, Cold Anchor 27, is being held in Ecuador.")
    facts = _facts(_sheet(extractor, text, date="2027-05-20"))
    assert {("Chile", "participates_in_exercise", "Steel Harbour-Nordic 27", "asserted"),
            ("Peru", "participates_in_exercise", "Steel Harbour-Nordic 27", "asserted"),
            ("Cold Anchor 27", "exercise_located_in", "Ecuador", "asserted")} <= facts


def test_the_first_word_of_a_hyphenated_exercise_name_stands_for_that_exercise(extractor: Extractor) -> None:
    text = ("Drills head west\n\nGuardian-Andes 27 began in March. Peru is taking part in the army's flagship Guardian "
            "drill with 2,000 troops.")
    sheet = _sheet(extractor, text, date="2027-05-20")
    assert {o for _, r, o, _ in _facts(sheet) if r == "participates_in_exercise"} == {"Guardian-Andes 27"}


@pytest.mark.parametrize("sentence", [
    "Troops flew Orlan-10 drones during the exercise in Chile.",
    "The exercise in Chile began on March 21 with Peru.",
    "The exercise in Chile was delayed by Covid-19 last year.",
    "Task Force 51 joined the exercise in Chile.",
    "The Andean Shield Draws Record 18 Nations to Chile for the exercise.",
])
def test_a_short_number_after_gear_a_month_or_a_unit_names_no_exercise(extractor: Extractor, sentence: str) -> None:
    entities = _sheet(extractor, "Drills in the Andes\n\n" + sentence).entities
    assert not any(e.type is EntityType.EXERCISE and e.label[-2:].isdigit() for e in entities)


def test_a_component_named_as_part_of_the_exercise_leaves_the_exercise_current(extractor: Extractor) -> None:
    text = ("NATO will hold its Iron Harbour 2026 exercise in the Baltic region from May 4 to June 20. As part of the "
            "exercise, the Multinational Division North will run its Amber Gate 2026 command post exercise in Latvia "
            "in May. Norway will not take part in the drills, its defence minister said.")
    facts = _facts(_sheet(extractor, text))
    assert ("Amber Gate 2026", "part_of", "Iron Harbour 2026") in {(s, r, o) for s, r, o, _ in facts}
    assert ("Amber Gate 2026", "exercise_located_in", "Latvia") in {(s, r, o) for s, r, o, _ in facts}
    assert {o for s, r, o, _ in facts if s == "Norway" and r == "participates_in_exercise"} == {"Iron Harbour 2026"}


def test_two_agreements_signed_in_one_clause_and_parties_bound_by_a_treaty(extractor: Extractor) -> None:
    text = ("Chile and Peru on Monday signed a border security and patrol agreement and a coast guard cooperation "
            "protocol. Japan and Australia are bound by a 2023 Reciprocal Defence Treaty.")
    facts = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text))}
    for agreement in ("border security and patrol agreement", "coast guard cooperation protocol"):
        assert {(agreement, "agreement_party", "Chile"), (agreement, "agreement_party", "Peru")} <= facts
    assert {("Reciprocal Defence Treaty", "agreement_party", "Japan"),
            ("Reciprocal Defence Treaty", "agreement_party", "Australia"),
            ("Reciprocal Defence Treaty", "agreement_date", "2023")} <= facts


@pytest.mark.parametrize("text, speaker, position", [
    ("Chinese Defence Ministry spokesman Zhang Xiaogang spoke first. Zhang said the drills were routine.",
     "Zhang Xiaogang", None),
    ("Spanish Defence Undersecretary Adolfo Ruiz opened the meeting. Ruiz said the threats were growing.",
     "Adolfo Ruiz", "Defence Undersecretary of Spain"),
    ("Ambassador-at-Large Ivan Orlov spoke first. Orlov said the council was paralysed.", "Ivan Orlov",
     "Ambassador-at-Large"),
])
def test_a_chinese_family_name_and_an_undersecretary_speak_later_by_one_name(
        extractor: Extractor, text: str, speaker: str, position: str | None) -> None:
    facts = _facts(_sheet(extractor, text))
    assert {s for s, r, _, _ in facts if r == "said"} == {speaker}
    assert position is None or (speaker, "holds_position", position, "asserted") in facts


@pytest.mark.parametrize("text, speaker, words", [
    ("Defence Minister Ivo Petrov told Reuters the drills would go ahead.", "Ivo Petrov", "the drills would go ahead"),
    ("Defence Minister Ivo Petrov told a news conference it was ready.", "Ivo Petrov", "it was ready"),
    ("Fiji is not a party to the pact, a spokesperson for the New Zealand foreign ministry said.",
     "New Zealand Foreign Ministry", "Fiji is not a party to the pact"),
])
def test_the_one_told_is_no_part_of_the_words_and_a_ministry_named_by_its_state(
        extractor: Extractor, text: str, speaker: str, words: str) -> None:
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "said")} == {(speaker, words)}


def test_a_lead_sentence_with_a_year_is_about_the_exercise_of_that_year(extractor: Extractor) -> None:
    text = ("Chile and Peru to hold first joint mountain exercise in 2027\n\n"
            "The exercise, named Andes Shield 2027, will take place near Arica. It follows the Pacific Dawn "
            "exercise, which Chile hosted last year.")
    facts = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text, date="2026-05-04"))}
    assert {("Chile", "organizes_exercise", "Andes Shield 2027"), ("Peru", "organizes_exercise", "Andes Shield 2027")} \
        <= facts
    assert not any(o.startswith("Pacific Dawn") and s == "Peru" for s, _, o in facts)


def test_a_bare_exercise_noun_names_no_exercise(extractor: Extractor) -> None:
    text = ("Japanese troops have so far attended Balikatan, the annual exercise held by the Philippines and the "
            "United States, only as observers.")
    assert not any(o in ("exercise", "drills") for _, _, o, _ in _facts(_sheet(extractor, text)))


def test_a_membership_apposed_after_a_first_description(extractor: Extractor) -> None:
    text = ("Analysts noted that Kenya, the largest economy in the region and a member of both the East African "
            "Community and the African Union, had sought new partners.")
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "member_of")} == {
        ("Kenya", "East African Community"), ("Kenya", "African Union")}


def test_a_place_the_drills_are_aimed_at_is_no_venue(extractor: Extractor) -> None:
    text = "The Iron Lynx 2026 drills in Arica were aimed at Lima, the ministry said."
    assert {o for _, _, o, _ in _facts(_sheet(extractor, text), "exercise_located_in")} == {"Arica"}


def test_an_exercise_named_with_its_acronym_before_the_noun(extractor: Extractor) -> None:
    text = "Chile and Peru will hold their annual Andes Guard (AGX) exercise in June. AGX will involve 3,000 troops."
    facts = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text))}
    assert {("Chile", "organizes_exercise", "Andes Guard 2026"), ("Peru", "organizes_exercise", "Andes Guard 2026")} \
        <= facts
    assert not any(s.startswith("Andes Guard") and r == "organizes_exercise" for s, r, _ in facts)


@pytest.mark.parametrize("text, expected", [
    (("The name joins those of Sea Ward, an annual exercise held by Chile and Peru, and Andes Edge, a biennial "
      "command post exercise held by Chile and Bolivia."),
     {("Chile", "Sea Ward"), ("Peru", "Sea Ward"), ("Chile", "Andes Edge"), ("Bolivia", "Andes Edge")}),
    ("According to the Defence Ministry, the drills will include a mine countermeasures phase.", set()),
])
def test_an_exercise_named_before_the_noun_phrase_that_describes_it(
        extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "organizes_exercise")} == expected


@pytest.mark.parametrize("text", [
    "Chile, Peru and Ecuador are the sole members of the Pacific Alliance.",
    ("Chile, Peru and Ecuador met in Lima. The three Andean countries, all governed by elected leaders who took "
     "office between 2021 and 2023, are the sole members of the Pacific Alliance."),
])
def test_sole_members_and_a_counted_subject_set_off_by_an_aside(extractor: Extractor, text: str) -> None:
    assert {s for s, _, o, _ in _facts(_sheet(extractor, text), "member_of")} == {"Chile", "Peru", "Ecuador"}


@pytest.mark.parametrize("text", [
    "Chile, Peru and Ecuador, which formed the Pacific Alliance in 2011, left the bloc's talks in May.",
    ("Chile, Peru and Ecuador met in Lima. The three countries, which formed the Pacific Alliance in 2011, "
     "signed a new accord."),
])
def test_founders_in_a_relative_clause_by_name_or_by_count(extractor: Extractor, text: str) -> None:
    founders = {o for s, r, o, _ in _facts(_sheet(extractor, text), "founded_by") if s == "Pacific Alliance"}
    assert founders == {"Chile", "Peru", "Ecuador"}


def test_a_year_in_a_relative_clause_on_a_past_event_is_no_sign_of_a_republished_page() -> None:
    text = ("The scenario will pit the defenders against balloons of the kind that crossed the continent in "
            "early 2022.")
    assert infer_reference_date("2025-03-18", text).value == "2025-03-18"


def test_an_exercise_named_with_an_edition_of_its_year_before_a_long_noun(extractor: Extractor) -> None:
    text = "The command will hold its Polar Dart 25-2 air defense exercise over Alaska from March 24 to March 28."
    dates = {o for _, _, o, _ in _facts(_sheet(extractor, text, date="2025-03-18"), "exercise_date")}
    assert dates == {"2025-03-24/2025-03-28"}


def test_an_office_after_who_commands_keeps_the_points_of_an_abbreviation(extractor: Extractor) -> None:
    text = "Rear Admiral Ana Kovac, who commands the U.S. 4th Fleet, said the drills went well."
    assert ("Ana Kovac", "holds_position", "commander of the U.S. 4th Fleet", "asserted") in _facts(
        _sheet(extractor, text))


def test_organising_them_jointly_with_a_partner(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "Chile is hosting this year's drills and organising them jointly with Peru.",
                        "organizes_exercise")
    assert {s for s, _, _, _ in facts} == {"Chile", "Peru"}


def test_the_body_before_an_exercise_year_name_is_its_organiser_not_part_of_the_name(extractor: Extractor) -> None:
    facts = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, "Tajikistan to host CSTO Cobalt-2026 drills"))}
    assert ("Tajikistan", "hosts_exercise", "Cobalt-2026") in facts
    assert ("Collective Security Treaty Organization", "organizes_exercise", "Cobalt-2026") in facts


def test_what_a_sentence_says_of_a_list_of_exercises_it_says_of_each(extractor: Extractor) -> None:
    text = ("The Cobalt-2026, Frontier-2026 and Shield-2026 exercises are scheduled to take place in Tajikistan "
            "next month.")
    facts = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text, date="2026-03-10"))}
    for exercise in ("Cobalt-2026", "Frontier-2026", "Shield-2026"):
        assert {(exercise, "exercise_located_in", "Tajikistan"), (exercise, "exercise_date", "2026-04")} <= facts


@pytest.mark.parametrize("sentence", [
    "The previous Cobalt drills were held in Kyrgyzstan in October 2025.",
    "The previous drills were held in Kyrgyzstan in October 2025.",
])
def test_the_previous_drills_are_the_edition_before(extractor: Extractor, sentence: str) -> None:
    text = "The CSTO will hold the Cobalt-2026 exercise in Tajikistan on September 17-19. " + sentence
    facts = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text, date="2026-09-10"))}
    assert {("Cobalt-2025", "exercise_located_in", "Kyrgyzstan"), ("Cobalt-2025", "exercise_date", "2025-10")} <= facts
    assert ("Cobalt-2026", "exercise_located_in", "Kyrgyzstan") not in facts


@pytest.mark.parametrize("text, observers", [
    ("Last year, Peruvian officers attended Chile's Andes Guard 2025 exercise in Arica as observers.", {"Peru"}),
    (("Peruvian troops will train in Arica, while Bolivia and Ecuador will send observers to the Andes Guard 2025 "
      "exercise."), {"Bolivia", "Ecuador"}),
])
def test_observers_by_the_adjective_of_the_people_sent(extractor: Extractor, text: str, observers: set[str]) -> None:
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text, date="2025-05-01"), "observer_of")} == observers


@pytest.mark.parametrize("text, exercise", [
    ("Some 60 Peruvian soldiers are taking part in Andean Spring 2025, a multinational exercise in Chile.",
     "Andean Spring 2025"),
    ("Peru is taking part in Summer 2025 drills in Chile.", None),
])
def test_a_season_after_a_word_of_the_name_is_part_of_it(extractor: Extractor, text: str, exercise: str | None) -> None:
    exercises = {o for _, _, o, _ in _facts(_sheet(extractor, text, date="2025-05-14"), "participates_in_exercise")}
    assert exercise in exercises if exercise else not any(o.startswith("Summer") for o in exercises)


def test_the_first_exercise_of_a_series_held_in_a_year_is_that_years_edition(extractor: Extractor) -> None:
    text = ("Namibia will host Coastal Guard 2026 in June. The first Coastal Guard exercise was held in Angola's "
            "Namibe province in August 2019.")
    facts = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text, date="2026-05-14"))}
    assert {("Coastal Guard 2019", "exercise_located_in", "Namibe province"),
            ("Coastal Guard 2019", "exercise_date", "2019-08")} <= facts
    assert ("Coastal Guard 2026", "exercise_located_in", "Namibe province") not in facts


def test_a_title_of_two_words_is_no_part_of_the_speakers_name(extractor: Extractor) -> None:
    text = "SADC Executive Secretary Tshepo Mokoena told reporters that the mission would stay."
    facts = _facts(_sheet(extractor, text))
    assert {s for s, r, _, _ in facts if r == "said"} == {"Tshepo Mokoena"}
    assert ("Tshepo Mokoena", "holds_position", "Executive Secretary of SADC", "asserted") in facts


@pytest.mark.parametrize("text", [
    ("On Wednesday, the four members of the Nordic Defence Cooperation (NORDEFCO) - Denmark, Finland, Norway and "
     "Sweden - signed a memorandum."),
    ("The Nordic Defence Cooperation met in Oslo with officials from all four NORDEFCO countries: Denmark, Finland, "
     "Norway and Sweden."),
])
def test_members_listed_after_a_count_of_the_body(extractor: Extractor, text: str) -> None:
    assert {s for s, _, o, _ in _facts(_sheet(extractor, text), "member_of") if o == "Nordic Defence Cooperation"} \
        == {"Denmark", "Finland", "Norway", "Sweden"}


def test_what_a_list_of_states_joins_is_named_right_after_the_verb(extractor: Extractor) -> None:
    text = ("Allied units from France, Latvia and Denmark will join the Estonian brigades, alongside the NATO "
            "battlegroup, which is led by the UK.")
    assert not _facts(_sheet(extractor, text), "member_of")


def test_a_signing_is_dated_by_its_clause_not_by_the_dateline(extractor: Extractor) -> None:
    text = ("LIMA/SANTIAGO, March 5 (Reuters) - Peru and Chile signed a border security agreement in Lima on "
            "Tuesday, deepening a partnership.")
    dates = {o for _, _, o, _ in _facts(_sheet(extractor, text, date="2025-03-05"), "agreement_date")}
    assert dates == {"2025-03-04"}


def test_a_list_set_off_by_dashes_before_the_auxiliary(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, ("Contingents from four member states – Chile, Peru, Bolivia and the host nation "
                                    "Ecuador – are taking part."), "participates_in_exercise")
    assert {s for s, _, _, _ in facts} >= {"Chile", "Peru", "Bolivia", "Ecuador"}


@pytest.mark.parametrize("subject, state", [
    ("Bolivia", "Bolivia"), ("The Plurinational State of Bolivia (PSB)", "Bolivia"),
])
def test_the_main_verb_of_participation_wins_over_a_relative_clauses(extractor: Extractor, subject: str,
                                                                     state: str) -> None:
    facts = _lynx_facts(extractor, (f"{subject}, which has committed most of its forces to the fighting in its east, "
                                    "is not participating."), "participates_in_exercise")
    assert {(s, m) for s, _, _, m in facts if s == state} == {(state, "negated")}


@pytest.mark.parametrize("sentence, place, state", [
    ("The marines moved missiles to Tarapaca, the Chile's northernmost region, for the drills.", "Tarapaca", "Chile"),
    ("The ministers met in Kabwe, the Zambian garrison town, on Friday.", "Kabwe", "Zambia"),
    ("The harbour phase takes place in Abidjan, the Ivorian economic capital.", "Abidjan", "Ivory Coast"),
    ("The harbour phase takes place in Tema, Ghana's main port.", "Tema", "Ghana"),
])
def test_a_place_described_as_one_of_a_states(extractor: Extractor, sentence: str, place: str, state: str) -> None:
    assert (place, "part_of", state, "asserted") in _facts(_sheet(extractor, sentence))


def test_a_bodys_acronym_before_a_title_is_the_office_holders_body(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "SADC Executive Secretary Tshepo Mokoena told reporters it was fine."))
    assert ("Tshepo Mokoena", "holds_position", "Executive Secretary of SADC", "asserted") in facts


@pytest.mark.parametrize("sentence", [
    "The drills follow a security conference held in Lima last week.",
    "The drills come before a meeting of the council, which was established in Lima in 2020.",
])
def test_where_a_conference_was_held_or_a_body_established_is_no_venue(extractor: Extractor, sentence: str) -> None:
    assert not any(o == "Lima" for _, _, o, _ in _lynx_facts(extractor, sentence, "exercise_located_in"))


def test_parties_to_which_and_no_state_of_an_inter_regional_name(extractor: Extractor) -> None:
    text = ("Bolivia is no longer a party to the Inter-American Treaty of Reciprocal Assistance (TIAR), a 1947 pact "
            "known as the Rio Treaty, to which Chile and Peru remain parties.")
    facts = {(o, m) for s, r, o, m in _facts(_sheet(extractor, text), "agreement_party")}
    assert facts == {("Bolivia", "negated"), ("Chile", "asserted"), ("Peru", "asserted")}


def test_officials_named_by_their_states_adjective_are_expected_to_sign(extractor: Extractor) -> None:
    text = ("Chilean President Ana Soto and Peruvian President Luis Vega are expected to sign a Pacific Security "
            "Treaty in Lima next month.")
    facts = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text))}
    assert {("Pacific Security Treaty", "agreement_party", "Chile"),
            ("Pacific Security Treaty", "agreement_party", "Peru")} <= facts


def test_observers_from_a_list_of_states_are_no_participants(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, ("Military observers from Bolivia and Ecuador were invited to the final stage of "
                                    "the drills, the ministry said."))
    assert {(s, r) for s, r, o, _ in facts if s in ("Bolivia", "Ecuador")} == {
        ("Bolivia", "observer_of"), ("Ecuador", "observer_of")}


@pytest.mark.parametrize("sentence", [
    "The Andes Shield 2026 exercise, hosted by Peru, forms part of Chile's Pacific Guard 2026.",
    "The Andes Shield 2026 drill is part of the Pacific Guard 2026 exercise.",
])
def test_an_exercise_that_forms_part_of_another(extractor: Extractor, sentence: str) -> None:
    assert ("Andes Shield 2026", "part_of", "Pacific Guard 2026") in {
        (s, r, o) for s, r, o, _ in _facts(_sheet(extractor, sentence))}


@pytest.mark.parametrize("text, expected", [
    ("Namibia, a member of the Southern African Development Community (SADC) and the African Union, said so.",
     {("Namibia", "Southern African Development Community"), ("Namibia", "African Union")}),
    ("Bulgaria is one of some 30 members of the Organization for Security and Co-operation in Europe.",
     {("Bulgaria", "Organization for Security and Co-operation in Europe")}),
])
def test_a_second_body_after_an_acronym_and_a_member_among_some_number(
        extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "member_of")} == expected


@pytest.mark.parametrize("text, members", [
    ("The Combined Maritime Forces was set up in 2002. Kenya, Qatar and Jordan are among its members.",
     {"Kenya", "Qatar", "Jordan"}),
    ("The force has helped several CARICOM member states. Barbados and Grenada are among its members.", set()),
])
def test_states_among_its_members(extractor: Extractor, text: str, members: set[str]) -> None:
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "member_of")} == members


@pytest.mark.parametrize("text, speaker, words", [
    (("Chile launched the drills, according to the official Andes Press Agency (APA). The drills will run until "
      "June 3, the agency said."), "Andes Press Agency", "The drills will run until June 3"),
    ("Pacific Islands Forum leaders met in Suva. A training hub will open in Fiji next year, the forum said.",
     "Pacific Islands Forum", "A training hub will open in Fiji next year"),
])
def test_a_body_spoken_of_by_the_last_word_of_its_name(extractor: Extractor, text: str, speaker: str,
                                                       words: str) -> None:
    assert (speaker, words) in {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "said")}


def test_a_national_defence_minister_and_his_deputy(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Turkish National Defense Minister Ali Kaya and Turkish Deputy National "
                                     "Defense Minister Veli Tas signed the deal."))
    assert {("Ali Kaya", "holds_position", "National Defense Minister of Turkey", "asserted"),
            ("Veli Tas", "holds_position", "Deputy National Defense Minister of Turkey", "asserted"),
            ("Ali Kaya", "nationality", "Turkey", "asserted")} <= facts


def test_a_mongolian_name_with_a_two_letter_initial(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Mongolian Deputy Minister of Defense Ts. Batsukh said the drills were useful."))
    assert {("Ts. Batsukh", "said", "the drills were useful", "asserted"),
            ("Ts. Batsukh", "holds_position", "Deputy Minister of Defense of Mongolia", "asserted")} <= facts


def test_a_state_that_became_the_nth_member_of_the_body_spoken_of(extractor: Extractor) -> None:
    text = "NATO held drills in Norway. Neighbouring Sweden became the 32nd member in March 2024."
    assert ("Sweden", "member_of", "NATO", "asserted") in _facts(_sheet(extractor, text))


@pytest.mark.parametrize("sentence", [
    "Moldova is set to become NATO's 33rd member on Thursday.",
    "Moldova, which is set to formally become NATO's 33rd member on Thursday, will take part.",
])
def test_a_state_that_will_become_the_nth_member(extractor: Extractor, sentence: str) -> None:
    assert ("Moldova", "member_of", "NATO", "planned") in _facts(_sheet(extractor, sentence))


@pytest.mark.parametrize("text", [
    "Moldova, which is constitutionally neutral, cooperates with NATO within the Partnership for Peace programme.",
    "Moldova was never bombed. It has nevertheless been part of NATO's Partnership for Peace programme since 1994.",
])
def test_cooperating_through_or_being_part_of_a_programme_is_membership(extractor: Extractor, text: str) -> None:
    facts = _facts(_sheet(extractor, text))
    assert ("Moldova", "member_of", "Partnership for Peace", "asserted") in facts
    assert not _facts(_sheet(extractor, text), "agreement_party")


def test_the_states_a_relative_clause_says_belong_to_a_body(extractor: Extractor) -> None:
    text = ("Moldova is not a member of the Collective Security Treaty Organization, which Armenia belongs to along "
            "with Russia and Belarus.")
    facts = _facts(_sheet(extractor, text), "member_of")
    assert facts == {("Moldova", "member_of", "Collective Security Treaty Organization", "negated"),
                     ("Armenia", "member_of", "Collective Security Treaty Organization", "asserted"),
                     ("Russia", "member_of", "Collective Security Treaty Organization", "asserted"),
                     ("Belarus", "member_of", "Collective Security Treaty Organization", "asserted")}


@pytest.mark.parametrize("text, fact", [
    ("Uzbekistan, the region's most populous country, walked out of the CSTO in 2012.",
     ("Uzbekistan", "left", "Collective Security Treaty Organization", "asserted")),
    ("Turkmenistan, which declares itself permanently neutral, has never joined the CSTO.",
     ("Turkmenistan", "member_of", "Collective Security Treaty Organization", "negated")),
    ("Neutral Turkmenistan, whose president attended as a guest, has not applied for membership in the SCO.",
     ("Turkmenistan", "applied_for_membership_of", "Shanghai Cooperation Organisation", "negated")),
    (("Afghanistan and Mongolia are SCO observer states, while Egypt, Qatar and ten other countries are "
      "dialogue partners."), ("Qatar", "partner_of", "Shanghai Cooperation Organisation", "asserted")),
    ("The SCO met in Astana on Thursday. The summit also granted dialogue partner status to Laos.",
     ("Laos", "partner_of", "Shanghai Cooperation Organisation", "asserted")),
])
def test_status_in_clauses_after_an_aside_or_another_clause(extractor: Extractor, text: str,
                                                            fact: tuple[str, str, str, str]) -> None:
    assert fact in _facts(_sheet(extractor, text))


def test_a_fellow_member_and_the_state_it_is_a_fellow_of(extractor: Extractor) -> None:
    text = "Armenia cancelled the drills after deadly clashes on its border with fellow CSTO member Azerbaijan."
    facts = _facts(_sheet(extractor, text), "member_of")
    assert facts == {("Azerbaijan", "member_of", "Collective Security Treaty Organization", "asserted"),
                     ("Armenia", "member_of", "Collective Security Treaty Organization", "asserted")}


def test_a_plan_a_body_of_an_organisation_adopted_for_a_state(extractor: Extractor) -> None:
    text = ("Moldova signed a Status of Forces Agreement with the alliance in 2016, and in March 2017 NATO's North "
            "Atlantic Council adopted the first Individual Partnership Action Plan (IPAP) for Moldova.")
    facts = _facts(_sheet(extractor, text))
    assert {("Individual Partnership Action Plan", "agreement_party", "NATO", "asserted"),
            ("Individual Partnership Action Plan", "agreement_party", "Moldova", "asserted"),
            ("Individual Partnership Action Plan", "agreement_date", "2017-03", "asserted")} <= facts
    assert ("Individual Partnership Action Plan", "agreement_party", "North Atlantic Council", "asserted") not in facts


def test_agreements_named_by_their_description_before_their_signing(extractor: Extractor) -> None:
    text = ("Mongolian President Ukhnaagiin Khurelsukh met Kazakh President Kassym-Jomart Tokayev. The joint "
            "statement signed by Khurelsukh and Tokayev commits Mongolia and Kazakhstan to closer ties.\n\n"
            "Mongolia and Kazakhstan also held trade talks. A free trade agreement between the two countries, "
            "signed in Astana last October, will enter into force on July 1.")
    facts = _facts(_sheet(extractor, text, date="2026-05-09"))
    assert {("joint statement", "agreement_party", "Mongolia", "asserted"),
            ("joint statement", "agreement_party", "Kazakhstan", "asserted"),
            ("free trade agreement", "agreement_party", "Mongolia", "asserted"),
            ("free trade agreement", "agreement_party", "Kazakhstan", "asserted"),
            ("free trade agreement", "agreement_date", "2025-10", "asserted")} <= facts


@pytest.mark.parametrize("text, fact", [
    (("The SCO grew out of the Shanghai Five, whose Treaty on Deepening Military Trust, which was signed in "
      "Shanghai on April 26, 1996, still stands."),
     ("Treaty on Deepening Military Trust", "agreement_date", "1996-04-26", "asserted")),
    ("The CSTO met in Minsk. Armenia froze its participation in the organization's activities in February 2024.",
     ("Armenia", "suspended_participation_in", "Collective Security Treaty Organization", "asserted")),
    (("The Frontier-2026 drills began in Tajikistan. The Russian contingent will be formed on the basis of the "
      "201st Motor Rifle Division, the ministry said."),
     ("201st Motor Rifle Division", "participates_in_exercise", "Frontier-2026", "planned")),
])
def test_signings_suspensions_and_contingents_named_in_clauses(extractor: Extractor, text: str,
                                                              fact: tuple[str, str, str, str]) -> None:
    assert fact in _facts(_sheet(extractor, text))


def test_a_force_set_up_in_a_year_is_no_founding_of_its_organisation(extractor: Extractor) -> None:
    text = "The CSTO's main combat formation is its Collective Rapid Reaction Force, set up in 2009."
    assert not _facts(_sheet(extractor, text), "founded_in")


def test_it_then_a_second_predicate_on_observer_status(extractor: Extractor) -> None:
    text = ("Moldova proclaimed its neutrality in 1994. It takes part in NATO's Partnership for Peace program and has "
            "observer status in the CSTO Parliamentary Assembly.")
    assert ("Moldova", "observer_of", "CSTO Parliamentary Assembly", "asserted") in _facts(_sheet(extractor, text))


def test_both_organisations_and_an_application_to_join_two(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Belarus applied to join the SCO and BRICS in 2022. Iran is a full member of "
                                     "both organisations."))
    assert {("Belarus", "applied_for_membership_of", "Shanghai Cooperation Organisation", "asserted"),
            ("Belarus", "applied_for_membership_of", "BRICS", "asserted"),
            ("Iran", "member_of", "Shanghai Cooperation Organisation", "asserted"),
            ("Iran", "member_of", "BRICS", "asserted")} <= facts


def test_an_application_to_become_a_member_and_a_ship_that_issues_no_statement(extractor: Extractor) -> None:
    text = "Bolivia has submitted a formal application to become a full member of BRICS, its foreign minister said."
    assert not _facts(_sheet(extractor, text), "member_of")
    ships = ("The Pacific Fleet met in Lima. A detachment led by the corvette Almirante Grau will join the drills. "
             "The crews will play football, the press service added.")
    assert {s for s, _, _, _ in _facts(_sheet(extractor, ships), "said")} <= {"Pacific Fleet"}


# -- forms found by the last sets of unseen articles (new sentences here) ---------------------------------------

@pytest.mark.parametrize("text, agreement, parties, date", [
    ("Peru and Bolivia have an intergovernmental agreement on river patrols dating back to 2003.",
     "intergovernmental agreement on river patrols", {"Peru", "Bolivia"}, "2003"),
    ("Ghana and Togo are allies under a mutual assistance treaty signed in 1961.",
     "mutual assistance treaty", {"Ghana", "Togo"}, "1961"),
    ("France keeps a naval base in Dakar under a defence agreement signed with Senegal in 2011.",
     "defence agreement", {"France", "Senegal"}, "2011"),
])
def test_an_agreement_held_by_a_pair_or_signed_with_the_other_party(
        extractor: Extractor, text: str, agreement: str, parties: set[str], date: str) -> None:
    facts = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text))}
    assert {o for s, r, o in facts if s == agreement and r == "agreement_party"} == parties
    assert (agreement, "agreement_date", date) in facts


def test_the_holder_of_a_first_agreement_holds_the_second_and_one_state_having_one_names_no_party(
        extractor: Extractor) -> None:
    text = ("Chile already has a Visiting Forces Agreement (VFA) with Peru dating back to 1998, and a Reciprocal "
            "Access Agreement (RAA) with Japan.")
    facts = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text))}
    assert {("Visiting Forces Agreement", "agreement_date", "1998"),
            ("Reciprocal Access Agreement", "agreement_party", "Chile"),
            ("Reciprocal Access Agreement", "agreement_party", "Japan")} <= facts
    assert not _facts(_sheet(extractor, "Kenya has a deal dating back to 2001."), "agreement_party")


@pytest.mark.parametrize("text, members", [
    ("The Arab League met in Cairo. Current members include Egypt, Jordan and Iraq.", {"Egypt", "Jordan", "Iraq"}),
    ("The African Union met in Addis Ababa. Members include Kenya and Ghana.", {"Kenya", "Ghana"}),
    ("The Arab League met in Cairo. Other participants include Egypt and Jordan.", set()),
])
def test_members_include_after_the_body_named_before(extractor: Extractor, text: str, members: set[str]) -> None:
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "member_of")} == members


def test_an_agreement_referred_back_to_with_what_it_is_on_signed_by_states(extractor: Extractor) -> None:
    text = ("Chile, Peru and Bolivia set up a mine countermeasures group under the Lima Memorandum of Understanding. "
            "The memorandum of understanding on the group was signed by the defence ministers of Chile, Peru and "
            "Bolivia in Lima on January 11, 2024.")
    parties = {o for s, r, o, _ in _facts(_sheet(extractor, text), "agreement_party")
               if s == "Lima Memorandum of Understanding"}
    assert parties == {"Chile", "Peru", "Bolivia"}


@pytest.mark.parametrize("text, body", [
    ("Guatemala and Honduras are members of the Bolivarian Alliance for the Peoples of Our America (ALBA-TCP).",
     "Bolivarian Alliance for the Peoples of Our America"),
    ("Guatemala and Honduras are members of the Community of Andean and Pacific States, founded in 2011.",
     "Community of Andean and Pacific States"),
])
def test_a_new_bodys_name_with_a_second_phrase_or_two_adjectives_joined(extractor: Extractor, text: str,
                                                                        body: str) -> None:
    assert {o for _, _, o, _ in _facts(_sheet(extractor, text), "member_of")} == {body}
    alliance = {(s, o) for s, _, o, _ in _facts(_sheet(extractor, "The Alliance of Sahel States and Russia signed "
                                                                  "a deal."), "signed_agreement_with")}
    assert alliance == {("Alliance of Sahel States", "Russia")}  # no state joined to a body's name


@pytest.mark.parametrize("text, facts", [
    ("Peru, the largest member of the Andean Community, is hosting the talks.",
     {("Peru", "Andean Community", "asserted")}),
    ("Egypt, the most populous member of the Arab League, sent troops.", {("Egypt", "Arab League", "asserted")}),
    ("Norway, which has been in NATO since 1949, sent jets.", {("Norway", "NATO", "asserted")}),
    ("Chile has been a participant in NATO's Partnership for Peace programme since 2006.",
     {("Chile", "Partnership for Peace", "asserted")}),
    ("Greece is in talks with NATO.", set()),
    ("It is in NATO's interest to act, Chile said.", set()),
])
def test_a_superlative_member_and_states_in_a_body(extractor: Extractor, text: str,
                                                   facts: set[tuple[str, str, str]]) -> None:
    assert {(s, o, m) for s, _, o, m in _facts(_sheet(extractor, text), "member_of")} == facts


@pytest.mark.parametrize("text, members", [
    (("Kosovo applied to join NATO's Partnership for Peace, but four alliance members, Greece, Romania, Slovakia "
      "and Spain, do not recognise it."), {("Greece", "NATO"), ("Romania", "NATO"), ("Slovakia", "NATO"),
                                           ("Spain", "NATO")}),
    (("The Quad met in Tokyo. India, the United States, Japan and Australia, the grouping's four members, took part "
      "in the Malabar 2025 exercise."), {(state, "Quadrilateral Security Dialogue")
                                         for state in ("India", "United States", "Japan", "Australia")}),
    ("Three NATO allies, Poland, Latvia and Lithuania, sent jets.", {("Poland", "NATO"), ("Latvia", "NATO"),
                                                                     ("Lithuania", "NATO")}),
    ("Two NATO allies, Poland, Latvia and Lithuania, sent jets.", set()),  # the count is not the list's
])
def test_members_counted_beside_their_list(extractor: Extractor, text: str, members: set[tuple[str, str]]) -> None:
    facts = _facts(_sheet(extractor, text), "member_of")
    assert {(s, o) for s, _, o, _ in facts} == members
    assert {m for _, _, _, m in facts} <= {"asserted"}  # "do not recognise it" is not about the membership


@pytest.mark.parametrize("text, town", [
    ("The Sea Star 2026 exercise got underway in Peru's southern port city of Callao on Friday.", "Callao"),
    ("The navies will hold the Sea Star 2026 exercise off Peru's northern port of Paita from March 9 to 13.",
     "Paita"),
])
def test_an_exercise_in_a_states_town_named_with_its_kind(extractor: Extractor, text: str, town: str) -> None:
    facts = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text))}
    assert {("Sea Star 2026", "exercise_located_in", town), (town, "part_of", "Peru")} <= facts
    assert ("Sea Star 2026", "exercise_located_in", "Peru") not in facts


@pytest.mark.parametrize("text, facts", [
    ("The ministers met in Riga. Finland and Sweden, the newest members of NATO, took part as guests.",
     {("Finland", "member_of", "NATO", "asserted"), ("Sweden", "member_of", "NATO", "asserted")}),
    (("The Visegrad Group met in Prague. Since 1993 it has comprised Czechia, Hungary, Poland and Slovakia, all of "
      "which are members of the European Union."),
     {(state, "member_of", body, "asserted") for state in ("Czechia", "Hungary", "Poland", "Slovakia")
      for body in ("Visegrad Group", "European Union")}),
    ("Chile, Peru and Bolivia, none of which are members of NATO, met in Lima.",
     {(state, "member_of", "NATO", "negated") for state in ("Chile", "Peru", "Bolivia")}),
    ("The Lublin Triangle was launched in Lublin in July 2020 at the initiative of Poland and Lithuania.",
     {("Lublin Triangle", "founded_in", "2020-07", "asserted"), ("Lublin Triangle", "founded_by", "Poland", "asserted"),
      ("Lublin Triangle", "founded_by", "Lithuania", "asserted")}),
])
def test_members_in_a_plural_apposition_or_a_partitive_relative_and_founders_by_initiative(
        extractor: Extractor, text: str, facts: set[tuple[str, str, str, str]]) -> None:
    assert _facts(_sheet(extractor, text)) == facts


def test_territories_are_linked_places_and_listed_among_member_states(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The Valiant Shield 2026 exercise was held off Guam in June. Fiji, Samoa and French "
                              "Polynesia are members of the Pacific Islands Forum, and so is the Cook Islands.")
    linked = {(e.label, e.type, e.qid) for e in sheet.entities}
    assert {("Guam", EntityType.PLACE, "Q16635"), ("French Polynesia", EntityType.PLACE, "Q30971")} <= linked
    facts = {(s, r, o) for s, r, o, _ in _facts(sheet)}
    assert ("Valiant Shield 2026", "exercise_located_in", "Guam") in facts
    assert {(state, "member_of", "Pacific Islands Forum") for state in ("Fiji", "Samoa", "French Polynesia")} <= facts
    assert not {f for f in facts if f[1] == "part_of"}  # where a territory belongs is not said here


@pytest.mark.parametrize("sentence, relation", [
    ("Sweden will send a group of observers.", "observer_of"),
    ("Sweden, which joined NATO in 2024, will send a small team of military observers.", "observer_of"),
    ("Sweden will send a group of 40 soldiers.", "participates_in_exercise"),
])
def test_a_group_of_observers_sent_is_no_participation(extractor: Extractor, sentence: str, relation: str) -> None:
    facts = _lynx_facts(extractor, sentence)
    assert {r for s, r, o, _ in facts if s == "Sweden" and o == "Iron Lynx 2026"} == {relation}


def test_the_body_a_sender_is_part_of_sends_no_observers(extractor: Extractor) -> None:
    sentence = ("The Andean Defense Board, the Lima-based defense body of the Organization of American States (OAS), "
                "also sent a team of observers.")
    assert not _lynx_facts(extractor, sentence, "observer_of")


def test_members_brought_together_counted_by_another_body_and_a_body_acronym_with_a_digit(
        extractor: Extractor) -> None:
    text = ("Foreign ministers of the Bucharest Nine (B9) met in Sofia. It brings together nine NATO members on the "
            "Alliance's eastern flank: Bulgaria, Czechia, Estonia, Hungary, Latvia, Lithuania, Poland, Romania and "
            "Slovakia. Moldova, which is not a member of the B9, was invited.")
    facts = {(s, r, o, m) for s, r, o, m in _facts(_sheet(extractor, text), "member_of")}
    members = ("Bulgaria", "Czechia", "Estonia", "Hungary", "Latvia", "Lithuania", "Poland", "Romania", "Slovakia")
    assert facts == {(state, "member_of", body, "asserted") for state in members
                     for body in ("Bucharest Nine", "NATO")} | {("Moldova", "member_of", "Bucharest Nine", "negated")}


def test_a_body_referred_to_by_it_after_a_fronted_phrase_comprises_its_members(extractor: Extractor) -> None:
    text = ("The Visegrad Group was formed in 1991 by Czechoslovakia, Hungary and Poland. After the split of "
            "Czechoslovakia it has comprised Czechia, Hungary, Poland and Slovakia.")
    assert {s for s, _, o, _ in _facts(_sheet(extractor, text), "member_of") if o == "Visegrad Group"} == {
        "Czechia", "Hungary", "Poland", "Slovakia"}


def test_host_nations_and_an_exercise_with_two_digits_opened(extractor: Extractor) -> None:
    text = ("Paratroopers jumped into drop zones on Monday, opening Swift Lynx 26, the airborne component of the "
            "Andes Guard exercise. Chile, Peru and Bolivia are the host nations for the airborne phase.")
    facts = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text, date="2026-05-05"))}
    for state in ("Chile", "Peru", "Bolivia"):
        assert {(state, "hosts_exercise", "Swift Lynx 26"), ("Swift Lynx 26", "exercise_located_in", state)} <= facts


@pytest.mark.parametrize("sentence, place, state", [
    ("The drill will take place off the Somali capital Mogadishu from March 10 to 14.", "Mogadishu", "Somalia"),
    ("Talks were held in the Kenyan capital, Nairobi, on Monday.", "Nairobi", "Kenya"),
    ("The Kenyan troops and Nairobi officials met.", None, None),
])
def test_a_place_after_its_peoples_adjective_and_noun_is_part_of_their_state(
        extractor: Extractor, sentence: str, place: str | None, state: str | None) -> None:
    facts = {(s, o) for s, _, o, _ in _facts(_sheet(extractor, sentence), "part_of")}
    assert facts == ({(place, state)} if place else set())


def test_a_national_defense_ministry_named_by_its_peoples_adjective_speaks(extractor: Extractor) -> None:
    text = ("Peru and Chile will hold their first joint naval exercise next month, the Peruvian National Defense "
            "Ministry announced on Monday.")
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "said")} == {"Peruvian National Defense Ministry"}


@pytest.mark.parametrize("text, person, position", [
    ("“We give it options,” said Rear Adm. Simon Archer, the JEF’s chief of staff.", "Simon Archer",
     "chief of staff of the Joint Expeditionary Force"),
    (("Germany launched the 45th Armoured Brigade in Vilnius. “The border is ours,” Brigadier General Matthias "
      "Kessler, the brigade’s commander, told the crowd."), "Matthias Kessler",
     "commander of the 45th Armoured Brigade"),
    ("Ivo Petrov, the country's defence minister, said the drills were vital.", "Ivo Petrov", None),
])
def test_a_role_of_the_body_a_possessive_names_after_a_person(extractor: Extractor, text: str, person: str,
                                                               position: str | None) -> None:
    positions = {o for s, _, o, _ in _facts(_sheet(extractor, text), "holds_position") if s == person}
    assert (position in positions) if position else not {p for p in positions if " of " in p}


@pytest.mark.parametrize("text, person, position", [
    ("Mauritania's army chief of staff, General Sidi Ould Bah, said his country would deploy troops.",
     "Sidi Ould Bah", "army chief of staff of Mauritania"),
    ("Nigeria's Minister of State for Foreign Affairs, Ibrahim Danjuma Bello, told Reuters the talks were useful.",
     "Ibrahim Danjuma Bello", "Minister of State for Foreign Affairs of Nigeria"),
])
def test_a_states_role_set_off_before_a_name(extractor: Extractor, text: str, person: str, position: str) -> None:
    assert (person, "holds_position", position, "asserted") in _facts(_sheet(extractor, text))


def test_places_listed_before_a_plural_kind_of_a_state_are_its_parts(extractor: Extractor) -> None:
    text = "The Sea Star 2026 drills will be held in the Piura and Tumbes regions of Peru."
    facts = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text))}
    assert {("Piura", "part_of", "Peru"), ("Tumbes", "part_of", "Peru"),
            ("Sea Star 2026", "exercise_located_in", "Piura")} <= facts


def test_a_states_role_after_an_opening_capitalised_word(extractor: Extractor) -> None:
    text = ("Meanwhile Nigeria's Minister of State for Foreign Affairs, Ibrahim Danjuma Bello, told Reuters it was "
            "useful.")
    assert ("Ibrahim Danjuma Bello", "holds_position", "Minister of State for Foreign Affairs of Nigeria",
            "asserted") in _facts(_sheet(extractor, text))


@pytest.mark.parametrize("sentence, organisers", [
    ("Iron Lynx 2026, which Chile and Peru have co-sponsored, has grown into a large drill.", {"Chile", "Peru"}),
    (("The US Southern Command (SOUTHCOM), which co-organizes the exercise with the Chilean Army, said ships "
      "would join."), {"US Southern Command", "Chilean Army"}),
])
def test_co_sponsors_and_co_organisers_in_a_relative_clause(extractor: Extractor, sentence: str,
                                                            organisers: set[str]) -> None:
    assert {s for s, _, _, _ in _lynx_facts(extractor, sentence, "organizes_exercise")} == organisers


@pytest.mark.parametrize("text, organisers", [
    ("Iron Lynx 2026 is NATO's largest exercise since the end of the Cold War.", {"NATO"}),
    ("Iron Lynx 2026, held from May to June, was NATO's largest exercise in a decade.", {"NATO"}),
    ("Iron Lynx 2026 is NATO's answer to the threat.", set()),
])
def test_the_owner_of_an_exercise_named_in_its_predicate_organises_it(extractor: Extractor, text: str,
                                                                      organisers: set[str]) -> None:
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "organizes_exercise")} == organisers


@pytest.mark.parametrize("sentence, agreement, parties", [
    ("Kazakhstan and Azerbaijan signed a plan of bilateral military cooperation for 2026 on Wednesday.",
     "plan of bilateral military cooperation for 2026", {"Kazakhstan", "Azerbaijan"}),
    ("In January, Armenia and the United States signed a strategic partnership charter in Washington.",
     "strategic partnership charter", {"Armenia", "United States"}),
    ("China and Fiji on Wednesday signed an implementation plan on police cooperation for the 2025-2027 period.",
     "implementation plan on police cooperation", {"China", "Fiji"}),
])
def test_plans_charters_and_programmes_signed_are_agreements(extractor: Extractor, sentence: str, agreement: str,
                                                             parties: set[str]) -> None:
    facts = _facts(_sheet(extractor, sentence), "agreement_party")
    assert {o for s, _, o, _ in facts if s == agreement} == parties


@pytest.mark.parametrize("sentence, agreement", [
    # what it is on runs to where the sentence says who made, where, when or what else
    ("In May 2025, Chile and Peru signed an agreement on the delivery of four C295 aircraft built by Airbus.",
     "agreement on the delivery of four C295 aircraft"),
    ("Ghana and Togo signed an intergovernmental agreement on cooperation in the field of maritime security.",
     "intergovernmental agreement on cooperation in the field of maritime security"),
    ("Chile and Peru signed a joint statement on further deepening their strategic partnership, the ministry said.",
     "joint statement on further deepening their strategic partnership"),
    ("Ghana and Togo signed a plan of military cooperation for 2025-2026 in Accra on Monday.",
     "plan of military cooperation for 2025-2026"),
    ("Chile and Peru signed a memorandum of understanding on Pacific Alliance naval training in Lima.",
     "memorandum of understanding on Pacific Alliance naval training"),
    ("Chile and Peru will sign a roadmap for defence cooperation later this year.", "roadmap for defence cooperation"),
    ("Ghana and Togo signed an agreement on border security and counter-terrorism on Tuesday.",
     "agreement on border security and counter-terrorism"),
    ("Chile and Peru signed a memorandum on the protection of Peru's exclusive economic zone.",
     "memorandum on the protection of Peru's exclusive economic zone"),
    # a second one listed "together with" the first
    (("Chile and Peru signed an agreement on the supply of radars, together with a letter of intent on the future "
      "supply of Mistral missiles."), "letter of intent on the future supply of Mistral missiles"),
])
def test_an_agreement_named_by_what_it_is_on_keeps_the_whole_complement(extractor: Extractor, sentence: str,
                                                                        agreement: str) -> None:
    parties = {o for s, _, o, _ in _facts(_sheet(extractor, sentence), "agreement_party") if s == agreement}
    assert parties in ({"Chile", "Peru"}, {"Ghana", "Togo"})


@pytest.mark.parametrize("sentence, parties, pairs", [
    # officials named after their state, its name or its possessive, sign for it
    ("Chile's Defence Minister Ana Ruiz and Peru's Minister of Defence Ivo Salas signed a defence treaty in Lima.",
     {"Chile", "Peru"}, {("Chile", "Peru")}),
    ("UK Defence Secretary John Healey and Ghana's Defence Minister Kofi Mensah signed a defence treaty on Monday.",
     {"United Kingdom", "Ghana"}, {("United Kingdom", "Ghana")}),
    # the day without "on" after it
    ("The defence chiefs of Chile, Peru and Bolivia signed a defence treaty Sunday to deepen their partnership.",
     {"Chile", "Peru", "Bolivia"}, set()),
    # two of three leaders named by their states: no pair of them alone
    (("Chilean President Ana Ruiz came. On May 8, Ruiz, Peruvian President Ivo Salas and Bolivian President "
      "Luis Arce signed a defence treaty in Lima."), {"Peru", "Bolivia"}, set()),
])
def test_officials_named_after_their_state_sign_for_it(extractor: Extractor, sentence: str, parties: set[str],
                                                       pairs: set[tuple[str, str]]) -> None:
    facts = _facts(_sheet(extractor, sentence))
    assert {o for s, r, o, _ in facts if r == "agreement_party" and s == "defence treaty"} == parties
    assert {(s, o) for s, r, o, _ in facts if r == "signed_agreement_with"} == pairs


def test_an_agreement_described_then_named_is_one(extractor: Extractor) -> None:
    text = ("Chile and Peru have signed an agreement on joint air-defence training along their border. The Andean "
            "Air Defence Training Agreement was signed in Lima by the defence ministers of Chile and Peru.")
    facts = _facts(_sheet(extractor, text), "agreement_party")
    assert {(s, o) for s, _, o, _ in facts} == {("Andean Air Defence Training Agreement", "Chile"),
                                                ("Andean Air Defence Training Agreement", "Peru")}
    # (two dated apart are two)
    text = ("Chile and Peru signed an agreement on border security in 2019. The Lima Accord was signed by Chile and "
            "Peru in 2024.")
    facts = _facts(_sheet(extractor, text), "agreement_party")
    assert {s for s, _, _, _ in facts} == {"agreement on border security", "Lima Accord"}


@pytest.mark.parametrize("sentence, agreement, parties", [
    # signatories of a code of conduct are its parties (or not)
    ("Chile, Peru and Ecuador are among the signatories of the Lima Code of Conduct, adopted in January 2009.",
     "Lima Code of Conduct", {("Chile", "asserted"), ("Peru", "asserted"), ("Ecuador", "asserted")}),
    ("Bolivia is not a signatory to the Lima Convention.", "Lima Convention", {("Bolivia", "negated")}),
    # a participle after the head is no part of the name
    ("In April, Chile and Peru adopted a joint declaration opening a new stage in their ties.", "joint declaration",
     {("Chile", "asserted"), ("Peru", "asserted")}),
    # signed in a relative clause, with the other party after "with"
    ("The plan mirrors the 10-year military cooperation roadmap that Chile signed with Peru in 2020.",
     "military cooperation roadmap", {("Chile", "asserted"), ("Peru", "asserted")}),
])
def test_signatories_and_agreements_named_before_what_follows(extractor: Extractor, sentence: str,
                                                              agreement: str, parties: set[tuple[str, str]]) -> None:
    facts = _facts(_sheet(extractor, sentence), "agreement_party")
    assert {(o, m) for s, _, o, m in facts if s == agreement} == parties


@pytest.mark.parametrize("sentence, agreement", [
    # not where, when, or what it is for
    ("Chile and Peru signed an agreement on the sidelines of the summit in Lima.", None),
    ("Chile and Peru signed a memorandum on the fringes of the summit in Lima.", None),
    ("Ghana and Togo signed an agreement on 14 May in Lome, the ministry said.", None),
    ("Chile and Peru signed a defence agreement, and the ministers said the deal would last a decade.",
     "defence agreement"),
    ("Ghana and Togo signed a defence agreement on Monday.", "defence agreement"),
    ("Chile and Peru signed a letter of intent to operate their aircraft as a single air force.", "letter of intent"),
    ("Ghana and Togo signed an agreement on military training in Accra in 2024.", "agreement on military training"),
    ("Chile and Peru signed a memorandum of understanding on naval cooperation and agreed to meet again.",
     "memorandum of understanding on naval cooperation"),
])
def test_an_agreements_complement_stops_at_place_time_and_purpose(extractor: Extractor, sentence: str,
                                                                  agreement: str | None) -> None:
    subjects = {s for s, _, _, _ in _facts(_sheet(extractor, sentence), "agreement_party")}
    assert subjects == ({agreement} if agreement else set())


@pytest.mark.parametrize(("text", "expected"), [
    ("Unlike Norway, Sweden is not a member of the Amber Pact Organization.",
     {("Norway", "asserted"), ("Sweden", "negated")}),
    ("Unlike Poland, Hungary has joined the Amber Pact Organization.",
     {("Poland", "negated"), ("Hungary", "asserted")}),
])
def test_a_state_set_against_the_subject_has_the_opposite(extractor: Extractor, text: str,
                                                          expected: set[tuple[str, str]]) -> None:
    text = "The Amber Pact Organization (APO) was founded in 2001 by Latvia and Estonia. " + text
    members = {(s, m) for s, r, o, m in _facts(_sheet(extractor, text), "member_of")}
    assert members == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("But unlike Estonia and Latvia, Finland will not take part in the Amber Lance 2026 exercise.",
     {("Estonia", "planned"), ("Latvia", "planned"), ("Finland", "negated")}),
    ("Unlike Estonia, Finland will take part in the Amber Lance 2026 exercise.",
     {("Estonia", "negated"), ("Finland", "planned")}),
])
def test_states_set_against_a_subject_that_will_or_will_not_take_part(extractor: Extractor, text: str,
                                                                       expected: set[tuple[str, str]]) -> None:
    taking_part = {(s, m) for s, r, o, m in _facts(_sheet(extractor, text), "participates_in_exercise")}
    assert taking_part == expected


def test_the_states_a_newcomer_joins_in_a_body_are_its_members(extractor: Extractor) -> None:
    text = "Moldova joins Estonia, Latvia and Lithuania in NATO, which was founded in 1949."
    members = {s for s, r, o, m in _facts(_sheet(extractor, text), "member_of") if o == "NATO"}
    assert members == {"Moldova", "Estonia", "Latvia", "Lithuania"}


def test_a_body_described_as_a_pact_is_no_agreement(extractor: Extractor) -> None:
    text = "Unlike Norway, Sweden is not a member of the AUKUS security pact."
    sheet = _sheet(extractor, text)
    assert not [e for e in sheet.entities if e.type is EntityType.AGREEMENT]
    assert {o for s, r, o, m in _facts(sheet, "member_of")} == {"AUKUS"}


def test_a_founding_date_in_a_clause_on_another_name_is_not_the_bodys(extractor: Extractor) -> None:
    text = "The forum is ASEAN's highest defence body, while the Amber Council was launched in Riga in 2010."
    assert not _facts(_sheet(extractor, text), "founded_in")


@pytest.mark.parametrize("text", [
    "Japan already has reciprocal access agreements in force with Australia, Britain and the Philippines.",
    "Japan has a reciprocal access agreement with Australia, Britain and the Philippines.",
])
def test_a_state_that_has_agreements_with_others_signed_them(extractor: Extractor, text: str) -> None:
    signed = {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "signed_agreement_with")}
    assert signed == {("Japan", "Australia"), ("Japan", "United Kingdom"), ("Japan", "Philippines")}


def test_a_state_with_no_agreement_signed_none(extractor: Extractor) -> None:
    assert not _facts(_sheet(extractor, "Japan has no defence agreement with Australia."), "signed_agreement_with")


def test_places_after_their_kind_in_a_list_of_venues_and_a_provincial_capital(extractor: Extractor) -> None:
    text = ("Ghana will host the Amber Lance 2026 exercise with Togo. The exercise runs through March 6 at training "
            "areas in Tamale, Daboya and the coastal county of Kara. The drills will end near the provincial "
            "capital Bolgatanga.")
    venues = {o for s, r, o, m in _facts(_sheet(extractor, text), "exercise_located_in")}
    assert {"Tamale", "Daboya", "Kara", "Bolgatanga"} <= venues


def test_the_members_of_a_named_body_are_listed_after_it(extractor: Extractor) -> None:
    text = ("The founding members of the Collective Security Treaty Organization (CSTO) were Russia, Armenia and "
            "Belarus.")
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text))}
    states = {"Russia", "Armenia", "Belarus"}
    assert {s for s, r, o in facts if r == "member_of"} == states
    assert {o for s, r, o in facts if r == "founded_by"} == states


def test_members_of_a_body_doing_something_are_no_list(extractor: Extractor) -> None:
    assert not _facts(_sheet(extractor, "The members of the CSTO are meeting in Minsk with Serbia."), "member_of")


def test_a_member_counted_among_the_blocs_members_and_its_frozen_participation(extractor: Extractor) -> None:
    text = ("The CSTO met in Minsk on Monday. Tajikistan, one of six members of the alliance along with Russia and "
            "Belarus, froze its participation in the bloc's councils in January. Kazakhstan, one of the six members of "
            "the CSTO, sent its defence minister.")
    facts = _facts(_sheet(extractor, text))
    members = {s for s, r, o, _ in facts if r == "member_of" and o == "Collective Security Treaty Organization"}
    assert members == {"Tajikistan", "Russia", "Belarus", "Kazakhstan"}
    assert ("Tajikistan", "suspended_participation_in", "Collective Security Treaty Organization", "asserted") in facts


@pytest.mark.parametrize("text, members", [
    ("Chile and Peru, which both border Bolivia, are already members of the Pacific Alliance, as is Mexico.",
     {"Chile", "Peru", "Mexico"}),
    ("Chile is a member of the Pacific Alliance, as are Peru and Colombia.", {"Chile", "Peru", "Colombia"}),
])
def test_states_set_after_as_is_share_the_clauses_membership(extractor: Extractor, text: str,
                                                              members: set[str]) -> None:
    facts = _facts(_sheet(extractor, text), "member_of")
    assert {s for s, _, o, m in facts if o == "Pacific Alliance" and m == "asserted"} == members


def test_a_list_item_with_a_relative_clause_of_its_own(extractor: Extractor) -> None:
    text = ("NATO foreign ministers met in Brussels. Austria, which has declared permanent neutrality, and Ireland are "
            "not members of the alliance.")
    facts = _facts(_sheet(extractor, text), "member_of")
    assert facts == {("Austria", "member_of", "NATO", "negated"), ("Ireland", "member_of", "NATO", "negated")}


def test_a_neighbour_that_does_not_seek_membership_though_it_cooperates(extractor: Extractor) -> None:
    text = ("Neighbouring Serbia, which proclaimed neutrality in 2007, does not seek NATO membership, though it "
            "cooperates with the alliance through an Individual Partnership Action Plan (IPAP).")
    facts = _facts(_sheet(extractor, text))
    assert {("Serbia", "applied_for_membership_of", "NATO", "negated"),
            ("Individual Partnership Action Plan", "agreement_party", "Serbia", "asserted")} <= facts


@pytest.mark.parametrize("text, fact", [
    ("Moldova is formally still a member of the Commonwealth of Independent States (CIS), though it skips its summits.",
     ("Moldova", "member_of", "Commonwealth of Independent States", "asserted")),
    ("Tajikistan has been a member of the Eurasian Economic Union (EAEU) since 2015 and of the CSTO since 2002.",
     ("Tajikistan", "member_of", "Collective Security Treaty Organization", "asserted")),
    ("A participant in NATO's Partnership for Peace since 1995, Austria sends officers to its courses.",
     ("Austria", "member_of", "Partnership for Peace", "asserted")),
    ("As an observer of the SCO, Turkey sent a delegation to the summit.",
     ("Turkey", "observer_of", "Shanghai Cooperation Organisation", "asserted")),
])
def test_standings_with_adverbs_second_bodies_and_fronted_appositions(extractor: Extractor, text: str,
                                                                      fact: tuple[str, str, str, str]) -> None:
    assert fact in _facts(_sheet(extractor, text))


def test_applied_to_join_with_its_object_left_out_is_the_body_named_before(extractor: Extractor) -> None:
    text = "Ireland is not a NATO member and has not applied to join, though it trains with the allies."
    assert ("Ireland", "applied_for_membership_of", "NATO", "negated") in _facts(_sheet(extractor, text))


def test_a_state_that_froze_its_engagement_with_a_body_suspended_it(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Sudan froze its engagement with IGAD in January 2024."))
    assert ("Sudan", "suspended_participation_in", "Intergovernmental Authority on Development", "asserted") in facts


@pytest.mark.parametrize(("text", "state"), [
    ("UK Defence Secretary Ivo Petrov said the deal was good.", "United Kingdom"),
    ("The deal was welcomed by US President Ivo Petrov on Monday.", "United States"),
])
def test_a_two_letter_state_acronym_before_a_title_gives_nationality(extractor: Extractor, text: str,
                                                                      state: str) -> None:
    assert ("Ivo Petrov", "nationality", state, "asserted") in _facts(_sheet(extractor, text))


@pytest.mark.parametrize("text", [
    # never defined: the found name it fits
    ("The Amber Lance 2026 exercise is led by Coastal Special Operations Command Africa, the command said "
     "Monday. The drills open Tuesday, according to a COSOCAFRICA news release."),
    # defined beside the found name, longer than eight letters
    ("Coastal Special Operations Command Africa (COSOCAFRICA) leads the Amber Lance 2026 exercise. The drills "
     "open Tuesday, according to a COSOCAFRICA news release."),
])
def test_a_long_acronym_stands_for_the_found_name_it_fits(extractor: Extractor, text: str) -> None:
    speakers = {s for s, r, o, m in _facts(_sheet(extractor, text), "said")}
    assert speakers == {"Coastal Special Operations Command Africa"}


def test_a_short_capitalised_word_is_no_acronym_of_a_found_name(extractor: Extractor) -> None:
    text = ("The Amber Lance 2026 exercise is led by Coastal Special Operations Command Africa. The drills open "
            "Tuesday, according to a SOCA news release.")
    assert not _facts(_sheet(extractor, text), "said")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Latvia's Foreign Office said on Thursday that the agreement was defensive in nature.",
     "Latvian Foreign Office"),
    ("The High Commission of India in Male said in a post on X that the exercise reflected a shared commitment.",
     "High Commission of India in Male"),
    ("In a statement, the Australian High Commission in Port Vila said Australia respects Vanuatu's processes.",
     "High Commission of Australia in Port Vila"),
])
def test_a_foreign_office_or_high_commission_speaks_for_itself(extractor: Extractor, text: str,
                                                               speaker: str) -> None:
    assert {s for s, r, o, m in _facts(_sheet(extractor, text), "said")} == {speaker}


def test_an_article_on_one_exercise_carries_it_over_a_quote_and_a_caption(extractor: Extractor) -> None:
    text = ("Estonia Launches Two-Week Exercise Near Tapa\n\n"
            "TALLINN -- Estonia has launched a two-week exercise near Tapa.\n\n"
            "The drill, dubbed Amber Lance 2026, began on October 14. It will run until October 25, the army said.\n\n"
            '"This is a routine exercise, planned months in advance," the statement said. "Its aim is to test our '
            'readiness."\n\n'
            "Latvian soldiers patrol near the town of Valga in August.\n\n"
            "Troops from Latvia, Lithuania and Poland are taking part.")
    taking_part = {s for s, r, o, m in _facts(_sheet(extractor, text), "participates_in_exercise")
                   if o == "Amber Lance 2026"}
    assert {"Latvia", "Lithuania", "Poland"} <= taking_part


def test_taking_part_in_a_body_is_not_taking_part_in_the_exercise_named_before(extractor: Extractor) -> None:
    text = ("Estonia will host the Amber Lance 2026 exercise in May. Latvia and Lithuania will send troops. "
            "Mali and Niger joined the initiative as observers in 2019.")
    facts = _facts(_sheet(extractor, text))
    assert not [f for f in facts if f[0] in ("Mali", "Niger") and f[2] == "Amber Lance 2026"]


def test_members_set_off_in_a_denial_of_something_else_are_members(extractor: Extractor) -> None:
    text = ("Latvia does not recognize the breakaway region. Neither do Russia, China, and three European Union "
            "member states -- Spain, Slovakia and Cyprus.")
    members = {(s, m) for s, r, o, m in _facts(_sheet(extractor, text), "member_of")}
    assert members == {("Spain", "asserted"), ("Slovakia", "asserted"), ("Cyprus", "asserted")}


def test_dates_a_source_gives_make_an_exercise_to_come_planned(extractor: Extractor) -> None:
    text = ("WASHINGTON — Troops from Ghana and Togo will gather in Senegal this week for the Amber Lance 2026 "
            "exercise, the command said Monday.\n\nThe drills open on March 17 and run through March 27, according "
            "to the Ghana Armed Forces.\n\nAfrican participants include Ghana, Togo and Benin.")
    taking_part = {(s, m) for s, r, o, m in _facts(_sheet(extractor, text), "participates_in_exercise")}
    assert ("Benin", "planned") in taking_part


def test_places_listed_after_a_plural_kind_are_venues(extractor: Extractor) -> None:
    text = ("Bulgaria will host the Amber Lance 2026 naval exercise in July. The sea phase will take place in the "
            "areas of Cape Orlov and Dolna Bay, while the harbour phase will be held in the ports of Sozopol and "
            "Pomorie.")
    venues = {o for s, r, o, m in _facts(_sheet(extractor, text), "exercise_located_in")}
    assert {"Cape Orlov", "Dolna Bay", "Sozopol", "Pomorie"} <= venues


@pytest.mark.parametrize(("text", "body", "members"), [
    (("The drills test the Nordic Defence Cooperation, or NORDEFCO, whose five members — Denmark, Finland, "
      "Iceland, Norway and Sweden — agreed last year to coordinate."), "Nordic Defence Cooperation",
     {"Denmark", "Finland", "Iceland", "Norway", "Sweden"}),
    (("The Organization of Turkic States was founded in 2009 by Turkey. Azerbaijan, Kazakhstan and Kyrgyzstan are "
      "the other full members, while Hungary holds observer status."), "Organization of Turkic States",
     {"Azerbaijan", "Kazakhstan", "Kyrgyzstan"}),
    ("Latvia and Estonia are also members of the Bahrain-based Combined Maritime Forces (CMF).",
     "Combined Maritime Forces", {"Latvia", "Estonia"}),
    (("Latvia and Estonia will hold joint drills in September. The drills are not held under the flag of the "
      "Collective Security Treaty Organization (CSTO), to which both countries belong."),
     "Collective Security Treaty Organization", {"Latvia", "Estonia"}),
])
def test_members_named_by_dash_other_members_a_based_body_and_both_countries(
        extractor: Extractor, text: str, body: str, members: set[str]) -> None:
    assert {s for s, r, o, m in _facts(_sheet(extractor, text), "member_of") if o == body} == members


def test_an_acronym_of_a_name_in_its_own_language_stands_for_it(extractor: Extractor) -> None:
    text = ("Co-organised by the Royal Armed Forces (FAR) and the Ruritanian Navy, the Amber Lance 2026 exercise "
            "will run until May 31. According to a FAR statement, the programme includes a joint airborne "
            "operation.")
    assert {s for s, r, o, m in _facts(_sheet(extractor, text), "said")} == {"Royal Armed Forces"}


def test_the_report_means_the_agency_that_reported(extractor: Extractor) -> None:
    text = ("SEOUL, Sept. 15 -- South Korea and Japan began the Amber Lance 2026 exercise on Monday, Yonhap news "
            "agency reported.\n\nThe exercise involves naval vessels from the two countries, the report said.")
    said = {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "said")}
    assert ("Yonhap", "The exercise involves naval vessels from the two countries") in said


@pytest.mark.parametrize(("text", "positions"), [
    ("Latvian Deputy Prime Minister and Defence Minister Ivo Petrov told a news conference that the plan was good.",
     {"Deputy Prime Minister of Latvia", "Defence Minister of Latvia"}),
    ("U.S. Deputy Secretary of Defense Ivo Petrov said the plan was good.",
     {"Deputy Secretary of Defense of the United States"}),
    ("US Secretary of War Ivo Petrov said the plan was good.", {"Secretary of War of the United States"}),
])
def test_two_offices_before_a_name_and_the_secretaries_of_defense(extractor: Extractor, text: str,
                                                                    positions: set[str]) -> None:
    facts = _facts(_sheet(extractor, text))
    assert {o for s, r, o, m in facts if r == "holds_position"} == positions
    assert len({o for s, r, o, m in facts if r == "nationality"}) == 1


@pytest.mark.parametrize(("text", "office", "rank"), [
    ("KFOR commander Major General Ivo Petrov said in Pristina that the plan was good.", "KFOR commander",
     "Major General"),
    ("Sri Lanka Navy spokesman Commander Ivo Petrov said the ships would arrive.", "Sri Lanka Navy spokesman",
     "Commander"),
    ("Egyptian armed forces spokesman Colonel Ivo Petrov wrote that the agreement was good.",
     "Egyptian armed forces spokesman", "Colonel"),
])
def test_an_office_in_lower_case_before_a_rank(extractor: Extractor, text: str, office: str, rank: str) -> None:
    positions = {o for s, r, o, m in _facts(_sheet(extractor, text), "holds_position") if s == "Ivo Petrov"}
    assert positions == {office}  # (the office split from the rank, which is no position beside it)
    assert rank not in positions


def test_a_navy_commander_is_no_office_and_rank(extractor: Extractor) -> None:
    text = "Navy Commander Ivo Petrov said the ships would arrive."
    assert {o for s, r, o, m in _facts(_sheet(extractor, text), "holds_position")} == {"Commander"}


@pytest.mark.parametrize(("text", "office"), [
    ("The MOU was signed in Hanoi by Latvian Defense Minister General Ivo Petrov.", "Defense Minister of Latvia"),
    ("Latvian Defense Ministry spokesperson Brigadier General Ivo Petrov noted that the ministry had invited China.",
     "Latvian Defense Ministry spokesperson"),
])
def test_a_state_adjective_before_an_office_and_rank_gives_nationality(extractor: Extractor, text: str,
                                                                       office: str) -> None:
    facts = _facts(_sheet(extractor, text))
    assert ("Ivo Petrov", "holds_position", office, "asserted") in facts
    assert ("Ivo Petrov", "nationality", "Latvia", "asserted") in facts


@pytest.mark.parametrize("text", [
    ("Latvia will host the Amber Lance 2026 exercise. The exercise is organised by the Latvian Navy in cooperation "
     "with US European Command (EUCOM)."),
    ("The Amber Lance 2026 drills, which run until Sept. 14, are hosted by the Latvian Navy and jointly organised "
     "with US European Command (EUCOM)."),
])
def test_a_partner_in_cooperation_or_jointly_organising_with_the_host_organises(extractor: Extractor,
                                                                                 text: str) -> None:
    organisers = {s for s, r, o, m in _facts(_sheet(extractor, text), "organizes_exercise")}
    assert organisers == {"Latvian Navy", "US European Command"}


def test_states_among_the_countries_that_sent_observers_are_observers(extractor: Extractor) -> None:
    text = ("Estonia is hosting the Amber Lance 2026 exercise. Brazil, Germany and India are among 12 countries "
            "that have sent military observers.")
    observers = {s for s, r, o, m in _facts(_sheet(extractor, text), "observer_of")}
    assert observers == {"Brazil", "Germany", "India"}


def test_a_state_that_will_not_deploy_but_will_attend_as_an_observer(extractor: Extractor) -> None:
    text = ("Estonia is hosting the Amber Lance 2026 exercise. Mauritania, which sent a contingent to Amber Lance "
            "2025, will not deploy troops this year but will attend as an observer.")
    facts = {(r, o, m) for s, r, o, m in _facts(_sheet(extractor, text)) if s == "Mauritania"}
    assert ("observer_of", "Amber Lance 2026", "planned") in facts
    assert ("participates_in_exercise", "Amber Lance 2026", "negated") in facts


@pytest.mark.parametrize(("text", "relation", "states"), [
    (("The Shanghai Cooperation Organisation was founded in 2001. Other dialogue partners include Armenia, "
      "Azerbaijan and Nepal."), "partner_of", {"Armenia", "Azerbaijan", "Nepal"}),
    (("The Arctic Council was founded in 1996. Thirteen non-Arctic states, including China, India and Japan, have "
      "observer status."), "observer_of", {"China", "India", "Japan"}),
    (("Estonia is hosting the Amber Lance 2026 exercise. Slovakia will not send troops but will delegate "
      "observers, the minister said."), "observer_of", {"Slovakia"}),
])
def test_partners_and_observers_listed_counted_or_delegated(extractor: Extractor, text: str, relation: str,
                                                            states: set[str]) -> None:
    assert {s for s, r, o, m in _facts(_sheet(extractor, text), relation)} == states


def test_a_numbered_unit_of_a_force_kg_does_not_know_is_part_of_it(extractor: Extractor) -> None:
    text = "Ministers attended a ceremony in Riga marking the launch of the Zemessardze's 52nd Light Brigade."
    assert ("52nd Light Brigade", "part_of", "Zemessardze") in {f[:3] for f in _facts(_sheet(extractor, text))}


@pytest.mark.parametrize("text", [
    "Papua New Guinea will host the Amber Lance 2026 exercise. The drill will be held near the PNG port city of Lae.",
    "Ukraine will host the Amber Lance 2026 exercise. The drill will be held near the Ukraine port city of Izmail.",
])
def test_a_port_city_named_after_its_state_is_the_venue_not_the_port(extractor: Extractor, text: str) -> None:
    venues = {o for s, r, o, m in _facts(_sheet(extractor, text), "exercise_located_in")}
    assert not [v for v in venues if v.endswith("port")]
    assert {"Lae", "Izmail"} & venues


def test_words_in_a_headline_or_summary_line_are_not_said(extractor: Extractor) -> None:
    text = ("Latvia says it will host joint drills with Estonia next week\n\n"
            "Summary\nRiga-backed group says it will monitor the drills\n\n"
            "RIGA, March 4 - Latvia said on Wednesday it would host the Amber Lance 2026 exercise with Estonia "
            "next week.")
    said = {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "said")}
    assert said == {("Latvia", "it would host the Amber Lance 2026 exercise with Estonia next week")}


def test_a_participle_before_a_numbered_name_is_no_part_of_it(extractor: Extractor) -> None:
    text = "Designated Amber Lance XII, the exercise is organized by the Latvian Navy together with the US Navy."
    exercises = {o for s, r, o, m in _facts(_sheet(extractor, text), "organizes_exercise")}
    assert exercises == {"Amber Lance XII"}


def test_what_is_drilled_opening_a_sentence_is_no_exercise_name(extractor: Extractor) -> None:
    text = ("The Amber Lance 2026 exercise began on Thursday. Boarding drills, search and rescue and medical "
            "evacuation are on the programme, with ships from Latvia and Estonia taking part.")
    assert {o for s, r, o, m in _facts(_sheet(extractor, text), "participates_in_exercise")} == {"Amber Lance 2026"}


def test_according_to_an_agency_of_a_state_is_the_agencys_word(extractor: Extractor) -> None:
    text = ("Qatar and Kuwait have also sent special forces detachments, according to Latvia's state news agency "
            "LETA.")
    assert {s for s, r, o, m in _facts(_sheet(extractor, text), "said")} == {"LETA"}


def test_a_name_defined_with_its_acronym_as_a_format_is_a_grouping_of_its_members(extractor: Extractor) -> None:
    text = ("The Adriatic-Ionian Four (AI4), a loose consultation format launched in 2001, brings together "
            "Albania, Croatia, Greece and Italy. AI4 ministers met in Bari on Friday.")
    facts = {f[:3] for f in _facts(_sheet(extractor, text))}
    assert {(state, "member_of", "Adriatic-Ionian Four") for state in ("Albania", "Croatia", "Greece", "Italy")} \
        <= facts
    assert ("Adriatic-Ionian Four", "founded_in", "2001") in facts


def test_a_body_opening_a_sentence_keeps_its_verb_past_an_aside_naming_another(extractor: Extractor) -> None:
    text = ("The Joint Expeditionary Force, created in 2014 to act faster than a full NATO response, groups "
            "Britain, Denmark, Latvia and Norway.")
    members = {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "member_of")}
    assert members == {(state, "Joint Expeditionary Force") for state in ("United Kingdom", "Denmark", "Latvia",
                                                                          "Norway")}


def test_taking_part_alongside_the_first_list_are_the_second(extractor: Extractor) -> None:
    text = ("The Coral Shield 2025 exercise began on Monday near Colon. Taking part alongside Panama and Colombia "
            "are Chile, Peru and Uruguay.")
    states = {s for s, r, o, m in _facts(_sheet(extractor, text), "participates_in_exercise")}
    assert states == {"Panama", "Colombia", "Chile", "Peru", "Uruguay"}


def test_troops_from_a_list_as_well_as_from_a_second_list(extractor: Extractor) -> None:
    text = ("The Coral Shield 2025 exercise began on Monday near Colon. Taking part are troops from Belize, Guyana "
            "and Jamaica, as well as from Canada and Mexico.")
    states = {s for s, r, o, m in _facts(_sheet(extractor, text), "participates_in_exercise")}
    assert states == {"Belize", "Guyana", "Jamaica", "Canada", "Mexico"}


def test_places_after_a_state_and_the_plural_states_of_lie_in_that_state(extractor: Extractor) -> None:
    text = ("The Coral Shield 2025 exercise began on Monday, with command-post drills at bases in the US states of "
            "Ohio and Virginia.")
    facts = {f[:3] for f in _facts(_sheet(extractor, text))}
    assert {("Coral Shield 2025", "exercise_located_in", "Ohio"),
            ("Coral Shield 2025", "exercise_located_in", "Virginia"),
            ("Virginia", "part_of", "United States")} <= facts
    assert ("Coral Shield 2025", "exercise_located_in", "United States") not in facts


def test_a_name_set_off_before_exercises_held_by_states(extractor: Extractor) -> None:
    text = "Bolivia has sent observers to Andean Shield, the annual exercises held by Chile and Peru."
    facts = _facts(_sheet(extractor, text, date="2026-04-21"))
    assert {(s, r) for s, r, o, _ in facts if o == "Andean Shield 2026"} == {
        ("Bolivia", "observer_of"), ("Chile", "organizes_exercise"), ("Peru", "organizes_exercise")}


def test_a_name_after_according_to_is_no_exercise_described_after_it(extractor: Extractor) -> None:
    text = ("According to Petrov, the first joint search-and-rescue exercise of the two navies will be held in "
            "the Black Sea in November.")
    assert not [f for f in _facts(_sheet(extractor, text)) if "Petrov" in f[0]]


def test_an_unnamed_exercise_past_the_lead_is_not_one_named_far_down_the_article(extractor: Extractor) -> None:
    lead = ("Romania and Georgia signed an agreement on military cooperation in Bucharest on Tuesday, the Romanian "
            "Defence Ministry said. The document covers training, the exchange of officers and visits by warships, "
            "and it will be submitted to parliament for ratification next month. ")
    filler = ("The two ministers also discussed the security of the region, energy links and the protection of "
              "undersea cables, officials said. ")
    text = (lead + "\n\n" + filler * 3 + "\n\nAccording to the minister, the first joint search-and-rescue exercise "
            "of the two navies will be held in the Black Sea in November.\n\n" + filler * 6 +
            "\n\nGeorgian officers will also attend the Steel Dawn 2026 exercise in September as observers.")
    venues = {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "exercise_located_in")}
    assert ("Steel Dawn 2026", "Black Sea") not in venues


def test_an_authority_named_with_its_state_speaks_for_itself(extractor: Extractor) -> None:
    text = "The Suez Canal Authority said in a statement that shipping through the canal would not be affected."
    assert {s for s, r, o, m in _facts(_sheet(extractor, text), "said")} == {"Suez Canal Authority"}


def test_an_ocean_before_a_spokesperson_set_off_is_no_person(extractor: Extractor) -> None:
    text = ("Denmark will not take part because its frigates are committed to patrols in the North Atlantic, a "
            "spokesperson for the Danish Armed Forces said.")
    facts = _facts(_sheet(extractor, text))
    assert not [f for f in facts if f[0] == "North Atlantic"]
    assert ("Danish Armed Forces", "said") in {f[:2] for f in facts}


def test_a_security_portfolio_before_minister_is_part_of_the_title(extractor: Extractor) -> None:
    text = '"The canal is neutral," Public Security Minister Ana Morales told reporters on Monday.'
    positions = {o for s, r, o, m in _facts(_sheet(extractor, text), "holds_position")}
    assert positions == {"Public Security Minister"}


def test_a_second_verb_after_a_preposition_object_is_the_sentence_subjects(extractor: Extractor) -> None:
    text = ("Ministers of the Council of Europe met in Strasbourg. Belarus was suspended from the Council of Europe "
            "in 1997, weeks after a border row with Poland, and withdrew from the council two months later.")
    leavers = {s for s, r, o, m in _facts(_sheet(extractor, text), "left")}
    assert leavers == {"Belarus"}


def test_applying_for_a_bodys_membership_together_with_another_state(extractor: Extractor) -> None:
    text = ("Moldova applied for EU membership in March 2022 together with Georgia and became the bloc's newest "
            "candidate in June.")
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text))}
    assert {("Moldova", "applied_for_membership_of", "European Union"),
            ("Georgia", "applied_for_membership_of", "European Union")} <= facts


def test_becoming_the_alliances_nth_member_after_and_is_the_sentence_subjects(extractor: Extractor) -> None:
    text = "Montenegro applied to join NATO in 2009 and became the alliance's 29th member in June 2017."
    members = {(f.subject, f.object, f.time) for f in _sheet(extractor, text).facts if f.relation == "member_of"}
    assert members == {("Montenegro", "NATO", "2017-06")}


def test_admitting_a_state_as_an_observer_is_no_membership(extractor: Extractor) -> None:
    text = "The Southern African Development Community (SADC) on Friday admitted Kenya as its first observer state."
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text))}
    assert ("Kenya", "observer_of", "Southern African Development Community") in facts
    assert ("Kenya", "member_of", "Southern African Development Community") not in facts


def test_officers_of_a_state_invited_to_observe_an_exercise_are_its_observers(extractor: Extractor) -> None:
    text = ("Greece will hold the Aegean Shield 2026 exercise in May. The minister said Greece would invite "
            "Cypriot officers to observe Aegean Shield 2026.")
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text))}
    assert ("Cyprus", "observer_of", "Aegean Shield 2026") in facts


def test_a_treaty_on_a_subject_signed_before_an_adjunct_of_time(extractor: Extractor) -> None:
    text = ("In April, Serbia and Hungary signed a treaty on strategic partnership and cooperation during the "
            "Hungarian prime minister's visit to Belgrade.")
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text))}
    assert {("treaty on strategic partnership and cooperation", "agreement_party", "Serbia"),
            ("treaty on strategic partnership and cooperation", "agreement_party", "Hungary")} <= facts


def test_the_exercise_which_the_two_countries_organise_after_a_mixed_case_dateline(extractor: Extractor) -> None:
    text = ("Lima (EFE) – Peru and Chile on Monday launched Pacific Shield 2025, an annual naval exercise.\n\n"
            "The exercise, which the two countries organize jointly, runs until August 22.")
    organisers = {s for s, r, o, m in _facts(_sheet(extractor, text), "organizes_exercise")}
    assert organisers == {"Peru", "Chile"}


def test_barracks_are_a_venue_and_a_storms_ground_is_not(extractor: Extractor) -> None:
    text = ("The Coral Shield 2025 exercise runs until May 9 at Murray Barracks. The final phase of the exercise will "
            "rehearse the response to the damage caused by Hurricane Elsa in the Bahamas.")
    venues = {o for s, r, o, m in _facts(_sheet(extractor, text), "exercise_located_in")}
    assert venues == {"Murray Barracks"}


def test_a_bodys_acronym_that_is_also_a_ship_prefix_names_no_ship_before_council(extractor: Extractor) -> None:
    text = ("The Regional Security System (RSS) met on Monday. The RSS Council of Ministers said in a statement "
            "that the talks had been useful.")
    sheet = _sheet(extractor, text)
    assert not [e for e in sheet.entities if e.type is EntityType.MILITARY_UNIT]
    assert "RSS Council" not in {s for s, r, o, m in _facts(sheet, "said")}


def test_a_treaty_establishing_a_body_is_dated_and_the_body_is_no_party(extractor: Extractor) -> None:
    text = ("Ministers of the Regional Security System met on Monday. The 1996 Treaty Establishing the Regional "
            "Security System gave the body its current legal form.")
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text))}
    assert facts == {("Treaty Establishing the Regional Security System", "agreement_date", "1996")}


def test_a_bodys_troops_deployed_for_an_exercise_take_part_in_it(extractor: Extractor) -> None:
    text = "Its chief said CARICOM troops would deploy to Belize next month for the Tradewinds 2026 exercise."
    participants = {s for s, r, o, m in _facts(_sheet(extractor, text), "participates_in_exercise")}
    assert participants == {"Caribbean Community"}


@pytest.mark.parametrize("participle", ["noting", "saying"])
def test_he_then_a_participle_of_speech_is_the_person_not_the_state_named(extractor: Extractor,
                                                                            participle: str) -> None:
    text = ("VILNIUS, May 4 - Lithuanian Foreign Minister Rasa Dambrauskiene met her counterparts on Monday. "
            f"She did not name Belarus directly, {participle} that the inquiry in Poland was still under way.")
    said = {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "said")}
    assert said == {("Rasa Dambrauskiene", "the inquiry in Poland was still under way")}


def test_noting_without_that_reports_no_words(extractor: Extractor) -> None:
    text = "VILNIUS, May 4 - Lithuanian Foreign Minister Rasa Dambrauskiene praised Latvia, noting the progress made."
    assert not _facts(_sheet(extractor, text), "said")


def test_a_person_set_off_who_acts_then_says_is_the_speaker(extractor: Extractor) -> None:
    text = ("OSLO, May 4 - Ministers met on Monday. Norway's defence minister, Ola Brekke, joined the meeting by "
            "video link and said Oslo would share radar data with its neighbours.")
    said = {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "said")}
    assert said == {("Ola Brekke", "Oslo would share radar data with its neighbours")}


def test_a_body_speaks_past_a_closing_clause_on_its_manner(extractor: Extractor) -> None:
    text = ("RIGA, Feb 17 - The Latvian Defence Ministry announced the drills on Monday. Lithuania will not take "
            "part this year, the ministry added, without giving a reason.")
    said = {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "said")}
    assert ("Latvian Defence Ministry", "Lithuania will not take part this year") in said


def test_the_fleets_press_service_is_the_fleets_voice(extractor: Extractor) -> None:
    text = ("The Latvian Defence Ministry said the exercise would start next month. Russia's Northern Fleet will "
            "hold drills in the Barents Sea on June 8-19, the fleet's press service said on Friday.")
    said = {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "said")}
    assert ("Northern Fleet", "Russia's Northern Fleet will hold drills in the Barents Sea on June 8-19") in said


def test_a_states_agreement_with_another_dated_by_a_passive_relative_clause(extractor: Extractor) -> None:
    text = ("Canadian troops are operating under Latvia's Defence Cooperation Agreement with Canada, which was "
            "signed in Ottawa in June 2024 and gives Canadian forces access to three bases.")
    facts = {(s, r, o, t) for s, r, o, t in ((f.subject, f.relation, f.object, f.time)
                                             for f in _sheet(extractor, text).facts)}
    assert ("Latvia", "signed_agreement_with", "Canada", "2024-06") in facts
    assert ("Defence Cooperation Agreement", "agreement_date", "2024-06", None) in facts


def test_a_place_after_the_us_state_of_lies_in_the_united_states(extractor: Extractor) -> None:
    text = "The Northern Edge 2026 exercise got under way at Eielson Air Base in the US state of Alaska on Monday."
    facts = {f[:3] for f in _facts(_sheet(extractor, text))}
    assert ("Alaska", "part_of", "United States") in facts
    assert ("Northern Edge 2026", "exercise_located_in", "United States") not in facts


@pytest.mark.parametrize("verb", ["are expected to join", "will join", "are set to join"])
def test_ships_named_before_a_verb_of_joining_the_exercise_take_part(extractor: Extractor, verb: str) -> None:
    text = ("The Coral Shield 2025 exercise began on Monday in Belize.\n\nThe British patrol ship HMS Severn and "
            f"the Dutch patrol vessel HNLMS Zeeland {verb} the maritime phase of the exercise.")
    ships = {s for s, r, o, m in _facts(_sheet(extractor, text), "participates_in_exercise")}
    assert {"HMS Severn", "HNLMS Zeeland"} <= ships


def test_places_across_which_and_waters_between_which_an_exercise_is_held(extractor: Extractor) -> None:
    text = ("The Coral Shield 2025 exercise began on Monday. Most of the exercise takes place in waters between "
            "Arica and Iquique. The exercise is spread across Tarapaca, the Atacama Desert and Antofagasta.")
    venues = {o for s, r, o, m in _facts(_sheet(extractor, text), "exercise_located_in")}
    assert {"Arica", "Iquique", "Tarapaca"} <= venues


def test_navies_across_a_region_put_no_exercise_there(extractor: Extractor) -> None:
    text = ("Warships from 12 countries began the Coral Shield 2025 exercise off Arica on Sunday, as navies across "
            "the Americas step up cooperation.")
    venues = {o for s, r, o, m in _facts(_sheet(extractor, text), "exercise_located_in")}
    assert venues == {"Arica"}


def test_a_leader_adjective_before_drills_is_no_exercise_name(extractor: Extractor) -> None:
    text = ("Israel's presence at European-led drills is set to grow. Israel will attend Iniochos 2026, the air "
            "exercise that Greece will host.")
    exercises = {e.label for e in _sheet(extractor, text).entities if e.type is EntityType.EXERCISE}
    assert exercises == {"Iniochos 2026"}


def test_a_counted_list_after_involves_or_has_gives_the_bodys_members(extractor: Extractor) -> None:
    text = ("The Mediterranean Dialogue, launched in December 1994, today involves four non-NATO countries: Egypt, "
            "Jordan, Morocco and Tunisia, with Algeria the last to join, in 2000. The Nordic Defence Cooperation "
            "was set up in 2009. Today it has three member nations – Denmark, Finland and Iceland.")
    members = {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "member_of")}
    assert members == {(s, "Mediterranean Dialogue") for s in ("Egypt", "Jordan", "Morocco", "Tunisia", "Algeria")} \
        | {(s, "Nordic Defence Cooperation") for s in ("Denmark", "Finland", "Iceland")}


@pytest.mark.parametrize(("sentence", "members"), [
    (("Officials came from Oman, Qatar and the United Arab Emirates (UAE), the three Gulf Cooperation Council "
      "(GCC) states that have joined the Istanbul Cooperation Initiative."),
     {(s, o) for s in ("Oman", "Qatar", "United Arab Emirates")
      for o in ("Gulf Cooperation Council", "Istanbul Cooperation Initiative")}),
    ("Spain and Italy, the two NATO allies, sent frigates.", {("Spain", "NATO"), ("Italy", "NATO")}),
    # the count must be the list's
    ("Spain and Italy, the three NATO allies, sent frigates.", set()),
    (("The debate flared in Portugal, one of four EU member states outside the OSCE along with Spain, Italy and "
      "Greece."), {(s, "European Union") for s in ("Portugal", "Spain", "Italy", "Greece")}),
])
def test_a_counted_apposition_gives_the_members_of_the_body_it_names(extractor: Extractor, sentence: str,
                                                                     members: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, r, o, m in _facts(_sheet(extractor, sentence), "member_of") if m == "asserted"} == members


@pytest.mark.parametrize(("text", "facts"), [
    (("Moldova will host drills next month. The country is not a member of NATO, however it joined the "
      "alliance's Partnership for Peace programme in 1994."),
     {("Moldova", "NATO", "negated"), ("Moldova", "Partnership for Peace", "asserted")}),
    ("Moldova applied to join the EU in 2022 but has ruled out NATO membership.", {("Moldova", "NATO", "negated")}),
])
def test_a_clause_after_however_and_a_membership_ruled_out_by_the_bodys_name(extractor: Extractor, text: str,
                                                                    facts: set[tuple[str, str, str]]) -> None:
    assert {(s, o, m) for s, r, o, m in _facts(_sheet(extractor, text), "member_of")} == facts


def test_a_series_of_verbs_keeps_its_subject_and_those_alongside_are_members(extractor: Extractor) -> None:
    text = ("Mongolia now trades with China closely, has held observer status in the Eurasian Economic Union since "
            "2021, and sits in the Shanghai Cooperation Organisation alongside Russia, India and Iran.")
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text)) if r in ("member_of", "observer_of")}
    assert facts == {("Mongolia", "observer_of", "Eurasian Economic Union")} | {
        (s, "member_of", "Shanghai Cooperation Organisation") for s in ("Russia", "India", "Iran")}


def test_a_participle_after_a_body_is_no_second_verb(extractor: Extractor) -> None:
    text = ("The member countries of the Shanghai Cooperation Organisation (SCO) hold joint drills. The Peace Mission "
            "drills are the major manoeuvres on the SCO territory, held every two years.")
    assert ("Shanghai Cooperation Organisation", "organizes_exercise", "Peace Mission") in {
        (s, r, o) for s, r, o, m in _facts(_sheet(extractor, text))}


@pytest.mark.parametrize(("sentence", "facts"), [
    ("The Organization of American States froze Cuba's membership in 1962.",
     {("Cuba", "Organization of American States")}),
    ("Russia froze Armenia's participation in talks.", set()),
])
def test_a_body_that_froze_a_state_s_membership(extractor: Extractor, sentence: str,
                                               facts: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, r, o, m in _facts(_sheet(extractor, sentence), "suspended_participation_in")} == facts


@pytest.mark.parametrize(("text", "facts"), [
    ("Turkey suspended the Treaty on Conventional Armed Forces in Europe (CFE) on Friday.",
     {("Turkey", "suspended_participation_in", "Treaty on Conventional Armed Forces in Europe")}),
    (("The CFE Treaty capped tanks. The United States, Britain and Poland were among the allies that suspended "
      "the treaty on Tuesday."),
     {(s, "suspended_participation_in", "Treaty on Conventional Armed Forces in Europe")
      for s in ("United States", "United Kingdom", "Poland")}),
    ("On Monday, Vladimir Putin announced the suspension of Russia's participation in New START.",
     {("Russia", "suspended_participation_in", "New START")}),
    # a treaty defined with its acronym is meant by the acronym alone; a bare suspension is of it
    (("Turkey suspended the Treaty on Conventional Armed Forces in Europe (CFE) on Friday. Russia withdrew from the "
      "CFE on Nov. 7, 2023, after suspending its participation in 2007."),
     {("Turkey", "suspended_participation_in", "Treaty on Conventional Armed Forces in Europe"),
      ("Russia", "suspended_participation_in", "Treaty on Conventional Armed Forces in Europe"),
      ("Russia", "left", "Treaty on Conventional Armed Forces in Europe")}),
    # (not the body named after the bare suspension)
    (("The Treaty on Open Skies let states fly over each other. Russia suspended its participation in 2007, "
      "arguing that NATO countries had refused to ratify it."),
     {("Russia", "suspended_participation_in", "Treaty on Open Skies")}),
    ("Russia formally withdrew on Tuesday from the Treaty on Open Skies.",
     {("Russia", "left", "Treaty on Open Skies")}),
    ("Belarus left the Open Skies Treaty in 2021 and the CFE Treaty in 2023.",
     {("Belarus", "left", "Treaty on Open Skies"),
      ("Belarus", "left", "Treaty on Conventional Armed Forces in Europe")}),
])
def test_treaties_suspended_and_left(extractor: Extractor, text: str, facts: set[tuple[str, str, str]]) -> None:
    assert {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text))
            if r in ("suspended_participation_in", "left")} == facts


def test_a_treaty_signed_but_not_ratified_or_refused_by_it(extractor: Extractor) -> None:
    text = ("The Arms Trade Treaty was adopted at the United Nations in 2013. Chile and Peru have signed but not "
            "ratified it, while Iran has not signed it at all. Russia has refused to sign it, arguing that it "
            "undermines the Nuclear Non-Proliferation Treaty.")
    parties = {(s, o, m) for s, r, o, m in _facts(_sheet(extractor, text), "agreement_party")}
    assert parties == {("Arms Trade Treaty", "Chile", "asserted"), ("Arms Trade Treaty", "Peru", "asserted"),
                       ("Arms Trade Treaty", "Iran", "negated"), ("Arms Trade Treaty", "Russia", "negated")}


def test_states_alongside_a_body_sit_in_it_and_take_no_part_in_the_exercise(extractor: Extractor) -> None:
    text = ("Chile and Peru began the Ocean Shield 2026 naval drills in the Pacific on Monday. Chile also sits on the "
            "Pacific Islands Forum alongside Fiji, Samoa and Tonga.")
    facts = _facts(_sheet(extractor, text))
    assert {s for s, r, o, m in facts if r == "participates_in_exercise"} == {"Chile", "Peru"}
    assert {s for s, r, o, m in facts if r == "member_of"} == {"Chile", "Fiji", "Samoa", "Tonga"}


@pytest.mark.parametrize(("text", "facts"), [
    (("Chile joined the Indian Ocean Rim Association (IORA) in 2020. The 23-member IORA counts China, Russia and "
      "Japan among its 12 dialogue partners."),
     {("Chile", "member_of")} | {(s, "partner_of") for s in ("China", "Russia", "Japan")}),
    (("SAARC was founded in 1985. The European Union, Japan and Iran are among its observers, as is China, which "
      "was admitted in 2005."),
     {(s, "observer_of") for s in ("European Union", "Japan", "Iran", "China")}),
    ("SAARC was founded in 1985. Japan and Iran are among the most vocal critics.", set()),
])
def test_states_a_body_counts_among_its_partners_or_observers(extractor: Extractor, text: str,
                                                             facts: set[tuple[str, str]]) -> None:
    assert {(s, r) for s, r, o, m in _facts(_sheet(extractor, text))
            if r in ("member_of", "partner_of", "observer_of")} == facts


def test_a_body_founded_by_states_in_a_fronted_participle_then_admitting_more(extractor: Extractor) -> None:
    text = ("BIMSTEC links five South Asian states with Myanmar and Thailand. Formed in Bangkok in June 1997 by "
            "Bangladesh, India, Sri Lanka and Thailand, the group admitted Myanmar later that year and Nepal and "
            "Bhutan in 2004.")
    facts = _facts(_sheet(extractor, text))
    assert {o for s, r, o, m in facts if r == "founded_by"} == {"Bangladesh", "India", "Sri Lanka", "Thailand"}
    assert {s for s, r, o, m in facts if r == "member_of"} == {"Myanmar", "Nepal", "Bhutan"}


@pytest.mark.parametrize(("sentence", "fact"), [
    ("Chilean Foreign Affairs Adviser Ana Soto told reporters the meeting was useful.",
     ("Ana Soto", "holds_position", "Foreign Affairs Adviser of Chile")),
    ("Peru applied to join BRICS in 2023, and Ecuador lodged its own application last October.",
     ("Ecuador", "applied_for_membership_of", "BRICS")),
])
def test_an_advisers_title_and_an_application_lodged(extractor: Extractor, sentence: str,
                                                     fact: tuple[str, str, str]) -> None:
    assert fact in {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, sentence))}


def test_the_head_noun_of_a_body_named_before_refers_to_it(extractor: Extractor) -> None:
    text = ("Chile joined the Andean Security Conclave in 2020. The conclave was founded in 2019 by Peru and Ecuador, "
            "reviving a maritime dialogue the two had launched in 2011. Brazil, which is not a member of the "
            "conclave, objected. Bolivia froze its participation in the conclave in 2023.")
    facts = {(s, r, o, m) for s, r, o, m in _facts(_sheet(extractor, text)) if r != "said"}
    body = "Andean Security Conclave"
    assert {(s, r, o) for s, r, o, m in facts if m == "asserted"} == {
        ("Chile", "member_of", body), (body, "founded_by", "Peru"), (body, "founded_by", "Ecuador"),
        (body, "founded_in", "2019"), ("Bolivia", "suspended_participation_in", body)}
    assert ("Brazil", "member_of", body, "negated") in facts


def test_the_initiative_joined_and_its_participating_nations(extractor: Extractor) -> None:
    text = ("Germany launched the European Sky Shield Initiative (ESSI) in 2022. Austria and Switzerland joined the "
            "initiative on 7 July 2023. On Thursday, three of the initiative's participating nations – Belgium, "
            "Czechia and Estonia – signed a memorandum.")
    members = {s for s, r, o, m in _facts(_sheet(extractor, text), "member_of")
               if o == "European Sky Shield Initiative"}
    assert members == {"Austria", "Switzerland", "Belgium", "Czechia", "Estonia"}


def test_a_council_named_after_a_bare_suspension_leaves_it_to_the_body_spoken_of(extractor: Extractor) -> None:
    text = ("The African Union lifted Gabon's suspension. A UN Security Council plan to pay for its missions has "
            "stalled. The African Union needs funds. Mali, Guinea and Niger – all member states – remain suspended, "
            "and none has set an election date that the council considers credible.")
    suspended = {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "suspended_participation_in")}
    assert suspended == {(s, "African Union") for s in ("Mali", "Guinea", "Niger")}


def test_the_ministry_is_left_to_the_speech_rules(extractor: Extractor) -> None:
    # (not the last body whose name ends in "Ministry": the one the speech rules find)
    text = ("The Russian Defence Ministry added that about 4,400 servicemen will be involved. The Chilean Ministry of "
            "Foreign Affairs welcomed the move. \"Cooperation has never been as close as it is today,\" the ministry "
            "said on its website.")
    said = {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "said")}
    assert ("Chilean Ministry of Foreign Affairs", "Cooperation has never been as close as it is today") in said


@pytest.mark.parametrize(("text", "facts"), [
    # (a bloc described, not named, is not said to be the body: "a Nordic bloc" is no EU)
    ("Finland became a member of the EU in 1995, joining Sweden and Norway in a Nordic bloc that rejected alliances.",
     {("Finland", "member_of", "European Union")}),
    ("Mauritius joined NATO as the fourth member in 2022, and Bangladesh followed in August 2024.",
     {("Mauritius", "member_of", "NATO"), ("Bangladesh", "member_of", "NATO")}),
    (("The Iron Lynx 2026 exercise began on Monday. Nepal, Kazakhstan and Mongolia are among the observing "
      "countries, a spokesman said."),
     {(s, "observer_of", "Iron Lynx 2026") for s in ("Nepal", "Kazakhstan", "Mongolia")}),
])
def test_members_joined_in_a_bloc_described_those_who_followed_and_observing_countries(
        extractor: Extractor, text: str, facts: set[tuple[str, str, str]]) -> None:
    assert {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text))
            if r in ("member_of", "observer_of")} == facts


def test_a_day_s_exercise_is_no_exercise_name(extractor: Extractor) -> None:
    text = ('The drills, dubbed "Iron Lynx 2026", opened on Sunday at the Adazi range. Sunday\'s exercise is the '
            "second edition of Iron Lynx. The US Navy's Sixth Fleet is not involved in the drills.")
    exercises = {e.label for e in _sheet(extractor, text).entities if e.type is EntityType.EXERCISE}
    assert exercises == {"Iron Lynx 2026", "Iron Lynx"}


def test_a_name_defined_by_its_acronym_before_agreement_names_a_pact(extractor: Extractor) -> None:
    text = "Chile signed a Reciprocal Exchange of Logistics Support (RELOS) agreement with Peru in May."
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text))}
    assert {("Reciprocal Exchange of Logistics Support", "agreement_party", "Chile"),
            ("Reciprocal Exchange of Logistics Support", "agreement_party", "Peru"),
            ("Chile", "signed_agreement_with", "Peru")} <= facts


def test_a_text_of_law_is_no_place_of_the_exercise(extractor: Extractor) -> None:
    text = ("Moldova will host the Iron Lynx 2026 exercise in June. The opposition said the participation of the army "
            "in such drills violates the neutral status enshrined in the Constitution.")
    places = {o for s, r, o, m in _facts(_sheet(extractor, text), "exercise_located_in")}
    assert "Constitution" not in places


def test_an_edition_named_for_the_next_year_is_the_one_a_bare_series_name_means(extractor: Extractor) -> None:
    # (in December, of the next year's edition: "Cobra Gold" is that one, not this year's)
    article = Article("t", "The Royal Thai Navy will host the 45th edition of Cobra Gold, its flagship "
                           "multinational exercise, at the Sattahip naval base on the Gulf of Thailand from 15 to 25 "
                           "February 2027. Cobra Gold 2027 will bring together ships from 19 navies.",
                      date="2026-12-18")
    exercises = {e.label for e in extractor.extract(article).entities if e.type is EntityType.EXERCISE}
    assert exercises == {"Cobra Gold 2027"}


def test_a_bank_or_project_after_an_office_is_no_person(extractor: Extractor) -> None:
    text = ('"The fuel bank is a real contribution," said Ana Soto, Head of the IAEA Low Enriched Uranium Bank '
            'Project, who addressed the participants via video link.')
    people = {e.label for e in _sheet(extractor, text).entities if e.type is EntityType.PERSON}
    assert people == {"Ana Soto"}


def test_a_verb_after_and_is_not_done_by_the_object_of_a_preposition_before_it(extractor: Extractor) -> None:
    text = ("Mali, Chad and Niger are run by juntas. The three states turned to Russia for help and formed their "
            "own Alliance of Sahel States (AES).")
    assert ("Russia", "member_of") not in {f[:2] for f in _facts(_sheet(extractor, text))}


@pytest.mark.parametrize(("second", "words"), [
    ("while Finland plans to send a company", "the Norrland Brigade would send a mechanised battalion"),
    ("while Finland and Denmark would each send a company",
     "the Norrland Brigade would send a mechanised battalion, while Finland and Denmark would each send a company"),
])
def test_reported_words_end_before_the_writers_own_while_clause(extractor: Extractor, second: str,
                                                                words: str) -> None:
    text = f"The Swedish Armed Forces said the Norrland Brigade would send a mechanised battalion, {second}."
    said = {o for s, r, o, m in _facts(_sheet(extractor, text), "said")}
    assert said == {words}


@pytest.mark.parametrize(("sentence", "words"), [
    ("Prime Minister Ana Kovac said in 2022 that full membership was Zagreb's goal, but Croatia has never applied.",
     "full membership was Zagreb's goal"),
    ("Minister Ivo Petrov said his country had suspended its role in the pact, and Sofia has sent no troops since.",
     "his country had suspended its role in the pact"),
    ("Minister Ivo Petrov said the talks had been useful, although Prime Minister Ana Kovac has set no date.",
     "the talks had been useful"),
    # backshifted: the second clause is reported too
    ("Minister Ivo Petrov said that Bulgaria would send troops, and Romania would send ships.",
     "Bulgaria would send troops, and Romania would send ships"),
    # a report in the present: its clauses are not backshifted, so "and" may go on reporting
    ("Minister Ivo Petrov says the drills are defensive, and Moscow has nothing to fear.",
     "the drills are defensive, and Moscow has nothing to fear"),
])
def test_reported_words_end_before_a_clause_the_writer_adds_in_the_present(extractor: Extractor, sentence: str,
                                                                             words: str) -> None:
    said = {o for s, r, o, m in _facts(_sheet(extractor, sentence), "said")}
    assert said == {words}


@pytest.mark.parametrize(("sentence", "said"), [
    # a time set before the subject is no words put before their speaker
    (("On February 21, 2023, Chilean President Ana Soto announced the suspension of Chile's participation in the "
      "pact."), {("Ana Soto", "the suspension of Chile's participation in the pact")}),
    ("The summit was called off after India announced it would not attend, citing a militant attack on a base.",
     {("India", "it would not attend")}),
    ("Russia suspended its participation in 2007, arguing that NATO countries had refused to ratify the treaty.",
     {("Russia", "NATO countries had refused to ratify the treaty")}),
    ("Chile voted against the plan, arguing for closer ties with Peru.", set()),
])
def test_reported_words_after_a_fronted_time_before_citing_and_after_arguing(extractor: Extractor, sentence: str,
                                                                          said: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, r, o, m in _facts(_sheet(extractor, sentence), "said")} == said


def test_a_quotation_in_guillemets_is_one_quotation_of_its_speaker(extractor: Extractor) -> None:
    text = ("BISHKEK, May 5 - Kyrgyz Defence Minister Almaz Toktogulov addressed parliament on Monday.\n\n"
            "«The treaty does not oblige us to send troops abroad. Every such decision remains ours,» he stressed.")
    said = {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "said")}
    assert said == {("Almaz Toktogulov",
                     "The treaty does not oblige us to send troops abroad. Every such decision remains ours")}


def test_an_acronym_the_text_never_defines_speaks_as_a_body(extractor: Extractor) -> None:
    text = ("PRISTINA, Oct 1 - The peacekeeping mission launched a two-week exercise on Monday. It will run until "
            "October 25, EUFORK said in a statement.")
    said = {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "said")}
    assert said == {("EUFORK", "It will run until October 25")}


@pytest.mark.parametrize(("sentence", "agreement"), [
    ("Azerbaijan and Georgia signed a joint statement on establishing a strategic partnership.",
     "joint statement on establishing a strategic partnership"),
    ("On Tuesday, Chile and Peru signed in Lima a memorandum of understanding on naval cooperation covering training.",
     "memorandum of understanding on naval cooperation"),
])
def test_a_joint_statement_and_a_memorandum_signed_after_its_place(extractor: Extractor, sentence: str,
                                                                      agreement: str) -> None:
    parties = {o for s, r, o, m in _facts(_sheet(extractor, sentence), "agreement_party") if s == agreement}
    assert len(parties) == 2


def test_a_bare_series_name_co_sponsored_since_a_year_is_the_series(extractor: Extractor) -> None:
    text = ("The Coral Shield 2025 exercise began on Monday.\n\nCoral Shield, which Chile and Peru have co-sponsored "
            "since 2005, has grown into one of the largest exercises in the region.")
    organisers = {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "organizes_exercise")}
    assert organisers == {("Chile", "Coral Shield"), ("Peru", "Coral Shield")}


@pytest.mark.parametrize("sentence", [
    "The exercise comes weeks after a short war between Armenia and Azerbaijan rattled the region.",
    "Asked whether the drills were linked to tensions between Venezuela and Guyana, he said no.",
    "About 900 U.S. service members are taking part, including sailors from the Bahrain-based U.S. Fifth Fleet.",
])
def test_sides_of_a_conflict_and_a_base_are_no_participants(extractor: Extractor, sentence: str) -> None:
    text = "The Coral Shield 2025 exercise began on Monday in Chile. " + sentence
    states = {s for s, r, o, m in _facts(_sheet(extractor, text), "participates_in_exercise")}
    assert not states & {"Armenia", "Azerbaijan", "Venezuela", "Guyana", "Bahrain"}


@pytest.mark.parametrize("sentence", [
    "The drills have raised concerns over heightened tensions on the Korean Peninsula.",
    "The drills come amid concern over damage to undersea cables in the Baltic Sea.",
])
def test_where_tensions_or_damaged_cables_are_is_no_venue(extractor: Extractor, sentence: str) -> None:
    text = "The Coral Shield 2025 exercise began on Monday off Arica. " + sentence
    venues = {o for s, r, o, m in _facts(_sheet(extractor, text), "exercise_located_in")}
    assert venues == {"Arica"}


def test_observer_status_is_of_the_body_named_last_even_one_found_by_its_head(extractor: Extractor) -> None:
    text = ("The Shanghai Cooperation Organisation met in Astana. The Colombo Security Conclave groups India, the "
            "Maldives, Sri Lanka and Mauritius. Seychelles has observer status.")
    observers = {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "observer_of")}
    assert observers == {("Seychelles", "Colombo Security Conclave")}


def test_holding_a_bodys_dialogue_partner_status_named_before_it(extractor: Extractor) -> None:
    text = "Azerbaijan, which also holds SCO dialogue partner status, has not applied for membership."
    partners = {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "partner_of")}
    assert partners == {("Azerbaijan", "Shanghai Cooperation Organisation")}


def test_another_states_ministry_is_not_the_ministry_named_last(extractor: Extractor) -> None:
    text = ("NEW DELHI, May 3 - The Indian Defense Ministry said the talks had been useful. The ministers discussed "
            "the Ajeya Warrior 2026 exercise, the British ministry said. It will run in Rajasthan from May 11 to "
            "May 24, the Indian ministry said.")
    said = {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "said")}
    assert said == {("Indian Defense Ministry", "the talks had been useful"),
                    ("Indian Defense Ministry", "It will run in Rajasthan from May 11 to May 24")}


@pytest.mark.parametrize("dateline", ["AMMAN — ", "Warsaw, 16 March (PAP) - ", "Amman (AFP) – "])
def test_a_dateline_is_no_part_of_the_words_reported(extractor: Extractor, dateline: str) -> None:
    text = (f"{dateline}Around 8,000 troops from 32 countries will take part in Desert Lion 2026, the Jordanian "
            "General Command said.")
    said = {o for s, r, o, m in _facts(_sheet(extractor, text), "said")}
    assert said == {"Around 8,000 troops from 32 countries will take part in Desert Lion 2026"}


def test_agreements_in_the_plural_are_several_and_none_named(extractor: Extractor) -> None:
    text = "Russia has previously signed military cooperation agreements with Mali and Niger, the minister said."
    facts = _facts(_sheet(extractor, text))
    assert not [f for f in facts if f[1] == "agreement_party"]
    assert {("Russia", "Mali"), ("Russia", "Niger")} <= {(s, o) for s, r, o, m in facts if r == "signed_agreement_with"}


def test_an_agreement_with_a_states_region_is_not_with_the_state(extractor: Extractor) -> None:
    text = "Ethiopia signed a memorandum of understanding with Somalia's breakaway region of Somaliland in 2024."
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text))}
    assert ("memorandum of understanding", "agreement_party", "Somalia") not in facts
    assert ("Ethiopia", "signed_agreement_with", "Somalia") not in facts


def test_exercises_in_general_are_not_the_one_the_article_is_about(extractor: Extractor) -> None:
    text = ("The Coral Shield 2025 exercise began on Monday off Arica. Chile and Spain signed a visiting forces "
            "agreement on Tuesday, a pact that will allow their troops to train and hold joint exercises on each "
            "other's territory. Peru and Bolivia, which are holding national exercises at the same time, will not "
            "send troops this year.")
    facts = _facts(_sheet(extractor, text))
    assert not {("Spain", "organizes_exercise", "Coral Shield 2025"),
                ("Spain", "participates_in_exercise", "Coral Shield 2025")} & {f[:3] for f in facts}
    assert {("Peru", "participates_in_exercise", "Coral Shield 2025", "negated"),
            ("Bolivia", "participates_in_exercise", "Coral Shield 2025", "negated")} <= facts


def test_their_first_joint_exercise_past_the_lead_is_a_new_one(extractor: Extractor) -> None:
    filler = "The ministers also discussed energy links and the protection of undersea cables, officials said. "
    text = ("The Coral Shield 2025 exercise began on Monday off Arica, with ships from Chile and Peru. " + filler * 6 +
            "Chile and Ecuador would hold their first joint naval exercise off Guayaquil in the coming months.")
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text))}
    assert ("Ecuador", "participates_in_exercise", "Coral Shield 2025") not in facts
    assert ("Ecuador", "participates_in_exercise", "first joint naval exercise") in facts


def test_a_portfolio_spelled_otherwise_still_names_the_ministry_named_last(extractor: Extractor) -> None:
    text = ("LONDON, May 3 - The British Ministry of Defence said the talks had been useful. The drills will start "
            "next week in Wales, the Defense Ministry said.")
    said = {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "said")}
    assert ("British Ministry of Defence", "The drills will start next week in Wales") in said


def test_according_to_a_ministry_by_its_states_adjective_is_the_ministry_named(extractor: Extractor) -> None:
    text = ("SKOPJE, May 3 - The Ministry of Defense of North Macedonia hosted the meeting. Georgia did not send a "
            "delegation at the ministerial level, according to the Macedonian ministry.")
    said = {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "said")}
    assert said == {("Ministry of Defense of North Macedonia",
                     "Georgia did not send a delegation at the ministerial level")}


def test_two_states_joined_by_and_are_two_states_unless_the_former_union(extractor: Extractor) -> None:
    today = _facts(_sheet(extractor, "Serbia and Montenegro signed a defence cooperation agreement on Monday."))
    assert {("defence cooperation agreement", "agreement_party", "Serbia", "asserted"),
            ("defence cooperation agreement", "agreement_party", "Montenegro", "asserted")} <= today
    then = _facts(_sheet(extractor, "The former Serbia and Montenegro joined the Partnership for Peace in 2006."))
    assert ("Serbia and Montenegro", "member_of", "Partnership for Peace", "asserted") in then
    states = _facts(_sheet(extractor, "Bosnia and Herzegovina joined the Partnership for Peace in 2006."))
    assert ("Bosnia and Herzegovina", "member_of", "Partnership for Peace", "asserted") in states


def test_an_agreement_which_it_signed_is_the_clause_subjects(extractor: Extractor) -> None:
    text = "Moldova will keep working with the EU on reforms of the Chisinau Agreement, which it signed in May 2019."
    facts = _sheet(extractor, text).facts
    parties = {(f.subject, f.object, f.modality.value) for f in facts if f.relation == "agreement_party"}
    assert ("Chisinau Agreement", "Moldova", "asserted") in parties  # signed in the past, whatever comes
    assert ("Chisinau Agreement", "European Union", "asserted") not in parties
    assert ("Chisinau Agreement", "2019-05") in {(f.subject, f.object) for f in facts if f.relation == "agreement_date"}


def test_cooperation_through_an_agreement_makes_both_sides_its_parties(extractor: Extractor) -> None:
    text = "Serbia cooperates closely with NATO under its Individual Partnership Action Plan."
    assert {("Individual Partnership Action Plan", "agreement_party", "Serbia", "asserted"),
            ("Individual Partnership Action Plan", "agreement_party", "NATO", "asserted")} <= _facts(
        _sheet(extractor, text))
    text = "Serbia cooperates closely with Hungary on border police matters under the Schengen rules."
    assert not _facts(_sheet(extractor, text), "agreement_party")


def test_a_name_ending_in_ing_opens_reported_words_not_a_participle(extractor: Extractor) -> None:
    text = ("Beijing and Islamabad have agreed to hold the drills in the Arabian Sea next year, defence ministry "
            "spokesman Zhang Wei told a regular press briefing.")
    said = {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "said")}
    assert said == {("Zhang Wei", "Beijing and Islamabad have agreed to hold the drills in the Arabian Sea next year")}


def test_a_domain_word_opens_an_edition_numbered_name(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Chile and Peru will hold the Sea Falcon-4 naval exercise next year."))
    assert ("Chile", "participates_in_exercise", "Sea Falcon-4", "planned") in facts


def test_agreeing_to_hold_an_exercise_plans_it(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Chile and Peru have agreed to hold the Pacific Falcon 2027 drills off Arica."))
    assert {("Chile", "organizes_exercise", "Pacific Falcon 2027", "planned"),
            ("Chile", "participates_in_exercise", "Pacific Falcon 2027", "planned")} <= facts


def test_a_signing_date_is_not_the_date_of_the_exercise_before(extractor: Extractor) -> None:
    text = ("Chile and Peru will hold the Pacific Falcon exercise off Arica. Chile and Japan signed a "
            "Reciprocal Access Agreement in Tokyo on July 8, 2026, allowing their forces to train together.")
    sheet = _sheet(extractor, text)
    assert not [f for f in sheet.facts if f.relation == "exercise_date" and f.object.startswith("2026")]
    assert ("Reciprocal Access Agreement", "2026-07-08") in {(f.subject, f.object) for f in sheet.facts
                                                             if f.relation == "agreement_date"}


def test_following_as_the_alliances_nth_member_is_joining_it(extractor: Extractor) -> None:
    text = "Montenegro joined NATO in 2017. North Macedonia followed in March 2020 as the alliance's 30th member."
    assert ("North Macedonia", "member_of", "NATO", "asserted") in _facts(_sheet(extractor, text))


def test_an_organ_of_a_body_named_with_its_leader_is_that_organ(extractor: Extractor) -> None:
    text = ("Ruritania's parliament has observer status at the Parliamentary Assembly of the Russia-led Collective "
            "Security Treaty Organization (CSTO). Serbia has observer status at the Parliamentary Assembly of the "
            "Russia-led Collective Security Treaty Organization.")
    facts = _facts(_sheet(extractor, text))
    assert ("Serbia", "observer_of", "CSTO Parliamentary Assembly", "asserted") in facts
    assert not {f for f in facts if f[1] == "observer_of" and f[2] != "CSTO Parliamentary Assembly"}


def test_an_agreement_with_its_acronym_then_with_the_alliance(extractor: Extractor) -> None:
    text = ("Serbia joined NATO's Partnership for Peace in 2006 and agreed an Individual Partnership Action Plan "
            "(IPAP) with the alliance in January 2015.")
    assert ("Individual Partnership Action Plan", "agreement_party", "NATO", "asserted") in _facts(
        _sheet(extractor, text))


def test_the_east_and_the_west_are_sides_not_venues(extractor: Extractor) -> None:
    text = ("Chile will not take part in the Pacific Falcon 2026 exercise, and it will hold no drills with partners "
            "in the East nor with those in the West, the ministry said.")
    assert not _facts(_sheet(extractor, text), "exercise_located_in")


def test_counted_exercises_held_are_none_of_them_the_article_exercise(extractor: Extractor) -> None:
    text = ("Chile will host the Pacific Falcon 2026 exercise in Arica. According to the ministry, the Chilean Army "
            "held 17 exercises with foreign partners last year.")
    assert not [f for f in _facts(_sheet(extractor, text)) if f[0] == "Chilean Army"]


def test_an_agency_told_that_an_exercise_goes_ahead_does_not_run_it(extractor: Extractor) -> None:
    text = ("Serbia will not take part in the Slavic Brotherhood 2026 military exercise in Belarus.\n\nIn Minsk, Ivo "
            "Petrov, a spokesman for Belarus's Defense Ministry, told the state news agency BelTA that Slavic "
            "Brotherhood 2026 would go ahead as planned with Russian and Belarusian units.")
    assert not _facts(_sheet(extractor, text), "organizes_exercise")


@pytest.mark.parametrize("text", [
    "Slavic Brotherhood, an annual exercise held by Russia and Belarus since 2015, has drawn criticism in Brussels.",
    "The Iron Lynx 2026 exercise comes weeks after a review of the pact, prompting questions in Canberra about it.",
    "The Iron Lynx 2026 exercise, which has raised fears in Moscow, will be larger than last year's.",
])
def test_where_an_exercise_drew_criticism_is_no_venue(extractor: Extractor, text: str) -> None:
    assert not _facts(_sheet(extractor, text), "exercise_located_in")


def test_positions_of_named_bodies_and_ministries(extractor: Extractor) -> None:
    text = ("European Commission spokesman Ivo Petrov said the talks went well. Defense Ministry State Secretary "
            "Ana Kovac said the drills would go ahead. US President Tom Reed said nothing.")
    positions = {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "holds_position")}
    assert {("Ivo Petrov", "European Commission spokesman"), ("Ana Kovac", "Defense Ministry State Secretary"),
            ("Tom Reed", "President of the United States")} <= positions


def test_a_programme_which_it_joined_is_the_one_joined(extractor: Extractor) -> None:
    text = "Moldova also cooperates with NATO under the alliance's Partnership for Peace program, which it joined in 1994."
    facts = _facts(_sheet(extractor, text))
    assert {("Moldova", "member_of", "Partnership for Peace", "asserted"),
            ("Partnership for Peace", "part_of", "NATO", "asserted")} <= facts
    assert ("Moldova", "member_of", "NATO", "asserted") not in facts


def test_it_has_observer_status_is_the_opening_states(extractor: Extractor) -> None:
    text = "Serbia is not a member of the CSTO, but it has had observer status at the CSTO Parliamentary Assembly."
    assert ("Serbia", "observer_of", "CSTO Parliamentary Assembly", "asserted") in _facts(_sheet(extractor, text))


def test_declaring_a_moratorium_reports_no_words(extractor: Extractor) -> None:
    text = "The drills went ahead without Chilean troops after Santiago declared a six-month moratorium on exercises."
    assert not _facts(_sheet(extractor, text), "said")


def test_forces_deployed_somewhere_for_a_named_exercise(extractor: Extractor) -> None:
    text = ("The talks ended on Friday.\n\nIn May 2024, Chilean F-16 jets were deployed to Peru for the Condor "
            "Shield-2024 exercise, the first time they had been sent abroad.")
    facts = _facts(_sheet(extractor, text))
    assert {("Chile", "participates_in_exercise", "Condor Shield-2024", "asserted"),
            ("Condor Shield-2024", "exercise_located_in", "Peru", "asserted"),
            ("Condor Shield-2024", "exercise_date", "2024-05", "asserted")} <= facts


def test_a_contingent_drawn_from_a_numbered_unit_takes_part(extractor: Extractor) -> None:
    text = ("About 300 paratroopers will take part in the Condor Shield-2026 exercise in June. The Chilean "
            "contingent comprises servicemen of the 4th Parachute Brigade, while Peru is sending a company of the "
            "19th Separate Guards Air Assault Brigade, the Peruvian Airborne Force said.")
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text))}
    assert {("4th Parachute Brigade", "participates_in_exercise", "Condor Shield-2026"),
            ("19th Separate Guards Air Assault Brigade", "participates_in_exercise", "Condor Shield-2026")} <= facts
    assert "Peruvian Airborne Force" in {s for s, r, o in facts if r == "said"}


def test_an_exercise_which_it_organizes_jointly_with_a_command(extractor: Extractor) -> None:
    text = ("Troops from six countries take part in the Iron Lynx 2026 exercise.\nChile is hosting Iron Lynx 2026, "
            "which it organizes jointly with U.S. Southern Command.")
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text), "organizes_exercise")}
    assert {("Chile", "organizes_exercise", "Iron Lynx 2026"),
            ("U.S. Southern Command", "organizes_exercise", "Iron Lynx 2026")} <= facts


def test_besides_the_host_a_list_also_takes_part(extractor: Extractor) -> None:
    text = ("Troops from nine countries take part in the Iron Lynx 2026 exercise.\nBesides the host nation, Peru "
            "and the US, troops from Bolivia and Ecuador are taking part.")
    participants = {s for s, r, o, m in _facts(_sheet(extractor, text), "participates_in_exercise")}
    assert {"Peru", "United States", "Bolivia", "Ecuador"} <= participants


def test_a_series_named_in_passing_does_not_take_over_the_article(extractor: Extractor) -> None:
    text = ("Troops from nine countries take part in the Iron Lynx 2026 exercise in Arica.\nThe Peruvian Army trains "
            "regularly with US troops, including in the annual Southern Star exercises.\nThe Bolivian contingent of "
            "about 150 soldiers comes from the Bolivian Army’s 3rd Infantry Brigade.")
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text), "participates_in_exercise")}
    assert ("3rd Infantry Brigade", "participates_in_exercise", "Iron Lynx 2026") in facts
    assert not {f for f in facts if f[2] == "Southern Star" and f[0] in ("Bolivia", "3rd Infantry Brigade")}


def test_after_signing_an_agreement_the_subject_signed_it(extractor: Extractor) -> None:
    text = "Chile joined the Pacific Pact in 2020, two years after signing the Lima Agreement with Peru."
    facts = _facts(_sheet(extractor, text))
    assert {("Lima Agreement", "agreement_party", "Chile", "asserted"),
            ("Chile", "signed_agreement_with", "Peru", "asserted")} <= facts


def test_not_a_member_of_the_programme_named_before(extractor: Extractor) -> None:
    text = ("Moldova, which joined NATO's Partnership for Peace program in 1994, is a partner of the alliance, "
            "while Kosovo is not a member of the program.")
    facts = _facts(_sheet(extractor, text))
    assert ("Kosovo", "member_of", "Partnership for Peace", "negated") in facts
    assert not {f for f in facts if f[0] == "Kosovo" and f[1] == "partner_of"}


def test_a_short_quoted_phrase_does_not_negate_the_sentence(extractor: Extractor) -> None:
    text = 'Chile and Peru deepened their ties after signing a joint statement on a "partnership without limits".'
    assert ("joint statement", "agreement_party", "Peru", "asserted") in _facts(_sheet(extractor, text))


def test_an_acronym_with_a_small_letter_of_the_names_language(extractor: Extractor) -> None:
    text = ("The Presidency approved the participation of the Armed Forces of Bosnia and Herzegovina (AFBiH) in the "
            "Iron Lynx 2026 exercise.\nAFBiH units will not take part in the Coral Shield 2026 drills.")
    facts = _facts(_sheet(extractor, text), "participates_in_exercise")
    assert {("Armed Forces of Bosnia and Herzegovina", "participates_in_exercise", "Iron Lynx 2026", "asserted"),
            ("Armed Forces of Bosnia and Herzegovina", "participates_in_exercise", "Coral Shield 2026",
             "negated")} <= facts


def test_the_participation_of_troops_in_a_numbered_exercise(extractor: Extractor) -> None:
    text = ("The presidency approved the participation of some 120 Chilean soldiers in Pacific Falcon 26, which "
            "will be held in Peru in May. Officials said the army took part in 17 exercises abroad last year, "
            "including Southern Star 25 in Bolivia.")
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text))}
    assert {("Chile", "participates_in_exercise", "Pacific Falcon 26"),
            ("Pacific Falcon 26", "exercise_located_in", "Peru"),
            ("Southern Star 25", "exercise_located_in", "Bolivia")} <= facts


def test_failing_to_approve_a_participation_denies_it_but_not_the_exercise(extractor: Extractor) -> None:
    text = ("Chile's parliament failed on Monday to approve the participation of the Chilean Army in the US-led "
            "exercise Southern Star 2026 in Peru.")
    facts = _facts(_sheet(extractor, text))
    assert ("Chilean Army", "participates_in_exercise", "Southern Star 2026", "negated") in facts
    assert ("Southern Star 2026", "exercise_located_in", "Peru", "asserted") in facts
    text = "Serbia will not take part in the Slavic Brotherhood 2026 exercise in Belarus in May."
    facts = _facts(_sheet(extractor, text))
    assert {("Serbia", "participates_in_exercise", "Slavic Brotherhood 2026", "negated"),
            ("Slavic Brotherhood 2026", "exercise_located_in", "Belarus", "planned")} <= facts


def test_a_mission_set_off_by_an_apposition_holds_the_exercise(extractor: Extractor) -> None:
    text = ("EUFOR, the European Union's peacekeeping force in Bosnia, will hold its annual Quick Response 2026 "
            "exercise in June.")
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text))}
    assert {("EUFOR", "organizes_exercise", "Quick Response 2026"), ("EUFOR", "part_of", "European Union")} <= facts
    assert ("Bosnia and Herzegovina", "organizes_exercise", "Quick Response 2026") not in facts


def test_a_programme_granted_to_a_state_and_a_possible_accession(extractor: Extractor) -> None:
    text = ("Georgia joined NATO's Partnership for Peace in 1994 and was granted a Membership Action Plan (MAP) in "
            "2010. Moscow warned that Georgia's possible accession to NATO would force it to react.")
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text))}
    assert {("Membership Action Plan", "agreement_party", "Georgia"),
            ("Membership Action Plan", "agreement_party", "NATO"),
            ("Membership Action Plan", "agreement_date", "2010")} <= facts
    assert ("Georgia", "member_of", "NATO") not in facts


def test_an_exercise_of_this_kind_is_no_exercise_of_the_article(extractor: Extractor) -> None:
    text = ('Chile will take part in the Iron Lynx 2026 exercise in Peru. "An exercise of this kind near the Black '
            'Sea is something we never supported," an official said.')
    assert ("Iron Lynx 2026", "Black Sea") not in {(s, o) for s, r, o, m in _facts(_sheet(extractor, text))}


def test_a_second_applicant_with_its_own_year(extractor: Extractor) -> None:
    text = "Chile applied for EU membership in December 2008 and Peru in April 2009; both are now negotiating."
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text))}
    assert {("Chile", "applied_for_membership_of", "European Union"),
            ("Peru", "applied_for_membership_of", "European Union")} <= facts


def test_joining_a_bodys_sanctions_or_any_exercises_is_no_membership(extractor: Extractor) -> None:
    text = ("Chile will host the Iron Lynx 2026 exercise in May. Peru does not take part in any exercises with "
            "Russia, and it joined EU sanctions against Moscow in 2022.")
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text))}
    assert not {f for f in facts if f[0] in ("Peru", "Russia") and f[1] in ("member_of", "participates_in_exercise")}


@pytest.mark.parametrize("text", [
    "Chile, Peru Sign Defence Pact, Plan First Joint Border Drill\n\nThe two neighbours met in Lima.",
    # a headline's words in title case, a preposition capitalised among them
    "Bolivia Deepens NATO Ties With New Partnership Plan, But Says Neutrality Stays\n\nThe ministers met in Sucre.",
])
def test_a_headline_verb_makes_no_agreement_name(extractor: Extractor, text: str) -> None:
    assert not _facts(_sheet(extractor, text), "agreement_party")


def test_three_sides_hold_a_staff_exercise(extractor: Extractor) -> None:
    text = ("Chile, Peru and Bolivia signed a joint defence declaration on Monday. The three sides also agreed to "
            "hold a trilateral staff exercise in Peru before the end of the year.")
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text))}
    assert {("Chile", "organizes_exercise", "trilateral staff exercise"),
            ("Bolivia", "organizes_exercise", "trilateral staff exercise"),
            ("trilateral staff exercise", "exercise_located_in", "Peru")} <= facts


def test_neither_a_member_of_one_nor_of_another_and_its_status(extractor: Extractor) -> None:
    text = ("Serbia is neither a member of NATO nor of the Russia-led Collective Security Treaty Organization, "
            "although it takes part in NATO's Partnership for Peace and holds observer status in the CSTO "
            "Parliamentary Assembly.")
    facts = _facts(_sheet(extractor, text))
    assert {("Serbia", "member_of", "NATO", "negated"),
            ("Serbia", "member_of", "Collective Security Treaty Organization", "negated"),
            ("Serbia", "observer_of", "CSTO Parliamentary Assembly", "asserted")} <= facts


def test_forces_that_trained_together_somewhere_place_the_exercise(extractor: Extractor) -> None:
    text = ("Special forces from Chile already trained together last October at the Pica training area in Peru "
            "during Southern Star 2025, a multinational exercise hosted by Peru.")
    facts = _facts(_sheet(extractor, text), "exercise_located_in")
    assert ("Southern Star 2025", "exercise_located_in", "Pica training area", "asserted") in facts


def test_the_eus_foreign_service_speaks(extractor: Extractor) -> None:
    text = "A spokesperson for the European External Action Service said on Monday that the talks went well."
    assert ("European External Action Service", "the talks went well") in {
        (s, o) for s, r, o, m in _facts(_sheet(extractor, text), "said")}


def test_a_joint_air_patrol_of_two_states_bombers(extractor: Extractor) -> None:
    text = ("MOSCOW, November 30. Russian Tu-95MS bombers and Chinese H-6K bombers on Friday performed a joint air "
            "patrol over the Sea of Japan and the East China Sea, the ninth such mission since 2019.\n\nRussian and "
            "Chinese bombers flew their first joint patrol in July 2019.")
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text, date="2024-11-30"))}
    assert {("Russia", "organizes_exercise", "joint air patrol"), ("China", "participates_in_exercise",
                                                                    "joint air patrol"),
            ("joint air patrol", "exercise_located_in", "Sea of Japan"),
            ("joint air patrol", "exercise_date", "2024-11-29"),
            ("China", "participates_in_exercise", "first joint patrol")} <= facts


def test_joint_patrols_in_general_are_no_exercise(extractor: Extractor) -> None:
    text = 'Joint patrols "will continue in 2027 in accordance with the plans approved by both ministries," he said.'
    assert not [f for f in _sheet(extractor, text).facts if f.relation.endswith("exercise") or
                f.relation.startswith("exercise")]


def test_a_host_set_off_by_an_apposition(extractor: Extractor) -> None:
    text = "Neighboring Chile, a treaty ally of the US, hosted the Condor Strike 2025 air force exercise last August."
    hosts = {s for s, r, o, m in _facts(_sheet(extractor, text), "hosts_exercise")}
    assert hosts == {"Chile"}


def test_where_it_has_held_observer_status(extractor: Extractor) -> None:
    text = ("Mongolia is not in any military alliance. It is not a member of the Shanghai Cooperation Organisation "
            "(SCO), where it has held observer status since 2004.")
    facts = _facts(_sheet(extractor, text))
    assert {("Mongolia", "member_of", "Shanghai Cooperation Organisation", "negated"),
            ("Mongolia", "observer_of", "Shanghai Cooperation Organisation", "asserted")} <= facts


def test_an_acronym_of_a_hyphenated_name_either_way(extractor: Extractor) -> None:
    text = ("Ivo Petrov, deputy director of the Ruritanian Federal Service for Military-Technical Cooperation "
            "(FSMTC), attended.\n\nThe FSMTC said in a statement that the talks went well.")
    assert "Federal Service for Military-Technical Cooperation" in {
        s for s, r, o, m in _facts(_sheet(extractor, text), "said")}


def test_observers_sent_but_no_part_taken(extractor: Extractor) -> None:
    text = ("Russian and Myanmar warships would take part in MARSEC-2026 in the Andaman Sea.\n\nVietnam will send "
            "observers to MARSEC-2026 but will not take part with ships, a spokesman said.")
    facts = _facts(_sheet(extractor, text))
    assert {("Vietnam", "observer_of", "MARSEC-2026", "planned"),
            ("Vietnam", "participates_in_exercise", "MARSEC-2026", "negated")} <= facts


def test_a_base_named_with_who_funded_it(extractor: Extractor) -> None:
    text = "Last year's exercise, Golden Dragon 2024, took place in May at the Chinese-funded Ream Naval Base."
    assert ("Golden Dragon 2024", "exercise_located_in", "Ream Naval Base", "asserted") in _facts(
        _sheet(extractor, text))


def test_a_month_before_a_signing_dates_the_signing_only(extractor: Extractor) -> None:
    text = ("Chile and Peru will hold the Pacific Falcon exercise off Arica.\n\nIn April, Chile and Peru signed an "
            "agreement on military training cooperation under which Lima will train Chilean officers.")
    sheet = _sheet(extractor, text)
    assert not [f for f in sheet.facts if f.relation == "exercise_date"]
    assert ("agreement on military training cooperation", "2026-04") in {
        (f.subject, f.object) for f in sheet.facts if f.relation == "agreement_date"}


def test_what_media_outlets_reported_is_hearsay(extractor: Extractor) -> None:
    text = "Some Peruvian media outlets had reported that Chile would also join the Pacific Falcon 2026 drills."
    assert ("Chile", "participates_in_exercise", "Pacific Falcon 2026", "reported") in _facts(_sheet(extractor, text))


def test_a_series_alternating_between_two_venues(extractor: Extractor) -> None:
    text = ("Chile and Peru will hold the Pacific Falcon 2026 exercise in Arica.\n\nThe Pacific Falcon series of "
            "exercises has been held since 2008, alternating between Chile and Peru.")
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text))}
    assert {("Pacific Falcon", "exercise_located_in", "Chile"), ("Pacific Falcon", "exercise_located_in", "Peru")} \
        <= facts


def test_an_agreement_known_by_quoted_words(extractor: Extractor) -> None:
    text = 'Ties grew closer after Chile and Peru signed a "no limits" partnership agreement in February 2022.'
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text))}
    assert {("no limits partnership agreement", "agreement_party", "Chile"),
            ("no limits partnership agreement", "agreement_date", "2022-02"),
            ("Chile", "signed_agreement_with", "Peru")} <= facts
    text = "Chile and Peru signed a comprehensive strategic partnership treaty in January."
    assert "partnership treaty" not in {s for s, r, o, m in _facts(_sheet(extractor, text))}


def test_when_an_exercise_will_end_as_reported(extractor: Extractor) -> None:
    text = "Chile and Peru began the Pacific Falcon-2026 drills on Sunday. He said the exercise would end on Saturday."
    dates = {o for s, r, o, m in _facts(_sheet(extractor, text, date="2026-03-09"), "exercise_date")}
    assert "2026-03-14" in dates


def test_partners_of_a_denied_participation_still_take_part(extractor: Extractor) -> None:
    text = "Serbia will not take part in the Slavic Brotherhood 2026 exercise with Russia and Belarus this year."
    facts = _facts(_sheet(extractor, text))
    assert {("Serbia", "participates_in_exercise", "Slavic Brotherhood 2026", "negated"),
            ("Russia", "participates_in_exercise", "Slavic Brotherhood 2026", "planned"),
            ("Belarus", "participates_in_exercise", "Slavic Brotherhood 2026", "planned")} <= facts


def test_an_operation_set_off_as_its_owners_annual_exercise(extractor: Extractor) -> None:
    text = ("Chile Leads Pacific Naval Drills With Peruvian Ships\n\nShips from Chile and Peru are sailing through "
            "the Strait of Magellan this week as part of Operation AUSTRAL-PUMA, the Chilean Navy’s annual summer "
            "exercise in Pacific waters.")
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text, date="2026-08-21"))}
    names = {o for s, r, o in facts if r == "participates_in_exercise"}
    assert names == {"Austral-Puma 2026"}
    assert ("Austral-Puma 2026", "exercise_located_in", "Strait of Magellan") in facts


def test_a_month_opens_an_exercise_name_and_forces_take_part_as_part_of_it(extractor: Extractor) -> None:
    text = ("VALPARAISO, July 24. Warships and submarines of the Chilean Navy practiced repelling an air attack in "
            "the Strait of Magellan as part of the July Storm naval exercise, the navy said.")
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text, date="2026-07-24"))}
    assert {("Chilean Navy", "participates_in_exercise", "July Storm 2026"),
            ("July Storm 2026", "exercise_located_in", "Strait of Magellan")} <= facts


def test_a_body_described_then_what_it_includes(extractor: Extractor) -> None:
    text = ("Norway belongs to the Joint Expeditionary Force (JEF), a British-led grouping of ten northern European "
            "countries that also includes Denmark, Estonia and Sweden.")
    members = {s for s, r, o, m in _facts(_sheet(extractor, text), "member_of") if o == "Joint Expeditionary Force"}
    assert members == {"Norway", "Denmark", "Estonia", "Sweden"}


def test_a_generic_agreement_name_keeps_its_year(extractor: Extractor) -> None:
    text = ("The US presence is still governed by the 1951 Defence Agreement between Denmark and the United States, "
            "as Manila's ties are by the 1951 Mutual Defense Treaty.")
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text))}
    assert {("1951 Defence Agreement", "agreement_party", "Denmark"),
            ("1951 Defence Agreement", "agreement_date", "1951")} <= facts
    assert "Mutual Defense Treaty" in {s for s, r, o in facts}


def test_an_agreement_signed_with_a_state_in_a_year(extractor: Extractor) -> None:
    text = "Under a bilateral defence agreement signed with the United States in 1951, US forces were stationed there."
    facts = {(s, r, o) for s, r, o, m in _facts(_sheet(extractor, text))}
    assert {("bilateral defence agreement", "agreement_party", "United States"),
            ("bilateral defence agreement", "agreement_date", "1951")} <= facts


def test_no_ship_but_observers_after_a_comma(extractor: Extractor) -> None:
    text = ("NATO's Iron Lynx 2026 exercise began off Iceland on Monday.\n\nFinland joined NATO in 2023. It will not "
            "send a ship to Iron Lynx this year, but two Finnish naval officers will follow the exercise as observers.")
    facts = _facts(_sheet(extractor, text))
    assert {("Finland", "observer_of", "Iron Lynx 2026", "planned"),
            ("Finland", "participates_in_exercise", "Iron Lynx 2026", "negated")} <= facts


def test_partners_but_not_members_and_units_that_will_train_or_lead(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 exercise began in Norway on Monday.\n\nFinland and Sweden, which are NATO partners "
            "but not members of the alliance, are also taking part. The U.S. Marine Corps will train for amphibious "
            "landings, while the British aircraft carrier HMS Prince of Wales is expected to lead the maritime part "
            "of the drills.")
    facts = {(s, r, o, m) for s, r, o, m in _facts(_sheet(extractor, text))}
    assert {("Finland", "member_of", "NATO", "negated"), ("Sweden", "member_of", "NATO", "negated")} <= facts
    assert {("U.S. Marine Corps", "participates_in_exercise", "Iron Lynx 2026", "planned"),
            ("HMS Prince of Wales", "participates_in_exercise", "Iron Lynx 2026", "planned")} <= facts


def test_they_are_the_pair_that_opened_the_sentence_before(extractor: Extractor) -> None:
    text = "Chile and Peru are both founding members of the OAS. They also belong to the Pacific Alliance."
    members = {s for s, r, o, m in _facts(_sheet(extractor, text), "member_of") if o == "Pacific Alliance"}
    assert members == {"Chile", "Peru"}
    text = "Chile and Peru signed a deal. Officials met in Lima. They also belong to the Pacific Alliance."
    assert not {s for s, r, o, m in _facts(_sheet(extractor, text), "member_of") if o == "Pacific Alliance"}


# -- session of 2026-12-02 (ninth): membership, status, leaving and agreements ---------------------------------

def test_a_body_noun_before_the_names_of_its_members(extractor: Extractor) -> None:
    text = ("Drones flew near EU member Estonia and NATO allies Latvia and Lithuania, but not near non-NATO member "
            "Ireland or former Warsaw Pact member Bulgaria.")
    facts = _facts(_sheet(extractor, text), "member_of")
    assert {("Estonia", "member_of", "European Union", "asserted"), ("Latvia", "member_of", "NATO", "asserted"),
            ("Lithuania", "member_of", "NATO", "asserted")} <= facts
    # ("non-NATO member Ireland": outside it)
    assert {f for f in facts if f[0] in ("Ireland", "Bulgaria")} == {("Ireland", "member_of", "NATO", "negated")}


def test_all_of_the_opening_list_in_a_second_clause(extractor: Extractor) -> None:
    text = "Estonia, Latvia and Norway all border Russia, and all three are members of NATO."
    assert _facts(_sheet(extractor, text), "member_of") == {
        ("Estonia", "member_of", "NATO", "asserted"), ("Latvia", "member_of", "NATO", "asserted"),
        ("Norway", "member_of", "NATO", "asserted")}
    text = "Chile and Peru border Bolivia; both are members of the OAS."
    assert {s for s, r, o, m in _facts(_sheet(extractor, text), "member_of")} == {"Chile", "Peru"}


def test_founders_who_remain_its_members_and_members_set_off_after_a_list(extractor: Extractor) -> None:
    text = "The SCO was set up in Shanghai in 2001 by China, Russia and Tajikistan, which are still its full members."
    members = {s for s, r, o, m in _facts(_sheet(extractor, text), "member_of")
               if o == "Shanghai Cooperation Organisation"}
    assert members == {"China", "Russia", "Tajikistan"}
    text = "NATO met in Oslo. Norway, Canada and Italy, all founding members of the OSCE, sent envoys."
    members = {s for s, r, o, m in _facts(_sheet(extractor, text), "member_of")
               if o == "Organization for Security and Co-operation in Europe"}
    assert members == {"Norway", "Canada", "Italy"}


def test_member_states_of_a_body_including_and_a_grouping_of_counted_states(extractor: Extractor) -> None:
    text = ("NATO sent observers. Ships came from six member states of the African Union, including Ghana, Kenya and "
            "Senegal. ECOWAS groups 12 countries, including Togo and Benin.")
    facts = _facts(_sheet(extractor, text), "member_of")
    assert {("Ghana", "member_of", "African Union", "asserted"), ("Kenya", "member_of", "African Union", "asserted"),
            ("Senegal", "member_of", "African Union", "asserted")} <= facts
    assert {(s, o) for s, r, o, m in facts if s in ("Togo", "Benin")} == {
        ("Togo", "Economic Community of West African States"), ("Benin", "Economic Community of West African States")}


def test_among_a_named_bodys_dialogue_partners(extractor: Extractor) -> None:
    text = "Laos hosted the talks. Canada and Norway are among ASEAN's dialogue partners."
    assert {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "partner_of")} == {
        ("Canada", "Association of Southeast Asian Nations"), ("Norway", "Association of Southeast Asian Nations")}


def test_a_suspended_membership_of_a_body_referred_to(extractor: Extractor) -> None:
    text = "The African Union met in Addis Ababa. Niger's membership of the union was suspended in August 2023."
    assert ("Niger", "suspended_participation_in", "African Union", "asserted") in _facts(_sheet(extractor, text))
    text = "ECOWAS leaders met in Abuja on Monday. Guinea suspended its membership in 2021."
    assert ("Guinea", "suspended_participation_in", "Economic Community of West African States", "asserted") in \
        _facts(_sheet(extractor, text))
    text = "ECOWAS leaders met in Abuja on Monday. Guinea suspended its membership fees for a year."
    assert not _facts(_sheet(extractor, text), "suspended_participation_in")


def test_states_that_left_together_or_each_in_its_year(extractor: Extractor) -> None:
    text = "Hungary left the International Criminal Court in 2025 and Burundi in 2017."
    sheet = _sheet(extractor, text)
    assert {(f.subject, f.object, f.time) for f in sheet.facts if f.relation == "left"} == {
        ("Hungary", "International Criminal Court", "2025"), ("Burundi", "International Criminal Court", "2017")}
    text = "Mali withdrew from the G5 Sahel in 2022, together with Niger and Burkina Faso."
    assert {s for s, r, o, m in _facts(_sheet(extractor, text), "left")} == {"Mali", "Niger", "Burkina Faso"}


def test_parties_never_or_still_formally_bound(extractor: Extractor) -> None:
    text = ("India, which has never been a party to the Ottawa Convention, laid mines. Ukraine remains formally a "
            "party to the Ottawa Convention.")
    facts = _facts(_sheet(extractor, text), "agreement_party")
    assert {("Ottawa Convention", "agreement_party", "India", "negated"),
            ("Ottawa Convention", "agreement_party", "Ukraine", "asserted")} <= facts


def test_a_state_bound_to_others_by_treaties(extractor: Extractor) -> None:
    text = ("Spain is bound to Portugal by the Treaty of Friendship and the Iberian Defence Pact, and to Morocco by "
            "the Rabat Accord signed in 1991.")
    facts = {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "agreement_party")}
    assert {("Treaty of Friendship", "Spain"), ("Treaty of Friendship", "Portugal"),
            ("Iberian Defence Pact", "Spain"), ("Iberian Defence Pact", "Portugal"),
            ("Rabat Accord", "Spain"), ("Rabat Accord", "Morocco")} <= facts
    assert ("Rabat Accord", "Portugal") not in facts


def test_a_participle_signed_dates_its_own_agreement_only(extractor: Extractor) -> None:
    text = ("Poland is bound to Lithuania by the Vilnius Accord signed in 2019, and to Latvia by the Riga Pact "
            "concluded in 2021.")
    sheet = _sheet(extractor, text)
    assert {(f.subject, f.object) for f in sheet.facts if f.relation == "agreement_date"} == {
        ("Vilnius Accord", "2019"), ("Riga Pact", "2021")}


def test_a_planning_body_is_no_plan(extractor: Extractor) -> None:
    text = "Finland joined NATO's Nuclear Planning Group in 2023."
    sheet = _sheet(extractor, text)
    assert not [e for e in sheet.entities if e.type is EntityType.AGREEMENT]
    assert ("Finland", "member_of", "Nuclear Planning Group", "asserted") in _facts(sheet)


def test_european_defence_frameworks_are_known(extractor: Extractor) -> None:
    text = ("Malta is not a member of PESCO. Iceland belongs to the European Economic Area. Chad left the G5 Sahel "
            "in 2022. Spain joined Eurocorps in 1994.")
    assert {(s, o) for s, r, o, m in _facts(_sheet(extractor, text))} >= {
        ("Malta", "Permanent Structured Cooperation"), ("Iceland", "European Economic Area"), ("Chad", "G5 Sahel"),
        ("Spain", "Eurocorps")}


def test_a_list_set_off_by_an_all_apposition_is_the_verbs_subject(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "Peru, Ecuador and Brazil, all members of the Andean Community (CAN), will also "
                                   "send ships to the exercise.", "participates_in_exercise")
    assert {s for s, r, o, m in facts} == {"Peru", "Ecuador", "Brazil"}


def test_states_counted_then_listed_after_contributing_forces(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "Seven nations are sending troops: Chile, Peru, Uruguay and Paraguay.",
                        "participates_in_exercise")
    assert {s for s, r, o, m in facts} == {"Chile", "Peru", "Uruguay", "Paraguay"}


def test_the_states_that_opened_the_exercise_in_a_relative_clause_take_part(extractor: Extractor) -> None:
    text = "Officials in Caracas condemned the Iron Lynx 2026 drills that Colombia and Brazil began on Monday."
    facts = _facts(_sheet(extractor, text, date="2026-06-10"), "participates_in_exercise")
    assert {s for s, r, o, m in facts} == {"Colombia", "Brazil"}


@pytest.mark.parametrize(("text", "speaker", "words"), [
    (("Kremlin spokesman Yuri Orlov also commented on the visit, telling journalists that Moscow saw no threat "
      "in it."), "Yuri Orlov", "Moscow saw no threat in it"),
    (("Chile and Peru opened the drills on Monday, with Defence Minister Ana Kovac warning that the weather could "
      "delay the landings."), "Ana Kovac", "the weather could delay the landings"),
    ("Belarus has long warned Lithuania against hosting the brigade, saying the deployment would raise tensions.",
     "Belarus", "the deployment would raise tensions"),
    ("The landings were delayed by a day, said Brig. Tomas Varga of the Slovak Armed Forces.",
     "Tomas Varga", "The landings were delayed by a day"),
])
def test_speech_by_a_participle_or_after_an_abbreviated_rank(extractor: Extractor, text: str, speaker: str,
                                                             words: str) -> None:
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "said")} == {(speaker, words)}


def test_a_by_set_off_after_an_active_launch_names_no_founder(extractor: Extractor) -> None:
    text = "The CSTO on Monday launched Iron Lynx 2026, its yearly command exercise, hosted this year by Tajikistan."
    assert not _facts(_sheet(extractor, text), "founded_by")
    assert not _facts(_sheet(extractor, text), "founded_in")
    text = "The OAS was founded on April 30, 1948 by Chile and Peru, whose ministers signed a charter."
    assert {o for s, r, o, m in _facts(_sheet(extractor, text), "founded_by")} == {"Chile", "Peru"}


@pytest.mark.parametrize(("sentence", "venues"), [
    ("Iron Lynx 2026 is a live-fly exercise over Chile, Peru and Bolivia planned for June.",
     {"Chile", "Peru", "Bolivia"}),
    ("The Iron Lynx 2026 drills were held in the south of Chile, Argentina and Uruguay.",
     {"Chile", "Argentina", "Uruguay"}),
])
def test_every_venue_of_a_list_after_a_direction_or_before_a_participle(extractor: Extractor, sentence: str,
                                                                        venues: set[str]) -> None:
    facts = _facts(_sheet(extractor, sentence, date="2026-06-10"), "exercise_located_in")
    assert {o for s, r, o, m in facts} == venues


def test_a_body_named_in_an_apposition_on_the_exercise_holds_it(extractor: Extractor) -> None:
    text = "Chilean marines trained in Peru during Iron Lynx 2026, an OAS field exercise led by Peru."
    assert ("Organization of American States", "organizes_exercise", "Iron Lynx 2026", "asserted") in \
        _facts(_sheet(extractor, text, date="2026-06-10"))


def test_the_states_whose_armed_forces_held_the_drills_organise_them(extractor: Extractor) -> None:
    text = "The Iron Lynx 2026 drills, held jointly by the armed forces of Chile and Peru, ended on Friday."
    organisers = {s for s, r, o, m in _facts(_sheet(extractor, text, date="2026-06-10"), "organizes_exercise")}
    assert organisers == {"Chile", "Peru"}


def test_a_state_that_hosts_bases_or_a_summit_hosts_no_exercise(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "Peru, which hosts two US naval bases, is not taking part in the exercise.")
    assert ("Peru", "participates_in_exercise", "Iron Lynx 2026", "negated") in facts
    assert not {f for f in facts if f[1] == "hosts_exercise"}
    facts = _lynx_facts(extractor, "Chile will host at the Arica air base the final phase of the exercise.")
    assert ("Chile", "hosts_exercise", "Iron Lynx 2026", "planned") in facts


def test_no_words_in_what_is_declared_nor_in_the_writers_view_of_the_speaker(extractor: Extractor) -> None:
    text = "Chilean authorities declared Monday and Tuesday public holidays in the capital."
    assert not _facts(_sheet(extractor, text), "said")
    text = ("Defence Minister Ana Kovac said the drills would go ahead as planned, dismissing reports that Lima "
            "wanted them cut.")
    assert {o for s, r, o, m in _facts(_sheet(extractor, text), "said")} == {"the drills would go ahead as planned"}


def test_a_place_before_a_drill_noun_is_where_it_is_held_not_its_name(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 exercise opens in May. A rescue drill is planned at Valdora. Peru will take part in "
            "the Valdora drill. Chile kicks off Condor drills with Peru.")
    facts = _facts(_sheet(extractor, text, date="2026-04-10"), "participates_in_exercise")
    assert not {f for f in facts if f[2].startswith("Valdora")}
    assert ("Peru", "participates_in_exercise", "Iron Lynx 2026", "planned") in facts
    assert any(f[2].startswith("Condor") for f in facts)


def test_what_is_approved_under_a_programme_is_not_the_programme(extractor: Extractor) -> None:
    text = "EU defence ministers on Tuesday approved nine new projects under the bloc's PESCO framework."
    assert not {f for f in _facts(_sheet(extractor, text)) if f[1] in ("agreement_party", "agreement_date")}


def test_a_treaty_title_goes_on_past_for_the(extractor: Extractor) -> None:
    text = ("The Treaty on Measures for the Mutual Reduction of Coastal Artillery was signed by Chile and Peru in "
            "Lima in 1999.")
    agreements = {e.label for e in _sheet(extractor, text).entities if e.type is EntityType.AGREEMENT}
    assert agreements == {"Treaty on Measures for the Mutual Reduction of Coastal Artillery"}


def test_the_agreement_two_states_sign_is_the_one_named_before(extractor: Extractor) -> None:
    text = ("The Andes Defence Agreement was drafted last year. Chile and Peru signed the agreement in Lima on "
            "Monday.")
    facts = _facts(_sheet(extractor, text))
    assert {("Andes Defence Agreement", "agreement_party", "Chile", "asserted"),
            ("Andes Defence Agreement", "agreement_party", "Peru", "asserted")} <= facts


def test_joining_a_treaty_makes_a_party_and_joining_a_programme_a_member(extractor: Extractor) -> None:
    text = ("Chile acceded to the Treaty on a Nuclear-Weapon-Free Zone in Latin America in 1994, but Cuba has not "
            "joined the 1997 Ottawa Convention. Bolivia decided not to join the Regional Maritime Program.")
    sheet = _sheet(extractor, text)
    facts = _facts(sheet)
    assert {("Treaty on a Nuclear-Weapon-Free Zone in Latin America", "agreement_party", "Chile", "asserted"),
            ("Ottawa Convention", "agreement_party", "Cuba", "negated"),
            ("Ottawa Convention", "agreement_date", "1997", "asserted"),
            ("Bolivia", "member_of", "Regional Maritime Program", "negated")} <= facts


def test_a_roster_of_members_as_well_as_partners_takes_part(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "Participants include OAS members Chile, Peru and Canada, as well as NATO partners "
                                   "Georgia and Sweden.")
    assert {s for s, r, o, m in facts if r == "participates_in_exercise"} == {
        "Chile", "Peru", "Canada", "Georgia", "Sweden"}
    assert {s for s, r, o, m in facts if r == "partner_of"} == {"Georgia", "Sweden"}


def test_forces_drawn_from_states_or_named_by_their_adjectives_take_part(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "About 900 personnel are involved, drawn from Chile, Peru and Uruguay.",
                        "participates_in_exercise")
    assert {s for s, r, o, m in facts} == {"Chile", "Peru", "Uruguay"}
    facts = _lynx_facts(extractor, "Chilean and Peruvian military engineers will take part in the exercise.",
                        "participates_in_exercise")
    assert {s for s, r, o, m in facts} == {"Chile", "Peru"}


@pytest.mark.parametrize(("sentence", "observers"), [
    ("Two Chilean naval officers were among the foreign observers who watched the landings.", {"Chile"}),
    ("Observers from 12 countries attended the final phase, among them officers from Peru and Brazil.",
     {"Peru", "Brazil"}),
    ("Observers from Peru and Brazil are attending the drill, along with a delegation from Uruguay.",
     {"Peru", "Brazil", "Uruguay"}),
])
def test_observers_among_the_observers_or_listed_after_them(extractor: Extractor, sentence: str,
                                                            observers: set[str]) -> None:
    facts = _lynx_facts(extractor, sentence)
    assert {s for s, r, o, m in facts if r == "observer_of"} == observers
    assert not {s for s, r, o, m in facts if r == "participates_in_exercise" and s in observers}


def test_an_exercise_is_meant_by_the_acronym_defined_beside_its_name(extractor: Extractor) -> None:
    text = ("Chile and Peru will hold their annual Andean Trident (AT) exercise from May 4 to May 9, the ministry "
            "said on Monday. The allies also hold the springtime Coastal Shield exercise. Officials gave no "
            "figures. Brazil will not take part in this year's AT, the ministry said.")
    facts = _facts(_sheet(extractor, text), "participates_in_exercise")
    assert ("Brazil", "participates_in_exercise", "Andean Trident 2026", "negated") in facts
    assert not {f for f in facts if f[0] == "Brazil" and f[2] != "Andean Trident 2026"}


def test_a_regular_press_briefing_says_nothing_of_an_exercise_series(extractor: Extractor) -> None:
    text = ("Chile and Peru will hold the Andean Trident exercise in May. \"Andean Trident will test our readiness,"
            "\" spokesperson Ana Diaz told a regular press briefing. Bolivia will also send troops.")
    facts = _facts(_sheet(extractor, text), "participates_in_exercise")
    assert {(s, o) for s, r, o, m in facts} == {("Chile", "Andean Trident 2026"), ("Peru", "Andean Trident 2026"),
                                               ("Bolivia", "Andean Trident 2026")}


def test_a_place_a_sentence_includes_is_no_participant(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "The exercise will reflect lessons learned from recent conflicts, including the "
                                   "war in Ukraine.", "participates_in_exercise")
    assert not {s for s, r, o, m in facts if s == "Ukraine"}


def test_a_roster_goes_on_along_with_partners(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "Participating nations include Chile, Peru and Bolivia, along with European "
                                   "partners France, Italy and Spain.", "participates_in_exercise")
    assert {s for s, r, o, m in facts} == {"Chile", "Peru", "Bolivia", "France", "Italy", "Spain"}


def test_memberships_of_bodies_a_count_announces(extractor: Extractor) -> None:
    text = ("Pakistan was a member of two US-backed Cold War alliances, the Southeast Asia Treaty Organization "
            "(SEATO) and the Central Treaty Organization (CENTO).")
    assert {o for s, r, o, m in _facts(_sheet(extractor, text), "member_of") if s == "Pakistan"} == {
        "Southeast Asia Treaty Organization", "Central Treaty Organization"}


@pytest.mark.parametrize(("text", "expected"), [
    ("India and Pakistan became full members of the SCO in 2017, followed by Iran in 2023 and Belarus in 2024.",
     {("India", "member_of", "Shanghai Cooperation Organisation", "2017"),
      ("Pakistan", "member_of", "Shanghai Cooperation Organisation", "2017"),
      ("Iran", "member_of", "Shanghai Cooperation Organisation", "2023"),
      ("Belarus", "member_of", "Shanghai Cooperation Organisation", "2024")}),
    # the body the verb is left out before
    (("Pakistan quit the Southeast Asia Treaty Organization (SEATO) in 1972 and the Central Treaty Organization "
      "(CENTO) in 1979."), {("Pakistan", "left", "Southeast Asia Treaty Organization", "1972"),
                            ("Pakistan", "left", "Central Treaty Organization", "1979")}),
])
def test_a_clause_without_its_verb_takes_the_dated_fact_before_it(extractor: Extractor, text: str,
                                                                  expected: set[tuple[str, str, str, str]]) -> None:
    sheet = _sheet(extractor, text)
    assert {(f.subject, f.relation, f.object, f.time) for f in sheet.facts
            if f.relation in ("member_of", "left")} == expected


_TREATY = "The Treaty on the Prohibition of Nuclear Weapons (TPNW) entered into force in 2021. "


@pytest.mark.parametrize(("sentence", "parties"), [
    ("Brunei and Myanmar have signed it, while Singapore has neither signed nor ratified it.",
     {("Brunei", "asserted"), ("Myanmar", "asserted"), ("Singapore", "negated")}),
    ("India, Pakistan and Israel, which all have nuclear arsenals, never joined the treaty.",
     {("India", "negated"), ("Pakistan", "negated"), ("Israel", "negated")}),
    ("Thailand, Vietnam and Laos have already ratified the treaty.",
     {("Thailand", "asserted"), ("Vietnam", "asserted"), ("Laos", "asserted")}),
    # a signature is what counts, whatever the ratification
    ("China, Egypt and Iran signed the treaty but have not ratified it.",
     {("China", "asserted"), ("Egypt", "asserted"), ("Iran", "asserted")}),
    ("None of the five - the United States, Russia and China - has signed the treaty.",
     {("United States", "negated"), ("Russia", "negated"), ("China", "negated")}),
    ("It entered into force after Honduras became the 50th state to ratify it.", {("Honduras", "asserted")}),
    # the treaty's protocol is another agreement, and asking to join is no party's act
    ("France and Russia signed the treaty's protocol in 2014.", set()),
    ("Chile has also asked to join the treaty.", set()),
])
def test_a_treaty_signed_or_ratified_by_pronoun_or_noun(extractor: Extractor, sentence: str,
                                                         parties: set[tuple[str, str]]) -> None:
    facts = _facts(_sheet(extractor, _TREATY + sentence), "agreement_party")
    assert {(o, m) for s, r, o, m in facts if s == "Treaty on the Prohibition of Nuclear Weapons"} == parties


def test_a_treaty_named_by_an_acronym_that_leaves_a_word_out(extractor: Extractor) -> None:
    text = "The Comprehensive Nuclear-Test-Ban Treaty (CTBT) was adopted in 1996. Chile signed the CTBT in 1997."
    facts = _facts(_sheet(extractor, text), "agreement_party")
    assert ("Comprehensive Nuclear-Test-Ban Treaty", "agreement_party", "Chile", "asserted") in facts


@pytest.mark.parametrize(("text", "parties"), [
    ("The contract builds on a framework agreement between Chile and Peru concluded in February.", {"Chile", "Peru"}),
    ("The contract follows the framework agreement Chile and Peru signed in July 2022.", {"Chile", "Peru"}),
    ("It is the first such agreement Chile has concluded with a European country.", set()),
])
def test_an_agreement_described_before_its_signers(extractor: Extractor, text: str, parties: set[str]) -> None:
    facts = _facts(_sheet(extractor, text), "agreement_party")
    assert {o for s, r, o, m in facts} == parties


def test_a_conference_named_after_a_regions_armed_forces_is_a_body(extractor: Extractor) -> None:
    text = ("The council of the South American Armed Forces Conference (CFAS), whose members are Chile, Peru and "
            "Bolivia, met in Lima. CFAS was founded in 1999 by Chile and Peru to build trust between armies. "
            "Bolivia joined it in 2004.")
    facts = _facts(_sheet(extractor, text))
    body = "South American Armed Forces Conference"
    assert {s for s, r, o, m in facts if r == "member_of" and o == body} == {"Chile", "Peru", "Bolivia"}
    assert {o for s, r, o, m in facts if r == "founded_by" and s == body} == {"Chile", "Peru"}


def test_a_roster_of_participants_after_an_aside_on_the_host(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "Taking part, in addition to the host country, are Belize, Canada and Colombia.",
                        "participates_in_exercise")
    assert {s for s, r, o, m in facts} == {"Belize", "Canada", "Colombia"}


def test_a_state_itself_a_member(extractor: Extractor) -> None:
    text = "The Caribbean Community (CARICOM) met on Monday. Haiti is itself a CARICOM member."
    assert ("Haiti", "member_of", "Caribbean Community", "asserted") in _facts(_sheet(extractor, text))


@pytest.mark.parametrize(("text", "expected"), [
    # treaties news names by acronym or short name only
    ("North Korea announced its withdrawal from the NPT in 2003.",
     ("North Korea", "left", "Treaty on the Non-Proliferation of Nuclear Weapons", "asserted")),
    ("Moscow suspended its participation in New START in February.",
     ("Russia", "suspended_participation_in", "New START", "asserted")),
    ("Georgia suspended its implementation of the Open Skies Treaty with respect to Russia in 2012.",
     ("Georgia", "suspended_participation_in", "Treaty on Open Skies", "asserted")),
    # a treaty named in the sentence before, in a text that names no organisation
    ("New START expires in February. Russia is not withdrawing from the treaty, the ministry said.",
     ("Russia", "left", "New START", "negated")),
])
def test_arms_control_treaties_left_or_suspended(extractor: Extractor, text: str,
                                                 expected: tuple[str, str, str, str]) -> None:
    assert expected in _facts(_sheet(extractor, text))


def test_a_long_relative_clause_between_a_subject_and_its_verb(extractor: Extractor) -> None:
    text = ("Kazakhstan, which gave up the world's fourth-largest nuclear arsenal after the collapse of the Soviet "
            "Union, joined the NPT as a non-nuclear-weapon state in 1994.")
    facts = _facts(_sheet(extractor, text), "agreement_party")
    assert {o for s, r, o, m in facts} == {"Kazakhstan"}


def test_partners_in_a_programme_are_its_members_and_partners_in_a_body_its_partners(extractor: Extractor) -> None:
    text = ("Chile, Peru and Bolivia have been partners in the Andean Combat Air Programme (ACAP) since 2022. "
            "Japan and India are partners in the Shanghai Cooperation Organisation.")
    facts = _facts(_sheet(extractor, text))
    assert {s for s, r, o, m in facts if r == "member_of" and o == "Andean Combat Air Programme"} == {
        "Chile", "Peru", "Bolivia"}
    assert not {f for f in facts if f[1] == "member_of" and f[2] == "Shanghai Cooperation Organisation"}


def test_members_of_a_body_described_in_an_apposition_and_one_that_is_not(extractor: Extractor) -> None:
    text = ("Officials first proposed the Organisation for Joint Armament Co-operation (OCCAR), the Bonn-based "
            "procurement agency to which Belgium and Italy belong, but the idea was dropped because Japan is not a "
            "member.")
    facts = _facts(_sheet(extractor, text), "member_of")
    assert {(s, m) for s, r, o, m in facts if o == "Organisation for Joint Armament Co-operation"} == {
        ("Belgium", "asserted"), ("Italy", "asserted"), ("Japan", "negated")}


def test_diplomatic_relations_established_found_no_body(extractor: Extractor) -> None:
    text = ("Belize, which is a member of the Organization of American States (OAS), established diplomatic relations "
            "with China in March 2023.")
    assert not {f for f in _facts(_sheet(extractor, text)) if f[1] in ("founded_in", "founded_by")}


def test_delegations_sent_to_a_city_take_no_part_in_an_exercise(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "Mexico and Spain, which hold observer status in the OAS, sent delegations to "
                                   "Santiago.", "participates_in_exercise")
    assert not facts


@pytest.mark.parametrize(("text", "expected"), [
    # a Spanish name's first surname alone (but not a Korean name's last syllables)
    ('The commander, Héctor Ulloa Banegas, spoke first. "We have the pilots," Ulloa said at the ceremony.',
     ("Héctor Ulloa Banegas", "We have the pilots")),
    # the words of "saying", not the thing announced
    ("Chile's President Ana Rojas announced the suspension in her address on Monday, saying the talks had failed.",
     ("Ana Rojas", "the talks had failed")),
    ("Russia said at the time it would not deploy missiles in the region.",
     ("Russia", "it would not deploy missiles in the region")),
    # the source of the clause before it only
    (("Floods have displaced 5,000 people in Chile, according to the International Organization for Migration "
      "(IOM), and roads remain closed."), ("International Organization for Migration",
                                           "Floods have displaced 5,000 people in Chile")),
    ("NATO, whose members have also stayed away, says the treaty is inconsistent with its policy.",
     ("NATO", "the treaty is inconsistent with its policy")),
])
def test_speakers_and_their_words_past_asides(extractor: Extractor, text: str, expected: tuple[str, str]) -> None:
    said = {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "said")}
    assert expected in said
    assert not {(s, o) for s, o in said if s == expected[0] and o != expected[1]}


def test_a_korean_name_gives_no_surname_to_another(extractor: Extractor) -> None:
    text = ("Kim Yo Jong, sister of leader Kim Jong Un and a senior official of the ruling party, said in a statement "
            "that the drills were a provocation.")
    assert not {s for s, r, o, m in _facts(_sheet(extractor, text), "said") if s == "Kim Jong Un"}


def test_participation_confirmed_past_an_attribution_to_a_states_ministry(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "Colombia and Bolivia have confirmed their participation, according to Chile's "
                                   "Ministry of Defence.", "participates_in_exercise")
    assert {s for s, r, o, m in facts} >= {"Colombia", "Bolivia"}
    # ... while participation in a body is no exercise's
    member_talk = _lynx_facts(extractor, "Bolivia will not participate in any OAS mission there.",
                              "participates_in_exercise")
    assert not member_talk


def test_an_exercise_named_before_a_counter_narcotics_noun(extractor: Extractor) -> None:
    text = "In March, Honduras will host the annual Central Skies counter-narcotics exercise at Soto Cano."
    facts = _facts(_sheet(extractor, text, date="2026-01-10"), "hosts_exercise")
    assert facts == {("Honduras", "hosts_exercise", "Central Skies 2026", "planned")}


@pytest.mark.parametrize(("text", "agreement", "date"), [
    # a participle's date holds whatever the main clause says
    (("Chile will not accept foreign bases, a position rooted in the Andes-Pacific Treaties, signed by the two "
      "countries in 1977, under which the port was handed over."), "Andes-Pacific Treaties", ("1977", "asserted")),
    ("The Lima Treaty bans nuclear tests. The treaty was signed in Quito on Dec 15, 1995.", "Lima Treaty",
     ("1995-12-15", "asserted")),
    (("The Lima Treaty was debated. The treaty, adopted by the regional assembly on September 10, 1996, bans all "
      "tests."), "Lima Treaty", ("1996-09-10", "asserted")),
    ("The Andean Combat Air Programme was launched in March 2021 to build a fighter.",
     "Andean Combat Air Programme", ("2021-03", "asserted")),
])
def test_an_agreements_date_by_a_participle_its_noun_or_its_launch(extractor: Extractor, text: str, agreement: str,
                                                                   date: tuple[str, str]) -> None:
    facts = _facts(_sheet(extractor, text), "agreement_date")
    assert {(o, m) for s, r, o, m in facts if s == agreement} == {date}


def test_a_signing_told_again_gives_its_date_and_no_second_set_of_parties(extractor: Extractor) -> None:
    text = ("Chile and Peru signed a framework agreement on drones on Monday, the ministry said. The document was "
            "signed in Lima on March 2 by Deputy Minister Ana Rojas and Deputy Minister Luis Soto.")
    sheet = _sheet(extractor, text)
    assert {(f.relation, f.object) for f in sheet.facts if f.subject == "framework agreement on drones"} >= {
        ("agreement_party", "Chile"), ("agreement_party", "Peru"), ("agreement_date", "2026-03-02")}
    assert len([f for f in sheet.facts if f.relation == "agreement_party"]) == 2


def test_an_irish_name_with_its_particle_speaks(extractor: Extractor) -> None:
    text = ("The Government will ask the Dáil to pass the bill, Defence Minister Cathal Ó Briain has confirmed. "
            "Mr Ó Briain said he expected it to pass before the recess.")
    said = {(s, o) for s, r, o, m in _facts(_sheet(extractor, text), "said")}
    assert said == {("Cathal Ó Briain", "The Government will ask the Dáil to pass the bill"),
                    ("Cathal Ó Briain", "he expected it to pass before the recess")}


@pytest.mark.parametrize("sentence", [
    "The exercise comes as instability in the Sahel worries European capitals.",
    "The exercise began amid a wave of kidnappings of seafarers off Ghana, Benin and Togo.",
    "The exercise was agreed with Libya's government in Tripoli.",
])
def test_what_happens_or_sits_in_a_place_is_no_venue(extractor: Extractor, sentence: str) -> None:
    facts = _lynx_facts(extractor, sentence, "exercise_located_in")
    assert {o for s, r, o, m in facts} == {"Arica"}


@pytest.mark.parametrize("text", [
    "Malta stayed out of the bloc's Permanent Structured Cooperation (PESCO).",
    "Malta abstains under the European Peace Facility (EPF), the EU's off-budget fund for military aid.",
    "Rwandan troops are paid through the European Peace Facility, an EU fund for military assistance.",
    "Ireland joined Nato's Partnership for Peace programme in 1999.",
])
def test_a_programme_belongs_to_the_body_its_text_names_as_its_owner(extractor: Extractor, text: str) -> None:
    assert {o for s, r, o, m in _facts(_sheet(extractor, text), "part_of")} & {"European Union", "NATO"}


def test_members_among_the_bodys_member_states_and_of_a_community_of_two_peoples(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Chile, Peru and Canada are among the nine OAS member states taking part."),
                   "member_of")
    assert {s for s, r, o, m in facts if o == "Organization of American States"} == {"Chile", "Peru", "Canada"}
    text = ("Colombia and Venezuela are members of the Community of Latin American and Caribbean States (CELAC), a "
            "33-nation regional bloc.")
    facts = _facts(_sheet(extractor, text), "member_of")
    assert {(s, o) for s, r, o, m in facts} == {("Colombia", "Community of Latin American and Caribbean States"),
                                               ("Venezuela", "Community of Latin American and Caribbean States")}


@pytest.mark.parametrize("second", ["None of the three countries is a member of NATO.",
                                    "Neither of the two countries is a member of NATO."])
def test_none_of_the_counted_states_is_a_member(extractor: Extractor, second: str) -> None:
    first = ("Austria, Ireland and Malta sent observers. " if "three" in second
             else "Austria and Ireland sent observers. ")
    facts = _facts(_sheet(extractor, first + second), "member_of")
    expected = {"Austria", "Ireland", "Malta"} if "three" in second else {"Austria", "Ireland"}
    assert {(s, m) for s, r, o, m in facts if o == "NATO"} == {(state, "negated") for state in expected}


@pytest.mark.parametrize(("text", "agreement", "party"), [
    (("Belgium and the Netherlands signed the BENE Air Defence Arrangement on Monday. Luxembourg, which sat in on "
      "the talks, did not sign the arrangement."), "BENE Air Defence Arrangement", "Luxembourg"),
    ("Leaders signed the Lima Charter on Security in Quito. Bolivia did not sign the charter.",
     "Lima Charter on Security", "Bolivia"),
    ("Chile and Peru have ratified the Lima Arrangement on Security. Bolivia has not ratified the arrangement.",
     "Lima Arrangement on Security", "Bolivia"),
])
def test_an_arrangement_or_charter_not_signed(extractor: Extractor, text: str, agreement: str, party: str) -> None:
    assert (agreement, "agreement_party", party, "negated") in _facts(_sheet(extractor, text))


# -- session of 2026-12-02 (eleventh): rosters, towns of states, kinds of states ------------------------------

def test_a_name_kg_does_not_know_before_an_aside_is_the_subject_of_groups(extractor: Extractor) -> None:
    text = ("Sector Nine, one of three maritime zones of the Economic Community of West African States (ECOWAS), "
            "groups Ghana, Liberia and Guinea.")
    assert not _facts(_sheet(extractor, text), "member_of")
    facts = _facts(_sheet(extractor, "The CSTO, set up in 2002, groups Russia and Armenia."), "member_of")
    assert {s for s, _, _, _ in facts} == {"Russia", "Armenia"}


_SEA_LYNX = "Navies from across the region began Sea Lynx 2026 on Monday, the largest naval exercise in the region. "


@pytest.mark.parametrize("roster", [
    "Twenty nations are taking part. They include Nigeria, Togo and Benin.",
    "Twenty-nine nations are taking part. Alongside the two hosts, they include Nigeria, Togo and Benin.",
    "Twenty nations are taking part. Among them are Nigeria, Togo and Benin.",
])
def test_they_include_after_a_count_of_participants(extractor: Extractor, roster: str) -> None:
    facts = _facts(_sheet(extractor, _SEA_LYNX + roster), "participates_in_exercise")
    assert {s for s, _, _, _ in facts} == {"Nigeria", "Togo", "Benin"}


@pytest.mark.parametrize("roster", [
    "ECOWAS has 12 members. They include Nigeria, Togo and Benin.",
    "ECOWAS has twelve members. Among them are Nigeria, Togo and Benin.",
])
def test_they_include_after_a_count_of_members_takes_no_part(extractor: Extractor, roster: str) -> None:
    facts = _facts(_sheet(extractor, _SEA_LYNX + roster))
    assert not {s for s, r, _, _ in facts if r == "participates_in_exercise"}
    if "They include" in roster:
        assert {s for s, r, _, _ in facts if r == "member_of"} == {"Nigeria", "Togo", "Benin"}


def test_towns_after_a_states_possessive_are_venues(extractor: Extractor) -> None:
    text = _SEA_LYNX + ("The at-sea phase will be staged with boarding drills off Ghana's Takoradi and Ivory Coast's "
                        "San Pedro.")
    facts = _facts(_sheet(extractor, text))
    assert {o for _, r, o, _ in facts if r == "exercise_located_in"} == {"Takoradi", "San Pedro"}
    assert {(s, o) for s, r, o, _ in facts if r == "part_of"} == {("Takoradi", "Ghana"), ("San Pedro", "Ivory Coast")}


def test_a_comma_and_a_states_possessive_open_a_clause_not_a_town(extractor: Extractor) -> None:
    text = _SEA_LYNX + ("Speaking at the ceremony in Oruka, Kenya's Defence Cabinet Secretary Mercy Achieng said the "
                        "drills would help.")
    assert not any(e.type is EntityType.PLACE and "Secretary" in e.label for e in _sheet(extractor, text).entities)


def test_an_honorific_and_surname_take_the_full_name_set_off_before(extractor: Extractor) -> None:
    text = ("The document was signed by Cameroon's Minister Delegate at the Presidency in charge of Defence, "
            "Jean-Pierre Mvondo Ella. \"We will patrol these waters together,\" Mr Mvondo Ella told journalists.")
    assert {s for s, r, _, _ in _facts(_sheet(extractor, text), "said")} == {"Jean-Pierre Mvondo Ella"}


def test_an_exercise_named_with_its_years_iteration(extractor: Extractor) -> None:
    text = ("PAF, USAF to kick off Cope Thunder 25-1 on Monday\n\nThe Philippine Air Force and the United States Air "
            "Force will open Cope Thunder 25-1 on Monday, with more than 1,000 airmen expected to fly in the bilateral "
            "exercise until April 18.")
    facts = _facts(_sheet(extractor, text, date="2025-04-05"))
    assert {(o, m) for s, r, o, m in facts if r == "exercise_date"} == {("2025-04-07/2025-04-18", "planned")}
    assert {(s, m) for s, r, o, m in facts if r == "participates_in_exercise"} == {
        ("Philippine Air Force", "planned"), ("United States Air Force", "planned")}


def test_the_project_includes_after_an_initiative(extractor: Extractor) -> None:
    text = ("Greece and Turkey joined the European Sky Shield Initiative (ESSI) on Thursday. In addition to Germany, "
            "the project includes Austria, Belgium and Bulgaria.")
    facts = _facts(_sheet(extractor, text), "member_of")
    members = {s for s, _, o, _ in facts if o == "European Sky Shield Initiative"}
    assert members == {"Greece", "Turkey", "Germany", "Austria", "Belgium", "Bulgaria"}
    text = "Finland joined NATO on Tuesday. The project includes Austria, Belgium and Bulgaria."
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "member_of")} == {"Finland"}


@pytest.mark.parametrize("sentence, outside", [
    ("Switzerland, which does not belong to NATO, sends six jets.", {"Switzerland"}),
    ("Switzerland, the only participant that does not belong to NATO, sends six jets.", {"Switzerland"}),
    ("Austria and Ireland, which do not belong to NATO, sent jets.", {"Austria", "Ireland"}),
    ("Turkey has opened the drills to countries that are not members of the alliance, such as Pakistan and Qatar.",
     {"Pakistan", "Qatar"}),
    ("Turkey invited states that are not NATO members, including Pakistan and Qatar.", {"Pakistan", "Qatar"}),
])
def test_states_a_relative_clause_puts_outside_an_alliance(extractor: Extractor, sentence: str,
                                                          outside: set[str]) -> None:
    text = "NATO allies flew the Sky Lynx 2026 drills in Turkey. " + sentence
    facts = _facts(_sheet(extractor, text), "member_of")
    assert {(s, m) for s, _, o, m in facts if o == "NATO"} == {(s, "negated") for s in outside}


def test_states_a_relative_clause_puts_inside_an_alliance(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Countries that are members of NATO, such as Poland and Romania, sent jets."))
    assert {(s, m) for s, _, o, m in facts if o == "NATO"} == {("Poland", "asserted"), ("Romania", "asserted")}


def test_an_exercise_director_names_no_exercise(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 drills opened on Monday. \"Every sortie makes the alliance stronger,\" Lt. Col. Grant "
            "Hollister, the USAF exercise director, said.")
    sheet = _sheet(extractor, text)
    assert {e.label for e in sheet.entities if e.type is EntityType.EXERCISE} == {"Iron Lynx 2026"}
    assert ("Grant Hollister", "holds_position", "USAF exercise director", "asserted") in _facts(sheet)


def test_an_aircraft_named_with_a_year_is_no_exercise(extractor: Extractor) -> None:
    text = ("In June, Rafale jets flew in Red Flag Alaska, and in 2021 the air force sent Mirage 2000 fighters to the "
            "Blue Flag exercise in Israel.")
    assert "Mirage 2000" not in {e.label for e in _sheet(extractor, text).entities}


def test_air_stations_the_drills_are_flown_from_are_venues(extractor: Extractor) -> None:
    text = ("Arctic Lynx 2025 kicks off on Monday. The drills are flown from Orland Air Station in central Norway and "
            "Rovaniemi Air Base in Finland.")
    facts = _facts(_sheet(extractor, text, date="2025-06-02"))
    assert {"Orland Air Station", "Rovaniemi Air Base"} <= {o for _, r, o, _ in facts if r == "exercise_located_in"}
    assert ("Orland Air Station", "part_of", "Norway", "asserted") in facts


def test_a_host_together_with_others_makes_them_co_hosts(extractor: Extractor) -> None:
    text = "Arctic Lynx 2025 kicks off on Monday. Norway hosts the drills together with Sweden and Finland."
    facts = _facts(_sheet(extractor, text, date="2025-06-02"), "hosts_exercise")
    assert {s for s, _, _, _ in facts} == {"Norway", "Sweden", "Finland"}
    facts = _facts(_sheet(extractor, "Arctic Lynx 2025 kicks off on Monday. Norway hosts the drills with Sweden.",
                          date="2025-06-02"), "hosts_exercise")
    assert {s for s, _, _, _ in facts} == {"Norway"}


def test_a_weekday_before_a_past_verb_is_past_whatever_the_sentence_plans(extractor: Extractor) -> None:
    text = ("Nigeria and Cameroon on Wednesday signed a memorandum of understanding on maritime security that will "
            "see their navies patrol jointly.")
    facts = _facts(_sheet(extractor, text, date="2026-01-22"))
    assert ("memorandum of understanding on maritime security", "agreement_date", "2026-01-21", "asserted") in facts
    # the relative clause's "will" is not the signing's
    assert ("Nigeria", "signed_agreement_with", "Cameroon", "asserted") in facts
    times = find_times("Navies on Wednesday began drills that will run for a week.", reference=ReferenceDate(
        "2026-01-22", "page date"), future=True)
    assert [t.value for t in times if t.kind == "weekday"] == ["2026-01-21"]


def test_a_body_set_off_by_a_long_aside_then_an_adverb_includes_its_members(extractor: Extractor) -> None:
    text = ("The CSTO, set up in 2002 on the basis of a 1992 collective security treaty, also includes Russia, "
            "Belarus and Armenia.")
    facts = _facts(_sheet(extractor, text), "member_of")
    assert {s for s, _, o, _ in facts if o == "Collective Security Treaty Organization"} == {"Russia", "Belarus",
                                                                                              "Armenia"}


@pytest.mark.parametrize("text", [
    "A memorandum of understanding was signed by Bulgaria, Romania and Turkey on January 11.",
    ("The minehunters will patrol the Black Sea. The memorandum of understanding on the group was signed by the "
     "defence ministers of Bulgaria, Romania and Turkey on January 11."),
])
def test_a_memorandum_named_by_its_kind_signed_by_states(extractor: Extractor, text: str) -> None:
    facts = _facts(_sheet(extractor, text, date="2024-03-01"))
    assert {o for s, r, o, _ in facts if r == "agreement_party" and s == "memorandum of understanding"} == {
        "Bulgaria", "Romania", "Turkey"}
    assert ("memorandum of understanding", "agreement_date", "2024-01-11", "asserted") in facts


def test_a_town_that_marks_where_a_training_centre_lies_is_no_venue(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 drills are taking place at the Zar training centre near Yerevan. Another phase will be "
            "held near Gyumri.")
    facts = _facts(_sheet(extractor, text), "exercise_located_in")
    assert {o for _, _, o, _ in facts} == {"Zar training centre", "Gyumri"}


def test_a_ship_that_leads_a_detachment_organises_no_exercise(extractor: Extractor) -> None:
    text = ("Russia will be represented in the Sea Lynx 2026 exercise by a detachment of Pacific Fleet ships led by "
            "the corvette Rezkiy. The exercise is led by the U.S. Sixth Fleet.")
    facts = _facts(_sheet(extractor, text), "organizes_exercise")
    assert {s for s, _, _, _ in facts} == {"U.S. Sixth Fleet"}


def test_a_surname_that_speaks_is_the_full_name_given_before_after_an_unknown_title(extractor: Extractor) -> None:
    text = ("The plan was signed in Belgrade by Russian Deputy Defence Minister Ivan Sokolov and State Secretary of "
            "the Serbian Defence Ministry Marko Belic.\n\n\"The plan provides for 100 joint events,\" Sokolov said.\n\n"
            "Belic, for his part, told journalists that Belgrade valued its military contacts with Moscow.\n\n"
            "\"Serbia will not join any military alliance,\" he said.")
    said = {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "said")}
    assert said == {("Ivan Sokolov", "The plan provides for 100 joint events"),
                    ("Marko Belic", "Belgrade valued its military contacts with Moscow"),
                    ("Marko Belic", "Serbia will not join any military alliance")}


@pytest.mark.parametrize("sentence, agreement, date", [
    (("The Ruritania Charter, which gives the grouping a legal personality, was adopted at the summit in Colombo in "
      "March 2022."), "Ruritania Charter", "2022-03"),
    ("Washington is the depositary of the Lima Treaty, the alliance's founding document signed in 1949.",
     "Lima Treaty", "1949"),
    ("Chile is no longer a party to the Lima Treaty (LT), a 1947 hemispheric defence pact.", "Lima Treaty", "1947"),
])
def test_an_agreements_date_past_a_relative_clause_or_in_an_apposition(extractor: Extractor, sentence: str,
                                                                        agreement: str, date: str) -> None:
    assert {(s, o) for s, r, o, _ in _facts(_sheet(extractor, sentence), "agreement_date")} == {(agreement, date)}


def test_a_year_set_off_after_an_agreement_dates_it_only_before_an_agreement_noun(extractor: Extractor) -> None:
    assert not _facts(_sheet(extractor, "Turkey signed the Lima Accord, a 2021 plan of action."), "agreement_date")


# -- guards the review of the session's rules asked for (each sentence one the first versions got wrong) ---------

@pytest.mark.parametrize("text, members", [
    ("Today, the Collective Security Treaty Organization, set up in 2002, includes Russia, Belarus and Armenia.",
     {("Russia", "Collective Security Treaty Organization"), ("Belarus", "Collective Security Treaty Organization"),
      ("Armenia", "Collective Security Treaty Organization")}),
    ("Greece joined NATO's Partnership for Peace programme in 1994. The initiative includes Austria and Malta.",
     {("Greece", "Partnership for Peace")}),
    (("Greece joined the European Sky Shield Initiative on Thursday. Separately, Poland's rail link is moving ahead; "
      "the project includes Lithuania, Latvia and Estonia."), {("Greece", "European Sky Shield Initiative")}),
    (("NATO ministers met in Brussels on Monday. The Nordic group now has five members. They include Sweden and "
      "Finland."), set()),
    ("Sweden and Switzerland, which does not belong to NATO, sent jets.", {("Switzerland", "NATO")}),
])
def test_memberships_the_new_anaphors_and_asides_leave_alone(extractor: Extractor, text: str,
                                                              members: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "member_of")} == members


@pytest.mark.parametrize("roster", [
    "Several other states are taking part as observers. They include Chad and Mali.",
    "Twenty nations are taking part in talks on the sidelines. They include Nigeria and Togo.",
    "Twenty nations were taking part last year. They include Chad and Mali.",
    "Analysts say they are worried about Russian ships at Conakry.",
])
def test_no_participants_without_a_count_of_them_before(extractor: Extractor, roster: str) -> None:
    assert not _facts(_sheet(extractor, _SEA_LYNX + roster), "participates_in_exercise")


@pytest.mark.parametrize("sentence", [
    "The closing parade of the exercise will be held at Ghana's Independence Day celebrations.",
    "The at-sea phase is held off Takoradi and Nigeria's President Tinubu will attend.",
])
def test_what_a_states_possessive_names_that_is_no_town(extractor: Extractor, sentence: str) -> None:
    places = {e.label for e in _sheet(extractor, _SEA_LYNX + sentence).entities if e.type is EntityType.PLACE}
    assert not places & {"Independence Day", "President Tinubu"}


def test_an_honorific_with_two_full_names_before_keeps_its_surname(extractor: Extractor) -> None:
    text = ("The minister in charge of Defence, Joseph Beti Assomo, and his wife, Marie Assomo, attended.\n\n"
            "\"We will patrol these waters together,\" Mr Assomo told journalists.")
    assert not {s for s, r, _, _ in _facts(_sheet(extractor, text), "said")} & {"Marie Assomo", "Joseph Beti Assomo"}


@pytest.mark.parametrize("text", [
    "Yesterday Belic met the minister in Belgrade.\n\nBelic said the talks had gone very well indeed.",
    "Visitors toured Fort Bragg on Monday.\n\nBragg said the talks had gone very well indeed.",
])
def test_a_word_before_an_earlier_surname_that_is_no_given_name(extractor: Extractor, text: str) -> None:
    assert not {s for s, r, _, _ in _facts(_sheet(extractor, text), "said")} & {"Yesterday Belic", "Fort Bragg"}


def test_no_agreement_named_by_a_copy_or_a_text_of_it(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "The text of the agreement was signed by Ghana and Togo on Monday.")
    assert not {e.label for e in sheet.entities if e.type is EntityType.AGREEMENT}


@pytest.mark.parametrize("sentence, venues", [
    ("For the Steel Lance 2026 exercise, US paratroopers were flown from Pope Air Force Base to Latvia.", set()),
    ("The Iron Lynx 2026 drills are taking place at ranges near Gyumri and Vanadzor.", {"Gyumri", "Vanadzor"}),
])
def test_venues_after_from_and_near(extractor: Extractor, sentence: str, venues: set[str]) -> None:
    facts = _facts(_sheet(extractor, sentence), "exercise_located_in")
    assert {o for _, _, o, _ in facts} & {"Pope Air Force Base", "Gyumri", "Vanadzor"} == venues


def test_co_hosts_end_with_their_list(extractor: Extractor) -> None:
    text = ("The Arctic Lynx 2025 exercise began. Norway hosts the drills together with Sweden and Finland, Britain "
            "and France send troops.")
    facts = _facts(_sheet(extractor, text, date="2025-06-02"), "hosts_exercise")
    assert {s for s, _, _, _ in facts} == {"Norway", "Sweden", "Finland"}


@pytest.mark.parametrize("text, value", [
    ("The drills will end on Friday said navy spokesman Ali Musa.", "2026-01-23"),
    ("The minister will sign the pact at a ceremony on Friday held in Accra.", "2026-01-23"),
])
def test_a_weekday_in_a_future_clause_before_a_participle(text: str, value: str) -> None:
    times = find_times(text, reference=ReferenceDate("2026-01-22", "page date"), future=True)
    assert [t.value for t in times if t.kind == "weekday"] == [value]


def test_a_headlines_verb_before_to_is_no_plan(extractor: Extractor) -> None:
    text = "Warships Sailed to Open Sea as Sea Lynx 2026 Exercise Ended in Lagos\n\nThe drills ended on Friday."
    assert {m for _, r, _, m in _facts(_sheet(extractor, text)) if r == "exercise_located_in"} == {"asserted"}


def test_a_title_of_a_ministry_before_a_name(extractor: Extractor) -> None:
    text = "State Secretary of the Serbian Defence Ministry Marko Belic told journalists that the plan was good."
    facts = _facts(_sheet(extractor, text))
    assert {s for s, r, _, _ in facts if r == "said"} == {"Marko Belic"}
    assert ("Marko Belic", "holds_position", "Serbian Defence Ministry State Secretary", "asserted") in facts


def test_a_bloc_suspends_each_state_of_a_list(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "ECOWAS suspended Guinea, Mali and Niger after the coups."),
                   "suspended_participation_in")
    assert {s for s, _, _, _ in facts} == {"Guinea", "Mali", "Niger"}


@pytest.mark.parametrize("text", [
    "Togo withdrew last year from the G5 Sahel.",
    "Togo withdrew in May 2012 from the G5 Sahel.",
])
def test_leaving_with_a_time_before_from(extractor: Extractor, text: str) -> None:
    assert ("Togo", "left", "G5 Sahel", "asserted") in _facts(_sheet(extractor, text))


@pytest.mark.parametrize("text, founders", [
    ("The G5 Sahel was created in 2014 with Chad, Mali and Niger.", {"Chad", "Mali", "Niger"}),
    ("Togo was a founding member of the G5 Sahel, set up in 2014 with Chad and Niger.",
     {"Togo", "Chad", "Niger"}),
    # (guards: backing, and a founding by someone named before "with")
    ("The G5 Sahel was created in 2014 with French backing.", set()),
    ("The G5 Sahel was created by Chad in 2014 with Mali watching.", {"Chad"}),
])
def test_founded_with_a_list_of_states(extractor: Extractor, text: str, founders: set[str]) -> None:
    assert {o for _, _, o, _ in _facts(_sheet(extractor, text), "founded_by")} == founders


def test_a_named_field_training_exercise(extractor: Extractor) -> None:
    text = "Troops on Monday began the African Union's Savanna Shield II field training exercise in Lohatla."
    facts = _facts(_sheet(extractor, text))
    assert ("African Union", "organizes_exercise", "Savanna Shield II", "asserted") in facts


@pytest.mark.parametrize("text, person, positions", [
    ("Indian Navy chief Admiral Ravi Menon said the drills were useful.", "Ravi Menon", {"Indian Navy chief"}),
    ("Navy chief Admiral Tom Reeve told reporters the drills were useful.", "Tom Reeve", {"Navy chief"}),
    ("The AU's Commissioner for Peace and Security, Ama Diallo, told reporters the test was useful.", "Ama Diallo",
     {"Commissioner for Peace and Security"}),
])
def test_offices_around_a_rank_or_set_off_before_a_name(extractor: Extractor, text: str, person: str,
                                                         positions: set[str]) -> None:
    facts = _facts(_sheet(extractor, text), "holds_position")
    assert {o for s, _, o, _ in facts if s == person} == positions


def test_a_speaker_set_off_by_an_office_with_a_comma_of_its_own(extractor: Extractor) -> None:
    text = ("Addressing the troops, Lieutenant General Juan Rojas, General Officer Commanding-in-Chief, Southern "
            "Command, said, “The drills will strengthen the partnership between our two armies.”")
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "said")} == {"Juan Rojas"}


def test_both_members_along_with_others(extractor: Extractor) -> None:
    text = "Peru and Chile, both members of the Pacific Alliance along with Mexico and Colombia, met in Lima."
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "member_of")} == {
        "Peru", "Chile", "Mexico", "Colombia"}


@pytest.mark.parametrize("text, dates", [
    (("Peru and Chile have deepened ties, signing the Logistics Support Agreement (LSA) in 2016, the "
      "Communications Security Agreement (CSA) in 2018 and the Basic Cooperation Agreement (BCA) in 2020."),
     {"Logistics Support Agreement": "2016", "Communications Security Agreement": "2018",
      "Basic Cooperation Agreement": "2020"}),
    ("In 2019 Peru and Chile signed the Logistics Support Agreement and the Basic Cooperation Agreement.",
     {"Logistics Support Agreement": "2019", "Basic Cooperation Agreement": "2019"}),
])
def test_agreements_listed_after_one_signing(extractor: Extractor, text: str, dates: dict[str, str]) -> None:
    sheet = _sheet(extractor, text)
    assert {s: o for s, _, o, _ in _facts(sheet, "agreement_date")} == dates
    assert {(s, o) for s, _, o, _ in _facts(sheet, "agreement_party")} == {
        (agreement, state) for agreement in dates for state in ("Peru", "Chile")}


def test_an_agreement_concerning_a_subject(extractor: Extractor) -> None:
    text = ("Peru and Chile signed the Agreement concerning Mutual Logistics Support between the Armed Forces of the "
            "two countries in Lima on 9 September 2020.")
    facts = _facts(_sheet(extractor, text))
    assert {(s, o) for s, r, o, _ in facts if r in ("agreement_party", "agreement_date")} == {
        ("Agreement concerning Mutual Logistics Support", "Peru"),
        ("Agreement concerning Mutual Logistics Support", "Chile"),
        ("Agreement concerning Mutual Logistics Support", "2020-09-09")}


def test_a_quoted_name_after_the_capitalised_noun_of_a_title(extractor: Extractor) -> None:
    text = ("The 5th edition of the Peru-Chile Joint Military Exercise “CONDOR GUARDIAN” commenced today at the Arica "
            "Field Firing Range.")
    facts = _facts(_sheet(extractor, text, date="2024-02-26"))
    assert ("Condor Guardian 2024", "exercise_located_in", "Arica Field Firing Range", "asserted") in facts
    assert {s for s, r, _, _ in facts if r == "participates_in_exercise"} == {"Peru", "Chile"}


@pytest.mark.parametrize("text", [
    "Armenia and Kazakhstan also cooperate with NATO through the Partnership for Peace program.",
    ("Armenia and Kazakhstan are both members of the CSTO, but both also cooperate with NATO through the "
     "Partnership for Peace program."),
])
def test_states_cooperating_through_a_programme_are_its_members(extractor: Extractor, text: str) -> None:
    facts = _facts(_sheet(extractor, text), "member_of")
    assert {s for s, _, o, _ in facts if o == "Partnership for Peace"} == {"Armenia", "Kazakhstan"}


def test_a_clause_on_another_edition_keeps_its_venues(extractor: Extractor) -> None:
    text = ("The fifth Condor Guardian exercise began on Monday. The previous edition was held at Camp Arica in "
            "February 2023, while the first edition was conducted at the Jungle School at Putre, Tarapaca, in 2018.")
    facts = _facts(_sheet(extractor, text, date="2024-02-26"), "exercise_located_in")
    assert {o for s, _, o, _ in facts if s == "Condor Guardian 2023"} == {"Camp Arica"}


@pytest.mark.parametrize("text", [
    "The Pacific Alliance met in Lima. All four members of the bloc — Chile, Colombia, Mexico and Peru — sent troops.",
    "The Pacific Alliance met in Lima. All four members of the bloc, Chile, Colombia, Mexico and Peru, sent troops.",
])
def test_counted_members_of_the_bloc_listed_after_it(extractor: Extractor, text: str) -> None:
    facts = _facts(_sheet(extractor, text), "member_of")
    assert facts == {(s, "member_of", "Pacific Alliance", "asserted") for s in ("Chile", "Colombia", "Mexico", "Peru")}


@pytest.mark.parametrize("text, partners", [
    ("Canada is one of four dialogue partners of the Pacific Alliance.", {"Canada"}),
    ("The Pacific Alliance has four dialogue partners: Canada, Japan, Spain and Korea.",
     {"Canada", "Japan", "Spain", "South Korea"}),
    (("The Pacific Alliance, set up in 2011, brings together the Andean Community and two dialogue partners: "
      "Canada and Japan."), {"Canada", "Japan"}),
])
def test_dialogue_partners_counted_or_listed(extractor: Extractor, text: str, partners: set[str]) -> None:
    facts = _facts(_sheet(extractor, text), "partner_of")
    assert facts == {(s, "partner_of", "Pacific Alliance", "asserted") for s in partners}


def test_the_time_of_a_withdrawal_is_no_date_of_the_exercise(extractor: Extractor) -> None:
    text = ("The Steel Lynx 2009 exercise began in Latvia on Wednesday. Serbia and Moldova pulled out of Steel Lynx "
            "2009 last month.")
    facts = _facts(_sheet(extractor, text, date="2009-05-06"), "exercise_date")
    assert {o for _, _, o, _ in facts} == {"2009-05-06"}


@pytest.mark.parametrize("text", [
    ("The drills will test the readiness of the AU's African Standby Force (ASF) before the force is declared "
     "fully operational at the end of the year."),
    "The drills were moved to the Natuna Sea, where Indonesia's zone overlaps with China's sweeping claims.",
])
def test_no_speech_in_a_passive_or_a_noun(extractor: Extractor, text: str) -> None:
    assert not _facts(_sheet(extractor, text), "said")


def test_a_continental_exercise_is_no_name(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Continental military exercise kicks off in Northern Cape\n\nTroops arrived on Monday.")
    assert not [m for m in sheet.entities if m.type is EntityType.EXERCISE]


def test_what_another_state_does_somewhere_is_no_venue(extractor: Extractor) -> None:
    text = ("The Philippines and the United States on Tuesday began their Balikatan 2023 exercises amid concern over "
            "China's activities in the South China Sea and around Taiwan.")
    assert not _facts(_sheet(extractor, text), "exercise_located_in")


def test_land_is_no_part_of_the_sea_beside_it_but_the_sea_is_a_venue(extractor: Extractor) -> None:
    text = "The Balikatan 2023 drills will be held off the coast of Zambales province in the South China Sea."
    facts = _facts(_sheet(extractor, text))
    assert not [f for f in facts if f[1] == "part_of"]
    assert ("Balikatan 2023", "exercise_located_in", "South China Sea", "planned") in facts


def test_a_ratification_date_is_no_agreement_date(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The State Duma on Tuesday ratified the Logistics Support Agreement with India."))
    assert not [f for f in facts if f[1] == "agreement_date"]


def test_a_ministry_of_external_affairs_spokesperson(extractor: Extractor) -> None:
    text = "External Affairs Ministry spokesperson Ravi Nair said the drills were routine."
    assert ("Ravi Nair", "holds_position", "External Affairs Ministry spokesperson", "asserted") in _facts(
        _sheet(extractor, text))


def test_the_parties_of_agreements_after_an_exercise_take_no_part(extractor: Extractor) -> None:
    text = ("Officials said the Yudh Abhyas 2022 exercise had nothing to do with the 1993 and 1996 border agreements "
            "between India and China.")
    assert not _facts(_sheet(extractor, text), "participates_in_exercise")


def test_a_host_set_after_with_as(extractor: Extractor) -> None:
    text = "The Kwanza 2023 drills, organized by SADC with Angola as the host country, run until October 6."
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "hosts_exercise")} == {"Angola"}


@pytest.mark.parametrize("text, members", [
    ("Chad and Mauritania remain in the G5 Sahel.", {"Chad", "Mauritania"}),
    # (guards: the body naming a place, and a state after a preposition)
    ("Troops from Chad remain in the G5 Sahel zone.", set()),
    ("Troops from Chad remain in the G5 Sahel.", set()),
])
def test_states_that_remain_in_a_body(extractor: Extractor, text: str, members: set[str]) -> None:
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "member_of")} == members


def test_signed_documents_on_cooperation(extractor: Extractor) -> None:
    text = "Russia and Niger on Monday signed documents on strengthening military cooperation."
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "signed_agreement_with")} == {
        ("Russia", "Niger")}


@pytest.mark.parametrize("text", [
    "SADC met in Luanda. SADC's other members, Comoros, Eswatini and Madagascar, are not taking part.",
    "SADC met in Luanda. The bloc's other members, Comoros, Eswatini and Madagascar, are not taking part.",
])
def test_other_members_set_off_after_a_possessive(extractor: Extractor, text: str) -> None:
    facts = _facts(_sheet(extractor, text), "member_of")
    assert {(s, o) for s, _, o, _ in facts} == {
        (s, "Southern African Development Community") for s in ("Comoros", "Eswatini", "Madagascar")}


@pytest.mark.parametrize("text", [
    ("Georgia is supported through the Substantial NATO-Georgia Package (SNGP), which Allied leaders endorsed at the "
     "Wales Summit in September 2014."),
    ("The centre anchors the Substantial NATO-Georgia Package, a set of measures agreed at a NATO summit in Wales "
     "last September."),
])
def test_a_package_named_for_its_parties_and_endorsed_at_a_summit(extractor: Extractor, text: str) -> None:
    facts = _facts(_sheet(extractor, text, date="2015-08-27"))
    assert {(r, o) for s, r, o, _ in facts if s == "Substantial NATO-Georgia Package"} == {
        ("agreement_party", "NATO"), ("agreement_party", "Georgia"), ("agreement_date", "2014-09")}


@pytest.mark.parametrize("text, value", [
    ("Officials visited the NATO Liaison Office for Central Asia, which opened in Tashkent in 2013.", "2013"),
    ("The NATO Information Office in Moscow was opened in February 2001.", "2001-02"),
])
def test_an_office_opened_then(extractor: Extractor, text: str, value: str) -> None:
    assert [o for _, _, o, _ in _facts(_sheet(extractor, text), "founded_in")] == [value]


def test_the_noun_inside_a_name_before_its_place(extractor: Extractor) -> None:
    text = "Indonesia on Tuesday opened the Harmony Exercise Natuna 2023, the first joint exercise of the bloc."
    sheet = _sheet(extractor, text, date="2023-09-19")
    assert "Harmony Exercise Natuna 2023" in {e.label for e in sheet.entities if e.type is EntityType.EXERCISE}


@pytest.mark.parametrize("text", [
    "The Kwanza 2023 drills opened. Indonesia proposed the exercise at a meeting of ASEAN defence chiefs in Bali.",
    ("The Kwanza 2023 drills opened. ASEAN navies trained only with outside powers, such as a humanitarian "
     "exercise held in Brunei in June 2013."),
])
def test_a_meeting_or_another_exercise_places_no_drills(extractor: Extractor, text: str) -> None:
    assert not _facts(_sheet(extractor, text, date="2023-09-19"), "exercise_located_in")


def test_agreements_listed_after_a_signing_and_its_colon(extractor: Extractor) -> None:
    text = ("Peru signed the other three with Chile earlier: the Border Security Agreement (BSA) in 2002, the "
            "Logistics Support Agreement (LSA) in August 2016, which lets the two navies use each other's ports, and "
            "the Communications Security Agreement (CSA) in 2018.")
    facts = _facts(_sheet(extractor, text))
    assert {(s, o) for s, r, o, _ in facts if r == "agreement_date"} == {
        ("Border Security Agreement", "2002"), ("Logistics Support Agreement", "2016-08"),
        ("Communications Security Agreement", "2018")}
    assert {(s, o) for s, r, o, _ in facts if r == "agreement_party"} == {
        (agreement, state) for agreement in ("Border Security Agreement", "Logistics Support Agreement",
                                             "Communications Security Agreement") for state in ("Peru", "Chile")}


def test_the_exercise_that_is_part_of_another_stays_the_one_spoken_of(extractor: Extractor) -> None:
    text = ("More than 7,000 paratroopers are jumping into Estonia, Romania and Bulgaria this month as part of Swift "
            "Lynx 21, one of the largest airborne exercises in Europe. The exercise, led by U.S. Army Europe and "
            "Africa, is part of DEFENDER-Europe 21, a series of drills. Besides the United States, the participating "
            "countries are Italy and Spain.")
    facts = _facts(_sheet(extractor, text, date="2021-05-07"))
    assert ("Swift Lynx 21", "part_of", "DEFENDER-Europe 21", "asserted") in facts
    assert {s for s, r, o, _ in facts if r == "participates_in_exercise" and o == "Swift Lynx 21"} == {
        "United States", "Italy", "Spain"}
    assert {o for s, r, o, _ in facts if r == "exercise_located_in"} == {"Estonia", "Romania", "Bulgaria"}


@pytest.mark.parametrize("text, applicants", [
    ("NATO met in Vilnius. Sweden applied together with Finland in May 2022.", {"Sweden", "Finland"}),
    ("NATO met in Vilnius. Sweden formally applied in May 2022.", {"Sweden"}),
    # (guards: no state right before the bare verb)
    ("NATO met in Vilnius. Sanctions on Russia applied in 2022.", set()),
    ("NATO met in Vilnius. The same rules applied in 2022.", set()),
])
def test_a_bare_application_of_the_body_spoken_of(extractor: Extractor, text: str, applicants: set[str]) -> None:
    facts = _facts(_sheet(extractor, text, date="2023-07-11"), "applied_for_membership_of")
    assert {s for s, _, o, _ in facts if o == "NATO"} == applicants


def test_founders_counted_then_listed_after_including(extractor: Extractor) -> None:
    text = "NATO was founded in 1949 by 12 countries, including the United States, Britain, Canada and France."
    assert {o for _, _, o, _ in _facts(_sheet(extractor, text), "founded_by")} == {
        "United States", "United Kingdom", "Canada", "France"}


def test_a_body_grown_to_a_count_of_members_including_some(extractor: Extractor) -> None:
    text = "NATO was founded in 1949. The alliance has since grown to 32 members, including Finland and Sweden."
    assert {s for s, _, o, _ in _facts(_sheet(extractor, text), "member_of")} == {"Finland", "Sweden"}


def test_a_summit_in_a_place_is_no_venue(extractor: Extractor) -> None:
    text = ("The Noble Lynx 2018 exercise opened at the Vaziani training area. The exercise comes ten years after NATO "
            "leaders promised at the Bucharest summit in April 2008 that Georgia would one day join.")
    facts = _facts(_sheet(extractor, text, date="2018-08-01"), "exercise_located_in")
    assert {o for _, _, o, _ in facts} == {"Vaziani training area"}


def test_a_date_of_that_year(extractor: Extractor) -> None:
    times = find_times("Austria has been neutral since 1955, when it signed the State Treaty on May 15 of that year.",
                       reference=ReferenceDate("2023-07-07", "page date"))
    assert [t.value for t in times] == ["1955", "1955-05-15"]


def test_the_first_edition_dated_by_a_relative_time(extractor: Extractor) -> None:
    text = ("The Eagle Lynx 2024 exercise began on Monday. Armenia hosted the first Eagle Lynx exercise last "
            "September, when American and Armenian soldiers trained together.")
    facts = _facts(_sheet(extractor, text, date="2024-07-15"))
    assert ("Armenia", "hosts_exercise", "Eagle Lynx 2023", "asserted") in facts
    assert ("Eagle Lynx 2023", "exercise_date", "2023-09", "asserted") in facts
    assert not [f for f in facts if f[1] == "hosts_exercise" and f[2] == "Eagle Lynx 2024"]


def test_servicemen_of_units_taking_part(extractor: Extractor) -> None:
    text = ("The Eagle Lynx 2024 exercise began on Monday. Taking part are servicemen of the Armenian Army and the "
            "Kansas National Guard.")
    facts = _facts(_sheet(extractor, text, date="2024-07-15"), "participates_in_exercise")
    assert {s for s, _, _, _ in facts} == {"Armenian Army", "Kansas National Guard"}


def test_the_words_of_a_list_of_speakers_are_reported(extractor: Extractor) -> None:
    text = "Mali, Burkina Faso and Niger said on Sunday they were leaving ECOWAS with immediate effect."
    facts = _facts(_sheet(extractor, text, date="2024-01-28"), "left")
    assert {(s, m) for s, _, _, m in facts} == {("Mali", "reported"), ("Burkina Faso", "reported"),
                                                 ("Niger", "reported")}


def test_a_founding_participle_in_an_apposition_and_the_state_set_against_the_subject(extractor: Extractor) -> None:
    text = ("Unlike its neighbour Niger, Chad has not joined the Alliance of Sahel States (AES), the confederation "
            "formed by Mali, Burkina Faso and Niger.")
    facts = _facts(_sheet(extractor, text, date="2024-01-28"))
    assert {(s, m) for s, r, _, m in facts if r == "member_of"} == {("Chad", "negated"), ("Niger", "asserted")}
    assert {(o, m) for _, r, o, m in facts if r == "founded_by"} == {
        ("Mali", "asserted"), ("Burkina Faso", "asserted"), ("Niger", "asserted")}
    assert _facts(_sheet(extractor, "The AES was not formed by Chad."), "founded_by") == {
        ("Alliance of Sahel States", "founded_by", "Chad", "negated")}


# Guards written from a review of this session's rules: forms each rule must leave alone.
def test_the_clause_of_the_whole_an_exercise_is_part_of_stays_the_wholes(extractor: Extractor) -> None:
    text = ("Belarusian and Russian troops on Monday began the Union Lynx 2025 exercise near Minsk. The exercise is "
            "part of Zapad 2025, which will be held in Russia's Kaliningrad region in September.")
    facts = _facts(_sheet(extractor, text, date="2025-08-20"))
    assert ("Union Lynx 2025", "part_of", "Zapad 2025", "asserted") in facts
    assert {s for s, r, o, _ in facts if r in ("exercise_located_in", "exercise_date") and "Kaliningrad" in o
            or r == "exercise_date" and o == "2025-09"} == {"Zapad 2025"}


@pytest.mark.parametrize("text", [
    ("The Kwanza 2023 drills, organized by SADC with Angola as the host country, drew criticism, with South Africa as "
     "the host of last year's edition complaining about costs."),
    ("The Peace Mission 2021 drills ended in Orenburg on Saturday, with Kazakhstan as the host country of the "
     "next edition."),
])
def test_the_host_of_another_edition_hosts_no_this_one(extractor: Extractor, text: str) -> None:
    hosts = {s for s, _, _, _ in _facts(_sheet(extractor, text, date="2023-08-20"), "hosts_exercise")}
    assert not hosts & {"South Africa", "Kazakhstan"}


@pytest.mark.parametrize("text, relation, unwanted", [
    ("ECOWAS suspended Niger and Nigeria cut electricity supplies on Wednesday.", "suspended_participation_in",
     "Nigeria"),
    ("ECOWAS suspended Niger and Mali's neighbour Burkina Faso warned against it.", "suspended_participation_in",
     "Mali"),
    ("NATO leaders met. Stoltenberg urged allies not to repeat the veto that Turkey applied in 2022.",
     "applied_for_membership_of", "Turkey"),
    ("Georgia and Ukraine remain in NATO's waiting room, years after the Bucharest summit.", "member_of", "Georgia"),
    ("Hungary and Slovakia, both members of NATO, along with Austria, oppose sending weapons.", "member_of", "Austria"),
    ("ASEAN met China in Jakarta. The bloc's other members, Laos and Cambodia, along with China and Russia, objected.",
     "member_of", "China"),
    (("The EU summit ended on Friday. All four members of the alliance — Britain, France, Germany and Italy — "
      "backed it."), "member_of", "France"),
    ("French troops withdrew last year from Mali, and Niger withdrew in 2023 from the G5 Sahel force.", "left",
     "Mali"),
])
def test_lists_and_verbs_that_run_past_their_scope(extractor: Extractor, text: str, relation: str,
                                                   unwanted: str) -> None:
    assert unwanted not in {s for s, _, _, _ in _facts(_sheet(extractor, text), relation)}


def test_partners_of_the_body_a_relative_clause_describes(extractor: Extractor) -> None:
    text = ("The EU's foreign policy chief warned about the SCO, which groups ten member states and 14 dialogue "
            "partners: Turkey, Egypt and Qatar.")
    assert {o for _, _, o, _ in _facts(_sheet(extractor, text), "partner_of")} == {
        "Shanghai Cooperation Organisation"}


@pytest.mark.parametrize("text", [
    "Moscow Calls NATO Exercise \"Provocation\"\n\nRussia on Monday criticised the Steadfast Defender 2024 drills.",
    ("India Sends Troops To Exercise Vostok 2022\n\nIndian troops arrived in Russia on Tuesday for the Vostok 2022 "
     "drills."),
])
def test_a_title_case_headline_names_no_exercise_of_its_words(extractor: Extractor, text: str) -> None:
    names = {e.label for e in _sheet(extractor, text, date="2022-08-30").entities if e.type is EntityType.EXERCISE}
    assert not {n for n in names if "Provocation" in n or "Troops" in n}


@pytest.mark.parametrize("text, kept", [
    ("Serbia pulled out of the Slavic Lynx 2024 exercise scheduled to start on June 12 in Belarus.",
     ("Slavic Lynx 2024", "exercise_date", "2024-06-12")),
    ("Russia's defence ministry claims the Nordic Response 24 drills are a rehearsal for an attack.",
     ("Russian Defence Ministry", "said", "the Nordic Response 24 drills are a rehearsal for an attack")),
    ("The Saber Strike 2024 drills include live-fire activities in Latvia and Lithuania.",
     ("Saber Strike 2024", "exercise_located_in", "Latvia")),
    (("The Cobra Gold 2023 drills were held in Thailand, including a humanitarian exercise held in Chanthaburi "
      "province."), ("Cobra Gold 2023", "exercise_located_in", "Chanthaburi province")),
])
def test_precision_guards_keep_what_the_text_says(extractor: Extractor, text: str, kept: tuple[str, str, str]) -> None:
    assert kept in {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text, date="2024-06-05"))}


@pytest.mark.parametrize("text, unwanted", [
    ("The G5 Sahel joint force was created in 2017 with France's backing and EU funding.", "founded_by"),
    ("The Russian Embassy in Chisinau was opened on Sunday for voters casting ballots.", "founded_in"),
    ("EU foreign ministers on Monday adopted the 14th Sanctions Package against Russia and Belarus.",
     "agreement_party"),
    ("The Readiness Action Plan, which leaders agreed at the Wales Summit to fully implement by 2016, is complete.",
     "agreement_date"),
    ("Turkey closed the straits under the 1936 Montreux Convention regarding Russian and Ukrainian vessels.",
     "agreement_party"),
    (("Peru and Chile signed the Logistics Support Agreement in 2016, and the Border Security Agreement is still "
      "under negotiation."), "no Border Security Agreement party"),
    ("Paratroopers who jumped into Estonia last year returned on Friday for the Swift Lynx 2021 drills in Bulgaria.",
     "exercise_located_in Estonia"),
])
def test_forms_the_new_rules_leave_alone(extractor: Extractor, text: str, unwanted: str) -> None:
    facts = _facts(_sheet(extractor, text))
    if unwanted == "no Border Security Agreement party":
        assert not [f for f in facts if f[0] == "Border Security Agreement"]
    elif unwanted == "exercise_located_in Estonia":
        assert ("Swift Lynx 2021", "exercise_located_in", "Estonia", "asserted") not in facts
    else:
        assert not [f for f in facts if f[1] == unwanted]


def test_that_year_is_the_sentences_own_not_an_asides(extractor: Extractor) -> None:
    times = find_times("Austria regained sovereignty in 1955, ten years after the occupation began in 1945, and "
                       "signed the treaty on May 15 of that year.", reference=ReferenceDate("2024-05-01", "page date"))
    assert [t.value for t in times][-1] == "1955-05-15"


@pytest.mark.parametrize("text, fact", [
    ("Georgia fought Russia in 2008. It quit the Commonwealth of Independent States after the war.",
     ("Georgia", "left", "Commonwealth of Independent States", "asserted")),
    (("Kazakhstan hosts the drills. The country joined NATO's Partnership for Peace program in 1994, and in 2006 it "
      "signed an Individual Partnership Action Plan with the alliance."),
     ("Individual Partnership Action Plan", "agreement_party", "Kazakhstan", "asserted")),
])
def test_the_state_a_pronoun_stands_for(extractor: Extractor, text: str, fact: tuple[str, str, str, str]) -> None:
    assert fact in _facts(_sheet(extractor, text, date="2023-07-01"))


def test_words_according_to_a_source_named_by_its_noun_are_reported(extractor: Extractor) -> None:
    text = ("The Kwanza 2023 drills began. Warships from Brunei and Indonesia are taking part, while Cambodia and Laos "
            "have sent observers, according to the fleet.")
    facts = _facts(_sheet(extractor, text, date="2023-07-01"))
    assert {(s, m) for s, r, _, m in facts if r in ("participates_in_exercise", "observer_of")} == {
        ("Brunei", "reported"), ("Indonesia", "reported"), ("Cambodia", "reported"), ("Laos", "reported")}


@pytest.mark.parametrize("text, participants", [
    ("The U.S. Navy will join India, Japan and Australia in the Malabar 2020 naval exercise next month.",
     {"U.S. Navy", "India", "Japan", "Australia"}),
    # (guard: a body joined is no partner in drills)
    ("Japan joined NATO in the Malabar 2020 exercise talks.", set()),
])
def test_the_joiner_and_the_states_it_joins_in_an_exercise(extractor: Extractor, text: str,
                                                           participants: set[str]) -> None:
    facts = _facts(_sheet(extractor, text, date="2020-10-27"), "participates_in_exercise")
    assert {s for s, _, _, _ in facts} == participants


def test_the_organiser_of_each_exercise_of_a_named_pair(extractor: Extractor) -> None:
    text = "NATO began the Alpha Lynx 09 and Beta Lynx 09 exercises in Georgia on Wednesday."
    facts = _facts(_sheet(extractor, text, date="2009-05-06"), "organizes_exercise")
    assert {o for _, _, o, _ in facts} == {"Alpha Lynx 09", "Beta Lynx 09"}


@pytest.mark.parametrize("text, speaker", [
    ('"We urge restraint and calm on all sides," said State Department spokesman Mark Olsen.', "Mark Olsen"),
    ('"We urge restraint and calm on all sides," said National Security Council spokesman Mark Olsen.',
     "Mark Olsen"),
    ('"The drills threaten no one in the region," said Defence Ministry spokesman Colonel Ivo Marek.', "Ivo Marek"),
])
def test_the_official_a_body_names_after_the_speech_verb_speaks(extractor: Extractor, text: str,
                                                                 speaker: str) -> None:
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "said")} == {speaker}


@pytest.mark.parametrize("text, speaker", [
    ("Observers from Oman, Qatar and Iraq will watch the drills, the Iranian side said.", "Iran"),
    ("The Chinese side said the talks were constructive and would continue next month.", "China"),
    ("The Russian side stressed that the drills were not aimed at third countries.", "Russia"),
])
def test_the_side_of_a_state_speaks_for_it(extractor: Extractor, text: str, speaker: str) -> None:
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "said")} == {speaker}


@pytest.mark.parametrize("text, members", [
    ("The Gulf Maritime Coalition (GMC) groups the United States with Britain, Australia, Bahrain and Albania.",
     {"United States", "United Kingdom", "Australia", "Bahrain", "Albania"}),
    ("Armenia hosted the talks. The CSTO, which groups Armenia with Russia, Belarus and Kazakhstan, sent a mission.",
     {"Armenia", "Russia", "Belarus", "Kazakhstan"}),
    # (guard: a pair grouped in something else is no list of the body's members)
    ("The CSTO groups Armenia with Russia in a joint air defence system.", {"Armenia"}),
])
def test_a_body_that_groups_one_state_with_others(extractor: Extractor, text: str, members: set[str]) -> None:
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "member_of")} == members


@pytest.mark.parametrize("sentence, observers", [
    ("India and Thailand attended the Iron Lynx 2026 exercise as observers.", {"India", "Thailand"}),
    ("India and Thailand observed the Iron Lynx 2026 exercise.", {"India", "Thailand"}),
])
def test_observers_of_an_exercise_named_between_them_and_their_role(extractor: Extractor, sentence: str,
                                                                    observers: set[str]) -> None:
    facts = _lynx_facts(extractor, sentence, "observer_of")
    assert {s for s, _, o, _ in facts if o == "Iron Lynx 2026"} == observers


def test_observers_of_an_earlier_iteration(extractor: Extractor) -> None:
    text = ("Japan will take part in the Talisman Sabre 2025 exercise. India, the Philippines and Thailand observed "
            "the 2023 iteration and have sent forces this year.")
    facts = _facts(_sheet(extractor, text, date="2025-07-13"), "observer_of")
    observers = ("India", "Philippines", "Thailand")
    assert facts == {(s, "observer_of", "Talisman Sabre 2023", "asserted") for s in observers}


@pytest.mark.parametrize("sentence, ships", [
    (("The Chilean Navy has sent the guided-missile destroyer Almirante Lynch, the frigate Condell and the fleet "
      "tanker Montt to the exercise."), {"Almirante Lynch", "Condell", "Montt"}),
    ("Peru will be represented by the destroyer Ferre and the supply ship Tacna.", {"Ferre", "Tacna"}),
    # (guard: a ship another clause names is not sent with the first)
    ("Peru has sent the frigate Bolognesi, and the Navy said the corvette Ferre would follow.", {"Bolognesi"}),
])
def test_each_ship_of_a_list_sent_to_an_exercise(extractor: Extractor, sentence: str, ships: set[str]) -> None:
    facts = _lynx_facts(extractor, sentence, "participates_in_exercise")
    assert {s for s, _, _, _ in facts} - {"Chilean Navy", "Peru"} == ships


def test_places_listed_across_a_region(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "The biennial exercise will run until July 4 across Tarapaca, Atacama and Coquimbo.",
                        "exercise_located_in")
    assert {o for _, _, o, _ in facts} >= {"Tarapaca", "Atacama", "Coquimbo"}


def test_towns_of_the_state_a_sentence_opens_in(extractor: Extractor) -> None:
    text = ("The Sabre Strike 2025 exercise opened on Sunday. In Latvia, the exercise will be held at Adazi, Lielvarde "
            "and Skrunda, the ministry said. In Norway, troops will train in the Norwegian Sea.")
    facts = _facts(_sheet(extractor, text, date="2025-07-13"), "part_of")
    assert {(s, o) for s, _, o, _ in facts} == {("Adazi", "Latvia"), ("Lielvarde", "Latvia"), ("Skrunda", "Latvia")}


@pytest.mark.parametrize("text", [
    ("More than 18,000 troops took part in the Desert Falcon 2023 exercise. Among them were troops from Egypt, Jordan "
     "and Sudan, as well as units of the GCC's Peninsula Shield Force."),
    "Twelve nations took part in the Desert Falcon 2023 exercise. Among them were Egypt, Jordan and Sudan.",
])
def test_participants_among_those_counted_before(extractor: Extractor, text: str) -> None:
    facts = _facts(_sheet(extractor, text, date="2023-06-01"), "participates_in_exercise")
    assert {s for s, _, _, _ in facts} >= {"Egypt", "Jordan", "Sudan"}


def test_the_last_iteration_dated_by_its_span(extractor: Extractor) -> None:
    text = ("The Noble Partner 2024 exercise was postponed. The last iteration, from August 29 to September 9, 2022, "
            "brought together some 2,400 troops from the United States, Georgia and 19 other countries.")
    facts = _facts(_sheet(extractor, text, date="2024-06-01"))
    assert {(s, o) for s, r, o, _ in facts if r == "participates_in_exercise"} == {
        ("United States", "Noble Partner 2022"), ("Georgia", "Noble Partner 2022")}
    assert ("Noble Partner 2022", "exercise_date", "2022-08-29/2022-09-09", "asserted") in facts


def test_a_count_of_states_means_a_whole_list_not_its_tail(extractor: Extractor) -> None:
    text = ("Russia, China and Iran began the Ocean Belt 2024 drills. Naval delegations from Azerbaijan, Kazakhstan, "
            "Pakistan, Oman, India and South Africa are attending the exercise as observers. The drill is the fourth "
            "Ocean Belt exercise held by the three countries.")
    facts = _facts(_sheet(extractor, text, date="2024-03-13"), "organizes_exercise")
    assert {s for s, _, _, _ in facts} == {"Russia", "China", "Iran"}


def test_a_unit_headquartered_alongside_another_takes_no_part(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "The Combined Maritime Forces, a 34-nation partnership, is headquartered alongside "
                                   "the 5th Fleet in Manama.", "participates_in_exercise")
    assert not facts


@pytest.mark.parametrize("text", [
    "A convoy of armored vehicles crosses the King Fahd Causeway into Bahrain on Monday.",
    "Protesters who have been camped for weeks at Manama's Pearl Square said they would not leave.",
])
def test_places_and_people_no_name_gives_are_no_speakers_or_officials(extractor: Extractor, text: str) -> None:
    assert not _facts(_sheet(extractor, text, date="2011-03-14"))


def test_the_second_ship_of_a_pair_issues_no_statements(extractor: Extractor) -> None:
    text = ("The Ocean Belt 2025 naval drills began. A detachment of Pacific Fleet warships consisting of the "
            'corvettes Rezkiy and Aldar Tsydenzhapov has arrived at Chabahar. "During the exercise, the crews will '
            'practice joint maneuvering and artillery fire," the press service said.')
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text, date="2025-03-13"), "said")} == {"Pacific Fleet"}


def test_a_speaker_whose_apposition_lists_several_commands(extractor: Extractor) -> None:
    text = ("Vice Adm. Brad Cooper, commander of U.S. Naval Forces Central Command, the U.S. 5th Fleet and the "
            "Combined Maritime Forces, told reporters the exercise was meant to show that regional navies could "
            "operate together.")
    said = _facts(_sheet(extractor, text, date="2022-02-01"), "said")
    words = "the exercise was meant to show that regional navies could operate together"
    assert said == {("Brad Cooper", "said", words, "asserted")}


@pytest.mark.parametrize("text, words", [
    (("Justin Jones told the opening ceremony on board a US Navy amphibious ship at Garden Island that the exercise "
      "was about trust between militaries."), "the exercise was about trust between militaries"),
    ("Brad Cooper told the conference the plan was sound.", "the plan was sound"),
])
def test_the_audience_told_is_no_part_of_the_words(extractor: Extractor, text: str, words: str) -> None:
    assert {o for _, _, o, _ in _facts(_sheet(extractor, text, date="2022-02-01"), "said")} == {words}


def test_a_region_in_an_apposition_names_no_exercise(extractor: Extractor) -> None:
    text = ("King Salman on Monday attended the closing stage of the Joint Gulf Shield 1 exercise in the Kingdom's "
            "Eastern Province, the largest military maneuvers ever hosted by Saudi Arabia.")
    sheet = _sheet(extractor, text, date="2018-04-17")
    assert {e.label for e in sheet.entities if e.type is EntityType.EXERCISE} == {"Gulf Shield 1"}


def test_a_territory_of_a_state_named_by_the_state(extractor: Extractor) -> None:
    text = "The Sea Vanguard 2019 naval exercise in the waters around the U.S. territory of Guam ended on Tuesday."
    facts = _facts(_sheet(extractor, text, date="2019-05-29"))
    assert ("Guam", "part_of", "United States", "asserted") in facts
    assert {o for _, r, o, _ in facts if r == "exercise_located_in"} == {"Guam"}


def test_an_honorific_before_a_long_name_is_no_part_of_it(extractor: Extractor) -> None:
    text = "Bahraini Foreign Minister Sheikh Khalid bin Ahmed Al Khalifa said the mission was defensive."
    facts = _facts(_sheet(extractor, text, date="2019-11-04"))
    assert ("Khalid bin Ahmed Al Khalifa", "holds_position", "Foreign Minister of Bahrain", "asserted") in facts


@pytest.mark.parametrize("text, speaker", [
    ("The state-run Bahrain News Agency said the forces would help protect vital facilities.", "Bahrain News Agency"),
    ("The official Saudi Press Agency said the drills had ended.", "Saudi Press Agency"),
])
def test_a_news_agency_named_in_capitals_speaks(extractor: Extractor, text: str, speaker: str) -> None:
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "said")} == {speaker}


def test_ships_an_earlier_edition_involved(extractor: Extractor) -> None:
    text = ("The Ocean Belt 2025 naval drills began on Monday. Last year's drills, held in March in the Gulf of Oman, "
            "involved the missile cruiser Varyag and the large anti-submarine ship Marshal Shaposhnikov.")
    facts = _facts(_sheet(extractor, text, date="2025-03-13"), "participates_in_exercise")
    assert {s for s, _, o, _ in facts if o == "Ocean Belt 2024"} == {"Varyag", "Marshal Shaposhnikov"}
    assert {o for _, _, o, _ in facts} == {"Ocean Belt 2024"}


def test_a_states_acronym_beside_a_demonym_before_troops(extractor: Extractor) -> None:
    text = "Last July, Armenian and US soldiers trained together in the Eagle Partner 2024 peacekeeping exercise."
    facts = _facts(_sheet(extractor, text, date="2025-01-14"), "participates_in_exercise")
    assert {s for s, _, _, _ in facts} == {"Armenia", "United States"}


@pytest.mark.parametrize("text, members", [
    (("Iran became a full member of the Shanghai Cooperation Organization (SCO) in July 2023, joining China and "
      "Russia in the bloc."), {"Iran", "China", "Russia"}),
    ("Finland joined the alliance in 2023, joining Norway and Denmark in NATO.", {"Finland", "Norway", "Denmark"}),
    # (guard: those joined in an exercise are no members of anything)
    ("Finland sent troops, joining Norway and Denmark in the exercise.", set()),
])
def test_the_states_a_new_member_joins_in_a_body(extractor: Extractor, text: str, members: set[str]) -> None:
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text, date="2024-03-13"), "member_of")} == members


@pytest.mark.parametrize("text, exercise", [
    ("Turkey and Azerbaijan on Wednesday launched large-scale joint military exercises in Azerbaijan.",
     "large-scale joint military exercises"),
    ("Azerbaijan and Turkey conducted joint live-fire drills near Baku earlier this year.", "joint live-fire drills"),
])
def test_an_unnamed_exercise_a_verb_takes_bare(extractor: Extractor, text: str, exercise: str) -> None:
    facts = _facts(_sheet(extractor, text, date="2020-07-29"), "participates_in_exercise")
    assert facts == {(s, "participates_in_exercise", exercise, "asserted") for s in ("Turkey", "Azerbaijan")}


def test_this_years_edition_is_of_the_reference_year(extractor: Extractor) -> None:
    text = ("The navies of the four countries train together in the annual Malabar exercise, which Australia rejoined "
            "in 2020. This year's edition is due to be held off Visakhapatnam in October, with India as host.")
    facts = _facts(_sheet(extractor, text, date="2024-09-22"), "hosts_exercise")
    assert facts == {("India", "hosts_exercise", "Malabar 2024", "planned")}


def test_a_past_verb_keeps_a_yearless_date_in_the_past(extractor: Extractor) -> None:
    text = ("Relations soured after Ethiopia signed a memorandum of understanding on January 1 with Somaliland, which "
            "would give Ethiopia access to the sea.")
    facts = _facts(_sheet(extractor, text, date="2024-12-27"), "agreement_date")
    assert {o for _, _, o, _ in facts} == {"2024-01-01"}


def test_an_exercise_joined_last_year_is_another(extractor: Extractor) -> None:
    text = ("Russia and Algeria will hold a joint counter-terrorism exercise, Desert Shield-2022, in the Algerian "
            "desert in November. Algerian troops first trained in Russia last October, when they joined Russian "
            "servicemen in a tactical anti-terrorist exercise at the Tarskoye training ground in North Ossetia.")
    facts = _facts(_sheet(extractor, text, date="2022-10-19"), "exercise_located_in")
    assert not {o for _, _, o, _ in facts} & {"Tarskoye training ground", "North Ossetia"}


@pytest.mark.parametrize("text, founded", [
    (("In a statement, the Pentagon said the decision followed a review of all bilateral cooperation with Georgia "
      "that Washington launched on May 30."), set()),
    ("The Joint Expeditionary Force, a coalition that Britain launched in 2014, met in Oslo.",
     {("Joint Expeditionary Force", "2014")}),
    ("An analyst said that NATO was founded in 1949 to deal with exactly this kind of situation.", {("NATO", "1949")}),
])
def test_what_the_subject_of_a_that_clause_launched(extractor: Extractor, text: str,
                                                    founded: set[tuple[str, str]]) -> None:
    facts = _facts(_sheet(extractor, text, date="2024-07-06"), "founded_in")
    assert {(s, o) for s, _, o, _ in facts} == founded


@pytest.mark.parametrize("text, participants", [
    ("The 2023 edition of the Coral Lance exercise was hosted by Australia off Sydney.", set()),
    ("Japan hosted last year's Coral Lance exercise off Yokosuka.", set()),
    ("Armenia said it would host the Coral Lance 2023 joint exercise with the United States next week.",
     {"Armenia", "United States"}),
])
def test_a_host_takes_part_where_it_holds_the_exercise_with_others(extractor: Extractor, text: str,
                                                                   participants: set[str]) -> None:
    sheet = _sheet(extractor, text, date="2023-09-06")
    assert _facts(sheet, "hosts_exercise")
    assert {s for s, _, _, _ in _facts(sheet, "participates_in_exercise")} == participants


def test_co_hosts_take_part(extractor: Extractor) -> None:
    text = "The Sea Breeze 2021 exercise, co-hosted by Ukraine and the United States, began on Monday in Odesa."
    facts = _facts(_sheet(extractor, text, date="2021-06-30"), "participates_in_exercise")
    assert {s for s, _, _, _ in facts} == {"Ukraine", "United States"}


@pytest.mark.parametrize("text, participants", [
    ("Russia and China held joint naval drills in the Sea of Japan last week.", {"Russia", "China"}),
    # (guard: a habit, undated, is no one exercise)
    ("Russia and China have held joint naval drills for years.", set()),
])
def test_dated_joint_drills_held_are_one_exercise(extractor: Extractor, text: str, participants: set[str]) -> None:
    facts = _facts(_sheet(extractor, text, date="2024-06-01"), "participates_in_exercise")
    assert {s for s, _, _, _ in facts} == participants


@pytest.mark.parametrize("text, fact", [
    ("Sweden formally became NATO's 32nd member on March 7, 2024.",
     ("Sweden", "member_of", "NATO", "asserted")),
    ("Egypt and Saudi Arabia launched the Morgan-16 joint naval exercise off the Red Sea port of Jeddah.",
     ("Morgan-16", "exercise_located_in", "Jeddah", "asserted")),
])
def test_checklist_forms_of_membership_participation_and_venue(extractor: Extractor, text: str,
                                                               fact: tuple[str, str, str, str]) -> None:
    assert fact in _facts(_sheet(extractor, text, date="2024-06-05"))


def test_the_noun_of_a_clause_after_but_is_not_the_first_clauses(extractor: Extractor) -> None:
    text = "Ukraine is not a member of NATO but has been a partner since 1994."
    assert _facts(_sheet(extractor, text, date="2024-06-05")) == {("Ukraine", "member_of", "NATO", "negated")}


def test_a_body_a_state_suspends_its_part_in_is_no_denied_exercise(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Armenia suspended its participation in the CSTO in 2024.", date="2024-06-05"))
    assert facts == {("Armenia", "suspended_participation_in", "Collective Security Treaty Organization", "asserted")}


@pytest.mark.parametrize("sentence, fact", [
    ("Moldova, which is constitutionally neutral, does not plan to join NATO.",
     ("Moldova", "member_of", "NATO", "negated")),
    ("Italy is taking part with the aircraft carrier Cavour.",
     ("Cavour", "participates_in_exercise", "Iron Lynx 2026", "asserted")),
])
def test_checklist_forms_of_a_relative_clause_and_ships_named_after_their_kind(extractor: Extractor, sentence: str,
                                                                    fact: tuple[str, str, str, str]) -> None:
    assert fact in _lynx_facts(extractor, sentence)


@pytest.mark.parametrize("sentence, organiser", [
    ("The Polish-led drills will end on June 14.", ("Poland", "asserted")),
    # (guards: another's drills, and a body's name with the noun in another clause)
    ("Moscow called it a response to the US-led drills in Poland.", None),
    ("A spokesman for the Saudi-led coalition said the drills were unrelated to Yemen.", None),
    ("Armenian and Azerbaijani diplomats met under the auspices of the European Union on Monday.", None),
    ("The exercise is being conducted under the auspices of the CSTO.",
     ("Collective Security Treaty Organization", "asserted")),
])
def test_the_leader_named_before_led_and_the_body_under_whose_auspices(extractor: Extractor, sentence: str,
                                                                        organiser: tuple[str, str] | None) -> None:
    facts = _lynx_facts(extractor, sentence, "organizes_exercise")
    assert {(s, m) for s, _, _, m in facts} == ({organiser} if organiser else set())


@pytest.mark.parametrize("text", [
    "Tajikistan suspended its participation in the Iron Wolf 2024 drills after the border clashes.",
    # (the suspension of another is no denial of what the main clause says)
    "After Armenia froze its participation in CSTO drills, Kazakhstan and Russia held the Iron Wolf 2024 exercise.",
])
def test_participation_suspended_is_no_participation_and_denies_nothing_else(extractor: Extractor, text: str) -> None:
    facts = _facts(_sheet(extractor, text, date="2024-09-05"), "participates_in_exercise")
    assert {(s, m) for s, _, _, m in facts} == ({("Kazakhstan", "asserted"), ("Russia", "asserted")}
                                                if "Kazakhstan" in text else set())


@pytest.mark.parametrize("text, date", [
    # (review guards: a classification, a body named in an aside, an effort and a programme joined, an accusation,
    # a habit, a list of years, a relative clause, monitoring)
    ("The European Union's latest sanctions package groups Iran with Russia and Belarus.", "2024-06-01"),
    (("The Collective Security Treaty Organization, which Moscow likes to compare with NATO, groups Russia with "
      "Armenia, Belarus and Kazakhstan."), "2024-06-01"),
    (("Japan imposed new sanctions on Moscow on Friday, joining Switzerland and Australia in the G7's effort to cap "
      "Russian oil prices."), "2024-06-01"),
    ("Austria sent observers, joining Switzerland and Ireland in NATO's Partnership for Peace programme.",
     "2024-06-01"),
    ("Washington accused Beijing of having staged large-scale military drills to intimidate Taiwan.", "2024-06-01"),
    ("Russia and China have held joint naval drills for years, and last week their bombers flew together.",
     "2024-06-01"),
    ("China and Russia held joint naval drills in 2019, 2021 and 2023, the Pentagon report said.", "2024-06-01"),
    ("Russia and China, which held joint naval drills last July, on Monday signed a defence roadmap.", "2024-06-01"),
    ("Japan observed the growing scale of Chinese drills near Taiwan with concern.", "2025-04-02"),
])
def test_review_guards_of_the_thirteenth_session(extractor: Extractor, text: str, date: str) -> None:
    facts = _facts(_sheet(extractor, text, date=date))
    listed = {"Belarus", "Armenia", "Kazakhstan", "Switzerland", "Ireland", "Australia"}  # the ones grouped or joined
    assert not {f for f in facts if f[1] in ("participates_in_exercise", "organizes_exercise", "observer_of")
                or f[1] == "member_of" and f[0] in listed}


@pytest.mark.parametrize("text, date, wanted", [
    (("The Cyclone 2024 exercise is being held in Rajasthan. Egyptian commandos arrived last week and joined Indian "
      "troops in a live-fire exercise at the Mahajan range."), "2024-02-15",
     ("India", "participates_in_exercise", "Cyclone 2024", "asserted")),
    (("The Talisman Sabre 2025 exercise started on Sunday. Fiji and Tonga, which joined the last iteration as "
      "observers, are sending troops this year."), "2025-07-13",
     ("Fiji", "participates_in_exercise", "Talisman Sabre 2025", "asserted")),
    ("Thailand will host the Cobra Gold exercise, which is to be launched on February 25.", "2024-11-20",
     ("Cobra Gold 2025", "exercise_date", "2025-02-25", "planned")),
    (("Georgia rejoined the Noble Partner 2024 exercise with the United States, a year after Tbilisi suspended its "
      "participation in the drills."), "2024-09-05", ("Georgia", "participates_in_exercise", "Noble Partner 2024",
                                                    "asserted")),
    ("Brigadier Giles Street, the British commander in Estonia, said the battlegroup was ready.", "2023-06-01",
     ("Giles Street", "said", "the battlegroup was ready", "asserted")),
    ("Late on Sunday Kuwait News Agency reported that the drills had been postponed.", "2024-06-01",
     ("Kuwait News Agency", "said", "the drills had been postponed", "asserted")),
    (("A detachment of the destroyer Admiral Tributs and Pacific Fleet support vessels arrived in Qingdao for the "
      'Joint Sea 2024 drills. "The crews will practise air defence," the press service said.'), "2024-07-15",
     ("Pacific Fleet", "said", "The crews will practise air defence", "asserted")),
    ("The SLINEX 2024 drills were held off the Hambantota port of Sri Lanka.", "2024-06-01",
     ("SLINEX 2024", "exercise_located_in", "Hambantota port", "asserted")),
])
def test_review_cases_kept_right(extractor: Extractor, text: str, date: str, wanted: tuple[str, str, str, str]) -> None:
    assert wanted in _facts(_sheet(extractor, text, date=date))


def test_places_of_a_relative_clause_are_not_the_opening_states(extractor: Extractor) -> None:
    text = ("In Poland, troops who had trained at Rukla and Pabrade in Lithuania returned home after the Saber Strike "
            "drills.")
    facts = _facts(_sheet(extractor, text, date="2024-06-01"), "part_of")
    assert {o for _, _, o, _ in facts} == {"Lithuania"}


@pytest.mark.parametrize("sentence, fact", [
    ("India and France inked a roadmap on defence industrial cooperation in New Delhi on Friday.",
     ("roadmap on defence industrial cooperation", "agreement_party", "France", "asserted")),
    ("Greece and Egypt sealed a maritime pact in 2020.", ("maritime pact", "agreement_date", "2020", "asserted")),
    ("The exercise runs until Friday.", ("Iron Lynx 2026", "exercise_date", "2026-06-12", "asserted")),
    ("Latvian, Estonian and Lithuanian units are also involved.",
     ("Estonia", "participates_in_exercise", "Iron Lynx 2026", "asserted")),
])
def test_checklist_forms_of_signing_dates_and_units(extractor: Extractor, sentence: str,
                                                    fact: tuple[str, str, str, str]) -> None:
    assert fact in _lynx_facts(extractor, sentence)


def test_a_state_across_a_border_takes_no_part(extractor: Extractor) -> None:
    sentence = "The drills are being held near the border with Belarus."
    assert not _lynx_facts(extractor, sentence, "participates_in_exercise")


@pytest.mark.parametrize("text, date, unwanted", [
    # (second review's guards: a ship of a relative clause, a strike forces were involved in, a partner country's
    # "joining", habits with an adverb or "again", a fleet's relative clause on its series, agency names after a
    # sentence adverb, a foreign place people came from, a future passive with an adverb, a host's other clause)
    (("The Baltops 2024 exercise began in Kiel on Friday. Poland is taking part with ships that tracked the Russian "
      "corvette Soobrazitelny last year."), "2024-06-09", ("Soobrazitelny", "participates_in_exercise")),
    (("The Sea Breeze 2024 exercise opened in Odesa on Monday. Russian forces were involved in a missile strike on "
      "the port the same night."), "2024-09-10", ("Russia", "participates_in_exercise")),
    ("At the BRICS summit in Kazan, Indonesia became a partner country, joining Malaysia and Thailand in the bloc.",
     "2024-10-24", ("Malaysia", "member_of")),
    ("Russia and China, which also held joint naval drills last July, signed a defence roadmap on Monday.",
     "2024-06-01", ("Russia", "participates_in_exercise")),
    ("India and France held joint naval exercises in 2019 and again in 2023.", "2024-06-01",
     ("India", "participates_in_exercise")),
    ("Meanwhile Saudi Press Agency reported that the Red Sea drills had ended.", "2024-06-01",
     ("Meanwhile Saudi Press Agency", "said")),
    ("In Estonia, British troops fresh from training at Salisbury Plain joined the Spring Storm 2024 drills.",
     "2024-05-20", ("Salisbury Plain", "part_of")),
    ("Thailand will host the Cobra Gold exercise, which will be formally launched on February 25.", "2024-11-20",
     ("Cobra Gold 2024", "exercise_date")),
    ("Mongolia hosted the Khaan Quest 2024 exercise, which coincided with Naadam celebrations.", "2024-07-20",
     ("Mongolia", "participates_in_exercise")),
])
def test_second_review_guards_of_the_thirteenth_session(extractor: Extractor, text: str, date: str,
                                                        unwanted: tuple[str, str]) -> None:
    assert unwanted not in {(s, r) for s, r, _, _ in _facts(_sheet(extractor, text, date=date))}


@pytest.mark.parametrize("text, date, wanted", [
    (("Egyptian and Sudanese forces began joint air drills at Merowe air base on Saturday, which the two armies hold "
      "annually."), "2024-06-03", ("Egypt", "participates_in_exercise", "joint air drills", "asserted")),
    ("In Latvia, officials said that the drills would be held at Adazi, Lielvarde and Skrunda.", "2024-06-01",
     ("Adazi", "part_of", "Latvia", "asserted")),
])
def test_second_review_cases_kept_right(extractor: Extractor, text: str, date: str,
                                        wanted: tuple[str, str, str, str]) -> None:
    assert wanted in _facts(_sheet(extractor, text, date=date))


@pytest.mark.parametrize("sentence, listed", [
    ("The European Union's sanctions list includes Iran, Belarus and North Korea.", "Belarus"),
    ("The NATO training mission includes Poland and Hungary.", "Hungary"),
    ("The CSTO summit agenda included Armenia and Azerbaijan.", "Azerbaijan"),
])
def test_what_a_body_names_includes_no_members_of_it(extractor: Extractor, sentence: str, listed: str) -> None:
    assert not {f for f in _facts(_sheet(extractor, sentence)) if f[0] == listed and f[1] == "member_of"}


@pytest.mark.parametrize("sentence, wanted", [
    ("NATO's 32 members include Poland and Hungary.", ("Hungary", "member_of", "NATO", "asserted")),
    ("The SCO's full members include India and Pakistan.",
     ("Pakistan", "member_of", "Shanghai Cooperation Organisation", "asserted")),
    ("The CSTO currently includes Armenia and Belarus.",
     ("Belarus", "member_of", "Collective Security Treaty Organization", "asserted")),
    ("The EU bloc comprises France and Italy.", ("Italy", "member_of", "European Union", "asserted")),
])
def test_a_body_or_its_members_include_its_members(extractor: Extractor, sentence: str,
                                                   wanted: tuple[str, str, str, str]) -> None:
    assert wanted in _facts(_sheet(extractor, sentence))


@pytest.mark.parametrize("sentence, speaker", [
    ("Poland's navy said the frigates would sail on Monday.", "Polish Navy"),
    ("Norway's Armed Forces announced that the drills had ended.", "Norwegian Armed Forces"),
    ("Japan's coast guard has also confirmed that two vessels entered the zone.", "Japanese Coast Guard"),
])
def test_a_service_a_state_s_possessive_names_speaks(extractor: Extractor, sentence: str, speaker: str) -> None:
    assert speaker in {f[0] for f in _facts(_sheet(extractor, sentence), "said")}


def test_a_service_a_state_s_possessive_names_takes_part_as_its_state(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "Chile's army and police units will take part in the drills.",
                        "participates_in_exercise")
    assert ("Chile", "participates_in_exercise", "Iron Lynx 2026", "planned") in facts


@pytest.mark.parametrize("opening", [
    "Chilean President Ana Soto met Peruvian President Luis Vera in Lima on Monday.",
    "Chilean Defence Minister Ana Soto and Peruvian Defence Minister Luis Vera met in Lima on Monday.",
])
def test_the_two_leaders_are_the_states_of_the_two_officials_named_before(extractor: Extractor, opening: str) -> None:
    facts = _facts(_sheet(extractor, opening + " The two leaders signed a defence cooperation agreement."))
    assert {("defence cooperation agreement", "agreement_party", state, "asserted") for state in ("Chile", "Peru")} \
        <= facts


@pytest.mark.parametrize("opening", [
    "Chilean President Ana Soto met Chilean Defence Minister Luis Vera in Santiago on Monday.",
    "Chilean President Ana Soto, Peruvian President Luis Vera and Bolivian President Rosa Mamani met in Lima.",
])
def test_the_two_leaders_need_two_officials_of_two_states(extractor: Extractor, opening: str) -> None:
    facts = _facts(_sheet(extractor, opening + " The two leaders signed a defence cooperation agreement."))
    assert not {f for f in facts if f[1] == "agreement_party"}


@pytest.mark.parametrize("sentence, agreement", [
    ("Chile and Peru on Monday signed an agreement on stationing Peruvian patrol boats on Chilean lakes.",
     "agreement on stationing Peruvian patrol boats"),
    ("The navies trained under the Mutual Logistics Support agreement, which Chile and Peru signed in May 2024.",
     "Mutual Logistics Support agreement"),
    ("They trained under the framework agreement, which Chile and Peru signed in May 2024.", "framework agreement"),
])
def test_agreements_named_by_their_subject_or_their_capitalised_words(extractor: Extractor, sentence: str,
                                                                       agreement: str) -> None:
    facts = _facts(_sheet(extractor, sentence, date="2024-06-10"))
    assert {(agreement, "agreement_party", "Chile", "asserted"), (agreement, "agreement_party", "Peru", "asserted")} \
        <= facts


@pytest.mark.parametrize("sentence, wanted", [
    ("Southern Cross 2026, a joint tactical exercise of Chile and Peru, opened on Monday.",
     ("Peru", "participates_in_exercise", "Southern Cross 2026", "asserted")),
    (("The Iron Lynx 2026 exercise opened in Arica on Monday. Troops from all three member states — Chile, Peru and "
      "Bolivia — are expected to take part."), ("Bolivia", "participates_in_exercise", "Iron Lynx 2026", "planned")),
])
def test_joint_exercises_of_states_and_lists_set_off_by_dashes(extractor: Extractor, sentence: str,
                                                               wanted: tuple[str, str, str, str]) -> None:
    assert wanted in _facts(_sheet(extractor, sentence, date="2026-06-10"))


@pytest.mark.parametrize("text, wanted", [
    ("Southern Cross 2026, a joint tactical exercise of Chile and Peru, opened on Monday.",
     ("Chile", "organizes_exercise", "Southern Cross 2026", "asserted")),
    ("Chile opened its Southern Cross 2026 exercise on Monday.",
     ("Chile", "organizes_exercise", "Southern Cross 2026", "asserted")),
    ("Chile and Peru met in Lima. The two armies will hold their Southern Cross 2026 exercise in Arica.",
     ("Peru", "organizes_exercise", "Southern Cross 2026", "planned")),
])
def test_states_hold_their_own_and_their_joint_exercises(extractor: Extractor, text: str,
                                                         wanted: tuple[str, str, str, str]) -> None:
    assert wanted in _facts(_sheet(extractor, text, date="2026-06-10"))


def test_a_state_that_opens_an_exercise_not_its_own_only_takes_part(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Chile opened the Southern Cross 2026 exercise on Monday.", date="2026-06-10"))
    assert not {f for f in facts if f[1] == "organizes_exercise"}


def test_an_exercise_of_one_state_names_no_joint_participants(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Southern Cross 2026, a tactical exercise of Chile, opened on Monday.",
                          date="2026-06-10"))
    assert not {f for f in facts if f[1] == "participates_in_exercise"}


@pytest.mark.parametrize("sentence, place", [
    ("The drills are being held at the North Base and the nearby Pampa training ground.", "Pampa training ground"),
    ("The drills are being held outside the northern town of Putre.", "Putre"),
    ("The main episodes will be held at the Pampa training ground.", "Pampa training ground"),
])
def test_venues_nearby_outside_and_of_the_main_episodes(extractor: Extractor, sentence: str, place: str) -> None:
    assert ("Iron Lynx 2026", "exercise_located_in", place, "planned" if "will" in sentence else "asserted") in \
        _lynx_facts(extractor, sentence, "exercise_located_in")


def test_a_town_outside_which_a_named_venue_lies_is_no_venue(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "The drills are being held at the Pampa training ground outside Putre, Chile.",
                        "exercise_located_in")
    assert ("Iron Lynx 2026", "exercise_located_in", "Pampa training ground", "asserted") in facts
    assert not {f for f in facts if f[2] == "Putre"}


def test_a_state_drills_are_held_outside_is_no_venue(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "The drills were held outside Chile for the first time.", "exercise_located_in")
    assert ("Iron Lynx 2026", "exercise_located_in", "Chile", "asserted") not in facts


def test_each_region_of_a_list_a_state_s_possessive_owns(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The drills took place in Peru's Tacna, Moquegua and Puno regions.",
                          date="2026-06-10"), "part_of")
    assert {(place, "part_of", "Peru", "asserted") for place in ("Tacna", "Moquegua", "Puno")} <= facts


def test_a_place_after_a_state_s_possessive_town_is_not_the_state_s(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Troops moved from Chile's Arica to Tacna and Puno.", date="2026-06-10"),
                   "part_of")
    assert ("Tacna", "part_of", "Chile", "asserted") not in facts


@pytest.mark.parametrize("sentence, wanted", [
    ("The summit granted dialogue-partner status to Egypt and Qatar.",
     ("Qatar", "partner_of", "Shanghai Cooperation Organisation", "asserted")),
    ("The leaders also granted Laos the status of SCO dialogue partner.",
     ("Laos", "partner_of", "Shanghai Cooperation Organisation", "asserted")),
    ("The SCO gave Mongolia the status of observer.",
     ("Mongolia", "observer_of", "Shanghai Cooperation Organisation", "asserted")),
    ("Egypt, a NATO partner and an SCO dialogue partner, attended.",
     ("Egypt", "partner_of", "Shanghai Cooperation Organisation", "asserted")),
    ("Egypt and Qatar were granted the status of SCO dialogue partners in 2022.",
     ("Qatar", "partner_of", "Shanghai Cooperation Organisation", "asserted")),
    ("Mongolia has been granted the status of observer at the organisation.",
     ("Mongolia", "observer_of", "Shanghai Cooperation Organisation", "asserted")),
    ("Kuwait was given the status of a dialogue partner of the SCO.",
     ("Kuwait", "partner_of", "Shanghai Cooperation Organisation", "asserted")),
])
def test_statuses_granted_and_set_in_a_second_apposition(extractor: Extractor, sentence: str,
                                                         wanted: tuple[str, str, str, str]) -> None:
    text = "The Shanghai Cooperation Organisation held its summit in Astana. " + sentence
    assert wanted in _facts(_sheet(extractor, text, date="2024-07-05"))


def test_a_status_of_no_body_granted_to_states_makes_them_no_observers(extractor: Extractor) -> None:
    text = "Belarus and Kazakhstan were granted the status of observer nations at the UN talks in Geneva."
    assert not {f for f in _facts(_sheet(extractor, text)) if f[1] in ("observer_of", "partner_of")}


@pytest.mark.parametrize("sentence, state", [
    ("Serbia, a candidate for European Union membership, has kept ties with Moscow.", "Serbia"),
    ("Ukraine, an EU candidate country, welcomed the decision.", "Ukraine"),
    ("Moldova was granted EU candidate status in June 2022.", "Moldova"),
])
def test_a_candidate_for_membership_applied_for_it(extractor: Extractor, sentence: str, state: str) -> None:
    assert (state, "applied_for_membership_of", "European Union", "asserted") in _facts(_sheet(extractor, sentence))


def test_a_candidate_for_a_post_applied_for_no_membership(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Turkey, a NATO candidate for the job, agreed."))
    assert not {f for f in facts if f[1] == "applied_for_membership_of"}


def test_a_ministry_named_by_its_title_alone_speaks_and_issues_the_statement(extractor: Extractor) -> None:
    text = ("The exercise will run until May 26, the Ministry of Defence said in a statement. Conducted under a UN "
            "mandate, it focuses on peacekeeping. \"Troops will rehearse convoy escorts,\" the statement said.")
    said = {(f[0], f[2]) for f in _facts(_sheet(extractor, text, date="2026-05-14"), "said")}
    assert said == {("Ministry of Defence", "The exercise will run until May 26"),
                    ("Ministry of Defence", "Troops will rehearse convoy escorts")}


def test_a_state_s_press_service_is_no_body_named_before(extractor: Extractor) -> None:
    text = ("The leaders met at the SCO summit in Astana. The two presidents agreed to order a ceasefire, the Kyrgyz "
            "presidential press service said.")
    said = {f[0] for f in _facts(_sheet(extractor, text, date="2026-05-14"), "said")}
    assert said == {"Kyrgyz presidential press service"}


def test_attaches_invited_to_watch_make_their_states_observers(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "Lima said it had invited military attachés from several states, among them Chile "
                                   "and Bolivia, to watch the final stage.")
    assert ("Bolivia", "observer_of", "Iron Lynx 2026", "reported") in facts
    assert not {f for f in facts if f[1] == "participates_in_exercise"}


def test_a_body_s_drills_joined_are_no_membership(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "India to join SCO anti-terror exercise in Pakistan next month."))
    assert not {f for f in facts if f[1] == "member_of"}


def test_a_capital_called_on_is_no_venue(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "NATO will watch the drills closely and called on Lima to act predictably.",
                        "exercise_located_in")
    assert not {f for f in facts if f[2] in ("Lima", "Peru")}


@pytest.mark.parametrize("text, wanted", [
    ("Peru is not seeking to join the Pacific Alliance, the bloc Chile helped found in 2011.",
     {("Pacific Alliance", "founded_by", "Chile", "asserted"),
      ("Pacific Alliance", "founded_in", "2011", "asserted")}),
    ("The Pacific Alliance met in Lima. It was the first enlargement of the bloc since it was created in 2011.",
     {("Pacific Alliance", "founded_in", "2011", "asserted")}),
])
def test_foundings_in_a_reduced_relative_and_of_the_bloc_since_it_was_created(
        extractor: Extractor, text: str, wanted: set[tuple[str, ...]]) -> None:
    assert wanted <= _facts(_sheet(extractor, text, date="2024-06-10"))


def test_an_edition_troops_trained_at_is_an_exercise_by_its_name_and_year(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 exercise opened in Arica on Monday. Chilean troops last trained alongside soldiers "
            "from Peru at Condor Sur 2023, held in May that year at the Pampa training ground.")
    facts = _facts(_sheet(extractor, text, date="2026-06-10"))
    assert {("Peru", "participates_in_exercise", "Condor Sur 2023", "asserted"),
            ("Condor Sur 2023", "exercise_date", "2023-05", "asserted")} <= facts
    assert ("Peru", "participates_in_exercise", "Iron Lynx 2026", "asserted") not in facts


def test_a_year_named_after_training_for_another_event_is_no_exercise(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 exercise opened in Arica on Monday. The team trained for months and competed at "
            "Expo 2025.")
    assert not {f for f in _facts(_sheet(extractor, text, date="2026-06-10")) if "Expo" in f[0] + f[2]}


def test_a_commander_s_post_names_no_unit_and_a_led_by_aside_keeps_the_subject(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "The Chilean Navy, led by Rear Admiral Ana Soto, Flag Officer Commanding Northern "
                                   "Fleet, fielded the frigate Lynch and the tanker Montt.")
    assert ("Chilean Navy", "participates_in_exercise", "Iron Lynx 2026", "asserted") in facts
    assert not {f for f in facts if "Commanding" in f[0]}


def test_a_flotilla_after_a_commander_s_title_is_no_person(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "The Peruvian Navy sent the frigate Bolognesi under Rear Admiral Luis Vera, "
                                   "Commander Escort Flotilla Two.")
    assert not {f for f in facts if f[0] == "Escort Flotilla Two"}


def test_an_ambassador_in_a_capital_is_posted_to_its_state(extractor: Extractor) -> None:
    text = "Chile's ambassador in Lima, Ana Soto, said the talks had gone well."
    assert ("Ana Soto", "holds_position", "ambassador of Chile to Peru", "asserted") in _facts(_sheet(extractor, text))


def test_an_edition_named_by_its_place_is_an_entity_of_the_sheet(extractor: Extractor) -> None:
    text = ("Chile opened its Iron Lynx 2026 exercise on Monday. The previous edition, in 2024, drew troops from "
            "Peru and Bolivia.")
    sheet = _sheet(extractor, text, date="2026-06-10")
    assert ("Peru", "participates_in_exercise", "Iron Lynx 2024", "asserted") in _facts(sheet)
    assert "Iron Lynx 2024" in {entity.label for entity in sheet.entities}


def test_a_series_an_edition_is_said_to_belong_to_is_an_entity_of_the_sheet(extractor: Extractor) -> None:
    text = ("Chile and Peru will take part in the Southern Cross 2026 anti-terror drills in Arica in January 2026, "
            "the ministry said.\n\nSouthern Cross 2026 is the second edition of the Southern Cross drills. The first "
            "edition, Southern Cross 2024, was held in Peru in May 2024.")
    sheet = _sheet(extractor, text, date="2025-08-20")
    assert ("Southern Cross 2026", "part_of", "Southern Cross", "asserted") in _facts(sheet)
    assert "Southern Cross" in {entity.label for entity in sheet.entities}


def test_hosts_of_the_exercise_which_is_part_of_a_whole_host_the_exercise(extractor: Extractor) -> None:
    text = ("The Southern Cross 2026 exercise began on Monday. Chile and Peru are hosting the exercise, which is part "
            "of Andes Shield 2026, the OAS's largest series of drills. Units from Bolivia are also involved.")
    facts = _facts(_sheet(extractor, text, date="2026-03-05"))
    assert {("Chile", "hosts_exercise", "Southern Cross 2026", "asserted"),
            ("Southern Cross 2026", "part_of", "Andes Shield 2026", "asserted"),
            ("Bolivia", "participates_in_exercise", "Southern Cross 2026", "asserted")} <= facts
    assert not {f for f in facts if f[2] == "Andes Shield 2026" and f[1] != "part_of"}


@pytest.mark.parametrize("text, date, unwanted", [
    # (review guards of the fourteenth session: the officials' pair beside older anaphors, a former president, a
    # subject's adjective inside an agreement's name, a portion of another's exercise, an appeal, episodes of
    # another event, a list of another state's regions, candidates for a post, a status refused, a spokesman,
    # foundings after "since it" and after an aside, a show and talks trained at, a vote observed)
    (("Chile and Peru signed a defence agreement on Monday. Chilean Defence Minister Ana Soto thanked Bolivian "
      "Defence Minister Luis Vera for his support. The two governments will also sign a logistics agreement."),
     "2026-06-10", ("logistics agreement", "agreement_party", "Bolivia")),
    ("Former Peruvian President Luis Vera met Chilean President Ana Soto. The two leaders signed a memorandum.",
     "2026-06-10", ("memorandum", "agreement_party", "Peru")),
    ("Chile and Peru signed an agreement on stationing Bolivian troops in Arica.", "2026-06-10",
     ("agreement on stationing Bolivian troops", "agreement_party", "Bolivia")),
    ("Peru opened its portion of the Iron Lynx 2026 exercise, which Chile organises, on Monday.", "2026-06-10",
     ("Peru", "organizes_exercise", "Iron Lynx 2026")),
    ("The Iron Lynx 2026 exercise opened on Monday. Chile called on Bolivia to join the drills.", "2026-06-10",
     ("Bolivia", "participates_in_exercise", "Iron Lynx 2026")),
    (("The Iron Lynx 2026 exercise opened in Chile on Monday. The main episodes of the 2019 unrest took place in "
      "Santiago."), "2026-06-10", ("Iron Lynx 2026", "exercise_located_in", "Santiago")),
    ("The drills were held in Peru's Tacna, the Oruro and Potosi regions.", "2026-06-10",
     ("Potosi", "part_of", "Peru")),
    ("Chile's Ana Soto, a candidate for the UN's top refugee post, visited Lima.", "2026-06-10",
     ("Chile", "applied_for_membership_of", "United Nations")),
    ("Georgia was not granted EU candidate status in 2022.", "2026-06-10",
     ("Georgia", "applied_for_membership_of", "European Union")),
    ("The drills will end on Friday, a Chilean spokesman said.", "2026-06-10",
     ("a Chilean spokesman", "said", "The drills will end on Friday")),
    (("NATO met in Brussels. It was the largest deployment of the alliance since it launched its Kosovo mission in "
      "1999."), "2026-06-10", ("NATO", "founded_in", "1999")),
    ("Uzbekistan left the CSTO, the alliance Uzbekistan had helped create, in 2012.", "2026-06-10",
     ("Collective Security Treaty Organization", "founded_in", "2012")),
    (("The Iron Lynx 2026 exercise opened on Monday. The Chilean pilots trained for months and took part in the air "
      "show at FIDAE 2024."), "2026-06-10", ("Chile", "participates_in_exercise", "FIDAE 2024")),
    ("The Iron Lynx 2026 drills began on Monday. Lima invited officials from Chile and Bolivia to observe the vote.",
     "2026-06-10", ("Chile", "observer_of", "Iron Lynx 2026")),
])
def test_review_guards_of_the_fourteenth_session(extractor: Extractor, text: str, date: str,
                                                 unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text, date=date))}


@pytest.mark.parametrize("text, date, wanted", [
    (("Santiago said the drills would end on Friday. Peru's foreign ministry issued a statement condemning them. The "
      "drills threaten regional security, the statement said."), "2026-05-14",
     ("Peruvian Foreign Ministry", "said", "The drills threaten regional security", "asserted")),
    ("The OAS's roster includes Chile, Peru and Bolivia.", "2026-06-10",
     ("Bolivia", "member_of", "Organization of American States", "asserted")),
    ("The Iron Lynx 2026 exercise opened on Monday. Ships from Peru, led by the frigate Bolognesi, joined the drills.",
     "2026-06-10", ("Bolognesi", "participates_in_exercise", "Iron Lynx 2026", "asserted")),
    ("Chile's navy said the frigates would sail on Monday.", "2026-06-10",
     ("Chilean Navy", "part_of", "Chile", "asserted")),
    ("Cyprus' army said the drills had ended.", "2026-06-10",
     ("Cypriot Army", "said", "the drills had ended", "asserted")),
    ("The OAS granted Belize the status of observer.", "2026-06-10",
     ("Belize", "observer_of", "Organization of American States", "asserted")),
    (("Chilean President Ana Soto brokered talks between Peruvian President Luis Vera and Bolivian President Rosa "
      "Mamani. The two leaders signed a border agreement on Monday."), "2026-06-10",
     ("border agreement", "agreement_party", "Bolivia", "asserted")),
    (("Chile and Peru held talks in Lima. Meanwhile Bolivia and Paraguay began drills. The two armies will hold their "
      "Chaco Shield 2026 exercise in May."), "2026-03-10",
     ("Paraguay", "organizes_exercise", "Chaco Shield 2026", "planned")),
])
def test_review_cases_kept_right_in_the_fourteenth_session(extractor: Extractor, text: str, date: str,
                                                           wanted: tuple[str, str, str, str]) -> None:
    assert wanted in _facts(_sheet(extractor, text, date=date))


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("Chile and Peru have signed a memorandum with Bolivia on border patrols.",
     ("Chile", "signed_agreement_with", "Bolivia", "asserted"),
     ("Chile", "signed_agreement_with", "Peru", "asserted")),
    ("The Peruvian parliament on Thursday ratified Chile's accession protocol.",
     ("Accession Protocol for Chile", "agreement_party", "Peru", "asserted"), None),
])
def test_a_third_signer_and_a_state_s_parliament_that_ratifies(extractor: Extractor, text: str,
                                                               wanted: tuple[str, str, str, str],
                                                               unwanted: tuple[str, str, str, str] | None) -> None:
    facts = _facts(_sheet(extractor, text, date="2026-06-10"))
    assert wanted in facts
    assert unwanted not in facts


def test_troops_from_states_that_practised_take_part(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "For nine days, commandos from Chile, Peru and Bolivia practised hostage rescue at "
                                   "ranges around Arica.")
    assert ("Bolivia", "participates_in_exercise", "Iron Lynx 2026", "asserted") in facts


def test_people_from_a_state_who_practised_a_trade_take_no_part(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "Doctors from Peru practised medicine in Arica for years.")
    assert not {f for f in facts if f[1] == "participates_in_exercise"}


@pytest.mark.parametrize("text, date, unwanted", [
    # (second review's guards of the fourteenth session: a mediator's adjective, another occasion practised on, an
    # air show taken part in, an organisation's ambassador in its seat, an appeal to a listed ally)
    ("Chile and Peru signed the deal with Bolivian mediation.", "2026-06-10",
     ("Chile", "signed_agreement_with", "Bolivia")),
    ("The Iron Lynx 2026 exercise opened on Monday. Last year, troops from Peru practised mine clearing in Bolivia.",
     "2026-06-10", ("Peru", "participates_in_exercise", "Iron Lynx 2026")),
    ("The Iron Lynx 2026 exercise opened on Monday. The Peruvian pilots took part in the air show at FIDAE 2024.",
     "2026-06-10", ("Peru", "participates_in_exercise", "Iron Lynx 2026")),
    ("Chile's OAS ambassador in Washington, Ana Soto, said the talks went well.", "2026-06-10",
     ("Ana Soto", "holds_position", "ambassador of OAS to United States")),
    ("The Iron Lynx 2026 exercise opened on Monday. Chile called on allies, including Peru, to send more troops.",
     "2026-06-10", ("Peru", "participates_in_exercise", "Iron Lynx 2026")),
])
def test_second_review_guards_of_the_fourteenth_session(extractor: Extractor, text: str, date: str,
                                                        unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text, date=date))}


@pytest.mark.parametrize(("sentence", "participation"), [
    ("Peru does not take part in the European-led maritime surveillance mission.", None),
    ("Peru will not take part in any UN peacekeeping operations this year.", None),
    ("Peru will not take part in the operation phase of the drills.", ("Peru", "negated")),
    ("Peru will take part in the amphibious operations of the drills.", ("Peru", "planned")),
    ("Peru will not take part in the drills.", ("Peru", "negated")),
    ("Peru will take part in the Peace Mission drills.", None),  # another exercise, named
])
def test_a_mission_or_operation_taken_part_in_is_no_exercise(extractor: Extractor, sentence: str,
                                                            participation: tuple[str, str] | None) -> None:
    facts = _lynx_facts(extractor, sentence, "participates_in_exercise")
    assert {(s, m) for s, _, o, m in facts if o == "Iron Lynx 2026"} == ({participation} if participation else set())


@pytest.mark.parametrize("text, date, wanted", [
    ("Chilean President Ana Soto met Peruvian President Luis Vera in Lima. The two countries signed a border pact.",
     "2026-06-10", ("border pact", "agreement_party", "Peru", "asserted")),
    (("Chilean President Ana Soto met Peruvian President Luis Vera in Lima. Ministers Rosa Diaz and Jorge Paz also "
      "attended. The two leaders signed a border pact."), "2026-06-10",
     ("border pact", "agreement_party", "Chile", "asserted")),
    ("Bolivia, a candidate for accession to the Mercosur bloc, agreed.", "2026-06-10",
     ("Bolivia", "applied_for_membership_of", "Mercosur", "asserted")),
    ("NATO was founded by the United States, Canada, Britain, France, and eight other countries in 1949.",
     "2026-06-10", ("NATO", "founded_in", "1949", "asserted")),
    ("The Hungarian parliament has not yet ratified Peru's accession protocol.", "2026-06-10",
     ("Accession Protocol for Peru", "agreement_party", "Peru", "asserted")),
    (("The Iron Lynx 2026 drills will be held in Arica. September 2026 will see Peru's full participation in the war "
      "games of the OAS, according to media reports."), "2026-06-10",
     ("Peru", "participates_in_exercise", "Iron Lynx 2026", "reported")),
])
def test_second_review_cases_kept_right_in_the_fourteenth_session(extractor: Extractor, text: str, date: str,
                                                                  wanted: tuple[str, str, str, str]) -> None:
    assert wanted in _facts(_sheet(extractor, text, date=date))


@pytest.mark.parametrize("sentence, place, state", [
    ("Peru and Chile once fought over Tacnara, a desert region internationally recognised as part of Chile.",
     "Tacnara", "Chile"),
    ("Vallemar is internationally recognized as part of Peru.", "Vallemar", "Peru"),
])
def test_a_place_recognised_as_part_of_a_state(extractor: Extractor, sentence: str, place: str, state: str) -> None:
    assert (place, "part_of", state, "asserted") in _facts(_sheet(extractor, sentence), "part_of")


def test_a_name_part_of_no_state_is_no_place(extractor: Extractor) -> None:
    assert not _facts(_sheet(extractor, "Sea Breeze is part of NATO's plans for the Black Sea."), "part_of")


def test_the_first_drills_of_a_named_series_are_its_first_edition(extractor: Extractor) -> None:
    text = ("The Joint Sea-2026 exercise ended on Sunday. The first Joint Sea drills were held in 2012 in the "
            "Humboldt Sea off the Chilean port of Arica.")
    facts = _facts(_sheet(extractor, text, date="2026-06-10"))
    assert ("Joint Sea-2012", "exercise_located_in", "Arica", "asserted") in facts
    assert ("Joint Sea-2026", "exercise_located_in", "Arica", "asserted") not in facts


@pytest.mark.parametrize("text, unwanted", [
    # (third review's guards of the fourteenth session: a possessive, a past, a bare "is part of", an adverb before
    # the name, the first drills of another series)
    ("Vostok is part of Peru's yearly cycle of drills.", ("Vostok", "part_of", "Peru")),
    ("Tacnara was internationally recognised as part of Peru until 1929.", ("Tacnara", "part_of", "Peru")),
    ("The minister said Tacnara is part of Peru.", ("Tacnara", "part_of", "Peru")),
    ("Today Vallemar is internationally recognised as part of Chile.", ("Today Vallemar", "part_of", "Chile")),
    ("The Iron Lynx 2026 exercise opened on Monday. The first OAS exercises were held in 1951 in Peru.",
     ("Iron Lynx 2026", "exercise_located_in", "Peru")),
])
def test_third_review_guards_of_the_fourteenth_session(extractor: Extractor, text: str,
                                                       unwanted: tuple[str, str, str]) -> None:
    assert unwanted not in {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text, date="2026-06-10"))}


@pytest.mark.parametrize("text, wanted", [
    ("The talks come days before Italy, Spain and Greece hold Blue Horizon, their first three-way naval exercise.",
     ("Italy", "participates_in_exercise", "Blue Horizon 2026")),
    ("Dubbed Coral Wave, the three-day drills are taking place in the Ionian Sea.",
     ("Coral Wave 2026", "exercise_located_in", "Ionian Sea")),
    ("Codenamed Steel Harbour, the naval exercises opened in the Aegean Sea on Monday.",
     ("Steel Harbour 2026", "exercise_located_in", "Aegean Sea")),
])
def test_an_exercise_named_by_an_apposition_with_a_possessive_or_by_an_opening_participle(
        extractor: Extractor, text: str, wanted: tuple[str, str, str]) -> None:
    assert wanted in {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text, date="2026-06-10"))}


def test_a_name_after_dubbed_that_describes_no_exercise_is_none(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Dubbed Iron Will, the new defence policy was unveiled in Athens.", date="2026-06-10")
    assert not [e for e in sheet.entities if e.type is EntityType.EXERCISE]


@pytest.mark.parametrize("text, title, parties", [
    (("The pact replaces the 1971 Treaty of Friendship, Cooperation and Mutual Assistance between India and the "
      "Soviet Union."), "Treaty of Friendship, Cooperation and Mutual Assistance", {"India", "Soviet Union"}),
    ("It follows the Treaty on Friendship, Good-Neighbourliness and Cooperation between Russia and Mongolia.",
     "Treaty on Friendship, Good-Neighbourliness and Cooperation", {"Russia", "Mongolia"}),
])
def test_a_treaty_title_lists_its_subjects_with_commas(extractor: Extractor, text: str, title: str,
                                                       parties: set[str]) -> None:
    facts = _facts(_sheet(extractor, text), "agreement_party")
    assert {o for s, _, o, _ in facts if s == title} == parties


def test_names_listed_after_a_treaty_s_title_are_not_its_subjects(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Under the Treaty of Lisbon, Russia and China said nothing.")
    assert not [e for e in sheet.entities if e.label.startswith("Treaty of Lisbon,")]


@pytest.mark.parametrize("text, speaker", [
    ("South Korea's Joint Chiefs of Staff said the launch had failed.", "South Korean Joint Chiefs of Staff"),
    ("Spain's Defence Staff said the drills would run until Friday.", "Spanish Defence Staff"),
])
def test_a_state_s_staff_speaks_as_itself(extractor: Extractor, text: str, speaker: str) -> None:
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "said")} == {speaker}


def test_member_states_of_a_command_named_with_its_acronym(extractor: Extractor) -> None:
    text = ("The Freedom Shield 2026 exercise opened on Monday, the JCS said. Troops from United Nations Command (UNC) "
            "member states, including Greece and Italy, will also take part in the exercise, the JCS said.")
    members = {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "member_of")}
    assert members == {("Greece", "United Nations Command"), ("Italy", "United Nations Command")}


@pytest.mark.parametrize("sentence, observers", [
    ("The ministry said it had invited all OSCE member states, including Hungary and Serbia, to observe the drills.",
     {"Hungary", "Serbia"}),
    ("Peru also invited Chile and Bolivia to observe the exercise.", {"Chile", "Bolivia"}),
    ("Peru also invited Chile and Bolivia to observe Iron Lynx 2026.", {"Chile", "Bolivia"}),
    ("Peru invited journalists to observe the exercise.", set()),
    ("Peru invited Chile and Bolivia to observe the vote on the new mandate.", set()),
])
def test_states_invited_by_name_to_observe_drills_are_observers(extractor: Extractor, sentence: str,
                                                               observers: set[str]) -> None:
    facts = _lynx_facts(extractor, sentence)
    assert {s for s, r, o, _ in facts if r == "observer_of" and o == "Iron Lynx 2026"} == observers
    invited = {"Hungary", "Serbia", "Chile", "Bolivia"}
    assert not {s for s, r, _, _ in facts if r == "participates_in_exercise"} & invited


@pytest.mark.parametrize("sentence, unwanted", [
    ("The drills are taking place against the background of the war in Sudan, launched on May 15.",
     {("Iron Lynx 2026", "exercise_date", "2026-05-15")}),
    ("The exercise is being held against the backdrop of the conflict in Yemen, which began on May 20.",
     {("Iron Lynx 2026", "exercise_date", "2026-05-20"), ("Iron Lynx 2026", "exercise_located_in", "Yemen")}),
    ("The exercise is taking place amid the crisis in Niger.", {("Iron Lynx 2026", "exercise_located_in", "Niger")}),
])
def test_an_event_the_drills_are_held_against_gives_them_no_date_or_place(
        extractor: Extractor, sentence: str, unwanted: set[tuple[str, str, str]]) -> None:
    assert not unwanted & {(s, r, o) for s, r, o, _ in _lynx_facts(extractor, sentence)}


def test_drills_dated_after_an_opening_amid_keep_their_date(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "Amid tensions with Bolivia, the drills will end on June 12.")
    assert ("Iron Lynx 2026", "exercise_date", "2026-06-12", "planned") in facts


def test_a_model_number_or_a_decade_in_the_plural_is_no_year(extractor: Extractor) -> None:
    text = ("Rafale fighters flew alongside Emirati Mirage 2000s on Monday as Desert Flag, the multinational air "
            "exercise hosted by the United Arab Emirates, entered its second week. Their ties go back to the 1990s.")
    sheet = _sheet(extractor, text, date="2024-05-06")
    assert {e.label for e in sheet.entities if e.type is EntityType.EXERCISE} == {"Desert Flag 2024"}
    assert [t.value for t in find_times("Their ties go back to the 1990s and 2000s.")] == []


def test_participants_counted_then_listed_between_dashes(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "The drills involve air forces from four nations – the UAE, Britain, Italy and "
                                   "Peru – and will end on June 17.", "participates_in_exercise")
    assert {s for s, _, _, _ in facts} == {"United Arab Emirates", "United Kingdom", "Italy", "Peru"}


@pytest.mark.parametrize("sentence", [
    ("Forces of the Collective Security Treaty Organization (CSTO) yesterday launched the exercise, which runs "
     "until June 26."),
    "The CSTO today launched the exercise, which runs until June 26.",
])
def test_a_body_that_launches_drills_today_or_yesterday_is_not_founded(extractor: Extractor, sentence: str) -> None:
    assert not _lynx_facts(extractor, sentence, "founded_in")


def test_a_sentence_may_open_with_a_single_quotation_mark() -> None:
    text = "The series began in 2016 with 'Sand Guard 1', hosted by Peru. 'Sand Guard 2' was held in Chile in 2020."
    assert [s.text for s in split_sentences(text)] == [
        "The series began in 2016 with 'Sand Guard 1', hosted by Peru.", "'Sand Guard 2' was held in Chile in 2020."]


def test_numbered_editions_dated_each_in_its_own_clause(extractor: Extractor) -> None:
    text = ("The Sand Guard 4 exercise opened on Monday. 'Sand Guard 2' was held in Chile in 2020, and 'Sand Guard 3' "
            "took place in Ecuador in 2022.")
    dates = {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text, date="2025-01-20"), "exercise_date")}
    assert {("Sand Guard 2", "2020"), ("Sand Guard 3", "2022")} <= dates


@pytest.mark.parametrize("text, date, wanted", [
    (("Troops from Peru and Chile opened the Sand Guard 4 exercise on Monday. The exercise's spokesman told "
      "reporters that Ecuador would host the fifth edition in 2027."), "2025-01-20",
     {("Ecuador", "hosts_exercise", "Sand Guard 5"), ("Sand Guard 5", "exercise_date", "2027")}),
    ("The Iron Lynx 2026 exercise opened in Arica on Monday. Ecuador will host the 10th edition in 2028.",
     "2026-06-10", {("Ecuador", "hosts_exercise", "Iron Lynx 2028")}),
])
def test_an_edition_numbered_in_its_series(extractor: Extractor, text: str, date: str,
                                           wanted: set[tuple[str, str, str]]) -> None:
    facts = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text, date=date))}
    assert wanted <= facts
    assert not {f for f in facts if f[0] == "Ecuador" and f[2] in ("Sand Guard 4", "Iron Lynx 2026")}


def test_the_numbered_edition_the_article_is_on_is_itself(extractor: Extractor) -> None:
    text = ("Troops from Peru and Chile opened the Sand Guard 4 exercise on Monday. Ecuador is also taking part in "
            "the fourth edition.")
    facts = _facts(_sheet(extractor, text, date="2025-01-20"), "participates_in_exercise")
    assert ("Ecuador", "participates_in_exercise", "Sand Guard 4", "asserted") in facts


@pytest.mark.parametrize("sentence, unwanted", [
    ("The exercise comes weeks after the Pentagon launched a review of the Rio Pact, prompting questions in Lima.",
     {("Pentagon", "organizes_exercise", "Iron Lynx 2026"), ("Iron Lynx 2026", "exercise_located_in", "Lima")}),
    ("Officials expect Chinese vessels to monitor the drills off the coast.",
     {("China", "participates_in_exercise", "Iron Lynx 2026")}),
    ("A Russian spy ship shadowed the exercise.", {("Russia", "participates_in_exercise", "Iron Lynx 2026")}),
])
def test_what_happens_around_the_drills_is_no_part_of_them(extractor: Extractor, sentence: str,
                                                           unwanted: set[tuple[str, str, str]]) -> None:
    assert not unwanted & {(s, r, o) for s, r, o, _ in _lynx_facts(extractor, sentence)}


def test_a_body_that_launches_a_new_exercise_organises_it(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "The CSTO launched a new exercise in Bolivia on Tuesday.", "organizes_exercise")
    assert ("Collective Security Treaty Organization", "organizes_exercise", "Iron Lynx 2026", "asserted") in facts


def test_capitals_listed_with_commas_are_no_places_of_each_other_s_state(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Analysts say Washington, London and Canberra are pressing ahead. The talks "
                                     "were held in Arusha, Tanzania."), "part_of")
    assert facts == {("Arusha", "part_of", "Tanzania", "asserted")}


def test_a_similar_accord_concluded_with_a_third_state_is_another(extractor: Extractor) -> None:
    text = ("Peru signed the Peru-Chile Reciprocal Access Agreement in January 2022 and concluded a similar accord "
            "with Britain a year later.")
    parties = {o for s, _, o, _ in _facts(_sheet(extractor, text), "agreement_party")}
    assert parties == {"Peru", "Chile"}


def test_a_body_s_name_opening_a_longer_name_is_not_what_was_founded(extractor: Extractor) -> None:
    text = "The ministers of India, Japan and Australia on Tuesday launched the Quad Critical Minerals Initiative."
    assert not _facts(_sheet(extractor, text), "founded_by")


@pytest.mark.parametrize("sentence, wanted", [
    ("Italy and Spain will provide most of the warships and marines for the drills.",
     {("Italy", "planned"), ("Spain", "planned")}),
    ("An infantry company from Croatia is due to join for the final week of the exercise.", {("Croatia", "planned")}),
])
def test_states_that_provide_forces_for_the_drills_or_join_for_a_part_of_them(
        extractor: Extractor, sentence: str, wanted: set[tuple[str, str]]) -> None:
    facts = _lynx_facts(extractor, sentence, "participates_in_exercise")
    assert {(s, m) for s, _, _, m in facts} == wanted


def test_a_state_that_provides_aircraft_to_another_state_takes_no_part(extractor: Extractor) -> None:
    assert not _lynx_facts(extractor, "The US will provide aircraft to Ukraine.", "participates_in_exercise")


@pytest.mark.parametrize("sentence", [
    "Austria and Ireland take part in the alliance's activities under the Partnership for Peace program.",
    "Vienna and Dublin take part in the alliance's activities under the Partnership for Peace program.",
])
def test_states_taking_part_in_a_body_s_activities_under_its_programme_are_its_members(
        extractor: Extractor, sentence: str) -> None:
    facts = _facts(_sheet(extractor, "NATO held talks in Brussels. " + sentence), "member_of")
    assert {(s, o) for s, _, o, _ in facts} == {("Austria", "Partnership for Peace"),
                                                ("Ireland", "Partnership for Peace")}


@pytest.mark.parametrize("sentence, modality", [
    ("The Joint Expeditionary Force is not part of NATO.", "negated"),
    ("The Joint Expeditionary Force is part of NATO's plans, officials said.", None),
])
def test_a_body_said_to_be_or_not_to_be_part_of_another(extractor: Extractor, sentence: str,
                                                        modality: str | None) -> None:
    facts = _facts(_sheet(extractor, sentence), "part_of")
    assert facts == ({("Joint Expeditionary Force", "part_of", "NATO", modality)} if modality else set())


def test_a_series_planned_by_two_commands_is_organised_by_them(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "The drills are jointly planned by the Chilean Army and US Southern Command.",
                        "organizes_exercise")
    assert {(s, m) for s, _, _, m in facts} == {("Chilean Army", "asserted"), ("US Southern Command", "asserted")}


def test_further_drills_are_others_than_the_article_s(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "Further drills are planned for July. Additional exercises will follow in August.")
    assert not {f for f in facts if f[1] == "exercise_date" and f[2].startswith(("2026-07", "2026-08"))}
    assert not [f for f in facts if f[0].startswith(("Further", "Additional"))]


def test_a_grouping_comprising_its_members(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "The ministers of the Quad grouping comprising India, the US, Japan and "
                                     "Australia met on Tuesday."), "member_of")
    assert {s for s, _, _, _ in facts} == {"India", "United States", "Japan", "Australia"}


def test_editions_named_where_only_another_paragraph_speaks_of_exercises(extractor: Extractor) -> None:
    text = ("The navies hold regular naval exercises.\n\nThe four navies last came together for Sand Guard 2024, "
            "hosted by Peru off Callao in October 2024. Sand Guard 2025 is scheduled to be held off Arica in July.")
    facts = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text, date="2025-06-01"))}
    assert {("Peru", "hosts_exercise", "Sand Guard 2024"), ("Sand Guard 2025", "exercise_located_in", "Arica")} <= facts


@pytest.mark.parametrize("sentence, unwanted", [
    ("The exercise had been agreed by the defence chiefs at a meeting on the sidelines of a summit in Lima on May 2.",
     "2026-05-02"),
    ("In a briefing last month, the minister said the drills were a threat.", "2026-05"),
])
def test_when_people_met_is_no_date_of_the_drills(extractor: Extractor, sentence: str, unwanted: str) -> None:
    assert unwanted not in {o for _, _, o, _ in _lynx_facts(extractor, sentence, "exercise_date")}


def test_a_state_s_staff_named_as_the_source_after_its_words(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "It will run through Friday, according to the ROK's Joint Chiefs of Staff.", "said")
    assert {(s, o) for s, _, o, _ in facts} == {("South Korean Joint Chiefs of Staff", "It will run through Friday")}


@pytest.mark.parametrize("text, wanted", [
    (("The International Maritime Security Construct (IMSC), formed in 2019, counts Britain, Albania and Estonia "
      "among its members."), {(s, "member_of", "International Maritime Security Construct", "asserted")
                      for s in ("United Kingdom", "Albania", "Estonia")}),
    ("The SCO counts India and Iran as full members.",
     {(s, "member_of", "Shanghai Cooperation Organisation", "asserted") for s in ("India", "Iran")}),
    # a count of its members, then a colon before their list
    ("The SADC, founded in 1992 and headquartered in Gaborone, groups 16 member states: Angola and Zambia.",
     {(s, "member_of", "Southern African Development Community", "asserted") for s in ("Angola", "Zambia")}),
    # the body referred to, an aside between it and the verb
    ("The SCO met in Astana. The organisation, founded in 2001 after years of talks, counts India and Iran as members.",
     {(s, "member_of", "Shanghai Cooperation Organisation", "asserted") for s in ("India", "Iran")}),
    ("Made up of Chile and Peru, the Pacific Alliance met in Lima.",
     {(s, "member_of", "Pacific Alliance", "asserted") for s in ("Chile", "Peru")}),
    ("NATO met in Brussels. Austria and Ireland have stayed out of the alliance.",
     {(s, "member_of", "NATO", "negated") for s in ("Austria", "Ireland")}),
    (("NATO met in Brussels. The U.S.-led International Maritime Security Construct (IMSC) was formed in 2019. "
      "Qatar has stayed out of the coalition."),
     {("Qatar", "member_of", "International Maritime Security Construct", "negated")}),
    ("AUKUS, the security partnership of Australia, Britain and the United States, met.",
     {(s, "member_of", "AUKUS", "asserted") for s in ("Australia", "United Kingdom", "United States")}),
])
def test_members_counted_composed_or_staying_out(extractor: Extractor, text: str,
                                                 wanted: set[tuple[str, str, str, str]]) -> None:
    facts = {(s, r, "NATO" if o == "North Atlantic Treaty Organization" else o, m)
             for s, r, o, m in _facts(_sheet(extractor, text), "member_of")}
    assert facts == wanted


@pytest.mark.parametrize("sentence", [
    "Japan is in talks on joining projects under AUKUS.",
    "Japan is considering joining NATO's cyber centre.",
    "The ministry counts Chile and Peru among its closest friends.",
])
def test_talks_on_joining_or_friends_counted_are_no_membership(extractor: Extractor, sentence: str) -> None:
    assert not _facts(_sheet(extractor, sentence), "member_of")


def test_a_list_before_unnamed_officials_says_nothing(extractor: Extractor) -> None:
    text = ("Peru will host a joint exercise with Chile, the Netherlands, the United States and Canada on May 6-14, "
            "officials said.")
    assert not _facts(_sheet(extractor, text, date="2026-04-01"), "said")


@pytest.mark.parametrize("text, date, wanted, unwanted", [
    # (first review of the fifteenth session: regressions and new false facts, each mended)
    ("The CSTO launched a joint command and staff exercise, Interaction-2025, in Belarus on Monday.", "2025-09-10",
     {("Collective Security Treaty Organization", "organizes_exercise", "Interaction-2025")}, set()),
    (("The Iron Lynx 2025 exercise opened in Arica on Monday. Ecuador sent 300 troops to the 10th edition, up from "
      "200 in 2019."), "2025-06-10", {("Ecuador", "participates_in_exercise", "Iron Lynx 2025")},
     {("Ecuador", "participates_in_exercise", "Iron Lynx 2019")}),
    (("The BALTOPS 24 exercise began in the Baltic Sea on Friday. This year marks the 53rd iteration, and Finland "
      "is taking part."), "2024-06-07", {("Finland", "participates_in_exercise", "BALTOPS 24")},
     {("Finland", "participates_in_exercise", "BALTOPS 53")}),
    (("The Zapad-2025 exercise opened on Monday. Russia invited China to take part in the drills and India to observe "
      "them."), "2025-09-10", {("China", "participates_in_exercise", "Zapad-2025")},
     {("China", "observer_of", "Zapad-2025")}),
    (("The Iron Lynx 2025 exercise opened on Monday. The drills, which come days after a summit in Lima, are being "
      "held in the Atacama Desert."), "2025-06-10", {("Iron Lynx 2025", "exercise_located_in", "Atacama Desert")},
     {("Iron Lynx 2025", "exercise_located_in", "Lima")}),
    ("Russia, Belarus and Kazakhstan, as well as Armenia, which are members of the CSTO, sent troops.", "2025-06-10",
     {(s, "member_of", "Collective Security Treaty Organization") for s in ("Russia", "Belarus", "Armenia")}, set()),
    (("Japan signed the Japan-Philippines Reciprocal Access Agreement in July 2024 and a similar pact with New Zealand "
      "in 2025."), "2025-06-10", {("Japan", "signed_agreement_with", "New Zealand")},
     {("Japan-Philippines Reciprocal Access Agreement", "agreement_party", "New Zealand")}),
    ("Mali, Niger and Burkina Faso formed the Alliance of Sahel States Saturday.", "2023-09-20",
     {("Alliance of Sahel States", "founded_by", "Mali")}, set()),
    ("Russia and North Korea signed the Treaty on Comprehensive Strategic Partnership, Putin and Kim announced.",
     "2024-06-20", {("Treaty on Comprehensive Strategic Partnership", "agreement_party", "Russia")}, set()),
    ("Belarus and Kazakhstan were granted the status of observers at the talks in Geneva, the UN said.", "2025-06-10",
     set(), {("Belarus", "observer_of", "United Nations")}),
    ("The Sand Guard 4 exercise opened on Monday. The ministry said Colombia would host the next edition.",
     "2025-06-10", {("Colombia", "hosts_exercise", "Sand Guard 5")}, set()),
    (("The Iron Lynx 2025 exercise opened on Monday. Dubbed Project Aurora, the plan behind the drills was drafted "
      "in Warsaw."), "2025-06-10", set(), {("Project Aurora 2025", "exercise_located_in", "Warsaw")}),
    ("The Zapad-2025 exercise opened on Monday. Belarus is inviting journalists to observe the drills.", "2025-09-10",
     set(), {("Belarus", "observer_of", "Zapad-2025")}),
    ("The Zapad-2025 exercise opened on Monday. Chinese research vessels spied on the drills.", "2025-09-10",
     set(), {("China", "participates_in_exercise", "Zapad-2025")}),
    ("The Zapad-2025 exercise opened on Monday. Belarus invited Hungary to monitor the drills.", "2025-09-10",
     {("Hungary", "observer_of", "Zapad-2025")}, set()),
    ("Dubbed Sea Breeze, the 10-day exercise began in Odesa on Monday.", "2025-06-10",
     {("Sea Breeze 2025", "exercise_located_in", "Odesa")}, set()),
])
def test_first_review_of_the_fifteenth_session(extractor: Extractor, text: str, date: str,
                                               wanted: set[tuple[str, str, str]],
                                               unwanted: set[tuple[str, str, str]]) -> None:
    facts = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text, date=date))}
    assert wanted <= facts
    assert not unwanted & facts


@pytest.mark.parametrize("sentence", [
    "Bolivian troops were also absent from the Sand Guard 2026 drills held in Chile in May.",
    "Bolivia also stayed away from the Sand Guard 2026 exercise, which was held in Chile in May.",
])
def test_a_state_absent_from_drills_denies_its_part_not_their_place_or_date(extractor: Extractor,
                                                                            sentence: str) -> None:
    facts = _facts(_sheet(extractor, sentence, date="2026-08-01"))
    assert ("Sand Guard 2026", "exercise_located_in", "Chile", "asserted") in facts
    assert ("Sand Guard 2026", "exercise_date", "2026-05", "asserted") in facts


def test_a_headline_s_verb_opens_no_exercise_name(extractor: Extractor) -> None:
    sheet = _sheet(extractor, "Peruvian, Chilean Troops Launch Sand Guard 2026 Drills in the Desert\n\nThe drills "
                              "began on Monday near Arica.", date="2026-06-10")
    assert {e.label for e in sheet.entities if e.type is EntityType.EXERCISE} == {"Sand Guard 2026"}


def test_drills_of_another_year_named_by_the_sentence_s_opening_date_are_not_the_article_s(
        extractor: Extractor) -> None:
    text = ("The CSTO held the Interaction-2024 drills in Belarus in September. In January 2023, Armenia refused to "
            "host the CSTO command-and-staff exercises that had been planned on its territory.")
    facts = _facts(_sheet(extractor, text, date="2024-11-27"))
    assert not {f for f in facts if f[2] == "Interaction-2024" and f[0] == "Armenia"}


def test_a_state_represented_by_an_official_takes_no_part_in_the_drills(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "India was represented by Defence Secretary Giridhar Aramane. Bolivia was "
                                   "represented by a platoon of marines.", "participates_in_exercise")
    assert {s for s, _, _, _ in facts} == {"Bolivia"}


@pytest.mark.parametrize("text, wanted, unwanted", [
    # (second review of the fifteenth session: regressions and new false facts, each mended)
    ("After talks with France and Germany, Poland said it would buy more tanks.",
     {("Poland", "said", "it would buy more tanks")}, {("France", "said", "it would buy more tanks")}),
    ("Unlike Hungary, Slovakia said it would send troops.", set(), {("Hungary", "said", "it would send troops")}),
    ("Japan and the Philippines said they would hold more joint drills.",
     {("Japan", "said", "they would hold more joint drills"),
      ("Philippines", "said", "they would hold more joint drills")}, set()),
    (("The Iron Lynx 2026 exercise opened on Monday. A navy spokesman told a news conference that the drills would "
      "end on June 20."), {("Iron Lynx 2026", "exercise_date", "2026-06-20")}, set()),
    (("The Iron Lynx 2026 exercise opened on Monday. The drills come on the heels of a crisis in Bolivia and will run "
      "until Friday off Arica."), {("Iron Lynx 2026", "exercise_located_in", "Arica")},
     {("Iron Lynx 2026", "exercise_located_in", "Bolivia")}),
    ("The Open Spirit 2026 mine-clearing exercise began in Lithuanian waters on Monday.",
     {("Open Spirit 2026", "exercise_date", "2026-06-08")}, set()),
    ("Armenian, US Troops Kick Off Eagle Partner 2026 Drills\n\nThe drills began on Monday.",
     {("Armenia", "participates_in_exercise", "Eagle Partner 2026")}, set()),
    (("China and North Korea signed the Treaty of Friendship, Cooperation and Mutual Assistance at a ceremony in "
      "Beijing in 1961."), {("Treaty of Friendship, Cooperation and Mutual Assistance", "agreement_date", "1961")},
     set()),
    (("The Iron Lynx 2026 exercise opened on Monday. Washington has asked Tokyo to provide more ships for the "
      "exercise. Germany is providing 1,500 troops for the drills."),
     {("Germany", "participates_in_exercise", "Iron Lynx 2026")},
     {("United States", "participates_in_exercise", "Iron Lynx 2026")}),
    (("The Iron Lynx 2026 exercise opened on Monday. A delegation from Georgia will join for the closing ceremony of "
      "the exercise."), set(), {("Georgia", "participates_in_exercise", "Iron Lynx 2026")}),
    ("NATO leaders met in Brussels with EU officials. Austria has stayed out of the alliance.", set(),
     {("Austria", "member_of", "European Union")}),
    ("The Joint Expeditionary Force is part of the NATO deterrence posture in the north.", set(),
     {("Joint Expeditionary Force", "part_of", "NATO")}),
    ("The drills ended on Friday.\n\nThe NATO Summit 2026 is scheduled to be held in Ankara in July.", set(),
     {("Summit 2026", "exercise_located_in", "Ankara"), ("NATO Summit 2026", "exercise_located_in", "Ankara")}),
    (("Chile and Peru will hold the Iron Lynx 2026 exercise this spring. In December 2025, the defence ministers "
      "agreed that the drills would be held in Arica in May."),
     {("Iron Lynx 2026", "exercise_located_in", "Arica")}, set()),
    (("The Iron Lynx 2026 exercise opened on Monday. According to South Korea's Joint Chiefs of Staff, the North "
      "fired two missiles."), {("South Korean Joint Chiefs of Staff", "said", "the North fired two missiles")}, set()),
])
def test_second_review_of_the_fifteenth_session(extractor: Extractor, text: str,
                                                wanted: set[tuple[str, str, str]],
                                                unwanted: set[tuple[str, str, str]]) -> None:
    facts = {(s, r, "NATO" if o == "North Atlantic Treaty Organization" else o)
             for s, r, o, _ in _facts(_sheet(extractor, text, date="2026-06-10"))}
    assert wanted <= facts
    assert not unwanted & facts


@pytest.mark.parametrize("sentence, agreement, parties, date", [
    ("The new accord replaces a treaty on friendship and cooperation that Laos and Vietnam signed in 1977.",
     "treaty on friendship and cooperation", {"Laos", "Vietnam"}, "1977"),
    ("Officials said a treaty on friendship, trade and navigation that Oman signed with Yemen in 1982 still holds.",
     "treaty on friendship, trade and navigation", {"Oman", "Yemen"}, "1982"),
    ("Chile also has a status of visiting forces agreement with Canada, signed in 2009, and is in talks with Spain.",
     "status of visiting forces agreement", {"Chile", "Canada"}, "2009"),
])
def test_an_agreement_described_by_what_it_is_on_or_its_kind_then_its_signing(
        extractor: Extractor, sentence: str, agreement: str, parties: set[str], date: str) -> None:
    facts = _facts(_sheet(extractor, sentence))
    assert {party for subject, relation, party, _ in facts
            if subject == agreement and relation == "agreement_party"} == parties
    assert (agreement, "agreement_date", date, "asserted") in facts


def test_places_in_a_quotation_that_holds_no_drills_are_not_their_venue(extractor: Extractor) -> None:
    text = ('Iran began the Velayat-1404 naval exercise near the Strait of Hormuz on Monday. An analyst said the '
            'drills were aimed "as much at Riyadh as at Doha." Officials said the drills "will be held in Bandar '
            'Abbas," the statement added.')
    located = {place for _, _, place, _ in _facts(_sheet(extractor, text), "exercise_located_in")}
    assert "Bandar Abbas" in located
    assert not located & {"Riyadh", "Doha"}
    text = ("Iran began the Velayat-1404 naval exercise on Monday. An analyst said \"these drills are aimed at Riyadh "
            "as much as at Doha.\"")
    assert not {o for _, _, o, _ in _facts(_sheet(extractor, text), "exercise_located_in")} & {"Riyadh", "Doha"}


@pytest.mark.parametrize("sentence, wanted", [
    ("Moldova sent no troops to any of the three exercises.", {"Iron Lynx 2026", "Steel Wind 2026", "Sea Hawk 2026"}),
    ("Moldova will not take part in either of the two exercises.", {"Steel Wind 2026", "Sea Hawk 2026"}),
    ("Moldova will not take part in any of the four exercises.", {"Iron Lynx 2026"}),  # (not four named)
])
def test_drills_counted_together_are_the_last_ones_named(extractor: Extractor, sentence: str,
                                                         wanted: set[str]) -> None:
    text = ("The Iron Lynx 2026 exercise opened in Arica on Monday. Two parallel exercises, Steel Wind 2026 for "
            "engineers and Sea Hawk 2026 for divers, are also under way. " + sentence)
    facts = _facts(_sheet(extractor, text, date="2026-06-10"), "participates_in_exercise")
    assert {exercise for state, _, exercise, modality in facts if state == "Moldova" and modality == "negated"} \
        == wanted


@pytest.mark.parametrize("sentence, wanted", [
    ("The two countries will also resume their joint naval exercise, Pacific Shield 2026, off Arica next spring.",
     {"Chile", "Peru"}),
    ("The two navies will hold the Pacific Shield 2026 exercise off Arica in May.", {"Chile", "Peru"}),
    ("The allies will hold the Pacific Shield 2026 exercise off Arica in May.", set()),  # (not counted: any allies)
])
def test_a_counted_pair_resuming_or_holding_drills_takes_part(extractor: Extractor, sentence: str,
                                                              wanted: set[str]) -> None:
    text = "Chile and Peru signed a defence cooperation roadmap in Lima on Monday. " + sentence
    facts = _facts(_sheet(extractor, text), "participates_in_exercise")
    assert {state for state, _, exercise, _ in facts if exercise == "Pacific Shield 2026"} == wanted


def test_a_programme_launched_since_a_state_took_part_is_not_its_body_s_founding(extractor: Extractor) -> None:
    text = "Georgia has taken part in the EU's Eastern Partnership since it was launched in 2009 together with Moldova."
    facts = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text))}
    assert ("Eastern Partnership", "agreement_date", "2009") in facts
    assert not {f for f in facts if f[0] == "European Union" and f[1] in ("founded_in", "founded_by")}


def test_a_headline_the_body_restates_as_reported_asserts_nothing_more(extractor: Extractor) -> None:
    title = "Chile, Peru start Iron Lynx 2026 naval drills"
    body = (f"{title}\n\nChile and Peru on Monday began the Iron Lynx 2026 naval exercise off Arica, the Chilean "
            "navy said.")
    facts = _facts(extractor.extract(Article("t", body, title=title, date="2026-06-10")), "participates_in_exercise")
    assert {(state, modality) for state, _, exercise, modality in facts if exercise == "Iron Lynx 2026"} == {
        ("Chile", "reported"), ("Peru", "reported")}


def test_a_source_after_a_sentence_whose_verb_has_no_speaker_said_it(extractor: Extractor) -> None:
    text = ("The Chilean Defence Ministry said on Monday that the drills had begun. Contingents from Peru and Brazil "
            "have confirmed their participation, according to the ministry.")
    said = {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "said")}
    assert ("Chilean Defence Ministry", "Contingents from Peru and Brazil have confirmed their participation") in said


@pytest.mark.parametrize("sentence, body, founders, year", [
    (("Ecuador, unlike Brazil, is also a member of the Andean Community, the trade bloc it founded with Bolivia, "
      "Colombia and Peru in 1969."), "Andean Community", {"Ecuador", "Bolivia", "Colombia", "Peru"}, "1969"),
    (("The Council of Europe was founded in London in 1949, and Denmark, Norway and Sweden were among its ten "
      "founding members."), "Council of Europe", {"Denmark", "Norway", "Sweden"}, "1949"),
    (("ZOPACAS was launched in Brasilia on October 27, 1986, by Brazil, Argentina and Uruguay, largely as a "
      "response to the war."), "ZOPACAS", {"Brazil", "Argentina", "Uruguay"}, "1986-10-27"),
])
def test_founders_with_the_subject_among_the_founding_members_or_of_a_body_by_its_acronym(
        extractor: Extractor, sentence: str, body: str, founders: set[str], year: str) -> None:
    facts = _facts(_sheet(extractor, sentence))
    assert {o for s, r, o, _ in facts if s == body and r == "founded_by"} == founders
    assert (body, "founded_in", year, "asserted") in facts


@pytest.mark.parametrize("sentence, body, whole", [
    ("The Permanent Council of the Organization of American States met on Monday.", "OAS Permanent Council",
     "Organization of American States"),
    ("Kazakhstan also invited the Executive Committee of the Commonwealth of Independent States.",
     "CIS Executive Committee", "Commonwealth of Independent States"),
    ("He attended the meeting of the Council of Heads of State of the Shanghai Cooperation Organisation.",
     "SCO Council of Heads of State", "Shanghai Cooperation Organisation"),
])
def test_a_body_named_before_its_organisation_is_its_part(extractor: Extractor, sentence: str, body: str,
                                                         whole: str) -> None:
    assert (body, "part_of", whole, "asserted") in _facts(_sheet(extractor, sentence), "part_of")


@pytest.mark.parametrize("text, wanted", [
    ("NATO's other partners across the globe are Australia, Japan and Mongolia.",
     {("Australia", "partner_of", "NATO"), ("Japan", "partner_of", "NATO"), ("Mongolia", "partner_of", "NATO")}),
    ("The European Union and Spain, both permanent observers to the OAS, issued statements.",
     {("Spain", "observer_of", "Organization of American States")}),
    (("The Arctic Council was set up in 1996. In March 2022, Canada and Norway paused their participation in the "
      "council's work."), {("Canada", "suspended_participation_in", "Arctic Council", "2022-03"),
                           ("Norway", "suspended_participation_in", "Arctic Council", "2022-03")}),
    (("The Arctic Council was set up in 1996. On March 3, 2022, Canada suspended its participation in all meetings "
      "of the council."), {("Canada", "suspended_participation_in", "Arctic Council", "2022-03-03")}),
])
def test_partners_listed_observers_apposed_and_participation_paused_from_a_date(
        extractor: Extractor, text: str, wanted: set[tuple[str, ...]]) -> None:
    sheet = _sheet(extractor, text, date="2023-05-10")
    facts = {(f.subject, f.relation, "NATO" if f.object == "North Atlantic Treaty Organization" else f.object)
             for f in sheet.facts} | {(f.subject, f.relation, f.object, f.time) for f in sheet.facts}
    assert wanted <= facts


@pytest.mark.parametrize("text, exercise, states", [
    ('The trilateral "Steel Wind-2025" command-staff exercise of Chile, Peru and Bolivia took place in May.',
     "Steel Wind-2025", {"Chile", "Peru", "Bolivia"}),
    (("Chile and Peru signed a roadmap on Monday. In July, the Sea Hawk-2025 exercise was held in Iquique with the "
      "participation of more than 600 sailors from the two countries."), "Sea Hawk-2025", {"Chile", "Peru"}),
    (("The Iron Lynx 2026 exercise opened in Arica on Monday. Marine detachments from Paraguay and Uruguay will "
      "join an amphibious landing phase next week."), "Iron Lynx 2026", {"Paraguay", "Uruguay"}),
])
def test_states_of_a_trilateral_exercise_counted_in_its_participation_or_joining_a_phase_take_part(
        extractor: Extractor, text: str, exercise: str, states: set[str]) -> None:
    facts = _facts(_sheet(extractor, text, date="2026-03-10"), "participates_in_exercise")
    assert {state for state, _, drills, _ in facts if drills == exercise} == states


@pytest.mark.parametrize("sentence, modality", [
    ("Finland, which shares a 1,340-kilometer border with Russia, joined NATO in April.", "asserted"),
    ("For decades the forum dealt with procurement, as Finland remained outside NATO.", "negated"),
])
def test_a_relative_clause_with_a_large_number_or_remaining_outside_the_alliance(
        extractor: Extractor, sentence: str, modality: str) -> None:
    facts = {(s, r, "NATO" if o == "North Atlantic Treaty Organization" else o, m)
             for s, r, o, m in _facts(_sheet(extractor, sentence), "member_of")}
    assert ("Finland", "member_of", "NATO", modality) in facts


def test_places_listed_before_one_plural_head_are_each_named_by_it(extractor: Extractor) -> None:
    text = ("The Ocean Shield 2026 drills were held by the Chilean Navy in the Pacific and Southern oceans and in the "
            "Weddell and Scotia seas.")
    located = {o for _, _, o, _ in _facts(_sheet(extractor, text), "exercise_located_in")}
    assert located == {"Pacific Ocean", "Southern Ocean", "Weddell Sea", "Scotia Sea"}


def test_an_abbreviated_month_does_not_cut_off_the_venue_s_sentence(extractor: Extractor) -> None:
    text = "The Iron Lynx 2026 exercise will run until Sept. 20 in waters off Tocopilla."
    located = {o for _, _, o, _ in _facts(_sheet(extractor, text), "exercise_located_in")}
    assert "Tocopilla" in located



@pytest.mark.parametrize("sentence, words", [
    (('Foreign Minister Ana Rojas said the pact was "a threat to the region", repeating objections her government '
      "raised in 2018."), 'the pact was "a threat to the region"'),
    ("President Ivo Petrov repeatedly claimed that Peru controls the canal and refused to rule out using force.",
     "Peru controls the canal"),
])
def test_the_speaker_s_next_act_or_the_writer_s_gloss_ends_the_words(extractor: Extractor, sentence: str,
                                                                     words: str) -> None:
    assert {o for _, _, o, _ in _facts(_sheet(extractor, sentence), "said")} == {words}


@pytest.mark.parametrize("text, wanted, unwanted", [
    (("The Iron Lynx 2026 exercise opened on Monday. Taking part are NATO members Spain and Italy, as well as "
      "Chile and Japan."), {("Spain", "member_of", "NATO")},
     {("Chile", "member_of", "NATO"), ("Japan", "member_of", "NATO")}),
    ("Colombia joined NATO's network of partners across the globe in May 2018.", {("Colombia", "partner_of", "NATO")},
     {("Colombia", "member_of", "NATO")}),
    ("Norway, a founding member of NATO, signed a defence cooperation agreement with Chile in April 2021.",
     {("Norway", "signed_agreement_with", "Chile")}, {("NATO", "signed_agreement_with", "Chile")}),
    (("The Iron Lynx 2026 exercise opened on Monday. Russia was notified of the exercise but was not invited to "
      "send observers."), {("Russia", "observer_of", "Iron Lynx 2026")},
     {("Russia", "participates_in_exercise", "Iron Lynx 2026")}),
])
def test_members_before_as_well_as_a_network_of_partners_a_signer_before_its_apposition_observers_not_invited(
        extractor: Extractor, text: str, wanted: set[tuple[str, str, str]],
        unwanted: set[tuple[str, str, str]]) -> None:
    facts = {(s, r, "NATO" if o == "North Atlantic Treaty Organization" else o)
             for s, r, o, _ in _facts(_sheet(extractor, text, date="2026-03-10"))}
    assert wanted <= facts
    assert not unwanted & facts


@pytest.mark.parametrize("sentence, unit, state", [
    ("Britain's 3 Commando Brigade is rehearsing a landing.", "3 Commando Brigade", "United Kingdom"),
    ("Chile's 4 Armoured Brigade will also take part.", "4 Armoured Brigade", "Chile"),
])
def test_a_unit_numbered_without_an_ordinal_is_its_state_s(extractor: Extractor, sentence: str, unit: str,
                                                         state: str) -> None:
    assert (unit, "part_of", state, "asserted") in _facts(_sheet(extractor, sentence), "part_of")


def test_states_that_have_hosted_a_series_since_a_year_host_the_series_then(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 exercise opened on Monday. Chile and Peru have jointly hosted the biennial Iron Lynx "
            "exercise since 2012.")
    sheet = _sheet(extractor, text, date="2026-03-10")
    hosted = {(f.subject, f.object, f.time) for f in sheet.facts if f.relation == "hosts_exercise"}
    assert hosted == {("Chile", "Iron Lynx", "2012"), ("Peru", "Iron Lynx", "2012")}
    assert not {f for f in sheet.facts if f.relation in ("participates_in_exercise", "exercise_located_in")
                and f.subject in ("Chile", "Peru", "Iron Lynx")}


@pytest.mark.parametrize("sentence, person, office", [
    ("Russian Defence Minister Army General Ivan Petrov said the talks were useful.", "Ivan Petrov",
     "Defence Minister of Russia"),
    ("\"We are ready,\" Chile's Chief of Defence, General Ana Rojas, told reporters.", "Ana Rojas",
     "Chief of Defence of Chile"),
])
def test_an_office_before_a_rank_written_as_army_general_or_set_off(extractor: Extractor, sentence: str,
                                                                    person: str, office: str) -> None:
    assert (person, "holds_position", office, "asserted") in _facts(_sheet(extractor, sentence), "holds_position")


def test_drills_co_hosted_by_the_two_countries_are_hosted_by_the_pair_named(extractor: Extractor) -> None:
    text = ("Chile and Peru opened the Iron Lynx 2026 exercise on Monday. Co-hosted by the two countries, the "
            "exercise is taking place off Arica.")
    facts = _facts(_sheet(extractor, text), "hosts_exercise")
    assert {state for state, _, _, _ in facts} == {"Chile", "Peru"}


def test_an_agreement_signed_on_a_weekday_written_before_it(extractor: Extractor) -> None:
    text = "Peru signed on Wednesday a framework agreement on defence cooperation with Chile."
    facts = _facts(_sheet(extractor, text, date="2025-03-20"))
    assert ("framework agreement on defence cooperation", "agreement_party", "Chile", "asserted") in facts
    assert ("framework agreement on defence cooperation", "agreement_date", "2025-03-19", "asserted") in facts


def test_partner_countries_in_a_body_s_programme_are_its_members_and_the_owner_s_partners(
        extractor: Extractor) -> None:
    text = ("NATO ministers met on Monday. Tunisia is one of seven partner countries in NATO's Mediterranean "
            "Dialogue, alongside Morocco and Jordan.")
    facts = {(s, r, "NATO" if o == "North Atlantic Treaty Organization" else o)
             for s, r, o, _ in _facts(_sheet(extractor, text))}
    for state in ("Tunisia", "Morocco", "Jordan"):
        assert (state, "member_of", "Mediterranean Dialogue") in facts
        assert (state, "partner_of", "NATO") in facts
    assert not _facts(_sheet(extractor, "Tunisia is one of seven partner countries in NATO."), "member_of")


def test_states_counted_then_listed_after_their_observer_status(extractor: Extractor) -> None:
    text = ("The Arctic Council met on Monday. Thirteen non-Arctic states have observer status, including China, "
            "which was admitted in 2013, as well as France and India.")
    facts = _facts(_sheet(extractor, text), "observer_of")
    assert {state for state, _, body, _ in facts if body == "Arctic Council"} == {"China", "France", "India"}


def test_a_headline_s_verb_before_a_body_s_head_names_no_body(extractor: Extractor) -> None:
    text = "EU Extends Monitoring Mission In Georgia Until 2027\n\nThe mission's mandate was extended on Monday."
    assert not any(f.subject.startswith("EU Extends") for f in _sheet(extractor, text).facts)


@pytest.mark.parametrize("sentence, observers, participants", [
    ("Indian officers will follow the exercise as observers, as will delegations from Mongolia and Nepal.",
     {"India", "Mongolia", "Nepal"}, set()),
    ("Finland will not send troops, but officers from Finland and Ukraine are attending as observers.",
     {"Finland", "Ukraine"}, {("Finland", "negated")}),
    ("Estonia and Latvia are not sending troops, but both have sent officers to follow the exercise as observers.",
     {"Estonia", "Latvia"}, {("Estonia", "negated"), ("Latvia", "negated")}),
    ("Moldova has sent officers from its National Army to follow the exercise as observers.", {"Moldova"}, set()),
])
def test_observers_named_after_as_will_or_both_and_units_sent_to_observe(
        extractor: Extractor, sentence: str, observers: set[str], participants: set[tuple[str, str]]) -> None:
    facts = _facts(_sheet(extractor, "The Iron Lynx 2026 exercise opened on Monday. " + sentence, date="2026-03-10"))
    assert {s for s, r, _, _ in facts if r == "observer_of"} == observers
    assert {(s, m) for s, r, _, m in facts if r == "participates_in_exercise"} == participants


@pytest.mark.parametrize("text, wanted, unwanted", [
    # (review of the seventeenth session: regressions and false facts, each mended)
    ("Foreign Minister Ivan Petrov said Latvia had broken the deal and refused to withdraw its forces.",
     {("Ivan Petrov", "said", "Latvia had broken the deal and refused to withdraw its forces", "asserted")}, set()),
    ("The Iron Lynx 2026 exercise opened on Monday. Uruguay has sent no additional troops to the exercise.", set(),
     {("Uruguay", "participates_in_exercise", "Iron Lynx 2026", "negated")}),
    ("NATO members Poland, Romania as well as Bulgaria sent ships to the drills.",
     {("Bulgaria", "member_of", "NATO", "asserted")}, set()),
    ("Nearly 500 Lithuanian Iron Wolf Brigade soldiers took part in the Iron Lynx 2026 exercise.", set(),
     {("500 Lithuanian Iron Wolf Brigade", "participates_in_exercise", "Iron Lynx 2026", "asserted")}),
    (("The Iron Lynx 2026 exercise opened on Monday. Two parallel exercises, Steel Wind 2026 and Sea Hawk 2026, are "
      "also under way. Argentina took part in two of the three exercises."), set(),
     {("Argentina", "participates_in_exercise", "Sea Hawk 2026", "asserted")}),
    (("The Sea Breeze 2026 exercise opened off Odesa on Monday. Greece and Turkey have not held joint drills since "
      "2019. The two countries will resume joint exercises next year."), set(),
     {("Greece", "participates_in_exercise", "Sea Breeze 2026", "planned")}),
    ("India and China agreed to resume the Shakti 2026 exercise.",
     {("India", "participates_in_exercise", "Shakti 2026", "planned")}, set()),
    ("The EU's main trading partners are China and the United States.", set(),
     {("China", "partner_of", "European Union", "asserted")}),
    (("NATO leaders met EU officials on Monday. The alliance's partners across the globe are Australia and "
      "Japan."), {("Japan", "partner_of", "NATO", "asserted")},
     {("Japan", "partner_of", "European Union", "asserted")}),
    ("The Iron Lynx 2026 exercise opened on Monday. Ukraine will join the second phase of the grain corridor.",
     set(), {("Ukraine", "participates_in_exercise", "Iron Lynx 2026", "planned")}),
    ("The Joint Sea-2026 exercise was held in the East and South China seas.",
     {("Joint Sea-2026", "exercise_located_in", "East China Sea", "asserted")},
     {("Joint Sea-2026", "exercise_located_in", "East Sea", "asserted")}),
    ("Germany urged Indonesia to stay engaged in ASEAN, the bloc it founded with Malaysia and Thailand in 1967.",
     set(), {("Association of Southeast Asian Nations", "founded_by", "Germany", "asserted")}),
    ("India's RISAT2 was launched in 2009 to watch the border. An ICBM was launched in 2023.", set(),
     {("ICBM", "founded_in", "2023", "asserted"), ("RISAT2", "founded_in", "2009", "asserted")}),
    ("Armenia has been unable to conclude new agreements with Azerbaijan.", set(),
     {("Armenia", "signed_agreement_with", "Azerbaijan", "asserted")}),
    (("The Pacific Shield 2026 exercise opened on Monday. Chile has hosted the biennial Pacific Shield exercise, "
      "and Peru has taken part in it since 2014."), {("Chile", "hosts_exercise", "Pacific Shield", "asserted")}, set()),
    ("The joint Zapad-2025 strategic exercise of Russia and Belarus ended on Tuesday.",
     {("Russia", "participates_in_exercise", "Zapad-2025", "asserted")}, set()),
    ("Chile and Peru signed a roadmap on Monday. Both navies will hold the Pacific Shield 2026 exercise in May.",
     {("Peru", "participates_in_exercise", "Pacific Shield 2026", "planned")}, set()),
])
def test_review_of_the_seventeenth_session(extractor: Extractor, text: str, wanted: set[tuple[str, ...]],
                                           unwanted: set[tuple[str, ...]]) -> None:
    sheet = _sheet(extractor, text, date="2026-03-10")
    facts = {(f.subject, f.relation, "NATO" if f.object == "North Atlantic Treaty Organization" else f.object,
              f.modality.value) for f in sheet.facts}
    assert wanted <= facts
    assert not unwanted & facts
    if any(relation == "hosts_exercise" for _, relation, _, _ in wanted):
        assert all(f.time is None for f in sheet.facts if f.relation == "hosts_exercise")


@pytest.mark.parametrize("text, agreement", [
    ("Moscow said a bilateral treaty on friendship that Laos and Vietnam signed in 1977 was a model.",
     "bilateral treaty on friendship"),
    (("Laos and Vietnam met on Monday. The accord on fisheries and navigation that the two countries signed in "
      "2014 expires next year."), "accord on fisheries and navigation"),
])
def test_an_agreement_described_with_an_adjective_or_signed_by_the_two_countries(
        extractor: Extractor, text: str, agreement: str) -> None:
    facts = _facts(_sheet(extractor, text, date="2025-06-10"))
    assert {party for subject, relation, party, _ in facts
            if subject == agreement and relation == "agreement_party"} == {"Laos", "Vietnam"}
    assert ("Laos", "signed_agreement_with", "Vietnam", "planned") not in facts


@pytest.mark.parametrize("text, speaker, words", [
    (("The Chilean Defence Ministry said on Monday that the drills had begun. Contingents from Peru have confirmed "
      "their participation, according to the ministry."), "Chilean Defence Ministry",
     "Contingents from Peru have confirmed their participation"),
    (("The Chilean navy said on Monday that the drills had begun. Ships from Peru will arrive on Friday, according "
      "to the navy."), "Chilean Navy", "Ships from Peru will arrive on Friday"),
])
def test_a_trailing_source_of_one_state_s_act_or_named_by_its_service(extractor: Extractor, text: str,
                                                                       speaker: str, words: str) -> None:
    assert (speaker, "said", words, "asserted") in _facts(_sheet(extractor, text, date="2025-06-10"), "said")


def test_a_body_named_with_and_before_its_organisation(extractor: Extractor) -> None:
    text = "The Peace and Security Council of the African Union met on Monday."
    assert ("AU Peace and Security Council", "part_of", "African Union", "asserted") in _facts(
        _sheet(extractor, text), "part_of")


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a second verb of a clause opened by "since": its subject is the first verb's
    (("Tehran's weight has grown since Iran became a full member of the SCO in July 2023 and joined the BRICS "
      "group in January 2024."), {("Iran", "member_of", "BRICS", "asserted")}, set()),
    # the first item of a list keeps its place past its own apposition
    ("Kenya, an AU member since 1963, and Uganda signed the Nairobi Accord on Border Security on June 15, 2021.",
     {("Nairobi Accord on Border Security", "agreement_party", "Kenya", "asserted"),
      ("Nairobi Accord on Border Security", "agreement_party", "Uganda", "asserted")}, set()),
    ("Chile, which joined the OAS in 1948, and Peru took part in the UNITAS exercise.",
     {("Chile", "participates_in_exercise", "UNITAS 2026", "asserted"),
      ("Peru", "participates_in_exercise", "UNITAS 2026", "asserted")},
     # the second item has its own verb, not the first's year
     {("Peru", "member_of", "Organization of American States", "asserted")}),
    ("Finland joined NATO in April 2023 and Sweden followed in March 2024.",
     {("Finland", "member_of", "NATO", "asserted"), ("Sweden", "member_of", "NATO", "asserted")}, set()),
    # officials who sign, past when and where they did
    ("Chilean President Ana Soto and Peruvian President Luis Paredes on Wednesday signed the Lima Defence Accord.",
     {("Lima Defence Accord", "agreement_party", "Chile", "asserted"),
      ("Lima Defence Accord", "agreement_party", "Peru", "asserted")}, set()),
])
def test_subjects_past_asides_and_second_verbs(extractor: Extractor, text: str, wanted: set[tuple[str, ...]],
                                               unwanted: set[tuple[str, ...]]) -> None:
    _assert_facts(extractor, text, wanted, unwanted)


@pytest.mark.parametrize("series_sentence, series_fact", [
    ("Coral Shield has been held in Fiji since 2015 and has grown into one of the largest drills in the region.",
     ("Coral Shield", "exercise_located_in", "Fiji", "asserted")),
    ("Coral Shield has been held for three decades, growing from a small naval drill into a large exercise.", None),
])
def test_a_series_held_since_a_year_or_for_decades_is_the_series(extractor: Extractor, series_sentence: str,
                                                                 series_fact: tuple[str, ...] | None) -> None:
    text = ("Tonga will not send troops to the Coral Shield exercise this summer. " + series_sentence +
            " Last year's edition, Coral Shield 2025, brought some 2,000 troops to Nadi.")
    facts = _facts(_sheet(extractor, text, date="2026-05-10"))
    assert ("Coral Shield 2025", "part_of", "Coral Shield", "asserted") in facts
    assert series_fact is None or series_fact in facts


@pytest.mark.parametrize("sentence, wanted, unwanted", [
    ("Samoa and Tonga, two of Fiji's closest partners, each sent a patrol boat to join the drills.",
     {"Samoa", "Tonga"}, {"Fiji"}),
    ("Samoa, Fiji's neighbour, sent a patrol boat to join the drills.", {"Samoa"}, {"Fiji"}),
    ("Australian commandos and Fijian army units took part in the drills.", {"Australia", "Fiji"}, set()),
    ("Besides Fiji and Australia, contingents came from Tonga, Samoa and Vanuatu.",
     {"Fiji", "Australia", "Tonga", "Samoa", "Vanuatu"}, set()),
    ("The Fijian navy said 14 countries had confirmed their participation. Among them are Tonga and Samoa.",
     {"Tonga", "Samoa"}, set()),
    ("The drills brought together troops from 12 nations. Among them are Tonga and Samoa.", {"Tonga", "Samoa"},
     set()),
    # a count of members, not of participants: the list is not the exercise's
    ("The Pacific Islands Forum has 18 members. Among them are Tonga and Samoa.", set(), {"Tonga", "Samoa"}),
])
def test_participants_past_appositions_demonym_forces_and_counted_lists(
        extractor: Extractor, sentence: str, wanted: set[str], unwanted: set[str]) -> None:
    text = "The Coral Shield 2026 exercise opened in Suva on Monday. " + sentence
    participants = {subject for subject, relation, _, _ in _facts(_sheet(extractor, text, date="2026-06-10"))
                    if relation == "participates_in_exercise"}
    assert wanted <= participants
    assert not unwanted & participants


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("Peru has also been a member of the Andean Community since July 1969.",
     {("Peru", "member_of", "Andean Community", "asserted")}, set()),
    ("Chile joined the OAS in 1948, and Bolivia has been a member since 1950.",
     {("Bolivia", "member_of", "Organization of American States", "asserted")}, set()),
    ("Croatia and Albania joined NATO in 2009, and Hungary has been an ally since 1999.",
     {("Hungary", "member_of", "NATO", "asserted")}, set()),
    # an ally of no alliance named before: nothing
    ("Croatia and Albania joined the EU, and Hungary has been an ally since 1999.", set(),
     {("Hungary", "member_of", "European Union", "asserted")}),
    ("The SCO was set up in 2001. Its founding members were China, Russia and Tajikistan.",
     {("Tajikistan", "member_of", "Shanghai Cooperation Organisation", "asserted"),
      ("Shanghai Cooperation Organisation", "founded_by", "Tajikistan", "asserted")}, set()),
    ("The SCO unites ten countries, among them India and Iran.",
     {("Iran", "member_of", "Shanghai Cooperation Organisation", "asserted")}, set()),
    # "it" after a body named before may be one kg does not know: no members of that one
    ("NATO met on Monday. It unites about 30 countries, among them India and Iran.", set(),
     {("Iran", "member_of", "NATO", "asserted")}),
    ("Ireland and Malta are neutral. Neither country belongs to NATO.",
     {("Ireland", "member_of", "NATO", "negated"), ("Malta", "member_of", "NATO", "negated")}, set()),
    # "neither country" far from the last pair that opened a sentence: no guess
    ("Ireland and Malta are neutral. " + "The debate goes on in both capitals and in the press every year. " * 5 +
     "Neither country belongs to NATO.", set(), {("Ireland", "member_of", "NATO", "negated")}),
])
def test_members_since_founding_members_and_neither_country(extractor: Extractor, text: str,
                                                            wanted: set[tuple[str, ...]],
                                                            unwanted: set[tuple[str, ...]]) -> None:
    _assert_facts(extractor, text, wanted, unwanted)


@pytest.mark.parametrize("text, wanted", [
    ("Norway signed a 2.7-billion-euro contract with France for 12 Rafale jets.",
     {("Norway", "signed_agreement_with", "France")}),
    ("Ukraine hosted the talks. Kyiv has concluded security agreements with 28 countries, among them Canada and Japan.",
     {("Ukraine", "signed_agreement_with", "Canada"), ("Ukraine", "signed_agreement_with", "Japan")}),
    (("Ukraine hosted the meeting. Several of this year's participants, including Canada and Poland, have signed "
      "10-year security agreements with Kyiv."),
     {("Canada", "signed_agreement_with", "Ukraine"), ("Poland", "signed_agreement_with", "Ukraine")}),
])
def test_agreements_signed_with_counted_or_listed_parties_and_a_capital(extractor: Extractor, text: str,
                                                                        wanted: set[tuple[str, ...]]) -> None:
    facts = {(f.subject, f.relation, f.object) for f in _sheet(extractor, text).facts}
    assert wanted <= facts


def test_a_capital_after_a_place_preposition_stays_a_place(extractor: Extractor) -> None:
    text = "Ukraine hosted the talks. Canada signed security agreements in Kyiv on Monday."
    facts = {(f.subject, f.relation, f.object) for f in _sheet(extractor, text).facts}
    assert not any(relation == "signed_agreement_with" and "Ukraine" in (subject, other)
                   for subject, relation, other in facts)


def test_the_state_before_an_apposition_of_bodies_signs(extractor: Extractor) -> None:
    text = "Neighbouring Ecuador, a UN and OAS member, signed a deal with Colombia in November 2021."
    facts = {(f.subject, f.relation, f.object) for f in _sheet(extractor, text).facts
             if f.relation == "signed_agreement_with"}
    assert facts == {("Ecuador", "signed_agreement_with", "Colombia")}


@pytest.mark.parametrize("text, agreement, parties, date", [
    ("The Lancaster House treaties between Chile and Argentina were signed in London on November 2, 2011.",
     "Lancaster House treaties", {"Chile", "Argentina"}, "2011-11-02"),
    ("It builds on the Santiago treaties, which Chile and Argentina signed on Nov. 2, 2010.",
     "Santiago treaties", {"Chile", "Argentina"}, "2010-11-02"),
    ("The Minsk agreements between Peru and Bolivia collapsed in 2015.", "Minsk agreements", {"Peru", "Bolivia"}, None),
])
def test_a_set_of_pacts_named_by_a_place(extractor: Extractor, text: str, agreement: str, parties: set[str],
                                         date: str | None) -> None:
    sheet = _sheet(extractor, text)
    assert {f.object for f in sheet.facts if f.subject == agreement and f.relation == "agreement_party"} == parties
    assert [f.object for f in sheet.facts if f.subject == agreement and f.relation == "agreement_date"] == (
        [date] if date else [])


@pytest.mark.parametrize("text", ["The NATO agreements with Peru lapsed.", "The Serbia agreements lapsed in May.",
                                  "Since the January agreements, Peru and Chile have talked."])
def test_plural_pacts_of_a_body_a_state_or_a_month_are_not_named(extractor: Extractor, text: str) -> None:
    assert not [e for e in _sheet(extractor, text).entities if e.type is EntityType.AGREEMENT]


def test_an_exercise_named_as_a_component_of_another(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 exercise, a component of the large-scale Steel Shield 2026 drills led by the United "
            "States, got under way in Chile on Monday, with Peru declining to take part. Steel Shield 2026 runs from "
            "April to June and also includes the Swift Condor 2026 airborne exercise in Bolivia.")
    facts = _facts(_sheet(extractor, text, date="2026-04-22"))
    assert {("Iron Lynx 2026", "part_of", "Steel Shield 2026", "asserted"),
            ("Swift Condor 2026", "part_of", "Steel Shield 2026", "asserted"),
            # the sentence is the component's; the aside, the whole's
            ("Iron Lynx 2026", "exercise_located_in", "Chile", "asserted"),
            ("United States", "organizes_exercise", "Steel Shield 2026", "asserted"),
            ("Peru", "participates_in_exercise", "Iron Lynx 2026", "negated")} <= facts
    assert ("Steel Shield 2026", "exercise_located_in", "Chile", "asserted") not in facts


@pytest.mark.parametrize("sentence", ["Peru is declining to take part in the Iron Lynx 2026 exercise.",
                                      "The Iron Lynx 2026 exercise opened on Monday, with Peru refusing to take part."])
def test_declining_or_refusing_to_take_part_is_a_denial(extractor: Extractor, sentence: str) -> None:
    assert ("Peru", "participates_in_exercise", "Iron Lynx 2026", "negated") in _facts(
        _sheet(extractor, sentence, date="2026-04-22"))


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("Germany leads the European Sky Shield Initiative, while France and Poland have stayed out of the scheme.",
     {("France", "member_of", "European Sky Shield Initiative", "negated"),
      ("Poland", "member_of", "European Sky Shield Initiative", "negated")}, set()),
    # "the initiative" is no alliance's
    ("Spain joined NATO in 1982, while Malta is not a member of the initiative.", set(),
     {("Malta", "member_of", "NATO", "negated")}),
    ("Japan has been a member of the Ukraine Defense Contact Group since April 2022.",
     {("Japan", "member_of", "Ukraine Defense Contact Group", "asserted")}, set()),
])
def test_a_scheme_referred_to_and_a_contact_group(extractor: Extractor, text: str, wanted: set[tuple[str, ...]],
                                                  unwanted: set[tuple[str, ...]]) -> None:
    _assert_facts(extractor, text, wanted, unwanted)


@pytest.mark.parametrize("sentence, date", [
    ("On the sidelines of the meeting, Chile and Peru signed the Tacna Accord.", "2026-05-14"),
    ("At the end of the talks, Chile and Peru adopted the Tacna Accord.", "2026-05-14"),
    ("During his visit to Lima, Chile and Peru signed the Tacna Accord.", "2026-05-14"),
    # a time of its own, or a signing at some time before: not the article's date
    ("During the visit, Chile and Peru signed the Tacna Accord, negotiated since 2019.", None),
    ("At a ceremony, Chile and Peru have signed the Tacna Accord.", None),
])
def test_an_agreement_signed_at_the_event_reported_takes_its_date(extractor: Extractor, sentence: str,
                                                                   date: str | None) -> None:
    sheet = _sheet(extractor, sentence, date="2026-05-14")
    assert [f.object for f in sheet.facts if f.subject == "Tacna Accord" and f.relation == "agreement_date"] == (
        [date] if date else [])


@pytest.mark.parametrize("text, date, wanted, unwanted", [
    # a foreign ministry named before is not "the Ministry of Defence" that speaks after it
    (("The instrument was deposited with the US State Department. Lima will host the drills, the Ministry of "
      "Defence said."), "2026-03-10", {("Ministry of Defence", "said", "Lima will host the drills", "asserted")},
     {("State Department", "said", "Lima will host the drills", "asserted")}),
    ("Analyst Ana Soto said Kosovo still cannot join NATO.", "2026-03-10",
     {("Kosovo", "member_of", "NATO", "negated")}, {("Kosovo", "member_of", "NATO", "planned")}),
    ("Peru's refusal to take part in the Iron Lynx 2026 drills is a sovereign choice, the diplomat said.",
     "2026-04-22", {("Peru", "participates_in_exercise", "Iron Lynx 2026", "negated")}, set()),
    # the second of two places after "in" is a place too
    ("Kosovo and Serbia are at odds. Analysts in Belgrade and Pristina said the change was unlikely to matter.",
     "2026-03-10", set(), {("Kosovo", "said", "the change was unlikely to matter", "asserted")}),
    ("The EU pledged aid. The Ukraine Defense Contact Group met in Brussels. Georgia is not a member of the group.",
     "2026-03-10", {("Georgia", "member_of", "Ukraine Defense Contact Group", "negated")},
     {("Georgia", "member_of", "European Union", "negated")}),
    (("Serbia is not a member of the CSTO. That accord is separate from the Treaty on Conventional Armed Forces in "
      "Europe, in which Russia suspended its participation in 2007."), "2026-03-10",
     {("Russia", "suspended_participation_in", "Treaty on Conventional Armed Forces in Europe", "asserted")},
     {("Russia", "suspended_participation_in", "Collective Security Treaty Organization", "asserted")}),
])
def test_precision_of_speakers_denials_places_and_referents(extractor: Extractor, text: str, date: str,
                                                            wanted: set[tuple[str, ...]],
                                                            unwanted: set[tuple[str, ...]]) -> None:
    _assert_facts(extractor, text, wanted, unwanted, date=date)


@pytest.mark.parametrize("text, unwanted", [
    ("Ukraine launched the Sea Breeze 2026 exercise on Monday to clear the mines that Russian forces scattered.",
     ("Russia", "participates_in_exercise", "Sea Breeze 2026")),
    (("The Iron Lynx 2026 exercise opened on Monday. The KFOR mission, which is led by NATO, is not involved in "
      "the drills."), ("NATO", "organizes_exercise", "Iron Lynx 2026")),
    ("The mines were scattered along Ukraine's Black Sea coast.", ("Black Sea", "part_of", "Ukraine")),
])
def test_no_fact_from_an_adversary_a_mission_s_leader_or_a_coast(extractor: Extractor, text: str,
                                                                 unwanted: tuple[str, ...]) -> None:
    assert unwanted not in {(f.subject, f.relation, f.object) for f in _sheet(extractor, text, "2026-04-22").facts}


def test_the_drills_in_which_forces_took_part_are_theirs(extractor: Extractor) -> None:
    text = "Japan sent observers to the Iron Lynx 2026 drills, in which Australian troops have also taken part."
    assert ("Australia", "participates_in_exercise", "Iron Lynx 2026") in {
        (f.subject, f.relation, f.object) for f in _sheet(extractor, text, "2026-04-22").facts}


@pytest.mark.parametrize("text, names, not_names", [
    ("Italian General Takes Over NATO's KFOR As Alliance Keeps Reinforcements In Kosovo", set(), {"Takes Over"}),
    ('Zelenskiy called it "the strongest agreement between Ukraine and the United States since independence."',
     set(), {"strongest agreement between Ukraine and United States"}),
    ("It is the first defence agreement between Peru and Chile.", {"defence agreement between Peru and Chile"},
     {"first defence agreement between Peru and Chile"}),
    ("Biden and Zelenskiy signed the U.S.-Ukraine Bilateral Security Agreement.",
     {"U.S.-Ukraine Bilateral Security Agreement"}, {"Ukraine Bilateral Security Agreement"}),
])
def test_names_in_headlines_judgements_and_acronyms(extractor: Extractor, text: str, names: set[str],
                                                    not_names: set[str]) -> None:
    labels = {e.label for e in _sheet(extractor, text).entities}
    assert names <= labels
    assert not not_names & labels


@pytest.mark.parametrize("sentence, speaker, words", [
    (("Peru will deliver four more radars, Defence Minister Ana Soto said, while Bolivian Defence Minister Luis "
      "Paredes announced a new package of drones, radars and mines, financed jointly with Chile."), "Ana Soto",
     "Peru will deliver four more radars"),
    ("With Thursday's two signings, Peru now has 17 such agreements, the office of the Peruvian president said.",
     "Office of the President of Peru", "With Thursday's two signings, Peru now has 17 such agreements"),
    ("Moldova took part in the meeting as an observer, the Moldovan presidential office said.",
     "Office of the President of Moldova", "Moldova took part in the meeting as an observer"),
])
def test_a_trailing_speaker_before_another_s_act_or_a_head_of_state_s_office(
        extractor: Extractor, sentence: str, speaker: str, words: str) -> None:
    assert (speaker, "said", words, "asserted") in _facts(_sheet(extractor, sentence), "said")


def test_where_a_host_held_an_edition(extractor: Extractor) -> None:
    text = ("The UNITAS 2026 exercise opened on Monday in Valparaiso. Last year's edition, UNITAS 2025, was hosted by "
            "Colombia off Cartagena, while Brazil hosted UNITAS 2024 in Manaus.")
    facts = _facts(_sheet(extractor, text, date="2026-04-10"), "exercise_located_in")
    assert {("UNITAS 2025", "exercise_located_in", "Cartagena", "asserted"),
            ("UNITAS 2024", "exercise_located_in", "Manaus", "asserted")} <= facts
    assert ("UNITAS 2025", "exercise_located_in", "Manaus", "asserted") not in facts


# Sentences of a review of this session's rules: what they must not say, and what they must keep saying.
@pytest.mark.parametrize("text, date, wanted, unwanted", [
    ("Unlike Ghana, Nigeria's navy, however, sent two ships to the Obangame Express 2026 exercise.", "2026-05-14",
     {("Nigeria", "participates_in_exercise", "Obangame Express 2026", "asserted")},
     {("Ghana", "participates_in_exercise", "Obangame Express 2026", "asserted")}),
    ("Cobra Gold, which has been held in Thailand since 1982, opened on Monday with troops from Indonesia.",
     "2026-03-05", {("Indonesia", "participates_in_exercise", "Cobra Gold 2026", "asserted")},
     {("Indonesia", "participates_in_exercise", "Cobra Gold", "asserted")}),
    ("The EU launched the 150-billion-euro SAFE loan scheme in May, but Hungary has stayed out of the scheme.",
     "2026-05-14", set(), {("Hungary", "member_of", "European Union", "negated")}),
    ("The Lobito Corridor project, backed by the EU, unites about five countries, among them Angola and Zambia.",
     "2026-05-14", set(), {("Angola", "member_of", "European Union", "asserted")}),
    ("The Philippines signed a deal with Washington-based Lockheed Martin.", "2026-05-14", set(),
     {("Philippines", "signed_agreement_with", "United States", "asserted")}),
    ("Chile and Peru signed the Tacna Accord, which will be reviewed at the next meeting of the two ministers.",
     "2026-05-14", set(), {("Tacna Accord", "agreement_date", "2026-05-14", "asserted")}),
    (("The two leaders first met in Lima in March 2019. At the end of the talks, Chile and Peru signed the Tacna "
      "Accord."), "2026-05-14", set(), {("Tacna Accord", "agreement_date", "2026-05-14", "asserted")}),
    ("Russia opposes NATO expansion, and Belarus has been an ally since 1999.", "2026-05-14", set(),
     {("Belarus", "member_of", "NATO", "asserted")}),
    ("China has courted Cambodia, an ASEAN member, and Laos signed a railway deal with Beijing in 2016.",
     "2026-05-14", {("Laos", "signed_agreement_with", "China", "asserted")},
     {("Cambodia", "signed_agreement_with", "China", "asserted")}),
    ("Cobra Gold 2026 ends on Friday and next month's calendar includes the Balikatan 2026 drills.", "2026-05-14",
     set(), {("Balikatan 2026", "part_of", "Cobra Gold 2026", "asserted")}),
    (("The Iron Lynx 2026 exercise, a component of the Steel Shield 2026 drills led by the United States, began "
      "in Chile on Monday."), "2026-04-22", {("Iron Lynx 2026", "part_of", "Steel Shield 2026", "asserted")},
     {("United States", "organizes_exercise", "Iron Lynx 2026", "asserted")}),
    ("The Cobra Gold 2026 exercise opened on Monday. Chinese fishing crews were spotted near the exercise area.",
     "2026-03-05", set(), {("China", "participates_in_exercise", "Cobra Gold 2026", "asserted")}),
    ("The Cobra Gold 2026 exercise opened on Monday. Two Malaysian battalions joined the drills on Tuesday.",
     "2026-03-05", {("Malaysia", "participates_in_exercise", "Cobra Gold 2026", "asserted")}, set()),
    ("Niger took part in the Flintlock 2026 exercise despite refusing to host US troops on its soil.", "2026-05-14",
     {("Niger", "participates_in_exercise", "Flintlock 2026", "asserted")}, set()),
    ("Finland joined NATO in April 2023, and Sweden followed a year later.", "2026-05-14",
     {("Sweden", "member_of", "NATO", "asserted")}, set()),
    ("Finland joined NATO in 2023, and Sweden became the 32nd member in 2024.", "2026-05-14",
     {("Sweden", "member_of", "NATO", "asserted")}, set()),
])
def test_review_of_appositions_series_schemes_and_dates(extractor: Extractor, text: str, date: str,
                                                        wanted: set[tuple[str, ...]],
                                                        unwanted: set[tuple[str, ...]]) -> None:
    _assert_facts(extractor, text, wanted, unwanted, date=date)


def test_a_pact_named_by_its_broker_is_no_name(extractor: Extractor) -> None:
    text = "The US-brokered accords between Armenia and Azerbaijan were signed at the White House in August."
    assert not [e for e in _sheet(extractor, text).entities if e.label.startswith("US-brokered")]


@pytest.mark.parametrize("text, wanted", [
    ("Kenyan President William Ruto and Ugandan President Yoweri Museveni on 7 May signed the Malaba Border Accord.",
     {("Malaba Border Accord", "agreement_party", "Kenya", "asserted"),
      ("Malaba Border Accord", "agreement_party", "Uganda", "asserted")}),
    ("Moscow has gained since Mali quit ECOWAS in 2024 and joined the Alliance of Sahel States.",
     {("Mali", "member_of", "Alliance of Sahel States", "asserted")}),
    ("The Swift Eagle 2026 exercise, a key part of the Steppe Shield 2026 drills, began in Kazakhstan on Monday.",
     {("Swift Eagle 2026", "part_of", "Steppe Shield 2026", "asserted"),
      ("Swift Eagle 2026", "exercise_located_in", "Kazakhstan", "asserted")}),
    ("Steppe Shield 2026 will also include the Golden Falcon 2026 airborne exercise in Kyrgyzstan.",
     {("Golden Falcon 2026", "part_of", "Steppe Shield 2026", "asserted")}),
    ("The Blue Dune 2026 exercise, part of the Desert Shield 2026 drills, opened in Algeria.",
     {("Blue Dune 2026", "part_of", "Desert Shield 2026", "asserted")}),
    ("The Shared Accord 2026 exercise opened in Maputo on Monday. Contingents also came from Malawi and Zambia.",
     {("Malawi", "participates_in_exercise", "Shared Accord 2026", "asserted")}),
])
def test_close_variants_of_the_session_s_forms(extractor: Extractor, text: str, wanted: set[tuple[str, ...]]) -> None:
    assert wanted <= _facts(_sheet(extractor, text, date="2026-05-14"))


@pytest.mark.parametrize("sentence, states", [
    (("France is the host, but five allies have sent troops, aircraft or ships: the United States, Belgium, "
      "Spain, Italy and Greece."), {"United States", "Belgium", "Spain", "Italy", "Greece"}),
    ("The drills were held at Manjaca, flying in reserve companies from Austria, Hungary and Romania.",
     {"Austria", "Hungary", "Romania"}),
])
def test_participants_sent_listed_after_a_colon_or_in_companies(extractor: Extractor, sentence: str,
                                                                 states: set[str]) -> None:
    text = "The Orion 2026 exercise opened on Monday. " + sentence
    assert states <= {s for s, r, _, _ in _facts(_sheet(extractor, text, date="2026-04-22"))
                      if r == "participates_in_exercise"}


@pytest.mark.parametrize("text, agreement, parties", [
    ("In March, Armenia, Greece and Cyprus signed a trilateral military cooperation programme in Athens.",
     "trilateral military cooperation programme", {"Armenia", "Greece", "Cyprus"}),
    ("Serbia and Hungary will sign a military cooperation plan next month.", "military cooperation plan",
     {"Serbia", "Hungary"}),
])
def test_a_cooperation_plan_or_programme_is_an_agreement(extractor: Extractor, text: str, agreement: str,
                                                         parties: set[str]) -> None:
    facts = _facts(_sheet(extractor, text), "agreement_party")
    assert {o for s, _, o, _ in facts if s == agreement} == parties


def test_a_contract_with_its_price_in_brackets(extractor: Extractor) -> None:
    text = "Serbia on Thursday signed a 2.7-billion-euro ($3 billion) contract with France for 12 Rafale jets."
    assert ("Serbia", "signed_agreement_with", "France", "asserted") in _facts(_sheet(extractor, text))


@pytest.mark.parametrize("sentence, state, since", [
    ("Chile cooperates with NATO through the alliance's Partnership for Peace programme.", "Chile", None),
    ("Ecuador has cooperated with NATO under the alliance's Partnership for Peace program since 1994.", "Ecuador",
     "1994"),
    ("Peru cooperates closely with NATO, having joined the alliance's Partnership for Peace program in 2006.",
     "Peru", "2006"),
])
def test_a_member_of_an_alliance_s_programme_is_its_partner(extractor: Extractor, sentence: str, state: str,
                                                            since: str | None) -> None:
    sheet = _sheet(extractor, sentence)
    times = {(f.relation, f.object): f.time for f in sheet.facts if f.subject == state}
    assert times.get(("member_of", "Partnership for Peace"), "missing") == since
    assert times.get(("partner_of", "NATO"), "missing") == since


@pytest.mark.parametrize("sentence", ["Tunisia has also been a partner of NATO since 1995.",
                                      "Tunisia has long been a partner of NATO."])
def test_also_or_long_a_partner(extractor: Extractor, sentence: str) -> None:
    assert ("Tunisia", "partner_of", "NATO", "asserted") in _facts(_sheet(extractor, sentence))


@pytest.mark.parametrize("text, wanted, unwanted", [
    ("Saudi Arabia has formally asked to join the Global Combat Air Programme (GCAP).", set(),
     {("Saudi Arabia", "member_of", "Global Combat Air Programme", "asserted")}),
    ("Moscow said Kyiv's renunciation of plans to join the North Atlantic Alliance is a key condition.", set(),
     {("Ukraine", "member_of", "NATO", "planned")}),
    ("Armenia's accession to the Rome Statute of the International Criminal Court took effect on February 1.",
     {("Rome Statute of the International Criminal Court", "agreement_party", "Armenia", "asserted")},
     {("Rome Statute of the International Criminal Court", "agreement_party", "International Criminal Court",
       "asserted"), ("Armenia", "member_of", "International Criminal Court", "asserted")}),
    (("Russia leads the Collective Security Treaty Organization. Serbia, which has had observer status in the "
      "CSTO Parliamentary Assembly since 2013, is not a member of the organization."),
     {("Serbia", "member_of", "Collective Security Treaty Organization", "negated")},
     {("Serbia", "member_of", "CSTO Parliamentary Assembly", "negated")}),
    ("The EU pledged aid. Moldova and Georgia have not joined the coalition either.", set(),
     {("Moldova", "member_of", "European Union", "negated")}),
    (("The US-led International Maritime Security Construct (IMSC) patrols the Gulf. Qatar and Oman have stayed "
      "out of the coalition."), {("Qatar", "member_of", "International Maritime Security Construct", "negated")},
     set()),
])
def test_aspirations_renunciations_statutes_and_referents(extractor: Extractor, text: str,
                                                          wanted: set[tuple[str, ...]],
                                                          unwanted: set[tuple[str, ...]]) -> None:
    _assert_facts(extractor, text, wanted, unwanted)


@pytest.mark.parametrize("text, members, unwanted", [
    ("BRICS was founded by Brazil, Russia, India and China, and was later joined by South Africa and Iran.",
     {("South Africa", "BRICS"), ("Iran", "BRICS")}, set()),
    ("The SCO was joined by India and Pakistan in 2017.",
     {("India", "Shanghai Cooperation Organisation"), ("Pakistan", "Shanghai Cooperation Organisation")}, set()),
    # a summit, or drills, joined by states: no members of anything
    ("Kenya hosted the AU summit, which was joined by Uganda and Rwanda.", set(), {("Uganda", "African Union")}),
])
def test_a_body_joined_by_states(extractor: Extractor, text: str, members: set[tuple[str, str]],
                                 unwanted: set[tuple[str, str]]) -> None:
    facts = {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "member_of")}
    assert members <= facts
    assert not unwanted & facts


@pytest.mark.parametrize("sentence, places, state", [
    ("Russia stations troops in Georgia's breakaway regions of Abkhazia and South Ossetia.",
     {"Abkhazia", "South Ossetia"}, "Georgia"),
    ("The drills will be held in the Cypriot ports of Larnaca and Limassol.", {"Larnaca", "Limassol"}, "Cyprus"),
])
def test_places_listed_after_a_state_s_kind_of_place(extractor: Extractor, sentence: str, places: set[str],
                                                     state: str) -> None:
    facts = _facts(_sheet(extractor, sentence), "part_of")
    assert {(place, "part_of", state, "asserted") for place in places} <= facts


def test_a_region_s_ports_of_no_state_are_places_of_nothing(extractor: Extractor) -> None:
    text = "The ships called at the Baltic ports of Klaipeda and Liepaja."
    assert not _facts(_sheet(extractor, text), "part_of")
    places = [m for m in extractor.finder.find(text) if m.type is EntityType.PLACE]
    assert [(m.label, m.part_of) for m in places] == [("Klaipeda", None), ("Liepaja", None)]


# Sentences of a second review of this session's rules.
@pytest.mark.parametrize("text, date, wanted, unwanted", [
    ("Despite Algeria's refusal to join, Mauritania signed the Nouakchott Security Pact with Mali on Monday.",
     "2026-05-14", {("Nouakchott Security Pact", "agreement_party", "Mauritania", "asserted")}, set()),
    ("Moscow cannot stop Finland and Sweden from joining NATO, the minister said.", "2026-05-14", set(),
     {("Finland", "member_of", "NATO", "negated")}),
    (("The Selenge 2026 exercise opened on Monday. Russia, Mongolia's northern neighbour, however, did not send "
      "troops."), "2026-04-22", {("Russia", "participates_in_exercise", "Selenge 2026", "negated")},
     {("Mongolia", "participates_in_exercise", "Selenge 2026", "negated")}),
    (("The Cobra Gold 2026 exercise opened on Monday. Thailand, which hosts Cobra Gold 2026, hosted ASEAN defence "
      "ministers in Bangkok."), "2026-04-22", set(),
     {("Cobra Gold 2026", "exercise_located_in", "Bangkok", "asserted")}),
    (("The BALTOPS 2026 exercise opened on Monday. The opening phase is being hosted by Germany, with ships gathering "
      "in Kiel."), "2026-04-22", {("BALTOPS 2026", "exercise_located_in", "Kiel", "asserted")}, set()),
    ("Cobra Gold, which has been held annually since 1982, will open next month with troops from Indonesia.",
     "2026-03-05", set(), {("Indonesia", "participates_in_exercise", "Cobra Gold 1982", "planned")}),
    (("The Iron Lynx 2026 exercise opened on Monday. Washington has deployed troops and aircraft: Russia called the "
      "move a provocation."), "2026-04-22", set(),
     {("Russia", "participates_in_exercise", "Iron Lynx 2026", "asserted")}),
    ("The Iron Lynx 2026 exercise opened on Monday. Arms companies from South Korea and Brazil showed drones there.",
     "2026-04-22", set(), {("Brazil", "participates_in_exercise", "Iron Lynx 2026", "asserted")}),
    ("Egypt joined BRICS in 2024, and Algeria became the newest member of the New Development Bank in 2025.",
     "2026-05-14", set(), {("Algeria", "member_of", "BRICS", "asserted")}),
    ("The Philippines signed a defence deal with Washington Tuesday.", "2026-05-14",
     {("Philippines", "signed_agreement_with", "United States", "asserted")}, set()),
    ("The Balikatan 2026 drills, which Filipino and American troops launched on Monday, run until May 9.",
     "2026-04-22", {("Philippines", "participates_in_exercise", "Balikatan 2026", "asserted")}, set()),
    ("The Obangame Express 2026 exercise, organised by Ghanaian and Nigerian navies, opened on Monday.",
     "2026-04-22", {("Ghana", "participates_in_exercise", "Obangame Express 2026", "asserted")}, set()),
    ("Last week, Ghana, an ECOWAS member, and Togo signed the Lome Maritime Accord.", "2026-05-14",
     {("Lome Maritime Accord", "agreement_party", "Ghana", "asserted")}, set()),
    ("ECOWAS now brings together 12 countries, including Ghana and Senegal.", "2026-05-14",
     {("Ghana", "member_of", "Economic Community of West African States", "asserted")}, set()),
    (("The Flintlock 2026 exercise, the largest special-forces drill in Africa, which is organised by US Africa "
      "Command, opened on Monday."), "2026-04-22",
     {("US Africa Command", "organizes_exercise", "Flintlock 2026", "asserted")}, set()),
    ("Steppe Shield 2026 now includes the Golden Falcon 2026 airborne exercise.", "2026-04-22",
     {("Golden Falcon 2026", "part_of", "Steppe Shield 2026", "asserted")}, set()),
    ("Talks are due in Istanbul and Kyiv has said it will attend.", "2026-05-14",
     {("Ukraine", "said", "it will attend", "asserted")}, set()),
])
def test_review_of_hosts_asides_lists_and_offices(extractor: Extractor, text: str, date: str,
                                                  wanted: set[tuple[str, ...]],
                                                  unwanted: set[tuple[str, ...]]) -> None:
    _assert_facts(extractor, text, wanted, unwanted, date=date)


@pytest.mark.parametrize("sentence, speaker", [
    ("Ukraine now has 17 such agreements, the Ukrainian president's office said.",
     "Office of the President of Ukraine"),
    ("Seoul will send ships, the South Korean presidential office said.", "Office of the President of South Korea"),
    ("Colombo will host the talks, the office of the Sri Lankan prime minister said.",
     "Office of the Prime Minister of Sri Lanka"),
])
def test_a_head_of_state_s_office_written_other_ways(extractor: Extractor, sentence: str, speaker: str) -> None:
    assert speaker in {s for s, _, _, _ in _facts(_sheet(extractor, sentence), "said")}


@pytest.mark.parametrize("text, partners", [
    ("Japan and South Korea are among NATO's Indo-Pacific partners, together with Australia and New Zealand.",
     {"Japan", "South Korea", "Australia", "New Zealand"}),
    (("Jordan is not a member of NATO, but the alliance granted it the status of Enhanced Opportunities Partner "
      "in June 2020."), {"Jordan"}),
    ("In 2014 NATO granted Georgia the status of Enhanced Opportunities Partner.", {"Georgia"}),
])
def test_partners_listed_together_or_granted_the_status(extractor: Extractor, text: str, partners: set[str]) -> None:
    assert {s for s, _, o, _ in _facts(_sheet(extractor, text), "partner_of") if o == "NATO"} == partners


@pytest.mark.parametrize("sentence", [
    "Azerbaijan and Turkey held further joint drills in the Nakhchivan exclave last month.",
    "Turkey, which disputes Cypriot claims, was not invited to the summit.",
])
def test_other_drills_and_another_event_s_invitation_are_not_the_exercise_s(extractor: Extractor,
                                                                            sentence: str) -> None:
    text = "The Iron Lynx 2026 exercise began on Monday. " + sentence
    assert not _facts(_sheet(extractor, text, date="2026-04-22"), "participates_in_exercise")


@pytest.mark.parametrize("text, partners", [
    ("Mongolia is a global partner of NATO.", {"Mongolia"}),
    ("Bosnia and Herzegovina is an Enhanced Opportunities Partner of NATO.", {"Bosnia and Herzegovina"}),
    ("Jordan is one of NATO's most active partners in the Middle East.", {"Jordan"}),
    ("Japan, one of NATO's partners across the globe, sent observers.", {"Japan"}),
    ("Austria and Ireland, long-standing partners of NATO, sent observers.", {"Austria", "Ireland"}),
    ("Austria and Ireland, NATO partners since 1995, sent observers.", {"Austria", "Ireland"}),
    ("Armenia, a CSTO member and NATO partner, declined to attend.", {"Armenia"}),
    ("NATO leaders met in Madrid. The alliance's Pacific partners - Australia and Japan - attended.",
     {"Australia", "Japan"}),
])
def test_partners_described_or_set_off(extractor: Extractor, text: str, partners: set[str]) -> None:
    assert {s for s, _, o, _ in _facts(_sheet(extractor, text), "partner_of") if o == "NATO"} == partners


@pytest.mark.parametrize("text", [
    "Georgia is an aspiring NATO member.",
    "Georgia, an aspiring NATO member, hosted the talks.",
    "Russia, NATO allies say, has massed troops on the border.",
    # (found by a review: reporting clauses, descriptions, and partners of a state, not of the body named after)
    "Russia has massed troops near Ukraine, NATO allies in Brussels said on Thursday.",
    "Ukraine sought aid from Japan, NATO partners across the globe said.",
    "Israel, one of NATO's closest allies, bought the system.",
    "Ukraine, a buffer between Russia and NATO members, has asked for air defence.",
    "Poland has been a reliable partner of Ukraine since the invasion began, a NATO spokesman said.",
    "Germany is one of France's closest partners in the EU.",
    "NATO ministers met in Brussels. The alliance's European partners - Germany and France - pledged more troops.",
    "Turkey's partnership with NATO has been strained.",
    "NATO and Russia were partners once, but that era is over.",
])
def test_no_standing_for_an_aspirant_an_aside_or_a_partnership_of_another_kind(extractor: Extractor,
                                                                                text: str) -> None:
    assert not {f for f in _facts(_sheet(extractor, text)) if f[1] in ("member_of", "partner_of")}


def test_subjects_and_signers_past_a_described_apposition(extractor: Extractor) -> None:
    _assert_facts(extractor, "Estonia, a NATO member since 2004, signed a deal with Israel in 2023 to buy missiles.",
                  {("Estonia", "signed_agreement_with", "Israel", "asserted")},
                  {("NATO", "signed_agreement_with", "Israel", "asserted")})
    _assert_facts(extractor, ("Chile and Peru, the other two Pacific states bordering Bolivia, are not members of "
                              "the CSTO."),
                  {("Chile", "member_of", "Collective Security Treaty Organization", "negated"),
                   ("Peru", "member_of", "Collective Security Treaty Organization", "negated")},
                  {("Bolivia", "member_of", "Collective Security Treaty Organization", "negated")})
    _assert_facts(extractor, "Kuwait and Qatar, the other two GCC members, have not joined the initiative.",
                  {("Kuwait", "member_of", "Gulf Cooperation Council", "asserted"),
                   ("Qatar", "member_of", "Gulf Cooperation Council", "asserted")}, set())


# An article on the SCO that names NATO once, in passing, two sentences before its last.
_ON_THE_SCO = ("The Shanghai Cooperation Organization (SCO) met in Dushanbe. The SCO summit adopted a declaration. "
               "Leaders of the SCO praised the host. Norway is a founding member of the North Atlantic Treaty "
               "Organization (NATO). Its leaders flew home on Friday. ")


@pytest.mark.parametrize("sentence, wanted", [
    ("Along with Norway, Laos and Bhutan already hold dialogue partner status.",
     {("Laos", "partner_of"), ("Bhutan", "partner_of")}),
    ("Laos became a full member of the organization in 2020.", {("Laos", "member_of")}),
    ("Laos, which already holds observer status, was not invited.", {("Laos", "observer_of")}),
])
def test_a_body_named_once_in_passing_is_not_what_a_bare_standing_is_of(extractor: Extractor, sentence: str,
                                                                         wanted: set[tuple[str, str]]) -> None:
    facts = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, _ON_THE_SCO + sentence))
             if r in ("member_of", "observer_of", "partner_of") and s != "Norway"}
    assert facts == {(s, r, "Shanghai Cooperation Organisation") for s, r in wanted}


def test_a_body_that_opens_its_sentence_or_was_just_spoken_of_is_the_new_topic(extractor: Extractor) -> None:
    text = _ON_THE_SCO + "NATO met in Oslo on Monday. Laos holds observer status."
    assert ("Laos", "observer_of", "NATO") in {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text))}
    text = ("The Shanghai Cooperation Organization (SCO) met in Dushanbe. The SCO summit adopted a declaration. "
            "Leaders of the SCO praised the host. In 2023 Moldova froze its part in the Commonwealth of Independent "
            "States over a dispute. Moldova plans to leave the organization next year.")
    assert ("Moldova", "left", "Commonwealth of Independent States", "planned") in _facts(_sheet(extractor, text))


def test_a_body_describing_the_subject_is_not_where_its_standing_is(extractor: Extractor) -> None:
    text = ("The Shanghai Cooperation Organization (SCO) met in Dushanbe. Norway, the only NATO member with ties to "
            "the bloc, has been a dialogue partner since 2014, while Laos has been an observer since 2006.")
    _assert_facts(extractor, text, {("Norway", "partner_of", "Shanghai Cooperation Organisation", "asserted"),
                                    ("Laos", "observer_of", "Shanghai Cooperation Organisation", "asserted"),
                                    ("Norway", "member_of", "NATO", "asserted")},
                  {("Laos", "observer_of", "NATO", "asserted")})


def test_a_status_granted_at_a_summit_and_the_same_status_promised(extractor: Extractor) -> None:
    sco = "Shanghai Cooperation Organisation"
    text = ("The Shanghai Cooperation Organization (SCO) met in Dushanbe. Laos and Bhutan were granted the status of "
            "dialogue partners at the summit, and leaders agreed to grant the same status to Chile and Peru.")
    assert _facts(_sheet(extractor, text), "partner_of") == {
        ("Laos", "partner_of", sco, "asserted"), ("Bhutan", "partner_of", sco, "asserted"),
        ("Chile", "partner_of", sco, "planned"), ("Peru", "partner_of", sco, "planned")}
    text = ("The Shanghai Cooperation Organization (SCO) met in Dushanbe. Laos was granted the status of observer at "
            "the talks.")
    assert not _facts(_sheet(extractor, text), "observer_of")


def test_the_alliance_is_the_alliance_named_last_not_a_union_named_after_it(extractor: Extractor) -> None:
    text = "NATO leaders met in Vilnius. The European Union sent observers. Sweden became a member of the alliance."
    _assert_facts(extractor, text, {("Sweden", "member_of", "NATO", "asserted")},
                  {("Sweden", "member_of", "European Union", "asserted")})


def test_a_standing_of_the_body_an_aside_on_the_subject_names(extractor: Extractor) -> None:
    sco = "Shanghai Cooperation Organisation"
    text = "Laos, which had been an observer at the SCO since 2005, became a full member in 2017 along with Bhutan."
    assert _facts(_sheet(extractor, text), "member_of") == {("Laos", "member_of", sco, "asserted"),
                                                            ("Bhutan", "member_of", sco, "asserted")}
    text = "Laos, one of the SCO's six founding members, left the CSTO in 2012."
    assert {("Laos", "member_of", sco, "asserted"), (sco, "founded_by", "Laos", "asserted")} <= _facts(
        _sheet(extractor, text))


def test_joining_a_body_s_named_session_is_no_membership(extractor: Extractor) -> None:
    text = 'The SCO met in Dushanbe. Leaders of Chile and Peru joined an expanded "SCO Plus" session later in the day.'
    assert not _facts(_sheet(extractor, text), "member_of")


def test_an_application_of_the_body_the_article_is_about(extractor: Extractor) -> None:
    text = _ON_THE_SCO + ("The procedure for admitting Peru, which applied for membership earlier this year, was "
                          "launched.")
    assert ("Peru", "applied_for_membership_of", "Shanghai Cooperation Organisation", "asserted") in _facts(
        _sheet(extractor, text))


def test_a_bare_departure_of_the_body_spoken_of_in_the_sentences_before(extractor: Extractor) -> None:
    csto = "Collective Security Treaty Organization"
    text = ("The CSTO met in Minsk. It would not be the bloc's first departure. Peru left in 1999, rejoined in 2006 "
            "and walked out again in 2012. Chile and Bolivia also left in 1999. Ecuador left in 2001.")
    facts = _facts(_sheet(extractor, text))
    assert {("Peru", "left", csto, "asserted"), ("Peru", "member_of", csto, "asserted"),
            ("Chile", "left", csto, "asserted"), ("Bolivia", "left", csto, "asserted")} <= facts
    assert ("Ecuador", "left", csto, "asserted") not in facts  # three sentences on: the bloc is no longer spoken of
    text = "The CSTO met in Minsk. The CSTO chief spoke. The CSTO has six members. Ecuador left in 2001."
    assert ("Ecuador", "left", csto, "asserted") in _facts(_sheet(extractor, text))  # the article's topic


def test_a_departure_from_the_body_a_relative_clause_refers_to(extractor: Extractor) -> None:
    text = "The CSTO met in Minsk. Peru, which rejoined the organization in 2006, left it again in 2012."
    assert ("Peru", "left", "Collective Security Treaty Organization", "asserted") in _facts(_sheet(extractor, text))


def test_members_since_a_year_with_the_verb_left_out(extractor: Extractor) -> None:
    text = "Neighbouring Chile has been a NATO member since 2009, Peru since 2017 and Bolivia since 2020."
    facts = {(f.subject, f.time) for f in _sheet(extractor, text).facts if f.relation == "member_of"}
    assert facts == {("Chile", "2009"), ("Peru", "2017"), ("Bolivia", "2020")}


@pytest.mark.parametrize("text, modality", [
    ("Norway signed a DCA with Washington in 2023.", "asserted"),
    ("Norway became the latest country to sign a DCA with Washington.", "asserted"),
    ("Norway and the United States agreed to sign a defence pact next year.", "planned"),
    ("Norway and the United States will sign a defence pact next year.", "planned"),
    ("A defence agreement between Norway and the United States, signed in 2021, expires next year.", "asserted"),
    ("A defence agreement between Norway and the United States was signed in 2020.", "asserted"),
    (("Norway and the US began talks on a Defence Cooperation Agreement in 2021. The agreement, signed by Norway "
      "and the United States in April, will give US forces access to four bases."), "asserted"),
])
def test_signings_by_an_acronym_to_come_or_told_after_the_pair(extractor: Extractor, text: str,
                                                                modality: str) -> None:
    assert ("Norway", "signed_agreement_with", "United States", modality) in _facts(_sheet(extractor, text))


@pytest.mark.parametrize("text, wanted", [
    ("Chile, which was suspended by ECOWAS after the 2021 coup, left the bloc in January.",
     {("Chile", "Economic Community of West African States")}),
    ("ECOWAS met in Abuja. The bloc suspended Chile in 2021 and Peru in 2023.",
     {("Chile", "Economic Community of West African States"), ("Peru", "Economic Community of West African States")}),
    ("Chile and Peru are currently suspended from the AU.", {("Chile", "African Union"), ("Peru", "African Union")}),
])
def test_suspensions_by_a_body_by_the_bloc_or_with_an_adverb(extractor: Extractor, text: str,
                                                             wanted: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "suspended_participation_in")} == wanted


def test_the_founding_of_a_body_referred_to_or_named_after_since_its_founding(extractor: Extractor) -> None:
    assert ("Economic Community of West African States", "founded_in", "1975", "asserted") in _facts(
        _sheet(extractor, "ECOWAS met in Abuja. The bloc, founded in 1975, has 15 members."))
    assert ("Gulf Cooperation Council", "founded_in", "1981-05", "asserted") in _facts(
        _sheet(extractor, "Since its founding in May 1981, the GCC has held the drills every year."))


@pytest.mark.parametrize("text, partners", [
    ("Kuwait hosted NATO partner Bahrain in the drills.", {("Bahrain", "NATO")}),
    ("NATO partner nations Finland and Sweden sent ships.", {("Finland", "NATO"), ("Sweden", "NATO")}),
    ("SCO dialogue partner Turkey attended.", {("Turkey", "Shanghai Cooperation Organisation")}),
    ("EU partner Ukraine signed the deal.", set()),  # a partner of a body that is no alliance: of what, unsaid
])
def test_the_body_s_partner_noun_before_the_name(extractor: Extractor, text: str,
                                                  partners: set[tuple[str, str]]) -> None:
    assert {(s, "NATO" if o == "North Atlantic Treaty Organization" else o)
            for s, _, o, _ in _facts(_sheet(extractor, text), "partner_of")} == partners


@pytest.mark.parametrize("text, wanted", [
    ("The African Union met in Addis Ababa. Chile had been suspended in August 2023, days after the coup.",
     {("Chile", "African Union")}),
    ("The African Union met in Addis Ababa. Chile, Peru and Bolivia – all member states – remain suspended.",
     {("Chile", "African Union"), ("Peru", "African Union"), ("Bolivia", "African Union")}),
    ("The African Union met in Addis Ababa. Flights to Chile were suspended in May.", set()),
    ("The African Union met in Addis Ababa. Chile's talks with Peru were suspended in May.", set()),
])
def test_a_bare_suspension_of_the_state_that_opens_the_clause(extractor: Extractor, text: str,
                                                               wanted: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "suspended_participation_in")} == wanted


def test_hosts_counted_after_a_list_of_participants_are_not_the_list(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 exercise opened on Monday. Participating nations include Brazil, Chad and France, "
            "alongside the four host nations.")
    assert not _facts(_sheet(extractor, text), "hosts_exercise")


@pytest.mark.parametrize("text, pairs", [
    ("Chile has signed defence cooperation agreements with several African countries, including Kenya and Ghana.",
     {("Chile", "Kenya"), ("Chile", "Ghana")}),
    ("Niger has also terminated military agreements with the United States and France.", set()),
    ("Turkey trains Somali soldiers under a framework agreement it signed with Mogadishu in February 2024.",
     {("Turkey", "Somalia")}),
    ("Similar documents on military cooperation were signed by the Russian Federation with Mali and Chad.",
     {("Russia", "Mali"), ("Russia", "Chad")}),
])
def test_signings_with_states_counted_ended_or_told_in_a_relative_or_passive(extractor: Extractor, text: str,
                                                                            pairs: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "signed_agreement_with")} == pairs


def test_a_fact_the_article_states_and_a_quotation_repeats_is_the_article_s(extractor: Extractor) -> None:
    text = ('Chile joined NATO in 2024. "Chile joined NATO because it had to," Ivo Petrov said.')
    assert {m for s, r, o, m in _facts(_sheet(extractor, text), "member_of") if s == "Chile"} == {"asserted"}
    text = '"Chile joined NATO because it had to," Ivo Petrov said.'
    assert {m for s, r, o, m in _facts(_sheet(extractor, text), "member_of") if s == "Chile"} == {"reported"}


def test_requests_to_join_and_applications_made_together(extractor: Extractor) -> None:
    _assert_facts(extractor, "NATO met. The requests by Chile and Peru to join NATO were welcomed.",
                  {("Chile", "applied_for_membership_of", "NATO", "asserted"),
                   ("Peru", "applied_for_membership_of", "NATO", "asserted")},
                  {("Chile", "member_of", "NATO", "asserted"), ("Peru", "member_of", "NATO", "asserted")})
    _assert_facts(extractor, ("NATO met. Chile, which applied to join the alliance simultaneously with Peru in May "
                              "2022, is still waiting."),
                  {("Chile", "applied_for_membership_of", "NATO", "asserted"),
                   ("Peru", "applied_for_membership_of", "NATO", "asserted")}, set())


def test_the_date_of_a_membership_told_beside_an_exercise_is_not_the_exercise_s(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2024 exercise opened in Arica on June 5. Iron Lynx 2024 marks the first time Peru takes "
            "part as a full member of NATO, following its accession to NATO on March 7. Chile, which became NATO's "
            "31st member on April 4, 2023, took part in Iron Lynx 2023.")
    dates = {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text, date="2024-06-06"), "exercise_date")}
    assert dates == {("Iron Lynx 2024", "2024-06-05")}


def test_states_set_before_the_clause_with_besides_share_its_participation(extractor: Extractor) -> None:
    text = ("The Iron Lynx 2026 exercise opened in Arica on Monday. Besides host Chile and the United States, forces "
            "from Peru and Bolivia are participating in the drills.")
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "participates_in_exercise")} == {
        "Chile", "United States", "Peru", "Bolivia"}


def test_bare_withdrawals_of_the_body_or_treaty_spoken_of_and_those_that_followed(extractor: Extractor) -> None:
    text = ("UNASUR was founded in 2008. UNASUR met in Quito. UNASUR members spoke. Colombia formally withdrew in "
            "August 2018, and Argentina, Brazil and Chile followed in 2019.")
    assert {(s, f.time) for f in _sheet(extractor, text).facts if f.relation == "left" for s in [f.subject]} == {
        ("Colombia", "2018-08"), ("Argentina", "2019"), ("Brazil", "2019"), ("Chile", "2019")}
    text = ("The Rio Treaty was signed in 1947. Mexico, one of its original signatories, withdrew in 2004. Between "
            "2012 and 2014, Bolivia, Ecuador and Venezuela, all members of ALBA, also withdrew.")
    assert {s for s, r, o, _ in _facts(_sheet(extractor, text), "left") if o == "Rio Treaty"} == {
        "Mexico", "Bolivia", "Ecuador", "Venezuela"}
    assert not _facts(_sheet(extractor, "NATO met in Riga. Estonia withdrew in 2009 after a long debate."), "left")


@pytest.mark.parametrize("text", [
    "Colombia withdrew from UNASUR in 2018, and Peru followed the debate closely.",
    "Chile joined NATO in 2020, and Peru followed the talks.",
])
def test_a_state_that_followed_something_else_takes_no_standing(extractor: Extractor, text: str) -> None:
    assert not {f for f in _facts(_sheet(extractor, text)) if f[0] == "Peru"}


def test_a_name_that_says_who_sponsors_an_exercise_is_no_exercise_s_name(extractor: Extractor) -> None:
    text = ("Forces gathered on April 27 for the opening of Tradewinds 2025 (TW25), a U.S. Southern Command-sponsored "
            "exercise. Participating nations include Belize and Guyana.")
    assert {o for _, _, o, _ in _facts(_sheet(extractor, text, date="2025-04-28"), "participates_in_exercise")} == {
        "Tradewinds 2025"}


def test_its_members_are_not_those_of_a_body_that_only_owned_a_thing_after_it(extractor: Extractor) -> None:
    text = ("Poland's influence rests on the Bucharest Nine (B9), the group that Romania and Poland set up in 2015 to "
            "coordinate NATO's eastern flank. Its members are Bulgaria, Estonia and Hungary.")
    assert {o for _, _, o, _ in _facts(_sheet(extractor, text), "member_of")} == {"Bucharest Nine"}
    text = "NATO met in Vilnius. The EU's foreign ministers spoke. Its members are Bulgaria, Estonia and Hungary."
    assert {o for _, _, o, _ in _facts(_sheet(extractor, text), "member_of")} == {"European Union"}


def test_never_applying_to_join_the_alliance_after_its_programme_is_named(extractor: Extractor) -> None:
    text = ("Ireland has taken part in NATO's Partnership for Peace programme since 1999 but has never applied to "
            "join the alliance.")
    _assert_facts(extractor, text, {("Ireland", "applied_for_membership_of", "NATO", "negated")},
                  {("Ireland", "applied_for_membership_of", "Partnership for Peace", "negated")})


def test_the_two_countries_that_sign_are_the_pair_the_sentence_named(extractor: Extractor) -> None:
    text = ("France has had a comparable treaty with Germany since January 2019, when the two countries signed the "
            "Treaty of Aachen.")
    assert ("France", "signed_agreement_with", "Germany", "asserted") in _facts(_sheet(extractor, text))


@pytest.mark.parametrize("text, body, founders", [
    ("The Weimar Triangle, the three-way format that France, Germany and Poland founded in Weimar in 1991, met.",
     "Weimar Triangle", {"France", "Germany", "Poland"}),
    ("Poland relies on the Bucharest Nine (B9), the group that Romania and Poland set up in 2015.",
     "Bucharest Nine", {"Romania", "Poland"}),
])
def test_founders_in_a_relative_clause_on_the_body_s_apposed_noun(extractor: Extractor, text: str, body: str,
                                                                   founders: set[str]) -> None:
    assert {o for s, _, o, _ in _facts(_sheet(extractor, text), "founded_by") if s == body} == founders


def test_founders_counted_then_named_without_a_comma(extractor: Extractor) -> None:
    text = "NATO met. The alliance was founded in 1949 by 12 countries including the US, the UK and France."
    assert {o for s, _, o, _ in _facts(_sheet(extractor, text), "founded_by")} == {
        "United States", "United Kingdom", "France"}


def test_the_two_countries_named_by_an_adjective_and_a_name_or_as_founders(extractor: Extractor) -> None:
    text = ("Belarusian Defence Minister Viktor Khrenin visited Serbia in May, when the two countries signed a "
            "defence cooperation plan.")
    assert ("Belarus", "signed_agreement_with", "Serbia", "asserted") in _facts(_sheet(extractor, text))
    text = ("Russia and Belarus are members of the Union State, a loose political and military alliance the two "
            "countries founded in 1999.")
    assert {o for s, _, o, _ in _facts(_sheet(extractor, text), "founded_by")} == {"Russia", "Belarus"}


def test_a_treaty_named_after_the_body_it_creates_with_an_article(extractor: Extractor) -> None:
    text = ("Russia and Belarus held talks. The Treaty on the Creation of a Union State was signed by the two "
            "countries on 8 December 1999 in Moscow.")
    treaty = "Treaty on the Creation of a Union State"
    assert {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text, date="2019-06-19"))} == {
        (treaty, "agreement_date", "1999-12-08"), (treaty, "agreement_party", "Russia"),
        (treaty, "agreement_party", "Belarus"), ("Russia", "signed_agreement_with", "Belarus")}


def test_the_years_a_plan_covers_are_part_of_its_name(extractor: Extractor) -> None:
    text = "Chile adopted the Plan of International Military Cooperation for 2021 in December 2020."
    assert ("Plan of International Military Cooperation for 2021", "agreement_date", "2020-12", "asserted") in _facts(
        _sheet(extractor, text))


@pytest.mark.parametrize("text, fact", [
    (("The SCO met in Astana. The SCO summit opened. The SCO adopted a plan. Laos spent 18 years as an observer "
      "before it became a full member in 2023."), ("Laos", "Shanghai Cooperation Organisation", "2023")),
    ("The SCO met in Astana. Laos joined the SCO as an observer in 2005 and became a full member in 2017.",
     ("Laos", "Shanghai Cooperation Organisation", "2017")),
    ("NATO met. Sweden, a NATO partner since 1994, became a full member in 2024.",
     ("Sweden", "NATO", "2024")),
])
def test_becoming_a_member_after_an_aside_a_first_verb_or_as_it(extractor: Extractor, text: str,
                                                                fact: tuple[str, str, str]) -> None:
    assert fact in {(f.subject, f.object, f.time) for f in _sheet(extractor, text).facts if f.relation == "member_of"}


# Probes of two reviews of the rules above (sentences written for them): each must stay without the fact named.
@pytest.mark.parametrize("text, fact", [
    ("The accord was signed by Kenya with US backing in 2024.", ("Kenya", "signed_agreement_with", "United States")),
    ("The deal was signed by Armenia with France and India in attendance.",
     ("Armenia", "signed_agreement_with", "France")),
    ("Russia criticised Armenia over the agreement it signed with the EU in 2017.",
     ("Russia", "signed_agreement_with", "European Union")),
    ("India and Pakistan failed to sign an agreement on the Indus waters.",
     ("India", "signed_agreement_with", "Pakistan")),
    ("Egypt watched warily as Ethiopia's ties with Somaliland grew; the two countries signed a port deal in 2024.",
     ("Egypt", "signed_agreement_with", "Ethiopia")),
    ("The ceasefire agreement between Armenia and Azerbaijan, signed by Russia as mediator in 2020, collapsed.",
     ("Armenia", "signed_agreement_with", "Azerbaijan")),
    ("NATO leaders met in Vilnius. The EU sent observers. The alliance, founded in 1949, now has 32 members.",
     ("European Union", "founded_in", "1949")),
    ("The request by Moldova's opposition for the country to join NATO was rejected.",
     ("Moldova", "applied_for_membership_of", "NATO")),
    ("Nicaragua withdrew from the OAS in 2023, and the United States followed in May with new sanctions.",
     ("United States", "left", "Organization of American States")),
    (("NATO met in Brussels. NATO leaders spoke. NATO's mission in Afghanistan ended badly. The United States "
      "withdrew in August 2021."), ("United States", "left", "NATO")),
    ("Switzerland applied to join the EU in 1992 but withdrew in 2016.", ("Switzerland", "left", "European Union")),
    (("The OSCE met in Vienna. The OSCE chair spoke. OSCE monitors served in Ukraine. Russia's ambassador left "
      "in 2022."), ("Russia", "left", "Organization for Security and Co-operation in Europe")),
    ("Trade between Mali and Senegal was suspended by ECOWAS in 2022.",
     ("Mali", "suspended_participation_in", "Economic Community of West African States")),
    ("The SCO met in Astana. Turkey, which has been a NATO member since 1952, became a dialogue partner in 2013.",
     ("Turkey", "partner_of", "NATO")),
    (("The SCO met in Astana. Separately, Palestine was granted the status of observer at a special session in "
      "New York in 2012."), ("Palestine", "observer_of", "Shanghai Cooperation Organisation")),
    ("Besides Austria and Ireland, soldiers from NATO members Poland and Germany are taking part in the exercise.",
     ("Austria", "member_of", "NATO")),
    (("The SCO met in Astana. The SCO summit adopted a declaration. SCO leaders praised the host. In Brussels, "
      "NATO leaders met on Monday. They discussed Ukraine at length. Sweden became a member in 2024."),
     ("Sweden", "member_of", "Shanghai Cooperation Organisation")),
    (("After the Vilnius summit, the EU welcomed NATO's enlargement. Its members are now Finland, Sweden and 30 "
      "others."), ("Finland", "member_of", "European Union")),
    # (a second review's, of the rules written after the first)
    ("The CSTO met in Minsk. Serbia, an EU candidate, became an observer in 2013.",
     ("Serbia", "observer_of", "European Union")),
    ("The CSTO met in Minsk. Serbia, an applicant for NATO membership in the 1990s, became an observer in 2013.",
     ("Serbia", "observer_of", "NATO")),
    ("Egyptian and US forces regularly hold joint drills, but the Bright Star exercise is organised by CENTCOM.",
     ("Egypt", "organizes_exercise", "Bright Star")),
    ("Egyptian and US forces regularly hold the line at the Bright Star exercise.",
     ("Egypt", "organizes_exercise", "Bright Star")),
    ("Finland will lead a brigade in the Northern Coasts exercise.",
     ("Finland", "organizes_exercise", "Northern Coasts 2026")),
    ("The UK will lead the Steadfast Defender 2026 exercise's maritime phase.",
     ("United Kingdom", "organizes_exercise", "Steadfast Defender 2026")),
    ("Poland leads the Saber Strike exercise planning team, but the US organises it.",
     ("Poland", "organizes_exercise", "Saber Strike 2026")),
    (("The Eagle Resolve 2026 exercise began on Monday. Officers from Oman attended the observer day at Kuwait's "
      "invitation and later joined the live-fire phase."), ("Oman", "observer_of", "Eagle Resolve 2026")),
])
def test_review_probes_give_no_false_fact(extractor: Extractor, text: str, fact: tuple[str, str, str]) -> None:
    facts = {(s, r, "NATO" if o == "North Atlantic Treaty Organization" else o)
             for s, r, o, _ in _facts(_sheet(extractor, text))}
    assert fact not in facts


def test_review_probes_that_keep_their_facts(extractor: Extractor) -> None:
    _assert_facts(extractor, ("Ghana and Togo, the two host nations, welcomed troops to Obangame Express 2026 on "
                              "Monday."),
                  {("Ghana", "hosts_exercise", "Obangame Express 2026", "asserted"),
                   ("Togo", "hosts_exercise", "Obangame Express 2026", "asserted")}, set())
    _assert_facts(extractor, "Georgia applied for EU membership in March 2022 and Moldova in a separate letter.",
                  {("Moldova", "applied_for_membership_of", "European Union", "asserted")}, set())
    _assert_facts(extractor, "Turkey agreed to admit Sweden's application, and Sweden joined NATO in March 2024.",
                  {("Sweden", "member_of", "NATO", "asserted")}, set())
    _assert_facts(extractor, "Serbia relies on the CSTO, the alliance that Russia created in 2002 and that Serbia has "
                             "never joined.",
                  {("Collective Security Treaty Organization", "founded_by", "Russia", "asserted")}, set())


# The third review's probes (213 sentences of its own on the rules of 47b166f..7f71741): facts those rules made up
_THIRD_REVIEW_FALSE = [
    (("Russia has pressured Moldova for years. The republic is not a member of NATO, however it joined the "
      "Partnership for Peace in 1994."),
     ("Russia", "member_of", "NATO")),
    (("Russia has pressured Moldova for years. The republic is not a member of NATO, however it joined the "
      "Partnership for Peace in 1994."),
     ("Russia", "member_of", "Partnership for Peace")),
    (("Russia has pressured Moldova for years. The republic is not a member of NATO, however it joined the "
      "Partnership for Peace in 1994."),
     ("Russia", "partner_of", "NATO")),
    ("Washington has ruled out NATO membership for Kyiv while the war continues.",
     ("United States", "member_of", "NATO")),
    ("Ukraine has never ruled out EU membership.",
     ("Ukraine", "member_of", "European Union")),
    ("Turkey ruled out EU membership talks for Cyprus.",
     ("Turkey", "member_of", "European Union")),
    ("Nicaragua left the OAS in 2023 and the UN in 2024 condemned its crackdown on the church.",
     ("Nicaragua", "left", "United Nations")),
    ("Russia left the Council of Europe in 2022 and the OSCE in 2023 was paralysed by its veto.",
     ("Russia", "left", "Organization for Security and Co-operation in Europe")),
    ("The presidential election was monitored by the OSCE. Canada and Japan were among its observers.",
     ("Canada", "observer_of", "Organization for Security and Co-operation in Europe")),
    ("The presidential election was monitored by the OSCE. Canada and Japan were among its observers.",
     ("Japan", "observer_of", "Organization for Security and Co-operation in Europe")),
    ("NATO held Steadfast Defender 2024 in Poland in February. Austria and Switzerland were among its observers.",
     ("Austria", "observer_of", "NATO")),
    ("NATO held Steadfast Defender 2024 in Poland in February. Austria and Switzerland were among its observers.",
     ("Switzerland", "observer_of", "NATO")),
    (("NATO defence ministers met in Brussels on Thursday. Launched in 2022 by Germany and 14 allies, the "
      "group aims to build a European air defence shield."),
     ("NATO", "founded_by", "Germany")),
    (("NATO defence ministers met in Brussels on Thursday. Launched in 2022 by Germany and 14 allies, the "
      "group aims to build a European air defence shield."),
     ("NATO", "founded_in", "2022")),
    (("The CSTO held talks in Minsk. Formed in 2014 by Russia, Belarus and Kazakhstan, the group's customs "
      "union later expanded."),
     ("Collective Security Treaty Organization", "founded_by", "Belarus")),
    (("The CSTO held talks in Minsk. Formed in 2014 by Russia, Belarus and Kazakhstan, the group's customs "
      "union later expanded."),
     ("Collective Security Treaty Organization", "founded_by", "Kazakhstan")),
    (("The CSTO held talks in Minsk. Formed in 2014 by Russia, Belarus and Kazakhstan, the group's customs "
      "union later expanded."),
     ("Collective Security Treaty Organization", "founded_by", "Russia")),
    (("The CSTO held talks in Minsk. Formed in 2014 by Russia, Belarus and Kazakhstan, the group's customs "
      "union later expanded."),
     ("Collective Security Treaty Organization", "founded_in", "2014")),
    ("Poland lodged its formal application for EU defence loans under the SAFE scheme on Monday.",
     ("Poland", "applied_for_membership_of", "European Union")),
    (("Hungary left the International Criminal Court in 2025. On Monday a Budapest district court jailed an"
      " activist, and the court said the sentence was final."),
     ("International Criminal Court", "said", "the sentence was final")),
    (("Defence chiefs gathered for the ASEAN Defence Ministers' Meeting in Kuala Lumpur. On the sidelines, "
      "India held a separate meeting with Japan, and Australia joined the meeting later."),
     ("Australia", "member_of", "ASEAN Defence Ministers' Meeting")),
    (("Defence chiefs gathered for the ASEAN Defence Ministers' Meeting in Kuala Lumpur. On the sidelines, "
      "India held a separate meeting with Japan, and Australia joined the meeting later."),
     ("Japan", "member_of", "ASEAN Defence Ministers' Meeting")),
    (("The Indian Ocean Rim Association met in Colombo. Separately, Sri Lanka joined a regional fisheries "
      "association, and Bangladesh left the association in 2023."),
     ("Bangladesh", "left", "Indian Ocean Rim Association")),
    (("Finland became a member of the EU in 1995, joining Sweden and Norway in a Nordic bloc that rejected "
      "military alliances."),
     ("Norway", "member_of", "European Union")),
    (("Finland became a member of the EU in 1995, joining Sweden and Norway in a Nordic bloc that rejected "
      "military alliances."),
     ("Sweden", "member_of", "European Union")),
    (("The Talisman Sabre 2025 exercise began in Queensland on Monday. Separately, India and Brazil were "
      "among the observer nations at the UN vote on Thursday."),
     ("Brazil", "observer_of", "Talisman Sabre 2025")),
    (("The Talisman Sabre 2025 exercise began in Queensland on Monday. Separately, India and Brazil were "
      "among the observer nations at the UN vote on Thursday."),
     ("India", "observer_of", "Talisman Sabre 2025")),
    ("Kazakhstan rules out CSTO membership for Azerbaijan.",
     ("Kazakhstan", "member_of", "Collective Security Treaty Organization")),
    (("The Lake Chad Basin Commission coordinates the regional force. In Abuja, the commission of inquiry "
      "said soldiers had died."),
     ("Lake Chad Basin Commission", "said", "soldiers had died")),
    ("The OSCE observed the Moldovan election. Poland and Sweden are among its observers, as is the EU.",
     ("European Union", "observer_of", "Organization for Security and Co-operation in Europe")),
    ("The OSCE observed the Moldovan election. Poland and Sweden are among its observers, as is the EU.",
     ("Poland", "observer_of", "Organization for Security and Co-operation in Europe")),
    ("The OSCE observed the Moldovan election. Poland and Sweden are among its observers, as is the EU.",
     ("Sweden", "observer_of", "Organization for Security and Co-operation in Europe")),
    ("Moscow has ruled out CSTO membership for Serbia.",
     ("Russia", "member_of", "Collective Security Treaty Organization")),
    ("Norway hosted Lithuanian officers last week. The republic joined the EU in 2004.",
     ("Norway", "member_of", "European Union")),
    ("Hungary left the ICC in 2025 and the EU in 2026 opened a rule-of-law case against it.",
     ("Hungary", "left", "European Union")),
    ("The EU election mission arrived in Tbilisi on Monday. Canada and Norway are among its observers.",
     ("Canada", "observer_of", "European Union")),
    ("The EU election mission arrived in Tbilisi on Monday. Canada and Norway are among its observers.",
     ("Norway", "observer_of", "European Union")),
    (("NATO launched Baltic Sentry in January to protect undersea cables. Launched in 2023 by Finland and "
      "Estonia, the group of divers also trains navies."),
     ("NATO", "founded_by", "Estonia")),
    (("NATO launched Baltic Sentry in January to protect undersea cables. Launched in 2023 by Finland and "
      "Estonia, the group of divers also trains navies."),
     ("NATO", "founded_by", "Finland")),
    (("NATO launched Baltic Sentry in January to protect undersea cables. Launched in 2023 by Finland and "
      "Estonia, the group of divers also trains navies."),
     ("NATO", "founded_in", "2023")),
    ("Poland lodged its own application for EU funds under the SAFE programme.",
     ("Poland", "applied_for_membership_of", "European Union")),
    (("The European Commission backed the plan on Monday. In Chisinau, Moldova's central electoral body "
      "met, and the commission said turnout was 52 percent."),
     ("European Commission", "said", "turnout was 52 percent")),
    ("The UN General Assembly voted on Thursday. In Kyiv, the assembly of local mayors said it backed the plan.",
     ("United Nations General Assembly", "said", "it backed the plan")),
]
# ... and facts they lost
_THIRD_REVIEW_KEPT = [
    (("Turkish President Recep Tayyip Erdogan said Turkey has done its part, but Sweden still has to act "
      "against militant groups."),
     ("Recep Tayyip Erdogan", "said",
      "Turkey has done its part, but Sweden still has to act against militant groups")),
    ("NATO Secretary General Mark Rutte said the door remains open, though Ukraine must first win the war.",
     ("Mark Rutte", "said", "the door remains open, though Ukraine must first win the war")),
    (("Serbian President Aleksandar Vucic said that Serbia will remain militarily neutral, but Belgrade "
      "wants closer ties with the EU."),
     ("Aleksandar Vucic", "said", "Serbia will remain militarily neutral, but Belgrade wants closer ties with the EU")),
    (("Indian Defence Minister Rajnath Singh said India and France are natural partners, and New Delhi sees"
      " Paris as a pillar of its strategy."),
     ("Rajnath Singh", "said",
      "India and France are natural partners, and New Delhi sees Paris as a pillar of its strategy")),
    ("This is a serious provocation, Kremlin spokesman Dmitry Peskov said on Monday.",
     ("Dmitry Peskov", "said", "This is a serious provocation")),
    ("This treaty has kept Europe safe, U.S. Secretary of State Antony Blinken said.",
     ("Antony Blinken", "said", "This treaty has kept Europe safe")),
    ("In truth the treaty is dead, Russian Foreign Minister Sergei Lavrov told reporters.",
     ("Sergei Lavrov", "said", "In truth the treaty is dead")),
    ("Spokesman Matthew Miller said some states were withdrawing, citing costs, and more would follow.",
     ("Matthew Miller", "said", "some states were withdrawing, citing costs, and more would follow")),
    (("Uzbekistan left the CSTO in 1999, when the Collective Security Treaty came up for renewal. It "
      "rejoined in 2006 and suspended its participation in 2012."),
     ("Uzbekistan", "suspended_participation_in", "Collective Security Treaty Organization")),
    ("The Quad, a grouping the four had launched in 2007, was revived in 2017.",
     ("Quadrilateral Security Dialogue", "founded_in", "2007")),
    ("This is a dangerous escalation, Chinese Foreign Ministry spokeswoman Mao Ning said.",
     ("Mao Ning", "said", "This is a dangerous escalation")),
    ("In Europe nobody wants a war, French President Emmanuel Macron said.",
     ("Emmanuel Macron", "said", "In Europe nobody wants a war")),
    ("Since 2022 everything has changed, Polish President Andrzej Duda told reporters.",
     ("Andrzej Duda", "said", "Since 2022 everything has changed")),
    ("Kremlin spokesman Dmitry Peskov spoke on Monday. This is a serious provocation, he said.",
     ("Dmitry Peskov", "said", "This is a serious provocation")),
    ("This is an attack on NATO, Polish Prime Minister Donald Tusk said.",
     ("Donald Tusk", "said", "This is an attack on NATO")),
]


@pytest.mark.parametrize(("text", "fact"), _THIRD_REVIEW_FALSE)
def test_third_review_probes_give_no_false_fact(extractor: Extractor, text: str, fact: tuple[str, str, str]) -> None:
    assert fact not in {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text))}


@pytest.mark.parametrize(("text", "fact"), _THIRD_REVIEW_KEPT)
def test_third_review_probes_keep_their_facts(extractor: Extractor, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text))}


@pytest.mark.parametrize("text, said", [
    ('Chilean President Ana Rojas hailed the purchase as "a historic day" for the armed forces.',
     {("Ana Rojas", "a historic day")}),
    ('Peruvian Deputy Foreign Minister Luis Vega called the applications "a grave mistake".',
     {("Luis Vega", "a grave mistake")}),
    ("Chile and Peru asked the OAS to act over what Lima called Bolivia's \"growing military threat\".", set()),
    ('Armenia said it had "frozen" its participation.', {("Armenia", 'it had "frozen" its participation')}),
])
def test_a_short_quotation_a_named_speaker_s_verb_quotes(extractor: Extractor, text: str,
                                                          said: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "said")} == said


def test_forces_named_by_their_states_adjectives_that_regularly_hold_an_exercise(extractor: Extractor) -> None:
    text = "Chilean and US forces also regularly hold the Iron Lynx naval exercise off Arica."
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "organizes_exercise")} == {"Chile", "United States"}


def test_the_drills_set_off_by_an_aside_on_their_series_are_the_exercise_spoken_of(extractor: Extractor) -> None:
    text = ("Peru will not take part in the Iron Lynx 2026 exercise later this month. The drills, the latest in an "
            "annual series of Iron Lynx exercises, are scheduled to take place at the Pampa training ground in Chile "
            "from 14 to 25 September.")
    facts = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text))}
    assert {("Iron Lynx 2026", "exercise_located_in", "Pampa training ground"),
            ("Iron Lynx 2026", "exercise_date", "2026-09-14/2026-09-25")} <= facts
    assert not any(s == "Iron Lynx" and r == "exercise_located_in" for s, r, _ in facts)


@pytest.mark.parametrize("text, speaker, office", [
    ("The drills will go ahead, Chief of the CSTO Joint Staff Andrei Serdyukov said.", "Andrei Serdyukov",
     "Chief of the CSTO Joint Staff"),
    ("Head of the Kazakh Border Service Ivo Petrov said the drills would go ahead.", "Ivo Petrov",
     "Head of the Kazakh Border Service"),
])
def test_a_speaker_named_after_the_body_whose_office_he_holds(extractor: Extractor, text: str, speaker: str,
                                                              office: str) -> None:
    facts = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text))}
    assert {s for s, r, _ in facts if r == "said"} == {speaker}
    assert (speaker, "holds_position", office) in facts


@pytest.mark.parametrize("sentence", [
    "Among the participants are non-NATO countries Georgia, Moldova and Ukraine.",
    "The participants include partner nations Georgia, Moldova and Ukraine.",
])
def test_participants_named_after_a_described_kind_of_state(extractor: Extractor, sentence: str) -> None:
    text = "The Iron Lynx 2026 exercise began on Monday. " + sentence
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "participates_in_exercise")} == {
        "Georgia", "Moldova", "Ukraine"}


def test_a_force_that_leads_the_exercise_organises_it(extractor: Extractor) -> None:
    text = "Later this year, the Chilean Navy is set to lead the Iron Lynx exercise off Arica."
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "organizes_exercise")} == {"Chilean Navy"}
    text = "Poland will lead the NATO battlegroup in Lithuania during the Iron Lynx 2026 exercise."
    assert not _facts(_sheet(extractor, text), "organizes_exercise")


def test_delegations_that_attend_an_exercise_s_observer_day_observe_it(extractor: Extractor) -> None:
    text = ("Qatari special forces took part in the Iron Lynx 2026 exercise, which Chile hosts every two years, "
            "while military delegations from Kuwait and Bahrain attended its distinguished observer day.")
    facts = _facts(_sheet(extractor, text))
    assert {(s, r) for s, r, o, _ in facts if o == "Iron Lynx 2026" and s in ("Kuwait", "Bahrain")} == {
        ("Kuwait", "observer_of"), ("Bahrain", "observer_of")}


@pytest.mark.parametrize(("text", "denied"), [
    ("Among the observers were non-NATO countries Chile, Peru and Uruguay.", {("Chile", "NATO"), ("Peru", "NATO"),
                                                                             ("Uruguay", "NATO")}),
    ("The drills began on Monday. Non-EU Iceland sent a patrol boat.", {("Iceland", "European Union")}),
    ("Non-EU countries such as Iceland and Albania have joined the scheme.", {("Iceland", "European Union"),
                                                                             ("Albania", "European Union")}),
    ("Peru became the first non-EU country to send monitors to the mission.", {("Peru", "European Union")}),
    ("Chile and Peru, both non-NATO countries, sent observers.", {("Chile", "NATO"), ("Peru", "NATO")}),
    ("Chile, a non-NATO state, sent two frigates.", {("Chile", "NATO")}),
    ("Chile, a major non-NATO ally of the United States, sent two frigates.", set()),  # a standing the US grants
    # "non-NATO" in any wording (a review's case: once no fact, now a denied one)
    ("Non-NATO members Austria and Ireland sent observers. Norway, a non-EU member, joined the talks.",
     {("Austria", "NATO"), ("Ireland", "NATO"), ("Norway", "European Union")}),
    (("The debate flared in Portugal, one of four EU member states outside the OSCE along with Spain and Italy."),
     {("Portugal", "Organization for Security and Co-operation in Europe"),
      ("Spain", "Organization for Security and Co-operation in Europe"),
      ("Italy", "Organization for Security and Co-operation in Europe")}),
    # no state is said to be outside: a kind of state, a state's people
    ("The alliance invited non-NATO states to the summit.", set()),
    ("He met non-EU ministers from Norway.", set()),
])
def test_a_bodys_non_or_outside_denies_the_membership_of_the_states_it_describes(
        extractor: Extractor, text: str, denied: set[tuple[str, str]]) -> None:
    facts = {(s, "NATO" if o == "North Atlantic Treaty Organization" else o, m)
             for s, r, o, m in _facts(_sheet(extractor, text), "member_of")}
    assert {(s, o) for s, o, m in facts if m == "negated"} == denied
    assert not {(s, o) for s, o, m in facts if m != "negated"} & denied


def test_a_name_after_a_plural_exercise_noun_that_runs_them_is_no_exercise(extractor: Extractor) -> None:
    text = ("The annual Sandstorm exercise opened on Monday in Chad.\n\nSandstorm 2025 runs until May 21, according "
            "to US Africa Command (AFRICOM).\n\nAFRICOM organises the exercise through its special operations "
            "component.\n\nTroops from Ghana and Senegal are taking part.\n\nSandstorm is one of several large "
            "exercises AFRICOM runs on the continent.")
    sheet = _sheet(extractor, text, date="2025-05-05")
    assert {e.label for e in sheet.entities if e.type is EntityType.EXERCISE} == {"Sandstorm 2025"}
    assert {(s, o) for s, _, o, _ in _facts(sheet, "participates_in_exercise")} == {
        ("Ghana", "Sandstorm 2025"), ("Senegal", "Sandstorm 2025")}


def test_a_counted_body_of_another_is_not_the_bloc_a_suspension_is_from(extractor: Extractor) -> None:
    text = ("The African Union lifted Gabon's suspension on Wednesday. The decision was taken by the AU's Peace and "
            "Security Council (PSC), the 15-member body that handles conflicts. Mali was suspended in 2021.")
    assert {o for s, _, o, _ in _facts(_sheet(extractor, text), "suspended_participation_in")} == {"African Union"}


def test_a_signing_after_a_clause_that_ended_on_a_date_has_its_own_date(extractor: Extractor) -> None:
    text = "The plan was approved in May 2022, and Chile and Peru signed the Lima Accord on March 1, 2024."
    assert {o for s, r, o, _ in _facts(_sheet(extractor, text), "agreement_date")} == {"2024-03-01"}
    text = "In May 2022, Chile, Peru, and Bolivia signed the Lima Accord."
    assert {o for s, r, o, _ in _facts(_sheet(extractor, text), "agreement_date")} == {"2022-05"}


@pytest.mark.parametrize(("text", "dated"), [
    ("Estonia and Latvia joined the Nordic Defence Cooperation in 2021 and 2023 respectively.",
     {("Estonia", "2021"), ("Latvia", "2023")}),
    ("Finland and Sweden joined NATO in April 2023 and March 2024, respectively, ending decades of neutrality.",
     {("Finland", "2023-04"), ("Sweden", "2024-03")}),
    ("Chile and Peru, members of the OAS since 1948 and 1950 respectively, abstained.",
     {("Chile", "1948"), ("Peru", "1950")}),
    # a bare plural apposition, one time for both
    ("Chile and Peru, members of the OAS since 1948, abstained.", {("Chile", "1948"), ("Peru", "1948")}),
    # as many times as subjects, or the first time for all
    ("Estonia, Latvia and Norway joined the Nordic Defence Cooperation in 2021 and 2023 respectively.",
     {("Estonia", "2021"), ("Latvia", "2021"), ("Norway", "2021")}),
])
def test_times_given_respectively_date_each_subject_in_turn(extractor: Extractor, text: str,
                                                           dated: set[tuple[str, str]]) -> None:
    assert {(f.subject, f.time) for f in _sheet(extractor, text).facts if f.relation == "member_of"} == dated


def test_the_next_edition_set_off_by_name_does_not_become_the_exercise_spoken_of(extractor: Extractor) -> None:
    text = ("Troops from Chile and Peru began the Iron Lynx 2026 exercise in Arica on Monday. The next edition, Iron "
            "Lynx 2027, is scheduled to take place at Arica in May 2027. Bolivia has sent a small team of officers "
            "to follow the exercise as observers.")
    facts = _facts(_sheet(extractor, text))
    assert ("Bolivia", "observer_of", "Iron Lynx 2026", "asserted") in facts
    assert not {f for f in facts if f[0] == "Bolivia" and f[2] == "Iron Lynx 2027"}


@pytest.mark.parametrize("sentence", [
    "Russia opposes Peru's aspiration to join NATO.",
    "Chile's wish to join the EU is popular at home.",
    "Lima's hopes of joining NATO faded after the vote.",
    "Peru's aspirations to join the alliance were noted by NATO.",
])
def test_a_wish_or_hope_to_join_is_no_membership(extractor: Extractor, sentence: str) -> None:
    assert not _facts(_sheet(extractor, sentence), "member_of")


@pytest.mark.parametrize(("text", "wanted"), [
    ("Chile, located at the southern end of the Andes, is a member state of the OAS and of the Pacific Alliance.",
     {("Chile", "member_of", "Organization of American States", "asserted"),
      ("Chile", "member_of", "Pacific Alliance", "asserted")}),
    ("NATO was set up in 1949. Peru, long courted by the allies, has so far declined to join the alliance.",
     {("Peru", "member_of", "NATO", "negated")}),
    (("The Pacific Alliance was set up in 2011 by four states. Peru left it in May 2022, and Chile followed in "
      "December 2023."), {("Peru", "left", "Pacific Alliance", "asserted"),
                          ("Chile", "left", "Pacific Alliance", "asserted")}),
    ("Peru and Chile quit the OAS in January and now make up the Pacific Alliance.",
     {("Peru", "member_of", "Pacific Alliance", "asserted"), ("Chile", "member_of", "Pacific Alliance", "asserted")}),
    ("Peru and Chile quit the OAS in January and now belong to the Pacific Alliance.",
     {("Peru", "member_of", "Pacific Alliance", "asserted"), ("Chile", "member_of", "Pacific Alliance", "asserted")}),
])
def test_a_subject_past_a_participles_aside_or_a_first_predicate(extractor: Extractor, text: str,
                                                                 wanted: set[tuple[str, str, str, str]]) -> None:
    facts = {(s, r, "NATO" if o == "North Atlantic Treaty Organization" else o, m)
             for s, r, o, m in _facts(_sheet(extractor, text)) if r in ("member_of", "left")}
    assert wanted <= facts


def test_a_second_predicate_has_no_subject_past_a_clause_of_its_own(extractor: Extractor) -> None:
    text = "Peru and Chile criticised the bloc, which suspended them, and now belong to the Pacific Alliance."
    assert not _facts(_sheet(extractor, text), "member_of")


def test_a_body_set_off_before_its_verb_and_it_or_the_coalition_after(extractor: Extractor) -> None:
    text = ("Ministers of the Pacific Defence Contact Group (PDCG) met in Lima. The Mine Coalition, one of eight "
            "capability coalitions operating under the PDCG, was set up by Chile and Peru in February 2024. Bolivia "
            "and Ecuador have since joined it, and its members have pledged ships. Uruguay will formally join the "
            "coalition at the next PDCG meeting in June.")
    facts = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text))}
    assert {("Mine Coalition", "founded_by", "Chile"), ("Mine Coalition", "founded_by", "Peru"),
            ("Bolivia", "member_of", "Mine Coalition"), ("Ecuador", "member_of", "Mine Coalition"),
            ("Uruguay", "member_of", "Mine Coalition")} <= facts
    assert not {f for f in facts if f[0] == "Pacific Defence Contact Group" and f[1].startswith("founded")}


def test_a_council_named_by_the_pair_that_holds_it_is_a_body(extractor: Extractor) -> None:
    text = "Officials discussed the NATO-Chile Council (NCC), the body created at NATO's summit in July 2023."
    sheet = _sheet(extractor, text)
    assert {(s, r, o) for s, r, o, _ in _facts(sheet) if r == "founded_in"} == {
        ("NATO-Chile Council", "founded_in", "2023-07")}
    assert "NATO-Chile Council" in {e.label for e in sheet.entities}


@pytest.mark.parametrize(("text", "members"), [
    (("The OAS was founded in 1948. Since 1990 the organisation has admitted 12 new members, the most recent being "
      "Belize in May 2021 and Guyana in March 2022."), {("Belize", "2021-05"), ("Guyana", "2022-03")}),
    ("The OAS was founded in 1948. Since 1990 the organisation has admitted 12 new members, including Belize.",
     {("Belize", None)}),
    ("Peru, which like Chile joined the OAS in May 1948, has taken a softer line.",
     {("Peru", "1948-05"), ("Chile", "1948-05")}),
    ("Peru, which unlike Chile joined the OAS in May 1948, has taken a softer line.", {("Peru", "1948-05")}),
])
def test_members_a_count_names_and_the_one_a_relative_likens(extractor: Extractor, text: str,
                                                             members: set[tuple[str, str | None]]) -> None:
    assert {(f.subject, f.time) for f in _sheet(extractor, text).facts if f.relation == "member_of"} == members


# -- a review of the session's rules (214 probes of a helper's own): the false facts and lost ones it found --

@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    ("Sweden, a longtime non-NATO partner, joined the alliance in March 2024.", set(),
     {("Sweden", "member_of", "NATO", "negated")}),
    ("Sweden, a non-NATO country until 2024, hosted the exercise in 2022.", set(),
     {("Sweden", "member_of", "NATO", "negated")}),
    ("Finland, then a non-NATO country, signed a host-nation support deal with the alliance in 2014.", set(),
     {("Finland", "member_of", "NATO", "negated")}),
    ("In 2014 Finland became the first non-NATO country to sign a host-nation support agreement with the alliance.",
     set(), {("Finland", "member_of", "NATO", "negated")}),
    ("Talks between Germany and Serbia, a non-EU country, resumed in Berlin on Monday.",
     {("Serbia", "member_of", "European Union", "negated")}, {("Germany", "member_of", "European Union", "negated")}),
    ("Chile and Peru, members of the UN Security Council delegation, visited Haiti.", set(),
     {("Chile", "member_of", "United Nations Security Council", "asserted")}),
    ("Soldiers from Chile and Peru, members of the UN peacekeeping force in Cyprus, were injured.", set(),
     {("Chile", "member_of", "United Nations", "asserted")}),
    ("Estonia and Latvia joined NATO and the EU in March 2004 and May 2004 respectively.",
     {("Latvia", "member_of", "NATO", "2004-03"), ("Latvia", "member_of", "European Union", "2004-05")},
     {("Latvia", "member_of", "NATO", "2004-05")}),
    ("NATO opened the summit in Vilnius on Monday. Hungary left it early to fly home.", set(),
     {("Hungary", "left", "NATO", "asserted")}),
    ("The EU launched the mission in 2008. Serbia left it in 2012.", set(),
     {("Serbia", "left", "European Union", "asserted")}),
    ("The EU summit in Brussels ran into the night. Hungary left it before the final vote.", set(),
     {("Hungary", "left", "European Union", "asserted")}),
    ("The 27-nation European Union and Ukraine signed a security agreement in June 2024.",
     {("European Union", "signed_agreement_with", "Ukraine", "asserted")}, set()),
    ("Burkina Faso and Niger, a two-nation core of the Sahel alliance, quit ECOWAS in January 2025.",
     {("Niger", "left", "Economic Community of West African States", "asserted")}, set()),
    ("Peru's congress backed it on 3 May 2024, and Chile signed the Lima Accord on the same day.",
     {("Lima Accord", "agreement_date", "2024-05-03", "asserted")}, set()),
])
def test_review_of_the_session_s_rules(extractor: Extractor, text: str, wanted: set[tuple[str, str, str, str]],
                                       unwanted: set[tuple[str, str, str, str]]) -> None:
    sheet = _sheet(extractor, text)
    facts = {(f.subject, f.relation, "NATO" if f.object == "North Atlantic Treaty Organization" else f.object, m)
             for f in sheet.facts for m in (f.modality.value, f.time)}
    assert wanted <= facts
    assert not unwanted & facts


def test_hosts_of_past_editions_host_the_series_not_this_year_s(extractor: Extractor) -> None:
    text = ("The annual Sandstorm exercise opened on Monday in Chad and Libya. Mali, Burkina Faso and Niger, which "
            "have all hosted past editions of Sandstorm, are not participating this year.")
    facts = _facts(_sheet(extractor, text))
    assert {(s, o) for s, r, o, m in facts if r == "hosts_exercise"} == {
        ("Mali", "Sandstorm"), ("Burkina Faso", "Sandstorm"), ("Niger", "Sandstorm")}
    assert {(s, m) for s, r, o, m in facts if r == "participates_in_exercise" and o == "Sandstorm 2026"} == {
        ("Mali", "negated"), ("Burkina Faso", "negated"), ("Niger", "negated")}
    assert not {o for s, r, o, m in facts if r == "exercise_located_in" and s == "Sandstorm 2026"} - {"Chad", "Libya"}


def test_a_body_named_as_another_s_is_part_of_it_and_a_suspension_on_a_day(extractor: Extractor) -> None:
    text = ("The African Union on Wednesday lifted the suspension it imposed on Gabon. The decision was taken by the "
            "AU's Peace and Security Council (PSC), the 15-member body that handles conflicts. \"The Council welcomes "
            "the election,\" the PSC said. Gabon was suspended on Aug. 31, 2023, a day after officers toppled the "
            "president.")
    facts = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text))}
    assert ("Peace and Security Council", "part_of", "African Union") in facts
    assert ("Gabon", "suspended_participation_in", "African Union") in facts
    assert not _facts(_sheet(extractor, "Flights to Niger were suspended on May 3."))


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("\"This is a tangible contribution,\" said Sofia Reinholt, head of the agency.", "Sofia Reinholt",
     "This is a tangible contribution"),
    ("Victoria Nuland said the talks had failed.", "Victoria Nuland", "the talks had failed"),
    ("Deputy Foreign Minister Ana Lopez spoke in Lima. \"We see no basis for talks,\" the diplomat stressed.",
     "Ana Lopez", "We see no basis for talks"),
    (("Deputy Foreign Minister Ana Lopez opened the meeting. The Deputy Minister also informed the participants that "
      "Chile will preside over the next meeting."), "Ana Lopez", "Chile will preside over the next meeting"),
])
def test_speakers_named_like_places_called_diplomats_or_informing_someone(extractor: Extractor, text: str,
                                                                          speaker: str, words: str) -> None:
    assert {(f.subject, f.object) for f in _sheet(extractor, text).facts if f.relation == "said"} == {(speaker, words)}


def test_a_place_that_speaks_is_still_its_state(extractor: Extractor) -> None:
    said = {f.subject for f in _sheet(extractor, "Sofia said it would veto the bid.").facts if f.relation == "said"}
    assert said == {"Bulgaria"}


def test_a_quoted_question_is_its_speaker_s_words_and_a_request_is_none(extractor: Extractor) -> None:
    text = ("Analyst Marta Kowalczyk spoke in Warsaw. \"If Chile cannot open a single chapter, what message does that "
            "send?\" she asked.")
    assert {(f.subject, f.object) for f in _sheet(extractor, text).facts if f.relation == "said"} == {
        ("Marta Kowalczyk", "If Chile cannot open a single chapter, what message does that send?")}
    assert not {f for f in _sheet(extractor, "Chile asked the EU to lift the sanctions.").facts if f.relation == "said"}


def test_a_centre_of_excellence_speaks_as_the_centre_and_an_agreement_in_a_field_keeps_its_name(
        extractor: Extractor) -> None:
    said = {f.subject for text in (
        ("The NATO Energy Security Centre of Excellence ran the drill. Around 200 experts from 18 countries were "
         "involved, the centre said."),
        ("The NATO Energy Security Centre of Excellence ran the drill. Officials from Chile and Peru are following "
         "the drill as observers, according to the centre."))
        for f in _sheet(extractor, text).facts if f.relation == "said"}
    assert said == {"NATO Energy Security Centre of Excellence"}
    text = ("Chile and Peru on Tuesday signed a Memorandum of Understanding on Cooperation in the Field of Cyber "
            "Defense, aiming to expand joint work.")
    assert {s for s, r, o, _ in _facts(_sheet(extractor, text), "agreement_party")} == {
        "Memorandum of Understanding on Cooperation in the Field of Cyber Defense"}
    text = "Chile signed an Agreement on Cooperation in the Field of Defence of Peru and Chile in 2020."
    assert {s for s, r, o, _ in _facts(_sheet(extractor, text), "agreement_party")} == {
        "Agreement on Cooperation in the Field of Defence"}


def test_a_term_dates_the_membership_it_is_elected_for(extractor: Extractor) -> None:
    text = ("The UN General Assembly elected Chile and Peru as non-permanent members of the Security Council for the "
            "2026–2027 term.")
    assert {(f.subject, f.time) for f in _sheet(extractor, text).facts if f.relation == "member_of"} == {
        ("Chile", "2026/2027"), ("Peru", "2026/2027")}
    # (no span in a name with its year, nor in a date)
    assert [t.value for t in find_times("Zapad-2021 and the 2017-06-05 parade")] == ["2017-06-05"]


def test_inverted_titles_after_the_and_foundings_of_an_apposed_mission(extractor: Extractor) -> None:
    said = {(f.subject, f.object) for text in (
        '"Is this what partnership looks like?" asked the Hungarian Foreign Minister Peter Szijjarto.',
        '"Nobody gains from this at all," said the Kremlin spokesman Dmitry Peskov.')
        for f in _sheet(extractor, text).facts if f.relation == "said"}
    assert said == {("Peter Szijjarto", "Is this what partnership looks like?"),
                    ("Dmitry Peskov", "Nobody gains from this at all")}
    founded = {(s, o) for text in (
        "The EU launched Operation Aspides, a naval mission created in February 2024 to protect shipping.",
        "The SCO was established on the initiative of China, which had proposed it in 1996.")
        for s, r, o, _ in _facts(_sheet(extractor, text), "founded_in")}
    assert founded == set()


@pytest.mark.parametrize(("text", "expected"), [
    # a standing dated by "since" after a bare status, or in an apposition, of the body the text is on
    ("The SCO met in Astana. Chile has held observer status since 2018, Peru since 2021 and Bolivia since 2022.",
     {("Chile", "observer_of", "2018"), ("Peru", "observer_of", "2021"), ("Bolivia", "observer_of", "2022")}),
    ("The SCO met in Astana. Chile, a member since 2010, used the summit to press its case.",
     {("Chile", "member_of", "2010")}),
    # (not of a body named only in quoted words the sentence before)
    (('The SCO met in Astana. SCO leaders spoke. The SCO summit adopted a text. Lula said the SCO was "the heir of '
      'the Non-Aligned Movement" in many ways. Chile, a member since 2010, used the summit to press its case.'),
     {("Chile", "member_of", "2010")}),
])
def test_standings_dated_by_since_of_the_body_spoken_of(extractor: Extractor, text: str,
                                                         expected: set[tuple[str, str, str]]) -> None:
    facts = _sheet(extractor, text).facts
    assert {(f.subject, f.relation, f.time) for f in facts if f.relation in ("member_of", "observer_of")} == expected
    assert {f.object for f in facts if f.relation in ("member_of", "observer_of")} == {
        "Shanghai Cooperation Organisation"}


@pytest.mark.parametrize("text", [
    "Putin chaired a meeting of the Security Council on Friday to discuss the drills.",
    "India and Brazil, which both seek seats as permanent members of the Security Council, backed the reform.",
    "The General Assembly failed to elect Belarus as a non-permanent member of the Security Council.",
    "Contracts were awarded to Rheinmetall, Germany, and Hanwha, South Korea, last year.",
    "Refugees fled from Darfur, Chad, and the Central African Republic.",
    ("Finland's defence minister Antti Hakkanen met his Swedish counterpart Pal Jonson in Helsinki. \"We will defend "
     "every inch of the Nordic region,\" said the minister."),
])
def test_near_misses_a_review_of_this_session_s_rules_found_give_no_fact(extractor: Extractor,
                                                                          text: str) -> None:
    facts = _sheet(extractor, text).facts
    assert not [f for f in facts if f.relation in ("member_of", "part_of", "said")
                and "Security Council" not in f.subject]  # (the UNSC's own part_of the UN aside)
    assert not [f for f in facts if "United Nations Security Council" in (f.subject, f.object)
                and f.relation != "part_of"]


@pytest.mark.parametrize(("text", "expected"), [
    ('Lula said BRICS was "the heir of the Non-Aligned Movement". South Africa, a member since 2010, agreed.', set()),
    ("Despite Turkish objections, Finland was accepted as a member of NATO in April 2023.",
     {("Finland", "member_of", "NATO", "asserted")}),
    ("The SCO welcomed Laos as a new dialogue partner. The remaining observers are Afghanistan and Mongolia.",
     {("Afghanistan", "observer_of", "Shanghai Cooperation Organisation", "asserted"),
      ("Mongolia", "observer_of", "Shanghai Cooperation Organisation", "asserted")}),
    ("Colombia is among the partner countries of NATO that do not have a mutual defence treaty.",
     {("Colombia", "partner_of", "NATO", "asserted")}),
    (("Serbia and Mongolia are among the observer states of the Collective Security Treaty Organization's "
      "Parliamentary Assembly."), set()),
    ("Egypt is one of the partner countries of NATO's Mediterranean Dialogue.",
     {("Egypt", "member_of", "Mediterranean Dialogue", "asserted")}),
])
def test_a_second_review_s_findings_on_standings(extractor: Extractor, text: str,
                                                 expected: set[tuple[str, str, str, str]]) -> None:
    assert {f for f in _facts(_sheet(extractor, text)) if f[1] in ("member_of", "observer_of", "partner_of")} == \
        expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile wants to join the OAS as a full member.", set()),
    ("Chile hopes to join the OAS as a full member by 2030.", set()),
    ("Chile joined the OAS as a full member in 2024.", {("Chile", "asserted")}),
])
def test_a_wish_to_join_as_a_full_member_is_no_membership(extractor: Extractor, text: str,
                                                          expected: set[tuple[str, str]]) -> None:
    assert {(s, m) for s, r, o, m in _facts(_sheet(extractor, text), "member_of")} == expected


def test_a_second_review_s_findings_on_speakers_and_times(extractor: Extractor) -> None:
    said = {(f.subject, f.object) for text in (
        "\"We will continue the talks,\" said the Azerbaijani President Ilham Aliyev's aide Hikmet Hajiyev.",
        "\"We support Armenia fully and firmly,\" said the French President Emmanuel Macron, according to his office.")
        for f in _sheet(extractor, text).facts if f.relation == "said"}
    assert said == {("Emmanuel Macron", "We support Armenia fully and firmly")}
    times = {(f.relation, f.time) for text in (
        "The EU, which Britain left after a 2016 referendum, is negotiating a defence pact with London.",
        "The CSTO was formally established in Chisinau, which hosted the CIS summit, on 7 October 2002.",
        "Georgia applied to join NATO in 2008–09, officials said.")
        for f in _sheet(extractor, text).facts if f.relation in ("left", "founded_in", "applied_for_membership_of")}
    assert times == {("left", None), ("founded_in", None), ("applied_for_membership_of", "2008")}
    assert {f.object for f in _sheet(extractor, "The CSTO was formally established in Chisinau, which hosted the CIS "
                                                "summit, on 7 October 2002.").facts
            if f.relation == "founded_in"} == {"2002-10-07"}


def test_a_state_s_own_security_council_and_a_speaker_after_a_state_s_possessive(extractor: Extractor) -> None:
    sheet = _sheet(extractor,
                   "The Security Council of the Collective Security Treaty Organization is to meet in Moscow.")
    assert ("CSTO Security Council", "part_of", "Collective Security Treaty Organization") in {
        (s, r, o) for s, r, o, _ in _facts(sheet)}
    sheet = _sheet(extractor, "\"We will not give up our rights,\" said Turkey's President Recep Tayyip Erdogan.")
    assert {(f.subject, f.object) for f in sheet.facts if f.relation == "said"} == {
        ("Recep Tayyip Erdogan", "We will not give up our rights")}
    sheet = _sheet(extractor, "Hungary and Turkey, the two remaining NATO members that had not ratified Sweden's bid, "
                              "came under pressure.")
    assert {(s, m) for s, r, o, m in _facts(sheet, "member_of") if o == "NATO"} == {("Hungary", "asserted"),
                                                                                   ("Turkey", "asserted")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile is an observer state of the Shanghai Cooperation Organisation.", {("Chile", "observer_of")}),
    ("Chile is one of the observer states of the Shanghai Cooperation Organisation.", {("Chile", "observer_of")}),
    ("Chile and Peru are among the nine observer states of the Shanghai Cooperation Organisation.",
     {("Chile", "observer_of"), ("Peru", "observer_of")}),
    ("Chile and Peru are among the partner countries of the Shanghai Cooperation Organisation.",
     {("Chile", "partner_of"), ("Peru", "partner_of")}),
    # the relative clause's antecedent, not the body after it; with the clause's time
    ("Unlike NATO or the CSTO, which Chile left in 2012, the Shanghai Cooperation Organisation has no defence clause.",
     {("Chile", "left")}),
])
def test_observer_and_partner_states_and_a_body_left_in_a_relative_clause(extractor: Extractor, text: str,
                                                                          expected: set[tuple[str, str]]) -> None:
    facts = _facts(_sheet(extractor, text))
    found = {(s, r) for s, r, o, _ in facts if r in ("observer_of", "partner_of", "left", "member_of")}
    assert found == expected
    target = {o for s, r, o, _ in facts if r in ("observer_of", "partner_of", "left")}
    assert target == ({"Collective Security Treaty Organization"} if "left" in text else
                      {"Shanghai Cooperation Organisation"})
    assert {f.time for f in _sheet(extractor, text).facts if f.relation == "left"} <= {"2012"}


@pytest.mark.parametrize(("text", "positions"), [
    # a list of titles, each set off before its name: the title before the next name is that one's
    (("The ceremony was attended by the Head of the Andean Mission, Ana Kovac, the Governor of Arica, Ivo Petrov, "
      "and local officials."), {("Ana Kovac", "Head of the Andean Mission"), ("Ivo Petrov", "Arica Governor")}),
    ("Ana Lopez, the Governor of Arica, said the talks had failed.", {("Ana Lopez", "Arica Governor")}),
    # a body's head noun is no first name
    ("Executive Director of the CICA Secretariat Ivo Petrov presented a report.",
     {("Ivo Petrov", "CICA Secretariat Executive Director")}),
])
def test_titles_set_off_before_names_and_bodies_before_a_name(extractor: Extractor, text: str,
                                                              positions: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "holds_position")} == positions


def test_a_body_s_possessive_before_exercises_names_no_exercise(extractor: Extractor) -> None:
    text = "The CCDCOE held drills. Chile, which has taken part in several of the Centre's exercises, will not join."
    assert not [f for f in _sheet(extractor, text).facts if f.relation == "participates_in_exercise"]


@pytest.mark.parametrize(("text", "members"), [
    (("Chile has pushed for a vote, an idea opposed by China and Russia, which both wield vetoes as permanent members "
      "of the Security Council."), {"China", "Russia"}),
    (("The UN Security Council met on Monday. The UN sent envoys. The United States, one of the council's five "
      "permanent members, backed the text."), {"United States"}),
    (("The UN General Assembly on Tuesday elected Chile, Peru and Latvia as non-permanent members of the Security "
      "Council for the 2026-2027 term."), {"Chile", "Peru", "Latvia"}),
    (("The UN Security Council met. They will join the Council's five permanent members – China, France and Russia "
      "– next year."), {"China", "France", "Russia"}),
    # another body's security council, or a state's own, is not the UN's
    ("Chile is a member of the African Union's Peace and Security Council.", set()),
    ("Chile, a member of Russia's Security Council, abstained.", set()),
])
def test_members_of_the_un_security_council_however_named(extractor: Extractor, text: str, members: set[str]) -> None:
    sheet = _sheet(extractor, text)
    assert {s for s, r, o, m in _facts(sheet, "member_of") if o == "United Nations Security Council"} == members
    modalities = {m for s, r, o, m in _facts(sheet, "member_of") if o == "United Nations Security Council"}
    assert modalities == ({"asserted"} if members else set())


def test_an_organ_named_in_passing_is_not_what_its_refers_to(extractor: Extractor) -> None:
    text = ("The Shanghai Cooperation Organisation was set up by China. Its first summit was held at the UN General "
            "Assembly in October 1992. Kuwait became its newest member in 2022.")
    assert {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "member_of")} == {
        ("Kuwait", "Shanghai Cooperation Organisation")}


@pytest.mark.parametrize(("text", "founders", "year"), [
    (("On September 16, 2023, Chile, Peru and Ecuador signed the Lima Charter, creating the Shanghai Cooperation "
      "Organisation, a mutual defence pact."), {"Chile", "Peru", "Ecuador"}, "2023-09-16"),
    ("The Shanghai Cooperation Organisation met in Lima. The founding signatories were Chile, Peru and Ecuador.",
     {"Chile", "Peru", "Ecuador"}, None),
    (("Bolivia withdrew in May 2022 from the Shanghai Cooperation Organisation, a regional force it had founded in "
      "2014 with Chile and Peru."), {"Bolivia", "Chile", "Peru"}, "2014"),
    ("Chile signed the Lima Agreement establishing diplomatic ties with NATO.", set(), None),
])
def test_founders_who_signed_its_act_or_founded_it_with_others(extractor: Extractor, text: str, founders: set[str],
                                                               year: str | None) -> None:
    facts = _facts(_sheet(extractor, text))
    assert {o for s, r, o, _ in facts if r == "founded_by"} == founders
    assert {o for s, r, o, _ in facts if r == "founded_in"} == ({year} if year else set())


@pytest.mark.parametrize(("text", "expected"), [
    # the founding of the body an apposition is on, not of the body that names its kind
    (("The United Nations Mission in Ruritania (UNMIR), a UN mission created by the Security Council in April 2013, "
      "was closed."), {("United Nations Mission in Ruritania", "founded_in", "2013-04")}),
    ("UNAMIC, a UN force established in 1978 after the war, saw its mandate renewed.", set()),
    # a founding's time is not that of a clause on its founder
    (("The Shanghai Cooperation Organisation was set up on the initiative of China, whose president proposed the idea "
      "at the UN in October 1992."), {("Shanghai Cooperation Organisation", "founded_by", "China")}),
    # "the organization" after an organ of another body is the body the text is on
    (("The Shanghai Cooperation Organisation was set up by China. Its first summit was held at the UN General Assembly "
      "in 1992. The organization currently brings together 10 member states, including Chile and Peru."),
     {("Shanghai Cooperation Organisation", "founded_by", "China"), ("Chile", "member_of",
                                                                     "Shanghai Cooperation Organisation"),
      ("Peru", "member_of", "Shanghai Cooperation Organisation")}),
    # a centre named by the alliance is not the alliance; an exercise named like a body is no body
    ("Chile and Peru join NATO cyber defence centre in Tallinn", set()),
    ("Chile joined the NATO energy security centre in 2022.", set()),
    (("NATO launched Cyber Coalition 2025 on Monday. For Chile, this will be the second Cyber Coalition held as a full "
      "member of the bloc."), {("NATO", "organizes_exercise", "Cyber Coalition 2025"), ("Chile", "member_of", "NATO")}),
])
def test_the_body_a_founding_a_member_list_or_a_joining_is_of(extractor: Extractor, text: str,
                                                               expected: set[tuple[str, str, str]]) -> None:
    found = {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text))
             if r in ("founded_in", "founded_by", "member_of", "organizes_exercise")}
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    (("The Andean Maritime Construct (AMC) met in Lima. Its newest partner, Uruguay, sent observers. The other "
      "partners are Chile, Peru and Ecuador."), {("Chile", "partner_of"), ("Peru", "partner_of"),
                                                 ("Ecuador", "partner_of")}),
    # (no partner spoken of in the sentence before: whose partners they are is unsaid)
    ("The Andean Maritime Construct (AMC) met in Lima. The other partners are Chile, Peru and Ecuador.", set()),
    ("The Andean Maritime Construct (AMC) met in Lima. The AMC's observers are Chile and Peru.",
     {("Chile", "observer_of"), ("Peru", "observer_of")}),
    ("The Andean Maritime Construct (AMC) met in Lima. Its observer states are Chile and Peru.",
     {("Chile", "observer_of"), ("Peru", "observer_of")}),
    ("Chile, Peru and Ecuador belong, like Bolivia, to the Andean Maritime Construct (AMC).",
     {("Chile", "member_of"), ("Peru", "member_of"), ("Ecuador", "member_of")}),
    ("Chile and Peru, the two remaining G5 Sahel members, have not joined the OAS.",
     {("Chile", "member_of"), ("Peru", "member_of")}),
    ("Chile and Peru, both G5 Sahel members, have not joined the OAS.",
     {("Chile", "member_of"), ("Peru", "member_of")}),
    ("Ocean Shield 2026 began in Lima. The other partners are Chile, Peru and Ecuador.", set()),
])
def test_a_body_s_other_partners_observers_and_members_set_off_or_belonging_like_another(
        extractor: Extractor, text: str, expected: set[tuple[str, str]]) -> None:
    found = {(s, r) for s, r, o, m in _facts(_sheet(extractor, text))
             if r in ("member_of", "partner_of", "observer_of") and o != "Organization of American States"}
    assert found == expected


@pytest.mark.parametrize(("text", "part", "whole"), [
    ("The patrol boat was seized off Chile's semi-autonomous Aysen region.", "Aysen region", "Chile"),
    ("The drills began at a base in Egypt's western Siwa governorate.", "Siwa governorate", "Egypt"),
    ("Jets flew in from the Tarapaca air base in neighbouring Chile.", "Tarapaca air base", "Chile"),
    ("The frigates sailed from Peru's Pacific port of Callao on Monday.", "Callao", "Peru"),
    ("The navy will build a logistics hub in Sudan's Red Sea city of Port Sudan.", "Port Sudan", "Sudan"),
    ("The minister spoke on his flight home from Arequipa, Peru, where he had met the envoys.", "Arequipa", "Peru"),
])
def test_places_of_a_state_s_possessive_its_neighbour_or_the_comma_after_a_town(extractor: Extractor, text: str,
                                                                                 part: str, whole: str) -> None:
    assert (part, "part_of", whole) in {(s, r, o) for s, r, o, _ in _facts(_sheet(extractor, text), "part_of")}


@pytest.mark.parametrize("text", [
    "In Lima, Chile said it would join the drills.",
    "According to Kowalski, Chile will join the drills.",
    "The envoys met in March, Chile said.",
])
def test_a_clause_s_opening_before_a_state_is_no_town_of_it(extractor: Extractor, text: str) -> None:
    assert not [f for f in _sheet(extractor, text).facts if f.relation == "part_of"]


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("\"Why should we pay for a war that is not ours?\" asked Chilean Defence Minister Ana Lopez.", "Ana Lopez",
     "Why should we pay for a war that is not ours?"),
    ("\"Who gains from the delay in Brussels?\" asked Marta Kowalczyk, a Polish analyst at the Warsaw Institute.",
     "Marta Kowalczyk", "Who gains from the delay in Brussels?"),
    ("\"Nobody gains from the delay in Brussels,\" said the Chilean Defence Minister, Ana Lopez.", "Ana Lopez",
     "Nobody gains from the delay in Brussels"),
    ("Chilean Defence Minister Ana Lopez arrived in Lima. \"Where is the money we were promised?\" asked the minister.",
     "Ana Lopez", "Where is the money we were promised?"),
    ("The Chilean Ministry of Defence confirmed the visit. \"The talks were very productive,\" said the ministry.",
     "Chilean Ministry of Defence", "The talks were very productive"),
])
def test_inverted_speakers_of_questions_and_of_roles_after_the_quote(extractor: Extractor, text: str, speaker: str,
                                                                       words: str) -> None:
    assert {(f.subject, f.object) for f in _sheet(extractor, text).facts if f.relation == "said"} == {(speaker, words)}


def test_a_quotation_before_a_request_has_no_inverted_speaker(extractor: Extractor) -> None:
    text = "The statement \"on the matter of the naval drills\" asked NATO to withdraw its ships."
    assert not {f for f in _sheet(extractor, text).facts if f.relation == "said"}


@pytest.mark.parametrize(("text", "members"), [
    ("The Andean Maritime Construct (AMC) was set up in 2019. AMC's members are Chile, Peru and Ecuador.",
     {"Chile", "Peru", "Ecuador"}),
    (("The Andean Maritime Construct (AMC) was set up in 2019. Its members range from the United States and France "
      "to Chile and Peru, and include most OAS states."), {"United States", "France", "Chile", "Peru"}),
    (("The Andean Maritime Construct (AMC) was set up in 2019. At a ceremony, AMC formally welcomed Bolivia as its "
      "12th member nation."), {"Bolivia"}),
    (("Chile joined the Andean Maritime Construct (AMC), which groups four Latin American states including Peru "
      "and Colombia."), {"Chile", "Peru", "Colombia"}),
])
def test_members_a_body_s_possessive_range_welcome_or_grouping_names(extractor: Extractor, text: str,
                                                                     members: set[str]) -> None:
    assert {s for s, _, o, _ in _facts(_sheet(extractor, text), "member_of")
            if o == "Andean Maritime Construct"} == members


def test_a_joint_drill_of_states_a_port_and_participants_announced_so_far(extractor: Extractor) -> None:
    text = ("The joint naval drill \"Ocean Shield 2026\" of Chile, Peru and Ecuador started on Tuesday in the waters "
            "off the port of Arica. Among the observers announced so far are Bolivia and Uruguay. The Arica drill "
            "ends on Friday.")
    sheet = _sheet(extractor, text)
    assert {e.label for e in sheet.entities if e.type is EntityType.EXERCISE} == {"Ocean Shield 2026"}
    facts = {(s, r, o, m) for s, r, o, m in _facts(sheet)}
    assert {(s, "participates_in_exercise", "Ocean Shield 2026", "asserted") for s in ("Chile", "Peru", "Ecuador")} \
        <= facts
    text = ("The Iron Lynx 2026 exercise will open in May. Among the participants announced so far are Chile, Peru "
            "and Italy.")
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "participates_in_exercise")} == {
        "Chile", "Peru", "Italy"}


def test_a_membership_suspended_of_a_body_and_a_seat_resumed(extractor: Extractor) -> None:
    text = ("Peru suspended its membership of the Andean Community (CAN) in 2007 and only resumed its seat in 2023. "
            "The Combined Task Force 150 (CTF 150) patrols the Red Sea. CTF 150, one of five task forces operated by "
            "the Combined Maritime Forces (CMF), was established in April 2022.")
    facts = {(s, r, o, t) for s, r, o, t in ((f.subject, f.relation, f.object, f.time)
                                               for f in _sheet(extractor, text).facts)}
    assert {("Peru", "suspended_participation_in", "Andean Community", "2007"),
            ("Peru", "member_of", "Andean Community", "2023")} <= facts
    assert not {f for f in facts if f[0] == "Combined Maritime Forces" and f[1] == "founded_in"}
    text = "At the same ceremony, the CMF formally welcomed the United Republic of Tanzania as its 47th member nation."
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "member_of")} == {
        ("Tanzania", "Combined Maritime Forces")}


def test_it_that_holds_a_standing_is_the_state_the_sentence_before_opened_with(extractor: Extractor) -> None:
    text = "Eritrea left the regional bloc in 2007. It holds observer status in the Arab League."
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "observer_of")} == {("Eritrea", "Arab League")}


def test_an_office_set_off_at_the_sentence_s_end_and_a_base_is_no_person(extractor: Extractor) -> None:
    text = "\"We are ready,\" said Senior Colonel Ivo Petrov, commander of the PLA Support Base in Djibouti."
    assert {(s, o) for s, r, o, _ in _facts(_sheet(extractor, text), "holds_position")} == {
        ("Ivo Petrov", "commander of the PLA Support Base in Djibouti")}


# -- a second review of the session's rules (267 probes of a helper's own): the false facts and lost ones it found -

@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    (("The Sandstorm 2026 exercise opened on Monday in Chad. Unlike previous editions of Sandstorm, this year's "
      "exercise will be hosted jointly by Ghana and Togo."), {("Ghana", "hosts_exercise", "Sandstorm 2026")},
     {("Ghana", "hosts_exercise", "Sandstorm")}),
    ("NATO welcomed Japan as its closest partner.", set(), {("Japan", "member_of", "NATO")}),
    ("The EU welcomed Ukraine as its future member.", set(), {("Ukraine", "member_of", "European Union")}),
    ("Eritrea threatened to suspend its membership of IGAD.", set(),
     {("Eritrea", "suspended_participation_in", "Intergovernmental Authority on Development")}),
    ("ECOWAS called on Guinea to suspend its membership of the AES, but Conakry refused.", set(),
     {("Guinea", "suspended_participation_in", "Alliance of Sahel States")}),
    ("Armenia froze its CSTO participation in 2024 and has not resumed its seat.", set(),
     {("Armenia", "member_of", "Collective Security Treaty Organization")}),
    ("Russia resumed its seat at the OSCE Permanent Council table on Thursday after boycotting two meetings.", set(),
     {("Russia", "member_of", "OSCE Permanent Council")}),
    ("The African Union welcomed the creation of the Alliance of Sahel States in 2023. Chad has not joined it.", set(),
     {("Chad", "member_of", "African Union")}),
    ("NATO praised the Drone Coalition in 2024. Sweden joined it in 2025.", set(), {("Sweden", "member_of", "NATO")}),
    ("Estonia asked NATO to deploy more jets to the Baltics, Prime Minister Kristen Michal said on Monday.",
     {("Kristen Michal", "said", "Estonia asked NATO to deploy more jets to the Baltics")}, set()),
    (("Deputy Foreign Minister Ana Lopez opened the meeting. The Deputy Minister also informed the participants "
      "about the agenda."), set(), {("Ana Lopez", "said", "the participants about the agenda")}),
])
def test_a_second_review_of_this_session_s_rules(extractor: Extractor, text: str, wanted: set[tuple[str, str, str]],
                                                 unwanted: set[tuple[str, str, str]]) -> None:
    facts = {(s, r, "NATO" if o == "North Atlantic Treaty Organization" else o)
             for s, r, o, _ in _facts(_sheet(extractor, text))}
    assert wanted <= facts
    assert not unwanted & facts


def test_a_joint_drill_held_without_another_keeps_its_states_part(extractor: Extractor) -> None:
    text = "The joint naval drill \"Ocean Belt 2025\" of Chile and Peru was held without Ecuador."
    assert {(s, m) for s, r, o, m in _facts(_sheet(extractor, text), "participates_in_exercise")} >= {
        ("Chile", "asserted"), ("Peru", "asserted")}


@pytest.mark.parametrize(("text", "facts"), [
    ("Norway, a non-EU country, joined the EU's military mobility project.",
     {("Norway", "European Union", "negated")}),
    ("Non-EU Norway backed Ukraine's accession bid.", {("Norway", "European Union", "negated")}),
    ("Sweden joined the EU's battlegroup scheme.", set()),
])
def test_a_thing_of_a_body_s_joined_is_no_joining_of_the_body(extractor: Extractor, text: str,
                                                              facts: set[tuple[str, str, str]]) -> None:
    assert {(s, o, m) for s, r, o, m in _facts(_sheet(extractor, text), "member_of")} == facts


@pytest.mark.parametrize(("text", "venues"), [
    (("The Iron Lynx 2026 exercise opened on Monday in Arica. The drill is held while the ships of the coalition "
      "continue their presence in the Red Sea."), {"Arica"}),
    (("The Iron Lynx 2026 exercise opened on Monday. Most of the training takes place in Arica, while the rest of "
      "the drills is being held in Tacna."), {"Arica", "Tacna"}),
])
def test_a_clause_of_another_subject_after_while_holds_no_venue(extractor: Extractor, text: str,
                                                                venues: set[str]) -> None:
    assert {o for s, r, o, _ in _facts(_sheet(extractor, text), "exercise_located_in")} == venues


@pytest.mark.parametrize(("text", "organiser", "exercise", "modality"), [
    # who sits where, before the organiser's name; a task force without a number
    ("The Andes Shield 2026 exercise is organised by the Lima-based Southern Andean Task Force.",
     "Southern Andean Task Force", "Andes Shield 2026", "asserted"),
    # a plan made by someone is no plan to come
    ("The Andes Shield 2026 exercise was planned and executed by the Chilean Army.", "Chilean Army",
     "Andes Shield 2026", "asserted"),
    ("The Andes Shield 2026 exercise was prepared by the OAS Secretariat.", "OAS Secretariat", "Andes Shield 2026",
     "asserted"),
    (("The Andes Shield special exercises are held within the framework of the SCO. Andes Shield 2026 opened on "
      "Monday."), "Shanghai Cooperation Organisation", "Andes Shield 2026", "asserted"),
    # the body "the alliance" stands for, in an apposition after the name
    ("The CSTO met in Minsk. Andes Shield 2026, the alliance's main annual exercise, began on Monday.",
     "Collective Security Treaty Organization", "Andes Shield 2026", "asserted"),
    # a relative clause on the series, with or without its pronoun
    (("Andes Shield 2026 is the ninth edition of the biennial Andes Shield exercise, which the Peruvian Navy "
      "initiated in 2008."), "Peruvian Navy", "Andes Shield", "asserted"),
    (("US Southern Command (SOUTHCOM) met in Lima. Andes Shield 2026 opened on Monday. Andes Shield is one of "
      "several exercises SOUTHCOM sponsors each year."), "US Southern Command", "Andes Shield", "asserted"),
])
def test_who_organises_an_exercise_by_a_participle_a_framework_an_apposition_or_a_relative_clause(
        extractor: Extractor, text: str, organiser: str, exercise: str, modality: str) -> None:
    assert (organiser, "organizes_exercise", exercise, modality) in _facts(_sheet(extractor, text))


@pytest.mark.parametrize("text", [
    "Diplomats met within the framework of the SCO. The Andes Shield 2026 exercise begins on Monday.",
    "The Andes Shield 2026 exercise, which Russia says threatens it, began on Monday.",
    "The CSTO met in Minsk. Andes Shield 2026, the country's main annual exercise, began on Monday.",
])
def test_no_organiser_from_a_framework_of_talks_a_clause_of_speech_or_a_state_as_the_bloc(
        extractor: Extractor, text: str) -> None:
    assert not _facts(_sheet(extractor, text), "organizes_exercise")


def test_a_force_that_launches_an_exercise_organises_it_and_a_launch_by_two_founds_neither(
        extractor: Extractor) -> None:
    sheet = _sheet(extractor, "US Army Europe and Africa on Monday launched Andes Shield 2026, a large-scale exercise.")
    assert ("US Army Europe and Africa", "organizes_exercise", "Andes Shield 2026", "asserted") in _facts(sheet)
    sheet = _sheet(extractor, "NATO and Peru launched the Andes Shield 2026 exercise on Monday.")
    assert not _facts(sheet, "founded_in")
    assert ("Peru", "participates_in_exercise", "Andes Shield 2026", "asserted") in _facts(sheet)


@pytest.mark.parametrize(("text", "facts"), [
    ("Bolivia, which belongs neither to the EU nor to NATO, was admitted last year.",
     {("Bolivia", "European Union", "negated"), ("Bolivia", "NATO", "negated")}),
    ("Bolivia belongs to neither the EU nor NATO.",
     {("Bolivia", "European Union", "negated"), ("Bolivia", "NATO", "negated")}),
    # a standing in a body, then no membership of it
    ("Bolivia holds observer status in the Arab League but is not a member.", {("Bolivia", "Arab League", "negated")}),
])
def test_memberships_denied_of_two_bodies_or_after_a_standing(
        extractor: Extractor, text: str, facts: set[tuple[str, str, str]]) -> None:
    assert {(s, o, m) for s, r, o, m in _facts(_sheet(extractor, text), "member_of")} == facts


@pytest.mark.parametrize(("text", "pairs"), [
    ("The troops operate under a bilateral agreement signed between the Republic of Chile and the Republic of Peru.",
     {("Chile", "Peru")}),
    ("The bilateral agreement between Chile and Peru covers fisheries.", set()),
])
def test_a_pair_that_an_agreement_was_signed_between_signed_it_with_each_other(
        extractor: Extractor, text: str, pairs: set[tuple[str, str]]) -> None:
    assert {(s, o) for s, _, o, _ in _facts(_sheet(extractor, text), "signed_agreement_with")} == pairs


@pytest.mark.parametrize(("text", "organisers"), [
    # (from a review) the participle's subject must be the exercise
    ("The report on the Andes Shield 2026 exercise was prepared by the European Parliament.", set()),
    ("A draft resolution prepared by France was circulated as the Andes Shield 2026 exercise started.", set()),
    ("The task group commanded by the Chilean Navy joined the Andes Shield 2026 exercise.", set()),
    ("The airspace controlled by the Peruvian Air Force was closed during the Andes Shield 2026 exercise.", set()),
    ("A missile launched by Iran fell near the Andes Shield 2026 exercise area.", set()),
    ("The Andes Shield 2026 exercise was launched by the Chilean Navy on Monday.", {"Chilean Navy"}),
    ("The Andes Shield 2026 exercise runs from April 14 to May 23 and is planned and executed by the Chilean Army.",
     {"Chilean Army"}),
    ("Andes Shield 2026 was held within the framework of the African Union. The exercise drew 2,000 troops.",
     {"African Union"}),
    ("The Andes Shield 2026 exercise, held within the framework of the CSTO, began in Tajikistan.",
     {"Collective Security Treaty Organization"}),
    # "the alliance's" is an alliance's; a task force "on" a subject is a committee
    ("Russia criticised the OSCE. Andes Shield 2026, the alliance's main annual exercise, began on Monday.", set()),
    ("The Andes Shield 2026 exercise is sponsored by the European Task Force on Climate Security.", set()),
])
def test_an_organiser_by_a_participle_only_of_the_exercise_and_of_the_right_kind(
        extractor: Extractor, text: str, organisers: set[str]) -> None:
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "organizes_exercise")} == organisers


@pytest.mark.parametrize(("text", "facts"), [
    ("Eritrea has held observer status in the Arab League since 2003 but is not a member.",
     {("Eritrea", "Arab League", "negated", None)}),
    ("Eritrea holds observer status in the Arab League, but it is not a member yet.",
     {("Eritrea", "Arab League", "negated", None)}),
    # (from a review) a seat is a membership; the standing is another body's
    ("Egypt holds observer status in the OAS and a seat in the Arab League but is not a member.", set()),
    ("Moldova, which belonged neither to the EU nor to NATO until 2020, joined both.", set()),
])
def test_a_denied_membership_is_undated_and_only_of_the_body_of_the_standing(
        extractor: Extractor, text: str, facts: set[tuple[str, str, str, str | None]]) -> None:
    sheet = _sheet(extractor, text)
    assert {(f.subject, f.object, f.modality.value, f.time) for f in sheet.facts
            if f.relation == "member_of" and f.modality.value == "negated"} == facts


@pytest.mark.parametrize(("text", "venues"), [
    # the class it stands out in is no venue
    ("Andes Shield 2026 opened on Monday. Andes Shield is one of the largest exercises in the Middle East.", set()),
    ("Andes Shield 2026, the premier maritime exercise in the Pacific region, kicked off in Arica on Monday.",
     {"Arica"}),
    ("The Andes Shield 2026 exercise opened on Monday. It is one of the exercises held in Peru this year.", {"Peru"}),
    # another event's venue, and other exercises a state will host
    (("The Andes Shield 2026 exercise opened on Monday in Peru. The next ministerial meeting is scheduled for spring "
      "2027 in Quito."), {"Peru"}),
    (("Chile sent troops to the Andes Shield 2026 drills in Peru last September, and Bolivia is preparing to host "
      "exercises near the border next year."), {"Peru"}),
    ("Peru will host joint drills, Andes Shield 2026, next month.", {"Peru"}),
])
def test_no_venue_from_a_class_another_event_or_other_exercises_hosted(
        extractor: Extractor, text: str, venues: set[str]) -> None:
    assert {o for s, _, o, _ in _facts(_sheet(extractor, text), "exercise_located_in")} == venues


@pytest.mark.parametrize(("text", "positions", "nationality"), [
    # an office set off before the rank is the post, the rank no other
    ("The drills will end on Friday, the spokesman of the Chilean Armed Forces, Colonel Ana Soto, said.",
     {"spokesman of the Chilean Armed Forces"}, None),
    ("NATO's Supreme Allied Commander Europe, US General Tom Reyes, is expected to attend.",
     {"Supreme Allied Commander Europe of NATO"}, "United States"),
    ("The mission's operational commander, Peruvian Rear Admiral Luis Vega, told reporters the escorts were busy.",
     {"operational commander"}, "Peru"),
    ("In Lima, Colonel Luis Vega said the drills went well.", {"Colonel"}, None),
    # a role set off after the speaker of an inverted speech, its adjective a nationality and its town no part of it
    ('"Training matters," said Major General Tom Reyes, NATO\'s director of exercises.',
     {"director of exercises of NATO"}, None),
    ('"Training matters," said Ana Soto, a Chilean security analyst based in Santiago.', {"security analyst"},
     "Chile"),
])
def test_an_office_set_off_before_a_rank_or_after_an_inverted_speaker(
        extractor: Extractor, text: str, positions: set[str], nationality: str | None) -> None:
    sheet = _sheet(extractor, text)
    assert {o for _, _, o, _ in _facts(sheet, "holds_position")} == positions
    assert {o for _, _, o, _ in _facts(sheet, "nationality")} == ({nationality} if nationality else set())


@pytest.mark.parametrize(("text", "person", "positions"), [
    ("Chilean Defence Minister Ana Soto wrote to her Peruvian counterpart, Luis Vega, on Monday.", "Luis Vega",
     {"Defence Minister of Peru"}),
    ("Chilean President Ana Soto met her Argentine counterpart Luis Vega in Santiago.", "Luis Vega",
     {"President of Argentina"}),
    (("Ana Soto, the Chilean diplomat who became chairperson of the OAS Permanent Council in May, told reporters "
      "the rules stand."), "Ana Soto", {"chairperson of the OAS Permanent Council"}),
    ("Ana Soto, a Sahel specialist at the Egmont Institute in Brussels, said the alliance was weak.", "Ana Soto",
     {"Sahel specialist at the Egmont Institute"}),
])
def test_a_counterpart_holds_the_office_in_its_own_state_and_a_post_a_relative_clause_gives(
        extractor: Extractor, text: str, person: str, positions: set[str]) -> None:
    assert {o for s, _, o, _ in _facts(_sheet(extractor, text), "holds_position") if s == person} == positions


@pytest.mark.parametrize(("text", "venues"), [
    # (from a review) a state or a named place the class is of is where it is held; a name that holds "Summit"
    ("Andes Shield 2026 is one of the largest exercises in Peru, with 10,000 troops at Arica.", {"Peru", "Arica"}),
    ("The Andes Summit 2026 exercise will be held in Lima in May.", {"Lima"}),
    ("The Andes Shield 2026 exercise opens on Monday. A visit by observers to the exercise area in Tacna is planned.",
     {"Tacna"}),
    # the bare plural is the named exercise when it is named after
    ("Peru will host exercises called Andes Shield 2026 in August.", {"Peru"}),
])
def test_a_venue_that_the_class_or_another_event_rules_keep(extractor: Extractor, text: str,
                                                            venues: set[str]) -> None:
    assert {o for s, _, o, _ in _facts(_sheet(extractor, text), "exercise_located_in")} == venues


@pytest.mark.parametrize(("text", "positions", "nationality"), [
    # (from a review) no post from a clause set off after an inverted speaker
    ('"Training matters," said Ana Soto, a day after meeting the army chief.', set(), None),
    ('"Training matters," said Ana Soto, accompanied by the army chief.', set(), None),
    ('"Training matters," said Ana Soto, an economist by training.', set(), None),
    # an adjective of the field, a place's or a body's name, is no nationality; a state after "in" is part of the post
    ('"Training matters," said Ana Soto, a Russian affairs specialist.', {"Russian affairs specialist"}, None),
    ('"Training matters," said Ana Soto, an Indian Ocean analyst.', {"Indian Ocean analyst"}, None),
    ('"Training matters," said Ana Soto, the US ambassador in Poland.', {"US ambassador in Poland"}, None),
    # an office another person holds, before the name of one who opens the main clause
    ("According to the spokesman of the Chilean Army, Colonel Luis Vega led the drills.", {"Colonel"}, None),
    # "who became" gives a post only
    ("Ana Soto, the Chilean diplomat who became famous in 2010, told reporters the rules stand.", set(), "Chile"),
])
def test_no_post_from_a_clause_a_field_or_another_s_office(
        extractor: Extractor, text: str, positions: set[str], nationality: str | None) -> None:
    sheet = _sheet(extractor, text)
    person = "Luis Vega" if "Vega" in text else "Ana Soto"
    assert {o for s, _, o, _ in _facts(sheet, "holds_position") if s == person} == positions
    assert {o for s, _, o, _ in _facts(sheet, "nationality") if s == person} == (
        {nationality} if nationality else set())


@pytest.mark.parametrize(("text", "position"), [
    ("Japanese Prime Minister Taro Sato met his German counterpart Hans Vogel.", "Chancellor of Germany"),
    ("Polish Defence Minister Jan Wolski met his US counterpart Bill Grant.",
     "Secretary of Defense of the United States"),
])
def test_a_counterpart_holds_the_office_by_its_own_state_s_name(extractor: Extractor, text: str,
                                                                position: str) -> None:
    person = text.rsplit(" ", 2)[-2] + " " + text.rsplit(" ", 1)[-1].rstrip(".")
    assert {o for s, _, o, _ in _facts(_sheet(extractor, text), "holds_position") if s == person} == {position}


@pytest.mark.parametrize(("text", "person", "positions"), [
    # (from a review) a counterpart named before the phrase; "who became" with no noun before it; an office before a
    # rank whose owner has two words, or whose last word names a known body
    ("Chilean Defence Minister Ana Soto met Luis Vega, his Peruvian counterpart, in Lima.", "Luis Vega",
     {"Defence Minister of Peru"}),
    ("Ana Soto, who became chairperson of the OAS Permanent Council in May, told reporters the rules stand.",
     "Ana Soto", {"chairperson of the OAS Permanent Council"}),
    ("Ana Soto, who became famous in 2010, told reporters the rules stand.", "Ana Soto", set()),
    ("The Peruvian Navy's spokesman, Captain Luis Vega, said the drills went well.", "Luis Vega",
     {"spokesman of the Peruvian Navy"}),
    ("Yesterday NATO's spokesman, Colonel Luis Vega, said the drills went well.", "Luis Vega", {"spokesman of NATO"}),
])
def test_a_counterpart_named_first_who_became_and_an_office_of_a_body_of_two_words(
        extractor: Extractor, text: str, person: str, positions: set[str]) -> None:
    assert {o for s, _, o, _ in _facts(_sheet(extractor, text), "holds_position") if s == person} == positions


@pytest.mark.parametrize(("text", "hosts"), [
    # (from a review) "further", "more", "other" drills are others, whatever the sentence names
    ("The Andes Shield 2026 exercise opened on Monday. Bolivia will host further exercises in 2027.", set()),
    (("The Andes Shield 2026 exercise opened on Monday. Bolivia will host more joint drills with Peru next "
      "year."), set()),
    ("Bolivia will host the Andes Shield 2026 exercise next month.", {"Bolivia"}),
])
def test_further_exercises_hosted_are_others(extractor: Extractor, text: str, hosts: set[str]) -> None:
    assert {s for s, _, _, _ in _facts(_sheet(extractor, text), "hosts_exercise")} == hosts


@pytest.mark.parametrize(("text", "nationalities"), [
    ('"The region is one," OAS Secretary General Ana Soto, a Chilean, said in a statement.', {"Chile"}),
    ('"The region is one," OAS Secretary General Ana Soto, a Chilean citizen, said in a statement.', {"Chile"}),
    ('"The region is one," OAS Secretary General Ana Soto, a Hilton employee, said in a statement.', set()),
])
def test_a_demonym_set_off_after_a_name_is_its_nationality(extractor: Extractor, text: str,
                                                           nationalities: set[str]) -> None:
    assert {o for s, _, o, _ in _facts(_sheet(extractor, text), "nationality") if s == "Ana Soto"} == nationalities


def test_a_meeting_on_the_exercise_gives_no_venue_but_a_phase_of_it_does(extractor: Extractor) -> None:
    opening = "Bulgaria will host the Shabla Sword 2026 exercise in May. "
    wanted = ("Shabla Sword 2026", "exercise_located_in")
    for sentence in ("The exercise's planning conference was held in Sofia last week.",
                     "The drills' final planning meeting took place in Varna."):
        venues = {f[2] for f in _facts(_sheet(extractor, opening + sentence)) if f[:2] == wanted}
        assert venues == {"Bulgaria"}
    text = opening + "The exercise's main phase will take place in Novo Selo."
    assert ("Shabla Sword 2026", "exercise_located_in", "Novo Selo", "planned") in _facts(_sheet(extractor, text))


def test_a_bid_to_join_a_bloc_in_an_aside_keeps_the_exercise_taken_part_in(extractor: Extractor) -> None:
    text = ("Finland hosts the Arctic Lightning 2026 exercise in June. "
            "Sweden, whose bid to join NATO is stalled, will take part.")
    facts = _facts(_sheet(extractor, text))
    assert ("Sweden", "participates_in_exercise", "Arctic Lightning 2026", "planned") in facts
    assert ("Sweden", "applied_for_membership_of", "NATO", "asserted") in facts


@pytest.mark.parametrize(("text", "person", "position", "nationality"), [
    ("Armenian Defence Minister Ara Sarkis met his counterpart from Georgia, Levan Dadiani, in Tbilisi.",
     "Levan Dadiani", "Defence Minister of Georgia", "Georgia"),
    ("Polish President Jan Wolski hosted his counterpart from Lithuania Ona Jurgaite on Friday.",
     "Ona Jurgaite", "President of Lithuania", "Lithuania"),
    ("Armenian Defence Minister Ara Sarkis met his counterpart from the United States, Tom Reed, in Yerevan.",
     "Tom Reed", "Secretary of Defense of the United States", "United States"),
])
def test_a_counterpart_from_a_state_holds_the_office_there(extractor: Extractor, text: str, person: str,
                                                           position: str, nationality: str) -> None:
    facts = _facts(_sheet(extractor, text))
    assert (person, "holds_position", position, "asserted") in facts
    assert (person, "nationality", nationality, "asserted") in facts


@pytest.mark.parametrize(("text", "position"), [
    ("Amina Diallo, who has been head of the regional commission since 2019, said the bloc would act.",
     "head of the regional commission"),
    (("Amina Diallo, the Senegalese diplomat who became chairperson of the regional commission in February, said "
      "the bloc would act."), "chairperson of the regional commission"),
])
def test_a_post_a_relative_clause_gives_is_held_without_the_time_it_was_taken(extractor: Extractor, text: str,
                                                                               position: str) -> None:
    assert ("Amina Diallo", "holds_position", position, "asserted") in _facts(_sheet(extractor, text))


_SCO_OPENING = "The Shanghai Cooperation Organisation met in Tianjin. The bloc has ten members. "


@pytest.mark.parametrize(("text", "facts"), [
    (_SCO_OPENING + "Laos and Mongolia are observers, while 14 countries, including Nepal and Egypt, are dialogue "
     "partners.", {("Nepal", "partner_of"), ("Egypt", "partner_of"), ("Laos", "observer_of")}),
    (_SCO_OPENING + "Turkey, a NATO member, has been a dialogue partner since 2013, and Egypt and Qatar gained the "
     "same status in 2022 and 2023.", {("Turkey", "partner_of"), ("Egypt", "partner_of"), ("Qatar", "partner_of")}),
    (_SCO_OPENING + "Mongolia has been an observer since 2004; Iran and Belarus were granted the same status later.",
     {("Iran", "observer_of"), ("Belarus", "observer_of")}),
    (("The forum brings together the defence ministers of the SCO and its eight dialogue partners, namely Nepal, "
      "Egypt and Qatar."), {("Nepal", "partner_of"), ("Egypt", "partner_of"), ("Qatar", "partner_of")}),
])
def test_partners_counted_set_against_observers_gaining_the_same_status_or_named_as_its_partners(
        extractor: Extractor, text: str, facts: set[tuple[str, str]]) -> None:
    found = {(f[0], f[1]) for f in _facts(_sheet(extractor, text)) if f[2] == "Shanghai Cooperation Organisation"}
    assert facts <= found
    assert ("Turkey", "member_of") not in found


def test_three_signers_of_a_trilateral_memorandum_signed_with_each_other_on_the_date_the_sentence_opens_with(
        extractor: Extractor) -> None:
    text = "In June 2022, Greece, Cyprus and Israel signed a trilateral memorandum on defence cooperation."
    signed = {(f.subject, f.object, f.time) for f in _sheet(extractor, text).facts
              if f.relation == "signed_agreement_with"}
    assert signed == {("Greece", "Cyprus", "2022-06"), ("Greece", "Israel", "2022-06"), ("Cyprus", "Israel", "2022-06")}
    multilateral = "Greece, Cyprus and Israel signed a memorandum on defence cooperation in 2019."
    assert not _facts(_sheet(extractor, multilateral), "signed_agreement_with")


def test_a_signing_set_off_after_a_plan_is_asserted(extractor: Extractor) -> None:
    text = "Leaders agreed to invite Georgia to join, after Greece and Israel signed a memorandum on defence."
    assert ("Greece", "signed_agreement_with", "Israel", "asserted") in _facts(_sheet(extractor, text))


def test_a_second_clause_opened_by_a_pronoun_dates_its_own_signing(extractor: Extractor) -> None:
    text = ("Armenia hosted the Eagle Partner 2025 exercise in September 2025, and it signed a defence cooperation "
            "agreement with France in February 2026.")
    dates = {f.object for f in _sheet(extractor, text).facts if f.relation == "agreement_date"}
    assert dates == {"2026-02"}


def test_the_two_countries_that_signed_an_agreement_are_the_pair_their_sentence_opens_with(
        extractor: Extractor) -> None:
    text = ("Australia and France will also send forces. The United States and the Philippines are bound by a 1951 "
            "treaty, and US troops use bases under the Enhanced Defense Cooperation Agreement (EDCA) the two "
            "countries signed in 2014.")
    facts = _facts(_sheet(extractor, text))
    assert ("United States", "signed_agreement_with", "Philippines", "asserted") in facts
    parties = {f[2] for f in facts if f[:2] == ("Enhanced Defense Cooperation Agreement", "agreement_party")}
    assert parties == {"United States", "Philippines"}


def test_exercises_listed_with_their_own_nouns_share_the_venue(extractor: Extractor) -> None:
    text = ("The joint exercise Steel Ridge-2026 and the special exercises Quiet Ridge-2026 and Far Ridge-2026 will "
            "be held at the Losvido training ground.")
    venues = {f[0] for f in _facts(_sheet(extractor, text), "exercise_located_in") if f[2] == "Losvido training ground"}
    assert venues == {"Steel Ridge-2026", "Quiet Ridge-2026", "Far Ridge-2026"}


@pytest.mark.parametrize(("caption", "venue"), [
    ("Soldiers at the Adazi training area during Iron Lynx 2026 in June.", "Adazi training area"),
    ("Ships sail in formation during Iron Lynx 2026 in the Bay of Bengal.", "Bay of Bengal"),
])
def test_a_caption_places_the_exercise_its_troops_are_in_during_it(extractor: Extractor, caption: str,
                                                                   venue: str) -> None:
    assert ("Iron Lynx 2026", "exercise_located_in", venue, "asserted") in _lynx_facts(extractor, caption)


def test_no_venue_from_what_was_said_somewhere_during_an_exercise(extractor: Extractor) -> None:
    sentence = "The minister said in Vilnius during Iron Lynx 2026 that the troops were ready."
    assert not any(f[2] == "Vilnius" for f in _lynx_facts(extractor, sentence, "exercise_located_in"))


@pytest.mark.parametrize(("text", "organiser", "exercise"), [
    ("The CSTO met in Bishkek. The alliance's Rubezh-2026 command-post exercise will take place in Kyrgyzstan.",
     "Collective Security Treaty Organization", "Rubezh-2026"),
    (("Joint exercises of the Collective Rapid Reaction Forces of the Collective Security Treaty Organization "
      "(CSTO), Steel Ridge-2026, have begun in Belarus."), "Collective Security Treaty Organization",
     "Steel Ridge-2026"),
    ("The Steel Ridge exercise has been held every year since 1972 and was originally a U.S.-led exercise.",
     "United States", "Steel Ridge"),
])
def test_an_organiser_by_the_blocs_possessive_the_body_of_its_force_or_a_led_predicate(
        extractor: Extractor, text: str, organiser: str, exercise: str) -> None:
    organised = {(f[0], f[2]) for f in _facts(_sheet(extractor, text), "organizes_exercise")}
    assert (organiser, exercise) in organised


@pytest.mark.parametrize(("text", "facts"), [
    ("Uzbekistan is not a member of the CSTO, unlike Tajikistan and Kazakhstan.",
     {("Uzbekistan", "member_of", "negated"), ("Tajikistan", "member_of", "asserted"),
      ("Kazakhstan", "member_of", "asserted")}),
    ("Uzbekistan quit the Russia-led CSTO in 2012 and is not a member of the alliance, unlike Tajikistan.",
     {("Uzbekistan", "left", "asserted"), ("Uzbekistan", "member_of", "negated"),
      ("Tajikistan", "member_of", "asserted")}),
    ("Georgia will not take part in the Noble Partner 2026 exercise, unlike Armenia.",
     {("Georgia", "participates_in_exercise", "negated"), ("Armenia", "participates_in_exercise", "planned")}),
])
def test_states_set_against_the_subject_at_the_end_of_the_sentence(extractor: Extractor, text: str,
                                                                   facts: set[tuple[str, str, str]]) -> None:
    found = {(f[0], f[1], f[3]) for f in _facts(_sheet(extractor, text))}
    assert facts <= found
    assert not any(f[0] == "Tajikistan" and f[1] == "left" for f in found)


@pytest.mark.parametrize(("sentence", "observer", "modality"), [
    ("No Russian observers were invited to Iron Lynx 2026.", "Russia", "negated"),
    ("Moscow has not replied, and no Russian observers are expected.", "Russia", "negated"),
    ("Chinese military observers attended the drills.", "China", "asserted"),
    ("Peru will send troops, while observers from 14 countries including Japan and India attended.", "Japan",
     "asserted"),
])
def test_observers_by_their_adjective_or_counted_before_the_states_they_include(
        extractor: Extractor, sentence: str, observer: str, modality: str) -> None:
    facts = _lynx_facts(extractor, sentence)
    assert (observer, "observer_of", "Iron Lynx 2026", modality) in facts
    assert not any(f[0] == observer and f[1] == "participates_in_exercise" for f in facts)


def test_observers_of_a_body_or_a_meeting_observe_no_exercise(extractor: Extractor) -> None:
    assert not _lynx_facts(extractor, "Russian observers at the OSCE raised the issue.", "observer_of")


@pytest.mark.parametrize(("text", "shared", "time"), [
    (("Japan is also a member of the Quad grouping with the United States, Australia and India, a framework the "
      "Philippines is not part of."), {"United States", "Australia", "India"}, None),
    (("Iran was granted observer status in the SCO in 2005, together with India and Pakistan, and applied for "
      "full membership in 2008."), {"India", "Pakistan"}, "2005"),
    ("Poland joined NATO in 1999 with Hungary and the Czech Republic.", {"Hungary", "Czechia"}, "1999"),
])
def test_a_standing_shared_with_a_list_that_ends_the_clause(extractor: Extractor, text: str, shared: set[str],
                                                            time: str | None) -> None:
    standings = {(f.subject, f.time) for f in _sheet(extractor, text).facts
                 if f.relation in ("member_of", "observer_of") and f.modality is Modality.ASSERTED}
    assert {(state, time) for state in shared} <= standings


@pytest.mark.parametrize("text", [
    "Finland joined NATO in April 2023, with Sweden following in 2024.",
    "Hungary and Slovakia, both members of NATO, along with Austria, oppose sending weapons.",
])
def test_no_standing_shared_with_a_list_a_verb_of_its_own_follows(extractor: Extractor, text: str) -> None:
    members = {f.subject for f in _sheet(extractor, text).facts if f.relation == "member_of"}
    assert not members & {"Sweden", "Austria"}


@pytest.mark.parametrize(("sentence", "facts"), [
    ("Belarus became a dialogue partner in 2009 and was upgraded to observer at the Ufa summit in 2015.",
     {("Belarus", "partner_of", "2009"), ("Belarus", "observer_of", "2015")}),
    ("India and Pakistan were admitted as full members of the eight-nation grouping in 2017.",
     {("India", "member_of", "2017"), ("Pakistan", "member_of", "2017")}),
    ("Afghanistan, also an observer, has not been invited to summits since 2021.",
     {("Afghanistan", "observer_of", None)}),
])
def test_standings_upgraded_to_admitted_as_or_set_off_in_the_bloc_spoken_of(
        extractor: Extractor, sentence: str, facts: set[tuple[str, str, str | None]]) -> None:
    text = "The Shanghai Cooperation Organisation met in Astana. " + sentence
    found = {(f.subject, f.relation, f.time) for f in _sheet(extractor, text).facts
             if f.object == "Shanghai Cooperation Organisation"}
    assert facts <= found


@pytest.mark.parametrize(("text", "speaker", "words"), [
    (("Finland is expected to sign a similar agreement on December 18, the Finnish government said last week, and "
      "Denmark is set to follow later this month."), "Government of Finland",
     "Finland is expected to sign a similar agreement on December 18"),
    (("No observers are expected, according to Norwegian Joint Headquarters spokesperson Lieutenant Colonel Kari "
      "Lunde."), "Kari Lunde", "No observers are expected"),
    ("Sweden is not a member of NATO and has said it has no plans to apply for membership.", "Sweden",
     "it has no plans to apply for membership"),
    (("Prime Minister Ivo Petrov announced in February that Ruritania had frozen its participation in the alliance, "
      "accusing it of failing to help."), "Ivo Petrov", "Ruritania had frozen its participation in the alliance"),
])
def test_who_said_what_past_an_attribution_a_long_title_a_second_predicate_or_a_participle(
        extractor: Extractor, text: str, speaker: str, words: str) -> None:
    said = {(f.subject, f.object) for f in _sheet(extractor, text).facts if f.relation == "said"}
    assert said == {(speaker, words)}


def test_units_listed_each_after_its_state_s_possessive_take_part(extractor: Extractor) -> None:
    sentence = "Sweden's 4th Marine Regiment and Finland's Nyland Brigade are taking part."
    participants = {f[0] for f in _lynx_facts(extractor, sentence, "participates_in_exercise")}
    assert {"4th Marine Regiment", "Nyland Brigade"} <= participants


@pytest.mark.parametrize("sentence", [
    "Prices rose in Lima during Iron Lynx 2026.",
    "Journalists were briefed in Lima during Iron Lynx 2026.",
    "Anti-war activists protested in Lima during Iron Lynx 2026.",
])
def test_no_venue_from_what_else_happened_somewhere_during_an_exercise(extractor: Extractor, sentence: str) -> None:
    assert not any(f[2] == "Lima" for f in _lynx_facts(extractor, sentence, "exercise_located_in"))


def test_the_exercise_s_own_ceremony_is_held_where_it_is(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "The exercise's opening ceremony was held in Lima on Monday.", "exercise_located_in")
    assert ("Iron Lynx 2026", "exercise_located_in", "Lima", "asserted") in facts


@pytest.mark.parametrize("sentence", [
    "Ukrainian observers said the drills were a rehearsal for an invasion.",
    "Independent Belarusian observers estimated that 20,000 troops took part.",
])
def test_observers_who_comment_observe_no_exercise(extractor: Extractor, sentence: str) -> None:
    assert not _lynx_facts(extractor, sentence, "observer_of")


def test_no_observers_present_denies_only_the_observers(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Belarus held Zapad-2025 in September with no foreign observers present."))
    assert ("Belarus", "organizes_exercise", "Zapad-2025", "asserted") in facts


@pytest.mark.parametrize("text", [
    "Moldova will sign the agreement in May, after Romania and Moldova sign a border treaty.",
    "The exercise is set to begin in May, after Georgia and Poland have signed a training agreement.",
])
def test_a_signing_still_to_come_after_a_plan_is_planned(extractor: Extractor, text: str) -> None:
    assert {f[3] for f in _facts(_sheet(extractor, text), "agreement_party")} == {"planned"}


@pytest.mark.parametrize("text", [
    "Ukraine is a partner of NATO with Russia, which invaded it in 2022.",
    "Kazakhstan is a member of the CSTO with China, a neighbour, watching closely.",
    "Iran became a member of the SCO in 2023 with Russia and China, the bloc's leading powers.",
])
def test_no_standing_shared_with_a_state_set_beside_the_subject(extractor: Extractor, text: str) -> None:
    assert not {f[0] for f in _facts(_sheet(extractor, text))} & {"Russia", "China"}


def test_a_state_that_has_long_said_speaks_not_the_body_it_is_a_partner_of(extractor: Extractor) -> None:
    text = "Moldova is a partner of NATO and has long said it will not join the alliance."
    assert {f[0] for f in _facts(_sheet(extractor, text), "said")} == {"Moldova"}


@pytest.mark.parametrize("text", [
    "Austria, whose neutrality bars it from joining NATO, is a partner of the EU.",
    "Neutrality prevents Austria from joining NATO.",
])
def test_a_membership_something_bars_is_denied(extractor: Extractor, text: str) -> None:
    assert ("Austria", "member_of", "NATO", "negated") in _facts(_sheet(extractor, text))


def test_no_venue_of_a_meeting_held_for_the_exercise(extractor: Extractor) -> None:
    facts = _lynx_facts(extractor, "A planning meeting for the exercise was held in Vilnius.", "exercise_located_in")
    assert not any(f[2] == "Vilnius" for f in facts)
    arrived = _lynx_facts(extractor, "Troops arrived for the exercise in Tacna.", "exercise_located_in")
    assert ("Iron Lynx 2026", "exercise_located_in", "Tacna", "asserted") in arrived


@pytest.mark.parametrize(("text", "modality"), [
    ("Norway is expected to sign a similar agreement with Sweden.", "planned"),
    ("Norway will sign an agreement with Sweden next month.", "planned"),
])
def test_a_signing_to_come_with_another_state_is_planned(extractor: Extractor, text: str, modality: str) -> None:
    assert ("Norway", "signed_agreement_with", "Sweden", modality) in _facts(_sheet(extractor, text))


def test_no_signing_from_a_hope_to_sign(extractor: Extractor) -> None:
    assert not _facts(_sheet(extractor, "Norway hopes to sign an agreement with Sweden."), "signed_agreement_with")


def test_a_signer_named_in_a_relative_clause_without_that(extractor: Extractor) -> None:
    text = "Germany keeps a brigade ready for Lithuania under a joint communique Lithuania signed with Germany."
    assert ("Lithuania", "signed_agreement_with", "Germany", "asserted") in _facts(_sheet(extractor, text))


@pytest.mark.parametrize(("sentence", "facts"), [
    ("Among the units involved are Sweden's 4th Marine Regiment and Finland's Nyland Brigade.",
     {("4th Marine Regiment", "participates_in_exercise"), ("Nyland Brigade", "participates_in_exercise")}),
    ("The countries involved are Peru, Chile and Ecuador.",
     {("Peru", "participates_in_exercise"), ("Ecuador", "participates_in_exercise")}),
    ("Bolivia will host a component of the exercise, with live firing near La Paz.",
     {("Bolivia", "hosts_exercise")}),
])
def test_a_sentence_on_the_units_involved_or_a_component_hosted_goes_on_about_the_exercise(
        extractor: Extractor, sentence: str, facts: set[tuple[str, str]]) -> None:
    found = {(f[0], f[1]) for f in _lynx_facts(extractor, sentence) if f[2] == "Iron Lynx 2026"}
    assert facts <= found


def test_nothing_that_stops_a_membership_denies_it(extractor: Extractor) -> None:
    facts = _facts(_sheet(extractor, "Nothing stops Georgia from joining NATO one day."), "member_of")
    assert ("Georgia", "member_of", "NATO", "negated") not in facts


@pytest.mark.parametrize("text", [
    ("Vera Lindqvist, NATO's secretary-general, arrived in Oslo. The drills will go ahead, the "
     "Secretary-General said."),
    ("Nordic Council Secretary General Vera Lindqvist arrived in Oslo. The drills will go ahead, the "
     "secretary-general said."),
])
def test_the_secretary_general_who_speaks_is_the_one_named_so_however_hyphenated(extractor: Extractor,
                                                                                 text: str) -> None:
    assert ("Vera Lindqvist", "said", "The drills will go ahead", "asserted") in _facts(_sheet(extractor, text))


@pytest.mark.parametrize(("sentence", "position"), [
    ("Tomas Varga, NATO's deputy secretary general, visited Skopje.", "deputy secretary general of NATO"),
    ("Lina Okoro, ECOWAS's secretary general, said the bloc would send observers.", "secretary general of ECOWAS"),
])
def test_an_office_of_a_body_in_apposition_after_its_possessive(extractor: Extractor, sentence: str,
                                                                position: str) -> None:
    person = sentence.split(",")[0]
    assert (person, "holds_position", position, "asserted") in _facts(_sheet(extractor, sentence))


def test_a_relative_clause_after_items_with_their_own_asides_is_on_the_last(extractor: Extractor) -> None:
    text = "Kenya, an IGAD member, and Somalia, which is not a member of NATO, sent observers."
    facts = _facts(_sheet(extractor, text), "member_of")
    assert ("Somalia", "member_of", "NATO", "negated") in facts
    assert ("Kenya", "member_of", "NATO", "negated") not in facts
    plain = _facts(_sheet(extractor, "Kenya and Somalia, which are not members of NATO, sent observers."), "member_of")
    assert {("Kenya", "member_of", "NATO", "negated"), ("Somalia", "member_of", "NATO", "negated")} <= plain
