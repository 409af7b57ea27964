#!/usr/bin/env bash
# The one command that passes every test on a fresh machine: installs and starts throwaway
# PostgreSQL and RabbitMQ, runs `dotnet test` (extra args go to it), prints a summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
. tests/servers.sh

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
trap servers_stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start=$(ms)

# The build enforces the style: CSharpier's layout (.csharpierrc.yaml) and .editorconfig's rules and analyzers.
say "style: dotnet csharpier check . && dotnet format --verify-no-changes"
t=$(ms)
dotnet tool restore >/dev/null
dotnet csharpier check . || { echo "error: layout differs from CSharpier's: run 'dotnet csharpier format .'"; exit 1; }
dotnet format JjjMatch.sln --verify-no-changes --severity warn \
  || { echo "error: style differs: run 'dotnet format JjjMatch.sln --severity warn'"; exit 1; }
say "style checked in $(took "$t")"

servers_install
servers_start

say "dotnet test JjjMatch.sln -c Release $*"
t=$(ms) rc=0
dotnet test JjjMatch.sln -c Release --logger "console;verbosity=minimal" "$@" </dev/null 2>&1 \
  | tee "$SERVERS_DIR/dotnet-test.log" || rc=$?
say "dotnet test finished in $(took "$t") (exit $rc); whole run $(took "$start")"

# One "Passed!/Failed!  - Failed: N, Passed: N, Skipped: N, ..." line per test assembly.
read -r passed failed skipped < <(sed 's/\x1b\[[0-9;]*m//g' "$SERVERS_DIR/dotnet-test.log" | awk '
  /(Passed|Failed)! +- Failed: / {
    for (i = 1; i < NF; i++) {
      if ($i == "Failed:") f += $(i + 1); if ($i == "Passed:") p += $(i + 1); if ($i == "Skipped:") s += $(i + 1)
    }
  }
  END { print p + 0, f + 0, s + 0 }')
status=0
if ((rc != 0)); then echo "error: dotnet test failed (exit $rc)"; status=$rc
elif ((passed + failed == 0)); then echo "error: no test ran"; status=1; fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
