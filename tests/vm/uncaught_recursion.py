def walk(node, depth=0):
    return walk(node, depth + 1)
print("start")
walk(None)
