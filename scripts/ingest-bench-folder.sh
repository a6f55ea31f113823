#!/usr/bin/env bash
# Writes a folder for the ingest reader benchmark (docs/performance.md, ## Ingest): COPIES copies of
# the ingest test fixtures (Markdown, text, HTML articles, RSS, Atom, a Telegram export, a Telegram
# preview page, JSON Lines, and the deliberately bad ones), each copy in its own sub-folder.
# Usage: scripts/ingest-bench-folder.sh OUT_DIR [COPIES]   (default 500 copies = 7,000 files)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:?usage: ingest-bench-folder.sh OUT_DIR [COPIES]}"
COPIES="${2:-500}"
SRC="$ROOT/ingest/src/test/resources/fixtures"
mkdir -p "$OUT"
for i in $(seq 1 "$COPIES"); do
  mkdir -p "$OUT/copy-$i"
  cp "$SRC"/* "$OUT/copy-$i/"
done
echo "$(find "$OUT" -type f | wc -l) files in $OUT"
