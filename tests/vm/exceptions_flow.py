def order():
    out = []
    try:
        out.append("try")
        raise ValueError("v")
    except ValueError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
print(order())
def ret_in_finally():
    try:
        return "try"
    finally:
        print("finally runs")
print(ret_in_finally())
def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i
print(break_in_finally())
def nested():
    try:
        try:
            raise TypeError("inner")
        except ValueError:
            print("wrong")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
nested()
def reraise():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            raise
    except KeyError as e:
        print("reraised", repr(e))
reraise()
def chain():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError("wrapped") from e
    except ValueError as e:
        print(repr(e), repr(e.__cause__), e.__suppress_context__)
chain()
def context():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("ctx")
    except ValueError as e:
        print(repr(e.__context__), e.__cause__)
context()
def from_none():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("none") from None
    except ValueError as e:
        print(e.__cause__, e.__suppress_context__, repr(e.__context__))
from_none()
import sys
def handled_state():
    print(sys.exception())
    try:
        raise KeyError("a")
    except KeyError:
        print(repr(sys.exception()))
        try:
            raise ValueError("b")
        except ValueError:
            print(repr(sys.exception()))
        print(repr(sys.exception()))
    print(sys.exception())
handled_state()
def bad_catch():
    try:
        try:
            raise ValueError
        except 42:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
bad_catch()
def raise_bad():
    for obj in [1, "x", None, object]:
        try:
            raise obj
        except TypeError as e:
            print(type(e).__name__, e)
raise_bad()
def bare_raise():
    try:
        raise
    except RuntimeError as e:
        print(type(e).__name__, e)
bare_raise()
def raise_class():
    try:
        raise KeyError
    except KeyError as e:
        print(repr(e), e.args)
raise_class()
def tuple_catch():
    for exc in (KeyError, IndexError, ZeroDivisionError):
        try:
            raise exc("x")
        except (KeyError, IndexError) as e:
            print("tuple caught", type(e).__name__)
        except Exception as e:
            print("generic caught", type(e).__name__)
tuple_catch()
def name_cleared():
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        e
    except NameError as ne:
        print(type(ne).__name__, ne)
    except UnboundLocalError as ne:
        print(type(ne).__name__, ne)
name_cleared()
def in_loop():
    total = 0
    for i in range(100):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            total += i
        except ValueError:
            total -= 1
        finally:
            total += 1000
    return total
print(in_loop())
def cause_types():
    for cause in [KeyError, KeyError("c"), 5]:
        try:
            raise ValueError from cause
        except ValueError as e:
            print(repr(e.__cause__))
        except TypeError as e:
            print(type(e).__name__, e)
cause_types()
def assert_test():
    try:
        assert 1 == 2, "nope"
    except AssertionError as e:
        print(type(e).__name__, e)
    try:
        assert False
    except AssertionError as e:
        print(repr(e))
assert_test()
