import { CHANNEL_TYPES, type ChannelType, type Persona, type UpdatePersonaArgs, type AddPersonaArgs } from "@kaart/core";

/** The lists of a persona that the form edits as one item a line. */
export const PERSONA_LISTS = ["professionalGoals", "personalGoals", "needs", "frustrations", "motivations", "behaviours"] as const;
export type PersonaList = (typeof PERSONA_LISTS)[number];

/** The plain text fields; an empty one is cleared on save. */
export const PERSONA_TEXTS = ["quote", "occupation", "familyStatus", "location", "b2bRole"] as const;
export type PersonaText = (typeof PERSONA_TEXTS)[number];

export type TechLevel = "low" | "medium" | "high";

/** What the form holds while it is being edited: strings, as the inputs give them. */
export interface PersonaDraft {
  name: string;
  photo: string;
  alt: string;
  initials: string;
  age: string;
  texts: Record<PersonaText, string>;
  lists: Record<PersonaList, string>;
  channels: ChannelType[];
  tech: TechLevel | undefined;
  attributes: { key: string; value: string }[];
}

export const EMPTY_DRAFT: PersonaDraft = {
  name: "",
  photo: "",
  alt: "",
  initials: "",
  age: "",
  texts: { quote: "", occupation: "", familyStatus: "", location: "", b2bRole: "" },
  lists: { professionalGoals: "", personalGoals: "", needs: "", frustrations: "", motivations: "", behaviours: "" },
  channels: [],
  tech: undefined,
  attributes: [],
};

export function draftOf(p: Persona): PersonaDraft {
  return {
    name: p.name,
    photo: p.avatar?.assetId ?? "",
    alt: p.avatar?.alt ?? "",
    initials: p.avatar?.initials ?? "",
    age: p.age === undefined ? "" : String(p.age),
    texts: { quote: p.quote ?? "", occupation: p.occupation ?? "", familyStatus: p.familyStatus ?? "", location: p.location ?? "", b2bRole: p.b2bRole ?? "" },
    lists: {
      professionalGoals: p.professionalGoals.join("\n"),
      personalGoals: p.personalGoals.join("\n"),
      needs: p.needs.join("\n"),
      frustrations: p.frustrations.join("\n"),
      motivations: p.motivations.join("\n"),
      behaviours: p.behaviours.join("\n"),
    },
    channels: [...p.preferredChannels],
    tech: p.techProficiency,
    attributes: p.attributes.map((a) => ({ ...a })),
  };
}

/** Up to two letters of the name, for the avatar of a persona without a photo. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  return letters.map((w) => Array.from(w)[0] ?? "").join("").toLocaleUpperCase();
}

export type DraftProblem = "nameRequired" | "altRequired" | "ageInvalid";

/** Why a draft cannot be saved; empty when it can. A photo without a description is refused (WCAG 1.1.1). */
export function draftProblems(d: PersonaDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!d.name.trim()) problems.push("nameRequired");
  if (d.photo.trim() && !d.alt.trim()) problems.push("altRequired");
  if (d.age.trim() && !/^\d{1,3}$/.test(d.age.trim())) problems.push("ageInvalid");
  else if (d.age.trim() && Number(d.age) > 150) problems.push("ageInvalid");
  return problems;
}

const lines = (s: string) => s.split("\n").map((l) => l.trim()).filter(Boolean);

function avatarOf(d: PersonaDraft): Persona["avatar"] {
  const photo = d.photo.trim();
  const initials = (d.initials.trim() || initialsOf(d.name)).slice(0, 4);
  // Without a photo the initials are what is seen, and the name is what a screen reader says.
  return photo ? { assetId: photo, alt: d.alt.trim(), ...(initials ? { initials } : {}) } : { initials, alt: d.name.trim() };
}

/** Arguments of `addPersona` for a new persona. */
export function addArgs(d: PersonaDraft): AddPersonaArgs {
  const texts = Object.fromEntries(PERSONA_TEXTS.map((k) => [k, d.texts[k].trim() || undefined]));
  return {
    name: d.name.trim(),
    avatar: avatarOf(d),
    ...texts,
    age: d.age.trim() ? Number(d.age) : undefined,
    ...Object.fromEntries(PERSONA_LISTS.map((k) => [k, lines(d.lists[k])])),
    preferredChannels: CHANNEL_TYPES.filter((c) => d.channels.includes(c)),
    techProficiency: d.tech,
    attributes: d.attributes.filter((a) => a.key.trim()).map((a) => ({ key: a.key.trim(), value: a.value })),
  };
}

/** The changes of `updatePersona`: every field, emptied ones as null so they are cleared. */
export function updateChanges(d: PersonaDraft): UpdatePersonaArgs["changes"] {
  const a = addArgs(d);
  return {
    name: a.name,
    avatar: a.avatar ?? null,
    quote: a.quote ?? null,
    occupation: a.occupation ?? null,
    familyStatus: a.familyStatus ?? null,
    location: a.location ?? null,
    b2bRole: a.b2bRole ?? null,
    age: a.age ?? null,
    professionalGoals: a.professionalGoals ?? [],
    personalGoals: a.personalGoals ?? [],
    needs: a.needs ?? [],
    frustrations: a.frustrations ?? [],
    motivations: a.motivations ?? [],
    behaviours: a.behaviours ?? [],
    preferredChannels: a.preferredChannels ?? [],
    techProficiency: a.techProficiency ?? null,
    attributes: a.attributes ?? [],
  };
}
