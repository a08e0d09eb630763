#!/usr/bin/env bash
# Checks that `extract --threads N` writes byte-identical JSON Lines to `--threads 1`, in input
# order, on any JSON Lines input (default: the bundled samples).
#   scripts/concurrency-check.sh [docs.jsonl] [threads]
# e.g. with PolNeAR's dev split:
#   python3 ../shared/eval/adapters/polnear.py ../shared/eval/data/polnear/data dev /tmp/pn-dev
#   scripts/concurrency-check.sh /tmp/pn-dev/docs.jsonl 8
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
in="${1:-$here/samples/docs.jsonl}"
threads="${2:-8}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$here/claimex" extract -q --tokens "$in" > "$out/serial.jsonl" || true
"$here/claimex" extract -q --tokens --threads "$threads" "$in" > "$out/parallel.jsonl" || true
docs=$(wc -l < "$out/serial.jsonl")
if cmp -s "$out/serial.jsonl" "$out/parallel.jsonl"; then
  echo "concurrency-check: $docs documents, --threads $threads output byte-identical to --threads 1"
else
  echo "concurrency-check: DIFFERENT output with --threads $threads ($docs documents)" >&2
  diff <(cut -c1-200 "$out/serial.jsonl") <(cut -c1-200 "$out/parallel.jsonl") | head -20 >&2
  exit 1
fi
