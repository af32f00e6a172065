"""Settings that the command line builds from flags and ``KG_*`` variables; the library reads neither."""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass

__all__ = ["Settings", "DEFAULT_BASE_IRI"]

DEFAULT_BASE_IRI = "https://w3id.org/kg/"


@dataclass(frozen=True, slots=True)
class Settings:
    """Options every stage may need.

    ``base_iri`` prefixes every IRI kg mints (``<base>id/...``, ``<base>graph/...``);
    ``timestamp``, when set, is written as the end time of each build activity, so that output
    stays byte-identical between runs unless a time is asked for; ``check_reference`` flags
    membership claims that contradict the reference data shipped with kg (see
    :mod:`kg.linking.reference`).
    """

    base_iri: str = DEFAULT_BASE_IRI
    timestamp: _dt.datetime | None = None
    include_ontology: bool = True
    check_reference: bool = True

    @classmethod
    def from_environment(cls, **overrides: object) -> Settings:
        """Settings from ``KG_BASE_IRI`` and ``SOURCE_DATE_EPOCH``, then ``overrides``."""
        values: dict[str, object] = {}
        if os.environ.get("KG_BASE_IRI"):
            values["base_iri"] = os.environ["KG_BASE_IRI"]
        epoch = os.environ.get("SOURCE_DATE_EPOCH")
        if epoch:
            try:
                values["timestamp"] = _dt.datetime.fromtimestamp(int(epoch), tz=_dt.timezone.utc)
            except (ValueError, OverflowError, OSError) as exc:
                raise ValueError(f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds since 1970") from exc
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
