import { useCallback, useEffect, useState } from "react";
import { Button, Heading, Input, Label, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { KaartClient } from "@kaart/contract";
import { api } from "../api/api-client";
import { errorMessage } from "../api/error-message";

type ShareLink = Awaited<ReturnType<KaartClient["listShareLinks"]>>[number];

/**
 * Read-only links to the map for people without an account: an optional password and expiry,
 * the new link's address shown once (the server keeps only its hash), the live links revocable.
 */
export function ReadOnlyLinks({ mapId, client = api }: { mapId: string; client?: KaartClient }) {
  const { t, i18n } = useTranslation();
  const [links, setLinks] = useState<ShareLink[]>([]);
  const [password, setPassword] = useState("");
  const [days, setDays] = useState("");
  const [created, setCreated] = useState<string>();
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string>();
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language);
  const refresh = useCallback(() => {
    client.listShareLinks({ params: { mapId } }).then(setLinks, (e: unknown) => setError(errorMessage(e)));
  }, [client, mapId]);
  useEffect(refresh, [refresh]);
  const create = async () => {
    setError(undefined);
    const expiresInDays = days.trim() === "" ? undefined : Number(days);
    try {
      const link = await client.createShareLink({ params: { mapId }, body: { ...(password ? { password } : {}), ...(expiresInDays === undefined ? {} : { expiresInDays }) } });
      setCreated(link.url);
      setCopied(false);
      setPassword("");
      refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const revoke = async (linkId: string) => {
    try {
      await client.revokeShareLink({ params: { mapId, linkId } });
      refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <section className="stack" aria-labelledby="read-only-links">
      <Heading level={3} id="read-only-links">
        {t("shareLinks.title")}
      </Heading>
      <TextField type="password" value={password} onChange={setPassword} className="field">
        <Label>{t("shareLinks.password")}</Label>
        <Input autoComplete="new-password" />
      </TextField>
      <TextField inputMode="numeric" value={days} onChange={setDays} className="field">
        <Label>{t("shareLinks.expiresInDays")}</Label>
        <Input dir="ltr" />
      </TextField>
      <Button className="button" onPress={() => void create()}>
        {t("shareLinks.create")}
      </Button>
      {created && (
        <>
          <TextField value={created} isReadOnly className="field">
            <Label>{t("shareLinks.url")}</Label>
            <Input dir="ltr" />
          </TextField>
          <Button className="button" onPress={() => void navigator.clipboard?.writeText(created).then(() => setCopied(true))}>
            {copied ? t("share.copied") : t("shareLinks.copy")}
          </Button>
        </>
      )}
      {links.length === 0 ? (
        <p className="muted">{t("shareLinks.none")}</p>
      ) : (
        <ul aria-label={t("shareLinks.live")}>
          {links.map((link) => (
            <li key={link.id}>
              {t("shareLinks.created", { date: date(link.createdAt) })}
              {" · "}
              {link.expiresAt ? t("shareLinks.expires", { date: date(link.expiresAt) }) : t("shareLinks.noExpiry")}
              {" · "}
              {link.hasPassword ? t("shareLinks.withPassword") : t("shareLinks.withoutPassword")}{" "}
              <Button className="button" aria-label={t("shareLinks.revokeCreated", { date: date(link.createdAt) })} onPress={() => void revoke(link.id)}>
                {t("shareLinks.revoke")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {error && <p role="alert" className="error">{t("app.error", { message: error })}</p>}
    </section>
  );
}
