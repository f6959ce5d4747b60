import { useState } from "react";
import { Button, Form } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { CommentThread } from "@kaart/contract";
import { MessageItem } from "./MessageItem";
import { MentionTextArea } from "./MentionTextArea";
import type { MentionCandidate } from "./mention-query";

export interface ThreadActions {
  reply(thread: CommentThread, body: string): Promise<void>;
  setResolved(thread: CommentThread, resolved: boolean): Promise<void>;
  edit(thread: CommentThread, messageId: string, body: string): Promise<void>;
  remove(thread: CommentThread, messageId: string): Promise<void>;
}

/** A thread: where it is, its messages, and for those who may comment a reply box (with mentions), resolve or reopen. */
export function ThreadItem(props: {
  thread: CommentThread;
  anchor: string;
  userId: string;
  canFocus: boolean;
  onFocusTarget(): void;
  actions: ThreadActions;
  members: readonly MentionCandidate[];
  canComment: boolean;
}) {
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
          {props.canComment && (
            <Button className="button small" onPress={() => void actions.setResolved(thread, !thread.resolvedAt)}>
              {thread.resolvedAt ? t("comments.reopen") : t("comments.resolve")}
            </Button>
          )}
        </div>
        <ul className="comments-messages">
          {thread.messages.map((m) => (
            <MessageItem
              key={m.id}
              message={m}
              own={props.canComment && m.authorId === props.userId}
              onEdit={(body) => actions.edit(thread, m.id, body)}
              onDelete={() => actions.remove(thread, m.id)}
            />
          ))}
        </ul>
        {props.canComment && (
          <Form
            onSubmit={(e) => {
              e.preventDefault();
              if (reply.trim()) void actions.reply(thread, reply.trim()).then(() => setReply(""));
            }}
          >
            <MentionTextArea label={t("comments.replyLabel", { anchor: props.anchor })} value={reply} onChange={setReply} members={props.members} rows={2}>
              <Button type="submit" className="button small">
                {t("comments.reply")}
              </Button>
            </MentionTextArea>
          </Form>
        )}
      </article>
    </li>
  );
}
