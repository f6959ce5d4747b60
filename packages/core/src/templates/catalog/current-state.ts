import type { TemplateInput } from "../template-schema";
import { RESEARCH } from "./research-sources";

/**
 * The most common kind of map: how customers experience things today, along the classic
 * buyer's journey (awareness to advocacy). The example is joining a fitness club.
 */
export const currentState: TemplateInput = {
  id: "current-state",
  kind: "currentState",
  tags: ["current-state", "buyer-journey", "lifecycle"],
  name: { en: "Current state", lv: "Pašreizējā situācija", et: "Praegune olukord", cs: "Současný stav", fa: "وضعیت کنونی" },
  description: {
    en: "How customers experience the journey today, from awareness to advocacy — the starting point for improving it.",
    lv: "Kā klienti piedzīvo ceļu šodien, no uzzināšanas līdz ieteikšanai, — sākumpunkts tā uzlabošanai.",
    et: "Kuidas kliendid teekonda täna kogevad, teadlikkusest soovitamiseni — lähtepunkt selle parandamiseks.",
    cs: "Jak zákazníci prožívají cestu dnes, od povědomí po doporučení — výchozí bod pro její zlepšení.",
    fa: "مشتریان امروز سفر را چگونه تجربه می‌کنند، از آگاهی تا توصیه به دیگران — نقطهٔ شروع برای بهبود آن.",
  },
  scope: {
    scenario: {
      en: "Example: a busy parent joins a fitness club and decides after three months whether to stay.",
      lv: "Piemērs: aizņemts vecāks pievienojas sporta klubam un pēc trim mēnešiem izlemj, vai palikt.",
      et: "Näide: hõivatud lapsevanem liitub spordiklubiga ja otsustab kolme kuu pärast, kas jääda.",
      cs: "Příklad: vytížená matka se přihlásí do fitness klubu a po třech měsících se rozhoduje, zda zůstane.",
      fa: "نمونه: مادری پرمشغله عضو یک باشگاه ورزشی می‌شود و پس از سه ماه تصمیم می‌گیرد بماند یا نه.",
    },
    desiredOutcome: {
      en: "Know where members struggle today so the team can fix the three biggest pain points first.",
      lv: "Zināt, kur biedriem šodien ir grūti, lai komanda vispirms novērstu trīs lielākās problēmas.",
      et: "Teada, kus liikmetel täna raske on, et meeskond saaks kõigepealt lahendada kolm suurimat valupunkti.",
      cs: "Vědět, kde to členy dnes trápí, aby tým mohl nejdřív vyřešit tři největší problémy.",
      fa: "دانستن اینکه اعضا امروز کجا به مشکل می‌خورند تا تیم ابتدا سه مشکل بزرگ را حل کند.",
    },
    kpis: [
      { name: { en: "Members active after 90 days", lv: "Biedri, kas aktīvi pēc 90 dienām", et: "90 päeva pärast aktiivsed liikmed", cs: "Členové aktivní po 90 dnech", fa: "اعضای فعال پس از ۹۰ روز" }, value: 54, target: 70, unit: "%" },
      { name: { en: "Net Promoter Score", lv: "Klientu lojalitātes indekss (NPS)", et: "Soovitusindeks (NPS)", cs: "Net Promoter Score", fa: "شاخص خالص ترویج‌کنندگان" }, value: 18, target: 35, unit: "NPS" },
    ],
  },
  accessibility: {
    title: { en: "Journey map: joining a fitness club today", lv: "Ceļa karte: pievienošanās sporta klubam šodien", et: "Teekonnakaart: spordiklubiga liitumine täna", cs: "Mapa cesty: vstup do fitness klubu dnes", fa: "نقشهٔ سفر: عضویت امروز در باشگاه ورزشی" },
    description: {
      en: "Five stages, seven steps. Curiosity at first, pressure during the sales tour, motivation after joining, a drop in week three when routines break, and mild pride when recommending.",
      lv: "Pieci posmi, septiņi soļi. Sākumā ziņkāre, spiediens pārdošanas ekskursijā, motivācija pēc pievienošanās, kritums trešajā nedēļā, kad rutīna izjūk, un neliels lepnums, iesakot citiem.",
      et: "Viis etappi, seitse sammu. Alguses uudishimu, surve müügituuril, motivatsioon pärast liitumist, langus kolmandal nädalal, kui rutiin katkeb, ja kerge uhkus soovitamisel.",
      cs: "Pět fází, sedm kroků. Na začátku zvědavost, tlak při prodejní prohlídce, motivace po přihlášení, propad ve třetím týdnu, když se rozpadne rutina, a mírná hrdost při doporučení.",
      fa: "پنج مرحله و هفت گام. در آغاز کنجکاوی، فشار در بازدید فروش، انگیزه پس از عضویت، افت در هفتهٔ سوم که برنامه به هم می‌ریزد و کمی افتخار هنگام توصیه به دیگران.",
    },
  },
  personas: [
    {
      key: "member",
      initials: "OG",
      name: { en: "Olivia Grant", lv: "Kristīne Ābele", et: "Helen Põld", cs: "Klára Pokorná", fa: "زهرا کاظمی" },
      quote: {
        en: "I don't need motivation speeches. I need a class that fits between drop-off and work.",
        lv: "Man nevajag motivējošas runas. Man vajag nodarbību, kas iederas starp bērnudārzu un darbu.",
        et: "Mul pole vaja motivatsioonikõnesid. Mul on vaja trenni, mis mahub lasteaia ja töö vahele.",
        cs: "Nepotřebuju motivační řeči. Potřebuju lekci, která se vejde mezi školku a práci.",
        fa: "سخنرانی انگیزشی لازم ندارم. کلاسی می‌خواهم که بین رساندن بچه و رفتن سر کار جا شود.",
      },
      age: 36,
      occupation: { en: "Project manager", lv: "Projektu vadītāja", et: "Projektijuht", cs: "Projektová manažerka", fa: "مدیر پروژه" },
      familyStatus: { en: "Married, two young children", lv: "Precējusies, divi mazi bērni", et: "Abielus, kaks väikest last", cs: "Vdaná, dvě malé děti", fa: "متأهل، دو فرزند خردسال" },
      location: { en: "Edinburgh", lv: "Ogre", et: "Tartu", cs: "Hradec Králové", fa: "کرج" },
      needs: [
        { en: "Early-morning classes close to home", lv: "Agras rīta nodarbības netālu no mājām", et: "Varahommikused treeningud kodu lähedal", cs: "Ranní lekce blízko domova", fa: "کلاس‌های صبح زود نزدیک خانه" },
        { en: "A contract she can pause", lv: "Līgums, ko var apturēt", et: "Leping, mida saab peatada", cs: "Smlouva, kterou lze pozastavit", fa: "قراردادی که بتوان موقتاً متوقفش کرد" },
      ],
      frustrations: [
        { en: "Hard-sell tours and hidden joining fees", lv: "Uzstājīgas pārdošanas ekskursijas un slēptas iestāšanās maksas", et: "Pealetükkivad müügituurid ja varjatud liitumistasud", cs: "Nátlakové prohlídky a skryté vstupní poplatky", fa: "بازدیدهای همراه با فروش اجباری و هزینه‌های پنهان عضویت" },
      ],
      motivations: [
        { en: "Energy for work and the children", lv: "Enerģija darbam un bērniem", et: "Energia tööks ja lastele", cs: "Energie na práci i na děti", fa: "انرژی برای کار و بچه‌ها" },
      ],
      preferredChannels: ["app", "social", "inPerson"],
      techProficiency: "medium",
      asIs: {
        "see-ad": { score: 0, evidence: [RESEARCH.memberInterviews] },
        "compare-clubs": { score: 1, evidence: [RESEARCH.memberInterviews] },
        "trial-visit": { score: -1, evidence: [{ kind: "review", text: { en: "“The tour was a 40-minute sales pitch.”", lv: "“Ekskursija bija 40 minūšu pārdošanas runa.”", et: "„Tuur oli 40-minutiline müügikõne.”", cs: "„Prohlídka byla čtyřicetiminutová prodejní přednáška.“", fa: "«بازدید یک سخنرانی فروش ۴۰ دقیقه‌ای بود.»" }, source: { en: "Online reviews", lv: "Interneta atsauksmes", et: "Veebiarvustused", cs: "Online recenze", fa: "نظرهای آنلاین" } }] },
        "sign-up": { score: 1, evidence: [RESEARCH.memberInterviews] },
        "first-weeks": { score: 2, evidence: [{ kind: "analytics", text: { en: "New members visit 3.1 times a week in month one.", lv: "Jaunie biedri pirmajā mēnesī apmeklē klubu 3,1 reizi nedēļā.", et: "Uued liikmed käivad esimesel kuul klubis 3,1 korda nädalas.", cs: "Noví členové chodí v prvním měsíci 3,1krát týdně.", fa: "اعضای تازه در ماه اول هفته‌ای ۳٫۱ بار به باشگاه می‌آیند." } }] },
        "routine-breaks": {
          score: -2,
          note: { en: "A sick child and a full class list: two missed weeks", lv: "Slims bērns un pilns nodarbību saraksts: divas izlaistas nedēļas", et: "Haige laps ja täis trennid: kaks nädalat vahele jäänud", cs: "Nemocné dítě a plné lekce: dva zmeškané týdny", fa: "بچهٔ بیمار و کلاس‌های پر: دو هفته غیبت" },
          evidence: [{ kind: "analytics", text: { en: "Visits fall by 60% between weeks 3 and 6.", lv: "Apmeklējumi no 3. līdz 6. nedēļai samazinās par 60 %.", et: "Külastused vähenevad 3. ja 6. nädala vahel 60%.", cs: "Mezi 3. a 6. týdnem klesnou návštěvy o 60 %.", fa: "مراجعه‌ها بین هفتهٔ ۳ و ۶ شصت درصد کاهش می‌یابد." } }],
        },
        "refer-friend": { score: 1, evidence: [RESEARCH.memberInterviews] },
      },
    },
  ],
  touchpoints: [
    { key: "social-ad", name: { en: "Social media ad", lv: "Reklāma sociālajos tīklos", et: "Sotsiaalmeedia reklaam", cs: "Reklama na sociálních sítích", fa: "تبلیغ در شبکه‌های اجتماعی" }, channel: "ads", ownerTeam: { en: "Marketing", lv: "Mārketings", et: "Turundus", cs: "Marketing", fa: "بازاریابی" } },
    { key: "website", name: { en: "Club website and timetable", lv: "Kluba vietne un nodarbību grafiks", et: "Klubi koduleht ja tunniplaan", cs: "Web klubu a rozvrh", fa: "وب‌سایت باشگاه و برنامهٔ کلاس‌ها" }, channel: "web", ownerTeam: { en: "Marketing", lv: "Mārketings", et: "Turundus", cs: "Marketing", fa: "بازاریابی" } },
    { key: "front-desk", name: { en: "Front desk and tour", lv: "Reģistratūra un ekskursija", et: "Vastuvõtt ja tuur", cs: "Recepce a prohlídka", fa: "پذیرش و بازدید" }, channel: "inPerson", ownerTeam: { en: "Club sales", lv: "Kluba pārdošana", et: "Klubi müük", cs: "Prodej v klubu", fa: "فروش باشگاه" } },
    { key: "member-app", name: { en: "Member app and class booking", lv: "Biedru lietotne un pieteikšanās nodarbībām", et: "Liikmerakendus ja trenni broneerimine", cs: "Členská aplikace a rezervace lekcí", fa: "برنامهٔ اعضا و رزرو کلاس" }, channel: "app", ownerTeam: { en: "Digital", lv: "Digitālā nodaļa", et: "Digitiim", cs: "Digitální tým", fa: "تیم دیجیتال" } },
    { key: "trainer", name: { en: "Personal trainer", lv: "Personīgais treneris", et: "Personaaltreener", cs: "Osobní trenér", fa: "مربی شخصی" }, channel: "inPerson", ownerTeam: { en: "Fitness team", lv: "Treneru komanda", et: "Treenerite meeskond", cs: "Tým trenérů", fa: "تیم مربیان" } },
  ],
  stages: [
    {
      key: "awareness",
      name: { en: "Awareness", lv: "Uzzināšana", et: "Teadlikkus", cs: "Povědomí", fa: "آگاهی" },
      steps: [{ key: "see-ad", name: { en: "Notice the club", lv: "Pamanīt klubu", et: "Märka klubi", cs: "Všimnout si klubu", fa: "آشنایی با باشگاه" } }],
    },
    {
      key: "consideration",
      name: { en: "Consideration", lv: "Apsvēršana", et: "Kaalumine", cs: "Zvažování", fa: "بررسی" },
      kpis: [{ name: { en: "Trial visits booked", lv: "Pieteiktie izmēģinājuma apmeklējumi", et: "Broneeritud proovikülastused", cs: "Objednané zkušební návštěvy", fa: "بازدیدهای آزمایشی رزروشده" }, value: 420, target: 550 }],
      steps: [
        { key: "compare-clubs", name: { en: "Compare clubs and prices", lv: "Salīdzināt klubus un cenas", et: "Võrdle klubisid ja hindu", cs: "Porovnat kluby a ceny", fa: "مقایسهٔ باشگاه‌ها و قیمت‌ها" } },
        { key: "trial-visit", name: { en: "Visit for a trial", lv: "Apmeklēt izmēģinājumā", et: "Tule proovikülastusele", cs: "Přijít na zkoušku", fa: "بازدید آزمایشی" } },
      ],
    },
    {
      key: "purchase",
      name: { en: "Purchase", lv: "Pirkums", et: "Ost", cs: "Nákup", fa: "خرید" },
      kpis: [{ name: { en: "Trial-to-member conversion", lv: "Konversija no izmēģinājuma uz biedru", et: "Proovikülastusest liikmeks", cs: "Konverze ze zkoušky na členství", fa: "تبدیل بازدید آزمایشی به عضویت" }, value: 33, target: 45, unit: "%" }],
      steps: [{ key: "sign-up", name: { en: "Sign the membership", lv: "Noslēgt biedra līgumu", et: "Sõlmi liikmeleping", cs: "Podepsat členství", fa: "امضای قرارداد عضویت" } }],
    },
    {
      key: "retention",
      name: { en: "Retention", lv: "Noturēšana", et: "Hoidmine", cs: "Udržení", fa: "حفظ مشتری" },
      kpis: [{ name: { en: "Monthly churn", lv: "Mēneša aizplūde", et: "Kuine lahkumismäär", cs: "Měsíční odchodovost", fa: "ریزش ماهانه" }, value: 6.5, target: 4, unit: "%" }],
      steps: [
        { key: "first-weeks", name: { en: "Train in the first weeks", lv: "Trenēties pirmajās nedēļās", et: "Treeni esimestel nädalatel", cs: "Cvičit v prvních týdnech", fa: "تمرین در هفته‌های اول" } },
        {
          key: "routine-breaks",
          name: { en: "Lose the routine", lv: "Zaudēt ieradumu", et: "Kaota rutiin", cs: "Ztratit rutinu", fa: "از دست دادن روال" },
          moment: {
            en: "Weeks three to six decide whether a member stays; a personal nudge now is worth more than any campaign later.",
            lv: "No trešās līdz sestajai nedēļai izšķiras, vai biedrs paliks; personisks pamudinājums tagad ir vērtīgāks par jebkuru vēlāku kampaņu.",
            et: "Kolmas kuni kuues nädal otsustab, kas liige jääb; isiklik meeldetuletus praegu on väärt rohkem kui ükski hilisem kampaania.",
            cs: "Třetí až šestý týden rozhoduje, zda člen zůstane; osobní povzbuzení teď má větší cenu než jakákoli pozdější kampaň.",
            fa: "هفته‌های سوم تا ششم تعیین می‌کند عضو می‌ماند یا نه؛ یک یادآوری شخصی اکنون از هر کمپین بعدی ارزشمندتر است.",
          },
        },
      ],
    },
    {
      key: "advocacy",
      name: { en: "Advocacy", lv: "Ieteikšana", et: "Soovitamine", cs: "Doporučení", fa: "توصیه به دیگران" },
      steps: [{ key: "refer-friend", name: { en: "Bring a friend", lv: "Atvest draugu", et: "Too sõber kaasa", cs: "Přivést kamarádku", fa: "آوردن یک دوست" } }],
    },
  ],
  lanes: [
    {
      key: "actions",
      type: "actions",
      name: { en: "Actions", lv: "Darbības", et: "Tegevused", cs: "Činnosti", fa: "اقدام‌ها" },
      text: {
        "see-ad": { en: "Sees a January offer while scrolling at night", lv: "Vakarā ritinot ierauga janvāra piedāvājumu", et: "Näeb õhtul sirvides jaanuaripakkumist", cs: "Večer při scrollování uvidí lednovou nabídku", fa: "شب هنگام گشتن در شبکه‌ها پیشنهاد ویژهٔ دی‌ماه را می‌بیند" },
        "compare-clubs": { en: "Checks timetables and prices of three clubs", lv: "Pārbauda trīs klubu grafikus un cenas", et: "Vaatab kolme klubi tunniplaane ja hindu", cs: "Prohlédne rozvrhy a ceny tří klubů", fa: "برنامه و قیمت سه باشگاه را بررسی می‌کند" },
        "trial-visit": { en: "Takes the tour, tries one class", lv: "Dodas ekskursijā, izmēģina vienu nodarbību", et: "Käib tuuril, proovib ühte trenni", cs: "Absolvuje prohlídku a vyzkouší jednu lekci", fa: "بازدید می‌کند و یک کلاس را امتحان می‌کند" },
        "sign-up": { en: "Signs a 12-month contract at the desk", lv: "Reģistratūrā paraksta 12 mēnešu līgumu", et: "Allkirjastab vastuvõtus 12-kuulise lepingu", cs: "Na recepci podepíše smlouvu na 12 měsíců", fa: "در پذیرش قرارداد ۱۲ ماهه امضا می‌کند" },
        "first-weeks": { en: "Books 7 a.m. classes in the app three times a week", lv: "Lietotnē trīsreiz nedēļā piesakās plkst. 7 nodarbībām", et: "Broneerib rakenduses kolm korda nädalas kella 7 trenni", cs: "Třikrát týdně si v aplikaci rezervuje lekci v 7 ráno", fa: "هفته‌ای سه بار کلاس ساعت ۷ صبح را در برنامه رزرو می‌کند" },
        "routine-breaks": { en: "Misses classes, finds the waiting list full", lv: "Izlaiž nodarbības, gaidītāju saraksts ir pilns", et: "Jätab trennid vahele, ootenimekiri on täis", cs: "Vynechává lekce, čekací listina je plná", fa: "کلاس‌ها را از دست می‌دهد و فهرست انتظار پر است" },
        "refer-friend": { en: "Brings a colleague on a free guest pass", lv: "Atved kolēģi ar bezmaksas viesa ielūgumu", et: "Toob kolleegi tasuta külalispääsmega", cs: "Přivede kolegyni na volnou vstupenku pro hosty", fa: "همکارش را با کارت مهمان رایگان می‌آورد" },
      },
    },
    {
      key: "thoughts",
      type: "thoughts",
      name: { en: "Thoughts", lv: "Domas", et: "Mõtted", cs: "Myšlenky", fa: "افکار" },
      text: {
        "see-ad": { en: "“Maybe this year.”", lv: "“Varbūt šogad.”", et: "„Võib-olla sel aastal.”", cs: "„Možná letos.“", fa: "«شاید امسال.»" },
        "compare-clubs": { en: "“Which one is on my way to work?”", lv: "“Kurš ir pa ceļam uz darbu?”", et: "„Milline jääb tööle minnes tee peale?”", cs: "„Který je mi po cestě do práce?“", fa: "«کدام سر راه محل کارم است؟»" },
        "trial-visit": { en: "“I just wanted to see the changing rooms.”", lv: "“Es tikai gribēju apskatīt ģērbtuves.”", et: "„Tahtsin lihtsalt riietusruume näha.”", cs: "„Chtěla jsem jen vidět šatny.“", fa: "«فقط می‌خواستم رختکن را ببینم.»" },
        "sign-up": { en: "“Twelve months is a big commitment.”", lv: "“Divpadsmit mēneši ir liela saistība.”", et: "„Kaksteist kuud on suur kohustus.”", cs: "„Dvanáct měsíců je velký závazek.“", fa: "«دوازده ماه تعهد بزرگی است.»" },
        "first-weeks": { en: "“I feel stronger already.”", lv: "“Jau jūtos stiprāka.”", et: "„Tunnen end juba tugevamana.”", cs: "„Už se cítím silnější.“", fa: "«همین حالا احساس می‌کنم قوی‌ترم.»" },
        "routine-breaks": { en: "“I'm paying for something I don't use.”", lv: "“Es maksāju par to, ko neizmantoju.”", et: "„Maksan millegi eest, mida ei kasuta.”", cs: "„Platím za něco, co nepoužívám.“", fa: "«پول چیزی را می‌دهم که از آن استفاده نمی‌کنم.»" },
        "refer-friend": { en: "“It's easier to go with someone.”", lv: "“Ar kādu kopā iet ir vieglāk.”", et: "„Kellegagi koos on lihtsam minna.”", cs: "„S někým se chodí snadněji.“", fa: "«با یک نفر دیگر رفتن آسان‌تر است.»" },
      },
    },
    { key: "emotions", type: "emotions", name: { en: "Emotions", lv: "Emocijas", et: "Emotsioonid", cs: "Emoce", fa: "احساسات" } },
    {
      key: "touchpoints",
      type: "touchpoints",
      name: { en: "Touchpoints", lv: "Saskarsmes punkti", et: "Kokkupuutepunktid", cs: "Kontaktní body", fa: "نقاط تماس" },
      touchpoints: {
        "see-ad": ["social-ad"],
        "compare-clubs": ["website"],
        "trial-visit": ["front-desk"],
        "sign-up": ["front-desk"],
        "first-weeks": ["member-app", "trainer"],
        "routine-breaks": ["member-app"],
        "refer-friend": ["member-app", "front-desk"],
      },
    },
    {
      key: "pain-points",
      type: "painPoints",
      name: { en: "Pain points", lv: "Sāpju punkti", et: "Valupunktid", cs: "Problémová místa", fa: "نقاط درد" },
      cards: [
        { at: "trial-visit", severity: 3, title: { en: "Sales pressure during the tour", lv: "Pārdošanas spiediens ekskursijas laikā", et: "Müügisurve tuuri ajal", cs: "Prodejní nátlak během prohlídky", fa: "فشار فروش در زمان بازدید" } },
        { at: "routine-breaks", severity: 5, title: { en: "Popular early classes always full", lv: "Populārās agrās nodarbības vienmēr pilnas", et: "Populaarsed varahommikused trennid on alati täis", cs: "Oblíbené ranní lekce jsou pořád plné", fa: "کلاس‌های محبوب صبح زود همیشه پر است" } },
        { at: "sign-up", severity: 2, title: { en: "No monthly option without a penalty", lv: "Nav ikmēneša iespējas bez soda naudas", et: "Kuupõhist valikut ilma trahvita pole", cs: "Žádná měsíční varianta bez pokuty", fa: "گزینهٔ ماهانه بدون جریمه وجود ندارد" } },
      ],
    },
    {
      key: "opportunities",
      type: "opportunities",
      name: { en: "Opportunities", lv: "Iespējas", et: "Võimalused", cs: "Příležitosti", fa: "فرصت‌ها" },
      cards: [
        { at: "routine-breaks", impact: 5, effort: 2, status: "planned", owner: { en: "Fitness team", lv: "Treneru komanda", et: "Treenerite meeskond", cs: "Tým trenérů", fa: "تیم مربیان" }, title: { en: "Trainer check-in call after two missed weeks", lv: "Trenera zvans pēc divām izlaistām nedēļām", et: "Treeneri kõne pärast kahte vahelejäänud nädalat", cs: "Telefonát od trenéra po dvou vynechaných týdnech", fa: "تماس مربی پس از دو هفته غیبت" } },
        { at: "sign-up", impact: 3, effort: 1, status: "open", owner: { en: "Club sales", lv: "Kluba pārdošana", et: "Klubi müük", cs: "Prodej v klubu", fa: "فروش باشگاه" }, title: { en: "Pause option in every contract", lv: "Apturēšanas iespēja katrā līgumā", et: "Peatamisvõimalus igas lepingus", cs: "Možnost pozastavení v každé smlouvě", fa: "امکان توقف موقت در همهٔ قراردادها" } },
        { at: "refer-friend", impact: 3, effort: 1, status: "done", owner: { en: "Marketing", lv: "Mārketings", et: "Turundus", cs: "Marketing", fa: "بازاریابی" }, title: { en: "Guest passes inside the app", lv: "Viesu ielūgumi lietotnē", et: "Külalispääsmed rakenduses", cs: "Vstupenky pro hosty v aplikaci", fa: "کارت مهمان درون برنامه" } },
      ],
    },
    {
      key: "metrics",
      type: "metrics",
      name: { en: "Metrics", lv: "Rādītāji", et: "Mõõdikud", cs: "Metriky", fa: "شاخص‌ها" },
      metrics: {
        awareness: [{ name: { en: "Ad click-through rate", lv: "Reklāmas klikšķu īpatsvars", et: "Reklaami klikkimismäär", cs: "Míra prokliku reklamy", fa: "نرخ کلیک تبلیغ" }, value: 1.4, target: 2, unit: "%" }],
        retention: [{ name: { en: "Average visits per week, months 2–3", lv: "Vidējie apmeklējumi nedēļā 2.–3. mēnesī", et: "Keskmised külastused nädalas 2.–3. kuul", cs: "Průměr návštěv za týden ve 2.–3. měsíci", fa: "میانگین مراجعه در هفته، ماه‌های ۲ تا ۳" }, value: 1.2, target: 2 }],
        advocacy: [{ name: { en: "Members who referred someone", lv: "Biedri, kas kādu ieteikuši", et: "Kedagi soovitanud liikmed", cs: "Členové, kteří někoho doporučili", fa: "اعضایی که کسی را معرفی کرده‌اند" }, value: 8, target: 15, unit: "%" }],
      },
    },
  ],
  flows: [
    {
      from: "trial-visit",
      to: "compare-clubs",
      kind: "loop",
      share: 0.4,
      label: { en: "Leaves without joining to look at another club", lv: "Aiziet, nepievienojoties, lai apskatītu citu klubu", et: "Lahkub liitumata, et vaadata teist klubi", cs: "Odejde bez přihlášení a jde se podívat do jiného klubu", fa: "بدون عضویت می‌رود تا باشگاه دیگری را ببیند" },
    },
    {
      from: "routine-breaks",
      to: "first-weeks",
      kind: "loop",
      share: 0.35,
      label: { en: "Gets back into a routine after a nudge", lv: "Pēc pamudinājuma atgriežas ierastajā ritmā", et: "Naaseb pärast meeldetuletust rutiini juurde", cs: "Po povzbuzení se vrátí k rutině", fa: "پس از یک یادآوری به روال برمی‌گردد" },
    },
  ],
};
