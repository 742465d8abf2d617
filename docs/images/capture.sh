#!/usr/bin/env bash
# Remakes the screenshots README shows: ingests the seeds and the development corpus (../shared/corpus/dev) into a
# scratch store, serves it on a loopback port, and photographs a story timeline, a comparison of its reports, an
# entity page and a search with Debian's Chromium (headless). Needs chromium and sqlite3; writes docs/images/*.png.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
corpus="$root/../shared/corpus/dev"
out="$root/docs/images"
work=$(mktemp -d)
db="$work/shots.db"
port=${PORT:-5217}
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build "$root/src/NewsReader.Web" -c Release -v q -nologo >/dev/null
app() { dotnet run --no-build -c Release --project "$root/src/NewsReader.Web" -- "$@"; }
app ingest "$root/seeds" "$corpus"/*.txt --db "$db" >/dev/null

app serve --db "$db" --urls "http://127.0.0.1:$port" --Seeds:Enabled=false >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 60); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done

story=$(sqlite3 "$db" "SELECT Id FROM Stories ORDER BY ArticleCount DESC, Id LIMIT 1")
ids=$(sqlite3 "$db" "SELECT group_concat(Id) FROM (SELECT Id FROM Articles WHERE StoryId = $story AND CopyOfId IS NULL ORDER BY PublishedAt LIMIT 3)")
entity=$(sqlite3 "$db" "SELECT Id FROM Entities WHERE Kind = 'Person' ORDER BY ArticleCount DESC, Id LIMIT 1")

shot() { # name, path, height
  chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size="1280,$3" \
    --screenshot="$out/$1.png" "http://127.0.0.1:$port$2" >/dev/null 2>&1
  echo "$out/$1.png  <-  $2"
}
shot story-timeline "/stories/$story" 1500
shot compare-story "/compare?ids=$ids" 1500
shot entity-page "/entities/$entity" 1300
shot search "/search?q=ceasefire" 1100
