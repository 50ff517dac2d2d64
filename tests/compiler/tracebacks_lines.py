import sys
def fail():
    x = 1
    y = 0
    return x / y
try:
    fail()
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
def multi():
    a = [1,
         2]
    return a[
        5]
try:
    multi()
except IndexError as e:
    print(e.__traceback__.tb_next.tb_lineno)
def where():
    return sys._getframe().f_lineno
print(where())
def caller():
    return sys._getframe(1).f_code.co_name
def wrap():
    return caller()
print(wrap())
try:
    for i in range(3):
        if i == 2:
            raise KeyError(i)
except KeyError as e:
    print('line', e.__traceback__.tb_lineno)
