// Phones' writes applied on the main thread: see phone_host.h.
#include "session/phone_host.h"

#include "core/phone_notes.h"

namespace nt {

PhoneHost::PhoneHost(std::unique_ptr<PhoneQueue> queue, std::function<std::string()> wallClock)
    : m_queue(std::move(queue)), m_wallClock(std::move(wallClock)) {}

bool PhoneHost::update(History& history, const Translations& tr, Lang lang, double now) {
    const std::uint64_t before = history.revision();
    std::vector<std::unique_ptr<PhoneWork>> done = m_queue->takeWork();
    std::vector<PhoneReply> replies;
    for (const auto& work : done) {
        if (!work->claim->take()) {  // its phone gave up waiting and was told so: never applied
            replies.emplace_back();
            continue;
        }
        const Board& board = history.board();
        PhoneOutcome out;
        switch (work->kind) {
            case PhoneWork::Kind::AddNote: out = phoneAddNote(board, history.newId(), work->device, work->note); break;
            case PhoneWork::Kind::CastVote:
                out = phoneCastVote(board, history.newId(), work->device, work->vote, m_wallClock());
                break;
            case PhoneWork::Kind::RetractVote: out = phoneRetractVote(board, work->device, work->vote); break;
        }
        // Not the facilitator's undo steps: undo never silently removes
        // what a participant added or voted.
        if (out.command) history.apply(std::move(out.command), Record::No);
        replies.push_back(PhoneReply{out.status, out.reply.dump()});
    }
    const bool joinOpen = m_queue->joinOpen();
    if (history.revision() != m_publishedRevision || lang != m_publishedLang || joinOpen != m_publishedJoinOpen) {
        m_queue->publish(buildPhoneSnapshot(history.board(), tr, now, ++m_version, joinOpen));
        m_publishedRevision = history.revision();
        m_publishedLang = lang;
        m_publishedJoinOpen = joinOpen;
    }
    // Answered after publishing: a phone that reads right after its write sees it.
    for (size_t i = 0; i < done.size(); ++i) done[i]->reply.set_value(std::move(replies[i]));
    return history.revision() != before;
}

// What a facilitator expects when removing a phone (a troll, a phone
// passed on, a double join): it is out at once and for good; its votes no
// longer count, because nobody can take them back any more and the budget
// was that phone's; and its notes still waiting in the approval inbox go
// too, turned away unread, as the facilitator would reject them one by one.
// Votes and waiting notes go as one undo step of the facilitator's, so a
// slip of the finger brings both back. Its notes already on the board stay:
// the group may have talked about them; the facilitator deletes them one by
// one or clears all phone notes.
bool PhoneHost::removeDevice(History& history, int device) {
    if (!m_queue->removeDevice(device)) return false;
    CommandPtr leftovers = takeBackDevice(history.board(), device);
    if (!leftovers) return false;
    history.apply(std::move(leftovers));
    return true;
}

std::optional<double> PhoneHost::nextRefresh(double now) const {
    if (m_queue->connected() == 0) return std::nullopt;
    return now + 5;
}

PhoneStatus PhoneHost::status() const { return m_queue->status(); }

}  // namespace nt
