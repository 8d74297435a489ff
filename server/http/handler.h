// The HTTP request handler: from a request to its response, with the
// database work done by a Backend. Routing, methods, credentials, query
// parsing and the shape of every answer live here; it is unit-tested with
// a fake Backend (tests/http_handler_test.cc).
//
//   GET /healthz                 200 "ok" while the process serves
//   GET /readyz                  200 when the database answers, else 503
//   GET /metrics                 Prometheus text exposition
//   GET /api/v1/reports/annual   AnnualReport as JSON (?year=&region=
//                                &library=&age_bands=); rule ForReport
//   GET /api/v1/counters/live    LiveCounters as JSON; ForNationalCounters
//   GET /, /assets/NAME          the dashboard
//
// Unknown paths are 404, other methods 405, a request with a body 413, a
// malformed query 400; errors carry {"code","reason","message"}. The API
// needs "Authorization: Bearer <token>" (401 without or with a bad one,
// 403 when the rule refuses). The probes (/healthz, /readyz, /metrics) are
// open when options.open_probes, else they need a token of any role.
#ifndef KITAP_SERVER_HTTP_HANDLER_H_
#define KITAP_SERVER_HTTP_HANDLER_H_

#include <functional>

#include "server/http/backend.h"
#include "server/http/message.h"

namespace kitap::http {

struct HandlerOptions {
  // The server opens the probes only on a loopback address.
  bool open_probes = true;
};

using Send = std::function<void(Response)>;

// Answers `request`: calls `send` exactly once, on this thread or, after
// the backend's callback, on another. Never blocks.
void HandleRequest(const Request& request, const HandlerOptions& options,
                   Backend& backend, Send send);

}  // namespace kitap::http

#endif  // KITAP_SERVER_HTTP_HANDLER_H_
