import type { searchZh } from './messages-search';

/** Issue 12 G's words in English. */
export const searchEn: Record<keyof typeof searchZh, string> = {
  'supervision.search':
    'Find a case: number, any part of a name, the item, or the last 4 of an ID or phone (press /)',
  'supervision.search.results': '{n} cases found',
  'supervision.search.keys': '↓ select   Enter open the case   Esc clear',
  'supervision.rows.keys': 'In a list Tab/↑↓ select a case, Enter opens it, Esc comes back',
  'followUp.title': 'Poor-rating follow-up',
  'followUp.problem': 'Problem: {problem}',
  'followUp.deadline': 'Call back by {date}',
  'followUp.outcome': 'Outcome',
  'followUp.outcome.placeholder': 'e.g. Called back; the applicant is satisfied with the fix',
  'followUp.record': 'Record the outcome',
  'followUp.recorded': 'Outcome recorded; this follow-up is done',
  'followUp.done': 'Followed up ({officer}, {date}): {outcome}',
  'app.servicePoint': 'Service point',
  'workbench.today.servicePoint': "Today's intake · service point {window}",
  'login.device.servicePoint': 'This service point',
};
