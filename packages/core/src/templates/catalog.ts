import type { TemplateInput } from "./template-schema";
import { currentState } from "./catalog/current-state";
import { futureState } from "./catalog/future-state";
import { dayInTheLife } from "./catalog/day-in-the-life";
import { serviceBlueprint } from "./catalog/service-blueprint";
import { saasOnboarding } from "./catalog/saas-onboarding";
import { customerSupport } from "./catalog/customer-support";
import { b2bBuyingCommittee } from "./catalog/b2b-buying-committee";
import { retailOmnichannel } from "./catalog/retail-omnichannel";
import { ecommerceCheckout } from "./catalog/ecommerce-checkout";
import { travelBooking } from "./catalog/travel-booking";
import { bankAccountOpening } from "./catalog/bank-account-opening";
import { carPurchase } from "./catalog/car-purchase";

/**
 * The built-in templates in the order a picker shows them: the generic kinds first, then
 * industry examples. Ids are stable; files and links refer to them.
 */
export const TEMPLATES: readonly TemplateInput[] = [
  currentState,
  futureState,
  dayInTheLife,
  serviceBlueprint,
  retailOmnichannel,
  ecommerceCheckout,
  travelBooking,
  bankAccountOpening,
  carPurchase,
  saasOnboarding,
  b2bBuyingCommittee,
  customerSupport,
];
