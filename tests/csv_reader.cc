#include "tests/csv_reader.h"

namespace kitap::test {
namespace {

// Reads a quoted field starting after its opening quote at `*at`; leaves
// `*at` after the closing quote. False when it is not closed.
bool ReadQuoted(std::string_view text, size_t* at, std::string* field) {
  while (*at < text.size()) {
    const char c = text[(*at)++];
    if (c != '"') {
      field->push_back(c);
    } else if (*at < text.size() && text[*at] == '"') {
      field->push_back('"');
      ++*at;
    } else {
      return true;
    }
  }
  return false;
}

}  // namespace

std::optional<std::vector<CsvRecord>> ParseCsv(std::string_view text) {
  std::vector<CsvRecord> records;
  CsvRecord record;
  std::string field;
  auto end_field = [&] {
    record.push_back(std::move(field));
    field.clear();
  };
  auto end_record = [&] {
    end_field();
    records.push_back(std::move(record));
    record.clear();
  };
  size_t at = 0;
  while (at < text.size()) {
    const char c = text[at++];
    if (c == '"' && field.empty()) {
      if (!ReadQuoted(text, &at, &field)) return std::nullopt;
      if (at < text.size() && text[at] != ',' && text[at] != '\r' &&
          text[at] != '\n') {
        return std::nullopt;
      }
    } else if (c == ',') {
      end_field();
    } else if (c == '\r' && at < text.size() && text[at] == '\n') {
      ++at;
      end_record();
    } else if (c == '\n') {
      end_record();
    } else {
      field.push_back(c);
    }
  }
  if (!field.empty() || !record.empty()) end_record();
  return records;
}

}  // namespace kitap::test
