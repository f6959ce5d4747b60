import { FieldError, Input, Label, Text, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";

/**
 * The fields of signing up (name, email, a new password with its rule) or logging in (email,
 * current password), read from the form by name: one set for the sign-in page and the invitation page.
 */
export function AccountFields({ mode }: { mode: "signup" | "login" }) {
  const { t } = useTranslation();
  return (
    <>
      {mode === "signup" && (
        <TextField name="name" isRequired autoComplete="name" className="field">
          <Label>{t("auth.name")}</Label>
          <Input />
          <FieldError />
        </TextField>
      )}
      <TextField name="email" type="email" isRequired autoComplete="email" className="field">
        <Label>{t("auth.email")}</Label>
        <Input />
        <FieldError />
      </TextField>
      <TextField name="password" type="password" isRequired minLength={mode === "signup" ? 10 : undefined} autoComplete={mode === "signup" ? "new-password" : "current-password"} className="field">
        <Label>{t("auth.password")}</Label>
        <Input />
        {mode === "signup" && <Text slot="description">{t("auth.passwordHint")}</Text>}
        <FieldError />
      </TextField>
    </>
  );
}
