import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { useSession } from "../api/session";
import { navigate } from "../app/route";

export function SignOutButton() {
  const { t } = useTranslation();
  const { signOut } = useSession();
  return (
    <Button className="button quiet" onPress={() => void signOut().then(() => navigate({ screen: "login" }))}>
      {t("app.signOut")}
    </Button>
  );
}
