/** The confirmation after an action ("Đã lưu tên."), announced to screen readers. */
export function SuccessNotice({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="status" className="notice notice--success">
      {message}
    </p>
  );
}
