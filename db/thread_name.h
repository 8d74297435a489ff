// Names the calling thread as `top -H`, `perf` and /proc show it.
#ifndef KITAP_DB_THREAD_NAME_H_
#define KITAP_DB_THREAD_NAME_H_

namespace kitap::db {

// `name` is cut to 15 bytes (the kernel's limit).
void NameThisThread(const char* name);

}  // namespace kitap::db

#endif  // KITAP_DB_THREAD_NAME_H_
