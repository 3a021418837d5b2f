#!/usr/bin/env bash
# Prints the ROUGE table of docs/quality.md: Briefly's default ranker, plain TextRank, Lead-3 and the extractive
# oracle on the summarisation dev sets, 3 sentences, English Porter-stemmed.
# Usage: bench/quality.sh [LIMIT]   (LIMIT documents per set, default 100; 0 = every dev document)
# Needs a built jar (mvn -B -DskipTests package) and ../shared/data/summarization/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${BRIEFLY_SHARED:-$here/../shared}/data/summarization"
limit="${1:-100}"
args=()
if [ "$limit" != 0 ]; then
  args+=(--limit "$limit")
fi
exec "$here/briefly" eval summaries --stem -n 3 --summarizer default,plain --format markdown "${args[@]}" \
  "$data/cnndm.jsonl" "$data/bbc.jsonl" "$data/orangesum.jsonl" "$data/temario.jsonl"
