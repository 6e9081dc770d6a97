// Where the keys of an open on-screen keyboard are, for tests that tap them.
#pragma once

#include <stdexcept>
#include <string>

#include "input/keyboard_desk.h"

namespace nt::testing {

// The board position of the centre of a key (by its unshifted text, or the
// first key of its kind) on an open keyboard.
inline Vec2 keyPos(const KeyboardSession& s, KeyKind kind, const std::string& text = {}) {
    const auto& rows = keyRows(s.frame.layout, s.typing.layer);
    for (const KeyPlace& k : keyPlaces(s.frame, s.typing.layer)) {
        const Key& key = rows[k.row][k.col];
        if (key.kind == kind && (text.empty() || key.text == text)) return s.frame.toBoard(k.face.centre());
    }
    throw std::runtime_error("no key " + text);
}

}  // namespace nt::testing
