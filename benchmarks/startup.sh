#!/usr/bin/env bash
# Loading 1,000 rules in a fresh process, measured whole with hyperfine (apt-get install -y hyperfine):
# PeerSupport (JIT, JIT without tiered PGO, JIT with full opts, ReadyToRun), the peersupport CLI's `rules check`
# (JIT and ReadyToRun), PeerSupport published Native AOT (an embedder's choice, not the same as JIT), Microsoft
# RulesEngine 6.0.1 on the same 1,000 rules, and a process that only starts (JIT and Native AOT).
# Native AOT needs a C toolchain (clang or gcc); NATIVE_AOT=0 leaves it out.
# Usage: benchmarks/startup.sh [runs]   (writes artifacts/startup/startup.md; SKIP_PUBLISH=1 reuses the last publish)
# BASELINE=DIR (a startup-r2r publish of an earlier commit, copied elsewhere) adds a pass that runs the baseline and
# this build's processes alternately, one of each per round, and reports min and median wall and CPU time
# (artifacts/startup/compare.md): on a shared machine that is the fair old-vs-new comparison.
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
# Native AOT is self-contained by nature, so it is published without publish()'s --self-contained false.
if [ "${NATIVE_AOT:-1}" != 0 ] && ! { [ "${SKIP_PUBLISH:-0}" = 1 ] && [ -d "$out/startup-aot" ]; }; then
  dotnet publish benchmarks/PeerSupport.Benchmarks.Startup -c Release -r linux-x64 -o "$out/startup-aot" -p:NativeAot=true > "$out/startup-aot.log" 2>&1 || { cat "$out/startup-aot.log"; exit 1; }
fi
publish src/PeerSupport.Cli "$out/cli-jit"
publish src/PeerSupport.Cli "$out/cli-r2r" -p:PublishReadyToRun=true

jit="$out/startup-jit/PeerSupport.Benchmarks.Startup"
r2r="$out/startup-r2r/PeerSupport.Benchmarks.Startup"
"$jit" write "$out" 1000
# Each command must succeed and report all 1,000 rules before it is timed.
"$jit" peersupport "$out/generated.rules.json" | grep -q "1000 rules compiled"
"$r2r" peersupport "$out/generated.rules.json" | grep -q "1000 rules compiled"
"$jit" rulesengine "$out/generated.workflow.json" | grep -q "1000 rules compiled"
# Every build must decide alike: the same checksum over 2,000 generated members' decisions.
expected=$("$jit" decide "$out/generated.rules.json" 2000)
[ "$("$r2r" decide "$out/generated.rules.json" 2000)" = "$expected" ] || { echo "ReadyToRun decides differently"; exit 1; }
aot_rows=()
if [ "${NATIVE_AOT:-1}" != 0 ]; then
  aot="$out/startup-aot/PeerSupport.Benchmarks.Startup"
  "$aot" peersupport "$out/generated.rules.json" | grep -q "1000 rules compiled"
  [ "$("$aot" decide "$out/generated.rules.json" 2000)" = "$expected" ] || { echo "Native AOT decides differently"; exit 1; }
  aot_rows=(-n "process start only (noop, Native AOT)" "$aot noop"
    -n "PeerSupport default pack (Native AOT)" "$aot peersupport $out/default.rules.json"
    -n "PeerSupport 1,000 rules (Native AOT)" "$aot peersupport $out/generated.rules.json")
fi
echo "$expected" | tee "$out/decide.txt"
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
  -n "RulesEngine 1,000 rules (ReadyToRun)" "$r2r rulesengine $out/generated.workflow.json" \
  "${aot_rows[@]}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/load.txt"
if [ -n "${BASELINE:-}" ]; then
  python3 - "$runs" "$BASELINE/PeerSupport.Benchmarks.Startup" "$r2r" "${aot:-}" "$out" <<'PY' | tee "$out/compare.md"
import os, statistics, subprocess, sys, time
runs, old, new, aot, out = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
g, d = f"{out}/generated.rules.json", f"{out}/default.rules.json"
jobs = [("start and exit only (floor)", [new, "noop"]), ("baseline, 1,000 rules, ReadyToRun", [old, "peersupport", g]),
        ("this build, 1,000 rules, ReadyToRun", [new, "peersupport", g]), ("baseline, default pack, ReadyToRun", [old, "peersupport", d]),
        ("this build, default pack, ReadyToRun", [new, "peersupport", d])]
if aot:
    jobs += [("this build, 1,000 rules, Native AOT", [aot, "peersupport", g]), ("this build, default pack, Native AOT", [aot, "peersupport", d])]
times = {name: ([], []) for name, _ in jobs}
for r in range(runs + 2):  # two warm-up rounds; the order rotates each round
    for name, cmd in jobs[r % len(jobs):] + jobs[:r % len(jobs)]:
        start = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - start
        if status != 0:
            sys.exit(f"{name} failed")
        if r >= 2:
            times[name][0].append(wall * 1000)
            times[name][1].append((usage.ru_utime + usage.ru_stime) * 1000)
print("| process | wall min | wall median | CPU min | CPU median |\n|---|---:|---:|---:|---:|")
for name, (wall, cpu) in times.items():
    print(f"| {name} | {min(wall):.0f} ms | {statistics.median(wall):.0f} ms | {min(cpu):.0f} ms | {statistics.median(cpu):.0f} ms |")
PY
fi
