#!/usr/bin/env bash
# Opens JShell with prospectus-analytics and its dependencies on the class path and the library's
# front door and packages imported (jshell/prospectus.jsh). Works on a fresh clone with JDK 17+ and
# Maven 3.8+: it compiles the library and asks Maven for the class path of the all-in module
# (prospectus-analytics: every module and its dependencies). Arguments go to jshell, e.g.
#   ./jshell.sh                     an interactive session
#   ./jshell.sh docs/tutorial.jsh   run a script (end it with /exit)
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$root/target"
classpath="$root/target/classpath.txt"
# Maven can print stray colour escapes even when quiet: keep its output unless it fails.
if ! log="$(mvn -q -B -f "$root/pom.xml" -Dcheckstyle.skip compile dependency:build-classpath \
    -pl prospectus-analytics -am -Dmdep.outputFile="$classpath" -DincludeScope=runtime 2>&1)"; then
  printf '%s\n' "$log" >&2
  echo "jshell.sh: building the class path failed (Maven's output above)" >&2
  exit 1
fi
exec jshell --class-path "$(cat "$classpath")" \
  --startup DEFAULT --startup "$root/jshell/prospectus.jsh" "$@"
