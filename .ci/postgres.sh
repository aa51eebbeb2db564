# Sourced by .ci/run: start a throw-away PostgreSQL for the tests and export NEWSPROBE_TEST_PG.
#
# Debian's postgresql package (installed when missing and apt works); a cluster made with
# initdb in a temporary folder, listening on 127.0.0.1 only (a free port; its unix socket in
# that folder), run as the unprivileged `postgres` user when this script runs as root
# (PostgreSQL refuses root).  `pg_stop` (set as an EXIT trap by the caller) stops it and
# removes the folder.  Where nothing can be started the tests that need it skip.

pg_start() {
    local bindir=""
    for d in /usr/lib/postgresql/*/bin; do
        [ -x "$d/initdb" ] && bindir="$d"
    done
    if [ -z "$bindir" ]; then
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql \
            >/dev/null) || { echo "ci: postgresql could not be installed; its tests skip" >&2; return 0; }
        for d in /usr/lib/postgresql/*/bin; do
            [ -x "$d/initdb" ] && bindir="$d"
        done
        [ -n "$bindir" ] || { echo "ci: no initdb after installing postgresql" >&2; return 0; }
    fi
    PG_DIR="$(mktemp -d /tmp/newsprobe-pg.XXXXXX)"
    local as=()
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
        chown postgres "$PG_DIR"
        as=(runuser -u postgres --)
    fi
    local port
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    if ! "${as[@]}" "$bindir/initdb" -D "$PG_DIR/data" -U newsprobe --auth=trust \
            --encoding=UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1; then
        echo "ci: initdb failed; PostgreSQL tests skip:" >&2
        tail -5 "$PG_DIR/initdb.log" >&2
        return 0
    fi
    if ! "${as[@]}" "$bindir/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 start \
            -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$PG_DIR \
                -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
                -c max_connections=200" >/dev/null; then
        echo "ci: PostgreSQL did not start; its tests skip:" >&2
        tail -5 "$PG_DIR/server.log" >&2
        return 0
    fi
    PG_BINDIR="$bindir"
    PG_AS=("${as[@]}")
    export NEWSPROBE_TEST_PG="postgresql://newsprobe@127.0.0.1:$port/postgres"
    echo "ci: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
}

pg_stop() {
    if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ] && [ -n "${PG_BINDIR:-}" ]; then
        "${PG_AS[@]}" "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    [ -n "${PG_DIR:-}" ] && rm -rf "$PG_DIR"
    return 0
}
