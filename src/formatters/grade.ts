// `--format grade`: grading's sheet as a formatter. The rubric comes from the config (the CLI puts
// it in the context); without one, the default rubric over the rules given.
import { defaultRubric, gradeSheet } from "../grade/sheet.js";
import { relativePath } from "./shared.js";
import type { Formatter } from "./types.js";

export const grade: Formatter = (results, context) =>
  gradeSheet(results, context.rubric ?? defaultRubric(Object.keys(context.rulesMeta)), (path) => relativePath(path, context.cwd));

export default grade;
