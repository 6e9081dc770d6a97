// Owns the board and every change to it: undo/redo, and gestures (a drag is
// one undo step, however many moves it makes; several fingers may each hold
// a gesture open at the same time).
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "core/commands.h"

namespace nt {

enum class Record { Yes, No };  // remote votes and timer ticks are not recorded

using GestureId = std::uint64_t;

class History {
public:
    History() = default;
    explicit History(Board board) : m_board(std::move(board)) {}

    const Board& board() const { return m_board; }

    // A fresh id for an item about to be added; never handed out twice.
    Id newId() { return m_board.nextId++; }

    void apply(CommandPtr cmd, Record record = Record::Yes);
    bool undo();
    bool redo();
    bool canUndo() const { return !m_undo.empty(); }
    bool canRedo() const { return !m_redo.empty(); }
    // What undo would take back and redo would do again, for their buttons;
    // empty when there is nothing (or the step has no name).
    StepName undoName() const { return m_undo.empty() ? StepName{} : m_undo.back()->name(); }
    StepName redoName() const { return m_redo.empty() ? StepName{} : m_redo.back()->name(); }

    // A gesture applies its commands live; commit makes them one undo step,
    // cancel reverts them all.
    GestureId beginGesture();
    void applyInGesture(GestureId gesture, CommandPtr cmd);
    void commitGesture(GestureId gesture);
    void cancelGesture(GestureId gesture);
    bool gestureOpen(GestureId gesture) const { return m_gestures.count(gesture) != 0; }

    // Replaces the whole board (opening a file) and forgets the history.
    void reset(Board board);

    // Grows with every change of the board, undo and gestures included: the
    // view redraws and autosave writes when it moves.
    std::uint64_t revision() const { return m_revision; }
    // Which history this is: no two made in one run share it (a copy takes its original's).
    std::uint64_t serial() const { return m_serial; }

private:
    void push(CommandPtr cmd);

    Board m_board;
    std::vector<CommandPtr> m_undo;
    std::vector<CommandPtr> m_redo;
    std::map<GestureId, CommandGroup> m_gestures;
    GestureId m_nextGesture = 1;
    std::uint64_t m_revision = 0;
    std::uint64_t m_serial = nextSerial();
    static std::uint64_t nextSerial();
};

}  // namespace nt
