def match_stmt(v):
    match v:
        case 0:
            return "zero"
        case [a, b]:
            return ("pair", a, b)
        case {"k": val}:
            return ("dict", val)
        case str() as s:
            return ("str", s)
        case _:
            return "other"
print([match_stmt(v) for v in (0, [1, 2], {"k": 3}, "s", 4.5)])
