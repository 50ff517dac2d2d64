#!/bin/sh
# make bench: run the side-by-side suite with CPython 3.12 driving the runner
cd "$(dirname "$0")/.." || exit 1
PYENV_VERSION=3.12.1 exec python3 bench/run.py "$@"
