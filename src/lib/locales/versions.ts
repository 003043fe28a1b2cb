/**
 * Strings about the app's versions — the installed build in Settings, and the notice for a database
 * a newer version wrote — in both languages. Kept out of vi.ts/en.ts so that the first screen does
 * not carry them: each is read by a lazily loaded component. The type makes a missing English key an
 * error.
 */
export const versionsVi = {
  settings: {
    section: 'Phiên bản',
    line: 'Cam kết {{version}}, bản dựng {{build}}.',
    noBuild: 'Cam kết {{version}}; chưa có mã bản dựng (ứng dụng chưa được cài để dùng khi không có mạng).',
  },
  newerDatabase: {
    title: 'Dữ liệu trên máy này thuộc một phiên bản Cam kết mới hơn',
    what: 'Máy này đã từng mở một phiên bản Cam kết mới hơn, và phiên bản đó đã nâng cấp dữ liệu. Phiên bản đang mở cũ hơn nên không đọc được; để dữ liệu không bị hỏng, nó không ghi gì vào đó. Dữ liệu vẫn còn nguyên trên máy.',
    whatToDo:
      'Cách xử lý: mở phiên bản mới nhất của Cam kết (hỏi bộ phận công nghệ thông tin địa chỉ của nó, hoặc tải lại trang sau khi máy chủ được cập nhật). Trong lúc chờ, hãy tải về bản sao toàn bộ dữ liệu trên máy này và giữ tệp đó: nó chứa nguyên trạng mọi bảng dữ liệu.',
    export: 'Tải về bản sao dữ liệu trên máy này (.json)',
    exported: 'Đã tải về {{fileName}}. Hãy giữ tệp này cho đến khi mở được phiên bản mới.',
    exportFailed: 'Không đọc được dữ liệu để tải về ({{detail}}). Dữ liệu trên máy không bị thay đổi.',
  },
};

export type VersionMessages = typeof versionsVi;

export const versionsEn: VersionMessages = {
  settings: {
    section: 'Version',
    line: 'Cam kết {{version}}, build {{build}}.',
    noBuild: 'Cam kết {{version}}; no build id yet (the app is not installed for offline use).',
  },
  newerDatabase: {
    title: 'The data on this laptop belongs to a newer version of Cam kết',
    what: 'This laptop once opened a newer version of Cam kết, which upgraded the data. The version open now is older and cannot read it; to keep the data intact, it writes nothing to it. The data is still all on this laptop.',
    whatToDo:
      'What to do: open the newest version of Cam kết (ask the IT department for its address, or reload the page once the server is updated). Meanwhile, download a copy of everything stored on this laptop and keep the file: it holds every data table as it is.',
    export: 'Download a copy of the data on this laptop (.json)',
    exported: 'Downloaded {{fileName}}. Keep this file until the newer version is open.',
    exportFailed: 'The data could not be read for the download ({{detail}}). Nothing on this laptop was changed.',
  },
};

/** The messages in the interface's language, with {{name}} filled in. */
export function versionText(language: string, pick: (m: VersionMessages) => string, values: Record<string, string> = {}): string {
  const template = pick(language === 'en' ? versionsEn : versionsVi);
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}
