// The SDK example: everything a site needs, in plain JavaScript (no inline script: the
// server's Content-Security-Policy forbids it).
import { GatehouseClient } from "../dist/gatehouse-sdk.js";

const $ = (selector) => document.querySelector(selector);
let client;

function log(text) {
  const item = document.createElement("li");
  item.textContent = `${new Date().toLocaleTimeString()} ${text}`;
  $("#log").prepend(item);
}

function show(presence) {
  $("#status").textContent = presence.status;
  $("#message").textContent = presence.status_message ? `“${presence.status_message}”` : "";
  $("#activity").textContent = presence.activity ? `— ${presence.activity.type} ${presence.activity.name}` : "";
  $("#version").textContent = String(presence.version);
}

$("#sign-in").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  $("#sign-in-error").textContent = "";
  const response = await fetch("/api/v1/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: form.get("email"), password: form.get("password"), refresh_in_body: true }),
  });
  const body = await response.json();
  if (!response.ok) {
    $("#sign-in-error").textContent = body.detail ?? "Sign-in failed.";
    return;
  }

  client = new GatehouseClient({ url: "", accessToken: body.access_token, platform: form.get("platform") });
  window.dispatchEvent(new CustomEvent("gatehouse:signed-in", { detail: { accessToken: body.access_token } }));
  client.on("state", (state) => {
    $("#state").textContent = state;
    $("#state").className = `badge ${state}`;
    $("#transport").textContent = state === "connected" ? `(${client.transport ?? ""})` : "";
    log(`connection ${state}`);
  });
  client.on("presence", (presence) => {
    show(presence);
    log(`presence ${presence.status} v${presence.version}`);
  });
  client.on("error", (error) => log(`error: ${error.message}`));
  $("#sign-in").hidden = true;
  $("#live").hidden = false;
  await client.connect();
});

for (const button of document.querySelectorAll("[data-status]")) {
  button.addEventListener("click", () => client.setStatus(button.dataset.status).catch((e) => log(`error: ${e.message}`)));
}

$("#custom-status").addEventListener("submit", (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const minutes = Number(form.get("expires"));
  const expires = minutes ? new Date(Date.now() + minutes * 60_000) : null;
  const status = client.presence?.status === "offline" || !client.presence ? "online" : client.presence.status;
  client.setStatus(status, form.get("message") || null, expires).catch((e) => log(`error: ${e.message}`));
});

$("#activity-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  if (!form.get("name")) return;
  client.setActivity({ name: form.get("name"), type: form.get("type") }).catch((e) => log(`error: ${e.message}`));
});

$("#clear-activity").addEventListener("click", () => client.setActivity(null).catch((e) => log(`error: ${e.message}`)));
$("#disconnect").addEventListener("click", async () => {
  await client.disconnect();
  $("#sign-in").hidden = false;
  $("#live").hidden = true;
});
