#!/usr/bin/env bash
# Benchmark: generate a sample campaign, then time `zhengjiao run` on it. Prints figures only, no thresholds.
#
#   bench/benchmark.sh [scale]        scale defaults to 25 (about 1.2 million payment rows)
#
# Expects target/zhengjiao.jar (build it first: mvn -q package). Set BENCH_KEEP=1 to keep the temporary folder.
set -uo pipefail

cd "$(dirname "$0")/.." || exit 2
JAR=target/zhengjiao.jar
SCALE=${1:-25}

if [[ ! -f $JAR ]]; then
    echo "missing $JAR: build it first (mvn -q package)" >&2
    exit 2
fi
if [[ ! $SCALE =~ ^[1-9][0-9]*$ ]]; then
    echo "scale must be a positive whole number, got: $SCALE" >&2
    exit 2
fi
# Java derives file-name encoding from the locale; the sample's file names are Chinese.
if [[ "$(locale charmap 2>/dev/null)" != "UTF-8" ]]; then
    export LC_ALL=C.UTF-8
fi

TMP=$(mktemp -d)
if [[ ${BENCH_KEEP:-0} == 1 ]]; then
    echo "keeping $TMP" >&2
else
    trap 'rm -rf "$TMP"' EXIT
fi

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# 1. the sample
start=$(now)
java -Xmx1g -jar "$JAR" sample --scale "$SCALE" --out "$TMP/campaign" >"$TMP/sample.out" 2>"$TMP/sample.err"
sample_status=$?
sample_time=$(seconds "$start" "$(now)")
if [[ $sample_status -ne 0 ]]; then
    echo "sample failed (exit $sample_status):" >&2
    tail -n 20 "$TMP/sample.err" >&2
    exit "$sample_status"
fi

# Rows from the summary line ("..., 45768 行缴费记录, ..."); otherwise count CSV lines and workbook rows.
rows=$(grep -o '[0-9][0-9]* 行缴费记录' "$TMP/sample.out" | grep -o '^[0-9]*' | head -n 1)
if [[ -z $rows ]]; then
    rows=0
    for f in "$TMP"/campaign/payments/*.csv; do
        rows=$((rows + $(wc -l <"$f") - 1))
    done
    for f in "$TMP"/campaign/payments/*.xlsx; do
        [[ -f $f ]] || continue
        rows=$((rows + $(unzip -p "$f" xl/worksheets/sheet1.xml | grep -o '<row ' | wc -l) - 2))
    done
fi

# 2. the run
start=$(now)
if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -v -o "$TMP/time.txt" \
        java -Xmx1g -jar "$JAR" run "$TMP/campaign" --out "$TMP/out" >"$TMP/run.out" 2>"$TMP/run.err"
    status=$?
else
    java -Xmx1g -jar "$JAR" run "$TMP/campaign" --out "$TMP/out" >"$TMP/run.out" 2>"$TMP/run.err"
    status=$?
    : >"$TMP/time.txt"
fi
wall=$(seconds "$start" "$(now)")

# GNU time's figures when present: "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:16.57"
elapsed=$(sed -n 's/.*Elapsed (wall clock) time.*: \([0-9:.]*\)$/\1/p' "$TMP/time.txt")
if [[ -n $elapsed ]]; then
    wall=$(awk -v t="$elapsed" 'BEGIN { n = split(t, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }')
fi
rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): \([0-9]*\)$/\1/p' "$TMP/time.txt")
peak=$([[ -n $rss_kb ]] && awk -v k="$rss_kb" 'BEGIN { printf "%.0f", k / 1024 }' || echo "n/a")
rate=$(awk -v r="$rows" -v w="$wall" 'BEGIN { if (w > 0) printf "%.0f", r / w; else print "n/a" }')

printf 'scale:              %s\n' "$SCALE"
printf 'payment rows:       %s\n' "$rows"
printf 'sample time (s):    %s\n' "$sample_time"
printf 'run wall time (s):  %s\n' "$wall"
printf 'rows per second:    %s\n' "$rate"
printf 'peak memory (MB):   %s\n' "$peak"
printf 'exit status:        %s\n' "$status"
if [[ $status -ne 0 ]]; then
    echo "run failed; last lines of its error output:" >&2
    tail -n 20 "$TMP/run.err" >&2
fi
exit "$status"
