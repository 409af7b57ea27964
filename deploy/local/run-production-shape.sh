#!/usr/bin/env bash
# The production shape on one machine, as docs/operations.md describes it: PostgreSQL with password authentication,
# a RabbitMQ node, and the accounts (the token server), achievements, demands, matching and notifications services
# as five processes of the built host, each with its own database and login. The other services trust the accounts
# process's tokens through Auth:Authority (its discovery document and JWKS). Debian 12, as root; nothing starts by
# itself here (no systemd).
#
#   bash deploy/local/run-production-shape.sh start     # install if missing, initialise once, start, wait until ready
#   bash deploy/local/run-production-shape.sh check     # servers, password logins, each service's readiness (JSON)
#   bash deploy/local/run-production-shape.sh smoke     # publish an achievement, open a demand, see the suggestion;
#                                                         # discovery and JWKS of the accounts process, a partner
#                                                         # token of it accepted by achievements and notifications
#   bash deploy/local/run-production-shape.sh token university   # a bearer token for the API
#   bash deploy/local/run-production-shape.sh restart   # stop, then start on the same data
#   bash deploy/local/run-production-shape.sh stop      # services first, then RabbitMQ and PostgreSQL; data kept
#   bash deploy/local/run-production-shape.sh clean     # stop, then delete the state folder (data, secrets, logs)
#
# Settings (environment; the ports are remembered in the state folder at the first start):
#   JJJ_STATE=/var/lib/jjjmatch-local   data, secrets (mode 600), logs and process ids
#   JJJ_PG_PORT=5432 JJJ_AMQP_PORT=5672 JJJ_RABBIT_DIST_PORT=25672 JJJ_EPMD_PORT=4369
#   JJJ_ACHIEVEMENTS_PORT=5081 JJJ_DEMANDS_PORT=5082 JJJ_MATCHING_PORT=5083 JJJ_ACCOUNTS_PORT=5084
#   JJJ_NOTIFICATIONS_PORT=5085
#   JJJ_HOST_DLL=src/JjjMatch.Host/bin/Release/net10.0/JjjMatch.Host.dll   JJJ_BUILD=1 (0: use the built one as is)
#   JJJ_WAIT=180   seconds to wait for each server and service
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STATE=${JJJ_STATE:-/var/lib/jjjmatch-local}
PG_BIN=/usr/lib/postgresql/15/bin
RMQ_BIN=/usr/lib/rabbitmq/bin
SERVICES=(accounts achievements demands matching notifications)

say() { echo "==> $*"; }
fail() { echo "error: $*" >&2; exit 1; }

load_settings() {
  if [[ -f $STATE/settings.env ]]; then
    # shellcheck disable=SC1091 # written by initialise
    . "$STATE/settings.env"
  else
    PG_PORT=${JJJ_PG_PORT:-5432} AMQP_PORT=${JJJ_AMQP_PORT:-5672}
    RABBIT_DIST_PORT=${JJJ_RABBIT_DIST_PORT:-25672} EPMD_PORT=${JJJ_EPMD_PORT:-4369}
    ACHIEVEMENTS_PORT=${JJJ_ACHIEVEMENTS_PORT:-5081} DEMANDS_PORT=${JJJ_DEMANDS_PORT:-5082}
    MATCHING_PORT=${JJJ_MATCHING_PORT:-5083}
  fi
  # Added after the first three: a state folder made before them gets them at its next start.
  ACCOUNTS_PORT=${ACCOUNTS_PORT:-${JJJ_ACCOUNTS_PORT:-5084}}
  NOTIFICATIONS_PORT=${NOTIFICATIONS_PORT:-${JJJ_NOTIFICATIONS_PORT:-5085}}
  HOST_DLL=${JJJ_HOST_DLL:-$REPO/src/JjjMatch.Host/bin/Release/net10.0/JjjMatch.Host.dll}
  WAIT=${JJJ_WAIT:-180}
}

port_of() { local v=${1^^}_PORT; echo "${!v}"; }
url_of() { echo "http://127.0.0.1:$(port_of "$1")"; }
secret() { cat "$STATE/secrets/$1"; }

wait_until() { # wait_until WHAT COMMAND...: retries COMMAND for $WAIT seconds
  local what=$1 until=$((SECONDS + WAIT)); shift
  until "$@" >/dev/null 2>&1; do
    ((SECONDS < until)) || { echo "error: $what not ready after ${WAIT}s" >&2; return 1; }
    sleep 0.5
  done
}

alive() { # alive PIDFILE TEXT: that process runs, and its command line holds TEXT (not a reused pid)
  local pid
  pid=$(cat "$1" 2>/dev/null) && [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null \
    && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$2"
}

# --- installation and first start ------------------------------------------------------------------------------

install_servers() {
  [[ -x $PG_BIN/initdb && -x $RMQ_BIN/rabbitmq-server ]] && return
  say "installing rabbitmq-server and postgresql (Debian packages)"
  # No init system: a policy-rc.d that answers 101 keeps the packages from starting system-wide services.
  local policy=/usr/sbin/policy-rc.d own=
  [[ -e $policy ]] || { printf '#!/bin/sh\nexit 101\n' >$policy && chmod +x $policy && own=1; }
  local rc=0
  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q rabbitmq-server postgresql; } \
    </dev/null || rc=$?
  [[ -z $own ]] || rm -f $policy
  ((rc == 0)) || fail "apt-get failed ($rc)"
}

initialise() { # once per state folder: secrets, settings, an empty PostgreSQL cluster
  [[ -f $STATE/settings.env ]] && return
  say "initialising $STATE"
  install -d -m 755 "$STATE" # postgres must reach its data folder inside
  install -d -m 700 "$STATE/secrets"
  install -d -m 755 "$STATE/logs" "$STATE/run"
  touch "$STATE/.jjjmatch-local"
  (
    umask 077
    openssl rand -hex 24 >"$STATE/secrets/postgres.password"
    openssl rand -hex 24 >"$STATE/secrets/rabbitmq.password"
    openssl rand -base64 48 >"$STATE/secrets/signing.key" # HS256 key shared by the three services
    echo "127.0.0.1:$PG_PORT:*:postgres:$(secret postgres.password)" >"$STATE/secrets/pgpass"
  )

  # PostgreSQL 15 refuses to run as root. scram-sha-256 for every connection, local socket included.
  install -d -o postgres -g postgres -m 700 "$STATE/pg"
  install -o postgres -g postgres -m 600 "$STATE/secrets/postgres.password" "$STATE/run/pwfile"
  install -o postgres -g postgres -m 640 /dev/null "$STATE/logs/postgres.log"
  (cd / && runuser -u postgres -- "$PG_BIN/initdb" -D "$STATE/pg" -U postgres --pwfile="$STATE/run/pwfile" \
    -A scram-sha-256 -E UTF8 --locale=C.UTF-8) >"$STATE/logs/initdb.log" 2>&1 \
    || { cat "$STATE/logs/initdb.log" >&2; fail "initdb failed"; }
  rm -f "$STATE/run/pwfile"

  cat >"$STATE/settings.env" <<EOF
PG_PORT=$PG_PORT AMQP_PORT=$AMQP_PORT RABBIT_DIST_PORT=$RABBIT_DIST_PORT EPMD_PORT=$EPMD_PORT
ACHIEVEMENTS_PORT=$ACHIEVEMENTS_PORT DEMANDS_PORT=$DEMANDS_PORT MATCHING_PORT=$MATCHING_PORT
ACCOUNTS_PORT=$ACCOUNTS_PORT NOTIFICATIONS_PORT=$NOTIFICATIONS_PORT
EOF
}

# --- PostgreSQL ------------------------------------------------------------------------------------------------

psql_admin() { PGPASSFILE=$STATE/secrets/pgpass "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qAt "$@"; }

start_postgres() {
  if ! (cd / && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$STATE/pg" status) >/dev/null 2>&1; then
    say "starting PostgreSQL on 127.0.0.1:$PG_PORT"
    (cd / && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$STATE/pg" -l "$STATE/logs/postgres.log" -w -t "$WAIT" \
      -o "-p $PG_PORT -k $STATE/pg -c listen_addresses=127.0.0.1" start) >/dev/null \
      || { tail -n 20 "$STATE/logs/postgres.log" >&2; fail "PostgreSQL did not start"; }
  fi
  wait_until "PostgreSQL" psql_admin -c 'select 1'
  local s
  for s in "${SERVICES[@]}"; do
    [[ $(psql_admin -c "select 1 from pg_roles where rolname = 'jjjmatch_$s'") == 1 ]] && continue
    # A database and a login per service (as deploy/postgres-init.sql), with its own generated password.
    [[ -s $STATE/secrets/$s.password ]] || (umask 077 && openssl rand -hex 24 >"$STATE/secrets/$s.password")
    say "creating the database and login jjjmatch_$s"
    psql_admin -v ON_ERROR_STOP=1 -v pw="$(secret "$s.password")" -f - <<SQL
CREATE ROLE jjjmatch_$s LOGIN PASSWORD :'pw';
CREATE DATABASE jjjmatch_$s OWNER jjjmatch_$s;
REVOKE CONNECT, TEMPORARY ON DATABASE jjjmatch_$s FROM PUBLIC;
SQL
  done
}

stop_postgres() {
  [[ -f $STATE/pg/postmaster.pid ]] || return 0
  say "stopping PostgreSQL"
  (cd / && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$STATE/pg" -m fast -w -t 60 stop) >/dev/null
}

# --- RabbitMQ --------------------------------------------------------------------------------------------------

rabbit_env() { # the node runs as root with its own HOME, epmd and files under $STATE/rabbit
  local r=$STATE/rabbit
  export HOME=$r ERL_EPMD_PORT=$EPMD_PORT ERL_EPMD_ADDRESS=127.0.0.1
  export RABBITMQ_NODENAME=jjjmatch@localhost RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  export RABBITMQ_NODE_PORT=$AMQP_PORT RABBITMQ_DIST_PORT=$RABBIT_DIST_PORT
  export RABBITMQ_CONF_ENV_FILE=$r/rabbitmq-env.conf RABBITMQ_CONFIG_FILE=$r/rabbitmq
  export RABBITMQ_ENABLED_PLUGINS_FILE=$r/enabled_plugins RABBITMQ_PID_FILE=$r/rabbit.pid
  export RABBITMQ_MNESIA_BASE=$r/mnesia RABBITMQ_LOG_BASE=$STATE/logs/rabbitmq
  export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS='-kernel inet_dist_use_interface {127,0,0,1}'
}

rabbitmqctl() { (rabbit_env && cd / && "$RMQ_BIN/rabbitmqctl" -n "$RABBITMQ_NODENAME" "$@"); }

amqp_port_open() { bash -c "</dev/tcp/127.0.0.1/$AMQP_PORT"; }

start_rabbitmq() {
  local r=$STATE/rabbit
  if ! alive "$r/rabbit.pid" "-home $r "; then
    say "starting RabbitMQ on 127.0.0.1:$AMQP_PORT"
    mkdir -p "$r" "$STATE/logs/rabbitmq"
    [[ -f $r/.erlang.cookie ]] || (umask 077 && openssl rand -hex 20 >"$r/.erlang.cookie")
    : >"$r/rabbitmq-env.conf"
    echo '[].' >"$r/enabled_plugins"
    # epmd on its own port, so that stopping it stops no other node's
    if ! alive "$STATE/run/epmd.pid" "-port $EPMD_PORT"; then
      (cd / && exec "$(command -v epmd || echo /usr/lib/erlang/bin/epmd)" -address 127.0.0.1 -port "$EPMD_PORT") \
        >"$STATE/logs/epmd.log" 2>&1 </dev/null &
      echo $! >"$STATE/run/epmd.pid"
      wait_until "epmd" bash -c "</dev/tcp/127.0.0.1/$EPMD_PORT"
    fi
    rm -f "$r/rabbit.pid" # left by an unclean stop, it would point `wait` at a process that is gone
    (rabbit_env && cd / && "$RMQ_BIN/rabbitmq-server" -detached) >"$STATE/logs/rabbitmq-detached.log" 2>&1 </dev/null
  fi
  # The node writes its pid file early; `wait` returns once the broker has booted, then its AMQP port answers.
  rabbitmqctl -q wait --timeout "$WAIT" "$r/rabbit.pid" >/dev/null \
    || { tail -n 20 "$STATE"/logs/rabbitmq/*.log >&2 || true; fail "RabbitMQ did not start"; }
  wait_until "RabbitMQ's AMQP port $AMQP_PORT" amqp_port_open
  [[ -f $STATE/run/broker-user-created ]] && return
  # A user and a virtual host for the product: guest stays loopback-only and unused.
  rabbitmqctl -q add_vhost jjjmatch
  rabbitmqctl -q add_user jjjmatch "$(secret rabbitmq.password)" >/dev/null
  rabbitmqctl -q set_permissions -p jjjmatch jjjmatch '.*' '.*' '.*'
  touch "$STATE/run/broker-user-created"
}

stop_rabbitmq() {
  local r=$STATE/rabbit pid
  if alive "$r/rabbit.pid" "-home $r "; then
    say "stopping RabbitMQ"
    pid=$(cat "$r/rabbit.pid")
    rabbitmqctl -q stop >/dev/null 2>&1 || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  if alive "$STATE/run/epmd.pid" "-port $EPMD_PORT"; then kill "$(cat "$STATE/run/epmd.pid")" 2>/dev/null || true; fi
  rm -f "$STATE/run/epmd.pid"
}

# --- the five services ----------------------------------------------------------------------------------------

connection_string() {
  echo "Host=127.0.0.1;Port=$PG_PORT;Database=jjjmatch_$1;Username=jjjmatch_$1;Password=$(secret "$1.password")"
}

service_env() { # the settings of one service process, as environment variables
  local s=$1
  Services=$s Urls=$(url_of "$s")
  Database__Provider=PostgreSql
  printf -v "ConnectionStrings__${s^}" '%s' "$(connection_string "$s")"
  Bus__Transport=RabbitMq Bus__RabbitMqUri="amqp://jjjmatch:$(secret rabbitmq.password)@127.0.0.1:$AMQP_PORT/jjjmatch"
  Auth__SigningKey=$(secret signing.key) # the key from its file (mode 600), never on a command line
  Auth__DemoAccounts=false DemoData__Enabled=false
  export Services Urls Database__Provider "ConnectionStrings__${s^}" Bus__Transport Bus__RabbitMqUri
  export Auth__SigningKey Auth__DemoAccounts DemoData__Enabled
  if [[ $s == accounts ]]; then
    # The token server: its issuer is the address the other processes reach it by; plain HTTP on loopback only.
    # Keys (signing, encryption, Data Protection) in a secret folder the service makes with mode 700; no SMTP server
    # here, so mails are written to a folder (docs/accounts.md#mail).
    export Accounts__Issuer="$(url_of accounts)/" Accounts__PublicBaseUrl="$(url_of accounts)"
    export Accounts__RequireHttps=false Accounts__KeysDirectory=$STATE/keys Mail__Folder=$STATE/mail
  else
    export Auth__Authority="$(url_of accounts)/"
  fi
}

build_host() {
  if [[ ${JJJ_BUILD:-1} != 0 ]]; then
    say "building the host: dotnet build src/JjjMatch.Host -c Release"
    dotnet build "$REPO/src/JjjMatch.Host" -c Release -v q -nologo >"$STATE/logs/build.log" 2>&1 \
      || { tail -n 30 "$STATE/logs/build.log" >&2; fail "build failed"; }
  fi
  [[ -f $HOST_DLL ]] || fail "no built host at $HOST_DLL (run without JJJ_BUILD=0 to build it)"
}

start_service() {
  local s=$1
  local pidfile=$STATE/run/$s.pid
  alive "$pidfile" JjjMatch.Host && return
  say "starting $s on $(url_of "$s")"
  (
    service_env "$s"
    # shellcheck disable=SC2016 # expanded by the inner bash: its own pid, then dotnet under that pid
    cd "$STATE" && exec setsid bash -c 'echo $$ >"$0"; exec dotnet "$1"' "$pidfile" "$HOST_DLL"
  ) >>"$STATE/logs/$s.log" 2>&1 </dev/null &
  for _ in $(seq 1 50); do [[ -s $pidfile ]] && break; sleep 0.1; done
}

ready_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$(url_of "$1")/health/ready" || true; }

wait_ready() { # 200 = Healthy or Degraded; 503 = Unhealthy (still migrating, loading its index, or a database down)
  local s=$1 until=$((SECONDS + WAIT))
  until [[ $(ready_code "$s") == 200 ]]; do
    alive "$STATE/run/$s.pid" JjjMatch.Host || { tail -n 30 "$STATE/logs/$s.log" >&2; fail "$s exited"; }
    ((SECONDS < until)) || { tail -n 30 "$STATE/logs/$s.log" >&2; fail "$s not ready after ${WAIT}s"; }
    sleep 0.5
  done
  say "$s ready: $(health_summary "$(curl -s "$(url_of "$s")/health/ready")")"
}

stop_service() {
  local s=$1 pid
  local pidfile=$STATE/run/$s.pid
  alive "$pidfile" JjjMatch.Host || { rm -f "$pidfile"; return 0; }
  pid=$(cat "$pidfile")
  say "stopping $s (pid $pid)"
  kill -TERM "$pid"
  for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -KILL "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do alive "$pidfile" JjjMatch.Host || break; sleep 0.1; done
  rm -f "$pidfile"
}

health_summary() { # {"status":"Healthy","entries":{"x":{...,"status":"Healthy"}}} -> Healthy (x Healthy, ...)
  printf '%s\n' "$1" | tr -d '\n' | awk '{
    depth = 0; key = ""; entry = ""; out = ""; overall = ""; n = length($0)
    for (i = 1; i <= n; i++) {
      c = substr($0, i, 1)
      if (c == "\"") {
        j = i + 1; s = ""
        while (j <= n && substr($0, j, 1) != "\"") { if (substr($0, j, 1) == "\\") j++; s = s substr($0, j, 1); j++ }
        i = j
        if (substr($0, i + 1, 1) == ":") { key = s; if (depth == 2) entry = s }
        else if (key == "status" && depth == 1) overall = s
        else if (key == "status" && depth == 3) out = out (out == "" ? "" : ", ") entry " " s
      } else if (c == "{") depth++
      else if (c == "}") depth--
    }
    printf "%s (%s)\n", overall, out
  }'
}

# --- commands --------------------------------------------------------------------------------------------------

cmd_start() {
  [[ $(id -u) == 0 ]] || fail "run as root (PostgreSQL is started through runuser)"
  install_servers
  initialise
  start_postgres
  start_rabbitmq
  build_host
  for s in "${SERVICES[@]}"; do start_service "$s"; done
  for s in "${SERVICES[@]}"; do wait_ready "$s"; done
  say "running; state in $STATE, logs in $STATE/logs"
}

cmd_check() {
  local bad=0 s code other body
  if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then echo "postgres: accepting connections on $PG_PORT"
  else echo "postgres: DOWN"; bad=1; fi
  if rabbitmqctl -q status >/dev/null 2>&1 && amqp_port_open 2>/dev/null; then
    echo "rabbitmq: running, AMQP on $AMQP_PORT"
  else echo "rabbitmq: DOWN"; bad=1; fi
  for s in "${SERVICES[@]}"; do
    # Password authentication: the service's own password opens its database, a wrong one or another database not.
    other=$([[ $s == matching ]] && echo achievements || echo matching)
    if PGPASSWORD=$(secret "$s.password") "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "jjjmatch_$s" \
      -d "jjjmatch_$s" -qAtc 'select 1' >/dev/null 2>&1 \
      && ! PGPASSWORD=wrong "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "jjjmatch_$s" -d "jjjmatch_$s" \
        -qAtc 'select 1' >/dev/null 2>&1 \
      && ! PGPASSWORD=$(secret "$s.password") "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "jjjmatch_$s" \
        -d "jjjmatch_$other" -qAtc 'select 1' >/dev/null 2>&1; then
      echo "login jjjmatch_$s: own password opens jjjmatch_$s; a wrong password and jjjmatch_$other are refused"
    else
      echo "login jjjmatch_$s: password authentication is not as expected"; bad=1
    fi
  done
  for s in "${SERVICES[@]}"; do
    code=$(ready_code "$s")
    body=$(curl -s --max-time 5 "$(url_of "$s")/health/ready" || true)
    echo "$s $(url_of "$s")/health/ready: $code $(health_summary "$body")"
    [[ $code == 200 ]] || bad=1
  done
  return $bad
}

cmd_token() { # token ROLE: a bearer token signed with this installation's key
  [[ -n ${1:-} ]] || fail "usage: $0 token university|enterprise|intermediary|operator"
  (
    service_env matching
    # One organisation per role and installation: outside the embedded default there are no demo accounts.
    local org_file="$STATE/organisation-$1" coverage=()
    [[ -s $org_file ]] || cat /proc/sys/kernel/random/uuid >"$org_file"
    [[ $1 == intermediary ]] && coverage=(--regions "beijing,tianjin,hebei" --industries "钢铁,新材料,电子信息,装备制造")
    cd "$STATE" && dotnet "$HOST_DLL" token --role "$1" --organisation "$(cat "$org_file")" \
      --organisation-name "local $1" "${coverage[@]}"
  )
}

json_id() { grep -o '"id":"[0-9a-f-]*"' | head -n 1 | cut -d '"' -f 4; }

api() { # api TOKEN METHOD URL [BODY-FILE]
  local args=(-sS --fail-with-body --max-time 30 -X "$2" -H "Authorization: Bearer $1")
  [[ -z ${4:-} ]] || args+=(-H 'Content-Type: application/json' --data-binary "@$4")
  curl "${args[@]}" "$3"
}

cmd_smoke() { # the examples of docs/examples through the API: an achievement and a demand meet in a suggestion
  local university enterprise achievement demand body matches until=$((SECONDS + WAIT))
  university=$(cmd_token university)
  enterprise=$(cmd_token enterprise)
  achievement=$(api "$university" POST "$(url_of achievements)/api/achievements" \
    "$REPO/docs/examples/achievement.json" | json_id)
  api "$university" POST "$(url_of achievements)/api/achievements/$achievement/publish" >/dev/null
  say "achievement $achievement published"
  body=$STATE/run/demand.json
  sed "s/\"deadline\": *\"[^\"]*\"/\"deadline\": \"$(date -u -d '+90 days' +%Y-%m-%d)\"/" \
    "$REPO/docs/examples/demand.json" >"$body"
  demand=$(api "$enterprise" POST "$(url_of demands)/api/demands" "$body" | json_id)
  api "$enterprise" POST "$(url_of demands)/api/demands/$demand/open" >/dev/null
  say "demand $demand opened"
  until matches=$(api "$enterprise" GET "$(url_of matching)/api/matches?demandId=$demand") \
    && [[ $matches == *"\"achievementId\":\"$achievement\""* ]]; do
    ((SECONDS < until)) || fail "no suggestion of $achievement for $demand after ${WAIT}s: $matches"
    sleep 1
  done
  say "suggested: $(grep -o '"score":[0-9.]*' <<<"$matches" | head -n 1) for demand $demand"
  smoke_token_server
}

credit_code() { # a random unified social credit code with its GB 32100-2015 check character
  local alphabet=0123456789ABCDEFGHJKLMNPQRTUWXY weights=(1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28)
  local code=91110108 sum=0 i before
  for _ in $(seq 1 9); do code+=${alphabet:$((RANDOM % 31)):1}; done
  for i in $(seq 0 16); do
    before=${alphabet%%"${code:i:1}"*}
    sum=$((sum + ${#before} * weights[i]))
  done
  echo "$code${alphabet:$(((31 - sum % 31) % 31)):1}"
}

smoke_token_server() { # the accounts process's OpenID Connect server, and its tokens at the other processes
  local accounts discovery jwks operator code body id client form token
  accounts=$(url_of accounts)
  discovery=$(curl -sS --fail-with-body --max-time 30 "$accounts/.well-known/openid-configuration")
  grep -Eq "\"issuer\": *\"$accounts/\"" <<<"$discovery" || fail "discovery names another issuer: $discovery"
  jwks=$(curl -sS --fail-with-body --max-time 30 "$accounts/.well-known/jwks")
  grep -Eq '"kty": *"RSA"' <<<"$jwks" || fail "no RSA key at the JWKS endpoint: $jwks"
  say "token server $accounts/: discovery, $(grep -Eo '"kid": *"' <<<"$jwks" | wc -l) signing key(s) at its JWKS"

  # An organisation registers; the operator approves it and gives it a partner client (client credentials).
  operator=$(cmd_token operator)
  code=$(credit_code)
  body=$STATE/run/organisation.json
  cat >"$body" <<JSON
{"name":"本地冒烟测试企业","nameEn":"Local smoke enterprise","kind":"enterprise","province":"beijing","city":"北京",
 "creditCode":"$code","contactName":"王工","contactPhone":"010-62780000",
 "email":"smoke.$code@example.cn","password":"smoke-$(openssl rand -hex 8)"}
JSON
  curl -sS --fail-with-body --max-time 30 -H 'Content-Type: application/json' --data-binary "@$body" \
    "$accounts/api/organisations" >/dev/null
  id=$(api "$operator" GET "$accounts/api/organisations?status=pending" | tr '{' '\n' \
    | grep "\"creditCode\":\"$code\"" | json_id)
  [[ -n $id ]] || fail "the registration of $code is not among the pending ones"
  api "$operator" POST "$accounts/api/organisations/$id/approve" >/dev/null
  echo '{"name":"local smoke"}' >"$STATE/run/client.json"
  client=$(api "$operator" POST "$accounts/api/organisations/$id/clients" "$STATE/run/client.json")
  form=$STATE/run/client.form # the secret in a file, not on a command line
  (umask 077 && printf 'grant_type=client_credentials&client_id=%s&client_secret=%s' \
    "$(grep -o '"clientId":"[^"]*"' <<<"$client" | cut -d '"' -f 4)" \
    "$(grep -o '"clientSecret":"[^"]*"' <<<"$client" | cut -d '"' -f 4 | sed 's/+/%2B/g; s/\//%2F/g; s/=/%3D/g')" \
    >"$form")
  token=$(curl -sS --fail-with-body --max-time 30 --data-binary "@$form" "$accounts/connect/token" \
    | grep -Eo '"access_token": *"[^"]*"' | cut -d '"' -f 4)
  rm -f "$form"
  [[ -n $token ]] || fail "no access token from $accounts/connect/token"
  say "organisation $id approved; its partner client got a token from the accounts process"

  # The other processes validate it with Auth:Authority (discovery and JWKS read from the accounts process).
  api "$token" GET "$(url_of achievements)/api/auth/me" | grep -q "\"organisationId\":\"$id\"" \
    || fail "achievements did not accept the token of the accounts process"
  api "$token" GET "$(url_of notifications)/api/notifications" >/dev/null \
    || fail "notifications did not accept the token of the accounts process"
  say "achievements and notifications accept the accounts process's token (organisation $id)"
}

cmd_stop() {
  for s in "${SERVICES[@]}"; do stop_service "$s"; done
  stop_rabbitmq
  stop_postgres
}

cmd_clean() {
  [[ -d $STATE ]] || return 0
  [[ -f $STATE/.jjjmatch-local ]] || fail "$STATE was not made by this script; not deleting it"
  cmd_stop
  say "deleting $STATE"
  rm -rf -- "$STATE"
}

initialised() { [[ -f $STATE/settings.env ]] || fail "nothing set up in $STATE yet: run '$0 start' first"; }

load_settings
case ${1:-} in
  start) cmd_start ;;
  check) initialised && cmd_check ;;
  smoke) initialised && cmd_smoke ;;
  token) initialised && cmd_token "${2:-}" ;;
  stop) cmd_stop ;;
  restart) cmd_stop && cmd_start ;;
  clean) cmd_clean ;;
  *) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
