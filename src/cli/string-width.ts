// Stands in for the `string-width` package in the bundle (yargs and cliui use it to lay out --help).
// The real one builds large Unicode regexes and an Intl.Segmenter when imported, ~35 ms of every
// start-up, for help text that is plain Dutch: counting code points without ANSI codes suffices.
const ANSI = /\u001b\[[0-9;]*m/g;

export default function stringWidth(text: string): number {
  let width = 0;
  for (const _ of text.replace(ANSI, "")) width++;
  return width;
}
