#!/usr/bin/env bash
# Loading 1,000 rules in a fresh process, measured whole with hyperfine (apt-get install -y hyperfine):
# PeerSupport (JIT, JIT without tiered PGO, JIT with full opts, ReadyToRun), the peersupport CLI's `rules check`
# (JIT and ReadyToRun), Microsoft RulesEngine 6.0.1 on the same 1,000 rules, and a process that only starts.
# Usage: benchmarks/startup.sh [runs]   (writes artifacts/startup/startup.md; SKIP_PUBLISH=1 reuses the last publish)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
out=artifacts/startup
[ "${SKIP_PUBLISH:-0}" = 1 ] || rm -rf "$out"
mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

publish() { [ "${SKIP_PUBLISH:-0}" = 1 ] && [ -d "$2" ] && return 0; dotnet publish "$1" -c Release -r linux-x64 --self-contained false -o "$2" "${@:3}" > "$2.log" 2>&1 || { cat "$2.log"; exit 1; }; }
publish benchmarks/PeerSupport.Benchmarks.Startup "$out/startup-jit"
publish benchmarks/PeerSupport.Benchmarks.Startup "$out/startup-r2r" -p:PublishReadyToRun=true
publish src/PeerSupport.Cli "$out/cli-jit"
publish src/PeerSupport.Cli "$out/cli-r2r" -p:PublishReadyToRun=true

jit="$out/startup-jit/PeerSupport.Benchmarks.Startup"
r2r="$out/startup-r2r/PeerSupport.Benchmarks.Startup"
"$jit" write "$out" 1000
# Each command must succeed and report all 1,000 rules before it is timed.
"$jit" peersupport "$out/generated.rules.json" | grep -q "1000 rules compiled"
"$r2r" peersupport "$out/generated.rules.json" | grep -q "1000 rules compiled"
"$jit" rulesengine "$out/generated.workflow.json" | grep -q "1000 rules compiled"
"$out/cli-jit/peersupport" rules check "$out/generated.rules.json" | grep -q ", 1000 rules ("
"$out/cli-r2r/peersupport" rules check "$out/generated.rules.json" | grep -q ", 1000 rules ("

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$out/load.txt"
hyperfine --warmup 3 --runs "$runs" --export-markdown "$out/startup.md" -N \
  -n "process start only (noop)" "$jit noop" \
  -n "PeerSupport default pack (JIT)" "$jit peersupport $out/default.rules.json" \
  -n "PeerSupport 1,000 rules (JIT)" "$jit peersupport $out/generated.rules.json" \
  -n "PeerSupport 1,000 rules (JIT, TieredPGO=0)" "env DOTNET_TieredPGO=0 $jit peersupport $out/generated.rules.json" \
  -n "PeerSupport 1,000 rules (JIT, TieredCompilation=0)" "env DOTNET_TieredCompilation=0 $jit peersupport $out/generated.rules.json" \
  -n "PeerSupport default pack (ReadyToRun)" "$r2r peersupport $out/default.rules.json" \
  -n "PeerSupport 1,000 rules (ReadyToRun)" "$r2r peersupport $out/generated.rules.json" \
  -n "peersupport rules check (JIT)" "$out/cli-jit/peersupport rules check $out/generated.rules.json" \
  -n "peersupport rules check (ReadyToRun)" "$out/cli-r2r/peersupport rules check $out/generated.rules.json" \
  -n "peersupport rules check (ReadyToRun, TieredPGO=0)" "env DOTNET_TieredPGO=0 $out/cli-r2r/peersupport rules check $out/generated.rules.json" \
  -n "RulesEngine 1,000 rules (JIT)" "$jit rulesengine $out/generated.workflow.json" \
  -n "RulesEngine 1,000 rules (ReadyToRun)" "$r2r rulesengine $out/generated.workflow.json"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/load.txt"
