#!/usr/bin/env bash
# Builds and runs every test of AnimPlatform.sln, then prints one summary line:
#   N passed, N failed[, N skipped]
# Exits non-zero when the build fails or any test fails.
#   scripts/test.sh          every lane (unit, integration, browser, reliability)
#   scripts/test.sh --fast   the unit lane only (no host, ffmpeg or browser)
# Other arguments are passed to dotnet test.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

args=()
fast=0
for a in "$@"; do
    if [[ "$a" == "--fast" ]]; then fast=1; else args+=("$a"); fi
done
if [[ $fast -eq 1 ]]; then
    args+=(--filter "Category=unit")
else
    bash scripts/install-deps.sh --test
fi

results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results"

status=0
dotnet test AnimPlatform.sln -c Release --logger "trx;LogFilePrefix=results" --results-directory "$results" ${args[@]+"${args[@]}"} || status=$?

if python3 - "$results" "$status" <<'PY'
import glob, os, sys
import xml.etree.ElementTree as ET

results, status = sys.argv[1], int(sys.argv[2])
passed = failed = skipped = 0
files = glob.glob(os.path.join(results, "**", "*.trx"), recursive=True)
for path in files:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        print(f"test.sh: cannot read {path}: {e}", file=sys.stderr)
        failed += 1
        continue
    # Count each test result by outcome (the Counters element leaves skipped tests out).
    for results_el in (e for e in root if e.tag.endswith("Results")):
        for result in results_el:
            outcome = result.get("outcome", "")
            if outcome == "Passed":
                passed += 1
            elif outcome in ("NotExecuted", "Inconclusive", "NotRunnable", "Pending"):
                skipped += 1
            else:  # Failed, Error, Timeout, Aborted, ...
                failed += 1
if status != 0 and failed == 0:
    print(f"test.sh: dotnet test exited with {status} (build failure or test host crash)", file=sys.stderr)
line = f"{passed} passed, {failed} failed"
if skipped > 0:
    line += f", {skipped} skipped"
print(line)
sys.exit(1 if failed > 0 else 0)
PY
then
    summary=0
else
    summary=$?
fi

if [[ $status -ne 0 ]]; then exit "$status"; fi
exit "$summary"
