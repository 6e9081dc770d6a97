// The router's part of two-finger gestures (the rule and the geometry are in
// input/two_finger.h): a second finger of the same hand joins a hold, the
// pair turns a note or a token, or scales a bubble, inside the first
// finger's gesture (so the turn and every move around it are one undo
// step), and lifting either finger hands the item to the other where it is.
#include <algorithm>
#include <cmath>

#include "core/bubble_placement.h"
#include "core/edits.h"
#include "input/pointer_router.h"

namespace nt {

namespace {

// Where an item is now: a note's or token's position, a bubble's centre.
Vec2 itemPos(const Board& b, Id id) {
    if (const Note* n = findById(b.notes, id)) return n->pos;
    if (const Actor* a = findById(b.actors, id)) return a->pos;
    if (const Municipality* m = findById(b.municipalities, id)) return m->centre;
    return {};
}

}  // namespace

TwoFingerGrip* PointerRouter::gripOf(std::uint64_t pointer) {
    auto it = std::find_if(m_grips.begin(), m_grips.end(),
                           [&](const TwoFingerGrip& g) { return g.holder == pointer || g.joiner == pointer; });
    return it == m_grips.end() ? nullptr : &*it;
}

bool PointerRouter::joinHold(const PointerEvent& e, Pointer& p) {
    if (e.secondary || p.resizing || p.picked) return false;
    const Board& b = m_history.board();
    const double mm = m_config.boardUnitsPerMm;
    // Beside a token (on its bubble or the bare board) still counts as on it.
    const bool beside = p.hit.kind == HitKind::None || p.hit.kind == HitKind::Municipality;
    for (auto& [id, h] : m_pointers) {
        if (h.state != State::Pressing && h.state != State::Dragging) continue;
        if (h.item == kNoId || h.resizing || gripOf(id)) continue;
        const Note* note = findById(b.notes, h.item);
        const Actor* token = findById(b.actors, h.item);
        const Municipality* bubble = findById(b.municipalities, h.item);
        if (!note && !token && !bubble) continue;  // cards and vote dots do not turn
        const bool onIt = p.item == h.item || (token && beside && nearToken(*token, e.pos, mm));
        if (!onIt || !withinHandSpan(h.lastPos, e.pos, mm) || !h.rest.resting(e.t)) continue;

        if (h.state == State::Pressing) startDrag(h, h.lastPos);
        TwoFingerGrip g;
        g.kind = bubble ? GripKind::Scale : GripKind::Turn;
        g.holder = id;
        g.joiner = e.pointer;
        g.holderStart = h.lastPos;
        g.joinerStart = e.pos;
        g.itemStart = itemPos(b, h.item);
        g.rotationStart = note ? note->rotation : token ? token->rotation : 0;
        g.radiusStart = bubble ? bubble->radius : 0;
        m_grips.push_back(g);
        p.state = State::Joined;
        p.hit = h.hit;
        p.item = h.item;
        return true;
    }
    return false;
}

bool PointerRouter::moveInGrip(const PointerEvent& e) {
    TwoFingerGrip* g = gripOf(e.pointer);
    if (!g) return false;
    Pointer& holder = m_pointers.at(g->holder);
    Pointer& joiner = m_pointers.at(g->joiner);
    (e.pointer == g->holder ? holder : joiner).lastPos = e.pos;
    const GripPose pose = gripPose(*g, holder.lastPos, joiner.lastPos);
    // The holder carries the item where the pose puts it, through the one-finger path.
    holder.grabOffset = {pose.pos.x - holder.lastPos.x, pose.pos.y - holder.lastPos.y};
    dragTo(holder, holder.lastPos);
    const Board& b = m_history.board();
    CommandPtr change;
    if (g->kind == GripKind::Scale)
        change = resizeBubble(b, holder.item, std::round(pose.radius * 10) / 10);  // as the rim handle does
    else if (findById(b.notes, holder.item))
        change = rotateNote(b, holder.item, pose.rotation);
    else
        change = rotateActor(b, holder.item, pose.rotation);
    m_history.applyInGesture(holder.gesture, std::move(change));
    return true;
}

bool PointerRouter::releaseGrip(const PointerEvent& e) {
    TwoFingerGrip* found = gripOf(e.pointer);
    if (!found) return false;
    if (e.phase == PointerPhase::Up) moveInGrip(e);
    const TwoFingerGrip g = *found;
    m_grips.erase(m_grips.begin() + (found - m_grips.data()));
    Pointer& holder = m_pointers.at(g.holder);
    Pointer& joiner = m_pointers.at(g.joiner);
    if (e.phase != PointerPhase::Up) {
        // A finger lost (its source went quiet): nobody knows what it did, so
        // the item goes back to where it was before it was taken, and the
        // finger left behind does nothing more.
        m_history.cancelGesture(holder.gesture);
        holder.gesture = 0;
        holder.state = joiner.state = State::Inert;
        return true;
    }
    const Vec2 at = itemPos(m_history.board(), holder.item);
    if (e.pointer == g.joiner) {
        holder.grabOffset = {at.x - holder.lastPos.x, at.y - holder.lastPos.y};
        return true;
    }
    // The first finger lifts: the second takes over the hold, its gesture and
    // where it came from, with the item where it is now.
    Pointer taken = holder;
    taken.downPos = joiner.downPos;
    taken.lastPos = joiner.lastPos;
    taken.downT = joiner.downT;
    taken.source = joiner.source;
    taken.rest = joiner.rest;
    taken.grabOffset = {at.x - joiner.lastPos.x, at.y - joiner.lastPos.y};
    joiner = taken;
    holder.gesture = 0;
    return true;
}

}  // namespace nt
