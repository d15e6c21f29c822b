/* Search page: queries the Pagefind index of the page's own language.
   Pagefind chooses the index from <html lang>, so Bulgarian pages search
   Bulgarian pages only. The index is fetched in small chunks, and only on
   this page, never on a first visit to other pages. */
(function () {
  "use strict";
  var status = document.getElementById("search-page-status");
  var list = document.getElementById("search-page-results");
  var input = document.getElementById("search-page-input");
  if (!status || !list || !input) return;

  var config = JSON.parse(document.getElementById("__config").textContent);
  var root = new URL(config.base.replace(/\/?$/, "/"), window.location.href);
  var pagefind = null;
  var latest = 0;

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
  }

  function load() {
    if (!pagefind) {
      pagefind = import(root.href + "pagefind/pagefind.js").then(function (module) {
        return module.options({ baseUrl: root.pathname }).then(function () { return module; });
      });
    }
    return pagefind;
  }

  function render(query, results) {
    list.textContent = "";
    results.forEach(function (result) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = result.url;
      link.textContent = (result.meta && result.meta.title) || result.url;
      var excerpt = document.createElement("p");
      excerpt.innerHTML = result.excerpt; /* Pagefind escapes the text and adds <mark> */
      item.appendChild(link);
      item.appendChild(excerpt);
      list.appendChild(item);
    });
    var template = results.length ? status.dataset.count : status.dataset.none;
    status.textContent = fill(template, { count: results.length, query: query });
  }

  function run(query) {
    var ticket = ++latest;
    query = query.trim();
    if (!query) {
      list.textContent = "";
      status.textContent = "";
      return;
    }
    status.textContent = status.dataset.loading;
    load()
      .then(function (module) { return module.search(query); })
      .then(function (search) {
        return Promise.all(search.results.slice(0, 25).map(function (r) { return r.data(); }));
      })
      .then(function (results) { if (ticket === latest) render(query, results); })
      .catch(function (error) {
        status.textContent = String(error);
      });
  }

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value); }, 250);
  });
  input.form.addEventListener("submit", function (event) {
    event.preventDefault();
    var url = new URL(window.location.href);
    url.searchParams.set("q", input.value);
    window.history.replaceState(null, "", url);
    run(input.value);
  });

  var initial = new URLSearchParams(window.location.search).get("q") || "";
  input.value = initial;
  if (initial) run(initial);
  else input.focus();
})();

/* Language selector: keep the section. Clause sections have the same anchor in
   every language (#iso9001-8-5-1), so switching language lands on the same
   section, not only the same page. */
(function () {
  "use strict";
  document.querySelectorAll(".md-select__link[hreflang]").forEach(function (link) {
    link.addEventListener("click", function () {
      if (window.location.hash && link.href.indexOf("#") === -1) {
        link.href = link.href + window.location.hash;
      }
    });
  });
})();

/* Self-assessment checklists: each "- [ ]" item becomes a red/amber/green
   choice. Answers are kept in this browser only (localStorage), never sent. */
(function () {
  "use strict";
  var tool = document.querySelector(".self-assessment-tool");
  if (!tool) return;
  var items = document.querySelectorAll("article li.task-list-item");
  var key = "self-assessment:" + window.location.pathname;
  var levels = ["red", "amber", "green"];
  var answers = {};
  try { answers = JSON.parse(window.localStorage.getItem(key) || "{}"); } catch (e) { answers = {}; }

  var summary = document.createElement("p");
  summary.className = "self-assessment-tool__summary";
  summary.setAttribute("role", "status");
  var buttons = document.createElement("p");
  buttons.className = "self-assessment-tool__buttons";
  var clear = document.createElement("button");
  clear.type = "button";
  clear.className = "md-button";
  clear.textContent = tool.dataset.clear;
  var print = document.createElement("button");
  print.type = "button";
  print.className = "md-button md-button--primary";
  print.textContent = tool.dataset.print;
  buttons.appendChild(print);
  buttons.appendChild(clear);
  tool.appendChild(summary);
  tool.appendChild(buttons);

  function save() {
    try { window.localStorage.setItem(key, JSON.stringify(answers)); } catch (e) { /* private mode: keep in memory */ }
  }

  function update() {
    var counts = { red: 0, amber: 0, green: 0, none: 0 };
    for (var i = 0; i < items.length; i++) counts[answers[i] || "none"] += 1;
    summary.textContent = tool.dataset.summary.replace(/\{(\w+)\}/g, function (_, k) { return counts[k]; });
  }

  Array.prototype.forEach.call(items, function (item, index) {
    var control = item.querySelector(".task-list-control, input[type=checkbox]");
    if (control) control.remove();
    var text = item.textContent.trim();
    var group = document.createElement("fieldset");
    group.className = "traffic-light";
    var legend = document.createElement("legend");
    legend.className = "visually-hidden";
    legend.textContent = text.slice(0, 120);
    group.appendChild(legend);
    levels.forEach(function (level) {
      var id = "sa-" + index + "-" + level;
      var input = document.createElement("input");
      input.type = "radio";
      input.name = "sa-" + index;
      input.id = id;
      input.value = level;
      input.checked = answers[index] === level;
      input.addEventListener("change", function () { answers[index] = level; save(); update(); });
      var label = document.createElement("label");
      label.htmlFor = id;
      label.className = "traffic-light__" + level;
      label.textContent = tool.dataset[level];
      group.appendChild(input);
      group.appendChild(label);
    });
    item.appendChild(group);
  });

  clear.addEventListener("click", function () {
    answers = {};
    save();
    document.querySelectorAll(".traffic-light input").forEach(function (input) { input.checked = false; });
    update();
  });
  print.addEventListener("click", function () { window.print(); });
  update();
})();
