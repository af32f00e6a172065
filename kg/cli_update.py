"""The update commands: ``kg add``, ``kg retract``, ``kg link-fix``, ``kg split``, ``kg update``,
``kg history`` and ``kg diff``, on a persistent store or a SPARQL server."""

from __future__ import annotations

import contextlib
import getpass
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, Optional

import pyoxigraph as ox
import typer

from ._cli import Progress, fail
from .errors import KgError
from .export import PREFIXES
from .graph import KnowledgeGraph
from .ontology import load_ontology
from .pipeline import BuildReport, build_graph, find_sources, read_sources
from .remote import Endpoint, SparqlClient
from .updates import Change, GraphUpdater

__all__ = ["register"]

_WHERE_HELP = "Give the graph with --store DIR (a persistent store) or --endpoint URL (a SPARQL 1.1 server; " \
              "credentials from KG_STORE_USER and KG_STORE_PASSWORD)."
StoreOption = Annotated[Optional[Path], typer.Option("--store", help="The persistent store in this folder.")]
EndpointOption = Annotated[Optional[str], typer.Option("--endpoint", help="A SPARQL server's query URL.")]
ByOption = Annotated[Optional[str], typer.Option("--by", help="Who makes the change, for the history "
                                                              "(default: $KG_USER, else your login name).")]
ReasonOption = Annotated[str, typer.Option("--reason", help="Why, in your words, for the history.")]


def _user(by: Optional[str]) -> str:
    if by:
        return by
    try:
        return os.environ.get("KG_USER") or getpass.getuser()
    except (KeyError, OSError):
        return "user"


@contextlib.contextmanager
def _updater(store: Optional[Path], endpoint: Optional[str]) -> Iterator[GraphUpdater]:
    """The updater of a persistent store (closed afterwards) or of a SPARQL server."""
    if (store is None) == (endpoint is None):
        raise typer.BadParameter(f"give exactly one of --store DIR or --endpoint URL. {_WHERE_HELP}")
    if endpoint is not None:
        client = SparqlClient(Endpoint.from_url(endpoint, user=os.environ.get("KG_STORE_USER"),
                                                password=os.environ.get("KG_STORE_PASSWORD")))
        yield GraphUpdater.for_endpoint(client)
        return
    assert store is not None
    graph = KnowledgeGraph.open(store)
    try:
        yield graph.updater
    finally:
        graph.close()


def _report(change: Change | None, nothing: str) -> None:
    typer.echo(change.summary() if change is not None else nothing)


def _report_additions(added: Iterable[tuple[str, str, int]], failed_sources: list[str]) -> None:
    """A line per article as it is added (status, id, statements), then the counts of each status; exit
    status 1 when a source could not be read."""
    statuses: Counter[str] = Counter()
    for status, article_id, statements in added:
        statuses[status] += 1
        typer.echo(f"{status:9} {article_id} ({statements} statements)", err=True)
    typer.echo(", ".join(f"{n} {s}" for s, n in sorted(statuses.items())) or "nothing to add")
    for failed in failed_sources:
        typer.echo(f"kg: could not read {failed}", err=True)
    if failed_sources:
        raise typer.Exit(1)


def _add_to_store(sources: list[str], store: Path, *, by: str, reason: str, jobs: int) -> None:
    with KnowledgeGraph.open(store) as graph:
        report = build_graph(sources, graph=graph, progress=Progress(quiet=False), jobs=jobs, by=by,
                             reason=reason).report
    _report_additions(((r.status, r.article_id, r.statements) for r in report.results), report.failed_sources)


def register(app: typer.Typer) -> None:
    """Add the commands of this module to ``app``."""

    @app.command(epilog=f"""Examples:

\b
  kg add new-articles/ --store graph-db/ --reason "Monday's news"
      extract (or read the sheets of) new articles into a persistent store; an article seen
      before is re-ingested (its graph replaced) if it changed, and skipped if not

\b
  kg add news/ --store graph-db/ --jobs 2
      the same with two worker processes reading, extracting and mapping (one per core)

\b
  kg add corrected.json --endpoint http://127.0.0.1:7878/query
      the same on a SPARQL server

{_WHERE_HELP}""")
    def add(
        sources: Annotated[list[str], typer.Argument(metavar="SOURCE...", help="Fact sheets, articles, URLs or "
                                                                                "folders, as for 'kg build'.")],
        store: StoreOption = None, endpoint: EndpointOption = None, by: ByOption = None, reason: ReasonOption = "",
        jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes that read, extract and map "
                                                                      "the sources (one per core) while this one "
                                                                      "writes; for a --store.")] = 1,
    ) -> None:
        """Add or re-ingest articles in place, each as one recorded transaction."""
        if jobs > 1 and store is None:
            raise typer.BadParameter("--jobs needs --store: a server is written one article at a time")
        try:
            if store is not None:
                _add_to_store(sources, store, by=_user(by), reason=reason, jobs=jobs)
                return
            report = BuildReport()
            sheets = read_sources(find_sources(sources), ontology=load_ontology(), report=report)
            with _updater(store, endpoint) as updater:
                added = (updater.add_sheet(sheet, by=_user(by), reason=reason) for sheet in sheets)
                _report_additions(((status, mapped.article_id, mapped.statements) for status, mapped, _ in added),
                                  report.failed_sources)
        except KgError as exc:
            raise fail(exc) from exc

    @app.command(epilog=f"""Examples:

\b
  kg retract https://w3id.org/kg/id/statement/4c8f… --reason "misread: an observer, not a member" --store graph-db/
      one statement (kg query articles/facts -p article=ID lists an article's statements)

\b
  kg retract --article rumour-mill-2026-03 --reason "the outlet retracted it" --store graph-db/
      every statement of an article; its graph stays, for history

{_WHERE_HELP}""")
    def retract(
        statement: Annotated[Optional[str], typer.Argument(metavar="[STATEMENT]", help="The statement's IRI.")] = None,
        article: Annotated[Optional[str], typer.Option("--article", help="Retract a whole article (its id).")] = None,
        reason: Annotated[str, typer.Option("--reason", help="Why (required: it goes into the history).")] = "",
        store: StoreOption = None, endpoint: EndpointOption = None, by: ByOption = None,
    ) -> None:
        """Retract a statement or a whole article, recording who, when and why (PROV-O)."""
        if (statement is None) == (article is None):
            raise typer.BadParameter("give a STATEMENT IRI or --article ID")
        if not reason.strip():
            raise typer.BadParameter("say why with --reason TEXT; it is kept in the history")
        try:
            with _updater(store, endpoint) as updater:
                change = (updater.retract(statement, reason=reason, by=_user(by)) if statement is not None
                          else updater.retract_article(article or "", reason=reason, by=_user(by)))
            _report(change, "nothing to retract: already retracted")
        except (KgError, ValueError) as exc:
            raise fail(exc if isinstance(exc, KgError) else KgError(str(exc))) from exc

    @app.command("link-fix", epilog=f"""Examples:

\b
  kg link-fix https://w3id.org/kg/id/event/steppe-guard-2026 --qid Q123456 --store graph-db/
      give an entity its Wikidata item; every fact follows, and articles added later too

\b
  kg link-fix http://www.wikidata.org/entity/Q1428 --qid Q230 --article atlanta-visit --store graph-db/
      correct a wrong link in one article only

\b
  kg link-fix https://w3id.org/kg/id/organization/odkb --merge-into http://www.wikidata.org/entity/Q318693 --store graph-db/
      two IRIs for the same thing: merge (kg split undoes it)

{_WHERE_HELP}""")
    def link_fix(
        entity: Annotated[str, typer.Argument(metavar="ENTITY", help="The entity's IRI as the graph has it.")],
        qid: Annotated[Optional[str], typer.Option("--qid", help="Its Wikidata item id (Q…).")] = None,
        merge_into: Annotated[Optional[str], typer.Option("--merge-into", help="The IRI of the entity it is "
                                                                               "the same as.")] = None,
        article: Annotated[Optional[str], typer.Option("--article", help="Only in this article (with --qid).")] = None,
        store: StoreOption = None, endpoint: EndpointOption = None, by: ByOption = None, reason: ReasonOption = "",
    ) -> None:
        """Correct an entity: set or change its Wikidata QID, or merge it into another; every fact follows."""
        if (qid is None) == (merge_into is None):
            raise typer.BadParameter("give --qid QID or --merge-into IRI")
        try:
            with _updater(store, endpoint) as updater:
                if qid is not None:
                    change = updater.set_qid(entity, qid, article=article, by=_user(by), reason=reason)
                else:
                    change = updater.merge(merge_into or "", entity, by=_user(by), reason=reason)
            _report(change, "nothing to change")
        except (KgError, ValueError) as exc:
            raise fail(exc if isinstance(exc, KgError) else KgError(str(exc))) from exc

    @app.command(epilog=f"""Example:

\b
  kg history https://w3id.org/kg/id/event/steppe-guard-2026 --store graph-db/
      lists 'link-fix' corrections; split one with
  kg split https://w3id.org/kg/id/correction/… --store graph-db/

{_WHERE_HELP}""")
    def split(
        correction: Annotated[str, typer.Argument(metavar="CORRECTION", help="The correction's IRI.")],
        store: StoreOption = None, endpoint: EndpointOption = None, by: ByOption = None, reason: ReasonOption = "",
    ) -> None:
        """Undo an entity correction (a wrong merge): the facts go back to the entity they had."""
        try:
            with _updater(store, endpoint) as updater:
                _report(updater.split(correction, by=_user(by), reason=reason), "nothing to undo")
        except (KgError, ValueError) as exc:
            raise fail(exc if isinstance(exc, KgError) else KgError(str(exc))) from exc

    @app.command(epilog=f"""Example:

\b
  kg update fix-labels.ru --store graph-db/ --reason "labels in English"
      run a SPARQL Update file in one transaction, recorded in the history

{_WHERE_HELP}""")
    def update(
        file: Annotated[Path, typer.Argument(metavar="FILE", help="A SPARQL Update (.ru); - reads standard input.")],
        store: StoreOption = None, endpoint: EndpointOption = None, by: ByOption = None, reason: ReasonOption = "",
    ) -> None:
        """Run a SPARQL 1.1 Update on the graph, whole or not at all, and record it."""
        try:
            text = sys.stdin.read() if str(file) == "-" else file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise fail(KgError(f"cannot read {file}: {exc}")) from exc
        try:
            with _updater(store, endpoint) as updater:
                _report(updater.run_update(text, by=_user(by), reason=reason), "nothing done")
        except KgError as exc:
            raise fail(exc) from exc

    @app.command(epilog=f"""Examples:

\b
  kg history http://www.wikidata.org/entity/Q403 --store graph-db/
      every change that touched Serbia's facts

\b
  kg history https://w3id.org/kg/id/statement/4c8f… --store graph-db/ -f turtle
      a statement's changes as RDF (kg:Change resources with their exact quads)

{_WHERE_HELP}""")
    def history(
        iri: Annotated[str, typer.Argument(metavar="IRI", help="An entity, a statement or an article's graph or node.")],
        store: StoreOption = None, endpoint: EndpointOption = None,
        output_format: Annotated[str, typer.Option("--format", "-f", help="text (default) or turtle.")] = "text",
        quads: Annotated[bool, typer.Option("--quads", help="With text: list each change's quads too.")] = False,
    ) -> None:
        """The recorded changes of an entity, a statement or an article: when, who, why, what."""
        if output_format not in ("text", "turtle"):
            raise typer.BadParameter("--format is text or turtle")
        try:
            with _updater(store, endpoint) as updater:
                changes = updater.history(iri)
            if output_format == "turtle":
                sys.stdout.buffer.write(_changes_as_turtle(changes))
                return
            for change in changes:
                typer.echo(change.summary())
                if quads:
                    for quad in change.removed:
                        typer.echo(f"  - {quad}")
                    for quad in change.added:
                        typer.echo(f"  + {quad}")
            if not changes:
                typer.echo(f"no recorded change touches <{iri}>", err=True)
        except (KgError, ValueError) as exc:
            raise fail(exc if isinstance(exc, KgError) else KgError(str(exc))) from exc

    @app.command(epilog=f"""Examples:

\b
  kg diff --since 2026-11-01 --store graph-db/
      what changed since the 1st of November, as RDF Patch (D and A lines)

\b
  kg diff --since 2026-11-01T09:00:00Z --until 2026-11-02 --store graph-db/ -o changes.rdfp

{_WHERE_HELP}""")
    def diff(
        since: Annotated[str, typer.Option("--since", help="From this ISO date or time (exclusive).")],
        until: Annotated[Optional[str], typer.Option("--until", help="Up to this ISO date or time "
                                                                     "(inclusive; default: now).")] = None,
        store: StoreOption = None, endpoint: EndpointOption = None,
        output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here, atomically.")] = None,
    ) -> None:
        """The net difference the recorded changes made between two points in time, as RDF Patch."""
        from ._io import write_output

        try:
            with _updater(store, endpoint) as updater:
                result = updater.diff(since, until)
            text = result.patch().encode("utf-8")
            write_output(text, output)
            typer.echo(f"{len(result.changes)} change(s): -{len(result.removed)} +{len(result.added)} quads",
                       err=True)
        except KgError as exc:
            raise fail(exc) from exc


def _changes_as_turtle(changes: list[Change]) -> bytes:
    from ._vocab import KG

    def node(iri: str) -> ox.NamedNode:
        return ox.NamedNode(iri)

    xsd = "http://www.w3.org/2001/XMLSchema#"
    triples = []
    for change in changes:
        subject = node(change.iri)
        triples += [
            ox.Triple(subject, node("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), node(KG.Change)),
            ox.Triple(subject, node(KG.sequence), ox.Literal(str(change.sequence), datatype=node(xsd + "integer"))),
            ox.Triple(subject, node("http://www.w3.org/ns/prov#startedAtTime"),
                      ox.Literal(change.time, datatype=node(xsd + "dateTime"))),
            ox.Triple(subject, node(KG.operation), ox.Literal(change.operation)),
            ox.Triple(subject, node(KG.changedBy), ox.Literal(change.by)),
        ]
        if change.reason:
            triples.append(ox.Triple(subject, node(KG.reason), ox.Literal(change.reason)))
        for name, quads in (("removedQuads", change.removed), ("addedQuads", change.added)):
            if quads:
                text = ox.serialize(list(quads), format=ox.RdfFormat.N_QUADS).decode("utf-8")
                triples.append(ox.Triple(subject, node(getattr(KG, name)), ox.Literal(text)))
        triples += [ox.Triple(subject, node(KG.affectedGraph), node(g)) for g in change.graphs]
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
