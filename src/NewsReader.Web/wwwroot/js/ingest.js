// Sends a batch one file or URL at a time, so a long batch shows its progress and each result as it lands.
// Without this script the form posts everything at once and the page lists the results when all are done.
(() => {
  const form = document.getElementById("ingest-form");
  if (!form || !window.fetch || !window.FormData) {
    return;
  }

  const results = document.getElementById("ingest-results");
  const list = document.getElementById("ingest-list");
  const progress = document.getElementById("ingest-progress");
  const bar = document.getElementById("ingest-bar");
  const token = form.querySelector("input[name='__RequestVerificationToken']").value;

  const addResult = (item) => {
    const li = document.createElement("li");
    li.className = "result-" + item.status;
    const status = document.createElement("span");
    status.className = "status";
    status.textContent = item.status;
    li.append(status, " ");
    const source = document.createElement(item.articleUrl ? "a" : "span");
    source.textContent = item.source;
    if (item.articleUrl) {
      source.href = item.articleUrl;
    } else {
      source.className = "source";
    }
    li.append(source);
    if (item.reason) {
      const reason = document.createElement("span");
      reason.className = "reason";
      reason.textContent = item.reason;
      li.append(" ", reason);
    }
    list.append(li);
  };

  form.addEventListener("submit", async (event) => {
    const files = Array.from(form.querySelector("input[type=file]").files);
    const urls = form.querySelector("textarea").value.split("\n").map((u) => u.trim()).filter((u) => u.length > 0);
    const followLinks = form.querySelector("input[name='FollowLinks']").checked;
    const items = files.map((file) => ({ file, label: file.name })).concat(urls.map((url) => ({ url, label: url })));
    if (items.length === 0) {
      return;
    }

    event.preventDefault();
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    list.replaceChildren();
    results.hidden = false;
    results.setAttribute("aria-busy", "true");
    bar.hidden = false;
    bar.max = items.length;
    const counts = { added: 0, duplicate: 0, failed: 0 };
    for (let i = 0; i < items.length; i++) {
      progress.textContent = `Adding ${i + 1} of ${items.length}: ${items[i].label}`;
      const body = new FormData();
      if (items[i].file) {
        body.append("Files", items[i].file, items[i].file.name);
      } else {
        body.append("Urls", items[i].url);
      }
      body.append("FollowLinks", followLinks ? "true" : "false");
      try {
        const response = await fetch(form.dataset.itemUrl, { method: "POST", body, headers: { RequestVerificationToken: token }, credentials: "same-origin" });
        if (!response.ok) {
          const reason = response.status === 429 ? "too many requests: wait a minute and try again"
            : response.status === 413 ? "too large to upload"
            : `the server answered ${response.status}`;
          addResult({ status: "failed", source: items[i].label, reason });
          counts.failed++;
        } else {
          for (const item of (await response.json()).items) {
            addResult(item);
            counts[item.status] = (counts[item.status] || 0) + 1;
          }
        }
      } catch (error) {
        addResult({ status: "failed", source: items[i].label, reason: "could not reach the server" });
        counts.failed++;
      }
      bar.value = i + 1;
    }
    const total = counts.added + counts.duplicate + counts.failed;
    progress.textContent = `${total} articles: ${counts.added} added, ${counts.duplicate} duplicate, ${counts.failed} failed`;
    results.setAttribute("aria-busy", "false");
    button.disabled = false;
  });
})();
