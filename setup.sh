#!/usr/bin/env bash
# Installs what Briefly's build, examples and tests need on a fresh Debian machine: a JDK 17, Maven,
# Apertium with the language pairs the examples and tests use, and the APy server.
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
