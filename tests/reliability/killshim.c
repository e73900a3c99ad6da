/* Preloaded into a writer process (LD_PRELOAD): SIGKILL the process just before its Nth pwrite,
   i.e. at an exact point inside SQLite's commit, where a timer could only land by luck.
   KILL_AT_WRITE=N (1-based); unset or 0: no effect. Used by tests/reliability only. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/types.h>
#include <unistd.h>

static long count = 0, target = -1;

static void maybe_die(void) {
    if (target < 0) {
        const char *e = getenv("KILL_AT_WRITE");
        target = e ? atol(e) : 0;
    }
    if (target > 0 && ++count == target) kill(getpid(), SIGKILL);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t off) {
    static ssize_t (*real)(int, const void *, size_t, off_t);
    if (!real) real = (ssize_t (*)(int, const void *, size_t, off_t))dlsym(RTLD_NEXT, "pwrite64");
    maybe_die();
    return real(fd, buf, n, off);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off) {
    static ssize_t (*real)(int, const void *, size_t, off_t);
    if (!real) real = (ssize_t (*)(int, const void *, size_t, off_t))dlsym(RTLD_NEXT, "pwrite");
    maybe_die();
    return real(fd, buf, n, off);
}
