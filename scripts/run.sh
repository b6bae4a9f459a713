#!/usr/bin/env bash
# Runs the AnimPlatform web app (http://127.0.0.1:5080 unless HOST/PORT/ASPNETCORE_URLS say otherwise).
# Extra arguments go to the app, e.g. `scripts/run.sh validate show.yaml` runs a CLI verb.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/install-deps.sh

# `dotnet run` starts the app in AnimPlatform.Web/; keep data and videos in the repo's data/ and output/.
export DATABASE_PATH="${DATABASE_PATH:-$root/data/anim-platform.db}"
export OUTPUT_DIR="${OUTPUT_DIR:-$root/output}"

exec dotnet run --project AnimPlatform.Web -c Release -- "$@"
