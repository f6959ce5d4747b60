import type { TemplateInput } from "./template-schema";
import { saasOnboarding } from "./catalog/saas-onboarding";

/**
 * The built-in templates in the order a picker shows them: the generic kinds first, then
 * industry examples. Ids are stable; files and links refer to them.
 */
export const TEMPLATES: readonly TemplateInput[] = [saasOnboarding];
