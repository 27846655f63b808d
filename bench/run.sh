#!/usr/bin/env bash
# The validation benchmark (issue 3): the 12-check suite in bench/flights/mlgate.yml on the vega-datasets flights
# data replicated to ROWS rows, as Parquet and as CSV, run by
#   bare scan        DuckDB reading every value of every column once (the floor), started like bin/mlgate starts
#                    mlgate: DuckDB's native library from a folder on java.library.path instead of inflated from the
#                    driver's jar, a class-data-sharing archive, DuckDB's JFR memory monitor skipped
#   bare-plain       the same scan started as a plain `java -cp duckdb_jdbc.jar` (what `bare` was before 2026-11-22)
#   mlgate duckdb    bin/mlgate (the CLI jar), `data validate --no-profile` (the checks alone, as Deequ runs them)
#   mlgate plain     `java -jar mlgate.jar` (PLAIN_JAR, default the built jar), `data validate --no-profile`: as the
#                    GitHub Action runs it, without bin/mlgate's start-up cache
#   +profile         bin/mlgate, `data validate` as by default (the checks and a full profile of every column)
#   mlgate spark     mlgate-spark.jar's SparkMain on Spark local[2], `data validate --no-profile`
#   deequ            Amazon Deequ 2.0.7 on Spark local[2], the same checks (bench/src/.../DeequSuite.java)
# Each run is one JVM under /usr/bin/time: wall time, CPU time (user + system) and peak RSS. The DuckDB runs are
# repeated REPEAT times (default 3), alternating with each other round by round, and the Spark runs REPEAT_SPARK
# times (default 1); the table shows the run with the median wall time. Prints the table and the ratios; writes
# them to $WORK/results.md. Rerunnable: data and builds are reused when present.
#
# Environment: ROWS (default 10000000), FORMATS (default "parquet csv"), TOOLS (default all five, by the names
# bare mlgate-duckdb mlgate-duckdb-profile mlgate-spark deequ, and bare-plain mlgate-duckdb-plain), REPEAT,
# REPEAT_SPARK, WORK (default bench/work), SKIP_BUILD=1, PLAIN_JAR. bin/mlgate's start-up cache (see bin/mlgate) is prepared before the measured runs, as
# it is after a user's first run of a new jar; so is the bare scan's.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
rows=${ROWS:-10000000}
formats=${FORMATS:-parquet csv}
tools=${TOOLS:-bare mlgate-duckdb mlgate-duckdb-profile mlgate-spark deequ}
repeat=${REPEAT:-3}
repeat_spark=${REPEAT_SPARK:-1}
work=${WORK:-$here/work}
version=3.2.1
sha=dbeb920c90f59b6ccaff823dcc3d08f25a97fa1ce128d93f40be4e931f5900b0
cache="${MLGATE_CACHE:-$HOME/.cache/mlgate}/vega-datasets-$version"
source_file="$cache/package/data/flights-3m.parquet"
policy="$here/flights/mlgate.yml"
spark_jvm="-Xmx2g -XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED
 --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
 --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED
 --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED
 --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
 --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
 --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
 --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false"

say() { echo "bench: $*" >&2; }

# 1. the source data, from the npm registry, checked
if [ ! -f "$source_file" ]; then
  say "downloading vega-datasets@$version from the npm registry"
  mkdir -p "$cache"
  (cd "$cache" && npm pack --silent "vega-datasets@$version" >/dev/null \
    && tar xzf "vega-datasets-$version.tgz" package/data/flights-3m.parquet)
fi
[ "$(sha256sum "$source_file" | cut -d' ' -f1)" = "$sha" ] || { say "$source_file: unexpected sha256"; exit 2; }

# 2. the product jars (only those the chosen runs use) and the benchmark's drivers
modules=
case " $tools " in *" mlgate-duckdb"*) [ "${SKIP_BUILD:-}" = 1 ] && [ -f "$root/shared-engine/target/mlgate.jar" ] \
  || modules=shared-engine ;; esac
case " $tools " in *" mlgate-spark "*) [ "${SKIP_BUILD:-}" = 1 ] && [ -f "$root/spark-backend/target/mlgate-spark.jar" ] \
  || modules=shared-engine,spark-backend ;; esac
if [ -n "$modules" ]; then
  say "building $modules"
  (cd "$root" && mvn -B -q -DskipTests package -pl "$modules" -am) >&2
fi
if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -f "$here/target/classpath.txt" ]; then
  say "building the benchmark drivers"
  (cd "$here" && mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt) >&2
fi
cp_all="$here/target/classes:$(cat "$here/target/classpath.txt")"
cp_duckdb="$here/target/classes:$(tr ':' '\n' < "$here/target/classpath.txt" | grep duckdb_jdbc)"
cp_spark="$root/spark-backend/target/mlgate-spark.jar:$(tr ':' '\n' < "$here/target/classpath.txt" \
  | grep -v -e deequ -e duckdb_jdbc -e jackson-dataformat-yaml | paste -sd:)"

# 3. the replicated data
data="$work/data-$rows"
if [ ! -f "$data/flights.csv" ]; then
  say "writing $rows rows as Parquet and CSV to $data"
  java -cp "$cp_duckdb" io.mlgate.bench.MakeData "$source_file" "$rows" "$data" >&2
fi

# 4. start-up: mlgate's cache (bin/mlgate prepares it on the first run of a new jar) and the same for the bare scan:
# DuckDB's driver jar without its native libraries, the library on java.library.path, a class-data-sharing archive
# of one bare run (CDS needs jars on the class path, not folders)
case " $tools " in *" mlgate-duckdb"*) say "preparing bin/mlgate's start-up cache"; "$root/bin/mlgate" --version >&2 ;; esac
bare_jvm=()
bare_cp=$cp_duckdb
case " $tools " in *" bare "*)
  bare_dir="$work/bare_startup"
  bench_jar="$work/bench-classes.jar"
  if [ ! -f "$bench_jar" ] || [ -n "$(find "$here/target/classes" -newer "$bench_jar" -name '*.class' | head -1)" ]; then
    rm -rf "$bare_dir"
    jar cf "$bench_jar" -C "$here/target/classes" .
  fi
  duckdb_jar=$(tr ':' '\n' < "$here/target/classpath.txt" | grep duckdb_jdbc)
  if [ ! -f "$bare_dir/ready" ]; then
    say "preparing the bare scan's start-up: DuckDB's library and driver jar in $bare_dir"
    [ -f "$root/shared-engine/target/mlgate.jar" ] || (cd "$root" && mvn -B -q -DskipTests package -pl shared-engine -am) >&2
    java -cp "$root/shared-engine/target/mlgate.jar" io.mlgate.cli.StartupCache prepare "$duckdb_jar" "$bare_dir" \
      "$bare_dir/native" >&2
  fi
  { read -r _; read -r bare_libpath; } < "$bare_dir/ready"
  bare_cp="$bench_jar:$bare_dir/mlgate.jar"
  if [ ! -f "$bare_dir/bare.jsa" ]; then
    java -XX:ArchiveClassesAtExit="$bare_dir/bare.jsa" -Djava.library.path="$bare_libpath" -cp "$bare_cp" \
      io.mlgate.bench.BareScan "$data/flights.parquet" >&2
  fi
  bare_jvm=(-XX:SharedArchiveFile="$bare_dir/bare.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
    -Djava.library.path="$bare_libpath") ;;
esac

# 5. the runs. The DuckDB runs alternate, tool by tool, round by round (bare, mlgate, bare, mlgate, ...), so that a
# machine that speeds up or slows down while they run moves both sides of a ratio alike; Spark and Deequ run after.
results="$work/results.tsv"
: > "$results"
mkdir -p "$work/logs"
command_for() { # command_for TOOL FORMAT FILE: sets cmd to the command that runs TOOL on FILE
  local tool=$1 format=$2 file=$3 out="$work/reports"
  case $tool in
    bare) cmd=(java "${bare_jvm[@]}" -cp "$bare_cp" io.mlgate.bench.BareScan "$file") ;;
    bare-plain) cmd=(java -Dbare.plain=true -cp "$cp_duckdb" io.mlgate.bench.BareScan "$file") ;;
    mlgate-duckdb) cmd=("$root/bin/mlgate" data validate --policy "$policy" --data "$file" --no-profile
        --out "$out/$tool-$format") ;;
    mlgate-duckdb-plain) cmd=(java -jar "${PLAIN_JAR:-$root/shared-engine/target/mlgate.jar}" data validate
        --policy "$policy" --data "$file" --no-profile --out "$out/$tool-$format") ;;
    mlgate-duckdb-profile) cmd=("$root/bin/mlgate" data validate --policy "$policy" --data "$file"
        --out "$out/$tool-$format") ;;
    # shellcheck disable=SC2206
    mlgate-spark) cmd=(java $spark_jvm -cp "$cp_spark" io.mlgate.spark.SparkMain data validate
        --spark-master 'local[2]' --policy "$policy" --data "$file" --no-profile --out "$out/$tool-$format") ;;
    # shellcheck disable=SC2206
    deequ) cmd=(java $spark_jvm -cp "$cp_all" io.mlgate.bench.DeequSuite 'local[2]' "$policy" "$file") ;;
    *) say "unknown tool $tool"; exit 2 ;;
  esac
}
measure() { # measure TOOL FORMAT I N: run "${cmd[@]}" once under /usr/bin/time, appended to the tool's runs
  local name=$1 format=$2 i=$3 n=$4
  local log="$work/logs/$name-$format-$i.log" timing="$work/logs/$name-$format-$i.time"
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  say "$name on $format, run $i of $n (load $load)"
  local code=0
  /usr/bin/time -f "%e %U %S %M" -o "$timing" "${cmd[@]}" > "$log" 2>&1 || code=$?
  read -r wall user sys rss < <(tail -1 "$timing")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$format" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" \
    "$rss" "$code" "$load" >> "$work/logs/$name-$format.runs"
}
median_run() { # median_run TOOL FORMAT N: the run with the median wall time, appended to $results
  sort -t$'\t' -k3,3n "$work/logs/$1-$2.runs" | sed -n "$(( ($3 + 1) / 2 ))p" >> "$results"
}
for format in $formats; do
  file="$data/flights.$format"
  alternating=() once=()
  for tool in $tools; do
    case $tool in mlgate-spark|deequ) once+=("$tool") ;; *) alternating+=("$tool") ;; esac
  done
  for tool in ${alternating[@]+"${alternating[@]}"} ${once[@]+"${once[@]}"}; do
    : > "$work/logs/$tool-$format.runs"
  done
  if [ ${#alternating[@]} -gt 0 ]; then
    for i in $(seq "$repeat"); do
      for tool in "${alternating[@]}"; do
        command_for "$tool" "$format" "$file"
        measure "$tool" "$format" "$i" "$repeat"
      done
    done
    for tool in "${alternating[@]}"; do median_run "$tool" "$format" "$repeat"; done
  fi
  for tool in ${once[@]+"${once[@]}"}; do
    command_for "$tool" "$format" "$file"
    for i in $(seq "$repeat_spark"); do measure "$tool" "$format" "$i" "$repeat_spark"; done
    median_run "$tool" "$format" "$repeat_spark"
  done
done

# 6. the table
awk -F'\t' -v rows="$rows" -v cpus="$(nproc)" '
  { name[NR] = $1; fmt[NR] = $2; wall[NR] = $3; cpu[NR] = $4; rss[NR] = $5; code[NR] = $6; load[NR] = $7
    t[$1 "/" $2] = $3; c[$1 "/" $2] = $4 }
  END {
    printf "%d rows, %d CPUs; the suite passes on this data, so every run must exit 0\n\n", rows, cpus
    printf "| run | format | wall s | rows/s | CPU s | peak RSS MB | exit | load at start |\n|---|---|---:|---:|---:|---:|---:|---:|\n"
    for (i = 1; i <= NR; i++)
      printf "| %s | %s | %.1f | %.2fM | %.1f | %.0f | %s | %s |\n", name[i], fmt[i], wall[i], rows / wall[i] / 1e6, cpu[i], rss[i] / 1024, code[i], load[i]
    printf "\n"
    for (i = 1; i <= NR; i++) if (name[i] == "mlgate-duckdb") {
      f = fmt[i]
      if (t["deequ/" f] > 0) printf "%s: mlgate (DuckDB) is %.1fx faster than Deequ in wall time, %.1fx in CPU time (target >= 10x)\n", f, t["deequ/" f] / wall[i], c["deequ/" f] / cpu[i]
      if (t["mlgate-spark/" f] > 0 && t["deequ/" f] > 0) printf "%s: mlgate (Spark) takes %.2fx the wall time of Deequ, %.2fx its CPU time, on the same Spark\n", f, t["mlgate-spark/" f] / t["deequ/" f], c["mlgate-spark/" f] / c["deequ/" f]
      if (t["bare/" f] > 0) printf "%s: mlgate (DuckDB) takes %.2fx the bare scan in wall time, %.2fx in CPU time (target <= 2x)\n", f, wall[i] / t["bare/" f], cpu[i] / c["bare/" f]
      if (t["bare-plain/" f] > 0) printf "%s: mlgate (DuckDB) takes %.2fx the bare scan started plainly (bare-plain) in wall time, %.2fx in CPU time\n", f, wall[i] / t["bare-plain/" f], cpu[i] / c["bare-plain/" f]
      if (t["mlgate-duckdb-plain/" f] > 0 && t["bare-plain/" f] > 0) printf "%s: plain java -jar mlgate.jar takes %.2fx the plainly started bare scan in wall time, %.2fx in CPU time\n", f, t["mlgate-duckdb-plain/" f] / t["bare-plain/" f], c["mlgate-duckdb-plain/" f] / c["bare-plain/" f]
      printf "%s: mlgate (DuckDB) peak RSS %.0f MB (target < 1536 MB)\n", f, rss[i] / 1024
    }
  }' "$results" | tee "$work/results.md"
