#!/usr/bin/env bash
# Engine time of `mlgate buildrisk predict` for two or more builds of mlgate, runs alternated (A, B, A, B, ...) so
# that the machine's load moves every build alike; prints each build's medians.
#
#   bench/buildrisk-predict-ab.sh HISTORY MODEL REPO RUNS JAR_A JAR_B [JAR_C ...]
#
# HISTORY, MODEL, REPO as for bench/buildrisk-predict-bench.sh (the model trained by a build that all the jars
# read); JAR_*: copies of shared-engine/target/mlgate.jar from the builds to compare, run through bin/mlgate
# (MLGATE_JAR), each with its own start-up cache, prepared by WARMUP untimed runs first (default 2). A JAR given as
# daemon:PATH runs with MLGATE_DAEMON=1, through the resident mlgate (the first warm-up run starts it; give WARMUP=10
# or so for its JIT to settle). A JAR given as PATH=MODEL_DIR predicts with that model instead of MODEL (for builds
# whose model files differ: a model saved by a newer build may not be readable by an older one). A JAR given as
# with:LAUNCHER,JAR runs through that copy of bin/mlgate instead of this checkout's (for a launcher whose JVM options
# differ: `git show COMMIT:bin/mlgate > old/mlgate`).
# RUNS: runs per jar. COMMIT: the commit to predict (default HEAD).
# COMMAND=record times `buildrisk record` instead (a new build appended to a fresh copy of HISTORY each run, the
# build's commit given as a sha; MODEL and REPO are not read, give - for them).
# Prints per jar: the median, lowest and highest "engine time ... from main() to reports written" (wall ms), the
# medians of the main thread's CPU and of the CPU of all threads over the same span, and the median wall time of
# the whole command as the shell sees it (launcher and JVM start included).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -ge 6 ] || { sed -n '2,17p' "$0" >&2; exit 2; }
history=$1 model=$2 repo=$3 runs=$4
shift 4
jars=("$@")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
runid=0
predict() {
  local jar=$1 daemon=0 dir=$model launcher=$root/bin/mlgate
  case $jar in with:*,*) launcher=${jar#with:} launcher=${launcher%%,*} jar=${jar#*,} ;; esac
  case $jar in *=*) dir=${jar#*=} jar=${jar%%=*} ;; esac
  case $jar in daemon:*) jar=${jar#daemon:} daemon=1 ;; esac
  local args=(predict --history "$history" --model "$dir" --repo "$repo" --commit "${COMMIT:-HEAD}" --branch master
    --time 2019-09-09T00:00:00Z)
  if [ "${COMMAND:-predict}" = record ]; then
    cp "$history" "$out/history.csv"
    runid=$((runid + 1))
    args=(record --history "$out/history.csv" --id "ab-$runid" --commit 0123456789abcdef0123456789abcdef01234567
      --branch master --status passed --started-at 2030-01-01T00:00:00Z)
  fi
  MLGATE_DAEMON=$daemon MLGATE_DAEMON_IDLE=${MLGATE_DAEMON_IDLE:-600} MLGATE_JAR="$jar" bash "$launcher" buildrisk \
    "${args[@]}" --out "$out/reports" 2>&1
}
# "engine time W ms from main() to reports written (M ms of CPU in the main thread, A ms in all threads)" -> W M A
times() {
  sed -nE 's/.*engine time ([0-9]+) ms from main\(\) to reports written \(([0-9]+) ms of CPU in the main thread, ([0-9]+) ms in all threads\).*/\1 \2 \3/p'
}
for j in "${jars[@]}"; do
  jf=${j#with:*,}
  jf=${jf%%=*}
  [ -f "${jf#daemon:}" ] || { echo "no such jar: $j" >&2; exit 2; }
  predict "$j" >/dev/null || { echo "predict failed with $j:" >&2; predict "$j" >&2; exit 1; }
  for _ in $(seq $(( ${WARMUP:-2} - 1 ))); do predict "$j" >/dev/null; sleep 0.2; done
done
for i in $(seq "$runs"); do
  for k in "${!jars[@]}"; do
    t0=${EPOCHREALTIME/./}
    t=$(predict "${jars[$k]}" | times)
    t1=${EPOCHREALTIME/./}
    [ -n "$t" ] && echo "$t $(( (t1 - t0) / 1000 ))" >> "$out/$k"
  done
done
median() { sort -n | awk '{a[NR]=$1} END{if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
echo "load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'), $runs runs per jar, alternated"
for k in "${!jars[@]}"; do
  f="$out/$k"
  printf '%s: engine %s ms wall (%s-%s), main-thread CPU %s ms, all threads %s ms; command %s ms wall\n' "${jars[$k]}" \
    "$(cut -d' ' -f1 "$f" | median)" "$(cut -d' ' -f1 "$f" | sort -n | head -1)" "$(cut -d' ' -f1 "$f" | sort -n | tail -1)" \
    "$(cut -d' ' -f2 "$f" | median)" "$(cut -d' ' -f3 "$f" | median)" "$(cut -d' ' -f4 "$f" | median)"
done
