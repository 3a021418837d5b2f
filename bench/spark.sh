#!/usr/bin/env bash
# Throughput of ./briefly-spark in local mode against ./briefly summarize -j 2 over the same 2,000 articles
# (the 740 DEV articles of ../shared/data/summarization/, repeated with new ids), grammar off and on, in one run;
# then Spark on 1 thread. Whole-process figures with /usr/bin/time -v. Results: docs/spark.md.
# Usage: bench/spark.sh [WORKDIR]   (needs target/briefly.jar and spark/target/briefly-spark.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-$(mktemp -d)}"
n=2000
mkdir -p "$work/docs"
python3 - "$work" "$n" <<'PY'
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
run() { # name, command...
  local name="$1"; shift
  rm -rf "$work/out-$name"
  /usr/bin/time -v -o "$work/time-$name.txt" "$@" > "$work/log-$name.txt" 2>&1 || true
  local wall rss
  wall=$(grep 'Elapsed (wall clock)' "$work/time-$name.txt" | awk '{print $NF}')
  rss=$(grep 'Maximum resident' "$work/time-$name.txt" | awk '{print $NF}')
  printf '%-16s wall %8s  peak RSS %6d MB  load %s\n' "$name" "$wall" $((rss / 1024)) "$(cut -d' ' -f1 /proc/loadavg)"
  grep -h 'briefly-spark: .*articles/s\|ready .* after JVM\|first task' "$work/log-$name.txt" | sed 's/^/    /' || true
}
for g in off report; do
  run "cli-j2-$g" ./briefly summarize -j 2 --grammar "$g" --format json --output "$work/out-cli-j2-$g" "$work/docs"
  run "spark-l2-$g" ./briefly-spark --master 'local[2]' --grammar "$g" --input "$work/docs" --output "$work/out-spark-l2-$g"
done
run "spark-l2-jsonl-off" ./briefly-spark --master 'local[2]' --grammar off --input "$work/articles.jsonl" --output "$work/out-spark-l2-jsonl-off"
run "spark-l1-off" ./briefly-spark --master 'local[1]' --grammar off --input "$work/docs" --output "$work/out-spark-l1-off"
echo "work folder: $work"
