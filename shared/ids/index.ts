/**
 * Identifiers checked at the window: resident IDs, unified social credit codes, the permits of
 * HK/Macau/Taiwan residents, and masking for display. Every check returns a value or a refusal
 * `{ ok: false, code, reason, reasonEn }` that names what is wrong; none throws.
 */
export {
  checkCreditCode,
  creditCodeCheckChar,
  CREDIT_CODE_ALPHABET,
  CREDIT_CODE_AUTHORITIES,
} from './credit-code';
export type { CreditCodeCheck, CreditCodeInfo } from './credit-code';
export { DIVISIONS, PROVINCES, provinceOf, regionOf, RESIDENCE_PERMIT_REGIONS } from './divisions';
export { ID_ERROR_CODES, ID_ERROR_LABELS, idErrorCodeSchema, idReasonEn } from './errors';
export type { IdErrorCode, IdFailure } from './errors';
export { maskId } from './mask';
export { normalizeIdInput } from './normalize';
export { checkPermit, PERMIT_KIND_LABELS, PERMIT_KINDS, permitKindSchema } from './permits';
export type { PermitCheck, PermitInfo, PermitKind } from './permits';
export { checkResidentId, residentIdCheckChar } from './resident-id';
export type { IdCheckOptions, ResidentIdCheck, ResidentIdInfo, Sex } from './resident-id';
