// WCAG contrast of text on its background, measured in the page (passed to page.evaluate).
/** Runs in the page: every element with its own text whose colour is below 4.5:1 on its background. */
export function lowContrastTexts(): string[] {
  const rgb = (color: string): number[] => (color.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]: number[]): number => {
    const channel = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
  };
  const background = (node: Element | null): number[] => {
    for (; node; node = node.parentElement) {
      const color = rgb(getComputedStyle(node).backgroundColor);
      if (color.length === 3 || color[3] !== 0) return color.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const low: string[] = [];
  for (const node of document.querySelectorAll("body *")) {
    const ownText = [...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim() !== "");
    if (!ownText || node.closest(".visually-hidden, .skip-link")) continue;
    const a = luminance(rgb(getComputedStyle(node).color));
    const b = luminance(background(node));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 4.5) low.push(`${node.tagName.toLowerCase()}.${node.className}: ${ratio.toFixed(2)}`);
  }
  return low;
}
