"""Reference facts: who belongs to which organisation, in which role, since when; and the check
that flags article claims contradicting them.

The data is ``kg/data/memberships.jsonl`` (built from the curated ``memberships.csv``; every
row names its sources). The rule, applied by :meth:`ReferenceFacts.check`:

1. Only membership-like claims are checked (``member_of``, ``observer_of``, ``partner_of``,
   ``applied_for_membership_of``, ``suspended_participation_in``), and only when the article
   asserts or reports them: planned and negated claims say nothing about the present.
2. Only organisations (and bodies, such as the CSTO Parliamentary Assembly or Partnership for
   Peace) that the reference data covers are checked; the subject must be a state it names.
3. The claim is compared at the date it holds: the fact's time, else the article's date; with
   neither, nothing is checked.
4. A claim is contradicted when no reference row with a compatible role can hold at that date
   and either (a) a row with another role certainly holds then (the TASS piece's "India is an
   SCO observer" in 2021, when India has been a member since 2017), or (b) the claim is full
   membership of an organisation whose member list the data gives in full, and it lists no
   membership of that state then (Serbia as a "full-fledged member" of the CSTO).
   Partial dates count in the claim's favour: "2017" may be before or after "2017-06-09".

A contradicted fact is flagged, never deleted: the mapper keeps its statement node, records the
contradiction with the reference's role and sources, and leaves out its plain triple.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path

from ..errors import LinkingError
from ..models import Entity, EntityType, Modality
from ..resources import data_dir
from .gazetteer import normalize_name

__all__ = ["Contradiction", "MembershipRow", "ReferenceFacts", "CHECKED_RELATIONS"]

MEMBERSHIPS_FILE = "memberships.jsonl"

# Reference roles that agree with each claimed relation. Suspension is not exit, so a suspended
# member is still a member; for a programme (a body such as Partnership for Peace) the
# corpus calls a partner a member.
_COMPATIBLE = {
    "member_of": frozenset({"member", "associate_member", "suspended"}),
    "observer_of": frozenset({"observer"}),
    "partner_of": frozenset({"partner", "dialogue_partner"}),
    "applied_for_membership_of": frozenset({"applicant", "aspirant", "invited"}),
    "suspended_participation_in": frozenset({"suspended"}),
}
_MEMBER_ROLES = _COMPATIBLE["member_of"]
_COMPATIBLE_IN_BODY = {**_COMPATIBLE, "member_of": frozenset({"member", "partner", "participant"})}
CHECKED_RELATIONS = frozenset(_COMPATIBLE)
_CHECKED_MODALITIES = frozenset({Modality.ASSERTED, Modality.REPORTED})


@dataclass(frozen=True, slots=True)
class MembershipRow:
    """One row of the reference table: ``state`` held ``role`` in ``organisation`` (or its ``body``)."""

    organisation: str
    organisation_qid: str | None
    body: str | None
    state: str
    state_qid: str | None
    role: str
    start: str | None
    end: str | None
    sources: tuple[str, ...] = ()
    note: str | None = None

    def describe(self) -> str:
        where = self.body or self.organisation
        span = f"since {self.start}" if self.start else "date not recorded"
        if self.end:
            span = f"{self.start or '?'} to {self.end}"
        return f"{self.role.replace('_', ' ')} of {where} ({span})"


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Why a claim disagrees with the reference data, and what the data says instead."""

    relation: str
    subject: str
    object: str
    at: str
    reason: str
    reference_roles: tuple[str, ...]  # roles the data certainly gives the subject at ``at``
    sources: tuple[str, ...]  # the pages the relevant rows cite


class ReferenceFacts:
    """The reference membership table, indexed for :meth:`check`."""

    def __init__(self, rows: Iterable[MembershipRow]) -> None:
        self._rows = tuple(rows)
        self._by_key: dict[tuple[str, str], list[MembershipRow]] = {}
        self._complete_members: set[str] = set()
        self._targets: set[str] = set()
        for row in self._rows:
            target = _body_key(row) or _org_key(row.organisation_qid, row.organisation)
            self._by_key.setdefault((target, _state_key(row.state_qid, row.state)), []).append(row)
            self._targets.add(target)
            if row.body is None and row.role == "member":
                self._complete_members.add(target)

    @classmethod
    def load(cls, folder: Path | Traversable | None = None) -> ReferenceFacts:
        """Read ``memberships.jsonl`` from the package (or ``folder``).

        Raises:
            LinkingError: the file is missing or malformed (reinstall kg, or rerun
                ``tools/build_gazetteer.py`` in a checkout).
        """
        where = folder if folder is not None else data_dir()
        try:
            lines = (where / MEMBERSHIPS_FILE).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise LinkingError(f"cannot read {MEMBERSHIPS_FILE} in {where}: {exc}; reinstall kg") from exc
        rows = []
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if "_meta" in record:
                    continue
                rows.append(MembershipRow(
                    organisation=record["organisation"], organisation_qid=record.get("organisation_qid"),
                    body=record.get("body"), state=record["state"], state_qid=record.get("state_qid"),
                    role=record["role"], start=record.get("start"), end=record.get("end"),
                    sources=tuple(record.get("sources") or ()), note=record.get("note")))
            except (ValueError, KeyError, TypeError) as exc:
                raise LinkingError(f"{MEMBERSHIPS_FILE}, line {number}: malformed reference row ({exc}); "
                                   "rerun tools/build_gazetteer.py") from exc
        return cls(rows)

    @property
    def rows(self) -> tuple[MembershipRow, ...]:
        return self._rows

    def rosters(self) -> dict[str, frozenset[str]]:
        """The QIDs of the states each organisation has had as members at any time, by the organisation's QID
        (organisations the data lists members of; its bodies and programmes left out)."""
        rosters: dict[str, set[str]] = {}
        for row in self._rows:
            if row.body is None and row.organisation_qid and row.state_qid and row.role in _MEMBER_ROLES:
                rosters.setdefault(row.organisation_qid, set()).add(row.state_qid)
        return {organisation: frozenset(states) for organisation, states in rosters.items()}

    def rows_for(self, state: Entity, organisation: Entity) -> list[MembershipRow]:
        """Every row about ``state`` in ``organisation`` (an organisation or one of its bodies)."""
        state_key = _state_key(state.qid, state.label)
        found: list[MembershipRow] = []
        for key in _entity_keys(organisation):
            found.extend(self._by_key.get((key, state_key), ()))
        return found

    def covers(self, organisation: Entity) -> bool:
        """Whether the data has rows about ``organisation`` (or about it as a body)."""
        return any(key in self._targets for key in _entity_keys(organisation))

    def check(self, relation: str, subject: Entity, organisation: Entity, *, at: str | None,
              modality: Modality = Modality.ASSERTED) -> Contradiction | None:
        """The contradiction between the claim ``subject relation organisation`` at ``at`` and the
        data, or None when they agree or the rule (see the module) does not apply."""
        if (relation not in CHECKED_RELATIONS or modality not in _CHECKED_MODALITIES or not at
                or subject.type is not EntityType.STATE):
            return None
        at = at.split("/", 1)[0]
        keys = [key for key in _entity_keys(organisation) if key in self._targets]
        if not keys:
            return None
        is_body = any(key.startswith("body:") for key in keys)
        compatible = (_COMPATIBLE_IN_BODY if is_body else _COMPATIBLE)[relation]
        rows = self.rows_for(subject, organisation)
        if any(row.role in compatible and _may_hold(row, at) for row in rows):
            return None
        holding = [row for row in rows if _certainly_holds(row, at)]
        claim = f"{subject.label} {relation} {organisation.label}"
        if holding:
            said = "; ".join(row.describe() for row in holding)
            reason = f"the reference data gives {subject.label} at {at}: {said}"
        elif relation == "member_of" and not is_body and any(k in self._complete_members for k in keys):
            related = self._related_rows(subject, organisation)
            said = "; ".join(row.describe() for row in related) or "nothing"
            reason = (f"the reference data lists every member of {organisation.label} and no membership of "
                      f"{subject.label} at {at}; it gives: {said}")
            holding = related
        else:
            return None
        sources = tuple(dict.fromkeys(source for row in holding for source in row.sources))
        return Contradiction(relation, subject.label, organisation.label, at, f"{claim}: {reason}",
                             tuple(dict.fromkeys(row.role for row in holding if _certainly_holds(row, at))),
                             sources)

    def _related_rows(self, state: Entity, organisation: Entity) -> list[MembershipRow]:
        """Rows about ``state`` in the bodies of ``organisation`` (the CSTO's Parliamentary Assembly)."""
        keys = set(_entity_keys(organisation))
        state_key = _state_key(state.qid, state.label)
        return [row for row in self._rows
                if row.body and _org_key(row.organisation_qid, row.organisation) in keys
                and _state_key(row.state_qid, row.state) == state_key]


def _org_key(qid: str | None, name: str) -> str:
    return f"qid:{qid}" if qid else f"name:{normalize_name(name)}"


def _body_key(row: MembershipRow) -> str | None:
    return f"body:{normalize_name(row.body)}" if row.body else None


def _state_key(qid: str | None, name: str) -> str:
    return f"qid:{qid}" if qid else f"name:{normalize_name(name)}"


def _entity_keys(entity: Entity) -> list[str]:
    keys = [f"qid:{entity.qid}"] if entity.qid else []
    for name in (entity.label, *entity.mentions):
        keys += [f"name:{normalize_name(name)}", f"body:{normalize_name(name)}"]
    return keys


def _compare(a: str, b: str) -> int:
    """-1, 0 or 1 as ISO date ``a`` is certainly before, may equal, or is certainly after ``b``."""
    n = min(len(a), len(b))
    return (a[:n] > b[:n]) - (a[:n] < b[:n])


def _may_hold(row: MembershipRow, at: str) -> bool:
    started = row.start is None or _compare(row.start, at) <= 0
    not_ended = row.end is None or _compare(row.end, at) >= 0
    return started and not_ended


def _certainly_holds(row: MembershipRow, at: str) -> bool:
    started = row.start is None or row.start == at or _compare(row.start, at) < 0
    not_ended = row.end is None or _compare(row.end, at) > 0
    return started and not_ended
