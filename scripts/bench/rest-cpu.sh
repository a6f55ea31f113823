#!/bin/bash
# Serves a database, drives GET /api/incidents?bbox=... with wrk from this (second) process, and
# prints requests/s, p50/p99 and the server's CPU time per request (from /proc/PID/stat, user and
# system), for random boxes (response cache misses) and for one repeated box (cache hits).
# Usage: scripts/bench/rest-cpu.sh DB [PORT] [serve options...]
#   WARM=seconds of unmeasured random-box warm-up (default 40: on 1M incidents the server spends its first ~25 s on start-up work), DUR=seconds per run (default 30),
#   JAR=the CLI jar (default cli/target/strikewatch.jar).
set -euo pipefail
DB=$1
PORT=${2:-18080}
shift $(($# >= 2 ? 2 : 1))
cd "$(dirname "$0")/../.."
JAR=${JAR:-cli/target/strikewatch.jar}
java -Dstrikewatch.data=.data -jar "$JAR" serve --db "$DB" --port "$PORT" "$@" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -s -o /dev/null "http://127.0.0.1:$PORT/api" && break
  sleep 1
done
cpu() { awk '{print $14 + $15, $14, $15}' "/proc/$SERVER/stat"; }
ticks=$(getconf CLK_TCK)
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t2 -c32 -d"${WARM:-40}"s -s scripts/bench/random-bbox.lua "http://127.0.0.1:$PORT" > /dev/null
for mode in random repeated; do
  before=$(cpu)
  if [ "$mode" = random ]; then
    out=$(wrk -t2 -c32 -d"${DUR:-30}"s --latency -s scripts/bench/random-bbox.lua "http://127.0.0.1:$PORT")
  else
    out=$(wrk -t2 -c32 -d"${DUR:-30}"s --latency \
      "http://127.0.0.1:$PORT/api/incidents?bbox=36.0,50.2,37.0,50.8")
  fi
  after=$(cpu)
  requests=$(echo "$out" | awk '/requests in/{print $1}')
  echo "$mode: $(echo "$out" | awk '/Requests\/sec/{print $2}') requests/s," \
    "p50 $(echo "$out" | awk '$1=="50%"{print $2}'), p99 $(echo "$out" | awk '$1=="99%"{print $2}')," \
    "$(echo "$before $after $requests $ticks" | awk '{printf "server CPU %.3f ms/request (user %.3f, system %.3f)", ($4-$1)*1000/$8/$7, ($5-$2)*1000/$8/$7, ($6-$3)*1000/$8/$7}')," \
    "$(echo "$out" | grep -E 'Socket errors|Non-2xx' | tr '\n' ' ')load $(cut -d' ' -f1 /proc/loadavg)"
done
