// The version of kitap this binary was built from.
#ifndef KITAP_SERVER_VERSION_H_
#define KITAP_SERVER_VERSION_H_

namespace kitap {

// The project version from CMake (e.g. "0.1.0"); a static string.
const char* Version();

}  // namespace kitap

#endif  // KITAP_SERVER_VERSION_H_
