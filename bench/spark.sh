#!/usr/bin/env bash
# Throughput of ./briefly-spark in local mode against ./briefly summarize -j 2 over the same 2,000 articles
# (the 740 DEV articles of ../shared/data/summarization/, repeated with new ids), grammar off and on, in one run;
# then Spark on 1 thread. Whole-process figures with /usr/bin/time (wall, CPU, peak RSS), the steady-state rate and
# the load of each run. Results: docs/spark.md.
# Usage: bench/spark.sh [WORKDIR]   (needs target/briefly.jar and spark/target/briefly-spark.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-$(mktemp -d)}"
n=2000
mkdir -p "$work/docs"
[ -f "$work/articles.jsonl" ] || python3 - "$work" "$n" <<'PY'
import json, sys, pathlib
work, n = pathlib.Path(sys.argv[1]), int(sys.argv[2])
src = pathlib.Path('../shared/data/summarization')
rows = [json.loads(l) for f in ('bbc', 'cnndm', 'orangesum', 'temario') for l in open(src / f'{f}.jsonl', encoding='utf-8')]
with open(work / 'articles.jsonl', 'w', encoding='utf-8') as out:
    for i in range(n):
        r = rows[i % len(rows)]
        aid = f'{i:04d}'
        (work / 'docs' / f'{aid}.txt').write_text(r['article'], encoding='utf-8')
        out.write(json.dumps({'id': aid, 'lang': r['lang'], 'text': r['article']}, ensure_ascii=False) + '\n')
PY
run() { # name, command...: whole-process figures, the steady-state rate and the load
  local name="$1"; shift
  rm -rf "$work/out-$name"
  local l0 l1
  l0=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f '%e %U %S %M' -o "$work/time-$name.txt" "$@" > "$work/log-$name.txt" 2>&1 || true
  l1=$(cut -d' ' -f1 /proc/loadavg)
  local wall user sys rss
  read -r wall user sys rss < <(tail -1 "$work/time-$name.txt")
  printf '%-18s wall %7.1f s  cpu %6.1f s  peak RSS %5d MB  load %s->%s\n' "$name" "$wall" \
    "$(echo "$user + $sys" | bc)" $((rss / 1024)) "$l0" "$l1"
  # The CLI writes each summary when it is done: its steady state is read from the files' times, as Spark's is
  # from the finish times it reports (between the 10th and the 90th percentile).
  if ls "$work/out-$name"/*.json >/dev/null 2>&1; then
    python3 - "$work/out-$name" <<'PY'
import os, sys, glob
t = sorted(os.stat(f).st_mtime for f in glob.glob(sys.argv[1] + '/*.json'))
n = len(t); a = t[int(n * 0.1)]; b = t[int(n * 0.9) - 1]
print(f'    {n} summaries; steady state {0.8 * n / (b - a):.1f} articles/s (10th-90th percentile of file times)')
PY
  fi
  grep -h 'briefly-spark: .*articles/s\|ready .* after JVM\|first article' "$work/log-$name.txt" | sed 's/^/    /' || true
}
# Interleaved, so that both tools see the same load.
for g in off report; do
  run "cli-j2-$g" ./briefly summarize -j 2 --grammar "$g" --format json --output "$work/out-cli-j2-$g/" "$work/docs"
  run "spark-l2-$g" ./briefly-spark --master 'local[2]' --grammar "$g" --input "$work/docs" --output "$work/out-spark-l2-$g"
done
run "spark-l1-off" ./briefly-spark --master 'local[1]' --grammar off --input "$work/docs" --output "$work/out-spark-l1-off"
run "cli-j1-off" ./briefly summarize -j 1 --grammar off --format json --output "$work/out-cli-j1-off/" "$work/docs"
run "spark-l2-jsonl-off" ./briefly-spark --master 'local[2]' --grammar off --input "$work/articles.jsonl" --output "$work/out-spark-l2-jsonl-off"
echo "work folder: $work"
