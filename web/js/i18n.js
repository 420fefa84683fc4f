// The interface in English and Arabic: every string the page writes itself, dates with the month
// names of the Levant (كانون الثاني … كانون الأول) and Arabic-Indic digits, and the page's direction.
// Names of sides, actors, place types and outlets are not here: they come from /api/labels (labels.js).

const STRINGS = {
  en: {
    'title': 'Saytara · who controls what, by date',
    'tools': 'Tools',
    'lang.group': 'Interface language',
    'download': 'Download',
    'dl.frame': 'This date (GeoJSON)',
    'dl.frame.gpkg': 'This date (GeoPackage)',
    'dl.timeline': 'Full history (time-enabled GeoJSON)',
    'dl.timeline.gpkg': 'Full history (GeoPackage, typed dates)',
    'dl.kml': 'Full history (KML for Google Earth)',
    'dl.csv': 'Events (CSV, ACLED columns)',
    'dl.ogc': 'OGC API – Features (for QGIS)',
    'add': 'Add article',
    'map': 'Map',
    'prev': 'Previous frame',
    'prev.title': 'Previous frame (←)',
    'next': 'Next frame',
    'next.title': 'Next frame (→)',
    'play': 'Play',
    'play.title': 'Play (space)',
    'pause': 'Pause',
    'pause.title': 'Pause (space)',
    'frame.slider': 'Frame date',
    'speed': 'Speed',
    'details': 'Details',
    'tab.changes': 'Changes',
    'tab.place': 'Place',
    'tab.compare': 'Compare',
    'filters': 'Filter changes',
    'filter.side': 'Side',
    'filter.kind': 'Kind',
    'filter.claims': 'Claims',
    'all': 'All',
    'kind.capture': 'Capture',
    'kind.withdrawal': 'Withdrawal',
    'kind.contested': 'Fighting',
    'kind.presence': 'Presence',
    'claims.confirmed': 'Reported',
    'claims.claimed': 'Claimed only',
    'badge.claimed': 'claimed',
    'badge.reported': 'reported',
    'claimed.by': 'Claimed by {who}',
    'claimed.own': 'Only the gaining side says so',
    'open.article': 'Open the article',
    'read.article': 'Read article',
    'place.history': 'Place history: {name}',
    'outlet.unknown': 'Unknown outlet',
    'precision.day': 'exact day',
    'precision.week': 'within a week',
    'precision.month': 'within a month',
    'precision.year': 'within a year',
    'precision.reported': 'date of report',
    'frame.none': 'No reported change on this date.',
    'events.none': 'Nothing changed on this date. Step or play to a frame with changes.',
    'events.nomatch': 'No event matches the filters.',
    'events.more': 'Show {n} more of {rest}',
    'events.count': '{shown} of {all}',
    'frame.zoomed': ' · zoomed to {n}',
    'zoom.reset': 'All dates',
    'density': 'Places changed per month',
    'strip.month': 'Places changed per month; drag across it to zoom into those dates',
    'strip.week': 'Places changed per week; drag across it to zoom into those dates',
    'strip.day': 'Places changed per day; drag across it to zoom into those dates',
    'strip.bar.change': '{when}: {n} change',
    'strip.bar.changes': '{when}: {n} changes',
    'strip.bar.frame': ' in {n} frame',
    'strip.bar.frames': ' in {n} frames',
    'frame.count': 'Frame {n} of {all}',
    'counts': '{articles} articles · {events} events · {frames} frames',
    'place.loading': 'Loading {id}…',
    'place.error': 'Could not load {id}: {msg}',
    'place.hint': 'Click a place on the map to see who held it, when, and who said so.',
    'place.close': 'Close',
    'place.historyTitle': 'Control history',
    'place.reports': 'Reports ({n})',
    'place.noreport': 'No report mentions who held it.',
    'th.from': 'From',
    'th.until': 'Until',
    'th.held': 'Held by',
    'th.sources': 'Sources',
    'now': 'now',
    'legend': 'Legend',
    'legend.contested': 'Contested (holder / fighting)',
    'legend.claimed': 'Claimed only (dashed)',
    'legend.approx': 'Approximate position (faint)',
    'legend.changed': 'Changed in this frame',
    'legend.front': 'Front line',
    'legend.territory': 'Territory is estimated: each Voronoi cell of the gazetteer\'s places takes the side of the nearest held place within reach; hatched = contested, blank = unknown.',
    'group.city': 'City / town',
    'group.village': 'Village',
    'group.field': 'Oil / gas field',
    'group.airbase': 'Airbase / airport',
    'group.hill': 'Hill / mountain',
    'group.road': 'Road / junction',
    'group.other': 'Other site',
    'compare.from': 'From',
    'compare.to': 'To',
    'compare.go': 'Compare',
    'compare.clear': 'Clear',
    'compare.hint': 'Pick two dates to see which places and how much land each side gained and lost between them.',
    'compare.loading': 'Comparing…',
    'compare.error': 'Could not compare: {msg}',
    'compare.none': 'No side gained or lost anything between these dates.',
    'compare.gained': 'gained',
    'compare.lost': 'lost',
    'compare.places': '{n} places',
    'compare.km2': '{n} km²',
    'compare.held': '{from} → {to} km² held',
    'compare.title': '{from} → {to}',
    'status.noanswer': 'The server did not answer: {msg}',
    'status.nomap': 'Could not load the map for {date}: {msg}',
    'status.empty': 'The corpus has no dated events yet: add an article.',
    'holder.unknown': 'holder unknown',
    'since': 'since {date}',
    'claimed.only': '(claimed only)',
    'review': 'Review',
    'review.title': 'Review the machine\'s reading, most doubtful first',
    'reviewed.by': 'Reviewed by {who}',
    'review.confirmed': 'confirmed',
    'review.rejected': 'rejected',
    'review.corrected': 'corrected',
    'side.contested': 'Contested',
    'reader.article': 'Article',
    'reader.loading': 'Loading the article…',
    'reader.error': 'Could not load article {id}: {msg}',
    'reader.untitled': 'Untitled article',
    'reader.published': 'published {date}',
    'reader.nodate': 'publication date unknown',
    'reader.source': 'source',
    'reader.events': 'Events read from this article ({n})',
    'reader.close': 'Close',
    'add.title': 'Add an article',
    'add.f.title': 'Title',
    'add.f.outlet': 'Outlet',
    'add.f.published': 'Published',
    'add.f.url': 'URL',
    'add.f.text': 'Text (Arabic)',
    'add.submit': 'Read and add',
    'add.reading': 'Reading the article…',
    'add.added': 'Added {id}: {n} events found.',
    'add.open': 'Open it in the reader',
    'add.error': 'Error {status}: {msg}',
    'add.unreachable': 'Could not reach the server: {msg}',
  },
  ar: {
    'title': 'سيطرة · من يسيطر على ماذا، بحسب التاريخ',
    'tools': 'أدوات',
    'lang.group': 'لغة الواجهة',
    'download': 'تنزيل',
    'dl.frame': 'هذا التاريخ (GeoJSON)',
    'dl.frame.gpkg': 'هذا التاريخ (GeoPackage)',
    'dl.timeline': 'السجل الكامل (GeoJSON زمني)',
    'dl.timeline.gpkg': 'السجل الكامل (GeoPackage بتواريخ)',
    'dl.kml': 'السجل الكامل (KML لـ Google Earth)',
    'dl.csv': 'الأحداث (CSV بأعمدة ACLED)',
    'dl.ogc': 'واجهة OGC API – Features (لـ QGIS)',
    'add': 'إضافة مقال',
    'map': 'الخريطة',
    'prev': 'الإطار السابق',
    'prev.title': 'الإطار السابق (←)',
    'next': 'الإطار التالي',
    'next.title': 'الإطار التالي (→)',
    'play': 'تشغيل',
    'play.title': 'تشغيل (مسافة)',
    'pause': 'إيقاف',
    'pause.title': 'إيقاف (مسافة)',
    'frame.slider': 'تاريخ الإطار',
    'speed': 'السرعة',
    'details': 'التفاصيل',
    'tab.changes': 'التغييرات',
    'tab.place': 'المكان',
    'tab.compare': 'مقارنة',
    'filters': 'تصفية التغييرات',
    'filter.side': 'الطرف',
    'filter.kind': 'النوع',
    'filter.claims': 'الادعاءات',
    'all': 'الكل',
    'kind.capture': 'سيطرة',
    'kind.withdrawal': 'انسحاب',
    'kind.contested': 'معارك',
    'kind.presence': 'وجود',
    'claims.confirmed': 'مؤكَّد',
    'claims.claimed': 'ادعاء فقط',
    'badge.claimed': 'ادعاء',
    'badge.reported': 'مؤكَّد',
    'claimed.by': 'بحسب ادعاء {who}',
    'claimed.own': 'لا يقول ذلك إلا الطرف المسيطر',
    'open.article': 'فتح المقال',
    'read.article': 'قراءة المقال',
    'place.history': 'سجل المكان: {name}',
    'outlet.unknown': 'مصدر غير معروف',
    'precision.day': 'اليوم بدقة',
    'precision.week': 'خلال أسبوع',
    'precision.month': 'خلال شهر',
    'precision.year': 'خلال سنة',
    'precision.reported': 'تاريخ النشر',
    'frame.none': 'لا تغيير مُبلَّغ عنه في هذا التاريخ.',
    'events.none': 'لم يتغير شيء في هذا التاريخ. انتقل أو شغّل إلى إطار فيه تغييرات.',
    'events.nomatch': 'لا حدث يطابق التصفية.',
    'events.more': 'اعرض {n} أخرى من {rest}',
    'events.count': '{shown} من {all}',
    'frame.zoomed': ' · مكبّر إلى {n}',
    'zoom.reset': 'كل التواريخ',
    'density': 'الأماكن التي تغيّرت في كل شهر',
    'strip.month': 'الأماكن التي تغيّرت في كل شهر؛ اسحب عبره لتكبير تلك التواريخ',
    'strip.week': 'الأماكن التي تغيّرت في كل أسبوع؛ اسحب عبره لتكبير تلك التواريخ',
    'strip.day': 'الأماكن التي تغيّرت في كل يوم؛ اسحب عبره لتكبير تلك التواريخ',
    'strip.bar.change': '{when}: تغيير واحد',
    'strip.bar.changes': '{when}: {n} تغييرات',
    'strip.bar.frame': ' في إطار واحد',
    'strip.bar.frames': ' في {n} إطارات',
    'frame.count': 'الإطار {n} من {all}',
    'counts': '{articles} مقالات · {events} أحداث · {frames} إطارات',
    'place.loading': 'جارٍ تحميل {id}…',
    'place.error': 'تعذّر تحميل {id}: {msg}',
    'place.hint': 'انقر على مكان في الخريطة لترى من سيطر عليه، ومتى، ومن قال ذلك.',
    'place.close': 'إغلاق',
    'place.historyTitle': 'سجل السيطرة',
    'place.reports': 'التقارير ({n})',
    'place.noreport': 'لا تقرير يذكر من كان يسيطر عليه.',
    'th.from': 'من',
    'th.until': 'حتى',
    'th.held': 'بيد',
    'th.sources': 'المصادر',
    'now': 'الآن',
    'legend': 'دليل الخريطة',
    'legend.contested': 'متنازع عليها (المسيطر / معارك)',
    'legend.claimed': 'ادعاء فقط (إطار متقطع)',
    'legend.approx': 'موقع تقريبي (باهت)',
    'legend.changed': 'تغيّر في هذا الإطار',
    'legend.front': 'خط الجبهة',
    'legend.territory': 'المناطق تقديرية: تأخذ كل خلية فورونوي حول أماكن المعجم الجغرافي لونَ أقرب مكان مسيطَر عليه ضمن مداه؛ المخطط = متنازع عليه، والفارغ = غير معروف.',
    'group.city': 'مدينة / بلدة',
    'group.village': 'قرية',
    'group.field': 'حقل نفط / غاز',
    'group.airbase': 'مطار عسكري / مطار',
    'group.hill': 'تلة / جبل',
    'group.road': 'طريق / مفرق',
    'group.other': 'موقع آخر',
    'compare.from': 'من',
    'compare.to': 'إلى',
    'compare.go': 'قارن',
    'compare.clear': 'مسح',
    'compare.hint': 'اختر تاريخين لترى الأماكن والمساحات التي كسبها كل طرف أو خسرها بينهما.',
    'compare.loading': 'جارٍ المقارنة…',
    'compare.error': 'تعذّرت المقارنة: {msg}',
    'compare.none': 'لم يكسب أي طرف أو يخسر شيئاً بين هذين التاريخين.',
    'compare.gained': 'كسب',
    'compare.lost': 'خسر',
    'compare.places': '{n} أماكن',
    'compare.km2': '{n} كم²',
    'compare.held': 'من {from} إلى {to} كم² تحت السيطرة',
    'compare.title': '{from} ← {to}',
    'status.noanswer': 'لم يُجب الخادم: {msg}',
    'status.nomap': 'تعذّر تحميل الخريطة ليوم {date}: {msg}',
    'status.empty': 'لا أحداث مؤرخة في المدوّنة بعد: أضف مقالاً.',
    'holder.unknown': 'المسيطر غير معروف',
    'since': 'منذ {date}',
    'claimed.only': '(ادعاء فقط)',
    'review': 'مراجعة',
    'review.title': 'راجع قراءة الآلة، الأكثر شكاً أولاً',
    'reviewed.by': 'راجعه {who}',
    'review.confirmed': 'مؤكَّد بالمراجعة',
    'review.rejected': 'مرفوض',
    'review.corrected': 'مصحَّح',
    'side.contested': 'متنازع عليها',
    'reader.article': 'المقال',
    'reader.loading': 'جارٍ تحميل المقال…',
    'reader.error': 'تعذّر تحميل المقال {id}: {msg}',
    'reader.untitled': 'مقال بلا عنوان',
    'reader.published': 'نُشر في {date}',
    'reader.nodate': 'تاريخ النشر غير معروف',
    'reader.source': 'المصدر',
    'reader.events': 'الأحداث المستخرجة من هذا المقال ({n})',
    'reader.close': 'إغلاق',
    'add.title': 'إضافة مقال',
    'add.f.title': 'العنوان',
    'add.f.outlet': 'الوسيلة الإعلامية',
    'add.f.published': 'تاريخ النشر',
    'add.f.url': 'الرابط',
    'add.f.text': 'النص (بالعربية)',
    'add.submit': 'اقرأ وأضف',
    'add.reading': 'جارٍ قراءة المقال…',
    'add.added': 'أُضيف {id}: عُثر على {n} أحداث.',
    'add.open': 'افتحه في القارئ',
    'add.error': 'خطأ {status}: {msg}',
    'add.unreachable': 'تعذّر الوصول إلى الخادم: {msg}',
  },
};

const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ar: ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
};
const WEEKDAYS = {
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  ar: ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'],
};

let current = 'en';
const listeners = [];

export function lang() {
  return current;
}

/** Switches the interface: <html lang dir>, every [data-i18n*] element, then whoever listens. */
export function setLang(next) {
  current = next === 'ar' ? 'ar' : 'en';
  document.documentElement.lang = current;
  document.documentElement.dir = current === 'ar' ? 'rtl' : 'ltr';
  document.title = t('title');
  translate(document);
  for (const fn of listeners) fn(current);
}

export function onLangChange(fn) {
  listeners.push(fn);
}

/** A string of the interface, with {name} placeholders filled (numbers in the language's digits). */
export function t(key, vars = {}) {
  const s = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => (vars[k] == null ? '' : typeof vars[k] === 'number' ? num(vars[k]) : String(vars[k])));
}

/** Fills the static text of the page: data-i18n (text), data-i18n-title, data-i18n-aria, data-i18n-label. */
export function translate(root) {
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-title]')) node.title = t(node.dataset.i18nTitle);
  for (const node of root.querySelectorAll('[data-i18n-aria]')) node.setAttribute('aria-label', t(node.dataset.i18nAria));
  for (const node of root.querySelectorAll('[data-i18n-label]')) node.setAttribute('label', t(node.dataset.i18nLabel));
}

/** A number in the interface's digits: 1,234.5 or ١٬٢٣٤٫٥. */
export function num(n, digits = 0) {
  if (!Number.isFinite(n)) return String(n ?? '');
  return n.toLocaleString(current === 'ar' ? 'ar-SY-u-nu-arab' : 'en-GB', { maximumFractionDigits: digits });
}

function parts(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

function digits(n) {
  return current === 'ar' ? String(n).replace(/\d/g, (c) => '٠١٢٣٤٥٦٧٨٩'[c]) : String(n);
}

/** "10 Dec 2016" / "١٠ كانون الأول ٢٠١٦"; read as a calendar date, so no time zone can shift it. */
export function shortDate(iso) {
  const p = parts(iso);
  if (!p) return iso ?? '';
  const month = current === 'ar' ? MONTHS.ar[p.m - 1] : MONTHS.en[p.m - 1].slice(0, 3);
  return `${digits(p.d)} ${month} ${digits(p.y)}`;
}

/** The weekday and the full date, apart, so a narrow screen can drop the weekday. */
export function longDateParts(iso) {
  const p = parts(iso);
  if (!p) return { weekday: '', date: iso ?? '' };
  const wd = new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
  return { weekday: WEEKDAYS[current][wd], date: `${digits(p.d)} ${MONTHS[current][p.m - 1]} ${digits(p.y)}` };
}

/** "Sat, 10 December 2016" / "السبت، ١٠ كانون الأول ٢٠١٦". */
export function longDate(iso) {
  const { weekday, date } = longDateParts(iso);
  return weekday ? `${weekday}${current === 'ar' ? '، ' : ', '}${date}` : date;
}

/** A date window written compactly: "10 Dec 2016" or "8–13 Dec 2016" or "20 Mar – 6 Apr 2016". */
export function dateWindow(min, max) {
  if (!min || !max || min === max) return shortDate(min || max);
  const a = parts(min), b = parts(max);
  if (!a || !b) return `${shortDate(min)} – ${shortDate(max)}`;
  if (a.y !== b.y || a.m !== b.m) return `${shortDate(min)} – ${shortDate(max)}`;
  const month = current === 'ar' ? MONTHS.ar[b.m - 1] : MONTHS.en[b.m - 1].slice(0, 3);
  return `${digits(a.d)}–${digits(b.d)} ${month} ${digits(b.y)}`;
}
