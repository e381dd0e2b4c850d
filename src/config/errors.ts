// A mistake in configuration (file, --rule flag or API config object): fatal, shown without a stack.
export class ConfigError extends Error {
  /** One line per problem, each starting with the file or flag it is in. */
  readonly problems: string[];

  constructor(problems: string[]) {
    super(problems.join("\n"));
    this.name = "ConfigError";
    this.problems = problems;
  }
}
