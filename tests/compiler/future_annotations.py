from __future__ import annotations
def f(a: int, b: List[int]) -> Dict[str, int]:
    pass
print(f.__annotations__)
class C:
    x: Undefined
    y: int = 2
print(C.__annotations__)
z: SomeType = 3
print(__annotations__, z)
