import type { TemplateInput } from "../template-schema";
import { RESEARCH } from "./research-sources";

/**
 * The experience to build: each step shows the designed (to-be) curve beside today's, and the
 * opportunities are the initiatives that get there. The example is seeing a family doctor.
 */
export const futureState: TemplateInput = {
  id: "future-state",
  kind: "futureState",
  tags: ["future-state", "vision", "healthcare"],
  name: { en: "Future state", lv: "Nākotnes situācija", et: "Tulevane olukord", cs: "Budoucí stav", fa: "وضعیت آینده" },
  description: {
    en: "The experience the organisation wants to build, set against today's, with the initiatives that close the gap.",
    lv: "Pieredze, ko organizācija vēlas radīt, salīdzinājumā ar šodienu, un iniciatīvas, kas novērš atšķirību.",
    et: "Kogemus, mida organisatsioon soovib luua, võrrelduna tänasega, ning algatused, mis vahe kaotavad.",
    cs: "Zážitek, který chce organizace vytvořit, v porovnání s dneškem, a iniciativy, které rozdíl překlenou.",
    fa: "تجربه‌ای که سازمان می‌خواهد بسازد، در مقایسه با امروز، همراه با اقداماتی که این فاصله را پر می‌کنند.",
  },
  scope: {
    scenario: {
      en: "Example: an older patient with a persistent cough gets seen by the family doctor.",
      lv: "Piemērs: vecāka gadagājuma pacients ar ilgstošu klepu tiek pie ģimenes ārsta.",
      et: "Näide: kauakestva köhaga eakas patsient saab perearsti vastuvõtule.",
      cs: "Příklad: starší pacient s vleklým kašlem se dostane k praktickému lékaři.",
      fa: "نمونه: بیماری سالمند با سرفهٔ طولانی به پزشک خانواده مراجعه می‌کند.",
    },
    desiredOutcome: {
      en: "Within two years: an appointment within 48 hours, no phone queue at 8 a.m., results explained in plain language.",
      lv: "Divu gadu laikā: pieraksts 48 stundu laikā, nav jāgaida rindā pa tālruni plkst. 8, rezultāti izskaidroti vienkāršā valodā.",
      et: "Kahe aasta jooksul: vastuvõtuaeg 48 tunni jooksul, pole telefonijärjekorda kell 8, tulemused selgitatud lihtsas keeles.",
      cs: "Do dvou let: termín do 48 hodin, žádná telefonní fronta v 8 ráno, výsledky vysvětlené srozumitelně.",
      fa: "ظرف دو سال: نوبت در کمتر از ۴۸ ساعت، بدون صف تلفنی ساعت ۸ صبح و توضیح نتایج به زبان ساده.",
    },
    kpis: [
      { name: { en: "Appointments within 48 hours", lv: "Pieraksti 48 stundu laikā", et: "Vastuvõtuajad 48 tunni jooksul", cs: "Termíny do 48 hodin", fa: "نوبت‌های کمتر از ۴۸ ساعت" }, value: 35, target: 80, unit: "%" },
      { name: { en: "Patients who understood the next steps", lv: "Pacienti, kas saprata turpmākos soļus", et: "Järgmistest sammudest aru saanud patsiendid", cs: "Pacienti, kteří pochopili další kroky", fa: "بیمارانی که گام‌های بعدی را فهمیدند" }, value: 61, target: 90, unit: "%" },
    ],
  },
  accessibility: {
    title: { en: "Future-state map: seeing a family doctor", lv: "Nākotnes karte: vizīte pie ģimenes ārsta", et: "Tulevikukaart: perearsti juures käimine", cs: "Mapa budoucího stavu: návštěva praktického lékaře", fa: "نقشهٔ وضعیت آینده: مراجعه به پزشک خانواده" },
    description: {
      en: "Four stages, six steps, two curves for one patient: today's curve dips deeply at booking and waiting; the designed curve stays neutral or positive throughout.",
      lv: "Četri posmi, seši soļi, divas līknes vienam pacientam: šodienas līkne dziļi krīt pierakstā un gaidot; plānotā līkne visu laiku ir neitrāla vai pozitīva.",
      et: "Neli etappi, kuus sammu, ühe patsiendi kaks kõverat: tänane kõver langeb broneerimisel ja ootamisel sügavale, kavandatud kõver püsib kogu aeg neutraalne või positiivne.",
      cs: "Čtyři fáze, šest kroků, dvě křivky jednoho pacienta: dnešní křivka hluboko klesá při objednání a čekání, navržená zůstává po celou dobu neutrální nebo kladná.",
      fa: "چهار مرحله، شش گام و دو منحنی برای یک بیمار: منحنی امروز هنگام نوبت‌گیری و انتظار به‌شدت افت می‌کند؛ منحنی طراحی‌شده همه‌جا خنثی یا مثبت می‌ماند.",
    },
  },
  personas: [
    {
      key: "patient",
      initials: "SR",
      name: { en: "Samuel Reid", lv: "Valdis Eglītis", et: "Jaan Sepp", cs: "Jiří Kratochvíl", fa: "حسن مرادی" },
      quote: {
        en: "By the time I get through on the phone, all the appointments are gone.",
        lv: "Kamēr es tieku cauri pa tālruni, visi pieraksti jau ir aizņemti.",
        et: "Selleks ajaks, kui ma telefoniga läbi saan, on kõik ajad otsas.",
        cs: "Než se dovolám, jsou všechny termíny pryč.",
        fa: "تا تلفنم وصل شود، همهٔ نوبت‌ها تمام شده است.",
      },
      age: 71,
      occupation: { en: "Retired postal worker", lv: "Pensionēts pasta darbinieks", et: "Pensionärist postitöötaja", cs: "Důchodce, bývalý pošťák", fa: "کارمند بازنشستهٔ پست" },
      familyStatus: { en: "Lives alone, daughter nearby", lv: "Dzīvo viens, meita tuvumā", et: "Elab üksi, tütar lähedal", cs: "Žije sám, dcera nedaleko", fa: "تنها زندگی می‌کند، دخترش نزدیک است" },
      location: { en: "Norwich", lv: "Cēsis", et: "Võru", cs: "Jihlava", fa: "قزوین" },
      needs: [
        { en: "Large text and a phone option that still works", lv: "Liels teksts un tālruņa iespēja, kas joprojām darbojas", et: "Suur kiri ja telefonivõimalus, mis ikka töötab", cs: "Velké písmo a telefon, který pořád funguje", fa: "متن درشت و امکان تلفنی که همچنان کار کند" },
        { en: "Results explained without jargon", lv: "Rezultāti izskaidroti bez žargona", et: "Tulemused selgitatud ilma erialakeeleta", cs: "Výsledky vysvětlené bez odborných výrazů", fa: "توضیح نتایج بدون اصطلاحات تخصصی" },
      ],
      frustrations: [
        { en: "Calling at 8 a.m. and hearing “you are number 23”", lv: "Zvanīt plkst. 8 un dzirdēt “jūs esat 23. rindā”", et: "Helistada kell 8 ja kuulda „te olete järjekorras 23.”", cs: "Volat v 8 ráno a slyšet „jste v pořadí 23.“", fa: "تماس ساعت ۸ صبح و شنیدن «شما نفر بیست‌وسوم هستید»" },
      ],
      motivations: [
        { en: "Stay independent and healthy", lv: "Saglabāt patstāvību un veselību", et: "Jääda iseseisvaks ja terveks", cs: "Zůstat soběstačný a zdravý", fa: "مستقل و سالم ماندن" },
      ],
      preferredChannels: ["phone", "inPerson"],
      techProficiency: "low",
      asIs: {
        "feel-unwell": { score: -1, evidence: [RESEARCH.patientSurvey] },
        "book-appointment": { score: -2, evidence: [{ kind: "survey", text: { en: "64% of patients over 65 call more than three times to get an appointment.", lv: "64 % pacientu, kas vecāki par 65 gadiem, zvana vairāk nekā trīs reizes, lai dabūtu pierakstu.", et: "64% üle 65-aastastest patsientidest helistab vastuvõtuaja saamiseks rohkem kui kolm korda.", cs: "64 % pacientů nad 65 let volá víc než třikrát, než dostane termín.", fa: "۶۴٪ بیماران بالای ۶۵ سال برای گرفتن نوبت بیش از سه بار تماس می‌گیرند." }, source: { en: "Patient survey 2025", lv: "Pacientu aptauja, 2025", et: "Patsiendiküsitlus 2025", cs: "Průzkum mezi pacienty 2025", fa: "نظرسنجی بیماران ۲۰۲۵" } }] },
        "waiting-room": { score: -1, evidence: [{ kind: "observation", text: { en: "Average wait after the appointment time: 26 minutes.", lv: "Vidējā gaidīšana pēc pieraksta laika: 26 minūtes.", et: "Keskmine ootamine pärast kokkulepitud aega: 26 minutit.", cs: "Průměrné čekání po čase objednání: 26 minut.", fa: "میانگین انتظار پس از زمان نوبت: ۲۶ دقیقه." } }] },
        consultation: { score: 1, evidence: [RESEARCH.patientSurvey] },
        "get-results": { score: -1, evidence: [{ kind: "interview", text: { en: "“The letter said ‘unremarkable’. I didn't know if that was good.”", lv: "“Vēstulē bija rakstīts ‘bez atradnes’. Nezināju, vai tas ir labi.”", et: "„Kirjas oli ‘leiuta’. Ma ei teadnud, kas see on hea.”", cs: "„V dopise stálo ‚bez nálezu‘. Nevěděl jsem, jestli je to dobře.“", fa: "«در نامه نوشته بود ‹یافتهٔ خاصی ندارد›. نمی‌دانستم خوب است یا نه.»" } }] },
        "follow-up": { score: 0, evidence: [RESEARCH.patientSurvey] },
      },
      toBe: {
        "feel-unwell": { score: 0, evidence: [RESEARCH.prototypeTest] },
        "book-appointment": { score: 1, note: { en: "Books by phone or app in one call, gets a slot within 48 hours", lv: "Piesakās pa tālruni vai lietotnē ar vienu zvanu, saņem laiku 48 stundu laikā", et: "Broneerib telefoni või rakendusega ühe korraga, saab aja 48 tunni jooksul", cs: "Objedná se telefonem nebo v aplikaci napoprvé a termín dostane do 48 hodin", fa: "با یک تماس یا از طریق برنامه نوبت می‌گیرد و ظرف ۴۸ ساعت وقت دریافت می‌کند" }, evidence: [RESEARCH.prototypeTest] },
        "waiting-room": { score: 0, evidence: [RESEARCH.prototypeTest] },
        consultation: { score: 2, evidence: [RESEARCH.prototypeTest] },
        "get-results": { score: 1, evidence: [RESEARCH.prototypeTest] },
        "follow-up": { score: 1, evidence: [RESEARCH.prototypeTest] },
      },
    },
  ],
  touchpoints: [
    { key: "phone-line", name: { en: "Surgery phone line", lv: "Prakses tālrunis", et: "Perearstikeskuse telefon", cs: "Telefon ordinace", fa: "تلفن مطب" }, channel: "phone", ownerTeam: { en: "Reception", lv: "Reģistratūra", et: "Registratuur", cs: "Recepce", fa: "پذیرش" } },
    { key: "patient-app", name: { en: "Patient app", lv: "Pacientu lietotne", et: "Patsiendirakendus", cs: "Aplikace pro pacienty", fa: "برنامهٔ بیماران" }, channel: "app", ownerTeam: { en: "Digital health", lv: "Digitālā veselība", et: "Digitervis", cs: "Digitální zdravotnictví", fa: "سلامت دیجیتال" } },
    { key: "waiting-screen", name: { en: "Waiting room screen", lv: "Uzgaidāmās telpas ekrāns", et: "Ooteruumi ekraan", cs: "Obrazovka v čekárně", fa: "نمایشگر اتاق انتظار" }, channel: "inPerson", ownerTeam: { en: "Practice management", lv: "Prakses vadība", et: "Keskuse juhtimine", cs: "Vedení ordinace", fa: "مدیریت مطب" } },
    { key: "doctor", name: { en: "Doctor's consultation", lv: "Ārsta konsultācija", et: "Arsti vastuvõtt", cs: "Konzultace s lékařem", fa: "ویزیت پزشک" }, channel: "inPerson", ownerTeam: { en: "Clinical team", lv: "Ārstniecības komanda", et: "Raviteam", cs: "Lékařský tým", fa: "تیم درمان" } },
    { key: "results-message", name: { en: "Results message", lv: "Ziņa par rezultātiem", et: "Tulemuste teade", cs: "Zpráva s výsledky", fa: "پیام نتایج" }, channel: "email", ownerTeam: { en: "Clinical team", lv: "Ārstniecības komanda", et: "Raviteam", cs: "Lékařský tým", fa: "تیم درمان" } },
  ],
  stages: [
    {
      key: "need",
      name: { en: "Need care", lv: "Vajadzīga palīdzība", et: "Abi vajadus", cs: "Potřeba péče", fa: "نیاز به مراقبت" },
      steps: [{ key: "feel-unwell", name: { en: "Decide to see a doctor", lv: "Izlemt doties pie ārsta", et: "Otsusta arsti juurde minna", cs: "Rozhodnout se jít k lékaři", fa: "تصمیم به رفتن نزد پزشک" } }],
    },
    {
      key: "access",
      name: { en: "Get an appointment", lv: "Pieraksta saņemšana", et: "Vastuvõtuaja saamine", cs: "Získání termínu", fa: "گرفتن نوبت" },
      kpis: [{ name: { en: "Calls abandoned at 8–9 a.m.", lv: "Pārtrauktie zvani no 8 līdz 9", et: "Katkestatud kõned kell 8–9", cs: "Zavěšené hovory mezi 8. a 9. hodinou", fa: "تماس‌های رهاشده بین ساعت ۸ تا ۹" }, value: 38, target: 5, unit: "%" }],
      steps: [
        {
          key: "book-appointment",
          name: { en: "Book an appointment", lv: "Pieteikties vizītei", et: "Broneeri vastuvõtuaeg", cs: "Objednat se", fa: "نوبت گرفتن" },
          moment: {
            en: "Today the lowest point of the journey; in the future the place where trust in the practice is won.",
            lv: "Šodien ceļa zemākais punkts; nākotnē vieta, kur tiek iegūta uzticēšanās praksei.",
            et: "Täna teekonna madalaim punkt; tulevikus koht, kus võidetakse usaldus perearstikeskuse vastu.",
            cs: "Dnes nejnižší bod cesty; v budoucnu místo, kde ordinace získává důvěru.",
            fa: "امروز پایین‌ترین نقطهٔ سفر؛ در آینده جایی که اعتماد به مطب به دست می‌آید.",
          },
        },
      ],
    },
    {
      key: "visit",
      name: { en: "Visit", lv: "Vizīte", et: "Visiit", cs: "Návštěva", fa: "ویزیت" },
      kpis: [{ name: { en: "Minutes waited past appointment time", lv: "Minūtes, kas gaidītas pēc pieraksta laika", et: "Minutid ootamist pärast kokkulepitud aega", cs: "Minuty čekání po čase objednání", fa: "دقیقه‌های انتظار پس از زمان نوبت" }, value: 26, target: 10, unit: "min" }],
      steps: [
        { key: "waiting-room", name: { en: "Arrive and wait", lv: "Ierasties un gaidīt", et: "Saabu ja oota", cs: "Přijít a čekat", fa: "رسیدن و انتظار" } },
        { key: "consultation", name: { en: "See the doctor", lv: "Tikties ar ārstu", et: "Kohtu arstiga", cs: "Být u lékaře", fa: "دیدار با پزشک" } },
      ],
    },
    {
      key: "after",
      name: { en: "After the visit", lv: "Pēc vizītes", et: "Pärast visiiti", cs: "Po návštěvě", fa: "پس از ویزیت" },
      steps: [
        { key: "get-results", name: { en: "Receive test results", lv: "Saņemt analīžu rezultātus", et: "Saa analüüside tulemused", cs: "Dostat výsledky vyšetření", fa: "دریافت نتایج آزمایش" } },
        { key: "follow-up", name: { en: "Follow-up and recovery", lv: "Turpmākā aprūpe un atveseļošanās", et: "Järelkontroll ja paranemine", cs: "Kontrola a uzdravení", fa: "پیگیری و بهبودی" } },
      ],
    },
  ],
  lanes: [
    {
      key: "actions",
      type: "actions",
      name: { en: "Designed experience", lv: "Plānotā pieredze", et: "Kavandatud kogemus", cs: "Navržený zážitek", fa: "تجربهٔ طراحی‌شده" },
      text: {
        "feel-unwell": { en: "Checks symptoms with a short triage questionnaire in the app or by phone", lv: "Pārbauda simptomus ar īsu šķirošanas anketu lietotnē vai pa tālruni", et: "Kontrollib sümptomeid lühikese triaažiküsimustikuga rakenduses või telefonis", cs: "Projde příznaky v krátkém dotazníku v aplikaci nebo po telefonu", fa: "علائم را با پرسش‌نامهٔ کوتاه تریاژ در برنامه یا با تلفن بررسی می‌کند" },
        "book-appointment": { en: "Gets a call-back slot or books online; no queue at 8 a.m.", lv: "Saņem atzvanīšanas laiku vai piesakās tiešsaistē; nav rindas plkst. 8", et: "Saab tagasihelistamise aja või broneerib veebis; kell 8 järjekorda pole", cs: "Dostane čas zpětného volání nebo se objedná online; žádná fronta v 8 ráno", fa: "زمان تماس برگشتی می‌گیرد یا آنلاین نوبت می‌گیرد؛ صف ساعت ۸ صبح در کار نیست" },
        "waiting-room": { en: "Checks in at a kiosk, sees the real waiting time on the screen", lv: "Reģistrējas kioskā, ekrānā redz reālo gaidīšanas laiku", et: "Registreerub kioskis, näeb ekraanil tegelikku ooteaega", cs: "Přihlásí se u kiosku a na obrazovce vidí skutečnou dobu čekání", fa: "در کیوسک پذیرش می‌شود و زمان واقعی انتظار را روی نمایشگر می‌بیند" },
        consultation: { en: "Has 15 minutes with a doctor who has already read the questionnaire", lv: "Pavada 15 minūtes ar ārstu, kurš jau izlasījis anketu", et: "Saab 15 minutit arstiga, kes on küsimustiku juba läbi lugenud", cs: "Má 15 minut s lékařem, který už dotazník četl", fa: "۱۵ دقیقه با پزشکی می‌گذراند که پرسش‌نامه را از قبل خوانده است" },
        "get-results": { en: "Receives results with a plain-language summary and what to do next", lv: "Saņem rezultātus ar vienkāršu kopsavilkumu un turpmākajiem soļiem", et: "Saab tulemused lihtsa kokkuvõtte ja edasiste sammudega", cs: "Dostane výsledky se srozumitelným shrnutím a dalším postupem", fa: "نتایج را همراه با خلاصه‌ای ساده و گام‌های بعدی دریافت می‌کند" },
        "follow-up": { en: "A nurse calls after a week to check on recovery", lv: "Pēc nedēļas medmāsa piezvana, lai uzzinātu, kā iet", et: "Nädala pärast helistab õde ja uurib paranemise kohta", cs: "Po týdnu zavolá sestra a zeptá se, jak se uzdravuje", fa: "پس از یک هفته پرستار برای پیگیری بهبودی تماس می‌گیرد" },
      },
    },
    {
      key: "today",
      type: "text",
      name: { en: "Today", lv: "Šodien", et: "Täna", cs: "Dnes", fa: "امروز" },
      text: {
        "book-appointment": { en: "Calls repeatedly from 8 a.m.; often told to try again tomorrow", lv: "Zvana atkārtoti no plkst. 8; bieži dzird “mēģiniet rīt vēlreiz”", et: "Helistab korduvalt alates kella 8st; sageli öeldakse, et proovige homme uuesti", cs: "Volá opakovaně od 8 ráno; často slyší, ať to zkusí zítra", fa: "از ساعت ۸ بارها تماس می‌گیرد؛ اغلب می‌شنود فردا دوباره تماس بگیرید" },
        "waiting-room": { en: "Waits with no information about delays", lv: "Gaida bez informācijas par kavējumiem", et: "Ootab teadmata, kui palju aeg hilineb", cs: "Čeká bez informací o zpoždění", fa: "بدون اطلاع از تأخیر منتظر می‌ماند" },
        "get-results": { en: "Gets a letter with medical terms and no next steps", lv: "Saņem vēstuli ar medicīniskiem terminiem un bez turpmākajiem soļiem", et: "Saab kirja meditsiiniterminitega ja ilma edasiste sammudeta", cs: "Dostane dopis s lékařskými termíny a bez dalšího postupu", fa: "نامه‌ای با اصطلاحات پزشکی و بدون گام بعدی دریافت می‌کند" },
      },
    },
    { key: "emotions", type: "emotions", name: { en: "Emotions: today and designed", lv: "Emocijas: šodien un plānotās", et: "Emotsioonid: täna ja kavandatud", cs: "Emoce: dnes a navržené", fa: "احساسات: امروز و طراحی‌شده" } },
    {
      key: "touchpoints",
      type: "touchpoints",
      name: { en: "Touchpoints", lv: "Saskarsmes punkti", et: "Kokkupuutepunktid", cs: "Kontaktní body", fa: "نقاط تماس" },
      touchpoints: {
        "feel-unwell": ["patient-app", "phone-line"],
        "book-appointment": ["phone-line", "patient-app"],
        "waiting-room": ["waiting-screen"],
        consultation: ["doctor"],
        "get-results": ["results-message", "patient-app"],
        "follow-up": ["phone-line"],
      },
    },
    {
      key: "pain-points",
      type: "painPoints",
      name: { en: "Pain points removed", lv: "Novērstās problēmas", et: "Kõrvaldatud valupunktid", cs: "Odstraněné problémy", fa: "نقاط درد برطرف‌شده" },
      cards: [
        { at: "book-appointment", severity: 5, title: { en: "8 a.m. phone scramble for same-day slots", lv: "Plkst. 8 cīņa par tās pašas dienas pierakstiem pa tālruni", et: "Kell 8 telefoniga sama päeva aegade pärast võitlemine", cs: "Ranní boj o dnešní termíny po telefonu", fa: "رقابت تلفنی ساعت ۸ صبح برای نوبت همان روز" } },
        { at: "get-results", severity: 3, title: { en: "Results in jargon with no next steps", lv: "Rezultāti žargonā bez turpmākajiem soļiem", et: "Tulemused erialakeeles ja ilma järgmiste sammudeta", cs: "Výsledky v odborné řeči bez dalšího postupu", fa: "نتایج با اصطلاحات تخصصی و بدون گام بعدی" } },
      ],
    },
    {
      key: "opportunities",
      type: "opportunities",
      name: { en: "Initiatives", lv: "Iniciatīvas", et: "Algatused", cs: "Iniciativy", fa: "اقدامات" },
      cards: [
        { at: "book-appointment", impact: 5, effort: 4, status: "inProgress", owner: { en: "Practice management", lv: "Prakses vadība", et: "Keskuse juhtimine", cs: "Vedení ordinace", fa: "مدیریت مطب" }, title: { en: "Triage questionnaire with call-back slots", lv: "Šķirošanas anketa ar atzvanīšanas laikiem", et: "Triaažiküsimustik koos tagasihelistamise aegadega", cs: "Třídicí dotazník s časy zpětného volání", fa: "پرسش‌نامهٔ تریاژ همراه با زمان‌های تماس برگشتی" } },
        { at: "waiting-room", impact: 3, effort: 2, status: "planned", owner: { en: "Practice management", lv: "Prakses vadība", et: "Keskuse juhtimine", cs: "Vedení ordinace", fa: "مدیریت مطب" }, title: { en: "Live waiting time on screen and by text message", lv: "Aktuālais gaidīšanas laiks ekrānā un īsziņā", et: "Jooksev ooteaeg ekraanil ja SMS-iga", cs: "Aktuální doba čekání na obrazovce i v SMS", fa: "زمان انتظار زنده روی نمایشگر و با پیامک" } },
        { at: "get-results", impact: 4, effort: 2, status: "open", owner: { en: "Clinical team", lv: "Ārstniecības komanda", et: "Raviteam", cs: "Lékařský tým", fa: "تیم درمان" }, title: { en: "Plain-language result summaries", lv: "Rezultātu kopsavilkumi vienkāršā valodā", et: "Tulemuste kokkuvõtted lihtsas keeles", cs: "Shrnutí výsledků srozumitelným jazykem", fa: "خلاصهٔ نتایج به زبان ساده" } },
      ],
    },
    {
      key: "metrics",
      type: "metrics",
      name: { en: "Targets", lv: "Mērķi", et: "Sihid", cs: "Cíle", fa: "اهداف" },
      metrics: {
        access: [{ name: { en: "Patients booked on first contact", lv: "Pacienti, kas pierakstīti pirmajā kontaktā", et: "Esimesel pöördumisel broneeritud patsiendid", cs: "Pacienti objednaní při prvním kontaktu", fa: "بیمارانی که در نخستین تماس نوبت گرفتند" }, value: 41, target: 90, unit: "%" }],
        visit: [{ name: { en: "Consultations starting on time", lv: "Konsultācijas, kas sākas laikā", et: "Õigel ajal algavad vastuvõtud", cs: "Konzultace začínající včas", fa: "ویزیت‌هایی که سر وقت آغاز می‌شوند" }, value: 48, target: 80, unit: "%" }],
        after: [{ name: { en: "Follow-up calls made within a week", lv: "Kontroles zvani nedēļas laikā", et: "Nädala jooksul tehtud järelkõned", cs: "Kontrolní hovory do týdne", fa: "تماس‌های پیگیری ظرف یک هفته" }, value: 0, target: 70, unit: "%" }],
      },
    },
  ],
  flows: [
    {
      from: "feel-unwell",
      to: "get-results",
      kind: "branch",
      share: 0.25,
      label: { en: "Triage sends the patient straight to a blood test", lv: "Šķirošana nosūta pacientu uzreiz uz asins analīzēm", et: "Triaaž suunab patsiendi otse vereanalüüsi", cs: "Třídění pošle pacienta rovnou na odběr krve", fa: "تریاژ بیمار را مستقیم به آزمایش خون می‌فرستد" },
    },
    {
      from: "follow-up",
      to: "book-appointment",
      kind: "loop",
      share: 0.15,
      label: { en: "Not better: a follow-up appointment is booked by the nurse", lv: "Nav uzlabojumu: medmāsa piesaka atkārtotu vizīti", et: "Paremaks ei läinud: õde broneerib kordusvisiidi", cs: "Bez zlepšení: sestra objedná kontrolu", fa: "بهبود نیافته: پرستار نوبت پیگیری می‌گیرد" },
    },
  ],
};
