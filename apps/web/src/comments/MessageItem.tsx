import { useState } from "react";
import { Button, Form, Label, TextArea, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import type { CommentMessage } from "@kaart/contract";

/** One message of a thread; its author may edit or delete it. */
export function MessageItem(props: { message: CommentMessage; own: boolean; onEdit(body: string): Promise<void>; onDelete(): Promise<void> }) {
  const { t, i18n } = useTranslation();
  const { message } = props;
  const [draft, setDraft] = useState<string>();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" }).format(new Date(message.createdAt));
  return (
    <li>
      <p className="muted">
        <strong>{message.authorName}</strong> · <time dateTime={message.createdAt}>{date}</time>
        {message.editedAt && ` · ${t("comments.edited")}`}
      </p>
      {draft === undefined ? (
        <p className="comments-body">{message.body}</p>
      ) : (
        <Form
          onSubmit={(e) => {
            e.preventDefault();
            if (draft.trim()) void props.onEdit(draft.trim()).then(() => setDraft(undefined));
          }}
        >
          <TextField value={draft} onChange={setDraft} isRequired>
            <Label>{t("comments.editLabel")}</Label>
            <TextArea rows={2} />
          </TextField>
          <div className="comments-row">
            <Button type="submit" className="button small primary">
              {t("comments.save")}
            </Button>
            <Button className="button small" onPress={() => setDraft(undefined)}>
              {t("app.cancel")}
            </Button>
          </div>
        </Form>
      )}
      {props.own && draft === undefined && (
        <div className="comments-row">
          <Button className="button small quiet" onPress={() => setDraft(message.body)}>
            {t("comments.edit")}
          </Button>
          <Button className="button small quiet danger" onPress={() => void props.onDelete()}>
            {t("comments.delete")}
          </Button>
        </div>
      )}
    </li>
  );
}
