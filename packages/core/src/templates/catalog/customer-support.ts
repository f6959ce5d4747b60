import type { TemplateInput } from "../template-schema";
import { RESEARCH } from "./research-sources";

/** A home-internet outage from the customer's side: self-service, chat, phone, technician. */
export const customerSupport: TemplateInput = {
  id: "customer-support",
  kind: "currentState",
  tags: ["support", "telecom", "contact-centre", "self-service"],
  name: { en: "Customer support", lv: "Klientu atbalsts", et: "Klienditugi", cs: "Zákaznická podpora", fa: "پشتیبانی مشتریان" },
  description: {
    en: "A customer whose home internet keeps dropping seeks help: help pages, chat, phone and a technician visit.",
    lv: "Klients, kura mājas internets regulāri pārtrūkst, meklē palīdzību: palīdzības lapas, tērzēšana, tālrunis un tehniķa vizīte.",
    et: "Klient, kelle koduinternet pidevalt katkeb, otsib abi: abilehed, vestlus, telefon ja tehniku külastus.",
    cs: "Zákaznice, které neustále vypadává internet, hledá pomoc: nápověda, chat, telefon a návštěva technika.",
    fa: "مشتری‌ای که اینترنت خانگی‌اش مدام قطع می‌شود به دنبال کمک است: صفحه‌های راهنما، گفت‌وگوی آنلاین، تلفن و مراجعهٔ تکنسین.",
  },
  industry: { en: "Telecommunications", lv: "Telekomunikācijas", et: "Telekommunikatsioon", cs: "Telekomunikace", fa: "مخابرات" },
  scope: {
    scenario: {
      en: "A self-employed accountant working from home loses the connection several times a day.",
      lv: "Pašnodarbināta grāmatvede, kas strādā no mājām, vairākas reizes dienā zaudē savienojumu.",
      et: "Kodust töötav füüsilisest isikust ettevõtjast raamatupidaja kaotab ühenduse mitu korda päevas.",
      cs: "Účetní na volné noze pracující z domova přichází o připojení několikrát denně.",
      fa: "حسابداری که خویش‌فرما است و از خانه کار می‌کند، چند بار در روز اتصالش را از دست می‌دهد.",
    },
    desiredOutcome: {
      en: "Solved in one contact, without repeating the story, and the customer is told before being asked.",
      lv: "Atrisināts ar vienu kontaktu, nestāstot visu no jauna, un klients tiek informēts, pirms viņam jājautā.",
      et: "Lahendatud ühe pöördumisega, lugu kordamata, ja klienti teavitatakse enne, kui ta peab küsima.",
      cs: "Vyřešeno jedním kontaktem, bez opakování celého příběhu, a zákaznice se to dozví dřív, než se musí zeptat.",
      fa: "حل مشکل با یک بار تماس، بدون تکرار ماجرا، و اطلاع‌رسانی به مشتری پیش از آنکه خودش بپرسد.",
    },
    kpis: [
      { name: { en: "First-contact resolution", lv: "Atrisināts pirmajā kontaktā", et: "Esimese pöördumisega lahendatud", cs: "Vyřešeno při prvním kontaktu", fa: "حل در نخستین تماس" }, value: 52, target: 75, unit: "%" },
      { name: { en: "Customer effort score", lv: "Klienta piepūles rādītājs", et: "Kliendi pingutuse skoor", cs: "Skóre zákaznického úsilí", fa: "امتیاز تلاش مشتری" }, value: 4.8, target: 3, unit: "CES" },
    ],
  },
  accessibility: {
    title: { en: "Journey map: getting help with an internet outage", lv: "Ceļa karte: palīdzība interneta traucējumu gadījumā", et: "Teekonnakaart: abi internetirikke korral", cs: "Mapa cesty: pomoc při výpadku internetu", fa: "نقشهٔ سفر: دریافت کمک هنگام قطعی اینترنت" },
    description: {
      en: "Four stages, seven steps. Mood starts low, falls further in the chatbot loop and the phone queue, and recovers only when the technician fixes the line.",
      lv: "Četri posmi, septiņi soļi. Noskaņojums sākumā ir zems, vēl vairāk krīt tērzēšanas robota lokā un tālruņa rindā un atkopjas tikai tad, kad tehniķis salabo līniju.",
      et: "Neli etappi, seitse sammu. Meeleolu on algusest madal, langeb vestlusroboti ringis ja telefonijärjekorras veelgi ning taastub alles siis, kui tehnik liini korda teeb.",
      cs: "Čtyři fáze, sedm kroků. Nálada začíná nízko, ve smyčce chatbota a ve frontě na telefonu ještě klesá a zlepší se až ve chvíli, kdy technik opraví linku.",
      fa: "چهار مرحله و هفت گام. حال مشتری از ابتدا پایین است، در چرخهٔ ربات گفت‌وگو و صف تلفن بدتر می‌شود و فقط وقتی تکنسین خط را درست می‌کند بهتر می‌شود.",
    },
  },
  personas: [
    {
      key: "customer",
      initials: "GM",
      name: { en: "Grace Mitchell", lv: "Dace Vītola", et: "Tiina Rebane", cs: "Jana Kučerová", fa: "فاطمه نوری" },
      quote: {
        en: "I've told three people the same thing. Just tell me when it will be fixed.",
        lv: "Esmu trim cilvēkiem stāstījusi vienu un to pašu. Vienkārši pasakiet, kad to salabos.",
        et: "Olen kolmele inimesele sama asja rääkinud. Öelge lihtsalt, millal see korda tehakse.",
        cs: "Řekla jsem totéž třem lidem. Řekněte mi prostě, kdy to bude opravené.",
        fa: "همین را به سه نفر گفته‌ام. فقط بگویید کی درست می‌شود.",
      },
      age: 58,
      occupation: { en: "Self-employed accountant", lv: "Pašnodarbināta grāmatvede", et: "FIE-st raamatupidaja", cs: "Účetní na volné noze", fa: "حسابدار خویش‌فرما" },
      familyStatus: { en: "Widowed, two adult children", lv: "Atraitne, divi pieauguši bērni", et: "Lesk, kaks täiskasvanud last", cs: "Vdova, dvě dospělé děti", fa: "همسر درگذشته، دو فرزند بزرگسال" },
      location: { en: "Cardiff", lv: "Daugavpils", et: "Rakvere", cs: "České Budějovice", fa: "تبریز" },
      needs: [
        { en: "A working connection during client calls", lv: "Strādājošs savienojums klientu zvanu laikā", et: "Töötav ühendus kliendikõnede ajal", cs: "Funkční připojení během hovorů s klienty", fa: "اتصال پایدار هنگام تماس با مشتریان" },
        { en: "A real person when the bot can't help", lv: "Īsts cilvēks, kad robots nespēj palīdzēt", et: "Päris inimene, kui robot aidata ei suuda", cs: "Skutečný člověk, když bot nepomůže", fa: "یک انسان واقعی وقتی ربات کمکی نمی‌کند" },
      ],
      frustrations: [
        { en: "Repeating account details on every channel", lv: "Jāatkārto konta dati katrā kanālā", et: "Kontoandmete kordamine igas kanalis", cs: "Opakování údajů o účtu v každém kanálu", fa: "تکرار اطلاعات حساب در هر کانال" },
        { en: "“Have you tried restarting the router?”", lv: "“Vai mēģinājāt restartēt maršrutētāju?”", et: "„Kas olete ruuteri taaskäivitamist proovinud?”", cs: "„Zkoušela jste restartovat router?“", fa: "«مودم را خاموش و روشن کرده‌اید؟»" },
      ],
      motivations: [
        { en: "Not losing clients because of missed calls", lv: "Nezaudēt klientus neatbildētu zvanu dēļ", et: "Mitte kaotada kliente vastamata kõnede tõttu", cs: "Nepřijít o klienty kvůli zmeškaným hovorům", fa: "از دست ندادن مشتری به‌خاطر تماس‌های ازدست‌رفته" },
      ],
      preferredChannels: ["phone", "email"],
      techProficiency: "low",
      asIs: {
        "notice-problem": { score: -1, evidence: [RESEARCH.callRecordings] },
        "search-help": { score: -1, evidence: [{ kind: "analytics", text: { en: "The outage help page has a 78% exit rate.", lv: "Traucējumu palīdzības lapas iziešanas rādītājs ir 78 %.", et: "Rikete abilehelt lahkub 78% külastajatest.", cs: "Stránka nápovědy k výpadkům má míru odchodu 78 %.", fa: "۷۸٪ بازدیدکنندگان از صفحهٔ راهنمای قطعی خارج می‌شوند." } }] },
        "chat-bot": {
          score: -2,
          evidence: [{ kind: "chat", text: { en: "“Agent. AGENT. Can I talk to a human?”", lv: "“Operators. OPERATORS. Vai varu runāt ar cilvēku?”", et: "„Konsultant. KONSULTANT. Kas ma saan inimesega rääkida?”", cs: "„Operátor. OPERÁTOR. Můžu mluvit s člověkem?“", fa: "«اپراتور. اپراتور! می‌شود با یک آدم حرف بزنم؟»" }, source: { en: "Chat transcripts, September", lv: "Tērzēšanas ieraksti, septembris", et: "Vestluste logid, september", cs: "Přepisy chatů, září", fa: "متن گفت‌وگوها، شهریور" } }],
        },
        "phone-queue": {
          score: -2,
          note: { en: "Waited 34 minutes, then asked for the account number again", lv: "Gaidīja 34 minūtes, tad atkal prasīja līguma numuru", et: "Ootas 34 minutit, siis küsiti uuesti kliendinumbrit", cs: "Čekala 34 minut a pak se jí znovu ptali na číslo smlouvy", fa: "۳۴ دقیقه منتظر ماند، بعد دوباره شمارهٔ اشتراک را پرسیدند" },
          evidence: [{ kind: "analytics", text: { en: "Average speed of answer at 9–10 a.m.: 31 minutes.", lv: "Vidējais atbildes laiks no 9 līdz 10: 31 minūte.", et: "Keskmine vastamisaeg kell 9–10: 31 minutit.", cs: "Průměrná doba přijetí hovoru mezi 9. a 10. hodinou: 31 minut.", fa: "میانگین زمان پاسخ بین ساعت ۹ تا ۱۰: ۳۱ دقیقه." } }],
        },
        "technician-visit": { score: 0, evidence: [RESEARCH.callRecordings] },
        "line-fixed": { score: 2, evidence: [{ kind: "survey", text: { en: "CSAT after a fixed visit: 4.4 of 5.", lv: "Apmierinātība pēc veiksmīgas vizītes: 4,4 no 5.", et: "Rahulolu pärast edukat külastust: 4,4 viiest.", cs: "Spokojenost po úspěšné návštěvě: 4,4 z 5.", fa: "رضایت پس از مراجعهٔ موفق: ۴٫۴ از ۵." } }] },
        "follow-up": { score: 1, evidence: [RESEARCH.callRecordings] },
      },
    },
  ],
  touchpoints: [
    { key: "status-page", name: { en: "Outage status page", lv: "Traucējumu statusa lapa", et: "Rikete olekuleht", cs: "Stránka stavu výpadků", fa: "صفحهٔ وضعیت قطعی" }, channel: "web", ownerTeam: { en: "Network operations", lv: "Tīkla darbība", et: "Võrguhaldus", cs: "Provoz sítě", fa: "عملیات شبکه" } },
    { key: "help-centre", name: { en: "Help centre articles", lv: "Palīdzības centra raksti", et: "Abikeskuse artiklid", cs: "Články centra nápovědy", fa: "مقاله‌های مرکز راهنما" }, channel: "web", ownerTeam: { en: "Digital care", lv: "Digitālā apkalpošana", et: "Digitaalne teenindus", cs: "Digitální péče", fa: "پشتیبانی دیجیتال" } },
    { key: "chatbot", name: { en: "Chatbot", lv: "Tērzēšanas robots", et: "Vestlusrobot", cs: "Chatbot", fa: "ربات گفت‌وگو" }, channel: "chat", ownerTeam: { en: "Digital care", lv: "Digitālā apkalpošana", et: "Digitaalne teenindus", cs: "Digitální péče", fa: "پشتیبانی دیجیتال" } },
    { key: "call-centre", name: { en: "Call centre", lv: "Zvanu centrs", et: "Kõnekeskus", cs: "Call centrum", fa: "مرکز تماس" }, channel: "phone", ownerTeam: { en: "Customer care", lv: "Klientu apkalpošana", et: "Klienditeenindus", cs: "Zákaznický servis", fa: "خدمات مشتریان" } },
    { key: "technician", name: { en: "Field technician", lv: "Izbraukuma tehniķis", et: "Välitehnik", cs: "Technik v terénu", fa: "تکنسین اعزامی" }, channel: "inPerson", ownerTeam: { en: "Field service", lv: "Lauka serviss", et: "Väliteenindus", cs: "Servis v terénu", fa: "خدمات میدانی" } },
    { key: "survey-email", name: { en: "Satisfaction survey e-mail", lv: "Apmierinātības aptaujas e-pasts", et: "Rahuloluküsitluse kiri", cs: "E-mail s dotazníkem spokojenosti", fa: "ایمیل نظرسنجی رضایت" }, channel: "email", ownerTeam: { en: "Customer insight", lv: "Klientu izpēte", et: "Kliendiuuringud", cs: "Zákaznický výzkum", fa: "بینش مشتری" } },
  ],
  stages: [
    {
      key: "problem",
      name: { en: "Problem", lv: "Problēma", et: "Probleem", cs: "Problém", fa: "مشکل" },
      steps: [{ key: "notice-problem", name: { en: "Notice the connection dropping", lv: "Pamanīt, ka savienojums pārtrūkst", et: "Märka ühenduse katkemist", cs: "Všimnout si výpadků připojení", fa: "متوجه قطع شدن اتصال" } }],
    },
    {
      key: "self-service",
      name: { en: "Self-service", lv: "Pašapkalpošanās", et: "Iseteenindus", cs: "Samoobsluha", fa: "سلف‌سرویس" },
      kpis: [{ name: { en: "Issues solved without an agent", lv: "Problēmas atrisinātas bez operatora", et: "Konsultandita lahendatud mured", cs: "Problémy vyřešené bez operátora", fa: "مشکلات حل‌شده بدون کارشناس" }, value: 21, target: 35, unit: "%" }],
      steps: [
        { key: "search-help", name: { en: "Search the help pages", lv: "Meklēt palīdzības lapās", et: "Otsi abilehtedelt", cs: "Hledat v nápovědě", fa: "جست‌وجو در صفحه‌های راهنما" } },
        { key: "chat-bot", name: { en: "Ask the chatbot", lv: "Jautāt tērzēšanas robotam", et: "Küsi vestlusrobotilt", cs: "Zeptat se chatbota", fa: "پرسیدن از ربات گفت‌وگو" } },
      ],
    },
    {
      key: "assisted",
      name: { en: "Assisted support", lv: "Atbalsts ar konsultantu", et: "Abi teenindajalt", cs: "Asistovaná podpora", fa: "پشتیبانی با کارشناس" },
      kpis: [{ name: { en: "Average speed of answer", lv: "Vidējais atbildes laiks", et: "Keskmine vastamisaeg", cs: "Průměrná doba přijetí hovoru", fa: "میانگین زمان پاسخ" }, value: 31, target: 5, unit: "min" }],
      steps: [
        {
          key: "phone-queue",
          name: { en: "Call and explain again", lv: "Piezvanīt un paskaidrot vēlreiz", et: "Helista ja selgita uuesti", cs: "Zavolat a vysvětlit to znovu", fa: "تماس و توضیح دوباره" },
          moment: {
            en: "The first human contact: if the agent already knows the history, trust returns; if not, the customer starts looking at competitors.",
            lv: "Pirmais kontakts ar cilvēku: ja konsultants jau zina vēsturi, uzticēšanās atgriežas; ja ne, klients sāk skatīties uz konkurentiem.",
            et: "Esimene inimkontakt: kui teenindaja teab juba ajalugu, taastub usaldus; kui mitte, hakkab klient konkurente vaatama.",
            cs: "První kontakt s člověkem: když operátor zná historii, důvěra se vrací; když ne, zákaznice se začne dívat po konkurenci.",
            fa: "نخستین تماس انسانی: اگر کارشناس پیشینه را بداند اعتماد برمی‌گردد؛ اگر نه، مشتری سراغ رقبا می‌رود.",
          },
        },
        { key: "technician-visit", name: { en: "Wait for the technician", lv: "Gaidīt tehniķi", et: "Oota tehnikut", cs: "Čekat na technika", fa: "انتظار برای تکنسین" } },
      ],
    },
    {
      key: "resolution",
      name: { en: "Resolution", lv: "Atrisinājums", et: "Lahendus", cs: "Vyřešení", fa: "حل مشکل" },
      kpis: [{ name: { en: "Repeat contacts within 7 days", lv: "Atkārtoti kontakti 7 dienu laikā", et: "Korduvpöördumised 7 päeva jooksul", cs: "Opakované kontakty do 7 dnů", fa: "تماس دوباره ظرف ۷ روز" }, value: 18, target: 8, unit: "%" }],
      steps: [
        {
          key: "line-fixed",
          name: { en: "Line fixed and confirmed", lv: "Līnija salabota un apstiprināta", et: "Liin parandatud ja kinnitatud", cs: "Linka opravená a potvrzená", fa: "تعمیر و تأیید خط" },
          moment: {
            en: "Relief; whether the customer stays depends on whether someone checks it stays fixed.",
            lv: "Atvieglojums; vai klients paliks, ir atkarīgs no tā, vai kāds pārbaudīs, ka viss joprojām darbojas.",
            et: "Kergendus; see, kas klient jääb, sõltub sellest, kas keegi kontrollib, et rike ei kordu.",
            cs: "Úleva; jestli zákaznice zůstane, záleží na tom, zda někdo ověří, že oprava vydržela.",
            fa: "آسودگی؛ ماندن مشتری بستگی دارد به اینکه کسی بررسی کند مشکل دوباره پیش نیامده است.",
          },
        },
        { key: "follow-up", name: { en: "Answer the follow-up survey", lv: "Atbildēt uz aptauju", et: "Vasta tagasisideküsitlusele", cs: "Odpovědět na dotazník", fa: "پاسخ به نظرسنجی پیگیری" } },
      ],
    },
  ],
  lanes: [
    {
      key: "actions",
      type: "actions",
      name: { en: "Actions", lv: "Darbības", et: "Tegevused", cs: "Činnosti", fa: "اقدام‌ها" },
      text: {
        "notice-problem": { en: "Drops out of a client video call, restarts the router", lv: "Izkrīt no videozvana ar klientu, restartē maršrutētāju", et: "Kukub kliendiga videokõnest välja, taaskäivitab ruuteri", cs: "Vypadne z videohovoru s klientem, restartuje router", fa: "از تماس تصویری با مشتری بیرون می‌افتد و مودم را دوباره راه‌اندازی می‌کند" },
        "search-help": { en: "Checks the status page on mobile data, reads three articles", lv: "Ar mobilajiem datiem pārbauda statusa lapu, izlasa trīs rakstus", et: "Vaatab mobiilse andmesidega olekulehte, loeb kolme artiklit", cs: "Přes mobilní data zkontroluje stránku stavu a přečte tři články", fa: "با اینترنت همراه صفحهٔ وضعیت را می‌بیند و سه مقاله می‌خواند" },
        "chat-bot": { en: "Answers the bot's questions, is sent back to the same articles", lv: "Atbild uz robota jautājumiem, tiek novirzīta uz tiem pašiem rakstiem", et: "Vastab roboti küsimustele, saadetakse tagasi samade artiklite juurde", cs: "Odpovídá na otázky bota a je poslána zpět na stejné články", fa: "به پرسش‌های ربات پاسخ می‌دهد و دوباره به همان مقاله‌ها فرستاده می‌شود" },
        "phone-queue": { en: "Waits on hold, repeats account number and symptoms", lv: "Gaida uz līnijas, atkārto līguma numuru un simptomus", et: "Ootab liinil, kordab kliendinumbrit ja sümptomeid", cs: "Čeká na lince, opakuje číslo smlouvy a příznaky", fa: "پشت خط منتظر می‌ماند و شمارهٔ اشتراک و مشکل را تکرار می‌کند" },
        "technician-visit": { en: "Takes a morning off for a four-hour visit window", lv: "Paņem brīvu rītu četru stundu vizītes logam", et: "Võtab hommiku vabaks neljatunnise külastusakna jaoks", cs: "Bere si volné dopoledne kvůli čtyřhodinovému oknu návštěvy", fa: "برای بازهٔ چهارساعتهٔ مراجعه صبح را مرخصی می‌گیرد" },
        "line-fixed": { en: "Watches the technician replace the socket, tests a call", lv: "Vēro, kā tehniķis nomaina kontaktligzdu, pārbauda zvanu", et: "Vaatab, kuidas tehnik pistikupesa vahetab, proovib kõnet", cs: "Sleduje technika při výměně zásuvky a vyzkouší hovor", fa: "تعویض پریز توسط تکنسین را تماشا و یک تماس آزمایشی برقرار می‌کند" },
        "follow-up": { en: "Rates the visit, skips the open question", lv: "Novērtē vizīti, izlaiž atvērto jautājumu", et: "Hindab külastust, jätab avatud küsimuse vahele", cs: "Ohodnotí návštěvu, otevřenou otázku vynechá", fa: "به مراجعه امتیاز می‌دهد و پرسش تشریحی را رد می‌کند" },
      },
    },
    {
      key: "thoughts",
      type: "thoughts",
      name: { en: "Thoughts", lv: "Domas", et: "Mõtted", cs: "Myšlenky", fa: "افکار" },
      text: {
        "notice-problem": { en: "“Not again, not during a client call.”", lv: "“Atkal, un vēl klienta zvana laikā.”", et: "„Jälle, ja just kliendikõne ajal.”", cs: "„Zase, a zrovna při hovoru s klientem.“", fa: "«باز هم، آن هم وسط تماس با مشتری.»" },
        "search-help": { en: "“The page says everything is fine.”", lv: "“Lapā rakstīts, ka viss ir kārtībā.”", et: "„Lehe järgi on kõik korras.”", cs: "„Na stránce píšou, že je všechno v pořádku.“", fa: "«صفحه می‌گوید همه‌چیز درست است.»" },
        "chat-bot": { en: "“It doesn't understand me.”", lv: "“Tas mani nesaprot.”", et: "„See ei saa minust aru.”", cs: "„Vůbec mi nerozumí.“", fa: "«حرفم را نمی‌فهمد.»" },
        "phone-queue": { en: "“Why don't they know this already?”", lv: "“Kāpēc viņi to jau nezina?”", et: "„Miks nad seda juba ei tea?”", cs: "„Proč to ještě nevědí?“", fa: "«چرا هنوز این را نمی‌دانند؟»" },
        "technician-visit": { en: "“Another morning lost.”", lv: "“Vēl viens zaudēts rīts.”", et: "„Jälle üks hommik kadunud.”", cs: "„Další ztracené dopoledne.“", fa: "«یک صبح دیگر هم از دست رفت.»" },
        "line-fixed": { en: "“He actually explained what was wrong.”", lv: "“Viņš tiešām paskaidroja, kas bija nepareizi.”", et: "„Ta tõesti selgitas, mis viga oli.”", cs: "„Opravdu mi vysvětlil, co bylo špatně.“", fa: "«واقعاً توضیح داد مشکل چه بود.»" },
        "follow-up": { en: "“Will anyone read this?”", lv: "“Vai kāds to izlasīs?”", et: "„Kas keegi seda loeb ka?”", cs: "„Přečte si to vůbec někdo?“", fa: "«کسی این را می‌خواند؟»" },
      },
    },
    { key: "emotions", type: "emotions", name: { en: "Emotions", lv: "Emocijas", et: "Emotsioonid", cs: "Emoce", fa: "احساسات" } },
    {
      key: "touchpoints",
      type: "touchpoints",
      name: { en: "Touchpoints", lv: "Saskarsmes punkti", et: "Kokkupuutepunktid", cs: "Kontaktní body", fa: "نقاط تماس" },
      touchpoints: {
        "search-help": ["status-page", "help-centre"],
        "chat-bot": ["chatbot"],
        "phone-queue": ["call-centre"],
        "technician-visit": ["call-centre", "technician"],
        "line-fixed": ["technician"],
        "follow-up": ["survey-email"],
      },
    },
    {
      key: "pain-points",
      type: "painPoints",
      name: { en: "Pain points", lv: "Sāpju punkti", et: "Valupunktid", cs: "Problémová místa", fa: "نقاط درد" },
      cards: [
        { at: "search-help", severity: 3, title: { en: "Status page shows no local faults", lv: "Statusa lapā nav redzami vietējie traucējumi", et: "Olekuleht ei näita kohalikke rikkeid", cs: "Stránka stavu neukazuje místní poruchy", fa: "صفحهٔ وضعیت خرابی‌های محلی را نشان نمی‌دهد" } },
        { at: "chat-bot", severity: 4, title: { en: "No hand-over from bot to agent", lv: "Robots nenodod sarunu konsultantam", et: "Robot ei suuna vestlust teenindajale", cs: "Bot nepředá konverzaci operátorovi", fa: "ربات گفت‌وگو را به کارشناس منتقل نمی‌کند" } },
        { at: "phone-queue", severity: 5, title: { en: "Long queue and the story told again", lv: "Gara rinda un viss jāstāsta no jauna", et: "Pikk järjekord ja lugu tuleb uuesti rääkida", cs: "Dlouhá fronta a celý příběh znovu", fa: "صف طولانی و تعریف دوبارهٔ ماجرا" } },
      ],
    },
    {
      key: "opportunities",
      type: "opportunities",
      name: { en: "Opportunities", lv: "Iespējas", et: "Võimalused", cs: "Příležitosti", fa: "فرصت‌ها" },
      cards: [
        { at: "chat-bot", impact: 5, effort: 3, status: "inProgress", owner: { en: "Digital care", lv: "Digitālā apkalpošana", et: "Digitaalne teenindus", cs: "Digitální péče", fa: "پشتیبانی دیجیتال" }, title: { en: "Pass the chat history to the agent", lv: "Nodot tērzēšanas vēsturi konsultantam", et: "Anna vestluse ajalugu teenindajale edasi", cs: "Předat historii chatu operátorovi", fa: "انتقال سابقهٔ گفت‌وگو به کارشناس" } },
        { at: "phone-queue", impact: 4, effort: 2, status: "planned", owner: { en: "Customer care", lv: "Klientu apkalpošana", et: "Klienditeenindus", cs: "Zákaznický servis", fa: "خدمات مشتریان" }, title: { en: "Offer a call-back instead of waiting", lv: "Piedāvāt atzvanīšanu gaidīšanas vietā", et: "Paku ootamise asemel tagasihelistamist", cs: "Nabídnout zpětné zavolání místo čekání", fa: "پیشنهاد تماس برگشتی به‌جای انتظار" } },
        { at: "notice-problem", impact: 5, effort: 4, status: "open", owner: { en: "Network operations", lv: "Tīkla darbība", et: "Võrguhaldus", cs: "Provoz sítě", fa: "عملیات شبکه" }, title: { en: "Detect line faults and notify before the customer calls", lv: "Atklāt līnijas bojājumus un informēt, pirms klients zvana", et: "Tuvasta liinirikked ja teavita enne, kui klient helistab", cs: "Odhalit poruchu linky a ozvat se dřív, než zákazník zavolá", fa: "شناسایی خرابی خط و اطلاع‌رسانی پیش از تماس مشتری" } },
      ],
    },
    {
      key: "metrics",
      type: "metrics",
      name: { en: "Metrics", lv: "Rādītāji", et: "Mõõdikud", cs: "Metriky", fa: "شاخص‌ها" },
      metrics: {
        "self-service": [{ name: { en: "Chats handed to an agent", lv: "Konsultantam nodotās sarunas", et: "Teenindajale suunatud vestlused", cs: "Chaty předané operátorovi", fa: "گفت‌وگوهای منتقل‌شده به کارشناس" }, value: 9, target: 30, unit: "%" }],
        assisted: [{ name: { en: "Technician on the first agreed date", lv: "Tehniķis ieradies pirmajā norunātajā datumā", et: "Tehnik esimesel kokkulepitud kuupäeval", cs: "Technik v první dohodnutý den", fa: "حضور تکنسین در نخستین تاریخ توافق‌شده" }, value: 83, target: 95, unit: "%" }],
        resolution: [{ name: { en: "Survey response rate", lv: "Aptaujas atbilžu īpatsvars", et: "Küsitlusele vastamise määr", cs: "Míra odpovědí na dotazník", fa: "نرخ پاسخ به نظرسنجی" }, value: 12, target: 20, unit: "%" }],
      },
    },
  ],
  flows: [
    {
      from: "chat-bot",
      to: "search-help",
      kind: "loop",
      share: 0.46,
      label: { en: "Bot sends the customer back to the help pages", lv: "Robots sūta klientu atpakaļ uz palīdzības lapām", et: "Robot saadab kliendi tagasi abilehtedele", cs: "Bot posílá zákazníka zpět do nápovědy", fa: "ربات مشتری را به صفحه‌های راهنما برمی‌گرداند" },
    },
    {
      from: "search-help",
      to: "line-fixed",
      kind: "branch",
      share: 0.21,
      label: { en: "Solved by a help article", lv: "Atrisināts ar palīdzības rakstu", et: "Lahendatud abiartikli abil", cs: "Vyřešeno článkem nápovědy", fa: "با یک مقالهٔ راهنما حل شد" },
    },
  ],
};
