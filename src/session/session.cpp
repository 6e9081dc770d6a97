#include "session/session.h"

#include <cstdio>

#include "core/bubble_placement.h"
#include "core/combination_edits.h"
#include "core/deadline.h"
#include "core/note_slots.h"
#include "core/programme.h"

namespace nt {

namespace {

template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

}  // namespace

Session::Session(Board board, SessionFile file, double clockAnchor, std::function<void()> wake)
    : m_history(std::move(board)),
      m_router(m_history),
      m_store(std::make_unique<BoardStore>(file.savePath, file.base, m_history.revision(), file.recovered, wake)),
      m_wake(std::move(wake)),
      m_clockAnchor(clockAnchor) {
    if (file.recovered) toast("toast.recovered");
}

void Session::request(Request r, double now) {
    std::visit(Overloaded{
                   // No drag outlives the step it depends on.
                   [&](request::Undo) { m_router.cancelAll(); m_history.undo(); },
                   [&](request::Redo) { m_router.cancelAll(); m_history.redo(); },
                   [&](const request::Save& s) { save(now, s.announce); },
                   [&](const request::Timer& t) { applyTimer(t, now); },
                   [&](request::Apply& a) {
                       for (CommandPtr& cmd : a.commands) m_history.apply(std::move(cmd), a.record);
                   },
                   [&](const request::NewCombination& c) { newCombination(c.members); },
                   [&](request::NewBubble& b) {
                       m_history.apply(addMunicipalityBubble(m_history.board(), m_history.newId(), std::move(b.name), b.own));
                   },
                   [&](request::OpenKeyboard& k) {
                       m_router.keyboards().open(std::move(k.target), k.at, m_router.config().boardUnitsPerMm);
                   },
                   [&](const request::PhoneJoining& j) {
                       if (m_phones) m_phones->setJoinOpen(j.open);
                   },
                   [&](const request::RemovePhone& p) {
                       if (m_phones) m_phones->removeDevice(m_history, p.device);
                   },
                   [&](const request::OwnClock& o) {
                       if (m_room && m_room->plenary()) m_room->setOwnClock(o.table, o.own);
                   },
                   [&](const request::RoomVote& v) { roomVote(v); },
               },
               r);
}

void Session::setWallClock(std::function<std::string()> clock) {
    m_wallClock = std::move(clock);
    m_router.setWallClock([this] { return m_wallClock(); });
}

void Session::connectPhones(std::unique_ptr<PhoneQueue> queue) {
    m_phones = std::make_unique<PhoneHost>(std::move(queue), [this] { return m_wallClock(); });
}

std::optional<PhoneStatus> Session::phoneStatus() const {
    if (!m_phones) return std::nullopt;
    return m_phones->status();
}

bool Session::servePhones(const Translations& tr, Lang lang, double now) {
    return m_phones && m_phones->update(m_history, tr, lang, now);
}

void Session::joinRoom(std::unique_ptr<RoomChannel> channel, std::string table) {
    m_room = std::make_unique<RoomMember>(std::move(channel), std::move(table));
    m_room->setWallClock([this] { return m_wallClock(); });
}

void Session::roomVote(const request::RoomVote& v) {
    if (!m_room) return;
    const char* why = nullptr;
    switch (m_room->vote(v.seat, {v.table, v.id}, v.cast)) {
        case room::BallotRefusal::None: return;
        case room::BallotRefusal::NotOpen: why = "room.vote.notOpen"; break;
        case room::BallotRefusal::NoSuchCandidate: why = "room.vote.noSuchCandidate"; break;
        case room::BallotRefusal::NoVotesLeft: why = "room.vote.noVotesLeft"; break;
        case room::BallotRefusal::CandidateFull: why = "room.vote.full"; break;
        case room::BallotRefusal::NothingToTakeBack: why = "room.vote.nothingToTakeBack"; break;
    }
    toast(why, {}, true);
}

bool Session::serveRoom(double now) { return m_room && m_room->update(m_history, clock(now), m_events); }

std::vector<SessionEvent> Session::takeEvents() {
    std::vector<SessionEvent> out;
    out.swap(m_events);
    return out;
}

std::optional<double> Session::nextDeadline(double now) const {
    // When the running timer's display next changes, on the loop's clock.
    std::optional<double> tick = nextTimerTick(m_history.board().programme, clock(now));
    if (tick) *tick -= m_clockAnchor;
    std::optional<double> roomDue = m_room ? m_room->nextDue() : std::nullopt;
    if (roomDue) *roomDue -= m_clockAnchor;
    return earliest({m_router.nextDeadline(), m_store->nextDue(m_history.revision()),
                     m_phones ? m_phones->nextRefresh(now) : std::nullopt, tick, roomDue});
}

void Session::toast(std::string key, std::string detail, bool error) {
    m_events.push_back({SessionEvent::Kind::Toast, std::move(key), std::move(detail), error});
}

void Session::event(SessionEvent::Kind kind, Id item) {
    SessionEvent e;
    e.kind = kind;
    e.item = item;
    m_events.push_back(std::move(e));
}

// A new combination is named after its partners ("Bibliotheek + WZC") until
// the group gives it a name of its own; its card goes where there is room.
void Session::newCombination(const std::vector<Id>& members) {
    const Board& board = m_history.board();
    std::string name;
    for (Id member : members)
        if (const Actor* a = findById(board.actors, member)) name += (name.empty() ? "" : " + ") + a->name;
    const Id id = m_history.newId();
    m_history.apply(createCombination(board, id, members, name, freeCardSpot(board, members)));
    event(SessionEvent::Kind::ShowCombination, id);
}

// The closing view comes up when the programme reaches the wrap-up, and
// goes again when the facilitator moves on.
void Session::followProgramme() {
    const Phase* phase = currentPhase(m_history.board().programme);
    const Id id = phase ? phase->id : kNoId;
    if (m_followedPhase && *m_followedPhase == id) return;
    const bool wasWrapUp = m_followedWrapUp;
    m_followedPhase = id;
    m_followedWrapUp = phase && phase->kind == PhaseKind::WrapUp;
    if (m_followedWrapUp) event(SessionEvent::Kind::WrapUpReached);
    else if (wasWrapUp) event(SessionEvent::Kind::WrapUpLeft);
}

// The phase timer: its operations are not undo steps.
void Session::applyTimer(const request::Timer& t, double now) {
    const Programme& p = m_history.board().programme;
    const double at = clock(now);
    Programme after;
    switch (t.op) {
        case request::Timer::Op::Toggle: after = toggleTimer(p, at); break;
        case request::Timer::Op::NextPhase: after = nextPhase(p, at); break;
        case request::Timer::Op::PreviousPhase: after = previousPhase(p, at); break;
        case request::Timer::Op::AddSeconds: after = addTime(p, t.seconds, at); break;
    }
    m_history.apply(programmeChange(m_history.board(), std::move(after)), Record::No);
}

// Journal and file writes run on the store's thread; a failure is told
// once (toast and stderr), and again when writing works again.
void Session::keepSaved(double now) {
    const auto notice = m_store->update(m_history.board(), m_history.revision(), now);
    if (!notice) return;
    if (notice->kind == BoardStore::Notice::Kind::Failed) {
        toast("toast.autosaveFailed", withoutFolder(notice->detail), true);
        std::fprintf(stderr, "netwerktafel: %s; the board stays open, saving is tried again every %.0f s\n",
                     notice->detail.c_str(), BoardStore::kRetrySeconds);
    } else {
        toast("toast.savingWorksAgain", notice->detail);
        std::fprintf(stderr, "netwerktafel: saving works again (%s)\n", notice->detail.c_str());
    }
}

bool Session::save(double now, bool announce) {
    try {
        m_store->saveNow(m_history.board(), m_history.revision(), now);
        if (announce) toast("toast.saved", m_store->path());
        return true;
    } catch (const SaveError& e) {
        toast("toast.saveFailed", e.what(), true);
        std::fprintf(stderr, "netwerktafel: %s\n", e.what());
        return false;
    }
}

bool Session::saveBeforeLeaving(double now) {
    return !m_store->fileBehind(m_history.revision()) || save(now, false);
}

void Session::replaceBoard(Board board, SessionFile file, double /*now*/) {
    m_router.cancelAll();
    m_history.reset(std::move(board));
    m_store = std::make_unique<BoardStore>(file.savePath, file.base, m_history.revision(), file.recovered, m_wake);
    if (file.recovered) toast("toast.recovered");
}

bool Session::finish(double now) {
    m_router.cancelAll();
    if (!m_store->fileBehind(m_history.revision())) return true;
    try {
        m_store->saveNow(m_history.board(), m_history.revision(), now);
        std::printf("Netwerktafel: bord bewaard in %s\n", m_store->path().c_str());
        return true;
    } catch (const SaveError& e) {
        std::fprintf(stderr, "netwerktafel: %s\n", e.what());
    }
    // Not into its own file: then at least into a new one in ~/Netwerktafel.
    try {
        const std::string rescue = BoardStore::saveCopy(m_history.board());
        std::fprintf(stderr, "netwerktafel: the board was saved in %s instead\n", rescue.c_str());
    } catch (const SaveError& e) {
        std::fprintf(stderr, "netwerktafel: %s\n", e.what());
    }
    return false;
}

}  // namespace nt
