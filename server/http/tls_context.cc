#include "server/http/tls_context.h"

#include <boost/asio/buffer.hpp>
#include <boost/asio/ssl/context.hpp>
#include <string>

namespace kitap::http {

namespace ssl = boost::asio::ssl;

Status MakeTlsContext(const TlsOptions& options,
                      std::unique_ptr<ssl::context>* out) {
  TlsFiles files;
  KITAP_RETURN_IF_ERROR(LoadTlsFiles(options, &files));
  auto context = std::make_unique<ssl::context>(ssl::context::tls_server);
  boost::system::error_code ec;
  auto failed = [&](const std::string& file) {
    return Status::InvalidArgument(
        "TLS_FILE_INVALID", "HTTP side port: " + file + ": " + ec.message());
  };
  context->set_options(ssl::context::default_workarounds |
                           ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                           ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1,
                       ec);
  if (ec) return failed("TLS options");
  context->use_certificate_chain(boost::asio::buffer(files.cert_chain), ec);
  if (ec) return failed(options.cert_file);
  context->use_private_key(boost::asio::buffer(files.private_key),
                           ssl::context::pem, ec);
  if (ec) return failed(options.key_file);
  if (options.mutual()) {
    context->add_certificate_authority(boost::asio::buffer(files.client_ca),
                                       ec);
    if (ec) return failed(options.client_ca_file);
    context->set_verify_mode(
        ssl::verify_peer | ssl::verify_fail_if_no_peer_cert, ec);
    if (ec) return failed(options.client_ca_file);
  }
  *out = std::move(context);
  return Status::Ok();
}

}  // namespace kitap::http
