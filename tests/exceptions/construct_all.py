import builtins
classes = [getattr(builtins, n) for n in sorted(dir(builtins))
           if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException)]
argsets = [(), ('msg',), (1,), (None,), ('a', 'b'), (2, 'No such file'), (2, 'strerr', 'fname'),
           (2, 'strerr', 'f1', None, 'f2'), ('utf-8', b'\xff', 0, 1, 'bad'), ('ascii', 'x\xe9', 1, 2, 'r'),
           ('m', ('f.py', 1, 2, 'text')), ('m', [ValueError(1)]), (1, 2, 3, 4, 5, 6)]
attrs = ['args', 'errno', 'strerror', 'filename', 'filename2', 'msg', 'lineno', 'offset', 'text', 'value',
         'code', 'name', 'path', 'obj', 'encoding', 'object', 'start', 'end', 'reason', 'message', 'exceptions',
         'characters_written', 'end_lineno', 'end_offset']
for cls in classes:
    for args in argsets:
        try:
            e = cls(*args)
        except Exception as x:
            print(cls.__name__, args, 'EXC', type(x).__name__, x)
            continue
        try:
            s = str(e)
        except Exception as x:
            s = 'str-EXC %s %s' % (type(x).__name__, x)
        out = [type(e).__name__, repr(s), repr(e)]
        for a in attrs:
            try:
                v = getattr(e, a)
                out.append('%s=%r' % (a, v))
            except AttributeError:
                pass
        print(cls.__name__, args, ' '.join(out))
