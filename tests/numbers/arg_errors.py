# argument-count and keyword errors of the number constructors, methods and math
tests = ["int(x=5)", "int('5', bas=2)", "int(1, 2, 3)", "float(1, 2)", "float(x=1)", "complex(1, 2, 3)", "complex(foo=1)", "bool(1, 2)", "bool(x=1)",
 "(1).to_bytes(1, 'big', False)", "(1).to_bytes(1, 'big', foo=1)", "int.from_bytes()", "int.from_bytes(b'', 'big', True)", "(1.5).__round__(1, 2)", "(1).__round__(1, 2)",
 "round()", "round(1, 2, 3)", "math.sqrt()", "math.sqrt(1, 2)", "math.pow(1)", "math.log()", "math.log(1, 2, 3)", "math.isclose(1)", "math.isclose(1, 2, 3)", "math.prod()", "math.prod([1], 2)",
 "math.nextafter(1)", "math.perm()", "math.comb(1)", "math.hypot('a')", "math.gcd('a')", "math.factorial()", "float.fromhex()", "float.fromhex(1)", "(1.5).hex(1)", "int.bit_length()", "(1).bit_length(2)",
 "math.ldexp(1)", "math.dist((1,), 2)", "math.fsum(1)", "math.sumprod([1], 2)", "math.copysign(1)", "divmod(1)", "pow(1)", "pow(1, 2, 3, 4)", "complex('1', imag=2)"]
import math
for t in tests:
    try: print(t, eval(t))
    except Exception as e: print(t, type(e).__name__, e)
