# sys.unraisablehook receives exceptions raised by __del__, directly and
# from the cycle collector; the default hook is restored afterwards.
import gc, sys
# __del__ that raises: reported as unraisable on stderr, execution goes on
class Raiser:
    def __del__(self):
        raise ValueError('in del')
hook_calls = []
sys.unraisablehook = lambda u: hook_calls.append((type(u.exc_value).__name__, str(u.exc_value)))
r = Raiser(); del r
print('unraisable', hook_calls)
r = Raiser(); r.c = r; del r; gc.collect()
print('unraisable cycle', hook_calls)
sys.unraisablehook = sys.__unraisablehook__

print('done')
