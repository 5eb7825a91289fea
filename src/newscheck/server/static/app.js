// The workbench's little script: keyboard navigation of lists, and the submit page's job and progress.
(function () {
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll("li.row"));
  var at = -1;
  function move(step) {
    if (!rows.length) return;
    at = Math.max(0, Math.min(rows.length - 1, at + step));
    rows.forEach(function (r, i) { r.classList.toggle("current", i === at); });
    rows[at].focus();
    rows[at].scrollIntoView({block: "nearest"});
  }
  document.addEventListener("keydown", function (event) {
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select" || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "j") { move(1); event.preventDefault(); }
    else if (event.key === "k") { move(-1); event.preventDefault(); }
    else if (event.key === "Enter" && at >= 0) { var link = rows[at].querySelector("a"); if (link) link.click(); }
    else if (event.key === "/") { var search = document.getElementById("search"); if (search) { search.focus(); event.preventDefault(); } }
    else if (event.key === "s") { location.href = "/submit"; }
  });

  var form = document.getElementById("submit-form");
  if (!form) return;
  var files = document.getElementById("files"), drop = document.getElementById("drop"), chosen = document.getElementById("chosen");
  var picked = [];
  function show() {
    chosen.textContent = "";
    picked.forEach(function (f) { var li = document.createElement("li"); li.textContent = f.name + " (" + f.size + " bytes)"; chosen.appendChild(li); });
  }
  files.addEventListener("change", function () { picked = picked.concat(Array.prototype.slice.call(files.files)); show(); });
  ["dragenter", "dragover"].forEach(function (name) { drop.addEventListener(name, function (e) { e.preventDefault(); drop.classList.add("over"); }); });
  ["dragleave", "drop"].forEach(function (name) { drop.addEventListener(name, function (e) { e.preventDefault(); drop.classList.remove("over"); }); });
  drop.addEventListener("drop", function (e) { picked = picked.concat(Array.prototype.slice.call(e.dataTransfer.files)); show(); });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = document.getElementById("text").value.trim();
    var lines = text.split(/\n+/).map(function (l) { return l.trim(); }).filter(Boolean);
    var data = new FormData();
    if (lines.length && lines.every(function (l) { return /^https?:\/\//.test(l); })) lines.forEach(function (l) { data.append("urls", l); });
    else if (text) data.append("texts", text);
    picked.forEach(function (f) { data.append("files", f, f.name); });
    var status = document.getElementById("status"), bar = document.getElementById("bar"), results = document.getElementById("results");
    document.getElementById("job").hidden = false;
    results.textContent = "";
    status.textContent = "Sending…";
    document.getElementById("go").disabled = true;
    fetch("/api/jobs/upload", {method: "POST", body: data, credentials: "same-origin"})
      .then(function (r) { return r.json().then(function (body) { return {ok: r.ok, body: body}; }); })
      .then(function (answer) {
        if (!answer.ok) throw new Error(answer.body.error || "the server refused the submission");
        var job = answer.body;
        bar.max = Math.max(1, job.total);
        status.textContent = "Queued: " + job.total + " input(s)";
        var events = new EventSource("/api/jobs/" + job.id + "/events");
        function update(message) {
          var state = JSON.parse(message.data);
          bar.value = state.done;
          status.textContent = state.status === "running" ? "Analysing: " + state.done + " of " + state.total : state.status;
          return state;
        }
        events.addEventListener("progress", update);
        events.addEventListener("end", function (message) {
          var state = update(message);
          events.close();
          document.getElementById("go").disabled = false;
          bar.value = bar.max;
          var done = state.status === "done";
          status.textContent = done ? "Done: " + state.article_ids.length + " article(s) analysed" + (state.errors.length ? ", " + state.errors.length + " refused" : "") : "Job " + state.status + (state.message ? ": " + state.message : "");
          state.article_ids.forEach(function (id, n) {
            var li = document.createElement("li"); li.className = "row"; var a = document.createElement("a");
            a.href = "/articles/" + id; a.className = "headline"; a.textContent = "Article " + id; li.appendChild(a); results.appendChild(li);
            if (n < 20) fetch("/api/articles/" + id, {credentials: "same-origin"}).then(function (r) { return r.json(); })
              .then(function (article) { if (article.headline) a.textContent = article.headline; });
          });
          state.errors.forEach(function (e) { var li = document.createElement("li"); li.className = "row meta"; li.textContent = e.source + ": " + e.reason; results.appendChild(li); });
          rows = Array.prototype.slice.call(document.querySelectorAll("li.row"));
        });
        events.onerror = function () { if (events.readyState === 2) status.textContent = "Lost the connection to the job; reload to see the inbox."; };
      })
      .catch(function (error) { status.textContent = "Error: " + error.message; document.getElementById("go").disabled = false; });
  });
})();
