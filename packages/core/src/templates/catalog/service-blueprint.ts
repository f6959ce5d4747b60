import type { TemplateInput } from "../template-schema";
import { RESEARCH } from "./research-sources";

/**
 * A simplified journey plus what makes it work behind the line of visibility: frontstage,
 * backstage, people, policies, technology and processes. The example is a business hotel stay.
 */
export const serviceBlueprint: TemplateInput = {
  id: "service-blueprint",
  kind: "serviceBlueprint",
  tags: ["service-blueprint", "hospitality", "operations"],
  name: { en: "Service blueprint", lv: "Pakalpojuma plāns", et: "Teenuse kavand", cs: "Plán služby (service blueprint)", fa: "نقشهٔ طراحی خدمت" },
  description: {
    en: "The customer's steps with the frontstage, backstage, people, policies, technology and processes behind each one.",
    lv: "Klienta soļi kopā ar redzamo pusi, aizkulisēm, cilvēkiem, noteikumiem, tehnoloģijām un procesiem aiz katra no tiem.",
    et: "Kliendi sammud koos esiplaani, tagatoa, inimeste, reeglite, tehnoloogia ja protsessidega iga sammu taga.",
    cs: "Kroky zákazníka a za každým z nich to, co vidí, zákulisí, lidé, pravidla, technologie a procesy.",
    fa: "گام‌های مشتری همراه با پیشخوان، پشت صحنه، افراد، سیاست‌ها، فناوری و فرایندهای پشت هر گام.",
  },
  industry: { en: "Hospitality", lv: "Viesmīlība", et: "Majutus ja toitlustus", cs: "Pohostinství", fa: "هتلداری" },
  scope: {
    scenario: {
      en: "Example: a business traveller stays one night in a city hotel, arriving late and leaving early.",
      lv: "Piemērs: darījumu ceļotājs pavada vienu nakti pilsētas viesnīcā, ierodas vēlu un aizbrauc agri.",
      et: "Näide: ärireisija veedab ühe öö linnahotellis, saabub hilja ja lahkub vara.",
      cs: "Příklad: cestující na služební cestě stráví jednu noc v městském hotelu, přijede pozdě a odjíždí brzy.",
      fa: "نمونه: مسافری کاری یک شب در هتلی شهری می‌ماند، دیر می‌رسد و زود می‌رود.",
    },
    desiredOutcome: {
      en: "Check-in under three minutes at any hour and an invoice that finance accepts without corrections.",
      lv: "Reģistrācija mazāk nekā trīs minūtēs jebkurā diennakts laikā un rēķins, ko grāmatvedība pieņem bez labojumiem.",
      et: "Registreerimine alla kolme minuti igal kellaajal ja arve, mille raamatupidamine võtab vastu parandusteta.",
      cs: "Check-in do tří minut v kteroukoli hodinu a faktura, kterou účtárna přijme bez oprav.",
      fa: "پذیرش در کمتر از سه دقیقه در هر ساعتی و صورت‌حسابی که واحد مالی بدون اصلاح بپذیرد.",
    },
    kpis: [
      { name: { en: "Median check-in time", lv: "Reģistrācijas laika mediāna", et: "Registreerimise aja mediaan", cs: "Medián doby check-inu", fa: "میانهٔ زمان پذیرش" }, value: 7, target: 3, unit: "min" },
      { name: { en: "Invoices reissued", lv: "Atkārtoti izrakstīti rēķini", et: "Uuesti väljastatud arved", cs: "Znovu vystavené faktury", fa: "صورت‌حساب‌های صادرشدهٔ دوباره" }, value: 14, target: 2, unit: "%" },
    ],
  },
  accessibility: {
    title: { en: "Service blueprint: one night in a business hotel", lv: "Pakalpojuma plāns: viena nakts darījumu viesnīcā", et: "Teenuse kavand: üks öö ärihotellis", cs: "Plán služby: jedna noc v hotelu pro služební cesty", fa: "نقشهٔ طراحی خدمت: یک شب در هتل تجاری" },
    description: {
      en: "Four stages, six steps. Below the guest's actions and emotions are frontstage, backstage, people, policies, technology and processes. The guest's mood drops at late check-in and at the invoice, and peaks in a quiet room.",
      lv: "Četri posmi, seši soļi. Zem viesa darbībām un emocijām ir redzamā puse, aizkulises, cilvēki, noteikumi, tehnoloģijas un procesi. Viesa noskaņojums krītas vēlā reģistrācijā un pie rēķina, bet augstākais ir klusā numurā.",
      et: "Neli etappi, kuus sammu. Külalise tegevuste ja emotsioonide all on esiplaan, tagatuba, inimesed, reeglid, tehnoloogia ja protsessid. Külalise meeleolu langeb hilisel registreerimisel ja arve juures ning on kõrgeim vaikses toas.",
      cs: "Čtyři fáze, šest kroků. Pod činnostmi a emocemi hosta jsou viditelná část služby, zákulisí, lidé, pravidla, technologie a procesy. Nálada hosta klesá při pozdním check-inu a u faktury, vrcholí v tichém pokoji.",
      fa: "چهار مرحله و شش گام. زیر اقدام‌ها و احساسات مهمان، پیشخوان، پشت صحنه، افراد، سیاست‌ها، فناوری و فرایندها آمده است. حال مهمان هنگام پذیرش دیرهنگام و دریافت صورت‌حساب افت می‌کند و در اتاقی آرام به اوج می‌رسد.",
    },
  },
  personas: [
    {
      key: "traveller",
      initials: "MR",
      name: { en: "Marcus Reed", lv: "Roberts Kļaviņš", et: "Rasmus Ilves", cs: "Ondřej Král", fa: "سعید نجفی" },
      quote: {
        en: "I arrive at eleven, leave at six. I need a bed, Wi-Fi and a correct invoice.",
        lv: "Ierodos vienpadsmitos, aizbraucu sešos. Man vajag gultu, bezvadu internetu un pareizu rēķinu.",
        et: "Saabun kell üksteist, lahkun kell kuus. Mul on vaja voodit, wifit ja õiget arvet.",
        cs: "Přijedu v jedenáct, odjíždím v šest. Potřebuju postel, wi-fi a správnou fakturu.",
        fa: "ساعت یازده می‌رسم و ساعت شش می‌روم. یک تخت، وای‌فای و صورت‌حسابی درست لازم دارم.",
      },
      age: 45,
      occupation: { en: "Regional sales manager", lv: "Reģionālais pārdošanas vadītājs", et: "Regionaalne müügijuht", cs: "Regionální obchodní manažer", fa: "مدیر فروش منطقه‌ای" },
      familyStatus: { en: "Married, three children", lv: "Precējies, trīs bērni", et: "Abielus, kolm last", cs: "Ženatý, tři děti", fa: "متأهل، سه فرزند" },
      location: { en: "Leeds", lv: "Rīga", et: "Tartu", cs: "Ostrava", fa: "تهران" },
      needs: [
        { en: "Check in after midnight without waiting", lv: "Reģistrēties pēc pusnakts bez gaidīšanas", et: "Registreeruda pärast keskööd ootamata", cs: "Ubytovat se po půlnoci bez čekání", fa: "پذیرش پس از نیمه‌شب بدون انتظار" },
        { en: "Invoice with the company's details", lv: "Rēķins ar uzņēmuma rekvizītiem", et: "Arve ettevõtte andmetega", cs: "Faktura s údaji firmy", fa: "صورت‌حساب با مشخصات شرکت" },
      ],
      frustrations: [
        { en: "Filling in the same registration card every stay", lv: "Katru reizi jāaizpilda tā pati reģistrācijas kartīte", et: "Iga kord sama registreerimiskaardi täitmine", cs: "Při každém pobytu vyplňovat stejnou registrační kartu", fa: "پر کردن همان کارت ثبت‌نام در هر اقامت" },
      ],
      motivations: [
        { en: "Be rested for the morning meeting", lv: "Būt atpūtušam rīta sanāksmei", et: "Olla hommikuseks koosolekuks puhanud", cs: "Být odpočatý na ranní schůzku", fa: "سرحال بودن برای جلسهٔ صبح" },
      ],
      preferredChannels: ["app", "email", "inPerson"],
      techProficiency: "high",
      asIs: {
        "book-room": { score: 1, evidence: [RESEARCH.guestInterviews] },
        "pre-arrival": { score: 0, evidence: [RESEARCH.guestInterviews] },
        "check-in": {
          score: -2,
          note: { en: "One receptionist at night, a coach group arriving", lv: "Naktī viens administrators, ierodas autobusa grupa", et: "Öösel üks administraator, saabub bussitäis turiste", cs: "V noci jeden recepční a k tomu příjezd autobusového zájezdu", fa: "شب فقط یک پذیرشگر و رسیدن یک گروه تور با اتوبوس" },
          evidence: [{ kind: "review", text: { en: "“25 minutes in the lobby at midnight. Never again.”", lv: "“25 minūtes vestibilā pusnaktī. Nekad vairs.”", et: "„25 minutit fuajees südaööl. Mitte kunagi enam.”", cs: "„25 minut v lobby o půlnoci. Už nikdy.“", fa: "«۲۵ دقیقه در لابی نیمه‌شب. دیگر هرگز.»" }, source: { en: "Booking site reviews", lv: "Rezervāciju vietnes atsauksmes", et: "Broneerimisportaali arvustused", cs: "Recenze na rezervačním portálu", fa: "نظرهای سایت رزرو" } }],
        },
        "room-night": { score: 2, evidence: [{ kind: "survey", text: { en: "Room quietness rated 4.6 of 5.", lv: "Numura klusums novērtēts ar 4,6 no 5.", et: "Toa vaikust hinnati 4,6 palliga viiest.", cs: "Ticho na pokoji hodnoceno 4,6 z 5.", fa: "آرامش اتاق ۴٫۶ از ۵ ارزیابی شد." } }] },
        breakfast: { score: 1, evidence: [RESEARCH.guestInterviews] },
        "check-out": { score: -1, evidence: [{ kind: "ticket", text: { en: "Finance requests a corrected invoice for one stay in seven.", lv: "Grāmatvedība pieprasa labotu rēķinu par katru septīto uzturēšanos.", et: "Raamatupidamine nõuab parandatud arvet iga seitsmenda peatuse kohta.", cs: "Účtárna žádá opravenou fakturu u každého sedmého pobytu.", fa: "واحد مالی برای از هر هفت اقامت یکی صورت‌حساب اصلاح‌شده می‌خواهد." } }] },
      },
    },
  ],
  touchpoints: [
    { key: "booking-tool", name: { en: "Corporate booking tool", lv: "Uzņēmuma rezervāciju rīks", et: "Ettevõtte broneerimistööriist", cs: "Firemní rezervační nástroj", fa: "ابزار رزرو سازمانی" }, channel: "web", ownerTeam: { en: "Sales", lv: "Pārdošana", et: "Müük", cs: "Obchod", fa: "فروش" } },
    { key: "pre-arrival-email", name: { en: "Pre-arrival e-mail with online check-in", lv: "E-pasts pirms ierašanās ar tiešsaistes reģistrāciju", et: "Saabumiseelne kiri veebiregistreerimisega", cs: "E-mail před příjezdem s online check-inem", fa: "ایمیل پیش از ورود با پذیرش آنلاین" }, channel: "email", ownerTeam: { en: "Front office", lv: "Uzņemšanas dienests", et: "Vastuvõtt", cs: "Front office", fa: "دفتر پذیرش" } },
    { key: "reception", name: { en: "Reception desk", lv: "Reģistratūra", et: "Vastuvõtulett", cs: "Recepce", fa: "میز پذیرش" }, channel: "inPerson", ownerTeam: { en: "Front office", lv: "Uzņemšanas dienests", et: "Vastuvõtt", cs: "Front office", fa: "دفتر پذیرش" } },
    { key: "room", name: { en: "Room and mobile key", lv: "Numurs un mobilā atslēga", et: "Tuba ja mobiilivõti", cs: "Pokoj a mobilní klíč", fa: "اتاق و کلید موبایلی" }, channel: "inPerson", ownerTeam: { en: "Housekeeping", lv: "Istabenes", et: "Toateenindus", cs: "Housekeeping", fa: "خانه‌داری" } },
    { key: "restaurant", name: { en: "Breakfast restaurant", lv: "Brokastu restorāns", et: "Hommikusöögirestoran", cs: "Snídaňová restaurace", fa: "رستوران صبحانه" }, channel: "inPerson", ownerTeam: { en: "Food and beverage", lv: "Ēdināšana", et: "Toitlustus", cs: "Gastronomie", fa: "غذا و نوشیدنی" } },
    { key: "invoice-email", name: { en: "Invoice by e-mail", lv: "Rēķins e-pastā", et: "Arve e-postiga", cs: "Faktura e-mailem", fa: "صورت‌حساب ایمیلی" }, channel: "email", ownerTeam: { en: "Accounts", lv: "Grāmatvedība", et: "Raamatupidamine", cs: "Účtárna", fa: "حسابداری" } },
  ],
  stages: [
    {
      key: "before",
      name: { en: "Before arrival", lv: "Pirms ierašanās", et: "Enne saabumist", cs: "Před příjezdem", fa: "پیش از ورود" },
      steps: [
        { key: "book-room", name: { en: "Book the room", lv: "Rezervēt numuru", et: "Broneeri tuba", cs: "Zarezervovat pokoj", fa: "رزرو اتاق" } },
        { key: "pre-arrival", name: { en: "Check in online", lv: "Reģistrēties tiešsaistē", et: "Registreeru veebis", cs: "Online check-in", fa: "پذیرش آنلاین" } },
      ],
    },
    {
      key: "arrival",
      name: { en: "Arrival", lv: "Ierašanās", et: "Saabumine", cs: "Příjezd", fa: "ورود" },
      kpis: [{ name: { en: "Guests waiting over 5 minutes", lv: "Viesi, kas gaida ilgāk par 5 minūtēm", et: "Üle 5 minuti oodanud külalised", cs: "Hosté čekající přes 5 minut", fa: "مهمانانی که بیش از ۵ دقیقه منتظر می‌مانند" }, value: 31, target: 5, unit: "%" }],
      steps: [
        {
          key: "check-in",
          name: { en: "Check in at night", lv: "Reģistrēties naktī", et: "Registreeru öösel", cs: "Ubytovat se v noci", fa: "پذیرش در شب" },
          moment: {
            en: "The first face of the hotel after a long day; a wait here colours the whole stay.",
            lv: "Viesnīcas pirmā seja pēc garas dienas; gaidīšana šeit iekrāso visu uzturēšanos.",
            et: "Hotelli esimene nägu pärast pikka päeva; ootamine siin värvib kogu peatuse.",
            cs: "První tvář hotelu po dlouhém dni; čekání tady poznamená celý pobyt.",
            fa: "نخستین چهرهٔ هتل پس از یک روز طولانی؛ انتظار در اینجا کل اقامت را تحت تأثیر قرار می‌دهد.",
          },
        },
      ],
    },
    {
      key: "stay",
      name: { en: "Stay", lv: "Uzturēšanās", et: "Peatus", cs: "Pobyt", fa: "اقامت" },
      steps: [
        { key: "room-night", name: { en: "Sleep and work in the room", lv: "Gulēt un strādāt numurā", et: "Maga ja tööta toas", cs: "Spát a pracovat na pokoji", fa: "خواب و کار در اتاق" } },
        { key: "breakfast", name: { en: "Early breakfast", lv: "Agras brokastis", et: "Varajane hommikusöök", cs: "Časná snídaně", fa: "صبحانهٔ زود" } },
      ],
    },
    {
      key: "departure",
      name: { en: "Departure", lv: "Izbraukšana", et: "Lahkumine", cs: "Odjezd", fa: "خروج" },
      kpis: [{ name: { en: "Express check-outs", lv: "Ātrās izrakstīšanās", et: "Kiirväljaregistreerimised", cs: "Expresní odhlášení", fa: "خروج سریع" }, value: 22, target: 60, unit: "%" }],
      steps: [
        {
          key: "check-out",
          name: { en: "Check out and get the invoice", lv: "Izrakstīties un saņemt rēķinu", et: "Registreeru välja ja saa arve", cs: "Odhlásit se a dostat fakturu", fa: "تسویه و دریافت صورت‌حساب" },
          moment: {
            en: "The last impression and the one the employer sees: a wrong invoice means extra work for the guest after the stay.",
            lv: "Pēdējais iespaids, ko redz arī darba devējs: nepareizs rēķins nozīmē viesim papildu darbu pēc uzturēšanās.",
            et: "Viimane mulje ja see, mida näeb tööandja: vale arve tähendab külalisele lisatööd pärast peatust.",
            cs: "Poslední dojem, který vidí i zaměstnavatel: chybná faktura znamená pro hosta práci navíc po pobytu.",
            fa: "آخرین تأثیر که کارفرما هم آن را می‌بیند: صورت‌حساب اشتباه یعنی کار اضافه برای مهمان پس از اقامت.",
          },
        },
      ],
    },
  ],
  lanes: [
    {
      key: "guest-actions",
      type: "actions",
      name: { en: "Guest actions", lv: "Viesa darbības", et: "Külalise tegevused", cs: "Činnosti hosta", fa: "اقدام‌های مهمان" },
      text: {
        "book-room": { en: "Books through the company tool at the corporate rate", lv: "Rezervē uzņēmuma rīkā par korporatīvo cenu", et: "Broneerib ettevõtte tööriistaga ettevõtte hinnaga", cs: "Rezervuje firemním nástrojem za firemní cenu", fa: "از طریق ابزار شرکت با نرخ سازمانی رزرو می‌کند" },
        "pre-arrival": { en: "Enters passport details and arrival time online", lv: "Tiešsaistē ievada pases datus un ierašanās laiku", et: "Sisestab veebis passiandmed ja saabumisaja", cs: "Online zadá údaje z pasu a čas příjezdu", fa: "اطلاعات گذرنامه و زمان رسیدن را آنلاین وارد می‌کند" },
        "check-in": { en: "Queues behind a tour group, signs a paper card", lv: "Stāv rindā aiz tūristu grupas, paraksta papīra kartīti", et: "Seisab turistigrupi taga järjekorras, allkirjastab paberkaardi", cs: "Stojí ve frontě za zájezdem a podepíše papírovou kartu", fa: "پشت یک گروه تور در صف می‌ایستد و کارت کاغذی را امضا می‌کند" },
        "room-night": { en: "Joins a video call, orders a late snack", lv: "Pieslēdzas videozvanam, pasūta vēlu uzkodu", et: "Osaleb videokõnes, tellib hilise suupiste", cs: "Připojí se k videohovoru a objedná si pozdní občerstvení", fa: "در تماس تصویری شرکت می‌کند و یک میان‌وعدهٔ دیرهنگام سفارش می‌دهد" },
        breakfast: { en: "Eats quickly at 6:00 when the restaurant opens", lv: "Ātri paēd plkst. 6:00, kad atveras restorāns", et: "Sööb kiiresti kell 6, kui restoran avatakse", cs: "V 6:00 při otevření restaurace se rychle nasnídá", fa: "ساعت ۶ که رستوران باز می‌شود سریع صبحانه می‌خورد" },
        "check-out": { en: "Leaves the key, asks for the invoice with company details", lv: "Atstāj atslēgu, lūdz rēķinu ar uzņēmuma rekvizītiem", et: "Jätab võtme, palub arvet ettevõtte andmetega", cs: "Nechá klíč a požádá o fakturu s údaji firmy", fa: "کلید را تحویل می‌دهد و صورت‌حساب با مشخصات شرکت می‌خواهد" },
      },
    },
    { key: "emotions", type: "emotions", name: { en: "Emotions", lv: "Emocijas", et: "Emotsioonid", cs: "Emoce", fa: "احساسات" } },
    {
      key: "touchpoints",
      type: "touchpoints",
      name: { en: "Touchpoints", lv: "Saskarsmes punkti", et: "Kokkupuutepunktid", cs: "Kontaktní body", fa: "نقاط تماس" },
      touchpoints: {
        "book-room": ["booking-tool"],
        "pre-arrival": ["pre-arrival-email"],
        "check-in": ["reception"],
        "room-night": ["room"],
        breakfast: ["restaurant"],
        "check-out": ["reception", "invoice-email"],
      },
    },
    {
      key: "frontstage",
      type: "frontstage",
      name: { en: "Frontstage", lv: "Redzamā puse", et: "Esiplaan", cs: "Viditelná část", fa: "پیشخوان" },
      description: { en: "What the guest sees and who they deal with", lv: "Ko viesis redz un ar ko viņš saskaras", et: "Mida külaline näeb ja kellega suhtleb", cs: "Co host vidí a s kým jedná", fa: "آنچه مهمان می‌بیند و کسانی که با آن‌ها سروکار دارد" },
      text: {
        "pre-arrival": { en: "Online check-in form, confirmation of arrival time", lv: "Tiešsaistes reģistrācijas veidlapa, ierašanās laika apstiprinājums", et: "Veebiregistreerimise vorm, saabumisaja kinnitus", cs: "Formulář online check-inu, potvrzení času příjezdu", fa: "فرم پذیرش آنلاین و تأیید زمان رسیدن" },
        "check-in": { en: "Night receptionist checks ID and issues the key", lv: "Nakts administrators pārbauda dokumentu un izsniedz atslēgu", et: "Öine administraator kontrollib dokumenti ja annab võtme", cs: "Noční recepční zkontroluje doklad a vydá klíč", fa: "پذیرشگر شب مدرک را بررسی و کلید را تحویل می‌دهد" },
        breakfast: { en: "Waiter seats the guest, buffet restocked", lv: "Viesmīlis ierāda vietu, bufete papildināta", et: "Ettekandja juhatab laua juurde, puhvet on täiendatud", cs: "Číšník usadí hosta, bufet je doplněný", fa: "پیشخدمت مهمان را می‌نشاند و بوفه پر شده است" },
        "check-out": { en: "Receptionist prints or e-mails the folio", lv: "Administrators izdrukā vai nosūta kontu e-pastā", et: "Administraator prindib või saadab arve e-postiga", cs: "Recepční vytiskne nebo pošle účet e-mailem", fa: "پذیرشگر صورت‌حساب را چاپ یا ایمیل می‌کند" },
      },
    },
    {
      key: "backstage",
      type: "backstage",
      name: { en: "Backstage", lv: "Aizkulises", et: "Tagatuba", cs: "Zákulisí", fa: "پشت صحنه" },
      text: {
        "book-room": { en: "Revenue team loads the corporate rate into the channel manager", lv: "Ieņēmumu komanda ievada korporatīvo cenu kanālu pārvaldniekā", et: "Tulumeeskond sisestab ettevõtte hinna kanalihaldurisse", cs: "Revenue tým nahraje firemní cenu do channel manageru", fa: "تیم درآمد نرخ سازمانی را در سامانهٔ مدیریت کانال وارد می‌کند" },
        "check-in": { en: "Housekeeping marks rooms clean; late rooms released at 23:00", lv: "Istabenes atzīmē numurus kā sakoptus; vēlie numuri atbrīvoti plkst. 23:00", et: "Toateenindus märgib toad koristatuks; hilised toad vabastatakse kell 23", cs: "Housekeeping označí pokoje jako uklizené; pozdní pokoje se uvolní ve 23:00", fa: "خانه‌داری اتاق‌ها را تمیز ثبت می‌کند؛ اتاق‌های دیرهنگام ساعت ۲۳ آزاد می‌شوند" },
        "room-night": { en: "Room service kitchen prepares night menu", lv: "Numuru apkalpošanas virtuve gatavo nakts ēdienkarti", et: "Toateeninduse köök valmistab öömenüüd", cs: "Kuchyně pokojové služby připravuje noční menu", fa: "آشپزخانهٔ سرویس اتاق منوی شبانه را آماده می‌کند" },
        "check-out": { en: "Night audit closes folios; accounts fixes company details by hand", lv: "Nakts audits slēdz kontus; grāmatvedība rekvizītus labo manuāli", et: "Ööaudit sulgeb arved; raamatupidamine parandab ettevõtte andmeid käsitsi", cs: "Noční audit uzavře účty; účtárna ručně opravuje údaje firmy", fa: "حسابرسی شبانه حساب‌ها را می‌بندد؛ حسابداری مشخصات شرکت را دستی اصلاح می‌کند" },
      },
    },
    {
      key: "people",
      type: "people",
      name: { en: "People", lv: "Cilvēki", et: "Inimesed", cs: "Lidé", fa: "افراد" },
      text: {
        "check-in": { en: "One night receptionist, on-call duty manager", lv: "Viens nakts administrators, dežurējošais vadītājs", et: "Üks öine administraator, valvejuht", cs: "Jeden noční recepční, vedoucí směny na telefonu", fa: "یک پذیرشگر شب و مدیر کشیک در دسترس" },
        breakfast: { en: "Two waiters, one chef from 5:30", lv: "Divi viesmīļi, viens pavārs no 5:30", et: "Kaks ettekandjat, üks kokk alates 5.30", cs: "Dva číšníci, jeden kuchař od 5:30", fa: "دو پیشخدمت و یک آشپز از ساعت ۵:۳۰" },
        "check-out": { en: "Morning receptionist, accounts clerk", lv: "Rīta administrators, grāmatvede", et: "Hommikune administraator, raamatupidaja", cs: "Ranní recepční, účetní", fa: "پذیرشگر صبح و کارمند حسابداری" },
      },
    },
    {
      key: "policies",
      type: "policies",
      name: { en: "Policies", lv: "Noteikumi", et: "Reeglid", cs: "Pravidla", fa: "سیاست‌ها" },
      text: {
        "pre-arrival": { en: "Guest registration law: ID recorded for every guest", lv: "Viesu reģistrācijas prasības: katra viesa dokuments tiek reģistrēts", et: "Külaliste registreerimise nõue: iga külalise dokument registreeritakse", cs: "Zákonná evidence hostů: doklad se zaznamená u každého hosta", fa: "قانون ثبت مهمان: مدرک هر مهمان ثبت می‌شود" },
        "check-in": { en: "Check-in from 15:00; card pre-authorisation required", lv: "Reģistrācija no 15:00; nepieciešama kartes iepriekšēja autorizācija", et: "Registreerimine alates kella 15st; vajalik kaardi eelautoriseerimine", cs: "Check-in od 15:00; nutná předautorizace karty", fa: "پذیرش از ساعت ۱۵؛ پیش‌مجوز کارت الزامی است" },
        "check-out": { en: "Invoices changed only by accounts, on weekdays", lv: "Rēķinus maina tikai grāmatvedība darbdienās", et: "Arveid muudab ainult raamatupidamine tööpäevadel", cs: "Faktury mění jen účtárna, ve všední dny", fa: "صورت‌حساب‌ها فقط توسط حسابداری و در روزهای کاری اصلاح می‌شوند" },
      },
    },
    {
      key: "technology",
      type: "technology",
      name: { en: "Technology", lv: "Tehnoloģijas", et: "Tehnoloogia", cs: "Technologie", fa: "فناوری" },
      text: {
        "book-room": { en: "Channel manager, corporate booking tool interface", lv: "Kanālu pārvaldnieks, uzņēmuma rezervāciju rīka saskarne", et: "Kanalihaldur, ettevõtte broneerimistööriista liides", cs: "Channel manager, rozhraní firemního rezervačního nástroje", fa: "سامانهٔ مدیریت کانال و رابط ابزار رزرو سازمانی" },
        "pre-arrival": { en: "Online check-in web form linked to the property system", lv: "Tiešsaistes reģistrācijas forma, savienota ar viesnīcas sistēmu", et: "Veebiregistreerimise vorm, seotud hotellisüsteemiga", cs: "Webový formulář online check-inu napojený na hotelový systém", fa: "فرم پذیرش آنلاین متصل به سامانهٔ مدیریت هتل" },
        "check-in": { en: "Property management system, key encoder", lv: "Viesnīcas pārvaldības sistēma, atslēgu kodētājs", et: "Hotelli haldussüsteem, võtmekodeerija", cs: "Hotelový systém, kódovač klíčů", fa: "سامانهٔ مدیریت هتل و دستگاه کدگذار کلید" },
        "check-out": { en: "Folio e-mail, accounting system without the company register", lv: "Konta e-pasts, grāmatvedības sistēma bez uzņēmumu reģistra", et: "Arve e-kiri, raamatupidamissüsteem ilma äriregistri ühenduseta", cs: "E-mail s účtem, účetní systém bez napojení na obchodní rejstřík", fa: "ایمیل صورت‌حساب و سامانهٔ حسابداری بدون اتصال به ثبت شرکت‌ها" },
      },
    },
    {
      key: "processes",
      type: "processes",
      name: { en: "Processes", lv: "Procesi", et: "Protsessid", cs: "Procesy", fa: "فرایندها" },
      text: {
        "pre-arrival": { en: "Online check-in data copied into the system at 14:00", lv: "Tiešsaistes reģistrācijas dati tiek pārkopēti sistēmā plkst. 14:00", et: "Veebiregistreerimise andmed kopeeritakse süsteemi kell 14", cs: "Data z online check-inu se ve 14:00 přepisují do systému", fa: "داده‌های پذیرش آنلاین ساعت ۱۴ به سامانه منتقل می‌شود" },
        "room-night": { en: "Room turnover: clean, inspect, release", lv: "Numura sagatavošana: uzkopt, pārbaudīt, atbrīvot", et: "Toa ettevalmistus: koristus, kontroll, vabastamine", cs: "Příprava pokoje: úklid, kontrola, uvolnění", fa: "آماده‌سازی اتاق: نظافت، بازرسی، آزادسازی" },
        "check-out": { en: "Folio closed at night audit, invoice corrections by ticket", lv: "Konts slēgts nakts auditā, rēķinu labojumi pēc pieteikuma", et: "Arve suletakse ööauditil, parandused pöördumise alusel", cs: "Účet uzavřen při nočním auditu, opravy faktur přes požadavek", fa: "بستن حساب در حسابرسی شبانه و اصلاح صورت‌حساب با ثبت درخواست" },
      },
    },
    {
      key: "pain-points",
      type: "painPoints",
      name: { en: "Pain points", lv: "Sāpju punkti", et: "Valupunktid", cs: "Problémová místa", fa: "نقاط درد" },
      cards: [
        { at: "check-in", severity: 5, title: { en: "Online check-in data ignored at the desk", lv: "Tiešsaistes reģistrācijas datus reģistratūrā neizmanto", et: "Veebiregistreerimise andmeid vastuvõtus ei kasutata", cs: "Data z online check-inu recepce nepoužije", fa: "داده‌های پذیرش آنلاین در پیشخوان نادیده گرفته می‌شود" } },
        { at: "check-out", severity: 4, title: { en: "Invoice missing the company's VAT number", lv: "Rēķinā trūkst uzņēmuma PVN numura", et: "Arvelt puudub ettevõtte KMKR number", cs: "Na faktuře chybí DIČ firmy", fa: "شمارهٔ اقتصادی شرکت در صورت‌حساب نیست" } },
      ],
    },
    {
      key: "opportunities",
      type: "opportunities",
      name: { en: "Opportunities", lv: "Iespējas", et: "Võimalused", cs: "Příležitosti", fa: "فرصت‌ها" },
      cards: [
        { at: "check-in", impact: 5, effort: 3, status: "planned", owner: { en: "Front office", lv: "Uzņemšanas dienests", et: "Vastuvõtt", cs: "Front office", fa: "دفتر پذیرش" }, title: { en: "Mobile key for guests who checked in online", lv: "Mobilā atslēga viesiem, kas reģistrējušies tiešsaistē", et: "Mobiilivõti veebis registreerunud külalistele", cs: "Mobilní klíč pro hosty s online check-inem", fa: "کلید موبایلی برای مهمانانی که آنلاین پذیرش شده‌اند" } },
        { at: "check-out", impact: 4, effort: 2, status: "open", owner: { en: "Accounts", lv: "Grāmatvedība", et: "Raamatupidamine", cs: "Účtárna", fa: "حسابداری" }, title: { en: "Company details from the corporate profile on every invoice", lv: "Uzņēmuma rekvizīti no korporatīvā profila katrā rēķinā", et: "Ettevõtte andmed korporatiivprofiilist igale arvele", cs: "Údaje firmy z firemního profilu na každé faktuře", fa: "درج خودکار مشخصات شرکت از پروفایل سازمانی در هر صورت‌حساب" } },
      ],
    },
    {
      key: "metrics",
      type: "metrics",
      name: { en: "Metrics", lv: "Rādītāji", et: "Mõõdikud", cs: "Metriky", fa: "شاخص‌ها" },
      metrics: {
        before: [{ name: { en: "Guests checking in online", lv: "Viesi, kas reģistrējas tiešsaistē", et: "Veebis registreeruvad külalised", cs: "Hosté s online check-inem", fa: "مهمانانی که آنلاین پذیرش می‌شوند" }, value: 27, target: 60, unit: "%" }],
        stay: [{ name: { en: "Rooms ready before 23:00", lv: "Numuri gatavi līdz 23:00", et: "Kella 23ks valmis toad", cs: "Pokoje připravené do 23:00", fa: "اتاق‌های آماده پیش از ساعت ۲۳" }, value: 96, target: 100, unit: "%" }],
        departure: [{ name: { en: "Invoices correct first time", lv: "Rēķini pareizi jau pirmajā reizē", et: "Esimesel korral õiged arved", cs: "Faktury správně napoprvé", fa: "صورت‌حساب‌های درست در نخستین صدور" }, value: 86, target: 98, unit: "%" }],
      },
    },
  ],
  flows: [
    {
      from: "pre-arrival",
      to: "room-night",
      kind: "branch",
      share: 0.27,
      label: { en: "Checked in online: goes straight to the room with a mobile key", lv: "Reģistrējies tiešsaistē: ar mobilo atslēgu dodas uzreiz uz numuru", et: "Veebis registreerunud: läheb mobiilivõtmega otse tuppa", cs: "S online check-inem: jde s mobilním klíčem rovnou na pokoj", fa: "پذیرش آنلاین شده: با کلید موبایلی مستقیم به اتاق می‌رود" },
    },
    {
      from: "check-out",
      to: "book-room",
      kind: "reentry",
      label: { en: "Books again for the next regional visit", lv: "Rezervē atkal nākamajam reģionālajam braucienam", et: "Broneerib uuesti järgmiseks piirkonnavisiidiks", cs: "Zarezervuje znovu na další regionální cestu", fa: "برای سفر منطقه‌ای بعدی دوباره رزرو می‌کند" },
    },
  ],
};
