import type { TemplateInput } from "../template-schema";
import { RESEARCH } from "./research-sources";

/** Opening a current account online, with the branch as the fallback when verification fails. */
export const bankAccountOpening: TemplateInput = {
  id: "bank-account-opening",
  kind: "currentState",
  tags: ["banking", "onboarding", "kyc", "branch"],
  name: { en: "Bank account opening", lv: "Bankas konta atvēršana", et: "Pangakonto avamine", cs: "Založení bankovního účtu", fa: "افتتاح حساب بانکی" },
  description: {
    en: "Opening a current account online, with a branch visit when identity checks fail, up to the first salary.",
    lv: "Norēķinu konta atvēršana tiešsaistē ar apmeklējumu filiālē, ja identitātes pārbaude neizdodas, līdz pirmajai algai.",
    et: "Arvelduskonto avamine veebis, kontorikülastusega, kui isikutuvastus ebaõnnestub, kuni esimese palgani.",
    cs: "Založení běžného účtu online, s návštěvou pobočky, když selže ověření totožnosti, až po první výplatu.",
    fa: "افتتاح حساب جاری به‌صورت آنلاین، با مراجعه به شعبه در صورت ناموفق بودن احراز هویت، تا واریز نخستین حقوق.",
  },
  industry: { en: "Banking", lv: "Banku nozare", et: "Pangandus", cs: "Bankovnictví", fa: "بانکداری" },
  scope: {
    scenario: {
      en: "A young professional moves to a new city and needs an account before the first payday.",
      lv: "Jauns speciālists pārceļas uz jaunu pilsētu, un kontu vajag līdz pirmajai algas dienai.",
      et: "Noor spetsialist kolib uude linna ja vajab kontot enne esimest palgapäeva.",
      cs: "Mladý odborník se stěhuje do nového města a účet potřebuje před první výplatou.",
      fa: "یک متخصص جوان به شهر تازه‌ای نقل مکان کرده و پیش از نخستین روز حقوق به حساب نیاز دارد.",
    },
    desiredOutcome: {
      en: "Account opened online the same day, card in hand within five days, no branch visit needed.",
      lv: "Konts atvērts tiešsaistē tajā pašā dienā, karte rokā piecu dienu laikā, filiāle nav jāapmeklē.",
      et: "Konto avatud veebis samal päeval, kaart käes viie päeva jooksul, kontorisse minna pole vaja.",
      cs: "Účet založený online ještě ten den, karta do pěti dnů, bez návštěvy pobočky.",
      fa: "حساب همان روز آنلاین باز شود، کارت ظرف پنج روز برسد و نیازی به رفتن به شعبه نباشد.",
    },
    kpis: [
      { name: { en: "Applications completed online", lv: "Tiešsaistē pabeigti pieteikumi", et: "Veebis lõpetatud taotlused", cs: "Žádosti dokončené online", fa: "درخواست‌های تکمیل‌شده به‌صورت آنلاین" }, value: 54, target: 80, unit: "%" },
      { name: { en: "Days from application to active card", lv: "Dienas no pieteikuma līdz aktīvai kartei", et: "Päevi taotlusest aktiivse kaardini", cs: "Dny od žádosti po aktivní kartu", fa: "روز از درخواست تا فعال شدن کارت" }, value: 9, target: 5, unit: "d" },
    ],
  },
  accessibility: {
    title: { en: "Journey map: opening a bank account", lv: "Ceļa karte: bankas konta atvēršana", et: "Teekonnakaart: pangakonto avamine", cs: "Mapa cesty: založení bankovního účtu", fa: "نقشهٔ سفر: افتتاح حساب بانکی" },
    description: {
      en: "Four stages, seven steps. Confidence drops at identity verification and hits its lowest in the branch queue, then rises when the card and app work.",
      lv: "Četri posmi, septiņi soļi. Pārliecība krīt identitātes pārbaudē un zemāko punktu sasniedz rindā filiālē, tad kāpj, kad karte un lietotne darbojas.",
      et: "Neli etappi, seitse sammu. Kindlustunne langeb isikutuvastusel ja on madalaim kontori järjekorras, seejärel tõuseb, kui kaart ja rakendus töötavad.",
      cs: "Čtyři fáze, sedm kroků. Jistota klesá při ověření totožnosti, nejníž je ve frontě na pobočce a stoupá, když karta a aplikace fungují.",
      fa: "چهار مرحله و هفت گام. اطمینان در احراز هویت کاهش می‌یابد و در صف شعبه به پایین‌ترین حد می‌رسد، سپس با کار کردن کارت و برنامه بالا می‌رود.",
    },
  },
  personas: [
    {
      key: "newcomer",
      initials: "DO",
      name: { en: "Daniel Okafor", lv: "Artūrs Liepiņš", et: "Martin Mägi", cs: "Jakub Procházka", fa: "رضا موسوی" },
      quote: {
        en: "My employer needs an account number on Friday. Why does a selfie take three tries?",
        lv: "Darba devējam konta numurs vajadzīgs piektdien. Kāpēc pašbildei vajag trīs mēģinājumus?",
        et: "Tööandja vajab kontonumbrit reedeks. Miks selfi võtab kolm katset?",
        cs: "Zaměstnavatel potřebuje číslo účtu v pátek. Proč selfie potřebuje tři pokusy?",
        fa: "کارفرما تا جمعه شمارهٔ حساب می‌خواهد. چرا یک عکس سلفی سه بار تلاش لازم دارد؟",
      },
      age: 27,
      occupation: { en: "Junior data analyst", lv: "Jaunākais datu analītiķis", et: "Nooremandmeanalüütik", cs: "Junior datový analytik", fa: "تحلیلگر دادهٔ تازه‌کار" },
      familyStatus: { en: "Single", lv: "Neprecējies", et: "Vallaline", cs: "Svobodný", fa: "مجرد" },
      location: { en: "Birmingham", lv: "Rīga", et: "Tallinn", cs: "Praha", fa: "تهران" },
      needs: [
        { en: "Open the account from the phone", lv: "Atvērt kontu no telefona", et: "Avada konto telefonist", cs: "Založit účet z mobilu", fa: "باز کردن حساب با گوشی" },
        { en: "Know the status without calling", lv: "Zināt statusu, nezvanot", et: "Teada olekut ilma helistamata", cs: "Znát stav bez volání", fa: "دانستن وضعیت بدون تماس تلفنی" },
      ],
      frustrations: [
        { en: "Proof-of-address rules for new residents", lv: "Dzīvesvietas apliecinājuma prasības jaunpienācējiem", et: "Elukoha tõendamise nõuded uutele elanikele", cs: "Požadavky na doklad o adrese pro nově příchozí", fa: "قوانین اثبات نشانی برای ساکنان تازه" },
        { en: "Branch opening hours during work", lv: "Filiāles darba laiks sakrīt ar darbu", et: "Kontori lahtiolekuajad on tööajal", cs: "Otevírací doba pobočky v pracovní době", fa: "ساعت کاری شعبه هم‌زمان با ساعت کار" },
      ],
      motivations: [
        { en: "Get paid on time in the new job", lv: "Laikā saņemt algu jaunajā darbā", et: "Saada uuel töökohal palk õigel ajal", cs: "Dostat v nové práci výplatu včas", fa: "دریافت به‌موقع حقوق در کار تازه" },
      ],
      preferredChannels: ["app", "web", "chat"],
      techProficiency: "high",
      asIs: {
        "compare-accounts": { score: 1, evidence: [RESEARCH.usabilityTest] },
        "start-application": { score: 0, evidence: [{ kind: "analytics", text: { en: "The application has 38 fields; 22% stop at employment details.", lv: "Pieteikumā ir 38 lauki; 22 % apstājas pie darba informācijas.", et: "Taotluses on 38 välja; 22% katkestab tööandmete juures.", cs: "Žádost má 38 polí; 22 % skončí u údajů o zaměstnání.", fa: "فرم درخواست ۳۸ فیلد دارد؛ ۲۲٪ در بخش اطلاعات شغلی متوقف می‌شوند." } }] },
        "verify-identity": {
          score: -1,
          evidence: [{ kind: "analytics", text: { en: "Selfie match fails for 31% on the first try, mostly in poor light.", lv: "Pašbildes salīdzināšana pirmajā reizē neizdodas 31 %, galvenokārt sliktā apgaismojumā.", et: "Selfi sobitamine ebaõnnestub esimesel katsel 31%-l, enamasti kehva valguse tõttu.", cs: "Porovnání selfie napoprvé selže u 31 %, hlavně při špatném světle.", fa: "تطبیق سلفی در نخستین تلاش برای ۳۱٪ ناموفق است، بیشتر به‌خاطر نور کم." } }],
        },
        "branch-visit": {
          score: -2,
          note: { en: "Took a half day off; waited 50 minutes", lv: "Paņēma pusi brīvdienas; gaidīja 50 minūtes", et: "Võttis pool päeva vabaks; ootas 50 minutit", cs: "Vzal si půlden volna; čekal 50 minut", fa: "نصف روز مرخصی گرفت؛ ۵۰ دقیقه منتظر ماند" },
          evidence: [{ kind: "observation", text: { en: "Queue ticket data: median wait 47 minutes at lunchtime.", lv: "Rindas biļešu dati: gaidīšanas mediāna pusdienlaikā 47 minūtes.", et: "Järjekorrapiletite andmed: ooteaja mediaan lõuna ajal 47 minutit.", cs: "Data z pořadníku: medián čekání v poledne 47 minut.", fa: "داده‌های نوبت‌دهی: میانهٔ انتظار در ظهر ۴۷ دقیقه." }, source: { en: "Branch queue system", lv: "Filiāles rindas sistēma", et: "Kontori järjekorrasüsteem", cs: "Systém pořadníku na pobočce", fa: "سامانهٔ نوبت‌دهی شعبه" } }],
        },
        approval: { score: 0, evidence: [RESEARCH.usabilityTest] },
        "activate-app": { score: 1, evidence: [RESEARCH.usabilityTest] },
        "first-salary": { score: 2, evidence: [{ kind: "survey", text: { en: "Satisfaction 4.5 of 5 once the first salary arrives.", lv: "Apmierinātība 4,5 no 5, kad pienāk pirmā alga.", et: "Rahulolu 4,5 viiest, kui esimene palk laekub.", cs: "Spokojenost 4,5 z 5, jakmile přijde první výplata.", fa: "رضایت ۴٫۵ از ۵ پس از واریز نخستین حقوق." } }] },
      },
    },
  ],
  touchpoints: [
    { key: "comparison-site", name: { en: "Account comparison site", lv: "Kontu salīdzināšanas vietne", et: "Kontode võrdlusportaal", cs: "Srovnávač účtů", fa: "سایت مقایسهٔ حساب‌ها" }, channel: "web", ownerTeam: { en: "Marketing", lv: "Mārketings", et: "Turundus", cs: "Marketing", fa: "بازاریابی" } },
    { key: "online-application", name: { en: "Online application", lv: "Tiešsaistes pieteikums", et: "Veebitaotlus", cs: "Online žádost", fa: "درخواست آنلاین" }, channel: "web", ownerTeam: { en: "Digital banking", lv: "Digitālā banka", et: "Digipangandus", cs: "Digitální bankovnictví", fa: "بانکداری دیجیتال" } },
    { key: "id-check", name: { en: "ID document and selfie check", lv: "Dokumenta un pašbildes pārbaude", et: "Dokumendi ja selfi kontroll", cs: "Kontrola dokladu a selfie", fa: "بررسی مدرک شناسایی و سلفی" }, channel: "app", ownerTeam: { en: "Compliance", lv: "Atbilstības nodaļa", et: "Vastavuskontroll", cs: "Compliance", fa: "انطباق با مقررات" } },
    { key: "branch", name: { en: "Branch customer desk", lv: "Filiāles klientu galds", et: "Kontori klienditeenindus", cs: "Přepážka na pobočce", fa: "باجهٔ مشتریان شعبه" }, channel: "inPerson", ownerTeam: { en: "Branch network", lv: "Filiāļu tīkls", et: "Kontorivõrk", cs: "Pobočková síť", fa: "شبکهٔ شعب" } },
    { key: "card-letter", name: { en: "Card and PIN by post", lv: "Karte un PIN pa pastu", et: "Kaart ja PIN posti teel", cs: "Karta a PIN poštou", fa: "کارت و رمز از طریق پست" }, channel: "packaging", ownerTeam: { en: "Card operations", lv: "Karšu operācijas", et: "Kaardioperatsioonid", cs: "Karetní operace", fa: "عملیات کارت" } },
    { key: "mobile-app", name: { en: "Mobile banking app", lv: "Mobilās bankas lietotne", et: "Mobiilipanga rakendus", cs: "Mobilní bankovnictví", fa: "برنامهٔ همراه بانک" }, channel: "app", ownerTeam: { en: "Digital banking", lv: "Digitālā banka", et: "Digipangandus", cs: "Digitální bankovnictví", fa: "بانکداری دیجیتال" } },
  ],
  stages: [
    {
      key: "explore",
      name: { en: "Explore", lv: "Izpēte", et: "Uurimine", cs: "Průzkum", fa: "بررسی" },
      steps: [{ key: "compare-accounts", name: { en: "Compare accounts and fees", lv: "Salīdzināt kontus un komisijas", et: "Võrdle kontosid ja tasusid", cs: "Porovnat účty a poplatky", fa: "مقایسهٔ حساب‌ها و کارمزدها" } }],
    },
    {
      key: "apply",
      name: { en: "Apply", lv: "Pieteikšanās", et: "Taotlemine", cs: "Žádost", fa: "درخواست" },
      kpis: [{ name: { en: "Application completion", lv: "Pabeigti pieteikumi", et: "Lõpetatud taotlused", cs: "Dokončené žádosti", fa: "تکمیل درخواست" }, value: 61, target: 85, unit: "%" }],
      steps: [
        { key: "start-application", name: { en: "Fill in the application", lv: "Aizpildīt pieteikumu", et: "Täida taotlus", cs: "Vyplnit žádost", fa: "پر کردن درخواست" } },
        {
          key: "verify-identity",
          name: { en: "Verify identity online", lv: "Apliecināt identitāti tiešsaistē", et: "Tuvasta isik veebis", cs: "Ověřit totožnost online", fa: "احراز هویت آنلاین" },
          moment: {
            en: "Trust is decided here: a rejected selfie feels like the bank doubting who you are.",
            lv: "Šeit izšķiras uzticēšanās: noraidīta pašbilde liek justies tā, it kā banka apšaubītu, kas tu esi.",
            et: "Siin otsustatakse usaldus: tagasi lükatud selfi tundub, nagu pank kahtleks, kes sa oled.",
            cs: "Tady se rozhoduje o důvěře: odmítnutá selfie působí, jako by banka pochybovala, kdo jste.",
            fa: "اعتماد اینجا شکل می‌گیرد: رد شدن سلفی این حس را می‌دهد که بانک به هویت شما شک دارد.",
          },
        },
        { key: "branch-visit", name: { en: "Visit a branch with documents", lv: "Apmeklēt filiāli ar dokumentiem", et: "Mine dokumentidega kontorisse", cs: "Navštívit pobočku s doklady", fa: "مراجعه به شعبه با مدارک" } },
      ],
    },
    {
      key: "activate",
      name: { en: "Activate", lv: "Aktivizēšana", et: "Aktiveerimine", cs: "Aktivace", fa: "فعال‌سازی" },
      kpis: [{ name: { en: "Cards activated within 7 days", lv: "Kartes aktivizētas 7 dienu laikā", et: "7 päeva jooksul aktiveeritud kaardid", cs: "Karty aktivované do 7 dnů", fa: "کارت‌های فعال‌شده در ۷ روز" }, value: 72, target: 90, unit: "%" }],
      steps: [
        { key: "approval", name: { en: "Wait for approval", lv: "Gaidīt apstiprinājumu", et: "Oota kinnitust", cs: "Čekat na schválení", fa: "انتظار برای تأیید" } },
        { key: "activate-app", name: { en: "Activate card and app", lv: "Aktivizēt karti un lietotni", et: "Aktiveeri kaart ja rakendus", cs: "Aktivovat kartu a aplikaci", fa: "فعال‌سازی کارت و برنامه" } },
      ],
    },
    {
      key: "use",
      name: { en: "First use", lv: "Pirmā lietošana", et: "Esimene kasutus", cs: "První použití", fa: "نخستین استفاده" },
      steps: [
        {
          key: "first-salary",
          name: { en: "Receive the first salary", lv: "Saņemt pirmo algu", et: "Saa esimene palk", cs: "Přijmout první výplatu", fa: "دریافت نخستین حقوق" },
          moment: {
            en: "The account proves itself when the money arrives and can be spent at once.",
            lv: "Konts sevi pierāda, kad nauda pienāk un to uzreiz var tērēt.",
            et: "Konto tõestab end, kui raha laekub ja seda saab kohe kasutada.",
            cs: "Účet se osvědčí, když peníze dorazí a hned se dají utratit.",
            fa: "حساب وقتی ارزش خود را نشان می‌دهد که پول برسد و بی‌درنگ قابل خرج باشد.",
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
        "compare-accounts": { en: "Reads fee tables, asks colleagues which bank they use", lv: "Lasa komisiju tabulas, jautā kolēģiem, kuru banku viņi izmanto", et: "Loeb hinnakirju, küsib kolleegidelt, millist panka nad kasutavad", cs: "Čte sazebníky, ptá se kolegů, jakou mají banku", fa: "جدول کارمزدها را می‌خواند و از همکاران می‌پرسد از کدام بانک استفاده می‌کنند" },
        "start-application": { en: "Types personal, tax and employment details on the phone", lv: "Telefonā ievada personas, nodokļu un darba datus", et: "Sisestab telefonis isiku-, maksu- ja tööandmed", cs: "Na mobilu vyplní osobní, daňové a pracovní údaje", fa: "اطلاعات شخصی، مالیاتی و شغلی را در گوشی وارد می‌کند" },
        "verify-identity": { en: "Photographs the passport, takes a selfie three times", lv: "Nofotografē pasi, trīsreiz uzņem pašbildi", et: "Pildistab passi, teeb kolm korda selfi", cs: "Vyfotí pas a třikrát pořídí selfie", fa: "از گذرنامه عکس می‌گیرد و سه بار سلفی می‌گیرد" },
        "branch-visit": { en: "Takes a queue ticket, signs paper forms", lv: "Paņem rindas biļeti, paraksta papīra veidlapas", et: "Võtab järjekorrapileti, allkirjastab paberblanketid", cs: "Vezme si pořadové číslo a podepíše papírové formuláře", fa: "نوبت می‌گیرد و فرم‌های کاغذی را امضا می‌کند" },
        approval: { en: "Checks e-mail for news, calls once", lv: "Pārbauda e-pastu, vienreiz piezvana", et: "Kontrollib e-posti, helistab korra", cs: "Kontroluje e-mail, jednou zavolá", fa: "ایمیل را برای خبر بررسی می‌کند و یک بار تماس می‌گیرد" },
        "activate-app": { en: "Opens the envelope, sets a PIN, logs in to the app", lv: "Atver aploksni, iestata PIN, pieslēdzas lietotnei", et: "Avab ümbriku, määrab PIN-koodi, logib rakendusse", cs: "Otevře obálku, nastaví PIN a přihlásí se do aplikace", fa: "پاکت را باز می‌کند، رمز تعیین می‌کند و وارد برنامه می‌شود" },
        "first-salary": { en: "Sees the salary arrive, pays rent by transfer", lv: "Redz algu ienākam, samaksā īri ar pārskaitījumu", et: "Näeb palga laekumist, maksab üüri ülekandega", cs: "Vidí příchozí výplatu a zaplatí nájem převodem", fa: "واریز حقوق را می‌بیند و اجاره را با انتقال وجه می‌پردازد" },
      },
    },
    {
      key: "thoughts",
      type: "thoughts",
      name: { en: "Thoughts", lv: "Domas", et: "Mõtted", cs: "Myšlenky", fa: "افکار" },
      text: {
        "compare-accounts": { en: "“They all look the same. Which one has a good app?”", lv: "“Visas izskatās vienādas. Kurai ir laba lietotne?”", et: "„Kõik tunduvad ühesugused. Millisel on hea rakendus?”", cs: "„Všechny vypadají stejně. Která má dobrou aplikaci?“", fa: "«همه شبیه هم‌اند. کدام برنامهٔ خوبی دارد؟»" },
        "start-application": { en: "“Why do they need my employer's address?”", lv: "“Kāpēc viņiem vajag mana darba devēja adresi?”", et: "„Milleks neile mu tööandja aadress?”", cs: "„Proč potřebují adresu mého zaměstnavatele?“", fa: "«چرا نشانی کارفرمایم را می‌خواهند؟»" },
        "verify-identity": { en: "“Is it my face or my phone?”", lv: "“Vaina ir manā sejā vai telefonā?”", et: "„Kas viga on minu näos või telefonis?”", cs: "„Je to mým obličejem, nebo telefonem?“", fa: "«مشکل از صورت من است یا گوشی‌ام؟»" },
        "branch-visit": { en: "“I could have done this online — that was the promise.”", lv: "“To varēja izdarīt tiešsaistē — tāds bija solījums.”", et: "„Oleksin saanud seda veebis teha — seda ju lubati.”", cs: "„Mohl jsem to udělat online — to přece slibovali.“", fa: "«می‌شد آنلاین انجامش داد — قولش همین بود.»" },
        approval: { en: "“Has anyone even looked at it?”", lv: "“Vai kāds to vispār ir skatījies?”", et: "„Kas keegi on seda üldse vaadanud?”", cs: "„Podíval se na to vůbec někdo?“", fa: "«اصلاً کسی آن را نگاه کرده؟»" },
        "activate-app": { en: "“Finally, it works.”", lv: "“Beidzot strādā.”", et: "„Lõpuks töötab.”", cs: "„Konečně to funguje.“", fa: "«بالاخره کار می‌کند.»" },
        "first-salary": { en: "“Okay, this bank will do.”", lv: "“Labi, šī banka derēs.”", et: "„Olgu, see pank sobib.”", cs: "„Dobře, tahle banka stačí.“", fa: "«خب، این بانک به کار می‌آید.»" },
      },
    },
    { key: "emotions", type: "emotions", name: { en: "Emotions", lv: "Emocijas", et: "Emotsioonid", cs: "Emoce", fa: "احساسات" } },
    {
      key: "touchpoints",
      type: "touchpoints",
      name: { en: "Touchpoints", lv: "Saskarsmes punkti", et: "Kokkupuutepunktid", cs: "Kontaktní body", fa: "نقاط تماس" },
      touchpoints: {
        "compare-accounts": ["comparison-site"],
        "start-application": ["online-application"],
        "verify-identity": ["id-check"],
        "branch-visit": ["branch"],
        approval: ["online-application"],
        "activate-app": ["card-letter", "mobile-app"],
        "first-salary": ["mobile-app"],
      },
    },
    {
      key: "pain-points",
      type: "painPoints",
      name: { en: "Pain points", lv: "Sāpju punkti", et: "Valupunktid", cs: "Problémová místa", fa: "نقاط درد" },
      cards: [
        { at: "start-application", severity: 3, title: { en: "Long form with no saved progress", lv: "Gara veidlapa bez saglabāta progresa", et: "Pikk vorm, mille täitmist ei salvestata", cs: "Dlouhý formulář bez ukládání rozpracované žádosti", fa: "فرم طولانی بدون ذخیرهٔ پیشرفت" } },
        { at: "verify-identity", severity: 4, title: { en: "Selfie check rejects without saying why", lv: "Pašbildes pārbaude noraida, nepaskaidrojot iemeslu", et: "Selfi kontroll lükkab tagasi põhjust ütlemata", cs: "Kontrola selfie odmítne bez vysvětlení", fa: "بررسی سلفی بدون توضیح رد می‌کند" } },
        { at: "branch-visit", severity: 5, title: { en: "Long branch queues at lunchtime", lv: "Garas rindas filiālē pusdienlaikā", et: "Pikad järjekorrad kontoris lõuna ajal", cs: "Dlouhé fronty na pobočce v poledne", fa: "صف‌های طولانی شعبه در ساعت ناهار" } },
        { at: "approval", severity: 3, title: { en: "No status updates while waiting", lv: "Gaidīšanas laikā nav statusa ziņu", et: "Ootamise ajal pole olekuteateid", cs: "Během čekání žádné zprávy o stavu", fa: "در زمان انتظار هیچ اطلاعی از وضعیت داده نمی‌شود" } },
      ],
    },
    {
      key: "opportunities",
      type: "opportunities",
      name: { en: "Opportunities", lv: "Iespējas", et: "Võimalused", cs: "Příležitosti", fa: "فرصت‌ها" },
      cards: [
        { at: "verify-identity", impact: 5, effort: 3, status: "planned", owner: { en: "Compliance", lv: "Atbilstības nodaļa", et: "Vastavuskontroll", cs: "Compliance", fa: "انطباق با مقررات" }, title: { en: "Offer a video call with an agent as the fallback", lv: "Kā alternatīvu piedāvāt videozvanu ar konsultantu", et: "Paku varuvariandina videokõnet konsultandiga", cs: "Nabídnout jako zálohu videohovor s bankéřem", fa: "تماس تصویری با کارشناس به‌عنوان راه جایگزین" } },
        { at: "branch-visit", impact: 4, effort: 2, status: "open", owner: { en: "Branch network", lv: "Filiāļu tīkls", et: "Kontorivõrk", cs: "Pobočková síť", fa: "شبکهٔ شعب" }, title: { en: "Bookable branch appointments", lv: "Iepriekš rezervējami apmeklējumi filiālē", et: "Ettebroneeritavad kontorikülastused", cs: "Rezervace schůzek na pobočce předem", fa: "نوبت‌گیری اینترنتی برای مراجعه به شعبه" } },
        { at: "activate-app", impact: 4, effort: 2, status: "inProgress", owner: { en: "Digital banking", lv: "Digitālā banka", et: "Digipangandus", cs: "Digitální bankovnictví", fa: "بانکداری دیجیتال" }, title: { en: "Digital card in the wallet on approval day", lv: "Digitālā karte maciņā apstiprināšanas dienā", et: "Digikaart rahakotti kinnituse päeval", cs: "Digitální karta v peněžence v den schválení", fa: "کارت دیجیتال در کیف پول همان روز تأیید" } },
      ],
    },
    {
      key: "metrics",
      type: "metrics",
      name: { en: "Metrics", lv: "Rādītāji", et: "Mõõdikud", cs: "Metriky", fa: "شاخص‌ها" },
      metrics: {
        "verify-identity": [{ name: { en: "Identity checks passed first time", lv: "Identitātes pārbaudes, kas izdodas pirmajā reizē", et: "Esimesel korral õnnestunud isikutuvastused", cs: "Ověření úspěšná napoprvé", fa: "احراز هویت موفق در نخستین تلاش" }, value: 69, target: 90, unit: "%" }],
        "branch-visit": [{ name: { en: "Median branch wait", lv: "Gaidīšanas mediāna filiālē", et: "Kontori ooteaja mediaan", cs: "Medián čekání na pobočce", fa: "میانهٔ انتظار در شعبه" }, value: 47, target: 10, unit: "min" }],
        use: [{ name: { en: "Accounts receiving salary in month one", lv: "Konti, kuros pirmajā mēnesī ienāk alga", et: "Kontod, kuhu esimesel kuul laekub palk", cs: "Účty s výplatou v prvním měsíci", fa: "حساب‌هایی که در ماه اول حقوق دریافت می‌کنند" }, value: 64, target: 80, unit: "%" }],
      },
    },
  ],
  flows: [
    {
      from: "verify-identity",
      to: "approval",
      kind: "branch",
      share: 0.69,
      label: { en: "Online check passes: no branch visit", lv: "Tiešsaistes pārbaude izdodas: filiāle nav jāapmeklē", et: "Veebikontroll õnnestub: kontorisse pole vaja minna", cs: "Online ověření projde: pobočka není potřeba", fa: "بررسی آنلاین موفق: نیازی به مراجعه به شعبه نیست" },
    },
    {
      from: "verify-identity",
      to: "verify-identity",
      kind: "loop",
      label: { en: "Retakes the selfie", lv: "Atkārtoti uzņem pašbildi", et: "Teeb selfi uuesti", cs: "Pořizuje selfie znovu", fa: "دوباره سلفی می‌گیرد" },
    },
  ],
};
