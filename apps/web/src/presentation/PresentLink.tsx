import { Link } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { hrefOf } from "../app/route";

export function PresentLink({ mapId }: { mapId: string }) {
  const { t } = useTranslation();
  return (
    <Link className="button" href={hrefOf({ screen: "present", mapId })}>
      {t("presentation.open")}
    </Link>
  );
}
