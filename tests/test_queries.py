"""The stored query catalogue: headers, typed and safe parameters, answers on a graph written here,
the same answers on pyoxigraph and plain rdflib, and the result formats."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.query import Result

from kg.engines import OxigraphEngine, QueryResult, RdflibEngine, load_dataset, run_query
from kg.errors import QueryError
from kg.graph import KnowledgeGraph
from kg.models import Article, Entity, EntityType, Evidence, Fact, FactSheet, Modality
from kg.queries import (
    Parameter,
    ParameterType,
    QueryCatalog,
    QueryParameterError,
    UnknownQuery,
    load_catalog,
    with_values,
)
from kg.results import ResultFormat, render

WD = "http://www.wikidata.org/entity/"
KG = "https://w3id.org/kg/ontology#"
ROLE = "https://w3id.org/kg/role/"

DRILLS_TEXT = (
    "Serbia and Armenia will take part in the Steppe Guard 2026 exercise in Kazakhstan in September 2026. "
    "Kazakhstan will host Steppe Guard 2026. "
    "Serbia is a full member of the CSTO, the ministry said. "
    "Serbia and Kazakhstan signed the Steppe Accord on 3 March 2026. "
    "Mongolia has observer status in the CSTO."
)


def _evidence(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


def _drills_sheet() -> FactSheet:
    text = DRILLS_TEXT
    s1, s2, s3, s4, s5 = (
        "Serbia and Armenia will take part in the Steppe Guard 2026 exercise in Kazakhstan in September 2026.",
        "Kazakhstan will host Steppe Guard 2026.",
        "Serbia is a full member of the CSTO, the ministry said.",
        "Serbia and Kazakhstan signed the Steppe Accord on 3 March 2026.",
        "Mongolia has observer status in the CSTO.",
    )
    entities = (
        Entity("Serbia", EntityType.STATE, ("Serbia",), "Q403"),
        Entity("Armenia", EntityType.STATE, ("Armenia",), "Q399"),
        Entity("Kazakhstan", EntityType.STATE, ("Kazakhstan",), "Q232"),
        Entity("Mongolia", EntityType.STATE, ("Mongolia",), "Q711"),
        Entity("CSTO", EntityType.ALLIANCE, ("CSTO",), "Q318693"),
        Entity("Steppe Guard 2026", EntityType.EXERCISE, ("Steppe Guard 2026",), None),
        Entity("Steppe Accord", EntityType.AGREEMENT, ("Steppe Accord",), None),
    )
    facts = (
        Fact("Serbia", "participates_in_exercise", "Steppe Guard 2026", Modality.PLANNED, None, _evidence(text, s1)),
        Fact("Armenia", "participates_in_exercise", "Steppe Guard 2026", Modality.PLANNED, None, _evidence(text, s1)),
        Fact("Steppe Guard 2026", "exercise_date", "2026-09", Modality.PLANNED, None, _evidence(text, s1)),
        Fact("Steppe Guard 2026", "exercise_located_in", "Kazakhstan", Modality.PLANNED, None, _evidence(text, s1)),
        Fact("Kazakhstan", "hosts_exercise", "Steppe Guard 2026", Modality.PLANNED, None, _evidence(text, s2)),
        Fact("Serbia", "member_of", "CSTO", Modality.REPORTED, None, _evidence(text, s3)),
        Fact("Steppe Accord", "agreement_party", "Serbia", Modality.ASSERTED, None, _evidence(text, s4)),
        Fact("Steppe Accord", "agreement_party", "Kazakhstan", Modality.ASSERTED, None, _evidence(text, s4)),
        Fact("Steppe Accord", "agreement_date", "2026-03-03", Modality.ASSERTED, None, _evidence(text, s4)),
        Fact("Mongolia", "observer_of", "CSTO", Modality.ASSERTED, None, _evidence(text, s5)),
    )
    article = Article(id="steppe-guard", text=text, title="Serbia to join Steppe Guard", date="2026-04-01")
    return FactSheet(article=article, entities=entities, facts=facts, source="steppe-guard.json")


@pytest.fixture(scope="module")
def catalog() -> QueryCatalog:
    return load_catalog()


@pytest.fixture
def graph(two_article_graph: KnowledgeGraph) -> KnowledgeGraph:
    return two_article_graph


@pytest.fixture
def engines(graph: KnowledgeGraph, tmp_path: Path) -> dict[str, object]:
    path = tmp_path / "graph.trig"
    graph.save(path)
    return {"pyoxigraph": OxigraphEngine(graph.store), "rdflib": RdflibEngine(load_dataset(path))}


def _values(result: QueryResult, column: str) -> list[str]:
    index = result.columns.index(column)
    return [row[index].value for row in result.rows if row[index] is not None]


def comparable(result: QueryResult) -> object:
    """A result as a sorted list of Python values, so that engines that write literals differently compare."""
    if result.form == "ask":
        return result.boolean
    if result.form in ("construct", "describe"):
        return sorted(str(t) for t in result.triples)

    def value(term: object) -> object:
        if term is None:
            return None
        if isinstance(term, ox.Literal):
            if term.language:
                return (term.value, term.language.lower())
            python = rdflib.Literal(term.value, datatype=term.datatype.value).toPython()
            return str(python) if isinstance(python, rdflib.Literal) else python
        return term.value

    return sorted((tuple(value(t) for t in row) for row in result.rows), key=repr)


# -- the catalogue ---------------------------------------------------------------------------------


def test_catalogue_every_query_documents_itself(catalog: QueryCatalog) -> None:
    assert len(catalog) >= 15
    for query in catalog:
        assert query.summary and query.returns and query.example, query.name
        assert query.example.startswith("kg "), query.name
        for parameter in query.parameters:
            assert parameter.description, (query.name, parameter.name)
            assert f"?{parameter.name}" in query.text, (query.name, parameter.name)


def test_catalogue_covers_the_analysts_questions(catalog: QueryCatalog) -> None:
    for name in ("memberships/members", "memberships/observers-and-partners", "memberships/of-state",
                 "exercises/exercises", "exercises/co-participation", "exercises/of-party", "exercises/partners",
                 "agreements/agreements", "agreements/of-party",
                 "statements/about", "statements/quotes", "articles/facts", "timeline/state", "modality/facts",
                 "quality/contradictions", "quality/unlinked", "wikidata/truthy-projection"):
        assert name in catalog


def test_catalogue_queries_parse_with_every_parameter_bound(catalog: QueryCatalog) -> None:
    store = ox.Store()
    samples = {ParameterType.IRI: "https://example.org/x", ParameterType.QID: "Q1", ParameterType.ENTITY: "Q1",
               ParameterType.STRING: "x", ParameterType.DATE: "2020-01-01", ParameterType.INTEGER: "2020"}
    for query in catalog:
        values = {p.name: p.choices[0] if p.choices else samples[p.type] for p in query.parameters}
        store.query(with_values(query.text, query.bind(values)))  # raises SyntaxError when malformed


def test_catalogue_unknown_name_suggests_close_ones(catalog: QueryCatalog) -> None:
    with pytest.raises(UnknownQuery, match="memberships/members"):
        catalog["memberships/member"]


def test_catalogue_bad_header_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "topic").mkdir()
    bad = tmp_path / "topic" / "bad.rq"
    bad.write_text("#+ summary: x\n#+ params: {a: {type: float}}\nSELECT * WHERE { ?a ?b ?c }\n")
    with pytest.raises(QueryError, match=r"bad\.rq.*float.*accepted: iri"):
        QueryCatalog.load(tmp_path)
    bad.write_text("SELECT * WHERE { ?a ?b ?c }\n")
    with pytest.raises(QueryError, match="summary"):
        QueryCatalog.load(tmp_path)


def test_catalogue_header_text_may_contain_colons(tmp_path: Path) -> None:
    (tmp_path / "q.rq").write_text("#+ summary: Maps kg: terms to wdt: ones\n#+ description: a: b\n#+   c: d\n"
                                   "#+ returns: [s]\nSELECT ?s WHERE { ?s ?p ?o }\n")
    query = QueryCatalog.load(tmp_path)["q"]
    assert query.summary == "Maps kg: terms to wdt: ones" and query.description == "a: b c: d"


# -- parameters ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "given", "expected"), [
    (ParameterType.QID, "q7184", ox.NamedNode(WD + "Q7184")),
    (ParameterType.ENTITY, "Q7184", ox.NamedNode(WD + "Q7184")),
    (ParameterType.ENTITY, "https://w3id.org/kg/id/event/x", ox.NamedNode("https://w3id.org/kg/id/event/x")),
    (ParameterType.IRI, "urn:isbn:123", ox.NamedNode("urn:isbn:123")),
    (ParameterType.DATE, "2024-02-29", ox.Literal("2024-02-29", datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#date"))),
    (ParameterType.INTEGER, "+2021", ox.Literal("2021", datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#integer"))),
    (ParameterType.STRING, 'say "hi"\n', ox.Literal('say "hi"\n')),
])
def test_parameter_value_becomes_a_typed_term(kind: ParameterType, given: str, expected: object) -> None:
    assert Parameter("p", kind).term(given) == expected


@pytest.mark.parametrize(("kind", "given"), [
    (ParameterType.QID, "Q7184x"), (ParameterType.QID, "P31"), (ParameterType.QID, "Q0"),
    (ParameterType.IRI, "not an iri"), (ParameterType.IRI, "http://x/> } ; DROP ALL ; #"),
    (ParameterType.IRI, "http://x/a{b}"), (ParameterType.IRI, "relative/path"),
    (ParameterType.DATE, "2023-02-30"), (ParameterType.DATE, "2023-2-3"),
    (ParameterType.DATE, '2020-01-01"^^<x> } DROP ALL {'),
    (ParameterType.INTEGER, "12.5"), (ParameterType.INTEGER, "1" * 19), (ParameterType.INTEGER, "1) } DROP ALL {"),
    (ParameterType.STRING, "a\ud800b"), (ParameterType.ENTITY, "http://x/> DROP ALL"),
])
def test_parameter_rejects_values_of_the_wrong_type(kind: ParameterType, given: str) -> None:
    with pytest.raises(QueryParameterError, match="parameter 'p': expected"):
        Parameter("p", kind).term(given)


def test_parameter_choices_and_counts_are_checked(catalog: QueryCatalog) -> None:
    query = catalog["memberships/members"]
    with pytest.raises(QueryParameterError, match="one of member, observer"):
        query.bind({"organisation": "Q7184", "role": "admiral"})
    with pytest.raises(QueryParameterError, match="needs the parameter 'organisation'"):
        query.bind({})
    with pytest.raises(QueryParameterError, match="no parameter 'alliance'; it accepts: organisation, role, on_date"):
        query.bind({"organisation": "Q7184", "alliance": "Q7184"})
    with pytest.raises(QueryParameterError, match="takes one value, got 2"):
        query.bind({"organisation": ["Q7184", "Q318693"]})


def test_with_values_writes_terms_that_pyoxigraph_serialised() -> None:
    hostile = 'x" } ; DROP ALL ; SELECT * { "'
    text = with_values("SELECT ?s WHERE { ?s ?p ?name }", {"name": [ox.Literal(hostile)], "s": []})
    parsed = ox.Store()
    parsed.query(text)  # still one well-formed query
    assert text.count("VALUES") == 1 and '\\"' in text and "?s)" not in text


def test_injection_through_a_string_parameter_binds_harmlessly(graph: KnowledgeGraph, catalog: QueryCatalog,
                                                              engines: Mapping[str, object]) -> None:
    before = len(graph)
    for attack in ('amber-shield" } DROP ALL { "', "amber-shield' . } ; CLEAR ALL ; #", "amber-shield\\u0022"):
        for engine in engines.values():
            result = run_query(catalog["articles/facts"], {"article": attack}, engine)  # type: ignore[arg-type]
            assert result.rows == []
    assert len(graph) == before


def test_entity_names_resolve_through_the_gazetteer_and_the_graph(catalog: QueryCatalog,
                                                                  engines: Mapping[str, object]) -> None:
    engine = engines["pyoxigraph"]
    by_name = run_query(catalog["memberships/members"], {"organisation": "NATO"}, engine)  # type: ignore[arg-type]
    by_qid = run_query(catalog["memberships/members"], {"organisation": "Q7184"}, engine)  # type: ignore[arg-type]
    assert comparable(by_name) == comparable(by_qid) and by_name.rows
    by_label = run_query(catalog["exercises/exercises"], {"participant": "Armenia"}, engine)  # type: ignore[arg-type]
    assert "Steppe Guard 2026" in _values(by_label, "exerciseLabel")
    with pytest.raises(QueryParameterError, match="a name kg's gazetteer knows"):
        run_query(catalog["statements/about"], {"entity": "Atlantis"}, engine)  # type: ignore[arg-type]


# -- answers on a graph written here ---------------------------------------------------------------


def test_members_with_role_and_date(catalog: QueryCatalog, engines: Mapping[str, object]) -> None:
    for engine in engines.values():
        nato = run_query(catalog["memberships/members"], {"organisation": "Q7184"}, engine)  # type: ignore[arg-type]
        assert sorted(_values(nato, "memberLabel")) == ["Finland", "Latvia"]
        assert set(_values(nato, "membership")) == {ROLE + "member"}
        before = run_query(catalog["memberships/members"], {"organisation": "Q7184", "on_date": "2003-06-01"},
                           engine)  # type: ignore[arg-type]
        assert _values(before, "memberLabel") == ["Finland"]  # Latvia's fact starts in 2004
        csto = run_query(catalog["memberships/members"], {"organisation": "Q318693"}, engine)  # type: ignore[arg-type]
        # Serbia's claimed CSTO membership contradicts the reference data: not a current fact.
        assert _values(csto, "memberLabel") == ["Mongolia"]
        observers = run_query(catalog["memberships/observers-and-partners"], {}, engine)  # type: ignore[arg-type]
        assert _values(observers, "memberLabel") == ["Mongolia"]


def add_reported_members(graph: KnowledgeGraph) -> None:
    """A note that reports Latvia's NATO membership (asserted by amber-shield since 2004) and Estonia's."""
    entities = [Entity("Latvia", EntityType.STATE, ("Latvia",), "Q211"),
                Entity("Estonia", EntityType.STATE, ("Estonia",), "Q191"),
                Entity("NATO", EntityType.ALLIANCE, ("NATO",), "Q7184")]
    for state in ("Latvia", "Estonia"):
        graph.add_fact(Fact(state, "member_of", "NATO", Modality.REPORTED, speaker=None), article="analyst-notes",
                       entities=entities)


def test_members_fold_every_article_into_one_row_per_member(graph: KnowledgeGraph, catalog: QueryCatalog,
                                                            tmp_path: Path) -> None:
    add_reported_members(graph)
    path = tmp_path / "graph.trig"
    graph.save(path)
    for engine in (OxigraphEngine(graph.store), RdflibEngine(load_dataset(path))):
        nato = run_query(catalog["memberships/members"], {"organisation": "Q7184"}, engine)
        rows = {row[1].value: {c: t.value for c, t in zip(nato.columns, row) if t is not None} for row in nato.rows}
        assert sorted(rows) == ["Estonia", "Finland", "Latvia"] and len(nato.rows) == 3
        assert rows["Latvia"]["articles"] == "2" and rows["Latvia"]["modality"] == KG + "Asserted"
        assert rows["Estonia"]["articles"] == "1" and rows["Estonia"]["modality"] == KG + "Reported"


def test_exercises_filters_and_negation(catalog: QueryCatalog, engines: Mapping[str, object]) -> None:
    for engine in engines.values():
        run = lambda **p: run_query(catalog["exercises/exercises"], p, engine)  # type: ignore[arg-type]
        steppe = run(host="Q232")
        assert set(_values(steppe, "exerciseLabel")) == {"Steppe Guard 2026"}
        assert sorted(set(_values(steppe, "partyLabel"))) == ["Armenia", "Kazakhstan", "Serbia"]
        assert set(_values(run(year="2026", place="Q232"), "exerciseLabel")) == {"Steppe Guard 2026"}
        assert run(year="2025", place="Q232").rows == []
        amber = run(participant="Q191")  # Estonia hosts Amber Shield but does not take part as participant
        assert amber.rows == []
        amber = run(host="Q191")
        # Sweden "will not take part": negated participation is left out.
        assert "Sweden" not in _values(amber, "partyLabel") and "Estonia" in _values(amber, "partyLabel")
        pairs = run_query(catalog["exercises/co-participation"], {"state": "Q403"}, engine)  # type: ignore[arg-type]
        assert sorted(_values(pairs, "partnerLabel")) == ["Armenia", "Kazakhstan"]


def test_queries_that_start_from_the_party_agree_with_the_whole_graph_ones(catalog: QueryCatalog,
                                                                         engines: Mapping[str, object]) -> None:
    for engine in engines.values():
        run = lambda name, **p: run_query(catalog[name], p, engine)  # type: ignore[arg-type]
        serbia = run("exercises/of-party", party="Q403")
        assert set(_values(serbia, "exerciseLabel")) == set(_values(run("exercises/exercises", participant="Q403"),
                                                                    "exerciseLabel")) == {"Steppe Guard 2026"}
        assert set(_values(run("exercises/of-party", party="Q191", role="host"), "partyRole")) == {ROLE + "host"}
        assert run("exercises/of-party", party="Q191", role="participant").rows == []
        assert run("exercises/of-party", party="Q34").rows == []  # Sweden "will not take part": negated
        partners = run("exercises/partners", state="Q403")
        pairs = run("exercises/co-participation", state="Q403")
        assert (sorted(zip(_values(partners, "partnerLabel"), _values(partners, "exercises")))
                == sorted(zip(_values(pairs, "partnerLabel"), _values(pairs, "exercises"))))
        accord = run("agreements/of-party", party="Q403")
        assert set(_values(accord, "agreementLabel")) == {"Steppe Accord"}
        assert set(_values(accord, "date")) == {"2026-03-03"}


def test_parameters_combine_whichever_starts_the_query(catalog: QueryCatalog, engines: Mapping[str, object]) -> None:
    """The queries start from the first parameter given and check the others; any combination agrees."""
    for engine in engines.values():
        run = lambda name, **p: run_query(catalog[name], p, engine)  # type: ignore[arg-type]
        steppe = {"Steppe Guard 2026"}
        assert set(_values(run("exercises/exercises", participant="Q403", host="Q232"), "exerciseLabel")) == steppe
        assert set(_values(run("exercises/exercises", host="Q232", place="Q232"), "exerciseLabel")) == steppe
        assert set(_values(run("exercises/exercises", participant="Q399", year="2026"), "exerciseLabel")) == steppe
        assert run("exercises/exercises", participant="Q403", host="Q191").rows == []
        assert run("exercises/exercises", host="Q232", place="Q191").rows == []
        assert run("exercises/exercises", organiser="Q232").rows == []  # Kazakhstan hosts, it does not organise
        every = run("exercises/co-participation")
        serbia = run("exercises/co-participation", state="Q403")
        assert comparable(serbia) == sorted((row for row in comparable(every) if row[0] == WD + "Q403"), key=repr)
        accord = run("agreements/agreements", with_party="Q232")
        assert set(_values(accord, "agreementLabel")) == {"Steppe Accord"}
        assert sorted(set(_values(accord, "partyLabel"))) == ["Kazakhstan", "Serbia"]


def test_agreements_statements_quotes_and_timeline(catalog: QueryCatalog, engines: Mapping[str, object]) -> None:
    for engine in engines.values():
        run = lambda name, **p: run_query(catalog[name], p, engine)  # type: ignore[arg-type]
        accord = run("agreements/agreements", state="Q403", with_party="Q232")
        assert set(_values(accord, "agreementLabel")) == {"Steppe Accord"}
        assert set(_values(accord, "date")) == {"2026-03-03"}
        assert run("agreements/agreements", state="Q403", with_party="Q399").rows == []
        quotes = run("statements/quotes", speaker="Ivo Petrov")
        assert _values(quotes, "quote") == ["the drills send a signal"]
        about = run("statements/about", entity="Q403")
        assert KG + "Reported" in _values(about, "modality") and _values(about, "contradiction")
        timeline = run("timeline/state", state="Q403")
        assert _values(timeline, "start")[:1] == ["2026-03-03"]
        facts = run("articles/facts", article="amber-shield")
        assert len(facts.rows) == 7 and _values(facts, "evidenceStart") == sorted(
            _values(facts, "evidenceStart"), key=int)


def test_modality_contradictions_unlinked_and_projection(catalog: QueryCatalog,
                                                         engines: Mapping[str, object]) -> None:
    for engine in engines.values():
        run = lambda name, **p: run_query(catalog[name], p, engine)  # type: ignore[arg-type]
        planned = run("modality/facts", only="planned")
        assert set(_values(planned, "modality")) == {KG + "Planned"} and len(planned.rows) == 7
        negated = run("modality/facts", only="negated")
        assert _values(negated, "subjectLabel") == ["Sweden"]
        contradictions = run("quality/contradictions")
        assert _values(contradictions, "subjectLabel") == ["Serbia"]
        assert _values(contradictions, "referenceRole") == [ROLE + "observer"]
        unlinked = run("quality/unlinked", type="Person")
        assert _values(unlinked, "label") == ["Ivo Petrov"]
        projection = run("wikidata/truthy-projection")
        triples = {(t.subject.value, t.predicate.value, t.object.value) for t in projection.triples}
        assert (WD + "Q33", "http://www.wikidata.org/prop/direct/P463", WD + "Q7184") in triples
        assert not any(s == WD + "Q403" and o == WD + "Q318693" for s, _, o in triples)  # contradicted


def test_retracted_facts_leave_current_queries(graph: KnowledgeGraph, catalog: QueryCatalog) -> None:
    engine = OxigraphEngine(graph.store)
    nato = run_query(catalog["memberships/members"], {"organisation": "Q7184"}, engine)
    statement = next(row[0].value for row in graph.query(
        "SELECT ?s WHERE { ?s kg:member wd:Q211 ; kg:organization wd:Q7184 }"))
    graph.retract(statement, reason="wrong", by="test")
    after = run_query(catalog["memberships/members"], {"organisation": "Q7184"}, engine)
    assert len(after.rows) == len(nato.rows) - 1 and "Latvia" not in _values(after, "memberLabel")
    facts = run_query(catalog["articles/facts"], {"article": "amber-shield"}, engine)
    assert statement not in _values(facts, "statement")


def test_every_query_answers_alike_on_pyoxigraph_and_rdflib(catalog: QueryCatalog,
                                                            engines: Mapping[str, object]) -> None:
    for query in catalog:
        if query.endpoint:
            continue  # runs on Wikidata's endpoint, not on kg's graphs
        params = {p.name: SAMPLE_PARAMS[p.name] for p in query.parameters if p.required}
        results = [comparable(run_query(query, params, engine)) for engine in engines.values()]  # type: ignore[arg-type]
        assert results[0] == results[1], query.name


SAMPLE_PARAMS = {"organisation": "Q318693", "state": "Q403", "entity": "Q403", "article": "steppe-guard",
                 "party": "Q403"}


# -- result formats --------------------------------------------------------------------------------


def _parse_results(data: bytes, fmt: str) -> Result:
    import io

    return Result.parse(io.BytesIO(data), format=fmt)


@pytest.mark.parametrize("fmt", ["json", "csv", "tsv"])
def test_results_formats_read_back_with_rdflib(fmt: str, catalog: QueryCatalog, graph: KnowledgeGraph) -> None:
    result = run_query(catalog["statements/about"], {"entity": "Q403"}, OxigraphEngine(graph.store))
    data = render(result, ResultFormat(fmt))
    parsed = _parse_results(data, fmt)
    assert [str(v) for v in parsed.vars] == list(result.columns)
    rows = list(parsed)
    assert len(rows) == len(result.rows)
    if fmt != "csv":  # CSV keeps no datatypes; JSON and TSV do
        assert rdflib.Literal("Serbia", lang="en") in {cell for row in rows for cell in row}


def test_results_json_is_sparql_json(catalog: QueryCatalog, graph: KnowledgeGraph) -> None:
    result = run_query(catalog["modality/summary"], {}, OxigraphEngine(graph.store))
    data = json.loads(render(result, ResultFormat.JSON))
    assert data["head"]["vars"] == ["relation", "modality", "facts", "contradicted"]
    first = data["results"]["bindings"][0]
    assert first["relation"]["type"] == "uri"
    assert first["facts"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"


def test_results_table_and_wrong_format(catalog: QueryCatalog, graph: KnowledgeGraph) -> None:
    engine = OxigraphEngine(graph.store)
    table = render(run_query(catalog["memberships/members"], {"organisation": "Q7184"}, engine)).decode()
    assert table.splitlines()[0].split()[:3] == ["member", "memberLabel", "membership"]
    assert "wd:Q33" in table and "(2 rows)" in table
    projection = run_query(catalog["wikidata/truthy-projection"], {}, engine)
    turtle = render(projection)
    assert rdflib.Graph().parse(data=turtle, format="turtle")
    with pytest.raises(QueryError, match="cannot be written as csv"):
        render(projection, ResultFormat.CSV)


def test_catalogue_queries_are_standard_sparql_for_jena(catalog: QueryCatalog, tmp_path: Path) -> None:
    """Jena's qparse, an independent parser, accepts every query with its parameters bound as kg binds them."""
    import subprocess
    from concurrent.futures import ThreadPoolExecutor

    from .conftest import REQUIRE_SERVICES, need_jena

    jena = need_jena()
    samples = {ParameterType.IRI: "https://example.org/x", ParameterType.QID: "Q1", ParameterType.ENTITY: "Q1",
               ParameterType.STRING: 'a "quoted" value', ParameterType.DATE: "2020-01-01",
               ParameterType.INTEGER: "2020"}
    paths = {}
    for index, query in enumerate(catalog):
        values = {p.name: p.choices[0] if p.choices else samples[p.type] for p in query.parameters}
        paths[query.name] = tmp_path / f"q{index}.rq"
        paths[query.name].write_text(with_values(query.text, query.bind(values)), encoding="utf-8")

    def qparse(path: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["bash", str(jena), "qparse", "--query", str(path)], capture_output=True, text=True)

    with ThreadPoolExecutor(max_workers=3) as pool:  # about 1.3 s of JVM start-up per call
        done = dict(zip(paths, pool.map(qparse, paths.values())))
    for name, process in done.items():
        if "libapache-jena-java" in process.stderr and not REQUIRE_SERVICES:
            pytest.skip("Debian's libapache-jena-java is not installed")
        assert process.returncode == 0, f"{name}: {process.stderr}"


# -- the command line ------------------------------------------------------------------------------


@pytest.fixture
def graph_file(graph: KnowledgeGraph, tmp_path: Path) -> Path:
    path = tmp_path / "graph.trig"
    graph.save(path)
    return path


def test_cli_queries_lists_and_shows(catalog: QueryCatalog) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    listing = CliRunner().invoke(app, ["queries"])
    assert listing.exit_code == 0
    assert all(query.name in listing.output for query in catalog)
    shown = CliRunner().invoke(app, ["queries", "exercises/exercises", "--sparql"])
    assert shown.exit_code == 0
    assert "year (integer, optional)" in shown.output and "SELECT ?exercise" in shown.output


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_cli_query_on_a_file_in_each_format(graph_file: Path, engine: str, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    runner = CliRunner()
    base = ["query", "memberships/members", "-p", "organisation=NATO", "--data", str(graph_file), "--engine", engine]
    table = runner.invoke(app, base)
    assert table.exit_code == 0, table.output
    assert "Finland" in table.output and "(2 rows)" in table.output
    out = tmp_path / "members.json"
    written = runner.invoke(app, [*base, "-f", "json", "-o", str(out)])
    assert written.exit_code == 0, written.output
    assert len(json.loads(out.read_text())["results"]["bindings"]) == 2
    projection = runner.invoke(app, ["query", "wikidata/truthy-projection", "--data", str(graph_file),
                                     "--engine", engine, "-f", "ntriples"])
    assert "<http://www.wikidata.org/prop/direct/P463>" in projection.output


def test_cli_query_on_a_persistent_store(small_sheet: FactSheet, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    with KnowledgeGraph.open(tmp_path / "db") as graph:
        graph.add_sheet(small_sheet)
    result = CliRunner().invoke(app, ["query", "modality/facts", "-p", "only=negated", "--store",
                                      str(tmp_path / "db"), "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert "Sweden" in result.output and len(result.output.splitlines()) == 2


@pytest.mark.parametrize(("args", "message"), [
    (["query", "memberships/member"], "did you mean memberships/members"),
    (["query", "memberships/members", "-p", "organisation=Q7184", "-p", "on_date=yesterday"], "YYYY-MM-DD"),
    (["query", "memberships/members"], "needs the parameter 'organisation'"),
    (["query", "articles/facts", "-p", "article=x", "-f", "turtle"], "cannot be written as turtle"),
])
def test_cli_query_errors_say_what_to_do(graph_file: Path, args: list[str], message: str) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(app, [*args, "--data", str(graph_file)])
    assert result.exit_code == 1 and "kg: error:" in result.output and message in result.output, result.output


def test_cli_query_needs_exactly_one_source(graph_file: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    none = CliRunner().invoke(app, ["query", "modality/summary"])
    both = CliRunner().invoke(app, ["query", "modality/summary", "--data", str(graph_file), "--store", "db"])
    assert none.exit_code == both.exit_code == 2
