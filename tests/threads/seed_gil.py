# Seed example 4: two threads that sleep overlap; facts instead of times.
import threading
import time

def task():
    print("Task start")
    time.sleep(0.5)
    print("Task end")

t0 = time.monotonic()
thread1 = threading.Thread(target=task)
thread2 = threading.Thread(target=task)
thread1.start()
time.sleep(0.1)
thread2.start()
thread1.join()
thread2.join()
elapsed = time.monotonic() - t0
print('overlapped', elapsed < 0.9)
