#include "server/http/handler.h"

#include <string>
#include <string_view>
#include <utility>

#include "server/http/assets.h"
#include "server/http/query.h"
#include "server/http/responses.h"
#include "server/metrics/text_format.h"

namespace kitap::http {
namespace {

// Audit log names of the HTTP calls (refusals are audited as over gRPC).
constexpr char kProbeMethod[] = "HTTP/probe";
constexpr char kReportMethod[] = "HTTP/reports/annual";
constexpr char kLiveMethod[] = "HTTP/counters/live";

// The dashboard may load only its own files and talk only to this server.
constexpr char kDashboardPolicy[] =
    "default-src 'none'; script-src 'self'; style-src 'self'; "
    "img-src 'self' data:; connect-src 'self'; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'";

// What one route sees.
struct Call {
  const Request& request;
  const Target& target;
  const HandlerOptions& options;
  Backend& backend;
  Send send;
};

// Answers that must not be cached anywhere (figures, metrics).
Response NoStore(Response r) {
  r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

// A callback's answer: JSON of the message, or the error.
template <class Message>
Response JsonOrError(const Status& status, const Message& message) {
  return NoStore(status.ok() ? JsonResponse(message) : ErrorResponse(status));
}

// Admits a probe: open on loopback, else any role's token. Sends the
// refusal and returns false when refused.
bool AdmitProbe(Call& c) {
  if (c.options.open_probes) return true;
  auth::Principal principal;
  Status s =
      c.backend.Admit(c.request.authorization, kProbeMethod, c.request.peer,
                      auth::Anywhere(auth::kAnyRole), &principal);
  if (s.ok()) return true;
  c.send(ErrorResponse(s));
  return false;
}

void Healthz(Call& c) {
  if (AdmitProbe(c)) c.send(NoStore(TextResponse(200, "ok\n")));
}

void Readyz(Call& c) {
  if (!AdmitProbe(c)) return;
  c.backend.CheckReady([send = std::move(c.send)](const Status& s) {
    send(NoStore(s.ok() ? TextResponse(200, "ready\n") : ErrorResponse(s)));
  });
}

void Metrics(Call& c) {
  if (!AdmitProbe(c)) return;
  c.backend.RenderMetrics([send = std::move(c.send)](std::string text) {
    send(NoStore(TextResponse(200, std::move(text), metrics::kContentType)));
  });
}

void AnnualReport(Call& c) {
  v1::GetAnnualReportRequest request;
  Status parsed = ParseReportQuery(c.target, &request);
  // A malformed query is answered only to an authenticated caller.
  auth::Rule rule =
      parsed.ok() ? auth::ForReport(request.library_id(), request.region_code())
                  : auth::Anywhere(auth::kAnyRole);
  auth::Principal principal;
  Status s = c.backend.Admit(c.request.authorization, kReportMethod,
                             c.request.peer, rule, &principal);
  if (s.ok()) s = parsed;
  if (!s.ok()) return c.send(NoStore(ErrorResponse(s)));
  c.backend.AnnualReport(
      principal, request,
      [send = std::move(c.send)](const Status& status,
                                 const v1::AnnualReport& report) {
        send(JsonOrError(status, report));
      });
}

void LiveCounters(Call& c) {
  auth::Principal principal;
  Status s =
      c.backend.Admit(c.request.authorization, kLiveMethod, c.request.peer,
                      auth::ForNationalCounters(), &principal);
  if (s.ok()) s = ExpectNoQuery(c.target);
  if (!s.ok()) return c.send(NoStore(ErrorResponse(s)));
  c.backend.LiveCounters(
      [send = std::move(c.send)](const Status& status,
                                 const v1::LiveCounters& counters) {
        send(JsonOrError(status, counters));
      });
}

Response PathNotFound(const std::string& path) {
  return ErrorResponse(
      404, "NOT_FOUND",
      Status::NotFound("PATH_NOT_FOUND", "nothing is served at " + path));
}

// The dashboard's page and files: open (they hold no data; the page asks
// the API with the user's token).
void Dashboard(Call& c) {
  std::string_view path = c.target.path;
  std::string_view name =
      path == "/" ? "index.html" : path.substr(sizeof("/assets/") - 1);
  Asset asset;
  if (!FindAsset(name, &asset)) return c.send(PathNotFound(c.target.path));
  Response r = TextResponse(200, std::string(asset.data),
                            std::string(asset.content_type));
  r.headers.emplace_back("Cache-Control", "no-cache");
  r.headers.emplace_back("Content-Security-Policy", kDashboardPolicy);
  r.headers.emplace_back("Referrer-Policy", "no-referrer");
  c.send(std::move(r));
}

using RouteFn = void (*)(Call&);

// The route of `path`, or nullptr.
RouteFn FindRoute(std::string_view path) {
  static constexpr std::pair<std::string_view, RouteFn> kRoutes[] = {
      {"/healthz", &Healthz},
      {"/readyz", &Readyz},
      {"/metrics", &Metrics},
      {"/api/v1/reports/annual", &AnnualReport},
      {"/api/v1/counters/live", &LiveCounters},
      {"/", &Dashboard},
  };
  for (const auto& [route, fn] : kRoutes) {
    if (path == route) return fn;
  }
  if (path.starts_with("/assets/")) return &Dashboard;
  return nullptr;
}

}  // namespace

void HandleRequest(const Request& request, const HandlerOptions& options,
                   Backend& backend, Send send) {
  Target target;
  Status parsed = ParseTarget(request.target, &target);
  if (!parsed.ok()) return send(ErrorResponse(parsed));
  RouteFn route = FindRoute(target.path);
  if (!route) return send(PathNotFound(target.path));
  if (request.method != "GET") {
    Response r =
        ErrorResponse(405, "UNIMPLEMENTED",
                      Status(Code::kInvalidArgument, "METHOD_NOT_ALLOWED",
                             request.method + " is not allowed here; use GET"));
    r.headers.emplace_back("Allow", "GET");
    return send(std::move(r));
  }
  if (request.has_body) {
    return send(ErrorResponse(
        413, "INVALID_ARGUMENT",
        Status::InvalidArgument("BODY_NOT_ALLOWED",
                                "GET requests must not have a body")));
  }
  Call call{request, target, options, backend, std::move(send)};
  route(call);
}

}  // namespace kitap::http
