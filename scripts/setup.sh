#!/usr/bin/env bash
# Installs what minutes needs beside Java and Maven: Tesseract 5 with its Swedish model (and the unversioned
# library names Tess4J loads), and poppler's pdftotext for the benchmark. Installs with apt-get when run as root
# on Debian/Ubuntu; otherwise prints the exact command and carries on (files that need OCR then wait for it).
set -euo pipefail

missing=()
command -v java >/dev/null || { echo "setup: Java 17 or newer is needed (Debian: apt-get install openjdk-17-jdk-headless)" >&2; exit 2; }
command -v mvn >/dev/null || missing+=(maven)
command -v tesseract >/dev/null || missing+=(tesseract-ocr)
if ! tesseract --list-langs 2>/dev/null | grep -qx swe; then missing+=(tesseract-ocr-swe); fi
if ! tesseract --list-langs 2>/dev/null | grep -qx osd; then missing+=(tesseract-ocr-osd); fi
if ! tesseract --list-langs 2>/dev/null | grep -qx eng; then missing+=(tesseract-ocr-eng); fi
ldconfig -p 2>/dev/null | grep -q 'libtesseract\.so ' || missing+=(libtesseract-dev)
ldconfig -p 2>/dev/null | grep -q 'liblept\.so ' || missing+=(libleptonica-dev)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
locale -a 2>/dev/null | grep -qi '^c\.utf-\?8$' || missing+=(locales)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
else
  echo "setup: missing ${missing[*]}; install with:" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  if printf '%s\n' "${missing[@]}" | grep -qx maven; then exit 2; fi
fi
