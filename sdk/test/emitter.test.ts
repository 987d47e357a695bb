import { describe, expect, it } from "vitest";
import { Emitter } from "../src/emitter";

describe("Emitter", () => {
  it("delivers to every handler until it unsubscribes", () => {
    const emitter = new Emitter<{ tick: number }>();
    const seen: number[] = [];
    const off = emitter.on("tick", (n) => seen.push(n));
    emitter.on("tick", (n) => seen.push(n * 10));
    emitter.emit("tick", 1);
    off();
    emitter.emit("tick", 2);
    expect(seen).toEqual([1, 10, 20]);
  });
});
