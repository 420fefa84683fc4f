#!/usr/bin/env bash
# Runs every test of Saytara, the browser and GIS-reader tests included.
# Installs what a fresh Debian machine lacks for them: chromium + chromium-driver (the browser
# tests drive Debian's own Chromium, never a downloaded one) and gdal-bin (ogrinfo reads the
# GeoJSON downloads as a GIS would).
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v ogrinfo >/dev/null 2>&1 || missing+=(gdal-bin)
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

exec mvn -B -ntp verify "$@"
