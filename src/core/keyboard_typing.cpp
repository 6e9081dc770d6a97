// The typing rules of the on-screen keyboard.
#include "core/keyboard_typing.h"

#include <utility>

namespace nt {

namespace {

bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// The code point that starts at text[i] (a valid or at least bounded sequence).
char32_t decodeAt(const std::string& text, std::size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    char32_t cp = extra == 3 ? c & 0x07 : extra == 2 ? c & 0x0F : extra == 1 ? c & 0x1F : c;
    for (std::size_t j = i + 1; extra > 0 && j < text.size() && isContinuation(static_cast<unsigned char>(text[j])); ++j, --extra)
        cp = (cp << 6) | (static_cast<unsigned char>(text[j]) & 0x3F);
    return cp;
}

bool isCombiningMark(char32_t cp) {
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
           (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F);
}

// Erases the last code point; returns it (0 when the text was empty).
char32_t erasePoint(std::string& text) {
    if (text.empty()) return 0;
    std::size_t start = text.size() - 1;
    // At most three continuation bytes belong to one character.
    for (int n = 0; n < 3 && start > 0 && isContinuation(static_cast<unsigned char>(text[start])); ++n) --start;
    const char32_t cp = decodeAt(text, start);
    text.erase(start);
    return cp;
}

KeyOutcome append(TypingState& s, const std::string& piece) {
    if (s.text.size() + piece.size() > s.maxBytes) return KeyOutcome::Nothing;
    s.text += piece;
    return KeyOutcome::Text;
}

void typed(TypingState& s) {
    if (s.shift == ShiftState::Once) s.shift = ShiftState::Off;
}

}  // namespace

TypingState startTyping(std::string text) {
    TypingState s;
    s.text = std::move(text);
    if (s.text.empty()) s.shift = ShiftState::Once;
    return s;
}

const std::string& keyOutput(const TypingState& state, const Key& key) {
    return state.shift == ShiftState::Off ? key.text : key.shifted;
}

bool eraseLastCharacter(std::string& text) {
    if (text.empty()) return false;
    // "é" written as e + U+0301 is one character to the person who typed it.
    while (isCombiningMark(erasePoint(text))) {
    }
    return true;
}

KeyOutcome typeChoice(TypingState& state, const std::string& text) {
    state.dead = DeadAccent::None;
    const KeyOutcome out = append(state, text);
    typed(state);
    return out;
}

KeyOutcome pressKey(TypingState& state, const Key& key) {
    switch (key.kind) {
        case KeyKind::Char: {
            const std::string& ch = keyOutput(state, key);
            if (state.dead == DeadAccent::None) return typeChoice(state, ch);
            // A dead key waits for its letter: ^ then e is ê; ^ then x is ^x.
            const std::string combined = combineDead(state.dead, ch);
            return typeChoice(state, combined.empty() ? deadAccentAlone(state.dead) + ch : combined);
        }
        case KeyKind::Dead: {
            const DeadAccent accent = state.shift == ShiftState::Off ? key.dead : key.deadShifted;
            typed(state);
            if (state.dead == DeadAccent::None) {
                state.dead = accent;
                return KeyOutcome::Mode;
            }
            // A second dead key: the first shows as itself; the same one twice is one accent.
            const DeadAccent waiting = std::exchange(state.dead, accent == state.dead ? DeadAccent::None : accent);
            return append(state, deadAccentAlone(waiting));
        }
        case KeyKind::Space: {
            // Space after a dead key types the accent alone, as on a physical keyboard.
            const std::string piece = state.dead == DeadAccent::None ? std::string(" ") : deadAccentAlone(state.dead);
            state.dead = DeadAccent::None;
            return append(state, piece);
        }
        case KeyKind::Enter:
            state.dead = DeadAccent::None;
            return append(state, "\n");
        case KeyKind::Backspace:
            if (state.dead != DeadAccent::None) {  // takes back the waiting accent first
                state.dead = DeadAccent::None;
                return KeyOutcome::Mode;
            }
            return eraseLastCharacter(state.text) ? KeyOutcome::Text : KeyOutcome::Nothing;
        case KeyKind::Shift:
            state.shift = state.shift == ShiftState::Off    ? ShiftState::Once
                          : state.shift == ShiftState::Once ? ShiftState::Locked
                                                            : ShiftState::Off;
            return KeyOutcome::Mode;
        case KeyKind::Layer:
            state.layer = state.layer == KeyLayer::Letters ? KeyLayer::Symbols : KeyLayer::Letters;
            return KeyOutcome::Mode;
        case KeyKind::Done:
            state.dead = DeadAccent::None;
            return KeyOutcome::Done;
    }
    return KeyOutcome::Nothing;
}

}  // namespace nt
