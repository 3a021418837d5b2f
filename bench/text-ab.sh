#!/usr/bin/env bash
# A/B of the text stage: runs bench/TextAB.java against two builds alternately, RUNS times each, printing `uptime`
# before each run. Usage: [AFTER=DIR] bench/text-ab.sh BEFORE_DIR [RUNS] [ROUNDS] [CALLS]   (each DIR holds
# target/briefly.jar; AFTER defaults to this checkout)
#   bench/text-ab.sh /work/wt/before 4 5 200
set -euo pipefail
cd "$(dirname "$0")/.."
before="$1"; runs="${2:-4}"; rounds="${3:-5}"; calls="${4:-200}"
seed=seeds/000_09586750ae67223c.txt
for i in $(seq "$runs"); do
  for side in before after; do
    dir=$([ "$side" = before ] && echo "$before" || echo "${AFTER:-.}")
    load=$(uptime | sed 's/.*load average: //')
    out=$(java -Xmx1g -cp "$dir/target/briefly.jar" bench/TextAB.java "$seed" "$rounds" "$calls" 2>/dev/null)
    echo "$side run $i (load $load): $out"
  done
done
