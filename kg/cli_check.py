"""The ``kg validate`` and ``kg view`` commands: check a graph, and look at it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ._io import write_output
from .errors import KgError
from .graph import KnowledgeGraph
from .reasoning import ReasonerUnavailable, check_consistency
from .validate import validate

__all__ = ["register"]


def register(app: typer.Typer, open_graph: object) -> None:
    """Add ``kg validate`` and ``kg view`` to ``app``; ``open_graph(file, store)`` opens what the user names."""

    @app.command("view", epilog="""Examples:

\b
  kg view out/example.trig -o view.html
      the whole graph: open view.html in a browser (no network needed)

\b
  kg view --store graph-db/ -o serbia.html --query statements/about --param entity=Serbia
      only the entities a stored query returns, and the relations between them""")
    def view_command(
        source: Annotated[Optional[Path], typer.Argument(metavar="[FILE]", help="An RDF file kg wrote.")] = None,
        store: Annotated[Optional[Path], typer.Option("--store", help="The persistent store in this folder.")] = None,
        output: Annotated[Path, typer.Option("-o", "--output", help="The HTML file to write (atomically).")] = Path(
            "view.html"),
        query: Annotated[Optional[str], typer.Option("--query", help="Keep only the entities this stored query "
                                                                     "returns.")] = None,
        param: Annotated[Optional[list[str]], typer.Option("--param", "-p", metavar="NAME=VALUE",
                                                           help="A parameter of --query.")] = None,
    ) -> None:
        """Write an interactive HTML view: entities coloured by class, relations as labelled edges; click for
        the facts with their evidence sentence, article, modality, time and Wikidata link; filters by
        relation, modality and years; a timeline; contradicted facts in red."""
        import pyoxigraph as ox

        from .engines import OxigraphEngine, run_query
        from .queries import load_catalog
        from .view import render_view, view_data

        try:
            graph: KnowledgeGraph = open_graph(source, store)  # type: ignore[operator]
            keep = None
            if query is not None:
                params: dict[str, list[str]] = {}
                for pair in param or []:
                    name, _, value = pair.partition("=")
                    params.setdefault(name.strip(), []).append(value)
                result = run_query(load_catalog()[query], params, OxigraphEngine(graph.store))
                keep = {t.value for row in result.rows for t in row if isinstance(t, ox.NamedNode)}
            data = view_data(graph.store, keep=keep)
            title = f"kg: {source.name if source else store}" + (f" - {query}" if query else "")
            write_output(render_view(data, title=title).encode("utf-8"), output)
            typer.echo(f"wrote {output}: {len(data.nodes)} entities, {len(data.edges)} relations", err=True)
        except KgError as exc:
            typer.echo(f"kg: error: {exc}", err=True)
            raise typer.Exit(1) from exc

    @app.command("validate", epilog="""Examples:

\b
  kg validate out/example.trig
      SHACL violations in plain words (fact, article, what to fix), and the contradictions found

\b
  kg validate --store graph-db/ --json report.json --reason
      also a machine-readable report, and HermiT's consistency check (needs Java)

Exit status: 0 when the graph conforms to the shapes (contradictions are findings, not errors),
1 when a shape is violated or HermiT finds the graph inconsistent.""")
    def validate_command(
        source: Annotated[Optional[Path], typer.Argument(metavar="[FILE]", help="An RDF file kg wrote.")] = None,
        store: Annotated[Optional[Path], typer.Option("--store", help="The persistent store in this folder.")] = None,
        json_out: Annotated[Optional[Path], typer.Option("--json", help="Also write the report as JSON here "
                                                                       "('-' for standard output).")] = None,
        reason: Annotated[bool, typer.Option("--reason", help="Also check OWL consistency with HermiT.")] = False,
    ) -> None:
        """Check a graph against ontology/shapes.ttl and list every contradiction: claims against the
        reference data, statements of one article that disagree, and articles that disagree."""
        try:
            graph: KnowledgeGraph = open_graph(source, store)  # type: ignore[operator]
            report = validate(graph.store)
            typer.echo(report.summary())
            if json_out is not None:
                write_output(report.to_json().encode("utf-8"), None if str(json_out) == "-" else json_out)
            consistent = True
            if reason:
                try:
                    verdict = check_consistency(graph.store)
                except ReasonerUnavailable as exc:
                    typer.echo(f"kg: warning: {exc}", err=True)
                else:
                    consistent = verdict.consistent
                    typer.echo(f"{'consistent' if consistent else 'INCONSISTENT'} under HermiT ({verdict.method})"
                               + (f": {verdict.detail}" if verdict.detail else ""))
            if not report.conforms or not consistent:
                raise typer.Exit(1)
        except KgError as exc:
            typer.echo(f"kg: error: {exc}", err=True)
            raise typer.Exit(1) from exc

