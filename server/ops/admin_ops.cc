#include "server/ops/admin_ops.h"

#include <vector>

#include "db/migrations.h"
#include "server/auth/token.h"
#include "server/core/clock.h"
#include "server/core/convert.h"
#include "server/core/idempotency.h"
#include "server/domain/validate.h"
#include "server/ops/common.h"
#include "server/store/directory_store.h"
#include "server/store/patron_store.h"
#include "server/store/security_store.h"

namespace kitap::ops {
namespace {

constexpr size_t kMaxLabel = 200;

bool IsLibraryRole(v1::Role role) {
  return role == v1::ROLE_DESK || role == v1::ROLE_LIBRARY_ADMIN ||
         role == v1::ROLE_PERIODICALS;
}

// A library admin manages desk and periodicals credentials of its library.
Status MayManage(const auth::Principal& p, v1::Role role, int64_t library) {
  if (p.role == auth::Role::kNationalAdmin) return Status::Ok();
  bool staff_role = role == v1::ROLE_DESK || role == v1::ROLE_PERIODICALS;
  if (p.role == auth::Role::kLibraryAdmin && staff_role &&
      library == p.library_id) {
    return Status::Ok();
  }
  return {Code::kPermissionDenied, "CREDENTIAL_NOT_ALLOWED",
          "this credential may manage only desk and periodicals credentials "
          "of its own library"};
}

Status ValidateCredential(OpContext& ctx, const v1::IssueCredentialRequest& r) {
  KITAP_RETURN_IF_ERROR(domain::ValidateText("label", r.label(), kMaxLabel,
                                             /*required=*/true));
  if (!v1::Role_IsValid(r.role()) || r.role() == v1::ROLE_UNSPECIFIED) {
    return Status::InvalidArgument("ROLE_INVALID", "role must name a role");
  }
  if (IsLibraryRole(r.role())) {
    v1::Library library;
    return store::LoadLibrary(ctx.db, r.library_id(), &library);
  }
  if (r.role() == v1::ROLE_REGIONAL_ADMIN) {
    v1::Region region;
    return store::LoadRegion(ctx.db, r.region_code(), &region);
  }
  return Status::Ok();
}

Status Insert(db::Database& db, const v1::IssueCredentialRequest& r,
              int64_t created_by, domain::Micros now,
              v1::IssueCredentialResponse* response) {
  v1::Credential* c = response->mutable_credential();
  c->set_role(r.role());
  if (IsLibraryRole(r.role())) c->set_library_id(r.library_id());
  if (r.role() == v1::ROLE_REGIONAL_ADMIN) c->set_region_code(r.region_code());
  c->set_label(r.label());
  c->set_created_by(created_by);
  ToTimestamp(now, c->mutable_created_at());
  response->set_token(auth::NewToken());
  return store::InsertCredential(db, auth::HashToken(response->token()), c);
}

// The card number as it appears in a serialized Patron: field 2's tag, its
// length (card numbers are at most 32 bytes) and the bytes, so that no
// other card that merely contains it matches.
std::string CardField(const std::string& card) {
  return std::string("\x12") + static_cast<char>(card.size()) + card;
}

// The exactly-once answers of patron mutations carry the patron as it was
// then; an erased patron's are replaced by the erased record (a retry still
// changes nothing), and the journal review list forgets the card.
Status ScrubStoredAnswers(db::Database& db, const std::string& old_card,
                          const v1::Patron& erased) {
  KITAP_RETURN_IF_ERROR(
      db.Prepare("UPDATE request_log SET response = ? WHERE method IN "
                 "('CreatePatron', 'UpdatePatron', 'BlockPatron', "
                 "'UnblockPatron', 'RenewRegistration') AND "
                 "instr(response, ?) > 0")
          .BindBlob(1, erased.SerializeAsString())
          .BindBlob(2, CardField(old_card))
          .Run());
  return db
      .Prepare(
          "UPDATE journal_review SET card_number = ? WHERE card_number "
          "= ?")
      .Bind(1, erased.card_number())
      .Bind(2, old_card)
      .Run();
}

const auth::Principal& Caller(const OpContext& ctx) {
  static const auth::Principal kServer{0, auth::Role::kNationalAdmin, 0, ""};
  return ctx.principal ? *ctx.principal : kServer;
}

}  // namespace

Status IssueCredential(OpContext& ctx,
                       const v1::IssueCredentialRequest& request,
                       v1::IssueCredentialResponse* response) {
  KITAP_RETURN_IF_ERROR(domain::ValidateRequestId(request.request_id()));
  const auth::Principal& caller = Caller(ctx);
  KITAP_RETURN_IF_ERROR(
      MayManage(caller, request.role(), request.library_id()));
  StoredAnswer stored;
  bool found = false;
  KITAP_RETURN_IF_ERROR(
      LookupAnswer(ctx.db, request.request_id(), &stored, &found));
  std::string fingerprint = Fingerprint(request);
  if (found) {
    if (stored.method != "IssueCredential" ||
        stored.fingerprint != fingerprint) {
      return Status::AlreadyExists("REQUEST_ID_REUSED",
                                   "request_id was already used");
    }
    return response->ParseFromString(stored.response)
               ? Status::Ok()
               : Status::Internal("STORED_ANSWER_CORRUPT", "bad answer");
  }
  KITAP_RETURN_IF_ERROR(ValidateCredential(ctx, request));
  KITAP_RETURN_IF_ERROR(
      Insert(ctx.db, request, caller.credential_id, ctx.now, response));
  // The token is never stored, not even in the exactly-once answer.
  v1::IssueCredentialResponse without_token = *response;
  without_token.clear_token();
  return StoreAnswer(
      ctx.db, request.request_id(),
      {"IssueCredential", fingerprint, without_token.SerializeAsString()},
      ctx.now);
}

Status ListCredentials(OpContext& ctx,
                       const v1::ListCredentialsRequest& request,
                       v1::ListCredentialsResponse* response) {
  const auth::Principal& caller = Caller(ctx);
  int64_t library = request.library_id();
  if (caller.role != auth::Role::kNationalAdmin) library = caller.library_id;
  Page page;
  KITAP_RETURN_IF_ERROR(
      ReadPage(request.page_size(), request.page_token(), &page));
  std::vector<v1::Credential> credentials;
  KITAP_RETURN_IF_ERROR(
      store::ListCredentials(ctx.db, library, request.include_revoked(),
                             page.after_id, page.limit, &credentials));
  int64_t last = credentials.empty() ? 0 : credentials.back().id();
  response->set_next_page_token(NextPageToken(page, credentials.size(), last));
  for (auto& c : credentials) *response->add_credentials() = std::move(c);
  return Status::Ok();
}

Status RevokeCredential(OpContext& ctx,
                        const v1::RevokeCredentialRequest& request,
                        v1::Credential* response) {
  KITAP_RETURN_IF_ERROR(domain::ValidateRequestId(request.request_id()));
  KITAP_RETURN_IF_ERROR(
      domain::ValidateId("credential_id", request.credential_id()));
  return RunOnce(
      ctx, "RevokeCredential", request.request_id(), request, response, [&] {
        KITAP_RETURN_IF_ERROR(
            store::LoadCredential(ctx.db, request.credential_id(), response));
        KITAP_RETURN_IF_ERROR(
            MayManage(Caller(ctx), response->role(), response->library_id()));
        KITAP_RETURN_IF_ERROR(
            store::RevokeCredential(ctx.db, response->id(), ctx.now));
        return store::LoadCredential(ctx.db, response->id(), response);
      });
}

Status QueryAudit(OpContext& ctx, const v1::QueryAuditRequest& request,
                  v1::QueryAuditResponse* response) {
  const auth::Principal& caller = Caller(ctx);
  Page page;
  KITAP_RETURN_IF_ERROR(
      ReadPage(request.page_size(), request.page_token(), &page));
  store::AuditQuery query;
  query.library_id = caller.role == auth::Role::kNationalAdmin
                         ? request.library_id()
                         : caller.library_id;
  if (request.has_since()) query.since = FromTimestamp(request.since());
  if (request.has_until()) query.until = FromTimestamp(request.until());
  query.refused_only = request.refused_only();
  query.after_id = page.after_id;
  query.limit = page.limit;
  std::vector<v1::AuditEntry> entries;
  KITAP_RETURN_IF_ERROR(store::QueryAudit(ctx.db, query, &entries));
  int64_t last = entries.empty() ? 0 : entries.back().id();
  response->set_next_page_token(NextPageToken(page, entries.size(), last));
  for (auto& e : entries) *response->add_entries() = std::move(e);
  return Status::Ok();
}

Status ExportPatron(OpContext& ctx, const v1::ExportPatronRequest& request,
                    v1::PatronExport* response) {
  KITAP_RETURN_IF_ERROR(domain::ValidateId("patron_id", request.patron_id()));
  KITAP_RETURN_IF_ERROR(store::LoadPatron(ctx.db, request.patron_id(),
                                          response->mutable_patron()));
  db::Statement& st = ctx.db.Prepare(
      "SELECT loaned_at, due_at, returned_at, item.barcode, record.title "
      "FROM loan JOIN item ON item.id = loan.item_id JOIN record ON "
      "record.id = item.record_id WHERE patron_id = ? ORDER BY loaned_at");
  st.Bind(1, request.patron_id());
  std::string csv = "loaned_at,due_at,returned_at,barcode,title\n";
  int64_t loans = 0, open = 0;
  while (st.Step()) {
    ++loans;
    if (st.ColumnIsNull(2)) ++open;
    std::string title = st.ColumnText(4);
    for (size_t at = title.find('"'); at != std::string::npos;
         at = title.find('"', at + 2)) {
      title.insert(at, "\"");
    }
    csv += std::to_string(st.ColumnInt(0)) + "," +
           std::to_string(st.ColumnInt(1)) + "," +
           (st.ColumnIsNull(2) ? "" : std::to_string(st.ColumnInt(2))) + "," +
           st.ColumnText(3) + ",\"" + title + "\"\n";
  }
  KITAP_RETURN_IF_ERROR(st.status());
  response->set_loans(loans);
  response->set_open_loans(open);
  response->set_loans_csv(csv);
  for (auto [table, field] :
       {std::pair{"visit", &v1::PatronExport::set_visits},
        std::pair{"issue_request",
                  &v1::PatronExport::set_periodical_requests}}) {
    db::Statement& count = ctx.db.Prepare(std::string("SELECT COUNT(*) FROM ") +
                                          table + " WHERE patron_id = ?");
    count.Bind(1, request.patron_id());
    if (count.Step()) (response->*field)(count.ColumnInt(0));
    KITAP_RETURN_IF_ERROR(count.status());
    count.Reset();
  }
  return Status::Ok();
}

Status ErasePatron(OpContext& ctx, const v1::ErasePatronRequest& request,
                   v1::Patron* response) {
  KITAP_RETURN_IF_ERROR(domain::ValidateRequestId(request.request_id()));
  KITAP_RETURN_IF_ERROR(domain::ValidateId("patron_id", request.patron_id()));
  return RunOnce(
      ctx, "ErasePatron", request.request_id(), request, response, [&] {
        KITAP_RETURN_IF_ERROR(
            store::LoadPatron(ctx.db, request.patron_id(), response));
        // Loans, visits and requests keep the age, category and library
        // they were counted under, so the statistics stay true.
        std::string old_card = response->card_number();
        response->set_card_number("ERASED-" + std::to_string(response->id()));
        response->set_full_name("(erased)");
        ToProto({1900, 1, 1}, response->mutable_birth_date());
        response->clear_phone();
        response->clear_email();
        response->set_blocked(true);
        response->set_block_reason("personal data erased");
        KITAP_RETURN_IF_ERROR(store::UpdatePatron(ctx.db, *response));
        return ScrubStoredAnswers(ctx.db, old_card, *response);
      });
}

Status BootstrapNationalAdmin(const std::string& db_path,
                              const std::string& label, std::string* token) {
  std::unique_ptr<db::Database> db;
  KITAP_RETURN_IF_ERROR(db::Database::Open(db_path, db::OpenOptions{}, &db));
  KITAP_RETURN_IF_ERROR(db::Migrate(*db));
  v1::IssueCredentialRequest request;
  request.set_role(v1::ROLE_NATIONAL_ADMIN);
  request.set_label(label);
  KITAP_RETURN_IF_ERROR(
      domain::ValidateText("label", label, kMaxLabel, /*required=*/true));
  v1::IssueCredentialResponse response;
  KITAP_RETURN_IF_ERROR(
      Insert(*db, request, /*created_by=*/0, SystemClock().Now(), &response));
  *token = response.token();
  return Status::Ok();
}

}  // namespace kitap::ops
