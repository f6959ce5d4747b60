import { useState } from "react";
import { Button, FieldError, Form, Input, Label, TextArea, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { CHANNEL_TYPES } from "@kaart/core";
import { ChoiceField } from "../editor/dialogs/ChoiceField";
import { draftProblems, PERSONA_LISTS, PERSONA_TEXTS, type PersonaDraft, type TechLevel } from "./persona-form";

const TECH: TechLevel[] = ["low", "medium", "high"];

/** Every field of a persona; `onSave` gets a draft that `draftProblems` accepts. */
export function PersonaForm({ initial, onSave, onCancel }: { initial: PersonaDraft; onSave(d: PersonaDraft): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [d, setD] = useState(initial);
  const [tried, setTried] = useState(false);
  const problems = draftProblems(d);
  const shown = tried ? problems : [];
  const set = <K extends keyof PersonaDraft>(k: K, v: PersonaDraft[K]) => setD((x) => ({ ...x, [k]: v }));
  return (
    <Form
      className="persona-form"
      validationBehavior="aria"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (problems.length === 0) onSave(d);
      }}
    >
      <TextField className="field" value={d.name} onChange={(v) => set("name", v)} isRequired isInvalid={shown.includes("nameRequired")}>
        <Label>{t("personas.name")}</Label>
        <Input dir="auto" />
        <FieldError>{t("personas.problems.nameRequired")}</FieldError>
      </TextField>
      <TextField className="field" value={d.age} onChange={(v) => set("age", v)} inputMode="numeric" isInvalid={shown.includes("ageInvalid")}>
        <Label>{t("personas.age")}</Label>
        <Input />
        <FieldError>{t("personas.problems.ageInvalid")}</FieldError>
      </TextField>
      <TextField className="field" value={d.photo} onChange={(v) => set("photo", v)} maxLength={200}>
        <Label>{t("personas.photo")}</Label>
        <Input dir="ltr" />
      </TextField>
      <TextField className="field" value={d.alt} onChange={(v) => set("alt", v)} isRequired={d.photo.trim() !== ""} isInvalid={shown.includes("altRequired")}>
        <Label>{t("personas.alt")}</Label>
        <Input dir="auto" />
        <FieldError>{t("personas.problems.altRequired")}</FieldError>
      </TextField>
      <TextField className="field" value={d.initials} onChange={(v) => set("initials", v)} maxLength={4}>
        <Label>{t("personas.initials")}</Label>
        <Input dir="auto" />
      </TextField>
      <TextField className="field span" value={d.texts.quote} onChange={(v) => set("texts", { ...d.texts, quote: v })}>
        <Label>{t("personas.quote")}</Label>
        <TextArea dir="auto" rows={2} />
      </TextField>
      {PERSONA_TEXTS.filter((k) => k !== "quote").map((k) => (
        <TextField key={k} className="field" value={d.texts[k]} onChange={(v) => set("texts", { ...d.texts, [k]: v })}>
          <Label>{t(`personas.${k}`)}</Label>
          <Input dir="auto" />
        </TextField>
      ))}
      <ChoiceField
        label={t("personas.techProficiency")}
        items={TECH.map((l) => ({ id: l, label: t(`personas.tech.${l}`) }))}
        value={d.tech}
        onChange={(v) => set("tech", TECH.find((l) => l === v))}
      />
      {PERSONA_LISTS.map((k) => (
        <TextField key={k} className="field" value={d.lists[k]} onChange={(v) => set("lists", { ...d.lists, [k]: v })}>
          <Label>{t(`personas.${k}`)}</Label>
          <TextArea dir="auto" rows={3} />
          <span slot="description">{t("personas.onePerLine")}</span>
        </TextField>
      ))}
      <fieldset className="span">
        <legend>{t("personas.preferredChannels")}</legend>
        <div className="checkbox-row">
          {CHANNEL_TYPES.map((c) => (
            <label key={c}>
              <input
                type="checkbox"
                checked={d.channels.includes(c)}
                onChange={(e) => set("channels", e.target.checked ? [...d.channels, c] : d.channels.filter((x) => x !== c))}
              />
              {t(`touchpoints.channels.${c}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="span">
        <legend>{t("personas.attributes")}</legend>
        {d.attributes.map((a, i) => (
          <div className="attribute-row" key={i}>
            <TextField className="field" value={a.key} onChange={(v) => set("attributes", d.attributes.map((x, j) => (j === i ? { ...x, key: v } : x)))}>
              <Label>{t("personas.attributeKey", { n: i + 1 })}</Label>
              <Input dir="auto" />
            </TextField>
            <TextField className="field" value={a.value} onChange={(v) => set("attributes", d.attributes.map((x, j) => (j === i ? { ...x, value: v } : x)))}>
              <Label>{t("personas.attributeValue", { n: i + 1 })}</Label>
              <Input dir="auto" />
            </TextField>
            <Button className="button quiet" onPress={() => set("attributes", d.attributes.filter((_, j) => j !== i))}>
              {t("personas.removeAttribute", { n: i + 1 })}
            </Button>
          </div>
        ))}
        <Button className="button" onPress={() => set("attributes", [...d.attributes, { key: "", value: "" }])}>
          {t("personas.addAttribute")}
        </Button>
      </fieldset>
      {shown.length > 0 && (
        <p role="alert" className="error span">
          {shown.map((p) => t(`personas.problems.${p}`)).join(" ")}
        </p>
      )}
      <div className="dialog-actions span">
        <Button className="button" onPress={onCancel}>
          {t("app.cancel")}
        </Button>
        <Button type="submit" className="button primary">
          {t("app.save")}
        </Button>
      </div>
    </Form>
  );
}
