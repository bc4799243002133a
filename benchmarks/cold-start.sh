#!/usr/bin/env bash
# Cold start of the rapport command against the JVM's own start: the wall time of
#
#   java -jar examples/target/rapport.jar assess --input FILE     (a small input it writes itself)
#   java -version
#
# run alternately, RUNS times each after one discarded run of each, then the medians and the ratio.
# The ratio is what the issue's budget is about; the absolute times depend on the machine.
#
# Usage: benchmarks/cold-start.sh [RUNS]        RUNS defaults to 10
# Environment: JAVA       the java to run (default: $JAVA_HOME/bin/java, else java on the PATH)
#              JAVA_OPTS  extra JVM options for both commands, e.g. "-Xshare:auto"
#              RAPPORT_JAR the jar (default: examples/target/rapport.jar of this checkout)
# Exit codes: 0 measured; 1 a command failed; 2 bad usage or no jar.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${RAPPORT_JAR:-$root/examples/target/rapport.jar}"
runs="${1:-10}"
if [[ -n "${JAVA:-}" ]]; then
  java="$JAVA"
elif [[ -n "${JAVA_HOME:-}" ]]; then
  java="$JAVA_HOME/bin/java"
else
  java="java"
fi
read -r -a opts <<<"${JAVA_OPTS:-}"

if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "cold-start: RUNS must be a whole number of at least 1, but was '$runs'" >&2
  echo "usage: $0 [RUNS]" >&2
  exit 2
fi
if [[ ! -f "$jar" ]]; then
  echo "cold-start: $jar not found; run ./mvnw -q install -DskipTests first" >&2
  exit 2
fi
if ! command -v "$java" >/dev/null 2>&1; then
  echo "cold-start: no java at '$java'; set JAVA or JAVA_HOME" >&2
  exit 2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/rapport-cold-start.XXXXXX")"
trap 'rm -rf "$work"' EXIT
input="$work/input.json"
cat >"$input" <<'JSON'
{
  "signs": { "lonely-together": 4, "surface-level-conversations": 3 },
  "context": [ "work-stress" ],
  "partnerEngagement": "WILLING"
}
JSON

# Microseconds since the epoch: bash 5's EPOCHREALTIME, else GNU date.
now_us() {
  if [[ -n "${EPOCHREALTIME:-}" ]]; then
    local t="${EPOCHREALTIME/[.,]/}"
    echo "$t"
  else
    local ns
    ns="$(date +%s%N)"
    if [[ "$ns" == *N ]]; then
      echo "cold-start: needs bash 5 or GNU date for sub-second times" >&2
      exit 2
    fi
    echo $((ns / 1000))
  fi
}

# Runs a command once, its output thrown away, and prints its wall time in microseconds.
time_us() {
  local start end
  start="$(now_us)"
  if ! "$@" >/dev/null 2>"$work/stderr"; then
    echo "cold-start: failed: $*" >&2
    cat "$work/stderr" >&2
    exit 1
  fi
  end="$(now_us)"
  echo $((end - start))
}

assess=("$java" ${opts[@]+"${opts[@]}"} -jar "$jar" assess --input "$input")
version=("$java" ${opts[@]+"${opts[@]}"} -version)

# the first run of each fills the OS's file cache; it is not counted
time_us "${version[@]}" >/dev/null
time_us "${assess[@]}" >/dev/null

version_times=()
assess_times=()
for ((i = 0; i < runs; i++)); do
  t="$(time_us "${version[@]}")" || exit 1
  version_times+=("$t")
  t="$(time_us "${assess[@]}")" || exit 1
  assess_times+=("$t")
done

# median, min and max in milliseconds of microsecond samples
stats() {
  printf '%s\n' "$@" | sort -n | awk '
    { t[NR] = $1 }
    END {
      m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
      printf "%.1f %.1f %.1f\n", m / 1000, t[1] / 1000, t[NR] / 1000
    }'
}
read -r version_median version_min version_max <<<"$(stats "${version_times[@]}")"
read -r assess_median assess_min assess_max <<<"$(stats "${assess_times[@]}")"

echo "Rapport cold start: $runs runs of each, alternating, after one discarded run of each"
echo "java: $("$java" ${opts[@]+"${opts[@]}"} -version 2>&1 | head -n 1) ($java${JAVA_OPTS:+ $JAVA_OPTS})"
echo "jar:  $jar"
printf '%-42s median %8.1f ms   (min %.1f, max %.1f)\n' \
  "java -version" "$version_median" "$version_min" "$version_max"
printf '%-42s median %8.1f ms   (min %.1f, max %.1f)\n' \
  "java -jar rapport.jar assess --input FILE" "$assess_median" "$assess_min" "$assess_max"
awk -v a="$assess_median" -v v="$version_median" \
  'BEGIN { printf "ratio assess / java -version (medians): %.2f\n", a / v }'
