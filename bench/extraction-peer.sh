#!/usr/bin/env bash
# NewsReader's HTML extractor beside Mozilla's Readability.js (with jsdom, under Node) and SmartReader (its C# port,
# on the same runtime as ours) on the same 129 pages
# (../shared/data/readability-test-pages), each pinned to one core (taskset -c 0), each page read from its string:
# warm-up (ours 30 seconds of passes, until the runtime's optimizing compiler is done; theirs one pass, most of a
# minute), then timed passes (five ours, three theirs), the median in pages a second, and the ratio. Needs ../shared
# and Node 20; about eight minutes. SmartReader's body F1 is printed beside ours, by the gate's scorer.
# Usage: bench/extraction-peer.sh
set -euo pipefail
cd "$(dirname "$0")/.."
pages=../shared/data/readability-test-pages/test-pages
[ -d "$pages" ] || { echo "needs $pages (../shared beside the repository)" >&2; exit 2; }
(cd bench/extraction-peer && npm ci --no-audit --no-fund --silent)
dotnet build -c Release bench/NewsReader.Benchmarks --nologo -v q >/dev/null
ours=$(taskset -c 0 dotnet bench/NewsReader.Benchmarks/bin/Release/net10.0/NewsReader.Benchmarks.dll --extract | tee /dev/stderr | grep '^NewsReader extraction' | grep -o '[0-9]* pages/s' | grep -o '[0-9]*')
theirs=$(taskset -c 0 node --expose-gc --max-old-space-size=12288 bench/extraction-peer/compare.mjs "$pages" | tee /dev/stderr | grep '^Readability.js extraction' | grep -o '[0-9.]* pages/s' | grep -o '[0-9.]*')
smart=$(taskset -c 0 dotnet bench/NewsReader.Benchmarks/bin/Release/net10.0/NewsReader.Benchmarks.dll --smartreader | tee /dev/stderr | grep '^SmartReader extraction' | grep -o '[0-9.]* pages/s' | grep -o '[0-9.]*')
echo "one core: NewsReader $ours pages/s, Readability.js $theirs pages/s: $(echo "scale=1; $ours / $theirs" | bc)x"
echo "one core: NewsReader $ours pages/s, SmartReader $smart pages/s: $(echo "scale=1; $ours / $smart" | bc)x"
