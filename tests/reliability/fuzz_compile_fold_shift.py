# found by the compile fuzzer: constant folding of a shift by a huge
# negative count overflowed (UBSan) before the run-time ValueError
for src in ["366670>66<<66-(2**63), 20>66<<~66", "x = 1 << -(2**63)", "x = 5 << -1", "x = 1 << -(2**70)", "x = 0 << -5"]:
    code = compile(src, "<fuzz>", "exec")
    try:
        exec(code, {})
        print("ran")
    except ValueError as e:
        print(type(e).__name__, e)
