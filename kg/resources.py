"""The one place that knows where kg's data files live.

In a checkout they are at the repository root (``ontology/``, ``queries/``); in an installed
wheel they are packaged under ``kg/_resources/``.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["data_dir", "ontology_path", "queries_dir", "resource_dir"]

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """The folder ``name`` (``ontology`` or ``queries``), wherever this installation keeps it."""
    for candidate in (_PACKAGE / "_resources" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"kg cannot find its {name}/ folder (looked in {_PACKAGE / '_resources'} and {_PACKAGE.parent}); "
        "reinstall kg with 'pip install -e .' from the repository"
    )


def ontology_path() -> Path:
    """Path of ``ontology/kg.ttl``, the source of truth for classes and properties."""
    return resource_dir("ontology") / "kg.ttl"


def queries_dir() -> Path:
    """Folder of the stored SPARQL queries."""
    return resource_dir("queries")


def data_dir() -> Path:
    """Folder of the packaged reference data (the offline gazetteer), inside the kg package."""
    return _PACKAGE / "data"
