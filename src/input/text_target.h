// What an on-screen keyboard writes into. A keyboard is not tied to notes:
// it targets any text field, named by a stable key ("note:12",
// "reflection:doel", "workshop:title"), and says how to read and write it. A field of the
// board (a note, an actor's name, a reflection answer) is read from the
// board and written with a command, each key inside one open gesture, so a
// whole keyboard session is one undo step and the board shows the text as
// it grows. A field the view keeps to itself (the search box, the
// municipality box) leaves read/write empty: the keyboard holds the text and
// the view follows it.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include "core/commands.h"
#include "core/layout.h"
#include "core/model.h"
#include "core/workshop_fields.h"

namespace nt {

struct TextTarget {
    std::string key;                           // one keyboard per key
    Id item = kNoId;                           // the note or actor written, if any
    std::string hintKey = "editor.note.title"; // translation key shown while the text is empty
    Vec2 anchor;                               // board units: the field's centre, to place the keyboard beside it
    Vec2 halfSize{layout::kNoteWidth / 2, layout::kNoteHeight / 2};  // the field's half extents on the board
    std::size_t maxBytes = kMaxNoteTextBytes;
    bool multiline = true;                     // Enter makes a new line; on one line Enter is done
    bool replaceFirst = false;                 // a default name: the first key replaces it
    bool panel = false;                        // a panel's field: its keyboard goes when the field is no longer shown
    // A field of the board; both empty for a field the view keeps.
    std::function<std::optional<std::string>(const Board&)> read;  // nullopt: the field is gone
    std::function<CommandPtr(const Board&, const std::string&)> write;
    std::string text;                          // a view's field: the text the keyboard starts from

    bool onBoard() const { return read && write; }
};

TextTarget noteTextTarget(const Note& note);
TextTarget actorNameTarget(const Actor& actor, bool replaceFirst);
std::string noteTargetKey(Id note);
std::string actorTargetKey(Id actor);
// A text of the own-practice card ("workshop:title", "workshop:aim" …),
// written one field at a time (core/workshop_fields.h).
TextTarget workshopFieldTarget(WorkshopField field);
std::string workshopTargetKey(WorkshopField field);

}  // namespace nt
