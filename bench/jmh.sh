#!/usr/bin/env bash
# Runs Briefly's JMH benchmarks (Maven profile "bench"); extra arguments go to JMH, e.g. a benchmark regex:
#   bench/jmh.sh ThroughputBenchmark
#   bench/jmh.sh StageBenchmark -rf json -rff target/jmh-stages.json
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -P bench -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt
exec java -cp "target/classes:$(cat target/bench-cp.txt)" org.openjdk.jmh.Main "$@"
