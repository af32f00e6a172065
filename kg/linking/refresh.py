"""Refresh the gazetteer from Wikidata: sovereign states and the memberships of the organisations kg knows.

:func:`refresh_gazetteer` runs two stored queries on Wikidata's SPARQL endpoint,
``queries/wikidata/sovereign-states.rq`` and ``queries/wikidata/memberships.rq``, and writes:

- ``states.cc0.jsonl``: one gazetteer record per state, in the format of ``kg/data/*.jsonl``
  (:meth:`kg.linking.gazetteer.Gazetteer.load` reads it with ``folder=``): ``qid``, ``label``,
  ``type`` "State", ``iso2``, ``iso3``, and sorted lists of ``aliases``, ``acronyms`` (the aliases
  written in capitals, "USA", "U.K.", which a matcher should compare case-sensitively),
  ``demonyms`` and ``capitals``;
- ``memberships.jsonl``: the reference rows :class:`kg.linking.reference.ReferenceFacts` reads,
  role "member", dates as precise as Wikidata gives them (a year, a month or a day), each row
  citing the Wikidata item it came from. Only members that are states (of the refreshed list, or
  the gazetteer's historical states) are kept.

Each file opens with a ``{"_meta": ...}`` line: Wikidata, CC0 1.0, the endpoint, the query and the
day it was retrieved. Nothing is written until both answers have arrived and been read; the files
are then written into a temporary folder beside ``out_dir`` and moved into place, so a failure
leaves ``out_dir`` as it was. The packaged ``kg/data/`` is never written (tools/build_gazetteer.py
builds it from reviewed sources).
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import LinkingError, WikidataUnavailable
from ..models import EntityType
from ..resources import data_dir, queries_dir
from .gazetteer import Gazetteer, normalize_name
from .reference import MEMBERSHIPS_FILE
from .wikidata import WD, WikidataClient

__all__ = ["RefreshResult", "STATES_FILE", "refresh_gazetteer"]

STATES_FILE = "states.cc0.jsonl"
STATES_QUERY = "wikidata/sovereign-states"
MEMBERSHIPS_QUERY = "wikidata/memberships"
_QID = re.compile(r"Q[1-9][0-9]*")
# An alias written in capitals, with or without full stops: "USA", "U.K.", "DPRK".
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")
# Wikidata time precision -> how many characters of "YYYY-MM-DD" it fixes.
_PRECISION = {"9": 4, "10": 7, "11": 10}
_DATE = re.compile(r"\+?(\d{4}-\d{2}-\d{2})T")
_META = {
    "licence": "CC0-1.0",
    "licence_url": "https://creativecommons.org/publicdomain/zero/1.0/",
    "attribution": "Data from Wikidata (https://www.wikidata.org), dedicated to the public domain under "
                   "CC0 1.0; no attribution is required, Wikidata is named as a courtesy.",
}


_MEMBERSHIPS_NOTE = ("role 'member' from P463 statements without a 'subject has role' qualifier; "
                     "Wikidata's member lists may be incomplete")


@dataclass(frozen=True, slots=True)
class RefreshResult:
    """What :func:`refresh_gazetteer` wrote: the folder, the files and how many records each holds."""

    folder: Path
    files: Mapping[str, int]
    skipped_members: int  # membership rows left out because the member is not a known state


def refresh_gazetteer(client: WikidataClient | str, out_dir: Path, *,
                      organisations: Iterable[str] | None = None,
                      retrieved: _dt.date | None = None) -> RefreshResult:
    """Query Wikidata for sovereign states and memberships; write gazetteer files into ``out_dir``.

    Args:
        client: the client to ask (its timeouts, retries, cache and offline mode apply), or the
            URL of a SPARQL endpoint to ask with a client made and closed here.
        out_dir: the folder to write into (made if missing); other files in it are kept.
        organisations: the QIDs whose members to fetch (default: every organisation and alliance
            of the packaged gazetteer that has a QID).
        retrieved: the day recorded as the retrieval date (default: today, UTC).

    Returns:
        A :class:`RefreshResult`.

    Raises:
        WikidataUnavailable: the endpoint cannot be reached, answers badly, or answers no states;
            ``out_dir`` is left untouched.
        LinkingError: ``out_dir`` is the packaged data folder, or an organisation is not a QID.
        OSError: the files cannot be written (``out_dir`` keeps its previous files).
    """
    out_dir = Path(out_dir)
    if out_dir.resolve() == data_dir().resolve():
        raise LinkingError(f"refusing to write Wikidata's answers into the packaged data folder {out_dir}; "
                           "write them elsewhere and read them with Gazetteer.load(folder=...)")
    known = Gazetteer.load()
    if organisations is None:
        bodies = (EntityType.ORGANIZATION, EntityType.ALLIANCE)
        organisations = {e.qid for e in known.entries if e.qid and e.type in bodies}
    qids = sorted(set(organisations), key=lambda q: (len(q), q))
    bad = [q for q in qids if not _QID.fullmatch(q)]
    if bad or not qids:
        raise LinkingError(f"organisations must be Wikidata QIDs such as Q7184, not {bad or 'nothing'}")
    owned = isinstance(client, str)
    wikidata = WikidataClient(sparql_url=client) if isinstance(client, str) else client
    try:
        states_query = _stored_query(STATES_QUERY)
        members_query = _stored_query(MEMBERSHIPS_QUERY) + _values("organisation", qids)
        state_rows = wikidata.sparql(states_query, fresh=True)
        member_rows = wikidata.sparql(members_query, fresh=True)
    finally:
        if owned:
            wikidata.close()
    states = _states(state_rows)
    if not states:
        raise WikidataUnavailable(f"Wikidata's endpoint {wikidata.sparql_url} answered no sovereign states; "
                                  "the gazetteer is left as it was; try again later")
    packaged_states = {e.qid for e in known.entries if e.qid and e.type is EntityType.STATE}
    memberships, skipped = _memberships(member_rows, {s["qid"] for s in states} | packaged_states)
    day = (retrieved or _dt.datetime.now(_dt.timezone.utc).date()).isoformat()
    contents = {
        STATES_FILE: _jsonl(_meta(wikidata.sparql_url, STATES_QUERY, day), states),
        MEMBERSHIPS_FILE: _jsonl(_meta(wikidata.sparql_url, MEMBERSHIPS_QUERY, day, note=_MEMBERSHIPS_NOTE),
                                 memberships),
    }
    _write_all(out_dir, contents)
    return RefreshResult(out_dir, {STATES_FILE: len(states), MEMBERSHIPS_FILE: len(memberships)}, skipped)


def _stored_query(name: str) -> str:
    path = queries_dir() / f"{name}.rq"
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LinkingError(f"cannot read the stored query {path}: {exc}; reinstall kg") from exc


def _values(variable: str, qids: Iterable[str]) -> str:
    """A trailing VALUES clause binding ``variable`` to items; every QID was checked by the caller."""
    return f"\nVALUES ?{variable} {{ {' '.join(f'wd:{q}' for q in qids)} }}\n"


def _qid(iri: str) -> str | None:
    qid = iri.removeprefix(WD)
    return qid if iri.startswith(WD) and _QID.fullmatch(qid) else None


def _sorted_names(names: Iterable[str]) -> list[str]:
    return sorted(set(names), key=lambda n: (n.casefold(), n))


def _states(rows: Iterable[Mapping[str, str]]) -> list[dict[str, Any]]:
    """Gazetteer records from (state, field, value) rows; states without an English label are left out."""
    fields: dict[str, dict[str, set[str]]] = {}
    for row in rows:
        qid = _qid(row.get("state", ""))
        if qid is None or "field" not in row or "value" not in row:
            continue
        fields.setdefault(qid, {}).setdefault(row["field"], set()).add(row["value"].strip())
    records = []
    for qid, values in fields.items():
        labels = sorted(values.get("label", ()))
        if not labels:
            continue
        label = labels[0]
        taken = {normalize_name(label)}
        acronyms = [a for a in values.get("alias", ()) if _ACRONYM.fullmatch(a)]
        aliases = [a for a in values.get("alias", ()) if a not in acronyms and normalize_name(a) not in taken]
        records.append({
            "qid": qid, "label": label, "type": EntityType.STATE.value,
            "iso2": min(values.get("iso2", ()), default=None),
            "iso3": min(values.get("iso3", ()), default=None),
            "aliases": _sorted_names(aliases), "acronyms": _sorted_names(acronyms),
            "demonyms": _sorted_names(values.get("demonym", ())),
            "capitals": _sorted_names(values.get("capital", ())),
        })
    return sorted(records, key=lambda r: (r["label"].casefold(), r["qid"]))


def _date(value: str | None, precision: str | None) -> str | None:
    """"1949-04-04T00:00:00Z" cut to its precision (year, month, day); None when coarser or unknown."""
    match = _DATE.match(value or "")
    length = _PRECISION.get(precision or "11")
    return match.group(1)[:length] if match and length else None


def _memberships(rows: Iterable[Mapping[str, str]], states: set[str]) -> tuple[list[dict[str, Any]], int]:
    """Reference rows from the memberships query, members that are not ``states`` left out (and counted)."""
    records: dict[tuple[Any, ...], dict[str, Any]] = {}
    skipped = 0
    for row in rows:
        organisation, member = _qid(row.get("organisation", "")), _qid(row.get("member", ""))
        if organisation is None or member is None:
            continue
        if member not in states:
            skipped += 1
            continue
        record = {
            "organisation": row.get("organisationLabel") or organisation, "organisation_qid": organisation,
            "body": None, "state": row.get("memberLabel") or member, "state_qid": member, "role": "member",
            "start": _date(row.get("start"), row.get("startPrecision")),
            "end": _date(row.get("end"), row.get("endPrecision")),
            "note": None, "sources": [f"https://www.wikidata.org/wiki/{member}#P463"],
        }
        records[(organisation, member, record["start"], record["end"])] = record
    ordered = sorted(records.values(), key=lambda r: (r["organisation"].casefold(), r["state"].casefold(),
                                                      r["start"] or "", r["end"] or ""))
    return ordered, skipped


def _meta(endpoint: str, query: str, day: str, **extra: str) -> dict[str, Any]:
    source = {"name": "Wikidata", "endpoint": endpoint, "query": f"queries/{query}.rq", "retrieved": day}
    return {**_META, "sources": [source], **extra}


def _jsonl(meta: Mapping[str, Any], records: Iterable[Mapping[str, Any]]) -> bytes:
    lines = [json.dumps({"_meta": meta}, ensure_ascii=False)]
    lines += [json.dumps(record, ensure_ascii=False) for record in records]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _write_all(out_dir: Path, contents: Mapping[str, bytes]) -> None:
    """Write every file into a temporary folder beside ``out_dir``, then move them in.

    A new ``out_dir`` appears whole (one rename); into an existing one each file is renamed over
    its old version, which keeps the files of others that live there.
    """
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".part", dir=out_dir.parent))
    try:
        for name, data in contents.items():
            with open(staging / name, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        staging.chmod(0o777 & ~_umask())  # mkdtemp makes the folder owner-only
        if not out_dir.exists():
            staging.rename(out_dir)
            return
        for name in contents:
            os.replace(staging / name, out_dir / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
