/*! Auto-height for embedded chapters and charts of "The week Treasuries wobbled". MIT License.
 * Paste after the iframe: <script src="https://<site>/embed.js" async></script>
 * Each embed page posts {type: "treasury-explainer:height", id, height} to its parent; this script sets the
 * height of the iframe that sent it. A message counts only when it comes from this script's own site, from
 * the window of an iframe on this page, and carries a height in range; anything else is ignored.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var flag = "treasuryExplainerEmbed";
  // Several snippets on one page load this script several times: one listener is enough.
  if (!script || !script.src || document.documentElement.hasAttribute("data-" + flag)) return;
  document.documentElement.setAttribute("data-" + flag, "");

  var origin = new URL(script.src).origin;
  var MAX_HEIGHT = 20000;

  function frames() {
    return Array.prototype.slice.call(document.getElementsByTagName("iframe"));
  }

  function fromThisSite(frame) {
    try {
      return new URL(frame.src, location.href).origin === origin;
    } catch {
      return false;
    }
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || typeof data !== "object") return;
    if (data.type !== "treasury-explainer:height" || typeof data.id !== "string" || data.id.length > 200)
      return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height) || height < 1 || height > MAX_HEIGHT) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow === event.source) {
        list[i].style.height = Math.ceil(height) + "px";
        return;
      }
    }
  });

  // Embeds that loaded before this script have already reported: ask them again.
  var list = frames();
  for (var i = 0; i < list.length; i++) {
    if (fromThisSite(list[i]) && list[i].contentWindow) {
      list[i].contentWindow.postMessage({ type: "treasury-explainer:request-height" }, origin);
    }
  }
})();
