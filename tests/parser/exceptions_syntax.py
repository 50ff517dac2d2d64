try:
    raise ValueError('v')
except (TypeError, ValueError) as e:
    print('caught', type(e).__name__, e)
else:
    print('no')
finally:
    print('finally')
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise KeyError('k') from e
except KeyError as e:
    print(repr(e), type(e.__cause__).__name__)
try:
    raise
except RuntimeError as e:
    print('bare raise:', e)
def f():
    try:
        return 1
    finally:
        print('cleanup')
print(f())
try:
    pass
except:
    pass
else:
    print('else ran')
