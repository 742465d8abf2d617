// Entity suggestions for the search box: as you type, the best-matching people, places and organisations fill the
// box's <datalist>, which the browser shows and lets you move through with the keyboard. Choosing one opens its
// page; typing a name in full, or tabbing past the box, does not (Enter searches). Without JavaScript the box still
// searches. The "/" key that reaches the box is in keys.js.
(() => {
  const input = document.getElementById("site-search");
  const list = document.getElementById("entity-suggestions");
  if (!input) return;

  if (!list) return;
  let pending;
  let latest = [];

  input.addEventListener("input", (event) => {
    // A suggestion picked from the list arrives as a replacement of the whole text (no inputType in some browsers).
    if (event.inputType === "insertReplacementText" || event.inputType === undefined) {
      const chosen = latest.find((s) => s.name === input.value);
      if (chosen) { window.location.assign(chosen.url); return; }
    }
    clearTimeout(pending);
    const q = input.value.trim();
    if (q.length < 2) { list.replaceChildren(); latest = []; return; }
    pending = setTimeout(async () => {
      try {
        const response = await fetch(`/api/entities?q=${encodeURIComponent(q)}`, { headers: { Accept: "application/json" } });
        if (!response.ok) return;
        latest = await response.json();
        list.replaceChildren(...latest.map((s) => {
          const option = document.createElement("option");
          option.value = s.name;
          option.label = `${s.kind} · ${s.articles} article${s.articles === 1 ? "" : "s"}`;
          return option;
        }));
      } catch {
        // Suggestions are a convenience: a failed fetch leaves plain search working.
      }
    }, 150);
  });

})();
