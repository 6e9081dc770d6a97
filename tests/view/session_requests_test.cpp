// What the view hands the session: the requests in a frame's intents, in the
// order the app applies them, and nothing left behind for a second take.
#include <gtest/gtest.h>

#include "core/edits.h"
#include "view/board_view.h"

namespace nt {
namespace {

template <class T>
bool is(const Request& r) {
    return std::holds_alternative<T>(r);
}

TEST(SessionRequests, AFramesIntentsBecomeTheSessionsRequestsInTheAppsOrderOnce) {
    ViewIntents intents;
    intents.commands.push_back(addNote(7, NoteKind::Idea, {100, 100}));
    intents.undo = true;
    intents.save = true;
    intents.newCombination = std::vector<Id>{3, 4};
    intents.keyboards.emplace_back(TextTarget{}, Vec2{10, 20});
    intents.removeDevice = 2;
    intents.phonesJoinOpen = false;
    intents.savePicture = 3840;  // the app's own, not the session's

    const std::vector<Request> requests = intents.takeSessionRequests();
    ASSERT_EQ(requests.size(), 7u);
    EXPECT_TRUE(is<request::Apply>(requests[0]));
    EXPECT_EQ(std::get<request::Apply>(requests[0]).record, Record::Yes);
    EXPECT_TRUE(is<request::OpenKeyboard>(requests[1]));
    EXPECT_TRUE(is<request::Undo>(requests[2]));
    EXPECT_EQ(std::get<request::NewCombination>(requests[3]).members, (std::vector<Id>{3, 4}));
    EXPECT_TRUE(is<request::Save>(requests[4]));
    EXPECT_FALSE(std::get<request::PhoneJoining>(requests[5]).open);
    EXPECT_EQ(std::get<request::RemovePhone>(requests[6]).device, 2);

    EXPECT_TRUE(intents.takeSessionRequests().empty());
    EXPECT_EQ(intents.savePicture, 3840);
}

TEST(SessionRequests, TimerCommandsAreNoUndoSteps) {
    ViewIntents intents;
    intents.timerCommands.push_back(addNote(7, NoteKind::Idea, {100, 100}));
    const std::vector<Request> requests = intents.takeSessionRequests();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(std::get<request::Apply>(requests[0]).record, Record::No);
}

}  // namespace
}  // namespace nt
