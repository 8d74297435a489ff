// The dashboard's files (server/http/dashboard/), embedded in kitapd at
// build time by embed_assets.cmake: kitapd serves them itself, with no
// files to install and nothing fetched from elsewhere.
#ifndef KITAP_SERVER_HTTP_ASSETS_H_
#define KITAP_SERVER_HTTP_ASSETS_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace kitap::http {

// One embedded file, as generated.
struct EmbeddedFile {
  const char* name;  // "app.js": the file name in dashboard/
  const unsigned char* data;
  size_t size;
};
const std::vector<EmbeddedFile>& EmbeddedFiles();

struct Asset {
  std::string_view data;
  std::string_view content_type;  // from the file name's extension
};

// The file named `name` ("index.html", "app.js"); false when there is none.
bool FindAsset(std::string_view name, Asset* asset);

}  // namespace kitap::http

#endif  // KITAP_SERVER_HTTP_ASSETS_H_
