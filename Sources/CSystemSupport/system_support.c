#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include "system_support.h"

int boomerang_exchange_paths(const char *a, const char *b) {
#if defined(__linux__) && defined(RENAME_EXCHANGE)
    return renameat2(AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE);
#else
    errno = ENOSYS;
    return -1;
#endif
}

#include <dirent.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Removes the entries of the open directory `dfd` (closed here), depth first. */
static int remove_contents(int dfd) {
    DIR *dir = fdopendir(dfd);
    if (!dir) { close(dfd); return -1; }
    int result = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        int isDir = e->d_type == DT_DIR;
        if (e->d_type == DT_UNKNOWN) {
            struct stat st;
            if (fstatat(dfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0) isDir = S_ISDIR(st.st_mode);
        }
        if (isDir) {
            int sub = openat(dfd, e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (sub < 0 || remove_contents(sub) != 0) result = -1;
            if (unlinkat(dfd, e->d_name, AT_REMOVEDIR) != 0) result = -1;
        } else if (unlinkat(dfd, e->d_name, 0) != 0) {
            result = -1;
        }
    }
    closedir(dir);
    return result;
}

int boomerang_remove_tree(const char *path) {
    int dfd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (dfd < 0) return errno == ENOENT ? 0 : -1;
    int result = remove_contents(dfd);
    if (rmdir(path) != 0) result = -1;
    return result;
}

#if defined(__GLIBC__)
#include <malloc.h>
#endif

int boomerang_set_mmap_threshold(int bytes) {
#if defined(__GLIBC__)
    return mallopt(M_MMAP_THRESHOLD, bytes);
#else
    (void)bytes;
    return 0;
#endif
}
