// Turns pointer events into board changes. Every pointer runs its own small
// state machine (Idle → Pressing → Dragging, or → LongPressed), so ten
// fingers can drag ten items at once, each drag one undo step. Taps and long
// presses become requests for the view (edit this note, open a menu here).
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/history.h"
#include "input/hit_test.h"
#include "input/keyboard_desk.h"
#include "input/table_menu.h"
#include "input/pointer_event.h"
#include "input/two_finger.h"
#include "input/type_source.h"

namespace nt {

// Thresholds are physical, so they feel the same on a laptop and a 65" table.
struct InteractionConfig {
    double dragThresholdMm = 3.0;     // movement before a press becomes a drag
    double longPressSeconds = 0.6;    // holding still this long opens the menu
    double boardUnitsPerMm = 3.78;    // set from the screen's size and the board's scale
    double dragThreshold() const { return dragThresholdMm * boardUnitsPerMm; }
};

enum class RequestKind {
    EditNote, RenameActor, ToggleActor, OpenCombination, ContextMenu, PickActorType, VoteRefused,
    EditWorkshop,  // a text of the own-practice card, in the view's editor; detail: the WorkshopField
};

struct UiRequest {
    RequestKind kind;
    Id item = kNoId;
    Vec2 pos;                         // where the person is, in board units
    int detail = 0;                   // VoteRefused: the VoteRefusal; RenameActor: 1 = a new partner, its name selected;
                                      // EditWorkshop: the WorkshopField
    friend bool operator==(const UiRequest&, const UiRequest&) = default;
};

class PointerRouter {
public:
    PointerRouter(History& history, InteractionConfig config = {}) : m_history(history), m_config(config) {}

    void setConfig(const InteractionConfig& config) { m_config = config; }
    const InteractionConfig& config() const { return m_config; }

    // Votes carry the wall-clock time they were cast; the core reads no clock.
    void setWallClock(std::function<std::string()> clock) { m_wallClock = std::move(clock); }

    // The actor type a drag from the tray's actor chip creates.
    void setActorType(std::string type, std::string defaultName);
    const std::string& actorType() const { return m_actorType; }
    // Where actor types can be dragged from (the inspiration tray's entries);
    // a drop opens the name editor, a tap makes it the actor chip's type.
    void setTypeSources(std::vector<TypeSource> sources) { m_typeSources = std::move(sources); }

    void handle(const PointerEvent& e);
    // Advances time: a press held still past the threshold becomes a long press.
    void update(double now);
    // The next moment update() has something to do, if any (the loop sleeps until then).
    std::optional<double> nextDeadline() const;

    std::vector<UiRequest> takeRequests() { return std::exchange(m_requests, {}); }

    // What is held right now, for the view (highlights, the bin lighting up).
    struct Held {
        HitKind kind;
        Id item;
        Vec2 pos;
        bool dragging;
        int seat;                     // a vote dot being carried: its seat
    };
    std::vector<Held> held() const;
    bool isHeld(Id item) const;
    bool anyDragOverBin() const;
    // Cancels every active pointer (the window lost focus, a file was opened).
    void cancelAll();

    // The on-screen keyboards (input/keyboard_desk.h): a tap on a note (or
    // naming an actor, or a text of the own-practice card) opens one where
    // wantsOnScreenKeyboard() says so, instead of asking for EditNote
    // (RenameActor, EditWorkshop).
    const KeyboardDesk& keyboards() const { return m_keyboards; }
    KeyboardDesk& keyboards() { return m_keyboards; }
    // In table layout a long press opens a menu that faces the person
    // (input/table_menu.h) instead of asking the view for its popup.
    const TableMenus& menus() const { return m_menus; }

    // The board's changes that move only an item being carried (a note or a
    // partner under a finger), which the board's still layer does
    // not show (view/still_layer.h): its history's revision less this is
    // the same while nothing else changed.
    std::uint64_t carriedMoves() const { return m_carriedMoves; }
    const History& history() const { return m_history; }

private:
    // Joined: a second finger turning or scaling what another finger holds (input/two_finger.h).
    enum class State { Pressing, Dragging, LongPressed, Inert, Joined };
    struct Pointer {
        State state = State::Pressing;
        Hit hit;
        Vec2 downPos;
        Vec2 lastPos;
        double downT = 0;
        Vec2 grabOffset;              // item position minus pointer position
        GestureId gesture = 0;
        Id item = kNoId;              // the item being dragged (new items too)
        std::optional<TypeSource> picked;  // a type taken from the inspiration tray
        bool resizing = false;        // holds a bubble's resize handle
        PointerSource source = PointerSource::Mouse;
        FingerRest rest;              // whether it rests, for a second finger to join
    };

    // Still pressing, and a pointer whose holding still opens the menu.
    bool longPresses(const Pointer& p) const;
    void down(const PointerEvent& e);
    void move(Pointer& p, const PointerEvent& e);
    bool endsWhereLost(const Pointer& p, Vec2 at) const;
    void up(Pointer& p, const PointerEvent& e);
    void startDrag(Pointer& p, Vec2 at);
    void dragTo(Pointer& p, Vec2 at);
    void tap(const Pointer& p);
    void editNote(const Pointer& p, Id note);
    // A new partner (isNew: its default name is replaced by what is typed) or a renamed one.
    void nameActor(PointerSource source, Id actor, Vec2 at, bool isNew);
    // A text of the own-practice card: a keyboard where wantsOnScreenKeyboard()
    // says so, otherwise the view's editor; the date always in the view's date card.
    void editWorkshop(PointerSource source, WorkshopField field, Vec2 at);
    void contextMenu(Id item, Vec2 at, double now);
    void takeMenuChoices();
    void dropDot(const Pointer& p, Vec2 at);
    void dropOnCard(Pointer& p, Vec2 at);
    void refuse(int refusal, Vec2 at);
    void pickUpTypeOrHandle(Pointer& p, Vec2 at);
    bool overTypeSource(Vec2 at) const;
    void resizeTo(Pointer& p, Vec2 at);
    bool takingBack(const Pointer& p) const;
    CommandPtr moveCommand(const Pointer& p, Vec2 itemPos) const;
    // Two fingers on one item (pointer_router_grips.cpp).
    bool joinHold(const PointerEvent& e, Pointer& p);
    bool moveInGrip(const PointerEvent& e);
    bool releaseGrip(const PointerEvent& e);
    TwoFingerGrip* gripOf(std::uint64_t pointer);

    History& m_history;
    std::uint64_t m_carriedMoves = 0;
    InteractionConfig m_config;
    std::map<std::uint64_t, Pointer> m_pointers;
    std::vector<TwoFingerGrip> m_grips;
    KeyboardDesk m_keyboards{m_history};
    TableMenus m_menus{m_history};
    std::vector<UiRequest> m_requests;
    std::string m_actorType = "cultuurcentrum";
    std::string m_actorDefaultName;
    std::vector<TypeSource> m_typeSources;
    std::function<std::string()> m_wallClock = [] { return std::string(); };
};

}  // namespace nt
