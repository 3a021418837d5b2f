#!/usr/bin/env bash
# Installs what Briefly's build, examples and tests need on a fresh Debian machine: a JDK 17, Maven,
# Apertium with the language pairs the examples and tests use, the APy server, and Chromium with its driver.
# Safe to run again: it installs only what is missing.
set -euo pipefail
need=()
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
if [ "${#need[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

# Apertium (the default translation engine), the pairs the examples and tests use, and the APy server
# (with Debian's python3 and its tornado) for the APy engine's tests. Only missing packages are installed.
# GNU time measures the hostile-corpus cases (exit code, wall time, peak RSS: target/hostile-report.tsv).
# Chromium and its driver run the browser tests (*BrowserIT, headless, through Selenium; docs/html-report.md).
# Beyond the pairs the tests use, the pairs Debian has that bring more of the languages Briefly reads to English
# or to a neighbour (docs/translation.md "Pairs"): Basque, Galician, Icelandic, Croatian/Serbian/Bosnian and
# Macedonian to English; Italian, Romanian and Occitan to Spanish (English through Spanish); Indonesian and
# Malay, the Scandinavian languages, Bulgarian and Slovene with their neighbours.
apertium_pkgs=(apertium apertium-eng-spa apertium-eng-cat apertium-spa-cat apertium-es-pt apertium-fr-es
  apertium-eu-en apertium-eu-es apertium-en-gl apertium-es-gl apertium-isl-eng apertium-isl-swe
  apertium-hbs-eng apertium-hbs-slv apertium-mkd-eng apertium-mkd-bul apertium-spa-ita apertium-es-ro
  apertium-oc-es apertium-ind-zlm apertium-swe-dan apertium-swe-nor apertium-dan-nor
  apertium-apy python3-tornado time chromium chromium-driver)
missing=()
for p in "${apertium_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
