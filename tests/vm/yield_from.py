def sub():
    try:
        x = yield "s1"
        print("sub got", x)
        y = yield "s2"
        print("sub got", y)
    except ValueError as e:
        print("sub caught", e)
        yield "s-recovered"
    finally:
        print("sub finally")
    return "sub-result"
def outer():
    r = yield from sub()
    print("outer got", r)
    yield "o1"
o = outer()
print(next(o))
print(o.send(10))
print(o.throw(ValueError("boom")))
print(next(o))
try:
    next(o)
except StopIteration:
    print("exhausted")
o = outer()
next(o)
print(o.gi_yieldfrom is not None, o.gi_yieldfrom.gi_code.co_name)
o.close()
print("closed outer")
def over_list():
    yield from [1, 2, 3]
    yield from "ab"
    yield from range(2)
print(list(over_list()))
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
def over_it():
    r = yield from It()
    yield ("ret", r)
print(list(over_it()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), {4: 0})))
def deep(n):
    if n == 0:
        yield "bottom"
        return "r0"
    r = yield from deep(n - 1)
    return r + str(n)
def top():
    r = yield from deep(5)
    yield r
print(list(top()))
def thrower():
    yield from sub()
t = thrower()
next(t)
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("KeyError through", e)
def send_none():
    x = yield from [10, 20]
    yield x
print(list(send_none()))
class WithSend:
    def __iter__(self): return self
    def __next__(self): return self.send(None)
    def send(self, v):
        if v == "stop":
            raise StopIteration("sent-stop")
        return ("echo", v)
def ws():
    r = yield from WithSend()
    yield r
w = ws()
print(next(w))
print(w.send("hi"))
print(w.send("stop"))
