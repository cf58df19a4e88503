#!/usr/bin/env bash
# Installs, from Debian's apt only, what ebmscape needs to build, run and test; idempotent.
# clang, libclang-rt-14-dev (libFuzzer and clang's sanitizer runtimes) and llvm-14 (llvm-symbolizer, for readable
# sanitizer stacks) are for `make fuzz` and `make sanitize`; clang-tidy for `make tidy`. libqt6opengl6-dev looks
# unused but is not: Qt Charts' CMake config asks for Qt6OpenGL.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-base-dev-tools
  qt6-l10n-tools qt6-translations-l10n
  libvtk9-dev libeigen3-dev nlohmann-json3-dev
  libgtest-dev
  libavformat-dev libavcodec-dev libswscale-dev libavutil-dev libimagequant-dev libgif-dev
  xvfb xauth libgl1-mesa-dri libx11-dev
  libfontconfig-dev
  fonts-wqy-microhei
  clang libclang-rt-14-dev llvm-14 clang-tidy
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "ebmscape: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
