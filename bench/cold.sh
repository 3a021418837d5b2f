#!/usr/bin/env bash
# Whole-process cold start of `briefly summarize` on the seed article (plain text, and the HTML and PDF versions
# GenerateSamples makes), grammar off and report: median wall time, median CPU time (user + system) and median
# peak RSS over N runs (default 5), measured with /usr/bin/time -v, with the load average (`uptime`) per row.
#   bench/cold.sh [RUNS]
# Environment:
#   INPUTS="txt html pdf"   the inputs (txt alone needs no test classes)
#   CONFIGS="after-17"      what runs, interleaved run by run so a busy machine slows all of them alike:
#     after-17 / after-17-nocds   this checkout's ./briefly on Java 17 with / without the class-data archive
#     after-17-prepare-off / -serial   after-17 with LanguageTool built by the grammar stage / on one thread
#     after-25 / after-25-noaot   this checkout's ./briefly on Java 25 with / without the AOT cache
#     after-17-extra / after-25-extra   after-17 / after-25 with the JVM options in EXTRA_OPTS (to try a lever)
#     after-17-extra2 / after-25-extra2  the same with EXTRA_OPTS2 (a second lever in the same run)
#     after-default               this checkout's ./briefly as a user runs it: Java 17 first on the PATH, no
#                                 BRIEFLY_JAVA or JAVA_HOME (the launcher takes a JDK 24+ from /usr/lib/jvm if any)
#     before-17 / before-25       the ./briefly of the checkout in BEFORE (e.g. /work/wt/before), its `java` on the
#                                 PATH being Java 17 / 25
#   JAVA17, JAVA25          the two JDK homes (defaults: /usr/lib/jvm/java-17-openjdk-amd64, the Temurin 25 there)
# The AOT caches (one with grammar off, one with grammar on) must exist before (BRIEFLY_AOT=train
# BRIEFLY_JAVA=$JAVA25/bin/java ./briefly), else the first after-25 runs would start making them in the background.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
inputs="${INPUTS:-txt html pdf}"
configs="${CONFIGS:-after-17}"
java17="${JAVA17:-/usr/lib/jvm/java-17-openjdk-amd64}"
java25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
out=target/bench-cold
mkdir -p "$out"
seed=000_09586750ae67223c
cp "seeds/$seed.txt" "$out/$seed.txt"
if [ "$inputs" != txt ]; then
  mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null
  java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" dev.briefly.GenerateSamples \
    "seeds/$seed.txt" "$out" 2>/dev/null
fi
# Directories whose `java` is one JDK, for the launcher of the build before, which runs `java` from the PATH.
mkdir -p "$out/path17" "$out/path25"
ln -sf "$java17/bin/java" "$out/path17/java"
ln -sf "$java25/bin/java" "$out/path25/java"

run_one() { # config file grammar -> "wall cpu rssMB"
  local config="$1" file="$2" grammar="$3" launcher=./briefly
  local -a env=(env -u JAVA_HOME -u BRIEFLY_JAVA -u BRIEFLY_AOT -u BRIEFLY_JAVA_OPTS)
  case "$config" in
    after-17) env+=(BRIEFLY_JAVA="$java17/bin/java") ;;
    after-17-nocds) env+=(BRIEFLY_JAVA="$java17/bin/java" BRIEFLY_JAVA_OPTS=-Xshare:off) ;;
    after-17-prepare-off|after-17-prepare-serial)
      env+=(BRIEFLY_JAVA="$java17/bin/java" BRIEFLY_JAVA_OPTS=-Dbriefly.grammar.prepare="${config##*-}") ;;
    after-25) env+=(BRIEFLY_JAVA="$java25/bin/java") ;;
    after-25-noaot) env+=(BRIEFLY_JAVA="$java25/bin/java" BRIEFLY_AOT=off) ;;
    after-17-extra) env+=(BRIEFLY_JAVA="$java17/bin/java" BRIEFLY_JAVA_OPTS="${EXTRA_OPTS:-}") ;;
    after-25-extra) env+=(BRIEFLY_JAVA="$java25/bin/java" BRIEFLY_JAVA_OPTS="${EXTRA_OPTS:-}") ;;
    after-17-extra2) env+=(BRIEFLY_JAVA="$java17/bin/java" BRIEFLY_JAVA_OPTS="${EXTRA_OPTS2:-}") ;;
    after-25-extra2) env+=(BRIEFLY_JAVA="$java25/bin/java" BRIEFLY_JAVA_OPTS="${EXTRA_OPTS2:-}") ;;
    after-default) env+=(PATH="$PWD/$out/path17:$PATH") ;;
    before-17) launcher="$BEFORE/briefly"; env+=(PATH="$PWD/$out/path17:$PATH") ;;
    before-25) launcher="$BEFORE/briefly"; env+=(PATH="$PWD/$out/path25:$PATH") ;;
    *) echo "unknown config $config" >&2; exit 2 ;;
  esac
  # No time limit: on a busy machine a cold run with grammar on can pass the default 60 s.
  "${env[@]}" /usr/bin/time -v "$launcher" summarize --timeout 0 --grammar "$grammar" "$file" >/dev/null \
    2>"$out/time.txt" || echo "bench/cold.sh: $config $file --grammar $grammar failed: $(head -1 "$out/time.txt")" >&2
  awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(k=1;k<=n;k++) s=s*60+a[k]; w=s}
    /User time/ {u=$2} /System time/ {y=$2} /Maximum resident/ {r=$2/1024}
    END {printf "%s %.2f %.0f\n", w, u+y, r}' "$out/time.txt"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf '| input | grammar | build-JDK | median wall (s) | median CPU (s) | median peak RSS (MB) | runs | load (1 min) at end |\n'
printf '|---|---|---|---|---|---|---|---|\n'
for ext in $inputs; do
  for grammar in off report; do
    declare -A walls=() cpus=() rsss=()
    for ((i = 0; i < runs; i++)); do
      for config in $configs; do
        read -r w c r < <(run_one "$config" "$out/$seed.$ext" "$grammar")
        walls[$config]+="$w "; cpus[$config]+="$c "; rsss[$config]+="$r "
      done
    done
    load="$(uptime | sed 's/.*load average: \([^,]*\),.*/\1/')"
    for config in $configs; do
      mw=$(printf '%s\n' ${walls[$config]} | median)
      mc=$(printf '%s\n' ${cpus[$config]} | median)
      mr=$(printf '%s\n' ${rsss[$config]} | median)
      printf '| seed.%s | %s | %s | %s | %s | %s | %s | %s |\n' "$ext" "$grammar" "$config" "$mw" "$mc" "$mr" \
        "$runs" "$load"
    done
    unset walls cpus rsss
  done
done
