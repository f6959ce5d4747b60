import { useCallback, useEffect, useState, type FormEvent } from "react";
import { Button, Form, Input, Label, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { KaartApiError, type KaartClient } from "@kaart/contract";
import { renderMapSvg, validateDocument, type JourneyDocument } from "@kaart/core";
import { api } from "../api/api-client";
import { errorMessage } from "../api/error-message";
import type { Route } from "../app/route";
import { AppHeader } from "../app/AppHeader";
import { SvgImage } from "../presentation/SvgImage";

/** What the page shows: still asking, the password form (with the last refusal), gone, or the map. */
type SharedState =
  | { kind: "loading" }
  | { kind: "password"; refusal?: string }
  | { kind: "gone" }
  | { kind: "failed"; message: string }
  | { kind: "map"; document: JourneyDocument };

/**
 * A map opened by its read-only share link, for anybody holding it (no account): the server
 * answers `invalid_credentials` while the link's password is missing or wrong, `rate_limited`
 * after too many wrong tries and `not_found` once the link is revoked or expired.
 */
export function SharedMapScreen({ route, client = api }: { route: Route; client?: KaartClient }) {
  const { t, i18n } = useTranslation();
  const token = route.screen === "shared" ? route.token : "";
  const [state, setState] = useState<SharedState>({ kind: "loading" });
  const [password, setPassword] = useState("");
  const open = useCallback(
    async (pw?: string) => {
      try {
        const shared = await client.openSharedMap({ params: { token }, body: pw === undefined ? {} : { password: pw } });
        const v = validateDocument(shared.document);
        setState(v.ok ? { kind: "map", document: v.document } : { kind: "failed", message: v.issues[0]?.message ?? "invalid document" });
      } catch (e) {
        if (e instanceof KaartApiError && e.code === "not_found") setState({ kind: "gone" });
        else if (e instanceof KaartApiError && (e.code === "invalid_credentials" || e.code === "rate_limited")) {
          setState({ kind: "password", refusal: pw === undefined ? undefined : e.message });
        } else setState({ kind: "failed", message: errorMessage(e) });
      }
    },
    [client, token],
  );
  useEffect(() => void open(), [open]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void open(password);
  };
  const doc = state.kind === "map" ? state.document : undefined;
  return (
    <>
      <AppHeader nav={false} />
      <main id="main" tabIndex={-1} className="page wide presentation">
        <div className="page-head">
          <h1>{doc ? doc.map.title : t("sharedMap.title")}</h1>
        </div>
        {state.kind === "loading" && <p>{t("app.loading")}</p>}
        {state.kind === "gone" && <p role="alert">{t("sharedMap.gone")}</p>}
        {state.kind === "failed" && <p role="alert" className="error">{t("app.error", { message: state.message })}</p>}
        {state.kind === "password" && (
          <Form className="stack" onSubmit={submit}>
            <p>{t("sharedMap.needsPassword")}</p>
            <TextField type="password" value={password} onChange={setPassword} isRequired className="field">
              <Label>{t("sharedMap.password")}</Label>
              <Input autoComplete="off" />
            </TextField>
            {state.refusal && <p role="alert" className="error">{t("app.error", { message: state.refusal })}</p>}
            <Button type="submit" className="button primary">
              {t("sharedMap.open")}
            </Button>
          </Form>
        )}
        {doc && <SvgImage svg={renderMapSvg(doc, { locale: i18n.language })} alt={doc.map.accessibility.title ?? doc.map.title} />}
        {doc && <p className="muted">{t("sharedMap.readOnly")}</p>}
      </main>
    </>
  );
}
