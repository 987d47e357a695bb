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

// Moderation notices: a mute shows until it is lifted or expires; a kick or ban ends the session
// (the SDK stops reconnecting), so the page goes back to sign-in, which says why and until when.
function showSanction(sanction) {
  const notice = $("#sanction");
  const until = sanction.until ? new Date(sanction.until).toLocaleString() : null;
  if (sanction.state !== "applied") {
    if (sanction.kind === "mute") notice.hidden = true;
    log(`${sanction.kind} ${sanction.state}`);
    return;
  }
  const texts = {
    warn: `You received a warning: ${sanction.reason}`,
    mute: `You are muted until ${until}: ${sanction.reason}. You cannot set a status message or an activity.`,
    kick: `You were disconnected by a moderator: ${sanction.reason}`,
    ban: until ? `You are banned until ${until}: ${sanction.reason}` : `You are banned: ${sanction.reason}`,
  };
  notice.textContent = texts[sanction.kind];
  notice.dataset.kind = sanction.kind;
  notice.hidden = false;
  log(`${sanction.kind} applied`);
  if (sanction.kind === "kick" || sanction.kind === "ban") {
    $("#live").hidden = true;
    $("#sign-in").hidden = false;
  }
}

function accepted() {
  $("#action-error").textContent = "";
}

function refused(error) {
  $("#action-error").textContent = error.message.replace(/^.*HubException: /, "");
  log(`error: ${error.message}`);
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
  client.onSanction(showSanction);
  $("#sign-in").hidden = true;
  $("#sanction").hidden = true;
  $("#action-error").textContent = "";
  $("#live").hidden = false;
  await client.connect();
});

for (const button of document.querySelectorAll("[data-status]")) {
  button.addEventListener("click", () => client.setStatus(button.dataset.status).then(accepted, refused));
}

$("#custom-status").addEventListener("submit", (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const minutes = Number(form.get("expires"));
  const expires = minutes ? new Date(Date.now() + minutes * 60_000) : null;
  const status = client.presence?.status === "offline" || !client.presence ? "online" : client.presence.status;
  client.setStatus(status, form.get("message") || null, expires).then(accepted, refused);
});

$("#activity-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  if (!form.get("name")) return;
  client.setActivity({ name: form.get("name"), type: form.get("type") }).then(accepted, refused);
});

$("#clear-activity").addEventListener("click", () => client.setActivity(null).then(accepted, refused));

$("#report").addEventListener("submit", async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const evidence = form.get("evidence") ? [form.get("evidence")] : [];
  try {
    const report = await client.reportUser({ targetId: form.get("target").trim(), category: form.get("category"), description: form.get("description"), evidence });
    $("#report-result").textContent = report.merged ? "Added to your open report on this member." : "Report sent to the moderators.";
    event.target.reset();
  } catch (error) {
    $("#report-result").textContent = error.message;
  }
});
$("#disconnect").addEventListener("click", async () => {
  await client.disconnect();
  $("#sign-in").hidden = false;
  $("#live").hidden = true;
});
