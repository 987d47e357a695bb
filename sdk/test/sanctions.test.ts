import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GatehouseClient } from "../src/client";
import type { ConnectionState, Sanction } from "../src/types";
import { LoopbackGateway } from "./loopback-gateway";

const mute: Sanction = { sanction_id: "s1", kind: "mute", reason: "Cool down", until: "2026-12-01T18:05:00Z", state: "applied" };

describe("GatehouseClient sanctions", () => {
  let gateway: LoopbackGateway;
  let client: GatehouseClient;

  beforeEach(async () => {
    gateway = await LoopbackGateway.start();
    client = new GatehouseClient({ url: gateway.url, accessToken: "token", trackActivity: false, transports: ["websockets"] });
  });

  afterEach(async () => {
    await client.disconnect();
    await gateway.stop();
  });

  function next(): Promise<Sanction> {
    return new Promise((resolve) => {
      const off = client.onSanction((s) => {
        off();
        resolve(s);
      });
    });
  }

  it("delivers a mute and its lifting to onSanction while staying connected", async () => {
    await client.connect();
    const applied = next();
    gateway.send("sanction", mute);
    expect(await applied).toEqual(mute);

    const lifted = next();
    gateway.send("sanction", { ...mute, state: "lifted" });
    expect((await lifted).state).toBe("lifted");
    expect(client.state).toBe("connected");
    // The connection still carries calls after a mute notice.
    expect((await client.setStatus("dnd")).version).toBe(2);
  });

  it("stops for good after a ban instead of reconnecting with a token that no longer works", async () => {
    await client.connect();
    const states: ConnectionState[] = [];
    client.on("state", (s) => states.push(s));
    const disconnected = new Promise<void>((resolve) => client.on("state", (s) => s === "disconnected" && resolve()));
    const notice = next();

    gateway.send("sanction", { ...mute, kind: "ban", reason: "Cheating", until: "2026-12-02T18:00:00Z" });
    gateway.abort();

    expect((await notice).kind).toBe("ban");
    await disconnected;
    expect(states).toEqual(["disconnected"]);
    expect(gateway.negotiations).toHaveLength(1);
  });

  it("reconnects by itself when the server drops the connection without a kick or ban", async () => {
    await client.connect();
    const reconnecting = new Promise<void>((resolve) => client.on("state", (s) => s === "reconnecting" && resolve()));
    const reconnected = gateway.nextConnection();
    gateway.send("sanction", { ...mute, kind: "warn", until: null });
    gateway.abort();
    await reconnecting;
    await reconnected;
    expect(gateway.negotiations).toHaveLength(2);
  });
});

describe("GatehouseClient.reportUser", () => {
  let gateway: LoopbackGateway;
  let client: GatehouseClient;

  beforeEach(async () => {
    gateway = await LoopbackGateway.start();
    client = new GatehouseClient({ url: `${gateway.url}/`, accessToken: () => "fresh-token", trackActivity: false });
  });

  afterEach(async () => {
    await client.disconnect();
    await gateway.stop();
  });

  it("posts the report as the signed-in member with snake_case fields", async () => {
    const filed = await client.reportUser({ targetId: "u2", category: "harassment", description: "insults", evidence: ["https://example.test/1"] });
    expect(gateway.reports).toEqual([
      { body: { target_id: "u2", category: "harassment", description: "insults", evidence: ["https://example.test/1"] }, authorization: "Bearer fresh-token" },
    ]);
    expect(filed).toMatchObject({ id: "r1", target_id: "u2", severity: "high", status: "open", merged: false });
  });

  it("says when the report was merged into the member's open one", async () => {
    gateway.reportReply = (body) => ({ status: 200, body: { ...(body as object), id: "r1", severity: "high", status: "assigned", created_at: "x" } });
    expect((await client.reportUser({ targetId: "u2", category: "spam" })).merged).toBe(true);
    expect(gateway.reports[0]?.body).toEqual({ target_id: "u2", category: "spam", description: null, evidence: [] });
  });

  it("throws the server's refusal with the field that is wrong", async () => {
    gateway.reportReply = () => ({ status: 400, body: { type: "validation", title: "Invalid", detail: "category: unknown", errors: { category: ["unknown"] } } });
    const error = await client.reportUser({ targetId: "u2", category: "other" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "GatehouseApiError", status: 400, message: "category: unknown", problem: { errors: { category: ["unknown"] } } });
  });
});
