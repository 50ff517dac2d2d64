def f(x: int | None = None, y: list[int] = None) -> dict[str, list[int]]:
    return x
print(f(3), f.__annotations__)
u = int | str
print(u, type(u).__name__, u.__args__, int | None, None | int, int | int, (int | str) | float)
print(isinstance(3, u), isinstance(3.0, u), isinstance(None, int | None), issubclass(bool, int | str), issubclass(float, u))
print(u == (str | int), u == (int | float), hash(u) == hash(str | int))
class A: pass
print(A | None, list[A], A | list[int])
g = list[int]
print(g, type(g).__name__, g.__origin__, g.__args__, g.__parameters__, g == list[int], g != list[str])
print(dict[str, int], tuple[int, ...], tuple[()], list[list[int]], type[A])
print(g([1, 2]), g.__name__ if hasattr(g, '__name__') else 'noname')
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, int | list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int | 3
except TypeError as e:
    print(type(e).__name__, e)
class L(list[int]):
    pass
print(L.__mro__, L([1]))
print(hash(list[int]) == hash(list[int]), {list[int]: 1}[list[int]])
print(repr(int.__or__), type(int | str | None).__name__)
