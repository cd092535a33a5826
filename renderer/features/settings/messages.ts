import type { Language } from '../../../shared/ipc';
import { useShellStore } from '../shell/store';

const MESSAGES = {
  'zh-CN': {
    title: '本机设置（信息管理员）',
    serverUrl: '中心服务地址',
    serverUrlHelp: '如 http://10.1.2.3:4310；留空表示与本页同源（浏览器模式）',
    windowCode: '窗口编号',
    updateUrl: '更新服务器地址',
    updateUrlHelp: '大厅自有更新服务器；留空则不自动更新',
    save: '保存设置',
    saved: '设置已保存',
    diagnostics: '收集诊断信息',
    diagnosticsSaved: '诊断信息已保存到 {path}',
    backupTitle: '数据备份与恢复',
    backupHelp: '导出本机全部办件、事件、扫描件和参考数据到一个文件；在新电脑上导入即可继续工作。',
    export: '导出备份',
    exported: '备份已导出：{name}',
    import: '导入备份',
    imported: '备份已导入：{rows} 条记录',
    storage: '本机存储',
    storageUsage: '已用 {used}，可用上限 {quota}',
    storagePersisted: '已申请持久存储',
    storageNotPersisted: '浏览器可能在空间不足时清理本机数据',
    printersTitle: '打印机',
    defaultPrinter: '默认打印机',
    systemDefault: '系统默认打印机',
    sameAsDefault: '同默认打印机',
    paper: '纸张',
    scannerTitle: '扫描仪',
    scannerDevice: '扫描仪（SANE）',
    noScanner: '不使用（通过扫描文件夹或高拍仪）',
    resolution: '分辨率（dpi）',
    scanFolder: '扫描文件夹',
    scanFolderHelp: '扫描仪自带软件保存文件的文件夹；新文件自动成为当前材料的页面',
    sealImagePath: '电子印章图片',
    sealImagePathHelp: 'PNG 图片的完整路径；留空则使用大厅配置的印章',
  },
  en: {
    title: 'Device settings (IT)',
    serverUrl: 'Central server URL',
    serverUrlHelp: 'e.g. http://10.1.2.3:4310; empty means the same origin as this page (browser mode)',
    windowCode: 'Window code',
    updateUrl: 'Update server URL',
    updateUrlHelp: "The hall's own update server; empty disables automatic updates",
    save: 'Save settings',
    saved: 'Settings saved',
    diagnostics: 'Collect diagnostics',
    diagnosticsSaved: 'Diagnostics saved to {path}',
    backupTitle: 'Backup and restore',
    backupHelp:
      'Exports every case, event, scan and reference record of this PC to one file; import it on a new PC to go on.',
    export: 'Export backup',
    exported: 'Backup exported: {name}',
    import: 'Import backup',
    imported: 'Backup imported: {rows} records',
    storage: 'Local storage',
    storageUsage: '{used} used of {quota}',
    storagePersisted: 'Persistent storage granted',
    storageNotPersisted: 'The browser may clear local data when the disk is short of space',
    printersTitle: 'Printers',
    defaultPrinter: 'Default printer',
    systemDefault: "The system's default printer",
    sameAsDefault: 'Same as the default',
    paper: 'Paper',
    scannerTitle: 'Scanner',
    scannerDevice: 'Scanner (SANE)',
    noScanner: 'None (scan folder or document camera)',
    resolution: 'Resolution (dpi)',
    scanFolder: 'Scan folder',
    scanFolderHelp:
      "Where the scanner's own software saves files; new files become pages of the material in focus",
    sealImagePath: 'Seal image',
    sealImagePathHelp: "Full path of a PNG; empty uses the hall's configured seal",
  },
} as const satisfies Record<Language, Record<string, string>>;

export type SettingsMessage = keyof (typeof MESSAGES)['zh-CN'];

export function useSettingsT(): (key: SettingsMessage, params?: Record<string, string | number>) => string {
  const language = useShellStore((s) => s.language);
  return (key, params = {}) =>
    (MESSAGES[language][key] as string).replace(/\{(\w+)\}/g, (_, name: string) =>
      String(params[name] ?? ''),
    );
}
