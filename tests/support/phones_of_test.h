// The phones' side as the web server would be, without sockets: a test
// queues the phones' writes and reads what the session published.
#pragma once

#include <future>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/phone_queue.h"

namespace nt::testing {

class PhonesOfTest : public PhoneQueue {
public:
    std::vector<std::unique_ptr<PhoneWork>> takeWork() override { return std::exchange(waiting, {}); }
    void publish(PhoneSnapshot snapshot) override { published.push_back(std::move(snapshot)); }
    void setJoinOpen(bool open) override { joinIsOpen = open; }
    bool joinOpen() const override { return joinIsOpen; }
    size_t connected() const override { return 2; }
    bool removeDevice(int device) override { return removed.insert(device).second; }
    PhoneStatus status() const override { return PhoneStatus{"http://10.0.0.2:8080/?t=x", "http://10.0.0.2:8080/", "4711", 2, joinIsOpen, {}}; }

    // A phone's vote for `combination` (or its taking back), answered when the session next serves the phones.
    std::future<PhoneReply> vote(int device, Id combination, bool cast = true) {
        auto work = std::make_unique<PhoneWork>();
        work->kind = cast ? PhoneWork::Kind::CastVote : PhoneWork::Kind::RetractVote;
        work->device = device;
        work->vote.combination = combination;
        std::future<PhoneReply> reply = work->reply.get_future();
        waiting.push_back(std::move(work));
        return reply;
    }

    std::vector<std::unique_ptr<PhoneWork>> waiting;
    std::vector<PhoneSnapshot> published;
    std::set<int> removed;
    bool joinIsOpen = true;
};

}  // namespace nt::testing
