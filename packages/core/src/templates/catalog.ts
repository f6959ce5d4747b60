import type { TemplateInput } from "./template-schema";
import { saasOnboarding } from "./catalog/saas-onboarding";
import { ecommerceCheckout } from "./catalog/ecommerce-checkout";
import { travelBooking } from "./catalog/travel-booking";

/**
 * The built-in templates in the order a picker shows them: the generic kinds first, then
 * industry examples. Ids are stable; files and links refer to them.
 */
export const TEMPLATES: readonly TemplateInput[] = [ecommerceCheckout, travelBooking, saasOnboarding];
