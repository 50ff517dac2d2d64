import threading, _thread
results = []
def work(n, out, scale=1):
    out.append(n * scale)
t = threading.Thread(target=work, args=(3, results), kwargs={'scale': 10}, name='worker')
print(t.name, t.is_alive(), t.daemon, t.ident is None)
t.start(); t.join()
print(results, t.is_alive(), isinstance(t.ident, int), isinstance(t.native_id, int))
class MyThread(threading.Thread):
    def __init__(self):
        super().__init__()
        self.value = None
    def run(self):
        self.value = threading.current_thread() is self
m = MyThread(); m.start(); m.join()
print(m.value, m.name.startswith('Thread-'))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), len(threading.enumerate()))
print(isinstance(threading.get_ident(), int), threading.get_ident() == _thread.get_ident())
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print('RuntimeError', e)
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', e)
with lock:
    print('in with', lock.locked())
r = threading.RLock()
print(r.acquire(), r.acquire()); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)
