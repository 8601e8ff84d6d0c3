#!/usr/bin/env bash
# Kring's benchmark (issue 18; not part of the test run). On a fresh database with a region-sized
# programme (`kring demo --regio`: 12 centres, about 200 dates in the coming week) and the release
# build, for SQLite and PostgreSQL:
#   - each public page under load with wrk, beside nginx serving a byte copy of the same response
#     (plain, and the brotli bytes for `Accept-Encoding: br`): requests/s, p99, the ratio;
#   - the kring process's memory (RSS after start and after load, peak = VmHWM);
#   - what a first visit to each page transfers in Chromium, with and without JavaScript
#     (end2end/bench/transfer.mjs; on the first database of the run only: the pages are the same);
#   - 200 guests signing up for one date with 12 places, released at the same instant: exactly the
#     places are confirmed, the rest waitlisted; the p99 of those 200 requests.
#
# Usage: ./bench.sh [sqlite|postgres|all] [--postgres-url URL]
#   sqlite      SQLite only
#   postgres    PostgreSQL only
#   all         both (the default)
#   --postgres-url URL (or KRING_BENCH_POSTGRES_URL=URL): use that PostgreSQL server instead of a
#               throw-away one; the URL names any database on it, and the role must be allowed to
#               create databases (a fresh one, kring_bench_<pid>, is made and dropped again).
#               Without it a throw-away cluster is started (tools.sh's start_postgres).
# Settings (environment): BENCH_DURATION (10s), BENCH_WARMUP (1s), BENCH_CONNECTIONS (32),
#   BENCH_THREADS (2), BENCH_SIGNUPS (200), BENCH_NOW (2026-09-16T10:30:00+02:00, a Wednesday
#   morning: the clock of `kring demo` and `kring serve`), RUST_LOG (info).
# Needs target/release/kring (cargo leptos build --release); installs wrk, nginx and what else is
# missing from Debian. Both databases take about 10 minutes.
set -euo pipefail
cd "$(dirname "$0")"
source ./tools.sh

usage() { sed -n '/^# Usage:/,/^set -euo/p' "$0" | sed -n 's/^# \{0,1\}//p'; }

targets=()
pg_url=${KRING_BENCH_POSTGRES_URL:-}
while [ $# -gt 0 ]; do
  case $1 in
    sqlite) targets+=(sqlite) ;;
    postgres | postgresql | pg) targets+=(postgres) ;;
    all) targets+=(sqlite postgres) ;;
    --postgres-url) [ $# -ge 2 ] || { usage >&2; exit 2; }; pg_url=$2; shift ;;
    --postgres-url=*) pg_url=${1#*=} ;;
    -h | --help) usage; exit 0 ;;
    *) echo "bench.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
[ ${#targets[@]} -gt 0 ] || targets=(sqlite postgres)

DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-1s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
SIGNUPS=${BENCH_SIGNUPS:-200}
NOW=${BENCH_NOW:-2026-09-16T10:30:00+02:00}
LOG_LEVEL=${RUST_LOG:-info}
KRING=./target/release/kring

# --- What it needs --------------------------------------------------------------------------

if [ ! -x "$KRING" ]; then
  echo "bench.sh: $KRING is missing. Build it first: cargo leptos build --release" >&2
  echo "  (with the prebuilt tools: PATH=/work/shared/tools/bin:\$PATH cargo leptos build --release)" >&2
  exit 1
fi
if [ -n "$(git log -1 --format=%ct 2>/dev/null)" ] && [ "$(stat -c %Y "$KRING")" -lt "$(git log -1 --format=%ct)" ]; then
  echo "bench.sh: warning: $KRING is older than the last commit (rebuild: cargo leptos build --release)" >&2
fi
if [[ "$("$KRING" demo --help 2>&1 || true)" != *--regio* ]]; then
  echo "bench.sh: $KRING does not know 'kring demo --regio': rebuild it (cargo leptos build --release)" >&2
  exit 1
fi
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
if [[ " ${targets[*]} " == *" postgres "* ]]; then
  command -v psql >/dev/null 2>&1 || missing+=(postgresql-client)
  if [ -z "$pg_url" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    missing+=(postgresql)
  fi
fi
if [ ${#missing[@]} -gt 0 ]; then
  say "Installing from Debian: ${missing[*]}"
  apt_install "${missing[@]}"
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
if [ ! -d end2end/node_modules/@playwright/test ]; then
  say "Installing the browser tests' packages (npm ci in end2end)"
  (cd end2end && npm ci --no-audit --no-fund --loglevel=error)
fi

# --- Clean-up -------------------------------------------------------------------------------

WORK=$(mktemp -d /tmp/kring-bench.XXXXXX)
KRING_PID=
NGINX_PID=
PG_STARTED=
PG_DROP_URL=
PG_DROP_DB=

stop_kring() {
  if [ -n "$KRING_PID" ]; then
    kill -TERM "$KRING_PID" 2>/dev/null || true
    wait "$KRING_PID" 2>/dev/null || true
    KRING_PID=
  fi
}
stop_nginx() {
  if [ -n "$NGINX_PID" ]; then
    kill -TERM "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
    NGINX_PID=
  fi
}
cleanup() {
  local status=$?
  stop_kring
  stop_nginx
  if [ -n "$PG_DROP_DB" ]; then
    psql -q "$PG_DROP_URL" -c "DROP DATABASE IF EXISTS $PG_DROP_DB" >/dev/null 2>&1 || true
  fi
  [ -z "$PG_STARTED" ] || stop_postgres
  rm -rf "$WORK"
  if [ "$status" -ne 0 ]; then
    echo "bench.sh: FAILED (exit code $status)" >&2
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail() {
  echo "bench.sh: $*" >&2
  exit 1
}

# --- Small helpers --------------------------------------------------------------------------

# 1234567.8 -> 1,234,568
thousands() {
  printf '%.0f' "$1" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/' -e 'ta'
}

# A wrk latency (980.00us, 12.34ms, 1.02s, 2.00m) in milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    if (u == "us") n /= 1000
    else if (u == "ms") n = n
    else if (u == "s") n *= 1000
    else if (u == "m") n *= 60000
    else if (u == "h") n *= 3600000
    else { print "bench.sh: unknown latency unit in " v > "/dev/stderr"; exit 1 }
    printf "%.2f", n
  }'
}

kib_of() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; } # kB -> MiB
status_kb() { awk -v key="$2:" '$1 == key { print $2 }' "/proc/$1/status"; }

# Runs wrk (a short warm-up first) and sets WRK_RPS, WRK_P99 (ms) and WRK_ERRORS (non-2xx/3xx
# responses and socket errors, empty when none). Arguments: output file, URL, extra wrk args.
run_wrk() {
  local out=$1 url=$2
  shift 2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$@" "$url" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" >"$out"
  WRK_RPS=$(awk '$1 == "Requests/sec:" { print $2 }' "$out")
  local p99
  p99=$(awk '$1 == "99%" { print $2 }' "$out")
  if [ -z "$WRK_RPS" ] || [ -z "$p99" ]; then
    cat "$out" >&2
    fail "could not read wrk's output for $url"
  fi
  WRK_P99=$(to_ms "$p99")
  WRK_ERRORS=
  local non2xx socket
  non2xx=$(awk -F: '/Non-2xx or 3xx responses/ { gsub(/ /, "", $2); print $2 }' "$out")
  socket=$(awk -F': ' '/Socket errors/ { print $2 }' "$out")
  [ -z "$non2xx" ] || WRK_ERRORS="$non2xx non-2xx"
  [ -z "$socket" ] || WRK_ERRORS="${WRK_ERRORS:+$WRK_ERRORS, }socket errors: $socket"
}

wait_for() { # URL, process id, name
  local tries=0
  until curl -fsS -o /dev/null "$1" 2>/dev/null; do
    tries=$((tries + 1))
    if [ $tries -gt 300 ] || ! kill -0 "$2" 2>/dev/null; then
      fail "$3 did not start"
    fi
    sleep 0.1
  done
}

# nginx runs as an unprivileged user when this script runs as root. setpriv execs nginx, so the
# process started in the background is nginx's master itself (a shell function there would
# leave nginx behind when only its subshell is ended).
UNPRIVILEGED=()
[ "$(id -u)" -ne 0 ] || UNPRIVILEGED=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)

# Starts nginx on a free port serving the files in $1: the plain copy, or the .br copy with
# Content-Encoding: br when the request accepts br. Sets NGINX_PORT and NGINX_PID.
start_nginx() {
  local root=$1 dir=$WORK/nginx
  NGINX_PORT=$(free_port)
  rm -rf "$dir"
  mkdir -p "$dir/temp"
  cat >"$dir/nginx.conf" <<EOF
worker_processes 2;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events {
  worker_connections 1024;
}
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path $dir/temp/body;
  proxy_temp_path $dir/temp/proxy;
  fastcgi_temp_path $dir/temp/fastcgi;
  uwsgi_temp_path $dir/temp/uwsgi;
  scgi_temp_path $dir/temp/scgi;
  types {}
  default_type "text/html; charset=utf-8";
  # nginx from Debian has no brotli module: serve the precompressed copy (name.br) by hand.
  map \$http_accept_encoding \$br_suffix {
    default "";
    "~*(^|[\\s,])br(\$|[\\s,;])" ".br";
  }
  map \$http_accept_encoding \$br_encoding {
    default "";
    "~*(^|[\\s,])br(\$|[\\s,;])" "br";
  }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $root;
    location / {
      add_header Vary Accept-Encoding;
      add_header Content-Encoding \$br_encoding; # no header when empty
      try_files \$uri\$br_suffix =404;
    }
  }
}
EOF
  if [ "$(id -u)" -eq 0 ]; then
    chmod 755 "$WORK"
    chown -R nobody:nogroup "$dir"
    chmod -R a+rX "$root"
  fi
  "${UNPRIVILEGED[@]}" "$NGINX" -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log" -t -q || fail "nginx's configuration is wrong"
  # Its output goes to a file: nginx must not hold this script's standard output open.
  "${UNPRIVILEGED[@]}" "$NGINX" -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log" >"$dir/nginx.out" 2>&1 &
  NGINX_PID=$!
  wait_for "http://127.0.0.1:$NGINX_PORT/home" "$NGINX_PID" nginx
}

# --- One database ---------------------------------------------------------------------------

# The pages measured: a name (the nginx copy's file) and a path.
PAGE_NAMES=(home activiteiten activiteit centra centrum groepen)
TRANSFER_DONE=

bench_database() {
  local name=$1 url=$2 dir=$WORK/$1
  mkdir -p "$dir/www" "$dir/mail" "$dir/wrk"
  say "$name: loading the region demo (clock pinned at $NOW)"
  DATABASE_URL="$url" KRING_NOW="$NOW" RUST_LOG=warn "$KRING" demo --regio | tee "$dir/demo.txt"
  grep -q "Dates in the coming seven days" "$dir/demo.txt" || fail "kring demo --regio did not say how many dates it loaded"
  local dates load_before
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  dates=$(sed -n 's/.*Dates in the coming seven days: \([0-9]*\).*/\1/p' "$dir/demo.txt")

  local port base
  port=$(free_port)
  base="http://127.0.0.1:$port"
  say "$name: starting kring serve on port $port (RUST_LOG=$LOG_LEVEL, KRING_TRUST_PROXY=1)"
  # KRING_TRUST_PROXY=1: the sign-up burst comes from one address, each request with its own
  # X-Forwarded-For, as 200 phones behind a proxy (a guest may sign up 40 times an hour from one
  # address). The page loads send no X-Forwarded-For, so for them the peer is the client.
  DATABASE_URL="$url" KRING_NOW="$NOW" KRING_MAIL_DIR="$dir/mail" KRING_TRUST_PROXY=1 \
    LEPTOS_SITE_ADDR="127.0.0.1:$port" RUST_LOG="$LOG_LEVEL" "$KRING" serve >"$dir/server.log" 2>&1 &
  KRING_PID=$!
  wait_for "$base/healthz" "$KRING_PID" kring
  local rss_start
  rss_start=$(status_kb "$KRING_PID" VmRSS)

  # The pages: one activity and one centre found through the lists, as a visitor would.
  curl -fsS "$base/activiteiten" -o "$dir/agenda.html"
  local activity centre
  activity=$(grep -o 'href="/activiteiten/[0-9][0-9]*"' "$dir/agenda.html" | head -n 1 | sed 's/href="\(.*\)"/\1/') || true
  [ -n "$activity" ] || fail "no activity link on /activiteiten"
  curl -fsS "$base/centra" -o "$dir/centra.html"
  centre=$(grep -o 'href="/centra/[a-z0-9-][a-z0-9-]*"' "$dir/centra.html" | head -n 1 | sed 's/href="\(.*\)"/\1/') || true
  [ -n "$centre" ] || fail "no centre link on /centra"
  local paths=(/ /activiteiten "$activity" /centra "$centre" /groepen)

  # Byte copies of Kring's answers for nginx: plain and brotli.
  local i page code encoding
  for i in "${!PAGE_NAMES[@]}"; do
    page=${PAGE_NAMES[$i]}
    code=$(curl -sS -o "$dir/www/$page" -w '%{http_code}' "$base${paths[$i]}")
    [ "$code" = 200 ] || fail "kring answered $code for ${paths[$i]}"
    code=$(curl -sS -o "$dir/www/$page.br" -D "$dir/www-$page.headers" -w '%{http_code}' -H 'Accept-Encoding: br' "$base${paths[$i]}")
    [ "$code" = 200 ] || fail "kring answered $code for ${paths[$i]} (br)"
    encoding=$(awk -F': *' 'tolower($1) == "content-encoding" { gsub(/\r/, "", $2); print $2 }' "$dir/www-$page.headers")
    [ "$encoding" = br ] || fail "kring did not answer ${paths[$i]} with brotli (Content-Encoding: ${encoding:-none})"
  done
  start_nginx "$dir/www"
  # nginx must give the same bytes and headers that matter.
  for page in "${PAGE_NAMES[@]}"; do
    curl -fsS "http://127.0.0.1:$NGINX_PORT/$page" | cmp -s - "$dir/www/$page" || fail "nginx does not serve the copy of $page"
    curl -fsS -H 'Accept-Encoding: br' -D "$dir/nginx-$page.headers" "http://127.0.0.1:$NGINX_PORT/$page" \
      | cmp -s - "$dir/www/$page.br" || fail "nginx does not serve the br copy of $page"
    grep -qi '^content-encoding: br' "$dir/nginx-$page.headers" || fail "nginx sends no Content-Encoding: br"
    grep -qi '^content-type: text/html' "$dir/nginx-$page.headers" || fail "nginx sends no Content-Type: text/html"
  done

  say "$name: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, $WARMUP warm-up each, Kring then nginx, ${#PAGE_NAMES[@]} pages x 2 encodings"
  local table=() notes=() missed=() enc bytes header k_rps k_p99 k_err n_rps n_p99 n_err ratio
  for i in "${!PAGE_NAMES[@]}"; do
    page=${PAGE_NAMES[$i]}
    for enc in plain br; do
      if [ "$enc" = br ]; then
        header=(-H 'Accept-Encoding: br')
        bytes=$(stat -c %s "$dir/www/$page.br")
      else
        header=()
        bytes=$(stat -c %s "$dir/www/$page")
      fi
      run_wrk "$dir/wrk/kring-$page-$enc.txt" "$base${paths[$i]}" "${header[@]}"
      k_rps=$WRK_RPS k_p99=$WRK_P99 k_err=$WRK_ERRORS
      run_wrk "$dir/wrk/nginx-$page-$enc.txt" "http://127.0.0.1:$NGINX_PORT/$page" "${header[@]}"
      n_rps=$WRK_RPS n_p99=$WRK_P99 n_err=$WRK_ERRORS
      ratio=$(awk -v a="$k_rps" -v b="$n_rps" 'BEGIN { if (b > 0) printf "%.3f", a / b; else printf "-" }')
      table+=("| \`${paths[$i]}\`$([ "$enc" = br ] && echo ", br") | $(thousands "$bytes") | $(thousands "$k_rps") | $k_p99 ms | $(thousands "$n_rps") | $n_p99 ms | $ratio |")
      printf '  %-34s kring %9s req/s p99 %8s ms | nginx %9s req/s p99 %8s ms | %s\n' \
        "${paths[$i]} ($enc)" "$(thousands "$k_rps")" "$k_p99" "$(thousands "$n_rps")" "$n_p99" "$ratio"
      [ -z "$k_err" ] || notes+=("Kring, ${paths[$i]} ($enc): $k_err")
      [ -z "$n_err" ] || notes+=("nginx, ${paths[$i]} ($enc): $n_err")
      # Issue 18's aim for /, /activiteiten and an activity page: >= 25 % of nginx, p99 <= 20 ms.
      if [ "$i" -le 2 ]; then
        awk -v r="$ratio" 'BEGIN { exit !(r >= 0.25) }' || missed+=("${paths[$i]} ($enc) ratio $ratio < 0.25")
        awk -v p="$k_p99" 'BEGIN { exit !(p <= 20) }' || missed+=("${paths[$i]} ($enc) p99 $k_p99 ms > 20 ms")
      fi
    done
  done
  local rss_load peak_load
  rss_load=$(status_kb "$KRING_PID" VmRSS)
  peak_load=$(status_kb "$KRING_PID" VmHWM)
  stop_nginx
  awk -v k="$peak_load" 'BEGIN { exit !(k <= 60 * 1024) }' || missed+=("peak RSS $(kib_of "$peak_load") MiB > 60 MiB")

  # What a first visit transfers in Chromium (once: the pages are the same on both databases).
  local transfer=()
  if [ -z "$TRANSFER_DONE" ]; then
    say "$name: first visits in Chromium (390x844, fresh context per page), with and without JavaScript"
    node end2end/bench/transfer.mjs "$base" "${paths[@]}" >"$dir/transfer-js.tsv"
    node end2end/bench/transfer.mjs --no-js "$base" "${paths[@]}" >"$dir/transfer-nojs.tsv"
    local p b r w p2 b2 r2 w2
    while IFS=$'\t' read -r p b r w && IFS=$'\t' read -r p2 b2 r2 w2 <&3; do
      [ "$p" = "$p2" ] || fail "transfer.mjs: the two runs measured different pages"
      transfer+=("| \`$p\` | $(awk -v b="$b" 'BEGIN { printf "%.1f", b / 1024 }') | $r | $w | $(awk -v b="$b2" 'BEGIN { printf "%.1f", b / 1024 }') | $r2 | $w2 |")
    done <"$dir/transfer-js.tsv" 3<"$dir/transfer-nojs.tsv"
    [ ${#transfer[@]} -eq ${#paths[@]} ] || fail "transfer.mjs did not measure every page"
    local agenda_bytes
    agenda_bytes=$(awk -F'\t' '$1 == "/activiteiten" { print $2 }' "$dir/transfer-js.tsv")
    awk -v b="$agenda_bytes" 'BEGIN { exit !(b <= 20 * 1024) }' || missed+=("first visit to /activiteiten $(awk -v b="$agenda_bytes" 'BEGIN { printf "%.1f", b / 1024 }') KB > 20 KB")
    if awk -F'\t' '$4 == "yes"' "$dir/transfer-nojs.tsv" | grep -q .; then
      missed+=("WASM fetched without JavaScript")
    fi
    TRANSFER_DONE=1
  fi

  # 200 guests at once for one date with places. The date: the first one offered on the sign-up
  # form of the first activity on the agenda that has a capacity (found by following its links).
  say "$name: $SIGNUPS guests sign up for one date at the same instant"
  local id ids signup_activity='' signup_date='' capacity=''
  mapfile -t ids < <(grep -o 'href="/activiteiten/[0-9][0-9]*"' "$dir/agenda.html" | sed 's/[^0-9]//g' | awk '!seen[$0]++')
  for id in "${ids[@]}"; do
    capacity=$(db_query "$name" "$url" "SELECT capacity FROM activities WHERE id = $id AND signup_required = 1 AND capacity IS NOT NULL")
    [ -n "$capacity" ] || continue
    curl -fsS "$base/activiteiten/$id" -o "$dir/signup-page.html"
    grep -q 'name="actie" value="sign_up"' "$dir/signup-page.html" || continue
    signup_date=$(grep -o 'name="datum" value="[0-9]*"' "$dir/signup-page.html" | sed 's/[^0-9]//g' | grep -v '^0$' | head -n 1) || true
    if [ -n "$signup_date" ]; then
      signup_activity=$id
      break
    fi
  done
  [ -n "$signup_activity" ] || fail "no activity with places and a sign-up form on the agenda"
  local title
  title=$(db_query "$name" "$url" "SELECT title FROM activities WHERE id = $signup_activity")
  echo "  \"$title\" (/activiteiten/$signup_activity), date $signup_date, $capacity places"
  "$PYTHON" - "$port" "$signup_activity" "$signup_date" "$SIGNUPS" >"$dir/signups.txt" <<'PY'
import http.client, sys, threading, time, urllib.parse

port, activity, date, n = int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
path = f"/activiteiten/{activity}"
barrier = threading.Barrier(n)
results = [None] * n

def sign_up(i):
    body = urllib.parse.urlencode({
        "actie": "sign_up", "activiteit": activity, "datum": date,
        "bijnaam": f"Gast {i}", "email": f"gast{i}@example.org", "telefoon": "",
    })
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "text/html",
        "Accept-Language": "nl",
        "Origin": f"http://127.0.0.1:{port}",
        "Sec-Fetch-Site": "same-origin",
        "Referer": f"http://127.0.0.1:{port}{path}",
        "X-Forwarded-For": f"10.{i // 65536}.{i // 256 % 256}.{i % 256}",
    }
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    connection.connect()
    barrier.wait()
    started = time.perf_counter()
    try:
        connection.request("POST", path, body, headers)
        response = connection.getresponse()
        response.read()
        status = str(response.status)
        if response.status == 303 and not (response.getheader("Location") or "").startswith("/aanmelding?"):
            status = "303-elsewhere"
    except Exception as error:  # reported, counted as an error
        status = type(error).__name__
    results[i] = (status, time.perf_counter() - started)
    connection.close()

threads = [threading.Thread(target=sign_up, args=(i,)) for i in range(n)]
for t in threads:
    t.start()
for t in threads:
    t.join()
latencies = sorted(r[1] * 1000 for r in results)
statuses = {}
for status, _ in results:
    statuses[status] = statuses.get(status, 0) + 1
rank = max(1, -(-99 * n // 100))  # nearest rank
print("statuses", " ".join(f"{k}={v}" for k, v in sorted(statuses.items())))
print(f"p50 {latencies[(n + 1) // 2 - 1]:.1f}")
print(f"p99 {latencies[rank - 1]:.1f}")
print(f"max {latencies[-1]:.1f}")
PY
  local confirmed waitlisted other statuses p50 p99 max
  statuses=$(sed -n 's/^statuses //p' "$dir/signups.txt")
  p50=$(awk '$1 == "p50" { print $2 }' "$dir/signups.txt")
  p99=$(awk '$1 == "p99" { print $2 }' "$dir/signups.txt")
  max=$(awk '$1 == "max" { print $2 }' "$dir/signups.txt")
  confirmed=$(db_query "$name" "$url" "SELECT COUNT(*) FROM signups WHERE occurrence_id = $signup_date AND status = 'bevestigd'")
  waitlisted=$(db_query "$name" "$url" "SELECT COUNT(*) FROM signups WHERE occurrence_id = $signup_date AND status = 'wachtlijst'")
  other=$(db_query "$name" "$url" "SELECT COUNT(*) FROM signups WHERE occurrence_id = $signup_date AND status NOT IN ('bevestigd', 'wachtlijst')")
  local peak_end rss_end
  peak_end=$(status_kb "$KRING_PID" VmHWM)
  rss_end=$(status_kb "$KRING_PID" VmRSS)
  local server_errors
  server_errors=$(grep -c 'status=5[0-9][0-9]' "$dir/server.log" || true)
  stop_kring

  # The report for this database.
  {
    echo
    echo "### $name"
    echo
    echo "Region demo: $dates dates in the coming seven days; clock KRING_NOW=$NOW; kring serve with RUST_LOG=$LOG_LEVEL (every request logged to a file at info)."
    echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, $WARMUP warm-up before each run; nginx $("$NGINX" -v 2>&1 | sed 's/.*nginx\///'), worker_processes 2, sendfile on, access_log off, serving the byte copies (bytes = the body for that encoding)."
    echo
    echo "| page | bytes | Kring req/s | Kring p99 | nginx req/s | nginx p99 | ratio |"
    echo "|---|---|---|---|---|---|---|"
    printf '%s\n' "${table[@]}"
    echo
    echo "Load average (1, 5, 15 min) before this database's runs: $load_before (it still holds the tail of an earlier phase; wrk, nginx and Kring share the $(nproc) cores, and anything else running skews the numbers)."
    if [ ${#notes[@]} -eq 0 ]; then
      echo "All responses 2xx, no socket errors (Kring and nginx)."
    else
      printf 'Errors: %s\n' "${notes[@]}"
    fi
    echo "Kring RSS: $(kib_of "$rss_start") MiB after start, $(kib_of "$rss_load") MiB after load; peak (VmHWM) $(kib_of "$peak_load") MiB."
    if [ ${#transfer[@]} -gt 0 ]; then
      echo
      echo "First visit in Chromium (390×844, fresh context, until the network is idle; KB = headers + encoded bodies of all responses):"
      echo
      echo "| page | with JS: KB | requests | WASM | without JS: KB | requests | WASM |"
      echo "|---|---|---|---|---|---|---|"
      printf '%s\n' "${transfer[@]}"
    fi
    echo
    echo "Sign-up burst: $SIGNUPS guests released at once for \"$title\" (/activiteiten/$signup_activity), date $signup_date, $capacity places:"
    echo
    echo "| requests | answers | confirmed | waitlisted | other | p50 | p99 | max |"
    echo "|---|---|---|---|---|---|---|---|"
    echo "| $SIGNUPS | $statuses | $confirmed | $waitlisted | $other | $p50 ms | $p99 ms | $max ms |"
    echo
    echo "Kring after the burst: RSS $(kib_of "$rss_end") MiB, peak (VmHWM) $(kib_of "$peak_end") MiB; 5xx answers in the server log over the whole run: $server_errors."
    echo
    if [ ${#missed[@]} -eq 0 ]; then
      echo "Issue 18's targets (/, /activiteiten, an activity page: ratio >= 0.25 and p99 <= 20 ms, plain and br; peak RSS <= 60 MiB under load; /activiteiten first visit <= 20 KB; no WASM without JavaScript): all met."
    else
      echo "Issue 18's targets not met: $(printf '%s; ' "${missed[@]}" | sed 's/; $//')."
    fi
  } >"$dir/report.md"
  cat "$dir/report.md"
  REPORTS+=("$dir/report.md")

  [ "$confirmed" -eq "$capacity" ] || fail "$name: $confirmed confirmed for $capacity places"
  [ $((confirmed + waitlisted)) -eq "$SIGNUPS" ] || fail "$name: $((confirmed + waitlisted)) of $SIGNUPS sign-ups stored"
  [ "$statuses" = "303=$SIGNUPS" ] || fail "$name: not every sign-up was answered with a redirect to its page: $statuses"
}

# A single value from the database (sqlite3 or psql).
db_query() {
  local name=$1 url=$2 sql=$3
  if [ "$name" = SQLite ]; then
    local file=${url#sqlite://}
    sqlite3 -batch "${file%%\?*}" "$sql"
  else
    psql -X -q -t -A "$url" -c "$sql"
  fi
}

# --- Run ------------------------------------------------------------------------------------

PYTHON=${KRING_PYTHON:-python3}
REPORTS=()
started=$(date +%s)
say "Kring benchmark: ${targets[*]}; $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)); kring $(git rev-parse --short HEAD 2>/dev/null || echo '?') built $(date -u -r "$KRING" '+%Y-%m-%d %H:%M UTC')"
for target in "${targets[@]}"; do
  case $target in
    sqlite)
      bench_database SQLite "sqlite://$WORK/kring.db"
      ;;
    postgres)
      if [ -n "$pg_url" ]; then
        server_url=$pg_url
      else
        say "Starting a throw-away PostgreSQL"
        PG_STARTED=1
        start_postgres
        server_url=$KRING_TEST_POSTGRES_URL
      fi
      PG_DROP_URL=$server_url
      PG_DROP_DB=kring_bench_$$
      psql -q -X "$server_url" -c "CREATE DATABASE $PG_DROP_DB" >/dev/null
      base_url=${server_url%%\?*}
      query=${server_url#"$base_url"}
      bench_database PostgreSQL "${base_url%/*}/$PG_DROP_DB$query"
      ;;
  esac
done

if [ ${#REPORTS[@]} -gt 1 ]; then
  say "Summary"
  cat "${REPORTS[@]}"
fi
say "Done in $(( ($(date +%s) - started) / 60 )) min $(( ($(date +%s) - started) % 60 )) s"
