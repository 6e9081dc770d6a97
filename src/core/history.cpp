// Undo/redo stacks and open gestures.
#include "core/history.h"

#include <atomic>

namespace nt {

std::uint64_t History::nextSerial() {
    static std::atomic<std::uint64_t> made{0};
    return ++made;
}

namespace {
constexpr size_t kMaxUndoSteps = 500;
}

void History::apply(CommandPtr cmd, Record record) {
    if (!cmd) return;
    cmd->apply(m_board);
    ++m_revision;
    if (record == Record::Yes) push(std::move(cmd));
}

void History::push(CommandPtr cmd) {
    m_undo.push_back(std::move(cmd));
    m_redo.clear();
    if (m_undo.size() > kMaxUndoSteps) m_undo.erase(m_undo.begin());
}

bool History::undo() {
    if (m_undo.empty()) return false;
    CommandPtr cmd = std::move(m_undo.back());
    m_undo.pop_back();
    cmd->revert(m_board);
    ++m_revision;
    m_redo.push_back(std::move(cmd));
    return true;
}

bool History::redo() {
    if (m_redo.empty()) return false;
    CommandPtr cmd = std::move(m_redo.back());
    m_redo.pop_back();
    cmd->apply(m_board);
    ++m_revision;
    m_undo.push_back(std::move(cmd));
    return true;
}

GestureId History::beginGesture() {
    const GestureId id = m_nextGesture++;
    m_gestures.emplace(id, CommandGroup{});
    return id;
}

void History::applyInGesture(GestureId gesture, CommandPtr cmd) {
    auto it = m_gestures.find(gesture);
    if (it == m_gestures.end() || !cmd) return;
    cmd->apply(m_board);
    ++m_revision;
    it->second.append(std::move(cmd));
}

void History::commitGesture(GestureId gesture) {
    auto it = m_gestures.find(gesture);
    if (it == m_gestures.end()) return;
    auto group = std::make_unique<CommandGroup>(std::move(it->second));
    m_gestures.erase(it);
    if (!group->empty()) push(std::move(group));
}

void History::cancelGesture(GestureId gesture) {
    auto it = m_gestures.find(gesture);
    if (it == m_gestures.end()) return;
    it->second.revert(m_board);
    ++m_revision;
    m_gestures.erase(it);
}

void History::reset(Board board) {
    m_board = std::move(board);
    m_undo.clear();
    m_redo.clear();
    m_gestures.clear();
    ++m_revision;
}

}  // namespace nt
