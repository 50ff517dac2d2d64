def loops():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    else:
        out.append("else-not-reached")
    for j in range(2):
        pass
    else:
        out.append("for-else")
    n = 0
    while n < 3:
        n += 1
    else:
        out.append("while-else")
    while True:
        try:
            break
        finally:
            out.append("break-finally")
    return out
print(loops())
def ret_from_loop():
    for i in range(10):
        with open("/dev/null") as f:
            if i == 2:
                return i
print(ret_from_loop())
def nested_loops():
    res = []
    for a in range(3):
        for b in range(3):
            if b == a:
                continue
            if b > a:
                break
            res.append((a, b))
    return res
print(nested_loops())
def try_in_loop_exc():
    caught = 0
    for i in range(5):
        try:
            try:
                raise ValueError(i)
            finally:
                if i % 2:
                    continue
        except ValueError:
            caught += 1
    return caught
print(try_in_loop_exc())
def return_value_in_finally():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
print(return_value_in_finally())
def cond_expr(v):
    return "big" if v > 10 else "small" if v > 5 else "tiny"
print([cond_expr(v) for v in (1, 7, 20)])
def bool_ops(a, b):
    return (a and b, a or b, not a, a and not b or b)
print(bool_ops(0, 5), bool_ops(3, ""), bool_ops([], None))
def walrus():
    data = [1, 5, 9, 2]
    if (n := len(data)) > 3:
        return n, [y for x in data if (y := x * 2) > 4]
print(walrus())
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
print(i)
