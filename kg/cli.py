"""The ``kg`` command: each subcommand parses its options, calls one public function, prints the result.

Exit status: 0 on success, 1 when kg reports an error (a source it cannot read, a violation under
``--strict``), 2 for a usage error.
"""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from ._cli import Progress, fail
from ._version import __version__
from .errors import KgError
from .export import RdfFormat
from .graph import KnowledgeGraph
from .models import EntityType

if TYPE_CHECKING:
    from .linking.wikidata import WikidataClient
from .cli_check import register as register_check_commands
from .cli_sparql import register as register_sparql_commands
from .cli_update import register as register_update_commands
from .pipeline import build_graph, extract_articles
from .settings import Settings
from .validate import record_conflicts, validate

app = typer.Typer(
    name="kg",
    help="Build knowledge graphs of international-security news: states, alliances, agreements, exercises.\n\n"
         "Facts are extracted from articles (text, HTML, JSON lines, URLs; 'kg extract') or read from fact "
         "sheets (JSON or YAML, the corpus format); each article becomes a named graph, each fact a statement "
         "node with modality, time, evidence and provenance, linked to Wikidata. Start with "
         "'kg extract ARTICLES -o sheets/' and 'kg build sheets/ -o graph.trig'; run 'kg COMMAND --help' for "
         "examples.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

FORMAT_HELP = ("RDF format: trig, nquads (named graphs kept), turtle, ntriples, rdfxml (union of all graphs), "
               "jsonld (graphs kept). Default: from the output file's extension (.trig .nq .ttl .nt .rdf .jsonld).")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True,
                                                    help="Print kg's version and exit.")] = None,
) -> None:
    """kg: knowledge graphs of international-security news."""


def _open_graph(data: Optional[Path], store: Optional[Path]) -> KnowledgeGraph:
    if (data is None) == (store is None):
        raise typer.BadParameter("give either a FILE or --store DIR")
    if store is not None:
        return KnowledgeGraph.open(store, read_only=True)
    assert data is not None
    graph = KnowledgeGraph(settings=Settings(include_ontology=False))
    fmt = RdfFormat.from_path(data)
    try:
        graph.store.load(path=str(data), format=fmt.oxigraph)
    except (SyntaxError, ValueError, OSError) as exc:
        raise KgError(f"{data}: cannot read it as {fmt.value}: {exc}") from exc
    return graph


@app.command(epilog="""Examples:

\b
  kg build examples/ -o out/example.trig
      every fact sheet in examples/ (with the article beside it) into one TriG file

\b
  kg build ../shared/corpus/dev/*.json -o dev.nq --strict
      fail if any fact is left out (ill-typed by the ontology, naming an unknown entity)

\b
  kg build news/ -o news.nq --jobs 2
      read, extract and map in two worker processes (one per core): the same graph, sooner

\b
  kg build archive/ -o archive.nq --jobs 2 --no-shapes
      ten thousand articles: leave the SHACL check (minutes at a million quads) to 'kg validate'

\b
  kg build new/*.json --store graph-db/
      add to a persistent store on disk; an article built again replaces its named graph (only
      what it changed is written), an unchanged one is skipped; the shapes check what was written

\b
  SOURCE_DATE_EPOCH=$(date +%s) kg build examples/ -o out.trig
      also record when the build ran (by default the output holds no wall-clock time, so that two
      builds of the same input are byte-identical)""")
def build(
    sources: Annotated[list[str], typer.Argument(metavar="SOURCE...", help="Fact sheets (.json, .yaml); articles (.txt, .html, "
                                                      ".jsonl) or http(s) URLs, extracted unless a .txt has a sheet "
                                                      "of the same stem beside it; or folders of them.")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="File to write (atomically).")] = None,
    rdf_format: Annotated[Optional[RdfFormat], typer.Option("--format", "-f", help=FORMAT_HELP)] = None,
    store: Annotated[Optional[Path], typer.Option("--store", help="Add to the persistent store in this folder.")] = None,
    no_ontology: Annotated[bool, typer.Option("--no-ontology", help="Leave the ontology's own named graph out "
                                                                    "of the output.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Fail (exit 1, nothing written) if any fact is left out, "
                                                          "any source cannot be read or an article graph it "
                                                          "writes violates a SHACL shape (kg validate checks a "
                                                          "whole store).")] = False,
    reason: Annotated[bool, typer.Option("--reason", help="Add what the ontology implies (inverse relations, "
                                                          "superclass types, transitive part-of) in the graph "
                                                          "<https://w3id.org/kg/inferred>, and check consistency "
                                                          "with HermiT (needs Java).")] = False,
    base_iri: Annotated[Optional[str], typer.Option("--base-iri", envvar="KG_BASE_IRI",
                                                    help="Prefix of the IRIs kg mints.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes that read, extract and "
                                                                  "map sources (one per core); the graph is "
                                                                  "the same.")] = 1,
    no_shapes: Annotated[bool, typer.Option("--no-shapes", help="Skip the SHACL shapes (pySHACL checks about "
                                                                "4,000 quads a second: minutes at a million); "
                                                                "'kg validate' runs them later.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
) -> None:
    """Build a knowledge graph from fact sheets, or from articles whose facts kg extracts.

    Each article becomes a named graph with its provenance; each fact a statement node (modality, time,
    evidence sentence and offsets, confidence) plus, when asserted, a plain triple. Linked entities are
    their Wikidata IRIs. TriG and N-Quads keep the named graphs; Turtle, N-Triples and RDF/XML hold their
    union. Facts the ontology rejects are left out and listed.
    """
    if output is None and store is None:
        raise typer.BadParameter("say where the graph goes: -o FILE and/or --store DIR")
    try:
        settings = Settings.from_environment(base_iri=base_iri, include_ontology=not no_ontology)
        graph = KnowledgeGraph.open(store, settings=settings) if store else None
        # (the report names the articles extracted in part: the extractor's own warning would repeat it)
        logging.getLogger("kg.extract").setLevel(logging.ERROR)
        result = build_graph(sources, graph=graph, settings=settings, progress=Progress(quiet), jobs=jobs)
        report = result.report
        for issue in report.issues:
            if issue.severity == "error" or not quiet:
                typer.echo(f"kg: {issue}", err=True)
        if report.failed_sources:
            raise KgError(f"{len(report.failed_sources)} source(s) could not be read (see above); nothing written")
        if strict:
            report.raise_for_issues()
        # Into a store, the shapes check the article graphs this build wrote, not the store's earlier ones.
        written = None if store is None else [r.graph for r in report.results if r.status != "unchanged"]
        if no_shapes:
            written = []
        elif not quiet and sum(r.status != "unchanged" for r in report.results) > 100:
            typer.echo("checking the SHACL shapes (about 4,000 quads a second; --no-shapes skips them)", err=True)
        checks = validate(result.graph.store, graphs=written)
        record_conflicts(result.graph.store, checks.conflicts)
        for violation in checks.violations:
            typer.echo(f"kg: shape violated: {violation}", err=True)
        if strict and checks.violations:
            raise KgError(f"{len(checks.violations)} SHACL violation(s) (see above); nothing written")
        if reason:
            _reason(result.graph, quiet)
        if output is not None:
            out_format = rdf_format or RdfFormat.from_path(output)
            written = result.graph.save(output, out_format, include_ontology=not no_ontology)
            if not quiet:
                unit = "quads" if out_format.keeps_graphs else "triples"
                typer.echo(f"wrote {written} {unit} to {output}", err=True)
        if store is not None:
            result.graph.flush()
        if not quiet:
            typer.echo(report.summary(), err=True)
            checked = checks.summary().splitlines()[0]
            typer.echo(checked.replace("0 SHACL violation(s)", "SHACL shapes not checked") if no_shapes else checked,
                       err=True)
    except (KgError, ValueError) as exc:
        raise fail(exc if isinstance(exc, KgError) else KgError(str(exc))) from exc


def _reason(graph: KnowledgeGraph, quiet: bool) -> None:
    from .reasoning import ReasonerUnavailable, check_consistency, materialise

    counts = materialise(graph.store)
    if not quiet:
        typer.echo("inferred: " + ", ".join(f"{n} {rule}" for rule, n in counts.items()), err=True)
    try:
        verdict = check_consistency(graph.store)
    except ReasonerUnavailable as exc:
        typer.echo(f"kg: warning: {exc}", err=True)
        return
    if not verdict.consistent:
        raise KgError(f"HermiT finds the ontology plus the data inconsistent ({verdict.method}): {verdict.detail}")
    if not quiet:
        typer.echo(f"consistent under HermiT ({verdict.method})", err=True)


@app.command(epilog="""Examples:

\b
  kg extract articles/*.txt -o sheets/
      one fact sheet per article (sheets/STEM.json), to review and correct, then 'kg build sheets/'

\b
  kg extract news/ -o sheets/ --jobs 2
      a folder of articles (.txt, .html, .jsonl), on two cores

\b
  kg extract https://example.org/news/drills.html -o sheets/
      a page fetched over the network (timeout, size cap, HTML or plain text only)

\b
  python ../shared/eval/score.py ../shared/corpus/dev sheets/
      score the sheets against gold ones""")
def extract(
    articles: Annotated[list[str], typer.Argument(metavar="ARTICLE...", help="Articles (.txt with or without the "
                                                  "TITLE/SOURCE/URL/DATE header, .html, .jsonl), http(s) URLs, or "
                                                  "folders of them.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Folder for the fact sheets (STEM.json).")],
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes (one per core).")] = 1,
    online: Annotated[bool, typer.Option("--online", help="Link people, exercises, agreements and units the "
                                                          "gazetteer lacks through Wikidata's API (cached; "
                                                          "failures leave them unlinked).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
) -> None:
    """Extract facts from articles into fact sheets (the corpus format), offline unless --online.

    Each fact carries its modality (asserted, planned, reported, negated), time, the evidence sentence with
    its offsets, and a confidence; entities are linked to Wikidata through the offline gazetteer. Page
    clutter (related headlines, tag lines, photo credits) is set aside first. The summary counts facts by
    relation, names without a Wikidata link, and claims that contradict the reference data.
    """
    # (the report below names the articles extracted in part: the extractor's own warning would repeat it)
    logging.getLogger("kg.extract").setLevel(logging.ERROR)
    try:
        client = _wikidata_client() if online else None
        try:
            report = extract_articles(articles, output, progress=Progress(quiet), jobs=jobs, online=client)
        finally:
            if client is not None:
                client.close()
        for issue in report.issues:
            typer.echo(f"kg: {issue}", err=True)
        if not quiet:
            typer.echo(f"wrote {len(report.written)} fact sheet(s) to {output}", err=True)
            typer.echo(report.summary(), err=True)
        if report.issues:
            told = [f"{report.unread} article(s) could not be read"] if report.unread else []
            told += [f"{report.extracted_in_part} article(s) extracted in part"] if report.extracted_in_part else []
            raise KgError(f"{', '.join(told)} (see above)")
    except KgError as exc:
        raise fail(exc) from exc


@app.command(epilog="""Examples:

\b
  kg export dev.trig -o dev.ttl
      the union of all named graphs as Turtle

\b
  kg export --store graph-db/ -o dump.nq
      a persistent store to N-Quads (named graphs kept), e.g. for a triple store's bulk loader""")
def export(
    source: Annotated[Optional[Path], typer.Argument(metavar="[FILE]",
                                                     help="An RDF file (.trig .nq .ttl .nt .rdf .jsonld).")] = None,
    output: Annotated[Path, typer.Option("-o", "--output", help="File to write (atomically).")] = Path("-"),
    rdf_format: Annotated[Optional[RdfFormat], typer.Option("--format", "-f", help=FORMAT_HELP)] = None,
    store: Annotated[Optional[Path], typer.Option("--store", help="Read the persistent store in this folder.")] = None,
) -> None:
    """Write a graph (a file or a store) in another RDF format, sorted and atomically."""
    if str(output) == "-":
        raise typer.BadParameter("give the file to write with -o FILE")
    try:
        graph = _open_graph(source, store)
        written = graph.save(output, rdf_format or RdfFormat.from_path(output))
        typer.echo(f"wrote {written} statements to {output}", err=True)
    except KgError as exc:
        raise fail(exc) from exc


app.command("convert", help="Same as 'kg export'.", epilog="Example:\n\n\b\n  kg convert dev.trig -o dev.nt")(export)


@app.command(epilog="""Examples:

\b
  kg info dev.trig
  kg info --store graph-db/""")
def info(
    source: Annotated[Optional[Path], typer.Argument(metavar="[FILE]", help="An RDF file kg wrote.")] = None,
    store: Annotated[Optional[Path], typer.Option("--store", help="The persistent store in this folder.")] = None,
    limit: Annotated[int, typer.Option(help="How many unlinked entities to list.")] = 20,
) -> None:
    """Count what a graph holds: articles, entities by class, statements by relation and modality,
    and the entities still without a Wikidata link."""
    try:
        graph = _open_graph(source, store)
        typer.echo(render_info(graph, limit=limit))
    except KgError as exc:
        raise fail(exc) from exc


@app.command(epilog="""Examples:

\b
  kg link Georgia --context "officials in Tbilisi said"
      the country (Q230), with the cue that chose it

\b
  kg link ODKB --type Alliance
      an acronym in another language: the CSTO (Q318693)

\b
  kg link "Eagle Partner" --type Exercise --online
      ask Wikidata's API too (cached on disk; a failure is reported, not fatal)""")
def link(
    name: Annotated[str, typer.Argument(metavar="TEXT", help="The name as an article writes it.")],
    entity_type: Annotated[Optional[EntityType], typer.Option("--type", "-t", help="Keep candidates of this type "
                                                              "(Organization includes Alliance).")] = None,
    context: Annotated[str, typer.Option("--context", "-c", help="Words around the name, to disambiguate.")] = "",
    online: Annotated[bool, typer.Option("--online", help="Also search Wikidata (network; results cached).")] = False,
    limit: Annotated[int, typer.Option(min=1, help="At most this many candidates.")] = 10,
) -> None:
    """Print the Wikidata candidates for a name: QID, label, type, score and why.

    Offline, candidates come from the gazetteer shipped with kg (states, organisations, their bodies and
    programmes), read in context; with --online, Wikidata's search is asked as well, its candidates
    filtered by the type's Wikidata class.
    """
    from .linking.link import link_name

    try:
        client = _wikidata_client() if online else None
        candidates = link_name(name, entity_type=entity_type, context=context, client=client, limit=limit)
    except KgError as exc:
        raise fail(exc) from exc
    if not candidates:
        typer.echo(f"no candidate for {name!r}" + ("" if online else "; try --online to ask Wikidata"), err=True)
        raise typer.Exit(1)
    for candidate in candidates:
        kind = candidate.type.value if candidate.type else "?"
        typer.echo(f"{candidate.qid or '-':<10} {candidate.score:4.2f}  {candidate.label} ({kind})  "
                   f"{candidate.description}  [{candidate.source}]")


def _wikidata_client() -> WikidataClient:
    """A client of Wikidata's API and query service; KG_WIKIDATA_API_URL / KG_WIKIDATA_SPARQL_URL point
    it elsewhere (a mirror, or a test server), KG_CACHE_DIR moves its cache, KG_CONTACT goes into its
    User-Agent as Wikimedia asks."""
    import os

    from .linking.wikidata import DEFAULT_API_URL, DEFAULT_SPARQL_URL, WikidataClient

    return WikidataClient(api_url=os.environ.get("KG_WIKIDATA_API_URL") or DEFAULT_API_URL,
                          sparql_url=os.environ.get("KG_WIKIDATA_SPARQL_URL") or DEFAULT_SPARQL_URL,
                          contact=os.environ.get("KG_CONTACT") or None)


gazetteer_app = typer.Typer(help="The offline gazetteer: refresh it from Wikidata.", no_args_is_help=True,
                            context_settings={"help_option_names": ["-h", "--help"]}, rich_markup_mode=None)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("refresh", epilog="""Examples:

\b
  kg gazetteer refresh -o ~/kg-gazetteer
      sovereign states (labels, aliases, ISO codes, demonyms, capitals) and the memberships of the
      organisations kg knows, from Wikidata's query service (CC0), into ~/kg-gazetteer

\b
  kg gazetteer refresh -o ~/kg-gazetteer --organisation Q7184 --organisation Q318693
      only NATO's and the CSTO's members""")
def gazetteer_refresh(
    output: Annotated[Path, typer.Option("-o", "--output", help="Folder for the refreshed files.")],
    organisations: Annotated[Optional[list[str]], typer.Option(
        "--organisation", help="QID of an organisation whose members to fetch (repeatable; default: all that "
                               "kg knows).")] = None,
) -> None:
    """Rebuild the gazetteer's states and reference memberships from Wikidata's SPARQL endpoint.

    Nothing is written until both answers have arrived; the files then replace those in the folder at
    once, so a failure leaves it as it was. The packaged data is never overwritten: read the refreshed
    files with Gazetteer.load(folder=...) and ReferenceFacts.load(folder).
    """
    from .linking.refresh import refresh_gazetteer

    try:
        with _wikidata_client() as client:
            result = refresh_gazetteer(client, output, organisations=organisations)
    except KgError as exc:
        raise fail(exc) from exc
    except OSError as exc:
        raise fail(KgError(f"cannot write into {output}: {exc}")) from exc
    for name, count in result.files.items():
        typer.echo(f"wrote {result.folder / name} ({count} records)", err=True)
    if result.skipped_members:
        typer.echo(f"{result.skipped_members} member(s) that are not states were left out", err=True)


def render_info(graph: KnowledgeGraph, *, limit: int = 20) -> str:
    """The text ``kg info`` prints."""
    lines = [f"{len(graph)} quads, {len(graph.articles())} article(s)"]
    classes = {iri: t.value for t, iri in graph.ontology.classes.items()}
    counts: Counter[str] = Counter()
    unlinked: list[tuple[str, str]] = []
    for row in graph.query("SELECT DISTINCT ?e ?c WHERE { ?e a ?c }"):
        cls = row["c"].value
        if cls in classes:
            counts[classes[cls]] += 1
            if not row["e"].value.startswith("http://www.wikidata.org/entity/"):
                unlinked.append((classes[cls], row["e"].value))
    lines.append("entities: " + (", ".join(f"{name} {n}" for name, n in sorted(counts.items())) or "none"))
    relations = {spec.iri: name for name, spec in graph.ontology.relations.items()}
    by_relation: Counter[tuple[str, str]] = Counter()
    retracted = 0
    for row in graph.query("SELECT ?r ?m (COUNT(DISTINCT ?s) AS ?n) (COUNT(DISTINCT ?x) AS ?gone) WHERE { "
                           "?s kg:relation ?r ; kg:modality ?m . OPTIONAL { ?s kg:retracted ?x } } GROUP BY ?r ?m"):
        name = relations.get(row["r"].value, row["r"].value)
        by_relation[(name, row["m"].value.rsplit("#", 1)[-1].lower())] += int(row["n"].value)
        retracted += int(row["gone"].value)
    total = sum(by_relation.values())
    lines.append(f"statements: {total}" + (f" ({retracted} retracted)" if retracted else ""))
    for name in sorted({r for r, _ in by_relation}):
        parts = ", ".join(f"{m} {n}" for (r, m), n in sorted(by_relation.items()) if r == name)
        lines.append(f"  {name}: {parts}")
    labels = {}
    for row in graph.query("SELECT ?e ?l WHERE { ?e rdfs:label ?l }"):
        labels.setdefault(row["e"].value, row["l"].value)
    lines.append(f"unlinked entities (no Wikidata QID): {len(unlinked)}")
    for cls, iri in sorted(unlinked, key=lambda x: (x[0], labels.get(x[1], x[1])))[:limit]:
        lines.append(f"  {cls}: {labels.get(iri, iri)}")
    if len(unlinked) > limit:
        lines.append(f"  ... and {len(unlinked) - limit} more (--limit)")
    return "\n".join(lines)


register_sparql_commands(app)
register_update_commands(app)
register_check_commands(app, _open_graph)


def main() -> None:
    """Entry point of the ``kg`` console script."""
    app()


if __name__ == "__main__":
    main()
