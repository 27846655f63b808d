#!/usr/bin/env bash
# Drift benchmark: `mlgate data drift` on two generated datasets of N rows each (default 10 million), 14 columns of a
# typical model input (see DriftBenchData.java; the current data shifts three columns on purpose), all columns
# tested. Prints one table row per format with wall time, CPU time, rows per second and peak RSS from /usr/bin/time -v.
#
#   bench/drift-bench.sh [ROWS] [FORMATS]      e.g. bench/drift-bench.sh 10000000 "parquet csv"
#
# Each format is run twice: through bin/mlgate (as a user runs the CLI; its start-up cache is prepared before the
# timed runs) and as a plain `java -jar mlgate.jar` (as the GitHub Action starts it).
#
# Environment: BENCH_DIR (data and reports, default /tmp/mlgate-drift-bench), MLGATE_JAVA_OPTS (JVM options),
# STARTS (default "bin/mlgate java-jar": which starts to time).
# The data is generated once per size and reused; delete BENCH_DIR to regenerate.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rows=${1:-10000000}
formats=${2:-parquet}
dir=${BENCH_DIR:-/tmp/mlgate-drift-bench}/$rows
jar="$root/shared-engine/target/mlgate.jar"

[ -x /usr/bin/time ] || { echo "drift-bench: /usr/bin/time is needed (apt-get install time)" >&2; exit 2; }
if [ ! -f "$jar" ]; then
  echo "drift-bench: building the CLI" >&2
  (cd "$root" && mvn -q -B -DskipTests package) >&2
fi
mkdir -p "$dir"
cat > "$dir/mlgate.yml" <<'YAML'
version: 1
drift:
  exclude: [id]            # a row id always "drifts"; event_time is a timestamp, not tested by default
  label: churned
  prediction: churn_score
YAML

for f in $formats; do
  if [ ! -f "$dir/reference.$f" ] || [ ! -f "$dir/current.$f" ]; then
    echo "drift-bench: generating $rows rows per side as $f in $dir" >&2
    java -cp "$jar" "$root/bench/DriftBenchData.java" "$dir" "$rows" "$f"
  fi
done

starts=${STARTS:-bin/mlgate java-jar}
case " $starts " in *" bin/mlgate "*)
  # bin/mlgate prepares its start-up cache on the first run of a new jar (once per build): not part of the timing
  MLGATE_JAR="$jar" "$root/bin/mlgate" --version > /dev/null ;;
esac

echo
echo "mlgate data drift, $rows + $rows rows, 14 columns; $(nproc) CPUs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s | %-10s | %10s | %9s | %9s | %14s | %12s | %s\n' format start "file MB" "wall s" "CPU s" "rows/s" "peak RSS MB" verdict
printf '%s\n' "---------+------------+------------+-----------+-----------+----------------+--------------+--------"
for f in $formats; do
for start in $starts; do
  out="$dir/reports-$f"
  log="$dir/time-$f.txt"
  case $start in
    bin/mlgate) launch=(env MLGATE_JAR="$jar" "$root/bin/mlgate") ;;
    java-jar) launch=(java ${MLGATE_JAVA_OPTS:-} -jar "$jar") ;;
    *) echo "drift-bench: unknown start '$start' in STARTS (bin/mlgate, java-jar)" >&2; exit 2 ;;
  esac
  set +e
  /usr/bin/time -v "${launch[@]}" data drift --reference "$dir/reference.$f" \
    --current "$dir/current.$f" --policy "$dir/mlgate.yml" --out "$out" --quiet > "$dir/stdout-$f.txt" 2> "$log"
  code=$?
  set -e
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$log")
  cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$log")
  mb=$(du -m "$dir/reference.$f" "$dir/current.$f" | awk '{s += $1} END {print s}')
  rate=$(awk -v r="$rows" -v w="$wall" 'BEGIN {printf "%.0f", 2 * r / w}')
  verdict=$(head -1 "$dir/stdout-$f.txt" | cut -d' ' -f1)
  printf '%-8s | %-10s | %10s | %9.1f | %9.1f | %14s | %12s | %s (exit %s)\n' "$f" "$start" "$mb" "$wall" "$cpu" "$rate" "$rss" "$verdict" "$code"
done
done
echo
echo "reports: $dir/reports-<format>/mlgate-report.html"
