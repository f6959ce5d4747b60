import type { TemplateInput } from "../template-schema";
import { RESEARCH } from "./research-sources";

/** A family holiday: research, booking, travelling and coming home. */
export const travelBooking: TemplateInput = {
  id: "travel-booking",
  kind: "currentState",
  tags: ["travel", "booking", "family"],
  name: { en: "Travel booking", lv: "Ceļojuma rezervēšana", et: "Reisi broneerimine", cs: "Rezervace cesty", fa: "رزرو سفر" },
  description: {
    en: "A parent plans and books a family summer holiday, travels and comes home.",
    lv: "Vecāks plāno un rezervē ģimenes vasaras atvaļinājumu, ceļo un atgriežas mājās.",
    et: "Lapsevanem planeerib ja broneerib pere suvepuhkuse, reisib ja naaseb koju.",
    cs: "Rodič plánuje a rezervuje letní rodinnou dovolenou, cestuje a vrací se domů.",
    fa: "پدر یا مادری تعطیلات تابستانی خانواده را برنامه‌ریزی و رزرو می‌کند، سفر می‌کند و به خانه برمی‌گردد.",
  },
  industry: { en: "Travel and hospitality", lv: "Tūrisms un viesmīlība", et: "Turism ja majutus", cs: "Cestovní ruch a pohostinství", fa: "گردشگری و هتلداری" },
  scope: {
    scenario: {
      en: "Family of four, one week by the sea, flights and hotel booked on an online travel site.",
      lv: "Četru cilvēku ģimene, nedēļa pie jūras, lidojumi un viesnīca rezervēti ceļojumu vietnē.",
      et: "Neljaliikmeline pere, nädal mere ääres, lennud ja hotell broneeritud reisiportaalis.",
      cs: "Čtyřčlenná rodina, týden u moře, letenky a hotel zarezervované na cestovním portálu.",
      fa: "خانوادهٔ چهارنفره، یک هفته کنار دریا، پرواز و هتل از یک سایت گردشگری رزرو شده است.",
    },
    desiredOutcome: {
      en: "One booking covers the whole trip, changes are easy, and the family books again next year.",
      lv: "Viena rezervācija aptver visu ceļojumu, izmaiņas ir vienkāršas, un ģimene nākamgad rezervē atkal.",
      et: "Üks broneering katab kogu reisi, muudatused on lihtsad ja pere broneerib järgmisel aastal uuesti.",
      cs: "Jedna rezervace pokryje celou cestu, změny jsou snadné a rodina příští rok rezervuje znovu.",
      fa: "یک رزرو همهٔ سفر را پوشش می‌دهد، تغییرات آسان است و خانواده سال بعد دوباره رزرو می‌کند.",
    },
    kpis: [
      { name: { en: "Repeat bookings within a year", lv: "Atkārtotas rezervācijas gada laikā", et: "Korduvbroneeringud aasta jooksul", cs: "Opakované rezervace do roka", fa: "رزرو دوباره در یک سال" }, value: 23, target: 35, unit: "%" },
      { name: { en: "Net Promoter Score", lv: "Klientu lojalitātes indekss (NPS)", et: "Soovitusindeks (NPS)", cs: "Net Promoter Score", fa: "شاخص خالص ترویج‌کنندگان" }, value: 31, target: 45, unit: "NPS" },
    ],
  },
  accessibility: {
    title: { en: "Journey map: booking a family holiday", lv: "Ceļa karte: ģimenes atvaļinājuma rezervēšana", et: "Teekonnakaart: perepuhkuse broneerimine", cs: "Mapa cesty: rezervace rodinné dovolené", fa: "نقشهٔ سفر: رزرو تعطیلات خانوادگی" },
    description: {
      en: "Five stages, seven steps. Excitement while dreaming, stress while comparing prices, relief after booking, a low at the delayed flight, a high at the hotel.",
      lv: "Pieci posmi, septiņi soļi. Sajūsma sapņojot, stress, salīdzinot cenas, atvieglojums pēc rezervēšanas, kritums aizkavētā lidojumā, augstākais punkts viesnīcā.",
      et: "Viis etappi, seitse sammu. Elevus unistades, stress hindu võrreldes, kergendus pärast broneerimist, madalpunkt hilinenud lennul, tipp hotellis.",
      cs: "Pět fází, sedm kroků. Nadšení při snění, stres při srovnávání cen, úleva po rezervaci, propad při zpožděném letu, vrchol v hotelu.",
      fa: "پنج مرحله و هفت گام. هیجان هنگام رؤیاپردازی، استرس هنگام مقایسهٔ قیمت‌ها، آسودگی پس از رزرو، افت در پرواز تأخیردار و اوج در هتل.",
    },
  },
  personas: [
    {
      key: "parent",
      initials: "SM",
      name: { en: "Sofia Marin", lv: "Ilze Ozoliņa", et: "Kadri Saar", cs: "Petra Svobodová", fa: "نرگس کریمی" },
      quote: {
        en: "I plan everything so that nobody else has to worry — then one delay undoes it all.",
        lv: "Es visu saplānoju, lai citiem nebūtu jāuztraucas, — un viena kavēšanās visu sagrauj.",
        et: "Planeerin kõik ise, et teised ei peaks muretsema — ja üks hilinemine rikub kõik.",
        cs: "Všechno naplánuju, aby se nikdo jiný nemusel starat — a jedno zpoždění to celé pokazí.",
        fa: "همه‌چیز را برنامه‌ریزی می‌کنم تا کسی نگران نباشد — بعد یک تأخیر همه را به هم می‌ریزد.",
      },
      age: 41,
      occupation: { en: "Secondary-school teacher", lv: "Vidusskolas skolotāja", et: "Gümnaasiumiõpetaja", cs: "Učitelka na střední škole", fa: "معلم دبیرستان" },
      familyStatus: { en: "Married, two children (8 and 12)", lv: "Precējusies, divi bērni (8 un 12 gadi)", et: "Abielus, kaks last (8 ja 12)", cs: "Vdaná, dvě děti (8 a 12 let)", fa: "متأهل، دو فرزند (۸ و ۱۲ ساله)" },
      location: { en: "Manchester", lv: "Jelgava", et: "Pärnu", cs: "Plzeň", fa: "شیراز" },
      needs: [
        { en: "Total price for four, including bags, up front", lv: "Kopējā cena četriem ar bagāžu jau sākumā", et: "Nelja inimese koguhind koos pagasiga kohe alguses", cs: "Celková cena pro čtyři včetně zavazadel hned na začátku", fa: "قیمت کل برای چهار نفر با چمدان از همان ابتدا" },
        { en: "Free cancellation until a week before", lv: "Bezmaksas atcelšana līdz nedēļai pirms", et: "Tasuta tühistamine kuni nädal enne", cs: "Bezplatné storno do týdne před odjezdem", fa: "لغو رایگان تا یک هفته پیش از سفر" },
      ],
      frustrations: [
        { en: "Prices that change between tabs", lv: "Cenas, kas mainās starp cilnēm", et: "Hinnad, mis muutuvad vahelehtede vahel", cs: "Ceny, které se mění mezi záložkami", fa: "قیمت‌هایی که بین زبانه‌ها تغییر می‌کنند" },
        { en: "Nobody to call when the flight is late", lv: "Nav kam zvanīt, kad lidojums kavējas", et: "Pole kellelegi helistada, kui lend hilineb", cs: "Není komu zavolat, když let mešká", fa: "وقتی پرواز تأخیر دارد کسی برای تماس نیست" },
      ],
      motivations: [
        { en: "A calm week together as a family", lv: "Mierīga nedēļa kopā ar ģimeni", et: "Rahulik nädal koos perega", cs: "Klidný týden s rodinou", fa: "یک هفتهٔ آرام در کنار خانواده" },
      ],
      preferredChannels: ["web", "app", "email", "phone"],
      techProficiency: "medium",
      asIs: {
        "research-destinations": { score: 2, evidence: [{ kind: "interview", text: { en: "“Looking at beaches in January is the best part of winter.”", lv: "“Pludmaļu skatīšanās janvārī ir labākā ziemas daļa.”", et: "„Jaanuaris randade vaatamine on talve parim osa.”", cs: "„Prohlížet si v lednu pláže je to nejlepší na zimě.“", fa: "«تماشای ساحل‌ها در دی‌ماه بهترین بخش زمستان است.»" } }] },
        "compare-options": { score: -1, evidence: [{ kind: "analytics", text: { en: "Average of 14 searches over 9 days before booking.", lv: "Vidēji 14 meklējumi 9 dienu laikā pirms rezervēšanas.", et: "Enne broneerimist keskmiselt 14 otsingut 9 päeva jooksul.", cs: "Průměrně 14 hledání za 9 dní před rezervací.", fa: "به‌طور میانگین ۱۴ جست‌وجو در ۹ روز پیش از رزرو." } }] },
        "book-trip": { score: 1, evidence: [RESEARCH.travellerInterviews] },
        "check-in": { score: 0, evidence: [RESEARCH.travellerInterviews] },
        fly: {
          score: -2,
          note: { en: "Three-hour delay, no meal vouchers, children tired", lv: "Trīs stundu kavēšanās, nav ēdināšanas talonu, bērni noguruši", et: "Kolmetunnine hilinemine, toidutšekke pole, lapsed väsinud", cs: "Tříhodinové zpoždění, žádné stravenky, unavené děti", fa: "سه ساعت تأخیر، بدون کوپن غذا، بچه‌ها خسته" },
          evidence: [{ kind: "review", text: { en: "“We found out about the delay from the board, not from you.”", lv: "“Par kavēšanos uzzinājām no tablo, nevis no jums.”", et: "„Hilinemisest saime teada tablool, mitte teilt.”", cs: "„O zpoždění jsme se dozvěděli z tabule, ne od vás.“", fa: "«از تابلوی فرودگاه فهمیدیم پرواز تأخیر دارد، نه از شما.»" }, source: { en: "Post-trip survey comments", lv: "Pēcceļojuma aptaujas komentāri", et: "Reisijärgse küsitluse kommentaarid", cs: "Komentáře z dotazníku po cestě", fa: "نظرهای نظرسنجی پس از سفر" } }],
        },
        "hotel-stay": { score: 2, evidence: [RESEARCH.travellerInterviews] },
        "share-review": { score: 1, evidence: [RESEARCH.travellerInterviews] },
      },
    },
  ],
  touchpoints: [
    { key: "search-site", name: { en: "Travel search site", lv: "Ceļojumu meklēšanas vietne", et: "Reisiotsingu portaal", cs: "Vyhledávač zájezdů", fa: "سایت جست‌وجوی سفر" }, channel: "web", ownerTeam: { en: "Digital", lv: "Digitālā nodaļa", et: "Digitiim", cs: "Digitální tým", fa: "تیم دیجیتال" } },
    { key: "social-inspiration", name: { en: "Travel photos on social media", lv: "Ceļojumu foto sociālajos tīklos", et: "Reisifotod sotsiaalmeedias", cs: "Cestovní fotky na sociálních sítích", fa: "عکس‌های سفر در شبکه‌های اجتماعی" }, channel: "social", ownerTeam: { en: "Marketing", lv: "Mārketings", et: "Turundus", cs: "Marketing", fa: "بازاریابی" } },
    { key: "booking-email", name: { en: "Booking confirmation and reminders", lv: "Rezervācijas apstiprinājums un atgādinājumi", et: "Broneeringu kinnitus ja meeldetuletused", cs: "Potvrzení rezervace a připomínky", fa: "تأیید رزرو و یادآوری‌ها" }, channel: "email", ownerTeam: { en: "CRM", lv: "CRM", et: "CRM", cs: "CRM", fa: "مدیریت ارتباط با مشتری" } },
    { key: "airline-app", name: { en: "Airline app", lv: "Aviokompānijas lietotne", et: "Lennufirma rakendus", cs: "Aplikace letecké společnosti", fa: "برنامهٔ شرکت هواپیمایی" }, channel: "app", ownerTeam: { en: "Airline partner", lv: "Aviokompānija (partneris)", et: "Lennufirma (partner)", cs: "Partnerská aerolinka", fa: "شرکت هواپیمایی همکار" } },
    { key: "airport-desk", name: { en: "Airport check-in desk", lv: "Lidostas reģistrācijas galds", et: "Lennujaama registreerimislett", cs: "Odbavovací přepážka na letišti", fa: "پیشخوان پذیرش فرودگاه" }, channel: "inPerson", ownerTeam: { en: "Ground handling", lv: "Lidostas apkalpošana", et: "Maapealne teenindus", cs: "Pozemní odbavení", fa: "خدمات زمینی" } },
    { key: "hotel-reception", name: { en: "Hotel reception", lv: "Viesnīcas reģistratūra", et: "Hotelli vastuvõtt", cs: "Hotelová recepce", fa: "پذیرش هتل" }, channel: "inPerson", ownerTeam: { en: "Hotel partner", lv: "Viesnīca (partneris)", et: "Hotell (partner)", cs: "Partnerský hotel", fa: "هتل همکار" } },
    { key: "support-line", name: { en: "24/7 support line", lv: "Diennakts atbalsta tālrunis", et: "Ööpäevaringne tugiliin", cs: "Nonstop zákaznická linka", fa: "خط پشتیبانی شبانه‌روزی" }, channel: "phone", ownerTeam: { en: "Customer care", lv: "Klientu apkalpošana", et: "Klienditeenindus", cs: "Zákaznický servis", fa: "خدمات مشتریان" } },
  ],
  stages: [
    {
      key: "inspire",
      name: { en: "Inspiration", lv: "Iedvesma", et: "Inspiratsioon", cs: "Inspirace", fa: "الهام" },
      steps: [{ key: "research-destinations", name: { en: "Research destinations", lv: "Izpētīt galamērķus", et: "Uuri sihtkohti", cs: "Hledat destinace", fa: "جست‌وجوی مقصدها" } }],
    },
    {
      key: "plan-book",
      name: { en: "Planning and booking", lv: "Plānošana un rezervēšana", et: "Planeerimine ja broneerimine", cs: "Plánování a rezervace", fa: "برنامه‌ریزی و رزرو" },
      kpis: [{ name: { en: "Search-to-book conversion", lv: "Konversija no meklēšanas uz rezervāciju", et: "Otsingust broneeringuni", cs: "Konverze z hledání na rezervaci", fa: "تبدیل جست‌وجو به رزرو" }, value: 2.6, target: 3.5, unit: "%" }],
      steps: [
        { key: "compare-options", name: { en: "Compare flights and hotels", lv: "Salīdzināt lidojumus un viesnīcas", et: "Võrdle lende ja hotelle", cs: "Porovnat lety a hotely", fa: "مقایسهٔ پروازها و هتل‌ها" } },
        { key: "book-trip", name: { en: "Book and pay", lv: "Rezervēt un samaksāt", et: "Broneeri ja maksa", cs: "Zarezervovat a zaplatit", fa: "رزرو و پرداخت" } },
      ],
    },
    {
      key: "pre-trip",
      name: { en: "Before the trip", lv: "Pirms ceļojuma", et: "Enne reisi", cs: "Před cestou", fa: "پیش از سفر" },
      steps: [{ key: "check-in", name: { en: "Check in online", lv: "Reģistrēties tiešsaistē", et: "Registreeru veebis", cs: "Odbavit se online", fa: "پذیرش آنلاین پرواز" } }],
    },
    {
      key: "travel",
      name: { en: "Travel and stay", lv: "Ceļojums un uzturēšanās", et: "Reis ja peatus", cs: "Cesta a pobyt", fa: "سفر و اقامت" },
      kpis: [{ name: { en: "Disruptions handled within an hour", lv: "Traucējumi atrisināti stundas laikā", et: "Tunni jooksul lahendatud häired", cs: "Komplikace vyřešené do hodiny", fa: "اختلال‌های رسیدگی‌شده در یک ساعت" }, value: 40, target: 80, unit: "%" }],
      steps: [
        {
          key: "fly",
          name: { en: "Fly out", lv: "Lidot", et: "Lenda", cs: "Odletět", fa: "پرواز رفت" },
          moment: {
            en: "A delay with tired children is where the family judges the whole company, not the airline.",
            lv: "Kavēšanās ar nogurušiem bērniem ir brīdis, kad ģimene vērtē visu uzņēmumu, ne tikai aviokompāniju.",
            et: "Hilinemine väsinud lastega on hetk, mil pere hindab kogu ettevõtet, mitte ainult lennufirmat.",
            cs: "Zpoždění s unavenými dětmi je chvíle, kdy rodina soudí celou firmu, nejen aerolinku.",
            fa: "تأخیر با بچه‌های خسته لحظه‌ای است که خانواده کل شرکت را قضاوت می‌کند، نه فقط هواپیمایی را.",
          },
        },
        { key: "hotel-stay", name: { en: "Stay at the hotel", lv: "Uzturēties viesnīcā", et: "Peatu hotellis", cs: "Pobývat v hotelu", fa: "اقامت در هتل" } },
      ],
    },
    {
      key: "return",
      name: { en: "Return and memories", lv: "Atgriešanās un atmiņas", et: "Naasmine ja mälestused", cs: "Návrat a vzpomínky", fa: "بازگشت و خاطره‌ها" },
      steps: [{ key: "share-review", name: { en: "Share photos and a review", lv: "Dalīties ar foto un atsauksmi", et: "Jaga fotosid ja arvustust", cs: "Sdílet fotky a recenzi", fa: "هم‌رسانی عکس‌ها و نظر" } }],
    },
  ],
  lanes: [
    {
      key: "actions",
      type: "actions",
      name: { en: "Actions", lv: "Darbības", et: "Tegevused", cs: "Činnosti", fa: "اقدام‌ها" },
      text: {
        "research-destinations": { en: "Saves beach photos, asks friends for tips", lv: "Saglabā pludmaļu foto, prasa draugiem padomus", et: "Salvestab rannafotosid, küsib sõpradelt soovitusi", cs: "Ukládá si fotky pláží, ptá se přátel na tipy", fa: "عکس ساحل‌ها را ذخیره می‌کند و از دوستان پیشنهاد می‌گیرد" },
        "compare-options": { en: "Opens twelve tabs, adds bags and seats for four", lv: "Atver divpadsmit cilnes, pievieno bagāžu un sēdvietas četriem", et: "Avab kaksteist vahelehte, lisab pagasi ja istekohad neljale", cs: "Otevře dvanáct záložek, přidá zavazadla a sedadla pro čtyři", fa: "دوازده زبانه باز می‌کند و چمدان و صندلی برای چهار نفر اضافه می‌کند" },
        "book-trip": { en: "Pays by card, gets one PDF per booking", lv: "Maksā ar karti, saņem pa PDF katrai rezervācijai", et: "Maksab kaardiga, saab iga broneeringu kohta eraldi PDF-i", cs: "Zaplatí kartou, dostane PDF ke každé rezervaci", fa: "با کارت پرداخت می‌کند و برای هر رزرو یک PDF می‌گیرد" },
        "check-in": { en: "Checks in four people, downloads boarding passes", lv: "Reģistrē četrus cilvēkus, lejupielādē iekāpšanas kartes", et: "Registreerib neli inimest, laadib alla pardakaardid", cs: "Odbaví čtyři lidi a stáhne palubní vstupenky", fa: "چهار نفر را پذیرش می‌کند و کارت‌های پرواز را دریافت می‌کند" },
        fly: { en: "Waits at the gate, looks for food and news", lv: "Gaida pie izejas, meklē ēdienu un jaunumus", et: "Ootab väravas, otsib süüa ja uudiseid", cs: "Čeká u brány, shání jídlo a informace", fa: "کنار گیت منتظر است و دنبال غذا و خبر می‌گردد" },
        "hotel-stay": { en: "Gets an early room, books a boat trip at reception", lv: "Saņem istabu agrāk, reģistratūrā rezervē laivu braucienu", et: "Saab toa varem, broneerib vastuvõtus paadisõidu", cs: "Dostane pokoj dřív, na recepci si zarezervuje výlet lodí", fa: "زودتر اتاق می‌گیرد و در پذیرش قایق‌سواری رزرو می‌کند" },
        "share-review": { en: "Posts an album, answers the review e-mail", lv: "Publicē albumu, atbild uz atsauksmes e-pastu", et: "Postitab albumi, vastab arvustuse kirjale", cs: "Zveřejní album a odpoví na e-mail s hodnocením", fa: "آلبوم عکس منتشر می‌کند و به ایمیل نظرسنجی پاسخ می‌دهد" },
      },
    },
    {
      key: "thoughts",
      type: "thoughts",
      name: { en: "Thoughts", lv: "Domas", et: "Mõtted", cs: "Myšlenky", fa: "افکار" },
      text: {
        "research-destinations": { en: "“Somewhere warm, not too far for the kids.”", lv: "“Kaut kur siltā, ne pārāk tālu bērniem.”", et: "„Kuhugi sooja, lastele mitte liiga kaugele.”", cs: "„Někam do tepla, pro děti ne moc daleko.“", fa: "«جایی گرم که برای بچه‌ها خیلی دور نباشد.»" },
        "compare-options": { en: "“Was it cheaper yesterday?”", lv: "“Vai vakar nebija lētāk?”", et: "„Kas eile polnud odavam?”", cs: "„Nebylo to včera levnější?“", fa: "«دیروز ارزان‌تر نبود؟»" },
        "book-trip": { en: "“Done. Now I can look forward to it.”", lv: "“Gatavs. Tagad var priecāties.”", et: "„Valmis. Nüüd võib ootama hakata.”", cs: "„Hotovo. Teď se můžu těšit.“", fa: "«تمام شد. حالا می‌شود منتظرش بود.»" },
        "check-in": { en: "“Why can't the children sit with us for free?”", lv: "“Kāpēc bērni nevar sēdēt ar mums bez maksas?”", et: "„Miks lapsed ei saa tasuta meie kõrval istuda?”", cs: "„Proč děti nemůžou sedět s námi zadarmo?“", fa: "«چرا بچه‌ها نمی‌توانند رایگان کنار ما بنشینند؟»" },
        fly: { en: "“Does anyone know what is happening?”", lv: "“Vai kāds zina, kas notiek?”", et: "„Kas keegi teab, mis toimub?”", cs: "„Ví vůbec někdo, co se děje?“", fa: "«کسی می‌داند چه خبر است؟»" },
        "hotel-stay": { en: "“This is exactly what we needed.”", lv: "“Tieši to mums vajadzēja.”", et: "„Täpselt seda meil vaja oligi.”", cs: "„Přesně tohle jsme potřebovali.“", fa: "«دقیقاً همین را لازم داشتیم.»" },
        "share-review": { en: "“Same place next year — but a different flight.”", lv: "“Nākamgad tā pati vieta — bet cits lidojums.”", et: "„Järgmisel aastal sama koht — aga teine lend.”", cs: "„Příští rok stejné místo — ale jiný let.“", fa: "«سال بعد همین‌جا — ولی با پروازی دیگر.»" },
      },
    },
    { key: "emotions", type: "emotions", name: { en: "Emotions", lv: "Emocijas", et: "Emotsioonid", cs: "Emoce", fa: "احساسات" } },
    {
      key: "touchpoints",
      type: "touchpoints",
      name: { en: "Touchpoints", lv: "Saskarsmes punkti", et: "Kokkupuutepunktid", cs: "Kontaktní body", fa: "نقاط تماس" },
      touchpoints: {
        "research-destinations": ["social-inspiration", "search-site"],
        "compare-options": ["search-site"],
        "book-trip": ["search-site", "booking-email"],
        "check-in": ["airline-app", "booking-email"],
        fly: ["airport-desk", "airline-app", "support-line"],
        "hotel-stay": ["hotel-reception"],
        "share-review": ["booking-email", "social-inspiration"],
      },
    },
    {
      key: "pain-points",
      type: "painPoints",
      name: { en: "Pain points", lv: "Sāpju punkti", et: "Valupunktid", cs: "Problémová místa", fa: "نقاط درد" },
      cards: [
        { at: "compare-options", severity: 4, title: { en: "Bag fees appear only at the end", lv: "Bagāžas maksa parādās tikai beigās", et: "Pagasitasud ilmuvad alles lõpus", cs: "Poplatky za zavazadla se objeví až na konci", fa: "هزینهٔ چمدان فقط در پایان نمایش داده می‌شود" } },
        { at: "fly", severity: 5, title: { en: "No proactive news or help during delays", lv: "Kavēšanās laikā nav proaktīvas informācijas vai palīdzības", et: "Hilinemise ajal pole ennetavat infot ega abi", cs: "Při zpoždění žádné informace ani pomoc předem", fa: "در زمان تأخیر هیچ اطلاع‌رسانی یا کمکی پیشاپیش نیست" } },
        { at: "check-in", severity: 3, title: { en: "Seating children next to parents costs extra", lv: "Bērnu sēdvietas blakus vecākiem ir par maksu", et: "Laste istekohad vanemate kõrval on tasulised", cs: "Sezení dětí vedle rodičů se příplácí", fa: "نشستن بچه‌ها کنار والدین هزینهٔ اضافه دارد" } },
      ],
    },
    {
      key: "opportunities",
      type: "opportunities",
      name: { en: "Opportunities", lv: "Iespējas", et: "Võimalused", cs: "Příležitosti", fa: "فرصت‌ها" },
      cards: [
        { at: "compare-options", impact: 4, effort: 2, status: "planned", owner: { en: "Digital", lv: "Digitālā nodaļa", et: "Digitiim", cs: "Digitální tým", fa: "تیم دیجیتال" }, title: { en: "Show the family total from the first search", lv: "Rādīt ģimenes kopsummu jau pirmajā meklējumā", et: "Näita pere kogusummat juba esimesest otsingust", cs: "Ukazovat cenu za rodinu od prvního hledání", fa: "نمایش قیمت کل خانواده از نخستین جست‌وجو" } },
        { at: "fly", impact: 5, effort: 3, status: "open", owner: { en: "Customer care", lv: "Klientu apkalpošana", et: "Klienditeenindus", cs: "Zákaznický servis", fa: "خدمات مشتریان" }, title: { en: "Push delay alerts with vouchers and rebooking", lv: "Sūtīt kavēšanās paziņojumus ar taloniem un pārrezervāciju", et: "Saada hilinemisteated koos tšekkide ja ümberbroneerimisega", cs: "Posílat upozornění na zpoždění se stravenkami a přebookováním", fa: "ارسال هشدار تأخیر همراه با کوپن و رزرو دوباره" } },
        { at: "book-trip", impact: 3, effort: 2, status: "open", owner: { en: "Digital", lv: "Digitālā nodaļa", et: "Digitiim", cs: "Digitální tým", fa: "تیم دیجیتال" }, title: { en: "One itinerary for flights, hotel and transfers", lv: "Viens maršruts lidojumiem, viesnīcai un transfēriem", et: "Üks reisikava lendude, hotelli ja transfeeride jaoks", cs: "Jeden itinerář pro lety, hotel a transfery", fa: "یک برنامهٔ سفر برای پرواز، هتل و ترانسفر" } },
      ],
    },
    {
      key: "metrics",
      type: "metrics",
      name: { en: "Metrics", lv: "Rādītāji", et: "Mõõdikud", cs: "Metriky", fa: "شاخص‌ها" },
      metrics: {
        "plan-book": [{ name: { en: "Bookings changed or cancelled", lv: "Mainītas vai atceltas rezervācijas", et: "Muudetud või tühistatud broneeringud", cs: "Změněné nebo zrušené rezervace", fa: "رزروهای تغییر یافته یا لغوشده" }, value: 12, unit: "%" }],
        travel: [{ name: { en: "Support calls per 100 trips", lv: "Atbalsta zvani uz 100 ceļojumiem", et: "Tugikõned 100 reisi kohta", cs: "Hovory na podporu na 100 cest", fa: "تماس پشتیبانی به ازای هر ۱۰۰ سفر" }, value: 19, target: 10 }],
        return: [{ name: { en: "Review response rate", lv: "Atsauksmju atbilžu īpatsvars", et: "Arvustustele vastamise määr", cs: "Míra odpovědí na hodnocení", fa: "نرخ پاسخ به نظرسنجی" }, value: 17, target: 25, unit: "%" }],
      },
    },
  ],
  flows: [
    {
      from: "compare-options",
      to: "research-destinations",
      kind: "loop",
      share: 0.35,
      label: { en: "Too expensive — back to looking at other places", lv: "Par dārgu — atpakaļ pie citu vietu meklēšanas", et: "Liiga kallis — tagasi teisi kohti otsima", cs: "Příliš drahé — zpátky k hledání jiných míst", fa: "خیلی گران است — برگشت به جست‌وجوی جاهای دیگر" },
    },
    {
      from: "share-review",
      to: "research-destinations",
      kind: "reentry",
      label: { en: "Next year's holiday starts here", lv: "Nākamā gada atvaļinājums sākas šeit", et: "Järgmise aasta puhkus algab siit", cs: "Tady začíná dovolená na příští rok", fa: "تعطیلات سال بعد از اینجا آغاز می‌شود" },
    },
  ],
};
