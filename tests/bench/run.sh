#!/usr/bin/env bash
# Runs every benchmark of DESIGN §8 and writes one Markdown report. From the repository root:
#
#   bash tests/bench/run.sh [OUT_DIR]          (default OUT_DIR: a new folder under /tmp)
#
# Needs the .NET SDK, GNU time (/usr/bin/time), curl, and for the page benchmark wrk and nginx (Debian packages
# 'time', 'curl', 'wrk', 'nginx'); the page benchmark is skipped with a note when wrk or nginx is missing.
# Takes about 15 minutes on 2 cores. Run it on an otherwise idle machine: the figures are wall-clock times.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$(mktemp -d /tmp/kb-bench-XXXXXX)}
mkdir -p "$out"
report="$out/report.md"
kb="$repo/src/KnowledgeBase.Web/bin/Release/net10.0/kb.dll"
cd "$repo"

say() { echo "$@" | tee -a "$report"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
rss_mb() { awk '/Maximum resident set size/ { printf "%d", $6 / 1024 }' "$1"; }
wall_s() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.2f", s }' "$1"; }

: > "$report"
say "# Benchmark run $(date -u +%Y-%m-%dT%H:%MZ)"
say ""
say "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr), .NET SDK $(dotnet --version), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
say "load average at start: $(loadavg)"
say ""

echo "== building (Release)"
dotnet build -c Release src/KnowledgeBase.Web -v quiet -nologo > "$out/build.log"
dotnet build -c Release tests/bench/CatalogGenerator -v quiet -nologo >> "$out/build.log"
dotnet build -c Release tests/bench/SearchBench -v quiet -nologo >> "$out/build.log"
dotnet build -c Release tests/bench/KnowledgeBase.Bench -v quiet -nologo >> "$out/build.log"

# --- Import and reindex: 1k and 10k notes, each with 1,000 tools, 500 requirements, 20 stacks -------------------
say "## Import and reindex (budget: import + index of 10,000 files < 10 s, peak memory < 500 MB)"
say ""
say "| catalog | verb | wall s | peak RSS MB | load average after |"
say "|---|---|---:|---:|---|"
for notes in 1000 10000; do
    catalog="$out/catalog-$notes"
    [ -d "$catalog" ] || dotnet tests/bench/CatalogGenerator/bin/Release/net10.0/CatalogGenerator.dll --out "$catalog" --notes "$notes" > /dev/null
    rm -rf "$out/kb-$notes"
    sync
    /usr/bin/time -v -o "$out/import-$notes.time" dotnet "$kb" import --data "$catalog/data" --literature "$catalog/literature" --data-dir "$out/kb-$notes" > "$out/import-$notes.log"
    say "| $notes notes | \`kb import\` (files → SQLite → index) | $(wall_s "$out/import-$notes.time") | $(rss_mb "$out/import-$notes.time") | $(loadavg) |"
    /usr/bin/time -v -o "$out/reindex-$notes.time" dotnet "$kb" reindex --data-dir "$out/kb-$notes" > "$out/reindex-$notes.log"
    say "| $notes notes | \`kb reindex\` (SQLite → index) | $(wall_s "$out/reindex-$notes.time") | $(rss_mb "$out/reindex-$notes.time") | $(loadavg) |"
done
say ""
say "Command: \`dotnet $kb import --data DIR/data --literature DIR/literature --data-dir KB\` under \`/usr/bin/time -v\`; catalogs written by \`dotnet run -c Release --project tests/bench/CatalogGenerator -- --out DIR --notes N\`."
say ""

# --- Cold and warm start with the shipped catalog -----------------------------------------------------------------
say "## Start (budget: fresh clone to first page < 5 s)"
say ""
bash tests/bench/start.sh "$kb" "$out/start-kb" | tee -a "$report"
say ""

# --- Search, in process, Lucene against SQLite FTS5 -----------------------------------------------------------------
say "## Search (budget: median < 2 ms, p99 < 10 ms, faster than SQLite FTS5)"
say ""
dotnet tests/bench/SearchBench/bin/Release/net10.0/SearchBench.dll | tee -a "$report"
say ""

# --- Stacks: gap report and checklist export ---------------------------------------------------------------------
say "## Checklist export (budget: 500 requirements < 50 ms)"
say ""
say '```'
dotnet tests/bench/KnowledgeBase.Bench/bin/Release/net10.0/KnowledgeBase.Bench.dll | tee -a "$report" || true
say '```'
say ""

# --- Pages under load, side by side with nginx serving the same pages as files ------------------------------------
say "## Pages under load (budget: >= 5,000 requests/s, 0 errors; ratio to nginx)"
say ""
if command -v wrk > /dev/null && command -v nginx > /dev/null; then
    bash tests/bench/pages.sh "$kb" "$out/kb-10000" "$out/pages" | tee -a "$report"
else
    say "skipped: wrk and nginx are needed (apt-get install wrk nginx)"
fi
say ""
say "load average at end: $(loadavg)"
echo "report: $report"
