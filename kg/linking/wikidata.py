"""Online candidate source: names looked up on Wikidata, filtered by the kg type the ontology aligns.

:class:`WikidataClient` asks the MediaWiki API (``wbsearchentities`` for names, ``wbgetentities``
for claims) and the query service (SPARQL, for :mod:`kg.linking.refresh`). A typed search keeps
the candidates whose *instance of* (P31) classes reach, through *subclass of* (P279) and at most
``max_depth`` steps up, a Wikidata class that ontology/kg.ttl aligns with the kg class
(``owl:equivalentClass``, ``skos:exactMatch``, ``skos:closeMatch`` or ``rdfs:subClassOf`` to a
``wd:`` class; see :func:`wikidata_classes`). A search for "Georgia" of type State keeps the country
(P31 sovereign state) and drops the US state (P31 state of the United States, whose superclasses
are administrative entities, not states).

Etiquette (https://meta.wikimedia.org/wiki/User-Agent_policy and
https://www.mediawiki.org/wiki/Manual:Maxlag_parameter):

- every request carries a User-Agent naming kg, its version, a contact and requests' version;
- API requests carry ``maxlag=5``; the ``maxlag`` error (HTTP 200 with an ``error`` body and a
  Retry-After header) is retried like HTTP 429 and 5xx and connection failures, at most
  ``retries`` times, waiting what Retry-After says (seconds or an HTTP date) or else an
  exponential backoff, never more than ``max_wait`` seconds at a time;
- a connect and a read timeout bound every request, and ``deadline`` bounds each public call as a
  whole (retries and waits included), so nothing hangs.

Every failure is a :class:`~kg.errors.WikidataUnavailable` whose message names the request and
says what to do; a malformed answer (not JSON, the wrong shape, cut short) is one too.

Answers are cached on disk, one JSON file per request (the sha256 of the URL and its sorted
parameters), written atomically, so that a rebuild reads the same answers without a network; an
entity fetched in a batch is stored as the answer to a request for it alone, so that a rebuild
that meets the classes in another order still finds them.
Failed requests are not cached. With ``offline=True`` the client answers from the cache only, and
a request that is not cached raises :class:`~kg.errors.WikidataUnavailable` (it does not return
an empty list, which would read as "Wikidata knows no such name"); :func:`link_online` turns that
into a result with an error, as it does every network failure.
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import urlencode

import requests
from rdflib import URIRef
from rdflib.namespace import OWL, RDFS, SKOS
from urllib3.exceptions import ReadTimeoutError

from .._io import atomic_output
from .._version import __version__
from ..errors import WikidataUnavailable
from ..models import EntityType
from ..ontology import Ontology, load_ontology

__all__ = [
    "DEFAULT_API_URL",
    "DEFAULT_SPARQL_URL",
    "Candidate",
    "OnlineLink",
    "WikidataCache",
    "WikidataClient",
    "default_cache_dir",
    "link_online",
    "user_agent",
    "wikidata_classes",
]

logger = logging.getLogger(__name__)

DEFAULT_API_URL = "https://www.wikidata.org/w/api.php"
DEFAULT_SPARQL_URL = "https://query.wikidata.org/sparql"
WD = "http://www.wikidata.org/entity/"
PROJECT_URL = "https://w3id.org/kg"
#: wbgetentities takes at most 50 ids per request (500 for bots).
MAX_IDS = 50
_QID = re.compile(r"Q[1-9][0-9]*")
_ALIGNMENTS = (OWL.equivalentClass, SKOS.exactMatch, SKOS.closeMatch, RDFS.subClassOf)
_MAX_BODY = 32 * 1024 * 1024
_ADVICE = "run without --online, or try again later"
_T = TypeVar("_T")


def user_agent(contact: str | None = None) -> str:
    """The User-Agent kg sends to Wikimedia: kg's version, a contact, requests' version.

    >>> user_agent("ops@example.org").startswith("kg/")
    True
    """
    about = f"{PROJECT_URL}; {contact}" if contact else PROJECT_URL
    return f"kg/{__version__} ({about}) requests/{requests.__version__}"


def default_cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """Where Wikidata answers are cached: ``$KG_CACHE_DIR/wikidata``, else
    ``$XDG_CACHE_HOME/kg/wikidata``, else ``~/.cache/kg/wikidata``.

    ``KG_CACHE_DIR`` names kg's cache as a whole (Wikidata's answers are one part of it);
    ``environ`` defaults to ``os.environ``.

    >>> default_cache_dir({"KG_CACHE_DIR": "/tmp/kg"}).as_posix()
    '/tmp/kg/wikidata'
    """
    env = os.environ if environ is None else environ
    if env.get("KG_CACHE_DIR"):
        return Path(env["KG_CACHE_DIR"]).expanduser() / "wikidata"
    root = Path(env["XDG_CACHE_HOME"]).expanduser() if env.get("XDG_CACHE_HOME") else Path.home() / ".cache"
    return root / "kg" / "wikidata"


def wikidata_classes(ontology: Ontology, entity_type: EntityType) -> frozenset[str]:
    """The QIDs of the Wikidata classes ontology/kg.ttl aligns with ``entity_type`` or a subclass of it.

    A class counts when the kg class (or one below it: Alliance for Organization) names it with
    ``owl:equivalentClass``, ``skos:exactMatch``, ``skos:closeMatch`` or ``rdfs:subClassOf``.

    >>> from kg.ontology import load_ontology
    >>> sorted(wikidata_classes(load_ontology(), EntityType.STATE))
    ['Q3624078', 'Q7275']
    """
    target = ontology.classes[entity_type]
    covered = [cls for cls in ontology.classes.values() if target in ontology.superclasses(cls)]
    qids = set()
    for cls in covered:
        for predicate in _ALIGNMENTS:
            for aligned in ontology.graph.objects(URIRef(cls), predicate):
                qid = str(aligned).removeprefix(WD)
                if str(aligned).startswith(WD) and _QID.fullmatch(qid):
                    qids.add(qid)
    return frozenset(qids)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A Wikidata item offered for a name.

    ``score`` (0 to 1) weighs the search rank and, for a typed search, how near the type was
    found (an instance of an aligned class scores more than an instance of a sub-sub-class);
    ``matched_type`` says whether the item's classes reach the asked type (False when no type
    was asked).
    """

    qid: str
    label: str
    description: str | None
    score: float
    matched_type: bool

    @property
    def iri(self) -> str:
        return WD + self.qid


@dataclass(frozen=True, slots=True)
class OnlineLink:
    """What :func:`link_online` found: the best candidate (None: none of the type), or the error
    that kept it from asking (then ``candidate`` is None too)."""

    name: str
    candidate: Candidate | None
    error: WikidataUnavailable | None = None


class WikidataCache:
    """Answers kept on disk, one JSON file per request, under ``folder/<2 hex>/<sha256>.json``.

    The key is the sha256 of the URL and its parameters sorted by name (``maxlag`` left out: it
    does not change the answer). Files are written atomically; a file that cannot be read or
    parsed counts as a miss.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    @staticmethod
    def key(url: str, params: Mapping[str, str]) -> str:
        kept = sorted((name, str(value)) for name, value in params.items() if name != "maxlag")
        text = json.dumps([url.rstrip("?"), kept], ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> Any | None:
        """The stored answer for ``key``, or None."""
        path = self._path(key)
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            return record["response"]
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            logger.warning("ignoring the unreadable cache file %s: %s", path, exc)
            return None

    def put(self, key: str, url: str, params: Mapping[str, str], response: Any) -> None:
        """Store ``response`` (parsed JSON) for ``key``; the request is kept beside it for people."""
        record = {"url": url, "params": dict(sorted(params.items())), "response": response}
        with atomic_output(self._path(key)) as handle:
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8"))


class _Retryable(Exception):
    """One attempt failed in a way that may pass: 429, 5xx, maxlag, a timeout, a dropped connection."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def _retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds a Retry-After header asks to wait (delay-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # an HTTP date is GMT; parsedate leaves "-0000" naive
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class WikidataClient:
    """A polite, cached, bounded client of Wikidata's API and query service.

    Args:
        session: the ``requests.Session`` to use (kept open); by default one made here and closed
            by :meth:`close` (or by leaving a ``with`` block).
        api_url: the MediaWiki API (``…/w/api.php``).
        sparql_url: the SPARQL endpoint.
        cache_dir: where answers are cached (default :func:`default_cache_dir`).
        use_cache: False to neither read nor write the cache.
        offline: answer from the cache only; a request that is not cached raises.
        timeout: seconds to connect, and to wait for each read.
        deadline: seconds one public call may take in all, retries and waits included.
        retries: how many times a failed request is tried again (429, 5xx, maxlag, timeouts,
            connection failures); other failures are not retried.
        backoff: the first wait between attempts when the server names none; it doubles each time.
        max_wait: the longest single wait, whatever Retry-After says.
        contact: an e-mail address or URL for the User-Agent, as Wikimedia asks of tools.
        ontology: where the type alignments come from (default: ontology/kg.ttl, loaded when a
            typed search first needs it).
        max_depth: how many P279 steps above the P31 classes a typed search climbs.

    Raises:
        ValueError: ``offline`` without a cache, or a bound that is not positive.
    """

    def __init__(self, *, session: requests.Session | None = None, api_url: str = DEFAULT_API_URL,
                 sparql_url: str = DEFAULT_SPARQL_URL, cache_dir: Path | None = None, use_cache: bool = True,
                 offline: bool = False, timeout: tuple[float, float] = (5.0, 30.0), deadline: float = 120.0,
                 retries: int = 4, backoff: float = 1.0, max_wait: float = 60.0, contact: str | None = None,
                 ontology: Ontology | None = None, max_depth: int = 4) -> None:
        if offline and not use_cache:
            raise ValueError("an offline WikidataClient needs its cache: use_cache must be True")
        if min(*timeout, deadline) <= 0 or retries < 0 or backoff < 0 or max_wait < 0 or max_depth < 0:
            raise ValueError("timeouts and the deadline must be positive; retries, backoff, max_wait and "
                             "max_depth must not be negative")
        self._owned = session is None
        self._session = session if session is not None else requests.Session()
        self.api_url = api_url
        self.sparql_url = sparql_url
        folder = cache_dir if cache_dir is not None else default_cache_dir()
        self.cache = WikidataCache(folder) if use_cache else None
        self.offline = offline
        self.timeout = timeout
        self.deadline = deadline
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.user_agent = user_agent(contact)
        self.max_depth = max_depth
        self._ontology = ontology
        self._targets: dict[EntityType, frozenset[str]] = {}
        self._superclasses: dict[str, tuple[str, ...]] = {}  # P279 of classes seen, for this client's life

    def close(self) -> None:
        """Close the session, if the client made it."""
        if self._owned:
            self._session.close()

    def __enter__(self) -> WikidataClient:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    # -- public calls --------------------------------------------------------------------------

    def search(self, name: str, *, type: EntityType | str | None = None, language: str = "en",
               limit: int = 10, keep_unmatched: bool = False) -> list[Candidate]:
        """Wikidata items whose label or alias matches ``name``, best first.

        Args:
            name: the name as the article gives it.
            type: a kg entity type; only items whose classes reach a Wikidata class aligned with it
                are kept (see the module docstring). None: every item, in search order.
            language: the language of the search and of the labels.
            limit: how many search hits to consider (1 to 50).
            keep_unmatched: keep the items of another type too, after the matching ones, with
                ``matched_type`` False and a lower score.

        Returns:
            The candidates, by descending score (search order among equals).

        Raises:
            WikidataUnavailable: Wikidata cannot be reached or answers badly after the retries, the
                call took longer than the deadline, or (offline) the answer is not cached.
            ValueError: ``limit`` out of range or an unknown type.
        """
        if not 1 <= limit <= 50:
            raise ValueError(f"limit must be from 1 to 50, not {limit}")
        entity_type = EntityType(type) if type is not None else None
        deadline = time.monotonic() + self.deadline
        params = {"action": "wbsearchentities", "search": name, "language": language, "uselang": language,
                  "type": "item", "limit": str(limit), "format": "json", "maxlag": "5"}
        hits = self._get_json(self.api_url, params, deadline, _search_hits, accept="application/json")
        if entity_type is None:
            return [Candidate(qid, label, description, _rank_score(rank), False)
                    for rank, (qid, label, description) in enumerate(hits)]
        targets = self._targets_for(entity_type)
        depths = self._type_depths([qid for qid, _, _ in hits], targets, language, deadline)
        candidates = []
        for rank, (qid, label, description) in enumerate(hits):
            depth = depths.get(qid)
            if depth is None and not keep_unmatched:
                continue
            score = 0.5 * _rank_score(rank) + 0.5 * _type_score(depth, self.max_depth)
            candidates.append(Candidate(qid, label, description, round(score, 4), depth is not None))
        return sorted(candidates, key=lambda c: -c.score)

    def sparql(self, query: str, *, fresh: bool = False) -> list[dict[str, str]]:
        """Run a SELECT ``query`` on the SPARQL endpoint; one dict per row, variable -> value.

        IRIs and literals alike become their lexical value; unbound variables are absent.

        Args:
            query: the SPARQL text.
            fresh: ask the endpoint even when the answer is cached (the new answer is cached);
                offline, the cache answers anyway.

        Raises:
            WikidataUnavailable: as :meth:`search`; also when the answer is not SPARQL JSON results.
        """
        deadline = time.monotonic() + self.deadline
        params = {"query": query, "format": "json"}
        rows: list[dict[str, str]] = self._get_json(self.sparql_url, params, deadline, _sparql_rows,
                                                    accept="application/sparql-results+json", fresh=fresh)
        return rows

    # -- type filtering ------------------------------------------------------------------------

    def _targets_for(self, entity_type: EntityType) -> frozenset[str]:
        if entity_type not in self._targets:
            if self._ontology is None:
                self._ontology = load_ontology()
            self._targets[entity_type] = wikidata_classes(self._ontology, entity_type)
        return self._targets[entity_type]

    def _type_depths(self, qids: Sequence[str], targets: frozenset[str], language: str,
                     deadline: float) -> dict[str, int]:
        """For each item that reaches ``targets``: the fewest P279 steps above its P31 classes."""
        entities = self._entities(qids, ("claims", "labels", "descriptions", "aliases"), language, deadline)
        frontier = {qid: set(_claim_ids(entities.get(qid, {}), "P31")) for qid in qids}
        seen = {qid: set(classes) for qid, classes in frontier.items()}
        depths: dict[str, int] = {}
        for depth in range(self.max_depth + 1):
            for qid, classes in frontier.items():
                if qid not in depths and classes & targets:
                    depths[qid] = depth
            open_items = [qid for qid in frontier if qid not in depths and frontier[qid]]
            if depth == self.max_depth or not open_items:
                break
            self._learn_superclasses({c for qid in open_items for c in frontier[qid]}, language, deadline)
            for qid in open_items:
                above = {parent for c in frontier[qid] for parent in self._superclasses.get(c, ())}
                frontier[qid] = above - seen[qid]
                seen[qid] |= above
        return depths

    def _learn_superclasses(self, classes: Iterable[str], language: str, deadline: float) -> None:
        missing = sorted(c for c in classes if c not in self._superclasses)
        for qid, entity in self._entities(missing, ("claims",), language, deadline).items():
            self._superclasses[qid] = tuple(_claim_ids(entity, "P279"))
        for qid in missing:  # a missing or deleted class has no superclasses
            self._superclasses.setdefault(qid, ())

    def _entities(self, qids: Sequence[str], props: Sequence[str], language: str,
                  deadline: float) -> dict[str, Any]:
        """wbgetentities for ``qids``, in batches of :data:`MAX_IDS`; QID -> entity JSON.

        Each entity is cached as the answer to a request for it alone, so that a later call finds
        it whatever batch it came in (an offline rebuild asks for classes in other batches).
        """
        def params(ids: Sequence[str]) -> dict[str, str]:
            return {"action": "wbgetentities", "ids": "|".join(ids), "props": "|".join(props),
                    "languages": language, "format": "json", "maxlag": "5"}

        found: dict[str, Any] = {}
        missing = []
        for qid in dict.fromkeys(qids):
            cached = self._cached(self.api_url, params([qid]), _entity_map)
            if cached is None:
                missing.append(qid)
            else:
                found.update(cached)
        for start in range(0, len(missing), MAX_IDS):
            batch = missing[start:start + MAX_IDS]
            entities = self._get_json(self.api_url, params(batch), deadline, _entity_map,
                                      accept="application/json", store=False)
            for qid in batch:
                one = entities.get(qid, {"id": qid, "missing": ""})
                self._store(self.api_url, params([qid]), {"entities": {qid: one}, "success": 1})
            found.update(entities)
        return found

    # -- HTTP and cache --------------------------------------------------------------------------

    def _cached(self, url: str, params: dict[str, str], read: Callable[[Any], _T]) -> _T | None:
        """``read`` of the cached answer to a GET of ``url``, or None when it is not cached."""
        if self.cache is None:
            return None
        body = self.cache.get(WikidataCache.key(url, params))
        return None if body is None else _parsed(f"{url}?{urlencode(params)}", read, body)

    def _store(self, url: str, params: dict[str, str], body: Any) -> None:
        if self.cache is not None:
            self.cache.put(WikidataCache.key(url, params), url, params, body)

    def _get_json(self, url: str, params: dict[str, str], deadline: float, read: Callable[[Any], _T], *,
                  accept: str, fresh: bool = False, store: bool = True) -> _T:
        """``read`` of the JSON answer to a GET of ``url``: from the cache, else from the network.

        An answer is cached (unless ``store`` is False) only once ``read`` has accepted it, so a
        malformed one is asked again. ``fresh`` skips the cache unless offline.
        """
        request = f"{url}?{urlencode(params)}"
        if self.offline or not fresh:
            cached = self._cached(url, params, read)
            if cached is not None:
                return cached
        if self.offline:
            folder = self.cache.folder if self.cache is not None else "(no cache)"
            raise WikidataUnavailable(f"Wikidata request {request} is not in the cache {folder} and kg is "
                                      "offline; run it once with the network (--online) to fill the cache")
        body = self._fetch(url, params, request, deadline, accept)
        result = _parsed(request, read, body)
        if store:
            self._store(url, params, body)
        return result

    def _fetch(self, url: str, params: dict[str, str], request: str, deadline: float, accept: str) -> Any:
        """GET with bounded retries; the parsed JSON body."""
        failure, attempts = f"the deadline of {self.deadline:g} s passed before it could be asked", 0
        for attempt in range(self.retries + 1):
            if time.monotonic() >= deadline:
                break
            attempts += 1
            try:
                return self._attempt(url, params, request, deadline, accept)
            except _Retryable as exc:
                failure = exc.reason
                if attempt == self.retries:
                    break
                wait = exc.retry_after if exc.retry_after is not None else self.backoff * 2 ** attempt
                wait = min(wait, self.max_wait)
                if time.monotonic() + wait >= deadline:
                    failure += f"; waiting {wait:g} s more would pass the deadline of {self.deadline:g} s"
                    break
                logger.info("Wikidata: %s (%s); trying again in %.2f s", request, exc.reason, wait)
                time.sleep(wait)
        raise WikidataUnavailable(f"Wikidata did not answer {request}: {failure} (after {attempts} "
                                  f"attempt(s)); {_ADVICE}")

    def _attempt(self, url: str, params: dict[str, str], request: str, deadline: float, accept: str) -> Any:
        remaining = max(deadline - time.monotonic(), 0.001)
        timeout = (min(self.timeout[0], remaining), min(self.timeout[1], remaining))
        headers = {"User-Agent": self.user_agent, "Accept": accept}
        try:
            with self._session.get(url, params=params, headers=headers, timeout=timeout,
                                   stream=True) as response:
                status = response.status_code
                if status == 429 or status >= 500:
                    raise _Retryable(f"HTTP {status} {response.reason or ''}".rstrip(),
                                     _retry_after(response.headers.get("Retry-After")))
                if status >= 400:
                    raise WikidataUnavailable(f"Wikidata refused {request}: HTTP {status} "
                                              f"{response.reason or ''}; check the API and SPARQL URLs, "
                                              "or report a bug in kg")
                raw = _read_body(response, deadline, request)
                retry_after = _retry_after(response.headers.get("Retry-After"))
        except requests.Timeout as exc:
            raise _Retryable(f"no answer within {timeout[0]:g} s to connect or {timeout[1]:g} s "
                             "to read") from exc
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError,
                requests.exceptions.ContentDecodingError) as exc:
            # A read timeout met while streaming the body comes as a ConnectionError around urllib3's.
            if any(isinstance(arg, ReadTimeoutError) for arg in exc.args):
                raise _Retryable(f"no answer within {timeout[1]:g} s to read") from exc
            raise _Retryable(f"the connection failed ({type(exc).__name__}; are you offline?)") from exc
        except requests.RequestException as exc:
            raise WikidataUnavailable(f"cannot ask Wikidata {request}: {type(exc).__name__}: {exc}") from exc
        if raw is None:
            raise WikidataUnavailable(f"Wikidata's answer to {request} took longer than the deadline of "
                                      f"{self.deadline:g} s to arrive; {_ADVICE}")
        try:
            body = json.loads(raw)
        except ValueError as exc:  # includes UnicodeDecodeError
            raise WikidataUnavailable(f"Wikidata answered {request} with something that is not JSON "
                                      f"({raw[:60]!r}); {_ADVICE}") from exc
        error = body.get("error") if isinstance(body, dict) else None
        if error is not None:
            code = error.get("code") if isinstance(error, dict) else error
            if code == "maxlag":  # the servers are lagging: an answer to wait for, not an error
                wait = retry_after if retry_after is not None else 5.0
                raise _Retryable("the servers are lagging (maxlag)", wait)
            info = error.get("info", "") if isinstance(error, dict) else ""
            raise WikidataUnavailable(f"Wikidata refused {request}: {code}: {info}; check the name and "
                                      "parameters, or report a bug in kg")
        return body


def _read_body(response: requests.Response, deadline: float, request: str) -> bytes | None:
    """The body, or None when it is still arriving at the deadline (a server that trickles)."""
    chunks, size = [], 0
    for chunk in response.iter_content(64 * 1024):
        chunks.append(chunk)
        size += len(chunk)
        if size > _MAX_BODY:
            raise WikidataUnavailable(f"Wikidata's answer to {request} is larger than {_MAX_BODY:,} "
                                      "bytes, more than kg reads; check the API and SPARQL URLs")
        if time.monotonic() > deadline:
            return None
    return b"".join(chunks)


# -- reading answers -----------------------------------------------------------------------------
# These read parsed JSON of any shape; a KeyError, TypeError... means a malformed answer, which
# _parsed turns into WikidataUnavailable.


def _parsed(request: str, read: Callable[[Any], _T], body: Any) -> _T:
    try:
        return read(body)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise WikidataUnavailable(f"Wikidata's answer to {request} has an unexpected shape "
                                  f"({type(exc).__name__}: {exc}); {_ADVICE}, or report a bug in kg") from exc


def _search_hits(body: Any) -> list[tuple[str, str, str | None]]:
    hits = []
    for hit in body["search"]:
        qid = hit["id"]
        if not isinstance(qid, str) or not _QID.fullmatch(qid):
            raise ValueError(f"search hit id {qid!r} is not a QID")
        description = hit.get("description")
        hits.append((qid, str(hit.get("label") or qid), str(description) if description else None))
    return hits


def _entity_map(body: Any) -> dict[str, Any]:
    entities = body["entities"]
    if not isinstance(entities, dict) or not all(isinstance(e, dict) for e in entities.values()):
        raise TypeError("'entities' is not an object of entities")
    for entity in entities.values():
        _claim_ids(entity, "P31")  # checks the claims' shape now, inside _parsed
        _claim_ids(entity, "P279")
    return {qid: entity for qid, entity in entities.items() if "missing" not in entity}


def _claim_ids(entity: Mapping[str, Any], prop: str) -> list[str]:
    """The item ids a property's statements give, deprecated ones and 'no value' left out."""
    ids = []
    for claim in entity.get("claims", {}).get(prop, ()):
        snak = claim["mainsnak"]
        if claim.get("rank") == "deprecated" or snak.get("snaktype", "value") != "value":
            continue
        ids.append(snak["datavalue"]["value"]["id"])
    return ids


def _sparql_rows(body: Any) -> list[dict[str, str]]:
    if not isinstance(body["head"]["vars"], list):
        raise TypeError("head.vars is not a list")
    rows = []
    for binding in body["results"]["bindings"]:
        rows.append({name: str(term["value"]) for name, term in binding.items()})
    return rows


def _rank_score(rank: int) -> float:
    return 1.0 / (1.0 + rank)


def _type_score(depth: int | None, max_depth: int) -> float:
    """1 for an instance of an aligned class, falling to 0.4 at ``max_depth`` steps; 0 unmatched."""
    if depth is None:
        return 0.0
    return 1.0 - 0.6 * depth / max(max_depth, 1)


# -- for builders --------------------------------------------------------------------------------


def link_online(name: str, type: EntityType | str, client: WikidataClient, *, language: str = "en",
                min_score: float = 0.0) -> OnlineLink:
    """The best Wikidata item of ``type`` for ``name``; never raises for Wikidata's failures.

    Args:
        name: the name as the article gives it.
        type: the kg entity type the item must have.
        client: the client to ask (its cache, offline mode and bounds apply).
        language: the language of the name.
        min_score: candidates scoring less are not taken.

    Returns:
        An :class:`OnlineLink`: the candidate (None when no item of that type matches), or the
        :class:`~kg.errors.WikidataUnavailable` that stopped the search, for the caller to report.
    """
    try:
        candidates = client.search(name, type=type, language=language)
    except WikidataUnavailable as exc:
        logger.warning("cannot link %r online: %s", name, exc)
        return OnlineLink(name, None, exc)
    best = next((c for c in candidates if c.matched_type and c.score >= min_score), None)
    return OnlineLink(name, best)

