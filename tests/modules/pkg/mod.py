from . import helper
from .helper import twice
print('pkg.mod loading', __name__, __package__)
def run(x):
    return twice(x) + helper.BASE
