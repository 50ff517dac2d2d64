import signal, _thread, time
print(signal.SIGINT, signal.SIGTERM, signal.SIG_DFL, signal.SIG_IGN)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
got = []
def h(signum, frame):
    got.append((signum, frame is not None))
old = signal.signal(signal.SIGUSR1, h)
print(old)
signal.raise_signal(signal.SIGUSR1)
print(got)
print(signal.getsignal(signal.SIGUSR1) is h)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print(signal.getsignal(signal.SIGUSR1))
try:
    signal.signal(signal.SIGUSR1, 5)
except TypeError as e:
    print('TypeError', e)
try:
    signal.signal(1000, h)
except ValueError as e:
    print('ValueError', e)
try:
    _thread.interrupt_main()
    for i in range(1000000):
        pass
except KeyboardInterrupt:
    print('KeyboardInterrupt')
signal.signal(signal.SIGALRM, lambda s, f: print('alarm'))
signal.alarm(1)
time.sleep(2)
print('slept through alarm')
try:
    signal.alarm(1)
    signal.signal(signal.SIGALRM, signal.default_int_handler)
    time.sleep(3)
except KeyboardInterrupt:
    print('sleep interrupted')
