import { useState } from "react";
import { AccountFields } from "../auth/AccountFields";
import { Button, Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { SessionInfo } from "@kaart/contract";

export interface AccountFields {
  name: string;
  email: string;
  password: string;
}

/**
 * Sign-up (the default: most people opening an invitation are new) or log-in for someone signed
 * out on the invitation page. The page decides what each does with the link.
 */
export function InviteAccountForm({ busy, onSignUp, onLogIn }: { busy: boolean; onSignUp(f: AccountFields): Promise<SessionInfo | void>; onLogIn(f: AccountFields): Promise<SessionInfo | void> }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<"signup" | "login">("signup");
  const submit = (data: FormData) => {
    const fields = { name: String(data.get("name") ?? ""), email: String(data.get("email") ?? ""), password: String(data.get("password") ?? "") };
    void (mode === "signup" ? onSignUp(fields) : onLogIn(fields));
  };
  return (
    <>
      <p>{mode === "signup" ? t("invite.signUpLead") : t("invite.logInLead")}</p>
      <Form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          submit(new FormData(e.currentTarget));
        }}
      >
        <AccountFields mode={mode} />
        <Button type="submit" className="button primary" isDisabled={busy}>
          {mode === "signup" ? t("invite.signUpAndJoin") : t("invite.logInAndJoin")}
        </Button>
      </Form>
      <p>
        <Button className="button quiet" onPress={() => setMode(mode === "signup" ? "login" : "signup")}>
          {mode === "signup" ? t("invite.toLogIn") : t("invite.toSignUp")}
        </Button>
      </p>
    </>
  );
}
