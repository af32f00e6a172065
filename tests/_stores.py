"""Real SPARQL servers on 127.0.0.1 for the tests: an Oxigraph server (PyPI ``oxigraph``) and Virtuoso
Open Source 7 (Debian ``virtuoso-opensource``), each in a private folder, stopped afterwards."""

from __future__ import annotations

import contextlib
import json
import secrets
import shutil
import signal
import socket
import string
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import requests
from requests.auth import HTTPDigestAuth

_SYSTEM_GRAPHS = ("http://www.openlinksw.com/", "http://localhost:", "http://www.w3.org/", "urn:activitystreams",
                  "http://127.0.0.1:", "urn:core:services", "http://open.vocab", "virtrdf:", "urn:rules.skos")


@dataclass(frozen=True)
class SparqlServer:
    """A running server: its three endpoints and, for Virtuoso, the dba credentials."""

    name: str
    query_url: str
    update_url: str
    store_url: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)

    def _auth(self) -> HTTPDigestAuth | None:
        return HTTPDigestAuth(self.user, self.password) if self.user and self.password else None

    def select(self, query: str) -> list[dict[str, dict[str, str]]]:
        response = requests.post(self.query_url, data={"query": query}, timeout=60,
                                 headers={"Accept": "application/sparql-results+json"})
        response.raise_for_status()
        return json.loads(response.content)["results"]["bindings"]

    def update(self, update: str) -> None:
        response = requests.post(self.update_url, data=update.encode(), auth=self._auth(), timeout=60,
                                 headers={"Content-Type": "application/sparql-update"})
        response.raise_for_status()

    def count(self, graph: str) -> int:
        """Triples in the named graph ``graph``."""
        rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
        return int(rows[0]["n"]["value"])

    def clear(self) -> None:
        """Drop every graph the tests loaded (Virtuoso's own system graphs are kept)."""
        if self.name == "oxigraph":
            self.update("CLEAR ALL")
            return
        graphs = [row["g"]["value"] for row in self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")]
        for graph in graphs:
            if not graph.startswith(_SYSTEM_GRAPHS):
                self.update(f"DROP SILENT GRAPH <{graph}>")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait(url: str, process: subprocess.Popen[bytes], log: Path, deadline: float) -> None:
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: the server exited ({process.returncode}): {log.read_text()[-2000:]}")
        with contextlib.suppress(requests.RequestException):
            if requests.get(url, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                return
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer in time: {log.read_text()[-2000:] if log.exists() else ''}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else shutil.which("oxigraph")


@contextlib.contextmanager
def start_oxigraph(folder: Path) -> Iterator[SparqlServer]:
    """An Oxigraph server on a free loopback port, its data in ``folder``."""
    binary = oxigraph_binary()
    assert binary is not None
    port = _free_port()
    log = folder / "oxigraph.log"
    with log.open("wb") as out:
        process = subprocess.Popen([binary, "serve", "--location", str(folder / "data"), "--bind",
                                    f"127.0.0.1:{port}"], stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(f"{base}/query", process, log, time.monotonic() + 30)
        yield SparqlServer("oxigraph", f"{base}/query", f"{base}/update", f"{base}/store")
    finally:
        _stop(process)


_VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
DirsAllowed = ., {d}
VADInstallDir = /usr/share/virtuoso-opensource-7/vad/
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 10
[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 300
[Plugins]
LoadPath = /usr/lib/x86_64-linux-gnu/virtuoso-opensource-7/hosting
"""


@contextlib.contextmanager
def start_virtuoso(folder: Path) -> Iterator[SparqlServer]:
    """A private Virtuoso instance on free loopback ports, with a random dba password."""
    binary, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    assert binary is not None and isql is not None
    sql, http = _free_port(), _free_port()
    (folder / "virtuoso.ini").write_text(_VIRTUOSO_INI.format(d=folder, sql=sql, http=http))
    log = folder / "virtuoso.out"
    with log.open("wb") as out:
        process = subprocess.Popen([binary, "+configfile", str(folder / "virtuoso.ini"), "+foreground"],
                                   stdout=out, stderr=subprocess.STDOUT, cwd=folder)
    base = f"http://127.0.0.1:{http}"
    try:
        _wait(f"{base}/sparql", process, log, time.monotonic() + 90)
        password = "kg" + "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(16))
        done = subprocess.run([isql, f"127.0.0.1:{sql}", "dba", "dba", f"exec=USER_SET_PASSWORD('dba', '{password}');"],
                              capture_output=True, text=True, timeout=60)
        if "*** Error" in done.stdout + done.stderr:
            raise RuntimeError(f"cannot set Virtuoso's dba password: {done.stdout}{done.stderr}")
        yield SparqlServer("virtuoso", f"{base}/sparql", f"{base}/sparql-auth", f"{base}/sparql-graph-crud-auth",
                           "dba", password)
    finally:
        _stop(process)
