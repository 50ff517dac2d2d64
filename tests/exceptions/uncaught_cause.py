def f():
    try:
        int('x')
    except ValueError as e:
        raise TypeError('converted') from e
f()
