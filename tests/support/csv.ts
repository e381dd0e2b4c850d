// A strict RFC 4180 reader (with a configurable separator), to read back the CSV beleefd writes.
export function parseCsv(text: string, separator = ";"): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"' && field === "") {
      let end = i + 1;
      for (;;) {
        const quote = text.indexOf('"', end);
        if (quote === -1) throw new Error(`niet afgesloten aanhalingsteken op ${i}`);
        if (text[quote + 1] === '"') {
          field += text.slice(end, quote + 1);
          end = quote + 2;
          continue;
        }
        field += text.slice(end, quote);
        i = quote + 1;
        break;
      }
      if (i < text.length && text[i] !== separator && !text.startsWith("\r\n", i)) throw new Error(`tekst na een aanhalingsteken op ${i}`);
      continue;
    }
    if (char === separator) {
      row.push(field);
      field = "";
      i++;
    } else if (text.startsWith("\r\n", i)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else {
      if (char === '"' || char === "\n" || char === "\r") throw new Error(`los ${JSON.stringify(char)} buiten aanhalingstekens op ${i}`);
      field += char;
      i++;
    }
  }
  if (field !== "" || row.length) throw new Error("laatste regel zonder CRLF");
  return rows;
}
