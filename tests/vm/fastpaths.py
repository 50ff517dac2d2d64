# the eval loop's int/float/str fast paths must agree with the generic ones
vals = [0, 1, -1, 7, -7, 2**30 - 1, 2**30, -2**30, 2**59, -2**59, 2**60 - 1, 2**62, -2**63, 2**64 + 5, 3**40]
ops = ["+", "-", "*", "//", "%", "&", "|", "^", "<<", ">>", "<", "<=", "==", "!=", ">", ">="]
import sys
results = []
for a in vals:
    for b in vals:
        for op in ops:
            if op == "<<" and (b < 0 or b > 200):
                continue
            try:
                r = eval("a %s b" % op)
            except Exception as e:
                r = type(e).__name__ + ": " + str(e)
            results.append(r)
print(len(results), hash(tuple(str(r) for r in results)) == hash(tuple(str(r) for r in results)))
for r in results[:64]:
    print(r)
checks = []
for a in vals:
    for b in vals:
        if b != 0:
            q, m = a // b, a % b
            checks.append(q * b + m == a)
print(all(checks))
print(sum(results[i] for i in range(0, len(results), 16) if isinstance(results[i], int)))
x = 5
x += 3; print(x)
x -= 10; print(x)
x *= -4; print(x)
x //= 3; print(x)
x %= 5; print(x)
x **= 3; print(x)
x <<= 70; print(x)
x >>= 69; print(x)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(1 << 61, 1 << 62, 1 << 63, -1 << 63, 3 << 61)
print(2**62 + 2**62, -(2**62) - 2**62, (2**31) * (2**31), (2**40) * (2**40))
print(-1 >> 100, 5 >> 64, -5 >> 1)
for bad in ["1 // 0", "1 % 0", "1 << -1", "1 >> -1", "1.0 / 0", "1 / 0", "0.0 // 0.0"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
print(0.1 + 0.2, 1.5 * 4, 3.0 - 0.5, 1.0 / 3, 2.5 < 2.6, 1e308 * 10, -0.0 == 0.0)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1.0, [nan] == [nan])
print(1 == 1.0, 2 < 2.5, True + True, True * 3, 5 - True)
print("ab" + "cd", "x" * 3, "a" < "b", "abc" == "abc", "a" != "a")
s = ""
for i in range(5):
    s += str(i)
print(s)
class I(int):
    def __add__(self, o):
        return "sub-add"
print(I(1) + 2, 2 + I(1))
class F(float):
    pass
print(F(1.5) + 1.5, type(F(1.5) + 1.5).__name__)
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2)
l = [1, 2, 3]
print(l[0], l[-1], l[2], (4, 5)[-2])
try:
    l[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    (1,)[-5]
except IndexError as e:
    print(type(e).__name__, e)
print(l[True], [10, 20][False])
