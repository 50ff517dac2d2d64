print('before')
def inner():
    raise ValueError('bad value')
def outer():
    inner()
outer()
