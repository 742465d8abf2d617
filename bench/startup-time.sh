#!/usr/bin/env bash
# Measures, for `dotnet run` once built on a fresh database: the time until the app answers 200 on / (it is up;
# migrations are applied before it serves) and until the home page lists the seed articles (seeding runs in the
# background). Usage: bench/startup-time.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=5099
dotnet build src/NewsReader.Web --nologo -v q >/dev/null
dotnet build-server shutdown >/dev/null 2>&1 || true
for i in $(seq "$runs"); do
  db=$(mktemp -d)/startup.db
  start=$(date +%s.%N)
  dotnet run --no-build --project src/NewsReader.Web -- --urls "http://127.0.0.1:$port" --db "$db" >/dev/null 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
    sleep 0.02
    if ! kill -0 "$pid" 2>/dev/null; then echo "app exited early" >&2; exit 1; fi
  done
  up=$(date +%s.%N)
  until curl -sf "http://127.0.0.1:$port/" | grep -q "White House Holds Talks"; do sleep 0.02; done
  seeded=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf 'run %d: up (200 on /) after %.2f s; seeds listed after %.2f s\n' "$i" "$(echo "$up - $start" | bc)" "$(echo "$seeded - $start" | bc)"
done
