// An empty import template (GET /files/templates/{kind}.xlsx): the data sheet with the header row
// of §15 (bold, frozen, widths that fit, formats, drop-down lists for the choice columns and the
// org units), a 说明 sheet explaining each column and listing the accepted values, and the
// 组织单位 sheet of the units the caller may import for. Everything comes from the sheet's column
// table (libs/domain import-sheets.ts), the one the parser reads.
import { type ImportSheet, columnsOf, DATE_FORMATS_HINT, ORG_UNIT_PATH_HINT } from '@tracker/domain';
import ExcelJS from 'exceljs';
import { MAX_IMPORT_ROWS } from '../imports/workbook-reader';
import { PRINT_SETUP } from '../exports/print-setup';
import { CELL_FORMATS, HEADER_FILL, HEADER_FONT, addDataValidation, displayWidth, wrapRow } from '../workbook-style';

export interface TemplateOrgUnit {
  /** 南区局/网络部/网络部工会 */
  readonly path: string;
  readonly kindName: string;
}

export async function importTemplate(sheet: ImportSheet<unknown>, orgUnits: readonly TemplateOrgUnit[], needsCampaign: boolean): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '社区责任 tracker';
  dataSheet(workbook, sheet, orgUnits.length);
  explanationSheet(workbook, sheet, needsCampaign);
  orgUnitSheet(workbook, orgUnits);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const LAST_ROW = MAX_IMPORT_ROWS + 1;

function dataSheet(workbook: ExcelJS.Workbook, sheet: ImportSheet<unknown>, orgUnitCount: number): void {
  const data = workbook.addWorksheet(sheet.sheetName, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: PRINT_SETUP });
  const columns = columnsOf(sheet);
  data.columns = columns.map(([field, spec]) => ({
    key: field,
    header: spec.header,
    width: Math.max(spec.width, displayWidth(spec.header) + 2),
    style: { numFmt: CELL_FORMATS[spec.cellType] },
  }));
  const header = data.getRow(1);
  header.font = HEADER_FONT;
  columns.forEach(([, spec], index) => {
    const cell = header.getCell(index + 1);
    cell.fill = HEADER_FILL;
    cell.numFmt = '@';
    cell.note = `${spec.required ? '必填' : '选填'}：${spec.format}。例如：${spec.example}`;
    const letter = data.getColumn(index + 1).letter;
    const range = `${letter}2:${letter}${LAST_ROW}`;
    if (spec.choices) {
      addDataValidation(data, range, {
        type: 'list',
        allowBlank: !spec.required,
        formulae: [`"${spec.choices.join(',')}"`],
        showErrorMessage: true,
        errorTitle: spec.header,
        error: `请从下拉列表中选择：${spec.choices.join('、')}`,
      });
    } else if (spec.cellType === 'org' && orgUnitCount > 0) {
      // The units in scope as a drop-down; a name typed by hand is still accepted (a warning only).
      addDataValidation(data, range, {
        type: 'list',
        allowBlank: false,
        formulae: [`'组织单位'!$A$2:$A$${orgUnitCount + 1}`],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: spec.header,
        error: '不在“组织单位”表中。重名的组织请写完整路径。',
      });
    }
  });
}

function explanationSheet(workbook: ExcelJS.Workbook, sheet: ImportSheet<unknown>, needsCampaign: boolean): void {
  const notes = workbook.addWorksheet('说明', { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: PRINT_SETUP });
  const widths = [18, 10, 60, 26, 36];
  notes.columns = ['列名', '是否必填', '填写说明', '示例', '可选值'].map((header, i) => ({ header, width: widths[i] }));
  notes.getRow(1).font = HEADER_FONT;
  notes.getRow(1).eachCell((cell) => (cell.fill = HEADER_FILL));
  for (const [, spec] of columnsOf(sheet)) {
    wrapRow(notes.addRow([spec.header, spec.required ? '必填' : '选填', spec.format, spec.example, spec.choices?.join('、') ?? '']), widths);
  }
  notes.addRow([]);
  const rules = [
    `每行填写${sheet.rowMeans}。第 1 行是列名，请勿修改；不需要的选填列可以删除，但不要增加其他列。`,
    `日期可写 ${DATE_FORMATS_HINT}，也可以是 Excel 的日期单元格。`,
    '金额以元为单位，最多两位小数，可以带千位分隔符，例如 41,620.00；人数、人次填整数。',
    `组织可写名称；有重名时写完整路径，用“/”分隔，例如 ${ORG_UNIT_PATH_HINT}。可选的组织见“组织单位”表。`,
    '请填写数值，不要使用公式；从别处复制来的公式请“选择性粘贴 → 数值”。',
    '先“检查”（试导入）：系统逐行逐列指出问题，不写入任何记录；全部通过后再正式导入。整个文件要么全部导入，要么一行也不导入。',
    '同一文件重复导入不会重复记录。与已有记录相似的行会在检查时提示，请确认不是重复。',
    `一次最多 ${MAX_IMPORT_ROWS.toLocaleString('en-US')} 行，文件不超过 10 MB。`,
    ...(needsCampaign ? ['导入时须选择善款计入的爱心一日捐活动；活动结束后不能再导入。'] : []),
  ];
  notes.addRow(['填写须知']).font = HEADER_FONT;
  rules.forEach((rule, i) => wrapRow(notes.addRow([`${i + 1}.`, '', rule]), widths));
}

function orgUnitSheet(workbook: ExcelJS.Workbook, orgUnits: readonly TemplateOrgUnit[]): void {
  const units = workbook.addWorksheet('组织单位', { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: PRINT_SETUP });
  units.columns = [
    { header: '组织（完整路径）', width: 40 },
    { header: '类别', width: 10 },
  ];
  units.getRow(1).font = HEADER_FONT;
  units.getRow(1).eachCell((cell) => (cell.fill = HEADER_FILL));
  for (const unit of orgUnits) units.addRow([unit.path, unit.kindName]);
}
