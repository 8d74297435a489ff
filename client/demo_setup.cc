// The set-up steps of the demo: regions, libraries, a calendar, patrons and
// the catalogue.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "client/demo_runner.h"
#include "client/report_labels.h"
#include "client/time_util.h"

namespace kitap::client {
namespace {

std::string_view LoanTypeNote(v1::LoanType type) {
  switch (type) {
    case v1::LOAN_TYPE_SHORT:
      return ", short loan";
    case v1::LOAN_TYPE_READING_ROOM:
      return ", reading room only";
    default:
      return "";
  }
}

v1::Library LibraryOf(const LibrarySpec& spec) {
  v1::Library library;
  library.set_name_kk(std::string(spec.name_kk));
  library.set_name_ru(std::string(spec.name_ru));
  library.set_name_en(std::string(spec.name_en));
  library.set_region_code(std::string(spec.region_code));
  library.set_type(spec.type);
  return library;
}

v1::Record RecordOf(const RecordSpec& spec) {
  v1::Record record;
  record.set_title(std::string(spec.title));
  record.add_authors(std::string(spec.author));
  record.set_language(std::string(spec.language));
  record.set_year(spec.year);
  record.set_subject(spec.subject);
  return record;
}

}  // namespace

RpcStatus DemoRunner::LoadRegions() {
  v1::ListRegionsResponse response;
  KITAP_CLIENT_RETURN_IF_ERROR(
      connection_.Call(*stubs_.directory, &v1::Directory::Stub::ListRegions,
                       v1::ListRegionsRequest(), &response));
  for (const v1::Region& region : response.regions()) {
    region_names_[region.code()] = region.name_en();
  }
  out_ << "Regions: " << response.regions_size()
       << " from Directory.ListRegions\n";
  for (const LibrarySpec& library : kDemoLibraries) {
    if (!region_names_.contains(std::string(library.region_code))) {
      return RpcStatus(
          grpc::StatusCode::NOT_FOUND, "REGION_NOT_FOUND",
          absl::StrFormat("the server has no region %s", library.region_code));
    }
  }
  return RpcStatus();
}

RpcStatus DemoRunner::CreateLibraries() {
  out_ << "Libraries\n";
  for (int i = 0; i < kDemoLibraryCount; ++i) {
    const LibrarySpec& spec = kDemoLibraries[i];
    v1::CreateLibraryRequest request;
    request.set_request_id(StepId(absl::StrCat("library-", i + 1)));
    *request.mutable_library() = LibraryOf(spec);
    if (clock_.backdated()) {
      *request.mutable_library()->mutable_opened_on() =
          clock_.Day(kSetUpMoment.month, kSetUpMoment.day);
    }
    v1::Library library;
    KITAP_CLIENT_RETURN_IF_ERROR(
        connection_.Call(*stubs_.directory, &v1::Directory::Stub::CreateLibrary,
                         request, &library));
    library_ids_[i] = library.id();
    out_ << "  #" << library.id() << ' ' << library.name_en() << ", "
         << region_names_[library.region_code()] << " ("
         << library.region_code() << "), "
         << Label(Language::kEnglish, v1::LibraryType_Name(library.type()))
         << "\n      " << library.name_kk() << " / " << library.name_ru()
         << '\n';
  }
  return RpcStatus();
}

RpcStatus DemoRunner::SetCalendar() {
  v1::UpdateLibraryCalendarRequest request;
  request.set_request_id(StepId("calendar-1"));
  v1::LibraryCalendar* calendar = request.mutable_calendar();
  calendar->set_library_id(library_ids_[kCalendarLibrary]);
  calendar->add_closed_weekdays(kClosedWeekday);
  std::vector<std::string> holidays;
  for (const MonthDay& holiday : kHolidays) {
    *calendar->add_closed_dates() = clock_.Day(holiday.month, holiday.day);
    holidays.push_back(FormatDay(clock_.Day(holiday.month, holiday.day)));
  }
  v1::LibraryCalendar updated;
  KITAP_CLIENT_RETURN_IF_ERROR(connection_.Call(
      *stubs_.directory, &v1::Directory::Stub::UpdateLibraryCalendar, request,
      &updated));
  out_ << "  calendar of " << LibraryName(kCalendarLibrary)
       << ": closed on Sundays and on " << absl::StrJoin(holidays, ", ")
       << '\n';
  return RpcStatus();
}

RpcStatus DemoRunner::RegisterPatrons() {
  out_ << "Patrons\n";
  for (int i = 0; i < kDemoPatronCount; ++i) {
    const PatronSpec& spec = kDemoPatrons[i];
    v1::CreatePatronRequest request;
    request.set_request_id(StepId(absl::StrCat("patron-", i + 1)));
    v1::Patron* patron = request.mutable_patron();
    patron->set_card_number(
        DemoCardNumber(clock_.year(), static_cast<DemoPatron>(i)));
    patron->set_full_name(std::string(spec.full_name));
    *patron->mutable_birth_date() = clock_.BirthDate(spec.age);
    patron->set_home_library_id(library_ids_[spec.home]);
    patron->set_category(spec.category);
    if (clock_.backdated()) {
      *patron->mutable_registered_on() =
          clock_.Day(kSetUpMoment.month, kSetUpMoment.day);
    }
    StampOccurredAt(clock_, kSetUpMoment, &request);
    v1::Patron created;
    KITAP_CLIENT_RETURN_IF_ERROR(connection_.Call(
        *stubs_.patrons, &v1::Patrons::Stub::CreatePatron, request, &created));
    out_ << "  " << created.card_number() << "  " << created.full_name() << " ("
         << spec.age << ", "
         << EnumWords(v1::PatronCategory_Name(created.category()),
                      "PATRON_CATEGORY_")
         << "), home " << LibraryName(spec.home) << ", registered until "
         << FormatDay(created.expires_on()) << '\n';
  }
  return RpcStatus();
}

RpcStatus DemoRunner::CreateCatalogue() {
  out_ << "Catalogue\n";
  for (int i = 0; i < kDemoRecordCount; ++i) {
    const RecordSpec& spec = kDemoRecords[i];
    v1::CreateRecordRequest request;
    request.set_request_id(StepId(absl::StrCat("record-", i + 1)));
    *request.mutable_record() = RecordOf(spec);
    v1::Record record;
    KITAP_CLIENT_RETURN_IF_ERROR(connection_.Call(
        *stubs_.catalog, &v1::Catalog::Stub::CreateRecord, request, &record));
    record_ids_[i] = record.id();
    out_ << "  «" << record.title() << "», " << spec.author << " ("
         << record.language() << ", " << record.year() << "; "
         << Label(Language::kEnglish, v1::Subject_Name(record.subject()))
         << ")\n";
    KITAP_CLIENT_RETURN_IF_ERROR(CreateItems(static_cast<DemoRecord>(i)));
  }
  return RpcStatus();
}

RpcStatus DemoRunner::CreateItems(DemoRecord record) {
  for (int i = 0; i < kDemoItemCount; ++i) {
    const ItemSpec& spec = kDemoItems[i];
    if (spec.record != record) continue;
    v1::CreateItemRequest request;
    request.set_request_id(StepId(absl::StrCat("item-", i + 1)));
    v1::Item* item = request.mutable_item();
    item->set_barcode(DemoBarcode(clock_.year(), static_cast<DemoItem>(i)));
    item->set_record_id(record_ids_[record]);
    item->set_library_id(library_ids_[spec.owner]);
    item->set_loan_type(spec.loan_type);
    if (clock_.backdated()) {
      *item->mutable_acquired_on() =
          clock_.Day(kSetUpMoment.month, kSetUpMoment.day);
    }
    v1::Item created;
    KITAP_CLIENT_RETURN_IF_ERROR(connection_.Call(
        *stubs_.catalog, &v1::Catalog::Stub::CreateItem, request, &created));
    out_ << "      item " << created.barcode() << " at "
         << LibraryName(spec.owner) << LoanTypeNote(created.loan_type())
         << '\n';
  }
  return RpcStatus();
}

}  // namespace kitap::client
