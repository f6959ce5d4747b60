import type { TemplateEvidenceInput } from "../template-schema";

/**
 * The research behind scores that have no quote of their own. Every emotion point of a built-in
 * template cites some evidence, so a new map starts from the habit of grounding each score.
 */
export const RESEARCH = {
  memberInterviews: { kind: "interview", text: { en: "Interviews with 12 new members", lv: "Intervijas ar 12 jauniem biedriem", et: "Intervjuud 12 uue liikmega", cs: "Rozhovory s 12 novými členy", fa: "مصاحبه با ۱۲ عضو تازه" } },
  patientSurvey: { kind: "survey", text: { en: "Patient survey, 840 responses", lv: "Pacientu aptauja, 840 atbildes", et: "Patsiendiküsitlus, 840 vastust", cs: "Průzkum mezi pacienty, 840 odpovědí", fa: "نظرسنجی بیماران، ۸۴۰ پاسخ" } },
  prototypeTest: { kind: "observation", text: { en: "Prototype tested with 8 patients", lv: "Prototips pārbaudīts ar 8 pacientiem", et: "Prototüüpi testiti 8 patsiendiga", cs: "Prototyp otestovaný s 8 pacienty", fa: "نمونهٔ اولیه با ۸ بیمار آزموده شد" } },
  diaryStudy: { kind: "observation", text: { en: "Two-week diary study, 10 commuters", lv: "Divu nedēļu dienasgrāmatas pētījums, 10 pasažieri", et: "Kahenädalane päeviku-uuring, 10 pendeldajat", cs: "Dvoutýdenní deníková studie, 10 dojíždějících", fa: "مطالعهٔ روزنگار دوهفته‌ای با ۱۰ مسافر" } },
  guestInterviews: { kind: "interview", text: { en: "Interviews with 9 business guests", lv: "Intervijas ar 9 darījumu viesiem", et: "Intervjuud 9 ärireisijaga", cs: "Rozhovory s 9 hosty na služební cestě", fa: "مصاحبه با ۹ مهمان تجاری" } },
  exitInterviews: { kind: "interview", text: { en: "Store exit interviews, 60 shoppers", lv: "Intervijas pie veikala izejas, 60 pircēji", et: "Poest väljuvate ostjate küsitlus, 60 inimest", cs: "Rozhovory u východu z prodejny, 60 zákazníků", fa: "مصاحبه با ۶۰ خریدار هنگام خروج از فروشگاه" } },
  usabilityTest: { kind: "observation", text: { en: "Usability test with 7 participants", lv: "Lietojamības tests ar 7 dalībniekiem", et: "Kasutatavustest 7 osalejaga", cs: "Test použitelnosti se 7 účastníky", fa: "آزمون کاربردپذیری با ۷ شرکت‌کننده" } },
  travellerInterviews: { kind: "interview", text: { en: "Interviews with 10 families after their trip", lv: "Intervijas ar 10 ģimenēm pēc ceļojuma", et: "Intervjuud 10 perega pärast reisi", cs: "Rozhovory s 10 rodinami po cestě", fa: "مصاحبه با ۱۰ خانواده پس از سفر" } },
  postSaleInterviews: { kind: "interview", text: { en: "Post-sale interviews with 14 buyers", lv: "Pēcpārdošanas intervijas ar 14 pircējiem", et: "Müügijärgsed intervjuud 14 ostjaga", cs: "Rozhovory se 14 kupujícími po prodeji", fa: "مصاحبهٔ پس از فروش با ۱۴ خریدار" } },
  onboardingInterviews: { kind: "interview", text: { en: "Onboarding interviews with 11 trial teams", lv: "Intervijas ar 11 izmēģinājuma komandām", et: "Intervjuud 11 prooviperioodi meeskonnaga", cs: "Rozhovory s 11 týmy ve zkušební době", fa: "مصاحبه با ۱۱ تیم در دورهٔ آزمایشی" } },
  winLossInterviews: { kind: "interview", text: { en: "Win/loss interviews, 16 deals", lv: "Uzvarēto un zaudēto darījumu intervijas, 16 darījumi", et: "Võidetud ja kaotatud tehingute intervjuud, 16 tehingut", cs: "Rozhovory k vyhraným a prohraným obchodům, 16 obchodů", fa: "مصاحبه‌های برد و باخت، ۱۶ قرارداد" } },
  callRecordings: { kind: "observation", text: { en: "Review of 200 call recordings", lv: "200 sarunu ierakstu analīze", et: "200 kõnesalvestuse analüüs", cs: "Rozbor 200 nahrávek hovorů", fa: "بررسی ۲۰۰ تماس ضبط‌شده" } },
} as const satisfies Record<string, TemplateEvidenceInput>;
