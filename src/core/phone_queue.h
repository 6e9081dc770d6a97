// Where the phones' writes wait for the main loop, and what the loop gives
// back: the line between the phones' web server (net/phone_server, its own
// threads) and the running workshop (session/phone_host, the main loop),
// which applies the writes and publishes what the phones see. Tests stand a
// queue of their own in the server's place (tests/session/).
#pragma once

#include <atomic>
#include <cstddef>
#include <future>
#include <memory>
#include <string>
#include <vector>

#include "core/phone_session.h"

namespace nt {

struct PhoneReply {
    int status = 200;
    std::string body;  // JSON
};

// Who settles a write, once, whoever comes first: the main loop taking it
// to apply it, or the server giving up waiting (its phone is told 503
// "busy"). A write its phone was told failed must never land later: the
// phone would send it again, and a vote would count twice.
class WriteClaim {
public:
    bool take() { return settle(State::Taken); }
    bool giveUp() { return settle(State::GivenUp); }

private:
    enum class State { Waiting, Taken, GivenUp };
    bool settle(State how) {
        State waiting = State::Waiting;
        return m_state.compare_exchange_strong(waiting, how);
    }
    std::atomic<State> m_state{State::Waiting};
};

// A write a phone asked for, waiting for the main loop.
struct PhoneWork {
    enum class Kind { AddNote, CastVote, RetractVote };
    Kind kind = Kind::AddNote;
    int device = 0;
    NoteRequest note;
    VoteRequest vote;
    std::promise<PhoneReply> reply;
    std::shared_ptr<WriteClaim> claim = std::make_shared<WriteClaim>();  // shared with the waiting server thread
};

// What the main loop asks of the phones' side. Every call comes from the
// main loop; an implementation guards what its own threads share.
class PhoneQueue {
public:
    virtual ~PhoneQueue() = default;
    // The writes waiting since the last call, oldest first.
    virtual std::vector<std::unique_ptr<PhoneWork>> takeWork() = 0;
    // What phones read from now on (their state polls).
    virtual void publish(PhoneSnapshot snapshot) = 0;
    virtual void setJoinOpen(bool open) = 0;
    virtual bool joinOpen() const = 0;
    virtual size_t connected() const = 0;
    // Its cookie stops working with the next request; false when unknown.
    virtual bool removeDevice(int device) = 0;
    // The join card's facts: addresses, code, who is in.
    virtual PhoneStatus status() const = 0;
};

}  // namespace nt
