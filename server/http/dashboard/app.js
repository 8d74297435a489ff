// The kitap dashboard: the annual report and the live national counters
// from kitapd's HTTP API, drawn without any library. The token comes from
// the URL fragment (#token=...) or the sign-in box and is kept in
// sessionStorage only; see docs/http-api.md.
'use strict';
(function () {
  const FIGURES = ['libraries', 'holdings', 'loans', 'renewals',
                   'registeredUsers', 'activeUsers', 'newRegistrations',
                   'visits', 'periodicalRequests', 'events',
                   'eventAttendance'];
  const LIVE_FIGURES = ['loans', 'renewals', 'visits', 'registeredUsers',
                        'activeUsers', 'newRegistrations',
                        'periodicalRequests', 'events'];
  const REGION_METRICS = ['registeredUsers', 'loans', 'visits',
                          'activeUsers'];
  const POLL_MS = 5000;
  const TOKEN_KEY = 'kitap.token';
  const LANG_KEY = 'kitap.lang';

  const $ = (id) => document.getElementById(id);
  const state = {lang: 'kk', token: '', region: '', library: '', year: 0,
                 report: null, live: null, timer: 0};

  // A refusal or failure answered by the API (status 0: no answer).
  class ApiError extends Error {
    constructor(status, body) {
      super(`HTTP ${status} ${body.reason || ''}`);
      this.status = status;
      this.body = body;
    }
  }

  const t = (key) => label(state.lang, key);
  const num = (value) => Number(value || 0);  // int64 arrive as strings
  const fmt = (n) => new Intl.NumberFormat(LOCALES[state.lang]).format(n);

  function readFragment() {
    const params = new URLSearchParams(location.hash.slice(1));
    if (params.get('token')) {
      sessionStorage.setItem(TOKEN_KEY, params.get('token'));
    }
    params.delete('token');  // keep it out of the address bar and history
    // Kazakh unless the fragment or an earlier choice says otherwise.
    const wanted = params.get('lang') || localStorage.getItem(LANG_KEY);
    state.lang = LANGUAGES.includes(wanted) ? wanted : 'kk';
    state.region = params.get('region') || '';
    state.library = params.get('library') || '';
    state.year = num(params.get('year'));
    const rest = params.toString();
    history.replaceState(null, '', location.pathname + location.search +
                         (rest ? '#' + rest : ''));
    state.token = sessionStorage.getItem(TOKEN_KEY) || '';
  }

  async function api(path) {
    let response;
    try {
      response = await fetch(path, {
        cache: 'no-store',
        headers: {Authorization: 'Bearer ' + state.token}});
    } catch (e) {
      throw new ApiError(0, {reason: 'NO_ANSWER', message: String(e)});
    }
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new ApiError(response.status, body);
    return body;
  }

  function setStatus(text) { $('status').textContent = text; }

  function applyLabels() {
    document.documentElement.lang = state.lang;
    for (const element of document.querySelectorAll('[data-label]')) {
      element.textContent = t(element.dataset.label);
    }
    for (const button of document.querySelectorAll('[data-lang]')) {
      button.classList.toggle('current', button.dataset.lang === state.lang);
    }
    const metric = $('region-metric');
    const chosen = metric.value || REGION_METRICS[0];
    metric.replaceChildren(...REGION_METRICS.map((key) =>
      new Option(t(key), key, false, key === chosen)));
    $('sign-out').hidden = !state.token;
  }

  function changeText(figure) {
    if (!figure.hasChange) return ['', t('no_change')];
    const change = Number(figure.changePercent);
    const arrow = change > 0 ? '▲' : change < 0 ? '▼' : '•';
    const text = `${arrow} ${fmt(Math.abs(change))} % ${t('vs_previous')}`;
    return [change > 0 ? 'up' : change < 0 ? 'down' : '', text];
  }

  // A card with a figure's name, value and (optionally) its change.
  function card(id, key, figure, withChange) {
    const element = document.createElement('div');
    element.className = 'card';
    const name = document.createElement('div');
    name.className = 'name';
    name.textContent = t(key);
    const value = document.createElement('div');
    value.className = 'value';
    value.id = id;
    value.dataset.value = String(num(figure.value));
    value.textContent = fmt(num(figure.value));
    element.append(name, value);
    if (withChange) {
      const [direction, text] = changeText(figure);
      const change = document.createElement('div');
      change.className = 'change ' + direction;
      change.textContent = text;
      element.append(change);
    }
    return element;
  }

  function scopeText(report) {
    if (num(report.libraryId)) return `${t('library')} ${report.libraryId}`;
    if (report.regionCode) return `${t('region')} ${report.regionCode}`;
    return t('national');
  }

  function regionName(region) {
    const names = {kk: region.nameKk, ru: region.nameRu, en: region.nameEn};
    return names[state.lang] || region.regionCode;
  }

  function bandName(band) {
    const max = num(band.maxAge);
    return max >= 150 ? `${num(band.minAge)}+` : `${num(band.minAge)}–${max}`;
  }

  function renderReport() {
    const report = state.report;
    $('report').hidden = false;
    $('report-year').textContent = String(report.year);
    $('scope').textContent = scopeText(report);
    $('totals').replaceChildren(...FIGURES.map((key) =>
      card('total-' + key, key, report.totals[key], true)));
    const metric = $('region-metric').value || REGION_METRICS[0];
    const regions = [...report.regions].sort((a, b) =>
      num(b.figures[metric].value) - num(a.figures[metric].value));
    drawBars($('regions-chart'), regions.map((r) => ({
      label: regionName(r), values: [num(r.figures[metric].value)]})),
             [{name: t(metric)}], fmt);
    drawBars($('ages-chart'), report.ageBands.map((b) => ({
      label: bandName(b.band),
      values: [num(b.visits.value), num(b.loans.value)]})),
             [{name: t('visits')}, {name: t('loans')}], fmt);
    drawBars($('subjects-chart'), report.subjects.map((s) => ({
      label: t(s.subject), values: [num(s.loans.value)]})),
             [{name: t('loans')}], fmt);
    drawBars($('types-chart'), report.libraryTypes.map((l) => ({
      label: t(l.type), values: [num(l.figures.loans.value)]})),
             [{name: t('loans')}], fmt);
    drawBars($('categories-chart'), report.categories.map((c) => ({
      label: t(c.category), values: [num(c.registeredUsers.value)]})),
             [{name: t('registeredUsers')}], fmt);
    $('active-definition').textContent = t('active_definition');
  }

  // Shows the live counters; cards whose value rose since `before` flash.
  function renderLive(before) {
    const live = state.live;
    $('live-section').hidden = false;
    $('live-year').textContent = String(live.year);
    const at = live.asOf ? new Date(live.asOf) : new Date();
    $('live-updated').textContent =
        `${t('updated')} ${at.toLocaleTimeString(LOCALES[state.lang])}`;
    $('live').replaceChildren(...LIVE_FIGURES.map((key) => {
      const element = card('live-' + key, key, live.figures[key], false);
      if (before && num(live.figures[key].value) >
                        num(before.figures[key].value)) {
        element.classList.add('flash');
      }
      return element;
    }));
  }

  function fillYears() {
    const select = $('year');
    const newest = Math.max(state.year, state.live ? state.live.year : 0);
    const years = [];
    for (let y = newest; y > newest - 10; --y) years.push(y);
    select.replaceChildren(...years.map((y) =>
      new Option(String(y), String(y), false, y === state.year)));
  }

  function render() {
    applyLabels();
    if (state.live) renderLive(null);
    if (state.report) renderReport();
  }

  function showLogin(message) {
    clearTimeout(state.timer);
    $('login').hidden = false;
    $('report').hidden = true;
    $('live-section').hidden = true;
    setStatus(message || '');
    applyLabels();
  }

  function handleError(error) {
    if (!(error instanceof ApiError)) throw error;  // a bug: errors.js
    if (error.status === 401) {
      sessionStorage.removeItem(TOKEN_KEY);
      state.token = '';
      return showLogin(t('unauthenticated'));
    }
    if (error.status === 403) return setStatus(t('forbidden'));
    setStatus(`${t('failed')}: ${error.body.reason || error.status}`);
  }

  async function loadReport() {
    const query = new URLSearchParams({year: String(state.year)});
    if (state.region) query.set('region', state.region);
    if (state.library) query.set('library', state.library);
    state.report = await api('/api/v1/reports/annual?' + query);
  }

  async function poll() {
    try {
      const before = state.live;
      state.live = await api('/api/v1/counters/live');
      renderLive(before);
      setStatus('');
    } catch (error) {
      handleError(error);
    }
    if (state.token) state.timer = setTimeout(poll, POLL_MS);
  }

  async function start() {
    applyLabels();
    if (!state.token) return showLogin();
    $('login').hidden = true;
    setStatus(t('loading'));
    try {
      state.live = await api('/api/v1/counters/live');
      if (!state.year) state.year = state.live.year;
      fillYears();
      await loadReport();
      setStatus('');
      render();
      state.timer = setTimeout(poll, POLL_MS);
    } catch (error) {
      handleError(error);
    }
  }

  function wire() {
    for (const button of document.querySelectorAll('[data-lang]')) {
      button.addEventListener('click', () => {
        state.lang = button.dataset.lang;
        localStorage.setItem(LANG_KEY, state.lang);
        render();
      });
    }
    $('region-metric').addEventListener('change', render);
    $('year').addEventListener('change', async () => {
      state.year = num($('year').value);
      try {
        await loadReport();
        render();
      } catch (error) {
        handleError(error);
      }
    });
    $('login').addEventListener('submit', (event) => {
      event.preventDefault();
      state.token = $('token').value.trim();
      $('token').value = '';
      sessionStorage.setItem(TOKEN_KEY, state.token);
      start();
    });
    $('sign-out').addEventListener('click', () => {
      sessionStorage.removeItem(TOKEN_KEY);
      state.token = '';
      state.report = null;
      state.live = null;
      showLogin();
    });
  }

  readFragment();
  wire();
  start();
})();
