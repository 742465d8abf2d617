#!/usr/bin/env bash
# NewsReader's entity tagger beside a JavaScript peer (compromise, under Node) on the same text, CoNLL-2003
# eng.testa: accuracy on PER, LOC and ORG scored the same way for both, and steady-state speed on one core.
# Needs ../shared beside the repository and Node 20. Usage: bench/ner-peer.sh
set -euo pipefail
cd "$(dirname "$0")/.."
testa=../shared/data/conll2003/eng.testa
[ -f "$testa" ] || { echo "needs $testa (../shared beside the repository)" >&2; exit 2; }
out=$(mktemp)
(cd bench/ner-peer && npm ci --no-audit --no-fund --silent)
dotnet build -c Release src/NewsReader.Web bench/NewsReader.Benchmarks --nologo -v q >/dev/null 2>&1 || dotnet build -c Release bench/NewsReader.Benchmarks --nologo -v q >/dev/null
dotnet run -c Release --no-build --project src/NewsReader.Web -- ner-eval "$testa" --output "$out" >/dev/null
node bench/ner-peer/compare.mjs "$testa" "$out" | tee "$out.peer"
ours=$(dotnet bench/NewsReader.Benchmarks/bin/Release/net10.0/NewsReader.Benchmarks.dll --quick | tee /dev/stderr | grep '^round 2: .*tokens/s' | grep -o '[0-9,]* tokens/s' | tr -d ', tokens/')
theirs=$(grep 'compromise speed' "$out.peer" | grep -o '[0-9,]* tokens/s' | tr -d ', tokens/')
echo "NewsReader speed (steady state): $ours tokens/s; $(echo "scale=1; $ours / $theirs" | bc)x compromise"
rm -f "$out" "$out.peer"
