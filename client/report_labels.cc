#include "client/report_labels.h"

#include <algorithm>
#include <iterator>

#include "absl/strings/str_cat.h"

namespace kitap::client {
namespace {

struct LabelRow {
  std::string_view key;
  std::string_view kk;
  std::string_view ru;
  std::string_view en;
};

// The words of the dashboard (server/http/dashboard/labels.js) where both
// name the same thing, so the two read alike. Russian units ("экз.",
// "чел.") follow their number after a no-break space, so that a wrapped
// line never starts with one.
constexpr LabelRow kLabels[] = {
    // Titles, sections and columns.
    {"title", "Жылдық есеп", "Годовой отчёт", "Annual report"},
    {"scope.national", "Қазақстан, барлық өңірлер", "Казахстан, все регионы",
     "Kazakhstan, all regions"},
    {"scope.region", "өңір", "регион", "region"},
    {"scope.library", "кітапхана", "библиотека", "library"},
    {"section.summary", "Қысқаша шолу", "Краткий обзор", "Summary"},
    {"section.totals", "Негізгі көрсеткіштер", "Основные показатели", "Totals"},
    {"section.regions", "Өңірлер бойынша (тіркелген оқырмандары көбі алдымен)",
     "По регионам (по убыванию числа зарегистрированных пользователей)",
     "By region (most registered users first)"},
    {"section.library_types", "Кітапхана түрлері бойынша", "По типам библиотек",
     "By library type"},
    {"section.libraries", "Кітапханалар бойынша", "По библиотекам",
     "By library"},
    {"section.age_bands", "Жас топтары бойынша (топтар қиылысуы мүмкін)",
     "По возрастным группам (группы могут пересекаться)",
     "By age band (bands may overlap)"},
    {"section.subjects", "Тақырыптар бойынша (берілімі көбі алдымен)",
     "По тематике (по убыванию книговыдачи)", "By subject (most loans first)"},
    {"section.categories", "Оқырман санаттары бойынша",
     "По категориям читателей", "By patron category"},
    {"column.figure", "Көрсеткіш", "Показатель", "Figure"},
    {"column.change", "Өзгеріс", "Изменение", "Change"},
    {"column.region", "Өңір", "Регион", "Region"},
    {"column.type", "Түрі", "Тип", "Type"},
    {"column.library", "Кітапхана", "Библиотека", "Library"},
    {"column.age", "Жасы", "Возраст", "Age"},
    {"column.subject", "Тақырып", "Тематика", "Subject"},
    {"column.category", "Санат", "Категория", "Category"},
    {"active_definition", "Белсенді оқырман", "Активный пользователь",
     "Active users"},
    {"active_definition.text",
     "жыл ішінде кемінде бір рет кітап алған, мерзімін ұзартқан, "
     "кітапханаға келген немесе мерзімді басылым сұраған тіркелген оқырман",
     "зарегистрированный читатель, который за год хотя бы раз взял или "
     "продлил книгу, посетил библиотеку или запросил периодику",
     ""},  // English: the server's own definition
    {"no_change", "—", "—", "n/a"},
    // Numbers: kk and ru group thousands with a no-break space and write a
    // decimal comma, as the Ministry's releases do (5 539 969; 4,1%).
    {"thousands_separator", "\u00a0", "\u00a0", ","},
    {"decimal_separator", ",", ",", "."},
    // The figures.
    {"figure.libraries", "Кітапханалар", "Библиотеки", "Libraries"},
    {"figure.holdings", "Кітап қоры (дана)", "Фонд (экземпляры)", "Holdings"},
    {"figure.loans", "Кітап берілімі", "Книговыдача", "Loans"},
    {"figure.renewals", "Мерзімін ұзарту", "Продления", "Renewals"},
    {"figure.registered_users", "Тіркелген оқырмандар",
     "Зарегистрированные пользователи", "Registered users"},
    {"figure.active_users", "Белсенді оқырмандар", "Активные пользователи",
     "Active users"},
    {"figure.new_registrations", "Жаңа тіркелгендер", "Новые регистрации",
     "New registrations"},
    {"figure.visits", "Келушілер", "Посещения", "Visits"},
    {"figure.periodical_requests", "Мерзімді басылымдарға сұраныс",
     "Запросы периодики", "Periodical requests"},
    {"figure.events", "Іс-шаралар", "Мероприятия", "Events"},
    {"figure.event_attendance", "Іс-шараға қатысушылар",
     "Участники мероприятий", "Event attendance"},
    // kitap.v1.LibraryType.
    {"LIBRARY_TYPE_UNSPECIFIED", "Көрсетілмеген", "Не указан", "Unspecified"},
    {"LIBRARY_TYPE_NATIONAL", "Ұлттық", "Национальные", "National"},
    {"LIBRARY_TYPE_ACADEMIC", "Академиялық", "Академические", "Academic"},
    {"LIBRARY_TYPE_REGIONAL", "Облыстық", "Областные", "Regional"},
    {"LIBRARY_TYPE_CITY", "Қалалық", "Городские", "City"},
    {"LIBRARY_TYPE_DISTRICT", "Аудандық", "Районные", "District"},
    {"LIBRARY_TYPE_RURAL", "Ауылдық", "Сельские", "Rural"},
    {"LIBRARY_TYPE_CHILDREN", "Балалар", "Детские", "Children's"},
    // kitap.v1.Subject.
    {"SUBJECT_UNSPECIFIED", "Көрсетілмеген", "Не указано", "Unspecified"},
    {"SUBJECT_FICTION", "Көркем әдебиет", "Художественная литература",
     "Fiction"},
    {"SUBJECT_HISTORY_ETHNOGRAPHY", "Тарих және этнография",
     "История и этнография", "History and ethnography"},
    {"SUBJECT_POPULAR_SCIENCE", "Ғылыми-көпшілік әдебиет",
     "Научно-популярная литература", "Popular science"},
    {"SUBJECT_PSYCHOLOGY", "Психология", "Психология", "Psychology"},
    {"SUBJECT_MEDICINE", "Медицина", "Медицина", "Medicine"},
    {"SUBJECT_TECHNOLOGY", "Техника және технологиялар", "Техника и технологии",
     "Technology"},
    {"SUBJECT_CHILDREN", "Балалар әдебиеті", "Детская литература",
     "Children's literature"},
    {"SUBJECT_EDUCATION", "Білім беру", "Образование", "Education"},
    {"SUBJECT_ARTS", "Өнер", "Искусство", "Arts"},
    {"SUBJECT_SOCIAL_SCIENCES", "Қоғамдық ғылымдар", "Общественные науки",
     "Social sciences"},
    {"SUBJECT_NATURAL_SCIENCES", "Жаратылыстану ғылымдары",
     "Естественные науки", "Natural sciences"},
    {"SUBJECT_REFERENCE", "Анықтамалық әдебиет", "Справочная литература",
     "Reference"},
    {"SUBJECT_OTHER", "Басқа", "Другое", "Other"},
    // kitap.v1.PatronCategory.
    {"PATRON_CATEGORY_UNSPECIFIED", "Анонимді", "Анонимные",
     "Anonymous"},  // gate counts
    {"PATRON_CATEGORY_ADULT", "Ересектер", "Взрослые", "Adults"},
    {"PATRON_CATEGORY_CHILD", "Балалар", "Дети", "Children"},
    {"PATRON_CATEGORY_STUDENT", "Студенттер", "Студенты", "Students"},
    {"PATRON_CATEGORY_STAFF", "Қызметкерлер", "Сотрудники", "Staff"},
    // The summary's sentences (report_summary.cc): absl::Substitute
    // templates, $0.. as each sentence's function says.
    {"summary.and", "және", "и", "and"},
    {"summary.libraries",
     "$0 жылы $1 кітапхана жұмыс істеді, олардың жыл соңындағы жалпы қоры "
     "$2 дананы құрады.",
     "В $0 году работали библиотеки: $1, их общий фонд на конец года — "
     "$2\u00a0экз.",
     "In $0, $1 libraries were open, with $2 items in their collections at "
     "the end of the year."},
    {"summary.loans",
     "Жыл ішінде оқырмандарға $0 материал берілді, берілім мерзімі $1 рет "
     "ұзартылды.",
     "Книговыдача за год составила $0\u00a0экз., продлений — $1.",
     "During the year readers borrowed $0 items and renewed loans $1 times."},
    {"summary.users_rose",
     "$0 жылмен салыстырғанда тіркелген оқырмандар саны $1 артып, $2 адамға "
     "жетті.",
     "По сравнению с $0 годом число зарегистрированных пользователей выросло "
     "на $1 и достигло $2.",
     "Registered users rose by $1 against $0, to $2."},
    {"summary.users_fell",
     "$0 жылмен салыстырғанда тіркелген оқырмандар саны $1 азайып, $2 адам "
     "болды.",
     "По сравнению с $0 годом число зарегистрированных пользователей "
     "сократилось на $1 и составило $2.",
     "Registered users fell by $1 against $0, to $2."},
    {"summary.users", "Тіркелген оқырмандар саны $2 адам болды.",
     "Число зарегистрированных пользователей составило $2.",
     "Registered users numbered $2."},
    {"summary.active",
     "Жыл ішінде $0 оқырман кітапхана қызметін белсенді пайдаланды, $1 "
     "оқырман алғаш рет тіркелді.",
     "Активными пользователями за год стали $0 из них, впервые записались "
     "$1.",
     "Of these, $0 were active users during the year, and $1 registered for "
     "the first time."},
    {"summary.visits", "Барлығы $0 рет келу тіркелді.",
     "Число посещений составило $0.", "Libraries counted $0 visits."},
    {"summary.periodicals_national",
     "Бір жыл ішінде Ұлттық кітапханаға газеттер мен журналдар бойынша $0 "
     "сұраныс түсті.",
     "За год в Национальную библиотеку поступило запросов на газеты и "
     "журналы: $0.",
     "The National Library received $0 requests for newspapers and "
     "magazines."},
    {"summary.periodicals",
     "Бір жыл ішінде газеттер мен журналдар бойынша $0 сұраныс түсті.",
     "За год поступило запросов на газеты и журналы: $0.",
     "Readers made $0 requests for newspapers and magazines."},
    {"summary.events",
     "Кітапханаларда $0 мәдени-ағартушылық іс-шара өтті, оларға $1 адам "
     "қатысты.",
     "В библиотеках прошло культурно-просветительских мероприятий: $0, их "
     "посетили $1\u00a0чел.",
     "Libraries held $0 cultural and educational events, attended by $1 "
     "people."},
    {"summary.regions", "Оқырмандар ең көп тіркелген өңірлер: $0.",
     "Больше всего читателей зарегистрировано в регионах: $0.",
     "The most readers are registered in $0."},
    {"summary.age_bands",
     "Ең көп келушілер — $0 жас аралығындағылар ($1 рет), одан кейін $2 жас "
     "аралығындағылар ($3 рет).",
     "Больше всего посещений — у читателей $0 лет ($1), затем — $2 лет "
     "($3).",
     "Readers aged $0 made the most visits ($1), then those aged $2 ($3)."},
    {"summary.age_band", "Ең көп келушілер — $0 жас аралығындағылар ($1 рет).",
     "Больше всего посещений — у читателей $0 лет ($1).",
     "Readers aged $0 made the most visits ($1)."},
    {"summary.subjects", "Ең көп сұралған әдебиет: $0.",
     "Наибольшим спросом пользовались: $0.",
     "The subjects in most demand were $0."},
};

std::string_view Column(const LabelRow& row, Language language) {
  switch (language) {
    case Language::kKazakh:
      return row.kk;
    case Language::kRussian:
      return row.ru;
    case Language::kEnglish:
      return row.en;
  }
  return row.en;
}

// The name_kk, name_ru or name_en of `named`; the English name when that
// one is empty, and `fallback` when all are.
template <typename Named>
std::string OwnName(const Named& named, Language language,
                    std::string fallback) {
  const std::string* name = &named.name_en();
  if (language == Language::kKazakh) name = &named.name_kk();
  if (language == Language::kRussian) name = &named.name_ru();
  if (name->empty()) name = &named.name_en();
  return name->empty() ? fallback : *name;
}

}  // namespace

std::string_view Label(Language language, std::string_view key) {
  auto it = std::find_if(std::begin(kLabels), std::end(kLabels),
                         [&](const LabelRow& row) { return row.key == key; });
  return it == std::end(kLabels) ? key : Column(*it, language);
}

std::vector<std::string_view> LabelKeys() {
  std::vector<std::string_view> keys;
  for (const LabelRow& row : kLabels) keys.push_back(row.key);
  return keys;
}

std::string RegionName(const v1::RegionFigures& region, Language language) {
  return OwnName(region, language, region.region_code());
}

std::string LibraryName(const v1::LibraryFigures& library, Language language) {
  return OwnName(library, language, absl::StrCat("#", library.library_id()));
}

}  // namespace kitap::client
