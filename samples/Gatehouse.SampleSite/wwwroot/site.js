// Gatehouse on the site's page: connect the signed-in user with a token from this site's back end.
import { GatehouseClient } from "/lib/gatehouse-sdk.js";

const $ = (selector) => document.querySelector(selector);
const section = $("#gatehouse");

async function connectionToken() {
  const response = await fetch("/gatehouse/token", { method: "POST" });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ?? "No Gatehouse token.");
  return body.token;
}

const gatehouse = new GatehouseClient({ url: section.dataset.url, accessToken: connectionToken });
gatehouse.on("state", (state) => ($("#state").textContent = state));
gatehouse.on("ready", (ready) => ($("#status").textContent = ready.presence.status));
gatehouse.on("presence", (presence) => ($("#status").textContent = presence.status));
gatehouse.onSanction((sanction) => {
  const notice = $("#sanction");
  notice.hidden = false;
  const until = sanction.until ? ` until ${new Date(sanction.until).toLocaleString()}` : "";
  notice.textContent = `You were ${sanction.kind === "ban" ? "banned" : sanction.kind === "kick" ? "kicked" : sanction.kind + "d"}${until}: ${sanction.reason}`;
});
gatehouse.on("error", (error) => console.warn("Gatehouse:", error.message));

for (const button of document.querySelectorAll("[data-status]"))
  button.addEventListener("click", () => gatehouse.setStatus(button.dataset.status));

gatehouse.connect();
