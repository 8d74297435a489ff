// Text output shared by the one-shot desk commands: one thing as aligned
// "Label:  value" lines.
#ifndef KITAP_CLIENT_DESK_TEXT_H_
#define KITAP_CLIENT_DESK_TEXT_H_

#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kitap::client {

using Fields = std::vector<std::pair<std::string, std::string>>;

// Writes each field as "  Label:  value", the values aligned; fields with
// an empty value are left out.
void WriteFields(const Fields& fields, std::ostream& out);

// The help text of a desk command: `usage` (the usage lines, a blank line
// and what it does), then `output` (what it prints), then the --json option
// and the connection options.
std::string DeskHelp(std::string_view usage, std::string_view output);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_DESK_TEXT_H_
