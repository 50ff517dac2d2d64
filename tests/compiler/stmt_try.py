def t1():
    try:
        1 / 0
    except ZeroDivisionError as e:
        print('caught', type(e).__name__, e)
    else:
        print('no')
    finally:
        print('finally1')
t1()
def t2():
    try:
        pass
    except Exception:
        print('no')
    else:
        print('else runs')
    finally:
        print('finally2')
t2()
def t3():
    try:
        return 'try'
    finally:
        print('finally before return')
print(t3())
def t4():
    try:
        return 'try'
    finally:
        return 'finally wins'
print(t4())
def t5():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print('body', i)
        finally:
            print('fin', i)
t5()
def t6():
    try:
        try:
            raise KeyError('k')
        except ValueError:
            print('wrong')
    except KeyError as e:
        print('outer caught', repr(e))
t6()
def t7():
    e = 'before'
    try:
        raise ValueError('v')
    except ValueError as e:
        pass
    try:
        print(e)
    except UnboundLocalError as err:
        print(type(err).__name__, err)
t7()
def t8():
    try:
        raise TypeError('a')
    except (ValueError, TypeError) as e:
        print('tuple match', e)
t8()
def t9():
    try:
        try:
            raise ValueError('inner')
        finally:
            print('cleanup')
    except ValueError as e:
        print('propagated', e)
t9()
def t10():
    try:
        raise ValueError('first')
    except ValueError:
        try:
            raise TypeError('second')
        except TypeError as e:
            print('ctx', repr(e.__context__))
t10()
def t11():
    try:
        raise ValueError('x') from KeyError('y')
    except ValueError as e:
        print(repr(e.__cause__), e.__suppress_context__)
t11()
def t12():
    try:
        try:
            raise ValueError('orig')
        except ValueError:
            raise
    except ValueError as e:
        print('reraised', e)
t12()
def t13():
    try:
        1/0
    except:
        print('bare except')
t13()
def t14():
    x = 0
    while True:
        try:
            x += 1
            if x > 3:
                return x
        finally:
            print('loop fin', x)
print(t14())
def t15():
    try:
        raise ValueError
    except ValueError:
        return 'ret from except'
    finally:
        print('fin15')
print(t15())
import sys
def t16():
    try:
        raise KeyError(1)
    except KeyError:
        print(sys.exception().__class__.__name__)
    print(sys.exception())
t16()
def t17():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 1:
                continue
            if i == 2:
                break
            print('handled', e)
    print(sys.exception())
t17()
def t18():
    try:
        raise ValueError('a')
    finally:
        try:
            raise TypeError('b')
        except TypeError:
            pass
try:
    t18()
except ValueError as e:
    print('t18', e)
