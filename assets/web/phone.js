// The participant page. Every text from the board or from people goes in
// with textContent, never as HTML. Updates: a poll every 2 s with
// If-None-Match (see src/net/phone_server.cpp for why).
"use strict";

const TEXTS = {
  nl: {
    codeAsk: "Typ de code die op het bord staat.", codeGo: "Verder", wrongCode: "Die code klopt niet. Kijk nog eens op het bord.",
    welcome: "Welkom! Doe mee vanaf je telefoon.", nameLabel: "Je voornaam (mag leeg blijven)",
    join: "Meedoen", joinAnon: "Anoniem meedoen", joinClosed: "Aansluiten is gesloten. Vraag het aan de begeleider.",
    voteTitle: "Stemmen", votesLeft: n => n === 1 ? "Je hebt nog 1 stem." : `Je hebt nog ${n} stemmen.`,
    voteClosed: "De stemming is gesloten.", voteBtn: "+1", backBtn: "−1", yours: n => `jouw stemmen: ${n}`,
    votesCount: n => n === 1 ? "1 stem" : `${n} stemmen`,
    addTitle: "Iets toevoegen", strength: "Sterkte", weakness: "Zwakte", idea: "Idee", send: "Op het bord zetten",
    sent: "Staat op het bord. Dank je!", empty: "Schrijf eerst iets.", chooseKind: "Kies eerst: sterkte, zwakte of idee.",
    noVotesLeft: "Je stemmen zijn op.", full: "Deze combinatie zit vol.", notOpen: "Er wordt nu niet gestemd.",
    tooFast: "Even rustig aan, probeer het zo opnieuw.", offline: "Geen verbinding met het bord…",
    badToken: "Deze link klopt niet. Scan de QR-code op het bord opnieuw.", tooLong: "Dat is te lang.",
    waiting: "De workshop is nog niet begonnen.", overtime: "over tijd", other: "EN",
    sentWaiting: "Ontvangen! De begeleider zet het zo op het bord.", mineTitle: "Wat jij instuurde",
    pending: "wacht op de begeleider", removed: "De begeleider heeft deze telefoon uit de workshop gehaald.",
  },
  en: {
    codeAsk: "Type the code shown on the board.", codeGo: "Continue", wrongCode: "That code is not right. Have another look at the board.",
    welcome: "Welcome! Take part from your phone.", nameLabel: "Your first name (you may leave it empty)",
    join: "Join", joinAnon: "Join anonymously", joinClosed: "Joining is closed. Ask the facilitator.",
    voteTitle: "Vote", votesLeft: n => n === 1 ? "You have 1 vote left." : `You have ${n} votes left.`,
    voteClosed: "The vote is closed.", voteBtn: "+1", backBtn: "−1", yours: n => `your votes: ${n}`,
    votesCount: n => n === 1 ? "1 vote" : `${n} votes`,
    addTitle: "Add something", strength: "Strength", weakness: "Weakness", idea: "Idea", send: "Put it on the board",
    sent: "It is on the board. Thank you!", empty: "Write something first.", chooseKind: "Choose first: strength, weakness or idea.",
    noVotesLeft: "You have used all your votes.", full: "This combination is full.", notOpen: "There is no vote right now.",
    tooFast: "Easy does it, try again in a moment.", offline: "No connection to the board…",
    badToken: "This link is not right. Scan the QR code on the board again.", tooLong: "That is too long.",
    waiting: "The workshop has not started yet.", overtime: "overtime", other: "NL",
    sentWaiting: "Received! The facilitator will put it on the board.", mineTitle: "What you sent",
    pending: "waiting for the facilitator", removed: "The facilitator took this phone out of the workshop.",
  },
};

const $ = id => document.getElementById(id);
let lang = (localStorage.getItem("nt-lang") || navigator.language || "nl").toLowerCase().startsWith("nl") ? "nl" : "en";
let token = new URLSearchParams(location.search).get("t") || "";
let state = null, etag = "", receivedAt = 0, kind = "", pollTimer = 0;

const t = (key, ...args) => { const v = TEXTS[lang][key]; return typeof v === "function" ? v(...args) : v; };

function applyTexts() {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
  $("lang").textContent = t("other");
  if (state) render();
}

let sayTimer = 0;
function say(key, isError) {
  const m = $("message");
  m.textContent = key ? t(key) : "";
  m.className = isError ? "error" : "";
  // Thanks fade after a few seconds; errors stay until things are right again.
  clearTimeout(sayTimer);
  if (key && !isError) sayTimer = setTimeout(() => say(""), 4000);
}

function show(view) {
  for (const v of ["code-view", "join-view", "main-view"]) $(v).hidden = v !== view;
}

async function api(method, path, body) {
  const headers = { "X-Session": token };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (path === "/api/state" && etag) headers["If-None-Match"] = etag;
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body),
                                  credentials: "same-origin", cache: "no-store" });
  let data = null;
  if (res.status !== 304) { try { data = await res.json(); } catch (e) { data = null; } }
  return { status: res.status, data, etag: res.headers.get("ETag") };
}

const ERRORS = { "no-votes-left": "noVotesLeft", "combination-full": "full", "vote-not-open": "notOpen",
                 "nothing-to-take-back": "notOpen", "too-fast": "tooFast", "bad-token": "badToken",
                 "join-closed": "joinClosed", "text-too-long": "tooLong", "empty-text": "empty", "removed": "removed" };
function sayError(r) { say((r.data && ERRORS[r.data.error]) || "offline", true); }

// [SECTION] Joining
async function tryCode() {
  const r = await api("POST", "/api/code", { code: $("code").value.trim() }).catch(() => null);
  if (!r) return say("offline", true);
  if (r.status !== 200) return say(r.status === 403 ? "wrongCode" : "tooFast", true);
  token = r.data.token;
  history.replaceState(null, "", "/?t=" + encodeURIComponent(token));
  say("");
  start();
}

async function join(anonymous) {
  const name = anonymous ? "" : $("name").value.trim();
  const r = await api("POST", "/api/join", { name }).catch(() => null);
  if (!r) return say("offline", true);
  if (r.status !== 200) return sayError(r);
  say("");
  show("main-view");
  poll();
}

// [SECTION] Seeing the board
function clock() {
  if (!state || state.timeLeft === null) { $("time-left").textContent = ""; return; }
  const passed = state.running ? (Date.now() - receivedAt) / 1000 : 0;
  const left = Math.round(state.timeLeft - passed);
  const abs = Math.abs(left);
  const text = `${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, "0")}`;
  $("time-left").textContent = left < 0 ? `+${text} ${t("overtime")}` : text;
  $("time-left").className = left < 0 ? "time over" : "time";
}

function render() {
  $("title").textContent = state.title || "Netwerktafel";
  $("phase-title").textContent = state.phase ? state.phase.title : t("waiting");
  $("phase-prompt").textContent = state.phase ? state.phase.prompt : "";
  clock();
  const vote = state.vote;
  $("vote").hidden = vote.state === "not_started";
  $("votes-left").textContent = vote.state === "open" ? t("votesLeft", state.you.votesLeft) : t("voteClosed");
  const list = $("combos");
  list.replaceChildren();
  for (const c of vote.combinations) {
    const mine = state.you.votes.filter(id => id === c.id).length;
    const li = document.createElement("li");
    const name = document.createElement("span");
    name.textContent = c.name;
    if (mine) name.className = "mine";
    const info = document.createElement("div");
    info.append(name);
    const count = document.createElement("div");
    count.className = "count";
    // A table's combination in a room of tables says which table sent it.
    count.textContent = [c.table || "", mine ? t("yours", mine) : "",
                         c.votes !== undefined ? t("votesCount", c.votes) : ""].filter(Boolean).join(" · ");
    info.append(count);
    li.append(info);
    if (vote.state === "open") {
      const back = document.createElement("button");
      back.type = "button"; back.className = "back"; back.textContent = t("backBtn"); back.disabled = mine === 0;
      back.addEventListener("click", () => castVote(c.id, true));
      const plus = document.createElement("button");
      plus.type = "button"; plus.textContent = t("voteBtn"); plus.disabled = state.you.votesLeft === 0;
      plus.addEventListener("click", () => castVote(c.id, false));
      li.append(back, plus);
    }
    list.append(li);
  }
  renderMine();
}

// What this phone sent that is still on the board (or waiting), newest first.
function renderMine() {
  const notes = (state.you.notes || []).slice().reverse();
  $("mine").hidden = notes.length === 0;
  const list = $("mine-list");
  list.replaceChildren();
  for (const n of notes) {
    const li = document.createElement("li");
    li.className = "note " + n.kind;
    const kindLine = document.createElement("div");
    kindLine.className = "note-kind";
    kindLine.textContent = t(n.kind) + (n.pending ? " · " + t("pending") : "");
    const text = document.createElement("div");
    text.className = "note-text";
    text.textContent = n.text;
    li.append(kindLine, text);
    list.append(li);
  }
}

async function poll() {
  clearTimeout(pollTimer);
  try {
    const r = await api("GET", "/api/state");
    if (r.status === 200) {
      state = r.data; etag = r.etag || ""; receivedAt = Date.now();
      render();
      if ($("message").className === "error") say("");
    } else if (r.status === 401) {
      etag = ""; show("join-view"); return;
    } else if (r.status === 403) {
      show("code-view"); return say("badToken", true);
    } else if (r.status !== 304) {
      sayError(r);
    }
  } catch (e) {
    say("offline", true);
  }
  pollTimer = setTimeout(poll, 2000);
}

// [SECTION] Taking part
async function castVote(combination, back) {
  const r = await api("POST", back ? "/api/votes/retract" : "/api/votes", { combination }).catch(() => null);
  if (!r) return say("offline", true);
  if (r.status !== 200) sayError(r); else say("");
  poll();
}

async function sendNote() {
  const text = $("note-text").value.trim();
  if (!kind) return say("chooseKind", true);
  if (!text) return say("empty", true);
  $("send").disabled = true;
  const r = await api("POST", "/api/notes", { kind, text }).catch(() => null);
  $("send").disabled = false;
  if (!r) return say("offline", true);
  if (r.status !== 201) return sayError(r);
  $("note-text").value = "";
  say(r.data && r.data.pending ? "sentWaiting" : "sent");
  poll();
}

function chooseKind(button) {
  kind = button.dataset.kind;
  for (const b of document.querySelectorAll(".kind")) b.classList.toggle("chosen", b === button);
}

async function start() {
  if (!token) { show("code-view"); return; }
  // Joined before (the device cookie)? Then straight to the board.
  const r = await api("GET", "/api/state").catch(() => null);
  if (r && r.status === 200) { state = r.data; etag = r.etag || ""; receivedAt = Date.now(); show("main-view"); render(); poll(); }
  else if (r && r.status === 403) { show("code-view"); say("badToken", true); }
  else show("join-view");
}

document.addEventListener("DOMContentLoaded", () => {
  $("lang").addEventListener("click", () => { lang = lang === "nl" ? "en" : "nl"; localStorage.setItem("nt-lang", lang); applyTexts(); });
  $("code-go").addEventListener("click", tryCode);
  $("join").addEventListener("click", () => join(false));
  $("join-anon").addEventListener("click", () => join(true));
  $("send").addEventListener("click", sendNote);
  for (const b of document.querySelectorAll(".kind")) b.addEventListener("click", () => chooseKind(b));
  setInterval(clock, 1000);
  applyTexts();
  start();
});
