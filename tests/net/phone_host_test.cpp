// The phone server and PhoneHost together, as the app's main loop drives
// them, with the main loop standing still on purpose: a write the server gave
// up waiting for (503 "busy") must never be applied afterwards. And removing
// a phone through PhoneHost: its notes still waiting go, as one undo step.
#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <httplib.h>

#include "core/phone_notes.h"
#include "free_port.h"
#include "net/phone_server.h"
#include "session/phone_host.h"

namespace nt {
namespace {

using nt::testing::freePort;

struct PhoneHostFixture : ::testing::Test {
    void SetUp() override {
        port = freePort();
        auto server = PhoneServer::start(port, PhoneLimits{}, nullptr);
        ASSERT_NE(server, nullptr);
        const std::string url = server->joinUrl();
        token = url.substr(url.find("?t=") + 3);
        host = std::make_unique<PhoneHost>(std::move(server), [] { return std::string("2026-11-24T02:00:00Z"); });
        host->update(history, tr, Lang::Nl, 0);  // the first snapshot
        client = std::make_unique<httplib::Client>("127.0.0.1", port);
        client->set_read_timeout(60);
        const auto joined = client->Post("/api/join", {{"X-Session", token}}, R"({"name": "Anna"})", "application/json");
        ASSERT_TRUE(joined);
        ASSERT_EQ(joined->status, 200);
        const std::string cookie = joined->get_header_value("Set-Cookie");
        headers = {{"X-Session", token}, {"Cookie", cookie.substr(0, cookie.find(';'))}};
    }

    // A note posted on another thread, as a phone's request is.
    std::future<int> postNote(const std::string& text) {
        return std::async(std::launch::async, [this, text] {
            httplib::Client phone("127.0.0.1", port);
            phone.set_read_timeout(60);
            const auto res = phone.Post("/api/notes", headers, R"({"kind": "idea", "text": ")" + text + R"("})",
                                        "application/json");
            return res ? res->status : 0;
        });
    }

    int port = 0;
    std::string token;
    History history;
    Translations tr;
    std::unique_ptr<PhoneHost> host;
    std::unique_ptr<httplib::Client> client;
    httplib::Headers headers;
};

TEST_F(PhoneHostFixture, AWriteTheServerGaveUpOnIsNeverApplied) {
    // The main loop does not come by (a frame that takes very long): the
    // server waits for it as long as it is patient, then tells the phone.
    std::future<int> late = postNote("Samen koken");
    EXPECT_EQ(late.get(), 503);
    // Then the main loop comes by: what the phone was told failed stays out.
    host->update(history, tr, Lang::Nl, 1);
    EXPECT_TRUE(history.board().notes.empty());

    // A write the main loop takes in time is applied and acknowledged.
    std::future<int> onTime = postNote("Buurtfeest");
    while (onTime.wait_for(std::chrono::milliseconds(10)) != std::future_status::ready)
        host->update(history, tr, Lang::Nl, 2);
    EXPECT_EQ(onTime.get(), 201);
    ASSERT_EQ(history.board().notes.size(), 1u);
    EXPECT_EQ(history.board().notes[0].text, "Buurtfeest");
}

TEST_F(PhoneHostFixture, RemovingAPhoneTurnsAwayItsWaitingNotesAsOneUndoStep) {
    history.apply(setApprovePhoneNotes(history.board(), true));
    std::future<int> waiting = postNote("Trollpraat");
    while (waiting.wait_for(std::chrono::milliseconds(10)) != std::future_status::ready)
        host->update(history, tr, Lang::Nl, 1);
    ASSERT_EQ(waiting.get(), 201);
    ASSERT_EQ(countPhoneNotes(history.board()).pending, 1u);
    const int anna = history.board().notes[0].fromPhone;

    EXPECT_TRUE(host->removeDevice(history, anna));
    EXPECT_TRUE(history.board().notes.empty());
    EXPECT_FALSE(host->removeDevice(history, anna));  // once
    ASSERT_TRUE(history.undo());  // the slip of a finger: the note waits again
    ASSERT_EQ(history.board().notes.size(), 1u);
    EXPECT_TRUE(history.board().notes[0].pending);
    EXPECT_TRUE(history.board().phones.approveNotes);  // the same step, no further
}

}  // namespace
}  // namespace nt
