examples/embed: examples/embed.c include/krait.h
include/krait.h:
