import { describe } from "vitest";
import { parserNamed } from "../../src/parsers/index.js";
import { goldenModelTests } from "../support/golden.js";

const jsonParser = parserNamed("json")!;
const srtParser = parserNamed("srt")!;
const webvttParser = parserNamed("webvtt")!;
const flavourParser = (flavour: string) => parserNamed(flavour)!;

describe("golden models", () => {
  describe("webvtt", () => goldenModelTests(webvttParser, ".vtt"));
  describe("srt", () => goldenModelTests(srtParser, ".srt"));
  describe("beleefd JSON", () => goldenModelTests(flavourParser("beleefd-json"), ".beleefd.json"));
  describe("whisper", () => goldenModelTests(jsonParser, ".whisper.json"));
  describe("transcribe", () => goldenModelTests(jsonParser, ".transcribe.json"));
  describe("ccai", () => goldenModelTests(jsonParser, ".ccai.json"));
});
