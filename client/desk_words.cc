#include "client/desk_words.h"

#include <algorithm>
#include <iterator>

namespace kitap::client {
namespace {

struct Row {
  DeskWord word;
  std::string_view kk, ru, en;
};

constexpr Row kWords[] = {
    {DeskWord::kCheckedOut, "Берілді", "Выдано", "Checked out"},
    {DeskWord::kDue, "қайтару мерзімі", "вернуть до", "due"},
    {DeskWord::kReturned, "Қайтарылды", "Возвращено", "Returned"},
    {DeskWord::kInTransitTo, "мына кітапханаға жіберіңіз",
     "отправьте в библиотеку", "send it to library"},
    {DeskWord::kRenewed, "Ұзартылды", "Продлено", "Renewed"},
    {DeskWord::kVisitCounted, "Келу есепке алынды", "Посещение учтено",
     "Visit counted"},
    {DeskWord::kVisitorsCounted, "Келушілер есепке алынды", "Посетители учтены",
     "Visitors counted"},
    {DeskWord::kQueued,
     "Желі жоқ: әрекет журналға жазылды, сервер қосылғанда жіберіледі",
     "Нет связи: действие записано в журнал и будет отправлено, когда "
     "сервер станет доступен",
     "Offline: saved in the journal, it will be sent when the server is "
     "back"},
    {DeskWord::kPending, "журналда күтуде", "ожидают в журнале",
     "waiting in the journal"},
    {DeskWord::kPatron, "Оқырман", "Читатель", "Reader"},
    {DeskWord::kLoans, "қолында", "на руках", "on loan"},
    {DeskWord::kOverdue, "мерзімі өткен", "просрочено", "overdue"},
    {DeskWord::kBlocked, "БҰҒАТТАЛҒАН", "ЗАБЛОКИРОВАН", "BLOCKED"},
    {DeskWord::kExpires, "билет мерзімі", "билет действителен до",
     "card valid until"},
    {DeskWord::kOfflineCard, "желі жоқ: оқырман деректері көрсетілмейді",
     "нет связи: данные читателя не показать",
     "offline: the reader's details cannot be shown"},
    {DeskWord::kSessionClosed,
     "Оқырманмен жұмыс аяқталды. Келесі билетті сканерлеңіз.",
     "Читатель обслужен. Сканируйте следующий билет.",
     "Reader done. Scan the next card."},
    {DeskWord::kScanCard, "Оқырман билетін сканерлеңіз.",
     "Сканируйте читательский билет.", "Scan a reader's card."},
    {DeskWord::kModeCheckOut,
     "Режим: беру (билетті, содан кейін кітаптарды сканерлеңіз)",
     "Режим: выдача (сканируйте билет, затем книги)",
     "Mode: check-out (scan a card, then the items)"},
    {DeskWord::kModeCheckIn,
     "Режим: қабылдау (қайтарылған кітаптарды сканерлеңіз)",
     "Режим: возврат (сканируйте возвращённые книги)",
     "Mode: check-in (scan the returned items)"},
    {DeskWord::kModeRenew, "Режим: ұзарту (кітаптарды сканерлеңіз)",
     "Режим: продление (сканируйте книги)", "Mode: renew (scan the items)"},
    {DeskWord::kModeVisit,
     "Режим: келушілер (билеттерді сканерлеңіз; топ үшін 'count N')",
     "Режим: посещения (сканируйте билеты; для группы 'count N')",
     "Mode: visits (scan cards; 'count N' for a group)"},
    {DeskWord::kModePatron, "Режим: оқырманды іздеу (билетті сканерлеңіз)",
     "Режим: поиск читателя (сканируйте билет)",
     "Mode: reader lookup (scan a card)"},
    {DeskWord::kSynced, "Журналдан жіберілді", "Отправлено из журнала",
     "Sent from the journal"},
    {DeskWord::kReview, "тексеруге", "на проверку", "to review"},
    {DeskWord::kStillOffline, "Сервер әлі қолжетімсіз.",
     "Сервер всё ещё недоступен.", "The server is still unreachable."},
    {DeskWord::kBackOnline, "Сервермен байланыс қалпына келді.",
     "Связь с сервером восстановлена.", "Connected to the server again."},
    {DeskWord::kUnknownCommand, "Белгісіз команда; 'help' деп жазыңыз.",
     "Неизвестная команда; введите 'help'.", "Unknown command; type 'help'."},
    {DeskWord::kHelp,
     "Командалар: out (беру), in (қабылдау), renew (ұзарту), visit "
     "(келушілер), patron (оқырман), count N (N келуші), sync (журналды "
     "жіберу), status (күй), help, quit. Бос жол: келесі оқырман.",
     "Команды: out (выдача), in (возврат), renew (продление), visit "
     "(посещения), patron (читатель), count N (N посетителей), sync "
     "(отправить журнал), status (состояние), help, quit. Пустая строка: "
     "следующий читатель.",
     "Commands: out (check-out), in (check-in), renew, visit (visits), "
     "patron (reader lookup), count N (N visitors), sync (send the "
     "journal), status, help, quit. An empty line: next reader."},
    {DeskWord::kGoodbye, "Жұмыс орны жабылды.", "Рабочее место закрыто.",
     "Desk closed."},
};

}  // namespace

std::string Word(DeskWord word, Language language) {
  auto row = std::find_if(std::begin(kWords), std::end(kWords),
                          [&](const Row& r) { return r.word == word; });
  if (row == std::end(kWords)) return "?";
  switch (language) {
    case Language::kKazakh:
      return std::string(row->kk);
    case Language::kRussian:
      return std::string(row->ru);
    case Language::kEnglish:
      return std::string(row->en);
  }
  return std::string(row->en);
}

}  // namespace kitap::client
