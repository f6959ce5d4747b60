import type { TemplateInput } from "../template-schema";
import { RESEARCH } from "./research-sources";

/** A shopper on a phone: from the cart to the parcel in hand. */
export const ecommerceCheckout: TemplateInput = {
  id: "ecommerce-checkout",
  kind: "currentState",
  tags: ["e-commerce", "checkout", "mobile", "payments"],
  name: { en: "E-commerce checkout", lv: "E-veikala pirkuma noformēšana", et: "E-poe ostu vormistamine", cs: "Dokončení objednávky v e-shopu", fa: "تکمیل خرید در فروشگاه اینترنتی" },
  description: {
    en: "A mobile shopper goes from a full cart through payment to collecting the parcel.",
    lv: "Pircējs telefonā no pilna groza caur maksājumu līdz sūtījuma saņemšanai.",
    et: "Nutitelefoniga ostleja teekond täis ostukorvist makse kaudu pakini.",
    cs: "Nakupující na mobilu od plného košíku přes platbu až po vyzvednutí zásilky.",
    fa: "خریداری با گوشی همراه، از سبد پر تا پرداخت و تحویل گرفتن بسته.",
  },
  industry: { en: "E-commerce", lv: "E-komercija", et: "E-kaubandus", cs: "E-commerce", fa: "تجارت الکترونیک" },
  scope: {
    scenario: {
      en: "A returning customer buys running shoes on a phone during the lunch break.",
      lv: "Atkārtots klients pusdienu pārtraukumā telefonā pērk skriešanas apavus.",
      et: "Korduvklient ostab lõunapausil telefonis jooksujalatsid.",
      cs: "Vracející se zákazník si o polední pauze kupuje na mobilu běžecké boty.",
      fa: "مشتری قدیمی در وقت ناهار با گوشی کفش دویدن می‌خرد.",
    },
    desiredOutcome: {
      en: "Checkout in under two minutes, no abandoned payments, parcel collected on the first try.",
      lv: "Noformēšana mazāk nekā divās minūtēs, bez pārtrauktiem maksājumiem, sūtījums saņemts ar pirmo reizi.",
      et: "Ost vormistatud alla kahe minutiga, katkestatud makseid pole, pakk kätte esimesel katsel.",
      cs: "Objednávka do dvou minut, žádné přerušené platby, zásilka vyzvednutá napoprvé.",
      fa: "تکمیل خرید در کمتر از دو دقیقه، بدون پرداخت نیمه‌کاره و تحویل بسته در نخستین تلاش.",
    },
    kpis: [
      { name: { en: "Checkout conversion", lv: "Noformēšanas konversija", et: "Ostu vormistamise konversioon", cs: "Konverze pokladny", fa: "نرخ تبدیل تکمیل خرید" }, value: 62, target: 70, unit: "%" },
      { name: { en: "Cart abandonment", lv: "Pamesti grozi", et: "Hüljatud ostukorvid", cs: "Opuštěné košíky", fa: "سبدهای رهاشده" }, value: 71, target: 60, unit: "%" },
    ],
  },
  accessibility: {
    title: { en: "Journey map: mobile checkout", lv: "Ceļa karte: pirkums telefonā", et: "Teekonnakaart: ost nutitelefonis", cs: "Mapa cesty: nákup na mobilu", fa: "نقشهٔ سفر: خرید با گوشی همراه" },
    description: {
      en: "Three stages, seven steps. Mood is good in the cart, falls at sign-in and bottoms out at the bank's payment confirmation, then rises with fast delivery.",
      lv: "Trīs posmi, septiņi soļi. Grozā noskaņojums ir labs, pieteikšanās brīdī krīt un zemāko punktu sasniedz bankas maksājuma apstiprināšanā, tad ar ātru piegādi kāpj.",
      et: "Kolm etappi, seitse sammu. Ostukorvis on meeleolu hea, sisselogimisel langeb, madalaim on panga makse kinnitamisel ning kiire tarne tõstab selle taas.",
      cs: "Tři fáze, sedm kroků. V košíku je nálada dobrá, při přihlášení klesá, nejníž je při potvrzení platby v bance a s rychlým doručením opět stoupá.",
      fa: "سه مرحله و هفت گام. حال‌وهوا در سبد خرید خوب است، هنگام ورود به حساب افت می‌کند، در تأیید پرداخت بانکی به پایین‌ترین نقطه می‌رسد و با تحویل سریع دوباره بالا می‌رود.",
    },
  },
  personas: [
    {
      key: "shopper",
      initials: "BC",
      name: { en: "Ben Carter", lv: "Jānis Bērziņš", et: "Kristjan Kask", cs: "Tomáš Novák", fa: "علی رضایی" },
      quote: {
        en: "I want to pay the way I always pay, and I want to know when it arrives.",
        lv: "Gribu maksāt tā, kā vienmēr maksāju, un zināt, kad sūtījums pienāks.",
        et: "Tahan maksta nii, nagu alati, ja teada, millal pakk kohale jõuab.",
        cs: "Chci zaplatit tak, jak jsem zvyklý, a vědět, kdy to dorazí.",
        fa: "می‌خواهم همان‌طور که همیشه پرداخت می‌کنم پرداخت کنم و بدانم کی می‌رسد.",
      },
      age: 29,
      occupation: { en: "Logistics coordinator", lv: "Loģistikas koordinators", et: "Logistikakoordinaator", cs: "Koordinátor logistiky", fa: "هماهنگ‌کنندهٔ لجستیک" },
      familyStatus: { en: "Lives with partner", lv: "Dzīvo kopā ar partneri", et: "Elab koos elukaaslasega", cs: "Žije s partnerkou", fa: "با همسرش زندگی می‌کند" },
      location: { en: "Leeds", lv: "Liepāja", et: "Tartu", cs: "Ostrava", fa: "اصفهان" },
      needs: [
        { en: "Familiar payment method, saved securely", lv: "Ierasta maksāšanas metode, droši saglabāta", et: "Harjumuspärane makseviis, turvaliselt salvestatud", cs: "Obvyklý způsob platby, bezpečně uložený", fa: "روش پرداخت آشنا که امن ذخیره شده باشد" },
        { en: "Delivery to a parcel locker near work", lv: "Piegāde uz pakomātu pie darba", et: "Tarne pakiautomaati töö lähedal", cs: "Doručení do výdejního boxu u práce", fa: "تحویل به صندوق امانات نزدیک محل کار" },
      ],
      frustrations: [
        { en: "Being forced to create an account", lv: "Piespiedu konta izveide", et: "Sunnitud konto loomine", cs: "Povinná registrace", fa: "اجبار به ساختن حساب کاربری" },
        { en: "Hidden delivery costs at the last step", lv: "Slēptas piegādes izmaksas pēdējā solī", et: "Varjatud tarnekulud viimasel sammul", cs: "Skryté poplatky za dopravu v posledním kroku", fa: "هزینهٔ ارسال پنهان در آخرین گام" },
      ],
      motivations: [
        { en: "Get the shoes before Saturday's race", lv: "Saņemt apavus līdz sestdienas skrējienam", et: "Saada jalatsid kätte enne laupäevast jooksu", cs: "Mít boty do sobotního závodu", fa: "رسیدن کفش پیش از مسابقهٔ شنبه" },
      ],
      preferredChannels: ["app", "web", "email"],
      techProficiency: "high",
      asIs: {
        "review-cart": { score: 1, evidence: [RESEARCH.usabilityTest] },
        "sign-in": { score: -1, evidence: [{ kind: "analytics", text: { en: "18% leave on the sign-in screen.", lv: "18 % aiziet pieteikšanās ekrānā.", et: "18% lahkub sisselogimise ekraanil.", cs: "18 % odejde na obrazovce přihlášení.", fa: "۱۸٪ در صفحهٔ ورود سایت را ترک می‌کنند." } }] },
        "delivery-details": { score: 0, evidence: [RESEARCH.usabilityTest] },
        pay: {
          score: -2,
          note: { en: "Bank confirmation times out in the app switch", lv: "Bankas apstiprinājums noilgst, pārslēdzoties starp lietotnēm", et: "Panga kinnitus aegub rakenduste vahetamisel", cs: "Potvrzení v bance vyprší při přepínání aplikací", fa: "تأیید بانکی هنگام جابه‌جایی بین برنامه‌ها منقضی می‌شود" },
          evidence: [{ kind: "review", text: { en: "“Paid twice, got one order. Took a week to get the money back.”", lv: "“Samaksāju divreiz, saņēmu vienu pasūtījumu. Naudu atguvu pēc nedēļas.”", et: "„Maksin kaks korda, sain ühe tellimuse. Raha tagasi saamine võttis nädala.”", cs: "„Zaplatil jsem dvakrát, přišla jedna objednávka. Peníze se vracely týden.“", fa: "«دو بار پرداخت کردم، یک سفارش گرفتم. یک هفته طول کشید تا پولم برگردد.»" }, source: { en: "App store reviews", lv: "Lietotņu veikala atsauksmes", et: "Rakenduste poe arvustused", cs: "Recenze v obchodě s aplikacemi", fa: "نظرهای فروشگاه برنامه" } }],
        },
        confirmation: { score: 1, evidence: [RESEARCH.usabilityTest] },
        track: { score: 0, evidence: [{ kind: "chat", text: { en: "“Where is my order?” is the most common chat opener.", lv: "“Kur ir mans pasūtījums?” ir biežākais tērzēšanas sākums.", et: "„Kus mu tellimus on?” on kõige sagedasem vestluse algus.", cs: "„Kde je moje objednávka?“ je nejčastější začátek chatu.", fa: "«سفارشم کجاست؟» رایج‌ترین پیام آغاز گفت‌وگوست." } }] },
        receive: { score: 2, evidence: [RESEARCH.usabilityTest] },
      },
    },
  ],
  touchpoints: [
    { key: "app-cart", name: { en: "Cart in the app", lv: "Grozs lietotnē", et: "Ostukorv rakenduses", cs: "Košík v aplikaci", fa: "سبد خرید در برنامه" }, channel: "app", ownerTeam: { en: "E-commerce", lv: "E-komercija", et: "E-kaubandus", cs: "E-commerce", fa: "تجارت الکترونیک" } },
    { key: "payment-gateway", name: { en: "Payment gateway and bank app", lv: "Maksājumu vārteja un bankas lietotne", et: "Maksevärav ja pangarakendus", cs: "Platební brána a bankovní aplikace", fa: "درگاه پرداخت و برنامهٔ بانک" }, channel: "app", ownerTeam: { en: "Payments", lv: "Maksājumi", et: "Maksed", cs: "Platby", fa: "پرداخت‌ها" } },
    { key: "order-email", name: { en: "Order confirmation e-mail", lv: "Pasūtījuma apstiprinājuma e-pasts", et: "Tellimuse kinnituskiri", cs: "Potvrzovací e-mail objednávky", fa: "ایمیل تأیید سفارش" }, channel: "email", ownerTeam: { en: "CRM", lv: "CRM", et: "CRM", cs: "CRM", fa: "مدیریت ارتباط با مشتری" } },
    { key: "sms-tracking", name: { en: "Courier text messages", lv: "Kurjera īsziņas", et: "Kulleri SMS-id", cs: "SMS od dopravce", fa: "پیامک‌های پیک" }, channel: "phone", ownerTeam: { en: "Logistics", lv: "Loģistika", et: "Logistika", cs: "Logistika", fa: "لجستیک" } },
    { key: "parcel-locker", name: { en: "Parcel locker", lv: "Pakomāts", et: "Pakiautomaat", cs: "Výdejní box", fa: "صندوق امانات بسته" }, channel: "inPerson", ownerTeam: { en: "Logistics", lv: "Loģistika", et: "Logistika", cs: "Logistika", fa: "لجستیک" } },
    { key: "packaging", name: { en: "Box and returns slip", lv: "Kaste un atgriešanas veidlapa", et: "Karp ja tagastuslipik", cs: "Krabice a formulář pro vrácení", fa: "جعبه و برگهٔ مرجوعی" }, channel: "packaging", ownerTeam: { en: "Warehouse", lv: "Noliktava", et: "Ladu", cs: "Sklad", fa: "انبار" } },
  ],
  stages: [
    {
      key: "cart",
      name: { en: "Cart", lv: "Grozs", et: "Ostukorv", cs: "Košík", fa: "سبد خرید" },
      steps: [{ key: "review-cart", name: { en: "Review the cart", lv: "Pārskatīt grozu", et: "Vaata ostukorv üle", cs: "Zkontrolovat košík", fa: "بررسی سبد خرید" } }],
    },
    {
      key: "checkout",
      name: { en: "Checkout", lv: "Noformēšana", et: "Vormistamine", cs: "Pokladna", fa: "تسویه‌حساب" },
      customerGoal: { en: "Pay quickly with no surprises", lv: "Ātri samaksāt bez pārsteigumiem", et: "Maksta kiiresti ja ilma üllatusteta", cs: "Rychle zaplatit bez překvapení", fa: "پرداخت سریع و بی‌دردسر" },
      kpis: [{ name: { en: "Median checkout time", lv: "Noformēšanas laika mediāna", et: "Vormistamise aja mediaan", cs: "Medián doby nákupu", fa: "میانهٔ زمان تسویه‌حساب" }, value: 3.4, target: 2, unit: "min" }],
      steps: [
        { key: "sign-in", name: { en: "Sign in or continue as guest", lv: "Pieteikties vai turpināt kā viesim", et: "Logi sisse või jätka külalisena", cs: "Přihlásit se, nebo pokračovat bez registrace", fa: "ورود به حساب یا ادامه به‌عنوان مهمان" } },
        { key: "delivery-details", name: { en: "Choose delivery and address", lv: "Izvēlēties piegādi un adresi", et: "Vali tarneviis ja aadress", cs: "Zvolit dopravu a adresu", fa: "انتخاب روش ارسال و نشانی" } },
        {
          key: "pay",
          name: { en: "Pay", lv: "Samaksāt", et: "Maksa", cs: "Zaplatit", fa: "پرداخت" },
          moment: {
            en: "The customer hands over money and trust; a failed or doubled payment is remembered longer than the product.",
            lv: "Klients uztic naudu un uzticību; neizdevies vai dubults maksājums paliek atmiņā ilgāk par preci.",
            et: "Klient annab üle raha ja usalduse; ebaõnnestunud või topeltmakse jääb meelde kauemaks kui toode.",
            cs: "Zákazník svěřuje peníze i důvěru; nepovedená nebo dvojitá platba se pamatuje déle než samotné zboží.",
            fa: "مشتری پول و اعتمادش را می‌سپارد؛ پرداخت ناموفق یا دوباره بیش از خود کالا در یادش می‌ماند.",
          },
        },
      ],
    },
    {
      key: "delivery",
      name: { en: "Delivery", lv: "Piegāde", et: "Tarne", cs: "Doručení", fa: "ارسال" },
      kpis: [{ name: { en: "Delivered on promised day", lv: "Piegādāts solītajā dienā", et: "Lubatud päeval kohale", cs: "Doručeno ve slíbený den", fa: "تحویل در روز وعده‌داده‌شده" }, value: 88, target: 95, unit: "%" }],
      steps: [
        { key: "confirmation", name: { en: "Read the order confirmation", lv: "Izlasīt pasūtījuma apstiprinājumu", et: "Loe tellimuse kinnitust", cs: "Přečíst potvrzení objednávky", fa: "خواندن تأیید سفارش" } },
        { key: "track", name: { en: "Track the parcel", lv: "Sekot sūtījumam", et: "Jälgi pakki", cs: "Sledovat zásilku", fa: "پیگیری بسته" } },
        {
          key: "receive",
          name: { en: "Collect from the parcel locker", lv: "Izņemt no pakomāta", et: "Võta pakk automaadist", cs: "Vyzvednout z výdejního boxu", fa: "برداشتن بسته از صندوق امانات" },
          moment: {
            en: "Unboxing is where the promise becomes real; damaged boxes or wrong sizes start the returns journey.",
            lv: "Atverot kasti, solījums kļūst īsts; bojāts iepakojums vai nepareizs izmērs sāk atgriešanas ceļu.",
            et: "Karbi avamisel saab lubadus tõeks; katkine karp või vale suurus alustab tagastusteekonda.",
            cs: "Při rozbalení se slib stává skutečností; poškozená krabice nebo špatná velikost začíná cestu vrácení.",
            fa: "باز کردن جعبه جایی است که وعده واقعی می‌شود؛ جعبهٔ آسیب‌دیده یا اندازهٔ اشتباه سفر مرجوعی را آغاز می‌کند.",
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
        "review-cart": { en: "Checks size and colour, applies a discount code", lv: "Pārbauda izmēru un krāsu, ievada atlaides kodu", et: "Kontrollib suurust ja värvi, sisestab sooduskoodi", cs: "Zkontroluje velikost a barvu, zadá slevový kód", fa: "اندازه و رنگ را بررسی و کد تخفیف را وارد می‌کند" },
        "sign-in": { en: "Forgets the password, chooses guest checkout", lv: "Aizmirst paroli, izvēlas pirkumu bez konta", et: "Unustab parooli, valib külalisena ostu", cs: "Zapomene heslo, zvolí nákup bez registrace", fa: "رمز را فراموش کرده و خرید مهمان را انتخاب می‌کند" },
        "delivery-details": { en: "Picks a parcel locker on the map", lv: "Kartē izvēlas pakomātu", et: "Valib kaardilt pakiautomaadi", cs: "Na mapě vybere výdejní box", fa: "صندوق امانات را روی نقشه انتخاب می‌کند" },
        pay: { en: "Confirms the payment in the bank app, returns to the shop", lv: "Apstiprina maksājumu bankas lietotnē, atgriežas veikalā", et: "Kinnitab makse pangarakenduses, naaseb poodi", cs: "Potvrdí platbu v bankovní aplikaci a vrátí se do obchodu", fa: "پرداخت را در برنامهٔ بانک تأیید و به فروشگاه برمی‌گردد" },
        confirmation: { en: "Screenshots the order number", lv: "Saglabā pasūtījuma numura ekrānuzņēmumu", et: "Teeb tellimuse numbrist kuvatõmmise", cs: "Vyfotí si číslo objednávky", fa: "از شمارهٔ سفارش عکس صفحه می‌گیرد" },
        track: { en: "Opens the courier link twice a day", lv: "Divreiz dienā atver kurjera saiti", et: "Avab kulleri lingi kaks korda päevas", cs: "Dvakrát denně otevře odkaz dopravce", fa: "روزی دو بار پیوند پیک را باز می‌کند" },
        receive: { en: "Enters the code at the locker, tries the shoes on at home", lv: "Ievada kodu pakomātā, mājās uzlaiko apavus", et: "Sisestab automaadis koodi, proovib kodus jalatseid", cs: "Zadá kód u boxu a doma boty vyzkouší", fa: "کد را در صندوق وارد می‌کند و در خانه کفش را امتحان می‌کند" },
      },
    },
    {
      key: "thoughts",
      type: "thoughts",
      name: { en: "Thoughts", lv: "Domas", et: "Mõtted", cs: "Myšlenky", fa: "افکار" },
      text: {
        "review-cart": { en: "“Is the discount really applied?”", lv: "“Vai atlaide tiešām piemērota?”", et: "„Kas soodustus ikka rakendus?”", cs: "„Opravdu se sleva započítala?“", fa: "«تخفیف واقعاً اعمال شد؟»" },
        "sign-in": { en: "“Not another password reset.”", lv: "“Tikai ne vēl viena paroles atjaunošana.”", et: "„Ainult mitte jälle parooli lähtestamine.”", cs: "„Jen ne zase obnovu hesla.“", fa: "«باز هم بازیابی رمز عبور؟»" },
        "delivery-details": { en: "“The locker by the office — perfect.”", lv: "“Pakomāts pie biroja — lieliski.”", et: "„Automaat kontori juures — suurepärane.”", cs: "„Box u kanceláře — paráda.“", fa: "«صندوق کنار دفتر — عالی است.»" },
        pay: { en: "“Did it go through? Should I press again?”", lv: "“Vai maksājums izgāja? Spiest vēlreiz?”", et: "„Kas makse läks läbi? Kas vajutan uuesti?”", cs: "„Prošlo to? Mám to zmáčknout znovu?“", fa: "«پرداخت انجام شد؟ دوباره بزنم؟»" },
        confirmation: { en: "“Good, the e-mail came.”", lv: "“Labi, e-pasts atnāca.”", et: "„Hea, kiri tuli kohale.”", cs: "„Dobře, e-mail dorazil.“", fa: "«خوب، ایمیل رسید.»" },
        track: { en: "“Will it be there before Saturday?”", lv: "“Vai pienāks līdz sestdienai?”", et: "„Kas see jõuab enne laupäeva?”", cs: "„Dorazí to do soboty?“", fa: "«تا شنبه می‌رسد؟»" },
        receive: { en: "“They fit. I'll order from here again.”", lv: "“Der. Pirkšu šeit vēl.”", et: "„Sobivad. Tellin siit veel.”", cs: "„Sedí. Tady objednám znovu.“", fa: "«اندازه است. باز هم از اینجا می‌خرم.»" },
      },
    },
    { key: "emotions", type: "emotions", name: { en: "Emotions", lv: "Emocijas", et: "Emotsioonid", cs: "Emoce", fa: "احساسات" } },
    {
      key: "touchpoints",
      type: "touchpoints",
      name: { en: "Touchpoints", lv: "Saskarsmes punkti", et: "Kokkupuutepunktid", cs: "Kontaktní body", fa: "نقاط تماس" },
      touchpoints: {
        "review-cart": ["app-cart"],
        "sign-in": ["app-cart"],
        "delivery-details": ["app-cart"],
        pay: ["payment-gateway"],
        confirmation: ["order-email"],
        track: ["sms-tracking", "order-email"],
        receive: ["parcel-locker", "packaging"],
      },
    },
    {
      key: "pain-points",
      type: "painPoints",
      name: { en: "Pain points", lv: "Sāpju punkti", et: "Valupunktid", cs: "Problémová místa", fa: "نقاط درد" },
      cards: [
        { at: "sign-in", severity: 3, title: { en: "Guest checkout is hidden below the fold", lv: "Pirkums bez konta ir paslēpts lapas lejasdaļā", et: "Külalisena ostmine on peidetud lehe alumisse ossa", cs: "Nákup bez registrace je schovaný dole na stránce", fa: "گزینهٔ خرید مهمان پایین صفحه پنهان است" } },
        { at: "pay", severity: 5, title: { en: "App switch to the bank loses the session", lv: "Pārslēdzoties uz bankas lietotni, sesija pazūd", et: "Pangarakendusse minnes kaob seanss", cs: "Přepnutí do banky ztratí relaci", fa: "با رفتن به برنامهٔ بانک نشست از دست می‌رود" } },
        { at: "track", severity: 2, title: { en: "Tracking link shows no time window", lv: "Izsekošanas saitē nav laika loga", et: "Jälgimislingil pole ajavahemikku", cs: "Sledování neukazuje časové okno", fa: "پیوند پیگیری بازهٔ زمانی را نشان نمی‌دهد" } },
      ],
    },
    {
      key: "opportunities",
      type: "opportunities",
      name: { en: "Opportunities", lv: "Iespējas", et: "Võimalused", cs: "Příležitosti", fa: "فرصت‌ها" },
      cards: [
        { at: "pay", impact: 5, effort: 3, status: "inProgress", owner: { en: "Payments", lv: "Maksājumi", et: "Maksed", cs: "Platby", fa: "پرداخت‌ها" }, title: { en: "Offer local wallets and bank links first", lv: "Vispirms piedāvāt vietējos maciņus un bankas saites", et: "Paku esmalt kohalikke rahakotte ja pangalinke", cs: "Nabídnout nejdřív místní peněženky a bankovní převody", fa: "نمایش کیف پول‌ها و درگاه‌های بانکی محلی در ابتدا" } },
        { at: "sign-in", impact: 4, effort: 1, status: "planned", owner: { en: "E-commerce", lv: "E-komercija", et: "E-kaubandus", cs: "E-commerce", fa: "تجارت الکترونیک" }, title: { en: "Make guest checkout the default button", lv: "Padarīt pirkumu bez konta par noklusēto pogu", et: "Tee külalisena ostmine vaikenupuks", cs: "Udělat nákup bez registrace výchozím tlačítkem", fa: "پیش‌فرض کردن دکمهٔ خرید مهمان" } },
        { at: "track", impact: 3, effort: 2, status: "open", owner: { en: "Logistics", lv: "Loģistika", et: "Logistika", cs: "Logistika", fa: "لجستیک" }, title: { en: "Send a two-hour delivery window", lv: "Sūtīt divu stundu piegādes logu", et: "Saada kahetunnine tarneaken", cs: "Posílat dvouhodinové okno doručení", fa: "ارسال بازهٔ دوساعتهٔ تحویل" } },
      ],
    },
    {
      key: "metrics",
      type: "metrics",
      name: { en: "Metrics", lv: "Rādītāji", et: "Mõõdikud", cs: "Metriky", fa: "شاخص‌ها" },
      metrics: {
        cart: [{ name: { en: "Carts reaching checkout", lv: "Grozi, kas sasniedz noformēšanu", et: "Vormistamiseni jõudnud korvid", cs: "Košíky, které dojdou k pokladně", fa: "سبدهایی که به تسویه می‌رسند" }, value: 48, target: 55, unit: "%" }],
        pay: [{ name: { en: "Payment success rate", lv: "Veiksmīgi maksājumi", et: "Õnnestunud maksed", cs: "Úspěšnost plateb", fa: "نرخ موفقیت پرداخت" }, value: 91, target: 97, unit: "%" }],
        delivery: [{ name: { en: "“Where is my order?” contacts per 100 orders", lv: "Jautājumi “Kur ir pasūtījums?” uz 100 pasūtījumiem", et: "„Kus mu tellimus on?” pöördumisi 100 tellimuse kohta", cs: "Dotazy „Kde je objednávka?“ na 100 objednávek", fa: "پرسش «سفارشم کجاست؟» به ازای هر ۱۰۰ سفارش" }, value: 7, target: 3 }],
      },
    },
  ],
  flows: [
    {
      from: "review-cart",
      to: "pay",
      kind: "branch",
      share: 0.27,
      label: { en: "Express wallet checkout skips sign-in and address", lv: "Ātrais maksājums ar maciņu izlaiž pieteikšanos un adresi", et: "Kiirmakse rahakotiga jätab sisselogimise ja aadressi vahele", cs: "Expresní platba peněženkou přeskočí přihlášení i adresu", fa: "پرداخت سریع با کیف پول، ورود و نشانی را رد می‌کند" },
    },
    {
      from: "pay",
      to: "delivery-details",
      kind: "loop",
      share: 0.09,
      label: { en: "Payment declined, goes back to change the method", lv: "Maksājums noraidīts, atgriežas mainīt metodi", et: "Makse lükati tagasi, läheb makseviisi muutma", cs: "Platba zamítnuta, vrací se změnit způsob", fa: "پرداخت رد شد، برای تغییر روش برمی‌گردد" },
    },
  ],
};
