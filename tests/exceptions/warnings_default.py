print('start')
t = True
for i in range(3):
    x = ~t
print(x)
def f():
    return bool(NotImplemented)
print(f())
print(f())
fl = False
y = ~fl
y = ~fl
print('end')
