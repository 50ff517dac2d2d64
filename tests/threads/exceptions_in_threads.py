import threading, sys
class Catch:
    def __init__(self): self.text = ''
    def write(self, s): self.text += s
    def flush(self): pass
def boom():
    raise ValueError('bad thing')
cap = Catch()
old, sys.stderr = sys.stderr, cap
t = threading.Thread(target=boom, name='T1')
t.start(); t.join()
sys.stderr = old
lines = cap.text.splitlines()
print(lines[0]); print(lines[1]); print(lines[-1])
print('main continues')
caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
t = threading.Thread(target=boom, name='T2'); t.start(); t.join()
print(caught)
