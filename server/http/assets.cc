#include "server/http/assets.h"

namespace kitap::http {
namespace {

std::string_view ContentType(std::string_view name) {
  constexpr std::pair<std::string_view, std::string_view> kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
  };
  for (const auto& [extension, type] : kTypes) {
    if (name.ends_with(extension)) return type;
  }
  return "application/octet-stream";
}

}  // namespace

bool FindAsset(std::string_view name, Asset* asset) {
  for (const EmbeddedFile& file : EmbeddedFiles()) {
    if (name != file.name) continue;
    asset->data =
        std::string_view(reinterpret_cast<const char*>(file.data), file.size);
    asset->content_type = ContentType(name);
    return true;
  }
  return false;
}

}  // namespace kitap::http
