import { useState } from "react";
import { AccountFields } from "./AccountFields";
import { Button, Form, Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { api } from "../api/api-client";
import { useSession } from "../api/session";
import { errorMessage } from "../api/error-message";
import { navigate } from "../app/route";
import { AppHeader } from "../app/AppHeader";

/** Sign up and log in share one form; sign-up adds the name field. */
export function AuthScreen({ mode }: { mode: "login" | "signup" }) {
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(data: FormData) {
    const email = String(data.get("email") ?? "");
    const password = String(data.get("password") ?? "");
    setBusy(true);
    setError(undefined);
    try {
      const info = mode === "signup" ? await api.signup({ body: { email, password, name: String(data.get("name") ?? "") } }) : await api.login({ body: { email, password } });
      await signedIn(info);
      navigate({ screen: "maps" });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const title = mode === "signup" ? t("auth.signUpTitle") : t("auth.logInTitle");
  return (
    <>
      <AppHeader nav={false} />
      <main id="main" tabIndex={-1} className="auth-screen">
        <h1>{title}</h1>
        <Form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void submit(new FormData(e.currentTarget));
          }}
        >
          <AccountFields mode={mode} />
          {error && (
            <p role="alert" className="error">
              {t("app.error", { message: error })}
            </p>
          )}
          <Button type="submit" className="button primary" isDisabled={busy}>
            {mode === "signup" ? t("auth.signUp") : t("auth.logIn")}
          </Button>
        </Form>
        <p>
          <Link href={mode === "signup" ? "#/login" : "#/signup"}>{mode === "signup" ? t("auth.toLogIn") : t("auth.toSignUp")}</Link>
        </p>
        <p>
          <Link href="#/local">{t("auth.tryLocal")}</Link>
        </p>
      </main>
    </>
  );
}
