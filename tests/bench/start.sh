#!/usr/bin/env bash
# Time from starting the site to the first 200 on '/': cold (empty data directory, so the shipped catalog is
# imported and indexed first, as on a fresh clone) and warm (existing database and index). Three runs each.
#
#   bash tests/bench/start.sh KB_DLL DATA_DIR        (run from the repository root: the shipped data/ is imported)
set -euo pipefail
kb=$1
dir=$2
port=5091

first_page() {
    local start end pid
    start=$(date +%s.%N)
    Logging__LogLevel__Default=Warning dotnet "$kb" --urls "http://127.0.0.1:$port" --data-dir "$dir" > "$dir.log" 2>&1 &
    pid=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
        kill -0 "$pid" 2> /dev/null || { echo "the site stopped; see $dir.log" >&2; exit 1; }
        sleep 0.05
    done
    end=$(date +%s.%N)
    kill "$pid"
    wait "$pid" 2> /dev/null || true
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
}

echo "| start | run 1 s | run 2 s | run 3 s |"
echo "|---|---:|---:|---:|"
cold=()
for _ in 1 2 3; do rm -rf "$dir"; cold+=("$(first_page)"); done
echo "| cold: empty data directory → migrate, import shipped catalog, index, first 200 on / | ${cold[0]} | ${cold[1]} | ${cold[2]} |"
warm=()
for _ in 1 2 3; do warm+=("$(first_page)"); done
echo "| warm: existing database and index → first 200 on / | ${warm[0]} | ${warm[1]} | ${warm[2]} |"
echo ""
echo "Command: \`dotnet $kb --urls http://127.0.0.1:$port --data-dir DIR\` from the repository root, \`curl\` polled every 50 ms."
