#!/usr/bin/env bash
# The JMH benchmarks of prospectus-analytics, each beside a plain-double baseline of the same
# formulas in the same run, printed as ratios (README, "Performance"), then the main ratios on thread
# CPU time (CpuRatios). Not part of the tests. Maven options (such as -Dmaven.repo.local) come from MAVEN_OPTS.
#   scripts/benchmarks.sh                 the default: 1 fork, 3 warm-up and 5 measured 1 s iterations
#   scripts/benchmarks.sh -f 2 -i 10      any JMH options instead
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mkdir -p target
mvn -B -q -Pbenchmarks -DskipTests -Dcheckstyle.skip install -pl prospectus-benchmarks -am > target/benchmarks-build.log 2>&1 \
  || { cat target/benchmarks-build.log >&2; echo "benchmarks.sh: the build failed" >&2; exit 1; }
options=("$@")
[ ${#options[@]} -gt 0 ] || options=(-f 1 -wi 3 -i 5 -w 1s -r 1s)
java -jar prospectus-benchmarks/target/benchmarks.jar "${options[@]}" -rf json -rff target/jmh.json
echo
java -cp prospectus-benchmarks/target/benchmarks.jar dev.prospectus.bench.Ratios target/jmh.json
echo
# The main ratios again on the thread's CPU time, which other work on a shared machine disturbs far less.
java -cp prospectus-benchmarks/target/benchmarks.jar dev.prospectus.bench.CpuRatios
