// User-facing texts: loading, the fallback for a missing key, and the shipped
// Dutch and English files agreeing with each other.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "board_builder.h"
#include "core/board_file.h"
#include "core/translations.h"

namespace nt {
namespace {

TEST(Translations, FromJsonText) {
    const Translations t = Translations::fromJsonText(
        R"({"toolbar.undo": "Ongedaan maken", "note.placeholder": "Typ hier… “iets”"})", "nl.json");
    EXPECT_EQ(t("toolbar.undo"), "Ongedaan maken");
    EXPECT_EQ(t("note.placeholder"), "Typ hier… “iets”");
    EXPECT_TRUE(t.has("toolbar.undo"));
    EXPECT_EQ(t.all().size(), 2u);
}

TEST(Translations, MissingKeyReturnsTheKey) {
    const Translations t = Translations::fromJsonText(R"({"a": "b"})", "nl.json");
    EXPECT_FALSE(t.has("toolbar.redo"));
    const std::string& shown = t("toolbar.redo");
    EXPECT_EQ(shown, "toolbar.redo");
    for (int i = 0; i < 100; ++i) t("other.missing." + std::to_string(i));
    EXPECT_EQ(shown, "toolbar.redo");  // the reference is still good
    EXPECT_EQ(Translations{}("x"), "x");
}

TEST(Translations, NonStringValueIsAnError) {
    try {
        Translations::fromJsonText(R"({"a": "b", "timer.minutes": 5})", "en.json");
        FAIL() << "no LoadError";
    } catch (const LoadError& e) {
        const std::string msg = e.what();
        EXPECT_NE(msg.find("en.json"), std::string::npos) << msg;
        EXPECT_NE(msg.find("timer.minutes"), std::string::npos) << msg;
    }
    EXPECT_THROW(Translations::fromJsonText(R"({"a": {"b": "c"}})", "en.json"), LoadError);
}

TEST(Translations, BrokenTextIsAnError) {
    EXPECT_THROW(Translations::fromJsonText("", "nl.json"), LoadError);
    EXPECT_THROW(Translations::fromJsonText("hello", "nl.json"), LoadError);
    EXPECT_THROW(Translations::fromJsonText(R"(["a"])", "nl.json"), LoadError);
    EXPECT_THROW(Translations::load(test::testData("bestaat-niet.json").string()), LoadError);
}

TEST(Translations, LanguageNames) {
    EXPECT_EQ(langFromName("nl"), Lang::Nl);
    EXPECT_EQ(langFromName("en"), Lang::En);
    EXPECT_EQ(langFromName("fr"), std::nullopt);
    EXPECT_STREQ(langName(Lang::Nl), "nl");
    EXPECT_STREQ(langName(Lang::En), "en");
}

TEST(Translations, ShippedFilesHaveTheSameKeysAndNoEmptyTexts) {
    const auto nlPath = test::sourceAsset("i18n/nl.json");
    const auto enPath = test::sourceAsset("i18n/en.json");
    if (!std::filesystem::exists(nlPath) || !std::filesystem::exists(enPath))
        GTEST_SKIP() << "assets/i18n/nl.json and en.json are not there yet";
    const Translations nl = Translations::load(nlPath.string());
    const Translations en = Translations::load(enPath.string());
    std::set<std::string> nlKeys, enKeys;
    for (const auto& [key, text] : nl.all()) {
        nlKeys.insert(key);
        EXPECT_FALSE(text.empty()) << "nl.json: " << key;
    }
    for (const auto& [key, text] : en.all()) {
        enKeys.insert(key);
        EXPECT_FALSE(text.empty()) << "en.json: " << key;
    }
    for (const auto& key : nlKeys) EXPECT_TRUE(enKeys.count(key)) << "only in nl.json: " << key;
    for (const auto& key : enKeys) EXPECT_TRUE(nlKeys.count(key)) << "only in en.json: " << key;
}

}  // namespace
}  // namespace nt
