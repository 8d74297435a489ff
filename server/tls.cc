#include "server/tls.h"

#include <arpa/inet.h>
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <strings.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <utility>
#include <vector>

#include "server/log.h"

namespace kitap {
namespace {

struct BioFree {
  void operator()(BIO* bio) const { BIO_free(bio); }
};
struct X509Free {
  void operator()(X509* cert) const { X509_free(cert); }
};
struct KeyFree {
  void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyFree>;

Status FileError(std::string message) {
  return Status::InvalidArgument("TLS_FILE_INVALID", std::move(message));
}

// Reads all of the file at `path` into *out; `what` names it in messages
// (e.g. "TLS certificate file").
Status ReadWholeFile(std::string_view what, const std::string& path,
                     std::string* out) {
  std::ifstream file(path, std::ios::binary);
  std::error_code ignored;
  if (!file || std::filesystem::is_directory(path, ignored)) {
    return FileError("cannot read " + std::string(what) + " " + path + ": " +
                     (file ? "it is a directory" : std::strerror(errno)));
  }
  out->assign(std::istreambuf_iterator<char>(file), {});
  return Status::Ok();
}

BioPtr MemoryBio(const std::string& pem) {
  return BioPtr(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
}

// The certificates in `pem`, in order; other PEM blocks end the list.
std::vector<X509Ptr> ParseCertificates(const std::string& pem) {
  BioPtr bio = MemoryBio(pem);
  std::vector<X509Ptr> certs;
  while (X509* cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
    certs.emplace_back(cert);
  }
  ERR_clear_error();  // the end of the input shows up as an error
  return certs;
}

// A password callback that has none, so that an encrypted key fails
// instead of prompting on the terminal.
int NoPassword(char*, int, int, void*) { return -1; }

KeyPtr ParsePrivateKey(const std::string& pem) {
  BioPtr bio = MemoryBio(pem);
  KeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, NoPassword, nullptr));
  ERR_clear_error();
  return key;
}

// `time` as OpenSSL prints it, e.g. "Jan  2 00:00:00 2020 GMT".
std::string TimeText(const ASN1_TIME* time) {
  BioPtr bio(BIO_new(BIO_s_mem()));
  ASN1_TIME_print(bio.get(), time);
  char* data = nullptr;
  long size = BIO_get_mem_data(bio.get(), &data);
  return std::string(data, static_cast<size_t>(size));
}

// Logs a warning when `cert` (from `path`) is not valid now.
void WarnIfNotValidNow(X509* cert, const std::string& path) {
  if (X509_cmp_current_time(X509_get0_notAfter(cert)) < 0) {
    Log(LogLevel::kWarn, "the TLS certificate in " + path + " expired on " +
                             TimeText(X509_get0_notAfter(cert)) +
                             ": clients will refuse it; renew it");
  } else if (X509_cmp_current_time(X509_get0_notBefore(cert)) > 0) {
    Log(LogLevel::kWarn, "the TLS certificate in " + path +
                             " is not valid before " +
                             TimeText(X509_get0_notBefore(cert)) +
                             ": clients will refuse it until then");
  }
}

// Reads a file of PEM certificates into *pem and their first into *first
// (may be null).
Status LoadCertificates(std::string_view what, const std::string& path,
                        std::string* pem, X509Ptr* first) {
  KITAP_RETURN_IF_ERROR(ReadWholeFile(what, path, pem));
  std::vector<X509Ptr> certs = ParseCertificates(*pem);
  if (certs.empty()) {
    return FileError(std::string(what) + " " + path +
                     " holds no PEM certificate");
  }
  if (first != nullptr) *first = std::move(certs.front());
  return Status::Ok();
}

// Reads the private key at `key_path` into *pem and checks that it belongs
// to `cert`, read from `cert_path`.
Status LoadMatchingKey(const std::string& key_path, X509* cert,
                       const std::string& cert_path, std::string* pem) {
  KITAP_RETURN_IF_ERROR(ReadWholeFile("TLS key file", key_path, pem));
  KeyPtr key = ParsePrivateKey(*pem);
  if (key == nullptr) {
    return FileError("TLS key file " + key_path +
                     " holds no PEM private key, or an encrypted one "
                     "(kitapd needs it unencrypted)");
  }
  bool matches = X509_check_private_key(cert, key.get()) == 1;
  ERR_clear_error();
  if (!matches) {
    return FileError("TLS key file " + key_path +
                     " does not match the certificate in " + cert_path);
  }
  return Status::Ok();
}

}  // namespace

Status LoadTlsFiles(const TlsOptions& options, TlsFiles* out) {
  TlsFiles files;
  X509Ptr cert;
  KITAP_RETURN_IF_ERROR(LoadCertificates(
      "TLS certificate file", options.cert_file, &files.cert_chain, &cert));
  KITAP_RETURN_IF_ERROR(LoadMatchingKey(options.key_file, cert.get(),
                                        options.cert_file, &files.private_key));
  if (options.mutual()) {
    KITAP_RETURN_IF_ERROR(LoadCertificates("TLS client CA file",
                                           options.client_ca_file,
                                           &files.client_ca, nullptr));
  }
  WarnIfNotValidNow(cert.get(), options.cert_file);
  *out = std::move(files);
  return Status::Ok();
}

bool IsLoopbackAddress(std::string_view address) {
  if (address.starts_with("unix:") || address.starts_with("unix-abstract:")) {
    return true;
  }
  std::string host(address.substr(0, address.rfind(':')));
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  if (strcasecmp(host.c_str(), "localhost") == 0) return true;
  in_addr v4;
  if (inet_pton(AF_INET, host.c_str(), &v4) == 1) {
    return (ntohl(v4.s_addr) >> 24) == 127;
  }
  in6_addr v6;
  if (inet_pton(AF_INET6, host.c_str(), &v6) == 1) {
    return std::memcmp(&v6, &in6addr_loopback, sizeof(v6)) == 0;
  }
  return false;
}

Status CheckPlaintextAllowed(std::string_view port_name,
                             std::string_view address,
                             const TlsOptions& options) {
  if (options.enabled() || options.allow_plaintext ||
      IsLoopbackAddress(address)) {
    return Status::Ok();
  }
  return Status::FailedPrecondition(
      "PLAINTEXT_NOT_LOOPBACK",
      "refusing to serve " + std::string(port_name) + " in plaintext on " +
          std::string(address) +
          ", which is not a loopback address: bearer tokens and readers' "
          "data would cross the network unencrypted. Give --tls-cert and "
          "--tls-key (see docs/security.md#tls), or --allow-plaintext if "
          "something in front of kitapd encrypts the traffic");
}

std::string_view TlsMode(const TlsOptions& options) {
  if (!options.enabled()) return "off";
  return options.mutual() ? "mutual" : "on";
}

Status MakeGrpcServerCredentials(
    const TlsOptions& options, std::shared_ptr<grpc::ServerCredentials>* out) {
  if (!options.enabled()) {
    *out = grpc::InsecureServerCredentials();
    return Status::Ok();
  }
  TlsFiles files;
  KITAP_RETURN_IF_ERROR(LoadTlsFiles(options, &files));
  grpc::SslServerCredentialsOptions ssl(
      options.mutual()
          ? GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_AND_VERIFY
          : GRPC_SSL_DONT_REQUEST_CLIENT_CERTIFICATE);
  ssl.pem_root_certs = std::move(files.client_ca);
  ssl.pem_key_cert_pairs.push_back(
      {std::move(files.private_key), std::move(files.cert_chain)});
  *out = grpc::SslServerCredentials(ssl);
  return Status::Ok();
}

}  // namespace kitap
