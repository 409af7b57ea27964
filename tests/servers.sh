#!/usr/bin/env bash
# Throwaway PostgreSQL 15, RabbitMQ and SMTP (exim) servers for the tests, on free loopback ports.
# Sourced by run-all.sh. For one test project: bash tests/servers.sh run dotnet test tests/X
PG_BIN=/usr/lib/postgresql/15/bin
RMQ_BIN=/usr/lib/rabbitmq/bin
EXIM_BIN=/usr/sbin/exim4
SERVERS_BASE=/tmp # not $TMPDIR: postgres must reach it, and socket paths must stay short

say() { echo "==> $*"; }
ms() { echo $(($(date +%s%N) / 1000000)); }
took() { local d=$(($(ms) - $1)); printf '%d.%02ds' $((d / 1000)) $((d % 1000 / 10)); }

free_port() { # first port from $1 up that nothing uses (listening or connected)
  local p=$1
  while [[ -n $(ss -Htan "( sport = :$p )") ]]; do p=$((p + 1)); done
  echo "$p"
}

wait_for() { # wait_for SECONDS WHAT CMD...
  local limit=$1 what=$2 until=$((SECONDS + $1)); shift 2
  until "$@" >/dev/null 2>&1; do
    ((SECONDS < until)) || { echo "error: $what not ready after ${limit}s" >&2; return 1; }
    sleep 0.2
  done
}

servers_install() {
  # chromium and its CJK fonts: the console's browser tests (Playwright drives Debian's chromium);
  # exim4-daemon-light: a throwaway SMTP server for the accounts' mail tests.
  if [[ -x $RMQ_BIN/rabbitmq-server && -x $PG_BIN/initdb && -x $EXIM_BIN && -x /usr/bin/chromium \
        && -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ]]; then
    say "rabbitmq-server, postgresql 15, exim4-daemon-light, chromium and fonts-noto-cjk already installed"; return
  fi
  local t; t=$(ms)
  # No init system here: a policy-rc.d that says 101 keeps the packages' postinst from
  # starting (or hanging on) system-wide services. Debian's images usually ship one already.
  local policy=/usr/sbin/policy-rc.d own_policy=
  [[ -e $policy ]] || { printf '#!/bin/sh\nexit 101\n' >$policy && chmod +x $policy && own_policy=1; }
  say "installing: apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y rabbitmq-server postgresql" \
    "exim4-daemon-light chromium fonts-noto-cjk"
  local log rc=0; log=$(mktemp)
  { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y -o DPkg::Lock::Timeout=300 \
      rabbitmq-server postgresql exim4-daemon-light chromium fonts-noto-cjk; } </dev/null >"$log" 2>&1 || rc=$?
  [[ -z $own_policy ]] || rm -f $policy
  if ((rc != 0)); then tail -n 40 "$log" >&2; rm -f "$log"; echo "error: apt-get failed ($rc)" >&2; return 1; fi
  rm -f "$log"
  say "installed in $(took "$t")"
}

servers_reap() { # stop nodes left behind by runs that died without cleaning up
  local d owner
  for d in "$SERVERS_BASE"/jjjmatch-servers.*; do
    [[ -d $d ]] || continue
    owner=$(cat "$d/owner" 2>/dev/null || echo 0)
    if ! kill -0 "$owner" 2>/dev/null; then say "removing servers left by an earlier run: $d"; servers_stop "$d"; fi
  done
}

servers_stop() {
  local dir=${1:-${SERVERS_DIR:-}} pid
  [[ -n $dir && -d $dir ]] || return 0
  if [[ -f $dir/pg/postmaster.pid ]]; then
    (cd / && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$dir/pg" -m immediate -t 20 stop) >/dev/null 2>&1 || true
  fi
  # Our beam's command line holds -home $dir/rabbit, so this matches our node and nothing else.
  for pid in $(pgrep -f -- "$dir/rabbit" || true); do kill -TERM "$pid" 2>/dev/null || true; done
  for _ in {1..50}; do pgrep -f -- "$dir/rabbit" >/dev/null || break; sleep 0.2; done
  for pid in $(pgrep -f -- "$dir/rabbit" || true); do kill -KILL "$pid" 2>/dev/null || true; done
  [[ -f $dir/epmd.pid ]] && kill "$(cat "$dir/epmd.pid")" 2>/dev/null || true
  [[ -f $dir/smtp/exim.pid ]] && kill "$(cat "$dir/smtp/exim.pid")" 2>/dev/null || true
  rm -rf "$dir"
}

pg_start() {
  local t; t=$(ms)
  PG_PORT=$(free_port 55432)
  install -d -o postgres -g postgres -m 700 "$SERVERS_DIR/pg"
  (cd / && runuser -u postgres -- "$PG_BIN/initdb" -D "$SERVERS_DIR/pg" -A trust -U postgres \
     -E UTF8 --locale=C.UTF-8 --no-sync) >"$SERVERS_DIR/initdb.log" 2>&1 \
    || { cat "$SERVERS_DIR/initdb.log" >&2; return 1; }
  (cd / && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$SERVERS_DIR/pg" -l "$SERVERS_DIR/pg/server.log" -w -t 60 \
     -o "-p $PG_PORT -k $SERVERS_DIR/pg -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
     start) >/dev/null || { cat "$SERVERS_DIR/pg/server.log" >&2; return 1; }
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -Atqc 'select 1' >/dev/null
  export JJJMATCH_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres"
  say "postgres on 127.0.0.1:$PG_PORT (started in $(took "$t"))"
}

rabbit_start() {
  local t r=$SERVERS_DIR/rabbit; t=$(ms)
  RABBIT_PORT=$(free_port 55672)
  local dist epmd; dist=$(free_port $((RABBIT_PORT + 100))) epmd=$(free_port 55369)
  mkdir -p "$r/log"
  # Run the node as root, bypassing Debian's /usr/sbin wrappers (they switch to the rabbitmq
  # user, whose HOME is /var/lib/rabbitmq): with HOME=$r the node and every rabbitmqctl call
  # share the cookie below, and nothing outside $SERVERS_DIR is read or written.
  (umask 077 && head -c 30 /dev/urandom | base64 | tr -dc A-Za-z0-9 >"$r/.erlang.cookie")
  : >"$r/rabbitmq-env.conf"
  echo '[].' >"$r/enabled_plugins"
  cat >"$r/env" <<EOF
export HOME=$r ERL_EPMD_PORT=$epmd ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_NODENAME=jjjmatch-$RABBIT_PORT@localhost RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT=$RABBIT_PORT RABBITMQ_DIST_PORT=$dist
export RABBITMQ_CONF_ENV_FILE=$r/rabbitmq-env.conf RABBITMQ_CONFIG_FILE=$r/rabbitmq
export RABBITMQ_ENABLED_PLUGINS_FILE=$r/enabled_plugins RABBITMQ_PID_FILE=$r/rabbit.pid
export RABBITMQ_MNESIA_BASE=$r/mnesia RABBITMQ_LOG_BASE=$r/log
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS='-kernel inet_dist_use_interface {127,0,0,1}'
EOF
  printf '#!/bin/sh\n. %s/env\nexec %s/rabbitmqctl -n "$RABBITMQ_NODENAME" "$@"\n' "$r" "$RMQ_BIN" >"$r/ctl"
  chmod +x "$r/ctl"
  # Our own epmd on our own port: never shared with another node, so it is ours to stop.
  (cd / && exec "$(command -v epmd || echo /usr/lib/erlang/bin/epmd)" -address 127.0.0.1 -port "$epmd") >"$r/log/epmd.log" 2>&1 </dev/null &
  echo $! >"$SERVERS_DIR/epmd.pid"
  # Else erl would start a daemon epmd of its own that we could not tell apart to stop.
  wait_for 10 "epmd on port $epmd" bash -c "</dev/tcp/127.0.0.1/$epmd"
  (cd / && . "$r/env" && "$RMQ_BIN/rabbitmq-server" -detached) >"$r/log/detached.log" 2>&1 </dev/null
  if ! wait_for 90 "rabbitmq" sh -c ". '$r/env' && exec '$RMQ_BIN/rabbitmq-diagnostics' -q -n \"\$RABBITMQ_NODENAME\" ping"; then
    tail -n 30 "$r"/log/*.log >&2 || true; return 1
  fi
  wait_for 30 "rabbitmq AMQP port $RABBIT_PORT" bash -c "</dev/tcp/127.0.0.1/$RABBIT_PORT"
  export JJJMATCH_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:$RABBIT_PORT/"
  export JJJMATCH_TEST_RABBITMQ_CTL="$r/ctl"
  say "rabbitmq on 127.0.0.1:$RABBIT_PORT, dist $dist, epmd $epmd (started in $(took "$t")); control: $r/ctl"
}

smtp_start() {
  # exim as a daemon on loopback with its own configuration: every recipient of every domain is delivered into one
  # Maildir the tests read (JJJMATCH_TEST_MAILDIR). With -C exim gives up root: it runs and delivers as Debian-exim.
  local t s=$SERVERS_DIR/smtp; t=$(ms)
  SMTP_PORT=$(free_port 55025)
  mkdir -p "$s/spool" "$s/log" "$s/Maildir/new" "$s/Maildir/cur" "$s/Maildir/tmp"
  cat >"$s/exim.conf" <<EOF
primary_hostname = jjjmatch.test
exim_user = Debian-exim
exim_group = Debian-exim
local_interfaces = 127.0.0.1
daemon_smtp_ports = $SMTP_PORT
spool_directory = $s/spool
log_file_path = $s/log/%slog
pid_file_path = $s/exim.pid
tls_advertise_hosts =
host_lookup =
rfc1413_hosts =
domainlist local_domains = *
acl_smtp_rcpt = accept_all
message_size_limit = 1M
begin acl
accept_all:
  accept
begin routers
everyone:
  driver = accept
  transport = maildir
begin transports
maildir:
  driver = appendfile
  directory = $s/Maildir
  maildir_format
  envelope_to_add
  user = Debian-exim
  group = Debian-exim
  mode = 0644
EOF
  # Exim reads only a configuration its owner (root here) alone may change.
  chown -R Debian-exim:Debian-exim "$s/spool" "$s/log" "$s/Maildir" && chmod 644 "$s/exim.conf"
  (cd / && "$EXIM_BIN" -C "$s/exim.conf" -bd -oX "$SMTP_PORT" -oP "$s/exim.pid") </dev/null \
    || { tail -n 20 "$s"/log/* >&2 || true; return 1; }
  wait_for 20 "smtp port $SMTP_PORT" bash -c "</dev/tcp/127.0.0.1/$SMTP_PORT"
  export JJJMATCH_TEST_SMTP="127.0.0.1:$SMTP_PORT" JJJMATCH_TEST_MAILDIR="$s/Maildir"
  say "smtp (exim) on 127.0.0.1:$SMTP_PORT delivering to $s/Maildir (started in $(took "$t"))"
}

servers_start() {
  servers_reap
  SERVERS_DIR=$(mktemp -d "$SERVERS_BASE/jjjmatch-servers.XXXXXX")
  chmod 755 "$SERVERS_DIR" # postgres must reach its data dir inside
  echo $$ >"$SERVERS_DIR/owner"
  pg_start
  rabbit_start
  smtp_start
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  set -euo pipefail
  [[ ${1:-} == run && $# -ge 2 ]] || { echo "usage: bash tests/servers.sh run CMD..." >&2; exit 2; }
  shift
  trap servers_stop EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  servers_install
  servers_start
  "$@"
fi
