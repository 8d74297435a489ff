#include "client/text_table.h"

#include <algorithm>
#include <cassert>
#include <utility>

namespace kitap::client {
TextTable::TextTable(std::vector<std::string> header, size_t left_aligned)
    : left_aligned_(left_aligned) {
  rows_.push_back(std::move(header));
}

void TextTable::AddRow(std::vector<std::string> cells) {
  assert(cells.size() == rows_[0].size());
  rows_.push_back(std::move(cells));
}

void TextTable::RenderRow(std::ostream& out, std::string_view indent,
                          const std::vector<std::string>& row,
                          const std::vector<size_t>& widths) const {
  std::string line(indent);
  for (size_t i = 0; i < row.size(); ++i) {
    const std::string padding(widths[i] - DisplayWidth(row[i]), ' ');
    if (i > 0) line += "  ";
    line += i < left_aligned_ ? row[i] + padding : padding + row[i];
  }
  // A left-aligned last column leaves trailing blanks.
  line.erase(line.find_last_not_of(' ') + 1);
  out << line << '\n';
}

std::vector<size_t> TextTable::ColumnWidths() const {
  std::vector<size_t> widths(rows_[0].size(), 0);
  for (const auto& row : rows_) {
    for (size_t i = 0; i < row.size(); ++i) {
      widths[i] = std::max(widths[i], DisplayWidth(row[i]));
    }
  }
  return widths;
}

void TextTable::Render(std::ostream& out, std::string_view indent) const {
  const std::vector<size_t> widths = ColumnWidths();
  RenderRow(out, indent, rows_[0], widths);
  std::vector<std::string> rule;
  for (size_t width : widths) rule.emplace_back(width, '-');
  RenderRow(out, indent, rule, widths);
  for (size_t i = 1; i < rows_.size(); ++i) {
    RenderRow(out, indent, rows_[i], widths);
  }
}

size_t DisplayWidth(std::string_view text) {
  // Count every byte that is not a UTF-8 continuation byte (10xxxxxx).
  return std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xc0) != 0x80;
  });
}

}  // namespace kitap::client
