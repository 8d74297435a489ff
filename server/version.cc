#include "server/version.h"

namespace kitap {

// KITAP_VERSION is the CMake project version, set by server/CMakeLists.txt.
const char* Version() { return KITAP_VERSION; }

}  // namespace kitap
