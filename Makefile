# Krait build.  One Makefile; objects go to $(BUILD) so that several builds
# (normal, asan, tsan) can live side by side.
CC ?= cc
BUILD ?= build
OPT ?= -O2
IS_CLANG := $(findstring clang,$(shell $(CC) --version 2>/dev/null))
WARN = -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers \
       $(if $(IS_CLANG),,-Wshadow=local) -Wstrict-prototypes -Wpointer-arith -Wformat=2 -Wno-format-nonliteral
CFLAGS_BASE = -std=c11 -D_GNU_SOURCE -g $(OPT) $(WARN) -Isrc -Iinclude -pthread -MMD -MP
CFLAGS += $(CFLAGS_BASE) $(EXTRA_CFLAGS)
LDLIBS = -lm -pthread $(EXTRA_LDLIBS)

SRCS := $(sort $(wildcard src/*.c src/*/*.c))
OBJS := $(patsubst src/%.c,$(BUILD)/%.o,$(SRCS))
TARGET ?= krait

.PHONY: all demo test asan tsan stress clean regen bench objs embed

all: $(TARGET)

$(TARGET): $(OBJS)
	$(CC) $(CFLAGS) -o $@ $(OBJS) $(LDLIBS)

$(BUILD)/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

objs: $(OBJS)

# the embedding example: every object but the command line's main()
embed: $(OBJS)
	$(CC) $(CFLAGS) -o examples/embed examples/embed.c $(filter-out $(BUILD)/main.o,$(OBJS)) $(LDLIBS)

demo: $(TARGET)
	./$(TARGET) examples/tour.py

# besides the scripts, the embedding example must run two interpreters in
# parallel and print both results (tests/embed/two_interpreters.exp)
test: $(TARGET) embed
	@./examples/embed | sort | cmp -s - tests/embed/two_interpreters.exp || \
	  { echo "FAIL examples/embed (two interpreters in parallel)"; exit 1; }
	@sh tests/run.sh ./$(TARGET)

asan:
	$(MAKE) BUILD=build-asan TARGET=krait-asan OPT=-O1 \
	  EXTRA_CFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
	  EXTRA_LDLIBS="-fsanitize=address,undefined"
	@ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 TEST_TIMEOUT=180 sh tests/run.sh ./krait-asan

# the thread tests under ThreadSanitizer: any report shows up on stderr and
# fails the comparison with the expected output
tsan:
	$(MAKE) BUILD=build-tsan TARGET=krait-tsan OPT=-O1 \
	  EXTRA_CFLAGS="-fsanitize=thread" EXTRA_LDLIBS="-fsanitize=thread"
	@TSAN_OPTIONS=halt_on_error=0 TEST_TIMEOUT=300 sh tests/run.sh ./krait-tsan threads

stress: $(TARGET)
	@KRAIT_GC_STRESS=1 sh tests/run.sh ./$(TARGET)

regen:
	sh tools/regen.sh

bench: $(TARGET)
	@sh bench/run.sh

clean:
	rm -rf build build-asan build-tsan krait krait-asan krait-tsan

-include $(OBJS:.o=.d)
include tools/reliability.mk
