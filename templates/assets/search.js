// Boomerang site search: plain JavaScript, no libraries, run only by search.html.
// It loads search-index.js with a <script> element (fetch() is refused for file:// pages,
// and the handbook is meant to open from disk too), then filters it as the reader types.
// Without JavaScript the page still links to the full customer and playbook lists.
(function () {
  'use strict';
  var box = document.getElementById('search');
  if (!box) return;
  var lang = box.getAttribute('data-lang') || 'en';
  var root = box.getAttribute('data-root') || '';
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var LIMIT = 50;
  var index = null;
  var timer = 0;
  var numbers = new Intl.NumberFormat(document.documentElement.lang || lang);

  document.getElementById('search-nojs').hidden = true;

  // The same steps as SearchText.normalize in Swift (see Sources/BoomerangKit/Site/SearchText.swift).
  var FOLD = { 'ё': 'е', 'ς': 'σ', 'ي': 'ی', 'ى': 'ی', 'ك': 'ک' };
  function lower(s) {
    try { return s.toLocaleLowerCase(lang); } catch (e) { return s.toLowerCase(); }
  }
  function norm(s) {
    s = s.normalize('NFKD').replace(/[\p{M}\u200c\u200d\u0640]/gu, '');
    s = lower(s).replace(/[ёςيىك\u0660-\u0669\u06f0-\u06f9]/g, function (c) {
      var code = c.charCodeAt(0);
      if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
      if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
      return FOLD[c];
    });
    return s.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  }

  function text(template, a, b) {
    return template.replace('{0}', a).replace('{1}', b === undefined ? '' : b);
  }
  function say(message) { status.textContent = message; }

  // Space-padded texts so whole words and word starts are found with indexOf.
  function pad(s) { return ' ' + s + ' '; }
  function prepare(data) {
    var i;
    for (i = 0; i < data.m.length; i++) data.m[i][1] = pad(data.m[i][1]);
    for (i = 0; i < data.c.length; i++) data.c[i][1] = pad(data.c[i][1]);
    for (i = 0; i < data.k.length; i++) data.k[i][5] = pad(data.k[i][5]);
    for (i = 0; i < data.p.length; i++) data.p[i][4] = pad(data.p[i][4]);
    return data;
  }

  // 3: a whole word, 2: the start of a word, 1: inside a word, 0: absent.
  function score(hay, token) {
    if (hay.indexOf(token.plain) < 0) return 0;
    if (hay.indexOf(token.word) >= 0) return 3;
    return hay.indexOf(token.start) >= 0 ? 2 : 1;
  }

  function find(query) {
    var tokens = norm(query).split(' ').filter(Boolean).map(function (t) {
      return { plain: t, start: ' ' + t, word: ' ' + t + ' ' };
    });
    if (!tokens.length) return null;
    var hits = [];
    var k = index.k, p = index.p, m = index.m, c = index.c;
    var i, j, total, best, e;
    for (i = 0; i < p.length; i++) {
      total = 0;
      for (j = 0; j < tokens.length; j++) {
        best = score(p[i][4], tokens[j]);
        if (!best) break;
        total += best;
      }
      if (j === tokens.length) hits.push({ s: total + 0.5, kind: 'p', i: i });
    }
    for (i = 0; i < k.length; i++) {
      e = k[i];
      total = 0;
      for (j = 0; j < tokens.length; j++) {
        best = score(e[5], tokens[j]);
        if (best < 3 && e[3] >= 0) best = Math.max(best, score(m[e[3]][1], tokens[j]));
        if (best < 3 && e[4] >= 0) best = Math.max(best, score(c[e[4]][1], tokens[j]));
        if (!best) break;
        total += best;
      }
      if (j === tokens.length) hits.push({ s: total, kind: 'k', i: i });
    }
    // Best score first; ties keep the index order (playbooks, then customers in file order).
    hits.sort(function (a, b) { return b.s - a.s || (a.kind === b.kind ? a.i - b.i : a.kind === 'p' ? -1 : 1); });
    return hits;
  }

  function item(hit) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    var kind = document.createElement('span');
    var details = document.createElement('span');
    var parts = [];
    kind.className = 'search-kind';
    details.className = 'muted';
    a.dir = 'auto';
    if (hit.kind === 'k') {
      var e = index.k[hit.i];
      a.href = root + 'customers/' + e[0] + '.html';
      a.textContent = e[1];
      kind.textContent = box.getAttribute('data-customer');
      parts = [e[6] || e[0], e[2], e[3] >= 0 ? index.m[e[3]][0] : '', e[4] >= 0 ? index.c[e[4]][0] : ''];
    } else {
      var pb = index.p[hit.i];
      a.href = root + pb[0];
      a.textContent = pb[1];
      a.lang = pb[3];
      kind.textContent = box.getAttribute('data-playbook');
      parts = [pb[2]];
    }
    // Each part isolated (like <bdi>), so Persian and Latin parts keep their order.
    parts.filter(Boolean).forEach(function (part, n) {
      var piece = document.createElement('bdi');
      piece.textContent = part;
      if (n > 0) details.appendChild(document.createTextNode(' · '));
      details.appendChild(piece);
    });
    li.appendChild(kind);
    li.appendChild(a);
    li.appendChild(details);
    return li;
  }

  function run() {
    var query = input.value;
    list.textContent = '';
    if (!index) return;
    var hits = find(query);
    if (!hits) { say(box.getAttribute('data-empty')); return; }
    if (!hits.length) { say(text(box.getAttribute('data-none'), query)); return; }
    var message = text(box.getAttribute('data-count'), numbers.format(hits.length), query);
    if (hits.length > LIMIT) message += ' ' + text(box.getAttribute('data-more'), numbers.format(LIMIT));
    say(message);
    var fragment = document.createDocumentFragment();
    for (var i = 0; i < hits.length && i < LIMIT; i++) fragment.appendChild(item(hits[i]));
    list.appendChild(fragment);
  }

  // Keeps ?q= in the address so a result page can be bookmarked or shared.
  function remember() {
    try {
      var url = new URL(window.location.href);
      if (input.value) url.searchParams.set('q', input.value); else url.searchParams.delete('q');
      window.history.replaceState(null, '', url.href);
    } catch (e) { /* file:// pages may refuse; the search still works */ }
  }

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { run(); remember(); }, 120);
  });
  input.form.addEventListener('submit', function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    run();
    remember();
  });

  var initial = new URLSearchParams(window.location.search).get('q') || '';
  input.value = initial;
  var nav = document.getElementById('nav-q');
  if (nav) nav.value = initial;

  // search-index.js calls this. The index and norm() stay reachable for the browser test
  // (scripts/check-browser.py compares norm() with the build's text) and the console.
  window.boomerangSearch = function (data) {
    index = prepare(data);
    window.boomerangSearch.index = index;
    run();
    if (!initial) input.focus();
  };
  window.boomerangSearch.norm = norm;
  say(box.getAttribute('data-loading'));
  var script = document.createElement('script');
  script.src = box.getAttribute('data-index');
  script.onerror = function () { say(box.getAttribute('data-failed')); };
  document.head.appendChild(script);
}());
