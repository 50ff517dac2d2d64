try:
    raise ExceptionGroup('raised', [ValueError('v'), OSError('o')])
except* ValueError as x:
    print('caught values', repr(x))
except* OSError as x:
    print('caught os', repr(x))
