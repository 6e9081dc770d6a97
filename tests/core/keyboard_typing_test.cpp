// The on-screen keyboard's typing rules, headless: both layouts, shift,
// layers, dead keys, long-press accents and UTF-8 aware erasing.
#include <stdexcept>

#include <gtest/gtest.h>

#include "core/keyboard_typing.h"

namespace nt {
namespace {

// The key of a layout that types `text` (unshifted), or a special key.
const Key& find(KeyboardLayout layout, KeyLayer layer, KeyKind kind, const std::string& text = {}) {
    for (const KeyRow& row : keyRows(layout, layer))
        for (const Key& k : row)
            if (k.kind == kind && (text.empty() || k.text == text)) return k;
    throw std::runtime_error("no such key: " + text);
}

// Types every character of an ASCII word by finding its letter key.
void typeWord(TypingState& s, KeyboardLayout layout, const std::string& word) {
    for (char c : word) {
        if (c == ' ') {
            pressKey(s, find(layout, KeyLayer::Letters, KeyKind::Space));
            continue;
        }
        pressKey(s, find(layout, s.layer, KeyKind::Char, std::string(1, c)));
    }
}

TEST(KeyboardLayout, AzertyAndQwertyHaveTheirOwnLetterOrder) {
    const auto& az = keyRows(KeyboardLayout::Azerty, KeyLayer::Letters);
    const auto& qw = keyRows(KeyboardLayout::Qwerty, KeyLayer::Letters);
    EXPECT_EQ(az[0][0].text, "a");
    EXPECT_EQ(az[0][1].text, "z");
    EXPECT_EQ(az[1][0].text, "q");
    EXPECT_EQ(az[1][9].text, "m");
    EXPECT_EQ(az[2][1].text, "w");
    EXPECT_EQ(qw[0][0].text, "q");
    EXPECT_EQ(qw[0][1].text, "w");
    EXPECT_EQ(qw[1][0].text, "a");
    EXPECT_EQ(qw[2][1].text, "z");
    // Belgian AZERTY: the circumflex is a dead key with the diaeresis on shift.
    const Key& dead = find(KeyboardLayout::Azerty, KeyLayer::Letters, KeyKind::Dead);
    EXPECT_EQ(dead.dead, DeadAccent::Circumflex);
    EXPECT_EQ(dead.deadShifted, DeadAccent::Diaeresis);
}

TEST(KeyboardLayout, EveryLayerHasTheKeysToFinishAndAllRowsAreEquallyWide) {
    for (KeyboardLayout layout : {KeyboardLayout::Azerty, KeyboardLayout::Qwerty}) {
        for (KeyLayer layer : {KeyLayer::Letters, KeyLayer::Symbols}) {
            for (KeyKind kind : {KeyKind::Backspace, KeyKind::Space, KeyKind::Enter, KeyKind::Layer, KeyKind::Done})
                EXPECT_NO_THROW(find(layout, layer, kind));
            for (const KeyRow& row : keyRows(layout, layer)) {
                double w = 0;
                for (const Key& k : row) w += k.width;
                EXPECT_DOUBLE_EQ(w, layerWidth(layout, layer));
            }
        }
        EXPECT_NO_THROW(find(layout, KeyLayer::Letters, KeyKind::Shift));
    }
}

TEST(KeyboardTyping, TypesAWordOnEitherLayout) {
    for (KeyboardLayout layout : {KeyboardLayout::Azerty, KeyboardLayout::Qwerty}) {
        TypingState s = startTyping("Grote zaal");
        typeWord(s, layout, " met bar");
        EXPECT_EQ(s.text, "Grote zaal met bar");
    }
}

TEST(KeyboardTyping, AnEmptyNoteStartsWithACapitalAndShiftOnceLastsOneLetter) {
    TypingState s = startTyping("");
    EXPECT_EQ(s.shift, ShiftState::Once);
    typeWord(s, KeyboardLayout::Azerty, "jeugd");
    EXPECT_EQ(s.text, "Jeugd");
    EXPECT_EQ(s.shift, ShiftState::Off);
}

TEST(KeyboardTyping, ShiftGoesOnceThenLockedThenOff) {
    TypingState s = startTyping("x");
    const Key& shift = find(KeyboardLayout::Azerty, KeyLayer::Letters, KeyKind::Shift);
    EXPECT_EQ(pressKey(s, shift), KeyOutcome::Mode);
    EXPECT_EQ(s.shift, ShiftState::Once);
    pressKey(s, shift);
    EXPECT_EQ(s.shift, ShiftState::Locked);
    typeWord(s, KeyboardLayout::Azerty, "ocmw");
    EXPECT_EQ(s.text, "xOCMW");
    EXPECT_EQ(s.shift, ShiftState::Locked);
    pressKey(s, shift);
    typeWord(s, KeyboardLayout::Azerty, "a");
    EXPECT_EQ(s.text, "xOCMWa");
}

TEST(KeyboardTyping, BelgianPunctuationNeedsShiftForTheFullStopOnItsSemicolonKey) {
    TypingState s = startTyping("ok");
    pressKey(s, find(KeyboardLayout::Azerty, KeyLayer::Letters, KeyKind::Shift));
    pressKey(s, find(KeyboardLayout::Azerty, KeyLayer::Letters, KeyKind::Char, ";"));
    pressKey(s, find(KeyboardLayout::Azerty, KeyLayer::Letters, KeyKind::Char, ";"));
    EXPECT_EQ(s.text, "ok.;");
}

TEST(KeyboardTyping, TheSymbolsLayerTypesDigitsAndComesBack) {
    TypingState s = startTyping("Zaal ");
    const Key& layer = find(KeyboardLayout::Azerty, KeyLayer::Letters, KeyKind::Layer);
    pressKey(s, layer);
    EXPECT_EQ(s.layer, KeyLayer::Symbols);
    for (const char* d : {"2", "0", "0", "€"}) pressKey(s, find(KeyboardLayout::Azerty, KeyLayer::Symbols, KeyKind::Char, d));
    pressKey(s, find(KeyboardLayout::Azerty, KeyLayer::Symbols, KeyKind::Layer));
    EXPECT_EQ(s.layer, KeyLayer::Letters);
    EXPECT_EQ(s.text, "Zaal 200€");
}

TEST(KeyboardTyping, DeadCircumflexAndDiaeresisMakeAccentedLetters) {
    const Key& dead = find(KeyboardLayout::Azerty, KeyLayer::Letters, KeyKind::Dead);
    const Key& shift = find(KeyboardLayout::Azerty, KeyLayer::Letters, KeyKind::Shift);
    TypingState s = startTyping("for");
    EXPECT_EQ(pressKey(s, dead), KeyOutcome::Mode);
    EXPECT_EQ(s.text, "for");  // nothing shows until the letter comes
    typeWord(s, KeyboardLayout::Azerty, "et");
    EXPECT_EQ(s.text, "forêt");
    // Shift + the dead key is the diaeresis, and the shift is used up by it.
    s = startTyping("na");
    pressKey(s, shift);
    pressKey(s, dead);
    typeWord(s, KeyboardLayout::Azerty, "ief");
    EXPECT_EQ(s.text, "naïef");
    // A capital under the accent: ^ then shift then e.
    s = startTyping("");
    pressKey(s, shift);  // from Once to Locked
    pressKey(s, shift);  // off
    pressKey(s, dead);
    pressKey(s, shift);
    typeWord(s, KeyboardLayout::Azerty, "e");
    EXPECT_EQ(s.text, "Ê");
}

TEST(KeyboardTyping, ADeadKeyThatCannotCombineShowsItself) {
    const Key& dead = find(KeyboardLayout::Azerty, KeyLayer::Letters, KeyKind::Dead);
    TypingState s = startTyping("a");
    pressKey(s, dead);
    typeWord(s, KeyboardLayout::Azerty, "x");
    EXPECT_EQ(s.text, "a^x");
    pressKey(s, dead);
    pressKey(s, find(KeyboardLayout::Azerty, KeyLayer::Letters, KeyKind::Space));
    EXPECT_EQ(s.text, "a^x^");
    pressKey(s, dead);
    pressKey(s, dead);  // the same dead key twice: the accent once
    EXPECT_EQ(s.text, "a^x^^");
    EXPECT_EQ(s.dead, DeadAccent::None);
    // Backspace takes back a waiting accent before any letter.
    pressKey(s, dead);
    EXPECT_EQ(pressKey(s, find(KeyboardLayout::Azerty, KeyLayer::Letters, KeyKind::Backspace)), KeyOutcome::Mode);
    EXPECT_EQ(s.text, "a^x^^");
    typeWord(s, KeyboardLayout::Azerty, "e");
    EXPECT_EQ(s.text, "a^x^^e");
}

TEST(KeyboardTyping, LongPressOffersAccentsInTheCaseOfTheKey) {
    EXPECT_EQ(accentChoices("e"), (std::vector<std::string>{"é", "è", "ê", "ë"}));
    EXPECT_EQ(accentChoices("E"), (std::vector<std::string>{"É", "È", "Ê", "Ë"}));
    EXPECT_EQ(accentChoices("c"), (std::vector<std::string>{"ç"}));
    EXPECT_TRUE(accentChoices("x").empty());
    for (const char* base : {"a", "i", "o", "u"}) EXPECT_GE(accentChoices(base).size(), 2u) << base;
    // Every accent the issue asks for is offered somewhere.
    for (const char* wanted : {"é", "è", "ê", "ë", "à", "ç", "ù", "ô", "â", "î", "ï", "û"}) {
        bool found = false;
        for (const char* base : {"a", "c", "e", "i", "o", "u"})
            for (const std::string& c : accentChoices(base)) found = found || c == wanted;
        EXPECT_TRUE(found) << wanted;
    }
    TypingState s = startTyping("");
    EXPECT_EQ(typeChoice(s, accentChoices(keyOutput(s, find(KeyboardLayout::Azerty, KeyLayer::Letters, KeyKind::Char, "e")))[0]),
              KeyOutcome::Text);
    typeWord(s, KeyboardLayout::Azerty, "cole");
    EXPECT_EQ(s.text, "École");
}

TEST(KeyboardTyping, BackspaceRemovesAWholeCharacter) {
    const Key& back = find(KeyboardLayout::Qwerty, KeyLayer::Letters, KeyKind::Backspace);
    TypingState s = startTyping("Café € 😀");
    pressKey(s, back);
    EXPECT_EQ(s.text, "Café € ");
    pressKey(s, back);
    EXPECT_EQ(s.text, "Café €");
    pressKey(s, back);
    EXPECT_EQ(s.text, "Café ");
    pressKey(s, back);
    EXPECT_EQ(s.text, "Café");
    pressKey(s, back);
    EXPECT_EQ(s.text, "Caf");
    // An e with a combining acute accent goes as one.
    s = startTyping("Cafe\xCC\x81");
    pressKey(s, back);
    EXPECT_EQ(s.text, "Caf");
    s = startTyping("");
    EXPECT_EQ(pressKey(s, back), KeyOutcome::Nothing);
    // Broken UTF-8 never takes more than one character's four bytes.
    s = startTyping("ab\x80\x80\x80\x80");
    pressKey(s, back);
    EXPECT_EQ(s.text, "ab");
}

TEST(KeyboardTyping, EnterSpaceAndDone) {
    TypingState s = startTyping("Samen");
    pressKey(s, find(KeyboardLayout::Azerty, KeyLayer::Letters, KeyKind::Enter));
    typeWord(s, KeyboardLayout::Azerty, "sterk");
    EXPECT_EQ(s.text, "Samen\nsterk");
    EXPECT_EQ(pressKey(s, find(KeyboardLayout::Azerty, KeyLayer::Letters, KeyKind::Done)), KeyOutcome::Done);
}

TEST(KeyboardTyping, AFullNoteTakesNoMore) {
    TypingState s = startTyping("abc");
    s.maxBytes = 4;
    typeWord(s, KeyboardLayout::Azerty, "d");
    EXPECT_EQ(s.text, "abcd");
    EXPECT_EQ(pressKey(s, find(KeyboardLayout::Azerty, KeyLayer::Letters, KeyKind::Char, "e")), KeyOutcome::Nothing);
    EXPECT_EQ(typeChoice(s, "é"), KeyOutcome::Nothing);
    EXPECT_EQ(s.text, "abcd");
}

}  // namespace
}  // namespace nt
