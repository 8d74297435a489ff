#include "bench/names.h"

#include <cstdio>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"

namespace kitap::gen {
namespace {

template <class T, size_t N>
const T& Choose(const T (&options)[N], uint64_t hash) {
  return options[hash % N];
}

constexpr std::string_view kMaleGiven[] = {
    "Ерлан", "Алихан", "Нұрлан", "Дәурен",   "Асхат", "Бауыржан",
    "Тимур", "Арман",  "Данияр", "Сергей",   "Иван",  "Ержан",
    "Мұрат", "Айдос",  "Руслан", "Александр"};
constexpr std::string_view kFemaleGiven[] = {
    "Айгерім", "Дана",   "Жансая",   "Наталья", "Әсел",   "Гүлнар",
    "Мадина",  "Аружан", "Салтанат", "Елена",   "Камила", "Динара",
    "Айым",    "Ольга",  "Томирис",  "Жанар"};
// Surnames in their masculine form; the feminine adds "а".
constexpr std::string_view kSurnames[] = {
    "Ахметов", "Серікбаев",  "Жұмабаев",  "Қасымов", "Иванов", "Нұрланов",
    "Оспанов", "Сәрсенов",   "Төлегенов", "Петров",  "Әбенов", "Исаев",
    "Мұқанов", "Бекмұратов", "Смирнов",   "Омаров"};

struct BookSeed {
  v1::Subject subject;
  std::string_view title;
  std::string_view author;
  std::string_view language;
};
constexpr BookSeed kBooks[] = {
    {v1::SUBJECT_FICTION, "Абай жолы", "Мұхтар Әуезов", "kk"},
    {v1::SUBJECT_FICTION, "Көшпенділер", "Ілияс Есенберлин", "kk"},
    {v1::SUBJECT_FICTION, "Қан мен тер", "Әбдіжәміл Нұрпейісов", "kk"},
    {v1::SUBJECT_FICTION, "Война и мир", "Лев Толстой", "ru"},
    {v1::SUBJECT_FICTION, "Менің атым Қожа", "Бердібек Соқпақбаев", "kk"},
    {v1::SUBJECT_HISTORY_ETHNOGRAPHY, "Қазақ шежіресі", "Шәкәрім Құдайбердіұлы",
     "kk"},
    {v1::SUBJECT_HISTORY_ETHNOGRAPHY, "Избранные произведения",
     "Шокан Валиханов", "ru"},
    {v1::SUBJECT_HISTORY_ETHNOGRAPHY, "История Казахстана", "Манаш Козыбаев",
     "ru"},
    {v1::SUBJECT_POPULAR_SCIENCE, "A Brief History of Time", "Stephen Hawking",
     "en"},
    {v1::SUBJECT_POPULAR_SCIENCE, "Ғарыш сырлары", "Тоқтар Әубәкіров", "kk"},
    {v1::SUBJECT_PSYCHOLOGY, "Человек в поисках смысла", "Виктор Франкл", "ru"},
    {v1::SUBJECT_PSYCHOLOGY, "Бала психологиясы", "Жарқын Жарықбаев", "kk"},
    {v1::SUBJECT_MEDICINE, "Здоровье ребенка", "Евгений Комаровский", "ru"},
    {v1::SUBJECT_MEDICINE, "Халық медицинасы", "Төлеген Шарманов", "kk"},
    {v1::SUBJECT_TECHNOLOGY, "Clean Code", "Robert C. Martin", "en"},
    {v1::SUBJECT_TECHNOLOGY, "Цифрлық сауаттылық", "Асқар Жұмаділдаев", "kk"},
    {v1::SUBJECT_CHILDREN, "Бәйтерек ертегілері", "Ыбырай Алтынсарин", "kk"},
    {v1::SUBJECT_EDUCATION, "Әліппе", "Ахмет Байтұрсынұлы", "kk"},
    {v1::SUBJECT_ARTS, "Күй өнері", "Құрманғазы Сағырбайұлы", "kk"},
    {v1::SUBJECT_SOCIAL_SCIENCES, "Экономика Казахстана", "Оразалы Сабден",
     "ru"},
    {v1::SUBJECT_NATURAL_SCIENCES, "Қазақстанның өсімдіктері", "Нікөлай Павлов",
     "kk"},
    {v1::SUBJECT_REFERENCE, "Қазақ энциклопедиясы", "Редакция алқасы", "kk"},
    {v1::SUBJECT_OTHER, "Күнделік", "Автор белгісіз", "kk"},
};

struct PeriodicalSeed {
  std::string_view title;
  v1::PeriodicalKind kind;
  std::string_view language;
};
constexpr PeriodicalSeed kPeriodicals[] = {
    {"Егемен Қазақстан", v1::PERIODICAL_KIND_NEWSPAPER, "kk"},
    {"Казахстанская правда", v1::PERIODICAL_KIND_NEWSPAPER, "ru"},
    {"Ана тілі", v1::PERIODICAL_KIND_NEWSPAPER, "kk"},
    {"Жас Алаш", v1::PERIODICAL_KIND_NEWSPAPER, "kk"},
    {"Айқын", v1::PERIODICAL_KIND_NEWSPAPER, "kk"},
    {"Вечерний Алматы", v1::PERIODICAL_KIND_NEWSPAPER, "ru"},
    {"Алматы ақшамы", v1::PERIODICAL_KIND_NEWSPAPER, "kk"},
    {"Түркістан", v1::PERIODICAL_KIND_NEWSPAPER, "kk"},
    {"Жұлдыз", v1::PERIODICAL_KIND_MAGAZINE, "kk"},
    {"Простор", v1::PERIODICAL_KIND_MAGAZINE, "ru"},
    {"Нива", v1::PERIODICAL_KIND_MAGAZINE, "ru"},
    {"Ақиқат", v1::PERIODICAL_KIND_MAGAZINE, "kk"},
    {"Балдырған", v1::PERIODICAL_KIND_MAGAZINE, "kk"},
    {"Ұлан", v1::PERIODICAL_KIND_NEWSPAPER, "kk"},
    {"Қазақ әдебиеті", v1::PERIODICAL_KIND_NEWSPAPER, "kk"},
    {"Kazakhstan Today", v1::PERIODICAL_KIND_MAGAZINE, "en"},
};

struct EventSeed {
  std::string_view title;
  v1::EventKind kind;
};
constexpr EventSeed kEvents[] = {
    {"Абай оқулары", v1::EVENT_KIND_CULTURAL},
    {"Кітап көрмесі: жаңа түсімдер", v1::EVENT_KIND_CULTURAL},
    {"Встреча с писателем", v1::EVENT_KIND_CULTURAL},
    {"Поэзия кеші", v1::EVENT_KIND_CULTURAL},
    {"Наурыз мерекесі", v1::EVENT_KIND_CULTURAL},
    {"Цифрлық сауаттылық сабағы", v1::EVENT_KIND_EDUCATIONAL},
    {"Мастер-класс по краеведению", v1::EVENT_KIND_EDUCATIONAL},
    {"Оқу марафоны", v1::EVENT_KIND_EDUCATIONAL},
    {"Лекция: история Великой степи", v1::EVENT_KIND_EDUCATIONAL},
    {"Балалар кітабы апталығы", v1::EVENT_KIND_CULTURAL},
};

std::string Str(std::string_view s) { return std::string(s); }

// ISBN-13 and EAN-13 share the check digit: weights 1, 3, 1, 3, ...
char Ean13Check(const std::string& twelve) {
  int sum = 0;
  for (size_t i = 0; i < twelve.size(); ++i) {
    sum += (twelve[i] - '0') * (i % 2 == 0 ? 1 : 3);
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

std::string Digits(int64_t n, int width) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%0*lld", width,
                static_cast<long long>(n));
  return buffer;
}

}  // namespace

const char kReadingRoom[] = "Мерзімді басылымдар оқу залы";

Names NationalLibraryName() {
  return {"Қазақстан Республикасының Ұлттық кітапханасы",
          "Национальная библиотека Республики Казахстан",
          "National Library of the Republic of Kazakhstan"};
}

Names NationalAcademicLibraryName() {
  return {"Қазақстан Республикасының Ұлттық академиялық кітапханасы",
          "Национальная академическая библиотека Республики Казахстан",
          "National Academic Library of the Republic of Kazakhstan"};
}

Names RegionalLibraryName(const Region& region) {
  if (region.code == "KZ-59") {
    return {
        "Сәбит Мұқанов атындағы Солтүстік Қазақстан облыстық әмбебап "
        "ғылыми кітапханасы",
        "Северо-Казахстанская областная универсальная научная "
        "библиотека имени Сабита Муканова",
        "Sabit Mukanov North Kazakhstan Regional Universal Scientific "
        "Library"};
  }
  if (region.kind == "city") {
    return {region.name_kk + " қалалық орталық кітапханасы",
            "Центральная городская библиотека г. " + region.name_ru,
            region.name_en + " City Central Library"};
  }
  std::string kk(absl::StripSuffix(region.name_kk, " облысы"));
  std::string ru(absl::StripSuffix(region.name_ru, "ая область"));
  return {kk + " облыстық әмбебап ғылыми кітапханасы",
          ru + "ая областная универсальная научная библиотека",
          region.name_en + " Universal Scientific Library"};
}

Names LocalLibraryName(const Region& region, v1::LibraryType type,
                       int ordinal) {
  std::string n = std::to_string(ordinal);
  switch (type) {
    case v1::LIBRARY_TYPE_DISTRICT:
      return {
          "№" + n + " аудандық орталық кітапхана (" + region.name_kk + ")",
          "Районная центральная библиотека №" + n + " (" + region.name_ru + ")",
          "District Central Library No. " + n + ", " + region.name_en};
    case v1::LIBRARY_TYPE_CITY:
      return {"№" + n + " қалалық кітапхана (" + region.name_kk + ")",
              "Городская библиотека №" + n + " (" + region.name_ru + ")",
              "City Library No. " + n + ", " + region.name_en};
    case v1::LIBRARY_TYPE_CHILDREN:
      return {"№" + n + " балалар кітапханасы (" + region.name_kk + ")",
              "Детская библиотека №" + n + " (" + region.name_ru + ")",
              "Children's Library No. " + n + ", " + region.name_en};
    default:
      return {"№" + n + " ауылдық кітапхана (" + region.name_kk + ")",
              "Сельская библиотека №" + n + " (" + region.name_ru + ")",
              "Rural Library No. " + n + ", " + region.name_en};
  }
}

std::string PersonName(uint64_t hash) {
  bool female = hash & 1;
  std::string surname = Str(Choose(kSurnames, hash >> 1));
  if (female) surname += "а";
  std::string_view given =
      female ? Choose(kFemaleGiven, hash >> 9) : Choose(kMaleGiven, hash >> 9);
  return surname + " " + Str(given);
}

BookText Book(v1::Subject subject, uint64_t hash) {
  std::vector<const BookSeed*> seeds;
  for (const BookSeed& seed : kBooks) {
    if (seed.subject == subject) seeds.push_back(&seed);
  }
  const BookSeed& seed = *seeds[hash % seeds.size()];
  uint64_t edition = (hash >> 16) % 40;
  std::string title = Str(seed.title);
  if (edition > 0) title += absl::StrCat(" (", edition + 1, "-басылым)");
  return {title, Str(seed.author), Str(seed.language)};
}

PeriodicalText Periodical(int64_t n) {
  constexpr int64_t kCount = sizeof kPeriodicals / sizeof kPeriodicals[0];
  const PeriodicalSeed& seed = kPeriodicals[n % kCount];
  PeriodicalText text{Str(seed.title), seed.kind, Str(seed.language)};
  if (n >= kCount) text.title += absl::StrCat(" · ", n / kCount + 1);
  return text;
}

EventText LibraryEventText(uint64_t hash) {
  const EventSeed& seed = Choose(kEvents, hash);
  return {Str(seed.title), seed.kind};
}

std::string Isbn13(int64_t n) {
  std::string twelve = "978" + Digits(601000000 + n % 398999999, 9);
  return twelve + Ean13Check(twelve);
}

std::string Issn(int64_t n) {
  std::string seven = Digits(1000000 + n % 8999999, 7);
  int sum = 0;
  for (int i = 0; i < 7; ++i) sum += (seven[i] - '0') * (8 - i);
  int check = (11 - sum % 11) % 11;
  return seven.substr(0, 4) + "-" + seven.substr(4) +
         (check == 10 ? 'X' : static_cast<char>('0' + check));
}

std::string CardNumber(int64_t patron) { return "KZR" + Digits(patron + 1, 9); }

std::string Barcode(int64_t item) { return "KZB" + Digits(item + 1, 10); }

}  // namespace kitap::gen
