// JSON output of the commands' --json / --format json: protobuf's JSON
// mapping of the API's messages, indented, with every field present.
#ifndef KITAP_CLIENT_JSON_OUTPUT_H_
#define KITAP_CLIENT_JSON_OUTPUT_H_

#include <google/protobuf/message.h>

#include <ostream>

#include "absl/status/status.h"

namespace kitap::client {

// Writes `message` as indented JSON with zeros and empty fields included.
// Fails (INTERNAL) only if protobuf cannot print the message.
absl::Status WriteJson(const google::protobuf::Message& message,
                       std::ostream& out);

// A command's JSON output: `message` and a line break to `out`. Returns
// kExitOk, or kExitFailure after saying why on `err`.
int PrintJson(const google::protobuf::Message& message, std::ostream& out,
              std::ostream& err);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_JSON_OUTPUT_H_
