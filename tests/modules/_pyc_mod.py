VALUE = 'from source'
def twice(x):
    return x * 2
