// A reader of RFC 4180 CSV for tests: parses what the report's CSV writer
// wrote, so a test can compare it figure by figure.
#ifndef KITAP_TESTS_CSV_READER_H_
#define KITAP_TESTS_CSV_READER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kitap::test {

using CsvRecord = std::vector<std::string>;

// The records of `text`: fields split at commas, quoted fields unquoted
// ("" is one quote), records ended by CRLF (a bare LF also ends one).
// nullopt when a quoted field is not closed or a quote is followed by
// anything but a comma or a line end.
std::optional<std::vector<CsvRecord>> ParseCsv(std::string_view text);

}  // namespace kitap::test

#endif  // KITAP_TESTS_CSV_READER_H_
