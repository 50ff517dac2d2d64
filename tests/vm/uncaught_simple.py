class AppError(Exception):
    def __init__(self, code):
        super().__init__("application failed with code %d" % code)
        self.code = code
def step(n):
    if n == 3:
        raise AppError(n)
    return step(n + 1)
print("running")
data = {"a": [1, 2, 3]}
total = sum(data["a"])
print("total", total)
err = AppError(1)
err.add_note("while running step")
try:
    step(0)
except AppError as e:
    e.add_note("note added in handler")
    raise
