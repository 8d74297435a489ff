// Visits, events and periodical requests.
#ifndef KITAP_SERVER_STORE_ACTIVITY_STORE_H_
#define KITAP_SERVER_STORE_ACTIVITY_STORE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "kitap/v1/events.pb.h"
#include "kitap/v1/periodicals.pb.h"
#include "server/domain/types.h"

namespace kitap::store {

struct NewVisit {
  int64_t library_id = 0;
  std::optional<int64_t> patron_id;  // nullopt: anonymous count
  domain::Micros occurred_at = 0;
  int year = 0;
  int age = -1;
  int category = 0;
  int count = 1;
};
Status InsertVisit(db::Database& db, const NewVisit& visit, int64_t* id);

// Inserts `event` and sets its id; `year` is its local year.
Status InsertEvent(db::Database& db, v1::Event* event, int year);
Status ListEvents(db::Database& db, int64_t library_id, int year,
                  int64_t after_id, int limit, std::vector<v1::Event>* out);

// NOT_FOUND/PERIODICAL_TITLE_NOT_FOUND when missing.
Status LoadPeriodicalTitle(db::Database& db, int64_t id,
                           v1::PeriodicalTitle* out);
Status InsertPeriodicalTitle(db::Database& db, v1::PeriodicalTitle* title);
Status ListPeriodicalTitles(db::Database& db, int64_t library_id,
                            int64_t after_id, int limit,
                            std::vector<v1::PeriodicalTitle>* out);

// The statistical dimensions of a new issue request.
struct RequestDims {
  int year = 0;
  int age = 0;
  int category = 0;
};
Status InsertIssueRequest(db::Database& db, v1::IssueRequest* request,
                          const RequestDims& dims);
// NOT_FOUND/ISSUE_REQUEST_NOT_FOUND when missing.
Status LoadIssueRequest(db::Database& db, int64_t id, v1::IssueRequest* out);
Status SaveIssueRequestState(db::Database& db, int64_t id,
                             v1::IssueRequestState state,
                             domain::Micros updated_at);
Status ListIssueRequests(db::Database& db, int64_t library_id, bool open_only,
                         int64_t after_id, int limit,
                         std::vector<v1::IssueRequest>* out);

}  // namespace kitap::store

#endif  // KITAP_SERVER_STORE_ACTIVITY_STORE_H_
