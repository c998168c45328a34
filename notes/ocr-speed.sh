#!/usr/bin/env bash
# OCR speed: minutes in-process (1 and 2 workers) against the tesseract CLI (one process per core) on the same
# 300-dpi page images. Usage, from the repository root after `mvn -q -B -DskipTests package`:
#   notes/ocr-speed.sh SCAN.pdf TRUE.txt [REPEAT]
# REPEAT concatenates the scan that many times (default 1) so that both sides run more pages than workers.
set -euo pipefail
scan="$1"; truth="$2"; repeat="${3:-1}"
jar=cli/target/minutes.jar
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
# Before OMP_THREAD_LIMIT is set: GNU nproc honours it and would say 1.
cores="$(getconf _NPROCESSORS_ONLN)"
export OMP_THREAD_LIMIT=1

args=(); for _ in $(seq "$repeat"); do args+=("$scan"); done
if [ "$repeat" -gt 1 ]; then
  pdfunite "${args[@]}" "$work/scan.pdf"
  for _ in $(seq "$repeat"); do cat "$truth"; echo; done > "$work/truth.txt"
else
  cp "$scan" "$work/scan.pdf"; cp "$truth" "$work/truth.txt"
fi
pdftoppm -r 300 -gray -png "$work/scan.pdf" "$work/page"
pages="$(ls "$work"/page-*.png | wc -l)"
echo "pages: $pages, cores: $cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# CPU seconds (user + sys, children included) beside wall time: on a machine shared with other work, CPU per page
# is the steadier figure.
TIMEFORMAT='  wall %R s, cpu %U s user + %S s sys'
for workers in 1 "$cores"; do
  time (java -cp "$jar" notes/EvalOcr.java --workers "$workers" --truth "$work/truth.txt" "$work/scan.pdf" 2>/dev/null \
    | sed "s|^|minutes, $workers worker(s): |")
done

for procs in 1 "$cores"; do
  start=$(date +%s.%N)
  time (ls "$work"/page-*.png | xargs -P "$procs" -I{} tesseract {} - -l swe >/dev/null 2>&1)
  end=$(date +%s.%N)
  awk -v p="$pages" -v s="$start" -v e="$end" -v n="$procs" \
    'BEGIN { printf "tesseract CLI, %d process(es): %d pages in %.1f s (%.2f pages/s)\n", n, p, e - s, p / (e - s) }'
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
