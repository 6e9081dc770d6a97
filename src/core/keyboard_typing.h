// What pressing a key of the on-screen keyboard does to the text it writes:
// shift (once or locked), the two layers, dead keys (^ then e makes ê) and
// accented letters chosen by a long press. One TypingState per open
// keyboard, so several people type at once without a shared cursor.
#pragma once

#include <string>

#include "core/keyboard_layout.h"

namespace nt {

enum class ShiftState { Off, Once, Locked };

struct TypingState {
    std::string text;                       // UTF-8; typing happens at its end
    ShiftState shift = ShiftState::Off;
    KeyLayer layer = KeyLayer::Letters;
    DeadAccent dead = DeadAccent::None;     // a dead key waiting for its letter
    std::size_t maxBytes = kMaxNoteTextBytes;
};

// A keyboard opening on text: an empty note starts with a capital.
TypingState startTyping(std::string text);

enum class KeyOutcome {
    Nothing,   // the key changed nothing (text full, nothing to erase)
    Mode,      // shift, layer or a dead key changed; the text did not
    Text,      // the text changed
    Done,      // the writer is finished
};

KeyOutcome pressKey(TypingState& state, const Key& key);

// Types a character chosen from the long-press accents (or any text) as if
// its key had been pressed: a waiting dead key and a one-shot shift end.
KeyOutcome typeChoice(TypingState& state, const std::string& text);

// What a Char key types right now ("E" with shift), which is also its label.
const std::string& keyOutput(const TypingState& state, const Key& key);

// Removes the last character: a whole UTF-8 sequence, together with any
// combining marks that follow it. False when the text is empty.
bool eraseLastCharacter(std::string& text);

}  // namespace nt
