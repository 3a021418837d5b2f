#!/usr/bin/env bash
# What a host application's build downloads when it depends on Briefly: jars and MB (10^6 bytes, the briefly jar
# included) for (a) dev.briefly:briefly alone, (b) plus Tika's parser package, (c) everything, as the CLI ships
# (target/lib and target/briefly.jar). Resolves the packaged artifact offline through a consumer pom, against a
# local repository that links to ~/.m2 but holds this build's jar and pom (nothing is installed into ~/.m2).
# Needs a packaged build (mvn -B -DskipTests package).   bench/artifact-size.sh
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
tika=$(sed -n 's:.*<tika.version>\(.*\)</tika.version>.*:\1:p' pom.xml)
m2="${M2_REPO:-$HOME/.m2/repository}"
work=target/artifact-size
rm -rf "$work"
mkdir -p "$work/repo/dev/briefly/briefly/$version"
for p in "$m2"/*; do [ "$(basename "$p")" = dev ] || ln -s "$p" "$work/repo/$(basename "$p")"; done
for p in "$m2"/dev/*; do [ -e "$p" ] && [ "$(basename "$p")" != briefly ] && ln -s "$p" "$work/repo/dev/$(basename "$p")"; done
cp target/briefly.jar "$work/repo/dev/briefly/briefly/$version/briefly-$version.jar"
cp pom.xml "$work/repo/dev/briefly/briefly/$version/briefly-$version.pom"
consumer() { # folder, label, extra dependencies
  mkdir -p "$work/$1"
  cat > "$work/$1/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId><artifactId>host</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>dev.briefly</groupId><artifactId>briefly</artifactId><version>$version</version></dependency>
    $3
  </dependencies>
</project>
POM
  mvn -B -q -o -f "$work/$1/pom.xml" -Dmaven.repo.local="$PWD/$work/repo" \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies -DoutputDirectory="$PWD/$work/$1/jars" >&2
  figures "$2" "$work/$1/jars"/*.jar
}
figures() { # label, jars
  local label=$1; shift
  printf '| %s | %s | %s |\n' "$label" "$#" "$(du -cb "$@" | tail -1 | awk '{printf "%.1f", $1 / 1e6}')"
}
printf '| what a host depends on | jars | MB |\n|---|---|---|\n'
consumer core "(a) core" ""
consumer formats "(b) core + formats" \
  "<dependency><groupId>org.apache.tika</groupId><artifactId>tika-parsers-standard-package</artifactId><version>$tika</version></dependency>"
figures "(c) everything (target/lib + jar)" target/lib/*.jar target/briefly.jar
