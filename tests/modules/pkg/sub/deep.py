from ..helper import BASE
from .. import value
name = __name__
total = BASE + value
