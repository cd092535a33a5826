/** The hall's configuration (sections, windows, officers, documents, supervision, calendar). */
export { ROLE_LABELS, ROLES, roleSchema, type Role } from './roles';
export {
  bilingual,
  counterCodeSchema,
  DOCUMENT_NUMBER_KIND_LABELS,
  DOCUMENT_NUMBER_KINDS,
  documentNumberPrefixesSchema,
  formatDocumentNumber,
  hallSchema,
  hallWindowSchema,
  officerSchema,
  publicQueryUrl,
  publicUrlSchema,
  sealSchema,
  sectionSchema,
  servicePointSchema,
  toleranceRuleSchema,
  type DocumentNumberKind,
  type Hall,
  type HallWindow,
  type Officer,
  type Seal,
  type Section,
  type ServicePoint,
  type ToleranceRule,
} from './hall';
export { formatIssuePath, parseHall, type HallIssue, type HallParseResult } from './parse-hall';
