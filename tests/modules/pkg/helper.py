BASE = 100
def twice(x):
    return 2 * x
