// Eventline web page: timeline, filters, event detail, live updates over SSE, article submission.
// Vanilla JS on purpose: no build step, no CDN. All text from the API is inserted with textContent, never as HTML.
(function () {
  'use strict';

  const TYPES = ['ATTACK', 'AIRSTRIKE', 'RAID', 'ARREST', 'TREATY_INVOCATION', 'PLEDGE_OF_SUPPORT', 'MEETING',
    'DECLARATION', 'MILITARY_DEPLOYMENT', 'LEGISLATIVE_ACTION', 'CLAIM_OF_RESPONSIBILITY'];
  const FILTERS = ['type', 'location', 'actor', 'q', 'from', 'to'];
  const PAGE = 100;
  const KEY_STORAGE = 'eventline.apiKey';

  const $ = (sel) => document.querySelector(sel);
  const timelineEl = $('#timeline');
  // liveSeen: what the stream said since it connected (null = merged away); it is laid over every fresh page so
  // that a change arriving between the timeline request and its answer is not lost.
  const state = { events: new Map(), liveSeen: new Map(), nextCursor: null, source: null, selected: null };

  const stamp = (ev) => (ev && ev.updatedAt ? Date.parse(ev.updatedAt) || 0 : 0);

  // ---------- formatting ----------
  const typeLabel = (t) => t ? t.charAt(0) + t.slice(1).toLowerCase().replace(/_/g, ' ') : 'Event';
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

  function parseDate(iso) {
    if (!iso) return null;
    const [y, m, d] = iso.split('-').map(Number);
    return { y, m, d, dow: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
  }

  function formatDate(ev) {
    const a = parseDate(ev.date);
    if (!a || ev.datePrecision === 'UNKNOWN') return 'Undated';
    const b = parseDate(ev.dateEnd);
    switch (ev.datePrecision) {
      case 'YEAR': return String(a.y);
      case 'MONTH': return MONTHS[a.m - 1] + ' ' + a.y;
      case 'WEEK':
      case 'RANGE':
        if (b && (b.y !== a.y || b.m !== a.m || b.d !== a.d)) {
          if (a.y === b.y && a.m === b.m) return a.d + '–' + b.d + ' ' + MONTHS[a.m - 1] + ' ' + a.y;
          if (a.y === b.y) return a.d + ' ' + MONTHS[a.m - 1] + ' – ' + b.d + ' ' + MONTHS[b.m - 1] + ' ' + a.y;
          return a.d + ' ' + MONTHS[a.m - 1] + ' ' + a.y + ' – ' + b.d + ' ' + MONTHS[b.m - 1] + ' ' + b.y;
        }
        return a.d + ' ' + MONTHS[a.m - 1] + ' ' + a.y;
      default:
        return DAYS[a.dow] + ' ' + a.d + ' ' + MONTHS[a.m - 1] + ' ' + a.y;
    }
  }

  // Timeline order: dated events by date (then end date, then title), undated last.
  function compareEvents(x, y) {
    if (!x.date && !y.date) return (x.title || '').localeCompare(y.title || '');
    if (!x.date) return 1;
    if (!y.date) return -1;
    if (x.date !== y.date) return x.date < y.date ? -1 : 1;
    const xe = x.dateEnd || x.date, ye = y.dateEnd || y.date;
    if (xe !== ye) return xe < ye ? -1 : 1;
    return (x.title || '').localeCompare(y.title || '');
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  // ---------- filters ----------
  function currentFilters() {
    const params = new URLSearchParams();
    FILTERS.forEach((name) => {
      const v = $('#filter-' + name).value.trim();
      if (v) params.set(name, v);
    });
    return params;
  }

  function filtersFromUrl() {
    const params = new URLSearchParams(location.search);
    FILTERS.forEach((name) => { if (params.has(name)) $('#filter-' + name).value = params.get(name); });
  }

  function updateExportLinks(params) {
    const qs = params.toString() ? '?' + params.toString() : '';
    $('#export-csv').href = '/api/timeline.csv' + qs;
    $('#export-ics').href = '/api/timeline.ics' + qs;
    $('#export-timelinejs').href = '/api/timeline/timelinejs' + qs;
  }

  // ---------- timeline ----------
  async function api(url, options) {
    const res = await fetch(url, Object.assign({ headers: { Accept: 'application/json' } }, options));
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (!res.ok) {
      const msg = body && body.message ? body.message : res.status + ' ' + res.statusText;
      const err = new Error(msg);
      err.status = res.status;
      err.body = body;
      throw err;
    }
    return body;
  }

  async function loadTimeline(append) {
    const params = currentFilters();
    params.set('limit', String(PAGE));
    if (append && state.nextCursor) params.set('cursor', state.nextCursor);
    timelineEl.setAttribute('aria-busy', 'true');
    $('#timeline-error').hidden = true;
    try {
      const page = await api('/api/timeline?' + params.toString());
      if (!append) state.events.clear();
      (page.events || []).forEach((ev) => {
        const live = state.liveSeen.get(ev.id);
        if (live === null) return;
        state.events.set(ev.id, live && stamp(live) >= stamp(ev) ? live : ev);
      });
      if (!append) {
        state.liveSeen.forEach((ev, id) => { if (ev && !state.events.has(id)) state.events.set(id, ev); });
      }
      state.nextCursor = page.nextCursor || null;
      render();
    } catch (e) {
      $('#timeline-error').textContent = 'Could not load the timeline: ' + e.message;
      $('#timeline-error').hidden = false;
    } finally {
      timelineEl.setAttribute('aria-busy', 'false');
    }
  }

  function render(highlightId) {
    const events = Array.from(state.events.values()).sort(compareEvents);
    // keep keyboard focus on the same event across re-renders
    const focused = document.activeElement && document.activeElement.closest
      ? document.activeElement.closest('#timeline .event') : null;
    const focusedId = focused ? focused.dataset.id : null;
    timelineEl.replaceChildren(...events.map((ev) => eventItem(ev, ev.id === highlightId)));
    if (focusedId) {
      const again = timelineEl.querySelector('.event[data-id="' + CSS.escape(focusedId) + '"] .event-open');
      if (again) again.focus({ preventScroll: true });
    }
    if (events.length === 0) {
      const empty = el('li', 'empty', 'No events match these filters yet.');
      timelineEl.append(empty);
    }
    $('#event-count').textContent = events.length + (events.length === 1 ? ' event' : ' events')
      + (state.nextCursor ? '+' : '');
    $('#load-more').hidden = !state.nextCursor;
  }

  function eventItem(ev, isNew) {
    const li = el('li', 'event' + (isNew ? ' event--new' : '') + (state.selected === ev.id ? ' event--selected' : ''));
    li.dataset.id = ev.id;
    li.dataset.type = ev.type || '';
    const button = el('button', 'event-open');
    button.type = 'button';
    button.setAttribute('aria-controls', 'event-detail');
    const time = el('time', 'event-date', formatDate(ev));
    if (ev.date) time.dateTime = ev.date;
    const body = el('div', 'event-body');
    const head = el('div', 'event-head');
    head.append(el('span', 'badge badge-' + (ev.type || 'EVENT').toLowerCase(), typeLabel(ev.type)));
    if (ev.status === 'PLANNED') head.append(el('span', 'badge badge-planned', 'planned'));
    head.append(el('span', 'event-title', ev.title));
    body.append(head);
    const meta = el('div', 'event-meta');
    const labelled = (cls, label, values) => {
      const span = el('span', cls);
      span.append(el('span', 'meta-label', label), document.createTextNode(' ' + values.join(', ')));
      return span;
    };
    if (ev.locations && ev.locations.length) meta.append(labelled('meta-places', 'Where', ev.locations));
    if (ev.actors && ev.actors.length) meta.append(labelled('meta-actors', 'Who', ev.actors));
    const n = ev.sourceCount || (ev.sources ? ev.sources.length : 0);
    meta.append(el('span', 'meta-sources', n + (n === 1 ? ' source' : ' sources')));
    body.append(meta);
    button.append(time, body);
    button.addEventListener('click', () => showDetail(ev.id));
    li.append(button);
    return li;
  }

  // ---------- detail ----------
  async function showDetail(id) {
    state.selected = id;
    document.querySelectorAll('.event--selected').forEach((n) => n.classList.remove('event--selected'));
    const item = timelineEl.querySelector('.event[data-id="' + CSS.escape(id) + '"]');
    if (item) item.classList.add('event--selected');
    const panel = $('#event-detail');
    // show what the timeline already has at once, then the authoritative version with all sources
    const cached = state.events.get(id);
    if (cached) {
      renderDetail(panel, cached);
    } else {
      const h = el('h2', null, 'Event');
      h.id = 'detail-heading';
      panel.replaceChildren(h, el('p', 'hint', 'Loading…'));
    }
    try {
      const ev = await api('/api/events/' + encodeURIComponent(id));
      if (state.selected === id) renderDetail(panel, ev);
    } catch (e) {
      if (!cached || (e.body && e.body.error === 'merged')) {
        const h = el('h2', null, 'Event');
        h.id = 'detail-heading';
        panel.replaceChildren(h, el('p', 'error', e.body && e.body.error === 'merged'
          ? 'This event was merged into another one: ' + e.message : 'Could not load the event: ' + e.message));
      }
    }
    panel.focus({ preventScroll: false });
    if (window.matchMedia('(max-width: 959px)').matches) panel.scrollIntoView({ behavior: 'smooth' });
  }

  function renderDetail(panel, ev) {
    const h = el('h2', null, ev.title);
    h.id = 'detail-heading';
    const facts = el('dl', 'facts');
    const add = (k, v) => { if (v) { facts.append(el('dt', null, k), el('dd', null, v)); } };
    add('When', formatDate(ev) + (ev.datePrecision && ev.datePrecision !== 'DAY' && ev.datePrecision !== 'UNKNOWN'
      ? ' (' + ev.datePrecision.toLowerCase() + ')' : ''));
    add('Type', typeLabel(ev.type) + (ev.status === 'PLANNED' ? ' — planned' : ''));
    add('Where', (ev.locations || []).join(', '));
    add('Who', (ev.actors || []).join(', '));
    add('Figures', (ev.quantities || []).map((q) => q.value + ' ' + q.unit).join(', '));
    if (typeof ev.confidence === 'number') add('Confidence', Math.round(ev.confidence * 100) + ' %');
    if (ev.alternativeDates && ev.alternativeDates.length) {
      add('Other reported dates', ev.alternativeDates.map((a) => formatDate(a) + ' (' + a.sourceCount + ')').join(', '));
    }
    const sources = el('ol', 'sources');
    (ev.sources || []).forEach((s) => {
      const li = el('li', 'source');
      const head = el('div', 'source-head');
      const name = s.title || s.source || s.articleId;
      if (s.url && /^https?:\/\//i.test(s.url)) {
        const a = el('a', null, name);
        a.href = s.url;
        a.rel = 'noopener noreferrer';
        a.target = '_blank';
        head.append(a);
      } else {
        head.append(el('span', null, name));
      }
      const byline = [s.source, s.publishedAt].filter(Boolean).join(' · ');
      if (byline) head.append(el('span', 'source-byline', byline));
      li.append(head);
      if (s.sentence) li.append(el('blockquote', 'evidence', s.sentence));
      sources.append(li);
    });
    panel.replaceChildren(h, facts, el('h3', null, 'Sources (' + (ev.sources || []).length + ')'), sources);
  }

  // ---------- live updates ----------
  function setLive(stateName, text) {
    const s = $('#live-status');
    s.dataset.state = stateName;
    s.textContent = text;
  }

  function connectStream() {
    if (state.source) state.source.close();
    const params = currentFilters();
    state.liveSeen = new Map();
    const src = new EventSource('/api/stream' + (params.toString() ? '?' + params.toString() : ''));
    state.source = src;
    setLive('connecting', 'Connecting…');
    src.onopen = () => setLive('live', 'Live');
    src.onerror = () => setLive(src.readyState === EventSource.CLOSED ? 'offline' : 'connecting',
      src.readyState === EventSource.CLOSED ? 'Offline' : 'Reconnecting…');
    const onChange = (msg) => {
      let change;
      try { change = JSON.parse(msg.data); } catch (e) { return; }
      (change.mergedEventIds || []).forEach((id) => { state.events.delete(id); state.liveSeen.set(id, null); });
      if (change.event) {
        const known = state.events.get(change.event.id);
        // a replayed or late change must not roll an event back to an older version
        if (!known || stamp(change.event) >= stamp(known)) state.events.set(change.event.id, change.event);
        state.liveSeen.set(change.event.id, state.events.get(change.event.id));
      }
      render(change.event ? change.event.id : null);
      if (state.selected && change.event && state.selected === change.event.id) showDetail(change.event.id);
    };
    ['created', 'updated', 'merged'].forEach((name) => src.addEventListener(name, onChange));
    // the gateway could not replay what we missed: start again from the timeline itself
    src.addEventListener('resync', () => loadTimeline(false));
  }

  // ---------- submission ----------
  async function submitArticle(evt) {
    evt.preventDefault();
    const result = $('#article-result');
    const key = $('#api-key').value.trim();
    if (key) localStorage.setItem(KEY_STORAGE, key); else localStorage.removeItem(KEY_STORAGE);
    const payload = {};
    payload[$('#article-format').value === 'html' ? 'html' : 'text'] = $('#article-body').value;
    ['title', 'source', 'url', 'published'].forEach((f) => {
      const v = $('#article-' + f).value.trim();
      if (v) payload[f === 'published' ? 'publishedAt' : f] = v;
    });
    result.className = 'result';
    result.textContent = 'Sending…';
    delete result.dataset.articleId;
    $('#article-submit').disabled = true;
    try {
      const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
      if (key) headers['X-API-Key'] = key;
      const accepted = await api('/api/articles', { method: 'POST', headers, body: JSON.stringify(payload) });
      result.className = 'result ok';
      result.dataset.articleId = accepted.id;
      result.textContent = 'Accepted as ' + accepted.id + '. Its events will appear on the timeline.';
      $('#article-body').value = '';
      followArticle(accepted.id);
    } catch (e) {
      result.className = 'result error';
      result.textContent = (e.status === 401 || e.status === 403 ? 'API key problem: ' : 'Not accepted: ') + e.message;
    } finally {
      $('#article-submit').disabled = false;
    }
  }

  // Shows the processing outcome of a submitted article for a short while (the events come in over SSE anyway).
  async function followArticle(id) {
    const result = $('#article-result');
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, 1500));
      if (result.dataset.articleId !== id) return;
      try {
        const a = await api('/api/articles/' + encodeURIComponent(id));
        if (a.status === 'PROCESSED') {
          const n = (a.eventIds || []).length;
          result.textContent = 'Article ' + id + ' processed: ' + n + (n === 1 ? ' event.' : ' events.');
          return;
        }
        if (a.status === 'FAILED') {
          result.className = 'result error';
          result.textContent = 'Article ' + id + ' could not be processed' + (a.error ? ': ' + a.error : '.');
          return;
        }
      } catch (e) { /* not known yet */ }
    }
  }

  // ---------- start ----------
  function init() {
    const select = $('#filter-type');
    TYPES.forEach((t) => { const o = el('option', null, typeLabel(t)); o.value = t; select.append(o); });
    filtersFromUrl();
    const stored = localStorage.getItem(KEY_STORAGE);
    if (stored) $('#api-key').value = stored;

    const apply = () => {
      const params = currentFilters();
      history.replaceState(null, '', params.toString() ? '?' + params.toString() : location.pathname);
      updateExportLinks(params);
      state.nextCursor = null;
      // stream first, then the snapshot: nothing that happens in between is lost
      connectStream();
      loadTimeline(false);
    };
    $('#filter-form').addEventListener('submit', (e) => { e.preventDefault(); apply(); });
    $('#filter-form').addEventListener('reset', () => setTimeout(apply, 0));
    $('#filter-type').addEventListener('change', apply);
    $('#load-more').addEventListener('click', () => loadTimeline(true));
    $('#article-form').addEventListener('submit', submitArticle);
    apply();
  }

  init();
})();
