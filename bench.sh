#!/usr/bin/env bash
# Measures the agenda page under load: requests/s and latency (wrk, 32 connections) and the
# server's memory, against the release build on a fresh SQLite database with the demo data.
# Needs a release build (./run.sh or ./test.sh makes one) and wrk (installed from Debian if missing).
set -euo pipefail
cd "$(dirname "$0")"
source ./tools.sh
command -v wrk >/dev/null 2>&1 || apt_install wrk
[ -x target/release/kring ] || { echo "Build first: cargo leptos build --release" >&2; exit 1; }

dir=$(mktemp -d /tmp/kring-bench.XXXXXX)
port=$(free_port)
url="sqlite://$dir/kring.db"
DATABASE_URL="$url" RUST_LOG=warn ./target/release/kring demo >/dev/null
DATABASE_URL="$url" LEPTOS_SITE_ADDR="127.0.0.1:$port" RUST_LOG="${RUST_LOG:-info}" ./target/release/kring serve >"$dir/server.log" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
until curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; do sleep 0.1; done

path=${1:-/activiteiten}
echo "RSS after start: $(awk '/VmRSS/ {print $2, $3}' /proc/$pid/status)"
wrk -t2 -c32 -d5s "http://127.0.0.1:$port$path" >/dev/null # warm-up
wrk -t2 -c32 -d15s --latency "http://127.0.0.1:$port$path"
echo "RSS after load: $(awk '/VmRSS/ {print $2, $3}' /proc/$pid/status); peak: $(awk '/VmHWM/ {print $2, $3}' /proc/$pid/status)"
