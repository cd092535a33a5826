/**
 * Pre-application (网上预填): the applicant fills in the item, its situations and their data on
 * the central server's public page and gets a QR code that carries it all; the counter reads the
 * code offline and fills its intake wizard. Pure: the page (server/routes/preapply.ts) and the
 * counter (renderer/features/scanning) share the format and the checks.
 */
export { BASE45_ALPHABET, base45Decode, base45Encode } from './base45';
export {
  decodePreApplication,
  encodePreApplication,
  isPreApplicationCode,
  matchPreApplication,
  PREAPPLY_ERROR_CODES,
  PREAPPLY_PREFIX,
  PREAPPLY_VERSION,
  preApplicationSchema,
} from './codec';
export type { MatchedPreApplication, PreApplication, PreApplyErrorCode, PreApplyFailure } from './codec';
export { checkPreApplyForm, preApplyFormSchema } from './form';
export type { PreApplyErrors, PreApplyField, PreApplyForm } from './form';
export {
  ADDRESS_MAX,
  addressProblem,
  checkIdNumber,
  NAME_MAX,
  nameProblem,
  normalizePhone,
  ORGANISATION_ID_TYPES,
  PERSON_ID_TYPES,
  PHONE_PATTERN,
  phoneProblem,
} from './party-checks';
export type { IdNumberCheck, Said } from './party-checks';
