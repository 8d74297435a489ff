#include "server/http/responses.h"

#include <google/protobuf/util/json_util.h>

#include <cstdio>

#include "server/core/code_name.h"

namespace kitap::http {

int HttpStatusFor(Code code) {
  switch (code) {
    case Code::kOk:
      return 200;
    case Code::kInvalidArgument:
    case Code::kFailedPrecondition:
    case Code::kOutOfRange:
      return 400;
    case Code::kUnauthenticated:
      return 401;
    case Code::kPermissionDenied:
      return 403;
    case Code::kNotFound:
      return 404;
    case Code::kAlreadyExists:
    case Code::kAborted:
      return 409;
    case Code::kResourceExhausted:
      return 429;
    case Code::kUnavailable:
      return 503;
    case Code::kDeadlineExceeded:
      return 504;
    default:
      return 500;
  }
}

std::string JsonString(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof(escaped), "\\u%04x", u);
      out += escaped;
    } else {
      out += c;  // UTF-8 passes through
    }
  }
  return out + "\"";
}

Response ErrorResponse(int http_status, std::string_view code_name,
                       const Status& status) {
  Response r;
  r.status = http_status;
  r.content_type = kJsonType;
  r.body = "{\"code\":" + JsonString(code_name) +
           ",\"reason\":" + JsonString(status.reason()) +
           ",\"message\":" + JsonString(status.message()) + "}\n";
  if (status.code() == Code::kUnauthenticated) {
    r.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"kitap\"");
  }
  return r;
}

Response ErrorResponse(const Status& status) {
  return ErrorResponse(HttpStatusFor(status.code()),
                       CodeName(static_cast<int>(status.code())), status);
}

Response JsonResponse(const google::protobuf::Message& message) {
  google::protobuf::util::JsonPrintOptions options;
  options.always_print_primitive_fields = true;
  Response r;
  r.content_type = kJsonType;
  if (!google::protobuf::util::MessageToJsonString(message, &r.body, options)
           .ok()) {
    return ErrorResponse(Status::Internal(
        "JSON_FAILED", "the answer could not be written as JSON"));
  }
  r.body += '\n';
  return r;
}

Response TextResponse(int http_status, std::string body,
                      std::string content_type) {
  Response r;
  r.status = http_status;
  r.body = std::move(body);
  r.content_type = std::move(content_type);
  return r;
}

}  // namespace kitap::http
