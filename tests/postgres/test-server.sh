#!/usr/bin/env bash
# A throw-away PostgreSQL 15 for the tests (issue 21, item 5):
#   test-server.sh start DIR   initdb into DIR, start it, print the connection URI (also in DIR/uri)
#   test-server.sh stop DIR    stop it and delete DIR
# The server listens on a Unix socket in DIR only (listen_addresses = ''): no network.
# Local connections are trusted: nobody but the folder's owner (and root) can reach the
# socket, and the data is thrown away. fsync is off for the same reason. The one
# exception: the role leadstage_password_test (which tests create) must give a password
# (scram-sha-256), for the tests of asking for one.
#
# initdb refuses to run as root. As root (CI), the server runs as the `postgres` system
# user (else `nobody`) through runuser, in a folder it owns under /tmp: the build folder
# may sit under a home that user cannot enter (so may $TMPDIR). DIR is then a symbolic
# link to that folder, so the URI still names DIR.
set -euo pipefail

readonly user_name=leadstage_test database_name=leadstage_test port=5432

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
mode="$1"
dir="$2"
case "$dir" in /*) ;; *) dir="$PWD/$dir" ;; esac

find_bindir() {
    local candidate
    if command -v pg_config >/dev/null && [ -x "$(pg_config --bindir)/initdb" ]; then
        pg_config --bindir
        return
    fi
    for candidate in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
        [ -x "$candidate/initdb" ] && { echo "$candidate"; return; }
    done
    echo "test-server.sh: no PostgreSQL server found (initdb): install the Debian package postgresql" >&2
    exit 1
}

# The unprivileged user that runs the server when we are root; empty when we are not.
server_user() {
    [ "$(id -u)" -eq 0 ] || return 0
    if id -u postgres >/dev/null 2>&1; then echo postgres; else echo nobody; fi
}

as_server_user() {
    local user
    user="$(server_user)"
    if [ -n "$user" ]; then
        (cd / && runuser -u "$user" -- "$@")
    else
        "$@"
    fi
}

# The folder that really holds the cluster (in data/), its logs and the socket: DIR
# itself, or what DIR links to.
base_dir() {
    if [ -L "$dir" ]; then readlink "$dir"; else echo "$dir"; fi
}

stop_server() {
    local base bindir
    [ -e "$dir" ] || [ -L "$dir" ] || return 0
    base="$(base_dir)"
    if [ -f "$base/data/postmaster.pid" ]; then
        bindir="$(find_bindir)"
        as_server_user "$bindir/pg_ctl" stop -D "$base/data" -m immediate -w >/dev/null 2>&1 || true
    fi
    rm -rf -- "$base"
    rm -rf -- "$dir"
}

start_server() {
    local bindir user base uri
    bindir="$(find_bindir)"
    stop_server # what a crashed run left behind
    mkdir -p "$(dirname "$dir")"
    user="$(server_user)"
    if [ -n "$user" ]; then
        base="$(mktemp -d /tmp/leadstage-test-postgres.XXXXXX)"
        chown "$user" "$base"
        chmod 700 "$base"
        ln -s "$base" "$dir"
    else
        base="$dir"
        mkdir -p -m 700 "$base"
    fi
    # The socket's path must fit in sockaddr_un (107 bytes).
    if [ ${#dir} -gt 90 ]; then
        echo "test-server.sh: the socket folder $dir is too long for a Unix socket; use a shorter build path" >&2
        exit 1
    fi
    if ! as_server_user "$bindir/initdb" --pgdata="$base/data" --username="$user_name" --auth=trust \
            --encoding=UTF8 --locale=C --no-sync >"$base/initdb.log" 2>&1; then
        cat "$base/initdb.log" >&2
        echo "test-server.sh: initdb failed (above)" >&2
        exit 1
    fi
    as_server_user tee -a "$base/data/postgresql.conf" >/dev/null <<CONF
listen_addresses = ''
unix_socket_directories = '$base'
port = $port
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 40
shared_buffers = 64MB
CONF
    # pg_hba.conf is read top down: the password role's line first, then initdb's trust.
    { echo "local all leadstage_password_test scram-sha-256"; cat "$base/data/pg_hba.conf"; } >"$base/pg_hba.new"
    as_server_user cp "$base/pg_hba.new" "$base/data/pg_hba.conf"
    rm -f "$base/pg_hba.new"
    if ! as_server_user "$bindir/pg_ctl" start -D "$base/data" -l "$base/server.log" -w -t 60 >/dev/null; then
        cat "$base/server.log" >&2 || true
        echo "test-server.sh: the server did not start (its log is above)" >&2
        exit 1
    fi
    if ! as_server_user "$bindir/createdb" -h "$base" -p "$port" -U "$user_name" "$database_name"; then
        echo "test-server.sh: createdb $database_name failed" >&2
        exit 1
    fi
    uri="postgresql://$user_name@/$database_name?host=$dir&port=$port"
    as_server_user tee "$base/uri" >/dev/null <<<"$uri"
    echo "$uri"
}

case "$mode" in
    start) start_server ;;
    stop) stop_server ;;
    *) usage ;;
esac
