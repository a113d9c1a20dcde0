#ifndef BOOMERANG_SYSTEM_SUPPORT_H
#define BOOMERANG_SYSTEM_SUPPORT_H

/// Atomically exchanges two paths (Linux renameat2 RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (e.g. ENOSYS, EINVAL elsewhere).
int boomerang_exchange_paths(const char *a, const char *b);

#endif
