#!/usr/bin/env bash
# Page throughput: the site serving an imported catalog, under wrk (32 connections, 15 s per page), and nginx
# serving the same pages saved as static files, in the same run on the same machine.
#
#   bash tests/bench/pages.sh KB_DLL DATA_DIR WORK_DIR
#
# DATA_DIR holds an imported catalog (run.sh imports the 10k synthetic one). wrk, the site and nginx share the
# machine's cores; both servers are measured the same way, so the ratio is fair even if the absolute figures are low.
set -euo pipefail
kb=$1
data=$2
work=$3
kb_port=5092
nginx_port=5093
connections=32
seconds=${BENCH_SECONDS:-15}
mkdir -p "$work/static" "$work/nginx"

pages=(
    "/"
    "/layers/$(awk -F, 'NR == 2 { print $1 }' data/layers.csv)"
    "/tools/mlflow"
    "/matrix"
    "/search?q=model+monitoring"
    "/stacks/synthetic-stack-002"
)

Logging__LogLevel__Default=Warning KnowledgeBase__AllowEdits=false dotnet "$kb" --urls "http://127.0.0.1:$kb_port" --data-dir "$data" > "$work/site.log" 2>&1 &
site=$!
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    keepalive_requests 100000;
    default_type text/html;
    client_body_temp_path $work/nginx;
    proxy_temp_path $work/nginx;
    fastcgi_temp_path $work/nginx;
    uwsgi_temp_path $work/nginx;
    scgi_temp_path $work/nginx;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/static;
        location / { try_files \$uri.html =404; }
    }
}
CONF
trap 'kill $site 2> /dev/null || true; nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -s stop 2> /dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$kb_port/"; do
    kill -0 "$site" 2> /dev/null || { echo "the site stopped; see $work/site.log" >&2; exit 1; }
    sleep 0.2
done

# Each page saved under a file name nginx finds by the page's path (the query string folded into it).
file_of() { local p=${1#/}; p=${p:-index}; echo "${p//[\/?=+]/_}"; }
nginx_path() { echo "/$(file_of "$1")"; }
for page in "${pages[@]}"; do
    curl -sf "http://127.0.0.1:$kb_port$page" -o "$work/static/$(file_of "$page").html"
done
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"

# One wrk run; prints "requests/s p50 p90 p99 errors" where errors are non-2xx/3xx responses plus socket errors.
measure() {
    local result
    result=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "$1")
    echo "$result" > "$work/wrk-$(date +%s%N).txt"
    awk '
        /Requests\/sec/ { rps = $2 }
        /^ +50%/ { p50 = $2 } /^ +90%/ { p90 = $2 } /^ +99%/ { p99 = $2 }
        /Non-2xx or 3xx responses/ { errors += $NF }
        /Socket errors/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
        END { printf "%s %s %s %s %d", rps, p50, p90, p99, errors }' <<< "$result"
}

echo "| page | bytes | kb requests/s | kb p50 / p90 / p99 | kb errors | nginx requests/s | nginx p50 / p99 | kb ÷ nginx |"
echo "|---|---:|---:|---|---:|---:|---|---:|"
for page in "${pages[@]}"; do
    bytes=$(stat -c %s "$work/static/$(file_of "$page").html")
    wrk -t2 -c"$connections" -d2s "http://127.0.0.1:$kb_port$page" > /dev/null # warm-up
    read -r kb_rps kb_p50 kb_p90 kb_p99 kb_errors <<< "$(measure "http://127.0.0.1:$kb_port$page")"
    read -r ng_rps ng_p50 _ ng_p99 _ <<< "$(measure "http://127.0.0.1:$nginx_port$(nginx_path "$page")")"
    ratio=$(awk -v a="$kb_rps" -v b="$ng_rps" 'BEGIN { printf "%.3f", a / b }')
    echo "| \`$page\` | $bytes | $kb_rps | $kb_p50 / $kb_p90 / $kb_p99 | $kb_errors | $ng_rps | $ng_p50 / $ng_p99 | $ratio |"
done
echo ""
echo "Command: \`wrk -t2 -c$connections -d${seconds}s --latency URL\` after a 2 s warm-up, against \`dotnet $kb --data-dir DATA_DIR\` (edits off, log level Warning) and nginx $(nginx -v 2>&1 | sed 's|.*/||') (access log off, sendfile, 2 workers) serving the saved pages."
