#!/usr/bin/env bash
# Measures how long `dotnet run` takes, once built, until the home page answers 200 on a fresh database
# (so the time includes migrations and seeding). Usage: bench/startup-time.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=5099
dotnet build src/NewsReader.Web --nologo -v q >/dev/null
for i in $(seq "$runs"); do
  db=$(mktemp -d)/startup.db
  start=$(date +%s.%N)
  dotnet run --no-build --project src/NewsReader.Web -- --urls "http://127.0.0.1:$port" --db "$db" >/dev/null 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
    sleep 0.05
    if ! kill -0 "$pid" 2>/dev/null; then echo "app exited early" >&2; exit 1; fi
  done
  end=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf 'run %d: %.2f s to first 200 on / (fresh database, seeds ingested)\n' "$i" "$(echo "$end - $start" | bc)"
done
