# reliability.mk: the reliability targets (see docs/RELIABILITY.md).
#   make fuzz [FUZZ_SECONDS=N]   build the libFuzzer targets, run each N s
#   make fuzz-build              only build them (tests/fuzz/bin/)
#   make refleaks                each test N times in one process; ref and block growth
#   make valgrind                the suite under memcheck (VALGRIND_TESTS=... for a subset)
# Fuzz objects are built with clang into their own folder so that they never
# mix with a gcc build.
FUZZ_SECONDS ?= 60
FUZZ_BUILD ?= build-fuzz
FUZZ_CC ?= clang
FUZZ_SAN = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
FUZZ_CFLAGS = -std=c11 -D_GNU_SOURCE -g -Wall -Wextra -Wno-unused-parameter -Isrc -Iinclude -pthread
FUZZ_TARGETS = compile execute values
FUZZ_BINS = $(patsubst %,tests/fuzz/bin/fuzz_%,$(FUZZ_TARGETS))
FUZZ_OBJS = $(filter-out $(FUZZ_BUILD)/main.o,$(patsubst src/%.c,$(FUZZ_BUILD)/%.o,$(SRCS)))
REFLEAK_RUNS ?= 5
VALGRIND_TESTS ?=

.PHONY: fuzz fuzz-objs fuzz-build refleaks valgrind

fuzz-objs:
	$(MAKE) CC=$(FUZZ_CC) BUILD=$(FUZZ_BUILD) OPT=-O1 \
	  EXTRA_CFLAGS="-fsanitize=fuzzer-no-link $(FUZZ_SAN)" objs

fuzz-build: fuzz-objs
	@mkdir -p tests/fuzz/bin
	@for t in $(FUZZ_TARGETS); do \
	  echo "link fuzz_$$t"; \
	  $(FUZZ_CC) $(FUZZ_CFLAGS) -O1 -fsanitize=fuzzer $(FUZZ_SAN) -o tests/fuzz/bin/fuzz_$$t \
	    tests/fuzz/fuzz_$$t.c tests/fuzz/fuzz_common.c $(FUZZ_OBJS) -lm -pthread || exit 1; \
	done

# each target gets its own scratch corpus seeded from tests/fuzz/corpus/<t>
# (and, for compile and execute, from every test script in the suite)
fuzz: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	  sh tests/fuzz/run.sh $$t $(FUZZ_SECONDS) || exit 1; \
	done

refleaks: $(TARGET)
	@sh tests/fuzz/refleaks.sh ./$(TARGET) $(REFLEAK_RUNS) $(REFLEAK_PATTERN)

valgrind: $(TARGET)
	@sh tests/fuzz/valgrind.sh ./$(TARGET) $(VALGRIND_TESTS)
