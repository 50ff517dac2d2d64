print(list[int], dict[str, int], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__ is list)
