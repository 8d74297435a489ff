// Every text the dashboard shows, in Kazakh, Russian and English: one row
// per key, [kk, ru, en]. Region names come from the report itself.
'use strict';
const LANGUAGES = ['kk', 'ru', 'en'];
// Number and time formats. Kazakh writes numbers as Russian does
// (176 000; 4,1), and browsers' Kazakh data is often incomplete (Chromium
// writes 176,000), so kk uses the Russian formats.
const LOCALES = {kk: 'ru-RU', ru: 'ru-RU', en: 'en-GB'};

const LABELS = {
  title: ['Қазақстан кітапханалары: жылдық статистика',
          'Библиотеки Казахстана: годовая статистика',
          'Libraries of Kazakhstan: annual statistics'],
  year: ['Жыл', 'Год', 'Year'],
  national: ['Бүкіл ел', 'Вся страна', 'Whole country'],
  region: ['Өңір', 'Регион', 'Region'],
  library: ['Кітапхана', 'Библиотека', 'Library'],
  totals: ['Жыл қорытындысы', 'Итоги года', 'Totals for the year'],
  live: ['Тікелей есептегіштер', 'Счётчики в реальном времени',
         'Live counters'],
  updated: ['жаңартылды', 'обновлено', 'updated'],
  vs_previous: ['өткен жылмен салыстырғанда', 'к прошлому году',
                'against the year before'],
  no_change: ['салыстыру жоқ', 'нет сравнения', 'no comparison'],
  by_region: ['Өңірлер бойынша', 'По регионам', 'By region'],
  by_age: ['Жас топтары бойынша', 'По возрастным группам', 'By age band'],
  by_subject: ['Тақырыптар бойынша (берілім)', 'По тематике (книговыдача)',
               'By subject (loans)'],
  by_type: ['Кітапхана түрлері бойынша (берілім)',
            'По типам библиотек (книговыдача)', 'By library type (loans)'],
  by_category: ['Оқырман санаттары бойынша (тіркелгендер)',
                'По категориям читателей (зарегистрированные)',
                'By patron category (registered users)'],
  login_hint: ['Статистиканы көру үшін әкімші токенін енгізіңіз.',
               'Введите токен администратора, чтобы увидеть статистику.',
               'Enter an administrator token to see the statistics.'],
  sign_in: ['Кіру', 'Войти', 'Sign in'],
  sign_out: ['Шығу', 'Выйти', 'Sign out'],
  loading: ['Жүктелуде…', 'Загрузка…', 'Loading…'],
  unauthenticated: ['Токен жоқ немесе жарамсыз.',
                    'Токен не указан или недействителен.',
                    'The token is missing or not valid.'],
  forbidden: ['Бұл токенмен бұл көрсеткіштерді көруге болмайды.',
              'Этому токену эти показатели недоступны.',
              'This token may not see these figures.'],
  failed: ['Деректерді алу мүмкін болмады', 'Не удалось получить данные',
           'The figures could not be fetched'],
  active_definition: ['Белсенді оқырман — жыл ішінде кемінде бір рет кітап алған, мерзімін ұзартқан, келген немесе мерзімді басылым сұраған тіркелген оқырман.',
                      'Активный пользователь — зарегистрированный читатель, который за год хотя бы раз взял или продлил книгу, посетил библиотеку или запросил периодику.',
                      'Active user: a registered user with at least one loan, renewal, visit or periodical request in the year (ISO 2789).'],
  footer: ['kitapd ұсынады; барлық файлдар осы серверден.',
           'Отдаётся kitapd; все файлы — с этого сервера.',
           'Served by kitapd; every file comes from this server.'],
  // The figures (field names of kitap.v1.Figures in JSON).
  libraries: ['Кітапханалар', 'Библиотеки', 'Libraries'],
  holdings: ['Кітап қоры (дана)', 'Фонд (экземпляры)', 'Holdings (items)'],
  loans: ['Кітап берілімі', 'Книговыдача', 'Loans'],
  renewals: ['Мерзімін ұзарту', 'Продления', 'Renewals'],
  registeredUsers: ['Тіркелген оқырмандар', 'Зарегистрированные читатели',
                    'Registered users'],
  activeUsers: ['Белсенді оқырмандар', 'Активные читатели', 'Active users'],
  newRegistrations: ['Жаңа тіркелгендер', 'Новые регистрации',
                     'New registrations'],
  visits: ['Келушілер', 'Посещения', 'Visits'],
  periodicalRequests: ['Мерзімді басылымдарға сұраныс', 'Запросы периодики',
                       'Periodical requests'],
  events: ['Іс-шаралар', 'Мероприятия', 'Events'],
  eventAttendance: ['Іс-шараға қатысушылар', 'Участники мероприятий',
                    'Event attendance'],
  // kitap.v1.LibraryType.
  LIBRARY_TYPE_UNSPECIFIED: ['Көрсетілмеген', 'Не указан', 'Unspecified'],
  LIBRARY_TYPE_NATIONAL: ['Ұлттық', 'Национальные', 'National'],
  LIBRARY_TYPE_ACADEMIC: ['Академиялық', 'Академические', 'Academic'],
  LIBRARY_TYPE_REGIONAL: ['Облыстық', 'Областные', 'Regional'],
  LIBRARY_TYPE_CITY: ['Қалалық', 'Городские', 'City'],
  LIBRARY_TYPE_DISTRICT: ['Аудандық', 'Районные', 'District'],
  LIBRARY_TYPE_RURAL: ['Ауылдық', 'Сельские', 'Rural'],
  LIBRARY_TYPE_CHILDREN: ['Балалар', 'Детские', "Children's"],
  // kitap.v1.Subject.
  SUBJECT_UNSPECIFIED: ['Көрсетілмеген', 'Не указано', 'Unspecified'],
  SUBJECT_FICTION: ['Көркем әдебиет', 'Художественная литература', 'Fiction'],
  SUBJECT_HISTORY_ETHNOGRAPHY: ['Тарих және этнография',
                                'История и этнография',
                                'History and ethnography'],
  SUBJECT_POPULAR_SCIENCE: ['Ғылыми-көпшілік', 'Научно-популярная',
                            'Popular science'],
  SUBJECT_PSYCHOLOGY: ['Психология', 'Психология', 'Psychology'],
  SUBJECT_MEDICINE: ['Медицина', 'Медицина', 'Medicine'],
  SUBJECT_TECHNOLOGY: ['Техника', 'Техника', 'Technology'],
  SUBJECT_CHILDREN: ['Балалар әдебиеті', 'Детская литература',
                     "Children's literature"],
  SUBJECT_EDUCATION: ['Білім беру', 'Образование', 'Education'],
  SUBJECT_ARTS: ['Өнер', 'Искусство', 'Arts'],
  SUBJECT_SOCIAL_SCIENCES: ['Қоғамдық ғылымдар', 'Общественные науки',
                            'Social sciences'],
  SUBJECT_NATURAL_SCIENCES: ['Жаратылыстану ғылымдары', 'Естественные науки',
                             'Natural sciences'],
  SUBJECT_REFERENCE: ['Анықтамалық әдебиет', 'Справочная литература',
                      'Reference'],
  SUBJECT_OTHER: ['Басқа', 'Другое', 'Other'],
  // kitap.v1.PatronCategory.
  PATRON_CATEGORY_UNSPECIFIED: ['Анонимді', 'Анонимные', 'Anonymous'],
  PATRON_CATEGORY_ADULT: ['Ересектер', 'Взрослые', 'Adults'],
  PATRON_CATEGORY_CHILD: ['Балалар', 'Дети', 'Children'],
  PATRON_CATEGORY_STUDENT: ['Студенттер', 'Студенты', 'Students'],
  PATRON_CATEGORY_STAFF: ['Қызметкерлер', 'Сотрудники', 'Staff'],
};

// The label of `key` in `lang`; the key itself when there is none.
function label(lang, key) {
  const row = LABELS[key];
  if (!row) return key;
  return row[Math.max(0, LANGUAGES.indexOf(lang))];
}
