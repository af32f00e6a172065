"""Extraction benchmark: throughput and memory of kg's extractor, and its score on generated articles.

Usage::

    python benchmarks/bench_extract.py [--articles 10000] [--processes 1 2]
                                       [--corpus-dir /work/shared/corpus/dev] [--seed 1]
                                       [--cache-dir DIR] [--chunk-size 25] [--score-sample 200]

Steps:

1. Generate ``--articles`` articles with gold sheets (``generate.py``, seed ``--seed``), or reuse
   them from the cache folder (default: ``$TMPDIR/kg-bench-v<version>-seed<S>-n<N>-<min>-<max>``).
2. For each count of ``--processes``, run the extractor over all of them in a
   ``multiprocessing.Pool`` (chunks of ``--chunk-size`` paths; each worker loads the gazetteer
   once and reads each article itself with ``kg.articles.read_article``).
3. The same over the dev texts of ``--corpus-dir`` repeated to the same count.
4. Print one table row per run: articles, words, wall-clock seconds (pool start-up included),
   articles/s, articles/s per process, and peak resident memory from ``getrusage``
   (``ru_maxrss``, KiB on Linux): of this process, of all children waited for so far
   (cumulative), and the largest any worker of that run reported for itself.
5. Score the extractor on ``--score-sample`` generated articles, and on the dev corpus, with
   ``score.py`` (``--score-script``, default ``../shared/eval/score.py`` beside the repository)
   run as a subprocess; print the summary lines of its report (all of it with ``--score-verbose``).

The extractor is ``kg.extract.extract(article, *, gazetteer=...)`` (``--api function``), or one
``kg.extract.Extractor(gazetteer)`` per worker reused for every article (``--api class``), or any
function of the same signature named by ``--extractor MODULE:FUNCTION``. If it cannot be imported the
benchmark stops with a message; the generator does not need it.
"""

from __future__ import annotations

import argparse
import importlib
import json
import multiprocessing
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import GENERATOR_VERSION, generate

_REPO = Path(__file__).resolve().parents[1]
_DEFAULT_SCORE = _REPO.parent / "shared" / "eval" / "score.py"
_DEFAULT_CORPUS = _REPO.parent / "shared" / "corpus" / "dev"

# Per worker process: set once by _init_worker (the usual Pool pattern), read by _run_chunk.
_WORKER: dict[str, Any] = {}


@dataclass(frozen=True, slots=True)
class RunResult:
    """One row of the table."""

    scenario: str
    processes: int
    articles: int
    words: int
    facts: int
    errors: int
    seconds: float
    rss_self_kib: int
    rss_children_kib: int
    rss_worker_kib: int
    first_error: str | None = None

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


class ExtractorUnavailable(Exception):
    """The extractor to benchmark cannot be imported."""


def load_extractor(spec: str, api: str) -> Callable[[Any], Any]:
    """A callable ``article -> FactSheet`` bound to a freshly loaded gazetteer.

    Raises:
        ExtractorUnavailable: the module, function or class cannot be imported.
    """
    from kg.linking import Gazetteer

    module_name, _, name = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise ExtractorUnavailable(f"cannot import {module_name} ({exc})") from exc
    gazetteer = Gazetteer.load()
    if api == "class":
        cls = getattr(module, "Extractor", None)
        if cls is None:
            raise ExtractorUnavailable(f"{module_name} has no Extractor class (use --api function)")
        return cls(gazetteer).extract  # type: ignore[no-any-return]
    function = getattr(module, name or "extract", None)
    if not callable(function):
        raise ExtractorUnavailable(f"{module_name} has no function {name or 'extract'}")
    return lambda article: function(article, gazetteer=gazetteer)


def _init_worker(spec: str, api: str) -> None:
    from kg.articles import read_article

    _WORKER["extract"] = load_extractor(spec, api)
    _WORKER["read"] = read_article


def _run_chunk(paths: Sequence[str]) -> tuple[int, int, int, int, str | None, int]:
    """Extract every article of ``paths``: (articles, words, facts, errors, first error, peak RSS KiB)."""
    extract, read = _WORKER["extract"], _WORKER["read"]
    words = facts = errors = 0
    first_error = None
    for path in paths:
        try:
            article = read(path)
            words += len(article.text.split())
            facts += len(extract(article).facts)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the benchmark; it is counted
            errors += 1
            first_error = first_error or f"{Path(path).name}: {type(exc).__name__}: {exc}"
    return len(paths), words, facts, errors, first_error, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run_scenario(
    name: str, paths: Sequence[Path], processes: int, *, spec: str, api: str, chunk_size: int
) -> RunResult:
    """Extract all of ``paths`` with a pool of ``processes`` workers and measure it."""
    chunks = [[str(p) for p in paths[i : i + chunk_size]] for i in range(0, len(paths), chunk_size)]
    articles = words = facts = errors = worker_rss = 0
    first_error = None
    began = time.perf_counter()
    with multiprocessing.Pool(processes, initializer=_init_worker, initargs=(spec, api)) as pool:
        for n, w, f, e, err, rss in pool.imap_unordered(_run_chunk, chunks):
            articles, words, facts, errors = articles + n, words + w, facts + f, errors + e
            worker_rss = max(worker_rss, rss)
            first_error = first_error or err
        pool.close()
        pool.join()  # so that RUSAGE_CHILDREN counts the workers
    seconds = time.perf_counter() - began
    return RunResult(
        name,
        processes,
        articles,
        words,
        facts,
        errors,
        seconds,
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        worker_rss,
        first_error,
    )


class CacheError(Exception):
    """The cache folder holds something else than generated articles."""


def corpus(count: int, seed: int, min_words: int, max_words: int, cache_dir: Path | None) -> tuple[Path, str]:
    """The folder of generated articles, generating them unless a complete cache is there.

    A cache of more articles with the same seed, limits and generator version serves too (article
    ``i`` does not depend on the count); the caller takes the first ``count``.

    Raises:
        CacheError: ``cache_dir`` exists, is not empty and was not written by this benchmark.
    """
    folder = cache_dir or Path(tempfile.gettempdir()) / (
        f"kg-bench-v{GENERATOR_VERSION}-seed{seed}-n{count}-{min_words}-{max_words}"
    )
    marker = folder / "_complete.json"
    wanted = {"seed": seed, "min_words": min_words, "max_words": max_words, "version": GENERATOR_VERSION}
    if marker.exists():
        done = json.loads(marker.read_text(encoding="utf-8"))
        if all(done.get(k) == v for k, v in wanted.items()) and done.get("articles", 0) >= count:
            return folder, f"reused {count:,} generated articles in {folder}"
        shutil.rmtree(folder)  # our own cache, for other settings
    elif folder.exists() and any(folder.iterdir()):
        raise CacheError(f"{folder} is not empty and holds no generated articles; choose another --cache-dir")
    began = time.perf_counter()
    summary = generate(count, folder, seed=seed, min_words=min_words, max_words=max_words)
    seconds = time.perf_counter() - began
    marker.write_text(json.dumps({**summary, "seconds": round(seconds, 2)}, indent=1), encoding="utf-8")
    return folder, (
        f"generated {count:,} articles in {folder} in {seconds:.1f} s "
        f"({summary['words'] / max(count, 1):.0f} words on average)"
    )


def score(
    gold_dir: Path, stems: Sequence[str], *, spec: str, api: str, script: Path, label: str, verbose: bool
) -> None:
    """Extract ``stems`` of ``gold_dir`` in this process, then run score.py on gold and predictions."""
    from kg.articles import read_article
    from kg.factsheets import write_fact_sheet

    if not script.exists():
        print(f"\n{label}: {script} not found; scoring skipped")
        return
    extract = load_extractor(spec, api)
    with tempfile.TemporaryDirectory(prefix="kg-bench-score-") as tmp:
        gold, pred = Path(tmp) / "gold", Path(tmp) / "pred"
        gold.mkdir()
        pred.mkdir()
        failed = 0
        for stem in stems:
            for suffix in (".txt", ".json"):
                os.symlink(gold_dir / f"{stem}{suffix}", gold / f"{stem}{suffix}")
            try:
                write_fact_sheet(extract(read_article(gold_dir / f"{stem}.txt")), pred / f"{stem}.json")
            except Exception as exc:  # noqa: BLE001 - scored as an empty prediction, and said so
                failed += 1
                print(f"{label}: {stem}: extraction failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        began = time.perf_counter()
        done = subprocess.run(
            [sys.executable, str(script), str(gold), str(pred)], capture_output=True, text=True, check=False
        )
        seconds = time.perf_counter() - began
    print(
        f"\n{label}: {len(stems)} articles{f', {failed} failed' if failed else ''} "
        f"(score.py took {seconds:.1f} s)"
    )
    output = done.stdout.rstrip("\n").split("\n")
    # the summary starts at the ALL row; --score-verbose prints the per-relation rows too
    first = 0 if verbose else next((i for i, line in enumerate(output) if line.startswith("ALL")), 0)
    for line in output[first:]:
        print(f"  {line}")
    if done.returncode != 0:
        print(f"  score.py exited with {done.returncode}: {done.stderr.strip()[-500:]}")


def _kg_revision() -> str:
    """kg's version and, in a git checkout, its commit ("+ changes" when kg/ differs from it)."""
    try:
        from kg import __version__
    except ImportError:
        __version__ = "?"
    try:
        commit = subprocess.run(
            ["git", "-C", str(_REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout.strip()
        changed = subprocess.run(
            ["git", "-C", str(_REPO), "status", "--porcelain", "--", "kg"],
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return f"kg {__version__}"
    return f"kg {__version__} at {commit}{' + changes in kg/' if changed else ''}"


def _table(results: Sequence[RunResult]) -> str:
    head = (
        f"{'scenario':<14} {'processes':>9} {'articles':>9} {'words':>10} {'seconds':>8} {'articles/s':>10} "
        f"{'art/s/core':>10} {'RSS self':>9} {'RSS child':>9} {'RSS worker':>10}"
    )
    rows = [head, "-" * len(head)]
    for r in results:
        rows.append(
            f"{r.scenario:<14} {r.processes:>9} {r.articles:>9,} {r.words:>10,} {r.seconds:>8.1f} "
            f"{r.rate:>10.1f} {r.rate / r.processes:>10.1f} {r.rss_self_kib / 1024:>7.0f}Mi "
            f"{r.rss_children_kib / 1024:>7.0f}Mi {r.rss_worker_kib / 1024:>8.0f}Mi"
        )
    return "\n".join(rows)


def machine_reference() -> str:
    """How fast this machine runs plain Python, so that figures from different machines can be compared.

    Hosts of the same nominal kind differ by two to three times in single-core speed; the same
    commit's articles/s move with this figure, not with the code.
    """
    import timeit

    loop = min(timeit.repeat("sum(range(1_000_000))", number=5, repeat=5)) / 5 * 1000
    return f"reference loop sum(range(10**6)) {loop:.1f} ms (lower is faster)"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark kg's extractor on generated and dev articles.")
    parser.add_argument("--articles", type=int, default=10_000, help="articles per run (default 10000)")
    parser.add_argument(
        "--processes", type=int, nargs="+", default=[1, 2], help="pool sizes to run (default 1 2)"
    )
    parser.add_argument(
        "--corpus-dir",
        type=Path,
        default=_DEFAULT_CORPUS,
        help="folder of dev .txt articles, repeated to --articles (default: the shared dev corpus)",
    )
    parser.add_argument("--no-dev", action="store_true", help="skip the dev-corpus runs and dev scoring")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument("--min-words", type=int, default=300)
    parser.add_argument("--max-words", type=int, default=1200)
    parser.add_argument("--cache-dir", type=Path, help="where the generated articles are (re)used")
    parser.add_argument("--chunk-size", type=int, default=25, help="articles per pool task (default 25)")
    parser.add_argument(
        "--extractor", default="kg.extract:extract", help="MODULE:FUNCTION (default kg.extract:extract)"
    )
    parser.add_argument(
        "--api",
        choices=("function", "class"),
        default="class",
        help="build the module's Extractor once per worker, as kg extract does (default), or call the "
             "function per article (which builds one each time)",
    )
    parser.add_argument("--score-sample", type=int, default=200, help="generated articles to score (0: none)")
    parser.add_argument("--score-script", type=Path, default=_DEFAULT_SCORE)
    parser.add_argument(
        "--score-verbose", action="store_true", help="print score.py's per-relation table too"
    )
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    if args.articles < 1 or args.chunk_size < 1 or min(args.processes) < 1:
        parser.error("--articles, --chunk-size and --processes must be positive")

    try:
        load_extractor(args.extractor, args.api)
    except ExtractorUnavailable as exc:
        print(
            f"bench_extract: the extractor is not available: {exc}.\n"
            f"The benchmark needs kg.extract (extract(article, *, gazetteer=None) -> FactSheet). The generator "
            f"works without it: python benchmarks/generate.py --articles N --seed S --out DIR",
            file=sys.stderr,
        )
        return 1

    try:
        folder, note = corpus(args.articles, args.seed, args.min_words, args.max_words, args.cache_dir)
    except CacheError as exc:
        parser.error(str(exc))
    print(note)
    generated = sorted(folder.glob("*.txt"))[: args.articles]
    how = "one Extractor per worker" if args.api == "class" else "called per article"
    print(
        f"extractor: {args.extractor} ({how}); {_kg_revision()}; {os.cpu_count()} CPUs; "
        f"Python {sys.version.split()[0]}; {machine_reference()}\n"
    )
    scenarios: list[tuple[str, list[Path]]] = [("generated", generated)]
    dev = sorted(args.corpus_dir.glob("*.txt")) if not args.no_dev else []
    if not args.no_dev and not dev:
        print(f"no .txt articles in {args.corpus_dir}; dev runs skipped")
    if dev:
        scenarios.append(("dev-repeated", [dev[i % len(dev)] for i in range(args.articles)]))

    results: list[RunResult] = []
    for name, paths in scenarios:
        for processes in args.processes:
            result = run_scenario(
                name, paths, processes, spec=args.extractor, api=args.api, chunk_size=args.chunk_size
            )
            results.append(result)
            print(
                f"  {name}, {processes} process{'es' if processes > 1 else ''}: {result.articles:,} articles in "
                f"{result.seconds:.1f} s ({result.rate:.1f}/s), {result.facts:,} facts, {result.errors} errors"
                + (f"; first: {result.first_error}" if result.first_error else ""),
                flush=True,
            )
    print()
    print(_table(results))
    print(
        "RSS self: this process; RSS child: largest child waited for so far (cumulative over runs); "
        "RSS worker: largest worker of that run. Target: >= 200 articles/s on one core."
    )

    if args.score_sample > 0:
        step = max(1, len(generated) // args.score_sample)
        stems = [p.stem for p in generated[::step][: args.score_sample]]
        score(
            folder,
            stems,
            spec=args.extractor,
            api=args.api,
            script=args.score_script,
            label="score on generated articles",
            verbose=args.score_verbose,
        )
    if dev:
        score(
            args.corpus_dir,
            [p.stem for p in dev],
            spec=args.extractor,
            api=args.api,
            script=args.score_script,
            label="score on the dev corpus",
            verbose=args.score_verbose,
        )
    if args.json:
        args.json.write_text(
            json.dumps([{**asdict(r), "articles_per_second": r.rate} for r in results], indent=1),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
