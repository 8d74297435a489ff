// TextTable: a plain-text table for terminals. The leading name columns
// are left-aligned, the others (numbers) right-aligned; widths count
// characters, not bytes, so Kazakh and Russian text lines up.
#ifndef KITAP_CLIENT_TEXT_TABLE_H_
#define KITAP_CLIENT_TEXT_TABLE_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace kitap::client {

class TextTable {
 public:
  // The first `left_aligned` columns are left-aligned.
  explicit TextTable(std::vector<std::string> header, size_t left_aligned = 1);

  // REQUIRES: cells.size() equals the header's size.
  void AddRow(std::vector<std::string> cells);

  // Writes the header, a rule under it and the rows, each line starting
  // with `indent` and columns two spaces apart.
  void Render(std::ostream& out, std::string_view indent) const;

 private:
  std::vector<size_t> ColumnWidths() const;

  void RenderRow(std::ostream& out, std::string_view indent,
                 const std::vector<std::string>& row,
                 const std::vector<size_t>& widths) const;

  size_t left_aligned_;
  std::vector<std::vector<std::string>> rows_;  // rows_[0] is the header
};

// The number of characters (code points) in UTF-8 `text`.
size_t DisplayWidth(std::string_view text);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_TEXT_TABLE_H_
