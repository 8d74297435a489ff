#include "server/service/decode_error_interceptor.h"

#include <google/protobuf/descriptor.h>

#include <string>

#include "server/service/grpc_status.h"

namespace kitap::service {
namespace {

using grpc::experimental::InterceptionHookPoints;

class DecodeErrorInterceptor final : public grpc::experimental::Interceptor {
 public:
  void Intercept(
      grpc::experimental::InterceptorBatchMethods* methods) override {
    if (methods->QueryInterceptionHookPoint(
            InterceptionHookPoints::PRE_SEND_STATUS)) {
      Rewrite(methods);
    }
    methods->Proceed();
  }

 private:
  // gRPC fails a request it cannot decode before any handler runs: the
  // callback API answers UNIMPLEMENTED (the sync API INTERNAL) with an empty
  // message. kitapd implements every method it registers and gives every
  // failure of its own a reason, so that combination is a decoding failure.
  static void Rewrite(grpc::experimental::InterceptorBatchMethods* methods) {
    grpc::Status status = methods->GetSendStatus();
    if (status.error_code() != grpc::StatusCode::UNIMPLEMENTED &&
        status.error_code() != grpc::StatusCode::INTERNAL) {
      return;
    }
    auto* trailers = methods->GetSendTrailingMetadata();
    if (trailers->count(kReasonKey) > 0) return;
    trailers->emplace(kReasonKey, "REQUEST_MALFORMED");
    methods->ModifySendStatus(grpc::Status(
        grpc::StatusCode::INVALID_ARGUMENT,
        "the request could not be decoded (for example, a text field is "
        "not valid UTF-8)"));
  }
};

// True for "/kitap.v1.Service/Method" when the API defines that method.
bool IsKitapMethod(const char* path) {
  std::string name = path ? path : "";
  if (name.size() < 2 || name[0] != '/') return false;
  name.erase(0, 1);
  size_t slash = name.find('/');
  if (slash == std::string::npos) return false;
  name[slash] = '.';
  return name.rfind("kitap.", 0) == 0 &&
         google::protobuf::DescriptorPool::generated_pool()->FindMethodByName(
             name) != nullptr;
}

}  // namespace

grpc::experimental::Interceptor*
DecodeErrorInterceptorFactory::CreateServerInterceptor(
    grpc::experimental::ServerRpcInfo* info) {
  if (!IsKitapMethod(info->method())) return nullptr;
  return new DecodeErrorInterceptor();
}

}  // namespace kitap::service
