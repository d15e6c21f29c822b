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
