// The facilitator's rules for phone notes and devices: see phone_notes.h.
#include "core/phone_notes.h"

#include "core/edit_helpers.h"
#include "core/edits.h"
#include "core/phone_session.h"

namespace nt {

bool noteShown(const Board& board, const Note& note) {
    if (note.fromPhone == 0) return true;
    return !note.pending && !board.phones.hideNotes;
}

PhoneNoteCounts countPhoneNotes(const Board& board) {
    PhoneNoteCounts counts;
    for (const Note& n : board.notes) {
        if (n.fromPhone == 0) continue;
        if (n.pending) ++counts.pending;
        else ++counts.onBoard;
    }
    return counts;
}

CommandPtr approvePhoneNote(const Board& board, Id note) {
    const Note* n = findById(board.notes, note);
    if (!n || !n->pending) return nullptr;
    return named(detail::replaceWith(board.notes, note, [](Note& changed) { changed.pending = false; }),
                 "step.phone.approved", firstWords(n->text));
}

CommandPtr rejectPhoneNote(const Board& board, Id note) {
    const Note* n = findById(board.notes, note);
    if (!n || !n->pending) return nullptr;
    return namedAddOrRemove(removeNote(board, note), "step.phone.rejected", firstWords(n->text));
}

CommandPtr clearPhoneNotes(const Board& board) {
    auto group = std::make_unique<CommandGroup>();
    for (const Note& n : board.notes)
        if (n.fromPhone > 0) group->append(removeNote(board, n.id));
    if (group->empty()) return nullptr;
    return namedAddOrRemove(std::move(group), "step.phone.cleared");
}

namespace {
CommandPtr setPhoneSwitch(const Board& board, bool PhoneNoteSettings::*field, bool on) {
    if (board.phones.*field == on) return nullptr;
    PhoneNoteSettings after = board.phones;
    after.*field = on;
    return named(std::make_unique<SetPhoneNoteSettings>(board.phones, after), "step.phone.settings");
}
}  // namespace

CommandPtr setApprovePhoneNotes(const Board& board, bool on) { return setPhoneSwitch(board, &PhoneNoteSettings::approveNotes, on); }
CommandPtr setHidePhoneNotes(const Board& board, bool on) { return setPhoneSwitch(board, &PhoneNoteSettings::hideNotes, on); }

CommandPtr takeBackDevice(const Board& board, int device) {
    const std::string voter = deviceVoter(device);
    auto group = std::make_unique<CommandGroup>();
    for (const Vote& v : board.votes)
        if (v.voter == voter) group->append(std::make_unique<RemoveItem<Vote>>(v));
    for (const Note& n : board.notes)
        if (n.fromPhone == device && n.pending) group->append(rejectPhoneNote(board, n.id));
    if (group->empty()) return nullptr;
    return namedAddOrRemove(std::move(group), "step.phone.device");
}

}  // namespace nt
