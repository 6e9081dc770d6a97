// The fixture of the session's scenario tests: a session on the small
// board, driven the way the app drives it, frame by frame.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <unistd.h>

#include "keyboard_keys.h"
#include "session/session.h"
#include "test_board.h"

namespace nt::testing {


// A session on the small board (two bubbles, a library in Lochristi's upper
// half, a care home in its lower half, one strength), with a clock that
// moves 16 ms per pointer event.
class RunningWorkshop : public ::testing::Test {
protected:
    explicit RunningWorkshop(SessionFile file = {}) : session(board(), std::move(file), 1'800'000'000.0) {}

    // Table layout, two empty notes (one near the bottom edge, one near the
    // top) and a programme of two phases.
    static Board board() {
        Board b = smallBoard();
        b.display.layout = RoomLayout::Table;
        b.notes.push_back(Note{6, 1, "", NoteKind::Idea, {960, 700}, 0});
        b.notes.push_back(Note{7, 1, "", NoteKind::Idea, {1200, 230}, 0});
        b.programme.phases = {Phase{100, PhaseKind::Partners, "", "", 600}, Phase{101, PhaseKind::WrapUp, "", "", 600}};
        b.nextId = 102;
        return b;
    }

    void send(std::uint64_t id, PointerPhase phase, double x, double y) {
        now += 0.016;
        session.handle({id, PointerSource::Synthetic, phase, {x, y}, now, false});
        frame();
    }
    void drag(std::uint64_t id, Vec2 from, Vec2 to) {
        send(id, PointerPhase::Down, from.x, from.y);
        for (int i = 1; i <= 5; ++i)
            send(id, PointerPhase::Move, from.x + (to.x - from.x) * i / 5, from.y + (to.y - from.y) * i / 5);
        send(id, PointerPhase::Up, to.x, to.y);
    }
    void ask(Request r) {
        session.request(std::move(r), now);
        frame();
    }
    // What the app does each frame around its input and its drawing.
    void frame() {
        session.update(now);
        session.followProgramme();
        session.keepSaved(now);
    }
    std::vector<SessionEvent> eventsOf(SessionEvent::Kind kind) {
        std::vector<SessionEvent> out;
        for (SessionEvent& e : session.takeEvents())
            if (e.kind == kind) out.push_back(std::move(e));
        return out;
    }
    void tap(std::uint64_t id, Vec2 at) {
        send(id, PointerPhase::Down, at.x, at.y);
        send(id, PointerPhase::Up, at.x, at.y);
    }
    // A finger on a key of the keyboard open on `note`.
    void key(std::uint64_t finger, Id note, const std::string& text, KeyKind kind = KeyKind::Char) {
        tap(finger, keyPos(*session.router().keyboards().sessionFor(note), kind, text));
    }
    const Actor& actor(Id id) const { return *findById(session.board().actors, id); }
    const std::string& text(Id note) const { return findById(session.board().notes, note)->text; }

    // Removes a test's folder once the session (and its saver thread, which
    // may still be writing the journal) is gone: members go in reverse order.
    struct FolderCleanup {
        std::string path;
        ~FolderCleanup() {
            std::error_code ignored;
            if (!path.empty()) std::filesystem::remove_all(path, ignored);
        }
    } cleanup;
    Session session;
    double now = 100.0;
};

class RunningWorkshopWithFile : public RunningWorkshop {
protected:
    RunningWorkshopWithFile() : RunningWorkshop(SessionFile{path(), std::nullopt, false}) { cleanup.path = folder(); }

    static std::string folder() {
        return (std::filesystem::temp_directory_path() / ("nt-session-test-" + std::to_string(getpid()))).string();
    }
    static std::string path() {
        std::filesystem::create_directories(folder());
        return folder() + "/workshop.json";
    }
};

}  // namespace nt::testing
