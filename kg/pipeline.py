"""Compose the stages: sources -> fact sheets -> knowledge graph, with a report. Holds no state."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ArticleError, FactSheetError, KgError
from .factsheets import SHEET_SUFFIXES, read_fact_sheet
from .graph import AddResult, KnowledgeGraph
from .mapping import Issue
from .models import FactSheet
from .ontology import Ontology, load_ontology
from .settings import Settings

__all__ = ["BuildReport", "BuildResult", "build_graph", "find_sources", "read_sources"]

ARTICLE_SUFFIXES = (".txt",)
Progress = Callable[[int, int, str], None]


@dataclass
class BuildReport:
    """What a build did: one result per article, and every issue met on the way."""

    results: list[AddResult] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    failed_sources: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "error"]

    @property
    def statements(self) -> int:
        return sum(r.statements for r in self.results)

    def relation_counts(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for result in self.results:
            counts.update(result.relation_counts)
        return counts

    def raise_for_issues(self) -> None:
        """Raise :class:`KgError` listing the errors, if there are any (``kg build --strict``)."""
        if self.errors:
            shown = "\n  ".join(str(i) for i in self.errors[:20])
            more = f"\n  ... and {len(self.errors) - 20} more" if len(self.errors) > 20 else ""
            raise KgError(f"{len(self.errors)} error(s):\n  {shown}{more}")

    def summary(self) -> str:
        """A few lines for people: articles, statements by relation, issues."""
        status = Counter(r.status for r in self.results)
        lines = [f"{len(self.results)} article(s) ({', '.join(f'{n} {s}' for s, n in sorted(status.items()))}), "
                 f"{self.statements} statement(s)"]
        counts = self.relation_counts()
        if counts:
            lines.append("  " + ", ".join(f"{rel} {n}" for rel, n in sorted(counts.items())))
        contradictions = sum(len(r.contradictions) for r in self.results)
        if contradictions:
            lines.append(f"{contradictions} claim(s) contradict the reference data (kept, flagged, no plain triple)")
        errors, warnings = len(self.errors), len(self.issues) - len(self.errors)
        if errors or warnings:
            lines.append(f"{errors} fact(s) left out, {warnings} warning(s)")
        return "\n".join(lines)


@dataclass
class BuildResult:
    """The graph a build made, and its report."""

    graph: KnowledgeGraph
    report: BuildReport


def find_sources(paths: Iterable[str | Path]) -> list[Path]:
    """Fact sheets and articles among ``paths`` (folders searched one level deep), one per article.

    A sheet and an article of the same stem are one source: the sheet, which takes the text from
    the article beside it.

    Raises:
        ArticleError: a path does not exist, or names a file kg does not read.
    """
    found: dict[Path, Path] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            candidates = sorted(p for p in path.iterdir() if p.suffix.lower() in SHEET_SUFFIXES + ARTICLE_SUFFIXES)
        elif path.exists():
            if path.suffix.lower() not in SHEET_SUFFIXES + ARTICLE_SUFFIXES:
                raise ArticleError(f"{path}: kg reads fact sheets (.json, .yaml) and articles (.txt), "
                                   f"not {path.suffix or 'files without an extension'}")
            candidates = [path]
        else:
            raise ArticleError(f"{path}: no such file or folder")
        for candidate in candidates:
            stem = candidate.with_suffix("")
            if candidate.suffix.lower() in SHEET_SUFFIXES or stem not in found:
                found[stem] = candidate
    return [found[stem] for stem in sorted(found)]


def _sheet_for(path: Path) -> Path | None:
    for suffix in SHEET_SUFFIXES:
        candidate = path.with_suffix(suffix)
        if candidate.exists():
            return candidate
    return None


def read_sources(paths: Sequence[Path], *, ontology: Ontology, report: BuildReport,
                 progress: Progress | None = None) -> list[FactSheet]:
    """Read each source as a fact sheet; a source that cannot be read goes into ``report``."""
    sheets = []
    relations = set(ontology.relations)
    for number, path in enumerate(paths, 1):
        if progress:
            progress(number, len(paths), path.name)
        try:
            if path.suffix.lower() in ARTICLE_SUFFIXES:
                sheet_path = _sheet_for(path)
                if sheet_path is None:
                    raise ArticleError(
                        f"{path}: no fact sheet beside it ({path.with_suffix('.json').name}); this version of kg "
                        "builds from fact sheets: write one (see the README's 'Fact sheets') and build again"
                    )
                sheets.append(read_fact_sheet(sheet_path, relations=relations, article_path=path))
            else:
                sheets.append(read_fact_sheet(path, relations=relations))
        except (ArticleError, FactSheetError) as exc:
            report.failed_sources.append(str(path))
            report.issues.append(Issue("error", str(path), str(exc).removeprefix(f"{path}: ")))
    return sheets


def build_graph(sources: Iterable[str | Path], *, graph: KnowledgeGraph | None = None,
                settings: Settings | None = None, progress: Progress | None = None) -> BuildResult:
    """Build a knowledge graph from fact sheets and the articles beside them.

    Args:
        sources: fact-sheet files (.json, .yaml), articles (.txt) with a sheet beside them, or folders.
        graph: the graph to add to (for instance one opened on disk); a new in-memory one by default.
        settings: base IRI, timestamp, whether to include the ontology's graph.
        progress: called as ``progress(done, total, name)`` for each source.

    Returns:
        The graph and a :class:`BuildReport`; sources that could not be read are in
        ``report.failed_sources`` and the rest are built.

    Raises:
        ArticleError: a path does not exist or is of a kind kg does not read.
    """
    paths = find_sources(sources)
    ontology = graph.ontology if graph is not None else load_ontology()
    graph = graph if graph is not None else KnowledgeGraph(ontology=ontology, settings=settings)
    report = BuildReport()
    for sheet in read_sources(paths, ontology=ontology, report=report, progress=progress):
        result = graph.add_sheet(sheet)
        report.results.append(result)
        report.issues.extend(result.issues)
    return BuildResult(graph, report)
