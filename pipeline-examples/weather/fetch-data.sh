#!/usr/bin/env bash
# Fetches the example's data from the npm registry (the vega-datasets package holds real public data sets),
# checks its fingerprint, and writes data/: one CSV per year, a serving copy without the label, and a broken copy.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
version=3.2.1
expected=0845078a290b48e3149ab8639966824110a251db4e06fc144c06ebb534af23be
cache="${MLGATE_CACHE:-$HOME/.cache/mlgate}/vega-datasets-$version"
src="$cache/package/data/seattle-weather.csv"

if [ ! -f "$src" ]; then
  command -v npm >/dev/null || { echo "fetch-data: npm is needed to fetch vega-datasets (apt-get install npm)" >&2; exit 2; }
  mkdir -p "$cache"
  echo "fetch-data: downloading vega-datasets@$version from the npm registry" >&2
  (cd "$cache" && npm pack --silent "vega-datasets@$version" >/dev/null && tar xzf "vega-datasets-$version.tgz" package/data/seattle-weather.csv)
fi
actual=$(sha256sum "$src" | cut -d' ' -f1)
[ "$actual" = "$expected" ] || { echo "fetch-data: $src has sha256 $actual, expected $expected" >&2; exit 2; }

out="$here/data"
tmp=$(mktemp -d "$here/.data.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
for year in 2012 2013 2014 2015; do
  awk -F, -v y="$year" 'NR == 1 || substr($1, 1, 4) == y' "$src" > "$tmp/weather-$year.csv"
done
# serving requests carry no label: drop the weather column
cut -d, -f1-5 "$tmp/weather-2015.csv" > "$tmp/weather-2015-serving.csv"
# a broken copy of 2015, each defect on purpose (data line numbers, header is line 1):
#  line 11: temp_max missing        line 21: repeats the date of line 20   line 31: unknown weather 'hail'
#  line 41: negative precipitation  line 51: temp_min above temp_max
awk -F, -v OFS=, '
  NR == 11 { $3 = "" }
  NR == 20 { prev = $1 }
  NR == 21 { $1 = prev }
  NR == 31 { $6 = "hail" }
  NR == 41 { $2 = "-3.0" }
  NR == 51 { t = $3; $3 = $4; $4 = t }
  { print }' "$tmp/weather-2015.csv" > "$tmp/weather-2015-broken.csv"
rm -rf "$out"
mv "$tmp" "$out"
trap - EXIT
echo "fetch-data: wrote $(ls "$out" | wc -l) files to $out" >&2
