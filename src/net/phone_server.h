// The participants' web server: an HTTP server thread (cpp-httplib) that
// serves the embedded phone page and the phone API. It never touches the
// board: writes become PhoneWork items that the main loop takes each frame
// and answers through a promise; reads are served from the snapshot the
// main loop last published. The session rules are in core/phone_session.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/phone_session.h"

namespace httplib {
class Server;
}

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

class PhoneServer {
public:
    // Listens on all interfaces at `port`. Null, after one warning on
    // stderr, when the port cannot be had: the board runs on without phones.
    // `wake` wakes the main loop (from the server's threads).
    static std::unique_ptr<PhoneServer> start(int port, PhoneLimits limits, std::function<void()> wake);
    ~PhoneServer();
    PhoneServer(const PhoneServer&) = delete;
    PhoneServer& operator=(const PhoneServer&) = delete;

    int port() const { return m_port; }
    // http://<LAN address>:<port>/ and that with ?t=<token> (what the QR code holds).
    std::string shortUrl() const;
    std::string joinUrl() const;
    std::string code() const;

    // [SECTION] For the main loop
    std::vector<std::unique_ptr<PhoneWork>> takeWork();
    void publish(PhoneSnapshot snapshot);
    void setJoinOpen(bool open);
    bool joinOpen() const;
    size_t connected() const;
    std::vector<PhoneSession::DeviceInfo> devices() const;
    // Its cookie stops working with the next request; false when unknown.
    bool removeDevice(int device);

private:
    PhoneServer(int port, PhoneLimits limits, std::function<void()> wake);
    void routes();
    double now() const;

    std::unique_ptr<httplib::Server> m_http;
    std::thread m_thread;
    int m_port = 0;
    std::string m_host;
    std::function<void()> m_wake;

    mutable std::mutex m_sessionMutex;   // guards m_session
    PhoneSession m_session;
    mutable std::mutex m_workMutex;      // guards m_work
    std::vector<std::unique_ptr<PhoneWork>> m_work;
    bool m_stopping = false;
    mutable std::mutex m_snapshotMutex;  // guards m_snapshot and m_publishedAt
    std::shared_ptr<const PhoneSnapshot> m_snapshot;
    double m_publishedAt = 0;
};

}  // namespace nt
