#!/usr/bin/env bash
# Benchmark: time `zhengjiao run` on the benchmark county (bench/make-county.py) at several sizes (the ranking set,
# `--only 周排名通报,工作经费补助,核对清单`, and every output), the same county
# with a roster (every workbook), and the bundled town example. Prints figures and appends them to
# bench/results.tsv (date, commit, case, rows, payers, median wall seconds of 3 runs, peak RSS MB, live heap bytes
# per payer after reading, exit status), so each change can be compared with the last. No thresholds: figures only.
#
#   bench/benchmark.sh [rows ...]      rows default to: 250000 1000000 4000000
#
# Runs go through the launcher bin/zhengjiao, as users run the tool, with its default JVM options (-Xmx1g, C1 only,
# serial GC); ZHENGJIAO_JAVA_OPTS in the environment replaces them. Expects target/zhengjiao.jar (mvn -B -q
# -DskipTests package) and python3. Generated folders are kept in
# ${BENCH_DIR:-/tmp/zhengjiao-bench} and reused. Measure on a quiet machine: other work on the cores shows in the figures.
set -uo pipefail

cd "$(dirname "$0")/.." || exit 2
JAR=target/zhengjiao.jar
DIR=${BENCH_DIR:-/tmp/zhengjiao-bench}
RESULTS=bench/results.tsv
SIZES=("$@")
[[ ${#SIZES[@]} -gt 0 ]] || SIZES=(250000 1000000 4000000)
[[ -f $JAR ]] || { echo "missing $JAR: build it first (mvn -B -q -DskipTests package)" >&2; exit 2; }
[[ "$(locale charmap 2>/dev/null)" == "UTF-8" ]] || export LC_ALL=C.UTF-8
mkdir -p "$DIR"
[[ -f $RESULTS ]] || printf 'date\tcommit\tcase\trows\tpayers\twall_s_median3\tpeak_rss_mb\theap_bytes_per_payer\texit\n' >"$RESULTS"
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
[[ -z $(git status --porcelain -- src pom.xml 2>/dev/null) ]] || COMMIT="$COMMIT+changes"

# one timed run: prints "wall rss_mb exit"
timed() {
    local out=$1; shift
    /usr/bin/time -f '%e %M' -o "$DIR/time.txt" bin/zhengjiao run "$@" --out "$out" >"$DIR/run.log" 2>&1
    local status=$?
    # the last line: /usr/bin/time puts "Command exited with non-zero status N" before it when the run fails
    read -r wall rss < <(tail -n 1 "$DIR/time.txt" 2>/dev/null) || { wall=0; rss=0; }
    echo "$wall $((rss / 1024)) $status"
}

# live heap after the dumps are read, per payer: the run itself collects garbage at that point and logs the live heap
# (-Dzhengjiao.heapAfterReading=true; an outside class histogram came too late on a fast run, when writing had begun)
heap_per_payer() { # payers, then the run's arguments
    local payers=$1 bytes; shift
    JDK_JAVA_OPTIONS=-Dzhengjiao.heapAfterReading=true bin/zhengjiao run "$@" --out "$DIR/heap-out" >"$DIR/heap.log" 2>&1
    bytes=$(sed -n 's/^读完清册后的堆：\([0-9]*\) 字节.*/\1/p' "$DIR/heap.log" | head -n 1)
    [[ -n $bytes && $payers -gt 0 ]] && echo $((bytes / payers)) || echo "n/a"
}

record() { # case rows payers
    local name=$1 rows=$2 payers=$3; shift 3
    local walls=() rss=0 status=0 r
    for _ in 1 2 3; do
        r=($(timed "$DIR/out" "$@"))
        walls+=("${r[0]}"); [[ ${r[1]} -gt $rss ]] && rss=${r[1]}; [[ ${r[2]} -ne 0 ]] && status=${r[2]}
        [[ ${r[2]} -ne 0 ]] && break
    done
    local median
    median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    local heap="n/a"
    [[ $name == county-* && $status -eq 0 ]] && heap=$(heap_per_payer "$payers" "$@")
    printf '%-28s rows %9s  payers %8s  wall %6ss (median of %d)  rows/s %8s  peak RSS %5s MB  heap/payer %s B  exit %s\n' \
        "$name" "$rows" "$payers" "$median" "${#walls[@]}" \
        "$(awk -v r="$rows" -v w="$median" 'BEGIN { if (w > 0) printf "%.0f", r / w; else print "n/a" }')" "$rss" "$heap" "$status"
    [[ $status -ne 0 ]] && tail -n 3 "$DIR/run.log" | sed 's/^/    /'
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%F)" "$COMMIT" "$name" "$rows" "$payers" "$median" "$rss" "$heap" \
        "$status" >>"$RESULTS"
}

county() { # rows [--roster]
    local folder="$DIR/county-$1${2:+-roster}"
    if [[ ! -f $folder/campaign.yaml ]]; then
        python3 bench/make-county.py "$folder" --rows "$1" ${2:+--roster} >"$DIR/make.log" || { cat "$DIR/make.log"; exit 2; }
    fi
    echo "$folder"
}

payers_of() { # folder: distinct payers = rows - overlap
    python3 - "$1" <<'PY'
import sys, glob
ids = set()
for f in glob.glob(sys.argv[1] + "/payments/*.csv"):
    with open(f, encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            ids.add(line[:18])
print(len(ids))
PY
}

# county-ranking: the week's ranking set an official asks for (the issue's target); county-all: every output the
# county without a roster gives (with the 缴费人明细 of every payer)
for rows in "${SIZES[@]}"; do
    folder=$(county "$rows")
    payers=$(payers_of "$folder")
    record "county-ranking" "$rows" "$payers" "$folder" --only 周排名通报,工作经费补助,核对清单
    record "county-all" "$rows" "$payers" "$folder"
done
folder=$(county 1000000 --roster)
record "county-full-pack-roster" 1000000 "$(payers_of "$folder")" "$folder"
town_rows=$(cat input-example/zhuji-2023/payments/*.csv 2>/dev/null | wc -l)
record "town-example-cold" "$town_rows" "n/a" input-example/zhuji-2023
echo "figures appended to $RESULTS"
