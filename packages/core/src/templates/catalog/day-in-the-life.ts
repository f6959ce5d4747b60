import type { TemplateInput } from "../template-schema";
import { RESEARCH } from "./research-sources";

/**
 * Everything a customer does in a day, with or without the brand, so its few appearances are
 * seen in context. The example is a nurse's weekday and the city's public transport.
 */
export const dayInTheLife: TemplateInput = {
  id: "day-in-the-life",
  kind: "dayInTheLife",
  tags: ["day-in-the-life", "context", "public-transport"],
  name: { en: "Day in the life", lv: "Diena klienta dzīvē", et: "Päev kliendi elus", cs: "Den v životě zákazníka", fa: "یک روز از زندگی مشتری" },
  description: {
    en: "A whole day of one customer, including the hours the brand plays no part in, to find where it can help.",
    lv: "Visa viena klienta diena, arī stundas, kurās zīmolam nav nekādas lomas, lai atrastu, kur tas var palīdzēt.",
    et: "Ühe kliendi terve päev, ka tunnid, milles brändil pole mingit rolli, et leida, kus see saab aidata.",
    cs: "Celý den jednoho zákazníka, včetně hodin, kdy značka nehraje žádnou roli, aby bylo vidět, kde může pomoci.",
    fa: "یک روز کامل از زندگی مشتری، حتی ساعت‌هایی که برند در آن نقشی ندارد، برای یافتن جاهایی که می‌تواند کمک کند.",
  },
  scope: {
    scenario: {
      en: "Example: a hospital nurse with two children on a weekday, travelling by tram and bus.",
      lv: "Piemērs: slimnīcas medmāsa ar diviem bērniem darbadienā, pārvietojas ar tramvaju un autobusu.",
      et: "Näide: kahe lapsega haiglaõde tööpäeval, sõidab trammi ja bussiga.",
      cs: "Příklad: zdravotní sestra se dvěma dětmi ve všední den, jezdí tramvají a autobusem.",
      fa: "نمونه: پرستار بیمارستان با دو فرزند در یک روز کاری که با تراموا و اتوبوس رفت‌وآمد می‌کند.",
    },
    desiredOutcome: {
      en: "Understand the day well enough that the transport service fits into it rather than adding stress.",
      lv: "Izprast dienu tik labi, lai transporta pakalpojums tajā iekļautos, nevis radītu stresu.",
      et: "Mõista päeva nii hästi, et ühistransport sobituks sellesse, mitte ei lisaks stressi.",
      cs: "Pochopit den natolik, aby do něj doprava zapadla a nepřidávala stres.",
      fa: "شناخت کافی از روز تا خدمات حمل‌ونقل در آن جا بیفتد، نه اینکه استرس بیفزاید.",
    },
    kpis: [
      { name: { en: "Trips with a reliable connection", lv: "Braucieni ar uzticamu pārsēšanos", et: "Usaldusväärse ümberistumisega sõidud", cs: "Cesty se spolehlivým přestupem", fa: "سفرهای با اتصال مطمئن" }, value: 72, target: 90, unit: "%" },
      { name: { en: "Satisfaction with the daily commute", lv: "Apmierinātība ar ikdienas braucienu", et: "Rahulolu igapäevase sõiduga", cs: "Spokojenost s každodenním dojížděním", fa: "رضایت از رفت‌وآمد روزانه" }, value: 3.2, target: 4 },
    ],
  },
  accessibility: {
    title: { en: "Day-in-the-life map: a nurse's weekday", lv: "Dienas karte: medmāsas darbadiena", et: "Päevakaart: õe tööpäev", cs: "Mapa dne: všední den zdravotní sestry", fa: "نقشهٔ یک روز: روز کاری یک پرستار" },
    description: {
      en: "Three parts of the day, seven steps from 6 a.m. to 10 p.m. The mood is lowest on the morning tram when a delay threatens the shift start and highest at dinner with the family.",
      lv: "Trīs dienas daļas, septiņi soļi no 6 rītā līdz 22 vakarā. Noskaņojums ir viszemākais rīta tramvajā, kad kavēšanās apdraud maiņas sākumu, un visaugstākais vakariņās ar ģimeni.",
      et: "Kolm päevaosa, seitse sammu kella 6st hommikul kella 22ni õhtul. Meeleolu on madalaim hommikuses trammis, kui hilinemine ohustab vahetuse algust, ja kõrgeim õhtusöögil perega.",
      cs: "Tři části dne, sedm kroků od 6 ráno do 22 hodin. Nálada je nejnižší v ranní tramvaji, kdy zpoždění ohrožuje začátek směny, a nejvyšší u večeře s rodinou.",
      fa: "سه بخش از روز و هفت گام از ساعت ۶ صبح تا ۱۰ شب. حال او در تراموای صبح، وقتی تأخیر شروع شیفت را تهدید می‌کند، در پایین‌ترین حد و هنگام شام با خانواده در بالاترین حد است.",
    },
  },
  personas: [
    {
      key: "nurse",
      initials: "NH",
      name: { en: "Nadia Hussain", lv: "Laura Kalēja", et: "Kristiina Org", cs: "Lenka Němcová", fa: "مینا اکبری" },
      quote: {
        en: "My day is planned to the minute. One late tram and everything slides.",
        lv: "Mana diena ir saplānota līdz minūtei. Viens nokavēts tramvajs, un viss sabrūk.",
        et: "Mu päev on minutipealt planeeritud. Üks hilinenud tramm ja kõik nihkub.",
        cs: "Můj den je naplánovaný na minutu. Jedna zpožděná tramvaj a všechno se posune.",
        fa: "روزم دقیقه‌به‌دقیقه برنامه‌ریزی شده. یک تراموای دیرکرده و همه‌چیز به هم می‌ریزد.",
      },
      age: 39,
      occupation: { en: "Intensive-care nurse", lv: "Intensīvās terapijas medmāsa", et: "Intensiivravi õde", cs: "Sestra na JIP", fa: "پرستار بخش مراقبت‌های ویژه" },
      familyStatus: { en: "Married, two children (6 and 10)", lv: "Precējusies, divi bērni (6 un 10 gadi)", et: "Abielus, kaks last (6 ja 10)", cs: "Vdaná, dvě děti (6 a 10 let)", fa: "متأهل، دو فرزند (۶ و ۱۰ ساله)" },
      location: { en: "Sheffield", lv: "Rīga", et: "Tallinn", cs: "Brno", fa: "تهران" },
      needs: [
        { en: "Know about delays before leaving home", lv: "Uzzināt par kavējumiem pirms iziešanas no mājām", et: "Teada hilinemistest enne kodust lahkumist", cs: "Dozvědět se o zpoždění dřív, než vyjde z domu", fa: "باخبر شدن از تأخیر پیش از بیرون رفتن از خانه" },
        { en: "A seat after a twelve-hour shift", lv: "Sēdvieta pēc divpadsmit stundu maiņas", et: "Istekoht pärast kaheteisttunnist vahetust", cs: "Místo k sezení po dvanáctihodinové směně", fa: "یک صندلی پس از شیفت دوازده‌ساعته" },
      ],
      frustrations: [
        { en: "Apps that say “on time” while the tram is late", lv: "Lietotnes, kas rāda “laikā”, kad tramvajs kavējas", et: "Rakendused, mis näitavad „õigel ajal”, kui tramm hilineb", cs: "Aplikace, které ukazují „včas“, když tramvaj mešká", fa: "برنامه‌هایی که «به‌موقع» نشان می‌دهند وقتی تراموا تأخیر دارد" },
      ],
      motivations: [
        { en: "Time with her children in the evening", lv: "Laiks ar bērniem vakarā", et: "Aeg lastega õhtul", cs: "Čas s dětmi večer", fa: "وقت گذراندن با بچه‌ها در عصر" },
      ],
      behaviours: [
        { en: "Checks the transport app while brushing her teeth", lv: "Pārbauda transporta lietotni, tīrot zobus", et: "Vaatab ühistranspordi rakendust hambaid pestes", cs: "Kontroluje dopravní aplikaci při čištění zubů", fa: "هنگام مسواک زدن برنامهٔ حمل‌ونقل را چک می‌کند" },
      ],
      preferredChannels: ["app", "social"],
      techProficiency: "medium",
      asIs: {
        "wake-up": { score: 0, evidence: [RESEARCH.diaryStudy] },
        "school-run": { score: 1, evidence: [RESEARCH.diaryStudy] },
        "morning-commute": {
          score: -2,
          note: { en: "Tram 12 minutes late, app still shows it on time", lv: "Tramvajs kavē 12 minūtes, lietotne joprojām rāda, ka laikā", et: "Tramm hilineb 12 minutit, rakendus näitab ikka õiget aega", cs: "Tramvaj má 12 minut zpoždění, aplikace ukazuje, že jede včas", fa: "تراموا ۱۲ دقیقه تأخیر دارد و برنامه هنوز آن را به‌موقع نشان می‌دهد" },
          evidence: [{ kind: "analytics", text: { en: "Real-time data missing for 18% of morning tram trips.", lv: "Reāllaika dati trūkst 18 % rīta tramvaja reisu.", et: "Reaalajaandmed puuduvad 18% hommikustest trammireisidest.", cs: "U 18 % ranních spojů tramvají chybí data v reálném čase.", fa: "داده‌های لحظه‌ای برای ۱۸٪ سفرهای صبحگاهی تراموا وجود ندارد." } }],
        },
        shift: { score: -1, evidence: [{ kind: "interview", text: { en: "“At work I don't think about anything else — there's no time.”", lv: "“Darbā es nedomāju ne par ko citu — nav laika.”", et: "„Tööl ma millegi muu peale ei mõtle — aega pole.”", cs: "„V práci nemyslím na nic jiného — není čas.“", fa: "«سر کار به چیز دیگری فکر نمی‌کنم — وقتش نیست.»" } }] },
        "evening-commute": { score: -1, evidence: [{ kind: "survey", text: { en: "Evening riders rate crowding 2.4 of 5.", lv: "Vakara pasažieri pārpildītību vērtē ar 2,4 no 5.", et: "Õhtused sõitjad hindavad rahvarohkust 2,4 palliga viiest.", cs: "Večerní cestující hodnotí přeplněnost 2,4 z 5.", fa: "مسافران عصر شلوغی را ۲٫۴ از ۵ ارزیابی می‌کنند." } }] },
        "family-dinner": { score: 2, evidence: [RESEARCH.diaryStudy] },
        "plan-tomorrow": { score: 0, evidence: [RESEARCH.diaryStudy] },
      },
    },
  ],
  touchpoints: [
    { key: "journey-app", name: { en: "Journey planner app", lv: "Maršruta plānotāja lietotne", et: "Teekonnaplaneerija rakendus", cs: "Aplikace vyhledávání spojení", fa: "برنامهٔ مسیریابی سفر" }, channel: "app", ownerTeam: { en: "Digital services", lv: "Digitālie pakalpojumi", et: "Digiteenused", cs: "Digitální služby", fa: "خدمات دیجیتال" } },
    { key: "tram-stop", name: { en: "Tram stop display", lv: "Tramvaja pieturas tablo", et: "Trammipeatuse tabloo", cs: "Displej na zastávce", fa: "نمایشگر ایستگاه تراموا" }, channel: "inPerson", ownerTeam: { en: "Operations", lv: "Satiksmes vadība", et: "Liikluskorraldus", cs: "Provoz", fa: "بهره‌برداری" } },
    { key: "tram", name: { en: "Tram and driver announcements", lv: "Tramvajs un vadītāja paziņojumi", et: "Tramm ja juhi teadaanded", cs: "Tramvaj a hlášení řidiče", fa: "تراموا و اعلان‌های راننده" }, channel: "inPerson", ownerTeam: { en: "Operations", lv: "Satiksmes vadība", et: "Liikluskorraldus", cs: "Provoz", fa: "بهره‌برداری" } },
    { key: "social-updates", name: { en: "Service updates on social media", lv: "Satiksmes jaunumi sociālajos tīklos", et: "Liiklusteated sotsiaalmeedias", cs: "Informace o provozu na sociálních sítích", fa: "اطلاع‌رسانی خدمات در شبکه‌های اجتماعی" }, channel: "social", ownerTeam: { en: "Communications", lv: "Komunikācija", et: "Kommunikatsioon", cs: "Komunikace", fa: "ارتباطات" } },
    { key: "travel-card", name: { en: "Travel card top-up", lv: "Braukšanas kartes papildināšana", et: "Sõidukaardi laadimine", cs: "Dobití jízdenkové karty", fa: "شارژ کارت بلیت" }, channel: "web", ownerTeam: { en: "Ticketing", lv: "Biļešu sistēma", et: "Piletisüsteem", cs: "Odbavovací systém", fa: "سامانهٔ بلیت" } },
  ],
  stages: [
    {
      key: "morning",
      name: { en: "Morning", lv: "Rīts", et: "Hommik", cs: "Ráno", fa: "صبح" },
      customerGoal: { en: "Get the children to school and be on the ward by 7:45", lv: "Aizvest bērnus uz skolu un būt nodaļā līdz 7:45", et: "Viia lapsed kooli ja olla osakonnas kella 7.45-ks", cs: "Odvést děti do školy a být na oddělení do 7:45", fa: "رساندن بچه‌ها به مدرسه و حضور در بخش تا ساعت ۷:۴۵" },
      kpis: [{ name: { en: "Morning trams on time", lv: "Rīta tramvaji laikā", et: "Hommikused trammid õigel ajal", cs: "Ranní tramvaje včas", fa: "ترامواهای صبح به‌موقع" }, value: 81, target: 95, unit: "%" }],
      steps: [
        { key: "wake-up", name: { en: "6:00 Wake up and get ready", lv: "6:00 Pamosties un sagatavoties", et: "6.00 Ärka ja valmistu", cs: "6:00 Vstát a připravit se", fa: "۶:۰۰ بیدار شدن و آماده شدن" } },
        { key: "school-run", name: { en: "6:50 Walk the children to school", lv: "6:50 Aizvest bērnus uz skolu", et: "6.50 Saada lapsed kooli", cs: "6:50 Odvést děti do školy", fa: "۶:۵۰ بردن بچه‌ها به مدرسه" } },
        {
          key: "morning-commute",
          name: { en: "7:10 Tram to the hospital", lv: "7:10 Tramvajs uz slimnīcu", et: "7.10 Trammiga haiglasse", cs: "7:10 Tramvají do nemocnice", fa: "۷:۱۰ تراموا تا بیمارستان" },
          moment: {
            en: "The one moment each day when the transport company decides whether she starts her shift calm or already behind.",
            lv: "Vienīgais brīdis dienā, kad transporta uzņēmums izšķir, vai viņa sāks maiņu mierīga vai jau atpalikusi.",
            et: "Päeva ainus hetk, mil transpordiettevõte otsustab, kas ta alustab vahetust rahulikult või juba hiljaks jäänuna.",
            cs: "Jediná chvíle dne, kdy dopravce rozhoduje, jestli začne směnu v klidu, nebo už ve skluzu.",
            fa: "تنها لحظهٔ روز که شرکت حمل‌ونقل تعیین می‌کند او شیفت را با آرامش آغاز کند یا با عقب‌افتادگی.",
          },
        },
      ],
    },
    {
      key: "day",
      name: { en: "At work", lv: "Darbā", et: "Tööl", cs: "V práci", fa: "سر کار" },
      steps: [{ key: "shift", name: { en: "7:45 Twelve-hour shift", lv: "7:45 Divpadsmit stundu maiņa", et: "7.45 Kaheteisttunnine vahetus", cs: "7:45 Dvanáctihodinová směna", fa: "۷:۴۵ شیفت دوازده‌ساعته" } }],
    },
    {
      key: "evening",
      name: { en: "Evening", lv: "Vakars", et: "Õhtu", cs: "Večer", fa: "عصر و شب" },
      kpis: [{ name: { en: "Evening buses with a free seat", lv: "Vakara autobusi ar brīvu sēdvietu", et: "Vaba istekohaga õhtused bussid", cs: "Večerní autobusy s volným místem", fa: "اتوبوس‌های عصر با صندلی خالی" }, value: 44, target: 70, unit: "%" }],
      steps: [
        { key: "evening-commute", name: { en: "20:00 Bus home", lv: "20:00 Autobuss uz mājām", et: "20.00 Bussiga koju", cs: "20:00 Autobusem domů", fa: "۲۰:۰۰ اتوبوس تا خانه" } },
        { key: "family-dinner", name: { en: "20:40 Late dinner with the family", lv: "20:40 Vēlas vakariņas ar ģimeni", et: "20.40 Hiline õhtusöök perega", cs: "20:40 Pozdní večeře s rodinou", fa: "۲۰:۴۰ شام دیرهنگام با خانواده" } },
        { key: "plan-tomorrow", name: { en: "22:00 Plan tomorrow", lv: "22:00 Plānot rītdienu", et: "22.00 Planeeri homset", cs: "22:00 Naplánovat zítřek", fa: "۲۲:۰۰ برنامه‌ریزی فردا" } },
      ],
    },
  ],
  lanes: [
    {
      key: "actions",
      type: "actions",
      name: { en: "What she does", lv: "Ko viņa dara", et: "Mida ta teeb", cs: "Co dělá", fa: "چه می‌کند" },
      text: {
        "wake-up": { en: "Makes breakfast, checks the journey app for delays", lv: "Gatavo brokastis, lietotnē pārbauda kavējumus", et: "Teeb hommikusööki, vaatab rakendusest hilinemisi", cs: "Chystá snídani, v aplikaci kontroluje zpoždění", fa: "صبحانه آماده می‌کند و تأخیرها را در برنامه بررسی می‌کند" },
        "school-run": { en: "Walks both children to school, chats with other parents", lv: "Aizved abus bērnus uz skolu, parunājas ar citiem vecākiem", et: "Viib mõlemad lapsed kooli, vestleb teiste vanematega", cs: "Odvede obě děti do školy, prohodí pár slov s rodiči", fa: "هر دو بچه را پیاده به مدرسه می‌برد و با والدین دیگر گپ می‌زند" },
        "morning-commute": { en: "Waits at the stop, watches the display count up instead of down", lv: "Gaida pieturā, vēro, kā tablo laiks pieaug, nevis samazinās", et: "Ootab peatuses, vaatab, kuidas tabloo aeg kasvab, mitte ei kahane", cs: "Čeká na zastávce a sleduje, jak čas na displeji roste místo klesá", fa: "در ایستگاه منتظر می‌ماند و می‌بیند زمان روی نمایشگر به‌جای کم شدن زیاد می‌شود" },
        shift: { en: "Cares for four patients; no time to check her phone", lv: "Aprūpē četrus pacientus; nav laika paskatīties telefonā", et: "Hoolitseb nelja patsiendi eest; telefoni vaadata pole aega", cs: "Stará se o čtyři pacienty; na telefon nemá čas", fa: "از چهار بیمار مراقبت می‌کند و فرصت نگاه به گوشی ندارد" },
        "evening-commute": { en: "Stands on a crowded bus, tops up the travel card in the app", lv: "Stāv pārpildītā autobusā, lietotnē papildina braukšanas karti", et: "Seisab rahvarohkes bussis, laeb rakenduses sõidukaarti", cs: "Stojí v plném autobuse a v aplikaci si dobíjí kartu", fa: "در اتوبوس شلوغ ایستاده و کارت بلیت را در برنامه شارژ می‌کند" },
        "family-dinner": { en: "Eats with the family, hears about the school day", lv: "Vakariņo ar ģimeni, klausās stāstus par skolas dienu", et: "Sööb perega, kuulab koolipäevast", cs: "Večeří s rodinou a poslouchá, jak bylo ve škole", fa: "با خانواده شام می‌خورد و از روز مدرسه می‌شنود" },
        "plan-tomorrow": { en: "Checks tomorrow's weather and planned tram works", lv: "Pārbauda rītdienas laikapstākļus un plānotos tramvaja līnijas darbus", et: "Vaatab homset ilma ja kavandatud trammiteede töid", cs: "Zkontroluje zítřejší počasí a plánované výluky", fa: "هوای فردا و تعمیرات برنامه‌ریزی‌شدهٔ خط تراموا را بررسی می‌کند" },
      },
    },
    {
      key: "thoughts",
      type: "thoughts",
      name: { en: "Thoughts", lv: "Domas", et: "Mõtted", cs: "Myšlenky", fa: "افکار" },
      text: {
        "wake-up": { en: "“Please let the tram be on time today.”", lv: "“Kaut tramvajs šodien būtu laikā.”", et: "„Olgu tramm täna õigel ajal.”", cs: "„Ať dneska ta tramvaj jede včas.“", fa: "«کاش امروز تراموا به‌موقع باشد.»" },
        "morning-commute": { en: "“Do I run for the bus instead? I can't be late for handover.”", lv: "“Varbūt skriet uz autobusu? Nedrīkstu nokavēt maiņas nodošanu.”", et: "„Kas joosta hoopis bussile? Vahetuse üleandmisele ei tohi hiljaks jääda.”", cs: "„Mám radši běžet na autobus? Na předávku nesmím přijít pozdě.“", fa: "«به‌جایش بدوم سمت اتوبوس؟ نباید برای تحویل شیفت دیر کنم.»" },
        "evening-commute": { en: "“I just want to sit down.”", lv: "“Es tikai gribu apsēsties.”", et: "„Tahaks lihtsalt istuda.”", cs: "„Chci si jen sednout.“", fa: "«فقط می‌خواهم بنشینم.»" },
        "family-dinner": { en: "“This is the best part of the day.”", lv: "“Šī ir labākā dienas daļa.”", et: "„See on päeva parim osa.”", cs: "„Tohle je nejlepší část dne.“", fa: "«این بهترین بخش روز است.»" },
        "plan-tomorrow": { en: "“Works on line 3 — I'll need to leave earlier.”", lv: "“Darbi uz 3. līnijas — būs jāiziet agrāk.”", et: "„Liinil 3 on tööd — pean varem minema.”", cs: "„Výluka na trojce — budu muset vyrazit dřív.“", fa: "«خط ۳ تعمیر دارد — باید زودتر راه بیفتم.»" },
      },
    },
    { key: "emotions", type: "emotions", name: { en: "Emotions", lv: "Emocijas", et: "Emotsioonid", cs: "Emoce", fa: "احساسات" } },
    {
      key: "touchpoints",
      type: "touchpoints",
      name: { en: "Where the transport service appears", lv: "Kur parādās transporta pakalpojums", et: "Kus ühistransport ilmub", cs: "Kde se objevuje doprava", fa: "جاهایی که خدمات حمل‌ونقل حضور دارد" },
      touchpoints: {
        "wake-up": ["journey-app"],
        "morning-commute": ["tram-stop", "tram", "social-updates"],
        "evening-commute": ["journey-app", "travel-card"],
        "plan-tomorrow": ["journey-app", "social-updates"],
      },
    },
    {
      key: "pain-points",
      type: "painPoints",
      name: { en: "Pain points", lv: "Sāpju punkti", et: "Valupunktid", cs: "Problémová místa", fa: "نقاط درد" },
      cards: [
        { at: "morning-commute", severity: 5, title: { en: "Real-time information wrong or missing", lv: "Reāllaika informācija nepareiza vai trūkst", et: "Reaalajainfo on vale või puudub", cs: "Informace v reálném čase chybí nebo jsou špatně", fa: "اطلاعات لحظه‌ای نادرست یا ناموجود" } },
        { at: "evening-commute", severity: 3, title: { en: "Crowded buses after hospital shift change", lv: "Pārpildīti autobusi pēc maiņu nomaiņas slimnīcā", et: "Rahvarohked bussid pärast haigla vahetuse vahetust", cs: "Přeplněné autobusy po střídání směn v nemocnici", fa: "اتوبوس‌های شلوغ پس از تعویض شیفت بیمارستان" } },
      ],
    },
    {
      key: "opportunities",
      type: "opportunities",
      name: { en: "Opportunities", lv: "Iespējas", et: "Võimalused", cs: "Příležitosti", fa: "فرصت‌ها" },
      cards: [
        { at: "wake-up", impact: 4, effort: 2, status: "planned", owner: { en: "Digital services", lv: "Digitālie pakalpojumi", et: "Digiteenused", cs: "Digitální služby", fa: "خدمات دیجیتال" }, title: { en: "Delay alert for saved routes before 6:30", lv: "Kavējumu brīdinājums saglabātajiem maršrutiem pirms 6:30", et: "Salvestatud teekondade hilinemisteade enne 6.30", cs: "Upozornění na zpoždění uložených tras před 6:30", fa: "هشدار تأخیر برای مسیرهای ذخیره‌شده پیش از ۶:۳۰" } },
        { at: "evening-commute", impact: 4, effort: 4, status: "open", owner: { en: "Operations", lv: "Satiksmes vadība", et: "Liikluskorraldus", cs: "Provoz", fa: "بهره‌برداری" }, title: { en: "Extra bus timed to hospital shift changes", lv: "Papildu autobuss, saskaņots ar slimnīcas maiņām", et: "Lisabuss haigla vahetuste aegadel", cs: "Posilový autobus v čase střídání směn", fa: "اتوبوس اضافه هم‌زمان با تعویض شیفت بیمارستان" } },
      ],
    },
    {
      key: "metrics",
      type: "metrics",
      name: { en: "Metrics", lv: "Rādītāji", et: "Mõõdikud", cs: "Metriky", fa: "شاخص‌ها" },
      metrics: {
        morning: [{ name: { en: "Real-time data coverage", lv: "Reāllaika datu pārklājums", et: "Reaalajaandmete katvus", cs: "Pokrytí daty v reálném čase", fa: "پوشش داده‌های لحظه‌ای" }, value: 82, target: 99, unit: "%" }],
        evening: [{ name: { en: "App top-ups completed", lv: "Lietotnē pabeigtas papildināšanas", et: "Rakenduses lõpetatud laadimised", cs: "Dokončená dobití v aplikaci", fa: "شارژهای تکمیل‌شده در برنامه" }, value: 93, target: 98, unit: "%" }],
      },
    },
  ],
  flows: [
    {
      from: "plan-tomorrow",
      to: "wake-up",
      kind: "loop",
      label: { en: "The same routine every weekday", lv: "Tā pati rutīna katru darbdienu", et: "Sama rutiin igal tööpäeval", cs: "Stejná rutina každý všední den", fa: "همین روال در هر روز کاری" },
    },
    {
      from: "morning-commute",
      to: "shift",
      kind: "branch",
      share: 0.2,
      label: { en: "Tram cancelled: takes a taxi at her own cost", lv: "Tramvajs atcelts: brauc ar taksometru par saviem līdzekļiem", et: "Tramm jääb ära: sõidab oma kulul taksoga", cs: "Tramvaj nejede: jede taxíkem na vlastní náklady", fa: "تراموا لغو شد: با هزینهٔ خودش تاکسی می‌گیرد" },
    },
  ],
};
