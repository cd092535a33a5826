/**
 * Words of the working-day calendar: provisional (预计) dates counted before a year's holiday
 * schedule is entered, and what supervision reads when the entered schedule counts differently.
 * Officers get one plain line; the technical detail goes to the log.
 */
export const calendarZh = {
  'calendar.provisional': '预计',
  'calendar.provisionalHint': '下一年放假安排尚未录入，按法定节假日预计；回执照常打印此日期',
  'calendar.cannotCount': '无法计算承诺办结日期，请联系信息科',
  'calendar.clockErrors': '{n} 件办件的期限无法计算，详情已记入日志，请联系信息科',
  'calendar.review.title': '放假安排录入后需复核的承诺日期',
  'calendar.review.hint':
    '以下办件的承诺日期按预计日历计算，按已录入的放假安排计算结果不同。已打印的日期不会更改，如需告知申请人请人工处理。',
  'calendar.review.recorded': '已承诺（预计）',
  'calendar.review.official': '按正式安排',
} as const;

export const calendarEn: Record<keyof typeof calendarZh, string> = {
  'calendar.provisional': 'est.',
  'calendar.provisionalHint':
    "Next year's holiday schedule is not entered yet: estimated on the statutory holidays; the receipt prints this date as usual",
  'calendar.cannotCount': 'The promised date cannot be counted; please call IT',
  'calendar.clockErrors': '{n} deadlines cannot be computed; the details are in the log, please call IT',
  'calendar.review.title': 'Promises to review now that the holiday schedule is entered',
  'calendar.review.hint':
    'These cases were promised on an estimated calendar; the entered schedule counts a different date. Printed dates are never changed; telling the applicant is up to the hall.',
  'calendar.review.recorded': 'Promised (estimated)',
  'calendar.review.official': 'Official count',
};
