#include "db/thread_name.h"

#include <pthread.h>

#include <string>

namespace kitap::db {

void NameThisThread(const char* name) {
  pthread_setname_np(pthread_self(), std::string(name).substr(0, 15).c_str());
}

}  // namespace kitap::db
