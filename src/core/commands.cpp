// Grouping of commands into one undo step.
#include "core/commands.h"

namespace nt {

CommandGroup::CommandGroup(std::vector<CommandPtr> parts) {
    for (auto& p : parts) append(std::move(p));
}

void CommandGroup::apply(Board& board) {
    for (auto& p : m_parts) p->apply(board);
}

void CommandGroup::revert(Board& board) {
    for (auto it = m_parts.rbegin(); it != m_parts.rend(); ++it) (*it)->revert(board);
}

void CommandGroup::append(CommandPtr cmd) {
    if (!cmd) return;
    if (auto* group = dynamic_cast<CommandGroup*>(cmd.get())) {
        for (auto& p : group->m_parts) append(std::move(p));
        return;
    }
    // Within a group only replaces of one item can merge; scanning back lets a
    // bubble drag (bubble + its actors on every move) squash to one replace each.
    for (auto it = m_parts.rbegin(); it != m_parts.rend(); ++it)
        if ((*it)->absorb(*cmd)) return;
    m_parts.push_back(std::move(cmd));
}

}  // namespace nt
