// The reasons of bad input (reason_texts.h). Each says what is wrong with
// the input and, where the librarian can, how to fix it.
#include "client/reason_texts.h"

namespace kitap::client {
namespace {

constexpr ReasonText kInputReasonTexts[] = {
    {"REQUEST_ID_MISSING",
     "Сұрауда сұрау идентификаторы жоқ: бағдарлама қатесі; қолдау қызметіне "
     "хабарлаңыз.",
     "В запросе нет идентификатора запроса: ошибка программы; сообщите в "
     "поддержку.",
     "The request has no request id: a fault in the desk program; report it "
     "to support."},
    {"REQUEST_ID_MALFORMED",
     "Сұрау идентификаторы дұрыс емес: бағдарлама қатесі; қолдау қызметіне "
     "хабарлаңыз.",
     "Идентификатор запроса имеет неверный вид: ошибка программы; сообщите в "
     "поддержку.",
     "The request id is malformed: a fault in the desk program; report it to "
     "support."},
    {"CARD_NUMBER_MISSING",
     "Оқырман билетінің нөмірі берілмеген: билетті сканерлеңіз.",
     "Не указан номер читательского билета: отсканируйте билет.",
     "No reader card number was given: scan the card."},
    {"CARD_NUMBER_MALFORMED",
     "Бұл оқырман билетінің нөмірі емес (4-тен 32-ге дейін әріп, сан немесе "
     "сызықша): билетті қайта сканерлеңіз.",
     "Это не номер читательского билета (от 4 до 32 букв, цифр или "
     "дефисов): отсканируйте билет ещё раз.",
     "This is not a reader card number (4 to 32 letters, digits or "
     "hyphens): scan the card again."},
    {"BARCODE_MISSING", "Дананың штрихкоды берілмеген: кітапты сканерлеңіз.",
     "Не указан штрихкод экземпляра: отсканируйте экземпляр.",
     "No item barcode was given: scan the item."},
    {"BARCODE_MALFORMED",
     "Бұл дананың штрихкоды емес: кітапты қайта "
     "сканерлеңіз.",
     "Это не штрихкод экземпляра: отсканируйте экземпляр ещё раз.",
     "This is not an item barcode: scan the item again."},
    {"ID_MALFORMED",
     "Нөмір (кітапхананың, оқырманның, жазбаның, дананың немесе өтінімнің) "
     "нөлден үлкен бүтін сан болуы керек.",
     "Номер (библиотеки, читателя, записи, экземпляра или заявки) должен "
     "быть целым числом больше нуля.",
     "A number (of a library, reader, record, item or request) must be a "
     "whole number above zero."},
    {"FIELD_REQUIRED",
     "Міндетті өріс бос (аты, атауы, авторы немесе себебі): оны толтырыңыз.",
     "Обязательное поле пустое (имя, название, автор или причина): заполните "
     "его.",
     "A required field is empty (a name, title, author or reason): fill it "
     "in."},
    {"FIELD_TOO_LONG", "Мәтін тым ұзын: оны қысқартыңыз.",
     "Текст слишком длинный: сократите его.",
     "A text is too long: shorten it."},
    {"INVALID_UTF8", "Мәтінде бүлінген таңбалар бар: оны қайта теріңіз.",
     "В тексте есть повреждённые символы: введите его заново.",
     "A text contains broken characters: type it again."},
    {"TEXT_CONTROL_CHARACTER",
     "Мәтінде басқару таңбасы бар (мысалы, табуляция немесе жол ауысуы): "
     "оны бір жолмен, оларсыз теріңіз.",
     "В тексте есть управляющий символ (например, табуляция или перевод "
     "строки): введите его одной строкой без них.",
     "A text contains a control character (such as a tab or a line break): "
     "type it on one line without them."},
    {"DATE_INVALID",
     "Күн дұрыс емес немесе 1900–2200 жылдар аралығында емес: оны ЖЖЖЖ-АА-КК "
     "түрінде жазыңыз.",
     "Дата неверна или вне 1900–2200 годов: укажите её в виде ГГГГ-ММ-ДД.",
     "A date is not a real date between 1900 and 2200: write it as "
     "YYYY-MM-DD."},
    {"TIMESTAMP_INVALID",
     "Әрекеттің уақыты дұрыс емес: жұмыс орнындағы сағатты тексеріңіз.",
     "Время действия указано неверно: проверьте часы на рабочем месте.",
     "The time of the action is not a valid time: check the desk's clock."},
    {"TIME_OUT_OF_RANGE",
     "Әрекеттің уақыты 2000 жылдан бұрын немесе болашақта: компьютердің "
     "сағатын тексеріңіз.",
     "Время действия раньше 2000 года или в будущем: проверьте часы "
     "компьютера.",
     "The time of the action is before 2000 or in the future: check the "
     "desk computer's clock."},
    {"PAGE_SIZE_INVALID", "Бет өлшемі 0-ден 1000-ға дейін болуы керек.",
     "Размер страницы должен быть от 0 до 1000.",
     "The page size must be between 0 and 1000."},
    {"PAGE_TOKEN_INVALID",
     "Бұл бет белгісін сервер бермеген: тізімді басынан бастаңыз.",
     "Этот маркер страницы выдан не сервером: начните список заново.",
     "The page token is not one the server gave: start the list again."},
    {"KEY_REQUIRED",
     "Іздеу үшін нөмірді, билет нөмірін немесе штрихкодты көрсетіңіз.",
     "Укажите номер, номер билета или штрихкод для поиска.",
     "Give a number, a card number or a barcode to look up."},
    {"UPDATE_MASK_INVALID",
     "Өзгертілетін өрістердің бірін бұлай өзгертуге болмайды.",
     "Одно из изменяемых полей нельзя изменить таким способом.",
     "One of the fields to change cannot be changed this way."},
    {"REQUEST_MALFORMED",
     "Сервер сұрауды оқи алмады (мәтінде бүлінген таңбалар болуы мүмкін): "
     "қайта теріңіз; қайталанса, қолдау қызметіне хабарлаңыз.",
     "Сервер не смог прочитать запрос (возможно, в тексте повреждённые "
     "символы): введите заново; если повторится, сообщите в поддержку.",
     "The server could not read the request (perhaps broken characters in a "
     "text): type it again; if it happens again, report it to support."},
    {"LIBRARY_TYPE_INVALID", "Кітапхана түрі көрсетілмеген немесе белгісіз.",
     "Тип библиотеки не указан или неизвестен.",
     "The library type is missing or unknown."},
    {"TIME_ZONE_UNKNOWN",
     "Уақыт белдеуі белгісіз: мысалы, Asia/Almaty деп көрсетіңіз.",
     "Неизвестный часовой пояс: укажите, например, Asia/Almaty.",
     "The time zone is unknown: give one such as Asia/Almaty."},
    {"PARENT_IS_SELF", "Кітапхана өзінің бас кітапханасы бола алмайды.",
     "Библиотека не может быть своей же головной библиотекой.",
     "A library cannot be its own parent library."},
    {"WEEKDAY_INVALID",
     "Демалыс күні 1 (дүйсенбі) мен 7 (жексенбі) аралығында болуы керек.",
     "Выходной день недели должен быть от 1 (понедельник) до 7 "
     "(воскресенье).",
     "A closed weekday must be 1 (Monday) to 7 (Sunday)."},
    {"TOO_MANY_CLOSED_DATES", "Күнтізбеде 1000-нан артық жабық күн болмайды.",
     "В календаре может быть не более 1000 нерабочих дат.",
     "A calendar may have at most 1000 closed dates."},
    {"BIRTH_DATE_IN_FUTURE", "Туған күні болашақта: оны тексеріңіз.",
     "Дата рождения в будущем: проверьте её.",
     "The birth date is in the future: check it."},
    {"CATEGORY_INVALID",
     "Оқырман санатын таңдаңыз: adult (ересек), child (бала), student "
     "(студент) немесе staff (қызметкер).",
     "Выберите категорию читателя: adult (взрослый), child (ребёнок), "
     "student (студент) или staff (сотрудник).",
     "Choose the reader's category: adult, child, student or staff."},
    {"EXPIRY_BEFORE_REGISTRATION",
     "Тіркеудің аяқталу күні тіркелген күнінен бұрын: күндерді тексеріңіз.",
     "Срок регистрации заканчивается раньше её начала: проверьте даты.",
     "The expiry date is before the registration date: check the dates."},
    {"REGISTRATION_TOO_LONG",
     "Тіркеу 10 жылдан аспауы керек: ертерек аяқталу күнін таңдаңыз.",
     "Регистрация может длиться не более 10 лет: выберите более раннюю дату "
     "окончания.",
     "A registration may last at most 10 years: choose an earlier expiry "
     "date."},
    {"EXPIRY_NOT_LATER", "Жаңа аяқталу күні қазіргісінен кейін болуы керек.",
     "Новая дата окончания должна быть позже текущей.",
     "The new expiry date must be later than the current one."},
    {"TOO_MANY_AUTHORS", "Жазбада 50-ден артық автор болмайды.",
     "У записи может быть не более 50 авторов.",
     "A record may have at most 50 authors."},
    {"ISBN_INVALID",
     "ISBN қате: сызықшасыз 10 немесе 13 таңба, бақылау саны дұрыс болуы "
     "керек.",
     "Неверный ISBN: 10 или 13 знаков без дефисов, с верной контрольной "
     "цифрой.",
     "The ISBN is wrong: 10 or 13 digits without hyphens, with a correct "
     "check digit."},
    {"ISSN_INVALID",
     "ISSN қате: оны NNNN-NNNN түрінде, дұрыс бақылау санымен жазыңыз.",
     "Неверный ISSN: укажите его в виде NNNN-NNNN с верной контрольной "
     "цифрой.",
     "The ISSN is wrong: write it as NNNN-NNNN with a correct check digit."},
    {"LANGUAGE_INVALID",
     "Тіл екі әріпті кодпен көрсетіледі, мысалы kk, ru немесе en.",
     "Язык указывается двухбуквенным кодом, например kk, ru или en.",
     "The language must be a two-letter code such as kk, ru or en."},
    {"YEAR_INVALID", "Жыл рұқсат етілген аралықтан тыс: оны тексеріңіз.",
     "Год вне допустимого диапазона: проверьте его.",
     "The year is out of range: check it."},
    {"SUBJECT_INVALID", "Тақырыпты бекітілген тізімнен таңдаңыз.",
     "Выберите тематику из установленного списка.",
     "Choose a subject from the fixed list."},
    {"LOAN_TYPE_INVALID",
     "Дананың беру түрін таңдаңыз: normal (қалыпты), short (қысқа мерзімге) "
     "немесе reading-room (тек оқу залында).",
     "Выберите тип выдачи экземпляра: normal (обычный), short "
     "(краткосрочный) или reading-room (только в читальном зале).",
     "Choose the item's loan type: normal, short or reading-room."},
    {"VISIT_COUNT_WITH_CARD",
     "Сканерленген билет — бір келу: не билетті, не адам санын көрсетіңіз.",
     "Отсканированный билет — это одно посещение: укажите либо билет, либо "
     "число посетителей.",
     "A scanned card is one visit: give either a card or a count of "
     "people."},
    {"VISIT_COUNT_INVALID", "Келу саны 1-ден 100 000-ға дейін болуы керек.",
     "Число посещений должно быть от 1 до 100 000.",
     "The visit count must be between 1 and 100,000."},
    {"FILTER_REQUIRED",
     "Қай берілімдерді көрсету керегін айтыңыз: оқырманның, дананың немесе "
     "кітапхананың мерзімі өткен берілімдері.",
     "Укажите, какие выдачи показать: читателя, экземпляра или просроченные "
     "выдачи библиотеки.",
     "Say which loans to list: a reader's, an item's or the overdue loans of "
     "a library."},
    {"PERIODICAL_KIND_INVALID", "Мерзімді басылым — газет немесе журнал.",
     "Периодическое издание — это газета или журнал.",
     "A periodical is either a newspaper or a magazine."},
    {"EVENT_KIND_INVALID", "Іс-шара мәдени немесе ағарту іс-шарасы болады.",
     "Мероприятие бывает культурным или образовательным.",
     "An event is either cultural or educational."},
    {"ATTENDANCE_INVALID",
     "Қатысушылар саны 0-ден 1 000 000-ға дейін болуы керек.",
     "Число участников должно быть от 0 до 1 000 000.",
     "The attendance must be between 0 and 1,000,000."},
    {"TOO_MANY_AGE_BANDS", "Есепте 20-дан артық жас тобы болмайды.",
     "В отчёте может быть не более 20 возрастных групп.",
     "A report may have at most 20 age bands."},
    {"AGE_BAND_INVALID",
     "Жас тобы A-B түрінде болуы керек, мұнда 0 <= A <= B <= 150.",
     "Возрастная группа задаётся как ОТ-ДО, где 0 <= ОТ <= ДО <= 150.",
     "An age band must be FROM-TO with 0 <= FROM <= TO <= 150."},
    {"JOURNAL_ACTION_MISSING",
     "Офлайн журнал жазбасында әрекет жоқ: бағдарлама қатесі; қолдау "
     "қызметіне хабарлаңыз.",
     "В записи офлайн-журнала нет действия: ошибка программы; сообщите в "
     "поддержку.",
     "An offline journal entry has no action: a fault in the desk program; "
     "report it to support."},
    {"OCCURRED_AT_REQUIRED",
     "Офлайн журнал жазбасында уақыт жоқ: бағдарлама қатесі; қолдау "
     "қызметіне хабарлаңыз.",
     "В записи офлайн-журнала нет времени: ошибка программы; сообщите в "
     "поддержку.",
     "An offline journal entry has no time: a fault in the desk program; "
     "report it to support."},
    {"QUERY_INVALID", "Мекенжайда сұрау параметрі қате: URL-ді түзетіңіз.",
     "В адресе неверный параметр запроса: исправьте URL.",
     "The address has a wrong query parameter: fix the URL."},
    {"PATH_NOT_FOUND",
     "Бұл мекенжайда ештеңе жоқ: docs/http-api.md тізімін қараңыз.",
     "По этому адресу ничего нет: см. список в docs/http-api.md.",
     "Nothing is served at this address: see the list in docs/http-api.md."},
    {"METHOD_NOT_ALLOWED", "Мұнда тек GET әдісі қолданылады.",
     "Здесь поддерживается только метод GET.", "Only GET is served here."},
    {"BODY_NOT_ALLOWED", "Сұраудың денесі болмауы керек.",
     "У запроса не должно быть тела.", "The request must not have a body."},
    {"JSON_FAILED",
     "Сервер жауапты JSON түрінде жаза алмады: әкімшіге хабарлаңыз.",
     "Сервер не смог записать ответ в виде JSON: сообщите администратору.",
     "The server could not write the answer as JSON: tell the operator."},
    {"HEADERS_TOO_LARGE", "Сұрау тақырыптары тым үлкен (8 КиБ-тан артық).",
     "Заголовки запроса слишком велики (более 8 КиБ).",
     "The request headers are too large (over 8 KiB)."},
};

}  // namespace

std::span<const ReasonText> InputReasonTexts() { return kInputReasonTexts; }

}  // namespace kitap::client
