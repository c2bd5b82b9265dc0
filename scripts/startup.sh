#!/usr/bin/env bash
# How fast the command line starts, side by side with a bare JVM (README, "Performance"):
# the launcher's --help, report and verify, each as a ratio to a JVM that prints "hello" and exits,
# measured in the same run on the same machine; report and verify also with the client compiler
# only, and report --full (the speed issue's target) also through the quick launcher
# scripts/prospectus (the client compiler and a class-data archive). Uses hyperfine (Debian package
# 'hyperfine') when installed, else times each command in a
# loop and takes the median.
#   scripts/startup.sh              10 runs each, after 3 warm-up runs
#   scripts/startup.sh 20           20 runs each
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
runs="${1:-10}"
jar=prospectus-cli/target/prospectus.jar
out=target/startup
mkdir -p "$out"
if [ ! -f "$jar" ]; then
  mvn -B -q -DskipTests -Dcheckstyle.skip package -pl prospectus-cli -am > "$out/build.log" 2>&1 \
    || { cat "$out/build.log" >&2; echo "startup.sh: the build failed" >&2; exit 1; }
fi
cat > "$out/Hello.java" <<'JAVA'
public class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
JAVA
javac -d "$out" "$out/Hello.java"

# The client compiler alone (-XX:TieredStopAtLevel=1) compiles less and sooner: a short run of many
# classes, like a report, finishes in about half the CPU time.
client="-XX:TieredStopAtLevel=1"
# The quick launcher, scripts/prospectus: the client compiler and a class-data archive of the classes
# report --full loads, which it makes next to the jar on first use (here, before the timed runs).
PROSPECTUS_JAR="$root/$jar" scripts/prospectus report --full > /dev/null
names=("bare JVM (hello world)" "prospectus --help" "prospectus report" "prospectus report --format json"
  "prospectus verify" "prospectus report, client compiler" "prospectus verify, client compiler"
  "prospectus report --full" "scripts/prospectus report --full")
commands=("java -cp $out Hello" "java -jar $jar --help" "java -jar $jar report" "java -jar $jar report --format json"
  "java -jar $jar verify" "java $client -jar $jar report" "java $client -jar $jar verify"
  "java -jar $jar report --full" "scripts/prospectus report --full")

medians=()
if command -v hyperfine > /dev/null; then
  hyperfine --style basic --warmup 3 --runs "$runs" --export-csv "$out/startup.csv" --output null \
    "${commands[@]}" > "$out/hyperfine.txt" 2>&1
  # hyperfine's CSV: command,mean,stddev,median,user,system,min,max (seconds), in the order given
  while IFS=, read -r _ _ _ median _; do
    medians+=("$median")
  done < <(tail -n +2 "$out/startup.csv")
else
  for command in "${commands[@]}"; do
    for _ in 1 2 3; do $command > /dev/null; done
    times=()
    for _ in $(seq "$runs"); do
      start=$(date +%s%N)
      $command > /dev/null
      times+=($(( $(date +%s%N) - start )))
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)] / 1e9}')
    medians+=("$median")
  done
fi

echo "Median of $runs runs each, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'):"
printf '%-34s %10s %8s\n' "command" "median" "ratio"
for i in "${!names[@]}"; do
  awk -v name="${names[$i]}" -v t="${medians[$i]}" -v base="${medians[0]}" \
    'BEGIN { printf "%-34s %8.0f ms %7.1fx\n", name, t * 1000, t / base }'
done
