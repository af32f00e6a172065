"""Read and write fact sheets: the JSON format of the corpus (``corpus/README.md``), or the same in YAML.

kg extends the format with optional fields it reads and writes: a top-level ``article`` object
(``id``, ``title``, ``publisher``, ``url``, ``date``), and per fact ``speaker`` (who a reported fact
is attributed to), ``confidence`` (0-1), ``evidence_start`` and ``evidence_end`` (character offsets
into the article text). A sheet beside an article of the same stem (``a.json`` and ``a.txt``)
takes the article's metadata and text from it, so that evidence gets offsets.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

from ._io import atomic_write
from .articles import MAX_ARTICLE_BYTES, read_article, read_text_file
from .errors import ArticleError, FactSheetError
from .models import Article, Entity, EntityType, Evidence, Fact, FactSheet, Modality
from .text import clean_text

__all__ = ["SHEET_SUFFIXES", "dump_fact_sheet", "find_evidence", "parse_fact_sheet", "read_fact_sheet",
           "write_fact_sheet"]

SHEET_SUFFIXES = (".json", ".yaml", ".yml")
_QID = re.compile(r"Q[1-9][0-9]*")
_TYPES = ", ".join(t.value for t in EntityType)
_MODALITIES = ", ".join(m.value for m in Modality)


def _text(value: Any, source: str, field: str, *, required: bool = True) -> str | None:
    if type(value) is str and value.isascii() and value.isprintable():  # most fields: nothing to clean
        stripped = value.strip()
        if stripped:
            return stripped
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise FactSheetError(source, field, "a non-empty string", value)
        return None
    if isinstance(value, (datetime.date, datetime.datetime)):
        value = value.isoformat()  # YAML reads an unquoted 2019-03-12 as a date
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise FactSheetError(source, field, "a string", value)
    return clean_text(str(value)).strip()


def find_evidence(text: str, evidence: str) -> tuple[int, int] | None:
    """Offsets of ``evidence`` in ``text``, tolerant of differences in white space; None when absent."""
    if not evidence:
        return None
    start = text.find(evidence)
    if start >= 0:
        return start, start + len(evidence)
    words = evidence.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    match = re.search(pattern, text)
    return (match.start(), match.end()) if match else None


def _entities(raw: Any, source: str) -> tuple[Entity, ...]:
    if not isinstance(raw, list):
        raise FactSheetError(source, "entities", "a list of objects", type(raw).__name__)
    grouped: dict[tuple[str, EntityType, str | None], list[str]] = {}
    for number, item in enumerate(raw):
        field = f"entities[{number}]"
        if not isinstance(item, Mapping):
            raise FactSheetError(source, field, "an object with mention, label, type, wikidata", item)
        label = _text(item.get("label") or item.get("mention"), source, f"{field}.label")
        mention = _text(item.get("mention"), source, f"{field}.mention", required=False)
        try:
            entity_type = EntityType(item.get("type"))
        except ValueError:
            raise FactSheetError(source, f"{field}.type", f"one of {_TYPES}", item.get("type")) from None
        qid = item.get("wikidata")
        if qid is not None and (not isinstance(qid, str) or not _QID.fullmatch(qid)):
            raise FactSheetError(source, f"{field}.wikidata", "a Wikidata QID such as 'Q403', or null", qid)
        assert label is not None
        mentions = grouped.setdefault((label, entity_type, qid), [])
        if mention and mention not in mentions:
            mentions.append(mention)
    return tuple(Entity(label, t, tuple(m), q) for (label, t, q), m in grouped.items())


def _facts(raw: Any, source: str, text: str, relations: Collection[str] | None) -> tuple[Fact, ...]:
    if not isinstance(raw, list):
        raise FactSheetError(source, "facts", "a list of objects", type(raw).__name__)
    facts = []
    for number, item in enumerate(raw):
        field = f"facts[{number}]"
        if not isinstance(item, Mapping):
            raise FactSheetError(source, field, "an object with subject, relation, object, modality, evidence", item)
        relation = _text(item.get("relation"), source, f"{field}.relation")
        if relations is not None and relation not in relations:
            raise FactSheetError(source, f"{field}.relation", f"one of {', '.join(sorted(relations))}", relation)
        try:
            modality = Modality(item.get("modality") or "asserted")
        except ValueError:
            raise FactSheetError(source, f"{field}.modality", f"one of {_MODALITIES}", item.get("modality")) from None
        confidence = item.get("confidence", 1.0)
        if isinstance(confidence, bool) or not isinstance(confidence, (int, float)) or not 0 <= confidence <= 1:
            raise FactSheetError(source, f"{field}.confidence", "a number from 0 to 1", confidence)
        evidence_text = _text(item.get("evidence"), source, f"{field}.evidence", required=False)
        evidence = None
        if evidence_text:
            span = _given_span(item, text, evidence_text, source, field) or find_evidence(text, evidence_text)
            evidence = Evidence(evidence_text, *span) if span else Evidence(evidence_text)
        facts.append(Fact(
            subject=_text(item.get("subject"), source, f"{field}.subject") or "",
            relation=relation or "",
            object=_text(item.get("object"), source, f"{field}.object") or "",
            modality=modality,
            time=_text(item.get("time"), source, f"{field}.time", required=False),
            evidence=evidence,
            speaker=_text(item.get("speaker"), source, f"{field}.speaker", required=False),
            confidence=float(confidence),
        ))
    return tuple(facts)


def _given_span(item: Mapping[str, Any], text: str, evidence: str, source: str,
                field: str) -> tuple[int, int] | None:
    start, end = item.get("evidence_start"), item.get("evidence_end")
    if start is None and end is None:
        return None
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        raise FactSheetError(source, f"{field}.evidence_start", "two whole numbers evidence_start/evidence_end",
                             (start, end))
    assert isinstance(start, int) and isinstance(end, int)
    # Offsets that no longer point at the evidence (the text changed) are recomputed, not trusted.
    return (start, end) if 0 <= start < end <= len(text) and text[start:end] == evidence else None


def _article(raw: Any, source: str, default_id: str, beside: Article | None) -> Article:
    if beside is not None:
        return beside
    if raw is None:
        return Article(id=default_id, source=source)
    if not isinstance(raw, Mapping):
        raise FactSheetError(source, "article", "an object with id, title, publisher, url, date", raw)
    return Article(
        id=_text(raw.get("id"), source, "article.id", required=False) or default_id,
        text=_text(raw.get("text"), source, "article.text", required=False) or "",
        title=_text(raw.get("title"), source, "article.title", required=False),
        publisher=_text(raw.get("publisher"), source, "article.publisher", required=False),
        url=_text(raw.get("url"), source, "article.url", required=False),
        date=_text(raw.get("date"), source, "article.date", required=False),
        source=source,
    )


def parse_fact_sheet(data: Any, *, source: str, article_id: str, article: Article | None = None,
                     relations: Collection[str] | None = None) -> FactSheet:
    """A :class:`FactSheet` from parsed JSON/YAML ``data``.

    Args:
        source: where the data came from, for messages.
        article_id: the id to give the article when neither ``article`` nor the data names one.
        article: the article this sheet is about (its text gives evidence offsets).
        relations: the relation names to accept (the ontology's); None accepts any.

    Raises:
        FactSheetError: naming the field and what was expected.
    """
    if not isinstance(data, Mapping):
        raise FactSheetError(source, "", "an object with 'entities' and 'facts'", type(data).__name__)
    unknown = set(data) - {"article", "entities", "facts", "method", "notes"}
    if unknown:
        raise FactSheetError(source, sorted(unknown)[0], "only the keys article, entities, facts, method, notes")
    notes = data.get("notes") or []
    if not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
        raise FactSheetError(source, "notes", "a list of strings", notes)
    resolved = _article(data.get("article"), source, article_id, article)
    method = _text(data.get("method"), source, "method", required=False) or "curated"
    return FactSheet(
        article=resolved,
        entities=_entities(data.get("entities", []), source),
        facts=_facts(data.get("facts", []), source, resolved.text, relations),
        source=source,
        method=method,
        notes=tuple(notes),
    )


def read_fact_sheet(path: str | Path, *, relations: Collection[str] | None = None,
                    article_path: Path | None = None) -> FactSheet:
    """Read a JSON or YAML fact sheet, with the article beside it (same stem, ``.txt``) if there is one.

    Raises:
        FactSheetError: the sheet is malformed.
        ArticleError: the sheet or its article cannot be read.
    """
    path = Path(path)
    source = str(path)
    raw_text = read_text_file(path, max_bytes=MAX_ARTICLE_BYTES)
    try:
        if path.suffix.lower() in (".yaml", ".yml"):
            data = yaml.load(raw_text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        else:
            data = json.loads(raw_text)
    except (ValueError, yaml.YAMLError) as exc:
        raise FactSheetError(source, "", f"valid {'YAML' if path.suffix.lower() != '.json' else 'JSON'} ({exc})") \
            from exc
    beside_path = article_path or path.with_suffix(".txt")
    beside = None
    if beside_path.exists():
        try:
            beside = read_article(beside_path)
        except ArticleError:
            raise
    return parse_fact_sheet(data, source=source, article_id=path.stem, article=beside, relations=relations)


def dump_fact_sheet(sheet: FactSheet) -> dict[str, Any]:
    """The JSON-ready form of ``sheet``: one entity entry per mention, as the corpus writes them."""
    article = sheet.article
    meta = {k: v for k, v in (("id", article.id), ("title", article.title), ("publisher", article.publisher),
                              ("url", article.url), ("date", article.date)) if v}
    entities: list[dict[str, Any]] = []
    for entity in sheet.entities:
        for mention in entity.mentions or (entity.label,):
            entities.append({"mention": mention, "label": entity.label, "type": entity.type.value,
                             "wikidata": entity.qid})
    facts: list[dict[str, Any]] = []
    for fact in sheet.facts:
        item: dict[str, Any] = {"subject": fact.subject, "relation": fact.relation, "object": fact.object}
        if fact.time:
            item["time"] = fact.time
        item["modality"] = fact.modality.value
        if fact.evidence:
            item["evidence"] = fact.evidence.text
            if fact.evidence.start is not None:
                item["evidence_start"], item["evidence_end"] = fact.evidence.start, fact.evidence.end
        if fact.speaker:
            item["speaker"] = fact.speaker
        if fact.confidence != 1.0:
            item["confidence"] = round(fact.confidence, 4)
        facts.append(item)
    out: dict[str, Any] = {"article": meta, "entities": entities, "facts": facts}
    if sheet.method != "curated":
        out["method"] = sheet.method
    if sheet.notes:
        out["notes"] = list(sheet.notes)
    return out


def write_fact_sheet(sheet: FactSheet, path: str | Path) -> None:
    """Write ``sheet`` as JSON (or YAML for a ``.yaml``/``.yml`` path), atomically."""
    path = Path(path)
    data = dump_fact_sheet(sheet)
    if path.suffix.lower() in (".yaml", ".yml"):
        payload = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120).encode("utf-8")
    else:
        payload = (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    atomic_write(path, lambda handle: handle.write(payload))


def sheets_in(paths: Iterable[Path]) -> list[Path]:
    """The fact-sheet files among ``paths`` (folders searched one level deep), sorted."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(p for p in path.iterdir() if p.suffix.lower() in SHEET_SUFFIXES)
        elif path.suffix.lower() in SHEET_SUFFIXES:
            found.append(path)
    return sorted(set(found))
