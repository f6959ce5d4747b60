import { z } from "zod";
import { MAP_KINDS } from "../records/journey-map";
import { channelTypeSchema } from "../records/channel";
import { EVIDENCE_KINDS } from "../records/evidence";
import { CARD_KINDS, CARD_STATUSES } from "../records/card";

/**
 * A built-in template is data: language-neutral structure with stable local keys (`awareness`,
 * `sign-up`, `actions`) and every text in all five languages. Instantiation turns keys into
 * record ids and picks one language as the map's source; the other four become translations.
 * Keys are local to one template and never reach a document.
 */
export const TEMPLATE_LANGUAGES = ["en", "lv", "et", "cs", "fa"] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

const phrase = z.string().trim().min(1).max(2_000);

/** One text in every template language; a missing language is a schema error, not a fallback. */
export const localizedSchema = z.strictObject({ en: phrase, lv: phrase, et: phrase, cs: phrase, fa: phrase });
export type Localized = z.infer<typeof localizedSchema>;

const keySchema = z.string().regex(/^[a-z][a-z0-9-]{0,60}$/, { message: "a template key is kebab-case" });
const oneToFive = z.number().int().min(1).max(5);

const evidenceSchema = z.strictObject({
  kind: z.enum(EVIDENCE_KINDS),
  text: localizedSchema,
  source: localizedSchema.optional(),
});

const kpiSchema = z.strictObject({
  name: localizedSchema,
  value: z.number().finite().optional(),
  target: z.number().finite().optional(),
  /** Language-neutral units only (`%`, `min`, `h`, `€`, `NPS`). */
  unit: z.string().max(40).optional(),
});

/** A score on the default −2..+2 scale, bare or with a note and the research behind it. */
const emotionSchema = z.union([
  z.number().min(-2).max(2),
  z.strictObject({
    score: z.number().min(-2).max(2),
    note: localizedSchema.optional(),
    evidence: z.array(evidenceSchema).min(1).max(10).optional(),
  }),
]);
/** Scores by step key. */
const curveSchema = z.record(keySchema, emotionSchema);

const personaSchema = z.strictObject({
  key: keySchema,
  initials: z.string().min(1).max(4),
  name: localizedSchema,
  quote: localizedSchema,
  age: z.number().int().min(0).max(120).optional(),
  occupation: localizedSchema,
  familyStatus: localizedSchema.optional(),
  location: localizedSchema.optional(),
  b2bRole: localizedSchema.optional(),
  professionalGoals: z.array(localizedSchema).max(10).default([]),
  personalGoals: z.array(localizedSchema).max(10).default([]),
  needs: z.array(localizedSchema).min(1).max(10),
  frustrations: z.array(localizedSchema).min(1).max(10),
  motivations: z.array(localizedSchema).max(10).default([]),
  behaviours: z.array(localizedSchema).max(10).default([]),
  preferredChannels: z.array(channelTypeSchema).min(1).max(10),
  techProficiency: z.enum(["low", "medium", "high"]).optional(),
  /** The experience today; every persona has a point at every step. */
  asIs: curveSchema,
  /** The experience designed (future-state maps). */
  toBe: curveSchema.optional(),
});

const touchpointSchema = z.strictObject({
  key: keySchema,
  name: localizedSchema,
  channel: channelTypeSchema,
  ownerTeam: localizedSchema.optional(),
  description: localizedSchema.optional(),
});

const stepSchema = z.strictObject({
  key: keySchema,
  name: localizedSchema,
  description: localizedSchema.optional(),
  /** Why this step is a moment that matters; absent for ordinary steps. */
  moment: localizedSchema.optional(),
});

const stageSchema = z.strictObject({
  key: keySchema,
  name: localizedSchema,
  customerGoal: localizedSchema.optional(),
  kpis: z.array(kpiSchema).max(10).default([]),
  steps: z.array(stepSchema).min(1).max(20),
});

const cardSchema = z.strictObject({
  /** A step key, or a stage key for a card spanning the stage. */
  at: keySchema,
  kind: z.enum(CARD_KINDS).optional(),
  title: localizedSchema,
  severity: oneToFive.optional(),
  impact: oneToFive.optional(),
  effort: oneToFive.optional(),
  owner: localizedSchema.optional(),
  status: z.enum(CARD_STATUSES).optional(),
  evidence: z.array(evidenceSchema).max(10).optional(),
});

const laneBase = { key: keySchema, name: localizedSchema, description: localizedSchema.optional(), persona: keySchema.optional() };
const TEXT_LANE_TYPES = ["text", "actions", "thoughts", "frontstage", "backstage", "people", "policies", "technology", "processes", "evidence"] as const;

/** Lanes by what their cells hold; cell maps are keyed by step key (or stage key for a whole stage). */
const laneSchema = z.union([
  z.strictObject({ ...laneBase, type: z.enum(TEXT_LANE_TYPES), text: z.record(keySchema, localizedSchema) }),
  z.strictObject({ ...laneBase, type: z.enum(["touchpoints", "channels"]), touchpoints: z.record(keySchema, z.array(keySchema).min(1)) }),
  z.strictObject({ ...laneBase, type: z.enum(["painPoints", "opportunities", "ideas"]), cards: z.array(cardSchema).min(1) }),
  z.strictObject({ ...laneBase, type: z.literal("metrics"), metrics: z.record(keySchema, z.array(kpiSchema).min(1)) }),
  z.strictObject({ ...laneBase, type: z.literal("emotions") }),
]);

const flowSchema = z.strictObject({
  from: keySchema,
  to: keySchema,
  kind: z.enum(["branch", "loop", "reentry"]),
  label: localizedSchema,
  share: z.number().min(0).max(1).optional(),
});

export const templateSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]{1,60}$/),
    kind: z.enum(MAP_KINDS),
    name: localizedSchema,
    description: localizedSchema,
    /** Absent for the generic kinds (current state, future state, …). */
    industry: localizedSchema.optional(),
    tags: z.array(z.string().min(1).max(100)).max(20).default([]),
    scope: z.strictObject({ scenario: localizedSchema, desiredOutcome: localizedSchema, kpis: z.array(kpiSchema).max(20).default([]) }),
    accessibility: z.strictObject({ title: localizedSchema, description: localizedSchema }),
    personas: z.array(personaSchema).min(1).max(6),
    touchpoints: z.array(touchpointSchema).max(40).default([]),
    stages: z.array(stageSchema).min(1).max(12),
    lanes: z.array(laneSchema).min(1).max(20),
    flows: z.array(flowSchema).max(20).default([]),
  })
  .superRefine((t, ctx) => {
    for (const message of referenceProblems(t)) ctx.addIssue({ code: "custom", message });
  });

export type Template = z.infer<typeof templateSchema>;
/** What a catalog file writes: defaults may be left out. */
export type TemplateInput = z.input<typeof templateSchema>;
export type TemplateLane = Template["lanes"][number];
export type TemplateKpi = Template["scope"]["kpis"][number];
export type TemplateEvidence = z.infer<typeof evidenceSchema>;
export type TemplateEvidenceInput = z.input<typeof evidenceSchema>;

/** What the record schemas cannot say about keys: unique, resolving, and a full curve per persona. */
function referenceProblems(t: Template): string[] {
  const problems: string[] = [];
  const steps = t.stages.flatMap((s) => s.steps.map((step) => step.key));
  const stages = t.stages.map((s) => s.key);
  const places = new Set([...steps, ...stages]);
  const personas = new Set(t.personas.map((p) => p.key));
  const touchpoints = new Set(t.touchpoints.map((tp) => tp.key));
  const keys = [...steps, ...stages, ...personas, ...touchpoints, ...t.lanes.map((l) => l.key)];
  for (const key of new Set(keys)) if (keys.indexOf(key) !== keys.lastIndexOf(key)) problems.push(`key "${key}" is used twice`);
  const place = (key: string, where: string) => places.has(key) || problems.push(`${where}: no step or stage "${key}"`);
  for (const lane of t.lanes) {
    if (lane.persona !== undefined && !personas.has(lane.persona)) problems.push(`lane ${lane.key}: no persona "${lane.persona}"`);
    const cells = "text" in lane ? lane.text : "touchpoints" in lane ? lane.touchpoints : "metrics" in lane ? lane.metrics : {};
    for (const at of Object.keys(cells)) place(at, `lane ${lane.key}`);
    if ("cards" in lane) for (const card of lane.cards) place(card.at, `lane ${lane.key}`);
    if ("touchpoints" in lane) {
      for (const tp of Object.values(lane.touchpoints).flat()) if (!touchpoints.has(tp)) problems.push(`lane ${lane.key}: no touchpoint "${tp}"`);
    }
  }
  for (const p of t.personas) {
    for (const [variant, curve] of [["asIs", p.asIs], ["toBe", p.toBe]] as const) {
      if (!curve) continue;
      const missing = steps.filter((s) => !(s in curve));
      const stray = Object.keys(curve).filter((s) => !steps.includes(s));
      if (missing.length || stray.length) problems.push(`persona ${p.key} ${variant}: missing [${missing.join(", ")}], unknown [${stray.join(", ")}]`);
    }
  }
  for (const f of t.flows) {
    if (!steps.includes(f.from) || !steps.includes(f.to)) problems.push(`flow ${f.from} → ${f.to}: both ends must be steps`);
  }
  return problems;
}
