#!/usr/bin/env bash
# Throughput of the reference WSGI server against bare Kestrel and uWSGI, in one run.
#
#   bench/server.sh [DURATION]          (default 10s; wrk -t2 -c32, 2 s warm-up before each)
#
# Order: Kestrel, reference server, uWSGI, Kestrel again, reference server again. The Kestrel
# baseline is the mean of its two runs (as in shared/SERVERS.md), each WSGI server's figure the
# mean of its runs. Needs wrk, uwsgi and uwsgi-plugin-python3 (Debian: apt-get install -y wrk uwsgi
# uwsgi-plugin-python3). Every server started here is stopped by its PID, also on Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-10s}
PORT_BASE=${PORT_BASE:-18080}
BENCH=bench/Wsgi.ServerBench/bin/Release/net10.0/Wsgi.ServerBench
PY=/usr/bin/python3
WORK=$(mktemp -d)
touch "$WORK/pids" # every server PID, appended by run() (which runs in a subshell)

cleanup() {
    local pids
    pids=$(cat "$WORK/pids" 2>/dev/null || true)
    for pid in $pids; do kill -TERM "$pid" 2>/dev/null || true; done
    sleep 0.5
    for pid in $pids; do kill -KILL "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

for tool in wrk uwsgi curl; do
    command -v "$tool" >/dev/null || { echo "bench/server.sh: $tool not found; apt-get install -y wrk uwsgi uwsgi-plugin-python3 curl" >&2; exit 2; }
done

flock /tmp/dotnet.lock dotnet build -c Release bench/Wsgi.ServerBench -v q -nologo >/dev/null

cat > "$WORK/app.py" <<'PY'
def application(environ, start_response):
    if environ.get("REQUEST_METHOD") == "POST":
        n = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(n)
        ctype = environ.get("CONTENT_TYPE", "application/octet-stream")
    else:
        body, ctype = b"Hello, World!\n", "text/plain"
    start_response("200 OK", [("Content-Type", ctype), ("Content-Length", str(len(body)))])
    return [body]
PY

wait_ready() { # PORT PID
    for _ in $(seq 1 500); do
        if curl -fs "http://127.0.0.1:$1/" -o /dev/null; then return 0; fi
        kill -0 "$2" 2>/dev/null || { echo "server on port $1 exited" >&2; return 1; }
        sleep 0.01
    done
    echo "server on port $1 not ready after 5 s" >&2
    return 1
}

measure() { # NAME PORT -> prints requests/s
    local body
    body=$(curl -fs "http://127.0.0.1:$2/")
    [ "$body" = "Hello, World!" ] || { echo "$1: unexpected body '$body'" >&2; exit 1; }
    wrk -t2 -c32 -d2s "http://127.0.0.1:$2/" >/dev/null
    wrk -t2 -c32 -d"$DURATION" "http://127.0.0.1:$2/" > "$WORK/$1.wrk"
    if grep -q "Non-2xx" "$WORK/$1.wrk"; then echo "$1: non-2xx responses" >&2; cat "$WORK/$1.wrk" >&2; exit 1; fi
    awk '/Requests\/sec/ {print $2}' "$WORK/$1.wrk"
}

run() { # NAME PORT COMMAND...
    local name=$1 port=$2
    shift 2
    "$@" >"$WORK/$name.log" 2>&1 &
    local pid=$!
    echo "$pid" >> "$WORK/pids"
    wait_ready "$port" "$pid"
    local rps
    rps=$(measure "$name" "$port")
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "$rps"
}

uwsgi_cmd() { # PORT (exec: the PID run() kills must be uWSGI's master itself)
    exec uwsgi --plugin python3 --http11-socket "127.0.0.1:$1" --chdir "$WORK" --module app:application \
        --master --processes 2 --die-on-term --disable-logging
}

k1=$(run kestrel1 $((PORT_BASE + 1)) "$BENCH" kestrel $((PORT_BASE + 1)))
w1=$(run wsgi1 $((PORT_BASE + 2)) "$BENCH" wsgi $((PORT_BASE + 2)))
u1=$(run uwsgi1 $((PORT_BASE + 3)) uwsgi_cmd $((PORT_BASE + 3)))
k2=$(run kestrel2 $((PORT_BASE + 4)) "$BENCH" kestrel $((PORT_BASE + 4)))
w2=$(run wsgi2 $((PORT_BASE + 5)) "$BENCH" wsgi $((PORT_BASE + 5)))
u2=$(run uwsgi2 $((PORT_BASE + 6)) uwsgi_cmd $((PORT_BASE + 6)))

awk -v k1="$k1" -v k2="$k2" -v w1="$w1" -v w2="$w2" -v u1="$u1" -v u2="$u2" -v d="$DURATION" 'BEGIN {
    k = (k1 + k2) / 2; w = (w1 + w2) / 2; u = (u1 + u2) / 2
    printf "wrk -t2 -c32 -d%s, hello world, requests/s (run 1 / run 2 / mean)\n", d
    printf "  %-34s %10.0f %10.0f %10.0f\n", "bare Kestrel (minimal API)", k1, k2, k
    printf "  %-34s %10.0f %10.0f %10.0f   %.2f of Kestrel\n", "reference WSGI server", w1, w2, w, w / k
    printf "  %-34s %10.0f %10.0f %10.0f   %.2f of Kestrel\n", "uWSGI 2 processes --http11-socket", u1, u2, u, u / k
    printf "reference / uWSGI: %.2f\n", w / u
    if (w / k < 0.7) { print "BELOW TARGET: the reference server should reach 0.7 of bare Kestrel"; }
    if (w < u) { print "BELOW TARGET: the reference server should at least match uWSGI"; }
}'
