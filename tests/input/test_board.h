// Drives a board the way a person does: pointers go down, move and up, then
// the test asserts on the model. Time advances 16 ms per event unless told.
#pragma once

#include "core/history.h"
#include "input/pointer_router.h"

namespace nt::testing {

class TestBoard {
public:
    explicit TestBoard(Board board = {}) : history(std::move(board)), router(history) {}

    void pointerDown(std::uint64_t id, double x, double y, bool secondary = false) {
        send(id, PointerPhase::Down, x, y, secondary);
    }
    void pointerMove(std::uint64_t id, double x, double y) { send(id, PointerPhase::Move, x, y); }
    void pointerUp(std::uint64_t id, double x, double y) { send(id, PointerPhase::Up, x, y); }
    void pointerCancel(std::uint64_t id) { send(id, PointerPhase::Cancel, 0, 0); }
    // Its tracker fell silent with the pointer last seen at (x, y).
    void pointerLost(std::uint64_t id, double x, double y) { send(id, PointerPhase::Cancel, x, y, false, true); }

    // A press, a few moves along the way, and a release.
    void drag(std::uint64_t id, double x0, double y0, double x1, double y1, int steps = 5) {
        pointerDown(id, x0, y0);
        for (int i = 1; i <= steps; ++i)
            pointerMove(id, x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps);
        pointerUp(id, x1, y1);
    }
    void tap(std::uint64_t id, double x, double y) {
        pointerDown(id, x, y);
        pointerUp(id, x, y);
    }
    void wait(double seconds) {
        now += seconds;
        router.update(now);
    }
    bool undo() { return history.undo(); }
    bool redo() { return history.redo(); }

    const Board& board() const { return history.board(); }
    const Actor& actor(Id id) const { return *findById(board().actors, id); }
    const Note& note(Id id) const { return *findById(board().notes, id); }

    History history;
    PointerRouter router;
    double now = 100.0;

private:
    void send(std::uint64_t id, PointerPhase phase, double x, double y, bool secondary = false, bool lost = false) {
        now += 0.016;
        router.handle({id, PointerSource::Synthetic, phase, {x, y}, now, secondary, lost});
        router.update(now);
    }
};

// Two bubbles side by side and a few items, enough for interaction tests.
inline Board smallBoard() {
    Board b;
    Municipality left{1, 1, "Lochristi", {700, 500}, 200, 0xCFE3F3, true};
    Municipality right{2, 1, "Wachtebeke", {1200, 500}, 200, 0xD8ECD4, false};
    b.municipalities = {left, right};
    b.actors.push_back(Actor{3, 1, "Bibliotheek", "bibliotheek", {700, 420}, 1, Sector::Cultural, {}});
    b.actors.push_back(Actor{4, 1, "WZC Ter Linde", "woonzorgcentrum", {700, 580}, 1, Sector::NonCultural, {}});
    b.notes.push_back(Note{5, 1, "Grote zaal", NoteKind::Strength, {104, 150}, 0});
    b.nextId = 6;
    return b;
}

}  // namespace nt::testing
