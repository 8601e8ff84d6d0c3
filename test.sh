#!/usr/bin/env bash
# Kring's whole test suite: formatting, clippy for the server and the browser build, unit and
# integration tests on SQLite and on a throw-away PostgreSQL, the release build, and the browser
# tests (Playwright, system Chromium, axe-core) against the real server on both databases.
# Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")"
source ./tools.sh
started=$(date +%s)

# Stage times, printed at the end (and on failure, up to the stage that failed).
STAGES=()
stage_name=
stage_start=
stage() {
  local now
  now=$(date +%s)
  if [ -n "$stage_name" ]; then
    STAGES+=("$(printf '%6d s  %s' $((now - stage_start)) "$stage_name")")
  fi
  stage_name=$1
  stage_start=$now
  [ -z "$1" ] || say "$1"
}
print_stages() {
  stage ""
  printf '\n==> Stage times\n'
  printf '%s\n' "${STAGES[@]}"
  printf '%6d s  total\n' $(($(date +%s) - started))
}
# A one-off build gains nothing from incremental compilation, which costs gigabytes of disk.
export CARGO_INCREMENTAL=0

stage "Installing missing tools"
ensure_build_tools
ensure_test_tools
trap 'stop_postgres; stop_server; print_stages' EXIT

SERVER_PID=
stop_server() {
  if [ -n "$SERVER_PID" ]; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
  fi
}

stage "Formatting"
cargo fmt --all --check

stage "Clippy: server build"
cargo clippy --workspace --all-targets -- -D warnings

stage "Clippy: browser build"
cargo clippy -p app --lib --target wasm32-unknown-unknown --no-default-features --features hydrate -- -D warnings

stage "Starting a throw-away PostgreSQL"
start_postgres

stage "Unit and integration tests: build"
cargo test --workspace --no-run

stage "Unit and integration tests: run (SQLite and PostgreSQL)"
cargo test --workspace

stage "Release build"
cargo leptos build --release

stage "Browser tests: npm ci"
(cd end2end && npm ci --no-audit --no-fund --loglevel=error)

# Runs the browser tests against the release server on a fresh database with the demo data.
# Extra arguments go to Playwright (e.g. --grep @smoke).
browser_tests() {
  local name=$1 url=$2 port
  shift 2
  port=$(free_port)
  stage "Browser tests on $name"
  DATABASE_URL="$url" KRING_NOW="$E2E_NOW" ./target/release/kring demo
  printf '%s\n' "$E2E_ADMIN_PASSWORD" | DATABASE_URL="$url" KRING_NOW="$E2E_NOW" ./target/release/kring create-admin "$E2E_ADMIN"
  local mail="$E2E_DIR/mail-$name"
  DATABASE_URL="$url" KRING_MAIL_DIR="$mail" LEPTOS_SITE_ADDR="127.0.0.1:$port" KRING_NOW="$E2E_NOW" RUST_LOG=warn \
    ./target/release/kring serve &
  SERVER_PID=$!
  local tries=0
  until curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; do
    tries=$((tries + 1))
    if [ $tries -gt 300 ] || ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "Kring did not start" >&2
      return 1
    fi
    sleep 0.1
  done
  (cd end2end && KRING_E2E_URL="http://127.0.0.1:$port" KRING_MAIL_DIR="$mail" KRING_NOW="$E2E_NOW" \
    KRING_E2E_ADMIN="$E2E_ADMIN" KRING_E2E_ADMIN_PASSWORD="$E2E_ADMIN_PASSWORD" npx playwright test "$@")
  # SIGTERM must end the server cleanly.
  kill -TERM "$SERVER_PID"
  local status=0
  wait "$SERVER_PID" || status=$?
  SERVER_PID=
  if [ "$status" -ne 0 ]; then
    echo "Kring did not stop cleanly on SIGTERM (exit code $status)" >&2
    return 1
  fi
}

E2E_DIR=$(mktemp -d /tmp/kring-e2e.XXXXXX)
E2E_ADMIN="Beheerder"
# The server's clock starts at this moment (a Wednesday morning) and runs on from there; the
# integration tests pin theirs with KRING_TEST_NOW the same way.
E2E_NOW="${KRING_TEST_NOW:-2026-09-16T10:30:00+02:00}"
E2E_ADMIN_PASSWORD="een lang wachtwoord voor de browsertest"
browser_tests SQLite "sqlite://$E2E_DIR/kring.db"
psql -q "$KRING_TEST_POSTGRES_URL" -c "CREATE DATABASE kring_e2e"
# Every journey on SQLite; on PostgreSQL the journeys marked @smoke (the integration tests run
# all of the server on both), one at a time, so two browsers and the database do not share the
# two cores with each other.
browser_tests PostgreSQL "${KRING_TEST_POSTGRES_URL%/*}/kring_e2e" --grep @smoke --workers=1
rm -rf "$E2E_DIR"

say "All tests passed in $(( ($(date +%s) - started) / 60 )) min $(( ($(date +%s) - started) % 60 )) s"
