import { describe, expect, it } from "vitest";
import { GatehouseApiError, mintSiteToken, verifyWebhook } from "../src/server";

// The Standard Webhooks specification's own test vector.
const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const headers = {
  "webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek",
  "webhook-timestamp": "1614265330",
  "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
};
const body = '{"test": 2432232314}';
const at = 1614265330 * 1000;

describe("verifyWebhook", () => {
  it("accepts the specification's signed example", async () => {
    expect(await verifyWebhook(secret, headers, body, { now: at })).toBe(true);
  });

  it("accepts any of the signatures sent during a secret rotation", async () => {
    const rotated = { ...headers, "webhook-signature": `v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= ${headers["webhook-signature"]}` };
    expect(await verifyWebhook(secret, rotated, body, { now: at })).toBe(true);
  });

  it("refuses a changed body, id or signature", async () => {
    expect(await verifyWebhook(secret, headers, body + " ", { now: at })).toBe(false);
    expect(await verifyWebhook(secret, { ...headers, "webhook-id": "msg_other" }, body, { now: at })).toBe(false);
    expect(await verifyWebhook(secret, { ...headers, "webhook-signature": "v1,bm90IGl0" }, body, { now: at })).toBe(false);
    expect(await verifyWebhook(secret, { ...headers, "webhook-signature": "v2,whatever" }, body, { now: at })).toBe(false);
  });

  it("refuses a delivery older or newer than the tolerance (replays)", async () => {
    expect(await verifyWebhook(secret, headers, body, { now: at + 301_000 })).toBe(false);
    expect(await verifyWebhook(secret, headers, body, { now: at - 301_000 })).toBe(false);
    expect(await verifyWebhook(secret, headers, body, { now: at + 299_000 })).toBe(true);
  });

  it("refuses something that is not a webhook secret", async () => {
    await expect(verifyWebhook("not-a-secret", headers, body, { now: at })).rejects.toThrow(/whsec_/);
  });
});

describe("mintSiteToken", () => {
  it("posts the member with the API key and returns the token", async () => {
    let seen: { url: string; init: RequestInit } | undefined;
    const fakeFetch: typeof fetch = (url, init) => {
      seen = { url: String(url), init: init ?? {} };
      const answer = { token: "tok", expires_at: "2030-01-01T00:00:00Z", expires_in: 300, user_id: "u1", created: true };
      return Promise.resolve(new Response(JSON.stringify(answer), { status: 200, headers: { "content-type": "application/json" } }));
    };
    const minted = await mintSiteToken({ externalId: "42", username: "ada", displayName: "Ada" }, { url: "https://gh.test/", apiKey: "gh_live_x", fetch: fakeFetch });
    expect(minted).toEqual({ token: "tok", expiresAt: new Date("2030-01-01T00:00:00Z"), userId: "u1", created: true });
    expect(seen?.url).toBe("https://gh.test/api/v1/site-tokens");
    expect((seen?.init.headers as Record<string, string>)["x-api-key"]).toBe("gh_live_x");
    // Only the fields given, in the server's snake_case (it refuses unknown fields).
    expect(JSON.parse(String(seen?.init.body))).toEqual({ external_id: "42", username: "ada", display_name: "Ada" });
  });

  it("turns a refusal into an error carrying the server's sentence", async () => {
    const banned: typeof fetch = () =>
      Promise.resolve(
        new Response(JSON.stringify({ type: "https://gatehouse.dev/problems/account-banned", detail: "Banned until tomorrow: spam.", status: 403 }), {
          status: 403,
          headers: { "content-type": "application/problem+json" },
        }),
      );
    const error = await mintSiteToken({ externalId: "42" }, { url: "https://gh.test", apiKey: "k", fetch: banned }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatehouseApiError);
    expect(error).toMatchObject({ status: 403, type: "account-banned", detail: "Banned until tomorrow: spam." });
  });
});
