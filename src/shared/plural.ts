// Dutch counts ("1 probleem", "3 problemen"), for reports, formatters and the web page alike.

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
