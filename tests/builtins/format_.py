def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(format(3.14159, '.2f'), format(42), format(42, 'x'), format('s', '>5'), format(1234567, ','))
print(repr(format(None)), format([1]))
t(lambda: format())
t(lambda: format(1, 2, 3))
t(lambda: format(1, 1))
t(lambda: format(1, 'q'))
t(lambda: format(object(), 'x'))
class F:
    def __format__(self, spec):
        return 'F[' + spec + ']'
print(format(F(), 'abc'), format(F()))
class Bad:
    def __format__(self, spec):
        return 1
t(lambda: format(Bad()))
