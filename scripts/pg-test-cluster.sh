#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the store tests, listening only on 127.0.0.1.
#
#   scripts/pg-test-cluster.sh start DIR PORT   creates the cluster in DIR if absent, starts it and
#                                               prints its URL as the last line of stdout:
#                                               postgresql://postgres@127.0.0.1:PORT/kompas_test
#   scripts/pg-test-cluster.sh stop DIR         stops it (the files stay; remove DIR to discard)
#
# Both are idempotent. As root, the server runs as the `postgres` user (initdb refuses root).
# The Debian main cluster (port 5432) is left alone. Trust authentication and fsync=off: for
# tests only, never for data that matters.
set -euo pipefail

readonly PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
readonly DATABASE=kompas_test

die() {
    echo "pg-test-cluster: $*" >&2
    exit 1
}

usage() {
    echo "usage: $0 start DIR PORT | stop DIR" >&2
    exit 2
}

# Runs a command as the cluster's owner: `postgres` when we are root, ourselves otherwise.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

is_running() {
    [ -f "$DATA/PG_VERSION" ] && as_owner "$PG_BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

start() {
    local port=$1
    if ! [[ $port =~ ^[0-9]+$ ]] || [ "$port" -lt 1024 ] || [ "$port" -gt 65535 ]; then
        die "PORT must be 1024-65535, not '$port'"
    fi
    [ "$port" -ne 5432 ] || die "port 5432 belongs to the system cluster; choose another, e.g. 55432"
    [ -x "$PG_BIN/initdb" ] || die "no PostgreSQL 15 in $PG_BIN (apt-get install postgresql-15)"

    # Never take over a directory that holds something else.
    if [ -d "$DIR" ] && [ ! -d "$DATA" ] && [ -n "$(ls -A "$DIR")" ]; then
        die "$DIR exists and is not empty; give an empty or new directory"
    fi
    mkdir -p "$DIR"
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || die "no 'postgres' user (is the postgresql package installed?)"
        chown postgres:postgres "$DIR"
    fi
    chmod 700 "$DIR"
    as_owner test -w "$DIR" || die "the postgres user cannot write $DIR (is a parent directory private?)"

    if [ ! -f "$DATA/PG_VERSION" ]; then
        rm -rf "$DATA"  # a half-made cluster from an interrupted start
        if ! as_owner "$PG_BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
            >"$DIR/initdb.log" 2>&1; then
            cat "$DIR/initdb.log" >&2
            rm -rf "$DATA"
            die "initdb failed"
        fi
    fi

    if is_running; then
        local running_port
        running_port=$(sed -n 4p "$DATA/postmaster.pid")
        [ "$running_port" = "$port" ] || die "already running on port $running_port; stop it first"
    else
        # No unix socket: the tests and the scripts connect over TCP only.
        if ! as_owner "$PG_BIN/pg_ctl" -D "$DATA" -l "$DIR/postgres.log" -w -t 60 start -o \
            "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='' -c fsync=off \
             -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null; then
            tail -n 20 "$DIR/postgres.log" >&2 || true
            as_owner "$PG_BIN/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null 2>&1 || true
            die "the server did not start (is port $port taken?)"
        fi
    fi

    local tries=0
    until as_owner "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres; do
        tries=$((tries + 1))
        [ "$tries" -lt 60 ] || die "the server did not accept connections within 30 s"
        sleep 0.5
    done

    local psql=("$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1)
    if [ -z "$(as_owner "${psql[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" ]; then
        as_owner "${psql[@]}" -c "CREATE DATABASE $DATABASE" >/dev/null
    fi
    echo "postgresql://postgres@127.0.0.1:$port/$DATABASE"
}

stop() {
    if is_running; then
        as_owner "$PG_BIN/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >/dev/null
        echo "stopped the cluster in $DIR" >&2
    else
        echo "no cluster running in $DIR" >&2
    fi
}

[ $# -ge 2 ] || usage
COMMAND=$1
DIR=$(realpath -m -- "$2")
DATA=$DIR/data
readonly COMMAND DIR DATA
cd /  # the postgres user may not be allowed into the caller's directory

case $COMMAND in
    start)
        [ $# -eq 3 ] || usage
        start "$3"
        ;;
    stop)
        [ $# -eq 2 ] || usage
        stop
        ;;
    *) usage ;;
esac
