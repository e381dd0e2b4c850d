// Message templates: rule messages (engine) and house-rule checks (checks) fill the same placeholders.

/** Fills `{{name}}` placeholders; an unknown placeholder stays visible so the mistake shows. */
export function interpolate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (whole, name: string) =>
    name in data ? String(data[name]) : whole,
  );
}
