#!/usr/bin/env bash
# Shared functions of ./yuanqu: tools, PostgreSQL, Keycloak, services. Sourced, not run.
# Everything a fresh machine needs (Debian's postgresql and nodejs, the Keycloak distribution from
# Maven Central through the wrapper) is installed here, never by hand.

KEYCLOAK_VERSION=26.7.3
ROOT=${ROOT:?}
RUN=$ROOT/.run
DIST=$RUN/dist

log() { printf '\033[1;34m[yuanqu]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[yuanqu] %s\033[0m\n' "$*" >&2; exit 1; }

apt_install() {
  command -v apt-get >/dev/null || die "$* missing and apt-get not available: install $* yourself"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  if [ -z "${APT_UPDATED:-}" ]; then
    $sudo apt-get update -qq >&2 || die "apt-get update failed"
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >&2 || die "apt-get install $* failed"
}

ensure_java() {
  command -v java >/dev/null || die "a JDK 17+ is required (java not found)"
  local v
  v=$(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
  [ "${v%%.*}" -ge 17 ] 2>/dev/null || die "JDK 17+ required, found $v"
}

ensure_node() {
  command -v node >/dev/null || { log "installing Debian's nodejs"; apt_install nodejs; }
}

# npm installs the Apollo composition library for the federation check (e2e FederationCompositionTest);
# Debian's nodejs may come without npm. The lock file pins every package.
ensure_federation_tools() {
  ensure_node
  command -v npm >/dev/null || { log "installing Debian's npm"; apt_install npm; }
  local dir="$ROOT/deploy/federation"
  if [ ! -d "$dir/node_modules/@apollo/composition" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    log "installing the federation composition check (npm ci in deploy/federation)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# kubectl renders the Kubernetes overlays in the deploy/k8s tests (kubectl kustomize, offline).
ensure_kubectl() {
  command -v kubectl >/dev/null || { log "installing Debian's kubernetes-client (kubectl)"; apt_install kubernetes-client; }
}

# Finds PostgreSQL server binaries (initdb, pg_ctl, postgres); installs Debian's postgresql if none.
ensure_postgres() {
  if ! command -v initdb >/dev/null || ! command -v pg_ctl >/dev/null; then
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$d" ]; then
      log "installing Debian's postgresql"
      apt_install postgresql
      d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    fi
    [ -n "$d" ] || die "PostgreSQL binaries not found after install"
    PATH=$d:$PATH
  fi
  command -v psql >/dev/null || apt_install postgresql-client
  # PostgreSQL refuses to run as root: run the server as the 'postgres' system user then.
  PG_AS=()
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
    PG_AS=(runuser -u postgres --)
  fi
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# free_port BASE — BASE, or the first port above it that nothing listens on.
free_port() {
  local p=$1
  while port_open "$p"; do
    p=$((p + 1))
  done
  printf '%s' "$p"
}

# pg_start DATA_DIR PORT PASSWORD — initialises the cluster if needed and starts it (TCP only).
pg_start() {
  local data=$1 port=$2 password=$3
  mkdir -p "$data"
  if [ ! -f "$data/PG_VERSION" ]; then
    log "initialising PostgreSQL cluster in ${data#$ROOT/}"
    local pwfile
    pwfile=$(mktemp)
    printf '%s\n' "$password" >"$pwfile"
    chmod 644 "$pwfile"
    [ ${#PG_AS[@]} -eq 0 ] || chown postgres "$data" "$pwfile"
    chmod 700 "$data"
    "${PG_AS[@]}" initdb -D "$data" -U yuanqu --auth=scram-sha-256 --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 >/dev/null \
      || { rm -f "$pwfile"; die "initdb failed"; }
    rm -f "$pwfile"
  fi
  if "${PG_AS[@]}" pg_ctl -D "$data" status >/dev/null 2>&1; then
    return 0
  fi
  port_open "$port" && die "port $port is taken by another program (PostgreSQL for ${data#$ROOT/} cannot start)"
  "${PG_AS[@]}" pg_ctl -D "$data" -w -t 60 -l "$data/postgres.log" \
    -o "-p $port -c listen_addresses=localhost -c unix_socket_directories='' -c max_connections=200 -c fsync=${PG_FSYNC:-on}" \
    start >/dev/null || { tail -n 20 "$data/postgres.log" >&2; die "PostgreSQL did not start"; }
}

pg_stop() {
  local data=$1
  [ -f "$data/PG_VERSION" ] || return 0
  "${PG_AS[@]}" pg_ctl -D "$data" status >/dev/null 2>&1 || return 0
  "${PG_AS[@]}" pg_ctl -D "$data" -m fast -w stop >/dev/null || true
}

# pg_create_db PORT PASSWORD NAME… — creates the databases that do not exist yet.
pg_create_db() {
  local port=$1 password=$2
  shift 2
  local db
  for db in "$@"; do
    if [ "$(PGPASSWORD=$password psql -h localhost -p "$port" -U yuanqu -d postgres -tAc "select 1 from pg_database where datname = '$db'")" != 1 ]; then
      PGPASSWORD=$password psql -q -h localhost -p "$port" -U yuanqu -d postgres -c "create database \"$db\"" >/dev/null \
        || die "cannot create database $db"
    fi
  done
}

# Downloads the Keycloak distribution from Maven Central (through the Maven wrapper) once.
kc_zip() {
  local zip=$DIST/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip
  if [ ! -f "$zip" ]; then
    log "downloading Keycloak $KEYCLOAK_VERSION from Maven Central"
    mkdir -p "$DIST"
    "$ROOT/mvnw" -B -q -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip -DoutputDirectory="$DIST" >&2 \
      || die "Keycloak download failed"
  fi
  printf '%s' "$zip"
}

# kc_install DIR — an unpacked Keycloak of its own (own data and import folders) in DIR.
kc_install() {
  local dir=$1
  if [ ! -x "$dir/bin/kc.sh" ]; then
    local zip tmp
    zip=$(kc_zip)
    tmp=$(mktemp -d)
    (cd "$tmp" && jar xf "$zip") || die "cannot unpack Keycloak"
    rm -rf "$dir"
    mkdir -p "$(dirname "$dir")"
    mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$dir"
    rm -rf "$tmp"
    chmod +x "$dir"/bin/*.sh
  fi
}

# kc_start DIR HTTP_PORT MGMT_PORT LOG — imports the realm (with the local demo addition) and starts
# Keycloak in dev mode. Keycloak ignores a realm that already exists, so its data is reset whenever
# the built realm file changes.
kc_start() {
  local dir=$1 port=$2 mgmt=$3 logfile=$4
  ensure_node
  mkdir -p "$dir/data/import"
  node "$ROOT/deploy/keycloak/build-realm.mjs" "$dir/data/import/yuanqu-realm.json" --local
  local sum
  sum=$(cat "$dir/data/import/yuanqu-realm.json" | sha256sum | cut -d' ' -f1)
  if [ -f "$dir/kc.pid" ] && kill -0 "$(cat "$dir/kc.pid")" 2>/dev/null; then
    # never pull the data from under a running Keycloak: a changed realm is imported on the next start
    [ "$(cat "$dir/data/.realm-sha256" 2>/dev/null)" = "$sum" ] ||
      log "the realm changed since Keycloak started: ./yuanqu down && ./yuanqu up imports it"
    return 0
  fi
  if [ "$(cat "$dir/data/.realm-sha256" 2>/dev/null)" != "$sum" ]; then
    rm -rf "$dir/data/h2"
    printf '%s' "$sum" >"$dir/data/.realm-sha256"
  fi
  port_open "$port" && die "port $port is taken by another program (Keycloak cannot start)"
  mkdir -p "$(dirname "$logfile")"
  (
    export KC_BOOTSTRAP_ADMIN_USERNAME=kcadmin KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_ADMIN_PASSWORD"
    export JAVA_OPTS_KC_HEAP="-Xms64m -Xmx768m"
    exec setsid "$dir/bin/kc.sh" start-dev --http-port="$port" --http-management-port="$mgmt" \
      --health-enabled=true --import-realm --hostname-strict=false >"$logfile" 2>&1
  ) &
  echo $! >"$dir/kc.pid"
}

kc_stop() {
  local dir=$1
  stop_pidfile "$dir/kc.pid"
}

# stop_pidfile FILE — stops the process group started from FILE's pid.
stop_pidfile() {
  local f=$1 pid
  [ -f "$f" ] || return 0
  pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    local i
    for i in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.2
    done
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}

# wait_http URL SECONDS NAME — waits until URL answers 2xx.
wait_http() {
  local url=$1 timeout=$2 name=$3 i
  for i in $(seq 1 $((timeout * 2))); do
    if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then
      return 0
    fi
    sleep 0.5
  done
  die "$name did not become ready at $url within ${timeout}s"
}

# secrets_load FILE — loads the generated secrets of an environment, creating each one the first time
# it is needed (a checkout that gains a service gets the new secret added, the others kept).
SECRET_NAMES=(YUANQU_DB_PASSWORD KC_ADMIN_PASSWORD YUANQU_GATEWAY_CLIENT_SECRET YUANQU_ENTERPRISES_CLIENT_SECRET
  YUANQU_PROJECTS_CLIENT_SECRET YUANQU_SAFETY_CLIENT_SECRET YUANQU_LAND_CLIENT_SECRET YUANQU_DEPARTMENT_CLIENT_SECRET)
secrets_load() {
  local f=$1 name
  mkdir -p "$(dirname "$f")"
  (
    umask 077
    touch "$f"
    for name in "${SECRET_NAMES[@]}"; do
      grep -q "^$name=" "$f" || echo "$name=$(rand)" >>"$f"
    done
  )
  set -a
  # shellcheck disable=SC1090
  . "$f"
  set +a
}

rand() { head -c 24 /dev/urandom | base64 | tr -d '/+=' | cut -c1-24; }
