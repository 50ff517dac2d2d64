import atexit
def bye(who, punct='!'):
    print('bye', who + punct)
atexit.register(bye, 'first')
atexit.register(bye, 'second', punct='?')
def never(): print('never')
atexit.register(never)
atexit.unregister(never)
print('main done')
