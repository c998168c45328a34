#!/usr/bin/env bash
# Downloads the Debian packages listed in debian-docs-sv.txt (Swedish help pages and manuals of GNOME, KDE, MATE,
# LibreOffice, the Debian installation guide and handbook, Swedish manual pages) and unpacks them into OUTDIR.
# ExtractSwedishDocs.java then turns them into plain Swedish text for DeriveCorpusCounts.java.
# Needs Debian's package registry (run `apt-get update` first); about 660 MB are downloaded.
# Usage: scripts/lexicon/fetch-debian-docs.sh OUTDIR
set -euo pipefail
out=${1:?usage: fetch-debian-docs.sh OUTDIR}
list=$(cd "$(dirname "$0")" && pwd)/debian-docs-sv.txt
mkdir -p "$out/debs" "$out/root"
cd "$out/debs"
# One package at a time, so that a package missing from this Debian release is reported and skipped.
while read -r pkg; do
  [ -n "$pkg" ] || continue
  ls "${pkg}"_*.deb >/dev/null 2>&1 || apt-get download "$pkg" >/dev/null 2>&1 || echo "skipped: $pkg" >&2
done < "$list"
for deb in *.deb; do
  dpkg-deb -x "$deb" "$out/root"
done
echo "unpacked $(ls *.deb | wc -l) packages into $out/root"
