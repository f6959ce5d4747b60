import { useMemo } from "react";
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { instantiateTemplate, renderMapSvg } from "@kaart/core";
import { SvgImage } from "../presentation/SvgImage";

/** The template drawn as its map would look, in the chosen language, before creating anything. */
export function TemplatePreview({ templateId, name, lang }: { templateId: string; name: string; lang: string }) {
  const { t } = useTranslation();
  return (
    <DialogTrigger>
      <Button className="button quiet small" aria-label={t("templates.previewOf", { name })}>
        {t("templates.preview")}
      </Button>
      <ModalOverlay isDismissable className="modal-overlay">
        <Modal className="modal wide">
          <Dialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title">{t("templates.previewOf", { name })}</Heading>
                <PreviewPicture templateId={templateId} lang={lang} alt={name} />
                <div className="dialog-actions">
                  <Button className="button primary" onPress={close}>
                    {t("app.close")}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function PreviewPicture({ templateId, lang, alt }: { templateId: string; lang: string; alt: string }) {
  const svg = useMemo(() => {
    const r = instantiateTemplate(templateId, { lang, now: new Date().toISOString() });
    return r.ok ? renderMapSvg(r.value, { locale: lang }) : undefined;
  }, [templateId, lang]);
  return svg ? <SvgImage svg={svg} alt={alt} /> : null;
}
