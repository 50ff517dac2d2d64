# an uncaught exception with a context chain, printed by the default hook
def parse(s):
    return int(s)
def load(items):
    out = []
    for it in items:
        try:
            out.append(parse(it))
        except ValueError as e:
            raise RuntimeError("bad item %r" % it) from e
    return out
print(load(["1", "2"]))
try:
    load(["x"])
except RuntimeError as e:
    print("caught", e, "cause:", e.__cause__)
def cleanup():
    try:
        {}["missing"]
    finally:
        print("cleanup ran")
try:
    cleanup()
except KeyError:
    try:
        [][1]
    except IndexError:
        load(["3", "four"])
