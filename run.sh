#!/usr/bin/env bash
# Builds Kring and starts it on the embedded SQLite database (data/kring.db) with demo data.
# Installs the build tools it needs when they are missing.
set -euo pipefail
cd "$(dirname "$0")"
source ./tools.sh
ensure_build_tools

say "Building Kring (release)"
cargo leptos build --release

export DATABASE_URL="${DATABASE_URL:-sqlite://data/kring.db}"
say "Loading the demo programme"
status=0
./target/release/kring demo || status=$?
case $status in
  0) ;;
  3) echo "The database already has data; it is kept as it is." ;;
  *) exit "$status" ;;
esac

say "Starting Kring (stop with Ctrl-C)"
exec ./target/release/kring serve
