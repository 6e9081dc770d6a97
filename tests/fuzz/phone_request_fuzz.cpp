// Fuzz target: the parsers of what phones send (src/core/phone_session.h).
// The first byte picks the request (join, note, vote), the rest is its body.
// Nothing may crash, and what a parser accepts keeps within the caps: a
// name or a note no longer than allowed, valid text without control
// characters, a known note kind.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <variant>

#include "core/phone_session.h"

namespace {

// Code points in valid UTF-8, or -1 when it is not valid or holds a control character.
long checkedLength(std::string_view text) {
    long count = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (len == 0 || i + len > text.size()) return -1;
        if (len == 1 && (c < 0x20 || c == 0x7F)) return -1;
        for (std::size_t k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2) return -1;
        i += len;
        ++count;
    }
    return count;
}

void require(bool ok) {
    if (!ok) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const nt::PhoneLimits limits;
    const std::string_view body(reinterpret_cast<const char*>(data + 1), size - 1);
    switch (data[0] % 3) {
        case 0: {
            const auto r = nt::parseJoin(body, limits);
            if (const auto* join = std::get_if<nt::JoinRequest>(&r)) {
                const long n = checkedLength(join->name);
                require(n >= 0 && static_cast<std::size_t>(n) <= limits.maxNameChars);
            }
            break;
        }
        case 1: {
            const auto r = nt::parseNote(body, limits);
            if (const auto* note = std::get_if<nt::NoteRequest>(&r)) {
                const long n = checkedLength(note->text);
                require(n > 0 && static_cast<std::size_t>(n) <= limits.maxNoteChars);
                require(note->kind != nt::NoteKind::Free);
            }
            break;
        }
        default: {
            const auto r = nt::parseVote(body, limits);
            if (const auto* error = std::get_if<nt::PhoneError>(&r)) require(error->status >= 400 && error->status < 500);
            break;
        }
    }
    return 0;
}
