// Every text the board shows must be in the baked fonts: ImGui 1.86 draws a
// code point outside the baked ranges as "?" (’ “ ” – … € and accents).
#include <gtest/gtest.h>

#include <imgui_internal.h>

#include <cstdio>
#include <set>
#include <string>
#include <vector>

#include "core/board_file.h"
#include "view/offline_imgui.h"

namespace nt {
namespace {

const std::string kAssets = NT_SOURCE_ASSETS;

std::vector<std::string> demoTexts() {
    const Board b = readBoardFile(kAssets + "/demo/demo-workshop.json");
    const Workshop& w = b.workshop;
    std::vector<std::string> texts{w.title, w.date, w.organisation, w.whatWeDo, w.aim, w.forWhom, "…", "  ·  "};
    for (const auto& m : b.municipalities) texts.push_back(m.name);
    for (const auto& a : b.actors) texts.push_back(a.name);
    for (const auto& n : b.notes) texts.push_back(n.text);
    for (const auto& c : b.combinations) texts.push_back(c.name);
    for (const auto& t : b.customTypes) texts.push_back(t.name);
    const Catalogue catalogue = Catalogue::load(kAssets + "/catalogue/actor_types.json");
    for (const auto& t : catalogue.types()) texts.insert(texts.end(), {t.nameNl, t.nameEn, t.monogram});
    for (const char* lang : {"nl", "en"}) {
        const Translations tr = Translations::load(kAssets + "/i18n/" + lang + ".json");
        for (const auto& [key, text] : tr.all()) texts.push_back(text);
    }
    return texts;
}

// "U+2019 in 'Jeugdhuis ’t Kapelleke'" for each code point the font lacks.
std::set<std::string> missingGlyphs(const ImFont* font, const std::vector<std::string>& texts) {
    std::set<std::string> missing;
    for (const std::string& text : texts) {
        const char* p = text.c_str();
        const char* end = p + text.size();
        while (p < end) {
            unsigned int c = 0;
            p += ImTextCharFromUtf8(&c, p, end);
            if (c == '\n' || c == '\t') continue;
            if (c > IM_UNICODE_CODEPOINT_MAX || !font->FindGlyphNoFallback(static_cast<ImWchar>(c))) {
                char hex[16];
                std::snprintf(hex, sizeof hex, "U+%04X", c);
                missing.insert(std::string(hex) + " in '" + text + "'");
            }
        }
    }
    return missing;
}

TEST(ViewGlyphs, EveryTextOfTheDemoAndTranslationsIsInEachFont) {
    OfflineImGui imgui(kAssets);
    const auto texts = demoTexts();
    ASSERT_GT(texts.size(), 50u);
    const Fonts& f = imgui.fonts();
    for (const ImFont* font : {f.ui, f.body, f.bold, f.heading}) {
        const auto missing = missingGlyphs(font, texts);
        std::string list;
        for (const auto& m : missing) list += "\n  " + m;
        EXPECT_TRUE(missing.empty()) << "font " << font->GetDebugName() << " lacks:" << list;
    }
}

TEST(ViewGlyphs, TheCheckCatchesAMissingGlyph) {
    OfflineImGui imgui(kAssets);
    EXPECT_TRUE(missingGlyphs(imgui.fonts().body, {"’ “ ” – … € é ë ç"}).empty());
    EXPECT_EQ(missingGlyphs(imgui.fonts().body, {"✓ 中"}).size(), 2u);  // outside the baked ranges
}

}  // namespace
}  // namespace nt
