"""Compose the stages: sources -> fact sheets -> knowledge graph, with a report. Holds no state."""

from __future__ import annotations

import functools
import multiprocessing
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Union

from .articles import ARTICLE_SUFFIXES, read_source
from .errors import ArticleError, FactSheetError, KgError
from .extract import partial_extraction
from .factsheets import SHEET_SUFFIXES, read_fact_sheet
from .graph import AddResult, KnowledgeGraph
from .mapping import Issue, Mapper, PreparedSheet, sheet_hash
from .models import FactSheet
from .ontology import Ontology, load_ontology
from .settings import Settings

if TYPE_CHECKING:
    from .linking.wikidata import WikidataClient

__all__ = ["BuildReport", "BuildResult", "ExtractReport", "build_graph", "extract_articles", "find_sources",
           "read_sources"]

Source = Union[Path, str]  # a file, or an http(s) URL
_URL = re.compile(r"https?://", re.I)
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


def find_sources(paths: Iterable[str | Path]) -> list[Source]:
    """Fact sheets, articles and URLs among ``paths`` (folders searched one level deep).

    A sheet and an article of the same stem are one source: the sheet, which takes the text from
    the article beside it. Articles are plain text (.txt), HTML (.html) or JSON lines (.jsonl,
    several articles); ``http(s)://`` addresses are kept as they are.

    Raises:
        ArticleError: a path does not exist, or names a file kg does not read.
    """
    found: dict[Path, Path] = {}
    urls: list[str] = []
    for raw in paths:
        if isinstance(raw, str) and _URL.match(raw):
            urls.append(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            candidates = sorted(p for p in path.iterdir() if p.suffix.lower() in SHEET_SUFFIXES + ARTICLE_SUFFIXES)
        elif path.exists():
            if path.suffix.lower() not in SHEET_SUFFIXES + ARTICLE_SUFFIXES:
                raise ArticleError(f"{path}: kg reads fact sheets (.json, .yaml) and articles "
                                   f"({', '.join(ARTICLE_SUFFIXES)}), not "
                                   f"{path.suffix or 'files without an extension'}")
            candidates = [path]
        else:
            raise ArticleError(f"{path}: no such file or folder")
        for candidate in candidates:
            stem = candidate.with_suffix("")
            if candidate.suffix.lower() in SHEET_SUFFIXES or stem not in found:
                found[stem] = candidate
    return [found[stem] for stem in sorted(found)] + list(dict.fromkeys(urls))


def _name(source: Source) -> str:
    return source.name if isinstance(source, Path) else source


def _sheet_for(path: Path) -> Path | None:
    if path.suffix.lower() not in (".txt", ".text"):
        return None  # an HTML page or a JSON-lines file has no sheet of the same stem
    for suffix in SHEET_SUFFIXES:
        candidate = path.with_suffix(suffix)
        if candidate.exists():
            return candidate
    return None


def read_sources(paths: Sequence[Source], *, ontology: Ontology, report: BuildReport,
                 progress: Progress | None = None, extract: bool = True) -> list[FactSheet]:
    """Read each source as a fact sheet; a source that cannot be read goes into ``report``.

    An article with a fact sheet beside it takes its facts from the sheet (curated facts win);
    one without is extracted, unless ``extract`` is False.
    """
    sheets = []
    reader = _SourceReader(frozenset(ontology.relations), extract)
    for number, path in enumerate(paths, 1):
        if progress:
            progress(number, len(paths), _name(path))
        try:
            sheets.extend(reader.read(path))
        except (ArticleError, FactSheetError) as exc:
            _record_failure(report, path, exc)
    return sheets


def _record_failure(report: BuildReport, path: Source, exc: KgError) -> None:
    report.failed_sources.append(str(path))
    report.issues.append(Issue("error", str(path), str(exc).removeprefix(f"{path}: ")))


class _SourceReader:
    """Reads one source as fact sheets: its sheet, the sheet beside it, or what kg extracts from it."""

    def __init__(self, relations: frozenset[str], extract: bool) -> None:
        self.relations = relations
        self.extract = extract
        self._extractor: object | None = None  # built on the first article that needs it

    def read(self, path: Source) -> list[FactSheet]:
        if isinstance(path, Path) and path.suffix.lower() in SHEET_SUFFIXES:
            return [read_fact_sheet(path, relations=self.relations)]
        sheet_path = _sheet_for(path) if isinstance(path, Path) else None
        if sheet_path is not None:
            return [read_fact_sheet(sheet_path, relations=self.relations, article_path=path)]
        if not self.extract:
            raise ArticleError(f"{path}: no fact sheet beside it and extraction is off")
        if self._extractor is None:
            from .extract import Extractor

            self._extractor = Extractor()
        return [self._extractor.extract(article) for article in read_source(path)]  # type: ignore[attr-defined]


def build_graph(sources: Iterable[str | Path], *, graph: KnowledgeGraph | None = None,
                settings: Settings | None = None, progress: Progress | None = None, jobs: int = 1,
                by: str = "kg", reason: str = "") -> BuildResult:
    """Build a knowledge graph from fact sheets and the articles beside them.

    Args:
        sources: fact-sheet files (.json, .yaml); articles (.txt, .html, .jsonl) or http(s) URLs, whose
            facts come from a sheet of the same stem beside a .txt, else from extraction; or folders.
        graph: the graph to add to (for instance one opened on disk); a new in-memory one by default.
        settings: base IRI, timestamp, whether to include the ontology's graph.
        progress: called as ``progress(done, total, name)`` for each source.
        jobs: worker processes that read, extract and map sources while this one inserts; the graph
            is the same as with one (articles are added in the order of ``sources``).
        by, reason: who adds the articles and why, for the history of a store that keeps one.

    Returns:
        The graph and a :class:`BuildReport`; sources that could not be read are in
        ``report.failed_sources`` and the rest are built. An article whose content hash the graph
        already holds is ``unchanged`` and is not mapped again: its statements are counted in the
        graph, and the facts its mapping leaves out were reported when it was added.

    Raises:
        ArticleError: a path does not exist or is of a kind kg does not read.
    """
    paths = find_sources(sources)
    ontology = graph.ontology if graph is not None else load_ontology()
    graph = graph if graph is not None else KnowledgeGraph(ontology=ontology, settings=settings)
    report = BuildReport()
    reader = _SourceReader(frozenset(ontology.relations), True)
    with graph.updater.batch():
        for number, (path, outcome) in enumerate(_prepare_each(paths, graph, reader, jobs), 1):
            if progress:
                progress(number, len(paths), _name(path))
            if isinstance(outcome, KgError):
                _record_failure(report, path, outcome)
                continue
            for prepared in outcome:
                if isinstance(prepared, _Unchanged):
                    # Unless an earlier source of this run changed the article since the hashes were read.
                    known = graph.unchanged_result(prepared.article_id, prepared.graph, prepared.content_hash)
                    result = known or graph.add_sheet_as(_sheet_again(reader, path, prepared.article_id), by=by,
                                                         reason=reason)
                else:
                    again = functools.partial(_sheet_again, reader, path, prepared.article_id)
                    result = graph.add_prepared(prepared, again, by=by, reason=reason)
                report.results.append(result)
                report.issues.extend(result.issues)
    return BuildResult(graph, report)


def _sheet_again(reader: _SourceReader, path: Source, article_id: str) -> FactSheet:
    """The sheet a worker mapped, read again for a graph that must map it itself (rare: see add_prepared)."""
    return next(sheet for sheet in reader.read(path) if sheet.article.id == article_id)


@dataclass(frozen=True)
class _Unchanged:
    """A sheet whose content hash the graph held when the build began: it was not mapped."""

    article_id: str
    graph: str
    content_hash: str


_Prepared = Union[PreparedSheet, _Unchanged]


def _prepare_each(paths: list[Source], graph: KnowledgeGraph, reader: _SourceReader,
                  jobs: int) -> Iterator[tuple[Source, list[_Prepared] | KgError]]:
    """Each source read, and mapped by ``jobs`` forked workers if there are more than one, in order."""
    preparer = _Preparer(reader, graph.mapper, graph.updater.content_hashes())
    if jobs <= 1 or len(paths) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        for path in paths:
            yield path, preparer(path)
        return
    from concurrent.futures import ProcessPoolExecutor

    # Forked workers inherit the graph's mapper (its ontology, settings and reference data) as it is,
    # instead of pickling it or loading their own, which could differ from the one this graph uses.
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_preparer,
                             initargs=(preparer,)) as pool:
        yield from zip(paths, pool.map(_prepare_in_worker, paths, chunksize=4))


class _Preparer:
    """Reads a source and maps its sheets to N-Quads, leaving out the ones whose content hash ``stored``
    holds for their graph; a source that cannot be read gives its error.

    In one process too the sheets become N-Quads text rather than pyoxigraph quads: the store loads
    the text faster than it takes the quads made one by one, and a re-ingested article's delta is
    found on its lines (see GraphUpdater.add_prepared).
    """

    def __init__(self, reader: _SourceReader, mapper: Mapper, stored: Mapping[str, str]) -> None:
        self.reader = reader
        self.mapper = mapper
        self.stored = stored

    def __call__(self, path: Source) -> list[_Prepared] | KgError:
        try:
            prepared: list[_Prepared] = []
            for sheet in self.reader.read(path):
                graph = self.mapper.graph_iri(sheet.article.id).value
                stored = self.stored.get(graph)
                content_hash = sheet_hash(sheet) if stored is not None else None
                if content_hash is not None and content_hash == stored:
                    prepared.append(_Unchanged(sheet.article.id, graph, stored))
                else:  # the hash, where it was computed, is not computed again
                    mapped = self.mapper.prepare_sheet(sheet, content_hash=content_hash)
                    partial = partial_extraction(sheet)
                    if partial is not None:  # (lines the extractor left out: the build's report names them)
                        mapped = replace(mapped, issues=(*mapped.issues, Issue("warning", str(path), partial)))
                    prepared.append(mapped)
            return prepared
        except (ArticleError, FactSheetError) as exc:
            return exc
        except Exception as exc:  # noqa: BLE001 - one source's bug must not stop a run over thousands
            return KgError(f"{path}: reading or mapping failed ({type(exc).__name__}: {exc}); the other sources "
                           "are built; please report this source with kg's version")


_WORKER_PREPARER: _Preparer | None = None  # what a forked build worker inherited from its parent


def _init_preparer(preparer: _Preparer) -> None:
    global _WORKER_PREPARER
    _WORKER_PREPARER = preparer


def _prepare_in_worker(path: Source) -> list[_Prepared] | KgError:
    assert _WORKER_PREPARER is not None
    return _WORKER_PREPARER(path)


@dataclass
class ExtractReport:
    """What ``kg extract`` did: the sheets written, what could not be read, what was linked online."""

    written: list[Path] = field(default_factory=list)
    sheets: list[FactSheet] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    linked_online: int = 0
    online_failures: list[str] = field(default_factory=list)  # why Wikidata could not be asked
    unlinked_by_failure: int = 0  # entities left unlinked because of those failures

    @property
    def unread(self) -> int:
        """How many articles could not be read or extracted (the ``error`` issues)."""
        return sum(1 for issue in self.issues if issue.severity == "error")

    @property
    def extracted_in_part(self) -> int:
        """How many articles were extracted but for lines where extraction failed (the ``warning`` issues)."""
        return len(self.issues) - self.unread

    def summary(self) -> str:
        """Articles, facts by relation and modality, unlinked entities, contradictions of the reference data."""
        from .linking.reference import ReferenceFacts

        reference = ReferenceFacts.load()
        relations: Counter[str] = Counter()
        modalities: Counter[str] = Counter()
        unlinked: set[str] = set()
        contradictions = 0
        for sheet in self.sheets:
            by_label = {e.label: e for e in sheet.entities}
            relations.update(f.relation for f in sheet.facts)
            modalities.update(f.modality.value for f in sheet.facts)
            unlinked |= {e.label for e in sheet.entities if e.qid is None and e.type.value in (
                "State", "Alliance", "Organization")}
            for fact in sheet.facts:
                subject, obj = by_label.get(fact.subject), by_label.get(fact.object)
                if subject is not None and obj is not None and reference.check(
                        fact.relation, subject, obj, at=fact.time or sheet.article.date, modality=fact.modality):
                    contradictions += 1
        lines = [f"{len(self.sheets)} article(s), {sum(relations.values())} fact(s) "
                 f"({', '.join(f'{n} {m}' for m, n in sorted(modalities.items()))})"]
        if relations:
            lines.append("  " + ", ".join(f"{rel} {n}" for rel, n in sorted(relations.items())))
        lines.append(f"{len(unlinked)} state/organisation name(s) without a Wikidata link"
                     + (f": {', '.join(sorted(unlinked)[:10])}" if unlinked else ""))
        if contradictions:
            lines.append(f"{contradictions} claim(s) contradict the reference data (kg build flags them)")
        if self.linked_online or self.online_failures:
            lines.append(f"{self.linked_online} entit(y/ies) linked through Wikidata's API; "
                         f"{self.unlinked_by_failure} left unlinked because Wikidata could not be asked"
                         + (f" ({self.online_failures[0]})" if self.online_failures else ""))
        if self.unread:
            lines.append(f"{self.unread} article(s) could not be read")
        if self.extracted_in_part:
            lines.append(f"{self.extracted_in_part} article(s) extracted in part: lines where extraction failed "
                         "were left out (a bug of kg's: please report them)")
        return "\n".join(lines)


def extract_articles(paths: Iterable[str | Path], out_dir: str | Path, *, progress: Progress | None = None,
                     jobs: int = 1, online: WikidataClient | None = None) -> ExtractReport:
    """Extract each article into a fact sheet ``OUT_DIR/STEM.json`` (the corpus format, written atomically).

    Args:
        paths: articles (.txt, .html, .jsonl), URLs, or folders of them.
        out_dir: where the sheets go (made if needed).
        progress: called as ``progress(done, total, name)``.
        jobs: worker processes (extraction is CPU-bound; one per core is the most that helps).
        online: a Wikidata client to link the entities the gazetteer lacks (people, exercises,
            agreements, units); its failures leave entities unlinked and are counted, never fatal.

    Returns:
        An :class:`ExtractReport`; articles that cannot be read are in ``issues``, the rest are written.
    """
    from .factsheets import write_fact_sheet

    sources: list[Source] = []
    for source in find_sources(paths):
        if isinstance(source, Path) and source.suffix.lower() in SHEET_SUFFIXES:
            beside = source.with_suffix(".txt")  # a gold or curated sheet: extract its article instead
            if beside.exists():
                sources.append(beside)
        else:
            sources.append(source)
    sources = list(dict.fromkeys(sources))
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    report = ExtractReport()
    for number, (source, result) in enumerate(_extract_each(sources, jobs), 1):
        if progress:
            progress(number, len(sources), _name(source))
        if isinstance(result, KgError):
            report.issues.append(Issue("error", str(source), str(result).removeprefix(f"{source}: ")))
            continue
        for sheet in result:
            if isinstance(sheet, KgError):
                report.issues.append(Issue("error", str(source), str(sheet).removeprefix(f"{source}: ")))
                continue
            partial = partial_extraction(sheet)
            if partial is not None:
                report.issues.append(Issue("warning", f"{source} ({sheet.article.id})", partial))
            if online is not None:
                sheet = _link_online(sheet, online, report)
            target = out / (_sheet_stem(sheet.article.id) + ".json")
            write_fact_sheet(sheet, target)
            report.written.append(target)
            report.sheets.append(sheet)
    return report


# Entity types the gazetteer cannot hold; the online linker is asked about these only.
_ONLINE_TYPES = frozenset({"Person", "Exercise", "Agreement", "MilitaryUnit", "Organization", "Event"})


def _link_online(sheet: FactSheet, client: WikidataClient, report: ExtractReport) -> FactSheet:
    from .linking.wikidata import link_online

    entities = []
    for entity in sheet.entities:
        if entity.qid is None and entity.type.value in _ONLINE_TYPES:
            if report.online_failures:  # Wikidata failed once after its retries: do not wait on it again
                report.unlinked_by_failure += 1
                entities.append(entity)
                continue
            found = link_online(entity.label, entity.type, client, min_score=0.6)
            if found.error is not None:
                report.online_failures.append(str(found.error))
                report.unlinked_by_failure += 1
            elif found.candidate is not None:
                entity = replace(entity, qid=found.candidate.qid)
                report.linked_online += 1
        entities.append(entity)
    return replace(sheet, entities=tuple(entities))


def _sheet_stem(article_id: str) -> str:
    """A file name for an article's sheet that stays inside the output folder."""
    if re.fullmatch(r"[\w][\w.-]{0,150}", article_id) and ".." not in article_id:
        return article_id
    from .mapping import slug

    return slug(article_id)


# What extracting one source gives: a sheet (or the error) for each of its articles, or why it was not read.
_Extracted = list[FactSheet | KgError] | KgError


def _extract_each(paths: list[Source], jobs: int) -> Iterator[tuple[Source, _Extracted]]:
    if jobs <= 1 or len(paths) < 2:
        from .extract import Extractor

        extractor = Extractor()
        for path in paths:
            yield path, _extract_one(extractor, path)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker) as pool:
        yield from zip(paths, pool.map(_extract_in_worker, paths, chunksize=8))


_WORKER_EXTRACTOR = None  # one Extractor per worker process, built by _init_worker


def _init_worker() -> None:
    global _WORKER_EXTRACTOR
    from .extract import Extractor

    _WORKER_EXTRACTOR = Extractor()


def _extract_in_worker(path: Source) -> _Extracted:
    return _extract_one(_WORKER_EXTRACTOR, path)


def _extract_one(extractor: object, source: Source) -> _Extracted:
    """The sheets of the articles ``source`` holds, an error in place of each one whose extraction failed (the
    others of a JSON-lines file are kept), or the error that kept the source from being read."""
    try:
        articles = read_source(source)
    except KgError as exc:
        return exc
    sheets: list[FactSheet | KgError] = []
    for article in articles:
        try:
            sheets.append(extractor.extract(article))  # type: ignore[attr-defined]
        except Exception as exc:  # noqa: BLE001 - one article's bug must not stop a run over thousands
            sheets.append(KgError(f"{source}: extraction of {article.id!r} failed ({type(exc).__name__}: {exc}); "
                                  "the other articles are extracted; please report this article with kg's version"))
    return sheets
