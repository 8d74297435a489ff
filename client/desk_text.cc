#include "client/desk_text.h"

#include <algorithm>

#include "client/command.h"
#include "client/text_table.h"

namespace kitap::client {

void WriteFields(const Fields& fields, std::ostream& out) {
  size_t width = 0;
  for (const auto& [label, value] : fields) {
    width = std::max(width, DisplayWidth(label));
  }
  for (const auto& [label, value] : fields) {
    if (value.empty()) continue;
    out << "  " << label << ':'
        << std::string(width - DisplayWidth(label) + 2, ' ') << value << '\n';
  }
}

std::string DeskHelp(std::string_view usage, std::string_view output) {
  std::string help(usage);
  help.append("\n").append(output).append(
      "\n"
      "Options:\n"
      "  --json           print the answer as JSON (protobuf's JSON "
      "mapping)\n");
  help.append(kConnectionOptionsHelp);
  return help;
}

}  // namespace kitap::client
