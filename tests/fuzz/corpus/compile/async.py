async def f():
 async with a as b:
  await c
 async for i in d: yield i
