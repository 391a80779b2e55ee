import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, contentHash, sha256Hex } from "../../src/core/hash.js";
import { mulberry32 } from "../support/prng.js";

describe("sha256Hex", () => {
  it("matches the FIPS 180-4 vectors", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });

  it("agrees with node:crypto on random UTF-8 text of every length around the block boundaries", () => {
    const rnd = mulberry32(7);
    for (let len = 0; len < 300; len++) {
      let s = "";
      for (let i = 0; i < len; i++)
        s += String.fromCodePoint(rnd() < 0.8 ? 32 + Math.floor(rnd() * 90) : 0x100 + Math.floor(rnd() * 0x3000));
      expect(sha256Hex(s)).toBe(createHash("sha256").update(s, "utf8").digest("hex"));
    }
  });
});

describe("canonicalJson / contentHash", () => {
  it("ignores key order and undefined values, and nothing else", () => {
    expect(contentHash({ a: 1, b: { c: [1, 2] }, u: undefined })).toBe(contentHash({ b: { c: [1, 2] }, a: 1 }));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
    expect(canonicalJson({ b: 1, a: [true, { d: null, c: "x" }] })).toBe('{"a":[true,{"c":"x","d":null}],"b":1}');
  });
});
