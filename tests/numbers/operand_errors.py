# TypeErrors of mixed-type operators
for t in ["pow(2, 3, 5.0)", "pow(2, 3.0, 5)", "pow(2j, 3, 5)", "pow(2, 3, 5j)", "pow(2, 3, None)", "pow(2.0, 3, None)", "pow('a', 2)", "pow(2, 'a')", "pow(2, 3, 'a')", "2 ** None", "None ** 2", "divmod('a', 2)", "-'a'", "~1.5", "~1j", "abs('x')", "1 < 'a'", "1.5 > []", "1j > 1", "1 @ 2", "int.__add__(1, 'a')", "(1).__add__('a')", "(1.5).__mul__(1j)", "1 << 1.5", "1.5 << 1", "1 & 1.5", "[1] * 2.5", "'a' * 2**70"]:
    try: print(t, eval(t))
    except Exception as e: print(t, type(e).__name__, e)
