#include "client/json_output.h"

#include <google/protobuf/util/json_util.h>

#include <string>

#include "absl/strings/str_cat.h"
#include "client/exit_code.h"

namespace kitap::client {

absl::Status WriteJson(const google::protobuf::Message& message,
                       std::ostream& out) {
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = true;
  options.always_print_primitive_fields = true;
  std::string json;
  auto status =
      google::protobuf::util::MessageToJsonString(message, &json, options);
  if (!status.ok()) {
    return absl::InternalError(
        absl::StrCat("cannot write JSON: ", status.ToString()));
  }
  out << json;
  return absl::OkStatus();
}

int PrintJson(const google::protobuf::Message& message, std::ostream& out,
              std::ostream& err) {
  absl::Status written = WriteJson(message, out);
  if (!written.ok()) {
    err << "kitap: " << written.message() << '\n';
    return kExitFailure;
  }
  out << '\n';
  return kExitOk;
}

}  // namespace kitap::client
