"""Score kg's extractor on folders of articles with gold fact sheets, and compare two runs.

Each folder holds ``STEM.txt`` articles beside ``STEM.json`` gold sheets (the corpus format). The
script runs ``kg extract`` on every folder into ``OUT/TAG/NAME``, scores it with the corpus's own
``score.py`` and prints one row per folder and one per group. With ``--compare OLD_TAG`` it lists
the facts that differ from an earlier run, folder by folder; folders named in ``--blind`` are only
counted, never printed, so that a set kept unseen stays unseen while rules are tried on others.

    .venv/bin/python benchmarks/evaluate.py ../shared/corpus/dev examples --tag before
    # ... change a rule ...
    .venv/bin/python benchmarks/evaluate.py ../shared/corpus/dev examples --tag after --compare before
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.extract import partial_extraction
from kg.factsheets import read_fact_sheet

_ROOT = Path(__file__).resolve().parent.parent
_DEFAULT_SCORER = _ROOT.parent / "shared" / "eval" / "score.py"
_ROW = re.compile(r"^(\w+)\s+(\d+)\s+(\d+)\s+(\d+)\s")

Fact = tuple[str, str, str, str, str]


@dataclass(frozen=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def row(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return f"{self.tp:>6} {self.fp:>5} {self.fn:>5}   {p:.2f}  {r:.2f}  {f1:.3f}"


def _extract(gold_dir: Path, out_dir: Path, processes: int) -> None:
    articles = sorted(gold_dir.glob("*.txt"))
    command = [sys.executable, "-m", "kg.cli", "extract", "-q", "-j", str(processes), "-o", str(out_dir)]
    done = subprocess.run(command + [str(a) for a in articles], cwd=_ROOT, check=False, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"error: kg extract failed on {gold_dir} (exit {done.returncode}):\n{done.stderr}")
    partial = _partial_sheets(out_dir)
    if partial:
        # (kg keeps the other lines' facts when a rule fails on some: right for a user, but here a rule's crash
        # would pass for a drop in recall)
        listed = "\n".join(f"  {name}: {note}" for name, note in partial)
        raise SystemExit(f"error: extraction failed on some lines of {len(partial)} article(s) of {gold_dir}; "
                         f"their scores would understate kg:\n{listed}")


def _partial_sheets(out_dir: Path) -> list[tuple[str, str]]:
    """(sheet name, note) for each sheet of ``out_dir`` that says kg left lines out."""
    partial = []
    for path in sorted(out_dir.glob("*.json")):
        note = partial_extraction(read_fact_sheet(path))
        if note is not None:
            partial.append((path.name, note))
    return partial


def _score(scorer: Path, gold_dir: Path, out_dir: Path) -> dict[str, Counts]:
    """Rows of score.py's table by relation, with ``ALL`` for the total."""
    command = [sys.executable, str(scorer), str(gold_dir), str(out_dir)]
    done = subprocess.run(command, check=False, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"error: {scorer} failed on {gold_dir}:\n{done.stderr}")
    rows = {}
    for line in done.stdout.splitlines():
        match = _ROW.match(line)
        if match:
            rows[match.group(1)] = Counts(*map(int, match.group(2, 3, 4)))
    return rows


def _facts(out_dir: Path) -> set[Fact]:
    facts = set()
    for sheet in out_dir.glob("*.json"):
        for fact in json.loads(sheet.read_text(encoding="utf-8")).get("facts", []):
            obj = fact["object"] if isinstance(fact["object"], str) else json.dumps(fact["object"])
            facts.add((sheet.stem, fact["subject"], fact["relation"], obj[:90], fact.get("modality", "")))
    return facts


def _print_differences(name: str, old: set[Fact], new: set[Fact], blind: bool, limit: int) -> None:
    if old == new:
        print(f"== {name}: the same facts")
        return
    print(f"== {name}: {len(old - new)} facts gone, {len(new - old)} new")
    if blind:
        return
    for sign, facts in (("-", old - new), ("+", new - old)):
        for fact in sorted(facts)[:limit]:
            print(f"  {sign} {' | '.join(fact)}")


def _parse_groups(specs: Iterable[str]) -> dict[str, list[str]]:
    groups = {}
    for spec in specs:
        label, _, names = spec.partition("=")
        if not names:
            raise SystemExit(f"error: --group wants LABEL=NAME,NAME..., not {spec!r}")
        groups[label] = names.split(",")
    return groups


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="+", type=Path, help="folders of STEM.txt articles with STEM.json gold sheets")
    parser.add_argument("--tag", default="latest", help="name of this run (default: latest)")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "kg-eval",
                        help="where runs are kept, one folder per tag (default: $TMPDIR/kg-eval)")
    parser.add_argument("--scorer", type=Path, default=_DEFAULT_SCORER, help=f"score.py (default: {_DEFAULT_SCORER})")
    parser.add_argument("-j", "--processes", type=int, default=2, help="kg extract processes (default: 2)")
    parser.add_argument("--relations", action="store_true", help="also print the totals of every relation")
    parser.add_argument("--group", action="append", default=[], metavar="LABEL=NAME,NAME",
                        help="add a total row over the named sets (by folder name); may repeat")
    parser.add_argument("--compare", metavar="OLD_TAG", help="list the facts that differ from an earlier run")
    parser.add_argument("--blind", default="", metavar="NAME,NAME",
                        help="sets whose differences are counted but not printed (kept unseen)")
    parser.add_argument("--limit", type=int, default=20, help="differences printed per set and sign (default: 20)")
    args = parser.parse_args(argv)
    if not args.scorer.is_file():
        raise SystemExit(f"error: no scorer at {args.scorer}; pass --scorer PATH/score.py")
    names = [d.resolve().name for d in args.sets]
    if len(set(names)) != len(names):
        raise SystemExit("error: two sets share a folder name; their runs would overwrite each other")
    for gold_dir in args.sets:
        if not any(gold_dir.glob("*.txt")) or not any(gold_dir.glob("*.json")):
            raise SystemExit(f"error: {gold_dir} holds no STEM.txt articles with STEM.json gold sheets")
    groups = _parse_groups(args.group)
    blind = set(filter(None, args.blind.split(",")))
    run_dir = args.out / args.tag

    scores: dict[str, dict[str, Counts]] = {}
    print(f"{'set':<20} {'tp':>6} {'fp':>5} {'fn':>5}      P     R     F1")
    for gold_dir, name in zip(args.sets, names):
        out_dir = run_dir / name
        _extract(gold_dir, out_dir, args.processes)
        scores[name] = _score(args.scorer, gold_dir, out_dir)
        print(f"{name:<20} {scores[name].get('ALL', Counts()).row()}", flush=True)
    for label, members in groups.items():
        total = sum((scores[m].get("ALL", Counts()) for m in members if m in scores), Counts())
        print(f"{'[' + label + ']':<20} {total.row()}")
    if args.relations:
        relations = sorted({r for rows in scores.values() for r in rows} - {"ALL"})
        print(f"\n{'relation (all sets)':<28} {'tp':>6} {'fp':>5} {'fn':>5}      P     R     F1")
        for relation in relations:
            total = sum((rows.get(relation, Counts()) for rows in scores.values()), Counts())
            print(f"{relation:<28} {total.row()}")
    if args.compare:
        old_dir = args.out / args.compare
        print(f"\nfacts that differ from run {args.compare!r} ({old_dir}):")
        for name in names:
            if (old_dir / name).is_dir():
                _print_differences(name, _facts(old_dir / name), _facts(run_dir / name), name in blind, args.limit)
            else:
                print(f"== {name}: no run {args.compare!r} to compare with")
    return 0


if __name__ == "__main__":
    sys.exit(main())
