#include "fuzz/fuzz_db.h"

#include <google/protobuf/stubs/logging.h>
#include <google/protobuf/text_format.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "db/migrations.h"
#include "server/ops/catalog_ops.h"
#include "server/ops/circulation_ops.h"
#include "server/ops/directory_ops.h"
#include "server/ops/patron_ops.h"
#include "server/ops/periodical_ops.h"

namespace kitap::fuzz {
namespace {

void Check(const Status& status, const char* what) {
  if (status.ok()) return;
  std::fprintf(stderr, "fuzz database: %s: %s\n", what,
               status.ToString().c_str());
  std::abort();
}

// Parses `text` as a Request and runs `op` with it.
template <class Request, class Response>
void Apply(OpContext& ctx, const char* text,
           Status (*op)(OpContext&, const Request&, Response*)) {
  Request request;
  if (!google::protobuf::TextFormat::ParseFromString(text, &request)) {
    Check(Status::InvalidArgument("SEED", "bad text proto"), text);
  }
  Response response;
  Check(op(ctx, request, &response), text);
}

}  // namespace

FuzzDb& FuzzDb::Get() {
  static FuzzDb* db = [] {
    // Protobuf logs every string field with invalid UTF-8 it refuses to
    // parse (gRPC refuses them too); most mutated inputs have one.
    google::protobuf::SetLogHandler(nullptr);
    auto* made = new FuzzDb();
    made->Seed();
    return made;
  }();
  return *db;
}

auth::Principal FuzzDb::PrincipalFor(unsigned n) {
  switch (n % 5) {
    case 0:
      return {1, auth::Role::kNationalAdmin, 0, ""};
    case 1:
      return {2, auth::Role::kDesk, 1, ""};
    case 2:
      return {3, auth::Role::kLibraryAdmin, 1, ""};
    case 3:
      return {4, auth::Role::kPeriodicals, 1, ""};
    default:
      return {5, auth::Role::kRegionalAdmin, 0, "KZ-75"};
  }
}

void FuzzDb::RunAndRollBack(const auth::Principal& principal,
                            const std::function<void(OpContext&)>& op) {
  Check(db_->Exec("BEGIN IMMEDIATE"), "BEGIN");
  OpContext ctx{*db_, policy_, kNow, &principal};
  op(ctx);
  // An op may end the transaction itself after some errors (SQLITE_FULL).
  if (db_->InTransaction()) Check(db_->Exec("ROLLBACK"), "ROLLBACK");
}

void FuzzDb::Seed() {
  Check(db::Database::Open(dir_.File("fuzz.db"), {}, &db_), "open");
  Check(db::Migrate(*db_), "migrate");
  Check(db_->Exec("BEGIN IMMEDIATE"), "BEGIN");
  auth::Principal admin = PrincipalFor(0);
  OpContext ctx{*db_, policy_, kNow, &admin};
  Apply(
      ctx,
      R"(request_id: "fuzz-seed-1" library { name_kk: "Алматы қалалық кітапханасы"
           name_ru: "Городская библиотека Алматы" name_en: "Almaty City Library"
           region_code: "KZ-75" type: LIBRARY_TYPE_CITY })",
      &ops::CreateLibrary);
  Apply(ctx,
        R"(request_id: "fuzz-seed-2" library { name_kk: "Ауыл кітапханасы"
           name_ru: "Сельская библиотека" name_en: "Rural Library"
           region_code: "KZ-11" type: LIBRARY_TYPE_RURAL })",
        &ops::CreateLibrary);
  Apply(ctx,
        R"(request_id: "fuzz-seed-3" record { title: "Абай жолы"
           authors: "Мұхтар Әуезов" language: "kk" year: 1942
           subject: SUBJECT_FICTION })",
        &ops::CreateRecord);
  for (const char* item :
       {R"(request_id: "fuzz-seed-4" item { barcode: "ITEM-1" record_id: 1
           library_id: 1 loan_type: LOAN_TYPE_NORMAL })",
        R"(request_id: "fuzz-seed-5" item { barcode: "ITEM-2" record_id: 1
           library_id: 1 loan_type: LOAN_TYPE_SHORT })",
        R"(request_id: "fuzz-seed-6" item { barcode: "RR-1" record_id: 1
           library_id: 1 loan_type: LOAN_TYPE_READING_ROOM })",
        R"(request_id: "fuzz-seed-7" item { barcode: "ITEM-3" record_id: 1
           library_id: 2 loan_type: LOAN_TYPE_NORMAL })"}) {
    Apply(ctx, item, &ops::CreateItem);
  }
  Apply(ctx,
        R"(request_id: "fuzz-seed-8" patron { card_number: "KZ0001"
           full_name: "Айгүл Сериковна" birth_date { year: 1990 month: 5 day: 17 }
           home_library_id: 1 category: PATRON_CATEGORY_ADULT })",
        &ops::CreatePatron);
  Apply(ctx,
        R"(request_id: "fuzz-seed-9" patron { card_number: "KZ0002"
           full_name: "Нұрлан Әлиев" birth_date { year: 2015 month: 1 day: 9 }
           home_library_id: 2 category: PATRON_CATEGORY_CHILD })",
        &ops::CreatePatron);
  Apply(ctx,
        R"(request_id: "fuzz-seed-10" library_id: 1 card_number: "KZ0002"
           item_barcode: "ITEM-2")",
        &ops::CheckOut);
  Apply(ctx,
        R"(request_id: "fuzz-seed-11" title { title: "Egemen Qazaqstan"
           kind: PERIODICAL_KIND_NEWSPAPER language: "kk" library_id: 1 })",
        &ops::CreatePeriodicalTitle);
  Apply(ctx,
        R"(request_id: "fuzz-seed-12" library_id: 1 card_number: "KZ0001"
           title_id: 1 issue: "2025-05-30" reading_room: "Periodicals hall")",
        &ops::RequestIssue);
  Check(db_->Exec("COMMIT"), "COMMIT");
}

}  // namespace kitap::fuzz
