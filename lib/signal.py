"""Set handlers for asynchronous events; the work is done by _signal.

Signal numbers are plain ints here (CPython wraps them in enum classes)."""

from _signal import *
import _signal

Handlers = int
Signals = int
__all__ = [name for name in dir(_signal) if not name.startswith('_')]
