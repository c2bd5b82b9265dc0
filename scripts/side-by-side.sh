#!/usr/bin/env bash
# The same batch in the library and in a plain Python decimal script (and pandas, where Debian's
# python3-pandas is installed), on the same generated companies; prints each time and the ratio.
#   scripts/side-by-side.sh [COMPANIES [SEED]]     default 10000 companies, seed 42
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
companies="${1:-10000}"
seed="${2:-42}"
mkdir -p target
mvn -B -q -Pbenchmarks -DskipTests -Dcheckstyle.skip install -pl prospectus-benchmarks -am > target/benchmarks-build.log 2>&1 \
  || { cat target/benchmarks-build.log >&2; echo "side-by-side.sh: the build failed" >&2; exit 1; }
jar=prospectus-benchmarks/target/benchmarks.jar
data="target/side-by-side/$companies-$seed"
if [ ! -d "$data" ]; then
  java -cp "$jar" dev.prospectus.bench.Generate "$data" "$companies" "$seed"
fi
library="$(java -cp "$jar" dev.prospectus.bench.SideBySideBatch "$data")"
python="$(python3 scripts/side_by_side.py "$data")"
echo "$library"
echo "$python"
ms() { sed -n 's/.* in \([0-9]*\) ms;.*/\1/p' <<< "$1"; }
awk -v l="$(ms "$library")" -v p="$(ms "$python")" \
  'BEGIN { printf "library / python decimal: %.2f (below 1: the library is faster)\n", l / p }'
if /usr/bin/python3 -c "import pandas" 2> /dev/null; then
  pandas="$(/usr/bin/python3 scripts/side_by_side.py "$data" --pandas)"
  echo "$pandas"
  awk -v l="$(ms "$library")" -v p="$(ms "$pandas")" 'BEGIN { printf "library / pandas: %.2f\n", l / p }'
else
  echo "pandas: not installed (Debian: apt-get install python3-pandas)"
fi
