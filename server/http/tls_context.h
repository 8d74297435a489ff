// The TLS context of the HTTP side port, made from kitapd's TLS settings
// (tls.h), the same files the gRPC port serves.
#ifndef KITAP_SERVER_HTTP_TLS_CONTEXT_H_
#define KITAP_SERVER_HTTP_TLS_CONTEXT_H_

#include <memory>

#include "db/status.h"
#include "server/tls.h"

namespace boost::asio::ssl {
class context;
}

namespace kitap::http {

// A server context for `options` (which must be enabled()): TLS 1.2 or
// later, the certificate chain and key of LoadTlsFiles (whose errors it
// returns), and, when options.mutual(), a client certificate signed by one
// of the client CAs required of every connection.
Status MakeTlsContext(const TlsOptions& options,
                      std::unique_ptr<boost::asio::ssl::context>* out);

}  // namespace kitap::http

#endif  // KITAP_SERVER_HTTP_TLS_CONTEXT_H_
