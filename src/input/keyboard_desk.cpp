// The open on-screen keyboards and the pointers that drive them.
#include "input/keyboard_desk.h"

#include <algorithm>
#include <cmath>

#include <utility>

namespace nt {

namespace {

bool sameKey(const KeyboardHit& a, const KeyboardHit& b) {
    return a.part == KeyboardHit::Part::Key && b.part == KeyboardHit::Part::Key && a.session == b.session &&
           a.row == b.row && a.col == b.col;
}

const Key* keyAt(const KeyboardSession& s, int row, int col) {
    const auto& rows = keyRows(s.frame.layout, s.typing.layer);
    if (row < 0 || row >= static_cast<int>(rows.size()) || col < 0 || col >= static_cast<int>(rows[row].size()))
        return nullptr;
    return &rows[row][col];
}

const std::vector<std::string>& accentsOf(const KeyboardSession& s, int row, int col) {
    static const std::vector<std::string> none;
    const Key* k = keyAt(s, row, col);
    return k && k->kind == KeyKind::Char ? accentChoices(keyOutput(s.typing, *k)) : none;
}

}  // namespace

bool wantsOnScreenKeyboard(PointerSource source, RoomLayout layout) {
    return layout == RoomLayout::Table || source == PointerSource::Touch || source == PointerSource::Tuio;
}

std::uint64_t KeyboardDesk::open(Id note, Vec2 touch, double boardUnitsPerMm) {
    const Note* n = findById(m_history.board().notes, note);
    return n ? open(noteTextTarget(*n), touch, boardUnitsPerMm) : 0;
}

std::uint64_t KeyboardDesk::open(TextTarget target, Vec2 touch, double boardUnitsPerMm) {
    const Board& board = m_history.board();
    if (target.key.empty() || (target.read && !target.read(board))) return 0;
    if (const KeyboardSession* s = sessionFor(target.key)) return s->id;
    KeyboardSession s;
    s.id = m_nextSession++;
    s.frame.side = facingSide(board.display.layout, touch);
    s.frame.layout = board.display.keyboard;
    s.frame.unit = keyUnitFor(boardUnitsPerMm, s.frame.layout);
    std::vector<layout::Rect> others;
    for (const KeyboardSession& o : m_sessions) others.push_back(o.frame.boardBounds());
    s.frame.centre = placeKeyboard(s.frame, target.anchor, target.halfSize, others);
    s.typing = startTyping(target.onBoard() ? *target.read(board) : target.text);
    s.typing.maxBytes = target.maxBytes;
    s.fresh = target.replaceFirst && !s.typing.text.empty();
    if (s.fresh) s.typing.shift = ShiftState::Once;
    if (target.onBoard()) s.gesture = m_history.beginGesture();
    s.target = std::move(target);
    m_lastTyped = s.id;
    m_sessions.push_back(std::move(s));
    return m_sessions.back().id;
}

KeyboardSession* KeyboardDesk::find(std::uint64_t id) {
    for (KeyboardSession& s : m_sessions)
        if (s.id == id) return &s;
    return nullptr;
}

const KeyboardSession* KeyboardDesk::session(std::uint64_t id) const {
    return const_cast<KeyboardDesk*>(this)->find(id);
}

const KeyboardSession* KeyboardDesk::sessionFor(Id item) const {
    for (const KeyboardSession& s : m_sessions)
        if (item != kNoId && s.target.item == item) return &s;
    return nullptr;
}

const KeyboardSession* KeyboardDesk::sessionFor(const std::string& key) const {
    for (const KeyboardSession& s : m_sessions)
        if (s.target.key == key) return &s;
    return nullptr;
}

std::string KeyboardDesk::text(const KeyboardSession& s) const {
    if (!s.target.onBoard()) return s.typing.text;
    return s.target.read(m_history.board()).value_or(std::string());
}

KeyboardHit KeyboardDesk::hitTest(Vec2 p) const {
    using Part = KeyboardHit::Part;
    for (auto it = m_sessions.rbegin(); it != m_sessions.rend(); ++it) {
        const KeyboardSession& s = *it;
        const Vec2 local = s.frame.toLocal(p);
        if (s.accents.open()) {
            const auto faces = keyPlaces(s.frame, s.typing.layer);
            for (const KeyPlace& k : faces) {
                if (k.row != s.accents.row || k.col != s.accents.col) continue;
                const auto places = accentPlaces(s.frame, k.face, s.accents.choices.size());
                for (size_t i = 0; i < places.size(); ++i)
                    if (places[i].contains(local)) return {Part::Accent, s.id, k.row, k.col, static_cast<int>(i)};
            }
        }
        if (!s.frame.localRect().contains(local)) continue;
        if (s.frame.titleRect().contains(local)) return {Part::Title, s.id};
        for (const KeyPlace& k : keyPlaces(s.frame, s.typing.layer))
            if (k.face.contains(local)) return {Part::Key, s.id, k.row, k.col};
        return {Part::Body, s.id};
    }
    return {};
}

bool KeyboardDesk::handle(const PointerEvent& e, double dragThreshold) {
    if (e.phase == PointerPhase::Down) {
        m_pointers.erase(e.pointer);
        const KeyboardHit hit = hitTest(e.pos);
        if (hit.part == KeyboardHit::Part::None) return false;
        KeyboardSession* s = find(hit.session);
        // Anything but a choice puts the accents away again.
        if (hit.part != KeyboardHit::Part::Accent) s->accents = {};
        m_pointers[e.pointer] = Pointer{hit, e.pos, s->frame.centre, e.t, false, false};
        return true;
    }
    auto it = m_pointers.find(e.pointer);
    if (it == m_pointers.end()) return false;
    Pointer& p = it->second;
    if (e.phase == PointerPhase::Move) {
        if (p.hit.part != KeyboardHit::Part::Title) return true;
        const Vec2 d{e.pos.x - p.downPos.x, e.pos.y - p.downPos.y};
        if (!p.moving && std::hypot(d.x, d.y) < dragThreshold) return true;
        p.moving = true;
        if (KeyboardSession* s = find(p.hit.session)) {
            KeyboardFrame f = s->frame;
            f.centre = {p.startCentre.x + d.x, p.startCentre.y + d.y};
            // The whole keyboard stays on the board.
            const layout::Rect b = f.boardBounds();
            f.centre.x += std::max(0.0, -b.x0) - std::max(0.0, b.x1 - kBoardWidth);
            f.centre.y += std::max(0.0, -b.y0) - std::max(0.0, b.y1 - kBoardHeight);
            s->frame.centre = f.centre;
        }
        return true;
    }
    const Pointer done = p;
    m_pointers.erase(it);
    if (e.phase == PointerPhase::Up) release(done, e.pos);
    return true;
}

void KeyboardDesk::release(const Pointer& p, Vec2 at) {
    KeyboardSession* s = find(p.hit.session);
    if (!s) return;
    const KeyboardHit now = hitTest(at);
    if (p.hit.part == KeyboardHit::Part::Key && p.longPressed && s->accents.open()) {
        // Slid onto a choice: that letter. Lifted on the key: the choices stay for a tap.
        if (now.part == KeyboardHit::Part::Accent && now.session == s->id) typeInto(*s, s->accents.choices[now.accent]);
        else if (!sameKey(now, p.hit)) s->accents = {};
        return;
    }
    if (p.hit.part == KeyboardHit::Part::Accent) {
        if (now.part == KeyboardHit::Part::Accent && now.session == s->id && now.accent == p.hit.accent && s->accents.open())
            typeInto(*s, s->accents.choices[now.accent]);
        return;
    }
    // A key acts when the finger lifts inside it.
    if (!sameKey(now, p.hit)) return;
    if (const Key* key = keyAt(*s, now.row, now.col)) pressKeyOf(*s, *key);
}

bool KeyboardDesk::syncText(KeyboardSession& s) {
    // A board field is the one truth: an undo or another editor may have changed it.
    if (!s.target.onBoard()) return true;
    const std::optional<std::string> now = s.target.read(m_history.board());
    if (!now) return false;
    s.typing.text = *now;
    return true;
}

void KeyboardDesk::typePhysical(const PhysicalKey& key) {
    if (m_sessions.empty()) return;
    KeyboardSession* s = find(m_lastTyped);
    if (!s) s = &m_sessions.back();
    if (key.kind == PhysicalKey::Kind::Text) {
        typeInto(*s, key.text);
        return;
    }
    Key special;
    special.kind = key.kind == PhysicalKey::Kind::Backspace ? KeyKind::Backspace : KeyKind::Enter;
    pressKeyOf(*s, special);
}

void KeyboardDesk::pressKeyOf(KeyboardSession& s, const Key& key) {
    m_lastTyped = s.id;
    if (!syncText(s)) {
        close(s.id);
        return;
    }
    // On one line, Enter is done.
    if (key.kind == KeyKind::Enter && !s.target.multiline) {
        close(s.id);
        return;
    }
    if (s.fresh && key.kind != KeyKind::Shift && key.kind != KeyKind::Layer && key.kind != KeyKind::Done) {
        // A default name goes as soon as the writer starts; backspace just takes it away.
        s.fresh = false;
        s.typing.text.clear();
        if (key.kind == KeyKind::Backspace) {
            applyText(s, KeyOutcome::Text);
            return;
        }
    }
    const KeyOutcome outcome = pressKey(s.typing, key);
    if (outcome == KeyOutcome::Done) {
        close(s.id);
        return;
    }
    applyText(s, outcome);
}

void KeyboardDesk::typeInto(KeyboardSession& s, std::string choice) {
    m_lastTyped = s.id;
    s.accents = {};
    if (!syncText(s)) {
        close(s.id);
        return;
    }
    if (std::exchange(s.fresh, false)) s.typing.text.clear();
    applyText(s, typeChoice(s.typing, choice));
}

void KeyboardDesk::applyText(KeyboardSession& s, KeyOutcome outcome) {
    if (outcome != KeyOutcome::Text || !s.target.onBoard()) return;
    // A board opened anew forgets open gestures: start another, so typing goes on.
    if (!m_history.gestureOpen(s.gesture)) s.gesture = m_history.beginGesture();
    m_history.applyInGesture(s.gesture, s.target.write(m_history.board(), s.typing.text));
}

void KeyboardDesk::close(std::uint64_t id) {
    auto it = std::find_if(m_sessions.begin(), m_sessions.end(), [&](const KeyboardSession& s) { return s.id == id; });
    if (it == m_sessions.end()) return;
    // With its field gone (undo, the bin) nothing it typed is left to keep,
    // and an empty step must not push away the redo of that note.
    if (it->target.onBoard()) {
        if (it->target.read(m_history.board())) m_history.commitGesture(it->gesture);
        else m_history.cancelGesture(it->gesture);
    }
    std::erase_if(m_pointers, [&](const auto& kv) { return kv.second.hit.session == id; });
    m_sessions.erase(it);
}

void KeyboardDesk::closeAll() {
    while (!m_sessions.empty()) close(m_sessions.back().id);
}

void KeyboardDesk::keepPanelFields(const std::vector<std::string>& shown) {
    std::vector<std::uint64_t> gone;
    for (const KeyboardSession& s : m_sessions)
        if (s.target.panel && std::find(shown.begin(), shown.end(), s.target.key) == shown.end()) gone.push_back(s.id);
    for (std::uint64_t id : gone) close(id);
}

void KeyboardDesk::cancelPointers() { m_pointers.clear(); }

void KeyboardDesk::update(double now, double longPressSeconds) {
    std::vector<std::uint64_t> gone;
    for (const KeyboardSession& s : m_sessions)
        if (s.target.onBoard() && !s.target.read(m_history.board())) gone.push_back(s.id);
    for (std::uint64_t id : gone) close(id);
    for (auto& [id, p] : m_pointers) {
        if (p.hit.part != KeyboardHit::Part::Key || p.longPressed || now - p.downT < longPressSeconds) continue;
        KeyboardSession* s = find(p.hit.session);
        if (!s) continue;
        p.longPressed = true;
        const auto& choices = accentsOf(*s, p.hit.row, p.hit.col);
        if (!choices.empty()) s->accents = {p.hit.row, p.hit.col, choices};
    }
}

std::optional<double> KeyboardDesk::nextDeadline(double longPressSeconds) const {
    std::optional<double> next;
    for (const auto& [id, p] : m_pointers) {
        if (p.hit.part != KeyboardHit::Part::Key || p.longPressed) continue;
        const double t = p.downT + longPressSeconds;
        if (!next || t < *next) next = t;
    }
    return next;
}

std::vector<KeyboardDesk::Pressed> KeyboardDesk::pressed() const {
    std::vector<Pressed> out;
    for (const auto& [id, p] : m_pointers)
        if (p.hit.part == KeyboardHit::Part::Key) out.push_back({p.hit.session, p.hit.row, p.hit.col});
    return out;
}

}  // namespace nt
