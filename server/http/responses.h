// Building HTTP responses: errors as JSON with the same code names and
// reasons as gRPC, protobuf messages in protobuf's JSON mapping, text.
#ifndef KITAP_SERVER_HTTP_RESPONSES_H_
#define KITAP_SERVER_HTTP_RESPONSES_H_

#include <string>
#include <string_view>

#include "db/status.h"
#include "server/http/message.h"

namespace google::protobuf {
class Message;
}

namespace kitap::http {

inline constexpr char kJsonType[] = "application/json";

// The HTTP status for a status code: INVALID_ARGUMENT 400,
// UNAUTHENTICATED 401, PERMISSION_DENIED 403, NOT_FOUND 404, ... as in
// docs/http-api.md.
int HttpStatusFor(Code code);

// An error response with `http_status` and the body
// {"code":"NOT_FOUND","reason":"PATH_NOT_FOUND","message":"..."}.
// UNAUTHENTICATED adds "WWW-Authenticate: Bearer".
Response ErrorResponse(int http_status, std::string_view code_name,
                       const Status& status);
// The same with the status and code name that `status.code()` maps to.
// REQUIRES: !status.ok().
Response ErrorResponse(const Status& status);

// 200 with `message` in protobuf's JSON mapping (lowerCamelCase names,
// int64 as strings, enums by name, fields at their default values
// included).
Response JsonResponse(const google::protobuf::Message& message);

Response TextResponse(int http_status, std::string body,
                      std::string content_type = "text/plain; charset=utf-8");

// `text` as a JSON string literal, quotes included.
std::string JsonString(std::string_view text);

}  // namespace kitap::http

#endif  // KITAP_SERVER_HTTP_RESPONSES_H_
