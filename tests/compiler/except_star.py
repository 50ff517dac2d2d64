def f():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print('V', repr(e))
    except* TypeError:
        print('T')
try:
    f()
except ExceptionGroup as e:
    print('rest', repr(e))
try:
    try:
        raise ValueError('naked')
    except* ValueError as e:
        print('wrapped', repr(e), repr(e.exceptions))
except Exception as e:
    print('no')
try:
    try:
        raise ExceptionGroup('x', [ValueError(1)])
    except* ValueError:
        raise KeyError('new')
except ExceptionGroup as e:
    print('raised in handler', repr(e), repr(e.exceptions))
for src in ["try:\n    pass\nexcept* ValueError:\n    break\n", "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n", "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n"]:
    try:
        compile(src, 's', 'exec')
        print('ok')
    except SyntaxError as e:
        print(e.msg)
try:
    try:
        raise TypeError('t')
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
def fin():
    try:
        raise ExceptionGroup('g', [OSError('o')])
    except* OSError:
        print('os')
    else:
        print('else')
    finally:
        print('finally')
fin()
