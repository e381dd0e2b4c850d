import { describe } from "vitest";
import { flavourParser, jsonParser } from "../../src/parsers/json/index.js";
import { srtParser } from "../../src/parsers/srt.js";
import { webvttParser } from "../../src/parsers/webvtt.js";
import { goldenModelTests } from "../support/golden.js";

describe("golden models", () => {
  describe("webvtt", () => goldenModelTests(webvttParser, ".vtt"));
  describe("srt", () => goldenModelTests(srtParser, ".srt"));
  describe("beleefd JSON", () => goldenModelTests(flavourParser("beleefd-json"), ".beleefd.json"));
  describe("whisper", () => goldenModelTests(jsonParser, ".whisper.json"));
  describe("transcribe", () => goldenModelTests(jsonParser, ".transcribe.json"));
  describe("ccai", () => goldenModelTests(jsonParser, ".ccai.json"));
});
