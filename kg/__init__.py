"""kg: build knowledge graphs of international-security news.

Articles and fact sheets become RDF in an OWL ontology of states, alliances, agreements and
exercises, one named graph per article, each fact a statement node with its modality, time,
evidence and provenance. The public API::

    import kg
    sheet = kg.extract(kg.read_article("examples/amber-shield-2025.txt"))  # facts, offline
    result = kg.build_graph(["examples/"])          # fact sheets, or articles kg extracts
    graph = result.graph                             # a kg.KnowledgeGraph (embedded pyoxigraph)
    graph.save("out.trig")
    members = graph.run("memberships/members", organisation="NATO")   # a stored query (kg.QueryResult)
    print(kg.render(members).decode())                                # a table; or CSV, TSV, SPARQL JSON

Nothing runs at import time.
"""

from ._version import __version__
from .articles import read_article, read_source
from .dates import TimeValue, parse_time
from .engines import OxigraphEngine, QueryResult, RdflibEngine, run_query
from .errors import (
    ArticleError,
    ExportError,
    FactSheetError,
    KgError,
    LinkingError,
    MappingError,
    OntologyError,
    QueryError,
    QueryParameterError,
    StoreError,
    UnknownQuery,
    WikidataUnavailable,
)
from .export import RdfFormat
from .extract import Extractor, extract
from .factsheets import read_fact_sheet, write_fact_sheet
from .graph import AddResult, KnowledgeGraph
from .mapping import Issue
from .models import Article, Entity, EntityType, Evidence, Fact, FactSheet, Modality
from .ontology import Ontology, load_ontology
from .pipeline import BuildReport, BuildResult, ExtractReport, build_graph, extract_articles
from .queries import QueryCatalog, StoredQuery, load_catalog
from .remote import Endpoint, PushReport, RemoteEngine, SparqlClient, push
from .results import ResultFormat, render
from .settings import Settings
from .updates import Change, GraphDiff, GraphUpdater
from .text import clean_text

__all__ = [
    "Change",
    "GraphDiff",
    "GraphUpdater",
    "AddResult",
    "Article",
    "ArticleError",
    "BuildReport",
    "BuildResult",
    "Endpoint",
    "Entity",
    "EntityType",
    "Evidence",
    "ExportError",
    "ExtractReport",
    "Extractor",
    "Fact",
    "FactSheet",
    "FactSheetError",
    "Issue",
    "KgError",
    "KnowledgeGraph",
    "LinkingError",
    "MappingError",
    "Modality",
    "Ontology",
    "OntologyError",
    "OxigraphEngine",
    "PushReport",
    "QueryCatalog",
    "QueryError",
    "QueryParameterError",
    "QueryResult",
    "RdfFormat",
    "RdflibEngine",
    "RemoteEngine",
    "ResultFormat",
    "Settings",
    "SparqlClient",
    "StoreError",
    "StoredQuery",
    "TimeValue",
    "UnknownQuery",
    "WikidataUnavailable",
    "__version__",
    "build_graph",
    "clean_text",
    "extract",
    "extract_articles",
    "load_catalog",
    "load_ontology",
    "parse_time",
    "push",
    "read_article",
    "read_fact_sheet",
    "read_source",
    "render",
    "run_query",
    "write_fact_sheet",
]
