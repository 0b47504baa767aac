#!/usr/bin/env bash
# The peersupport CLI at scale, each step measured as a whole process with /usr/bin/time -v (wall time, peak RSS):
# simulate N members (26 weekly sessions), validate, report --format json, referrals. N = 1,000, 10,000, 100,000.
# Usage: benchmarks/scale.sh [sizes...]   (writes artifacts/scale/scale.md)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(1000 10000 100000); fi
out=artifacts/scale
mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet publish src/PeerSupport.Cli -c Release -o "$out/cli" > "$out/publish.log" 2>&1 || { cat "$out/publish.log"; exit 1; }
cli="$out/cli/peersupport"
dotnet build benchmarks/PeerSupport.Benchmarks.Startup -c Release > "$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
pipeline=benchmarks/PeerSupport.Benchmarks.Startup/bin/Release/net10.0/PeerSupport.Benchmarks.Startup
rm -f "$out/breakdown.txt"

measure() { # name members command...
  local name=$1 members=$2; shift 2
  /usr/bin/time -v -o "$out/time.txt" "$@" > "$out/stdout.txt" 2> "$out/stderr.txt" || true
  local rc wall rss
  rc=$(sed -n 's/.*Exit status: //p' "$out/time.txt")
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out/time.txt")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/time.txt")
  printf '| %s | %s | %s | %s MB | %s |\n' "$members" "$name" "$wall" "$((rss / 1024))" "$rc" | tee -a "$out/scale.md"
}

{
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| members | step | wall (m:ss) | peak RSS | exit |"
  echo "|---:|---|---:|---:|---:|"
} > "$out/scale.md"
for n in "${sizes[@]}"; do
  groups=$(( (n + 15) / 16 ))   # about 16 members per group over 26 weeks with the simulator's defaults
  data="$out/data-$n"
  measure "simulate (--groups $groups --weeks 26)" "$n" "$cli" simulate --out "$data" --groups "$groups" --weeks 26 --force
  du -sm "$data" | awk '{print "dataset size: " $1 " MB"}' >> "$out/sizes.txt"
  echo "members.csv rows (with header): $(wc -l < "$data/members.csv")" >> "$out/sizes.txt"
  measure "validate" "$n" "$cli" validate "$data"
  rm -f "$out/report-$n.json"   # the CLI never overwrites a file it did not just write
  measure "report --format json" "$n" "$cli" report "$data" --format json --out "$out/report-$n.json"
  measure "referrals --format json" "$n" "$cli" referrals "$data" --format json
  # Where the time and allocations go before the report is written (read, then facts + referral pass).
  "$pipeline" pipeline "$data" 2025-07-06 | sed "s/^/$n: /" | tee -a "$out/breakdown.txt"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/scale.md"
cat "$out/scale.md" "$out/breakdown.txt"
