// DecodeErrorInterceptor: gives requests that gRPC could not decode (for
// example a text field that is not valid UTF-8, which protobuf refuses
// before any handler runs) the same shape as every other refusal:
// INVALID_ARGUMENT with the reason REQUEST_MALFORMED, instead of gRPC's bare
// INTERNAL with an empty message.
#ifndef KITAP_SERVER_SERVICE_DECODE_ERROR_INTERCEPTOR_H_
#define KITAP_SERVER_SERVICE_DECODE_ERROR_INTERCEPTOR_H_

#include <grpcpp/support/server_interceptor.h>

namespace kitap::service {

class DecodeErrorInterceptorFactory final
    : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override;
};

}  // namespace kitap::service

#endif  // KITAP_SERVER_SERVICE_DECODE_ERROR_INTERCEPTOR_H_
