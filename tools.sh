# Installs what Kring's run and test commands need, only when it is missing. Sourced by run.sh
# and test.sh. Nothing here downloads a prebuilt binary: Rust tools are built from crates.io,
# the rest comes from Debian and the npm registry.

CARGO_LEPTOS_VERSION=0.3.10
WASM_BINDGEN_VERSION=0.2.130 # must equal the wasm-bindgen crate pinned in Cargo.toml

say() { printf '\n==> %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

APT_UPDATED=
apt_install() {
  if [ -z "$APT_UPDATED" ]; then
    as_root apt-get update -qq
    APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

ensure_build_tools() {
  export PATH="$HOME/.cargo/bin:$PATH"
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if ! cargo leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
    say "Installing cargo-leptos $CARGO_LEPTOS_VERSION (once; this takes 15-40 minutes)"
    CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_OPT_LEVEL=1 \
      cargo install cargo-leptos --locked --version "$CARGO_LEPTOS_VERSION"
  fi
  if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
    say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (once)"
    CARGO_RESOLVER_INCOMPATIBLE_RUST_VERSIONS=fallback cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
  # Debian's binaryen (108) breaks hydration; binaryen 116 from crates.io does not.
  if ! wasm-opt --version 2>/dev/null | grep -q "version 116"; then
    say "Installing wasm-opt (binaryen 116, once; about 11 minutes)"
    cargo install wasm-opt --locked
  fi
}

ensure_test_tools() {
  if ! command -v chromium >/dev/null 2>&1; then
    say "Installing Chromium from Debian"
    apt_install chromium
  fi
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    say "Installing PostgreSQL from Debian"
    apt_install postgresql
  fi
  if ! command -v npm >/dev/null 2>&1; then
    say "Installing Node.js and npm from Debian"
    apt_install nodejs npm
  fi
  if ! command -v curl >/dev/null 2>&1; then
    apt_install curl
  fi
  # An independent iCalendar parser for the calendar tests and a real SMTP server for the mail
  # tests (Python's `icalendar` and `aiosmtpd` from PyPI).
  if ! target/pyenv/bin/python -c "import icalendar, aiosmtpd" >/dev/null 2>&1; then
    say "Installing Python's icalendar and aiosmtpd from PyPI"
    if ! python3 -m venv target/pyenv >/dev/null 2>&1; then
      apt_install python3-venv
      python3 -m venv target/pyenv
    fi
    target/pyenv/bin/pip install --quiet --disable-pip-version-check icalendar aiosmtpd
  fi
  KRING_PYTHON="$(pwd)/target/pyenv/bin/python"
  export KRING_PYTHON
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Starts a throw-away PostgreSQL cluster and exports KRING_TEST_POSTGRES_URL; stop_postgres
# removes it again.
start_postgres() {
  local bin
  bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
  PG_DIR=$(mktemp -d /tmp/kring-pg.XXXXXX)
  PG_PORT=$(free_port)
  local run=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$PG_DIR"
    run=(runuser -u postgres --)
  fi
  PG_RUN=("${run[@]}")
  PG_BIN=$bin
  "${run[@]}" "$bin/initdb" -D "$PG_DIR/data" --auth=trust --username=postgres --encoding=UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log"; return 1; }
  "${run[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null \
    || { cat "$PG_DIR/server.log"; return 1; }
  export KRING_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
  echo "PostgreSQL is running on port $PG_PORT"
}

stop_postgres() {
  if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ]; then
    "${PG_RUN[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
