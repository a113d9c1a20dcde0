#ifndef BOOMERANG_SYSTEM_SUPPORT_H
#define BOOMERANG_SYSTEM_SUPPORT_H

/// Atomically exchanges two paths (Linux renameat2 RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (e.g. ENOSYS, EINVAL elsewhere).
int boomerang_exchange_paths(const char *a, const char *b);

/// Removes a folder and everything in it, without following symbolic links (a lean `rm -rf`:
/// FileManager.removeItem took several seconds for the 200,000 files of a large handbook).
/// Returns 0 on success (or when `path` does not exist), -1 if anything could not be removed.
int boomerang_remove_tree(const char *path);

/// Asks the CPU to start loading the cache line at `p` (a hint; never faults). Lets a hash
/// table probe overlap with other work instead of stalling on a cache miss.
static inline void boomerang_prefetch(const void *p) { __builtin_prefetch(p); }

/// Makes the allocator serve every block of at least `bytes` with a mapping of its own, which
/// goes back to the system when freed (glibc's M_MMAP_THRESHOLD; elsewhere it does nothing).
/// Returns 1 when set, 0 otherwise.
int boomerang_set_mmap_threshold(int bytes);

#endif
