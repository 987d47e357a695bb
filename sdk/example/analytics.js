// The analytics part of the SDK example: consent, track(), optional page views.
import { AnalyticsTracker } from "../dist/gatehouse-sdk.js";

const $ = (selector) => document.querySelector(selector);
let tracker;

function refresh() {
  $("#consent-state").textContent = tracker.hasConsent ? "given (events are sent)" : "not given (nothing is sent)";
  $("#queued").textContent = String(tracker.pending);
}

window.addEventListener("gatehouse:signed-in", async (event) => {
  tracker = new AnalyticsTracker({ url: "", accessToken: event.detail.accessToken, clientVersion: "example-1.0", requireConsent: true });
  await tracker.loadConsent();
  $("#analytics").hidden = false;
  refresh();
});

$("#consent-give").addEventListener("click", async () => {
  await tracker.setConsent(true);
  refresh();
});

$("#consent-withdraw").addEventListener("click", async () => {
  await tracker.setConsent(false);
  refresh();
});

$("#track-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  tracker.track(String(form.get("name")), { label: String(form.get("label")) });
  refresh();
});

$("#page-views").addEventListener("change", (event) => {
  if (event.target.checked) tracker.enablePageViews();
  refresh();
});

$("#flush").addEventListener("click", async () => {
  await tracker.flush();
  refresh();
});
