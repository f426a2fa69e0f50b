#!/usr/bin/env bash
# Throughput of a Python app hosted in process on the reference server (serve --python-app), bare and behind the
# strict validator, against gunicorn with 2 sync workers serving the same app, in one run, alternating:
#
#   bench/python-app.sh [MODULE:CALLABLE] [DURATION]   (default flask_app:application from reference-apps/python/frameworks, 8s)
#
# wrk -t2 -c32 on GET /, 2 s warm-up before each measure; each configuration measured twice, the mean quoted, and
# the ratios against gunicorn computed from those means. Needs wrk, python3-gunicorn, libpython3.11 and the app's
# framework (Debian: apt-get install -y wrk python3-gunicorn libpython3.11 python3-flask). Every server started here
# is stopped by its PID, also on Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
APP=${1:-flask_app:application}
DURATION=${2:-8s}
DIR=reference-apps/python/frameworks
CLI=suite/Wsgi.Conformance.Cli/bin/Release/net10.0/wsgi-conformance.dll
PORT=${PORT:-18500}
pids=()
cleanup() { for pid in "${pids[@]:-}"; do [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM

for tool in wrk curl; do command -v "$tool" >/dev/null || { echo "bench/python-app.sh: $tool not found" >&2; exit 2; }; done
flock /tmp/dotnet.lock dotnet build -c Release suite/Wsgi.Conformance.Cli -v q -nologo >/dev/null

wait_up() { for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$1/" >/dev/null && return 0; sleep 0.1; done; echo "server on $1 did not answer" >&2; return 1; }
measure() { # name port -> prints req/s
    wrk -t2 -c32 -d2s "http://127.0.0.1:$2/" >/dev/null 2>&1
    wrk -t2 -c32 -d"$DURATION" "http://127.0.0.1:$2/" | awk '/Requests\/sec/ {print $2}'
}
start() { # kind port -> starts, records the PID
    case $1 in
        gunicorn) /usr/bin/python3 -m gunicorn --chdir "$DIR" --bind "127.0.0.1:$2" --workers 2 --log-level warning "$APP" & ;;
        reference) dotnet "$CLI" serve --python-app "$APP" --path "$DIR" --port "$2" >/dev/null & ;;
        strict) dotnet "$CLI" serve --python-app "$APP" --path "$DIR" --port "$2" --validate strict >/dev/null & ;;
    esac
    pids+=($!)
    wait_up "$2"
}
stop() { local pid=${pids[-1]}; kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; unset 'pids[-1]'; }

declare -A sum
for round in 1 2; do
    for kind in gunicorn reference strict; do
        PORT=$((PORT + 1))
        start "$kind" "$PORT"
        rps=$(measure "$kind" "$PORT")
        stop
        echo "round $round $kind: $rps req/s"
        sum[$kind]=$(echo "${sum[$kind]:-0} + $rps" | bc)
    done
done
g=$(echo "${sum[gunicorn]} / 2" | bc -l); r=$(echo "${sum[reference]} / 2" | bc -l); s=$(echo "${sum[strict]} / 2" | bc -l)
printf 'mean: gunicorn -w 2 (sync) %.0f, reference server %.0f, reference server + strict validator %.0f req/s\n' "$g" "$r" "$s"
printf 'reference / gunicorn = %.2f; strict / bare = %.3f (validator cost %.1f %%)\n' "$(echo "$r / $g" | bc -l)" "$(echo "$s / $r" | bc -l)" "$(echo "(1 - $s / $r) * 100" | bc -l)"
