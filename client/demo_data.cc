#include "client/demo_data.h"

#include "absl/strings/str_format.h"

namespace kitap::client {

const std::array<LibrarySpec, kDemoLibraryCount> kDemoLibraries = {{
    {"National Library (Almaty)",
     "Қазақстан Республикасының Ұлттық кітапханасы",
     "Национальная библиотека Республики Казахстан",
     "National Library of the Republic of Kazakhstan", "KZ-75",
     v1::LIBRARY_TYPE_NATIONAL},
    {"National Academic Library (Astana)",
     "Қазақстан Республикасының Ұлттық академиялық кітапханасы",
     "Национальная академическая библиотека Республики Казахстан",
     "National Academic Library of the Republic of Kazakhstan", "KZ-71",
     v1::LIBRARY_TYPE_ACADEMIC},
    {"North Kazakhstan Regional Library",
     "Сәбит Мұқанов атындағы Солтүстік Қазақстан облыстық кітапханасы",
     "Северо-Казахстанская областная библиотека имени Сабита Муканова",
     "Sabit Mukanov North Kazakhstan Regional Library", "KZ-59",
     v1::LIBRARY_TYPE_REGIONAL},
    {"Turkistan Regional Library", "Түркістан облыстық кітапханасы",
     "Туркестанская областная библиотека", "Turkistan Regional Library",
     "KZ-61", v1::LIBRARY_TYPE_REGIONAL},
    {"Zhympity Rural Library", "Жымпиты ауылдық кітапханасы",
     "Сельская библиотека села Жымпиты", "Zhympity Rural Library", "KZ-27",
     v1::LIBRARY_TYPE_RURAL},
}};

const std::array<PatronSpec, kDemoPatronCount> kDemoPatrons = {{
    {"Айгерім Серікқызы Жұмабаева", 34, v1::PATRON_CATEGORY_ADULT,
     kNationalLibrary},
    {"Ерлан Болатұлы Қасымов", 20, v1::PATRON_CATEGORY_STUDENT,
     kAcademicLibrary},
    {"Дана Маратқызы Ахметова", 17, v1::PATRON_CATEGORY_STUDENT,
     kNationalLibrary},
    {"Әлихан Ержанұлы Серіков", 13, v1::PATRON_CATEGORY_CHILD,
     kTurkistanLibrary},
    {"Наталья Сергеевна Волкова", 52, v1::PATRON_CATEGORY_ADULT,
     kNorthKazakhstanLibrary},
    {"Жансая Ғалымқызы Исаева", 12, v1::PATRON_CATEGORY_CHILD, kRuralLibrary},
}};

const std::array<RecordSpec, kDemoRecordCount> kDemoRecords = {{
    {"Абай жолы", "Мұхтар Әуезов", "kk", 2017, v1::SUBJECT_FICTION},
    {"Кочевники", "Ильяс Есенберлин", "ru", 2015, v1::SUBJECT_FICTION},
    {"Избранные произведения", "Чокан Валиханов", "ru", 1986,
     v1::SUBJECT_HISTORY_ETHNOGRAPHY},
    {"Краткая история времени", "Стивен Хокинг", "ru", 2019,
     v1::SUBJECT_POPULAR_SCIENCE},
    {"Человек в поисках смысла", "Виктор Франкл", "ru", 1990,
     v1::SUBJECT_PSYCHOLOGY},
    {"Здоровье ребёнка и здравый смысл его родственников",
     "Евгений Комаровский", "ru", 2015, v1::SUBJECT_MEDICINE},
    {"Чистый код", "Роберт Мартин", "ru", 2019, v1::SUBJECT_TECHNOLOGY},
    {"Менің атым Қожа", "Бердібек Соқпақбаев", "kk", 2016, v1::SUBJECT_FICTION},
}};

const std::array<ItemSpec, kDemoItemCount> kDemoItems = {{
    {kAbaiZholy, kNationalLibrary, v1::LOAN_TYPE_NORMAL},
    {kNomads, kNorthKazakhstanLibrary, v1::LOAN_TYPE_NORMAL},
    {kValikhanov, kNationalLibrary, v1::LOAN_TYPE_READING_ROOM},
    {kValikhanov, kAcademicLibrary, v1::LOAN_TYPE_NORMAL},
    {kBriefHistoryOfTime, kRuralLibrary, v1::LOAN_TYPE_NORMAL},
    {kManSearchForMeaning, kNationalLibrary, v1::LOAN_TYPE_NORMAL},
    {kChildHealth, kNorthKazakhstanLibrary, v1::LOAN_TYPE_NORMAL},
    {kCleanCode, kAcademicLibrary, v1::LOAN_TYPE_SHORT},
    {kMyNameIsKozha, kTurkistanLibrary, v1::LOAN_TYPE_NORMAL},
    {kAbaiZholy, kTurkistanLibrary, v1::LOAN_TYPE_NORMAL},
}};

const PeriodicalSpec kDemoPeriodical = {
    "Егемен Қазақстан",
    v1::PERIODICAL_KIND_NEWSPAPER,
    "kk",
    kNationalLibrary,
    "Мерзімді басылымдар оқу залы",
    {1, 6},
    kDana,
};

const std::array<EventSpec, 2> kDemoEvents = {{
    {"Абай оқулары", v1::EVENT_KIND_CULTURAL, 120, kNationalLibrary},
    {"Цифрлық сауаттылық сабағы", v1::EVENT_KIND_EDUCATIONAL, 18,
     kRuralLibrary},
}};

std::string DemoCardNumber(int year, DemoPatron patron) {
  return absl::StrFormat("DEMO-%d-R%02d", year, patron + 1);
}

std::string DemoBarcode(int year, DemoItem item) {
  return absl::StrFormat("DEMO-%d-I%02d", year, item + 1);
}

}  // namespace kitap::client
