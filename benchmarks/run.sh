#!/usr/bin/env bash
# Every benchmark with its defaults: extraction (10,000 generated articles, 1 and 2 processes), then the
# graph at a million triples. About 35-45 minutes on a 2-core machine; run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python benchmarks/bench_extract.py
.venv/bin/python benchmarks/bench_graph.py
