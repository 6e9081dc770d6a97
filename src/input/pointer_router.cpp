// Per-pointer gesture state machines.
#include "input/pointer_router.h"

#include <algorithm>
#include <cmath>

#include "core/edits.h"
#include "core/note_slots.h"

namespace nt {

namespace {

Vec2 clampToBoard(Vec2 p) {
    // Keep every item reachable: nothing disappears off the edge.
    return {std::clamp(p.x, 20.0, kBoardWidth - 20), std::clamp(p.y, 20.0, kBoardHeight - 20)};
}

// Board positions are stored to a tenth of a unit: finer is noise.
Vec2 tidy(Vec2 p) { return {std::round(p.x * 10) / 10, std::round(p.y * 10) / 10}; }

bool isItem(HitKind k) { return k == HitKind::Actor || k == HitKind::Note || k == HitKind::Municipality; }

}  // namespace

void PointerRouter::setActorType(std::string type, std::string defaultName) {
    m_actorType = std::move(type);
    m_actorDefaultName = std::move(defaultName);
}

void PointerRouter::handle(const PointerEvent& e) {
    if (e.phase == PointerPhase::Down) {
        down(e);
        return;
    }
    auto it = m_pointers.find(e.pointer);
    if (it == m_pointers.end()) return;  // a move or up without a down: ignore
    Pointer& p = it->second;
    switch (e.phase) {
        case PointerPhase::Move: move(p, e); break;
        case PointerPhase::Up:
            up(p, e);
            m_pointers.erase(it);
            break;
        case PointerPhase::Cancel:
            if (p.gesture) m_history.cancelGesture(p.gesture);
            m_pointers.erase(it);
            break;
        case PointerPhase::Down: break;
    }
}

void PointerRouter::down(const PointerEvent& e) {
    if (auto old = m_pointers.find(e.pointer); old != m_pointers.end()) {
        // A second down for a pointer that never went up: end the first cleanly.
        if (old->second.gesture) m_history.cancelGesture(old->second.gesture);
        m_pointers.erase(old);
    }
    Pointer p;
    p.hit = hitTest(m_history.board(), e.pos);
    p.downPos = p.lastPos = e.pos;
    p.downT = e.t;
    p.item = p.hit.id;
    p.grabOffset = {p.hit.itemPos.x - e.pos.x, p.hit.itemPos.y - e.pos.y};
    // A second finger on an item someone already holds does not take it away.
    if (p.item != kNoId && isHeld(p.item)) p.state = State::Inert;
    if (e.secondary && p.state != State::Inert) {
        if (isItem(p.hit.kind)) m_requests.push_back({RequestKind::ContextMenu, p.item, e.pos});
        p.state = State::Inert;
    }
    m_pointers[e.pointer] = p;
}

void PointerRouter::move(Pointer& p, const PointerEvent& e) {
    p.lastPos = e.pos;
    if (p.state == State::Pressing) {
        const double moved = std::hypot(e.pos.x - p.downPos.x, e.pos.y - p.downPos.y);
        if (moved < m_config.dragThreshold()) return;
        if (p.hit.kind == HitKind::None || p.hit.kind == HitKind::Bin || p.hit.kind == HitKind::TrayTypePicker) {
            p.state = State::Inert;
            return;
        }
        startDrag(p, e.pos);
    }
    if (p.state == State::Dragging) dragTo(p, e.pos);
}

void PointerRouter::startDrag(Pointer& p, Vec2 at) {
    p.state = State::Dragging;
    p.gesture = m_history.beginGesture();
    const Vec2 pos = tidy(clampToBoard(at));
    if (p.hit.kind == HitKind::TrayNote) {
        p.item = m_history.newId();
        p.grabOffset = {};
        m_history.applyInGesture(p.gesture, addNote(p.item, p.hit.noteKind, pos));
    } else if (p.hit.kind == HitKind::TrayActor) {
        p.item = m_history.newId();
        p.grabOffset = {};
        m_history.applyInGesture(p.gesture, addActor(m_history.board(), p.item, m_actorType, m_actorDefaultName, pos));
    }
}

CommandPtr PointerRouter::moveCommand(const Pointer& p, Vec2 itemPos) const {
    const Board& b = m_history.board();
    if (findById(b.actors, p.item)) return moveActor(b, p.item, itemPos);
    if (findById(b.notes, p.item)) return moveNote(b, p.item, itemPos);
    if (findById(b.municipalities, p.item)) return moveMunicipality(b, p.item, itemPos);
    return nullptr;
}

void PointerRouter::dragTo(Pointer& p, Vec2 at) {
    const Vec2 itemPos = tidy(clampToBoard({at.x + p.grabOffset.x, at.y + p.grabOffset.y}));
    m_history.applyInGesture(p.gesture, moveCommand(p, itemPos));
}

void PointerRouter::up(Pointer& p, const PointerEvent& e) {
    if (p.state == State::Pressing) {
        tap(p);
        return;
    }
    if (p.state != State::Dragging) return;
    const bool createdHere = p.hit.kind == HitKind::TrayNote || p.hit.kind == HitKind::TrayActor;
    const bool overBin = tray::kBin.contains(e.pos);
    if (createdHere && (overBin || layout::kTray.contains(e.pos))) {
        // Pulled out of the tray and put straight back: as if nothing happened.
        m_history.cancelGesture(p.gesture);
        return;
    }
    if (overBin) {
        m_history.applyInGesture(p.gesture, removeItem(m_history.board(), p.item));
    } else {
        dragTo(p, e.pos);
        if (findById(m_history.board().actors, p.item)) {
            const Actor* a = findById(m_history.board().actors, p.item);
            m_history.applyInGesture(p.gesture, dropActor(m_history.board(), p.item, a->pos));
        }
    }
    m_history.commitGesture(p.gesture);
}

void PointerRouter::tap(const Pointer& p) {
    const Board& b = m_history.board();
    switch (p.hit.kind) {
        case HitKind::Note: m_requests.push_back({RequestKind::EditNote, p.item, p.downPos}); break;
        case HitKind::Actor: m_requests.push_back({RequestKind::RenameActor, p.item, p.downPos}); break;
        case HitKind::TrayNote: {
            const Id id = m_history.newId();
            m_history.apply(addNote(id, p.hit.noteKind, freeNoteSlot(b, p.hit.noteKind)));
            m_requests.push_back({RequestKind::EditNote, id, p.downPos});
            break;
        }
        case HitKind::TrayActor: {
            const Id id = m_history.newId();
            m_history.apply(addActor(b, id, m_actorType, m_actorDefaultName, freeActorSpot(b)));
            m_requests.push_back({RequestKind::RenameActor, id, p.downPos});
            break;
        }
        case HitKind::TrayTypePicker: m_requests.push_back({RequestKind::PickActorType, kNoId, p.downPos}); break;
        case HitKind::Municipality:
        case HitKind::Bin:
        case HitKind::None: break;
    }
}

void PointerRouter::update(double now) {
    for (auto& [id, p] : m_pointers) {
        if (p.state != State::Pressing || now - p.downT < m_config.longPressSeconds) continue;
        p.state = State::LongPressed;
        if (isItem(p.hit.kind)) m_requests.push_back({RequestKind::ContextMenu, p.item, p.lastPos});
    }
}

std::optional<double> PointerRouter::nextDeadline() const {
    std::optional<double> next;
    for (const auto& [id, p] : m_pointers) {
        if (p.state != State::Pressing || !isItem(p.hit.kind)) continue;
        const double t = p.downT + m_config.longPressSeconds;
        if (!next || t < *next) next = t;
    }
    return next;
}

std::vector<PointerRouter::Held> PointerRouter::held() const {
    std::vector<Held> out;
    for (const auto& [id, p] : m_pointers)
        if (p.state == State::Pressing || p.state == State::Dragging)
            out.push_back({p.hit.kind, p.item, p.lastPos, p.state == State::Dragging});
    return out;
}

bool PointerRouter::isHeld(Id item) const {
    return std::any_of(m_pointers.begin(), m_pointers.end(), [&](const auto& kv) {
        return kv.second.item == item && kv.second.state != State::Inert;
    });
}

bool PointerRouter::anyDragOverBin() const {
    return std::any_of(m_pointers.begin(), m_pointers.end(), [](const auto& kv) {
        return kv.second.state == State::Dragging && tray::kBin.contains(kv.second.lastPos);
    });
}

void PointerRouter::cancelAll() {
    for (auto& [id, p] : m_pointers)
        if (p.gesture) m_history.cancelGesture(p.gesture);
    m_pointers.clear();
}

}  // namespace nt
