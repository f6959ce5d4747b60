import { useLayoutEffect, useRef, type Ref } from "react";
import { Button, Keyboard, Menu, MenuItem, MenuTrigger, Popover, Text, type KeyboardEvent } from "react-aria-components";

export interface MenuAction {
  id: string;
  label: string;
  onAction(): void;
  /** Shown greyed out and skipped by the arrow keys, e.g. "Move earlier" on the first stage. */
  disabled?: boolean;
  /** The key combination that does the same from the header, shown beside the label. */
  shortcut?: string;
}

/** What the menu button does with keys of its own while it has focus (the header's reordering shortcut). */
export interface MenuShortcuts {
  /** `aria-keyshortcuts`: the keys, space-separated, in its syntax ("Control+Shift+ArrowLeft …"). */
  keys: string;
  onKeyDown(e: KeyboardEvent): void;
}

/**
 * The "⋯" menu of a stage, step or lane header. `actions` may be a function: it is called when the
 * menu opens, so items that depend on the whole map (disabled at the ends) need no subscription to it.
 */
export function ActionsMenu({ label, actions, shortcuts, buttonRef }: { label: string; actions: MenuAction[] | (() => MenuAction[]); shortcuts?: MenuShortcuts; buttonRef?: Ref<HTMLButtonElement> }) {
  const own = useRef<HTMLButtonElement | null>(null);
  // React Aria's Button passes no aria-keyshortcuts through to the element, so it is set here.
  useLayoutEffect(() => {
    if (shortcuts) own.current?.setAttribute("aria-keyshortcuts", shortcuts.keys);
    else own.current?.removeAttribute("aria-keyshortcuts");
  }, [shortcuts?.keys]);
  const setRef = (el: HTMLButtonElement | null) => {
    own.current = el;
    if (typeof buttonRef === "function") buttonRef(el);
    else if (buttonRef) buttonRef.current = el;
  };
  return (
    <MenuTrigger>
      <Button ref={setRef} aria-label={label} className="icon-button" onKeyDown={shortcuts?.onKeyDown}>
        <span aria-hidden="true">⋯</span>
      </Button>
      <Popover className="popover">
        <ActionItems actions={actions} />
      </Popover>
    </MenuTrigger>
  );
}

/** Rendered only while the menu is open. */
function ActionItems({ actions }: { actions: MenuAction[] | (() => MenuAction[]) }) {
  const list = typeof actions === "function" ? actions() : actions;
  return (
    <Menu className="menu" disabledKeys={list.filter((a) => a.disabled).map((a) => a.id)} onAction={(key) => list.find((a) => a.id === key)?.onAction()}>
      {list.map((a) => (
        <MenuItem key={a.id} id={a.id} className="menu-item" textValue={a.label}>
          <Text slot="label">{a.label}</Text>
          {a.shortcut && (
            <Keyboard className="menu-shortcut" aria-hidden="true">
              {a.shortcut}
            </Keyboard>
          )}
        </MenuItem>
      ))}
    </Menu>
  );
}
