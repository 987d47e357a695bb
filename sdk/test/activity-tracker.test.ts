import { describe, expect, it } from "vitest";
import { ActivityTracker } from "../src/activity-tracker";

class FakeDocument extends EventTarget {
  visibilityState = "visible";
}

describe("ActivityTracker", () => {
  it("reports interaction while the tab is visible and nothing while it is hidden", () => {
    const page = new EventTarget();
    const doc = new FakeDocument();
    let reports = 0;
    const tracker = new ActivityTracker(page, doc, () => reports++);
    tracker.start();

    page.dispatchEvent(new Event("keydown"));
    page.dispatchEvent(new Event("pointermove"));
    expect(reports).toBe(2);

    doc.visibilityState = "hidden";
    doc.dispatchEvent(new Event("visibilitychange"));
    page.dispatchEvent(new Event("scroll"));
    expect(reports).toBe(2);

    doc.visibilityState = "visible";
    doc.dispatchEvent(new Event("visibilitychange"));
    expect(reports).toBe(3);

    tracker.stop();
    page.dispatchEvent(new Event("keydown"));
    expect(reports).toBe(3);
  });
});
