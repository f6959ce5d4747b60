import { useEffect, useState } from "react";
import { Button, Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { InvitationPreview, KaartClient, SessionInfo } from "@kaart/contract";
import { api } from "../api/api-client";
import { errorMessage } from "../api/error-message";
import { useSession } from "../api/session";
import { navigate, type Route } from "../app/route";
import { AppHeader } from "../app/AppHeader";
import { InviteAccountForm, type AccountFields } from "./InviteAccountForm";
import { inviteRefusal, type InviteRefusal } from "./invite-refusal";

type InviteState = { kind: "loading" } | { kind: "offer"; preview: InvitationPreview } | { kind: "refused"; refusal: InviteRefusal } | { kind: "failed"; message: string };

/** Leaves the link's path for the map list, so a reload does not offer a used link again. */
function toMaps(): void {
  window.history.replaceState(null, "", "/");
  navigate({ screen: "maps" });
}

/**
 * The page an invitation link (`/invite/<token>`) opens: who invites to which workspace with what
 * access, then one step to join — accept when signed in, else sign up (which joins in the same
 * request, even on an invite-only instance) or log in and accept. Ends on that workspace's maps.
 */
export function InviteScreen({ route, client = api }: { route: Route; client?: KaartClient }) {
  const { t } = useTranslation();
  const { session, signedIn, chooseWorkspace } = useSession();
  const token = route.screen === "invite" ? route.token : "";
  const [state, setState] = useState<InviteState>({ kind: "loading" });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    let current = true;
    client.getInvitation({ params: { token } }).then(
      (preview) => current && setState({ kind: "offer", preview }),
      (e: unknown) => current && setState(refusedOrFailed(e)),
    );
    return () => void (current = false);
  }, [client, token]);

  /** Runs one joining step; a refused link replaces the offer, any other failure shows beside the form. */
  async function attempt(step: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    try {
      await step();
      toMaps();
    } catch (e) {
      const next = refusedOrFailed(e);
      if (next.kind === "refused") setState(next);
      else setError(next.message);
    } finally {
      setBusy(false);
    }
  }
  const accept = () => attempt(async () => chooseWorkspace(await client.acceptInvitation({ params: { token } })));
  const signUp = (f: AccountFields) =>
    attempt(async () => {
      const info: SessionInfo = await client.signup({ body: { name: f.name, email: f.email, password: f.password, invitationToken: token } });
      await signedIn(info);
      if (state.kind === "offer") chooseWorkspace(await client.getWorkspace({ params: { workspaceId: state.preview.workspaceId } }));
    });
  const logIn = (f: AccountFields) =>
    attempt(async () => {
      await signedIn(await client.login({ body: { email: f.email, password: f.password } }));
      chooseWorkspace(await client.acceptInvitation({ params: { token } }));
    });

  const preview = state.kind === "offer" ? state.preview : undefined;
  return (
    <>
      <AppHeader nav={false} />
      <main id="main" tabIndex={-1} className="auth-screen invite-screen">
        <h1>{preview ? t("invite.heading", { workspace: preview.workspaceName }) : t("invite.title")}</h1>
        {state.kind === "loading" && <p>{t("app.loading")}</p>}
        {state.kind === "refused" && <Refused refusal={state.refusal} signedIn={!!session} />}
        {state.kind === "failed" && <p role="alert" className="error">{t("app.error", { message: state.message })}</p>}
        {preview && (
          <>
            <p>{preview.invitedBy ? t("invite.offer", { inviter: preview.invitedBy, workspace: preview.workspaceName }) : t("invite.offerUnsigned", { workspace: preview.workspaceName })}</p>
            <p>{t("invite.access", { role: t(`invite.roles.${preview.role}`) })}</p>
            {error && <p role="alert" className="error">{t("app.error", { message: error })}</p>}
            {session === undefined && <p>{t("app.loading")}</p>}
            {session && (
              <>
                <p>{t("invite.signedInAs", { name: session.user.name || session.user.email })}</p>
                <Button className="button primary" isDisabled={busy} onPress={() => void accept()}>
                  {t("invite.accept")}
                </Button>
              </>
            )}
            {session === null && <InviteAccountForm busy={busy} onSignUp={signUp} onLogIn={logIn} />}
          </>
        )}
      </main>
    </>
  );
}

function refusedOrFailed(e: unknown): { kind: "refused"; refusal: InviteRefusal } | { kind: "failed"; message: string } {
  const refusal = inviteRefusal(e);
  return refusal ? { kind: "refused", refusal } : { kind: "failed", message: errorMessage(e) };
}

/** What happened to the link and what to do now. */
function Refused({ refusal, signedIn }: { refusal: InviteRefusal; signedIn: boolean }) {
  const { t } = useTranslation();
  return (
    <div role="alert">
      <p>{t(`invite.${refusal}`)}</p>
      <p>{refusal === "used" ? t("invite.usedHint") : t("invite.askOwner")}</p>
      <p>
        <Link href={signedIn ? "#/maps" : "#/login"}>{signedIn ? t("invite.toMaps") : t("invite.logIn")}</Link>
      </p>
    </div>
  );
}
