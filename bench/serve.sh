#!/usr/bin/env bash
# Throughput and latency of briefly serve on loopback: starts target/briefly.jar serve on a free port, then for
# grammar off and grammar report sends REQUESTS (default 2000) POST /api/summarize of the seed text from THREADS
# (default 2) client threads in a closed loop (dev.briefly.serve.LoadGenerator, after 50 warm-up requests), and
# prints requests/s and latency percentiles with the load average next to each figure. Needs a packaged build and
# the test classes: mvn -B -q -DskipTests package test-compile.
#   bench/serve.sh [REQUESTS] [THREADS] [WORKERS] [GRAMMAR MODES, default "off report"]
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-2000}
threads=${2:-2}
workers=${3:-$(nproc)}
modes=${4:-off report}
seed=seeds/000_09586750ae67223c.txt
out=$(mktemp)
java -Xmx1g -jar target/briefly.jar serve --port 0 --workers "$workers" >"$out" 2>/dev/null &
server=$!
trap 'kill -TERM $server 2>/dev/null; wait $server 2>/dev/null; rm -f "$out"' EXIT
for _ in $(seq 1 300); do [ -s "$out" ] && break; sleep 0.2; done
url=$(head -1 "$out")
echo "# briefly serve at $url, $workers workers; $requests requests of $seed ($(wc -c <"$seed") bytes), $threads client threads"
for grammar in $modes; do
  echo "grammar=$grammar  load: $(uptime | sed 's/.*load average: //')"
  java -cp target/test-classes dev.briefly.serve.LoadGenerator "$url" "$seed" "$requests" "$threads" "grammar=$grammar" 50
  echo "  load after: $(uptime | sed 's/.*load average: //')"
done
