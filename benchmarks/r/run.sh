#!/usr/bin/env bash
# .NET vs R on the same 100,000-row CSV: Kaplan-Meier (survfit) and the REML random-intercept model (lmer).
# Needs R with survival and lme4 (e.g. apt-get install -y r-base-core r-cran-survival r-cran-lme4); optional, not CI.
# Usage: benchmarks/r/run.sh [rows] [runs]   (writes artifacts/r-compare/)
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-100000}
runs=${2:-5}
out=artifacts/r-compare
mkdir -p "$out"
dotnet build benchmarks/PeerSupport.Benchmarks.Startup -c Release > "$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
tool=benchmarks/PeerSupport.Benchmarks.Startup/bin/Release/net10.0/PeerSupport.Benchmarks.Startup
"$tool" stats-write "$out" "$rows"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$tool" stats-time "$out" "$runs"
Rscript benchmarks/r/km-lmer.R "$out" "$runs"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
