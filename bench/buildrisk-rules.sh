# Sourced by bench/buildrisk-rank-rule.sh and bench/buildrisk-plugin-rule.sh: their shared command line.
#   simulate_rule RULE USAGE_LINES [-w W] SCORES.csv ...
# runs bench/buildrisk-rules.awk with RULE and the window W (default 100) on the scores files; with none, prints the
# calling script's usage (its lines USAGE_LINES, a sed range such as 2,12) and exits 2, as for a missing file.
simulate_rule() {
  local rule=$1 usage=$2 w=100
  shift 2
  if [ "${1:-}" = "-w" ]; then w=$2; shift 2; fi
  [ $# -ge 1 ] || { sed -n "${usage}p" "$0" >&2; exit 2; }
  for f in "$@"; do [ -f "$f" ] || { echo "no such file: $f" >&2; exit 2; }; done
  awk -F, -v W="$w" -v RULE="$rule" -f "$(dirname "${BASH_SOURCE[0]}")/buildrisk-rules.awk" "$@"
}
