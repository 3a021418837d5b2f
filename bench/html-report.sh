#!/usr/bin/env bash
# HTML report figures (docs/html-report.md, "Measured"): page size and render time on Briefly's side, and
# Chromium's own paint/navigation timings and the time of a reader's actions, for the seed and for a
# 10,000-sentence article built from ../shared/data/summarization (BBC then CNN/DM articles joined by blank lines,
# from the first again when they run out, until 10,000 sentence ends). Needs a packaged build, chromium and chromium-driver (setup.sh).
#   bench/html-report.sh [RUNS]      (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
out=target/bench-html
shared="${BRIEFLY_SHARED:-../shared}"
mkdir -p "$out"
python3 - "$shared/data/summarization" "$out/big-10000.txt" <<'PY'
import json, re, sys
src, dst = sys.argv[1], sys.argv[2]
articles = [json.loads(line)["article"] for name in ("bbc.jsonl", "cnndm.jsonl")
            for line in open(f"{src}/{name}", encoding="utf-8")]
parts, ends = [], 0
while ends < 10000:  # the 400 articles hold about 8,200; the first ones come round again
    article = articles[len(parts) % len(articles)]
    parts.append(article)
    ends += len(re.findall(r"[.!?]", article))
open(dst, "w", encoding="utf-8").write("\n\n".join(parts))
print(f"{dst}: {len(parts)} articles, {ends} sentence ends", file=sys.stderr)
PY
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp-test.txt \
  >/dev/null
echo "load: $(uptime)"
java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/cp-test.txt)" dev.briefly.browser.ReportBench \
  "$out" "$runs" seeds/000_09586750ae67223c.txt "$out/big-10000.txt" 2>"$out/bench.err"
echo "load: $(uptime)"
