// Palette and ImGui style.
#include "view/theme.h"

#include <algorithm>

namespace nt::theme {

std::uint32_t shade(std::uint32_t c, float amount) {
    auto mix = [&](std::uint32_t channel) {
        const float v = static_cast<float>(channel);
        const float target = amount >= 0 ? 255.f : 0.f;
        const float t = std::clamp(amount >= 0 ? amount : -amount, 0.f, 1.f);
        return static_cast<std::uint32_t>(v + (target - v) * t + 0.5f);
    };
    return (mix((c >> 16) & 0xFF) << 16) | (mix((c >> 8) & 0xFF) << 8) | mix(c & 0xFF);
}

std::uint32_t noteColour(NoteKind kind) {
    switch (kind) {
        case NoteKind::Strength: return 0xCFE6C4;
        case NoteKind::Weakness: return 0xF6D0C3;
        case NoteKind::Idea: return 0xFAE7A5;
        case NoteKind::Free: break;
    }
    return 0xDCE5F0;
}

std::uint32_t seatColour(int seat) {
    static const std::uint32_t palette[] = {0xD1495B, 0x2E86AB, 0xEDAE49, 0x3C8D5A, 0x8E5CA8, 0xE07A5F,
                                            0x00798C, 0xA05A2C, 0x5B6C8F, 0xC4547F, 0x6A994E, 0x30638E};
    const int n = static_cast<int>(sizeof palette / sizeof palette[0]);
    return palette[((seat - 1) % n + n) % n];
}

std::uint32_t combinationColour(size_t index) {
    static const std::uint32_t palette[] = {0x7B5EA7, 0x2A9D8F, 0xE76F51, 0x457B9D, 0xB5838D, 0x588157};
    return palette[index % (sizeof palette / sizeof palette[0])];
}

std::uint32_t tableColour(std::string_view table) {
    // The same colour for a table wherever it shows, whatever order tables joined in.
    std::uint32_t hash = 2166136261u;
    for (char c : table) hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
    static const std::uint32_t palette[] = {0x2E86AB, 0xD1495B, 0x3C8D5A, 0xEDAE49, 0x8E5CA8, 0x00798C, 0xE07A5F, 0x5B6C8F};
    return palette[hash % (sizeof palette / sizeof palette[0])];
}

void applyImGuiStyle(float scale) {
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    style.WindowRounding = 12;
    style.FrameRounding = 10;
    style.PopupRounding = 10;
    style.GrabRounding = 8;
    style.WindowPadding = {16, 14};
    style.FramePadding = {11, 10};
    style.ItemSpacing = {12, 10};
    style.WindowBorderSize = 1;
    style.PopupBorderSize = 1;
    style.ScrollbarSize = 22;
    style.TouchExtraPadding = {4, 4};
    ImVec4* c = style.Colors;
    auto v = [](std::uint32_t rgbValue, float a = 1.f) {
        return ImVec4(static_cast<float>((rgbValue >> 16) & 0xFF) / 255.f, static_cast<float>((rgbValue >> 8) & 0xFF) / 255.f,
                      static_cast<float>(rgbValue & 0xFF) / 255.f, a);
    };
    c[ImGuiCol_Text] = v(kInk);
    c[ImGuiCol_TextDisabled] = v(kInkSoft);
    c[ImGuiCol_WindowBg] = v(kCard, 0.97f);
    c[ImGuiCol_PopupBg] = v(kCard, 0.99f);
    c[ImGuiCol_Border] = v(kLine);
    c[ImGuiCol_FrameBg] = v(0xEEE8DC);         // fields and check boxes stand out from the cards
    c[ImGuiCol_FrameBgHovered] = v(0xE6DECF);
    c[ImGuiCol_FrameBgActive] = v(0xE6DECF);
    c[ImGuiCol_CheckMark] = v(kAccent);
    c[ImGuiCol_SliderGrab] = v(kAccent);
    c[ImGuiCol_SliderGrabActive] = v(kAccent);
    c[ImGuiCol_Button] = v(0xE8E1D3);
    c[ImGuiCol_ButtonHovered] = v(0xDCD3C1);
    c[ImGuiCol_ButtonActive] = v(0xCFC4AE);
    c[ImGuiCol_Header] = v(0xE8E1D3);
    c[ImGuiCol_HeaderHovered] = v(0xDCD3C1);
    c[ImGuiCol_HeaderActive] = v(0xCFC4AE);
    c[ImGuiCol_TextSelectedBg] = v(kAccent, 0.25f);
    c[ImGuiCol_NavHighlight] = v(kAccent);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

}  // namespace nt::theme
