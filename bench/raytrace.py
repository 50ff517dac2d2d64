# float objects with operator dunders
import math

class Vec:
    __slots__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        self.x = x; self.y = y; self.z = z
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y, self.z + o.z)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y, self.z - o.z)
    def __mul__(self, k): return Vec(self.x * k, self.y * k, self.z * k)
    __rmul__ = __mul__
    def dot(self, o): return self.x * o.x + self.y * o.y + self.z * o.z
    def norm(self):
        l = math.sqrt(self.dot(self))
        return Vec(self.x / l, self.y / l, self.z / l)

class Sphere:
    def __init__(self, c, r, col):
        self.c = c; self.r = r; self.col = col
    def hit(self, orig, d):
        oc = orig - self.c
        b = oc.dot(d)
        cc = oc.dot(oc) - self.r * self.r
        disc = b * b - cc
        if disc < 0:
            return None
        t = -b - math.sqrt(disc)
        return t if t > 1e-6 else None

scene = [Sphere(Vec(0, -1000, 0), 999, 0.5), Sphere(Vec(0, 0, 5), 1, 0.9),
         Sphere(Vec(2, 0, 6), 1, 0.7), Sphere(Vec(-2, 0, 6), 1, 0.3)]
light = Vec(-1, 2, -1).norm()

def trace(orig, d):
    best = None
    hit_obj = None
    for s in scene:
        t = s.hit(orig, d)
        if t is not None and (best is None or t < best):
            best, hit_obj = t, s
    if hit_obj is None:
        return 0.1
    p = orig + d * best
    n = (p - hit_obj.c).norm()
    shade = max(0.0, n.dot(light))
    for s in scene:
        if s is not hit_obj and s.hit(p, light) is not None:
            shade *= 0.3
            break
    return hit_obj.col * shade

W, H = 400, 300
total = 0.0
eye = Vec(0, 0, 0)
for j in range(H):
    for i in range(W):
        d = Vec((i - W / 2) / W, (H / 2 - j) / H, 1).norm()
        total += trace(eye, d)
print('%.6f' % total)
