// Fuzz target: the reader of the board carried inside an exported PNG.
// Any input either gives board JSON (which then goes through the board
// reader) or is refused with a LoadError.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/board_file.h"
#include "render/png_board.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        const std::string json = nt::boardJsonFromPng(bytes, "fuzz.png");
        (void)nt::boardFromJsonText(json, "fuzz.png");
    } catch (const nt::LoadError&) {
    }
    return 0;
}
