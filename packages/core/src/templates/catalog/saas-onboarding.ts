import type { TemplateInput } from "../template-schema";
import { RESEARCH } from "./research-sources";

/** A small agency trials a project-management SaaS: sign-up to the paid plan. */
export const saasOnboarding: TemplateInput = {
  id: "saas-onboarding",
  kind: "currentState",
  tags: ["saas", "onboarding", "b2b", "trial"],
  name: { en: "SaaS onboarding", lv: "SaaS lietotāju ievadīšana", et: "SaaS-i kasutuselevõtt", cs: "Onboarding v SaaS", fa: "آشناسازی کاربران در نرم‌افزار ابری" },
  description: {
    en: "From free trial to paid plan: how a team lead sets up a project tool for a small agency.",
    lv: "No bezmaksas izmēģinājuma līdz maksas plānam: kā komandas vadītāja ievieš projektu rīku nelielā aģentūrā.",
    et: "Tasuta prooviperioodist tasulise paketini: kuidas meeskonnajuht võtab väikeses agentuuris kasutusele projektitööriista.",
    cs: "Od zkušební verze k placenému tarifu: jak vedoucí týmu zavádí projektový nástroj v malé agentuře.",
    fa: "از دورهٔ آزمایشی رایگان تا اشتراک پولی: مدیر تیم چگونه ابزار مدیریت پروژه را در یک آژانس کوچک راه می‌اندازد.",
  },
  industry: { en: "Software (SaaS)", lv: "Programmatūra (SaaS)", et: "Tarkvara (SaaS)", cs: "Software (SaaS)", fa: "نرم‌افزار (SaaS)" },
  scope: {
    scenario: {
      en: "A 25-person design agency trials the tool for 14 days to replace spreadsheets.",
      lv: "25 cilvēku dizaina aģentūra 14 dienas izmēģina rīku, lai aizstātu izklājlapas.",
      et: "25-liikmeline disainiagentuur proovib tööriista 14 päeva, et loobuda arvutustabelitest.",
      cs: "Designová agentura s 25 lidmi zkouší nástroj 14 dní, aby nahradila tabulky.",
      fa: "یک آژانس طراحی ۲۵ نفره ابزار را ۱۴ روز آزمایش می‌کند تا جایگزین صفحه‌گسترده‌ها شود.",
    },
    desiredOutcome: {
      en: "The whole team works in the tool every week and the agency buys a paid plan before the trial ends.",
      lv: "Visa komanda katru nedēļu strādā rīkā, un aģentūra iegādājas maksas plānu pirms izmēģinājuma beigām.",
      et: "Kogu meeskond töötab tööriistas igal nädalal ja agentuur ostab tasulise paketi enne prooviperioodi lõppu.",
      cs: "Celý tým pracuje v nástroji každý týden a agentura si před koncem zkušební doby koupí placený tarif.",
      fa: "همهٔ تیم هر هفته با ابزار کار می‌کنند و آژانس پیش از پایان دورهٔ آزمایشی اشتراک پولی می‌خرد.",
    },
    kpis: [
      { name: { en: "Trial-to-paid conversion", lv: "Izmēģinājumu konversija uz maksas plānu", et: "Prooviperioodist tasuliseks", cs: "Konverze ze zkušební verze na placenou", fa: "تبدیل دورهٔ آزمایشی به اشتراک پولی" }, value: 14, target: 22, unit: "%" },
      { name: { en: "Time to first value", lv: "Laiks līdz pirmajai vērtībai", et: "Aeg esimese väärtuseni", cs: "Čas do první hodnoty", fa: "زمان تا نخستین ارزش" }, value: 4, target: 1, unit: "d" },
    ],
  },
  accessibility: {
    title: { en: "Journey map: SaaS trial to paid plan", lv: "Ceļa karte: SaaS izmēģinājums līdz maksas plānam", et: "Teekonnakaart: SaaS-i proovist tasulise paketini", cs: "Mapa cesty: od zkušební verze SaaS k placenému tarifu", fa: "نقشهٔ سفر: از آزمایش SaaS تا اشتراک پولی" },
    description: {
      en: "Four stages, seven steps. The emotion curve rises at sign-up, drops sharply at data import, recovers with the first project and dips again when the trial ends.",
      lv: "Četri posmi, septiņi soļi. Emociju līkne kāpj reģistrācijā, strauji krīt datu importā, atkopjas ar pirmo projektu un atkal krīt izmēģinājuma beigās.",
      et: "Neli etappi, seitse sammu. Emotsioonikõver tõuseb registreerumisel, langeb järsult andmete importimisel, taastub esimese projektiga ja langeb uuesti prooviperioodi lõpus.",
      cs: "Čtyři fáze, sedm kroků. Křivka emocí stoupá při registraci, prudce klesá při importu dat, zotaví se s prvním projektem a znovu klesne na konci zkušební doby.",
      fa: "چهار مرحله و هفت گام. منحنی احساس در ثبت‌نام بالا می‌رود، هنگام وارد کردن داده‌ها به‌شدت افت می‌کند، با نخستین پروژه بهبود می‌یابد و در پایان دورهٔ آزمایشی دوباره پایین می‌آید.",
    },
  },
  personas: [
    {
      key: "ops-lead",
      initials: "ML",
      name: { en: "Maya Lindqvist", lv: "Marta Kalniņa", et: "Mari Tamm", cs: "Markéta Dvořáková", fa: "مریم احمدی" },
      quote: {
        en: "If my team won't use it by Friday, it's just another login.",
        lv: "Ja komanda to neizmantos līdz piektdienai, tā būs tikai vēl viena parole.",
        et: "Kui meeskond seda reedeks ei kasuta, on see lihtsalt üks parool juurde.",
        cs: "Když to tým do pátku nezačne používat, je to jen další přihlášení.",
        fa: "اگر تیمم تا جمعه از آن استفاده نکند، فقط یک رمز عبور دیگر است.",
      },
      age: 34,
      occupation: { en: "Operations lead, design agency", lv: "Darbības vadītāja dizaina aģentūrā", et: "Disainiagentuuri tegevusjuht", cs: "Provozní ředitelka designové agentury", fa: "مدیر عملیات یک آژانس طراحی" },
      familyStatus: { en: "Married, one child", lv: "Precējusies, viens bērns", et: "Abielus, üks laps", cs: "Vdaná, jedno dítě", fa: "متأهل، یک فرزند" },
      location: { en: "Riga", lv: "Rīga", et: "Tallinn", cs: "Brno", fa: "تهران" },
      professionalGoals: [
        { en: "One place for every client project", lv: "Viena vieta visiem klientu projektiem", et: "Üks koht kõigile kliendiprojektidele", cs: "Jedno místo pro všechny klientské projekty", fa: "یک جا برای همهٔ پروژه‌های مشتریان" },
      ],
      needs: [
        { en: "Import existing spreadsheets without retyping", lv: "Importēt esošās izklājlapas bez pārrakstīšanas", et: "Olemasolevad tabelid importida ilma ümber trükkimata", cs: "Importovat stávající tabulky bez přepisování", fa: "وارد کردن صفحه‌گسترده‌های موجود بدون تایپ دوباره" },
        { en: "Clear pricing before committing", lv: "Skaidras cenas pirms lēmuma", et: "Selge hinnastus enne otsustamist", cs: "Jasné ceny před rozhodnutím", fa: "قیمت‌گذاری شفاف پیش از تصمیم" },
      ],
      frustrations: [
        { en: "Tools that need a week of training", lv: "Rīki, kuru apguvei vajadzīga nedēļa", et: "Tööriistad, mille õppimine võtab nädala", cs: "Nástroje, které vyžadují týden školení", fa: "ابزارهایی که یک هفته آموزش لازم دارند" },
      ],
      motivations: [
        { en: "Fewer status meetings", lv: "Mazāk statusa sapulču", et: "Vähem seisukoosolekuid", cs: "Méně porad o stavu", fa: "جلسه‌های گزارش وضعیت کمتر" },
      ],
      preferredChannels: ["web", "email", "chat"],
      techProficiency: "medium",
      asIs: {
        "start-trial": { score: 1, evidence: [{ kind: "analytics", text: { en: "62% of sign-ups finish the form in under two minutes.", lv: "62 % reģistrētāju aizpilda formu ātrāk par divām minūtēm.", et: "62% registreerujatest täidab vormi alla kahe minutiga.", cs: "62 % registrujících vyplní formulář za méně než dvě minuty.", fa: "۶۲٪ ثبت‌نام‌کنندگان فرم را در کمتر از دو دقیقه پر می‌کنند." } }] },
        "create-account": { score: 1, evidence: [RESEARCH.onboardingInterviews] },
        "import-data": {
          score: -2,
          note: { en: "Column mapping fails on merged cells", lv: "Kolonnu sasaiste neizdodas apvienotām šūnām", et: "Veergude sidumine ebaõnnestub liidetud lahtritega", cs: "Mapování sloupců selže na sloučených buňkách", fa: "تطبیق ستون‌ها در سلول‌های ادغام‌شده شکست می‌خورد" },
          evidence: [{ kind: "ticket", text: { en: "“The import ate half my tasks and didn't say why.”", lv: "“Imports pazaudēja pusi uzdevumu un nepaskaidroja, kāpēc.”", et: "„Import kaotas pooled ülesanded ega öelnud, miks.”", cs: "„Import spolkl polovinu úkolů a neřekl proč.“", fa: "«وارد کردن نیمی از کارهایم را از بین برد و نگفت چرا.»" }, source: { en: "Support tickets, Q3", lv: "Atbalsta pieteikumi, 3. cet.", et: "Tugipöördumised, III kv", cs: "Tikety podpory, 3. čtvrtletí", fa: "درخواست‌های پشتیبانی، فصل سوم" } }],
        },
        "invite-team": { score: 0, evidence: [RESEARCH.onboardingInterviews] },
        "first-project": { score: 2, evidence: [{ kind: "interview", text: { en: "“The first board with real work on it — that's when it clicked.”", lv: "“Pirmā tāfele ar īstu darbu — tad viss kļuva skaidrs.”", et: "„Esimene tahvel päris tööga — siis sain asjale pihta.”", cs: "„První nástěnka se skutečnou prací — tehdy mi to docvaklo.“", fa: "«اولین تابلو با کار واقعی — همان لحظه همه‌چیز جا افتاد.»" } }] },
        "weekly-use": { score: 1, evidence: [RESEARCH.onboardingInterviews] },
        "choose-plan": { score: -1, evidence: [{ kind: "survey", text: { en: "41% found the plan comparison confusing.", lv: "41 % plānu salīdzinājumu uzskatīja par mulsinošu.", et: "41% pidas pakettide võrdlust segaseks.", cs: "41 % považovalo srovnání tarifů za matoucí.", fa: "۴۱٪ مقایسهٔ طرح‌ها را گیج‌کننده دانستند." } }] },
      },
    },
  ],
  touchpoints: [
    { key: "pricing-page", name: { en: "Pricing page", lv: "Cenu lapa", et: "Hinnaleht", cs: "Stránka s ceníkem", fa: "صفحهٔ قیمت‌ها" }, channel: "web", ownerTeam: { en: "Marketing", lv: "Mārketings", et: "Turundus", cs: "Marketing", fa: "بازاریابی" } },
    { key: "welcome-email", name: { en: "Welcome e-mail series", lv: "Sveiciena e-pastu sērija", et: "Tervituskirjade seeria", cs: "Uvítací e-maily", fa: "مجموعه ایمیل‌های خوشامد" }, channel: "email", ownerTeam: { en: "Lifecycle marketing", lv: "Klientu cikla mārketings", et: "Elutsükli turundus", cs: "Lifecycle marketing", fa: "بازاریابی چرخهٔ عمر مشتری" } },
    { key: "import-wizard", name: { en: "Import wizard", lv: "Importa vednis", et: "Impordiviisard", cs: "Průvodce importem", fa: "راهنمای گام‌به‌گام ورود داده" }, channel: "app", ownerTeam: { en: "Product", lv: "Produkts", et: "Toode", cs: "Produkt", fa: "محصول" } },
    { key: "in-app-chat", name: { en: "In-app chat", lv: "Tērzēšana lietotnē", et: "Rakendusesisene vestlus", cs: "Chat v aplikaci", fa: "گفت‌وگوی درون‌برنامه‌ای" }, channel: "chat", ownerTeam: { en: "Customer success", lv: "Klientu panākumi", et: "Kliendiedu", cs: "Customer success", fa: "موفقیت مشتری" } },
    { key: "billing-page", name: { en: "Billing settings", lv: "Norēķinu iestatījumi", et: "Arveldusseaded", cs: "Nastavení fakturace", fa: "تنظیمات صورت‌حساب" }, channel: "app", ownerTeam: { en: "Billing", lv: "Norēķini", et: "Arveldus", cs: "Fakturace", fa: "صورت‌حساب" } },
  ],
  stages: [
    {
      key: "sign-up",
      name: { en: "Sign-up", lv: "Reģistrācija", et: "Registreerumine", cs: "Registrace", fa: "ثبت‌نام" },
      kpis: [{ name: { en: "Sign-up completion", lv: "Pabeigtas reģistrācijas", et: "Lõpetatud registreerumised", cs: "Dokončené registrace", fa: "تکمیل ثبت‌نام" }, value: 71, target: 80, unit: "%" }],
      steps: [
        { key: "start-trial", name: { en: "Start a free trial", lv: "Sākt bezmaksas izmēģinājumu", et: "Alusta tasuta prooviperioodi", cs: "Spustit zkušební verzi", fa: "شروع دورهٔ آزمایشی رایگان" } },
        { key: "create-account", name: { en: "Create the workspace", lv: "Izveidot darbvietu", et: "Loo tööruum", cs: "Vytvořit pracovní prostor", fa: "ساختن فضای کاری" } },
      ],
    },
    {
      key: "setup",
      name: { en: "Set-up", lv: "Iestatīšana", et: "Seadistamine", cs: "Nastavení", fa: "راه‌اندازی" },
      kpis: [{ name: { en: "Import success rate", lv: "Veiksmīgi importi", et: "Õnnestunud impordid", cs: "Úspěšnost importu", fa: "نرخ موفقیت ورود داده" }, value: 58, target: 90, unit: "%" }],
      steps: [
        { key: "import-data", name: { en: "Import projects from spreadsheets", lv: "Importēt projektus no izklājlapām", et: "Impordi projektid tabelitest", cs: "Importovat projekty z tabulek", fa: "وارد کردن پروژه‌ها از صفحه‌گسترده" } },
        { key: "invite-team", name: { en: "Invite the team", lv: "Uzaicināt komandu", et: "Kutsu meeskond", cs: "Pozvat tým", fa: "دعوت از تیم" } },
      ],
    },
    {
      key: "first-value",
      name: { en: "First value", lv: "Pirmā vērtība", et: "Esimene väärtus", cs: "První hodnota", fa: "نخستین ارزش" },
      steps: [
        {
          key: "first-project",
          name: { en: "Run the first project", lv: "Vadīt pirmo projektu", et: "Vii läbi esimene projekt", cs: "Vést první projekt", fa: "اجرای نخستین پروژه" },
          moment: {
            en: "The aha moment: real work in the tool. Teams that reach it in week one convert three times as often.",
            lv: "Atklāsmes brīdis: īsts darbs rīkā. Komandas, kas to sasniedz pirmajā nedēļā, pērk trīs reizes biežāk.",
            et: "Ahaa-hetk: päris töö tööriistas. Meeskonnad, kes jõuavad selleni esimesel nädalal, ostavad kolm korda sagedamini.",
            cs: "Okamžik prozření: skutečná práce v nástroji. Týmy, které ho zažijí v prvním týdnu, kupují třikrát častěji.",
            fa: "لحظهٔ «آها»: کار واقعی در ابزار. تیم‌هایی که در هفتهٔ اول به آن می‌رسند سه برابر بیشتر خرید می‌کنند.",
          },
        },
      ],
    },
    {
      key: "adoption",
      name: { en: "Adoption and purchase", lv: "Ieviešana un pirkums", et: "Omaksvõtt ja ost", cs: "Osvojení a nákup", fa: "پذیرش و خرید" },
      kpis: [{ name: { en: "Weekly active seats", lv: "Nedēļas aktīvie lietotāji", et: "Iganädalased aktiivsed kasutajad", cs: "Týdně aktivní uživatelé", fa: "کاربران فعال هفتگی" }, value: 48, target: 75, unit: "%" }],
      steps: [
        { key: "weekly-use", name: { en: "Use it every week", lv: "Lietot katru nedēļu", et: "Kasuta igal nädalal", cs: "Používat každý týden", fa: "استفادهٔ هفتگی" } },
        {
          key: "choose-plan",
          name: { en: "Choose a plan as the trial ends", lv: "Izvēlēties plānu izmēģinājuma beigās", et: "Vali pakett prooviperioodi lõpus", cs: "Vybrat tarif na konci zkušební doby", fa: "انتخاب طرح در پایان دورهٔ آزمایشی" },
          moment: {
            en: "Money changes hands; unclear limits here undo two weeks of goodwill.",
            lv: "Šeit tiek maksāts; neskaidri limiti izjauc divu nedēļu labo iespaidu.",
            et: "Siin makstakse; ebaselged piirangud hävitavad kahe nädala hea mulje.",
            cs: "Tady se platí; nejasné limity smažou dva týdny dobrého dojmu.",
            fa: "اینجا پول پرداخت می‌شود؛ محدودیت‌های مبهم حسن‌نیت دو هفته را از بین می‌برد.",
          },
        },
      ],
    },
  ],
  lanes: [
    {
      key: "actions",
      type: "actions",
      name: { en: "Actions", lv: "Darbības", et: "Tegevused", cs: "Činnosti", fa: "اقدام‌ها" },
      text: {
        "start-trial": { en: "Compares three tools, clicks “Try free” on the pricing page", lv: "Salīdzina trīs rīkus, cenu lapā noklikšķina “Izmēģināt bez maksas”", et: "Võrdleb kolme tööriista, klõpsab hinnalehel „Proovi tasuta”", cs: "Porovná tři nástroje a na ceníku klikne na „Vyzkoušet zdarma“", fa: "سه ابزار را مقایسه می‌کند و در صفحهٔ قیمت‌ها روی «آزمایش رایگان» می‌زند" },
        "create-account": { en: "Names the workspace, picks the agency template", lv: "Nosauc darbvietu, izvēlas aģentūras veidni", et: "Annab tööruumile nime, valib agentuuri malli", cs: "Pojmenuje prostor a vybere šablonu pro agentury", fa: "برای فضای کاری نام می‌گذارد و قالب آژانس را انتخاب می‌کند" },
        "import-data": { en: "Uploads the project spreadsheet, maps columns by hand", lv: "Augšupielādē projektu izklājlapu, kolonnas sasaista ar roku", et: "Laadib üles projektitabeli, seob veerud käsitsi", cs: "Nahraje tabulku projektů a ručně mapuje sloupce", fa: "صفحه‌گستردهٔ پروژه‌ها را بارگذاری و ستون‌ها را دستی تطبیق می‌دهد" },
        "invite-team": { en: "Invites eight designers, two accept the same day", lv: "Uzaicina astoņus dizainerus, tajā pašā dienā pievienojas divi", et: "Kutsub kaheksa disainerit, samal päeval liitub kaks", cs: "Pozve osm designérů, ten den se přidají dva", fa: "هشت طراح را دعوت می‌کند؛ دو نفر همان روز می‌پذیرند" },
        "first-project": { en: "Moves a live client project onto a board, assigns tasks", lv: "Pārceļ aktīvu klienta projektu uz tāfeli, sadala uzdevumus", et: "Tõstab käimasoleva kliendiprojekti tahvlile, jagab ülesanded", cs: "Přesune živý klientský projekt na nástěnku a rozdělí úkoly", fa: "یک پروژهٔ جاری مشتری را روی تابلو می‌برد و کارها را تقسیم می‌کند" },
        "weekly-use": { en: "Runs the Monday stand-up from the board", lv: "Pirmdienas sapulci vada no tāfeles", et: "Juhib esmaspäevast koosolekut tahvlilt", cs: "Vede pondělní poradu přímo z nástěnky", fa: "جلسهٔ کوتاه دوشنبه را از روی تابلو برگزار می‌کند" },
        "choose-plan": { en: "Compares plans, asks finance to approve the card payment", lv: "Salīdzina plānus, lūdz finanšu nodaļai apstiprināt maksājumu", et: "Võrdleb pakette, palub finantsil kaardimakse kinnitada", cs: "Porovná tarify a požádá finance o schválení platby kartou", fa: "طرح‌ها را مقایسه می‌کند و از واحد مالی تأیید پرداخت با کارت را می‌خواهد" },
      },
    },
    {
      key: "thoughts",
      type: "thoughts",
      name: { en: "Thoughts", lv: "Domas", et: "Mõtted", cs: "Myšlenky", fa: "افکار" },
      text: {
        "start-trial": { en: "“No credit card needed — good.”", lv: "“Nevajag kredītkarti — labi.”", et: "„Krediitkaarti pole vaja — hea.”", cs: "„Nepotřebuju kartu — super.“", fa: "«کارت اعتباری لازم نیست — خوب است.»" },
        "create-account": { en: "“Looks like it was made for agencies.”", lv: "“Izskatās, ka tas domāts aģentūrām.”", et: "„Paistab, et see on tehtud agentuuridele.”", cs: "„Vypadá to, že je to dělané pro agentury.“", fa: "«انگار برای آژانس‌ها ساخته شده.»" },
        "import-data": { en: "“Where did half of my tasks go?”", lv: "“Kur palika puse manu uzdevumu?”", et: "„Kuhu pooled mu ülesanded kadusid?”", cs: "„Kam zmizela polovina mých úkolů?“", fa: "«نیمی از کارهایم کجا رفت؟»" },
        "invite-team": { en: "“Will they actually log in?”", lv: "“Vai viņi tiešām pieslēgsies?”", et: "„Kas nad ikka logivad sisse?”", cs: "„Opravdu se přihlásí?“", fa: "«واقعاً وارد می‌شوند؟»" },
        "first-project": { en: "“Finally I can see who is doing what.”", lv: "“Beidzot redzu, kurš ko dara.”", et: "„Lõpuks näen, kes mida teeb.”", cs: "„Konečně vidím, kdo co dělá.“", fa: "«بالاخره می‌بینم چه کسی چه کاری می‌کند.»" },
        "weekly-use": { en: "“The stand-up took ten minutes instead of forty.”", lv: "“Sapulce ilga desmit minūtes, nevis četrdesmit.”", et: "„Koosolek kestis kümme minutit, mitte nelikümmend.”", cs: "„Porada trvala deset minut místo čtyřiceti.“", fa: "«جلسه به‌جای چهل دقیقه ده دقیقه طول کشید.»" },
        "choose-plan": { en: "“Which plan do we need, and why per seat?”", lv: "“Kurš plāns mums vajadzīgs, un kāpēc maksa par katru lietotāju?”", et: "„Millist paketti meil vaja on ja miks kasutaja kohta?”", cs: "„Jaký tarif potřebujeme a proč se platí za uživatele?“", fa: "«کدام طرح را لازم داریم و چرا به ازای هر کاربر؟»" },
      },
    },
    { key: "emotions", type: "emotions", name: { en: "Emotions", lv: "Emocijas", et: "Emotsioonid", cs: "Emoce", fa: "احساسات" } },
    {
      key: "touchpoints",
      type: "touchpoints",
      name: { en: "Touchpoints", lv: "Saskarsmes punkti", et: "Kokkupuutepunktid", cs: "Kontaktní body", fa: "نقاط تماس" },
      touchpoints: {
        "start-trial": ["pricing-page"],
        "create-account": ["welcome-email"],
        "import-data": ["import-wizard", "in-app-chat"],
        "invite-team": ["welcome-email"],
        "first-project": ["in-app-chat"],
        "choose-plan": ["pricing-page", "billing-page"],
      },
    },
    {
      key: "pain-points",
      type: "painPoints",
      name: { en: "Pain points", lv: "Sāpju punkti", et: "Valupunktid", cs: "Problémová místa", fa: "نقاط درد" },
      cards: [
        { at: "import-data", severity: 5, title: { en: "Import drops rows silently", lv: "Imports klusi izlaiž rindas", et: "Import jätab read vaikselt välja", cs: "Import potichu vynechá řádky", fa: "ورود داده بی‌صدا ردیف‌ها را حذف می‌کند" } },
        { at: "invite-team", severity: 3, title: { en: "Invitations land in spam", lv: "Uzaicinājumi nonāk surogātpastā", et: "Kutsed satuvad rämpsposti", cs: "Pozvánky končí ve spamu", fa: "دعوت‌نامه‌ها به پوشهٔ هرزنامه می‌روند" } },
        { at: "choose-plan", severity: 4, title: { en: "Seat limits unclear on the pricing page", lv: "Cenu lapā nav skaidri lietotāju limiti", et: "Hinnalehel pole kasutajate piirangud selged", cs: "Na ceníku nejsou jasné limity uživatelů", fa: "محدودیت تعداد کاربر در صفحهٔ قیمت‌ها روشن نیست" } },
      ],
    },
    {
      key: "opportunities",
      type: "opportunities",
      name: { en: "Opportunities", lv: "Iespējas", et: "Võimalused", cs: "Příležitosti", fa: "فرصت‌ها" },
      cards: [
        { at: "import-data", impact: 5, effort: 3, status: "planned", owner: { en: "Product", lv: "Produkts", et: "Toode", cs: "Produkt", fa: "محصول" }, title: { en: "Preview and fix rows before import", lv: "Priekšskatīt un labot rindas pirms importa", et: "Ridade eelvaade ja parandus enne importi", cs: "Náhled a oprava řádků před importem", fa: "پیش‌نمایش و اصلاح ردیف‌ها پیش از ورود" } },
        { at: "first-project", impact: 4, effort: 2, status: "open", owner: { en: "Customer success", lv: "Klientu panākumi", et: "Kliendiedu", cs: "Customer success", fa: "موفقیت مشتری" }, title: { en: "Offer a 20-minute guided set-up call", lv: "Piedāvāt 20 minūšu ievadzvanu", et: "Paku 20-minutilist juhendatud kõnet", cs: "Nabídnout 20minutový úvodní hovor", fa: "پیشنهاد تماس ۲۰ دقیقه‌ای راه‌اندازی همراه با راهنما" } },
        { at: "choose-plan", impact: 4, effort: 1, status: "inProgress", owner: { en: "Marketing", lv: "Mārketings", et: "Turundus", cs: "Marketing", fa: "بازاریابی" }, title: { en: "Recommend a plan from actual usage", lv: "Ieteikt plānu pēc faktiskā lietojuma", et: "Soovita paketti tegeliku kasutuse põhjal", cs: "Doporučit tarif podle skutečného používání", fa: "پیشنهاد طرح بر اساس استفادهٔ واقعی" } },
      ],
    },
    {
      key: "metrics",
      type: "metrics",
      name: { en: "Metrics", lv: "Rādītāji", et: "Mõõdikud", cs: "Metriky", fa: "شاخص‌ها" },
      metrics: {
        "sign-up": [{ name: { en: "Visitors starting a trial", lv: "Apmeklētāji, kas sāk izmēģinājumu", et: "Prooviperioodi alustanud külastajad", cs: "Návštěvníci, kteří začnou zkoušet", fa: "بازدیدکنندگانی که آزمایش را شروع می‌کنند" }, value: 3.1, target: 4, unit: "%" }],
        setup: [{ name: { en: "Invited users who accept", lv: "Uzaicinātie, kas pievienojas", et: "Kutse vastu võtnud kasutajad", cs: "Pozvaní, kteří přijmou", fa: "دعوت‌شدگانی که می‌پذیرند" }, value: 45, target: 70, unit: "%" }],
        "first-value": [{ name: { en: "Workspaces with a live project in week one", lv: "Darbvietas ar aktīvu projektu pirmajā nedēļā", et: "Tööruumid, kus esimesel nädalal on päris projekt", cs: "Prostory s živým projektem v prvním týdnu", fa: "فضاهای کاری با پروژهٔ فعال در هفتهٔ اول" }, value: 37, target: 60, unit: "%" }],
        adoption: [{ name: { en: "Trial-to-paid conversion", lv: "Konversija uz maksas plānu", et: "Tasuliseks muutumine", cs: "Konverze na placený tarif", fa: "تبدیل به اشتراک پولی" }, value: 14, target: 22, unit: "%" }],
      },
    },
  ],
  flows: [
    {
      from: "import-data",
      to: "import-data",
      kind: "loop",
      share: 0.42,
      label: { en: "Retries the import after fixing the file", lv: "Atkārto importu pēc faila labošanas", et: "Proovib importi uuesti pärast faili parandamist", cs: "Po opravě souboru zkouší import znovu", fa: "پس از اصلاح فایل دوباره وارد کردن را امتحان می‌کند" },
    },
    {
      from: "choose-plan",
      to: "start-trial",
      kind: "reentry",
      share: 0.08,
      label: { en: "Comes back months later with a new team", lv: "Atgriežas pēc mēnešiem ar jaunu komandu", et: "Tuleb kuude pärast uue meeskonnaga tagasi", cs: "Vrátí se po měsících s novým týmem", fa: "ماه‌ها بعد با تیمی تازه برمی‌گردد" },
    },
  ],
};
