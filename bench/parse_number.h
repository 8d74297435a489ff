// Whole-string number parsing for the command lines of kitap-gen and
// kitap-bench: true only when all of `text` is one number.
#ifndef KITAP_BENCH_PARSE_NUMBER_H_
#define KITAP_BENCH_PARSE_NUMBER_H_

#include <charconv>
#include <cstdlib>
#include <string>

namespace kitap::gen {

inline bool ParseDouble(const std::string& text, double* out) {
  char* end = nullptr;
  *out = std::strtod(text.c_str(), &end);
  return !text.empty() && end == text.c_str() + text.size();
}

template <class T>
bool ParseInt(const std::string& text, T* out) {
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, *out);
  return !text.empty() && ec == std::errc() && ptr == end;
}

}  // namespace kitap::gen

#endif  // KITAP_BENCH_PARSE_NUMBER_H_
