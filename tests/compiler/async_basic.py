import sys
async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
print(main.__code__.co_flags & 0x80 != 0, add.__code__.co_flags & 0x20 == 0)
class AIter:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
class ACM:
    async def __aenter__(self):
        print('aenter')
        return 'res'
    async def __aexit__(self, t, v, tb):
        print('aexit', t.__name__ if t else None)
        return True
async def loops():
    out = []
    async for v in AIter(3):
        out.append(v)
    else:
        out.append('else')
    async with ACM() as r:
        out.append(r)
    async with ACM():
        raise ValueError('suppressed')
    for_break = []
    async for v in AIter(5):
        if v == 2:
            break
        for_break.append(v)
    return out, for_break
print(run(loops()))
for src in ["def f():\n    await x\n", "def f():\n    async for x in y: pass\n", "async def f():\n    yield from x\n", "await x\n"]:
    try:
        compile(src, 's', 'exec')
    except SyntaxError as e:
        print(e.msg)
