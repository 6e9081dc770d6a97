// The main loop's side of the phones: takes the writes the server queued,
// turns them into board commands through the core's phone rules, answers
// each phone, and publishes a fresh snapshot when what phones see changed.
// Runs on the main thread only, inside the session (session.h); the queue
// is the phones' web server in the app (net/phone_server), a test's own in
// tests/session/.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "core/history.h"
#include "core/translations.h"
#include "core/phone_queue.h"

namespace nt {

class PhoneHost {
public:
    // `wallClock`: the ISO 8601 time stamped on votes.
    PhoneHost(std::unique_ptr<PhoneQueue> queue, std::function<std::string()> wallClock);

    // Applies waiting writes; republishes. True when the board changed.
    bool update(History& history, const Translations& tr, Lang lang, double now);
    void setJoinOpen(bool open) { m_queue->setJoinOpen(open); }
    // The facilitator takes a phone out of the workshop (see the .cpp for
    // what happens to its votes and notes). True when the board changed.
    bool removeDevice(History& history, int device);
    PhoneStatus status() const;
    // While phones are connected, a frame every few seconds keeps the
    // board's count of them true as phones leave (a poll wakes nothing).
    std::optional<double> nextRefresh(double now) const;

private:
    std::unique_ptr<PhoneQueue> m_queue;
    std::function<std::string()> m_wallClock;
    std::uint64_t m_version = 0;
    std::uint64_t m_publishedRevision = UINT64_MAX;
    Lang m_publishedLang = Lang::Nl;
    bool m_publishedJoinOpen = true;
};

}  // namespace nt
