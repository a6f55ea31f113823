// Strikewatch web map: loads every incident in one lean answer (GET /api/map/incidents), filters
// them in the browser, draws a clustered Leaflet map over the project's own outlines, a timeline, a
// table and the claims panel; details and sources come from /api/incidents/{id} on click.
// Report text is untrusted: data only ever reaches the page through textContent and attributes.
(function () {
  'use strict';

  var MESSAGES = window.STRIKEWATCH_MESSAGES;
  var WEAPONS = ['aerial_bomb', 'guided_bomb', 'missile', 'rocket', 'artillery', 'mortar', 'drone',
    'cluster', 'unknown'];
  var ACTOR_COLOURS = { RU: '#c62828', UA: '#1565c0' };
  var OTHER_COLOUR = '#7b1fa2';
  var UNKNOWN_COLOUR = '#616161';
  var CELL_PX = 48;
  var SPREAD_ZOOM = 10; // from this zoom, incidents at (nearly) one spot fan out instead of clustering
  var SPREAD_CELL_PX = 20;
  var SPREAD_MAX = 60;
  var PAGE = 1000;
  var CHUNK = 2500; // listing rows turned into incidents between two yields to the browser
  var TABLE_PAGE = 500;
  var DAY_MS = 86400000;

  // ---------------------------------------------------------------- state
  var state = {
    lang: 'en',
    view: 'map',
    gran: 'day',
    q: '',
    from: '',
    to: '',
    weapons: [],
    by: '',
    own: false,
    country: '',
    admin1: '',
    selected: '',
    mapView: null // {z, lat, lon} from the URL until the user moves the map
  };
  var all = [];
  var byId = new Map();
  var shown = [];
  var map = null;
  var markerLayer = null;
  var tileLayer = null;
  var outlineLayer = null;
  var tableSort = { key: 'date', dir: -1 };
  var tableLimit = TABLE_PAGE;
  var claimsLoaded = false;
  var detailToken = 0;
  var holdMarkers = false; // while the first view is being set up, markers are drawn once at the end

  // ---------------------------------------------------------------- helpers
  function $(id) { return document.getElementById(id); }

  function t(key) {
    var table = MESSAGES[state.lang] || MESSAGES.en;
    var text = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : MESSAGES.en[key];
    if (text === undefined) { text = key; }
    var args = Array.prototype.slice.call(arguments, 1);
    return text.replace(/\{(\d+)\}/g, function (m, i) {
      return args[i] === undefined ? m : String(args[i]);
    });
  }

  /** Creates an element; string children become text nodes, never markup. */
  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) { return; }
        if (k === 'text') { node.textContent = v; }
        else if (k === 'className') { node.className = v; }
        else if (k.indexOf('on') === 0) { node.addEventListener(k.substring(2), v); }
        else { node.setAttribute(k, v === true ? '' : String(v)); }
      });
    }
    for (var i = 2; i < arguments.length; i++) { append(node, arguments[i]); }
    return node;
  }

  function append(node, child) {
    if (child === null || child === undefined || child === false) { return; }
    if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
    node.appendChild(typeof child === 'string' || typeof child === 'number'
      ? document.createTextNode(String(child)) : child);
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  function svg(tag, attrs) {
    var node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  /** Only http(s) links are followed; anything else (javascript:, data:) stays text. */
  function safeUrl(url) {
    if (typeof url !== 'string' || !url.trim()) { return null; }
    try {
      var u = new URL(url.trim());
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  function dayNumber(iso) {
    if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(iso)) { return null; }
    var ms = Date.UTC(+iso.substring(0, 4), +iso.substring(5, 7) - 1, +iso.substring(8, 10));
    return isNaN(ms) ? null : Math.round(ms / DAY_MS);
  }

  function isoDay(n) { return new Date(n * DAY_MS).toISOString().substring(0, 10); }

  function weekStart(n) { return n - ((n + 3) % 7); }

  function best(est) {
    if (!est) { return 0; }
    if (typeof est.best === 'number') { return est.best; }
    if (typeof est.low === 'number') { return est.low; }
    return 0;
  }

  function actorColour(code) {
    if (!code) { return UNKNOWN_COLOUR; }
    return ACTOR_COLOURS[code] || OTHER_COLOUR;
  }

  function countryName(code) {
    if (!code) { return t('unknown'); }
    var key = 'country_' + code;
    var name = t(key);
    return name === key ? code : name;
  }

  function weaponName(w) { return t('weapon_' + w); }

  async function getJson(url, plain) {
    // plain: no extra headers, so the request matches the page's <link rel="preload">
    var response = await fetch(url, plain ? undefined : { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      var reason = response.status + ' ' + response.statusText;
      try {
        var body = await response.json();
        if (body && (body.message || body.title || body.error)) {
          reason = body.message || body.title || body.error;
        }
      } catch (e) { /* not JSON */ }
      var err = new Error(reason);
      err.status = response.status;
      throw err;
    }
    return response.json();
  }

  // ---------------------------------------------------------------- API adapter
  var api = {
    /**
     * Every incident in one lean answer: {fields: [...], rows: [[...], ...], count}. The page's
     * head preloads it, so the request is usually under way before this script runs.
     */
    incidents: function () { return getJson('/api/map/incidents', true); },
    /** Ids of the incidents whose place, weapon words or source reports contain {@code text}. */
    textIds: async function (text) {
      var ids = [];
      var cursor = null;
      for (var guard = 0; guard < 1000; guard++) {
        var page = await getJson('/api/incidents?limit=' + PAGE + '&text=' + encodeURIComponent(text) +
          (cursor ? '&cursor=' + encodeURIComponent(cursor) : ''));
        (page.items || []).forEach(function (i) { ids.push(String(i.id)); });
        cursor = page.nextCursor || null;
        if (!cursor) { break; }
      }
      return ids;
    },
    incident: function (id) { return getJson('/api/incidents/' + encodeURIComponent(id)); },
    report: function (id) { return getJson('/api/reports/' + encodeURIComponent(id)); },
    claims: function () { return getJson('/api/claims'); },
    outlines: function () { return getJson('/api/outlines', true); }
  };

  /** Column positions of the lean listing, by field name. */
  function columns(fields) {
    var ix = {};
    fields.forEach(function (f, i) { ix[f] = i; });
    ['id', 'lat', 'lon', 'start', 'end', 'timePrecision', 'place', 'placePrecision', 'country', 'admin1',
      'weapons', 'launchedBy', 'ownTerritory', 'killed', 'injured', 'sources'].forEach(function (f) {
      if (ix[f] === undefined) { throw new Error('listing lacks the field ' + f); }
    });
    return ix;
  }

  /** Turns one row of the lean listing into what the page filters and draws. */
  function fromRow(r, ix) {
    var lat = r[ix.lat], lon = r[ix.lon];
    var start = r[ix.start] || null;
    var inc = {
      id: String(r[ix.id]),
      start: start,
      end: r[ix.end] || start,
      timePrecision: r[ix.timePrecision] || null,
      lat: typeof lat === 'number' && typeof lon === 'number' ? lat : null,
      lon: typeof lat === 'number' && typeof lon === 'number' ? lon : null,
      name: r[ix.place] || '',
      placePrecision: r[ix.placePrecision] || null,
      country: r[ix.country] || '',
      admin1: r[ix.admin1] || '',
      weapons: Array.isArray(r[ix.weapons]) ? r[ix.weapons] : [],
      by: r[ix.launchedBy] || '',
      ownTerritory: r[ix.ownTerritory],
      own: r[ix.ownTerritory] === true,
      killed: typeof r[ix.killed] === 'number' ? r[ix.killed] : 0,
      injured: typeof r[ix.injured] === 'number' ? r[ix.injured] : 0,
      sourceCount: typeof r[ix.sources] === 'number' ? r[ix.sources] : 0,
      search: null // built on the first text search
    };
    inc.startDay = dayNumber(inc.start);
    inc.endDay = dayNumber(inc.end);
    if (inc.endDay === null) { inc.endDay = inc.startDay; }
    inc.casualties = inc.killed + inc.injured;
    return inc;
  }

  /**
   * Every row of the listing as an incident, CHUNK rows at a time with a yield to the browser in
   * between, so the page keeps answering input while a large listing is read.
   */
  async function fromListing(listing) {
    var rows = Array.isArray(listing.rows) ? listing.rows : [];
    var ix = columns(listing.fields || []);
    var out = new Array(rows.length);
    for (var from = 0; from < rows.length; from += CHUNK) {
      if (from > 0) { await nextTask(); }
      var to = Math.min(rows.length, from + CHUNK);
      for (var i = from; i < to; i++) { out[i] = fromRow(rows[i], ix); }
    }
    return out;
  }

  /** Resolves in a new task (after pending input and rendering), without setTimeout's clamping. */
  function nextTask() {
    return new Promise(function (resolve) {
      var channel = new MessageChannel();
      channel.port1.onmessage = function () { channel.port1.close(); resolve(); };
      channel.port2.postMessage(null);
    });
  }

  /** The words a browser-side text search looks in (the server also searches report texts). */
  function searchText(inc) {
    if (inc.search === null) {
      var words = [inc.name, inc.admin1, inc.country, countryName(inc.country), inc.by]
        .concat(inc.weapons, inc.weapons.map(function (w) { return MESSAGES.en['weapon_' + w]; }));
      inc.search = words.filter(Boolean).join(' \u0001 ').toLowerCase();
    }
    return inc.search;
  }

  /** What the detail panel can show before the full incident has arrived. */
  function previewRaw(inc) {
    return {
      when: { start: inc.start, end: inc.end, precision: inc.timePrecision },
      where: { name: inc.name, lat: inc.lat, lon: inc.lon, country: inc.country, admin1: inc.admin1,
        precision: inc.placePrecision },
      weapons: inc.weapons,
      launchedBy: inc.by || null,
      ownTerritory: inc.ownTerritory
    };
  }

  // ---------------------------------------------------------------- filtering
  // Text search runs in the browser over what the listing holds, and on the server (which also
  // searches the report texts); an incident matches when either finds it.
  var textMatch = { q: '', ids: null };

  function refreshTextMatch() {
    var q = state.q;
    if (!q) { textMatch = { q: '', ids: null }; return; }
    if (textMatch.q === q) { return; }
    textMatch = { q: q, ids: null };
    api.textIds(q).then(function (ids) {
      if (state.q === q) {
        textMatch = { q: q, ids: new Set(ids) };
        update();
      }
    }).catch(function () { /* the browser-side match stands */ });
  }

  function matches(inc, ignoreDates) {
    if (!ignoreDates && (state.from || state.to)) {
      if (inc.startDay === null) { return false; }
      // Same rule as the REST filter (and so the exports): the incident's first day is in range.
      if (state.from && inc.startDay < dayNumber(state.from)) { return false; }
      if (state.to && inc.startDay > dayNumber(state.to)) { return false; }
    }
    if (state.weapons.length && !inc.weapons.some(function (w) { return state.weapons.indexOf(w) >= 0; })) {
      return false;
    }
    if (state.by) {
      if (state.by === '-') { if (inc.by) { return false; } }
      else if (inc.by !== state.by) { return false; }
    }
    if (state.own && !inc.own) { return false; }
    if (state.country && inc.country !== state.country) { return false; }
    if (state.admin1 && inc.admin1 !== state.admin1) { return false; }
    if (state.q) {
      if (textMatch.q === state.q && textMatch.ids && textMatch.ids.has(inc.id)) { return true; }
      var terms = state.q.toLowerCase().split(/\s+/).filter(Boolean);
      for (var i = 0; i < terms.length; i++) {
        if (searchText(inc).indexOf(terms[i]) < 0) { return false; }
      }
    }
    return true;
  }

  /** The filter as REST query parameters (for exports and API links). */
  function filterParams() {
    var p = new URLSearchParams();
    if (state.from) { p.set('from', state.from); }
    if (state.to) { p.set('to', state.to); }
    if (state.weapons.length) { p.set('weapon', state.weapons.join(',')); }
    if (state.by && state.by !== '-') { p.set('launchedBy', state.by); }
    if (state.own) { p.set('ownTerritory', 'true'); }
    if (state.country) { p.set('country', state.country); }
    if (state.admin1) { p.set('admin1', state.admin1); }
    if (state.q) { p.set('text', state.q); }
    return p;
  }

  // ---------------------------------------------------------------- URL state
  function readUrl() {
    var p = new URLSearchParams(window.location.search);
    state.lang = MESSAGES[p.get('lang')] ? p.get('lang') : 'en';
    state.view = ['map', 'table', 'claims'].indexOf(p.get('view')) >= 0 ? p.get('view') : 'map';
    state.gran = p.get('gran') === 'week' ? 'week' : 'day';
    state.q = p.get('q') || '';
    state.from = dayNumber(p.get('from')) !== null ? p.get('from').substring(0, 10) : '';
    state.to = dayNumber(p.get('to')) !== null ? p.get('to').substring(0, 10) : '';
    state.weapons = (p.get('weapon') || '').split(',').filter(function (w) { return WEAPONS.indexOf(w) >= 0; });
    state.by = /^([A-Z]{2}|-)$/.test(p.get('by') || '') ? p.get('by') : '';
    state.own = p.get('own') === '1';
    state.country = /^[A-Z]{2}$/.test(p.get('country') || '') ? p.get('country') : '';
    state.admin1 = p.get('admin1') || '';
    state.selected = p.get('id') || '';
    var z = parseInt(p.get('z'), 10);
    var lat = parseFloat(p.get('lat'));
    var lon = parseFloat(p.get('lon'));
    state.mapView = (isFinite(z) && isFinite(lat) && isFinite(lon)) ? { z: z, lat: lat, lon: lon } : null;
  }

  function writeUrl() {
    var p = new URLSearchParams();
    if (state.lang !== 'en') { p.set('lang', state.lang); }
    if (state.view !== 'map') { p.set('view', state.view); }
    if (state.gran !== 'day') { p.set('gran', state.gran); }
    if (state.q) { p.set('q', state.q); }
    if (state.from) { p.set('from', state.from); }
    if (state.to) { p.set('to', state.to); }
    if (state.weapons.length) { p.set('weapon', state.weapons.join(',')); }
    if (state.by) { p.set('by', state.by); }
    if (state.own) { p.set('own', '1'); }
    if (state.country) { p.set('country', state.country); }
    if (state.admin1) { p.set('admin1', state.admin1); }
    if (state.selected) { p.set('id', state.selected); }
    if (map && state.mapView) {
      p.set('z', String(state.mapView.z));
      p.set('lat', state.mapView.lat.toFixed(4));
      p.set('lon', state.mapView.lon.toFixed(4));
    }
    var qs = p.toString();
    window.history.replaceState(null, '', window.location.pathname + (qs ? '?' + qs : ''));
    var exportParams = filterParams();
    exportParams.set('format', 'csv');
    $('export-csv').href = '/api/export?' + exportParams.toString();
    exportParams.set('format', 'geojson');
    $('export-geojson').href = '/api/export?' + exportParams.toString();
  }

  // ---------------------------------------------------------------- labels
  function applyLabels() {
    document.documentElement.lang = state.lang;
    document.querySelectorAll('[data-i18n]').forEach(function (node) {
      node.textContent = t(node.getAttribute('data-i18n'));
    });
    document.querySelectorAll('[data-i18n-aria]').forEach(function (node) {
      node.setAttribute('aria-label', t(node.getAttribute('data-i18n-aria')));
    });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(function (node) {
      node.setAttribute('placeholder', t(node.getAttribute('data-i18n-placeholder')));
    });
    $('lang').value = state.lang;
    buildWeaponBoxes();
    buildLegend();
  }

  function buildWeaponBoxes() {
    var box = $('f-weapons');
    Array.prototype.slice.call(box.querySelectorAll('label')).forEach(function (l) { box.removeChild(l); });
    WEAPONS.forEach(function (w) {
      var input = el('input', { type: 'checkbox', value: w, name: 'weapon', id: 'f-weapon-' + w });
      input.checked = state.weapons.indexOf(w) >= 0;
      input.addEventListener('change', function () {
        state.weapons = Array.prototype.slice.call(box.querySelectorAll('input:checked'))
          .map(function (i) { return i.value; });
        update();
      });
      box.appendChild(el('label', { className: 'check' }, input, ' ', weaponName(w)));
    });
  }

  function legendSwatch(cls, colour) {
    var s = el('span', { className: 'swatch ' + cls, 'aria-hidden': 'true' });
    if (colour) { s.style.setProperty('--c', colour); }
    return s;
  }

  function buildLegend() {
    var list = $('legend-list');
    clear(list);
    list.appendChild(el('li', null, legendSwatch('dot', ACTOR_COLOURS.RU), t('legendRU')));
    list.appendChild(el('li', null, legendSwatch('dot', ACTOR_COLOURS.UA), t('legendUA')));
    list.appendChild(el('li', null, legendSwatch('dot', OTHER_COLOUR), t('legendOther')));
    list.appendChild(el('li', null, legendSwatch('dot', UNKNOWN_COLOUR), t('legendUnknown')));
    list.appendChild(el('li', { className: 'legend-own' }, legendSwatch('own', ACTOR_COLOURS.RU), t('legendOwn')));
    list.appendChild(el('li', null, legendSwatch('cluster'), t('legendCluster')));
    list.appendChild(el('li', null, legendSwatch('dot big', UNKNOWN_COLOUR), t('legendSize')));
  }

  /** Options for who fired, countries and regions, from the loaded incidents. */
  function buildChoices() {
    var actors = new Set();
    var countries = new Set();
    var regions = new Set();
    all.forEach(function (inc) {
      if (inc.by) { actors.add(inc.by); }
      if (inc.country) { countries.add(inc.country); }
      if (inc.admin1 && (!state.country || inc.country === state.country)) { regions.add(inc.admin1); }
    });
    if (state.by && state.by !== '-') { actors.add(state.by); }
    if (state.country) { countries.add(state.country); }
    if (state.admin1) { regions.add(state.admin1); }
    fillSelect($('f-by'), [['', t('any')]].concat(
      Array.from(actors).sort().map(function (c) { return [c, countryName(c)]; }),
      [['-', t('unknownActor')]]), state.by);
    fillSelect($('f-country'), [['', t('any')]].concat(
      Array.from(countries).sort().map(function (c) { return [c, countryName(c)]; })), state.country);
    fillSelect($('f-admin1'), [['', t('any')]].concat(
      Array.from(regions).sort().map(function (r) { return [r, r]; })), state.admin1);
  }

  function fillSelect(select, options, value) {
    clear(select);
    options.forEach(function (o) { select.appendChild(el('option', { value: o[0], text: o[1] })); });
    select.value = value;
  }

  function syncForm() {
    $('f-q').value = state.q;
    $('f-from').value = state.from;
    $('f-to').value = state.to;
    $('f-own').checked = state.own;
    $('gran').value = state.gran;
    $('f-weapons').querySelectorAll('input').forEach(function (i) {
      i.checked = state.weapons.indexOf(i.value) >= 0;
    });
    buildChoices();
  }

  // ---------------------------------------------------------------- map
  /**
   * Sets up the map and draws the outlines as soon as they arrive. (Holding them back until the
   * incidents have set the view was measured slower: a first draw at the wider default view and
   * a re-projection cost less than one draw at the closer view.)
   */
  function initMap() {
    map = L.map('map', {
      zoomControl: true,
      minZoom: 3,
      maxZoom: 14,
      worldCopyJump: false,
      attributionControl: true
    });
    map.attributionControl.setPrefix(false);
    map.createPane('outlines');
    map.getPane('outlines').style.zIndex = 250;
    if (state.mapView) {
      map.setView([state.mapView.lat, state.mapView.lon], state.mapView.z);
    } else {
      map.setView([49.0, 33.0], 5);
    }
    markerLayer = L.layerGroup().addTo(map);
    if (window.ResizeObserver) {
      new ResizeObserver(function () { map.invalidateSize({ pan: false }); }).observe($('map'));
    }
    map.on('moveend', function () {
      renderMarkers();
    });
    map.on('dragend zoomend', function () {
      var c = map.getCenter();
      state.mapView = { z: map.getZoom(), lat: c.lat, lon: c.lng };
      writeUrl();
    });
    applyTiles();
    return api.outlines().then(function (geojson) {
      window.strikewatch.timing.outlinesArrived = Math.round(performance.now());
      outlineLayer = L.geoJSON(geojson, {
        pane: 'outlines',
        interactive: false,
        style: function (f) {
          var country = f.properties && f.properties.kind === 'country';
          return country
            ? { color: '#5f6b73', weight: 1.4, fillColor: '#f2efe6', fillOpacity: tileLayer ? 0 : 1 }
            : { color: '#9aa5ad', weight: 0.6, fill: false, dashArray: '2 3' };
        }
      }).addTo(map);
      map.attributionControl.addAttribution('Boundaries: Natural Earth');
      window.strikewatch.timing.outlinesDrawn = Math.round(performance.now());
    }).catch(function () {
      var note = $('map-note');
      note.textContent = t('outlinesMissing');
      note.hidden = false;
    });
  }

  function applyTiles() {
    if (tileLayer) { map.removeLayer(tileLayer); tileLayer = null; }
    var url = safeUrl((localStorage.getItem('strikewatch.tiles') || '').replace(/[{}]/g, function (c) {
      return c === '{' ? '%7B' : '%7D';
    }));
    if (url) {
      var template = url.replace(/%7B/gi, '{').replace(/%7D/gi, '}');
      tileLayer = L.tileLayer(template, {
        attribution: localStorage.getItem('strikewatch.tilesAttribution') || '',
        maxZoom: 18
      }).addTo(map);
    }
    if (outlineLayer) {
      outlineLayer.setStyle(function (f) {
        return f.properties && f.properties.kind === 'country' ? { fillOpacity: tileLayer ? 0 : 1 } : {};
      });
    }
  }

  function markerSize(inc) {
    return Math.min(34, 14 + Math.round(5 * Math.log2(1 + inc.casualties)));
  }

  function incidentLabel(inc) {
    return t('markerLabel', inc.name || t('unknown'), inc.start || t('unknown'));
  }

  function incidentMarker(inc, at) {
    var size = markerSize(inc);
    var dot = document.createElement('span');
    dot.className = 'shape';
    dot.style.setProperty('--c', actorColour(inc.by));
    var marker = L.marker(at || [inc.lat, inc.lon], {
      icon: L.divIcon({
        html: dot,
        className: 'sw-marker' + (inc.own ? ' own' : '') + (inc.id === state.selected ? ' selected' : ''),
        iconSize: [size, size]
      }),
      title: incidentLabel(inc) + (inc.own ? ' — ' + t('legendOwn') : ''),
      alt: incidentLabel(inc),
      keyboard: true,
      riseOnHover: true,
      zIndexOffset: inc.own ? 1000 : 0
    });
    marker.on('click', function () { selectIncident(inc.id, true); });
    marker.on('add', function () {
      var node = marker.getElement();
      node.setAttribute('data-id', inc.id);
      node.setAttribute('data-by', inc.by || '');
      node.setAttribute('data-own', inc.own ? 'true' : 'false');
      node.setAttribute('role', 'button');
      node.setAttribute('aria-label', incidentLabel(inc) + (inc.own ? ', ' + t('legendOwn') : ''));
      onActivate(node, function () { selectIncident(inc.id, true); });
    });
    return marker;
  }

  /** Enter or Space on a focused marker does what a click does (Leaflet only does it for popups). */
  function onActivate(node, action) {
    node.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        e.stopPropagation();
        action();
      }
    });
  }

  function clusterMarker(items, latlng) {
    var own = items.some(function (i) { return i.own; });
    var size = Math.min(48, 24 + Math.round(4 * Math.log2(items.length)));
    var label = document.createElement('span');
    label.className = 'count';
    label.textContent = String(items.length);
    var marker = L.marker(latlng, {
      icon: L.divIcon({
        html: label,
        className: 'sw-cluster' + (own ? ' has-own' : ''),
        iconSize: [size, size]
      }),
      title: t('clusterLabel', items.length),
      keyboard: true
    });
    marker.on('click', function () {
      var bounds = L.latLngBounds(items.map(function (i) { return [i.lat, i.lon]; }));
      var spread = bounds.getNorthEast().distanceTo(bounds.getSouthWest());
      if (map.getZoom() < map.getMaxZoom() && spread > 50) {
        map.fitBounds(bounds.pad(0.3), { maxZoom: Math.min(map.getMaxZoom(), map.getZoom() + 4) });
      } else {
        showList(items);
      }
    });
    marker.on('add', function () {
      var node = marker.getElement();
      node.setAttribute('data-count', String(items.length));
      node.setAttribute('role', 'button');
      node.setAttribute('aria-label', t('clusterLabel', items.length));
      onActivate(node, function () { marker.fire('click'); });
    });
    return marker;
  }

  /** Grid clustering in screen space over the visible part of the map. */
  function renderMarkers() {
    if (!map || holdMarkers) { return; }
    markerLayer.clearLayers();
    var zoom = map.getZoom();
    var spread = zoom >= SPREAD_ZOOM;
    var cellPx = spread ? SPREAD_CELL_PX : CELL_PX;
    var b = map.getBounds().pad(0.2);
    var south = b.getSouth(), north = b.getNorth(), west = b.getWest(), east = b.getEast();
    var cells = new Map();
    for (var i = 0; i < shown.length; i++) {
      var inc = shown[i];
      if (inc.lat === null || inc.lat < south || inc.lat > north || inc.lon < west || inc.lon > east) {
        continue;
      }
      var p = map.project([inc.lat, inc.lon], zoom);
      var key = Math.floor(p.x / cellPx) + ':' + Math.floor(p.y / cellPx);
      var cell = cells.get(key);
      if (!cell) { cell = { items: [], x: 0, y: 0 }; cells.set(key, cell); }
      cell.items.push(inc);
      cell.x += p.x;
      cell.y += p.y;
    }
    cells.forEach(function (cell) {
      var n = cell.items.length;
      if (n === 1) {
        markerLayer.addLayer(incidentMarker(cell.items[0]));
      } else if (spread && n <= SPREAD_MAX) {
        // A spiral around the common spot, so every incident there has its own marker.
        var cx = cell.x / n, cy = cell.y / n;
        cell.items.slice().sort(function (a, b) { return (a.startDay || 0) - (b.startDay || 0); })
          .forEach(function (inc, k) {
            var r = 16 + 10 * Math.sqrt(k), angle = k * 2.4;
            var at = map.unproject([cx + r * Math.cos(angle), cy + r * Math.sin(angle)], zoom);
            markerLayer.addLayer(incidentMarker(inc, at));
          });
      } else {
        var at = map.unproject([cell.x / cell.items.length, cell.y / cell.items.length], zoom);
        markerLayer.addLayer(clusterMarker(cell.items, at));
      }
    });
  }

  function fitToShown() {
    var pts = shown.filter(function (i) { return i.lat !== null; }).map(function (i) { return [i.lat, i.lon]; });
    if (pts.length) {
      map.fitBounds(L.latLngBounds(pts).pad(0.2), { maxZoom: 8, animate: false });
    }
  }

  // ---------------------------------------------------------------- timeline
  function renderTimeline() {
    var node = $('timeline');
    clear(node);
    var W = 1000, H = 100, top = 6, bottom = 18;
    node.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    var base = all.filter(function (inc) { return inc.startDay !== null && matches(inc, true); });
    var days = all.filter(function (i) { return i.startDay !== null; });
    if (!days.length) {
      $('timeline-range').textContent = '';
      return;
    }
    var min = Infinity, max = -Infinity;
    days.forEach(function (i) { if (i.startDay < min) { min = i.startDay; } if (i.startDay > max) { max = i.startDay; } });
    var step = state.gran === 'week' ? 7 : 1;
    var minSpan = step * 30;
    if (max - min < minSpan) {
      var pad = Math.ceil((minSpan - (max - min)) / 2);
      min -= pad;
      max += pad;
    }
    if (step === 7) { min = weekStart(min); max = weekStart(max); }
    var bins = Math.floor((max - min) / step) + 1;
    var counts = new Array(bins).fill(0);
    base.forEach(function (i) {
      var d = step === 7 ? weekStart(i.startDay) : i.startDay;
      counts[Math.floor((d - min) / step)]++;
    });
    var peak = Math.max.apply(null, counts.concat([1]));
    var bw = W / bins;
    var fromDay = state.from ? dayNumber(state.from) : null;
    var toDay = state.to ? dayNumber(state.to) : null;
    var g = svg('g', {});
    for (var b = 0; b < bins; b++) {
      if (!counts[b]) { continue; }
      var start = min + b * step;
      var inRange = (fromDay === null || start + step - 1 >= fromDay) && (toDay === null || start <= toDay);
      var h = Math.max(2, (H - top - bottom) * counts[b] / peak);
      var rect = svg('rect', {
        x: (b * bw + Math.min(1, bw * 0.15)).toFixed(2),
        y: (H - bottom - h).toFixed(2),
        width: Math.max(0.8, bw - Math.min(2, bw * 0.3)).toFixed(2),
        height: h.toFixed(2),
        class: inRange ? 'bar' : 'bar out'
      });
      var title = svg('title', {});
      title.textContent = (step === 7 ? isoDay(start) + ' – ' + isoDay(start + 6) : isoDay(start)) + ': ' + counts[b];
      rect.appendChild(title);
      g.appendChild(rect);
    }
    node.appendChild(g);
    node.appendChild(svg('line', { x1: 0, x2: W, y1: H - bottom, y2: H - bottom, class: 'axis' }));
    var ticks = Math.min(6, bins);
    for (var k = 0; k <= ticks; k++) {
      var day = min + Math.round((bins * step - 1) * k / Math.max(1, ticks));
      var x = (day - min) / (bins * step) * W;
      var label = svg('text', { x: Math.min(W - 2, Math.max(2, x)).toFixed(1), y: H - 4,
        'text-anchor': k === 0 ? 'start' : (k === ticks ? 'end' : 'middle'), class: 'tick' });
      label.textContent = isoDay(day);
      node.appendChild(label);
    }
    if (fromDay !== null || toDay !== null) {
      var x0 = fromDay === null ? 0 : Math.max(0, (fromDay - min) / (bins * step) * W);
      var x1 = toDay === null ? W : Math.min(W, (toDay + 1 - min) / (bins * step) * W);
      if (x1 > x0) {
        node.appendChild(svg('rect', { x: x0, y: 0, width: x1 - x0, height: H - bottom, class: 'brush' }));
      }
    }
    $('timeline-range').textContent = (state.from || state.to)
      ? (state.from || '…') + ' – ' + (state.to || '…')
      : t('allDates') + ' · ' + t('timelineHint');
    node._scale = { min: min, span: bins * step, W: W };
  }

  function initTimelineBrush() {
    var node = $('timeline');
    var startX = null;
    var brush = null;
    function dayAt(clientX) {
      var s = node._scale;
      var r = node.getBoundingClientRect();
      var frac = Math.min(1, Math.max(0, (clientX - r.left) / r.width));
      return { day: s.min + Math.floor(frac * s.span - 1e-9), x: frac * s.W };
    }
    node.addEventListener('pointerdown', function (e) {
      if (!node._scale) { return; }
      startX = e.clientX;
      node.setPointerCapture(e.pointerId);
      brush = svg('rect', { x: dayAt(e.clientX).x, y: 0, width: 0, height: 82, class: 'brush live' });
      node.appendChild(brush);
      e.preventDefault();
    });
    node.addEventListener('pointermove', function (e) {
      if (startX === null) { return; }
      var a = dayAt(startX).x, b = dayAt(e.clientX).x;
      brush.setAttribute('x', Math.min(a, b));
      brush.setAttribute('width', Math.abs(b - a));
    });
    function finish(e) {
      if (startX === null) { return; }
      var a = dayAt(startX), b = dayAt(e.clientX);
      startX = null;
      if (Math.abs(a.x - b.x) < 3) {
        renderTimeline();
        return;
      }
      var lo = Math.min(a.day, b.day), hi = Math.max(a.day, b.day);
      if (state.gran === 'week') { lo = weekStart(lo); hi = weekStart(hi) + 6; }
      state.from = isoDay(lo);
      state.to = isoDay(hi);
      $('f-from').value = state.from;
      $('f-to').value = state.to;
      update();
    }
    node.addEventListener('pointerup', finish);
    node.addEventListener('pointercancel', function () { startX = null; renderTimeline(); });
  }

  // ---------------------------------------------------------------- detail panel
  function estimateRow(label, est) {
    var cells = est
      ? ['low', 'best', 'high'].map(function (k) {
        return el('td', { text: typeof est[k] === 'number' ? String(est[k]) : '–' });
      })
      : [el('td', { colspan: '3', text: t('notStated') })];
    return el('tr', null, el('th', { scope: 'row', text: label }), cells);
  }

  function dl(rows) {
    var list = el('dl', { className: 'facts' });
    rows.forEach(function (r) {
      if (!r) { return; }
      list.appendChild(el('dt', { text: r[0] }));
      list.appendChild(el('dd', null, r[1]));
    });
    return list;
  }

  function precisionNote(p) { return p ? ' (' + t('precision', t('prec_' + p)) + ')' : ''; }

  function renderIncident(raw, container, preview) {
    var when = raw.when || {};
    var where = raw.where || {};
    var dateText = when.start
      ? (when.end && when.end !== when.start ? when.start + ' – ' + when.end : when.start)
      : t('unknown');
    var placeParts = [where.name || where.text || t('unknown'), where.admin1, where.country ? countryName(where.country) : null]
      .filter(Boolean).join(', ');
    var weapons = (raw.weapons || []).map(weaponName).join(', ') || t('notStated');
    if ((raw.weaponsText || []).length) { weapons += ' — “' + raw.weaponsText.join('”, “') + '”'; }
    var border = raw.borderDistanceKm;
    var borderText = border
      ? [typeof border.stated === 'number' ? t('stated', border.stated.toFixed(1)) : null,
        typeof border.computed === 'number' ? t('computed', border.computed.toFixed(1)) : null]
        .filter(Boolean).join('; ') || t('unknown')
      : t('unknown');
    var own = raw.ownTerritory === true
      ? el('span', { className: 'own-flag' }, t('ownTerritoryYes'))
      : (raw.ownTerritory === false ? t('ownTerritoryNo') : t('unknown'));
    var ownBlock = el('span', null, own,
      raw.ownTerritoryReason ? el('span', { className: 'reason', text: ' (' + raw.ownTerritoryReason + ')' }) : null);
    container.appendChild(dl([
      [t('date'), dateText + precisionNote(when.precision) + (when.text ? ' — “' + when.text + '”' : '')],
      [t('place'), placeParts + precisionNote(where.precision) + (where.text && where.text !== where.name ? ' — “' + where.text + '”' : '')],
      typeof where.lat === 'number' ? [t('coordinates'), where.lat.toFixed(4) + ', ' + where.lon.toFixed(4)] : null,
      [t('weaponsLabel'), weapons],
      [t('launchedBy'), raw.launchedBy ? countryName(raw.launchedBy) + ' (' + raw.launchedBy + ')' : t('notStated')],
      [t('ownTerritory'), ownBlock],
      preview ? null : [t('borderDistance'), borderText],
      (raw.attribution || []).length ? [t('attribution'), raw.attribution.join(', ')] : null,
      typeof raw.confidence === 'number' ? [t('confidence'), raw.confidence.toFixed(2)] : null
    ]));
    if (preview) {
      // Casualties, border distance and sources come with the full incident.
      container.appendChild(el('p', { className: 'hint', text: t('loading') }));
      return;
    }
    container.appendChild(el('h3', { text: t('casualties') }));
    container.appendChild(el('table', { className: 'estimates' },
      el('thead', null, el('tr', null, el('td'), el('th', { scope: 'col', text: t('low') }),
        el('th', { scope: 'col', text: t('best') }), el('th', { scope: 'col', text: t('high') }))),
      el('tbody', null, estimateRow(t('killed'), raw.killed), estimateRow(t('injured'), raw.injured),
        estimateRow(t('evacuated'), raw.evacuated))));
    container.appendChild(el('h3', { text: t('sources') }));
    if (Array.isArray(raw.mentions) && raw.mentions.length) {
      var mentionList = el('ol', { className: 'sources' });
      raw.mentions.forEach(function (m) {
        var ev = m.incident && Array.isArray(m.incident.evidence) ? m.incident.evidence : [];
        mentionList.appendChild(renderSource(m.report || {}, ev));
      });
      container.appendChild(mentionList);
      return;
    }
    var sources = Array.isArray(raw.sources) ? raw.sources : [];
    if (!sources.length) {
      container.appendChild(el('p', { className: 'hint', text: t('noSources') }));
      if ((raw.evidence || []).length) { container.appendChild(evidenceQuotes(raw.evidence)); }
      return;
    }
    var list = el('ol', { className: 'sources' });
    sources.forEach(function (src) {
      var evidence = Array.isArray(src.evidence) ? src.evidence
        : (raw.evidence || []).filter(function (ev) {
          return sources.length === 1 || ev.reportId === undefined || String(ev.reportId) === String(src.reportId);
        });
      list.appendChild(renderSource(src, evidence));
    });
    container.appendChild(list);
  }

  function renderSource(src, evidence) {
    var item = el('li', { className: 'source' });
    var name = src.source || src.name || src.origin || t('unknown');
    var head = el('div', { className: 'source-head' }, el('strong', { text: name }));
    if (src.published) { head.appendChild(el('span', { className: 'muted', text: ' · ' + t('published', src.published) })); }
    var href = safeUrl(src.url);
    if (href) {
      head.appendChild(document.createTextNode(' · '));
      head.appendChild(el('a', { href: href, target: '_blank', rel: 'noopener noreferrer nofollow', text: t('original') }));
    } else if (src.url) {
      head.appendChild(el('span', { className: 'muted', text: ' · ' + src.url }));
    }
    item.appendChild(head);
    var body = el('div', { className: 'source-body' });
    item.appendChild(body);
    var text = typeof src.text === 'string' ? src.text : null;
    if (text !== null) {
      body.appendChild(highlighted(text, evidence));
    } else if (src.reportId !== undefined && src.reportId !== null) {
      body.appendChild(evidenceQuotes(evidence));
      api.report(src.reportId).then(function (report) {
        if (report && typeof report.text === 'string') {
          clear(body);
          body.appendChild(highlighted(report.text, evidence));
        }
      }).catch(function () { /* quotes stay */ });
    } else {
      body.appendChild(evidenceQuotes(evidence));
    }
    return item;
  }

  function evidenceQuotes(evidence) {
    var list = el('ul', { className: 'quotes' });
    evidence.forEach(function (ev) {
      list.appendChild(el('li', null, el('span', { className: 'ev-field', text: t('field_' + ev.field) + ': ' }),
        el('mark', { 'data-field': ev.field, text: ev.text || '' })));
    });
    return list;
  }

  /** The report text around the evidence spans, spans marked; offsets are UTF-16 as in the contract. */
  function highlighted(text, evidence) {
    var spans = evidence.filter(function (ev) {
      return typeof ev.start === 'number' && typeof ev.end === 'number' && ev.start >= 0 &&
        ev.end > ev.start && ev.end <= text.length;
    }).sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var block = el('blockquote', { className: 'report' });
    if (!spans.length) {
      block.appendChild(document.createTextNode(text.length > 600 ? text.substring(0, 600) + '…' : text));
      if (evidence.length) { return el('div', null, block, evidenceQuotes(evidence)); }
      return block;
    }
    var CONTEXT = 240;
    var pos = 0;
    var lastEnd = -1;
    var windows = [];
    spans.forEach(function (s) {
      var from = Math.max(0, s.start - CONTEXT), to = Math.min(text.length, s.end + CONTEXT);
      if (windows.length && from <= windows[windows.length - 1][1]) {
        windows[windows.length - 1][1] = Math.max(windows[windows.length - 1][1], to);
      } else { windows.push([from, to]); }
    });
    windows.forEach(function (w, wi) {
      if (w[0] > 0 || wi > 0) { block.appendChild(document.createTextNode('… ')); }
      pos = w[0];
      spans.forEach(function (s) {
        if (s.start < w[0] || s.end > w[1] || s.start < lastEnd) { return; }
        if (s.start > pos) { block.appendChild(document.createTextNode(text.substring(pos, s.start))); }
        block.appendChild(el('mark', { 'data-field': s.field, title: t('field_' + s.field) },
          text.substring(s.start, s.end)));
        pos = s.end;
        lastEnd = s.end;
      });
      block.appendChild(document.createTextNode(text.substring(pos, w[1])));
      if (w[1] < text.length) { block.appendChild(document.createTextNode(' …')); }
      block.appendChild(document.createTextNode(' '));
    });
    return block;
  }

  function openDetail(title) {
    var panel = $('detail');
    $('detail-title').textContent = title;
    clear($('detail-body'));
    panel.hidden = false;
    return $('detail-body');
  }

  function selectIncident(id, focus) {
    state.selected = id;
    writeUrl();
    renderMarkers();
    var inc = byId.get(id);
    var body = openDetail(inc ? incidentLabel(inc) : t('incident', id));
    body.setAttribute('aria-busy', 'true');
    if (inc) { renderIncident(previewRaw(inc), body, true); }
    var token = ++detailToken;
    api.incident(id).then(function (raw) {
      if (token !== detailToken) { return; }
      clear(body);
      renderIncident(raw, body);
      body.setAttribute('aria-busy', 'false');
    }).catch(function (e) {
      if (token !== detailToken) { return; }
      body.setAttribute('aria-busy', 'false');
      if (!inc) { body.appendChild(el('p', { className: 'error', text: t('detailFailed', e.message) })); }
    });
    if (focus) { $('detail').focus(); }
  }

  function showList(items) {
    var body = openDetail(t('clusterList', items.length));
    var list = el('ul', { className: 'incident-list' });
    items.slice().sort(function (a, b) { return (b.startDay || 0) - (a.startDay || 0); }).forEach(function (inc) {
      list.appendChild(el('li', null, el('button', {
        type: 'button', className: 'link', onclick: function () { selectIncident(inc.id, true); }
      }, (inc.start || t('unknown')) + ' — ' + (inc.name || t('unknown')) +
        ' — ' + (inc.weapons.map(weaponName).join(', ') || t('unknown')))));
    });
    body.appendChild(list);
    $('detail').focus();
  }

  function closeDetail() {
    $('detail').hidden = true;
    state.selected = '';
    detailToken++;
    writeUrl();
    renderMarkers();
  }

  // ---------------------------------------------------------------- table
  var COLUMNS = [
    { key: 'date', label: 'colDate', value: function (i) { return i.startDay === null ? -Infinity : i.startDay; },
      text: function (i) { return i.start || '–'; } },
    { key: 'place', label: 'colPlace', value: function (i) { return i.name.toLowerCase(); }, text: function (i) { return i.name || '–'; } },
    { key: 'region', label: 'colRegion', value: function (i) { return i.admin1.toLowerCase(); }, text: function (i) { return i.admin1 || '–'; } },
    { key: 'country', label: 'colCountry', value: function (i) { return i.country; }, text: function (i) { return i.country || '–'; } },
    { key: 'weapons', label: 'colWeapons', value: function (i) { return i.weapons.join(','); },
      text: function (i) { return i.weapons.map(weaponName).join(', ') || '–'; } },
    { key: 'by', label: 'colBy', value: function (i) { return i.by; }, text: function (i) { return i.by || '–'; } },
    { key: 'own', label: 'colOwn', value: function (i) { return i.own ? 1 : 0; }, text: function (i) { return i.own ? t('yes') : ''; } },
    { key: 'killed', label: 'colKilled', value: function (i) { return i.killed; }, text: function (i) { return String(i.killed); }, num: true },
    { key: 'injured', label: 'colInjured', value: function (i) { return i.injured; }, text: function (i) { return String(i.injured); }, num: true },
    { key: 'sources', label: 'colSources', value: function (i) { return i.sourceCount; }, text: function (i) { return String(i.sourceCount); }, num: true }
  ];

  function renderTable() {
    var head = $('table-head');
    clear(head);
    COLUMNS.forEach(function (c) {
      var sorted = tableSort.key === c.key;
      var th = el('th', { scope: 'col', 'aria-sort': sorted ? (tableSort.dir > 0 ? 'ascending' : 'descending') : 'none' },
        el('button', {
          type: 'button', className: 'sort', 'data-key': c.key, 'aria-label': t('sortBy', t(c.label)),
          onclick: function () {
            tableSort = { key: c.key, dir: sorted ? -tableSort.dir : (c.key === 'date' || c.num ? -1 : 1) };
            renderTable();
          }
        }, t(c.label), sorted ? (tableSort.dir > 0 ? ' ▲' : ' ▼') : ''));
      head.appendChild(th);
    });
    var col = COLUMNS.filter(function (c) { return c.key === tableSort.key; })[0];
    var rows = shown.slice().sort(function (a, b) {
      var x = col.value(a), y = col.value(b);
      return (x < y ? -1 : x > y ? 1 : 0) * tableSort.dir || (b.startDay || 0) - (a.startDay || 0);
    });
    var body = $('table-body');
    clear(body);
    var frag = document.createDocumentFragment();
    rows.slice(0, tableLimit).forEach(function (inc) {
      var tr = el('tr', { 'data-id': inc.id, className: inc.own ? 'own' : null });
      COLUMNS.forEach(function (c, ci) {
        if (ci === 1) {
          tr.appendChild(el('td', null, el('button', {
            type: 'button', className: 'link', onclick: function () { selectIncident(inc.id, true); }
          }, c.text(inc))));
        } else {
          tr.appendChild(el('td', { className: c.num ? 'num' : null, text: c.text(inc) }));
        }
      });
      frag.appendChild(tr);
    });
    body.appendChild(frag);
    $('table-caption').textContent = t('tableCaption', rows.length);
    $('table-more').hidden = rows.length <= tableLimit;
  }

  // ---------------------------------------------------------------- claims
  function loadClaims() {
    var box = $('claims-list');
    if (claimsLoaded) { return; }
    claimsLoaded = true;
    clear(box);
    box.appendChild(el('p', { className: 'hint', text: t('loading') }));
    api.claims().then(function (data) {
      var claims = Array.isArray(data) ? data : (data.items || data.claims || []);
      clear(box);
      if (!claims.length) { box.appendChild(el('p', { className: 'hint', text: t('claimsEmpty') })); return; }
      claims.forEach(function (entry) { box.appendChild(renderClaim(entry)); });
    }).catch(function (e) {
      claimsLoaded = false;
      clear(box);
      box.appendChild(el('p', { className: 'error', text: t('claimsFailed', e.message) }));
    });
  }

  function estimateText(est) {
    if (!est) { return t('notStated'); }
    var parts = [];
    if (typeof est.low === 'number') { parts.push(t('low') + ' ' + est.low); }
    if (typeof est.best === 'number') { parts.push(t('best') + ' ' + est.best); }
    if (typeof est.high === 'number') { parts.push(t('high') + ' ' + est.high); }
    return parts.join(' · ') || t('notStated');
  }

  function renderClaim(entry) {
    var claim = entry.claim || entry;
    var when = claim.when || {};
    var held = entry.held !== undefined ? entry.held
      : (entry.matching !== undefined ? entry.matching
        : (entry.incidentCount !== undefined ? entry.incidentCount : entry.databaseCount));
    var heldCount = typeof held === 'object' && held !== null ? (held.count !== undefined ? held.count : held.total) : held;
    var card = el('article', { className: 'claim' });
    card.appendChild(el('h3', { text: claim.subject || t('claimSubject') }));
    card.appendChild(dl([
      [t('claimCount'), estimateText(claim.count)],
      [t('claimHeld'), el('span', null, el('strong', { className: 'held', text: heldCount === undefined || heldCount === null ? t('unknown') : String(heldCount) }),
        entry.verdict ? el('span', { className: 'muted', text: ' — ' + entry.verdict }) : null)],
      [t('claimPeriod'), when.start ? when.start + ' – ' + (when.end || when.start) + precisionNote(when.precision) : t('unknown')],
      [t('launchedBy'), claim.launchedBy ? countryName(claim.launchedBy) : t('notStated')],
      [t('ownTerritory'), claim.ownTerritory === true ? t('yes') : claim.ownTerritory === false ? t('no') : t('unknown')],
      claim.where && (claim.where.name || claim.where.admin1) ? [t('place'), [claim.where.name, claim.where.admin1].filter(Boolean).join(', ')] : null,
      (claim.attribution || []).length ? [t('attribution'), claim.attribution.join(', ')] : null
    ]));
    if ((claim.evidence || []).length) { card.appendChild(evidenceQuotes(claim.evidence)); }
    if (entry.sentence) { card.appendChild(el('p', { className: 'sentence', text: entry.sentence })); }
    var src = typeof entry.source === 'string' || entry.url ? { source: entry.source, url: entry.url } : entry.report;
    if (src && typeof src === 'object') {
      var href = safeUrl(src.url);
      var line = el('p', { className: 'muted' }, src.source || src.name || '');
      if (href) { line.appendChild(document.createTextNode(' · ')); line.appendChild(el('a', { href: href, target: '_blank', rel: 'noopener noreferrer nofollow', text: t('original') })); }
      card.appendChild(line);
    }
    card.appendChild(el('button', {
      type: 'button', onclick: function () {
        state.from = when.start || '';
        state.to = when.end || when.start || '';
        state.by = claim.launchedBy || '';
        state.own = claim.ownTerritory === true;
        state.view = 'map';
        syncForm();
        update();
        setView('map');
      }
    }, t('showOnMap')));
    return card;
  }

  // ---------------------------------------------------------------- views and updates
  function setView(view) {
    state.view = view;
    ['map', 'table', 'claims'].forEach(function (v) {
      $(v + '-view').hidden = v !== view;
      $('view-' + v).setAttribute('aria-pressed', v === view ? 'true' : 'false');
    });
    if (view === 'map' && map) { map.invalidateSize(); renderMarkers(); }
    if (view === 'table') { renderTable(); }
    if (view === 'claims') { loadClaims(); }
    writeUrl();
  }

  function update() {
    var began = performance.now();
    refreshTextMatch();
    shown = all.filter(function (inc) { return matches(inc, false); });
    var noPlace = shown.filter(function (i) { return i.lat === null; }).length;
    $('count').textContent = t('countShown', shown.length, all.length) +
      (noPlace ? ' · ' + t('countNoPlace', noPlace) : '');
    $('count').setAttribute('data-shown', String(shown.length));
    renderMarkers();
    renderTimeline();
    tableLimit = TABLE_PAGE;
    if (state.view === 'table') { renderTable(); }
    writeUrl();
    window.strikewatch.timing.lastUpdateMs = Math.round(performance.now() - began);
  }

  function initControls() {
    var typing = null;
    $('f-q').addEventListener('input', function () {
      clearTimeout(typing);
      typing = setTimeout(function () { state.q = $('f-q').value.trim(); update(); }, 150);
    });
    $('filter-form').addEventListener('submit', function (e) { e.preventDefault(); });
    $('f-from').addEventListener('change', function () { state.from = $('f-from').value; update(); });
    $('f-to').addEventListener('change', function () { state.to = $('f-to').value; update(); });
    $('f-by').addEventListener('change', function () { state.by = $('f-by').value; update(); });
    $('f-own').addEventListener('change', function () { state.own = $('f-own').checked; update(); });
    $('f-country').addEventListener('change', function () {
      state.country = $('f-country').value;
      state.admin1 = '';
      buildChoices();
      update();
    });
    $('f-admin1').addEventListener('change', function () { state.admin1 = $('f-admin1').value; update(); });
    $('f-reset').addEventListener('click', function () {
      state.q = ''; state.from = ''; state.to = ''; state.weapons = []; state.by = ''; state.own = false;
      state.country = ''; state.admin1 = '';
      syncForm();
      update();
    });
    $('copy-link').addEventListener('click', function () {
      var done = function () { $('copy-link').textContent = t('linkCopied'); };
      if (navigator.clipboard) { navigator.clipboard.writeText(window.location.href).then(done, done); } else { done(); }
    });
    $('gran').addEventListener('change', function () { state.gran = $('gran').value; renderTimeline(); writeUrl(); });
    $('timeline-clear').addEventListener('click', function () {
      state.from = ''; state.to = ''; syncForm(); update();
    });
    ['map', 'table', 'claims'].forEach(function (v) {
      $('view-' + v).addEventListener('click', function () { setView(v); });
    });
    $('table-more').addEventListener('click', function () { tableLimit += TABLE_PAGE; renderTable(); });
    $('detail-close').addEventListener('click', closeDetail);
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && !$('detail').hidden && !$('settings').open) { closeDetail(); }
    });
    $('lang').addEventListener('change', function () {
      state.lang = $('lang').value;
      applyLabels();
      syncForm();
      update();
    });
    $('toggle-filters').addEventListener('click', function () {
      var open = document.body.classList.toggle('filters-open');
      $('toggle-filters').setAttribute('aria-expanded', open ? 'true' : 'false');
      if (open) { $('filters').focus(); }
    });
    $('open-settings').addEventListener('click', function () {
      $('s-tiles').value = localStorage.getItem('strikewatch.tiles') || '';
      $('s-attribution').value = localStorage.getItem('strikewatch.tilesAttribution') || '';
      $('settings').showModal();
    });
    $('settings').addEventListener('close', function () {
      if ($('settings').returnValue !== 'save') { return; }
      var url = $('s-tiles').value.trim();
      if (url) { localStorage.setItem('strikewatch.tiles', url); } else { localStorage.removeItem('strikewatch.tiles'); }
      localStorage.setItem('strikewatch.tilesAttribution', $('s-attribution').value.trim());
      applyTiles();
    });
    initTimelineBrush();
    // On a phone the filters open as a drawer under the header.
    var syncHeader = function () {
      document.documentElement.style.setProperty('--header-h', document.querySelector('.top').offsetHeight + 'px');
    };
    window.addEventListener('resize', syncHeader);
    syncHeader();
  }

  async function start() {
    var t0 = performance.now();
    readUrl();
    applyLabels();
    initControls();
    syncForm();
    $('count').textContent = t('loading');
    var viewFromUrl = state.mapView !== null;
    var outlinesDone = initMap();
    var timing = window.strikewatch.timing;
    try {
      var listing = await api.incidents();
      timing.listingArrived = Math.round(performance.now());
      all = await fromListing(listing);
      byId = new Map();
      all.forEach(function (inc) { byId.set(inc.id, inc); });
      timing.incidentsBuilt = Math.round(performance.now());
    } catch (e) {
      $('count').textContent = t('loadFailed', e.message);
      $('count').classList.add('error');
      document.body.setAttribute('data-ready', 'error');
      return;
    }
    holdMarkers = true;
    syncForm();
    update();
    timing.filtered = Math.round(performance.now());
    if (!viewFromUrl) { fitToShown(); }
    timing.fitted = Math.round(performance.now());
    setView(state.view);
    holdMarkers = false;
    renderMarkers();
    timing.allDrawn = Math.round(performance.now());
    // ... and on screen once the browser has painted the next frame
    requestAnimationFrame(function () {
      setTimeout(function () { timing.painted = Math.round(performance.now()); }, 0);
    });
    if (state.selected) { selectIncident(state.selected, false); }
    await outlinesDone;
    timing.scriptStart = Math.round(t0);
    window.strikewatch.loadMs = Math.round(performance.now() - t0);
    window.strikewatch.total = all.length;
    document.body.setAttribute('data-ready', 'true');
  }

  window.strikewatch = {
    shown: function () { return shown.length; },
    shownWithPlace: function () { return shown.filter(function (i) { return i.lat !== null; }).length; },
    state: state,
    // milliseconds since navigation start at which each loading step finished
    timing: {}
  };
  document.addEventListener('DOMContentLoaded', start);
})();
