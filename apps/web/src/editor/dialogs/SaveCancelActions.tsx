import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";

/** The footer of a form dialog: Cancel closes it, Save submits the form around it. */
export function SaveCancelActions({ onCancel }: { onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <div className="dialog-actions">
      <Button className="button quiet" onPress={onCancel}>
        {t("app.cancel")}
      </Button>
      <Button type="submit" className="button primary">
        {t("app.save")}
      </Button>
    </div>
  );
}
