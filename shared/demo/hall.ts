import type { Hall } from '../hall';

/**
 * The demo hall: 十堰经济技术开发区政务服务中心. Sections match the demo catalog
 * (catalog.zh-CN.json) by name; instant items are authorised to the windows of their section.
 * People, phone number and address are invented for demonstrations; the seal is 'drawn', which
 * is only for demonstrations (see sealSchema).
 *
 * Officer ids: KFQ + window number + sequence for window officers (KFQ0101), KFQ11xx–14xx for
 * the back office of each section (xx01 the chief), KFQ20xx leaders, KFQ30xx hall staff,
 * KFQ50xx village agents, KFQ90xx administrators.
 */
export const demoHall: Hall = {
  id: 'shiyan-etdz',
  name: '十堰经济技术开发区政务服务中心',
  authority: '十堰经济技术开发区行政审批局',
  // The development zone has no GB/T 2260 code of its own: the city's code stands for it.
  divisionCode: '420300',
  address: '湖北省十堰市十堰经济技术开发区政务服务中心（演示地址）',
  phone: '0719-0000000',
  // The demo server's own address (npm run server / npm run web, PORT 4310): the receipt's QR code
  // opens its progress page on this machine. A real hall gives the address applicants' phones reach.
  publicUrl: 'http://127.0.0.1:4310',
  documentNumberPrefixes: {
    receipt: '开审受字',
    'missing-notice': '开审补字',
    'tolerance-notice': '开审容字',
    refusal: '开审不受字',
    approval: '开审许字',
    denial: '开审不许字',
  },
  seal: { kind: 'drawn', ringText: '十堰经济技术开发区行政审批局', centreText: '演示' },
  sections: [
    { id: 'investment', name: '企业投资' },
    { id: 'construction', name: '基本建设' },
    { id: 'business', name: '商事登记' },
    { id: 'social', name: '社会事务' },
  ],
  windows: [
    {
      code: 'W01',
      name: '综合受理1号窗口',
      sectionIds: ['business'],
      instantItemCodes: ['KFQ-SJ-001', 'KFQ-SJ-002', 'KFQ-SJ-005', 'KFQ-SJ-006'],
    },
    {
      code: 'W02',
      name: '综合受理2号窗口',
      sectionIds: ['business'],
      instantItemCodes: ['KFQ-SJ-001', 'KFQ-SJ-002', 'KFQ-SJ-005', 'KFQ-SJ-006'],
    },
    { code: 'W03', name: '综合受理3号窗口', sectionIds: ['investment'], instantItemCodes: ['KFQ-TZ-001'] },
    { code: 'W04', name: '综合受理4号窗口', sectionIds: ['investment'], instantItemCodes: ['KFQ-TZ-001'] },
    { code: 'W05', name: '综合受理5号窗口', sectionIds: ['construction'], instantItemCodes: ['KFQ-JS-005'] },
    { code: 'W06', name: '综合受理6号窗口', sectionIds: ['construction'], instantItemCodes: ['KFQ-JS-005'] },
    { code: 'W07', name: '综合受理7号窗口', sectionIds: ['social'] },
    {
      code: 'W08',
      name: '综合出件及咨询窗口',
      sectionIds: ['investment', 'construction', 'business', 'social'],
      handsOutResults: true,
    },
  ],
  servicePoints: [
    { code: 'V01', name: '经开区东片村（社区）便民服务室' },
    { code: 'V02', name: '经开区西片村（社区）便民服务室' },
  ],
  officers: [
    { id: 'KFQ0101', name: '王晓燕', roles: ['window'], windowCode: 'W01' },
    { id: 'KFQ0102', name: '陈思远', roles: ['window'], windowCode: 'W01' },
    { id: 'KFQ0201', name: '刘佳琪', roles: ['window'], windowCode: 'W02' },
    { id: 'KFQ0301', name: '张海涛', roles: ['window'], windowCode: 'W03' },
    { id: 'KFQ0401', name: '杨雪梅', roles: ['window'], windowCode: 'W04' },
    { id: 'KFQ0501', name: '赵志刚', roles: ['window'], windowCode: 'W05' },
    { id: 'KFQ0601', name: '黄丽君', roles: ['window'], windowCode: 'W06' },
    { id: 'KFQ0701', name: '周文静', roles: ['window'], windowCode: 'W07' },
    { id: 'KFQ0801', name: '吴俊杰', roles: ['window'], windowCode: 'W08' },
    { id: 'KFQ1101', name: '孙明辉', roles: ['chief', 'reviewer'], sectionId: 'investment' },
    { id: 'KFQ1102', name: '郑雅文', roles: ['reviewer'], sectionId: 'investment' },
    { id: 'KFQ1201', name: '何建平', roles: ['chief', 'reviewer'], sectionId: 'construction' },
    { id: 'KFQ1202', name: '罗春燕', roles: ['reviewer'], sectionId: 'construction' },
    { id: 'KFQ1203', name: '梁志远', roles: ['reviewer'], sectionId: 'construction' },
    { id: 'KFQ1301', name: '宋丽萍', roles: ['chief', 'reviewer'], sectionId: 'business' },
    { id: 'KFQ1302', name: '唐家豪', roles: ['reviewer'], sectionId: 'business' },
    { id: 'KFQ1401', name: '冯玉兰', roles: ['chief', 'reviewer'], sectionId: 'social' },
    { id: 'KFQ1402', name: '邓晨曦', roles: ['reviewer'], sectionId: 'social' },
    { id: 'KFQ2001', name: '徐建国', roles: ['leader'], inChargeOf: ['investment', 'construction'] },
    { id: 'KFQ2002', name: '马秀英', roles: ['leader'], inChargeOf: ['business', 'social'] },
    { id: 'KFQ3001', name: '胡晓玲', roles: ['secretary'] },
    { id: 'KFQ3002', name: '郭志强', roles: ['supervisor'] },
    { id: 'KFQ5001', name: '曹德明', roles: ['agent'], servicePointCode: 'V01' },
    { id: 'KFQ5002', name: '彭桂芳', roles: ['agent'], servicePointCode: 'V02' },
    { id: 'KFQ9001', name: '林浩然', roles: ['admin'] },
  ],
  supervision: { yellowAt: 0.8 },
  tolerance: { onDefault: 'terminate' },
  calendar: {},
};
