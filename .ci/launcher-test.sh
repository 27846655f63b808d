#!/usr/bin/env bash
# Tests bin/mlgate's start-up cache (see bin/mlgate and io.mlgate.cli.StartupCache) against the built engine jar, on a
# copy of it in a temporary folder: the first run prepares the cache, no run after it lets DuckDB inflate its native
# library, a new build gets a new folder and the old one goes, a cache that cannot be written or a removed library
# never fails a run, MLGATE_STARTUP_CACHE=0 runs plain java -jar. About 20 s. With LAUNCHER_TEST_CDS=1 it also records
# the class-data-sharing archive (about 30 s more) and checks that runs load classes from it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/shared-engine/target/mlgate.jar"
[ -f "$jar" ] || (cd "$root" && mvn -q -B -DskipTests package -pl shared-engine -am)
t=$(mktemp -d)
daemons() { sed -n 's/^mlgate daemon \([0-9]*\) serves.*/\1/p' "$t"/cache/jars/*/daemon-*.log 2>/dev/null; }
trap 'for p in $(daemons); do kill "$p" 2>/dev/null || :; done; rm -rf "$t"' EXIT
cp "$jar" "$t/mlgate.jar"
export MLGATE_JAR="$t/mlgate.jar" MLGATE_STARTUP_CACHE_DIR="$t/cache" MLGATE_CDS=0
unset MLGATE_STARTUP_CACHE MLGATE_JAVA_OPTS
# a CI system running this test names its own build in its variables: none of them here but those a test sets
unset GITHUB_ACTIONS JENKINS_URL GITLAB_CI
fail() { echo "launcher-test: FAIL: $*" >&2; exit 1; }
cd "$t"   # nothing may be written to the folder a run starts in but the reports asked for
mlgate() { "$root/bin/mlgate" "$@"; }
printf 'id,x\n1,2.5\n2,3.5\n3,\n' > "$t/d.csv"
printf 'version: 1\ndata:\n  checks:\n    - {check: row_count, min: 3}\n    - {check: unique, column: id}\n' > "$t/p.yml"
validate() { mlgate data validate --policy "$t/p.yml" --data "$t/d.csv" --no-profile --quiet --out "$t/out" "$@" > /dev/null; }

echo "launcher-test: first run prepares the cache"
validate 2> "$t/err" || fail "first run exited $?: $(cat "$t/err")"
grep -q 'preparing the start-up cache' "$t/err" || fail "first run did not prepare: $(cat "$t/err")"
dirs=("$t"/cache/jars/*)
[ ${#dirs[@]} = 1 ] && [ -f "${dirs[0]}/ready" ] || fail "expected one ready cache folder: ${dirs[*]}"
first=${dirs[0]}
{ read -r lib; read -r libpath; } < "$first/ready"
[ -f "$lib" ] && [ "$(dirname "$lib")" = "${libpath%%:*}" ] || fail "ready: $lib / $libpath"
[ "$(stat -c %s "$lib")" -gt 10000000 ] || fail "$lib is too small"
if jar tf "$first/mlgate.jar" | grep -q '^libduckdb_java'; then fail "the cached jar still has DuckDB's libraries"; fi
jar tf "$first/mlgate.jar" | grep -q '^io/mlgate/cli/Main.class$' || fail "the cached jar lost the CLI"

echo "launcher-test: later runs do not prepare, and DuckDB inflates nothing"
# DuckDB's own extraction writes to java.io.tmpdir: a folder that does not exist makes it fail
MLGATE_JAVA_OPTS="-Djava.io.tmpdir=$t/no-such-folder" validate 2> "$t/err" || fail "cached run exited $?: $(cat "$t/err")"
[ ! -s "$t/err" ] || fail "cached run wrote to stderr: $(cat "$t/err")"
if MLGATE_STARTUP_CACHE=0 MLGATE_JAVA_OPTS="-Djava.io.tmpdir=$t/no-such-folder" validate 2> /dev/null; then
  fail "control: plain java -jar should have failed to inflate DuckDB's library into a missing folder"
fi
MLGATE_STARTUP_CACHE=0 validate || fail "MLGATE_STARTUP_CACHE=0 exited $?"

out=$(mlgate --help) && [[ $out == Usage:* ]] || fail "--help: $out"

echo "launcher-test: a one-build command runs with C1 and the serial collector, unless the user names a collector"
flags=$(MLGATE_JAVA_OPTS=-XX:+PrintCommandLineFlags mlgate --version) || fail "--version with flags exited $?"
[[ $flags == *-XX:+UseSerialGC* && $flags == *-XX:TieredStopAtLevel=1* ]] || fail "--version's flags: $flags"
flags=$(MLGATE_JAVA_OPTS="-XX:+PrintCommandLineFlags -XX:+UseParallelGC" mlgate --version) || fail "exited $?"
[[ $flags == *-XX:+UseParallelGC* && $flags != *UseSerialGC* ]] || fail "the user's collector was not kept: $flags"
flags=$(MLGATE_JAVA_OPTS=-XX:+PrintCommandLineFlags mlgate data validate --policy "$t/p.yml" --data "$t/d.csv" \
  --no-profile --quiet --out "$t/out") || fail "validate with flags exited $?"
[[ $flags != *UseSerialGC* && $flags != *TieredStopAtLevel* ]] || fail "validate's flags: $flags"

echo "launcher-test: a new build gets a new folder, the old one is removed, the library is reused"
touch -d '+1 minute' "$t/mlgate.jar"
validate 2> "$t/err" || fail "run after rebuild exited $?"
dirs=("$t"/cache/jars/*)
[ ${#dirs[@]} = 1 ] && [ "${dirs[0]}" != "$first" ] || fail "expected one new folder: ${dirs[*]}"
[ "$(head -1 "${dirs[0]}/ready")" = "$lib" ] || fail "the library was extracted again"

echo "launcher-test: a removed library folder is extracted again; an unwritable cache runs java -jar"
rm -rf "$t/cache/native"
validate 2> "$t/err" || fail "run after removing the library exited $?: $(cat "$t/err")"
[ -f "$lib" ] || fail "$lib was not extracted again"
out=$(MLGATE_STARTUP_CACHE_DIR=/proc/mlgate-cannot-write mlgate --version 2> "$t/err") || fail "unwritable cache exited $?"
[[ $out == "mlgate "* ]] && [ ! -s "$t/err" ] || fail "unwritable cache: '$out' $(cat "$t/err")"

echo "launcher-test: MLGATE_DAEMON=1: the first record starts a resident mlgate, the next ones go to it"
sha=0b2480060ae7a7f09826637f6a2dd7b468e5e486
rec() {
  MLGATE_DAEMON=1 MLGATE_DAEMON_IDLE=120 mlgate buildrisk record --history "$t/h.csv" --id "$1" --commit "$sha" \
    --branch main --status "$2" --out "$t/rec" -q > /dev/null
}
rec 1 passed || fail "first record exited $?"
for _ in $(seq 200); do ls "$t"/cache/jars/*/daemon-*[0-9] > /dev/null 2>&1 && break; sleep 0.1; done
state=$(ls "$t"/cache/jars/*/daemon-*[0-9]) || fail "no daemon state file after the first record"
[ "$(stat -c %a "$state")" = 600 ] || fail "the state file can be read by others: $(stat -c %a "$state")"
rec 2 failed || fail "record through the daemon exited $?"
grep -q ' exit 0 after .* ms: buildrisk record --history .* --id 2 ' "$state.log" || fail "the daemon did not serve it: $(cat "$state.log")"
[ "$(cut -d, -f1,4 "$t/h.csv" | tr '\n' ' ')" = "id,status 1,passed 2,failed " ] || fail "history: $(cat "$t/h.csv")"
# the client's environment goes with the command: a CI system's variables name the build
GITHUB_ACTIONS=true GITHUB_RUN_ID=77 GITHUB_SHA=$sha GITHUB_REF_NAME=dev GITHUB_EVENT_NAME=schedule MLGATE_DAEMON=1 \
  mlgate buildrisk record --history "$t/h.csv" --status success --out "$t/rec" -q > /dev/null \
  || fail "record from the environment exited $?"
grep -q ' exit 0 after .* ms: buildrisk record --history .* --status success ' "$state.log" \
  || fail "the daemon did not serve the record from the environment: $(cat "$state.log")"
[ "$(tail -1 "$t/h.csv" | cut -d, -f1-4,8)" = "77,$sha,dev,passed,cron" ] || fail "record from the environment: $(tail -1 "$t/h.csv")"
out=$(MLGATE_DAEMON=1 mlgate buildrisk record --history "$t/h.csv" --id 3 --commit "$sha" --branch main --status nope \
  -q 2>&1) && fail "a bad status through the daemon exited 0"
[ "$out" = "mlgate: error: --status: unknown status 'nope'; expected one of $(sed -n 's/.*expected one of //p' <<< "$out")" ] \
  || fail "bad status through the daemon: $out"
out=$(mlgate daemon status) && [[ $out == "pid "*": running, serves $t on 127.0.0.1:"*", 3 commands (log: $state.log)" ]] \
  || fail "daemon status: $out"
pid=$(daemons)
kill "$pid"
for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
[ "$(mlgate daemon status)" = "mlgate: no resident mlgate is running" ] && [ ! -e "$state" ] \
  || fail "a killed daemon left its state file: $(mlgate daemon status)"
printf '1 %064d\n' 0 > "$state"   # as if it could not remove it (kill -9, a crash)
[[ $(mlgate daemon status) == *": gone (stale state file), serves $t "* ]] || fail "stale: $(mlgate daemon status)"
# a stale state file naming a port nobody answers on, then one naming a program that never greets: both run as usual
rec 4 passed || fail "a record after the daemon was killed exited $? (its state file left behind)"
for _ in $(seq 200); do grep -q ' serves ' "$state.log" 2>/dev/null && [ "$(daemons | wc -l)" = 2 ] && break; sleep 0.1; done
kill $(daemons) 2>/dev/null || :
sleep 0.5
python3 -c 'import socket,sys,time; s=socket.socket(); s.bind(("127.0.0.1",0)); s.listen()
print(s.getsockname()[1], "x"*64); sys.stdout.flush(); c=s.accept(); time.sleep(15)' > "$state" &
sleep 0.5
rec 5 passed || fail "a record whose state file names a silent program's port exited $?"
grep -c ',passed,' "$t/h.csv" | grep -q 4 || fail "history after the daemon went: $(cat "$t/h.csv")"
for _ in $(seq 200); do grep -q ' serves ' "$state.log" 2>/dev/null && [ "$(daemons | wc -l)" = 3 ] && break; sleep 0.1; done
out=$(mlgate daemon stop) && [[ $out == *"mlgate daemon $(daemons | tail -1) (serving $t) stops"* ]] || fail "daemon stop: $out"
for _ in $(seq 100); do kill -0 "$(daemons | tail -1)" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$(daemons | tail -1)" 2>/dev/null; then fail "the daemon did not stop"; fi
[ "$(mlgate daemon status)" = "mlgate: no resident mlgate is running" ] || fail "after stop: $(mlgate daemon status)"
mlgate daemon 2> /dev/null && fail "mlgate daemon without status or stop exited 0"

if [ "${LAUNCHER_TEST_CDS:-}" = 1 ]; then
  echo "launcher-test: class-data sharing"
  unset MLGATE_CDS
  validate 2> "$t/err" || fail "CDS run exited $?: $(cat "$t/err")"
  ls "${dirs[0]}"/cds-*.jsa > /dev/null || fail "no archive: $(cat "$t/err"; ls "${dirs[0]}")"
  MLGATE_JAVA_OPTS=-Xlog:class+load=info:file="$t/classes.log" validate || fail "run with the archive exited $?"
  [ ! -e "$t/mlgate-reports" ] || fail "recording the archive wrote reports into the current folder"
  grep -q 'io.mlgate.engine.validate.Validator source: shared objects file' "$t/classes.log" \
    || fail "the engine's classes did not come from the archive"
  MLGATE_CDS=0 MLGATE_JAVA_OPTS=-Xlog:class+load=info:file="$t/classes.log" validate || fail "MLGATE_CDS=0 exited $?"
  if grep -q 'shared objects file (top)' "$t/classes.log"; then fail "MLGATE_CDS=0 still used the archive"; fi
fi
echo "launcher-test: ok"
