#!/usr/bin/env bash
# Whole-process cold start of `briefly summarize` on the seed article as plain text, HTML and PDF, with grammar
# off and on: median wall time and median peak RSS over N runs (default 5), measured with /usr/bin/time -v.
# Needs a packaged build (mvn -B -DskipTests package) and the test classes (for generating the HTML and PDF).
#   bench/cold.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
out=target/bench-cold
mkdir -p "$out"
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" dev.briefly.GenerateSamples \
  seeds/000_09586750ae67223c.txt "$out" 2>/dev/null
cp seeds/000_09586750ae67223c.txt "$out/000_09586750ae67223c.txt"
printf '| input | grammar | median wall (s) | median peak RSS (MB) | runs |\n|---|---|---|---|---|\n'
for ext in txt html pdf; do
  for grammar in off report; do
    walls=(); rss=()
    for ((i = 0; i < runs; i++)); do
      /usr/bin/time -v ./briefly summarize --grammar "$grammar" "$out/000_09586750ae67223c.$ext" \
        >/dev/null 2>"$out/time.txt"
      walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(k=1;k<=n;k++) s=s*60+a[k]; print s}' "$out/time.txt")")
      rss+=("$(awk -F': ' '/Maximum resident/ {print $2/1024}' "$out/time.txt")")
    done
    mw=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    mr=$(printf '%s\n' "${rss[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.0f", a[int((NR+1)/2)]}')
    printf '| seed.%s | %s | %s | %s | %s |\n' "$ext" "$grammar" "$mw" "$mr" "$runs"
  done
done
