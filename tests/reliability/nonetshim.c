/* Preloaded into a SarcoRef process (LD_PRELOAD) by tests/reliability: every attempt to reach a network
   (an internet socket, a connect to an internet address, a name lookup) is refused and written, one line
   each, to the file named by NONET_LOG. It sits under Python and Qt alike, so it sees what an audit hook
   in Python cannot (Qt's own C++ networking). Local sockets (AF_UNIX, AF_NETLINK) are allowed, not logged. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int internet(int family) { return family == AF_INET || family == AF_INET6 || family == AF_PACKET; }

static void record(const char *what, const char *detail) {
    const char *path = getenv("NONET_LOG");
    if (!path) return;
    int fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (fd < 0) return;
    char line[512];
    int n = snprintf(line, sizeof line, "%s %s pid=%d\n", what, detail ? detail : "-", (int)getpid());
    if (n > 0) write(fd, line, (size_t)(n < (int)sizeof line ? n : (int)sizeof line - 1));
    close(fd);
}

int socket(int domain, int type, int protocol) {
    static int (*real)(int, int, int);
    if (!real) real = (int (*)(int, int, int))dlsym(RTLD_NEXT, "socket");
    if (internet(domain)) {
        char d[32];
        snprintf(d, sizeof d, "family=%d", domain);
        record("socket", d);
        errno = EACCES;
        return -1;
    }
    return real(domain, type, protocol);
}

int connect(int fd, const struct sockaddr *addr, socklen_t len) {
    static int (*real)(int, const struct sockaddr *, socklen_t);
    if (!real) real = (int (*)(int, const struct sockaddr *, socklen_t))dlsym(RTLD_NEXT, "connect");
    if (addr && internet(addr->sa_family)) {
        record("connect", "internet address");
        errno = ENETUNREACH;
        return -1;
    }
    return real(fd, addr, len);
}

int getaddrinfo(const char *node, const char *service, const struct addrinfo *hints, struct addrinfo **res) {
    (void)service; (void)hints; (void)res;
    record("getaddrinfo", node);
    return EAI_FAIL;
}

struct hostent *gethostbyname(const char *name) {
    record("gethostbyname", name);
    h_errno = HOST_NOT_FOUND;
    return NULL;
}
