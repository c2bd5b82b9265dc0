#!/usr/bin/env bash
# Times the batch on 1k, 10k and 100k generated companies (20 figures with 1 to 11 reports each, 20
# claims each), with -Xmx1g, and prints the time per company at each size: the time should grow
# linearly with the number of companies (the same per-company time, within noise) and memory stay flat.
#   scripts/batch-scale.sh [SIZE...]      default: 1000 10000 100000
# Needs the launcher: mvn -B -q install -DskipTests (prospectus-cli/target/prospectus.jar).
# Companies are generated once under target/batch-scale/ (about 33 MB per 1,000) and kept; the rows
# (about 50 MB of JSON Lines per 1,000) are written there and deleted after each size is timed.
# PROSPECTUS_JAR=other.jar times another build's launcher (such as an earlier commit's) on the same
# companies; BATCH_SCALE_DIR=/tmp/somewhere keeps the companies and rows elsewhere (100k take 3.2 GB).
# BATCH_JAVA_OPTS adds JVM options to the batch's command, such as the collector docs/batch.md
# recommends for large batches: BATCH_JAVA_OPTS=-XX:+UseParallelGC scripts/batch-scale.sh
# Not part of .ci/run or of the tests: at 100k it takes long on a shared machine. Wall-clock times
# depend on the machine's load; CPU time (user + system) less so. Both are printed, with the load.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=${PROSPECTUS_JAR:-prospectus-cli/target/prospectus.jar}
if [ ! -f "$jar" ]; then
  echo "No $jar: build it first with 'mvn -B -q install -DskipTests'" >&2
  exit 1
fi
if [ "$#" -eq 0 ]; then
  set -- 1000 10000 100000
fi
base=${BATCH_SCALE_DIR:-target/batch-scale}
mkdir -p "$base"
seed=42
# Word splitting wanted: several options in one variable.
read -r -a java_opts <<< "${BATCH_JAVA_OPTS:-}"
echo "java -Xmx1g ${java_opts[*]} -jar $jar batch DIR --out FILE"

printf '%-9s %9s %9s %11s %11s %12s %10s %9s  %s\n' companies wall_s cpu_s wall_ms/co cpu_ms/co companies/s max_rss_mb rows load
for n in "$@"; do
  data="$base/companies-$n"
  if [ ! -f "$data/.complete" ]; then
    rm -rf "$data"
    java -cp "$jar" dev.prospectus.batch.Generator "$data" "$n" "$seed"
    touch "$data/.complete"
  fi
  out="$base/rows-$n.jsonl"
  stats="$base/time-$n.txt"
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f '%e %U %S %M' -o "$stats" java -Xmx1g "${java_opts[@]}" -jar "$jar" batch "$data" --out "$out" 2> "$base/log-$n.txt"
  rows=$(wc -l < "$out")
  rm -f "$out"
  read -r wall user sys rss < "$stats"
  awk -v n="$n" -v wall="$wall" -v user="$user" -v sys="$sys" -v rss="$rss" -v rows="$rows" -v load="$load" \
    'BEGIN { cpu = user + sys; printf "%-9d %9.1f %9.1f %11.2f %11.2f %12.0f %10.0f %9d  %s\n",
       n, wall, cpu, wall * 1000 / n, cpu * 1000 / n, n / wall, rss / 1024, rows, load }'
done
