// The participants' web server: an HTTP server thread (cpp-httplib) that
// serves the embedded phone page and the phone API. It never touches the
// board: writes become PhoneWork items (core/phone_queue.h) that the main
// loop takes each frame and answers through a promise; reads are served
// from the snapshot the main loop last published. The session rules are in
// core/phone_session; the main loop's side is session/phone_host.
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

#include "core/phone_queue.h"

namespace httplib {
class Server;
}

namespace nt {

class PhoneServer : public PhoneQueue {
public:
    // Listens on all interfaces at `port` and says the join address on
    // stdout. Null, after one warning on stderr, when the port cannot be
    // had: the board runs on without phones.
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

    // [SECTION] For the main loop (PhoneQueue)
    std::vector<std::unique_ptr<PhoneWork>> takeWork() override;
    void publish(PhoneSnapshot snapshot) override;
    void setJoinOpen(bool open) override;
    bool joinOpen() const override;
    size_t connected() const override;
    bool removeDevice(int device) override;
    PhoneStatus status() const override;
    std::vector<PhoneSession::DeviceInfo> devices() const;

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
