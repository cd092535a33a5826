import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  cellValue,
  DATE_FORMAT,
  DATE_TIME_FORMAT,
  dailyLogTable,
  exportFileName,
  tableWorkbook,
} from '../../../../../renderer/features/supervision/export-table';

describe('dashboard lists as .xlsx', () => {
  it('writes the title, Chinese headings, and dates as spreadsheet dates in Chinese format, and reads back', async () => {
    const table = dailyLogTable('收件登记簿（W03 综合受理3号窗口）', [
      {
        at: '2026-11-24T09:05:00+08:00',
        caseNumber: 'W03-20261124-0001',
        item: '食品经营许可（新办）',
        applicant: '张三',
        result: 'tolerance',
        promisedDate: '2026-12-08',
        officer: '王晓燕',
        state: '已受理',
      },
      {
        at: '2026-11-24T09:40:00+08:00',
        caseNumber: 'W03-20261124-0002',
        item: '个体工商户设立登记',
        applicant: '李四',
        result: 'missing',
        officer: '王晓燕',
        state: '已一次性告知',
      },
    ]);
    const book = await tableWorkbook(table, {
      hallName: '十堰经济技术开发区政务服务中心',
      date: '2026-11-24',
    });
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await book.xlsx.writeBuffer());
    const sheet = read.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.name).toBe('收件登记簿（W03 综合受理3号窗口）');
    expect(sheet.getCell('A1').value).toBe(
      '十堰经济技术开发区政务服务中心 收件登记簿（W03 综合受理3号窗口）（2026年11月24日）',
    );
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      '登记时间',
      '办件编号',
      '事项',
      '申请人',
      '收件结果',
      '承诺办结日期',
      '经办人',
      '状态',
    ]);
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      new Date(Date.UTC(2026, 10, 24, 9, 5)),
      'W03-20261124-0001',
      '食品经营许可（新办）',
      '张三',
      '容缺受理',
      new Date(Date.UTC(2026, 11, 8)),
      '王晓燕',
      '已受理',
    ]);
    // Real date cells (a serial number with a date format), shown as officers write dates.
    expect(sheet.getCell('A3').type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getCell('A3').numFmt).toBe(DATE_TIME_FORMAT);
    expect(sheet.getCell('F3').type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getCell('F3').numFmt).toBe(DATE_FORMAT);
    expect(sheet.getRow(4).getCell(5).value).toBe('一次性告知');
    expect(sheet.getRow(4).getCell(6).value).toBe(null);
    expect(sheet.rowCount).toBe(4);
  });

  it('names the file by hall, list and day, without characters a file system refuses', () => {
    expect(exportFileName('某大厅', { list: '红灯/超期' }, '2026-11-24')).toBe(
      '某大厅-红灯_超期-2026-11-24.xlsx',
    );
    expect(cellValue({ date: '2026-01-05' })).toEqual({
      value: new Date(Date.UTC(2026, 0, 5)),
      numFmt: DATE_FORMAT,
    });
    expect(cellValue({ dateTime: '2026-01-05T16:30:12.000+08:00' })).toEqual({
      value: new Date(Date.UTC(2026, 0, 5, 16, 30, 12)),
      numFmt: DATE_TIME_FORMAT,
    });
    expect(cellValue({ date: '2027' })).toEqual({ value: '2027' });
    expect(cellValue(7)).toEqual({ value: 7 });
    expect(cellValue(undefined)).toEqual({ value: null });
  });
});
