// Fuzz target: the board file reader. Any input either loads or is refused
// with a LoadError; what loads writes back canonically and loads again to
// the same board.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/board_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const nt::Board board = nt::boardFromJsonText(text, "fuzz.json");
        const std::string written = nt::boardToJsonText(board);
        const nt::Board again = nt::boardFromJsonText(written, "fuzz-again.json");
        if (!(again == board) || nt::boardToJsonText(again) != written) __builtin_trap();
    } catch (const nt::LoadError&) {
    }
    return 0;
}
