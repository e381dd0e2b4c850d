import { describe, expect, it } from "vitest";
import { pageSlug, studentName, uniqueSlugs } from "../../src/grade/student.js";

describe("wie het script schreef", () => {
  it("leest student of naam uit de front matter, anders de bestandsnaam", () => {
    expect(studentName("/klas/a.md", "---\nrichting: inbound\nstudent: Sanne de Vries\n---\n# Script\n")).toBe("Sanne de Vries");
    expect(studentName("/klas/a.txt", "---\r\nnaam: 'Ahmed Yılmaz'\r\n---\r\nAgent: Goedemiddag.\r\n")).toBe("Ahmed Yılmaz");
    expect(studentName("C:\\klas\\lotte-jansen.txt", "Agent: Goedemiddag.\n")).toBe("lotte-jansen");
    expect(studentName("/klas/kapot.txt", undefined)).toBe("kapot");
  });

  it("maakt er een veilige, unieke paginanaam van", () => {
    expect(pageSlug("Zoë Claes")).toBe("zoe-claes");
    expect(pageSlug("Ahmed Yılmaz")).toBe("ahmed-yilmaz");
    expect(pageSlug("../../etc/passwd")).toBe("etc-passwd");
    expect(pageSlug("Overzicht")).toBe("student-overzicht");
    expect(pageSlug("???")).toBe("student-zonder-naam");
    expect(uniqueSlugs(["Sanne", "sanne", "Daan"])).toEqual(["sanne", "sanne-2", "daan"]);
  });
});
