#!/bin/sh
# valgrind.sh KRAIT TEST...: run each test under valgrind memcheck in its
# own folder and report per test the memcheck errors and the definitely /
# indirectly lost bytes at exit.  Summary kept in $OUT (default
# build-rel/valgrind.txt), full logs in build-rel/valgrind/.
KRAIT=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); shift
top=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${OUT:-$top/build-rel/valgrind.txt}
logs=$top/build-rel/valgrind; mkdir -p "$logs"; : > "$OUT"
for t in "$@"; do
  t=$(cd "$(dirname "$t")" && pwd)/$(basename "$t")
  [ -f "$t.exp" ] || continue
  log=$logs/$(basename "$(dirname "$t")")_$(basename "$t").log
  ( cd "$(dirname "$t")" && timeout 600 valgrind --tool=memcheck --leak-check=full \
      --errors-for-leak-kinds=definite --show-leak-kinds=definite,indirect \
      --log-file="$log" "$KRAIT" "$(basename "$t")" > /dev/null 2>&1 < /dev/null )
  errs=$(grep 'ERROR SUMMARY' "$log" | awk '{print $4}')
  def=$(grep 'definitely lost:' "$log" | awk '{print $4}')
  ind=$(grep 'indirectly lost:' "$log" | awk '{print $4}')
  echo "$(echo "$t" | sed "s|$top/||"): errors ${errs:-?} definitely ${def:-0} indirectly ${ind:-0}" | tee -a "$OUT"
done
echo "$(wc -l < "$OUT") tests, $(grep -vc 'errors 0 definitely 0 indirectly 0' "$OUT") with findings"
