import type { TemplateInput } from "../template-schema";
import { RESEARCH } from "./research-sources";

/** A couple buys a family car: online research, the dealership, finance and handover. */
export const carPurchase: TemplateInput = {
  id: "car-purchase",
  kind: "currentState",
  tags: ["automotive", "dealership", "finance", "handover"],
  name: { en: "Car purchase", lv: "Automašīnas pirkšana", et: "Auto ostmine", cs: "Nákup auta", fa: "خرید خودرو" },
  description: {
    en: "A couple replaces the family car: research online, test drive, negotiate, finance, collect and first service.",
    lv: "Pāris maina ģimenes auto: izpēte internetā, izmēģinājuma brauciens, cenas sarunas, finansējums, saņemšana un pirmā apkope.",
    et: "Paar vahetab pereauto: uurimine veebis, proovisõit, hinnaläbirääkimine, finantseerimine, kättesaamine ja esimene hooldus.",
    cs: "Pár mění rodinné auto: průzkum online, zkušební jízda, vyjednávání, financování, předání a první servis.",
    fa: "زوجی خودروی خانواده را عوض می‌کنند: جست‌وجوی آنلاین، رانندگی آزمایشی، چانه‌زنی، تأمین مالی، تحویل و نخستین سرویس.",
  },
  industry: { en: "Automotive retail", lv: "Auto tirdzniecība", et: "Autokaubandus", cs: "Prodej automobilů", fa: "فروش خودرو" },
  scope: {
    scenario: {
      en: "A family with two children replaces a ten-year-old estate car with a new hybrid, part-financed.",
      lv: "Ģimene ar diviem bērniem desmit gadus vecu universāli maina pret jaunu hibrīdauto, daļēji ar līzingu.",
      et: "Kahe lapsega pere vahetab kümneaastase universaali uue hübriidauto vastu, osaliselt liisinguga.",
      cs: "Rodina se dvěma dětmi mění deset let staré kombi za nový hybrid, částečně na úvěr.",
      fa: "خانواده‌ای با دو فرزند استیشن ده‌ساله را با یک خودروی هیبریدی نو عوض می‌کند و بخشی از هزینه را وام می‌گیرد.",
    },
    desiredOutcome: {
      en: "One transparent price, a handover that feels like an occasion, and a customer who services here for years.",
      lv: "Viena caurspīdīga cena, svinīga auto nodošana un klients, kurš šeit apkalpo auto gadiem ilgi.",
      et: "Üks läbipaistev hind, pidulik üleandmine ja klient, kes hooldab autot siin aastaid.",
      cs: "Jedna průhledná cena, předání auta jako zážitek a zákazník, který sem jezdí na servis léta.",
      fa: "یک قیمت شفاف، تحویلی که حس یک رویداد را دارد و مشتری‌ای که سال‌ها برای سرویس به همین‌جا می‌آید.",
    },
    kpis: [
      { name: { en: "Test drive to sale", lv: "No izmēģinājuma brauciena līdz pirkumam", et: "Proovisõidust müügini", cs: "Ze zkušební jízdy k prodeji", fa: "تبدیل رانندگی آزمایشی به فروش" }, value: 28, target: 35, unit: "%" },
      { name: { en: "Service retention after year one", lv: "Apkopes klientu noturēšana pēc pirmā gada", et: "Hoolduskliendi hoidmine pärast esimest aastat", cs: "Udržení servisu po prvním roce", fa: "ماندگاری مشتری در سرویس پس از سال اول" }, value: 58, target: 75, unit: "%" },
    ],
  },
  accessibility: {
    title: { en: "Journey map: buying a family car", lv: "Ceļa karte: ģimenes auto pirkšana", et: "Teekonnakaart: pereauto ostmine", cs: "Mapa cesty: nákup rodinného auta", fa: "نقشهٔ سفر: خرید خودروی خانوادگی" },
    description: {
      en: "Four stages, seven steps, two personas. Both enjoy the test drive, the partner's curve drops further during price negotiation, and both peak at the handover.",
      lv: "Četri posmi, septiņi soļi, divas personas. Abiem patīk izmēģinājuma brauciens, partneres līkne cenu sarunās krīt dziļāk, un abiem augstākais punkts ir auto saņemšana.",
      et: "Neli etappi, seitse sammu, kaks persoonat. Mõlemad naudivad proovisõitu, partneri kõver langeb hinnaläbirääkimisel sügavamale ning mõlema tipp on üleandmisel.",
      cs: "Čtyři fáze, sedm kroků, dvě persony. Oba si užijí zkušební jízdu, křivka partnerky při vyjednávání klesne níž a oba vrcholí při předání.",
      fa: "چهار مرحله، هفت گام و دو پرسونا. هر دو از رانندگی آزمایشی لذت می‌برند، منحنی همسر در چانه‌زنی پایین‌تر می‌رود و اوج هر دو در تحویل خودرو است.",
    },
  },
  personas: [
    {
      key: "driver",
      initials: "TH",
      name: { en: "Tom Hughes", lv: "Kārlis Zariņš", et: "Andres Kuusk", cs: "Martin Černý", fa: "امیر حسینی" },
      quote: {
        en: "I've read every review. I just want a fair price without the games.",
        lv: "Esmu izlasījis visas atsauksmes. Gribu godīgu cenu bez spēlītēm.",
        et: "Olen lugenud kõiki arvustusi. Tahan ausat hinda ilma mängudeta.",
        cs: "Přečetl jsem všechny recenze. Chci férovou cenu bez handrkování.",
        fa: "همهٔ نقدها را خوانده‌ام. فقط قیمتی منصفانه می‌خواهم، بدون بازی.",
      },
      age: 44,
      occupation: { en: "Civil engineer", lv: "Būvinženieris", et: "Ehitusinsener", cs: "Stavební inženýr", fa: "مهندس عمران" },
      familyStatus: { en: "Married, two children", lv: "Precējies, divi bērni", et: "Abielus, kaks last", cs: "Ženatý, dvě děti", fa: "متأهل، دو فرزند" },
      location: { en: "Bristol", lv: "Valmiera", et: "Viljandi", cs: "Olomouc", fa: "مشهد" },
      needs: [
        { en: "Real running costs of a hybrid", lv: "Reālās hibrīda uzturēšanas izmaksas", et: "Hübriidi tegelikud ülalpidamiskulud", cs: "Skutečné provozní náklady hybridu", fa: "هزینهٔ واقعی نگهداری خودروی هیبریدی" },
        { en: "A fair trade-in value for the old car", lv: "Godīga vecā auto ieskaites vērtība", et: "Vana auto õiglane vahetushind", cs: "Férová výkupní cena starého auta", fa: "قیمت منصفانه برای خودروی قدیمی در معاوضه" },
      ],
      frustrations: [
        { en: "Prices that only exist after haggling", lv: "Cenas, kas parādās tikai pēc kaulēšanās", et: "Hinnad, mis selguvad alles pärast tingimist", cs: "Ceny, které existují až po smlouvání", fa: "قیمت‌هایی که فقط پس از چانه‌زنی معلوم می‌شوند" },
      ],
      motivations: [
        { en: "Safety and space for the children", lv: "Drošība un vieta bērniem", et: "Turvalisus ja ruum lastele", cs: "Bezpečí a místo pro děti", fa: "ایمنی و جای کافی برای بچه‌ها" },
      ],
      preferredChannels: ["web", "inPerson", "phone"],
      techProficiency: "high",
      asIs: {
        "online-research": { score: 1, evidence: [{ kind: "analytics", text: { en: "Buyers visit the configurator on average 6 times before contacting a dealer.", lv: "Pircēji konfiguratoru vidēji apmeklē 6 reizes, pirms sazinās ar dīleri.", et: "Ostjad külastavad konfiguraatorit keskmiselt 6 korda enne esindusega ühendust võtmist.", cs: "Kupující navštíví konfigurátor v průměru šestkrát, než kontaktují prodejce.", fa: "خریداران پیش از تماس با نمایندگی به‌طور میانگین ۶ بار به پیکربندی‌کنندهٔ خودرو سر می‌زنند." } }] },
        "book-test-drive": { score: 0, evidence: [RESEARCH.postSaleInterviews] },
        "test-drive": { score: 2, evidence: [{ kind: "interview", text: { en: "“The quiet at the traffic lights sold it to us.”", lv: "“Klusums pie luksofora mūs pārliecināja.”", et: "„Vaikus foori taga veenis meid ära.”", cs: "„Přesvědčilo nás to ticho na semaforu.“", fa: "«سکوت خودرو پشت چراغ قرمز ما را قانع کرد.»" } }] },
        negotiate: {
          score: -1,
          evidence: [{ kind: "survey", text: { en: "Negotiation is the lowest-rated step (2.6 of 5).", lv: "Cenu sarunas ir viszemāk novērtētais solis (2,6 no 5).", et: "Läbirääkimine on madalaima hindega samm (2,6 viiest).", cs: "Vyjednávání je nejhůře hodnocený krok (2,6 z 5).", fa: "چانه‌زنی کم‌امتیازترین گام است (۲٫۶ از ۵)." }, source: { en: "Post-sale survey", lv: "Pēcpārdošanas aptauja", et: "Müügijärgne küsitlus", cs: "Dotazník po prodeji", fa: "نظرسنجی پس از فروش" } }],
        },
        finance: { score: -1, evidence: [RESEARCH.postSaleInterviews] },
        "collect-car": { score: 2, evidence: [RESEARCH.postSaleInterviews] },
        "first-service": { score: 0, evidence: [RESEARCH.postSaleInterviews] },
      },
    },
    {
      key: "partner",
      initials: "EH",
      name: { en: "Emma Hughes", lv: "Līga Zariņa", et: "Liis Kuusk", cs: "Lucie Černá", fa: "سارا حسینی" },
      quote: {
        en: "I drive the children every day. I'll decide whether it actually works for us.",
        lv: "Es katru dienu vadāju bērnus. Es izlemšu, vai tas mums tiešām der.",
        et: "Mina sõidutan lapsi iga päev. Mina otsustan, kas see meile tegelikult sobib.",
        cs: "Děti vozím každý den já. Já rozhodnu, jestli nám to opravdu vyhovuje.",
        fa: "من هر روز بچه‌ها را می‌برم و می‌آورم. من تصمیم می‌گیرم که واقعاً به کارمان می‌آید یا نه.",
      },
      age: 42,
      occupation: { en: "Pharmacist", lv: "Farmaceite", et: "Proviisor", cs: "Lékárnice", fa: "داروساز" },
      familyStatus: { en: "Married, two children", lv: "Precējusies, divi bērni", et: "Abielus, kaks last", cs: "Vdaná, dvě děti", fa: "متأهل، دو فرزند" },
      needs: [
        { en: "Child seats that fit easily", lv: "Bērnu sēdeklīši, kurus viegli ielikt", et: "Lasteistmed, mis lihtsalt paigale käivad", cs: "Dětské sedačky, které se snadno upevní", fa: "صندلی کودکی که به‌راحتی نصب شود" },
      ],
      frustrations: [
        { en: "Salespeople who only talk to her husband", lv: "Pārdevēji, kas runā tikai ar vīru", et: "Müüjad, kes räägivad ainult abikaasaga", cs: "Prodejci, kteří mluví jen s manželem", fa: "فروشنده‌هایی که فقط با همسرش حرف می‌زنند" },
      ],
      preferredChannels: ["inPerson", "phone"],
      techProficiency: "medium",
      asIs: {
        "online-research": { score: 0, evidence: [RESEARCH.postSaleInterviews] },
        "book-test-drive": { score: 0, evidence: [RESEARCH.postSaleInterviews] },
        "test-drive": { score: 1, evidence: [RESEARCH.postSaleInterviews] },
        negotiate: { score: -2, note: { en: "Ignored in the price conversation", lv: "Cenu sarunā netiek ņemta vērā", et: "Hinnavestluses jäetakse tähelepanuta", cs: "V rozhovoru o ceně ji přehlížejí", fa: "در گفت‌وگوی قیمت نادیده گرفته می‌شود" }, evidence: [{ kind: "quote", text: { en: "“He addressed every number to my husband.”", lv: "“Visus skaitļus viņš teica manam vīram.”", et: "„Ta ütles kõik numbrid mu mehele.”", cs: "„Všechna čísla říkal jen mému muži.“", fa: "«همهٔ عددها را فقط به شوهرم می‌گفت.»" } }] },
        finance: { score: -1, evidence: [RESEARCH.postSaleInterviews] },
        "collect-car": { score: 2, evidence: [RESEARCH.postSaleInterviews] },
        "first-service": { score: 1, evidence: [RESEARCH.postSaleInterviews] },
      },
    },
  ],
  touchpoints: [
    { key: "configurator", name: { en: "Online configurator", lv: "Tiešsaistes konfigurators", et: "Veebikonfiguraator", cs: "Online konfigurátor", fa: "پیکربندی‌کنندهٔ آنلاین" }, channel: "web", ownerTeam: { en: "Brand marketing", lv: "Zīmola mārketings", et: "Brändi turundus", cs: "Marketing značky", fa: "بازاریابی برند" } },
    { key: "review-videos", name: { en: "Review videos", lv: "Apskatu video", et: "Arvustusvideod", cs: "Recenzní videa", fa: "ویدئوهای نقد و بررسی" }, channel: "social" },
    { key: "dealer-call", name: { en: "Dealer sales phone", lv: "Dīlera pārdošanas tālrunis", et: "Esinduse müügitelefon", cs: "Telefon prodejce", fa: "تلفن فروش نمایندگی" }, channel: "phone", ownerTeam: { en: "Dealer sales", lv: "Dīlera pārdošana", et: "Esinduse müük", cs: "Prodej u dealera", fa: "فروش نمایندگی" } },
    { key: "showroom", name: { en: "Showroom and test drive", lv: "Salons un izmēģinājuma brauciens", et: "Esindus ja proovisõit", cs: "Showroom a zkušební jízda", fa: "نمایشگاه و رانندگی آزمایشی" }, channel: "inPerson", ownerTeam: { en: "Dealer sales", lv: "Dīlera pārdošana", et: "Esinduse müük", cs: "Prodej u dealera", fa: "فروش نمایندگی" } },
    { key: "finance-desk", name: { en: "Finance and insurance desk", lv: "Finansējuma un apdrošināšanas galds", et: "Finantseerimise ja kindlustuse laud", cs: "Přepážka financování a pojištění", fa: "میز تأمین مالی و بیمه" }, channel: "inPerson", ownerTeam: { en: "Captive finance", lv: "Ražotāja finansējums", et: "Tootja finantsteenused", cs: "Financování výrobce", fa: "واحد مالی خودروساز" } },
    { key: "service-booking", name: { en: "Service booking app", lv: "Apkopes pieteikšanas lietotne", et: "Hoolduse broneerimise rakendus", cs: "Aplikace pro objednání servisu", fa: "برنامهٔ نوبت‌دهی سرویس" }, channel: "app", ownerTeam: { en: "After-sales", lv: "Pēcpārdošanas serviss", et: "Järelteenindus", cs: "Poprodejní servis", fa: "خدمات پس از فروش" } },
  ],
  stages: [
    {
      key: "research",
      name: { en: "Research", lv: "Izpēte", et: "Uurimine", cs: "Průzkum", fa: "تحقیق" },
      steps: [
        { key: "online-research", name: { en: "Research and configure online", lv: "Izpētīt un konfigurēt internetā", et: "Uuri ja konfigureeri veebis", cs: "Zjistit informace a nakonfigurovat online", fa: "تحقیق و پیکربندی آنلاین" } },
        { key: "book-test-drive", name: { en: "Book a test drive", lv: "Pieteikt izmēģinājuma braucienu", et: "Broneeri proovisõit", cs: "Objednat zkušební jízdu", fa: "رزرو رانندگی آزمایشی" } },
      ],
    },
    {
      key: "dealership",
      name: { en: "At the dealership", lv: "Salonā", et: "Esinduses", cs: "U prodejce", fa: "در نمایندگی" },
      kpis: [{ name: { en: "Quotes accepted", lv: "Pieņemtie piedāvājumi", et: "Vastu võetud pakkumised", cs: "Přijaté nabídky", fa: "پیشنهادهای پذیرفته‌شده" }, value: 31, target: 40, unit: "%" }],
      steps: [
        {
          key: "test-drive",
          name: { en: "Test drive", lv: "Izmēģinājuma brauciens", et: "Proovisõit", cs: "Zkušební jízda", fa: "رانندگی آزمایشی" },
          moment: {
            en: "The family imagines daily life with the car; it is won or lost in these twenty minutes.",
            lv: "Ģimene iztēlojas ikdienu ar šo auto; šajās divdesmit minūtēs viss izšķiras.",
            et: "Pere kujutab ette igapäevaelu selle autoga; need kakskümmend minutit otsustavad kõik.",
            cs: "Rodina si představuje všední den s tímto autem; o všem se rozhodne během těch dvaceti minut.",
            fa: "خانواده زندگی روزمره با این خودرو را تصور می‌کند؛ همه‌چیز در همین بیست دقیقه تعیین می‌شود.",
          },
        },
        { key: "negotiate", name: { en: "Negotiate price and trade-in", lv: "Vienoties par cenu un vecā auto ieskaitu", et: "Lepi kokku hind ja vana auto vahetus", cs: "Vyjednat cenu a výkup starého auta", fa: "چانه‌زنی بر سر قیمت و معاوضه" } },
      ],
    },
    {
      key: "purchase",
      name: { en: "Purchase and handover", lv: "Pirkums un nodošana", et: "Ost ja üleandmine", cs: "Koupě a předání", fa: "خرید و تحویل" },
      steps: [
        { key: "finance", name: { en: "Arrange finance and insurance", lv: "Noformēt līzingu un apdrošināšanu", et: "Vormista liising ja kindlustus", cs: "Vyřídit financování a pojištění", fa: "تنظیم وام و بیمه" } },
        {
          key: "collect-car",
          name: { en: "Collect the new car", lv: "Saņemt jauno auto", et: "Võta uus auto vastu", cs: "Převzít nové auto", fa: "تحویل گرفتن خودروی نو" },
          moment: {
            en: "The emotional peak of the journey; a dirty car or missing paperwork here is remembered for years.",
            lv: "Ceļa emocionālā virsotne; netīrs auto vai trūkstoši dokumenti šeit paliek atmiņā gadiem.",
            et: "Teekonna emotsionaalne tipp; räpane auto või puuduvad paberid jäävad meelde aastateks.",
            cs: "Emocionální vrchol cesty; špinavé auto nebo chybějící doklady se tu pamatují roky.",
            fa: "اوج احساسی سفر؛ خودروی کثیف یا مدارک ناقص در این لحظه سال‌ها در یاد می‌ماند.",
          },
        },
      ],
    },
    {
      key: "ownership",
      name: { en: "Ownership", lv: "Lietošana", et: "Omamine", cs: "Vlastnictví", fa: "مالکیت" },
      kpis: [{ name: { en: "First service booked online", lv: "Pirmā apkope pieteikta tiešsaistē", et: "Esimene hooldus broneeritud veebis", cs: "První servis objednaný online", fa: "نخستین سرویس رزروشده به‌صورت آنلاین" }, value: 35, target: 60, unit: "%" }],
      steps: [{ key: "first-service", name: { en: "First service", lv: "Pirmā apkope", et: "Esimene hooldus", cs: "První servis", fa: "نخستین سرویس" } }],
    },
  ],
  lanes: [
    {
      key: "actions",
      type: "actions",
      name: { en: "Actions", lv: "Darbības", et: "Tegevused", cs: "Činnosti", fa: "اقدام‌ها" },
      text: {
        "online-research": { en: "Watches reviews, builds three versions in the configurator", lv: "Skatās apskatus, konfiguratorā saliek trīs versijas", et: "Vaatab arvustusi, paneb konfiguraatoris kokku kolm versiooni", cs: "Sleduje recenze, v konfigurátoru sestaví tři verze", fa: "نقدها را تماشا می‌کند و سه نسخه در پیکربندی‌کننده می‌سازد" },
        "book-test-drive": { en: "Fills in a form, gets a call back the next day", lv: "Aizpilda veidlapu, nākamajā dienā viņam atzvana", et: "Täidab vormi, järgmisel päeval helistatakse tagasi", cs: "Vyplní formulář, druhý den mu zavolají", fa: "فرمی پر می‌کند و روز بعد با او تماس می‌گیرند" },
        "test-drive": { en: "Drives the school route, fits both child seats", lv: "Izbrauc skolas maršrutu, ieliek abus bērnu sēdeklīšus", et: "Sõidab koolitee läbi, paigaldab mõlemad lasteistmed", cs: "Projede cestu do školy, vyzkouší obě dětské sedačky", fa: "مسیر مدرسه را می‌راند و هر دو صندلی کودک را نصب می‌کند" },
        negotiate: { en: "Asks for the trade-in value, waits while the seller “checks with the manager”", lv: "Jautā par ieskaites vērtību, gaida, kamēr pārdevējs “konsultējas ar vadītāju”", et: "Küsib vahetushinda, ootab, kuni müüja „küsib juhatajalt”", cs: "Ptá se na výkupní cenu a čeká, až se prodejce „poradí s vedoucím“", fa: "قیمت معاوضه را می‌پرسد و منتظر می‌ماند تا فروشنده «با مدیر مشورت کند»" },
        finance: { en: "Compares the dealer's loan with the bank's, signs", lv: "Salīdzina dīlera un bankas līzingu, paraksta", et: "Võrdleb esinduse ja panga liisingut, allkirjastab", cs: "Porovná úvěr prodejce s bankou a podepíše", fa: "وام نمایندگی را با وام بانک مقایسه و امضا می‌کند" },
        "collect-car": { en: "Gets a walk-through of the car, photographs the family with it", lv: "Iepazīstas ar auto funkcijām, nofotografē ģimeni pie tā", et: "Saab auto tutvustuse, pildistab perega auto juures", cs: "Dostane prohlídku auta a vyfotí s ním rodinu", fa: "با امکانات خودرو آشنا می‌شود و از خانواده کنار آن عکس می‌گیرد" },
        "first-service": { en: "Books in the app, waits in the lounge", lv: "Piesakās lietotnē, gaida atpūtas zonā", et: "Broneerib rakenduses, ootab ootesaalis", cs: "Objedná se v aplikaci a čeká v salonku", fa: "در برنامه نوبت می‌گیرد و در سالن انتظار می‌ماند" },
      },
    },
    {
      key: "thoughts",
      type: "thoughts",
      name: { en: "Thoughts", lv: "Domas", et: "Mõtted", cs: "Myšlenky", fa: "افکار" },
      text: {
        "online-research": { en: "“Is the hybrid worth the extra money?”", lv: "“Vai hibrīds ir papildu naudas vērts?”", et: "„Kas hübriid on lisaraha väärt?”", cs: "„Stojí hybrid za ty peníze navíc?“", fa: "«آیا هیبریدی ارزش پول بیشتر را دارد؟»" },
        "book-test-drive": { en: "“Hopefully they won't pressure us.”", lv: "“Cerams, ka mūs nespiedīs.”", et: "„Loodetavasti nad ei avalda survet.”", cs: "„Snad na nás nebudou tlačit.“", fa: "«امیدوارم تحت فشارمان نگذارند.»" },
        "test-drive": { en: "“The boot is bigger than it looks.”", lv: "“Bagāžnieks ir lielāks, nekā izskatās.”", et: "„Pagasiruum on suurem, kui paistab.”", cs: "„Kufr je větší, než vypadá.“", fa: "«صندوق عقب بزرگ‌تر از آن است که به نظر می‌رسد.»" },
        negotiate: { en: "“Why is there always a second price?”", lv: "“Kāpēc vienmēr ir otra cena?”", et: "„Miks on alati teine hind?”", cs: "„Proč je vždycky nějaká druhá cena?“", fa: "«چرا همیشه یک قیمت دوم وجود دارد؟»" },
        finance: { en: "“What am I actually paying in total?”", lv: "“Cik es kopumā patiesībā maksāju?”", et: "„Kui palju ma kokku tegelikult maksan?”", cs: "„Kolik celkem doopravdy zaplatím?“", fa: "«در مجموع واقعاً چقدر می‌پردازم؟»" },
        "collect-car": { en: "“The kids love it. This was the right choice.”", lv: "“Bērni ir sajūsmā. Izvēle bija pareiza.”", et: "„Lapsed on vaimustuses. See oli õige valik.”", cs: "„Děti jsou nadšené. Byla to správná volba.“", fa: "«بچه‌ها عاشقش شده‌اند. انتخاب درستی بود.»" },
        "first-service": { en: "“Will they remember me, or am I just a number now?”", lv: "“Vai mani atcerēsies, vai tagad esmu tikai numurs?”", et: "„Kas mind mäletatakse või olen nüüd lihtsalt number?”", cs: "„Budou si mě pamatovat, nebo jsem teď jen číslo?“", fa: "«مرا به یاد می‌آورند یا حالا فقط یک شماره‌ام؟»" },
      },
    },
    { key: "emotions", type: "emotions", name: { en: "Emotions", lv: "Emocijas", et: "Emotsioonid", cs: "Emoce", fa: "احساسات" } },
    {
      key: "touchpoints",
      type: "touchpoints",
      name: { en: "Touchpoints", lv: "Saskarsmes punkti", et: "Kokkupuutepunktid", cs: "Kontaktní body", fa: "نقاط تماس" },
      touchpoints: {
        "online-research": ["configurator", "review-videos"],
        "book-test-drive": ["configurator", "dealer-call"],
        "test-drive": ["showroom"],
        negotiate: ["showroom"],
        finance: ["finance-desk"],
        "collect-car": ["showroom"],
        "first-service": ["service-booking"],
      },
    },
    {
      key: "pain-points",
      type: "painPoints",
      name: { en: "Pain points", lv: "Sāpju punkti", et: "Valupunktid", cs: "Problémová místa", fa: "نقاط درد" },
      cards: [
        { at: "negotiate", severity: 5, title: { en: "Opaque pricing and long waits for “the manager”", lv: "Necaurspīdīgas cenas un ilga gaidīšana uz “vadītāju”", et: "Läbipaistmatu hinnastus ja pikk ootamine „juhataja” järele", cs: "Neprůhledné ceny a dlouhé čekání na „vedoucího“", fa: "قیمت‌گذاری مبهم و انتظار طولانی برای «مدیر»" } },
        { at: "finance", severity: 3, title: { en: "Add-ons bundled into the loan", lv: "Papildpakalpojumi iekļauti līzingā", et: "Lisateenused on liisingusse sisse pandud", cs: "Doplňky přibalené do úvěru", fa: "خدمات اضافی در وام گنجانده شده‌اند" } },
        { at: "collect-car", severity: 2, title: { en: "Handover squeezed into a busy Saturday", lv: "Nodošana saspiesta noslogotā sestdienā", et: "Üleandmine surutud tiheda laupäeva sisse", cs: "Předání vtěsnané do rušné soboty", fa: "تحویل در یک شنبهٔ شلوغ با عجله انجام می‌شود" } },
      ],
    },
    {
      key: "opportunities",
      type: "opportunities",
      name: { en: "Opportunities", lv: "Iespējas", et: "Võimalused", cs: "Příležitosti", fa: "فرصت‌ها" },
      cards: [
        { at: "negotiate", impact: 5, effort: 4, status: "open", owner: { en: "Dealer sales", lv: "Dīlera pārdošana", et: "Esinduse müük", cs: "Prodej u dealera", fa: "فروش نمایندگی" }, title: { en: "One-price offer with an instant trade-in valuation", lv: "Vienas cenas piedāvājums ar tūlītēju ieskaites novērtējumu", et: "Ühe hinna pakkumine kohese vahetushinnanguga", cs: "Nabídka s jednou cenou a okamžitým oceněním výkupu", fa: "پیشنهاد تک‌قیمتی با ارزیابی فوری خودروی معاوضه" } },
        { at: "test-drive", impact: 3, effort: 1, status: "done", owner: { en: "Dealer sales", lv: "Dīlera pārdošana", et: "Esinduse müük", cs: "Prodej u dealera", fa: "فروش نمایندگی" }, title: { en: "Speak to everyone in the car, not only the driver", lv: "Runāt ar visiem, kas sēž auto, ne tikai ar vadītāju", et: "Räägi kõigiga autos, mitte ainult juhiga", cs: "Mluvit se všemi v autě, ne jen s řidičem", fa: "گفت‌وگو با همهٔ سرنشینان، نه فقط راننده" } },
        { at: "collect-car", impact: 4, effort: 2, status: "planned", owner: { en: "After-sales", lv: "Pēcpārdošanas serviss", et: "Järelteenindus", cs: "Poprodejní servis", fa: "خدمات پس از فروش" }, title: { en: "A booked, unhurried handover hour", lv: "Rezervēta, nesteidzīga nodošanas stunda", et: "Broneeritud rahulik üleandmistund", cs: "Rezervovaná hodina na klidné předání", fa: "یک ساعت رزروشده و بی‌عجله برای تحویل" } },
      ],
    },
    {
      key: "metrics",
      type: "metrics",
      name: { en: "Metrics", lv: "Rādītāji", et: "Mõõdikud", cs: "Metriky", fa: "شاخص‌ها" },
      metrics: {
        research: [{ name: { en: "Configurations leading to a test drive", lv: "Konfigurācijas, kas noved pie izmēģinājuma brauciena", et: "Proovisõiduni viinud konfiguratsioonid", cs: "Konfigurace vedoucí ke zkušební jízdě", fa: "پیکربندی‌هایی که به رانندگی آزمایشی می‌رسند" }, value: 4, target: 6, unit: "%" }],
        dealership: [{ name: { en: "Time from arrival to offer", lv: "Laiks no ierašanās līdz piedāvājumam", et: "Aeg saabumisest pakkumiseni", cs: "Čas od příchodu k nabídce", fa: "زمان از ورود تا دریافت پیشنهاد" }, value: 95, target: 45, unit: "min" }],
        purchase: [{ name: { en: "Handover satisfaction", lv: "Apmierinātība ar nodošanu", et: "Rahulolu üleandmisega", cs: "Spokojenost s předáním", fa: "رضایت از تحویل" }, value: 4.1, target: 4.7 }],
      },
    },
  ],
  flows: [
    {
      from: "negotiate",
      to: "online-research",
      kind: "loop",
      share: 0.4,
      label: { en: "Takes the quote home to compare with other dealers", lv: "Paņem piedāvājumu līdzi, lai salīdzinātu ar citiem dīleriem", et: "Viib pakkumise koju teiste esindustega võrdlemiseks", cs: "Odnese si nabídku domů a srovná ji s jinými prodejci", fa: "پیشنهاد را برای مقایسه با نمایندگی‌های دیگر به خانه می‌برد" },
    },
    {
      from: "online-research",
      to: "finance",
      kind: "branch",
      share: 0.1,
      label: { en: "Orders online without a test drive", lv: "Pasūta tiešsaistē bez izmēģinājuma brauciena", et: "Tellib veebis ilma proovisõiduta", cs: "Objedná online bez zkušební jízdy", fa: "بدون رانندگی آزمایشی آنلاین سفارش می‌دهد" },
    },
  ],
};
