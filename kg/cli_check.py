"""The ``kg validate`` command: SHACL shapes, contradictions and, on request, OWL consistency."""

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
    """Add ``kg validate`` to ``app``; ``open_graph(file, store)`` opens what the user names."""

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

