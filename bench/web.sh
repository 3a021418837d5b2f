#!/usr/bin/env bash
# Measures `briefly summarize -j 2` on the extraction benchmark's pages read from a loopback HTTP server against the
# same pages read as files.
#
#   bench/web.sh [ROUNDS] [DATA]   ROUNDS interleaved file/URL pairs (default 2); DATA the extraction benchmark folder
#                                  (default ../shared/data/extraction, its html/*.html.gz gunzipped into WORK).
#
# Prints one line per run: mode, wall seconds, pages/s, user+sys CPU seconds of the briefly process, pages that
# succeeded, max RSS, and `uptime` load next to it, then the URL/file ratios of the summed wall and CPU times. The server is python3's http.server (threaded) on 127.0.0.1; it
# runs on the same two cores, so the ratio is an upper bound on what fetching costs.
# Needs: a built jar (mvn -B -DskipTests package), python3, /usr/bin/time. WORK defaults to a fresh mktemp -d.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-2}"
data="${2:-$here/../shared/data/extraction}"
work="${WORK:-$(mktemp -d)}"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/pages"
for f in "$data"/html/*.html.gz; do gunzip -c "$f" > "$work/pages/$(basename "$f" .gz)"; done
n=$(ls "$work/pages" | wc -l)
port=$((20000 + RANDOM % 20000))
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/pages" >/dev/null 2>&1 &
server=$!
sleep 1
urls=()
for f in "$work"/pages/*.html; do urls+=("http://127.0.0.1:$port/$(basename "$f")"); done
declare -A total=([file]=0 [url]=0 [filecpu]=0 [urlcpu]=0)
run() {  # mode, inputs...
  local mode=$1; shift
  rm -rf "$work/out"
  /usr/bin/time -v -o "$work/time.txt" "$here/briefly" summarize -j 2 --grammar off --format json \
      --output "$work/out/" "$@" 2>/dev/null || true
  local wall rss ok cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$work/time.txt")
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$work/time.txt")
  total[${mode}cpu]=$(python3 -c "print(${total[${mode}cpu]} + $cpu)")
  rss=$(awk -F': ' '/Maximum resident/ {print int($2/1024)}' "$work/time.txt")
  ok=$(ls "$work/out" 2>/dev/null | wc -l)
  total[$mode]=$(python3 -c "print(${total[$mode]} + $wall)")
  printf '%-5s %6.2f s  %5.1f pages/s  cpu %6.2f s  %d/%d ok  %d MB  load:%s\n' "$mode" "$wall" \
      "$(python3 -c "print($n / $wall)")" "$cpu" "$ok" "$n" "$rss" "$(uptime | sed 's/.*load average://')"
}
for ((r = 0; r < rounds; r++)); do
  run file "$work"/pages/*.html
  run url "${urls[@]}"
done
python3 -c "print('url/file ratio: wall time %.3f, cpu time (briefly process) %.3f' % (${total[url]} / ${total[file]}, ${total[urlcpu]} / ${total[filecpu]}))"
