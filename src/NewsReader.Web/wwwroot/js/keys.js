// Reading shortcuts, as news readers and mail clients have them: / goes to the search box, j and k move to the next
// and previous item of the page's list (articles, results, reports, related articles), o opens it, c ticks it for
// comparison, ? lists the keys. None acts in a field or with Ctrl, Alt or Meta held, so typing is never taken over;
// without JavaScript every one of these is a link or a checkbox the Tab key reaches.
(() => {
  const items = () => [...document.querySelectorAll("[data-keys-list] > li")];
  let current = -1;

  function select(index) {
    const all = items();
    if (all.length === 0) return false;
    current = Math.max(0, Math.min(all.length - 1, index));
    all.forEach((item, i) => item.classList.toggle("keys-current", i === current));
    const item = all[current];
    (item.querySelector("a[href]") ?? item).focus();
    return true;
  }

  // Tabbing or clicking into an item makes it the current one, so j and k go on from where the reader is.
  document.addEventListener("focusin", (event) => {
    const item = event.target instanceof Element ? event.target.closest("[data-keys-list] > li") : null;
    if (!item) return;
    current = items().indexOf(item);
    items().forEach((other) => other.classList.toggle("keys-current", other === item));
  });

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target;
    if (target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
    const item = items()[current];
    let handled = false;
    switch (event.key) {
      case "/": {
        const search = document.getElementById("site-search");
        if (search) { search.focus(); search.select(); handled = true; }
        break;
      }
      case "j": handled = select(current + 1); break;
      case "k": handled = select(current < 0 ? 0 : current - 1); break;
      case "o": {
        const link = item?.querySelector("a[href]");
        if (link) { link.click(); handled = true; }
        break;
      }
      case "c": {
        const box = item?.querySelector("input[type=checkbox]");
        if (box) { box.click(); handled = true; }
        break;
      }
      case "?": {
        const help = document.getElementById("keys-help");
        if (help) { if (help.open) help.close(); else help.showModal(); handled = true; }
        break;
      }
    }
    if (handled) event.preventDefault();
  });
})();
