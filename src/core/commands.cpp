// Grouping of commands into one undo step, and the names of steps.
#include "core/commands.h"

namespace nt {

CommandPtr named(CommandPtr cmd, std::string key, std::string item, StepWeight weight) {
    if (cmd) cmd->setName({std::move(key), std::move(item)}, weight);
    return cmd;
}

std::string firstWords(std::string_view text, std::size_t maxChars) {
    // Runs of spaces and line breaks become one space; characters, not bytes, are counted.
    std::string out;
    std::size_t chars = 0;
    std::size_t lastWordEnd = 0;  // bytes of `out` up to the end of the last whole word
    bool space = false;
    bool cut = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
            space = !out.empty();
            continue;
        }
        const bool starts = (static_cast<unsigned char>(ch) & 0xC0) != 0x80;  // not a continuation byte
        if (starts) {
            if (chars + (space ? 1 : 0) >= maxChars) {
                if (space) lastWordEnd = out.size();
                cut = true;
                break;
            }
            if (space) {
                lastWordEnd = out.size();
                out += ' ';
                ++chars;
                space = false;
            }
            ++chars;
        }
        out += ch;
    }
    if (!cut) return out;
    // Cut after the last whole word, unless that leaves too little to recognise.
    if (lastWordEnd * 2 >= out.size()) out.resize(lastWordEnd);
    return out + "…";
}

CommandGroup::CommandGroup(std::vector<CommandPtr> parts) {
    for (auto& p : parts) append(std::move(p));
}

void CommandGroup::apply(Board& board) {
    for (auto& p : m_parts) p->apply(board);
}

void CommandGroup::revert(Board& board) {
    for (auto it = m_parts.rbegin(); it != m_parts.rend(); ++it) (*it)->revert(board);
}

const StepName& CommandGroup::name() const {
    return Command::weight() != StepWeight::Unnamed ? Command::name() : m_partsName;
}

StepWeight CommandGroup::weight() const {
    return Command::weight() != StepWeight::Unnamed ? Command::weight() : m_partsWeight;
}

void CommandGroup::append(CommandPtr cmd) {
    if (!cmd) return;
    if (auto* group = dynamic_cast<CommandGroup*>(cmd.get()); group && group->empty()) return;  // changes nothing
    takeName(*cmd);
    appendParts(std::move(cmd));
}

void CommandGroup::takeName(const Command& part) {
    const StepWeight w = part.weight();
    if (w == StepWeight::Unnamed || w < m_partsWeight) return;
    // Of equal weight the first kind of change keeps the step; a later one of
    // that kind brings its item's newer name (the next key typed).
    if (w == m_partsWeight && part.name().key != m_partsName.key) return;
    m_partsName = part.name();
    m_partsWeight = w;
}

// A nested group's parts join this group; its name was taken already (its
// own or its parts'), so they are not asked again.
void CommandGroup::appendParts(CommandPtr cmd) {
    if (auto* group = dynamic_cast<CommandGroup*>(cmd.get())) {
        for (auto& p : group->m_parts) appendParts(std::move(p));
        return;
    }
    // Within a group only replaces of one item can merge; scanning back lets a
    // bubble drag (bubble + its actors on every move) squash to one replace each.
    for (auto it = m_parts.rbegin(); it != m_parts.rend(); ++it)
        if ((*it)->absorb(*cmd)) return;
    m_parts.push_back(std::move(cmd));
}

}  // namespace nt
