// Loading the shipped Noto Sans into ImGui's font atlas.
#include "view/fonts.h"

#include <filesystem>
#include <stdexcept>

namespace nt {

Fonts Fonts::load(const std::string& assetDir, float pixelScale, float uiScale) {
    static const ImWchar ranges[] = {
        0x0020, 0x00FF,  // Basic Latin + Latin-1 (é è ê ë à ç ù ô …)
        0x0100, 0x017F,  // Latin Extended-A
        0x2000, 0x206F,  // General Punctuation (– — ’ “ ” … •)
        0x20AC, 0x20AC,  // €
        0x2190, 0x2193,  // arrows
        0,
    };
    static const ImWchar digits[] = {0x0020, 0x0020, 0x002B, 0x002D, 0x0030, 0x003A, 0};
    const std::string regular = assetDir + "/fonts/NotoSans-Regular.ttf";
    const std::string boldFile = assetDir + "/fonts/NotoSans-Bold.ttf";
    for (const auto& f : {regular, boldFile})
        if (!std::filesystem::exists(f)) throw std::runtime_error(f + ": font file missing");

    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig cfg;
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    Fonts fonts;
    const float s = pixelScale < 0.5f ? 0.5f : pixelScale;
    const float ui = uiScale <= 0 ? s : uiScale < 0.5f ? 0.5f : uiScale > 3.f ? 3.f : uiScale;
    fonts.ui = io.Fonts->AddFontFromFileTTF(regular.c_str(), 24 * ui, &cfg, ranges);
    fonts.body = io.Fonts->AddFontFromFileTTF(regular.c_str(), fonts.bodySize * s, &cfg, ranges);
    fonts.bold = io.Fonts->AddFontFromFileTTF(boldFile.c_str(), fonts.boldSize * s, &cfg, ranges);
    fonts.heading = io.Fonts->AddFontFromFileTTF(boldFile.c_str(), fonts.headingSize * s, &cfg, ranges);
    fonts.display = io.Fonts->AddFontFromFileTTF(boldFile.c_str(), fonts.displaySize * s, &cfg, digits);
    if (!fonts.ui || !fonts.body || !fonts.bold || !fonts.heading || !fonts.display) throw std::runtime_error("could not load the fonts");
    io.FontDefault = fonts.ui;
    return fonts;
}

}  // namespace nt
