// `kitap record add|show` and `kitap item add|show` (desk_command.h).
#include <string>
#include <vector>

#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "client/admin_options.h"
#include "client/desk_call.h"
#include "client/desk_command.h"
#include "client/desk_options.h"
#include "client/desk_text.h"
#include "client/request_id.h"
#include "client/time_util.h"

namespace kitap::client {
namespace {

void WriteRecord(const v1::Record& r, std::ostream& out) {
  out << absl::StrFormat("Record %d: %s\n", r.id(), r.title());
  WriteFields({{"Authors", absl::StrJoin(r.authors(), "; ")},
               {"Subject", EnumWord(*v1::Subject_descriptor(), r.subject())},
               {"Year", r.year() == 0 ? "" : absl::StrFormat("%d", r.year())},
               {"Language", r.language()},
               {"ISBN", r.isbn()},
               {"ISSN", r.issn()}},
              out);
}

void WriteItem(const v1::Item& i, std::ostream& out) {
  out << absl::StrFormat("Item %d: barcode %s\n", i.id(), i.barcode());
  WriteFields(
      {{"Record", absl::StrFormat("%d", i.record_id())},
       {"Status", EnumWord(*v1::ItemStatus_descriptor(), i.status())},
       {"Loan type", EnumWord(*v1::LoanType_descriptor(), i.loan_type())},
       {"Library", absl::StrFormat("%d", i.library_id())},
       {"Now at library", absl::StrFormat("%d", i.location_library_id())},
       {"Acquired", FormatDay(i.acquired_on())}},
      out);
}

// "A; B" as {"A", "B"}.
std::vector<std::string> Authors(const std::string& text) {
  std::vector<std::string> authors;
  for (absl::string_view author : absl::StrSplit(text, ';')) {
    author = absl::StripAsciiWhitespace(author);
    if (!author.empty()) authors.emplace_back(author);
  }
  return authors;
}

absl::StatusOr<v1::CreateRecordRequest> ParseRecord(const ParsedArgs& args) {
  v1::CreateRecordRequest request;
  request.set_request_id(NewRequestId());
  v1::Record& r = *request.mutable_record();
  absl::StatusOr<std::string> title = RequiredText(args, "title");
  if (!title.ok()) return title.status();
  absl::StatusOr<v1::Subject> subject =
      RequiredEnum<v1::Subject>(args, "subject", v1::Subject_descriptor());
  if (!subject.ok()) return subject.status();
  r.set_title(*title);
  r.set_subject(*subject);
  for (std::string& author : Authors(args.Get("author").value_or(""))) {
    r.add_authors(std::move(author));
  }
  r.set_isbn(args.Get("isbn").value_or(""));
  r.set_issn(args.Get("issn").value_or(""));
  r.set_language(args.Get("language").value_or(""));
  if (std::optional<std::string> year = args.Get("year")) {
    absl::StatusOr<int64_t> parsed = ParseIntegerOption("year", *year, 0, 9999);
    if (!parsed.ok()) return parsed.status();
    r.set_year(static_cast<int32_t>(*parsed));
  }
  return request;
}

absl::StatusOr<v1::CreateItemRequest> ParseItem(const ParsedArgs& args) {
  v1::CreateItemRequest request;
  request.set_request_id(NewRequestId());
  v1::Item& i = *request.mutable_item();
  absl::StatusOr<std::string> barcode = RequiredText(args, "barcode");
  absl::StatusOr<int64_t> record = RequiredId(args, "record");
  absl::StatusOr<int64_t> library = RequiredId(args, "library");
  for (const absl::Status& s :
       {barcode.status(), record.status(), library.status()}) {
    if (!s.ok()) return s;
  }
  i.set_barcode(*barcode);
  i.set_record_id(*record);
  i.set_library_id(*library);
  i.set_loan_type(v1::LOAN_TYPE_NORMAL);
  if (args.Has("loan-type")) {
    absl::StatusOr<v1::LoanType> type = RequiredEnum<v1::LoanType>(
        args, "loan-type", v1::LoanType_descriptor());
    if (!type.ok()) return type.status();
    i.set_loan_type(*type);
  }
  if (std::optional<std::string> acquired = args.Get("acquired")) {
    absl::StatusOr<v1::Date> date = ParseDate("acquired", *acquired);
    if (!date.ok()) return date.status();
    *i.mutable_acquired_on() = *date;
  }
  return request;
}

int RunRecordAdd(const CommandContext& context) {
  constexpr char kName[] = "record add";
  absl::StatusOr<v1::CreateRecordRequest> request = ParseRecord(context.args);
  if (!request.ok()) return UsageError(context.err, kName, request.status());
  return CallAndPrint(context, kName, "adding the record", &Stubs::catalog,
                      &v1::Catalog::Stub::CreateRecord, *request, WriteRecord);
}

int RunRecordShow(const CommandContext& context) {
  constexpr char kName[] = "record show";
  absl::StatusOr<int64_t> id = ParseId("ID", context.operand);
  if (!id.ok()) return UsageError(context.err, kName, id.status());
  v1::GetRecordRequest request;
  request.set_id(*id);
  return CallAndPrint(context, kName, "looking the record up", &Stubs::catalog,
                      &v1::Catalog::Stub::GetRecord, request, WriteRecord);
}

int RunItemAdd(const CommandContext& context) {
  constexpr char kName[] = "item add";
  absl::StatusOr<v1::CreateItemRequest> request = ParseItem(context.args);
  if (!request.ok()) return UsageError(context.err, kName, request.status());
  return CallAndPrint(context, kName, "adding the item", &Stubs::catalog,
                      &v1::Catalog::Stub::CreateItem, *request, WriteItem);
}

int RunItemShow(const CommandContext& context) {
  v1::GetItemRequest request;
  request.set_barcode(std::string(context.operand));
  return CallAndPrint(context, "item show", "looking the item up",
                      &Stubs::catalog, &v1::Catalog::Stub::GetItem, request,
                      WriteItem);
}

constexpr std::string_view kRecordAddOptions[] = {
    "server", "token", "timeout",  "json", "title",  "author",
    "isbn",   "issn",  "language", "year", "subject"};
constexpr std::string_view kShowOptions[] = {"server", "token", "timeout",
                                             "json"};
constexpr std::string_view kItemAddOptions[] = {
    "server", "token",   "timeout",   "json",    "barcode",
    "record", "library", "loan-type", "acquired"};

constexpr char kRecordOutput[] =
    "Prints the record (--json: kitap.v1.Record).\n";
constexpr char kItemOutput[] = "Prints the item (--json: kitap.v1.Item).\n";

}  // namespace

const Command& RecordAddCommand() {
  static const std::string help = DeskHelp(
      "Usage: kitap record add --title TITLE --subject SUBJECT\n"
      "         [--author \"A; B\"] [--isbn ISBN] [--issn ISSN]\n"
      "         [--language CODE] [--year YEAR]\n"
      "\n"
      "Adds a bibliographic record to the national catalogue. SUBJECT is\n"
      "one of fiction, history-ethnography, popular-science, psychology,\n"
      "medicine, technology, children, education, arts, social-sciences,\n"
      "natural-sciences, reference, other. Authors are separated by ';'.\n"
      "Library admins only.\n",
      kRecordOutput);
  static const Command command{"record add", "add a catalogue record", help,
                               kRecordAddOptions, RunRecordAdd};
  return command;
}

const Command& RecordShowCommand() {
  static const std::string help =
      DeskHelp("Usage: kitap record show ID\n\nShows catalogue record ID.\n",
               kRecordOutput);
  static const Command command{"record show", "show a catalogue record",
                               help,          kShowOptions,
                               RunRecordShow, "ID"};
  return command;
}

const Command& ItemAddCommand() {
  static const std::string help = DeskHelp(
      "Usage: kitap item add --barcode BARCODE --record ID --library ID\n"
      "         [--loan-type TYPE] [--acquired DATE]\n"
      "\n"
      "Adds a copy of record ID owned by library ID. TYPE is normal\n"
      "(default), short or reading-room; --acquired is YYYY-MM-DD (default:\n"
      "today). Library admins only.\n",
      kItemOutput);
  static const Command command{"item add", "add a copy (item) of a record",
                               help, kItemAddOptions, RunItemAdd};
  return command;
}

const Command& ItemShowCommand() {
  static const std::string help = DeskHelp(
      "Usage: kitap item show BARCODE\n"
      "\n"
      "Shows the item with barcode BARCODE: its status and where it is.\n",
      kItemOutput);
  static const Command command{"item show", "show an item by barcode",
                               help,        kShowOptions,
                               RunItemShow, "BARCODE"};
  return command;
}

}  // namespace kitap::client
