/**
 * The ID checks of the applicant step: shared with the public pre-application page
 * (shared/preapply), so a pre-filled code never carries an ID number the window would refuse.
 */
export {
  checkIdNumber,
  ORGANISATION_ID_TYPES,
  PERSON_ID_TYPES,
  type IdNumberCheck,
  type Said,
} from '../../../shared/preapply';
