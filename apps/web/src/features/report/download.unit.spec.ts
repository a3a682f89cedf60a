import { fileNameOf, progressText, refusalReason } from './download';
import { ledgersXlsxUrl, sectionDocxUrl } from './files';

describe('downloads', () => {
  it('take the Chinese file name the server gives, else the plain one, else the fallback', () => {
    const name = '社区责任-2023年度.docx';
    expect(fileNameOf(`attachment; filename="-2023.docx"; filename*=UTF-8''${encodeURIComponent(name)}`, 'x.docx')).toBe(name);
    expect(fileNameOf('attachment; filename="ledgers-2023.xlsx"', 'x.xlsx')).toBe('ledgers-2023.xlsx');
    expect(fileNameOf(null, 'x.xlsx')).toBe('x.xlsx');
    expect(fileNameOf("attachment; filename*=UTF-8''%E0%A4%A", 'x.xlsx')).toBe('x.xlsx');
  });

  it('say how much of a file has come', () => {
    expect(progressText({ receivedBytes: 300, totalBytes: undefined })).toBe('已接收 1 KB');
    expect(progressText({ receivedBytes: 340 * 1024, totalBytes: 1.25 * 1024 * 1024 })).toBe('已接收 340 KB / 1.3 MB');
  });

  it('say why a file was refused: the server’s Chinese words, else by status', () => {
    expect(refusalReason(404, { code: 'NOT_FOUND', message: '找不到这个发布版本' })).toBe('找不到这个发布版本');
    expect(refusalReason(401, undefined)).toBe('尚未登录或登录已过期，请重新登录后再下载。');
    expect(refusalReason(403, { message: '' })).toBe('您的账号无权下载这个文件；如需权限，请联系管理员。');
    expect(refusalReason(502, null)).toBe('下载失败，请稍后重试；如果一直出现，请联系管理员。');
  });

  it('address the section, an edition’s section and the ledgers', () => {
    expect(sectionDocxUrl(2023)).toBe('/files/section/2023.docx');
    expect(sectionDocxUrl(2023, 'u1', '2023-u1-v2')).toBe('/files/section/2023.docx?orgUnitId=u1&edition=2023-u1-v2');
    expect(ledgersXlsxUrl(2023, 'u1')).toBe('/files/ledgers/2023.xlsx?orgUnitId=u1');
  });
});
