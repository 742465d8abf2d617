#!/usr/bin/env bash
# The long version of the crash-safety test (tests/NewsReader.Web.Tests/CrashSafety/KilledProcessTests.cs): `ingest`
# killed with SIGKILL at random moments, the start-up window included, then run to the end; the database must pass
# SQLite's and FTS5's integrity checks and hold every article a killed run reported added, exactly once; `serve`
# killed while starting must start afterwards and answer /healthz. CI runs 8 kills; this runs as many as asked.
# Usage: bench/crash-safety.sh [kills, default 60]
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-60}
NEWSREADER_CRASH_KILLS=$kills dotnet test tests/NewsReader.Web.Tests --filter "FullyQualifiedName~CrashSafety" \
  --logger "console;verbosity=normal"
