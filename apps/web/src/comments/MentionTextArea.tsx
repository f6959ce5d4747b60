import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { Label, TextArea, TextField } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { insertMention, matchingMembers, mentionHandle, mentionQueryAt, type MentionCandidate } from "./mention-query";

/**
 * A comment box that offers the workspace's members while an `@` is being typed: the list opens
 * under the box, Up and Down move through it (the box keeps focus and points at the option with
 * aria-activedescendant), Enter or Tab inserts the member as the server recognises mentions,
 * Escape closes it. A polite status says how many members match.
 */
export function MentionTextArea(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  members: readonly MentionCandidate[];
  rows: number;
  description?: ReactNode;
  isRequired?: boolean;
  autoFocus?: boolean;
  /** What follows the box (its submit button): the list opens below it, so it never covers the button. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { value, onChange, members } = props;
  const area = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const [caret, setCaret] = useState<number>();
  const [active, setActive] = useState(0);
  // The `@` whose list was closed (Escape, or a member chosen); typing after another `@` opens it again.
  const [dismissedAt, setDismissedAt] = useState<number>();
  const pendingCaret = useRef<number>(undefined);
  useLayoutEffect(() => {
    if (pendingCaret.current === undefined || !area.current) return;
    area.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    setCaret(pendingCaret.current);
    pendingCaret.current = undefined;
  }, [value]);

  const query = caret === undefined ? undefined : mentionQueryAt(value, caret);
  // A space after a word pauses the list (the text may go on as prose); another letter resumes it, for names with spaces.
  const options = query && query.start !== dismissedAt && !/\s$/.test(query.query) ? matchingMembers(members, query.query) : [];
  const open = options.length > 0;
  const current = open ? options[Math.min(active, options.length - 1)] : undefined;
  const optionId = (m: MentionCandidate) => `${listId}-${m.userId}`;

  const choose = (member: MentionCandidate) => {
    if (!query) return;
    const next = insertMention(value, query, mentionHandle(member, members));
    pendingCaret.current = next.caret;
    setActive(0);
    // This `@` is done: the list would otherwise reopen on the inserted name.
    setDismissedAt(query.start);
    onChange(next.text);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open || !current || !query) return;
    const step = e.key === "ArrowDown" ? 1 : e.key === "ArrowUp" ? -1 : 0;
    if (step) setActive((i) => (Math.min(i, options.length - 1) + step + options.length) % options.length);
    else if (e.key === "Enter" || e.key === "Tab") choose(current);
    else if (e.key === "Escape") setDismissedAt(query.start);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const track = () => setCaret(area.current?.selectionStart ?? undefined);
  return (
    <div className="mention-field">
      <TextField value={value} onChange={(v) => (onChange(v), setActive(0), setCaret(area.current?.selectionStart ?? v.length))} isRequired={props.isRequired} autoFocus={props.autoFocus}>
        <Label>{props.label}</Label>
        <TextArea
          ref={area}
          rows={props.rows}
          dir="auto"
          onKeyDown={onKeyDown}
          onSelect={track}
          onKeyUp={track}
          onClick={track}
          onBlur={() => setCaret(undefined)}
          aria-autocomplete="list"
          aria-controls={open ? listId : undefined}
          aria-activedescendant={current ? optionId(current) : undefined}
        />
        {props.description}
      </TextField>
      {props.children}
      {open && (
        <ul role="listbox" id={listId} className="mention-list" aria-label={t("mentions.members")}>
          {options.map((m) => (
            <li
              key={m.userId}
              id={optionId(m)}
              role="option"
              aria-selected={m === current}
              className="mention-option"
              // Keep focus in the box: the choice is made on mouse down, before the box would blur.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(m);
              }}
            >
              <span dir="auto">{m.name || m.email}</span> <span className="muted">{m.email}</span>
            </li>
          ))}
        </ul>
      )}
      <span role="status" className="visually-hidden">
        {open ? t("mentions.available", { count: options.length }) : ""}
      </span>
    </div>
  );
}
