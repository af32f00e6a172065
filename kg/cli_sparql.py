"""The ``kg queries``, ``kg query`` and ``kg push`` commands: stored queries and remote stores."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path
from typing import Annotated, Optional

import pyoxigraph as ox
import typer

from ._cli import fail
from .engines import OxigraphEngine, QueryEngine, RdflibEngine, load_dataset, run_query
from .errors import KgError
from .export import PREFIXES, RdfFormat
from .graph import KnowledgeGraph
from .queries import StoredQuery, load_catalog
from .remote import KINDS, Endpoint, RemoteEngine, SparqlClient, push
from .results import ResultFormat, render
from .settings import Settings

__all__ = ["register"]

_ENV_HELP = "Credentials come from KG_STORE_USER and KG_STORE_PASSWORD, never from the command line."



def _endpoint(url: str, kind: Optional[str], update_url: Optional[str], store_url: Optional[str]) -> Endpoint:
    return Endpoint.from_url(url, kind=kind, update_url=update_url, store_url=store_url,
                             user=os.environ.get("KG_STORE_USER"), password=os.environ.get("KG_STORE_PASSWORD"))


def _describe(query: StoredQuery) -> str:
    lines = [f"{query.name}: {query.summary}", ""]
    if query.description:
        lines += [*textwrap.wrap(query.description, 100), ""]
    if query.endpoint:
        lines += [f"Runs on: {query.endpoint}", ""]
    lines.append("Parameters:" if query.parameters else "Parameters: none")
    for parameter in query.parameters:
        flags = [parameter.type.value, "required" if parameter.required else "optional"]
        if parameter.multiple:
            flags.append("several values")
        if parameter.default is not None:
            flags.append(f"default {parameter.default}")
        if parameter.choices:
            flags.append("one of " + "|".join(parameter.choices))
        lines.append(f"  {parameter.name} ({', '.join(flags)}): {parameter.description}".rstrip(": "))
    if query.returns:
        lines += ["", "Returns: " + ", ".join(query.returns)]
    if query.example:
        lines += ["", "Example:", f"  {query.example}"]
    return "\n".join(lines)


def _parse_params(pairs: list[str]) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise typer.BadParameter(f"{pair!r}: write --param NAME=VALUE", param_hint="--param")
        params.setdefault(name.strip(), []).append(value)
    return params


def register(app: typer.Typer) -> None:
    """Add the commands of this module to ``app``."""

    @app.command(epilog="""Examples:

\b
  kg queries
      the catalogue: each query's name and what it answers

\b
  kg queries memberships/members
      one query in full: description, parameters with types, returned columns, an example""")
    def queries(
        name: Annotated[Optional[str], typer.Argument(metavar="[NAME]", help="Show this query in full.")] = None,
        show_text: Annotated[bool, typer.Option("--sparql", help="Also print the query's SPARQL text.")] = False,
    ) -> None:
        """List the stored SPARQL queries (queries/*/*.rq), or show one with its parameters."""
        try:
            catalog = load_catalog()
            if name is not None:
                query = catalog[name]
                typer.echo(_describe(query))
                if show_text:
                    typer.echo("\n" + query.text)
                return
            width = max(len(q.name) for q in catalog)
            for query in catalog:
                where = f"  [{query.endpoint}]" if query.endpoint else ""
                typer.echo(f"{query.name.ljust(width)}  {query.summary}{where}")
            typer.echo(f"\n{len(catalog)} queries; 'kg queries NAME' shows one, 'kg query NAME ...' runs it.",
                       err=True)
        except KgError as exc:
            raise fail(exc) from exc

    @app.command(epilog=f"""Examples:

\b
  kg query memberships/members --param organisation=NATO --data out/example.trig
      NATO's members, by name (a QID or an IRI works too), as a table

\b
  kg query memberships/members --param organisation=Q7184 --param on_date=2020-01-01 --store graph-db/ -f csv
      as of a date, on a persistent store, as SPARQL CSV

\b
  kg query exercises/exercises --param participant=Serbia --endpoint http://127.0.0.1:7878/query -f json
      on a SPARQL server (parameters travel as a VALUES block of checked RDF terms)

\b
  kg query wikidata/truthy-projection --data out/example.trig -o projection.ttl
      a CONSTRUCT, written as Turtle

{_ENV_HELP}""")
    def query(
        name: Annotated[str, typer.Argument(metavar="NAME", help="The stored query ('kg queries' lists them).")],
        param: Annotated[Optional[list[str]], typer.Option(
            "--param", "-p", metavar="NAME=VALUE",
            help="A parameter value; repeat for several. Entities take a QID, an IRI or a name.")] = None,
        data: Annotated[Optional[list[Path]], typer.Option(
            "--data", "-d", help="An RDF file to query (.trig .nq .ttl .nt .rdf .jsonld); repeat for several.")] = None,
        store: Annotated[Optional[Path], typer.Option("--store", help="Query the persistent store in this folder.")] = None,
        endpoint: Annotated[Optional[str], typer.Option("--endpoint", help="Query this SPARQL endpoint URL.")] = None,
        kind: Annotated[Optional[str], typer.Option(
            "--kind", help=f"The endpoint's server ({', '.join(KINDS)}); guessed from the URL.")] = None,
        engine_name: Annotated[str, typer.Option(
            "--engine", help="For --data: oxigraph (fast, the default) or rdflib (plain rdflib, for comparison).")
        ] = "oxigraph",
        result_format: Annotated[Optional[ResultFormat], typer.Option(
            "--format", "-f", help="table (default), csv, tsv or json (SPARQL 1.1 results) for SELECT and ASK; "
                                   "turtle (default), ntriples, jsonld or rdfxml for CONSTRUCT.")] = None,
        output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here (atomically) "
                                                                              "instead of to standard output.")] = None,
    ) -> None:
        """Run a stored query on files, a persistent store or a SPARQL endpoint."""
        from ._io import write_output

        chosen = [x for x in (data, store, endpoint) if x]
        if len(chosen) != 1:
            raise typer.BadParameter("give exactly one of --data FILE, --store DIR or --endpoint URL")
        if engine_name not in ("oxigraph", "rdflib"):
            raise typer.BadParameter("--engine is oxigraph or rdflib")
        try:
            stored = load_catalog()[name]
            engine: QueryEngine
            if endpoint:
                engine = RemoteEngine(SparqlClient(_endpoint(endpoint, kind, None, None)))
            elif store is not None:
                engine = OxigraphEngine(KnowledgeGraph.open(store, read_only=True).store)
            elif engine_name == "rdflib":
                if len(data or []) != 1:
                    raise typer.BadParameter("--engine rdflib reads one --data file")
                engine = RdflibEngine(load_dataset((data or [])[0]))
            else:
                engine = OxigraphEngine(_load_files(data or []))
            result = run_query(stored, _parse_params(param or []), engine)
            prefixes = {**PREFIXES, "id": Settings().base_iri + "id/"}
            text = render(result, result_format, prefixes if (result_format or ResultFormat.TABLE)
                          is ResultFormat.TABLE else PREFIXES)
            write_output(text, output)
            if output is not None:
                typer.echo(f"wrote {len(result)} {'triples' if result.form == 'construct' else 'rows'} to {output}",
                           err=True)
        except KgError as exc:
            raise fail(exc) from exc

    @app.command("push", epilog=f"""Examples:

\b
  kg push out/example.trig --endpoint http://127.0.0.1:7878/query
      add every named graph to an Oxigraph server, then count what it holds

\b
  KG_STORE_USER=dba KG_STORE_PASSWORD=... kg push out/example.nq --endpoint http://127.0.0.1:8890/sparql --replace
      Virtuoso: each graph is loaded into a temporary graph, counted, then moved over the old one

\b
  kg push facts.ttl --endpoint http://localhost:3030/news/query --graph https://example.org/news
      a triples file into one named graph of a Fuseki dataset

{_ENV_HELP}""")
    def push_command(
        source: Annotated[Path, typer.Argument(metavar="FILE", help="An RDF file (.trig .nq .ttl .nt .rdf .jsonld).")],
        endpoint: Annotated[str, typer.Option("--endpoint", help="The store's SPARQL query endpoint URL.")],
        graph: Annotated[Optional[str], typer.Option(
            "--graph", help="Load the default graph's triples (all of a triples file) into this named graph.")] = None,
        replace: Annotated[bool, typer.Option(
            "--replace", help="Make each graph hold exactly the file's triples (atomically, through a "
                              "temporary graph) instead of adding to it.")] = False,
        kind: Annotated[Optional[str], typer.Option(
            "--kind", help=f"The server ({', '.join(KINDS)}); guessed from the URL.")] = None,
        update_url: Annotated[Optional[str], typer.Option("--update-url", help="The SPARQL Update endpoint, if "
                                                                               "not the usual one.")] = None,
        store_url: Annotated[Optional[str], typer.Option("--store-url", help="The Graph Store Protocol endpoint, "
                                                                             "if not the usual one.")] = None,
        chunk: Annotated[int, typer.Option(min=1, help="Triples per request.")] = 50_000,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
    ) -> None:
        """Load an RDF file into a SPARQL 1.1 store (Graph Store Protocol, or SPARQL Update where there is
        none) and prove the load by counting what each graph holds afterwards."""
        try:
            client = SparqlClient(_endpoint(endpoint, kind, update_url, store_url))
            report = push(source, client, graph=graph, replace=replace, chunk=chunk,
                          progress=None if quiet else lambda line: typer.echo(line, err=True))
        except (KgError, ValueError) as exc:
            raise fail(exc if isinstance(exc, KgError) else KgError(str(exc))) from exc
        typer.echo(f"pushed {report.sent} triples in {len(report.loads)} graph(s) to {endpoint}; "
                   f"the store holds {report.stored} triples in them")


def _load_files(paths: list[Path]) -> ox.Store:
    store = ox.Store()
    for path in paths:
        rdf_format = RdfFormat.from_path(path)
        try:
            store.bulk_load(path=str(path), format=rdf_format.oxigraph)
        except (SyntaxError, ValueError, OSError) as exc:
            raise KgError(f"{path}: cannot read it as {rdf_format.value}: {exc}") from exc
    return store
