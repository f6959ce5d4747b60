import { useState } from "react";
import { Button, Form, Label, TextArea, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { CommentThread } from "@kaart/contract";
import { MessageItem } from "./MessageItem";

export interface ThreadActions {
  reply(thread: CommentThread, body: string): Promise<void>;
  setResolved(thread: CommentThread, resolved: boolean): Promise<void>;
  edit(thread: CommentThread, messageId: string, body: string): Promise<void>;
  remove(thread: CommentThread, messageId: string): Promise<void>;
}

/** A thread: where it is, its messages, a reply box, resolve or reopen. */
export function ThreadItem(props: { thread: CommentThread; anchor: string; userId: string; canFocus: boolean; onFocusTarget(): void; actions: ThreadActions }) {
  const { t } = useTranslation();
  const { thread, actions } = props;
  const [reply, setReply] = useState("");
  const headingId = `thread-${thread.id}`;
  return (
    <li className="comments-thread" aria-labelledby={headingId}>
      <article aria-labelledby={headingId} className="stack">
        <div className="comments-row">
          <h3 id={headingId} style={{ margin: 0, fontSize: "1rem" }}>
            {props.anchor}
          </h3>
          {thread.resolvedAt && <span className="muted">{t("comments.resolved")}</span>}
        </div>
        <div className="comments-row">
          {props.canFocus && (
            <Button className="button small" onPress={props.onFocusTarget}>
              {t("comments.focus", { anchor: props.anchor })}
            </Button>
          )}
          <Button className="button small" onPress={() => void actions.setResolved(thread, !thread.resolvedAt)}>
            {thread.resolvedAt ? t("comments.reopen") : t("comments.resolve")}
          </Button>
        </div>
        <ul className="comments-messages">
          {thread.messages.map((m) => (
            <MessageItem
              key={m.id}
              message={m}
              own={m.authorId === props.userId}
              onEdit={(body) => actions.edit(thread, m.id, body)}
              onDelete={() => actions.remove(thread, m.id)}
            />
          ))}
        </ul>
        <Form
          onSubmit={(e) => {
            e.preventDefault();
            if (reply.trim()) void actions.reply(thread, reply.trim()).then(() => setReply(""));
          }}
        >
          <TextField value={reply} onChange={setReply}>
            <Label>{t("comments.replyLabel", { anchor: props.anchor })}</Label>
            <TextArea rows={2} />
          </TextField>
          <Button type="submit" className="button small">
            {t("comments.reply")}
          </Button>
        </Form>
      </article>
    </li>
  );
}
