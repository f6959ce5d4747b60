import { Button, Menu, MenuItem, MenuTrigger, Popover } from "react-aria-components";

export interface MenuAction {
  id: string;
  label: string;
  onAction(): void;
}

/** The "⋯" menu of a stage, step or lane header. */
export function ActionsMenu({ label, actions }: { label: string; actions: MenuAction[] }) {
  return (
    <MenuTrigger>
      <Button aria-label={label} className="icon-button">
        <span aria-hidden="true">⋯</span>
      </Button>
      <Popover className="popover">
        <Menu className="menu" onAction={(key) => actions.find((a) => a.id === key)?.onAction()}>
          {actions.map((a) => (
            <MenuItem key={a.id} id={a.id} className="menu-item">
              {a.label}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
