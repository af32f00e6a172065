"""Self-check of the article generator: determinism and the consistency of every gold sheet.

Usage::

    python benchmarks/check_generated.py [--articles 50] [--seeds 1 2] [--keep DIR]

For each seed it writes the articles twice (to two temporary folders) and checks that the files
are byte for byte the same, and that the two seeds give different articles. Then, for every
article, it checks that:

* the ``.txt`` file has the corpus header (TITLE, SOURCE, URL, DATE) and a ``---`` line;
* every entity ``mention`` occurs verbatim in the body, and types and QIDs are well formed;
* every fact's ``evidence`` occurs verbatim in the body; relation and modality are known;
* subjects (and objects of entity-valued relations) are labels of listed entities;
* dates (``exercise_date``, ``agreement_date``, ``founded_in`` objects, ``time``) are ISO 8601;
* each ``said`` object (its fragments, when joined with " … ") occurs in its evidence;
* kg reads the pair: ``kg.articles.read_article`` and ``kg.factsheets.read_fact_sheet`` accept
  them and every evidence gets character offsets into the article text.

It prints what it checked, coverage of relations and modalities, and each failure; it exits 1
when anything failed, 0 otherwise.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import MODALITIES, RELATIONS, generate

_TYPES = {
    "State",
    "Alliance",
    "Organization",
    "Agreement",
    "Exercise",
    "Person",
    "Place",
    "Event",
    "MilitaryUnit",
}
_LITERAL = {"exercise_date", "agreement_date", "founded_in", "holds_position", "said"}
_DATE_RELATIONS = {"exercise_date", "agreement_date", "founded_in"}
_DATE = r"\d{4}(-\d{2}(-\d{2})?)?"
_ISO = re.compile(f"{_DATE}(/{_DATE})?")
_QID = re.compile(r"Q[1-9]\d*")
_HEADER = ("TITLE: ", "SOURCE: ", "URL: ", "DATE: ")


def check_article(txt: Path, min_words: int, max_words: int) -> list[str]:
    """Problems with one generated article and its gold sheet (empty when it is consistent)."""
    problems: list[str] = []
    stem = txt.stem
    text = txt.read_text(encoding="utf-8")
    lines = text.split("\n")
    if (
        "---" not in lines
        or lines.index("---") != 4
        or any(not lines[i].startswith(h) for i, h in enumerate(_HEADER))
    ):
        return [f"{stem}: header is not TITLE/SOURCE/URL/DATE then ---"]
    body = "\n".join(lines[5:])
    words = len(body.split())
    if not min_words <= words <= max_words:
        problems.append(f"{stem}: body has {words} words, outside {min_words}-{max_words}")
    sheet = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
    if set(sheet) != {"entities", "facts"}:
        problems.append(f"{stem}: sheet keys {sorted(sheet)} are not entities and facts")
    labels: set[str] = set()
    seen_mentions: set[str] = set()
    for entity in sheet["entities"]:
        mention, label, kind, qid = entity["mention"], entity["label"], entity["type"], entity["wikidata"]
        labels.add(label)
        if mention in seen_mentions:
            problems.append(f"{stem}: mention {mention!r} listed twice")
        seen_mentions.add(mention)
        if mention not in body:
            problems.append(f"{stem}: mention {mention!r} not in the body")
        if kind not in _TYPES:
            problems.append(f"{stem}: entity {label!r} has unknown type {kind!r}")
        if qid is not None and not _QID.fullmatch(qid):
            problems.append(f"{stem}: entity {label!r} has a malformed QID {qid!r}")
    for fact in sheet["facts"]:
        subject, relation, obj = fact["subject"], fact["relation"], fact["object"]
        evidence, modality = fact["evidence"], fact["modality"]
        where = f"{stem}: {subject} | {relation} | {obj[:40]}"
        if evidence not in body:
            problems.append(f"{where}: evidence not in the body: {evidence[:80]!r}")
        if relation not in RELATIONS:
            problems.append(f"{where}: unknown relation")
        if modality not in MODALITIES:
            problems.append(f"{where}: unknown modality {modality!r}")
        if subject not in labels:
            problems.append(f"{where}: subject is not an entity label")
        if relation not in _LITERAL and obj not in labels:
            problems.append(f"{where}: object is not an entity label")
        if relation in _DATE_RELATIONS and not _ISO.fullmatch(obj):
            problems.append(f"{where}: object is not an ISO date")
        if "time" in fact and not _ISO.fullmatch(fact["time"]):
            problems.append(f"{where}: time {fact['time']!r} is not an ISO date")
        if relation == "said" and not all(part in evidence for part in obj.split(" … ")):
            problems.append(f"{where}: said object not in its evidence")
    problems += _check_with_kg(txt, len(sheet["facts"]))
    return problems


def _check_with_kg(txt: Path, facts: int) -> list[str]:
    """kg's own readers accept the pair, and find every evidence in the article text."""
    try:
        from kg.articles import read_article
        from kg.factsheets import read_fact_sheet
    except ImportError as exc:  # the generator's checks above still stand without kg
        return [f"cannot import kg to read the files back: {exc}"]
    try:
        article = read_article(txt)
        sheet = read_fact_sheet(txt.with_suffix(".json"))
    except Exception as exc:  # noqa: BLE001 - any failure of kg's readers is a finding here
        return [f"{txt.stem}: kg cannot read it: {exc}"]
    problems = []
    if sheet.article.text != article.text:
        problems.append(f"{txt.stem}: kg did not pair the sheet with its article")
    if len(sheet.facts) != facts:
        problems.append(f"{txt.stem}: kg read {len(sheet.facts)} facts of {facts}")
    for fact in sheet.facts:
        if fact.evidence is None or fact.evidence.start is None:
            problems.append(
                f"{txt.stem}: kg found no offsets for the evidence of {fact.subject} | {fact.relation}"
            )
    return problems


def _same_tree(a: Path, b: Path) -> list[str]:
    names_a, names_b = sorted(p.name for p in a.iterdir()), sorted(p.name for p in b.iterdir())
    if names_a != names_b:
        return [f"{a} and {b} hold different files"]
    _, mismatch, errors = filecmp.cmpfiles(a, b, names_a, shallow=False)
    return [f"{name} differs between two runs with the same seed" for name in (*mismatch, *errors)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check the article generator: determinism and gold sheets.")
    parser.add_argument("--articles", type=int, default=50, help="articles per seed (default 50)")
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2], help="seeds to check (default 1 2)")
    parser.add_argument("--min-words", type=int, default=300)
    parser.add_argument("--max-words", type=int, default=1200)
    parser.add_argument("--keep", type=Path, help="write the articles here instead of a temporary folder")
    args = parser.parse_args(argv)
    problems: list[str] = []
    relations: Counter[tuple[str, str]] = Counter()
    checked = 0
    with tempfile.TemporaryDirectory(prefix="kg-check-gen-") as tmp:
        root = args.keep or Path(tmp)
        firsts: dict[int, Path] = {}
        for seed in args.seeds:
            first, second = root / f"seed-{seed}", root / f"seed-{seed}-again"
            for out in (first, second):
                generate(args.articles, out, seed=seed, min_words=args.min_words, max_words=args.max_words)
            problems += _same_tree(first, second)
            firsts[seed] = first
            for txt in sorted(first.glob("*.txt")):
                problems += check_article(txt, args.min_words, args.max_words)
                for fact in json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))["facts"]:
                    relations[fact["relation"], fact["modality"]] += 1
                checked += 1
        bodies = {
            seed: [p.read_text(encoding="utf-8").split("---\n", 1)[1] for p in sorted(folder.glob("*.txt"))]
            for seed, folder in firsts.items()
        }
        seeds = list(bodies)
        for i, a in enumerate(seeds):
            for b in seeds[i + 1 :]:
                same = sum(x == y for x, y in zip(bodies[a], bodies[b]))
                if same:
                    problems.append(f"seeds {a} and {b} give {same} identical articles")
    missing = [r for r in RELATIONS if not any(rel == r for rel, _ in relations)]
    if missing:
        problems.append(f"relations never generated: {', '.join(missing)}")
    unused = [m for m in MODALITIES if not any(mod == m for _, mod in relations)]
    if unused:
        problems.append(f"modalities never generated: {', '.join(unused)}")
    print(
        f"checked {checked} articles ({args.articles} per seed, seeds {' '.join(map(str, args.seeds))}), "
        f"{sum(relations.values())} gold facts"
    )
    for relation in RELATIONS:
        counts = ", ".join(f"{m} {relations[relation, m]}" for m in MODALITIES if relations[relation, m])
        print(f"  {relation:28} {counts}")
    for problem in problems[:200]:
        print(f"FAIL {problem}")
    if len(problems) > 200:
        print(f"FAIL ... and {len(problems) - 200} more")
    print(
        "OK: deterministic, and every mention and evidence occurs in its article"
        if not problems
        else f"{len(problems)} problems"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
