import { describe, expect, it } from "vitest";
import { AnalyticsTracker, guessDevice } from "../src/analytics";

function recorder(status = 202, headers: Record<string, string> = {}) {
  const calls: { method: string; url: string; body: unknown }[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    calls.push({ method: init.method ?? "GET", url, body: init.body ? JSON.parse(String(init.body)) : undefined });
    return new Response(JSON.stringify({ required: true, granted: false }), { status, headers });
  }) as unknown as typeof fetch;
  return { calls, fetchImpl };
}

describe("AnalyticsTracker", () => {
  it("sends nothing before consent when the site requires it, then batches with the device and version", async () => {
    const { calls, fetchImpl } = recorder();
    const tracker = new AnalyticsTracker({ url: "", accessToken: "t", requireConsent: true, device: "mobile", clientVersion: "1.2.0", fetch: fetchImpl, maxBatch: 2 });
    expect(tracker.track("page_view")).toBe(false);
    expect(await tracker.flush()).toBe(0);
    expect(calls).toHaveLength(0);

    await tracker.setConsent(true);
    tracker.track("page_view", { path: "/" });
    tracker.track("signup.clicked");
    tracker.track("checkout");
    expect(await tracker.flush()).toBe(3);
    const posts = calls.filter((c) => c.method === "POST");
    expect(posts).toHaveLength(2);
    expect(posts[0]?.body).toMatchObject({ device: "mobile", client_version: "1.2.0", events: [{ type: "page_view", props: { path: "/" } }, { type: "signup.clicked" }] });
    await tracker.stop();
  });

  it("drops the queue when consent is withdrawn and refuses names the server would refuse", async () => {
    const { fetchImpl } = recorder();
    const tracker = new AnalyticsTracker({ url: "", accessToken: "t", requireConsent: true, fetch: fetchImpl });
    await tracker.setConsent(true);
    tracker.track("one");
    expect(tracker.track("Not Valid")).toBe(false);
    await tracker.setConsent(false);
    expect(tracker.pending).toBe(0);
    await tracker.stop();
  });

  it("keeps the batch and waits after a 429", async () => {
    const { calls, fetchImpl } = recorder(429, { "retry-after": "30" });
    const tracker = new AnalyticsTracker({ url: "", accessToken: "t", fetch: fetchImpl });
    tracker.track("one");
    expect(await tracker.flush()).toBe(0);
    expect(tracker.pending).toBe(1);
    expect(await tracker.flush()).toBe(0);
    expect(calls).toHaveLength(1);
  });

  it("guesses the device class from the width", () => {
    expect(guessDevice(375)).toBe("mobile");
    expect(guessDevice(900)).toBe("tablet");
    expect(guessDevice(1440)).toBe("desktop");
  });
});
