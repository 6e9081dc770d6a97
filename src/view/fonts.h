// The baked fonts. ImGui 1.86 has no dynamic sizes, so each size the board
// uses is baked once for the window's scale; Latin-1 alone would show "?"
// for ’ “ ” – … and €, so those ranges are added.
#pragma once

#include <string>

#include <imgui.h>

namespace nt {

struct Fonts {
    ImFont* ui = nullptr;        // panels and popups
    ImFont* body = nullptr;      // note text, actor names
    ImFont* bold = nullptr;      // monograms, labels
    ImFont* heading = nullptr;   // column and card headings, bubble names
    ImFont* display = nullptr;   // the timer's digits (only digits, ':', '+' and '-')
    float bodySize = 19;         // in board units
    float boldSize = 18;
    float headingSize = 30;
    float displaySize = 46;

    // Adds the fonts to ImGui's atlas (clearing what was there); `pixelScale`
    // = screen pixels per board unit; `uiScale` = the panels' scale (1 for
    // 1080p, 2 for 4K; 0: the same as pixelScale, following the screen).
    // Throws std::runtime_error if a font file is missing.
    static Fonts load(const std::string& assetDir, float pixelScale, float uiScale = 0);
};

}  // namespace nt
