#!/usr/bin/env bash
# Every published benchmark figure in one command (about 15-25 minutes on 2 cores; run on a quiet machine):
#   1. the rules engines compared (BenchmarkDotNet, short job; the setup first checks that all engines agree),
#   2. 1,000 rules loaded per fresh process (hyperfine),
#   3. the CLI at 1k / 10k / 100k members (/usr/bin/time -v),
#   4. statistics against R (skipped when Rscript is not installed).
# Results land in artifacts/ (BenchmarkDotNet.Artifacts/, startup/, scale/, r-compare/).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet run -c Release --project benchmarks/PeerSupport.Benchmarks -- --filter '*CompetitorRulesBenchmarks*' '*RulesBenchmarks*' --job short \
  --artifacts artifacts/BenchmarkDotNet.Artifacts
benchmarks/startup.sh
benchmarks/scale.sh
if command -v Rscript > /dev/null; then benchmarks/r/run.sh; else echo "Rscript not found: statistics against R skipped"; fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
