#!/bin/sh
# run.sh: run one fuzz target for N seconds: sh tests/fuzz/run.sh TARGET N
# The scratch corpus lives in $FUZZ_BUILD/corpus/TARGET (kept between runs),
# seeded from tests/fuzz/corpus/TARGET and, for compile and execute, from
# every test script of the suite.  A crash does not end the run: the input
# is saved under $FUZZ_BUILD/findings/ and fuzzing resumes for the time
# left.  The totals are appended to $FUZZ_BUILD/results.txt.
t=$1; secs=${2:-60}
B=${FUZZ_BUILD:-build-fuzz}
bin=tests/fuzz/bin/fuzz_$t
corpus=$B/corpus/$t
mkdir -p "$corpus" "$B/findings" "$B/logs"
if [ ! -f "$corpus/.seeded" ]; then
  [ -d tests/fuzz/corpus/$t ] && cp tests/fuzz/corpus/$t/* "$corpus/" 2>/dev/null
  if [ "$t" != values ]; then
    i=0
    # tests/reliability holds known crashers and slow limit tests: not seeds
    find tests -name '*.py' ! -path 'tests/fuzz/*' ! -path 'tests/reliability/*' | sort | while read -r f; do
      i=$((i + 1)); cp "$f" "$corpus/seed_$i.py"
    done
  fi
  touch "$corpus/.seeded"
fi
# big single allocations fail with MemoryError, as they would on a small
# machine, instead of being reported by ASan; growth past 2 GB is a finding
export ASAN_OPTIONS=allocator_may_return_null=1:max_allocation_size_mb=1024:detect_leaks=0:${ASAN_OPTIONS:-}
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
start=$(date +%s); runs=0; crashes=0
log=$B/logs/$t.log; : > "$log"
while :; do
  now=$(date +%s); left=$((secs - (now - start)))
  [ "$left" -le 0 ] && break
  "$bin" -max_total_time="$left" -timeout=20 -rss_limit_mb=2048 -max_len=4096 \
    -dict=tests/fuzz/python.dict -artifact_prefix="$B/findings/$t-" \
    -print_final_stats=1 "$corpus" >> "$log" 2>&1
  rc=$?
  n=$(grep '^stat::number_of_executed_units' "$log" | tail -1 | awk '{print $2}')
  runs=$((runs + ${n:-0}))
  # mark the stats line consumed so a later pass is not counted twice
  sed -i 's/^stat::number_of_executed_units/stat::counted/' "$log"
  [ $rc -eq 0 ] && break
  crashes=$((crashes + 1))
  [ $crashes -ge 20 ] && break
done
dur=$(( $(date +%s) - start ))
echo "$t: $runs executions in ${dur}s, $crashes findings, corpus $(ls "$corpus" | wc -l) files" | tee -a "$B/results.txt"
