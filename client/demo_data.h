// The data of `kitap demo`: five libraries in real regions, their readers,
// a small catalogue and the librarian's cycle run on them. Tables are
// indexed by the enums below; each script entry names rows of the tables.
#ifndef KITAP_CLIENT_DEMO_DATA_H_
#define KITAP_CLIENT_DEMO_DATA_H_

#include <array>
#include <string>
#include <string_view>

#include "kitap/v1/common.pb.h"
#include "kitap/v1/events.pb.h"
#include "kitap/v1/periodicals.pb.h"

namespace kitap::client {

enum DemoLibrary : int {
  kNationalLibrary,  // Almaty
  kAcademicLibrary,  // Astana
  kNorthKazakhstanLibrary,
  kTurkistanLibrary,
  kRuralLibrary,  // West Kazakhstan
  kDemoLibraryCount
};

struct LibrarySpec {
  std::string_view short_name;  // for the demo's output
  std::string_view name_kk;
  std::string_view name_ru;
  std::string_view name_en;
  std::string_view region_code;  // ISO 3166-2:KZ
  v1::LibraryType type;
};
extern const std::array<LibrarySpec, kDemoLibraryCount> kDemoLibraries;

// The library whose calendar the demo sets: closed on Sundays and on the
// holidays below (month, day of the demo year).
inline constexpr DemoLibrary kCalendarLibrary = kNationalLibrary;
inline constexpr int kClosedWeekday = 7;  // ISO: Sunday
struct MonthDay {
  int month;
  int day;
};
inline constexpr MonthDay kHolidays[] = {
    {3, 21},
    {3, 22},
    {3, 23},   // Nauryz
    {12, 16},  // Independence Day
};

enum DemoPatron : int {
  kAigerim,
  kYerlan,
  kDana,
  kAlikhan,
  kNatalya,
  kZhansaya,
  kDemoPatronCount
};

struct PatronSpec {
  std::string_view full_name;
  int age;  // in whole years during the demo year (born 5 January)
  v1::PatronCategory category;
  DemoLibrary home;
};
extern const std::array<PatronSpec, kDemoPatronCount> kDemoPatrons;

enum DemoRecord : int {
  kAbaiZholy,
  kNomads,
  kValikhanov,
  kBriefHistoryOfTime,
  kManSearchForMeaning,
  kChildHealth,
  kCleanCode,
  kMyNameIsKozha,
  kDemoRecordCount
};

struct RecordSpec {
  std::string_view title;
  std::string_view author;
  std::string_view language;  // ISO 639-1
  int year;                   // of the edition
  v1::Subject subject;
};
extern const std::array<RecordSpec, kDemoRecordCount> kDemoRecords;

enum DemoItem : int {
  kAbaiAtNational,
  kNomadsAtNorth,
  kValikhanovReadingRoom,
  kValikhanovAtAcademic,
  kHawkingAtRural,
  kFranklAtNational,
  kKomarovskyAtNorth,
  kCleanCodeAtAcademic,
  kKozhaAtTurkistan,
  kAbaiAtTurkistan,
  kDemoItemCount
};

struct ItemSpec {
  DemoRecord record;
  DemoLibrary owner;
  v1::LoanType loan_type;
};
extern const std::array<ItemSpec, kDemoItemCount> kDemoItems;

// Circulation: who borrows what where.
struct LoanSpec {
  DemoPatron patron;
  DemoItem item;
  DemoLibrary desk;
};
inline constexpr LoanSpec kDemoLoans[] = {
    {kDana, kAbaiAtNational, kNationalLibrary},
    {kAigerim, kFranklAtNational, kNationalLibrary},
    {kYerlan, kCleanCodeAtAcademic, kAcademicLibrary},
    {kYerlan, kValikhanovAtAcademic, kAcademicLibrary},
    {kNatalya, kKomarovskyAtNorth, kNorthKazakhstanLibrary},
    {kNatalya, kNomadsAtNorth, kNorthKazakhstanLibrary},
    {kAlikhan, kKozhaAtTurkistan, kTurkistanLibrary},
    {kZhansaya, kHawkingAtRural, kRuralLibrary},
};
// A check-out the server must refuse: the item is for the reading room.
inline constexpr LoanSpec kRefusedLoan = {kYerlan, kValikhanovReadingRoom,
                                          kNationalLibrary};
// A loan renewed at its desk.
inline constexpr LoanSpec kRenewedLoan = kDemoLoans[1];
// A loan returned at another library than the owner: the item goes in
// transit and its owner receives it.
inline constexpr LoanSpec kReturnedLoan = kDemoLoans[0];
inline constexpr DemoLibrary kReturnDesk = kAcademicLibrary;

// A patron scan at the entrance, or an anonymous gate count.
struct VisitSpec {
  DemoLibrary library;
  int patron;  // a DemoPatron, or -1 for a gate count of `count` people
  int count;
};
inline constexpr VisitSpec kDemoVisits[] = {
    {kNationalLibrary, kDana, 1},   {kNationalLibrary, kAigerim, 1},
    {kAcademicLibrary, kYerlan, 1}, {kTurkistanLibrary, kAlikhan, 1},
    {kNationalLibrary, -1, 240},    {kRuralLibrary, -1, 35},
};

// A newspaper in a reading room and one request for an issue of it.
struct PeriodicalSpec {
  std::string_view title;
  v1::PeriodicalKind kind;
  std::string_view language;
  DemoLibrary library;
  std::string_view reading_room;
  MonthDay issue;  // the issue's date in the demo year
  DemoPatron reader;
};
extern const PeriodicalSpec kDemoPeriodical;

struct EventSpec {
  std::string_view title;
  v1::EventKind kind;
  int attendance;
  DemoLibrary library;
};
extern const std::array<EventSpec, 2> kDemoEvents;

// Card numbers and barcodes carry the demo year, so demo sets of different
// years never share a card: "DEMO-2025-R01", "DEMO-2025-I01".
std::string DemoCardNumber(int year, DemoPatron patron);
std::string DemoBarcode(int year, DemoItem item);

}  // namespace kitap::client

#endif  // KITAP_CLIENT_DEMO_DATA_H_
