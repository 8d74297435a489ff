// The texts of the dataset: names of libraries and readers, titles and
// authors of books, periodicals and events. Pure functions of their inputs.
#ifndef KITAP_BENCH_NAMES_H_
#define KITAP_BENCH_NAMES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "bench/regions.h"
#include "kitap/v1/common.pb.h"
#include "kitap/v1/events.pb.h"
#include "kitap/v1/periodicals.pb.h"

namespace kitap::gen {

struct Names {
  std::string kk, ru, en;
};

Names NationalLibraryName();
Names NationalAcademicLibraryName();
// The main library of `region`: the regional universal scientific library
// (in North Kazakhstan the one named after Sabit Mukanov), or a city's
// central library.
Names RegionalLibraryName(const Region& region);
// Library number `ordinal` (1, 2, ...) of `type` in `region`.
Names LocalLibraryName(const Region& region, v1::LibraryType type, int ordinal);

// A reader's full name ("Surname Given"), from a hash.
std::string PersonName(uint64_t hash);

struct BookText {
  std::string title;
  std::string author;
  std::string language;  // ISO 639-1
};
// A book of `subject` (the `edition`-th of its title gets a suffix).
BookText Book(v1::Subject subject, uint64_t hash);

struct PeriodicalText {
  std::string title;
  v1::PeriodicalKind kind;
  std::string language;
};
// Periodical number `n` of a library's run of titles.
PeriodicalText Periodical(int64_t n);
extern const char kReadingRoom[];

struct EventText {
  std::string title;
  v1::EventKind kind;
};
EventText LibraryEventText(uint64_t hash);

// Identifiers that pass the server's validation: a valid ISBN-13 and
// ISSN for entity `n`, a card number and an item barcode.
std::string Isbn13(int64_t n);
std::string Issn(int64_t n);
std::string CardNumber(int64_t patron);
std::string Barcode(int64_t item);

}  // namespace kitap::gen

#endif  // KITAP_BENCH_NAMES_H_
