/** Issue 12 G: the supervisor's search, rows and follow-up outcomes; the service point's name. */
export const searchZh = {
  'supervision.search': '查找办件：编号、姓名或名称的任意部分、事项、证件号或电话后4位（按 / 定位）',
  'supervision.search.results': '查找结果 {n} 件',
  'supervision.search.keys': '↓ 选择　Enter 打开办件　Esc 清空',
  'supervision.rows.keys': '列表中 Tab/↑↓ 选择办件，Enter 打开，Esc 返回',
  'followUp.title': '差评回访',
  'followUp.problem': '问题：{problem}',
  'followUp.deadline': '回访期限 {date}',
  'followUp.outcome': '回访结果',
  'followUp.outcome.placeholder': '如：已电话回访，申请人对整改表示满意',
  'followUp.record': '记录回访结果',
  'followUp.recorded': '已记录回访结果，本条回访已办结',
  'followUp.done': '已回访（{officer}，{date}）：{outcome}',
  'app.servicePoint': '服务点',
  'workbench.today.servicePoint': '今日收件 · {window} 服务点',
  'login.device.servicePoint': '本机服务点',
} as const;
