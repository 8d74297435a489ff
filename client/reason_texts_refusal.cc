// The reasons of refusals by a rule, of credentials, of the server's
// storage and of offline journal conflicts (reason_texts.h). Each says what
// happened and what the librarian (or the operator) does next.
#include "client/reason_texts.h"

namespace kitap::client {
namespace {

constexpr ReasonText kRefusalReasonTexts[] = {
    // Exactly-once.
    {"REQUEST_ID_REUSED",
     "Бұл сұрау идентификаторы басқа әрекетке қолданылған: бағдарлама қатесі; "
     "қолдау қызметіне хабарлаңыз.",
     "Этот идентификатор запроса уже использован для другого действия: "
     "ошибка программы; сообщите в поддержку.",
     "This request id was already used for another action: a fault in the "
     "desk program; report it to support."},
    {"STORED_ANSWER_CORRUPT",
     "Сервер осы сұрауға сақталған жауапты оқи алмайды: әкімшіге хабарлаңыз.",
     "Сервер не может прочитать сохранённый ответ на этот запрос: сообщите "
     "администратору.",
     "The server cannot read its stored answer to this request: tell the "
     "operator."},
    // Not found.
    {"REGION_NOT_FOUND",
     "Мұндай өңір жоқ: ISO кодын көрсетіңіз, мысалы KZ-75 (Алматы).",
     "Такой области нет: укажите код ISO, например KZ-75 (Алматы).",
     "No such region: give an ISO code such as KZ-75 (Almaty)."},
    {"LIBRARY_NOT_FOUND",
     "Мұндай нөмірлі кітапхана жоқ: кітапхана нөмірін (жұмыс орнының "
     "кітапханасын) тексеріңіз.",
     "Библиотеки с таким номером нет: проверьте номер библиотеки (библиотеку "
     "рабочего места).",
     "No library has this number: check the library number (the desk's "
     "library)."},
    {"PATRON_NOT_FOUND",
     "Мұндай билеті немесе нөмірі бар оқырман жоқ: билетті қайта "
     "сканерлеңіз немесе оқырманды тіркеңіз.",
     "Читателя с таким билетом или номером нет: отсканируйте билет ещё раз "
     "или запишите читателя.",
     "No reader has this card or number: scan the card again, or register "
     "the reader."},
    {"RECORD_NOT_FOUND",
     "Мұндай нөмірлі каталог жазбасы жоқ: нөмірді "
     "тексеріңіз.",
     "Записи каталога с таким номером нет: проверьте номер.",
     "No catalogue record has this number: check it."},
    {"ITEM_NOT_FOUND",
     "Мұндай штрихкоды бар дана жоқ: қайта сканерлеңіз; жаңа дана болса, "
     "алдымен каталогқа енгізіңіз.",
     "Экземпляра с таким штрихкодом нет: отсканируйте ещё раз; если он "
     "новый, сначала внесите его в каталог.",
     "No item has this barcode: scan it again; if the copy is new, "
     "catalogue it first."},
    {"PERIODICAL_TITLE_NOT_FOUND",
     "Мұндай нөмірлі мерзімді басылым жоқ: басылым нөмірін тексеріңіз.",
     "Периодического издания с таким номером нет: проверьте номер издания.",
     "No periodical has this number: check the title number."},
    {"ISSUE_REQUEST_NOT_FOUND",
     "Мұндай нөмірлі өтінім жоқ: оны кезектен тексеріңіз.",
     "Заявки с таким номером нет: проверьте её в очереди.",
     "No issue request has this number: check it in the queue."},
    {"LOAN_NOT_FOUND",
     "Сервер жаңа ғана өңдеген берілімді таба алмады: әкімшіге хабарлаңыз.",
     "Сервер не нашёл выдачу, которую только что обработал: сообщите "
     "администратору.",
     "The server lost a loan it had just handled: tell the operator."},
    // Duplicates.
    {"CARD_NUMBER_TAKEN",
     "Бұл билет нөмірі тіркелген: оқырманды іздеңіз, ол бұрын тіркелген "
     "болуы мүмкін.",
     "Этот номер билета уже зарегистрирован: найдите читателя, вероятно, он "
     "уже записан.",
     "This card number is already registered: look the reader up, they are "
     "probably registered already."},
    {"BARCODE_TAKEN",
     "Бұл штрихкод бос емес: дана каталогта бар болуы мүмкін; тексеріңіз "
     "немесе жаңа штрихкод жапсырыңыз.",
     "Этот штрихкод уже занят: экземпляр, вероятно, уже в каталоге; "
     "проверьте или наклейте новый штрихкод.",
     "This barcode is already in use: the copy is probably catalogued "
     "already; check it, or label the copy with a new barcode."},
    // Check-out, check-in, renewal.
    {"ITEM_ALREADY_ON_LOAN",
     "Бұл дана қазір берілген: алдымен қайтарылуын рәсімдеңіз, содан кейін "
     "қайта беріңіз.",
     "Этот экземпляр уже выдан: сначала оформите возврат, затем выдайте "
     "снова.",
     "This item is already on loan: check it in first, then lend it again."},
    {"ITEM_IN_TRANSIT",
     "Дана өз кітапханасына жолда: оны беру алдында сол кітапхана қабылдауы "
     "керек.",
     "Экземпляр в пути в свою библиотеку: она должна принять его, прежде "
     "чем его выдавать.",
     "This item is in transit to its own library: that library must receive "
     "it before it is lent."},
    {"ITEM_LOST",
     "Бұл дана жоғалған деп есептеледі: оны беруге болмайды; табылса, "
     "қызметкерлерге хабарлаңыз.",
     "Экземпляр числится утерянным: выдавать его нельзя; если он нашёлся, "
     "сообщите сотрудникам.",
     "This item is recorded as lost: it cannot be lent; if it has turned "
     "up, tell the staff."},
    {"ITEM_WITHDRAWN",
     "Бұл дана қордан шығарылған: оны беруге немесе өзгертуге болмайды.",
     "Экземпляр списан из фонда: выдавать или изменять его нельзя.",
     "This item has been withdrawn from the collection: it cannot be lent "
     "or changed."},
    {"ITEM_READING_ROOM_ONLY",
     "Бұл дана тек оқу залына арналған: үйге берілмейді.",
     "Этот экземпляр только для читального зала: на дом не выдаётся.",
     "This item is for the reading room only: it cannot be taken home."},
    {"PATRON_BLOCKED",
     "Бұл оқырман бұғатталған: себебін оқырман карточкасынан қараңыз; "
     "мәселе шешілгенде бұғаттан шығарыңыз.",
     "Читатель заблокирован: причина указана в карточке читателя; "
     "разблокируйте, когда вопрос решён.",
     "This reader is blocked: see the reason on the reader's record; unblock "
     "when it is resolved."},
    {"LIBRARY_CLOSED",
     "Бұл кітапхана жабылған: жұмыс орнының кітапханасын тексеріңіз.",
     "Эта библиотека закрыта: проверьте библиотеку рабочего места.",
     "This library has closed: check the desk's library."},
    {"PATRON_EXPIRED",
     "Оқырманның тіркеу мерзімі өтіп кеткен: оны ұзартып, қайталаңыз.",
     "Срок регистрации читателя истёк: продлите её и повторите.",
     "This reader's registration has expired: renew it, then try again."},
    {"LOAN_LIMIT_REACHED",
     "Оқырманда санаты рұқсат ететін ең көп кітап бар: алдымен бірін "
     "қайтаруы керек.",
     "У читателя столько книг, сколько разрешено его категории: сначала "
     "нужно что-то вернуть.",
     "This reader has as many items as their category allows: they must "
     "return one first."},
    {"OCCURRED_BEFORE_LAST_LOAN",
     "Бұл берудің уақыты дананың соңғы берілуінен бұрын: компьютердің "
     "сағатын тексеріңіз.",
     "Время выдачи раньше последней выдачи этого экземпляра: проверьте часы "
     "компьютера.",
     "This check-out is dated before the item's last loan: check the desk "
     "computer's clock."},
    {"ITEM_STATE_INVALID",
     "Дананың сақталған күйі бүлінген: әкімшіге хабарлаңыз.",
     "Сохранённое состояние экземпляра повреждено: сообщите администратору.",
     "The item's stored state is damaged: tell the operator."},
    {"ITEM_NOT_ON_LOAN",
     "Бұл дана берілмеген: қайтаратын не ұзартатын ештеңе жоқ; ол оқырманда "
     "болса, қызметкерлерге хабарлаңыз.",
     "Этот экземпляр не выдан: возвращать или продлевать нечего; если он "
     "был у читателя, сообщите сотрудникам.",
     "This item is not on loan: there is nothing to return or renew; if a "
     "reader had it, tell the staff."},
    {"OCCURRED_BEFORE_LOAN",
     "Әрекет уақыты берілім басталғанға дейін: компьютердің сағатын "
     "тексеріңіз.",
     "Время действия раньше начала выдачи: проверьте часы компьютера.",
     "This action is dated before the loan began: check the desk computer's "
     "clock."},
    {"RENEWAL_LIMIT_REACHED",
     "Бұл берілім рұқсат етілгенше ұзартылған: дананы қайтару керек.",
     "Выдача уже продлевалась максимальное число раз: экземпляр нужно "
     "вернуть.",
     "This loan has been renewed as often as allowed: the item must be "
     "returned."},
    {"LOAN_OVERDUE",
     "Берілім мерзімі өтіп кеткен, ұзартуға болмайды: дананы қайтару керек.",
     "Выдача просрочена и не может быть продлена: экземпляр нужно вернуть.",
     "This loan is overdue and cannot be renewed: the item must be "
     "returned."},
    // Item actions and the catalogue.
    {"ITEM_NOT_OWNED",
     "Мұны тек дананың өз кітапханасы жасай алады: сонда орындаңыз.",
     "Это может сделать только библиотека-владелец экземпляра: выполните "
     "там.",
     "Only the item's own library can do this: do it there."},
    {"ITEM_ON_LOAN", "Бұл дана берілген: алдымен қайтарылуын рәсімдеңіз.",
     "Экземпляр выдан: сначала оформите возврат.",
     "This item is on loan: check it in first."},
    {"ITEM_NOT_IN_TRANSIT", "Бұл дана жолда емес: қабылдайтын ештеңе жоқ.",
     "Экземпляр не в пути: принимать нечего.",
     "This item is not in transit: there is nothing to receive."},
    {"SUBJECT_FIXED",
     "Даналары бар жазбаның тақырыбын өзгертуге болмайды: басқа тақырыпқа "
     "жаңа жазба жасаңыз.",
     "Тематику записи, у которой есть экземпляры, менять нельзя: создайте "
     "новую запись с другой тематикой.",
     "The subject of a record with items cannot change: create a new record "
     "for the other subject."},
    // Periodicals.
    {"TITLE_NOT_AT_LIBRARY",
     "Бұл кітапханада бұл басылым жоқ: оны басылым бар кітапханадан "
     "сұраңыз.",
     "В этой библиотеке нет этого издания: закажите его в библиотеке, где "
     "оно есть.",
     "This library does not hold this periodical: request it at the library "
     "that holds it."},
    {"INVALID_STATE_TRANSITION",
     "Өтінімді бұл күйге ауыстыруға болмайды (сұралды → берілді → "
     "қайтарылды, не берілгенге дейін бас тарту): кезекті жаңартыңыз, оны "
     "біреу өзгерткен болуы мүмкін.",
     "Заявку нельзя перевести в это состояние (заказано → выдано → "
     "возвращено, или отмена до выдачи): обновите очередь, возможно, её уже "
     "изменили.",
     "The request cannot move to that state (requested, then delivered, "
     "then returned; or cancelled before delivery): reload the queue, "
     "someone may have moved it already."},
    {"QUEUE_CLIENT_TOO_SLOW",
     "Кезек экраны тым артта қалды: қайта қосылыңыз, тізім жаңадан "
     "жүктеледі.",
     "Экран очереди слишком отстал: переподключитесь, список загрузится "
     "заново.",
     "The queue display fell too far behind: reconnect, and the list loads "
     "afresh."},
    {"UNKNOWN_METRIC",
     "Серверде статистиканың ішкі қатесі; ештеңе өзгерген жоқ: әкімшіге "
     "хабарлаңыз.",
     "Внутренняя ошибка статистики на сервере; ничего не изменилось: "
     "сообщите администратору.",
     "An internal statistics error on the server; nothing changed: tell the "
     "operator."},
    // Credentials and permissions.
    {"UNAUTHENTICATED",
     "Жұмыс орнының токені жоқ, белгісіз немесе кері қайтарылған: оны "
     "орнатыңыз (--token немесе KITAP_TOKEN) немесе әкімшіден жаңасын "
     "сұраңыз.",
     "Токен рабочего места не задан, неизвестен или отозван: задайте его "
     "(--token или KITAP_TOKEN) или попросите новый у администратора.",
     "The desk's token is missing, unknown or revoked: set it (--token or "
     "KITAP_TOKEN), or ask an administrator for a new one."},
    {"ROLE_NOT_ALLOWED",
     "Бұл тіркелгінің рөлі бұл әрекетке рұқсат бермейді: тиісті рөлі бар "
     "қызметкерге жүгініңіз.",
     "Роль этих учётных данных не позволяет это действие: обратитесь к "
     "сотруднику с нужной ролью.",
     "This credential's role may not do this: ask someone with the right "
     "role."},
    {"LIBRARY_NOT_ALLOWED",
     "Бұл тіркелгі басқа кітапханаға тиесілі: сол кітапхананың тіркелгісін "
     "қолданыңыз (--library тексеріңіз).",
     "Эти учётные данные принадлежат другой библиотеке: используйте данные "
     "той библиотеки (проверьте --library).",
     "This credential belongs to another library: use that library's "
     "credential (check --library)."},
    {"REGION_NOT_ALLOWED",
     "Бұл тіркелгі тек өз өңірін көре алады: өз өңіріңізді сұраңыз.",
     "Эти учётные данные дают доступ только к своей области: запросите свою "
     "область.",
     "This credential may only see its own region: ask for your region."},
    {"CREDENTIAL_NOT_ALLOWED",
     "Кітапхана әкімшісі тек өз кітапханасының жұмыс орны мен мерзімді "
     "басылым тіркелгілерін бере не кері қайтара алады: ұлттық әкімшіге "
     "жүгініңіз.",
     "Администратор библиотеки выдаёт и отзывает только учётные данные "
     "рабочих мест и периодики своей библиотеки: обратитесь к национальному "
     "администратору.",
     "A library administrator issues and revokes only the desk and "
     "periodicals credentials of their own library: ask a national "
     "administrator."},
    {"CREDENTIAL_NOT_FOUND",
     "Мұндай нөмірлі тіркелгі жоқ: 'kitap admin token list' арқылы "
     "тексеріңіз.",
     "Учётных данных с таким номером нет: проверьте через 'kitap admin "
     "token list'.",
     "No credential has this number: check with 'kitap admin token list'."},
    {"ROLE_INVALID",
     "Рөлді көрсетіңіз: desk, library_admin, periodicals, regional_admin "
     "немесе national_admin.",
     "Укажите роль: desk, library_admin, periodicals, regional_admin или "
     "national_admin.",
     "Name a role: desk, library_admin, periodicals, regional_admin or "
     "national_admin."},
    {"RATE_LIMITED",
     "Бұл тіркелгіден секундына тым көп сұрау: сәл күтіп, қайталаңыз.",
     "Слишком много запросов в секунду с этих учётных данных: подождите и "
     "повторите.",
     "Too many calls per second with this credential: wait a moment and try "
     "again."},
    {"ISSUE_REQUEST_NOT_AT_LIBRARY",
     "Бұл өтінім басқа кітапханаға тиесілі: оны сол кітапханада өңдеңіз.",
     "Эта заявка относится к другой библиотеке: обработайте её там.",
     "This issue request belongs to another library: handle it there."},
    // Storage and capacity: nothing changed; the same request may be sent
    // again.
    {"STORAGE_FULL",
     "Сервер дискісі толы; ештеңе өзгерген жоқ: әкімшіге хабарлап, "
     "қайталаңыз.",
     "Диск сервера заполнен; ничего не изменилось: сообщите администратору и "
     "повторите.",
     "The server's disk is full; nothing changed: tell the operator, then "
     "try again."},
    {"STORAGE_BUSY",
     "Сервер дерекқоры бос емес; ештеңе өзгерген жоқ: сәлден соң "
     "қайталаңыз; жалғаса берсе, әкімшіге хабарлаңыз.",
     "База данных сервера занята; ничего не изменилось: повторите чуть "
     "позже; если не проходит, сообщите администратору.",
     "The server's database is busy; nothing changed: try again shortly; if "
     "it lasts, tell the operator."},
    {"STORAGE_ERROR",
     "Сервер дискіге жаза алмады; ештеңе өзгерген жоқ: сәлден соң "
     "қайталап, әкімшіге хабарлаңыз.",
     "Сервер не смог записать на диск; ничего не изменилось: повторите чуть "
     "позже и сообщите администратору.",
     "The server could not use its disk; nothing changed: try again shortly "
     "and tell the operator."},
    {"STORAGE_SYNC_FAILED",
     "Сервер жазбаны дискіге сақтай алмады, ол сақталмауы мүмкін: "
     "сервер қайта іске қосылғаннан кейін қайталаңыз; әкімшіге "
     "хабарлаңыз.",
     "Сервер не смог сохранить запись на диск, она может не сохраниться: "
     "повторите после перезапуска сервера; сообщите администратору.",
     "The server could not make the write safe on its disk and it may be "
     "lost: try again once the server has been restarted; tell the "
     "operator."},
    {"STORAGE_CORRUPT",
     "Сервер дерекқоры бүлінген: әкімшіге дереу "
     "хабарлаңыз.",
     "База данных сервера повреждена: немедленно сообщите администратору.",
     "The server's database is damaged: tell the operator at once."},
    {"STORAGE_INTERNAL",
     "Сервер дерекқорында ақау; ештеңе өзгерген жоқ: әкімшіге хабарлаңыз.",
     "Сбой базы данных сервера; ничего не изменилось: сообщите "
     "администратору.",
     "The server's database failed; nothing changed: tell the operator."},
    {"CONSTRAINT",
     "Дерекқор өзгерісті қабылдамады (қайталану не қайшылық); ештеңе "
     "өзгерген жоқ: қолдау қызметіне хабарлаңыз.",
     "База данных отклонила изменение (дубликат или конфликт); ничего не "
     "изменилось: сообщите в поддержку.",
     "The database refused the change (a duplicate or a conflict); nothing "
     "changed: report it to support."},
    {"WRITE_QUEUE_FULL",
     "Сервер шамадан тыс жүктелген; ештеңе өзгерген жоқ: сәл күтіп, "
     "қайталаңыз.",
     "Сервер перегружен; ничего не изменилось: подождите немного и "
     "повторите.",
     "The server is overloaded; nothing changed: wait a little and try "
     "again."},
    {"READ_QUEUE_FULL", "Сервер шамадан тыс жүктелген: сәл күтіп, қайталаңыз.",
     "Сервер перегружен: подождите немного и повторите.",
     "The server is overloaded: wait a little and try again."},
    {"SHUTTING_DOWN",
     "Сервер қайта іске қосылуда: бір минуттан соң "
     "қайталаңыз.",
     "Сервер перезапускается: повторите через минуту.",
     "The server is restarting: try again in a minute."},
    {"JOURNAL_TOO_LONG",
     "Офлайн журнал тым үлкен бөлікпен жіберілді (10 000-нан артық жазба); "
     "ештеңе қолданылмады: бөліп жіберіңіз.",
     "Офлайн-журнал отправлен слишком большой порцией (более 10 000 "
     "записей); ничего не применено: отправьте его частями.",
     "The offline journal was sent in too large a batch (over 10,000 "
     "entries); nothing was applied: send it in smaller batches."},
    // Offline journal conflicts (docs/journal-conflicts.md): the entry was
    // kept for staff review.
    {"UNKNOWN_PATRON",
     "Байланыссыз сканерленген билет тіркелмеген: оқырманның кім болғанын "
     "анықтаңыз.",
     "Билет, отсканированный без связи, не зарегистрирован: выясните, кто "
     "был читателем.",
     "The card scanned offline is not registered: find out who the reader "
     "was."},
    {"UNKNOWN_ITEM",
     "Байланыссыз сканерленген штрихкод каталогта жоқ: дананы тауып, "
     "каталогқа енгізіңіз.",
     "Штрихкода, отсканированного без связи, нет в каталоге: найдите "
     "экземпляр и внесите его в каталог.",
     "The barcode scanned offline is not catalogued: find the copy and "
     "catalogue it."},
    {"ITEM_ALREADY_ON_LOAN_TO_PATRON",
     "Дана осы оқырманға бұрын берілген: қайта сканерлеу, еленбеді.",
     "Экземпляр уже был выдан этому же читателю: повторное сканирование "
     "пропущено.",
     "The item was already on loan to the same reader: a repeated scan, "
     "ignored."},
    {"ITEM_ON_LOAN_TO_OTHER_PATRON",
     "Дана басқа оқырманда деп есептелген, оның қайтаруы сканерленбеген: сол "
     "оқырманнан немесе сөреден тексеріңіз.",
     "Экземпляр числился за другим читателем, чей возврат не был "
     "отсканирован: уточните у читателя или на полке.",
     "The item was on loan to another reader whose return was never "
     "scanned: check with that reader or on the shelf."},
    {"LATER_LOAN_EXISTS",
     "Дана осы офлайн берілімнен кейін қайта берілген: офлайн оқырманның "
     "қайтаруы сканерленбеген; оны растаңыз.",
     "Экземпляр выдавался снова после этой офлайн-выдачи: возврат "
     "офлайн-читателя не был отсканирован; подтвердите его.",
     "The item was lent again after this offline loan: the offline reader's "
     "return was never scanned; confirm it."},
    {"LOAN_NEWER_THAN_RETURN",
     "Осы офлайн қайтарудан кейін дана қайта берілген: қайтару "
     "қолданылмады; қазіргі берілімді тексеріңіз.",
     "После этого офлайн-возврата экземпляр выдан снова: возврат не "
     "применён; проверьте текущую выдачу.",
     "The item went out again after this offline return: the return was not "
     "applied; check the current loan."},
    {"LOAN_NEWER_THAN_RENEWAL",
     "Осы офлайн ұзартудан кейін дана қайта берілген: ұзарту қолданылмады; "
     "оқырман қай берілімді айтқанын анықтаңыз.",
     "После этого офлайн-продления экземпляр выдан снова: продление не "
     "применено; уточните, какую выдачу имел в виду читатель.",
     "The item went out again after this offline renewal: the renewal was "
     "not applied; ask which loan the reader meant."},
};

}  // namespace

std::span<const ReasonText> RefusalReasonTexts() { return kRefusalReasonTexts; }

}  // namespace kitap::client
