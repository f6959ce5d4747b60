import { useCallback, useEffect, useId, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { Button, Form, Label, Radio, RadioGroup, Text, ToggleButton } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { roleAtLeast, type CommentTarget, type CommentThread, type KaartClient } from "@kaart/contract";
import { api } from "../api/api-client";
import { errorMessage } from "../api/error-message";
import { useSettledDocument } from "../editor/session/EditorContext";
import { anchorLabel } from "./anchor-label";
import { onCommentsChanged } from "./comments-changed";
import { focusTarget, useLastFocusedCell } from "./focused-target";
import { ThreadItem, type ThreadActions } from "./ThreadItem";
import { MentionTextArea } from "./MentionTextArea";
import { useMapMembership, type MembershipClient } from "./map-membership";
import "./comments.css";

/** How often an open comments panel refetches on its own, in case an announcement was missed. */
const COMMENTS_REFRESH_MS = 10_000;

export type CommentsClient = Pick<
  KaartClient,
  "listCommentThreads" | "createCommentThread" | "replyToCommentThread" | "resolveCommentThread" | "reopenCommentThread" | "editCommentMessage" | "deleteCommentMessage"
> &
  MembershipClient;

/**
 * The map's comment threads beside the grid: open or resolved ones, each named by what it is on
 * with a button to go to its cell; start a thread on the map or the last focused cell, reply
 * (`@name` or `@email` mentions a member; typing `@` offers the workspace's members), resolve,
 * reopen, edit or delete one's own messages. A viewer reads the threads but gets no composer.
 * Refetched whenever the server announces a changed thread, so everyone with the map open sees
 * the same threads.
 */
export function CommentsPanel({ mapId, userId, client = api }: { mapId: string; userId: string; client?: CommentsClient }) {
  const { t } = useTranslation();
  // Anchor labels and the focused cell need not follow every keystroke.
  const doc = useSettledDocument(400);
  const [open, setOpen] = useState(false);
  const [show, setShow] = useState<"open" | "resolved">("open");
  const [threads, setThreads] = useState<CommentThread[]>();
  const [error, setError] = useState<string>();
  const [body, setBody] = useState("");
  const [on, setOn] = useState<"map" | "cell" | "step" | "stage">("map");
  const focused = useLastFocusedCell(doc);
  const headingId = useId();
  const { members, role } = useMapMembership(mapId, client, open);
  // Until the role is known the composer shows; the server refuses a viewer's comment either way.
  const canComment = role === undefined || roleAtLeast(role, "commenter");
  const guard = useCallback(async (work: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  // Announcements can come in quick succession; only the newest request may set the list, so an
  // older answer arriving late never hides a newer thread.
  const latest = useRef(0);
  const load = useCallback(
    () =>
      guard(async () => {
        const request = ++latest.current;
        const list = await client.listCommentThreads({ params: { mapId }, query: { resolved: show === "resolved" ? "true" : "false" } });
        if (request === latest.current) setThreads(list);
      }),
    [guard, client, mapId, show],
  );
  useEffect(() => {
    if (open) void load();
  }, [open, load]);
  useEffect(() => (open ? onCommentsChanged(mapId, () => void load()) : undefined), [open, mapId, load]);
  // Announcements are best effort: one sent while this window's socket was reconnecting is lost.
  // While the panel is open it therefore also refetches now and then, and when the window regains focus.
  useEffect(() => {
    if (!open) return undefined;
    const timer = window.setInterval(() => void load(), COMMENTS_REFRESH_MS);
    const onFocus = () => void load();
    window.addEventListener("focus", onFocus);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("focus", onFocus);
    };
  }, [open, load]);

  const after = (work: () => Promise<unknown>) => guard(async () => {
    await work();
    await load();
  });
  const params = (thread: CommentThread) => ({ mapId, threadId: thread.id });
  const actions: ThreadActions = {
    reply: (thread, text) => after(() => client.replyToCommentThread({ params: params(thread), body: { body: text } })),
    setResolved: (thread, resolved) => after(() => (resolved ? client.resolveCommentThread({ params: params(thread) }) : client.reopenCommentThread({ params: params(thread) }))),
    edit: (thread, messageId, text) => after(() => client.editCommentMessage({ params: { ...params(thread), messageId }, body: { body: text } })),
    remove: (thread, messageId) => after(() => client.deleteCommentMessage({ params: { ...params(thread), messageId } })),
  };
  const target: CommentTarget = (on !== "map" && focused[on]) || { kind: "map" };
  const start = () =>
    after(async () => {
      await client.createCommentThread({ params: { mapId }, body: { target, body: body.trim() } });
      setBody("");
      setShow("open");
    });

  const panel = (
    <section className="comments-panel stack" aria-labelledby={headingId}>
      <div className="comments-row">
        <h2 id={headingId} style={{ margin: 0, flex: 1 }}>
          {t("comments.title")}
        </h2>
        <Button className="button small" onPress={() => setOpen(false)}>
          {t("app.close")}
        </Button>
      </div>
      {error && (
        <p role="alert" className="error">
          {t("app.error", { message: error })}
        </p>
      )}
      {canComment ? (
        <Form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            if (body.trim()) void start();
          }}
        >
          <RadioGroup value={target.kind} onChange={(v) => setOn(v === "cell" || v === "step" || v === "stage" ? v : "map")} orientation="horizontal" className="comments-row">
            <Label>{t("comments.target")}</Label>
            <Radio value="map">{t("comments.onMap")}</Radio>
            {(["cell", "step", "stage"] as const).map((kind) => {
              const option = focused[kind];
              return option ? (
                <Radio key={kind} value={kind}>
                  {anchorLabel(doc, option, t)}
                </Radio>
              ) : null;
            })}
            {!focused.step && <Text slot="description">{t("comments.noCell")}</Text>}
          </RadioGroup>
          <MentionTextArea
            label={t("comments.body")}
            value={body}
            onChange={setBody}
            members={members}
            rows={3}
            description={
              <Text slot="description" className="muted">
                {t("comments.mentionHint")}
              </Text>
            }
          >
            <Button type="submit" className="button primary">
              {t("comments.start")}
            </Button>
          </MentionTextArea>
        </Form>
      ) : (
        <p className="muted">{t("mentions.viewerNote")}</p>
      )}
      <RadioGroup value={show} onChange={(v) => setShow(v === "resolved" ? "resolved" : "open")} orientation="horizontal" className="comments-row">
        <Label>{t("comments.filter")}</Label>
        <Radio value="open">{t("comments.filterOpen")}</Radio>
        <Radio value="resolved">{t("comments.filterResolved")}</Radio>
      </RadioGroup>
      {threads === undefined ? (
        <p>{t("app.loading")}</p>
      ) : threads.length === 0 ? (
        <p className="muted">{t("comments.none")}</p>
      ) : (
        <ul className="comments-list" aria-label={t("comments.threads", { count: threads.length })}>
          {threads.map((thread) => (
            <ThreadItem
              key={thread.id}
              thread={thread}
              anchor={anchorLabel(doc, thread.target, t)}
              userId={userId}
              canFocus={thread.target?.kind === "cell"}
              onFocusTarget={() => thread.target && focusTarget(doc, thread.target)}
              actions={actions}
              members={members}
              canComment={canComment}
            />
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <>
      <ToggleButton className="button" isSelected={open} onChange={setOpen}>
        {t("comments.open")}
      </ToggleButton>
      {open && createPortal(panel, document.body)}
    </>
  );
}
