#!/usr/bin/env bash
# Measures `briefly watch` against `briefly summarize` on the same articles.
#
#   bench/watch.sh [N] [DATA]      N articles (default 1000) from DATA (default /work/shared/data/summarization/bbc.jsonl,
#                                  field "article"; cycled when N is larger than the file), each written as a .txt file.
#
# Prints, as "name: value" lines:
#   summarize      wall time and files/s of `briefly summarize --grammar off --format json --output DIR` on the N files
#                  (one JVM, start-up included);
#   watch-process  files/s of `briefly watch` (default child-JVM isolation) when the N files are moved into a running,
#                  warmed-up watcher at once: N / (time of the last output - time of the drop - settle period);
#   watch-thread   the same with --isolation thread (no child JVMs), which shows what the isolation costs;
#   latency        for 20 files dropped one at a time, 1 s apart: output mtime - input's last write - settle (median, max).
# Needs: a built jar (mvn -B -DskipTests package), python3. Uses WORK (default: a fresh mktemp -d) and deletes it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-1000}"
data="${2:-/work/shared/data/summarization/bbc.jsonl}"
settle_ms=2000
work="${WORK:-$(mktemp -d)}"
trap 'rm -rf "$work"' EXIT
briefly="$here/briefly"

python3 - "$data" "$n" "$work/articles" <<'PY'
import json, os, sys
data, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
os.makedirs(out, exist_ok=True)
arts = [json.loads(l)["article"] for l in open(data, encoding="utf-8") if l.strip()]
for i in range(n):
    with open(os.path.join(out, "article-%05d.txt" % i), "w", encoding="utf-8") as f:
        f.write(arts[i % len(arts)])
PY

now() { date +%s.%N; }
count() { find "$1" -maxdepth 1 -name '*.summary.json' 2>/dev/null | wc -l; }
wait_count() { # dir n
  while [ "$(count "$1")" -lt "$2" ]; do sleep 0.5; done
}

t0=$(now)
"$briefly" summarize --grammar off --format json --output "$work/sum-out" "$work/articles" 2>"$work/summarize.err"
t1=$(now)
python3 -c "import sys; w=$t1-$t0; print('summarize: %.1f s, %.2f files/s' % (w, $n/w))"

run_watch() { # label isolation
  local label=$1 iso=$2 in="$work/in-$2" out="$work/out-$2"
  mkdir -p "$in"
  "$briefly" watch "$in" --out "$out" --format json --grammar off --settle "${settle_ms}ms" --isolation "$iso" \
      2>"$work/watch-$iso.log" &
  local pid=$!
  # Warm up: one file through the whole path, so that start-up is not counted.
  cp "$work/articles/article-00000.txt" "$in/warmup.txt"
  wait_count "$out" 1
  cp -r "$work/articles" "$work/stage-$iso"
  local d0; d0=$(now)
  find "$work/stage-$iso" -name '*.txt' -exec mv -t "$in" {} +
  wait_count "$out" $((n + 1))
  local d1; d1=$(now)
  python3 -c "w=$d1-$d0-$settle_ms/1000; print('$label: %.1f s after settling, %.2f files/s' % (w, $n/w))"
  if [ "$iso" = process ]; then
    for i in $(seq 1 20); do
      cp "$work/articles/article-$(printf %05d "$i").txt" "$in/late-$i.txt"
      sleep 1
    done
    wait_count "$out" $((n + 21))
    python3 - "$in/.done" "$out" "$settle_ms" <<'PY'
import os, sys, statistics
done, out, settle = sys.argv[1], sys.argv[2], int(sys.argv[3])
lat = []
for i in range(1, 21):
    src = os.stat(os.path.join(done, "late-%d.txt" % i)).st_mtime_ns
    dst = os.stat(os.path.join(out, "late-%d.txt.summary.json" % i)).st_mtime_ns
    lat.append((dst - src) / 1e6 - settle)
print("latency: median %.0f ms, max %.0f ms after settling (20 files)" % (statistics.median(lat), max(lat)))
PY
  fi
  kill -TERM "$pid"
  wait "$pid" || true
}

run_watch watch-process process
run_watch watch-thread thread
