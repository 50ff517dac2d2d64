def f():
 global x
 nonlocal y
