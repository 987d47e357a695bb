import { describe, expect, it } from "vitest";
import { AnalyticsTracker, guessDevice } from "../src/analytics";

function recorder(status = 202, headers: Record<string, string> = {}) {
  const calls: { method: string; url: string; body: unknown; headers: Record<string, string> }[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    calls.push({ method: init.method ?? "GET", url, body: init.body ? JSON.parse(String(init.body)) : undefined, headers: init.headers as Record<string, string> });
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

  it("sends anonymous events with a site key, no member token, and keeps consent in the page", async () => {
    const { calls, fetchImpl } = recorder();
    const tracker = new AnalyticsTracker({ url: "https://gh.example", siteKey: "gh_site_abc", requireConsent: true, fetch: fetchImpl });
    expect(await tracker.loadConsent()).toEqual({ required: true, granted: false });
    await tracker.setConsent(true);
    expect(calls).toHaveLength(0); // the server keeps consent for members only
    tracker.track("page_view");
    expect(await tracker.flush()).toBe(1);
    expect(calls[0]?.url).toBe("https://gh.example/api/v1/analytics/events");
    expect(calls[0]?.headers["x-site-key"]).toBe("gh_site_abc");
    expect(calls[0]?.headers.authorization).toBeUndefined();
    await tracker.stop();
  });

  it("needs exactly one of a member token and a site key", () => {
    expect(() => new AnalyticsTracker({ url: "" })).toThrow(/accessToken or siteKey/);
    expect(() => new AnalyticsTracker({ url: "", accessToken: "t", siteKey: "gh_site_x" })).toThrow(/accessToken or siteKey/);
  });

  it("guesses the device class from the width", () => {
    expect(guessDevice(375)).toBe("mobile");
    expect(guessDevice(900)).toBe("tablet");
    expect(guessDevice(1440)).toBe("desktop");
  });
});
