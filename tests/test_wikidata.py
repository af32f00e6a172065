"""Tests of kg.linking.wikidata and kg.linking.refresh against a fake Wikidata on 127.0.0.1 (no internet)."""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib.plugins.sparql import prepareQuery

from kg.errors import LinkingError, WikidataUnavailable
from kg.linking import Gazetteer
from kg.linking.reference import ReferenceFacts
from kg.linking.refresh import (
    MEMBERSHIPS_QUERY,
    STATES_FILE,
    STATES_QUERY,
    _stored_query,
    _values,
    refresh_gazetteer,
)
from kg.linking.wikidata import (
    MAX_IDS,
    WikidataClient,
    _retry_after,
    default_cache_dir,
    link_online,
    user_agent,
    wikidata_classes,
)
from kg.models import Entity, EntityType
from kg.ontology import Ontology, load_ontology
from kg.resources import data_dir

from .fake_wikidata import FakeWikidata, Fault, closed_port_url


@pytest.fixture
def fake() -> Iterator[FakeWikidata]:
    with FakeWikidata() as server:
        yield server


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return load_ontology()


@pytest.fixture
def client(fake: FakeWikidata, tmp_path: Path, ontology: Ontology) -> Iterator[WikidataClient]:
    with WikidataClient(api_url=fake.api_url, sparql_url=fake.sparql_url, cache_dir=tmp_path / "cache",
                        timeout=(1.0, 1.0), deadline=10.0, retries=3, backoff=0.01, max_wait=2.0,
                        contact="tests@example.org", ontology=ontology) as made:
        yield made


def _cached_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.json")) if folder.exists() else []


# -- etiquette -----------------------------------------------------------------------------------


def test_wikidata_sends_user_agent_and_maxlag(client: WikidataClient, fake: FakeWikidata) -> None:
    client.search("Georgia", type=EntityType.STATE)
    client.sparql("SELECT ?state ?field ?value WHERE { ?state ?field ?value }")
    api, sparql = fake.calls("wbsearchentities") + fake.calls("wbgetentities"), fake.calls("sparql")
    assert api and sparql
    for request in api + sparql:
        agent = request.headers["User-Agent"]
        assert agent.startswith("kg/0.1.0 (https://") and "tests@example.org" in agent
        assert " requests/" in agent
    assert all(r.params["maxlag"] == "5" and r.params["format"] == "json" for r in api)
    assert sparql[0].params["format"] == "json"
    assert "application/sparql-results+json" in sparql[0].headers["Accept"]


def test_wikidata_user_agent_without_contact_names_the_project() -> None:
    assert user_agent().startswith("kg/0.1.0 (https://w3id.org/kg) requests/")


# -- type filtering ------------------------------------------------------------------------------


def test_wikidata_classes_come_from_the_ontology(ontology: Ontology) -> None:
    assert {"Q3624078", "Q7275"} <= wikidata_classes(ontology, EntityType.STATE)
    # Organization covers its subclass Alliance, and so the alliance's alignment.
    assert {"Q43229", "Q1127126"} <= wikidata_classes(ontology, EntityType.ORGANIZATION)
    assert wikidata_classes(ontology, EntityType.PERSON) == {"Q5"}


def test_wikidata_search_keeps_the_country_of_georgia_for_type_state(client: WikidataClient) -> None:
    found = client.search("Georgia", type=EntityType.STATE)
    assert [(c.qid, c.matched_type) for c in found] == [("Q230", True)]
    assert found[0].description == "country in the Caucasus" and 0 < found[0].score <= 1


def test_wikidata_search_ranks_the_unmatched_type_last(client: WikidataClient) -> None:
    found = client.search("Georgia", type="State", keep_unmatched=True)
    assert [(c.qid, c.matched_type) for c in found] == [("Q230", True), ("Q1428", False)]
    assert found[0].score > found[1].score >= 0
    untyped = client.search("Georgia")
    assert [c.qid for c in untyped] == ["Q1428", "Q230"] and not any(c.matched_type for c in untyped)


@pytest.mark.parametrize(("name", "type_", "expected"), [
    ("NATO", EntityType.ALLIANCE, ["Q7184"]),            # P31 military alliance, aligned with Alliance
    ("NATO", EntityType.ORGANIZATION, ["Q7184"]),        # ... and with Organization through Alliance
    ("Europol", EntityType.ORGANIZATION, ["Q207203"]),   # two P279 steps: EU agency, international org.
    ("Europol", EntityType.STATE, []),
    ("NATO", EntityType.STATE, []),
])
def test_wikidata_search_follows_the_subclass_chain(client: WikidataClient, name: str, type_: EntityType,
                                                    expected: list[str]) -> None:
    assert [c.qid for c in client.search(name, type=type_)] == expected


def test_wikidata_nearer_type_scores_higher(client: WikidataClient) -> None:
    direct = client.search("NATO", type=EntityType.ORGANIZATION)[0]  # P31 intergovernmental organization
    climbed = client.search("Europol", type=EntityType.ORGANIZATION)[0]  # two steps up
    assert direct.score > climbed.score


def test_wikidata_search_stops_at_max_depth(fake: FakeWikidata, tmp_path: Path, ontology: Ontology) -> None:
    with WikidataClient(api_url=fake.api_url, cache_dir=tmp_path, ontology=ontology, max_depth=1) as shallow:
        assert shallow.search("Europol", type=EntityType.ORGANIZATION) == []


def test_wikidata_classes_are_fetched_in_batches_of_fifty(client: WikidataClient, fake: FakeWikidata) -> None:
    assert client.search("Manyclass", type=EntityType.STATE) == []
    batches = [r.params["ids"].split("|") for r in fake.calls("wbgetentities")][1:]  # after the item itself
    assert max(len(batch) for batch in batches) == MAX_IDS
    assert len({qid for batch in batches for qid in batch}) == 60
    assert all(r.params["props"] == "claims" for r in fake.calls("wbgetentities")[1:])


# -- retries, timeouts, malformed answers -----------------------------------------------------------


def test_wikidata_retries_after_429_honouring_retry_after(client: WikidataClient, fake: FakeWikidata) -> None:
    fake.script(Fault("status", status=429, retry_after="1"))
    started = time.monotonic()
    found = client.search("NATO")
    assert time.monotonic() - started >= 0.9
    assert [c.qid for c in found] == ["Q7184"] and len(fake.calls("wbsearchentities")) == 2


@pytest.mark.parametrize("fault", [
    Fault("status", status=503), Fault("status", status=502), Fault("maxlag", retry_after="0"),
    Fault("truncated"), Fault("slow", delay=3.0),
], ids=["503", "502", "maxlag", "truncated", "slow"])
def test_wikidata_retries_and_succeeds(client: WikidataClient, fake: FakeWikidata, fault: Fault) -> None:
    fake.script(fault, fault)
    assert [c.qid for c in client.search("NATO")] == ["Q7184"]
    assert len(fake.calls("wbsearchentities")) == 3


def test_wikidata_retry_after_is_capped_by_max_wait(fake: FakeWikidata, tmp_path: Path) -> None:
    fake.script(Fault("status", status=429, retry_after="3600"))
    with WikidataClient(api_url=fake.api_url, cache_dir=tmp_path, max_wait=0.1, backoff=0.01) as capped:
        started = time.monotonic()
        assert [c.qid for c in capped.search("NATO")] == ["Q7184"]
    assert time.monotonic() - started < 2


def test_wikidata_retry_after_reads_seconds_and_http_dates() -> None:
    now = 1_700_000_000.0
    assert _retry_after("7", now) == 7.0
    assert _retry_after(email.utils.formatdate(now + 30, usegmt=True), now) == pytest.approx(30, abs=1)
    assert _retry_after(email.utils.formatdate(now - 30, usegmt=True), now) == 0.0
    assert _retry_after("soon", now) is None and _retry_after(None, now) is None


def test_wikidata_gives_up_after_the_retries(client: WikidataClient, fake: FakeWikidata) -> None:
    fake.script(*[Fault("status", status=503)] * 10)
    expected = r"HTTP 503.*after 4 attempt\(s\).*without --online"
    with pytest.raises(WikidataUnavailable, match=expected) as caught:
        client.search("NATO")
    assert fake.api_url in str(caught.value) and len(fake.calls()) == 4


def test_wikidata_slow_reply_times_out_within_bounds(fake: FakeWikidata, tmp_path: Path) -> None:
    fake.script(*[Fault("slow", delay=5.0)] * 3)
    with WikidataClient(api_url=fake.api_url, cache_dir=tmp_path, timeout=(0.5, 0.3), retries=1,
                        backoff=0.01) as impatient:
        started = time.monotonic()
        with pytest.raises(WikidataUnavailable, match="no answer within"):
            impatient.search("NATO")
    assert time.monotonic() - started < 2


def test_wikidata_deadline_bounds_the_whole_call(fake: FakeWikidata, tmp_path: Path) -> None:
    fake.script(*[Fault("status", status=503, retry_after="1")] * 10)
    with WikidataClient(api_url=fake.api_url, cache_dir=tmp_path, deadline=1.5, retries=10) as bounded:
        started = time.monotonic()
        with pytest.raises(WikidataUnavailable, match="deadline"):
            bounded.search("NATO")
    assert time.monotonic() - started < 2.5


@pytest.mark.parametrize("fault", [Fault("not_json"), Fault("cut"), Fault("wrong_shape")],
                         ids=["not-json", "cut", "wrong-shape"])
@pytest.mark.parametrize("call", ["search", "getentities", "sparql"])
def test_wikidata_malformed_answer_is_unavailable(client: WikidataClient, fake: FakeWikidata, fault: Fault,
                                                  call: str) -> None:
    if call == "getentities":
        fake.script(Fault("none"), fault)  # the search answers; the entities do not
    else:
        fake.script(fault)
    with pytest.raises(WikidataUnavailable, match="not JSON|unexpected shape"):
        if call == "sparql":
            client.sparql("SELECT * WHERE { ?s ?p ?o }")
        else:
            client.search("Georgia", type=EntityType.STATE)
    # Only answers read well are cached: the search's, before the entities'.
    assert client.cache is not None
    assert len(_cached_files(client.cache.folder)) == (1 if call == "getentities" else 0)


def test_wikidata_truncated_answers_give_up_cleanly(client: WikidataClient, fake: FakeWikidata) -> None:
    fake.script(*[Fault("truncated")] * 4)
    with pytest.raises(WikidataUnavailable, match="connection failed"):
        client.search("NATO")


def test_wikidata_api_error_is_unavailable(client: WikidataClient, fake: FakeWikidata) -> None:
    fake.script(Fault("api_error"))
    with pytest.raises(WikidataUnavailable, match="refused .*badvalue: Unrecognized value"):
        client.search("NATO")
    assert len(fake.calls()) == 1  # not retried: asking again would get the same answer


def test_wikidata_connection_refused_is_unavailable(tmp_path: Path) -> None:
    with WikidataClient(api_url=closed_port_url(), cache_dir=tmp_path, retries=2, backoff=0.01) as nowhere:
        with pytest.raises(WikidataUnavailable, match="connection failed.*are you offline"):
            nowhere.search("NATO")
    assert _cached_files(tmp_path) == []


# -- cache and offline mode -----------------------------------------------------------------------


def test_wikidata_second_call_is_answered_by_the_cache(client: WikidataClient, fake: FakeWikidata,
                                                      tmp_path: Path, ontology: Ontology) -> None:
    first = client.search("Georgia", type=EntityType.STATE)
    asked = len(fake.calls())
    assert asked >= 2 and _cached_files(tmp_path / "cache")
    with WikidataClient(api_url=fake.api_url, cache_dir=tmp_path / "cache", ontology=ontology) as again:
        assert again.search("Georgia", type=EntityType.STATE) == first
    assert len(fake.calls()) == asked
    record = json.loads(_cached_files(tmp_path / "cache")[0].read_text(encoding="utf-8"))
    assert set(record) == {"url", "params", "response"}


def test_wikidata_offline_rebuild_may_ask_in_another_order(client: WikidataClient, fake: FakeWikidata,
                                                           tmp_path: Path, ontology: Ontology) -> None:
    # Online, NATO's classes are climbed after Europol's, so some come from the client's memory;
    # offline, NATO alone needs them in other batches, which the per-entity cache still answers.
    client.search("Europol", type=EntityType.ORGANIZATION)
    online = client.search("NATO", type=EntityType.STATE, keep_unmatched=True)
    asked = len(fake.calls())
    with WikidataClient(api_url=fake.api_url, cache_dir=tmp_path / "cache", offline=True,
                        ontology=ontology) as offline:
        assert offline.search("NATO", type=EntityType.STATE, keep_unmatched=True) == online
    assert len(fake.calls()) == asked


def test_wikidata_offline_answers_from_the_cache_only(client: WikidataClient, fake: FakeWikidata,
                                                     tmp_path: Path, ontology: Ontology) -> None:
    first = client.search("Georgia", type=EntityType.STATE)
    asked = len(fake.calls())
    with WikidataClient(api_url=fake.api_url, cache_dir=tmp_path / "cache", offline=True,
                        ontology=ontology) as offline:
        assert offline.search("Georgia", type=EntityType.STATE) == first
        with pytest.raises(WikidataUnavailable, match="not in the cache.*offline"):
            offline.search("Europol", type=EntityType.ORGANIZATION)
    assert len(fake.calls()) == asked


def test_wikidata_failed_requests_are_not_cached(client: WikidataClient, fake: FakeWikidata) -> None:
    fake.script(*[Fault("status", status=503)] * 4)
    with pytest.raises(WikidataUnavailable):
        client.search("NATO")
    assert client.cache is not None and _cached_files(client.cache.folder) == []
    assert [c.qid for c in client.search("NATO")] == ["Q7184"]


def test_wikidata_default_cache_dir_follows_the_environment(tmp_path: Path) -> None:
    assert default_cache_dir({"KG_CACHE_DIR": str(tmp_path)}) == tmp_path / "wikidata"
    assert default_cache_dir({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "kg" / "wikidata"
    assert default_cache_dir({}) == Path.home() / ".cache" / "kg" / "wikidata"


def test_wikidata_client_refuses_offline_without_cache() -> None:
    with pytest.raises(ValueError, match="offline"):
        WikidataClient(offline=True, use_cache=False)


# -- link_online -----------------------------------------------------------------------------------


def test_link_online_takes_the_best_candidate_of_the_type(client: WikidataClient) -> None:
    link = link_online("Georgia", EntityType.STATE, client)
    assert link.candidate is not None and link.candidate.qid == "Q230" and link.error is None
    assert link_online("Europol", EntityType.STATE, client).candidate is None


def test_link_online_reports_failure_without_raising(tmp_path: Path) -> None:
    with WikidataClient(api_url=closed_port_url(), cache_dir=tmp_path, retries=0) as nowhere:
        link = link_online("Georgia", EntityType.STATE, nowhere)
    assert link.candidate is None and isinstance(link.error, WikidataUnavailable)


# -- refresh ----------------------------------------------------------------------------------------


def test_refresh_queries_are_valid_sparql() -> None:
    prepareQuery(_stored_query(STATES_QUERY))
    prepareQuery(_stored_query(MEMBERSHIPS_QUERY) + _values("organisation", ["Q7184", "Q318693"]))
    for name in (STATES_QUERY, MEMBERSHIPS_QUERY):
        assert _stored_query(name).startswith("#+ summary: ")


def test_refresh_writes_files_the_gazetteer_reads(client: WikidataClient, fake: FakeWikidata,
                                                  tmp_path: Path) -> None:
    out = tmp_path / "gazetteer"
    result = refresh_gazetteer(client, out, organisations=["Q7184", "Q318693"])
    assert result.files == {STATES_FILE: 3, "memberships.jsonl": 3} and result.skipped_members == 1
    assert not list(tmp_path.glob(".gazetteer.*"))  # no staging folder left behind

    meta = json.loads((out / STATES_FILE).read_text(encoding="utf-8").splitlines()[0])["_meta"]
    assert meta["licence"] == "CC0-1.0" and meta["sources"][0]["name"] == "Wikidata"
    gazetteer = Gazetteer.load([STATES_FILE], folder=out)
    [georgia] = gazetteer.lookup("Georgian")
    assert (georgia.qid, georgia.label, georgia.capitals) == ("Q230", "Georgia", ("Tbilisi",))
    assert georgia.acronyms == ("GEO",) and "Sakartvelo" in georgia.aliases
    [usa] = gazetteer.lookup("U.S.")
    assert usa.qid == "Q30" and "USA" in usa.acronyms and "America" in usa.aliases

    asked = fake.calls("sparql")[-1].params["query"]
    assert "VALUES ?organisation { wd:Q7184 wd:Q318693 }" in asked
    reference = ReferenceFacts.load(out)
    albania = Entity("Albania", EntityType.STATE, qid="Q222")
    nato = Entity("NATO", EntityType.ALLIANCE, qid="Q7184")
    [row] = reference.rows_for(albania, nato)
    assert (row.role, row.start, row.end, row.sources) == ("member", "2009-04-01", None,
                                                           ("https://www.wikidata.org/wiki/Q222#P463",))
    csto = Entity("CSTO", EntityType.ALLIANCE, qid="Q318693")
    [georgia_csto] = reference.rows_for(Entity("Georgia", EntityType.STATE, qid="Q230"), csto)
    assert (georgia_csto.start, georgia_csto.end) == ("1994", "1999")  # year precision


def test_refresh_failure_leaves_the_folder_untouched(client: WikidataClient, fake: FakeWikidata,
                                                     tmp_path: Path) -> None:
    out = tmp_path / "gazetteer"
    refresh_gazetteer(client, out, organisations=["Q7184"])
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    fake.script(Fault("none"), *[Fault("status", status=503)] * 4)  # states answer, memberships fail
    with pytest.raises(WikidataUnavailable):
        refresh_gazetteer(client, out, organisations=["Q7184"])
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "gazetteer"]


def test_refresh_replaces_files_and_keeps_others(client: WikidataClient, tmp_path: Path) -> None:
    out = tmp_path / "gazetteer"
    out.mkdir()
    (out / STATES_FILE).write_text("old\n", encoding="utf-8")
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    refresh_gazetteer(client, out, organisations=["Q7184"])
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert len(Gazetteer.load([STATES_FILE], folder=out).entries) == 3


def test_refresh_refuses_bad_targets(client: WikidataClient) -> None:
    with pytest.raises(LinkingError, match="packaged data"):
        refresh_gazetteer(client, data_dir(), organisations=["Q7184"])
    with pytest.raises(LinkingError, match="QIDs"):
        refresh_gazetteer(client, Path("unused"), organisations=["NATO"])
