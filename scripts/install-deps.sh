#!/usr/bin/env bash
# Ensures the system packages AnimPlatform needs: ffmpeg (ffmpeg + ffprobe), the fonts the
# renderer uses (Liberation Sans, DejaVu) and espeak-ng (the offline narration voice).
# With --test it also ensures Debian's chromium (the browser the end-to-end test drives headless) and
# Debian's postgresql (the distributed-mode tests start a throw-away cluster with initdb/pg_ctl).
# Idempotent: installs only what is missing.
# As root it runs apt-get; otherwise it prints the command to run and exits 1.
set -euo pipefail

missing=()
command -v ffmpeg >/dev/null 2>&1 && command -v ffprobe >/dev/null 2>&1 || missing+=(ffmpeg)
command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
if [[ "${1:-}" == "--test" ]]; then
    [[ -x /usr/bin/chromium ]] || missing+=(chromium)
    compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
fi
for pkg in fonts-liberation fonts-dejavu-core; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]} > 0)); then
    if [[ $(id -u) -eq 0 ]]; then
        echo "install-deps: installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update
        apt-get install -y --no-install-recommends "${missing[@]}"
    else
        echo "install-deps: missing packages: ${missing[*]}" >&2
        echo "install-deps: run this, then try again:" >&2
        echo "  sudo apt-get update" >&2
        echo "  sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
fi

if ! command -v dotnet >/dev/null 2>&1; then
    echo "install-deps: the .NET 10 SDK (dotnet) is not installed." >&2
    echo "install-deps: install it from https://dotnet.microsoft.com/download/dotnet/10.0" >&2
    echo "  (Debian/Ubuntu: see https://learn.microsoft.com/dotnet/core/install/linux, or use" >&2
    echo "   'curl -sSL https://dot.net/v1/dotnet-install.sh | bash -s -- --channel 10.0')" >&2
    exit 1
fi
