class A: pass
for t in ["object.__setattr__(A, 'x', 1)", "object.__delattr__(A, 'x')", "type.__setattr__(A, 'x', 1); print(A.x)", "object.__setattr__(1, 'x', 1)",
          "class B:\n  def __setattr__(s, k, v): object.__setattr__(s, k, v)\nb = B(); b.y = 2; print(b.y)", "int.__setattr__(A, 'q', 1)"]:
    try:
        exec(t)
    except Exception as e:
        print(type(e).__name__, e)
