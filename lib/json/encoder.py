"""The JSON encoder (defined in the json package)."""
from json import JSONEncoder

__all__ = ['JSONEncoder']
