import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from "react-aria-components";
import { useTranslation } from "react-i18next";

/** A labelled pick-one field; "not set" is always offered so a value can be taken back. */
export function ChoiceField({ label, items, value, onChange, emptyLabel }: { label: string; items: { id: string; label: string }[]; value: string | undefined; onChange(v: string | undefined): void; emptyLabel?: string }) {
  const { t } = useTranslation();
  const all = [{ id: "", label: emptyLabel ?? t("cards.notSet") }, ...items];
  return (
    <Select className="field" value={value ?? ""} onChange={(key) => onChange(key ? String(key) : undefined)}>
      <Label>{label}</Label>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      <Popover>
        <ListBox className="listbox" items={all}>
          {(item) => (
            <ListBoxItem id={item.id} className="listbox-item">
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
