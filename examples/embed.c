/* embed.c: two interpreters running in parallel on two OS threads, each
 * with its own GIL, sharing nothing but immortal static objects.
 *   cc -Iinclude examples/embed.c build/<objects> -lm -pthread   (see `make embed`) */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include "krait.h"

static void *worker(void *arg)
{
    const char *name = arg;
    KraitInterp *k = krait_new(0, NULL);
    if (!k)
        return NULL;
    char src[256];
    snprintf(src, sizeof src, "total = sum(i * i for i in range(200000))\nname = %s\n", name);
    krait_run_string(k, src, NULL);
    char *r = krait_eval_to_string(k, "f'{name}: {total}'");
    if (r) {
        printf("%s\n", r);
        free(r);
    }
    krait_free(k);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, "'first'");
    pthread_create(&b, NULL, worker, "'second'");
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
