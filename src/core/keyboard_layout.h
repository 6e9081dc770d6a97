// The keys of the on-screen keyboard: Belgian AZERTY (the default) and
// QWERTY, each with a letters layer and a digits-and-punctuation layer.
// Pure data, shared by the typing logic, hit testing and drawing.
#pragma once

#include <string>
#include <vector>

#include "core/model.h"

namespace nt {

enum class KeyKind { Char, Dead, Shift, Backspace, Space, Enter, Layer, Done };
enum class DeadAccent { None, Circumflex, Diaeresis };
enum class KeyLayer { Letters, Symbols };

struct Key {
    KeyKind kind = KeyKind::Char;
    std::string text;                       // Char: what it types
    std::string shifted;                    // Char: what it types with shift
    DeadAccent dead = DeadAccent::None;     // Dead: the accent it holds
    DeadAccent deadShifted = DeadAccent::None;
    double width = 1;                       // in key units
};

using KeyRow = std::vector<Key>;

// Rows from top to bottom; every row of a layer is equally wide.
const std::vector<KeyRow>& keyRows(KeyboardLayout layout, KeyLayer layer);

// The widest row of a layer, in key units (the keyboard's width).
double layerWidth(KeyboardLayout layout, KeyLayer layer);

// The letters a long press on a letter offers ("e" → é è ê ë; "E" → É È Ê Ë);
// empty for characters without accented forms.
const std::vector<std::string>& accentChoices(const std::string& base);

// The accent of a dead key on its own ("^", "¨"), and the letter it makes
// with ch ("ê" from ^ and "e"); empty when they do not combine.
std::string deadAccentAlone(DeadAccent accent);
std::string combineDead(DeadAccent accent, const std::string& ch);

}  // namespace nt
