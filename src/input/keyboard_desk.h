// The on-screen keyboards open on the board. Each one writes into its own
// text field (input/text_target.h: a note, an actor's name, a reflection
// answer, the search box) and is driven by whichever pointers land on it,
// so several people can type at once with no shared text cursor. A
// keyboard's edits to the board are one undo step: it holds a History
// gesture open from the moment it opens until its "done" key, and every key
// applies the field's new text inside it.
//
// When does a keyboard open? A tap on a note (or on a note chip of the
// tray), on an actor's name or on a text field of a panel opens one for
// touch (X11 touch, TUIO) and, in table layout, for every pointer; a mouse
// in projector layout keeps the ImGui editors and the physical keyboard.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/history.h"
#include "core/keyboard_typing.h"
#include "input/keyboard_geometry.h"
#include "input/physical_key.h"
#include "input/pointer_event.h"
#include "input/text_target.h"

namespace nt {

bool wantsOnScreenKeyboard(PointerSource source, RoomLayout layout);

struct KeyboardSession {
    std::uint64_t id = 0;
    TextTarget target;
    KeyboardFrame frame;
    TypingState typing;          // shift, layer and dead key; a board field's text is the board's
    bool fresh = false;          // target.replaceFirst, until the first key
    GestureId gesture = 0;
    // The accents a long press opened, until a choice or another key.
    struct Accents {
        int row = -1;
        int col = -1;
        std::vector<std::string> choices;
        bool open() const { return !choices.empty(); }
    } accents;
};

// What a point on a keyboard is.
struct KeyboardHit {
    enum class Part { None, Body, Title, Key, Accent } part = Part::None;
    std::uint64_t session = 0;
    int row = -1;
    int col = -1;
    int accent = -1;
};

class KeyboardDesk {
public:
    explicit KeyboardDesk(History& history) : m_history(history) {}

    // Opens a keyboard on a field, facing the person who touched at `touch`.
    // A field that already has a keyboard keeps it. Returns the session id,
    // or 0 when a board field is not there.
    std::uint64_t open(TextTarget target, Vec2 touch, double boardUnitsPerMm);
    std::uint64_t open(Id note, Vec2 touch, double boardUnitsPerMm);

    // Pointer events: true when the event was a keyboard's (the router then
    // leaves it alone). A press lands on a keyboard when it hits one.
    bool handle(const PointerEvent& e, double dragThreshold);
    // Long presses open the accents; keyboards whose field is gone close.
    void update(double now, double longPressSeconds);
    std::optional<double> nextDeadline(double longPressSeconds) const;
    // Pointers end (focus lost, undo); the keyboards stay open.
    void cancelPointers();
    // A physical keyboard types into the on-screen keyboard last typed on
    // (or, before any key, the last opened), as if its keys were tapped;
    // Enter is done on one line. Nothing happens without an open keyboard.
    void typePhysical(const PhysicalKey& key);
    // Keeps what was typed and closes every keyboard.
    void closeAll();
    // Closes the keyboards of panel fields (TextTarget::panel) that are not among `shown`.
    void keepPanelFields(const std::vector<std::string>& shown);

    const std::vector<KeyboardSession>& sessions() const { return m_sessions; }
    const KeyboardSession* session(std::uint64_t id) const;
    const KeyboardSession* sessionFor(Id item) const;                 // a note's or an actor's
    const KeyboardSession* sessionFor(const std::string& key) const;
    // What a keyboard's field holds now (the board's text for a board field).
    std::string text(const KeyboardSession& s) const;
    KeyboardHit hitTest(Vec2 p) const;
    // Keys held down right now, for drawing them pressed.
    struct Pressed {
        std::uint64_t session;
        int row, col;
    };
    std::vector<Pressed> pressed() const;

private:
    struct Pointer {
        KeyboardHit hit;
        Vec2 downPos;
        Vec2 startCentre;
        double downT = 0;
        bool longPressed = false;
        bool moving = false;
    };
    KeyboardSession* find(std::uint64_t id);
    void release(const Pointer& p, Vec2 at);
    void pressKeyOf(KeyboardSession& s, const Key& key);
    void typeInto(KeyboardSession& s, std::string choice);  // a copy: the choices close first
    void applyText(KeyboardSession& s, KeyOutcome outcome);
    void close(std::uint64_t id);
    bool syncText(KeyboardSession& s);

    History& m_history;
    std::vector<KeyboardSession> m_sessions;   // drawing order: the last is on top
    std::map<std::uint64_t, Pointer> m_pointers;
    std::uint64_t m_nextSession = 1;
    std::uint64_t m_lastTyped = 0;             // where a physical keyboard types
};

}  // namespace nt
