// Per-pointer gesture state machines.
#include "input/pointer_router.h"

#include <algorithm>
#include <cmath>

#include "core/bubble_placement.h"
#include "core/combination_edits.h"
#include "core/edits.h"
#include "core/vote_rules.h"
#include "core/note_piles.h"
#include "core/note_slots.h"

namespace nt {

namespace {

Vec2 clampToBoard(Vec2 p) {
    // Keep every item reachable: nothing disappears off the edge.
    return {std::clamp(p.x, 20.0, kBoardWidth - 20), std::clamp(p.y, 20.0, kBoardHeight - 20)};
}

// Board positions are stored to a tenth of a unit: finer is noise.
Vec2 tidy(Vec2 p) { return {std::round(p.x * 10) / 10, std::round(p.y * 10) / 10}; }

bool isItem(HitKind k) {
    return k == HitKind::Actor || k == HitKind::Note || k == HitKind::Municipality || k == HitKind::Card;
}
bool isDot(HitKind k) { return k == HitKind::SeatDot || k == HitKind::CardDot; }

// The card under a point, if any.
const Combination* cardAt(const Board& board, Vec2 p) {
    for (auto it = board.combinations.rbegin(); it != board.combinations.rend(); ++it)
        if (layout::cardRect(it->cardPos).contains(p)) return &*it;
    return nullptr;
}

}  // namespace

void PointerRouter::setActorType(std::string type, std::string defaultName) {
    m_actorType = std::move(type);
    m_actorDefaultName = std::move(defaultName);
}

void PointerRouter::handle(const PointerEvent& e) {
    if (m_menus.handle(e)) {
        takeMenuChoices();
        return;
    }
    if (m_keyboards.handle(e, m_config.dragThreshold())) return;
    if (e.phase == PointerPhase::Down) {
        down(e);
        return;
    }
    auto it = m_pointers.find(e.pointer);
    if (it == m_pointers.end()) return;  // a move or up without a down: ignore
    Pointer& p = it->second;
    switch (e.phase) {
        case PointerPhase::Move:
            p.rest.moved(e.pos, e.t, m_config.boardUnitsPerMm);
            if (!moveInGrip(e)) move(p, e);
            break;
        case PointerPhase::Up:
            if (!releaseGrip(e)) up(p, e);
            m_pointers.erase(it);
            break;
        case PointerPhase::Cancel:
            if (releaseGrip(e)) {
            } else if (e.lost && endsWhereLost(p, e.pos)) {
                up(p, e);
            } else if (p.gesture) {
                m_history.cancelGesture(p.gesture);
            }
            m_pointers.erase(it);
            break;
        case PointerPhase::Down: break;
    }
}

// A tracker that falls silent (a stalled laptop, a dropped network) leaves an
// item where the people at the table last saw it, rather than sending it
// back to where the drag began; but it never casts or takes back a vote,
// and never throws an item away on the bin.
bool PointerRouter::endsWhereLost(const Pointer& p, Vec2 at) const {
    return p.state == State::Dragging && !isDot(p.hit.kind) && !tray::kBin.contains(at);
}

void PointerRouter::down(const PointerEvent& e) {
    if (auto old = m_pointers.find(e.pointer); old != m_pointers.end()) {
        // A second down for a pointer that never went up: end the first cleanly.
        if (!releaseGrip({e.pointer, e.source, PointerPhase::Cancel, e.pos, e.t}) && old->second.gesture)
            m_history.cancelGesture(old->second.gesture);
        m_pointers.erase(old);
    }
    Pointer p;
    p.hit = hitTest(m_history.board(), e.pos);
    p.downPos = p.lastPos = e.pos;
    p.downT = e.t;
    p.source = e.source;
    p.rest.land(e.pos, e.t);
    p.item = p.hit.id;
    p.grabOffset = {p.hit.itemPos.x - e.pos.x, p.hit.itemPos.y - e.pos.y};
    pickUpTypeOrHandle(p, e.pos);
    // A second finger of the hand that holds an item turns or scales it;
    // anyone else's finger on an item someone already holds does not take it away.
    if (joinHold(e, p)) {
        m_pointers[e.pointer] = p;
        return;
    }
    if (p.item != kNoId && !isDot(p.hit.kind) && isHeld(p.item)) p.state = State::Inert;
    if (e.secondary && p.state != State::Inert) {
        if (isItem(p.hit.kind)) contextMenu(p.item, e.pos, e.t);
        p.state = State::Inert;
    }
    m_pointers[e.pointer] = p;
}

void PointerRouter::move(Pointer& p, const PointerEvent& e) {
    p.lastPos = e.pos;
    if (p.state == State::Pressing) {
        const double moved = std::hypot(e.pos.x - p.downPos.x, e.pos.y - p.downPos.y);
        if (moved < m_config.dragThreshold()) return;
        const bool voteOpen = m_history.board().vote.state == VoteState::Open;
        if (p.hit.kind == HitKind::None || p.hit.kind == HitKind::Bin || p.hit.kind == HitKind::TrayTypePicker ||
            p.hit.kind == HitKind::WorkshopField || (isDot(p.hit.kind) && !voteOpen)) {
            p.state = State::Inert;
            return;
        }
        startDrag(p, e.pos);
    }
    if (p.state == State::Dragging) dragTo(p, e.pos);
}

void PointerRouter::startDrag(Pointer& p, Vec2 at) {
    p.state = State::Dragging;
    if (isDot(p.hit.kind)) {
        // A dot in flight changes nothing until it lands: votes are not undo steps.
        if (p.hit.kind == HitKind::SeatDot && !takingBack(p) && votesLeft(m_history.board(), seatVoter(p.hit.seat)) <= 0) {
            refuse(static_cast<int>(VoteRefusal::NoVotesLeft), at);
            p.state = State::Inert;
        }
        return;
    }
    p.gesture = m_history.beginGesture();
    const Vec2 pos = tidy(clampToBoard(at));
    if (p.hit.kind == HitKind::TrayNote) {
        p.item = m_history.newId();
        p.grabOffset = {};
        m_history.applyInGesture(p.gesture, addNote(p.item, p.hit.noteKind, pos));
    } else if (p.hit.kind == HitKind::TrayActor) {
        p.item = m_history.newId();
        p.grabOffset = {};
        const std::string& type = p.picked ? p.picked->type : m_actorType;
        const std::string& name = p.picked ? p.picked->name : m_actorDefaultName;
        m_history.applyInGesture(p.gesture, addActor(m_history.board(), p.item, type, name, pos));
    }
}

CommandPtr PointerRouter::moveCommand(const Pointer& p, Vec2 itemPos) const {
    const Board& b = m_history.board();
    if (findById(b.actors, p.item)) return moveActor(b, p.item, itemPos);
    if (findById(b.notes, p.item)) return moveNote(b, p.item, itemPos);
    if (findById(b.municipalities, p.item)) return moveMunicipality(b, p.item, itemPos);
    if (findById(b.combinations, p.item)) return moveCombinationCard(b, p.item, itemPos);
    return nullptr;
}

void PointerRouter::dragTo(Pointer& p, Vec2 at) {
    if (isDot(p.hit.kind)) return;
    if (p.resizing) {
        resizeTo(p, at);
        return;
    }
    const Vec2 itemPos = tidy(clampToBoard({at.x + p.grabOffset.x, at.y + p.grabOffset.y}));
    const std::uint64_t before = m_history.revision();
    m_history.applyInGesture(p.gesture, moveCommand(p, itemPos));
    // A note or a partner moves alone (a card takes its ideas along, a bubble its partners).
    const HitKind k = p.hit.kind;
    if (k == HitKind::Note || k == HitKind::Actor || k == HitKind::TrayNote || k == HitKind::TrayActor)
        m_carriedMoves += m_history.revision() - before;
}

void PointerRouter::up(Pointer& p, const PointerEvent& e) {
    if (p.state == State::Pressing) {
        tap(p);
        return;
    }
    if (p.state != State::Dragging) return;
    if (isDot(p.hit.kind)) {
        dropDot(p, e.pos);
        return;
    }
    const bool createdHere = p.hit.kind == HitKind::TrayNote || p.hit.kind == HitKind::TrayActor;
    const bool overBin = tray::kBin.contains(e.pos);
    if (createdHere && (overBin || layout::kTray.contains(e.pos) || (p.picked && overTypeSource(e.pos)))) {
        // Pulled out of the tray and put straight back: as if nothing happened.
        m_history.cancelGesture(p.gesture);
        return;
    }
    if (overBin && !p.resizing) {
        m_history.applyInGesture(p.gesture, removeItem(m_history.board(), p.item));
    } else {
        dragTo(p, e.pos);
        if (const Actor* a = findById(m_history.board().actors, p.item))
            m_history.applyInGesture(p.gesture, dropActor(m_history.board(), p.item, a->pos));
        if (findById(m_history.board().notes, p.item)) dropOnCard(p, e.pos);
    }
    m_history.commitGesture(p.gesture);
    // A partner taken from the inspiration tray is named next.
    if (p.picked && findById(m_history.board().actors, p.item)) nameActor(p.source, p.item, e.pos, true);
}

void PointerRouter::dropOnCard(Pointer& p, Vec2 at) {
    // A note let go on a card hangs on it; one pulled off its card comes loose.
    const Board& b = m_history.board();
    const Combination* target = cardAt(b, at);
    for (const Combination& c : b.combinations) {
        const bool onIt = std::find(c.ideas.begin(), c.ideas.end(), p.item) != c.ideas.end();
        if (onIt && (!target || target->id != c.id)) m_history.applyInGesture(p.gesture, detachIdea(b, c.id, p.item));
    }
    if (target) m_history.applyInGesture(p.gesture, attachIdea(m_history.board(), target->id, p.item));
}

bool PointerRouter::takingBack(const Pointer& p) const {
    // The seat's tray shows its unused dots filled first, then the used ones hollow.
    return p.hit.slot >= 0 && p.hit.slot >= votesLeft(m_history.board(), seatVoter(p.hit.seat));
}

void PointerRouter::refuse(int refusal, Vec2 at) { m_requests.push_back({RequestKind::VoteRefused, kNoId, at, refusal}); }

void PointerRouter::dropDot(const Pointer& p, Vec2 at) {
    const Board& b = m_history.board();
    const Combination* target = cardAt(b, at);
    const std::string voter = seatVoter(p.hit.seat);
    if (p.hit.kind == HitKind::SeatDot && takingBack(p)) {
        // A used (hollow) dot carried to a card fetches this seat's vote back
        // from it: the way to change one's mind while the score is hidden.
        if (!target) return;
        VoteOutcome back = retractVote(b, voter, target->id);
        if (back) {
            m_history.apply(std::move(back.command), Record::No);
        } else if (back.refusal == VoteRefusal::NothingToTakeBack && votesLeft(b, voter) == 0) {
            // Most likely a try to vote once more: say that the dots are all used.
            refuse(static_cast<int>(VoteRefusal::NoVotesLeft), at);
        } else {
            refuse(static_cast<int>(back.refusal), at);
        }
        return;
    }
    if (p.hit.kind == HitKind::CardDot) {
        if (target && target->id == p.item) return;  // put back where it was
        VoteOutcome back = retractVote(b, voter, p.item);
        if (!back) {
            refuse(static_cast<int>(back.refusal), at);
            return;
        }
        m_history.apply(std::move(back.command), Record::No);
    }
    if (!target) return;  // off every card: taken back (or never cast)
    VoteOutcome cast = castVote(m_history.board(), m_history.newId(), voter, target->id, m_wallClock());
    if (!cast) {
        refuse(static_cast<int>(cast.refusal), at);
        return;
    }
    m_history.apply(std::move(cast.command), Record::No);
}

void PointerRouter::tap(const Pointer& p) {
    const Board& b = m_history.board();
    switch (p.hit.kind) {
        case HitKind::Note:
            if (!p.hit.pileCount) {
                editNote(p, p.item);
            } else if (CommandPtr turn = flipNotePile(b, p.item)) {
                m_history.apply(std::move(turn));  // the next note of the pile shows
            }
            break;
        case HitKind::Actor: m_requests.push_back({RequestKind::ToggleActor, p.item, p.downPos}); break;
        case HitKind::Card: m_requests.push_back({RequestKind::OpenCombination, p.item, p.downPos}); break;
        case HitKind::SeatDot:
        case HitKind::CardDot: break;
        case HitKind::TrayNote: {
            const Id id = m_history.newId();
            m_history.apply(addNote(id, p.hit.noteKind, freeNoteSlot(b, p.hit.noteKind)));
            editNote(p, id);
            break;
        }
        case HitKind::TrayActor: {
            if (p.picked) {  // a tap on the inspiration tray chooses the type for the actor chip
                setActorType(p.picked->type, p.picked->name);
                break;
            }
            const Id id = m_history.newId();
            m_history.apply(addActor(b, id, m_actorType, m_actorDefaultName, freeActorSpot(b)));
            nameActor(p.source, id, p.downPos, true);
            break;
        }
        case HitKind::TrayTypePicker: m_requests.push_back({RequestKind::PickActorType, kNoId, p.downPos}); break;
        case HitKind::WorkshopField: editWorkshop(p.source, p.hit.field, p.downPos); break;
        case HitKind::Municipality:
        case HitKind::Bin:
        case HitKind::None: break;
    }
}

void PointerRouter::pickUpTypeOrHandle(Pointer& p, Vec2 at) {
    // The tray lies over the board, so its entries come before what is under them.
    for (const TypeSource& s : m_typeSources) {
        if (!s.rect.contains(at)) continue;
        p.hit = Hit{HitKind::TrayActor, kNoId, NoteKind::Free, {}};
        p.item = kNoId;
        p.picked = s;
        return;
    }
    // A bubble's resize handle, unless a partner or a note lies on top of it.
    if (p.hit.kind != HitKind::Municipality && p.hit.kind != HitKind::None) return;
    const Id bubble = bubbleHandleAt(m_history.board(), at);
    const Municipality* m = findById(m_history.board().municipalities, bubble);
    if (!m) return;
    p.hit = Hit{HitKind::Municipality, bubble, NoteKind::Free, m->centre};
    p.item = bubble;
    p.resizing = true;
    // The radius follows the finger's distance from the centre, less where on the handle it grabbed.
    p.grabOffset = {m->radius - std::hypot(at.x - m->centre.x, at.y - m->centre.y), 0};
}

bool PointerRouter::overTypeSource(Vec2 at) const {
    return std::any_of(m_typeSources.begin(), m_typeSources.end(), [&](const TypeSource& s) { return s.rect.contains(at); });
}

void PointerRouter::resizeTo(Pointer& p, Vec2 at) {
    const Municipality* m = findById(m_history.board().municipalities, p.item);
    if (!m) return;
    const double radius = std::hypot(at.x - m->centre.x, at.y - m->centre.y) + p.grabOffset.x;
    m_history.applyInGesture(p.gesture, resizeBubble(m_history.board(), p.item, std::round(radius * 10) / 10));
}

void PointerRouter::editNote(const Pointer& p, Id note) {
    if (wantsOnScreenKeyboard(p.source, m_history.board().display.layout))
        m_keyboards.open(note, p.downPos, m_config.boardUnitsPerMm);
    else
        m_requests.push_back({RequestKind::EditNote, note, p.downPos});
}

void PointerRouter::nameActor(PointerSource source, Id actor, Vec2 at, bool isNew) {
    const Actor* a = findById(m_history.board().actors, actor);
    if (a && wantsOnScreenKeyboard(source, m_history.board().display.layout))
        m_keyboards.open(actorNameTarget(*a, isNew), at, m_config.boardUnitsPerMm);
    else
        m_requests.push_back({RequestKind::RenameActor, actor, at, isNew ? 1 : 0});
}

void PointerRouter::editWorkshop(PointerSource source, WorkshopField field, Vec2 at) {
    // A date is picked, not typed letter by letter: half a date is no date to write on the board.
    if (field != WorkshopField::Date && wantsOnScreenKeyboard(source, m_history.board().display.layout))
        m_keyboards.open(workshopFieldTarget(field), at, m_config.boardUnitsPerMm);
    else
        m_requests.push_back({RequestKind::EditWorkshop, kNoId, at, static_cast<int>(field)});
}

void PointerRouter::contextMenu(Id item, Vec2 at, double now) {
    if (m_history.board().display.layout == RoomLayout::Table)
        m_menus.open(item, at, m_config.boardUnitsPerMm, now);
    else
        m_requests.push_back({RequestKind::ContextMenu, item, at});
}

void PointerRouter::takeMenuChoices() {
    for (const MenuChoice& c : m_menus.takeChoices()) {
        switch (c.action) {
            case MenuAction::Edit: m_keyboards.open(c.item, c.pos, m_config.boardUnitsPerMm); break;
            case MenuAction::Rename: nameActor(PointerSource::Touch, c.item, c.pos, false); break;
            case MenuAction::OpenCombination: m_requests.push_back({RequestKind::OpenCombination, c.item, c.pos}); break;
            default: break;  // the menu applied the rest itself
        }
    }
}

void PointerRouter::update(double now) {
    m_keyboards.update(now, m_config.longPressSeconds);
    m_menus.update(now);
    for (auto& [id, p] : m_pointers) {
        if (!longPresses(p) || now - p.downT < m_config.longPressSeconds) continue;
        p.state = State::LongPressed;
        if (isItem(p.hit.kind)) contextMenu(p.item, p.lastPos, now);
    }
}

// Holding still on an item opens its menu for a finger, and for the mouse in
// table layout where it stands in for one. A mouse on a projector is a mouse:
// its menu is the right button, and holding still before moving is just a
// slow drag (or a busy machine's late frame), never a menu.
bool PointerRouter::longPresses(const Pointer& p) const {
    return p.state == State::Pressing &&
           (p.source != PointerSource::Mouse || m_history.board().display.layout == RoomLayout::Table);
}

std::optional<double> PointerRouter::nextDeadline() const {
    std::optional<double> next = m_keyboards.nextDeadline(m_config.longPressSeconds);
    if (const auto menus = m_menus.nextDeadline(); menus && (!next || *menus < *next)) next = menus;
    for (const auto& [id, p] : m_pointers) {
        if (!longPresses(p) || !isItem(p.hit.kind)) continue;
        const double t = p.downT + m_config.longPressSeconds;
        if (!next || t < *next) next = t;
    }
    return next;
}

std::vector<PointerRouter::Held> PointerRouter::held() const {
    std::vector<Held> out;
    for (const auto& [id, p] : m_pointers)
        if (p.state == State::Pressing || p.state == State::Dragging)
            out.push_back({p.hit.kind, p.item, p.lastPos, p.state == State::Dragging, p.hit.seat});
    return out;
}

bool PointerRouter::isHeld(Id item) const {
    return std::any_of(m_pointers.begin(), m_pointers.end(), [&](const auto& kv) {
        return kv.second.item == item && kv.second.state != State::Inert && !isDot(kv.second.hit.kind);
    });
}

bool PointerRouter::anyDragOverBin() const {
    return std::any_of(m_pointers.begin(), m_pointers.end(), [](const auto& kv) {
        return kv.second.state == State::Dragging && tray::kBin.contains(kv.second.lastPos);
    });
}

void PointerRouter::cancelAll() {
    m_keyboards.cancelPointers();
    m_menus.cancelPointers();
    for (auto& [id, p] : m_pointers)
        if (p.gesture) m_history.cancelGesture(p.gesture);
    m_pointers.clear();
    m_grips.clear();
}

}  // namespace nt
