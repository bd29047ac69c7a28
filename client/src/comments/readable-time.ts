/** "14 Nov, 09:30": short, in the reader's own time zone; the year only when it is not this year. */
export function readableTime(iso: string, now = new Date()): string {
  const date = new Date(iso);
  const sameYear = date.getFullYear() === now.getFullYear();
  return date.toLocaleString('en-GB', {
    day: 'numeric', month: 'short', year: sameYear ? undefined : 'numeric', hour: '2-digit', minute: '2-digit',
  });
}
