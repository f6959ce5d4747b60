import type { TemplateInput } from "../template-schema";
import { RESEARCH } from "./research-sources";

/** Fashion retail across channels: browse online, reserve, try on in store, pay, return. */
export const retailOmnichannel: TemplateInput = {
  id: "retail-omnichannel",
  kind: "currentState",
  tags: ["retail", "omnichannel", "fashion", "store"],
  name: { en: "Retail: online and in store", lv: "Mazumtirdzniecība: internetā un veikalā", et: "Jaekaubandus: veebis ja poes", cs: "Maloobchod: online i na prodejně", fa: "خرده‌فروشی: آنلاین و در فروشگاه" },
  description: {
    en: "A shopper browses a fashion chain online, reserves items, tries them on in the store, queues at the till and returns one item.",
    lv: "Pircēja internetā apskata modes tīkla preces, rezervē tās, uzlaiko veikalā, stāv rindā pie kases un vienu preci atdod.",
    et: "Ostja sirvib moekaupluse veebipoodi, broneerib tooted, proovib neid poes, seisab kassajärjekorras ja tagastab ühe toote.",
    cs: "Zákaznice si online prohlíží módní řetězec, rezervuje zboží, zkouší ho na prodejně, stojí frontu u pokladny a jednu věc vrací.",
    fa: "خریداری لباس‌های یک فروشگاه زنجیره‌ای را آنلاین می‌بیند، رزرو می‌کند، در فروشگاه پرو می‌کند، در صف صندوق می‌ایستد و یک کالا را پس می‌دهد.",
  },
  industry: { en: "Retail", lv: "Mazumtirdzniecība", et: "Jaekaubandus", cs: "Maloobchod", fa: "خرده‌فروشی" },
  scope: {
    scenario: {
      en: "Buying an outfit for a wedding: online research on the weekend, a store visit after work.",
      lv: "Tērpa pirkšana kāzām: izpēte internetā nedēļas nogalē, veikala apmeklējums pēc darba.",
      et: "Pulmariiete ostmine: nädalavahetusel veebis uurimine, pärast tööd poekülastus.",
      cs: "Nákup oblečení na svatbu: o víkendu průzkum online, po práci návštěva prodejny.",
      fa: "خرید لباس برای یک عروسی: جست‌وجوی آنلاین در آخر هفته و رفتن به فروشگاه بعد از کار.",
    },
    desiredOutcome: {
      en: "Stock shown online is on the shelf, queues under five minutes, returns accepted in any channel.",
      lv: "Tiešsaistē redzamās preces ir plauktā, rindas īsākas par piecām minūtēm, preces var atdot jebkurā kanālā.",
      et: "Veebis näidatud kaup on riiulil, järjekorrad alla viie minuti, tagastus võimalik igas kanalis.",
      cs: "Zboží zobrazené online je v regálu, fronty pod pět minut, vrácení v jakémkoli kanálu.",
      fa: "کالایی که آنلاین نشان داده می‌شود در قفسه باشد، صف کمتر از پنج دقیقه و مرجوعی در هر کانالی پذیرفته شود.",
    },
    kpis: [
      { name: { en: "Reservations collected", lv: "Izņemtās rezervācijas", et: "Välja ostetud broneeringud", cs: "Vyzvednuté rezervace", fa: "رزروهای تحویل‌گرفته‌شده" }, value: 63, target: 80, unit: "%" },
      { name: { en: "Average queue time at peak", lv: "Vidējais rindas laiks maksimumstundās", et: "Keskmine järjekorraaeg tipptunnil", cs: "Průměrná doba ve frontě ve špičce", fa: "میانگین زمان صف در ساعات شلوغ" }, value: 11, target: 5, unit: "min" },
    ],
  },
  accessibility: {
    title: { en: "Journey map: shopping online and in store", lv: "Ceļa karte: iepirkšanās internetā un veikalā", et: "Teekonnakaart: ostlemine veebis ja poes", cs: "Mapa cesty: nakupování online a na prodejně", fa: "نقشهٔ سفر: خرید آنلاین و حضوری" },
    description: {
      en: "Four stages, seven steps. Pleasure browsing online, frustration when reserved items are missing, a high in the fitting room, a low in the till queue.",
      lv: "Četri posmi, septiņi soļi. Prieks, pārlūkojot internetā, vilšanās, kad rezervētās preces nav, augstākais punkts pielaikošanas kabīnē, zemākais — rindā pie kases.",
      et: "Neli etappi, seitse sammu. Rõõm veebis sirvides, pettumus, kui broneeritud kaupa pole, tipp proovikabiinis, madalpunkt kassajärjekorras.",
      cs: "Čtyři fáze, sedm kroků. Radost z prohlížení online, zklamání, když rezervované zboží chybí, vrchol v kabince, propad ve frontě u pokladny.",
      fa: "چهار مرحله و هفت گام. لذت از مرور آنلاین، ناامیدی وقتی کالای رزروشده نیست، اوج در اتاق پرو و افت در صف صندوق.",
    },
  },
  personas: [
    {
      key: "shopper",
      initials: "CB",
      name: { en: "Chloe Bennett", lv: "Anete Krūmiņa", et: "Kertu Lepp", cs: "Tereza Veselá", fa: "نیلوفر جعفری" },
      quote: {
        en: "If the website says it's in stock, I expect to hold it in my hands.",
        lv: "Ja vietnē rakstīts, ka prece ir, es gribu to turēt rokās.",
        et: "Kui veebis on kirjas, et toode on laos, ootan, et saan selle kätte.",
        cs: "Když web píše, že je zboží skladem, čekám, že ho budu držet v ruce.",
        fa: "اگر سایت می‌گوید موجود است، انتظار دارم آن را در دستم بگیرم.",
      },
      age: 32,
      occupation: { en: "Marketing specialist", lv: "Mārketinga speciāliste", et: "Turundusspetsialist", cs: "Marketingová specialistka", fa: "کارشناس بازاریابی" },
      familyStatus: { en: "In a relationship", lv: "Attiecībās", et: "Suhtes", cs: "Ve vztahu", fa: "در رابطه" },
      location: { en: "London", lv: "Rīga", et: "Tallinn", cs: "Praha", fa: "تهران" },
      needs: [
        { en: "Accurate stock per store", lv: "Precīzi atlikumi katrā veikalā", et: "Täpne laoseis iga poe kohta", cs: "Přesné zásoby pro každou prodejnu", fa: "موجودی دقیق هر فروشگاه" },
        { en: "A quick way to pay", lv: "Ātrs veids, kā samaksāt", et: "Kiire maksmisvõimalus", cs: "Rychlý způsob placení", fa: "راهی سریع برای پرداخت" },
      ],
      frustrations: [
        { en: "Different prices online and in store", lv: "Atšķirīgas cenas internetā un veikalā", et: "Erinevad hinnad veebis ja poes", cs: "Rozdílné ceny online a na prodejně", fa: "قیمت‌های متفاوت آنلاین و در فروشگاه" },
        { en: "Online orders that can't be returned in store", lv: "Interneta pirkumus nevar atdot veikalā", et: "Veebitellimusi ei saa poodi tagastada", cs: "Online objednávky nejde vrátit na prodejně", fa: "سفارش‌های آنلاین را نمی‌توان در فروشگاه پس داد" },
      ],
      motivations: [
        { en: "Look good without spending the whole evening shopping", lv: "Izskatīties labi, netērējot visu vakaru iepirkoties", et: "Näha hea välja, ilma et terve õhtu kuluks ostlemisele", cs: "Vypadat dobře a netrávit nakupováním celý večer", fa: "خوش‌پوش بودن بدون گذراندن تمام عصر به خرید" },
      ],
      preferredChannels: ["app", "social", "inPerson"],
      techProficiency: "high",
      asIs: {
        "browse-online": { score: 1, evidence: [{ kind: "analytics", text: { en: "Mobile sessions average 7 minutes; wishlists are used by 44%.", lv: "Mobilā sesija vidēji ilgst 7 minūtes; vēlmju sarakstu izmanto 44 %.", et: "Mobiiliseanss kestab keskmiselt 7 minutit; soovinimekirja kasutab 44%.", cs: "Mobilní návštěva trvá v průměru 7 minut; seznam přání používá 44 %.", fa: "میانگین نشست موبایل ۷ دقیقه است؛ ۴۴٪ از فهرست علاقه‌مندی‌ها استفاده می‌کنند." } }] },
        reserve: { score: 1, evidence: [RESEARCH.exitInterviews] },
        "find-items": { score: -1, evidence: [{ kind: "ticket", text: { en: "“Reservation ready” sent, but staff could not find the bag.", lv: "Nosūtīts “Rezervācija gatava”, bet darbinieki nevarēja atrast maisu.", et: "Saadeti „Broneering valmis”, kuid töötajad ei leidnud kotti üles.", cs: "Přišlo „Rezervace připravena“, ale personál tašku nenašel.", fa: "پیام «رزرو آماده است» ارسال شد اما کارکنان کیسه را پیدا نکردند." } }] },
        "try-on": { score: 2, evidence: [RESEARCH.exitInterviews] },
        "queue-till": {
          score: -2,
          note: { en: "Two of six tills open at 18:00", lv: "18:00 atvērtas divas no sešām kasēm", et: "Kell 18 on avatud kaks kassat kuuest", cs: "V 18:00 jsou otevřené dvě pokladny ze šesti", fa: "ساعت ۱۸ فقط دو صندوق از شش صندوق باز است" },
          evidence: [{ kind: "observation", text: { en: "Shoppers abandoned 1 in 9 baskets in the queue during the evening peak.", lv: "Vakara maksimumstundā rindā pameta katru devīto grozu.", et: "Õhtusel tipptunnil jäeti järjekorda iga üheksas ostukorv.", cs: "Ve večerní špičce zákazníci ve frontě nechali každý devátý košík.", fa: "در شلوغی عصر از هر ۹ سبد یکی در صف رها شد." }, source: { en: "Store observation, October", lv: "Novērojums veikalā, oktobris", et: "Poevaatlus, oktoober", cs: "Pozorování v prodejně, říjen", fa: "مشاهدهٔ فروشگاه، مهرماه" } }],
        },
        "pay-leave": { score: 1, evidence: [RESEARCH.exitInterviews] },
        "return-item": { score: 0, evidence: [RESEARCH.exitInterviews] },
      },
    },
  ],
  touchpoints: [
    { key: "app", name: { en: "Shopping app", lv: "Iepirkšanās lietotne", et: "Ostlemisrakendus", cs: "Nákupní aplikace", fa: "برنامهٔ خرید" }, channel: "app", ownerTeam: { en: "E-commerce", lv: "E-komercija", et: "E-kaubandus", cs: "E-commerce", fa: "تجارت الکترونیک" } },
    { key: "instagram", name: { en: "Brand social media", lv: "Zīmola sociālie tīkli", et: "Brändi sotsiaalmeedia", cs: "Sociální sítě značky", fa: "شبکه‌های اجتماعی برند" }, channel: "social", ownerTeam: { en: "Marketing", lv: "Mārketings", et: "Turundus", cs: "Marketing", fa: "بازاریابی" } },
    { key: "reservation-sms", name: { en: "“Ready to collect” text message", lv: "Īsziņa “Gatavs saņemšanai”", et: "SMS „Valmis kättesaamiseks”", cs: "SMS „Připraveno k vyzvednutí“", fa: "پیامک «آمادهٔ تحویل»" }, channel: "phone", ownerTeam: { en: "Store operations", lv: "Veikalu darbība", et: "Poodide haldus", cs: "Provoz prodejen", fa: "عملیات فروشگاه" } },
    { key: "store-floor", name: { en: "Store floor and staff", lv: "Tirdzniecības zāle un darbinieki", et: "Müügisaal ja töötajad", cs: "Prodejní plocha a personál", fa: "سالن فروشگاه و کارکنان" }, channel: "inPerson", ownerTeam: { en: "Store operations", lv: "Veikalu darbība", et: "Poodide haldus", cs: "Provoz prodejen", fa: "عملیات فروشگاه" } },
    { key: "fitting-room", name: { en: "Fitting room", lv: "Pielaikošanas kabīne", et: "Proovikabiin", cs: "Zkušební kabinka", fa: "اتاق پرو" }, channel: "inPerson", ownerTeam: { en: "Store operations", lv: "Veikalu darbība", et: "Poodide haldus", cs: "Provoz prodejen", fa: "عملیات فروشگاه" } },
    { key: "till", name: { en: "Till", lv: "Kase", et: "Kassa", cs: "Pokladna", fa: "صندوق" }, channel: "inPerson", ownerTeam: { en: "Store operations", lv: "Veikalu darbība", et: "Poodide haldus", cs: "Provoz prodejen", fa: "عملیات فروشگاه" } },
  ],
  stages: [
    {
      key: "browse",
      name: { en: "Browse online", lv: "Pārlūkošana internetā", et: "Sirvimine veebis", cs: "Prohlížení online", fa: "مرور آنلاین" },
      steps: [
        { key: "browse-online", name: { en: "Browse and save favourites", lv: "Pārlūkot un saglabāt izlasē", et: "Sirvi ja salvesta lemmikud", cs: "Prohlížet a ukládat oblíbené", fa: "مرور و ذخیرهٔ علاقه‌مندی‌ها" } },
        { key: "reserve", name: { en: "Reserve in a nearby store", lv: "Rezervēt tuvākajā veikalā", et: "Broneeri lähimas poes", cs: "Rezervovat na blízké prodejně", fa: "رزرو در فروشگاه نزدیک" } },
      ],
    },
    {
      key: "store",
      name: { en: "In the store", lv: "Veikalā", et: "Poes", cs: "Na prodejně", fa: "در فروشگاه" },
      kpis: [{ name: { en: "Fitting-room conversion", lv: "Pielaikošanas konversija", et: "Proovikabiini konversioon", cs: "Konverze ze zkušebních kabinek", fa: "تبدیل پرو به خرید" }, value: 38, target: 45, unit: "%" }],
      steps: [
        { key: "find-items", name: { en: "Collect the reservation", lv: "Saņemt rezervāciju", et: "Võta broneering vastu", cs: "Vyzvednout rezervaci", fa: "تحویل گرفتن رزرو" } },
        {
          key: "try-on",
          name: { en: "Try on", lv: "Pielaikot", et: "Proovi selga", cs: "Vyzkoušet", fa: "پرو کردن" },
          moment: {
            en: "The decision is made in the mirror; help with another size here turns browsing into buying.",
            lv: "Lēmums tiek pieņemts pie spoguļa; palīdzība ar citu izmēru šeit pārvērš skatīšanos pirkumā.",
            et: "Otsus sünnib peegli ees; abi teise suurusega muudab siin vaatamise ostuks.",
            cs: "Rozhoduje se před zrcadlem; pomoc s jinou velikostí tu mění prohlížení v nákup.",
            fa: "تصمیم جلوی آینه گرفته می‌شود؛ کمک برای اندازهٔ دیگر در اینجا تماشا را به خرید تبدیل می‌کند.",
          },
        },
      ],
    },
    {
      key: "checkout",
      name: { en: "Checkout", lv: "Norēķins", et: "Maksmine", cs: "Placení", fa: "پرداخت" },
      kpis: [{ name: { en: "Baskets abandoned in the queue", lv: "Rindā pamestie grozi", et: "Järjekorda jäetud ostukorvid", cs: "Košíky opuštěné ve frontě", fa: "سبدهای رهاشده در صف" }, value: 11, target: 3, unit: "%" }],
      steps: [
        { key: "queue-till", name: { en: "Queue at the till", lv: "Stāvēt rindā pie kases", et: "Seisa kassajärjekorras", cs: "Stát frontu u pokladny", fa: "ایستادن در صف صندوق" } },
        { key: "pay-leave", name: { en: "Pay and leave", lv: "Samaksāt un doties prom", et: "Maksa ja lahku", cs: "Zaplatit a odejít", fa: "پرداخت و ترک فروشگاه" } },
      ],
    },
    {
      key: "after",
      name: { en: "After purchase", lv: "Pēc pirkuma", et: "Pärast ostu", cs: "Po nákupu", fa: "پس از خرید" },
      steps: [{ key: "return-item", name: { en: "Return one item", lv: "Atdot vienu preci", et: "Tagasta üks toode", cs: "Vrátit jednu věc", fa: "پس دادن یک کالا" } }],
    },
  ],
  lanes: [
    {
      key: "actions",
      type: "actions",
      name: { en: "Actions", lv: "Darbības", et: "Tegevused", cs: "Činnosti", fa: "اقدام‌ها" },
      text: {
        "browse-online": { en: "Scrolls new arrivals, saves two dresses and a jacket", lv: "Ritina jaunumus, saglabā divas kleitas un jaku", et: "Sirvib uudistooteid, salvestab kaks kleiti ja jaki", cs: "Prochází novinky, uloží si dvoje šaty a sako", fa: "تازه‌ها را مرور می‌کند و دو پیراهن و یک کت ذخیره می‌کند" },
        reserve: { en: "Reserves three items for pick-up after work", lv: "Rezervē trīs preces saņemšanai pēc darba", et: "Broneerib kolm toodet pärast tööd kättesaamiseks", cs: "Rezervuje tři kousky k vyzvednutí po práci", fa: "سه کالا را برای تحویل بعد از کار رزرو می‌کند" },
        "find-items": { en: "Waits at the service desk while staff search the back room", lv: "Gaida pie klientu galda, kamēr darbinieki meklē noliktavā", et: "Ootab teeninduslauas, kuni töötajad otsivad laost", cs: "Čeká u pultu, než personál prohledá sklad", fa: "کنار میز خدمات منتظر می‌ماند تا کارکنان انبار را بگردند" },
        "try-on": { en: "Tries both dresses, asks for a size up", lv: "Pielaiko abas kleitas, palūdz izmēru lielāku", et: "Proovib mõlemat kleiti, küsib suurust suuremat", cs: "Vyzkouší oboje šaty a požádá o větší velikost", fa: "هر دو پیراهن را پرو می‌کند و یک سایز بزرگ‌تر می‌خواهد" },
        "queue-till": { en: "Stands in a queue of twelve people", lv: "Stāv divpadsmit cilvēku rindā", et: "Seisab kaheteistkümne inimese järjekorras", cs: "Stojí ve frontě dvanácti lidí", fa: "در صفی دوازده‌نفره می‌ایستد" },
        "pay-leave": { en: "Pays by phone, declines a paper receipt", lv: "Maksā ar telefonu, atsakās no papīra čeka", et: "Maksab telefoniga, loobub paberkviitungist", cs: "Zaplatí mobilem, papírovou účtenku nechce", fa: "با گوشی پرداخت می‌کند و رسید کاغذی نمی‌خواهد" },
        "return-item": { en: "Returns the jacket in the app, drops it at a parcel point", lv: "Lietotnē noformē jakas atgriešanu, nodod to pakomātā", et: "Vormistab jaki tagastuse rakenduses, viib selle pakipunkti", cs: "Vrácení saka zadá v aplikaci a odnese ho na výdejní místo", fa: "مرجوعی کت را در برنامه ثبت و آن را به باجهٔ بسته تحویل می‌دهد" },
      },
    },
    {
      key: "thoughts",
      type: "thoughts",
      name: { en: "Thoughts", lv: "Domas", et: "Mõtted", cs: "Myšlenky", fa: "افکار" },
      text: {
        "browse-online": { en: "“The green one would be perfect for the wedding.”", lv: "“Zaļā būtu ideāla kāzām.”", et: "„Roheline oleks pulmadeks ideaalne.”", cs: "„Ty zelené by byly na svatbu dokonalé.“", fa: "«سبزه برای عروسی عالی است.»" },
        reserve: { en: "“Good, I won't have to search the racks.”", lv: "“Labi, nebūs jāmeklē pa pakaramajiem.”", et: "„Hea, ei pea riiulitelt otsima.”", cs: "„Fajn, nebudu to muset hledat po stojanech.“", fa: "«خوب است، لازم نیست بین رگال‌ها بگردم.»" },
        "find-items": { en: "“They texted me it was ready…”", lv: "“Man taču atsūtīja īsziņu, ka viss gatavs…”", et: "„Mulle ju saadeti sõnum, et on valmis…”", cs: "„Vždyť mi psali, že je to připravené…“", fa: "«پیامک دادند که آماده است…»" },
        "try-on": { en: "“Yes. This is the one.”", lv: "“Jā. Šī ir īstā.”", et: "„Jah. See ongi see.”", cs: "„Ano. Tyhle to jsou.“", fa: "«آره. همین است.»" },
        "queue-till": { en: "“Why is only one till open?”", lv: "“Kāpēc atvērta tikai viena kase?”", et: "„Miks ainult üks kassa lahti on?”", cs: "„Proč je otevřená jen jedna pokladna?“", fa: "«چرا فقط یک صندوق باز است؟»" },
        "pay-leave": { en: "“At least paying was quick.”", lv: "“Vismaz samaksāt izdevās ātri.”", et: "„Vähemalt maksmine oli kiire.”", cs: "„Aspoň placení bylo rychlé.“", fa: "«دست‌کم پرداخت سریع بود.»" },
        "return-item": { en: "“Easy — I'd shop here again.”", lv: "“Vienkārši — iepirktos šeit vēlreiz.”", et: "„Lihtne — ostaksin siit uuesti.”", cs: "„Jednoduché — nakoupila bych tu znovu.“", fa: "«آسان بود — باز هم از اینجا خرید می‌کنم.»" },
      },
    },
    { key: "emotions", type: "emotions", name: { en: "Emotions", lv: "Emocijas", et: "Emotsioonid", cs: "Emoce", fa: "احساسات" } },
    {
      key: "touchpoints",
      type: "touchpoints",
      name: { en: "Touchpoints", lv: "Saskarsmes punkti", et: "Kokkupuutepunktid", cs: "Kontaktní body", fa: "نقاط تماس" },
      touchpoints: {
        "browse-online": ["instagram", "app"],
        reserve: ["app", "reservation-sms"],
        "find-items": ["store-floor"],
        "try-on": ["fitting-room"],
        "queue-till": ["till"],
        "pay-leave": ["till"],
        "return-item": ["app"],
      },
    },
    {
      key: "pain-points",
      type: "painPoints",
      name: { en: "Pain points", lv: "Sāpju punkti", et: "Valupunktid", cs: "Problémová místa", fa: "نقاط درد" },
      cards: [
        { at: "find-items", severity: 4, title: { en: "Reserved items not where the system says", lv: "Rezervētās preces nav tur, kur rāda sistēma", et: "Broneeritud tooted pole seal, kus süsteem näitab", cs: "Rezervované zboží není tam, kde ho ukazuje systém", fa: "کالای رزروشده جایی که سامانه نشان می‌دهد نیست" } },
        { at: "queue-till", severity: 5, title: { en: "Too few tills open at the evening peak", lv: "Vakara maksimumstundā atvērts pārāk maz kasu", et: "Õhtusel tipptunnil on liiga vähe kassasid avatud", cs: "Ve večerní špičce je otevřeno málo pokladen", fa: "در شلوغی عصر صندوق‌های کمی باز است" } },
      ],
    },
    {
      key: "opportunities",
      type: "opportunities",
      name: { en: "Opportunities", lv: "Iespējas", et: "Võimalused", cs: "Příležitosti", fa: "فرصت‌ها" },
      cards: [
        { at: "queue-till", impact: 5, effort: 3, status: "planned", owner: { en: "Store operations", lv: "Veikalu darbība", et: "Poodide haldus", cs: "Provoz prodejen", fa: "عملیات فروشگاه" }, title: { en: "Pay in the fitting room with a handheld terminal", lv: "Maksāt pielaikošanas kabīnē ar pārnēsājamu termināli", et: "Maksa proovikabiinis kaasaskantava terminaliga", cs: "Placení v kabince přes mobilní terminál", fa: "پرداخت در اتاق پرو با کارتخوان سیار" } },
        { at: "find-items", impact: 4, effort: 2, status: "open", owner: { en: "E-commerce", lv: "E-komercija", et: "E-kaubandus", cs: "E-commerce", fa: "تجارت الکترونیک" }, title: { en: "Send “ready” only after staff scan the bag", lv: "Sūtīt “gatavs” tikai pēc tam, kad darbinieks noskenē maisu", et: "Saada „valmis” alles siis, kui töötaja on koti skanninud", cs: "Posílat „připraveno“ až po naskenování tašky", fa: "ارسال پیام «آماده» فقط پس از اسکن کیسه توسط کارکنان" } },
        { at: "try-on", impact: 3, effort: 2, status: "open", owner: { en: "Store operations", lv: "Veikalu darbība", et: "Poodide haldus", cs: "Provoz prodejen", fa: "عملیات فروشگاه" }, title: { en: "Call button for another size in each fitting room", lv: "Izsaukuma poga citam izmēram katrā kabīnē", et: "Igas kabiinis nupp teise suuruse küsimiseks", cs: "Tlačítko pro jinou velikost v každé kabince", fa: "دکمهٔ درخواست سایز دیگر در هر اتاق پرو" } },
      ],
    },
    {
      key: "metrics",
      type: "metrics",
      name: { en: "Metrics", lv: "Rādītāji", et: "Mõõdikud", cs: "Metriky", fa: "شاخص‌ها" },
      metrics: {
        browse: [{ name: { en: "Sessions ending in a reservation", lv: "Sesijas, kas beidzas ar rezervāciju", et: "Broneeringuga lõppenud seansid", cs: "Návštěvy končící rezervací", fa: "نشست‌هایی که به رزرو ختم می‌شوند" }, value: 2.2, target: 3, unit: "%" }],
        store: [{ name: { en: "Reservations found within 2 minutes", lv: "Rezervācijas atrastas 2 minūšu laikā", et: "2 minuti jooksul leitud broneeringud", cs: "Rezervace nalezené do 2 minut", fa: "رزروهای پیداشده در ۲ دقیقه" }, value: 71, target: 95, unit: "%" }],
        after: [{ name: { en: "Returns made in store", lv: "Veikalā atdotās preces", et: "Poodi tehtud tagastused", cs: "Vrácení na prodejně", fa: "مرجوعی‌های انجام‌شده در فروشگاه" }, value: 24, unit: "%" }],
      },
    },
  ],
  flows: [
    {
      from: "try-on",
      to: "browse-online",
      kind: "branch",
      share: 0.15,
      label: { en: "Size not in store: orders online from the fitting room", lv: "Izmēra veikalā nav: pasūta internetā no kabīnes", et: "Suurust poes pole: tellib proovikabiinist veebist", cs: "Velikost na prodejně není: objedná online z kabinky", fa: "سایز در فروشگاه نیست: از اتاق پرو آنلاین سفارش می‌دهد" },
    },
    {
      from: "return-item",
      to: "browse-online",
      kind: "reentry",
      label: { en: "Next season's shopping starts in the app again", lv: "Nākamās sezonas iepirkšanās atkal sākas lietotnē", et: "Järgmise hooaja ostlemine algab jälle rakenduses", cs: "Nákupy v další sezóně začnou zase v aplikaci", fa: "خرید فصل بعد دوباره از برنامه شروع می‌شود" },
    },
  ],
};
