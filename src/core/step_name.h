// What an undo step is called ("Bibliotheek verplaatst"): kept as a
// translation key and the item's name rather than as finished words, so the
// undo button reads in whichever language the table shows when it is drawn,
// even after the language was switched. The item's name is taken when the
// command is made (commands.h: named()); Translations turns the two into
// words (translations.h: describeStep).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace nt {

struct StepName {
    std::string key;   // "step.actor.moved"; empty: the command names no step
    std::string item;  // the actor's or bubble's name, a note's first words; may be empty
    bool empty() const { return key.empty(); }
    bool operator==(const StepName&) const = default;
};

// How much a command says about the step it is part of. A step of several
// commands (a drag, a keyboard's keys) is called after its weightiest one: a
// drag that ends in the bin is a removal, a note pulled from the tray is an
// addition, not a move.
enum class StepWeight : std::uint8_t { Unnamed, Change, AddOrRemove };

// A note's first words as the item of a step's name, and any item cut to fit
// a button: one line, at most maxChars characters, cut after a whole word
// where that keeps half of it, with "…" when something was left out.
inline constexpr std::size_t kStepWordsChars = 28;
std::string firstWords(std::string_view text, std::size_t maxChars = kStepWordsChars);

}  // namespace nt
