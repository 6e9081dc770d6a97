// What goes into a running workshop (requests) and what comes out of it
// (events). A request is something a person asked for: a button, a key, a
// gesture the view recognised. An event is something the session did that
// the screen should show: a toast, a combination to open, the wrap-up.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "core/commands.h"
#include "core/model.h"
#include "input/text_target.h"

namespace nt {

namespace request {

struct Undo {};
struct Redo {};
// Writes the board file now; `announce` says so on screen.
struct Save {
    bool announce = true;
};
// The facilitator's phase timer; not an undo step.
struct Timer {
    enum class Op { Toggle, NextPhase, PreviousPhase, AddSeconds } op = Op::Toggle;
    int seconds = 0;  // AddSeconds only; negative takes time off
};
// Commands the view made (a panel's edit): each its own undo step, or,
// with Record::No, none (the programme panel's timer buttons).
struct Apply {
    std::vector<CommandPtr> commands;
    Record record = Record::Yes;
};
// A combination of these partners, named after them, its card where there is room.
struct NewCombination {
    std::vector<Id> members;
};
// A municipality's bubble, placed where the map says it lies.
struct NewBubble {
    std::string name;
    bool own = false;
};
// An on-screen keyboard for a text, opened where the finger was.
struct OpenKeyboard {
    TextTarget target;
    Vec2 at;
};

// The facilitator opens or closes joining by phone.
struct PhoneJoining {
    bool open = true;
};
// The facilitator takes a phone out of the workshop (session/phone_host.cpp
// says what happens to its votes and notes).
struct RemovePhone {
    int device = 0;
};

// The plenary lets a table run on its own clock, or brings it back to the room's.
struct OwnClock {
    std::string table;
    bool own = true;
};

// A seat of this table casts a vote in the room's vote (or takes its latest back).
struct RoomVote {
    int seat = 1;
    std::string table;  // the candidate: the table that sent it (empty: the plenary's own) …
    Id id = kNoId;      // … and its id there
    bool cast = true;
};

}  // namespace request

using Request = std::variant<request::Undo, request::Redo, request::Save, request::Timer, request::Apply,
                             request::NewCombination, request::NewBubble, request::OpenKeyboard,
                             request::PhoneJoining, request::RemovePhone, request::OwnClock, request::RoomVote>;

struct SessionEvent {
    enum class Kind {
        Toast,            // `key` (a translation key) and `detail` after it; `error`: in the warning colour
        ShowCombination,  // `item`: a new combination, to open on screen
        WrapUpReached,    // the programme moved into the wrap-up phase
        WrapUpLeft,       // … and out of it again
    };
    Kind kind = Kind::Toast;
    std::string key;
    std::string detail;
    bool error = false;
    Id item = kNoId;
};

// "/long/path/workshop.json.journal: reason" → "workshop.json.journal: reason",
// short enough for a toast (stderr keeps the whole path).
inline std::string withoutFolder(const std::string& message) {
    const size_t colon = message.find(": ");
    const size_t slash = message.rfind('/', colon);
    return colon == std::string::npos || slash == std::string::npos ? message : message.substr(slash + 1);
}

}  // namespace nt
