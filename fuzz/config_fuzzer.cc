// Fuzzes kitapd's config file parser (server/config.cc): each input is the
// contents of a config file, parsed as `kitapd --config FILE` would.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>

#include "server/config.h"
#include "tests/temp_dir.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const kitap::test::TempDir dir;
  static const std::string path = dir.File("kitapd.conf");
  std::ofstream(path, std::ios::binary | std::ios::trunc)
      .write(reinterpret_cast<const char*>(data),
             static_cast<std::streamsize>(size));
  const char* argv[] = {"kitapd", "--config", path.c_str()};
  kitap::ServerConfig config;
  std::string output;
  kitap::ParseServerConfig(3, argv, &config, &output);
  return 0;
}
